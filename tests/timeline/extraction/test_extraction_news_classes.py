"""Classes of errors found on a further round of press articles (spaCy, no database).

Each case is a sentence of our own showing the general behaviour, in French and English where
the class exists in both.
"""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, spans
from timeline.extraction import extract

# --- Years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Il rejoint Seve Ballesteros (1980, 1983) et Sergio Garcia (2017) au palmarès.",
            "fr",
            {"1980": "1980", "1983": "1983", "2017": "2017"},
        ),
        (
            "He joined Jose Maria Olazabal (1994, 1999) and Sergio Garcia (2017).",
            "en",
            {"1994": "1994", "1999": "1999", "2017": "2017"},
        ),
        # Brackets holding more than years are no date.
        ("La salle (2000 places) est pleine.", "fr", {}),
        ("The hall (2000 seats) was full.", "en", {}),
    ],
)
def test_years_in_brackets_date_the_name_before_them(text, language, expected):
    assert events(text, date(2023, 4, 10), language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2024 devait être l'année des scrutins présidentiels.", "fr", {"2024": "2024"}),
        ("Le rapport l'assure. 2023 a été l'année la plus chaude.", "fr", {"2023": "2023"}),
        ("2024 will be a year of elections.", "en", {"2024": "2024"}),
        # A count heading a sentence is no year.
        ("2000 personnes ont défilé.", "fr", {}),
    ],
)
def test_a_year_heading_its_sentence_as_subject(text, language, expected):
    assert events(text, date(2024, 1, 5), language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barty won the 2019 French Open in straight sets.", {"the 2019": "2019"}),
        ("She lost in the 2016 U.S. Open final.", {"the 2016": "2016"}),
        ("The 2022 edition drew record crowds.", {"The 2022": "2022"}),
        # A text named by its year dates nothing of the article.
        ("The 1964 Civil Rights Act changed everything.", {}),
    ],
)
def test_the_year_of_a_named_happening(text, expected):
    assert events(text, date(2023, 5, 2), "en") == expected


def test_an_edition_told_by_its_year():
    found = events(
        "Le Tour revient après une édition 2024 chamboulée par les Jeux.", date(2024, 10, 29), "fr"
    )
    assert found == {"une édition 2024": "2024"}


def test_a_span_of_years_on_the_horizon():
    found = spans(
        "L'usine atteindra sa pleine capacité à l'horizon 2030-2032.", date(2026, 1, 5), "fr"
    )
    assert found == {"à l'horizon 2030-2032": ("2030", "2032")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "En 2019, quatre départements avaient été placés en vigilance rouge en juin, puis 20 "
            "en juillet.",
            "fr",
            {"En 2019": "2019", "en juin": "2019-06", "en juillet": "2019-07"},
        ),
        (
            "In 2018, the plant closed in March and reopened in September.",
            "en",
            {"In 2018": "2018", "in March": "2018-03", "in September": "2018-09"},
        ),
    ],
)
def test_a_year_heading_its_sentence_dates_its_yearless_months(text, language, expected):
    assert events(text, date(2022, 6, 18), language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A year in a relative clause or a bound frames nothing: the tense decides.
        (
            "Le club, qui a gagné le titre en 2019, reçoit Lyon le 3 novembre.",
            "fr",
            "2022-11-03",
        ),
        (
            "Millbrook, which won the state title in 2019, hosts Riverside on Nov. 3.",
            "en",
            "2022-11-03",
        ),
        ("Depuis 2011, il dirige l'usine, qu'il quittera en novembre.", "fr", "2022-11"),
    ],
)
def test_a_year_inside_the_sentence_leaves_the_others_to_the_tense(text, language, expected):
    assert expected in events(text, date(2022, 10, 20), language).values()


# --- Days and ranges --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        (
            "Le festival aura lieu les 29, 30 juin et 1er juillet 2020.",
            "fr",
            "les 29, 30 juin et 1er juillet 2020",
            ("2020-06-29", "2020-07-01"),
        ),
        ("Il jouera à Genève (27-28 avril).", "fr", "27-28 avril", ("2023-04-27", "2023-04-28")),
        ("Il jouera les 27-28 mai.", "fr", "les 27-28 mai", ("2023-05-27", "2023-05-28")),
        (
            "The festival will take place from March 31 – April 9.",
            "en",
            "from March 31 – April 9",
            ("2023-03-31", "2023-04-09"),
        ),
    ],
)
def test_ranges_across_months_and_with_dashes(text, language, expression, expected):
    assert spans(text, date(2023, 3, 22), language)[expression] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Published on a Wednesday: the Thursday a forecast is for is the next day.
        (
            "Météo-France a placé trois départements en vigilance orange pour la journée de jeudi.",
            "fr",
            "2024-10-17",
        ),
        ("Forecasters issued a flood warning for Thursday.", "en", "2024-10-17"),
        # The deed of that Thursday is the one before.
        ("He was charged for Thursday's attack.", "en", "2024-10-10"),
        ("Il a été arrêté jeudi.", "fr", "2024-10-10"),
    ],
)
def test_a_weekday_meant_for_lies_ahead(text, language, expected):
    assert list(events(text, date(2024, 10, 16), language).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        (
            "The shooting happened on Saturday. The suspects had been at a nightclub earlier in "
            "the evening.",
            "en",
            "earlier in the evening",
            "2022-04-02",
        ),
        (
            "Le drame a eu lieu samedi. Les suspects étaient passés dans un bar plus tôt dans la "
            "soirée.",
            "fr",
            "plus tôt dans la soirée",
            "2022-04-02",
        ),
        (
            "Un administrateur a acheté des actions en milieu de semaine.",
            "fr",
            "en milieu de semaine",
            "2022-W14",
        ),
        ("This lunchtime police issued a CCTV image.", "en", "This lunchtime", "2022-04-05"),
    ],
)
def test_parts_of_a_day_or_week(text, language, expression, expected):
    assert events(text, date(2022, 4, 5), language)[expression] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Thursday will see the reveal of second-quarter GDP.", "en", "2024-Q2"),
        ("Le groupe publiera jeudi ses résultats du deuxième trimestre.", "fr", "2024-Q2"),
        ("The merger will close in the fourth quarter.", "en", "2024-Q4"),
    ],
)
def test_a_quarter_just_closed_is_reported_ahead(text, language, expected):
    assert expected in events(text, date(2024, 7, 24), language).values()


# --- People ------------------------------------------------------------------------------------


def people(text: str, language: str) -> set[str]:
    extraction = extract(text, published_on=date(2023, 3, 22), language=language)
    return {name for event in extraction.events for name in event.persons}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A name filling a quote on its own titles a work.
        (
            "Le chanteur Paul Verlaine promeut son album «Multitude». «Multitude» a été sacré "
            "meilleur album le 10 février.",
            "fr",
            set(),
        ),
        # A name inside a longer name ending in a thing word is that thing.
        (
            "Eleanor Coppola received the George Gund III Craft of Cinema Award on March 3.",
            "en",
            {"Eleanor Coppola"},
        ),
        ("The Seanad Electoral Bill was passed on Tuesday.", "en", set()),
        ("Le festival s'ouvrira le 29 juin, assure France Bleu Mayenne.", "fr", set()),
        # A company after a thing noun and its adjectives; a person after a noun of an agent.
        (
            "La coopérative agricole et agroalimentaire costarmoricaine Cooperl a investi en 2024.",
            "fr",
            set(),
        ),
        (
            "La dessinatrice espagnole Mar Ortega a reçu samedi soir la Bulle d'or.",
            "fr",
            {"Mar Ortega"},
        ),
        # Photo credits name no one of the event.
        (
            "A trader puts his hand on his face in September 2008.Richard Drew/AP",
            "en",
            set(),
        ),
        # A position the tagger took into the name is left out of it.
        ("Infielder Willi Castro was activated on Saturday.", "en", {"Willi Castro"}),
    ],
)
def test_things_named_like_people(text, language, expected):
    assert people(text, language) == expected


def test_names_keep_the_apostrophe_the_article_writes():
    text = "Wolves sacked Gary O’Neil on Sunday afternoon."
    assert people(text, "en") == {"Gary O’Neil"}


def test_a_known_first_name_alone_stands_for_the_one_person_bearing_it():
    text = (
        "Maria Duncan left her home on Friday. This lunchtime police issued a CCTV image of Maria."
    )
    extraction = extract(text, published_on=date(2019, 9, 23), language="en")
    assert [event.persons for event in extraction.events] == [("Maria Duncan",), ("Maria Duncan",)]


def test_a_first_name_running_into_another_name_is_someone_else():
    text = "Maria Duncan left on Friday. On Saturday, Maria Lopez called the police."
    extraction = extract(text, published_on=date(2019, 9, 23), language="en")
    assert "Maria Duncan" not in extraction.events[1].persons


def test_a_purpose_clause_on_a_noun_is_about_its_object():
    text = (
        "Maria Duncan left her home on Friday. Searches to locate her took place over the "
        "weekend and resumed today."
    )
    extraction = extract(text, published_on=date(2019, 9, 23), language="en")
    assert {event.expression: event.persons for event in extraction.events} == {
        "on Friday": ("Maria Duncan",),
        "over the weekend": ("Maria Duncan",),
        "today": ("Maria Duncan",),
    }


# --- Tense --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A plan since changed: the calendar places it.
        ("Originally scheduled to take place Sunday, the launch was scrubbed.", "en", "2015-02-08"),
        ("Le vote, initialement prévu dimanche, a été reporté.", "fr", "2015-02-08"),
        # The new date of a postponement lies ahead.
        ("The launch has been postponed until Wednesday at 6:03 p.m. EST.", "en", "2015-02-11"),
        ("Le vote a été reporté à jeudi.", "fr", "2015-02-12"),
        # A state at the time of a speech, not an onset ahead of it.
        (
            "As of Monday morning, the Weather Service said it was too early to tell.",
            "en",
            "2015-02-09",
        ),
    ],
)
def test_first_plans_postponements_and_states(text, language, expected):
    assert list(events(text, date(2015, 2, 10), language).values()) == [expected]


def test_a_participle_on_a_noun_leaves_the_date_to_the_calendar():
    text = (
        "The lineup has now been announced for the 60th San Francisco International Film "
        "Festival, running April 5 – 19 at venues throughout the city."
    )
    assert spans(text, date(2017, 3, 17), "en") == {"April 5 – 19": ("2017-04-05", "2017-04-19")}


def test_a_range_with_times_at_its_ends():
    text = (
        "Un préavis couvre la période allant du mercredi 25 janvier 2023 19 heures au jeudi 2 "
        "février 2023 à 8 heures."
    )
    found = spans(text, date(2023, 1, 24), "fr")
    assert list(found.values()) == [("2023-01-25", "2023-02-02")]


def test_a_time_zone_ends_no_sentence():
    text = "Tickets go on sale Friday at 10 a.m. Central. Passes start at $289."
    extraction = extract(text, published_on=date(2023, 3, 7), language="en")
    assert [event.sentence for event in extraction.events] == [
        "Tickets go on sale Friday at 10 a.m. Central."
    ]


# --- More forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Après leurs succès en 1995, 2001, 2009 et 2015, les Bleus rêvent.",
            "fr",
            {"en 1995": "1995", "2001": "2001", "2009": "2009", "2015": "2015"},
        ),
        (
            "They won in 1995, 2001 and 2009.",
            "en",
            {"in 1995": "1995", "2001": "2001", "2009": "2009"},
        ),
        # Counts in a list are no years.
        ("Polls drew 2,000, 2015 and 3000 votes.", "en", {}),
        ("He was sentenced on drug charges dating to 1989.", "en", {"dating to 1989": "1989"}),
        ("The 1939-born painter was the only Indian artist there.", "en", {"1939-born": "1939"}),
        (
            "The group will record a new set, for a September release.",
            "en",
            {"for a September": "2012-09"},
        ),
    ],
)
def test_lists_of_years_and_years_of_things(text, language, expected):
    assert events(text, date(2012, 6, 7), language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expression", "expected"),
    [
        (
            "Tsitsipas a gagné lundi 5 octobre. Quelques minutes plus tôt, Rublev avait battu "
            "Gaston.",
            "fr",
            "Quelques minutes plus tôt",
            "2020-10-05",
        ),
        (
            "Fires broke out on Saturday. More than 60 trucks had attended the previous night.",
            "en",
            "the previous night",
            "2020-10-02",
        ),
        (
            "Dans quelques heures, les écrivains se masseront rue Gaillon.",
            "fr",
            "Dans quelques heures",
            "2020-10-05",
        ),
        (
            "McDonough urged lawmakers late-Thursday to back the bill.",
            "en",
            "late-Thursday",
            "2020-10-01",
        ),
        (
            "Le conseil se réunira le 12 octobre. Cette semaine-là, les élus voteront.",
            "fr",
            "Cette semaine-là",
            "2020-W42",
        ),
        # "this weekend" told on a Monday with a past is the one just gone; from Thursday on,
        # the coming one.
        (
            "The trio has been added to festivals including Bonnaroo this weekend.",
            "en",
            "this weekend",
            "2020-W40",
        ),
    ],
)
def test_short_offsets_and_weeks_in_focus(text, language, expression, expected):
    assert events(text, date(2020, 10, 5), language)[expression] == expected


def test_this_weekend_from_thursday_on_is_the_coming_one():
    text = "The trio has been added to festivals including Bonnaroo this weekend."
    assert events(text, date(2012, 6, 7), "en") == {"this weekend": "2012-W23"}


def test_days_listed_under_a_month_heading():
    text = (
        "Here are the confirmed dates so far:\n\nJune\n\n10 – Manchester, Tenn. @ Bonnaroo\n\n"
        "28 – Milwaukee @ Summerfest\n\nSeptember\n\n14 – New York @ Central Park\n"
    )
    assert events(text, date(2012, 6, 7), "en") == {
        "10": "2012-06-10",
        "28": "2012-06-28",
        "14": "2012-09-14",
    }


def test_a_span_through_a_weekday_and_date():
    text = "Exposure was possible at the school Monday Feb. 11 through Friday Feb. 15."
    assert spans(text, date(2019, 2, 17), "en") == {
        "Monday Feb. 11 through Friday Feb. 15": ("2019-02-11", "2019-02-15")
    }


def test_quarters_of_a_game_are_no_dates():
    text = "The Lakers overcame an 11-point, second-quarter deficit and won 119-115."
    assert events(text, date(2021, 12, 6), "en") == {}


def test_the_subject_of_what_befalls_only_people_is_a_person():
    text = (
        "Cristhian Bahena Rivera was convicted of first-degree murder on Friday, nearly three "
        "years after Mollie Tibbetts disappeared while jogging near her home on July 18, 2018."
    )
    extraction = extract(text, published_on=date(2021, 5, 28), language="en")
    assert {event.expression: event.persons for event in extraction.events} == {
        "on Friday": ("Cristhian Bahena Rivera",),
        "on July 18, 2018": ("Mollie Tibbetts",),
    }


def test_an_organisation_saying_something_stays_no_person():
    assert people("Goldman Sachs said on Monday it would cut jobs.", "en") == set()


def test_a_demonym_is_no_part_of_a_name():
    text = "Andrey Rublev a battu mardi le Hongrois Marton Fucsovics."
    assert people(text, "fr") == {"Andrey Rublev", "Marton Fucsovics"}


def test_years_in_brackets_are_the_named_persons():
    text = (
        "He became the fourth Spaniard to win, joining Seve Ballesteros (1980, 1983) and Sergio "
        "Garcia (2017)."
    )
    extraction = extract(text, published_on=date(2023, 4, 10), language="en")
    assert {event.expression: event.persons for event in extraction.events} == {
        "1980": ("Seve Ballesteros",),
        "1983": ("Seve Ballesteros",),
        "2017": ("Sergio Garcia",),
    }


def test_a_surname_seen_alone_is_read_in_full_where_written_so():
    text = "Sabalenka faces a test. She plays No. 8 Karolina Pliskova on Thursday. Pliskova lost."
    extraction = extract(text, published_on=date(2021, 7, 6), language="en")
    assert "Karolina Pliskova" in extraction.events[0].persons


def test_clubs_are_no_people():
    text = "Russell Martin was sacked on Sunday night after the defeat by Tottenham Hotspur."
    assert people(text, "en") == {"Russell Martin"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Aucune vigilance rouge n'avait été déclenchée l'an dernier, en 2021.", "fr", ["2021"]),
        ("Il est parti hier, le 17 juin.", "fr", ["2022-06-17"]),
        ("The case was postponed to April.", "en", ["2023-04"]),
    ],
)
def test_restatements_and_postponed_months(text, language, expected):
    published = date(2022, 6, 18) if language == "fr" else date(2023, 2, 19)
    assert list(events(text, published, language).values()) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "New Delhi, Oct 25 (IANS) A retrospective exhibition opened on Thursday here.",
            "en",
        ),
        ("Paris, 25 oct (AFP) - Le ministre a démissionné jeudi.", "fr"),
    ],
)
def test_datelines_with_an_agency_date_no_event(text, language):
    assert list(events(text, date(2018, 10, 25), language).values()) == ["2018-10-25"]


def test_an_event_left_alone_takes_its_clause_subject():
    text = (
        "C'est par une référence à une punchline de Kylian Mbappé que la chanteuse Aya Nakamura "
        "a annoncé, ce jeudi 30 octobre sur son compte Instagram, un troisième Stade de France "
        "pour le dimanche 31 mai 2026."
    )
    extraction = extract(text, published_on=date(2025, 10, 31), language="fr")
    persons = {event.expression: event.persons for event in extraction.events}
    assert persons["le dimanche 31 mai 2026"] == ("Aya Nakamura",)


def test_the_speaker_before_a_colon_quote_reports_what_others_did():
    text = (
        "Régis Scheenaerts, secrétaire syndical CGT, est inquiet : « Là, la direction a arrêté "
        "la ligne le 8 novembre. »"
    )
    extraction = extract(text, published_on=date(2024, 11, 11), language="fr")
    assert [event.persons for event in extraction.events] == [()]


def test_a_place_named_after_someone_is_no_person():
    text = "Le festival aura lieu du 29 juin au 1er juillet sur la Promenade Marcel Proust."
    assert people(text, "fr") == set()


def test_a_first_name_and_a_surname_with_a_particle():
    text = "Ce dimanche, le ministre de l'Economie Bruno Le Maire a annoncé une hausse."
    assert people(text, "fr") == {"Bruno Le Maire"}


def test_a_title_ending_in_a_month_is_no_person():
    text = "Ce jeudi 15 mai, la photo de la Marianne de Mai 68 a été vendue."
    assert people(text, "fr") == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("PM Narendra Modi reshuffled his cabinet on Wednesday.", "en", {"Narendra Modi"}),
        (
            "He was arrested at Letterkenny Garda Station on Wednesday.",
            "en",
            set(),
        ),
    ],
)
def test_titles_and_stations(text, language, expected):
    assert people(text, language) == expected


def test_a_next_day_in_a_daily_habit_is_no_event():
    text = (
        "La grève commence mardi. Air France mettra à jour tous les soirs son programme pour le "
        "lendemain."
    )
    assert events(text, date(2017, 3, 6), "fr") == {"mardi": "2017-03-07"}


def test_between_two_days_is_a_span():
    found = spans("Arnaud Boissières arrivera entre les 06 et 08 février.", date(2025, 1, 19), "fr")
    assert found == {"entre les 06 et 08 février": ("2025-02-06", "2025-02-08")}


def test_a_date_heading_a_paragraph_takes_its_people():
    text = (
        "Mardi 14 janvier 2025 :\nC'est fait ! Charlie Dalin (Macif Santé Prévoyance) vient "
        "d'arriver aux Sables d'Olonne.\nMercredi 15 janvier 2025 :\nArrivée du bizuth."
    )
    extraction = extract(text, published_on=date(2025, 1, 19), language="fr")
    assert [event.persons for event in extraction.events] == [("Charlie Dalin",), ()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Giro starts in Belfast exactly four weeks from today.",
            {"exactly four weeks from today": "2014-05-09"},
        ),
        ("The cap will rise to £1,717 on average from October.", {"from October": "2014-10"}),
        ("Amusan broke the world record, whose 2016 holder watched.", {"whose 2016": "2016"}),
        (
            "Tour dates:\nMay\n8 - Louisville, KY\n10 - Chicago, IL\n",
            {"8": "2014-05-08", "10": "2014-05-10"},
        ),
    ],
)
def test_offsets_from_today_averages_and_lists(text, expected):
    assert events(text, date(2014, 4, 11), "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Results were issued on the first Monday of September in 2020.", "en", "2020-09-07"),
        ("The vote is on the last Monday in May.", "en", "2023-05-29"),
        ("Le scrutin aura lieu le dernier dimanche d'octobre.", "fr", "2023-10-29"),
        ("Il a eu lieu le premier vendredi de septembre 2021.", "fr", "2021-09-03"),
        ("All schools in Noida have been closed until Tuesday.", "en", "2023-05-30"),
        ("Les écoles sont fermées jusqu'à mardi.", "fr", "2023-05-30"),
        ("The consumer price index for the March quarter rose 0.6 per cent.", "en", "2023-Q1"),
        ("Jimenez, the 2018 winner, shot a 65.", "en", "2018"),
    ],
)
def test_nth_weekdays_closures_and_named_quarters(text, language, expected):
    assert list(events(text, date(2023, 5, 25), language).values()) == [expected]


def test_a_wait_measured_in_years_is_no_date():
    text = "She hasn't missed the podium in four consecutive races in eight years."
    assert events(text, date(2022, 12, 11), "en") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The committee, which met on 8, 9 and 10 August, held rates.",
            {"on 8, 9 and 10 August": ("2023-08-08", "2023-08-10")},
        ),
        ("Talks were held on 8 and 9 May.", {"on 8 and 9 May": ("2023-05-08", "2023-05-09")}),
        (
            "Votes on 3 and 17 May 2022 were held.",
            {"on 3": ("2022-05-03", None), "17 May 2022": ("2022-05-17", None)},
        ),
        ("They played a solo slot at 2015's festival.", {"2015's": ("2015", None)}),
    ],
)
def test_english_enumerations_and_years_with_a_possessive(text, expected):
    assert spans(text, date(2023, 8, 10), "en") == expected


def test_names_told_apart_by_case_only_end_in_one_person():
    text = (
        "Bill de Blasio spoke on Monday. De Blasio spoke again Wednesday afternoon. BILL DE "
        "BLASIO, said the banner, on Thursday."
    )
    extraction = extract(text, published_on=date(2018, 1, 3), language="en")
    assert {name for event in extraction.events for name in event.persons} <= {"Bill de Blasio"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Garda Daniel O'Connor arrived at 6.19am on Sunday.", {"Daniel O'Connor"}),
        ("Detective Sergeant Jane Ruddle spoke on Sunday.", {"Jane Ruddle"}),
    ],
)
def test_ranks_are_titles(text, expected):
    assert people(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bills will rise by 10 per cent to £1,717. The letter dated 03/02/22 was read.",
            "2022-02-03",
        ),
        (
            "Bills will rise by 10 percent to $1,717. The letter dated 03/02/22 was read.",
            "2022-03-02",
        ),
        # A day over 12 tells the order whatever the spelling.
        ("Bills will rise by 10 percent. The letter dated 24/05/2023 was read.", "2023-05-24"),
    ],
)
def test_english_numeric_dates_follow_the_article_s_locale(text, expected):
    assert list(events(text, date(2024, 8, 23), "en").values()) == [expected]
