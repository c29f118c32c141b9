"""Helpers shared by the extraction test modules."""

from datetime import date

from timeline.extraction import extract
from timeline.extraction.resolve import UNKNOWN, resolve
from timeline.extraction.temporal import find_mentions


def events(text: str, published: date, language: str) -> dict[str, str]:
    """Expression -> value of every event."""
    extraction = extract(text, published_on=published, language=language)
    return {event.expression: event.value for event in extraction.events}


def spans_of(extraction) -> dict[str, tuple[str, str | None]]:
    """Expression -> (value, end value) of every event of an extraction."""
    return {event.expression: (event.value, event.end_value) for event in extraction.events}


def spans(text: str, published: date, language: str) -> dict[str, tuple[str, str | None]]:
    """Expression -> (value, end value) of every event."""
    return spans_of(extract(text, published_on=published, language=language))


def persons_of(text: str, expression: str, published: date, language: str) -> set[str]:
    """The persons of the one event found on `expression`."""
    extraction = extract(text, published_on=published, language=language)
    found = [event for event in extraction.events if event.expression == expression]
    assert len(found) == 1, [event.expression for event in extraction.events]
    return set(found[0].persons)


def first_date(text: str, published: date, rules, tense: int = UNKNOWN, focus=None):
    """The first DATE expression the language's patterns find, and its resolution."""
    mentions = [m for m in find_mentions(text, rules) if m.timex_type == "DATE"]
    assert mentions, f"no date found in {text!r}"
    mention = mentions[0]
    resolved = resolve(
        mention.spec,
        published=published,
        focus=focus,
        tense=tense,
        phrase=mention.phrase,
        language=rules.code,
    )
    return mention, resolved
