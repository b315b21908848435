"""Finding support in the corpus: searches, the best sentences for a query, and whether there is any support.

Shared by both generation backends so that they ground answers the same way.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.config import Settings
from assistant.grounding.catalogue import DilemmaCase, GoalCard, find_dilemmas, parse_cards
from assistant.grounding.passages import Sentence, TermWeights, sentence_score, split_sentences
from assistant.index.lexical import tokenize
from assistant.index.retrieval import HybridRetriever
from assistant.lexicon import ENGLISH_WORDS, MATERIAL_WORDS, QUESTION_WORDS
from assistant.schema import Chunk, Hit

SentenceFilter = Callable[[Sentence], bool]

_SOURCE_TERMS = frozenset(tokenize(MATERIAL_WORDS))


@dataclass
class Support:
    """Whether the corpus speaks to a query, and how strongly (for the refusal decision)."""

    supported: bool
    dense: float
    coverage: float
    unknown: float = 0.0
    english: bool = False


class Evidence:
    """Retrieval plus sentence selection over one retriever; term weights and goal cards follow the store."""

    def __init__(self, retriever: HybridRetriever, settings: Settings) -> None:
        self.retriever = retriever
        self.settings = settings
        self._lock = threading.Lock()
        self._version: str | None = None
        self._weights: TermWeights | None = None
        self._cards: list[GoalCard] = []
        self._dilemmas: list[DilemmaCase] = []

    def _refresh(self) -> None:
        snap = self.retriever.current()
        if self._version == snap.version and self._weights is not None:
            return
        with self._lock:
            if self._version == snap.version and self._weights is not None:
                return
            chunks = list(snap.chunks.values())
            self._weights = TermWeights(c.embedding_text() for c in chunks)
            by_source: dict[str, list[Chunk]] = {}
            for c in chunks:
                by_source.setdefault(c.source, []).append(c)
            self._cards = [card for group in by_source.values() for card in parse_cards(group)]
            self._dilemmas = find_dilemmas(chunks)
            self._version = snap.version

    @property
    def weights(self) -> TermWeights:
        self._refresh()
        assert self._weights is not None
        return self._weights

    @property
    def cards(self) -> list[GoalCard]:
        self._refresh()
        return self._cards

    @property
    def dilemmas(self) -> list[DilemmaCase]:
        self._refresh()
        return self._dilemmas

    def search(self, query: str, k: int | None = None, doc_types: Sequence[str] | None = None) -> list[Hit]:
        return self.retriever.search(query, k=k or self.settings.top_k, doc_types=doc_types)

    def query_terms(self, query: str) -> frozenset[str]:
        """The words of a query that say what it is about (not which document it asks about)."""
        return frozenset(tokenize(query)) - _SOURCE_TERMS

    def best_sentences(
        self,
        query: str,
        hits: Sequence[Hit],
        n: int,
        keep: SentenceFilter | None = None,
        per_chunk: int = 2,
        min_score: float = 0.12,
        cue: re.Pattern[str] | None = None,
    ) -> list[Sentence]:
        """The `n` sentences of `hits` that best cover `query`, at most `per_chunk` from one chunk.

        `cue` lifts sentences of the kind the question asks for (a cause for 'varför', a number for 'hur många').
        """
        terms = self.query_terms(query)
        weights = self.weights
        scored: list[tuple[float, Sentence]] = []
        for rank, hit in enumerate(hits):
            for sentence in split_sentences(hit.chunk):
                if keep is not None and not keep(sentence):
                    continue
                score = sentence_score(sentence, terms, weights, rank)
                if cue is not None and cue.search(sentence.text):
                    # A short line of the asked-for kind ("Totalt 8 464 tkr") is an answer, not a fragment.
                    score += 0.3 if sentence.words < 5 else 0.15
                scored.append((score, sentence))
        scored.sort(key=lambda pair: -pair[0])
        chosen: list[Sentence] = []
        count: dict[str, int] = {}
        seen_text: set[str] = set()
        for score, sentence in scored:
            if score < min_score or len(chosen) >= n:
                break
            key = " ".join(sentence.text.lower().split())
            if count.get(sentence.chunk.chunk_id, 0) >= per_chunk or any(
                key in other or other in key for other in seen_text
            ):
                continue
            count[sentence.chunk.chunk_id] = count.get(sentence.chunk.chunk_id, 0) + 1
            seen_text.add(key)
            chosen.append(sentence)
        return chosen

    def support(self, query: str, hits: Sequence[Hit]) -> Support:
        """Is anything retrieved actually about `query`? Needs semantic closeness and shared specific words."""
        dense = max((h.dense_score or 0.0 for h in hits), default=0.0)
        content = frozenset(tokenize(QUESTION_WORDS.sub(" ", query)))
        weights = self.weights
        coverage = 0.0
        for hit in hits[:5]:
            coverage = max(coverage, weights.overlap(content, frozenset(tokenize(hit.chunk.embedding_text()))))
        english = _looks_english(query)
        # Words the corpus has never seen (nor their inflections or compound parts) mark a foreign topic.
        unknown = 0.0 if english else weights.share(content, lambda t: not weights.known(t))
        if english:
            # Swedish term overlap cannot work for an English question; semantic closeness decides alone.
            supported = dense >= self.settings.min_dense_support_english
        else:
            st = self.settings
            supported = (
                dense >= st.min_dense_support
                and coverage >= st.min_term_support
                and coverage - unknown >= st.min_support_margin
            ) or (dense >= st.strong_dense_support and unknown < st.max_unknown_share)
        return Support(bool(hits) and supported, dense, coverage, unknown, english)


def _looks_english(query: str) -> bool:
    words = re.findall(r"[a-zåäö]+", query.lower())
    return bool(words) and sum(w in ENGLISH_WORDS for w in words) / len(words) >= 0.25 and not re.search(
        "[åäö]", query.lower()
    )
