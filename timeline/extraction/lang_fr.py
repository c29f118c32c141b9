"""French words and patterns for press dates ("ce lundi 12 août", "en novembre dernier")."""

from __future__ import annotations

import itertools
import re

from .temporal import (
    ANY_YEAR,
    OLD_YEAR,
    YEAR,
    LanguageRules,
    Rule,
    following_word,
    in_year_list,
    key,
    listed_year,
    preceding_words,
    sentence_around,
    words,
)
from .types import RelativeSpec

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
# A post embedded in an article keeps its date in English ("— VigiMétéoFrance
# (@VigiMeteoFrance) December 1, 2019"): read only in that full form, right after the handle.
ENGLISH_MONTHS = {
    name: number
    for number, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august"]
        + ["september", "october", "november", "december"],
        start=1,
    )
}
_AFTER_HANDLE = re.compile(r"\(@\w+\)[ \t]*$")
# Abbreviations only count with their full stop and a day or year beside them.
MONTH_ABBREVIATIONS = {
    "janv": 1,
    "févr": 2,
    "fév": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}
WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
NUMBERS = {
    "un": 1,
    "une": 1,
    "premier": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
}
# Compounds of the tens: "vingt-deux", "vingt et un", "trente-cinq".
NUMBERS |= {
    f"{ten}{'-et-' if unit == 1 else '-'}{word}": value + unit
    for ten, value in [("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50)]
    for word, unit in [
        ("un", 1),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
    ]
}
NUMBERS |= {
    name.replace("-et-", " et "): value for name, value in NUMBERS.items() if "-et-" in name
}
VAGUE_NUMBERS = frozenset({"quelques", "plusieurs", "des", "de nombreux", "de nombreuses"})
UNITS = {
    "seconde": "second",
    "secondes": "second",
    "minute": "minute",
    "minutes": "minute",
    "instant": "minute",  # "quelques instants plus tard": the same day
    "instants": "minute",
    "min": "minute",
    "heure": "hour",
    "heures": "hour",
    "h": "hour",
    "jour": "day",
    "jours": "day",
    "journée": "day",
    "journées": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "trimestre": "quarter",
    "trimestres": "quarter",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "décennie": "decade",
    "décennies": "decade",
    "siècle": "century",
    "siècles": "century",
}
DIRECTIONS = {
    "dernier": -1,
    "dernière": -1,
    "derniers": -1,
    "dernières": -1,
    "passés": -1,
    "passées": -1,
    "prochains": 1,
    "prochaines": 1,
    "passé": -1,
    "passée": -1,
    "précédent": -1,
    "précédente": -1,
    "prochain": 1,
    "prochaine": 1,
    "suivant": 1,
    "suivante": 1,
    "plus tard": 1,
    "après": 1,
    "plus tôt": -1,
    "auparavant": -1,
    "avant": -1,
}
# Words inside a prefix that narrow a month or a year ("fin avril", "mi-mars", "début 2023").
PARTS = {"début": "early", "mi": "mid", "fin": "late"}
ORDINALS = {
    "premier": 1,
    "première": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "2ème": 2,
    "troisième": 3,
    "3e": 3,
    "3ème": 3,
    "quatrième": 4,
    # written without accents: "au troisieme trimestre"
    "premiere": 1,
    "deuxieme": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "4e": 4,
    "4ème": 4,
    "dernier": 4,
    "premiers": 1,  # "les trois premiers mois de l'année": the first quarter
    "derniers": 4,
}
SEASONS = {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"}

_DAY = RelativeSpec("day", 0)
RELATIVES = {
    "aujourd'hui": _DAY,
    "ce matin": _DAY,
    "ce midi": _DAY,
    "cet après-midi": _DAY,
    "cette après-midi": _DAY,  # both genders are French
    "ce soir": _DAY,
    "cette nuit": _DAY,
    "hier": RelativeSpec("day", -1),
    "la nuit dernière": RelativeSpec("day", -1),  # as "last night"
    "la nuit passée": RelativeSpec("day", -1),
    "avant-hier": RelativeSpec("day", -2),
    "demain": RelativeSpec("day", 1),
    "après-demain": RelativeSpec("day", 2),
    "cette semaine": RelativeSpec("week", 0),
    "la semaine dernière": RelativeSpec("week", -1),
    "la semaine passée": RelativeSpec("week", -1),
    "la semaine prochaine": RelativeSpec("week", 1),
    "la semaine qui vient": RelativeSpec("week", 1),
    "la semaine qui arrive": RelativeSpec("week", 1),
    "la semaine à venir": RelativeSpec("week", 1),
    # A part of a week keeps week precision: "en fin de semaine dernière".
    "en début de semaine": RelativeSpec("week", 0),
    "au début de la semaine": RelativeSpec("week", 0),
    "depuis le début de la semaine": RelativeSpec("week", 0),
    "au début de la semaine dernière": RelativeSpec("week", -1),
    "au début de la semaine prochaine": RelativeSpec("week", 1),
    "à la fin de la semaine": RelativeSpec("week", 0),
    "à la fin de la semaine dernière": RelativeSpec("week", -1),
    "à la fin de la semaine prochaine": RelativeSpec("week", 1),
    # The weekend in Québec, the end of the working week in France: either way the tense
    # tells whether it is the one gone ("l'ouragan qui a frappé en fin de semaine", told on
    # Tuesday) or the coming one.
    "en fin de semaine": RelativeSpec("week", 0, weekend=True),
    "en milieu de semaine": RelativeSpec("week", 0),
    "en ce début de semaine": RelativeSpec("week", 0),
    "dans la semaine": RelativeSpec("week", 0),
    "en ce milieu de semaine": RelativeSpec("week", 0),
    "en cette fin de semaine": RelativeSpec("week", 0, weekend=True),
    "en début de semaine dernière": RelativeSpec("week", -1),
    "en fin de semaine dernière": RelativeSpec("week", -1),
    "la fin de semaine dernière": RelativeSpec("week", -1),
    "la fin de semaine prochaine": RelativeSpec("week", 1),
    "en début de semaine prochaine": RelativeSpec("week", 1),
    "en fin de semaine prochaine": RelativeSpec("week", 1),
    "ce week-end": RelativeSpec("week", 0, weekend=True),
    "ce week end": RelativeSpec("week", 0, weekend=True),
    "ce weekend": RelativeSpec("week", 0, weekend=True),
    "durant le week-end": RelativeSpec("week", 0, weekend=True),
    "pendant le week-end": RelativeSpec("week", 0, weekend=True),
    "le week-end dernier": RelativeSpec("week", -1, weekend=True),
    # "écoulé": the one just gone.
    "le week-end écoulé": RelativeSpec("week", -1, weekend=True),
    "la semaine écoulée": RelativeSpec("week", -1),
    # "La semaine qui vient de s'écouler a été marquée par ...": the one just gone.
    "la semaine qui vient de s'écouler": RelativeSpec("week", -1),
    "la semaine qui vient de passer": RelativeSpec("week", -1),
    "le mois qui vient de s'écouler": RelativeSpec("month", -1),
    "le mois qui vient de passer": RelativeSpec("month", -1),
    "l'année qui vient de s'écouler": RelativeSpec("year", -1),
    "le mois écoulé": RelativeSpec("month", -1),
    "l'année écoulée": RelativeSpec("year", -1),
    "le week-end prochain": RelativeSpec("week", 1, weekend=True),
    "ce mois-ci": RelativeSpec("month", 0),
    "le mois dernier": RelativeSpec("month", -1),
    "le mois passé": RelativeSpec("month", -1),
    "le mois prochain": RelativeSpec("month", 1),
    # "lors des élections du mois dernier": "de" + "le mois dernier".
    "du mois dernier": RelativeSpec("month", -1),
    "du mois passé": RelativeSpec("month", -1),
    "du mois prochain": RelativeSpec("month", 1),
    "le mois qui vient": RelativeSpec("month", 1),
    "le mois à venir": RelativeSpec("month", 1),
    "ce trimestre": RelativeSpec("quarter", 0),
    "le trimestre dernier": RelativeSpec("quarter", -1),
    "le trimestre prochain": RelativeSpec("quarter", 1),
    "cette année": RelativeSpec("year", 0),
    "l'an dernier": RelativeSpec("year", -1),
    # The same time a year back: that month.
    "à la même époque l'an dernier": RelativeSpec("month", -12),
    "à la même période l'an dernier": RelativeSpec("month", -12),
    "à la même époque l'année dernière": RelativeSpec("month", -12),
    "à pareille époque l'an dernier": RelativeSpec("month", -12),
    "l'an passé": RelativeSpec("year", -1),
    "l'an prochain": RelativeSpec("year", 1),
    "l'année dernière": RelativeSpec("year", -1),
    "l'année passée": RelativeSpec("year", -1),
    "l'année prochaine": RelativeSpec("year", 1),
    # The start or the end of a month or a year keeps the precision of the month or the year.
    # Unmarked, it is the one a past story tells of, else the present one ("current").
    "la fin de l'année": RelativeSpec("year", 0, "current"),
    "le début de l'année": RelativeSpec("year", 0, "current"),
    "en fin d'année": RelativeSpec("year", 0, "current"),
    "en début d'année": RelativeSpec("year", 0, "current"),
    "la fin du mois": RelativeSpec("month", 0, "current"),
    "le début du mois": RelativeSpec("month", 0, "current"),
    "en fin de mois": RelativeSpec("month", 0, "current"),
    "en début de mois": RelativeSpec("month", 0, "current"),
    "la fin de cette année": RelativeSpec("year", 0),
    "le début de cette année": RelativeSpec("year", 0),
    "en ce début d'année": RelativeSpec("year", 0),
    "en cette fin d'année": RelativeSpec("year", 0),
    "en ce début de mois": RelativeSpec("month", 0),
    "en cette fin de mois": RelativeSpec("month", 0),
    "la fin de l'année dernière": RelativeSpec("year", -1),
    "le début de l'année dernière": RelativeSpec("year", -1),
    "la fin de l'année prochaine": RelativeSpec("year", 1),
    "le début de l'année prochaine": RelativeSpec("year", 1),
    "la fin du mois dernier": RelativeSpec("month", -1),
    "le début du mois dernier": RelativeSpec("month", -1),
    "la fin du mois prochain": RelativeSpec("month", 1),
    "le début du mois prochain": RelativeSpec("month", 1),
    # Anaphoric: relative to the date in focus, not to the publication date.
    "la veille": RelativeSpec("day", -1, "focus"),
    "cette semaine-là": RelativeSpec("week", 0, "focus"),
    "ce week-end-là": RelativeSpec("week", 0, "focus"),
    "le même week-end": RelativeSpec("week", 0, "focus"),
    "ce mois-là": RelativeSpec("month", 0, "focus"),
    "le même mois": RelativeSpec("month", 0, "focus"),
    "à la fin du même mois": RelativeSpec("month", 0, "focus"),
    "au début du même mois": RelativeSpec("month", 0, "focus"),
    "dans quelques heures": RelativeSpec("day", 0),
    "l'avant-veille": RelativeSpec("day", -2, "focus"),
    "le lendemain": RelativeSpec("day", 1, "focus"),
    "au lendemain": RelativeSpec("day", 1, "focus"),  # "au lendemain de l'annonce de sa mort"
    "le surlendemain": RelativeSpec("day", 2, "focus"),
    "le même jour": RelativeSpec("day", 0, "focus"),
    "le jour même": RelativeSpec("day", 0, "focus"),
    "ce jour-là": RelativeSpec("day", 0, "focus"),
    "le matin même": RelativeSpec("day", 0, "focus"),
    "le soir même": RelativeSpec("day", 0, "focus"),
    "le même soir": RelativeSpec("day", 0, "focus"),
    "le même matin": RelativeSpec("day", 0, "focus"),
    "la même nuit": RelativeSpec("day", 0, "focus"),
    "la même soirée": RelativeSpec("day", 0, "focus"),
    "ce matin-là": RelativeSpec("day", 0, "focus"),
    "ce soir-là": RelativeSpec("day", 0, "focus"),
    "cet après-midi-là": RelativeSpec("day", 0, "focus"),
    "cette nuit-là": RelativeSpec("day", 0, "focus"),
    "plus tôt dans la journée": RelativeSpec("day", 0, "focus"),
    "plus tôt dans la soirée": RelativeSpec("day", 0, "focus"),
    "plus tard dans la soirée": RelativeSpec("day", 0, "focus"),
    "plus tôt dans la matinée": RelativeSpec("day", 0, "focus"),
    "plus tard dans la matinée": RelativeSpec("day", 0, "focus"),
    "plus tard dans la journée": RelativeSpec("day", 0, "focus"),
    "auparavant dans la journée": RelativeSpec("day", 0, "focus"),
    # The part of the day in focus: "Dans la soirée, le Premier ministre a reçu ...".
    "en milieu de semaine prochaine": RelativeSpec("week", 1),
    "dans la soirée": RelativeSpec("day", 0, "focus"),
    "dans la matinée": RelativeSpec("day", 0, "focus"),
    "dans l'après-midi": RelativeSpec("day", 0, "focus"),
    "la semaine suivante": RelativeSpec("week", 1, "focus"),
    "la semaine précédente": RelativeSpec("week", -1, "focus"),
    "le mois suivant": RelativeSpec("month", 1, "focus"),
    "le mois précédent": RelativeSpec("month", -1, "focus"),
    "l'année suivante": RelativeSpec("year", 1, "focus"),
    "l'année précédente": RelativeSpec("year", -1, "focus"),
    "cette année-là": RelativeSpec("year", 0, "focus"),
    "la même année": RelativeSpec("year", 0, "focus"),
}

# --- Pattern pieces ----------------------------------------------------------------------------

# Right after a day's number the full stop may fall ("Lundi 15 janv : Sénégal vs Gambie"), but
# not for "sept", a number too.
_MONTH = (
    rf"(?:{words(MONTHS)}|(?:{words(MONTH_ABBREVIATIONS)})\."
    rf"|(?<=\d[ \u00a0])(?:{words(set(MONTH_ABBREVIATIONS) - {'sept'})})(?![\w.]))"
)
_WEEKDAY = words(WEEKDAYS)
_DAY_NUMBER = r"(?:1er|premier|[12]\d|3[01]|0?[1-9])(?!\d)"
# Recurring happenings the press names with their year ("la Coupe du monde 2026").
_RECURRING_EVENT = (
    r"(?:Coupe\s+du\s+[Mm]onde|Mondial|Euro|Jeux\s+[Oo]lympiques|JO|Jeux\s+[Pp]aralympiques"
    r"|Tour\s+de\s+France|Giro|Vuelta|Festival\s+(?:de|d['’])\s*[A-ZÀ-Ý][\w-]+|Mondiaux"
    r"|Championnats?\s+(?:du\s+[Mm]onde|d['’]Europe)|Coupe\s+d['’]Afrique\s+des\s+[Nn]ations"
    r"|CAN|Roland-Garros|Grand\s+Prix\s+(?:de|d['’])\s*[A-ZÀ-Ý][\w-]+"
    r"|Tournoi\s+des\s+[Ss]ix\s+[Nn]ations|César|Victoires\s+de\s+la\s+[Mm]usique|Mostra"
    r"|Biennale|Fête\s+de\s+la\s+[Mm]usique|Francofolies|Vieilles\s+Charrues|Gold\s+Cup"
    r"|Coupe\s+de\s+France|Coupe\s+d['’]Europe|Jeux\s+[Aa]fricains|Jeux\s+de\s+la\s+Francophonie)"
)
_NUMBER = rf"(?:\d+|{words(NUMBERS)})"
_VAGUE = words(dict.fromkeys(VAGUE_NUMBERS))
_DIRECTION = (
    r"(?:derniers|dernières|dernier|dernière|passés|passées|passé|passée|prochains|prochaines"
    r"|prochain|prochaine)"
    # "ce mardi 31 janvier dernier jour du mercato": the noun's, no direction
    r"(?!\s+(?:jours?|délai|match|tour|acte|épisode|volet|étape|rendez-vous)\b)"
)
_PART_OF_DAY = (
    r"(?:\s+(?:matin|midi|après-midi|soir|soirée|dans\s+la\s+(?:matinée|soirée|journée|nuit)"
    r"|en\s+(?:début|fin)\s+(?:de\s+matinée|d['’]après-midi|de\s+soirée|de\s+journée)))?"
)
_TIME_OF_DAY = r"(?:\s+(?:à|vers)\s+\d{1,2}\s?h(?:\s?\d\d)?)?"
_CLOCK = r"(?:à\s+)?\d{1,2}\s?[hH](?:\s?\d\d)?"
_TIMED = re.compile(r"\d|matin|midi|soir|nuit|journée", re.IGNORECASE)
_B = r"(?<![\w-])"  # word start: no letter, digit or hyphen before
_E = r"(?![\w])"
_MONTH_PREFIX = (
    r"(?P<part>en|dès|depuis|d['’]ici|jusqu['’](?:en|à)|courant|avant|après|pour"
    # "un mois d'août stable": this year's August, told by its kind ("le record pour un mois
    # de juillet", "comme un mois d'août normal": any July, any August)
    r"|(?:le\s+|au\s+|(?<!pour\s)(?<!comme\s)un\s+)?mois\s+d(?:e\s+|['’])"
    r"|à\s+partir\s+d(?:e\s+|['’])"
    # "durant la première quinzaine de juillet": half a month, told at the month's precision
    r"|(?:la\s+)?(?:première|1(?:è|e)?re|seconde|deuxième|2e|dernière)\s+quinzaine\s+d(?:e\s+|['’])"
    r"|(?:à\s+la\s+|la\s+)?mi-|(?:(?:à\s+)?la\s+)?fin(?:\s+d(?:e\s+|['’]))?"
    r"|(?:au\s+|le\s+)?début(?:\s+d(?:e\s+|['’]))?)\s*"
)
_ENUMERATED = rf"\s*,\s*(?:(?:{_WEEKDAY})\s+)?{_DAY_NUMBER}"
# "de l'année" alone, after a part of it ("le premier trimestre de l'année"): the story's year
# or this one, not "l'année 2023", "l'année dernière", "l'année en cours".
_THE_YEAR = rf"(?P<cur>l['’]année)(?!\s+(?:\d|{_DIRECTION}|précédente|suivante|en\s+cours))"
_YEAR_PREFIX = (
    r"(?P<part>en|dès|depuis|d['’]ici(?:\s+à)?|jusqu['’](?:en|à)|courant|avant|après|pour|de|d['’]"
    r"|l['’]an|l['’]année|année|au\s+cours\s+de\s+l['’]année|à\s+partir\s+d(?:e\s+|['’])"
    r"|(?:de\s+)?l['’]exercice|exercice|(?:à\s+)?l['’]horizon"
    r"|(?:à\s+la\s+|la\s+)?mi-|(?:(?:à\s+)?la\s+)?fin(?:\s+d(?:e\s+|['’]))?"
    r"|(?:au\s+|le\s+)?début(?:\s+d(?:e\s+|['’]))?)\s*"
)

# Words before a number that make it a quantity ("plus de 2000"), and after it a unit.
_QUANTITY_BEFORE = frozenset(
    [
        "plus",
        "moins",
        "près",
        "environ",
        "quelque",
        "quelques",
        "sur",
        "à",
        "chaque",
        "les",
        "des",
        "ces",
        "nos",
        "vos",
        "leurs",
        "mesure",
        "mesures",
        "numéro",
        "n°",
        "no",
        "art",
        "article",
        "page",
        "pages",
        "score",
    ]
)
_QUANTITY_AFTER = re.compile(
    r"(?:[%€$£]|euros?|dollars?|francs?|livres?|habitants?|personnes?|morts?|victimes?|"
    r"salariés?|emplois?|postes?|voix|votes?|mètres?|km|kilomètres?|kilos?|tonnes?|"
    r"litres?|exemplaires?|points?|places?|pages?|vues|abonnés?|utilisateurs?|élèves?|"
    r"soldats?|manifestants?|participants?|spectateurs?|cas|fois|ans|mois|jours|heures|"
    r"minutes|milliards?|millions?|mille|m|kg|km/h|"
    # Units of measure: "la bande des 1800 MHz", "une centrale de 2000 MW".
    r"hz|khz|mhz|ghz|kw|mw|gw|kwh|mwh|gwh|cm|mm|hectares?|ha|"
    # Currencies by their codes ("d'une valeur de 2078 MD", "1500 FCFA", "2000 DH").
    r"dinars?|dirhams?|md|mdt|mdh|dh|dt|fcfa|cfa|chf|usd|eur|gnf|xof|xaf|mad|tnd|dzd)$",
    re.IGNORECASE,
)


# Texts named after their year: "la loi de 1905" names a law, it dates nothing of the article.
NAMED_BY_YEAR = frozenset(
    [
        "loi",
        "lois",
        "traité",
        "accord",
        "accords",
        "constitution",
        "convention",
        "pacte",
        "décret",
        "ordonnance",
        "code",
        "charte",
        "édit",
        "concordat",
    ]
)


# "la loi de 1905", "la loi Travail de 2016", "les accords de Paris de 2015".
_NAMED_TEXT = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(NAMED_BY_YEAR)})(?:\s+(?:de\s+)?[A-ZÀ-Ý][\w'’-]*){{0,2}}\s*$"
)


def _year_is_date(text: str, match: re.Match) -> bool:
    """ "en 2024" is a date; "plus de 2000 personnes", "2024 habitants", "COP 28" and "la loi
    de 1905" are not."""
    year_end = match.end("y") if "y" in match.re.groupindex else match.end()
    # "plus de 2000", "près de 2000": the word before the preposition tells a quantity ("de
    # moins d'ici à 2030" is a date).
    prefix = key(match.group("part") or "") if "part" in match.re.groupindex else ""
    before = preceding_words(text, match.start(), 1)
    # Not before a named happening: "sur le Giro 2023" names the race, no quantity.
    named = "y" in match.re.groupindex and any(
        char.isupper() for char in text[match.start() : match.start("y")]
    )
    if before and before[-1] in _QUANTITY_BEFORE and prefix in {"", "de", "d'"} and not named:
        return False
    if prefix in {"de", "d'"} and _NAMED_TEXT.search(
        text[max(0, match.start() - 60) : match.start()]
    ):
        return False
    after = following_word(text, year_end)
    if _HONORIFIC_AFTER.match(text, year_end):
        return True  # "en 2018 M. Legault a réussi": "M." before a name is no metre
    return not _QUANTITY_AFTER.match(after)


_HONORIFIC_AFTER = re.compile(r"\s+M\.\s+[A-ZÀ-Ý]")


# Words opening a list of years: "après leurs succès en 1995, 2001 et 2009".
_LIST_HEADS = r"(?i:en|depuis|de|après|avant)"  # "après 2016 et 2018"


# Words before a bare span of years that make it a period ("de 2019-2020", "sur 2021-2026");
# after a noun it is a label ("le plan vélo 2021-2026", "la saison 2022-2023").
_SPAN_PREPOSITIONS = frozenset(["de", "d'", "en", "sur", "pour", "depuis", "entre", "période"])


def _span_is_date(text: str, match: re.Match) -> bool:
    if (
        text[match.start() - 1 : match.start()] == "("
        and text[match.end() : match.end() + 1] == ")"
    ):
        return True  # "ministre du Travail (1988-1991)": a tenure
    before = preceding_words(text, match.start(), 1)
    return bool(before) and before[-1] in _SPAN_PREPOSITIONS


def _range_is_date(text: str, match: re.Match) -> bool:
    """ "entre 1163 et 1345" spans years; "entre 1500 et 2000 manifestants" counts; "celles de
    2012 et 2015" lists two."""
    if int(match.group("y1")) >= int(match.group("y2")):
        return False
    if re.match(r"(?i)de\s.*\set\s", match.group(0)):
        return False
    before = preceding_words(text, match.start(), 1)
    if before and before[-1] in _QUANTITY_BEFORE:
        return False
    return not _QUANTITY_AFTER.match(following_word(text, match.end()))


def _consecutive_or_bounded(text: str, match: re.Match) -> bool:
    """ "du 3 au 5 mars", "les 4 et 5 mars" and enumerations are one span; "des 15 et 29 mars"
    and "les 30 juin et 7 juillet" are two days."""
    if match.group(0).lower().startswith("entre"):
        return True  # "entre les 6 et 8 février": bounds
    if "," in match.group(0) or not re.search(
        r"(?i)\set(?:\s+le)?\s+(?:\w+\s+)?\d", match.group(0)
    ):
        return True
    first, last = _day_value(match.group("d1")), _day_value(match.group("d2"))
    if re.match(r"(?i)le\s", match.group(0)):
        # "le 16 et le 17 février" is one span; "le 19 août et le 26 août" two days.
        return match.group("m1") is None and last - first == 1
    if match.group("m1") is not None:
        # "les 30 juin et 1er juillet" run on; "les 30 juin et 7 juillet" are two days.
        return last == 1 and first >= 28
    return last - first <= 1


def _days_rising(text: str, match: re.Match) -> bool:
    """ "27, 28 et 29 avril": listed days, each after the one before (not scores or counts)."""
    days = [_day_value(day) for day in re.findall(r"\d+|1er|premier", match.group(0).lower())]
    days = days[: -1 if match.group("y2") else None]
    return all(a < b for a, b in itertools.pairwise(days))


def _day_value(text: str) -> int:
    return 1 if text.lower() in {"1er", "premier"} else int(text)


def _not_habitual(text: str, match: re.Match) -> bool:
    """ "le lundi" or "les lundis" is a habit, "un mardi" any Tuesday (or one restating a date:
    "le 15 mai, un mardi"); "Vendredi Saint" or « Dimanche Noir » a name."""
    before = preceding_words(text, match.start(), 6)
    counted = ("dir" in match.re.groupindex and match.group("dir")) or re.match(
        r"\s+(?:précédent|suivant)\b", text[match.end() :]
    )
    if (
        before
        and before[-1] in {"le", "les", "chaque", "tous", "un"}
        and not (before[-1] == "le" and counted)
    ):
        return False  # but "le mercredi précédent", "le lundi suivant": one day
    listed = len(before)
    while listed > 0 and (before[listed - 1] in WEEKDAYS or before[listed - 1] in {"et", "ou"}):
        listed -= 1
    if 0 < listed < len(before) and before[listed - 1] in {"le", "les", "chaque", "tous"}:
        return False  # "prévus les vendredi et samedi": every one of them
    before = before[-2:]
    if (
        len(before) == 2
        and before[-1] == "du"
        and before[0].isalpha()
        and before[0].islower()
        and before[0] not in _TIME_NOUNS
        and before[0] not in {"celle", "celles", "celui", "ceux", "et", "ou"}
        and match.group(0) == match.group("wd")
        and not re.match(r"\s+(?:au|\d)", text[match.end() :])
    ):
        return False  # "la prière du vendredi", "le marché du samedi": every week
    if _ORDINAL_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False  # "le deuxième mardi ou mercredi de septembre": one in a month, any year
    return not _starts_a_title(text, match)


_ORDINAL_BEFORE = re.compile(
    r"(?i:\b(?:premier|première|deuxième|second|seconde|troisième|quatrième|\d+e)\s+"
    r"(?:[a-zé]+\s+(?:ou|et)\s+)?)$"
)


# Nouns before "du" + weekday that name that day's time, not a weekly thing ("la nuit du
# vendredi au samedi", "dans la soirée du mardi").
_TIME_NOUNS = frozenset(
    ["nuit", "soirée", "soir", "matinée", "matin", "journée", "après-midi", "midi", "aube", "fin"]
)


def _starts_a_title(text: str, match: re.Match) -> bool:
    """A weekday inside a name: right after a quote, or capitalised and followed by a
    capitalised word ("Vendredi Saint"); "a déclaré mardi soir Emmanuel Macron" is a date."""
    if match.start() > 0 and text[match.start() - 1] in "«\"“'‘":
        # «Vendredi Noir», «Dimanche»: a name; '"Vendredi, samedi et dimanche, ...' a date.
        return bool(re.match(r"\s*[»\"”’']|[ \t]+[A-ZÀ-Ý]", text[match.end() :]))
    weekday = match.group("wd") if "wd" in match.re.groupindex else match.group()
    if weekday[:1].islower():
        return False
    after = re.match(r"[ \t]+([A-ZÀ-Ý]\w*)", text[match.end() :])  # a name holds on one line
    return bool(after) and after.group(1).lower() not in MONTHS


def _names_a_thing(text: str, match: re.Match) -> bool:
    """French writes months in lower case: a capitalised one after a noun names a thing ("le
    rover de la mission Mars 2020")."""
    if not match.group("m")[:1].isupper() or match.group("part"):
        return False
    start = match.start("m")
    before = preceding_words(text, start, 1)
    if not before or re.search(r"[.!?:;\n«\"(]\s*$", text[max(0, start - 3) : start]):
        return False
    return before[-1].isalpha() and before[-1].islower() and before[-1] not in _SMALL_WORDS


# Words a date written with a capital may follow: "de Mars 2020" may be sloppy for "de mars".
_SMALL_WORDS = frozenset(
    ["de", "d'", "du", "à", "au", "le", "la", "les", "et", "ou", "fin", "début"]
)


def _month_has_context(text: str, match: re.Match) -> bool:
    """A month alone needs a preposition before it or "dernier"/"prochain" after it; a
    capitalised one inside a sentence is a name ("une planète après Mars")."""
    start = match.start("m")
    opening = start == 0 or re.search(r"[.!?:\n«\"]\s*$", text[max(0, start - 3) : start])
    part = match.group("part")
    if match.group("m")[:1].isupper() and not opening and not (part and part[:1].isupper()):
        return False
    if (
        part
        and "mois" in part.lower()
        and re.search(r"(?i)\bun\s+$", text[max(0, match.start() - 6) : match.start()])
    ):
        return False  # "le record pour un mois de juillet": any July, not "un en juillet"
    return match.group("part") is not None or match.group("dir") is not None


def _not_holidays_around(text: str, match: re.Match) -> bool:
    """ "les congés scolaires de la Toussaint", "le pont de l'Ascension": the holidays around a
    feast, no day."""
    return not _HOLIDAYS_AROUND.search(text, max(0, match.start() - 30), match.start())


_HOLIDAYS_AROUND = re.compile(
    r"(?i:\b(?:vacances|congés|pont|week-end|trêve)(?:\s+[a-zé]+)?\s+d[eu]\s+)$"
)


# Happenings a month may name ("les municipales de mars", "le conseil européen de juin").
def _month_of_a_happening(text: str, match: re.Match) -> bool:
    """ "les municipales de mars", and with an adjective between: "les exportations horlogères
    de septembre" (not "la grève du 5 et de mai"), "l'épisode de novembre"."""
    before = [re.sub(r"^[ld]'", "", word) for word in preceding_words(text, match.start(), 2)]
    if before and before[-1] in _HAPPENING_NOUNS:
        return True
    return len(before) == 2 and before[0] in _HAPPENING_NOUNS and before[1] not in _NOT_ADJECTIVES


_NOT_ADJECTIVES = frozenset(["et", "ou", "mois", "fin", "début", "mi", "milieu", "courant"])
_HAPPENING_NOUNS = frozenset(
    [
        "élection",
        "élections",
        "municipales",
        "législatives",
        "présidentielle",
        "européennes",
        "sénatoriales",
        "régionales",
        "cantonales",
        "départementales",
        "scrutin",
        "référendum",
        "sommet",
        "réunion",
        "audience",
        "procès",
        "session",
        "congrès",
        "conseil",
        "grève",
        "manifestation",
        "mobilisation",
        "vote",
        "remaniement",
        "rentrée",
        # "l'épisode de novembre et celui de janvier": a happening told before.
        "épisode",
        "épisodes",
        "celui",
        "celle",
        "ceux",
        "celles",
        # Disasters and weather: "les inondations de juillet", "les fortes chaleurs de
        # septembre".
        "inondation",
        "inondations",
        "crue",
        "crues",
        "canicule",
        "canicules",
        "chaleurs",
        "tempête",
        "tempêtes",
        "orages",
        "intempéries",
        "incendie",
        "incendies",
        "séisme",
        "attentat",
        "attentats",
        "émeutes",
        "sécheresse",
        "sécheresses",
        "gel",
        "gelées",
        "pluies",
        "neiges",
        "grêle",
        "froid",
        "temps",  # "le mauvais temps de juillet"
        # Figures of a month: "les exportations horlogères de septembre", "les ventes de mai".
        "exportations",
        "importations",
        "ventes",
        "immatriculations",
        "chiffres",
        "statistiques",
    ]
)


# "composer le 15", "appeler le 17", "le numéro 15", "les patients orientés par le 15": an
# emergency number, no day.
_DIALLED = re.compile(
    r"(?i:\b(?:compos\w*|appel\w*|fai(?:re|tes|t)|contact\w*|joindre|numéro|tél\w*|"
    r"(?:orient|régul|adress)\w*\s+par|passer\s+par|via)\s+)$"
)


def _after_a_bracketed_date(text: str, match: re.Match) -> bool:
    """ "(9)" is a day only in a sentence that has already bracketed a full date ("Marie-Mai
    (8 juillet), Ludovick Bourgeois (9)")."""
    start, _ = sentence_around(text, match.start(), match.end())
    return bool(re.search(rf"\(\s*{_DAY_NUMBER}\s+{_MONTH}", text[start : match.start()], re.I))


def _offset_is_anaphoric(text: str, match: re.Match) -> bool:
    """ "deux jours après" ends a clause; "deux jours après l'attaque" names its own anchor;
    "au plus tard 48 heures avant" is a notice a rule requires, no date."""
    if _BOUND_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return False
    if following_word(text, match.end()) in {"que", "qu"}:
        return False  # "cinq semaines plus tôt que la saison dernière": a comparison
    if match.group("dir").startswith("plus"):
        return True  # "cinq heures plus tard l'alerte était lancée": no complement to take
    word = following_word(text, match.end())
    # "quelques minutes après l'annonce": its own anchor.
    return word not in _OWN_ANCHOR_OPENERS and not word.startswith("l'")


# Words opening the complement that names an offset's own anchor: "deux jours après l'attaque",
# "trois jours avant une demi-finale".
_OWN_ANCHOR_OPENERS = frozenset(
    ["le", "la", "l", "les", "sa", "son", "ses", "un", "une", "des", "du", "ce", "cette", "leur"]
)


_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:au\s+plus\s+tard|au\s+moins|au\s+minimum)"
    # "trois à quatre jours plus tard": a range of counts, no one day
    r"|\b(?:\d+|[a-zé]+)\s*(?:à|ou|-|–)\s*)\s*$"
)


_F = re.IGNORECASE


def _whole_week(text: str, match: re.Match) -> bool:
    """ "la semaine du 12 au 18 décembre" spans seven days: a week; "cette semaine du 7 au 11
    mai" names its working days, which the span of days tells better."""
    if match.group("d2") is None:
        return True
    first, last = (int(re.sub(r"\D", "", match.group(g)) or 1) for g in ("d", "d2"))
    return last - first == 6


def _rule(name: str, kind: str, pattern: str, accept=None) -> Rule:
    return Rule(name, kind, re.compile(pattern, _F), accept)


# Fêtes à date fixe; "Noël" seul est une période plus souvent qu'un jour.
HOLIDAYS = {
    "la veille de noël": (12, 24),
    "le réveillon de noël": (12, 24),
    "le jour de noël": (12, 25),
    "le lendemain de noël": (12, 26),
    "au lendemain de noël": (12, 26),
    "la saint-sylvestre": (12, 31),
    "la nuit du nouvel an": (12, 31),
    "la nuit de la saint-sylvestre": (12, 31),
    "le réveillon du nouvel an": (12, 31),
    "le jour de l'an": (1, 1),
    "la saint-valentin": (2, 14),
    "l'épiphanie": (1, 6),
    "la chandeleur": (2, 2),
    "la journée internationale des droits des femmes": (3, 8),
    "la journée internationale des femmes": (3, 8),
    "la fête du travail": (5, 1),
    "la fête de la musique": (6, 21),
    "l'assomption": (8, 15),
    "halloween": (10, 31),
    "la toussaint": (11, 1),
    "le jour de la toussaint": (11, 1),
    # Fêtes mobiles : leurs jours après le dimanche de Pâques.
    "mardi gras": (-47,),
    "mercredi des cendres": (-46,),
    "dimanche des rameaux": (-7,),
    "jeudi saint": (-3,),
    "vendredi saint": (-2,),
    "samedi saint": (-1,),
    "dimanche de pâques": (0,),
    "lundi de pâques": (1,),
    "jeudi de l'ascension": (39,),
    "dimanche de pentecôte": (49,),
    "la pentecôte": (49,),
    "lundi de pentecôte": (50,),
}

RULES = LanguageRules(
    code="fr",
    months={**ENGLISH_MONTHS, **MONTHS, **MONTH_ABBREVIATIONS},
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    units=UNITS,
    relatives=RELATIVES,
    parts=PARTS,
    directions=DIRECTIONS,
    ordinals=ORDINALS,
    seasons=SEASONS,
    holidays=HOLIDAYS,
    day_first=True,
    vague_numbers=VAGUE_NUMBERS,
    year_link=re.compile(r",?\s+(?:de\s+|d['’])?"),
    habit=re.compile(
        r"(?i:(?<![\w-])(?:chaque|tous\s+les|toutes\s+les)"
        r"(?:\s+(?:premier|première|deuxième|troisième|dernier|dernière)s?)?)\s+$"
    ),
    rules=(
        # Ranges first: "du 3 au 5 mars 2020", "entre le 3 et le 5 mars", "les 9 et 10 août".
        _rule(
            "day_range",
            "range",
            rf"{_B}(?:(?:du|de|entre\s+les?|les|des|le)\s+(?:(?P<wd1>{_WEEKDAY})\s+)?|"
            # "mercredi 27 et jeudi 28 mai": two weekdays with their days.
            rf"(?=(?:{_WEEKDAY})\s+{_DAY_NUMBER}\s+et\s+(?:{_WEEKDAY})\s)(?P<wd0>{_WEEKDAY})\s+)"
            rf"(?P<d1>{_DAY_NUMBER})"
            # An enumeration of three days or more runs from its first day to its last, as
            # press gold reads it: "les mardi 5, mercredi 6, mardi 12 et mercredi 13 mars",
            # "les 29, 30 juin et 1er juillet 2020".
            rf"(?:(?:{_ENUMERATED})*\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{YEAR}))?|(?:{_ENUMERATED})*)"
            # A few words may qualify the first point: "du 27 octobre après la classe jusqu'au
            # 11 novembre".
            rf"(?:\s+(?:(?:après|avant)\s+[\w'’]+(?:\s+[\w'’]+)?|au\s+soir|au\s+matin"
            # or a time: "du mercredi 25 janvier 2023 à partir de 19 heures au jeudi 2 février".
            rf"|(?:à\s+partir\s+de\s+|dès\s+|à\s+)?\d{{1,2}}\s?h(?:eures?)?(?:\s?\d\d)?))?"
            rf"\s+(?:au|jusqu['’]au|et(?:\s+le)?)\s+"
            rf"(?:(?P<wd2>{_WEEKDAY})\s+)?(?P<d2>{_DAY_NUMBER})\s+(?P<m2>{_MONTH})"
            rf"(?:\s+(?P<y2>{YEAR}))?(?:\s+(?P<dir2>{_DIRECTION}))?{_E}",
            _consecutive_or_bounded,
        ),
        # "les 27-28 mai", "(27-28 avril)".
        _rule(
            "day_range_dash",
            "range",
            rf"{_B}(?:(?:du|les|des)\s+)?(?P<d1>{_DAY_NUMBER})\s?[-–]\s?(?P<d2>{_DAY_NUMBER})\s+"
            rf"(?P<m2>{_MONTH})(?:\s+(?P<y2>{YEAR}))?(?:\s+(?P<dir2>{_DIRECTION}))?{_E}",
        ),
        # An enumeration without its "les": "27, 28 et 29 avril, 3 nuits de gel intense".
        _rule(
            "day_range",
            "range",
            rf"{_B}(?P<d1>{_DAY_NUMBER})(?:{_ENUMERATED})+\s+et\s+(?:(?P<wd2>{_WEEKDAY})\s+)?"
            rf"(?P<d2>{_DAY_NUMBER})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>{YEAR}))?{_E}",
            _days_rising,
        ),
        # Without its "du": "(19 au 27 août)", "sur la période 19 au 25 mai 2014".
        _rule(
            "day_range_bare",
            "range",
            rf"{_B}(?P<d1>{_DAY_NUMBER})\s+au\s+(?P<d2>{_DAY_NUMBER})\s+"
            rf"(?P<m2>{_MONTH})(?:\s+(?P<y2>{YEAR}))?{_E}",
            lambda text, match: _day_value(match.group("d1")) < _day_value(match.group("d2")),
        ),
        # Two days apart are two dates, the first in the month that closes the pair: "des 15 et
        # 29 mars" (two days running are one span, above).
        # A day of the month in focus: "Mezerg proposera, le 10, un concert", "(8 juillet),
        # Ludovick Bourgeois (9)". The pipeline gives it the focus's month, or drops it.
        _rule(
            "bare_day",
            "calendar",
            r"(?<![\w'’])[Ll]e\s+(?P<d>1er|[12]\d|3[01]|0?[1-9])"
            # "le 24 à l'Arena de Montpellier, le 30 à Bordeaux": a place may follow.
            r"(?=\s*[,;)]|\s*\.(?!\d)|\s+et\s+le\s|\s+(?:à|au)\s+(?![\d\s]))",
            lambda text, match: (
                not _DIALLED.search(text, max(0, match.start() - 30), match.start())
            ),
        ),
        # After a preposition of time, a day of the month in focus with a place or a medium
        # after it: "dès le 2 août dans les Pyrénées-Orientales, dès le 16 en Gironde", "en
        # direct le 10 février et en différé à partir du 11 sur le site".
        _rule(
            "bare_day",
            "calendar",
            r"(?<![\w'’])(?i:dès\s+le|à\s+partir\s+du|depuis\s+le|jusqu['’]au)"
            r"\s+(?P<d>1er|[12]\d|3[01]|0?[1-9])"
            r"(?=\s+(?:en|sur|dans|pour|chez|avec|aux?)\s+(?![\d\s]))",
        ),
        # "le 22 du même mois": the month in focus, said so.
        _rule(
            "bare_day",
            "calendar",
            r"(?<![\w'’])[Ll]e\s+(?P<d>1er|[12]\d|3[01]|0?[1-9])\s+du\s+même\s+mois\b",
        ),
        _rule(
            "bare_day",
            "calendar",
            r"\((?P<d>[12]\d|3[01]|0?[1-9])\)(?=\s*[,;.]|\s+(?:et|à|au)\s)",
            _after_a_bracketed_date,
        ),
        _rule(
            "enumerated_day",
            "calendar",
            rf"{_B}(?:(?P<wd>{_WEEKDAY})\s+)?(?P<d>{_DAY_NUMBER})"
            rf"(?=\s+et\s+(?:(?:{_WEEKDAY})\s+)?{_DAY_NUMBER}\s+(?P<m>{_MONTH})"
            rf"(?:\s+(?P<y>{YEAR}))?{_E})",
        ),
        # Two days running: "vendredi et samedi", "de lundi à 19h jusqu'à jeudi".
        _rule(
            "weekday_pair",
            "range",
            rf"{_B}(?:de\s+)?(?P<wd1>{_WEEKDAY})(?:\s+(?:à\s+)?\d{{1,2}}\s?h(?:\s?\d\d)?)?"
            rf"\s+(?:et|jusqu['’](?:à|au))\s+(?:\d{{1,2}}\s?h(?:\s?\d\d)?\s+)?(?P<wd2>{_WEEKDAY})"
            rf"(?!\s+{_DAY_NUMBER}){_E}",
            lambda text, match: _not_habitual(text, match),
        ),
        # A span between two weekdays with a time or a part of day at an end: "de 15h vendredi
        # à samedi matin"; "du lundi au vendredi" alone is a habit.
        _rule(
            "weekday_span",
            "range",
            rf"{_B}d(?:e|u)\s+(?:{_CLOCK}\s+)?(?P<wd1>{_WEEKDAY}){_PART_OF_DAY}(?:\s+{_CLOCK})?\s+"
            rf"(?:à|au|jusqu['’](?:à|au))\s+(?:{_CLOCK}\s+)?(?P<wd2>{_WEEKDAY}){_PART_OF_DAY}{_E}",
            lambda text, match: bool(_TIMED.search(match.group(0))),
        ),
        _rule(
            "weekday_span",
            "range",
            rf"{_B}entre\s+(?P<wd1>{_WEEKDAY}){_PART_OF_DAY}\s+et\s+(?P<wd2>{_WEEKDAY})"
            rf"{_PART_OF_DAY}{_E}",
            lambda text, match: bool(_TIMED.search(match.group(0))),
        ),
        _rule(
            "month_span",
            "range",
            rf"{_B}(?:en\s+|de\s+)?(?P<m1>{_MONTH})\s?[-–]\s?(?P<m2>{_MONTH})"
            rf"(?:\s+(?P<y2>{YEAR}))?{_E}",
        ),
        _rule(
            "month_range",
            "range",
            # "de fin mai à juin": the months, as "fin mai" is May
            rf"{_B}(?:de|d['’]|entre)\s*(?:(?:début|mi|fin)[\s-]+)?(?P<m1>{_MONTH})"
            rf"(?:\s+(?P<y1>{YEAR}))?\s+(?:à|a|et)\s+(?:(?:début|mi|fin)[\s-]+)?"
            rf"(?P<m2>{_MONTH})(?:\s+(?P<y2>{YEAR}))?{_E}",
        ),
        _rule(
            "year_range",
            "range",
            rf"{_B}(?:de|entre|depuis)\s+(?P<y1>{ANY_YEAR})\s+(?:à|a|et|jusqu['’](?:en|à))\s+"
            rf"(?P<y2>{ANY_YEAR}){_E}",
            _range_is_date,
        ),
        # A sports or farming season by its years ("la saison 2019-2020", "la campagne
        # agricole 2017/2018", "la campagne 2021-2022"): the year it opens.
        _rule(
            "season_years",
            "calendar",
            rf"{_B}(?:la\s+)?(?:saison|campagne)(?:\s+[a-zéèû]+(?:ire|ole|ale|ère))?\s+"
            rf"(?P<y>{YEAR})[-–/](?:\d\d|{YEAR}){_E}",
        ),
        _rule(
            "year_span",
            "range",
            # "ministre du Travail (1988-1991)", "sa carrière (1957 à 1993)"
            rf"{_B}(?P<horizon>(?:à\s+)?l['’]horizon\s+)?(?P<y1>{YEAR})(?:\s?[-–]\s?|\s+à\s+)"
            rf"(?P<y2>{YEAR}){_E}",
            lambda text, match: bool(match.group("horizon")) or _span_is_date(text, match),
        ),
        _rule(
            "post_signature_date",
            "calendar",
            rf"(?P<m>{words(ENGLISH_MONTHS)})\s+(?P<d>[0-3]?\d),\s+(?P<y>{YEAR}){_E}",
            lambda text, match: bool(
                _AFTER_HANDLE.search(text, max(0, match.start() - 40), match.start())
            ),
        ),
        # Full and partial dates: "mercredi 24 mai 2023", "le 1er mars", "ce lundi 12 août".
        _rule(
            "day_month",
            "calendar",
            rf"{_B}(?:(?P<this>ce|cette)\s+|le\s+)?(?:(?P<wd>{_WEEKDAY})\s+)?(?P<d>{_DAY_NUMBER})"
            # ("Jeudi 25 Avril, 2024 á Dakar": after a weekday, a comma before the year, as
            # English writes it)
            rf"\s+(?P<m>{_MONTH})(?:(?(wd),?)\s+(?P<y>{YEAR}))?(?:\s+(?P<dir>{_DIRECTION}))?{_E}",
        ),
        # A day of an older year: "le 14 juillet 1789" (not "le 2 mars 1500 manifestants").
        _rule(
            "day_month_old_year",
            "calendar",
            rf"{_B}(?:le\s+)?(?:(?P<wd>{_WEEKDAY})\s+)?(?P<d>{_DAY_NUMBER})\s+(?P<m>{_MONTH})"
            rf"\s+(?P<y>{OLD_YEAR}){_E}",
            lambda text, match: not _QUANTITY_AFTER.match(following_word(text, match.end("y"))),
        ),
        # Une année ancienne qui clôt sa proposition : "Inauguré en 1793, le musée ..." (pas
        # "en 1500 exemplaires").
        _rule(
            "old_year_in",
            "calendar",
            rf"{_B}en\s+(?P<y>{OLD_YEAR})(?=[ \t]*[,.;:)](?!\d))",
        ),
        # A weekday and a day with the month left to the calendar: "le samedi 2 de 12 heures à
        # 20 heures" (the Saturday 2nd nearest to publication).
        _rule(
            "weekday_day",
            "calendar",
            rf"{_B}(?:le\s+)?(?P<wd>{_WEEKDAY})\s+(?P<d>{_DAY_NUMBER})"
            # Then a pause or a time, not a count: "placé vendredi 14 départements".
            rf"(?=\s*(?:[,.;:)]|[–—](?![ \t]*\d)|$)|\s+(?:de|dès|à|au|et|jusqu)(?![\w'’-]))",
            _not_habitual,
        ),
        # "la dernière semaine de juillet", "la première semaine d'août".
        _rule(
            "nth_week_of_month",
            "calendar",
            rf"{_B}(?:(?:lors|au\s+cours)\s+de\s+|dans\s+|pendant\s+|durant\s+)?la\s+"
            rf"(?P<nth>première|deuxième|troisième|quatrième|dernière)\s+(?P<week>semaine)\s+"
            rf"(?:de\s+|d['’])(?P<m>{_MONTH})(?:\s+(?P<y>{YEAR}))?{_E}",
        ),
        _rule(
            "week_of",
            "calendar",
            rf"{_B}(?:la\s+)?(?P<week>semaine)\s+du\s+(?:(?P<wd>{_WEEKDAY})\s+)?"
            # "la semaine du 12 au 18 décembre": the week of its first day
            rf"(?P<d>{_DAY_NUMBER})(?:\s+au\s+(?:(?:{_WEEKDAY})\s+)?(?P<d2>{_DAY_NUMBER}))?"
            rf"\s+(?P<m>{_MONTH})(?:\s+(?P<y>{YEAR}))?{_E}",
            _whole_week,
        ),
        _rule(
            "numeric_date",
            "calendar",
            r"(?<![\d/.,])(?P<a>[0-3]?\d)([/.])(?P<b>[01]?\d)\2(?P<y>(?:19|20)\d\d|(?<=/)\d\d)(?![\d/.]\d)",
        ),
        # A day opening a line of a list, its day first: "14/05 - Paris, Accor Arena".
        _rule(
            "numeric_day_line",
            "calendar",
            r"(?m)^[ \t]*(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)(?=[ \t]+[-–—|:][ \t]*[A-ZÀ-Ý])",
        ),
        # A day and its month in brackets or after "le", the year left to the reader: "Lou
        # (28/05), Sofiane Pamart (30/06)", "Saule sera au Manège le 10/11" (a two-digit month:
        # "(3/4)" is a share).
        _rule(
            "numeric_day_month",
            "calendar",
            r"(?:(?<=\()|(?i:(?<=\ble\s)))(?P<a>[0-3]?\d)/(?P<b>[01]\d)"
            r"(?=\)|[ \t]*[,.;]|\s+[a-zà-ÿ])",
        ),
        # A year opening a line of a list: "2001 : Thomas Gunzig", a laureate of that year.
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
            rf"{_B}(?:{_MONTH_PREFIX})?(?P<m>{_MONTH})\s+(?:de\s+l['’]année\s+)?(?P<y>{YEAR}){_E}",
            lambda text, match: not _names_a_thing(text, match),
        ),
        _rule(
            "month",
            "calendar",
            rf"{_B}(?:{_MONTH_PREFIX})?(?P<m>{words(MONTHS)})(?:\s+(?P<dir>{_DIRECTION}))?{_E}",
            _month_has_context,
        ),
        # A happening named by its month: "lors des municipales de mars", "le sommet de juin"
        # (the month nearest publication: pipeline._NAMING_A_HAPPENING).
        _rule(
            "month_attributive",
            "calendar",
            rf"{_B}(?:de\s+|d['’])(?P<m>{words(MONTHS)}){_E}(?!\s+(?:{YEAR}|dernier|prochain))",
            _month_of_a_happening,
        ),
        # "au cours des trois premiers mois de l'année", "les trois derniers mois de 2022", "aux
        # trois premiers mois de l'année 2023".
        _rule(
            "quarter_months",
            "calendar",
            rf"{_B}(?:(?:au\s+cours|lors)\s+des\s+|(?:pendant|durant|sur)\s+les\s+|les\s+|des\s+)?"
            rf"trois\s+(?P<ord>premiers|derniers)\s+mois\s+"
            rf"(?:de\s+(?:l['’]année\s+)?(?P<y>{YEAR})|de\s+(?P<cur>l['’]année))"
            rf"{_E}",
        ),
        # Quarters, halves, seasons: "au troisième trimestre 2023", "T3 2023", "à l'automne 2022".
        _rule(
            "quarter",
            "calendar",
            rf"{_B}(?:(?:au|du|le|ce)\s+)?(?P<ord>{words(ORDINALS)})\s+trimestre"
            rf"(?:\s+(?:de\s+(?:l['’]année|(?:l['’]|son\s+|leur\s+)exercice)\s+|d(?:e\s+|['’]))?"
            rf"(?P<y>{YEAR})(?![-–/]\d)"
            # "le premier trimestre de l'année": of the story's year, else this one
            rf"|\s+de\s+{_THE_YEAR})?"
            rf"(?:\s+(?P<dir>{_DIRECTION}))?{_E}"
            # "le premier trimestre, du 4 septembre au 1er décembre": a school term.
            rf"(?!\s*[,(]?\s*(?:du|de|qui\s+(?:va|court)\s+du)\s+{_DAY_NUMBER}\s+{_MONTH})",
        ),
        # "T3 2023", "au T2-2025"
        _rule("quarter_code", "calendar", rf"{_B}[TQ](?P<q>[1-4])(?:\s+|-)(?P<y>{YEAR}){_E}"),
        _rule(
            "half",
            "calendar",
            rf"{_B}(?:(?:au|du|le|ce)\s+)?(?P<ord>premier|second|deuxième|1er|2e|2ème)\s+"
            rf"(?P<half>semestre)\s+(?:(?:de\s+l['’]année\s+|d(?:e\s+|['’]))?(?P<y>{YEAR}){_E}"
            rf"|de\s+{_THE_YEAR}{_E})"
            # not "le premier semestre 2025-2026", of a fiscal or school year
            r"(?![-–/]\d)",
        ),
        _rule(
            "season",
            "calendar",
            rf"{_B}(?:(?P<this>cet|cette)\s+|(?:à\s+l['’]|au|en|l['’]|le|de\s+l['’]|du)\s*)"
            rf"(?P<s>printemps|été|automne|hiver)"
            rf"(?:\s+(?:de\s+|d['’])?(?P<y>{YEAR})|\s+(?P<dir>{_DIRECTION}))?{_E}"
            r"(?!-là)",  # "cet été-là" is the summer in focus, not this one
            lambda text, match: bool(match.group("y") or match.group("dir") or match.group("this")),
        ),
        # "le premier vendredi de septembre", "le dernier dimanche d'octobre 2024".
        _rule(
            "nth_weekday",
            "calendar",
            rf"{_B}(?:le\s+)?(?P<nth>premier|deuxième|second|troisième|quatrième|dernier)\s+"
            rf"(?P<wd>{_WEEKDAY})\s+(?:de\s+|d['’])(?P<m>{_MONTH})(?:\s+(?P<y>{YEAR}))?{_E}",
        ),
        # Fêtes : "à la Saint-Sylvestre", "le jour de Noël 2022".
        _rule(
            "holiday",
            "calendar",
            rf"{_B}(?:(?:à|depuis|avant|après|dès|pour)\s+)?(?P<hol>(?i:{words(HOLIDAYS)}))"
            rf"(?:\s+(?P<y>{YEAR}))?{_E}"
            # "le jour de l'An, mercredi 1er janvier": the date that follows says it.
            rf"(?!,?\s+(?:le\s+)?(?:(?i:{_WEEKDAY})|\d))",
            _not_holidays_around,
        ),
        # Noël avec son année : "à Noël 2022" est ce mois de décembre.
        _rule(
            "christmas_of_year",
            "calendar",
            rf"{_B}(?:(?:à|pour|avant|après|depuis|dès|jusqu['’]à)\s+)?(?P<dec>(?-i:Noël))\s+"
            rf"(?P<y>{YEAR}){_E}",
        ),
        # Years: only after a word that makes them a date ("en 2024", "depuis 2019", "fin 2022").
        # Not a fiscal year across two: "l'exercice 2025-2026".
        _rule(
            "year", "calendar", rf"{_B}{_YEAR_PREFIX}(?P<y>{YEAR}){_E}(?![-–/]\d)", _year_is_date
        ),
        # A year something is moved to: "les concerts sont reportés à 2024".
        _rule(
            "year_rescheduled",
            "calendar",
            rf"{_B}à\s+(?P<y>{YEAR}){_E}",
            lambda text, match: bool(
                RESCHEDULED.search(text, max(0, match.start() - 40), match.start("y"))
            ),
        ),
        # The second year of a pair: "parus respectivement en 2020 et 2022".
        _rule(
            "second_year",
            "calendar",
            rf"(?:(?<=\d,\s)|(?<=\d\set\s)|(?<=\d\sou\s))(?P<y>{YEAR}){_E}",
            lambda text, match: (
                listed_year(text, match, _LIST_HEADS) and _year_is_date(text, match)
            ),
        ),
        # Years in brackets after a name: "Seve Ballesteros (1980, 1983)".
        _rule(
            "bracketed_year",
            "calendar",
            rf"(?<=[(\s,])(?P<y>{YEAR})(?=\s*[,)]|\s+et\s)",
            in_year_list,
        ),
        # A year as the subject of its sentence or clause: "2024 devait être l'année des
        # scrutins", "« C'est évident, 2019 a été une année décevante ». The verb is singular,
        # as no count of things would take it ("2019 ont voté").
        _rule(
            "year_subject",
            "calendar",
            rf"(?:(?<![\s\S])|(?<=[.!?,«]\s)|(?<=«)|(?<=\n))(?P<y>{YEAR})(?=\s+(?:a|avait|aura|devait|"
            rf"doit|sera|serait|fut|est|était|restera|resterait|marque|marquera|s['’]annonce|"
            rf"s['’]achève|s['’]ouvre|commence|s['’]est|restera)\s)",
        ),
        # One yearly occurrence told by its year: "son édition 2020", "la saison 2019".
        _rule(
            "yearly_occurrence",
            "calendar",
            rf"{_B}(?:son|sa|leur|l['’]|la|cette|une)\s*(?:édition|saison|cuvée|promotion)\s+"
            rf"(?P<y>{YEAR}){_E}(?!\s?[-–/]\s?\d)",
            _year_is_date,
        ),
        # A yearly time of the calendar told by its year: "la rentrée 2023", "les vendanges
        # 2022" (the other days of its sentence keep theirs).
        _rule(
            "yearly_time",
            "calendar",
            rf"{_B}(?:sa|leur|l['’]|la|les|cette)\s*(?:rentrée|vendanges|récolte|moisson)\s+"
            rf"(?P<y>{YEAR}){_E}(?!\s?[-–/]\s?\d)",
            _year_is_date,
        ),
        # A recurring happening named with its year: "la Coupe du monde 2026", "le Tour de France
        # féminin 2022", "aux César 2024" (its days told in the sentence are of that year).
        _rule(
            "year_of_named_event",
            "calendar",
            rf"{_B}(?:la|le|les|l['’]|du|des|aux?|de\s+la|de\s+l['’])\s*(?-i:{_RECURRING_EVENT})"
            rf"(?:\s+(?:féminine?|masculine?|des\s+[Cc]lubs|de\s+football|de\s+rugby))?"
            rf"\s+(?P<y>{YEAR}){_E}"
            rf"(?!\s?[-–/]\s?\d)",
            _year_is_date,
        ),
        # A weekday and its week: "mercredi de la semaine prochaine", "lundi de cette semaine".
        _rule(
            "weekday_of_week",
            "calendar",
            rf"{_B}(?P<wd>{_WEEKDAY}){_PART_OF_DAY}\s+de\s+"
            r"(?P<wk>(?i:la\s+semaine\s+(?:prochaine|dernière|passée|précédente)|cette\s+semaine))"
            rf"{_E}",
        ),
        # Weekdays alone: "mardi", "lundi soir", "mardi dernier", "ce jeudi".
        _rule(
            "weekday",
            "calendar",
            rf"{_B}(?:(?P<this>ce)\s+)?(?P<wd>{_WEEKDAY}){_PART_OF_DAY}"
            rf"(?:\s+(?P<dir>{_DIRECTION}))?{_TIME_OF_DAY}{_E}",
            _not_habitual,
        ),
        _rule(
            "night_of",
            "calendar",
            # ("les gelées de la nuit de mardi à mercredi": one night, its first day)
            rf"{_B}(?:(?:dans|durant|pendant|au\s+cours\s+de|lors\s+de|de)\s+)?la\s+nuit\s+d[eu]\s+"
            rf"(?P<wd>{_WEEKDAY})"
            # "la nuit de samedi 1er à dimanche 2 juillet": the night's first day.
            rf"(?:\s+(?P<d>{_DAY_NUMBER}))?\s+(?:à|au)\s+(?:ce\s+)?(?:{_WEEKDAY})"
            rf"(?:\s+(?P<d2>{_DAY_NUMBER}))?(?:\s+(?P<m>{_MONTH})(?:\s+(?P<y>{YEAR}))?)?{_E}",
        ),
        # Relative to the publication date or to the date in focus.
        _rule(
            "relative",
            "relative",
            # "la fin de l'année 2019" names its year, "la fin du mois d'août" its month.
            # "du jour au lendemain": overnight, an idiom, no day.
            rf"{_B}(?<!du\sjour\s)(?P<rel>{words(RELATIVES)}){_PART_OF_DAY}{_E}(?!\s+{YEAR})"
            r"(?!(?<=mois)\s+d(?:e\s|['’]))"
            # "dans la semaine du 4 mars", "dans la semaine qui suit": another week.
            r"(?!(?<=dans\sla\ssemaine)\s*(?:du|de|d['’]|qui|où|suivante|précédente|-là))"
            # "dans la matinée de ce jeudi 1er mars": the part of a day told next, no day of its own
            r"(?!(?:(?<=matinée)|(?<=soirée)|(?<=journée)|(?<=après-midi))\s+d(?:[eu]\s|['’]))"
            # "Ce soir ou jamais", a programme's name
            r"(?!(?<=soir)\s+ou\s+jamais)",
        ),
        _rule(
            "ago",
            "offset",
            rf"{_B}(?:il\s+y\s+a|voici|voilà|remont(?:e|ent|ait|aient)\s+à)\s+"
            rf"(?:(?:un\s+peu\s+)?(?:plus|moins)\s+d['’]\s*)?"
            # "il y a tout juste une semaine", "il y a exactement un an"
            rf"(?:(?P<just>tout\s+juste|tout\s+pile|exactement|précisément|pile)\s+)?"
            rf"(?P<n>{_NUMBER})\s+(?P<u>jours?|semaines?|mois|ans?|années?|décennies?)"
            rf"(?P<exact>,?\s+jour\s+pour\s+jour|\s+aujourd['’]hui)?{_E}",
        ),
        # "la dernière grève générale remonte à 1983", "l'exemple nous ramène à 1989".
        _rule(
            "year_dated_back",
            "calendar",
            rf"(?:(?<=remonte\sà\s)|(?<=remontait\sà\s)|(?<=remontent\sà\s)|(?<=remonter\sà\s)"
            rf"|(?<=ramène\sà\s)|(?<=ramènent\sà\s)|(?<=ramenait\sà\s))"
            rf"(?P<y>{YEAR}){_E}",
        ),
        _rule(
            "in_future",
            "offset",
            rf"{_B}dans\s+(?P<n>{_NUMBER})\s+(?P<u>jours?|semaines?|mois|ans?|années?|heures)"
            rf"(?P<future>){_E}",
            lambda text, match: not re.match(r"\s*(?:de|d['’])\s", text[match.end() :]),
        ),
        _rule(
            "anaphoric_offset",
            "offset",
            rf"{_B}(?P<n>{_NUMBER}|{_VAGUE})\s+(?P<u>heures?|minutes?|instants?|jours?|semaines?)"
            rf"\s+(?P<focus>)(?P<dir>plus\s+tard|plus\s+tôt|après|auparavant|avant){_E}",
            _offset_is_anaphoric,
        ),
        # No events: durations, ages, clock times and habits (kept as TIMEX3 only).
        _rule(
            "duration",
            "duration",
            rf"{_B}(?:(?:pendant|durant|depuis|en|pour|sur|d['’]une\s+durée\s+d['’]\s*"
            rf"|âgée?s?\s+de|au\s+bout\s+d['’])\s*)?"
            rf"(?:(?:environ|près\s+de|plus\s+de|moins\s+de)\s+|d['’]environ\s+)?"
            rf"(?P<n>\d+(?:[,.]\d+)?|{words(NUMBERS)}|{_VAGUE}|une\s+demi-)\s*"
            rf"(?P<u>secondes?|minutes?|min|heures?|jours?|journées?|semaines?|mois|trimestres?"
            rf"|ans?|années?|décennies?|siècles?){_E}",
        ),
        _rule(
            "generic_duration",
            "duration",
            rf"{_B}(?:pendant|durant|depuis)\s+(?:des|plusieurs|quelques|de\s+longues)\s+"
            rf"(?P<u>minutes|heures|jours|semaines|mois|années|ans|décennies){_E}",
        ),
        _rule(
            "clock_time",
            "time",
            rf"{_B}(?:(?:à|vers|dès|avant|après|jusqu['’]à)\s+)?(?P<h>[01]?\d|2[0-3])\s?h"
            rf"(?:\s?(?P<mi>[0-5]\d))?(?:\s+du\s+(?:matin|soir)|\s+(?:heure|heures)\s+\w+)?{_E}",
        ),
        _rule(
            "weekday_span",
            "set",
            rf"{_B}du\s+(?P<wd>{_WEEKDAY})\s+au\s+(?:{_WEEKDAY}){_E}",
        ),
        _rule(
            "habit",
            "set",
            rf"{_B}(?:(?:chaque|tous\s+les|toutes\s+les)"
            rf"(?:\s+(?:premier|première|deuxième|troisième|dernier|dernière)s?)?|le|les)\s+"
            rf"(?:(?P<wd>(?:{_WEEKDAY})s?)|(?P<u>jours|semaines|mois|ans|années|jour|semaine))"
            rf"(?!\s+(?:{_DAY_NUMBER}|dernier|dernière|prochain|prochaine|suivant|suivante|"
            rf"précédent|précédente|même|passé|passée)){_E}",
            lambda text, match: bool(
                match.group("wd") or re.match(r"(?i)(chaque|tous|toutes)", match.group())
            ),
        ),
    ),
)

# --- Layout (pipeline.py) -----------------------------------------------------------------------

# Parts of a press page whose dates date no event: publication lines, "Lire aussi" links,
# photo captions and datelines ("PARIS, 12 mars (AFP) -").
# Datelines are layout in French ("Paris, 25 oct (AFP) -"): none dates a story apart.
DATELINE = re.compile(r"(?!x)x")
LAYOUT = re.compile(
    # "A LIRE AUSSI." alone on its line, over the titles it links (short lines, no stop)
    r"^[ \t]*(?i:à|a)?[ \t]*(?i:lire\s+aussi|voir\s+aussi)[ \t]*[.:]?[ \t]*\n"
    r"(?:[ \t]*[^\n]{0,118}[^.!?\n»\"”][ \t]*(?:\n|$)){1,3}"
    r"|^[ \t]*(?:[>»•·][ \t]*)?"
    r"(?:À lire aussi|A lire aussi|Lire aussi|Voir aussi|LIRE AUSSI|Sur le même sujet"
    r"|À lire également|A lire également|Lire également)"
    r"\b[^\n]*"
    # ">> CARTE. Orages : regardez où la foudre a frappé", "► Lire aussi | ...": a link
    r"|^[ \t]*(?:>>|►|▶)[^\n]*"
    # run on after a paragraph: "... 1327,6 milliards Fcfa. Lire aussi :Loi des Finances"
    r"|(?<=[.!?»”] )(?:À lire aussi|A lire aussi|Lire aussi|Voir aussi|LIRE AUSSI)[ \t]*:[^\n]*"
    r"|\((?:Photo|Crédit|Illustration|Archives|Image)s?\b[^)\n]*\)"
    r"|^[ \t]*(?:Photo|Crédit|Légende)s?\s*:[^\n]*"
    # ("(Actualisé avec verdict) RENNES, 26 octobre (Reuters) -": behind an update's note)
    r"|^[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)*"
    r"(?:,\s*[A-Z][\w.]+)?(?:\s*\([^)\n]*\))?,[^\n]{0,40}?[-–—](?=\s)"
    # "Tahiti, le 7 novembre 2022 – Gendarmes, policiers ...": a release's dateline
    r"|^[ \t]*[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*,[ \t]+le[ \t]+\d{1,2}(?:er)?[ \t]+[a-zéû]+"
    r"[ \t]+\d{4}[ \t]*[-–—](?=[ \t])"
    # "Paris, 12 mars (AFP)", "Kinshasa 5 décembre 2024 (ACP)": a dateline with its agency
    # in brackets.
    r"|^[ \t]*[A-ZÀ-Ý][\w.'’-]+(?:[ -][A-ZÀ-Ý][\w.'’-]+)*(?:,[^\n(]{3,20}|[ \t]+\d[^\n(]{2,20})"
    r"\((?:AFP|Belga|ATS|"
    r"Reuters|AP|APS|MAP|dpa|Xinhua|EFE|[A-Z]{2,6})\)",
    re.MULTILINE,
)

# --- Tense cues (tense.py) ---------------------------------------------------------------------

# Verbs whose infinitive complement lies ahead: "prévoit de s'entretenir", "va se rendre".
FUTURE_INTENT = re.compile(
    r"^(?:va|vas|vont|doit|doivent|devra|devront|devrait|devraient|prévoi|prévoy|compt|"
    r"envisag|projett|s'apprêt|apprêt|espèr|entend|promet|pense\b|pensent\b)",
    re.IGNORECASE,
)
# Nouns of an intent: the infinitive after them lies ahead ("l'intention d'augmenter").
INTENT_NOUNS = frozenset(["intention", "projet", "objectif", "volonté", "ambition", "idée"])
# Nouns of a thing decided, whose infinitive is held after the decision (tense._governed_tense).
# Verbs naming a day for what comes ("a retenu le 7 septembre"): tense._date_decided.
DAY_NAMING = frozenset(["retenu", "fixé", "arrêté"])
DECIDED_NOUNS = frozenset(["accord", "décision", "plan", "motion", "proposition"])
# Verbs that schedule what they govern, whatever their own tense: "prévu le 22 octobre",
# "appelé à une journée d'action samedi".
# Verbs whose infinitive was decided before and is held after: "ont convenu de commencer lundi".
DECIDING = re.compile(r"^(?:décid|conven|accept|promis|choisi|résolu|engag)", re.IGNORECASE)
# A forecast told in the imperfect ("La SNCF prévoyait ... pour jeudi"), and, after "s'", a
# day shaping up ("le trafic s'annonçait peu perturbé jeudi").
FORECAST_THEN = frozenset(["prévoyait", "prévoyaient"])
SHAPING_UP_THEN = frozenset(["annonçait", "annonçaient", "présentait", "présentaient"])
# Before an infinitive telling a deed's purpose: "pour préparer le match de mardi".
PURPOSE = frozenset(["pour"])
SCHEDULING = re.compile(
    r"^(?:prévu|prévue|prévus|prévues|programmé|programmée|programmés|programmées|attendu|"
    r"attendue|attendus|attendues|appel|convoqu|fixé|fixée|fixés|fixées|censé)",
    re.IGNORECASE,
)
# The small morphologizer misses many simple futures ("ouvrira" tagged as a noun).
FUTURE_FORM = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:rai|ras|ra|rons|rez|ront)$")
# Conditionals the morphologizer reads as imperfects ("circulerait", "pourrait"): "-erait"
# but not the imperfect "-érait" ("espérait"), "-rrait", "-drait", and the irregular ones;
# verbs in "-ir", "-ire", "-uire", "-ttre", "-aître", "-clure", "-evoir", "-vivre"
# ("sortirait", "écrirait", "produirait", "mettrait", "paraîtrait", "recevrait", "suivrait"),
# but not the imperfects of verbs in "-irer" ("tirait", "admirait", "désirait").
_LETTERS = "[a-zàâçéèêëîïôûùüÿœ]"
_IRER_IMPERFECT = (
    r"(?:re|at|ét|sou)?[tvc]irai|(?:adm|asp|insp|exp|resp|soup|dés|dél|chav|emp|déch|consp|"
    r"transp)irai"
)
CONDITIONAL_FORM = re.compile(
    rf"^(?:{_LETTERS}+[^é]erai(?:t|ent)|{_LETTERS}+[rd]rai(?:t|ent)"
    r"|(?:se|au|fe|sau|i|di)rai(?:t|ent)"
    rf"|(?!(?:{_IRER_IMPERFECT}))"
    rf"{_LETTERS}+(?:irai|uirai|ttrai|[iî]trai|clurai|evrai)(?:t|ent)"
    rf"|{_LETTERS}*(?:sui|vi)vrai(?:t|ent))$"
)
NOT_FUTURE = frozenset(
    [
        "caméra",
        "opéra",
        "extra",
        "ultra",
        "sierra",
        "tiara",
        "mantra",
        "cobra",
        "choléra",
        "zébra",
        "véra",
        "aura-t-il",
        "environs",
        "citrons",
        "marrons",
        "patrons",
        "escadrons",
        "fanfarons",
        "larrons",
        "mourait",
        "mouraient",
        "courait",
        "couraient",
    ]
)
# Imperfects the morphologizer reads as presents ("mesuraient"), but no conditional:
# CONDITIONAL_FORM, "-irait" ("finirait") and "-vrait" ("devrait") are left out.
IMPERFECT_FORM = re.compile(
    r"^(?![\wé]*(?:[iv]rait|[iv]raient)$)[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient)$"
)
# Past participles by their form, for one set off by a comma ("DeSantis, réélu mardi").
# Irregular ones too: "ouvert", "mis", "construit", "peint", "mort".
PAST_PARTICIPLE = re.compile(
    r"^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:é|u|i|ert|is|uit|rit|int|ort)(?:e?s?)$|^(?:mis|pris)(?:es?)?$"
)
# Auxiliaries of a plan told in the past ("avait prévu d'échanger"): no date ahead.
PLUPERFECT_AUXILIARIES = frozenset(["avait", "avaient", "avais", "était", "étaient"])
# Auxiliaries before a past participle ("a présenté", "avait été").
PAST_AUXILIARIES = frozenset(
    [
        "ai",
        "as",
        "a",
        "avons",
        "avez",
        "ont",
        "avait",
        "avaient",
        "avais",
        "eu",
        "est",
        "sont",
        "était",
        "étaient",
        "été",
        "fut",
        "furent",
        "s'est",
        "se",
        "sont",
    ]
)

# French companies' fiscal years mostly follow the calendar ("le premier trimestre de
# l'exercice 2023" is of 2023). One across two years, or left unnamed, need not: "au premier
# trimestre de l'exercice 2025-2026", "au deuxième trimestre 2025/26", "au premier semestre de
# son exercice".
FISCAL = re.compile(r"(?!x)x")
FISCAL_AFTER = re.compile(
    r"\s+(?:(?:de\s+(?:l['’]|son\s+|leur\s+|cet\s+)exercice|d['’]exercice)\b"
    r"|(?:19|20)\d\d\s*[-–/]\s*\d)"
)
# French sets a day after its happening ("les élections du 7 novembre"), where the clause's
# tense may well be the happening's: no exclusion.
DAY_NAMING_A_HAPPENING = re.compile(r"(?!x)x")
# French names no happening by its weekday's possessive.
# The possessive of a weekday is English only.
DEADLINES = re.compile(r"(?!x)x")
DEEDS = re.compile(r"(?!x)x")
# French hangs a day on its deed by "de" ("la fusillade de vendredi"), as on any noun: none
# read so far.
DONE_DEEDS = re.compile(r"(?!x)x")
DEED_PREPOSITIONS: frozenset[str] = frozenset()
# Before a day, the account of what was played on it: "les résultats des matchs de samedi".
TOLD_PLAYED = re.compile(
    r"(?i:\b(?:résultats?|résumé|temps\s+forts)\s+(?:de\s+la\s+journée\s+)?(?:de|du|des)\s+"
    r"(?:(?:matchs?|matches|rencontres?|courses?)\s+(?:de|du)\s+)?)$"
)
# French hangs a fixture's day on it by "de" ("le match de samedi"), which the day's own cues
# read ("pour le match de samedi").
FIXTURES = re.compile(r"(?!x)x")
RULED_OUT = re.compile(
    r"(?i:\b(?:forfait|incertaine?s?|suspendue?s?|absente?s?)\s+(?:pour|contre)\b[^.;!?\n]{0,50})$"
)
# An election named right before its month or day ("des élections municipales en juin").
ELECTION_BEFORE = re.compile(
    r"(?i:\b(?:élections?|scrutin|référendum|(?:premier|second|deuxième)\s+tour(?:\s+des\s+"
    r"élections)?|(?:les|la)\s+(?:municipales|législatives|présidentielle|européennes|"
    r"régionales|sénatoriales|départementales))(?:\s+(?:municipales|législatives|"
    r"présidentielles?|européennes|régionales|sénatoriales|départementales|générales|"
    r"anticipées|partielles|locales))*)\s+(?:du\s+)?$"  # "l'élection présidentielle du 25 octobre"
)
NEXT_WORDS: frozenset[str] = frozenset()
# A day told as a figure of speech: "comme si c'était hier".
FIGURATIVE = re.compile(r"(?i:\bcomme\s+si\s+c['’]était\s+)$")
# A happening called the next one ("le prochain concert prévu était à Paris, le 1er septembre"):
# next after the story's time, which the calendar places.
NEXT = re.compile(
    r"(?i:\b(?:le|la|les|son|sa|ses|leur|leurs)\s+prochaine?s?(?:\s+[\w'’-]+){1,5}[\s,]*(?:à\s+[\w-]+,?\s*)?)$"
)
# The same period a figure is measured against ("par rapport à la même période l'an dernier"):
# a baseline, no event ("par rapport à l'an dernier" alone may tell when).
# Une année scolaire ou une saison d'un été à l'autre : "l'année scolaire 2022-2023", "la
# saison 2023-24", "le calendrier 2022-2023".
SCHOOL_YEAR = re.compile(
    r"(?i:(?P<head>\b(?:année\s+scolaire|année\s+universitaire|saison|calendrier\s+scolaire)"
    r"\s+)\b(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>(?:19|20)?\d\d)\b(?P<tail>(?!x)x)?)"
)
BASELINE = re.compile(
    r"(?i:\b(?:par\s+rapport\s+(?:à|au)|comparé\s+à|contre|sur|à|pendant|durant)\s+la\s+même"
    r"\s+période\s+(?:de\s+)?"
    # "en retrait de 4,7 % par rapport à l'année précédente", a figure's (not "deux mois de
    # retard par rapport à l'an dernier")
    r"|\d\s*(?:%|pour\s*cent|points?|milliards?|millions?|€|euros?)\s+"
    r"par\s+rapport\s+(?:à\s+|aux?\s+)?)$"
)
# French sets the figure before its baseline ("contre 9,25 % en 2022"): no such reach.
BASELINE_AFTER_FIGURE = re.compile(r"(?!x)x")

# Words opening an onset ("à partir de lundi", "from Monday"): told by a speaker, ahead.
# A clock time may come first: "à partir de 19H00 lundi".
ONSET = re.compile(
    r"(?i:\b(?:dès|à\s+(?:partir|compter)\s+d(?:e|u|['’]))(?:\s*\d{1,2}\s*[hH:]\s*\d{0,2})?)\s*$"
)
ONSET_WORDS = frozenset(["de", "du", "dès"])
# Verbs of a forecast: in the present passive they tell what lies ahead ("des averses sont
# annoncées mercredi").
FORECAST = re.compile(r"^(?:annonc|prévu|prédit|attendu)")
# A state as it stood on a day: French tells it with "selon un bilan de dimanche", which
# other rules read.
STATUS_AS_OF = re.compile(r"(?!x)x")
# Verbs of a measure in the present ("l'agence estime la surmortalité du 14 au 22 juin"): a
# finding on a period, gone as often as ahead, so the calendar decides.
ASSESSING = re.compile(r"^(?:estime|évalue|recense|dénombre|chiffre|comptabilise)(?:nt)?$")
# A weather or safety warning, whose period lies ahead of its issue (tense._warning_from).
WARNING = re.compile(r"(?i:\b(?:vigilance|alerte|avertissement)s?\b)")
# A relative clause set on the name just before the date ("Clara Nimier, dont le troisième
# album sort le 1er juillet"): the date is that person's (pipeline._relative_on_person).
RELATIVE_ON_PERSON = re.compile(r"\s*,\s*(?:dont|qui)\s[^.;:(),]*$")
# A game's quarter is a "quart-temps" in French, never a "trimestre" (lang_en.GAME_PLAY).
GAME_PLAY = re.compile(r"(?!)")
# Before a year, a wine's bottles: its vintage, no event ("quatre bouteilles d'Armagnac de
# 1924, 1925, 1926 et 1927").
VINTAGE = re.compile(
    r"(?i)\b(?:bouteilles?|magnums?|millésimes?|flacons?|grands?\s+crus?|cuvées?)\b[^.;!?]{0,80}$"
)
# Before a product's dates in its sentence ("à consommer de préférence avant le 12/05/2022"):
# markings on packs, no event.
PACK_DATES = re.compile(
    r"(?i)\b(?:à\s+consommer\s+(?:de\s+préférence\s+)?(?:jusqu|avant)|(?-i:DLUO)|"
    r"dates?\s+limites?\s+de\s+consommation|dates?\s+de\s+durabilité\s+minimale|"
    r"(?:numéros?|n°)\s+de\s+lots?)\b"
)
# People born on one side of a date ("les générations nées à partir de 1973"): a bound, no event.
COHORT = re.compile(
    # (and things registered or made then: "les diesel immatriculés avant 2006")
    r"(?i:(?<![\w-])(?:née?s?|immatriculée?s?|fabriquée?s?)\s+"
    r"(?:à\s+partir\s+d|après|avant|depuis)|"
    r"(?<![\w-])née?s?\s+en\s+\d{4}\s+ou\s+(?:après|avant|plus\s+tard))"
)
# Before a date, a place named after it ("au stade du 26 mars", "la place du 14-Juillet"): no
# event (pipeline.extract).
PLACE_NAMED_AFTER = re.compile(
    r"(?i:(?<![\w-])(?:stade|rue|place|avenue|boulevard|pont|quai|lycée|collège|école|carrefour"
    r"|rond-point|square|cité|quartier|esplanade|parc)\s+(?:du|de\s+la|des))\s+$"
)
# After a day, a body named after it: French names it before ("la commission du 6 janvier").
BODY_NAMED_AFTER = re.compile(r"(?!x)x")
# The start of a state still running ("invaincus depuis le 2 décembre"): always behind.
# The present of "être", and the verbs whose past it forms ("est restée", "sont partis"):
# otherwise "est" + participle is a present passive ("est diffusée jusqu'au 31 août").
PRESENT_BE = frozenset(["est", "sont"])
BE_VERBS = re.compile(
    r"^(?:rest|part|arriv|venu|revenu|devenu|parvenu|survenu|intervenu|mort|né|tomb|entr|sort|"
    r"all|mont|descend|rentr|retourn|pass|décéd)",
    re.IGNORECASE,
)
# Verbs whose infinitive complement is asked of someone, so lies ahead: "a appelé les
# cheminots à faire grève lundi", "l'a sommé de quitter les lieux avant vendredi".
DIRECTIVES = re.compile(
    r"^(?:ordonn|somm|enjoin|demand|appel|exhort|invit|autoris|condamn|contraint|oblig|"
    r"conseill|recommand|incit)",
    re.IGNORECASE,
)
# A new date after a postponement lies ahead ("postponed until Wednesday", "reporté à jeudi").
CODE = "fr"
# A date something is moved to, which is that one time even in a sentence that tells a habit
# ("le festival, qui a lieu chaque année en juillet, est reporté au 12 septembre").
RESCHEDULED = re.compile(
    r"(?i:\b(?:report|repouss|décal|avanc|différ|déplac)(?:é|ée|és|ées)\s+(?:\w+\s+)?"
    r"(?:à|au|jusqu['’]au|en)\s+(?:le\s+)?"
    # "a renvoyé l'examen du dossier au 18 avril", "a mis en délibéré à vendredi sa décision"
    r"|\brenvoy(?:é|ée|és|ées)\s+(?:[\w'’]+\s+){0,4}(?:à|au)\s+(?:le\s+)?"
    r"|\b(?:mis|mise)\s+en\s+délibéré\s+(?:jusqu['’])?(?:à|au)\s+(?:le\s+)?)$"
)
# A date something was moved from ("la cérémonie, décalée de mardi à jeudi"): the calendar
# decides, gone or ahead.
POSTPONED_FROM = re.compile(
    r"(?i:\b(?:report|repouss|décal|avancé|déplac)[éeés]*\s+(?:du|de|d['’]\w+))\s*$"
)  # "repoussé d'avril à fin décembre 2022"
POSTPONED_TO = re.compile(r"(?i:\b(?:jusqu['’](?:à|au)|à|au))\s*$")
POSTPONING = re.compile(r"^(?:report|repouss|ajourn|décal|diffé|déplac)", re.IGNORECASE)
# Custody up to a date is until the next hearing: "placé en détention jusqu'à vendredi".
REMANDED = re.compile(
    r"(?i:\b(?:détention|garde\s+à\s+vue|écroué|écrouée)\b[^.;!?]{0,30}"
    r"\bjusqu['’](?:à|au)\s*$)"
)
# Closures, extensions and renewals up to a date lie ahead too ("sont fermées jusqu'à mardi",
# "la grève a été reconduite jusqu'à mardi"), unless told in the past
# ("est resté fermé jusqu'au 31 août").
CLOSING = re.compile(r"^(?:ferm|suspend|prolong|interrompu|étend|reconduit)", re.IGNORECASE)
CLOSED_BEFORE = frozenset(
    ["était", "étaient", "avait", "avaient", "resté", "restée", "restés", "restées"]
)
# Before a plan, words that tell it was changed ("originally scheduled", "initialement prévu").
FIRST_PLAN = frozenset(
    ["initialement", "primitivement", "originellement", "d'abord", "précédemment"]
)
# Before a weekday, a purpose: the day it is meant for lies ahead ("vigilance orange pour la
# journée de jeudi", "a warning for Thursday"), whatever the tense of the verb.
TARGET = re.compile(r"(?i:\bpour(?:\s+la\s+(?:journée|nuit|soirée|matinée)\s+d[e'’])?)\s*$")
# Before a month, a target as before a day: "un préavis de grève pour début septembre".
MONTH_TARGET = TARGET
# After a night told by its two days, an hour past midnight dates its second day: "dans la
# nuit du vendredi 14 au samedi 15 octobre, à 1h du matin" (pipeline._small_hours_of_a_night).
SMALL_HOURS_AFTER = re.compile(
    r"\s*,?\s*(?:à|vers|peu\s+(?:avant|après)|aux\s+alentours\s+de|autour\s+de)\s+"
    r"0?[0-5]\s?(?:h|heures?)(?![a-zà-ÿ])"
)
NIGHT_BEFORE = re.compile(r"(?i:\bnuit\s+)$")  # "dans la nuit du 3 au 4 mars"
# Before a bound whose verb tells no tense: it lies ahead (tense.tense_around).
UNTIL = re.compile(
    r"(?i:\bjusqu(?:['’](?:à|au)|e)(?:\s+la\s+(?:journée|nuit|soirée|matinée)\s+d[e'’])?)\s*$"
)
# Before a date, a term counted from now: "d'ici vendredi", "d'ici à la fin du mois" always
# look ahead, whatever the tense of the sentence.
AHEAD = re.compile(r"(?i:\bd['’]ici(?:\s+à)?)\s*$")
# A date the clause comes before ("à l'approche du 14 juillet", "en amont du 3 mai"): the
# calendar decides.
BEFORE_HAPPENING = re.compile(r"(?i:\b(?:en\s+amont|à\s+l['’]approche)\s+d(?:u|e\s+la|es))\s*$")
# The same, with the happening named before its day ("en amont du sommet des dirigeants
# dimanche"): its day follows the clause's own (pipeline._days_of_happenings_ahead).
AHEAD_OF_HAPPENING = re.compile(
    r"(?i:\b(?:en\s+amont|à\s+l['’]approche|en\s+prévision)\s+d(?:u|e\s+la|e\s+l['’]|es)"
    r"[^,;.()«»\"“”]{0,60})$"
)
# "depuis la création de Mistral AI en mai": a start, with the noun it is the date of.
SINCE = re.compile(
    r"(?i:\bdepuis(?:\s+(?:l['’]|la\s+|le\s+|les\s+|sa\s+|son\s+|leur\s+)[\w'’-]+"
    r"(?:\s+(?:d['’]|de\s+|du\s+|des\s+)?[\w'’-]+){0,3})?)\s*$"
)
# A happening set before another ("une précédente manifestation en mai", "la réunion
# précédente, mardi"): it lies behind, whatever the tense of the sentence.
PRIOR = re.compile(
    r"(?i:\b(?:précédente?s?|antérieure?s?)(?:\s+[\w'’-]+){1,4}|"
    r"\b[\w'’-]+\s+(?:précédente?s?|antérieure?s?)\s*,?"
    # "la mort pourrait remonter au mois de juin": what goes back to a month lies behind
    r"|\bremont(?:e|ent|er|ait|aient|erait|eraient)(?:\s+(?:à|au|aux)(?:\s+mois\s+de)?)?"
    # "avec effet rétroactif au 1er janvier": a start gone
    r"|\brétroacti(?:f|ve|vement)\s+(?:à\s+compter\s+d[ue]|au|à|depuis))\s*$"
)
# Prepositions setting a happening before the clause's own ("après leur réunion mi-juillet").
AFTER = frozenset(["après"])
# A figure compared with an earlier one: "après 14,8 % en février", "contre 6,3 % en mars".
COMPARED = re.compile(
    # "identique à celui du premier trimestre": the figure it is set beside.
    r"(?i:\bcel(?:ui|le|les|ux)\s*$)|"
    # "devront être plus réguliers que vendredi": the showing it is measured against.
    r"(?i:\b(?:plus|moins|mieux|aussi)\b[^.;,:!?]{0,30}\bque\s+)$|"
    # "passant de 3,64 % en juillet à 3,59 % en août": the figure it moved from
    r"(?i:\b(?:contre|après|par\s+rapport\s+(?:à|aux?)|(?:passant|passée?s?|passé|revenant|"
    r"revenue?s?|tombant|tombée?s?|grimpant|montant|reculant|chutant)\s+de)\s+[-+]?\d[\d\s.,]*\s*"
    r"(?:%|pour\s*cent|(?:milliers?|millions?|milliards?)(?:\s+d['’]\w+)?|points?|\w*€|euros?)?)\s*$"
)

# --- People (persons.py) -----------------------------------------------------------------------

_BYLINE_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]+|de|du|van|von|le|la))*"
# Writers' credits: a byline opening a line, or a parenthesised credit at the end.
BYLINE = re.compile(
    rf"^[ \t]*[Pp]ar[ \t]+{_BYLINE_NAME}(?:[ \t]*(?:,|et)[ \t]*{_BYLINE_NAME})*"
    rf"|\((?:avec|Avec)\b[^)\n]*\)"
    # Photo credits: "(Photo : Jean Dupont)", "Jean Dupont / AFP".
    rf"|\bPhotos?\s*:\s*{_BYLINE_NAME}"
    rf"|{_BYLINE_NAME}\s*/\s*(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|Bloomberg|MaxPPP)\b"
    # "Kevin Mazur/WireImage": a photographer and an agency.
    rf"|{_BYLINE_NAME}/[A-Z][A-Za-z]+\b"
    # A caption's credit: "... samedi. | Jean Dupont / Le Parisien".
    rf"|\|[ \t]*{_BYLINE_NAME}[ \t]*/[ \t]*[A-Z][\w.-]*",
    re.MULTILINE,
)

# Verbs only people undergo or do: their capitalised subject is a person whatever the tagger
# says ("Cristhian Bahena Rivera was convicted").
PERSON_VERBS = re.compile(
    r"^(?:condamnée?|arrêtée?|interpellée?|inculpée?|acquittée?|écrouée?|décédée?|morte?|"
    r"née?|mariée?|tuée?|assassinée?|blessée?|élue?|nommée?|démissionné|témoigné|disparue?|"
    r"enlevée?|poignardée?)$"
)
PERSON_LABELS = frozenset({"PER"})
PLACE_LABELS = frozenset({"LOC"})
# A name told with its birth ("Marie Curie ... Née Maria Skłodowska à Varsovie"),
# persons._with_birth_names.
BIRTH = re.compile(
    r"(?:(?<![\w-])[Nn]ée?\s+|(?<![\w-])[Nn]ée?\s+sous\s+le\s+nom\s+de\s+)"
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}?[A-ZÀ-Ý][\w'’-]+)"
    r"|(?P<name2>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s+est\s+née?\b"
)
# Titles stripped from a name ("M. Musk" is Musk).
TITLES = re.compile(
    r"^(?:(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St)\.?|S\.\s?E\.(?:\s?M(?:me)?\.)?|"
    r"monsieur|madame|mademoiselle|président|"
    r"présidente|ministre|sénateur|sénatrice|député|députée|maire|juge|général|PDG|patron|"
    r"gouverneur|candidat|candidate|ancien|ancienne|feu|saint|sainte)\s+",
    re.IGNORECASE,
)
# Honorifics kept in the surface forms of a name ("M. Musk").
# "S.E.M. Paul Biya": Son Excellence Monsieur, in official communiqués.
HONORIFICS = r"(?:(?:M|MM|Mme|Mlle|Dr|Pr|Me|Mgr)\.?\s+|S\.\s?E\.(?:\s?M(?:me)?\.)?\s+)"
# Elided words the tagger glues to a name ("d'Elon Musk", "qu'Elon Musk").
ELISIONS = re.compile(r"^(?:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
# Nouns that name a person's role; an apposition ties them to a name in the article.
ROLE_NOUNS = frozenset(
    [
        # Artists and athletes: "la star de 30 ans", "l'interprète de Djadja".
        "star",
        "artiste",
        "interprète",
        "musicien",
        "musicienne",
        "comédien",
        "comédienne",
        "romancier",
        "romancière",
        "cinéaste",
        "athlète",
        "peintre",
        "sculpteur",
        "photographe",
        "humoriste",
        "footballeur",
        "footballeuse",
        # Players by position: "the senior quarterback", "le buteur".
        "défenseur",
        "buteur",
        "ailier",
        "meneur",
        "avant-centre",
        "gardien",
        "milieu de terrain",
        "président",
        "présidente",
        "candidat",
        "candidate",
        "gouverneur",
        "gouverneure",
        "milliardaire",
        "ministre",
        "pdg",
        "patron",
        "patronne",
        "fondateur",
        "fondatrice",
        "directeur",
        "directrice",
        "chef",
        "sénateur",
        "sénatrice",
        "député",
        "députée",
        "maire",
        "porte-parole",
        "secrétaire",
        "chancelier",
        "chancelière",
        "roi",
        "reine",
        "pape",
        "juge",
        "procureur",
        "procureure",
        "entraîneur",
        "entraîneuse",
        "sélectionneur",
        "dirigeant",
        "dirigeante",
        "leader",
        "ambassadeur",
        "ambassadrice",
        "commissaire",
        "vice-président",
        "vice-présidente",
        "magnat",
        "homme-d'affaires",
        "chanteur",
        "chanteuse",
        "acteur",
        "actrice",
        "réalisateur",
        "réalisatrice",
        "écrivain",
        "écrivaine",
        "auteur",
        "autrice",
        "avocat",
        "avocate",
        "suspect",
        "suspecte",
        "accusé",
        "accusée",
        "propriétaire",
        "entrepreneur",
        "entrepreneuse",
        "présentateur",
        "présentatrice",
        "journaliste",
        "opposant",
        "opposante",
        "capitaine",
        "attaquant",
        "joueur",
        "joueuse",
        "champion",
        "championne",
        "rappeur",
        "rappeuse",
        "animateur",
        "animatrice",
        "premier-ministre",
        "ex-président",
        "ex-présidente",
        "prince",
        "princesse",
        "tribun",
        "élu",
        "élue",
        "vice-chancelier",
        "ministre-président",
        "prédécesseur",
        "successeur",
        "héritier",
        "héritière",
        "technicien",
        "technicienne",
        "coureur",
        "coureuse",
        "grimpeur",
        "cycliste",
        "pilote",
        "prévenu",
        "prévenue",
        "quadragénaire",
        "quinquagénaire",
        "sexagénaire",
        "septuagénaire",
        "octogénaire",
        "trentenaire",
        "adolescent",
        "adolescente",
        "édile",
        "expert",
        "experte",
        "médecin",
        "chirurgien",
        "infirmier",
        "infirmière",
        "militant",
        "militante",
        "syndicaliste",
        "économiste",
        "chercheur",
        "chercheuse",
        "scientifique",
        "navigateur",
        "navigatrice",
        "skipper",
        "nageur",
        "nageuse",
        "boxeur",
        "tennisman",
        "tenniswoman",
        "adjoint",
        "adjointe",
        "astronaute",
        "inspecteur",
        "inspectrice",
        "policier",
        "policière",
        "gendarme",
        "colonel",
        "professeur",
        "professeure",
        "enseignant",
        "enseignante",
        "évêque",
        "archevêque",
        "cardinal",
        "imam",
        "rabbin",
        "prêtre",
        "curé",
        "pasteur",
        "diplomate",
        "négociateur",
        "négociatrice",
        "émissaire",
        "conseiller",
        "conseillère",
        "virologue",
        "épidémiologiste",
        "sociologue",
        "historien",
        "historienne",
        "politologue",
        "analyste",
        "préfet",
        "préfète",
        "magistrat",
        "magistrate",
        "ingénieur",
        "ingénieure",
        "architecte",
    ]
)
# Relatives named after a possessive ("son mari, Paul Vidal"): the name acts, not the owner of
# the possessive (persons._before_named_role).
KIN_NOUNS = frozenset(
    ["mari", "épouse", "femme", "fils", "fille", "père", "mère", "frère", "sœur", "compagnon"]
    + ["compagne", "veuve", "veuf", "client", "cliente", "ami", "amie", "petit-fils", "fiancé"]
)
# A lawyer pleading does it for the client: "son avocat, Me X, plaidera la relaxe jeudi" is
# the client's event too, unlike "son avocat, Me X, a déposé une demande" (persons).
COUNSEL_NOUNS = frozenset(["avocat", "avocate", "avocats", "avocates", "conseil"])
PLEADING = re.compile(
    r"(?i:(?<![\w'’-])plaid(?:e|er|era|eront|ait|aient|é|ée|ant|ent|eraient|erait)\b)"
)
ROLE_DETERMINERS = r"(?:le|la|l['’]|du|au|à\s+la|de\s+la)"
# A name in apposition with a thing ("Merck Serono, le groupe allemand"): what may open the
# apposition, and what may follow its noun (an adjective, a complement).
THING_DETERMINERS = r"(?:l['’])?une?\s+des|le|la|l['’]|une?"
APPOSITION_GOES_ON = r"[a-zà-ÿ]"
ROLE_ADJECTIVES = frozenset(
    [
        "nouveau",
        "nouvelle",
        "ancien",
        "ancienne",
        "jeune",
        "actuel",
        "actuelle",
        "futur",
        "future",
        "ex",
        "richissime",
        "célèbre",
        "premier",
        "première",
    ]
)
# Words that make a "person" an organisation, a place or a thing.
NOT_PERSON_WORDS = frozenset(
    [
        # Firms and studios: "Camair Co", "Tunisie Catering", "Yash Raj Films".
        "co",
        "catering",
        "films",
        # Bodies and places the tagger takes for people: "Ensemble Hospitalier", "Antwerp
        # Expo", "NOTRE DAME" in a headline.
        "hospitalier",
        "expo",
        "dame",
        # Events and firms: "le Brexit", "Auchan Retail".
        "brexit",
        "retail",
        # "La France insoumise", "Liberté Chérie Tour", "Element AI": a party, a tour, a firm.
        "insoumise",
        "tour",
        # "le Front national", "le Rassemblement national": parties.
        "national",
        "nationale",
        # Firms with English names, quoted as such in French: "le fonds Artisan Partners".
        "partners",
        "capital",
        "holdings",
        "ventures",
        "mining",  # "Endeavour Mining"
        "resources",
        "motors",
        "airlines",
        # Broadcasters, shops and eateries: "Radio-Canada", "la Brasserie Martin".
        "radio-canada",
        "télé-québec",
        "restaurant",
        "brasserie",
        "boulangerie",
        "café",
        "hôtel",
        "bistrot",
        "auberge",
        "pizzeria",
        "épicerie",
        "college",  # "Queen Mary College"
        "ai",
        "orchestre",
        "festival",
        "compagnie",
        "école",
        "lycée",
        "collège",
        "église",
        "cathédrale",
        "aéroport",
        "île",
        "vallée",
        "rivière",
        "montagne",
        "forêt",
        "stade",
        # A name ending in one of these is an award or a thing: "le Trophée Jean Dupont".
        "trophée",
        "médaille",
        "news",
        "times",
        "journal",
        "post",
        "inc",
        "group",
        "groupe",
        "parti",
        "association",
        "fondation",
        "institut",
        "université",
        "banque",
        "société",
        "club",
        "fc",
        "ministère",
        "agence",
        "twitter",
        "facebook",
        "tesla",
        "spacex",
        "google",
        "apple",
        "amazon",
        "meta",
        "microsoft",
        "centre",
        "center",
        "conseil",
        "assemblée",
        "sénat",
        "commission",
        "tribunal",
        "cour",
        "république",
        "état",
        "états-unis",
        "france",
        "paris",
        "washington",
        "maison-blanche",
        "élysée",
        "capitole",
        "space",
        "x",
        "ong",
        "pdg",
        "afp",
        "reuters",
        "bfm",
        "bfmtv",
        "tf1",
        "lci",
        "cnews",
        "franceinfo",
        "monde",
        "figaro",
        "parisien",
        "libération",
        "ouest-france",
        "europe",
    ]
)
# Nouns before a name that make it a thing: "la tempête Ciaran", "le rover Perseverance".
# Before a name, the part an actor plays: a character, no one in the news.
CHARACTER_BEFORE = re.compile(
    r"(?i:\b(?:rôle\s+d[e'’]|incarn\w*|interpr[èé]t\w*\s+le\s+rôle\s+d[e'’])\s*(?:l[ae]\s+|l['’])?(?:[a-zàâçéèêëîïôûùüÿœ][\w'’-]*\s+){0,2})$"
)
# Storms, whose names stand alone once told ("la tempête Ciaran ... Ciaran a frappé").
STORM_NOUNS = frozenset(
    ["tempête", "ouragan", "cyclone", "typhon", "tempêtes", "ouragans", "cyclones", "typhons"]
)
THING_NOUNS = frozenset(
    [
        # Feasts: "l'Aïd el-Fitr", "l'Aïd el-Kebir".
        "aïd",
        # Offices named by their place: "le Rectorat de Guyane".
        "rectorat",
        "académie",
        # Works named after a character: "le film Emilia Pérez" ("roman" is also a first name).
        "série",
        "film",
        "album",
        "émission",
        "documentaire",
        "spectacle",
        "feuilleton",
        # Places named after someone: "la promenade Marcel Proust", "le parc Jean Moulin".
        # Clubs, teams and businesses: "le club Tottenham", "la start-up Mistral AI".
        "club",
        "équipe",
        "groupe",
        "société",
        "firme",
        "entreprise",
        "start-up",
        "startup",
        "constructeur",
        "compagnie",
        "enseigne",
        "promenade",
        "allée",
        "quai",
        "square",
        "impasse",
        "parc",
        "pont",
        "esplanade",
        "gymnase",
        "médiathèque",
        "fondation",
        "trophée",
        "tempête",
        "ouragan",
        "cyclone",
        "typhon",
        "dépression",
        "opération",
        "navire",
        "bateau",
        "paquebot",
        "frégate",
        "fusée",
        "sonde",
        "rover",
        "robot",
        "satellite",
        "mission",
        "plan",
        "projet",
        "programme",
        "affaire",
        "loi",
        "salle",
        "rue",
        "avenue",
        "boulevard",
        "place",
        "stade",
        "lycée",
        "collège",
        "école",
        "hôpital",
        # "le centre hospitalier Simone Veil de Cannes", "l'Ehpad Marcel Paul"
        "hospitalier",
        "hospitalière",
        "clinique",
        "maternité",
        "ehpad",
        "centre",
        "institut",
        "musée",
        "théâtre",
        "bibliothèque",
        "piscine",
        "crèche",
        "résidence",
        "campus",
        "gare",
        "aéroport",
        "prix",
        "filiale",
        "marque",
    ]
)
# Nouns that only refer back to someone already named ("l'homme", "le quadragénaire").
# Nouns for the two people just named ("Le couple s'est marié samedi").
PAIR_NOUNS = (
    r"(?<![\w-])(?:[Ll]e\s+(?:couple|duo)|[Ll]es\s+(?:deux\s+hommes|deux\s+femmes|époux|"
    r"jeunes\s+mariés))(?![\w'’-])(?!\s+(?:de|d['’]|du|des)\b)"
)
# A person called by their age alone ("the 54-year-old will step down").
AGE_NOUN = r"(?!x)x"  # age nouns are role nouns ("le sexagénaire")
GENERIC_PERSON_NOUNS = frozenset(["homme", "femme"])
# Pronouns and possessives that refer to the person last named ("Il a déclaré", "qu'elle",
# "son avocate").
SUBJECT_PRONOUNS = re.compile(
    r"(?:(?<![\w-])(?:[Ii]l|[Ee]lle)|-t-(?:il|elle)|(?<![\w'’-])(?:[Ss]on|[Ss]a|[Ss]es))(?![\w'’-])"
    r"(?!\s+(?:y\s+a\b|faut\b|s['’]agit\b|semble\b|est\s+(?:temps|possible|probable|"
    r"nécessaire|important|difficile|clair|vrai|question)\b|était\s+une\s+fois\b))"
)
# Gender of each pronoun ("m", "f", or "" when it says nothing of its referent: French
# possessives agree with the thing possessed, "sa voiture" may be his).
PRONOUN_GENDERS = {"il": "m", "elle": "f", "son": "", "sa": "", "ses": ""}
POSSESSIVES = frozenset(["son", "sa", "ses"])
OBJECT_PRONOUNS: frozenset[str] = frozenset()  # French objects are clitics (OBJECT_CLITICS)
# Object clitics ("le Congrès avait tenté de le censurer"), read from the tagger: a PRON
# before a verb, never the article.
# Object forms the parser reads as the subject of a following infinitive ("allowed her to
# remain free"): objects all the same (persons._pronoun_mentions).
ACCUSATIVE_PRONOUNS: frozenset[str] = frozenset()
OBJECT_CLITICS = {"le": "m", "la": "f", "l'": "", "lui": ""}
# Honorifics that say a gender ("M. Lachaux", "Mme Paredes"); "Me" and "Dr" do not.
MASCULINE_HONORIFICS = frozenset(["m", "mm", "monsieur"])
FEMININE_HONORIFICS = frozenset(["mme", "mmes", "mlle", "madame", "mademoiselle"])
# Determiners before a role noun that say a gender ("la ministre", "le juge").
MASCULINE_DETERMINERS = frozenset(["le", "du", "au", "un"])
FEMININE_DETERMINERS = frozenset(["la", "à la", "de la", "une"])
# Feminine role nouns with the masculine they share a role with.
FEMININE_ROLES = {
    "musicienne": "musicien",
    "comédienne": "comédien",
    "romancière": "romancier",
    "footballeuse": "footballeur",
    "présidente": "président",
    "candidate": "candidat",
    "gouverneure": "gouverneur",
    "patronne": "patron",
    "fondatrice": "fondateur",
    "directrice": "directeur",
    "sénatrice": "sénateur",
    "députée": "député",
    "chancelière": "chancelier",
    "reine": "roi",
    "procureure": "procureur",
    "entraîneuse": "entraîneur",
    "dirigeante": "dirigeant",
    "ambassadrice": "ambassadeur",
    "vice-présidente": "vice-président",
    "chanteuse": "chanteur",
    "actrice": "acteur",
    "réalisatrice": "réalisateur",
    "écrivaine": "écrivain",
    "autrice": "auteur",
    "avocate": "avocat",
    "suspecte": "suspect",
    "accusée": "accusé",
    "entrepreneuse": "entrepreneur",
    "présentatrice": "présentateur",
    "opposante": "opposant",
    "joueuse": "joueur",
    "championne": "champion",
    "rappeuse": "rappeur",
    "animatrice": "animateur",
    "ex-présidente": "ex-président",
    "princesse": "prince",
    "élue": "élu",
    "héritière": "héritier",
    "technicienne": "technicien",
    "coureuse": "coureur",
    "prévenue": "prévenu",
    "adolescente": "adolescent",
    "experte": "expert",
    "infirmière": "infirmier",
    "militante": "militant",
    "chercheuse": "chercheur",
    "navigatrice": "navigateur",
    "nageuse": "nageur",
    "adjointe": "adjoint",
    "inspectrice": "inspecteur",
    "policière": "policier",
    "professeure": "professeur",
    "enseignante": "enseignant",
    "négociatrice": "négociateur",
    "conseillère": "conseiller",
    "historienne": "historien",
    "préfète": "préfet",
    "magistrate": "magistrat",
    "ingénieure": "ingénieur",
}
# Roles a journalist uses for one another: "le suspect" after "Dylan Morvan, accusé du
# meurtre", "le chef de l'État" after "le président, Héctor Vilca".
ROLE_SYNONYMS = {
    "accusé": "suspect",
    "prévenu": "suspect",
    "technicien": "entraîneur",
    "sélectionneur": "entraîneur",
    "cycliste": "coureur",
    "grimpeur": "coureur",
    "attaquant": "joueur",
    "édile": "maire",
    "chef de l'état": "président",
    "chef du gouvernement": "premier-ministre",
    "première ministre": "premier-ministre",
    "premier ministre": "premier-ministre",
}
# Adjectives and participles after a role noun that narrow it ("le directeur général",
# "l'expert désigné", "le président sortant"): word endings, since the list is open.
ROLE_POSTMODIFIER = (
    r"[a-zàâçéèêëîïôûùüÿœ-]+(?:é|ée|és|ées|al|ale|if|ive|ier|ière|el|elle|ique|aire|ant|ante"
    r"|ain|aine|ais|aise|ien|ienne)"
)
# Demonyms used for the person just named, as sports and politics pages do ("Le Savoyard vise
# désormais les Jeux", "la Française s'est imposée"): a capitalised noun with a demonym ending.
DEMONYM = (
    r"(?P<det>[Ll]e|[Ll]a|[Ll]['’])\s*(?P<np>[A-ZÀ-Ý][a-zà-ÿ]+(?:ais|aise|ois|oise|ien|ienne"
    r"|éen|éenne|ain|aine|ard|arde))(?![\w'’-])"
)
# French adjectives before a role noun are the ROLE_ADJECTIVES ("l'ancien président").
ROLE_PREMODIFIER = r"(?!x)x"
# Verbs that report what someone said: the speaker is no participant of what is reported
# ("M. Lachaux a fait appel hier, a confirmé Me Arnaud"), only of the speech itself
# ("a confirmé la nouvelle ce vendredi matin").
# Reporting verbs in the imperfect, which date the saying right after them ("annonçaient fin
# juillet les notaires": tense._reporting_verb_before) whatever the tagger reads.
REPORTING_IMPERFECT = frozenset(
    [
        "annonçait",
        "annonçaient",
        "indiquait",
        "indiquaient",
        "déclarait",
        "déclaraient",
        "expliquait",
        "expliquaient",
        "précisait",
        "précisaient",
        "affirmait",
        "affirmaient",
        "assurait",
        "assuraient",
    ]
)
REPORTING_VERBS = frozenset(
    [
        "rapporte",
        "rapporté",
        "rapportent",
        "déclaré",
        "déclare",
        "annoncé",
        "annonce",
        "indiqué",
        "indique",
        "affirmé",
        "affirme",
        "expliqué",
        "explique",
        "confirmé",
        "confirme",
        "précisé",
        "précise",
        "ajouté",
        "ajoute",
        "souligné",
        "souligne",
        "estimé",
        "estime",
        "assuré",
        "assure",
        "dit",
        "reconnu",
        "reconnaît",
        "raconté",
        "raconte",
        "confié",
        "confie",
        "insisté",
        "insiste",
        "martelé",
        "martèle",
        "prévenu",
        "prévient",
        "averti",
        "avertit",
        "regretté",
        "regrette",
        "dénoncé",
        "dénonce",
        "plaidé",
        "plaide",
        "répondu",
        "répond",
        "commenté",
        "commente",
        "noté",
        "note",
        "relevé",
        "relève",
        "écrit",
        "admis",
        "admet",
        "concédé",
        "concède",
        "glissé",
        "glisse",
        "lancé",
        "lance",
        "tranché",
        "tranche",
        "résumé",
        "résume",
        "jugé",
        "juge",
        "rappelé",
        "rappelle",
        "évoqué",
        "évoque",
        "cité",
        "cite",
    ]
)
# Reporting verbs whose object is an earlier event they bring up ("a rappelé l'attentat du
# 6 janvier"): what they govern is reported, not only a clause after "que".
RECALLING_VERBS = frozenset(["rappelé", "rappelle", "évoqué", "évoque", "cité", "cite"])
# "selon X", "d'après X": X is a source, not a participant.
SOURCE_MARKERS = re.compile(r"(?<![\w'’-])(?:[Ss]elon|[Dd]['’]après)\s+$")
# A quote in the first person includes its speaker (« Nous devons aujourd'hui... »).
FIRST_PERSON = re.compile(
    r"(?<![\w'’-])(?:(?:je|nous|me|moi|mon|ma|mes|notre|nos)(?![\w'’-])|[jm]['’])", re.IGNORECASE
)
MASCULINE_ROLES = frozenset(FEMININE_ROLES.values())


# Nationalities the tagger runs into the name after them: "la Brésilienne CéU".
DEMONYMS = frozenset(
    f"{stem}{ending}"
    for stems, endings in [
        (
            "Algér Autrich Austral Brésil Canad Chil Colomb Égypt Haït Ind Iran Israél Ital "
            "Ivoir Jordan Libér Mauritan Norvég Péruv Syr Tunis Ukrain Vietnam",
            ("ien", "ienne"),
        ),
        ("Améric Maroc Mexic Cub Domini", ("ain", "aine")),
        ("Allemand Argentin Espagnol Nigérian Kényan", ("", "e")),
        ("Belge Suisse Russe Britannique Serbe Croate Tchèque", ("",)),
    ]
    for stem in stems.split()
    for ending in endings
)


# Nouns of a firm's business: a name they belong to is a firm ("les ventes de Stellantis").
FIRM_ATTRIBUTES = (
    r"ventes|résultats|direction|dirigeants|usines?|salariés|actionnaires|chiffre\s+d['’]affaires"
    r"|bénéfices?|actions|filiales?|siège\s+social|cotation|conseil\s+d['’]administration"
)


# In a headline, the words of a look back on a year (pipeline._year_in_review).
YEAR_IN_REVIEW = re.compile(
    r"(?i:r[ée]trospective|retour\s+sur|les\s+plus\s+lus|marquants?|ce\s+qu['’]il\s+faut"
    r"\s+retenir|l['’]ann[ée]e\s+en\s+images)"
)


HABITUAL = re.compile(
    # (not "267 mm depuis le 18 octobre (contre 89 habituellement)": amounts compared)
    r"(?i)\b(?:(?<![\d%]\s)habituellement|généralement|traditionnellement|régulièrement|"
    r"d['’]ordinaire|"
    r"d['’]habitude|"
    # "La soirée avait pour habitude de se tenir à la fin du mois de février"
    r"pour\s+habitude|l['’]habitude\s+de|"
    # "Comme chaque année, le panel s'est prononcé fin novembre": this year's, as always
    r"(?<!comme\s)(?:chaque\s+année|tous\s+les\s+ans)|"
    # "En temps normal, l'épidémie suit le même schéma d'une année sur l'autre"
    r"en\s+temps\s+normal|d['’]une\s+année\s+(?:sur|à)\s+l['’]autre|"
    # "ce tarif est revu deux fois par an, en février et en août": a yearly round
    r"fois\s+(?:par\s+an(?:née)?|l['’]an)|"
    # not "la population en général": the whole of it
    r"(?<!population\s)(?<!public\s)(?<!gens\s)(?<!monde\s)(?<!personnes\s)en\s+général)\b"
)


# After a day, perhaps with more days of its month, the year it is of: "August 29 and 30 next
# year", "le 29 août de l'année prochaine".
RELATIVE_YEAR_AFTER = re.compile(
    r"(?:\s*(?:,|et)\s*\d{1,2}(?:er)?)*,?\s+(?:de\s+)?"
    r"(?P<rel>(?i:l['’]an\s+prochain|l['’]année\s+prochaine|l['’]an\s+dernier"
    r"|l['’]année\s+dernière|cette\s+année))\b"
)


# Weekdays in the plural: a sentence that holds one tells a weekly timetable.
WEEKDAYS_PLURAL = re.compile(
    r"(?i)\bles\s+(?:lun|mar|mercre|jeu|vendre|same)dis\b|\bles\s+dimanches\b"
    # A count per week ("trois vols par semaine", "trois rotations hebdomadaires") or
    # weekdays with their hours ("lundi à 7h20, mercredi à 7h15"): a timetable.
    r"|(?i:\b(?:\d+|deux|trois|quatre|cinq|six|sept)\s+(?:[\w-]+\s+){0,2}"
    r"(?:par\s+semaine|hebdomadaires)\b)"
    rf"|(?i:\b(?:{_WEEKDAY})\s+à\s+\d{{1,2}}\s?h\s?\d*\s*,?\s*(?:et\s+)?"
    rf"(?:{_WEEKDAY})\s+à\s+\d)"
)


# Seasons that come back every year, whose yearless months a present tense tells of every
# year (not "la saison des pluies a commencé en juin").
SEASON_OF_EVERY_YEAR = re.compile(
    r"(?i)\bsaisons?\s+(?:des\s+pluies|pluvieuses?|sèches?|cycloniques?|des\s+cyclones|"
    r"des\s+ouragans|de\s+la\s+mousson|humides?)\b|\bmoussons?\b"
)


# Habits of every day: a "next day" in them is any day's ("met à jour tous les soirs son
# programme pour le lendemain").
DAILY = re.compile(
    r"(?i)\b(?:chaque\s+(?:jour|soir|matin|nuit)|tous\s+les\s+(?:jours|soirs|matins)|"
    r"toutes\s+les\s+nuits)\b"
)


# Words telling what happens most times: a time counted from such happenings dates none.
USUALLY = re.compile(
    r"(?i)\b(?:la\s+plupart\s+du\s+temps|le\s+plus\s+souvent|souvent|généralement|"
    r"habituellement|d['’]habitude|d['’]ordinaire|en\s+général|régulièrement)\b"
)


# Around a weekday, the words that count it from the day told before it: "the previous
# Wednesday", "the following Monday", "le mercredi précédent", "le lundi suivant".
FROM_THE_FOCUS_BEFORE = re.compile(r"(?!x)x")


FROM_THE_FOCUS_AFTER = re.compile(r"\s+(?P<way>précédent|suivant)\b")


# A weekday that closes a span opened by a day of its sentence, a time between them: "de ce
# lundi 2 avril à 19h jusqu'à 8h jeudi", "from 7 p.m. on Monday, April 2, until 8 a.m. Thursday".
UNTIL_BEFORE = re.compile(
    r"(?i:\bjusqu['’](?:à|au)\s+(?:\d{1,2}\s?h(?:\s?\d\d)?\s+|midi\s+|minuit\s+)?)$"
)


# Before the day that closes a span opened earlier in the sentence: "and end on December 7",
# "et s'achèvera le 7 décembre".
ENDING_BEFORE = re.compile(
    r"(?i:\b(?:se\s+termine(?:ra)?|s['’]achève(?:ra)?|prend(?:ra)?\s+fin|se\s+clôture(?:ra)?"
    r"|se\s+terminer|s['’]achever|prendre\s+fin)\s+(?:le\s+)?|\bjusqu['’](?:à\s+|au\s+)?)$"
)


# A vague time on from the date told before ("quelques jours plus tard", "des semaines après"):
# the story moves on by a time nobody can count (pipeline._vaguely_later).
VAGUE_LATER = re.compile(
    r"(?i)\b(?:jours|semaines|mois|ans|années)\s+(?:plus\s+tard|après|ensuite)(?!\s+(?:l[ae'’]|les|d))"
)


# The head of a line that lists what is to come ("Au programme : samedi, qualifications ;
# dimanche, course"): its weekdays lie ahead (pipeline._in_a_schedule).
SCHEDULE_HEAD = re.compile(
    r"[ \t]*(?i:au\s+programme|programme|horaires|calendrier|agenda|à\s+venir|à\s+suivre)"
    r"\b[^\n:.]{0,30}:"
)


# A deadline given ("avait jusqu'à dimanche pour déclencher les élections"): the day is still
# ahead (pipeline, with DEADLINE_PURPOSE after the day).
HAVING_UNTIL = re.compile(
    r"(?i:\b(?:a|ont|avait|avaient|aura|auront|dispose|disposait|disposent)\s+(?:[\w'’-]+\s+){0,2}"
    r"jusqu['’](?:à|au)\s+)$"
)
DEADLINE_PURPOSE = re.compile(r"[ \t]+pour\s+[a-zàâçéèêëîïôûùüÿœ]")


# After a weekday and its day, the rest of a list of such days closed by their month (and
# year): "le jeudi 20, le vendredi 21 et le samedi 22 juillet".
_LISTED_DAY = rf"(?:l[ea]s?\s+)?(?:(?:{_WEEKDAY}),?\s+)?{_DAY_NUMBER}"
LIST_MONTH_AFTER = re.compile(
    rf"(?:\s*(?:,|et)\s*{_LISTED_DAY})*\s*(?:,|et)\s*{_LISTED_DAY}\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{YEAR}))?"
)

# The day of a death, told with the age ("Claude Michaud (21 février, 77 ans)"): gone.
DIED_AGED = re.compile(r",\s*(?:à\s+)?\d{1,3}\s+ans\s*\)")

# A deictic word written as a name within a sentence ("a confié à Aujourd'hui en France"):
# a newspaper, no day.
NAMED_DEICTIC = re.compile(r"(?<=[a-zà-ÿ] )Aujourd['’]hui(?![\w'’])")

# A record before "depuis 1900": "le mois de septembre le plus sec depuis 1900" counts from a
# baseline, no event.
# (not "depuis le début des relevés en 1873": the series' start, a date)
RECORD_BEFORE = re.compile(
    r"(?i:\b(?:le|la|les)\s+plus\s+\w+|\brecords?\b|\bjamais\s+(?:enregistré|observé|mesuré)e?s?)"
    r"\b[^.;!?\n]{0,40}\bdepuis\s+\d{4}$"
)

# "Ce soir de janvier 2017", "cette nuit d'été": an evening of the month or season told, not
# today's.
DEICTIC_OF_A_MONTH = re.compile(
    r"(?i:ce\s+(?:soir|matin|jour)|cette\s+(?:nuit|matinée|soirée|journée)|cet\s+après-midi)"
    rf"\s+(?:de\s+|d['’])(?:{'|'.join(MONTHS)}|printemps|été|automne|hiver)\b"
)

# A photo's caption, told in the present of what it shows ("Me Dupont (à gauche) quitte le
# tribunal lundi"): the day is gone, unless a future is written (FUTURE_WORD).
CAPTION_MARK = re.compile(r"\((?:à\s+gauche|à\s+droite|au\s+centre|photo)\)", re.IGNORECASE)
FUTURE_WORD = re.compile(r"(?i:\b(?:va|vont|sera|seront|aura|auront|devra|devront)\b)")

# --- Participles (tense.py) -------------------------------------------------------------------

# The present of "avoir", an auxiliary the parser may read as the verb ("n'a même pas
# répondu"), and the adverbs that may stand between it and its participle.
AVOIR_PRESENT = frozenset(["ai", "as", "a", "avons", "avez", "ont"])
BETWEEN_AUXILIARY_AND_PARTICIPLE = frozenset(
    [
        "ne",
        "n'",
        "n’",
        "pas",
        "même",
        "jamais",
        "plus",
        "guère",
        "point",
        "toujours",
        "déjà",
        "encore",
        "bien",
        "aussi",
        "rien",
        "pourtant",
        "enfin",
        "finalement",
        "alors",
    ]
)
# A past participle's ending ("répondu", "diffusée", "ouvert"; not "rouvre", misread).
PAST_PARTICIPLE_FORM = re.compile(r"(?:é|i|u|is|it|ert|int)(?:e|s|es)?$")
# Participles of a plan: "le concert prévu samedi" lies ahead.
PLAN_PARTICIPLE = re.compile(
    r"^(?:prévu|programmé|annoncé|attendu|fixé|reporté|repoussé|décalé|avancé|planifié|"
    r"convoqué|ajourné|renvoyé|agendé|espéré|envisagé|organisé|maintenu|confirmé)(?:e|s|es)?$"
)
# A perfect participle's clause before its day: "s'étant imposés samedi", "ayant remporté
# son match samedi" (not "ayant lieu samedi": a present).
PERFECT_PARTICIPLE = re.compile(
    r"(?i:\b(?:étant|ayant)\s+(?:été\s+)?(?!lieu\b)(?P<verb>[^\W\d]+)"
    r"(?:\s+[^\W\d][^\s,;:.!?()«»\"]*){0,4}\s+(?:le\s+|ce\s+)?)$"
)
# A match's winner or loser named before its day: "vainqueur de Ludogorets jeudi", "battu
# par Lyon samedi", "lors de la défaite 4-0 à Westerlo dimanche".
WON_BEFORE = re.compile(
    r"(?i:\b(?:vainqueurs?|victorieux|victorieuses?|tombeurs?|battus?|battues?|défaits?|"
    r"défaites?|victoires?)\s+(?:\d{1,2}\s?[-–]\s?\d{1,2}\s+)?"
    r"(?:de|du|des|d['’]|face\s+à|face\s+au|contre|à|au|par|sur)\s+"
    r"(?:[^\s,;:.!?()«»\"]+\s+){0,4}(?:le\s+|ce\s+)?)$"
)
# A price the market closed on: "le cours de clôture de 6,08 dollars lundi".
CLOSING_PRICE = re.compile(
    r"(?i:\b(?:clôtur\w*|cours\s+de\s+clôture)\b[^.;!?\n]{0,30}\d[^.;!?\n]{0,12}\s+"
    # "une prime de 26 % sur le cours de clôture de mercredi"
    r"|\b(?:la\s+clôture|cours\s+de\s+clôture)\s+(?:de\s+|du\s+)?)$"
)
# After a day, the market's close on it (pipeline.tense.CLOSE_AFTER in English).
CLOSE_AFTER = re.compile(r"(?!)")
# Words between a participle and the day it dates: "diffusée dans la nuit de vendredi".
BEFORE_THE_DAY = frozenset(["dans", "la", "le", "l'", "l’", "au", "en", "ce", "cette", "dès"])
