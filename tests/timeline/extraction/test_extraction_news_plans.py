"""Plans, bounds and conditionals: which year a day or month without one belongs to when the
sentence tells a plan, an extension or a future seen from the past; and people the press
names by a first name and an initial (spaCy, no database). Each case is a sentence of our own
showing the general behaviour, in French and English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # French conditionals of verbs in "-ir", "-ire", "-ttre", "-evoir", "-vivre": a future
        # seen from the past, as "-erait" already was.
        (
            "Le label a annoncé que la chanteuse sortirait un nouvel album en octobre.",
            "fr",
            date(2016, 6, 16),
            {"en octobre": "2016-10"},
        ),
        (
            "Le ministre a assuré que la commission remettrait son rapport en septembre.",
            "fr",
            date(2019, 5, 2),
            {"en septembre": "2019-09"},
        ),
        (
            "Le maire a indiqué que l'usine recevrait ses premières machines en novembre.",
            "fr",
            date(2021, 3, 10),
            {"en novembre": "2021-11"},
        ),
        # The imperfect of a verb in "-irer" stays a past.
        (
            "Le club a rappelé que l'équipe attirait déjà les foules en octobre.",
            "fr",
            date(2016, 6, 16),
            {"en octobre": "2015-10"},
        ),
    ],
)
def test_french_conditionals_look_ahead_of_the_report(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A plan told in the past ("était prévu"): the calendar decides, whatever the other
        # verbs of the sentence.
        (
            "Le lancement était initialement prévu mi-mars et il devait emmener trois astronautes.",
            "fr",
            date(2023, 2, 24),
            {"mi-mars": "2023-03"},
        ),
        (
            "The launch was originally scheduled for mid-March and it was to carry three "
            "astronauts.",
            "en",
            date(2023, 2, 24),
            {"mid-March": "2023-03"},
        ),
    ],
)
def test_a_plan_told_in_the_past_is_placed_by_the_calendar(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # "jusqu'à" opens the expression: a closure or an extension up to it lies ahead.
        (
            "Les écoles sont fermées jusqu'à septembre.",
            "fr",
            date(2023, 2, 24),
            {"jusqu'à septembre": "2023-09"},
        ),
        (
            "La mission a été étendue jusqu'à septembre.",
            "fr",
            date(2023, 2, 24),
            {"jusqu'à septembre": "2023-09"},
        ),
        (
            "The mission has been extended until September.",
            "en",
            date(2023, 2, 24),
            {"until September": "2023-09"},
        ),
        (
            "La grève a déjà été reconduite jusqu'à mardi dans la raffinerie.",
            "fr",
            date(2022, 10, 15),
            {"mardi": "2022-10-18"},
        ),
        # A day a plan was first meant for, since changed, is the one just gone.
        (
            "La grève illimitée, initialement prévue pour lundi, est maintenant en cours.",
            "fr",
            date(2012, 6, 5),
            {"lundi": "2012-06-04"},
        ),
        # Told as over, the bound is behind.
        (
            "Le musée est resté fermé jusqu'au 31 août.",
            "fr",
            date(2023, 2, 24),
            {"31 août": "2022-08-31"},
        ),
    ],
)
def test_a_closure_or_extension_runs_to_a_date_ahead(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A date coordinated with one said to be ahead ("prochains") is ahead too.
        (
            "Les concerts du 1er et 2 juin prochains ainsi que ceux du 8 et 9 décembre sont "
            "annulés.",
            "fr",
            date(2023, 5, 9),
            {"du 1er et 2 juin prochains": "2023-06-01", "du 8 et 9 décembre": "2023-12-08"},
        ),
        # ... or behind, after "dernier".
        (
            "Il a joué à Paris en mars dernier et en octobre.",
            "fr",
            date(2023, 5, 9),
            {"en mars dernier": "2023-03", "en octobre": "2022-10"},
        ),
    ],
)
def test_a_coordinated_date_shares_the_direction_of_the_first(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A weekday owning a fixture ("for Saturday's Test") is the fixture ahead ...
        (
            "The coach has named his squad for Saturday's Test against the Springboks.",
            date(2023, 8, 24),
            {"Saturday": "2023-08-26"},
        ),
        # ... but owning a deed, it is the deed done ("for Thursday's attack").
        (
            "Police have arrested a man for Monday's attack on the mosque.",
            date(2023, 8, 24),
            {"Monday": "2023-08-21"},
        ),
    ],
)
def test_a_weekday_owning_a_fixture_meant_for_it_lies_ahead(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_name_cut_to_an_initial_keeps_its_full_stop():
    text = (
        "Florent G. est venu de Marseille le 27 juillet 2016 pour parler à son ancienne amie. "
        "Florent G., 27 ans, a été jugé hier."
    )
    assert persons_of(text, "le 27 juillet 2016", date(2023, 1, 10), "fr") == {"Florent G."}


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        # Heads of government by other names are titles, not first names.
        (
            "Taoiseach Simon Harris confirmed the date. Taoiseach Harris will travel to the "
            "Áras on Friday to meet the President.",
            "en",
            "on Friday",
            {"Simon Harris"},
        ),
        # A name in apposition with a thing is a firm, not a person.
        (
            "Gold Fields, one of the world's largest gold mining firms, began consultations "
            "with the unions in August.",
            "en",
            "in August",
            set(),
        ),
        (
            "Veolia Durand, le groupe lyonnais, a annoncé lundi la fermeture de son usine.",
            "fr",
            "lundi",
            set(),
        ),
        # Streets and agencies end no one's name.
        (
            "Councillors voted Monday night to double the budget of the George St upgrade.",
            "en",
            "Monday night",
            set(),
        ),
        (
            "Judge Camille Buras handed down the sentence on Thursday, the Associated Press "
            "reported.",
            "en",
            "on Thursday",
            {"Camille Buras"},
        ),
        # A portfolio before a name is no first name.
        (
            "Minister for Education Norma Foley announced on Tuesday that results would come "
            "in August.",
            "en",
            "on Tuesday",
            {"Norma Foley"},
        ),
        # A title before a name makes it no thing's ("le général Mamadi Doumbouya").
        (
            "Le président de la transition, le général Mamadi Doumbouya, a fixé la date de "
            "l'élection au 28 décembre 2025.",
            "fr",
            "28 décembre 2025",
            {"Mamadi Doumbouya"},
        ),
        # Military ranks are titles; plural storms are no one.
        (
            "Junta leader General Min Aung Hlaing, in a meeting on Monday with the security "
            "council, extended a state of emergency.",
            "en",
            "on Monday",
            {"Min Aung Hlaing"},
        ),
        ("Storms Ciara and Dennis battered Britain in February.", "en", "in February", set()),
    ],
)
def test_titles_and_things_in_apposition_are_no_names(text, language, expression, expected):
    assert persons_of(text, expression, date(2024, 11, 7), language) == expected


def test_a_role_that_titles_the_name_after_it_makes_no_apposition():
    text = "The vote will be the next General Election, the mayor John Smith said on Friday."
    extraction = extract(text, published_on=date(2024, 11, 7), language="en")
    assert set(extraction.persons) == {"John Smith"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # What an order asks for ("ordered that ... be heard") lies after the order: the
        # calendar places it, ahead ...
        (
            "The magistrate ordered the matter next be heard for a committal mention on July 26.",
            date(2024, 4, 26),
            {"on July 26": "2024-07-26"},
        ),
        (
            "Judge Howard Fell ordered that the Sept. 19 trial date be vacated.",
            date(2023, 8, 3),
            {"Sept. 19": "2023-09-19"},
        ),
        # ... or just gone.
        (
            "The judge ordered that the man be released on July 2.",
            date(2023, 8, 3),
            {"on July 2": "2023-07-02"},
        ),
        # A month before a deed names it: "the January conviction".
        (
            "The January conviction was the second for Hayes.",
            date(2024, 4, 25),
            {"January": "2024-01"},
        ),
        # A month before a year told from now, with no preposition.
        (
            "The rocket flew in August 2022 and February this year.",
            date(2023, 7, 30),
            {"in August 2022": "2022-08", "February this year": "2023-02"},
        ),
        # ... but not a surname after a first name.
        (
            "Theresa May last year resigned.",
            date(2023, 7, 30),
            {"last year": "2022"},
        ),
    ],
)
def test_orders_deeds_and_months_of_a_relative_year(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_span_of_weekdays_running_on_publication_day_is_this_week():
    # Told on Tuesday 19 July 2022: the warning runs from Monday 18 to Wednesday 20.
    text = "Meteorologists issued a red extreme heat warning from Monday through to Wednesday."
    extraction = extract(text, published_on=date(2022, 7, 19), language="en")
    assert [(e.value, e.end_value) for e in extraction.events] == [("2022-07-18", "2022-07-20")]


def test_a_surname_in_capitals_is_a_name():
    # Much of the French and African press writes surnames in capitals.
    text = "Sergueï LAVROV aura un agenda chargé aujourd'hui à Bamako."
    assert persons_of(text, "aujourd'hui", date(2023, 2, 7), "fr") == {"Sergueï LAVROV"}


def test_a_date_coordinated_with_the_one_before_shares_its_people():
    text = "Ses prédécesseurs ont été Joseph Deiss en 2004 et Jean-Marie Musy en 1925 et 1930."
    assert persons_of(text, "1930", date(2023, 12, 13), "fr") == {"Jean-Marie Musy"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A weekday and a date that agree just ahead are not sought years back.
        (
            "A second show has been announced for Sunday, March 7 at the Spark Arena.",
            date(2020, 11, 30),
            {"for Sunday, March 7": "2021-03-07"},
        ),
        # A plan since changed ("earlier scheduled") and the date something is moved from:
        # the calendar places them.
        (
            "The wedding was earlier scheduled for mid April.",
            date(2020, 3, 19),
            {"mid April": "2020-04"},
        ),
        (
            "Their wedding has been shifted from April to next year.",
            date(2020, 3, 19),
            {"from April": "2020-04", "next year": "2021"},
        ),
    ],
)
def test_plans_changed_and_dates_moved_from(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_weekday_after_a_preposition_is_a_day_whatever_capital_follows():
    text = (
        "Earlier on Sunday US election observers said the vote was flawed. "
        "He read it in the Sunday Times."
    )
    assert events(text, date(2018, 8, 26), "en") == {"on Sunday": "2018-08-26"}


def test_an_elided_object_clitic_after_a_thing_subject_is_the_person_named_before():
    text = (
        "Alain Berset présidera la Confédération en 2023. "
        "L'Assemblée fédérale l'a élu mercredi par 140 voix."
    )
    assert persons_of(text, "mercredi", date(2022, 12, 8), "fr") == {"Alain Berset"}


def test_a_surname_tagged_apart_but_titled_elsewhere_ends_the_name_before_it():
    text = (
        "ISLAMABAD: Foreign Minister Shah Mahmood Qureshi will pay a two-day official visit to "
        "Turkey on Friday. The Foreign Minister Qureshi’s visit is part of regular exchanges."
    )
    assert persons_of(text, "on Friday", date(2021, 4, 22), "en") == {"Shah Mahmood Qureshi"}


def test_a_weekday_and_a_capitalised_part_of_the_day_in_running_text_name_a_programme():
    text = (
        "A Newshub employee spoke to Saturday Morning on the condition of anonymity. "
        "The lawyer discussed the cuts with Saturday Morning's Susie Ferguson. "
        "Rain fell on Saturday morning in Auckland."
    )
    assert events(text, date(2024, 3, 16), "en") == {"on Saturday morning": "2024-03-16"}
