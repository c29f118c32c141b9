"""Find temporal expressions with per-language regular expressions and say what they mean.

Each language module (`lang_fr`, `lang_en`) builds a `LanguageRules`: word tables plus an
ordered list of `Rule`s. A rule's regex uses shared group names, so one builder per rule kind
turns any language's match into a spec (`types.CalendarSpec`, `RelativeSpec`, `RangeSpec`) or a
non-event TIMEX (duration, time, set). Resolution to dates happens later, in `resolve.py`.

Candidates are found by patterns, never by running a date parser over the whole text: parsers
read the possessive "sa" as Saturday, "4,1 millions" as 1 April and "19 minutes" as a date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from re import _constants, _parser  # the parsed form of a pattern (`scanner`)

from .types import CalendarSpec, Mention, RangeSpec, RelativeSpec

YEAR = r"(?<![\d,.])(?:1[89]\d\d|20\d\d)(?!\d|[,.]\d)"
# An older year, read only after a day and its month ("le 14 juillet 1789").
OLD_YEAR = r"(?<![\d,.])1[0-7]\d\d(?!\d|[,.]\d)"
# Older years only inside a range of years ("entre 1163 et 1345", "from 1337 to 1453"), where
# the pair says what they are; alone, such a number is mostly a quantity.
ANY_YEAR = r"(?<![\d,.])(?:1[0-9]\d\d|20\d\d)(?!\d|[,.]\d)"


@dataclass(frozen=True)
class Rule:
    """One pattern: `kind` picks the builder that reads its named groups."""

    name: str
    kind: str  # calendar, range, relative, offset, duration, time, set
    regex: re.Pattern
    # Optional check on the text around a match (quantities before a year, "le" before "lundi").
    accept: Callable[[str, re.Match], bool] | None = None
    # The regex as scanned: the same matches, found faster (`scanner`).
    scanner: re.Pattern = field(init=False, repr=False, compare=False)
    # Sets of folded strings, one string of each in every match, or None (`required_factors`).
    factors: tuple[tuple[str, ...], ...] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scanner", scanner(self.regex))
        object.__setattr__(self, "factors", required_factors(self.regex))


@lru_cache(maxsize=256)
def scanner(regex: re.Pattern) -> re.Pattern:
    """`regex` behind a look-ahead on the characters its matches can begin with.

    Python's engine tries a pattern at every position of the text, and ours open on a
    look-behind and a choice among tens of words, which keeps it from skipping ahead by itself;
    the one-character check turns most positions away at once. The class is a superset of the
    possible first characters, read from the parsed pattern, so the matches are the same.
    """
    first = _first_characters(regex.pattern, regex.flags)
    if first is None:
        return regex
    pattern = re.sub(r"^\(\?[aiLmsux]+\)", "", regex.pattern)  # global flags stay in .flags
    return re.compile(f"(?=(?i:[{''.join(sorted(first))}]))(?:{pattern})", regex.flags)


_ANY = None  # any character may open the match
_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}


def _first_characters(pattern: str, flags: int) -> set[str] | None:
    """Class items for every character a match of `pattern` may begin with, or None when that
    is any character or the match may be empty."""
    first, empty = _first_of_sequence(_parsed(pattern, flags))
    return None if first is _ANY or empty or not first else first


@lru_cache(maxsize=256)
def _parsed(pattern: str, flags: int) -> _parser.SubPattern:
    """The parsed form of a pattern, read by `scanner` and `required_factors`; not modified."""
    return _parser.parse(pattern, flags)


def _first_of_sequence(items) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence may match nothing)."""
    found: set[str] = set()
    for op, value in items:
        first, empty = _first_of_item(op, value)
        if first is _ANY:
            return _ANY, False
        found |= first
        if not empty:
            return found, False
    return found, True


def _first_of_item(op, value) -> tuple[set[str] | None, bool]:
    if op is _constants.LITERAL:
        return {re.escape(chr(value))}, False
    if op is _constants.IN:
        items = set()
        for kind, item in value:
            if kind is _constants.LITERAL:
                items.add(re.escape(chr(item)))
            elif kind is _constants.RANGE:
                items.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            elif kind is _constants.CATEGORY and item in _CATEGORIES:
                items.add(_CATEGORIES[item])
            else:  # a negated class, a unicode category
                return _ANY, False
        return items, False
    if op is _constants.BRANCH:
        found, may_be_empty = set(), False
        for branch in value[1]:
            first, empty = _first_of_sequence(branch)
            if first is _ANY:
                return _ANY, False
            found |= first
            may_be_empty = may_be_empty or empty
        return found, may_be_empty
    if op is _constants.SUBPATTERN:
        return _first_of_sequence(value[3])
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        minimum, _, items = value
        first, empty = _first_of_sequence(items)
        return first, empty or minimum == 0
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return set(), True  # zero-width: the next item opens the match
    return _ANY, False


# --- Required factors ---------------------------------------------------------------------------
#
# Most rules match nothing in most articles, and a scan finding nothing still reads the whole
# text. A rule's required factors are sets of strings such that every match contains one string
# of each set, read from the parsed pattern: "(?:du|au)\s+\d+\s+(?:mars|avril)" needs one of
# "du", "au" and one of "mars", "avril"; an alternation needs a string of any of its branches.
# When some set has none of its strings in the text, the rule is not scanned at all.
#
# Factors and text are compared folded (`fold`). The folding maps every character that a
# pattern character matches, ignoring case or not, onto the folded pattern character, so a
# factor missing from the folded text proves the rule has no match. That holds for the
# characters of `_FOLDABLE` (checked over all of Unicode by the tests); a pattern character
# outside them breaks the run of literals it stands in, as an unknown would.

_FOLDABLE = frozenset(
    "".join(chr(code) for code in range(0x20, 0x7F)) + "àâäçéèêëîïôöùûüÿæœ’ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
)
_MAX_EXACT = 64  # strings kept when a pattern part may match only a few
_MAX_RANGE = 10  # characters spelled out for a range of a character class
_MAX_SETS = 4  # factor sets kept for a rule, the most telling first

Factors = frozenset[str]  # one of these strings is in every match


def fold(text: str) -> str:
    """`text` lower-cased, with the letters that case-insensitive matching takes for "i" and
    "s" made those letters ("İ" lower-cases to two characters, "ı" and "ſ" not at all)."""
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


def required_factors(regex: re.Pattern) -> tuple[tuple[str, ...], ...] | None:
    """Sets of folded strings such that every match of `regex` contains a string of each set,
    the most telling first; None when the pattern offers none (then the rule is always
    scanned)."""
    if not isinstance(regex.pattern, str) or regex.flags & re.LOCALE:
        return None
    exact, needs = _info_of_sequence(_parsed(regex.pattern, regex.flags))
    sets = set(needs) | _as_needs(exact)
    # A set is redundant when each string of another one holds one of its strings.
    kept = [
        factors
        for factors in sets
        if not any(
            other != factors and all(any(f in o for f in factors) for o in other) for other in sets
        )
    ]
    kept.sort(key=lambda factors: (_score(factors), sorted(factors)), reverse=True)
    return tuple(tuple(sorted(factors)) for factors in kept[:_MAX_SETS]) or None


def may_match(required: tuple[tuple[str, ...], ...], folded: str, seen: dict[str, bool]) -> bool:
    """Whether the folded text holds a string of each required set; `seen` keeps the answer
    for each string tested in this text."""
    for factors in required:
        for factor in factors:
            found = seen.get(factor)
            if found is None:
                found = seen[factor] = factor in folded
            if found:
                break
        else:
            return False
    return True


# A pattern part's info: every string it may match, when there are few, else None; and the
# factor sets each of its matches satisfies.
_Info = tuple[frozenset[str] | None, frozenset[Factors]]
_NO_NEEDS: frozenset[Factors] = frozenset()
_UNKNOWN: _Info = (None, _NO_NEEDS)


def _required(exact: frozenset[str] | None) -> Factors | None:
    """The strings of `exact` as factors, the ones holding a shorter one dropped."""
    if exact is None or "" in exact:
        return None
    return frozenset(s for s in exact if not any(t != s and t in s for t in exact))


def _as_needs(exact: frozenset[str] | None) -> frozenset[Factors]:
    factors = _required(exact)
    return _NO_NEEDS if factors is None else frozenset({factors})


def _score(factors: Factors) -> tuple[int, int]:
    """How telling a set is: longer shortest string, then fewer strings."""
    return min(map(len, factors)), -len(factors)


def _info_of_sequence(items) -> _Info:
    """Every part of a sequence is in each match; so is every run of consecutive parts, whose
    strings are spelled out while they are few."""
    needs: set[Factors] = set()
    run = frozenset({""})  # strings of the current run of parts
    whole = True  # whether the run covers the whole sequence so far
    for op, value in items:
        exact, item_needs = _info_of_item(op, value)
        needs |= item_needs
        if exact is not None and len(run) * len(exact) <= _MAX_EXACT:
            run = frozenset(a + b for a in run for b in exact)
            continue
        needs |= _as_needs(run)
        whole = False
        run = exact if exact is not None else frozenset({""})
    needs |= _as_needs(run)
    return (run if whole else None), frozenset(needs)


def _info_of_item(op, value) -> _Info:
    if op is _constants.LITERAL:
        char = chr(value)
        return (frozenset({fold(char)}), _NO_NEEDS) if char in _FOLDABLE else _UNKNOWN
    if op is _constants.IN:
        chars: set[str] = set()
        for kind, item in value:
            if kind is _constants.LITERAL:
                chars.add(chr(item))
            elif kind is _constants.RANGE and item[1] - item[0] < _MAX_RANGE:
                chars.update(chr(code) for code in range(item[0], item[1] + 1))
            else:  # a negated class, a category, a wide range
                return _UNKNOWN
        if not chars <= _FOLDABLE:
            return _UNKNOWN
        return frozenset(fold(char) for char in chars), _NO_NEEDS
    if op is _constants.BRANCH:
        # A match holds a string of any branch's most telling set.
        exact: set[str] | None = set()
        factors: set[str] | None = set()
        for branch in value[1]:
            branch_exact, branch_needs = _info_of_sequence(branch)
            exact = None if exact is None or branch_exact is None else exact | branch_exact
            candidates = branch_needs | _as_needs(branch_exact)
            if factors is not None and candidates:
                factors |= max(candidates, key=_score)
            else:
                factors = None
        if exact is not None and len(exact) > _MAX_EXACT:
            exact = None
        needs = _NO_NEEDS if factors is None else _as_needs(frozenset(factors))
        return (None if exact is None else frozenset(exact)), needs
    if op is _constants.SUBPATTERN:
        return _info_of_sequence(value[3])
    if op is _constants.ATOMIC_GROUP:
        return _info_of_sequence(value)
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
        minimum, maximum, items = value
        exact, needs = _info_of_sequence(items)
        if minimum == 0:
            # Optional: nothing needed; "x?" matches "" or one of x's strings.
            return (exact | {""}, _NO_NEEDS) if maximum == 1 and exact is not None else _UNKNOWN
        return (exact if minimum == maximum == 1 else None), needs | _as_needs(exact)
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return frozenset({""}), _NO_NEEDS  # zero-width: a look-around's text is not matched
    return _UNKNOWN  # any character, a back-reference, a conditional group...


@dataclass(frozen=True)
class LanguageRules:
    """Everything the finder needs to know about one language."""

    code: str
    rules: tuple[Rule, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    relatives: dict[str, RelativeSpec]
    parts: dict[str, str]
    directions: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, str]
    day_first: bool
    vague_numbers: frozenset[str] = field(default_factory=frozenset)
    # What may join a yearless date to a relative year ("September last year", "mars de l'an
    # dernier"): the two read as one date (`_with_relative_years`).
    year_link: re.Pattern = re.compile(r",?\s+")
    # Words making any date that follows a habit ("chaque mois d'août", "every July").
    habit: re.Pattern = re.compile(r"(?!x)x")
    # Feasts on a fixed day ("Christmas Eve", "la Saint-Sylvestre"): month and day; on the nth
    # weekday of a month ("Labor Day"): month, nth and weekday; or moving with Easter ("Good
    # Friday"): its days after Easter Sunday, alone.
    holidays: dict[str, tuple[int, ...]] = field(default_factory=dict)


def words(table: Iterable[str]) -> str:
    """An alternation of the table's keys, longest first, with regex characters escaped.

    The keys are grouped by their first letter ("a(?:ujourd'hui|vant-hier)|h(?:ier)"), so the
    engine tries one group at each position instead of every key: the tables of relative
    words run to a hundred keys and the patterns scan every character of an article.
    """
    groups: dict[str, list[str]] = {}
    for key_ in sorted(table, key=len, reverse=True):
        groups.setdefault(key_[:1], []).append(key_)
    return "|".join(
        f"{_escaped(first)}(?:{'|'.join(_escaped(k[1:]) for k in keys)})"
        for first, keys in groups.items()
    )


def _escaped(text: str) -> str:
    # "ce jour-là" is also written "ce jour là".
    escaped = re.escape(text).replace(r"\ ", r"\s+").replace("'", "['’]")
    return escaped.replace(r"\-là", r"(?:-|\s+)là")


def key(text: str) -> str:
    """Normalise matched words for table look-up."""
    words = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()
    return words.replace(" là", "-là")


# --- Finding ----------------------------------------------------------------------------------


_SUPERSCRIPT_LETTERS = str.maketrans({"ᵉ": "e", "ʳ": "r", "ᵈ": "d", "ˢ": "s", "ᵗ": "t", "ʰ": "h"})


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def find_mentions(text: str, rules: LanguageRules) -> list[Mention]:
    """All temporal expressions of `text`, the longest winning where matches overlap."""
    # "vendredi 1ᵉʳ mars": the ordinal's letters in superscript, read as "1er" (one character
    # for one, so the offsets hold); the mentions keep the text as written
    written, text = text, text.translate(_SUPERSCRIPT_LETTERS)
    found: list[tuple[int, int, int, Mention]] = []
    folded = fold(text)
    seen: dict[str, bool] = {}
    for priority, rule in enumerate(rules.rules):
        if rule.factors is not None and not may_match(rule.factors, folded, seen):
            continue  # no match possible (`required_factors`)
        for match in rule.scanner.finditer(text):
            if match.end() == match.start():
                continue
            if "\n" in match.group(0) and _BLANK_LINE.search(match.group(0)):
                continue  # "1/5" over a gallery, a blank line, then "Nov. 3 (UPI)": two lines
            if rule.accept is not None and not rule.accept(text, match):
                continue
            if rule.kind == "calendar" and rules.habit.search(
                text, max(0, match.start() - 20), match.start()
            ):
                continue  # a habit dates no event (gold rule 1)
            mention = build(rule, match, rules)
            if mention is not None:
                found.append((mention.start, -(mention.end - mention.start), priority, mention))
    # Longest first, wherever it starts: "scheduled for April 28" is the day, not "for
    # April"; "de 2019-2020" the span, not "de 2019". A time of day yields to a date it
    # overlaps: "jeudi à 22H00 heure locale" is Thursday before it is "à 22H00 heure locale".
    found.sort(key=lambda item: (item[3].timex_type == "TIME", item[1], item[2], item[0]))
    kept: list[Mention] = []
    taken = bytearray(len(text) + 1)  # characters already held by a longer mention
    for _, _, _, mention in found:
        if not any(taken[mention.start : mention.end]):
            kept.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for mention in (
        _listed_days(text, rules)
        + _second_days(text, kept)
        + _listed_months(text, kept, rules)
        + _bracketed_days(text, kept)
    ):
        if not any(taken[mention.start : mention.end]):
            kept.append(mention)
    kept = _with_relative_years(sorted(kept, key=lambda mention: mention.start), text, rules)
    kept = _days_bounding_a_span(kept, text)
    if written != text:
        kept = [replace(m, text=written[m.start : m.end]) for m in kept]
    return kept


# Between two days that bound one span: "from 7am on August 9 to 7am on August 10", "open on
# August 1 and close on August 7", "to begin on Oct 24 and end on Oct 27".
_SPAN_LINK = re.compile(
    # "du mercredi 1er février à 18h, au vendredi 3 février à 8h": the first day's hour
    r"(?i:(?:\s+(?:à|at)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)?,?)?"
    r"\s+(?:to|until|till|through|au|jusqu['’]au)\s+"
    r"(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)?\s+)?(?:on\s+|le\s+)?"
    r"|\s+and\s+(?:will\s+)?(?:end|close|finish|conclude)s?\s+(?:on\s+)?"
    r"|\s+et\s+(?:se\s+)?(?:termine|terminera|finira|s'achèvera|fermera|clôturera)\s+(?:le\s+)?)"
)


# "Entre samedi 24 août 18h et dimanche 25 août 15h", "between Friday, May 3 at 6pm and
# Sunday, May 5": two days opened by "entre"/"between" bound one span.
_BETWEEN = re.compile(r"(?i:\b(?:entre|between))\s+$")
_BETWEEN_LINK = re.compile(
    r"(?i:(?:\s+(?:(?:à|at)\s+)?\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h)?,?)?"
    r"\s+(?:et|and)\s+(?:le\s+|on\s+)?)"
)


def _is_day(mention: Mention) -> bool:
    spec = mention.spec
    return isinstance(spec, CalendarSpec) and spec.day is not None and spec.month is not None


def _days_bounding_a_span(mentions: list[Mention], text: str) -> list[Mention]:
    """Two dated days joined as the ends of one span are one range mention."""
    merged: list[Mention] = []
    for mention in mentions:
        # The last date before this one; clock times between them belong to the span.
        index = len(merged) - 1
        while index >= 0 and merged[index].timex_type == "TIME":
            index -= 1
        previous = merged[index] if index >= 0 else None
        if (
            previous is not None
            and _is_day(previous)
            and _is_day(mention)
            and (
                _SPAN_LINK.fullmatch(text, previous.end, mention.start) is not None
                or (
                    _BETWEEN.search(text, max(0, previous.start - 10), previous.start) is not None
                    and _BETWEEN_LINK.fullmatch(text, previous.end, mention.start) is not None
                )
            )
        ):
            first, last = _complete_range(previous.spec, mention.spec)
            if (first.month, first.day) <= (last.month, last.day) or last.year is not None:
                del merged[index + 1 :]
                merged[index] = Mention(
                    previous.start,
                    mention.end,
                    text[previous.start : mention.end],
                    "DATE",
                    RangeSpec(first, last),
                    pattern="day_span",
                )
                continue
        merged.append(mention)
    return merged


# "March 26 and 31": the second day of the month written before it, no unit after it.
_SECOND_DAY = re.compile(
    r"[ \t]+(?:and|et|&)[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?(?![\w,.]?\d)"
    # "February 6 and 17 and March 6": another month may follow the list
    r"(?![ \t]*(?:%|(?!(?:and|et|or|ou)\b)[A-Za-zÀ-ÿ]))"
)
# A day of a list run on by commas: "February 16, 17, 23 and 24".
_COMMA_DAY = re.compile(
    r",[ \t]*(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?(?=,[ \t]*\d|[ \t]+(?:and|et|&)[ \t]+\d)"
)


def _second_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day after "and" that follows a day of a named month takes that month: "March 26 and
    31", "Jan. 6 and 14, 2021"."""
    found = []
    for mention in mentions:
        spec = _month_date(mention, text, with_day=True)
        if spec is None:
            continue
        position, last, listed = mention.end, spec.day, []
        while (match := _COMMA_DAY.match(text, position)) is not None:
            day = int(match.group("d"))
            if not last < day <= calendar.monthrange(2024, spec.month)[1]:
                break
            listed.append(_mention_at(text, match.span("d"), replace(spec, day=day), "second_day"))
            position, last = match.end(), day
        found += listed
        match = _SECOND_DAY.match(text, position)
        if match is None:
            continue
        day = int(match.group("d"))
        if not last + (0 if listed else 1) < day <= calendar.monthrange(2024, spec.month)[1]:
            continue  # "May 28 and 29": two days running are one span, which the first dates
        found.append(_mention_at(text, match.span("d"), replace(spec, day=day), "second_day"))
    return found


def _month_date(mention: Mention, text: str, *, with_day: bool) -> CalendarSpec | None:
    """The spec of a date written with its month last ("March 26" with a day, "in May"
    without), where a list may go on after it; else None."""
    spec = mention.spec
    if not (
        isinstance(spec, CalendarSpec)
        and spec.month is not None
        and spec.weekday is None
        and (spec.day is not None) == with_day
    ):
        return None
    last = text[mention.end - 1 : mention.end]
    if with_day and re.search(r"\d(?:st|nd|rd|th|er)$", text[mention.end - 3 : mention.end]):
        return spec  # "on December 13th and 19th"
    return spec if (last.isdigit() if with_day else last.isalpha()) else None


# Days of the month in brackets after a month: "En mars, il a renoncé à Bruxelles (les 23 et
# 24) et à Paris (du 29 au 31)", "in May (the 22nd)".
_BRACKETED_DAYS = re.compile(
    r"\((?:le|les|du|on\s+the|the)\s+(?P<d1>[0-3]?\d)(?:er|st|nd|rd|th)?"
    r"(?:\s+(?:et|au|and|to)\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\s*\)"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _bracketed_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """Days in brackets after a month of the same sentence take that month (and its year)."""
    found = []
    for mention in mentions:
        spec = _month_date(mention, text, with_day=False)
        if spec is None or spec.quarter or spec.season or spec.half:
            continue
        end = _SENTENCE_END.search(text, mention.end)
        limit = end.start() if end else len(text)
        for match in _BRACKETED_DAYS.finditer(text, mention.end, limit):
            first_day, last_day = int(match.group("d1")), int(match.group("d2") or 0)
            if not 1 <= first_day <= calendar.monthrange(2024, spec.month)[1]:
                continue
            first = replace(spec, day=first_day, part=None, direction=0)
            if first_day < last_day <= calendar.monthrange(2024, spec.month)[1]:
                range_spec = RangeSpec(first, replace(first, day=last_day))
                found.append(
                    Mention(
                        match.start(),
                        match.end(),
                        match.group(0),
                        "DATE",
                        range_spec,
                        pattern="bracketed_days",
                    )
                )
            else:
                found.append(_mention_at(text, match.span(), first, "bracketed_days"))
    return found


def _mention_at(text: str, span: tuple[int, int], spec: CalendarSpec, pattern: str) -> Mention:
    start, end = span
    return Mention(start, end, text[start:end], "DATE", spec, "", pattern)


# ", June" or "and October" after a month: the list goes on.
_NEXT_IN_LIST = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|et|ou)[ \t]+)(?P<m>[^\W\d_]+)\b")


def _listed_months(text: str, mentions: list[Mention], rules: LanguageRules) -> list[Mention]:
    """Months listed after one the patterns found take its year: "in May and October",
    "en mars, juin et septembre 2019" (the patterns date the last one)."""
    found = []
    for mention in mentions:
        spec = _month_date(mention, text, with_day=False)
        if spec is None:
            continue
        position = mention.end
        while (match := _NEXT_IN_LIST.match(text, position)) is not None:
            month = rules.months.get(key(match.group("m")))
            if month is None or (
                position == mention.end
                and month == spec.month % 12 + 1
                and _NEXT_IN_LIST.match(text, match.end()) is None
            ):
                # "in January and February": two months running read as one span, whose
                # start the first month already gives.
                break
            found.append(
                _mention_at(text, match.span("m"), replace(spec, month=month), "listed_month")
            )
            position = match.end("m")
    return found


_HEADING = re.compile(r"^[ \t]*(?P<m>[^\W\d_]+)[ \t]*$", re.MULTILINE)
_LISTED_DAY = re.compile(r"[ \t]*(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?[ \t]*[-–—:][ \t]*\S")


def _listed_days(text: str, rules: LanguageRules) -> list[Mention]:
    """Days listed under a month heading, one per line, as in tour dates and programmes:
    "June" then "10 – Manchester, Tenn. @ Bonnaroo", "28 – Milwaukee"."""
    found = []
    for heading in _HEADING.finditer(text):
        if key(heading.group("m")) not in rules.months:
            continue
        position = heading.end()
        for line in text[heading.end() :].split("\n")[1:]:
            start = position + 1
            position = start + len(line)
            if not line.strip():
                continue
            match = _LISTED_DAY.match(line)
            if match is None:
                break
            spec = calendar_spec({"d": match.group("d"), "m": heading.group("m")}, rules)
            if spec is None:
                break
            span = (start + match.start("d"), start + match.end("d"))
            found.append(_mention_at(text, span, spec, "listed_day"))
    return found


def _with_relative_years(mentions: list[Mention], text: str, rules: LanguageRules) -> list[Mention]:
    """A yearless date followed by a relative year is one date: "on Jan. 12 last year" is
    12 January of the year before publication, "June 23 that year" of the year in focus."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        spec = mention.spec
        if (
            previous is not None
            and isinstance(spec, RelativeSpec)
            and spec.unit == "year"
            and not spec.weekend
            and _yearless_month(previous.spec)
            and rules.year_link.fullmatch(text[previous.end : mention.start])
        ):
            year_spec = _in_year(previous.spec, spec)
            merged[-1] = replace(
                previous,
                end=mention.end,
                text=text[previous.start : mention.end],
                spec=year_spec,
                phrase=previous.phrase,
            )
            continue
        if (
            previous is not None
            and isinstance(spec, CalendarSpec)
            and spec.year is not None
            and spec.month is None
            and spec.quarter is None
            and isinstance(previous.spec, CalendarSpec)
            and previous.spec.year is None
            and previous.spec.month is not None
            and previous.spec.day is not None
            and re.fullmatch(
                r",?\s+(?:in|en)\s+", text[previous.end : mention.start] + mention.text[:3]
            )
        ):
            # "on Christmas Day in 1922", "un vendredi soir, le 31 mai, en 2013": the day of
            # that year.
            merged[-1] = replace(
                previous,
                end=mention.end,
                text=text[previous.start : mention.end],
                spec=replace(previous.spec, year=spec.year),
            )
            continue
        if _relative_year_then_date(previous, spec) and _YEAR_THEN_DATE.fullmatch(
            text, previous.end, mention.start
        ):
            # "L'année dernière au 1er juillet", "last year on July 1": that year's date.
            merged[-1] = replace(
                mention,
                start=previous.start,
                text=text[previous.start : mention.end],
                spec=_in_year(spec, previous.spec),
            )
            continue
        if _relative_year_then_date(previous, spec) and _YEAR_THEN_BOUND.fullmatch(
            text, previous.end, mention.start
        ):
            # "une hausse limitée à 15 % cette année, jusqu'au 30 juin au moins": the bound
            # is of that year; both tell.
            mention = replace(mention, spec=_in_year(spec, previous.spec))
        merged.append(mention)
    return merged


def _relative_year_then_date(
    previous: Mention | None, spec: CalendarSpec | RelativeSpec | RangeSpec | None
) -> bool:
    """A relative year ("l'année dernière", "this year") right before a yearless date."""
    return (
        previous is not None
        and isinstance(previous.spec, RelativeSpec)
        and previous.spec.unit == "year"
        and not previous.spec.weekend
        and isinstance(spec, CalendarSpec)
        and spec.year is None
        and spec.month is not None
        and spec.direction == 0
    )


def _yearless_month(spec: CalendarSpec | RelativeSpec | RangeSpec | None) -> bool:
    """A month, quarter or day of no stated year and no direction ("le 12 janvier", "du 18
    au 21 juillet", "the first quarter"), which a relative year after it can date."""
    if isinstance(spec, RangeSpec):
        return _yearless_month(spec.first) and _yearless_month(spec.last)
    return (
        isinstance(spec, CalendarSpec)
        and spec.year is None
        and (spec.month is not None or spec.half is not None or spec.quarter is not None)
        and spec.direction == 0
    )


def _in_year(spec: CalendarSpec | RangeSpec, year: RelativeSpec) -> CalendarSpec | RangeSpec:
    """ "le 12 janvier de l'an dernier", "du 18 au 21 juillet l'année prochaine"."""
    if isinstance(spec, RangeSpec):
        return RangeSpec(_in_year(spec.first, year), _in_year(spec.last, year))
    return replace(spec, year_shift=year.offset, year_anchor=year.anchor)


# Between a relative year and the date it dates: "l'année dernière au 1er juillet".
_YEAR_THEN_DATE = re.compile(r"\s*,?\s*(?:(?i:au|à|le|on|in)\s+)?")
# Between a relative year and a bound of it: "cette année, jusqu'au 30 juin", "this year,
# until June 30".
_YEAR_THEN_BOUND = re.compile(r"\s*,\s*(?i:jusqu['’](?:au|à)|until|till|through)\s+")


def build(rule: Rule, match: re.Match, rules: LanguageRules) -> Mention | None:
    """Turn a match into a mention, or None when the groups make no sense (31 February)."""
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    start, end = _trimmed(match)
    text = match.string[start:end]
    if rule.kind == "calendar":
        spec = calendar_spec(groups, rules)
        if spec is None:
            return None
        phrase = _phrase(match, _CALENDAR_GROUPS)
        return Mention(start, end, text, "DATE", spec, pattern=rule.name, phrase=phrase)
    if rule.kind == "range":
        first = calendar_spec(_suffixed(groups, "1"), rules)
        last = calendar_spec(_suffixed(groups, "2"), rules)
        if first is None or last is None:
            return None
        first, last = _complete_range(first, last)
        return Mention(start, end, text, "DATE", RangeSpec(first, last), pattern=rule.name)
    if rule.kind == "relative":
        spec = rules.relatives.get(key(groups["rel"]))
        if spec is None:
            return None
        phrase = _phrase(match, ("rel",))
        return Mention(start, end, text, "DATE", spec, pattern=rule.name, phrase=phrase)
    if rule.kind == "offset":
        spec = offset_spec(groups, rules)
        if spec is None:
            return None
        return Mention(start, end, text, "DATE", spec, pattern=rule.name, phrase=text)
    if rule.kind == "duration":
        return Mention(start, end, text, "DURATION", value=duration_value(groups, rules))
    if rule.kind == "time":
        return Mention(start, end, text, "TIME", value=time_value(groups))
    if rule.kind == "set":
        return Mention(start, end, text, "SET", value=set_value(groups, rules))
    raise ValueError(f"unknown rule kind {rule.kind!r}")


# The groups that hold the date itself; prepositions and articles around them are left out of
# the phrase handed to dateparser ("le 1er mars 2022" -> "1er mars 2022", "en mai 2023").
_CALENDAR_GROUPS = ("wd", "d", "m", "y", "a", "b", "mn")


def _phrase(match: re.Match, names: tuple[str, ...]) -> str:
    """The text from the first to the last of the `names` groups that took part in the match."""
    spans = [match.span(name) for name in names if name in match.re.groupindex]
    spans = [span for span in spans if span[0] >= 0]
    if not spans:
        return ""
    return match.string[min(s for s, _ in spans) : max(e for _, e in spans)]


def _trimmed(match: re.Match) -> tuple[int, int]:
    start, end = match.span()
    text = match.string
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


def _suffixed(groups: dict[str, str], suffix: str) -> dict[str, str]:
    return {name[:-1]: value for name, value in groups.items() if name.endswith(suffix)}


def _complete_range(first: CalendarSpec, last: CalendarSpec) -> tuple[CalendarSpec, CalendarSpec]:
    """ "du 3 au 5 mars 2020": the first point borrows the month and year of the last."""
    if first.day is not None and first.month is None:
        first = replace(first, month=last.month)
    if last.day is not None and last.month is None:  # "from March 3 to 5, 2025"
        last = replace(last, month=first.month)
    if first.day is None and first.month is not None and last.day is not None:
        first = replace(first, day=1)  # "from January until September 7": from January 1
    if first.year is None and last.year is not None:
        year = last.year
        if first.month is not None and last.month is not None and first.month > last.month:
            year -= 1  # "du 28 décembre au 3 janvier 2021"
        first = replace(first, year=year)
    if first.direction and not last.direction:
        last = replace(last, direction=first.direction)
    if last.direction and not first.direction and last.year is None:
        first = replace(first, direction=last.direction)  # "les 22 et 23 mars dernier"
    return first, last


# --- Builders ---------------------------------------------------------------------------------


def number(text: str, rules: LanguageRules) -> int | None:
    """A number written in digits or words ("3", "trois", "three"); None when vague."""
    text = key(text)
    if text.isdigit():
        return int(text)
    return rules.numbers.get(text)


def calendar_spec(groups: dict[str, str], rules: LanguageRules) -> CalendarSpec | None:
    """Read the calendar groups: d (or d2, the day after it), m, y, wd, q, ord, s, half, part,
    dir, this, a/b (numeric), hol (a feast on a fixed day), dec (Christmas told with its year:
    its December)."""
    day = month = year = weekday = quarter = half = easter = None
    if "a" in groups:  # numeric date: order from the locale, unless only one order is possible
        first, second = int(groups["a"]), int(groups["b"])
        day, month = (first, second) if rules.day_first else (second, first)
        if month > 12 and day <= 12:
            day, month = month, day
    if "d" in groups:
        day = _day(groups["d"], rules)
    elif "d2" in groups and _day(groups["d2"], rules) > 1:
        # "la nuit de samedi à dimanche 8 janvier": the night's first day, the 7th.
        day = _day(groups["d2"], rules) - 1
    if "m" in groups:
        month = rules.months.get(key(groups["m"]).rstrip("."), rules.months.get(key(groups["m"])))
        if month is None:
            return None
    if "mn" in groups:
        month = int(groups["mn"])
    if "dec" in groups:  # "à Noël 2022", "at Christmas 2022": that December
        month = 12
    nth = _nth(groups["nth"], rules) if "nth" in groups else None
    if "hol" in groups:
        feast = rules.holidays[key(groups["hol"])]
        if len(feast) == 3:
            month, nth, weekday = feast  # "Labor Day": the first Monday of September
        elif len(feast) == 2:
            month, day = feast
        else:
            easter = feast[0]  # "Easter Monday": a day after Easter Sunday
    if "y" in groups:
        year = _year(groups["y"])
    if "wd" in groups:
        weekday = rules.weekdays[key(groups["wd"])]
    if "q" in groups:
        quarter = int(groups["q"])
    if "qm" in groups:  # "the March quarter": the quarter that month closes
        quarter = (rules.months[key(groups["qm"])] - 1) // 3 + 1
    if "ord" in groups:
        value = rules.ordinals.get(key(groups["ord"]))
        if value is None:
            return None
        if "half" in groups:
            half = min(value, 2)
        else:
            quarter = value
    season = rules.seasons[key(groups["s"])] if "s" in groups else None
    part = _part(groups.get("part", ""), rules)
    direction = rules.directions.get(key(groups["dir"]), 0) if "dir" in groups else 0
    week_shift = None
    if "wk" in groups:  # "Wednesday next week": the week from the language's relatives
        week = rules.relatives.get(key(groups["wk"]))
        if (
            not isinstance(week, RelativeSpec)
            or week.unit != "week"
            or week.anchor != "publication"
        ):
            return None
        week_shift = week.offset
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not _valid_day(day, month, year):
        return None
    if quarter is not None and not 1 <= quarter <= 4:
        return None
    return CalendarSpec(
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        quarter=quarter,
        season=season,
        half=half,
        part=part,
        direction=direction,
        is_this="this" in groups,
        is_week="week" in groups,
        nth=nth,
        week_shift=week_shift,
        easter=easter,
        # "the first quarter of the year" (a group no rule writes beside a year): the story's
        # year or this one (pipeline)
        year_shift=0 if "cur" in groups else None,
        year_anchor="current" if "cur" in groups else "publication",
    )


def _nth(text: str, rules: LanguageRules) -> int | None:
    """ "first" -> 1, "dernier" -> -1."""
    word = key(text)
    if word in {"last", "final", "dernier", "dernière"}:
        return -1
    return rules.ordinals.get(word)


def _part(text: str, rules: LanguageRules) -> str | None:
    """ "fin de" -> "late", "mi-" -> "mid", "en" -> None."""
    for word in re.split(r"[\s'-]+", key(text)):
        if word in rules.parts:
            return rules.parts[word]
    return None


def _day(text: str, rules: LanguageRules) -> int | None:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return rules.numbers.get(key(text))  # "premier"


def _year(text: str) -> int:
    text = text.strip("'’")
    value = int(text)
    if value < 100:  # "24/05/23", "'98"
        value += 2000 if value < 50 else 1900
    return value


def _valid_day(day: int, month: int | None, year: int | None) -> bool:
    import calendar

    if not 1 <= day <= 31:
        return False
    if month is None:
        return True
    return day <= calendar.monthrange(year or 2024, month)[1]  # 2024: a leap year allows 29 Feb


def offset_spec(groups: dict[str, str], rules: LanguageRules) -> RelativeSpec | None:
    """ "il y a deux ans", "trois jours plus tard", "two days later", "in three weeks"."""
    unit = rules.units.get(key(groups["u"]))
    if unit is None:
        return None
    raw = key(groups.get("n", "1"))
    count = number(raw, rules)
    if count is None:
        # "quelques heures plus tard" is still the same day; "quelques jours" is no date.
        if raw in rules.vague_numbers and unit in {"hour", "minute"}:
            count = 1
        else:
            return None
    direction = -1
    if "future" in groups:
        direction = 1
    elif "dir" in groups:
        direction = rules.directions.get(key(groups["dir"]), -1)
    anchor = "focus" if "focus" in groups else "publication"
    if unit == "hour" and count >= 24 and count % 24 == 0:
        return RelativeSpec("day", direction * count // 24, anchor)  # "24 heures auparavant"
    if unit in {"hour", "minute"}:
        return RelativeSpec("day", 0, anchor)
    if unit == "decade":  # "a decade ago", "il y a une décennie": ten years, year precision
        return RelativeSpec("year", direction * count * 10, anchor)
    if unit == "fortnight":  # "a fortnight ago": two weeks, week precision
        return RelativeSpec("week", direction * count * 2, anchor)
    # "il y a un an, jour pour jour", "il y a tout juste une semaine": that very day. "Tout
    # juste" keeps years at their own precision: "réintroduit il y a tout juste 25 ans" tells
    # the year, not an anniversary to the day; "il y a exactement 100 ans" tells the day.
    just = (groups.get("just") or "").lower()
    exact = bool(groups.get("exact")) and unit in {"week", "month", "year"}
    exact = exact or (bool(just) and unit in {"week", "month"})
    exact = exact or (just in {"exactement", "précisément"} and unit == "year")
    return RelativeSpec(unit, direction * count, anchor, exact=exact)


_DURATION_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}


def duration_value(groups: dict[str, str], rules: LanguageRules) -> str:
    """TIMEX3 duration value: "PT19M", "P3Y"; "PXY" when the number is vague."""
    unit = rules.units.get(key(groups.get("u", "")), "")
    count = number(groups.get("n", ""), rules) if "n" in groups else None
    amount = str(count) if count is not None else "X"
    if "n" in groups and count is None and re.fullmatch(r"\d+[,.]\d+", groups["n"]):
        amount = groups["n"].replace(",", ".")
    if unit == "fortnight":  # "for a fortnight": two weeks
        unit, amount = "week", str(count * 2) if count is not None else "X"
    code = _DURATION_CODES.get(unit, "X")
    if unit in {"second", "minute", "hour"}:
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


def time_value(groups: dict[str, str]) -> str:
    """TIMEX3 time value without a date: "T17:00"."""
    hour = int(groups.get("h", "0"))
    minute = int(groups.get("mi") or 0)
    meridian = (groups.get("ampm") or "").lower().replace(".", "")
    if meridian == "pm" and hour < 12:
        hour += 12
    if meridian == "am" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}"


def set_value(groups: dict[str, str], rules: LanguageRules) -> str:
    """TIMEX3 set value: "XXXX-WXX-1" for every Monday, "P1D" for every day."""
    if "wd" in groups or "wd2" in groups:
        weekday = rules.weekdays.get(key(groups.get("wd") or groups.get("wd2") or "").rstrip("s"))
        if weekday is not None:
            return f"XXXX-WXX-{weekday + 1}"
    unit = rules.units.get(key(groups.get("u", "")), "")
    return f"P1{_DURATION_CODES.get(unit, 'X')}" if unit else "XXXX"


# --- Shared checks ------------------------------------------------------------------------------


def preceding_words(text: str, position: int, count: int = 2) -> list[str]:
    """The `count` words before `position`, lowercased ("plus de" before "2000")."""
    window = text[max(0, position - 40) : position]
    return [key(word) for word in re.findall(r"[\w'’-]+|%", window)][-count:]


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding text[start:end] begins and ends (its break left out)."""
    stop = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, stop if stop >= 0 else len(text)


def in_title_case_line(text: str, position: int) -> bool:
    """Whether `position` lies in a headline: a line whose words of four letters or more,
    three at least, nearly all take capitals, with no closing stop."""
    start, end = line_bounds(text, position)
    line = text[start:end].strip()
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", line) if len(word) > 3]
    if len(words) < 3 or line.endswith((".", "!", "?", ":")):
        return False
    return sum(word[0].isupper() for word in words) >= 0.8 * len(words)


def following_word(text: str, position: int) -> str:
    """The word right after `position`, lowercased, or "" (punctuation comes back as itself)."""
    match = re.match(r"\s*([\w'’-]+|[%$€£])", text[position : position + 40])
    return key(match.group(1)) if match else ""


_YEAR_LIST = re.compile(rf"{YEAR}(?:\s*(?:,|\bet\b|\band\b)\s*{YEAR})*")


def in_year_list(text: str, match: re.Match) -> bool:
    """ "Seve Ballesteros (1980, 1983)", "Titanic (1997)": brackets holding only years date the
    name before them; "(2000 personnes)" or "(voir 2019)" hold something else."""
    opening = text.rfind("(", max(0, match.start() - 40), match.start())
    closing = text.find(")", match.end(), match.end() + 40)
    if opening < 0 or closing < 0:
        return False
    return _YEAR_LIST.fullmatch(text[opening + 1 : closing].strip()) is not None


def listed_year(text: str, match: re.Match, heads: str) -> bool:
    """A year further down a list opened by a dated year: "en 1995, 2001 et 2009", "in 2020
    and 2022" (not "2,000 and 2022 votes" nor a list of counts)."""
    before = text[max(0, match.start() - 80) : match.start()]
    return bool(
        re.search(
            rf"(?<![\w-]){heads}\s+{YEAR}(?:\s*,\s*{YEAR})*(?:\s*,\s*|\s+(?:et|ou|and|or)\s+)$",
            before,
        )
    )


_SENTENCE_MARKS = (".", "!", "?", "\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The rough sentence holding [start, end), cut at punctuation (patterns run before spaCy
    splits sentences)."""
    first = max(text.rfind(mark, 0, start) for mark in _SENTENCE_MARKS) + 1
    ends = [i for i in (text.find(mark, end) for mark in _SENTENCE_MARKS) if i >= 0]
    return first, min(ends, default=len(text))
