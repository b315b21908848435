"""A long document pasted into a drafting request, shortened to the sentences that carry the user's facts.

A planner may paste a whole report (20 000 words) and ask for a draft. Drafts are built from the user's
facts (`facts/`): school or organisation, grades, figures with year, the problem and what was tried. Those
sentences are kept, in their order, up to the message budget; the rest is left out and the draft says so.
Pure functions over text; the Swedish wording lives in `assistant.lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon as lex

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”–-])|\n\s*\n+|\n(?=\s*(?:[-*•]|\d{1,2}[.)])\s)")
_PIECE = 600  # a run-on "sentence" longer than this is cut at word boundaries (a paste without punctuation)
# A draft is built from facts, not prose: about fifteen sentences carry them; more would bring a report's own
# figures into the user's situation.
BUDGET = 2500

# What makes a sentence worth keeping, with its weight: the facts a draft is built from.
_CUES: list[tuple[re.Pattern[str], int]] = [
    (lex.FIGURE_RE, 4), (lex.SCHOOL_NAME_RE, 3), (lex.ORG_NAME_RE, 3), (lex.GRADE_RE, 2),
    (lex.PROBLEM_CUE_RE, 2), (lex.TRIED_RE, 2), (lex.FACT_YEAR_RE, 1), (lex.GENDER, 1), (lex.FIRST_PERSON_RE, 4),
]


@dataclass(frozen=True)
class Condensed:
    """The shortened text and what was left out, for the note the draft carries."""

    text: str
    words: int  # words in the pasted text
    kept: int  # sentences kept
    total: int  # sentences in the pasted text
    framed: bool = False  # only the user's own words around the paste were kept (`own_frame`)

    def notice(self) -> str:
        """The Swedish note a draft built from a shortened text carries."""
        words = f"{self.words:,}".replace(",", "\u00a0")
        if self.framed:
            return lex.PASTE_FRAMED_NOTE.format(words=words)
        kept = "den enda meningen" if self.kept == 1 else f"de {self.kept} meningarna"
        return (f"Texten du klistrade in var lång ({words} ord) och har kortats: utkastet bygger på {kept} "
                f"av {self.total} som innehåller era uppgifter (skola, årskurser, siffror med år, problem "
                "och vad ni prövat). Kontrollera att inget viktigt saknas.")


def sentences(text: str) -> list[str]:
    """The text as sentences and list items; a run-on piece longer than `_PIECE` characters is cut."""
    out: list[str] = []
    for raw in _SENTENCE_RE.split(text):
        piece = " ".join(raw.split())
        while len(piece) > _PIECE:
            cut = piece.rfind(" ", 0, _PIECE)
            cut = cut if cut > _PIECE // 2 else _PIECE
            out.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        if piece:
            out.append(piece)
    return out


def score(sentence: str) -> int:
    """How much of the user's situation a sentence carries (0: none of it, nor does a run of layout:
    `lexicon.LAYOUT_DEBRIS_RE`)."""
    if lex.LAYOUT_DEBRIS_RE.search(sentence):
        return 0
    return sum(weight for pattern, weight in _CUES if pattern.search(sentence))


# The user's own words after a paste are its last line, when it is this short (a paragraph of their own).
_FRAME = 1200


def own_frame(text: str) -> str:
    """The user's own words around a long pasted text: the words that introduce it up to their colon ('Här är hela vår
    kvalitetsrapport, klistrad rakt in:'; `lexicon.PASTE_LEAD_RE`) and the short last line after it ('Våra egna
    siffror: 22 % av flickorna … Skriv en problemformulering.'); '' when neither says anything of their situation (a
    figure, a name, grades or 'vi/vår'). A draft is built from these alone: the paste is material, not their facts
    (trial 29: a pasted report's school name became the title and its seminar lines 'Alla: 6 deltagare').

    >>> own_frame("Här är rapporten: " + "Text om något. " * 300 + chr(10) + "Vi har 22 % frånvaro 2025.")
    'Här är rapporten. Vi har 22 % frånvaro 2025.'
    >>> own_frame("Text om något. " * 300 + chr(10) + "Skriv en problemformulering.")
    ''
    """
    lead = lex.PASTE_LEAD_RE.match(text)
    said = [f"{' '.join(lead.group('lead').split())}."] if lead else []
    if "\n" in text.strip():
        tail = " ".join(text.strip().rsplit("\n", 1)[-1].split())
        if tail and len(tail) <= _FRAME:
            said.append(tail)
    own = " ".join(said)
    facts = (lex.FIGURE_RE, lex.SCHOOL_NAME_RE, lex.ORG_NAME_RE, lex.GRADE_RE)
    # ... said as their own ('Våra egna siffror …', 'Vi är …'), or announced as a paste before
    theirs = bool(lead) or bool(said and lex.FIRST_PERSON_RE.search(said[-1]))
    return own if said and theirs and any(p.search(said[-1]) for p in facts) else ""


def density(sentence: str) -> float:
    """Facts per length: a planner's own 'Vi är X, åk 7–9, 38 % …' outranks a report's long sentence that
    happens to hold a figure and a year."""
    return score(sentence) / max(1, len(sentence.split())) ** 0.5


def condense(text: str, limit: int) -> Condensed:
    """`text` shortened to at most `limit` characters (and `BUDGET`): the sentences densest in the user's facts,
    those at least half as dense as the best one, in their original order.

    >>> long = "Inledning om allt möjligt. " * 400 + "Vi är Björkskolan, åk 7–9. 38 % av pojkarna saknar godkänt 2024."
    >>> c = condense(long, 8000)
    >>> c.text, c.kept, c.total
    ('Vi är Björkskolan, åk 7–9. 38 % av pojkarna saknar godkänt 2024.', 2, 402)
    """
    limit = min(limit, BUDGET)
    parts = sentences(text)
    own = own_frame(text)
    if own and len(own) <= limit:
        return Condensed(text=own, words=len(text.split()), kept=len(sentences(own)), total=len(parts), framed=True)
    seen: set[str] = set()
    ranked: list[tuple[float, int, str]] = []
    for position, sentence in enumerate(parts):
        key = sentence.lower()
        if key in seen:
            continue  # repeated boilerplate (headers, footers) is kept once at most
        seen.add(key)
        ranked.append((density(sentence), position, sentence))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    best = ranked[0][0] if ranked else 0.0
    chosen: list[tuple[int, str]] = []
    used = 0
    for value, position, sentence in ranked:
        if value < best / 2 or (value == 0 and chosen):
            break
        if used + len(sentence) + 1 > limit:
            continue
        chosen.append((position, sentence))
        used += len(sentence) + 1
    if not chosen and parts:  # nothing fits or nothing scores: the beginning, cut to the budget
        chosen = [(0, parts[0][:limit])]
    chosen.sort()
    return Condensed(text=" ".join(s for _, s in chosen), words=len(text.split()), kept=len(chosen), total=len(parts))


# How far before a colon a lead that introduces a paste may begin (lexicon.PASTED_FROM_RE: its parts read at most
# 200 + 120 characters beside the document's word).
PASTED_LEAD_CHARS = 400
_OPEN_QUOTES = "”\"“«'"
_CLOSE_FOR = {"”": "”", '"': '"', "“": "”", "«": "»", "'": "'"}


def _pasted_lead(text: str) -> int | None:
    """Where the text after a lead that introduces a paste begins (`lexicon.PASTED_FROM_RE`), None for none. The
    pattern is tried on the words before each colon only (it ends at one): a long paste without a lead is read in
    linear time, not from every position of it (last read: 4 s for 29 kB)."""
    for colon in re.finditer(":", text):
        start = max(0, colon.start() - PASTED_LEAD_CHARS)
        found = lex.PASTED_FROM_RE.search(text, start, colon.end())
        if found is not None:
            return found.end()
    return None


def pasted_parts(text: str) -> list[str]:
    """The parts of a message that are text from the user's own document, introduced as such before a colon
    (`lexicon.PASTED_FROM_RE`: 'Här är ett utdrag ur vår kvalitetsrapport: ”…”'): the quoted text after the colon,
    or all that follows it but a last line of the user's own (a request, or said in the first person: `own_frame`).
    Their facts are the user's, quoted from that text, not said in their own words (drafts32). [] when none.

    >>> pasted_parts("Vi är Ekby skola. Ur vår rapport 2024: ”Pojkarnas frånvaro var 12 %.” Gör ett mål.")
    ['Pojkarnas frånvaro var 12 %.']
    >>> pasted_parts("Ur analysen:" + chr(10) + "Pojkarna läser mindre." + chr(10) + "Gör en problemformulering.")
    ['Pojkarna läser mindre.']
    >>> pasted_parts("Vi är Björkskolan, åk 7–9: 38 % av pojkarna saknar godkänt.")
    []
    """
    lead = _pasted_lead(text)
    if lead is None:
        return []
    rest = text[lead:].strip()
    if not rest:
        return []  # the lead alone ('Ur analysen:'): the text comes in a later message, if at all
    if rest[0] in _OPEN_QUOTES:
        end = rest.find(_CLOSE_FOR[rest[0]], 1)
        if end > 0:
            return [rest[1:end].strip()]
    if "\n" in rest:
        body, last = rest.rsplit("\n", 1)
        if lex.DRAFT_CREATION_RE.search(last) or (len(last) <= _FRAME and lex.FIRST_PERSON_RE.match(last.strip())):
            rest = body
    else:  # one line: a last sentence that asks for the draft is the user's own
        parts = sentences(rest)
        if len(parts) > 1 and lex.DRAFT_CREATION_RE.search(parts[-1]):
            cut = rest.rfind(parts[-1][:20])
            rest = rest[:cut] if cut > 0 else rest
    return [rest.strip()] if rest.strip() else []

