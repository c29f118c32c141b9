"""Classes of errors found on a fourth set of press articles (spaCy, no database).

Each case is a sentence of our own showing the general behaviour, in French and English where
the class exists in both.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
from timeline.extraction import extract

# --- Tense: an irregular participle set off by a comma, or opening the sentence ----------------


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # Published on 20 November 2024: what the participle tells lies behind.
        (
            "Le chantier, ouvert le 2 septembre, doit durer encore deux ans.",
            "le 2 septembre",
            "2024-09-02",
        ),
        (
            "Sorti le 3 septembre, le disque se vend encore très bien.",
            "le 3 septembre",
            "2024-09-03",
        ),
        ("Le pont, construit le 4 août, sert déjà aux cyclistes.", "le 4 août", "2024-08-04"),
    ],
)
def test_apposed_or_opening_participle_tells_the_past(text, expression, expected):
    assert events(text, date(2024, 11, 20), "fr")[expression] == expected


# --- Persons: an age alone, the couple, the first person of a quote, things named ---------------


def test_an_age_alone_is_the_person_just_named():
    text = (
        "Olivia Brandt has coached the rowing club since 1998. "
        "On Friday, the 61-year-old will hand the club to her deputy."
    )
    assert persons_of(text, "On Friday", date(2024, 11, 20), "en") == {"Olivia Brandt"}


@pytest.mark.parametrize(
    ("text", "language", "expression"),
    [
        (
            "Anna Keller met the banker Tom Ferris in 2019 in Vienna. "
            "The couple exchanged vows last Saturday in Lisbon.",
            "en",
            "last Saturday",
        ),
        (
            "Anna Keller a rencontré le banquier Tom Ferris en 2019 à Vienne. "
            "Le couple s'est marié samedi dernier à Lisbonne.",
            "fr",
            "samedi dernier",
        ),
    ],
)
def test_the_couple_is_the_two_people_just_named(text, language, expression):
    assert persons_of(text, expression, date(2026, 3, 12), language) == {
        "Anna Keller",
        "Tom Ferris",
    }


@pytest.mark.parametrize(
    ("text", "language", "expression"),
    [
        (
            "Olivia Brandt has coached the club for years.\n\n"
            '"I bought my first boat in 2003 and never looked back. It was a good call," '
            "she said at the boathouse, a shed that smells of varnish.",
            "en",
            "in 2003",
        ),
        (
            "Olivia Brandt entraîne le club depuis des années.\n\n"
            "« J'ai acheté mon premier bateau en 2003 et je n'ai jamais regretté. C'était le "
            "bon choix », a-t-elle confié.",
            "fr",
            "en 2003",
        ),
    ],
)
def test_first_person_quote_sentence_is_its_speakers(text, language, expression):
    assert persons_of(text, expression, date(2024, 11, 20), language) == {"Olivia Brandt"}


def test_a_name_after_a_thing_noun_is_a_thing_everywhere():
    text = (
        "Ferrand Textiles : la grève continue\n\n"
        "Les ouvriers de l'usine Ferrand Textiles de Lisieux ont voté hier la poursuite de la "
        "grève commencée le 3 novembre."
    )
    extraction = extract(text, published_on=date(2024, 11, 20), language="fr")
    assert extraction.events
    assert all(not event.persons for event in extraction.events)


# --- Feasts on a fixed day -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Published on 10 March 2026: a yearless feast told in the past is the last one.
        (
            "The band played its last concert on New Year's Eve in Glasgow.",
            "en",
            {"on New Year's Eve": "2025-12-31"},
        ),
        (
            "The shop reopened on Boxing Day 2024 after the flood.",
            "en",
            {"on Boxing Day 2024": "2024-12-26"},
        ),
        (
            "Le groupe a donné son dernier concert à la Saint-Sylvestre à Lille.",
            "fr",
            {"à la Saint-Sylvestre": "2025-12-31"},
        ),
        # The date that follows says it: one event.
        (
            "Des orages sont attendus le jour de l'An, jeudi 1er janvier.",
            "fr",
            {"jeudi 1er janvier": "2026-01-01"},
        ),
    ],
)
def test_fixed_feasts_are_days(text, language, expected):
    assert events(text, date(2026, 3, 10), language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expression"),
    [
        (
            "Le tribunal a entendu mardi le pépiniériste Michel Rouard. "
            "Condamné en 2018, le pépiniériste avait déjà fait appel.",
            "fr",
            "en 2018",
        ),
        (
            "The court heard the beekeeper Michael Rowe on Tuesday. "
            "Fined in 2018, the beekeeper had already appealed.",
            "en",
            "in 2018",
        ),
    ],
)
def test_a_noun_set_before_a_full_name_is_a_role(text, language, expression):
    expected = {"Michel Rouard"} if language == "fr" else {"Michael Rowe"}
    assert persons_of(text, expression, date(2024, 11, 20), language) == expected


# --- Compound number words in offsets ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Arrivé au club il y a trente-quatre ans, il part demain.", "fr", "1990"),
        ("Il a fondé l'atelier il y a vingt et un ans.", "fr", "2003"),
        ("She opened the bakery thirty-four years ago.", "en", "1990"),
    ],
)
def test_compound_number_words_count(text, language, expected):
    assert expected in events(text, date(2024, 11, 20), language).values()
