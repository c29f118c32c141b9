from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from articles.forms import ImportForm
from articles.models import Article, ExtractionStatus
from articles.services import IngestError, article_data, store_article
from timeline import services


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
        "extraction_progress",
        "extraction_status",
        "content_hash",
        "extractor_version",
        "extraction_error",
        "extracted_at",
        "created_at",
        "updated_at",
    ]
    actions = ["reextract"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        js = ["vendor/htmx-2.0.11.min.js"]  # the extraction progress polls (extraction_progress)

    def get_urls(self):
        own = [
            path("import/", self.admin_site.admin_view(self.import_view), name="articles_import"),
            path(
                "<int:pk>/progress/",
                self.admin_site.admin_view(self.progress_view),
                name="articles_article_progress",
            ),
        ]
        return own + super().get_urls()

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Paste or upload one article; it is stored, then extracted (or queued)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        posted = request.method == "POST"
        form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
        if posted and form.is_valid():
            try:
                article = import_article(form.cleaned_data)
            except IngestError as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(request, _("Article imported."), messages.SUCCESS)
                url = reverse("admin:articles_article_change", args=[article.pk])
                return HttpResponseRedirect(url, status=303)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Import an article"),
        }
        return TemplateResponse(request, "admin/articles/article/import.html", context)

    def progress_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return HttpResponse(self.extraction_progress(get_object_or_404(Article, pk=pk)))

    @admin.display(description=_("extraction"))
    def extraction_progress(self, article: Article) -> str:
        label = article.get_extraction_status_display()
        if article.is_extracting:
            # Polls until the worker is done; htmx swaps the status in place.
            return format_html(
                '<span hx-get="{}" hx-trigger="every 2s" hx-swap="outerHTML" role="status">'
                "{}…</span>",
                reverse("admin:articles_article_progress", args=[article.pk]),
                label,
            )
        if article.extraction_status == ExtractionStatus.DONE:
            return format_html(
                '<span role="status">{} — <a href="{}">{}</a></span>',
                label,
                article.get_absolute_url(),
                _("%(count)d dates found") % {"count": article.mentions.count()},
            )
        return format_html('<span role="status">{}</span>', label)

    @admin.action(description=_("Extract events again (editors' corrections are kept)"))
    def reextract(self, request, queryset) -> None:
        queued = 0
        for article in queryset:
            if services.schedule_extraction(article) is None:
                queued += 1
        done = queryset.count() - queued
        if done:
            self.message_user(request, _("%(count)d articles extracted again.") % {"count": done})
        if queued:
            self.message_user(
                request, _("%(count)d articles queued for extraction.") % {"count": queued}
            )


def import_article(data: dict) -> Article:
    upload = data.get("file")
    if upload:
        try:
            raw = upload.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise IngestError(_("The file is not UTF-8 text.")) from exc
        is_html = upload.name.lower().endswith((".html", ".htm"))
    else:
        raw, is_html = data["body"], False
    meta = {
        "title": data.get("title"),
        "source": data.get("source"),
        "url": data.get("url"),
        "published": data["published"].isoformat() if data.get("published") else "",
        "language": data.get("language"),
    }
    article = store_article(article_data(raw, meta, is_html=is_html)).article
    if article.extraction_status != ExtractionStatus.DONE:
        services.schedule_extraction(article)
    return article
