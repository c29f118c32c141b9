"""More forms of the press and the times they tell: days written by their numbers alone,
deaths told with the age, idioms of the month and the week, captions, clauses of their own.
Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A day and its month in brackets or after "le", the year left to the reader; a
        # one-digit month in brackets is a share.
        (
            "À Mons, le Théâtre royal attend Lou (28/05), Sofiane Pamart (30/06). Saule sera au "
            "Manège le 10/11. Le score (3/4) reste serré.",
            date(2023, 5, 20),
            "fr",
            {"28/05": "2023-05-28", "30/06": "2023-06-30", "10/11": "2023-11-10"},
        ),
        # The day of a death told with the age is gone, even where the month comes later in
        # the year.
        (
            "Ils nous ont quittés. Claude Michaud (21 février, 77 ans) Acteur de séries. Pierre "
            "Lalonde (21 juin, 75 ans) Chanteur.",
            date(2016, 1, 10),
            "fr",
            {"21 février": "2015-02-21", "21 juin": "2015-06-21"},
        ),
        (
            "Those we lost. Leonard Knight (Feb. 21, aged 77), sculptor.",
            date(2016, 1, 10),
            "en",
            {"Feb. 21": "2015-02-21"},
        ),
        # "last evening", "come November", "the week ended 30th June 2023".
        (
            "The final approval for the concert was given last evening (Fri).",
            date(2021, 7, 3),
            "en",
            {"last evening": "2021-07-02"},
        ),
        (
            "Walker will square off with Evers come November.",
            date(2018, 6, 1),
            "en",
            {"come November": "2018-11"},
        ),
        (
            "The All-Share Index rose 1.2% to close at 60,968.27 in the week ended 30th June 2023.",
            date(2023, 7, 2),
            "en",
            {"the week ended 30th June 2023": "2023-W26"},
        ),
        # Québec's weekend: "la fin de semaine dernière".
        (
            "Les fortes pluies de la fin de semaine dernière ont occasionné des dégâts.",
            date(2023, 10, 30),
            "fr",
            {"la fin de semaine dernière": "2023-W43"},
        ),
        # A weekday and its part of the day told again by the bracketed day.
        (
            "Landfall is expected on either Saturday evening (Nov. 16) or Sunday early morning "
            "(Nov. 17).",
            date(2024, 11, 16),
            "en",
            {"Nov. 16": "2024-11-16", "Nov. 17": "2024-11-17"},
        ),
        # A deictic word written as a name within the sentence: a newspaper.
        (
            "The agency told Today last week that 2,000 households had been fined.",
            date(2016, 10, 26),
            "en",
            {"last week": "2016-W42"},
        ),
        # The same time a year back; a day of the month in focus, said so.
        (
            "Fans camped out in front of the store, as they did this time last year.",
            date(2015, 9, 10),
            "en",
            {"this time last year": "2014-09"},
        ),
        (
            "Les files d'attente étaient aussi longues à la même époque l'an dernier.",
            date(2015, 9, 10),
            "fr",
            {"à la même époque l'an dernier": "2014-09"},
        ),
        (
            "Le premier tour a eu lieu le 9 octobre, le second le 22 du même mois.",
            date(2022, 11, 2),
            "fr",
            {"le 9 octobre": "2022-10-09", "le 22 du même mois": "2022-10-22"},
        ),
        (
            "The first round was held on October 9, and the second on the 22nd of the same month.",
            date(2022, 11, 2),
            "en",
            {"on October 9": "2022-10-09", "on the 22nd of the same month": "2022-10-22"},
        ),
        # Things made or registered before a year: a bound, nobody's event.
        (
            "Les véhicules Crit'air 4 (ceux immatriculés avant 2006) sont interdits depuis lundi.",
            date(2018, 8, 8),
            "fr",
            {"lundi": "2018-08-06"},
        ),
        (
            "Diesel cars registered before 2006 were banned from the city centre on Monday.",
            date(2018, 8, 8),
            "en",
            {"on Monday": "2018-08-06"},
        ),
        # British statistics: "the three months to June" is the quarter that month closes,
        # "the year to May" that month.
        (
            "Regular wage growth was 5.4 per cent over the three months to June.",
            date(2024, 8, 13),
            "en",
            {"over the three months to June": "2024-Q2"},
        ),
        (
            "Prices rose at an average rate of 3.4% in the year to May.",
            date(2024, 6, 18),
            "en",
            {"in the year to May": "2024-05"},
        ),
        # A day something is moved to lies ahead.
        (
            "Le quine à thème habituel est déplacé au 21 octobre.",
            date(2023, 3, 6),
            "fr",
            {"21 octobre": "2023-10-21"},
        ),
        # Days in brackets after names keep the list's order into the next year.
        (
            "À Mons, le Théâtre royal attend Lou (28/05), Sofiane Pamart (30/06), Typh Barrow "
            "(21/12), Hooverphonic (13/01) et Saule (4/04).",
            date(2023, 5, 20),
            "fr",
            {
                "28/05": "2023-05-28",
                "30/06": "2023-06-30",
                "21/12": "2023-12-21",
                "13/01": "2024-01-13",
                "4/04": "2024-04-04",
            },
        ),
    ],
)
def test_forms_of_days_months_and_weeks(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A photo's caption tells in the present what it shows, a day gone.
        (
            "Defence lawyer Darren Robinson (left) and Constable Toby Mitchell leave the "
            "courthouse on Monday.",
            date(2021, 4, 21),
            "en",
            {"on Monday": "2021-04-19"},
        ),
        (
            "Me Claire Dupont (à gauche) quitte le palais de justice lundi.",
            date(2021, 4, 21),
            "fr",
            {"lundi": "2021-04-19"},
        ),
        # Unless it writes a future.
        (
            "The trial (pictured) will resume on Monday.",
            date(2021, 4, 21),
            "en",
            {"on Monday": "2021-04-26"},
        ),
        # A date opening a clause of its own takes its own verb's time, not the time of the
        # date coordinated before it.
        (
            "The team was crowned world champion in June, and on Sunday they will feature in "
            "the final.",
            date(2021, 11, 12),
            "en",
            {"in June": "2021-06", "on Sunday": "2021-11-14"},
        ),
        # "a" read as the verb and the participle as an adjective: a perfect, a deed done.
        (
            "Ce que la firme avait refusé de confirmer. Jeudi, l’équipe des communications n’a "
            "même pas répondu aux demandes d’entrevue.",
            date(2021, 2, 12),
            "fr",
            {"Jeudi": "2021-02-11"},
        ),
        # A past participle on a noun dated by the day after it: a deed done; not a plan's.
        (
            "Dans une vidéo diffusée dans la nuit de vendredi à samedi, les deux ministres "
            "affirment que tout est prêt pour accueillir samedi après-midi les délégations.",
            date(2024, 6, 15),
            "fr",
            {"dans la nuit de vendredi à samedi": "2024-06-14", "samedi après-midi": "2024-06-15"},
        ),
        (
            "Le concert prévu samedi est annulé.",
            date(2024, 6, 13),
            "fr",
            {"samedi": "2024-06-15"},
        ),
        # "ahead of Saturday's clash" in a clause that looks ahead.
        (
            "Both sides will be feeling the pressure to win ahead of Saturday's clash in Auckland.",
            date(2025, 9, 1),
            "en",
            {"Saturday": "2025-09-06"},
        ),
    ],
)
def test_times_told_by_captions_clauses_and_happenings_ahead(text, published, language, expected):
    assert events(text, published, language) == expected
