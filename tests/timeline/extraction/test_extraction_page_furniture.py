"""Stamps, bylines and datelines set around a story, in the forms pages put them: no event of
the story, and they keep nothing of the story out. Each case is a text of our own."""

from datetime import date

import pytest

from tests.timeline.extraction.support import events


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A stamp with an ordinal day, its byline and category on the same line.
        (
            "Man charged over assault\n Published on: 26th March 2021   |   By: News Bulletin"
            "   |   Category: Courts\nPolice charged a man on Friday.",
            date(2021, 3, 28),
            "en",
            {"on Friday": "2021-03-26"},
        ),
        # A stamp behind a bullet, its colon run into the day.
        (
            "Kings win the derby\n• Post published:October 17, 2023\nThe match was played on "
            "Sunday.",
            date(2023, 10, 17),
            "en",
            {"on Sunday": "2023-10-15"},
        ),
        # A stamp run on after the byline, and its update on the next line.
        (
            "Rocket fails\nAuthor: Megan Price and Sophie SquiresPublished 9th Jan 2023\n"
            "Last updated 10th Jan 2023\nThe rocket failed on Monday night.",
            date(2023, 1, 10),
            "en",
            {"on Monday night": "2023-01-09"},
        ),
        # The time first, then the day, alone on a line.
        (
            "Squad named\n4:48 pm on 17 June 2022\nThe squad flew out on Thursday.",
            date(2022, 6, 17),
            "en",
            {"on Thursday": "2022-06-16"},
        ),
        # A news agency's closing stamp.
        (
            "The awards were handed out on Saturday.\n\nThis report by The Canadian Press was "
            "first published May 7, 2023.",
            date(2023, 5, 7),
            "en",
            {"on Saturday": "2023-05-06"},
        ),
        # A dateline closed by a colon: its day is the sentence's own, told once.
        (
            "New Delhi, May 10: Prime Minister Narendra Modi on Monday congratulated the new "
            "Chief Minister.",
            date(2021, 5, 10),
            "en",
            {"on Monday": "2021-05-10"},
        ),
        # An update stamp in brackets, the story running on after it.
        (
            "[Mis à jour le 24 janvier 2023 à 13h09] L'intersyndicale a appelé à la grève le "
            "31 janvier.",
            date(2023, 1, 24),
            "fr",
            {"le 31 janvier": "2023-01-31"},
        ),
        # Bylines with a day: the day before the author, or the author before the day.
        (
            "Le Tour du Faso\nmardi 17 octobre 2017, par Morgan\nLa course partira dimanche.",
            date(2017, 10, 17),
            "fr",
            {"dimanche": "2017-10-22"},
        ),
        (
            "Festival de Bouillon\npar Jean-Luc Nabet le 23 octobre 2017\nLe festival s'est "
            "ouvert samedi.",
            date(2017, 10, 23),
            "fr",
            {"samedi": "2017-10-21"},
        ),
        # An entry of a live report: its stamp, not the headline and story it runs on to.
        (
            "02/12/21 - 18:45 - Point de pénalité confirmé pour l'OM. Le CNOSF a estimé que la "
            "sanction infligée le 6 octobre était justifiée.",
            date(2021, 12, 2),
            "fr",
            {"le 6 octobre": "2021-10-06"},
        ),
        # A stamp and its update, however joined.
        (
            "Noyade à Saint-Gilles\nPar 06/03/2024 - 12:51 • Mis à jour le 07/03/2024 - 05:17\n"
            "Le 13/12/2016 à 17h22, mis à jour le 13/12/2016 à 17h42\nUn baigneur a disparu mardi.",
            date(2024, 3, 7),
            "fr",
            {"mardi": "2024-03-05"},
        ),
        # The date a list of headlines sets after each.
        (
            "Coup d'envoi pour les Dégîteurs citoyens  17/01/2014\nLa mairie a lancé "
            "l'opération mardi.",
            date(2014, 1, 17),
            "fr",
            {"mardi": "2014-01-14"},
        ),
        # An agency's stamp between bars; a time of day yields to the weekday it follows.
        (
            "Pointe-à-Pitre, France | AFP | vendredi 27/09/2024 - Météo France a levé l'alerte "
            "jeudi à 22H00 heure locale (02H00 GMT).",
            date(2024, 9, 27),
            "fr",
            {"jeudi à 22H00": "2024-09-26"},
        ),
        # A stored page's date before the story, on its first line.
        (
            "date 2017-04-25 The federation has stated that the friendly was cancelled on Monday.",
            date(2017, 4, 25),
            "en",
            {"on Monday": "2017-04-24"},
        ),
        # A full day alone on a line of the page's head, under its headline and section.
        (
            "Urgent work on the water network\n\nCategory :\nNovember 19, 2020\n\nA recent "
            "inspection revealed a large leak. Work will start on Monday.",
            date(2020, 11, 19),
            "en",
            {"on Monday": "2020-11-23"},
        ),
        # Lines of the head: a day, its time and what follows them there; a photo's credit; a
        # dateline alone on its line.
        (
            "Incendie à Liège\nLe samedi 24 décembre 2022 à 10:20 - MAJ samedi 24 décembre 2022 "
            "à 17:05\n17 novembre 2017 à 11h15 par Diane Charbonnel\nmardi 6 septembre 2016 - "
            "© Philippe Dairou\n03.02.2016 20h09 Rédaction\nLe feu a pris vendredi soir.",
            date(2022, 12, 24),
            "fr",
            {"vendredi soir": "2022-12-23"},
        ),
        (
            "Farmers block highway\nChandigarh, December 30\nFarmers blocked the highway on "
            "Thursday.",
            date(2022, 12, 30),
            "en",
            {"on Thursday": "2022-12-29"},
        ),
        # A stamp run on after a byline, with its time.
        (
            "Aurélie Sacchelli, Media365, publié le mardi 30 avril 2024 à 23h10\nLe club a "
            "battu Lyon dimanche.",
            date(2024, 4, 30),
            "fr",
            {"dimanche": "2024-04-28"},
        ),
        # A stamp with its weekday and its time; its update.
        (
            "Inquest opens\nPublished Friday, February 9, 2018 1:18PM CST\nLast Updated Friday, "
            "February 9, 2018 7:55PM CST\nThe inquest opened on Thursday.",
            date(2018, 2, 9),
            "en",
            {"on Thursday": "2018-02-08"},
        ),
        # The headline closed by a stop, then the byline and the page's day.
        (
            "Widespread drought conditions limit corn, soy and wheat ratings.\n\nJacqueline "
            "Holland, Grain market analyst\n\nJune 7, 2023\n\nPlanting ended on Monday.",
            date(2023, 6, 7),
            "en",
            {"on Monday": "2023-06-05"},
        ),
        # An agency's stamp after a bar; a dateline naming its country in brackets.
        (
            "Black Caps set for tour\nANI | Updated: Aug 01, 2019 21:40 IST\nChristchurch [New "
            "Zealand], Aug 1 (ANI): New Zealand named its squad on Wednesday.",
            date(2019, 8, 1),
            "en",
            {"on Wednesday": "2019-07-31"},
        ),
        # A link behind a mark.
        (
            "Les moissons ont commencé lundi.\n> À lire aussi : Conjoncture, les marchés "
            "perturbés 11/05/2022",
            date(2022, 5, 12),
            "fr",
            {"lundi": "2022-05-09"},
        ),
        # A link run on after a paragraph.
        (
            "Le budget a été présenté mercredi. Lire aussi :Loi des Finances : ce qui attend "
            "les Camerounais en 2019",
            date(2018, 11, 22),
            "fr",
            {"mercredi": "2018-11-21"},
        ),
    ],
)
def test_page_furniture_is_no_event(text, published, language, expected):
    assert events(text, published, language) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "expected"),
    [
        # A sentence that says when something was published is the story's.
        (
            "The novel was first published in 1998 and sold a million copies.",
            date(2024, 3, 3),
            "en",
            {"in 1998": "1998"},
        ),
        # A day at the end of a sentence is no listing's stamp.
        (
            "Le conseil municipal se réunira le 02/09/2015.",
            date(2015, 8, 25),
            "fr",
            {"02/09/2015": "2015-09-02"},
        ),
        # A full day alone on a line after the story has begun is the story's.
        (
            "Programme\n\nThe festival opens with a parade through the old town.\n"
            "Saturday, June 5, 2021\nThe choirs sing at noon.",
            date(2021, 5, 1),
            "en",
            {"Saturday, June 5, 2021": "2021-06-05"},
        ),
        (
            "By the time of the vote on March 3, 2020, the council had changed its mind.",
            date(2020, 3, 10),
            "en",
            {"on March 3, 2020": "2020-03-03"},
        ),
    ],
)
def test_the_story_keeps_its_own_dates(text, published, language, expected):
    assert events(text, published, language) == expected
