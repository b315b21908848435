"""The ingest run: load -> clean -> chunk -> embed -> store, idempotent and incremental."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import StoreError
from assistant.index.documents import FILE, document_key, document_path, is_legacy, key_root, stored_path
from assistant.index.embedding import embed_in_batches
from assistant.index.retrieval import store_hubness
from assistant.index.store import ChromaStore, SourceRecord
from assistant.index.units import units_of
from assistant.schema import Chunk, SourceDoc
from ingest.chunk import chunk_document, logical_id
from ingest.instructions import flag_instructions
from ingest.isolate import load_isolated
from ingest.load import LoadError, ReadLimits, content_hash, discover, load_document, read_manifest
from ingest.migrate import migrate
from ingest.rejects import reject
from ingest.staging import live_path, promote, waiting

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]
"""Called with ("total", n) once a document's chunks are known and ("advance", n) as they are embedded."""


@dataclass
class IngestStats:
    """What an ingest run did."""

    documents: int = 0
    documents_changed: int = 0
    chunks_added: int = 0
    chunks_updated: int = 0
    chunks_deleted: int = 0
    chunks_unchanged: int = 0
    embedded: int = 0
    units: int = 0
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    removed_documents: list[str] = field(default_factory=list)
    flagged: list[tuple[str, str]] = field(default_factory=list)  # (file, sentence addressed to the assistant)
    parsed: int = 0  # files read by a parser (new or changed); unchanged ones are recognised by their hash
    hubness: str = ""  # what became of the stored hubness values (assistant.index.retrieval.store_hubness)
    migrated: int = 0  # documents stored under an absolute path moved to their key (ingest.migrate), not re-read
    # Documents not deleted although their key names a file this run's folders lack, because they were read from
    # another folder than the one the key names now (the corpus folder was changed): (key, folder they were read from).
    kept_elsewhere: list[tuple[str, str]] = field(default_factory=list)


def _token_counter(embeddings: Embeddings) -> Callable[[str], int]:
    counter = getattr(embeddings, "count_tokens", None)
    if counter is None:
        return lambda text: len(text.split()) * 4 // 3 + 2
    return counter  # type: ignore[no-any-return]


def run(
    settings: Settings,
    store: ChromaStore,
    embeddings: Embeddings,
    paths: list[Path] | None = None,
    progress: Progress | None = None,
) -> IngestStats:
    """Bring the store in line with the files under `paths` (default: the corpus folder).

    Unchanged documents (same bytes as the committed version) are skipped without parsing; changed ones have
    their chunks replaced; documents that vanished from an ingested folder are deleted: a document whose file is
    gone from the folder it was read from (`SourceRecord.root`), where this run reads that folder (or a copy of it,
    `_moved_roots`). One read from another folder than its key names now (a corpus folder configured elsewhere, such
    as a server's empty one) is kept until a run reads its own folder, and listed in `kept_elsewhere`. A file that
    fails to load is reported and its stored chunks are kept. With the uploads folder among `paths`, uploads waiting
    in `.incoming/` are ingested first (`ingest.staging`).
    """
    started = time.perf_counter()
    stats = IngestStats()
    roots = [p.resolve() for p in (paths or [settings.corpus_dir])]
    files = list(discover(roots))  # raises InputError for a missing path, before anything changes
    uploads = settings.uploads_dir.resolve()
    store.apply_hnsw()  # collections built with other HNSW settings than configured are rebuilt, records kept
    staged_uploads = waiting(uploads) if uploads in roots else []
    # Documents are stored under their path relative to the folder they come from (assistant.index.documents); a
    # store built with absolute paths has its documents moved to their keys first, records copied, nothing re-read.
    keys = {document_key(live_path(s, uploads), settings) for s in staged_uploads}
    keys.update(document_key(file, settings) for file, _ in files)
    moved = migrate(store, store.sources(), keys, settings)
    stats.migrated = len(moved.moves)
    stats.chunks_deleted += moved.chunks_deleted
    stats.removed_documents.extend(moved.removed)
    step = _Step(settings, store, embeddings, progress, stats, store.sources(), _token_counter(embeddings),
                 read_limits(settings))
    manifests: dict[Path, dict[str, dict[str, object]]] = {}
    seen: set[str] = set()

    def entry_for(folder: Path, name: str) -> dict[str, object] | None:
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        return manifests[folder].get(name)

    for staged in staged_uploads:
        live = live_path(staged, uploads)
        seen.add(document_key(live, settings))
        failed = step.ingest(staged, document_key(live, settings), "uppladdad", entry_for(uploads, staged.name))
        if failed is None:
            promote(staged, uploads)  # after the commit; a run killed before this promotes it next time
        elif not failed.retry:
            kept = live.is_file()
            reason = failed.reason + (" (den tidigare versionen används fortfarande)" if kept else "")
            skip(stats, staged, reason)
            reject(staged, reason, settings.uploads_dir, previous_kept=kept)
        else:
            skip(stats, staged, failed.reason)  # left waiting for the next run

    for file, folder in files:
        key = document_key(file, settings)
        if key in seen:
            continue  # superseded by its waiting replacement above, whatever became of that
        seen.add(key)
        origin = origin_of(file, settings)
        failed = step.ingest(file, key, origin, entry_for(folder, file.name))
        if failed is not None:
            skip(stats, file, failed.reason)
            if origin == "uppladdad" and not failed.retry:
                reject(file, failed.reason, settings.uploads_dir)  # reported once, never parsed again later

    read = [root for root in roots if root.is_dir()]
    moved_roots = _moved_roots(step.registry, seen, settings)
    stored = {key: _stored_file(key, record, moved_roots, settings) for key, record in step.registry.items()}
    for key in step.registry:
        if key in seen:
            continue
        file = stored[key]
        if file is not None and any(file.is_relative_to(root) for root in read):
            # (there and not read under this key: a hidden file this run skipped, or a legacy path read under its key)
            if _gone(file) or document_key(file, settings) == key or is_legacy(key):
                stats.chunks_deleted += store.remove_source(key)
                stats.removed_documents.append(key)
        elif any(document_path(key, settings).is_relative_to(root) for root in read):
            stats.kept_elsewhere.append((key, step.registry[key].root or "?"))
    if stats.kept_elsewhere:
        log.warning("%d documents kept that this run's folders lack: they were read from another folder than their "
                    "key names now (%s); an ingest of that folder updates them", len(stats.kept_elsewhere),
                    ", ".join(sorted({root for _, root in stats.kept_elsewhere})))
    for key in _moved_away(store, step.registry, seen, (settings.corpus_dir.resolve(), uploads), stored, settings):
        stats.chunks_deleted += store.remove_source(key)
        stats.removed_documents.append(key)
    # Every row's hubness follows from the whole store's content (its neighbours, the reference rows), so it is
    # computed once here, over what the run left visible, and stored with it: search snapshots read it instead of
    # computing it at each load. A run killed before this leaves no values for the new content (the first load
    # computes them, as before, and stores them); values are only ever found for the content they were computed on.
    try:
        stats.hubness = store_hubness(store, settings)
    except StoreError as exc:
        log.warning("hubness values not stored (search snapshots compute them): %s", exc)
        stats.hubness = "failed"
    stats.seconds = time.perf_counter() - started
    return stats


def _moved_roots(registry: dict[str, SourceRecord], seen: set[str], settings: Settings) -> set[tuple[str, str]]:
    """The (kind, folder) pairs whose documents this run read from the folder their kind names now, more than half of
    them under their own keys: that folder is a copy of the one they were read from (a corpus in another checkout,
    trial 35; a data folder moved), so the documents it lacks are gone. A folder with none or few of them (a server's
    own empty corpus folder, review38) is not. Records written before roots were recorded have the folder ''."""
    counts: dict[tuple[str, str], list[int]] = {}
    for key, record in registry.items():
        kind = key.partition(":")[0]
        if is_legacy(key) or kind == FILE or record.root == key_root(key, settings):
            continue
        count = counts.setdefault((kind, record.root), [0, 0])
        count[0] += 1
        count[1] += key in seen
    moved = {group for group, (total, read) in counts.items() if 2 * read > total}
    for kind, root in sorted(moved):
        log.info("the %s documents read from %s are read from %s now", kind, root or "(unrecorded folder)",
                 key_root(f"{kind}:", settings))
    return moved


def _stored_file(key: str, record: SourceRecord, moved_roots: set[tuple[str, str]],
                 settings: Settings) -> Path | None:
    """The file a stored document was read from (`stored_path` under its recorded root; its path under the folder its
    kind names now where its folder's documents were read from there: `_moved_roots`); None for a key-relative record
    written before roots were recorded whose documents were not."""
    kind = key.partition(":")[0]
    if (kind, record.root) in moved_roots:
        return document_path(key, settings)
    if record.root or is_legacy(key) or kind == FILE:
        return stored_path(key, record.root, settings)
    return None


def _moved_away(store: ChromaStore, registry: dict[str, SourceRecord], seen: set[str],
                homes: tuple[Path, ...], stored: dict[str, Path | None], settings: Settings) -> list[str]:
    """Documents stored under a path this run did not read whose very content is stored under a path this run read
    (committed now or before): the corpus or data folder moved (a new checkout, a volume mounted elsewhere). Sources are
    keyed by path, so without this the moved folder's documents stand in the store twice and every answer can cite
    both copies (trial 34: a store built in one checkout, served from another, held the four corpus files twice after
    the first upload). The old path must be gone, or end in the same folder and file name as the new one ('corpus/a.md'
    in another checkout: trial 35, the other checkout still existed and the first upload doubled the corpus again),
    where the new path is in the configured corpus or uploads folder (`homes`): any other folder given to ingest keeps
    its own copy of a file, whatever the folder is called (issue 16; review35: 'forskola/bilagor/policy.md' and
    'grundskola/bilagor/policy.md' removed each other). A vanished path whose content was not seen again is kept, as
    before: its folder may only be missing this run. Since keys are relative to the corpus and uploads folders
    (assistant.index.documents), moving those no longer changes a key; this still serves a folder outside them
    ('file:' keys) and a legacy absolute path `ingest.migrate` could not place."""
    current = store.sources()
    moved_to: dict[str, set[str]] = {}
    for key in seen:
        if key in current and current[key].committed_hash:
            tails = moved_to.setdefault(current[key].committed_hash, set())
            # (the path the key names here, not looked for elsewhere as `document_file` does to read it)
            if any(document_path(key, settings).is_relative_to(home) for home in homes):
                tails.add(_tail(key, settings))
    return [key for key, record in registry.items()
            if key not in seen and key in current and record.committed_hash in moved_to
            and (file := stored[key]) is not None
            and (file.parts[-2:] in moved_to[record.committed_hash] or _gone(file))]


def _tail(key: str, settings: Settings) -> tuple[str, ...]:
    """A document's folder and file name: what stays the same when the folder above them moves."""
    return document_path(key, settings).parts[-2:]


def _gone(file: Path) -> bool:
    """Whether nothing is at `file` any more; a path that cannot be checked (no permission) counts as still there."""
    try:
        return not file.exists()
    except OSError:
        return False


class Failed(NamedTuple):
    """Why a file was not ingested; `retry` when it could not even be read (tried again next run, not rejected)."""

    reason: str
    retry: bool = False


def skip(stats: IngestStats, file: Path, reason: str) -> None:
    log.warning("skipped %s: %s", file, reason)
    stats.skipped.append((str(file), reason))


@dataclass
class _Step:
    """One file's way into the store, with what every file of a run shares."""

    settings: Settings
    store: ChromaStore
    embeddings: Embeddings
    progress: Progress | None
    stats: IngestStats
    registry: dict[str, SourceRecord]
    count_tokens: Callable[[str], int]
    limits: ReadLimits

    def ingest(self, file: Path, key: str, origin: str, entry: dict[str, object] | None) -> Failed | None:
        """Store `file` as the document `key` unless that version is already committed; why not when it fails."""
        stats, settings = self.stats, self.settings
        record = self.registry.get(key)
        try:
            unchanged = bool(record and not record.pending_hash and record.committed_hash == content_hash(file, entry))
            if not unchanged:
                stats.parsed += 1
                if origin == "uppladdad" and settings.parse_memory_bytes:
                    # Untrusted: parsed in a child process with its own memory and CPU limits (ingest.isolate).
                    doc, notes = load_isolated(file, entry, origin, self.limits,
                                               settings.parse_memory_bytes, settings.parse_cpu_seconds)
                else:
                    doc, notes = load_document(file, entry, origin, self.limits)
        except LoadError as exc:
            return Failed(str(exc))
        except OSError as exc:
            return Failed(f"filen kunde inte läsas: {exc}", retry=True)
        if unchanged:
            assert record is not None
            stats.documents += 1
            stats.chunks_unchanged += record.chunk_count
            if record.stale:  # a run killed after its commit left the old version behind (invisible)
                stats.chunks_deleted += self.store.drop_stale(key)
            root = key_root(key, settings)
            if record.root != root:
                self.store.set_root(key, root)  # a moved store's documents are read from their new folder now
            return None
        doc = doc.model_copy(update={"path": key})  # a waiting upload is stored under the name it will have
        # (named as citations and /v1/admin/flagged name the document: an upload by 'uppladdad/…', not by the path
        # it waited under)
        stats.notes.extend((doc.source, n) for n in notes)
        # An upload's own headings each start a chunk (no small section is merged into the sibling before it): a
        # user's short report is asked about section by section, and its 'Beslut och åtgärder' merged under
        # 'Iakttagelser' was never retrieved for a question on its decisions (trial 36 N4). A heading's first
        # subsection still joins it, and curated documents keep the merging.
        chunks = chunk_document(doc, self.count_tokens, settings.chunk_max_tokens, settings.chunk_min_tokens,
                                merge_siblings=origin != "uppladdad")
        if not chunks:
            return Failed("inga textavsnitt att indexera (bara rubriker eller för lite text)")
        chunks = flag_instructions(chunks, self.embeddings, settings.instruction_margin)
        stats.flagged.extend((doc.source, s) for c in chunks for s in c.flagged)
        stats.documents += 1
        stats.documents_changed += 1
        _replace_document(doc, chunks, self.store, self.embeddings, stats, settings, self.progress)
        return None


def _replace_document(
    doc: SourceDoc,
    chunks: list[Chunk],
    store: ChromaStore,
    embeddings: Embeddings,
    stats: IngestStats,
    settings: Settings,
    progress: Progress | None,
) -> None:
    record = store.sources().get(doc.path)
    old = {logical_id(c.chunk_id): c for c in store.chunks_for(doc.path, record.committed_hash)} if record else {}
    if progress:
        progress("total", len(chunks))
    # Every write below lands beside the committed version; readers switch at commit_source, in one write.
    store.begin_source(doc.path, doc.source, doc.content_hash)
    misses_before = getattr(embeddings, "misses", 0)
    vectors = embed_in_batches(
        embeddings,
        [c.embedding_text() for c in chunks],
        settings.embed_batch_size,
        on_batch=(lambda n: progress("advance", n)) if progress else None,
    )
    stats.embedded += getattr(embeddings, "misses", 0) - misses_before
    store.upsert(chunks, vectors)
    _write_units(chunks, store, embeddings, settings, stats)
    store.commit_source(doc.path, doc.source, doc.content_hash, len(chunks), key_root(doc.path, settings))
    store.drop_stale(doc.path)
    new_ids = {logical_id(c.chunk_id) for c in chunks}
    for chunk in chunks:
        previous = old.get(logical_id(chunk.chunk_id))
        if previous is None:
            stats.chunks_added += 1
        elif _same(previous, chunk):
            stats.chunks_unchanged += 1
        else:
            stats.chunks_updated += 1
    stats.chunks_deleted += sum(1 for cid in old if cid not in new_ids)


def _same(a: Chunk, b: Chunk) -> bool:
    """Equal but for the document version."""
    skip = {"doc_hash"}
    return {k: v for k, v in a.to_metadata().items() if k not in skip} == {
        k: v for k, v in b.to_metadata().items() if k not in skip}


def _write_units(
    chunks: list[Chunk],
    store: ChromaStore,
    embeddings: Embeddings,
    settings: Settings,
    stats: IngestStats,
) -> None:
    """Embed and store the new version's evidence units beside the old version's.

    Runs before the document is committed, so readers never see units without their chunks; the old
    version's units go with its chunks in `ChromaStore.drop_stale`, after the commit.
    """
    units = [u for c in chunks for u in units_of(c) if u.embeddable]
    misses_before = getattr(embeddings, "misses", 0)
    vectors = embed_in_batches(embeddings, [u.embedding_text() for u in units], settings.embed_batch_size)
    stats.embedded += getattr(embeddings, "misses", 0) - misses_before
    store.upsert_units([(u.unit_id, u.embedding_text(), u.chunk) for u in units], vectors)
    stats.units += len(units)


def read_limits(settings: Settings) -> ReadLimits:
    """The configured limits on what one file may unpack to."""
    return ReadLimits(
        unpacked_bytes=settings.max_unpacked_bytes, xml_bytes=settings.max_unpacked_xml_bytes,
        zip_parts=settings.max_zip_parts, pdf_pages=settings.max_pdf_pages, pdf_objects=settings.max_pdf_objects,
        chars=settings.max_document_chars,
    )


def origin_of(file: Path, settings: Settings) -> str:
    """Where a file comes from: the bundled corpus, the uploads folder, or another folder given to ingest."""
    resolved = file.resolve()
    if resolved.is_relative_to(settings.uploads_dir.resolve()):
        return "uppladdad"
    if resolved.is_relative_to(settings.corpus_dir.resolve()):
        return "korpus"
    return "annan"
