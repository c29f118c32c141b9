from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the switch in base.html
    path("articles/", include("articles.urls")),
    path("", include("timeline.urls")),
]
