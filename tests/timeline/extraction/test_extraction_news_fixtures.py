"""Fixture lists, programmes, schedules and results: the days of a season or a festival told
ahead, opening hours, days set for what comes, and the matches played. Each case is a text of
our own showing the general behaviour, in French and English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Right after a day's number, an abbreviated month may drop its full stop.
        (
            "Le calendrier des Lions\n\nLundi 15 janv : Sénégal vs Gambie\n\n"
            "Vendredi 19 janv : Sénégal vs Cameroun\n\nMardi 23 juil. : Guinée vs Sénégal",
            date(2024, 1, 10),
            "fr",
            {
                "Lundi 15 janv": "2024-01-15",
                "Vendredi 19 janv": "2024-01-19",
                "Mardi 23 juil.": "2024-07-23",
            },
        ),
        # "sept" is a number too: without its full stop it is no month.
        (
            "Le 3 sept. 2024, il a gagné. Il a marqué 3 sept fois de suite.",
            date(2024, 10, 10),
            "fr",
            {"Le 3 sept. 2024": "2024-09-03"},
        ),
    ],
)
def test_an_abbreviated_month_after_a_day(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Days whose weekdays all fall in one year near publication are of that year, even the
        # one near a day just gone of the same name (6 February 2025 was a Thursday).
        (
            "Here is the full list of fixtures for next year's tournament.\n\n"
            "Friday 6 February – Wales v England, 8pm.\n\n"
            "Saturday 7 February – Italy v Scotland, 2.15pm.\n\n"
            "Sunday 8 February – Ireland v France, 3pm.",
            date(2025, 2, 20),
            "en",
            {
                "next year": "2026",
                "Friday 6 February": "2026-02-06",
                "Saturday 7 February": "2026-02-07",
                "Sunday 8 February": "2026-02-08",
            },
        ),
        (
            "Le calendrier de la saison prochaine est connu.\n\n"
            "Vendredi 6 février : Galles - Angleterre\n\n"
            "Samedi 7 février : Italie - Écosse",
            date(2025, 2, 20),
            "fr",
            {"Vendredi 6 février": "2026-02-06", "Samedi 7 février": "2026-02-07"},
        ),
        # Told in the past, they are of the latest past year with that calendar.
        (
            "The hearing was held on Friday 6 February. The verdict came on Saturday 7 February.",
            date(2025, 2, 20),
            "en",
            {"on Friday 6 February": "2015-02-06", "on Saturday 7 February": "2015-02-07"},
        ),
    ],
)
def test_the_year_of_a_list_of_weekdays(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A day set as the predicate of its own clause takes that clause's tense, not the
        # main clause's.
        (
            "On savait depuis un mois que le chanteur s'arrêterait au festival – ce sera le "
            "samedi 29 juin au stade – mais la date restait secrète.",
            date(2019, 4, 9),
            "fr",
            {"le samedi 29 juin": "2019-06-29"},
        ),
        # A word of a name the tagger reads as a verb ("Parfait") tells no tense.
        (
            "Le festival aura lieu du 28 juin au 13 juillet. Avec trois têtes d'affiche : le "
            "Monsieur Parfait Sting (28 juin), Tom Jones (9 juillet) et Quincy Jones (13 "
            "juillet).",
            date(2019, 4, 9),
            "fr",
            {
                "du 28 juin au 13 juillet": "2019-06-28",
                "28 juin": "2019-06-28",
                "9 juillet": "2019-07-09",
                "13 juillet": "2019-07-13",
            },
        ),
    ],
)
def test_the_days_of_a_programme(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A score beside a weekday tells a match played, whatever tense the sentence is in.
        (
            "L'Antwerp, vainqueur du Standard 2-1 vendredi, suit avec 38 unités. Bruges reste "
            "deuxième, reparti victorieux de Gand samedi (0-1).",
            date(2019, 4, 28),
            "fr",
            {"vendredi": "2019-04-26", "samedi": "2019-04-27"},
        ),
        # The competition may stand between the score and the day.
        (
            "Paris est au-dessus de l'Ajax (3-3 en Ligue Europa jeudi).",
            date(2023, 9, 23),
            "fr",
            {"jeudi": "2023-09-21"},
        ),
        # A showing is measured against one gone: "plus réguliers que vendredi".
        (
            "Les Bleus devront être plus réguliers que vendredi, contre la Suisse.",
            date(2024, 1, 28),
            "fr",
            {"vendredi": "2024-01-26"},
        ),
        # Without a score, a present tense looks ahead.
        (
            "Bruges reçoit Gand samedi.",
            date(2019, 4, 28),
            "fr",
            {"samedi": "2019-05-04"},
        ),
    ],
)
def test_a_score_beside_a_day(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # The day that closes a span opened earlier in the sentence comes after the opening.
        (
            "The 24-race season will commence on March 16 in Melbourne and end on December 7 "
            "in Abu Dhabi.",
            date(2024, 4, 12),
            "en",
            {"on March 16": "2025-03-16", "on December 7": "2025-12-07"},
        ),
        (
            "La saison commencera le 16 mars à Melbourne et s'achèvera le 7 décembre à Abou Dhabi.",
            date(2024, 4, 12),
            "fr",
            {"le 16 mars": "2025-03-16", "le 7 décembre": "2025-12-07"},
        ),
        # Without a closing verb, each day is read alone.
        (
            "The season will start on March 16. The awards gala is on December 7.",
            date(2024, 4, 12),
            "en",
            {"on March 16": "2025-03-16", "on December 7": "2024-12-07"},
        ),
    ],
)
def test_the_day_closing_a_span(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Weekdays heading a line of opening hours are every week's.
        (
            "Horaires :\nDu 13 au 31 décembre :\nMardi, jeudi : 14h-18h\nSamedi : 10h à 12h\n"
            "La médiathèque a rouvert mardi.",
            date(2022, 12, 9),
            "fr",
            {"Du 13 au 31 décembre": "2022-12-13", "mardi": "2022-12-06"},
        ),
        (
            "Opening hours:\nTuesday, Thursday: 2pm-6pm\nThe library reopened on Tuesday.",
            date(2022, 12, 9),
            "en",
            {"on Tuesday": "2022-12-06"},
        ),
    ],
)
def test_opening_hours_are_no_days(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A day set "as the date" of what comes: the calendar places it, whatever the tense of
        # the setting.
        (
            "The president has proclaimed August 23 as the date for the harmonised elections.",
            date(2023, 5, 31),
            "en",
            {"August 23": "2023-08-23"},
        ),
        (
            "Le médiateur a cité le mois de novembre comme possible date pour les pourparlers.",
            date(2015, 9, 16),
            "fr",
            {"le mois de novembre": "2015-11"},
        ),
        # A span measured from now is no date: "for up to two weeks from today", "for the next
        # month".
        (
            "The road will shut for up to two weeks from today until July 26. Traffic will "
            "only travel northbound for the next month. The decision is due next month.",
            date(2019, 7, 15),
            "en",
            {"today": "2019-07-15", "until July 26": "2019-07-26", "next month": "2019-08"},
        ),
    ],
)
def test_days_set_for_what_comes_and_spans_from_now(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A relative year after a list of days gives them their year and dates nothing alone.
        (
            "The band will play Croke Park on August 29 and 30 next year.",
            date(2023, 7, 20),
            "en",
            {"on August 29": "2024-08-29"},
        ),
        # A later month told ahead in the paragraph of a year ahead is of that year.
        (
            "La chanteuse se rendra aussi à Lyon le 2 juin 2024. Sa tournée européenne "
            "s'achèvera le 17 août à Londres.",
            date(2023, 6, 20),
            "fr",
            {"le 2 juin 2024": "2024-06-02", "le 17 août": "2024-08-17"},
        ),
        (
            "The singer will also play Lyon on June 2, 2024. Her European tour will end on "
            "August 17 in London.",
            date(2023, 6, 20),
            "en",
            {"on June 2, 2024": "2024-06-02", "on August 17": "2024-08-17"},
        ),
        # Told in this year's paragraph, the calendar decides.
        (
            "La chanteuse se rendra à Lyon le 2 juin. Sa tournée s'achèvera le 17 août.",
            date(2023, 6, 20),
            "fr",
            {"le 2 juin": "2024-06-02", "le 17 août": "2023-08-17"},
        ),
    ],
)
def test_the_year_of_days_told_ahead(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Weekdays beside weekdays in the plural make a weekly timetable.
        (
            "Group A will attend school on Mondays and Tuesdays and study online on Wednesday, "
            "Thursday and Friday. Classes resume on Wednesday.",
            date(2020, 8, 24),
            "en",
            {"on Wednesday": "2020-08-26"},
        ),
        (
            "Le groupe A viendra les lundis et mardis, le groupe B jeudi et vendredi. Les cours "
            "reprennent mercredi.",
            date(2020, 8, 24),
            "fr",
            {"mercredi": "2020-08-26"},
        ),
        # Nothing is put off until the day it is told: "until Monday" told on a Monday is the
        # next one.
        (
            "The schools will delay the first day until Monday, the district said Monday evening.",
            date(2020, 8, 24),
            "en",
            {"Monday": "2020-08-31", "Monday evening": "2020-08-24"},
        ),
        (
            "Les écoles resteront fermées jusqu'à lundi, a annoncé le rectorat.",
            date(2020, 8, 24),
            "fr",
            {"lundi": "2020-08-31"},
        ),
    ],
)
def test_timetables_and_days_put_off(text, published, language, expected):
    assert events(text, published, language) == expected
