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


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A part of "the year" is of the year a past story tells of, else of this one.
        (
            "Selon l'Insee, le taux de chômage est fixé à 7,1 % pour le premier trimestre de "
            "l'année. En 2019, le chômage avait baissé au premier trimestre de l'année.",
            date(2023, 5, 17),
            "fr",
            {
                "le premier trimestre de l'année": "2023-Q1",
                "En 2019": "2019",
                "au premier trimestre de l'année": "2019-Q1",
            },
        ),
        (
            "Unemployment is stable at 3.5% for the first quarter of the year. In 2019, "
            "unemployment fell in the first three months of the year.",
            date(2023, 5, 17),
            "en",
            {
                "the first quarter of the year": "2023-Q1",
                "In 2019": "2019",
                "in the first three months of the year": "2019-Q1",
            },
        ),
        # A relative year after it still counts from the publication.
        (
            "Au premier trimestre de l'année dernière, le chômage a baissé.",
            date(2023, 5, 17),
            "fr",
            {"Au premier trimestre de l'année dernière": "2022-Q1"},
        ),
    ],
)
def test_a_part_of_the_year(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A weekday closing a span opened by a day of its sentence comes after that day,
        # whatever time sits between them.
        (
            "Le premier préavis court de ce lundi 2 avril à 19h jusqu'à 8h jeudi.",
            date(2018, 3, 30),
            "fr",
            {"ce lundi 2 avril": "2018-04-02", "jeudi": "2018-04-05"},
        ),
        (
            "The strike runs from 7 p.m. on Monday, April 2, until 8 a.m. Thursday.",
            date(2018, 3, 30),
            "en",
            {"on Monday, April 2": "2018-04-02", "Thursday": "2018-04-05"},
        ),
        # Not a weekday of another sentence.
        (
            "La grève a commencé le lundi 26 mars. Elle est reconduite jusqu'à jeudi.",
            date(2018, 3, 30),
            "fr",
            {"le lundi 26 mars": "2018-03-26", "jeudi": "2018-04-05"},
        ),
    ],
)
def test_a_weekday_closing_a_span(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A day told ahead is no past section heading's.
        (
            "Prosecuting Trump for trying to block the 2020 election results\n\n"
            "Why it matters: The looming delays mean that trial almost certainly will not "
            "happen before November’s presidential election.",
            date(2024, 7, 5),
            {"before November": "2024-11"},
        ),
        # A date set before "deadline" lies ahead, unless the deadline is met or missed.
        (
            "The leaders resumed meetings Monday, with just days to go before the Treasury's "
            "early June deadline. They missed the March 1 deadline.",
            date(2023, 5, 22),
            {"Monday": "2023-05-22", "early June": "2023-06", "March 1": "2023-03-01"},
        ),
        # "as soon as", "as early as": the month itself.
        (
            "Republicans want to make a decision as soon as January. The vote could come as "
            "early as March.",
            date(2023, 11, 29),
            {"as soon as January": "2024-01", "as early as March": "2024-03"},
        ),
        # A body named after a day is no day; the US inauguration is on January 20.
        (
            "The Jan. 6 committee met again on Thursday. The Senate confirmed her on "
            "Inauguration Day.",
            date(2021, 1, 22),
            {"on Thursday": "2021-01-21", "on Inauguration Day": "2021-01-20"},
        ),
    ],
)
def test_days_ahead_and_names(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_relative_year_before_a_month_is_no_list_of_months():
    # Joined by a comma, "cette année" and "en avril 2023" once made the list of months fail.
    assert events(
        "L’indice pivot ne devrait être dépassé qu’une fois cette année, en avril 2023.",
        date(2023, 1, 24),
        "fr",
    ) == {"en avril 2023": "2023-04"}


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A figure's baseline, told after the figure it is set against.
        (
            "Net income rose to $342.8 million. The results compared with net income of $79.1 "
            "million, or 30 cents per share, at the same time last year. That compares with "
            "earnings of $5.9 billion, or 69 cents, a year ago.",
            date(2005, 7, 21),
            "en",
            {},
        ),
        (
            "Le groupe a publié ses résultats le 3 mars 2023. Son résultat ressort à 2,26 "
            "milliards d'euros, en retrait de 4,7 % par rapport à l'année précédente.",
            date(2023, 5, 17),
            "fr",
            {"le 3 mars 2023": "2023-03-03"},
        ),
        # "had said it would": ahead of the saying, not of the article.
        (
            "Russia had said it would export 500,000 fewer barrels a day in August.",
            date(2023, 9, 1),
            "en",
            {"in August": "2023-08"},
        ),
    ],
)
def test_baselines_and_sayings(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "more than 13%" bounds a figure; it sets no baseline.
        (
            "Oil prices were set to gain more than 13% this week.",
            date(2022, 10, 7),
            "en",
            {"this week": "2022-W40"},
        ),
        # What happens regularly is a habit.
        (
            "Storms regularly hit southern India between April and December.",
            date(2018, 11, 18),
            "en",
            {},
        ),
        (
            "Des orages frappent régulièrement le sud de l'Inde entre avril et décembre.",
            date(2018, 11, 18),
            "fr",
            {},
        ),
    ],
)
def test_bounds_and_habits(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A bound set after a relative year by a comma is of that year.
        (
            "La France a opté pour une hausse limitée à 15 % cette année, jusqu’au 30 juin "
            "au moins.",
            date(2023, 2, 1),
            "fr",
            {"30 juin": "2023-06-30"},
        ),
        # A later month of the sentence of a month ahead is of its year.
        (
            "Deux chaînes arriveront. En juillet 2025 pour la première, et en septembre pour "
            "la seconde.",
            date(2025, 2, 20),
            "fr",
            {"En juillet 2025": "2025-07", "en septembre": "2025-09"},
        ),
        # The day of a plan, right after its participle, whatever the main verb's past.
        (
            "Il a annoncé sa candidature lors de l’élection prévue le 7 octobre.",
            date(2018, 7, 13),
            "fr",
            {"le 7 octobre": "2018-10-07"},
        ),
        # The day of an election named before it, with "du".
        (
            "« J’ai décidé d’être candidat à l’élection présidentielle du 25 octobre », a "
            "annoncé le président.",
            date(2025, 7, 29),
            "fr",
            {"25 octobre": "2025-10-25"},
        ),
        # A day set before a verb of calling dates the call.
        (
            "Dès mi-octobre, l'alliance syndicale a appelé à des actions nationales.",
            date(2024, 11, 13),
            "fr",
            {"mi-octobre": "2024-10"},
        ),
    ],
)
def test_years_and_tenses_of_plans(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "since" a happening named at length: its month lies behind.
        (
            "It is South Africa's first Test series since their 2-0 away series win against "
            "West Indies in July. He has been working from home since taking over the reins "
            "in May.",
            date(2021, 12, 21),
            "en",
            {"in July": "2021-07", "in May": "2021-05"},
        ),
        # A second day with its ordinal has the month and the year of the first.
        (
            "The finals are set for Dec. 13th and 19th.",
            date(2021, 12, 21),
            "en",
            {"for Dec. 13th": "2022-12-13", "19": "2022-12-19"},
        ),
        # "this Saturday's" told on Monday is the coming one.
        (
            "His jersey looks likely to go to Henshaw for this Saturday's sell-out finale.",
            date(2023, 3, 13),
            "en",
            {"this Saturday": "2023-03-18"},
        ),
        # What goes back to a month lies behind it.
        (
            "Selon le procureur, la mort pourrait remonter au mois de juin.",
            date(2014, 2, 21),
            "fr",
            {"au mois de juin": "2013-06"},
        ),
    ],
)
def test_days_behind_and_ahead_of_a_phrase(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The figure a rate moved from was reported before it.
        (
            "Le taux moyen est plus bas, passant de 3,64 % en juillet à 3,59 % en août.",
            date(2024, 10, 7),
            {"en juillet": "2024-07", "en août": "2024-08"},
        ),
        # A later month in the sentence of this year's written day is of its year.
        (
            "Le 22 septembre 2025, Stellantis a annoncé la mise à l’arrêt de l’usine de Poissy "
            "pour trois semaines en octobre.",
            date(2025, 9, 23),
            {"Le 22 septembre 2025": "2025-09-22", "en octobre": "2025-10"},
        ),
    ],
)
def test_months_of_figures_and_announcements(text, published, expected):
    assert events(text, published, "fr") == expected


def test_a_saying_in_the_imperfect_dates_itself():
    # "annonçaient fin juillet les notaires": the month of the saying, gone, not the quote's.
    assert events(
        "« Le prix au mètre carré approchera 10.000 euros à l'automne », annonçaient fin "
        "juillet les notaires franciliens.",
        date(2019, 9, 3),
        "fr",
    ) == {"fin juillet": "2019-07"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Days run on by commas, or after "and" before another month, keep their month.
        (
            "Northern Ireland: January 26 and February 16, 17, 23 and 24. West Midlands: "
            "February 6 and 17 and March 6 and 20.",
            date(2023, 1, 20),
            {
                "January 26": "2023-01-26",
                "February 16": "2023-02-16",
                "17": "2023-02-17",
                "23": "2023-02-23",
                "24": "2023-02-24",
                "February 6": "2023-02-06",
                "March 6": "2023-03-06",
                "20": "2023-03-20",
            },
        ),
        # A year set as a figure's baseline period is no event; a figure's old value is.
        (
            "Compared to the same period in 2017, the deficit fell. Enrollment fell to 3,950 "
            "students from 5,600 in 2005.",
            date(2018, 11, 6),
            {"in 2005": "2005"},
        ),
    ],
)
def test_listed_days_and_baseline_years(text, published, expected):
    assert events(text, published, "en") == expected


def test_the_same_day_number_of_two_months_is_two_events():
    from timeline.extraction import extract

    found = extract(
        "North East: February 6 and 20 and March 6 and 20.",
        published_on=date(2023, 1, 20),
        language="en",
    )
    assert sorted(e.value for e in found.events if e.expression == "20") == [
        "2023-02-20",
        "2023-03-20",
    ]


def test_a_weekday_naming_a_festival_slot_is_no_day():
    assert events(
        "Michael Eavis has revealed when the Sunday night headliner will be announced. She "
        "played the Sunday afternoon 'legend' slot on Sunday.",
        date(2019, 12, 16),
        "en",
    ) == {"on Sunday": "2019-12-15"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A day of an older year is that day, not this year's; a count after a day stays one.
        (
            "La Bastille a été prise le 14 juillet 1789. Le 2 mars 1500 personnes ont manifesté.",
            "fr",
            {"le 14 juillet 1789": "1789-07-14", "Le 2 mars": "2012-03-02"},
        ),
        (
            "A resolution passed on 2 March 1624 prohibits MPs from resigning. The battle took "
            "place on October 14, 1066. On March 2 1500 people marched.",
            "en",
            {
                "on 2 March 1624": "1624-03-02",
                "on October 14, 1066": "1066-10-14",
                "On March 2": "2012-03-02",
            },
        ),
    ],
)
def test_a_day_of_an_older_year(text, language, expected):
    assert events(text, date(2012, 10, 23), language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A season or a quarter of a far year sets an era: an earlier month told back in its
        # sentence is of that year.
        (
            "The coalition was put in place in Summer 2020 after the February 8th election.",
            date(2024, 11, 7),
            "en",
            {"in Summer 2020": "2020-Q3", "February 8th": "2020-02-08"},
        ),
        (
            "Le gouvernement a été formé au troisième trimestre 2020, après l'élection du 8 "
            "février.",
            date(2024, 11, 7),
            "fr",
            {"au troisième trimestre 2020": "2020-Q3", "8 février": "2020-02-08"},
        ),
        # A present tense schedules an election's day: "faces a general election on October
        # 14" told in January is the coming one.
        (
            "The new prime minister faces a general election on October 14.",
            date(2023, 1, 23),
            "en",
            {"on October 14": "2023-10-14"},
        ),
        # "May" ending a name before a year is the person, not the month.
        (
            "File photo of Theresa May, 2015. In May, 2015, she won.",
            date(2016, 1, 10),
            "en",
            {"In May, 2015": "2015-05"},
        ),
        # A number before a unit is no year.
        (
            "The bidding for 1800 MHz band picked up on Sunday.",
            date(2022, 8, 1),
            "en",
            {"on Sunday": "2022-07-31"},
        ),
        (
            "La bande des 1800 MHz a été attribuée en 2021.",
            date(2022, 8, 1),
            "fr",
            {"en 2021": "2021"},
        ),
    ],
)
def test_eras_of_seasons_elections_names_and_units(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A recurring happening named with its year dates its edition, with a qualifier
        # ("des Clubs", "féminine") and after "sur" ("deux étapes sur le Giro 2023").
        (
            "Le Maroc a organisé la Coupe du Monde des Clubs 2023 et la CAN féminine 2022. Il "
            "a gagné deux étapes sur le Giro 2023. Sur 2000 candidats, 300 sont retenus.",
            date(2024, 1, 10),
            "fr",
            {
                "la Coupe du Monde des Clubs 2023": "2023",
                "la CAN féminine 2022": "2022",
                "le Giro 2023": "2023",
            },
        ),
    ],
)
def test_a_recurring_happening_named_with_its_year(text, published, language, expected):
    assert events(text, published, language) == expected
