"""Where the conversation stands in the sources: the passages the previous answer quoted.

A follow-up ('Vilka aktörer kan bidra till det?', 'Hur lång är den första av dem?') asks about what
the previous answer cited, and in documents written to a template the answer stands right after it
(the actors listed under the measures just quoted, the length of the meeting just named). The
previous answer arrives as plain text in the history, so its cited passages are found again: each
claim that stood before a citation marker is looked up in the lexical index and kept when a unit of
the found chunk says it word for word. An answer that refused, or rewrote its sources (lättläst, a
language model), simply yields fewer anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.citations import MARKER_RE
from assistant.index.units import Unit, split_sentences, units_of
from assistant.schema import Chunk, Turn

# A claim shorter than this many words ('Huvudmän') is too common to place a passage by itself.
MIN_CLAIM_WORDS = 4
# At most this many claims are looked up, and this many chunks searched for each.
MAX_CLAIMS = 8
CHUNKS_PER_CLAIM = 3
MAX_CLAIM_CHARS = 300
MAX_ANSWER_CHARS = 6000

_BULLET_RE = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+")
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

SearchFn = Callable[[str, int], list[str]]  # text, k -> chunk ids, best first


@dataclass(frozen=True)
class Anchor:
    """Lines of a document the previous answer quoted."""

    path: str
    start_line: int
    end_line: int
    chunk_id: str = ""  # the chunk the lines were found in

    def holds(self, unit: Unit) -> bool:
        """Whether `unit` stands in these lines."""
        return (unit.chunk.path or unit.chunk.source) == self.path and \
            unit.start_line <= self.end_line and unit.end_line >= self.start_line


def normalised(text: str) -> str:
    """Words only, lower case: an answer's quote and its source line meet whatever the punctuation, and whatever
    footnote marks extraction glued to the source's words (an answer quotes 'samordningsgrupp43' without its mark).

    >>> normalised("6. Informera föräldrar om tecken på mobbning, både i skolan och digitalt.")
    'informera föräldrar om tecken på mobbning både i skolan och digitalt'
    >>> normalised("engagemang från fritidshemmets samordningsgrupp43, följa")
    'engagemang från fritidshemmets samordningsgrupp följa'
    """
    return " ".join(_WORD_RE.findall(lex.NOTE_REFERENCE_RE.sub("", _BULLET_RE.sub("", text)).lower()))


def quoted_claims(answer: str) -> list[str]:
    """The sentences and list items of an earlier answer that stand before a citation marker.

    >>> quoted_claims("Förslag på insatser:\\n- Mindre grupper i undervisningen [1] Eleverna ska få stöd i tid. [2]")
    ['Förslag på insatser:', 'Mindre grupper i undervisningen', 'Eleverna ska få stöd i tid.']
    >>> quoted_claims("Underlaget har inga uppgifter om kostnaden. Det närmaste: ”Projektet startade 2019.” [1]")
    []
    """
    if lex.REFUSAL_RE.search(answer):
        return []  # a refusal quotes what is *not* the answer
    claims: list[str] = []
    # The history is sent by the client: only an answer's opening is read (answers quote within it).
    answer = answer[:MAX_ANSWER_CHARS].replace(lex.ENGLISH_NOTE, "")
    segments = MARKER_RE.split(answer)
    for segment in segments[:-1:2]:  # the text before each marker (split also returns the marker's numbers)
        for line in segment.splitlines():
            line = _BULLET_RE.sub("", line).strip()
            if line:
                claims += [s.strip() for s in split_sentences(line) if s.strip()]
    return claims


def locate(claims: Iterable[str], search: SearchFn, chunk_of: dict[str, Chunk]) -> list[Anchor]:
    """The lines that say `claims` word for word, found through `search` (lexical: text -> chunk ids)."""
    anchors: list[Anchor] = []
    looked = 0
    for claim in claims:
        claim = claim[:MAX_CLAIM_CHARS]  # history is sent by the client: a claim is never a long query
        key = normalised(claim)
        if len(key.split()) < MIN_CLAIM_WORDS:
            continue
        if looked >= MAX_CLAIMS:
            break
        looked += 1
        placed: str | None = None  # the document the claim was first found in
        for chunk_id in search(claim, CHUNKS_PER_CLAIM):
            chunk = chunk_of.get(chunk_id)
            if chunk is None:
                continue
            path = chunk.path or chunk.source
            if placed is not None and path != placed:
                continue
            found = [u for u in units_of(chunk) if _says(u, key)]
            if found:
                # A document that repeats a list (a guide's 'Förslag på insatser' again in its summary) is quoted
                # from one copy; what a follow-up asks next may stand after the other, so each copy anchors.
                placed = path
                anchors.append(Anchor(path, min(u.start_line for u in found), max(u.end_line for u in found),
                                      chunk.chunk_id))
    return _merged(anchors)


def last_answer(history: Sequence[Turn]) -> str | None:
    """The text of the assistant's last turn, if any; a draft the user saved in between is no answer (review27:
    'Vilka av dem …' after a question, then a saved goal, picks from the question's answer)."""
    for turn in reversed(history):
        if turn.role == "assistant" and not turn.saved and turn.content.strip():
            return turn.content
    return None


def near(unit: Unit, anchors: Sequence[Anchor], after: int, before: int = 0) -> bool:
    """Whether `unit` stands in or just after an anchor (within `after` lines; `before` lines ahead of it)."""
    path = unit.chunk.path or unit.chunk.source
    return any(a.path == path and a.start_line - before <= unit.start_line <= a.end_line + after for a in anchors)


def _says(unit: Unit, key: str) -> bool:
    text = normalised(unit.text)
    return bool(text) and (key in text or (len(text.split()) >= MIN_CLAIM_WORDS and text in key))


def _merged(anchors: list[Anchor]) -> list[Anchor]:
    out: list[Anchor] = []
    for a in sorted(set(anchors), key=lambda a: (a.path, a.start_line)):
        if out and out[-1].path == a.path and a.start_line <= out[-1].end_line + 1:
            out[-1] = Anchor(a.path, out[-1].start_line, max(out[-1].end_line, a.end_line), out[-1].chunk_id)
        else:
            out.append(a)
    return out

