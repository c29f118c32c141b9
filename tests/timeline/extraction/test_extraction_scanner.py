"""The scanner in front of each rule finds exactly the rule's own matches, only faster."""

import json
import re
from pathlib import Path

import pytest

from timeline.extraction.pipeline import RULES
from timeline.extraction.temporal import (
    _FOLDABLE,
    _first_characters,
    fold,
    may_match,
    required_factors,
    scanner,
)

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


# --- Required factors: a rule is skipped only when it cannot match -----------------------------

_SAMPLES = [
    # French
    "le 3 mars 2024",
    "Du 27 au 29 août 2022, puis les 9 et 10 AOÛT",
    "LUNDI 12 FÉVRIER, mercredi 27 et jeudi 28 mai",
    "entre le 3 et le 5 mars 2020 (27-28 avril)",
    "hier, aujourd'hui, demain, avant-hier, ce jour-là, ce jour là, l’an dernier",
    "il y a trois jours, dans deux semaines, la semaine prochaine, le mois dernier",
    "au printemps 2021, à l'automne, cet été, en hiver, la saison 2019-2020",
    "le premier trimestre 2023, le deuxième semestre, le 1er janvier, 14h30, à 9 h",
    "chaque lundi, tous les ans, la veille de Noël, le jour de l'an, la Saint-Sylvestre",
    "de 1998 à 2003, entre 1163 et 1345, depuis des années, pendant plusieurs mois",
    "12/05/2023, 2023-05-12, 12.05.2023, Q3 2022, T2 2021",
    "Dès Juin 2023, en mai 2024, la nuit de samedi à dimanche, début mars",
    # English
    "on March 3, 2024 and 3 March 2024",
    "From Aug. 27 to Aug. 29, 2022; between Monday and Wednesday",
    "MONDAY, Feb 12; Wednesday 27 and Thursday 28 May",
    "yesterday, today, tomorrow, last week, next month, this year, the day before",
    "three days ago, in two weeks, two years from now, a week later, days earlier",
    "in spring 2021, last autumn, this summer, the fall of 2019, the 2019-2020 season",
    "the first quarter of 2023, Q3 2022, the second half, on the 1st of January",
    "at 2:30 p.m., 9am, 14:30, every Monday, each year, on Christmas Eve, Labor Day",
    "from 1998 to 2003, between 1337 and 1453, 2019's results, the 2020 election",
    "the third Monday of March, the week of May 5, mid-June, late 2023, early next year",
    "İstanbul, ſeptember, KELVIN K, Straße, ÉTÉ, ÀÉÎÕÜ",
]


def _matches(rule, text):
    return [match for match in rule.regex.finditer(text) if match.end() > match.start()]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_required_factors_are_in_every_match_of_the_gold_texts(language):
    rules = RULES[language].rules
    assert all(rule.factors for rule in rules)
    for rule in rules:
        for text in _texts(language):
            for match in _matches(rule, text):
                # The factors are in the matched words themselves, not only somewhere around.
                assert may_match(rule.factors, fold(match.group()), {}), (rule.name, match)
                assert may_match(rule.factors, fold(text), {}), rule.name


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("sample", _SAMPLES)
def test_the_required_factors_never_turn_away_a_matching_sample(language, sample):
    for text in (sample, sample.upper(), sample.lower(), sample.title()):
        for rule in RULES[language].rules:
            if _matches(rule, text):
                assert may_match(rule.factors, fold(text), {}), (rule.name, text)


def test_the_required_factors_turn_away_texts_without_them():
    rules = {rule.name: rule for rule in RULES["fr"].rules}
    assert not may_match(rules["weekday"].factors, fold("Rien à signaler ici."), {})
    assert may_match(rules["weekday"].factors, fold("Rendez-vous MERCREDI."), {})


def test_folding_keeps_what_ignoring_case_matches():
    # Every character a foldable pattern character matches, with or without ignoring case,
    # folds as that character does.
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for char in sorted(_FOLDABLE):
        for pattern in (re.escape(char), f"[{re.escape(char)}]"):
            for matched in re.findall(pattern, every, re.IGNORECASE):
                assert fold(matched) == fold(char), (char, matched)
    # Folding keeps the length of a text, so a factor's place cannot be split.
    assert all(len(fold(char)) == 1 for char in every)


@pytest.mark.parametrize(
    ("pattern", "flags", "factors"),
    [
        (r"(?i:mai)\s+\d+", 0, (("mai",),)),
        (r"(?:le|du)\s+(?:3|4)\s+Mars", 0, (("mars",), ("du", "le"), ("3", "4"))),
        (r"(?:en\s+)?(?:mai|juin)s?", re.I, (("juin", "mai"),)),
        (r"(?<=lundi )\d+|(?!mardi)x", 0, None),  # look-arounds consume nothing
        (r"(a+)b?\1", 0, (("a",),)),  # a back-reference is no factor, the group is
        (r"(?:lundi)?", 0, None),
        (r"lundi|\d+", 0, None),  # a branch without a factor
        (r"[^a]bc", 0, (("bc",),)),
        (r"[a-c]x", 0, (("ax", "bx", "cx"),)),
        (r"\bİ", re.I, None),  # a character folding does not keep
    ],
)
def test_the_required_factors_of_hand_written_patterns(pattern, flags, factors):
    assert required_factors(re.compile(pattern, flags)) == factors
