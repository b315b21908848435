"""The vector store: Chroma, embedded on disk or as a server, plus a registry of ingested sources.

The registry makes ingestion crash-safe. Each source has a *committed* content
hash; readers only see chunks and units whose `doc_hash` equals it. Chunk ids
carry the document version, so ingest writes a new version beside the old one
(never over it), commits it in one registry write (record and version token
together), and only then drops the old version. A run killed at any point leaves
readers with exactly the old or the new version; whatever a killed run left
behind is invisible and is dropped by the next run (`stale` on the record).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import inspect
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast
from urllib.parse import urlparse

import numpy as np

from assistant.config import Settings
from assistant.errors import StoreError
from assistant.index.chroma_http import ChromaHttp
from assistant.schema import Chunk

log = logging.getLogger(__name__)

VERSION_ID = "__store_version__"
_PLACEHOLDER_VECTOR = [1.0]
# Values a record of the hubness collection holds (float32, base64 in its metadata: ~350 kB a record). In metadata,
# not as the record's document: Chroma indexes documents for full-text search (in a trial ~1.2 s and ~3 MB more a
# record).
HUB_PART = 65_536
LATEST_HUB_ID = "__latest__"
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class SourceRecord:
    """What the registry knows of one ingested source."""

    path: str
    source: str
    committed_hash: str
    pending_hash: str
    chunk_count: int
    stale: bool = False  # chunks or units of other versions may be left over (dropped by `drop_stale`)
    # The resolved folder the document's key is relative to when it was last read (the corpus folder configured then,
    # the uploads folder, the checkout; '' for an absolute key or a record written before roots were recorded): an
    # ingest deletes a document only when it reads this folder and the file is gone there (`ingest.pipeline`).
    root: str = ""


def _guarded(method: F) -> F:
    """Turn any failure of the Chroma client (server gone, timeout) into a `StoreError` with a plain message."""

    def fail(exc: Exception) -> StoreError:
        return StoreError(f"Sökindexet (Chroma) svarar inte just nu ({type(exc).__name__}: {exc})")

    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def gen(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(self, *args, **kwargs)
            except StoreError:
                raise
            except Exception as exc:
                raise fail(exc) from exc

        return cast(F, gen)

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except StoreError:
            raise
        except Exception as exc:
            raise fail(exc) from exc

    return cast(F, call)


def _id_similarities(got: dict[str, Any]) -> list[tuple[str, float]]:
    """(id, cosine similarity) pairs of Chroma's answer to one query with distances."""
    return [(cid, 1.0 - float(dist)) for cid, dist in zip(got["ids"][0], (got["distances"] or [[]])[0], strict=True)]


def _new_version() -> str:
    return f"{time.time():.6f}-{uuid.uuid4().hex[:8]}"


def make_chroma_client(settings: Settings) -> Any:
    """A Chroma `HttpClient` when `chroma_url` is set, else a `PersistentClient` under `data_dir`."""
    import chromadb

    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            if not url.hostname:
                raise StoreError(f"JAMPLAN_CHROMA_URL is not a URL: {settings.chroma_url!r}")
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
            )
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.chroma_path))
    except StoreError:
        raise
    except Exception as exc:
        where = settings.chroma_url or settings.chroma_path
        raise StoreError(f"Could not open the Chroma store at {where}: {exc}") from exc


def hnsw_config(settings: Settings) -> dict[str, int]:
    """The configured HNSW graph settings, as Chroma names them."""
    return {
        "max_neighbors": settings.hnsw_max_neighbors,
        "ef_construction": settings.hnsw_ef_construction,
        "ef_search": settings.hnsw_ef_search,
    }


# HNSW settings fixed when Chroma builds a collection's graph; ef_search can change later (Chroma reads it
# when it loads the index, so a running server takes it at its next start).
GRAPH_SETTINGS = ("max_neighbors", "ef_construction")
REBUILT_SUFFIX = "-rebuild"
REBUILT_FLAG = "jamplan_rebuild_complete"



def _with_vectors(got: Any) -> list[tuple[str, str, dict[str, Any], Any]]:
    """A Chroma `get` with documents, metadatas and embeddings as (id, text, metadata, vector) records, copied as they
    are by `ingest.migrate` (a record without a vector gets None)."""
    vectors = got.get("embeddings")
    if vectors is None:
        vectors = [None] * len(got["ids"])
    return [(rid, text or "", dict(meta or {}), vec) for rid, text, meta, vec in zip(
        got["ids"], got["documents"] or [], got["metadatas"] or [], vectors, strict=True)]

class ChromaStore:
    """Chunks with their vectors in one collection; the source registry in a second one.

    `hnsw` holds the Chroma HNSW settings (max_neighbors, ef_construction, ef_search) for the
    chunk and unit collections. Chroma fixes the graph settings when it creates a collection,
    so a store opened with other settings than its collections were built with reports them
    in `hnsw_mismatch()`, and `apply_hnsw()` (run by ingest) changes ef_search in place and
    rebuilds a collection whose graph settings differ, by copying every record into a new one.
    """

    def __init__(self, client: Any, collection: str, hnsw: dict[str, int] | None = None,
                 version_ttl_s: float = 0.0) -> None:
        self._client = client
        self.name = collection
        self.hnsw = dict(hnsw or {})
        self._version_ttl_s = version_ttl_s
        self._version_seen: tuple[str, float] | None = None
        # A server's hot calls (the HNSW query, the version read) over a thinner client (see chroma_http);
        # None for an embedded store.
        self._http = ChromaHttp.for_client(client)
        try:
            self._chunks = self._open_indexed(collection)
            self._sources = client.get_or_create_collection(f"{collection}-sources", embedding_function=None)
            # Sentence- and list-item-level evidence units (assistant.units), keyed "<chunk id>:<n>".
            self._units = self._open_indexed(f"{collection}-units")
            # The search snapshot's hubness values, computed once for the content they were measured on
            # (`read_hubness`, `write_hubness`; assistant.index.retrieval.hub_key).
            self._hubness = client.get_or_create_collection(f"{collection}-hubness", embedding_function=None)
            # Old chunk id -> new chunk id of the documents moved to a root-relative key (`write_aliases`, `alias`).
            self._aliases = client.get_or_create_collection(f"{collection}-aliases", embedding_function=None)
        except Exception as exc:
            raise StoreError(f"Could not open Chroma collection {collection!r}: {exc}") from exc

    def _open_indexed(self, name: str) -> Any:
        """The collection `name` with the configured HNSW settings if it is new; first, a rebuild that a
        killed run completed but could not rename yet takes its place, and an incomplete one is dropped."""
        spare = self._get(name + REBUILT_SUFFIX)
        if spare is not None:
            if self._get(name) is None and (spare.metadata or {}).get(REBUILT_FLAG):
                spare.modify(name=name)
                log.warning("completed the interrupted HNSW rebuild of %s", name)
            else:
                self._client.delete_collection(name + REBUILT_SUFFIX)
        return self._client.get_or_create_collection(
            name, configuration={"hnsw": {"space": "cosine", **self.hnsw}}, embedding_function=None)

    def _get(self, name: str) -> Any:
        try:
            return self._client.get_collection(name, embedding_function=None)
        except Exception:  # Chroma raises NotFoundError (HTTP: a 404 error) for an unknown name
            return None

    def hnsw_mismatch(self) -> dict[str, dict[str, tuple[Any, Any]]]:
        """Per indexed collection, the HNSW settings it was built with that differ from the configured
        ones: {collection: {setting: (built, configured)}}; empty when all agree."""
        out: dict[str, dict[str, tuple[Any, Any]]] = {}
        for coll in (self._chunks, self._units):
            built = dict((coll.configuration or {}).get("hnsw") or {})
            diff = {k: (built.get(k), v) for k, v in self.hnsw.items() if built.get(k) != v}
            if diff:
                out[coll.name] = diff
        return out

    @_guarded
    def apply_hnsw(self, page: int = 2000) -> list[str]:
        """Bring the indexed collections to the configured HNSW settings; returns what was done.

        Only ef_search differs: changed in place. A graph setting differs: the collection is copied
        (ids, vectors, documents, metadata) into a new one built with the settings, the copy is marked
        complete, the old one is deleted and the copy renamed. A run killed before the mark leaves the
        old collection whole (the partial copy is dropped on the next open); killed after it, the next
        open finishes the rename. Readers of other processes reopen the store to see the new graph.
        """
        done: list[str] = []
        for attr in ("_chunks", "_units"):
            coll = getattr(self, attr)
            diff = (self.hnsw_mismatch()).get(coll.name, {})
            if not diff:
                continue
            if not set(diff) & set(GRAPH_SETTINGS):
                coll.modify(configuration={"hnsw": {k: v for k, (_, v) in diff.items()}})
                done.append(f"{coll.name}: {', '.join(diff)} changed")
                continue
            setattr(self, attr, self._rebuild(coll, page))
            done.append(f"{coll.name}: rebuilt ({', '.join(f'{k} {a}→{b}' for k, (a, b) in diff.items())})")
        for line in done:
            log.warning("HNSW settings applied: %s", line)
        return done

    def _rebuild(self, coll: Any, page: int) -> Any:
        name = coll.name
        spare_name = name + REBUILT_SUFFIX
        if self._get(spare_name) is not None:
            self._client.delete_collection(spare_name)
        spare = self._client.create_collection(
            spare_name, configuration={"hnsw": {"space": "cosine", **self.hnsw}}, embedding_function=None)
        offset = 0
        while True:
            got = coll.get(include=["embeddings", "documents", "metadatas"], limit=page, offset=offset)
            if not got["ids"]:
                break
            spare.add(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                      metadatas=got["metadatas"])
            offset += len(got["ids"])
        if spare.count() != coll.count():
            raise StoreError(f"HNSW rebuild of {name!r} copied {spare.count()} of {coll.count()} records")
        spare.modify(metadata={REBUILT_FLAG: True})
        self._client.delete_collection(name)
        spare.modify(name=name)
        return self._client.get_collection(name, embedding_function=None)

    @classmethod
    def from_settings(cls, settings: Settings) -> ChromaStore:
        return cls(make_chroma_client(settings), settings.collection, hnsw_config(settings),
                   settings.store_version_ttl_s)

    # -- registry ---------------------------------------------------------------

    @_guarded
    def sources(self) -> dict[str, SourceRecord]:
        """Every registered source, keyed by its path."""
        got = self._sources.get(include=["metadatas"])
        out: dict[str, SourceRecord] = {}
        for sid, meta in zip(got["ids"], got["metadatas"] or [], strict=True):
            if sid == VERSION_ID or not meta:
                continue
            out[sid] = SourceRecord(
                path=sid,
                source=str(meta.get("source", "")),
                committed_hash=str(meta.get("committed_hash", "")),
                pending_hash=str(meta.get("pending_hash", "")),
                chunk_count=int(meta.get("chunk_count", 0)),
                stale=bool(meta.get("stale", False)),
                root=str(meta.get("root", "")),
            )
        return out

    @_guarded
    def _put_source_record(self, path: str, source: str, committed_hash: str, chunk_count: int) -> None:
        self._put_source(SourceRecord(path, source, committed_hash, "", chunk_count))

    def _put_source(self, record: SourceRecord, bump: bool = False) -> None:
        """One registry write; with `bump` the version token moves in the same call (one step for readers)."""
        ids: list[str] = [record.path]
        metas: list[dict[str, Any]] = [
            {
                "source": record.source,
                "committed_hash": record.committed_hash,
                "pending_hash": record.pending_hash,
                "chunk_count": record.chunk_count,
                "stale": record.stale,
                "root": record.root,
            }
        ]
        if bump:
            ids.append(VERSION_ID)
            metas.append({"version": _new_version()})
        self._sources.upsert(ids=ids, embeddings=[_PLACEHOLDER_VECTOR] * len(ids), metadatas=metas)  # type: ignore[arg-type]
        if bump:
            self._version_seen = None  # after the write: a search racing it must not keep the old token

    @_guarded
    def begin_source(self, path: str, source: str, new_hash: str) -> None:
        """Mark `path` as being rewritten to `new_hash`; readers keep seeing the committed version (and its root)."""
        old = self.sources().get(path)
        self._put_source(
            SourceRecord(
                path=path,
                source=source,
                committed_hash=old.committed_hash if old else "",
                pending_hash=new_hash,
                chunk_count=old.chunk_count if old else 0,
                stale=old.stale if old else False,
                root=old.root if old else "",
            )
        )

    @_guarded
    def commit_source(self, path: str, source: str, new_hash: str, chunk_count: int, root: str = "") -> None:
        """Make `new_hash` the visible version of `path`, read from the folder `root`: one write, after which other
        versions are stale."""
        self._put_source(SourceRecord(path, source, new_hash, "", chunk_count, stale=True, root=root), bump=True)

    @_guarded
    def set_root(self, path: str, root: str) -> None:
        """Record that the committed version of `path` was (found unchanged and so) read from the folder `root`; readers
        see no change."""
        record = self.sources().get(path)
        if record is not None and record.root != root:
            self._put_source(dataclasses.replace(record, root=root))

    @_guarded
    def drop_stale(self, path: str) -> int:
        """Delete the chunks and units of `path` that are not its committed version; returns the chunks deleted.

        Runs only after a commit, so it never touches what readers see.
        """
        record = self.sources().get(path)
        committed = record.committed_hash if record else ""
        where = {"$and": [{"path": path}, {"doc_hash": {"$ne": committed}}]}
        ids = list(self._chunks.get(where=where, include=[])["ids"])
        self.delete(ids)
        unit_ids = list(self._units.get(where=where, include=[])["ids"])
        self.delete_units(unit_ids)
        if record is not None and record.stale:
            self._put_source(SourceRecord(path, record.source, committed, record.pending_hash, record.chunk_count,
                                          root=record.root))
        return len(ids)

    @_guarded
    def remove_source(self, path: str) -> int:
        """Delete a source and all its chunks; returns how many chunks went.

        The record is first uncommitted (the whole document disappears in one step), then its chunks go;
        a run killed in between leaves an uncommitted record that the next run removes.
        """
        record = self.sources().get(path)
        if record is not None and record.committed_hash:
            self._put_source(SourceRecord(path, record.source, "", "", 0, stale=True), bump=True)
        ids = self.chunk_ids_for(path)
        self.delete(ids)
        self.delete_units(self.unit_ids_for(path))
        self._sources.delete(ids=[path])
        return len(ids)

    @_guarded
    def version(self, max_age_s: float = 0.0) -> str:
        """An opaque token that changes whenever committed content changes.

        Read again at most every `version_ttl_s` (or `max_age_s`, the longer; a search asks for it each
        time); this store's own commits forget the remembered token at once (as does `forget_version`),
        other processes' are seen within the interval.
        """
        seen = self._version_seen
        if seen is not None and time.monotonic() - seen[1] < max(self._version_ttl_s, max_age_s):
            return seen[0]
        if self._http is not None:
            got = self._http.get(self._sources.id, [VERSION_ID], ["metadatas"])
        else:
            got = self._sources.get(ids=[VERSION_ID], include=["metadatas"])
        metas = got.get("metadatas") or []
        version = str(metas[0].get("version", "")) if metas and metas[0] else ""
        self._version_seen = (version, time.monotonic())
        return version

    def forget_version(self) -> None:
        """Read the version token again at the next `version()` (a search met an id its snapshot lacks)."""
        self._version_seen = None

    @_guarded
    def bump_version(self) -> None:
        self._sources.upsert(
            ids=[VERSION_ID], embeddings=[_PLACEHOLDER_VECTOR], metadatas=[{"version": _new_version()}]
        )
        self._version_seen = None

    # -- chunks -----------------------------------------------------------------

    @_guarded
    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], batch: int = 256) -> None:
        for start in range(0, len(chunks), batch):
            part = chunks[start : start + batch]
            self._chunks.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=[list(v) for v in vectors[start : start + batch]],
                documents=[c.text for c in part],
                metadatas=[c.to_metadata() for c in part],
            )

    @_guarded
    def delete(self, ids: Sequence[str], batch: int = 1000) -> None:
        for start in range(0, len(ids), batch):
            self._chunks.delete(ids=list(ids[start : start + batch]))

    @_guarded
    def chunk_ids_for(self, path: str) -> list[str]:
        got = self._chunks.get(where={"path": path}, include=[])
        return list(got["ids"])

    @_guarded
    def chunks_for(self, path: str, doc_hash: str | None = None) -> list[Chunk]:
        """The stored chunks of `path`: every version, or only version `doc_hash`."""
        where: dict[str, Any] = {"path": path}
        if doc_hash is not None:
            where = {"$and": [{"path": path}, {"doc_hash": doc_hash}]}
        got = self._chunks.get(where=where, include=["documents", "metadatas"])
        return [
            Chunk.from_record(cid, doc or "", dict(meta or {}))
            for cid, doc, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True)
        ]

    @_guarded
    def records_for(self, path: str, doc_hash: str) -> list[tuple[Chunk, Any]]:
        """Version `doc_hash` of `path`'s chunks with their vectors (a document moved to another key is copied)."""
        got = self._chunks.get(where={"$and": [{"path": path}, {"doc_hash": doc_hash}]},
                               include=["documents", "metadatas", "embeddings"])
        return [(Chunk.from_record(cid, text, meta), vec) for cid, text, meta, vec in _with_vectors(got)]

    @_guarded
    def origin_for(self, path: str, doc_hash: str) -> str | None:
        """The origin (korpus, uppladdad, annan) version `doc_hash` of `path` was read with; None without chunks."""
        got = self._chunks.get(where={"$and": [{"path": path}, {"doc_hash": doc_hash}]}, limit=1,
                               include=["metadatas"])
        metas = got["metadatas"] or []
        return str((metas[0] or {}).get("origin") or "korpus") if got["ids"] and metas else None

    @_guarded
    def unit_records_for(self, path: str, doc_hash: str) -> list[tuple[str, str, dict[str, Any], Any]]:
        """Version `doc_hash` of `path`'s units as (unit id, embedded text, metadata, vector)."""
        got = self._units.get(where={"$and": [{"path": path}, {"doc_hash": doc_hash}]},
                              include=["documents", "metadatas", "embeddings"])
        return _with_vectors(got)

    @_guarded
    def put_units(self, records: Sequence[tuple[str, str, dict[str, Any], Any]], batch: int = 512) -> None:
        """Store units as (unit id, embedded text, metadata, vector) as they are (copies of stored ones)."""
        for start in range(0, len(records), batch):
            part = records[start : start + batch]
            self._units.upsert(ids=[r[0] for r in part], documents=[r[1] for r in part],
                               metadatas=[r[2] for r in part], embeddings=[list(r[3]) for r in part])

    # -- aliases: a chunk id handed out before its document moved to another key (ingest.migrate) ---------------

    @_guarded
    def write_aliases(self, moved: dict[str, str], batch: int = 1000) -> None:
        """Remember that each old chunk id of `moved` is now the chunk id it maps to."""
        items = sorted(moved.items())
        for start in range(0, len(items), batch):
            part = items[start : start + batch]
            self._aliases.upsert(ids=[old for old, _ in part], embeddings=[_PLACEHOLDER_VECTOR] * len(part),
                                 metadatas=[{"to": new} for _, new in part])

    @_guarded
    def alias(self, chunk_id: str) -> str | None:
        """The chunk id `chunk_id` became when its document moved to another key; None if it never moved."""
        got = self._aliases.get(ids=[chunk_id], include=["metadatas"])
        metas = got["metadatas"] or []
        return str(metas[0].get("to")) if got["ids"] and metas and metas[0] else None

    @_guarded
    def count(self) -> int:
        return int(self._chunks.count())

    @_guarded
    def iter_chunks(self, page: int = 2000) -> Iterator[Chunk]:
        """Every stored chunk (visible or not), paged so memory stays bounded."""
        for chunk, _ in self.iter_records(page):
            yield chunk

    @_guarded
    def iter_records(self, page: int = 2000, vectors: bool = False) -> Iterator[tuple[Chunk, Any]]:
        """Every stored chunk with its vector (or None when `vectors` is false), paged."""
        include = ["documents", "metadatas", "embeddings"] if vectors else ["documents", "metadatas"]
        offset = 0
        while True:
            got = self._chunks.get(include=include, limit=page, offset=offset)
            ids = got["ids"]
            if not ids:
                return
            embeddings = got.get("embeddings") if vectors else None
            if embeddings is None:
                embeddings = [None] * len(ids)
            for cid, doc, meta, vec in zip(
                ids, got["documents"] or [], got["metadatas"] or [], embeddings, strict=True
            ):
                yield Chunk.from_record(cid, doc or "", dict(meta or {})), vec
            offset += len(ids)

    @_guarded
    def query(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine distance, as (chunk, similarity)."""
        # Chroma (1.x) answers with what it has when asked for more than it holds: no count() round trip.
        got = self._chunks.query(
            query_embeddings=[list(vector)],
            n_results=k,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        out: list[tuple[Chunk, float]] = []
        for cid, doc, meta, dist in zip(
            got["ids"][0],
            (got["documents"] or [[]])[0],
            (got["metadatas"] or [[]])[0],
            (got["distances"] or [[]])[0],
            strict=True,
        ):
            out.append((Chunk.from_record(cid, doc or "", dict(meta or {})), 1.0 - float(dist)))
        return out

    # -- hubness ----------------------------------------------------------------

    @_guarded
    def read_hubness(self, key: str) -> dict[str, np.ndarray] | None:
        """The arrays `write_hubness` stored under `key` (a fingerprint of what they were computed from), or None
        when none are, or not all of their records (a write that was killed part way): never part of them."""
        got = self._hubness.get(where={"key": key}, include=["metadatas"])
        parts: dict[str, dict[int, str]] = {}
        wanted: dict[str, int] = {}
        for meta in got["metadatas"] or []:
            if not meta:
                continue
            name = str(meta.get("name", ""))
            try:  # malformed records (not written by `write_hubness`) read as none, never as an error
                parts.setdefault(name, {})[int(meta.get("part", -1))] = str(meta.get("values", ""))
                wanted[name] = int(meta.get("parts", 0))
            except (TypeError, ValueError):
                return None
        if not parts or any(sorted(parts[name]) != list(range(wanted[name])) for name in parts):
            return None
        try:
            return {name: np.frombuffer(b"".join(base64.b64decode(got_parts[i], validate=True)
                                                 for i in range(len(got_parts))), dtype="<f4").copy()
                    for name, got_parts in parts.items()}
        except (binascii.Error, ValueError):
            return None

    @_guarded
    def write_hubness(self, key: str, arrays: dict[str, np.ndarray], version: str = "", latest: bool = True) -> None:
        """Store float32 `arrays` under `key`. With `latest` (the ingest, `store_hubness`) also mark them the latest
        (with `version`, the store version their content was read at: `hubness_version`) and then drop those of
        any other key; without it (a snapshot load storing what it computed) only this key's records are written:
        a worker still loading an older version must neither delete what a newer ingest stored nor mark its own
        older values the latest. Readers ask by key, and a key's values are whole only once all its records are
        written (`read_hubness`), so a write killed at any point leaves these values or none under this key, and
        leaves what another key reads as it was."""
        ids: list[str] = []
        metas: list[dict[str, Any]] = []
        for name, values in arrays.items():
            data = np.ascontiguousarray(values, dtype="<f4")
            count = max(1, -(-len(data) // HUB_PART))
            for part in range(count):
                piece = data[part * HUB_PART: (part + 1) * HUB_PART]
                ids.append(f"{key[:32]}:{name}:{part}")
                metas.append({"key": key, "name": name, "part": part, "parts": count,
                              "values": base64.b64encode(piece.tobytes()).decode("ascii")})
        for start in range(0, len(ids), 4):  # ~1.4 MB a request
            part_ids = ids[start:start + 4]
            self._hubness.upsert(ids=part_ids, embeddings=[_PLACEHOLDER_VECTOR] * len(part_ids),
                                 metadatas=metas[start:start + 4])  # type: ignore[arg-type]
        if not latest:
            return
        self._hubness.upsert(ids=[LATEST_HUB_ID], embeddings=[_PLACEHOLDER_VECTOR],
                             metadatas=[{"latest_key": key, "version": version}])
        old = [i for i in self._hubness.get(where={"key": {"$ne": key}}, include=[])["ids"] if i != LATEST_HUB_ID]
        if old:
            self._hubness.delete(ids=old)

    @_guarded
    def latest_hubness(self) -> tuple[str, str] | None:
        """The key and the store version (at which their content was read) of the hubness values the last ingest
        marked the latest; None when none are marked. The mark alone does not say the values are there (a
        write killed part way, or records deleted since): `read_hubness(key)` does."""
        got = self._hubness.get(ids=[LATEST_HUB_ID], include=["metadatas"])
        metas = got["metadatas"] or []
        if not metas or not metas[0]:
            return None
        return str(metas[0].get("latest_key", "")), str(metas[0].get("version", ""))

    def hubness_version(self) -> str | None:
        """The store version at which the latest stored hubness values' content was read; None when none are."""
        latest = self.latest_hubness()
        return latest[1] if latest else None

    # -- evidence units ---------------------------------------------------------

    @_guarded
    def upsert_units(
        self, records: Sequence[tuple[str, str, Chunk]], vectors: Sequence[Sequence[float]], batch: int = 512
    ) -> None:
        """Store units as (unit id, embedded text, its chunk); visibility follows the chunk's document version."""
        for start in range(0, len(records), batch):
            part = records[start : start + batch]
            self._units.upsert(
                ids=[uid for uid, _, _ in part],
                embeddings=[list(v) for v in vectors[start : start + batch]],
                documents=[text for _, text, _ in part],
                metadatas=[{"chunk_id": c.chunk_id, "path": c.path, "doc_hash": c.doc_hash, "source": c.source,
                            "doc_type": c.doc_type} for _, _, c in part],
            )

    @_guarded
    def unit_ids_for(self, path: str) -> list[str]:
        got = self._units.get(where={"path": path}, include=[])
        return list(got["ids"])

    @_guarded
    def delete_units(self, ids: Sequence[str], batch: int = 1000) -> None:
        for start in range(0, len(ids), batch):
            self._units.delete(ids=list(ids[start : start + batch]))

    @_guarded
    def count_units(self) -> int:
        return int(self._units.count())

    @_guarded
    def iter_unit_vectors(self, page: int = 5000) -> Iterator[tuple[str, dict[str, Any], Any]]:
        """Every stored unit as (id, metadata, vector), paged."""
        offset = 0
        while True:
            got = self._units.get(include=["metadatas", "embeddings"], limit=page, offset=offset)
            ids = got["ids"]
            if not ids:
                return
            vectors = got.get("embeddings")
            if vectors is None:
                vectors = [None] * len(ids)
            yield from zip(ids, [dict(m or {}) for m in got["metadatas"] or []], vectors, strict=True)
            offset += len(ids)

    def query_ids(self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None,
                  units: bool = False) -> list[tuple[str, float]]:
        """Nearest chunk (or unit) ids by cosine distance, as (id, similarity): only ids and distances cross
        the wire, for a caller that holds the chunks already (the search snapshot)."""
        return self.query_ids_start(vector, k, where, units)()

    @_guarded
    def query_ids_start(self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None,
                        units: bool = False) -> Callable[[], list[tuple[str, float]]]:
        """`query_ids` asked now, its answer read by the returned call: against a Chroma server the request is
        sent at once and the caller can work while the server searches (on this thread: no other query of the same
        collection may go to the server before the answer is read; the chunks' and the units' queries use a
        connection each, so one search can have both out at once); an embedded store answers at once."""
        coll = self._units if units else self._chunks
        if self._http is None:
            got = coll.query(query_embeddings=[list(vector)], n_results=k, where=where or None, include=["distances"])
            return lambda: _id_similarities(got)
        finish = self._http.query_start(coll.id, vector, k, where, ["distances"], slot="units" if units else "main")
        return lambda: self._finish_query(finish)

    @_guarded
    def _finish_query(self, finish: Callable[[], dict[str, Any]]) -> list[tuple[str, float]]:
        return _id_similarities(finish())

    @_guarded
    def query_units(
        self, vector: Sequence[float], k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[str, dict[str, Any], float]]:
        """Nearest units by cosine distance, as (unit id, metadata, similarity): the path for large stores."""
        got = self._units.query(query_embeddings=[list(vector)], n_results=k, where=where or None,
                                include=["metadatas", "distances"])
        return [(uid, dict(meta or {}), 1.0 - float(dist)) for uid, meta, dist in zip(
            got["ids"][0], (got["metadatas"] or [[]])[0], (got["distances"] or [[]])[0], strict=True)]

    @_guarded
    def ping(self) -> None:
        """Raise `StoreError` if the store cannot be reached."""
        try:
            self._client.heartbeat()
        except Exception as exc:
            raise StoreError(f"The Chroma store is unreachable: {exc}") from exc
