"""Classes of errors found on press articles written apart from the code (spaCy, no database).

Each case is a sentence of our own showing the general behaviour, in French and English where
the class exists in both.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import persons_of, spans

# --- A yearless date with a relative year is one date ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The bridge was closed on Feb. 3 last year.", "en", {"on Feb. 3 last year": "2023-02-03"}),
        ("Sales peaked in March last year.", "en", {"in March last year": "2023-03"}),
        (
            "Le pont a fermé le 3 février de l'an dernier.",
            "fr",
            {"le 3 février de l'an dernier": "2023-02-03"},
        ),
        (
            "Les ventes ont culminé en mars l'année dernière.",
            "fr",
            {"en mars l'année dernière": "2023-03"},
        ),
    ],
)
def test_yearless_date_takes_the_relative_year_beside_it(text, language, expected):
    found = spans(text, date(2024, 5, 10), language)
    assert {expression: value for expression, (value, _) in found.items()} == expected


def test_yearless_date_with_that_year_takes_the_year_in_focus():
    text = "She was elected in April 2009, two weeks after the ballot of March 29 that year."
    assert spans(text, date(2024, 5, 10), "en")["of March 29 that year"] == ("2009-03-29", None)
    text = "Il est élu en 2009 et démissionne en octobre de la même année."
    assert spans(text, date(2024, 5, 10), "fr")["en octobre de la même année"] == ("2009-10", None)


# --- Yearless dates beside publication: the calendar outweighs a weak tense -------------------


def test_yearless_date_days_before_publication_is_that_one_whatever_the_tense():
    text = "The console, which sells at $399 after it launched on Nov. 2, is sold out."
    assert spans(text, date(2023, 11, 6), "en")["on Nov. 2"] == ("2023-11-02", None)


def test_yearless_date_just_ahead_told_in_the_past_is_the_coming_one():
    text = "The city has extended parking hours from Dec. 20 to Dec. 24 for shoppers."
    assert spans(text, date(2021, 12, 8), "en")["from Dec. 20 to Dec. 24"] == (
        "2021-12-20",
        "2021-12-24",
    )
    text = "Au quatrième trimestre, le chiffre d'affaires a progressé de 4 %."
    assert spans(text, date(2024, 1, 5), "fr")["Au quatrième trimestre"] == ("2023-Q4", None)


def test_explicit_past_keeps_last_years_date_more_than_a_month_ahead():
    text = "A fire gutted the hall on April 2, and it has stayed shut."
    assert spans(text, date(2024, 1, 20), "en")["on April 2"] == ("2023-04-02", None)


def test_yearless_day_in_the_month_of_an_old_full_date_takes_its_year():
    text = (
        "Le 6 juin 1944, les troupes alliées débarquent en Normandie. "
        "La ville de Bayeux est libérée le 7 juin, sans combats."
    )
    assert spans(text, date(2024, 6, 5), "fr")["le 7 juin"] == ("1944-06-07", None)
    text = "On July 16, 1969, Apollo 11 lifted off. It landed on the Moon on July 20."
    assert spans(text, date(2024, 7, 10), "en")["on July 20"] == ("1969-07-20", None)


# --- Tense cues the small models miss -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Les secours évaluaient samedi soir l'étendue des crues.", "samedi soir", "2024-03-09"),
        ("« Je regrette », a-t-elle répété jeudi devant le tribunal.", "jeudi", "2024-03-07"),
        (
            "Le maire, réélu dimanche avec 60 % des voix, entame un troisième mandat.",
            "dimanche",
            "2024-03-10",
        ),
        (
            "Le syndicat a confirmé qu'elle serait suivie « dès lundi ».",
            "lundi",
            "2024-03-18",
        ),
        ("Le préfet a annoncé la fermeture des parcs à partir de mardi.", "mardi", "2024-03-19"),
    ],
)
def test_french_tense_cues(text, expression, expected):
    assert spans(text, date(2024, 3, 13), "fr")[expression] == (expected, None)


def test_weekday_before_a_postposed_name_is_a_date():
    text = "« Nous tiendrons », a assuré mercredi soir Mme Durand devant la presse."
    assert spans(text, date(2024, 3, 15), "fr")["mercredi soir"] == ("2024-03-13", None)
    assert (
        spans("Le Mardi Noir de Wall Street a ruiné des épargnants.", date(2024, 3, 15), "fr") == {}
    )
    # "Vendredi Saint" is no Friday but the feast, two days before Easter.
    assert spans("Le Vendredi Saint Marie est venue.", date(2024, 4, 15), "fr") == {
        "Vendredi Saint": ("2024-03-29", None)
    }


def test_date_right_after_a_reporting_verb_dates_the_speech():
    text = "The chief executive said on Monday he would step down at the end of the year."
    assert spans(text, date(2024, 3, 13), "en")["on Monday"] == ("2024-03-11", None)


def test_onset_announced_by_a_speaker_lies_ahead_en():
    text = "The mayor announced that libraries would reopen starting Tuesday."
    assert spans(text, date(2024, 3, 13), "en")["Tuesday"] == ("2024-03-19", None)


# --- Not events --------------------------------------------------------------------------------


def test_deictic_and_anaphoric_words_inside_quotes_are_no_events():
    text = "« On verra ça demain, ce soir-là tout allait mal », a-t-il dit mardi."
    assert spans(text, date(2024, 3, 13), "fr") == {"mardi": ("2024-03-12", None)}
    text = '"We will decide tomorrow," the coach said on Friday.'
    assert spans(text, date(2024, 3, 16), "en") == {"on Friday": ("2024-03-15", None)}


def test_anaphora_beside_a_day_only_restates_it():
    text = "Il a reçu les patrons le 14 mai, à la veille du salon, organisé du 15 au 18 mai."
    assert set(spans(text, date(2024, 6, 1), "fr")) == {"le 14 mai", "du 15 au 18 mai"}
    text = "La veille, il avait reçu les patrons."
    assert "La veille" in spans("Il est arrivé le 14 mai. " + text, date(2024, 6, 1), "fr")


def test_label_spans_of_years_are_no_dates():
    assert spans("Le club présente son projet 2025-2030.", date(2024, 6, 1), "fr") == {}
    assert spans("Le chantier durera de 2025-2030.", date(2024, 6, 1), "fr") == {
        "2025-2030": ("2025", "2030")
    }
    assert spans("It unveiled its Vision 2025-2030 roadmap.", date(2024, 6, 1), "en") == {}


def test_sports_quarters_and_record_waits_are_no_dates():
    text = "The Bears led 14-3 in the second quarter before the quarterback was sacked."
    assert spans(text, date(2024, 1, 15), "en") == {}
    text = "It was the club's first trophy in 30 years."
    assert spans(text, date(2024, 1, 15), "en") == {}
    text = "Profit rose in the second quarter, the company said."
    assert spans(text, date(2024, 8, 15), "en") == {"in the second quarter": ("2024-Q2", None)}


def test_may_is_a_name_when_the_article_names_someone_may():
    text = "Detective Inspector Ruth May led the case. The verdict was a relief for May."
    assert spans(text, date(2024, 1, 15), "en") == {}
    assert spans("Elections are due in May.", date(2024, 1, 15), "en") == {
        "in May": ("2024-05", None)
    }


# --- Forms -----------------------------------------------------------------------------------


def test_ranges_of_old_years_and_fiscal_years():
    assert spans("Bâti entre 1240 et 1310, le cloître a brûlé.", date(2024, 1, 5), "fr") == {
        "entre 1240 et 1310": ("1240", "1310")
    }
    assert spans("Entre 1500 et 1800 manifestants sont venus.", date(2024, 1, 5), "fr") == {}
    text = "Built between 1240 and 1310, the cloister burned."
    assert spans(text, date(2024, 1, 5), "en") == {"between 1240 and 1310": ("1240", "1310")}
    text = "Sur l'ensemble de l'exercice 2023, la marge a reculé."
    assert spans(text, date(2024, 3, 1), "fr") == {"de l'exercice 2023": ("2023", None)}
    assert spans("Revenue fell in fiscal 2023.", date(2024, 3, 1), "en") == {
        "in fiscal 2023": ("2023", None)
    }


def test_half_years_are_a_range_of_two_quarters():
    text = "Deliveries will start in the second half of 2026."
    assert spans(text, date(2025, 3, 1), "en") == {
        "in the second half of 2026": ("2026-Q3", "2026-Q4")
    }
    text = "Les livraisons commenceront au premier semestre 2026."
    assert spans(text, date(2025, 3, 1), "fr") == {
        "au premier semestre 2026": ("2026-Q1", "2026-Q2")
    }


def test_same_morning_is_the_day_in_focus():
    text = "Le conseil s'est réuni le 4 mars. Le décret avait été signé le matin même."
    assert spans(text, date(2024, 3, 10), "fr")["le matin même"] == ("2024-03-04", None)


# --- People ------------------------------------------------------------------------------------


def test_byline_writers_are_no_people_of_events():
    text = (
        "Floods hit the valley\n\nBy Laura Benton and Mark Ellis\n\n"
        "Joe Carter said on Monday he had lost his herd."
    )
    assert persons_of(text, "on Monday", date(2024, 3, 13), "en") == {"Joe Carter"}
    text = "Crues dans la vallée\n\nPar Laura Benton\n\nElle est ouverte jusqu'au 21 septembre."
    assert persons_of(text, "21 septembre", date(2024, 3, 13), "fr") == set()


def test_surname_that_is_a_month_is_still_the_person():
    text = (
        "Prime Minister Theresa May will meet the king on Tuesday. "
        "On Thursday, May told reporters she would stay."
    )
    assert persons_of(text, "On Thursday", date(2024, 3, 13), "en") == {"Theresa May"}


def test_post_nominal_letters_are_no_part_of_the_name():
    text = "His barrister, Anthony Reece KC, told the court on Tuesday that he was sorry."
    assert "Anthony Reece" in persons_of(text, "on Tuesday", date(2024, 3, 13), "en")


def test_speaker_of_a_first_person_quote_in_straight_quotes_takes_part():
    text = '"We will open the plant on June 3," Helen Kerr told reporters.'
    assert persons_of(text, "on June 3", date(2024, 3, 13), "en") == {"Helen Kerr"}


def test_date_of_a_clause_set_off_on_a_thing_leaves_the_main_subject_out():
    text = "Paul Garnier a inauguré mardi le salon Agritech, organisé du 3 au 6 avril à Rennes."
    assert persons_of(text, "du 3 au 6 avril", date(2024, 4, 2), "fr") == set()
    assert persons_of(text, "mardi", date(2024, 4, 2), "fr") == {"Paul Garnier"}
    text = "The minutes dated 05/24/2023 show that Councillor Ann Lowe cast the deciding vote."
    assert persons_of(text, "05/24/2023", date(2023, 5, 26), "en") == {"Ann Lowe"}


def test_former_role_is_not_the_sitting_holder():
    text = (
        "Le président Paul Marchal a salué le vote. Jean Roux, battu en 2022, prépare son retour. "
        "L'ancien président a annoncé lundi une candidature."
    )
    assert persons_of(text, "lundi", date(2024, 3, 13), "fr") == {"Jean Roux"}
    text = (
        "President Paul Marsh hailed the vote. John Ross, beaten in 2022, plans a comeback. "
        "The former president said on Monday he would run."
    )
    assert persons_of(text, "on Monday", date(2024, 3, 13), "en") == {"John Ross"}


def test_date_in_a_role_apposition_is_the_holders():
    text = "Marc Petit pourrait succéder à Lucie Vidal, présidente du conseil depuis 2017."
    assert persons_of(text, "depuis 2017", date(2024, 3, 13), "fr") == {"Lucie Vidal"}
    text = "Mark Little could succeed Lucy Vale, chairwoman of the board since 2017."
    assert persons_of(text, "since 2017", date(2024, 3, 13), "en") == {"Lucy Vale"}


def test_date_in_a_relative_clause_on_a_person_is_that_persons():
    text = (
        "Senator Ann Lowe, who is due to visit Paris from June 3, said she felt sorry for Tom Ray."
    )
    assert persons_of(text, "from June 3", date(2024, 3, 13), "en") == {"Ann Lowe"}


def test_places_and_buildings_are_no_people():
    text = (
        "In Port Lavaca, Gail Moss rode out the storm. Hurricane Carla struck near Port Lavaca "
        "in August 1961. The board will close Lincoln and Whittier elementary schools. "
        "Whittier was built in 1968."
    )
    assert persons_of(text, "in August 1961", date(2024, 3, 13), "en") == set()
    assert persons_of(text, "in 1968", date(2024, 3, 13), "en") == set()


def test_known_first_name_before_a_capitalised_word_is_a_person():
    text = "La Réserve fédérale de Jerome Powell a relevé ses taux le 14 juin."
    assert persons_of(text, "le 14 juin", date(2024, 6, 20), "fr") == {"Jerome Powell"}


def test_first_person_quote_with_a_contraction_keeps_its_speaker():
    text = (
        'Ann Cole, a retiree, stayed home. "I\'ve lived here since 1979 and never left," she said.'
    )
    assert persons_of(text, "since 1979", date(2024, 3, 13), "en") == {"Ann Cole"}


def test_people_of_a_where_clause_take_part_in_its_date():
    text = "Traders await the March 19-20 meeting, where Chair Lisa Cook is expected to speak."
    assert persons_of(text, "March 19-20", date(2024, 3, 13), "en") == {"Lisa Cook"}
    text = "Le scrutin du 12 mai a surpris en Bretagne, où Anne Le Goff a battu le sortant."
    assert persons_of(text, "12 mai", date(2024, 5, 14), "fr") == {"Anne Le Goff"}
