"""Quarters named by their months, fixture lists with short months, the days of scheduled
happenings, anaphoric mornings and years, weekdays of trials and hearings, and the years of
months told after an offset. Each case is a text of our own showing the general behaviour, in
French and English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of, spans, spans_of
from timeline.extraction import extract
from timeline.extraction.persons import clean_name


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A quarter named by its months, with its year written or told after it.
        (
            "The bank posted Tk 107 crore in net profit in the January-March quarter this year, "
            "against Tk 98 crore in the January-March quarter last year.",
            date(2023, 5, 11),
            {
                "in the January-March quarter this year": "2023-Q1",
                "in the January-March quarter last year": "2022-Q1",
            },
        ),
        (
            "Earnings per share rose to Tk 1.78 for the April-June period of 2023.",
            date(2023, 8, 2),
            {"for the April-June period of 2023": "2023-Q2"},
        ),
        (
            "Its cash flow per share stood at Tk 0.19 in Q1 of the current year.",
            date(2023, 5, 11),
            {"Q1 of the current year": "2023-Q1"},
        ),
        # A quarter by its number takes a relative year after it too.
        (
            "Revenue fell in the first quarter last year.",
            date(2023, 5, 11),
            {"in the first quarter last year": "2022-Q1"},
        ),
        # Months that are no quarter make none.
        (
            "Sales in the February-April period of 2023 fell.",
            date(2023, 8, 2),
            {"of 2023": "2023"},
        ),
    ],
)
def test_quarters_named_by_their_months(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A short month before a colon or a comma, as fixture lists write them.
        (
            "Opening fixtures:\nFriday, 11 Aug: Burnley vs Man City (Turf Moor, 9pm)\n"
            "Saturday, 12 Aug: Arsenal vs Nottingham Forest (Emirates Stadium, 1:30pm)",
            date(2023, 8, 8),
            {"Friday, 11 Aug": "2023-08-11", "Saturday, 12 Aug": "2023-08-12"},
        ),
        (
            "The deal closed on Aug 3, 2021.",
            date(2023, 8, 8),
            {"on Aug 3, 2021": "2021-08-03"},
        ),
        # A day before a scheduled happening: the one nearest publication, whatever the
        # clause's tense.
        (
            "Almost all of those who could have challenged the president in the Nov. 7 "
            "elections have been detained.",
            date(2021, 7, 27),
            {"Nov. 7": "2021-11-07"},
        ),
        # A deed is not scheduled: it lies behind.
        (
            "He was jailed for the July 4 attack.",
            date(2024, 5, 22),
            {"July 4": "2023-07-04"},
        ),
        # Mornings and nights after or before the day in focus.
        (
            "The man met the woman at a bar on April 5. The following morning she woke up in "
            "his car.",
            date(2018, 4, 10),
            {"on April 5": "2018-04-05", "The following morning": "2018-04-06"},
        ),
        # The year in focus, earlier or later in it.
        (
            "The charity launched in March 2015. Funding was cut later that year.",
            date(2018, 4, 10),
            {"in March 2015": "2015-03", "later that year": "2015"},
        ),
        # A day of a relative year, with nothing told before: from publication.
        (
            "It is his ninth trip to the region since October 7 of the previous year.",
            date(2024, 8, 22),
            {"since October 7 of the previous year": "2023-10-07"},
        ),
        # The weekend just gone.
        (
            "The two leaders spoke in a phone call this past weekend.",
            date(2020, 2, 10),
            {"this past weekend": "2020-W06"},
        ),
        # A yearless month after an offset from the month in focus.
        (
            "Attacks resumed in April last year. Government forces overran the camp a few "
            "months later in August.",
            date(2014, 8, 25),
            {"in April last year": "2013-04", "in August": "2013-08"},
        ),
        # A happening ahead of which the sentence's past clause falls, told on the day.
        (
            "Treasury yields fell ahead of the Federal Reserve's forecast for interest rates on "
            "Wednesday.",
            date(2024, 3, 19),
            {"on Wednesday": "2024-03-20"},
        ),
        # The half of a season is no half of its first year.
        (
            "He spent the second half of 2018-19 on loan. Sales rose in the second half of 2018.",
            date(2019, 1, 20),
            {"in the second half of 2018": "2018-Q3"},
        ),
    ],
)
def test_fixtures_scheduled_days_and_years_in_focus(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The working days of a week are the span of days; a week of seven days is the week.
        (
            "Il restait la semaine du 7 au 11 mai comme option.",
            date(2018, 5, 3),
            {"du 7 au 11 mai": ("2018-05-07", "2018-05-11")},
        ),
        (
            "Au cours de la semaine du 12 au 18 décembre 2017, 239 personnes ont été "
            "hospitalisées.",
            date(2018, 1, 10),
            {"la semaine du 12 au 18 décembre 2017": ("2017-W50", None)},
        ),
        # A present passive of a trial on the day it opens: from that day on.
        (
            "Un homme est jugé jeudi et vendredi devant la cour d'assises.",
            date(2022, 1, 13),
            {"jeudi et vendredi": ("2022-01-13", "2022-01-14")},
        ),
        (
            "Les cheminots ont manifesté jeudi et vendredi.",
            date(2022, 1, 13),
            {"jeudi et vendredi": ("2022-01-06", "2022-01-07")},
        ),
        # A verbless line whose adjective the tagger reads as a participle tells no present.
        (
            "Ambiance morose à l'audience correctionnelle du tribunal de Brest, ce vendredi "
            "après-midi.",
            date(2018, 7, 14),
            {"ce vendredi après-midi": ("2018-07-13", None)},
        ),
        # A weekday told in the present after the article dated it.
        (
            "Deux audiences se sont déroulées mercredi 27 mars. En chemise blanche, le prévenu "
            "se présente au tribunal ce mercredi.",
            date(2019, 3, 30),
            {"mercredi 27 mars": ("2019-03-27", None), "ce mercredi": ("2019-03-27", None)},
        ),
        # A year as the subject of a clause after a comma.
        (
            "« C'est évident, 2019 a été une année décevante », a dit le patron.",
            date(2020, 1, 10),
            {"2019": ("2019", None)},
        ),
        # A yearless month after an offset from the month in focus.
        (
            "Le projet a été lancé en novembre 2012. Deux mois plus tard, en janvier, il a été "
            "abandonné.",
            date(2014, 8, 25),
            {"en novembre 2012": ("2012-11", None), "en janvier": ("2013-01", None)},
        ),
    ],
)
def test_weeks_trials_and_years_told_in_french(text, published, expected):
    assert spans(text, published, "fr") == expected


def test_a_fixture_is_nobody():
    text = "Monday, 14 Aug: Manchester United vs Wolves (Old Trafford, 9pm)"
    assert persons_of(text, "Monday, 14 Aug", date(2023, 8, 8), "en") == set()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Two years after "in both".
        (
            "They were the best-selling artists in the world in both 2020 and 2021.",
            date(2025, 7, 1),
            {"in both 2020": ("2020", None), "2021": ("2021", None)},
        ),
        # The end of the month without its article.
        (
            "Colleges will remain closed till at least end of the month, the reports said.",
            date(2020, 7, 1),
            {"end of the month": ("2020-07", None)},
        ),
        # Earlier in the week, with nothing told before: the week of publication.
        (
            "Earlier in the week, the health department said it is on guard against dengue.",
            date(2024, 5, 24),
            {"Earlier in the week": ("2024-W21", None)},
        ),
        # "normally" after what is done tells a way, not a habit.
        (
            "Schools will run normally from June 22 onwards. The fair is normally held in June.",
            date(2024, 6, 21),
            {"from June 22": ("2024-06-22", None)},
        ),
        # A past participle on a noun tells what befell it; one of a plan does not.
        (
            "The schools budget – frozen in the Finance Committee May 9 despite the expectation "
            "that the council would adopt it today – is back. The hearing scheduled for May 29 "
            "was cancelled.",
            date(2013, 5, 20),
            {
                "May 9": ("2013-05-09", None),
                "today": ("2013-05-20", None),
                "for May 29": ("2013-05-29", None),
            },
        ),
        # A state as of a day, told in the present: the day is gone.
        (
            "The flooding has claimed 47 lives, and many are still reported missing as of Sunday.",
            date(2020, 7, 13),
            {"Sunday": ("2020-07-12", None)},
        ),
        # A winter across two years is no winter of the first.
        (
            "Since the winter of 1982-83, February is the peak month. It snowed in the winter "
            "of 2018.",
            date(2019, 1, 20),
            {"in the winter of 2018": ("2018-Q1", None)},
        ),
        # Months before one whose year is written share it.
        (
            "Tickets sold out in May and October 2023.",
            date(2024, 6, 20),
            {"in May": ("2023-05", None), "October 2023": ("2023-10", None)},
        ),
        # Two days opened by "between" bound one span, hours and all.
        (
            "Between Friday, May 3 at 6pm and Sunday, May 5, roads were closed.",
            date(2019, 8, 26),
            {"Friday, May 3 at 6pm and Sunday, May 5": ("2019-05-03", "2019-05-05")},
        ),
    ],
)
def test_lists_ends_of_months_participles_and_states(text, published, expected):
    assert spans(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A present measure on periods places them nowhere: the nearest ones.
        (
            "L'agence estime la surmortalité sur ces périodes allant du 14 au 22 juin et du 9 au "
            "27 juillet.",
            date(2022, 11, 21),
            {
                "du 14 au 22 juin": ("2022-06-14", "2022-06-22"),
                "du 9 au 27 juillet": ("2022-07-09", "2022-07-27"),
            },
        ),
        # "un en juillet" is one in July, not "un mois de juillet".
        (
            "Il y en a eu un en juillet de magnitude 4,1.",
            date(2022, 10, 16),
            {"en juillet": ("2022-07", None)},
        ),
        # The night of a day the sentence dated is an event of its own.
        (
            "L'île passera en alerte rouge à 19h ce mercredi 2 février, pour se préparer au "
            "passage dans la nuit de mercredi à jeudi du cyclone.",
            date(2022, 2, 2),
            {
                "ce mercredi 2 février": ("2022-02-02", None),
                "dans la nuit de mercredi à jeudi": ("2022-02-02", None),
            },
        ),
        (
            "Les billets seront vendus en deux lots en juillet et octobre 2025.",
            date(2024, 6, 20),
            {"en juillet": ("2025-07", None), "octobre 2025": ("2025-10", None)},
        ),
        (
            "Entre samedi 24 août 18h et dimanche 25 août 15h, les pompiers sont intervenus 40 "
            "fois.",
            date(2019, 8, 26),
            {"samedi 24 août 18h et dimanche 25 août": ("2019-08-24", "2019-08-25")},
        ),
    ],
)
def test_measures_nights_and_spans_told_in_french(text, published, expected):
    assert spans(text, published, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A clock time before a bracket or a lower-case word ends no sentence.
        (
            "The quake struck shortly after 3.30 a.m. (9:30 p.m. EDT) on Monday, catching "
            "residents in their sleep.",
            "en",
            date(2009, 4, 7),
            {"on Monday": ("2009-04-06", None)},
        ),
        # A future told after a saying in the past perfect: the calendar decides.
        (
            "The agency had earlier said that the telescope will be shipped to the launch site in "
            "August.",
            "en",
            date(2021, 9, 9),
            {"in August": ("2021-08", None)},
        ),
        # A day, then its year after a comma.
        (
            "Certains se souviennent d'un match joué un vendredi soir, le 31 mai, en 2013.",
            "fr",
            date(2018, 5, 3),
            {"le 31 mai, en 2013": ("2013-05-31", None)},
        ),
        # A habit told by "avait pour habitude" dates no month.
        (
            "La soirée avait pour habitude de se tenir à la fin du mois de février, mais elle a "
            "lieu ce vendredi.",
            "fr",
            date(2021, 3, 12),
            {"ce vendredi": ("2021-03-12", None)},
        ),
    ],
)
def test_clock_times_reported_futures_years_after_a_comma_and_habits(
    text, language, published, expected
):
    extraction = extract(text, published_on=published, language=language)
    assert spans_of(extraction) == expected
    sentence = extraction.events[0].sentence
    assert sentence == text


@pytest.mark.parametrize(
    "name",
    [
        "James Webb Telescope",
        "Vandenberg Space Force Base",
        "Dave Nisbet Drive",
        "Fire Weather Warnings",
        "Tamil Nadu",
    ],
)
def test_instruments_bases_roads_alerts_and_states_are_nobody(name):
    assert clean_name(name, "en") is None


def test_an_office_named_by_its_place_is_nobody():
    assert clean_name("Rectorat de Guyane", "fr") is None
    assert clean_name("Jean Moulin", "fr") == "Jean Moulin"


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A modal on the first half of a split verb ("will kick-start").
        (
            "Cricket Australia confirmed that Australia will kick-start the India tour with the "
            "T20Is in October.",
            "en",
            date(2020, 5, 28),
            {"in October": ("2020-10", None)},
        ),
        # A quarter named by its months and its year, without the word "quarter".
        (
            "In April-June 2022, GDP growth is expected to be 16.2 percent; 6.2 percent in "
            "July-September 2022.",
            "en",
            date(2022, 4, 8),
            {"In April-June 2022": ("2022-Q2", None), "in July-September 2022": ("2022-Q3", None)},
        ),
        # A month's possessive before a name; a financial year.
        (
            "September's Consumer Price Index data showed a rise. The company paid a dividend in "
            "the financial year 2017.",
            "en",
            date(2025, 10, 29),
            {"September's": ("2025-09", None), "in the financial year 2017": ("2017", None)},
        ),
        # The twelve months gone are a span; a contract's month is no event.
        (
            "The energy index has declined 12.6% over the last year. Crude for July delivery "
            "rose 72 cents.",
            "en",
            date(2016, 4, 14),
            {},
        ),
    ],
)
def test_split_verbs_quarters_possessives_and_spans(text, language, published, expected):
    assert spans(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A figure measured on the same month a year before: its baseline, no event; the
        # month's figure and a month told as the subject are events.
        (
            "The July figure was up 13% on the same month last year. 'July was the first month "
            "that no strikes were held,' it said.",
            "en",
            date(2010, 8, 4),
            {"July": ("2010-07", None)},
        ),
        (
            "Its March data showed a rise. May was unhappy.",
            "en",
            date(2010, 8, 4),
            {"March": ("2010-03", None)},
        ),
        # A second year after "après".
        (
            "Il s'agit du troisième abandon, après 2016 et 2018.",
            "fr",
            date(2021, 1, 10),
            {"après 2016": ("2016", None), "2018": ("2018", None)},
        ),
    ],
)
def test_baselines_figures_months_as_subjects_and_years_after_apres(
    text, language, published, expected
):
    assert spans(text, published, language) == expected


def test_a_month_told_as_the_subject_is_an_event():
    text = "Ryanair said: 'July was the first month that no strikes were held.'"
    assert spans(text, date(2010, 8, 4), "en") == {"July": ("2010-07", None)}


def test_the_first_of_a_series_is_no_first_plan():
    text = (
        "Officials confirmed the tour, with the first Test set to be played on December 3. The "
        "match was first scheduled for March 3."
    )
    assert spans(text, date(2020, 5, 28), "en") == {
        "on December 3": ("2020-12-03", None),
        "for March 3": ("2020-03-03", None),
    }


def test_a_day_chosen_is_left_to_the_calendar():
    text = "“We chose September 7th for many reasons,” said the spokeswoman."
    assert spans(text, date(2019, 3, 10), "en") == {"September 7th": ("2019-09-07", None)}


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A season that comes back every year, told in the present: its months are every
        # year's.
        (
            "Ces quartiers sont exposés aux inondations pendant la grande saison des pluies, "
            "qui dure de juin à août. En juin 2009, 21 personnes y avaient péri.",
            date(2015, 6, 21),
            "fr",
            {"En juin 2009": "2009-06"},
        ),
        (
            "The monsoon season runs from June to September. The rains arrived in June.",
            date(2024, 8, 10),
            "en",
            {"in June": "2024-06"},
        ),
        # Told in the past, with its year or by its end, it is one year's season.
        (
            "La saison des pluies a commencé en juin.",
            date(2022, 8, 10),
            "fr",
            {"en juin": "2022-06"},
        ),
        (
            "The Atlantic hurricane season runs through Nov. 30.",
            date(2022, 8, 10),
            "en",
            {"through Nov. 30": "2022-11-30"},
        ),
        (
            "The 2024 hurricane season runs from June 1 to November 30.",
            date(2024, 8, 10),
            "en",
            {"The 2024": "2024", "from June 1 to November 30": "2024-06-01"},
        ),
    ],
)
def test_the_months_of_a_season_of_every_year(text, published, language, expected):
    assert events(text, published, language) == expected
