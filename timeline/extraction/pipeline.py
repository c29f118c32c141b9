"""`extract`: from an article's text and publication date to dated events with their people."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import lang_en, lang_fr
from .language import detect_language
from .nlp import load_pipeline, normalise_for_nlp
from .persons import People, PersonMention, find_people
from .resolve import (
    PUBLICATION_INFERRED_FACTOR,
    infer_publication_date,
    resolve,
    rests_on_publication,
)
from .temporal import LanguageRules, find_mentions
from .tense import tense_around
from .types import Extraction, FoundEvent, Mention, RelativeSpec, Resolved, Timex

RULES: dict[str, LanguageRules] = {"fr": lang_fr.RULES, "en": lang_en.RULES}


@dataclass
class _Dated:
    """A DATE mention with its sentence, tense and (once resolved) its date."""

    mention: Mention
    sentence: Span
    expression: Span
    tense: int
    language: str
    resolved: Resolved | None = None
    confidence: float = 0.0


def extract(
    text: str, *, published_on: datetime.date | None, language: str | None = None
) -> Extraction:
    """Find the dated events of an article; a pure function of its arguments."""
    language = language or detect_language(text)
    if language not in RULES:
        raise ValueError(f"unsupported language: {language!r}")
    mentions = find_mentions(text, RULES[language])
    doc = load_pipeline(language)(normalise_for_nlp(text))
    people = find_people(doc, text, language)

    dated: list[_Dated] = []
    for mention in mentions:
        if mention.timex_type == "DATE" and mention.spec is not None:
            expression = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if expression is None or len(expression) == 0:
                continue
            sentence = expression[0].sent
            tense = tense_around(sentence, expression, language)
            dated.append(_Dated(mention, sentence, expression, tense, language))

    published, inferred = published_on, False
    if published is None:
        published = infer_publication_date([(d.mention.spec, d.tense) for d in dated])
        inferred = published is not None

    timexes = _resolve(mentions, dated, published, inferred)
    events = _events(text, doc, dated, people)
    return Extraction(
        language=language,
        published_on=published,
        is_published_on_inferred=inferred,
        events=tuple(events),
        persons=dict(people.surfaces),
        timexes=tuple(timexes),
    )


def _resolve(
    mentions: list[Mention],
    dated: list[_Dated],
    published: datetime.date | None,
    inferred: bool,
) -> list[Timex]:
    """Resolve the DATE mentions in text order (the focus moves along) and build the TIMEX3s."""
    by_start = {d.mention.start: d for d in dated}
    focus: Resolved | None = None
    timexes = []
    for mention in mentions:
        item = by_start.get(mention.start)
        value = mention.value
        if item is not None:
            resolved = resolve(mention.spec, published=published, focus=focus, tense=item.tense)
            if resolved is not None:
                confidence = resolved.confidence
                if inferred and rests_on_publication(mention.spec):
                    confidence *= PUBLICATION_INFERRED_FACTOR
                item.resolved, item.confidence = resolved, round(confidence, 3)
                focus = resolved
                value = resolved.value
                if resolved.end_value:
                    value = f"{resolved.value}/{resolved.end_value}"
        elif mention.timex_type == "TIME" and focus is not None and focus.precision == "day":
            value = f"{focus.value}{mention.value}"  # "à 17h" after "lundi 12 août"
        if mention.timex_type == "DATE" and item is None:
            continue
        timexes.append(Timex(mention.start, mention.end, mention.text, mention.timex_type, value))
    return timexes


def _events(text: str, doc: Doc, dated: list[_Dated], people: People) -> list[FoundEvent]:
    """One event per (sentence, expression), with the people each is about."""
    kept: list[_Dated] = []
    seen: set[tuple[int, str]] = set()
    for item in dated:
        if item.resolved is None:
            continue
        key = (item.sentence.start, item.mention.text.casefold())
        if key in seen:  # the same expression twice in a sentence is one event
            continue
        seen.add(key)
        kept.append(item)
    kept = [item for item in kept if not _absorbed(item, kept)]

    events = []
    by_sentence: dict[int, list[_Dated]] = {}
    for item in kept:
        by_sentence.setdefault(item.sentence.start, []).append(item)
    for items in by_sentence.values():
        sentence = items[0].sentence
        start, end = _trimmed(text, sentence.start_char, sentence.end_char)
        persons = _persons_by_event(sentence, items, people)
        for item in items:
            names = persons[id(item)]
            if not names:
                names = _topic_people(text, doc, sentence, people)
            resolved = item.resolved
            events.append(
                FoundEvent(
                    sentence=text[start:end],
                    start=start,
                    end=end,
                    expression=item.mention.text,
                    expression_start=item.mention.start,
                    expression_end=item.mention.end,
                    date_start=resolved.date_start,
                    date_end=resolved.date_end,
                    precision=resolved.precision,
                    value=resolved.value,
                    end_value=resolved.end_value,
                    persons=tuple(names),
                    confidence=item.confidence,
                )
            )
    events.sort(key=lambda event: (event.expression_start, event.start))
    return events


def _absorbed(item: _Dated, items: list[_Dated]) -> bool:
    """ "cette année" beside "le 9 août" in one sentence adds nothing: the finer date holds it.

    Only the current year is absorbed: it scopes a count ("1,2 milliard de vues cette année"),
    while "this week" beside "on Friday" is an event of its own (gold seed-000, own-en-08).
    """
    spec = item.mention.spec
    if not isinstance(spec, RelativeSpec) or spec.anchor != "publication" or spec.offset != 0:
        return False
    if spec.unit != "year":
        return False
    outer = item.resolved
    return any(
        other is not item
        and other.sentence.start == item.sentence.start
        and other.resolved.date_start >= outer.date_start
        and other.resolved.date_end <= outer.date_end
        and (other.resolved.date_end - other.resolved.date_start)
        < (outer.date_end - outer.date_start)
        for other in items
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unique(mentions: list[PersonMention]) -> list[str]:
    names: list[str] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.canonical not in names:
            names.append(mention.canonical)
    return names


def _persons_by_event(sentence: Span, items: list[_Dated], people: People) -> dict[int, list[str]]:
    """The people of each event of one sentence.

    One event takes everyone the sentence names. With several, each mention goes to the
    nearest expression; the main clause's subject also goes to the events of the main clause
    and to events left with nobody ("Banni ... en janvier 2021, le compte du candidat a été
    rétabli par Elon Musk en novembre dernier": Trump for both, Musk for November).
    """
    mentions = people.between(sentence.start_char, sentence.end_char)
    if len(items) == 1:
        return {id(items[0]): _unique(mentions)}
    assigned: dict[int, list[PersonMention]] = {id(item): [] for item in items}
    for mention in mentions:
        nearest = min(items, key=lambda item: _gap(mention, item.mention))
        assigned[id(nearest)].append(mention)
    root = sentence.root
    subject = [m for m in mentions if m.end <= root.idx]
    result = {}
    for item in items:
        own = assigned[id(item)]
        # Only a date hanging right on the main verb shares its subject ("a été rétabli par
        # Elon Musk en novembre dernier"); one inside a noun phrase keeps its own people.
        in_main_clause = item.expression.root.head.i == root.i
        if in_main_clause or not own:
            own = own + subject
        result[id(item)] = _unique(own)
    return result


def _gap(mention: PersonMention, expression: Mention) -> int:
    if mention.end <= expression.start:
        return expression.start - mention.end
    if expression.end <= mention.start:
        return mention.start - expression.end
    return 0


def _topic_people(text: str, doc: Doc, sentence: Span, people: People) -> list[str]:
    """People named both just before and just after a sentence that names nobody, in the same
    paragraph: the paragraph is about them ("Le 9 août, le Centre ... a révélé que ..." between
    two sentences about Elon Musk, gold seed-000)."""
    start, end = _trimmed(text, sentence.start_char, sentence.end_char)
    if sentence.start == 0 or sentence.end >= len(doc):
        return []
    previous, following = doc[sentence.start - 1].sent, doc[sentence.end].sent
    previous_end = _trimmed(text, previous.start_char, previous.end_char)[1]
    following_start = _trimmed(text, following.start_char, following.end_char)[0]
    if "\n" in text[previous_end:start] or "\n" in text[end:following_start]:
        return []
    after = set(_unique(people.between(following.start_char, following.end_char)))
    return [
        name
        for name in _unique(people.between(previous.start_char, previous.end_char))
        if name in after
    ]
