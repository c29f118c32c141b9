"""Still more forms of the press: feasts that move with Easter, and the fixed feasts of the
calendar the press names without their date. Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Feasts moving with Easter: the Easter Sunday of the year the tense chooses.
        (
            "The shop reopened on Easter Monday. Good Friday services drew crowds.",
            date(2024, 4, 10),
            "en",
            {"on Easter Monday": "2024-04-01", "Good Friday": "2024-03-29"},
        ),
        (
            "Parliament will rise on Maundy Thursday and sit again after Whit Monday 2025.",
            date(2025, 1, 15),
            "en",
            {"on Maundy Thursday": "2025-04-17", "after Whit Monday 2025": "2025-06-09"},
        ),
        (
            "Le magasin rouvrira le lundi de Pâques. Le vendredi saint, une procession a eu lieu.",
            date(2023, 12, 30),
            "fr",
            {"lundi de Pâques": "2024-04-01", "vendredi saint": "2023-04-07"},
        ),
        (
            "Lundi de Pentecôte 2022, ils ont manifesté. Le mercredi des Cendres, le carnaval "
            "s'est achevé.",
            date(2022, 9, 1),
            "fr",
            {"Lundi de Pentecôte 2022": "2022-06-06", "mercredi des Cendres": "2022-03-02"},
        ),
        # Fixed feasts named without their day.
        (
            "Il était fermé à la Toussaint. La Fête de la musique 2023 a attiré du monde.",
            date(2023, 12, 30),
            "fr",
            {"à la Toussaint": "2023-11-01", "La Fête de la musique 2023": "2023-06-21"},
        ),
        (
            "Veterans marched on Remembrance Day. Wreaths will be laid on Remembrance Sunday.",
            date(2023, 11, 11),
            "en",
            {"on Remembrance Day": "2023-11-11", "on Remembrance Sunday": "2023-11-12"},
        ),
    ],
)
def test_feasts(text, published, language, expected):
    assert events(text, published, language) == expected


def test_a_weekday_in_a_feast_is_not_that_weekday_alone():
    found = events("Sales rose on Easter Monday.", date(2024, 4, 10), "en")
    assert found == {"on Easter Monday": "2024-04-01"}
