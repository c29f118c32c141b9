"""The scanner in front of each rule finds exactly the rule's own matches, only faster."""

import json
import re
from pathlib import Path

import pytest

from timeline.extraction.pipeline import RULES
from timeline.extraction.temporal import _first_characters, scanner

DATA = Path(__file__).resolve().parents[2] / "data"


def _texts(language: str) -> list[str]:
    texts = []
    for path in [DATA / "seeds/seeds.json", *sorted((DATA / "gold").glob("*/*.json"))]:
        docs = json.loads(path.read_text(encoding="utf-8"))
        for doc in docs if isinstance(docs, list) else [docs]:
            if doc["language"] == language:
                text = doc.get("text") or (path.parent / doc["file"]).read_text(encoding="utf-8")
                texts.append(text)
    return texts


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_rule_scans_to_the_same_matches_on_the_gold_texts(language):
    texts = _texts(language)
    assert len(texts) > 20
    for rule in RULES[language].rules:
        for text in texts:
            own = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)]
            scanned = [(m.span(), m.groupdict()) for m in rule.scanner.finditer(text)]
            assert scanned == own, rule.name


def test_most_rules_get_a_first_character_check():
    for rules in RULES.values():
        checked = [rule for rule in rules.rules if rule.scanner is not rule.regex]
        assert len(checked) >= 0.9 * len(rules.rules)


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "spans"),
    [
        # An optional word before the core: both may open the match.
        (
            r"(?<![\w-])(?:(?:en|dès)\s+)?(?:mai|juin)\s+\d{4}",
            re.I,
            "Dès Juin 2023, en mai 2024",
            [(0, 13), (15, 26)],
        ),
        # A part of the pattern that ignores case inside one that does not.
        (r"\b(?i:june)\s+\d+", 0, "JUNE 5 and June 6", [(0, 6), (11, 17)]),
        # Digits and classes.
        (r"[0-3]?\d(?:er)?\s+(?:mars|avril)", re.I, "le 1er mars et 14 avril", [(3, 11), (15, 23)]),
        # A repeated group that may be absent.
        (r"(?:très\s+)*tôt\s+(?:lundi)", re.I, "très très tôt lundi", [(0, 19)]),
    ],
)
def test_the_scanner_keeps_the_matches_of_hand_written_patterns(pattern, flags, text, spans):
    regex = re.compile(pattern, flags)
    scanned = scanner(regex)
    assert scanned is not regex
    assert [m.span() for m in scanned.finditer(text)] == spans
    assert [m.span() for m in regex.finditer(text)] == spans


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:lundi)?",  # may match nothing
        r".+ 2024",  # any character first
        r"[^\d]+ 2024",  # a negated class
        r"(?:\d+|\w+)?\s*",  # may match nothing, or start anywhere
    ],
)
def test_no_check_where_any_character_may_open_the_match(pattern):
    assert _first_characters(pattern, 0) is None
    assert scanner(re.compile(pattern)).pattern == pattern


def test_the_first_characters_of_an_alternation_with_an_optional_prefix():
    first = _first_characters(r"(?<![\w-])(?:(?:en|dès)\s+)?(?:mai|juin)", re.I)
    assert first == {"e", "d", "m", "j"}
