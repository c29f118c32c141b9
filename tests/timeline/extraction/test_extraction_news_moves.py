"""Moves, past plans, lists of days, seasons and money, and people named in appositions or in
titles. Each case is a sentence of our own showing the general behaviour, in French and
English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A move from one date to another is two dates, no span ...
        (
            "The festival has been postponed from September 15 to December 15.",
            "en",
            date(2023, 7, 6),
            {"from September 15": "2023-09-15", "December 15": "2023-12-15"},
        ),
        (
            "Le procès a été reporté du 15 septembre au 15 décembre.",
            "fr",
            date(2023, 7, 6),
            {"du 15 septembre": "2023-09-15", "15 décembre": "2023-12-15"},
        ),
        (
            "The release was moved from March 3 to May 12, 2024.",
            "en",
            date(2023, 12, 1),
            {"from March 3": "2024-03-03", "May 12, 2024": "2024-05-12"},
        ),
        # ... but a happening that runs between them is a span.
        (
            "The festival runs from September 15 to September 20.",
            "en",
            date(2023, 7, 6),
            {"from September 15 to September 20": "2023-09-15"},
        ),
        (
            "Le festival se tiendra du 15 au 20 septembre.",
            "fr",
            date(2023, 7, 6),
            {"du 15 au 20 septembre": "2023-09-15"},
        ),
    ],
)
def test_a_move_between_two_dates(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A plan told in the past, since changed: the calendar places it, before publication ...
        (
            "The film was scheduled to be released on June 2, but the date has been changed.",
            date(2023, 7, 6),
            {"on June 2": "2023-06-02"},
        ),
        # ... or after it, whatever other verb of the sentence says.
        (
            "Earlier it was scheduled to be released on August 11, but the makers have "
            "decided to wait.",
            date(2023, 7, 6),
            {"on August 11": "2023-08-11"},
        ),
        # A plan told in the present lies ahead.
        (
            "The film is scheduled to be released on June 2.",
            date(2023, 7, 6),
            {"on June 2": "2024-06-02"},
        ),
    ],
)
def test_a_plan_told_in_the_past(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Three yearless days or more listed in one sentence run forward from the first.
        (
            "The remaining canceled dates were April 28 at the Silver Legacy in Reno; April 29 "
            "at the Stagecoach Festival in Indio; May 31 at the Kirby Center in Wilkes-Barre; "
            "and Aug. 25 at the Livewire Festival in Blackpool.",
            "en",
            date(2018, 4, 5),
            {
                "April 28": "2018-04-28",
                "April 29": "2018-04-29",
                "May 31": "2018-05-31",
                "Aug. 25": "2018-08-25",
            },
        ),
        # A day before the one it follows is of the next year.
        (
            "The tour stops in Lyon on November 28, in Lille on December 12 and in Nantes on "
            "January 9.",
            "en",
            date(2018, 11, 5),
            {
                "on November 28": "2018-11-28",
                "on December 12": "2018-12-12",
                "on January 9": "2019-01-09",
            },
        ),
        # A farming campaign by its years is the year it opens.
        (
            "Le Maroc s'attend à une campagne agricole 2017/2018 record.",
            "fr",
            date(2018, 4, 23),
            {"campagne agricole 2017/2018": "2017"},
        ),
        (
            "La campagne cacaoyère 2023-2024 a été mauvaise.",
            "fr",
            date(2024, 4, 23),
            {"La campagne cacaoyère 2023-2024": "2023"},
        ),
        # An amount in a currency code is no year.
        (
            "Les exportations ont atteint 343 mille tonnes (d'une valeur de 2078 MD) en 2020.",
            "fr",
            date(2021, 11, 1),
            {"en 2020": "2020"},
        ),
        (
            "Le billet coûte 2000 FCFA depuis le 1er mars 2023.",
            "fr",
            date(2023, 6, 1),
            {"le 1er mars 2023": "2023-03-01"},
        ),
    ],
)
def test_listed_days_seasons_and_money(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "expression", "published", "expected"),
    [
        # The speaker of a postposed "told" is the name before the apposition, not a name in it.
        (
            "The director died Monday night at a hospital, Joshua Astrachan, a producer at "
            "Altman's company, told The Associated Press. Robert Altman was 81.",
            "Monday night",
            date(2006, 11, 22),
            {"Robert Altman"},
        ),
        # A role word that is a quoted title names no one.
        (
            'Robert Altman directed a new film. "The Player" opened in cinemas on Friday.',
            "on Friday",
            date(2006, 11, 22),
            set(),
        ),
        # Given names of international news tell a full name the tagger took for a firm.
        (
            "On Monday, Novak Djokovic reached the quarter-finals of Wimbledon with a dominant "
            "display against Holger Rune on Centre Court.",
            "On Monday",
            date(2024, 7, 9),
            {"Novak Djokovic", "Holger Rune"},
        ),
    ],
)
def test_speakers_titles_and_given_names(text, expression, published, expected):
    assert persons_of(text, expression, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A bare Saturday or Sunday in the sentence of a weekend is one of its days.
        (
            "De nouvelles perturbations sont attendues ce week-end, même si la SNCF a annoncé "
            "7 TGV sur 10 samedi et 2 TGV sur 3 dimanche.",
            "fr",
            date(2020, 1, 3),
            {"ce week-end": "2020-W01", "samedi": "2020-01-04", "dimanche": "2020-01-05"},
        ),
        (
            "Heavy rain hit the region over the weekend, with 30 mm on Saturday.",
            "en",
            date(2020, 1, 6),
            {"over the weekend": "2020-W01", "on Saturday": "2020-01-04"},
        ),
        # The eve of a happening the phrase dates is counted from it, not from the focus.
        (
            "Le taux a baissé vendredi matin. Il pourrait remonter à la veille d'une rencontre "
            "entre syndicats et gouvernement prévue le mardi 7 janvier.",
            "fr",
            date(2020, 1, 3),
            {
                "vendredi matin": "2020-01-03",
                "la veille": "2020-01-06",
                "le mardi 7 janvier": "2020-01-07",
            },
        ),
        # A time counted from a habit dates nothing ...
        (
            "Les gendarmes sont intervenus mercredi 18 décembre. Des voitures étaient volées la "
            "plupart du temps autour d'Aix. Elles étaient ensuite retrouvées calcinées quelques "
            "heures plus tard.",
            "fr",
            date(2019, 12, 19),
            {"mercredi 18 décembre": "2019-12-18"},
        ),
        (
            "The fire started on Tuesday. Crews usually arrive a few hours later.",
            "en",
            date(2019, 12, 19),
            {"on Tuesday": "2019-12-17"},
        ),
        # ... but a habit that is no time's leaves the story's offsets alone.
        (
            "Le feu a pris mardi. Il est souvent difficile d'intervenir. Quelques heures plus "
            "tard, les pompiers sont arrivés.",
            "fr",
            date(2019, 12, 19),
            {"mardi": "2019-12-17", "Quelques heures plus tard": "2019-12-17"},
        ),
        # A day something happened on, told in the past, is gone, even a few days ahead.
        (
            "Eddie O'Connor, who died on January 5th aged 76, was a pioneering figure.",
            "en",
            date(2024, 12, 27),
            {"on January 5th": "2024-01-05"},
        ),
        (
            "Eddie O'Connor, qui est mort le 5 janvier à 76 ans, était un pionnier.",
            "fr",
            date(2024, 12, 27),
            {"le 5 janvier": "2024-01-05"},
        ),
        # The year of a plan reported is its own event beside the day of the saying.
        (
            "Isro has lined up missions including a GSLV launch this year, Chairman S Somanath "
            "said on Sunday.",
            "en",
            date(2023, 7, 30),
            {"this year": "2023", "on Sunday": "2023-07-30"},
        ),
        # Two weekdays quoted at the opening of a quote are read, not a crash.
        (
            'He said: "Monday and Tuesday were hard."',
            "en",
            date(2024, 1, 3),
            {"Monday and Tuesday": "2024-01-01"},
        ),
    ],
)
def test_weekends_eves_habits_and_reports(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A year in focus heading its sentence dates its yearless days.
        (
            "Le festival est né en 1976. Cette année-là, une manifestation est mise sur pied du "
            "2 au 4 avril.",
            "fr",
            date(2024, 5, 15),
            {"en 1976": "1976", "Cette année-là": "1976", "du 2 au 4 avril": "1976-04-02"},
        ),
        (
            "The festival was born in 1976. That year, a show was held from April 2 to 4.",
            "en",
            date(2024, 5, 15),
            {"in 1976": "1976", "That year": "1976", "from April 2 to 4": "1976-04-02"},
        ),
        # "Exactement" N years ago is that day; "tout juste" keeps the year.
        (
            "Il tombe au combat il y a exactement 100 ans. Le monument a été érigé il y a tout "
            "juste 90 ans.",
            "fr",
            date(2014, 9, 22),
            {"il y a exactement 100 ans": "1914-09-22", "il y a tout juste 90 ans": "1924"},
        ),
        (
            "Une cérémonie lui a rendu hommage cette après-midi.",
            "fr",
            date(2014, 9, 22),
            {"cette après-midi": "2014-09-22"},
        ),
        # A career in brackets; a name "now" given is no date.
        (
            "Il a fait sa carrière au journal (1957 à 1993). Il devient conseiller général "
            "(aujourd'hui dénommé conseiller départemental) en 1973.",
            "fr",
            date(2024, 5, 15),
            {"1957 à 1993": "1957", "en 1973": "1973"},
        ),
        # A span from a month to a day runs from the first of the month.
        (
            "Some 93,344 cases were recorded from January until September 7.",
            "en",
            date(2019, 9, 15),
            {"from January until September 7": "2019-01-01"},
        ),
        # A dateline is the page's: no event, alone or beside a day the sentence tells.
        (
            "WASHINGTON, Oct. 12 (UPI) -- A comet rapidly approaching Earth was hit by a probe.",
            "en",
            date(2010, 10, 12),
            {},
        ),
        (
            "New Delhi, Oct 25 (IANS) A retrospective exhibition opened on Thursday here.",
            "en",
            date(2018, 10, 25),
            {"on Thursday": "2018-10-25"},
        ),
        # The day of a happening the clause comes before follows the clause's own day.
        (
            "The United States on Friday slapped sanctions on dozens of people, ahead of Human "
            "Rights Day on Sunday.",
            "en",
            date(2023, 12, 9),
            {"on Friday": "2023-12-08", "on Sunday": "2023-12-10"},
        ),
        (
            "Supporters held a rally on Monday ahead of the vote on Tuesday.",
            "en",
            date(2023, 12, 13),
            {"on Monday": "2023-12-11", "on Tuesday": "2023-12-12"},
        ),
        # A day something was set for, told in the past: the calendar places it.
        (
            "Prime Minister Rishi Sunak has called a General Election for July 4.",
            "en",
            date(2024, 5, 22),
            {"for July 4": "2024-07-04"},
        ),
        (
            "He was jailed for the July 4 attack.",
            "en",
            date(2024, 5, 22),
            {"July 4": "2023-07-04"},
        ),
        # A present report after the story's day does not move it ahead.
        (
            "The royal couple travelled to the African country ahead of a summit, on Tuesday, "
            "BBC reports.",
            "en",
            date(2022, 6, 22),
            {"on Tuesday": "2022-06-21"},
        ),
    ],
)
def test_eras_exact_years_datelines_and_days_ahead(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Any July is no date.
        (
            "Le record pour un mois de juillet a été battu mardi. Il est parti au mois de juin.",
            date(2025, 7, 2),
            {"mardi": "2025-07-01", "au mois de juin": "2025-06"},
        ),
        # A past participle on the noun before a weekday tells what was done.
        (
            "Il reprend la formule utilisée lundi soir par son coprésident.",
            date(2017, 1, 17),
            {"lundi soir": "2017-01-16"},
        ),
        (
            "La réunion prévue lundi aura lieu à Namur.",
            date(2017, 1, 17),
            {"lundi": "2017-01-23"},
        ),
    ],
)
def test_any_month_and_participles_on_nouns(text, published, expected):
    assert events(text, published, "fr") == expected


def test_the_person_a_thing_is_of_takes_part_in_its_clause():
    text = (
        "La motion vise le ministre des Pouvoirs locaux, Paul Furlan. Le programme sera "
        "chamboulé, vu la démission du ministre, annoncée lors d'une conférence de presse ce "
        "jeudi matin."
    )
    assert persons_of(text, "ce jeudi matin", date(2017, 1, 26), "fr") == {"Paul Furlan"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Feasts on the nth weekday of a month.
        (
            "The fair runs through Labor Day. The man shot a rival last year on Thanksgiving Day.",
            date(2019, 6, 28),
            {"Labor Day": "2019-09-02", "last year on Thanksgiving Day": "2018-11-22"},
        ),
        (
            "Stores will close on Memorial Day 2020. Temperatures will soar during the Labor Day "
            "weekend.",
            date(2019, 6, 28),
            {"on Memorial Day 2020": "2020-05-25"},
        ),
        # "This October" is the October of the year of publication, whatever the tense.
        (
            "Limerick have been drawn against Clare in a provincial semi-final this October.",
            date(2020, 6, 26),
            {"this October": "2020-10"},
        ),
        # A day counted from publication, told again in brackets, is one event.
        (
            "A launch event was held yesterday evening (February 26) at the arts centre.",
            date(2019, 2, 27),
            {"February 26": "2019-02-26"},
        ),
    ],
)
def test_feasts_this_month_and_days_told_again(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_deed_done_before_the_main_clause():
    text = (
        "Après avoir annoncé en octobre une cure minceur, la Ville n'entend pas couper dans ses "
        "dépenses l'an prochain."
    )
    assert events(text, date(2023, 11, 15), "fr") == {
        "en octobre": "2023-10",
        "l'an prochain": "2024",
    }


def test_two_days_of_a_weekend_written_with_a_slash():
    text = (
        "The Cork vs Kerry clash in the Páirc on 7/8 November will be played. It was due 7/8/2020."
    )
    assert events(text, date(2020, 10, 1), "en") == {
        "7/8 November": "2020-11-07",
        "7/8/2020": "2020-07-08",
    }


def test_an_owner_before_a_thing_is_the_person_not_the_thing():
    text = (
        "Animal will now compete with Vicky Kaushal's Sam Bahadur, set for release on December 1."
    )
    assert persons_of(text, "on December 1", date(2023, 7, 6), "en") == {"Vicky Kaushal"}
