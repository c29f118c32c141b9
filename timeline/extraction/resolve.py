"""Resolve specs to spans of days with a precision, against the publication date or the focus.

Patterns find the candidates and say what they hold (day, month, year, weekday, offset...);
resolution then takes one path per kind of expression (README, "Decisions"):

- dateparser reads what it reads right: absolute dates with their year ("1er mars 2022",
  "Jan. 6, 2021", "24/05/2023" day first in French and month first in English) and offsets from
  the publication date ("hier", "il y a trois jours", "two days ago") against `RELATIVE_BASE`.
  Its day is checked against what the pattern read and the precision always comes from the
  spec: dateparser gives "mai 2023" as 10 May (the day of the base) and no precision.
- our calendar arithmetic does the rest, where dateparser is wrong or silent: yearless dates
  (tense and weekday pick the year: it reads "jeudi 3 octobre" as 3 October of last year, a
  Tuesday, and "ce lundi 12 août" as nothing), bare weekdays, "novembre dernier", quarters
  ("T3 2023" is 10 March to it), seasons, half-years, lone years, ISO weeks, ranges and
  anaphora ("le lendemain" counts from the date in focus, which dateparser cannot know).

Confidence (read by the editors' queue, timeline.services): a full explicit date 0.95, an
explicit month, quarter or year 0.9, a year inferred from the publication date 0.8, a weekday
or an offset from the publication date 0.75, an offset from the date in focus 0.65. Callers
multiply by 0.6 when the publication date itself was inferred (pipeline.extract).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import replace
from functools import lru_cache

from dateparser.date import DateDataParser

from .types import CalendarSpec, RangeSpec, RelativeSpec, Resolved

PAST, UNKNOWN, FUTURE = -1, 0, 1
PRESENT = 2  # a present tense: nearest occurrence, and a weekday ahead ("go on sale Monday")

EXPLICIT_DAY = 0.95
EXPLICIT = 0.9
INFERRED_YEAR = 0.8
RELATIVE = 0.75
ANAPHORIC = 0.65
PUBLICATION_INFERRED_FACTOR = 0.6

# Seasons are no precision of the gold schema: each is read as the quarter it mostly covers
# (spring Q2, summer Q3, autumn Q4, winter Q1 of the named year), so value and span agree.
SEASON_QUARTERS = {"spring": 2, "summer": 3, "autumn": 4, "winter": 1}

Span = tuple[datetime.date, datetime.date]

# A yearless date the tense sends FAR_DAYS or more away may be the one beside publication
# (`_near_publication`).
FAR_DAYS = 180


# --- Periods ------------------------------------------------------------------------------------


def day_period(day: datetime.date) -> Resolved:
    return Resolved(day, day, "day", day.isoformat(), None, EXPLICIT_DAY)


def week_period(day: datetime.date) -> Resolved:
    monday = day - datetime.timedelta(days=day.weekday())
    year, week, _ = monday.isocalendar()
    value = f"{year}-W{week:02d}"
    return Resolved(monday, monday + datetime.timedelta(days=6), "week", value, None, RELATIVE)


def month_period(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    start, end = datetime.date(year, month, 1), datetime.date(year, month, last)
    return Resolved(start, end, "month", f"{year}-{month:02d}", None, EXPLICIT)


def quarter_period(year: int, quarter: int) -> Resolved:
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = month_period(year, 3 * quarter).date_end
    return Resolved(start, end, "quarter", f"{year}-Q{quarter}", None, EXPLICIT)


def year_period(year: int) -> Resolved:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return Resolved(start, end, "year", str(year), None, EXPLICIT)


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


# --- Calendar specs ----------------------------------------------------------------------------


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_century, century_rest = divmod(century, 4)
    moon_shift = (century + 8) // 25
    correction = (century - moon_shift + 1) // 3
    epact = (19 * golden + century - leap_century - correction + 15) % 30
    leap_year, year_rest = divmod(of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_year - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return datetime.date(year, month, day + 1)


def calendar_period(spec: CalendarSpec, year: int) -> Resolved | None:
    """The period `spec` names in `year` (None for 29 February in a common year)."""
    if spec.easter is not None:
        return day_period(easter_sunday(year) + datetime.timedelta(days=spec.easter))
    if spec.month is not None and spec.nth is not None and spec.weekday is not None:
        days = [
            datetime.date(year, spec.month, day)
            for day in range(1, calendar.monthrange(year, spec.month)[1] + 1)
            if datetime.date(year, spec.month, day).weekday() == spec.weekday
        ]
        index = spec.nth - 1 if spec.nth > 0 else spec.nth
        return day_period(days[index]) if -len(days) <= index < len(days) else None
    if spec.month is not None and spec.nth is not None and spec.is_week:
        # "the last week of July": the week holding the month's last Thursday (ISO weeks
        # belong to the month that holds most of their days).
        thursdays = [
            datetime.date(year, spec.month, day)
            for day in range(1, calendar.monthrange(year, spec.month)[1] + 1)
            if datetime.date(year, spec.month, day).weekday() == 3
        ]
        index = spec.nth - 1 if spec.nth > 0 else spec.nth
        if not -len(thursdays) <= index < len(thursdays):
            return None
        return replace(week_period(thursdays[index]), confidence=EXPLICIT)
    if spec.month is not None and spec.day is not None:
        try:
            day = datetime.date(year, spec.month, spec.day)
        except ValueError:
            return None
        return replace(week_period(day), confidence=EXPLICIT) if spec.is_week else day_period(day)
    if spec.month is not None:
        return month_period(year, spec.month)
    if spec.quarter is not None:
        return quarter_period(year, spec.quarter)
    if spec.season is not None:
        return quarter_period(year, SEASON_QUARTERS[spec.season])
    if spec.half is not None:
        # No precision of the gold schema: the nearest is its two quarters, as a range.
        first, last = quarter_period(year, 2 * spec.half - 1), quarter_period(year, 2 * spec.half)
        return replace(first, date_end=last.date_end, end_value=last.value)
    return year_period(year)


def choose(
    candidates: list[Resolved],
    published: datetime.date,
    *,
    direction: int,
    tense: int,
    nearest: bool,
    default: int = UNKNOWN,
) -> Resolved | None:
    """Pick the occurrence a reader understands from "dernier"/"prochain", tense or nearness.

    "novembre dernier" is the latest November ending before the publication date, "lundi
    prochain" the first Monday after it; past tense takes the latest occurrence that has begun,
    future the first that has not ended; otherwise the nearest one (or `default`, e.g. past for a
    bare weekday, per the gold rules).
    """
    if direction < 0:
        pool = [c for c in candidates if c.date_end < published]
        return max(pool, key=lambda c: c.date_start, default=None)
    if direction > 0:
        pool = [c for c in candidates if c.date_start > published]
        return min(pool, key=lambda c: c.date_start, default=None)
    mode = tense if tense in (PAST, FUTURE) else (UNKNOWN if nearest else default)
    if mode == PAST:
        pool = [c for c in candidates if c.date_start <= published]
        return max(pool, key=lambda c: c.date_start, default=None)
    if mode == FUTURE:
        pool = [c for c in candidates if c.date_end >= published]
        return min(pool, key=lambda c: c.date_start, default=None)
    return min(candidates, key=lambda c: (_distance(c, published), c.date_start), default=None)


def _distance(period: Resolved, day: datetime.date) -> int:
    if period.date_start <= day <= period.date_end:
        return 0
    return min(abs((period.date_start - day).days), abs((period.date_end - day).days))


def resolve_calendar(
    spec: CalendarSpec,
    published: datetime.date | None,
    tense: int = UNKNOWN,
    *,
    happened: bool = False,
    language: str = "",
) -> Resolved | None:
    """Resolve a calendar spec; a missing year comes from the publication date and the context."""
    if spec.year is not None:
        period = calendar_period(spec, spec.year)
        if period is None:
            return None
        if spec.part is not None and period.precision == "year":
            period = replace(period, confidence=INFERRED_YEAR)  # "fin 2022" is vague
        return period
    if published is None:
        return None
    if spec.week_shift is not None and spec.weekday is not None:
        # "Wednesday next week", "lundi de la semaine dernière": that week's day.
        monday = published - datetime.timedelta(days=published.weekday())
        day = monday + datetime.timedelta(days=7 * spec.week_shift + spec.weekday)
        return replace(day_period(day), confidence=RELATIVE)
    if spec.month is None and spec.day is None and spec.weekday is not None:
        return _resolve_weekday(spec, published, tense, language)
    if spec.month is None and spec.day is not None and spec.weekday is not None:
        return _resolve_weekday_and_day(spec, published)
    if (
        spec.month is None
        and spec.quarter is None
        and spec.season is None
        and spec.half is None
        and spec.easter is None
    ):
        return None
    if spec.is_this and spec.month is not None and spec.day is None and spec.direction == 0:
        # "this October", "en ce mois d'octobre": the month of the year of publication.
        period = calendar_period(spec, published.year)
        return replace(period, confidence=INFERRED_YEAR) if period else None
    years = range(published.year - 1, published.year + 2)
    candidates = [p for p in (calendar_period(spec, year) for year in years) if p is not None]
    if spec.season is not None and spec.is_this and spec.direction == 0 and candidates:
        # "en salle cet été" told in May, "a été récompensé cet été" told in October: the
        # season nearest to publication. Told in December, both summers are near: the tense
        # chooses ("ne serait pas de la partie cet été" is the coming one).
        near = [
            c
            for c in candidates
            if _distance(c, published) <= (240 if c.date_end >= published else 150)
        ]
        if tense == FUTURE:
            near = [c for c in near if c.date_end >= published] or near
        elif tense == PAST:
            near = [c for c in near if c.date_start <= published] or near
        chosen = min(near or candidates, key=lambda c: _distance(c, published))
        return replace(chosen, confidence=INFERRED_YEAR)
    if spec.weekday is not None and spec.day is not None and spec.direction == 0:
        # "ce lundi 12 août": the year in which 12 August is a Monday, nearest to publication;
        # told in the past of a day far ahead, the latest such year before it ("said Tuesday,
        # April 21" in November). "Dernier" or "last" names the occurrence itself: "le
        # vendredi 16 octobre dernier" is the last 16 October, whatever its weekday.
        agreeing = [c for c in candidates if c.date_start.weekday() == spec.weekday]
        nearest = min(agreeing, key=lambda c: _distance(c, published), default=None)
        near = min(candidates, key=lambda c: _distance(c, published))
        # A slip of the weekday is read only where the tense allows the day it leaves: "Le
        # jeudi 15 juillet, la situation a viré" told on 9 July 2022 is the Thursday of 2021,
        # not the Friday ahead.
        slip = not (
            (tense == PAST and near.date_start > published)
            or (tense == FUTURE and near.date_end < published)
        )
        if nearest is None and slip and _distance(near, published) <= 45:
            # "vendredi 16 avril" told on 26 April 2024, when the 16th was a Tuesday: the
            # weekday is the slip, not the year.
            return replace(near, confidence=INFERRED_YEAR)
        if (
            slip
            and _distance(near, published) <= 7
            and (nearest is None or _distance(nearest, published) > 62)
        ):
            # "ce jeudi 26 avril" told on 27 April 2017, a Wednesday: the weekday is the slip,
            # not a year five back.
            return replace(near, confidence=INFERRED_YEAR)
        far_ahead = nearest is None or (nearest.date_start - published).days > 62
        if tense == PAST and far_ahead:
            past = [
                p
                for p in (
                    calendar_period(spec, year)
                    for year in range(published.year - 11, published.year + 1)
                )
                if p is not None
                and p.date_start <= published
                and p.date_start.weekday() == spec.weekday
            ]
            if past:
                return replace(max(past, key=lambda c: c.date_start), confidence=EXPLICIT)
        if nearest is not None:
            if slip and _distance(nearest, published) > 200 and _distance(near, published) <= 45:
                # "jeudi 6 juillet" told on 15 July 2018: the weekday is the slip, not the year.
                return replace(near, confidence=INFERRED_YEAR)
            return replace(nearest, confidence=EXPLICIT)
    # A present tense with a yearless date mostly schedules: "Windows 11 ships on Oct. 5", "le
    # tribunal rend sa décision le 3 mars".
    chosen = choose(
        candidates,
        published,
        direction=spec.direction,
        tense=FUTURE if tense == PRESENT else tense,
        nearest=True,
    )
    if chosen is not None and spec.direction == 0:
        chosen = _near_publication(chosen, candidates, published, tense, happened=happened)
    return replace(chosen, confidence=INFERRED_YEAR) if chosen else None


def _near_publication(
    chosen: Resolved,
    candidates: list[Resolved],
    published: datetime.date,
    tense: int,
    *,
    happened: bool = False,
) -> Resolved:
    """The occurrence right beside publication when the tense sends a yearless date a year away.

    The tense is a weak cue against the calendar: "Quest Pro launched on Oct. 25" (a present
    nearby) told two days later is that Oct. 25, and "has relaxed restrictions from Dec. 23"
    told on 9 December the coming one. An explicit future, or a past more than a month
    ahead ("tore off its roof on March 3" told in January), keeps the tense's reading.
    """
    near = min(candidates, key=lambda c: (_distance(c, published), c.date_start))
    if near is chosen or _distance(chosen, published) < FAR_DAYS:
        return chosen
    if near.date_end < published:
        # A quarter told in the present is mostly the one just closed ("6,2 % au 2e trimestre").
        reach = 92 if near.precision == "quarter" else 62
        if tense == FUTURE and near.precision == "day" and _distance(near, published) <= 7:
            # "will be extended starting from February 1", quoted on 2 February: the day of
            # the speech just gone, not a year ahead.
            return near
        if near.precision == "quarter" and tense == FUTURE and _distance(near, published) <= 45:
            # "Thursday will see second-quarter GDP", "publiera ses résultats du deuxième
            # trimestre": the figures of the quarter just closed come out ahead.
            return near
        return (
            near if tense in (PRESENT, UNKNOWN) and _distance(near, published) <= reach else chosen
        )
    # A past tense may hold a month under way ("in April", told on 15 April), never one still
    # to begin ("became prime minister in May", told in April: last May). Days and weeks just
    # ahead may be a decision's ("has extended parking hours from Dec. 20", "had completions
    # booked for the last week of June").
    # But a day on which something happened ("who died on January 5th", told on 27 December)
    # is gone.
    started = near.precision in ("day", "week") or near.date_start <= published
    if happened:
        return chosen
    return near if tense == PAST and started and _distance(near, published) <= 31 else chosen


def _resolve_weekday_and_day(spec: CalendarSpec, published: datetime.date) -> Resolved | None:
    """ "le samedi 2": the nearest month, within two of publication, whose 2nd is a Saturday."""
    found = []
    for shift in range(-2, 3):
        year, month = add_months(published.year, published.month, shift)
        if spec.day <= calendar.monthrange(year, month)[1]:
            day = datetime.date(year, month, spec.day)
            if day.weekday() == spec.weekday:
                found.append(day)
    if not found:
        return None
    best = min(found, key=lambda day: abs((day - published).days))
    return replace(day_period(best), confidence=INFERRED_YEAR)


def _resolve_weekday(
    spec: CalendarSpec, published: datetime.date, tense: int, language: str = ""
) -> Resolved | None:
    """A bare weekday: the most recent such day, unless "ce", "prochain" or the tense say ahead."""
    if (
        tense in (PAST, UNKNOWN)
        and spec.is_this
        and language == "en"
        and (published.weekday() + 1) % 7 < (spec.weekday + 1) % 7
    ):
        # "the walkout planned for this Saturday has been cancelled", "for this Saturday's
        # finale", told on Monday: English "this Saturday" is the one of this week, from
        # Sunday to Saturday, still ahead ("was held this Sunday", told on Monday, is the day
        # before; French "ce samedi" told in the past may be the one just gone).
        tense = FUTURE
    shift = (spec.weekday - published.weekday()) % 7
    first = published + datetime.timedelta(days=shift - 14)
    candidates = [day_period(first + datetime.timedelta(days=7 * n)) for n in range(5)]
    if spec.is_this and spec.direction == 0:  # "ce lundi": the nearest Monday
        chosen = choose(candidates, published, direction=0, tense=tense, nearest=True)
        if tense == PRESENT:
            # "is back in full swing this Sunday", told on Wednesday: the coming one.
            chosen = min(
                (c for c in candidates if c.date_start >= published),
                key=lambda c: c.date_start,
                default=chosen,
            )
    elif spec.direction < 0 and not spec.is_this:
        # "last Friday", "vendredi dernier": told the day after, it would be "yesterday", so it
        # is the one a week before.
        before = published - datetime.timedelta(days=1)
        pool = [c for c in candidates if c.date_end < before]
        chosen = max(pool, key=lambda c: c.date_start, default=None)
    elif spec.direction > 0 and not spec.is_this:
        # English "next Tuesday" is the day of next week: told on Monday, it would be
        # "tomorrow" else; told on Saturday, "next Monday" is two days ahead. French "jeudi
        # prochain" is the coming Thursday: told on Monday, three days on; on Thursday, a week.
        ahead = (spec.weekday - published.weekday()) % 7 or 7
        if language == "en" and published.weekday() + ahead <= 6:
            ahead += 7  # still in this week: "this Sunday" names that one
        chosen = day_period(published + datetime.timedelta(days=ahead))
    elif tense in (FUTURE, PRESENT) and spec.direction == 0:
        # Ahead, from the day of publication on: "would be open Saturday night" on a Saturday.
        after = published - datetime.timedelta(days=1)
        pool = [c for c in candidates if c.date_start > after]
        chosen = min(pool, key=lambda c: c.date_start, default=None)
    else:
        chosen = choose(
            candidates,
            published,
            direction=spec.direction,
            tense=tense,
            nearest=False,
            default=PAST,
        )
        if tense == UNKNOWN and spec.direction == 0 and chosen is not None:
            # With no tense to tell, a weekday a day or two ahead is meant rather than one
            # nearly a week gone: "Verdict à l'ouverture du procès lundi matin" told on Sunday.
            ahead = published + datetime.timedelta(days=(spec.weekday - published.weekday()) % 7)
            if 0 < (ahead - published).days <= 2:
                chosen = day_period(ahead)
    return replace(chosen, confidence=RELATIVE) if chosen else None


# --- Relative specs ------------------------------------------------------------------------------


def shift_period(anchor: datetime.date, unit: str, offset: int) -> Resolved | None:
    """The period `offset` units away from the one holding `anchor` (None off the calendar)."""
    try:
        return _shifted_period(anchor, unit, offset)
    except (ValueError, OverflowError):
        return None  # "il y a 1 000 000 d'années": before the calendar's first year


def _shifted_period(anchor: datetime.date, unit: str, offset: int) -> Resolved | None:
    if unit == "day":
        return day_period(anchor + datetime.timedelta(days=offset))
    if unit == "week":
        return week_period(anchor + datetime.timedelta(weeks=offset))
    if unit == "month":
        return month_period(*add_months(anchor.year, anchor.month, offset))
    if unit == "quarter":
        quarter_index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return quarter_period(quarter_index // 4, quarter_index % 4 + 1)
    if unit == "year":
        return year_period(anchor.year + offset)
    return None


_FINER_OR_EQUAL = {
    "day": {"day"},
    "week": {"day", "week"},
    "month": {"day", "week", "month"},
    "quarter": {"day", "week", "month", "quarter"},
    "year": {"day", "week", "month", "quarter", "year"},
}


def can_anchor(focus: Resolved, unit: str) -> bool:
    """Whether a date in focus is precise enough to place a period of `unit` from it."""
    return focus.precision in _FINER_OR_EQUAL[unit]


def resolve_relative(
    spec: RelativeSpec,
    published: datetime.date | None,
    focus: Resolved | None,
    tense: int = UNKNOWN,
) -> Resolved | None:
    """ "hier" from the publication date; "le lendemain" from the date in focus."""
    if spec.anchor == "focus" and focus is None and spec.offset == 0 and spec.unit != "day":
        # "Earlier in the week, the DOH said", nothing told before: the week of publication.
        spec = replace(spec, anchor="publication")
    if spec.anchor == "focus":
        if focus is None or focus.precision not in _FINER_OR_EQUAL[spec.unit]:
            return None
        anchor = focus.date_end if spec.offset > 0 else focus.date_start
        period = shift_period(anchor, spec.unit, spec.offset)
        return replace(period, confidence=ANAPHORIC) if period else None
    if published is None:
        return None
    anchor = published
    if spec.weekend and spec.offset == 0 and tense == PAST and published.weekday() < 5:
        # "over the weekend" told in the past on a weekday: the weekend just gone, which
        # closed the previous ISO week; told ahead, it is the one ending the current week.
        anchor = published - datetime.timedelta(days=published.weekday() + 1)
    if spec.exact:
        return replace(
            day_period(same_day_shifted(anchor, spec.unit, spec.offset)), confidence=RELATIVE
        )
    period = shift_period(anchor, spec.unit, spec.offset)
    return replace(period, confidence=RELATIVE) if period else None


def same_day_shifted(anchor: datetime.date, unit: str, offset: int) -> datetime.date:
    """ "il y a un an, jour pour jour": the day `offset` weeks, months or years away (the
    month's last day when it is shorter)."""
    if unit == "week":
        return anchor + datetime.timedelta(weeks=offset)
    months = offset * 12 if unit == "year" else offset
    year, month = add_months(anchor.year, anchor.month, months)
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(anchor.day, last))


# --- Ranges --------------------------------------------------------------------------------------


def resolve_range(
    spec: RangeSpec, published: datetime.date | None, tense: int = UNKNOWN
) -> Resolved | None:
    """ "du 3 au 5 mars": value from the first point, end_value from the last."""
    last = resolve_calendar(spec.last, published, tense)
    if last is None:
        return None
    if _weekday_only(spec.first) and _weekday_only(spec.last):
        # "vendredi et samedi", "from late Thursday through Friday": the days up to the last.
        back = (spec.last.weekday - spec.first.weekday) % 7
        first_day = last.date_start - datetime.timedelta(days=back)
        if (
            tense != PAST
            and published is not None
            and spec.first.weekday == published.weekday()
            and first_day < published
        ):
            # "est jugé jeudi et vendredi" told on a Thursday: from that day on.
            day = published + datetime.timedelta(days=back)
            last = replace(last, date_start=day, date_end=day, value=day.isoformat())
            first_day = published
        if (
            tense == FUTURE
            and published is not None
            and first_day < published
            and not published < last.date_start  # "from Monday to Wednesday" told on a
            # Tuesday: the span runs
        ):
            # "Il viendra vendredi et samedi" told on a Saturday: the coming pair, not the
            # Friday gone.
            week = datetime.timedelta(days=7)
            day = last.date_start + week
            last = replace(last, date_start=day, date_end=day, value=day.isoformat())
            first_day += week
        return Resolved(
            first_day,
            last.date_end,
            "day",
            first_day.isoformat(),
            last.value,
            last.confidence,
        )
    first_spec = spec.first
    if first_spec.year is None:
        year = last.date_end.year
        months = (first_spec.month, spec.last.month)
        if None not in months and months[0] > months[1]:
            year -= 1  # "du 28 décembre au 3 janvier"
        first_spec = replace(first_spec, year=year)
    first = resolve_calendar(first_spec, published, tense)
    if first is None or first.date_start > last.date_end or first.precision != last.precision:
        return None
    return Resolved(
        first.date_start,
        last.date_end,
        first.precision,
        first.value,
        last.value,
        min(first.confidence, last.confidence),
    )


def _weekday_only(spec: CalendarSpec) -> bool:
    return spec.weekday is not None and spec.day is None and spec.month is None


# --- dateparser -----------------------------------------------------------------------------------

# Numeric dates follow the article's locale: "05/06/2023" is 5 June in French, May 6 in English.
DATE_ORDERS = {"fr": "DMY", "en": "MDY"}


@lru_cache(maxsize=4096)
def parse_with_dateparser(
    phrase: str,
    language: str,
    base: datetime.date | None = None,
    required: tuple[str, ...] = (),
) -> datetime.date | None:
    """The day dateparser reads in `phrase`, against `base` for relative phrases, or None.

    `required` are the parts ("day", "month", "year") the phrase must give itself: dateparser
    then never fills a missing year from the base (or from today, which would make extraction
    depend on the day it runs). Cached: articles repeat their dates and workers run for long.
    """
    settings: dict = {
        "DATE_ORDER": DATE_ORDERS.get(language, "DMY"),
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.datetime.combine(base, datetime.time())
    if required:
        settings["REQUIRE_PARTS"] = list(required)
    parser = DateDataParser(languages=[language], settings=settings)
    try:
        found = parser.get_date_data(phrase).date_obj
    except (ValueError, OverflowError):  # a phrase it cannot place: our arithmetic decides
        return None
    return found.date() if found is not None else None


def _by_dateparser_absolute(spec: CalendarSpec, phrase: str, language: str) -> Resolved | None:
    """A date with its own month and year, read by dateparser and checked against the spec.

    dateparser gives a day; the spec says whether the phrase meant that day or its month. A
    reading that contradicts a part the pattern saw (year, month, day) loses to the pattern.
    """
    required = ("day", "month", "year") if spec.day is not None else ("month", "year")
    day = parse_with_dateparser(phrase, language, None, required)
    if day is None or (day.year, day.month) != (spec.year, spec.month):
        return None
    if spec.day is None:
        return month_period(day.year, day.month)
    if day.day != spec.day:
        return None
    return replace(week_period(day), confidence=EXPLICIT) if spec.is_week else day_period(day)


def _by_dateparser_relative(
    spec: RelativeSpec, phrase: str, language: str, published: datetime.date
) -> Resolved | None:
    """An offset from the publication date ("hier", "il y a trois jours") read by dateparser.

    The unit of the spec gives the precision ("il y a deux ans" is the year 2022, not 10 August
    2022). The pattern read the offset too: a period other than the one `offset` units from the
    publication's ("cette année" read as another year, "hier" as tomorrow) is a misreading and
    loses.
    """
    day = parse_with_dateparser(phrase, language, published)
    if day is None:
        return None
    period = shift_period(day, spec.unit, 0)
    expected = shift_period(published, spec.unit, spec.offset)
    if period is None or expected is None or period.date_start != expected.date_start:
        return None
    return replace(period, confidence=RELATIVE)


def _is_absolute(spec: CalendarSpec) -> bool:
    """A day or month with its year, and nothing dateparser cannot read (quarter, season, "the
    first Monday of")."""
    return (
        spec.year is not None
        and spec.month is not None
        and spec.quarter is None
        and spec.season is None
        and spec.half is None
        and spec.nth is None
    )


def resolve(
    spec: CalendarSpec | RelativeSpec | RangeSpec,
    *,
    published: datetime.date | None,
    focus: Resolved | None = None,
    tense: int = UNKNOWN,
    phrase: str = "",
    language: str = "",
    happened: bool = False,
) -> Resolved | None:
    """Resolve any spec; None when it cannot be placed (no anchor, impossible date).

    `happened`: the date is one on which something took place, told in the past ("died on
    January 5th"), never a bound or a target just ahead.

    With the expression's `phrase` and `language`, the kinds dateparser reads right go through
    it first (module docstring); every other kind, and whatever it misreads, takes our
    arithmetic.
    """
    if isinstance(spec, RangeSpec):
        # Ours: the pattern already split the two points; dateparser reads one date at most.
        first = _shifted_year(spec.first, published, focus)
        last = _shifted_year(spec.last, published, focus)
        if first is None or last is None:
            return None
        return resolve_range(RangeSpec(first, last), published, tense)
    if isinstance(spec, RelativeSpec):
        if (
            spec.anchor == "publication"
            and not spec.weekend
            and not spec.exact
            and published is not None
            and phrase
            and language
        ):
            # dateparser: "hier", "il y a trois jours", "two days ago" against RELATIVE_BASE.
            found = _by_dateparser_relative(spec, phrase, language, published)
            if found is not None:
                return found
        if (
            spec.weekend
            and published is not None
            and published.weekday() >= 3
            and phrase.lower().startswith(("this ", "ce "))
        ):
            tense = FUTURE  # "this weekend" told from Thursday on is the coming one
        if (
            spec.unit == "week"
            and spec.offset == 0
            and spec.anchor == "publication"
            and tense == FUTURE
            and published is not None
            and published.weekday() >= 5
            and _START_OF_WEEK.search(phrase or "")
        ):
            # "devront attendre en début de semaine" told on a Sunday: next week's start.
            spec = replace(spec, offset=1)
        # Ours: anaphora ("le lendemain": from the date in focus), weekends (the tense tells
        # which one), and what dateparser reads as nothing ("ce soir", "l'an dernier",
        # "earlier this month").
        return resolve_relative(spec, published, focus, tense)
    spec = _shifted_year(spec, published, focus)
    if spec is None:
        return None
    if _is_absolute(spec) and phrase and language:
        # dateparser: explicit day/month/year in any written form of the language.
        found = _by_dateparser_absolute(spec, phrase, language)
        if found is not None:
            return found
    # Ours: yearless dates, weekdays, "novembre dernier", quarters, seasons, halves, years.
    return resolve_calendar(spec, published, tense, happened=happened, language=language)


_START_OF_WEEK = re.compile(r"(?i)\b(?:début|start|beginning|early)\b")


def _shifted_year(
    spec: CalendarSpec, published: datetime.date | None, focus: Resolved | None
) -> CalendarSpec | None:
    """ "in September last year", "June 23 that year": the year comes from the offset; None
    when its anchor is unknown."""
    if spec.year_shift is None:
        return spec
    anchor = published if spec.year_anchor == "publication" else None
    if spec.year_anchor == "focus" and focus is not None:
        anchor = focus.date_start
    elif spec.year_anchor == "focus" and spec.year_shift != 0:
        anchor = published  # "since October 7 of the previous year", nothing told before
    if anchor is None:
        return None
    return replace(spec, year=anchor.year + spec.year_shift, year_shift=None)


def rests_on_publication(spec: CalendarSpec | RelativeSpec | RangeSpec) -> bool:
    """True when the resolution needed the publication date (no explicit year)."""
    if isinstance(spec, RangeSpec):
        return spec.last.year is None
    if isinstance(spec, RelativeSpec):
        return spec.anchor in ("publication", "current")
    return spec.year is None


# --- Publication date inference -----------------------------------------------------------------


def infer_publication_date(
    specs: list[tuple[CalendarSpec | RelativeSpec | RangeSpec, int]],
) -> datetime.date | None:
    """Guess the publication date from explicit dates and their tense, or None.

    The article was written after what it tells in the past and before what it announces: the
    latest past reference is a lower bound, the earliest future one an upper bound. Yearless
    dates are placed against the first guess (a weekday fixes the year of "lundi 12 août").
    """
    calendars = [(spec, tense) for spec, tense in specs if isinstance(spec, CalendarSpec)]
    explicit = [(spec, tense) for spec, tense in calendars if spec.year is not None]
    if not explicit:
        return None
    latest_year = max(spec.year for spec, _ in explicit)
    references: list[tuple[Resolved, int]] = []
    for spec, tense in explicit:
        period = calendar_period(spec, spec.year)
        if period is not None:
            references.append((period, tense))
    # A weekday that agrees with a yearless day ("ce lundi 12 août") sits within days of the
    # publication: the first year from the latest one mentioned where it agrees.
    near: list[datetime.date] = []
    for spec, _ in calendars:
        if spec.year is None and spec.day and spec.month and spec.weekday is not None:
            for year in range(latest_year, latest_year + 3):
                period = calendar_period(spec, year)
                if period and period.date_start.weekday() == spec.weekday:
                    near.append(period.date_start)
                    break
    lower, upper = _bounds(references)
    guess = near[0] if near else upper or lower
    if guess is None:
        return None
    # Second pass: yearless dates placed against the first guess tighten the bounds.
    for spec, tense in calendars:
        if spec.year is None and spec.day and spec.month and spec.weekday is None and tense:
            period = resolve_calendar(spec, guess, tense)
            if period is not None:
                references.append((period, tense))
    if near:
        week = [
            period.date_start
            for period, tense in references
            if tense in (PAST, UNKNOWN) and abs((period.date_start - guess).days) <= 7
        ]
        return max(week, default=guess)
    lower, upper = _bounds(references)
    if lower is not None and (upper is None or lower < upper):
        return lower
    return upper - datetime.timedelta(days=1) if upper else None


def _bounds(
    references: list[tuple[Resolved, int]],
) -> tuple[datetime.date | None, datetime.date | None]:
    # A present tense with a date ("se tient le 3 mars", "ce lundi 12 août") mostly announces.
    past = [period.date_start for period, tense in references if tense in (PAST, UNKNOWN)]
    future = [period.date_start for period, tense in references if tense in (FUTURE, PRESENT)]
    lower = max(past, default=None)
    upper = min(future, default=None)
    if lower is not None and upper is not None and lower >= upper:
        lower = max((day for day in past if day < upper), default=None)
    return lower, upper
