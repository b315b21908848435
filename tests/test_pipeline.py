"""Ingestion against a real Chroma store with the real e5 model: idempotent, incremental, crash-safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import InputError
from assistant.index.components import Components
from assistant.index.store import ChromaStore
from ingest.pipeline import run
from tests.conftest import make_settings

DOC_A = "# Läxhjälp\n\nPojkar i kommunen erbjuds läxhjälp på biblioteket två dagar i veckan.\n"
DOC_B = "# Trygghet\n\nEleverna känner sig trygga i skolan och mobbning förebyggs av rastvakter.\n"


def fresh(tmp_path: Path, **overrides: object) -> tuple[Settings, Components]:
    settings = make_settings(tmp_path / "data", **overrides)
    return settings, Components(settings)


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(DOC_A, "utf-8")
    (folder / "b.md").write_text(DOC_B, "utf-8")
    return folder


def visible_texts(components: Components) -> list[str]:
    snap = components.retriever.snapshot()
    return sorted(c.text for c in snap.chunks.values())


def test_reingest_is_idempotent_and_embeds_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    first = run(settings, comp.store, comp.embeddings, [folder])
    # Each chunk and each of its evidence units (one sentence each here) is embedded once.
    assert first.documents == 2 and first.chunks_added == 2 and first.units == 2 and first.embedded == 4
    second = run(settings, comp.store, comp.embeddings, [folder])
    assert (second.chunks_added, second.chunks_updated, second.chunks_deleted) == (0, 0, 0)
    assert second.chunks_unchanged == 2 and second.embedded == 0 and second.documents_changed == 0
    assert comp.store.count() == 2


def test_only_new_and_changed_files_are_parsed(tmp_path: Path) -> None:
    """The registry's hash (bytes, manifest entry, pipeline version) decides; a manifest change counts as a change."""
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    assert run(settings, comp.store, comp.embeddings, [folder]).parsed == 2
    assert run(settings, comp.store, comp.embeddings, [folder]).parsed == 0
    (folder / "a.md").write_text(DOC_A.replace("två dagar", "tre dagar"), "utf-8")
    assert run(settings, comp.store, comp.embeddings, [folder]).parsed == 1
    (folder / "MANIFEST.yaml").write_text("documents:\n  b.md:\n    title: Trygghet i skolan\n", "utf-8")
    again = run(settings, comp.store, comp.embeddings, [folder])
    assert again.parsed == 1 and again.documents_changed == 1
    assert {c.title for c in comp.retriever.snapshot().chunks.values()} >= {"Trygghet i skolan"}


def test_changed_document_is_replaced_and_removed_one_deleted(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [folder])
    (folder / "a.md").write_text(DOC_A.replace("två dagar", "tre dagar"), "utf-8")
    (folder / "b.md").unlink()
    stats = run(settings, comp.store, comp.embeddings, [folder])
    assert stats.chunks_added == 1 and stats.chunks_deleted == 2
    assert comp.store.count() == 1
    assert visible_texts(comp) == ["Pojkar i kommunen erbjuds läxhjälp på biblioteket tre dagar i veckan."]


def test_ingesting_one_file_does_not_delete_the_others(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [folder])
    extra = tmp_path / "extra.txt"
    extra.write_text("Föräldrar deltar i utvecklingssamtal med tolk.\n", "utf-8")
    stats = run(settings, comp.store, comp.embeddings, [extra])
    assert stats.chunks_deleted == 0 and comp.store.count() == 3


class CrashingStore(ChromaStore):
    """A real Chroma store that dies right after writing one document's new chunks and units."""

    def commit_source(self, path: str, source: str, new_hash: str, chunk_count: int, root: str = "") -> None:
        raise KeyboardInterrupt("simulated kill between writing and committing")


class CrashAfterCommitStore(ChromaStore):
    """A real Chroma store that dies right after the commit, before the old version is dropped."""

    def drop_stale(self, path: str) -> int:
        raise KeyboardInterrupt("simulated kill between committing and cleaning up")


def test_interrupted_ingest_leaves_old_version_visible_and_next_run_completes(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [folder])
    before = visible_texts(comp)
    (folder / "a.md").write_text(DOC_A.replace("två dagar", "varje dag"), "utf-8")
    crashing = CrashingStore.from_settings(settings)
    with pytest.raises(KeyboardInterrupt):
        run(settings, crashing, comp.embeddings, [folder])
    assert comp.store.count() == 3  # the new chunk is written but not yet committed
    reader = Components(settings)
    assert visible_texts(reader) == before  # readers still see exactly the old version, no duplicates
    stats = run(settings, comp.store, comp.embeddings, [folder])
    assert stats.documents_changed == 1 and stats.embedded == 0  # the new chunk's vector was cached
    assert comp.store.count() == 2
    visible = visible_texts(Components(settings))
    assert "Pojkar i kommunen erbjuds läxhjälp på biblioteket varje dag i veckan." in visible


def test_ingest_killed_after_commit_shows_the_new_version_and_next_run_drops_the_old(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [folder])
    (folder / "a.md").write_text(DOC_A.replace("två dagar", "varje dag"), "utf-8")
    with pytest.raises(KeyboardInterrupt):
        run(settings, CrashAfterCommitStore.from_settings(settings), comp.embeddings, [folder])
    assert comp.store.count() == 3 and comp.store.count_units() == 3  # the old version is still stored
    visible = visible_texts(Components(settings))
    assert "Pojkar i kommunen erbjuds läxhjälp på biblioteket varje dag i veckan." in visible and len(visible) == 2
    stats = run(settings, comp.store, comp.embeddings, [folder])
    assert stats.documents_changed == 0 and stats.chunks_deleted == 1
    assert comp.store.count() == 2 and comp.store.count_units() == 2
    assert not any(r.stale for r in comp.store.sources().values())


def test_same_file_name_in_uploads_and_corpus_are_two_documents(tmp_path: Path) -> None:
    """An upload named like a corpus file neither takes it over nor, when deleted, takes it away."""
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path, corpus_dir=folder)
    settings.uploads_dir.mkdir(parents=True)
    (settings.uploads_dir / "a.md").write_text(DOC_A, "utf-8")  # the same name and the same text
    run(settings, comp.store, comp.embeddings, [folder, settings.uploads_dir])
    snap = Components(settings).retriever.snapshot()
    assert sorted(c.source for c in snap.chunks.values()) == ["a.md", "b.md", "uppladdad/a.md"]
    assert {c.origin for c in snap.chunks.values() if c.source == "uppladdad/a.md"} == {"uppladdad"}
    (settings.uploads_dir / "a.md").unlink()
    stats = run(settings, comp.store, comp.embeddings, [folder, settings.uploads_dir])
    assert stats.chunks_deleted == 1
    snap = Components(settings).retriever.snapshot()
    assert sorted(c.source for c in snap.chunks.values()) == ["a.md", "b.md"]
    assert Components(settings).retriever.search("läxhjälp på biblioteket", k=1)[0].chunk.source == "a.md"


def test_same_file_name_in_the_corpus_and_another_folder_are_two_documents(tmp_path: Path) -> None:
    """Issue 16, 'other configured roots': a folder given to ingest neither takes over a corpus file of the same
    name (same text included), nor takes it away when its own copy goes."""
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path, corpus_dir=folder)
    other = tmp_path / "projekt"
    other.mkdir()
    (other / "a.md").write_text(DOC_A, "utf-8")  # the same name and the same text as the corpus's a.md
    (other / "b.md").write_text(DOC_B.replace("rastvakter", "vuxna på rasterna"), "utf-8")
    run(settings, comp.store, comp.embeddings, [folder])
    run(settings, comp.store, comp.embeddings, [other])
    snap = Components(settings).retriever.snapshot()
    assert sorted((c.origin, c.source) for c in snap.chunks.values()) == [
        ("annan", "a.md"), ("annan", "b.md"), ("korpus", "a.md"), ("korpus", "b.md")]
    assert comp.store.count() == 4
    (other / "a.md").unlink()
    (other / "b.md").unlink()
    stats = run(settings, comp.store, comp.embeddings, [other])
    assert stats.chunks_deleted == 2 and len(stats.removed_documents) == 2
    snap = Components(settings).retriever.snapshot()
    assert sorted((c.origin, c.source) for c in snap.chunks.values()) == [("korpus", "a.md"), ("korpus", "b.md")]
    assert visible_texts(comp) == sorted([DOC_A.split("\n")[2], DOC_B.split("\n")[2]])
    again = run(settings, comp.store, comp.embeddings, [folder])
    assert again.chunks_unchanged == 2 and again.chunks_deleted == 0


def test_a_moved_corpus_folder_is_stored_once_under_its_new_place(tmp_path: Path) -> None:
    """A store built from one checkout and served from another (the corpus folder moved) keeps its documents as they
    are: they are keyed by their path in the corpus folder (assistant.index.documents), so the run reads nothing
    again and nothing stands twice (trial 37: every corpus document was read again after an upload); a document of a
    folder outside the corpus whose folder is gone stays (its folder may be missing this run)."""
    folder = corpus(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "c.md").write_text(DOC_A.replace("biblioteket", "fritidsgården"), "utf-8")
    settings, comp = fresh(tmp_path, corpus_dir=folder)
    run(settings, comp.store, comp.embeddings, [folder, tmp_path / "elsewhere"])
    assert comp.store.count() == 3
    moved = folder.rename(tmp_path / "checkout2")
    (tmp_path / "elsewhere" / "c.md").unlink()
    (tmp_path / "elsewhere").rmdir()
    stats = run(settings.model_copy(update={"corpus_dir": moved}), comp.store, comp.embeddings, [moved])
    assert stats.removed_documents == [] and stats.documents_changed == 0 and stats.parsed == 0
    assert sorted(comp.store.sources()) == ["corpus:a.md", "corpus:b.md",
                                            f"file:{(tmp_path / 'elsewhere' / 'c.md').resolve()}"]
    assert comp.store.count() == 3
    texts = visible_texts(Components(settings))
    assert len(texts) == 3 and len(set(texts)) == 3, texts


def test_a_corpus_read_from_another_checkout_replaces_the_copy_still_standing_in_the_first(tmp_path: Path) -> None:
    """A store built from one checkout's corpus and then run over a second checkout's copy of it (the first still on
    disk) keeps each document once and reads none again: a corpus document is its path in the corpus folder, whichever
    checkout holds the folder (trial 35: the first upload from a second checkout doubled the corpus). A document the
    second checkout's corpus lacks is no longer in the corpus, so it goes. A folder of another name keeps its own
    copy (test_same_file_name_in_the_corpus_and_another_folder_are_two_documents)."""
    first = corpus(tmp_path)
    (first / "kopia.md").write_text(DOC_A, "utf-8")
    settings, comp = fresh(tmp_path, corpus_dir=first)
    run(settings, comp.store, comp.embeddings, [first])
    second = tmp_path / "checkout2" / first.name
    second.mkdir(parents=True)
    for name in ("a.md", "b.md"):
        (second / name).write_bytes((first / name).read_bytes())
    stats = run(settings.model_copy(update={"corpus_dir": second}), comp.store, comp.embeddings, [second])
    assert stats.removed_documents == ["corpus:kopia.md"] and stats.parsed == 0
    assert sorted(comp.store.sources()) == ["corpus:a.md", "corpus:b.md"]
    assert (first / "a.md").is_file()  # nothing on disk is touched


def test_two_folders_of_the_same_name_outside_the_corpus_keep_their_copies(tmp_path: Path) -> None:
    """A municipality's shared policy copied into each school's 'bilagor' folder, each folder ingested in its own run:
    neither run removes the other folder's copy (only a corpus or uploads folder read from another place replaces its
    old copies; review35)."""
    first = tmp_path / "forskola" / "bilagor"
    second = tmp_path / "grundskola" / "bilagor"
    for folder in (first, second):
        folder.mkdir(parents=True)
        (folder / "policy.md").write_text(DOC_A, "utf-8")
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [first])
    stats = run(settings, comp.store, comp.embeddings, [second])
    assert stats.removed_documents == []
    assert sorted(comp.store.sources()) == sorted(f"file:{(f / 'policy.md').resolve()}" for f in (first, second))


def test_bad_files_are_skipped_with_warnings_and_the_rest_ingested(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 garbage")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "latin.txt").write_bytes("Skolnärvaro och frånvaro i årskurs 7.".encode("cp1252"))
    settings, comp = fresh(tmp_path)
    stats = run(settings, comp.store, comp.embeddings, [folder])
    skipped = {Path(f).name for f, _ in stats.skipped}
    assert skipped == {"empty.txt", "scan.pdf", "photo.jpg"}
    assert stats.documents == 3
    assert any("not UTF-8" in note for _, note in stats.notes)


def test_file_that_breaks_later_keeps_its_stored_chunks(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [folder])
    (folder / "b.md").write_bytes(b"")
    stats = run(settings, comp.store, comp.embeddings, [folder])
    assert stats.chunks_deleted == 0 and comp.store.count() == 2


def test_missing_path_is_an_input_error_and_changes_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    settings, comp = fresh(tmp_path)
    run(settings, comp.store, comp.embeddings, [folder])
    with pytest.raises(InputError, match="does not exist"):
        run(settings, comp.store, comp.embeddings, [folder, tmp_path / "nope"])
    assert comp.store.count() == 2


@pytest.mark.needs_corpus_index
def test_bundled_corpus_ingests_all_documents(any_corpus) -> None:  # type: ignore[no-untyped-def]
    components, stats = any_corpus
    assert stats.documents == 4 and not stats.skipped
    sources = {r.source for r in components.store.sources().values()}
    assert sources == {
        "vgr-pojkars-skolresultat-metodstod.txt",
        "skolinspektionen-positiva-exempel-laga-resultat.txt",
        "oru-samverkan-skolnarvaro-rapport.txt",
        "kommun-utvecklingsomraden-2020.txt",
    }
    types = {c.doc_type for c in components.retriever.snapshot().chunks.values()}
    assert types == {"strategi", "granskning", "projektrapport"}
