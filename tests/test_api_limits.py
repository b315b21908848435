"""The lower items of issue 16 over real HTTP: paging for long conversations, no exception text in public replies,
and rate limits that hold across worker processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.persistence import Database
from assistant.index.components import Components
from assistant.service import Assistant
from tests.conftest import make_settings, wait_for_server
from tests.live import LiveServer
from tests.test_scale_and_faults import ChromaProcess

pytestmark = [pytest.mark.integration]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_long_conversations_come_in_pages(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", auth_enabled=False)
    db = Database.from_settings(settings)
    components = Components(settings)
    conversation = None
    for i in range(130):
        conversation, _ = db.record_exchange("local", conversation, "fraga", f"Fråga {i}",
                                             {"text": f"Svar {i}", "citations": []})
    server = LiveServer(create_app(settings, components, Assistant(components), db))
    try:
        with httpx.Client(base_url=server.url) as c:
            first = c.get(f"/v1/conversations/{conversation}").json()
            assert first["total_messages"] == 260 and len(first["messages"]) == 100
            assert first["messages"][-1]["content"] == "Svar 129"
            seen, page = [], first
            while True:
                seen = page["messages"] + seen
                if page["earlier"] is None:
                    break
                page = c.get(f"/v1/conversations/{conversation}",
                             params={"before": page["earlier"], "limit": 100}).json()
            assert [m["content"] for m in seen] == [t for i in range(130) for t in (f"Fråga {i}", f"Svar {i}")]
            assert c.get(f"/v1/conversations/{conversation}", params={"limit": 501}).status_code == 422
    finally:
        server.stop()


@pytest.mark.slow
@pytest.mark.needs_chroma_server
def test_public_replies_carry_no_exception_text(tmp_path: Path) -> None:
    chroma = ChromaProcess(tmp_path / "chroma-db")
    port = chroma.port
    settings = make_settings(tmp_path / "data", auth_enabled=False, chroma_url=chroma.url)
    components = Components(settings)
    server = LiveServer(create_app(settings, components, Assistant(components), Database.from_settings(settings)))
    chroma.kill()  # the store goes down under a running server
    try:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            ready = c.get("/readyz")
            assert ready.status_code == 503 and ready.json()["checks"]["store"] == "svarar inte"
            plain = c.post("/v1/chat", json={"message": "Hur arbetar skolan med närvaro?"})
            with c.stream("POST", "/v1/chat", json={"message": "Hur arbetar skolan med närvaro?"},
                          headers={"Accept": "text/event-stream"}) as stream:
                body = "".join(stream.iter_text())
            assert plain.status_code == 503 and "event: error" in body
            for text in (ready.text, plain.text, body):
                assert str(port) not in text and "127.0.0.1" not in text
                assert not any(word in text for word in ("Error", "Exception", "Traceback", "chroma"))
            error = json.loads(body.split("event: error\ndata: ", 1)[1].split("\n", 1)[0])
            assert error["status"] == 503 and "Försök igen" in error["detail"]
    finally:
        server.stop()


@pytest.mark.slow
@pytest.mark.needs_chroma_server
def test_rate_limits_hold_across_three_workers(chroma_server: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")} | {
        "JAMPLAN_DATA_DIR": str(data), "JAMPLAN_CHROMA_URL": chroma_server, "JAMPLAN_COLLECTION": "ratelimit",
        "JAMPLAN_CORPUS_DIR": str(tmp_path), "JAMPLAN_RATE_LIMIT_PER_MINUTE": "6", "JAMPLAN_RATE_LIMIT_BURST": "6",
    }
    key = json.loads(subprocess.run([sys.executable, "-m", "jamplan.cli", "keys", "create", "--role", "user", "--json"],
                                    env=env, check=True, capture_output=True, text=True).stdout)["key"]
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "jamplan.cli", "serve", "--port", str(port), "--workers", "3"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(f"{url}/healthz", proc)
        time.sleep(3)  # let all three workers come up, so requests spread over them
        codes = []
        for _ in range(30):  # a new connection each time: the kernel hands them to different workers
            codes.append(httpx.get(f"{url}/v1/drafts", headers={"Authorization": f"Bearer {key}"}).status_code)
        assert set(codes) == {200, 429}
        assert codes.count(200) <= 7  # the burst of 6 (plus at most one refilled): not 3 x 6
        limited = httpx.get(f"{url}/v1/drafts", headers={"Authorization": f"Bearer {key}"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
