"""People of an article: clean the NER entities, canonicalise them, resolve roles and pronouns.

1. PER/PERSON entities are cleaned (titles, elisions, possessives) and junk is dropped (single
   letters, lowercase words, organisations and places the small models tag as people).
2. A name is canonicalised to the longest full name of the article that ends with it ("Musk",
   "M. Musk" -> "Elon Musk"); every canonical name and surname is then looked for in the whole
   text, because the tagger misses or mislabels many repeats ("Musk" as ORG).
3. Role nouns tied to a name by apposition ("le gouverneur de Floride, Ron DeSantis", "Tim
   Cook, the CEO of Apple", "l'ancien président Donald Trump") make later definite mentions
   ("le gouverneur", "du candidat") mentions of that person.
4. A sentence that starts with a subject pronoun ("Il a déclaré", "He said") mentions the
   person named first in the sentence before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from types import ModuleType

from spacy.tokens import Doc

from . import lang_en, lang_fr

_LANGUAGES: dict[str, ModuleType] = {"fr": lang_fr, "en": lang_en}
_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "del",
        "bin",
        "ben",
        "al",
        "el",
        "mc",
        "st",
    ]
)
_DETERMINER_BEFORE_TITLE = re.compile(r"^(?:[Ll]es?|[Ll]a|[Ll]'|[Tt]he)\s*(?=[a-zà-ÿ])")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$|^[a-z]{1,3}['’]?$")


@dataclass(frozen=True)
class PersonMention:
    """A place in the text that refers to a person (by name, role or pronoun)."""

    start: int
    end: int
    canonical: str
    surface: str
    kind: str  # "name", "role" or "pronoun"


@dataclass(frozen=True)
class People:
    """The people of one article and where each is mentioned."""

    surfaces: dict[str, tuple[str, ...]]
    mentions: tuple[PersonMention, ...]

    def between(self, start: int, end: int) -> list[PersonMention]:
        """Mentions inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def fold(name: str) -> str:
    """Lowercase without accents, to compare names ("Éric" == "eric")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def clean_name(text: str, language: str) -> str | None:
    """The bare name in an entity, or None when the entity is no person's name."""
    rules = _LANGUAGES[language]
    name = " ".join(text.replace("’", "'").split())
    name = rules.ELISIONS.sub("", name)
    previous = None
    while previous != name:
        previous = name
        name = _DETERMINER_BEFORE_TITLE.sub("", name)  # "le président Donald Trump"
        name = rules.TITLES.sub("", name)
    name = re.sub(r"(?:'s|')$", "", name).strip(" .,;:!?\"'«»()[]-")
    tokens = name.split()
    if not tokens or len(name.replace(" ", "")) < 2:
        return None
    if any(char.isdigit() for char in name):
        return None
    if not all(_NAME_TOKEN.match(token) for token in tokens):
        return None
    if not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return None
    if len(tokens) == 1 and (tokens[0].isupper() and len(tokens[0]) <= 4):
        return None  # acronyms: "ONG", "PDG", "X"
    lowered = [token.lower() for token in tokens]
    if lowered[-1] in rules.NOT_PERSON_WORDS or (
        len(tokens) == 1 and lowered[0] in rules.NOT_PERSON_WORDS
    ):
        return None
    if lowered[0] in rules.ROLE_NOUNS:
        return None
    months_and_days = {k.lower() for k in (*rules.MONTHS, *rules.WEEKDAYS)}
    if any(token in months_and_days for token in lowered):
        return None
    return name


def canonical_names(names: Counter[str]) -> dict[str, str]:
    """Map each cleaned name to its canonical full name within the article."""
    full = [name for name in names if len(name.split()) >= 2]
    mapping: dict[str, str] = {}
    for name in names:
        tokens = name.split()
        # Longest full name ending with this name; ties go to the most mentioned.
        matches = [f for f in full if f != name and f.split()[-len(tokens) :] == tokens]
        if not matches and len(tokens) == 1:
            matches = [f for f in full if f.split()[0] == tokens[0]]
            if len(matches) > 1:
                matches = []
        if matches:
            mapping[name] = max(matches, key=lambda f: (len(f.split()), names[f], f))
        else:
            mapping[name] = name
    # "Donald Trump" -> "Donald J. Trump" is left alone; chains collapse to their end.
    for name, target in mapping.items():
        while mapping.get(target, target) != target:
            target = mapping[target]
        mapping[name] = target
    return mapping


def find_people(doc: Doc, text: str, language: str) -> People:
    """All the people of an article with every place each is mentioned."""
    rules = _LANGUAGES[language]
    plain = text.replace("’", "'")
    names: Counter[str] = Counter()
    supported: set[str] = set()  # names seen after an honorific ("M. Musk", "la Dr Ferrand")
    for entity in doc.ents:
        if entity.label_ in rules.PERSON_LABELS:
            name = clean_name(entity.text, language)
            if name:
                names[name] += 1
    # The tagger misses names after honorifics ("la Dr Camille Ferrand"): take them too.
    for match in re.finditer(
        rf"(?<![\w-]){rules.HONORIFICS}(?P<name>{_NAME}(?:\s+{_NAME})*)", plain
    ):
        name = clean_name(match.group("name"), language)
        if name:
            names[name] += 1
            supported.add(name)
    common = _common_words(plain)
    names = Counter(
        {
            name: count
            for name, count in names.items()
            if not _common_noun_phrase(name, common)
            and (len(name.split()) >= 2 or name in supported or _ends_full_name(name, names))
        }
    )
    if not names:
        return People({}, ())
    mapping = canonical_names(names)
    mentions = _name_mentions(plain, mapping, rules)
    mentions += _role_mentions(plain, mentions, rules)
    mentions = _without_overlaps(mentions)
    mentions += _pronoun_mentions(doc, mentions, rules)
    mentions.sort(key=lambda m: m.start)
    surfaces: dict[str, list[str]] = {}
    for mention in mentions:
        if mention.kind == "name":
            forms = surfaces.setdefault(mention.canonical, [])
            if mention.surface not in forms:
                forms.append(mention.surface)
    ordered = {name: tuple(forms) for name, forms in surfaces.items()}
    return People(ordered, tuple(mentions))


_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w'-]+|(?:de|du|van|von|le|la|da|di)(?=\s+[A-ZÀ-ÖØ-Þ]))"


def _common_words(text: str) -> set[str]:
    """Words written in lowercase somewhere in the text."""
    return set(re.findall(r"(?<![\w'-])[a-zà-öø-ÿœ][\w-]*", text))


def _common_noun_phrase(name: str, common: set[str]) -> bool:
    """ "Urgences de Dreux" is a place: "X de Y" where the text also writes "urgences"."""
    tokens = name.split()
    has_particle = any(token.lower() in _PARTICLES for token in tokens[1:-1])
    return has_particle and tokens[0].lower() in common


def _ends_full_name(name: str, names: Counter[str]) -> bool:
    """A single word is kept only as the surname (or first name) of a full name."""
    return any(
        len(other.split()) >= 2 and name in (other.split()[-1], other.split()[0]) for other in names
    )


def _name_mentions(text: str, mapping: dict[str, str], rules: ModuleType) -> list[PersonMention]:
    """Every occurrence of a canonical name or of a form that maps to it, with its title."""
    forms = dict(mapping)
    canonicals = set(mapping.values())
    for canonical in canonicals:
        surname = _surname(canonical)
        if surname and len(surname) > 2:
            owners = {c for c in canonicals if _surname(c) == surname}
            if len(owners) == 1:
                forms.setdefault(surname, canonical)
    if not forms:
        return []
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<title>(?:{rules.HONORIFICS})?)(?P<name>{alternation})(?![\w-])"
    )
    found = []
    for match in pattern.finditer(text.replace("’", "'")):
        surface = match.group(0).strip()
        found.append(
            PersonMention(match.start(), match.end(), forms[match.group("name")], surface, "name")
        )
    return found


def _surname(name: str) -> str | None:
    """ "Patrick Le Gall" -> "Le Gall"; "Elon Musk" -> "Musk"; None for a single word."""
    tokens = name.split()
    if len(tokens) < 2:
        return None
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(tokens[start:])


def _role_mentions(text: str, names: list[PersonMention], rules: ModuleType) -> list[PersonMention]:
    """Definite role nouns ("le candidat", "le technicien de 54 ans") as mentions of a person.

    A role tied to names by apposition refers to its holder (the one named last when several
    share it); a role tied to nobody refers to the person named last before it, within a few
    sentences, as journalists use "le coureur", "the defendant" for the person just named.
    """
    nouns = sorted(rules.ROLE_NOUNS | rules.GENERIC_PERSON_NOUNS, key=len, reverse=True)
    role = rf"(?P<role>{'|'.join(re.escape(noun) for noun in nouns)})"
    adjectives = "|".join(re.escape(a) for a in rules.ROLE_ADJECTIVES)
    determiner = rules.ROLE_DETERMINERS
    qualifier = r"(?:\s+(?:de|d'|du|des|of|of\s+the|at)\s*[\w'-]+(?:\s+[\w'-]+)?)?"
    before = re.compile(
        rf"(?:{determiner}\s*)?(?:(?:{adjectives})\s+)?{role}{qualifier}\s*,?\s*$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"^\s*,\s*(?:{determiner}\s*|une?\s+|an?\s+)?(?:(?:{adjectives})\s+)?{role}\b",
        re.IGNORECASE,
    )
    holders: dict[str, list[str]] = {}
    appositions: list[tuple[int, int]] = []
    for mention in names:
        window_start = max(0, mention.start - 60)
        found = before.search(text[window_start : mention.start])
        if found:
            appositions.append((window_start + found.start(), window_start + found.end()))
        else:
            found = after.search(text[mention.end : mention.end + 60])
            if found:
                appositions.append((mention.end + found.start(), mention.end + found.end()))
        if found and found.group("role").lower() not in rules.GENERIC_PERSON_NOUNS:
            people = holders.setdefault(found.group("role").lower(), [])
            if mention.canonical not in people:
                people.append(mention.canonical)
    pattern = re.compile(
        rf"(?<![\w-]){determiner}\s*(?:(?:{adjectives})\s+)?{role}(?![\w-])", re.IGNORECASE
    )
    result = []
    for match in pattern.finditer(text):
        if any(start <= match.start() < end for start, end in appositions):
            continue  # the role of an apposition: the name beside it already counts
        earlier = [m for m in names if m.end <= match.start()]
        people = holders.get(match.group("role").lower())
        if people:
            if len(people) == 1:
                holder = people[0]
            else:  # several people share the role: the one named last before this mention
                named = [m for m in earlier if m.canonical in people]
                if not named:
                    continue
                holder = named[-1].canonical
        elif earlier and match.start() - earlier[-1].end < _ROLE_REACH:
            holder = earlier[-1].canonical
        else:
            continue
        result.append(PersonMention(match.start(), match.end(), holder, match.group(0), "role"))
    return result


# How far back (in characters) an unlinked role looks for the person it refers to.
_ROLE_REACH = 400


def _without_overlaps(mentions: list[PersonMention]) -> list[PersonMention]:
    """Names win over roles that overlap them; longer mentions win over shorter ones."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.kind != "name", -(m.end - m.start)))
    kept: list[PersonMention] = []
    for mention in ordered:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _pronoun_mentions(
    doc: Doc, mentions: list[PersonMention], rules: ModuleType
) -> list[PersonMention]:
    """ "Il a déclaré...", "Her team will...": the person named first in the last sentence naming
    someone, when the pronoun comes before any name of its own sentence."""
    found = []
    previous_people: list[PersonMention] = []
    for sentence in doc.sents:
        inside = [m for m in mentions if sentence.start_char <= m.start < sentence.end_char]
        match = rules.SUBJECT_PRONOUNS.search(sentence.text)
        if match and previous_people:
            start = sentence.start_char + match.start()
            if not any(m.start < start for m in inside):
                referent = previous_people[0].canonical
                pronoun = match.group(0).strip()
                found.append(
                    PersonMention(start, start + len(pronoun), referent, pronoun, "pronoun")
                )
                inside = [found[-1], *inside]
        if inside:
            previous_people = inside
    return found
