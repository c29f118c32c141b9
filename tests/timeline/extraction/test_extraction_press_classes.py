"""Classes of errors found on further press articles (spaCy, no database).

Each case is a sentence of our own showing the general behaviour, in French and English where
the class exists in both.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Three days or more: one span from the first to the last, as press gold reads it.
        (
            "Les huitièmes retour se joueront les mardi 5, mercredi 6, mardi 12 et mercredi 13 "
            "mars.",
            date(2019, 2, 14),
            [("2019-03-05", "2019-03-13")],
        ),
        (
            "Céline Dion viendra les 16, 17, 20, 23, 24, 26 et 27 mars 2021.",
            date(2020, 6, 12),
            [("2021-03-16", "2021-03-27")],
        ),
        # Two days apart: two dates, the first in the year of the second.
        (
            "Les scrutins des 15 et 29 mars ont eu lieu.",
            date(2019, 2, 14),
            [("2018-03-15", None), ("2018-03-29", None)],
        ),
    ],
)
def test_enumerations_of_days(text, published, expected):
    extraction = extract(text, published_on=published, language="fr")
    assert [(e.value, e.end_value) for e in extraction.events] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The weekday and the day, the month left to the calendar.
        (
            "Le marché aura lieu le samedi 2 de 12 heures à 20 heures.",
            date(2023, 11, 19),
            {"le samedi 2": "2023-12-02"},
        ),
        # A count after the weekday is no day: "vendredi 14 départements".
        (
            "Météo-France a placé vendredi 14 départements en vigilance.",
            date(2023, 11, 19),
            {"vendredi": "2023-11-17"},
        ),
        # A weekday that no year around publication agrees with is the slip, not the year.
        (
            "Lors de la présentation jeudi 6 juillet, le champion a été hué.",
            date(2018, 7, 15),
            {"jeudi 6 juillet": "2018-07-06"},
        ),
    ],
)
def test_weekday_and_day_in_the_press(text, published, expected):
    assert events(text, published, "fr") == expected


def test_two_days_running_are_one_span():
    extraction = extract(
        "Il se produira les 4 et 5 mars.", published_on=date(2019, 2, 14), language="fr"
    )
    assert [(e.value, e.end_value) for e in extraction.events] == [("2019-03-04", "2019-03-05")]


def test_a_month_span_with_a_hyphen():
    extraction = extract(
        "Les cabanons installés en février-mars 2016 ont brûlé.",
        published_on=date(2017, 4, 11),
        language="fr",
    )
    assert [(e.value, e.end_value) for e in extraction.events] == [("2016-02", "2016-03")]


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


# --- Headlines, eras, indefinite and named weekdays -------------------------------------------


def test_a_headline_weekday_is_the_day_the_body_dates_in_full():
    text = (
        "François Hollande en visite à Yaoundé vendredi\n\n"
        "Le président effectuera une visite d'État au Cameroun le 3 juillet 2015."
    )
    found = events(text, date(2015, 7, 1), "fr")  # a Wednesday
    assert found == {"vendredi": "2015-07-03", "le 3 juillet 2015": "2015-07-03"}


def test_a_weekday_in_the_body_keeps_its_own_reading():
    text = (
        "Guingamp\n\nGuingamp pointe à la troisième place, à deux longueurs du leader Lorient, "
        "large vainqueur de Martigues (4-0) vendredi. "
        "L'entraînement reprendra le 27 décembre."
    )
    assert events(text, date(2024, 12, 23), "fr")["vendredi"] == "2024-12-20"


def test_a_future_day_takes_the_month_of_a_future_era():
    text = (
        "Stromae se produira à Bordeaux en mars 2023.\n\n"
        "Le chanteur se produira ainsi deux soirs de suite les 4 et 5 mars."
    )
    assert events(text, date(2021, 12, 8), "fr")["les 4 et 5 mars"] == "2023-03-04"


def test_a_present_passive_lets_the_calendar_place_a_yearless_day():
    text = "Les sélections sont tenues de remettre une liste de 35 joueurs le 14 mai."
    assert events(text, date(2018, 3, 15), "fr")["le 14 mai"] == "2018-05-14"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Vous aurez la liste le 15 mai", un mardi, a lancé le sélectionneur.', "fr"),
        ("Deals are often announced on a Monday, and the bankers will meet on May 15.", "en"),
        ("'Merger Monday' is back, and the bankers will meet on May 15.", "en"),
    ],
)
def test_an_indefinite_or_named_weekday_is_no_date(text, language):
    found = events(text, date(2018, 3, 15), language)
    assert list(found.values()) == ["2018-05-15"], found


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "À l'invitation de S.E.M. Paul Biya, le président arrivera le 3 juillet.",
            "fr",
            "Paul Biya",
        ),
        ("H.E. Paul Biya will welcome the president on July 3.", "en", "Paul Biya"),
    ],
)
def test_excellency_honorifics_are_no_part_of_the_name(text, language, name):
    extraction = extract(text, published_on=date(2015, 7, 1), language=language)
    assert name in extraction.persons


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A headline's last word before the body's capitalised first word is no name.
        (
            "SpaceX launched a Falcon 9 on Saturday\n\nSpaceX kicked off the weekend.",
            "en",
            date(2022, 11, 12),
            "2022-11-12",
        ),
        (
            "Le port a rouvert samedi\n\nLes pêcheurs ont repris la mer.",
            "fr",
            date(2022, 11, 12),
            "2022-11-12",
        ),
    ],
)
def test_a_weekday_ending_a_headline_is_a_date(text, language, published, expected):
    assert list(events(text, published, language).values()) == [expected]


def test_an_absolute_clause_takes_no_tense_from_the_main_clause():
    text = (
        "The 1975 will headline Riverbend Festival, organizers announced Monday, with the "
        "three-day event returning to the lakefront from July 14 to 16."
    )
    assert events(text, date(2023, 3, 7), "en")["from July 14 to 16"] == "2023-07-14"


# --- Pairs, enumerations, qualified ranges -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Le scrutin était organisé sur deux jours, vendredi et samedi.",
            "fr",
            date(2014, 11, 22),
            ("2014-11-21", "2014-11-22"),
        ),
        (
            "Les syndicats appellent à la grève de lundi à 19h jusqu'à 8h jeudi.",
            "fr",
            date(2018, 3, 31),
            ("2018-04-02", "2018-04-05"),
        ),
        (
            "The storm raged from late Thursday through Friday.",
            "en",
            date(2022, 12, 26),
            ("2022-12-22", "2022-12-23"),
        ),
        (
            "Les vacances dureront du 27 octobre après la classe jusqu'au 11 novembre.",
            "fr",
            date(2012, 10, 1),
            ("2012-10-27", "2012-11-11"),
        ),
    ],
)
def test_ranges_of_the_press(text, language, published, expected):
    extraction = extract(text, published_on=published, language=language)
    assert [(e.value, e.end_value) for e in extraction.events] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ses albums parus respectivement en 2020 et 2022 ont cartonné.", "fr", ["2020", "2022"]),
        ("The albums released in 2020 and 2022 sold well.", "en", ["2020", "2022"]),
        ("The country still suffers the after-effects of a 2014 Ebola epidemic.", "en", ["2014"]),
        ("Apple's 2010 acquisition of Siri fueled speculation.", "en", ["2010"]),
    ],
)
def test_years_in_pairs_and_before_a_noun(text, language, expected):
    assert sorted(events(text, date(2023, 1, 5), language).values()) == expected


def test_a_date_in_brackets_after_a_weekday_restates_it():
    # One event, on the day the brackets tell ("next Friday (June 30)" told on a Thursday is
    # that day, whatever "next" would say alone).
    text = "May was arrested in Springdale Wednesday (Sept. 11) on a warrant."
    assert events(text, date(2019, 9, 12), "en") == {"Sept. 11": "2019-09-11"}
    text = "The singer will release a new single next Friday (June 30)."
    assert events(text, date(2017, 6, 22), "en") == {"June 30": "2017-06-30"}


@pytest.mark.parametrize(
    ("text", "language", "expression"),
    [
        (
            "The outage began on Feb. 24. Crews also reported outages earlier in the day.",
            "en",
            "earlier in the day",
        ),
        (
            "Le patron a parlé le 27 octobre. Il avait déclaré plus tôt dans la journée "
            "qu'il paierait.",
            "fr",
            "plus tôt dans la journée",
        ),
    ],
)
def test_earlier_in_the_day_is_the_day_in_focus(text, language, expression):
    found = events(text, date(2016, 2, 25), language)
    assert found[expression] in {"2016-02-24", "2015-10-27"}
    assert found[expression] == [v for k, v in found.items() if k != expression][0]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "The former governor was ordered to report to prison on Feb. 9.",
            "en",
            date(2015, 1, 7),
            "2015-02-09",
        ),
        (
            "La CGT a appelé les cheminots à faire grève lundi.",
            "fr",
            date(2018, 3, 29),
            "2018-04-02",
        ),
        # Asked in the past, due after: the calendar decides, here the Monday before.
        (
            "Le syndicat avait appelé les agents à faire grève lundi, mais le mouvement a été "
            "levé.",
            "fr",
            date(2024, 3, 14),
            "2024-03-11",
        ),
        ("The company held its forecast from last quarter.", "en", date(2020, 11, 2), "2020-Q3"),
        ("La médiathèque rouvre ce mardi", "fr", date(2023, 9, 11), "2023-09-12"),
    ],
)
def test_directives_last_quarter_and_presents_read_as_participles(
    text, language, published, expected
):
    assert list(events(text, published, language).values()) == [expected]


# --- Persons -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (
            "Arnett May Jr., 19, was arrested Wednesday. On Sept. 5, a warrant was issued for May.",
            "On Sept. 5",
            {"Arnett May Jr."},
        ),
        (
            "President Moon Jae-in met Xi Jinping in December 2017.",
            "in December 2017",
            {"Moon Jae-in", "Xi Jinping"},
        ),
        (
            "Robert McDonnell was sentenced on Tuesday. Maureen, wife of McDonnell, will be "
            "sentenced on Feb. 20.",
            "on Feb. 20",
            {"Maureen McDonnell"},
        ),
        (
            "Roger Federer won on Sunday. Federer thanked Bjorn Borg. Federer likes spending "
            "time with his wife, Mirka, whom he married earlier this year.",
            "earlier this year",
            {"Roger Federer", "Mirka Federer"},
        ),
    ],
)
def test_english_names_the_tagger_cuts_or_gives_by_first_name(text, expression, expected):
    assert persons_of(text, expression, date(2019, 9, 12), "en") == expected


def test_a_determiner_ends_no_name():
    extraction = extract(
        "Montélimar La médiathèque rouvre ce mardi", published_on=date(2023, 9, 11), language="fr"
    )
    assert extraction.persons == {}


def test_a_full_name_after_a_role_is_a_person_whatever_the_tagger_says():
    text = (
        "Selon la nouvelle ministre de l'Education nationale, de l'Enseignement supérieur et de "
        "la Recherche, Najat Vallaud-Belkacem, « les choses devraient bien se passer ». "
        "La ministre a promis hier des sanctions."
    )
    assert persons_of(text, "hier", date(2014, 9, 2), "fr") == {"Najat Vallaud-Belkacem"}


def test_a_given_name_says_who_a_pronoun_can_be():
    text = (
        "Avant Mylène Farmer, c'est Kenji Tanaka qui viendra à Bruxelles. "
        "Il a dévoilé lundi les dates de sa tournée."
    )
    assert persons_of(text, "lundi", date(2022, 11, 28), "fr") == {"Kenji Tanaka"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Told in the past, far from any agreeing year around publication: the last one before.
        (
            "TD Ameritrade said Tuesday, April 21, its profit dropped.",
            date(2019, 11, 25),
            "2015-04-21",
        ),
        # Days ahead, the calendar's nearest agreeing day stands whatever the tense.
        (
            "Le calendrier a été publié : la grève commence le mardi 3 avril.",
            date(2018, 3, 31),
            "2018-04-03",
        ),
    ],
)
def test_weekday_and_day_take_the_year_they_agree_in(text, published, expected):
    assert list(events(text, published, "en" if "said" in text else "fr").values()) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Ahead from the day of publication on: told on a Saturday, Saturday night is tonight.
        ("The Team Shop would be open Saturday night.", "en", date(2017, 9, 16), "2017-09-16"),
        # "a Saturday night clinch" is that Saturday; only "on a Monday" is any Monday.
        ("The Twins made it a Saturday night clinch.", "en", date(2017, 9, 16), "2017-09-16"),
        # A quarter told in the present is the one just closed, up to a quarter back.
        ("La croissance s'élève à 6,2 % au 2ème trimestre.", "fr", date(2018, 9, 12), "2018-Q2"),
    ],
)
def test_today_ahead_attributive_weekdays_and_quarters_just_closed(
    text, language, published, expected
):
    assert list(events(text, published, language).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The busiest time of year for the island is typically between May and September.", "en"),
        ("La station accueille habituellement ses premiers skieurs début décembre.", "fr"),
    ],
)
def test_a_yearless_date_in_a_habitual_sentence_is_no_event(text, language):
    assert events(text, date(2010, 8, 9), language) == {}


def test_a_dated_year_in_a_habitual_sentence_stays():
    text = "Le festival se tient habituellement en juillet, mais il aura lieu en août 2024."
    assert events(text, date(2024, 3, 1), "fr") == {"en août 2024": "2024-08"}


def test_a_firm_named_like_a_person_is_no_one_and_leaves_the_speaker_his_plan():
    text = (
        "Lynne Antunes said Oudens Ello Architecture has been working on the project and the "
        "hope is for designs to be completed by the end of March."
    )
    extraction = extract(text, published_on=date(2017, 10, 17), language="en")
    assert "Oudens Ello Architecture" not in extraction.persons
    assert persons_of(text, "by the end of March", date(2017, 10, 17), "en") == {"Lynne Antunes"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first trip across the bridge was made on Christmas Day in 1922.",
            {"on Christmas Day in 1922": "1922-12-25"},
        ),
        # "No." before a number ends no sentence: the year stays in the sentence it belongs to.
        ("He was the potential No. 1 overall pick in 2020.", {"in 2020": "2020"}),
        # Days named apart from the week.
        ("The trial would start a day before Super Tuesday.", {}),
    ],
)
def test_english_press_forms(text, expected):
    assert events(text, date(2017, 4, 10), "en") == expected


def test_no_before_a_number_ends_no_sentence():
    extraction = extract(
        "He was the potential No. 1 overall pick in 2020.",
        published_on=date(2017, 4, 10),
        language="en",
    )
    assert extraction.events[0].sentence == "He was the potential No. 1 overall pick in 2020."
