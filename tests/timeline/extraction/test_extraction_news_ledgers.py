"""Deadlines, baselines and fiscal quarters of company reports, lists of fixtures, instances of
a yearly habit, nights named by their day and days of a story told again. Each case is a text
of our own showing the general behaviour, in French and English where the class exists in
both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events, persons_of, spans


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "au plus tard" sets a deadline: no month after the one in focus.
        (
            "Le processus a été lancé le 25 juillet 2021. La proclamation des résultats aura "
            "lieu, au plus tard, le 1er février.",
            date(2023, 1, 29),
            "fr",
            {"le 25 juillet 2021": "2021-07-25", "le 1er février": "2023-02-01"},
        ),
        # "plus tard" still counts from the month in focus.
        (
            "Il a été arrêté en avril 2021. Deux mois plus tard, en janvier, il a été libéré.",
            date(2023, 1, 29),
            "fr",
            {"en avril 2021": "2021-04", "en janvier": "2022-01"},
        ),
    ],
)
def test_a_deadline_is_no_later_month(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # The period a figure is measured against is no event.
        (
            "Net profit rose to $5 million in the quarter ended September 30, up from $4 "
            "million in the corresponding quarter of last year.",
            date(2021, 10, 22),
            "en",
            {"in the quarter ended September 30": "2021-Q3"},
        ),
        (
            "Profit dropped to $42 million, down from $52 million during a similar period "
            "last year.",
            date(2024, 5, 9),
            "en",
            {},
        ),
        (
            "The firm lost $17 million, better than the $134 million lost in the same period "
            "in the previous year.",
            date(2023, 3, 6),
            "en",
            {},
        ),
        (
            "Le chiffre d'affaires progresse de 4 % sur la même période de l'an dernier.",
            date(2023, 3, 6),
            "fr",
            {},
        ),
        # "last year" alone still dates.
        (
            "Profit dropped to $42 million last year.",
            date(2024, 5, 9),
            "en",
            {"last year": "2023"},
        ),
    ],
)
def test_the_same_period_is_a_baseline(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A quarter of a fiscal year named after it: the company's calendar.
        (
            "The company's net profit rose in the third quarter of current fiscal.",
            date(2020, 1, 13),
            {},
        ),
        (
            "Revenue rose in the second quarter of the fiscal year.",
            date(2020, 1, 13),
            {},
        ),
        # The calendar's quarter stays.
        (
            "Revenue rose in the third quarter of 2019.",
            date(2020, 1, 13),
            {"in the third quarter of 2019": "2019-Q3"},
        ),
    ],
)
def test_a_quarter_of_a_fiscal_year(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A month's figure by its possessive.
        (
            "House prices rose 0.3% in December, worse than November's 0.1% fall.",
            date(2026, 1, 8),
            {"in December": "2025-12", "November's": "2025-11"},
        ),
        (
            "The index recovered after a fall larger than October's £2bn outflow.",
            date(2026, 1, 8),
            {"October's": "2025-10"},
        ),
        # May stays a name.
        (
            "Ministers criticised May's 12 resignations.",
            date(2026, 1, 8),
            {},
        ),
    ],
)
def test_a_months_figure(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Two lists in one sentence: each runs on its own.
        (
            "Lyon recevra Lille les 3 septembre et 21 avril alors que le derby entre Nice et "
            "Monaco se jouera les 24 septembre et 11 février.",
            date(2023, 6, 29),
            "fr",
            {
                "3 septembre": "2023-09-03",
                "21 avril": "2024-04-21",
                "24 septembre": "2023-09-24",
                "11 février": "2024-02-11",
            },
        ),
        # One list runs forward from its first day.
        (
            "The tour stops on October 28 in Reno; November 29 in Boise; January 31 in Denver.",
            date(2023, 6, 29),
            "en",
            {
                "on October 28": "2023-10-28",
                "November 29": "2023-11-29",
                "January 31": "2024-01-31",
            },
        ),
    ],
)
def test_listed_days_in_two_clauses(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "comme chaque année" tells this year's instance of a habit.
        (
            "Comme chaque année, le comité s'est prononcé dans son rapport rendu fin novembre.",
            date(2023, 12, 15),
            "fr",
            {"fin novembre": "2023-11"},
        ),
        (
            "As every year, the panel published its report in November.",
            date(2023, 12, 15),
            "en",
            {"in November": "2023-11"},
        ),
        # The habit itself dates nothing.
        (
            "Chaque année, le comité rend son avis fin novembre.",
            date(2023, 12, 15),
            "fr",
            {},
        ),
        (
            "Every year, the panel publishes its report in November.",
            date(2023, 12, 15),
            "en",
            {},
        ),
    ],
)
def test_an_instance_of_a_yearly_habit(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "week end" without its hyphen.
        (
            "Des discussions sont en cours avec les syndicats ce week end.",
            date(2014, 9, 14),
            "fr",
            {"ce week end": "2014-W37"},
        ),
        # A night named by its day is that day, not tonight.
        (
            "Le chien a sauvé sa maîtresse, cette nuit du 1er novembre 2019.",
            date(2021, 5, 21),
            "fr",
            {"1er novembre 2019": "2019-11-01"},
        ),
        (
            "The dog saved her that night of November 1, 2019.",
            date(2021, 5, 21),
            "en",
            {"of November 1, 2019": "2019-11-01"},
        ),
        # "cette nuit" alone is tonight's.
        (
            "Le chien a aboyé cette nuit.",
            date(2021, 5, 21),
            "fr",
            {"cette nuit": "2021-05-21"},
        ),
    ],
)
def test_nights_and_weekends(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # "ce jour-là" before a yearless day: the day of the story told, whatever the tense.
        (
            "Les faits se sont produits à Rennes, en décembre 2018.\n\n"
            "Ce jour-là, le 4 décembre, Jennifer va chercher ses enfants à l'école.",
            date(2022, 6, 27),
            "fr",
            {"en décembre 2018": "2018-12", "le 4 décembre": "2018-12-04"},
        ),
        (
            "The fire broke out in March 2019.\n\n"
            "On that day, March 4, firefighters are called to the mill.",
            date(2022, 6, 27),
            "en",
            {"in March 2019": "2019-03", "March 4": "2019-03-04"},
        ),
    ],
)
def test_that_day_of_a_story(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A day hung on a deed's noun dates the deed, done whatever the clause's tense.
        (
            "State police will take over the investigation of the fatal shooting on Friday of a "
            "man by city police.",
            date(2021, 3, 30),
            {"on Friday": "2021-03-26"},
        ),
        (
            "He asked the state police to handle the investigation of the killing on Monday "
            "afternoon.",
            date(2021, 3, 30),
            {"on Monday afternoon": "2021-03-29"},
        ),
        # A meeting may lie ahead.
        (
            "State police will brief the council on the shooting at the meeting on Friday.",
            date(2021, 3, 30),
            {"on Friday": "2021-04-02"},
        ),
    ],
)
def test_a_day_of_a_deed(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A bound reached in a participle clause of a past sentence.
        (
            "The victims were swept away by floodwaters on Friday, bringing the death toll to "
            "86 by Saturday.",
            date(2010, 5, 17),
            {"on Friday": "2010-05-14", "Saturday": "2010-05-15"},
        ),
        # One ahead stays ahead.
        (
            "The storm will hit the coast on Friday, bringing rain until Sunday.",
            date(2010, 5, 12),
            {"on Friday": "2010-05-14", "Sunday": "2010-05-16"},
        ),
    ],
)
def test_a_bound_reached_in_the_past(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # Told on Monday, the Tuesday ahead would be "tomorrow": "next Tuesday" is next week's.
        (
            "Parliament will close on Thursday rather than next Tuesday.",
            date(2018, 7, 16),
            "en",
            {"on Thursday": "2018-07-19", "next Tuesday": "2018-07-24"},
        ),
        # Told on Friday, "next Sunday" is that of next week; "next Monday" is three days on.
        (
            "United face Fulham on Saturday before the derby next Sunday and a cup tie next "
            "Monday.",
            date(2024, 2, 23),
            "en",
            {"on Saturday": "2024-02-24", "next Sunday": "2024-03-03", "next Monday": "2024-02-26"},
        ),
        # French "mardi prochain" is the coming Tuesday, this week's while still ahead.
        (
            "La réunion aura lieu mardi prochain. La cérémonie aura lieu jeudi prochain.",
            date(2018, 7, 16),
            "fr",
            {"mardi prochain": "2018-07-17", "jeudi prochain": "2018-07-19"},
        ),
        (
            "La réunion aura lieu lundi prochain.",
            date(2018, 7, 16),
            "fr",
            {"lundi prochain": "2018-07-23"},
        ),
    ],
)
def test_next_weekday_is_next_weeks(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A story goes on in the weeks after its date, in its tense.
        (
            "Spirit was launched on June 10, 2003. Opportunity followed with a night launch on "
            "July 7 after several days of delays.",
            date(2004, 12, 5),
            "en",
            {"on June 10, 2003": "2003-06-10", "on July 7": "2003-07-07"},
        ),
        (
            "Le 30 septembre 2020, Météo France attribue le nom d'Alex à une dépression. Après "
            "avoir traversé le Morbihan le 1er octobre, la tempête se décale vers le sud-est. Le "
            "département est placé en vigilance rouge le 2 octobre au petit matin.",
            date(2021, 9, 29),
            "fr",
            {
                "Le 30 septembre 2020": "2020-09-30",
                "le 1er octobre": "2020-10-01",
                "le 2 octobre": "2020-10-02",
            },
        ),
        # Not a day months before the date told, nor one told ahead.
        (
            "She took office in July 2016, weeks after the referendum. Her deal was rejected by "
            "parliament on Jan. 15.",
            date(2019, 5, 24),
            "en",
            {"in July 2016": "2016-07", "on Jan. 15": "2019-01-15"},
        ),
        (
            "Le 30 septembre 2020, le tribunal a condamné le prévenu. Il sera libéré le 1er "
            "octobre.",
            date(2021, 9, 29),
            "fr",
            {"Le 30 septembre 2020": "2020-09-30", "le 1er octobre": "2021-10-01"},
        ),
    ],
)
def test_a_story_goes_on_after_its_date(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language"),
    [
        (
            "En temps normal, l'épidémie suit le même schéma d'une année sur l'autre : elle "
            "démarre fin octobre et atteint un pic en décembre.",
            date(2022, 10, 19),
            "fr",
        ),
        (
            "In a normal year, the epidemic starts in late October and peaks in December.",
            date(2022, 10, 19),
            "en",
        ),
    ],
)
def test_a_normal_year_dates_nothing(text, published, language):
    assert events(text, published, language) == {}


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # The month of an election told after it: the nearest, whatever the clause's tense.
        (
            "Le Conseil ne s'était pas opposé à la tenue du second tour des élections "
            "municipales en juin.",
            date(2020, 5, 22),
            "fr",
            {"en juin": "2020-06"},
        ),
        (
            "Un profil plus politique en vue des élections européennes en juin.",
            date(2024, 1, 10),
            "fr",
            {"en juin": "2024-06"},
        ),
        (
            "The party had prepared for the general election in May.",
            date(2024, 4, 2),
            "en",
            {"in May": "2024-05"},
        ),
        # Without an election, the tense decides.
        (
            "Le Conseil ne s'était pas opposé à la réouverture des écoles en juin.",
            date(2020, 5, 22),
            "fr",
            {"en juin": "2019-06"},
        ),
    ],
)
def test_the_month_of_an_election(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A span of months whose ends are told "late May", "fin mai": the months.
        (
            "The European leg will take place from late May to June.",
            date(2023, 11, 2),
            "en",
            {"from late May to June": ("2024-05", "2024-06")},
        ),
        (
            "La tournée passera en Europe de fin mai à juin, puis entre mi-septembre et fin "
            "octobre.",
            date(2023, 11, 2),
            "fr",
            {
                "de fin mai à juin": ("2024-05", "2024-06"),
                "entre mi-septembre et fin octobre": ("2024-09", "2024-10"),
            },
        ),
    ],
)
def test_a_span_of_months_with_parts(text, published, language, expected):
    assert spans(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A passive participle read as a present: the passé composé.
        (
            "La bâtisse illégale a été totalement détruite, vendredi peu avant 4 h.",
            date(2007, 12, 22),
            "fr",
            {"vendredi": "2007-12-21"},
        ),
        # A gerund takes the time of the verb it complements.
        (
            "The Yankees managed to keep the Red Sox from celebrating a division title in their "
            "building on Tuesday and will try to pull the same trick on Wednesday.",
            date(2016, 9, 28),
            "en",
            {"on Tuesday": "2016-09-27", "on Wednesday": "2016-09-28"},
        ),
    ],
)
def test_tenses_the_tagger_misreads(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A programme named after a weekday is no day.
        (
            "The Patriots host the Steelers on Sunday Night Football at home.",
            date(2019, 4, 18),
            {},
        ),
        (
            "He watched Saturday Night Live on Saturday night.",
            date(2019, 4, 18),
            {"on Saturday night": "2019-04-13"},
        ),
        # A fixture named by its day is the nearest.
        (
            "The league opted against the Sept. 5 opener on a Thursday.",
            date(2019, 4, 18),
            {"Sept. 5": "2019-09-05"},
        ),
    ],
)
def test_fixtures_and_programmes(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # An ordinal written without its accent.
        (
            "La croissance du PIB dépasse les attentes au troisieme trimestre.",
            date(2023, 10, 18),
            {"au troisieme trimestre": "2023-Q3"},
        ),
        # The month of a contract's delivery, written before it.
        (
            "Le Brent pour livraison en janvier a gagné 62 cents vendredi.",
            date(2020, 12, 4),
            {"vendredi": "2020-12-04"},
        ),
    ],
)
def test_markets_in_french(text, published, expected):
    assert events(text, published, "fr") == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # An infinitive on the noun of a thing decided is held after the decision: the
        # calendar decides, and a weekday a day ahead is meant.
        (
            "Schumer took the floor Monday night to announce senators had reached an agreement "
            "to hold a final vote Tuesday.",
            date(2021, 8, 9),
            "en",
            {"Monday night": "2021-08-09", "Tuesday": "2021-08-10"},
        ),
        (
            "Les syndicats ont conclu dimanche un accord pour reprendre le travail lundi.",
            date(2021, 8, 8),
            "fr",
            {"dimanche": "2021-08-08", "lundi": "2021-08-09"},
        ),
    ],
)
def test_a_thing_decided_is_held_after(text, published, language, expected):
    assert events(text, published, language) == expected


def test_an_election_ahead_stays_ahead():
    text = "Ghana is preparing to hold presidential and parliamentary elections in November."
    assert events(text, date(2016, 3, 1), "en") == {"in November": "2016-11"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A day named for what comes: the calendar decides.
        (
            "Rudd has named September 7 as the date for his country's election.",
            date(2013, 8, 4),
            {"September 7": "2013-09-07"},
        ),
        (
            "Rudd says he has requested the governor-general to call a parliamentary poll on "
            "September 7.",
            date(2013, 8, 4),
            {"on September 7": "2013-09-07"},
        ),
        # English "this Saturday", still ahead this week, whatever the tense.
        (
            "The walkout planned for this Saturday has been cancelled.",
            date(2023, 9, 4),
            {"this Saturday": "2023-09-09"},
        ),
        (
            "The walkout planned for this Monday was cancelled.",
            date(2023, 9, 9),
            {"this Monday": "2023-09-04"},
        ),
    ],
)
def test_days_named_ahead(text, published, expected):
    assert events(text, published, "en") == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A look back on a year, named in the headline, dates the days told after it.
        (
            "Gers : retour sur les faits divers marquants de l'année 2021\n\n"
            "Le 15 avril, deux personnalités du village sont retrouvées mortes.",
            date(2021, 12, 31),
            "fr",
            {"l'année 2021": "2021", "Le 15 avril": "2021-04-15"},
        ),
        (
            "2019 in review: looking back at the year's top stories\n\n"
            "On April 15, a fire breaks out in the cathedral.",
            date(2019, 12, 30),
            "en",
            {"On April 15": "2019-04-15"},
        ),
        # Without such a headline, the tense decides.
        (
            "Gers : les faits divers de l'année 2021\n\n"
            "Le 15 avril, deux personnalités du village sont jugées.",
            date(2021, 12, 31),
            "fr",
            {"l'année 2021": "2021", "Le 15 avril": "2022-04-15"},
        ),
    ],
)
def test_a_year_in_review(text, published, language, expected):
    assert events(text, published, language) == expected


def test_a_half_of_a_fiscal_year_is_no_half_of_the_calendar():
    text = (
        "L'éditeur publiera ses résultats du premier semestre 2025-2026 vendredi. Les ventes ont "
        "baissé au premier semestre 2025."
    )
    assert spans(text, date(2025, 11, 19), "fr") == {
        "vendredi": ("2025-11-21", None),
        "au premier semestre 2025": ("2025-Q1", "2025-Q2"),
    }


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A plan told in the past ("was supposed to", "était censée"): the calendar decides.
        (
            "The suspension of hearings began April 26 and was initially supposed to last until "
            "May 21.",
            date(2021, 6, 8),
            "en",
            {"April 26": "2021-04-26", "until May 21": "2021-05-21"},
        ),
        (
            "La suspension des audiences a commencé le 26 avril et était censée durer jusqu'au "
            "21 mai.",
            date(2021, 6, 8),
            "fr",
            {"le 26 avril": "2021-04-26", "21 mai": "2021-05-21"},
        ),
    ],
)
def test_a_plan_told_in_the_past(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A weekday counted from the day told before it.
        (
            "Cyclone Kevin hit on March 4. Cyclone Judy battered Port Vila the previous Wednesday.",
            date(2023, 3, 9),
            "en",
            {"on March 4": "2023-03-04", "Wednesday": "2023-03-01"},
        ),
        (
            "Le cyclone Kevin a frappé le 4 mars. Le cyclone Judy avait frappé le mercredi "
            "précédent. Il a été libéré le lundi suivant.",
            date(2023, 3, 9),
            "fr",
            {"le 4 mars": "2023-03-04", "mercredi": "2023-03-01", "lundi": "2023-03-06"},
        ),
        # "le lundi" alone stays a habit.
        (
            "Le lundi, il va au marché.",
            date(2023, 3, 9),
            "fr",
            {},
        ),
        # A weekday set before a deed dates the deed, done.
        (
            "The Blazers have one game scheduled between Lillard's Wednesday night injury and "
            "the following Wednesday.",
            date(2022, 10, 27),
            "en",
            {"Wednesday night": "2022-10-26", "Wednesday": "2022-11-02"},
        ),
    ],
)
def test_weekdays_counted_from_the_day_in_focus(text, published, language, expected):
    assert events(text, published, language) == expected


def test_throughout_a_year_or_a_month():
    text = "Quakes have struck Japan throughout 2023. Prices rose throughout March."
    assert events(text, date(2024, 1, 2), "en") == {
        "throughout 2023": "2023",
        "throughout March": "2023-03",
    }


def test_a_surname_with_its_particle_capitalised_at_a_sentence_head():
    text = (
        "A spokeswoman for UN Special Envoy for Syria Staffan de Mistura said on Tuesday that "
        "talks would resume. De Mistura and his team will be ready to receive all of the "
        "participants as of March 9, she said."
    )
    assert persons_of(text, "of March 9", date(2016, 3, 8), "en") == {"Staffan de Mistura"}
