"""Table rows ranked below the cut: the row that states what a figure question asks may rank low.

A table row embeds poorly ('Heltidsanställda (procent) | 79 | 91 | 74 | 90' is mostly figures), so the row holding
the very figure asked can rank below the few best units the judge reads for figures (verdict.judge: the best eight,
and those scoring at least 0.6 of the best) or for a place's or year's topic (its SUBJECT_POOL), while the units
above it are sentences about the table or rows of another table. The audit of wrong refusals (wrongref30: tune
VB03, VB01) found such rows at rank 6 to 15. A row lower down joins only on positive evidence that it is the row
asked: the question names its table's columns and most of its label (figures._row_fit), or its own line (caption,
column names and label, not only its headings) names one of the question's asked words. Every other check of the
judge still applies to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.grounding.question import Question
from assistant.grounding.scope.figures import _row_fit, unit_has_figure
from assistant.grounding.scope.members import _own_line
from assistant.grounding.scope.terms import _says_word
from assistant.grounding.selection import Scored


def fitting_rows(question: Question, evidence: Sequence[Scored], start: int, stop: int,
                 min_score: float) -> list[Scored]:
    """The table rows in `evidence[start:stop]` scoring at least `min_score` that hold a figure of the asked kind
    and that the question names by their columns and label (figures._row_fit): 'Heltidsanställda (procent) | 79 |
    91 | 74 | 90' under 'Kvinnor 2025 | Män 2025 | Kvinnor 2024 | Män 2024' for 'Hur stor andel av … kvinnorna …
    arbetade heltid i augusti 2024?'."""
    return [s for s in evidence[start:stop] if s.unit.kind == "row" and s.score >= min_score
            and _row_fit(s.unit, question.cue_text) > 0 and unit_has_figure(s.unit, question)]


def rows_naming(asked: Sequence[str], evidence: Sequence[Scored], start: int, stop: int,
                min_score: float) -> list[Scored]:
    """The table rows in `evidence[start:stop]` scoring at least `min_score` whose own line (caption, column names,
    label: members._own_line) names one of the `asked` words, inflected or as a compound's start ('Sjukfrånvaro
    (procent av arbetstid) | 8,1 | 4,6' for 'sjukfrånvaron')."""
    return [s for s in evidence[start:stop] if s.unit.kind == "row" and s.score >= min_score
            and any(_says_word(_own_line(s.unit), t) for t in asked)]
