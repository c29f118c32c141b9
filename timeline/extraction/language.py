"""Cheap language detection by counting function words (no extra dependency)."""

import re

_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ']+")

# Frequent function words that are rare in the other language ("a", "on" and "est" are shared
# or ambiguous, so they are left out).
_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "un",
        "une",
        "et",
        "est",
        "dans",
        "pour",
        "sur",
        "avec",
        "qui",
        "que",
        "pas",
        "par",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "sont",
        "son",
        "sa",
        "ses",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "mais",
        "ou",
        "où",
        "leur",
        "été",
        "être",
        "avait",
        "ont",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "in",
        "that",
        "for",
        "with",
        "was",
        "were",
        "are",
        "have",
        "has",
        "had",
        "be",
        "by",
        "this",
        "from",
        "which",
        "it",
        "its",
        "he",
        "she",
        "they",
        "their",
        "not",
        "but",
        "who",
        "will",
        "would",
        "been",
        "said",
    ]
)


def detect_language(text: str) -> str:
    """Return "fr" or "en" from the function words of `text` (French when in doubt)."""
    french = english = 0
    for word in _WORD.findall(text[:20000].lower()):
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    return "en" if english > french else "fr"
