"""The items a talk has brought (keys, citations) and a turn's result, so a later turn knows what it said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import MARKER_RE, CitationBook, markers
from assistant.generation.base import BackendResult
from assistant.index.units import Unit, units_of
from assistant.schema import Draft, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


def _turn_result(sections: list[DraftSection], closing: str, title: str) -> BackendResult:
    """A dilemma turn as text (each section's heading and its cited items, then the closing) and as its draft."""
    lines: list[str] = []
    for section in sections:
        lines.append(f"{section.heading}:")
        lines += [f"- {i.text}{markers(i.citations)}" for i in section.items]
        lines.append("")
    lines.append(closing)
    grounded = any(i.citations for section in sections for i in section.items)
    return BackendResult(text="\n".join(lines), grounded=grounded,
                         draft=Draft(kind="dilemma", title=title, sections=sections))


# The citation markers ('[3]', '[1, 2]') that end a quoted line.
_TRAILING_MARKERS_RE = re.compile(rf"(?:{MARKER_RE.pattern})+\s*$")


def _key(text: str) -> str:
    """A quoted line compared with another: its markers ('[3]') and a list number ('1. ') dropped, case and spacing
    normalised."""
    text = lex.NOTE_REFERENCE_RE.sub("", _TRAILING_MARKERS_RE.sub("", text))  # as `_spoken` says it
    return " ".join(lex.LIST_NUMBER_RE.sub("", text).lower().split())[:60]


def _earlier_items(answers: list[str], headings: tuple[str, ...]) -> list[str]:
    """The cited items ('- … [n]') under `headings` in the assistant's earlier turns, in order, each once."""
    found: dict[str, str] = {}
    for answer in answers:
        current = ""
        for line in answer.splitlines():
            if line.endswith(":") and not line.startswith("- "):
                current = line[:-1]
            elif line.startswith("- ") and current in headings and _TRAILING_MARKERS_RE.search(line):
                text = _TRAILING_MARKERS_RE.sub("", line[2:])
                found.setdefault(_key(text), text)
    return list(found.values())


def _unit_of(backend: ExtractiveBackend, text: str) -> Unit | None:
    """The passage an earlier turn quoted, found again so the summary can cite it."""
    for hit in backend.evidence.search(text, k=5):
        for u in units_of(hit.chunk):
            if _key(u.text) == _key(text):
                return u
    return None


def _cite(book: CitationBook, u: Unit) -> int:
    return book.cite(u.chunk, u.start_line, u.end_line, u.text)
