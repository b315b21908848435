"""Moving a document stored under its absolute path (stores built before `assistant.index.documents`' keys) to its
key, by copying its records: nothing is parsed or embedded again, and its old chunk ids stay aliases of the new ones.

The move is triggered by the absolute paths themselves, not by a PIPELINE_VERSION bump: a bump changes every
document's hash and so has every document parsed again (what the last bumps did), where a copy reads nothing; a
store whose pipeline version is also behind is moved first and then read again as any bump has it read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from assistant.index.documents import is_legacy, key_parts
from assistant.index.store import ChromaStore, SourceRecord
from assistant.schema import Chunk
from ingest.chunk import VERSION_MARK, chunk_base_id, logical_id

log = logging.getLogger(__name__)


def legacy_target(legacy: str, keys: Iterable[str]) -> str | None:
    """The key among `keys` (the documents an ingest reads) that the absolute path `legacy` was stored for: the one
    whose parts below its root are the longest tail of the path; None where there is none or two fit equally
    ('/old/checkout/corpus/a.md' is 'corpus:a.md' when this run reads it; a store built in another checkout or data
    folder holds such paths).

    >>> legacy_target("/old/co/corpus/sub/a.md", ["corpus:a.md", "corpus:sub/a.md", "upload:b.pdf"])
    'corpus:sub/a.md'
    >>> legacy_target("/old/co/corpus/a.md", ["corpus:b.md"]) is None
    True
    """
    parts = key_parts(legacy)
    fits: dict[int, list[str]] = {}
    for key in keys:
        tail = key_parts(key)
        if tail and len(tail) <= len(parts) and parts[len(parts) - len(tail):] == tail:
            fits.setdefault(len(tail), []).append(key)
    if not fits:
        return None
    best = fits[max(fits)]
    return best[0] if len(best) == 1 else None


def moved_id(chunk: Chunk, key: str) -> str:
    """The id `chunk` has under `key`: its passage's id under the new key, its occurrence number ('-2' for the second
    equal passage of a document) and version kept — what chunking the same file under `key` gives
    (`ingest.chunk._to_chunks`)."""
    logical = logical_id(chunk.chunk_id)
    version = chunk.chunk_id[len(logical) + len(VERSION_MARK):]
    occurrence = logical[16:]  # '' or '-<n>' after the 16 hex digits
    return f"{chunk_base_id(key, chunk.source, chunk.heading_path_text, chunk.text)}{occurrence}{VERSION_MARK}{version}"


def migrate(store: ChromaStore, registry: dict[str, SourceRecord], keys: Iterable[str]) -> dict[str, str]:
    """Move every legacy document of `registry` that this run reads (its key among `keys`) to its key; returns the
    moves (old path -> key). Its committed version's chunks and units are copied with their vectors under new ids,
    the key is committed, the old ids are written as aliases (`ChromaStore.alias`) and then the old path is removed.
    A document already stored under its key (a run killed after its commit) only loses the old path. A legacy path
    no document of this run fits is left as it is (its folder may only be missing this run) and read again later."""
    keys = [k for k in keys if not is_legacy(k)]
    moves: dict[str, str] = {}
    for legacy, record in sorted(registry.items()):
        if not is_legacy(legacy) or not record.committed_hash:
            continue
        key = legacy_target(legacy, keys)
        if key is None:
            continue
        taken = key in moves.values()  # the store held the document under two checkouts' paths (trial 34)
        moves[legacy] = key
        if taken or key in store.sources():
            store.remove_source(legacy)
            continue
        records = store.records_for(legacy, record.committed_hash)
        ids = {c.chunk_id: moved_id(c, key) for c, _ in records}
        if len(set(ids.values())) != len(ids) or any(v is None for _, v in records):
            log.warning("%s not moved to %s (its records cannot be copied); it is read in again", legacy, key)
            store.remove_source(legacy)
            continue
        store.begin_source(key, record.source, record.committed_hash)
        store.upsert([c.model_copy(update={"chunk_id": ids[c.chunk_id], "path": key}) for c, _ in records],
                     [v for _, v in records])
        units = []
        for uid, text, meta, vector in store.unit_records_for(legacy, record.committed_hash):
            chunk_id, _, seq = uid.rpartition(":")
            if chunk_id in ids:
                units.append((f"{ids[chunk_id]}:{seq}", text, {**meta, "chunk_id": ids[chunk_id], "path": key}, vector))
        store.put_units(units)
        store.write_aliases(ids)
        # Removed before the key is committed: a reader never sees the document twice (a run killed in between
        # reads the file in again under its key).
        store.remove_source(legacy)
        store.commit_source(key, record.source, record.committed_hash, len(records))
        log.info("moved %s to %s (%d chunks, %d units)", legacy, key, len(records), len(units))
    return moves
