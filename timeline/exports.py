"""The filtered timeline as TimelineJS3 JSON, CSV rows and the JSON API's objects."""

from collections.abc import Iterable

from django.utils.html import format_html, format_html_join

from timeline.dates import iso_text, span_text, unit_end, unit_start
from timeline.models import Event, Mention

CSV_HEADER = [
    "id",
    "date",
    "date_start",
    "date_end",
    "precision",
    "display_date",
    "title",
    "persons",
    "status",
    "confidence",
    "sources",
    "url",
]


def timelinejs_date(day, precision: str) -> dict:
    """TimelineJS's date object: month and day only when the precision has them."""
    date = {"year": day.year}
    if precision in ("day", "week", "month", "quarter"):
        date["month"] = day.month
    if precision in ("day", "week"):
        date["day"] = day.day
    return date


def timelinejs_end(event: Event) -> dict | None:
    """The end when the span is more than one unit TimelineJS can show (a week, a quarter...)."""
    if event.precision in ("week", "quarter"):
        # TimelineJS has days and months: a week ends on its last day, a quarter in its last month.
        resolution = "day" if event.precision == "week" else "month"
        return timelinejs_date(event.date_end, resolution)
    if event.date_end > unit_end(event.date_start, event.precision):
        return timelinejs_date(unit_start(event.date_end, event.precision), event.precision)
    return None


def mention_html(mention: Mention, base_url: str) -> str:
    before, expression, after = mention.sentence_parts
    article = mention.article
    return format_html(
        '<blockquote>{}<mark>{}</mark>{}</blockquote><p><a href="{}">{}</a>{}</p>',
        before,
        expression,
        after,
        base_url + article.get_absolute_url(),
        article.title,
        f" · {article.source_name}" if article.source_name else "",
    )


def timelinejs_event(event: Event, base_url: str) -> dict:
    """One TimelineJS3 slide: needs the event's persons and mentions with articles prefetched."""
    persons = [p.name for p in event.persons.all()]
    text = format_html_join("", "{}", ((mention_html(m, base_url),) for m in event.mentions.all()))
    slide = {
        "unique_id": f"event-{event.pk}",
        "start_date": timelinejs_date(event.date_start, event.precision),
        "display_date": span_text(event.date_start, event.date_end, event.precision),
        "text": {"headline": event.title, "text": str(text)},
    }
    end = timelinejs_end(event)
    if end:
        slide["end_date"] = end
    if persons:
        slide["group"] = ", ".join(persons)  # TimelineJS stacks one group per row
    return slide


def timelinejs(events: Iterable[Event], title: str, description: str, base_url: str) -> dict:
    return {
        "title": {"text": {"headline": title, "text": description}},
        "events": [timelinejs_event(event, base_url) for event in events],
    }


def csv_row(event: Event, base_url: str) -> list:
    sources = {m.article.source_name or m.article.title: None for m in event.mentions.all()}
    return [
        event.pk,
        iso_text(event.date_start, event.precision),
        event.date_start.isoformat(),
        event.date_end.isoformat(),
        event.precision,
        span_text(event.date_start, event.date_end, event.precision),
        event.title,
        "; ".join(p.name for p in event.persons.all()),
        event.status,
        event.confidence,
        "; ".join(sources),
        base_url + event.get_absolute_url(),
    ]


def api_event(event: Event, base_url: str) -> dict:
    """An event as the JSON API gives it, with every mention and its article."""
    return {
        "id": event.pk,
        "url": base_url + event.get_absolute_url(),
        "date": iso_text(event.date_start, event.precision),
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "precision": event.precision,
        "display_date": span_text(event.date_start, event.date_end, event.precision),
        "title": event.title,
        "status": event.status,
        "confidence": event.confidence,
        "persons": [{"name": p.name, "slug": p.slug} for p in event.persons.all()],
        "mentions": [
            {
                "sentence": m.sentence,
                "expression": m.expression,
                # Offsets into the article's text, as extract_events --json gives them.
                "start": m.sentence_start,
                "end": m.sentence_end,
                "expression_start": m.expression_start,
                "expression_end": m.expression_end,
                "article": {
                    "id": m.article.pk,
                    "title": m.article.title,
                    "source": m.article.source_name,
                    "language": m.article.language,
                    "published_on": (
                        m.article.published_on.isoformat() if m.article.published_on else None
                    ),
                    "url": m.article.url,
                    "reader_url": f"{base_url}{m.article.get_absolute_url()}#mention-{m.pk}",
                },
            }
            for m in event.mentions.all()
        ],
    }
