"""The generation backend protocol and the types that cross it: a prepared turn in, a result out.

Both backends (extractive/ and openai_backend.py) import from here and from
nowhere else in generation/ to talk to the service. A backend numbers its own
citations for each answer and returns them in `BackendResult.citations`; nothing
is shared between answers or mutated on the turn.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from assistant.schema import ChatRequest, Citation, Draft, Hit, Turn

if TYPE_CHECKING:
    from assistant.grounding.evidence import Support
    from assistant.grounding.picks import Pick
    from assistant.grounding.question import Question
    from assistant.grounding.scope.verdict import Verdict
    from assistant.grounding.selection.scored import Selection


@dataclass
class PreparedTurn:
    """A validated request with its standalone query, retrieved hits, selected evidence and the verdict."""

    request: ChatRequest
    query: str
    hits: list[Hit]
    support: Support
    question: Question | None = None  # answer type, language, subjects (grounding/question.py)
    selection: Selection | None = None  # the evidence units, best first (grounding/selection/)
    verdict: Verdict | None = None  # answer, or refuse and why (grounding/scope/)
    pick: Pick | None = None  # a follow-up picking among the previous answer's items (grounding/picks.py)
    notice: str | None = None  # a long pasted document was shortened (generation/condense.py): said in the draft
    own_view: bool = False  # the user asked to leave the sources or for an opinion (grounding/own_view.py)
    lead: str | None = None  # a line before the answer: the source the question names lacks it (service.prepare)
    # 'Var står det?' after an answer: the previous question answered again, said as where its lines stand
    # (Assistant.said_where, citations.where_said)
    where_said: bool = False
    # 'Betyder det att min dotter …?' after an answer: the previous question answered again, led by a line that the
    # material speaks of no single child (lexicon.OWN_CHILD_RE)
    own_child: bool = False
    searched: str | None = None  # the user's uploaded document the conversation is about, answered or refused from


@dataclass
class BackendResult:
    """What a backend produced: the whole text, whether it is grounded, the citations its [n] name, a draft."""

    text: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    draft: Draft | None = None


class GenerationBackend(Protocol):
    """Writes the answer for a prepared turn: yields text deltas, returns the finished result."""

    name: str

    def respond(self, turn: PreparedTurn) -> Generator[str, None, BackendResult]:
        """Stream the answer as text deltas; the generator's return value is the finished result."""
        ...

    def rewrite(self, message: str, history: Sequence[Turn]) -> str | None:
        """A standalone version of a follow-up `message`, or None when this backend cannot rewrite.

        The service then rewrites with the heuristic in `grounding/followups.py`.
        """
        ...
