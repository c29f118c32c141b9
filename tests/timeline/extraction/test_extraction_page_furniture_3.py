"""Stamps set beside a site's name, reprints' days, icons run into a day and file pictures'
captions: no event of the story, which keeps its own dates. Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A site's or section's name and the day behind a bar, alone on the line.
        (
            "Today's Paper | March 3, 2021\nThe port reopened on Tuesday.",
            date(2021, 3, 3),
            "en",
            {"on Tuesday": "2021-03-02"},
        ),
        (
            "Market Wire | 07 Jul, 2016\nUpdated : 17:17\nShares fell on Wednesday.",
            date(2016, 7, 7),
            "en",
            {"on Wednesday": "2016-07-06"},
        ),
        # A stamp word after the site's name.
        (
            "Harbour.com Published March 3, 2021 Updated March 3, 2021 09:22pm\n"
            "The port reopened on Tuesday.",
            date(2021, 3, 3),
            "en",
            {"on Tuesday": "2021-03-02"},
        ),
        (
            "La Gazette Publié le 3 mars 2021\nLe port a rouvert mardi.",
            date(2021, 3, 3),
            "fr",
            {"mardi": "2021-03-02"},
        ),
        # A reprint's day in brackets before its source.
        (
            "Layoffs spread\n[March 3, 2021] (Reuters)\n- The firm said on Tuesday it would cut "
            "jobs.",
            date(2021, 3, 3),
            "en",
            {"on Tuesday": "2021-03-02"},
        ),
        # A day and its time in brackets, alone on its line.
        (
            "Studio news\nWednesday, 3 March 2021 (12:01 IST)\nThe film opens on March 12.",
            date(2021, 3, 3),
            "en",
            {"on March 12": "2021-03-12"},
        ),
        # An icon's name run into the day it stands for.
        (
            "Information régionale\ntoday3 mars 2021\nLe conseil a voté le budget lundi.",
            date(2021, 3, 3),
            "fr",
            {"lundi": "2021-03-01"},
        ),
        # An update's month in lowercase.
        (
            "La carte des fermetures\nMise à jour: février 2021\nLa dernière usine a fermé en "
            "janvier.",
            date(2021, 2, 10),
            "fr",
            {"en janvier": "2021-01"},
        ),
        # A dateline with its source and day in brackets, beside the story's day.
        (
            "LAHORE, (Daily Wire - 3rd Mar, 2021 ) :The minister said on Tuesday that polls "
            "would be held in May.",
            date(2021, 3, 3),
            "en",
            {"on Tuesday": "2021-03-02", "in May": "2021-05"},
        ),
    ],
)
def test_stamps_beside_names_reprints_and_icons(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A caption with its credit, its day well before the story's: an old picture.
        (
            "Two dead in crash\nThe police headquarters in Leeds, Monday, May 6, 2019. "
            "(Jo Bloggs/The Northern Press)\nTwo people died in a crash on Saturday.",
            date(2019, 5, 19),
            "en",
            {"on Saturday": "2019-05-18"},
        ),
        (
            "Le palais de justice de Lyon, le 2 septembre 2021 — Photo Jean Dupont/La Gazette.\n"
            "Le verdict a été rendu mercredi.",
            date(2022, 6, 30),
            "fr",
            {"mercredi": "2022-06-29"},
        ),
        (
            "A logo is seen in this illustration picture taken February 3, 2016.\n"
            "The company reports its results on Thursday.",
            date(2016, 10, 24),
            "en",
            {"on Thursday": "2016-10-27"},
        ),
        # A caption of the story's own days is kept.
        (
            "Le joueur au duel lors du match le 3 mai 2025 ( AFP / JEAN DUPONT )\n"
            "Monaco a gagné samedi.",
            date(2025, 5, 4),
            "fr",
            {"le 3 mai 2025": "2025-05-03", "samedi": "2025-05-03"},
        ),
        # A credit-less line is no caption: the story's old day is its own.
        (
            "The plant closed on Monday, May 6, 2019. Workers protested on Saturday.",
            date(2019, 5, 19),
            "en",
            {"on Monday, May 6, 2019": "2019-05-06", "on Saturday": "2019-05-18"},
        ),
    ],
)
def test_file_pictures_date_no_event(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A stamp whose author's name was lost before it, a section's name before the day, a
        # day in figures after a bullet, the time before the day, a word run into the day.
        (
            "Le prix est remis à deux équipes.\n\n, 3 avril 2025 à 23:00\nimage\nLe jury s'est "
            "réuni mardi.",
            date(2025, 4, 3),
            "fr",
            {"mardi": "2025-04-01"},
        ),
        (
            "Régions 21 juillet 2023\n\nLa grêle est tombée jeudi.",
            date(2023, 7, 21),
            "fr",
            {"jeudi": "2023-07-20"},
        ),
        (
            "Connexion membre Le pays active une aide d'urgence Reuters • 06/09/2020 à 15:38\n"
            "Les pluies ont commencé samedi.",
            date(2020, 9, 6),
            "fr",
            {"samedi": "2020-09-05"},
        ),
        (
            "Le vote aura lieu en avril.\n\nà 22h45 HNE, le 9 mars 2013.",
            date(2013, 3, 9),
            "fr",
            {"en avril": "2013-04"},
        ),
        (
            "Court news\nNews01 August 2023 - 12:10\nThe court met on Monday.",
            date(2023, 8, 1),
            "en",
            {"on Monday": "2023-07-31"},
        ),
        # Links: behind ">>", and the titles under "A LIRE AUSSI." alone on its line.
        (
            "Les orages sont prévus dimanche.\n>> CARTE. Où la foudre a frappé depuis ce "
            "dimanche matin\nLa vigilance est levée.",
            date(2018, 6, 2),
            "fr",
            {"dimanche": "2018-06-03"},
        ),
        (
            "Le collège sera bloqué le mardi 4 juillet.\nA LIRE AUSSI.\nIdées loisirs pour ce "
            "weekend du samedi 1er et dimanche 2 juillet\nLes Roumains qui craignent de perdre "
            "leur latin",
            date(2017, 6, 30),
            "fr",
            {"le mardi 4 juillet": "2017-07-04"},
        ),
        # A dateline naming its country in words, beside the story's day.
        (
            "SACRAMENTO, United States, Aug. 26 (Xinhua) -- Crews said on Monday the fire had "
            "spread.",
            date(2025, 8, 26),
            "en",
            {"on Monday": "2025-08-25"},
        ),
        # A day's weekday in brackets after it restates it.
        (
            "2nd ODI: 19 March, 2023 (Sunday) – 1:30 PM IST, Visakhapatnam",
            date(2023, 3, 10),
            "en",
            {"19 March, 2023": "2023-03-19"},
        ),
    ],
)
def test_stamps_links_and_restated_weekdays(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A list of linked titles, each closed by its day, after the story.
        (
            "The minister issued a statement on Monday.\n- Steel plant opens new furnace - July "
            "12, 2025\n- Ladies Golf Night – July 9th - July 11, 2025\n- Today at the park – "
            "July 11th - July 11, 2025",
            date(2020, 2, 25),
            "en",
            {"on Monday": "2020-02-24"},
        ),
        # A stamp's day and time before the section and its writer; the last update's time
        # first.
        (
            "10 avril 2009 - 13h37 - Maroc - Ecrit par : L.A\nLes vols ont repris mardi.",
            date(2009, 4, 10),
            "fr",
            {"mardi": "2009-04-07"},
        ),
        (
            "Dernière mise à jour à 08h31 le 10/11\nLe musée a ouvert mercredi.",
            date(2017, 11, 10),
            "fr",
            {"mercredi": "2017-11-08"},
        ),
        # A link told "À lire également".
        (
            "La grève reprend lundi.\nÀ lire également : Grève : 3 plans B du 1er au 28 novembre",
            date(2025, 11, 6),
            "fr",
            {"lundi": "2025-11-10"},
        ),
        # Credits closing a caption's line: the file picture's day is no event.
        (
            "Medical staff treat a patient in Kailahun, on August 14, 2014. PHOTO: AFP\n"
            "The vaccine was approved on Friday.",
            date(2016, 4, 2),
            "en",
            {"on Friday": "2016-04-01"},
        ),
        (
            "Des habitants fuient le quartier le 25 février 2011. © AFP\nLe procès s'est ouvert "
            "lundi.",
            date(2017, 9, 18),
            "fr",
            {"lundi": "2017-09-18"},
        ),
        (
            "Children sit during a protest at a camp, Bangladesh, 25 August 2022. EFE-EPA "
            "FILE/JOHN DOE\nTalks resumed on Tuesday.",
            date(2023, 11, 1),
            "en",
            {"on Tuesday": "2023-10-31"},
        ),
        # A file picture's year sets no era for the story's yearless days.
        (
            "Un chantier en septembre 2023.Image: KEYSTONE\nLa ligne sera fermée du 29 août au "
            "1er septembre.",
            date(2025, 8, 28),
            "fr",
            {"du 29 août au 1er septembre": "2025-08-29"},
        ),
        # "hier (mercredi)" names one day twice.
        (
            "Les avions ne viennent plus à Dakar depuis hier (mercredi).",
            date(2009, 4, 9),
            "fr",
            {"hier": "2009-04-08"},
        ),
    ],
)
def test_link_lists_stamps_and_credits(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A byline's site with its dot, a day and its time after "@", a dateline with the day
        # first.
        (
            "lundi 25 juin 2018 par lebanco.net\nLe prix du cacao a baissé mardi.",
            date(2018, 6, 25),
            "fr",
            {"mardi": "2018-06-19"},
        ),
        (
            "Aug. 11, 2014 @ 03:53 PM\nThe vote was held on Friday.",
            date(2014, 8, 11),
            "en",
            {"on Friday": "2014-08-08"},
        ),
        (
            "Guwahati, 17 Jul: Train services resumed on Saturday in the hill section.",
            date(2022, 7, 18),
            "en",
            {"on Saturday": "2022-07-16"},
        ),
        # A time on the 24-hour clock is no year; a programme's name is no evening.
        (
            "About 11,000 users reported issues as of 1900 GMT on Friday.",
            date(2024, 2, 24),
            "en",
            {"on Friday": "2024-02-23"},
        ),
        (
            "À l'émission Ce soir ou jamais, les animatrices annoncent une danse.",
            date(2021, 12, 27),
            "fr",
            {},
        ),
    ],
)
def test_bylines_datelines_clocks_and_programmes(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A dateline is the page's, alone or beside the story's day; a fixture's weekday line
        # is no dateline.
        (
            "TOKYO, Aug. 7 (Jiji Press)--The utility began releasing treated water.",
            date(2023, 8, 7),
            "en",
            {},
        ),
        (
            "KUALA LUMPUR, Sept 30 — The court adjourned the case until Monday.",
            date(2022, 9, 30),
            "en",
            {"Monday": "2022-10-03"},
        ),
        (
            "Monday, 14 Aug: United vs Wolves (Old Trafford, 9pm)",
            date(2023, 8, 8),
            "en",
            {"Monday, 14 Aug": "2023-08-14"},
        ),
        # A page's head with the weather, a day with its reading time, a cutting's source.
        (
            "Dublin: 14 °C Friday 7 August, 2020\nThe council met on Monday.",
            date(2022, 12, 15),
            "en",
            {"on Monday": "2022-12-12"},
        ),
        (
            "15 Dec 2022 10 minute read\nThe council met on Monday.",
            date(2022, 12, 15),
            "en",
            {"on Monday": "2022-12-12"},
        ),
        (
            "A teacher was spared jail yesterday.\nSource:- Daily Telegraph, Thursday 15 "
            "December 2005, page 4",
            date(2005, 12, 15),
            "en",
            {"yesterday": "2005-12-14"},
        ),
    ],
)
def test_datelines_heads_and_sources(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A caption's yearless day after the story's is no day of the story either.
        (
            "Le procès s'ouvre lundi.\nUn corps dans une rue d'Abobo, le 23 février. © Jean "
            "Dupont/AFP",
            date(2017, 9, 18),
            "fr",
            {"lundi": "2017-09-18"},
        ),
        # A weekday in brackets restates "today" only when it is that day's.
        (
            "Le parquet a fait appel aujourd'hui (jeudi) des dispositions civiles.",
            date(2022, 7, 8),
            "fr",
            {"aujourd'hui": "2022-07-08", "jeudi": "2022-07-07"},
        ),
    ],
)
def test_captions_after_the_story_and_bracketed_weekdays(text, published, language, expected):
    assert events(text, published, language) == expected
