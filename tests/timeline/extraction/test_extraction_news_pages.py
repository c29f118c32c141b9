"""The page around an article: the stamps that say when it was put online. Each case is a text
of our own showing the general behaviour, in French and English."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A line stamping the page is no event of the story.
        (
            "Début du procès de Cheyres\n\nLe procès a débuté lundi devant le tribunal.\n\n"
            "Publié le 13.09.2021\n\nLe prévenu avait été arrêté en 2017.",
            date(2021, 9, 13),
            "fr",
            {"lundi": "2021-09-13", "en 2017": "2017"},
        ),
        (
            "Attaque lors d'un festival\n\n18.05.2022, 18:30\n\nLes faits se seraient produits "
            "le 15 mai dernier.",
            date(2022, 5, 18),
            "fr",
            {"le 15 mai dernier": "2022-05-15"},
        ),
        (
            "Council approves budget\n\nPublished: March 3, 2024 at 9:41 a.m.\n\nThe council "
            "approved the budget on Tuesday.",
            date(2024, 3, 3),
            "en",
            {"on Tuesday": "2024-02-27"},
        ),
        # A machine's timestamps, a byline with its address and a banner of the page's age.
        (
            "Le maire dit oui\n\nJean Dupont\n\n2022-01-17T19:43:33Z\n2022-01-17T20:59:19Z\n\n"
            "Le conseil a voté le 12 janvier.",
            date(2022, 1, 17),
            "fr",
            {"le 12 janvier": "2022-01-12"},
        ),
        (
            "Les travaux commenceront au printemps\n\nKarine Dupont (karine.dupont@journal.fr) "
            "- 18 oct. 2019 à 19:00 - Temps de lecture :\n\nLes élus ont validé le calendrier "
            "jeudi soir.",
            date(2019, 10, 18),
            "fr",
            {"jeudi soir": "2019-10-17"},
        ),
        (
            "Rain hits the city\nThis was published 6 years ago\nThe council met on Tuesday, "
            "March 6, 2018.",
            date(2018, 3, 7),
            "en",
            {"on Tuesday, March 6, 2018": "2018-03-06"},
        ),
        # A byline with its stamp, a day and its time alone on a line, a stamp in lower case.
        (
            "Biden signs order\nBy Kevin Bogardus, Kelsey Brugger | 06/14/2023 01:58 PM EDT\n"
            "Nov. 7, 2016 6:30 am\nPresident Joe Biden spoke Tuesday. By 2030, the plan will "
            "be done.",
            date(2023, 6, 14),
            "en",
            {"Tuesday": "2023-06-13", "By 2030": "2030"},
        ),
        (
            "Titre\npublié le 11 mars 2025 à 19h46\nPar Jean Dupont | 11 mars 2025\nL'Arcom a "
            "publié mardi 11 mars son appel.",
            date(2025, 3, 11),
            "fr",
            {"mardi 11 mars": "2025-03-11"},
        ),
        # Numeric stamps with their time, and "Ce contenu a été publié le ...".
        (
            "Titre\nPar 22/05/2023 - 12:37\nLe 13/08/2018 à 18:27Mis à jour Le 13/08/2018 à "
            "19:15\nCe contenu a été publié le 23 septembre 2018 17:59\nLe procès s'ouvre lundi.",
            date(2023, 5, 22),
            "fr",
            {"lundi": "2023-05-22"},
        ),
        # A full day alone on the page's first line is the page's date.
        (
            "Friday, January 6, 2023\nCongress fails again\nThe House adjourned on Thursday "
            "without electing a speaker.",
            date(2023, 1, 6),
            "en",
            {"on Thursday": "2023-01-05"},
        ),
        (
            "/ 6 December 2022\n\nParties agreed on Monday to postpone the debate.",
            date(2022, 12, 6),
            "en",
            {"on Monday": "2022-12-05"},
        ),
        # A sentence that opens on the same word is the story's.
        (
            "Published in 1998, the novel sold a million copies by 2001.",
            date(2024, 3, 3),
            "en",
            {"in 1998": "1998", "by 2001": "2001"},
        ),
    ],
)
def test_a_page_stamp_is_no_event(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "weekday_day"),
    [
        # Without a publication date given, the page's stamp is the publication date.
        (
            "Début du procès\n\nPublié le 13.09.2021\n\nLe procès a débuté lundi.",
            "fr",
            date(2021, 9, 13),
            "2021-09-13",
        ),
        (
            "Council approves budget\n\nUpdated March 7, 2024\n\nThe council met on Tuesday.",
            "en",
            date(2024, 3, 7),
            "2024-03-05",
        ),
    ],
)
def test_a_page_stamp_dates_the_article(text, language, published, weekday_day):
    extraction = extract(text, published_on=None, language=language)
    assert extraction.published_on == published
    assert extraction.is_published_on_inferred
    assert [event.value for event in extraction.events] == [weekday_day]
