"""Resolution paths: what dateparser reads, and where our own calendar arithmetic wins."""

from datetime import date

import pytest

from timeline.extraction import extract, lang_en, lang_fr
from timeline.extraction import resolve as resolve_module
from timeline.extraction.resolve import parse_with_dateparser, resolve
from timeline.extraction.temporal import find_mentions

RULES = {"fr": lang_fr.RULES, "en": lang_en.RULES}


def resolved(text: str, language: str, published: date):
    mention = next(m for m in find_mentions(text, RULES[language]) if m.timex_type == "DATE")
    return resolve(mention.spec, published=published, phrase=mention.phrase, language=language)


@pytest.fixture
def dateparser_calls(monkeypatch):
    """Record every phrase handed to dateparser, still answering with dateparser's reading."""
    calls = []

    def spy(phrase, language, base=None, required=()):
        calls.append((phrase, language, base))
        return parse_with_dateparser(phrase, language, base, required)

    monkeypatch.setattr(resolve_module, "parse_with_dateparser", spy)
    return calls


@pytest.mark.parametrize(
    ("phrase", "language", "day"),
    [
        ("1er mars 2022", "fr", date(2022, 3, 1)),
        ("6 janvier 2021", "fr", date(2021, 1, 6)),
        ("Jan. 6, 2021", "en", date(2021, 1, 6)),
        ("January 6th, 2021", "en", date(2021, 1, 6)),
        ("24/05/2023", "fr", date(2023, 5, 24)),
        ("05/24/2023", "en", date(2023, 5, 24)),
        ("05/06/2023", "fr", date(2023, 6, 5)),
        ("05/06/2023", "en", date(2023, 5, 6)),
    ],
)
def test_dateparser_reads_absolute_dates_in_the_locale_order(phrase, language, day):
    assert parse_with_dateparser(phrase, language, None, ("day", "month", "year")) == day


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        ("Le décret a été publié le 1er mars 2022.", "fr", "1er mars 2022", "2022-03-01"),
        ("Le Capitole a été envahi le 6 janvier 2021.", "fr", "6 janvier 2021", "2021-01-06"),
        ("The Capitol was stormed on Jan. 6, 2021.", "en", "Jan. 6, 2021", "2021-01-06"),
        ("Le contrat a été signé le 24/05/2023.", "fr", "24/05/2023", "2023-05-24"),
        ("The contract was signed on 05/24/2023.", "en", "05/24/2023", "2023-05-24"),
    ],
)
def test_absolute_dates_go_through_dateparser(dateparser_calls, text, language, phrase, value):
    extraction = extract(text, published_on=date(2024, 8, 10), language=language)
    assert [event.value for event in extraction.events] == [value]
    assert (phrase, language, None) in dateparser_calls


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        ("Le ministre a démissionné hier.", "fr", "hier", "2024-08-09"),
        ("Le maire a signé avant-hier.", "fr", "avant-hier", "2024-08-08"),
        ("Le verdict tombera demain.", "fr", "demain", "2024-08-11"),
        (
            "Le club a licencié l'entraîneur il y a trois jours.",
            "fr",
            "il y a trois jours",
            "2024-08-07",
        ),
        ("The minister resigned yesterday.", "en", "yesterday", "2024-08-09"),
        ("The firm was sold two days ago.", "en", "two days ago", "2024-08-08"),
    ],
)
def test_offsets_from_the_publication_go_through_dateparser(
    dateparser_calls, text, language, phrase, value
):
    published = date(2024, 8, 10)
    extraction = extract(text, published_on=published, language=language)
    assert [event.value for event in extraction.events] == [value]
    assert (phrase, language, published) in dateparser_calls


def test_precision_comes_from_the_pattern_not_from_dateparser():
    # dateparser gives a day for both; the phrase names a month and a year.
    assert parse_with_dateparser("mai 2023", "fr", None, ("month", "year")) == date(2023, 5, 1)
    month = resolved("en mai 2023", "fr", date(2024, 8, 10))
    assert (month.value, month.precision) == ("2023-05", "month")
    year = resolved("il y a deux ans", "fr", date(2024, 8, 10))
    assert (year.value, year.precision) == ("2022", "year")


def test_quarter_code_is_ours_because_dateparser_reads_it_as_a_day_in_march(dateparser_calls):
    misread = parse_with_dateparser("T3 2023", "fr", date(2024, 8, 10))
    assert misread is None or not date(2023, 7, 1) <= misread <= date(2023, 9, 30)
    dateparser_calls.clear()
    quarter = resolved("au T3 2023", "fr", date(2024, 8, 10))
    assert (quarter.value, quarter.precision) == ("2023-Q3", "quarter")
    assert dateparser_calls == []


def test_weekday_agreement_is_ours_because_dateparser_reads_nothing(dateparser_calls):
    assert parse_with_dateparser("ce lundi 12 août", "fr", date(2024, 8, 10)) is None
    monday = resolved("ce lundi 12 août", "fr", date(2024, 8, 10))
    assert monday.value == "2024-08-12"
    assert dateparser_calls == []


def test_weekday_picks_the_year_dateparser_would_get_wrong():
    # 3 October is a Thursday in 2024; dateparser would take 2023 (a Tuesday) as the past one.
    thursday = resolved("jeudi 3 octobre", "fr", date(2024, 10, 5))
    assert thursday.value == "2024-10-03"


def test_our_reading_wins_when_dateparser_contradicts_the_pattern(monkeypatch):
    monkeypatch.setattr(resolve_module, "parse_with_dateparser", lambda *args: date(1999, 1, 1))
    assert resolved("le 1er mars 2022", "fr", date(2024, 8, 10)).value == "2022-03-01"
    assert resolved("hier", "fr", date(2024, 8, 10)).value == "2024-08-09"


def test_relative_dateparser_cannot_read_falls_back_to_our_arithmetic():
    assert parse_with_dateparser("l'an dernier", "fr", date(2024, 8, 10)) is None
    assert resolved("l'an dernier", "fr", date(2024, 8, 10)).value == "2023"


def test_dateparser_readings_are_cached():
    parse_with_dateparser("12 juin 2021", "fr", None, ("day", "month", "year"))
    hits = parse_with_dateparser.cache_info().hits
    parse_with_dateparser("12 juin 2021", "fr", None, ("day", "month", "year"))
    assert parse_with_dateparser.cache_info().hits == hits + 1
