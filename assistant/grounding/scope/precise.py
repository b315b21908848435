"""Refusing precisely (refusal30): checks that a passage which looks like the answer is about the very thing asked,
read from the passage's own words — an outcome that is only the baseline a plan starts from, a doer named for
another thing than the asked one. Each refuses only on positive evidence in the passage itself; a passage that says
nothing either way keeps the question."""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.question import reports_outcome
from assistant.grounding.scope.terms import _says_word, says_stem
from assistant.grounding.selection import Scored
from assistant.index.units import split_sentences

# How many of the best units an outcome question's baseline check reads (as views.OUTCOME_POOL).
BASELINE_POOL = 5


def baseline_only(evidence: Sequence[Scored], asked: Sequence[str]) -> list[Scored]:
    """The plans among the best units (best first) where the only outcome the best units (and their passages)
    report of the asked thing is the baseline a plan starts from ('Vår nulägesanalys visar att det till viss del
    genomförs insatser …', lexicon.BASELINE_FINDING_RE) and one of them is a plan ('Vi kommer att göra insatser …'):
    what the insatser led to is not there (blind23 HW40: 'Vad fick elevhälsans nya insatser för effekt …?' was
    answered with the plan's baseline). [] where the best units report another outcome, or none is a plan.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> plan = "Vår nulägesanalys visar att elevhälsan saknar struktur. Vi kommer att göra insatser i elevhälsan."
    >>> [s.unit.text for s in baseline_only(scored(plan), ["elevhals"])]
    ['Vi kommer att göra insatser i elevhälsan.']
    >>> baseline_only(scored(plan + " Uppföljningen visar att frånvaron minskade i elevhälsan."), ["elevhals"])
    []
    """
    pool = list(evidence[:BASELINE_POOL])
    plans = [s for s in pool if lex.PLANNED_RE.search(s.unit.text) or lex.PLANNED_HEADING_RE.search(s.unit.context())]
    if not plans:
        return []
    same = [s for s in pool if not asked or any(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in asked)]
    reported = [t for s in same for t in [s.unit.text, *split_sentences(s.unit.chunk.text)] if reports_outcome(t)]
    return plans if reported and all(lex.BASELINE_FINDING_RE.search(t) for t in reported) else []


def doer_of_other_thing(evidence: Sequence[Scored], acting: Sequence[Scored], rarest: str, pool_size: int) -> bool:
    """Whether the passages naming a doer ('Ansvarig: samhällsbyggnadschef Tomas Lindqvist') are all about another
    thing than the asked one while the asked thing has passages of its own among the best: `rarest`, the rarest
    asked word the documents use ('barnskötarna'), is in none of the doers' own lines (text and context) but in
    another of the best `pool_size` units' ('Barnskötare | 64 | 77'). Who answers for the lokalvårdarnas heltid is
    then no answer to who answers for the barnskötarnas (blind27 BK39)."""
    if not rarest or not acting:
        return False

    def own(s: Scored) -> bool:
        return says_stem(f"{s.unit.text} {s.unit.context()}", rarest)

    if any(own(s) for s in acting):
        return False
    return any(own(s) for s in evidence[:pool_size] if s not in acting)
