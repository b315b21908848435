"""A store copied to another folder and a corpus checked out at another path keep their chunk ids and citations.

Documents are keyed by their path relative to the folder they were read from (assistant.index.documents), so moving
the data folder or the checkout changes no key: the next ingest reads nothing again, and a citation handed out
before opens its lines over HTTP (trial 37: an upload re-read the whole corpus, 'documents changed 5, 57 s', and
every earlier citation answered 404). A store built before these keys (absolute paths) is moved to them by the next
ingest, its records copied (ingest.migrate), and its old chunk ids open the passages they became.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from api.persistence import Database
from assistant.config import Settings
from assistant.index.components import Components
from assistant.index.documents import document_file, is_legacy
from ingest import pipeline
from ingest.pipeline import IngestStats, run
from tests.conftest import make_settings
from tests.test_api import start_api

DOC_A = ("# Läxhjälp\n\nPojkar i kommunen erbjuds läxhjälp på biblioteket två dagar i veckan.\n\n"
         "## Uppföljning\n\nAndelen flickor som deltar i läxhjälpen följs upp varje termin av rektor.\n")
DOC_B = "# Trygghet\n\nEleverna känner sig trygga i skolan och mobbning förebyggs av rastvakter.\n"
UPLOAD = "# Vår kartläggning\n\nFritidsgården Kupolen besöks av fler pojkar än flickor på kvällarna.\n"


def _build(root: Path) -> tuple[Settings, Components, IngestStats]:
    """A checkout's corpus folder (two documents) and a data folder with one upload, ingested into one store."""
    folder = root / "checkout" / "corpus"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text(DOC_A, "utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.md").write_text(DOC_B, "utf-8")
    settings = make_settings(root / "data", corpus_dir=folder)
    settings.uploads_dir.mkdir(parents=True)
    (settings.uploads_dir / "kartlaggning.md").write_text(UPLOAD, "utf-8")
    comp = Components(settings)
    stats = run(settings, comp.store, comp.embeddings, [folder, settings.uploads_dir])
    assert not stats.skipped, stats.skipped
    return settings, comp, stats


def _move(settings: Settings, root: Path) -> Settings:
    """The data folder copied to another place and the checkout moved there too (the old places are gone)."""
    shutil.copytree(settings.data_dir, root / "moved-data")
    shutil.rmtree(settings.data_dir)
    checkout = settings.corpus_dir.parent.rename(root / "other-checkout")
    return make_settings(root / "moved-data", corpus_dir=checkout / "corpus")


def _ids(comp: Components) -> dict[tuple[str, str], str]:
    """Visible chunk ids by (source, text)."""
    return {(c.source, c.text): c.chunk_id for c in comp.retriever.snapshot().chunks.values()}


def _citing(ids: dict[tuple[str, str], str], source: str, words: str) -> str:
    return next(cid for (src, text), cid in ids.items() if src == source and words in text)


def _open(comp: Components, chunk_id: str, tmp_path: Path) -> httpx.Response:
    db = Database.from_settings(comp.settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path / 'api.sqlite'}"}))
    server, keys = start_api(comp, db)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {keys['anna']}"},
                          timeout=60) as client:
            return client.get(f"/v1/sources/{chunk_id}", params={"context": 2})
    finally:
        server.stop()


def test_a_moved_store_and_checkout_keep_their_ids_and_read_nothing_again(tmp_path: Path) -> None:
    settings, comp, _ = _build(tmp_path)
    before = _ids(comp)
    assert sorted(comp.store.sources()) == ["corpus:a.md", "corpus:sub/b.md", "upload:kartlaggning.md"]
    cited = _citing(before, "a.md", "Andelen flickor")

    moved = _move(settings, tmp_path)
    comp = Components(moved)
    stats = run(moved, comp.store, comp.embeddings, [moved.corpus_dir, moved.uploads_dir])
    assert (stats.parsed, stats.documents_changed, stats.embedded, stats.migrated) == (0, 0, 0, 0)
    assert stats.removed_documents == [] and stats.chunks_unchanged == len(before)
    assert _ids(comp) == before

    r = _open(comp, cited, tmp_path)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["chunk_id"] == cited
    marked = [line["text"] for line in body["context"] if line["cited"]]
    assert "Andelen flickor som deltar i läxhjälpen följs upp varje termin av rektor." in marked


def _legacy_key(file: Path, settings: Settings) -> str:
    """What the code before root-relative keys stored a document under: its absolute path."""
    del settings
    return str(file.resolve())


def test_a_store_with_absolute_paths_is_moved_to_keys_without_reading_or_embedding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(pipeline, "document_key", _legacy_key)
        settings, comp, _ = _build(tmp_path / "old")
    assert all(is_legacy(k) for k in comp.store.sources())
    old = _ids(comp)
    cited = _citing(old, "a.md", "Andelen flickor")
    upload_cited = _citing(old, "uppladdad/kartlaggning.md", "Kupolen")

    moved = _move(settings, tmp_path)
    comp = Components(moved)
    stats = run(moved, comp.store, comp.embeddings, [moved.corpus_dir, moved.uploads_dir])
    assert stats.migrated == 3 and (stats.parsed, stats.documents_changed, stats.embedded) == (0, 0, 0)
    assert sorted(comp.store.sources()) == ["corpus:a.md", "corpus:sub/b.md", "upload:kartlaggning.md"]
    assert comp.store.count() == len(old) and comp.store.count_units() == 4
    migrated = _ids(comp)
    assert set(migrated) == set(old) and not set(migrated.values()) & set(old.values())
    # The copied records carry the ids a fresh ingest of the same files gives: a later change of a file replaces
    # them passage by passage, as any new version does.
    fresh_settings, fresh, _ = _build(tmp_path / "fresh")
    assert _ids(fresh) == migrated
    again = run(moved, comp.store, comp.embeddings, [moved.corpus_dir, moved.uploads_dir])
    assert (again.migrated, again.parsed, again.documents_changed) == (0, 0, 0)

    # A citation handed out by the old store opens the passage it became, with its lines, over HTTP.
    r = _open(comp, cited, tmp_path)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["chunk_id"] == migrated[("a.md", body["text"])] != cited
    assert "Andelen flickor som deltar i läxhjälpen följs upp varje termin av rektor." in [
        x["text"] for x in body["context"] if x["cited"]]
    assert comp.store.alias(upload_cited) in migrated.values()
    assert document_file("upload:kartlaggning.md", moved).read_text("utf-8") == UPLOAD
    assert _open(comp, "0123456789abcdef.0123456789", tmp_path).status_code == 404


def test_a_legacy_path_not_moved_yet_still_finds_its_file(tmp_path: Path) -> None:
    """A store's absolute path from another data folder or checkout (not migrated yet: no ingest has read its folder
    since) opens the file at this data folder's or checkout's place; a file gone everywhere keeps its old path."""
    settings = make_settings(tmp_path / "data", corpus_dir=tmp_path / "checkout" / "corpus")
    settings.uploads_dir.mkdir(parents=True)
    (settings.uploads_dir / "plan.md").write_text(UPLOAD, "utf-8")
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "a.md").write_text(DOC_A, "utf-8")
    assert document_file("/gone/old-data/uploads/plan.md", settings) == settings.uploads_dir / "plan.md"
    assert document_file("/gone/old-checkout/corpus/a.md", settings) == settings.corpus_dir / "a.md"
    assert document_file("/gone/old-checkout/corpus/b.md", settings) == Path("/gone/old-checkout/corpus/b.md")
