"""The `dilemma` discussion support: restate the dilemma, bring grounded perspectives, hand back questions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.citations import CitationBook, markers
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section
from assistant.generation.extractive.compose import cite, cited_items, sentence_key
from assistant.grounding.passages import Sentence
from assistant.modes import Mode
from assistant.schema import Draft, DraftItem

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


def dilemma(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """Restate, bring grounded perspectives, hand back discussion questions; never settle it."""
    mode: Mode = "dilemma"
    message = " ".join(turn.request.message.split())
    restated = _first_sentences(message, 2)
    used: set[str] = set()
    perspectives: list[Sentence] = []
    sources_seen: set[str] = set()
    for s in backend.evidence.best_sentences(turn.query, turn.hits, 8, lambda s: not s.text.endswith("?")
                                             and not s.is_label):
        if s.chunk.source in sources_seen and len(perspectives) >= 2:
            continue
        sources_seen.add(s.chunk.source)
        perspectives.append(s)
        used.add(sentence_key(s))
        if len(perspectives) >= 3:
            break
    perspective_items = cited_items(book, perspectives, turn.request.options.org)
    questions = _workshop_questions(backend, turn, book, used)
    sections = [
        draft_section(mode, "dilemmat", [DraftItem(text=restated)]),
        draft_section(mode, "perspektiv", perspective_items),
        draft_section(mode, "fragor", questions),
    ]
    lines = [f"{sections[0].heading}: {restated}", "", "Några perspektiv ur underlaget:"]
    lines += [f"- {i.text}{markers(i.citations)}" for i in sections[1].items]
    lines += ["", "Frågor att diskutera i gruppen:"]
    lines += [f"- {i.text}{markers(i.citations)}" for i in questions]
    lines += ["", "Det finns inget givet svar här – vilka värden och vilka elevers behov väger tyngst för er?"]
    draft = Draft(kind=mode, title="Diskussionsstöd", sections=sections)
    return BackendResult(text="\n".join(lines), grounded=bool(perspectives), draft=draft)


def _workshop_questions(
    backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook, used: set[str]
) -> list[DraftItem]:
    """One or two discussion questions as the university report's workshops asked them."""
    evidence = backend.evidence
    hits = evidence.search(f"{turn.query} workshop dilemma frågeställningar diskutera", k=12)
    candidates = evidence.best_sentences(
        turn.query, hits, 2, lambda s: s.text.endswith("?") and s.words >= 5 and sentence_key(s) not in used,
        per_chunk=1, min_score=0.0,
    )
    return [DraftItem(text=s.text, citations=[cite(book, s)]) for s in candidates]


def _first_sentences(text: str, n: int) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    out = " ".join(parts[:n])
    return out if len(out) <= 400 else out[:399].rsplit(" ", 1)[0] + "…"
