"""Classes of errors found on a held-out set of press articles (spaCy, no database).

Each case is a sentence of our own showing the general behaviour, in French and English where
the class exists in both.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
from timeline.extraction import extract

# --- Tense: "since" a yearless date, present passives, base forms read for presents ---------


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        # Published on 12 February 2025: the start of a running state lies behind.
        (
            "Le musée, fermé depuis le 4 novembre, rouvre ses portes.",
            "fr",
            "le 4 novembre",
            "2024-11-04",
        ),
        ("The museum, shut since Nov. 4, reopens its doors.", "en", "since Nov. 4", "2024-11-04"),
    ],
)
def test_since_a_yearless_date_looks_back(text, language, expression, expected):
    assert events(text, date(2025, 2, 12), language)[expression] == expected


def test_present_passive_and_untagged_present_look_ahead():
    published = date(2025, 2, 12)  # a Wednesday
    assert events("Snow is expected for Saturday in the hills.", published, "en") == {
        "Saturday": "2025-02-15"
    }
    assert events("Season passes go on sale Monday at the town hall.", published, "en") == {
        "Monday": "2025-02-17"
    }


def test_participle_on_a_noun_tells_the_past():
    text = "Le verdict clôt une enquête conduite en septembre par la gendarmerie."
    assert events(text, date(2025, 2, 12), "fr") == {"en septembre": "2024-09"}


def test_clock_time_zone_ends_no_sentence():
    text = "The probe was launched at 7 a.m. PDT Friday from Vandenberg."
    extraction = extract(text, published_on=date(2025, 2, 12), language="en")
    assert [(e.expression, e.value, e.sentence) for e in extraction.events] == [
        ("Friday", "2025-02-07", text)
    ]


# --- The year of a story told long ago --------------------------------------------------------


def test_earlier_month_in_the_sentence_of_an_old_date_takes_its_year():
    text = (
        "Le traité du 3 juin 1998 est signé après des semaines de tractations, dont celle du "
        "20 mai."
    )
    assert events(text, date(2025, 2, 12), "fr")["20 mai"] == "1998-05-20"


def test_later_month_in_the_sentence_of_an_old_date_keeps_the_tense_reading():
    text = "Paula Grant, who took over in June 2021, praised a deal signed in October."
    assert events(text, date(2025, 2, 12), "en")["in October"] == "2024-10"


def test_a_year_near_publication_ends_the_old_story():
    text = (
        "La grève du 9 mars 2010 reste dans les mémoires.\n\n"
        "La réforme de 2024 a été adoptée. Le Sénat l'a votée le 9 mars."
    )
    # Without "de 2024", "le 9 mars" would be the one of 2010.
    assert events(text, date(2025, 5, 12), "fr")["le 9 mars"] == "2025-03-09"


# --- No dates: habits, titles of works, birth cohorts, that summer ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La fanfare défile chaque 14 juillet sur le port.", "fr"),
        ("Les vignerons vendangent tous les mois de septembre.", "fr"),
        ("The brass band parades every July along the harbour.", "en"),
        ("Le groupe a enregistré « Un 14 juillet à Brest », son plus grand succès.", "fr"),
        ('The band recorded "Christmas in July", its biggest hit.', "en"),
        ("La mesure vise les salariés nés après 1965.", "fr"),
        ("The rule covers workers born after 1965.", "en"),
        ("Tout le pays chantait cet été-là.", "fr"),
    ],
)
def test_no_event(text, language):
    assert events(text, date(2025, 2, 12), language) == {}


# --- Dates written as a qualifier or as decades ago -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Her 1997 thesis changed the field.", "en", "1997"),
        ("The firm has been under scrutiny since a 2019 leak of customer files.", "en", "2019"),
        ("La mairie a dû annuler son édition 2021 faute de bénévoles.", "fr", "2021"),
        ("A decade ago, the town built a new bridge.", "en", "2015"),
        ("Il y a deux décennies, la ville a construit un pont.", "fr", "2005"),
    ],
)
def test_year_qualifiers_and_decades_are_dates(text, language, expected):
    assert list(events(text, date(2025, 2, 12), language).values()) == [expected]


def test_year_qualifier_counting_is_no_date():
    assert events("He won by a 2000 votes margin.", date(2025, 2, 12), "en") == {}


# --- People -----------------------------------------------------------------------------------


def test_birth_name_is_the_person_of_the_obituary():
    text = (
        "Nora Fields, a painter of harbours, died on Monday. She was 90.\n\n"
        "Nora Jane Whitby was born on May 2, 1934, in Leeds. She moved to London in 1956."
    )
    assert persons_of(text, "on May 2, 1934", date(2025, 2, 12), "en") == {"Nora Fields"}
    assert persons_of(text, "in 1956", date(2025, 2, 12), "en") == {"Nora Fields"}


def test_relative_named_after_a_possessive_acts_alone():
    text = "Nora Fields painted harbours. Her brother, Owen Fields, died in 2003."
    assert persons_of(text, "in 2003", date(2025, 2, 12), "en") == {"Owen Fields"}
    text = "Claire Vidal peignait des ports. Son mari, Paul Vidal, est mort en 2003."
    assert persons_of(text, "en 2003", date(2025, 2, 12), "fr") == {"Paul Vidal"}


def test_object_pronoun_is_never_its_own_clause_subject():
    text = (
        "Lena Ortiz was convicted of fraud. Judge Mark Ruiz set sentencing for March 3 "
        "and allowed her to stay free."
    )
    assert persons_of(text, "for March 3", date(2025, 2, 12), "en") == {"Mark Ruiz", "Lena Ortiz"}


@pytest.mark.parametrize(
    ("text", "language", "expression"),
    [
        ("A fault at the battery maker Voltra delayed cars in 2023.", "en", "in 2023"),
        ("Le groupe a racheté le suédois Nordvik Kraft, en mars 2023.", "fr", "en mars 2023"),
        ("Launch of Corvan Labs' first rocket came in 2023.", "en", "in 2023"),
    ],
)
def test_companies_are_nobody(text, language, expression):
    assert persons_of(text, expression, date(2025, 2, 12), language) == set()


def test_feminine_role_is_not_the_man_who_held_it_before():
    text = (
        "Le 2 mai 2001, Pierre Garnier présente son plan. Le Premier ministre renonce.\n\n"
        "Sophie Marchal présente la loi le 10 janvier. La Première ministre l'a fait voter le "
        "16 mars."
    )
    assert persons_of(text, "le 16 mars", date(2025, 2, 12), "fr") == {"Sophie Marchal"}


def test_sports_position_refers_back_to_the_player():
    text = (
        "Jordan Reyes had waited all year for this. The junior quarterback threw the winning "
        "pass on Friday night."
    )
    assert persons_of(text, "on Friday night", date(2025, 2, 12), "en") == {"Jordan Reyes"}


@pytest.mark.parametrize(
    ("text", "language", "expression", "name"),
    [
        (
            "Le concert, jeudi 6 mars, sera assuré par le pianiste Marc Olivier, dont le disque, "
            '"Nuits", sort le 1er mars.',
            "fr",
            "le 1er mars",
            "Marc Olivier",
        ),
        (
            "The gala on Thursday, March 6, will feature the pianist Mark Oliver, whose album "
            "comes out on March 1.",
            "en",
            "on March 1",
            "Mark Oliver",
        ),
    ],
)
def test_date_in_a_relative_clause_on_a_person_is_theirs(text, language, expression, name):
    assert name in persons_of(text, expression, date(2025, 2, 12), language)


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        (
            'Tom Reyes was charged in May.\n\n"He lied to everyone," prosecutor Ana Cruz told '
            "the jury in her closing statement on Jan. 8.",
            "en",
            "on Jan. 8",
            {"Ana Cruz"},
        ),
        (
            "Tom Reyes a été inculpé en mai.\n\n« Il a menti à tout le monde », a déclaré "
            "mardi la procureure Ana Cruz.",
            "fr",
            "mardi",
            {"Ana Cruz"},
        ),
    ],
)
def test_date_of_a_speech_leaves_out_those_it_is_about(text, language, expression, expected):
    assert persons_of(text, expression, date(2025, 2, 12), language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le port rouvrira lundi après la tempête\n\nLe port de Brest rouvrira lundi.", "fr"),
        ("Harbour reopens Monday after the storm\n\nThe harbour will reopen on Monday.", "en"),
    ],
)
def test_a_dated_headline_is_an_event_of_its_own_with_the_body_s_date(text, language):
    # Gold on press articles annotates a dated headline like any other sentence.
    extraction = extract(text, published_on=date(2025, 2, 12), language=language)
    assert [event.sentence for event in extraction.events] == text.split("\n\n")
    assert {event.value for event in extraction.events} == {"2025-02-17"}
