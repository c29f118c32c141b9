"""Dates a story tells back or ahead of its telling: last year's month told again, clefts on a
date, a day set beside a span, nights, feasts, parts of weeks, onsets already begun (spaCy, no
database). Each case is a sentence of our own showing the general behaviour, in French and
English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A weekday that agrees with its day in a year the tense allows is no slip: the past
        # Thursday of last year, not the Friday ahead.
        (
            "Le jeudi 15 juillet, la rivière a débordé.",
            "fr",
            date(2022, 7, 9),
            {"Le jeudi 15 juillet": "2021-07-15"},
        ),
        (
            "On Thursday, July 15, the river burst its banks.",
            "en",
            date(2022, 7, 9),
            {"On Thursday, July 15": "2021-07-15"},
        ),
        # Told ahead, the near day that disagrees is still the slip.
        (
            "Le concert aura lieu le vendredi 16 avril.",
            "fr",
            date(2024, 4, 10),
            {"le vendredi 16 avril": "2024-04-16"},
        ),
    ],
)
def test_weekday_slip_only_where_the_tense_allows(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A date set apart by a cleft takes the time of the clause after "que" / "that".
        (
            "C'est le jeudi 15 juillet que la digue a cédé.",
            "fr",
            date(2022, 7, 9),
            {"le jeudi 15 juillet": "2021-07-15"},
        ),
        (
            "C'est mardi que le gouvernement présentera son budget.",
            "fr",
            date(2024, 3, 14),
            {"mardi": "2024-03-19"},
        ),
        (
            "It was on Thursday that the dam gave way.",
            "en",
            date(2024, 3, 16),
            {"on Thursday": "2024-03-14"},
        ),
    ],
)
def test_cleft_on_a_date(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Last year's month told in a sentence holds the days of that month told in it.
        (
            "Les inondations de juillet 2021 ont entraîné la fermeture, le 15 juillet, de "
            "vingt lignes.",
            "fr",
            date(2022, 7, 4),
            {"juillet 2021": "2021-07", "le 15 juillet": "2021-07-15"},
        ),
        # A day of last year dated by the article holds its month's days told later in the past.
        (
            "She died on March 27, 2016, the coroner said. She had been re-admitted to "
            "hospital on March 10.",
            "en",
            date(2017, 7, 21),
            {"on March 27, 2016": "2016-03-27", "on March 10": "2016-03-10"},
        ),
        # Not a month just gone: "août 2023" told in August 2024 leaves "le 9 août" to the
        # calendar.
        (
            "Il n'a publié qu'un message, le 3 août 2023. Le 9 août, une ONG a publié un rapport.",
            "fr",
            date(2024, 8, 10),
            {"le 3 août 2023": "2023-08-03", "Le 9 août": "2024-08-09"},
        ),
        # Nor a plan: told ahead, the month is this year's.
        (
            "The firm was founded on March 2, 2016. It will list its shares on March 10.",
            "en",
            date(2017, 1, 21),
            {"on March 2, 2016": "2016-03-02", "on March 10": "2017-03-10"},
        ),
    ],
)
def test_last_years_month_told_again(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A day set beside a span counted from publication tells its date: one event.
        (
            "Il y a cinq semaines exactement, le 3 février, une partie du tunnel s'est effondrée.",
            "fr",
            date(2024, 3, 9),
            {"le 3 février": "2024-02-03"},
        ),
        (
            "Two weeks ago, on April 29, the minister posted the figures.",
            "en",
            date(2023, 5, 13),
            {"on April 29": "2023-04-29"},
        ),
        # "hier, jeudi 5 septembre": the written day, even when it disagrees with "hier".
        (
            "La chanteuse a dévoilé hier, jeudi 5 septembre, une nouvelle coiffure.",
            "fr",
            date(2024, 9, 6),
            {"jeudi 5 septembre": "2024-09-05"},
        ),
        # A span and a day that are not set side by side stay two events.
        (
            "Il y a deux semaines, la digue a cédé; le 3 février, elle avait été renforcée.",
            "fr",
            date(2024, 3, 9),
            {"Il y a deux semaines": "2024-W08", "le 3 février": "2024-02-03"},
        ),
    ],
)
def test_day_set_beside_a_span(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # "la nuit de samedi à dimanche 8 janvier": the night's first day.
        (
            "Un accident a eu lieu dans la nuit de samedi à ce dimanche 8 janvier.",
            "fr",
            date(2023, 1, 8),
            {"dans la nuit de samedi à ce dimanche 8 janvier": "2023-01-07"},
        ),
        (
            "Un incendie s'est déclaré dans la nuit de samedi à dimanche 8 janvier 2017.",
            "fr",
            date(2023, 1, 8),
            {"dans la nuit de samedi à dimanche 8 janvier 2017": "2017-01-07"},
        ),
        # The day after Christmas.
        (
            "Drame à Lausanne le lendemain de Noël.",
            "fr",
            date(2023, 12, 29),
            {"le lendemain de Noël": "2023-12-26"},
        ),
        (
            "The fire broke out the day after Christmas.",
            "en",
            date(2023, 12, 29),
            {"the day after Christmas": "2023-12-26"},
        ),
    ],
)
def test_nights_and_feasts(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # The week that comes.
        (
            "Dans la semaine qui arrive, la ville fêtera l'anniversaire de la crue.",
            "fr",
            date(2022, 7, 9),
            {"la semaine qui arrive": "2022-W28"},
        ),
        (
            "Le mois qui vient, le conseil votera le budget.",
            "fr",
            date(2022, 7, 9),
            {"Le mois qui vient": "2022-08"},
        ),
        (
            "In the coming week, the board will vote on the merger.",
            "en",
            date(2022, 7, 9),
            {"the coming week": "2022-W28"},
        ),
        # "Dans les semaines à venir" counts nothing.
        ("Dans les semaines à venir, le conseil votera.", "fr", date(2022, 7, 9), {}),
        # The start of the week, told ahead on a weekend, is next week's.
        (
            "Les autres clients devront attendre en début de semaine.",
            "fr",
            date(2022, 12, 25),
            {"en début de semaine": "2022-W52"},
        ),
        (
            "Crews will return at the start of the week.",
            "en",
            date(2022, 12, 25),
            {"at the start of the week": "2022-W52"},
        ),
        # Told in the past, it is the one gone.
        (
            "Les clients ont été rebranchés en début de semaine.",
            "fr",
            date(2022, 12, 25),
            {"en début de semaine": "2022-W51"},
        ),
        # The weekend of the day in focus.
        (
            "On Saturday, 9 July, gunmen opened fire on a tavern. That same weekend, a shooting "
            "took place in another town.",
            "en",
            date(2022, 7, 20),
            {"On Saturday, 9 July": "2022-07-09", "That same weekend": "2022-W27"},
        ),
        (
            "Le samedi 9 juillet, des hommes ont ouvert le feu. Le même week-end, une fusillade "
            "a eu lieu à Lyon.",
            "fr",
            date(2022, 7, 20),
            {"Le samedi 9 juillet": "2022-07-09", "Le même week-end": "2022-W27"},
        ),
    ],
)
def test_weeks_ahead_and_weekends_in_focus(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A happening the clause comes before: the calendar tells which day.
        (
            "The minister dismissed the claims ahead of Tuesday's vote.",
            "en",
            date(2022, 7, 11),
            {"Tuesday": "2022-07-12"},
        ),
        (
            "Police were deployed ahead of Saturday's match.",
            "en",
            date(2022, 7, 10),
            {"Saturday": "2022-07-09"},
        ),
        # An onset after a deed told as done has begun: "has retired, effective Dec. 1".
        (
            "The company announced Monday that its chief executive has retired, effective Dec. 1.",
            "en",
            date(2024, 12, 3),
            {"Monday": "2024-12-02", "Dec. 1": "2024-12-01"},
        ),
        (
            "Le groupe a annoncé que son PDG a démissionné, avec effet à compter du 1er décembre.",
            "fr",
            date(2024, 12, 3),
            {"1er décembre": "2024-12-01"},
        ),
        # An onset announced for what will be still lies ahead.
        (
            "The city announced that schools will close from Monday.",
            "en",
            date(2024, 12, 3),
            {"Monday": "2024-12-09"},
        ),
    ],
)
def test_happenings_ahead_and_onsets_begun(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A pronominal verb's past is a past, not a present passive.
        (
            "L'écrivain s'est éteint à Montréal lundi.",
            "fr",
            date(2017, 8, 26),
            {"lundi": "2017-08-21"},
        ),
        # "was re-elected", read as "was" + an adjective, is still a past.
        (
            "President Azali Assoumani was re-elected for a five-year term in January.",
            "en",
            date(2024, 10, 14),
            {"in January": "2024-01"},
        ),
        # A participle on a noun, told with its agent or right before the date, is done.
        (
            "The general acknowledged that a third of the towns are not under control, in "
            "comments reported by state media on Wednesday.",
            "en",
            date(2023, 2, 2),
            {"on Wednesday": "2023-02-01"},
        ),
        (
            "The report released on Monday shows a rise in prices.",
            "en",
            date(2023, 2, 2),
            {"on Monday": "2023-01-30"},
        ),
        # A plan told in the past, held before or after publication: the calendar decides.
        (
            "Un recueil posthume, qui devait paraître en septembre, sera publié.",
            "fr",
            date(2017, 8, 24),
            {"en septembre": "2017-09"},
        ),
        # The idea of doing something lies ahead of the telling.
        (
            "Les jurés n'étaient pas enthousiastes à l'idée de revenir en janvier.",
            "fr",
            date(2015, 12, 9),
            {"en janvier": "2016-01"},
        ),
        # A future told of a day a few days gone is that day, quoted late: not a year ahead.
        (
            "The state of emergency will be extended starting from February 1, the general said.",
            "en",
            date(2023, 2, 2),
            {"from February 1": "2023-02-01"},
        ),
    ],
)
def test_tenses_the_tagger_hides(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A day whose weekday falls in the last far year told, and in no year near
        # publication, is of that year.
        (
            "L'exemple le plus lointain nous ramène à 1989. Le jury avait entamé ses "
            "délibérations le mardi 19 décembre.",
            "fr",
            date(2014, 12, 21),
            {"1989": "1989", "le mardi 19 décembre": "1989-12-19"},
        ),
        (
            "The last such case dates from 1989. The jury began deliberating on Tuesday, "
            "December 19.",
            "en",
            date(2014, 12, 21),
            {"from 1989": "1989", "on Tuesday, December 19": "1989-12-19"},
        ),
        # A day said as a figure of speech is none.
        (
            "For some it feels like only yesterday. Yesterday, the city mourned.",
            "en",
            date(2021, 2, 22),
            {"Yesterday": "2021-02-21"},
        ),
        (
            "Je m'en souviens comme si c'était hier. Hier, la ville était en deuil.",
            "fr",
            date(2021, 2, 22),
            {"Hier": "2021-02-21"},
        ),
        # "N years ago today" is a day.
        (
            "Ten years ago today, the quake struck the city.",
            "en",
            date(2021, 2, 22),
            {"Ten years ago today": "2011-02-22"},
        ),
        (
            "Il y a dix ans aujourd'hui, la terre tremblait.",
            "fr",
            date(2021, 2, 22),
            {"Il y a dix ans aujourd'hui": "2011-02-22"},
        ),
        # The part of the day in focus.
        (
            "On Tuesday, February 22, 2011, the quake struck. The prime minister spoke that "
            "afternoon.",
            "en",
            date(2021, 2, 22),
            {"On Tuesday, February 22, 2011": "2011-02-22", "that afternoon": "2011-02-22"},
        ),
        # The day after a happening set beside a weekday only restates it.
        (
            "She died on Friday, the day after the college's anniversary.",
            "en",
            date(2004, 10, 11),
            {"on Friday": "2004-10-08"},
        ),
        # A tenure in brackets (the event's value is its start; its end is kept too).
        (
            "Il fut ministre du Travail (1988-1991).",
            "fr",
            date(2010, 5, 5),
            {"1988-1991": "1988"},
        ),
        (
            "He was Labour minister (1988-1991).",
            "en",
            date(2010, 5, 5),
            {"1988-1991": "1988"},
        ),
        # A plan named with its span is no tenure.
        ("Le plan vélo 2021-2026 prévoit 180 km de pistes.", "fr", date(2022, 5, 5), {}),
    ],
)
def test_years_a_story_returns_to(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # An agency dateline run into the story dates no event.
        (
            "Kinshasa 5 décembre 2024 (ACP).– Le Premier ministre a démissionné jeudi.",
            "fr",
            date(2024, 12, 5),
            {"jeudi": "2024-12-05"},
        ),
    ],
)
def test_datelines(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "present", "absent"),
    [
        # A two-word title before a surname is no first name.
        ("Tan Sri Shafee spoke on Monday. Shafee left on Tuesday.", "en", None, "Tan Shafee"),
        # Brands written with a capital inside are no one; surnames with such prefixes are.
        (
            "Sam Altman has returned as CEO of OpenAI, the company announced Monday night. "
            "OpenAI announced the move on social media, and Altman confirmed it. I love OpenAI, "
            "Altman said.",
            "en",
            "Sam Altman",
            "OpenAI",
        ),
        ("Ron DeSantis met LeBron James on Monday.", "en", "Ron DeSantis", None),
        ("Ron DeSantis met LeBron James on Monday.", "en", "LeBron James", None),
        # Clubs and companies named after their kind are no one.
        (
            "Premier League club Tottenham announced the sacking of their interim manager "
            "Cristian Stellini on Monday.",
            "en",
            "Cristian Stellini",
            "Tottenham",
        ),
        (
            "Le club Tottenham a limogé Cristian Stellini lundi.",
            "fr",
            "Cristian Stellini",
            "Tottenham",
        ),
    ],
)
def test_full_names_titles_brands_and_clubs(text, language, present, absent):
    persons = extract(text, published_on=date(2023, 4, 25), language=language).persons
    if present:
        assert present in persons
    if absent:
        assert absent not in persons


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # The next happening, told in the past, is next after the story's time: the calendar
        # places it. Told ahead, it stays ahead.
        (
            "Le prochain concert prévu était à Paris, le 1er septembre.",
            "fr",
            date(2023, 5, 26),
            {"le 1er septembre": "2023-09-01"},
        ),
        (
            "His next concert was set for September 1.",
            "en",
            date(2023, 5, 26),
            {"for September 1": "2023-09-01"},
        ),
        (
            "La prochaine audience aura lieu le 3 mai.",
            "fr",
            date(2023, 5, 26),
            {"le 3 mai": "2024-05-03"},
        ),
        # A conditional the tagger reads as a noun still governs its infinitive.
        (
            "Des rumeurs ont circulé samedi selon lesquelles les quatre vice-gouverneurs, Jean "
            "Mercier et Paul Hamel, envisageraient de démissionner lundi.",
            "fr",
            date(2023, 7, 16),
            {"samedi": "2023-07-15", "lundi": "2023-07-17"},
        ),
        # A sports season by its years is the year it opens.
        (
            "He first guided the club during the 2019-20 season.",
            "en",
            date(2024, 10, 24),
            {"the 2019-20 season": "2019"},
        ),
        (
            "Il a entraîné le club lors de la saison 2019-2020.",
            "fr",
            date(2024, 10, 24),
            {"la saison 2019-2020": "2019"},
        ),
        # "de 2012 et 2015" lists two years; "de 2012 à 2015" spans them (from 2012).
        (
            "C'est sa troisième finale, après celles de 2012 et 2015.",
            "fr",
            date(2017, 1, 5),
            {"de 2012": "2012", "2015": "2015"},
        ),
        (
            "Il a régné de 2012 à 2015.",
            "fr",
            date(2017, 1, 5),
            {"de 2012 à 2015": "2012"},
        ),
        # A dateline without its place dates no event.
        (
            "April 16 (Reuters) - The skater said on Monday he would retire.",
            "en",
            date(2018, 4, 16),
            {"on Monday": "2018-04-16"},
        ),
    ],
)
def test_next_happenings_seasons_year_lists_and_datelines(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # The period a figure is measured against is no event.
        (
            "Consumer prices rose by 10.4% in February compared with a year ago.",
            "en",
            date(2023, 3, 22),
            {"in February": "2023-02"},
        ),
        (
            "Profit rose 12% from the same period last year. Last year, the firm lost money.",
            "en",
            date(2023, 3, 22),
            {"Last year": "2022"},
        ),
        (
            "Il s'agit d'une baisse de 58 % par rapport à la même période l'an dernier. L'an "
            "dernier, la firme a perdu de l'argent.",
            "fr",
            date(2023, 3, 22),
            {"L'an dernier": "2022"},
        ),
        # Compared with a period alone, it may still tell when.
        (
            "Les semis ont deux mois de retard par rapport à l'an dernier.",
            "fr",
            date(2023, 3, 22),
            {"l'an dernier": "2022"},
        ),
    ],
)
def test_baselines_of_figures(text, language, published, expected):
    assert events(text, published, language) == expected


def test_a_word_the_tagger_mostly_calls_a_place_is_no_one():
    text = (
        "Residents prepare as the cyclone approaches the coast near Brisbane.\n\n"
        "The cyclone is forecast to cross the coast between the state capital Brisbane and "
        "the Gold Coast late on Thursday, Bureau of Meteorology manager Matt Collopy said.\n"
        "Brisbane and Gold Coast are a continuous urban sprawl.\n"
        "Alfred was over the Pacific Ocean 250 miles east of Brisbane and tracking west on "
        "Wednesday.\n"
        "Mr Collopy told reporters in Brisbane."
    )
    persons = extract(text, published_on=date(2025, 3, 5), language="en").persons
    assert "Matt Collopy" in persons
    assert "Brisbane" not in persons


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # The nearest word before a participle that reads as an auxiliary is its auxiliary: a
        # noun ending like a future further back is none.
        (
            "L'auteur de L'avalée des avalés et des Bons débarras s'est éteint à Montréal dans "
            "la nuit de lundi à mardi.",
            "fr",
            date(2017, 8, 24),
            {"dans la nuit de lundi à mardi": "2017-08-21"},
        ),
        # "Minutes later", "Hours later": the day in focus.
        (
            "On Sunday, the prime minister asked for a dissolution. Minutes later, the "
            "president dissolved the assembly.",
            "en",
            date(2022, 4, 5),
            {"On Sunday": "2022-04-03", "Minutes later": "2022-04-03"},
        ),
        # "d'ici à 2030" after a quantity is still a date; "de moins" tells no quantity of it.
        (
            "Le canton doit dépenser 6 milliards de francs de moins d'ici à 2030.",
            "fr",
            date(2024, 3, 5),
            {"d'ici à 2030": "2030"},
        ),
        ("Il y en avait moins en 2023.", "fr", date(2024, 3, 5), {"en 2023": "2023"}),
        ("Il y avait plus de 2000 personnes.", "fr", date(2024, 3, 5), {}),
        # The formal "the 30th day of June 2025".
        (
            "The Senate adjourns at noon on the 30th day of June 2025.",
            "en",
            date(2024, 6, 20),
            {"the 30th day of June 2025": "2025-06-30"},
        ),
    ],
)
def test_auxiliaries_bare_offsets_and_formal_days(text, language, published, expected):
    assert events(text, published, language) == expected
