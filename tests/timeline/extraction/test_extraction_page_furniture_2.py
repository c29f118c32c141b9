"""More stamps, bylines and datelines set around a story, and names that look like days: no
event of the story, and the story keeps its own dates. Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A stamp in brackets, and one that was posted or updated.
        (
            "Court docket\n(Last modified: 2019-03-14 10:02:11)\nThe judge heard pleas on Monday.",
            date(2019, 3, 14),
            "en",
            {"on Monday": "2019-03-11"},
        ),
        (
            "Trial set\nPosted/updated on: March 14, 2019 at 4:05 pm\nThe trial opens on Monday.",
            date(2019, 3, 14),
            "en",
            {"on Monday": "2019-03-18"},
        ),
        # A day run into its byline behind a bar, the byline closed by a stop.
        (
            "Driver jailed\nApril 2, 1998|By Ann Lee, Staff Writer.\nThe crash happened on Jan. 3.",
            date(1998, 4, 2),
            "en",
            {"on Jan. 3": "1998-01-03"},
        ),
        # A page counting back: alone on its line, or after the author before its day and time.
        (
            "Officer shot\nBy Associated Press\n 3 days ago\nThe officer was shot on Dec. 14.",
            date(2021, 12, 30),
            "en",
            {"on Dec. 14": "2021-12-14"},
        ),
        (
            "Leader quits\nAmir Khan 5 minutes ago Wed 03rd March 2021 | 04:10 PM\nHe quit on "
            "Wednesday.",
            date(2021, 3, 3),
            "en",
            {"on Wednesday": "2021-03-03"},
        ),
        # A dateline with its source and its day in brackets, closed by a colon.
        (
            "Lima, Mar 3 (News Agency / Daily - 3rd Mar, 2021 ) :The minister resigned on Tuesday.",
            date(2021, 3, 3),
            "en",
            {"on Tuesday": "2021-03-02"},
        ),
        # The day, its time and the author.
        (
            "Le derby\nmercredi 6 mars 2024 - 22:40 - Paul MARTIN\nLe match a été joué mardi.",
            date(2024, 3, 6),
            "fr",
            {"mardi": "2024-03-05"},
        ),
        # A numeric day and its time before a dateline and its source.
        (
            "04/09/2019 – 18H30 Brest (Ouest-info.fr) La saison reprend le 14 septembre.",
            date(2019, 9, 4),
            "fr",
            {"le 14 septembre": "2019-09-14"},
        ),
        # The print edition an article appeared in.
        (
            "La salle rouvre le 3 octobre.\nArticle publié dans Le Petit Journal du 12 septembre "
            "2025",
            date(2025, 9, 13),
            "fr",
            {"le 3 octobre": "2025-10-03"},
        ),
        (
            "The hall reopens on Oct. 3.\nA version of this article appears in print on Sept. 12, "
            "2025",
            date(2025, 9, 13),
            "en",
            {"on Oct. 3": "2025-10-03"},
        ),
        # A machine's stamp run on after the author's name.
        (
            "Session budgétaire\nJeanne Roy2024-10-21T12:24:54+02:00|Catégories : Actu\nLe budget "
            "a été voté le 18 octobre.",
            date(2024, 10, 21),
            "fr",
            {"le 18 octobre": "2024-10-18"},
        ),
        # A machine's day after the word that stamps it; an author's name before a day alone.
        (
            "Schools reopen on Sept. 5, officials said, and last updated 2016-05-16 23:25:30-04",
            date(2016, 5, 16),
            "en",
            {"on Sept. 5": "2016-09-05"},
        ),
        (
            "Rugby weekend\nAlex Brown 11/06/2018\nEngland lost on Saturday.",
            date(2018, 6, 11),
            "en",
            {"on Saturday": "2018-06-09"},
        ),
        # Datelines: the agency before the day; the state in brackets after the place, behind
        # the date a page store writes before the page. The story's own day dates the sentence.
        (
            "BOSTON (Reuters) Jan 09 - The mayor declared an emergency on Wednesday.",
            date(2013, 1, 9),
            "en",
            {"on Wednesday": "2013-01-09"},
        ),
        (
            "date 2023-07-31 Aligarh (UP), Jul 31 (PTI) Students protested on Monday.",
            date(2023, 7, 31),
            "en",
            {"on Monday": "2023-07-31"},
        ),
        # A day and its time to the second; an archive's printed page; a time stamp in
        # brackets before the dateline.
        (
            "Talks resume\nOctober 14, 2025 00:00:00\nThe envoys met on Monday.",
            date(2025, 10, 14),
            "en",
            {"on Monday": "2025-10-13"},
        ),
        (
            "The board voted on Monday.\nThe Daily News, Pages 1, 9 on 09/23/2009",
            date(2009, 9, 23),
            "en",
            {"on Monday": "2009-09-21"},
        ),
        (
            "[16/09/2014 06:43:24] Roissy (AFP) Le calme régnait mardi matin à l'aéroport.",
            date(2014, 9, 16),
            "fr",
            {"mardi matin": "2014-09-16"},
        ),
        # A line counting back to the second, its day and time after it.
        (
            "Summit back on\n3 hours 13 minutes 56 seconds ago Monday, June 04 2018 Jun 4, 2018 "
            "in News\nThe talks were announced on Friday.",
            date(2018, 6, 4),
            "en",
            {"on Friday": "2018-06-01"},
        ),
        # A dateline behind an update's note; a day behind a bullet on the page's head.
        (
            "(Actualisé avec verdict) RENNES, 26 octobre (Reuters) - L'accusé a été condamné "
            "lundi en appel.",
            date(2015, 10, 26),
            "fr",
            {"lundi": "2015-10-26"},
        ),
        (
            "Le mercato fait une pause\n·10 juin 2025\nLe marché a rouvert le 2 juin.",
            date(2025, 6, 10),
            "fr",
            {"le 2 juin": "2025-06-02"},
        ),
        # Stamps a story or an issue puts first; links behind "ALSO READ|".
        (
            "Derby won\nStory first published: 3rd June 2018\nCity won on Saturday.",
            date(2018, 6, 3),
            "en",
            {"on Saturday": "2018-06-02"},
        ),
        (
            "Crop report\nIssue Date: August 5, 2009\nGrowers met on Monday.",
            date(2009, 8, 5),
            "en",
            {"on Monday": "2009-08-03"},
        ),
        (
            "Rice sowing lagged in June.\nALSO READ| Heat alert in Delhi lifted by June 27",
            date(2022, 7, 4),
            "en",
            {"in June": "2022-06"},
        ),
        # A newspaper's edition; a day and time before its update, after the paper's name.
        (
            "Les faits divers de l'édition du 11 novembre 2017\nLe feu a pris jeudi.",
            date(2017, 11, 11),
            "fr",
            {"jeudi": "2017-11-09"},
        ),
        (
            "L'Alsace - 07 août 2023 à 18:09 | mis à jour le 07 août 2023 à 23:22 - Le feu a "
            "pris lundi.",
            date(2023, 8, 7),
            "fr",
            {"lundi": "2023-08-07"},
        ),
        # Bylines with a day: a dash for the author, or the author's name before the weekday.
        (
            "By: - May 16, 2003 12:00 am\nThe spill happened on Monday.",
            date(2003, 5, 16),
            "en",
            {"on Monday": "2003-05-12"},
        ),
        (
            "By Michelle Hennessy Friday 7 Jun 2019, 8:56 AM\nGardaí were called on Thursday.",
            date(2019, 6, 7),
            "en",
            {"on Thursday": "2019-06-06"},
        ),
        (
            "ThinkProgress | March 10, 2015 | Post by Emily Atkin\nThe spill began on Monday.",
            date(2015, 3, 10),
            "en",
            {"on Monday": "2015-03-09"},
        ),
        (
            "The grid failed on Monday.\nRead Here: Power Grid Records Seventh Collapse In 2018",
            date(2018, 5, 2),
            "en",
            {"on Monday": "2018-04-30"},
        ),
        # A release's dateline, behind the month a page store writes; a day and its time
        # between dashes after the paper's name; a link behind "Read:".
        (
            "date 2018-02 PAPEETE, le 12 février 2018 - Les archipels sont en alerte depuis lundi.",
            date(2018, 2, 14),
            "fr",
            {"lundi": "2018-02-12"},
        ),
        (
            "Tahiti, le 7 novembre 2022 – Les pompiers sont intervenus samedi.",
            date(2022, 11, 7),
            "fr",
            {"samedi": "2022-11-05"},
        ),
        (
            "Le Progrès - 03 août 2016 à 05:00 - Temps de lecture : 2 min\nLe club a gagné "
            "dimanche.",
            date(2016, 8, 3),
            "fr",
            {"dimanche": "2016-07-31"},
        ),
        (
            "Housing starts fell in July.\nRead: Housing starts up in June",
            date(2013, 8, 10),
            "en",
            {"in July": "2013-07"},
        ),
        # A company named by a weekday and a part of the day, wherever the text writes it.
        (
            "Tuesday Morning (NASDAQ:TUES) released its results on Wednesday. Tuesday Morning "
            "stock fell. About Tuesday Morning\nTuesday Morning Corporation is a retailer.",
            date(2020, 2, 6),
            "en",
            {"on Wednesday": "2020-02-05"},
        ),
        # An evening of the month told, not today's.
        (
            "Ce soir de janvier 2017, le prévenu suivait la voiture d'un ami.",
            date(2021, 10, 29),
            "fr",
            {"janvier 2017": "2017-01"},
        ),
    ],
)
def test_page_furniture_and_names_are_no_event(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Told in prose, the same words keep their day.
        (
            "He was arrested 3 days ago.\nThe storm hit early Tuesday Morning, and no one was "
            "hurt.",
            date(2020, 2, 6),
            "en",
            {"3 days ago": "2020-02-03", "early Tuesday Morning": "2020-02-04"},
        ),
        (
            "Ce soir, les fans attendent. La rentrée 2023 sera difficile.",
            date(2022, 10, 29),
            "fr",
            {"Ce soir": "2022-10-29", "La rentrée 2023": "2023"},
        ),
        # Three days with their time alone on their lines are a list of deadlines, no stamps.
        (
            "Les dates limites :\nJeudi 23 mai 2024 à 23h59\nJeudi 30 mai 2024 à 23h59\n"
            "Jeudi 6 juin 2024 à 23h59",
            date(2024, 4, 10),
            "fr",
            {
                "Jeudi 23 mai 2024": "2024-05-23",
                "Jeudi 30 mai 2024": "2024-05-30",
                "Jeudi 6 juin 2024": "2024-06-06",
            },
        ),
        # An ordinal's letters in superscript.
        (
            "Les soldes se termineront vendredi 1ᵉʳ juin.",
            date(2024, 1, 2),
            "fr",
            {"vendredi 1ᵉʳ juin": "2024-06-01"},
        ),
    ],
)
def test_the_story_keeps_its_own_dates(text, published, language, expected):
    assert events(text, published, language) == expected


def test_an_events_sentence_holds_the_quote_its_stop_closes():
    text = (
        "Talks resumed.\nHe said “the process will begin on June 12 in Singapore.”\nThen he left."
    )
    extraction = extract(text, published_on=date(2018, 6, 2), language="en")
    assert [event.sentence for event in extraction.events] == [
        "He said “the process will begin on June 12 in Singapore.”"
    ]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # A compass point's initial ends no sentence; a line broken after a comma goes on.
        (
            "Summit with N. Korean leader will occur June 12 in Singapore\nThe talks resumed.",
            "Summit with N. Korean leader will occur June 12 in Singapore",
        ),
        (
            "SpaceX flew again.\nThe rocket was launched from the Kennedy Space Centre, Fla.,\n"
            "on Tuesday 12:33 am EST. It carried a satellite.",
            "The rocket was launched from the Kennedy Space Centre, Fla.,\n"
            "on Tuesday 12:33 am EST.",
        ),
        (
            "Fatal crash\nPolice can confirm one person has died following a crash\nin "
            "Greenhithe this morning.\nThe road is closed.",
            "Police can confirm one person has died following a crash\nin Greenhithe this morning.",
        ),
    ],
)
def test_an_events_sentence_runs_over_initials_and_broken_lines(text, sentence):
    extraction = extract(text, published_on=date(2018, 6, 2), language="en")
    assert [event.sentence for event in extraction.events] == [sentence]
