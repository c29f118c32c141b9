"""Listed days without their article or their month, spans of two days with their hours,
results told of a day, seasons of months with their year over their days, and fixture lists
under their days. Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, spans


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # An enumeration without its "les" runs from its first day to its last.
        (
            "Les vignes ont gelé. 27, 28 et 29 avril, trois nuits de gel intense.",
            date(2017, 10, 12),
            "fr",
            {"27, 28 et 29 avril": ("2017-04-27", "2017-04-29")},
        ),
        # (not numbers that do not rise: a score, a count)
        (
            "Les notes 12, 8 et 15 mai sont là.",
            date(2017, 10, 12),
            "fr",
            {"8": ("2018-05-08", None), "15 mai": ("2018-05-15", None)},
        ),
        # The nights of a run of shows, from the first to the last.
        (
            "Manchester Heaton Park - 11th/12th/19th/20th July 2025",
            date(2024, 8, 27),
            "en",
            {"11th/12th/19th/20th July 2025": ("2025-07-11", "2025-07-20")},
        ),
        # A span of two days with their hours.
        (
            "The advisory runs from 8 p.m. Wednesday through 4 p.m. Thursday for Palm Beach.",
            date(2024, 10, 9),
            "en",
            {"Wednesday through 4 p.m. Thursday": ("2024-10-09", "2024-10-10")},
        ),
        (
            "The advisory runs from Wednesday at 8 p.m. until Thursday at 4 p.m.",
            date(2024, 10, 9),
            "en",
            {"from Wednesday at 8 p.m. until Thursday": ("2024-10-09", "2024-10-10")},
        ),
    ],
)
def test_listed_days_and_spans_with_hours(text, published, language, expected):
    assert spans(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A day of the month in focus after a preposition of time, a place or a medium after it.
        (
            "Des vignerons ont entamé leurs vendanges dès le 2 août dans les Pyrénées-Orientales,"
            " dès le 16 en Gironde, et dès le 23 en Alsace.",
            date(2023, 9, 1),
            "fr",
            {"le 2 août": "2023-08-02", "dès le 16": "2023-08-16", "dès le 23": "2023-08-23"},
        ),
        (
            "Débats en direct le 10 février sur la page de la Ville et en différé à partir du "
            "11 sur le site internet.",
            date(2025, 1, 20),
            "fr",
            {"le 10 février": "2025-02-10", "à partir du 11": "2025-02-11"},
        ),
        # (without a month in focus, a bus line's number or a count is no day)
        (
            "La ligne passe dès le 16 en centre-ville.",
            date(2025, 1, 20),
            "fr",
            {},
        ),
        # Weather named by its month; a participle of "être" read as a noun is a past.
        (
            "La sécheresse de mars est arrivée. Le mauvais temps de juillet a contrarié les "
            "espoirs.",
            date(2021, 8, 5),
            "fr",
            {"de mars": "2021-03", "de juillet": "2021-07"},
        ),
        # (not the noun with its article)
        ("C'est l'arrivée de mars.", date(2021, 8, 5), "fr", {}),
        # Results told of a day: the day is gone.
        (
            "Here are the results of Sunday’s second-round games:",
            date(2024, 6, 3),
            "en",
            {"Sunday": "2024-06-02"},
        ),
        (
            "Voici les résultats des matchs de dimanche.",
            date(2024, 6, 3),
            "fr",
            {"dimanche": "2024-06-02"},
        ),
        # (a fixture still ahead)
        (
            "The team is preparing for Sunday's game.",
            date(2024, 6, 3),
            "en",
            {"Sunday": "2024-06-09"},
        ),
        # An order named by its month.
        (
            "Drake cited President Donald Trump’s January executive orders as a reason.",
            date(2025, 3, 19),
            "en",
            {"January": "2025-01"},
        ),
    ],
)
def test_days_in_focus_weather_results_and_orders(text, published, language, expected):
    assert events(text, published, language) == expected


def test_days_listed_after_a_season_of_months_take_its_year():
    text = (
        "The group will play shows between July and August 2025.\n\n"
        "• Cardiff Principality Stadium - 4th/5th July\n"
        "• Dublin Croke Park - 16th/17th August\n\n"
        "The band last toured in 2009. It played on 4 July."
    )
    found = events(text, date(2024, 8, 27), "en")
    assert found["4th/5th July"] == "2025-07-04"
    assert found["16th/17th August"] == "2025-08-16"
    # (once another year is written, the season no longer holds)
    assert found["on 4 July"] == "2024-07-04"


@pytest.mark.parametrize(
    "text",
    [
        # Under a paragraph that opens the page, the days heading a round's fixtures.
        "Après la victoire de Biarritz sur Perpignan jeudi soir, la première journée de Pro D2 "
        "s'est poursuivie ce vendredi, avec trois matchs au programme, qui se sont tous soldés "
        "par des victoires à quatre points, et Valence-Romans prend provisoirement la tête du "
        "classement après son succès sur Colomiers.\n\nPRO D2 / 1ERE JOURNEE\n\n"
        "Jeudi 3 septembre 2020\n\nBiarritz – Perpignan : 21-12\n\n"
        "Vendredi 4 septembre 2020\n\nVannes – Aurillac : 30-22\n\n"
        "Samedi 5 septembre 2020\n\n21h00 : Grenoble – Nevers\n",
        # Three days of one shape at the head of the page: a list, no stamp.
        "TOP 14 / 1ERE JOURNEE\n\nJeudi 3 septembre 2020\n\nVendredi 4 septembre 2020\n\n"
        "Samedi 5 septembre 2020\n\nLes premiers matchs de cette journée ont été riches en "
        "suspense, avec des victoires par un ou deux points d'écart.",
    ],
)
def test_days_heading_fixtures_are_events(text):
    found = events(text, date(2020, 9, 5), "fr")
    assert found["Jeudi 3 septembre 2020"] == "2020-09-03"
    assert found["Vendredi 4 septembre 2020"] == "2020-09-04"


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A time zone after "a.m." ends no sentence: the plan's tense reaches the backup day.
        (
            "The duo are slated to climb aboard the capsule at 6:25 a.m. HST, with a backup "
            "launch opportunity on Sunday.",
            date(2024, 5, 30),
            "en",
            {"on Sunday": "2024-06-02"},
        ),
        # A byline with its sites, then the day and the hour closing the line: a stamp.
        (
            "Par Johan Moison, France Bleu Armorique et France Bleu Breizh Izel lundi 11 janvier "
            "2016 à 19:02\nLe drame a eu lieu vendredi soir.",
            date(2016, 1, 11),
            "fr",
            {"vendredi soir": "2016-01-08"},
        ),
        # A story's present tells of the day it dated as gone, and its offsets follow.
        (
            "Un automobiliste a causé un accident vendredi dernier. Vendredi soir, ce sont les "
            "vœux du maire. Quelques minutes plus tard, il percute une voiture. Il est "
            "interpellé le lendemain matin.",
            date(2016, 1, 11),
            "fr",
            {
                "vendredi dernier": "2016-01-08",
                "Vendredi soir": "2016-01-08",
                "Quelques minutes plus tard": "2016-01-08",
                "le lendemain matin": "2016-01-09",
            },
        ),
        # (with no such day told, a weekday in the present lies ahead)
        (
            "Vendredi soir, ce sont les vœux du maire.",
            date(2016, 1, 11),
            "fr",
            {"Vendredi soir": "2016-01-15"},
        ),
    ],
)
def test_time_zones_bylines_and_a_storys_present(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A verb the tagger read as a noun: with its reflexive pronoun, or its direct object.
        (
            "Le Critérium du Dauphiné se termine dimanche.",
            date(2022, 6, 8),
            "fr",
            {"dimanche": "2022-06-12"},
        ),
        (
            "United welcome Brighton to Old Trafford on Saturday night, looking to produce "
            "their third straight win.",
            date(2025, 10, 20),
            "en",
            {"on Saturday night": "2025-10-25"},
        ),
        # (a noun of a past sentence keeps its day gone)
        (
            "The welcome of the fans on Saturday night was warm.",
            date(2025, 10, 20),
            "en",
            {"on Saturday night": "2025-10-18"},
        ),
    ],
)
def test_verbs_read_as_nouns(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # The condition of what a modal says may come lies ahead.
        (
            "Chelsea can match the record if they beat Stoke on Dec. 31 and Tottenham on Jan. 4.",
            date(2016, 12, 27),
            "en",
            {"on Dec. 31": "2016-12-31", "on Jan. 4": "2017-01-04"},
        ),
        # (not a condition told in the past perfect)
        (
            "Chelsea could have matched the record if they had beaten Stoke on Dec. 20.",
            date(2016, 12, 27),
            "en",
            {"on Dec. 20": "2016-12-20"},
        ),
        # A day and its update in brackets, glued: a stamp.
        (
            "December 26, 2022 10:45 pm(Updated December 30, 2022 3:08 pm)\nArsenal won on Monday.",
            date(2022, 12, 30),
            "en",
            {"on Monday": "2022-12-26"},
        ),
    ],
)
def test_conditions_ahead_and_updated_stamps(text, published, language, expected):
    assert events(text, published, language) == expected
