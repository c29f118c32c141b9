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


def test_right_honourable_ends_no_sentence():
    text = (
        "Parliament resumes today after the Speaker, the Rt. Hon. Alban Bagbin, on Thursday, "
        "October 17, 2024, declared four seats vacant."
    )
    extraction = extract(text, published_on=date(2024, 10, 22), language="en")
    assert {event.sentence for event in extraction.events} == {text}


def test_a_plural_title_ends_no_sentence():
    text = "In January, Reps. Katie Porter and Adam Schiff both entered the race."
    assert persons_of(text, "In January", date(2023, 3, 1), "en") == {
        "Katie Porter",
        "Adam Schiff",
    }
    assert events(text, date(2023, 3, 1), "en") == {"In January": "2023-01"}


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Text wrapped at a fixed width: its line breaks inside sentences are spaces.
        (
            "LONDON Feb 4 Hot on the heels of her Super Bowl\n"
            "half-time show, the singer has announced a world\n"
            "tour kicking off in Belgrade on April 15 and wrapping up in New\n"
            "York on Aug. 3.\n"
            "The European leg ends in Stockholm on May 29 and the tour\n"
            "travels to North America where it kicks off in Los Angeles on\n"
            "June 28.\n",
            "en",
            date(2013, 2, 4),
            {
                "on April 15": (
                    "the singer has announced a world tour kicking off in Belgrade on April 15"
                ),
                "on\nJune 28": "where it kicks off in Los Angeles on June 28",
            },
        ),
    ],
)
def test_wrapped_lines_make_one_sentence(text, language, published, expected):
    extraction = extract(text, published_on=published, language=language)
    sentences = {event.expression: event.sentence.replace("\n", " ") for event in extraction.events}
    for expression, part in expected.items():
        assert part in sentences[expression]


def test_headlines_and_short_lines_keep_their_breaks():
    text = (
        "Le festival ouvre ses portes\n"
        "Il accueillera le public à partir du 3 juillet.\n"
        "Programme complet en ligne\n"
    )
    extraction = extract(text, published_on=date(2024, 6, 1), language="fr")
    assert [event.sentence for event in extraction.events] == [
        "Il accueillera le public à partir du 3 juillet."
    ]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # "in 25 years" after a superlative measures a wait, no date ahead.
        (
            "He became the oldest winner of the French Open in 25 years. The plant will close "
            "in five years.",
            "en",
            date(2015, 6, 10),
            {"in five years": "2020"},
        ),
        # A date something is moved to is one time, even where the sentence tells a habit.
        (
            "The event that usually takes place in February has been postponed to 25 April.",
            "en",
            date(2021, 3, 14),
            {"25 April": "2021-04-25"},
        ),
        (
            "Le festival, qui a lieu chaque année en juillet, est reporté au 12 septembre.",
            "fr",
            date(2021, 3, 14),
            {"12 septembre": "2021-09-12"},
        ),
        # A year something is moved to.
        (
            "Les concerts sont officiellement reportés à 2024.",
            "fr",
            date(2023, 5, 10),
            {"à 2024": "2024"},
        ),
        # A year's work, named with a capital ("1979’s Prince", an album); "the 1990's" is a
        # decade.
        (
            "His early albums, 1979’s Prince and 1980’s Dirty Mind, sold well. The 1990's "
            "Britpop scene was loud.",
            "en",
            date(2016, 4, 21),
            {"1979’s": "1979", "1980’s": "1980"},
        ),
        # The copula holds the tense of a predicate the tagger read as a verb.
        (
            "A titre de comparaison, les pilotes étaient en grève à plus de 21 % vendredi.",
            "fr",
            date(2018, 5, 6),
            {"vendredi": "2018-05-04"},
        ),
        # A date inside a phrase opened by "après", however the parser hangs it, comes
        # before the plan: the nearest such day.
        (
            "Paris (AFP) – Après trois semaines de grève, une augmentation salariale jugée trop "
            "faible par la CGT et une mobilisation nationale pour les salaires en demi-teinte "
            "mardi, les grévistes des sites pétroliers vont devoir décider mercredi de la "
            "poursuite ou de l'élargissement de leur mouvement.",
            "fr",
            date(2022, 10, 19),
            {"mardi": "2022-10-18", "mercredi": "2022-10-19"},
        ),
        # "après" right before the date is the date's own bound.
        ("Il viendra après mardi.", "fr", date(2022, 10, 19), {"mardi": "2022-10-25"}),
    ],
)
def test_waits_reschedulings_possessive_years_and_phrases_after(
    text, language, published, expected
):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A surname opened by a joined particle, and the same surname written alone.
        (
            "Saudi Energy Minister Khalid al-Falih said on Sunday that OPEC would meet. Falih "
            "said earlier this month that it would.",
            "en",
            {"Khalid al-Falih": ("Khalid al-Falih", "Falih")},
        ),
        # The end of a hyphenated title is no first name.
        (
            "He announced the date after a visit to Governor-General Sam Mostyn on Monday.",
            "en",
            {"Sam Mostyn": ("Sam Mostyn",)},
        ),
        # A headline in capitals runs the verb into the name; the text writes the name alone.
        (
            "Janet Yellen Convenes Regulators over Bank Crisis\n\n"
            "Treasury Secretary Janet Yellen on Friday convened leading regulators.",
            "en",
            {"Janet Yellen": ("Janet Yellen",)},
        ),
        # A first name and a surname joined into one word name a place or an event.
        (
            "Elle a gagné Roland-Garros en 2022 au stade Pierre-Mauroy. Jean-Michel Jarre a "
            "joué samedi.",
            "fr",
            {"Jean-Michel Jarre": ("Jean-Michel Jarre",)},
        ),
    ],
)
def test_names_with_particles_titles_headlines_and_places(text, language, expected):
    extraction = extract(text, published_on=date(2023, 3, 10), language=language)
    assert extraction.persons == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A date in the words reported before "X said" takes their time, not the saying's.
        (
            "Hurricane Florence is expected to make landfall on the Carolinas this Thursday, "
            "Senior Meteorologist Tom Kines said Monday.",
            "en",
            date(2018, 9, 10),
            {"this Thursday": "2018-09-13", "Monday": "2018-09-10"},
        ),
        # "est parti" is a past: "est" there is an auxiliary, not a copula.
        (
            "Il est parti jeudi, a précisé le maire.",
            "fr",
            date(2024, 3, 13),
            {"jeudi": "2024-03-07"},
        ),
        # Two days with their own months joined by "et" are two days, unless they run on.
        (
            "Un nouveau scrutin va être organisé les 30 juin et 7 juillet. Le festival aura lieu "
            "les 30 juin et 1er juillet.",
            "fr",
            date(2024, 6, 10),
            {
                "30 juin": "2024-06-30",
                "7 juillet": "2024-07-07",
                "les 30 juin et 1er juillet": "2024-06-30",
            },
        ),
        # Two weekdays with parts of the day between them are one span.
        (
            "It is expected to pass east of South Carolina Thursday night into Friday morning. "
            "Winds should arrive through the day Thursday and into Friday.",
            "en",
            date(2014, 7, 2),
            {
                "Thursday night into Friday morning": "2014-07-03",
                "Thursday and into Friday": "2014-07-03",
            },
        ),
        # The same weekday told twice in a sentence is one day of the story.
        (
            "The storm heads offshore, passing east of the region during the day on Friday and "
            "far out to sea on Friday evening.",
            "en",
            date(2014, 7, 2),
            {"on Friday": "2014-07-04"},
        ),
    ],
)
def test_reported_clauses_copulas_pairs_of_days_and_days_told_twice(
    text, language, published, expected
):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # "de" + "le mois dernier".
        (
            "Le parti a perdu sa majorité lors des élections du mois dernier.",
            "fr",
            date(2024, 6, 10),
            {"du mois dernier": "2024-05"},
        ),
        # The first quarter of a year named after "l'année".
        (
            "Une hausse de 300 % par rapport aux trois premiers mois de l'année 2023.",
            "fr",
            date(2024, 5, 6),
            {"trois premiers mois de l'année 2023": "2023-Q1"},
        ),
        # A year before a happening noun: "the 2020 incident".
        (
            "The man was sentenced to 16 years in prison after the 2020 incident.",
            "en",
            date(2023, 6, 10),
            {"the 2020": "2020"},
        ),
    ],
)
def test_relative_months_quarters_and_happenings_of_a_year(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A photographer credited with an agency.
        ("Kevin Mazur/WireImage for NPG Records. Prince has died on Thursday.", "en"),
        # Firms with English names and parties, in French.
        ("Le fonds Artisan Partners a écrit jeudi. Le Front National a gagné jeudi.", "fr"),
        ("Bill Nelson's flight on the Space Shuttle was on Thursday.", "en"),
    ],
)
def test_credits_firms_and_parties_are_no_people(text, language):
    extraction = extract(text, published_on=date(2016, 4, 22), language=language)
    assert not {"Kevin Mazur", "Artisan Partners", "Front National", "Space Shuttle"} & set(
        extraction.persons
    )


def test_once_in_a_month_is_a_yearly_round():
    text = (
        "The semiannual testimony, once in February and once in July, is required by law. He "
        "met her once in 2015."
    )
    assert events(text, date(2019, 7, 10), "en") == {"in 2015": "2015"}


def test_a_body_named_after_a_year_is_no_date():
    text = "She met the chairman of the 1922 Committee. She won the 2019 French Open."
    assert events(text, date(2019, 6, 10), "en") == {"the 2019": "2019"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Days in brackets after a month of the sentence take that month.
        (
            "En mars, il avait dû renoncer à Bruxelles (les 23 et 24) et à Paris (du 29 au 31).",
            "fr",
            {
                "En mars": "2023-03",
                "(les 23 et 24)": "2023-03-23",
                "(du 29 au 31)": "2023-03-29",
            },
        ),
        (
            "In March, he cancelled shows in Brussels (the 23rd and 24th). The law (article "
            "22) passed in May.",
            "en",
            {"In March": "2023-03", "(the 23rd and 24th)": "2023-03-23", "in May": "2023-05"},
        ),
    ],
)
def test_days_in_brackets_take_the_month_before_them(text, language, expected):
    assert events(text, date(2023, 5, 10), language) == expected


def test_anaphoras_of_the_day_and_month_in_focus():
    text = (
        "Police announced on Aug. 20 that charges were issued for an incident the day prior. "
        "On May 22, he said he had not seen his mother since the previous afternoon. She had "
        "obtained a restraining order earlier in the month."
    )
    assert events(text, date(2022, 8, 23), "en") == {
        "on Aug. 20": "2022-08-20",
        "the day prior": "2022-08-19",
        "On May 22": "2022-05-22",
        "the previous afternoon": "2022-05-21",
        "earlier in the month": "2022-05",
    }


def test_a_long_name_cut_in_two_by_the_tagger_is_one_person():
    text = (
        "Parliament resumes today after the Speaker, the Rt. Hon. Alban Sumana Kingsford "
        "Bagbin, declared four seats vacant. Donald Trump and Joe Biden met on Monday."
    )
    extraction = extract(text, published_on=date(2024, 10, 22), language="en")
    assert set(extraction.persons) == {"Alban Sumana Kingsford Bagbin", "Donald Trump", "Joe Biden"}
