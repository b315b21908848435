"""One ingest at a time across worker processes: the lease in the shared database (issue 16, point 3: a 409
keeps nothing — and two workers must not both answer 202)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import create_key
from api.lease import Lease
from api.persistence import Database
from assistant.index.components import Components
from assistant.service import Assistant
from tests.conftest import make_settings
from tests.live import LiveServer
from tests.test_upload_limits import DOC, docx_bytes


def test_a_lease_is_held_by_one_holder_and_frees_itself_when_not_renewed(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    one, two = (Lease(Database.from_settings(settings), ttl_s=1.0) for _ in range(2))  # two workers
    assert one.take("a") and not two.take("b") and two.held_elsewhere("b") and not one.held_elsewhere("a")
    one.give_back("a")
    assert two.take("b") and not one.take("a")
    time.sleep(0.6)
    two.renew("b")
    time.sleep(0.6)
    assert not one.take("a")  # renewed: still held
    time.sleep(1.1)  # b's worker died: nobody renews
    assert not one.held_elsewhere("a") and one.take("a")


@pytest.mark.slow
@pytest.mark.integration
def test_two_workers_never_run_two_ingests_and_the_refused_upload_keeps_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    settings = make_settings(tmp_path / "data", corpus_dir=corpus, auth_enabled=True, parse_cpu_seconds=3)
    components = Components(settings)
    apps = [create_app(settings, components, Assistant(components), Database.from_settings(settings))
            for _ in range(2)]  # two workers: each its own ingest runner and database engine
    key = create_key(Database.from_settings(settings), "admin", "admin")[0]
    servers = [LiveServer(app) for app in apps]
    paragraph = b"</w:t></w:r></w:p><w:p><w:r><w:t>Pojkar erbjuds l\xc3\xa4xhj\xc3\xa4lp. "
    try:
        first, second = (httpx.Client(base_url=s.url, headers={"Authorization": f"Bearer {key}"}, timeout=120)
                         for s in servers)
        slow = first.post("/v1/ingest", files={"files": ("slow.docx", docx_bytes(paragraph * 100_000))})
        assert slow.status_code == 202, slow.text
        refused = second.post("/v1/ingest", files={"files": ("ok.md", DOC.encode())})
        assert refused.status_code == 409 and "sparades" in refused.json()["detail"]
        incoming = settings.uploads_dir / ".incoming"
        assert sorted(p.name for p in incoming.iterdir()) == ["slow.docx"]  # the refused file is gone
        job = slow.json()
        deadline = time.monotonic() + 120
        while job["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.3)
            job = second.get(f"/v1/ingest/{job['id']}").json()  # the job is visible from either worker
        # the one file of the job could not be read: the job failed, saying which file and why
        assert job["status"] == "failed" and [f for f, _ in job["stats"]["skipped"]] == ["slow.docx"], job
        assert job["error"].startswith("Ingen fil kunde läsas: slow.docx: "), job["error"]
        later = second.post("/v1/ingest", files={"files": ("ok.md", DOC.encode())})
        assert later.status_code == 202, later.text
    finally:
        for s in servers:
            s.stop()


# --- every ingest entry point takes the same lease: `jamplan ingest` in real processes ---------------------------

JAMPLAN = [sys.executable, "-m", "jamplan.cli"]


def cli_env(data_dir: Path, lease_s: float) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")}
    return env | {"JAMPLAN_DATA_DIR": str(data_dir), "JAMPLAN_INGEST_LEASE_S": str(lease_s)}


def docs_folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "laxhjalp.md").write_text(DOC, "utf-8")
    (docs / "trygghet.md").write_text("# Trygghet\n\nAlla elever ska känna sig trygga i skolan varje dag.\n", "utf-8")
    return docs


def start_ingest(docs: Path, env: dict[str, str], *flags: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*JAMPLAN, "ingest", "--quiet", "--json", *flags, str(docs)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_holder(lease: Lease, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    """Until `proc` holds the lease (it takes it first thing, before loading the model)."""
    deadline = time.monotonic() + timeout
    while True:
        held = lease.holder_now()
        if held is not None and held[0].startswith(f"cli:{proc.pid}@"):
            return
        assert proc.poll() is None, f"the ingest ended before it was seen holding the lease: {proc.communicate()}"
        assert time.monotonic() < deadline, "the ingest never took the lease"
        time.sleep(0.01)


def stop_between_writes(proc: subprocess.Popen[str], database: Path) -> None:
    """SIGSTOP `proc`, but never inside one of its (millisecond) lease renewals, which would lock SQLite."""
    while True:
        os.kill(proc.pid, signal.SIGSTOP)
        probe = sqlite3.connect(database, timeout=0.2)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.rollback()
            return
        except sqlite3.OperationalError:
            os.kill(proc.pid, signal.SIGCONT)
            time.sleep(0.02)
        finally:
            probe.close()


@pytest.mark.slow
@pytest.mark.integration
def test_a_cli_ingest_refuses_or_waits_while_another_ingest_holds_the_lease(tmp_path: Path) -> None:
    data, docs = tmp_path / "data", docs_folder(tmp_path)
    env = cli_env(data, lease_s=60)
    settings = make_settings(data, corpus_dir=docs, auth_enabled=False)
    db = Database.from_settings(settings)
    lease = Lease(db)
    first = start_ingest(docs, env)
    try:
        wait_for_holder(lease, first)
        stop_between_writes(first, data / "jamplan.sqlite")  # alive and holding the lease, but going nowhere

        second = subprocess.run([*JAMPLAN, "ingest", "--quiet", str(docs)], env=env, text=True,
                                capture_output=True, timeout=120)
        assert second.returncode == 75, second
        assert "En annan inläsning pågår redan" in second.stderr and f"process {first.pid}" in second.stderr
        assert "--wait" in second.stderr and second.stdout == ""

        # the API's ingest sees the same lease: refused, nothing kept
        components = Components(settings)
        api = TestClient(create_app(settings, components, Assistant(components), db), base_url="http://localhost")
        refused = api.post("/v1/ingest", files={"files": ("ok.md", DOC.encode())},
                           headers={"Origin": "http://localhost"})
        assert refused.status_code == 409, refused.text
        assert not (settings.uploads_dir / ".incoming" / "ok.md").exists()

        waiting = start_ingest(docs, env, "--wait")
        time.sleep(2)
        assert waiting.poll() is None  # still waiting for the stopped one
        os.kill(first.pid, signal.SIGCONT)
        out, err = first.communicate(timeout=300)
        assert first.returncode == 0, err
        assert json.loads(out)["embedded"] >= 2
        out, err = waiting.communicate(timeout=300)
        assert waiting.returncode == 0, err
        assert "Väntar på att en annan inläsning ska bli klar" not in err  # --quiet keeps it quiet
        summary = json.loads(out)
        # It ran after the first had committed, never beside it: everything was already there.
        assert summary["documents"] == 2 and summary["embedded"] == 0 and summary["chunks_added"] == 0
        assert lease.holder_now() is None  # given back
    finally:
        if first.poll() is None:
            os.kill(first.pid, signal.SIGCONT)
            first.kill()
            first.wait()


@pytest.mark.slow
@pytest.mark.integration
def test_a_killed_cli_ingest_blocks_others_only_until_its_lease_expires(tmp_path: Path) -> None:
    data, docs = tmp_path / "data", docs_folder(tmp_path)
    env = cli_env(data, lease_s=10)
    lease = Lease(Database.from_settings(make_settings(data)))

    terminated = start_ingest(docs, env)
    wait_for_holder(lease, terminated)
    terminated.send_signal(signal.SIGTERM)  # a polite stop gives the lease back at once
    terminated.communicate(timeout=120)
    assert terminated.returncode == 130 and lease.holder_now() is None

    killed = start_ingest(docs, env)
    wait_for_holder(lease, killed)
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL
    held = lease.holder_now()
    assert held is not None and held[0].startswith(f"cli:{killed.pid}@")  # a dead holder still holds it…

    refused = subprocess.run([*JAMPLAN, "ingest", "--quiet", str(docs)], env=env, text=True,
                             capture_output=True, timeout=120)
    assert refused.returncode == 75 and "frigörs den av sig själv inom" in refused.stderr, refused

    started = time.monotonic()
    waited = subprocess.run([*JAMPLAN, "ingest", "--json", "--wait", str(docs)], env=env, text=True,
                            capture_output=True, timeout=300)
    assert waited.returncode == 0, waited.stderr
    assert "Väntar på att en annan inläsning ska bli klar" in waited.stderr  # …but only until it expires
    assert f"process {killed.pid}" in waited.stderr
    assert time.monotonic() - started < 10 + 120
    assert json.loads(waited.stdout)["documents"] == 2
    search = subprocess.run([*JAMPLAN, "search", "--json", "läxhjälp på biblioteket"], env=env, text=True,
                            capture_output=True, timeout=300)
    assert search.returncode == 0 and json.loads(search.stdout)[0]["source"].endswith("laxhjalp.md"), search


def test_a_cli_ingest_refuses_while_an_api_job_holds_the_lease(tmp_path: Path) -> None:
    data, docs = tmp_path / "data", docs_folder(tmp_path)
    lease = Lease(Database.from_settings(make_settings(data)), ttl_s=60)
    job = uuid.uuid4().hex  # how IngestRunner names its holder
    assert lease.take(job)
    refused = subprocess.run([*JAMPLAN, "ingest", "--quiet", str(docs)], env=cli_env(data, 60), text=True,
                             capture_output=True, timeout=120)
    assert refused.returncode == 75 and f"inläsningsjobb {job} i API:t" in refused.stderr, refused
    assert lease.holder_now() is not None and lease.holder_now()[0] == job  # type: ignore[index]
    assert not (data / "chroma").exists()  # refused before it opened the store
