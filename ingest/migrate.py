"""Moving a document stored under its absolute path (stores built before `assistant.index.documents`' keys) to its
key, by copying its records: nothing is parsed or embedded again, and its old chunk ids stay aliases of the new ones.

The move is triggered by the absolute paths themselves, not by a PIPELINE_VERSION bump: a bump changes every
document's hash and so has every document parsed again (what the last bumps did), where a copy reads nothing; a
store whose pipeline version is also behind is moved first and then read again as any bump has it read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.index.documents import CORPUS, FILE, PROJECT, UPLOAD, is_legacy, key_parts, key_root
from assistant.index.store import ChromaStore, SourceRecord
from assistant.schema import Chunk
from ingest.chunk import VERSION_MARK, chunk_base_id, logical_id

log = logging.getLogger(__name__)


# The kinds of key a legacy document of each origin may have become: an upload only an upload, a corpus document
# only a corpus document, a document of another folder one of the checkout or (by its exact path) of its own folder.
KINDS_OF_ORIGIN = {"uppladdad": (UPLOAD,), "korpus": (CORPUS,), "annan": (PROJECT, FILE)}


def legacy_target(legacy: str, keys: Iterable[str], origin: str) -> str | None:
    """The key among `keys` (the documents an ingest reads) that the absolute path `legacy`, stored with `origin`
    (its chunks' origin: korpus, uppladdad or annan), was stored for: one of a kind that origin may have become
    (`KINDS_OF_ORIGIN`) whose parts below its root are the longest tail of the path, a `file:` key only by the very
    path; None where there is none or two fit equally ('/old/checkout/corpus/a.md' is 'corpus:a.md' when this run
    reads it; a store built in another checkout or data folder holds such paths). An upload that was a copy of a
    corpus document ('/old/data/uploads/plan.md') is never the corpus's 'corpus:plan.md' (review38).

    >>> legacy_target("/old/co/corpus/sub/a.md", ["corpus:a.md", "corpus:sub/a.md", "upload:b.pdf"], "korpus")
    'corpus:sub/a.md'
    >>> legacy_target("/old/co/corpus/a.md", ["corpus:b.md"], "korpus") is None
    True
    >>> legacy_target("/old/data/uploads/plan.md", ["corpus:plan.md", "upload:plan.md"], "uppladdad")
    'upload:plan.md'
    >>> legacy_target("/srv/other/lika.md", ["corpus:lika.md", "file:/srv/else/lika.md"], "annan") is None
    True
    >>> legacy_target("/srv/other/lika.md", ["file:/srv/other/lika.md"], "annan")
    'file:/srv/other/lika.md'
    """
    kinds = KINDS_OF_ORIGIN.get(origin, ())
    parts = key_parts(legacy)
    fits: dict[int, list[str]] = {}
    for key in keys:
        kind = key.partition(":")[0]
        if kind not in kinds:
            continue
        if kind == FILE:
            if Path(key.partition(":")[2]) == Path(legacy):
                return key
            continue
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


@dataclass
class Migration:
    """What `migrate` did: the moves (old path -> key), and the legacy copies it removed instead of moving them."""

    moves: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    chunks_deleted: int = 0


def migrate(store: ChromaStore, registry: dict[str, SourceRecord], keys: Iterable[str],
            settings: Settings) -> Migration:
    """Move every legacy document of `registry` that this run reads (its key among `keys`, of a kind its origin fits:
    `legacy_target`) to its key. Its committed version's chunks and units are copied with their vectors under new
    ids, the key is committed (with the folder it is read from), the old ids are written as aliases
    (`ChromaStore.alias`) and then the old path is removed. Where the key is stored already (a document stored
    under two checkouts' paths, trial 34; a run killed after its commit) the old path is removed, its ids written as
    aliases of the key's, only if it holds the very same version; another version is left as it is. A legacy path
    no document of this run fits is left as it is too (its folder may only be missing this run) and read again
    later."""
    keys = [k for k in keys if not is_legacy(k)]
    done = Migration()
    for legacy, record in sorted(registry.items()):
        if not is_legacy(legacy) or not record.committed_hash:
            continue
        origin = "uppladdad" if record.source.startswith("uppladdad/") else store.origin_for(legacy,
                                                                                           record.committed_hash)
        key = legacy_target(legacy, keys, origin) if origin else None
        if key is None:
            continue
        records = store.records_for(legacy, record.committed_hash)
        ids = {c.chunk_id: moved_id(c, key) for c, _ in records}
        there = store.sources().get(key)
        if there is not None and there.committed_hash:  # (a pending record only: a run killed while moving it)
            if there.committed_hash != record.committed_hash:
                log.warning("%s not moved to %s: another version is stored there; it is kept", legacy, key)
                continue
            store.write_aliases({old: new for old, new in ids.items() if old != new})
            done.chunks_deleted += store.remove_source(legacy)
            done.removed.append(legacy)
            log.info("removed %s: the same version is stored as %s (its ids are aliases of that one's)", legacy, key)
            continue
        if len(set(ids.values())) != len(ids) or any(v is None for _, v in records):
            log.warning("%s not moved to %s (its records cannot be copied); it is read in again", legacy, key)
            done.chunks_deleted += store.remove_source(legacy)
            done.removed.append(legacy)
            continue
        done.moves[legacy] = key
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
        store.commit_source(key, record.source, record.committed_hash, len(records), key_root(key, settings))
        log.info("moved %s to %s (%d chunks, %d units)", legacy, key, len(records), len(units))
    return done
