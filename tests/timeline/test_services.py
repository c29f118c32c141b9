import pytest

from tests.factories import EventFactory, PersonFactory
from timeline.models import Person, PersonAlias, Status
from timeline.services import make_title, merge_persons, resolve_person, status_after_edit

pytestmark = pytest.mark.django_db


def test_a_new_name_makes_a_person_registered_under_it():
    person = resolve_person("Elon  Musk")
    assert (person.name, person.slug) == ("Elon Musk", "elon-musk")
    assert resolve_person("ELON MUSK") == person


def test_names_differing_only_by_accents_are_one_person():
    assert resolve_person("Élisabeth Borne") == resolve_person("Elisabeth Borne")


def test_a_middle_initial_finds_the_registered_person_and_becomes_an_alias():
    trump = resolve_person("Donald Trump")
    assert resolve_person("Donald J. Trump") == trump
    assert PersonAlias.objects.filter(person=trump, name="Donald J. Trump").exists()


def test_a_bare_surname_finds_the_only_person_who_bears_it():
    musk = resolve_person("Elon Musk")
    assert resolve_person("Musk") == musk
    assert not PersonAlias.objects.filter(name="Musk").exists()


def test_an_ambiguous_surname_is_its_own_person():
    resolve_person("Joe Biden")
    resolve_person("Hunter Biden")
    assert resolve_person("Biden").name == "Biden"


def test_same_slug_for_two_names_gets_a_suffix():
    assert resolve_person("Jean Dupont").slug == "jean-dupont"
    assert resolve_person("Jean-Dupont").slug == "jean-dupont-2"


def test_after_a_merge_the_alias_serves_later_extractions():
    trump = PersonFactory(name="Donald Trump")
    other = resolve_person("The Donald")
    merge_persons(trump, [other])
    assert resolve_person("The Donald") == trump
    assert not Person.objects.filter(pk=other.pk).exists()


def test_merge_keeps_events_of_both():
    a, b = PersonFactory(), PersonFactory()
    event = EventFactory(persons=[b])
    merge_persons(a, [b, a])
    assert list(event.persons.all()) == [a]


@pytest.mark.parametrize(
    ("status", "changed", "after"),
    [
        (Status.EXTRACTED, {"date_start"}, Status.CORRECTED),
        (Status.NEEDS_REVIEW, {"persons"}, Status.CORRECTED),
        (Status.VERIFIED, {"precision"}, Status.CORRECTED),
        (Status.REJECTED, {"date_start"}, Status.REJECTED),
        (Status.EXTRACTED, set(), Status.EXTRACTED),
    ],
)
def test_an_edit_of_extracted_values_is_a_correction(status, changed, after):
    assert status_after_edit(status, changed) == after


def test_a_long_sentence_is_cut_at_words_around_the_expression():
    sentence = " ".join(["mot"] * 40) + " le 9 août 2024 " + " ".join(["fin"] * 40)
    title = make_title(sentence, sentence.index("le 9 août"), limit=60)
    assert "le 9 août 2024" in title
    assert title.startswith("…") and title.endswith("…")
    assert len(title) <= 62


def test_a_short_sentence_is_its_own_title():
    assert make_title("Le 9 août,\n un rapport.") == "Le 9 août, un rapport."
