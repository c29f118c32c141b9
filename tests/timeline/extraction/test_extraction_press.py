"""Real press prose: page furniture, traps and the forms journalists use (spaCy, no database).

Each case comes from a longer passage written the way agencies and papers write (datelines,
bylines, captions, "Lire aussi", stock figures, scores) that the extractor once got wrong.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import spans
from timeline.extraction import extract

# --- Page furniture dates no event, except the stamp of publication -------------------------------


def test_dateline_byline_caption_links_and_stamp_are_no_events_fr():
    # The publication stamp is the page's, no event of the story: it dates the article.
    text = (
        "Grève à la SNCF : le trafic reste perturbé\n\n"
        "Par Julie Marchand, avec AFP\n"
        "Publié le 12/03/2024 à 18h42, mis à jour à 19h05\n\n"
        "PARIS, 12 mars (AFP) - Le trafic restait très perturbé mardi soir.\n\n"
        "Lire aussi : Le 7 octobre 2023, la grève qui avait tout bloqué\n\n"
        "(Photo : des voyageurs en gare de Lyon, le 11 mars 2024. AFP)\n\n"
        "Le préavis court jusqu'au 17 mars."
    )
    assert spans(text, date(2024, 3, 12), "fr") == {
        "mardi soir": ("2024-03-12", None),
        "17 mars": ("2024-03-17", None),
    }


def test_dateline_byline_caption_links_and_stamp_are_no_events_en():
    text = (
        "Stocks slide\n\nBy Sarah Klein, Reuters\nPublished Oct. 5, 2023, 6:12 p.m. ET\n\n"
        "NEW YORK, Oct 5 (Reuters) - Wall Street closed lower on Thursday.\n\n"
        "Read more: What the Sept. 20 decision means for you\n\n"
        "CUPERTINO, Calif., March 8 - Apple unveiled a phone on Tuesday.\n\n"
        "(Photo: Traders on the floor of the exchange, Oct. 3, 2023. REUTERS)"
    )
    assert spans(text, date(2023, 10, 5), "en") == {
        "on Thursday": ("2023-10-05", None),
        "on Tuesday": ("2023-10-03", None),
    }


# --- Traps: names, numbers and references that date nothing -------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les syndicats ont été reçus rue du 4-Septembre.", "fr"),
        ("Ce débat rappelle celui de la loi de 1905 sur la laïcité.", "fr"),
        ("Les cas de Covid-19 augmentent, a indiqué le G20 santé.", "fr"),
        ("Ce mouvement rappelle Mai 68.", "fr"),
        ("Le CAC 40 a cédé 0,8 % à 7 954,23 points, et Lens s'est imposé 3-1.", "fr"),
        ("The Civil Rights Act of 1964 changed the country.", "en"),
        ("The last comparable sell-off came in the 1990s.", "en"),
        ("Residents at 1200 Bayshore Blvd were moved; the S&P 500 fell 0.8% to 4,258.19.", "en"),
    ],
)
def test_traps_of_press_prose_are_no_events(text, language):
    assert spans(text, date(2024, 3, 12), language) == {}


# --- Forms the patterns once missed or misread ---------------------------------------------------


def test_year_followed_by_apres_is_still_a_year():
    found = spans(
        "Renault a relevé ses prévisions en 2024 après un bon semestre.", date(2024, 7, 25), "fr"
    )
    assert found == {"en 2024": ("2024", None)}


def test_a_span_of_years_wins_over_its_first_year():
    text = "La dernière grève remonte à la réforme des retraites de 2019-2020."
    assert spans(text, date(2024, 3, 12), "fr") == {"2019-2020": ("2019", "2020")}


def test_a_day_wins_over_its_month_after_a_preposition():
    text = "The next earnings call is scheduled for April 28."
    assert spans(text, date(2022, 3, 8), "en") == {"for April 28": ("2022-04-28", None)}


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # Published on a Tuesday: the weekend just gone closed the previous ISO week.
        ("Samsung cut prices over the weekend.", date(2022, 3, 8), "2022-W09"),
        # Told ahead on a Saturday: this weekend.
        ("Reeves will deliver a statement over the weekend.", date(2024, 7, 6), "2024-W27"),
    ],
)
def test_over_the_weekend_takes_the_weekend_the_tense_points_to(text, published, value):
    assert spans(text, published, "en") == {"over the weekend": (value, None)}


def test_ce_week_end_told_in_the_past_on_a_monday_is_the_weekend_just_gone():
    text = "Ce week-end, le club a remporté son premier match."
    assert spans(text, date(2024, 9, 30), "fr") == {"Ce week-end": ("2024-W39", None)}


# --- Tense in reported speech --------------------------------------------------------------------


def test_conditional_in_reported_speech_looks_ahead():
    text = "La direction a annoncé qu'un train sur deux circulerait mercredi sur les lignes TGV."
    assert spans(text, date(2024, 3, 12), "fr") == {"mercredi": ("2024-03-13", None)}


def test_surname_ending_like_a_future_is_no_future():
    # "Schapira" ends like "ira"; the pleading happened on the publication day, a Tuesday.
    text = "Son avocat, Me Sébastien Schapira, a plaidé l'irresponsabilité pénale mardi."
    assert spans(text, date(2024, 1, 30), "fr") == {"mardi": ("2024-01-30", None)}


def test_clock_time_before_a_weekday_ends_no_sentence():
    text = "Residents were told to evacuate by 8 a.m. Tuesday, officials said."
    extraction = extract(text, published_on=date(2024, 10, 10), language="en")
    assert [(e.value, e.sentence) for e in extraction.events] == [("2024-10-08", text)]


# --- The forms of a press week --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "language", "expression", "value"),
    [
        (
            "Powell warned earlier this month that rates could rise.",
            date(2023, 10, 5),
            "en",
            "earlier this month",
            "2023-10",
        ),
        (
            "The storm made landfall on Monday night.",
            date(2024, 10, 10),
            "en",
            "on Monday night",
            "2024-10-07",
        ),
        (
            "Apple said iPhone sales fell in the second quarter.",
            date(2023, 10, 5),
            "en",
            "in the second quarter",
            "2023-Q2",
        ),
        ("Analysts expect a rebound next year.", date(2023, 10, 5), "en", "next year", "2024"),
        (
            "Chelsea play their next match on Oct. 3.",
            date(2024, 9, 29),
            "en",
            "on Oct. 3",
            "2024-10-03",
        ),
        (
            "Le RC Lens a battu Nantes jeudi 3 octobre.",
            date(2024, 10, 4),
            "fr",
            "jeudi 3 octobre",
            "2024-10-03",
        ),
        (
            "Depuis 2015, les contrôleurs ont perdu 12 % de pouvoir d'achat.",
            date(2024, 3, 12),
            "fr",
            "Depuis 2015",
            "2015",
        ),
    ],
)
def test_press_forms_resolve(text, published, language, expression, value):
    assert spans(text, published, language)[expression] == (value, None)


# --- People in press prose -----------------------------------------------------------------------


def test_storm_named_like_a_person_is_no_person():
    text = "La tempête Ciaran a balayé la Bretagne dans la nuit de mercredi à jeudi."
    extraction = extract(text, published_on=date(2023, 11, 2), language="fr")
    assert extraction.persons == {}
    assert [event.persons for event in extraction.events] == [()]


def test_single_word_name_in_apposition_to_a_role_is_a_person():
    text = (
        "Prime Minister Keir Starmer said on Saturday that his government would publish a "
        "budget in the autumn. Starmer's chancellor, Rachel Reeves, was elected in 2010.\n\n"
        "Lula, the Brazilian president, called Starmer on Sunday to congratulate him."
    )
    extraction = extract(text, published_on=date(2024, 7, 6), language="en")
    persons = {event.expression: set(event.persons) for event in extraction.events}
    assert persons["on Sunday"] == {"Lula", "Keir Starmer"}
    assert persons["in 2010"] == {"Rachel Reeves"}


def test_conditional_that_hedges_the_present_does_not_look_ahead():
    text = "Selon un sondage publié le 3 novembre, il recueillerait 18 % des intentions de vote."
    assert spans(text, date(2024, 11, 27), "fr") == {"le 3 novembre": ("2024-11-03", None)}


@pytest.mark.parametrize(
    ("text", "language", "expression", "value"),
    [
        ("The vote is set for the week of March 4.", "en", "the week of March 4", "2024-W10"),
        ("Le procès aura lieu la semaine du 4 mars.", "fr", "la semaine du 4 mars", "2024-W10"),
        ("Two weeks from now, the polls open.", "en", "Two weeks from now", "2024-W09"),
    ],
)
def test_weeks_named_by_a_day_or_counted_ahead_take_week_precision(
    text, language, expression, value
):
    assert spans(text, date(2024, 2, 14), language) == {expression: (value, None)}


@pytest.mark.parametrize(
    "text",
    [
        "La loi Travail de 2016 a été abrogée.",
        "Les accords de Paris de 2015 sont menacés.",
    ],
)
def test_texts_named_after_their_year_date_nothing(text):
    assert spans(text, date(2024, 2, 14), "fr") == {}
