"""Scoring against gold: matching, optional events, persons, non-dates (no database)."""

import json
from datetime import date

from timeline.extraction.scoring import load_gold, score_document
from timeline.extraction.types import Extraction, FoundEvent

TEXT = "Il est parti hier. Il reviendra en mai 2023. Il a dormi pendant 19 minutes."

# The gold event most tests score against: "en mai 2023" in TEXT's second sentence.
MAY_GOLD = {
    "sentence": "reviendra en mai",
    "expression": "en mai 2023",
    "date": "2023-05",
    "precision": "month",
    "persons": [],
}


def event(sentence: str, expression: str, value: str, precision: str, persons=()):
    start = TEXT.index(sentence)
    expression_start = TEXT.index(expression)
    return FoundEvent(
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        expression=expression,
        expression_start=expression_start,
        expression_end=expression_start + len(expression),
        date_start=date(2023, 5, 1),
        date_end=date(2023, 5, 31),
        precision=precision,
        value=value,
        end_value=None,
        persons=tuple(persons),
        confidence=0.9,
    )


def gold_file(tmp_path, events, non_dates=()):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    document = {
        "id": "doc",
        "file": "a.txt",
        "language": "fr",
        "published": "2023-05-10",
        "events": events,
        "non_dates": list(non_dates),
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def extraction(*events):
    return Extraction("fr", date(2023, 5, 10), False, tuple(events), {}, ())


def test_gold_file_is_read_relative_to_the_json_folder(tmp_path):
    (document,) = load_gold(gold_file(tmp_path, []))
    assert document.text == TEXT
    assert document.published == date(2023, 5, 10)


def test_event_matches_when_its_sentence_contains_the_gold_and_the_value_agrees(tmp_path):
    gold = {**MAY_GOLD, "persons": ["Jean Dupont"]}
    (document,) = load_gold(gold_file(tmp_path, [gold]))
    found = event("Il reviendra en mai 2023.", "en mai 2023", "2023-05", "month", ["jean dupont"])
    report = score_document(document, extraction(found))
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)
    assert (report.persons.tp, report.persons.fp, report.persons.fn) == (1, 0, 0)


def test_value_at_the_wrong_precision_is_a_miss_and_a_false_positive(tmp_path):
    gold = MAY_GOLD
    (document,) = load_gold(gold_file(tmp_path, [gold]))
    found = event("Il reviendra en mai 2023.", "en mai 2023", "2023-05-10", "day")
    report = score_document(document, extraction(found))
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)
    assert report.missed[0].date == "2023-05"


def test_alt_value_is_accepted_and_optional_events_are_not_counted(tmp_path):
    golds = [
        {**MAY_GOLD, "date": "2024-05", "alt": ["2023-05"]},
        {
            "sentence": "est parti hier",
            "expression": "hier",
            "date": "2023-05-09",
            "precision": "day",
            "persons": [],
            "optional": True,
        },
    ]
    (document,) = load_gold(gold_file(tmp_path, golds))
    report = score_document(
        document,
        extraction(
            event("Il reviendra en mai 2023.", "en mai 2023", "2023-05", "month"),
            event("Il est parti hier.", "hier", "2023-05-09", "day"),
        ),
    )
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)


def test_gold_event_matches_at_most_once(tmp_path):
    gold = MAY_GOLD
    (document,) = load_gold(gold_file(tmp_path, [gold]))
    twice = event("Il reviendra en mai 2023.", "en mai 2023", "2023-05", "month")
    report = score_document(document, extraction(twice, twice))
    assert (report.events.tp, report.events.fp) == (1, 1)


def test_expression_inside_a_non_date_is_an_error(tmp_path):
    (document,) = load_gold(gold_file(tmp_path, [], non_dates=["pendant 19 minutes"]))
    found = event("Il a dormi pendant 19 minutes.", "19 minutes", "2023-05-10", "day")
    report = score_document(document, extraction(found))
    assert report.non_date_errors == [found]
