"""The extract_events and evaluate commands (no database)."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from timeline.extraction.scoring import load_gold

DATA = Path(__file__).resolve().parents[1] / "data" / "seeds"
GOLD = DATA / "seeds.json"


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def json_lines(*args: str) -> list[dict]:
    return [json.loads(line) for line in run("extract_events", *args, "--json").splitlines()]


def test_command_finds_every_required_seed_event_with_its_people():
    for document in load_gold(GOLD):
        path = next(DATA.glob(f"{document.id.split('-')[1]}_*.txt"))
        (line,) = json_lines(str(path), "--published", document.published.isoformat())
        text = path.read_text(encoding="utf-8")
        for gold in document.events:
            if gold.optional:
                continue
            start = text.index(gold.sentence)
            found = [
                event
                for event in line["events"]
                if event["start"] <= start
                and start + len(gold.sentence) <= event["end"]
                and event["date"] in (gold.date, *gold.alt)
                and event["precision"] == gold.precision
            ]
            assert found, gold
            assert set(found[0]["persons"]) == set(gold.persons)
        for event in line["events"]:
            assert not any(
                event["expression"] in phrase and phrase in text for phrase in document.non_dates
            )


def test_json_line_has_offsets_into_the_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Titre\n\nLe ministre a démissionné hier soir.", encoding="utf-8")
    (line,) = json_lines(str(path), "--published", "2024-08-10")
    assert (line["language"], line["published"], line["published_inferred"]) == (
        "fr",
        "2024-08-10",
        False,
    )
    (event,) = line["events"]
    text = path.read_text(encoding="utf-8")
    assert text[event["start"] : event["end"]] == event["sentence"]
    assert (event["expression"], event["date"], event["precision"]) == (
        "hier soir",
        "2024-08-09",
        "day",
    )


def test_timexes_are_printed_on_request(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("The talk lasted 19 minutes on Tuesday.", encoding="utf-8")
    (line,) = json_lines(str(path), "--published", "2024-06-05", "--timexes")
    assert [(t["type"], t["text"]) for t in line["timexes"]] == [
        ("DURATION", "19 minutes"),
        ("DATE", "on Tuesday"),
    ]


def test_language_option_overrides_detection(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Le 6 janvier 2021.", encoding="utf-8")
    (line,) = json_lines(str(path), "--language", "en", "--published", "2024-01-01")
    assert line["language"] == "en"


def test_missing_publication_date_is_inferred_and_said(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Il a été élu le 6 janvier 2021. Il a démissionné hier.", encoding="utf-8")
    (line,) = json_lines(str(path))
    assert line["published_inferred"] is True
    assert line["published"] == "2021-01-06"


def test_one_line_per_file(tmp_path):
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text("Il est parti hier.", encoding="utf-8")
        paths.append(str(path))
    lines = json_lines(*paths, "--published", "2024-08-10")
    assert [line["path"] for line in lines] == paths


def test_table_output_lists_dates_and_sentences(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Le ministre a démissionné hier.", encoding="utf-8")
    output = run("extract_events", str(path), "--published", "2024-08-10")
    assert "2024-08-09" in output and "Le ministre a démissionné hier." in output


def test_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run("extract_events", str(tmp_path / "missing.txt"))


def test_bad_publication_date_is_a_command_error(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Texte.", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("extract_events", str(path), "--published", "10/08/2024")


def test_evaluate_prints_scores_on_the_seed_gold():
    output = run("evaluate", str(GOLD), "--verbose")
    assert "events: precision 1.000 recall 1.000 F1 1.000" in output
    assert "non-date errors: 0" in output


def test_evaluate_lists_misses_under_verbose(tmp_path):
    (tmp_path / "a.txt").write_text("Il est parti hier.", encoding="utf-8")
    gold = [
        {
            "id": "wrong",
            "file": "a.txt",
            "language": "fr",
            "published": "2024-08-10",
            "events": [
                {
                    "sentence": "parti hier",
                    "expression": "hier",
                    "date": "2024-08-08",
                    "precision": "day",
                    "persons": [],
                }
            ],
        }
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    output = run("evaluate", str(path), "--verbose")
    assert "missed  2024-08-08" in output
    assert "extra   2024-08-09" in output
    assert "F1 0.000" in output


def test_evaluate_reports_an_unreadable_gold_file(tmp_path):
    with pytest.raises(CommandError, match="cannot load"):
        run("evaluate", str(tmp_path / "missing.json"))
