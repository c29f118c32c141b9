"""Forms seen in sports, courts, floods, housing, strikes and royal news: stamps with labels, a
photo agency's day closing its caption, chronologies, royal names (spaCy, no database)."""

from datetime import date

from tests.timeline.extraction.support import events, persons_of, spans
from timeline.extraction import extract

# --- Stamps ---------------------------------------------------------------------------------


def test_a_labelled_stamp_and_a_bylined_stamp_are_no_events():
    text = (
        "Storm to cause floods and blackouts\n\n"
        "Published Date: 24/12/2013 11:36:45\n\n"
        "Written by on 10/11/2018\n\n"
        "The storm hit the south-west on Monday night."
    )
    assert events(text, date(2013, 12, 24), "en") == {"on Monday night": "2013-12-23"}


def test_an_update_stamp_with_spaced_hours_and_one_after_a_time_zone_are_no_events():
    text = (
        "Loyers : le gouvernement veut encadrer les hausses\n\n"
        "Fabien Martin, mis à jour le 04.06.2012 à 11 h 14\n\n"
        "Le gouvernement a annoncé lundi un décret."
    )
    assert events(text, date(2012, 6, 4), "fr") == {"lundi": "2012-06-04"}
    text = (
        "NOUVELLES\n03/05/2017 09:13 EDT | Actualisé 03/05/2017 09:44 EDT\n\n"
        "Les crues mettent le Québec sur le qui-vive\n\n"
        "La rivière est sortie de son lit mardi."
    )
    assert events(text, date(2017, 5, 3), "fr") == {"mardi": "2017-05-02"}


def test_a_day_heading_the_page_with_its_section_is_no_event():
    text = (
        "Mar 30, 2023 - Economy\n\n"
        "Actress not responsible for ski collision, jury finds\n\n"
        "A jury sided with the actress on Thursday in a civil trial."
    )
    assert events(text, date(2023, 3, 30), "en") == {"on Thursday": "2023-03-30"}


# --- Sentences ------------------------------------------------------------------------------


def test_a_photo_agencys_day_after_the_stop_closes_its_caption():
    text = (
        "(AP Photo/Petr David Josek). Spain's Rafael Nadal looks at rain clouds during his "
        "quarterfinal at the Roland Garros stadium, in Paris, France. Wednesday, June 7, 2017.\n\n"
        "Nadal advanced on Wednesday."
    )
    found = extract(text, published_on=date(2017, 6, 8), language="en").events
    caption = [event for event in found if "2017" in event.expression]
    assert len(caption) == 1
    assert "looks at rain clouds" in caption[0].sentence


def test_a_country_abbreviation_before_an_adjective_ends_no_sentence():
    text = (
        "Svitolina won over fifth-seeded Sloane Stephens, the 2017 U.S. Open champion. "
        "She plays next."
    )
    found = extract(text, published_on=date(2018, 6, 5), language="en").events
    assert [(event.value, event.sentence.endswith("Open champion.")) for event in found] == [
        ("2017", True)
    ]


# --- Forms ----------------------------------------------------------------------------------


def test_a_year_after_its_article_is_a_date_whatever_the_word_before_it():
    text = "The civil trial centered around a 2016 ski collision. Over 2016 people came."
    assert events(text, date(2023, 3, 30), "en") == {"a 2016": "2016"}


def test_the_week_that_has_just_gone_by():
    text = (
        "La semaine qui vient de s’écouler a été marquée par deux beaux parcours. "
        "Le mois qui vient de passer a été le plus chaud."
    )
    assert spans(text, date(2023, 4, 10), "fr") == {
        "La semaine qui vient de s’écouler": ("2023-W14", None),
        "Le mois qui vient de passer": ("2023-03", None),
    }


def test_a_short_time_later_is_the_same_day():
    text = (
        "The singer appeared in court on Tuesday. When he returned a short time later, the "
        "judge handed down a sentence. Shortly afterwards, his partner left the court."
    )
    assert events(text, date(2010, 9, 15), "en") == {
        "on Tuesday": "2010-09-14",
        "a short time later": "2010-09-14",
        "Shortly afterwards": "2010-09-14",
    }


def test_next_friday_the_13th_is_the_13th():
    text = "Are you ready for a surprise this next Friday the 13th? It opened Tuesday the 3rd."
    assert events(text, date(2019, 8, 30), "en") == {
        "this next Friday the 13th": "2019-09-13",
        "Tuesday the 3rd": "2019-09-03",
    }


def test_the_eve_with_no_day_told_before_it_is_the_day_before_publication():
    text = (
        "Les qualifications sont terminées. La veille, Fils avait déjà fait sensation en "
        "battant Munar."
    )
    assert events(text, date(2022, 10, 30), "fr") == {"La veille": "2022-10-29"}
    text = "La veille de son procès, il avait donné une interview."
    assert events(text, date(2022, 10, 30), "fr") == {}


# --- Chronologies ---------------------------------------------------------------------------


def test_a_chronologys_entry_is_told_as_of_its_own_day():
    text = (
        "STRIKE TIMELINE\n\n"
        "Aug. 30, 2016 — The union notifies the district that members will go on strike "
        "Sept. 28 unless there is progress.\n\n"
        "Nov. 17, 2016 — The district announces the strike must end Dec. 13.\n\n"
        "Dec. 16, 2016 — The union announces teachers will return to work Monday.\n\n"
        "June 19, 2017 — The school board votes to withhold pay."
    )
    found = events(text, date(2017, 9, 23), "en")
    assert found["Sept. 28"] == "2016-09-28"
    assert found["Dec. 13"] == "2016-12-13"
    assert found["Monday"] == "2016-12-19"


# --- Royal names ----------------------------------------------------------------------------


def test_a_royals_title_is_part_of_the_name():
    text = (
        "Prince Philip died on April 9, 2021. He married Queen Elizabeth II in 1947. "
        "Philip retired in 2017. The funeral was held at Westminster Abbey on Monday."
    )
    published = date(2021, 4, 20)
    assert persons_of(text, "on April 9, 2021", published, "en") == {"Prince Philip"}
    assert persons_of(text, "in 1947", published, "en") == {
        "Prince Philip",
        "Queen Elizabeth II",
    }
    assert persons_of(text, "in 2017", published, "en") == {"Prince Philip"}
    assert "Westminster Abbey" not in persons_of(text, "on Monday", published, "en")


# --- More stamps ----------------------------------------------------------------------------


def test_a_feminine_update_a_published_notice_and_a_papers_day_in_brackets_are_stamps():
    text = (
        "Fermeture : « On se doutait bien que c'était foutu » ( OF.fr – 21/02/23 )\n\n"
        "[Mise à jour le 20 mai à 17h46] Le gouvernement a tranché lundi. "
        "Information publiée le 21 décembre 2025 à 23:12."
    )
    assert events(text, date(2023, 2, 21), "fr") == {"lundi": "2023-02-20"}


# --- Plans and timetables -------------------------------------------------------------------


def test_an_intent_the_tagger_misreads_still_looks_ahead_through_faire():
    text = (
        "Après avoir assuré moins de 50% des vols lundi, le groupe prévoit de faire décoller "
        "mercredi 60% de ses avions."
    )
    assert events(text, date(2014, 9, 16), "fr") == {
        "lundi": "2014-09-15",
        "mercredi": "2014-09-17",
    }


def test_weekdays_of_a_timetable_are_no_days():
    text = (
        "Dès le 18 juillet 2017, la compagnie proposera vers Athènes trois vols par semaine, "
        "mardi, jeudi et samedi. Les départs sont programmés lundi à 7h20, mercredi à 7h15 et "
        "vendredi à 7h10. La compagnie a présenté ce programme mardi."
    )
    assert events(text, date(2017, 1, 27), "fr") == {
        "le 18 juillet 2017": "2017-07-18",
        "mardi": "2017-01-24",
    }
    text = (
        "The airline will add three flights a week to Athens on Tuesday, Thursday and "
        "Saturday. It announced the plan on Tuesday."
    )
    assert events(text, date(2017, 1, 27), "en") == {"on Tuesday": "2017-01-24"}


# --- Counts off the calendar ----------------------------------------------------------------


def test_a_count_with_its_thousands_is_no_offset_and_none_falls_off_the_calendar():
    text = "The rocks formed 998,000 years ago. It opened 1.5 years ago. He left 3 years ago."
    assert events(text, date(2020, 2, 29), "en") == {"3 years ago": "2017"}


def test_an_offset_beyond_the_calendar_makes_no_date():
    from timeline.extraction.resolve import shift_period

    assert shift_period(date(2020, 2, 29), "year", -999_999) is None
    assert shift_period(date(2020, 2, 29), "day", 10**9) is None
    assert shift_period(date(2020, 2, 29), "year", -1).value == "2019"
