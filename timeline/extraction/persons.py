"""People of an article: clean the NER entities, canonicalise them, resolve roles and pronouns.

1. PER/PERSON entities are cleaned (titles, elisions, possessives, a role noun before the name)
   and junk is dropped (single letters, lowercase words, organisations and places the small
   models tag as people). A single word is kept when it is the first or last name of a full
   name, follows an honorific, or is a name the tagger is sure of (`_is_confident_single`:
   "Lula a été investi", "Neymar signed").
2. A name is canonicalised to the longest full name of the article that ends with it ("Musk",
   "M. Musk" -> "Elon Musk"); every canonical name and surname is then looked for in the whole
   text, because the tagger misses or mislabels many repeats ("Musk" as ORG).
3. Role nouns tied to a name by apposition ("le gouverneur de Floride, Ron DeSantis", "Tim
   Cook, the CEO of Apple", "Labour leader Keir Starmer") make later definite mentions ("le
   gouverneur", "the 62-year-old mayor") mentions of that person. A role keeps its qualifiers
   ("the Conservative leader" is not the Labour one), its gender ("la présidente de la cour" is
   not "le président") and its synonyms ("le suspect" after "X, accusé du meurtre").
4. Pronouns ("il", "her", "le" in "de le censurer") refer to the person last named whose
   gender agrees: honorifics (M., Mme, Mr, Ms) and gendered roles say it.
5. Names inside another person's apposition ("X, accusé du meurtre d'Y") are no participants,
   nor a possessive before a named role ("son avocat, Me X": X is the one acting).
6. Reporting clauses ("a confirmé Me Arnaud", "X said ... that", "selon X") give
   `Attribution`s: the speaker is no participant of what is reported (pipeline.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from . import first_names, lang_en, lang_fr
from .nlp import doc_text
from .temporal import in_title_case_line, preceding_words, scanner
from .temporal import words as word_alternation

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
# A determiner before a lowercase title ("le président Donald Trump"), never the start of a
# first name ("Laurent", "Theodore", "Leslie").
_DETERMINER_BEFORE_TITLE = re.compile(r"^(?:(?:[Ll]es?|[Ll]a|[Tt]he)\s+|[Ll]')(?=[a-zà-ÿ])")
# A surname opened by a particle joined to it: "al-Falih", "el-Sisi", "d'Estaing".
_JOINED_PARTICLE = re.compile(
    r"(?:al|el|ul|an|ad|ar|as|ash|at|az|bin|ibn|d|l)[-'’][A-ZÀ-Ý][\w'’-]*"
)
_NAME_TOKEN = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$|^[a-z]{{1,3}}['’]?$|^(?:{_JOINED_PARTICLE.pattern})$"
)


@dataclass(frozen=True)
class PersonMention:
    """A place in the text that refers to a person (by name, role or pronoun)."""

    start: int
    end: int
    canonical: str
    surface: str
    kind: str  # "name", "role" or "pronoun"


@dataclass(frozen=True)
class Attribution:
    """A reporting clause: who speaks, and the span of what they report.

    `verb` is the reporting verb's token index: a date hanging right on it dates the speech
    ("said on Monday that"), whose speaker is a participant.
    """

    speakers: tuple[int, ...]  # start offsets of the speaker's mentions
    content_start: int
    content_end: int
    verb: int
    # "postposed" ("..., a confirmé Me Arnaud"), "preposed" ("X said that..."), "recalling"
    # ("X pointed to the restructuring launched..."), "source" ("selon X").
    kind: str = "postposed"


@dataclass(frozen=True)
class People:
    """The people of one article and where each is mentioned."""

    surfaces: dict[str, tuple[str, ...]]
    mentions: tuple[PersonMention, ...]
    attributions: tuple[Attribution, ...] = ()

    def between(self, start: int, end: int) -> list[PersonMention]:
        """Mentions inside [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def fold(name: str) -> str:
    """Lowercase without accents, to compare names ("Éric" == "eric", "O’Neil" == "o'neil")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Letters after a name that are no part of it.
# After a name, letters and honorifics: "Anthony Reece KC", "Mithilesh Chaturvedi Sir".
_POSTNOMINALS = frozenset(["KC", "QC", "MP", "MEP", "OBE", "MBE", "CBE", "PhD", "Esq", "Sir", "Ji"])
# Generational suffixes belong to the name: "Arnett May Jr." is not his father.
_GENERATIONS = frozenset(["Jr", "Sr"])
# Countries, alone or ending a name, are a team, an agency or a firm: "England" (a side),
# "Environnement Canada", "Météo France", "Air Senegal".
_COUNTRY_WORDS = """afghanistan africa afrique algeria algérie allemagne america amérique argentina
    argentine australia australie austria autriche belgique belgium brasil brazil brésil
    britain canada chile chili china chine colombia colombie croatia croatie denmark
    danemark egypt égypte england espagne europe finland finlande france germany ghana
    grèce greece india inde iran iraq irak ireland irlande israel israël italia italie
    italy japan japon kenya liban lebanon luxembourg mali maroc mexico mexique morocco
    netherlands nigeria norway norvège pakistan pologne poland portugal québec quebec
    russia russie scotland senegal sénégal spain suisse sweden suède switzerland tunisie
    tunisia turkey turquie ukraine wales zealand bénin benin cameroun cameroon togo niger gabon
    guinée guinea congo burkina faso madagascar tchad rwanda burundi éthiopie ethiopia soudan
    sudan libye libya syrie syria qatar corée korea vietnam thaïlande thailand indonésie
    indonesia malaysia philippines singapour singapore bangladesh népal nepal pérou peru
    venezuela bolivie bolivia équateur ecuador guatemala honduras nicaragua monténégro
    montenegro serbie serbia albanie albania roumanie romania bulgarie bulgaria hongrie hungary
    arménie armenia mongolie mongolia cambodge cambodia myanmar taïwan taiwan"""
_COUNTRIES = frozenset(_COUNTRY_WORDS.split())
# An acronym of three letters or more ending a name is a brand or a body: "Worli BMW".
_ACRONYM = re.compile(r"^[A-Z]{3,}$")
_ROMAN = re.compile(r"^[IVX]+$")
# A surname in capitals, as much of the French and African press writes it ("Sergueï
# LAVROV", "Abdoulaye DIOP"): longer than an acronym, and spoken as a word.
_CAPITALISED_SURNAME = re.compile(r"^(?=[A-Z]*[AEIOUY])[A-Z]{4,}$")
# Function words the tagger leaves at the end of a name ("Montélimar La médiathèque").
_TRAILING_FUNCTION_WORDS = frozenset(
    ["la", "le", "les", "l", "un", "une", "des", "du", "de", "the"]
    # A word opening the next sentence, run into a name: "Peter Gabriel Pour ...".
    + ["pour", "par", "avec", "dans", "sur", "sous", "chez", "et", "mais", "for", "with", "and"]
)


_DEMONYM_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:ais|aise|ois|oise|éen|éenne)$")
_GIVEN_NAMES = first_names.FEMININE | first_names.MASCULINE
# Given names that stand second in many names ("Saif Ali Khan", "Zulfiqar Ahmad Khan"): a
# word before them is a first name too, not a place run into the name.
_MIDDLE_NAMES = frozenset(
    ["Ali", "Ahmad", "Ahmed", "Mohammad", "Mohammed", "Muhammad", "Mohamed", "Sami", "Kumar"]
)


# A suffix making a name an attribute: "Mukesh Ambani-led Reliance", "a Musk-owned firm".
_LED_BY = r"-(?:led|backed|owned|run|founded|controlled|linked|appointed)\b"
_RANK = re.compile(r"^(?:(?:No|Nr|N°)\.?\s*)?\d+\s+(?=[A-ZÀ-Ý])")


# A name that ends in an initial keeps its full stop ("Florent G.", "Antoinette G.").
_FINAL_INITIAL = re.compile(r"\s[A-ZÀ-Ý]\.$")


# A royal known by a title and a given name, the title part of the name: "Prince Philip",
# "Queen Elizabeth II", "King Charles III".
ROYAL_TITLES = frozenset(["Prince", "Princess", "King", "Queen"])


def _royal(tokens: list[str], language: str) -> bool:
    return (
        language == "en"
        and len(tokens) in (2, 3)
        and tokens[0] in ROYAL_TITLES
        and tokens[1] in _GIVEN_NAMES
        and (len(tokens) == 2 or bool(_ROMAN.match(tokens[2])))
    )


def clean_name(text: str, language: str) -> str | None:
    """The bare name in an entity, or None when the entity is no person's name."""
    rules = _LANGUAGES[language]
    name = " ".join(text.replace("’", "'").split())
    name = rules.ELISIONS.sub("", name)
    name = _RANK.sub("", name)  # "No. 8 Karolina Pliskova"
    previous = None
    while previous != name and not _royal(name.split(), language):
        previous = name
        name = _DETERMINER_BEFORE_TITLE.sub("", name)  # "le président Donald Trump"
        name = rules.TITLES.sub("", name)
    name = re.sub(r"(?:'s|')$", "", name)
    name = re.sub(rf"{_LED_BY}.*$", "", name)  # "Mukesh Ambani-led Reliance": the person
    if language == "en":
        name = re.sub(r"'s\s.*$", "", name)  # "Vicky Kaushal's Sam Bahadur": his film
    initial = _FINAL_INITIAL.search(name)
    name = name.strip(" .,;:!?\"'«»()[]-")
    tokens = name.split()
    if initial and len(tokens) > 1:
        tokens[-1] += "."  # "Florent G.": a surname the press cuts to its initial
    # A title qualified before it ("Federal Judge Nancy Edmunds", "U.S. District Judge ..."):
    # the name starts after the title.
    for index in range(len(tokens) - 3, 0, -1):
        if tokens[index] != "the" and rules.TITLES.fullmatch(tokens[index] + " "):
            tokens = tokens[index + 1 :]
            break
    while len(tokens) > 2 and tokens[-1].rstrip(".") in _POSTNOMINALS:
        tokens = tokens[:-1]  # "Anthony Reece KC"
    if len(tokens) > 2 and tokens[-1].rstrip(".") in _GENERATIONS:
        tokens[-1] = tokens[-1].rstrip(".") + "."  # "John Smith Jr."
    if len(tokens) > 1 and tokens[-1].lower() in _TRAILING_FUNCTION_WORDS:
        return None
    if any(token.lower() in {"vs", "vs.", "v", "v."} for token in tokens[1:-1]):
        return None  # a fixture: "Manchester United vs Wolves"
    # A role noun the tagger took into the name ("Assistant Lee Carver") is no part of it,
    # nor is a demonym ("le Hongrois Marton Fucsovics").
    royal = _royal(tokens, language)
    while (
        len(tokens) > 1
        and not royal
        and (
            tokens[0].lower() in rules.ROLE_NOUNS
            or (tokens[0].endswith("s") and tokens[0].lower()[:-1] in rules.ROLE_NOUNS)
        )
    ):
        tokens = tokens[1:]  # "Astronauts Suni Williams and Barry Wilmore"
    if len(tokens) > 2 and _DEMONYM_WORD.match(tokens[0]) and tokens[0] not in _GIVEN_NAMES:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] in rules.DEMONYMS:
        tokens = tokens[1:]  # "Australian Alex de Minaur", "la Brésilienne CéU"
    if language == "en" and len(tokens) > 1 and tokens[0] == "The":
        return None  # "The Times-Dispatch": a paper, a band, a firm
    if len(tokens) > 2 and tokens[0].lower() in rules.THING_NOUNS:
        return None  # "Circuit Paul Ricard", "Stade Pierre Mauroy": named after someone
    if (
        len(tokens) > 2
        and not royal
        and tokens[0] not in _GIVEN_NAMES
        and tokens[1] in _GIVEN_NAMES
        and tokens[1] not in _MIDDLE_NAMES
    ):
        tokens = tokens[1:]  # "Kerala's Wayanad Rahul Gandhi": a place run into the name
    name = " ".join(tokens)
    if not tokens or len(name.replace(" ", "")) < 2:
        return None
    if any(char.isdigit() for char in name):
        return None
    if not all(_NAME_TOKEN.match(token) for token in tokens):
        return None
    if not tokens[0][0].isupper():
        return None
    if not tokens[-1][0].isupper() and not (
        len(tokens) > 1 and _JOINED_PARTICLE.fullmatch(tokens[-1])
    ):
        return None
    if len(tokens) == 1 and tokens[0].isupper():
        return None  # acronyms and brands: "ONG", "PDG", "X", "EVERGLOW"
    lowered = [token.lower() for token in tokens]
    if lowered[-1] in _COUNTRIES or (
        len(tokens) > 1
        and _ACRONYM.match(tokens[-1])
        and not _ROMAN.match(tokens[-1])
        and not _CAPITALISED_SURNAME.match(tokens[-1])
    ):
        return None
    if len(tokens) == 2 and _ROMAN.match(tokens[1]) and tokens[0] not in _GIVEN_NAMES:
        return None  # "Luxguard II", a firm; not "Charles III"
    if lowered[-1] in rules.NOT_PERSON_WORDS or (
        len(tokens) == 1 and lowered[0] in rules.NOT_PERSON_WORDS
    ):
        return None
    if (lowered[0] in rules.ROLE_NOUNS and not royal) or lowered[0] in rules.THING_NOUNS:
        return None  # "Tempête Ciaran", "Hurricane Milton"
    if lowered[0] in rules.STORM_NOUNS:
        return None  # "Storms Ciara and Dennis"
    # "May 24" or "Mardi Gras" is no one; "Theresa May" is.
    months_and_days = _calendar_words(rules)
    if lowered[0] in months_and_days or (len(tokens) == 1 and lowered[0] in months_and_days):
        return None
    if len(tokens) > 2 and lowered[-1] in months_and_days and lowered[-2] in _PARTICLES:
        return None  # "la Marianne de Mai 68": a title

    return name


def _with_birth_names(mapping: dict[str, str], text: str, rules: ModuleType) -> dict[str, str]:
    """A full name born with the first name of someone named before ("Ruth Caldwell ...
    Ruth Ellen Morrow was born on ...", "Marie Curie ... Née Maria Skłodowska"): the same
    person under her birth name, as obituaries and profiles tell it."""
    for match in rules.BIRTH.finditer(text):
        group = next(key for key, value in match.groupdict().items() if value)
        born = mapping.get(match.group(group).strip())
        if born is None or " " not in born:
            continue
        start = match.start(group)
        earlier = [
            c
            for c in set(mapping.values())
            if c != born
            and " " in c
            and c.split()[0] == born.split()[0]
            and not born.startswith(c + " ")  # "Joseph Dion" is "Joseph Dion Ngute" cut short
            and c.split()[-1] != born.split()[-1]
            and 0 <= _first_index(c, text) < start
        ]
        if len(earlier) == 1:
            mapping = {
                name: earlier[0] if target == born else target for name, target in mapping.items()
            }
    return mapping


# Spouses and children, who share a family name, with the gender each noun says.
_KIN_GENDERS = {
    "wife": "f",
    "épouse": "f",
    "femme": "f",
    "daughter": "f",
    "fille": "f",
    "husband": "m",
    "mari": "m",
    "son": "m",
    "fils": "m",
}


def _with_relatives_first_names(
    mapping: dict[str, str], text: str, rules: ModuleType
) -> tuple[dict[str, str], dict[str, str]]:
    """ "McDonnell and his wife, Maureen": a relative given by first name only bears the
    family name of the person the article is most about among those named before ("Maureen
    McDonnell"); the kin noun gives the gender. Returns the mapping and those genders."""
    kin = "|".join(sorted(rules.KIN_NOUNS & _KIN_GENDERS.keys()))
    pattern = re.compile(
        rf"(?<![\w'-])(?i:his|her|their|son|sa|leur)\s+(?P<kin>(?i:{kin})),\s+"
        r"(?P<first>[A-ZÀ-Ý][a-zà-ÿ-]+)(?![\w-])(?![ \t]+[A-ZÀ-Ý])"
    )
    full = [name for name in set(mapping.values()) if len(name.split()) >= 2]
    result = dict(mapping)
    genders: dict[str, str] = {}

    def relate(first: str, surname: str, kin: str) -> None:
        name = f"{first} {surname}"
        result[first] = name
        result.setdefault(name, name)
        genders[name] = _KIN_GENDERS.get(kin.lower(), "")

    for match in pattern.finditer(text):
        first = match.group("first")
        window = text[: match.start()]
        # The person the article is most about wins over the last one named ("Roger
        # Federer ... Bjorn Borg ... his wife, Mirka").
        before = [
            (window.count(_surname(name) or name), window.rfind(name), name)
            for name in full
            if name in window
        ]
        if not before:
            continue
        owner = max(before)[2]
        surname = _surname(owner)
        if surname is None or first == owner.split()[0]:
            continue
        relate(first, surname, match.group("kin"))
    # "Maureen, wife of McDonnell, was also convicted".
    reverse = re.compile(
        rf"(?<![\w'-])(?P<first>[A-ZÀ-Ý][a-zà-ÿ-]+),\s+(?:(?i:the|la|le)\s+)?(?P<kin>(?i:{kin}))\s+"
        r"(?i:of|de|d')\s*(?P<owner>[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)*)"
    )
    for match in reverse.finditer(text):
        written = match.group("owner")
        owner = result.get(written) or next(
            (name for name in full if _surname(name) == written), None
        )
        surname = _surname(owner) if owner else None
        first = match.group("first")
        if surname is None or first in result and len(result[first].split()) > 1:
            continue
        relate(first, surname, match.group("kin"))
    return result, {name: gender for name, gender in genders.items() if gender}


def _whole_word(word: str, *, after: bool = True) -> str:
    """A pattern for `word` with no letter, digit, "_" or "-" before it (nor after it, unless
    `after` is False): the same matches as `(?<![\\w-])word(?![\\w-])`.

    The word comes first so that the engine jumps to its occurrences instead of trying the
    look-behind at every character; the look-behind then checks the character before them.
    """
    escaped = re.escape(word)
    return rf"{escaped}(?<![\w-]{escaped})" + (r"(?![\w-])" if after else "")


def _first_index(name: str, text: str) -> int:
    found = re.search(_whole_word(name), text)
    return found.start() if found else -1


def canonical_names(names: Counter[str]) -> dict[str, str]:
    """Map each cleaned name to its canonical full name within the article."""
    full = [name for name in names if len(name.split()) >= 2]
    mapping: dict[str, str] = {}
    for name in names:
        tokens = name.split()
        # Longest full name ending with this name; ties go to the most mentioned.
        # Case aside: "De Blasio" opening a sentence is "Bill de Blasio".
        folded = [token.lower() for token in tokens]
        matches = [
            f
            for f in full
            if f.lower() != name.lower()
            and [t.lower() for t in _bare(f)[-len(tokens) :]] == folded
            # "Rahul Gandhi" is no part of "Wayanad Rahul Gandhi", a place run into his name.
            and not (
                len(tokens) >= 2 and tokens[0] in _GIVEN_NAMES and f.split()[0] not in _GIVEN_NAMES
            )
        ]
        if not matches and len(tokens) == 1:
            matches = [
                f
                for f in full
                if f.split()[0] == tokens[0]
                # "Charles" beside "King Charles III"
                or (f.split()[0] in ROYAL_TITLES and f.split()[1] == tokens[0])
            ]
            if len(matches) > 1:
                matches = []
        if not matches and len(tokens) >= 2:
            # "Joseph Dion" beside "Joseph Dion Ngute": a name cut short, when only one
            # longer name goes on from it.
            longer = [
                f
                for f in full
                if len(f.split()) > len(tokens) and f.split()[: len(tokens)] == tokens
            ]
            if len(longer) == 1:
                matches = longer
        if not matches and len(tokens) == 2:
            # "Hillary Clinton" beside "Hillary Rodham Clinton": the same first name and
            # surname round a middle name, when only one such name is written.
            middle = [
                f
                for f in full
                # not "Alexis Olympia Ohanian Jr.", the daughter of "Alexis Ohanian"
                if len(f.split()) == len(_bare(f)) == 3
                and f.split()[0] == tokens[0]
                and f.split()[-1].lower() == tokens[1].lower()
                and not f.split()[1].rstrip(".").isupper()  # not "Donald J. Trump"
            ]
            if len(middle) == 1:
                matches = middle
        if matches:
            mapping[name] = max(matches, key=lambda f: (len(f.split()), names[f], f))
        else:
            mapping[name] = name
        # "Michel BARNIER" in a communiqué is the "Michel Barnier" of the article: the name
        # written with fewer capitals.
        cased = [f for f in names if f.lower() == mapping[name].lower()]
        mapping[name] = min(cased, key=lambda f: (sum(c.isupper() for c in f), -names[f], f))
    # "Donald Trump" -> "Donald J. Trump" is left alone; chains collapse to their end.
    for name, target in mapping.items():
        seen = {name}
        while mapping.get(target, target) != target and target not in seen:
            seen.add(target)  # a cycle would never end: stop where it closes
            target = mapping[target]
        mapping[name] = target
    return mapping


def _bare(name: str) -> list[str]:
    """The words of a name without its generational suffix."""
    tokens = name.split()
    return tokens[:-1] if len(tokens) > 2 and tokens[-1].rstrip(".") in _GENERATIONS else tokens


def find_people(doc: Doc, text: str, language: str) -> People:
    """All the people of an article with every place each is mentioned."""
    rules = _LANGUAGES[language]
    _join_split_names(doc, rules)
    entities = doc.ents  # spaCy builds the spans anew on every access
    plain = text.replace("’", "'")
    names: Counter[str] = Counter()
    supported: set[str] = set()  # names seen after an honorific ("M. Musk", "la Dr Ferrand")
    confident: set[str] = set()  # single words the tagger is sure are people
    not_people = _non_person_words(entities, rules)
    things: set[str] = set()  # "l'usine Valmont Emballages": also a thing when written alone
    for entity in entities:
        if entity.label_ in rules.PERSON_LABELS and (
            _after_thing_noun(entity, rules) or _thing_apposed(plain, entity, rules)
        ):
            not_people.update(token.text for token in entity if token.text[:1].isupper())
            things.add(entity.text.replace("’", "'"))
        # "Tropical Cyclone Ului ... Ului will make landfall", "la tempête Ciaran": a storm's
        # name, also when written alone.
        named = _named_after_storm_noun(entity, rules)
        if named is not None:
            not_people.update(token.text for token in named if token.text[:1].isupper())
            things.add(named.text.replace("’", "'"))
    common = _common_words(plain)
    places = _mostly_places(entities, rules)
    for entity in entities:
        if entity.label_ in rules.PERSON_LABELS:
            if entity.start > 0 and doc[entity.start - 1].lower_ in rules.THING_NOUNS:
                continue  # "la tempête Ciaran", "the rover Tessa", "la Promenade Marcel Proust"
            if _after_thing_noun(entity, rules):
                continue  # "the smart-scale maker Vireo", "l'allemand Kessler Antriebe"
            if _quoted_title(plain, entity.start_char, entity.end_char):
                continue  # son album «Multitude»: a work's title
            if rules.CHARACTER_BEFORE.search(
                plain, max(0, entity.start_char - 40), entity.start_char
            ):
                continue  # "his role as Don Geiss", "dans le rôle de Maigret": a character
            if _bracketed_after_name(plain, entity.start_char, entity.end_char):
                continue  # "Charlie Dalin (Macif Santé Prévoyance)": a team, a boat, a firm
            if _in_named_thing(plain, entity.start_char, entity.end_char, rules):
                continue  # "the Mel Novikoff Award", "France Bleu Mayenne"
            if _work_by_person(doc, entity, rules):
                # "Emilia Pérez de Jacques Audiard": a film named after its heroine
                things.add(entity.text.replace("’", "'"))
                continue
            head = _name_head(entity, rules) or _royal_title_before(entity, language)
            body = entity.text
            author = _AUTHOR_IN_NAME.search(body)
            if author and author.group(1) in _GIVEN_NAMES:
                # "Demi Moore de Coralie Fargeat": two people, one tagged span.
                for part in (body[: author.start()], body[author.start() + 4 :]):
                    part_name = clean_name(part, language)
                    if part_name:
                        names[part_name] += 1
                continue
            if plain[entity.start_char - 1 : entity.start_char] == "-" and len(entity) > 2:
                body = entity[1:].text  # "Councilor-at-Large Dan Rizzo": "Large" ends the title
            name = clean_name(head + body + _name_tail(plain, entity.end_char), language)
            if name:
                names[name] += 1
                if _is_confident_single(name, entity, common, not_people, rules):
                    confident.add(name)
    # Nor does it always see a name set after a role ("la nouvelle ministre de l'Education
    # nationale, de l'Enseignement supérieur et de la Recherche, Najat Vallaud-Belkacem",
    # tagged as a place): a full name there is a person.
    for entity in entities:
        if entity.label_ in rules.PERSON_LABELS or len(entity) < 2:
            continue
        if not _after_role(plain, entity.start_char, rules):
            continue
        if entity.end < len(entity.doc) and entity.doc[entity.end].pos_ == "NOUN":
            continue  # "a 20-year-old Bentleigh East man": a place qualifying a noun
        name = clean_name(entity.text, language)
        if name and len(name.split()) >= 2 and _reads_as_given_name(name):
            names[name] += 1
            supported.add(name)
    # Nor does it always see a name as the subject of what befalls only people ("Cristhian
    # Bahena Rivera was convicted", tagged as an organisation).
    for name in _subjects_of_person_verbs(doc, rules):
        name = clean_name(name, language)
        if name and len(name.split()) >= 2 and not _common_noun_phrase(name, common):
            names[name] += 1
            supported.add(name)
    # Nor a full name set before its age or its role ("Ariarne Titmus, a four-time Olympic
    # gold medalist", "Marlowe, 38,", "Julie Marchal, 45 ans,"): a person.
    for name in _apposed_people(plain, rules):
        first = name.split()[0].lower()
        if first in common or doc.vocab[first].is_stop:
            continue  # "In Sri Lanka, the minister ...": a word opening the sentence
        name = clean_name(name, language)
        if name and len(name.split()) >= 2 and not _common_noun_phrase(name, common):
            names[name] += 1
            supported.add(name)
    # The tagger misses names after honorifics ("la Dr Camille Ferrand"): take them too.
    for match in re.finditer(
        rf"(?<![\w-]){rules.HONORIFICS}(?P<name>{_NAME}(?:\s+{_NAME})*)", plain
    ):
        name = clean_name(match.group("name"), language)
        if name:
            names[name] += 1
            supported.add(name)
    # Nor does it always see a known first name before a capitalised word ("la Réserve
    # fédérale de Jerome Powell", tagged as part of an organisation).
    known = _GIVEN_NAMES
    for match in _FIRST_AND_LAST.finditer(plain):
        previous = preceding_words(plain, match.start("name"), 1)
        if (
            match.group("first") in known
            and match.group("name") not in names
            and not _in_named_thing(plain, match.start("name"), match.end("name"), rules)
            # "la promenade Marcel Proust", "l'hôpital Simone Veil"
            and not (previous and re.split(r"['’]", previous[-1])[-1] in rules.THING_NOUNS)
        ):
            name = clean_name(match.group("name"), language)
            if name and 2 <= len(name.split()) <= 4:
                names[name] += 1
    # A surname the tagger saw alone may be written in full elsewhere ("No. 8 Karolina
    # Pliskova" ... "Pliskova lost"): the capitalised word before it is the first name.
    # So may a surname with its particle capitalised at the head of a sentence ("De Mistura"
    # ... "Staffan de Mistura").
    for name in [n for n in names if " " not in n or _PARTICLE_HEAD.match(n)]:
        written = re.escape(name)
        if " " in name:
            particle, rest = name.split(" ", 1)
            written = rf"(?:{re.escape(particle)}|{re.escape(particle.lower())})\ {re.escape(rest)}"
        for match in re.finditer(
            rf"(?<![\w'’.-])([A-ZÀ-Ý][a-zà-ÿ'’-]+)[ \t]+(?P<last>{written})(?![\w-])", plain
        ):
            first = match.group(1)
            if _sentence_start(plain, match.start()) or not _could_be_first_name(first, rules):
                continue
            if first.endswith("'s"):
                continue  # "Khan's Jawaan": the owner of a thing, no first name
            before = re.search(r"(\S+)\s+$", plain[max(0, match.start() - 20) : match.start()])
            if _whole_title(f"{first} ", rules) or (
                before and _whole_title(f"{before.group(1)} {first} ", rules)
            ):
                continue  # "Tan Sri Shafee", "Datuk Najib": a title, no first name
            word = doc.char_span(match.start(1), match.end(1))
            if (
                word is None
                or word[0].pos_ != "PROPN"
                or word[0].ent_type_
                not in {
                    "",
                    *rules.PERSON_LABELS,
                    # "UN Special Envoy for Syria Staffan de Mistura", read as one organisation
                    *(("ORG",) if " " in name else ()),
                }
            ):
                continue  # "Canada Oshawa", "Avant Guingamp": a place or a word, no first name
            full = clean_name(f"{first} {match.group('last')}", language)
            if full and full not in names:
                names[full] += 1
    names = Counter(
        {
            name: count
            for name, count in names.items()
            if not _common_noun_phrase(name, common)
            and (
                len(name.split()) >= 2
                or name in supported
                or name in confident
                or _ends_full_name(name, names)
            )
        }
    )
    names = Counter(
        {
            name: count
            for name, count in names.items()
            if not _only_a_place(name, plain)
            and not _names_a_thing(name, plain, rules)
            # What befalls only people ("Dick Rivers est décédé") outweighs a noun before the
            # name ("du rockeur Dick Rivers", unknown to the role lists).
            and (name in supported or not _named_as_thing(name, things, plain))
            and not _single_name_of_thing(name, plain, rules)
            and not (name not in supported and _owned_as_a_firm(name, plain, rules))
            and not _BRAND.match(name)
            and not _named_after_someone(name)
            and not (" " not in name and name in places)
            and not _only_in_headlines(name, plain)
        }
    )
    for name in [n for n in names if _headline_overreach(n, names, plain)]:
        names[name.rsplit(" ", 1)[0]] += names.pop(name)
    if not names:
        return People({}, ())
    mapping = _with_birth_names(canonical_names(names), plain, rules)
    mapping, kin_genders = _with_relatives_first_names(mapping, plain, rules)
    # Bylines ("By Alistair Gordon and Fiona Keane", "Par Sophie Marchand") and credits name
    # the writers, never the people of an event nor what a pronoun refers to.
    credits = [match.span() for match in rules.BYLINE.finditer(plain)]
    named = [
        mention
        for mention in _name_mentions(plain, mapping, rules)
        if not any(start <= mention.start < end for start, end in credits)
    ]
    mentions = list(named)
    genders = kin_genders | _honorific_genders(mentions, rules)
    modifiers = _modifier_names(doc, plain, mentions, rules)
    roles = _role_mentions(plain, mentions, rules, genders, modifiers)
    roles += _demonym_mentions(doc, plain, mentions, rules, genders, modifiers)
    mentions = _without_overlaps(mentions + roles)
    # A name that only qualifies someone can still be what a pronoun refers to ("Teixeira's
    # lawyer, Michael Bachrach, said ... The Guard dismissed him").
    mentions += _pronoun_mentions(doc, plain, mentions, rules, genders)
    mentions += _pair_mentions(plain, mentions, named, rules, modifiers)
    mentions = [m for m in mentions if m.start not in modifiers]
    mentions.sort(key=lambda m: m.start)
    surfaces: dict[str, list[str]] = {}
    for mention in named:
        forms = surfaces.setdefault(mention.canonical, [])
        if mention.surface not in forms:
            forms.append(mention.surface)
    ordered = {name: tuple(forms) for name, forms in surfaces.items()}
    attributions = _attributions(doc, plain, mentions, rules)
    if "’" in text:
        # Names were read on straight apostrophes; give them back as the article writes them.
        mentions = [replace(m, canonical=_as_written(m.canonical, text)) for m in mentions]
        ordered = {
            _as_written(name, text): tuple(_as_written(form, text) for form in forms)
            for name, forms in ordered.items()
        }
    return People(ordered, tuple(mentions), tuple(attributions))


# One word capitalised inside, past the prefixes of surnames ("McConnell", "DeSantis",
# "LeBron", "O'Neill"): a brand ("OpenAI", "YouTube", "PayPal").
_BRAND = re.compile(r"^(?!Mc|Mac|De|Di|Du|Da|La|Le|Van|Von|Fitz|O'|D')[A-Z][a-z]+[A-Z][A-Za-z]*$")
# A first name and a surname joined into one word name a place or an event after someone:
# "Roland-Garros", "le stade Pierre-Mauroy", "l'aéroport Charles-de-Gaulle".
_NAMED_AFTER_SOMEONE = re.compile(
    r"^(?P<first>[A-ZÀ-Ý][a-zà-ÿ]+)-(?:[a-zà-ÿ]+-)*(?P<last>[A-ZÀ-Ý][a-zà-ÿ]+)$"
)


def _named_after_someone(name: str) -> bool:
    joined = _NAMED_AFTER_SOMEONE.match(name)
    return bool(joined) and (
        joined.group("first") in _GIVEN_NAMES and joined.group("last") not in _GIVEN_NAMES
    )


# "de" then a capitalised word inside a tagged name: "Demi Moore de Coralie Fargeat".
_AUTHOR_IN_NAME = re.compile(r" de ([A-ZÀ-Ý][\w'-]+) [A-ZÀ-Ý]")


def _mostly_places(entities: tuple[Span, ...], rules: ModuleType) -> set[str]:
    """Words the tagger calls a place more often than a person ("Brisbane", tagged a person
    once in "250 miles east of Brisbane" and a place everywhere else)."""
    votes: Counter[str] = Counter()
    for entity in entities:
        if entity.label_ in rules.PLACE_LABELS:
            votes[entity.text] += 1
        elif entity.label_ in rules.PERSON_LABELS:
            votes[entity.text] -= 1
    return {word for word, vote in votes.items() if vote > 0}


def _work_by_person(doc: Doc, entity: Span, rules: ModuleType) -> bool:
    """A name right before "de" and another full name is a work by that person, named after
    its hero: "Emilia Pérez de Jacques Audiard", "Oppenheimer de Christopher Nolan"."""
    if entity.end + 1 >= len(doc) or doc[entity.end].lower_ != "de":
        return False
    return any(
        other.start == entity.end + 1 and other.label_ in rules.PERSON_LABELS and len(other) >= 2
        for other in doc.ents
    )


def _as_written(name: str, text: str) -> str:
    """ "Gary O'Neil" as "Gary O’Neil" when the article only writes the curly apostrophe."""
    if "'" not in name or name in text:
        return name
    curly = name.replace("'", "’")
    return curly if curly in text else name


# What the tagger leaves out at the end of a name: a hyphenated syllable ("Moon Jae" + "-in"),
# a surname before a generational suffix ("Arnett" + " May Jr.", "May" read as a month).
_NAME_TAIL = re.compile(r"-[a-zà-ÿ]+\b|(?:[ \t]+[A-ZÀ-Ý][\w'-]+)?[ \t]+(?:Jr|Sr)\.?(?![\w])")


def _name_tail(text: str, end: int) -> str:
    tail = _NAME_TAIL.match(text, end)
    return tail.group(0) if tail else ""


@lru_cache(maxsize=4)
def _role_before_pattern(rules: ModuleType) -> re.Pattern:
    role = _role_nouns(rules)
    return scanner(
        re.compile(rf"(?<![\w'’-])(?i:{role})(?![\w'’-])(?:[^.;:!?«»\"“”()\n]{{0,100}},\s*|\s+)$")
    )


def _after_role(text: str, start: int, rules: ModuleType) -> bool:
    return bool(_role_before_pattern(rules).search(text[max(0, start - 120) : start]))


def _reads_as_given_name(name: str) -> bool:
    """True when the first word of `name` reads as a given name: capitalised, then lower case
    ("Najat"), not an acronym ("ESA") nor the first word of an institution ("Agence")."""
    first = name.split()[0]
    return first[:1].isupper() and not first.isupper() and first.lower() not in _THING_FIRST_WORDS


# First words of organisations and places the tagger sets after a role ("le directeur de
# l'Agence spatiale européenne", "le maire de Saint-Étienne").
_THING_FIRST_WORDS = frozenset(
    [
        "agence",
        "association",
        "banque",
        "conseil",
        "fondation",
        "institut",
        "ministère",
        "musée",
        "office",
        "saint",
        "sainte",
        "société",
        "université",
        "agency",
        "bank",
        "council",
        "department",
        "foundation",
        "institute",
        "ministry",
        "museum",
        "office",
        "university",
        "union",
        "fédération",
        "federation",
        "comité",
        "committee",
        "groupe",
        "group",
        "parti",
        "party",
        "cour",
        "court",
        "tribunal",
        "assemblée",
        "assembly",
        "commission",
        "centre",
        "center",
        "hôpital",
        "hospital",
        "lycée",
        "collège",
        "école",
        "school",
        "club",
        "stade",
    ]
)


_NAME = r"(?:[A-ZÀ-ÖØ-Þ][\w'-]+|(?:de|du|van|von|le|la|da|di)(?=\s+[A-ZÀ-ÖØ-Þ]))"

# Dependencies that make a word an argument of a verb: subjects, objects, agents.
_ARGUMENTS = frozenset(
    ["nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj", "obl:agent", "agent", "obl:arg"]
)


def _non_person_words(entities: tuple[Span, ...], rules: ModuleType) -> set[str]:
    """Words the tagger puts inside a non-person entity somewhere ("Harlow Foods")."""
    words: set[str] = set()
    for entity in entities:
        if entity.label_ not in rules.PERSON_LABELS and len(entity) > 1:
            words.update(token.text for token in entity if token.text[:1].isupper())
    return words


def _is_confident_single(
    name: str, entity: Span, common: set[str], not_people: set[str], rules: ModuleType
) -> bool:
    """A one-word person the tagger is sure of: a capitalised proper noun, never written in
    lowercase nor part of an organisation's name, that is the subject or object of a verb or
    has a role in apposition ("Lula, le président brésilien").

    Not "Chekhov's 'The Cherry Orchard'" (a work), "the rover, Tessa" (an apposition to a
    thing), "Ampere, la filiale du groupe" nor "Harlow" beside "Harlow Foods".
    """
    if " " in name or len(name) < 3 or name in not_people or name.lower() in common:
        return False
    root = entity.root
    if root.pos_ != "PROPN" or not root.text[:1].isupper():
        return False
    apposition = re.match(
        r"\s*,\s*(le|la|l'|un|une|the|an?)?\s*(?:[\w'-]+\s+)?([\w'-]+)",
        doc_text(entity.doc)[entity.end_char : entity.end_char + 60],
    )
    if apposition:
        words = {w.lower() for w in re.findall(r"[\w'-]+", apposition.group(0))}
        if words & (rules.ROLE_NOUNS | set(rules.FEMININE_ROLES)):
            return True
        if apposition.group(1) and apposition.group(2)[:1].islower():
            return False  # an apposition naming a thing
    return root.dep_ in _ARGUMENTS


def _could_be_first_name(word: str, rules: ModuleType) -> bool:
    """No word that names a thing, a role, a title, a month or a day, nor an article."""
    lowered = word.lower()
    return not (
        lowered in rules.NOT_PERSON_WORDS
        or lowered in rules.ROLE_NOUNS
        or lowered in rules.THING_NOUNS
        or rules.TITLES.match(word)
        or lowered in _calendar_words(rules)
        or word in _PHRASE_OPENERS
    )


@lru_cache(maxsize=4)
def _calendar_words(rules: ModuleType) -> frozenset[str]:
    return frozenset(k.lower() for k in (*rules.MONTHS, *rules.WEEKDAYS))


# Capitalised words that open phrases, never first names.
_PHRASE_OPENERS = frozenset(["The", "A", "An", "Le", "La", "Les", "Un", "Une", "De", "Du", "Des"])


def _join_split_names(doc: Doc, rules: ModuleType) -> None:
    """Two person entities of two words or more, one space apart, are one long name the tagger
    cut in two: "the Rt. Hon. Alban Sumana Kingsford Bagbin"."""
    entities = doc.ents
    joined: list[Span] = []
    for entity in entities:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and entity.label_ in rules.PERSON_LABELS
            and previous.label_ == entity.label_
            and previous.end == entity.start
            and len(previous) >= 2
            and len(entity) >= 2
            and doc[previous.end - 1].whitespace_ == " "
        ):
            joined[-1] = Span(doc, previous.start, entity.end, label=entity.label_)
        elif (
            previous is not None
            and previous.label_ in rules.PERSON_LABELS
            and entity.label_ not in rules.PLACE_LABELS
            and previous.end == entity.start
            and len(previous) >= 2
            and len(entity) == 1
            and entity[0].pos_ == "PROPN"
            and entity.text.istitle()
            and doc[previous.end - 1].whitespace_ == " "
            and _titled_elsewhere(doc.text, entity.text, rules)
        ):
            # "Foreign Minister Shah Mahmood Qureshi", the surname tagged as a firm, which the
            # article writes after a title further on ("Foreign Minister Qureshi's visit").
            joined[-1] = Span(doc, previous.start, entity.end, label=previous.label_)
        else:
            joined.append(entity)
    if len(joined) < len(entities):
        doc.ents = joined


def _titled_elsewhere(text: str, word: str, rules: ModuleType) -> bool:
    """`word` is written somewhere right after a title ("Minister Qureshi")."""
    for match in re.finditer(_whole_word(word), text):
        before = re.search(r"(\S+)[ \t]+$", text[max(0, match.start() - 30) : match.start()])
        if before and rules.TITLES.fullmatch(before.group(1) + " "):
            return True
    return False


def _headline_overreach(name: str, names: Counter[str], plain: str) -> bool:
    """A name plus the capitalised word after it, written so only in a headline whose words
    all take capitals, while the name alone is written elsewhere: "Janet Yellen Convenes
    Regulators" (the verb is no part of the name)."""
    shorter = name.rsplit(" ", 1)[0]
    if shorter == name or shorter not in names:
        return False
    spots = [match.start() for match in re.finditer(re.escape(name), plain)]
    return bool(spots) and all(in_title_case_line(plain, spot) for spot in spots)


def _only_in_headlines(name: str, plain: str) -> bool:
    """Capitalised words written only in headlines whose words all take capitals, with no
    known first name and no word of them in the body: "Measles Outbreak Swells"."""
    if name.split()[0] in _GIVEN_NAMES or re.search(re.escape(name), plain) is None:
        return False
    return all(_written_only_in_headlines(word, plain) for word in name.split())


def _written_only_in_headlines(word: str, plain: str) -> bool:
    spots = [m.start() for m in re.finditer(_whole_word(word), plain)]
    return bool(spots) and all(in_title_case_line(plain, spot) for spot in spots)


def _name_head(entity: Span, rules: ModuleType) -> str:
    """A first name the tagger left out of the entity ("No. 8" + "Karolina" + "Pliskova")."""
    if entity.start == 0:
        return ""
    token = entity.doc[entity.start - 1]
    if (
        token.pos_ != "PROPN"
        or not token.is_alpha
        or not token.text[0].isupper()
        or token.text.isupper()
        or token.is_sent_start
        or token.ent_type_ not in {"", *rules.PERSON_LABELS}
        or not _could_be_first_name(token.text, rules)
    ):
        return ""
    before = entity.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text[:1].isupper() and before.is_alpha:
        return ""  # a run of capitalised words is some other name
    if before is not None and before.text in {"-", "–"} and not before.whitespace_:
        return ""  # "Governor-General Sam Mostyn": the end of a title
    if len(entity) >= 2 and entity[0].text in _GIVEN_NAMES:
        return ""  # the entity opens on its own first name
    if before is not None and before.pos_ == "ADP" and token.i > 1:
        office = entity.doc[token.i - 2]
        if rules.TITLES.match(office.text + " ") or office.lower_ in rules.ROLE_NOUNS:
            return ""  # "Minister for Education Norma Foley": a portfolio, no first name
    return token.text_with_ws


def _royal_title_before(entity: Span, language: str) -> str:
    """ "Prince" before "Philip" tagged alone: the title is part of a royal's name."""
    if entity.start == 0 or len(entity) > 2:
        return ""
    token = entity.doc[entity.start - 1]
    words = [token.text, *(t.text for t in entity)]
    return token.text_with_ws if _royal(words, language) else ""


_NAME_PARTS = frozenset(["flat:name", "flat"])


@lru_cache(maxsize=4)
def _age_or_role_apposition(rules: ModuleType) -> re.Pattern:
    roles = "|".join(sorted(map(re.escape, rules.ROLE_NOUNS), key=len, reverse=True))
    return re.compile(
        r"(?<![\w'’.-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}),\s+"
        r"(?:\d{1,3}(?:\s+ans)?,"  # "Marlowe, 38,", "Julie Marchal, 45 ans,"
        r"|(?:a|an|the|un|une|le|la|l['’])\s+(?:[\w'’-]+\s+){0,3}"
        rf"(?:(?i:{roles})|[a-zà-ÿ]+(?:ist|iste|ian|ienne))\b"
        # "the next General Election, the Taoiseach Simon Harris has confirmed": a title
        # of the name after it, no apposition.
        r"(?![ \t]+[A-ZÀ-Ý][a-zà-ÿ]))"
    )


def _apposed_people(text: str, rules: ModuleType) -> list[str]:
    """Full names followed by an age or a role in apposition."""
    return [match.group("name") for match in _age_or_role_apposition(rules).finditer(text)]


def _subjects_of_person_verbs(doc: Doc, rules: ModuleType) -> list[str]:
    """Capitalised subjects of verbs only people undergo or do: "X was convicted", "X est
    décédé"."""
    found = []
    for token in doc:
        if token.dep_ not in {"nsubj", "nsubjpass", "nsubj:pass"} or token.pos_ != "PROPN":
            continue
        if not rules.PERSON_VERBS.match(token.head.lower_):
            continue
        words = [t for t in token.subtree if t.i <= token.i]
        # French hangs the rest of a name on its first word: "Dick" <- "Rivers" (flat:name).
        words += [c for c in token.children if c.i > token.i and c.dep_ in _NAME_PARTS]
        if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1:
            continue
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            found.append(doc[words[0].i : words[-1].i + 1].text)
    return found


def _named_after_storm_noun(entity: Span, rules: ModuleType) -> Span | None:
    """The name part of "Cyclone Ului", "Storm Isha" (the storm noun inside the entity or just
    before it), or None."""
    noun = name = None
    if len(entity) == 2 and entity[0].lower_ in rules.STORM_NOUNS:
        noun, name = entity[0], entity[1:]
    elif (
        len(entity) == 1
        and entity.start > 0
        and entity.doc[entity.start - 1].lower_ in rules.STORM_NOUNS
    ):
        noun, name = entity.doc[entity.start - 1], entity[:]
    if noun is None or name is None:
        return None
    # Only a one-word name no one is known to bear ("Storm Kathleen" may be a woman), unless
    # the noun is plural ("Storms Ciara and Dennis").
    return name if noun.lower_.endswith("s") or name.text not in _GIVEN_NAMES else None


@lru_cache(maxsize=4)
def _person_nouns(rules: ModuleType) -> frozenset[str]:
    """Common nouns that name people: roles, kin, genders."""
    return frozenset(
        rules.ROLE_NOUNS
        | rules.KIN_NOUNS
        | set(rules.FEMININE_ROLES)
        | rules.MASCULINE_ROLES
        | rules.GENERIC_PERSON_NOUNS
    )


def _after_thing_noun(entity: Span, rules: ModuleType) -> bool:
    """A name set right after a determined common noun that names no one ("the smart-scale
    maker Vireo", "l'allemand Kessler Antriebe": a lowercase demonym is the company, "l'Allemand"
    would be a man) names a thing. People come with a role ("le comédien Alain Fabre"), and a
    known first name keeps the name a person's whatever the noun ("the young Harry Styles")."""
    doc = entity.doc
    if entity.start == 0 or entity[0].text in _GIVEN_NAMES:
        return False
    noun = doc[entity.start - 1]
    # Past lowercase adjectives: "la coopérative agricole et agroalimentaire costarmoricaine
    # Cooperl" (not "la dessinatrice espagnole Mar Ortega": a noun of an agent is a person's).
    while (
        noun.i > 0
        and entity.start - noun.i <= 5
        and noun.text.islower()
        and (noun.pos_ == "ADJ" or (noun.pos_ == "CCONJ" and doc[noun.i - 1].pos_ == "ADJ"))
    ):
        noun = doc[noun.i - 1]
        if noun.lower_.endswith(_AGENT_SUFFIXES):
            return False
    if noun.pos_ not in {"NOUN", "PROPN"} or not noun.text.isalpha() or not noun.text.islower():
        return False
    if noun.lower_ in _person_nouns(rules) or rules.TITLES.fullmatch(noun.text + " "):
        return False  # "le général Mamadi Doumbouya": a title
    before = doc[max(0, noun.i - 4) : noun.i]
    return any(token.pos_ == "DET" or token.lower_ in _CONTRACTED for token in before)


@lru_cache(maxsize=4)
def _thing_apposition(rules: ModuleType) -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, rules.THING_NOUNS), key=len, reverse=True))
    return re.compile(
        rf"\s*,\s+(?i:{rules.THING_DETERMINERS})(?:(?<=['’])|\s+)"
        rf"(?P<words>(?:[\w'’-]+\s+){{0,5}}?)(?i:{nouns})(?:s|es|x)?(?![\w'’-])"
        rf"(?=\s*[,.;:)]|\s+(?:{rules.APPOSITION_GOES_ON}))"
    )


def _thing_apposed(text: str, entity: Span, rules: ModuleType) -> bool:
    """A name set before a common noun that names a thing, in apposition ("Gold Fields, one
    of the world's largest gold mining firms", "Merck Serono, le groupe allemand"); not
    "Dupont, le patron du groupe", whose noun is a person's."""
    if entity[0].text in _GIVEN_NAMES:
        return False
    match = _thing_apposition(rules).match(text, entity.end_char)
    if match is None:
        return False
    words = match.group("words").lower().split()
    return not any(
        word in _person_nouns(rules) or word in _PARTICLES or word.startswith(("d'", "d’"))
        for word in words
    )


_CONTRACTED = frozenset(["du", "des", "au", "aux"])  # "du lycée": a determiner tagged ADP
# Endings of nouns naming people by what they do or where they come from ("dessinatrice",
# "chanteuse", "pianiste", "Italian", "writer").
_AGENT_SUFFIXES = (
    "eur",
    "euse",
    "trice",
    "iste",
    "ien",
    "ienne",
    "ier",
    "ière",
    "ais",
    "aise",
    "ois",
    "oise",
    "er",
    "or",
    "ist",
    "ian",
)

_OPENING_QUOTES = ("«", '"', "“")
_CLOSING_QUOTES = ("»", '"', "”")


def _bracketed_after_name(text: str, start: int, end: int) -> bool:
    """A name filling brackets right after a capitalised word qualifies it."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return re.search(r"[A-ZÀ-Ý][\w'’.-]*\s*$", text[max(0, start - 40) : start - 1]) is not None


def _quoted_title(text: str, start: int, end: int) -> bool:
    """A name filling a quote on its own ("son album «Multitude»", "the film “Oppenheimer”")
    titles a work; people are named in the text, not quoted."""
    # The comma or full stop may sit inside the quote: "“M*A*S*H,” “Nashville”".
    if re.search(r"(?<!\w)['‘]$", text[max(0, start - 2) : start]) and re.search(
        r"['’][,.]?(?!\w)", text[end - 1 : end + 3]
    ):
        return True  # "‘Bachchan Pandey’", single quotes (no apostrophe: "l'Élysée", "Lee's")
    return text[max(0, start - 2) : start].strip().endswith(_OPENING_QUOTES) and text[
        end : end + 3
    ].lstrip(",.").strip().startswith(_CLOSING_QUOTES)


# The capitalised words running on after a name ("George Gund III Craft" + " of Cinema Award").
_CAPITALISED_RUN = re.compile(
    r"(?:[ \t]+(?:(?:of|for|de|du|des|la|le|the)[ \t]+)?[A-ZÀ-Ý][\w'’-]*)*"
)
# Media and bodies whose names run into a place or a person's: "France Bleu Mayenne", "Radio
# Canada".
_NAME_PREFIXES = frozenset(["France", "Radio", "Télé", "TV"])


def _in_named_thing(text: str, start: int, end: int, rules: ModuleType) -> bool:
    """A name inside a longer name that ends in a thing word ("the Mel Novikoff Award", "the
    Seanad Electoral Bill") or starts with a medium ("France Bleu Mayenne")."""
    run = _CAPITALISED_RUN.match(text, end).group(0).split()
    last = (run or text[start:end].split() or [""])[-1]
    if last.lower().strip(".,") in rules.NOT_PERSON_WORDS:
        return True
    previous = re.search(r"([\w-]+)[ \t]+$", text[max(0, start - 20) : start])
    if previous and previous.group(1) in _NAME_PREFIXES:
        first = text[start:end].split()[0]
        return first not in _GIVEN_NAMES
    return False


_LOCATIVE = re.compile(r"(?:^|\W)(?:[Ii]n|[Nn]ear|[Oo]utside|[Dd]ans|[Pp]rès\s+de)\s+$")


def _single_name_of_thing(name: str, text: str, rules: ModuleType) -> bool:
    """A one-word name the article writes after a storm noun ("Tropical Cyclone Ului", "la
    tempête Ciaran") is that storm wherever it stands alone ("Ului will make landfall"); not so
    after other thing nouns ("l'affaire Fillon ... Fillon a dit")."""
    if " " in name:
        return False
    return re.search(rf"{_storm_before(rules)}\s+{re.escape(name)}(?![\w-])", text) is not None


@lru_cache(maxsize=4)
def _storm_before(rules: ModuleType) -> str:
    nouns = "|".join(sorted(map(re.escape, rules.STORM_NOUNS), key=len, reverse=True))
    return rf"(?<![\w-])(?i:{nouns})"


def _named_as_thing(name: str, things: set[str], text: str) -> bool:
    """A name the article writes after a thing noun ("l'usine Valmont Emballages de
    Saint-Quentin") is that thing wherever it stands alone ("Valmont Emballages : les
    grévistes ..."), unless the article calls it by its last word alone, as it does people
    ("le chef Tomás Ferreira ... Ferreira, 41, a ouvert")."""
    if not any(thing == name or thing.startswith(name + " ") for thing in things):
        return False
    words = name.split()
    if len(words) < 2:
        return True
    last = _whole_word(words[-1])
    full = _whole_word(name)
    return len(re.findall(last, text)) == len(re.findall(full, text))


def _only_a_place(name: str, text: str) -> bool:
    """A name always written after "in" or "near" ("In Punta Gorda", "near Punta Gorda") is a
    place the tagger took for a person."""
    # "in Steve Hansen's squad": "in" governs the squad, and the name owns it.
    places = [
        bool(_LOCATIVE.search(text[max(0, match.start() - 12) : match.start()]))
        and not text.startswith("'s", match.end())
        for match in re.finditer(_whole_word(name), text)
    ]
    return bool(places) and all(places)


_FIRST_AND_LAST = re.compile(
    r"(?<![\w'-])(?=(?P<name>(?P<first>[A-ZÀ-Ý][a-zà-ÿ'-]+)\s+"
    # A particle may open the surname: "Bruno Le Maire", "Ursula von der Leyen".
    r"(?:(?:Le|La|De|Du|Des|Van|Von|van|von|de|du|der|den|Di|Da|El|Al)\s+){0,2}"
    r"[A-ZÀ-Ý][\w'-]+)(?![\w-]))"
)


def _owned_as_a_firm(name: str, text: str, rules: ModuleType) -> bool:
    """A name the article gives sales, shares, a plant or a board ("les ventes de Stellantis",
    "la direction d'Audi Brussels", "Proximus's shares"): a firm, not a person (not one named
    with a first name: "sous la direction de Pierre Lhomond")."""
    if name.split()[0] in _GIVEN_NAMES:
        return False
    name_pattern = _whole_word(name)
    return bool(
        re.search(rf"{_firm_attribute_before(rules)}{name_pattern}", text)
        or re.search(rf"{name_pattern}['’]s\s+(?:{rules.FIRM_ATTRIBUTES})\b", text)
    )


@lru_cache(maxsize=4)
def _firm_attribute_before(rules: ModuleType) -> str:
    return rf"(?<![\w-])(?i:{rules.FIRM_ATTRIBUTES})\s+(?:de\s+|d['’]|du\s+|of\s+)"


def _names_a_thing(name: str, text: str, rules: ModuleType) -> bool:
    """A single word the article also writes before a thing noun ("Lincoln and Whittier
    elementary schools", "Whittier school"): a building or a place, not a person."""
    if " " in name:
        return False
    things = rules.THING_NOUNS | rules.NOT_PERSON_WORDS
    return any(
        match.group(1) in things or match.group(1).rstrip("s") in things
        for match in re.finditer(rf"{_whole_word(name, after=False)}\s+([a-zà-ÿ]+)", text)
    )


def _common_words(text: str) -> set[str]:
    """Words written in lowercase somewhere in the text."""
    return set(re.findall(r"(?<![\w'-])[a-zà-öø-ÿœ][\w-]*", text))


def _common_noun_phrase(name: str, common: set[str]) -> bool:
    """ "Urgences de Dreux" is a place: "X de Y" where the text also writes "urgences"."""
    tokens = name.split()
    has_particle = any(token.lower() in _PARTICLES for token in tokens[1:-1])
    return has_particle and tokens[0].lower() in common


# A name opening with a capitalised particle: "De Mistura", "Van Rompuy".
_PARTICLE_HEAD = re.compile(r"(?:De|Di|Da|Du|Van|Von|Del|Della|Le|La)\s+[A-ZÀ-Ý][\w'’-]+$")


def _ends_full_name(name: str, names: Counter[str]) -> bool:
    """A single word is kept as the surname (or first name) of a full name."""
    return any(
        len(other.split()) >= 2
        and name in (other.split()[-1], other.split()[0], _without_particle(other.split()[-1]))
        for other in names
    )


def _without_particle(surname: str) -> str:
    """ "al-Falih" -> "Falih": the surname as the article may write it alone."""
    return (
        surname.split("-", 1)[1]
        if _JOINED_PARTICLE.fullmatch(surname) and "-" in surname
        else surname
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
                forms.setdefault(_without_particle(surname), canonical)  # "Falih"
            else:
                # "Roger Federer ... his wife, Mirka ... Federer likes": a surname two people
                # bear is the one of them named last before it (`sharing` below).
                forms.setdefault(surname, min(owners))
    # A known first name alone stands for the one person of the article who bears it ("a CCTV
    # image of Maria" after "Maria Duncan"), unless it runs into another name.
    known = _GIVEN_NAMES
    given: set[str] = set()
    for canonical in canonicals:
        first = canonical.split()[0]
        bearers = {c for c in canonicals if c.split()[0] == first}
        if (
            len(canonical.split()) >= 2
            and first in known
            and first not in forms
            and len(bearers) == 1
        ):
            forms[first] = canonical
            given.add(first)
    if not forms:
        return []
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<title>(?:{rules.HONORIFICS})?)(?P<name>{alternation})"
        rf"(?:(?![\w-])|(?={_LED_BY}))"
    )
    # A first name or surname two people share ("Tran" for Emily and Lucy Tran) is the one
    # of them named last before it.
    sharing: dict[str, set[str]] = {}
    for form in forms:
        if " " not in form:
            owners = {c for c in canonicals if form in (c.split()[0], c.split()[-1])}
            if len(owners) > 1:
                sharing[form] = owners
    found: list[PersonMention] = []
    months = {k.lower() for k in rules.MONTHS}
    for match in pattern.finditer(text.replace("’", "'")):
        if match.group("name").lower() in months and _reads_as_month(text, match):
            continue  # "May 24", "in May" beside "Theresa May"
        if match.group("name") in given and _runs_into_a_name(text, match):
            continue  # "Maria" in "Santa Maria" or "Maria Lopez": someone or something else
        surface = match.group(0).strip()
        canonical = forms[match.group("name")]
        owners = sharing.get(match.group("name"))
        if owners:
            named = [m.canonical for m in found if m.canonical in owners]
            canonical = named[-1] if named else canonical
        found.append(PersonMention(match.start(), match.end(), canonical, surface, "name"))
    return found


def _runs_into_a_name(text: str, match: re.Match) -> bool:
    after = re.match(r"[ \t]+[A-ZÀ-Ý]", text[match.end() : match.end() + 3])
    before = re.search(r"[A-ZÀ-Ý][\w'’-]*[ \t]+$", text[max(0, match.start() - 30) : match.start()])
    return bool(after) or bool(
        before and not _sentence_start(text, match.start() - len(before.group(0)))
    )


def _whole_title(words: str, rules: ModuleType) -> bool:
    """Whether `words` are all a title ("Tan Sri "), not a title and a name ("Billionaire
    Elon ")."""
    match = rules.TITLES.match(words)
    return match is not None and match.end() >= len(words.rstrip())


def _sentence_start(text: str, position: int) -> bool:
    """Whether `position` opens a sentence or a line ("Maria left" vs "Santa Maria")."""
    return not text[:position].strip() or text[:position].rstrip()[-1] in '.!?:\n«"“'


_MONTH_BEFORE = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "by",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "through",
        "during",
        "en",
        "depuis",
        "début",
        "fin",
        "courant",
        "jusqu'en",
    ]
)


def _reads_as_month(text: str, match: re.Match) -> bool:
    """A surname that is also a month, used as the month: a day or year beside it, or a
    preposition of time before it."""
    if re.match(r"\s*\d", text[match.end() :]):
        return True
    before = re.findall(r"[\w'-]+", text[max(0, match.start() - 20) : match.start()])
    return bool(before) and before[-1].lower() in _MONTH_BEFORE


def _surname(name: str) -> str | None:
    """ "Patrick Le Gall" -> "Le Gall"; "Elon Musk" -> "Musk"; None for a single word."""
    tokens = name.split()
    if tokens and tokens[-1].rstrip(".") in _GENERATIONS:
        tokens = tokens[:-1]  # "Arnett May Jr." -> "May"
    if len(tokens) < 2:
        return None
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(tokens[start:])


# --- Gender ------------------------------------------------------------------------------------


def _honorific_genders(mentions: list[PersonMention], rules: ModuleType) -> dict[str, str]:
    """ "m" or "f" for the people the article titles "M.", "Mme", "Mr", "Ms"..., else for
    those whose first name says it ("Rachel Whitmore", "Jack Teixeira")."""
    genders: dict[str, str] = {}
    for mention in mentions:
        title = mention.surface.split()[0].rstrip(".").lower() if " " in mention.surface else ""
        if title in rules.MASCULINE_HONORIFICS:
            genders.setdefault(mention.canonical, "m")
        elif title in rules.FEMININE_HONORIFICS:
            genders.setdefault(mention.canonical, "f")
    for mention in mentions:
        first = mention.canonical.split()[0]
        if " " not in mention.canonical:
            continue
        if first in first_names.FEMININE:
            genders.setdefault(mention.canonical, "f")
        elif first in first_names.MASCULINE:
            genders.setdefault(mention.canonical, "m")
    return genders


def _agrees(gender: str, person: str, genders: dict[str, str]) -> bool:
    """True unless both genders are known and differ."""
    known = genders.get(person, "")
    return not gender or not known or gender == known


# --- Names inside another person's apposition -------------------------------------------------


def _modifier_names(
    doc: Doc, text: str, mentions: list[PersonMention], rules: ModuleType
) -> set[int]:
    """Starts of names that only qualify another person: inside an apposition without a finite
    verb ("Dylan Morvan, accusé du meurtre d'Alain Guérin", "Rachel Cole, the widow of John
    Cole"), or owning the role of the one who acts ("Starmer's chancellor, Rachel Reeves").
    They are no participants, nor what a role refers back to."""
    linker = re.compile(r"^\s*,\s*[^,.;:!?«»\"()]{0,60}?(?<![\w'-])(?:de|du|des|d'|of)\s*$")
    # "Starmer's chancellor, Rachel Reeves": Reeves acts, Starmer only qualifies her.
    owner_of = re.compile(r"^'s?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*$")
    found: set[int] = set()
    for owner in mentions:
        following = next((m for m in mentions if m.start > owner.end), None)
        if following is not None and following.start - owner.end <= 50:
            between = text[owner.end : following.start]
            words = set(re.findall(r"[\w-]+", between.lower()))
            if owner_of.match(between) and words & rules.ROLE_NOUNS:
                found.add(owner.start)
        for other in mentions:
            if other.start <= owner.end or other.start - owner.end > 70:
                continue
            between = text[owner.end : other.start]
            if not linker.match(between):
                continue
            span = doc.char_span(owner.end, other.start, alignment_mode="expand")
            if span is not None and not any(_is_finite(token) for token in span):
                found.add(other.start)
    return found


def _is_finite(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return "Fin" in token.morph.get("VerbForm") or token.tag_ in {"VBD", "VBZ", "VBP", "MD"}


# --- Roles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    key: str  # the role shared by synonyms and genders ("président" for "présidente")
    qualifiers: frozenset[str]  # words that narrow it ("labour", "intérieur")
    gender: str
    is_named: bool = False  # a qualifier is a proper noun: "the Conservative leader"
    is_former: bool = False  # "l'ancien président", "the former president": not the sitting one


@lru_cache(maxsize=4)
def _role_nouns(rules: ModuleType) -> str:
    """An alternation of the language's role nouns and synonyms, longest first, grouped by their
    first letter (`temporal.words`): searches try it at every position of a window."""
    nouns = rules.ROLE_NOUNS | rules.GENERIC_PERSON_NOUNS | set(rules.ROLE_SYNONYMS)
    # The age noun: "the 54-year-old" is the person just named.
    return f"{word_alternation(sorted(nouns))}|{rules.AGE_NOUN}"


@lru_cache(maxsize=4)
def _role_pieces(rules: ModuleType) -> str:
    """A role noun phrase: words before the noun, the noun, an adjective and a complement."""
    role = _role_nouns(rules)
    adjectives = "|".join(re.escape(a) for a in rules.ROLE_ADJECTIVES)
    # Before the noun: role adjectives, ages ("62-year-old"), qualifiers ("Labour", "council").
    before = (
        rf"(?:(?:(?i:{adjectives})|[\w'’]+-year-old|[A-ZÀ-Ý][\w'’.-]*|{rules.ROLE_PREMODIFIER})"
        r"\s+){0,2}"
    )
    # After it: an adjective ("général", "désigné") and a complement ("de l'Intérieur").
    after = (
        rf"(?:\s+(?:{rules.ROLE_POSTMODIFIER})(?![\w'’-]))?"
        r"(?:\s+(?:de|d['’]|du|des|of|of\s+the)\s*(?:la\s+|l['’]|les\s+)?[\w'’-]+)?"
    )
    return rf"{before}(?i:(?P<role>{role}))(?![\w'’-]){after}"


_AGE = re.compile(r"^(?:\d+|[\w'’]+-year-old|ans|an|years?|old)$")


def _read_role(phrase: str, determiner: str, rules: ModuleType) -> _Role | None:
    """Key, qualifiers and gender of a role noun phrase ("la présidente de la cour")."""
    lowered = " ".join(phrase.lower().replace("’", "'").split())
    for synonym in (s for s in rules.ROLE_SYNONYMS if " " in s):
        if synonym in lowered:  # "chef de l'état" is "président" as a whole
            gender = "f" if determiner in rules.FEMININE_DETERMINERS else ""
            return _Role(rules.ROLE_SYNONYMS[synonym], frozenset(), gender)  # "la Première"
    found = re.search(rf"(?<![\w-])({_role_nouns(rules)})(?![\w'-])", lowered)
    if not found:
        return None
    noun = found.group(1)
    gender = ""
    if noun in rules.FEMININE_ROLES:
        gender, noun = "f", rules.FEMININE_ROLES[noun]
    elif determiner in rules.FEMININE_DETERMINERS:
        gender = "f"
    elif determiner in rules.MASCULINE_DETERMINERS or noun in rules.MASCULINE_ROLES:
        gender = "m"
    key = rules.ROLE_SYNONYMS.get(noun, noun)
    key = rules.ROLE_SYNONYMS.get(key, key)
    original = " ".join(phrase.replace("’", "'").split())
    words = re.findall(r"[\w'-]+", original[: found.start()] + " " + original[found.end() :])
    ignored = (
        set(rules.ROLE_ADJECTIVES)
        | _PARTICLES
        | {"the", "of", "l'", "la", "le", "les", "d'", "de", "un", "une", "a", "an"}
    )
    kept = [
        word.removeprefix("l'").removeprefix("d'").removeprefix("L'")
        for word in words
        if word.lower() not in ignored and not _AGE.match(word.lower())
    ]
    qualifiers = frozenset(word.lower() for word in kept)
    is_named = any(word[:1].isupper() for word in kept)
    is_former = any(word.lower() in _FORMER for word in words)
    return _Role(key, qualifiers, gender, is_named, is_former)


_FORMER = frozenset(["ancien", "ancienne", "ex", "former"])


def _role_mentions(
    text: str,
    names: list[PersonMention],
    rules: ModuleType,
    genders: dict[str, str],
    modifiers: set[int],
) -> list[PersonMention]:
    """Definite role nouns ("le candidat", "the 62-year-old mayor") as mentions of a person.

    A role tied to names by apposition refers to its holder (the one named last when several
    share it). A role tied to nobody refers to the person named last before it, within a few
    sentences, as journalists use "le coureur", "the defendant" for the person just named;
    unless it is qualified ("the Conservative leader"): then it names someone else.
    Sets the gender of holders whose role says it ("la Première ministre, Claire Vasseur").
    """
    phrase = _role_pieces(rules)
    determiner = rf"(?P<det>(?i:{rules.ROLE_DETERMINERS}|une?|an?))"
    # "L'entraîneur lensois, Will Still": a few more words may sit before the comma.
    before = scanner(
        re.compile(
            rf"(?<![\w'’-])(?:{determiner}\s*)?(?P<np>{phrase})(?:\s*\([^()]{{1,40}}\))?"
            r"(?:(?:\s+[a-zà-ÿ'’-]+){1,2}\s*,|\s*,?)\s*(?:(?i:le|la|l'|the)\s*)?$"
        )
    )
    after = re.compile(rf"^\s*,\s*(?:{determiner}\s*)?(?P<np>{phrase})(?![\w'’-])")
    holders: list[tuple[_Role, str]] = []
    appositions: list[tuple[int, int]] = []
    for mention in names:
        window_start = max(0, mention.start - 80)
        found = before.search(text[window_start : mention.start])
        offset = window_start
        if not found:
            found = after.search(text[mention.end : mention.end + 80])
            offset = mention.end
        if not found:
            continue
        appositions.append((offset + found.start(), offset + found.end()))
        determiner_text = " ".join((found.group("det") or "").lower().replace("’", "'").split())
        role = _read_role(found.group("np"), determiner_text, rules)
        if role is None or role.key in rules.GENERIC_PERSON_NOUNS:
            continue
        holders.append((role, mention.canonical))
        if role.gender:
            genders.setdefault(mention.canonical, role.gender)
    pattern = scanner(
        re.compile(
            rf"(?<![\w-])(?P<det>(?i:{rules.ROLE_DETERMINERS}))\s*(?P<np>{phrase})(?![\w'’-])"
        )
    )
    result = []
    for match in pattern.finditer(text):
        if any(start <= match.start() < end for start, end in appositions):
            continue  # the role of an apposition: the name beside it already counts
        if match.group(0)[:1].isupper() and _quoted_title(text, match.start(), match.end()):
            continue  # "The Player", a film
        determiner_text = " ".join(match.group("det").lower().replace("’", "'").split())
        role = _read_role(match.group("np"), determiner_text, rules)
        if role is None:
            continue
        holder = _role_holder(role, match.start(), names, holders, genders, modifiers)
        if holder is not None:
            result.append(PersonMention(match.start(), match.end(), holder, match.group(0), "role"))
            if role.key not in rules.GENERIC_PERSON_NOUNS and not any(
                held.key == role.key for held, _ in holders
            ):
                holders.append((role, holder))  # "la maire" stays the mayor named before
    result += _clients_of_pleading_counsel(text, pattern, names, holders, rules, genders, modifiers)
    return result + _learned_role_mentions(text, names, rules, modifiers)


def _clients_of_pleading_counsel(
    text: str,
    pattern: re.Pattern,
    names: list[PersonMention],
    holders: list[tuple[_Role, str]],
    rules: ModuleType,
    genders: dict[str, str],
    modifiers: set[int],
) -> list[PersonMention]:
    """ "L'avocat de l'ancien maire, Me X, doit plaider la relaxe jeudi": a lawyer pleads for
    the client, the role after "avocat de", who takes part beside the lawyer."""
    counsel = "|".join(sorted(rules.COUNSEL_NOUNS, key=len, reverse=True))
    found = []
    for match in re.finditer(rf"(?<![\w-])(?i:{counsel})\s+(?:(?:de|of|for)\s+|(?=du\s))", text):
        role_match = pattern.match(text, match.end())
        if role_match is None:
            continue
        end = re.search(r"[.!?](?:\s|$)", text[match.end() :])
        clause = text[match.end() : match.end() + (end.start() if end else 300)]
        if rules.PLEADING.search(clause) is None:
            continue
        determiner = " ".join(role_match.group("det").lower().replace("’", "'").split())
        role = _read_role(role_match.group("np"), determiner, rules)
        if role is None or not any(held.key == role.key for held, _ in holders):
            continue  # only a role the article gave someone
        holder = _role_holder(role, role_match.start(), names, holders, genders, modifiers)
        if holder is not None:
            start, stop = role_match.span()
            found.append(PersonMention(start, stop, holder, role_match.group(0), "role"))
    return found


def _learned_role_mentions(
    text: str, names: list[PersonMention], rules: ModuleType, modifiers: set[int]
) -> list[PersonMention]:
    """A noun the article sets before a full name ("le promoteur immobilier Bernard Castagné",
    "the musician Dan Whitcombe") is that person's role even when no list knows it: "le
    promoteur", "the musician" later in the article refer to them, when they alone bear it and
    their first name says they are a person."""
    known = rules.ROLE_NOUNS | rules.GENERIC_PERSON_NOUNS | set(rules.ROLE_SYNONYMS)
    known |= set(rules.FEMININE_ROLES) | rules.ROLE_ADJECTIVES
    before = re.compile(
        rf"(?<![\w'’-])(?i:{rules.ROLE_DETERMINERS})\s*(?P<noun>[a-zà-ÿ-]{{4,}})"
        r"(?:\s+[a-zà-ÿ-]+)?\s+$"
    )
    bearers: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for mention in names:
        first_name = mention.canonical.split()[0]
        if mention.start in modifiers or " " not in mention.canonical:
            continue
        if first_name not in _GIVEN_NAMES:
            continue  # "du lycée Jean-Monnet de Roubaix": a thing the tagger took for someone
        found = before.search(text[max(0, mention.start - 50) : mention.start])
        if not found or found.group("noun") in known:
            continue
        noun = found.group("noun")
        bearers.setdefault(noun, set()).add(mention.canonical)
        first.setdefault(noun, mention.end)
    result = []
    for noun, people in bearers.items():
        if len(people) != 1:
            continue
        (holder,) = people
        pattern = rf"(?<![\w'’-])(?i:{rules.ROLE_DETERMINERS})\s*{re.escape(noun)}(?![\w'’-])"
        for match in re.finditer(pattern, text[first[noun] :]):
            start, end = first[noun] + match.start(), first[noun] + match.end()
            result.append(PersonMention(start, end, holder, match.group(0), "role"))
    return result


def _role_holder(
    role: _Role,
    position: int,
    names: list[PersonMention],
    holders: list[tuple[_Role, str]],
    genders: dict[str, str],
    modifiers: set[int],
) -> str | None:
    earlier = [m for m in names if m.end <= position and m.start not in modifiers]
    same = [
        person
        for held, person in holders
        if held.key == role.key
        and held.is_former == role.is_former
        and (not role.qualifiers or not held.qualifiers or role.qualifiers & held.qualifiers)
        and (not role.gender or not held.gender or role.gender == held.gender)
        # "la Première ministre" is not the man once called "le Premier ministre".
        and _agrees(role.gender, person, genders)
    ]
    if same:
        people = list(dict.fromkeys(same))
        if len(people) == 1:
            # "Calogero ... le chanteur a annoncé" with "Nicolas Sirkis, le chanteur
            # d'Indochine" only further on: the singer named before, if any.
            if not any(m.canonical == people[0] for m in earlier) and not role.is_named:
                before = _nearest_agreeing(role, position, earlier, genders)
                if before is not None:
                    return before
            return people[0]
        named = [m for m in earlier if m.canonical in people]
        return named[-1].canonical if named else None  # the one named last before
    if role.is_named:
        return None  # "the Conservative leader", with only a Labour one named
    return _nearest_agreeing(role, position, earlier, genders)


def _nearest_agreeing(
    role: _Role, position: int, earlier: list[PersonMention], genders: dict[str, str]
) -> str | None:
    """The person named last before `position`, within reach, whose gender fits the role."""
    for mention in reversed(earlier):
        if position - mention.end >= _ROLE_REACH:
            return None
        if _agrees(role.gender, mention.canonical, genders):
            return mention.canonical
    return None


def _demonym_mentions(
    doc: Doc,
    text: str,
    names: list[PersonMention],
    rules: ModuleType,
    genders: dict[str, str],
    modifiers: set[int],
) -> list[PersonMention]:
    """ "Le Savoyard vise désormais les Jeux", "the Brazilian scored twice": a demonym that is
    the subject of a verb refers to the person named last before it."""
    found = []
    for match in re.finditer(rules.DEMONYM, text):
        if any(m.start <= match.start("np") < m.end for m in names):
            continue
        determiner = match.group("det").lower().replace("’", "'")
        gender = (
            "f"
            if determiner in rules.FEMININE_DETERMINERS
            else "m"
            if determiner in rules.MASCULINE_DETERMINERS
            else ""
        )
        named = next((m for m in names if 0 <= m.start - match.end() <= 2), None)
        if named is not None:  # "La Française Caroline Garcia": an apposition
            if gender:
                genders.setdefault(named.canonical, gender)
            continue
        span = doc.char_span(match.start("np"), match.end("np"))
        if span is None or span.root.dep_ not in {"nsubj", "nsubj:pass", "nsubjpass"}:
            continue
        if match.group("np").lower() in rules.NOT_PERSON_WORDS:
            continue  # "Le Parisien a révélé", "the Guardian reported"
        holder = _protagonist(doc, match.start(), names, gender, genders, modifiers)
        if holder is not None:
            found.append(PersonMention(match.start(), match.end(), holder, match.group(0), "role"))
    return found


def _pair_mentions(
    text: str,
    mentions: list[PersonMention],
    names: list[PersonMention],
    rules: ModuleType,
    modifiers: set[int],
) -> list[PersonMention]:
    """ "The couple exchanged vows", "les deux hommes se sont revus": the last two people named
    before, within a few sentences."""
    found = []
    for match in re.finditer(rules.PAIR_NOUNS, text):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        earlier = [
            m
            for m in names
            if m.end <= match.start()
            and match.start() - m.end < _ROLE_REACH
            and m.start not in modifiers
        ]
        people = list(dict.fromkeys(m.canonical for m in reversed(earlier)))[:2]
        if len(people) == 2:
            found += [
                PersonMention(match.start(), match.end(), person, match.group(0), "role")
                for person in people
            ]
    return found


def _protagonist(
    doc: Doc,
    position: int,
    names: list[PersonMention],
    gender: str,
    genders: dict[str, str],
    modifiers: set[int],
) -> str | None:
    """The first person of agreeing gender named in the nearest sentence naming someone, up to
    `position` ("La Française Caroline Garcia a battu l'Américaine Danielle Collins. La
    Lyonnaise..." is Garcia, the sentence's subject, not Collins, the last named)."""
    earlier = [
        m
        for m in names
        if m.end <= position and m.start not in modifiers and position - m.end < _ROLE_REACH
    ]
    by_sentence: dict[int, list[PersonMention]] = {}
    for mention in earlier:
        token = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if token is not None and len(token):
            by_sentence.setdefault(token[0].sent.start, []).append(mention)
    for start in sorted(by_sentence, reverse=True):
        for mention in by_sentence[start]:
            if _agrees(gender, mention.canonical, genders):
                return mention.canonical
    return None


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


# --- Pronouns ----------------------------------------------------------------------------------

# How many sentences back a pronoun looks for the person it refers to.
_PRONOUN_REACH = 3


def _pronoun_mentions(
    doc: Doc,
    text: str,
    mentions: list[PersonMention],
    rules: ModuleType,
    genders: dict[str, str],
) -> list[PersonMention]:
    """ "Il a déclaré...", "accepted her resignation", "de le censurer": the person last named
    whose gender agrees, in the sentence before the pronoun or in the few before it."""
    found: list[PersonMention] = []
    history: list[tuple[list[PersonMention], str | None]] = []
    for sentence in doc.sents:
        inside = [m for m in mentions if sentence.start_char <= m.start < sentence.end_char]
        own: list[PersonMention] = []
        for start, end, gender, kind in _pronouns(sentence, text, rules):
            client = kind == "possessive" and _counsel_pleading(sentence, text, end, rules)
            if (
                kind == "possessive"
                and not client
                and _before_named_role(text, end, mentions, rules)
            ):
                continue  # "son avocat, Me Le Bihan": Le Bihan acts, not his client
            if not gender and kind == "possessive" and _owned_by_thing(sentence, start, mentions):
                continue  # "Le groupe a supprimé 420 postes dans son usine"
            before = [m for m in inside + own if m.end <= start]
            token = next((t for t in sentence if t.idx >= start), None)
            clause_at = start
            if token is not None and token.dep_ in {"dobj", "obj", "iobj", "dative"}:
                kind = "object"  # "thanked her": "her" is no possessive here
            elif (
                token is not None
                and token.lower_ in rules.ACCUSATIVE_PRONOUNS
                and token.dep_ == "nsubj"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children)
            ):
                # "allowed her to remain free": the object of "allowed", read as the subject
                # of the infinitive.
                kind, clause_at = "object", token.head.head.idx
            if kind == "object":
                # A non-reflexive object is never its own clause's subject: "Judge Okafor
                # allowed her to remain free", "le juge l'a laissée libre".
                own_subject = _clause_subject(sentence, clause_at, before)
                if own_subject is not None:
                    before = [m for m in before if m.canonical != own_subject.canonical]
            subject = _clause_subject(sentence, start, before) if kind == "possessive" else None
            if subject is not None and _agrees(gender, subject.canonical, genders):
                referent = subject.canonical  # "Havertz added a second against his club"
            else:
                # A lawyer's client is someone: a thing subject in between holds no client.
                past = [(people, None) for people, _ in history] if client else history
                referent = _antecedent(gender, kind, before, past, genders, rules.CODE == "fr")
            if referent is not None:
                surface = text[start:end]
                own.append(PersonMention(start, end, referent, surface, "pronoun"))
                if gender:
                    # "he wouldn't have noticed" tells Ferreira is a man: a "she" after it
                    # is someone else.
                    genders.setdefault(referent, gender)
        found += own
        people = sorted(inside + own, key=lambda m: m.start)
        history.append((people, None if people else _thing_subject(sentence, mentions)))
    return found


def _pronouns(sentence: Span, text: str, rules: ModuleType) -> list[tuple[int, int, str, str]]:
    """(start, end, gender, kind) of the personal pronouns of a sentence."""
    result = []
    offset = sentence.start_char
    for match in rules.SUBJECT_PRONOUNS.finditer(text[offset : sentence.end_char]):
        word = match.group(0).lstrip("-t").lower()
        gender = rules.PRONOUN_GENDERS.get(word, "")
        kind = "possessive" if word in rules.POSSESSIVES else "subject"
        if word in rules.OBJECT_PRONOUNS:
            kind = "object"
        result.append((offset + match.start(), offset + match.end(), gender, kind))
    for token in sentence if rules.OBJECT_CLITICS else ():
        # object clitics: "de le censurer", "l'a nommé"
        word = token.lower_.replace("’", "'")
        if word not in rules.OBJECT_CLITICS:
            continue
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if (
            token.pos_ == "PRON"
            # "L'Assemblée l'a élu mercredi": an elided clitic is never a subject, whatever
            # the parser says.
            and (token.dep_ in {"obj", "iobj"} or word == "l'")
            and following is not None
            and following.pos_ in {"VERB", "AUX"}
        ):
            gender = rules.OBJECT_CLITICS[word]
            result.append((token.idx, token.idx + len(token.text), gender, "object"))
    return sorted(result)


def _clause_subject(
    sentence: Span, position: int, before: list[PersonMention]
) -> PersonMention | None:
    """The person mention that is the subject of the clause holding `position`, if any."""
    token = next((t for t in sentence if t.idx >= position), None)
    if token is None:
        return None
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subjects = {"nsubj", "nsubj:pass", "nsubjpass"}
    if verb.dep_ == "conj" and not any(child.dep_ in subjects for child in verb.children):
        verb = verb.head  # "Okafor set sentencing and allowed her ...": the first verb's subject
    for child in verb.children:
        if child.dep_ in subjects:
            low, high = child.left_edge.idx, _end(child.right_edge)
            inside = [m for m in before if low <= m.start < high]
            if inside:
                return inside[0]
    return None


@lru_cache(maxsize=4)
def _role_then_comma(rules: ModuleType) -> re.Pattern:
    nouns = rules.ROLE_NOUNS | rules.KIN_NOUNS  # "Her husband, Thomas Caldwell, died"
    role = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\s+(?:[\w'-]+\s+)?(?i:{role})(?:\s+[\w'-]+)?\s*,\s*")


def _before_named_role(
    text: str, position: int, mentions: list[PersonMention], rules: ModuleType
) -> bool:
    """True for "son avocat, Me X", "His attorney, Dennis Park" and "her husband, Thomas
    Caldwell": a role or a relative then its name, who is the one acting."""
    found = _role_then_comma(rules).match(text[position : position + 60])
    if not found:
        return False
    name_start = position + found.end()
    return any(m.kind == "name" and abs(m.start - name_start) <= 4 for m in mentions)


def _counsel_pleading(sentence: Span, text: str, position: int, rules: ModuleType) -> bool:
    """True for "Son avocat, Me X, plaidera la relaxe jeudi": a lawyer pleads for the client,
    whom the possessive names, so the client takes part too."""
    noun = re.match(r"\s+([\w'-]+)", text[position : position + 30])
    if noun is None or noun.group(1).lower() not in rules.COUNSEL_NOUNS:
        return False
    return rules.PLEADING.search(text[position : sentence.end_char]) is not None


def _antecedent(
    gender: str,
    kind: str,
    before: list[PersonMention],
    history: list[tuple[list[PersonMention], str | None]],
    genders: dict[str, str],
    gendered_things: bool = True,
) -> str | None:
    """The person a pronoun refers to, or None.

    In its own sentence: the first person named before it whose gender agrees (the subject,
    mostly; an object clitic takes the last one). Otherwise the sentences before, nearest
    first, preferring a known agreeing gender; once a person of its own sentence disagrees
    ("Hartley accepted her resignation"), only a known agreeing gender will do. A sentence in
    between whose subject is a thing of the pronoun's gender ("Le groupe a supprimé 420
    postes. Entre 2019 et 2021, ses ventes...") holds the referent: no person.
    """
    ordered = list(reversed(before)) if kind == "object" else before
    for mention in ordered:
        if _agrees(gender, mention.canonical, genders):
            return mention.canonical
    strict = bool(before) and bool(gender)
    for people, thing in reversed(history[-_PRONOUN_REACH:]):
        if not people:
            # A thing of unknown gender holds a French "il" or an English "its", never "he".
            agrees = not gender or thing == gender or (thing == "" and gendered_things)
            if thing is not None and not before and kind != "object" and agrees:
                return None
            continue
        known = [m for m in people if gender and genders.get(m.canonical) == gender]
        if known:
            return known[0].canonical
        if strict:
            continue
        agreeing = [m for m in people if _agrees(gender, m.canonical, genders)]
        if agreeing:
            return agreeing[0].canonical
    return None


def _owned_by_thing(sentence: Span, position: int, mentions: list[PersonMention]) -> bool:
    """True when a genderless possessive follows its clause's subject, a common noun naming
    no one: "Le groupe avait supprimé 420 postes dans son usine" is the group's plant."""
    token = next((t for t in sentence if t.idx >= position), None)
    if token is None:
        return False
    verb = token.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and child.idx < position:
            return child.pos_ == "NOUN" and not any(m.start <= child.idx < m.end for m in mentions)
    return False


def _thing_subject(sentence: Span, mentions: list[PersonMention]) -> str | None:
    """The gender ("m", "f", "" unknown) of the main verb's subject when it is a common noun
    naming no one ("Le groupe"); None when the subject is someone or missing. Only French
    nouns carry a gender the pronouns can agree with; English "he"/"she" are people."""
    for child in sentence.root.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and child.pos_ == "NOUN":
            if any(m.start <= child.idx < m.end for m in mentions):
                return None
            gender = child.morph.get("Gender")
            return {"Masc": "m", "Fem": "f"}.get(gender[0] if gender else "", "")
    return None


# --- Reporting clauses -------------------------------------------------------------------------

_CLAUSAL = frozenset(["ccomp", "xcomp", "parataxis"])
_OBJECTS = frozenset(["dobj", "obj", "prep", "pobj", "obl:arg"])


def _attributions(
    doc: Doc, text: str, mentions: list[PersonMention], rules: ModuleType
) -> list[Attribution]:
    """Who reports what, sentence by sentence: postposed clauses ("..., a confirmé Me Arnaud",
    "..., Ruiz said"), preposed ones ("X said the season would close..."), and sources
    ("selon X", "according to X")."""
    found = []
    for sentence in doc.sents:
        inside = [m for m in mentions if sentence.start_char <= m.start < sentence.end_char]
        if not inside:
            continue
        for token in sentence:
            if token.lower_ in rules.REPORTING_VERBS and token.pos_ in {"VERB", "AUX"}:
                attribution = _postposed(token, sentence, text, inside) or _preposed(
                    token, inside, rules
                )
                if attribution is not None:
                    found.append(attribution)
        # "Régis Scheenaerts, secrétaire syndical, est inquiet : « Là, la direction a arrêté le
        # 8 novembre ... »": the one named before a colon opening a quote speaks it.
        colon = _COLON_QUOTE.search(text, sentence.start_char, sentence.end_char)
        if colon is not None:
            before = [m for m in inside if m.end <= colon.start()]
            if before:
                found.append(
                    Attribution(
                        (before[0].start,), colon.end() - 1, sentence.end_char, -1, "preposed"
                    )
                )
        for mention in inside:
            start = max(sentence.start_char, mention.start - 20)
            if rules.SOURCE_MARKERS.search(text[start : mention.start]):
                found.append(
                    Attribution(
                        (mention.start,), sentence.start_char, sentence.end_char, -1, "source"
                    )
                )
    return found


_COLON_QUOTE = re.compile(r"\s*:\s*[«\"“]")
_RELATIVE_CLAUSES = frozenset(["relcl", "acl:relcl"])


def _postposed(
    verb: Token, sentence: Span, text: str, mentions: list[PersonMention]
) -> Attribution | None:
    """ "..., a confirmé Me Arnaud", « ... », a-t-il reconnu", "..., Ruiz said": what comes
    before the comma or quote is reported; the speaker stands between it and the end."""
    boundary = None
    for token in reversed(sentence[: verb.i - sentence.start]):
        if token.text in {",", "»", '"', "”", ":"} or token.text.endswith(","):
            boundary = token
            break
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            return None  # another verb first: the speaker opens the sentence
    if boundary is None or boundary.i == sentence.start:
        return None
    apposed = _name_before_apposition(boundary, text, mentions)
    if apposed is not None:
        # "..., Joshua Astrachan, a producer at Altman's firm, told The Associated Press": the
        # name before the apposition speaks, not one inside it.
        boundary = apposed[1]
    # What is reported is a clause ("M. Lachaux a fait appel hier,"), not an adverbial
    # ("During a 90-minute call, Ms Boyle pointed to..."); nothing new follows the verb.
    if not any(_is_finite(token) for token in sentence[: boundary.i - sentence.start]):
        return None
    # A relative clause on what follows ("in an interview at the base, a garage that smells
    # of coffee") says nothing new.
    if any(
        _is_finite(token) and token.dep_ not in _RELATIVE_CLAUSES
        for token in sentence[verb.i - sentence.start + 1 :]
    ):
        return None
    if apposed is not None:
        return Attribution((apposed[0].start,), sentence.start_char, boundary.idx, verb.i)
    tail = [m for m in mentions if m.start > boundary.idx]
    if not tail:
        return None
    speakers = tuple(m.start for m in tail if _near_verb(m, verb))
    if not speakers:
        return None
    return Attribution(speakers, sentence.start_char, boundary.idx, verb.i)


def _name_before_apposition(
    comma: Token, text: str, mentions: list[PersonMention]
) -> tuple[PersonMention, Token] | None:
    """The name set between two commas before `comma`, with the comma before it, when
    `comma` closes an apposition on it (", Joshua Astrachan, a producer at ..., told")."""
    if comma.text != ",":
        return None
    sentence = comma.sent
    for token in reversed(sentence[: comma.i - sentence.start]):
        if _is_finite(token):
            return None
        if token.text != "," or token.i == sentence.start:
            continue
        named = [
            m
            for m in mentions
            if m.kind == "name"
            and token.idx < m.start < comma.idx
            and not text[token.idx + 1 : m.start].strip()
        ]
        if named and text[named[0].end : comma.idx].lstrip().startswith(","):
            return named[0], token
    return None


def _near_verb(mention: PersonMention, verb: Token) -> bool:
    """The speaker of a postposed verb: just before it ("Ruiz said") or just after it ("a
    confirmé Me Arnaud", "a-t-il reconnu")."""
    verb_end = verb.idx + len(verb.text)
    if mention.end <= verb.idx:
        return True  # between the comma and the verb
    return mention.start >= verb_end and mention.start - verb_end <= 25


def _preposed(verb: Token, mentions: list[PersonMention], rules: ModuleType) -> Attribution | None:
    """ "X said the season would close in May 2023", "X pointed to the restructuring launched
    two years ago": the verb's clause (or, for recalling verbs, its object) is reported."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}]
    if not subjects:
        return None
    speakers = []
    for subject in subjects:
        low, high = subject.left_edge.idx, _end(subject.right_edge)
        for mention in mentions:
            if low <= mention.start < high and not _in_relative_clause(mention, subject):
                speakers.append(mention.start)
    if not speakers:
        return None
    kinds = _CLAUSAL | (_OBJECTS if verb.lower_ in rules.RECALLING_VERBS else frozenset())
    reported = [c for c in verb.children if c.i > verb.i and c.dep_ in kinds]
    if not reported:
        return None
    start = min(c.left_edge.idx for c in reported)
    end = max(_end(c.right_edge) for c in reported)
    kind = "recalling" if verb.lower_ in rules.RECALLING_VERBS else "preposed"
    return Attribution(tuple(speakers), start, end, verb.i, kind)


def _in_relative_clause(mention: PersonMention, subject: Token) -> bool:
    """ "McBride, who took over the theatre..." is the speaker; a name in her clause is not."""
    return any(
        child.dep_ in {"relcl", "acl:relcl", "acl"}
        and child.left_edge.idx <= mention.start < _end(child.right_edge)
        for child in subject.children
    )


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def apposed_holder(people: People, text: str, position: int, language: str) -> str | None:
    """The person whose role apposition holds the date at `position`: "Nancy Pelosi,
    présidente de la Chambre depuis 2019", "Anne Hidalgo, maire de Paris depuis 2014"."""
    rules = _LANGUAGES[language]
    earlier = [m for m in people.mentions if m.kind == "name" and m.end <= position]
    if not earlier:
        return None
    mention = earlier[-1]
    between = text[mention.end : position].replace("’", "'")
    pattern = _apposition_pattern(rules)
    return mention.canonical if pattern.match(between) else None


@lru_cache(maxsize=4)
def _apposition_pattern(rules: ModuleType) -> re.Pattern:
    # ", [age ,] [determiner] role [complement]" with no clause break before the date.
    return re.compile(
        rf"^\s*,\s*(?:\d+\s+(?:ans|years?\s+old)\s*,\s*)?(?:(?i:{rules.ROLE_DETERMINERS}|une?|an?)"
        rf"\s*)?(?:[\w'-]+\s+){{0,2}}(?i:{_role_nouns(rules)})(?![\w'-])[^,;:()«»\"“”.]{{0,60}}$"
    )


def reported_speakers(
    people: People, expression: Span, text: str, language: str, is_past: bool
) -> set[int]:
    """Start offsets of the speakers who only report the event dated by `expression`.

    "..., said X", "selon X" and "X pointed to [an earlier event]" leave X out of what they
    report. "X said (that) ..." leaves X out of someone else's event (another person is named
    in what X reports) and of a past one X comments on; X stays in what X announces ahead
    ("Chairman Peter Vance said a replacement would be named on Tuesday"). A date hanging
    right on the reporting verb dates the speech ("announced yesterday"), and a quote in the
    first person ("« Nous devons... »") includes its speaker.
    """
    rules = _LANGUAGES[language]
    start = expression.start_char
    dropped: set[int] = set()
    for attribution in people.attributions:
        if not attribution.content_start <= start < attribution.content_end:
            continue
        if attribution.verb >= 0 and expression.root.head.i == attribution.verb:
            continue
        if _first_person_quote(text, attribution, start, rules):
            continue
        if attribution.kind == "preposed" and not is_past:
            speakers = {m.canonical for m in people.mentions if m.start in attribution.speakers}
            others = people.between(attribution.content_start, attribution.content_end)
            if all(m.canonical in speakers for m in others):
                continue
        dropped.update(attribution.speakers)
    return dropped


def reported_only(people: People, expression: Span) -> set[int]:
    """Start offsets of the people only named in what a speaker says, when the date dates the
    speech ('"She lied to us," the prosecutor told jurors on Dec. 21'): the speech is the
    event, with its speaker; those it is about are not in it."""
    dropped: set[int] = set()
    verb = next((t for t in expression.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    for attribution in people.attributions:
        if attribution.verb < 0 or verb is None or verb.i != attribution.verb:
            continue  # "told jurors in closing arguments on Dec. 21" dates the telling
        if attribution.content_start <= expression.start_char < attribution.content_end:
            continue
        inside = people.between(attribution.content_start, attribution.content_end)
        speakers = {m.canonical for m in people.mentions if m.start in attribution.speakers}
        dropped.update(m.start for m in inside if m.canonical not in speakers)
    return dropped


def quote_speakers(people: People, text: str, position: int, language: str) -> list[str]:
    """The speakers of a quote in the first person around `position`, for a sentence of the
    quote that names nobody ('"I told my wife in 2019 that I'd stay. It took a while," he
    said'): "I" is the speaker."""
    rules = _LANGUAGES[language]
    names: list[str] = []
    for attribution in people.attributions:
        if attribution.kind != "postposed" or not position < attribution.content_end:
            continue
        # The reporting clause often only spans the quote's last sentence: the quote opens at
        # the last mark before it, in the same paragraph.
        paragraph = text.rfind("\n", 0, attribution.content_start) + 1
        opening = max(text.rfind(mark, paragraph, position + 1) for mark in '"“«')
        if opening < 0 or re.search(r'["“”«»]', text[opening + 1 : attribution.content_start]):
            continue
        quote = text[opening + 1 : attribution.content_end]
        if rules.FIRST_PERSON.search(quote):
            names += [m.canonical for m in people.mentions if m.start in attribution.speakers]
    return list(dict.fromkeys(names))


def _first_person_quote(text: str, attribution: Attribution, position: int, rules) -> bool:
    content = text[attribution.content_start : attribution.content_end]
    # The content may stop before the closing mark ('"We will leave ...,"' Johnson told).
    quote = re.search(r"[«\"“]([^«»\"“”]*)(?:[»\"”]|$)", content)
    if not quote:
        return False
    inside = (
        attribution.content_start + quote.start()
        <= position
        < attribution.content_start + quote.end()
    )
    return inside and bool(rules.FIRST_PERSON.search(quote.group(1)))
