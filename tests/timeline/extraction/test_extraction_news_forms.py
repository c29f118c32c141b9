"""Forms of dates the press writes, and how far a story moves between them. Each case is a
text of our own showing the general behaviour, in French and English."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A fortnight is two weeks.
        (
            "The stadium was re-opened a fortnight ago by the President.",
            date(2020, 10, 5),
            "en",
            {"a fortnight ago": "2020-W39"},
        ),
        (
            "On March 2 the talks broke down. They resumed a fortnight later.",
            date(2020, 10, 5),
            "en",
            {"On March 2": "2020-03-02", "a fortnight later": "2020-W12"},
        ),
        # An abbreviated month's full stop may stand for the space before the day.
        (
            "The board went into closed session for four hours on Aug.23 to discuss a letter.",
            date(2019, 9, 7),
            "en",
            {"on Aug.23": "2019-08-23"},
        ),
        # "This past year" is the last one; a calendar year is a year.
        (
            "This past year was a busy one for road crews.",
            date(2024, 1, 5),
            "en",
            {"This past year": "2023"},
        ),
        (
            "Calendar year 2024 is a year of elections. Turnout fell in the last calendar year.",
            date(2024, 3, 1),
            "en",
            {"Calendar year 2024": "2024", "the last calendar year": "2023"},
        ),
        # A weekday and its week name one day.
        (
            "The senators will try him from Wednesday next week.",
            date(2020, 10, 5),
            "en",
            {"Wednesday next week": "2020-10-14"},
        ),
        (
            "The debate was postponed until next week Tuesday.",
            date(2022, 12, 6),
            "en",
            {"next week Tuesday": "2022-12-13"},
        ),
        (
            "He was arrested on Monday of last week.",
            date(2020, 10, 8),
            "en",
            {"on Monday of last week": "2020-09-28"},
        ),
        (
            "Le procès s'ouvrira mercredi de la semaine prochaine.",
            date(2020, 10, 5),
            "fr",
            {"mercredi de la semaine prochaine": "2020-10-14"},
        ),
        (
            "Il avait été interpellé lundi de la semaine dernière.",
            date(2020, 10, 8),
            "fr",
            {"lundi de la semaine dernière": "2020-09-28"},
        ),
    ],
)
def test_press_forms(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # An uncounted time on ("days later") leaves no day to count hours or days from.
        (
            "On November 17, the court upheld the verdict. Controversy trailed the verdict "
            "days later when a copy surfaced. The court issued a statement hours later.",
            date(2024, 1, 12),
            "en",
            {"On November 17": "2023-11-17"},
        ),
        (
            "Le 17 novembre, la cour a confirmé le verdict. Quelques jours plus tard, une "
            "copie a circulé. Le lendemain, la cour a publié un communiqué.",
            date(2024, 1, 12),
            "fr",
            {"Le 17 novembre": "2023-11-17"},
        ),
        # A counted time on is a date of its own, and the next day counts from it.
        (
            "Le 17 novembre, la cour a confirmé le verdict. Deux jours plus tard, une copie a "
            "circulé. Le lendemain, la cour a publié un communiqué.",
            date(2024, 1, 12),
            "fr",
            {
                "Le 17 novembre": "2023-11-17",
                "Deux jours plus tard": "2023-11-19",
                "Le lendemain": "2023-11-20",
            },
        ),
    ],
)
def test_an_uncounted_time_on_leaves_no_day_in_focus(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A state lasting "since" a far month leaves the story in the present.
        (
            "Garrow has been the superintendent since August 2015.\n\nBefore that, he led "
            "another district.\n\nThe board went into closed session on Aug. 23 to discuss "
            "a letter.",
            date(2019, 9, 7),
            "en",
            {"since August 2015": "2015-08", "on Aug. 23": "2019-08-23"},
        ),
        (
            "Il dirige l'école depuis août 2015.\n\nLe conseil s'est réuni le 23 août pour "
            "discuter d'une lettre.",
            date(2019, 9, 7),
            "fr",
            {"depuis août 2015": "2015-08", "le 23 août": "2019-08-23"},
        ),
        # A story told in a far month goes on in it.
        (
            "Garrow became the superintendent in August 2015.\n\nBefore that, he led another "
            "district.\n\nThe board went into closed session on Aug. 23 to discuss a letter.",
            date(2019, 9, 7),
            "en",
            {"in August 2015": "2015-08", "on Aug. 23": "2015-08-23"},
        ),
    ],
)
def test_a_state_since_a_far_month_sets_no_era(text, published, language, expected):
    assert events(text, published, language) == expected


def test_a_fortnight_is_a_two_week_duration():
    extraction = extract(
        "The shop closed for a fortnight in May 2020.",
        published_on=date(2020, 10, 5),
        language="en",
    )
    assert [(t.text, t.type, t.value) for t in extraction.timexes] == [
        ("for a fortnight", "DURATION", "P2W"),
        ("in May 2020", "DATE", "2020-05"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Days opening the lines of a list, their month first in English, and in order: a
        # list running into the autumn is of one year.
        (
            "Phoenix tour dates:\n\n05/14 - Atlanta, GA @ Shaky Knees\n\n06/03 - Governor's "
            "Ball - New York, NY\n\n09/29 - Accorhotels Arena - Paris, France\n\n09/30 - "
            "Alexandra Palace - London, UK",
            date(2017, 3, 2),
            "en",
            {
                "05/14": "2017-05-14",
                "06/03": "2017-06-03",
                "09/29": "2017-09-29",
                "09/30": "2017-09-30",
            },
        ),
        (
            "La tournée passera par :\n14/05 - Lyon, Halle Tony Garnier\n02/06 - Lille, "
            "Zénith\n28/09 - Paris, Accor Arena",
            date(2017, 3, 2),
            "fr",
            {"14/05": "2017-05-14", "02/06": "2017-06-02", "28/09": "2017-09-28"},
        ),
        # A fraction or a score opening a line is no day.
        ("3/4 - of the members voted in favour.", date(2017, 3, 2), "en", {}),
    ],
)
def test_days_opening_the_lines_of_a_list(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A later day of a sentence told ahead is not of a year before.
        (
            "The band will kick their dates off at the Shaky Knees Festival on May 14th, "
            "followed by a set at the Governor's Ball on June 3rd and a concert at the historic "
            "Hollywood Bowl on June 15th.",
            date(2017, 3, 2),
            "en",
            {
                "on May 14th": "2017-05-14",
                "on June 3rd": "2017-06-03",
                "on June 15th": "2017-06-15",
            },
        ),
        # A thing still to be done, told in the past, is placed by the calendar.
        (
            "The festival announced its lineup on Tuesday for the music festival to be held "
            "June 7-10 in Manchester.",
            date(2018, 1, 9),
            "en",
            {"on Tuesday": "2018-01-09", "June 7-10": "2018-06-07"},
        ),
        (
            "The winner — to be announced Oct. 17 — receives £50,000.",
            date(2022, 9, 7),
            "en",
            {"Oct. 17": "2022-10-17"},
        ),
        # A state as it stood on a day told in the past is gone, even after a speaker.
        (
            "Hydro Ottawa says 5,000 customers were awaiting power as of Friday night.",
            date(2023, 4, 8),
            "en",
            {"Friday night": "2023-04-07"},
        ),
        (
            "The ministry announced that masks will be required as of Monday.",
            date(2023, 4, 8),
            "en",
            {"Monday": "2023-04-10"},
        ),
    ],
)
def test_the_time_of_days_told_around_other_verbs(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A heading naming a year over a list of days gives them its year.
        (
            "The governing body released next year's calendar on Friday.\n\nFORMULA ONE 2025 "
            "CALENDAR\nMarch 14-16: Australian Grand Prix - Melbourne\nMarch 21-23: Chinese "
            "Grand Prix - Shanghai",
            date(2024, 4, 12),
            "en",
            {
                "next year": "2025",
                "on Friday": "2024-04-12",
                "March 14-16": "2025-03-14",
                "March 21-23": "2025-03-21",
            },
        ),
        # A stamp naming a far year heads nothing.
        (
            "31 / 07 / 2024 | 73 vues\nInscrit(e) le 04 / 03 / 2008\n\nTrois candidats ont été "
            "auditionnés le 17 juillet par le tribunal de commerce.",
            date(2024, 7, 31),
            "fr",
            {"le 17 juillet": "2024-07-17"},
        ),
        # The weekdays of a line headed as a programme lie ahead.
        (
            "Brickyard 400\n\nSchedule: Friday practice, 2:35 p.m.; Saturday qualifying, 1:05 "
            "p.m.; Sunday race, 2:30 p.m.\n\nLast race: Alex Bowman won on Sunday.",
            date(2024, 7, 16),
            "en",
            {
                "Friday": "2024-07-19",
                "Saturday": "2024-07-20",
                "Sunday": "2024-07-21",
                "on Sunday": "2024-07-14",
            },
        ),
        (
            "Au programme : samedi, qualifications ; dimanche, la course.",
            date(2024, 7, 16),
            "fr",
            {"samedi": "2024-07-20", "dimanche": "2024-07-21"},
        ),
        # A deed named by its day is done.
        (
            "Israel wants the release of those remaining from the October 7 attacks. Survivors "
            "of the March 22 shooting will testify on April 2.",
            date(2024, 3, 3),
            "en",
            {"October 7": "2023-10-07", "March 22": "2023-03-22", "on April 2": "2024-04-02"},
        ),
        # A story told in the present goes on from the day just told, in its year.
        (
            "Le pyromane a brûlé 2 hectares le 16 avril. Un mois plus tard, le 16 mai, il "
            "tentera d'allumer un feu. Le 17 mai, le feu prend à côté d'une conduite de gaz.",
            date(2022, 10, 11),
            "fr",
            {"le 16 avril": "2022-04-16", "le 16 mai": "2022-05-16", "Le 17 mai": "2022-05-17"},
        ),
    ],
)
def test_headings_programmes_deeds_and_stories(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A file picture's caption dates no event of the story, nor sets its year.
        (
            "Qui pour succéder à la présidente ?\n\nLa présidente à l'Elysée le 8 mars 2022. "
            "(Denis Allard/Libération)\n\nLa période de dépôt des candidatures s'ouvre ce "
            "11 mars et la date limite est fixée au 18 avril.",
            date(2025, 3, 11),
            "fr",
            {
                "ce 11 mars": "2025-03-11",
                "18 avril": "2025-04-18",
            },
        ),
        # A text numbered within its year is no date; nor is a parliament called august.
        (
            "The rules are in Statutory Instrument 85 of 2023 and Legal Notice No. 4 of 2022. "
            "The council met in March of 2023.",
            date(2024, 1, 5),
            "en",
            {"in March of 2023": "2023-03"},
        ),
        (
            "I am happy to inform this August House that I have kept my word. Parliament rises "
            "in August.",
            date(2026, 1, 5),
            "en",
            {"in August": "2026-08"},
        ),
        # A call or a speech named by its day is the one nearest publication.
        (
            "The impeachment inquiry focuses on a July 25 phone call with the president.",
            date(2019, 10, 2),
            "en",
            {"July 25": "2019-07-25"},
        ),
    ],
)
def test_captions_numbered_texts_and_named_calls(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "Last year, ..." heading its sentence frames its yearless days.
        (
            "Last year, biologists reported the first sighting on March 7 near Grand Teton.",
            date(2021, 3, 16),
            "en",
            {"Last year": "2020", "on March 7": "2020-03-07"},
        ),
        # A day closing a span after a day that closes another is no later than it.
        (
            "Le juge a prononcé le 8 mars dernier la liquidation avec la poursuite de l'activité "
            "jusqu'au 12 avril, date de la prochaine audience, et une recherche d'acquéreur "
            "jusqu'au 30 mars.",
            date(2018, 3, 22),
            "fr",
            {"le 8 mars dernier": "2018-03-08", "12 avril": "2018-04-12", "30 mars": "2018-03-30"},
        ),
        # A measure back-dated to a day: the day is gone.
        (
            "The subsidies will also be back-dated to January 1.",
            date(2018, 7, 31),
            "en",
            {"January 1": "2018-01-01"},
        ),
        (
            "La hausse sera appliquée avec effet rétroactif au 1er janvier.",
            date(2018, 7, 31),
            "fr",
            {"1er janvier": "2018-01-01"},
        ),
    ],
)
def test_frames_spans_and_back_dating(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "Comme prévu" tells no plan: the clause's own verb tells the time.
        (
            "Alors que les pluies ont commencé comme prévu mardi, la nuit a été pluvieuse.",
            date(2025, 4, 16),
            "fr",
            {"mardi": "2025-04-15"},
        ),
        # A deadline given ("had until Sunday to ...") lies ahead.
        (
            "La commission avait légalement jusqu'à vendredi pour proclamer les résultats.",
            date(2019, 2, 26),
            "fr",
            {"vendredi": "2019-03-01"},
        ),
        (
            "Trudeau had until Sunday to call the election.",
            date(2019, 9, 10),
            "en",
            {"Sunday": "2019-09-15"},
        ),
        ("He stayed until Sunday.", date(2019, 9, 10), "en", {"Sunday": "2019-09-08"}),
        # A list of weekdays and days closed by its month: each day is of that month.
        (
            "Ils se produiront le jeudi 20, le vendredi 21 et le samedi 22 juillet.",
            date(2017, 4, 25),
            "fr",
            {"le jeudi 20": "2017-07-20", "le vendredi 21 et le samedi 22 juillet": "2017-07-21"},
        ),
        # Years opening the lines of a list of laureates; a case numbered within its year.
        (
            "Les lauréats du prix :\n2000 : Laurent de Graeve\n2001 : Thomas Gunzig",
            date(2025, 11, 14),
            "fr",
            {"2000": "2000", "2001": "2001"},
        ),
        (
            "The cases, including Civil Appeal No. E829 of 2024, were heard on Thursday.",
            date(2025, 2, 28),
            "en",
            {"on Thursday": "2025-02-27"},
        ),
    ],
)
def test_plans_deadlines_lists_and_numbered_cases(text, published, language, expected):
    assert events(text, published, language) == expected
