"""A changed document survives `kill -9` at every write of its re-ingest: readers see exactly the old or the new
version (chunks and evidence units alike), and the next run converges to the new version with nothing left over."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT
from assistant.index.components import Components
from assistant.index.retrieval import snapshot_hubness
from assistant.index.units import units_of
from ingest.pipeline import run
from tests.conftest import make_settings

pytestmark = [pytest.mark.slow]

OLD = """# Läxhjälp

Pojkar i kommunen erbjuds läxhjälp på biblioteket två dagar i veckan.

## Uppföljning

Skolan följer upp närvaron varje termin och redovisar den för nämnden.

## Trygghet

Eleverna känner sig trygga i skolan och mobbning förebyggs av rastvakter.
"""
NEW = OLD.replace("två dagar i veckan", "varje vardag efter skolan").replace(
    "redovisar den för nämnden", "redovisar den för nämnden och föräldrarna")
OTHER = "# Idrott\n\nFlickor och pojkar får lika mycket tid i idrottshallen enligt schemat.\n"


def visible(data_dir: Path, folder: Path) -> tuple[frozenset[str], list[str]]:
    """What a fresh reader sees: the visible chunk texts, and what is wrong with the units or with the hubness
    values (stored by the killed run or computed by the load) if anything."""
    settings = make_settings(data_dir, corpus_dir=folder, chunk_min_tokens=0)
    snap = Components(settings).retriever.snapshot()
    problems: list[str] = []
    expected = sorted(u.unit_id for c in snap.chunks.values() for u in units_of(c) if u.embeddable)
    if sorted(snap.unit_ids) != expected:
        problems.append(f"units {sorted(snap.unit_ids)} != {expected}")
    computed = snapshot_hubness(snap.vectors, snap.order, snap.unit_vectors, snap.unit_owner, snap.unit_ids, snap.hub_k)
    if not (np.array_equal(snap.chunk_hub, computed[0]) and np.array_equal(snap.unit_hub, computed[1])):
        problems.append(f"{snap.hub_source} hubness {snap.chunk_hub} != {computed[0]}")
    return frozenset(c.text for c in snap.chunks.values()), problems


def ingest_subprocess(data_dir: Path, folder: Path, kill_at: int, *more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.crash_ingest", str(data_dir), str(folder), str(kill_at), *more],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "JAMPLAN_CHUNK_MIN_TOKENS": "0"},  # one chunk per section: several chunks to write
    )


def test_sigkill_at_every_write_of_a_changed_document_keeps_one_whole_version(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "lax.md").write_text(OLD, "utf-8")
    (folder / "idrott.md").write_text(OTHER, "utf-8")
    base = tmp_path / "base"
    settings = make_settings(base, corpus_dir=folder, chunk_min_tokens=0)
    comp = Components(settings)
    run(settings, comp.store, comp.embeddings, [folder])
    old_texts, problems = visible(base, folder)
    assert not problems and len(old_texts) >= 3

    # The writes a re-ingest of the changed document makes, counted on a copy.
    (folder / "lax.md").write_text(NEW, "utf-8")
    counted = tmp_path / "counted"
    shutil.copytree(base, counted)
    done = ingest_subprocess(counted, folder, 0)
    assert done.returncode == 0, done.stderr[-2000:]
    writes = int(done.stdout.split()[-2])
    new_texts, problems = visible(counted, folder)
    assert not problems and new_texts != old_texts
    assert any("varje vardag" in t for t in new_texts) and not any("två dagar" in t for t in new_texts)
    assert writes >= 7  # begin, chunks, units, commit, drop old chunks, drop old units, mark clean, hubness

    seen_new = 0
    for kill_at in range(1, writes + 1):
        data = tmp_path / f"kill-{kill_at}"
        shutil.copytree(base, data)
        killed = ingest_subprocess(data, folder, kill_at)
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr[-2000:])
        texts, problems = visible(data, folder)
        assert not problems, (kill_at, problems)
        assert texts in (old_texts, new_texts), (kill_at, sorted(texts))
        seen_new += texts == new_texts
        reader_settings = make_settings(data, corpus_dir=folder, chunk_min_tokens=0)
        hits = Components(reader_settings).retriever.search("läxhjälp på biblioteket", k=3)
        assert hits and hits[0].chunk.text in texts  # search answers from the version it sees
        # The next run converges: the new version, and nothing of the old one left in either collection.
        again = make_settings(data, corpus_dir=folder, chunk_min_tokens=0)
        reader = Components(again)
        run(again, reader.store, reader.embeddings, [folder])
        texts, problems = visible(data, folder)
        assert texts == new_texts and not problems, kill_at
        assert reader.store.count() == len(new_texts)
        assert reader.store.count_units() == len(Components(again).retriever.snapshot().unit_ids)
        assert not any(r.stale or r.pending_hash for r in reader.store.sources().values())
    # Killed before the commit shows the old version, after it the new one: both cases were reached.
    assert 0 < seen_new < writes


def test_sigkill_at_every_write_of_a_replaced_upload_keeps_one_whole_version_and_its_file(tmp_path: Path) -> None:
    """An upload replaced through `.incoming/` (as `POST /v1/ingest` does): the file in uploads/ changes only after
    the commit, so killed before it readers see the old version and its file; killed after it, the next run
    puts the new file in place without parsing it again (killed after the file was put in place, at the hubness
    values' writes that end the run, readers see the new version and its file)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "idrott.md").write_text(OTHER, "utf-8")
    base = tmp_path / "base"
    settings = make_settings(base, corpus_dir=folder, chunk_min_tokens=0)
    uploads = settings.uploads_dir
    uploads.mkdir(parents=True)
    (uploads / "lax.md").write_text(OLD, "utf-8")
    comp = Components(settings)
    run(settings, comp.store, comp.embeddings, [folder, uploads])
    old_texts, problems = visible(base, folder)
    assert not problems
    (uploads / ".incoming").mkdir()
    (uploads / ".incoming" / "lax.md").write_text(NEW, "utf-8")

    counted = tmp_path / "counted"
    shutil.copytree(base, counted)
    done = ingest_subprocess(counted, folder, 0, "uploads")
    assert done.returncode == 0, done.stderr[-2000:]
    writes = int(done.stdout.split()[-2])
    new_texts, problems = visible(counted, folder)
    assert not problems and any("varje vardag" in t for t in new_texts) and new_texts != old_texts
    assert (counted / "uploads" / "lax.md").read_text("utf-8") == NEW
    assert not any((counted / "uploads" / ".incoming").iterdir())

    after_commit = promoted = 0
    for kill_at in range(1, writes + 1):
        data = tmp_path / f"kill-{kill_at}"
        shutil.copytree(base, data)
        killed = ingest_subprocess(data, folder, kill_at, "uploads")
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr[-2000:])
        texts, problems = visible(data, folder)
        assert not problems and texts in (old_texts, new_texts), (kill_at, problems)
        live, waiting = data / "uploads" / "lax.md", data / "uploads" / ".incoming" / "lax.md"
        if waiting.exists():
            assert live.read_text("utf-8") == OLD and waiting.read_text("utf-8") == NEW, kill_at
        else:  # killed at the run's last writes, the hubness values': the file was put in place after the commit
            assert texts == new_texts and live.read_text("utf-8") == NEW, kill_at
            promoted += 1
        after_commit += texts == new_texts
        again = make_settings(data, corpus_dir=folder, chunk_min_tokens=0)
        reader = Components(again)
        stats = run(again, reader.store, reader.embeddings, [folder, again.uploads_dir])
        assert visible(data, folder) == (new_texts, []), kill_at
        assert live.read_text("utf-8") == NEW and not waiting.exists(), kill_at
        assert stats.parsed == (0 if texts == new_texts else 1), kill_at  # committed: only put in place
    assert 0 < after_commit < writes
    assert 0 < promoted < after_commit
