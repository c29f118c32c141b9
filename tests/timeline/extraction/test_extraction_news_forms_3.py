"""Still more forms of the press: feasts that move with Easter, the fixed feasts of the
calendar the press names without their date, older years, nights, happenings told again by a
pronoun. Each case is a text of our own."""

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


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # The holidays around a feast are no day of it.
        (
            "Les cas baissent avec les congés scolaires de la Toussaint. Ils ont passé la nuit "
            "du Nouvel An à pomper l'eau.",
            date(2024, 1, 20),
            "fr",
            {"la nuit du Nouvel An": "2023-12-31"},
        ),
        # An older year closing its clause (not a quantity).
        (
            "Inauguré en 1793, le musée est l'un des plus vieux. Le livre s'est vendu en 1500 "
            "exemplaires.",
            date(2021, 4, 8),
            "fr",
            {"en 1793": "1793"},
        ),
        (
            "Opened in 1793, the museum is old. It sold in 1500 homes.",
            date(2021, 4, 8),
            "en",
            {"in 1793": "1793"},
        ),
        # One night, told by its two days: its first.
        (
            "Les gelées records de la nuit de mardi à mercredi ont détruit la vigne.",
            date(2021, 4, 8),
            "fr",
            {"de la nuit de mardi à mercredi": "2021-04-06"},
        ),
        # A happening told again by a pronoun, or named an episode, dated by its month.
        (
            "348 communes sont reconnues pour l'épisode de novembre et 169 pour celui de janvier.",
            date(2024, 1, 20),
            "fr",
            {"de novembre": "2023-11", "de janvier": "2024-01"},
        ),
        # Amounts compared with the usual tell no habit.
        (
            "Il est tombé 267 millimètres de pluie depuis le 18 octobre (contre 89 "
            "habituellement).",
            date(2024, 1, 20),
            "fr",
            {"le 18 octobre": "2023-10-18"},
        ),
        # A past participle right after its noun, read by the parser as the root.
        (
            "Dans la Vienne, le mouvement débuté ce samedi se prolonge jusqu'au 5 janvier.",
            date(2022, 12, 29),
            "fr",
            {"ce samedi": "2022-12-24", "5 janvier": "2023-01-05"},
        ),
        # "La nuit dernière" as "last night".
        (
            "La nuit dernière, vers 2 h 43, des policiers ont aperçu un véhicule volé.",
            date(2023, 11, 23),
            "fr",
            {"La nuit dernière": "2023-11-22"},
        ),
        # A past participle opening the sentence tells a deed done, whatever the main
        # clause's time; a plan's lies ahead.
        (
            "Nommé par Emmanuel Macron le 5 septembre, il devient le chef de gouvernement le "
            "plus éphémère. Prévu le 3 février, le vote sera serré.",
            date(2024, 12, 5),
            "fr",
            {"le 5 septembre": "2024-09-05", "le 3 février": "2025-02-03"},
        ),
        (
            "Appointed by the president on Sept. 5, he becomes the shortest-serving premier. "
            "Scheduled for Feb. 3, the vote will be close.",
            date(2024, 12, 5),
            "en",
            {"on Sept. 5": "2024-09-05", "for Feb. 3": "2025-02-03"},
        ),
        # A day or a month set before the happening it dates takes the calendar's year, not
        # the verb's time; a deed keeps it.
        (
            "City Council voted Monday night to OK street closures for the Sept. 19 event. "
            "Before council OK'd the plans for its September return, Nelson asked questions. "
            "Police said the Sept. 3 attack left two dead.",
            date(2021, 8, 3),
            "en",
            {
                "Monday night": "2021-08-02",
                "Sept. 19": "2021-09-19",
                "September": "2021-09",
                "Sept. 3": "2020-09-03",
            },
        ),
        # A quarter written with a hyphen; a record's baseline is no event.
        (
            "L'inflation s'est établie à 0,6 % au T2-2025. C'est le mois de juin le plus sec "
            "depuis 1900. Il vit à Lyon depuis 1990. C'est le plus chaud depuis le début des "
            "relevés en 1873.",
            date(2025, 8, 1),
            "fr",
            {
                "T2-2025": "2025-Q2",
                "le mois de juin": "2025-06",
                "depuis 1990": "1990",
                "en 1873": "1873",
            },
        ),
        (
            "Deficiencies (totals in the lowest 10% of periods since 1900) emerged. He has lived "
            "there since 1990. Unemployment is the lowest recorded since 2006.",
            date(2023, 9, 5),
            "en",
            {"since 1990": "1990", "since 2006": "2006"},
        ),
        # A weekday a day or two off its date, told beside publication: the weekday slipped.
        (
            "Quatre accords ont été signés à l'hôtel, ce jeudi 26 avril.",
            date(2017, 4, 27),
            "fr",
            {"ce jeudi 26 avril": "2017-04-26"},
        ),
        # "hier, lundi,": one day named twice.
        (
            "Après s'être limitée au secondaire hier, lundi, la grève s'étend aujourd'hui.",
            date(2010, 9, 14),
            "fr",
            {"hier": "2010-09-13", "aujourd'hui": "2010-09-14"},
        ),
        # Put back to a date: it lies ahead.
        (
            "The closures have now been put back until November.",
            date(2019, 3, 8),
            "en",
            {"until November": "2019-11"},
        ),
        # A year judged as a whole is a year; a model year or a season's is not one alone.
        (
            "After a lean 2016 and a knee injury, he returned. He drove a 2016 Pontiac.",
            date(2017, 5, 8),
            "en",
            {"a lean 2016": "2016"},
        ),
        # A yearly time told by its year leaves the other days of its sentence theirs.
        (
            "« La rentrée 2023 est raisonnable », déclare, le 12 mai, le maire. Les vendanges "
            "2022 ont débuté.",
            date(2021, 6, 3),
            "fr",
            {"La rentrée 2023": "2023", "le 12 mai": "2021-05-12", "Les vendanges 2022": "2022"},
        ),
    ],
)
def test_years_nights_and_happenings(text, published, language, expected):
    assert events(text, published, language) == expected
