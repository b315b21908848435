"""A document is deleted only where an ingest reads the folder it was read from, and a store built with absolute
paths has each document moved only to a key of its own kind (review38 of the session's root-relative keys).

Real tiny stores in tmp_path: a server whose corpus folder is set to another (empty) folder than its store was built
from keeps the corpus documents through an upload, and drops one only once an ingest reads the corpus it came from;
a legacy upload that is a copy of a corpus document stays an upload, a document of another folder is not taken for a
corpus document of the same name, and a document the legacy store held under two checkouts' paths keeps both paths'
citations open.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index.components import Components
from ingest import pipeline
from ingest.pipeline import run
from tests.conftest import make_settings

LAX = "# Läxhjälp\n\nPojkar i kommunen erbjuds läxhjälp på biblioteket två dagar i veckan.\n"
IDROTT = "# Idrott\n\nFlickor och pojkar får lika mycket tid i idrottshallen enligt schemat.\n"
KULTUR = "# Kulturskolan\n\nKulturskolan har kö till cello och trummor, flest flickor står i kö.\n"
EGEN = "# Vår plan\n\nVi ska följa upp närvaron på fritidsgården varje termin.\n"


def _origins(comp: Components) -> dict[str, set[str]]:
    """Each stored document's visible chunks' origins, by key."""
    out: dict[str, set[str]] = {}
    for chunk in comp.retriever.snapshot().chunks.values():
        out.setdefault(chunk.path, set()).add(chunk.origin)
    return out


def test_a_server_with_another_corpus_folder_keeps_the_corpus_documents(tmp_path: Path) -> None:
    corpus_a, empty_b = tmp_path / "corpusA", tmp_path / "emptyB"
    corpus_a.mkdir()
    empty_b.mkdir()
    (corpus_a / "lax.md").write_text(LAX, "utf-8")
    (corpus_a / "idrott.md").write_text(IDROTT, "utf-8")
    built = make_settings(tmp_path / "data", corpus_dir=corpus_a)
    comp = Components(built)
    run(built, comp.store, comp.embeddings, [corpus_a])

    # Served with an empty corpus folder of its own: an upload runs over [corpus folder, uploads] (api/routes/admin).
    served = make_settings(tmp_path / "data", corpus_dir=empty_b)
    served.uploads_dir.mkdir(parents=True)
    (served.uploads_dir / "egen.md").write_text(EGEN, "utf-8")
    comp = Components(served)
    stats = run(served, comp.store, comp.embeddings, [empty_b, served.uploads_dir])
    assert sorted(comp.store.sources()) == ["corpus:idrott.md", "corpus:lax.md", "upload:egen.md"]
    assert stats.removed_documents == [] and stats.chunks_deleted == 0
    assert comp.store.sources()["corpus:lax.md"].root == str(corpus_a.resolve())
    assert sorted(stats.kept_elsewhere) == [("corpus:idrott.md", str(corpus_a.resolve())),
                                            ("corpus:lax.md", str(corpus_a.resolve()))]

    # A corpus file gone from its own folder stays until an ingest reads that folder; then it goes, and only it.
    (corpus_a / "idrott.md").unlink()
    again = run(served, comp.store, comp.embeddings, [empty_b, served.uploads_dir])
    assert again.removed_documents == [] and "corpus:idrott.md" in comp.store.sources()
    comp = Components(built)
    own = run(built, comp.store, comp.embeddings, [corpus_a])
    assert own.removed_documents == ["corpus:idrott.md"] and own.kept_elsewhere == []
    assert sorted(comp.store.sources()) == ["corpus:lax.md", "upload:egen.md"]


def _legacy_key(file: Path, settings: Settings) -> str:
    """What the code before root-relative keys stored a document under: its absolute path."""
    del settings
    return str(file.resolve())


def test_a_legacy_upload_copy_and_another_folders_namesake_keep_their_kind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, other = tmp_path / "corpus", tmp_path / "other"
    corpus.mkdir()
    other.mkdir()
    settings = make_settings(tmp_path / "data", corpus_dir=corpus)
    settings.uploads_dir.mkdir(parents=True)
    (corpus / "plan.md").write_text(LAX, "utf-8")
    (settings.uploads_dir / "plan.md").write_text(LAX, "utf-8")  # a user uploaded a copy of a corpus document
    (corpus / "lika.md").write_text(KULTUR, "utf-8")
    (other / "lika.md").write_text(IDROTT, "utf-8")
    with monkeypatch.context() as m:
        m.setattr(pipeline, "document_key", _legacy_key)
        comp = Components(settings)
        run(settings, comp.store, comp.embeddings, [corpus, settings.uploads_dir, other])
    old = {(c.path, c.text): c.chunk_id for c in comp.retriever.snapshot().chunks.values()}
    assert len(old) == 4

    comp = Components(settings)
    stats = run(settings, comp.store, comp.embeddings, [corpus])  # `jamplan ingest`: the corpus only
    assert (stats.migrated, stats.removed_documents, stats.parsed) == (2, [], 0)
    origins = _origins(comp)
    assert origins["corpus:plan.md"] == {"korpus"} and origins["corpus:lika.md"] == {"korpus"}
    assert origins[str((settings.uploads_dir / "plan.md").resolve())] == {"uppladdad"}
    assert origins[str((other / "lika.md").resolve())] == {"annan"}

    later = run(settings, comp.store, comp.embeddings, [corpus, settings.uploads_dir])  # an upload's run
    assert (later.migrated, later.removed_documents, later.parsed) == (1, [], 0)
    origins = _origins(comp)
    assert origins["corpus:plan.md"] == {"korpus"} and origins["upload:plan.md"] == {"uppladdad"}
    assert len(origins) == 4
    # Every citation the legacy store handed out still opens its own document's passage.
    visible = {c.chunk_id: c for c in comp.retriever.snapshot().chunks.values()}
    for (path, text), cid in old.items():
        target = cid if cid in visible else comp.store.alias(cid)
        assert target in visible and visible[target].text == text, path
        assert visible[target].path.startswith("upload:") == ("uploads" in path)


def test_a_document_stored_under_two_checkouts_paths_keeps_both_citations(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, now = tmp_path / "co1" / "corpus", tmp_path / "co2" / "corpus", tmp_path / "co3" / "corpus"
    for folder, lika in ((first, IDROTT), (second, KULTUR), (now, KULTUR)):
        folder.mkdir(parents=True)
        (folder / "lax.md").write_text(LAX, "utf-8")
        (folder / "lika.md").write_text(lika, "utf-8")
    data = tmp_path / "data"
    with monkeypatch.context() as m:  # trial 34: a store built in one checkout, read again from another
        m.setattr(pipeline, "document_key", _legacy_key)
        m.setattr(pipeline, "_moved_away", lambda *args: [])
        for folder in (first, second):
            settings = make_settings(data, corpus_dir=folder)
            comp = Components(settings)
            run(settings, comp.store, comp.embeddings, [folder])
    assert len(comp.store.sources()) == 4
    old = {(c.path, c.text): c.chunk_id for c in comp.retriever.snapshot().chunks.values()}

    settings = make_settings(data, corpus_dir=now)
    comp = Components(settings)
    stats = run(settings, comp.store, comp.embeddings, [now])
    assert stats.migrated == 2  # moves only: co1's two documents
    removed = str((second / "lax.md").resolve())  # the very version moved from co1: removed, its ids aliases
    assert removed in stats.removed_documents
    assert sorted(comp.store.sources()) == ["corpus:lax.md", "corpus:lika.md"]
    visible = {c.chunk_id: c for c in comp.retriever.snapshot().chunks.values()}
    for (path, text), cid in old.items():
        if path == removed:
            assert comp.store.alias(cid) in visible and visible[comp.store.alias(cid)].text == text
