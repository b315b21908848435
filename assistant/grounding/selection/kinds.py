"""The kinds of list a question asks for and an intro or heading announces, and how well they fit."""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from assistant import lexicon as lex
from assistant.index.lexical import stopwords, tokenize

_KIND_RE = re.compile(r"\b(?!" + "|".join(lex.NOT_LIST_KINDS) + r")("
                      + "|".join(re.escape(stem) for stem in sorted(lex.LIST_KINDS, key=len, reverse=True)) + r")\w*")
# The most words of a text read as a label whose compounds name a list kind by their head.
LABEL_WORDS = 12
# A word whose last part is a kind's word ('verksamhetsutmaningar', 'riskfaktorer'): lexicon.COMPOUND_HEAD_KINDS.
_COMPOUND_HEAD_RE = re.compile(r"\b\w{3,}?(" + "|".join(lex.COMPOUND_HEAD_KINDS) + r")\w*")


# The last word of an intro that ends with a colon ('… som besvarar följande frågor:').
_LAST_WORD_RE = re.compile(r"\b(\w+)\s*:\s*$")


def list_kinds(text: str, head_only: bool = False, compounds: bool = True) -> set[str]:
    """The kinds of list a text names ('aktörer' -> {'aktör'}), by the stems in lexicon.LIST_KINDS.

    Stems are matched as written, so 'mät' (measure) does not match 'material'; a compound is of its last part's
    kind ('verksamhetsutmaningar' are problems), and factors named as the means to an end are success factors,
    not causes. With `head_only`, only the first kind named: an intro 'Förslag på aktörer som kan bidra till
    insatsen' lists actors, not interventions.

    >>> sorted(list_kinds("Ge exempel på verksamhetsutmaningar:"))
    ['problem']
    >>> sorted(list_kinds("Vidare lyfts tre faktorer fram i arbetet med att få eleven tillbaka till skolan:"))
    ['framgångsfaktor']
    >>> sorted(list_kinds("Skolrelaterade faktorer kan delas upp i tre underkategorier:"))
    ['faktor']
    >>> sorted(list_kinds("När ni valt insatser bör ni göra en sammanfattning som besvarar frågorna:", head_only=True))
    ['fråga']
    >>> sorted(list_kinds("Förslag på aktörer som kan bidra till insatserna:", head_only=True))
    ['aktör']
    """
    lowered = text.lower()
    found: list[tuple[int, str]] = []
    for m in _KIND_RE.finditer(lowered):
        kind = lex.LIST_KINDS[m.group(1)]
        if kind == "faktor" and lex.MEANS_AFTER_FACTOR_RE.match(lowered, m.start()):
            kind = "framgångsfaktor"
        found.append((m.start(), kind))
    known = {start for start, _ in found}
    # A compound's head is read in a label (a heading, a short or colon-ended intro), not deep in a long sentence.
    label = compounds and (len(text.split()) <= LABEL_WORDS or text.rstrip().endswith(":"))
    for m in _COMPOUND_HEAD_RE.finditer(lowered) if label else ():
        if m.start() not in known:
            found.append((m.start(), lex.LIST_KINDS[m.group(1)]))
    found.sort()
    if head_only:
        # An intro that ends on a kind's word names what follows by that word ('När ni valt insatser bör ni göra en
        # sammanfattning som besvarar frågorna:' leads into questions; the interventions are its topic): the word
        # the colon follows is the list's head, wherever other kinds stand before it; unless a preposition makes
        # it the topic ('Förslag på aktörer som kan bidra till insatserna:' lists actors).
        last = _LAST_WORD_RE.search(lowered)
        topical = last is not None and any(m.end() == last.end(1) for m in lex.TOPIC_PHRASE_RE.finditer(lowered))
        ending = [(start, kind) for start, kind in found
                  if last is not None and not topical and start == last.start(1)]
        found = ending or found[:1]
    return {kind for _, kind in found}


def asked_kinds(question: str) -> set[str]:
    """The kind of list a question asks for, from the noun after 'vilka/vilket/vad för' when there is one.

    >>> sorted(asked_kinds("Vilket material kan vi behöva ta fram innan vi genomför insatserna?"))
    ['material']
    >>> sorted(asked_kinds("Vem ansvarar för insatserna?"))  # people are asked for, not interventions
    ['aktör']
    >>> sorted(asked_kinds("Vilka kan vi samarbeta med om vi vill ge eleverna läxhjälp?"))  # partners are actors
    ['aktör']
    >>> sorted(asked_kinds("Vilka borde vara med i arbetet?"))  # who takes part: actors
    ['aktör']
    >>> sorted(asked_kinds("Vad kan vi göra när eleverna saknar en lugn plats för läxor?"))  # measures
    ['insats']
    >>> sorted(asked_kinds("Vilket stöd kan elever som inte hänger med få?"))  # support is measures
    ['insats']
    >>> sorted(asked_kinds("Hur kan vi se om insatserna har hjälpt?"))  # what to follow up, not the measures
    ['uppföljning']
    >>> sorted(asked_kinds("Hur följer man upp insatser för att pojkar ska lyckas?"))
    ['uppföljning']
    >>> sorted(asked_kinds("Hur kan vi minska frånvaron bland pojkar?"))  # ways to act, not problems or goals
    ['framgångsfaktor', 'insats', 'steg']
    >>> sorted(asked_kinds("Vilken nämnd ansvarar för mål 2?")), sorted(asked_kinds("Vilka är de fyra målen?"))
    ([], ['mål'])
    >>> sorted(asked_kinds("Vilka faktorer lyfts fram för att få eleven tillbaka till skolan?"))  # as an intro says
    ['framgångsfaktor']
    >>> sorted(asked_kinds("Vilka faktorer påverkar frånvaron?"))
    ['faktor']
    >>> sorted(asked_kinds("Vilka skolformer gäller garantin för tidiga stödinsatser?"))  # school forms, no kind
    []
    >>> sorted(asked_kinds("Hur kollar vi om arbetet mot mobbning har gett något – vad ska vi följa upp?"))
    ['uppföljning']
    """
    if lex.WHO_OPENER_RE.match(question) or lex.PARTNER_QUESTION_RE.match(question) \
            or lex.HELPER_QUESTION_RE.match(question):
        return {"aktör"}
    if lex.MEASURES_QUESTION_RE.match(question) or lex.SUPPORT_QUESTION_RE.match(question):
        return {"insats"}
    if lex.FOLLOW_UP_QUESTION_RE.match(question) or lex.FOLLOW_UP_HOW_RE.match(question) \
            or lex.FOLLOW_UP_WHAT_RE.search(question) or lex.EVALUATION_QUESTION_RE.search(question):
        return {"uppföljning"}
    if lex.HOW_TO_ACT_QUESTION_RE.match(question):
        return set(lex.HOW_TO_ACT_KINDS)
    head = re.search(r"\b(vilka|vilket|vilken|vad för|which|what)\s+(\w+(?:\s+\w+)?)", question, re.I)
    if head:
        kinds = list_kinds(head.group(2))
        if "faktor" in kinds and lex.MEANS_AFTER_FACTOR_RE.match(question.lower(), head.start(2)):
            # 'vilka faktorer som lyfts fram för att få eleven tillbaka …': factors named as the means to an end are
            # asked as an intro names them ('Vidare lyfts tre faktorer fram i arbetet med att …:', list_kinds)
            kinds = (kinds - {"faktor"}) | {"framgångsfaktor"}
        if kinds:
            return kinds
    # 'Vilka skolformer gäller garantin för tidiga stödinsatser?' asks for school forms, a noun that names no kind:
    # a kind that stands only as the head of a compound of its topic ('stödinsatser') is not what is asked; one
    # named as a word of its own ('Vilka förslag på uppföljning …', 'Vilka poster finns i kostnadsberäkningen?')
    # still is.
    compounds = not (head and _names_a_noun(head.group(2).split()[0]))
    # Without 'vilka X', a kind named anywhere in the question, except in a 'how' question, where it is the
    # topic ('Hur följs insatsen upp?' asks how, not for interventions), or in a numbered label, which names where
    # to look ('Vilken nämnd ansvarar för mål 2?' asks for a body, not for goals).
    if lex.HOW_QUESTION_RE.match(question):
        return set()
    return list_kinds(lex.NUMBERED_LABEL_RE.sub(" ", lex.TOPIC_PHRASE_RE.sub(" ", question)), compounds=compounds)


def _names_a_noun(word: str) -> bool:
    """Whether the word after 'vilka/vilket' is a noun ('skolformer', 'kommuner'), not a verb or pronoun ('kan',
    'behöver', 'vi'): a word of four letters or more that is no stop word and whose lemma is no infinitive (Swedish
    infinitives end in -a; nouns in -a are taken for verbs, which keeps the kinds named elsewhere in the question).

    >>> _names_a_noun("skolformer"), _names_a_noun("behöver"), _names_a_noun("kan"), _names_a_noun("av")
    (True, False, False, False)
    """
    lowered = word.lower()
    if len(lowered) < 4 or lowered in stopwords() or not lowered.isalpha():
        return False
    lemma = simplemma.lemmatize(lowered, lang="sv")
    return not lemma.endswith(("a", "as"))


@lru_cache(maxsize=32)
def _kind_stems(kind: str) -> tuple[str, ...]:
    """The indexed (folded) stems of the words that name a list kind: 'fråga' -> ('frag', 'question')."""
    return tuple(t for stem, k in lex.LIST_KINDS.items() if k == kind for t in tokenize(stem))


def kind_words(terms: frozenset[str], kinds: set[str]) -> frozenset[str]:
    """The question terms that only name the kind of list asked for ('frag' of 'Vilka frågor …?').

    >>> sorted(kind_words(frozenset({"frag", "samverkan", "stall"}), {"fråga"}))
    ['frag']
    """
    stems = [k for kind in kinds for k in _kind_stems(kind)]
    return frozenset(t for t in terms if any(t == k or (len(k) >= 4 and t.startswith(k)) for k in stems))


def _kind_fit(question: str, intro: str, head_only: bool = True) -> float:
    """A list introduced as the kind the question asks for is lifted; a list of another kind is lowered.

    A short intro names its kind first ('Förslag på aktörer som kan bidra till insatsen'); a paragraph that
    leads into a list may name it anywhere ('… utifrån de fem framgångsfaktorerna …').

    >>> q = "Vad kan vi göra när killarna inte har någon lugn plats för läxor?"
    >>> _kind_fit(q, "Förslag på insatser"), _kind_fit(q, "Ge exempel på problemområden på befolkningsnivå:")
    (0.5, -0.3)
    """
    asked = asked_kinds(question)
    if not asked:
        return 0.0
    offered = list_kinds(intro, head_only=head_only)
    if asked & offered:
        # Measures meet a way to act ('Hur kan vi …?'), but naming them lifts no list over the passage on the
        # question's own topic: a list of tips that names no kind answers as well.
        return 0.0 if lex.HOW_TO_ACT_QUESTION_RE.match(question) else 0.5
    return -0.3 if offered else 0.0


def of_another_kind(question: str, intro: str) -> bool:
    """A list introduced as another kind than the question asks for ('Förslag på insatser' for 'Vilka aktörer …?',
    'Ge exempel på problem …' for 'Hur kan vi minska …?') does not answer it."""
    asked = asked_kinds(question)
    offered = list_kinds(intro, head_only=True)
    return bool(asked and offered and not asked & offered)
