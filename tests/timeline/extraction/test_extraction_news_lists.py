"""Lists of days under a month heading, days told with their part of the day, spans bounded by
hours, ages told today, and weekdays placed by a decision, a purpose or a forecast. Each case is
a text of our own showing the general behaviour, in French and English where the class exists
in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
from timeline.extraction.persons import clean_name


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A month heading over a list of days gives them its month (and its year) ...
        (
            "The band announced the dates of its tour.\n\nMARCH 2024\n\nFriday 15 – Lyon\n\n"
            "Saturday 16 – Paris\n\nMonday 18 – Lille\n",
            "en",
            date(2024, 1, 10),
            {
                "MARCH 2024": "2024-03",
                "Friday 15": "2024-03-15",
                "Saturday 16": "2024-03-16",
                "Monday 18": "2024-03-18",
            },
        ),
        (
            "Le groupe a dévoilé les dates de sa tournée.\n\nAvril\n\nVendredi 12 – Nantes\n\n"
            "Samedi 13 – Rennes\n",
            "fr",
            date(2024, 1, 10),
            {"Vendredi 12": "2024-04-12", "Samedi 13": "2024-04-13"},
        ),
        # ... and without one, a weekday and its day take the nearest month that agrees.
        (
            "The final will be played on Saturday the 16th, in Leeds.",
            "en",
            date(2024, 3, 4),
            {"on Saturday the 16th": "2024-03-16"},
        ),
        # A score or a count after a weekday is no day of the month.
        (
            "United won on Saturday 2-1 at home.",
            "en",
            date(2024, 3, 4),
            {"on Saturday": "2024-03-02"},
        ),
        # A weekday, its part of the day and its date are one day.
        (
            "The concert was held on Sunday night, October 7 before a full house.",
            "en",
            date(2018, 11, 30),
            {"on Sunday night, October 7": "2018-10-07"},
        ),
        # A span bounded by hours: "du mercredi 1er février à 18h, au vendredi 3 février".
        (
            "Le préavis de grève court du mercredi 1er février à 18h, au vendredi 3 février à 8h.",
            "fr",
            date(2017, 1, 30),
            {"mercredi 1er février à 18h, au vendredi 3 février": "2017-02-01"},
        ),
        (
            "The road will be closed from August 9 at 7pm to August 10.",
            "en",
            date(2017, 8, 1),
            {"from August 9 at 7pm to August 10": "2017-08-09"},
        ),
        # The part of a day told next is no day of its own.
        (
            "Aujourd'hui 1er mars, ils ont manifesté. Les grévistes ont occupé, dans la matinée "
            "de ce jeudi 1er mars, la préfecture.",
            "fr",
            date(2018, 3, 1),
            {"Aujourd'hui": "2018-03-01", "ce jeudi 1er mars": "2018-03-01"},
        ),
        # An age told as of today dates nothing.
        (
            "Cet ancien capitaine, âgé aujourd'hui de 38 ans, est jugé depuis le 3 mars.",
            "fr",
            date(2018, 3, 5),
            {"le 3 mars": "2018-03-03"},
        ),
        (
            "Le suspect, aujourd'hui âgé de 52 ans, nie les faits.",
            "fr",
            date(2018, 3, 5),
            {},
        ),
    ],
)
def test_lists_parts_of_days_spans_and_ages(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A weekday decided before and held after is the one the article names again ...
        (
            "The count will resume on Monday. Both sides agreed to begin the review on Monday.",
            "en",
            date(2023, 1, 6),
            {"on Monday": "2023-01-09"},
        ),
        (
            "Les négociations reprendront lundi. Les deux camps ont convenu de se revoir lundi.",
            "fr",
            date(2023, 1, 6),
            {"lundi": "2023-01-09"},
        ),
        # ... as is the weekday of a deed's purpose ...
        (
            "Les joueurs doivent s'entraîner mardi. Ils ont regagné Dakar pour préparer le "
            "match de mardi.",
            "fr",
            date(2025, 3, 23),
            {"mardi": "2025-03-25"},
        ),
        # ... and of a forecast told in the imperfect.
        (
            "Grève à la SNCF jeudi 2 février. Selon la direction, le trafic s'annonçait peu "
            "perturbé jeudi.",
            "fr",
            date(2017, 2, 1),
            {"jeudi 2 février": "2017-02-02", "jeudi": "2017-02-02"},
        ),
        # Another day falling on that weekday does not place it: "vendredi" stays the last.
        (
            "Rennes pointe au troisième rang, à deux points de Lorient, large vainqueur de Nancy "
            "(3-0) vendredi. L'entraînement reprendra le 27 décembre.",
            "fr",
            date(2024, 12, 23),
            {"vendredi": "2024-12-20", "le 27 décembre": "2024-12-27"},
        ),
    ],
)
def test_weekdays_decided_meant_or_forecast(text, language, published, expected):
    found = events(text, published, language)
    assert {expression: found.get(expression) for expression in expected} == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A weekday brings the story back to its own year, after a far date.
        (
            "L'ancien record datait du 1er août 2020.\n\nUn pic a été atteint le mercredi 23 "
            "août. Les autres jours ont connu 35 records le 20 août et 30 le 21 août.",
            "fr",
            date(2023, 8, 25),
            {
                "1er août 2020": "2020-08-01",
                "le mercredi 23 août": "2023-08-23",
                "le 20 août": "2023-08-20",
                "le 21 août": "2023-08-21",
            },
        ),
        # A day the parser hangs on a directive dates the infinitive after it: due after.
        (
            "The judge remanded the accused in detention to appear at the district court, by "
            "video link, on September 16th.",
            "en",
            date(2024, 9, 2),
            {"on September 16th": "2024-09-16"},
        ),
        # The week's day told after it is no second event.
        (
            "He was charged last week on August 3, 2021.",
            "en",
            date(2021, 8, 10),
            {"on August 3, 2021": "2021-08-03"},
        ),
        # What a present "follow" comes after has happened.
        (
            "The charges follow the discovery of a wounded man in Nott Street on Friday.",
            "en",
            date(2016, 6, 18),
            {"on Friday": "2016-06-17"},
        ),
        # "last month of four counts" is last month, not the last month of something.
        (
            "Veltman was found guilty last month of four counts of murder.",
            "en",
            date(2023, 12, 1),
            {"last month": "2023-11"},
        ),
        # A participle told with its agent just before the date tells a deed done.
        (
            "The agreement would include the release of 20 hostages from among those seized by "
            "the militia during October 7.",
            "en",
            date(2023, 11, 27),
            {"during October 7": "2023-10-07"},
        ),
        # A purpose infinitive is held after the deed; "The May election" names no person May.
        (
            "The king dissolved Parliament on Monday to clear the way for an election in May. "
            "The May election will choose 500 members.",
            "en",
            date(2023, 3, 20),
            {"on Monday": "2023-03-20", "in May": "2023-05", "May": "2023-05"},
        ),
    ],
)
def test_years_directives_and_deeds_done(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A count within a span is no date ...
        (
            "The cabinet, the fourth to be formed in two years, resigned in April.",
            "en",
            date(2022, 8, 10),
            {"in April": "2022-04"},
        ),
        # ... while a time ahead stays one.
        (
            "The second phase will start in two years.",
            "en",
            date(2022, 8, 10),
            {"in two years": "2024"},
        ),
        # Opening hours are every week.
        (
            "The warming centre is open Monday through Friday, City Hall, 200 N. First St.",
            "en",
            date(2023, 2, 22),
            {},
        ),
        (
            "The trial runs from Monday through Friday.",
            "en",
            date(2023, 2, 22),
            {"from Monday through Friday": "2023-02-20"},
        ),
        # The day after a named happening, run on after a full date, restates it.
        (
            "Arrêté le 15 avril 2021 au lendemain de l'élection présidentielle, il a été libéré.",
            "fr",
            date(2021, 6, 1),
            {"le 15 avril 2021": "2021-04-15"},
        ),
        # The figures of a month, with an adjective between.
        (
            "Les exportations horlogères de septembre restent sur la lancée.",
            "fr",
            date(2017, 10, 20),
            {"de septembre": "2017-09"},
        ),
    ],
)
def test_counts_habits_restatements_and_figures(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expression"),
    [
        # Places, firms, contests and parties the tagger takes for people.
        (
            "A 20-year-old Bentleigh East man faced court on Sunday, charged with murder.",
            "en",
            date(2024, 3, 4),
            "on Sunday",
        ),
        (
            "La société canadienne Endeavour Mining a enregistré une baisse de sa production en "
            "2022.",
            "fr",
            date(2023, 3, 1),
            "en 2022",
        ),
        (
            "The Philippine Cup starts on Sunday, Oct. 5.",
            "en",
            date(2025, 10, 1),
            "on Sunday, Oct. 5",
        ),
        (
            "Moelle Bénin a organisé une collecte dimanche dernier.",
            "fr",
            date(2023, 9, 4),
            "dimanche dernier",
        ),
        (
            "The Christian Democrats won the vote on Saturday.",
            "en",
            date(2021, 10, 10),
            "on Saturday",
        ),
    ],
)
def test_places_firms_and_bands_are_nobody(text, language, published, expression):
    assert persons_of(text, expression, published, language) == set()


def test_a_word_opening_the_next_line_is_no_part_of_a_name():
    text = "Le retour de Peter Gabriel\nPour son retour, il jouera le 8 septembre au Centre Bell."
    assert persons_of(text, "le 8 septembre", date(2023, 9, 4), "fr") == {"Peter Gabriel"}


def test_a_name_in_capitals_alone_is_an_acronym_or_a_brand():
    assert clean_name("EVERGLOW", "en") is None
    assert clean_name("Peter Gabriel", "fr") == "Peter Gabriel"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Periods of company results.
        (
            "Revenue would fall in the current quarter, after a dip in profit for the three "
            "months ended March.",
            date(2023, 4, 27),
            {"the current quarter": "2023-Q2", "for the three months ended March": "2023-Q1"},
        ),
        (
            "The firm has a healthy pipeline of investments for the first half of next year.",
            date(2022, 11, 23),
            {"the first half of next year": "2023-Q1"},
        ),
        (
            "The 2017 calendar year also saw the company fight a public battle.",
            date(2017, 10, 3),
            {"The 2017 calendar year": "2017"},
        ),
        # A year told as what it brought.
        (
            "It may be noted that 2004 had seen four films hitting the screens.",
            date(2020, 5, 11),
            {"2004": "2004"},
        ),
        ("More than 2004 saw the show.", date(2020, 5, 11), {}),
    ],
)
def test_periods_of_results_and_years_told_as_subjects(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_name_before_led_is_the_person():
    text = "Mukesh Ambani-led Reliance Industries today reported a profit of Rs 13,680 crore."
    assert persons_of(text, "today", date(2021, 10, 23), "en") == {"Mukesh Ambani"}


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A week told by one of its days.
        (
            "Cases rose during the week through Jan. 4, averaging 10.35 per clinic.",
            "en",
            date(2026, 1, 9),
            {"the week through Jan. 4": "2026-W01"},
        ),
        (
            "For the week ending on May 25, there were 379 reported cases.",
            "en",
            date(2019, 5, 30),
            {"the week ending on May 25": "2019-W21"},
        ),
        (
            "Au cours de la semaine du 12 au 18 décembre, 239 personnes ont été hospitalisées.",
            "fr",
            date(2016, 12, 20),
            {"la semaine du 12 au 18 décembre": "2016-W50"},
        ),
        # A range of counts, a comparison, an anchor of its own: no day.
        (
            "He fell ill on May 2. Symptoms include fever, followed three to four days later by "
            "a rash.",
            "en",
            date(2022, 9, 24),
            {"on May 2": "2022-05-02"},
        ),
        (
            "Il a été opéré le 2 mai. Il a quitté l'hôpital trois à quatre jours plus tard.",
            "fr",
            date(2022, 9, 24),
            {"le 2 mai": "2022-05-02"},
        ),
        (
            "The season began on May 3. The alert level was reached five weeks earlier than "
            "last season.",
            "en",
            date(2022, 9, 24),
            {"on May 3": "2022-05-03"},
        ),
        (
            "La saison a commencé le 3 mai. Le seuil a été franchi cinq semaines plus tôt que "
            "la saison dernière.",
            "fr",
            date(2022, 9, 24),
            {"le 3 mai": "2022-05-03"},
        ),
        (
            "Le club a gagné le 26 avril. Trois jours avant une demi-finale de coupe, il reste "
            "serein.",
            "fr",
            date(2021, 4, 27),
            {"le 26 avril": "2021-04-26"},
        ),
        # "la population en général" is no habit.
        (
            "La vaccination sera ouverte à la population en général (18 ans et plus) dès le 29 "
            "août.",
            "fr",
            date(2022, 8, 16),
            {"le 29 août": "2022-08-29"},
        ),
    ],
)
def test_weeks_by_a_day_and_offsets_that_date_nothing(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A present the tagger reads as a passé simple ("réunit", "finit") is a present.
        (
            "Une intersyndicale se réunit vendredi à 9 heures.",
            "fr",
            date(2019, 12, 5),
            {"vendredi": "2019-12-06"},
        ),
        # The end of a month told short, and by a possessive.
        (
            "The president extended the commission until end September.",
            "en",
            date(2021, 6, 17),
            {"until end September": "2021-09"},
        ),
        (
            "Five witnesses will not be able to appear by month’s end.",
            "en",
            date(2021, 6, 17),
            {"by month’s end": "2021-06"},
        ),
        # "between now and Sunday" looks ahead; the day of the saying stays its own.
        (
            "“Between now and Sunday, the committee will have met again,” he said on Monday.",
            "en",
            date(2022, 11, 28),
            {"Sunday": "2022-12-04", "on Monday": "2022-11-28"},
        ),
    ],
)
def test_presents_read_as_past_ends_of_months_and_terms_from_now(
    text, language, published, expected
):
    assert events(text, published, language) == expected
