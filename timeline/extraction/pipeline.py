"""`extract`: from an article's text and publication date to dated events with their people."""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from . import lang_en, lang_fr
from .language import detect_language
from .nlp import doc_text, load_pipeline, normalise_for_nlp
from .persons import (
    People,
    PersonMention,
    apposed_holder,
    find_people,
    quote_speakers,
    reported_only,
    reported_speakers,
)
from .resolve import (
    FUTURE,
    PAST,
    PRESENT,
    PUBLICATION_INFERRED_FACTOR,
    UNKNOWN,
    add_months,
    can_anchor,
    day_period,
    infer_publication_date,
    month_period,
    resolve,
    rests_on_publication,
    week_period,
)
from .temporal import (
    LanguageRules,
    find_mentions,
    key,
    line_bounds,
    number,
    preceding_words,
    sentence_around,
    words,
)
from .tense import governing_verb, tense_around
from .types import (
    CalendarSpec,
    Extraction,
    FoundEvent,
    Mention,
    RangeSpec,
    RelativeSpec,
    Resolved,
    Timex,
)

RULES: dict[str, LanguageRules] = {"fr": lang_fr.RULES, "en": lang_en.RULES}
LAYOUT = {"fr": lang_fr.LAYOUT, "en": lang_en.LAYOUT}
COHORT = {"fr": lang_fr.COHORT, "en": lang_en.COHORT}
PACK_DATES = {"fr": lang_fr.PACK_DATES, "en": lang_en.PACK_DATES}
VINTAGE = {"fr": lang_fr.VINTAGE, "en": lang_en.VINTAGE}
FIGURATIVE = {"fr": lang_fr.FIGURATIVE, "en": lang_en.FIGURATIVE}
FISCAL = {"fr": lang_fr.FISCAL, "en": lang_en.FISCAL}
FISCAL_AFTER = {"fr": lang_fr.FISCAL_AFTER, "en": lang_en.FISCAL_AFTER}
RESCHEDULED = {"fr": lang_fr.RESCHEDULED, "en": lang_en.RESCHEDULED}
BASELINE = {"fr": lang_fr.BASELINE, "en": lang_en.BASELINE}
BASELINE_AFTER_FIGURE = {"fr": lang_fr.BASELINE_AFTER_FIGURE, "en": lang_en.BASELINE_AFTER_FIGURE}
PLACE_NAMED_AFTER = {"fr": lang_fr.PLACE_NAMED_AFTER, "en": lang_en.PLACE_NAMED_AFTER}
BODY_NAMED_AFTER = {"fr": lang_fr.BODY_NAMED_AFTER, "en": lang_en.BODY_NAMED_AFTER}
RELATIVE_ON_PERSON = {"fr": lang_fr.RELATIVE_ON_PERSON, "en": lang_en.RELATIVE_ON_PERSON}
ROLES = {"fr": lang_fr.ROLE_NOUNS, "en": lang_en.ROLE_NOUNS}
SINCE = {"fr": lang_fr.SINCE, "en": lang_en.SINCE}
SCHOOL_YEAR = {"fr": lang_fr.SCHOOL_YEAR, "en": lang_en.SCHOOL_YEAR}
POSTPONED_FROM = {"fr": lang_fr.POSTPONED_FROM, "en": lang_en.POSTPONED_FROM}
REPORTING_VERBS = {"fr": lang_fr.REPORTING_VERBS, "en": lang_en.REPORTING_VERBS}
AHEAD_OF_HAPPENING = {"fr": lang_fr.AHEAD_OF_HAPPENING, "en": lang_en.AHEAD_OF_HAPPENING}
DATELINE = {"fr": lang_fr.DATELINE, "en": lang_en.DATELINE}
ELECTION_BEFORE = {"fr": lang_fr.ELECTION_BEFORE, "en": lang_en.ELECTION_BEFORE}
YEAR_IN_REVIEW = {"fr": lang_fr.YEAR_IN_REVIEW, "en": lang_en.YEAR_IN_REVIEW}
_HABITUAL = {"fr": lang_fr.HABITUAL, "en": lang_en.HABITUAL}
_RELATIVE_YEAR_AFTER = {"fr": lang_fr.RELATIVE_YEAR_AFTER, "en": lang_en.RELATIVE_YEAR_AFTER}
_WEEKDAYS_PLURAL = {"fr": lang_fr.WEEKDAYS_PLURAL, "en": lang_en.WEEKDAYS_PLURAL}
_SEASON_OF_EVERY_YEAR = {"fr": lang_fr.SEASON_OF_EVERY_YEAR, "en": lang_en.SEASON_OF_EVERY_YEAR}
_DAILY = {"fr": lang_fr.DAILY, "en": lang_en.DAILY}
_USUALLY = {"fr": lang_fr.USUALLY, "en": lang_en.USUALLY}
_FROM_THE_FOCUS_BEFORE = {"fr": lang_fr.FROM_THE_FOCUS_BEFORE, "en": lang_en.FROM_THE_FOCUS_BEFORE}
_FROM_THE_FOCUS_AFTER = {"fr": lang_fr.FROM_THE_FOCUS_AFTER, "en": lang_en.FROM_THE_FOCUS_AFTER}
_UNTIL_BEFORE = {"fr": lang_fr.UNTIL_BEFORE, "en": lang_en.UNTIL_BEFORE}
_ENDING_BEFORE = {"fr": lang_fr.ENDING_BEFORE, "en": lang_en.ENDING_BEFORE}
_VAGUE_LATER = {"fr": lang_fr.VAGUE_LATER, "en": lang_en.VAGUE_LATER}
_SCHEDULE_HEAD = {"fr": lang_fr.SCHEDULE_HEAD, "en": lang_en.SCHEDULE_HEAD}
HAVING_UNTIL = {"fr": lang_fr.HAVING_UNTIL, "en": lang_en.HAVING_UNTIL}
LIST_MONTH_AFTER = {"fr": lang_fr.LIST_MONTH_AFTER, "en": lang_en.LIST_MONTH_AFTER}
DEADLINE_PURPOSE = {"fr": lang_fr.DEADLINE_PURPOSE, "en": lang_en.DEADLINE_PURPOSE}
DIED_AGED = {"fr": lang_fr.DIED_AGED, "en": lang_en.DIED_AGED}
NAMED_DEICTIC = {"fr": lang_fr.NAMED_DEICTIC, "en": lang_en.NAMED_DEICTIC}
RECORD_BEFORE = {"fr": lang_fr.RECORD_BEFORE, "en": lang_en.RECORD_BEFORE}
DEICTIC_OF_A_MONTH = {"fr": lang_fr.DEICTIC_OF_A_MONTH, "en": lang_en.DEICTIC_OF_A_MONTH}
CAPTION_MARK = {"fr": lang_fr.CAPTION_MARK, "en": lang_en.CAPTION_MARK}
FUTURE_WORD = {"fr": lang_fr.FUTURE_WORD, "en": lang_en.FUTURE_WORD}
# "later in the day", "plus tard dans la journée": the day running, unlike "that day".
_IN_THE_DAY = re.compile(
    r"(?i:\bin\s+the\s+(?:day|morning|afternoon|evening)|\bdans\s+la\s+(?:journée|matinée|soirée))$"
)
_RESCHEDULED = {"fr": lang_fr.RESCHEDULED, "en": lang_en.RESCHEDULED}
# A year alone or "of" it, as a vintage is told ("de 1924", "of 1945"; not "in 2019").
_OF_A_YEAR = re.compile(r"(?i:(?:de|d['’]|of|from)\s*)?\d")
_SMALL_HOURS_AFTER = {"fr": lang_fr.SMALL_HOURS_AFTER, "en": lang_en.SMALL_HOURS_AFTER}
_NIGHT_BEFORE = {"fr": lang_fr.NIGHT_BEFORE, "en": lang_en.NIGHT_BEFORE}
_GAME_PLAY = {"fr": lang_fr.GAME_PLAY, "en": lang_en.GAME_PLAY}
# A deed or a disaster named by its day ("the October 7 attacks"): done.
_DEED_AFTER = {
    language: re.compile(rf"\s+(?i:{module.DONE_DEEDS.pattern})(?:s|es)?\b")
    for language, module in (("fr", lang_fr), ("en", lang_en))
}
DAY_NAMING_A_HAPPENING = {
    "fr": lang_fr.DAY_NAMING_A_HAPPENING,
    "en": lang_en.DAY_NAMING_A_HAPPENING,
}


# Direct quotes: French guillemets, curly and straight double quotes within a paragraph.
_QUOTE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


@dataclass
class _Dated:
    """A DATE mention with its sentence, tense and (once resolved) its date."""

    mention: Mention
    sentence: Span
    expression: Span
    tense: int
    language: str
    resolved: Resolved | None = None
    confidence: float = 0.0


def extract(
    text: str, *, published_on: datetime.date | None, language: str | None = None
) -> Extraction:
    """Find the dated events of an article; a pure function of its arguments."""
    language = language or detect_language(text)
    if language not in RULES:
        raise ValueError(f"unsupported language: {language!r}")
    rules = RULES[language]
    if language == "en" and lang_en.writes_day_first(text):
        rules = replace(rules, day_first=True)  # "03/02/22" in a British article: 3 February
    mentions = _moves_as_two_dates(find_mentions(text, rules), text, language)
    doc = load_pipeline(language)(normalise_for_nlp(text))
    people = find_people(doc, text, language)

    # (a stored page's "date 2023-07-31 " before a line: the line's own start)
    page = _STORE_DATE.sub(lambda match: " " * len(match.group()), text)
    layout = [match.span() for match in LAYOUT[language].finditer(page)]
    quotes = [match.span() for match in _QUOTE.finditer(text)]
    titles = _titles(doc, quotes)
    dated: list[_Dated] = []
    previous: Mention | None = None
    for index, mention in enumerate(mentions):
        if _restates(previous, mention, text, published_on):
            continue
        if _made_precise(previous, mention, text) and dated and dated[-1].mention is previous:
            dated.pop()
        previous = mention
        if any(start <= mention.start < end for start, end in layout):
            continue  # bylines, datelines, captions, links: no event of this article
        if index > 0 and _year_of_the_day_before(mentions[index - 1], mention, text, language):
            continue  # "on August 29 and 30 next year": the year of the days told before it
        if (
            isinstance(mention.spec, RelativeSpec)
            and index + 1 < len(mentions)
            and isinstance(mentions[index + 1].spec, CalendarSpec)
            and mentions[index + 1].spec.day is not None
            and _OF_THE_DAY.fullmatch(text, mention.end, mentions[index + 1].start)
        ):
            continue  # "cette nuit du 1er novembre 2019": the night of the day told after it
        if any(start < mention.start < end for start, end in titles):
            continue  # « Un 15 août à Collioure », a song: a name, no date
        if COHORT[language].search(text, max(0, mention.start - 20), mention.end + 16):
            # "les générations nées à partir de 1973", "born in 1966 or later": a bound,
            # nobody's event
            continue
        if PACK_DATES[language].search(
            text, sentence_around(text, mention.start, mention.end)[0], mention.start
        ):
            continue  # "best before date between 11/07/22 and 7/10/22": a pack's marking
        if (
            _year_alone(mention.spec)
            and _OF_A_YEAR.match(mention.text)
            and VINTAGE[language].search(text, max(0, mention.start - 90), mention.start)
        ):
            continue  # "quatre bouteilles d'Armagnac de 1924": a vintage
        if FIGURATIVE[language].search(text, max(0, mention.start - 30), mention.start):
            continue  # "it feels like only yesterday": no day
        if NAMED_DEICTIC[language].match(text, mention.start):
            continue  # "NEA told Today last week": a newspaper, no day
        if (
            _year_alone(mention.spec)
            and RECORD_BEFORE[language].search(text, max(0, mention.start - 60), mention.end)
            and (published_on is None or mention.spec.year < published_on.year - _SERIES_AGE)
        ):
            # "the lowest 10% of periods since 1900": the start of a record's series, no event
            # (not "le plus faible enregistré depuis 2006": the last time it was so low)
            continue
        if DEICTIC_OF_A_MONTH[language].match(text, mention.start):
            continue  # "Ce soir de janvier 2017": an evening of that month, not today's
        if _fiscal_part_of_year(mention, text, language):
            continue  # "the fiscal first quarter": a company's calendar
        if (
            isinstance(mention.spec, CalendarSpec)
            and mention.spec.quarter is not None
            and mention.spec.year is None
            and _GAME_PLAY[language].search(
                text, *sentence_around(text, mention.start, mention.end)
            )
        ):
            continue  # "his eighth triple-double by the third quarter": the game's quarter
        baseline = BASELINE[language].search(text, max(0, mention.start - 40), mention.start)
        if isinstance(mention.spec, RelativeSpec) and (
            baseline
            or BASELINE_AFTER_FIGURE[language].search(
                text, max(0, mention.start - 140), mention.start
            )
        ):
            continue  # "up 10.4% compared with a year ago": the figure's baseline
        if _year_alone(mention.spec) and baseline and _SAME_PERIOD.search(baseline.group()):
            continue  # "compared to the same period in 2017" (not "from 5,600 in 2005")
        if PLACE_NAMED_AFTER[language].search(text, max(0, mention.start - 30), mention.start):
            continue  # "au stade du 26 mars": a place
        if (
            isinstance(mention.spec, CalendarSpec)
            and mention.spec.day is not None
            and mention.spec.year is None
            and BODY_NAMED_AFTER[language].match(text, mention.end)
        ):
            continue  # "the Jan. 6 committee": a body's name
        if _SHOW_NIGHT.match(text, mention.end) and re.search(
            r"Night$|^[A-Z][a-z]+day$", text[mention.start : mention.end].removeprefix("on ")
        ):
            continue  # "on Sunday Night Football", "Thursday Night Kickoff": a programme
        if _weekday_alone(mention.spec) and _WEEKDAYS_PLURAL[language].search(
            text, *sentence_around(text, mention.start, mention.end)
        ):
            # "Group A will attend on Mondays and Tuesdays and Group B on Thursday and Friday":
            # a week's timetable, every week.
            continue
        if (
            isinstance(mention.spec, CalendarSpec)
            and _weekday_alone(mention.spec)
            and (_SLOT.match(text, mention.end) or _OPENING_HOURS.match(text, mention.end))
        ):
            # "the Sunday night headliner", "the Sunday afternoon legend slot": a bill;
            # "Mardi, jeudi : 14h-18h", "Monday-Friday: 9am-5pm": opening hours
            continue
        if _yearless_month_alone(mention) and (
            _CONTRACT.match(text, mention.end)
            or _CONTRACT_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        ):
            # "crude for July delivery", "December futures", "le Brent pour livraison en
            # janvier": a contract's term
            continue
        if (
            _NOW_CALLED.match(text, mention.start)
            and _NOW_NAMED.match(text, mention.end)
            and text[max(0, mention.start - 3) : mention.start].rstrip().endswith((",", "("))
        ):
            continue  # "la communauté urbaine, aujourd'hui Brest Métropole": its name now
        if _NOW_CALLED.match(text, mention.start) and (
            _AGED_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            or _AGED_AFTER.match(text, mention.end)
        ):
            continue  # "âgé aujourd'hui de 38 ans", "today aged 38": an age, no day
        if _NOW_CALLED.match(text, mention.start) and _now_in_a_role(text, mention, language):
            continue  # "Steve Bauer, aujourd'hui directeur sportif de l'équipe": his role now
        if _yearless(mention.spec) and _ONCE_OR_TWICE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            continue  # "once in February and once in July": a yearly round, no one date
        if (
            _yearless(mention.spec)
            and _in_habitual_sentence(text, mention, language)
            and not RESCHEDULED[language].search(text, max(0, mention.start - 40), mention.start)
        ):
            continue  # "the busiest time is typically between May and September": every year
        if (
            isinstance(mention.spec, RelativeSpec)
            and mention.spec.anchor == "focus"
            and (
                _in_habitual_sentence(text, mention, language, _DAILY)
                or _after_a_habit(text, doc, mention, mentions, language)
            )
        ):
            continue  # "met à jour tous les soirs son programme pour le lendemain": every day
        if isinstance(mention.spec, RelativeSpec) and any(
            start < mention.start < end for start, end in quotes
        ):
            # "today" or "ce soir-là" in a quote counts from the day of the speech, which the
            # article seldom gives: optional in the gold (rule 5), so no event.
            continue
        if mention.timex_type == "DATE" and mention.spec is not None:
            expression = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if expression is None or len(expression) == 0:
                continue
            sentence = expression[0].sent
            tense = tense_around(sentence, expression, language)
            if _weekday_alone(mention.spec) and _in_a_schedule(text, mention, language):
                tense = FUTURE  # "Schedule: Friday practice, 2:35 p.m.; Saturday qualifying"
            if (
                _weekday_alone(mention.spec)
                and HAVING_UNTIL[language].search(text, max(0, mention.start - 60), mention.start)
                and DEADLINE_PURPOSE[language].match(text, mention.end)
            ):
                tense = FUTURE  # "avait jusqu'à dimanche pour déclencher les élections"
            if _yearless(mention.spec) and _DEED_AFTER[language].match(text, mention.end):
                tense = PAST  # "the release of those remaining from the October 7 attacks"
            if (
                tense in (PRESENT, FUTURE)
                and CAPTION_MARK[language].search(sentence.text)
                and not FUTURE_WORD[language].search(sentence.text)
            ):
                tense = PAST  # "Darren Robinson (left) leaves court on Monday": a caption
            if _yearless(mention.spec) and DIED_AGED[language].match(text, mention.end):
                tense = PAST  # "Claude Michaud (21 février, 77 ans)": the day of a death
            if (
                mention.pattern in _NAMING_A_HAPPENING
                or _day_naming_a_happening(mention, text, language)
                or (
                    tense not in (FUTURE, PRESENT)
                    and _month_of_an_election(mention, text, language)
                )
            ):
                # "after the September election", "in the Nov. 7 elections", "la tenue des
                # élections municipales en juin" (not "is preparing to hold elections in
                # November", ahead): the nearest decides
                tense = UNKNOWN
            elif (
                index > 0
                and _COORDINATED.fullmatch(text, mentions[index - 1].end, mention.start)
                and not _opens_its_own_clause(expression, mentions[index - 1], dated, language)
            ):
                # "d'ici demain soir et mercredi": the second date shares the first's time.
                tense = _tense_of_coordinated(mentions[index - 1], dated, tense)
            if tense == PAST and _NAMED_AS_THE_DATE.match(text, mention.end):
                # "has proclaimed August 23 as the date for the elections", "a cité le mois de
                # novembre comme possible date": a day set for what comes, whose year the
                # calendar tells.
                tense = UNKNOWN
            if (
                tense in (PRESENT, UNKNOWN)
                and isinstance(mention.spec, RangeSpec)
                and mention.spec.first.day is None
                and _yearless(mention.spec)
                and _SEASON_OF_EVERY_YEAR[language].search(sentence.text)
                and not _ANY_YEAR.search(sentence.text)
            ):
                # "la grande saison pluvieuse qui dure de juin à août", "the monsoon season
                # runs from June to September": every year's months, told in the present (not
                # "the 2024 hurricane season runs from June 1 to November 30", nor a bound:
                # "The Atlantic hurricane season runs through Nov. 30").
                continue
            dated.append(_Dated(mention, sentence, expression, tense, language))

    lines = list(PUBLICATION_STAMP[language].finditer(page))
    if len(lines) >= 3:
        # A page is stamped once or twice (put up, updated): three lines of one shape, days
        # with their time alone, are a list ("Jeudi 23 mai 2024 à 23h59", each zone's
        # deadline), unless a stamp's word says otherwise.
        listed = _listed_shapes([match.group() for match in lines])
        lines = [
            match
            for match in lines
            if _shape(match.group()) not in listed or _STAMP_WORD.search(match.group())
        ]
    stamps = [match.span() for match in lines]
    stamps += [match.span() for match in _INLINE_STAMP.finditer(text)]
    if " ago" in text:
        stamps += [match.span() for match in _COUNTED_BACK_STAMP.finditer(text)]
    stamps += _dated_head_lines(text, dated)
    stamped = [d for d in dated if any(s <= d.mention.start < e for s, e in stamps)]
    published, inferred = published_on, False
    if published is None:
        # "Publié le 13.09.2021": the page's own stamp, else the bounds the story sets.
        published = next(filter(None, map(_day_of, stamped)), None) or infer_publication_date(
            [(d.mention.spec, d.tense) for d in dated]
        )
        inferred = published is not None

    timexes = _resolve(text, mentions, dated, published, inferred, language)
    timexes = _weekdays_the_article_dates(text, dated, timexes, published)
    timexes = _enumerations_share_a_year(dated, timexes)
    timexes = _listed_months_share_a_year(text, dated, timexes)
    timexes = _listed_days_keep_their_order(text, dated, timexes)
    timexes = _running_weekdays(dated, timexes, published)
    timexes = _weekdays_from_the_day_in_focus(text, dated, timexes, language)
    timexes = _days_of_the_weekend(dated, timexes)
    timexes = _eve_of_a_dated_happening(text, dated, timexes)
    timexes = _days_of_happenings_ahead(text, dated, timexes, published)
    timexes = _days_within_a_dated_season(text, dated, timexes)
    datelines = [
        match.span()
        for match in DATELINE[language].finditer(page)
        if not _WEEKDAY_FIRST.match(match.group().lstrip())  # "Monday, 14 Aug: Man Utd vs ..."
    ]
    dated = [item for item in dated if not _in_a_dateline(item, datelines)]
    dated = [item for item in dated if item not in stamped]  # the page's, no event of the story
    dated = [item for item in dated if not _file_picture(text, item, published)]
    events = _events(text, doc, dated, people, language, published)
    return Extraction(
        language=language,
        published_on=published,
        is_published_on_inferred=inferred,
        events=tuple(events),
        persons=dict(people.surfaces),
        timexes=tuple(timexes),
    )


# The weekdays of both languages, which open no place's name.
_WEEKDAY_NAMES = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche"
)
# A day and its month, either way round ("18 oct.", "Nov. 7"), and the same after its weekday
# ("mardi 6 septembre", "Friday, January 6"): the day of a stamp.
_DAY_AND_MONTH = r"(?:\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?|[^\W\d]+\.?[ \t]+\d{1,2})"
_WRITTEN_DAY = rf"(?:[^\W\d]+\.?,?[ \t]+)?{_DAY_AND_MONTH}"
# A month or weekday opening a stamp's date ("Published: March 3", "Publié le mardi 16 avril").
_STAMP_DAY = (
    r"(?:[A-ZÀ-Ý][^\W\d]*\.?,?[ \t]+|(?:lun|mar|mercre|jeu|vendre|same|diman)di[ \t]+"
    # "Mise à jour: février 2017"
    r"|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre)[ \t]+)"
)
# A line that stamps the page ("Publié le 13.09.2021", "Updated: March 3, 2024 at 9:41 a.m.",
# "18.05.2022, 18:30"): when it was put online, no event of the story.
PUBLICATION_STAMP = {
    language: re.compile(
        # "Published on: 26th March 2021 | By: News Bulletin | Category: Uncategorized"
        rf"^[ \t]*(?:(?:[•·(][ \t]*)?(?i:{words})(?:\s+(?:le|on|at|à))?[ \t:]*"
        rf"(?:{_STAMP_DAY}){{0,2}}"
        r"\d{1,4}(?:st|nd|rd|th|er|[h:]\d\d)?\b[^\n]{0,100}"
        # "03.02.2016 20h09 Rédaction"
        r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}[\d.,:/h \t|–-]*"
        r"(?:[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,3})?"
        # "By: - May 16, 2003 12:00 am", "By Michelle Hennessy Friday 7 Jun 2019, 8:56 AM"
        r"|(?:By|Par)[ \t]*:?[ \t]*(?:[-–][ \t]*|(?:[A-ZÀ-Ý][\w'’.-]+[ \t]+){1,4})"
        rf"{_WRITTEN_DAY},?[ \t]+\d{{4}}"
        r"(?:,?[ \t]+\d{1,2}[:.h]\d\d(?:[ \t]*[apAP]\.?[mM]\.?)?)?[ \t]*"
        # "Alex Broun 11/06/2018": the author's name before it
        r"|[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,3}[ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4}[ \t]*"
        # "2022-01-17T19:43:33Z", a machine's stamp
        r"|\d{4}-\d\d-\d\d(?:[T \t]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?[ \t]*"
        # "Karine Wierzba (karine.wierzba@leprogres.fr) - 18 oct. 2019 à 19:00": a byline
        r"|[^\n@]*\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[^\n]*"
        # "Par 22/05/2023 - 12:37", "Le 13/08/2018 à 18:27Mis à jour Le 13/08/2018 à 19:15"
        r"|(?:(?i:par|by|le|on)[ \t]+)?\d{1,2}/\d{1,2}/\d{2,4}[ \t]*(?:[-–,]|à|at)?[ \t]*"
        # (not the headline a live report's entry runs on to: "02/12/21 - 18:45 - Point de
        # pénalité confirmé pour l'OM Le CNOSF a estimé que la sanction infligée le 6 octobre")
        r"\d{1,2}[:h]\d\d(?:[ \t]*[•·|,–-]?[ \t]*(?i:mis\s+à\s+jour|modifié|updated)[^\n]*)?"
        # "By Kevin Bogardus, Kelsey Brugger | 06/14/2023 01:58 PM EDT"
        r"|(?:By|Par)[ \t]+[A-ZÀ-Ý][^\n|•·]{2,80}[|•·][^\n]*\d[^\n]*"
        # "Nov. 7, 2016 6:30 am", "18 oct. 2019 à 19:00": a day and its time alone on a line
        # (and what follows them there: "Le samedi 24 décembre 2022 à 10:20 - MAJ samedi ...",
        # "17 novembre 2017 à 11h15 par Diane Charbonnel")
        # (", 3 avril 2025 à 23:00": its author's name lost before it)
        r"|(?:,[ \t]*)?(?:(?i:le|on)[ \t]+)?(?:[^\W\d]+\.?,?[ \t]+|[A-Z][a-z]+(?=\d))?"
        rf"{_DAY_AND_MONTH},?"
        r"[ \t]+\d{4},?[ \t]+(?:à[ \t]+|at[ \t]+|[-@][ \t]+|\()?\d{1,2}[:.h]\d\d(?::\d\d)?"
        # ("Thursday, 23 November 2017 (12:01 IST)")
        r"(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?(?:[ \t]+[A-Z]{2,4})?\)?[ \t]*"
        r"(?:[-–|,]?[ \t]*(?:(?i:MAJ|mis\s+à\s+jour|modifié|updated|par|by)\b[^\n]*|©[^\n]*)"
        # ("10 avril 2009 - 13h37 - Maroc - Ecrit par : L.A")
        r"|[ \t]*[-–|][ \t]*[^\n]{0,40}?(?i:\b[ée]crit\s+par|\bwritten\s+by)\b[^\n]*"
        r"|[ \t]*[-–|][ \t]*[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+[A-ZÀ-Ý][\w'’.-]+){0,3}[ \t]*)?"
        # "mardi 6 septembre 2016 - © Philippe Dairou": a photo's credit
        rf"|{_WRITTEN_DAY},?"
        r"[ \t]+\d{4}[ \t]*[-–|,]?[ \t]*©[^\n]*"
        # "Chandigarh, December 30": a dateline alone on its line
        rf"|(?!(?i:{_WEEKDAY_NAMES})\b)[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+)*,[ \t]+"
        r"(?:[^\W\d]+\.?[ \t]+\d{1,2}|\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?)(?:,?[ \t]+\d{4})?[ \t]*"
        # "- Ladies Golf Night – July 9th - July 11, 2025": a linked title and its day, in a
        # list of such after the story
        r"|[-•*][ \t]+[^\n]{8,160}?[ \t][-–—|][ \t]*(?:[^\W\d]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
        r"|\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?)(?:[ \t]*[-–][ \t]*(?:[^\W\d]+\.?[ \t]+)?"
        r"\d{1,2}(?:st|nd|rd|th)?)?,?[ \t]+\d{4}[ \t]*"
        # "Dublin: 14 °C Friday 7 August, 2020": a page's head, the weather and the day
        r"|[^\n]{0,30}?-?\d{1,2}[ \t]*°[CF]?[ \t]+(?:[^\W\d]+,?[ \t]+)?"
        r"(?:\d{1,2}[ \t]+[^\W\d]+|[^\W\d]+[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*"
        # "15 Dec 2022 10 minute read", "3 mars 2024 Lecture 4 min": the day and the reading time
        rf"|{_WRITTEN_DAY},?[ \t]+\d{{4}}[ \t]*[|·•-]?[ \t]*"
        r"(?:\d{1,2}[ \t]*(?i:min(?:ute)?s?)[ \t]+(?i:read|de\s+lecture)"
        r"|(?i:lecture|temps\s+de\s+lecture)[ \t]*:?[ \t]*\d{1,2}[ \t]*(?i:min(?:utes?)?))[ \t]*"
        # "Sharecast News | 07 Jul, 2016", "Today's Paper | June 16, 2023": a site's or
        # section's name and the day, alone on the line
        r"|[A-ZÀ-Ý][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,4}[ \t]*\|[ \t]*"
        rf"{_WRITTEN_DAY},?[ \t]+\d{{4}}"
        r"(?:[ \t]*[|,–-]?[ \t]*\d{1,2}[:.h]\d\d(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?)?[ \t]*"
        # "today20 décembre 2022": an icon's name run into the day it stands for
        r"|(?:calendar_today|today|event|schedule|access_time|date_range)(?=\d|[A-Z])"
        r"[^\n]{0,40}?\d{4}[^\n]{0,20}"
        # "4:48 pm on 17 June 2022", "à 22h45 HNE, le 9 mars 2013.": the time first
        r"|(?:(?:à|at)[ \t]+)?\d{1,2}[:.h]\d\d(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?"
        r"(?:[ \t]+[A-Z]{2,4})?,?[ \t]+(?:on[ \t]+|le[ \t]+)?"
        rf"{_DAY_AND_MONTH},?[ \t]+\d{{4}}[ \t]*\.?"
        # "Régions 21 juillet 2023", "Warwick Barr November 1, 2022": a section's or an
        # author's name and the day, alone on the line
        # ("France Bleu Berry mercredi 18 mars 2015 à 19:19": with its weekday and time)
        r"|[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,3}[ \t]+"
        rf"(?:(?i:{_WEEKDAY_NAMES}),?[ \t]+)?"
        r"(?:\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2},?)[ \t]+\d{4}"
        r"(?:,?[ \t]+(?:à[ \t]+|at[ \t]+)?\d{1,2}[:.h]\d\d(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?)?[ \t]*"
        # "Staff writers and AP, August 24, 2020 7:00PM Kids News": a byline, its day and time
        r"|[^\n,]{2,60},[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4},?[ \t]+\d{1,2}:\d\d[ \t]*"
        r"(?:[ap]\.?m\.?|[AP]M)\b[^\n.!?]{0,30}"
        # "mardi 17 octobre 2017, par Morgan", "21 mars 2008, par": the day of a byline
        rf"|{_WRITTEN_DAY},?"
        # ("lundi 25 juin 2018 par lebanco.net": a site's name)
        r"[ \t]+\d{4}[ \t]*[,|–-]?[ \t]*(?i:par|by)\b(?:[^\n.!?]|\.(?=[a-z])){0,60}\.?)$",
        re.MULTILINE,
    )
    for language, words in (
        (
            "fr",
            r"Publié|Mis\s+à\s+jour|Modifié|Actualisé|Mise\s+à\s+jour|Dernière\s+mise\s+à\s+jour"
            r"|Ce\s+contenu\s+a\s+été\s+publié",
        ),
        (
            "en",
            r"Published|Updated|Posted|Last\s+updated|First\s+published|This\s+was\s+published"
            r"|Post\s+published|Last\s+modified|Posted/updated|Story\s+first\s+published"
            r"|Issue\s+date|Last\s+update"
            r"|This\s+content\s+was\s+published",
        ),
    )
}


# How many years back a record's "since" names the start of its series rather than the last
# time the record was matched.
_SERIES_AGE = 40


def _shape(line: str) -> str:
    """A line's shape: its words and numbers each one mark ("Aa 0 a 0 a 0h0")."""
    return re.sub(r"\d+", "0", re.sub(r"[^\W\d]+", "a", line.strip()))


def _listed_shapes(lines: list[str]) -> set[str]:
    """The shapes three lines or more share: a list ("Jeudi 23 mai 2024 à 23h59", each
    zone's deadline; a round's fixtures under their days), no page stamp."""
    return {shape for shape, count in Counter(map(_shape, lines)).items() if count >= 3}


_STAMP_WORD = re.compile(r"(?i:publi|updat|mis\s+à\s+jour|modifi|posted|actualis|\bby\b|\bpar\b)")


# "date 2023-07-31 Aligarh (UP), Jul 31 (PTI) A section of students ...": the date a page
# store writes before a page's first line (its month alone, or its day: "date 2018-02").
_STORE_DATE_HEAD = r"^[ \t]*(?i:date)[ \t]*:?[ \t]*\d{4}-\d\d"
_STORE_DATE = re.compile(rf"{_STORE_DATE_HEAD}(?:-\d\d)?[ \t]+(?=\S)", re.MULTILINE)


# A day, its month and year, and its time: "07 août 2023 à 18:09".
_DAY_AT_TIME = r"\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?[ \t]+\d{4}[ \t]+(?:à|at)[ \t]+\d{1,2}[:h]\d\d"


# Stamps within a line: "[Mis à jour le 24 janvier 2023 à 13h09] L'intersyndicale..." and the
# date a list of headlines sets after each ("Coup d'envoi pour les Dégîteurs  17/01/2014").
_INLINE_STAMP = re.compile(
    r"\[[ \t]*(?i:publié|mise?\s+à\s+jour|modifié|actualisé|published|updated|posted)\b"
    r"[^\]\n]{0,60}\]"
    # An embedded post's signature: "— Enda Kenny (@EndaKennyTD) November 11, 2015"
    r"|\(@\w+\)[ \t]*[^\n()]{0,24}?\d{4}\b"
    # "[16/09/2014 06:43:24] Aéroport de Roissy (France) (AFP) Le calme régnait ..."
    r"|\[[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}[:h]\d\d(?::\d\d)?[ \t]*\]"
    r"|(?<=[^\s.!?:;,][ \t]{2})\d{1,2}/\d{1,2}/\d{4}[ \t]*$"
    # "date 2017-04-25 The Nigeria Football Federation has stated ...": a stored page's date
    rf"|{_STORE_DATE_HEAD}-\d\d(?:[T \t]\d\d:\d\d(?::\d\d)?Z?)?(?![\d-])"
    # "Aurélie Sacchelli, Media365, publié le mardi 30 avril 2024 à 23h10"
    r"|(?i:\b(?:publiée?|mis\s+à\s+jour|published|updated)\s+(?:le|on)\s+)[^\n]{0,40}"
    r"\d{1,2}[ \t]?[:h][ \t]?\d\d[ \t]*\.?[ \t]*$"
    # "( OF.fr – 21/02/23 )": a paper's name and its day in brackets
    r"|\([ \t]*[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3}[ \t]*[–—-][ \t]*"
    r"\d{1,2}/\d{1,2}/\d{2,4}[ \t]*\)"
    # "Published Date: 24/12/2013 11:36:45", "Mis à jour : 3 mai 2021": a stamp's label
    r"|(?i:\b(?:published|updated|posted|publié|modifié|mis\s+à\s+jour|actualisé)"
    r"(?:[ \t]+(?:date|on|le))?)[ \t]*:[ \t]*[^\n:]{0,30}?\d{4}"
    r"(?:[ \t]+\d{1,2}[:h]\d\d(?::\d\d)?)?"
    # "Written by on 10/11/2018", "Posted by admin on March 3, 2019"
    r"|(?i:\bwritten\s+by|\bposted\s+by|\bécrit\s+par)\b[^\n]{0,40}?\b(?i:on|le)[ \t]+"
    r"[^\n]{0,30}?\d{4}"
    # "03/05/2017 09:13 EDT | Actualisé 03/05/2017 09:44 EDT": a day and time, then its update
    r"|^[ \t]*[^\n]{0,30}?\d{4}[ \t,]+\d{1,2}[:h]\d\d[^\n|•·]{0,8}[|•·][ \t]*"
    r"(?i:actualisé|mis\s+à\s+jour|modifié|updated)\b[^\n]{0,60}$"
    # "02/12/21 - 18:45 - Point de pénalité confirmé pour l'OM": an entry of a live report
    r"|^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*[-–,|][ \t]*\d{1,2}[:hH]\d\d(?=[ \t]*[-–|])"
    # "03/08/2017 – 17H00 La Rochelle (Breizh-info.com) La première journée ...": the same
    # before a dateline and its source in brackets
    r"|^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*[-–,|]?[ \t]*\d{1,2}[:hH]\d\d"
    r"(?=[ \t]+[A-ZÀ-Ý][^\n(]{0,40}\([^()\n]{2,40}\))"
    # "This report by The Canadian Press was first published May 7, 2023."
    # (not "The novel was first published in 1998": a day, and the sentence ends on it)
    r"|(?i:was\s+first\s+published|a\s+été\s+publiée?\s+pour\s+la\s+première\s+fois)"
    r"\s+(?i:on\s+|le\s+)?(?:[^\W\d]+\.?\s+\d{1,2},?|\d{1,2}(?:er)?\s+[^\W\d]+\.?)\s+\d{4}"
    r"(?=\s*[.\n]|\s*$)"
    # "Sophie SquiresPublished 9th Jan 2023": a stamp run on after the byline
    r"|(?:(?<=[a-zà-ÿ])|(?<=\|[ \t]))(?:Published|Updated|Posted|Publié|Modifié)\b[^\n]{0,60}"
    # "Dawn.com Published June 16, 2023 Updated June 16, 2023 09:22pm": after the site's name
    r"|^[ \t]*[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+[A-ZÀ-Ý][\w.'’-]*){0,3}[ \t]+"
    r"(?:Published|Updated|Posted|Publié|Modifié|Mis[ \t]+à[ \t]+jour)\b[ \t:]*[^\n\d]{0,20}"
    r"\d[^\n]{0,60}"
    # "[February 10, 2024] (Reuters)": a reprint's day in brackets before its source
    r"|^[ \t]*\[[ \t]*(?:[^\W\d]+\.?,?[ \t]+)?"
    r"(?:\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?|[^\W\d]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*\]"
    r"(?=[ \t]*(?:\([^()\n]{2,30}\))?[ \t]*$)"
    # "Reuters • 06/09/2020 à 15:38": a day in figures after a bullet
    r"|[•·][ \t]*\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]+(?:à|at|-)?[ \t]*\d{1,2}[:h]\d\d)?"
    # "par Jean-Luc Nabet le 23 octobre 2017", alone on its line
    r"|^[ \t]*(?i:par|by)[ \t]+[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,4}[ \t]+(?i:le|on)"
    r"[ \t]+[^\n.!?]{0,40}\d{4}[ \t]*$"
    # "December 26, 2022 10:45 pm(Updated December 30, 2022 3:08 pm)": a day and its update
    r"|^[ \t]*[^\n]{0,40}\d{4}[^\n(]{0,20}\((?i:updated|mis\s+à\s+jour|modifié|actualisé)\b"
    r"[^\n()]{0,40}\)[ \t]*$"
    # "Par Johan Moison, France Bleu Armorique et France Bleu Breizh Izel lundi 11 janvier 2016
    # à 19:02": a byline and its sites, then the day and the hour closing the line
    r"|^[ \t]*(?i:par|by)[ \t]+[A-ZÀ-Ý][^\n.!?]{0,100}?\d{4}[ \t]+(?i:à|at)[ \t]+\d{1,2}[:h]\d\d"
    r"[ \t]*$"
    # "Pointe-à-Pitre, France | AFP | vendredi 26/09/2024 - Météo France a lancé ..."
    r"|\|[ \t]*(?:AFP|Reuters|AP|Belga|ATS|APS|MAP)[ \t]*\|[^\n|]{0,40}?(?=[ \t][-–—][ \t])"
    # "Article publié dans Le Crestois du 5 septembre 2025", "appeared in print on May 3, 2021"
    r"|(?i:article\s+(?:publié|paru)\s+dans|appeared\s+in\s+print|appears\s+in\s+print)"
    r"[^\n]{0,60}?\d{4}"
    # "Source:- Daily Telegraph, Thursday 15 December 2005, page 4": a cutting's source
    r"|(?i:\bsource)[ \t]*:-?[ \t]*[^\n]{0,40}?\d{4}(?=,?[ \t]*(?i:page|p\.)[ \t]*\d)"
    # "Les faits divers de l'édition du 11 novembre 2017": a newspaper's edition
    r"|(?i:\bl['’]édition\s+du|\bedition\s+of)\s+[^\n.]{0,30}?\d{4}"
    # "L'Alsace - 07 août 2023 à 18:09 | mis à jour le 07 août 2023 à 23:22": a day and time
    # before its update, wherever the line starts
    rf"|{_DAY_AT_TIME}[ \t]*[|•·–-][ \t]*"
    r"(?i:mis\s+à\s+jour|modifié|updated)[^\n\d]{0,12}\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?[ \t]+\d{4}"
    r"(?:[ \t]+(?:à|at)[ \t]+\d{1,2}[:h]\d\d)?"
    # "Le Progrès - 03 août 2016 à 05:00 - Temps de lecture :": a day and its time between
    # dashes after the paper's name
    rf"|(?<=[-–|][ \t]){_DAY_AT_TIME}"
    r"(?=[ \t]*[-–|])"
    # "ThinkProgress | March 10, 2015 | Post by Emily Atkin"
    r"|(?<=\|)[ \t]*[^\W\d]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]*\|[ \t]*(?i:post\s+by|by|par)\b"
    # "The Daily News, Pages 1, 9 on 09/23/2009": an archive's reference to the printed page
    r"|\b(?:Pages?|p\.)[ \t]+\d+(?:,[ \t]*\d+)*[ \t]+on[ \t]+\d{1,2}/\d{1,2}/\d{4}"
    # "Marion Blin2024-10-21T12:24:54+02:00": a machine's stamp, wherever it stands, and
    # one after its word ("and last updated 2016-05-16 23:25:30-04")
    r"|\d{4}-\d\d-\d\dT\d\d:\d\d"
    r"|(?i:updated|published|posted|publié|modifié|mis\s+à\s+jour)(?:\s+(?:on|le))?[ \t:]+"
    r"\d{4}-\d\d-\d\d\b",
    re.MULTILINE,
)


# "By Chloe Melas, CNN Jan 31, 2022 2 hrs ago": a day the page counts back from.
_COUNTED_BACK_STAMP = re.compile(
    r"(?:[^\W\d]+\.?[ \t]+\d{1,2},?|\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?)[ \t]+\d{4}[ \t]+\d{1,2}"
    r"[ \t]*(?:hrs?|hours?|mins?|minutes?|h)[ \t]+ago\b"
    # " 3 days ago" alone on its line; "Umer Jamshaid 4 minutes ago Tue 02nd November 2021 |
    # 02:50 PM"
    # ("3 hours 13 minutes 56 seconds ago Monday, June 04 2018 Jun 4, 2018", no prose after)
    r"|^[ \t]*\d{1,2}[ \t]*(?:hrs?|hours?|mins?|minutes?|days?|weeks?)"
    r"(?:[ \t]+\d{1,2}[ \t]*(?:mins?|minutes?|seconds?|secs?))*[ \t]+ago"
    r"(?:[ \t]+(?:[^a-z\s]\S*|[a-z]{1,2}))*[ \t]*$"
    r"|\b\d{1,2}[ \t]*(?:hrs?|hours?|mins?|minutes?)[ \t]+ago[ \t]+[^\n]{0,40}?\d{4}[ \t]*[|,-]?"
    r"[ \t]*\d{1,2}[:.]\d\d(?:[ \t]*[AP]M)?[ \t]*$",
    re.MULTILINE,
)


def _chronology_entry(text: str, focus_end: int, start: int) -> bool:
    """True when the line holding `start` opens on the day in focus, ending at `focus_end`,
    and a dash after it: an entry of a chronology ("Nov. 11, 2016 — The union says ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        line_start < focus_end < start
        and _ENTRY_DAY.fullmatch(text, line_start, focus_end) is not None
        and _ENTRY_DASH.match(text, focus_end) is not None
    )


# A full day with its year opening the line (not a dateline: "CUPERTINO, Calif., March 8 -").
_ENTRY_DAY = re.compile(
    r"[ \t]*(?:[^\W\d]+\.?,?[ \t]+)?(?:[^\W\d]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}(?:er|st|nd|rd|th)?[ \t]+[^\W\d]+\.?)[ \t]+\d{4}"
    r"|[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
)
_ENTRY_DASH = re.compile(r"[ \t]*(?:[—–]|--?)[ \t]")


def _dated_head_lines(text: str, dated: list[_Dated]) -> list[tuple[int, int]]:
    """The lines of the page's head (its headline, section and byline lines, before the first
    line of prose) that a full day alone fills ("Friday, January 6, 2023", "/ 6 December
    2022", "Category :" over "November 19, 2020"), the story after them: the day the page was
    put up, no event."""
    spans = []
    head = position = len(text) - len(text.lstrip())
    while position < len(text):
        start, end = line_bounds(text, position)
        # (the first line is the headline, even closed by a stop: "Widespread drought
        # conditions limit corn, soy and wheat ratings.", unless a paragraph's length tells
        # a page that opens on its story)
        if (start > head and _PROSE_LINE.search(text, start, end)) or _PARAGRAPH.match(
            text, start, end
        ):
            break
        for item in dated:
            spec = item.mention.spec
            if item.mention.start >= end:
                break
            if (
                item.mention.start >= start
                and isinstance(spec, CalendarSpec)
                and None not in (spec.year, spec.month, spec.day)
                and not text[start : item.mention.start].strip(" \t/|-–·•")
                and (
                    not text[item.mention.end : end].strip(" \t/|-–,.")
                    or _SECTION_AFTER.fullmatch(text, item.mention.end, end)
                )
                and text[end:].strip()
            ):
                spans.append((start, end))
        position = end + 1
    # Three such lines of one shape are a list, as for stamps: a round's fixtures under their
    # days ("Vendredi 29 janvier 2021", "Samedi 30 janvier 2021", ...).
    listed = _listed_shapes([text[start:end] for start, end in spans])
    return [(start, end) for start, end in spans if _shape(text[start:end]) not in listed]


# The page's section after its day: "Mar 30, 2023 - Economy", "12/05/2021 | Faits divers".
_SECTION_AFTER = re.compile(r"[ \t]*[-–|·•][ \t]*[A-ZÀ-Ý][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,2}[ \t]*")

# A line of prose: a sentence closed after a few words, or a long run of words.
_PROSE_LINE = re.compile(r"(?:\S+[ \t]+){4,}\S*[.!?…][\"”»’)]*[ \t]*$|(?:\S+[ \t]+){15,}", re.M)
_PARAGRAPH = re.compile(r"[ \t]*(?:\S+[ \t]+){40,}")


def _day_of(item: _Dated) -> datetime.date | None:
    """The day a full date names: "13.09.2021", "le 16 avril 2019"."""
    spec = item.mention.spec
    if not isinstance(spec, CalendarSpec) or None in (spec.year, spec.month, spec.day):
        return None
    try:
        return datetime.date(spec.year, spec.month, spec.day)
    except ValueError:
        return None


# A photo's caption: its credit in brackets closing the line ("(Jeff McIntosh/The Canadian
# Press)", "( AFP / JEAN-PHILIPPE KSIAZEK )", "[Photo/Agencies]", "(Photo supplied)") or after
# a dash ("— Photo Simon Lambert/Les Jours."), or a stock picture's words.
_CAPTION = re.compile(
    r"[(\[][^()\[\]\n]*(?:[A-Za-z][ \t]*/[ \t]*[A-Z]|\b(?i:photos?|getty|crédit|credit|file)\b|©)"
    r"[^()\[\]\n]*[)\]][ \t.|]*$"
    r"|[-–—][ \t]*(?i:photo|crédit|credit)\b[^\n]*$"
    # "PHOTO: AFP", "Image: KEYSTONE", "© Issouf Sanogo/AFP", "via AP", "EFE-EPA FILE/MONIRUL
    # ALAM" closing the line
    r"|(?:\b(?:PHOTO|Photo|Image|IMAGE|Crédit|Credit)[ \t]*:|©)[^\n]{1,60}$"
    r"|\bvia[ \t]+(?:AP|AFP|Reuters)\b[^\n]{0,10}$"
    # "US dollar printing press, Washington, D.C., July 12, 2012": a line closed by a full
    # day after a comma, without a stop
    # (not a weekday's comma: "Saturday, June 5, 2021" heads a day of a programme)
    r"|(?<![Dd]ay)(?<!di),[ \t]*(?:[^\W\d]+\.?,?[ \t]+)?"
    r"(?:[^\W\d]+\.?[ \t]+\d{1,2},?|\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?,?)[ \t]+\d{4}[ \t]*$"
    r"|\b(?:REUTERS|AFP|AP|EPA)/[A-Z]|\bFILE/[A-Z]",
    re.MULTILINE,
)
# A sentence telling an old picture: "in this file photo", "in this illustration picture".
_FILE_PICTURE = re.compile(
    r"(?i:\bfile\s+(?:photo|picture|image)|\billustration\s+(?:picture|photo|image)"
    r"|\bphoto\s+d['’](?:archives?|illustration))"
)
# Days before the story's under which a caption's picture is an old one.
_FILE_PICTURE_AGE = 3


def _file_picture(text: str, item: _Dated, published: datetime.date | None) -> bool:
    """ "Calgary Police Service headquarters in Calgary, Alta., Monday, May 6, 2019. (Jeff
    McIntosh/The Canadian Press)" over a story of 18 May: a caption's day well before the
    story's is a file picture's, no event of the story (a picture of its own days is kept)."""
    if published is None or item.resolved is None:
        return False
    # (nor one after the story's: "le 23 février. © AFP" over a story of September, whose
    # year the caption does not tell)
    if not (
        item.resolved.date_end < published - datetime.timedelta(days=_FILE_PICTURE_AGE)
        or item.resolved.date_start > published
    ):
        return False  # the story's own days, whatever the line is (told first: it is cheaper)
    return _in_a_caption(text, item.mention) or bool(
        _FILE_PICTURE.search(text, item.sentence.start_char, item.sentence.end_char)
    )


# A line opened by a weekday: a fixture's or a stamp's day, not a place.
_WEEKDAY_FIRST = re.compile(rf"(?i:{_WEEKDAY_NAMES})\b")


def _in_a_dateline(item: _Dated, datelines: list[tuple[int, int]]) -> bool:
    """ "New Delhi, Oct 25 (IANS) A retrospective exhibition opened on Thursday", "WASHINGTON,
    Oct. 12 (UPI) -- A comet ...": a dateline is the page's, as French layout reads it ("Paris,
    12 mars (AFP)"); it makes no event, beside the story's day or alone."""
    return any(s <= item.mention.start < e for s, e in datelines)


# The word between the two dates of a span: "from May 2 to June 5", "du 2 mai au 5 juin".
_SPAN_JOINT = re.compile(r"\s+(?:to|until|till|au|à|jusqu['’](?:au|à))\s+")


def _moves_as_two_dates(mentions: list[Mention], text: str, language: str) -> list[Mention]:
    """ "postponed from September 15 to December 15", "reporté du 15 septembre au 15
    décembre": a move from one date to another, no span; each date is its own mention."""
    result = []
    for mention in mentions:
        joint = None
        if isinstance(mention.spec, RangeSpec):
            opening = mention.text.split(maxsplit=1)[0]
            before = text[max(0, mention.start - 30) : mention.start] + opening
            if POSTPONED_FROM[language].search(before):
                joint = list(_SPAN_JOINT.finditer(mention.text))
        if not joint:
            result.append(mention)
            continue
        split, resumed = mention.start + joint[-1].start(), mention.start + joint[-1].end()
        result.append(
            Mention(
                mention.start,
                split,
                text[mention.start : split],
                "DATE",
                mention.spec.first,
                pattern="moved_from",
            )
        )
        result.append(
            Mention(
                resumed,
                mention.end,
                text[resumed : mention.end],
                "DATE",
                mention.spec.last,
                pattern="moved_to",
            )
        )
    return result


# A baseline told as a period: "compared to the same period in 2017", "sur la même période de".
_SAME_PERIOD = re.compile(r"(?i:same|même|corresponding|comparable|similar|compar)")


def _of_the_story_told(item: _Dated, focus: Resolved | None, unit: str, text: str) -> bool:
    """Whether an unmarked period ("à la fin de l'année", "le premier trimestre de l'année") is
    the one of a past story told, not the present one, which a state running "depuis le début
    de l'année" always reaches."""
    start = item.mention.start
    return (
        item.tense == PAST
        and focus is not None
        and can_anchor(focus, unit)
        and not SINCE[item.language].search(text, max(0, start - 60), start)
    )


def _since(mention: Mention, text: str, language: str) -> bool:
    """ "since August 2015", "depuis mars 2019": the start of a state that lasts."""
    start = (
        mention.start + max(0, mention.text.find(mention.phrase))
        if mention.phrase
        else mention.start
    )
    return bool(SINCE[language].search(text, max(0, start - 60), start))


def _year_alone(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> bool:
    return (
        isinstance(spec, CalendarSpec)
        and spec.year is not None
        and spec.month is None
        and spec.quarter is None
        and spec.half is None
        and spec.season is None
        and spec.easter is None
    )


def _fiscal_part_of_year(mention: Mention, text: str, language: str) -> bool:
    """A quarter or half of a fiscal year, which needs not follow the calendar's. The fiscal
    year itself is named by the year it ends in ("fiscal 2024"): a date."""
    spec = mention.spec
    return (
        isinstance(spec, CalendarSpec)
        and (spec.quarter is not None or spec.half is not None)
        and (
            FISCAL[language].search(text, max(0, mention.start - 12), mention.end) is not None
            or FISCAL_AFTER[language].match(text, mention.end) is not None
        )
    )


# Before a yearless date, a count of times: "once in February", "deux fois en juillet".
_ONCE_OR_TWICE = re.compile(r"(?i:\b(?:once|twice|une\s+fois|deux\s+fois))\s+$")
# Between two dates of one phrase: "demain soir et mercredi", "Monday or Tuesday".
_COORDINATED = re.compile(
    r"(?:\s*,)?\s+(?:et|ou|and|or|ainsi\s+que|as\s+well\s+as)"
    r"(?:\s+(?:ceux|celles|celui|celle|those|that))?\s+"
)


def _opens_its_own_clause(
    expression: Span, first: Mention, dated: list[_Dated], language: str
) -> bool:
    """ "crowned champions earlier this year, and on Sunday they will feature in the final": a
    date opening a clause with its own subject and verb takes that verb's time, not the time
    of the date before it."""
    if not dated or dated[-1].mention is not first:
        return False
    verb = governing_verb(expression.root, language)
    before = governing_verb(dated[-1].expression.root, language)
    return (
        verb is not None
        and before is not None
        and verb.i != before.i
        and any(
            child.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and child.i >= expression.end
            for child in verb.children
        )
    )


def _tense_of_coordinated(first: Mention, dated: list[_Dated], tense: int) -> int:
    """The time of a date coordinated with `first`: the one read for `first`, or the one its
    offset from publication tells ("demain soir et mercredi", even where a quote keeps
    "demain" from making an event), or its direction ("les concerts du 3 juin prochain ainsi
    que ceux du 8 décembre")."""
    spec = first.spec
    calendar = spec.first if isinstance(spec, RangeSpec) else spec
    direction = calendar.direction if isinstance(calendar, CalendarSpec) else 0
    if dated and dated[-1].mention is first:
        if dated[-1].tense == UNKNOWN and direction:
            return FUTURE if direction > 0 else PAST
        return dated[-1].tense
    if isinstance(spec, RelativeSpec) and spec.anchor == "publication" and spec.offset:
        return FUTURE if spec.offset > 0 else PAST
    return tense


# "today" before a capitalised name: what a thing is called now, no event.
_NOW_CALLED = re.compile(r"(?i:aujourd['’]hui|today)\b")
_NOW_NAMED = re.compile(
    r"\s+(?:(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Ý][\w'’-]+"
    # "conseiller général (aujourd'hui dénommé conseiller départemental)"
    r"|(?:appel|dénomm|nomm|rebaptis|renomm)ée?s?\b|devenue?s?\b)"
)
# The role or state someone holds now, set apart after a name: "Steve Bauer, aujourd'hui
# directeur sportif", "le maire, aujourd'hui retraité".
_NOW_ROLE = re.compile(r"\s+(?:(?:un|une|a|an|the|le|la)\s+)?([^\W\d][\w'’-]*)")
_NOW_STATES = re.compile(r"(?i:retraitée?s?|reconvertie?s?|installée?s?|exilée?s?|retired)")


def _now_in_a_role(text: str, mention: Mention, language: str) -> bool:
    if not text[max(0, mention.start - 3) : mention.start].rstrip().endswith((",", "(")):
        return False
    match = _NOW_ROLE.match(text, mention.end)
    if match is None:
        return False
    word = match.group(1).lower()
    return word in ROLES[language] or bool(_NOW_STATES.fullmatch(word))


# An age told as of today: "âgé aujourd'hui de 38 ans", "aujourd'hui âgée de 50 ans".
_AGED_BEFORE = re.compile(r"(?i:\bâgée?s?\s+)$")
_AGED_AFTER = re.compile(r"(?i:,?\s+(?:âgée?s?\s+de\s+\d|aged\s+\d|\d+\s+(?:ans|years?\s+old)\b))")


# A yearly happening told by its year ("the 2024 edition", "son édition 2020"): the days of
# its sentence are of that year.
_EDITIONS = frozenset(["year_of_named_event", "yearly_occurrence"])


# Months set before a happening ("the September hearing", "the bank's March board meeting"):
# the clause's tense is the story's, not the happening's.
_NAMING_A_HAPPENING = frozenset(["month_attributive", "month_possessive"])


def _day_naming_a_happening(mention: Mention, text: str, language: str) -> bool:
    """A yearless day set before a happening: "the Nov. 7 elections", "its June 30 deadline"."""
    spec = mention.spec
    return (
        isinstance(spec, CalendarSpec)
        and spec.year is None
        and spec.day is not None
        and spec.month is not None
        and DAY_NAMING_A_HAPPENING[language].match(text, mention.end) is not None
    )


def _month_of_an_election(mention: Mention, text: str, language: str) -> bool:
    """A yearless month or day after the election it dates: "la tenue du second tour des
    élections municipales en juin", "the general election in May"."""
    spec = mention.spec
    return (
        isinstance(spec, CalendarSpec)
        and _yearless_date(spec)
        and ELECTION_BEFORE[language].search(text, max(0, mention.start - 80), mention.start)
        is not None
    )


# Just before a yearless month or day: it comes after the date in focus ("a few months later
# in August", "deux mois plus tard, en juin").
# Not "au plus tard, le 1er février": a deadline, no month after the one in focus.
_LATER = re.compile(r"(?i:\b(?:later|(?<!\bau\s)plus\s+tard)\s*,?\s*)$")


# After a month: the contract it names ("West Texas Intermediate crude for July delivery",
# "December futures", "livraison"), no event.
_CONTRACT = re.compile(r"(?i:\s+(?:delivery|deliveries|futures|contracts?|livraison)\b)")
# Before a month, the same: "le Brent pour livraison en janvier".
_CONTRACT_BEFORE = re.compile(r"(?i:\b(?:livraison|échéance)\s+)$")
# After a weekday, the rest of a programme's name: "Sunday Night Football", "Saturday Night
# Live".
_SHOW_NIGHT = re.compile(
    r"(?:\s+Night)?\s+(?:Football|Baseball|Hockey|Basketball|Live|Raw|SmackDown|Lights|"
    r"Fever|Kickoff|Fights)\b"
)


def _yearless_month_alone(mention: Mention) -> bool:
    spec = mention.spec
    return (
        isinstance(spec, CalendarSpec)
        and spec.month is not None
        and spec.day is None
        and spec.year is None
    )


def _titles(doc: Doc, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted titles of works: a few words opening on a capital, with no verb ("« Un 15 août
    à Collioure »", '"The Ides of March"'). A quote with a verb is speech, whose explicit
    dates stay (gold rule 5)."""
    found = []
    for start, end in quotes:
        inner = doc_text(doc)[start + 1 : end - 1].strip()
        if not inner[:1].isupper() or inner[-1:] in {".", "!", "?", ","}:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) > 10:
            continue
        if not any(token.is_alpha and token.pos_ in {"VERB", "AUX"} for token in span):
            found.append((start, end))
    return found


def _in_era(
    spec: CalendarSpec | RelativeSpec | RangeSpec,
    era: CalendarSpec,
    published: datetime.date,
    nearness: str,
    tense: int = PAST,
    era_tense: int = UNKNOWN,
) -> CalendarSpec | RelativeSpec | RangeSpec:
    """A yearless date after a full date out of reach of the tense (more than a year from
    publication) takes its year (gold rule 2: the year the context implies): a day of the same
    month anywhere ("le 13 mai 1968" ... "les accords de Grenelle, conclus le 27 mai"), an
    earlier month told back in the same sentence ("La loi du 9 novembre 2010 est adoptée au
    terme de huit journées d'action, dont celle du 12 octobre"). A later month may be of the
    next years ("took over in January 2022, credited an agreement signed in March"). Nearer,
    the tense decides ("voté en juillet 2024 ... avant le 14 juillet"), except for a day of
    last year's month in the era's sentence.

    `nearness` is where the era's date stands: "sentence", "paragraph" or "article". From
    another paragraph, only a date told in the past goes back ("reste classé jusqu'au 17 août"
    is this August, whatever "l'incendie d'août 2021" said above), and only one told in the
    future goes ahead ("en mars 2023" ... "se produira les 4 et 5 mars").

    In the era's paragraph, a story told before the year of publication goes on in the weeks
    after its date, in its tense (`era_tense`, the tense of the era's own sentence): a day of the
    next two months told in the past, or in the narrative present the era was told in, is of
    the story ("Spirit ascended on June 10, 2003. Opportunity followed on July 7", "Le 30
    septembre 2020, Météo France attribue le nom ... le 1er octobre").
    """
    if (
        nearness == "paragraph"
        and era.year < published.year
        and _day_without_year(spec)
        and 1 <= (spec.month - era.month) % 12 <= 2
        and (tense in (PAST, UNKNOWN) or tense == era_tense == PRESENT)
    ):
        return _with_year(spec, era.year + (spec.month < era.month))
    if (
        nearness == "paragraph"
        and era.year < published.year
        and _day_without_year(spec)
        and (era.month - spec.month) % 12 == 1
        and tense == PAST
    ):
        # And back to the month before, in the past: "May 12, 2015 was the day that shook
        # Nepal ... an aftershock days after a quake of magnitude 7.8 hit on 25 April".
        return _with_year(spec, era.year - (spec.month > era.month))
    later_month_ahead = (
        nearness == "sentence"
        and era.year >= published.year
        and (tense != PAST or era.day is not None)
    ) or (nearness == "paragraph" and era.year > published.year and tense == FUTURE)
    if (
        later_month_ahead
        and isinstance(spec, CalendarSpec)
        and _yearless_date(spec)
        and spec.month > era.month
    ):
        # "En juillet 2025 pour « T18 », et en septembre pour « Ouest France TV »", "Le 22
        # septembre 2025, Stellantis a annoncé la mise à l'arrêt de l'usine en octobre": a later
        # month of the sentence of a month ahead, or of this year's day, is of its year; so is
        # one told ahead in the paragraph of a year ahead ("se rendra à Lyon le 2 juin 2024.
        # Sa tournée s'achèvera le 17 août").
        return _with_year(spec, era.year)
    near = abs(era.year - published.year) <= 1
    if near and (era.year >= published.year or nearness != "sentence"):
        return spec

    def fits(date: CalendarSpec) -> bool:
        if not _yearless_date(date):
            return False
        if date.month == era.month and date.day is not None:
            if near:
                # Last year's month holds its days told in its sentence, whatever the
                # calendar says: "les inondations de juillet 2021 ont entraîné la coupure, le
                # 15 juillet, du trafic" (told in early July 2022).
                return True
            told_the_same_way = tense == PAST or (tense == FUTURE and era.year > published.year)
            return nearness != "article" or told_the_same_way
        return not near and nearness == "sentence" and date.month < era.month

    if isinstance(spec, RangeSpec):
        first, last = spec.first, spec.last
        if fits(last) and first.year is None:
            return RangeSpec(replace(first, year=era.year), replace(last, year=era.year))
        return spec
    if isinstance(spec, CalendarSpec) and fits(spec):
        return replace(spec, year=era.year)
    return spec


def _frames_its_sentence(item: _Dated, text: str) -> bool:
    """ "En 2019, ...", "In 2019, ...": a year alone heading its sentence, set off by a comma,
    frames all of it ("since 2019, ..." bounds, it frames nothing)."""
    spec = item.mention.spec
    if isinstance(spec, RelativeSpec):
        if spec.unit != "year" or spec.anchor not in ("focus", "publication"):
            # "Cette année-là, ...", "The following year, ...", "Last year, ...": a year
            return False
    elif not isinstance(spec, CalendarSpec) or spec.month or spec.quarter or spec.season:
        return False
    if item.mention.text.split()[0].lower() in {"depuis", "since", "dès", "from"}:
        return False
    head = text[item.sentence.start_char : item.mention.start]
    return len(head.split()) <= 1 and text[item.mention.end : item.mention.end + 1] == ","


def _day_without_year(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> bool:
    return isinstance(spec, CalendarSpec) and _yearless_date(spec) and spec.day is not None


def _year_of_the_day_before(previous: Mention, mention: Mention, text: str, language: str) -> bool:
    """ "next year" in "on August 29 and 30 next year": it gives the days before it their
    year and dates nothing alone."""
    relative_year = _RELATIVE_YEAR_AFTER[language].match(text, previous.end)
    return (
        relative_year is not None
        and relative_year.start("rel") <= mention.start < relative_year.end("rel")
        and _day_without_year(previous.spec)
    )


# A photo's credit closing its caption: "(Denis Allard/Libération)", "(Photo: AFP)".
def _in_a_caption(text: str, mention: Mention) -> bool:
    """Whether `mention` lies in a photo's caption ("Delphine Ernotte à l'Elysée le 8 mars 2022.
    (Denis Allard/Libération)"): the picture's day, not the story's."""
    start, end = line_bounds(text, mention.start, mention.end)
    return _CAPTION.search(text, start, end) is not None


def _days_after(day: datetime.date, spec: CalendarSpec) -> int:
    """Days from `day` to the spec's month and day in the same year (negative when before)."""
    try:
        return (datetime.date(day.year, spec.month, spec.day) - day).days
    except ValueError:
        return 0  # 29 February


def _in_a_schedule(text: str, mention: Mention, language: str) -> bool:
    """Whether `mention` lies in a line headed as a programme ("Schedule: Friday practice",
    "Au programme : samedi ...")."""
    line_start, _ = line_bounds(text, mention.start)
    head = _SCHEDULE_HEAD[language].match(text, line_start)
    return head is not None and head.end() <= mention.start


def _vaguely_later(text: str, start: int, end: int, language: str) -> bool:
    """Whether the story moves on by an uncounted time between `start` and `end` ("days
    later", "quelques semaines plus tard"; not "two days later", a date of its own)."""
    for match in _VAGUE_LATER[language].finditer(text, start, end):
        before = preceding_words(text, match.start(), 1)
        if not before or number(before[-1], RULES[language]) is None:
            return True
    return False


def _weekday_alone(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> bool:
    """ "on Wednesday", "Thursday and Friday": weekdays with no day of the month nor week."""
    first = spec.first if isinstance(spec, RangeSpec) else spec
    return (
        isinstance(first, CalendarSpec)
        and first.weekday is not None
        and first.day is None
        and first.week_shift is None
    )


def _weekday_day(spec: CalendarSpec) -> bool:
    """A day with its weekday and month and no year: "Saturday 9 March", "mardi 3 avril"."""
    return (
        spec.year is None
        and spec.month is not None
        and spec.day is not None
        and spec.weekday is not None
        and spec.direction == 0
    )


def _year_of_the_weekdays(dated: list[_Dated], published: datetime.date | None) -> int | None:
    """The one year near publication in which the weekdays of two days or more of the article,
    and of all its yearless days with a weekday, fall; none when they are all told in the past
    (a story told may be of an older year with the same calendar)."""
    if published is None:
        return None
    days = {
        (item.mention.spec.month, item.mention.spec.day, item.mention.spec.weekday): item.tense
        for item in dated
        if isinstance(item.mention.spec, CalendarSpec) and _weekday_day(item.mention.spec)
    }
    if len(days) < 2 or all(tense == PAST for tense in days.values()):
        return None
    years = [
        year
        for year in range(published.year - 1, published.year + 2)
        if all(_weekday_of(year, month, day) == weekday for month, day, weekday in days)
    ]
    return years[0] if len(years) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None  # "29 février" of a common year


def _with_year(spec: CalendarSpec | RangeSpec, year: int) -> CalendarSpec | RangeSpec:
    if isinstance(spec, RangeSpec):
        return RangeSpec(replace(spec.first, year=year), replace(spec.last, year=year))
    return replace(spec, year=year)


def _in_school_year(spec: CalendarSpec | RangeSpec, first_year: int) -> CalendarSpec | RangeSpec:
    """A yearless day or span placed in a school year or a season from July to June."""

    def placed(point: CalendarSpec) -> CalendarSpec:
        return replace(point, year=first_year if point.month >= 7 else first_year + 1)

    if isinstance(spec, RangeSpec):
        last = spec.last
        first = (
            spec.first if spec.first.month is not None else replace(spec.first, month=last.month)
        )
        return RangeSpec(placed(first), placed(last))
    return placed(spec)


def _yearless_date(spec: CalendarSpec) -> bool:
    """A day or a month without its year ("le 27 mai", "à la mi-décembre")."""
    return (
        spec.year is None
        and spec.month is not None
        and spec.quarter is None
        and spec.season is None
        and spec.half is None
        and (spec.weekday is None or spec.nth is not None)
        and spec.direction == 0
        and spec.year_shift is None
    )


# After a day or a month: the date it is set as ("as the date for", "comme possible date").
_NAMED_AS_THE_DATE = re.compile(
    r"\s+(?i:as|comme)\s+(?:(?i:the|la)\s+)?(?:[^\W\d]+\s+){0,2}?(?i:date)\b"
)
# After a weekday, the rest of a line of opening hours: "Mardi, jeudi : 14h-18h", "Monday to
# Friday: 9am-5pm".
_OPENING_HOURS = re.compile(
    r"[^\n:.]{0,40}?:[ \t]*\d{1,2}[ \t]?(?:h|:|\.|am|pm|a\.m\.|p\.m\.)[^\n]{0,8}?"
    r"(?:[-–]|\bà\b|\bto\b)[ \t]*\d{1,2}"
)


def _after_a_habit(
    text: str, doc: Doc, mention: Mention, mentions: list[Mention], language: str
) -> bool:
    """ "Des voitures étaient volées la plupart du temps autour d'Aix. Elles étaient ensuite
    retrouvées calcinées quelques heures plus tard": counted from a habit told in its sentence
    or, in French, told in the imperfect after the undated sentence of the habit."""
    if _in_habitual_sentence(text, mention, language, _USUALLY):
        return True
    start = sentence_around(text, mention.start, mention.end)[0]
    if language != "fr" or start == 0 or "\n" in text[max(0, start - 2) : start]:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not any(
        "Imp" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm") for t in span.sent
    ):
        return False
    previous_start, previous_end = sentence_around(text, start - 2, start - 1)
    return not any(previous_start <= other.start < previous_end for other in mentions) and bool(
        _USUALLY[language].search(text, previous_start, previous_end)
    )


def _yearless(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> bool:
    if isinstance(spec, RangeSpec):
        return spec.first.year is None and spec.last.year is None and spec.last.month is not None
    return isinstance(spec, CalendarSpec) and _yearless_date(spec)


def _in_habitual_sentence(
    text: str, mention: Mention, language: str, habits: dict[str, re.Pattern] = _HABITUAL
) -> bool:
    """Whether the sentence holding `mention` tells a habit (`habits`: every year by default,
    "the busiest time is typically between May and September")."""
    start, end = sentence_around(text, mention.start, mention.end)
    return bool(habits[language].search(text, start, end))


# Days after the day in focus within which a day and its weekday, written without their month,
# go on from it.
_DAYS_GOING_ON = 14


def _in_the_days_after(spec: CalendarSpec, start: datetime.date) -> CalendarSpec:
    """ "le lundi 17" after "le 16 juin": the 17th of June, the first such day after the day in
    focus, when it comes within two weeks of it; else the spec as it is."""
    year, month = start.year, start.month
    if spec.day < start.day:
        year, month = add_months(year, month, 1)
    if spec.day > calendar.monthrange(year, month)[1]:
        return spec
    if (datetime.date(year, month, spec.day) - start).days > _DAYS_GOING_ON:
        return spec
    return replace(spec, month=month, year=year)


def _restates(
    previous: Mention | None,
    mention: Mention,
    text: str,
    published: datetime.date | None = None,
) -> bool:
    """ "le 21 mai, à la veille du salon", "on Friday, the day after the anniversary": an
    anaphora set beside a date or a weekday only restates it (the day before something else,
    not before the date); "hier, lundi, la grève" names the same day twice."""
    if (
        previous is not None
        and isinstance(previous.spec, RelativeSpec)
        and previous.spec.unit == "day"
        and previous.spec.anchor == "publication"
        and isinstance(mention.spec, CalendarSpec)
        and mention.spec.weekday is not None
        and mention.spec.day is None
        and mention.spec.month is None
        and _APPOSED.fullmatch(text[previous.end : mention.start]) is not None
        and (_APPOSED.match(text, mention.end) is not None or text.startswith(")", mention.end))
        # (in brackets, only the weekday of that day: "aujourd'hui (jeudi)" written on
        # Thursday and put up on Friday tells the Thursday)
        and (
            "(" not in text[previous.end : mention.start]
            or published is None
            or (published + datetime.timedelta(days=previous.spec.offset)).weekday()
            == mention.spec.weekday
        )
    ):
        return True
    if (
        previous is not None
        and isinstance(previous.spec, CalendarSpec)
        and previous.spec.day is not None
        and previous.spec.month is not None
        and isinstance(mention.spec, CalendarSpec)
        and mention.spec.weekday is not None
        and mention.spec.day is None
        and mention.spec.month is None
        and re.fullmatch(r"\s*\(\s*", text[previous.end : mention.start])
        and re.match(r"\s*\)", text[mention.end :])
    ):
        return True  # "19 March, 2023 (Sunday)": the day's weekday, in brackets
    return (
        previous is not None
        and isinstance(mention.spec, RelativeSpec)
        and mention.spec.anchor == "focus"
        and isinstance(previous.spec, CalendarSpec)
        and (previous.spec.day is not None or previous.spec.weekday is not None)
        and (
            _APPOSED.fullmatch(text[previous.end : mention.start]) is not None
            # "Arrêté le 15 avril 2021 au lendemain de l'élection": run on after a full date
            or (previous.spec.day is not None and text[previous.end : mention.start].isspace())
        )
    )


_APPOSED = re.compile(r"\s*[,–—(-]\s*(?:à\s+|soit\s+)?")  # "on May 21 – the same date"


def _made_precise(previous: Mention | None, mention: Mention, text: str) -> bool:
    """ "earlier this month (May 7)", "la semaine dernière (le 3 mars)", "next Friday (June
    30)": the bracketed day tells the date of the period or weekday before it, which is no
    event of its own."""
    if previous is None:
        return False
    vague = (
        isinstance(previous.spec, RelativeSpec) and previous.spec.unit in {"week", "month", "year"}
    ) or (
        isinstance(previous.spec, CalendarSpec)
        and previous.spec.weekday is not None
        and previous.spec.day is None
    )
    days = mention.spec.last if isinstance(mention.spec, RangeSpec) else mention.spec
    if not (isinstance(days, CalendarSpec) and days.day is not None):
        return False
    between = text[previous.end : mention.start]
    # "yesterday evening (February 26)": a day counted from publication, told again.
    counted = isinstance(previous.spec, RelativeSpec) and previous.spec.unit == "day"
    if (
        (vague or counted)
        and _BRACKET_OPENS.fullmatch(between)
        and text[mention.end : mention.end + 1] == ")"
    ):
        return True
    of_days = re.fullmatch(r"\s+(?:of|du|des)\s+", between) or (
        re.fullmatch(r"\s+", between) and re.match(r"(?i)(?:of|du|des)\s", mention.text)
    )
    if vague and of_days:
        return True  # "this weekend of 22-24 July", "ce week-end des 3 et 4 juin"
    on_day = re.fullmatch(r"\s+on\s+", between) or (
        re.fullmatch(r"\s+", between) and re.match(r"(?i)on\s", mention.text)
    )
    if vague and isinstance(previous.spec, RelativeSpec) and on_day:
        return True  # "was charged last week on August 3, 2021": the week's day
    # "Il y a cinq semaines exactement, le 3 février", "Two weeks ago, on April 29", "hier,
    # jeudi 5 septembre", "une semaine plus tard, le 31 juillet 2022": the day set beside a
    # time counted from publication or from the date in focus.
    return isinstance(previous.spec, RelativeSpec) and _APPOSED_DAY.fullmatch(between) is not None


_BRACKET_OPENS = re.compile(
    r"(?i)\s*(?:(?:early|late|tôt\s+le|tard\s+le)\s+)?"
    r"(?:morning|afternoon|evening|night|matin|après-midi|soir|soirée)?\s*\(\s*"
)
_APPOSED_DAY = re.compile(r"(?i)\s*(?:exactement|exactly|tout\s+juste|jour\s+pour\s+jour)?\s*,\s*")


def _resolve(
    text: str,
    mentions: list[Mention],
    dated: list[_Dated],
    published: datetime.date | None,
    inferred: bool,
    language: str,
) -> list[Timex]:
    """Resolve the DATE mentions in text order (the focus moves along) and build the TIMEX3s."""
    by_start = {d.mention.start: d for d in dated}
    focus: Resolved | None = None
    focus_end = 0  # where the expression of the date in focus ends
    told_focus: Resolved | None = None  # the last date in focus not after publication
    day_focus: Resolved | None = None  # the last day in focus
    era: CalendarSpec | None = None
    era_end = era_sentence = 0
    era_tense = UNKNOWN
    # A year set at the head of its sentence dates the yearless days and months after it: "En
    # 2019, quatre départements avaient été placés en vigilance rouge en juin".
    year_era: tuple[int, int] | None = None
    # Days whose year a relative year told ("du 18 au 21 juillet l'année prochaine"): the
    # same days told again later are those ("Ce sera du 18 au 21 juillet").
    told_years: dict[tuple, int] = {}
    # Months of last year in which the article dates a day, far enough from the month of
    # publication: the same months told again in the past are those.
    told_months: dict[int, int] = {}
    far_year: int | None = None  # the last year told more than a year from publication
    days_gone: set[int] = set()  # weekdays of the week before publication the article dated
    # A year alone on its line heads what follows ("2015" over a list of that year's
    # elections): the yearless days and months under it are of that year.
    headings = [(m.end(), int(m.group(1))) for m in _YEAR_HEADING.finditer(text)]
    month_headings = [
        (m.end(), RULES[language].months[m.group("m").lower()], int(m["y"]) if m["y"] else None)
        for m in MONTH_HEADING[language].finditer(text)
    ]
    headings = sorted(headings + _list_headings(text, language))
    if published is not None:
        headings = sorted(headings + _far_section_headings(text, published))
    # School years and seasons told ahead ("the 2022-23 school year"): their yearless days.
    school_years = [
        (m.start(), int(m.group("y1")))
        for m in SCHOOL_YEAR[language].finditer(text)
        if (m.group("head") or m.group("tail"))
        and int(m.group("y2")[-2:]) == (int(m.group("y1")) + 1) % 100
    ]
    review_year = _year_in_review(text, published, language)
    weekday_year = _year_of_the_weekdays(dated, published)
    timexes = []
    for mention in mentions:
        item = by_start.get(mention.start)
        value = mention.value
        if item is not None:
            spec = mention.spec
            told = item.tense
            listed = LIST_MONTH_AFTER[language].match(text, mention.end)
            if (
                listed
                and isinstance(spec, CalendarSpec)
                and spec.day is not None
                and spec.weekday is not None
                and spec.month is None
            ):
                # "le jeudi 20, le vendredi 21 et le samedi 22 juillet": the month (and year)
                # closing the list
                month = RULES[language].months.get(key(listed.group("m")).rstrip("."))
                year = int(listed.group("y")) if listed.group("y") else spec.year
                spec = replace(spec, month=month, year=year) if month else spec
            relative_year = _RELATIVE_YEAR_AFTER[language].match(text, mention.end)
            if relative_year and _day_without_year(spec):
                # "on August 29 and 30 next year", "le 29 août de l'an prochain"
                shift = RULES[language].relatives[key(relative_year.group("rel"))].offset
                spec = replace(spec, year_shift=shift)
            if _THAT_DAY.search(text, max(0, mention.start - 24), mention.start):
                # "en décembre 2018 ... Ce jour-là, le 4 décembre, Jennifer va chercher ses
                # enfants": a day of the story told, whatever the tense says
                told = PAST
            if (
                told == PRESENT
                and isinstance(spec, CalendarSpec)
                and _weekday_alone(spec)
                and spec.weekday in days_gone
                and spec.direction == 0
                and not spec.is_this
            ):
                # "vendredi dernier" then "Vendredi soir, ce sont les vœux du maire": a
                # story's present tells of the day it dated, not the one ahead.
                item.tense = told = PAST
            # A future tense looks ahead of publication, so only a future era may hold it:
            # "en mars 2023" (told in 2021) ... "se produira les 4 et 5 mars".
            if (
                published is not None
                and era is not None
                and (told != FUTURE or era.year > published.year)
            ):
                between = text[era_end : mention.start]
                nearness = "article" if "\n" in between else "paragraph"
                if era_sentence == item.sentence.start:
                    nearness = "sentence"
                spec = _in_era(spec, era, published, nearness, told, era_tense)
            if year_era is not None and year_era[1] == item.sentence.start and _yearless(spec):
                spec = _with_year(spec, year_era[0])
            heading = next((year for end, year in reversed(headings) if end <= mention.start), None)
            if (
                heading is not None
                and _yearless(spec)
                # told ahead, a day is no past heading's: "the 2020 election results" over
                # "will not happen before November's election"
                and (told != FUTURE or published is None or heading >= published.year)
            ):
                spec = _with_year(spec, heading)
            month_heading = _month_heading_over(text, month_headings, mention.start)
            if (
                month_heading is not None
                and isinstance(spec, CalendarSpec)
                and spec.day is not None
                and spec.month is None
            ):
                # "DECEMBER 2022" over "Saturday 17 – Bangkok": the heading's month, and its
                # year when it writes one.
                month, year = month_heading
                spec = replace(spec, month=month, year=year if year is not None else spec.year)
            if review_year is not None and told != FUTURE and _yearless(spec):
                # "Gers : retour sur les faits divers marquants de l'année 2021" ... "Le 15
                # avril, deux personnalités": a look back at a year told over its days
                spec = _with_year(spec, review_year)
            school_start, school_year = next(
                ((start, y) for start, y in reversed(school_years) if start < mention.start),
                (0, None),
            )
            if (
                school_year is not None
                and published is not None
                and published < datetime.date(school_year, 7, 1)
                and (item.tense != PAST or school_start >= item.sentence.start_char)
                and _yearless(spec)
            ):
                # "The 2022-23 school year will end May 26" told in 2021, "voted to begin
                # the 2018-19 school year Aug. 20": the autumn months of its first year, the
                # others of its second.
                spec = _in_school_year(spec, school_year)
            if item.tense == PAST and _day_without_year(spec) and spec.month in told_months:
                # "died on March 27, 2016 ... was re-admitted to hospital on March 10" (told
                # in July 2017): a month the article dated last year, told again in the past.
                spec = _with_year(spec, told_months[spec.month])
            if (
                isinstance(spec, CalendarSpec)
                and _weekday_day(spec)
                and published is not None
                and far_year is not None
                and _weekday_of(far_year, spec.month, spec.day) == spec.weekday
                and all(
                    _weekday_of(year, spec.month, spec.day) != spec.weekday
                    for year in range(published.year - 1, published.year + 2)
                )
            ):
                # "L'exemple nous ramène à 1989 ... le mardi 19 décembre" (told in 2014): a day
                # whose weekday falls in the last far year told, and in no year near
                # publication.
                spec = _with_year(spec, far_year)
            if (
                weekday_year is not None
                and isinstance(spec, CalendarSpec)
                and _weekday_day(spec)
                and _weekday_of(weekday_year, spec.month, spec.day) == spec.weekday
            ):
                # "Friday 2 February – France v Ireland", "Saturday 10 February – Scotland v
                # France" told in February 2023: days whose weekdays all fall in 2024 are of
                # 2024, even the one listed first, near a 2 February just gone.
                spec = _with_year(spec, weekday_year)
            days = _days_of(mention.spec)
            if days in told_years and _yearless(spec):
                spec = _with_year(spec, told_years[days])
            if (
                isinstance(spec, CalendarSpec)
                and spec.day is not None
                and spec.month is None
                and spec.weekday is None
                and focus is not None
                and focus.precision in ("day", "month")
            ):
                # "le 10", "(9)": a day of the month in focus (with none, no date).
                start = focus.date_start
                spec = replace(spec, month=start.month, year=start.year)
            if (
                isinstance(spec, CalendarSpec)
                and spec.day is not None
                and spec.month is None
                and spec.weekday is not None
                and focus is not None
                and focus.precision == "day"
            ):
                # "le 16 juin, avant ... le lundi 17": a day of the days just told, in the
                # month in focus (or the next), whatever weekday the text slips to.
                spec = _in_the_days_after(spec, focus.date_start)
            if (
                isinstance(spec, CalendarSpec)
                and spec.month is not None
                and spec.year is None
                and spec.direction == 0
                and focus is not None
                and focus.precision in ("day", "month")
                and _LATER.search(text, max(0, mention.start - 20), mention.start)
            ):
                # "since April last year ... a few months later in August": the first such
                # month after the one in focus.
                start = focus.date_start
                spec = _with_year(spec, start.year + (spec.month < start.month))
            if (
                told == PRESENT
                and isinstance(spec, CalendarSpec)
                and _yearless_date(spec)
                and spec.day is not None
                and focus is not None
                and focus.precision == "day"
                and published is not None
                and focus.date_start < published
                and 0 < _days_after(focus.date_start, spec) <= 62
                # (not a day right at publication: "s'ouvre ce 11 mars", told on 11 March)
                and abs(_days_after(published, spec)) > 31
            ):
                # "Un mois plus tard, le 16 mai, il tentera ... Le 17 mai, le feu prend": a
                # story told in the present goes on from the day just told, in its year.
                spec = _with_year(spec, focus.date_start.year)
            written = mention.spec  # a year the text writes, not one given by the era
            if isinstance(written, CalendarSpec) and written.year is not None:
                if published is not None and abs(written.year - published.year) > 1:
                    far_year = written.year
                if _frames_its_sentence(item, text) or item.mention.pattern in _EDITIONS:
                    # "the line-up for the 2024 edition, taking place from June 26-30": the
                    # edition's days
                    year_era = (written.year, item.sentence.start)
                if (
                    written.month
                    and not _since(mention, text, item.language)
                    and not _in_a_caption(text, mention)
                ):
                    # (not "has been the superintendent since August 2015": a state lasting
                    # until now leaves the story in the present)
                    era, era_end, era_sentence = written, mention.end, item.sentence.start
                    era_tense = item.tense
                    if (
                        published is not None
                        and written.year == published.year - 1
                        and written.day is not None
                        and abs(written.month - published.month) > 1
                    ):
                        told_months[written.month] = written.year
                elif _OPENING_MONTH.get(written.season or written.quarter):
                    # "put in place in Summer 2020 after the February 8th election": a season
                    # or a quarter sets an era from its first month.
                    opening = _OPENING_MONTH[written.season or written.quarter]
                    era, era_end, era_sentence = (
                        replace(written, month=opening),
                        mention.end,
                        item.sentence.start,
                    )
                    era_tense = item.tense
                elif published is not None and abs(written.year - published.year) <= 1:
                    era = None  # back to the present: "La réforme de 2023, présentée le 10 ..."
            # A past tense tells of a day already gone: "Ils reprendront lundi; l'objectif est
            # d'aboutir mardi. Dans la soirée, le Premier ministre a organisé ..." is the
            # evening of the day told before the plans. (Only the same day: "la veille" after a
            # plan is mostly the eve of the article's main event, which no rule sees.)
            if (
                focus is None
                and isinstance(spec, RelativeSpec)
                and spec.anchor == "focus"
                and spec.offset == 1
                and _DAY_AFTER_A_HAPPENING.match(text, mention.end)
            ):
                # "Au lendemain du tremblement de terre, ..." opening an article: the day it
                # is written, the day after the happening it names.
                spec = RelativeSpec("day", 0)
            if (
                focus is None
                and published is not None
                and item.tense == PAST
                and isinstance(spec, RelativeSpec)
                and spec.anchor == "focus"
                and spec.unit == "day"
                and spec.offset == -1
                and not _DAY_AFTER_A_HAPPENING.match(text, mention.end)
            ):
                # "La veille, Fils avait déjà fait sensation" with no day told before it: the
                # eve of the day the story is written (not "la veille de son procès").
                spec = RelativeSpec("day", -1)
            if (
                focus is None
                and published is not None
                and isinstance(spec, RelativeSpec)
                and spec.anchor == "focus"
                and spec.unit == "day"
                and spec.offset == 0
                and _IN_THE_DAY.search(mention.text)
            ):
                # "planned to take out a march later in the day", no day told before it: the
                # day the story is written (not "that day", a day of the story).
                spec = RelativeSpec("day", 0)
            if isinstance(spec, RelativeSpec) and spec.anchor == "current":
                # "à la fin de l'année": the year of a past story told, else the present one.
                of_story = _of_the_story_told(item, focus, spec.unit, text)
                spec = replace(spec, anchor="focus" if of_story else "publication")
            if isinstance(spec, CalendarSpec) and spec.year_anchor == "current":
                # "le premier trimestre de l'année": the same choice for a part of a year.
                of_story = _of_the_story_told(item, focus, "year", text)
                spec = replace(spec, year_anchor="focus" if of_story else "publication")
            anchor = focus
            if (
                isinstance(spec, RelativeSpec)
                and spec.anchor == "focus"
                and _vaguely_later(text, focus_end, mention.start, item.language)
            ):
                # "On November 17, the court ruled ... days later ... hours later": hours after
                # a day nobody gives.
                anchor = None
            if (
                isinstance(spec, RelativeSpec)
                and spec.anchor == "focus"
                and spec.unit == "day"
                and spec.offset == 0
                and focus is not None
                and focus.precision != "day"
                and day_focus is not None
            ):
                # "found it on Aug. 27. When he first picked it up, using a telescope bought
                # in 1968, ... Several hours later": hours from the day, not from the year.
                anchor = day_focus
            if (
                item.tense == PAST
                and isinstance(spec, RelativeSpec)
                and spec.unit == "day"
                and spec.offset == 0
                and focus is not None
                and published is not None
                and focus.date_start > published
            ):
                anchor = told_focus
            reference = published
            if (
                focus is not None
                and focus.precision == "day"
                and (
                    (isinstance(spec, CalendarSpec) and spec.year is None)
                    or (isinstance(spec, RelativeSpec) and spec.anchor == "publication")
                )
                and _chronology_entry(text, focus_end, mention.start)
            ):
                # "Aug. 30, 2016 — The union notifies the district that members will go on
                # strike Sept. 28": a chronology's entry, told as of its own day
                reference = focus.date_start
            resolved = resolve(
                spec,
                published=reference,
                focus=anchor,
                tense=item.tense,
                phrase=mention.phrase,
                language=item.language,
                happened=item.tense == PAST
                and (
                    _happened_on(item)
                    or _DEED_AFTER[item.language].match(text, mention.end) is not None
                ),
            )
            if (
                resolved is not None
                and published is not None
                and resolved.date_start == published
                and item.tense == FUTURE
                and isinstance(spec, CalendarSpec)
                and _weekday_alone(spec)
                and not spec.is_this
                and (
                    _UNTIL_BEFORE[language].search(text, max(0, mention.start - 30), mention.start)
                    or _RESCHEDULED[language].search(
                        text[max(0, mention.start - 60) : mention.start]
                    )
                )
            ):
                # "will delay the first day until Monday", "a mis en délibéré à vendredi", told
                # on that day: nothing is put off until the day it is told, so next week's.
                resolved = replace(
                    day_period(published + datetime.timedelta(days=7)),
                    confidence=resolved.confidence,
                )
            if resolved is not None and _small_hours_of_a_night(text, mention, resolved, language):
                # "dans la nuit du vendredi 14 au samedi 15 octobre, à 1h du matin": past
                # midnight, the night's second day.
                resolved = replace(
                    day_period(resolved.date_start + datetime.timedelta(days=1)),
                    confidence=resolved.confidence,
                )
            if resolved is not None:
                confidence = resolved.confidence
                if inferred and rests_on_publication(mention.spec):
                    confidence *= PUBLICATION_INFERRED_FACTOR
                item.resolved, item.confidence = resolved, round(confidence, 3)
                if (
                    isinstance(spec, CalendarSpec)
                    and spec.weekday is not None
                    and (spec.day is not None or spec.direction < 0)
                    and published is not None
                    and 0 <= (published - resolved.date_start).days <= 6
                ):
                    days_gone.add(spec.weekday)  # "vendredi dernier", "mardi 5 mars"
                if isinstance(spec, RelativeSpec) and _frames_its_sentence(item, text):
                    # "Cette année-là, une manifestation est mise sur pied du 2 au 4 avril"
                    year_era = (resolved.date_start.year, item.sentence.start)
                if days is not None and _year_told_relatively(mention.spec):
                    told_years[days] = resolved.date_start.year
                if (
                    era is not None
                    and isinstance(written, CalendarSpec)
                    and written.year is None
                    and None not in (written.weekday, written.day, written.month)
                    and resolved.date_start.year != era.year
                ):
                    # "L'ancien record datait du 1er août 2020 ... le mercredi 23 août ... 35
                    # records le 20 août": a weekday placed the story back in its own year.
                    era = None
                if focus is None or not _names_a_thing(item):
                    focus, focus_end = resolved, mention.end
                    if resolved.precision == "day":
                        day_focus = resolved
                if published is None or resolved.date_start <= published:
                    told_focus = resolved
                value = resolved.value
                if resolved.end_value:
                    value = f"{resolved.value}/{resolved.end_value}"
        elif mention.timex_type == "TIME" and focus is not None and focus.precision == "day":
            value = f"{focus.value}{mention.value}"  # "à 17h" after "lundi 12 août"
        if mention.timex_type == "DATE" and item is None:
            continue
        timexes.append(Timex(mention.start, mention.end, mention.text, mention.timex_type, value))
    return timexes


# Texts and agreements named by their date ("l'accord du 18 octobre", "the decree of May 3"):
# those named by their year, and a few more.
_DOCUMENT_NOUNS = {
    "fr": lang_fr.NAMED_BY_YEAR | {"arrêté", "protocole", "circulaire"},
    "en": lang_en.NAMED_BY_YEAR | {"agreement", "decree", "protocol", "memorandum"},
}
_THAT_DAY = re.compile(r"(?i:\b(?:ce\s+jour(?:-|\s+)là|(?:on\s+)?that\s+day)\s*,\s*)$")
_OF_THE_DAY = re.compile(r"\s+(?i:du|of)\s+(?:the\s+)?")
_DAY_AFTER_A_HAPPENING = re.compile(r"\s+(?i:du|de|des|d['’]|of)(?![\w'’])")
_YEAR_HEADING = re.compile(r"(?m)^[ \t]*((?:19|20)\d\d)[ \t]*$")
# A month alone on its line, perhaps with its year ("DECEMBER 2022", "Janvier :"), heading a
# list of days.
MONTH_HEADING = {
    language: re.compile(
        rf"(?im)^[ \t]*(?P<m>{words(module.MONTHS)})(?:[ \t]+(?P<y>(?:19|20)\d\d))?[ \t]*:?[ \t]*$"
    )
    for language, module in (("fr", lang_fr), ("en", lang_en))
}


# The first month of a season or quarter that sets an era (not winter, across two years).
_OPENING_MONTH = {"spring": 3, "summer": 6, "autumn": 9, 1: 1, 2: 4, 3: 7, 4: 10}


def _small_hours_of_a_night(text: str, mention: Mention, resolved: Resolved, language: str) -> bool:
    """A night told by its two days, then an hour before dawn: "dans la nuit de samedi à
    dimanche, vers 2h30", "dans la nuit du 3 au 4 mars, à 1h"."""
    if resolved.precision != "day" or not _SMALL_HOURS_AFTER[language].match(text, mention.end):
        return False
    if mention.pattern == "night_of":
        return resolved.date_start == resolved.date_end
    return (
        resolved.date_end - resolved.date_start == datetime.timedelta(days=1)
        and _NIGHT_BEFORE[language].search(text, max(0, mention.start - 12), mention.start)
        is not None
    )


def _year_in_review(text: str, published: datetime.date | None, language: str) -> int | None:
    """The year an article looks back on, named in its first line ("Les faits divers les plus
    lus en 2017", "2021: a year in review"), told in that year or the first weeks after."""
    if published is None:
        return None
    first_line = text.lstrip().split("\n", 1)[0]
    if not YEAR_IN_REVIEW[language].search(first_line):
        return None
    for found in re.finditer(r"(?<!\d)((?:19|20)\d\d)(?![\d-])", first_line):
        year = int(found.group(1))
        if year == published.year or (year == published.year - 1 and published.month == 1):
            return year
    return None


def _month_heading_over(
    text: str, headings: list[tuple[int, int, int | None]], start: int
) -> tuple[int, int | None] | None:
    """The month and year of the heading over the list a day stands in: every line between
    them is a short item, no paragraph of prose."""
    for end, month, year in reversed(headings):
        if end <= start:
            lines = text[end:start].split("\n")
            return (month, year) if all(len(line) <= 120 for line in lines) else None
    return None


# A short line with one year and no closing stop, after the first line: a section's heading
# ("Asie en 2004 (9,1): 220 000 morts").
_SECTION_HEADING = re.compile(r"(?m)(?<=\n)[ \t]*(?=[^\n]{3,80}$)[^\n]*[^\n.!?»\"”:;,][ \t]*$")
_ANY_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d])")
_NUMERIC_DATE = re.compile(r"\d[ \t]*[/.-][ \t]*(?:19|20)\d\d")
# The next line opening on a day: "March 14-16: ...", "05/14 - ...", "14 mars : ...".
_LIST_ITEM = {
    language: re.compile(
        rf"\s*\n[ \t]*(?:\d{{1,2}}(?:er|st|nd|rd|th)?[ \t./-]|(?i:{words(module.MONTHS)})[ \t.]+\d)"
    )
    for language, module in (("fr", lang_fr), ("en", lang_en))
}


def _year_headings(text: str) -> Iterator[tuple[int, int, str]]:
    """Section headings naming one year, stamps aside ("Inscrit(e) le 04 / 03 / 2008"): where
    each ends, its year and its line."""
    for match in _SECTION_HEADING.finditer(text):
        line = match.group(0)
        years = {int(year) for year in _ANY_YEAR.findall(line)}
        if len(years) == 1 and not _NUMERIC_DATE.search(line):
            yield match.end(), years.pop(), line


def _far_section_headings(text: str, published: datetime.date) -> list[tuple[int, int]]:
    """Section headings naming one year more than a year from publication, photo captions
    aside: the yearless days and months under them are of that year (a look back at
    earthquakes, year by year)."""
    return [
        (end, year)
        for end, year, line in _year_headings(text)
        if not _CAPTION.search(line) and abs(year - published.year) > 1
    ]


def _list_headings(text: str, language: str) -> list[tuple[int, int]]:
    """Headings naming one year over a list of days ("FORMULA ONE 2025 CALENDAR" over "March
    14-16: Australian Grand Prix"): the yearless days under them are of that year."""
    return [
        (end, year)
        for end, year, _ in _year_headings(text)
        if _LIST_ITEM[language].match(text, end)
    ]


def _names_a_thing(item: _Dated) -> bool:
    """ "les signataires de l'accord du 18 octobre", "the agreement of October 18": a date
    that names a thing, which moves no story's time (the anaphora after it count from the
    date before)."""
    expression = item.expression
    if expression.start == 0 or expression.doc[expression.start - 1].lower_ not in {"du", "of"}:
        return False
    root = expression.root
    head = root.head
    if item.language == "en" and root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ != "nmod":
        return False
    return head.lower_ in _DOCUMENT_NOUNS[item.language]  # not "le drame du 14 décembre"


def _days_of(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> tuple | None:
    """The month and day (of both ends for a range) a spec writes, or None."""
    if isinstance(spec, RangeSpec):
        first, last = _days_of(spec.first), _days_of(spec.last)
        return first + last if first and last else None
    if isinstance(spec, CalendarSpec) and spec.month is not None and spec.day is not None:
        return (spec.month, spec.day)
    return None


def _year_told_relatively(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> bool:
    if isinstance(spec, RangeSpec):
        return spec.last.year_shift is not None
    return isinstance(spec, CalendarSpec) and spec.year_shift is not None


def _redate(item: _Dated, day: datetime.date, changed: dict[int, str]) -> None:
    """Move `item` to `day` (keeping its confidence), recording the new value by its start."""
    if day != item.resolved.date_start:
        item.resolved = replace(day_period(day), confidence=item.resolved.confidence)
        changed[item.mention.start] = item.resolved.value


def _with_values(timexes: list[Timex], changed: dict[int, str]) -> list[Timex]:
    """The TIMEX3s with the values re-resolved after the first pass, by start offset."""
    return [
        replace(timex, value=changed[timex.start]) if timex.start in changed else timex
        for timex in timexes
    ]


def _enumerations_share_a_year(dated: list[_Dated], timexes: list[Timex]) -> list[Timex]:
    """ "les 10, 16 et 17 avril": every day of an enumeration has the year of the day that
    closes it (the first full day after it, in the same month)."""
    changed: dict[int, str] = {}
    for index, item in enumerate(dated):
        if (
            item.mention.pattern == "second_day"
            and item.resolved is not None
            and index > 0
            and dated[index - 1].resolved is not None
            and dated[index - 1].resolved.precision == "day"
            and dated[index - 1].resolved.date_start.month == item.resolved.date_start.month
        ):
            # "set for Dec. 13th and 19th": the second day has the year of the first
            year = dated[index - 1].resolved.date_start.year
            if item.resolved.date_start.year != year:
                _redate(item, item.resolved.date_start.replace(year=year), changed)
            continue
        if item.mention.pattern != "enumerated_day" or item.resolved is None:
            continue
        closing = next(
            (
                later
                for later in dated[index + 1 :]
                if later.mention.pattern != "enumerated_day"
                and later.resolved is not None
                and later.resolved.precision == "day"
            ),
            None,
        )
        if closing is None or closing.resolved.date_start.month != item.resolved.date_start.month:
            continue
        year = closing.resolved.date_start.year
        if item.resolved.date_start.year != year:
            day = item.resolved.date_start.replace(year=year)
            _redate(item, day, changed)
    return _with_values(timexes, changed)


_LIST_JOINT = re.compile(r"\s*,\s*|\s+(?:and|or|et|ou)\s+")


def _listed_months_share_a_year(
    text: str, dated: list[_Dated], timexes: list[Timex]
) -> list[Timex]:
    """ "in May and October", "en mars, juin et septembre 2017": a list of months has one
    year, the one written at its end or else the first month's; a month earlier than the one
    before it runs into the next year ("en novembre et janvier")."""
    changed: dict[int, str] = {}
    index = 0
    while index < len(dated):
        chain = [dated[index]]
        if not isinstance(chain[0].mention.spec, CalendarSpec):
            index += 1  # "une fois cette année, en avril 2023": no list of months
            continue
        while index + len(chain) < len(dated):
            following = dated[index + len(chain)]
            joint = text[chain[-1].mention.end : following.mention.start]
            if following.resolved is None or not _LIST_JOINT.fullmatch(joint):
                break
            spec = following.mention.spec
            if not (isinstance(spec, CalendarSpec) and spec.month and spec.day is None):
                break
            chain.append(following)
            if following.mention.pattern != "listed_month":
                break  # the list closes on a month the patterns read whole
        index += len(chain)
        # "en juillet et octobre 2023": months before one whose year is written.
        closed_by_a_year = (
            len(chain) > 1
            and chain[-1].mention.spec.year is not None
            and all(d.mention.spec.year is None for d in chain[:-1])
        )
        if len(chain) < 2 or not (
            closed_by_a_year or any(d.mention.pattern == "listed_month" for d in chain)
        ):
            continue
        if any(d.resolved is None or d.resolved.precision != "month" for d in chain):
            continue
        # Each month before the one it follows starts a new year.
        months = [d.mention.spec.month for d in chain]
        wraps = [0]
        for previous, month in zip(months, months[1:], strict=False):
            wraps.append(wraps[-1] + (month < previous))
        closing = chain[-1]
        if closing.mention.spec.year is not None:
            base = closing.resolved.date_start.year - wraps[-1]
        else:
            base = chain[0].resolved.date_start.year
        years = [base + wrap for wrap in wraps]
        for item, item_year in zip(chain, years, strict=True):
            if item.resolved.date_start.year != item_year:
                period = month_period(item_year, item.mention.spec.month)
                item.resolved = replace(period, confidence=item.resolved.confidence)
                changed[item.mention.start] = item.resolved.value
    return _with_values(timexes, changed)


def _yearless_day(item: _Dated) -> bool:
    spec = item.mention.spec
    return (
        isinstance(spec, CalendarSpec)
        and spec.year is None
        and spec.year_shift is None
        and spec.month is not None
        and spec.day is not None
        and item.resolved is not None
        and item.resolved.precision == "day"
    )


# Months a list of days steps back by when it runs into the next year (December to January
# is eleven; October to March, seven).
_YEAR_TURNS = 6


def _listed_days_keep_their_order(
    text: str, dated: list[_Dated], timexes: list[Timex]
) -> list[Timex]:
    """A list of three or more yearless days in one sentence, each closing an item ("April 28
    at the Silver Legacy Casino in Reno; April 29 at ...; May 31 at ..."), runs forward from
    its first day: a day before the one it follows is of the next year. Each alone would take
    its year from the tense, which splits the list. So does a list of days each opening its
    line ("06/29 - Vida Festival" / "09/30 - Alexandra Palace")."""
    changed: dict[int, str] = {}
    index = 0
    while index < len(dated):
        chain = [dated[index]]
        while _yearless_day(chain[0]) and index + len(chain) < len(dated):
            following = dated[index + len(chain)]
            between = text[chain[-1].mention.end : following.mention.start]
            lines = _opens_a_line(chain[-1], text) and _opens_a_line(following, text)
            if not _yearless_day(following) or not (
                lines
                or following.sentence.start == chain[0].sentence.start
                # the mark of a list closing what lies between, not "Nice et Monaco se jouera
                # les" (another clause, with dates of its own); a name may come between, the
                # day in brackets after it: "Lou (28/05), Sofiane Pamart (30/06)"
                and re.search(
                    r"(?:[;,]|\band\b|\bet\b)\s*(?:[^\s;,]+\s+){0,2}(?:[^\s;,()]+\s+\()?$", between
                )
            ):
                break
            chain.append(following)
        index += len(chain)
        if len(chain) < 3:
            continue
        year = chain[0].resolved.date_start.year
        previous = chain[0].mention.spec
        for item in chain[1:]:
            spec = item.mention.spec
            # (a step back of a few months starts another list of the same days, "July 13:
            # Sociology" then "July 3: Physics": no year turned)
            year += (spec.month, spec.day) < (previous.month, previous.day) and (
                previous.month - spec.month >= _YEAR_TURNS
            )
            previous = spec
            if item.resolved.date_start.year != year:
                try:
                    day = item.resolved.date_start.replace(year=year)
                except ValueError:
                    continue  # 29 February
                _redate(item, day, changed)
    for previous, item in itertools.pairwise(dated):
        if (
            _yearless_day(previous)
            and _yearless_day(item)
            and item.sentence.start == previous.sentence.start
            and previous.tense == FUTURE
            and item.tense != FUTURE
            and (item.mention.spec.month, item.mention.spec.day)
            > (previous.mention.spec.month, previous.mention.spec.day)
            and item.resolved.date_start.year < previous.resolved.date_start.year
            and (item.mention.spec.month, item.mention.spec.day) != (2, 29)
        ):
            # "will be kicking off ... on May 14th, followed by ... June 3rd and a concert ...
            # on June 15th": a later day of a sentence told ahead is not of a year before.
            _redate(
                item,
                item.resolved.date_start.replace(year=previous.resolved.date_start.year),
                changed,
            )
    return _with_values(timexes, changed)


def _opens_a_line(item: _Dated, text: str) -> bool:
    start = item.mention.start
    return not text[line_bounds(text, start)[0] : start].strip()


def _weekdays_the_article_dates(
    text: str, dated: list[_Dated], timexes: list[Timex], published: datetime.date | None
) -> list[Timex]:
    """A bare weekday with no tense to place it is the day of that weekday the article dates
    otherwise within the week around publication.

    A headline's ("François Hollande en visite à Yaoundé vendredi") is the day the body dates
    in full ("effectuera une visite ... le 3 juillet 2015"): a headline restates the body. In
    the body, it is the day of the same weekday named again, by a tense or with its date:
    "agreed to begin on Monday" is the Monday of "The recount will continue on Monday"."""
    if published is None:
        return timexes
    headline_end = text.find("\n")
    if headline_end < 0 or text[:headline_end].rstrip().endswith((".", "!", "?", "…")):
        headline_end = 0

    near = [  # days of the calendar within the week around publication
        item
        for item in dated
        if item.resolved is not None
        and item.resolved.precision == "day"
        and abs((item.resolved.date_start - published).days) <= 6
        and isinstance(item.mention.spec, CalendarSpec)
    ]
    days = {item.resolved.date_start for item in near if item.mention.spec.day is not None}
    # In the body, the same weekday named again: told by a tense, or with its date ("jeudi 2
    # février"); not any day that falls on it ("le 27 décembre").
    told = {
        item.resolved.date_start
        for item in near
        if item.mention.spec.weekday is not None
        and (item.mention.spec.day is not None or (_bare_weekday(item) and item.tense != UNKNOWN))
    }
    # Days the article dates with their weekday ("mercredi 27 mars").
    explicit = {
        item.resolved.date_start
        for item in near
        if item.mention.spec.weekday is not None and item.mention.spec.day is not None
    }
    changed: dict[int, str] = {}
    for item in dated:
        spec = item.mention.spec
        if _weekday_told_in_the_present(item) and item.mention.start >= headline_end:
            # "se présente au tribunal ce mercredi" after "les audiences de mercredi 27
            # mars": a present tells the story of the day dated, not the next one.
            dates = explicit
        elif not _bare_weekday(item) or item.tense != UNKNOWN:
            continue
        else:
            dates = days if item.mention.start < headline_end else told
        same = [day for day in dates if day.weekday() == spec.weekday]
        if len(same) == 1 and same[0] != item.resolved.date_start:
            _redate(item, same[0], changed)
    return _with_values(timexes, changed)


def _weekday_without_a_day(item: _Dated) -> bool:
    """ "mercredi", "ce mercredi", "on Wednesday": a weekday with no day of the month and no
    "dernier"/"prochain", resolved to a day."""
    spec = item.mention.spec
    return (
        item.resolved is not None
        and isinstance(spec, CalendarSpec)
        and spec.weekday is not None
        and spec.day is None
        and spec.week_shift is None
        and spec.direction == 0
        and item.resolved.precision == "day"
    )


def _weekday_told_in_the_present(item: _Dated) -> bool:
    """ "ce mercredi", "mercredi" told in the present, which a reader places by the days the
    article dates."""
    return _weekday_without_a_day(item) and (
        item.tense == PRESENT or (item.mention.spec.is_this and item.tense == UNKNOWN)
    )


def _bare_weekday(item: _Dated) -> bool:
    return _weekday_without_a_day(item) and not item.mention.spec.is_this


def _running_weekdays(
    dated: list[_Dated], timexes: list[Timex], published: datetime.date | None
) -> list[Timex]:
    """Weekdays of one sentence that follow one another ("a warm day on Friday lighting the
    coals for high 30s on Saturday and a scorcher on Sunday") are days in a row: where their
    tenses scatter them over two weeks, the one told ahead places the others."""
    changed: dict[int, str] = {}
    by_sentence: dict[int, list[_Dated]] = {}
    for item in dated:
        # The day of a saying is no day of the story it reports ('"Between now and Sunday
        # ...," he said on Monday').
        if _bare_weekday(item) and not _dates_a_saying(item):
            by_sentence.setdefault(item.sentence.start, []).append(item)
    for items in by_sentence.values():
        run: list[_Dated] = []
        for item in [*items, None]:
            follows = (
                item is not None
                and run
                and item.mention.spec.weekday == (run[-1].mention.spec.weekday + 1) % 7
            )
            if follows:
                run.append(item)
                continue
            changed.update(_in_a_row(run, published))
            run = [item] if item is not None else []
    return _with_values(timexes, changed)


def _weekdays_from_the_day_in_focus(
    text: str, dated: list[_Dated], timexes: list[Timex], language: str
) -> list[Timex]:
    """ "Kevin hit on March 4 ... Judy battered Port Vila the previous Wednesday": a weekday
    counted from the last day told before it, not from publication."""
    changed: dict[int, str] = {}
    focus: datetime.date | None = None
    focus_sentence: int | None = None
    focus_closes = False  # whether the day in focus closes a span itself
    for item in dated:
        if item.resolved is None:
            continue
        mention = item.mention
        way = _FROM_THE_FOCUS_BEFORE[language].search(
            text, max(0, mention.start - 20), mention.start
        ) or _FROM_THE_FOCUS_AFTER[language].match(text, mention.end)
        spec = mention.spec
        weekday = (
            isinstance(spec, CalendarSpec)
            and spec.weekday is not None
            and spec.day is None
            and not spec.is_this
            and spec.direction == 0
            and item.resolved.precision == "day"
        )
        # days from the day in focus to the next such weekday
        shift = ((spec.weekday - focus.weekday()) % 7 or 7) if weekday and focus else 0
        if way is not None and focus is not None and weekday:
            if way.group("way") in {"previous", "preceding", "précédent"}:
                shift -= 7
            _redate(item, focus + datetime.timedelta(days=shift), changed)
        elif (
            weekday
            and focus is not None
            and focus_sentence == item.sentence.start
            and item.resolved.date_start < focus
            and _UNTIL_BEFORE[language].search(text, max(0, mention.start - 30), mention.start)
        ):
            _redate(item, focus + datetime.timedelta(days=shift), changed)
        elif (
            _day_without_year(spec)
            and focus is not None
            and focus_sentence == item.sentence.start
            and item.resolved.precision == "day"
            and item.resolved.date_start < focus
            and _ENDING_BEFORE[language].search(text, max(0, mention.start - 30), mention.start)
            # (not after a day that closes a span too: "jusqu'au 12 avril ... et une recherche
            # d'acquéreur jusqu'au 30 mars")
            and not focus_closes
        ):
            # "The season will commence on March 16 in Melbourne and end on December 7" told
            # in April: the closing day comes after the opening one.
            day = item.resolved.date_start
            if _weekday_of(day.year + 1, day.month, day.day) is not None:  # not 29 February
                _redate(item, day.replace(year=day.year + 1), changed)
        if item.resolved.precision == "day":
            focus = item.resolved.date_start
            focus_sentence = item.sentence.start
            focus_closes = bool(
                _ENDING_BEFORE[language].search(text, max(0, mention.start - 30), mention.start)
            )
    return _with_values(timexes, changed)


# From "la veille" or "le lendemain" to the day of the happening it names, in one phrase.
_OF_A_HAPPENING = re.compile(r"\s*(?:de|d['’]|du|des|of)\b[^,;.()«»\"“”]{0,100}$")


# A day something happened on, not a bound or a target: "died on January 5th", "est mort le
# 5 janvier".
_ON_A_DAY = re.compile(r"(?i:on|le)\s")


def _happened_on(item: _Dated) -> bool:
    """ "who died on January 5th", "qui est mort le 5 janvier": the day hangs on a finite verb
    told in the past, not on a noun ("ahead of the meeting on July 24") or a participle
    ("passengers booked on Dec. 19")."""
    if _ON_A_DAY.match(item.mention.text) is None:
        return False
    root = item.expression.root
    verb = root.head.head if root.head.dep_ == "prep" else root.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    low, high = sorted((verb.i, item.expression.start))
    if any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")
        for t in verb.doc[low + 1 : high]
    ):
        return False  # "qui a gagné le titre en 2019, reçoit Lyon le 3 novembre": a misparse
    if item.language == "en":
        return verb.tag_ == "VBD" or any(
            child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" for child in verb.children
        )
    if "Fin" in verb.morph.get("VerbForm"):
        return "Past" in verb.morph.get("Tense")  # a passé simple: "mourut le 5 janvier"
    # A passé composé: "est mort le 5 janvier", "a été tué le 3 mars".
    return "Part" in verb.morph.get("VerbForm") and any(
        child.dep_.startswith("aux") and "Fin" in child.morph.get("VerbForm")
        for child in verb.children
    )


def _eve_of_a_dated_happening(text: str, dated: list[_Dated], timexes: list[Timex]) -> list[Timex]:
    """ "à la veille d'une rencontre ... prévue le mardi 7 janvier", "the day after the
    summit on March 3": a day counted from the happening the phrase dates, not from the date
    in focus before it."""
    changed: dict[int, str] = {}
    for index, item in enumerate(dated):
        spec = item.mention.spec
        if not (
            isinstance(spec, RelativeSpec)
            and spec.anchor == "focus"
            and spec.unit == "day"
            and abs(spec.offset) == 1
            and item.resolved is not None
        ):
            continue
        following = next((d for d in dated[index + 1 :] if d.resolved is not None), None)
        if (
            following is None
            or following.sentence.start != item.sentence.start
            or following.resolved.precision != "day"
            or not _OF_A_HAPPENING.match(text[item.mention.end : following.mention.start])
        ):
            continue
        day = following.resolved.date_start + datetime.timedelta(days=spec.offset)
        _redate(item, day, changed)
    return _with_values(timexes, changed)


# How far after a season of months with its year ("between July and August 2025") its yearless
# days may be listed ("Cardiff - 4th/5th July", "Dublin - 16th/17th August").
_SEASON_REACH = 800


def _days_within_a_dated_season(
    text: str, dated: list[_Dated], timexes: list[Timex]
) -> list[Timex]:
    """ "The group will play ... between July and August 2025." then "Cardiff - 4th/5th July":
    a yearless day after a span of months whose year is written, and inside it, is of that
    span, whatever the tense alone would pick; until another year is written."""
    changed: dict[int, str] = {}
    for index, season in enumerate(dated):
        spec = season.mention.spec
        if (
            not isinstance(spec, RangeSpec)
            or season.resolved is None
            or season.resolved.precision != "month"
            or spec.last.year is None
        ):
            continue
        for item in dated[index + 1 :]:
            if item.mention.start - season.mention.end > _SEASON_REACH:
                break
            points = _calendar_points(item.mention.spec)
            if not points or item.resolved is None:
                continue
            if any(point.year is not None or point.year_shift is not None for point in points):
                break  # another year written: the season is told
            if item.resolved.precision != "day" or points[0].day is None:
                continue
            moved = _in_span(item.resolved, season.resolved)
            if moved is not None and moved != item.resolved:
                item.resolved = moved
                changed[item.mention.start] = moved.value
    return _with_values(timexes, changed)


def _calendar_points(spec: object) -> list[CalendarSpec]:
    """The calendar points of a spec: itself, the two ends of a range, or none."""
    if isinstance(spec, CalendarSpec):
        return [spec]
    if isinstance(spec, RangeSpec):
        return [spec.first, spec.last]
    return []


def _in_span(resolved: Resolved, span: Resolved) -> Resolved | None:
    """`resolved` moved by whole years into `span`, or None when no year puts it there."""
    for year in range(span.date_start.year, span.date_end.year + 1):
        shift = year - resolved.date_start.year
        try:
            start = resolved.date_start.replace(year=year)
            end = resolved.date_end.replace(year=resolved.date_end.year + shift)
        except ValueError:
            return None  # 29 February
        if span.date_start <= start and end <= span.date_end:
            return replace(
                resolved,
                date_start=start,
                date_end=end,
                value=start.isoformat(),
                end_value=end.isoformat() if resolved.end_value else None,
            )
    return None


def _days_of_happenings_ahead(
    text: str, dated: list[_Dated], timexes: list[Timex], published: datetime.date | None
) -> list[Timex]:
    """ "slapped sanctions on Friday ... ahead of Human Rights Day on Sunday": the weekday of a
    happening the clause comes before is the first such day after the clause's own day, which
    is the day of publication when the sentence dates nothing before ("Treasury yields fell
    ahead of the Federal Reserve's forecast on Wednesday")."""
    changed: dict[int, str] = {}
    for index, item in enumerate(dated):
        if not _bare_weekday(item):
            continue
        own = dated[index - 1] if index > 0 else None
        if own is not None and own.sentence.start == item.sentence.start:
            if own.resolved is None or own.resolved.precision != "day":
                continue
            start, day = max(own.mention.end, item.sentence.start_char), own.resolved.date_start
        elif published is not None and item.tense == PAST:
            start, day = item.sentence.start_char, published
        else:
            continue
        if not AHEAD_OF_HAPPENING[item.language].search(text, start, item.mention.start):
            continue
        gap = (item.mention.spec.weekday - day.weekday()) % 7 or 7
        _redate(item, day + datetime.timedelta(days=gap), changed)
    return _with_values(timexes, changed)


def _days_of_the_weekend(dated: list[_Dated], timexes: list[Timex]) -> list[Timex]:
    """ "attendues ce week-end, ... 7 TGV sur 10 samedi et 2 TGV sur 3 dimanche", "over the
    weekend, with 30 mm on Saturday": a bare Saturday or Sunday in the sentence of a weekend
    is one of its days, whatever tense the other verbs tell."""
    changed: dict[int, str] = {}
    for weekend in dated:
        spec = weekend.mention.spec
        if not (isinstance(spec, RelativeSpec) and spec.weekend) or weekend.resolved is None:
            continue
        monday = week_period(weekend.resolved.date_start).date_start
        for item in dated:
            if (
                item.sentence.start != weekend.sentence.start
                or not _bare_weekday(item)
                or item.mention.spec.weekday < 5
            ):
                continue
            day = monday + datetime.timedelta(days=item.mention.spec.weekday)
            _redate(item, day, changed)
    return _with_values(timexes, changed)


def _in_a_row(run: list[_Dated], published: datetime.date | None) -> dict[int, str]:
    """Place the days of a run after the first of them told ahead (a future or a present)."""
    if len(run) < 2:
        return {}
    starts = [item.resolved.date_start for item in run]
    if all((b - a).days == 1 for a, b in zip(starts, starts[1:], strict=False)):
        return {}
    anchor = next((i for i, item in enumerate(run) if item.tense in (FUTURE, PRESENT)), None)
    if anchor is None and run[0].tense == UNKNOWN and published is not None:
        # "on Friday ... on Saturday and ... on Sunday" with no tense, told on Thursday: the
        # first two lie just ahead, and so the third.
        anchor = next((i for i, d in enumerate(starts) if d > published), None)
    if anchor is None:
        return {}
    changed = {}
    for index, item in enumerate(run):
        day = starts[anchor] + datetime.timedelta(days=index - anchor)
        _redate(item, day, changed)
    return changed


def _events(
    text: str,
    doc: Doc,
    dated: list[_Dated],
    people: People,
    language: str,
    published: datetime.date | None,
) -> list[FoundEvent]:
    """One event per (sentence, expression), with the people each is about."""
    kept: list[_Dated] = []
    seen: set[tuple[int, str, str]] = set()
    for item in dated:
        if item.resolved is None:
            continue
        identity = (item.sentence.start, item.mention.text.casefold(), item.resolved.value)
        if identity in seen:  # the same expression twice in a sentence is one event (not "February
            # 6 and 20 and March 6 and 20": two days 20)
            continue
        seen.add(identity)
        if kept and _same_date_told_twice(kept[-1], item, text):
            continue  # "l'an dernier, en 2021": one date told twice
        if any(_same_day_again(earlier, item) for earlier in kept):
            continue  # "during the day on Friday ... on Friday evening": one day of the story
        if _hours_later_the_same_day(item, kept):
            continue  # "La réunion dimanche débute à 10H00 et une conférence une heure plus tard"
        kept.append(item)
    kept = [item for item in kept if not _absorbed(item, kept)]

    events = []
    by_sentence: dict[int, list[_Dated]] = {}
    for item in kept:
        by_sentence.setdefault(item.sentence.start, []).append(item)
    for items in by_sentence.values():
        sentence = items[0].sentence
        start, end = _trimmed(text, sentence.start_char, sentence.end_char)
        persons = _persons_by_event(text, sentence, items, people, language, published)
        for item in items:
            names = persons[id(item)]
            if not names:
                names = quote_speakers(people, text, item.mention.start, language)
            if not names:
                names = _topic_people(text, doc, sentence, people)
            if not names and _heads_a_paragraph(text, start, end, item.mention):
                names = _unique(
                    [m for m in people.between(end, _paragraph_end(text, end)) if m.kind == "name"]
                )
            if not names and _is_headline(text, start, end):
                names = _lead_people(doc, end, people)
            resolved = item.resolved
            events.append(
                FoundEvent(
                    sentence=text[start:end],
                    start=start,
                    end=end,
                    expression=item.mention.text,
                    expression_start=item.mention.start,
                    expression_end=item.mention.end,
                    date_start=resolved.date_start,
                    date_end=resolved.date_end,
                    precision=resolved.precision,
                    value=resolved.value,
                    end_value=resolved.end_value,
                    persons=tuple(names),
                    confidence=item.confidence,
                )
            )
    events.sort(key=lambda event: (event.expression_start, event.start))
    return events


def _is_headline(text: str, start: int, end: int) -> bool:
    """The article's first line, told without a full stop: its headline."""
    line_end = text.find("\n")
    return (
        start == len(text) - len(text.lstrip())
        and line_end > 0
        and end <= line_end
        and not text[:line_end].rstrip().endswith((".", "!", "?", "…"))
    )


def _lead_people(doc: Doc, headline_end: int, people: People) -> list[str]:
    """The people named in the first sentence after a headline, which tells its story:
    "Budget : les partenaires se revoient lundi" / "Le Premier ministre Alexander De Croo et
    les ministres se sont quittés dimanche soir sans accord"."""
    lead = next((s for s in doc.sents if s.start_char > headline_end and s.text.strip()), None)
    if lead is None:
        return []
    return _unique([m for m in people.between(lead.start_char, lead.end_char) if m.kind == "name"])


def _heads_a_paragraph(text: str, start: int, end: int, mention: Mention) -> bool:
    """A line holding only a date ("Mardi 14 janvier 2025 :") heads the paragraph under it, as
    in diaries and live pages: its people are that paragraph's."""
    line = text[start:end].strip(" :.-–—\t")
    return line == mention.text and text[end : end + 2].lstrip(" :\t")[:1] == "\n"


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph on the line after `start`."""
    first = text.find("\n", start)
    if first < 0:
        return len(text)
    following = text.find("\n", first + 1)
    return len(text) if following < 0 else following


_HOURS = re.compile(r"(?i:heures?|minutes?|instants?|moments?|hours?|mins?)\b")
_CLOCK = re.compile(r"(?i)\b\d{1,2}\s?(?:[h:.]\s?\d\d|h\b|heures?\b|a\.?m\b|p\.?m\b)")
_PART_OF_DAY = re.compile(r"(?i:soirée|matinée|après-midi|evening|morning|afternoon)\b")


def _hours_later_the_same_day(item: _Dated, kept: list[_Dated]) -> bool:
    """Hours or minutes from a time of a day its sentence already dates tell a time, not
    another day; so does a part of that day ("samedi même dans la soirée")."""
    spec = item.mention.spec
    # Counted from a clock time ("débute à 10H00 et une conférence est prévue une heure plus
    # tard"): another time. From a day alone ("limogé mercredi, décision confirmée quelques
    # instants plus tard"), the offset dates its own clause: an event.
    sentence = item.sentence
    sentence_text = doc_text(sentence.doc)[
        sentence.start_char : min(item.mention.start, sentence.end_char)
    ]
    same_day = (
        item.mention.pattern == "anaphoric_offset"
        and _HOURS.search(item.mention.text)
        and _CLOCK.search(sentence_text)
    ) or (
        isinstance(spec, RelativeSpec)
        and spec.anchor == "focus"
        and spec.unit == "day"
        and spec.offset == 0
        and _PART_OF_DAY.search(item.mention.text)
    )
    return bool(
        same_day
        and any(
            other.sentence.start == item.sentence.start
            and other.resolved.value == item.resolved.value
            for other in kept
        )
    )


def _same_date_told_twice(previous: _Dated, item: _Dated, text: str) -> bool:
    """A date set right after another of the same value restates it ("l'an dernier, en 2021",
    "yesterday, Oct. 4", "until 21:00 tonight" after today's date)."""
    return (
        _same_date_in_sentence(previous, item)
        and _APPOSED_DATE.fullmatch(text[previous.mention.end : item.mention.start]) is not None
    )


def _same_date_in_sentence(earlier: _Dated, item: _Dated) -> bool:
    """Two dates of one sentence resolved to the same value at the same precision."""
    return (
        earlier.sentence.start == item.sentence.start
        and earlier.resolved is not None
        and item.resolved is not None
        and earlier.resolved.value == item.resolved.value
        and earlier.resolved.precision == item.resolved.precision
    )


def _same_day_again(earlier: _Dated, item: _Dated) -> bool:
    """A day a sentence already dated, named again by the same weekday or day of the month:
    one event. ("accepted her resignation the next day, and was named yesterday" tells two.)"""
    first, second = earlier.mention.spec, item.mention.spec
    if not (isinstance(first, CalendarSpec) and isinstance(second, CalendarSpec)):
        return False
    if "night_of" in (earlier.mention.pattern, item.mention.pattern):
        return False  # "ce mercredi 2 février ... dans la nuit de mercredi à jeudi": the night
    same_name = (first.weekday is not None and first.weekday == second.weekday) or (
        first.day is not None and (first.day, first.month) == (second.day, second.month)
    )
    return (
        same_name
        and _same_date_in_sentence(earlier, item)
        and item.resolved.precision == "day"
        and earlier.resolved.end_value == item.resolved.end_value
    )


# After a weekday, a festival's bill: "the Sunday night headliner", "the Sunday afternoon
# 'legend' slot" (any edition's, no day).
_SLOT = re.compile(
    r"(?i:\s+(?:['‘’\"“]?legends?['’\"”]?\s+)?(?:headliners?|headline\s+slot|slot)\b)"
)


# Between a date and its restatement: a comma or a bracket, or a bound on the same day ("from
# 12:00 on Tuesday, 31 January until 21:00 tonight").
_APPOSED_DATE = re.compile(
    r"\s*[,(\[]?\s*|\s+(?i:until|till|to|jusqu['’](?:à|au))\s+"
    r"(?:\d{1,2}(?:[:.hH]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.|h)?\s+)?"
)


def _absorbed(item: _Dated, items: list[_Dated]) -> bool:
    """ "cette année" beside "le 9 août" in one sentence adds nothing: the finer date holds it.

    Only the current year is absorbed: it scopes a count ("1,2 milliard de vues cette année"),
    while "this week" beside "on Friday" is an event of its own (gold seed-000, own-en-08).
    """
    spec = item.mention.spec
    if not isinstance(spec, RelativeSpec) or spec.anchor != "publication" or spec.offset != 0:
        return False
    if spec.unit != "year":
        return False
    outer = item.resolved
    return any(
        other is not item
        and other.sentence.start == item.sentence.start
        and other.resolved.date_start >= outer.date_start
        and other.resolved.date_end <= outer.date_end
        and (other.resolved.date_end - other.resolved.date_start)
        < (outer.date_end - outer.date_start)
        and not _dates_the_report_of(other, item)
        for other in items
    )


def _dates_a_saying(item: _Dated) -> bool:
    """ "he said on Monday": the day hangs on a reporting verb."""
    return _clause(item.expression.root, item.language).lower_ in REPORTING_VERBS[item.language]


def _dates_the_report_of(other: _Dated, item: _Dated) -> bool:
    """ "missions including a GSLV launch this year, Chairman S Somanath said on Sunday": the
    day dates the saying, and the year the plan reported, in another clause."""
    return _dates_a_saying(other) and _clause(item.expression.root, item.language) != _clause(
        other.expression.root, other.language
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while (
        end > start
        and end < len(text)
        and text[end] in '”"»’)]'
        and not text[end + 1 : end + 2].isalnum()
    ):
        # 'He said “the process will begin on June 12.”': the quote the stop closes (not
        # 'Guillaume Pepy."Il y aura', a quote glued to the stop that opens the next sentence)
        end += 1
    return start, end


def _unique(mentions: list[PersonMention]) -> list[str]:
    names: list[str] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.canonical not in names:
            names.append(mention.canonical)
    return names


def _persons_by_event(
    text: str,
    sentence: Span,
    items: list[_Dated],
    people: People,
    language: str,
    published: datetime.date | None,
) -> dict[int, list[str]]:
    """The people of each event of one sentence.

    One event takes everyone the sentence names, but for a speaker who only reports it
    (persons.reported_speakers) and a name inside a relative clause on a thing ("L'an dernier,
    le même exercice s'était conclu par un recours au 49.3, une option que Mme Vasseur refuse
    d'écarter"). With several events, each mention goes to the event of its own clause
    ("Hartley accepted her resignation the next day, and Tom Ashby was named as her successor
    yesterday"), else to the nearest expression; a clause without a subject shares the one of
    the clause it is coordinated with ("Anna Keller travels to Jakarta this week and will meet
    Arif Setiawan on Friday"), and the main clause's subject also goes to the events of the
    main clause and to events left with nobody ("Banni ... en janvier 2021, le compte du
    candidat a été rétabli par Elon Musk en novembre dernier": Trump for both, Musk for
    November).
    """
    mentions = people.between(sentence.start_char, sentence.end_char)
    clauses = {m.start: _clause(_token(sentence, m), language) for m in mentions}
    kept: dict[int, list[PersonMention]] = {}
    holders_of: dict[int, list[PersonMention]] = {}
    for item in items:
        # A speaker comments on what lies before the article; the tense can mislead
        # ("serait tiré l'an prochain" reads as a past participle).
        is_past = (
            item.resolved.date_end < published if published is not None else item.tense == PAST
        )
        dropped = reported_speakers(people, item.expression, text, language, is_past=is_past)
        dropped |= reported_only(people, item.expression)
        thing_clause = _date_in_clause_on_thing(item, people, language)
        # "la chanteuse Clara Nimier, dont le troisième album, "Sept lunes", sort le 1er
        # juillet": hers, whatever event of the sentence she is nearest to.
        holders_of[id(item)] = _relative_on_person(mentions, text, item.mention.start, language)
        kept[id(item)] = [
            m
            for m in mentions
            if m.start not in dropped
            and not _in_clause_on_thing(clauses[m.start], item, people)
            and (thing_clause is None or thing_clause[0] <= m.start < thing_clause[1])
        ]
    holders = {
        id(item): apposed_holder(people, text, item.mention.start, language)
        or _bracket_holder(mentions, text, item.mention)
        for item in items
    }
    if len(items) == 1:
        if holders[id(items[0])]:
            return {id(items[0]): [holders[id(items[0])]]}
        return {id(items[0]): _unique(kept[id(items[0])])}
    item_clauses = {id(item): _clause(item.expression.root, language) for item in items}
    named = {m.canonical for m in mentions if m.kind != "pronoun"}
    assigned: dict[int, list[PersonMention]] = {id(item): [] for item in items}
    for mention in mentions:
        if mention.kind == "pronoun" and mention.canonical in named:
            continue  # placed with the name it stands for
        clause = clauses[mention.start]
        same = [item for item in items if item_clauses[id(item)] == clause]
        # Else an event in a clause under the mention's own: "after Mollie Tibbetts disappeared
        # while jogging ... on July 18, 2018".
        under = [
            item
            for item in items
            if clause.i != sentence.root.i and clause in item_clauses[id(item)].ancestors
        ]
        nearest = min(same or under or items, key=lambda item: _gap(mention, item.mention))
        assigned[id(nearest)].append(mention)
    root = sentence.root
    subject = _subject_mentions(root, mentions)
    result = {}
    for item in items:
        own = assigned[id(item)] + _shared_subject(item_clauses[id(item)], mentions)
        if not own:
            # Its clause's subject, placed with another event of the clause: "Aya Nakamura a
            # annoncé, ce jeudi 30 octobre, un troisième Stade de France pour le dimanche 31
            # mai 2026".
            own = _subject_mentions(item_clauses[id(item)], mentions)
        # Only a date hanging right on the main verb shares its subject ("a été rétabli par
        # Elon Musk en novembre dernier"); one inside a noun phrase keeps its own people.
        in_main_clause = item.expression.root.head.i == root.i
        if in_main_clause or not own:
            own = own + subject
        allowed = {m.start for m in kept[id(item)]}
        result[id(item)] = _unique([m for m in own if m.start in allowed] + holders_of[id(item)])
        if holders[id(item)]:
            result[id(item)] = [holders[id(item)]]
    for previous, item in itertools.pairwise(items):
        if not assigned[id(item)] and _COORDINATED.fullmatch(
            text, previous.mention.end, item.mention.start
        ):
            # "Jean-Marie Musy en 1925 et 1930": a date coordinated with the one before, with
            # no one of its own, is of the same people.
            result[id(item)] = result[id(previous)]
    return result


def _bracket_holder(mentions: list[PersonMention], text: str, mention: Mention) -> str | None:
    """ "Seve Ballesteros (1980, 1983)": years in brackets right after a name are that
    person's."""
    if mention.pattern != "bracketed_year":
        return None
    opening = text.rfind("(", 0, mention.start)
    before = [m for m in mentions if m.end <= opening and not text[m.end : opening].strip()]
    return before[-1].canonical if before else None


def _relative_on_person(
    mentions: list[PersonMention], text: str, position: int, language: str
) -> list[PersonMention]:
    """The person a relative clause holding the date is set on ("Clara Nimier, dont le
    troisième album sort le 1er juillet", "Tom Ashby, whose trial opens on May 3"), read on
    the surface: the parser often breaks such clauses."""
    earlier = [m for m in mentions if m.kind == "name" and m.end <= position]
    if not earlier:
        return []
    between = _APPOSED_TITLE.sub(" ", text[earlier[-1].end : position])
    return [earlier[-1]] if RELATIVE_ON_PERSON[language].match(between) else []


# A quoted title set off by commas inside a clause ("dont le troisième album, "Sept lunes",
# sort"): no clause break.
_APPOSED_TITLE = re.compile(r",\s*(?:\"[^\"]*\"|«[^»]*»|“[^”]*”)\s*,")


def _token(sentence: Span, mention: PersonMention) -> Token:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else sentence.root


def _clause(token: Token, language: str) -> Token:
    """The verb whose clause holds `token` (the sentence's root when none is found)."""
    return governing_verb(token, language) or token.sent.root


def _in_clause_on_thing(clause: Token, item: _Dated, people: People) -> bool:
    """A name in a relative clause on a thing, away from the date ("une option que Mme
    Vasseur refuse d'écarter" beside "L'an dernier, ... s'était conclu")."""
    if clause.dep_ not in {"relcl", "acl:relcl"} or clause.head.pos_ != "NOUN":
        return False
    if "Inf" in clause.morph.get("VerbForm"):
        return False  # "Searches to locate her took place over the weekend": about her
    head = clause.head
    if any(m.start <= head.idx < m.end for m in people.mentions):
        return False  # "Mme Paredes, qui ..." is about her
    if any(token.lower_ in _WHERE for token in clause.doc[clause.left_edge.i : clause.i]):
        # "la Pennsylvanie, où John Fetterman a battu Mehmet Oz", "the Nov. 1-2 meeting, where
        # Jerome Powell is expected to ...": what happens there, with its people.
        return False
    inside = clause.left_edge.i <= item.expression.root.i <= clause.right_edge.i
    return not inside


_CLAUSES_ON_NOUNS = frozenset(["acl", "relcl", "acl:relcl"])


_WHERE = frozenset(["où", "where", "when"])


def _date_in_clause_on_thing(item: _Dated, people: People, language: str) -> tuple[int, int] | None:
    """The character span of a clause set off that holds the date, with the person it is on.

    On a thing ("l'agence Gamma, créée en 1966", "le salon VivaTech, organisé du 22 au 25 mai",
    "Hurricane Charley, which struck in August 2004") the date is the thing's: only people
    named inside take part. On a person ("Donald Trump, who is due to visit from June 3, said
    he felt badly for May") the date is that person's.
    """
    verb = next(
        (
            token
            for token in item.expression.root.ancestors
            if token.dep_ in _CLAUSES_ON_NOUNS and token.pos_ in {"VERB", "AUX"}
        ),
        None,
    )
    if verb is None or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = verb.head
    low, high = verb.left_edge, verb.right_edge
    if low.i == 0 or verb.doc[low.i - 1].text != ",":
        return None  # restrictive: "the minutes dated 05/24/2023" date the vote they record
    start = low.idx
    holder = [m for m in people.mentions if m.start <= head.idx < m.end]
    if holder:
        start = holder[0].start  # "Mme Paredes, élue en 2020": hers
    elif any(
        head.left_edge.idx <= m.start < low.idx and m.kind != "pronoun" for m in people.mentions
    ):
        # "la démission du ministre, annoncée ce jeudi matin", "le dernier album de Clara
        # Nimier, sorti le 1er juillet": the person the thing is of takes part.
        start = head.left_edge.idx
    elif _names_a_person(head, people, language):
        return None  # "the former foreign secretary who quit ... last July": the apposed name's
    outer = _clause(head, language)
    if outer.dep_ in {"acl", "relcl", "acl:relcl"} and _names_a_person(
        outer.head, people, language
    ):
        return None  # nested in a clause on a person: the parse is too deep to trust
    return start, high.idx + len(high.text)


def _names_a_person(token: Token, people: People, language: str) -> bool:
    return (
        any(m.start <= token.idx < m.end for m in people.mentions)
        or token.lower_ in ROLES[language]
        or token.ent_type_ in {"PER", "PERSON"}
    )


_SUBJECTS = frozenset(["nsubj", "nsubjpass", "nsubj:pass"])


def _subject_mentions(verb: Token, mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions inside the subject of `verb` ("le compte du candidat a été rétabli")."""
    found = []
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            low, high = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            found += [m for m in mentions if low <= m.start < high]
    return found


def _shared_subject(verb: Token, mentions: list[PersonMention]) -> list[PersonMention]:
    """The subject's mentions of the verb a subjectless coordinated verb hangs on."""
    if verb.dep_ != "conj" or any(child.dep_ in _SUBJECTS for child in verb.children):
        return []
    return _subject_mentions(verb.head, mentions)


def _gap(mention: PersonMention, expression: Mention) -> int:
    if mention.end <= expression.start:
        return expression.start - mention.end
    if expression.end <= mention.start:
        return mention.start - expression.end
    return 0


def _topic_people(text: str, doc: Doc, sentence: Span, people: People) -> list[str]:
    """People named both just before and just after a sentence that names nobody, in the same
    paragraph: the paragraph is about them ("Le 9 août, le Centre ... a révélé que ..." between
    two sentences about Elon Musk, gold seed-000)."""
    start, end = _trimmed(text, sentence.start_char, sentence.end_char)
    if sentence.start == 0 or sentence.end >= len(doc):
        return []
    previous, following = doc[sentence.start - 1].sent, doc[sentence.end].sent
    previous_end = _trimmed(text, previous.start_char, previous.end_char)[1]
    following_start = _trimmed(text, following.start_char, following.end_char)[0]
    if "\n" in text[previous_end:start] or "\n" in text[end:following_start]:
        return []
    # Speakers are no topic: "McBride said ... Tickets go on sale on Monday. '...', she said."
    speakers = {start for attribution in people.attributions for start in attribution.speakers}

    def named(span: Span) -> list[str]:
        mentions = people.between(span.start_char, span.end_char)
        return _unique([m for m in mentions if m.start not in speakers])

    after = set(named(following))
    return [name for name in named(previous) if name in after]
