import datetime
import unicodedata

from django.db import connections, models
from django.db.models import F, Func, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    DAY = "day", _("day")
    WEEK = "week", _("week")
    MONTH = "month", _("month")
    QUARTER = "quarter", _("quarter")
    YEAR = "year", _("year")


def fold_text(text: str | None) -> str | None:
    """Lowercase without accents ("Élection à Besançon" -> "election a besancon")."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Key for alias look-ups: case, accents and spacing do not tell two people apart."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


class PersonQuerySet(models.QuerySet):
    def with_event_counts(self) -> "PersonQuerySet":
        return self.annotate(event_count=models.Count("events", distinct=True))

    def named_like(self, text: str) -> "PersonQuerySet":
        """Persons whose name or an alias contains the text, ignoring case and accents."""
        key = normalise_name(text)
        aliases = PersonAlias.objects.filter(key__contains=key).values("person_id")
        return self.filter(Q(name__icontains=text.strip()) | Q(pk__in=aliases))

    def on_timeline(self) -> "PersonQuerySet":
        """Persons with at least one visible event, most events first (the people pickers)."""
        visible = ~Q(events__status=Status.REJECTED)
        return self.annotate(
            event_count=models.Count("events", filter=visible, distinct=True)
        ).filter(event_count__gt=0)


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="Canonical full name, as shown to readers.")
    slug = models.SlugField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:person", args=[self.slug])

    @staticmethod
    def unique_slug(name: str) -> str:
        base = slugify(name) or "person"
        slug, n = base, 2
        while Person.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug


class PersonAlias(models.Model):
    """A name under which a person is written; extraction maps names through this registry."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # The key is derived so look-ups in timeline.services.resolve_person stay exact.
        self.key = normalise_name(self.name)
        super().save(*args, **kwargs)


# Full-text search configuration per article language (EventQuerySet.searching): French and
# English with accents ignored (migration 0004; indexes in 0003 and 0004).
SEARCH_CONFIGS = {"fr": "frise_french", "en": "frise_english"}


class Status(models.TextChoices):
    EXTRACTED = "extracted", _("extracted")
    NEEDS_REVIEW = "needs_review", _("needs review")
    VERIFIED = "verified", _("verified")
    CORRECTED = "corrected", _("corrected")
    REJECTED = "rejected", _("rejected")


# The editors' queue (EventQuerySet.for_review, timeline.admin.EventAdmin.get_ordering).
REVIEW_ORDER = [
    models.Case(
        models.When(status=Status.NEEDS_REVIEW, then=0),
        models.When(status=Status.EXTRACTED, then=1),
        default=2,
        output_field=models.IntegerField(),
    ),
    "confidence",
    "date_start",
    "pk",
]


class EventQuerySet(models.QuerySet):
    def visible(self) -> "EventQuerySet":
        return self.exclude(status=Status.REJECTED)

    def between(self, start: datetime.date | None, end: datetime.date | None) -> "EventQuerySet":
        """Events whose span overlaps [start, end]."""
        qs = self
        if start:
            qs = qs.filter(date_end__gte=start)
        if end:
            qs = qs.filter(date_start__lte=end)
        return qs

    def involving(self, persons) -> "EventQuerySet":
        """Events that involve every one of the given persons."""
        qs = self
        for person in persons:
            qs = qs.filter(persons=person)
        return qs

    def matching(self, text: str) -> "EventQuerySet":
        return self.filter(Q(title__icontains=text) | Q(mentions__sentence__icontains=text))

    def from_source(self, source_name: str) -> "EventQuerySet":
        return self.filter(mentions__article__source_name=source_name)

    def for_timeline(self, filters: dict) -> "EventQuerySet":
        """Visible events under the timeline's filters (timeline.forms.EventFilterForm)."""
        events = self.visible().between(filters.get("start"), filters.get("end"))
        events = events.involving(filters.get("person") or [])
        if filters.get("q"):
            events = events.matching(filters["q"])
        if filters.get("source"):
            events = events.from_source(filters["source"])
        return events.distinct().order_by("date_start", "pk")

    def searching(self, text: str) -> "EventQuerySet":
        """Events whose title or sentences match the words.

        On PostgreSQL, full-text search: each sentence with its article's language configuration
        (the GIN indexes of migration 0003 serve these expressions), titles with both. Elsewhere,
        every word must appear somewhere (containing_words).
        """
        if connections[self.db].vendor != "postgresql":
            return self.containing_words(text)
        from django.contrib.postgres.search import SearchQuery, SearchVector

        match = Q()
        for language, config in SEARCH_CONFIGS.items():
            query = SearchQuery(text, config=config, search_type="websearch")
            sentences = (
                Mention.objects.filter(article__language=language)
                .alias(document=SearchVector("sentence", config=config))
                .filter(document=query)
                .values("event_id")
            )
            titles = (
                Event.objects.alias(document=SearchVector("title", config=config))
                .filter(document=query)
                .values("pk")
            )
            match |= Q(pk__in=sentences) | Q(pk__in=titles)
        return self.filter(match)

    def containing_words(self, text: str) -> "EventQuerySet":
        """Events whose title or one of whose sentences holds every word (any case; on SQLite
        any accent too, through the `frise_fold` function timeline.apps registers)."""
        qs = self
        folding = connections[self.db].vendor == "sqlite"
        for word in text.split()[:10]:
            if folding:
                key = fold_text(word)
                sentences = (
                    Mention.objects.alias(folded=Func(F("sentence"), function="frise_fold"))
                    .filter(folded__contains=key)
                    .values("event_id")
                )
                qs = qs.alias(folded_title=Func(F("title"), function="frise_fold")).filter(
                    Q(folded_title__contains=key) | Q(pk__in=sentences)
                )
            else:
                sentences = Mention.objects.filter(sentence__icontains=word).values("event_id")
                qs = qs.filter(Q(title__icontains=word) | Q(pk__in=sentences))
        return qs

    def in_language(self, language: str) -> "EventQuerySet":
        """Events said in at least one article in this language."""
        return self.filter(
            pk__in=Mention.objects.filter(article__language=language).values("event_id")
        )

    def filtered(self, filters: dict) -> "EventQuerySet":
        """Events under the browsing filters (timeline.forms.EventFilterForm), in date order.

        Rejected events stay hidden unless an editor's status filter asks for them.
        """
        status = filters.get("status")
        events = self.filter(status=status) if status else self.visible()
        events = events.between(filters.get("start"), filters.get("end"))
        events = events.involving(filters.get("person") or [])
        if filters.get("q"):
            events = events.searching(filters["q"])
        if filters.get("source"):
            sources = Mention.objects.filter(article__source_name=filters["source"])
            events = events.filter(pk__in=sources.values("event_id"))
        if filters.get("language"):
            events = events.in_language(filters["language"])
        return events.order_by("date_start", "pk")

    def after(self, date_start: datetime.date, pk: int) -> "EventQuerySet":
        """Events after this one in date order: keyset pagination (timeline.views.index)."""
        return self.filter(Q(date_start__gt=date_start) | Q(date_start=date_start, pk__gt=pk))

    def for_review(self) -> "EventQuerySet":
        """Needs-review and low-confidence events first: the editors' queue in the admin."""
        return self.order_by(*REVIEW_ORDER)


class Event(models.Model):
    # Editors' work: re-extraction never replaces these (timeline.services.extract_article).
    EDITED = (Status.VERIFIED, Status.CORRECTED, Status.REJECTED)

    date_start = models.DateField(help_text="First day of the span the date covers.")
    date_end = models.DateField(help_text="Last day: 2023-05-31 for 'May 2023'.")
    precision = models.CharField(max_length=7, choices=Precision, default=Precision.DAY)
    title = models.CharField(max_length=300)
    persons = models.ManyToManyField(Person, related_name="events", blank=True)
    status = models.CharField(max_length=12, choices=Status, default=Status.EXTRACTED)
    confidence = models.FloatField(default=1.0, help_text="0 to 1, from the extractor.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date_start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_start__lte=F("date_end")), name="timeline_event_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="timeline_event_confidence_range",
            ),
            models.CheckConstraint(
                condition=Q(precision__in=Precision.values), name="timeline_event_precision_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="timeline_event_status_valid"
            ),
        ]
        indexes = [
            # The timeline orders and filters by date (timeline.views.index).
            models.Index(fields=["date_start", "id"], name="timeline_event_date"),
            # The editors' queue orders by status and confidence (EventQuerySet.for_review).
            models.Index(fields=["status", "confidence"], name="timeline_event_review"),
        ]

    def __str__(self) -> str:
        return f"{self.date_start.isoformat()} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("timeline:event", args=[self.pk])

    @property
    def is_edited(self) -> bool:
        return self.status in self.EDITED


class Mention(models.Model):
    """Where an event is said: one sentence of one article, with what was extracted from it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="mentions"
    )
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    expression = models.CharField(max_length=300, blank=True)
    expression_start = models.PositiveIntegerField()
    expression_end = models.PositiveIntegerField()
    # As extracted; an editor's correction changes the event, never these.
    extracted_date_start = models.DateField()
    extracted_date_end = models.DateField()
    extracted_precision = models.CharField(max_length=7, choices=Precision)
    confidence = models.FloatField(default=1.0)
    persons = models.ManyToManyField(Person, related_name="mentions", blank=True)
    extractor_version = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "sentence_start", "expression_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "expression_start", "expression_end"],
                name="timeline_mention_unique_expression",
            ),
            models.CheckConstraint(
                condition=Q(sentence_start__lte=F("sentence_end")),
                name="timeline_mention_sentence_ordered",
            ),
            models.CheckConstraint(
                condition=Q(expression_start__lte=F("expression_end")),
                name="timeline_mention_expression_ordered",
            ),
            models.CheckConstraint(
                condition=Q(extracted_date_start__lte=F("extracted_date_end")),
                name="timeline_mention_span_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.expression or '—'} in {self.article_id}"

    @property
    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence split around the expression, for highlighting."""
        lo = self.expression_start - self.sentence_start
        hi = self.expression_end - self.sentence_start
        if not (0 <= lo <= hi <= len(self.sentence)):
            return self.sentence, "", ""
        return self.sentence[:lo], self.sentence[lo:hi], self.sentence[hi:]
