"""Retrieval metrics as pure functions over ranked relevance judgements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """Where the answer to a question is: a file and the line spans that hold it."""

    source: str
    spans: tuple[tuple[int, int], ...]

    def matches(self, source: str, start_line: int, end_line: int) -> bool:
        """True when a retrieved passage of `source` covering start..end overlaps an evidence span.

        >>> Evidence("a.txt", ((10, 12),)).matches("a.txt", 12, 20)
        True
        >>> Evidence("a.txt", ((10, 12),)).matches("b.txt", 10, 12)
        False
        """
        return source == self.source and any(start_line <= e and s <= end_line for s, e in self.spans)


def first_relevant_rank(relevant: Sequence[bool]) -> int | None:
    """1-based rank of the first relevant result, or None.

    >>> first_relevant_rank([False, True, True])
    2
    """
    for i, rel in enumerate(relevant, 1):
        if rel:
            return i
    return None


def recall_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of questions whose evidence is found within the top k (each question has one evidence passage).

    >>> recall_at_k([1, 3, None, 6], 5)
    0.5
    """
    if not ranks:
        return float("nan")
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mrr_at_k(ranks: Sequence[int | None], k: int = 10) -> float:
    """Mean reciprocal rank, counting only ranks within k.

    >>> round(mrr_at_k([1, 2, None, 20], 10), 3)
    0.375
    """
    if not ranks:
        return float("nan")
    return sum(1.0 / r for r in ranks if r is not None and r <= k) / len(ranks)
