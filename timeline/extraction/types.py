"""Dataclasses shared by the extraction modules: the public results and the internal specs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

PRECISIONS = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True)
class Timex:
    """A TIMEX3-style temporal expression: DATE, TIME, DURATION or SET."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class FoundEvent:
    """A dated event: a sentence anchored by one temporal expression."""

    sentence: str
    start: int
    end: int
    expression: str
    expression_start: int
    expression_end: int
    date_start: datetime.date
    date_end: datetime.date
    precision: str
    value: str
    end_value: str | None
    persons: tuple[str, ...]
    confidence: float


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    language: str
    published_on: datetime.date | None
    is_published_on_inferred: bool
    events: tuple[FoundEvent, ...]
    persons: dict[str, tuple[str, ...]]
    timexes: tuple[Timex, ...]


# --- Internal specs: what a pattern understood, before resolution -----------------------------


@dataclass(frozen=True)
class CalendarSpec:
    """A calendar date, possibly partial ("12 août", "mardi", "novembre dernier", "T3 2023")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    quarter: int | None = None
    season: str | None = None  # "spring", "summer", "autumn", "winter"
    half: int | None = None  # 1 or 2 ("premier semestre")
    part: str | None = None  # "early", "mid", "late" ("début juillet", "fin 2022")
    direction: int = 0  # -1 "dernier"/"last", +1 "prochain"/"next", 0 none
    is_this: bool = False  # "ce lundi", "this Friday": nearest occurrence
    century_from_context: bool = False  # "'98"
    is_week: bool = False  # "the week of March 4", "la semaine du 4 mars": its ISO week
    # "in September last year", "le 12 janvier de l'an dernier", "June 23 that year": the year
    # is an offset from the publication's ("publication") or from the date in focus ("focus"),
    # or, unmarked ("current": "the first quarter of the year"), the one a past story tells of,
    # else the publication's (chosen in the pipeline).
    year_shift: int | None = None
    year_anchor: str = "publication"
    # "the first Friday of September", "le dernier dimanche d'octobre": the nth such weekday of
    # the month (-1 the last).
    nth: int | None = None
    # "Wednesday next week", "lundi de la semaine dernière": the weekday of the ISO week this
    # many weeks from the publication's.
    week_shift: int | None = None
    # A feast moving with Easter: its days after Easter Sunday ("Easter Monday" 1, "le vendredi
    # saint" -2).
    easter: int | None = None


@dataclass(frozen=True)
class RelativeSpec:
    """An offset from the publication date ("hier") or from the date in focus ("le lendemain")."""

    unit: str  # "day", "week", "month", "quarter", "year", "hour"
    offset: int
    # "publication", "focus", or "current": the period of publication unless a past sentence
    # tells of a date in focus ("left at the end of the year" after "joined in March 2019").
    anchor: str = "publication"
    weekend: bool = False  # "le week-end dernier": the week holding that weekend
    exact: bool = False  # "il y a un an, jour pour jour": the same day, `offset` units away


@dataclass(frozen=True)
class RangeSpec:
    """Two calendar points ("du 3 au 5 mars 2020", "entre 2019 et 2021")."""

    first: CalendarSpec
    last: CalendarSpec


@dataclass(frozen=True)
class Mention:
    """A temporal expression found by a pattern, with what it means before resolution."""

    start: int
    end: int
    text: str
    timex_type: str  # DATE, TIME, DURATION, SET
    spec: CalendarSpec | RelativeSpec | RangeSpec | None = None
    value: str = ""  # TIMEX value for non-DATE mentions ("PT19M", "T17:00")
    pattern: str = ""
    # The date words alone, without the prepositions and articles the pattern also took
    # ("1er mars 2022" in "depuis le 1er mars 2022"): what resolve.py hands to dateparser.
    phrase: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Resolved:
    """A mention resolved to a span of days."""

    date_start: datetime.date
    date_end: datetime.date
    precision: str
    value: str
    end_value: str | None
    confidence: float
