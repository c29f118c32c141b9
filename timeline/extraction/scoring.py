"""Load gold events and score extracted events against them (rules in shared/gold/README.md).

Gold schema, in short: a JSON list of documents (or one document) with `id`, `file` (a text
file beside the JSON) or `text`, `language`, `published`, `events` and `non_dates`. Each event
has `sentence` (a unique substring of the text), `expression`, `date` (ISO at its precision),
`precision`, optional `end`, `persons`, `optional` and `alt` (other accepted dates).

An extracted event matches a gold event when its sentence span contains the gold sentence and
its value equals the gold date (or an alt) at the gold precision. Each gold event matches at
most once; optional ones are neither required nor penalised. Persons are scored on matched
events, compared without case or accents. An extracted expression lying inside a `non_dates`
substring is a non-date error.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .persons import fold
from .types import Extraction, FoundEvent


@dataclass(frozen=True)
class GoldEvent:
    sentence: str
    expression: str
    date: str
    precision: str
    persons: tuple[str, ...]
    optional: bool = False
    alt: tuple[str, ...] = ()
    end: str | None = None

    def accepts(self, event: FoundEvent) -> bool:
        """True when `event` carries this gold date (or an alt) at the gold precision."""
        return event.precision == self.precision and event.value in (self.date, *self.alt)


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    language: str
    published: datetime.date | None
    events: tuple[GoldEvent, ...]
    non_dates: tuple[str, ...] = ()


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocumentReport:
    id: str
    events: Counts = field(default_factory=Counts)
    persons: Counts = field(default_factory=Counts)
    missed: list[GoldEvent] = field(default_factory=list)
    false_positives: list[FoundEvent] = field(default_factory=list)
    person_errors: list[tuple[GoldEvent, tuple[str, ...]]] = field(default_factory=list)
    non_date_errors: list[FoundEvent] = field(default_factory=list)


@dataclass
class Report:
    documents: list[DocumentReport]

    def _total(self, name: str) -> Counts:
        total = Counts()
        for document in self.documents:
            total.add(getattr(document, name))
        return total

    @property
    def events(self) -> Counts:
        return self._total("events")

    @property
    def persons(self) -> Counts:
        return self._total("persons")

    @property
    def non_date_errors(self) -> int:
        return sum(len(document.non_date_errors) for document in self.documents)


# --- Loading -----------------------------------------------------------------------------------


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold file; a document's `file` is read relative to the JSON file's folder."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    documents = data if isinstance(data, list) else [data]
    return [_document(raw, path.parent) for raw in documents]


def _document(raw: dict, folder: Path) -> GoldDocument:
    text = raw["text"] if "text" in raw else (folder / raw["file"]).read_text(encoding="utf-8")
    published = raw.get("published")
    return GoldDocument(
        id=str(raw.get("id", raw.get("file", ""))),
        text=text,
        language=raw.get("language", "fr"),
        published=datetime.date.fromisoformat(published) if published else None,
        events=tuple(
            GoldEvent(
                sentence=event["sentence"],
                expression=event.get("expression", ""),
                date=event["date"],
                precision=event["precision"],
                persons=tuple(event.get("persons", ())),
                optional=bool(event.get("optional", False)),
                alt=tuple(event.get("alt", ())),
                end=event.get("end"),
            )
            for event in raw.get("events", ())
        ),
        non_dates=tuple(raw.get("non_dates", ())),
    )


# --- Scoring -----------------------------------------------------------------------------------

Extractor = Callable[[GoldDocument], Extraction]


def extract_document(document: GoldDocument) -> Extraction:
    """Run the extractor as the app does: with the gold's publication date and language."""
    from .pipeline import extract

    return extract(document.text, published_on=document.published, language=document.language)


def score(documents: Iterable[GoldDocument], extractor: Extractor = extract_document) -> Report:
    """Score the extractor on every document."""
    return Report([score_document(document, extractor(document)) for document in documents])


def score_document(document: GoldDocument, extraction: Extraction) -> DocumentReport:
    """Match one document's extracted events to its gold events and count."""
    report = DocumentReport(document.id)
    spans = {gold: _span(document.text, gold.sentence) for gold in document.events}
    # Required gold events are matched first, so an optional one never steals a match.
    golds = sorted(document.events, key=lambda gold: gold.optional)
    unmatched = list(extraction.events)
    for gold in golds:
        match = next((e for e in unmatched if _matches(e, gold, spans[gold])), None)
        if match is None:
            if not gold.optional:
                report.events.fn += 1
                report.missed.append(gold)
            continue
        unmatched.remove(match)
        if not gold.optional:
            report.events.tp += 1
        _score_persons(report, gold, match)
    report.events.fp += len(unmatched)
    report.false_positives.extend(unmatched)
    report.non_date_errors.extend(
        event for event in extraction.events if _inside_non_date(event, document)
    )
    return report


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.find(sentence)
    if start < 0:
        raise ValueError(f"gold sentence not in text: {sentence!r}")
    return start, start + len(sentence)


def _matches(event: FoundEvent, gold: GoldEvent, span: tuple[int, int]) -> bool:
    return event.start <= span[0] and span[1] <= event.end and gold.accepts(event)


def _score_persons(report: DocumentReport, gold: GoldEvent, event: FoundEvent) -> None:
    expected = {fold(name) for name in gold.persons}
    found = {fold(name) for name in event.persons}
    report.persons.tp += len(expected & found)
    report.persons.fp += len(found - expected)
    report.persons.fn += len(expected - found)
    if expected != found:
        report.person_errors.append((gold, event.persons))


def _inside_non_date(event: FoundEvent, document: GoldDocument) -> bool:
    for phrase in document.non_dates:
        start = document.text.find(phrase)
        while start >= 0:
            if start <= event.expression_start and event.expression_end <= start + len(phrase):
                return True
            start = document.text.find(phrase, start + 1)
    return False
