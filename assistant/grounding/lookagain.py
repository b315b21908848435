"""Before a refusal for want of a figure stands, look once more, narrowly: a lexical search for the asked subject.

An audit of the answerable questions refused (sessions 29 and 30) found most of them to be retrieval and ranking:
the sentence that answers never reached the pool the refusal judge looks at (dense similarity ranks a short line
that holds the question's rare words below the top chunks). Session 29 widened the pool for every refusal for want
of evidence and judged the widened pool as a whole: it answered one such question and let two unanswerable ones
through (a figure of one thing beside words of another). This second look is narrower on each count:

- only a refusal of kind "no figure or row about the asked thing" (Verdict.reason 'figure'); never one that the
  material is of another year, place, group or statistic, nor an off-topic one;
- only a unit of a chunk the first pool lacked, found by a lexical search with the question's own words (or one of
  a chunk it had, ranked below the units the judge read there: wrongref33), that
  itself names the asked subject: each named place or body the question gives (selection.covers, as the judge
  asks it) and the asked thing, the rarest of the question's specific words the documents use (terms.asked_terms),
  in the unit's own text as a whole word, inflected, or as a compound's head ('mötestillfälle' for 'tillfälle');
- that unit must then pass the very same judge on its own (a selection of that unit alone: its topic, year,
  place, statistic and figure checks); only its score as an answer may fall just short of the bar
  (LOOK_AGAIN_SCORE_SLACK), as a line that names the asked subject in the question's words does.

Only an answering verdict replaces the refusal; a refusal stays as the first pool judged it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.grounding.question import Question
from assistant.grounding.scope.terms import _says_word, asked_terms, term_forms
from assistant.grounding.scope.verdict import Verdict
from assistant.grounding.selection import Scored, Selection, subject_is_covered
from assistant.index.lexical import fold, inflection_stem
from assistant.schema import Hit

if TYPE_CHECKING:
    from assistant.grounding.anchors import Anchor
    from assistant.grounding.evidence import Evidence

# The refusal a second look may overturn: no figure (or row, name, person) of the asked thing among the best units.
LOOK_AGAIN_REASONS = frozenset({"figure"})
# How many units of the chunks found lexically are judged on their own, best first (by their overlap with the
# question, then their score): the second look is one look, not a search through the corpus.
LOOK_AGAIN_UNITS = 3
# How many of the first pool's best units the judge read (its figure pool): a unit below them was not judged.
LOOK_AGAIN_JUDGED = 8
# How far under the judge's unit score bar a unit found by the second look that names the asked subject may score.
LOOK_AGAIN_SCORE_SLACK = 0.05


def asked_subject(question: Question, evidence: Evidence) -> list[str]:
    """The asked thing's word: the rarest of the question's specific words the documents use (terms.asked_terms,
    the words a figure's passage must name), as the judge weighs it; [] when the question has none."""
    if question.language != "sv":
        return []
    weights = evidence.weights
    known = [t for t in asked_terms(question, weights) if weights.chunk_share(t) > 0]
    return [min(known, key=weights.chunk_share)] if known else []


def names_subject(text: str, term: str) -> bool:
    """Whether `text` names `term` as a whole word (inflected, or as a compound's start: terms._says_word) or as
    the head of a compound ('mötestillfälle' for 'tillfälle', 'gästföreläsningar' for 'föreläsningarna')."""
    if _says_word(text, term):
        return True
    stem = inflection_stem(term)
    # (the stem keeps all but three letters: those and an ending, 'föreläsn|ingarna', may follow it)
    return len(stem) >= 5 and re.search(rf"\w{{3,}}{re.escape(fold(stem))}\w{{0,7}}\b", fold(text)) is not None


def look_again(evidence: Evidence, question: Question, hits: Sequence[Hit], verdict: Verdict,
               anchors: Sequence[Anchor] = ()) -> tuple[list[Hit], Selection, Verdict] | None:
    """The widened hits, a selection led by the unit found and its answering verdict, when a refusal of
    `LOOK_AGAIN_REASONS` is met by a unit of a chunk found lexically that names the asked subject and passes the
    judge on its own; None when the refusal stands."""
    if verdict.answer or verdict.reason not in LOOK_AGAIN_REASONS or not question.content_terms:
        return None
    thing = asked_subject(question, evidence)
    if not thing:
        return None
    names = [s for s in question.subjects if s.kind == "name"]
    own = question.typed or question.text
    found = evidence.retriever.search(own[: evidence.settings.max_query_chars], k=evidence.settings.top_k,
                                      mode="lexical", own_words=own)
    seen = {h.chunk.chunk_id for h in hits}
    new = [h for h in found if h.chunk.chunk_id not in seen]
    widened = [*hits, *new]
    selection = evidence.select(question, widened, anchors)
    fresh = {h.chunk.chunk_id for h in new}
    # A unit of a chunk the first pool had, ranked below the units the judge read there, was never judged either
    # ('… presentationer som utformats för varje mötestillfälle' under the best few of its own chunk): it is looked
    # at as a fresh one is (OT16).
    judged = {s.unit.unit_id for s in evidence.select(question, list(hits), anchors).ranked[:LOOK_AGAIN_JUDGED]}
    naming = [s for s in selection.ranked if (s.unit.chunk.chunk_id in fresh or s.unit.unit_id not in judged)
              and not s.unit.is_label
              and all(any(names_subject(s.unit.text, f) for f in term_forms(question, t)) for t in thing)
              and all(subject_is_covered(subj, [s.unit.text, s.unit.context(), s.unit.chunk.text,
                                                s.unit.chunk.heading_path_text]) for subj in names)]
    naming.sort(key=lambda s: (-s.overlap, -s.score))
    naming = naming[:LOOK_AGAIN_UNITS]
    # Its closeness to the question is its own embedding similarity (the pool's closest unit is another's).
    query = (question.search_text or question.text)[: evidence.settings.max_query_chars]
    close = evidence.retriever.unit_similarities_of(query, [s.unit.unit_id for s in naming])
    bar = evidence.settings.min_unit_score
    for unit in naming:
        # A unit that names the asked subject and scores just under the bar (LOOK_AGAIN_SCORE_SLACK) is judged as at
        # it: its words are the question's, and the rest of the judge (its closeness, topic, year, place and
        # figure checks) still decides (OT16: '… presentationer som utformats för varje mötestillfälle', 0.41).
        lifted = replace(unit, score=bar) if bar - LOOK_AGAIN_SCORE_SLACK <= unit.score < bar else unit
        alone = Selection(ranked=[lifted], max_similarity=close.get(unit.unit.unit_id, 0.0))
        again = evidence.judge(question, alone)
        if again.answer:
            led: list[Scored] = [unit, *(s for s in selection.ranked if s is not unit)]
            return widened, replace(selection, ranked=led), again
    return None
