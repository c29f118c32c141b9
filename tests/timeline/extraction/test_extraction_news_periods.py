"""Parts of periods and headline forms: the start or the end of a month or a year, "en ce début
de semaine", dates written in capitals. Each case is a sentence of our own showing the general
behaviour, in French and English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of
from timeline.extraction import extract
from timeline.extraction.persons import _only_in_headlines


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Unmarked, the start or the end of the year or the month is the present one ...
        (
            "Le groupe prévoit de doubler ses effectifs d'ici la fin de l'année.",
            "fr",
            date(2022, 10, 4),
            {"la fin de l'année": "2022"},
        ),
        (
            "The company plans to double its staff by the end of the year.",
            "en",
            date(2022, 10, 4),
            {"the end of the year": "2022"},
        ),
        (
            "Le dossier sera bouclé en fin de mois.",
            "fr",
            date(2022, 10, 4),
            {"en fin de mois": "2022-10"},
        ),
        (
            "The coach will be named by the end of the month.",
            "en",
            date(2022, 10, 4),
            {"the end of the month": "2022-10"},
        ),
        # ... or the one of the past story told ...
        (
            "Elle a été élue en mars 2018 et a démissionné à la fin de l'année.",
            "fr",
            date(2022, 10, 4),
            {"en mars 2018": "2018-03", "la fin de l'année": "2018"},
        ),
        (
            "She joined the board in March 2019 and left at the end of the year.",
            "en",
            date(2022, 10, 4),
            {"in March 2019": "2019-03", "the end of the year": "2019"},
        ),
        # ... but a state running since then reaches the present.
        (
            "Le club a été fondé en 2015. C'est le troisième incident depuis le début de l'année.",
            "fr",
            date(2022, 10, 4),
            {"en 2015": "2015", "le début de l'année": "2022"},
        ),
        (
            "The club was founded in 2015. Prices have risen since the start of the year.",
            "en",
            date(2022, 10, 4),
            {"in 2015": "2015", "the start of the year": "2022"},
        ),
        # Marked ones say which.
        (
            "Les ventes ont chuté à la fin de l'année dernière.",
            "fr",
            date(2022, 10, 4),
            {"la fin de l'année dernière": "2021"},
        ),
        (
            "Sales fell at the end of last year.",
            "en",
            date(2022, 10, 4),
            {"the end of last year": "2021"},
        ),
        # A year or a month written after it dates it.
        (
            "Il vit à Lyon depuis la fin de l'année 2019.",
            "fr",
            date(2022, 10, 4),
            {"l'année 2019": "2019"},
        ),
        (
            "Les derniers patients ont été inclus à la fin du mois d’août.",
            "fr",
            date(2022, 10, 4),
            {"mois d’août": "2022-08"},
        ),
        (
            "By the end of the year 2019, he had left the firm.",
            "en",
            date(2022, 10, 4),
            {"the year 2019": "2019"},
        ),
        # "en ce début de semaine": the week of publication.
        (
            "Plusieurs usines sont touchées par des grèves en ce début de semaine.",
            "fr",
            date(2022, 10, 4),
            {"en ce début de semaine": "2022-W40"},
        ),
        (
            "Les prix de l'énergie ont encore augmenté en ce début d'année.",
            "fr",
            date(2023, 2, 7),
            {"en ce début d'année": "2023"},
        ),
    ],
)
def test_start_and_end_of_a_period(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "NOVEMBER 29 will be the date of the vote.",
            date(2025, 11, 10),
            {"NOVEMBER 29": "2025-11-29"},
        ),
        (
            "The council met on MONDAY, NOV. 3 to discuss the budget.",
            date(2025, 11, 10),
            {"on MONDAY, NOV. 3": "2025-11-03"},
        ),
        # An abbreviation in capitals needs its full stop: "MAR" is no month.
        ("The MAR 12 team won the cup.", date(2025, 11, 10), {}),
    ],
)
def test_dates_in_capitals(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A school year or a season told ahead places its yearless days: autumn in its first
        # year, the rest in its second.
        (
            "The 2022-23 school year will end May 26. Winter break will span Dec. 22-Jan. 3.",
            "en",
            date(2021, 11, 17),
            {"May 26": "2023-05-26", "Dec. 22-Jan. 3": "2022-12-22"},
        ),
        (
            "Le calendrier de l'année scolaire 2024-2025 est connu : les vacances d'hiver "
            "commenceront le 8 février et la rentrée aura lieu le 2 septembre.",
            "fr",
            date(2023, 11, 6),
            {"le 8 février": "2025-02-08", "le 2 septembre": "2024-09-02"},
        ),
        # Told in the past, a day in the sentence naming the school year is of it ...
        (
            "The board voted on Monday to begin the 2018-19 school year Aug. 20.",
            "en",
            date(2017, 10, 10),
            {"on Monday": "2017-10-09", "Aug. 20": "2018-08-20"},
        ),
        # ... and the days of other sentences keep their own reading.
        (
            "The 2022-23 school year was approved. The board met on March 14.",
            "en",
            date(2022, 3, 23),
            {"on March 14": "2022-03-14"},
        ),
        # A recurring happening named with its year dates the days of its sentence.
        (
            "Le coup d'envoi de la Coupe du monde 2026 (du 11 juin au 19 juillet) approche.",
            "fr",
            date(2025, 9, 30),
            {"de la Coupe du monde 2026": "2026", "du 11 juin au 19 juillet": "2026-06-11"},
        ),
        # A term given its own days is no calendar quarter.
        (
            "The calendar shows the first quarter from Aug. 15 to Oct. 11.",
            "en",
            date(2022, 3, 23),
            {"from Aug. 15 to Oct. 11": "2022-08-15"},
        ),
        (
            "Le premier trimestre, du 1er septembre au 30 novembre, sera évalué.",
            "fr",
            date(2022, 3, 23),
            {"du 1er septembre au 30 novembre": "2022-09-01"},
        ),
        # "last Friday" told on Saturday is the Friday of the week before.
        (
            "The agency authorized the vaccine last Friday.",
            "en",
            date(2020, 12, 19),
            {"last Friday": "2020-12-11"},
        ),
        (
            "Il a quitté le club vendredi dernier.",
            "fr",
            date(2020, 12, 19),
            {"vendredi dernier": "2020-12-11"},
        ),
        # Remanded or bailed to appear on a day: due after the remand.
        (
            "The defendant was remanded on bail to appear for a hearing on December 2.",
            "en",
            date(2022, 11, 20),
            {"on December 2": "2022-12-02"},
        ),
        # A figure's baseline is no event.
        (
            "Net income fell from $56.5 million a year ago to $21.1 million on Tuesday.",
            "en",
            date(2020, 5, 6),
            {"on Tuesday": "2020-05-05"},
        ),
        (
            "Sales rose 5% from last year, the firm said on Tuesday.",
            "en",
            date(2020, 5, 6),
            {"on Tuesday": "2020-05-05"},
        ),
    ],
)
def test_school_years_editions_terms_and_baselines(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A section heading naming one far year dates the days under it.
        (
            "Les séismes les plus meurtriers ont frappé l'Asie.\n\nAsie en 2004 (9,1): 220 000 "
            "morts\n\nLe 26 décembre, un séisme au large de Sumatra provoque un tsunami.",
            "fr",
            date(2017, 9, 19),
            {"en 2004": "2004", "Le 26 décembre": "2004-12-26"},
        ),
        # A headline written in capitals keeps its relative dates ...
        (
            "Phone Makers Unveil New Models Next Month\n\nThe launches are due in September.",
            "en",
            date(2013, 8, 20),
            {"Next Month": "2013-09", "in September": "2013-09"},
        ),
        # ... but a capitalised quarter before a capitalised word is a name.
        (
            "Included in those protests was the First Quarter Storm of 1970.",
            "en",
            date(2022, 5, 4),
            {"of 1970": "1970"},
        ),
        # A time counted from the date in focus, set beside the day it names, is that day.
        (
            "Le Tour commence le 24 juillet. "
            "Il prendra fin une semaine plus tard, le 31 juillet 2022.",
            "fr",
            date(2022, 7, 20),
            {"le 24 juillet": "2022-07-24", "le 31 juillet 2022": "2022-07-31"},
        ),
        (
            "The trial opened on May 2. The verdict came two days later, on May 4.",
            "en",
            date(2022, 5, 20),
            {"on May 2": "2022-05-02", "on May 4": "2022-05-04"},
        ),
    ],
)
def test_headings_headlines_and_apposed_days(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # Streets and race tracks are no people.
        ("Lewis Ave will be closed to traffic starting Monday, officials said.", "Monday"),
        ("The next race is on Sunday at Circuit Paul Ricard in France.", "on Sunday"),
    ],
)
def test_places_and_headline_words_are_no_people(text, expression):
    assert persons_of(text, expression, date(2022, 7, 20), "en") == set()


def test_capitalised_words_only_in_a_headline_are_no_name():
    plain = "Measles Outbreak Swells to 121 Cases This Year, CDC Says\n\nThe outbreak grew."
    assert _only_in_headlines("Measles Outbreak Swells", plain)
    # A first name, or a word the body writes too, keeps it.
    assert not _only_in_headlines("Janet Yellen", "Janet Yellen Convenes Top Regulators\n\nHi.")
    assert not _only_in_headlines("Measles Outbreak", plain.replace("The outbreak", "Outbreak"))


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Christmas told with its year is that December; its day stays a day.
        (
            "Les salariés avaient déjà fait grève à Noël 2022.",
            "fr",
            date(2024, 3, 10),
            {"à Noël 2022": "2022-12"},
        ),
        (
            "Workers had walked out at Christmas 2022.",
            "en",
            date(2024, 3, 10),
            {"at Christmas 2022": "2022-12"},
        ),
        (
            "Le jour de Noël 2022, il neigeait.",
            "fr",
            date(2024, 3, 10),
            {"Le jour de Noël 2022": "2022-12-25"},
        ),
        # "dans la semaine": this week, unless another week is named after it.
        (
            "Le ministre doit rejoindre Vienne dans la semaine.",
            "fr",
            date(2022, 8, 2),
            {"dans la semaine": "2022-W31"},
        ),
        (
            "Il est arrivé dans la semaine du 4 mars.",
            "fr",
            date(2022, 8, 2),
            {"la semaine du 4 mars": "2022-W09"},
        ),
        (
            "Les résultats seront connus dans la semaine qui suit le vote.",
            "fr",
            date(2022, 8, 2),
            {},
        ),
    ],
)
def test_christmas_of_a_year_and_the_week_in_progress(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A weekday owning a deadline lies ahead, unless a deed tells it met or missed.
        (
            '"We will get it done," the chairman said about hitting Friday\'s deadline.',
            date(2025, 3, 10),
            {"Friday": "2025-03-14"},
        ),
        (
            "Approval is envisioned before Friday night's midnight shutdown deadline.",
            date(2025, 3, 10),
            {"Friday night": "2025-03-14"},
        ),
        ("The company missed Friday's deadline.", date(2025, 3, 10), {"Friday": "2025-03-07"}),
        # Feasts on a fixed day of one country.
        (
            "Congress scrambles to meet a self-imposed Fourth of July deadline.",
            date(2025, 7, 1),
            {"Fourth of July": "2025-07-04"},
        ),
        (
            "Crowds gathered on Anzac Day 2024.",
            date(2025, 7, 1),
            {"on Anzac Day 2024": "2024-04-25"},
        ),
        # "through to" between days written day first or month first.
        (
            "A ban on overtime will be in force from 18 December through to 2 January.",
            date(2022, 12, 10),
            {"from 18 December through to 2 January": "2022-12-18"},
        ),
        (
            "Trains will run from Dec. 18 through to Jan. 2.",
            date(2022, 12, 10),
            {"from Dec. 18 through to Jan. 2": "2022-12-18"},
        ),
    ],
)
def test_deadlines_feasts_and_spans_through_to(text, published, expected):
    assert events(text, published, "en") == expected


def test_a_name_written_in_capitals_is_the_same_person():
    text = (
        "Michel Barnier a été nommé Premier ministre jeudi. « Je suis honoré », a déclaré "
        "Michel BARNIER dans un communiqué publié ce jeudi 5 septembre."
    )
    assert persons_of(text, "ce jeudi 5 septembre", date(2024, 9, 5), "fr") == {"Michel Barnier"}


@pytest.mark.parametrize(
    ("text", "expression", "language"),
    [
        ("Delhi Govt set to launch its delivery scheme on Sept 10.", "on Sept 10", "en"),
        (
            "Auchan Retail avait annoncé en septembre 2020 la suppression de postes.",
            "en septembre 2020",
            "fr",
        ),
    ],
)
def test_governments_and_retailers_are_no_people(text, expression, language):
    assert persons_of(text, expression, date(2021, 9, 1), language) == set()


def test_a_year_before_an_honorific_is_a_date():
    text = "Rappelons qu’en 2018 M. Legault a formé un gouvernement. La tour mesure 2018 m."
    assert events(text, date(2022, 9, 1), "fr") == {"en 2018": "2018"}


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A weekend set beside its days is those days, no event of its own.
        (
            "There had been plans to shut the road this weekend (12 and 13 March).",
            "en",
            date(2022, 3, 10),
            {"12 and 13 March": "2022-03-12"},
        ),
        (
            "The next race is this weekend of 22-24 July in France.",
            "en",
            date(2022, 7, 20),
            {"22-24 July": "2022-07-22"},
        ),
        (
            "La course a lieu ce week-end des 3 et 4 juin.",
            "fr",
            date(2022, 6, 1),
            {"des 3 et 4 juin": "2022-06-03"},
        ),
    ],
)
def test_weekends_beside_their_days(text, language, published, expected):
    assert events(text, published, language) == expected


def test_each_item_of_a_list_is_its_own_sentence():
    text = (
        "• The first film – Begins production this month with locations in New Zealand\n"
        "• The second film – Starts production this month in Vancouver and Toronto\n"
        "• The third film – Begins production in April in Sydney, Australia and Perth\n"
        "• The fourth film – Begins production on April 25th with locations in New Orleans\n"
        "• The fifth film – Begins production this May but no locations have been confirmed\n"
    )
    found = extract(text, published_on=date(2016, 2, 5), language="en").events
    # Items of a list, one per line, are sentences of their own, however many lines run on
    # without a full stop.
    assert [event.sentence.startswith("•") for event in found] == [True] * 5
    assert len({event.sentence for event in found}) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durant les fortes chaleurs de septembre, les hôpitaux ont été saturés.",
            {"de septembre": "2023-09"},
        ),
        ("Les inondations de juillet ont fait dix morts.", {"de juillet": "2023-07"}),
        ("Il a parlé de juillet avec émotion.", {}),
    ],
)
def test_a_month_naming_a_disaster(text, expected):
    assert events(text, date(2023, 10, 5), "fr") == expected
