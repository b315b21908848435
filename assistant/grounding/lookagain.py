"""Before a refusal stands, look once more: a second, narrower retrieval with the question's own words.

An audit of the answerable questions refused (session 29) found most of them to be retrieval and ranking: the passage
that answers never reached the pool the refusal judge looks at. The first search is hybrid over the question with
its expansions; dense similarity may rank a row of a table, or a short line that holds the question's rare words,
below the top chunks. A refusal for want of evidence in that pool (no figure, a named subject not covered, off topic)
is therefore checked once more: a lexical search with the words the asker typed brings the chunks that hold them,
those join the first pool (widened, not replaced), and the judge weighs the widened pool by the same bar as the first.
Only an answering verdict replaces the refusal; a refusal stays as the first pool judged it (its reason and wording).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.grounding.question import Question
from assistant.grounding.scope.verdict import Verdict
from assistant.grounding.selection import Selection
from assistant.schema import Hit

if TYPE_CHECKING:
    from assistant.grounding.anchors import Anchor
    from assistant.grounding.evidence import Evidence

# The refusals a second look may overturn: those for want of evidence in the pool judged. A subject the whole material
# never names, a missing section or paragraph, a view, cause or outcome not told are decided on other grounds.
LOOK_AGAIN_REASONS = frozenset({"figure", "subject", "offtopic"})


def look_again(evidence: Evidence, question: Question, hits: Sequence[Hit], verdict: Verdict,
               anchors: Sequence[Anchor] = ()) -> tuple[list[Hit], Selection, Verdict] | None:
    """The widened hits, their selection and an answering verdict, when a refusal of `LOOK_AGAIN_REASONS` is met by
    the chunks a lexical search with the question's own words finds; None when the refusal stands."""
    if verdict.answer or verdict.reason not in LOOK_AGAIN_REASONS or not question.content_terms:
        return None
    own = question.typed or question.text
    found = evidence.retriever.search(own[: evidence.settings.max_query_chars], k=evidence.settings.top_k,
                                      mode="lexical", own_words=own)
    seen = {h.chunk.chunk_id for h in hits}
    new = [h for h in found if h.chunk.chunk_id not in seen]
    if not new:
        return None
    widened = [*hits, *new]
    selection = evidence.select(question, widened, anchors)
    again = evidence.judge(question, selection)
    if not again.answer:
        return None
    return widened, selection, again

