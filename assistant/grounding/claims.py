"""Whether the statement that answers a yes/no question confirms or contradicts what it states.

'Stämmer det att huvudmannen utökade kvalitetsdialogerna till fyra per läsår?' states a claim; the source's 'två
dialoger per läsår' contradicts it, so the answer opens 'Nej – underlaget säger: …' rather than leaving the reader to
compare the figures. A claim whose every word and figure the statement (with its list's intro, heading and document
title) holds is confirmed: 'Ja – underlaget säger: …'.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, list_intro
from assistant.numbers import swedish_number

if TYPE_CHECKING:
    from assistant.grounding.selection import Scored

# A four-digit figure in YEAR_RE's range is read as a year.
_YEAR_RE = lex.YEAR_RE


def claim_of(asked: str) -> str | None:
    """The clause a claim question asks about ('huvudmannen utökade …' of 'Stämmer det att huvudmannen utökade …?'),
    or None when the question states no claim."""
    m = lex.CLAIM_FRAME_RE.match(asked)
    return asked[m.end():].strip(" ?") if m else None


def figures(text: str) -> tuple[set[float], set[float]]:
    """The years and the other figures (counts, shares, sums) a text states, each as a number."""
    years: set[float] = set()
    counts: set[float] = set()
    for m in lex.CLAIM_FIGURE_RE.finditer(text):
        raw = m.group(0).lower()
        if raw in lex.COUNT_WORDS:
            counts.add(float(lex.COUNT_WORDS[raw]))
            continue
        value = swedish_number(raw)
        if value is None:
            continue
        (years if _YEAR_RE.fullmatch(raw.replace(" ", "").replace("\u00a0", "")) else counts).add(value)
    return years, counts


def figures_differ(asked: str, stated: str) -> bool:
    """Whether the question names a year or a figure where the statement gives only other ones of that kind."""
    return any(a and s and not a & s for a, s in zip(figures(asked), figures(stated), strict=False))


@lru_cache(maxsize=64)
def _families() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(t for w in family for t in tokenize(w)) for family in lex.CLAIM_WORD_FAMILIES)


def _meets(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _term_held(term: str, context: set[str]) -> bool:
    kin = {term, *(t for f in _families() if any(_meets(term, m) for m in f) for t in f)}
    return any(_meets(k, c) for k in kin for c in context)


def claim_held(claim: str, unit: Unit, with_figures: bool = True) -> bool:
    """Whether `unit`, read with its list's intro, its heading and its document's title, holds every content word
    and (`with_figures`) every figure of `claim`."""
    framing = {fold(t) for w in lex.FRAMING_WORDS for t in tokenize(w)}
    words = [t for t in tokenize(lex.CLAIM_FIGURE_RE.sub(" ", claim)) if t not in framing]
    if not words:
        return False
    intro = list_intro(unit) if unit.is_item else None
    around = " ".join([unit.text, intro.text if intro is not None else "", unit.section_heading,
                       " ".join(unit.chunk.heading_path), unit.chunk.title])
    context = set(tokenize(around))
    if not all(_term_held(t, context) for t in words):
        return False
    if not with_figures:
        return True
    claimed = figures(claim)
    stated = figures(unit.text)
    return all(c <= s for c, s in zip(claimed, stated, strict=False))


def contradicting(asked: str, ranked: Sequence[Scored]) -> Scored | None:
    """For a yes/no question that names a year ('Stämmer det att granskningen publicerades 2019?'), the first of
    `ranked` that holds every other word of it but gives only other years ('Skolinspektionen publicerade 2021 en
    granskning …'): it answers, with a no. None when one of them holds it with the asked year too, or none holds it."""
    claim = claim_of(asked) or asked
    if lex.NEGATION_RE.search(claim) or not figures(claim)[0]:
        return None
    held = [s for s in ranked if claim_held(claim, s.unit, with_figures=False)]
    if any(claim_held(claim, s.unit) for s in held):
        return None
    return next((s for s in held if figures_differ(claim, s.unit.text)), None)
