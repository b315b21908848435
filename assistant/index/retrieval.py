"""Hybrid retrieval: dense + BM25, both loaded from the store itself, fused by a convex score combination (or RRF)."""

from __future__ import annotations

import functools
import gc
import hashlib
import logging
import threading
import time
import types
from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.config import Settings
from assistant.errors import InputError, StoreError
from assistant.index.embedding import query_future
from assistant.index.lexical import BM25Index, top_indices
from assistant.index.store import ChromaStore
from assistant.index.units import units_of
from assistant.schema import Chunk, Hit
from assistant.stages import stage

log = logging.getLogger(__name__)

SearchMode = Literal["hybrid", "dense", "lexical"]
# Reference rows a unit's hubness is measured against past that many units (chunks: `HUB_SAMPLE`). At 1024 the
# estimate correlated 0.79 with the exact one on the eval corpus (4238 units; 3072: 0.92) and the held-out half lost
# a quoted case and 0.004 facts against 4096 (session 24); 4096 costs ~30 s at 50k chunks and 250k units (1024:
# ~7 s), only where search is exact, once per ingest that changes the store (`store_hubness`; a snapshot load reads
# the stored values).
UNIT_HUB_SAMPLE = 4096
HUB_SAMPLE = 4096  # the chunks' reference rows (`hubness`'s default)


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], k: int = 60) -> list[tuple[str, float]]:
    """Fuse ranked id lists: score(id) = sum over lists of 1 / (k + rank), rank starting at 1.

    >>> reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=1)
    [('b', 0.8333333333333333), ('a', 0.5), ('c', 0.3333333333333333)]
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def convex_fusion(scored: Sequence[Sequence[tuple[str, float]]], weights: Sequence[float]) -> list[tuple[str, float]]:
    """Fuse scored lists: score(id) = sum of weight x the id's min-max normalised score in each list.

    Unlike RRF this keeps how far ahead a hit is: a passage one ranker finds far
    better than anything else is not outvoted by passages both rankers find middling.
    An id missing from a list scores 0 there (that list's minimum).

    >>> fused = convex_fusion([[("a", 0.9), ("b", 0.8), ("c", 0.7)], [("c", 12.0), ("b", 2.0)]], [0.6, 0.4])
    >>> [(item, round(score, 2)) for item, score in fused]
    [('a', 0.6), ('c', 0.4), ('b', 0.3)]
    """
    if len(scored) != len(weights):
        raise ValueError("one weight per list")
    fused: dict[str, float] = {}
    for items, weight in zip(scored, weights, strict=True):
        if not items:
            continue
        values = [s for _, s in items]
        low, high = min(values), max(values)
        span = high - low
        for item, score in items:
            norm = (score - low) / span if span > 0 else 1.0
            fused[item] = fused.get(item, 0.0) + weight * norm
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def shift_lexical_weight(weights: Sequence[float], scale: float) -> list[float]:
    """[dense, lexical, unit] weights with the lexical one scaled by `scale` and what it gives up shared by the
    others in proportion to their weights (the sum is kept).

    >>> [round(w, 3) for w in shift_lexical_weight([0.35, 0.35, 0.3], 0.5)]
    [0.444, 0.175, 0.381]
    """
    dense, lexical, unit = weights
    freed = lexical * (1.0 - scale)
    others = dense + unit
    if freed <= 0 or others <= 0:
        return list(weights)
    return [dense + freed * dense / others, lexical * scale, unit + freed * unit / others]


def keep_ranker_bests(fused: list[tuple[str, float]], bests: Sequence[str], slots: int) -> list[tuple[str, float]]:
    """`fused` with each ranker's own best id among its first `slots` (in fused order there): a passage one ranker
    finds best of all is not pushed out of the first hits by passages the rankers together find middling.

    >>> fused = [("a", 0.9), ("b", 0.8), ("c", 0.7), ("d", 0.1)]
    >>> [i for i, _ in keep_ranker_bests(fused, ["a", "d"], 2)]
    ['a', 'd', 'b', 'c']
    >>> [i for i, _ in keep_ranker_bests(fused, ["a", "b"], 2)]
    ['a', 'b', 'c', 'd']
    """
    order = {item: i for i, (item, _) in enumerate(fused)}
    bests = list(dict.fromkeys(b for b in bests if b in order))
    if slots <= 0 or not bests or all(order[b] < slots for b in bests) or len(bests) > slots:
        return fused
    head = [item for item, _ in fused[:slots] if item not in bests][: slots - len(bests)]
    first = set(head) | set(bests)
    return sorted((p for p in fused if p[0] in first), key=lambda p: order[p[0]]) + \
        [p for p in fused if p[0] not in first]


def hubness(vectors: np.ndarray, k: int, owners: np.ndarray | None = None, sample: int = HUB_SAMPLE,
            ids: Sequence[str] | None = None) -> np.ndarray:
    """Each row's mean cosine similarity to its `k` nearest other rows (rows of unit length): how close a passage
    lies to the crowd. A summary, a contents-like list or a generic sentence is close to much of the corpus, so it is
    near every query too and ranks high for questions it does not answer (a "hub"); subtracting part of this from
    its similarity to a query (CSLS, Conneau et al. 2018) leaves the passages that are close to this query in
    particular. Rows of the same owner (units of one chunk) are not each other's neighbours. Beyond `sample` rows
    the neighbours are sought among about `sample` of them, so the cost stays linear in the rows; which rows is
    decided by a hash of each row's id (`reference_rows`), so adding a document leaves the others' hubness as it was.

    >>> v = np.array([[1, 0], [0.9, 0.436], [0.8, 0.6], [0, 1]], dtype=np.float32)
    >>> [round(float(x), 2) for x in hubness(v, 1)]
    [0.9, 0.98, 0.98, 0.6]
    """
    n = len(vectors)
    if n < 2 or k < 1:
        return np.zeros(n, dtype=np.float32)
    pick = np.arange(n) if n <= sample else reference_rows(ids if ids is not None else vectors, sample)
    if len(pick) <= k:
        pick = np.arange(n)
    k = min(k, len(pick) - 1)
    out = np.empty(n, dtype=np.float32)
    for start in range(0, n, 2048):
        rows = np.arange(start, min(start + 2048, n))
        sims = vectors[rows] @ vectors[pick].T
        sims[rows[:, None] == pick[None, :]] = -np.inf
        if owners is not None:
            sims[owners[rows][:, None] == owners[pick][None, :]] = -np.inf
        top = -np.partition(-sims, k - 1, axis=1)[:, :k]
        top = np.where(np.isfinite(top), top, 0.0)
        out[rows] = top.mean(axis=1)
    return out


def reference_rows(ids: Sequence[str] | np.ndarray, sample: int) -> np.ndarray:
    """About `sample` of the rows, chosen by a hash of each row's id (of its bytes where `ids` are vectors): a row is
    chosen when its hash, as a share of the hash range, is below sample / rows. Whether a row is chosen thus depends
    on its id and the corpus size only, so a new document changes the reference sample by its own rows and by the
    ~sample/rows² old ones at the edge, not by shifting which rows are in it (as an evenly spread pick over row
    order did: each added row moved every hubness value and reranked unrelated questions).

    >>> ids = [f"doc{i}.md#{i}" for i in range(10_000)]
    >>> picked = reference_rows(ids, 1000)
    >>> 900 < len(picked) < 1100
    True
    >>> after = reference_rows(["new.md#0"] + ids, 1000) - 1  # a document added in front
    >>> len(set(picked.tolist()) - set(after.tolist()))  # the old rows chosen before are chosen still
    0
    """
    if not len(ids):
        return np.zeros(0, dtype=np.int64)
    keys = [i.encode() for i in ids] if not isinstance(ids, np.ndarray) else [row.tobytes() for row in ids]
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(key, digest_size=4).digest(), "little") for key in keys),
                         dtype=np.float64, count=len(keys))
    return np.flatnonzero(hashes < (sample / len(ids)) * 2.0**32)


def snapshot_hubness(vectors: np.ndarray | None, chunk_ids: Sequence[str], unit_vectors: np.ndarray | None,
                     unit_owner: np.ndarray, unit_ids: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """The `hubness` of a search snapshot's chunks and of its units (zeros where there are no vectors or `k` is 0).
    Units are measured against `UNIT_HUB_SAMPLE` reference rows, chunks against `HUB_SAMPLE`."""
    chunk_hub = (hubness(vectors, k, sample=HUB_SAMPLE, ids=chunk_ids) if vectors is not None and k
                 else np.zeros(len(chunk_ids), dtype=np.float32))
    unit_hub = (hubness(unit_vectors, k, unit_owner, sample=UNIT_HUB_SAMPLE, ids=unit_ids)
                if unit_vectors is not None and k else np.zeros(len(unit_ids), dtype=np.float32))
    return chunk_hub, unit_hub


def hub_key(chunk_ids: Sequence[str], vectors: np.ndarray | None, unit_ids: Sequence[str], unit_owner: np.ndarray,
            unit_vectors: np.ndarray | None, k: int) -> str:
    """A fingerprint of everything `snapshot_hubness` computes from: the rows' ids, vectors and owners in snapshot
    order, `k`, and the code itself (`_hub_code`). Stored hubness values are found by it (ChromaStore.read_hubness),
    so values are only ever read for exactly the content they were computed on: a document added, changed or
    removed, a vector re-embedded, another `hub_k` or another version of `hubness` gives another key. Hashing is
    ~0.5 s for 50k chunks and 250k units of 384 dimensions, against ~37 s to compute the values."""
    digest = hashlib.sha256(_hub_code())
    digest.update(f"k={k};chunks={len(chunk_ids)};units={len(unit_ids)};".encode())
    for ids in (chunk_ids, unit_ids):
        digest.update("\x00".join(ids).encode())
        digest.update(b"\x01")
    for array in (vectors, unit_owner, unit_vectors):
        if array is not None:
            array = np.ascontiguousarray(array)
            digest.update(f"{array.dtype.str}{array.shape};".encode())
            digest.update(array)  # the buffer itself: no copy
    return digest.hexdigest()


@functools.cache
def _hub_code() -> bytes:
    """A digest of the code that computes hubness values (`snapshot_hubness`, `hubness`, `reference_rows`: their
    bytecode, names, constants and defaults) and of the sample sizes: values stored by another version of it are
    never read as this one's. Only what is the same in every process goes in (a set's order changes with
    Python's hash seed; a code object's repr holds its address)."""
    digest = hashlib.sha256(f"{HUB_SAMPLE},{UNIT_HUB_SAMPLE}".encode())

    def const(value: Any) -> str:
        if isinstance(value, frozenset | set):
            return "{" + ",".join(sorted(const(v) for v in value)) + "}"
        if isinstance(value, tuple):
            return "(" + ",".join(const(v) for v in value) + ")"
        return repr(value)

    def add(code: types.CodeType) -> None:
        digest.update(code.co_code)
        digest.update(repr(code.co_names).encode())
        for value in code.co_consts:
            if isinstance(value, types.CodeType):
                add(value)
            else:
                digest.update(const(value).encode())

    # Every function whose code decides the values: a helper that `hubness` or `snapshot_hubness` comes to call
    # must be added here, or values stored by its old version would be read as the new one's.
    for function in (snapshot_hubness, hubness, reference_rows):
        add(function.__code__)
        digest.update(const(function.__defaults__).encode())
    return digest.digest()


def cut_query(text: str, max_chars: int, tail: int = 200) -> str:
    """A long message made a query of at most `max_chars`: its beginning and its last `tail` characters, so
    words a caller adds at either end (a draft section's cue words) survive the cut.

    >>> cut_query("a" * 10 + "b" * 10 + "c" * 5, 15, tail=5)
    'aaaaaaaaa ccccc'
    >>> cut_query("kort fråga", 2000)
    'kort fråga'
    """
    if len(text) <= max_chars:
        return text
    tail = min(tail, max_chars // 2)
    return f"{text[: max_chars - tail - 1]} {text[-tail:]}"


def validate_query(query: str, max_chars: int) -> str:
    """Strip and check a query; empty or oversized queries are refused with a clear message."""
    if not isinstance(query, str) or not query.strip():
        raise InputError("Frågan är tom. Skriv en fråga att söka efter. (empty query)")
    query = " ".join(query.split())
    if len(query) > max_chars:
        raise InputError(f"Frågan är för lång ({len(query)} tecken; högst {max_chars}).")
    return query


def unit_rows(chunks: Sequence[Chunk], unit_vectors: dict[str, Any]) -> tuple[list[str], np.ndarray,
                                                                             np.ndarray | None]:
    """The evidence units that have a vector, in chunk order: their ids, the position of each one's chunk in
    `chunks`, and their vectors scaled to unit length (None without any)."""
    ids: list[str] = []
    owner: list[int] = []
    rows: list[Any] = []
    # Without vectors (the HNSW path: Chroma searches the units) no unit is held, so none is split out: splitting
    # every chunk into units was ~60 % of a 100k-chunk snapshot load, for nothing (the units' cache holds 20 000).
    for i, chunk in enumerate(chunks if unit_vectors else ()):
        for unit in units_of(chunk):
            vector = unit_vectors.get(unit.unit_id)
            if vector is not None:
                ids.append(unit.unit_id)
                owner.append(i)
                rows.append(vector)
    matrix = np.asarray(rows, dtype=np.float32).reshape(len(rows), -1) if rows else None
    if matrix is not None:
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return ids, np.asarray(owner, dtype=np.int64), matrix


def read_visible(store: ChromaStore, settings: Settings) -> tuple[list[Chunk], np.ndarray | None, dict[str, Any]]:
    """The store's visible chunks (of each document's committed version) in the store's order, with their vectors
    (unit length) and their units' vectors by unit id where search is exact (`exact_search_max_chunks`); None and
    an empty dict where Chroma's HNSW index answers."""
    committed = {p: r.committed_hash for p, r in store.sources().items()}
    exact = store.count() <= settings.exact_search_max_chunks
    chunks: list[Chunk] = []
    vectors: list[Any] = []
    for chunk, vector in store.iter_records(vectors=exact):
        if committed.get(chunk.path) == chunk.doc_hash:
            chunks.append(chunk)
            vectors.append(vector)
    matrix = None
    if exact and chunks:
        matrix = np.asarray(vectors, dtype=np.float32).reshape(len(chunks), -1)
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    unit_vectors: dict[str, Any] = {}
    if exact and chunks:
        visible = {(c.path, c.doc_hash) for c in chunks}
        unit_vectors = {uid: vec for uid, meta, vec in store.iter_unit_vectors()
                        if (meta.get("path"), meta.get("doc_hash")) in visible}
    return chunks, matrix, unit_vectors


def hub_k_of(settings: Settings) -> int:
    """The neighbours hubness is measured over; 0 where it is not used (hub_weight 0)."""
    return settings.hub_k if settings.hub_weight > 0 else 0


def store_hubness(store: ChromaStore, settings: Settings) -> str:
    """Compute the hubness values of what the store shows now and store them with it, so that loading a search
    snapshot of this content reads them instead of computing them (~37 s at 50k chunks and 250k units). Run at the
    end of an ingest: a document added or removed changes the reference rows and the neighbours of every row, so
    the values are computed over the whole store, exactly as a snapshot load would (the same `read_visible`,
    `unit_rows` and `snapshot_hubness`; the key, `hub_key`, is a fingerprint of those rows). Nothing is read when
    the values stored last were computed at the store's current version. Returns what was done: "off",
    "approximate" (no vectors held, so no hubness), "current", "stored" (found under the key, marked current) or
    "computed"."""
    k = hub_k_of(settings)
    if not k:
        return "off"
    version = store.version()  # before the content: a commit meanwhile leaves the values marked older, not newer
    latest = store.latest_hubness()
    # Marked current is not enough: the records may be gone (deleted, or a write killed after the mark), and then
    # every load would compute them again until the content changed. Only if they read whole is nothing to do.
    if latest is not None and latest[1] == version and store.read_hubness(latest[0]) is not None:
        return "current"
    if store.count() > settings.exact_search_max_chunks:  # not read: above it search holds no vectors
        return "approximate"
    chunks, matrix, unit_vectors = read_visible(store, settings)
    if matrix is None:
        return "approximate"
    order = [c.chunk_id for c in chunks]
    ids, owner, units = unit_rows(chunks, unit_vectors)
    key = hub_key(order, matrix, ids, owner, units, k)
    stored = store.read_hubness(key)
    if stored is not None:
        store.write_hubness(key, stored, version)
        return "stored"
    chunk_hub, unit_hub = snapshot_hubness(matrix, order, units, owner, ids, k)
    store.write_hubness(key, {"chunks": chunk_hub, "units": unit_hub}, version)
    return "computed"


class _SearchSnapshot:
    """The BM25 index, visible chunks and (for corpora that fit) their vectors for one store version.

    Replaced whole, never mutated. Holding the vectors makes dense search exact:
    Chroma's approximate index was seen to leave a chunk that no query reached.
    """

    def __init__(
        self,
        version: str,
        chunks: list[Chunk],
        vectors: np.ndarray | None = None,
        unit_vectors: dict[str, Any] | None = None,
        has_units: bool = True,
        hub_k: int = 0,
        hub_store: ChromaStore | None = None,
    ) -> None:
        self.version = version
        self.hub_k = hub_k
        # seconds to read the store, to build the index and to get the hubness values (set by the loader)
        self.load_s: dict[str, float] = {}
        self.has_units = has_units  # False: the store holds no units, so no unit search is asked for
        self.chunks = {c.chunk_id: c for c in chunks}
        self.order = [c.chunk_id for c in chunks]
        self.position = {cid: i for i, cid in enumerate(self.order)}
        self._last_unit_sims: tuple[str, np.ndarray] | None = None
        self._set_units(chunks, unit_vectors or {})
        self.index = BM25Index(self.order, [c.embedding_text() for c in chunks])
        self.visible = {(c.path, c.doc_hash) for c in chunks}
        self.vectors = vectors
        # How close each chunk (and unit) lies to the rest of the corpus (`hubness`); zeros without vectors.
        started = time.perf_counter()
        self.chunk_hub, self.unit_hub, self.hub_source = self._hubness(hub_store)
        self.hub_s = time.perf_counter() - started
        self.approximate = vectors is None and bool(chunks)  # dense search asks Chroma's HNSW index
        self._doc_type = np.array([c.doc_type for c in chunks], dtype=object)
        self._source = np.array([c.source for c in chunks], dtype=object)

    def _set_units(self, chunks: list[Chunk], unit_vectors: dict[str, Any]) -> None:
        """Hold the evidence units' vectors in chunk order, with the chunk each belongs to."""
        self.unit_ids, self.unit_owner, self.unit_vectors = unit_rows(chunks, unit_vectors)
        self.unit_row = {uid: i for i, uid in enumerate(self.unit_ids)}

    def _hubness(self, hub_store: ChromaStore | None) -> tuple[np.ndarray, np.ndarray, str]:
        """The chunks' and units' hubness values and where they came from: "stored" (by the ingest that wrote this
        content, or by the first load of it), "computed" (and stored for the next load, best effort), or "off"
        (no vectors held, or hub_k 0). The store is asked by `hub_key`, a fingerprint of the very rows the values
        are computed from, so stored values equal what computing them here would give."""
        k = self.hub_k
        if not k or (self.vectors is None and self.unit_vectors is None):
            return (np.zeros(len(self.order), dtype=np.float32), np.zeros(len(self.unit_ids), dtype=np.float32),
                    "off")
        key = (hub_key(self.order, self.vectors, self.unit_ids, self.unit_owner, self.unit_vectors, k)
               if hub_store is not None else "")
        if hub_store is not None:
            try:
                stored = hub_store.read_hubness(key)
            except StoreError as exc:
                log.warning("stored hubness values could not be read, computing them: %s", exc)
                stored = None
            if stored is not None and len(stored.get("chunks", ())) == len(self.order) \
                    and len(stored.get("units", ())) == len(self.unit_ids):
                return stored["chunks"], stored["units"], "stored"
        chunk_hub, unit_hub = snapshot_hubness(self.vectors, self.order, self.unit_vectors, self.unit_owner,
                                               self.unit_ids, k)
        if hub_store is not None:
            try:
                # Only this key's records: the ingest alone marks values the latest and drops others' (a load of
                # an older version must not delete what a newer ingest stored, nor mark its values the latest).
                hub_store.write_hubness(key, {"chunks": chunk_hub, "units": unit_hub}, self.version, latest=False)
            except StoreError as exc:
                log.warning("hubness values computed but not stored: %s", exc)
        return chunk_hub, unit_hub, "computed"

    def unit_similarities_to(self, query: str, embed: Callable[[str], Sequence[float]]) -> np.ndarray | None:
        """`unit_similarities` for a query text, remembered for the last query: retrieval fuses them and answer
        selection scores units with them, for the same question (the snapshot is replaced whole, so the
        remembered array never outlives its units)."""
        last = self._last_unit_sims
        if last is not None and last[0] == query:
            return last[1]
        sims = self.unit_similarities(embed(query))
        if sims is not None:
            self._last_unit_sims = (query, sims)
        return sims

    def unit_similarities(self, query_vector: Sequence[float]) -> np.ndarray | None:
        """Cosine similarity of every held unit to the query (aligned with `unit_ids`), or None without units."""
        if self.unit_vectors is None:
            return None
        q = np.asarray(query_vector, dtype=np.float32)
        return self.unit_vectors @ (q / max(float(np.linalg.norm(q)), 1e-12))  # type: ignore[no-any-return]

    def best_unit_per_chunk(self, sims: np.ndarray, n: int, mask: np.ndarray | None,
                            hub_weight: float = 0.0) -> dict[str, float]:
        """Chunk id -> its best unit's similarity, for the `n` chunks whose best unit is closest; `hub_weight` x a
        unit's `hubness` is taken off its similarity first."""
        best = np.full(len(self.order), -np.inf, dtype=np.float32)
        np.maximum.at(best, self.unit_owner, sims - hub_weight * self.unit_hub if hub_weight else sims)
        if mask is not None:
            best = np.where(mask > 0, best, -np.inf)
        n = min(n, int(np.isfinite(best).sum()))
        if n <= 0:
            return {}
        return {self.order[i]: float(best[i]) for i in top_indices(best, n, self.order)}

    def nearest(self, query_vector: Sequence[float], n: int, mask: np.ndarray | None,
                hub_weight: float = 0.0) -> dict[str, float]:
        """Exact cosine nearest neighbours over the held vectors: chunk id -> similarity, best first; with
        `hub_weight`, similarity less that much of the chunk's `hubness`."""
        assert self.vectors is not None
        q = np.asarray(query_vector, dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-12)  # a new array: the caller's vector may be cached
        sims = self.vectors @ q
        if hub_weight:
            sims = sims - hub_weight * self.chunk_hub
        if mask is not None:
            sims = np.where(mask > 0, sims, -np.inf)
        n = min(n, len(sims))
        if n == 0:
            return {}
        return {self.order[i]: float(sims[i]) for i in top_indices(sims, n, self.order) if np.isfinite(sims[i])}

    def mask(self, doc_types: Sequence[str] | None, sources: Sequence[str] | None) -> np.ndarray | None:
        if not doc_types and not sources:
            return None
        keep = np.ones(len(self.order), dtype=bool)
        if doc_types:
            keep &= np.isin(self._doc_type, list(doc_types))
        if sources:
            keep &= np.isin(self._source, list(sources))
        return keep.astype(np.float32)


class HybridRetriever:
    """Dense + lexical search over one `ChromaStore`, reloading its snapshot when the store changes."""

    def __init__(self, store: ChromaStore, embeddings: Embeddings, settings: Settings) -> None:
        self.store = store
        self.embeddings = embeddings
        self.settings = settings
        # Where hubness values are stored and looked up (see `store_hubness`); None computes them at every load.
        self.hub_store: ChromaStore | None = store
        self._snapshot: _SearchSnapshot | None = None
        self._lock = threading.Lock()

    def snapshot(self) -> _SearchSnapshot:
        """The current search snapshot; rebuilt when the store's version token has moved.

        With an approximate (HNSW) snapshot the token is trusted for `hnsw_version_ttl_s`: each search's HNSW
        query is a round trip to Chroma already, and a second one for the token cost ~3 ms of CPU per search at
        100k chunks (see Settings.hnsw_version_ttl_s)."""
        snap = self._snapshot
        trusted = self.settings.hnsw_version_ttl_s if snap is not None and snap.approximate else 0.0
        version = self.store.version(max_age_s=trusted)
        if snap is not None and snap.version == version:
            return snap
        with self._lock:
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = self._load(version)
                # The snapshot's objects live until the next one (~1 M tracked at 100k chunks: the chunks, the BM25
                # postings' keys). Left to the collector, every full collection would walk them all (0.78 s at
                # 100k, benchmarks/search_stages.py --breakdown), a pause landing in whatever search is running;
                # frozen, the collector skips them. They are still freed by reference counting when the snapshot
                # is replaced.
                gc.freeze()
            return self._snapshot

    def _load(self, version: str) -> _SearchSnapshot:
        started = time.perf_counter()
        chunks, matrix, unit_vectors = read_visible(self.store, self.settings)
        has_units = self.store.count_units() > 0
        fetched = time.perf_counter()
        snap = _SearchSnapshot(version, chunks, matrix, unit_vectors, has_units=has_units,
                               hub_k=hub_k_of(self.settings), hub_store=self.hub_store)
        index_s = time.perf_counter() - fetched - snap.hub_s
        snap.load_s = {"read": fetched - started, "index": index_s, "hub": snap.hub_s}
        log.info(
            "search snapshot rebuilt: %d chunks, dense search %s (store version %s; read %.1f s, indexed %.1f s, "
            "hubness %s in %.1f s)", len(chunks), "exact" if matrix is not None else "approximate (HNSW)", version,
            snap.load_s["read"], index_s, snap.hub_source, snap.hub_s,
        )
        return snap

    def current(self) -> _SearchSnapshot:
        """The snapshot the last search used, without asking the store again (one round trip per search)."""
        return self._snapshot or self.snapshot()

    def search(
        self,
        query: str,
        k: int | None = None,
        doc_types: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
        mode: SearchMode = "hybrid",
        own_words: str | None = None,
    ) -> list[Hit]:
        """The top `k` chunks for `query`, optionally restricted to some doc types or source files.

        `own_words` is the question as the user put it, before expansion: the share of its words the documents use
        sets how much BM25 counts in the fusion (`lexical_scale`); the query itself when not given.
        """
        query = validate_query(query, self.settings.max_query_chars)
        k = k or self.settings.top_k
        if k < 1:
            raise InputError("k måste vara minst 1.")
        # The query vector is computed on the embedder's own thread (batched with other questions asked
        # meanwhile, see QueryBatcher) while this thread checks the store's version: the stage `embedding` is
        # what is left to wait for the vector after that. BM25 runs while the dense search is out of this
        # thread's hands: during the embedding where dense search is exact in memory, and where Chroma's HNSW
        # index answers, after the query went to the server and before its answer is read (the server walks
        # the graph meanwhile; on 2 shared cores BM25 beside the embedding slowed the embedding by as much). Where
        # the store's evidence units are searched on the server too, their query goes out with the chunks' one.
        pending = query_future(self.embeddings, query) if mode in ("hybrid", "dense") else None
        with stage("index_check"):
            snap = self.snapshot()
        n = max(self.settings.candidates, k)
        # Hybrid search ranks dense and unit hits by similarity less part of their hubness (see `hubness`); a
        # search of one mode ranks by the cosine itself.
        hub = self.settings.hub_weight if mode == "hybrid" else 0.0
        dense_scores: dict[str, float] = {}
        lexical_scores: list[tuple[str, float]] = []
        unit_scores: dict[str, float] = {}
        lexical = mode in ("hybrid", "lexical")
        if lexical and (pending is None or not snap.approximate):
            with stage("lexical_search"):
                lexical_scores = snap.index.search(query, n, snap.mask(doc_types, sources))
            lexical = False
        if pending is not None:
            with stage("embedding"):
                vector = pending.result()
            with stage("dense_search"):
                dense_answer = self._dense(vector, n, snap, doc_types, sources, hub)
                units_answer = (self._best_units(query, vector, n, snap, doc_types, sources, hub)
                                if mode == "hybrid" and self.settings.unit_weight > 0 else None)
            if lexical:
                with stage("lexical_search"):
                    lexical_scores = snap.index.search(query, n, snap.mask(doc_types, sources))
            with stage("dense_search"):
                dense_scores = dense_answer()
                if units_answer is not None:
                    unit_scores = units_answer()
        dense = list(dense_scores)
        lexical = [cid for cid, _ in lexical_scores]
        with stage("fusion"):
            if self.settings.fusion == "convex":
                weight, unit = self.settings.dense_weight, self.settings.unit_weight if unit_scores else 0.0
                weights = [weight * (1 - unit), (1.0 - weight) * (1 - unit), unit]
                if dense_scores:
                    weights = shift_lexical_weight(weights, self.lexical_scale(snap, own_words or query))
                fused = convex_fusion(
                    [list(dense_scores.items()), lexical_scores, list(unit_scores.items())], weights)
                tops = [next(iter(r), None) for r in (dense_scores, [c for c, _ in lexical_scores], unit_scores)]
                fused = keep_ranker_bests(fused, [t for t in tops if t is not None],
                                          self.settings.ranker_best_slots)[:k]
            else:
                fused = reciprocal_rank_fusion([r for r in (dense, lexical) if r], self.settings.rrf_k)[:k]
            dense_rank = {cid: i + 1 for i, cid in enumerate(dense)}
            if hub and snap.vectors is not None:  # hits report the cosine itself
                dense_scores = {cid: s + hub * float(snap.chunk_hub[snap.position[cid]])
                                for cid, s in dense_scores.items()}
            lexical_rank = {cid: i + 1 for i, cid in enumerate(lexical)}
            return [
                Hit(
                    chunk=snap.chunks[cid],
                    score=score,
                    dense_rank=dense_rank.get(cid),
                    dense_score=dense_scores.get(cid),
                    lexical_rank=lexical_rank.get(cid),
                )
                for cid, score in fused
                if cid in snap.chunks
            ]

    def lexical_scale(self, snap: _SearchSnapshot, own_words: str) -> float:
        """How much of BM25's fusion weight a question keeps: all of it when the documents use at least
        `lexical_known_from` of its own words; less, down to `lexical_min_scale`, the fewer they use. A question in
        English or in a user's everyday words shares few words with the documents, so BM25 ranks by the one or two
        it shares (or by the expansion's words alone) while the multilingual dense model reads the whole question.
        """
        start, floor = self.settings.lexical_known_from, self.settings.lexical_min_scale
        share = snap.index.known_share(own_words)
        return 1.0 if share >= start else floor + (1.0 - floor) * share / start

    def query_unit_similarities(self, query: str) -> tuple[_SearchSnapshot, np.ndarray | None]:
        """Every held unit's similarity to `query` (the query vector comes from the embedding cache)."""
        snap = self.current()
        if snap.unit_vectors is None:
            return snap, None
        return snap, snap.unit_similarities_to(validate_query(query, self.settings.max_query_chars),
                                                self.embeddings.embed_query)

    def unit_similarities_of(self, query: str, unit_ids: Sequence[str]) -> dict[str, float]:
        """The similarity to `query` of the held units among `unit_ids` only: a second query (a respelt question)
        is scored against the rows wanted, and the snapshot's remembered similarities of the last query stay."""
        snap = self.current()
        if snap.unit_vectors is None:
            return {}
        ids = [uid for uid in unit_ids if uid in snap.unit_row]
        if not ids:
            return {}
        q = np.asarray(self.embeddings.embed_query(validate_query(query, self.settings.max_query_chars)),
                       dtype=np.float32)
        sims = snap.unit_vectors[[snap.unit_row[uid] for uid in ids]] @ (q / max(float(np.linalg.norm(q)), 1e-12))
        return {uid: float(v) for uid, v in zip(ids, sims, strict=True)}

    def _best_units(
        self,
        query: str,
        vector: Sequence[float],
        n: int,
        snap: _SearchSnapshot,
        doc_types: Sequence[str] | None,
        sources: Sequence[str] | None,
        hub: float = 0.0,
    ) -> Callable[[], dict[str, float]]:
        """Chunk id -> similarity of its closest evidence unit (less `hub` x the unit's hubness, exact search only;
        a sentence that answers lifts its chunk), from the
        returned call. Where Chroma's HNSW index holds the units their query is sent now, on a connection of its
        own, so it is out together with the chunks' query and BM25 runs while the server answers both (one round
        trip a search instead of two in a row)."""
        if snap.unit_vectors is not None:
            sims = snap.unit_similarities_to(query, lambda _: vector)
            assert sims is not None
            best_units = snap.best_unit_per_chunk(sims, n, snap.mask(doc_types, sources), hub)
            return lambda: best_units
        if not snap.has_units:
            return dict
        answer = self.store.query_ids_start(vector, n * 3, _where(doc_types, sources), units=True)

        def read() -> dict[str, float]:
            best: dict[str, float] = {}
            for uid, sim in answer():
                cid = uid.rpartition(":")[0]  # "<chunk id>:<n>"; a chunk id names its document version
                if cid in snap.chunks and sim > best.get(cid, -1.0):
                    best[cid] = sim
            return dict(sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:n])

        return read

    def _dense(
        self,
        vector: Sequence[float],
        n: int,
        snap: _SearchSnapshot,
        doc_types: Sequence[str] | None,
        sources: Sequence[str] | None,
        hub: float = 0.0,
    ) -> Callable[[], dict[str, float]]:
        """Chunk id -> cosine similarity (less `hub` x the chunk's hubness, exact search only), best first, from the
        returned call: asked of Chroma's HNSW index now and read when called, so the caller can work while the
        server searches (exact search: computed now)."""
        if snap.vectors is not None:
            exact = snap.nearest(vector, n, snap.mask(doc_types, sources), hub)
            return lambda: exact
        # Only ids and distances come back: the snapshot holds the chunks, and only chunks of a committed
        # document version (see assistant.index.store), so membership in it is visibility.
        answer = self.store.query_ids_start(vector, n, _where(doc_types, sources))

        def read() -> dict[str, float]:
            results = answer()
            dense = {cid: sim for cid, sim in results if cid in snap.chunks}
            if len(dense) < len(results):  # a chunk the snapshot lacks: another process is ingesting or committed
                self.store.forget_version()
            return dense

        return read


def _where(doc_types: Sequence[str] | None, sources: Sequence[str] | None) -> dict[str, Any] | None:
    """The Chroma metadata filter for the approximate (HNSW) paths: chunks and units carry both fields.

    >>> _where(["strategi"], None)
    {'doc_type': {'$in': ['strategi']}}
    """
    clauses: list[dict[str, Any]] = []
    if doc_types:
        clauses.append({"doc_type": {"$in": list(doc_types)}})
    if sources:
        clauses.append({"source": {"$in": list(sources)}})
    return clauses[0] if len(clauses) == 1 else {"$and": clauses} if clauses else None


class JamplanRetriever(BaseRetriever):
    """LangChain `BaseRetriever` adapter over `HybridRetriever`, for chains that expect one."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any
    k: int = 8
    doc_types: list[str] | None = None
    sources: list[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        del run_manager
        hits = self.retriever.search(query, k=self.k, doc_types=self.doc_types, sources=self.sources)
        return [
            Document(page_content=h.chunk.text, metadata={k: v for k, v in h.to_public().items() if k != "text"})
            for h in hits
        ]
