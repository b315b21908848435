"""What selection hands on: a scored unit, a list candidate and the Selection of a question's evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.index.units import (
    Unit,
)


@dataclass
class Scored:
    unit: Unit
    score: float
    dense: float
    overlap: float


@dataclass
class ListCandidate:
    """A whole list (or one sentence that enumerates) with what introduces it and how well it fits."""

    items: list[Unit]
    intro: Unit | None
    score: float
    heading: str = ""
    kind_match: bool = False  # introduced as the kind of list the question asks for
    inline: bool = False  # one sentence that enumerates, not a list of items
    item_scores: list[float] = field(default_factory=list)  # its items' own scores, best first
    gathered: bool = False  # the sentences under each occurrence of one repeated sub-heading, not one list
    template: tuple[str, ...] = ()  # the document and words of the heading it stands under, when that repeats
    part_fit: float = 0.0  # how much of the question its own part of that template holds
    series: bool = False  # the parts of a numbered series of headings, each with what stands under it, nested
    intro_fit: float = 0.0  # how much of the question (less the asked kind's own word) its intro and heading hold


@dataclass
class Selection:
    """The scored units of the retrieved chunks, best first, and the best list candidate."""

    ranked: list[Scored] = field(default_factory=list)
    # When the best unit is a note (a footnote its passage marks), the body sentence that carries its mark.
    marked: Unit | None = None
    best_list: ListCandidate | None = None
    max_similarity: float = 0.0  # the closest unit's embedding similarity to the question
    lists: list[ListCandidate] = field(default_factory=list)  # every list candidate, continued across chunks

    @property
    def best(self) -> Scored | None:
        return self.ranked[0] if self.ranked else None

    @property
    def strength(self) -> float:
        """How well the best evidence answers: the best unit, or a list introduced as the kind asked for."""
        top = self.ranked[0].score if self.ranked else 0.0
        if self.best_list is not None and self.best_list.kind_match:
            return max(top, 0.6 * self.best_list.score)
        return top
