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
