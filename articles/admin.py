from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from timeline import tasks


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "source_name",
        "language",
        "published_on",
        "is_published_on_inferred",
        "extraction_status",
        "extractor_version",
    ]
    list_filter = ["language", "extraction_status", "source_name", "is_published_on_inferred"]
    search_fields = ["title", "source_name", "url", "body"]
    date_hierarchy = "published_on"
    readonly_fields = [
        "content_hash",
        "extraction_status",
        "extractor_version",
        "extraction_error",
        "extracted_at",
        "created_at",
        "updated_at",
    ]
    actions = ["reextract"]

    @admin.action(description=_("Extract events again (editors' corrections are kept)"))
    def reextract(self, request, queryset) -> None:
        for article in queryset:
            tasks.extract_article_task.delay_on_commit(article.pk)
        queued = not settings.CELERY_TASK_ALWAYS_EAGER
        message = (
            _("%(count)d articles queued for extraction.")
            if queued
            else _("%(count)d articles extracted again.")
        )
        self.message_user(request, message % {"count": queryset.count()})
