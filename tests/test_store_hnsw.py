"""HNSW settings on a real (embedded) Chroma: new collections take the configured ones; a store built with other
graph settings is rebuilt by ingest without losing a record; an interrupted rebuild is finished or dropped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import chromadb
import numpy as np

from assistant.index.components import Components
from assistant.index.documents import document_name
from assistant.index.store import REBUILT_FLAG, REBUILT_SUFFIX, ChromaStore
from ingest.pipeline import run
from tests.conftest import make_settings

DOC = """# Läxhjälp

Pojkar i kommunen erbjuds läxhjälp på biblioteket två dagar i veckan.

## Uppföljning

Skolan följer upp närvaron varje termin och redovisar den för nämnden.
"""


def hnsw(m: int, ef_c: int = 50, ef_s: int = 40) -> dict[str, int]:
    return {"max_neighbors": m, "ef_construction": ef_c, "ef_search": ef_s}


def records(client: Any, name: str) -> dict[str, tuple[list[float], str, dict[str, Any]]]:
    got = client.get_collection(name).get(include=["embeddings", "documents", "metadatas"])
    return {i: (np.round(np.asarray(e), 5).tolist(), d, m)
            for i, e, d, m in zip(got["ids"], got["embeddings"], got["documents"], got["metadatas"], strict=True)}


def built(client: Any, name: str) -> dict[str, Any]:
    return dict(client.get_collection(name).configuration["hnsw"])


def test_ingest_rebuilds_a_store_built_with_other_graph_settings_keeping_every_record(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.md").write_text(DOC, encoding="utf-8")
    data = tmp_path / "data"
    first = Components(make_settings(data, corpus_dir=folder, chunk_min_tokens=0, hnsw_max_neighbors=8,
                                     hnsw_ef_construction=50, hnsw_ef_search=40))
    run(first.settings, first.store, first.embeddings)
    client = first.store._client  # noqa: SLF001 - the test reads what Chroma itself holds
    chunks, units = first.store.name, f"{first.store.name}-units"
    before = {n: records(client, n) for n in (chunks, units)}
    assert before[chunks] and before[units]
    assert built(client, chunks)["max_neighbors"] == 8
    hits_before = [h.chunk.chunk_id for h in first.retriever.search("läxhjälp på biblioteket", k=2)]

    # The same data opened with other settings: reported, and ingest (nothing changed on disk) rebuilds.
    second = Components(make_settings(data, corpus_dir=folder, chunk_min_tokens=0, hnsw_max_neighbors=12,
                                      hnsw_ef_construction=60, hnsw_ef_search=40))
    mismatch = second.store.hnsw_mismatch()
    assert mismatch[chunks] == {"max_neighbors": (8, 12), "ef_construction": (50, 60)}
    stats = run(second.settings, second.store, second.embeddings)
    assert stats.chunks_added == 0  # nothing re-embedded or re-chunked: the records were copied
    assert second.store.hnsw_mismatch() == {}
    for name in (chunks, units):
        assert built(client, name)["max_neighbors"] == 12 and built(client, name)["ef_construction"] == 60
        assert records(client, name) == before[name]
        assert client.get_collection(name).metadata.get(REBUILT_FLAG)
    names = {c.name for c in client.list_collections()}
    assert not any(n.endswith(REBUILT_SUFFIX) for n in names)
    assert [h.chunk.chunk_id for h in second.retriever.search("läxhjälp på biblioteket", k=2)] == hits_before

    # Only ef_search differs: changed in place, no copy.
    third = Components(make_settings(data, corpus_dir=folder, chunk_min_tokens=0, hnsw_max_neighbors=12,
                                     hnsw_ef_construction=60, hnsw_ef_search=80))
    assert third.store.apply_hnsw() == [f"{chunks}: ef_search changed", f"{units}: ef_search changed"]
    assert built(client, chunks)["ef_search"] == 80 and records(client, chunks) == before[chunks]


def _filled(client: Any, name: str, n: int = 30) -> np.ndarray:
    vectors = np.random.default_rng(3).normal(size=(n, 8)).astype(np.float32)
    coll = client.create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    coll.add(ids=[f"c{i}" for i in range(n)], embeddings=vectors, documents=[f"text {i}" for i in range(n)],
             metadatas=[{"path": "/p", "n": i} for i in range(n)])
    return vectors


def test_a_rebuild_killed_after_its_copy_is_finished_and_one_killed_during_it_is_dropped(tmp_path: Path) -> None:
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    # Killed after the copy was marked complete and the old collection deleted: the copy takes the name.
    _filled(client, "kbase" + REBUILT_SUFFIX)
    client.get_collection("kbase" + REBUILT_SUFFIX).modify(metadata={REBUILT_FLAG: True})
    copied = records(client, "kbase" + REBUILT_SUFFIX)
    store = ChromaStore(client, "kbase", hnsw(8))
    assert records(client, "kbase") == copied and store.count() == 30
    # Killed during the copy (not marked): the old collection is whole and stays; the partial copy goes.
    client.get_collection("kbase-units").add(ids=["u1", "u2"], embeddings=[[1.0] + [0.0] * 7, [0.0, 1.0] + [0.0] * 6],
                                          documents=["a", "b"], metadatas=[{"n": 1}, {"n": 2}])
    _filled(client, "kbase-units" + REBUILT_SUFFIX, n=5)
    original = records(client, "kbase-units")
    assert len(original) == 2
    ChromaStore(client, "kbase", hnsw(8))
    assert records(client, "kbase-units") == original
    assert "kbase-units" + REBUILT_SUFFIX not in {c.name for c in client.list_collections()}


OTHER = """# Simskola

Alla elever i årskurs fyra erbjuds simskola i kommunens badhus under vårterminen.
"""


def _writer_and_readers(tmp_path: Path) -> tuple[Path, Any, Components, Components, Components]:
    """One store on disk, ingested by `writer`; `reader` and `strict` stand for other processes searching it with
    the HNSW path (exact_search_max_chunks 0), trusting the version token for an hour and not at all."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.md").write_text(DOC, encoding="utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=folder, chunk_min_tokens=0, exact_search_max_chunks=0,
                             hnsw_version_ttl_s=3600)
    writer = Components(settings)
    run(settings, writer.store, writer.embeddings, [folder])
    reader = Components(settings)
    strict = Components(settings.model_copy(update={"hnsw_version_ttl_s": 0}))
    reader._embeddings = strict._embeddings = writer.embeddings
    return folder, settings, writer, reader, strict


def _names(components: Components, query: str) -> set[str]:
    return {document_name(h.chunk.path) for h in components.retriever.search(query)}


def test_an_hnsw_search_trusts_the_version_token_for_its_interval_and_sees_its_own_commits_at_once(
        tmp_path: Path) -> None:
    _, _, writer, reader, strict = _writer_and_readers(tmp_path)
    query = "läxhjälp på biblioteket"
    assert "plan.md" in _names(reader, query) and "plan.md" in _names(strict, query)
    assert reader.retriever.current().approximate
    (path,) = writer.store.sources()
    writer.store.remove_source(path)  # another process removes the document
    assert "plan.md" not in _names(strict, query)  # checks the token on every search
    assert "plan.md" in _names(reader, query)  # within its interval: the snapshot it holds
    assert "plan.md" not in _names(writer, query)  # its own commit: at once


def test_an_hnsw_search_rechecks_at_once_when_chroma_returns_a_chunk_its_snapshot_lacks(tmp_path: Path) -> None:
    folder, settings, writer, reader, _ = _writer_and_readers(tmp_path)
    assert "plan.md" in _names(reader, "läxhjälp på biblioteket")
    (folder / "simskola.md").write_text(OTHER, encoding="utf-8")
    run(settings, writer.store, writer.embeddings, [folder])  # another process adds a document
    query = "simskola i badhuset för årskurs fyra"
    reader.retriever.search(query)  # Chroma's HNSW index already holds the new chunk; this snapshot does not
    assert "simskola.md" in _names(reader, query)


def test_a_loaded_search_snapshot_is_frozen_out_of_the_collectors_walks(tmp_path: Path) -> None:
    """After a snapshot load its objects are in the collector's permanent generation: a full collection (0.78 s
    with a 100k-chunk snapshot) no longer walks them in the middle of a search; the search still answers."""
    import gc

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.md").write_text(DOC, encoding="utf-8")
    comp = Components(make_settings(tmp_path / "data", corpus_dir=folder, chunk_min_tokens=0))
    run(comp.settings, comp.store, comp.embeddings)
    gc.unfreeze()
    try:
        hits = comp.retriever.search("läxhjälp på biblioteket", k=1)
        snap = comp.retriever.current()
        assert gc.get_freeze_count() > 0
        walked = [o for generation in (0, 1, 2) for o in gc.get_objects(generation)]
        assert not any(o is snap.order or o is snap.chunks for o in walked)
        assert "läxhjälp" in hits[0].chunk.text
    finally:
        gc.unfreeze()
