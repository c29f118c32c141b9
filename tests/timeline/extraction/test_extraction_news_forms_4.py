"""Matches played, deeds told by a perfect participle, closing prices, comparisons' baselines,
months naming a called election and roles held today. Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A perfect participle's day is gone, whatever the main verb.
        (
            "Lens et Lille s'étant imposés samedi, Nice n'aura pas d'autre choix que de gagner "
            "mardi.",
            date(2024, 2, 7),
            "fr",
            {"samedi": "2024-02-03", "mardi": "2024-02-13"},
        ),
        (
            "Having won on Saturday, the Rams will host the Bears on Thursday.",
            date(2024, 2, 7),
            "en",
            {"on Saturday": "2024-02-03", "on Thursday": "2024-02-08"},
        ),
        # (not a plan's: the match moved to Friday lies ahead)
        (
            "The final, having been moved to Friday, will be shown live.",
            date(2024, 2, 7),
            "en",
            {"Friday": "2024-02-09"},
        ),
        # A winner, or a defeat, named before the day: a match played.
        (
            "La rencontre verra s'affronter Rennes, vainqueur de Brest jeudi, et Metz.",
            date(2024, 2, 10),
            "fr",
            {"jeudi": "2024-02-08"},
        ),
        (
            "Les Lyonnais tenteront d'effacer la défaite 4-0 à Lorient dimanche.",
            date(2024, 2, 7),
            "fr",
            {"dimanche": "2024-02-04"},
        ),
        # A closing price's day is gone.
        (
            "That is a 30 percent premium to the firm's closing price of $6.08 Monday.",
            date(2024, 2, 7),
            "en",
            {"Monday": "2024-02-05"},
        ),
    ],
)
def test_deeds_done_under_other_tenses(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A figure's baseline: no event.
        (
            "Its revenue was a 19 percent increase from a year ago. Profit was down compared to "
            "the same frame a year ago. It earned $5 million, compared with a profit in last "
            "year's quarter of $4 million. It reported on Tuesday.",
            date(2016, 7, 27),
            "en",
            {"on Tuesday": "2016-07-26"},
        ),
        # A month naming the election called.
        (
            "Prime minister calls May election\nThe vote was announced on Tuesday.",
            date(2019, 4, 11),
            "en",
            {"May": "2019-05", "on Tuesday": "2019-04-09"},
        ),
        # A role or state held today, set apart after a name: no day.
        (
            "Steve Martin, aujourd'hui directeur sportif de l'équipe, avait gagné en 1988. "
            "Le maire, aujourd'hui retraité, a parlé. Le conseil, aujourd'hui, a voté.",
            date(2022, 7, 19),
            "fr",
            {"en 1988": "1988", "aujourd'hui": "2022-07-19"},
        ),
    ],
)
def test_baselines_called_elections_and_roles_now(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A day and its weekday without a month go on from the day in focus, whatever weekday
        # the text slips to.
        (
            "Ils passeront l'histoire le 16 juin, la langue le lundi 17 et les mathématiques "
            "le 21.",
            date(2017, 6, 2),
            "fr",
            {"le 16 juin": "2017-06-16", "le lundi 17": "2017-06-17", "le 21": "2017-06-21"},
        ),
        (
            "Le festival s'ouvre le 28 juin et se termine le lundi 3.",
            date(2017, 6, 2),
            "fr",
            {"le 28 juin": "2017-06-28", "le lundi 3": "2017-07-03"},
        ),
        # A noun the parser takes for a copula tells no predicate.
        (
            "Le président, 56 ans, a prêté serment jeudi devant le tribunal.",
            date(2019, 1, 11),
            "fr",
            {"jeudi": "2019-01-10"},
        ),
        # A figure for a weekday is that day's count, not a day aimed at.
        (
            "Les rendez-vous sont passés de 1500 par jour à plus de 6000 pour la journée de jeudi.",
            date(2022, 1, 7),
            "fr",
            {"jeudi": "2022-01-06"},
        ),
        # A weekday a launch is reset for lies ahead.
        (
            "The launch was reset for 9:14 a.m. ET Sunday, the company said.",
            date(2020, 5, 16),
            "en",
            {"Sunday": "2020-05-17"},
        ),
    ],
)
def test_days_going_on_counts_and_days_reset_for(text, published, language, expected):
    assert events(text, published, language) == expected


def test_lists_of_days_starting_again_keep_their_year():
    text = (
        "The board released the date sheet on Monday.\n\nClass 12\n\nJuly 1: Home Science\n\n"
        "July 7: Informatics\n\nJuly 13: Sociology\n\nJuly 3: Physics\n\nJuly 6: Chemistry\n\n"
        "July 15: Mathematics\n\nClass 10\n\nJuly 1: Social Science\n\nJuly 2: Science"
    )
    found = events(text, date(2020, 5, 18), "en")
    assert {value[:4] for value in found.values()} == {"2020"}
    assert found["July 3"] == "2020-07-03"


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A fixture a weekday owns, and a player ruled out of one: the match lies ahead.
        (
            "The forward is unavailable for Friday's clash with Ulster.",
            date(2016, 10, 4),
            "en",
            {"Friday": "2016-10-07"},
        ),
        (
            "The linebacker has been ruled out Sunday against Detroit.",
            date(2018, 9, 27),
            "en",
            {"Sunday": "2018-09-30"},
        ),
        # (told gone with a past verb, it is not)
        (
            "He was ruled out of Sunday's game.",
            date(2018, 9, 27),
            "en",
            {"Sunday": "2018-09-23"},
        ),
        # A day a state lasts until, after a past deed: the nearest; after a state told gone,
        # the one gone.
        (
            "Officials maintained an area closure through Oct. 22.",
            date(2025, 8, 26),
            "en",
            {"through Oct. 22": "2025-10-22"},
        ),
        (
            "La commission a soumis le projet à consultation jusqu'au 14 décembre.",
            date(2023, 11, 20),
            "fr",
            {"14 décembre": "2023-12-14"},
        ),
        (
            "The road remained closed until March 3.",
            date(2025, 8, 26),
            "en",
            {"until March 3": "2025-03-03"},
        ),
        # A line closed by an old full day after a comma is a caption: no event, no era.
        (
            "Prices rose 0.5% from December to January.\nA printing press, Washington, D.C., "
            "July 12, 2012\n\nThe index was at 6.5% in December.",
            date(2023, 2, 14),
            "en",
            {"from December to January": "2022-12", "in December": "2022-12"},
        ),
        # An author's name and the day, alone on the line.
        (
            "Rugby news\nJane Barr November 1, 2022\nThe squad met on Monday.",
            date(2022, 11, 2),
            "en",
            {"on Monday": "2022-10-31"},
        ),
        # After a weekday, a comma may come before the year; not after a bare day, where the
        # number is a count.
        (
            "Jeudi 25 Avril, 2024 à Dakar. Le 25 avril, 2000 personnes ont défilé.",
            date(2024, 4, 26),
            "fr",
            {"Jeudi 25 Avril, 2024": "2024-04-25", "Le 25 avril": "2024-04-25"},
        ),
    ],
)
def test_fixtures_bounds_captions_and_headers(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A span of days without its "du".
        (
            "Les championnats du monde à Budapest (19 au 27 août) approchent.",
            date(2023, 7, 7),
            "fr",
            {"19 au 27 août": "2023-08-19"},
        ),
        (
            "Sur la période 19 au 25 mai 2014, les prix ont baissé.",
            date(2014, 5, 30),
            "fr",
            {"19 au 25 mai 2014": "2014-05-19"},
        ),
        # A collapse is told once done.
        (
            "The highway is closed after a catastrophic collapse Saturday.",
            date(2024, 6, 10),
            "en",
            {"Saturday": "2024-06-08"},
        ),
    ],
)
def test_bare_spans_and_deeds_done(text, published, language, expected):
    assert events(text, published, language) == expected
