"""Fiscal years, editions and other frames a date is read in. Each case is a text of our own
showing the general behaviour, in French and English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A quarter of a fiscal year across two calendar years, or left unnamed, is no quarter
        # of the calendar, and the split year is no year.
        (
            "Le groupe a publié jeudi le chiffre d'affaires du premier trimestre de l'exercice "
            "2025-2026. Au deuxième trimestre 2025/26, les ventes ont reculé.",
            date(2025, 11, 10),
            "fr",
            {"jeudi": "2025-11-06"},
        ),
        (
            "Les comptes de l'exercice 2025-2026 seront publiés en juin.",
            date(2025, 11, 10),
            "fr",
            {"en juin": "2026-06"},
        ),
        # A fiscal year named by one year follows the calendar in French.
        (
            "Au troisième trimestre de l'exercice 2024, la marge a progressé.",
            date(2025, 11, 10),
            "fr",
            {"Au troisième trimestre de l'exercice 2024": "2024-Q3"},
        ),
        (
            "Profit rose in the first quarter of the financial year. In the third quarter of "
            "2025-26, sales fell. In the second quarter of FY25, margins narrowed. Sales rose "
            "in the third quarter (FY26). In the second quarter of 2025, sales rose.",
            date(2025, 11, 10),
            "en",
            {"In the second quarter of 2025": "2025-Q2"},
        ),
    ],
)
def test_a_quarter_of_a_fiscal_year(text, published, language, expected):
    assert events(text, published, language) == expected
