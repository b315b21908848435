"""The embedded backend: answers and drafts composed only of corpus sentences, each with its citation.

No language model is involved. Answers quote the sentences that best cover the
question; drafts are filled from the sections the method support organises its
suggestions under (goal cards, problem lists, follow-up), with 'kommun X' replaced
by the user's organisation. Connecting words are the only text not quoted.
This module dispatches per mode and says when the material does not cover a
question; the composers live beside it (answer/, drafts/, dilemma/).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Generator, Sequence
from typing import cast

from assistant import lexicon as lex
from assistant.citations import CitationBook, markers
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.extractive.answer.write import answer
from assistant.generation.extractive.cards import CardMatcher
from assistant.generation.extractive.compose import stream_words
from assistant.generation.extractive.dilemma.turn import dilemma, in_dilemma_talk
from assistant.generation.extractive.drafts.follow_up import follow_up_plan
from assistant.generation.extractive.drafts.goal import local_goal
from assistant.generation.extractive.drafts.problem import problem_formulation
from assistant.generation.extractive.edits import edit, made_with_edits
from assistant.generation.facts.messages import extract_facts
from assistant.generation.plan import earlier_drafts, is_edit
from assistant.generation.tokens import TokenCounter
from assistant.grounding.evidence import Evidence, SharedEvidence
from assistant.grounding.passages import split_sentences
from assistant.schema import Turn

Composer = Callable[["ExtractiveBackend", PreparedTurn, CitationBook], BackendResult]

_COMPOSERS: dict[str, Composer] = {
    "fraga": answer,
    "problemformulering": problem_formulation,
    "lokalt_mal": local_goal,
    "uppfoljning": follow_up_plan,
    "dilemma": dilemma,
}
# Modes that refuse outright when the support gate says no; the goal-card modes look for a card first.
# (`fraga` refuses precisely in its composer, from the verdict every backend shares.) A later turn of a dilemma
# talk is never refused: the facilitator says what the material does not take up and goes on (dilemma/).
# A dilemma the material does not cover is still discussed: the dilemma composer names what is not covered and asks
# the workshops' general questions, so no dilemma turn is refused outright.
_REFUSE_UNSUPPORTED = ("problemformulering",)


class ExtractiveBackend:
    """Quotes the corpus: every sentence of an answer is a cited corpus sentence, save connecting words."""

    name = "extractive"

    def __init__(self, evidence: Evidence, tokens: TokenCounter | None = None) -> None:
        self.evidence = evidence
        self.tokens = tokens
        self.cards = CardMatcher(evidence)

    def respond(self, turn: PreparedTurn) -> Generator[str, None, BackendResult]:
        """Compose the whole answer for the turn's mode, then stream it a few words at a time."""
        book = CitationBook()
        if is_edit(turn):
            result = edit(self if turn.request.mode == "fraga" else self.sharing(turn), turn, book)
        elif not turn.support.supported and turn.request.mode in _REFUSE_UNSUPPORTED and not _has_plan(turn) \
                and not in_dilemma_talk(turn):
            result = self.not_covered(turn, book)
        else:
            composer = self if turn.request.mode == "fraga" else self.sharing(turn)
            result = made_with_edits(composer, turn, book, _COMPOSERS[turn.request.mode](composer, turn, book))
        result = dataclasses.replace(result, citations=book.citations)
        yield from stream_words(result.text)
        return result

    def sharing(self, turn: PreparedTurn) -> ExtractiveBackend:
        """This backend for a draft or a dilemma talk: its searches draw on the curated material, and on an
        organisation's own document only where it is the user's organisation's (the org option, or a school or
        municipality the user's turns name) or about what the user's turns take up (Evidence.shared). Trial 29: an
        uploaded kultur- och fritidsförvaltning's analysis gave a gymnasieskola's goal its actor and a dilemma on
        läxhjälp its other perspective."""
        keep = self.evidence.sharing(turn.request)
        shared = copy.copy(self)  # the same goal cards (the method support's), other searches
        shared.evidence = cast(Evidence, SharedEvidence(self.evidence, keep))
        return shared

    def rewrite(self, message: str, history: Sequence[Turn]) -> str | None:
        """No model to rewrite follow-ups with: the service's heuristic does it."""
        del message, history
        return None

    def not_covered(self, turn: PreparedTurn, book: CitationBook) -> BackendResult:
        """Say plainly that the material does not cover the question, and name the nearest topics it does."""
        seen: set[str] = set()
        topics: list[str] = []
        for hit in turn.hits:
            c = hit.chunk
            # a letter's greeting ('Hej') is no section to name: the heading above it, else the document's title
            label = next((h for h in reversed(c.heading_path) if lex.GREETING_RE.sub("", h).strip(" !,.:")), c.title)
            if label in seen or len(topics) >= 3:
                continue
            seen.add(label)
            first = next((s for s in split_sentences(c) if not s.is_label), None)
            n = book.cite(c, first.start_line, first.end_line, first.text) if first else book.cite_chunk(c)
            topics.append(f"- {label} ({c.title}){markers([n])}")
        text = (
            "Underlaget jag har tillgång till tar inte upp det du frågar om, så jag kan inte svara utan att gissa."
        )
        if topics:
            text += "\nDet närmaste underlaget handlar om:\n" + "\n".join(topics)
        return BackendResult(text=text, grounded=False)


def _has_plan(turn: PreparedTurn) -> bool:
    """A conversation that already holds a draft builds on it, even when this message names no topic."""
    facts = extract_facts([turn.request.message]) if turn.request.mode in (
        "problemformulering", "lokalt_mal", "uppfoljning") else None
    if facts is not None and (facts.problems or facts.goals):
        # the user's own situation is described: the draft is built from it, sources or not; a goal of their own is
        # their situation too ('Vi vill att fler pappor kommer till våra sagostunder på biblioteket': drafts38 got
        # 'Underlaget … tar inte upp det du frågar om' for a problem formulation, never its gaps)
        return True
    if turn.request.mode == "dilemma":  # a participant's reply in a discussion already under way
        return any(t.role == "assistant" and "Frågor att diskutera" in t.content for t in turn.request.history)
    return bool(earlier_drafts(turn.request)[0])
