"""French patterns and their resolution against a publication date (no spaCy, no database)."""

from datetime import date

import pytest

from tests.timeline.extraction import support
from timeline.extraction.lang_fr import RULES
from timeline.extraction.resolve import FUTURE, PAST, PRESENT, UNKNOWN
from timeline.extraction.temporal import find_mentions


def first_date(text: str, published: date, tense: int = UNKNOWN, focus=None):
    return support.first_date(text, published, RULES, tense, focus)


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("hier", date(2024, 8, 10), "2024-08-09", "day"),
        ("avant-hier", date(2024, 8, 10), "2024-08-08", "day"),
        ("demain", date(2024, 8, 10), "2024-08-11", "day"),
        ("après-demain", date(2024, 8, 10), "2024-08-12", "day"),
        ("aujourd'hui", date(2024, 8, 10), "2024-08-10", "day"),
        ("aujourd’hui", date(2024, 8, 10), "2024-08-10", "day"),
        ("ce matin", date(2024, 8, 10), "2024-08-10", "day"),
        ("hier soir", date(2024, 8, 10), "2024-08-09", "day"),
        ("cette semaine", date(2023, 5, 25), "2023-W21", "week"),
        ("la semaine dernière", date(2023, 5, 25), "2023-W20", "week"),
        ("la semaine prochaine", date(2023, 12, 28), "2024-W01", "week"),
        ("le mois dernier", date(2024, 1, 15), "2023-12", "month"),
        ("le mois prochain", date(2024, 12, 15), "2025-01", "month"),
        ("l'an dernier", date(2024, 8, 10), "2023", "year"),
        ("l'année dernière", date(2024, 8, 10), "2023", "year"),
        ("l'année prochaine", date(2024, 8, 10), "2025", "year"),
        ("il y a deux ans", date(2024, 8, 10), "2022", "year"),
        ("il y a trois jours", date(2024, 8, 10), "2024-08-07", "day"),
        ("il y a deux semaines", date(2024, 8, 10), "2024-W30", "week"),
        ("dans trois jours", date(2024, 8, 10), "2024-08-13", "day"),
        ("en novembre dernier", date(2024, 8, 10), "2023-11", "month"),
        ("en novembre dernier", date(2024, 11, 20), "2023-11", "month"),
        ("en mars prochain", date(2024, 8, 10), "2025-03", "month"),
    ],
)
def test_relative_expression_resolves_against_publication(text, published, value, precision):
    _, resolved = first_date(text, published)
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("le 6 janvier 2021", "2021-01-06", "day"),
        ("mercredi 24 mai 2023", "2023-05-24", "day"),
        ("le 1er mars 2020", "2020-03-01", "day"),
        ("24/05/2023", "2023-05-24", "day"),
        ("le 03.04.2022", "2022-04-03", "day"),
        ("2023-05-24", "2023-05-24", "day"),
        ("en mai 2023", "2023-05", "month"),
        ("fin avril 2021", "2021-04", "month"),
        ("mi-mars 2022", "2022-03", "month"),
        ("en 2024", "2024", "year"),
        ("depuis 2019", "2019", "year"),
        ("fin 2022", "2022", "year"),
        ("au troisième trimestre 2023", "2023-Q3", "quarter"),
        ("T3 2023", "2023-Q3", "quarter"),
        ("à l'automne 2022", "2022-Q4", "quarter"),
    ],
)
def test_absolute_expression_keeps_its_own_year(text, value, precision):
    _, resolved = first_date(text, date(2030, 1, 1))
    assert (resolved.value, resolved.precision) == (value, precision)


def test_month_span_covers_the_whole_month():
    _, resolved = first_date("en février 2024", date(2024, 8, 10))
    assert (resolved.date_start, resolved.date_end) == (date(2024, 2, 1), date(2024, 2, 29))


def test_weekday_agreeing_with_day_and_month_picks_that_year():
    _, resolved = first_date("ce lundi 12 août", date(2024, 8, 10))
    assert resolved.value == "2024-08-12"


def test_weekday_picks_the_agreeing_year_even_when_it_is_last_year():
    _, resolved = first_date("le jeudi 28 décembre", date(2024, 1, 5), tense=PRESENT)
    assert resolved.value == "2023-12-28"


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("en octobre", date(2023, 5, 25), PAST, "2022-10"),
        ("en octobre", date(2023, 5, 25), FUTURE, "2023-10"),
        ("le 9 août", date(2024, 8, 10), PAST, "2024-08-09"),
        ("le 22 octobre", date(2024, 10, 10), FUTURE, "2024-10-22"),
        ("le 3 août", date(2024, 4, 26), UNKNOWN, "2024-08-03"),
        ("début juillet", date(2020, 3, 10), FUTURE, "2020-07"),
    ],
)
def test_day_or_month_without_year_takes_the_year_of_its_tense(text, published, tense, value):
    _, resolved = first_date(text, published, tense=tense)
    assert resolved.value == value


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("mardi", PAST, "2024-08-06"),  # published Saturday 10 August 2024
        ("mardi", UNKNOWN, "2024-08-06"),
        ("mardi", FUTURE, "2024-08-13"),
        ("mardi", PRESENT, "2024-08-13"),
        ("lundi soir", PAST, "2024-08-05"),
        ("samedi", PAST, "2024-08-10"),
        ("samedi dernier", UNKNOWN, "2024-08-03"),
        ("lundi prochain", UNKNOWN, "2024-08-12"),
        ("ce lundi", UNKNOWN, "2024-08-12"),
    ],
)
def test_bare_weekday_is_the_most_recent_unless_context_looks_ahead(text, tense, value):
    _, resolved = first_date(text, date(2024, 8, 10), tense=tense)
    assert resolved.value == value


@pytest.mark.parametrize(
    ("text", "value", "end_value"),
    [
        ("du 3 au 5 mars 2020", "2020-03-03", "2020-03-05"),
        ("du 28 décembre au 3 janvier 2021", "2020-12-28", "2021-01-03"),
        ("entre 2019 et 2021", "2019", "2021"),
        ("de mars à mai 2020", "2020-03", "2020-05"),
    ],
)
def test_range_has_a_value_and_an_end_value(text, value, end_value):
    _, resolved = first_date(text, date(2024, 8, 10))
    assert (resolved.value, resolved.end_value) == (value, end_value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le lendemain", "2021-01-07"),
        ("la veille", "2021-01-05"),
        ("deux jours plus tard", "2021-01-08"),
    ],
)
def test_anaphoric_offset_counts_from_the_date_in_focus(text, value):
    _, focus = first_date("le 6 janvier 2021", date(2024, 1, 1))
    _, resolved = first_date(text, date(2024, 1, 1), focus=focus)
    assert resolved.value == value


def test_anaphoric_offset_without_a_focus_resolves_to_nothing():
    _, resolved = first_date("le lendemain", date(2024, 1, 1))
    assert resolved is None


@pytest.mark.parametrize(
    "text",
    [
        "pendant 19 minutes",
        "d’une durée d’environ 19 minutes",
        "depuis trois ans",
        "4,1 millions de vues",
        "44 milliards de dollars",
        "Plus de 600 000 personnes",
        "environ 80 %",
        "âgé de 78 ans",
        "à 17h",
        "2h du matin",
        "sa candidature",
        "plus de 2000 personnes",
        "2024 habitants",
        "la COP 28",
        "Windows 2000",
        "le lundi, il travaille",
        "tous les mardis",
        "du mardi au dimanche",
        "sur Mars",
    ],
)
def test_non_dates_yield_no_date_mention(text):
    assert [m for m in find_mentions(text, RULES) if m.timex_type == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "timex_type", "value"),
    [
        ("pendant 19 minutes", "DURATION", "PT19M"),
        ("depuis trois ans", "DURATION", "P3Y"),
        ("à 17h30", "TIME", "T17:30"),
        ("tous les mardis", "SET", "XXXX-WXX-2"),
    ],
)
def test_non_event_expressions_are_kept_as_timexes(text, timex_type, value):
    (mention,) = find_mentions(text, RULES)
    assert (mention.timex_type, mention.value) == (timex_type, value)


def test_expression_text_is_the_exact_substring():
    text = "Banni en janvier 2021, le compte a été rétabli."
    (mention,) = [m for m in find_mentions(text, RULES) if m.timex_type == "DATE"]
    assert text[mention.start : mention.end] == mention.text == "en janvier 2021"
