"""Workflows that write events, mentions and persons."""

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from articles.models import Article
from timeline.extraction import EXTRACTOR_VERSION, FoundEvent, extract
from timeline.models import (
    Event,
    Mention,
    Person,
    PersonAlias,
    Precision,
    Status,
    normalise_name,
)

logger = logging.getLogger(__name__)

# Below this confidence an event waits in the editors' queue (EventQuerySet.for_review).
REVIEW_BELOW = 0.6
TITLE_LENGTH = 160
MIDDLE_INITIAL = re.compile(r"\w\.?")


@dataclass(frozen=True)
class ExtractionReport:
    article_id: int
    found: int
    created_events: int
    kept_mentions: int
    events: int


def resolve_person(name: str) -> Person:
    """The person registered under this name, created (with the name as alias) when new.

    "Donald J. Trump" finds "Donald Trump" (middle initials dropped) and is registered as an
    alias; a bare surname finds the one registered person who bears it, and stays unregistered
    so that a second person of that name later is not folded into the first.
    """
    name = " ".join(name.split())
    key = normalise_name(name)
    alias = PersonAlias.objects.select_related("person").filter(key=key).first()
    if alias:
        return alias.person
    words = key.split()
    if len(words) == 1:
        bearers = {
            a.person
            for a in PersonAlias.objects.select_related("person").filter(key__endswith=f" {key}")
        }
        if len(bearers) == 1:
            return bearers.pop()
    without_initials = " ".join(w for w in words if not MIDDLE_INITIAL.fullmatch(w))
    if without_initials != key and len(without_initials.split()) >= 2:
        alias = PersonAlias.objects.select_related("person").filter(key=without_initials).first()
        if alias:
            PersonAlias.objects.create(person=alias.person, name=name)
            return alias.person
    person = Person.objects.create(name=name, slug=Person.unique_slug(name))
    PersonAlias.objects.create(person=person, name=name)
    return person


@transaction.atomic
def merge_persons(target: Person, others: Iterable[Person]) -> Person:
    """Fold other persons into target: their events, mentions and aliases serve target from now."""
    for other in others:
        if other.pk == target.pk:
            continue
        for event in other.events.all():
            event.persons.add(target)
        for mention in other.mentions.all():
            mention.persons.add(target)
        other.aliases.update(person=target)
        other.delete()
    return target


def make_title(sentence: str, expression_offset: int = 0, limit: int = TITLE_LENGTH) -> str:
    """A short title: the sentence, cut at word boundaries around the expression if too long."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    start = max(0, min(expression_offset - limit // 3, len(text) - limit))
    if start:
        start = text.find(" ", start) + 1
    window = text[start : start + limit]
    if start + limit < len(text):
        window = window.rsplit(" ", 1)[0] + "…"
    return ("…" if start else "") + window


def status_after_edit(status: str, changed: set[str]) -> str:
    """An editor who changes what was extracted has corrected the event."""
    if changed & {"date_start", "date_end", "precision", "persons", "title"}:
        return status if status == Status.REJECTED else Status.CORRECTED
    return status


def initial_status(confidence: float, article: Article) -> str:
    if (
        confidence < REVIEW_BELOW
        or article.published_on is None
        or article.is_published_on_inferred
    ):
        return Status.NEEDS_REVIEW
    return Status.EXTRACTED


@transaction.atomic
def extract_article(article: Article) -> ExtractionReport:
    """Extract an article's events again; editors' verified, corrected or rejected work stays."""
    found = extract(article.body, published_on=article.published_on, language=article.language)
    if article.published_on is None and found.published_on is not None:
        article.published_on = found.published_on
        article.is_published_on_inferred = found.is_published_on_inferred
        article.save(update_fields=["published_on", "is_published_on_inferred", "updated_at"])

    kept = article.mentions.filter(event__status__in=Event.EDITED)
    kept_spans = {(m.expression_start, m.expression_end) for m in kept}
    stale = article.mentions.exclude(pk__in=kept.values("pk"))
    stale_events = set(stale.values_list("event_id", flat=True))
    stale.delete()
    Event.objects.filter(pk__in=stale_events, mentions__isnull=True).delete()

    created = 0
    events: dict[tuple, Event] = {}
    people: dict[str, Person] = {}  # an article names the same people in many events
    for item in found.events:
        if (item.expression_start, item.expression_end) in kept_spans:
            continue  # an editor has ruled on this mention
        for name in item.persons:
            if name not in people:
                people[name] = resolve_person(name)
        persons = [people[name] for name in item.persons]
        # Two sentences stating the same happening (same date, same people) are one event.
        key = (item.date_start, item.date_end, item.precision, frozenset(p.pk for p in persons))
        event = events.get(key) or shared_event(item, persons)
        if event is None:
            event = create_event(article, item, persons)
            created += 1
        events[key] = event
        if item.confidence > event.confidence and not event.is_edited:
            event.confidence = item.confidence
            event.status = initial_status(item.confidence, article)
            event.save(update_fields=["confidence", "status", "updated_at"])
        save_mention(article, event, item, persons)

    article.mark_extracted(EXTRACTOR_VERSION)
    return ExtractionReport(
        article_id=article.pk,
        found=len(found.events),
        created_events=created,
        kept_mentions=len(kept_spans),
        events=Event.objects.filter(mentions__article=article).distinct().count(),
    )


def shared_event(item: FoundEvent, persons: list[Person]) -> Event | None:
    """The event another article already gives this day to exactly these people, if any.

    Only a day with named people is specific enough to say two articles tell one happening;
    a month or a year with the same people is often two ("Trump, January 2021": the attack,
    the ban).
    """
    if item.precision != Precision.DAY or not persons:
        return None
    wanted = {p.pk for p in persons}
    candidates = (
        Event.objects.filter(
            date_start=item.date_start, date_end=item.date_end, precision=Precision.DAY
        )
        .exclude(status=Status.REJECTED)
        .prefetch_related("persons")
        .order_by("pk")
    )
    return next((e for e in candidates if {p.pk for p in e.persons.all()} == wanted), None)


def create_event(article: Article, item: FoundEvent, persons: list[Person]) -> Event:
    event = Event.objects.create(
        date_start=item.date_start,
        date_end=item.date_end,
        precision=item.precision,
        title=make_title(item.sentence, item.expression_start - item.start),
        confidence=item.confidence,
        status=initial_status(item.confidence, article),
    )
    event.persons.set(persons)
    return event


def save_mention(article: Article, event: Event, item: FoundEvent, persons: list[Person]) -> None:
    mention = Mention.objects.create(
        event=event,
        article=article,
        sentence=item.sentence,
        sentence_start=item.start,
        sentence_end=item.end,
        expression=item.expression,
        expression_start=item.expression_start,
        expression_end=item.expression_end,
        extracted_date_start=item.date_start,
        extracted_date_end=item.date_end,
        extracted_precision=item.precision,
        confidence=item.confidence,
        extractor_version=EXTRACTOR_VERSION,
    )
    mention.persons.set(persons)


def schedule_extraction(article: Article) -> ExtractionReport | None:
    """Extract now when no broker is configured; else queue it for a worker after the commit."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return run_extraction(article)
    from timeline.tasks import extract_article_task  # tasks import this module

    article.mark_queued()
    extract_article_task.delay_on_commit(article.pk)
    return None


def run_extraction(article: Article) -> ExtractionReport | None:
    """Extract now, recording failure on the article so nothing is silently lost."""
    article.mark_running()
    try:
        return extract_article(article)
    except Exception as exc:
        logger.exception("Extraction failed for article %s", article.pk)
        article.mark_failed(f"{type(exc).__name__}: {exc}")
        raise
