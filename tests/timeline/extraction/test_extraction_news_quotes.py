"""Dates inside quotes, coordinated dates, habits written as lists of weekdays, fiscal quarters,
names that hold a month, and a few forms of weeks and years (spaCy, no database). Each case is
a sentence of our own showing the general behaviour, in French and English where the class
exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A date in a quote takes the time of the quote's verb, not of the reporting verb the
        # parser hangs it on.
        (
            "\"Aujourd'hui, ça montera encore plus en puissance à partir de mercredi, jeudi, "
            'vendredi", a-t-il poursuivi.',
            "fr",
            date(2021, 1, 4),
            {
                "mercredi": "2021-01-06",
                "jeudi": "2021-01-07",
                "vendredi": "2021-01-08",
            },
        ),
        # A few words quoted with no verb: the narrative's verb tells.
        (
            "Le ministre a annoncé que les cours reprendraient « dès lundi ».",
            "fr",
            date(2020, 3, 13),
            {"lundi": "2020-03-16"},
        ),
        # The second of two coordinated dates shares the time of the first, even where a
        # quote keeps "demain" from making an event.
        (
            "\"Ce soir, 27 centres ont pu commencer à vacciner les soignants et d'ici demain "
            "soir et mercredi (...), il y aura une centaine d'hôpitaux\", a indiqué le ministre.",
            "fr",
            date(2021, 1, 4),
            {"mercredi": "2021-01-06"},
        ),
    ],
)
def test_dates_in_quotes_and_coordinated_dates(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Weekdays listed after "les" or "tous les": every week, however many are listed.
        (
            "Les concerts étant prévus les vendredi et samedi, ceux ajoutés auront lieu tous "
            "les mardi et mercredi. Il chantera vendredi.",
            "fr",
            date(2024, 9, 11),
            {"vendredi": "2024-09-13"},
        ),
        # Weekdays before a plural part of the day: every week.
        (
            "The league schedules games for the Friday and Saturday nights. Shops close on "
            "Sunday mornings. He will play on Friday.",
            "en",
            date(2013, 1, 30),
            {"on Friday": "2013-02-01"},
        ),
        # Two weekdays told ahead on the day of the second: the coming pair.
        (
            "Il viendra vendredi et samedi.",
            "fr",
            date(2024, 9, 14),
            {"vendredi et samedi": "2024-09-20"},
        ),
        (
            "Il est venu vendredi et samedi.",
            "fr",
            date(2024, 9, 14),
            {"vendredi et samedi": "2024-09-13"},
        ),
    ],
)
def test_habits_and_pairs_of_weekdays(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # "Dernier" names the last such day, whatever the weekday written beside it.
        (
            "Le procès s'est ouvert le vendredi 16 octobre dernier.",
            "fr",
            date(2025, 10, 25),
            {"le vendredi 16 octobre dernier": "2025-10-16"},
        ),
        # "Tout juste" makes a week or a month exact to the day, not a count of years.
        (
            "L'ours a été réintroduit il y a tout juste 25 ans. L'accident a eu lieu il y a "
            "tout juste un mois.",
            "fr",
            date(2021, 6, 3),
            {"il y a tout juste 25 ans": "1996", "il y a tout juste un mois": "2021-05-03"},
        ),
        # A perfect infinitive tells a deed done, unless a future governs it.
        (
            "Services are expected to have had the highest annual rate in August. The firm is "
            "believed to have sold the unit in June.",
            "en",
            date(2025, 9, 15),
            {"in August": "2025-08", "in June": "2025-06"},
        ),
        (
            "The suspect will be required to have left the country by October.",
            "en",
            date(2025, 9, 15),
            {"by October": "2025-10"},
        ),
        # "the first week in July" and "first week of July" without "the".
        (
            'OPEC would probably meet in the first week in July. He said: "Probably first '
            'week of July."',
            "en",
            date(2019, 6, 30),
            {"in the first week in July": "2019-W27", "first week of July": "2019-W27"},
        ),
    ],
)
def test_days_weeks_and_years_read_from_their_words(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A fiscal quarter need not be the calendar's: no event. The fiscal year keeps the
        # year it ends in.
        (
            "Shares fell after the company missed expectations for the fiscal first quarter. "
            "Its fiscal first-quarter performance declined. For fiscal 2024 as a whole, revenue "
            "rose. Revenue in the first quarter rose.",
            "en",
            date(2024, 9, 17),
            {"fiscal 2024": "2024", "in the first quarter": "2024-Q1"},
        ),
        # French writes months in lower case: a capitalised one after a noun names a thing.
        (
            "Le rover de la mission Mars 2020 est un sosie de Curiosity. Il est parti en Mars "
            "2020.",
            "fr",
            date(2021, 2, 18),
            {"en Mars 2020": "2020-03"},
        ),
    ],
)
def test_periods_that_are_no_calendar_dates(text, language, published, expected):
    assert events(text, published, language) == expected


def test_a_possessive_last_week_is_a_final_week():
    text = "It was his last week in office. The market fell last week."
    extraction = extract(text, published_on=date(2019, 6, 30), language="en")
    assert [(event.sentence, event.value) for event in extraction.events] == [
        ("The market fell last week.", "2019-W25")
    ]


def test_a_plural_title_ends_no_sentence():
    text = "In January, Reps. Katie Porter and Adam Schiff both entered the race."
    assert persons_of(text, "In January", date(2023, 3, 1), "en") == {
        "Katie Porter",
        "Adam Schiff",
    }
    assert events(text, date(2023, 3, 1), "en") == {"In January": "2023-01"}
