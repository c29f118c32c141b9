"""The tense around a temporal expression: past, present, future or unknown.

It decides which year a yearless date takes ("en octobre" with "a acquis" is last October) and
whether a bare weekday lies ahead ("débattront mardi", "Tickets go on sale on Monday"). It reads
the morphologizer (fr) or the tagger (en) on the verb that governs the expression, then on the
nearest verbs, with word-form cues where the small models are weak.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

from spacy.tokens import Span, Token

from . import lang_en, lang_fr
from .nlp import doc_text
from .resolve import FUTURE, PAST, PRESENT, UNKNOWN

_LANGUAGES: dict[str, ModuleType] = {"fr": lang_fr, "en": lang_en}


def _is_verb(token: Token, rules: ModuleType) -> bool:
    if token.dep_.startswith("aux"):
        return False  # "a" in "a présenté": the participle carries the tense
    if token.tag_ == "VBG" and token.dep_ == "prep":
        return False  # "following Monday's caucuses", "including": a preposition
    if token.dep_ == "flat:name" and token.is_title and token.i > token.sent.start:
        return False  # "le Monsieur Parfait Sting": a word of a name
    if token.pos_ in {"VERB", "AUX"}:
        return True
    if _has_auxiliary(token):
        return True  # a participle the tagger read as an adjective ("a-t-il répété")
    if token.dep_ in {"acl:relcl", "relcl"} and token.pos_ == "ADJ":
        return True  # the head of a relative clause: "qui court jusqu'au 2 janvier"
    if (
        _past_with_etre(token, rules)
        or _reflexive_read_as_noun(token)
        or _transitive_read_as_noun(token)
    ):
        return True
    return _looks_future(token, rules)


def _condition_of_what_may_come(token: Token, rules: ModuleType) -> bool:
    """ "Chelsea can match the record if they beat Stoke on Dec. 31": the condition of what a
    modal says may come lies ahead, whatever form its verb takes (English)."""
    head = token.head
    return (
        token.dep_ == "advcl"
        and any(
            child.dep_ == "mark" and child.lower_ in {"if", "unless"} for child in token.children
        )
        and not any(
            child.dep_ == "aux" and child.lower_ in {"had", "has", "have"}
            for child in token.children
        )
        and any(
            child.dep_ == "aux" and child.lower_ in rules.FUTURE_MODALS | {"can"}
            for child in head.children
        )
        and not any(
            child.dep_ == "aux" and child.lower_ in {"have", "'ve"} for child in head.children
        )
    )


def _transitive_read_as_noun(token: Token) -> bool:
    """ "United welcome Brighton to Old Trafford on Saturday night", "welcome" read as a noun
    heading the sentence: a noun takes no direct object, so it is a verb in the present
    (English)."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "ROOT"
        and token.tag_ == "NN"
        and any(child.dep_ == "dobj" for child in token.children)
    )


def _reflexive_read_as_noun(token: Token) -> bool:
    """ "La course se termine dimanche", "termine" read as a noun: a word with its reflexive
    pronoun is a verb (French)."""
    return token.pos_ == "NOUN" and any(
        child.dep_.startswith("expl") and child.lower_ in {"se", "s'", "s’"}
        for child in token.children
    )


# What a participle adds to the stem of a verb conjugated with "être" ("tomb|ée", "part|ie",
# "venu|e"; not "pass|ionnée").
_ETRE_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|e|es|s)?")


def _past_with_etre(token: Token, rules: ModuleType) -> bool:
    """ "La grêle est tombée jeudi": the past participle of a verb conjugated with "être", read
    as an adjective after a copula, or as a noun without its article ("La sécheresse de mars
    est arrivée"; not "c'est l'arrivée"); a passé composé (or a pluperfect: "était
    arrivée")."""
    copula = next((c for c in token.children if c.dep_ == "cop"), None)
    stem = rules.BE_VERBS.match(token.lower_)
    return (
        copula is not None
        and (
            token.pos_ == "ADJ"
            or (token.pos_ == "NOUN" and not any(c.dep_ == "det" for c in token.children))
        )
        and stem is not None
        and _ETRE_PARTICIPLE_END.fullmatch(token.lower_, stem.end()) is not None
        and _past_participle_form(token)
        and bool({"Pres", "Imp"} & set(copula.morph.get("Tense")))
    )


def _has_auxiliary(token: Token) -> bool:
    """A participle the tagger read as another word class: "a-t-il répété" (ADJ), "ont réussi"
    (ADV), "a été détruite" (a present)."""
    if not any(c.dep_ == "aux:tense" for c in token.children):
        return False
    # "a été totalement détruite": a passive participle read as a present
    return token.pos_ in {"ADJ", "ADV", "NOUN"} or (
        "Fin" in token.morph.get("VerbForm") and any(c.lower_ == "été" for c in token.children)
    )


def _looks_future(token: Token, rules: ModuleType) -> bool:
    """A simple future the morphologizer missed ("ouvrira"); never a name ("Schapira")."""
    if token.pos_ in {"PROPN", "PUNCT", "NUM"}:
        return False
    if token.text[:1].isupper() and not token.is_sent_start:
        return False
    text = token.lower_
    return bool(rules.FUTURE_FORM.match(text)) and text not in rules.NOT_FUTURE


def _looks_conditional(token: Token, rules: ModuleType) -> bool:
    """A conditional the morphologizer read as an imperfect ("circulerait"): in reported
    speech it is a future seen from the past ("a annoncé qu'un train circulerait mercredi")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_.startswith("aux"):
        return False
    # Only after "que": "selon un sondage, il recueillerait 18 %" hedges the present.
    before = token.doc[token.sent.start : token.i]
    if not any(t.lower_ in {"que", "qu'", "qu’"} for t in before):
        return False
    text = token.lower_
    return bool(rules.CONDITIONAL_FORM.match(text)) and text not in rules.NOT_FUTURE


def verb_tense(token: Token, language: str, expression: Span | None = None) -> int:
    """The tense one verb carries, with its auxiliaries."""
    rules = _LANGUAGES[language]
    scheduling = (
        rules.SCHEDULING.match(token.text)
        # "Dès mi-octobre, l'alliance a appelé à des actions": a day set before the verb
        # dates the calling, not what is called for
        and (expression is None or expression.start > token.i)
        and not _pluperfect(token, rules)
        and not _plan_told_in_pluperfect(token, rules)
        and not _first_plan(token, rules)
    )
    if scheduling and (token.lower_ != "set" or _preceded_by(expression, {"for"})):
        return FUTURE
    if _plan_told_before(token, rules, expression):
        return UNKNOWN
    if language == "en":
        return _english_tense(token, rules)
    return _french_tense(token, rules)


def _plan_told_before(token: Token, rules: ModuleType, expression: Span | None) -> bool:
    """ "An inquest was scheduled for August 12", "avait été programmé le 3 mars": a plan
    told in the past, held before or after publication: the calendar decides. (A weekday so
    told is the one just gone: "were expected to drop the charges on Thursday".)"""
    return bool(
        rules.SCHEDULING.match(token.text)
        and _pluperfect(token, rules)
        and expression is not None
        and not _has_weekday(expression, rules)
    )


def _pluperfect(token: Token, rules: ModuleType) -> bool:
    """ "avait prévu", "had planned": a plan told in the past, not a date ahead."""
    before = token.doc[max(token.sent.start, token.i - 3) : token.i]
    return any(t.lower_ in rules.PLUPERFECT_AUXILIARIES for t in before)


def _plan_told_in_pluperfect(token: Token, rules: ModuleType) -> bool:
    """ "Le scrutin, initialement prévu en mars, avait été repoussé", "The vote, originally
    scheduled for March, had been postponed": the plan lies before a past already past."""
    if token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        verb = token.head.head
        if verb.i == token.head.i:
            return False
    elif token.dep_ == "advcl" and token.head.pos_ in {"VERB", "AUX"}:
        verb = token.head  # the parser may hang the participle on the verb: "réunion, prévue"
    else:
        return False
    # "avaient dû annuler cette réunion, prévue le 5 juillet": up through the infinitives.
    while "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i:
        verb = verb.head
    return any(
        child.dep_.startswith("aux") and child.lower_ in rules.PLUPERFECT_AUXILIARIES
        for child in verb.children
    )


def _plans_ahead(token: Token, rules: ModuleType) -> bool:
    """ "prévoit de s'entretenir", "plans to visit": an intent before an infinitive, unless the
    plan was since changed."""
    return (
        bool(rules.FUTURE_INTENT.match(token.text))
        and _infinitive_follows(token)
        and not _first_plan(token, rules)
    )


def _first_plan(token: Token, rules: ModuleType) -> bool:
    """ "Originally scheduled to take place Sunday", "initialement prévu le 3 mars": a plan
    since changed, whose date the calendar places."""
    before = token.doc[max(token.sent.start, token.i - 3) : token.i]
    words = " ".join(t.lower_ for t in before).replace("’", "'").replace("' ", "'").split()
    # "first" only right before the verb ("first scheduled for"): "with the first Test set to
    # be played on December 3" is the first of the Tests.
    return any(word in rules.FIRST_PLAN for word in words if word != "first") or (
        bool(words) and words[-1] == "first" and "first" in rules.FIRST_PLAN
    )


def _directive_told_before(governor: Token, rules: ModuleType) -> bool:
    """ "was ordered to report on Feb. 9": asked in the past, due some time after."""
    return bool(rules.DIRECTIVES.match(governor.text)) and _pluperfect(governor, rules)


def _preceded_by(expression: Span | None, words: set[str]) -> bool:
    return (
        expression is not None
        and expression.start > 0
        and (expression.doc[expression.start - 1].lower_ in words or expression[0].lower_ in words)
    )


def _after_a_deed_done(token: Token) -> bool:
    """ "Après avoir annoncé en octobre une cure minceur, la Ville ...": a perfect infinitive
    after "après" tells a deed done before the main clause."""
    auxiliary = next(
        (c for c in token.children if c.dep_.startswith("aux") and c.lower_ in {"avoir", "être"}),
        None,
    )
    return (
        auxiliary is not None
        and auxiliary.i > 0
        and token.doc[auxiliary.i - 1].lower_ in {"après", "apres"}
    )


def _auxiliary_read_as_verb(token: Token) -> bool:
    """ "l'équipe n'a même pas répondu", "a" read as the verb and "répondu" as an adjective:
    a present of "avoir" before a participle is a perfect, a deed done."""
    if token.lower_ not in lang_fr.AVOIR_PRESENT:
        return False
    for following in token.doc[token.i + 1 : token.i + 5]:
        if following.lower_ in lang_fr.BETWEEN_AUXILIARY_AND_PARTICIPLE:
            continue
        return following.head.i == token.i and (
            "Part" in following.morph.get("VerbForm")
            or (following.pos_ == "ADJ" and _past_participle_form(following))
        )
    return False


def _past_participle_form(token: Token) -> bool:
    """A French past participle's ending ("répondu", "diffusée"; not "rouvre", misread)."""
    return lang_fr.PAST_PARTICIPLE_FORM.search(token.lower_) is not None


def _french_tense(token: Token, rules: ModuleType) -> int:
    if _past_with_etre(token, rules):
        return PAST
    if _reflexive_read_as_noun(token) and not _past_participle_form(token):
        return PRESENT  # "La course se termine dimanche"
    copula = next((c for c in token.children if c.dep_ == "cop"), None)
    if (
        copula is not None
        and "Fin" in copula.morph.get("VerbForm")
        and "Part" not in token.morph.get("VerbForm")  # "est parti": an auxiliary
    ):
        # "les pilotes étaient en grève vendredi", "grève" read as a verb: the copula holds
        # the tense of a predicate.
        return _french_tense(copula, rules)
    morph = token.morph
    tense = morph.get("Tense")
    misread_imperfect = (  # "il consultait lundi", read as a conditional: no "r" before "ait"
        "Cnd" in morph.get("Mood")
        and rules.IMPERFECT_FORM.match(token.lower_)
        and not token.lower_.endswith(("rait", "raient"))
    )
    if misread_imperfect:
        return PAST
    if _after_a_deed_done(token) or _auxiliary_read_as_verb(token):
        return PAST
    # A future always ends in "-ra", "-ront"...: "l'accusé" read as a future is no verb.
    future_ending = token.lower_.endswith(("rai", "ras", "ra", "rons", "rez", "ront"))
    if (
        ("Fut" in tense and future_ending)
        or "Cnd" in morph.get("Mood")
        or _looks_future(token, rules)
        or _looks_conditional(token, rules)
    ):
        return FUTURE
    if _has_auxiliary(token):
        auxiliaries = _auxiliaries(token, rules)
        if _future_perfect(auxiliaries):
            return UNKNOWN  # "n'aura patienté qu'un mois": a future perfect looks back
        if any("Fut" in a.morph.get("Tense") or _looks_future(a, rules) for a in auxiliaries):
            return FUTURE
        return PAST
    if rules.IMPERFECT_FORM.match(token.lower_) and not rules.CONDITIONAL_FORM.match(token.lower_):
        return PAST  # an imperfect the morphologizer read as a present ("mesuraient")
    if "Inf" in morph.get("VerbForm"):
        # "prévoit de s'entretenir", "va se rendre", "a appelé à faire grève"
        return _governed_tense(token, rules, _french_tense, _french_infinitive)
    if _plans_ahead(token, rules):
        return FUTURE
    if (
        "Part" in morph.get("VerbForm")
        and "Past" in tense
        and not _auxiliaries(token, rules)
        and not rules.PAST_PARTICIPLE.match(token.lower_)
        and not _done_by_someone(token)
        # "Ambiance morose à l'audience": on a noun without a determiner, which is no
        # subject, an adjective or a participle ("La médiathèque rouvre" has one)
        and not (
            token.dep_ == "acl"
            and token.head.pos_ == "NOUN"
            and not any(child.dep_ == "det" for child in token.head.children)
        )
    ):
        return PRESENT  # "La médiathèque rouvre ce mardi": a present read as a participle
    if "Part" in morph.get("VerbForm") and "Past" in tense:
        auxiliaries = _auxiliaries(token, rules)
        if any("Inf" in a.morph.get("VerbForm") for a in auxiliaries):
            # "doit être réévaluée fin juin": an infinitive, whose governor tells the tense.
            return _governed_tense(token, rules, _french_tense, _french_infinitive)
        if _future_perfect(auxiliaries):
            return UNKNOWN  # "n'aura finalement patienté qu'un mois et demi": the calendar decides
        if any("Fut" in a.morph.get("Tense") or _looks_future(a, rules) for a in auxiliaries):
            return FUTURE  # "sera examiné", "resteront fermées"
        if _conditional_auxiliary(token, rules):
            return FUTURE
        if auxiliaries and _present_passive(token, rules):
            if rules.FORECAST.match(token.lower_):
                return PRESENT  # "des averses sont annoncées mercredi": a forecast
            # "sont tenues de remettre une liste le 14 mai", "est diffusée": a present passive
            # or the past of a verb conjugated with "être"; the calendar decides.
            return UNKNOWN
        if auxiliaries:
            return PAST
        if token.dep_ == "xcomp" and "Fin" in token.head.morph.get("VerbForm"):
            return _french_tense(token.head, rules)  # "reste classé": a state, now
        if token.dep_ != "ROOT" and token.lower_.endswith(("é", "ée", "és", "ées")):
            return PAST  # an apposed participle: "Ron DeSantis, réélu mardi, ..."
        if token.dep_ == "acl" and token.head.pos_ == "NOUN":
            return PAST  # a participle on a noun tells what befell it: "une séquence ouverte"
        if _done_by_someone(token):
            return PAST  # "joint par le Luxemburger Wort vendredi soir": done by someone
        return UNKNOWN  # the tagger reads many present forms as participles ("vise")
    if (
        "Imp" in tense
        and "Fin" in morph.get("VerbForm")
        and not _IMPERFECT_ENDING.search(token.lower_)
    ):
        return PRESENT  # a present the morphologizer read as an imperfect ("se revoient")
    if (
        "Past" in tense
        and "Fin" in morph.get("VerbForm")
        and token.lower_.endswith("it")
        and token.lower_ not in rules.REPORTING_VERBS
    ):
        # "une intersyndicale se réunit vendredi": a present the morphologizer read as a
        # passé simple, which the press seldom writes.
        return PRESENT
    if "Imp" in tense or "Past" in tense:
        return PAST
    if "Pres" in tense and "Fin" in morph.get("VerbForm"):
        if _done_by_someone(token) and not _auxiliaries(token, rules):
            return PAST  # "joint par le Luxemburger Wort vendredi soir": a participle
        return PRESENT
    return UNKNOWN


# "avoir" in the future: with a participle, a future perfect, which the press mostly uses to
# sum up what is done ("la direction n'aura patienté qu'un mois et demi").
_FUTURE_HAVE = frozenset(["aura", "auront", "aurai", "auras", "aurons", "aurez"])


def _future_perfect(auxiliaries: list[Token]) -> bool:
    return any(auxiliary.lower_ in _FUTURE_HAVE for auxiliary in auxiliaries)


def _done_by_someone(token: Token) -> bool:
    """A verb with an agent ("joint par le journal"): a participle, whatever its tag says."""
    return any(child.dep_ == "obl:agent" for child in token.children)


# The endings of the French imperfect: "-ais", "-ait", "-ions", "-iez", "-aient".
_IMPERFECT_ENDING = re.compile(r"(?:ais|ait|ions|iez|aient)$")


def _reporting_verb_before(expression: Span, rules: ModuleType) -> Token | None:
    """The reporting verb right before a date ("said on Friday", "a déclaré mardi soir"),
    which the parser often hangs on the reported verb instead."""
    if expression.start == expression.sent.start:
        return None
    previous = expression.doc[expression.start - 1]
    if any(child.dep_ == "aux:pass" for child in previous.children):
        return None  # "est jugé jeudi": tried, no saying
    if previous.lower_ in rules.REPORTING_IMPERFECT:
        return previous  # "annonçaient fin juillet les notaires", which the tagger misreads
    if previous.lower_ in rules.REPORTING_VERBS and (
        previous.pos_ in {"VERB", "AUX"}
        # "selon ce que rapporte mardi le site", the verb read as a noun
        or (previous.i > 0 and previous.doc[previous.i - 1].lower_ in {"que", "qu'", "as"})
    ):
        return previous
    return None


def _after_apposed_participle(expression: Span, rules: ModuleType) -> bool:
    """ "Ron DeSantis, réélu mardi, ...": a participle set off by a comma tells what happened
    (the tagger often reads it as a noun and the main verb's present would rule)."""
    if expression.start - 1 < expression.sent.start:
        return False
    participle = expression.doc[expression.start - 1]
    # Set off by a comma, or opening the sentence ("Paru le 21 août, le roman ...").
    opens = participle.i == expression.sent.start or (
        participle.i == expression.sent.start + 1 and not participle.doc[participle.i - 1].is_alpha
    )
    comma = participle.doc[participle.i - 1] if participle.i > 0 else participle
    if _after_inverted_auxiliary(participle, rules):
        return True  # "a-t-il répété mardi", "a-t-elle dit jeudi"
    if rules.SCHEDULING.match(participle.text):
        return False  # "prévu samedi" lies ahead
    if participle.pos_ in {"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PROPN", "NUM"}:
        return False  # "puis", "depuis", "aussi"
    if (
        rules.CODE == "fr"
        and participle.dep_ == "acl"
        and participle.head.i == participle.i - 1
        and participle.head.pos_ == "NOUN"
        and "Part" in participle.morph.get("VerbForm")
        and "Past" in participle.morph.get("Tense")
        and rules.PAST_PARTICIPLE.match(participle.lower_)
    ):
        return True  # "reprenant la formule utilisée lundi soir": what was done to the noun
    return (comma.text == "," or opens) and bool(rules.PAST_PARTICIPLE.match(participle.lower_))


_INVERTED_SUBJECTS = frozenset(["-il", "-elle", "-ils", "-elles", "-on"])


def _after_inverted_auxiliary(participle: Token, rules: ModuleType) -> bool:
    """ "a-t-il répété": the word after an inverted auxiliary is its participle."""
    before = [t.lower_ for t in participle.doc[max(0, participle.i - 3) : participle.i]]
    before = [word for word in before if word != "-t"]
    return (
        len(before) >= 2
        and before[-1] in _INVERTED_SUBJECTS
        and before[-2] in rules.PAST_AUXILIARIES
        and not rules.SCHEDULING.match(participle.text)
    )


def _after_since(expression: Span, rules: ModuleType) -> bool:
    """ "invaincus depuis le 2 décembre", "closed since March 3": the start of a state still
    running lies behind, whatever the present tense of the sentence says."""
    return _cued(expression, rules.SINCE, reach=60)


def _compared_with(expression: Span, rules: ModuleType) -> bool:
    """ "down from 385,022 at the end of May", "5,7 % contre 6,3 % en février": the figure
    a new one is measured against was reported before it."""
    return bool(rules.COMPARED.search(_text_before(expression, 40)))


def _text_before(expression: Span, reach: int) -> str:
    text = doc_text(expression.doc)
    return text[max(0, expression.start_char - reach) : expression.start_char]


# A match's score right before a date, perhaps with the competition between, or in brackets
# right after it: "2-1 vendredi", "3-3 en Ligue Europa jeudi", "samedi (0-1)".
_SCORE_BEFORE = re.compile(
    r"(?<![\d,.:/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d,.])(?:[ \t]+[^\W\d]+){0,4}[ \t]*,?[ \t]*$"
)
_SCORE_AFTER = re.compile(r"[ \t]*\(\d{1,2}\s?[-–]\s?\d{1,2}\)")


def _beside_a_score(expression: Span) -> bool:
    text = doc_text(expression.doc)
    return bool(
        _SCORE_BEFORE.search(_text_before(expression, 36))
        or _SCORE_AFTER.match(text, expression.end_char)
    )


# A state told lasting up to a bound ("est resté fermé jusqu'au 31 août", "remained closed
# until March 3"): the bound is gone with it.
_STATE_LASTED = re.compile(
    r"(?i)\b(?:rest[ée]e?s?|demeur[ée]e?s?|remained|stayed|was|were|had\s+been|a\s+été"
    r"|avait\s+été|étai(?:t|ent))\b"
)


def _match_won(expression: Span, rules: ModuleType) -> bool:
    """ "vainqueur de Ludogorets jeudi", "winners over Leeds on Saturday": the day a winner is
    named after is a match's, played."""
    return bool(rules.WON_BEFORE.search(_text_before(expression, 60)))


def _after_perfect_participle(expression: Span, rules: ModuleType) -> bool:
    """ "s'étant imposés samedi", "ayant remporté son match samedi", "having won on
    Saturday": the day of a perfect participle's clause (not a plan's, "ayant été reporté à
    samedi", nor "ayant lieu samedi", a present)."""
    match = rules.PERFECT_PARTICIPLE.search(_text_before(expression, 60))
    return bool(
        match
        and not rules.PLAN_PARTICIPLE.match(match.group("verb"))
        and not rules.POSTPONING.match(match.group("verb"))
    )


def _first_told_tense(token: Token, language: str) -> int:
    """The tense of the nearest verb above `token` that tells one (an infinitive tells none:
    "the pressure to win" takes "will be feeling")."""
    verb = governing_verb(token, language)
    for _ in range(6):
        if verb is None:
            return UNKNOWN
        tense = verb_tense(verb, language)
        if tense != UNKNOWN:
            return tense
        verb = governing_verb(verb, language)
    return UNKNOWN


def _dated_by_a_participle(expression: Span) -> bool:
    """ "une vidéo diffusée dans la nuit de vendredi à samedi", "un communiqué publié lundi": a
    past participle on a noun, dated by the day right after it, tells a deed done (not a
    plan's: "le concert prévu samedi")."""
    doc = expression.doc
    index = expression.start - 1
    while index >= 0 and doc[index].lower_ in lang_fr.BEFORE_THE_DAY:
        index -= 1
    if index < 0:
        return False
    token = doc[index]
    return (
        "Part" in token.morph.get("VerbForm")
        and "Past" in token.morph.get("Tense")
        # (the parser may make it the root: "le mouvement débuté ce samedi se prolonge")
        and (
            token.dep_ in {"acl", "amod"}
            or (token.dep_ == "ROOT" and index > 0 and doc[index - 1].pos_ == "NOUN")
        )
        and not any(child.dep_.startswith("aux") for child in token.children)
        and _past_participle_form(token)
        and not lang_fr.PLAN_PARTICIPLE.match(token.lower_)
    )


def _opening_participle(sentence: Span, expression: Span, rules: ModuleType) -> bool:
    """ "Nommé par Emmanuel Macron le 5 septembre, il devient ...", "Appointed on Sept. 5, he
    becomes ...": a past participle opening the sentence, its clause closed by a comma after
    the date, tells a deed done, whatever the main clause's time (not a plan's: "Prévu le 3
    mars, le concert ...", "Scheduled for May 2, the vote ...")."""
    first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    if first is None or first.i >= expression.start or not first.text[:1].isupper():
        return False
    participle = ("Part" in first.morph.get("VerbForm") and "Past" in first.morph.get("Tense")) or (
        # (the French parser takes a capitalised "Nommé" for a name, yet hangs it on the verb)
        first.dep_ == "advcl" and re.search(r"[ée]e?s?$", first.lower_) is not None
    )
    if not participle or rules.PLAN_PARTICIPLE.match(first.lower_):
        return False
    between = sentence.doc[first.i + 1 : expression.start]
    after = sentence.doc[expression.end : min(expression.end + 2, sentence.end)]
    return (
        not any(t.text in {",", ";", ":"} or t.pos_ in {"VERB", "AUX"} for t in between)
        and len(between) <= 6
        and any(t.text == "," for t in after)
    )


def _cued(expression: Span, cue: re.Pattern, reach: int = 16) -> bool:
    """A cue right before the expression or opening it: "invaincus depuis le 2 décembre",
    "postponed until Wednesday", "case postponed to April"."""
    return bool(
        cue.search(_text_before(expression, reach))
        or cue.search(expression[0].text + " ")
        or cue.search(expression[:2].text + " ")  # "jusqu'" and "à": two tokens
    )


@lru_cache(maxsize=4)
def _weekdays(rules: ModuleType) -> frozenset[str]:
    return frozenset(name.lower() for name in rules.WEEKDAYS)


def _has_weekday(expression: Span, rules: ModuleType) -> bool:
    return any(t.lower_ in _weekdays(rules) for t in expression)


def _possessive(expression: Span) -> bool:
    """ "Monday's earthquake", "Thursday's attack": a happening named by its day."""
    text = doc_text(expression.doc)
    return text[expression.end_char : expression.end_char + 2] in {"'s", "’s"}


# Before a date, the words of a plan's term: "scheduled for May 9", "moved to May 9".
_PLAN_PREPOSITIONS = frozenset(["for", "to", "until", "till", "by", "from"])


def _date_decided(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """ "We chose September 7th for many reasons", "ont choisi le 7 septembre": a day chosen,
    told after the choice, lies before or after the article; the calendar decides."""
    return (
        expression.root.head.i == verb.i
        and expression.root.dep_ in {"dobj", "obj"}
        # "has named September 7 as the date for the election"
        and (bool(rules.DECIDING.match(verb.lower_)) or verb.lower_ in rules.DAY_NAMING)
    )


def _unless_assessing(tense: int, verb: Token, rules: ModuleType) -> int:
    """A present measure ("estime la surmortalité du 14 au 22 juin") places its period
    nowhere: the calendar decides."""
    return UNKNOWN if tense == PRESENT and rules.ASSESSING.match(verb.lower_) else tense


def _present_passive(verb: Token, rules: ModuleType) -> bool:
    """ "est diffusée": a present passive, not the past of a verb conjugated with "être"
    ("est restée", "est partie"), which the morphology alone cannot tell apart."""
    auxiliaries = [child.lower_ for child in verb.children if child.dep_.startswith(("aux", "cop"))]
    return (
        bool(auxiliaries)
        and all(word in rules.PRESENT_BE for word in auxiliaries)
        and not rules.BE_VERBS.match(verb.lower_)
        # "s'est éteint", "se sont réunis": a pronominal verb's past
        and not any("Yes" in child.morph.get("Reflex") for child in verb.children)
    )


# A figure right before "pour"/"for" the weekday: that day's count, not a day aimed at.
_FIGURE_FOR = re.compile(
    r"\d\s+(?i:pour|for)(?:\s+(?i:la\s+(?:journée|nuit|soirée|matinée)\s+d[e'’]|the\s+day\s+of))?"
    r"\s*$"
)


def _weekday_meant_for(expression: Span, rules: ModuleType) -> bool:
    """ "pour la journée de jeudi", "for Thursday": a weekday a forecast or a plan is for."""
    opening = rules.TARGET.search(expression[0].text + " ")
    words = expression[1:] if opening and len(expression) > 1 else expression
    if words[0].lower_ not in _weekdays(rules):
        return False
    if len(words) > 3 and (not opening or any(t.like_num and len(t) == 4 for t in words)):
        return False  # but "for Sunday, March 7": a dated day the plan is for, which lies ahead
    if _possessive(expression) and _owns(expression, rules.DEEDS):
        return False  # "for Thursday's attack": the deed, not a day ahead
    if _first_plan(expression[0], rules) or _plan_put_off(expression, rules):
        return False  # "initialement prévue pour lundi": a plan since changed
    if _FIGURE_FOR.search(_text_before(expression, 40)):
        return False  # "sont passées à plus de 6000 pour la journée de jeudi": a day's count
    # "named a squad for Saturday's Test": the fixture lies ahead.
    return bool(opening or rules.TARGET.search(_text_before(expression, 30)))


def _plan_put_off(expression: Span, rules: ModuleType) -> bool:
    """ "The share transfer, which was scheduled for Thursday, was pushed back", "Officials said
    Memorial had to cancel surgical cases scheduled for Monday": a plan told in the past, then
    put off or called off; its day is no target ahead."""
    sentence = expression.sent
    put_off = any(
        t.pos_ in {"VERB", "AUX"}
        and (rules.POSTPONING.match(t.lower_) or _CANCELLING.match(t.lower_))
        and not expression.start <= t.i < expression.end
        for t in sentence
    )
    if not put_off:
        return False
    before = expression.doc[max(sentence.start, expression.start - 3) : expression.start]
    return (
        any(t.lower_ in {"was", "were", "était", "étaient", "avait", "avaient"} for t in before)
        or verb_tense(sentence.root, rules.CODE, expression) == PAST
    )


# "cancel urgent surgical cases scheduled for Monday", "a annulé le match prévu samedi"
_CANCELLING = re.compile(r"^(?:cancel|call(?:ed|ing)?$|annul|scrap)", re.IGNORECASE)


def _token_after(expression: Span) -> Token | None:
    """The token right after the expression, if the document goes on."""
    return expression.doc[expression.end] if expression.end < len(expression.doc) else None


def _day_meant_for(expression: Span, rules: ModuleType) -> bool:
    """ "has called a General Election for July 4", "a convoqué les électeurs pour le 4
    juillet": a day something is set for, after the deed told, before or after publication;
    the calendar decides (not "jailed for the July 4 attack": a noun follows)."""
    if _has_weekday(expression, rules):
        return False
    if any(t.like_num for t in expression):
        if not _cued(expression, rules.TARGET):
            return False
    elif not (
        any(t.text in rules.MONTHS for t in expression) and _cued(expression, rules.MONTH_TARGET)
    ):
        return False
    following = _token_after(expression)
    return following is None or following.pos_ not in {"NOUN", "PROPN", "PART"}


def _directed_to_a_day(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """ "remanded the accused in detention to appear ... on September 16th": the parser hangs
    the day on the directive, but it dates the infinitive between them, due after the order;
    the calendar decides (as _directive_told_before)."""
    if not rules.DIRECTIVES.match(verb.text) or not verb.i < expression.start:
        return False
    return any(
        ("Inf" in token.morph.get("VerbForm") or token.tag_ == "VB") and token.head.i != token.i
        for token in verb.doc[verb.i + 1 : expression.start]
    )


def _owns(expression: Span, nouns_owned: re.Pattern) -> bool:
    """ "Thursday's attack" (a deed, not "Saturday's Test"), "Friday night's midnight
    shutdown deadline": the weekday owns a noun of the kind."""
    owner = expression.root.head
    nouns = [owner] if owner.pos_ in {"NOUN", "PROPN"} else []
    nouns += [t for t in expression.doc[expression.end : expression.end + 4] if t.pos_ == "NOUN"]
    return any(nouns_owned.fullmatch(noun.text) for noun in nouns[:2])


def _dates_a_deed(expression: Span, rules: ModuleType) -> bool:
    """ "the fatal shooting on Friday", "Lynch's killing on Monday afternoon": a day hung on
    the noun of a deed by "on" dates the deed, which news tells once it is done; so does one
    set before it ("Lillard's Wednesday night injury")."""
    following = _token_after(expression)
    if (
        following is not None
        and following.pos_ == "NOUN"
        and rules.DONE_DEEDS.fullmatch(following.lower_) is not None
    ):
        return True
    token = expression.root
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        token = token.head
    if token.lower_ not in rules.DEED_PREPOSITIONS or token.dep_ != "prep":
        return False
    noun = token.head
    return (
        noun.pos_ == "NOUN"
        and noun.i < token.i
        and rules.DONE_DEEDS.fullmatch(noun.lower_) is not None
        and not any(child.lower_ in rules.NEXT_WORDS for child in noun.children)
    )


def _warning_from(expression: Span, rules: ModuleType) -> bool:
    """ "A thunderstorm warning has been issued from 3pm Friday to Saturday morning", "une
    vigilance orange est émise à partir de jeudi": the time a warning runs from lies ahead."""
    opens = expression[0].lower_ in rules.ONSET_WORDS or rules.ONSET.search(
        _text_before(expression, 28)
    )
    if not opens:
        return False
    before = doc_text(expression.doc)[expression.sent.start_char : expression.start_char]
    return bool(rules.WARNING.search(before))


def _postponed_to(expression: Span, rules: ModuleType) -> bool:
    """ "has been postponed until Wednesday", "a été reporté à jeudi": the new date lies ahead."""
    if rules.RESCHEDULED.search(_text_before(expression, 60)):
        return True  # "The launch was reset for 9:14 a.m. ET Sunday"
    if not _cued(expression, rules.POSTPONED_TO, 24):
        return False  # "postponed until Wednesday", "case postponed to April"
    if rules.REMANDED.search(_text_before(expression, 60)):
        return True  # "remanded in custody until Friday": the next hearing
    verb = governing_verb(expression.root, rules.CODE)
    if verb is None:
        return False
    if rules.POSTPONING.match(verb.lower_) or rules.RESCHEDULED.search(
        _text_before(expression, 40) + expression[0].text_with_ws
    ):
        return True  # (and "have now been put back until November")
    if any(
        t.pos_ == "VERB" and rules.POSTPONING.match(t.lower_)
        for t in expression.doc[expression.sent.start : expression.start]
    ):
        return True  # "agreed to stall the date, previously set for Sept. 3, until Oct. 10"
    before = verb.doc[max(verb.sent.start, verb.i - 3) : verb.i]
    return bool(rules.CLOSING.match(verb.lower_)) and not any(
        t.lower_ in rules.CLOSED_BEFORE for t in before
    )


def _after_until(expression: Span, rules: ModuleType) -> bool:
    if _possessive(expression):
        return False  # "hit by Monday's earthquake": a happening, no bound
    return _cued(expression, rules.UNTIL)  # "jusqu'à jeudi", "stay until October"


def _announced_onset(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """ "a annoncé la fermeture des écoles à partir de lundi", "announced that schools will
    close from Monday": an onset told by a speaker lies ahead of the speech."""
    # "As of Monday morning, the Weather Service said ...": a state at the time of the speech.
    if not rules.ONSET.search(_text_before(expression, 28)):
        return False
    if rules.STATUS_AS_OF.search(_text_before(expression, 12)) and (
        verb_tense(verb, rules.CODE, expression) == PAST
    ):
        return False  # "says 5,000 customers were awaiting power as of Friday night": the state
    if _told_as_done(expression, rules):
        return False  # "announced that its CEO has retired, effective Dec. 1": already begun
    # The speaker's verb may govern an infinitive that governs the date: "a conseillé aux
    # voyageurs de renoncer à prendre le train à partir de 19H00 lundi".
    if verb.lower_ in rules.REPORTING_VERBS and any(
        child.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}
        and child.left_edge.i <= expression.root.i <= child.right_edge.i
        for child in verb.children
    ):
        # "Ce retour à la vigilance rouge à compter de lundi a été annoncé par la préfète":
        # what is announced (not "As of Monday morning, the Weather Service said ...").
        return True
    return any(
        t.lower_ in rules.REPORTING_VERBS or rules.DIRECTIVES.match(t.text)
        for t in expression.doc[expression.sent.start : expression.start]
        if t.i == verb.i or t.pos_ in {"VERB", "AUX"}
    )


def _told_as_done(expression: Span, rules: ModuleType) -> bool:
    """Whether the last verb before the date, not a speaker's, tells a deed done: "has
    retired", "a démissionné"."""
    before = expression.doc[expression.sent.start : expression.start]
    verb = next(
        (t for t in reversed(before) if t.pos_ == "VERB" and "Inf" not in t.morph.get("VerbForm")),
        None,
    )
    if verb is None or verb.lower_ in rules.REPORTING_VERBS or rules.DIRECTIVES.match(verb.text):
        return False
    if verb.tag_ == "VBD":
        return True
    return "Past" in verb.morph.get("Tense") and any(
        child.dep_ in {"aux", "aux:tense"} for child in verb.children
    )


def _conditional_auxiliary(token: Token, rules: ModuleType) -> bool:
    """ "assurant que la continuité serait organisée dès lundi": a future seen from the past
    (a present conditional after "que"; "aurait été" is a past)."""
    before = token.doc[token.sent.start : token.i]
    if not any(t.lower_ in {"que", "qu'", "qu’"} for t in before):
        return False
    for auxiliary in _auxiliaries(token, rules):
        text = auxiliary.lower_
        if text.startswith("aur"):
            continue
        if "Cnd" in auxiliary.morph.get("Mood") or rules.CONDITIONAL_FORM.match(text):
            return True
    return False


def _auxiliaries(token: Token, rules: ModuleType) -> list[Token]:
    """The auxiliaries of a participle: its aux children, or the nearest of the words just
    before that reads as one ("Bons débarras s'est éteint": "est", not "débarras")."""
    found = [child for child in token.children if child.dep_.startswith("aux")]
    before = token.doc[max(token.sent.start, token.i - 3) : token.i]
    candidates = [
        t for t in before if t.lower_ in rules.PAST_AUXILIARIES or _looks_future(t, rules)
    ]
    return found + candidates[-1:]


def _mandated(token: Token, rules: ModuleType) -> bool:
    """A bare "be" + participle under a directive: a subjunctive ("ordered that the date be
    vacated")."""
    words = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if token.tag_ != "VBN" or words != {"be"} or token.dep_ not in {"ccomp", "conj"}:
        return False
    governor = token.head
    while governor.dep_ == "conj" and governor.head.i != governor.i:
        governor = governor.head
    if governor.i == token.i:
        return False
    if governor.dep_ == "ccomp":
        governor = governor.head
    return bool(rules.DIRECTIVES.match(governor.text))


def _english_tense(token: Token, rules: ModuleType) -> int:
    if _transitive_read_as_noun(token):
        return PRESENT
    if _condition_of_what_may_come(token, rules):
        return FUTURE
    auxiliaries = [child for child in token.children if child.dep_ in {"aux", "auxpass"}]
    # "will kick-start", split into "kick" read as an auxiliary of "start": its own modal.
    auxiliaries += [
        grandchild
        for aux in auxiliaries
        if aux.lower_ not in rules.FUTURE_MODALS
        for grandchild in aux.children
        if grandchild.dep_ == "aux" and grandchild.lower_ in rules.FUTURE_MODALS
    ]
    words = {aux.lower_ for aux in auxiliaries}
    if words & rules.FUTURE_MODALS and not words & {"have", "has", "had"}:
        return FUTURE
    if token.tag_ == "VBN" and "to" in words and "have" in words:
        # "is believed to have fled in June", "are expected to have had the highest rate in
        # August": a perfect infinitive tells a deed done, unless its governor is a future
        # ("will be required to have left").
        governor = _infinitive_governor(token, rules)
        modals = {c.lower_ for c in governor.children} if governor is not None else set()
        return UNKNOWN if modals & rules.FUTURE_MODALS else PAST
    if token.tag_ == "VBN" and "to" in words:
        # "for designs to be completed by the end of March": an infinitive, whose governor
        # tells the tense.
        return _governed_tense(token, rules, _english_tense, _english_infinitive)
    if _mandated(token, rules):
        # "ordered the matter next be heard on July 26", "ordered that the trial date be
        # vacated": what an order asks for lies after the order, before or after
        # publication: the calendar decides.
        return UNKNOWN
    if token.tag_ == "VB":
        if not auxiliaries and any(child.dep_ == "nsubj" for child in token.children):
            return PRESENT  # a present the tagger read as a base form ("Tickets go on sale")
        # "plans to visit", "is set to meet", "ordered them to leave"
        return _governed_tense(token, rules, _english_tense, _english_infinitive)
    # "were expected to drop the charges on Thursday": a plan told in the past.
    if _plans_ahead(token, rules) and not _pluperfect(token, rules):
        return FUTURE
    if token.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re", "'m"}:
        return PRESENT  # "is meeting on Tuesday": planned
    if token.lower_ == "got" and words and words <= {"have", "has", "'ve", "'s"}:
        return PRESENT  # "we've got sideshow alley on the Wednesday": "have", a present
    if token.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return PAST
    if token.tag_ == "VBN" and not auxiliaries and any(c.dep_ == "nsubj" for c in token.children):
        return PAST  # a simple past read as a participle: "..., the agency announced on Wednesday"
    if token.tag_ == "VBN" and words and words <= {"is", "are", "am", "'s", "'re"}:
        return PRESENT  # a present passive: "Rain is forecast for Friday"
    if words & {"has", "have"} or (token.tag_ == "VBN" and auxiliaries):
        return PAST
    if token.tag_ in {"VBZ", "VBP"}:
        return PRESENT
    if token.tag_ == "VBN" and token.dep_ == "acomp" and token.head.lemma_ == "be":
        # "was re-elected in January", the passive read as "was" + an adjective: the tense of
        # "was".
        return _english_tense(token.head, rules)
    return UNKNOWN


def _still_to_be_done(verb: Token) -> bool:
    """ "The winner — to be announced Oct. 17 —", "for the festival to be held June 7-10": a
    passive infinitive on a thing, still to be done when told, before or after publication
    (the calendar decides, not the tense of the telling)."""
    return (
        verb.tag_ == "VBN"
        and {"to", "be"}
        <= {child.lower_ for child in verb.children if child.dep_.startswith("aux")}
        and (
            verb.dep_ in {"acl", "relcl"}
            or (verb.dep_ == "advcl" and any(child.dep_ == "nsubjpass" for child in verb.children))
        )
    )


def _bare_gerund(verb: Token | None) -> bool:
    """An English present participle with no auxiliary: "bringing", not "is bringing"."""
    return (
        verb is not None
        and verb.tag_ == "VBG"
        and not any(child.dep_.startswith("aux") for child in verb.children)
    )


# Verbs that leave their object in a state told by a participle ("sent shares surging", "left
# residents reeling", "saw prices climbing").
_LEAVING_IN_A_STATE = frozenset(
    [
        "sent",
        "send",
        "sends",
        "left",
        "leave",
        "leaves",
        "saw",
        "see",
        "sees",
        "seen",
        "kept",
        "keep",
        "keeps",
    ]
)


def _participle_tense(verb: Token, expression: Span, language: str) -> int | None:
    """The time of a present participle with no auxiliary: its clause's ("has made it a
    priority, pledging in January"; "will travel to Paris, arriving on Friday"), or none of its
    own when it stands apart: an absolute clause, "with the event returning ... from July 14
    to 16", or a participle on a noun, "the festival, running April 5 – 19" (the calendar
    decides). None when neither tells."""
    head = verb.head if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"} else None
    head_tense = verb_tense(head, language, expression) if head is not None else UNKNOWN
    if head_tense == FUTURE:
        return FUTURE
    setter = None
    if verb.dep_ == "acl" and verb.head.dep_ in {"dobj", "obj"} and verb.head.i < verb.i:
        setter = verb.head.head
    elif verb.dep_ in {"ccomp", "xcomp", "oprd"}:
        setter = verb.head
    if setter is not None and setter.lower_ in _LEAVING_IN_A_STATE:
        # "The news had sent the shares surging on Thursday": the object's state, at the time
        # of the verb that brought it (however the parser hangs the participle).
        tense = verb_tense(setter, language, expression)
        if tense != UNKNOWN:
            return tense
    if (
        any(child.dep_ == "nsubj" for child in verb.children)
        or (verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"})
        or (
            verb.dep_ == "advcl"
            and verb.doc[verb.left_edge.i - 1].text == ","
            and verb.doc[verb.left_edge.i - 2].pos_ in {"NOUN", "PROPN"}
        )
    ):
        return UNKNOWN
    return head_tense if head_tense != UNKNOWN else None  # None: the other cues decide


def _french_infinitive(token: Token) -> bool:
    return "Inf" in token.morph.get("VerbForm")


def _english_infinitive(token: Token) -> bool:
    return token.tag_ == "VB"


def _governed_tense(
    token: Token,
    rules: ModuleType,
    tense_of: Callable[[Token, ModuleType], int],
    is_infinitive: Callable[[Token], bool],
    depth: int = 0,
) -> int:
    """The tense of an infinitive, or of a passive infinitive's participle, told by the verb it
    depends on: ahead under a plan, a schedule or a directive, else the governor's own."""
    if token.head.i != token.i and token.head.lower_ in rules.INTENT_NOUNS:
        return FUTURE  # "avait l'intention d'augmenter la production entre août et décembre"
    governor = _infinitive_governor(token, rules)
    if governor is None:
        return UNKNOWN
    if _directive_told_before(governor, rules) or _first_plan(governor, rules):
        return UNKNOWN  # "was ordered to report on Feb. 9": told before, due after
    if governor.lower_ in _RECENT_PAST and token.doc[token.i - 1].lower_ in _BEFORE_INFINITIVE:
        return PAST  # "l'UE vient de s'accorder vendredi": a recent past
    if governor.lower_ in _PLANNED_THEN:
        return UNKNOWN  # "un ouvrage qui devait paraître en septembre": told before, due after
    if _under_plan_told_before(token, governor, rules):
        return UNKNOWN
    if (
        rules.FUTURE_INTENT.match(governor.text)
        or rules.SCHEDULING.match(governor.text)
        or rules.DIRECTIVES.match(governor.text)
    ):
        return FUTURE
    if is_infinitive(governor):
        if depth < 2 and governor.lower_ in _CAUSATIVES:
            # "prévoit de faire décoller mercredi": the infinitive "faire" governs
            return _governed_tense(governor, rules, tense_of, is_infinitive, depth + 1)
        return UNKNOWN
    if _decided_before(token, rules):
        return UNKNOWN
    return tense_of(governor, rules)


def _under_plan_told_before(token: Token, governor: Token | None, rules: ModuleType) -> bool:
    """ "was scheduled to be released on June 2": an infinitive under a plan told in the
    past, held before or after publication; the calendar decides (as _plan_told_before)."""
    subtree = token.doc[token.left_edge.i : token.right_edge.i + 1]
    return governor is not None and _plan_told_before(governor, rules, subtree)


def _decided_before(token: Token, rules: ModuleType) -> bool:
    """ "both campaigns agreed ... to begin on Monday", "ont convenu de reprendre lundi": an
    infinitive decided in the past, held after the decision; the calendar decides."""
    if not ("Inf" in token.morph.get("VerbForm") or token.tag_ == "VB"):
        return False
    if token.dep_ == "acl" and token.head.lower_ in rules.DECIDED_NOUNS:
        return True  # "had reached an agreement to hold a vote at 11 a.m. Tuesday"
    governor = _infinitive_governor(token, rules)
    # Or the purpose of a deed: "Les Lions ont regagné Dakar pour préparer le match de mardi",
    # "dissolved its Parliament on Monday to clear the way for an election in May".
    purpose = token.i > 0 and (
        token.doc[token.i - 1].lower_ in rules.PURPOSE
        or (token.dep_ == "advcl" and token.doc[token.i - 1].lower_ == "to")
    )
    return (
        governor is not None
        and (purpose or rules.DECIDING.match(governor.text) is not None)
        and verb_tense(governor, rules.RULES.code) == PAST
    )


def _infinitive_governor(token: Token, rules: ModuleType) -> Token | None:
    """The verb an infinitive depends on: its head, or the verb just before it."""
    if token.head.i != token.i and (
        _is_verb(token.head, rules) or rules.CONDITIONAL_FORM.match(token.head.lower_)
    ):
        return token.head  # (a conditional read as a noun: "envisageraient de démissionner")
    for previous in reversed(token.doc[max(token.sent.start, token.i - 4) : token.i]):
        if (
            _is_verb(previous, rules)
            or previous.dep_.startswith("aux")
            # (an intent the tagger read as an adjective: "Le groupe prévoit de faire")
            or rules.FUTURE_INTENT.match(previous.text)
        ):
            return previous
    return None


# Infinitives that pass on the tense of the verb above them: "faire décoller", "laisser partir".
_CAUSATIVES = frozenset(["faire", "laisser", "make", "let"])


def _infinitive_follows(token: Token) -> bool:
    following = token.doc[token.i + 1 : min(token.sent.end, token.i + 5)]
    return any("Inf" in t.morph.get("VerbForm") or t.tag_ == "VB" for t in following)


def governing_verb(token: Token, language: str = "fr") -> Token | None:
    """The first verb above `token` in the parse, or None."""
    rules = _LANGUAGES[language]
    copula = next((c for c in token.children if c.dep_ == "cop"), None)
    # (a copula is an auxiliary, "être" or "be": "a prêté serment jeudi", the parser hanging
    # the day on "serment" as one, tells no predicate)
    if copula is not None and copula.pos_ == "AUX":
        return copula  # "– ce sera le samedi 29 juin –": the date is the predicate
    current = token
    for _ in range(12):
        if current.i != token.i and _is_verb(current, rules):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


_CLAUSE_BREAKS = frozenset(',;:()«»"—–')


_OPENING_QUOTES = frozenset(["«", "“"])
_QUOTE_MARK = re.compile(r"[«“\"]")
_CLOSING_QUOTES = frozenset(["»", "”"])


def _quote_around(sentence: Span, expression: Span) -> tuple[int, int] | None:
    """Token indices of the quote marks around `expression` inside its sentence, if any."""
    doc = expression.doc
    if not _QUOTE_MARK.search(doc_text(doc), sentence.start_char, expression.start_char):
        return None
    opening = None
    straight = 0
    for token in doc[sentence.start : expression.start]:
        if token.text in _OPENING_QUOTES or (token.text == '"' and straight % 2 == 0):
            opening = token.i
        elif token.text in _CLOSING_QUOTES or token.text == '"':
            opening = None
        straight += token.text == '"'
    if opening is None:
        return None
    for token in doc[expression.end : sentence.end]:
        if token.text in _CLOSING_QUOTES or token.text == '"':
            return opening, token.i
    return None


def _reported_clause_before(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """The date lies in a clause set before its reporting verb, a comma between them."""
    return (
        verb.lower_ in rules.REPORTING_VERBS
        and verb.i >= expression.end
        and any(t.text == "," for t in verb.doc[expression.end : verb.i])
    )


def _nearest_verb(expression: Span, within: tuple[int, int], rules: ModuleType) -> Token | None:
    """The verb nearest to `expression` between two token indices, if any."""
    doc = expression.doc
    verbs = [
        t
        for t in doc[within[0] + 1 : within[1]]
        if _is_verb(t, rules)
        and t.dep_ != "fixed"  # "à partir de"
        and not expression.start <= t.i < expression.end
    ]
    return min(verbs, key=lambda t: _distance(t, expression), default=None)


def _distance(token: Token, expression: Span) -> int:
    return min(abs(token.i - expression.start), abs(token.i - expression.end + 1))


def _crosses_clause(token: Token, expression: Span) -> bool:
    low, high = sorted(
        (token.i, expression.start if token.i < expression.start else expression.end)
    )
    return any(t.text in _CLAUSE_BREAKS for t in token.doc[low:high])


def _opens_a_later_clause(verb: Token, expression: Span) -> bool:
    """The verb comes after the date, in a clause opened by a comma and its conjunction
    ("..., alors qu'ils devaient", "..., while they had"): not the date's own verb."""
    if verb.i < expression.end:
        return False
    marks = [
        child
        for child in verb.children
        if child.dep_ == "mark" and expression.end <= child.i < verb.i
    ]
    return bool(marks) and any(t.text == "," for t in verb.doc[expression.end : marks[0].i])


def _planned_on(expression: Span, rules: ModuleType) -> bool:
    """ "lors de l'élection prévue le 7 octobre": a day right after the participle of a plan
    (no auxiliary), which the parser hangs on the noun or the main verb instead."""
    if expression.start == expression.sent.start or _has_weekday(expression, rules):
        return False
    previous = expression.doc[expression.start - 1]
    return bool(rules.SCHEDULING.match(previous.text)) and _adjectival_participle(previous)


def tense_around(sentence: Span, expression: Span, language: str) -> int:
    """Past, present, future or unknown for an expression inside `sentence`."""
    rules = _LANGUAGES[language]
    tense = _tense_around(sentence, expression, rules, language)
    if tense == PAST and _planned_on(expression, rules):
        return UNKNOWN  # the plan's day: the calendar decides, not the main verb's past
    if (
        _possessive(expression)
        and _owns(expression, rules.DEADLINES)
        and not (tense == PAST and _told_as_done(expression, rules))
    ):
        # "hitting Friday's deadline", "before Friday night's shutdown deadline": a deadline
        # lies ahead, unless a deed tells it met or missed ("missed Monday's deadline").
        return FUTURE
    following = _token_after(expression)
    if (
        following is not None
        and rules.DEADLINES.fullmatch(following.text)
        and not (following.dep_ in {"dobj", "obj"} and following.head.tag_ in {"VBD", "VBN"})
    ):
        # "before the Treasury's early June deadline": the same, unless met or missed ("they
        # missed the March 1 deadline").
        return FUTURE
    if tense == PRESENT and rules.STATUS_AS_OF.search(_text_before(expression, 12)):
        # "many are still reported missing as of Sunday": a count made on a day gone.
        return PAST
    if (
        tense == PAST
        and _after_until(expression, rules)
        and not _has_weekday(expression, rules)
        and any(t.like_num for t in expression)
        and not _STATE_LASTED.search(_text_before(expression, 50))
    ):
        # "a soumis à consultation publique jusqu'au 14 décembre", "maintained a closure
        # through Oct. 22": a day a state lasts until, gone or ahead: the nearest
        return UNKNOWN
    if rules.TOLD_PLAYED.search(_text_before(expression, 40)):
        # "Here are the results of Sunday's second-round games", "les résultats des matchs de
        # samedi": what is scored is done.
        return PAST
    if tense in (PRESENT, FUTURE) and _possessive(expression) and _owns(expression, rules.FIXTURES):
        # "unavailable for Friday's clash with Ulster", "preparing for Saturday's crunch
        # interprovincial": a fixture named by its day lies ahead, unless told played.
        return FUTURE
    if (
        _has_weekday(expression, rules)
        and not _possessive(expression)
        and rules.RULED_OUT.search(_text_before(expression, 60))
    ):
        # "has been ruled out Sunday against Detroit", "ruled out of the Lions' game Sunday",
        # "forfait pour samedi": a player out of a match still to be played.
        return FUTURE
    if tense == PRESENT and _possessive(expression):
        # "the territory hit by Monday's earthquake, rescuers are struggling": a present
        # says nothing of a happening named by its day.
        return UNKNOWN
    if tense in (FUTURE, PRESENT) and _on_happening_before(expression, rules):
        # "Après leur réunion avec Emmanuel Macron mi-juillet, ils seront reçus": the meeting
        # comes before a plan, which does not say whether it is gone or ahead.
        return UNKNOWN
    if tense != PAST and _dates_a_deed(expression, rules):
        # "will take over the investigation of the fatal shooting on Friday": the deed is done
        return PAST
    if tense != PAST and (_beside_a_score(expression) or _match_won(expression, rules)):
        # "L'Antwerp, vainqueur du Standard 2-1 vendredi, suit", "reparti victorieux de Gand
        # samedi (0-1)", "tenteront de montrer un autre visage que lors de la défaite 4-0 à
        # Westerlo dimanche", "YB, vainqueur de Ludogorets jeudi": a score or a winner tells
        # a match played, whatever the sentence's verb.
        return PAST
    if tense != PAST and _after_perfect_participle(expression, rules):
        # "Genk s'étant imposé samedi, Bruges n'aura pas d'autre choix", "Having won on
        # Saturday, they will ...": a perfect participle tells a deed done.
        return PAST
    if tense != PAST and (
        rules.CLOSING_PRICE.search(_text_before(expression, 50))
        or rules.CLOSE_AFTER.match(doc_text(expression.doc), expression.end_char)
    ):
        # "a 48 percent premium to Rite Aid's closing price of $6.08 Monday": a price the
        # market closed on is a day gone.
        return PAST
    if tense == PAST and rules.NEXT.search(_text_before(expression, 50)):
        # "Le prochain concert prévu était à Paris, le 1er septembre": next after the story's
        # time, which the calendar places.
        return UNKNOWN
    return tense


# A plan told in the past ("devait paraître", "allait démissionner"), held before or after
# publication.
_PLANNED_THEN = frozenset(["devait", "devaient", "allait", "allaient"])
# "venir de" + infinitive: a recent past.
_RECENT_PAST = frozenset(["vient", "viennent", "venait", "venaient", "viens", "venons", "venez"])
_BEFORE_INFINITIVE = frozenset(["de", "d'", "d’", "s'", "s’", "se"])  # "vient de s'accorder"


_HAVE = frozenset(["a", "ont", "avait", "avaient", "aura", "auront", "has", "have", "had"])


def _already(token: Token) -> bool:
    """ "avait déjà été activée à compter du 14 juillet": an onset already past."""
    return any(t.lower_ in {"déjà", "already"} for t in token.doc[token.sent.start : token.i])


def _deadline(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """ "avait jusqu'à dimanche pour déclencher les élections", "has until Friday to pay": a
    deadline, which lies ahead of the time of telling; told in the past, only a weekday is so
    sure ("Candidates had until March 8 to qualify" may be gone: the calendar decides)."""
    if verb.lower_ in {"avait", "avaient", "had"} and not _has_weekday(expression, rules):
        return False
    return (
        verb.lower_ in _HAVE
        and not any(c.dep_.startswith("aux") for c in verb.children)
        and _cued(expression, rules.UNTIL)
        and (after := _token_after(expression)) is not None
        and after.lower_ in {"pour", "to"}
    )


def _future_in_the_past(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """ "Zondo announced he would hand over the report on June 19": ahead of the speech, not
    always of the article, so the calendar decides a date (a weekday so told stays ahead)."""
    modal = next(
        (c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in {"would", "will"}),
        None,
    )
    if modal is None or _has_weekday(expression, rules):
        return False
    head = verb.head
    if head.i == verb.i or head.lower_ not in rules.REPORTING_VERBS:
        return False
    # "had earlier said that the telescope will (or would) be shipped in August": ahead of a
    # saying told in the past perfect.
    pluperfect = any(c.lower_ == "had" and c.dep_ == "aux" for c in head.children)
    if modal == "would":
        return head.tag_ == "VBD" or pluperfect
    return pluperfect


def _forecast_then(verb: Token, rules: ModuleType) -> bool:
    """ "La SNCF prévoyait peu de perturbations pour jeudi", "le trafic s'annonçait peu perturbé
    jeudi": a forecast told in the imperfect, for a day ahead of it; the calendar decides."""
    if verb.lower_ in rules.FORECAST_THEN:
        return True
    before = verb.doc[verb.i - 1].lower_ if verb.i > verb.sent.start else ""
    return verb.lower_ in rules.SHAPING_UP_THEN and before in _BEFORE_INFINITIVE


def _adjectival_participle(token: Token) -> bool:
    """ "la quarantaine de spectacles proposés": a participle describing a noun, with no
    auxiliary, tells nothing of the time of a date elsewhere in the sentence."""
    return (
        token.dep_ == "acl"
        and "Part" in token.morph.get("VerbForm")
        and not any(c.dep_.startswith("aux") for c in token.children)
    )


def _cleft_verb(sentence: Span) -> Token | None:
    """The verb of "c'est X qui ..." / "it was X who ...", the cleft's real predicate."""
    root = sentence.root
    copula = [
        c for c in root.children if c.dep_ == "cop" and c.lower_ in {"est", "était", "is", "was"}
    ]
    if not copula or not _has_cleft_subject(root):
        return None
    return next((c for c in root.children if c.dep_ in {"acl:relcl", "relcl"}), None)


_CLEFT_SUBJECTS = frozenset(["c'", "c’", "ce", "it"])


def _has_cleft_subject(root: Token) -> bool:
    """Whether the subject of `root` is the "c'" / "it" of a cleft, whether the parser calls it
    a subject or an expletive."""
    return any(
        c.dep_.startswith(("nsubj", "expl")) and c.lower_ in _CLEFT_SUBJECTS for c in root.children
    )


def _date_cleft_verb(sentence: Span, expression: Span) -> Token | None:
    """The verb of "c'est le jeudi 15 juillet que la situation a viré" / "it was on Monday
    that ...": a date set apart by a cleft takes the time of the clause after "que"/"that"."""
    root = sentence.root
    copula = (
        root if root.lemma_ == "be" else next((c for c in root.children if c.dep_ == "cop"), None)
    )
    if copula is None or copula.i >= expression.start or not _has_cleft_subject(root):
        return None
    for clause in root.children:
        if clause.dep_ not in {"ccomp", "acl:relcl", "relcl", "advcl"} or clause.i < expression.end:
            continue
        marks = [c for c in clause.children if c.i < clause.i and c.lower_ in _CLEFT_MARKS]
        if marks and marks[0].i >= expression.end:
            return clause
    return None


_CLEFT_MARKS = frozenset(["que", "qu'", "qu’", "that"])


def _done_to_a_noun(verb: Token, expression: Span, rules: ModuleType) -> bool:
    """ "the report released on Monday", "comments reported by state media on Wednesday": a
    participle on a noun, not a schedule, whose date it holds (right after it, or told with
    its agent), tells a deed done."""
    if not (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not any(child.dep_.startswith("aux") for child in verb.children)
        and not rules.SCHEDULING.match(verb.text)
    ):
        return False
    if 0 < expression.start - verb.i <= 3 or any(
        child.dep_ == "agent" and not expression.start <= child.i < expression.end
        for child in verb.children
    ):
        return True
    # Further off, on a noun: "the schools budget – frozen in the Finance Committee May 9 –",
    # unless the date is a plan's term ("moved to May 9").
    before = expression.doc[expression.start - 1].lower_ if expression.start > 0 else ""
    return (
        verb.head.pos_ in {"NOUN", "PROPN"}
        and before not in _PLAN_PREPOSITIONS
        and expression[0].lower_ not in _PLAN_PREPOSITIONS
    )


def _done_with_its_complement(expression: Span, rules: ModuleType) -> bool:
    """ "the hostages seized by Hamas during October 7", "les militaires détenus à Bamako le
    10 juillet": a participle on a noun, told with its complement just before the date, tells a
    deed done, wherever the parser hangs the date."""
    doc = expression.doc
    for index in range(expression.start - 1, max(expression.sent.start, expression.start - 6), -1):
        participle = doc[index]
        if participle.dep_ == "acl" and (
            participle.tag_ == "VBN" or "Part" in participle.morph.get("VerbForm")
        ):
            complements = [child for child in participle.children if child.i > participle.i]
            return (
                index < expression.start - 1
                and bool(complements)
                and complements[-1].right_edge.i == expression.start - 1
                and not rules.SCHEDULING.match(participle.text)
                and not any(child.dep_.startswith("aux") for child in participle.children)
            )
    return False


def _follows_a_happening(verb: Token, expression: Span) -> bool:
    """ "The charges follow the discovery of a man ... about 3pm on Friday": what a present
    "follow" comes after has happened."""
    return (
        verb.lower_ in {"follow", "follows"}
        and verb.tag_ in {"VBP", "VBZ"}
        and verb.i < expression.start
        and not any(child.dep_.startswith("aux") for child in verb.children)
    )


def _in_other_relative_clause(token: Token, expression: Span) -> bool:
    """ "students who opted for in-class instruction begin on campus Aug. 31": the verb of a
    relative clause that does not hold the date tells nothing of its time."""
    if token.dep_ not in {"relcl", "acl:relcl"}:
        return False
    if not any(
        child.tag_ in {"WP", "WDT"} or "Rel" in child.morph.get("PronType")
        for child in token.children
    ):
        return False  # no relative pronoun: maybe the main verb misread ("l'AS a tiré")
    return not token.left_edge.i <= expression.root.i <= token.right_edge.i


def _on_happening_before(expression: Span, rules: ModuleType) -> bool:
    """True when the date qualifies a noun introduced by "après", "after", "following"."""
    token = expression.root
    for _ in range(4):
        head = token.head
        if head.i == token.i or head.pos_ in {"VERB", "AUX"}:
            break
        if head.pos_ in {"NOUN", "PROPN"} and not expression.start <= head.i < expression.end:
            if any(c.dep_ == "case" and c.lower_ in rules.AFTER for c in head.children):
                return True  # "après leur réunion ... mi-juillet"
            if head.dep_ == "pobj" and head.head.lower_ in rules.AFTER:
                return True  # "following Monday's Iowa caucuses"
        token = head
    return _in_phrase_after(expression, rules)


def _in_phrase_after(expression: Span, rules: ModuleType) -> bool:
    """The date inside a phrase opened by "après" / "after" with no clause of its own, however
    the parser hangs it: "Après trois semaines de grève, une augmentation jugée trop faible et
    une mobilisation en demi-teinte mardi, les grévistes vont devoir décider"."""
    doc = expression.doc
    before = doc[expression.sent.start : expression.start]
    opening = next(
        (t for t in reversed(before) if t.lower_ in rules.AFTER and t.pos_ == "ADP"), None
    )
    if opening is None:
        return False
    phrase = doc[opening.i + 1 : expression.start]
    return any(t.pos_ == "NOUN" for t in phrase) and not any(
        t.pos_ in {"VERB", "AUX"} and t.morph.get("VerbForm") in (["Fin"], ["Inf"]) for t in phrase
    )


def _tense_around(sentence: Span, expression: Span, rules: ModuleType, language: str) -> int:
    if language == "fr" and _dated_by_a_participle(expression):
        return PAST
    if _opening_participle(sentence, expression, rules):
        return PAST
    if (
        _after_since(expression, rules)
        or _compared_with(expression, rules)
        or rules.PRIOR.search(_text_before(expression, 50))
    ):
        return PAST
    if _cued(expression, rules.BEFORE_HAPPENING):
        # "ahead of Tuesday's vote": the calendar tells which Tuesday, unless the clause
        # looks ahead ("will be feeling the pressure to win ahead of Saturday's clash").
        return FUTURE if _first_told_tense(expression.root, language) == FUTURE else UNKNOWN
    if rules.POSTPONED_FROM.search(_text_before(expression, 30) + expression[0].text_with_ws):
        return UNKNOWN  # "shifted from April to later this year": the plan before the change
    if (
        _weekday_meant_for(expression, rules)
        or _cued(expression, rules.AHEAD)
        or _postponed_to(expression, rules)
        or (_warning_from(expression, rules) and not _already(expression[0]))
    ):
        return FUTURE
    verb = _date_cleft_verb(sentence, expression) or governing_verb(expression.root, language)
    quote = _quote_around(sentence, expression)
    quoted_verb = _nearest_verb(expression, quote, rules) if quote is not None else None
    if quoted_verb is None:
        quote = None  # « dès lundi »: a few words quoted, whose time the narrative tells
    elif verb is not None and not quote[0] < verb.i < quote[1]:
        # « ça montera en puissance à partir de mercredi », a-t-il poursuivi: the parser
        # hangs the date on the reporting verb, whose time is the speech's, not the quote's.
        verb = quoted_verb
    if verb is not None and (
        _reported_clause_before(verb, expression, rules) or _opens_a_later_clause(verb, expression)
    ):
        # "Florence is expected to make landfall this Thursday, the forecaster said Monday":
        # the date belongs to the words reported, not to the saying after them; "ne pourront
        # redémarrer que le 11 juin, alors qu'ils devaient revenir en service": the parser
        # hangs the date on the verb of the clause after it. The verb before the date tells.
        within = (sentence.start - 1, expression.start)
        verb = _nearest_verb(expression, within, rules) or verb
    if verb is not None and rules.SCHEDULING.match(verb.text) and _plan_put_off(expression, rules):
        # "had to cancel surgical cases scheduled for Monday", "the walkout planned for this
        # Monday was cancelled": told as undone, the plan's day is the one gone.
        return PAST
    if verb is not None and _deadline(verb, expression, rules):
        return FUTURE
    if verb is not None and _done_to_a_noun(verb, expression, rules):
        return PAST
    if verb is not None and _date_decided(verb, expression, rules):
        return UNKNOWN
    if verb is not None and _follows_a_happening(verb, expression):
        return PAST
    if _done_with_its_complement(expression, rules):
        return PAST
    if _after_apposed_participle(expression, rules):
        return PAST
    reporting = _reporting_verb_before(expression, rules)
    if reporting is not None:
        verb = reporting  # "May said on Friday she would quit": the date of the speech
    if (
        verb is not None
        and verb.i > 0
        and verb.doc[verb.i - 1].lower_ in {"comme", "as"}
        and rules.SCHEDULING.match(verb.text)
        and verb.head.i != verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
    ):
        verb = verb.head  # "les pluies ont commencé comme prévu mardi": the clause's own verb
    if verb is not None and _still_to_be_done(verb):
        return UNKNOWN
    if verb is not None:
        tense = _unless_assessing(verb_tense(verb, language, expression), verb, rules)
        if (
            tense == PRESENT and verb.lower_ in rules.REPORTING_VERBS and expression.end <= verb.i
        ) or (verb is reporting and tense in (PRESENT, UNKNOWN)):
            # "Dans ses prévisions émises mardi soir, MétéoMédia précise ...": said before.
            return PAST
        if tense == PAST and _announced_onset(verb, expression, rules) and not _already(verb):
            return FUTURE
        if tense == PAST and (
            _day_meant_for(expression, rules) or _directed_to_a_day(verb, expression, rules)
        ):
            return UNKNOWN
        if tense == FUTURE and _future_in_the_past(verb, expression, rules):
            return UNKNOWN
        if tense == PAST and _forecast_then(verb, rules):
            return UNKNOWN
        if tense != UNKNOWN:
            return tense
        if _announced_onset(verb, expression, rules):
            return FUTURE
        if (
            _plan_told_before(verb, rules, expression)
            or _mandated(verb, rules)
            or _under_plan_told_before(verb, _infinitive_governor(verb, rules), rules)
            or _decided_before(verb, rules)
        ):
            return UNKNOWN  # no other verb of the sentence tells when the plan was for
    if _after_until(expression, rules):
        if (
            _bare_gerund(verb)
            and verb.dep_ == "advcl"
            and verb.head.pos_ in {"VERB", "AUX"}
            and verb_tense(verb.head, language, expression) == PAST
        ):
            # "were swept away on Friday, bringing the death toll to 86 by Saturday": a bound
            # the past clause reached
            return PAST
        return FUTURE  # "d'éviter le secteur jusqu'à jeudi": a bound not yet reached
    if (
        verb is not None
        and verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "after"
    ):
        return PAST  # "After losing at home to Leicester on Saturday, West Ham are ..."
    if (
        verb is not None
        and verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.head.pos_ in {"VERB", "AUX"}
        and verb.head.head.i != verb.i
    ):
        # "managed to keep the Red Sox from celebrating a title on Tuesday": the gerund's time
        # is that of the verb it complements
        governor = verb.head.head
        tense = verb_tense(governor, language, expression)
        if tense == UNKNOWN and governor.tag_ == "VB":
            tense = _governed_tense(governor, rules, _english_tense, _english_infinitive)
        if tense != UNKNOWN:
            return tense
    if _bare_gerund(verb):
        tense = _participle_tense(verb, expression, language)
        if tense is not None:
            return tense
    if verb is not None and verb.tag_ == "VB":
        governor = _infinitive_governor(verb, rules)
        if governor is not None and _directive_told_before(governor, rules):
            return UNKNOWN  # the calendar decides: no other verb of the sentence tells
    if verb is not None and language == "fr":
        infinitive = "Inf" in verb.morph.get("VerbForm")
        carrier = _infinitive_governor(verb, rules) if infinitive else verb
        if infinitive and carrier is not None and carrier.lower_ in _PLANNED_THEN:
            return UNKNOWN  # "un ouvrage qui devait paraître en septembre": the calendar decides
        if carrier is not None and _present_passive(carrier, rules):
            return UNKNOWN  # "sont tenues de remettre une liste le 14 mai": the calendar decides
    cleft = _cleft_verb(sentence) if verb is None else None
    if cleft is not None:
        tense = verb_tense(cleft, language, expression)
        if tense != UNKNOWN:
            return tense  # "Jeudi, c'est un cavalier qui a été emporté": the relative tells
    # The small models often hang dates on nouns: try the nearest verbs.
    verbs = [
        t
        for t in sentence
        if _is_verb(t, rules)
        and not expression.start <= t.i < expression.end
        and not (_adjectival_participle(t) and not rules.SCHEDULING.match(t.text))
        and not _in_other_relative_clause(t, expression)
        and (quote is None or quote[0] < t.i < quote[1])
    ]
    # Verbs of the same clause first: "jusqu'à fin octobre, a annoncé hier" is another clause.
    verbs.sort(key=lambda t: (_crosses_clause(t, expression), _distance(t, expression)))
    for candidate in verbs[:3]:
        tense = _unless_assessing(verb_tense(candidate, language, expression), candidate, rules)
        if tense != UNKNOWN:
            return tense
    # "The Reserve Bank will on Tuesday release the minutes", the verb read as a noun: the
    # modal just before the date tells.
    before = expression.doc[max(expression.sent.start, expression.start - 2) : expression.start]
    if any(t.lower_ in {"will", "'ll", "shall"} for t in before):
        return FUTURE
    return UNKNOWN
