"""People: cleaning, canonical names, roles and pronouns (spaCy, no database)."""

from collections import Counter
from datetime import date

import pytest

from timeline.extraction import extract
from timeline.extraction.persons import canonical_names, clean_name, fold


@pytest.mark.parametrize(
    ("entity", "language", "name"),
    [
        ("M. Musk", "fr", "Musk"),
        ("Mme Vasseur", "fr", "Vasseur"),
        ("d'Elon Musk", "fr", "Elon Musk"),
        ("le président Donald Trump", "fr", "Donald Trump"),
        ("Mr. Musk's", "en", "Musk"),
        ("President Joe Biden", "en", "Joe Biden"),
        ("n’", "fr", None),
        ("qu'", "fr", None),
        ("X.", "fr", None),
        ("ONG", "fr", None),
        ("Fox News", "en", None),
        ("candidat", "fr", None),
        ("Lundi", "fr", None),
    ],
)
def test_clean_name_strips_titles_and_drops_junk(entity, language, name):
    assert clean_name(entity, language) == name


def test_surname_maps_to_the_full_name_ending_with_it():
    mapping = canonical_names(Counter({"Elon Musk": 3, "Musk": 4, "Ron DeSantis": 1}))
    assert mapping["Musk"] == "Elon Musk"
    assert mapping["Ron DeSantis"] == "Ron DeSantis"


def test_fold_ignores_case_and_accents():
    assert fold("Héctor Vilca") == fold("hector VILCA")


def test_role_tied_by_apposition_resolves_later_mentions():
    text = (
        "Le gouverneur de Floride, Ron DeSantis, a rencontré Elon Musk lundi. "
        "Le lendemain, le gouverneur a annoncé sa candidature."
    )
    extraction = extract(text, published_on=date(2023, 5, 25), language="fr")
    assert extraction.events[-1].persons == ("Ron DeSantis",)


def test_sentence_starting_with_a_pronoun_is_about_the_person_named_before():
    text = "Musk a racheté Twitter. Il a déclaré qu'il soutiendrait Ron DeSantis en 2024."
    text = "Elon Musk a racheté Twitter. " + text
    extraction = extract(text, published_on=date(2023, 5, 25), language="fr")
    assert set(extraction.events[-1].persons) == {"Elon Musk", "Ron DeSantis"}


def test_mislabelled_surname_still_counts_as_the_person():
    text = "Elon Musk a racheté Twitter. En octobre, Musk a licencié la moitié des salariés."
    extraction = extract(text, published_on=date(2023, 5, 25), language="fr")
    assert extraction.events[0].persons == ("Elon Musk",)


def test_sentence_with_two_events_splits_its_people():
    text = (
        "Musk a acquis le site en octobre, après l'interdiction de l'ancien président "
        "Donald Trump suite à l'attentat du 6 janvier 2021."
    )
    extraction = extract("Elon Musk dirige X. " + text, published_on=date(2023, 5, 25))
    persons = {event.value: event.persons for event in extraction.events}
    assert persons == {"2022-10": ("Elon Musk",), "2021-01-06": ("Donald Trump",)}


def test_places_and_common_nouns_are_no_people():
    text = (
        "Les urgences de l'hôpital resteront fermées jusqu'à fin octobre. "
        "La salle Jean-Moulin accueillera une réunion demain, a indiqué Matignon."
    )
    extraction = extract(text, published_on=date(2025, 9, 3), language="fr")
    assert extraction.persons == {}
    assert all(event.persons == () for event in extraction.events)
