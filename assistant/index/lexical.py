"""Lexical side of retrieval: Swedish tokenising, stemming and diacritic folding, BM25 via bm25s."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import simplemma

from assistant.lexicon import CONTRAST_GROUPS, MATERIAL_WORDS, QUERY_ONLY_STOP_WORDS

_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
# A word-internal hyphen between letters ('anti-pluggkultur'), not a suspended compound ('barn- och'). Anchored at a
# word's start and possessive: unanchored, the search tried every letter of every word as a start and backtracked
# through the rest of the word (quadratic in a word's length; 40 % of a 100k-chunk BM25 build went here).
_HYPHENATED_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]+)+", re.UNICODE)


@lru_cache(maxsize=1)
def _bm25s() -> Any:
    """bm25s, imported on first use; it sets its own logger to DEBUG on import, so its chatter is quietened here."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Swedish stop words (bm25s's list), as written and folded."""
    _bm25s()
    from bm25s.stopwords import STOPWORDS_SWEDISH

    return frozenset(fold(w) for w in STOPWORDS_SWEDISH) | frozenset(STOPWORDS_SWEDISH)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("swedish")


# fold and tokenize run on the same passage texts (units, their context, headings) for every answer;
# remembering the last texts' results makes a turn's answer composition several times cheaper.
@lru_cache(maxsize=32_768)
def fold(text: str) -> str:
    """Lower-case and strip diacritics so that 'Trångboddhet' and 'trangboddhet' meet.

    >>> fold("Trångboddhet Örebro")
    'trangboddhet orebro'
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# The endings of a Swedish noun's definite form ('skolan', 'arbetet', 'eleverna', 'kommunen').
DEFINITE_ENDINGS = ("en", "et", "na", "an")


def has_definite_ending(word: str) -> bool:
    """Whether a lower-case word ends as a definite noun and simplemma's dictionary form differs ('projektet' ->
    'projekt'), so it is an inflected word, not a name or a word that only ends alike ('svensson', 'berg')."""
    return word.endswith(DEFINITE_ENDINGS) and simplemma.lemmatize(word, lang="sv") != word


def inflection_stem(word: str) -> str:
    """The part of a word its inflected forms share, for a prefix match ('elever' -> 'elev', matching 'eleverna' and
    'elevens'): the last three letters off, four kept at least ('pojkar' -> 'pojk', 'barn' -> 'barn'). One rule for
    the counted noun and its group wherever a passage is searched for them (question, selection, scope).

    >>> inflection_stem("deltagare"), inflection_stem("pojkar"), inflection_stem("barn")
    ('deltag', 'pojk', 'barn')
    """
    return word[: max(4, len(word) - 3)]


def group_terms(text: str) -> frozenset[str]:
    """The terms of `text`, and of every form of a group of people it names in one form (lexicon.CONTRAST_GROUPS):
    'männen' is stemmed apart from 'män' (an irregular plural), so a question of 'männen' finds the column 'Män 2024'."""
    terms = set(tokenize(text))
    words = set(re.findall(r"\w+", text.lower()))
    folded = {fold(w) for w in words}
    for pair in CONTRAST_GROUPS:
        for forms in pair:
            # Typed (or folded) without its diacritics too; not 'man' for 'män', which is the pronoun 'one'.
            if words & set(forms) or folded & {fold(f) for f in forms if len(f) > 3}:
                terms.update(tokenize(" ".join(forms)))
    return frozenset(terms)


@lru_cache(maxsize=64)
def word_list_stems(words: str) -> frozenset[str]:
    """The BM25 stems of a lexicon word list, computed on first use (the stemmer loads then, not at import)."""
    return frozenset(stems(words))


@lru_cache(maxsize=64)
def word_list_terms(words: str) -> frozenset[str]:
    """The folded terms (`tokenize`) of a lexicon word list, computed on first use."""
    return frozenset(tokenize(words))


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=200_000)
def _folded(term: str) -> str:
    return fold(term)


def stems(text: str) -> list[str]:
    """Tokens for the BM25 index: like `tokenize` but keeping diacritics, so 'nämns' and 'namn' stay apart.

    >>> stems("Vilka verksamhetsutmaningar nämns?")
    ['verksamhetsutmaning', 'nämn']
    >>> stems("Anti-pluggkultur bland pojkar")[-1] == stems("antipluggkultur")[0]
    True
    """
    stop = stopwords()
    lowered = text.lower()
    out = [_stem(word) for word in _TOKEN_RE.findall(lowered)
           if word not in stop and (len(word) >= 2 or word.isdigit())]
    # A compound written with a hyphen is the same word written whole ('Anti-pluggkultur' = 'antipluggkultur'):
    # both its parts and the joined word are tokens.
    if "-" in lowered:
        out.extend(_stem(word.replace("-", "")) for word in _HYPHENATED_RE.findall(lowered))
    return out


def tokenize(text: str) -> list[str]:
    """Tokens for BM25: words lower-cased, stop words dropped, Swedish-stemmed, then folded.

    >>> tokenize("Trångboddhet gör skolarbetet svårare")
    ['trangbod', 'gor', 'skolarbet', 'svar']
    >>> tokenize("trangboddhet")
    ['trangbod']
    """
    return list(_tokens(text))


@lru_cache(maxsize=32_768)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_folded(term) for term in stems(text))


def top_indices(scores: np.ndarray, k: int, names: Sequence[str]) -> list[int]:
    """The indices of the `k` highest scores, best first; equal scores in the order of their names (chunk ids).

    Not the array's order: that is the order the store returned its records in, which two ingests of the same
    documents need not share, and a tie at the k-th place is kept whole before the cut, so which of equal
    chunks makes the list does not depend on numpy's partition either.

    >>> top_indices(np.array([0.5, 0.9, 0.5, 0.1], dtype=np.float32), 2, ["d", "a", "c", "b"])
    [1, 2]
    """
    k = min(k, len(scores))
    if k <= 0:
        return []
    if k < len(scores):
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        candidates = np.flatnonzero(scores >= kth)
    else:
        candidates = np.arange(len(scores))
    return sorted(candidates.tolist(), key=lambda i: (-float(scores[i]), names[i]))[:k]


class BM25Index:
    """A BM25 index over chunk ids; rebuilt wholesale from the store's texts."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        bm25s = _bm25s()
        self.ids = list(ids)
        self._retriever = bm25s.BM25(k1=1.2, b=0.75)
        corpus = [stems(t) or ["\u2205"] for t in texts]
        if corpus:
            self._retriever.index(corpus, show_progress=False)
        # A query word typed without diacritics ('trangboddhet') matches every indexed spelling
        # that folds to it; a word typed with them matches only itself when the corpus has it.
        self._spellings: dict[str, list[str]] = {}
        for term in self._vocab():
            self._spellings.setdefault(fold(term), []).append(term)

    def query_terms(self, query: str) -> list[str]:
        """The indexed terms a query asks for (see the diacritics rule above).

        >>> index = BM25Index(["a", "b", "c"], ["Trångboddhet hemma", "Mitt namn", "Som nämns ovan"])
        >>> index.query_terms("trangboddhet nämns")
        ['trångbod', 'nämn']
        >>> sorted(index.query_terms("namns"))
        ['namn', 'nämn']
        >>> index.query_terms("Vad säger metodstödet om trångboddhet?")  # the material's name is no topic
        ['trångbod']
        >>> index.query_terms("Hur många ska leva i trångboddhet?")  # 'många', 'ska' ask; they are no topic
        ['trångbod']
        >>> BM25Index([], []).search("trångboddhet", 5)  # an emptied store
        []
        """
        vocab = self._vocab()
        terms: list[str] = []
        words = [w for w in stems(query) if w not in word_list_stems(QUERY_ONLY_STOP_WORDS)] or stems(query)
        topical = [w for w in words if w not in word_list_stems(MATERIAL_WORDS)]
        for term in topical or words:
            folded = fold(term)
            if folded != term and term in vocab:
                terms.append(term)
            else:
                terms.extend(self._spellings.get(folded, []))
        return terms

    def known_share(self, text: str) -> float:
        """The share of the words of `text` (stop words aside) that the index has, in any spelling that folds alike:
        how much BM25 can say about a question. Words the documents never use (an English question, a user's
        everyday words) leave BM25 ranking by the few that remain. 1.0 for text without such words.

        >>> index = BM25Index(["a", "b"], ["Frånvaron bland pojkar ökar", "Läxhjälp på biblioteket"])
        >>> index.known_share("franvaron bland pojkar"), index.known_share("Which boys need homework help?")
        (1.0, 0.0)
        """
        words = stems(text)
        if not words:
            return 1.0
        return sum(fold(w) in self._spellings for w in words) / len(words)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (chunk_id, score) with a positive score; `mask` (0/1 per chunk) restricts the candidates."""
        tokens = self.query_terms(query)
        if not tokens or not self.ids:
            return []
        scores = np.asarray(self._retriever.get_scores(tokens), dtype=np.float32)
        if mask is not None:
            scores = scores * mask
        return [(self.ids[i], float(scores[i])) for i in top_indices(scores, k, self.ids) if scores[i] > 0]

    def _vocab(self) -> dict[str, int]:
        # bm25s sets vocab_dict only when it indexes something: a store whose last document was removed has none
        vocab: dict[str, int] = getattr(self._retriever, "vocab_dict", None) or {}
        return vocab
