"""English: words and patterns for dates in press style ("Jan. 6, 2021", "last Tuesday")."""

from __future__ import annotations

import re

from .temporal import (
    ANY_YEAR,
    OLD_YEAR,
    YEAR,
    LanguageRules,
    Rule,
    following_word,
    in_title_case_line,
    in_year_list,
    listed_year,
    preceding_words,
    sentence_around,
    words,
)
from .types import RelativeSpec

# Month and weekday names are matched case-sensitively: "may" is a verb, "March" is not "march".
MONTHS = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
}
MONTH_ABBREVIATIONS = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
# Compounds of the tens: "twenty-two", "thirty-five".
NUMBERS |= {
    f"{ten}-{word}": value + unit
    for ten, value in [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50)]
    for word, unit in [
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
    ]
}
VAGUE_NUMBERS = frozenset({"a few", "few", "several", "some", "many", "a couple of"})
UNITS = {
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "moments": "minute",  # "moments later": the same day
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "fortnight": "fortnight",  # two weeks: "a fortnight ago"
    "fortnights": "fortnight",
    "month": "month",
    "months": "month",
    "quarter": "quarter",
    "quarters": "quarter",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
DIRECTIONS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "later": 1,
    "after": 1,
    "afterwards": 1,
    "earlier": -1,
    "before": -1,
}
PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid"}
PARTS |= {"late": "late", "end": "late"}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
SEASONS = {"spring": "spring", "summer": "summer", "fall": "autumn", "autumn": "autumn"}
SEASONS["winter"] = "winter"

_DAY = RelativeSpec("day", 0)
RELATIVES = {
    "today": _DAY,
    "tonight": _DAY,
    "this morning": _DAY,
    "this afternoon": _DAY,
    "this evening": _DAY,
    "earlier today": _DAY,
    "later today": _DAY,
    "yesterday": RelativeSpec("day", -1),
    "last night": RelativeSpec("day", -1),
    "last evening": RelativeSpec("day", -1),
    "the day before yesterday": RelativeSpec("day", -2),
    "tomorrow": RelativeSpec("day", 1),
    "the day after tomorrow": RelativeSpec("day", 2),
    "this week": RelativeSpec("week", 0),
    "earlier this week": RelativeSpec("week", 0),
    "later this week": RelativeSpec("week", 0),
    "last week": RelativeSpec("week", -1),
    "early last week": RelativeSpec("week", -1),
    "late last week": RelativeSpec("week", -1),
    "early next week": RelativeSpec("week", 1),
    "late next week": RelativeSpec("week", 1),
    "next week": RelativeSpec("week", 1),
    "the coming week": RelativeSpec("week", 1),
    "the week ahead": RelativeSpec("week", 1),
    "this weekend": RelativeSpec("week", 0, weekend=True),
    "midweek": RelativeSpec("week", 0),
    "at the start of the week": RelativeSpec("week", 0),
    "at the beginning of the week": RelativeSpec("week", 0),
    "since the start of the week": RelativeSpec("week", 0),
    "since the beginning of the week": RelativeSpec("week", 0),
    "at the end of the week": RelativeSpec("week", 0),
    "at the start of next week": RelativeSpec("week", 1),
    "at the end of next week": RelativeSpec("week", 1),
    "at the start of last week": RelativeSpec("week", -1),
    "at the end of last week": RelativeSpec("week", -1),
    "this lunchtime": RelativeSpec("day", 0),
    "over the weekend": RelativeSpec("week", 0, weekend=True),
    "at the weekend": RelativeSpec("week", 0, weekend=True),
    "during the weekend": RelativeSpec("week", 0, weekend=True),
    "last weekend": RelativeSpec("week", -1, weekend=True),
    # "this past weekend": the weekend just gone, told in the past (`resolve`).
    "this past weekend": RelativeSpec("week", 0, weekend=True),
    "over the past weekend": RelativeSpec("week", 0, weekend=True),
    "the past weekend": RelativeSpec("week", 0, weekend=True),
    "past weekend": RelativeSpec("week", 0, weekend=True),
    "next weekend": RelativeSpec("week", 1, weekend=True),
    "this month": RelativeSpec("month", 0),
    "earlier this month": RelativeSpec("month", 0),
    "later this month": RelativeSpec("month", 0),
    "last month": RelativeSpec("month", -1),
    "next month": RelativeSpec("month", 1),
    "this quarter": RelativeSpec("quarter", 0),
    "the current quarter": RelativeSpec("quarter", 0),
    # "will not be able to appear by month's end": the end of this month, or year.
    "by month's end": RelativeSpec("month", 0),
    "at month's end": RelativeSpec("month", 0),
    "by year's end": RelativeSpec("year", 0),
    "at year's end": RelativeSpec("year", 0),
    "by year-end": RelativeSpec("year", 0),
    "the current month": RelativeSpec("month", 0),
    "the current year": RelativeSpec("year", 0),
    "the current calendar year": RelativeSpec("year", 0),
    "last quarter": RelativeSpec("quarter", -1),
    "next quarter": RelativeSpec("quarter", 1),
    "this year": RelativeSpec("year", 0),
    "earlier this year": RelativeSpec("year", 0),
    "later this year": RelativeSpec("year", 0),
    "last year": RelativeSpec("year", -1),
    # The same time a year back: that month.
    "this time last year": RelativeSpec("month", -12),
    "at this time last year": RelativeSpec("month", -12),
    "this time a year ago": RelativeSpec("month", -12),
    "this past year": RelativeSpec("year", -1),  # "This past year was a busy one"
    "the last calendar year": RelativeSpec("year", -1),
    "last calendar year": RelativeSpec("year", -1),
    "this calendar year": RelativeSpec("year", 0),
    "next calendar year": RelativeSpec("year", 1),
    "next year": RelativeSpec("year", 1),
    # The start or the end of a month or a year keeps the precision of the month or the year.
    # Unmarked, it is the one a past story tells of, else the present one ("current").
    "the end of the year": RelativeSpec("year", 0, "current"),
    "the start of the year": RelativeSpec("year", 0, "current"),
    "the beginning of the year": RelativeSpec("year", 0, "current"),
    "the end of the month": RelativeSpec("month", 0, "current"),
    "the start of the month": RelativeSpec("month", 0, "current"),
    "the beginning of the month": RelativeSpec("month", 0, "current"),
    "the end of this year": RelativeSpec("year", 0),
    "the start of this year": RelativeSpec("year", 0),
    "the beginning of this year": RelativeSpec("year", 0),
    "the end of this month": RelativeSpec("month", 0),
    "end of the month": RelativeSpec("month", 0, "current"),  # "till at least end of the month"
    "end of this month": RelativeSpec("month", 0),
    "the start of this month": RelativeSpec("month", 0),
    "the beginning of this month": RelativeSpec("month", 0),
    "the end of last year": RelativeSpec("year", -1),
    "the start of last year": RelativeSpec("year", -1),
    "the beginning of last year": RelativeSpec("year", -1),
    "the end of next year": RelativeSpec("year", 1),
    "the start of next year": RelativeSpec("year", 1),
    "the beginning of next year": RelativeSpec("year", 1),
    "the end of last month": RelativeSpec("month", -1),
    "the start of next month": RelativeSpec("month", 1),
    "the end of next month": RelativeSpec("month", 1),
    # Anaphoric: relative to the date in focus, not to the publication date.
    "the next day": RelativeSpec("day", 1, "focus"),
    "the following day": RelativeSpec("day", 1, "focus"),
    "the day after": RelativeSpec("day", 1, "focus"),
    "a day later": RelativeSpec("day", 1, "focus"),
    # "When he returned a short time later, the judge handed down a sentence": the same day.
    "a short time later": RelativeSpec("day", 0, "focus"),
    "shortly afterwards": RelativeSpec("day", 0, "focus"),
    "shortly afterward": RelativeSpec("day", 0, "focus"),
    "the day before": RelativeSpec("day", -1, "focus"),
    "the previous night": RelativeSpec("day", -1, "focus"),
    "the night before": RelativeSpec("day", -1, "focus"),
    "in a few hours": RelativeSpec("day", 0),
    "the previous day": RelativeSpec("day", -1, "focus"),
    "the day prior": RelativeSpec("day", -1, "focus"),
    "the previous morning": RelativeSpec("day", -1, "focus"),
    "the previous afternoon": RelativeSpec("day", -1, "focus"),
    "the previous evening": RelativeSpec("day", -1, "focus"),
    "the following morning": RelativeSpec("day", 1, "focus"),
    "the following afternoon": RelativeSpec("day", 1, "focus"),
    "the following evening": RelativeSpec("day", 1, "focus"),
    "the following night": RelativeSpec("day", 1, "focus"),
    "the next morning": RelativeSpec("day", 1, "focus"),
    "the next afternoon": RelativeSpec("day", 1, "focus"),
    "the next evening": RelativeSpec("day", 1, "focus"),
    "the next night": RelativeSpec("day", 1, "focus"),
    "the morning after": RelativeSpec("day", 1, "focus"),
    "the evening before": RelativeSpec("day", -1, "focus"),
    "the same day": RelativeSpec("day", 0, "focus"),
    "that day": RelativeSpec("day", 0, "focus"),
    "that night": RelativeSpec("day", 0, "focus"),
    "that morning": RelativeSpec("day", 0, "focus"),
    "that afternoon": RelativeSpec("day", 0, "focus"),
    "that evening": RelativeSpec("day", 0, "focus"),
    "that week": RelativeSpec("week", 0, "focus"),
    "that month": RelativeSpec("month", 0, "focus"),
    "the same month": RelativeSpec("month", 0, "focus"),
    "later that month": RelativeSpec("month", 0, "focus"),
    "earlier that month": RelativeSpec("month", 0, "focus"),
    "earlier in the day": RelativeSpec("day", 0, "focus"),
    "earlier in the evening": RelativeSpec("day", 0, "focus"),
    "later in the evening": RelativeSpec("day", 0, "focus"),
    "earlier that evening": RelativeSpec("day", 0, "focus"),
    "later that evening": RelativeSpec("day", 0, "focus"),
    "earlier that morning": RelativeSpec("day", 0, "focus"),
    "later that morning": RelativeSpec("day", 0, "focus"),
    "earlier in the morning": RelativeSpec("day", 0, "focus"),
    "later in the day": RelativeSpec("day", 0, "focus"),
    "earlier in the week": RelativeSpec("week", 0, "focus"),
    "later in the week": RelativeSpec("week", 0, "focus"),
    "earlier in the month": RelativeSpec("month", 0, "focus"),
    "later in the month": RelativeSpec("month", 0, "focus"),
    "earlier that day": RelativeSpec("day", 0, "focus"),
    "later that day": RelativeSpec("day", 0, "focus"),
    "that same day": RelativeSpec("day", 0, "focus"),
    "that same night": RelativeSpec("day", 0, "focus"),
    "that same evening": RelativeSpec("day", 0, "focus"),
    "that same weekend": RelativeSpec("week", 0, "focus"),
    "the same weekend": RelativeSpec("week", 0, "focus"),
    "that weekend": RelativeSpec("week", 0, "focus"),
    "the same evening": RelativeSpec("day", 0, "focus"),
    "the same date": RelativeSpec("day", 0, "focus"),
    "the same night": RelativeSpec("day", 0, "focus"),
    "the same morning": RelativeSpec("day", 0, "focus"),
    "the following week": RelativeSpec("week", 1, "focus"),
    "the next week": RelativeSpec("week", 1, "focus"),
    "the previous week": RelativeSpec("week", -1, "focus"),
    "the following month": RelativeSpec("month", 1, "focus"),
    "the previous month": RelativeSpec("month", -1, "focus"),
    "the following year": RelativeSpec("year", 1, "focus"),
    "the previous year": RelativeSpec("year", -1, "focus"),
    "that year": RelativeSpec("year", 0, "focus"),
    "earlier that year": RelativeSpec("year", 0, "focus"),
    "later that year": RelativeSpec("year", 0, "focus"),
    "earlier in the year": RelativeSpec("year", 0, "focus"),
    "later in the year": RelativeSpec("year", 0, "focus"),
}

# --- Pattern pieces ----------------------------------------------------------------------------


def _i(pattern: str) -> str:
    """A case-insensitive piece inside the case-sensitive English patterns."""
    return f"(?i:{pattern})"


# Capitals too, as headlines and datelines write them ("NOVEMBER 29", "MONDAY, NOV. 3"); an
# abbreviation in capitals only with its full stop, so "MAR" or "JUN" in a title is no month.
_MONTH = (
    rf"(?:{words(MONTHS)}|{words(name.upper() for name in MONTHS)}"
    rf"|(?:{words(MONTH_ABBREVIATIONS)})(?:\.?(?=[\s,;:)]|$)|\.(?=\d{{1,2}}\b))"
    rf"|(?:{words(name.upper() for name in MONTH_ABBREVIATIONS)})\.(?=\s))"
)
_WEEKDAY = rf"(?:{words(WEEKDAYS)}|{words(name.upper() for name in WEEKDAYS)})"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
_DAY_NUMBER = rf"(?:[12]\d|3[01]|0?[1-9]){_ORDINAL_SUFFIX}(?!\d)"
_NUMBER = rf"(?:(?<!\d[,.])\d+|{_i(words(NUMBERS))})"  # not "000" of "998,000"
_VAGUE = _i(words(dict.fromkeys(VAGUE_NUMBERS)))
_PART_OF_DAY = _i(r"(?:\s+(?:morning|afternoon|evening|night))?")
_TIME_OF_DAY = _i(r"(?:,?\s+(?:at|around)\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?)?")
_MERIDIAN = _i(r"a\.m\.|p\.m\.|am|pm")
_CLOCK = _i(r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)")
_TIMED = re.compile(r"\d|morning|afternoon|evening|night", re.IGNORECASE)
_B = r"(?<![\w-])"
_E = r"(?![\w])"
_PREFIX = _i(
    # "as soon as January", "as early as next week", "as recently as 2016": no part of the month
    r"(?:as\s+(?:soon|early|late|recently|far\s+back)\s+as\s+(?:(?:in|on)\s+)?"
    # "disappeared from the mountains around 1940"
    r"|(?P<around>around|circa)\s+"
    r"|(?P<part>(?:in|on|since|by|until|till|from|through|throughout|during|before|after|of|for|"
    r"(?:in\s+|by\s+|until\s+)?(?:early|mid-?|late)|"
    # "until end September", "at end-June"
    r"(?:at\s+|by\s+|until\s+|till\s+)end-?|"
    r"(?:at\s+|by\s+|until\s+)?the\s+(?:beginning|start|middle|end)\s+of)\s*(?<=\s|-)|mid-))"
)
_FISCAL = _i(r"the\s+year|(?:in\s+)?fiscal(?:\s+year)?|(?:in\s+)?(?:the\s+)?financial\s+year")
_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its", "their", "whose"])
_QUANTITY_BEFORE = frozenset(
    [
        "than",
        "about",
        "nearly",
        "almost",
        "around",
        "some",
        "over",
        "under",
        "approximately",
        "roughly",
        "only",
        "just",
        "number",
        "no",
        "page",
        "pages",
        "score",
    ]
)
_QUANTITY_AFTER = re.compile(
    r"(?:[%$€£]|dollars?|euros?|pounds?|people|persons?|residents?|deaths?|dead|votes?|jobs?|"
    r"workers?|employees?|troops|soldiers|cases|times|miles?|kilometers?|km|meters?|feet|tons?|"
    r"views|users|followers|points|years|months|days|hours|minutes|billion|million|thousand|"
    r"percent|bc|ad|usd|eur|gbp|chf|inr|rs|kes|ngn|zar|php|myr|sgd|aud|cad|nzd|yen|yuan|rupees?"
    # Units of measure: "the 1800 MHz band", "a 2000 MW plant".
    r"|hz|khz|mhz|ghz|kw|mw|gw|kwh|mwh|gwh|mbps|gbps|cc|mm|cm|kg|lbs?|acres?|hectares?"
    # A time on the 24-hour clock: "as of 1900 GMT".
    r"|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|hrs|hours"
    # A model year: "a 2011 Chevrolet", "his 2018 Toyota Camry".
    r"|chevrolet|chevy|ford|toyota|honda|nissan|volkswagen|vw|bmw|mercedes|mercedes-benz|audi|"
    r"hyundai|kia|dodge|jeep|tesla|subaru|mazda|chrysler|gmc|buick|cadillac|lexus|volvo|acura|"
    r"infiniti|lincoln|ram|mitsubishi|peugeot|renault|citroen|citroën|fiat|skoda|porsche)$",
    re.IGNORECASE,
)


# Texts named after their year: "the Civil Rights Act of 1964" dates nothing of the article.
# Deeds and disasters a year before them dates ("the 2017 murder", "the 2011 earthquake").
_HAPPENINGS = (
    r"murder|killing|attack|shooting|stabbing|bombing|blast|explosion|crash|collision|fire|"
    r"wildfire|earthquake|quake|tsunami|flood|flooding|hurricane|cyclone|typhoon|storm|riot|"
    r"coup|massacre|assault|robbery|kidnapping|abduction|invasion|raid|disappearance|"
    r"collapse|derailment|outbreak|arrest|conviction|acquittal|indictment|merger|takeover|"
    r"acquisition|bankruptcy|resignation|assassination|heist|hack|leak|scandal|drought|"
    r"incident|accident|tragedy|disaster|eruption|landslide|spill|uprising|pandemic"
)


# After a day set before a scheduled happening ("the Nov. 7 elections", "its June 30
# deadline"): the clause's tense is the story's, not the happening's, so the day nearest
# publication is meant. Not a deed ("jailed for the July 4 attack"), which lies behind.
DAY_NAMING_A_HAPPENING = re.compile(
    r"\s+(?:hearing|meeting|election|vote|deadline|session|summit|conference|sitting|trial|"
    r"poll|referendum|launch|release|runoff|primary|ballot|budget|"
    # "a July 25 phone call", "the Oct. 3 speech"
    r"(?:phone\s+)?call|speech|visit|rally|interview|address|broadcast|"
    # "the Sept. 5 opener": fixtures
    r"opener|finale|premiere|kickoff|game|match|fixture|showdown|derby|final|"
    # "street closures for the Sept. 19 event"
    r"event|festival|concert|fair|parade|celebration|ceremony|gala|reopening|return)s?\b"
)


NAMED_BY_YEAR = frozenset(
    [
        "act",
        "law",
        "treaty",
        "accord",
        "accords",
        "constitution",
        "convention",
        "pact",
        "charter",
        "class",
        # "the 2019 Appropriation Bill", "the 2024 Kenya Certificate of Secondary Education"
        "bill",
        "certificate",
        # "the 1922 Committee", "the 1899 Club": bodies named after a year.
        "committee",
        "club",
        "society",
    ]
)


# A text numbered within its year, before "of" and the year: "Statutory Instrument 85",
# "Legal Notice No. 4".
_NUMBERED_TEXT = re.compile(r"\b[A-Z][a-z]+\s+(?:No\.?\s*)?[A-Z]{0,2}\d+[A-Za-z]?\s+$")


_CLAUSE_CLOSES = re.compile(r"\s*[.;,)]")


def _year_is_date(text: str, match: re.Match) -> bool:
    """ "in 2019" is a date; "more than 2000 people", "Windows 2000", "the Act of 1964" and
    "contact the station on 1800 666 111" are not."""
    if re.match(r"[ \t]?\d", text[match.end("y") :]):
        return False  # a number goes on: a phone number
    before = preceding_words(text, match.start(), 1)
    if (
        before
        and before[-1] in _QUANTITY_BEFORE
        # not "centered around a 2016 ski collision": a determiner takes the year
        and not _DETERMINERS.intersection(preceding_words(text, match.start("y"), 1))
    ):
        return False
    if match.groupdict().get("around") and not _CLAUSE_CLOSES.match(text, match.end("y")):
        return False  # "around 1940." closes its clause; "around 2000 visitors" counts
    prefix = (match.groupdict().get("part") or "").strip().lower()
    if before and before[-1] in NAMED_BY_YEAR and prefix == "of":
        return False
    if prefix == "of" and _NUMBERED_TEXT.search(text, max(0, match.start() - 40), match.start()):
        return False  # "Statutory Instrument 85 of 2023", "Legal Notice No. 4 of 2022": a text

    return not _QUANTITY_AFTER.match(following_word(text, match.end("y")))


_NAMED_AFTER_YEAR = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*")


def _names_an_edition(text: str, match: re.Match) -> bool:
    """ "the 2019 French Open" dates an edition; "the 1964 Civil Rights Act" names a text."""
    if not _year_is_date(text, match):
        return False
    name = _NAMED_AFTER_YEAR.match(text, match.end())
    if name is None:
        return True
    words_of_name = name.group(0).lower().split()
    return not any(word.strip(".,") in NAMED_BY_YEAR for word in words_of_name)


# Words opening a list of years: "won in 1995, 2001 and 2009", "its 2020 and 2021 events".
_LIST_HEADS = r"(?i:in|since|from|of|its|their|his|her|whose|in\s+both)"


# Words before a bare span of years that make it a period ("in 2019-2020"); after a noun it
# is a label ("the 2021-2026 plan" aside, "its Vision 2020-2030").
_SPAN_PREPOSITIONS = frozenset(["in", "of", "from", "for", "during", "over", "since", "between"])


def _span_is_date(text: str, match: re.Match) -> bool:
    if (
        text[match.start() - 1 : match.start()] == "("
        and text[match.end() : match.end() + 1] == ")"
    ):
        return True  # "Labour minister (1988-1991)": a tenure
    before = preceding_words(text, match.start(), 1)
    return bool(before) and before[-1] in _SPAN_PREPOSITIONS


# A name ending in "May" ("Theresa May", "Mrs May") makes a bare "for May" the person.
_MAY_AS_NAME = re.compile(r"(?:\b(?:Mrs?|Ms|Dr)\.?|\b[A-Z][a-z]+)\s+May\b")
_NOT_NAMES = frozenset(
    [
        "In",
        "By",
        "Since",
        "Until",
        "Till",
        "Through",
        "From",
        "During",
        "Before",
        "After",
        "Of",
        "For",
        "On",
        "Early",
        "Late",
        "Mid",
        "Last",
        "Next",
        "This",
        "And",
        "Or",
        "But",
        "Every",
        "The",  # "The May general election"
        "A",
    ]
)


_AUGUST_BODY = re.compile(r"(?<=August)\s+(?:House|Assembly|Chamber|Body|body|gathering|company)\b")


def _month_is_date(text: str, match: re.Match) -> bool:
    """ "in May" is a month, unless the article names someone May and nothing else in the
    phrase (a day, "last", "early") makes it one: "a headache for May". "This August House" is
    a parliament."""
    if _AUGUST_BODY.match(text, match.end("m")):
        return False
    if match.group("m") != "May" or match.group("dir") or match.groupdict().get("this"):
        return True
    prefix = (match.group("part") or "").strip().lower()
    first = prefix.split(maxsplit=1)[0] if prefix else ""
    if first in {"early", "mid", "mid-", "late", "in", "by", "until"}:
        return True
    return not any(
        found.group().split()[0] not in _NOT_NAMES for found in _MAY_AS_NAME.finditer(text)
    )


def _not_a_name_and_year(text: str, match: re.Match) -> bool:
    """ "File photo of Theresa May, 2015.": a name ending in "May" and a year, no month (not
    "in May, 2015")."""
    if match.group("m") != "May" or (match.group("part") or "").strip():
        return True
    name = _MAY_AS_NAME.search(text, max(0, match.start("m") - 30), match.end("m"))
    return not (
        name is not None
        and name.end() == match.end("m")
        and name.group().split()[0] not in _NOT_NAMES
    )


# Sports periods: "in the first quarter" of a game dates nothing.
_GAME = re.compile(
    r"\b(?:\d{1,3}-\d{1,3}|game|match|quarterback|touchdown|field goal|halftime|half-time|"
    r"inning|scored|kickoff|overtime|rebounds|assists|deficit|buzzer|free throws?|"
    r"three-pointers?)\b",
    re.IGNORECASE,
)


def _old_year_is_date(text: str, match: re.Match) -> bool:
    """ "on 2 March 1624 prohibits" is that day; "on March 2 1500 people marched" is a count."""
    return not _QUANTITY_AFTER.match(following_word(text, match.end("y")))


def _quarter_is_date(text: str, match: re.Match) -> bool:
    """A yearless quarter in a sentence about a game is a period of play; "last quarter"
    without "the" or a year is the previous quarter (a relative), not the fourth."""
    if match.group("y"):
        return True
    if re.match(r"(?i)last\b", match.group(0).lstrip()):
        return False
    if _OWN_SPAN.match(text, match.end()):
        return False  # "the first quarter from Aug. 15 to Oct. 11": a school term
    if "Quarter" in match.group(0) and re.match(r"\s+[A-Z]", text[match.end() :]):
        return False  # "the First Quarter Storm": a name
    start, end = sentence_around(text, match.start(), match.end())
    return not _GAME.search(text, start, end)


def _months_of_a_quarter(text: str, match: re.Match) -> bool:
    """ "January-March" names a quarter, followed by "quarter" or by its year ("In April-June
    2022, GDP growth is expected ..."); "February-April" does not."""
    if match.group("unit") is None and match.group("y") is None:
        return False
    last = MONTHS[match.group("qm").capitalize()]
    return last % 3 == 0 and MONTHS[match.group("qfirst").capitalize()] == last - 2


# Days given right after a quarter or a term: it is its own span, not the calendar's.
_OWN_SPAN = re.compile(
    rf"\s*[,(]?\s*(?:{_i('from|runs from|running from|spans|spanning')}\s+)?"
    rf"(?:{_MONTH})\s+{_DAY_NUMBER}"
)
_RECORD_WORDS = frozenset(
    ["first", "last", "best", "worst", "highest", "lowest", "biggest", "largest", "only", "time"]
)
_SUPERLATIVES = _RECORD_WORDS - {"last", "time"} | {
    "oldest",
    "youngest",
    "greatest",
    "longest",
    "shortest",
    "fastest",
    "strongest",
    "deadliest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "busiest",
    "smallest",
    "most",
}


_POSSESSIVE_BEFORE = re.compile(r"(?i:\b(?:his|her|its|their|my|our|your)\s+)$")


def _working_week(match: re.Match) -> bool:
    """ "Monday through Friday": opening hours, every week, no span of one week."""
    first, last = match.group("wd1").capitalize(), match.group("wd2").capitalize()
    return (
        WEEKDAYS.get(first) == 0
        and WEEKDAYS.get(last, 0) >= 4
        and re.search(r"(?i)\bthrough\b", match.group(0)) is not None
        and not re.match(r"(?i)\s*from\b", match.group(0))
    )


def _relative_not_a_name(text: str, match: re.Match) -> bool:
    """ "Today FM", "USA Today", "the Today show": a capitalised "Today" inside a sentence,
    beside another capitalised word, names a medium; "his last week in office" is his final
    one, no date."""
    word = match.group(0)
    if word.lower().startswith("last ") and _POSSESSIVE_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        return False  # "his last week in office": his final one
    if word.lower() in {"last year", "past year"} and re.search(
        r"(?i)\b(?:over|in|during|throughout)\s+the\s+$",
        text[max(0, match.start() - 20) : match.start()],
    ):
        return False  # "declined 12.6% over the last year": the twelve months gone, a span
    if word.lower().startswith("next ") and re.search(
        r"(?i)\b(?:for|over|during|throughout|within)\s+the\s+$",
        text[max(0, match.start() - 20) : match.start()],
    ):
        return False  # "northbound for the next month": the weeks ahead, a span
    if not word[:1].isupper() or match.start() == 0:
        return True
    if re.search(r"(?:[.!?:;\n]|[\"“‘'(])\s*$", text[max(0, match.start() - 3) : match.start()]):
        return True  # a sentence or a quote opens on it
    if " " in word and in_title_case_line(text, match.start()):
        return True  # a headline: "Samsung, Apple, Sony Phones Intro Next Month"
    before = re.search(r"([A-Z][\w&-]*)\s+$", text[max(0, match.start() - 30) : match.start()])
    after = re.match(r"\s+([A-Z][\w&-]*)", text[match.end() : match.end() + 30])
    return not (before or after or text[max(0, match.start() - 4) : match.start()] == "the ")


def _in_future_is_date(text: str, match: re.Match) -> bool:
    """ "in three weeks" lies ahead; "their first title in 50 years" and "hasn't missed the
    podium ... in eight years" measure a wait."""
    if set(preceding_words(text, match.start(), 4)) & _RECORD_WORDS:
        return False
    # "the fourth to be formed in two years", "the third election in four years": a count
    # within a span (not "The second phase will start in two years").
    before = preceding_words(text, match.start(), 6)
    ordinal = [i for i, word in enumerate(before) if word in _COUNTING_ORDINALS]
    if ordinal and not set(before[ordinal[-1] :]) & _FINITE_AUXILIARIES:
        return False
    start, _ = sentence_around(text, match.start(), match.end())
    # "the first bilateral visit by an Indian Prime Minister to Nepal in 17 years"
    if set(re.findall(r"[a-z]+", text[start : match.start()].lower())) & _SUPERLATIVES:
        return False
    return not _PERFECT_OR_NEGATED.search(text, start, match.start())


_COUNTING_ORDINALS = frozenset(
    ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
_PERFECT_OR_NEGATED = re.compile(r"(?i)\b(?:has|have|had)(?:n['’]t)?\b|\bnot\b|\bnever\b")


# "from 2008 and 2010": two dates listed after "from", not a span ("from ... to", "between ...
# and").
_FROM_AND = re.compile(r"(?i:from\b.*\sand\s)")


def _is_span(text: str, match: re.Match) -> bool:
    return not _FROM_AND.match(match.group(0))


def _range_is_date(text: str, match: re.Match) -> bool:
    """ "between 1163 and 1345" spans years; "between 1500 and 2000 people" counts."""
    if int(match.group("y1")) >= int(match.group("y2")) or not _is_span(text, match):
        return False
    return not _QUANTITY_AFTER.match(following_word(text, match.end()))


_WEEKDAY_TO_WEEKDAY = re.compile(rf"\s*(?:to|through|[-–])\s*(?i:{_WEEKDAY})\b")
_WEEKDAY_TO_WEEKDAY_AFTER = re.compile(rf"(?i:{_WEEKDAY})\s*(?:to|through|[-–])\s*$")


# "the Friday and Saturday nights", "Sunday mornings": every week.
_PLURAL_PARTS_OF_DAY = re.compile(
    rf"(?:\s+(?:and|or|&)\s+(?i:{_WEEKDAY}))?\s+(?i:nights|evenings|mornings|afternoons)\b"
)


def _not_habitual(text: str, match: re.Match) -> bool:
    """ "every Monday" is a habit, "on a Monday" any Monday; "Sunday Best", "Sunday Times" and
    "'Merger Monday'" are names."""
    before = preceding_words(text, match.start(), 2)
    if before and before[-1] in {"every", "each"}:
        return False
    named = _PROGRAMME.match(text, match.start("wd") if "wd" in match.re.groupindex else 0)
    if named and named.start() >= match.start() and _used_as_a_name(text, named.group(0)):
        # "spoke to Saturday Morning on the condition": a programme's name; "Tuesday Morning
        # (NASDAQ:TUES)": a company's, wherever the text writes it ("About Tuesday Morning")
        return False
    if _WEEKDAY_TO_WEEKDAY.match(text, match.end()) or _WEEKDAY_TO_WEEKDAY_AFTER.search(
        text, max(0, match.start() - 15), match.start()
    ):
        return False  # "working Monday to Friday (9am to 6pm)": every working day
    if before[-2:] == ["on", "a"]:
        return False  # "announced on a Monday": any Monday ("a Saturday night clinch" is one)
    if _PLURAL_PARTS_OF_DAY.match(text, match.end()):
        return False  # "scheduling games for the Friday and Saturday nights": every week
    if (
        match.start() > 0
        and text[match.start() - 1] in "\"“'‘"
        and match.group(0) == match.groupdict().get("wd")
    ):
        return bool(match.group(0)[0].islower())  # "'Merger Monday'"; not "“On Saturday the"
    quoted = re.search(
        r"[\"“'‘]([A-Z][\w-]*)\s+$", text[max(0, match.start() - 30) : match.start()]
    )
    if quoted and quoted.group(1).lower() not in _OPENING_WORDS:
        return False  # a quoted name ending in a weekday; not a quote opening "By Friday"
    if before and before[-1] in _NAMED_DAYS:
        return False  # "Super Tuesday", "Black Friday": days named apart from the week
    if _ORDINAL_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False  # "the second Tuesday or Wednesday of September": any year's
    # A name holds on one line ("Sunday Times"); a time closing the match ends it ("until
    # Wednesday at 6:03 p.m. EST").
    timed = re.search(r",?\s+(?:at|around)\s+\d", match.group(0))
    end = match.start() + timed.start() if timed else match.end()
    after = re.match(r"[ \t]+([A-Z]\w*)", text[end:])
    if after and (match.group(0) != match.group("wd") or after.group(1).isupper()):
        return True  # "Earlier on Sunday US election observers said": a day, then a subject
    return not (after and after.group(1) not in MONTHS and after.group(1) not in _TIME_WORDS)


def _used_as_a_name(text: str, phrase: str) -> bool:
    """Whether the text once writes a weekday and a capitalised part of the day as a name:
    between lowercase words ("objective on Tuesday Morning from $1.70"), before "'s" or a
    ticker ("Tuesday Morning (NASDAQ:TUES)")."""
    for found in re.finditer(re.escape(phrase), text):
        before = text[max(0, found.start() - 2) : found.start()]
        after = text[found.end() : found.end() + 12]
        if _TICKER.match(after) or (
            re.search(r"[a-z,][ \t]$", before) and re.match(r"[ \t]+[a-z]|['’]s\s", after)
        ):
            return True
    return False


_TICKER = re.compile(r"\s*\((?:NASDAQ|NYSE|AMEX|LSE|TSX|ASX|OTC)\b", re.IGNORECASE)
_TIME_WORDS = frozenset({"Morning", "Night", "Evening", "Afternoon"})
# Words judging a whole year: "a lean 2016", "a difficult 2020".
_JUDGED = (
    "lean|difficult|tough|hard|disappointing|strong|record|busy|turbulent|tumultuous|"
    "successful|bumper|stellar|remarkable|challenging|quiet|solid|poor|dismal|forgettable|"
    "memorable|terrible|horrible|wonderful|fantastic|brilliant|rocky|troubled|injury-hit|"
    "injury-plagued|eventful|productive|miserable"
)
# A weekday and a capitalised part of the day between lowercase words: a programme's name.
_PROGRAMME = re.compile(r"[A-Z][a-z]+day\s+(?:Morning|Night|Evening|Afternoon)")
_ORDINAL_BEFORE = re.compile(
    r"(?i:\b(?:first|second|third|fourth|\d+(?:st|nd|rd|th))\s+(?:[a-z]+\s+(?:or|and)\s+)?)$"
)
# Words that open a quoted sentence before a weekday, and no name: "“By Friday afternoon".
_OPENING_WORDS = frozenset(
    ["by", "on", "from", "until", "till", "since", "before", "after", "through", "and", "but"]
    + ["so", "then", "last", "next", "this", "early", "late"]
)
_NAMED_DAYS = frozenset({"super", "black", "cyber", "giving", "ash", "palm", "bloody", "maundy"})


def _offset_is_anaphoric(text: str, match: re.Match) -> bool:
    """ "two days later" ends a clause; "two days after the attack" names its own anchor;
    "at least 48 hours before" is a notice a rule requires, no date."""
    if _BOUND_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return False
    if following_word(text, match.end()) == "than":
        return False  # "five weeks earlier than last season": a comparison, no day
    if match.group("dir").lower() not in {"after", "before"}:
        return True
    return following_word(text, match.end()) in {"", ",", ".", ";", "that"}


_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:at\s+least|at\s+the\s+latest|no\s+later\s+than|at\s+most)"
    # "followed three to four days later by": a range of counts, no one day
    r"|\b(?:\d+|[a-z]+)\s*(?:to|or|-|–)\s*)\s*$"
)


# Spellings and signs of English written outside the US, where numeric dates put the day
# first ("03/02/22" is 3 February in a British, Irish, Indian or Australian paper).
_DAY_FIRST_CUES = re.compile(
    r"£|\b(?:per cent|colour|favour|labour|organis\w*|programme|centre|whilst|realis\w*|"
    r"council's|NHS|GMT|BST|AEST|IST|Gardaí|Garda|lakh|crore)\b"
)
_MONTH_FIRST_CUES = re.compile(r"\$|\b(?:percent|color|favor|labor|organiz\w*|center|realiz\w*)\b")


_NUMERIC_DATE = re.compile(r"(?<![\d/.,])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")


def writes_day_first(text: str) -> bool:
    """Whether an English article writes numeric dates day first: by its own dates where one
    can be read one way only ("15/07/2022"), else by its spellings."""
    numeric = [(int(first), int(second)) for first, second in _NUMERIC_DATE.findall(text)]
    if any(first > 12 >= second for first, second in numeric):
        return True
    if any(second > 12 >= first for first, second in numeric):
        return False
    return len(_DAY_FIRST_CUES.findall(text)) > len(_MONTH_FIRST_CUES.findall(text))


def _rule(name: str, kind: str, pattern: str, accept=None) -> Rule:
    return Rule(name, kind, re.compile(pattern), accept)


# Feasts on a fixed day; a bare "Christmas" is a season more often than a day.
HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "the day after christmas": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "remembrance day": (11, 11),
    "armistice day": (11, 11),
    "international women's day": (3, 8),
    "world aids day": (12, 1),
    "earth day": (4, 22),
    "holocaust memorial day": (1, 27),
    # Feasts on a fixed day of one country, named by that country's own press.
    "the fourth of july": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "juneteenth": (6, 19),
    "veterans day": (11, 11),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "guy fawkes night": (11, 5),
    "bastille day": (7, 14),
    "anzac day": (4, 25),
    "canada day": (7, 1),
    "australia day": (1, 26),
    "waitangi day": (2, 6),
    "inauguration day": (1, 20),  # the US president's, since 1937
    # Feasts on the nth weekday of a month (month, nth, weekday; -1 the last): the US ones.
    "labor day": (9, 1, 0),
    "memorial day": (5, -1, 0),
    "thanksgiving day": (11, 4, 3),
    "martin luther king jr. day": (1, 3, 0),
    "martin luther king day": (1, 3, 0),
    "mlk day": (1, 3, 0),
    "presidents' day": (2, 3, 0),
    "presidents day": (2, 3, 0),
    "columbus day": (10, 2, 0),
    "remembrance sunday": (11, 2, 6),  # the UK's
    # Feasts moving with Easter: their days after Easter Sunday.
    "shrove tuesday": (-47,),
    "ash wednesday": (-46,),
    "palm sunday": (-7,),
    "maundy thursday": (-3,),
    "holy thursday": (-3,),
    "good friday": (-2,),
    "holy saturday": (-1,),
    "easter sunday": (0,),
    "easter day": (0,),
    "easter monday": (1,),
    "ascension day": (39,),
    "whit sunday": (49,),
    "pentecost sunday": (49,),
    "whit monday": (50,),
}

RULES = LanguageRules(
    code="en",
    months={**{k.lower(): v for k, v in MONTHS.items()}}
    | {k.lower(): v for k, v in MONTH_ABBREVIATIONS.items()},
    weekdays={k.lower(): v for k, v in WEEKDAYS.items()},
    numbers=NUMBERS,
    units=UNITS,
    relatives=RELATIVES,
    parts=PARTS,
    directions=DIRECTIONS,
    ordinals=ORDINALS,
    year_link=re.compile(r",?\s+(?:of\s+)?"),  # "in March of last year"
    seasons=SEASONS,
    holidays=HOLIDAYS,
    day_first=False,
    vague_numbers=VAGUE_NUMBERS,
    habit=re.compile(
        r"(?i:(?<![\w-])(?:every|each)(?:\s+(?:first|second|third|fourth|last|other))?)\s+$"
    ),
    rules=(
        # Ranges: "March 3-5, 2020", "from May 3 to May 5", "between 2019 and 2021".
        _rule(
            "day_range_dash",
            "range",
            rf"{_B}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY_NUMBER})\s?[-–]\s?(?P<d2>{_DAY_NUMBER})"
            rf"(?:,?\s+(?P<y2>{YEAR}))?{_E}",
        ),
        _rule(
            "day_range",
            "range",
            rf"{_B}{_i('from|between')}\s+(?:(?P<wd1>{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s+"
            rf"(?P<d1>{_DAY_NUMBER})(?:,?\s+(?P<y1>{YEAR}))?"
            rf"(?:\s+{_i('to|and|through to|through|until')}\s+|\s?[-–]\s?)"
            rf"(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY_NUMBER})"
            rf"(?:,?\s+(?P<y2>{YEAR}))?{_E}",
        ),
        # Day first, as British, Irish, Indian and African papers write: "from 3 to 5 March",
        # "between 28 February and 3 March 2020", "3-5 March".
        _rule(
            "day_first_range",
            "range",
            rf"{_B}(?:(?:{_i('from|between')})\s+(?:(?P<wd1>{_WEEKDAY}),?\s+)?)?"
            # "11th/12th/19th/20th July": the nights of a run of shows, from the first to the last
            rf"(?P<d1>{_DAY_NUMBER})(?:/{_DAY_NUMBER}(?=/))*"
            rf"(?:\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{YEAR}))?)?"
            # "7/8 November": a weekend's two days, as Irish and British fixtures write them
            rf"(?:\s+{_i('to|until|through to|through|and')}\s+|\s?[-–]\s?|/)"
            rf"(?:(?P<wd2>{_WEEKDAY}),?\s+)?"
            rf"(?P<d2>{_DAY_NUMBER})\s+(?:{_i('of')}\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{YEAR}))?{_E}",
            lambda text, match: (
                re.match(r"(?i)from|between", match.group(0)) is not None
                or not re.search(r"(?i)\sand\s", match.group(0))
            ),
        ),
        # Days running in one month: "on 8, 9 and 10 August", "8 and 9 May 2021" (a span, as
        # press gold reads enumerations).
        _rule(
            "day_enumeration",
            "range",
            rf"{_B}(?:{_i('on')}\s+)?(?P<d1>{_DAY_NUMBER})(?:,\s*{_DAY_NUMBER})*,?\s+{_i('and')}\s+"
            rf"(?P<d2>{_DAY_NUMBER})\s+(?:{_i('of')}\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{YEAR}))?{_E}",
            lambda text, match: (
                "," in match.group(0)
                or int(re.sub(r"\D", "", match.group("d2")))
                - int(re.sub(r"\D", "", match.group("d1")))
                == 1
            ),
        ),
        # Two days apart are two dates, the first in the month that closes the pair: "on 3 and
        # 17 May".
        _rule(
            "enumerated_day",
            "calendar",
            rf"{_B}(?:{_i('on')}\s+)?(?P<d>{_DAY_NUMBER})"
            rf"(?=\s+{_i('and')}\s+{_DAY_NUMBER}\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{YEAR}))?{_E})",
        ),
        # "Monday Feb. 11 through Friday Feb. 15", "Dec. 22-Jan. 3": a span with no "from".
        _rule(
            "day_range_through",
            "range",
            rf"{_B}(?:(?P<wd1>{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY_NUMBER})"
            rf"(?:,?\s+(?P<y1>{YEAR}))?(?:\s+{_i('through|thru|until|to')}\s+|\s*[-–—]\s*(?={_MONTH}))"
            rf"(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY_NUMBER})"
            rf"(?:,?\s+(?P<y2>{YEAR}))?{_E}",
        ),
        # Two days running: "on Wednesday and Thursday", "from late Thursday through Friday".
        _rule(
            "weekday_pair",
            "range",
            rf"{_B}(?:{_i('on|from')}\s+)?(?:{_i('late|early')}\s+)?(?P<wd1>{_WEEKDAY})\s+"
            # "Thursday night into Friday morning", "Thursday and into Friday".
            rf"(?:{_i('night|morning|afternoon|evening')}\s+)?"
            # "from 8 p.m. Wednesday through 4 p.m. Thursday", "from Wednesday at 8 p.m. until
            # Thursday at 4 p.m.": the hours of a span of two days.
            rf"(?:(?:{_i('at')}\s+)?(?:{_CLOCK}|{_i('noon|midnight')})\s+(?={_i('through|until')}))?"
            rf"(?:{_i('and into|and|through to|through|into|until')}\s+(?:{_i('late|early')}\s+)?"
            rf"|{_i('through|until')}\s+(?:{_CLOCK}|{_i('noon|midnight')})\s+)"
            rf"(?P<wd2>{_WEEKDAY})"
            rf"(?:\s+{_i('night|morning|afternoon|evening')})?"
            rf"(?!,?\s+(?:{_MONTH}|\d)){_E}",
            lambda text, match: _not_habitual(text, match) and not _working_week(match),
        ),
        # Two weekdays with their days: "on Friday and Saturday May 13 and 14 2022".
        _rule(
            "weekday_pair_dated",
            "range",
            rf"{_B}(?:{_i('on')}\s+)?(?P<wd1>{_WEEKDAY})\s+{_i('and')}\s+(?P<wd2>{_WEEKDAY}),?\s+"
            rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY_NUMBER})\s+{_i('and')}\s+(?P<d2>{_DAY_NUMBER})"
            rf"(?:,?\s+(?P<y2>{YEAR}))?{_E}",
        ),
        # A span between two weekdays with a time or a part of day at an end: "from 3pm Friday
        # to Saturday morning" (a warning, a closure); "from Monday to Friday" alone is a habit.
        _rule(
            "weekday_span",
            "range",
            rf"{_B}{_i('from')}\s+(?:{_CLOCK}\s+)?(?P<wd1>{_WEEKDAY}){_PART_OF_DAY}\s+"
            rf"{_i('to|until|till|into')}\s+(?:{_CLOCK}\s+)?(?P<wd2>{_WEEKDAY}){_PART_OF_DAY}{_E}",
            lambda text, match: bool(_TIMED.search(match.group(0))),
        ),
        _rule(
            "month_range",
            "range",
            # "from late May to June": the months, as "late May" is May
            rf"{_B}{_i('from|between')}\s+(?:{_i('early|mid|late')}[\s-]+)?(?P<m1>{_MONTH})"
            rf"(?:\s+(?P<y1>{YEAR}))?\s+"
            # "from January until September 7": from the first day of the month
            rf"{_i('to|and|through|until')}\s+(?:{_i('early|mid|late')}[\s-]+)?"
            rf"(?P<m2>{_MONTH})(?:\s+(?P<d2>[0-3]?\d)"
            rf"(?:st|nd|rd|th)?(?![\d,.]?\d))?(?:,?\s+(?P<y2>{YEAR}))?{_E}",
            _is_span,
        ),
        _rule(
            "year_range",
            "range",
            rf"{_B}{_i('from|between')}\s+(?P<y1>{ANY_YEAR})\s+{_i('to|and|through|until')}\s+"
            rf"(?P<y2>{ANY_YEAR}){_E}",
            _range_is_date,
        ),
        _rule(
            "year_span",
            "range",
            rf"{_B}(?P<y1>{YEAR})\s?[-–]\s?(?P<y2>{YEAR}){_E}",
            _span_is_date,
        ),
        # A sports season by its years ("the 2019-20 season"): the year it opens.
        _rule(
            "season_years",
            "calendar",
            rf"{_B}(?:the\s+)?(?P<y>{YEAR})[-–/](?:\d\d|{YEAR})\s+{_i('season|campaign')}{_E}",
        ),
        # The formal "the 30th day of June 2025".
        _rule(
            "nth_day_of_month",
            "calendar",
            rf"{_B}the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+day\s+of\s+(?P<m>{_MONTH})"
            rf"(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        # Dates: "Wednesday, May 24, 2023", "Jan. 6, 2021", "January 6th", "6 January 2021",
        # "Sunday night, October 7".
        _rule(
            "month_day",
            "calendar",
            rf"{_B}(?:(?P<this>{_i('this')})\s+|{_PREFIX})?(?:(?P<wd>{_WEEKDAY}){_PART_OF_DAY},?\s+)?"
            # A month heading a list ("June" over "10 – Manchester") is no part of the day.
            # "Aug.23": an abbreviation's full stop may stand for the space.
            rf"(?P<m>{_MONTH})(?:[^\S\n]+|(?<=\.))(?P<d>{_DAY_NUMBER})"
            rf"(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        _rule(
            "day_month",
            "calendar",
            rf"{_B}(?:{_i('on')}\s+)?(?:(?P<wd>{_WEEKDAY}){_PART_OF_DAY},?\s+)?(?:{_i('the')}\s+)?"
            rf"(?P<d>{_DAY_NUMBER})\s+(?:{_i('of')}\s+)?(?P<m>{_MONTH}),?"
            rf"(?:\s+(?P<y>{YEAR}))?{_E}",
        ),
        # A day of an older year: "on 2 March 1624", "on October 14, 1066" (not "on March 2
        # 1500 people").
        _rule(
            "day_old_year",
            "calendar",
            rf"{_B}(?:{_i('on')}\s+)?(?:{_i('the')}\s+)?(?P<d>{_DAY_NUMBER})\s+(?:{_i('of')}\s+)?"
            rf"(?P<m>{_MONTH}),?\s+(?P<y>{OLD_YEAR}){_E}",
            _old_year_is_date,
        ),
        _rule(
            "month_day_old_year",
            "calendar",
            rf"{_B}(?:{_i('on')}\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY_NUMBER}),?\s+(?P<y>{OLD_YEAR}){_E}",
            _old_year_is_date,
        ),
        # An older year closing its clause: "Opened in 1793, the Louvre ..." (not "in 1500
        # homes").
        _rule(
            "old_year_in",
            "calendar",
            rf"{_B}{_i('in')}\s+(?P<y>{OLD_YEAR})(?=[ \t]*[,.;:)](?!\d))",
        ),
        # A year judged as a whole: "After a lean 2016 and his decision to miss the tour" (not
        # "a strong 2019 season", "a 2016 Pontiac").
        _rule(
            "judged_year",
            "calendar",
            rf"{_B}{_i('a|an')}\s+(?:{_i(_JUDGED)})\s+(?P<y>{YEAR})"
            r"(?=[ \t]*[,.;:)](?!\d)|\s+(?:and|for|in|when|as|with|but|that|after|before)\b)",
        ),
        # A weekday and a day, the month left to the calendar or to a heading: "Saturday 17 -
        # Bangkok" under "DECEMBER 2022", "on Saturday the 10th".
        _rule(
            "weekday_day",
            "calendar",
            # ("this next Friday the 13th": the day tells which Friday)
            rf"{_B}(?:{_i('on')}\s+)?(?:{_i('this next|this coming|next|this')}\s+)?"
            rf"(?P<wd>{_WEEKDAY})\s+(?:{_i('the')}\s+)?(?P<d>{_DAY_NUMBER})"
            # Then a pause or a time, not a count, a score or a clock: "on Friday 13 people
            # died", "won on Saturday 2-1", "Sunday 15:30".
            r"(?=[ \t]*(?:[,;)\n?!]|[.:](?!\d)|[–—-](?![ \t]*\d)|$)"
            r"|\s+(?:at|from|to|and|until)(?![\w'’-]))",
            _not_habitual,
        ),
        # "on April the 6th"
        _rule(
            "month_the_day",
            "calendar",
            rf"{_B}(?:{_i('on|by|until|from')}\s+)?(?P<m>{_MONTH})\s+{_i('the')}\s+"
            rf"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){_E}(?:,?\s+(?P<y>{YEAR}))?",
        ),
        # A day of the month in focus: "on the 10th, a second concert" (the pipeline gives it
        # the focus's month, or drops it).
        _rule(
            "bare_day",
            "calendar",
            rf"{_B}{_i('on')}\s+{_i('the')}\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
            rf"(?=\s*[,;)]|\s*\.(?!\d)|\s+(?:and|at|when)\b)",
        ),
        # "on the 22nd of the same month": the month in focus, said so.
        _rule(
            "bare_day",
            "calendar",
            rf"{_B}{_i('on')}\s+{_i('the')}\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
            rf"\s+{_i('of the same month|of that month')}{_E}",
        ),
        # "the last week of July", "in the first week of June 2021", "the first week in July".
        _rule(
            "nth_week_of_month",
            "calendar",
            rf"{_B}(?:{_i('in|during|for|by|over')}\s+)?(?:{_i('the')}\s+)?"
            rf"(?P<nth>{_i('first|second|third|fourth|last|final')})\s+(?P<week>{_i('week')})\s+"
            rf"{_i('of|in')}\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        _rule(
            "week_of",
            "calendar",
            # "the week ending on May 25", "the week through Jan. 4", "the week from Dec. 29":
            # the ISO week holding the day.
            rf"{_B}{_i('the')}\s+(?P<week>{_i('week')})\s+"
            rf"{_i('of|ending|ended|through|from|starting|beginning')}\s+(?:{_i('on')}\s+)?"
            rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        # The same, its day first: "in the week ended 30th June 2023".
        _rule(
            "week_of",
            "calendar",
            rf"{_B}{_i('the')}\s+(?P<week>{_i('week')})\s+"
            rf"{_i('of|ending|ended|through|from|starting|beginning')}\s+(?:{_i('on')}\s+)?"
            rf"(?P<d>{_DAY_NUMBER})\s+(?:{_i('of')}\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        # "Walker will square off with Evers come November": that month, ahead.
        _rule(
            "month_come",
            "calendar",
            rf"{_B}{_i('come')}\s+(?P<m>{_MONTH})(?![\w'’])(?!\s+\d)",
        ),
        _rule(
            "numeric_date",
            "calendar",
            r"(?<![\d/.,])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
        ),
        # A day opening a line of a list, its month first: "05/14 - Atlanta, GA @ Shaky Knees".
        _rule(
            "numeric_day_line",
            "calendar",
            r"(?m)^[ \t]*(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?=[ \t]+[-–—|:][ \t]*[A-ZÀ-Ý])",
        ),
        # A year opening a line of a list: "2001: Thomas Gunzig", a laureate of that year.
        _rule(
            "year_line",
            "calendar",
            rf"(?m)^[ \t]*(?P<y>{YEAR})(?=[ \t]*[:–—][ \t]+[A-ZÀ-Ý])",
        ),
        _rule(
            "iso_date",
            "calendar",
            r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d])",
        ),
        _rule(
            "month_year",
            "calendar",
            rf"{_B}{_PREFIX}?(?P<m>{_MONTH}),?\s+(?:{_i('of')}\s+)?"
            rf"(?P<y>{YEAR}){_E}",
            _not_a_name_and_year,
        ),
        _rule(
            "month",
            "calendar",
            rf"{_B}(?:{_PREFIX}|(?P<dir>{_i('last|next')})\s+|(?P<this>{_i('this')})\s+)"
            rf"(?P<m>{words(MONTHS)}){_E}",
            _month_is_date,
        ),
        # A month before a year told from now: "in August 2022 and February this year"
        # (temporal joins the two).
        _rule(
            "month_of_relative_year",
            "calendar",
            rf"{_B}(?P<m>{words(MONTHS)})(?=\s+{_i('this|last|next')}\s+{_i('year')}{_E})",
            # "Theresa May last year": a surname after a name.
            lambda text, match: (
                not _AFTER_NAME.search(text[max(0, match.start() - 40) : match.start()])
            ),
        ),
        # The new month of a postponement: "case postponed to April".
        _rule(
            "month_postponed",
            "calendar",
            r"(?:(?<=postponed\s)|(?<=delayed\s)|(?<=adjourned\s)|(?<=deferred\s)|(?<=moved\s)"
            rf"|(?<=pushed back\s))(?P<part>to)\s+(?P<m>{words(MONTHS)})"
            rf"(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        # A month qualifying a happening: "for a September release", "an April deadline".
        _rule(
            "month_attributive",
            "calendar",
            rf"{_B}(?P<part>{_i('for an?|an?')})\s+(?P<m>{words(MONTHS)})\s+(?=[a-z])",
            lambda text, match: match.group("m") != "May",  # "a May spokesman": the person's
        ),
        # "on the first Friday of September", "the last Monday in May 2020".
        _rule(
            "nth_weekday",
            "calendar",
            rf"{_B}(?:{_i('on')}\s+)?{_i('the')}\s+(?P<nth>{_i('first|second|third|fourth|last')})"
            rf"\s+(?P<wd>{_WEEKDAY})\s+{_i('of|in')}\s+(?P<m>{words(MONTHS)})"
            rf"(?:,?\s+(?:{_i('in')}\s+)?(?P<y>{YEAR}))?{_E}",
        ),
        # Feasts: "on Christmas Eve", "on Boxing Day 2022" (the tense picks a yearless one's year).
        _rule(
            "holiday",
            "calendar",
            rf"{_B}(?:{_i('on|by|until|since|before|after')}\s+)?(?P<hol>{_i(words(HOLIDAYS))})"
            rf"(?:,?\s+(?P<y>{YEAR}))?{_E}"
            # "on New Year's Day, Wednesday Jan. 1": the date that follows says it; "the Labor
            # Day weekend" is another span.
            rf"(?!,?\s+(?:on\s+)?(?:(?i:{_WEEKDAY})|{_MONTH}|\d))(?!\s+{_i('weekend')})",
        ),
        # Christmas told with its year: "at Christmas 2022" is that December.
        _rule(
            "christmas_of_year",
            "calendar",
            rf"{_B}(?:{_i('at|by|until|since|before|after|over')}\s+)?(?P<dec>Christmas),?\s+"
            rf"(?P<y>{YEAR}){_E}",
        ),
        # Quarters and seasons: "the third quarter of 2023", "Q3 2023", "the summer of 2022".
        _rule(
            "quarter",
            "calendar",
            rf"{_B}(?:{_i('the|this|last|in the|of the')}\s+)?(?P<ord>{_i(words(ORDINALS))})"
            rf"[\s-]{_i('quarter')}(?:,?\s+(?:{_i('of')}\s+)?(?P<y>{YEAR})"
            # "the first quarter of the year": of the story's year, else this one
            rf"|\s+(?P<cur>{_i('of the year')}))?{_E}",
            _quarter_is_date,
        ),
        # "in the first three months of the year", "the last three months of 2022".
        _rule(
            "quarter_months",
            "calendar",
            rf"{_B}(?:{_i('in|during|over|for')}\s+)?{_i('the')}\s+(?P<ord>{_i('first|last')})\s+"
            rf"{_i('three months of')}\s+"
            rf"(?:(?P<cur>{_i('the year')})|{_i('this year')}|(?P<y>{YEAR})){_E}",
        ),
        _rule("quarter_code", "calendar", rf"{_B}Q(?P<q>[1-4])\s+(?P<y>{YEAR}){_E}"),
        # "Q1 of the current year", "Q3 last year": the year told after (`_with_relative_years`).
        _rule(
            "quarter_code_relative",
            "calendar",
            rf"{_B}Q(?P<q>[1-4])"
            rf"(?=\s+(?:{_i('of')}\s+)?{_i('(?:this|next|last|the current) year')})",
        ),
        # A quarter named by its months: "the January-March quarter of 2023", "for the
        # April-June period this year" (South Asian and Japanese results).
        _rule(
            "months_quarter",
            "calendar",
            rf"{_B}(?:{_i('for|in|of|during')}\s+)?(?:{_i('the')}\s+)?(?P<qfirst>{words(MONTHS)})"
            rf"\s?[-–/]\s?(?P<qm>{words(MONTHS)})(?:\s+(?P<unit>{_i('quarter|period')}))?"
            rf"(?:,?\s+(?:{_i('of')}\s+)?(?P<y>{YEAR}))?{_E}",
            _months_of_a_quarter,
        ),
        # A quarter named by its last month: "the March quarter" (Australian statistics),
        # "in December quarter" (Indian results).
        _rule(
            "month_quarter",
            "calendar",
            rf"{_B}(?:{_i('for|in|of|during')}\s+)?(?:{_i('the')}\s+)?(?P<qm>March|June|September|"
            rf"December)\s+{_i('quarter')}(?:\s+(?:{_i('of')}\s+)?(?P<y>{YEAR}))?{_E}",
        ),
        # "the quarter ended September 30", "the three months ending March", "over the three
        # months to June" (British statistics): the quarter that month closes.
        _rule(
            "quarter_ended",
            "calendar",
            rf"{_B}(?:{_i('for|in|of|during|over')}\s+)?{_i('the')}\s+"
            rf"{_i('quarter|three months|three-month period')}\s+{_i('ended|ending|to')}\s+"
            rf"(?P<qm>{words(MONTHS)})(?:\s+{_DAY_NUMBER})?(?:,?\s+(?P<y>{YEAR}))?{_E}",
        ),
        # "prices rose 3.4% in the year to May": the month the year runs to.
        _rule(
            "year_to_month",
            "calendar",
            rf"{_B}(?:{_i('in|over|for|during')}\s+)?{_i('the')}\s+"
            rf"{_i('year|12 months|twelve months')}\s+{_i('to')}\s+(?P<m>{words(MONTHS)})"
            rf"(?:\s+(?P<y>{YEAR}))?{_E}",
        ),
        _rule(
            "half",
            "calendar",
            rf"{_B}(?:{_i('the|in the')}\s+)?(?P<ord>{_i('first|second')})\s+(?P<half>"
            rf"{_i('half')})\s+{_i('of')}\s+(?:(?P<y>{YEAR}){_E}(?![-–/]\d)"
            rf"|(?P<cur>{_i('the year')}){_E}"
            # "the first half of next year": the year told after (`_with_relative_years`)
            rf"|(?=(?:{_i('this|next|last')})\s+{_i('year')}))",
        ),
        # "The 2017 calendar year also saw ...".
        _rule(
            "calendar_year",
            "calendar",
            rf"{_B}(?:{_i('in|during|for')}\s+)?{_i('the')}\s+(?P<y>{YEAR})\s+"
            rf"{_i('calendar year')}{_E}",
        ),
        _rule(
            "season",
            "calendar",
            rf"{_B}(?:(?P<this>{_i('this')})\s+|(?P<dir>{_i('last|next')})\s+|"
            rf"{_i('in the|the|in|during the|by')}\s+)"
            rf"(?P<s>{_i('spring|summer|fall|autumn|winter')})"
            # Not a winter across two years: "the winter of 1982-83".
            rf"(?:\s+(?:{_i('of')}\s+)?(?P<y>{YEAR})(?![-–/]\d))?{_E}",
            lambda text, match: bool(match.group("y") or match.group("dir") or match.group("this")),
        ),
        _rule(
            "year",
            "calendar",
            # Not a season or a fiscal year written short: "fiscal 2023-24", "the 2016-17 season".
            # "in both 2020 and 2021"
            # "in calendar year 2025", "Calendar year 2024 is a year of elections".
            rf"{_B}(?:{_PREFIX}(?:{_i('both|calendar year')}\s+)?|{_FISCAL}\s+"
            rf"|{_i('calendar year')}\s+)(?P<y>{YEAR}){_E}(?![-–/]\d)",
            _year_is_date,
        ),
        # A year told as what it brought: "2004 had seen four films hitting the screens", "2020
        # was a year of losses".
        _rule(
            "year_as_subject",
            "calendar",
            rf"{_B}(?P<y>{YEAR})(?=\s+(?:had\s+seen|has\s+seen|saw|marked|brought|"
            rf"was\s+(?:a|an|the)\s))",
            lambda text, match: not set(preceding_words(text, match.start(), 1)) & _QUANTITY_BEFORE,
        ),
        # The second year of a pair: "released in 2020 and 2022".
        _rule(
            "second_year",
            "calendar",
            rf"(?:(?<=\d,\s)|(?<=\d\sand\s)|(?<=\d\sor\s))(?P<y>{YEAR}){_E}",
            lambda text, match: (
                listed_year(text, match, _LIST_HEADS) and _year_is_date(text, match)
            ),
        ),
        # "dating to 1989", "the 1939-born painter".
        _rule(
            "year_dated",
            "calendar",
            rf"{_B}(?:(?:dating|dates|dated)(?:\s+back)?\s+to\s+)?(?P<y>{YEAR})"
            rf"(?:{_E}(?<=to\s\d{{4}})|-born\b)",
        ),
        # Years in brackets after a name: "Seve Ballesteros (1980, 1983)".
        _rule(
            "bracketed_year",
            "calendar",
            rf"(?<=[(\s,])(?P<y>{YEAR})(?=\s*[,)]|\s+and\s)",
            in_year_list,
        ),
        # A year as the subject of its sentence: "2024 will be a year of elections".
        _rule(
            "year_subject",
            "calendar",
            rf"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=\n))(?P<y>{YEAR})(?=\s+(?:was|is|will|has|had|"
            rf"saw|sees|marked|marks|brought|began|begins|ended|ends|proved|would|could|should|"
            rf"promises)\s)",
        ),
        # A month as the subject of its sentence: "July was the first month that no strikes
        # were held" (not "May was", a name as often).
        _rule(
            "month_subject",
            "calendar",
            r"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=\n)|(?<=['\"‘“]))"
            rf"(?P<m>{words(m for m in MONTHS if m != 'May')})"
            r"(?=\s+(?:was|has\s+been|had\s+been|saw|brought|marked|proved)\s)",
        ),
        # A named happening of one year: "the 2019 French Open", "the 2024 edition" (not "the
        # 1964 Civil Rights Act", a text named by its year).
        _rule(
            "year_of_named_event",
            "calendar",
            rf"{_B}{_i('the')}\s+(?P<y>{YEAR})\s+(?=[A-Z]|(?:edition|iteration|instalment|installment|"
            rf"season|winner|champion|runner-up|finalist|title|award|prize|trophy|medal)\b)",
            _names_an_edition,
        ),
        # A year qualifying a deed or a disaster: "the 2017 murder of", "the 2004 tsunami",
        # "the 2015 terrorist attacks" (an election so named stays a name: gold rule 4).
        _rule(
            "year_of_happening",
            "calendar",
            rf"{_B}{_i('the')}\s+(?P<y>{YEAR})\s+(?=(?:[a-z-]+\s+)?(?:{_HAPPENINGS})s?\b)",
            _year_is_date,
        ),
        # A month's happening: "September's hearing", "the September hearing".
        _rule(
            "month_possessive",
            "calendar",
            # "September's Consumer Price Index data", "worse than November's 0.1% fall"
            rf"{_B}(?P<m>{_MONTH})['’]s\s+(?=[A-Za-z]|[£$€]\d|[-+]?\d[\d.,]*\s*(?:%|per\s*cent|percent))",
            # "quit May's cabinet", "May's late strike": May is also a name.
            lambda text, match: match.group("m").lower() != "may",
        ),
        _rule(
            "month_attributive",
            "calendar",
            rf"(?:(?<={_i('the')}\s)|(?<={_i('its')}\s)|(?<={_i('their')}\s)|(?<={_i('his')}\s)|"
            rf"(?<={_i('her')}\s)|(?<='s\s)|(?<=’s\s)"
            # "Australian prime minister calls May election", "a snap June poll"
            rf"|(?<={_i('calls')}\s)|(?<={_i('called')}\s)|(?<={_i('call')}\s)|(?<={_i('snap')}\s))"
            rf"(?P<m>{_MONTH})\s+"
            # "the bank's March board meeting"
            rf"(?=(?:[a-z]+\s+)?(?:hearing|meeting|election|vote|deadline|session|summit|"
            # "The July figure was up 13%": the figures of a month
            rf"conference|sitting|trial|poll|referendum|launch|release|budget|figure|data|"
            # "its September return", "the June festival"
            rf"number|statistic|return|reopening|festival|event|concert|fair|parade|"
            # "Trump's January executive orders", "the court's March ruling"
            rf"order|ruling|decision|directive|announcement|report|"
            rf"{_HAPPENINGS})s?\b)",
        ),
        # A year's happening: "2015's festival", "2019’s election", "1979’s Prince" (an album);
        # "the 1990's music" is a decade.
        _rule(
            "year_possessive",
            "calendar",
            rf"(?<![\d,.$£€])(?<![Tt]he\s)(?P<y>{YEAR})['’]s\s+(?=[a-z]|[A-Z\"“])",
            _year_is_date,
        ),
        # A year qualifying a happening: "a 2018 incident", "her 1983 paper", "Apple's 2010
        # acquisition" (not "the 2024
        # election", which names it: gold rule 4).
        _rule(
            "year_attributive",
            "calendar",
            rf"(?:{_B}{_i('a|an|his|her|its|their|whose')}|(?<=[a-z]['’]s))\s+(?P<y>{YEAR})\s+"
            # "a 2014 Ebola epidemic", "Apple's 2010 acquisition of Siri", "Wilt Chamberlain's
            # 1967 NBA record".
            rf"(?=[a-z]|[A-Z][A-Za-z]+\s+[a-z])",
            _year_is_date,
        ),
        # A weekday and its week: "Wednesday next week", "on Monday of last week", "next week
        # Tuesday".
        _rule(
            "weekday_of_week",
            "calendar",
            rf"{_B}(?:{_i('on')}\s+)?(?P<wd>{_WEEKDAY}){_PART_OF_DAY}\s+(?:{_i('of')}\s+)?"
            rf"(?P<wk>{_i('next week|last week|this week')})(?![\w'’])",
        ),
        _rule(
            "weekday_of_week",
            "calendar",
            rf"{_B}(?P<wk>{_i('next week|last week|this week')})\s+(?P<wd>{_WEEKDAY})(?![\w'’])",
        ),
        # Weekdays: "on Tuesday", "Tuesday night", "last Friday", "next Monday".
        _rule(
            "weekday",
            "calendar",
            rf"{_B}(?:(?P<this>{_i('this')})\s+|(?P<dir>{_i('last|next|this coming|this past')})"
            rf"\s+|{_i('on|late|early')}\s+|{_i('late|early')}-)?(?P<wd>{_WEEKDAY}){_PART_OF_DAY}"
            rf"{_TIME_OF_DAY}{_E}",
            _not_habitual,
        ),
        # Relative to the publication date or to the date in focus.
        _rule(
            "relative",
            "relative",
            # "the end of the year 2019" names its year, "the end of the month of May" its month.
            # ("found guilty last month of four counts" is last month.)
            rf"{_B}(?P<rel>{_i(words(RELATIVES))}){_E}(?!\s+{YEAR})"
            rf"(?!(?<=month)\s+of\s+{_MONTH})",
            _relative_not_a_name,
        ),
        _rule(
            "ago",
            "offset",
            rf"{_B}(?:{_i('more than|about|nearly|almost|some|over')}\s+)?(?P<n>{_NUMBER})\s+"
            rf"(?P<u>{_i('days?|weeks?|fortnights?|months?|years?|decades?')})\s+{_i('ago')}"
            rf"(?P<exact>,?\s+{_i('to the day|today')})?{_E}",
        ),
        _rule(
            "in_future",
            "offset",
            rf"{_B}{_i('in')}\s+(?P<n>{_NUMBER})\s+(?P<u>{_i('days|weeks|months|years')})"
            rf"(?P<future>)(?=\s*[,.;]|\s+{_i('time')})",
            _in_future_is_date,
        ),
        _rule(
            "from_now",
            "offset",
            # "exactly four weeks from today" is a day.
            rf"{_B}(?:(?P<exact>{_i('exactly')})\s+|{_i('just|about|nearly')}\s+)?"
            rf"(?P<n>{_NUMBER})\s+(?P<u>{_i('days?|weeks?|months?|years?')})\s+"
            rf"{_i('from now|from today')}(?P<future>){_E}",
            # "will shut for up to two weeks from today until July 26": a duration
            lambda text, match: (
                not re.search(
                    r"(?i)\bfor\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?$",
                    text[max(0, match.start() - 16) : match.start()],
                )
            ),
        ),
        _rule(
            "anaphoric_offset",
            "offset",
            rf"{_B}(?P<n>{_NUMBER}|{_VAGUE})\s+(?P<u>{_i('hours?|minutes?|moments|days?|weeks?|fortnights?')})\s+"
            rf"(?P<focus>)(?P<dir>{_i('later|earlier|after|before|afterwards')}){_E}",
            _offset_is_anaphoric,
        ),
        # "Moments later", "Minutes later", "Hours later": the same day.
        _rule(
            "anaphoric_offset",
            "offset",
            rf"{_B}(?P<u>{_i('moments|minutes|hours')})\s+(?P<focus>)(?P<dir>{_i('later|earlier')})"
            rf"{_E}",
            _offset_is_anaphoric,
        ),
        # No events: durations, ages, clock times and habits (kept as TIMEX3 only).
        _rule(
            "duration",
            "duration",
            rf"{_B}(?:{_i('for|over|during|in|within|after|lasting|about|nearly|more than|aged')}"
            rf"\s+)*(?P<n>\d+(?:[.,]\d+)?|{_i(words(NUMBERS))}|{_VAGUE})[\s-]"
            rf"(?P<u>{_i('seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries')})"
            rf"(?:[\s-]{_i('old|long')})?{_E}",
        ),
        _rule(
            "clock_time",
            "time",
            rf"{_B}(?:{_i('at|around|by|until|before|after')}\s+)?(?P<h>[01]?\d|2[0-3])"
            rf"(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>{_MERIDIAN}){_E}",
        ),
        _rule(
            "clock_time_24",
            "time",
            rf"{_B}(?:{_i('at|around|by|until|before|after')}\s+)?(?P<h>[01]?\d|2[0-3])"
            rf":(?P<mi>[0-5]\d){_E}",
        ),
        _rule(
            "weekday_span",
            "set",
            rf"{_B}{_i('from')}\s+(?P<wd>{_WEEKDAY})\s+{_i('to|through')}\s+(?:{_WEEKDAY}){_E}",
        ),
        _rule(
            "habit",
            "set",
            rf"{_B}(?:{_i('every|each')}\s+(?:(?P<wd>{_WEEKDAY})|(?P<u>{_i('day|week|month|year')}))"
            rf"|{_i('on')}\s+(?P<wd2>{_WEEKDAY})s){_E}",
        ),
    ),
)

# --- Layout (pipeline.py) -----------------------------------------------------------------------

# Parts of a press page whose dates date no event: publication lines, "Read more" links,
# photo captions and datelines ("NEW YORK, Oct 5 (Reuters) -", "CUPERTINO, Calif., March 8 -").
LAYOUT = re.compile(
    r"^[ \t]*(?:(?:Read more|Read also|Read here|Read Here|See also|Related|READ MORE|ALSO READ|"
    r"Also read)\b|Read[ \t]*:)[^\n]*"
    # ">> MAP: where the storm hit since Sunday morning", "► Watch | ...": a link
    r"|^[ \t]*(?:>>|►|▶)[^\n]*"
    # run on after a paragraph: "... the vote. Read more: Budget 2019 explained"
    r"|(?<=[.!?”] )(?:Read more|Read also|READ MORE|ALSO READ|Also read)[ \t]*:[^\n]*"
    r"|\((?:Photo|Credit|Image|File photo|Pictured)s?\b[^)\n]*\)"
    r"|^[ \t]*(?:Photo|Credit|Caption)s?\s*:[^\n]*",
    re.MULTILINE,
)
# A dateline's month ("Oct.", "Sept", "April") and its agency in brackets ("(IANS)").
_DATELINE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = r"\((?:IANS|PTI|ANI|UNI|AFP|AP|Reuters|AAP|dpa|Xinhua|EFE|[A-Z]{2,6})\)"
# Datelines ("WASHINGTON, Oct. 12 (UPI) --"): their day dates the story's first sentence
# unless that sentence dates itself to the same day (pipeline._events).
DATELINE = re.compile(
    # "ISLAMABAD, (UrduPoint / Pakistan Point News - 11th Jul, 2023 ) :Minister ...": the
    # source and its day in brackets
    r"^[ \t]*[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+)*,[ \t]*\([^()\n]{2,40}[-–][ \t]*"
    r"[^()\n]{0,20}\d{4}[ \t]*\)[ \t]*[:–—-]"
    # ("SACRAMENTO, United States, Aug. 26 (Xinhua) --": its state or country in words)
    r"|^[ \t]*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][\w.]+(?:[ \t]+[A-Z][\w.]+){0,2})?"
    r"(?:\s*\([^)\n]*\))?,[^\n]{0,40}?[-–—](?=\s)"
    # "New Delhi, Oct 25 (IANS)": a dateline with its agency in brackets.
    # ("Aligarh (UP), Jul 31 (PTI)": the state in brackets)
    r"|^[ \t]*[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+)*"
    r"(?:[ \t]*(?:\[[^\]\n]{1,40}\]|\([^)\n]{1,20}\)))?,[^\n(]{3,20}"
    rf"{_AGENCY}"
    # "April 16 (Reuters) - ...": a dateline without its place.
    r"|^[ \t]*"
    rf"{_DATELINE_MONTH}[ \t]+\d{{1,2}}[ \t]*"
    rf"{_AGENCY}"
    # "New Delhi, Nov 29 The Supreme Court ...": a dateline run into the story.
    r"|^[ \t]*[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+)*,[ \t]+"
    rf"{_DATELINE_MONTH}[ \t]+\d{{1,2}}(?=[ \t]+(?:The|A|An|[A-Z][a-z]+[ \t]+[a-z]))"
    # "New Delhi, May 10: Prime Minister Narendra Modi on Monday congratulated ...",
    # "Guwahati, 17 Jul: Passenger train services will resume ..."
    r"|^[ \t]*[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+)*,[ \t]+"
    rf"(?:{_DATELINE_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_DATELINE_MONTH})[ \t]*:(?=[ \t])"
    # "BOSTON (Reuters) Jan 09 - With flu cases ...": the agency before the day
    r"|^[ \t]*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*[ \t]*\([^)\n]{2,20}\)[ \t]*"
    rf"{_DATELINE_MONTH}[ \t]+\d{{1,2}}[ \t]*[-–—:]"
    # "Tokyo, Nov 2 (UrduPoint / Pakistan Point News - 2nd Nov, 2021 ) :The leader ..."
    r"|^[ \t]*[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+)*,[ \t]+"
    rf"{_DATELINE_MONTH}[ \t]+\d{{1,2}}[ \t]*\([^()\n]{{2,60}}\)[ \t]*[:–—-]",
    re.MULTILINE,
)

# --- Tense cues (tense.py) ---------------------------------------------------------------------

# Verbs and phrases whose infinitive complement lies ahead: "plans to", "is set to".
FUTURE_INTENT = re.compile(
    r"^(?:plan|plans|planned|planning|intend|intends|set|scheduled|expected|due|going|aim|likely|"
    r"aims|hope|hopes|promise|promised|promises|vow|vowed|vows|prepare|prepares|preparing)$",
    re.IGNORECASE,
)
# Nouns of an intent: the infinitive after them lies ahead ("l'intention d'augmenter").
INTENT_NOUNS = frozenset(["intention", "bid", "aim", "goal", "ambition", "date"])
# Nouns of a thing decided, whose infinitive is held after the decision (tense._governed_tense).
# Verbs naming a day for what comes ("has named September 7 as the date"): tense._date_decided.
DAY_NAMING = frozenset(["named", "picked", "selected", "fixed", "set"])
DECIDED_NOUNS = frozenset(["agreement", "deal", "decision", "plan", "motion", "proposal"])
# Verbs that schedule what they govern, whatever their own tense: "scheduled for Sept. 20",
# "set ... for Sept. 20" ("set" only before "for": tense.verb_tense).
# Verbs whose infinitive was decided before and is held after: "agreed to begin on Monday".
DECIDING = re.compile(
    r"^(?:agreed|decided|voted|resolved|chose|pledged|promised|vowed|arranged|opted)$",
    re.IGNORECASE,
)
FORECAST_THEN: frozenset[str] = frozenset()
# A state as it stood on a day ("are still reported missing as of Sunday"): told in the
# present, the day is gone.
STATUS_AS_OF = re.compile(r"(?i:\bas\s+of)\s*$")
# Verbs of a measure in the present ("the agency estimates excess deaths from June 14 to 22"):
# a finding on a period, gone as often as ahead, so the calendar decides.
ASSESSING = re.compile(r"^(?:estimates?|counts?|tallies|tally)$")
SHAPING_UP_THEN: frozenset[str] = frozenset()
PURPOSE: frozenset[str] = frozenset()
SCHEDULING = re.compile(
    r"^(?:scheduled|slated|planned|due|expected|poised|set|forecast|supposed|meant)$",
    re.IGNORECASE,
)
FUTURE_FORM = re.compile(r"^$")
CONDITIONAL_FORM = re.compile(r"^$")
IMPERFECT_FORM = re.compile(r"^$")
PAST_PARTICIPLE = re.compile(r"^(?!x)x")  # the tagger reads English participles well
NOT_FUTURE: frozenset[str] = frozenset()
# "had planned", "were expected to drop the charges on Thursday": a plan told in the past.
PLUPERFECT_AUXILIARIES = frozenset(["had", "was", "were"])
PAST_AUXILIARIES = frozenset(["has", "have", "had", "was", "were"])
FUTURE_MODALS = frozenset(
    ["will", "'ll", "shall", "wo", "would", "'d", "could", "should", "may", "might", "must"]
)
# A finite auxiliary, which makes a verb of the words after it (`_in_future_is_date`).
_FINITE_AUXILIARIES = FUTURE_MODALS | PAST_AUXILIARIES | {"is", "are", "can"}

# A part of a company's fiscal year ("the fiscal first quarter"), which needs not follow the
# calendar's: FedEx's first quarter ends in August. Searched in the date and the dozen
# characters before it.
FISCAL = re.compile(r"(?i:\bfiscal\b)|\bFY\b")
# After a quarter, the fiscal year it belongs to: "in the third quarter of current fiscal".
FISCAL_AFTER = re.compile(
    r"(?i:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:current|this|last|next|previous)\s+)?"
    r"(?:fiscal|financial\s+year)\b)"
    # "the second quarter of FY25", "the third quarter of 2025-26"
    r"|\s+of\s+(?:FY\s?['’]?\d\d|(?:19|20)\d\d\s*[-–/]\s*\d)"
    r"|\s*(?:\(|,\s*)?(?:of\s+)?(?:FY|fiscal)\s?['’]?\d\d|[-–/]\d"
)
# Deeds a weekday may own ("for Thursday's attack"): what was done then, no day ahead.
# A day owning one of these lies ahead ("Friday's deadline").
DEADLINES = re.compile(r"(?i:deadlines?|cutoff|cut-off)")
DEEDS = re.compile(rf"(?i:(?:{_HAPPENINGS})s?)")
# Deeds told once done, never planned ahead (tense._dates_a_deed), and the preposition that
# hangs their day on them.
DONE_DEEDS = re.compile(
    r"murder|killing|shooting|stabbing|bombing|blast|explosion|crash|collision|massacre|"
    r"assault|robbery|kidnapping|abduction|disappearance|derailment|assassination|heist|"
    r"death|accident|attack|injury|collapse|blaze|fire|landslide|mudslide|avalanche"
)
DEED_PREPOSITIONS = frozenset(["on"])
# Before a day, the account of what was played on it: "the results of Sunday's games".
TOLD_PLAYED = re.compile(
    r"(?i:\b(?:results?|recap|highlights|box\s+scores?|takeaways|talking\s+points)"
    r"\s+(?:of|from)\s+(?:the\s+)?)$"
)
# A fixture a weekday owns ("Friday's clash with Ulster"), and the words that tell a player
# out of one ("has been ruled out Sunday against Detroit"): the match lies ahead.
FIXTURES = re.compile(
    r"(?i:clash|game|match|showdown|fixture|encounter|derby|final|decider|tie|test|opener|"
    r"contest|bout|crunch|race|meeting)(?:es|s)?"
)
RULED_OUT = re.compile(
    r"(?i:(?<!was\s)(?<!were\s)\b(?:ruled\s+out|out\s+for|miss|doubtful\s+for|questionable\s+for|"
    r"unavailable\s+for|sidelined\s+for)\b[^.;!?\n]{0,50})$"
)
# An election named right before its month or day ("the general election in May").
ELECTION_BEFORE = re.compile(
    r"(?i:\b(?:elections?|polls?|referendum|runoffs?|run-offs?|primar(?:y|ies)|ballot)"
    r"(?:\s+runoffs?)?)\s+$"
)
NEXT_WORDS = frozenset(["next", "upcoming", "planned", "expected", "possible", "potential"])
# A day told as a figure of speech: "it feels like only yesterday".
FIGURATIVE = re.compile(r"(?i:\b(?:feels?|felt|seems?|seemed|seem)\s+like\s+(?:only\s+|just\s+)?)$")
# A happening called the next one ("the next hearing was set for March 3"): next after the
# story's time, which the calendar places.
NEXT = re.compile(r"(?i:\b(?:the|his|her|its|their)\s+next(?:\s+[\w'’-]+){1,5}[\s,]*)$")
# A period a figure is measured against ("up 10.4% compared with a year ago", "from the same
# period last year"): a baseline, no event.
# A school year or a season from summer to summer: "the 2022-23 school year", "the calendar for
# 2022-2023", "the 2023-24 season".
SCHOOL_YEAR = re.compile(
    r"(?i:(?P<head>\b(?:(?:school|academic)\s+year|calendar|season)\s+(?:of|for)?\s*(?:the\s+)?)?"
    r"\b(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>(?:19|20)?\d\d)\b"
    r"(?P<tail>\s+(?:school\s+|academic\s+)?(?:year|season|term|calendar)\b)?)"
)
BASELINE = re.compile(
    r"(?i:\b(?:(?:compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:(?:the\s+)?same\s+"
    r"(?:period|quarter|month|time|frame|timeframe)\s+)?|(?:from|over|against|on)\s+the\s+same\s+"
    r"(?:period|quarter|month|time|frame|timeframe)\s+"
    # "compared with a profit in last year's quarter", "compared to a loss a year ago"
    r"|compared\s+(?:with|to)\s+an?\s+(?:profit|loss|deficit|surplus|gain|drop|decline|rise|"
    r"increase)\s+(?:in\s+|of\s+|for\s+)?"
    # "fell from $56.5 million a year ago", "up 5% from last year": a figure's baseline.
    # ("more than 13% this week" is a bound, no baseline)
    r"|(?:from|versus|vs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)than|against)\s+[-+]?[£$€]?"
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent|"
    r"(?:thousand|million|billion|bn|m)\b|points?)?\s*(?:(?:a|per)\s+share\s+)?"
    # "was up 13% on the same month last year", "a 19 percent increase from a year ago"
    r"|\d[\d.,]*\s*(?:%|per\s*cent|percent|points?)\s+(?:(?:increase|decrease|rise|drop|fall|"
    r"gain|decline|jump|growth|climb|slide|dip)\s+)?(?:from|on|over)\s+"
    # "in the corresponding quarter of last year", "during a similar period last year"
    r"|(?:the|a)\s+(?:same|corresponding|comparable|similar)\s+(?:period|quarter|month|half)"
    r"\s+(?:of\s+|in\s+(?:the\s+)?)?))$"
)
# The same after a figure set against it: "That compared with net income of $79.1 million, or
# 30 cents per share, at the same time last year", "compares with earnings of $5.9 billion, or
# 69 cents, a year ago". (Decimal points do not end the clause.)
BASELINE_AFTER_FIGURE = re.compile(
    r"(?i:\bcompar(?:ed|es|e|ing)\s+(?:with|to)\s+(?:[^.;!?\n]|\.(?=\d)){0,60}?[$£€]?\d"
    r"(?:[^.;!?\n]|\.(?=\d)){0,50}?,?\s+(?:(?:at|in|during|for)\s+the\s+same\s+"
    r"(?:time|period|quarter|month)\s+)?)$"
)

# Words opening an onset ("à partir de lundi", "from Monday"): told by a speaker, ahead.
# A clock time may come first: "from 3pm Friday".
ONSET = re.compile(
    r"(?i:\b(?:from|starting|beginning|as\s+of|effective)"
    r"(?:\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?)\s*$"
)
ONSET_WORDS = frozenset(["from", "starting", "beginning"])
# A weather or safety warning, whose period lies ahead of its issue (tense._warning_from).
WARNING = re.compile(r"(?i:\b(?:warning|alert|watch|advisory)s?\b)")
# A relative clause set on the name just before the date ("Tom Ashby, whose trial opens on
# May 3"): the date is that person's (pipeline._relative_on_person).
RELATIVE_ON_PERSON = re.compile(r"\s*,\s*(?:who|whose)\s[^.;:(),]*$")
# English tells no night by its two days ("overnight Friday" is one day): none of these
# (lang_fr.SMALL_HOURS_AFTER).
SMALL_HOURS_AFTER = re.compile(r"(?!)")
NIGHT_BEFORE = re.compile(r"(?!)")
# In a sentence of a match's play, a quarter with no year is the game's ("earned his eighth
# triple-double of the playoffs by the third quarter"), not the calendar's.
GAME_PLAY = re.compile(
    r"(?i)\b(?:(?<!basis\s)(?<!percentage\s)points|rebounds?|assists?|triple-doubles?|"
    r"double-doubles?|halftime|half-time|touchdowns?|field\s+goals?|free\s+throws?|"
    r"three-pointers?|buzzer|overtime|quarterback|the\s+(?:first|second)\s+half\s+of\s+the\s+game)\b"
)
# Before a year, a wine's bottles: its vintage, no event ("three bottles of Romanée-Conti
# from 1945").
VINTAGE = re.compile(
    r"(?i)\b(?:bottles?|magnums?|vintages?|cuvées?|grands?\s+crus?)\b[^.;!?]{0,80}$"
)
# Before a product's dates in its sentence ("with best before date between 11/07/22 and
# 7/10/22"): markings on packs, no event.
PACK_DATES = re.compile(
    r"(?i)\b(?:best[\s-]+before|use[\s-]+by|sell[\s-]+by|expir(?:y|ation)\s+dates?|"
    r"(?:lot|batch)\s+(?:numbers?|codes?))\b"
)
# People born on one side of a date ("those born after 1990"): a bound, no event.
COHORT = re.compile(
    # (and things registered or made then: "diesel cars registered before 2006"; not "built
    # between 1240 and 1310", a building's years)
    r"(?i:(?<![\w-])born\s+(?:after|before|since|from|between)|"
    r"(?<![\w-])(?:registered|manufactured)\s+(?:after|before|since)|"
    r"(?<![\w-])born\s+in\s+\d{4}\s+or\s+(?:later|after|earlier|before))"
)
# Before a date, a place named after it: none found in English press so far.
PLACE_NAMED_AFTER = re.compile(r"(?!x)x")
# After a yearless day, a body named after it: "the Jan. 6 committee", "the 9/11 Commission".
BODY_NAMED_AFTER = re.compile(r"(?i:\s+(?:select\s+)?(?:committee|commission|panel)\b)")
# The start of a state still running ("unbeaten since Dec. 2"): always behind.
# French only: English marks its passives apart.
PRESENT_BE: frozenset[str] = frozenset()
BE_VERBS = re.compile(r"(?!x)x")
# Verbs whose infinitive complement is asked of someone, so lies ahead: "was ordered to report
# to prison on Feb. 9", "urged residents to leave by Friday".
DIRECTIVES = re.compile(
    r"^(?:ordered|told|asked|required|directed|summoned|instructed|urged|called|allowed|"
    r"authorized|forced|invited|remanded|bailed)$",
    re.IGNORECASE,
)
# A new date after a postponement lies ahead ("postponed until Wednesday", "reporté à jeudi").
CODE = "en"
# A clock time may come first: "until 10:30 a.m. Oct. 10".
# A date something is moved to, which is that one time even in a sentence that tells a habit
# ("the event that usually takes place in February has been postponed to 25 April").
RESCHEDULED = re.compile(
    r"(?i:\b(?:postponed|delayed|moved|rescheduled|reset|pushed\s+back|put\s+back|put\s+off|"
    r"brought\s+forward|deferred)\s+(?:\w+\s+)?(?:to|until|till|for)\s+(?:the\s+)?"
    # "was reset for 9:14 a.m. ET Sunday": the new time first
    r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s+[A-Z]{2,4})?,?\s+)?)$"
)
# A date something was moved from: the plan before the change, gone or ahead ("the wedding
# has been shifted from April"): the calendar decides.
POSTPONED_FROM = re.compile(
    r"(?i:\b(?:postponed|delayed|moved|shifted|rescheduled|pushed\s+back|brought\s+forward|"
    r"deferred)\s+from)\s*$"
)
POSTPONED_TO = re.compile(
    r"(?i:\b(?:until|till|to)(?:\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?)\s*$"
)
POSTPONING = re.compile(
    r"^(?:postpon|delay|adjourn|push|mov|reschedul|reset|defer|stall)", re.IGNORECASE
)
# Custody up to a date is until the next hearing: "remanded in custody until Friday".
REMANDED = re.compile(
    r"(?i:\b(?:custody|remand(?:ed)?|detention)\b[^.;!?]{0,30}\b(?:until|till)\s*$)"
)
# Closures up to a date lie ahead too ("have been closed until Tuesday"), unless told in the
# past ("est resté fermé jusqu'au 31 août").
CLOSING = re.compile(r"^(?:clos|shut|suspend|extend|halt)", re.IGNORECASE)
CLOSED_BEFORE = frozenset(["was", "were", "had", "remained", "stayed"])
# Before a plan, words that tell it was changed ("originally scheduled", "initialement prévu").
FIRST_PLAN = frozenset(["originally", "initially", "first", "previously", "earlier"])
# Before a weekday, a purpose: the day it is meant for lies ahead ("vigilance orange pour la
# journée de jeudi", "a warning for Thursday"), whatever the tense of the verb.
TARGET = re.compile(r"(?i:\bfor)\s*$")
# Before a month (or its "for"), a target only after a word of plan: "scheduled for March";
# "figures for March" measure a month.
MONTH_TARGET = re.compile(
    r"(?i:\b(?:scheduled|set|slated|planned|due|expected|penciled|pencilled|called)(?:\s+for)?)\s*$"
)
# Before a bound whose verb tells no tense: it lies ahead (tense.tense_around).
UNTIL = re.compile(r"(?i:\b(?:until|till|through|by))\s*$")  # "to sign by Friday": a deadline
# "since the launch of the firm in May": a start, with the noun it is the date of.
SINCE = re.compile(
    r"(?i:\b(?:since|ever\s+since)(?:\s+(?:the|its|his|her|their|taking|joining|becoming)"
    # "since their 2-0 away series win against West Indies in July", "since taking over the
    # reins in May" (no verb between: "since the vote is in May" gives a reason)
    r"(?:\s+(?!(?:is|are|was|were|will|would|has|have|had)\b)[\w'’-]+){1,7})?)\s*$"
)
# Before a date, a term that always looks ahead: none in English ("by Friday" may be past).
# Before a date, a term counted from now: "between now and Sunday" always looks ahead.
AHEAD = re.compile(r"(?i:\bbetween\s+now\s+and|\bfrom\s+now\s+(?:until|till|to))\s*$")
# A happening the clause comes before ("ahead of Tuesday's vote", "in the run-up to the May
# 3 poll"): ahead of the clause, not of publication.
_AHEAD_OF = r"(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to)"
BEFORE_HAPPENING = re.compile(rf"(?i:\b{_AHEAD_OF}(?:\s+(?:the|this))?)\s*$")
# The same, with the happening named before its day ("ahead of Human Rights Day on Sunday"):
# its day follows the clause's own (pipeline._days_of_happenings_ahead).
AHEAD_OF_HAPPENING = re.compile(rf"(?i:\b{_AHEAD_OF}\s+[^,;.()\"“”]{{0,60}})$")
# A happening set before another ("after a previous protest in May", "an earlier meeting on
# Tuesday"): it lies behind, whatever the tense of the sentence.
PRIOR = re.compile(
    # Not "was earlier scheduled for mid April": a plan since changed (FIRST_PLAN).
    r"(?i:\b(?:previous|earlier|preceding)(?!\s+(?:scheduled|planned|slated|set)\b)"
    r"(?:\s+[\w'’-]+){1,4}"
    # "will be back-dated to January 1": a start gone
    r"|\bback-?dated\s+to|\bretroactive(?:ly)?\s+(?:to|from))\s*$"
)
# Prepositions setting a happening before the clause's own ("following Monday's caucuses").
AFTER = frozenset(["after", "following"])
# A figure compared with an earlier one: "down from 385,022 at the end of May", "compared
# with 4.1% in March".
COMPARED = re.compile(
    # "the same as that of the first quarter": the figure it is set beside.
    r"(?i:\b(?:that|those)\s+(?:of|for)\s*$)|"
    r"(?i:\b(?:(?:up|down|rose|fell|risen|fallen|increased|decreased|dropped|climbed|jumped|"
    # "down from an original $US50 billion on 15 September"
    r"slipped|grew|grown)\s+(?:\w+\s+)?from(?:\s+an?\s+(?:original|initial|earlier))?|than|"
    r"compared\s+(?:with|to)|against|versus|vs\.?)\s+[-+]?(?:[A-Z]{1,2})?[£$€]?(?:US)?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent|(?:thousand|million|billion|bn|m)\b|points?)?)\s*$"
)

# --- People (persons.py) -----------------------------------------------------------------------

_BYLINE_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]+|de|du|van|von|le|la))*"
# Writers' credits: a byline opening a line, or a parenthesised credit at the end.
BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+{_BYLINE_NAME}(?:[ \t]*(?:,|and)[ \t]*{_BYLINE_NAME})*"
    rf"|\((?:Reporting|Editing|Writing|Additional\s+reporting|Compiled)\b[^)\n]*\)"
    # Photo credits: "(AP Photo/Richard Drew, File)", "Photo: Jane Doe/Reuters".
    rf"|\([^()\n]{{0,30}}\bPhotos?\s*/[^)\n]*\)|\bPhotos?\s*:\s*{_BYLINE_NAME}"
    rf"|{_BYLINE_NAME}\s*/\s*(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|Bloomberg)\b"
    # "Kevin Mazur/WireImage": a photographer and an agency.
    rf"|{_BYLINE_NAME}/[A-Z][A-Za-z]+\b"
    # A caption's credit: "... early Saturday. | Daniel Brown / Sun-Times".
    rf"|\|[ \t]*{_BYLINE_NAME}[ \t]*/[ \t]*[A-Z][\w.-]*",
    re.MULTILINE,
)

# Verbs only people undergo or do: their capitalised subject is a person whatever the tagger
# says ("Cristhian Bahena Rivera was convicted").
PERSON_VERBS = re.compile(
    r"^(?:convicted|sentenced|arrested|charged|indicted|acquitted|jailed|pleaded|testified|"
    r"died|born|married|killed|murdered|stabbed|shot|injured|wounded|elected|appointed|sworn|"
    r"resigned|retired|divorced|kidnapped|abducted|disappeared|testifies|pleads|dies)$"
)
PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A name told with its birth ("Ruth Ellen Morrow was born on ..."), persons._with_birth_names.
BIRTH = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+(?:was|is)\s+born\b")
TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Rev|Hon|Pres|PM|Det|Insp|Supt)"
    r"\.?|H\.\s?E\.|"
    r"President|"
    r"Vice\s+President|Senator|Governor|Judge|Justice|Former|former|CEO|Secretary|"
    r"Prime\s+Minister|Minister|Chancellor|Mayor|Representative|Sheriff|Coach|Director|"
    r"Chairman|Chairwoman|Chair|Ambassador|Commissioner|Attorney\s+General|Speaker|Sir|Dame|Madam|"
    r"billionaire|Billionaire|Garda|Detective|Sergeant|Inspector|Superintendent|Constable|"
    r"Officer|Deputy|Councilor|Councillor|Trooper|Corporal|Lieutenant|Captain|Colonel|Bishop|"
    r"General|Major|Admiral|Brigadier|Marshal|Commander|"
    r"Cardinal|Rabbi|Professor|Justices|Judges|the|"
    # Heads of government by other names: "Taoiseach Simon Harris", "Premier Doug Ford".
    r"Taoiseach|T[aá]naiste|Premier|Chief\s+Minister|Treasurer|Opposition\s+Leader|"
    # Malaysian and Indian honorifics: "Tan Sri Shafee", "Datuk Seri Najib", "Shri Modi".
    r"Tan\s+Sri|Puan\s+Sri|Datuk\s+Seri|Dato['’]?\s+Seri|Datuk|Dato['’]?|Datin|Tun|Shri|Smt\.?)\s+",
)
ELISIONS = re.compile(r"^$")
HONORIFICS = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.?\s+)"
ROLE_NOUNS = frozenset(
    [
        # Artists and athletes: "the 30-year-old star", "the golfer".
        "star",
        "artist",
        "musician",
        "novelist",
        "golfer",
        "skipper",
        "athlete",
        "sprinter",
        "runner",
        "hurdler",
        "swimmer",
        "cyclist",
        "boxer",
        "jockey",
        "bowler",
        "spinner",
        "paceman",
        "all-rounder",
        "painter",
        "frontman",
        "guitarist",
        "drummer",
        "comedian",
        "sculptor",
        "photographer",
        "poet",
        # Heads of government by other names: "the Taoiseach", "the premier".
        "taoiseach",
        "tánaiste",
        "premier",
        # Players by position: "the senior quarterback", "le buteur".
        "quarterback",
        "pitcher",
        "receiver",
        "winger",
        "linebacker",
        "shortstop",
        "infielder",
        "outfielder",
        "catcher",
        "reliever",
        "president",
        "candidate",
        "governor",
        "billionaire",
        "minister",
        "ceo",
        "founder",
        "co-founder",
        "director",
        "chief",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "mayor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "pope",
        "judge",
        "prosecutor",
        "coach",
        "manager",
        "leader",
        "ambassador",
        "commissioner",
        "tycoon",
        "mogul",
        "businessman",
        "businesswoman",
        "singer",
        "actor",
        "actress",
        "filmmaker",
        "author",
        "writer",
        "lawyer",
        "attorney",
        "suspect",
        "defendant",
        "owner",
        "entrepreneur",
        "chairman",
        "chairwoman",
        "host",
        "anchor",
        "journalist",
        "captain",
        "striker",
        "player",
        "champion",
        "rapper",
        "prince",
        "princess",
        "nominee",
        "incumbent",
        "challenger",
        "predecessor",
        "successor",
        "heir",
        "speaker",
        "sheriff",
        "rider",
        "cyclist",
        "driver",
        "pilot",
        "technician",
        "expert",
        "doctor",
        "surgeon",
        "nurse",
        "activist",
        "economist",
        "researcher",
        "scientist",
        "swimmer",
        "boxer",
        "defender",
        "midfielder",
        "goalkeeper",
        "forward",
        "assistant",
        "envoy",
        "negotiator",
        "astronaut",
        "detective",
        "superintendent",
        "inspector",
        "officer",
        "sergeant",
        "constable",
        "councilmember",
        "councillor",
        "councilman",
        "councilwoman",
        "administrator",
        "commander",
        "admiral",
        "analyst",
        "professor",
        "teacher",
        "headteacher",
        "principal",
        "bishop",
        "archbishop",
        "cardinal",
        "rabbi",
        "imam",
        "priest",
        "pastor",
        "diplomat",
        "official",
        "aide",
        "adviser",
        "advisor",
        "deputy",
        "virologist",
        "historian",
        "engineer",
    ]
)
# A lawyer pleading does it for the client (persons); "His attorney, X, said he would file
# motions" is the attorney's alone.
COUNSEL_NOUNS = frozenset(["lawyer", "lawyers", "attorney", "attorneys", "counsel"])
PLEADING = re.compile(r"(?i:\bplead(?:s|ed|ing)?\s+(?:for|on\s+behalf)\b)")

# Relatives named after a possessive ("her husband, Thomas Caldwell"): the name acts, not the
# owner of the possessive (persons._before_named_role).
KIN_NOUNS = frozenset(
    ["husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "partner"]
    + ["widow", "widower", "client", "friend", "grandson", "granddaughter", "fiancé", "fiancée"]
)
ROLE_DETERMINERS = r"(?:the)"
# A name in apposition with a thing ("Gold Fields, one of the world's largest gold mining
# firms, said"): what may open the apposition, and what may follow its noun.
THING_DETERMINERS = r"(?:one\s+of\s+)?(?:the|its)|an?"
APPOSITION_GOES_ON = r"that|which|based|with|in|whose|and|to|for"
ROLE_ADJECTIVES = frozenset(["new", "former", "current", "future", "late", "then"])
NOT_PERSON_WORDS = frozenset(
    [
        # Bands, firms, services and places the tagger takes for people: "TC Carter Band",
        # "Kenya Railways", "Powell Mesa", "Ensemble Hospitalier".
        "railways",
        "railway",
        # Instruments, bases, roads, alerts and states: "James Webb Telescope", "Vandenberg
        # Space Force Base", "Dave Nisbet Drive", "Fire Weather Warnings", "Tamil Nadu".
        "telescope",
        "observatory",
        "base",
        "drive",
        "warning",
        "warnings",
        "stadium",
        "arena",
        "airport",
        "nadu",
        "pradesh",
        # Governments and events: "Delhi Govt", "Brexit", "Tesco Retail".
        "govt",
        "brexit",
        "retail",
        # "Nasko Division", "Liberté Chérie Tour", "Element AI", "the Grammy", "Activision
        # Blizzard": units, tours, firms and awards.
        "division",
        "tour",
        # Contests and teams: "Eurovision Song Contest", "Israel Premier Tech".
        "contest",
        "championship",
        "championships",
        "tech",
        # Streets, farms, agencies and services: "George St", "Browns Farm", "Associated
        # Press", "Gauteng Traffic".
        "st",
        "rd",
        "rds",
        "ave",
        "blvd",
        "boulevard",
        "hwy",
        "pkwy",
        "parkway",
        "street",
        # Areas, lakes and race tracks: "Charlotte Area Transit", "Sabine Lakes", "Circuit
        # Paul Ricard".
        "area",
        "lake",
        "lakes",
        # Programmes: "Thursday Night Kickoff".
        "kickoff",
        "football",
        # Feasts, houses, fairs, firms and terms: "Mahavir Jayanti", "Lok Sabha", "Antwerp
        # Expo", "Meta Platforms", "Hilary Law Term".
        "jayanti",
        "sabha",
        "expo",
        "platforms",
        "term",
        # Beaches and storms: "Virginia Beach", "Florence Storm".
        "beach",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "circuit",
        # Halls and teams: "Alexandra Palace", "Harambee Stars".
        "palace",
        "stars",
        "raceway",
        "speedway",
        "farm",
        "press",
        "traffic",
        "police",
        # Firms, contests, games and parties: "Endeavour Mining", "Philippine Cup", "Winter
        # Olympic", "Christian Democrats"; and a title after a place: "Salvador President".
        "mining",
        "minerals",
        "resources",
        "cup",
        "olympic",
        "olympics",
        "democrats",
        "republicans",
        "president",
        # Shops and eateries: "Riverside Grill", "Downeast Beverage".
        "grill",
        "beverage",
        "beverages",
        "bakery",
        "brewery",
        "restaurant",
        "diner",
        "café",
        "cafe",
        "bistro",
        "pizzeria",
        "deli",
        "tavern",
        "hotel",
        "motel",
        "pub",
        "market",
        "store",
        "shop",
        "secretariat",
        "magistrate",
        "one",
        "guinea",
        "ai",
        "grammy",
        "grammys",
        "emmy",
        "emmys",
        "blizzard",
        "airline",
        "band",
        "fire",
        "valley",
        "mesa",
        "canyon",
        "creek",
        "river",
        "services",
        "atmospheric",
        "authority",
        "festival",
        "fest",
        "orchestra",
        "choir",
        "trio",
        "quartet",
        "ensemble",
        "clinic",
        "cathedral",
        # "Westminster Abbey", "the Diamond Jubilee", "His Majesty"
        "abbey",
        "jubilee",
        "majesty",
        "highness",
        "mall",
        "highway",
        "harbour",
        "harbor",
        "island",
        "mountain",
        "district",
        "township",
        "village",
        "corporation",
        "herald",
        "tribune",
        "gazette",
        # Firms, studios, parties, boards and headlands: "Camair Co", "Yash Raj Films", "Fine
        # Gael", "United Democratic Movement", "South Lane School Board", "Bruce Peninsula".
        "co",
        "catering",
        # Health services and parishes: "Albury Wodonga Health", "Jefferson Parish".
        "health",
        "parish",
        "films",
        "pictures",
        "gael",
        "fáil",
        "movement",
        "board",
        "peninsula",
        # A name ending in one of these is an award, a law, a place or a club: "the Mel
        # Novikoff Award", "the Seanad Electoral Bill", "Trefonen Road", "Tottenham Hotspur".
        "gardaí",
        "síochána",
        "station",
        "cert",
        "certificate",
        "prefecture",
        "prefectures",
        "town",
        "city",
        "united",
        "rovers",
        "county",
        "athletic",
        "wanderers",
        "albion",
        "hotspur",
        "orient",
        "award",
        "awards",
        "prize",
        "trophy",
        "medal",
        "bill",
        "act",
        "lecture",
        "fellowship",
        "scholarship",
        "road",
        "lane",
        "avenue",
        "boulevard",
        "news",
        "times",
        "journal",
        "post",
        "inc",
        "corp",
        "group",
        "party",
        "association",
        "foundation",
        "institute",
        "university",
        "bank",
        "company",
        "club",
        "fc",
        "ministry",
        "agency",
        "twitter",
        "facebook",
        "tesla",
        "spacex",
        "google",
        "apple",
        "amazon",
        "meta",
        "microsoft",
        "center",
        "centre",
        "council",
        "senate",
        "house",
        "congress",
        "commission",
        "court",
        "white",
        "state",
        "states",
        "america",
        "washington",
        "capitol",
        "space",
        "x",
        "ngo",
        "ceo",
        "ap",
        "reuters",
        "cnn",
        "bbc",
        "fox",
        "nbc",
        "abc",
        "cbs",
        "msnbc",
        "guardian",
        "smithsonian",
        "elementary",
        "school",
        "academy",
        "college",
        "hospital",
        "airport",
        # Company and venue names ending like "Selene Works", "Kessler Field".
        "works",
        "labs",
        "systems",
        "industries",
        "holdings",
        "technologies",
        "ltd",
        "llc",
        "plc",
        "motors",
        "airlines",
        "field",
        "stadium",
        "arena",
        # Firms and bodies: "Oudens Ello Architecture", "Versant Power".
        "architecture",
        "architects",
        "associates",
        "partners",
        # "the Space Shuttle", "Fort Union Trading Post National Historic Site".
        "shuttle",
        "site",
        "capital",
        "ventures",
        "media",
        "energy",
        "power",
        "airways",
        "studios",
        "pharmaceuticals",
        "entertainment",
        "communications",
        "department",
        "committee",
        "office",
        "church",
        "library",
        "museum",
    ]
)
# Nouns before a name that make it a thing: "Hurricane Milton", "the rover Tessa".
# Before a name, the part an actor plays: a character, no one in the news.
CHARACTER_BEFORE = re.compile(
    r"(?i:\b(?:role\s+(?:as|of)|starr(?:ed|ing)\s+as|cast\s+as|portray(?:s|ed|ing)?|voic(?:es|ed|ing))\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2})$"
)
# Storms, whose names stand alone once told ("la tempête Ciaran ... Ciaran a frappé").
STORM_NOUNS = frozenset(
    ["storm", "hurricane", "typhoon", "cyclone", "storms", "hurricanes", "typhoons", "cyclones"]
)
THING_NOUNS = frozenset(
    [
        # Works named after a character: "the series Larry Sanders", "le film Emilia Pérez".
        "series",
        "sitcom",
        "film",
        "movie",
        "album",
        "novel",
        "documentary",
        "musical",
        # Irish and British counties: "Co Wicklow", "County Kerry".
        "co",
        "county",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "tropical",
        "operation",
        "ship",
        "vessel",
        "rocket",
        "probe",
        "rover",
        "robot",
        "satellite",
        "mission",
        "project",
        "plan",
        "program",
        "programme",
        "street",
        "avenue",
        "stadium",
        "circuit",
        "school",
        "hospital",
        "prize",
        "subsidiary",
        "brand",
        "company",
        "firm",
        "group",
        # Clubs, teams and businesses: "Premier League club Tottenham".
        "club",
        "team",
        "label",
        "publisher",
        "carmaker",
        "automaker",
        "airline",
        "startup",
        "broadcaster",
        "retailer",
        "insurer",
        "lender",
        "miner",
        "manufacturer",
        "operator",
        "provider",
        "conglomerate",
        "multinational",
        "giant",
    ]
)
# Nouns for the two people just named ("The couple exchanged vows last Saturday").
PAIR_NOUNS = (
    r"(?<![\w-])[Tt]he\s+(?:couple|pair|newlyweds|duo|two\s+men|two\s+women)(?![\w'’-])(?!\s+of\b)"
)
# A person called by their age alone ("the 54-year-old will step down").
AGE_NOUN = r"\d+-year-old"
GENERIC_PERSON_NOUNS = frozenset(["man", "woman"])
SUBJECT_PRONOUNS = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)(?![\w'’-])")
PRONOUN_GENDERS = {"he": "m", "she": "f", "his": "m", "her": "f", "him": "m"}
POSSESSIVES = frozenset(["his", "her"])
OBJECT_PRONOUNS = frozenset(["him"])
# Object forms the parser reads as the subject of a following infinitive ("allowed her to
# remain free"): objects all the same (persons._pronoun_mentions).
ACCUSATIVE_PRONOUNS: frozenset[str] = frozenset(["him", "her", "them"])
OBJECT_CLITICS: dict[str, str] = {}
MASCULINE_HONORIFICS = frozenset(["mr"])
FEMININE_HONORIFICS = frozenset(["mrs", "ms", "miss"])
MASCULINE_DETERMINERS: frozenset[str] = frozenset()
FEMININE_DETERMINERS: frozenset[str] = frozenset()
# English role nouns rarely say a gender; the few that do, with the role they share.
FEMININE_ROLES = {
    "chairwoman": "chairman",
    "spokeswoman": "spokesman",
    "congresswoman": "congressman",
    "businesswoman": "businessman",
    "actress": "actor",
    "queen": "king",
    "princess": "prince",
}
MASCULINE_ROLES = frozenset(["chairman", "spokesman", "congressman", "businessman", "king"])
ROLE_SYNONYMS = {
    "defendant": "suspect",
    "accused": "suspect",
    "manager": "coach",
    "striker": "player",
    "forward": "player",
    "midfielder": "player",
    "defender": "player",
    "goalkeeper": "player",
    "attorney": "lawyer",
    "chief executive": "ceo",
    "chairwoman": "chairman",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "head of state": "president",
}
ROLE_POSTMODIFIER = r"(?!x)x"  # English adjectives come before the noun
# Demonyms used for the person just named ("the Brazilian scored twice", "the Frenchman").
DEMONYM = r"(?P<det>[Tt]he)\s+(?P<np>[A-Z][a-z]+(?:man|woman|ian))(?![\w'’-])"
# Lowercase words before a role noun that narrow it ("the council leader", "the club's coach").
ROLE_PREMODIFIER = r"[a-z][\w'’-]*"
# Reporting verbs in a past form the tagger may misread: none needed in English.
REPORTING_IMPERFECT: frozenset[str] = frozenset()
REPORTING_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "explained",
        "explains",
        "noted",
        "notes",
        "stated",
        "states",
        "announced",
        "announces",
        "confirmed",
        "confirms",
        "warned",
        "warns",
        "argued",
        "argues",
        "insisted",
        "insists",
        "claimed",
        "claims",
        "wrote",
        "writes",
        "tweeted",
        "acknowledged",
        "admitted",
        "conceded",
        "predicted",
        "suggested",
        "replied",
        "responded",
        "stressed",
        "emphasised",
        "emphasized",
        "remarked",
        "commented",
        "declared",
        "pointed",
        "referred",
        "recalled",
        "recalls",
        "reports",
        "cited",
        "cites",
    ]
)
RECALLING_VERBS = frozenset(["pointed", "referred", "recalled", "recalls", "cited", "cites"])
SOURCE_MARKERS = re.compile(r"(?<![\w'’-])[Aa]ccording\s+to\s+$")
# "I've", "we'll": the contraction keeps the person.
FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|we|We|me|us|my|My|our|Our)(?![\w-]|['’]s\b)")


# Nationalities the tagger runs into the name after them: "Australian Alex de Minaur".
_DEMONYM_NAMES = """
    American Argentine Argentinian Australian Austrian Belgian Brazilian British Bulgarian
    Cameroonian Canadian Chilean Chinese Colombian Croatian Czech Danish Dutch Egyptian English
    Ethiopian Filipino Finnish French German Ghanaian Greek Hungarian Indian Indonesian Iranian
    Irish Israeli Italian Jamaican Japanese Kenyan Korean Mexican Moroccan Nigerian Norwegian
    Pakistani Peruvian Polish Portuguese Romanian Russian Scottish Senegalese Serbian Slovak
    Slovenian Spanish Swedish Swiss Turkish Ugandan Ukrainian Uruguayan Venezuelan Welsh
    Zimbabwean
"""
DEMONYMS = frozenset(_DEMONYM_NAMES.split())


# Nouns of a firm's business: a name they belong to is a firm ("the sales of Stellantis",
# "Proximus's shares").
FIRM_ATTRIBUTES = (
    r"sales|shares|results|profits?|revenues?|earnings|workers|employees|plants?|factory"
    r"|factories|subsidiary|subsidiaries|headquarters|shareholders|stock|board\s+of\s+directors"
)


# "normally" before what is done ("is normally held in June"), not after it: "will run
# normally from June 22" tells the way of a day's running.
_NORMALLY = r"normally(?!\s+(?:from|again|on|by|until|till|after|since|and)\b)(?!\s*[.,;])"


# In a headline, the words of a look back on a year (pipeline._year_in_review).
YEAR_IN_REVIEW = re.compile(
    r"(?i:year\s+in\s+review|looking\s+back|look\s+back|most\s+read|year\s+in\s+pictures|"
    r"the\s+year\s+that\s+was)"
)


HABITUAL = re.compile(
    r"(?i)\b(?:typically|usually|generally|traditionally|regularly|(?<!as\s)(?:each|every)\s+year|"
    r"in\s+(?:a\s+)?normal\s+(?:times|years?)|from\s+one\s+year\s+to\s+the\s+next|"
    # "the price cap is revised twice a year, in February and August": a yearly round
    r"(?:once|twice|times)\s+(?:a|per|each)\s+year|"
    rf"annually|{_NORMALLY})\b"
)


# After a day, perhaps with more days of its month, the year it is of: "August 29 and 30 next
# year", "le 29 août de l'année prochaine".
RELATIVE_YEAR_AFTER = re.compile(
    r"(?:\s*(?:,|and|&)\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?P<rel>(?i:next|last|this)\s+year)\b"
)


# Weekdays in the plural: a sentence that holds one tells a weekly timetable.
WEEKDAYS_PLURAL = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b"
    # A count per week ("three flights a week", "three weekly services"): a timetable.
    r"|(?i:\b(?:\d+|two|three|four|five|six|seven)\s+(?:[\w-]+\s+){0,2}"
    r"(?:a|per|each)\s+week\b|\b(?:\d+|two|three|four|five|six|seven)\s+weekly\b)"
)


# Seasons that come back every year, whose yearless months a present tense tells of every
# year (not "la saison des pluies a commencé en juin").
SEASON_OF_EVERY_YEAR = re.compile(
    r"(?i)\b(?:rainy|dry|wet|monsoon|hurricane|cyclone|typhoon|storm|fire|bushfire|"
    r"wildfire)\s+seasons?\b|\bmonsoons?\b"
)


# Habits of every day: a "next day" in them is any day's ("met à jour tous les soirs son
# programme pour le lendemain").
DAILY = re.compile(r"(?i)\b(?:(?:each|every)\s+(?:day|night|morning|evening)|daily|nightly)\b")


# Words telling what happens most times: a time counted from such happenings dates none.
USUALLY = re.compile(
    r"(?i)\b(?:most\s+of\s+the\s+time|usually|often|typically|generally|"
    rf"routinely|frequently|regularly|{_NORMALLY})\b"
)


# Around a weekday, the words that count it from the day told before it: "the previous
# Wednesday", "the following Monday", "le mercredi précédent", "le lundi suivant".
FROM_THE_FOCUS_BEFORE = re.compile(r"(?i:\bthe\s+(?P<way>previous|following|preceding))\s+$")


FROM_THE_FOCUS_AFTER = re.compile(r"(?!x)x")


# A weekday that closes a span opened by a day of its sentence, a time between them: "de ce
# lundi 2 avril à 19h jusqu'à 8h jeudi", "from 7 p.m. on Monday, April 2, until 8 a.m. Thursday".
UNTIL_BEFORE = re.compile(
    r"(?i:\b(?:until|till)\s+(?:\d{1,2}(?:[:.]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)\s+"
    r"|(?:noon|midnight)\s+)?(?:on\s+)?)$"
)


# Before the day that closes a span opened earlier in the sentence: "and end on December 7",
# "et s'achèvera le 7 décembre".
ENDING_BEFORE = re.compile(
    r"(?i:\b(?:end|ends|ending|finish|finishes|finishing|conclude|concludes|concluding"
    r"|close|closes|closing|wrap\s+up|wraps\s+up|run\s+until|runs\s+until|until|till)"
    r"\s+(?:on\s+)?)$"
)


# A vague time on from the date told before ("days later", "a few weeks afterwards"): the
# story moves on by a time nobody can count (pipeline._vaguely_later).
VAGUE_LATER = re.compile(r"(?i)\b(?:days|weeks|months|years)\s+(?:later|afterwards|on)\b")


# The head of a line that lists what is to come ("Schedule: Friday practice, 2:35 p.m.;
# Saturday qualifying"): its weekdays lie ahead (pipeline._in_a_schedule).
SCHEDULE_HEAD = re.compile(
    r"[ \t]*(?i:schedule|programme|program|timetable|fixtures|agenda|coming\s+up|what['’]s\s+on)"
    r"\b[^\n:.]{0,30}:"
)


# A deadline given ("had until Sunday to call the election"): the day is still ahead
# (pipeline, with DEADLINE_PURPOSE after the day).
HAVING_UNTIL = re.compile(r"(?i:\b(?:has|have|had|will\s+have)\s+(?:[\w'’-]+\s+){0,2}until\s+)$")
DEADLINE_PURPOSE = re.compile(r"[ \t]+(?:to|in\s+which\s+to)\s+[a-z]")


# After a weekday and its day, the rest of a list of such days closed by their month (and
# year): "Thursday 20, Friday 21 and Saturday 22 July".
_LISTED_DAY = rf"(?:the\s+)?(?:(?:{_WEEKDAY}),?\s+)?{_DAY_NUMBER}"
LIST_MONTH_AFTER = re.compile(
    rf"(?:\s*(?:,|and|&)\s*{_LISTED_DAY})*\s*(?:,|and|&)\s*{_LISTED_DAY}\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)

# The day of a death, told with the age ("Claude Michaud (Feb. 21, aged 77)"): gone.
# Participles of a plan: "Scheduled for May 2, the vote ..." lies ahead.
# A perfect participle's clause before its day: "having won on Saturday", "having beaten
# Leeds on Friday".
PERFECT_PARTICIPLE = re.compile(
    r"(?i:\bhaving\s+(?:been\s+)?(?P<verb>[^\W\d]+)"
    r"(?:\s+[^\W\d][^\s,;:.!?()\"“”]*){0,4}\s+(?:on\s+|last\s+)?)$"
)
# A match's winner or loser named before its day: "winners over Leeds on Saturday", "the 4-0
# defeat at Westerlo on Sunday".
WON_BEFORE = re.compile(
    r"(?i:\b(?:winners?|victors?|victory|victories|win|wins|defeat|defeats|loss|losses)"
    r"\s+(?:\d{1,2}\s?[-–]\s?\d{1,2}\s+)?(?:over|against|at|to|by|in)\s+"
    r"(?:[^\s,;:.!?()\"“”]+\s+){0,4}(?:on\s+|last\s+)?)$"
)
# A price the market closed on: "Rite Aid's closing price of $6.08 Monday", "closed at $64.63
# on Friday".
CLOSING_PRICE = re.compile(
    r"(?i:\b(?:closing\s+price|closed|close|settled|finished|ended)\b[^.;!?\n]{0,30}?"
    r"[$£€]?\d[\d.,]*\s*(?:%|percent|cents?|points?|a\s+share|per\s+share)?\s*,?\s*(?:on\s+)?"
    # "a premium of 26% to TD Ameritrade's closing price on Wednesday"
    r"|\bclosing\s+(?:price|level|value)s?\s+(?:on\s+)?)$"
)
# After a day, the market's close on it: "based on Schwab's Friday close".
CLOSE_AFTER = re.compile(r"\s*(?:close|closing\s+(?:price|level|value))\b")
PLAN_PARTICIPLE = re.compile(
    r"^(?:scheduled|planned|set|expected|slated|due|billed|rescheduled|postponed|delayed|moved|"
    r"pushed|announced|proposed|timed|earmarked)$",
    re.IGNORECASE,
)

DIED_AGED = re.compile(r",\s*(?:aged\s+)?\d{1,3}(?:\s+years\s+old)?\s*\)")

# A deictic word written as a name within a sentence ("NEA told Today last week"): a
# newspaper or a programme, no day.
NAMED_DEICTIC = re.compile(r"(?<=[a-z] )(?:Today|Tonight)(?![\w'’])")

# A record before "since 1900": "the lowest 10% of periods since 1900", "the driest September
# since 1911" counts from a baseline, no event.
RECORD_BEFORE = re.compile(
    r"(?i:\b(?:\w+est|record|records|on\s+record|of\s+all\s+years|of\s+periods)\b"
    r"[^.;!?\n]{0,40}\bsince\s+\d{4}$)"
)

# English puts the month first ("that January evening"): no deictic word names it.
DEICTIC_OF_A_MONTH = re.compile(r"(?!x)x")

# A photo's caption, told in the present of what it shows ("Defence lawyer Darren Robinson
# (left) leaves court on Monday"): the day is gone, unless a future is written (FUTURE_WORD).
CAPTION_MARK = re.compile(r"\((?:left|right|centre|center|pictured|above|below)\)", re.IGNORECASE)
FUTURE_WORD = re.compile(r"(?i:\b(?:will|shall|going\s+to|to\s+be|set\s+to|due\s+to)\b)")
