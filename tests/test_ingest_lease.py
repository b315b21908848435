"""One ingest at a time across worker processes: the lease in the shared database (issue 16, point 3: a 409
keeps nothing — and two workers must not both answer 202)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

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
        assert job["status"] == "done" and [Path(f).name for f, _ in job["stats"]["skipped"]] == ["slow.docx"]
        later = second.post("/v1/ingest", files={"files": ("ok.md", DOC.encode())})
        assert later.status_code == 202, later.text
    finally:
        for s in servers:
            s.stop()
