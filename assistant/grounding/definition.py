"""Whether a text says what a term is: one test for definition questions, at two levels.

'Vad är X?' / 'Vad menas med X?' is answered by a sentence that says what X is, and refused as undefined when the
material only uses X. Both decisions ask the same question of a sentence, with different strictness:

- strict (`defines(term, text)`): the sentence is a definition of X — X stands before a defining verb or 'är en/ett/
  när/att …' near the sentence's start ('Antipluggkultur är en inställning …', 'Med institutionalisering menas …').
  An answer may open with it (generation/extractive/answer/sentences.py).
- loose (`defines(term, unit, loose=True)`): the unit explains X in some way — the strict test, a defining verb or a
  gloss anywhere ('innebär', 'det vill säga'), a bracket, dash or colon after X, X in brackets after its long form,
  'X är …' with X opening the sentence, or the next sentence of its paragraph defining it. When no close unit does,
  the question is refused as undefined (grounding/scope/).

At both levels 'X är vanligare bland pojkar' compares X and says not what it is (lexicon.COMPARISON_AFTER_IS_RE), and
'… för att bryta hemmasittande problematik var …' only uses X: the word after 'var' tells about another noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon as lex
from assistant.index.lexical import fold
from assistant.index.units import Unit, units_of

# A defining verb or 'är en …' must start within this many characters of the sentence's start for the sentence to
# be a definition (strict): later in a long sentence it says what something else is.
DEFINING_REACH = 80
# For the loose 'X är …' gloss, X must stand among the sentence's first words ('Ett kompensatoriskt uppdrag är …',
# 'Begreppet X är …'): deeper in the sentence X qualifies another noun ('… bryta hemmasittande problematik var …').
GLOSS_OPENING_WORDS = 4
# After a term (folded text from the term on), a gloss in brackets, after a dash or a colon ('SIP (samordnad
# individuell plan)', 'UVAS – unga som …'), or 'är/var/blir' within a few words ('Institutionalisering är …').
_BRACKET_AFTER_RE = re.compile(r"^\S*\s*[(–:]")
_IS_AFTER_RE = re.compile(r"^\S*(?:\s+\S+){0,3}?\s+(?:ar|var|blir)\b")


def names_definiendum(term: str, text: str) -> bool:
    """Whether `text` names the term a definition question asks about (by its first six letters), hyphens aside.

    >>> names_definiendum("antipluggkultur", "Anti-pluggkultur är vanligare bland pojkar.")
    True
    >>> names_definiendum("KAA", "SIP (samordnad individuell plan)")
    False

    A short term is a word of its own, with at most an ending ('kön', 'könet'), not the start of another word:
    >>> names_definiendum("kön", "Konsekvenserna är stora."), names_definiendum("kön", "Könet är en social kategori.")
    (False, True)

    A hyphen ends the short term's word ('KAA-ansvar', 'SIP-plan'):
    >>> names_definiendum("KAA", "Kommunens KAA-ansvar gäller."), names_definiendum("SIP", "En SIP-plan upprättas.")
    (True, True)
    """
    return _term_at(fold(term).replace("-", ""), fold(text)) >= 0


def _term_at(head: str, body: str) -> int:
    """Where folded `body` (hyphens kept) names the folded, hyphen-free term `head`, by its first six letters, a
    short term as a word with at most an ending; -1 when it does not. A hyphen in the body may stand between any
    of the term's letters ('Anti-pluggkultur') and ends a short term's word ('KAA-ansvar', 'Hbtq-personer')."""
    m = _term_pattern(head).search(body)
    return m.start() if m else -1


@lru_cache(maxsize=256)
def _term_pattern(head: str) -> re.Pattern[str]:
    """The pattern `_term_at` looks for: the term's letters with optional hyphens between them."""
    letters = "-?".join(re.escape(c) for c in (head[:6] if len(head) >= 6 else head))
    if len(head) >= 6:
        return re.compile(letters)
    return re.compile(rf"(?<!\w){letters}\w{{0,3}}(?!\w)")


def defines(term: str, unit: Unit | str, loose: bool = False) -> bool:
    """Whether `unit` (a unit, or a sentence's text) says what `term` is: strictly, as a definition an answer may
    open with; `loose`ly, by any means of explaining it (see the module's docstring).

    >>> [defines("antipluggkultur", t) for t in ("Anti-pluggkultur innebär att det anses fult att plugga.",
    ...  "Pojkar i högstadiet påverkas av en anti-pluggkultur.", "Anti-pluggkultur är vanligare bland pojkar än flickor.")]
    [True, False, False]
    >>> [defines("kompensatoriskt uppdrag", t, loose=True) for t in ("Skolan har ett kompensatoriskt uppdrag.",
    ...  "Ett kompensatoriskt uppdrag innebär att skolan ska uppväga skillnader.",
    ...  "Kompensatoriskt uppdrag är skolans ansvar för att uppväga skillnader.",
    ...  "Uppdraget att uppväga skillnader (kompensatoriskt uppdrag) gäller alla skolor.",
    ...  "Kompensatoriskt uppdrag är vanligare i större kommuner.",
    ...  "För att klara sitt långsiktiga och breda kompensatoriskt uppdrag var stödet viktigt.")]
    [False, True, True, True, False, False]
    """
    if not term:
        return False
    text = unit if isinstance(unit, str) else unit.text
    if _is_definition(term, text):
        return True
    if not loose:
        return False
    return _glossed(term, text) or (not isinstance(unit, str) and _defined_next(unit))


def _is_definition(term: str, text: str) -> bool:
    """Strict: the term in one of the defining forms (`states_definition`), or before a defining verb or 'är en/ett/
    när/att …' near the sentence's start."""
    if states_definition(term, text):
        return True
    m = lex.DEFINES_RE.search(text)
    return m is not None and m.start() <= DEFINING_REACH and names_definiendum(term, text[: m.start()])


def states_definition(term: str, text: str) -> bool:
    """Whether `text` defines `term` in one of the forms Swedish texts define a term by (lexicon.DEFINING_PATTERNS):
    'Med X avses …', 'X, det vill säga …', 'X – …', 'Begreppet X innebär …'.

    >>> [states_definition("institutionalisering", t) for t in ("Med institutionalisering avses att arbetet består.",
    ...  "Arbetet ska leda till institutionalisering av metoderna.")]
    [True, False]
    >>> [states_definition("styrkedja", t) for t in ("Hela skolans styrkedja, det vill säga enhets- och politisk "
    ...  "nivå, deltar.", "Styrkedja – de nivåer som styr skolan.", "Styrkedjan är viktig för arbetet.")]
    [True, True, False]
    """
    folded = _INNER_HYPHEN_RE.sub("", fold(" ".join(text.split())))
    return any(p.search(folded) for p in _defining_patterns(term))


# A hyphen inside a word ('Anti-pluggkultur'), dropped as the term's own are; a dash between words stays.
_INNER_HYPHEN_RE = re.compile(r"(?<=\w)-(?=\w)")


@lru_cache(maxsize=256)
def _defining_patterns(term: str) -> tuple[re.Pattern[str], ...]:
    """lexicon.DEFINING_PATTERNS for one term: each of its words by its first letters and any ending
    ('kompensatoriskt uppdrag' meets 'kompensatoriska uppdraget')."""
    words = re.findall(r"\w+", fold(term).replace("-", ""))
    if not words:
        return ()
    stem = r"\s+".join(re.escape(w[: max(4, len(w) - 2)] if len(w) > 4 else w) + r"\w*" for w in words)
    return tuple(re.compile(p.replace("{term}", stem)) for p in lex.DEFINING_PATTERNS)


def _glossed(term: str, text: str) -> bool:
    """A defining verb or gloss in the text; a bracket, dash or colon after the term or the term in brackets after
    its long form; or 'X är …' (not a comparison) with X among the sentence's first words."""
    if _explained_by_verb(term, text):
        return True
    folded, head = fold(text), fold(term).replace("-", "")
    at = _term_at(head, folded)  # as names_definiendum
    if at < 0:
        return False
    if _BRACKET_AFTER_RE.search(folded[at:]) or folded[:at].rstrip().endswith("("):
        return True
    opening = len(folded[:at].split()) < GLOSS_OPENING_WORDS
    said = _IS_AFTER_RE.search(folded[at:])
    return opening and said is not None and not compares(folded[at:], said.end())


def _explained_by_verb(term: str, text: str) -> bool:
    """A defining verb or gloss that explains the term: the term named before it ('X innebär …', '”X”, dvs …'), in it
    ('Med X avses …') or, after a naming one, after it ('… kallas X', 'en så kallad X'). A defining verb before the
    term explains something else with it ('Det innebär att använda den könsuppdelade statistik …')."""
    for m in (*lex.DEFINING_VERB_RE.finditer(text), *lex.GLOSS_RE.finditer(text)):
        if names_definiendum(term, text[: m.end()]):
            return True
        if lex.NAMING_GLOSS_RE.fullmatch(m.group(0)) and names_definiendum(term, text[m.end():]):
            return True
    return False


def compares(folded: str, at: int) -> bool:
    """Whether the words at `at` in folded text, right after 'är/var', compare ('… är vanligare bland pojkar')."""
    return lex.COMPARISON_AFTER_IS_RE.match(folded, at) is not None


def _defined_next(unit: Unit) -> bool:
    """The next sentence of the unit's paragraph defines it ('Arbetssättet kan beskrivas som …')."""
    units = units_of(unit.chunk)
    nxt = units[unit.seq + 1] if unit.kind == "sentence" and unit.seq + 1 < len(units) else None
    return nxt is not None and nxt.kind == "sentence" and nxt.start_line <= unit.end_line + 1 and \
        bool(lex.DEFINING_VERB_RE.search(nxt.text))
