"""The ingest run: load -> clean -> chunk -> embed -> store, idempotent and incremental."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.index.embedding import embed_in_batches
from assistant.index.store import ChromaStore
from assistant.index.units import units_of
from assistant.schema import Chunk, SourceDoc
from ingest.chunk import chunk_document, logical_id
from ingest.instructions import flag_instructions
from ingest.isolate import load_isolated
from ingest.load import LoadError, ReadLimits, discover, load_document, read_manifest
from ingest.rejects import reject

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

    Unchanged documents are skipped without embedding; changed ones have their
    chunks replaced; documents that vanished from an ingested folder are deleted.
    A file that fails to load is reported and its stored chunks are kept.
    """
    started = time.perf_counter()
    stats = IngestStats()
    roots = [p.resolve() for p in (paths or [settings.corpus_dir])]
    files = list(discover(roots))  # raises InputError for a missing path, before anything changes
    store.apply_hnsw()  # collections built with other HNSW settings than configured are rebuilt, records kept
    registry = store.sources()
    manifests: dict[Path, dict[str, dict[str, object]]] = {}
    seen: set[str] = set()
    count_tokens = _token_counter(embeddings)

    limits = read_limits(settings)
    uploads = settings.uploads_dir.resolve()

    def skip(file: Path, reason: str) -> None:
        log.warning("skipped %s: %s", file, reason)
        stats.skipped.append((str(file), reason))
        if file.resolve().is_relative_to(uploads):
            reject(file, reason, settings.uploads_dir)  # reported once, never parsed again on later runs

    for file, folder in files:
        key = str(file.resolve())
        seen.add(key)
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        origin = origin_of(file, settings)
        try:
            if origin == "uppladdad" and settings.parse_memory_bytes:
                # Untrusted: parsed in a child process with its own memory and CPU limits (ingest.isolate).
                doc, notes = load_isolated(file, manifests[folder].get(file.name), origin, limits,
                                           settings.parse_memory_bytes, settings.parse_cpu_seconds)
            else:
                doc, notes = load_document(file, manifests[folder].get(file.name), origin, limits)
        except LoadError as exc:
            skip(file, str(exc))
            continue
        except OSError as exc:
            stats.skipped.append((str(file), f"could not be read: {exc}"))
            continue
        stats.notes.extend((str(file), n) for n in notes)
        record = registry.get(key)
        if record and record.committed_hash == doc.content_hash and not record.pending_hash:
            stats.documents += 1
            stats.chunks_unchanged += record.chunk_count
            if record.stale:  # a run killed after its commit left the old version behind (invisible)
                stats.chunks_deleted += store.drop_stale(key)
            continue
        chunks = chunk_document(doc, count_tokens, settings.chunk_max_tokens, settings.chunk_min_tokens)
        if not chunks:
            skip(file, "no passages to index (only headings or too little text)")
            continue
        chunks = flag_instructions(chunks, embeddings, settings.instruction_margin)
        stats.flagged.extend((str(file), s) for c in chunks for s in c.flagged)
        stats.documents += 1
        stats.documents_changed += 1
        _replace_document(doc, chunks, store, embeddings, stats, settings, progress)

    for root in roots:
        if not root.is_dir():
            continue
        for key in list(registry):
            if key not in seen and Path(key).is_relative_to(root):
                stats.chunks_deleted += store.remove_source(key)
                stats.removed_documents.append(key)
    stats.seconds = time.perf_counter() - started
    return stats


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
    store.commit_source(doc.path, doc.source, doc.content_hash, len(chunks))
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
