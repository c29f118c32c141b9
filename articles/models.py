import hashlib

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


def hash_content(body: str) -> str:
    """Hash of the normalised text: the same text imported twice is one article."""
    normalised = "\n".join(line.rstrip() for line in body.strip().splitlines())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    def awaiting_extraction(self, version: str) -> "ArticleQuerySet":
        return self.exclude(extraction_status=ExtractionStatus.DONE, extractor_version=version)


class Article(models.Model):
    title = models.CharField(max_length=500)
    body = models.TextField(help_text="The article's text; mention offsets point into it.")
    language = models.CharField(max_length=2, choices=Language, default=Language.FRENCH)
    source_name = models.CharField(max_length=200, blank=True, help_text="Who published it.")
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(
        null=True, blank=True, help_text="Relative dates ('hier', 'last week') resolve against it."
    )
    is_published_on_inferred = models.BooleanField(
        default=False, help_text="The publication date was read from the text, not given."
    )
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    extraction_status = models.CharField(
        max_length=7, choices=ExtractionStatus, default=ExtractionStatus.PENDING
    )
    extractor_version = models.CharField(max_length=20, blank=True)
    extraction_error = models.TextField(blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-pk"]
        constraints = [
            # Blank URLs are allowed many times; a real URL names one article.
            models.UniqueConstraint(
                fields=["url"], condition=~models.Q(url=""), name="articles_article_url_unique"
            ),
        ]
        # The source filter on the timeline (timeline.views.index).
        indexes = [models.Index(fields=["source_name"], name="articles_article_source")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Derived, so an edit of the text in the admin keeps the duplicate check true.
        self.content_hash = hash_content(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk])

    def mark_queued(self) -> None:
        self.extraction_status = ExtractionStatus.PENDING
        self.extraction_error = ""
        self.save(update_fields=["extraction_status", "extraction_error", "updated_at"])

    @property
    def is_extracting(self) -> bool:
        return self.extraction_status in (ExtractionStatus.PENDING, ExtractionStatus.RUNNING)

    def mark_running(self) -> None:
        self.extraction_status = ExtractionStatus.RUNNING
        self.extraction_error = ""
        self.save(update_fields=["extraction_status", "extraction_error", "updated_at"])

    def mark_extracted(self, version: str) -> None:
        self.extraction_status = ExtractionStatus.DONE
        self.extractor_version = version
        self.extracted_at = timezone.now()
        self.save(
            update_fields=["extraction_status", "extractor_version", "extracted_at", "updated_at"]
        )

    def mark_failed(self, error: str) -> None:
        self.extraction_status = ExtractionStatus.FAILED
        self.extraction_error = error
        self.save(update_fields=["extraction_status", "extraction_error", "updated_at"])
