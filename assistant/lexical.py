"""Lexical side of retrieval: Swedish tokenising, stemming and diacritic folding, BM25 via bm25s."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)
_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_SWEDISH

    return frozenset(fold(w) for w in STOPWORDS_SWEDISH) | frozenset(STOPWORDS_SWEDISH)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("swedish")


def fold(text: str) -> str:
    """Lower-case and strip diacritics so that 'Trångboddhet' and 'trangboddhet' meet.

    >>> fold("Trångboddhet Örebro")
    'trangboddhet orebro'
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def _stem_fold(word: str) -> str:
    return fold(_stemmer().stemWord(word))


def tokenize(text: str) -> list[str]:
    """Tokens for BM25: words lower-cased, stop words dropped, Swedish-stemmed, then folded.

    >>> tokenize("Trångboddhet gör skolarbetet svårare")
    ['trangbod', 'gor', 'skolarbet', 'svar']
    >>> tokenize("trangboddhet")
    ['trangbod']
    """
    stop = _stopwords()
    out: list[str] = []
    for match in _TOKEN_RE.finditer(text.lower()):
        word = match.group(0)
        if word in stop or (len(word) < 2 and not word.isdigit()):
            continue
        out.append(_stem_fold(word))
    return out


class BM25Index:
    """A BM25 index over chunk ids; rebuilt wholesale from the store's texts."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        import bm25s

        # bm25s sets its own logger to DEBUG when first imported; keep its progress chatter out of output.
        logging.getLogger("bm25s").setLevel(logging.WARNING)

        self.ids = list(ids)
        self._retriever = bm25s.BM25(k1=1.2, b=0.75)
        corpus = [tokenize(t) or ["\u2205"] for t in texts]
        if corpus:
            self._retriever.index(corpus, show_progress=False)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (chunk_id, score) with a positive score; `mask` (0/1 per chunk) restricts the candidates."""
        tokens = [t for t in tokenize(query) if t in self._vocab()]
        if not tokens or not self.ids:
            return []
        scores = np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)
        if mask is not None:
            scores = scores * mask
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def _vocab(self) -> dict[str, int]:
        vocab: dict[str, int] = self._retriever.vocab_dict or {}
        return vocab
