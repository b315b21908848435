"""Hubness values computed once, where the vectors are written (the end of an ingest), stored in the Chroma store
and read by every search snapshot of the same content: equal to computing them, recomputed when the content
changes, never read for other content (assistant.index.retrieval.store_hubness, hub_key; ChromaStore.*_hubness)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.components import Components
from assistant.index.retrieval import _SearchSnapshot, hub_key, snapshot_hubness, store_hubness
from assistant.index.store import HUB_PART, LATEST_HUB_ID, ChromaStore
from ingest.pipeline import run
from tests.conftest import make_settings

DOCS = {
    "lax.md": "# Läxhjälp\n\nPojkar i kommunen erbjuds läxhjälp på biblioteket två dagar i veckan. "
              "Skolan följer upp närvaron varje termin.\n\n## Uppföljning\n\nNämnden får en rapport om "
              "resultaten varje år. Rapporten jämför flickor och pojkar.\n",
    "idrott.md": "# Idrott\n\nFlickor och pojkar får lika mycket tid i idrottshallen enligt schemat. "
                 "Föreningarna fördelar tiderna varje höst.\n",
    "trygghet.md": "# Trygghet\n\nEleverna känner sig trygga i skolan och mobbning förebyggs av rastvakter. "
                   "Kuratorn träffar alla klasser under hösten.\n",
}
NEW_DOC = ("# Fritidsgårdar\n\nFritidsgården har öppet fyra kvällar i veckan. Flickor besöker gården mer sällan "
           "än pojkar.\n")


def _docs(tmp_path: Path) -> tuple[Path, Settings]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, "utf-8")
    return folder, make_settings(tmp_path / "data", corpus_dir=folder, chunk_min_tokens=0)


def _computed(snap: _SearchSnapshot) -> tuple[np.ndarray, np.ndarray]:
    """The snapshot's hubness values computed afresh from its own rows (what a load computed before values were
    stored)."""
    return snapshot_hubness(snap.vectors, snap.order, snap.unit_vectors, snap.unit_owner, snap.unit_ids, snap.hub_k)


def _key(snap: _SearchSnapshot) -> str:
    return hub_key(snap.order, snap.vectors, snap.unit_ids, snap.unit_owner, snap.unit_vectors, snap.hub_k)


def test_ingest_stores_hubness_that_a_new_snapshot_reads_and_a_change_recomputes(tmp_path: Path) -> None:
    folder, settings = _docs(tmp_path)
    comp = Components(settings)
    stats = run(settings, comp.store, comp.embeddings, [folder])
    assert stats.hubness == "computed"
    snap = Components(settings).retriever.snapshot()  # another process's first load
    assert snap.hub_source == "stored" and len(snap.unit_ids) > len(snap.order) >= 4
    chunk_hub, unit_hub = _computed(snap)
    assert np.array_equal(snap.chunk_hub, chunk_hub) and np.array_equal(snap.unit_hub, unit_hub)
    assert snap.chunk_hub.min() > 0 and snap.unit_hub.min() > 0
    first_key = _key(snap)

    # The stored values are what a load uses: put other values under the same key and a fresh load shows them.
    comp.store.write_hubness(first_key, {"chunks": chunk_hub + 1.0, "units": unit_hub + 1.0})
    assert np.array_equal(Components(settings).retriever.snapshot().chunk_hub, chunk_hub + 1.0)
    comp.store.write_hubness(first_key, {"chunks": chunk_hub, "units": unit_hub}, comp.store.version())

    # Nothing changed: the run reads no vectors and leaves the values as they are.
    assert run(settings, comp.store, comp.embeddings, [folder]).hubness == "current"

    # A new document changes the reference rows and every row's neighbours: the run computes them all again.
    (folder / "fritid.md").write_text(NEW_DOC, "utf-8")
    stats = run(settings, comp.store, comp.embeddings, [folder])
    assert stats.documents_changed == 1 and stats.hubness == "computed"
    grown = Components(settings).retriever.snapshot()
    assert grown.hub_source == "stored" and len(grown.order) > len(snap.order)
    chunk_hub, unit_hub = _computed(grown)
    assert np.array_equal(grown.chunk_hub, chunk_hub) and np.array_equal(grown.unit_hub, unit_hub)
    old = {cid: float(v) for cid, v in zip(snap.order, snap.chunk_hub, strict=True)}
    assert any(abs(old[cid] - float(v)) > 1e-4 for cid, v in zip(grown.order, grown.chunk_hub, strict=True)
               if cid in old)  # the new document is a neighbour of some old passage
    assert comp.store.read_hubness(first_key) is None  # the old content's values are dropped

    # A removed document too.
    (folder / "idrott.md").unlink()
    assert run(settings, comp.store, comp.embeddings, [folder]).hubness == "computed"
    shrunk = Components(settings).retriever.snapshot()
    assert shrunk.hub_source == "stored" and np.array_equal(shrunk.chunk_hub, _computed(shrunk)[0])


def test_a_load_without_stored_values_computes_them_once(tmp_path: Path) -> None:
    """Values missing for the content (a run killed before storing them, or a store written by an older version)
    are computed by the first load, as before, and stored: the next load reads them. The same with hub_k changed:
    the values of another hub_k are never read. Where Chroma's HNSW index answers, nothing is computed."""
    folder, settings = _docs(tmp_path)
    comp = Components(settings)
    run(settings, comp.store, comp.embeddings, [folder])
    comp.store._hubness.delete(ids=comp.store._hubness.get(include=[])["ids"])  # noqa: SLF001 - none stored
    hnsw = settings.model_copy(update={"exact_search_max_chunks": 0})  # Chroma's index answers: no vectors held
    assert store_hubness(comp.store, hnsw) == "approximate"
    assert Components(hnsw).retriever.snapshot().hub_source == "off"
    first = Components(settings).retriever.snapshot()
    assert first.hub_source == "computed"
    second = Components(settings).retriever.snapshot()
    assert second.hub_source == "stored" and np.array_equal(second.unit_hub, first.unit_hub)
    other_k = Components(settings.model_copy(update={"hub_k": 2})).retriever.snapshot()
    assert other_k.hub_source == "computed" and np.array_equal(other_k.unit_hub, _computed(other_k)[1])
    assert not np.array_equal(other_k.unit_hub, first.unit_hub)
    off = Components(settings.model_copy(update={"hub_weight": 0.0})).retriever.snapshot()
    assert off.hub_source == "off" and not off.chunk_hub.any()


def test_stored_values_are_whole_or_not_read(tmp_path: Path) -> None:
    """Values longer than one record are read only when every record of their key is there: a write killed part
    way leaves nothing to read under its key (and another key's values as they were)."""
    store = ChromaStore.from_settings(make_settings(tmp_path / "data"))
    values = np.random.default_rng(3).random(2 * HUB_PART + 7, dtype=np.float32)
    store.write_hubness("kept", {"chunks": values[:5], "units": values[5:9]}, "v1")
    store.write_hubness("whole", {"chunks": values, "units": np.zeros(0, dtype=np.float32)}, "v2")
    got = store.read_hubness("whole")
    assert got is not None and np.array_equal(got["chunks"], values) and len(got["units"]) == 0
    assert store.read_hubness("kept") is None and store.hubness_version() == "v2"  # the older key is dropped
    store._hubness.delete(ids=["whole:chunks:1"])  # noqa: SLF001 - the record a killed write never wrote
    assert store.read_hubness("whole") is None


def test_the_key_follows_every_input_and_is_the_same_in_every_process() -> None:
    rng = np.random.default_rng(5)
    vectors = rng.random((6, 8), dtype=np.float32)
    units = rng.random((9, 8), dtype=np.float32)
    ids, unit_ids, owner = [f"d#{i}" for i in range(6)], [f"d#{i // 2}:{i}" for i in range(9)], np.arange(9) // 2
    key = hub_key(ids, vectors, unit_ids, owner, units, 5)
    moved = vectors.copy()
    moved[2, 3] += 1e-6
    assert len({key, hub_key(ids, moved, unit_ids, owner, units, 5), hub_key(ids, vectors, unit_ids, owner, units, 4),
                hub_key(ids[::-1], vectors, unit_ids, owner, units, 5),
                hub_key(ids, vectors, unit_ids, owner[::-1].copy(), units, 5)}) == 5
    # A key another process computes (another hash seed: a set's order differs) must be the same, or no stored
    # value would ever be found again.
    code = ("import numpy as np; from assistant.index.retrieval import hub_key; rng = np.random.default_rng(5); "
            "v = rng.random((6, 8), dtype=np.float32); u = rng.random((9, 8), dtype=np.float32); "
            "print(hub_key([f'd#{i}' for i in range(6)], v, [f'd#{i // 2}:{i}' for i in range(9)], "
            "np.arange(9) // 2, u, 5))")
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120, check=True)
        assert out.stdout.strip() == key


@pytest.mark.needs_corpus_index
def test_stored_corpus_hubness_equals_computing_it(corpus_components) -> None:  # type: ignore[no-untyped-def]
    """On the bundled corpus, the values the ingest stored are the ones a load computes, value for value."""
    components = corpus_components[0]
    snap = Components(components.settings).retriever.snapshot()
    assert snap.hub_source == "stored"
    chunk_hub, unit_hub = _computed(snap)
    assert np.array_equal(snap.chunk_hub, chunk_hub) and np.array_equal(snap.unit_hub, unit_hub)


def test_a_load_of_an_older_version_keeps_the_ingests_values_and_lost_ones_are_restored(tmp_path: Path) -> None:
    """A worker that loads (and stores the values of) an older version while an ingest has stored the newer one
    neither deletes the newer values nor marks its own the latest; and where the mark names values whose records
    are gone, the next ingest does not take them for current but stores them again."""
    folder, settings = _docs(tmp_path)
    comp = Components(settings)
    run(settings, comp.store, comp.embeddings, [folder])
    latest = comp.store.latest_hubness()
    assert latest is not None and comp.store.read_hubness(latest[0]) is not None
    current_key, version = latest

    # A load's write (what `_SearchSnapshot._hubness` does after computing) of another, older content's values.
    older = np.arange(4, dtype=np.float32)
    comp.store.write_hubness("older", {"chunks": older, "units": older}, "older-version", latest=False)
    assert comp.store.latest_hubness() == (current_key, version)  # the mark stays on the ingest's values
    assert comp.store.read_hubness(current_key) is not None  # ... and they are still there
    got = comp.store.read_hubness("older")
    assert got is not None and np.array_equal(got["chunks"], older)
    # A fresh load reads the ingest's values and, having found them, writes nothing.
    assert Components(settings).retriever.snapshot().hub_source == "stored"

    # The mark names the current version but its records are gone: not "current"; the run stores them again,
    # the values a load then reads, and drops the other key's.
    records = [i for i in comp.store._hubness.get(include=[])["ids"] if i != LATEST_HUB_ID]  # noqa: SLF001
    comp.store._hubness.delete(ids=records)  # noqa: SLF001 - records lost, the mark left
    assert comp.store.hubness_version() == version and comp.store.read_hubness(current_key) is None
    assert run(settings, comp.store, comp.embeddings, [folder]).hubness == "computed"
    assert comp.store.latest_hubness() == (current_key, version) and comp.store.read_hubness(current_key) is not None
    snap = Components(settings).retriever.snapshot()
    assert snap.hub_source == "stored" and np.array_equal(snap.chunk_hub, _computed(snap)[0])
    assert run(settings, comp.store, comp.embeddings, [folder]).hubness == "current"


def test_malformed_records_read_as_none(tmp_path: Path) -> None:
    store = ChromaStore.from_settings(make_settings(tmp_path / "data"))
    store.write_hubness("bad", {"chunks": np.ones(3, dtype=np.float32)}, "v")
    store._hubness.upsert(ids=["bad:chunks:0"], embeddings=[[1.0]],  # noqa: SLF001 - a foreign record
                          metadatas=[{"key": "bad", "name": "chunks", "part": "x", "parts": 1, "values": ""}])
    assert store.read_hubness("bad") is None
