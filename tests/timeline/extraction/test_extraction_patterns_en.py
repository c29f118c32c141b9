"""English patterns and their resolution against a publication date (no spaCy, no database)."""

from datetime import date

import pytest

from tests.timeline.extraction import support
from timeline.extraction.lang_en import RULES
from timeline.extraction.resolve import FUTURE, PAST, PRESENT, UNKNOWN
from timeline.extraction.temporal import find_mentions


def first_date(text: str, published: date, tense: int = UNKNOWN, focus=None):
    return support.first_date(text, published, RULES, tense, focus)


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("yesterday", date(2021, 1, 8), "2021-01-07", "day"),
        ("today", date(2021, 1, 8), "2021-01-08", "day"),
        ("tomorrow", date(2021, 1, 8), "2021-01-09", "day"),
        ("last night", date(2021, 1, 8), "2021-01-07", "day"),
        ("last week", date(2024, 6, 5), "2024-W22", "week"),
        ("this week", date(2024, 6, 5), "2024-W23", "week"),
        ("next week", date(2024, 6, 5), "2024-W24", "week"),
        ("last month", date(2021, 1, 8), "2020-12", "month"),
        ("next month", date(2023, 1, 18), "2023-02", "month"),
        ("last year", date(2021, 1, 8), "2020", "year"),
        ("earlier this year", date(2021, 1, 8), "2021", "year"),
        ("two years ago", date(2023, 1, 18), "2021", "year"),
        ("three days ago", date(2023, 1, 18), "2023-01-15", "day"),
        ("last quarter", date(2023, 1, 18), "2022-Q4", "quarter"),
    ],
)
def test_relative_expression_resolves_against_publication(text, published, value, precision):
    _, resolved = first_date(text, published)
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("6 January 2021", "2021-01-06", "day"),
        ("Jan. 6, 2021", "2021-01-06", "day"),
        ("January 6th, 2021", "2021-01-06", "day"),
        ("the 6th of January 2021", "2021-01-06", "day"),
        ("Wednesday, May 24, 2023", "2023-05-24", "day"),
        ("05/24/2023", "2023-05-24", "day"),
        ("24/05/2023", "2023-05-24", "day"),
        ("in May 2023", "2023-05", "month"),
        ("in 2019", "2019", "year"),
        ("by mid-2023", "2023", "year"),
        ("the third quarter of 2023", "2023-Q3", "quarter"),
        ("Q3 2023", "2023-Q3", "quarter"),
        ("in the summer of 2022", "2022-Q3", "quarter"),
    ],
)
def test_absolute_expression_keeps_its_own_year(text, value, precision):
    _, resolved = first_date(text, date(2030, 1, 1))
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on Tuesday", PAST, "2024-06-04"),  # published Wednesday 5 June 2024
        ("on Tuesday", UNKNOWN, "2024-06-04"),
        ("on Tuesday", FUTURE, "2024-06-11"),
        ("on Friday", PRESENT, "2024-06-07"),
        # Told on Wednesday, the Friday ahead would be "this Friday": "next Friday" is the one
        # of next week, as is "next Monday".
        ("next Friday", UNKNOWN, "2024-06-14"),
        ("next Monday", UNKNOWN, "2024-06-10"),
        ("next Wednesday", UNKNOWN, "2024-06-12"),
        ("last Friday", UNKNOWN, "2024-05-31"),
        ("Tuesday night", PAST, "2024-06-04"),
    ],
)
def test_bare_weekday_is_the_most_recent_unless_context_looks_ahead(text, tense, value):
    _, resolved = first_date(text, date(2024, 6, 5), tense=tense)
    assert resolved.value == value


def test_day_without_year_takes_the_next_occurrence_in_future_tense():
    _, resolved = first_date("Sept. 20", date(2024, 6, 14), tense=FUTURE)
    assert resolved.value == "2024-09-20"


@pytest.mark.parametrize(
    ("text", "value", "end_value"),
    [
        ("from March 3 to 5, 2025", "2025-03-03", "2025-03-05"),
        ("March 3-5, 2020", "2020-03-03", "2020-03-05"),
        ("between 2019 and 2021", "2019", "2021"),
    ],
)
def test_range_has_a_value_and_an_end_value(text, value, end_value):
    _, resolved = first_date(text, date(2024, 1, 1))
    assert (resolved.value, resolved.end_value) == (value, end_value)


def test_next_day_counts_from_the_date_in_focus():
    _, focus = first_date("on 6 January 2021", date(2021, 1, 8))
    _, resolved = first_date("the next day", date(2021, 1, 8), focus=focus)
    assert resolved.value == "2021-01-07"


@pytest.mark.parametrize(
    "text",
    [
        "for two weeks",
        "$44 billion",
        "4.1 million views",
        "a 78-year-old man",
        "at 8 p.m.",
        "more than 2000 people",
        "Windows 2000",
        "you may leave",
        "they march on",
        '"Sunday Best", a new musical',
        "every Monday",
        "from Tuesday to Sunday",
        "5%",
    ],
)
def test_non_dates_yield_no_date_mention(text):
    assert [m for m in find_mentions(text, RULES) if m.timex_type == "DATE"] == []
