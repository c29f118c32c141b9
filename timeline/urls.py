from django.urls import path

from timeline import views

app_name = "timeline"
urlpatterns = [
    path("", views.index, name="index"),
    path("events/<int:pk>/", views.event, name="event"),
    path("people/", views.persons, name="persons"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("export/timelinejs.json", views.export_timelinejs, name="export_timelinejs"),
    path("export/events.csv", views.export_csv, name="export_csv"),
    path("api/events/", views.api_events, name="api_events"),
]
