"""The `fraga` answer: the corpus sentences that best answer the question, a list or a cost table when asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.citations import CitationBook, markers
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.extractive.compose import cite, cite_lines, list_after, sentence_key, with_target
from assistant.grounding.passages import Sentence
from assistant.lexicon import ASKS_FOR_QUESTIONS, LIST_QUESTION, MONEY, QUESTION_CUES

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


def answer(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`fraga`: the sentences that best answer the question; a list when the question asks for one."""
    evidence = backend.evidence
    options = turn.request.options
    query = with_target(turn.query, options.target_group)
    wants_list = bool(LIST_QUESTION.search(turn.query))
    wants_questions = bool(ASKS_FOR_QUESTIONS.search(turn.query))

    def keep(s: Sentence) -> bool:
        if "?" in s.text and not wants_questions:
            return False  # the corpus' own questions (checklists) are not answers
        fragment = s.is_item and (s.text[:1].islower() or (s.words < 8 and not s.text.endswith((".", "!"))))
        if s.chunk.title.startswith(s.text.rstrip(".")) or (fragment and not wants_list):
            return False  # a document title or a list fragment says nothing on its own
        return s.words <= 25 if options.easy_swedish else True

    cue = next((pattern for q, pattern in QUESTION_CUES if q.search(turn.query)), None)
    lead = "Kort sagt, enligt underlaget:" if options.easy_swedish else "Det här säger underlaget:"
    chosen: list[Sentence] = []
    if cue is MONEY:
        # A cost question is answered by amounts; prose that shares its words is not an answer.
        # Amounts usually stand in a table: give its rows together, in their order.
        rows = evidence.best_sentences(query, turn.hits, 8, lambda s: keep(s) and bool(MONEY.search(s.text)),
                                       per_chunk=8, cue=cue, min_score=0.0)
        best = rows[0].chunk.chunk_id if rows else None
        chosen = sorted((r for r in rows if r.chunk.chunk_id == best), key=lambda r: (r.start_line, r.line))
        if len(chosen) >= 2:
            n = cite_lines(book, chosen)
            rows_text = "\n".join(f"- {' '.join(r.text.split())}{markers([n])}" for r in chosen)
            return BackendResult(text=f"{lead}\n{rows_text}", grounded=True)
    count = 3 if options.easy_swedish else 4
    chosen = chosen or evidence.best_sentences(query, turn.hits, count, keep, cue=cue)
    if not chosen:
        return backend.not_covered(turn, book)
    lines: list[str] = []
    listed: set[str] = set()
    for s in chosen:
        if sentence_key(s) in listed:
            continue
        if wants_list and not listed and (s.is_item or s.text.endswith(":")):
            items = list_after(s)
            if len(items) >= 2:
                listed.update(sentence_key(i) for i in items)
                n = cite_lines(book, items)
                if s.text.endswith(":"):
                    lines.append(f"{s.text}{markers([cite(book, s)])}")
                else:
                    lines.append(_list_intro(s))
                lines.extend(f"- {i.text}{markers([n])}" for i in items)
                continue
        n = cite(book, s)
        lines.append(f"- {s.text}{markers([n])}" if options.easy_swedish else f"{s.text}{markers([n])}")
    if options.easy_swedish or listed:
        body = "\n".join(lines)
    else:
        body = " ".join(lines)
    return BackendResult(text=f"{lead}\n{body}", grounded=True)


def _list_intro(sentence: Sentence) -> str:
    heading = sentence.chunk.heading_path[-1] if sentence.chunk.heading_path else "Underlaget tar upp"
    return f"{heading}:"
