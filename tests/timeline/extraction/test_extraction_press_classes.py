"""Classes of errors found on further press articles (spaCy, no database).

Each case is a sentence of our own showing the general behaviour, in French and English where
the class exists in both.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import events
from timeline.extraction import extract

# --- Tense -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        # A participle the tagger reads as an adverb still has its auxiliary: past.
        (
            "Dans la nuit de lundi à mardi, les secours ont réussi à dégager la route.",
            date(2025, 3, 12),  # a Wednesday
            "Dans la nuit de lundi à mardi",
            "2025-03-10",
        ),
        # A passive infinitive takes the tense of its governor: "doit" looks ahead.
        (
            "La mesure doit être réévaluée fin juin.",
            date(2023, 2, 7),
            "fin juin",
            "2023-06",
        ),
        # A plan set off by commas, told under a pluperfect, lies behind.
        (
            "Le vote, initialement prévu en mars, avait été repoussé de trois mois.",
            date(2021, 6, 28),
            "en mars",
            "2021-03",
        ),
        # "jusqu'à" a weekday, with no tense the parser can read: a bound ahead.
        (
            "Vinci Autoroutes conseille aux automobilistes d'éviter le secteur jusqu'à jeudi.",
            date(2024, 1, 24),  # a Wednesday
            "jeudi",
            "2024-01-25",
        ),
    ],
)
def test_french_tense_cues_of_the_press(text, published, expression, expected):
    assert events(text, published, "fr")[expression] == expected


def test_english_plan_told_under_a_pluperfect_lies_behind():
    text = "The vote, originally scheduled for March, had been postponed by three months."
    assert events(text, date(2021, 6, 28), "en")["for March"] == "2021-03"
    ahead = "The vote, scheduled for March, will decide the budget."
    assert events(ahead, date(2021, 1, 28), "en")["for March"] == "2021-03"
    assert events(ahead, date(2021, 6, 28), "en")["for March"] == "2022-03"


def test_a_present_bound_in_a_later_paragraph_keeps_the_current_year():
    text = (
        "Les habitants se souviennent de l'incendie d'août 2021, qui avait fait deux morts.\n\n"
        "Le département reste classé en risque très sévère jusqu'au 17 août au moins."
    )
    assert events(text, date(2025, 8, 13), "fr")["17 août"] == "2025-08-17"


def test_a_past_day_of_the_old_month_in_a_later_paragraph_takes_its_year():
    text = (
        "Les manifestations ont commencé le 13 mai 1968 à Paris.\n\n"
        "Les accords de Grenelle ont été conclus le 27 mai."
    )
    assert events(text, date(2024, 5, 1), "fr")["le 27 mai"] == "1968-05-27"


# --- Weeks and habits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        (
            "Le froid a gagné la vallée du Rhône en fin de semaine dernière.",
            "fr",
            "en fin de semaine dernière",
            "2024-W03",
        ),
        ("Les syndicats seront reçus en début de semaine prochaine.", "fr", None, "2024-W05"),
        ("The cold front reached the valley late last week.", "en", None, "2024-W03"),
    ],
)
def test_part_of_a_week_keeps_week_precision(text, language, expression, expected):
    found = events(text, date(2024, 1, 24), language)
    assert list(found.values()) == [expected], found
    if expression:
        assert expression in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des nocturnes sont prévues chaque premier vendredi du mois jusqu'à 22 h.", "fr"),
        ("Late openings take place every first Friday of the month until 10 p.m.", "en"),
    ],
)
def test_an_ordinal_weekday_of_every_month_is_a_habit(text, language):
    assert events(text, date(2026, 3, 5), language) == {}


def test_the_first_weekday_of_a_named_month_is_still_a_date():
    found = events("La rentrée aura lieu le premier lundi de septembre.", date(2026, 3, 5), "fr")
    assert found != {}


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        ("La Bourse s'effondrait il y a un an.", "fr", "il y a un an", "2008"),
        ("La banque a fait faillite il y a un an, jour pour jour.", "fr", None, "2008-09-15"),
        ("The bank collapsed a year ago to the day.", "en", None, "2008-09-15"),
        ("Le chantier s'achèvera dans un an.", "fr", "dans un an", "2010"),
    ],
)
def test_one_year_ago_and_to_the_day(text, language, expression, expected):
    found = events(text, date(2009, 9, 15), language)
    assert list(found.values()) == [expected], found
    if expression:
        assert expression in found


def test_an_enumeration_of_days_runs_from_the_first_to_the_last():
    text = "Les huitièmes retour se joueront les mardi 5, mercredi 6, mardi 12 et mercredi 13 mars."
    extraction = extract(text, published_on=date(2019, 2, 14), language="fr")
    assert [(e.value, e.end_value) for e in extraction.events] == [("2019-03-05", "2019-03-13")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A present passive up to a bound: this summer's, not last year's.
        ("La campagne est diffusée jusqu'au 31 août.", date(2025, 7, 11), "2025-08-31"),
        # A verb whose past is formed with "être" keeps its past.
        ("Le musée est resté fermé jusqu'au 31 août.", date(2025, 9, 11), "2025-08-31"),
        ("Le musée est resté fermé jusqu'au 31 août.", date(2025, 7, 11), "2024-08-31"),
    ],
)
def test_a_present_passive_up_to_a_bound_lies_ahead(text, published, expected):
    assert events(text, published, "fr")["31 août"] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A plan told in the past: the Thursday just gone.
        (
            "On Thursday, prosecutors were expected to drop the charges.",
            date(2020, 2, 28),
            "2020-02-27",
        ),
        # A passive infinitive: "for designs to be completed" looks ahead.
        (
            "The hope is for designs to be completed by the end of March.",
            date(2017, 10, 17),
            "2018-03",
        ),
    ],
)
def test_english_plans_in_the_past_and_passive_infinitives(text, published, expected):
    assert list(events(text, published, "en").values()) == [expected]
