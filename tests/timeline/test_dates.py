import datetime

import pytest
from django.utils import translation

from timeline.dates import iso_text, span_for, span_text

D = datetime.date


@pytest.mark.parametrize(
    ("start", "end", "precision", "fr", "en"),
    [
        (D(2024, 8, 12), D(2024, 8, 12), "day", "12 août 2024", "12 August 2024"),
        (D(2024, 8, 1), D(2024, 8, 1), "day", "1er août 2024", "1 August 2024"),
        (D(2023, 8, 1), D(2023, 8, 31), "month", "août 2023", "August 2023"),
        (D(2024, 1, 1), D(2024, 12, 31), "year", "2024", "2024"),
        (D(2023, 5, 22), D(2023, 5, 28), "week", "semaine du 22 mai 2023", "week of 22 May 2023"),
        (D(2023, 7, 1), D(2023, 9, 30), "quarter", "3e trimestre 2023", "Q3 2023"),
        (D(2020, 3, 3), D(2020, 3, 5), "day", "3–5 mars 2020", "3–5 March 2020"),
        (D(2020, 3, 1), D(2020, 3, 5), "day", "1er–5 mars 2020", "1–5 March 2020"),
        (
            D(2020, 2, 28),
            D(2020, 3, 3),
            "day",
            "28 février – 3 mars 2020",
            "28 February – 3 March 2020",
        ),
        (
            D(2019, 12, 30),
            D(2020, 1, 2),
            "day",
            "30 décembre 2019 – 2 janvier 2020",
            "30 December 2019 – 2 January 2020",
        ),
        (D(2023, 5, 1), D(2023, 7, 31), "month", "mai – juillet 2023", "May – July 2023"),
        (
            D(2022, 11, 1),
            D(2023, 2, 28),
            "month",
            "novembre 2022 – février 2023",
            "November 2022 – February 2023",
        ),
        (
            D(2023, 1, 1),
            D(2023, 6, 30),
            "quarter",
            "1er trimestre 2023 – 2e trimestre 2023",
            "Q1 2023 – Q2 2023",
        ),
        (D(2019, 1, 1), D(2021, 12, 31), "year", "2019–2021", "2019–2021"),
    ],
)
def test_span_is_written_at_its_precision_in_the_active_language(start, end, precision, fr, en):
    with translation.override("fr"):
        assert span_text(start, end, precision) == fr
    with translation.override("en"):
        assert span_text(start, end, precision) == en


@pytest.mark.parametrize(
    ("day", "precision", "span"),
    [
        (D(2023, 5, 17), "month", (D(2023, 5, 1), D(2023, 5, 31))),
        (D(2024, 2, 10), "month", (D(2024, 2, 1), D(2024, 2, 29))),
        (D(2023, 5, 25), "week", (D(2023, 5, 22), D(2023, 5, 28))),
        (D(2023, 8, 15), "quarter", (D(2023, 7, 1), D(2023, 9, 30))),
        (D(2023, 8, 15), "year", (D(2023, 1, 1), D(2023, 12, 31))),
        (D(2023, 8, 15), "day", (D(2023, 8, 15), D(2023, 8, 15))),
    ],
)
def test_span_for_covers_the_whole_unit(day, precision, span):
    assert span_for(day, precision) == span


@pytest.mark.parametrize(
    ("day", "precision", "iso"),
    [
        (D(2024, 8, 12), "day", "2024-08-12"),
        (D(2023, 5, 22), "week", "2023-W21"),
        (D(2024, 8, 1), "month", "2024-08"),
        (D(2024, 7, 1), "quarter", "2024-Q3"),
        (D(2024, 1, 1), "year", "2024"),
    ],
)
def test_iso_text_writes_the_date_at_its_precision(day, precision, iso):
    assert iso_text(day, precision) == iso
