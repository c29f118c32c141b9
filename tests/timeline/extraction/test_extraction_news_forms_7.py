"""Forms seen in cyberattacks, energy, hospitals, tourism, courts, recalls, basketball and
mergers: nights past midnight, idioms, yearly rounds, product markings, game quarters, market
closes, plans put off (spaCy, no database)."""

from datetime import date

from tests.timeline.extraction.support import events, spans
from timeline.extraction import extract

# --- Nights, idioms, numbers that are no days ---------------------------------------------------


def test_a_night_told_by_its_two_days_then_an_hour_past_midnight_is_its_second_day():
    text = (
        "L'attaque a commencé dans la nuit du vendredi 14 au samedi 15 octobre, à 1h du matin. "
        "Elle a été découverte quelques heures plus tard. "
        "Dans la nuit de samedi à dimanche, vers 2h30, un homme a été blessé."
    )
    assert events(text, date(2022, 10, 20), "fr") == {
        "dans la nuit du vendredi 14 au samedi 15 octobre": "2022-10-15",
        "quelques heures plus tard": "2022-10-15",
        "Dans la nuit de samedi à dimanche": "2022-10-16",
    }
    # Before midnight, the night keeps its first day.
    text = "Un incendie s'est déclaré dans la nuit du 3 au 4 mars vers 23h."
    assert events(text, date(2022, 3, 10), "fr") == {"du 3 au 4 mars": "2022-03-03"}


def test_overnight_and_an_emergency_number_are_no_days():
    text = (
        "Le 21 janvier, la mairie a été piratée. "
        "Nous nous sommes retrouvés du jour au lendemain sans aucun outil de travail. "
        "Mardi 17 mai, le CHU a annoncé qu'il fermait ses urgences la nuit. "
        "Entre 20 h et 8 heures, les urgences n'accueillent que les patients orientés par le 15."
    )
    assert events(text, date(2022, 5, 18), "fr") == {
        "Le 21 janvier": "2022-01-21",
        "Mardi 17 mai": "2022-05-17",
    }


def test_months_of_a_yearly_round_are_no_events():
    text = "Il faut rappeler que ce tarif est revu deux fois par an, en février et en août."
    assert events(text, date(2022, 10, 20), "fr") == {}
    text = "The cap is reviewed twice a year, in February and August. The cap rose in August."
    assert events(text, date(2022, 10, 20), "en") == {"in August": "2022-08"}


def test_dates_marked_on_packs_are_no_events():
    text = (
        "Kinder Surprise 20 gr with best before date between 11/07/22 and 7/10/22 is affected. "
        "The recall was announced on 4 April."
    )
    assert events(text, date(2022, 4, 6), "en") == {"on 4 April": "2022-04-04"}
    text = (
        "Les produits à consommer de préférence avant le 12/05/2022 sont concernés. "
        "Le rappel a été lancé le 4 avril."
    )
    assert events(text, date(2022, 4, 6), "fr") == {"le 4 avril": "2022-04-04"}


def test_a_number_over_a_blank_line_makes_no_date_with_the_next_line():
    text = "1/5\n\nNov. 3 (UPI) -- The court heard arguments on Wednesday in a gun rights case."
    assert events(text, date(2021, 11, 3), "en") == {"on Wednesday": "2021-11-03"}


def test_a_quarter_in_a_sentence_of_play_is_the_games():
    text = (
        "Jokic earned his eighth triple-double of the playoffs by the third quarter. "
        "Rates rose 25 basis points in the third quarter."
    )
    # and a past tense never holds a quarter still to begin: the third quarter of last year
    assert events(text, date(2023, 6, 1), "en") == {"in the third quarter": "2022-Q3"}


# --- Forms ---------------------------------------------------------------------------------------


def test_a_month_named_by_its_kind_and_half_a_month():
    text = (
        "On peut parler d'un mois d'août comparable à 2019. "
        "Durant la première quinzaine de juillet, l'hôtellerie a souffert. "
        "Le record pour un mois de juillet a été battu."
    )
    assert events(text, date(2021, 8, 31), "fr") == {
        "un mois d'août": "2021-08",
        "la première quinzaine de juillet": "2021-07",
    }


def test_as_recently_as_a_year_and_years_listed_after_from():
    text = (
        "The court had upheld such programs as recently as 2016. "
        "Gun rights groups hope the court will extend its rulings from 2008 and 2010. "
        "Prices rose from 2011 to 2013."
    )
    assert spans(text, date(2023, 6, 29), "en") == {
        "as recently as 2016": ("2016", None),
        "from 2008": ("2008", None),
        "2010": ("2010", None),
        "from 2011 to 2013": ("2011", "2013"),
    }


def test_a_year_after_a_possessive_before_an_acronym():
    text = "Jokic broke Wilt Chamberlain’s 1967 NBA record for most triple-doubles."
    assert events(text, date(2023, 6, 1), "en") == {"1967": "1967"}


def test_a_move_from_a_month_to_another_is_two_dates():
    text = "Le redémarrage du réacteur a été repoussé d'avril à fin décembre 2022, selon EDF."
    assert events(text, date(2022, 1, 15), "fr") == {
        "d'avril": "2022-04",
        "fin décembre 2022": "2022-12",
    }


def test_numeric_dates_read_by_the_articles_own_unambiguous_ones():
    text = (
        "Ferrero recall 6 April 2022. Kinder Surprise 1 x 20g 03/07/2022 - 04/10/2022. "
        "Kinder Surprise 3 x 20g 15/07/2022."
    )
    found = events(text, date(2022, 4, 6), "en")
    assert found["03/07/2022"] == "2022-07-03"
    assert found["15/07/2022"] == "2022-07-15"


# --- Tenses --------------------------------------------------------------------------------------


def test_a_month_a_notice_is_for_lies_ahead():
    text = "Les syndicats ont déposé un préavis de grève pour début septembre."
    assert events(text, date(2024, 5, 10), "fr") == {"début septembre": "2024-09"}
    # "for" a month measures it unless a plan sets it
    text = "Sales for September were strong."
    assert events(text, date(2024, 5, 10), "en") == {"for September": "2023-09"}
    text = "The trial was scheduled for September."
    assert events(text, date(2024, 5, 10), "en") == {"for September": "2024-09"}


def test_a_date_the_parser_hangs_on_the_clause_after_it_keeps_its_own_verb():
    text = (
        "Les réacteurs ne pourront redémarrer que le 11 juin, alors qu'ils devaient revenir "
        "en service le 18 février."
    )
    assert events(text, date(2022, 12, 19), "fr") == {
        "le 11 juin": "2023-06-11",
        "le 18 février": "2023-02-18",
    }


def test_a_market_close_and_a_value_before_a_fall_are_days_gone():
    text = (
        "Ameritrade stockholders will get $52.23 based on Schwab’s Friday close. "
        "The deal represents a premium of 26% to TD Ameritrade’s closing price on Wednesday."
    )
    assert events(text, date(2019, 11, 25), "en") == {
        "Friday": "2019-11-22",
        "on Wednesday": "2019-11-20",
    }
    text = (
        "The purchase values Merrill at $US21 billion, down from an original $US50 billion "
        "on 15 September."
    )
    assert events(text, date(2008, 12, 6), "en") == {"on 15 September": "2008-09-15"}


def test_a_day_a_plan_was_set_for_then_put_off_is_placed_by_the_calendar():
    text = (
        "The share transfer, which was scheduled for Thursday, was pushed back because "
        "procedures remain in effect."
    )
    assert events(text, date(2012, 12, 22), "en") == {"Thursday": "2012-12-20"}


# --- Mercato, storms, receiverships, strikes, zoos, breaches -------------------------------------


def test_last_day_after_a_date_is_no_direction():
    text = (
        "Les Dogues ont décidé de sortir les crocs en ce mardi 31 janvier dernier jour du "
        "mercato. Il est parti le 3 janvier dernier."
    )
    assert events(text, date(2017, 1, 31), "fr") == {
        "ce mardi 31 janvier": "2017-01-31",
        "le 3 janvier dernier": "2017-01-03",
    }


def test_a_hospital_named_after_someone_is_no_person():
    text = (
        "Depuis ce mardi 16 avril, une cyberattaque vise le Centre hospitalier Simone Veil de "
        "Cannes. Lundi, la maternité de l'hôpital Louis Jaillon a fermé."
    )
    extraction = extract(text, published_on=date(2024, 4, 17), language="fr")
    assert [event.persons for event in extraction.events] == [(), ()]


def test_later_in_the_day_with_no_day_told_before_is_the_day_of_publication():
    text = "Medical organisations have planned to take out a march in Ranchi later in the day."
    assert events(text, date(2024, 8, 17), "en") == {"later in the day": "2024-08-17"}
    text = "Une marche est prévue plus tard dans la journée à Rennes."
    assert events(text, date(2024, 8, 17), "fr") == {"plus tard dans la journée": "2024-08-17"}


def test_a_source_line_with_its_day_and_time_is_a_stamp():
    text = (
        "Big welcome for endangered baby animals\n\n"
        "Staff writers and AP, August 24, 2020 7:00PM Kids News\n\n"
        "The gorilla was born on Friday."
    )
    assert events(text, date(2020, 8, 24), "en") == {"on Friday": "2020-08-21"}
    text = (
        "Indre : un nouveau sursis pour la Française de roues\n\n"
        "France Bleu Berry mercredi 18 mars 2015 à 19:19\n\n"
        "Le tribunal de commerce a accordé ce mercredi un nouveau sursis."
    )
    assert events(text, date(2015, 3, 18), "fr") == {"ce mercredi": "2015-03-18"}


def test_a_case_sent_back_or_a_ruling_reserved_to_a_day_lies_ahead():
    text = "Le tribunal a renvoyé l'examen du dossier au 18 avril."
    assert events(text, date(2023, 5, 15), "fr") == {"18 avril": "2024-04-18"}
    # told on a Friday, "à vendredi" is the next one
    text = "Le tribunal de commerce a mis en délibéré à vendredi sa décision sur la liquidation."
    assert events(text, date(2023, 1, 6), "fr") == {"vendredi": "2023-01-13"}
    text = "The hearing was postponed to Friday."
    assert events(text, date(2023, 1, 6), "en") == {"Friday": "2023-01-13"}


def test_around_a_year_closing_its_clause_is_a_date():
    text = (
        "The wolves disappeared from the mountains of Colorado around 1940. "
        "The crowd grew to around 2000 people. They numbered around 1900 when counted."
    )
    assert events(text, date(2020, 8, 24), "en") == {"around 1940": "1940"}


def test_a_day_a_cancelled_plan_was_for_is_the_one_gone():
    text = (
        "Officials said the hospital had to shut down its systems and cancel urgent surgical "
        "cases scheduled for Monday."
    )
    assert events(text, date(2021, 8, 17), "en") == {"Monday": "2021-08-16"}


def test_a_participle_on_an_object_takes_the_time_of_the_verb_that_set_it():
    text = "The news had sent the company's shares surging as much as 25% on Thursday."
    # told on a Tuesday: the Thursday gone, not the one two days ahead
    assert events(text, date(2019, 11, 19), "en") == {"on Thursday": "2019-11-14"}


def test_a_day_of_the_month_before_a_story_years_back_is_of_its_year():
    text = (
        "May 12, 2015 was the day that shook Nepal after a major earthquake. This earthquake is "
        "an aftershock days after a quake of larger magnitude 7.8 hit on 25 April."
    )
    assert events(text, date(2022, 5, 11), "en") == {
        "May 12, 2015": "2015-05-12",
        "on 25 April": "2015-04-25",
    }


def test_the_years_of_a_wines_bottles_are_vintages():
    text = (
        "Ils ont vu passer quatre bouteilles d'Armagnac de 1924, 1925, 1926 et 1927. "
        "Le domaine a vendu trois millions de bouteilles en 2018."
    )
    assert events(text, date(2019, 5, 10), "fr") == {"en 2018": "2018"}
    text = (
        "They sold three bottles of Romanée-Conti from 1945. "
        "The estate sold 3 million bottles in 2018."
    )
    assert events(text, date(2019, 5, 10), "en") == {"in 2018": "2018"}
