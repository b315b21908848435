"""A changed document survives `kill -9` at every write of its re-ingest: readers see exactly the old or the new
version (chunks and evidence units alike), and the next run converges to the new version with nothing left over."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.index.components import Components
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
    """What a fresh reader sees: the visible chunk texts, and what is wrong with the units if anything."""
    settings = make_settings(data_dir, corpus_dir=folder, chunk_min_tokens=0)
    snap = Components(settings).retriever.snapshot()
    problems: list[str] = []
    expected = sorted(u.unit_id for c in snap.chunks.values() for u in units_of(c) if u.embeddable)
    if sorted(snap.unit_ids) != expected:
        problems.append(f"units {sorted(snap.unit_ids)} != {expected}")
    return frozenset(c.text for c in snap.chunks.values()), problems


def ingest_subprocess(data_dir: Path, folder: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.crash_ingest", str(data_dir), str(folder), str(kill_at)],
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
    writes = int(done.stdout.split()[-1])
    new_texts, problems = visible(counted, folder)
    assert not problems and new_texts != old_texts
    assert any("varje vardag" in t for t in new_texts) and not any("två dagar" in t for t in new_texts)
    assert writes >= 5  # begin, chunks, units, commit, drop old chunks, drop old units, mark clean

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
