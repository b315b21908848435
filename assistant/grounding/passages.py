"""Sentences of retrieved chunks with their original lines, and how well each answers a query.

The extractive backend quotes sentences, never whole chunks, so a citation can
point at the exact lines a quoted sentence came from.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from assistant.grounding.guard import is_instruction
from assistant.index.lexical import tokenize
from assistant.index.units import join_at_abbreviations
from assistant.schema import Chunk

SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9”\"(])")
_ITEM_RE = re.compile(r"^(?:-|\d{1,2}\.)\s+")
_URL_RE = re.compile(r"https?://|www\.", re.I)
_TABLE_ROW_RE = re.compile(r"\S\s+\d[\d\s.,]*\s*(?:%|procent|tkr|kr|kronor|mkr|st)?\s*$", re.I)


@dataclass(frozen=True)
class Sentence:
    """One sentence (or list item) of a chunk, with the original lines it came from."""

    text: str
    chunk: Chunk
    line: int  # index of its line within the chunk text
    start_line: int
    end_line: int
    is_item: bool
    is_label: bool  # a heading or list introduction rather than a statement

    @cached_property
    def terms(self) -> frozenset[str]:
        return frozenset(tokenize(self.text))

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_sentences(chunk: Chunk) -> list[Sentence]:
    """The chunk's statements in reading order; instruction-like text is dropped (see assistant.grounding.guard)."""
    headings = {h.strip().lower() for h in chunk.heading_path}
    out: list[Sentence] = []
    for index, (line, first, last) in enumerate(chunk.lines_with_spans()):
        line = line.strip()
        if not line:
            continue
        is_item = bool(_ITEM_RE.match(line))
        body = _ITEM_RE.sub("", line) if is_item else line
        label = body.lower() in headings or (
            not is_item
            and not body.endswith((".", "!", "?", ":"))
            and len(body.split()) <= 10
            and not _TABLE_ROW_RE.search(body)  # "Totalt 8 464 tkr" states a figure
        )
        pieces = [body] if is_item or label else join_at_abbreviations(SENTENCE_SPLIT_RE.split(body))
        for piece in pieces:
            piece = piece.strip()
            if not piece or is_instruction(piece, chunk.flagged):
                continue
            out.append(
                Sentence(piece, chunk, index, first, last, is_item, label or piece.endswith(":"))
            )
    return out


class TermWeights:
    """Inverse document frequencies over all indexed chunks: rare, specific words weigh most."""

    def __init__(self, texts: Iterable[str]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            df.update(set(tokenize(text)))
        self.n = max(n, 1)
        self._df = df

    def seen(self, term: str) -> bool:
        return term in self._df

    @cached_property
    def _sorted_vocab(self) -> list[str]:
        return sorted(self._df)

    def known(self, term: str) -> bool:
        """Seen in the corpus, an inflection of a seen word, or a compound of two seen words."""
        if term in self._df or len(term) < 4:
            return True
        vocab = self._sorted_vocab
        stem = term if len(term) <= 5 else term[: max(5, len(term) - 3)]
        i = bisect.bisect_left(vocab, stem)
        if i < len(vocab) and vocab[i].startswith(stem):
            return True
        for cut in range(3, len(term) - 2):
            head, tail = term[:cut], term[cut:]
            if tail in self._df and (head in self._df or (head.endswith("s") and head[:-1] in self._df)):
                return True
        return False

    def chunk_share(self, term: str) -> float:
        """The share of chunks that hold `term`: unlike idf, comparable between a collection of three documents and
        one of thousands."""
        return self._df.get(term, 0) / self.n

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:  # asked for every unit of every answer: remembered
            df = self._df.get(term, 0)
            value = self._idf[term] = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        return value

    @cached_property
    def _idf(self) -> dict[str, float]:
        return {}

    def weight(self, terms: Iterable[str]) -> float:
        return sum(self.idf(t) for t in set(terms))

    def share(self, terms: frozenset[str], which: Callable[[str], bool]) -> float:
        """Share of the weight of `terms` carried by the terms `which` accepts."""
        total = self.weight(terms)
        return self.weight(t for t in terms if which(t)) / total if total else 0.0

    def overlap(self, query_terms: frozenset[str], terms: frozenset[str], damped: frozenset[str] = frozenset(),
                factor: float = 0.3, prefixes: Mapping[str, str] | None = None) -> float:
        """Share of the query's weight that `terms` cover (0–1); `damped` query terms count `factor` of theirs.

        A query term in `prefixes` is also met by any word that begins with the prefix it maps to ('uppföljning'
        by 'uppföljningsplan', both beginning 'uppfölj').
        """
        if not damped and not prefixes:
            total = self.weight(query_terms)
            return self.weight(query_terms & terms) / total if total else 0.0
        total = covered = 0.0
        for t in set(query_terms):
            w = self.idf(t) * (factor if t in damped else 1.0)
            total += w
            if t in terms or (prefixes and t in prefixes and any(x.startswith(prefixes[t]) for x in terms)):
                covered += w
        return covered / total if total else 0.0

    def commonest_with_prefix(self, prefix: str) -> str | None:
        """The indexed term beginning with `prefix` that most chunks hold ('uppfölj' -> 'uppfoljning')."""
        vocab = self._sorted_vocab
        i = bisect.bisect_left(vocab, prefix)
        best: str | None = None
        while i < len(vocab) and vocab[i].startswith(prefix):
            if best is None or self._df[vocab[i]] > self._df[best]:
                best = vocab[i]
            i += 1
        return best


def sentence_score(sentence: Sentence, query_terms: frozenset[str], weights: TermWeights, rank: int) -> float:
    """Query coverage of the sentence and its section heading, nudged by the chunk's retrieval rank."""
    own = weights.overlap(query_terms, sentence.terms)
    heading = weights.overlap(query_terms, frozenset(tokenize(sentence.chunk.heading_path_text)))
    length_penalty = 0.15 if sentence.words < 5 or sentence.words > 60 else 0.0
    url_penalty = 0.3 if _URL_RE.search(sentence.text) else 0.0
    return own + 0.25 * heading + 0.3 / (rank + 1) - length_penalty - url_penalty - (0.2 if sentence.is_label else 0)
