"""Whether the statement that answers a yes/no question confirms or contradicts what it states.

'Stämmer det att huvudmannen utökade kvalitetsdialogerna till fyra per läsår?' states a claim; the source's 'två
dialoger per läsår' contradicts it, so the answer opens 'Nej – underlaget säger: …' rather than leaving the reader to
compare the figures. A claim whose every word and figure the statement (with its list's intro, heading and document
title) holds is confirmed: 'Ja – underlaget säger: …'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, list_intro
from assistant.numbers import count_word, swedish_number

if TYPE_CHECKING:
    from assistant.grounding.selection.scored import Scored

# A four-digit figure in YEAR_RE's range is read as a year.
_YEAR_RE = lex.YEAR_RE


def claim_of(asked: str) -> str | None:
    """The clause a claim question asks about ('huvudmannen utökade …' of 'Stämmer det att huvudmannen utökade …?',
    'rektorn ansvarar för X' of 'Är det rektorn som ansvarar för X?'), or None when the question states no claim."""
    m = lex.CLAIM_FRAME_RE.match(asked)
    if m:
        return asked[m.end():].strip(" ?")
    cleft = cleft_of(asked)
    return " ".join(cleft) if cleft else None


def cleft_of(asked: str) -> tuple[str, str] | None:
    """The doer and the deed of a cleft yes/no question ('Är det rektorn som ansvarar för X?' -> ('rektorn',
    'ansvarar för X')), or None when it asks none, or of no one doer ('Är det bara pojkar som …', 'Är det någon som …').

    >>> cleft_of("Är det rektorn som ansvarar för uppföljningen?"), cleft_of("Är det någon som vet?")
    (('rektorn', 'ansvarar för uppföljningen'), None)
    >>> import time; t = time.perf_counter(); _ = cleft_of("Är det rektorn som " + " " * 20000 + "x")
    >>> time.perf_counter() - t < 0.5  # linear, not quadratic, in a long deed
    True
    """
    m = lex.CLEFT_QUESTION_RE.match(asked)
    if m is None:
        return None
    doer, deed = m.group(1).strip(), m.group(2).strip().rstrip(" ?!.")
    words = re.findall(r"\w+", doer.lower())
    if not words or len(words) > 4 or any(w in lex.CLEFT_NOT_ONE_DOER for w in words) or not tokenize(doer):
        return None
    return doer, deed


def _names(token: str, tokens: Sequence[str]) -> bool:
    """Whether `tokens` name `token` itself, in a compound or another form ('huvudmannen' in 'skolhuvudmannen',
    'rektorn' by 'rektor')."""
    return any(token in t or (len(t) >= 5 and token.startswith(t)) for t in tokens)


def other_doer(asked: str, unit: Unit) -> bool:
    """Whether `unit` says what the yes/no question `asked` claims is done, but by another doer: the doer is what a
    cleft puts first ('Är det rektorn som ansvarar för X?') or a claim's first word ('Stämmer det att rektorn utser
    samordnaren?'); the statement holds every word of the deed, not the doer, and names a word of its own before
    the deed ('Skolhuvudmannen ansvarar för att utse en samordnare …'). A statement that names no doer (a passive,
    a list item) contradicts nothing. Only a deed one doer holds (lexicon.EXCLUSIVE_ROLE_STEMS) is ruled out so.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="doer", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> other_doer("Är det rektorn som ansvarar för uppföljningen?", unit("Skolhuvudmannen ansvarar för uppföljningen."))
    True
    >>> other_doer("Är det rektorn som ansvarar för uppföljningen?", unit("Rektor ansvarar för uppföljningen."))
    False
    >>> other_doer("Stämmer det att skolan erbjuder läxhjälp?", unit("Biblioteket erbjuder läxhjälp."))
    False
    """
    cleft = cleft_of(asked)
    claim = claim_of(asked)
    first = re.match(r"\s*(\w[\w-]*)\s+(.+)", claim or "")
    if cleft is not None:
        named, deed = cleft
    elif first is not None and first.group(1).lower() not in lex.CLEFT_NOT_ONE_DOER:
        named, deed = first.group(1), first.group(2)
    else:
        return False
    doer = tokenize(named)
    verb = fold(deed.split()[0]) if deed.split() else ""
    if not doer or not verb.startswith(tuple(fold(s) for s in lex.EXCLUSIVE_ROLE_STEMS)):
        return False
    said = tokenize(unit.text)
    # the doer met as claim_held meets a word ('rektorn' by 'Rektor', tokenized 'rekt')
    if any(_names(t, said) or _term_held(t, set(said)) for t in doer) or \
            not claim_held(deed, unit, with_figures=False):
        return False
    deed_words = tokenize(lex.CLAIM_FIGURE_RE.sub(" ", deed))
    at = next((i for i, t in enumerate(said) if any(_meets(t, d) for d in deed_words)), None)
    own = set(tokenize(f"{named} {deed}"))
    return at is not None and any(t not in own for t in said[:at])


def figures(text: str) -> tuple[set[float], set[float]]:
    """The years and the other figures (counts, shares, sums) a text states, each as a number."""
    years: set[float] = set()
    counts: set[float] = set()
    for m in lex.CLAIM_FIGURE_RE.finditer(text):
        raw = m.group(0).lower()
        if raw in lex.COUNT_WORDS:
            counts.add(float(count_word(raw) or 0))
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
