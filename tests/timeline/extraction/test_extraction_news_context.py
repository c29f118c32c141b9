"""What the words around a date tell of it: happenings set before another, deadlines, days told
again, dates that name things (spaCy, no database). Each case is a sentence of our own showing
the general behaviour, in French and English where the class exists in both."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events
from timeline.extraction import extract


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A happening "after" which a plan comes is not ahead for that: the calendar decides.
        (
            "Après leur rencontre avec le ministre mi-juillet, les syndicats seront reçus "
            "séparément.",
            "fr",
            date(2018, 8, 14),
            {"mi-juillet": "2018-07"},
        ),
        (
            "It is the next state to vote following Monday's caucuses.",
            "en",
            date(2024, 1, 16),
            {"Monday": "2024-01-15"},
        ),
        # Not so when the date is the plan's own: "after Monday" lies ahead.
        (
            "Les négociations reprendront après lundi.",
            "fr",
            date(2018, 8, 14),
            {"lundi": "2018-08-20"},
        ),
        # A happening called earlier lies behind, whatever the tense of the sentence.
        (
            "Après une précédente manifestation en mai, les syndicats veulent se faire entendre.",
            "fr",
            date(2018, 10, 1),
            {"en mai": "2018-05"},
        ),
        (
            "After a previous walkout in May, the unions want to be heard again.",
            "en",
            date(2018, 10, 1),
            {"in May": "2018-05"},
        ),
    ],
)
def test_happenings_set_before_another(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A deadline lies ahead of the telling, even in a past tense.
        (
            "Le Premier ministre avait jusqu'à dimanche pour déclencher les élections.",
            "fr",
            date(2019, 9, 10),
            {"dimanche": "2019-09-15"},
        ),
        (
            "The premier had until Sunday to call the election.",
            "en",
            date(2019, 9, 10),
            {"Sunday": "2019-09-15"},
        ),
        (
            "They have said they hope to get the bill to the president for him to sign by Friday.",
            "en",
            date(2025, 7, 1),
            {"Friday": "2025-07-04"},
        ),
        (
            "Ils ont dit espérer que le texte soit signé d'ici vendredi.",
            "fr",
            date(2025, 7, 1),
            {"vendredi": "2025-07-04"},
        ),
        # "until" opening the expression is a bound not yet reached.
        (
            "The minister has suggested he does not want the leader to stay until October.",
            "en",
            date(2022, 7, 7),
            {"until October": "2022-10"},
        ),
    ],
)
def test_deadlines_lie_ahead(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A relative year after days dates them; the same days told again are those.
        (
            "La prochaine édition se tiendra du 18 au 21 juillet l'année prochaine. "
            "« Ce sera du 18 au 21 juillet », a dit le directeur.",
            "fr",
            date(2017, 7, 16),
            {
                "du 18 au 21 juillet l'année prochaine": "2018-07-18",
                "du 18 au 21 juillet": "2018-07-18",
            },
        ),
        (
            "The fair will run from 3 to 5 March next year.",
            "en",
            date(2017, 7, 16),
            {"from 3 to 5 March next year": "2018-03-03"},
        ),
        # A participle describing a noun elsewhere in the sentence tells no time.
        (
            "Cette édition (5-25 juillet) convoque de nouveaux noms, sur les spectacles proposés.",
            "fr",
            date(2023, 4, 5),
            {"5-25 juillet": "2023-07-05"},
        ),
    ],
)
def test_days_told_again_and_participles_on_nouns(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A bracketed day tells the date of the period before it: one event, the day.
        (
            "The captain announced his retirement earlier this month (May 7).",
            "en",
            date(2025, 5, 24),
            {"May 7": "2025-05-07"},
        ),
        # "the same date" set beside a date restates it.
        (
            "It will be held on May 21 – the same date as the primary.",
            "en",
            date(2024, 3, 12),
            {"on May 21": "2024-05-21"},
        ),
        # Born in a year "or later" is a bound, nobody's event.
        (
            "Vaccines are free for anyone born in 1966 or later. She was born in 1970.",
            "en",
            date(2019, 7, 8),
            {"in 1970": "1970"},
        ),
        (
            "Les personnes nées en 1966 ou après sont concernées. Elle est née en 1970.",
            "fr",
            date(2019, 7, 8),
            {"en 1970": "1970"},
        ),
    ],
)
def test_restatements_and_bounds(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "Depuis le début de la semaine, le président a visité trois villes.",
            "fr",
            date(2024, 5, 29),
            {"Depuis le début de la semaine": "2024-W22"},
        ),
        (
            "Au début de la semaine prochaine, il partira pour Abuja.",
            "fr",
            date(2024, 5, 29),
            {"Au début de la semaine prochaine": "2024-W23"},
        ),
        (
            "At the start of the week, hospitals reported record numbers.",
            "en",
            date(2020, 1, 8),
            {"At the start of the week": "2020-W02"},
        ),
        (
            "He will leave at the end of next week.",
            "en",
            date(2024, 5, 29),
            {"at the end of next week": "2024-W23"},
        ),
        # "en fin de semaine" told in the past early in a week is the one gone.
        (
            "L'ouragan a frappé les provinces atlantiques en fin de semaine.",
            "fr",
            date(2019, 9, 10),
            {"en fin de semaine": "2019-W36"},
        ),
        (
            "Le ministre se rendra sur place en fin de semaine.",
            "fr",
            date(2019, 9, 10),
            {"en fin de semaine": "2019-W37"},
        ),
        # "ce jour là" without its hyphen.
        (
            "Le gouvernement prêtera serment le 14 septembre. Ce jour là, il parlera.",
            "fr",
            date(2019, 9, 10),
            {"le 14 septembre": "2019-09-14", "Ce jour là": "2019-09-14"},
        ),
    ],
)
def test_parts_of_weeks_and_that_day(text, language, published, expected):
    assert events(text, published, language) == expected


def test_a_date_naming_a_thing_moves_no_story_time():
    text = (
        "Les signataires de l'accord du 18 octobre ont signé samedi soir un nouvel accord. "
        "Le sort de l'opposant bloquait encore les signataires de l'accord du 18 octobre. "
        "L'annonce avait été faite sur Twitter quelques heures plus tôt par un député."
    )
    found = events(text, date(2017, 1, 1), "fr")
    assert found["samedi soir"] == "2016-12-31"
    assert found["quelques heures plus tôt"] == "2016-12-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival runs from 3 to 5 March.", ("2024-03-03", "2024-03-05")),
        ("Talks were held between 28 February and 1 March.", ("2023-02-28", "2023-03-01")),
        ("Voting takes place on 3-5 July 2023.", ("2023-07-03", "2023-07-05")),
    ],
)
def test_day_first_ranges(text, expected):
    (event,) = extract(text, published_on=date(2024, 1, 10), language="en").events
    assert (event.value, event.end_value) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A deed or a disaster dated by its year.
        (
            "Two men pleaded guilty in the 2017 murder of a shopkeeper.",
            "en",
            date(2022, 3, 14),
            {"the 2017": "2017"},
        ),
        ("The 2004 tsunami killed thousands.", "en", date(2022, 3, 14), {"The 2004": "2004"}),
        # The verb of a relative clause elsewhere tells nothing of the date's time.
        (
            "Students who opted for classes on campus begin on Aug. 31.",
            "en",
            date(2020, 7, 28),
            {"on Aug. 31": "2020-08-31"},
        ),
        # "have got" is a present: the day lies ahead.
        (
            "And of course we've got the funfair on the Wednesday.",
            "en",
            date(2019, 5, 6),
            {"Wednesday": "2019-05-08"},
        ),
        # A past tense never holds a month still to begin.
        ("She became prime minister in May.", "en", date(2025, 4, 15), {"in May": "2024-05"}),
        # The head of a relative clause read as an adjective still carries the bound ahead.
        (
            "Le préavis de grève, qui court jusqu'au 2 janvier, n'étant pas levé, les bus "
            "restent au dépôt.",
            "fr",
            date(2009, 10, 5),
            {"2 janvier": "2010-01-02"},
        ),
        # A weekday and a day set off by commas; days of the month in a list of places.
        (
            "Il a lancé sa campagne avec la publication, mercredi 7, de son clip.",
            "fr",
            date(2017, 6, 9),
            {"mercredi 7": "2017-06-07"},
        ),
        (
            "Il chantera le 23 mars à Marseille, le 24 à Montpellier et le 30 à Bordeaux.",
            "fr",
            date(2017, 6, 9),
            {"le 23 mars": "2018-03-23", "le 24": "2018-03-24", "le 30": "2018-03-30"},
        ),
    ],
)
def test_deeds_relative_clauses_and_lists(text, language, published, expected):
    assert events(text, published, language) == expected


def test_two_days_running_with_their_articles_are_one_span():
    (event,) = extract(
        "Le groupe jouera à Paris le 16 et le 17 février.",
        published_on=date(2017, 6, 9),
        language="fr",
    ).events
    assert (event.value, event.end_value) == ("2018-02-16", "2018-02-17")


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        ("Tropical Cyclone Ului is expected to make landfall. Ului will weaken.", "en", "Ului"),
        ("La tempête Ciaran arrive jeudi. Ciaran a déjà fait des dégâts.", "fr", "Ciaran"),
        (
            "On October 2 at about 0900 hours, the Divisional Police Officer Nasko Division "
            "mobilised a team of policemen for a raid.",
            "en",
            "Nasko Division",
        ),
        (
            "Le chanteur a annoncé que sa tournée, Liberté Chérie Tour, débutera le 10 mars 2018 "
            "au Zénith d'Amiens.",
            "fr",
            "Liberté Chérie Tour",
        ),
        (
            "Dave Smith, who owns Riverside Grill, said the restaurant will close on Friday. "
            "Riverside Grill opened in 1998.",
            "en",
            "Riverside Grill",
        ),
        (
            "Selon un enregistrement obtenu par Radio-Canada, le PDG d'Hydro-Québec, Michael "
            "Sabia, aurait dit lundi qu'il fallait augmenter les tarifs.",
            "fr",
            "Radio-Canada",
        ),
    ],
)
def test_storms_units_and_tours_are_no_people(text, language, absent):
    extraction = extract(text, published_on=date(2024, 1, 10), language=language)
    assert absent not in extraction.persons


def test_a_pronoun_tells_the_gender_of_the_one_it_names():
    # Neither first name says a gender; "he" tells Ferreira's, so "She" is the other one.
    text = (
        "Maryellen Dorsey has married the chef Tomás Ferreira. "
        "Ferreira said he had not noticed the cameras. "
        "She joked about it on Thursday morning."
    )
    found = extract(text, published_on=date(2024, 1, 12), language="en").events
    (event,) = [e for e in found if e.expression == "on Thursday morning"]
    assert event.persons == ("Maryellen Dorsey",)


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A plan first set for a day, since moved: the calendar decides.
        (
            "Mais l'annonce, d'abord prévue lundi, a été reportée.",
            "fr",
            date(2017, 11, 23),
            {"lundi": "2017-11-20"},
        ),
        # An imperfect the tagger reads as a conditional is a past.
        (
            "Il consultait lundi et mardi les partis.",
            "fr",
            date(2017, 11, 23),
            {"lundi et mardi": "2017-11-20"},
        ),
        # A happening named by its month: the nearest.
        (
            "Le maire affrontera, lors des municipales de mars, une liste de gauche.",
            "fr",
            date(2025, 10, 27),
            {"de mars": "2026-03"},
        ),
        # The first three months of the year.
        (
            "Au cours des trois premiers mois de l'année, 300 trains ont été supprimés.",
            "fr",
            date(2023, 4, 17),
            {"Au cours des trois premiers mois de l'année": "2023-Q1"},
        ),
        (
            "In the first three months of the year, sales rose 4%.",
            "en",
            date(2023, 4, 17),
            {"In the first three months of the year": "2023-Q1"},
        ),
        # Moments and hours later, told from a day (not from a clock time).
        (
            "Le club a limogé son entraîneur mercredi, décision confirmée quelques instants plus "
            "tard.",
            "fr",
            date(2015, 12, 25),
            {"mercredi": "2015-12-23", "quelques instants plus tard": "2015-12-23"},
        ),
        (
            "The club sacked its coach on Wednesday. Moments later, it confirmed the news.",
            "en",
            date(2015, 12, 25),
            {"on Wednesday": "2015-12-23", "Moments later": "2015-12-23"},
        ),
        (
            "La pluie a commencé le 14 juillet au matin, et cinq heures plus tard l'alerte était "
            "lancée.",
            "fr",
            date(2021, 7, 19),
            {"le 14 juillet": "2021-07-14", "cinq heures plus tard": "2021-07-14"},
        ),
        # "aujourd'hui" before a name says what a thing is called now.
        (
            "Il a présidé la communauté urbaine (aujourd'hui Brest Métropole) de 2001 à 2014.",
            "fr",
            date(2025, 10, 27),
            {"de 2001 à 2014": "2001"},
        ),
        # A year alone on its line heads the dates under it.
        (
            "2015\n\nBurkina. Premier tour le 11 octobre.\n\n"
            "Côte d'Ivoire. Deux tours, en octobre.",
            "fr",
            date(2015, 3, 2),
            {"le 11 octobre": "2015-10-11", "en octobre": "2015-10"},
        ),
    ],
)
def test_plans_moved_moments_later_and_headings(text, language, published, expected):
    assert events(text, published, language) == expected


def test_a_glued_abbreviation_ends_no_sentence():
    (event,) = extract(
        "De 1978 à 1982, il suit le programme de Ph.D. en économie à Harvard.",
        published_on=date(2019, 1, 5),
        language="fr",
    ).events
    assert event.sentence.endswith("Harvard.")


@pytest.mark.parametrize(
    ("text", "language", "expected", "absent"),
    [
        # A name the tagger cut short is the full one written beside it, even before a birth.
        (
            "Le président a nommé ce vendredi Joseph Dion Ngute Premier ministre. "
            "Joseph Dion Ngute, né le 12 mars 1954, est juriste. Joseph Dion a étudié à Londres.",
            "fr",
            "Joseph Dion Ngute",
            "Joseph Dion",
        ),
        # A place run into a name is no part of it.
        (
            "Congress leader and MP from Kerala's Wayanad Rahul Gandhi has been disqualified. "
            "Gandhi was convicted on Thursday.",
            "en",
            "Rahul Gandhi",
            "Wayanad Rahul Gandhi",
        ),
        # Malaysian honorifics are titles, not first names.
        (
            "Lawyer Muhammad Shafee Abdullah asked for a delay on Monday. The judge replied to "
            "Tan Sri Shafee on Tuesday.",
            "en",
            "Muhammad Shafee Abdullah",
            "Sri Shafee",
        ),
    ],
)
def test_names_cut_short_or_run_into_places_and_titles(text, language, expected, absent):
    persons = extract(text, published_on=date(2023, 3, 24), language=language).persons
    assert expected in persons
    assert absent not in persons


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A start told with the noun it dates lies behind.
        (
            '"Depuis la création de la société en mai, nous grandissons", dit-il.',
            "fr",
            date(2023, 12, 10),
            {"en mai": "2023-05"},
        ),
        (
            "Since the launch of the company in May, we have grown.",
            "en",
            date(2023, 12, 10),
            {"in May": "2023-05"},
        ),
        # "venir de" is a recent past.
        (
            "L'UE vient de s'accorder vendredi sur une régulation.",
            "fr",
            date(2023, 12, 10),
            {"vendredi": "2023-12-08"},
        ),
        # An onset announced, the announcement told after it.
        (
            "La vigilance rouge à compter de lundi a été annoncée par la préfète.",
            "fr",
            date(2022, 7, 31),
            {"lundi": "2022-08-01"},
        ),
        # "remonter à" a year.
        (
            "Il faut remonter à 1998 pour trouver un capitaine plus jeune.",
            "fr",
            date(2024, 7, 12),
            {"1998": "1998"},
        ),
        (
            "Halep won the women's title on Saturday. Djokovic won his a day later.",
            "en",
            date(2019, 7, 15),
            {"on Saturday": "2019-07-13", "a day later": "2019-07-14"},
        ),
        (
            "Djokovic won the men's title on Sunday. Halep had won hers a day earlier.",
            "en",
            date(2019, 7, 15),
            {"on Sunday": "2019-07-14", "a day earlier": "2019-07-13"},
        ),
        # The days of a yearly happening told by its year are of that year.
        (
            "The line-up for the 2024 edition, taking place from June 26-30, is out.",
            "en",
            date(2023, 11, 5),
            {"the 2024": "2024", "from June 26-30": "2024-06-26"},
        ),
        # Hours later, from the day in focus, past a year told in between.
        (
            "He found the comet on Aug. 27. When he first saw it, with a telescope bought in "
            "1968, it was faint. Several hours later, observers confirmed it.",
            "en",
            date(2004, 9, 17),
            {"on Aug. 27": "2004-08-27", "in 1968": "1968", "Several hours later": "2004-08-27"},
        ),
    ],
)
def test_starts_recent_pasts_onsets_and_editions(text, language, published, expected):
    assert events(text, published, language) == expected


def test_a_role_is_the_one_named_before_not_one_tied_to_it_further_on():
    text = (
        "Julien Doré repart en tournée. Le chanteur a annoncé qu'il jouera le 10 mars à Amiens. "
        "Indochine aussi reprend la route : Nicolas Sirkis, le chanteur du groupe, l'a dit jeudi."
    )
    found = extract(text, published_on=date(2017, 6, 9), language="fr").events
    (event,) = [e for e in found if e.expression == "le 10 mars"]
    assert event.persons == ("Julien Doré",)


@pytest.mark.parametrize(
    ("text", "language", "present", "absent"),
    [
        # What befalls only people outweighs an unknown noun before the name.
        (
            "Les obsèques du rockeur Dick Rivers auront lieu jeudi. Dick Rivers est décédé "
            "mercredi.",
            "fr",
            "Dick Rivers",
            None,
        ),
        # Characters and works named after them are no one in the news.
        (
            "Torn won an Emmy in 1996 for the series Larry Sanders and was nominated in 2008 for "
            "his role as Don Geiss.",
            "en",
            None,
            "Don Geiss",
        ),
        (
            "Rip Torn starred on the series Larry Sanders from 1992.",
            "en",
            "Rip Torn",
            "Larry Sanders",
        ),
        # "Roman" is a first name, not a novel.
        ("Roman Polanski a annoncé mardi renoncer à ce rôle.", "fr", "Roman Polanski", None),
    ],
)
def test_people_against_works_and_characters(text, language, present, absent):
    persons = extract(text, published_on=date(2019, 4, 26), language=language).persons
    if present:
        assert present in persons
    if absent:
        assert absent not in persons


@pytest.mark.parametrize(
    ("text", "language", "present", "absent"),
    [
        # A full name before its age or its role in apposition is a person, tagged or not.
        (
            'The champion known as "Arnie" announced her retirement.\n\nAriarne Titmus, a '
            "four-time Olympic gold medalist, had been expected to return in 2028.",
            "en",
            "Ariarne Titmus",
            None,
        ),
        ("Ariarne Titmus, 25, retired on Thursday.", "en", "Ariarne Titmus", None),
        ("Ysaline Kervadec, 45 ans, a été élue jeudi.", "fr", "Ysaline Kervadec", None),
        # Not a sentence's opening words.
        ("In Sri Lanka, the minister will meet officials on Tuesday.", "en", None, "In Sri Lanka"),
    ],
)
def test_names_before_their_age_or_role(text, language, present, absent):
    persons = extract(text, published_on=date(2025, 10, 16), language=language).persons
    if present:
        assert present in persons
    if absent:
        assert absent not in persons


def test_a_cleft_whose_pronoun_the_parser_calls_expletive():
    text = (
        "Les intempéries ont fait un quatrième mort dans l'Essonne. Jeudi, c’est un cavalier de "
        "74 ans qui a été emporté par les eaux de l'Yerres, avaient rapporté les pompiers."
    )
    assert events(text, date(2016, 6, 4), "fr") == {"Jeudi": "2016-06-02"}


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # After a loss told with a participle: gone, whatever the present after it.
        (
            "After losing at home to Leicester on Saturday, West Ham are one point above the "
            "relegation zone.",
            "en",
            date(2019, 12, 29),
            {"on Saturday": "2019-12-28"},
        ),
        # A happening named by its day, in a present sentence: the calendar decides.
        (
            "With the towns hit by Monday's earthquake, rescuers are struggling.",
            "en",
            date(2023, 2, 7),
            {"Monday": "2023-02-06"},
        ),
        # A future seen from a past speech: the calendar decides.
        (
            "Zondo announced he would hand over the report to the president on June 19.",
            "en",
            date(2022, 6, 20),
            {"on June 19": "2022-06-19"},
        ),
        # "l'accusé" read as a future is no verb.
        (
            "« Je dois payer », avait reconnu l'accusé vendredi.",
            "fr",
            date(2020, 11, 21),
            {"vendredi": "2020-11-20"},
        ),
        # Cleft sentences: the relative tells the time.
        (
            "Jeudi, c'est un cavalier de 74 ans qui a été emporté par les eaux.",
            "fr",
            date(2016, 6, 4),
            {"Jeudi": "2016-06-02"},
        ),
        # Two weekdays with their days; two days apart told with their months.
        (
            "L'affaire sera jugée sur deux jours, mercredi 27 et jeudi 28 mai.",
            "fr",
            date(2020, 5, 25),
            {"mercredi 27 et jeudi 28 mai": "2020-05-27"},
        ),
        (
            "Les élèves sont rentrés le 19 août et le 26 août dernier.",
            "fr",
            date(2024, 9, 2),
            {"le 19 août": "2024-08-19", "le 26 août dernier": "2024-08-26"},
        ),
        # Exactly a week ago is a day.
        (
            "L'accident a eu lieu il y a tout juste une semaine.",
            "fr",
            date(2024, 8, 23),
            {"il y a tout juste une semaine": "2024-08-16"},
        ),
        # "Au lendemain de" a happening, opening the article: the day it is written.
        (
            "Au lendemain du tremblement de terre, les habitants font le bilan.",
            "fr",
            date(2023, 6, 17),
            {"Au lendemain": "2023-06-17"},
        ),
        # A fiscal year or a season written short is no year.
        (
            "The last meeting for fiscal 2023-24 was held from February 6 to 8.",
            "en",
            date(2024, 4, 2),
            {"from February 6 to 8": "2024-02-06"},
        ),
    ],
)
def test_losses_happenings_futures_in_the_past_and_clefts(text, language, published, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # A deadline told in the past: a date is the calendar's, a weekday lies ahead.
        (
            "Candidates had until March 8 to qualify for the race.",
            "en",
            date(2024, 3, 12),
            {"until March 8": "2024-03-08"},
        ),
        # An onset already past.
        (
            "La vigilance rouge avait déjà été activée à compter du 14 juillet en Gironde.",
            "fr",
            date(2022, 7, 31),
            {"14 juillet": "2022-07-14"},
        ),
        # A happening named by its date sets the story's time; an agreement does not.
        (
            "Le village est plongé dans la douleur depuis le drame du 14 décembre. Ce jour-là, le "
            "car a été percuté.",
            "fr",
            date(2017, 12, 21),
            {"14 décembre": "2017-12-14", "Ce jour-là": "2017-12-14"},
        ),
    ],
)
def test_deadlines_gone_onsets_already_past_and_happenings_by_date(
    text, language, published, expected
):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "La prochaine tentative aura lieu dans 24 heures.",
            "fr",
            date(2023, 4, 13),
            {"dans 24 heures": "2023-04-14"},
        ),
        (
            "Il jouera le 7 juillet. Il sera à Montréal à la fin du même mois.",
            "fr",
            date(2019, 6, 11),
            {"le 7 juillet": "2019-07-07", "à la fin du même mois": "2019-07"},
        ),
        (
            "He arrived on July 7. He left later that month.",
            "en",
            date(2019, 8, 11),
            {"on July 7": "2019-07-07", "later that month": "2019-07"},
        ),
        # Working days are a habit.
        (
            '"We will be working Monday to Friday (9am to 6pm)," he said. He spoke on Monday.',
            "en",
            date(2017, 10, 11),
            {"on Monday": "2017-10-09"},
        ),
        # A capitalised month inside a sentence is a name.
        (
            "L'Europe s'élance vers une planète après Mars. La sonde est partie en avril.",
            "fr",
            date(2023, 4, 13),
            {"en avril": "2023-04"},
        ),
    ],
)
def test_hours_ahead_same_month_working_days_and_planets(text, language, published, expected):
    assert events(text, published, language) == expected
