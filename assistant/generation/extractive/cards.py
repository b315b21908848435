"""Choosing the goal card (and ranking its interventions) by meaning: the user's problem against the card's text.

The user's words go through the answer engine's `search_text` first (everyday words mapped to the
documents' terms, missing diacritics restored), then are compared with each card by embedding similarity
plus shared specific terms. Card vectors are computed once per index version.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from assistant.grounding.catalogue import CardLine, GoalCard
from assistant.index.lexical import tokenize

if TYPE_CHECKING:
    from assistant.grounding.evidence import Evidence

# e5 scores unrelated Swedish text about 0.75–0.80 (see grounding/selection.py); a card must clear this
# combined score (similarity rescaled from that floor, plus term overlap) to be said to fit the problem.
CARD_FIT = 0.30
_FLOOR = 0.78


@dataclass
class CardMatch:
    card: GoalCard
    score: float
    similarity: float


class CardMatcher:
    """Goal cards and their interventions ranked by closeness to a problem described in the user's words."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self._lock = threading.Lock()
        self._key: tuple[int, ...] = ()
        self._vectors: np.ndarray | None = None

    def _card_vectors(self, cards: Sequence[GoalCard]) -> np.ndarray:
        key = tuple(id(c) for c in cards)
        with self._lock:
            if self._vectors is None or key != self._key:
                texts = [card_text(c) for c in cards]
                self._vectors = np.asarray(self.evidence.retriever.embeddings.embed_documents(texts), dtype=np.float32)
                self._key = key
            return self._vectors

    def search_text(self, text: str) -> str:
        """The user's words as retrieval sees them (everyday words mapped, diacritics restored)."""
        return self.evidence.analyse(text).search_text or text

    def rank(self, problem: str) -> list[CardMatch]:
        """Every goal card with its fit to `problem`, best first."""
        cards = self.evidence.cards
        if not cards or not problem.strip():
            return []
        query = self.search_text(problem)
        qv = np.asarray(self.evidence.retriever.embeddings.embed_query(query), dtype=np.float32)
        sims = self._card_vectors(cards) @ qv
        terms = self.evidence.query_terms(query)
        weights = self.evidence.weights
        out = []
        for card, sim in zip(cards, sims, strict=True):
            overlap = weights.overlap(terms, frozenset(tokenize(card_text(card))))
            score = max(0.0, (float(sim) - _FLOOR) / (1 - _FLOOR)) + 0.5 * overlap
            out.append(CardMatch(card, score, float(sim)))
        out.sort(key=lambda m: -m.score)
        return out

    def best(self, problem: str, parts: Sequence[str] = ()) -> CardMatch | None:
        """The card that fits `problem`, or None when no card fits well enough.

        With `parts` (the user's separate problem statements) a card may also fit one of them alone: its
        score is the best of the whole and the parts, so one clear problem is not drowned by the others.
        """
        best: dict[int, CardMatch] = {}
        for text in [problem, *parts]:
            for m in self.rank(text):
                if id(m.card) not in best or m.score > best[id(m.card)].score:
                    best[id(m.card)] = m
        ranked = sorted(best.values(), key=lambda m: -m.score)
        return ranked[0] if ranked and ranked[0].score >= CARD_FIT else None

    def rank_lines(self, problem: str, lines: Sequence[CardLine]) -> list[tuple[CardLine, float]]:
        """`lines` (a card's interventions) ordered by closeness to `problem`, with their scores."""
        if not lines:
            return []
        query = self.search_text(problem)
        qv = np.asarray(self.evidence.retriever.embeddings.embed_query(query), dtype=np.float32)
        vectors = np.asarray(self.evidence.retriever.embeddings.embed_documents([ln.text for ln in lines]),
                             dtype=np.float32)
        terms = self.evidence.query_terms(query)
        scored = [(ln, float(v @ qv) + 0.3 * self.evidence.weights.overlap(terms, frozenset(tokenize(ln.text))))
                  for ln, v in zip(lines, vectors, strict=True)]
        # Stable: equal scores keep the card's own order (its list is roughly by importance).
        return sorted(scored, key=lambda p: -p[1])


def card_text(card: GoalCard) -> str:
    """What a card is about: the problem it answers, its goals and its first interventions."""
    parts = [card.problem.text] if card.problem else []
    parts += [g.text for g in card.goals]
    parts += [i.text for i in card.interventions[:6]]
    return " ".join(parts)
