"""The edge of the API over real HTTP on loopback: allowed hosts, foreign origins, early auth for uploads,
413 for chunked bodies, security headers (issue 16, points 6 and 8)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.auth import create_key
from api.persistence import Database
from assistant.index.components import Components
from assistant.service import Assistant
from tests.conftest import make_settings
from tests.live import LiveServer

pytestmark = [pytest.mark.integration]

DOC = b"# Lashjalp\n\nPojkar i kommunen erbjuds laxhjalp pa biblioteket tva dagar i veckan.\n"


def serve(tmp_path: Path, **overrides: Any) -> tuple[LiveServer, Database, Any]:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    settings = make_settings(tmp_path / "data", corpus_dir=corpus, **overrides)
    components = Components(settings)
    db = Database.from_settings(settings)
    return LiveServer(create_app(settings, components, Assistant(components), db)), db, settings


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[LiveServer, Any]]:
    server, _, settings = serve(tmp_path, auth_enabled=False, cors_origins=["https://intranat.example.se"])
    yield server, settings
    server.stop()


def test_demo_answers_only_to_local_host_names(demo: tuple[LiveServer, Any]) -> None:
    server, _ = demo
    with httpx.Client(base_url=server.url) as c:
        assert c.get("/healthz").status_code == 200
        assert c.get("/healthz", headers={"Host": f"localhost:{server.port}"}).status_code == 200
        rebound = c.get("/v1/modes", headers={"Host": "evil.example"})
        assert rebound.status_code == 400 and "värd" in rebound.json()["detail"]
        assert c.post("/v1/drafts", json={"text": "x"}, headers={"Host": "evil.example:80"}).status_code == 400


def test_demo_refuses_state_changes_from_a_foreign_origin(demo: tuple[LiveServer, Any]) -> None:
    server, settings = demo
    with httpx.Client(base_url=server.url) as c:
        foreign = c.post("/v1/drafts", json={"text": "Ett utkast."}, headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403 and "annan webbplats" in foreign.json()["detail"]
        assert c.post("/v1/drafts", json={"text": "Ett utkast."},
                      headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
        assert c.post("/v1/drafts", json={"text": "Ett utkast."}, headers={"Origin": server.url}).status_code == 201
        assert c.post("/v1/drafts", json={"text": "Ett utkast."}).status_code == 201  # curl: no Origin
        assert c.post("/v1/drafts", json={"text": "Ett utkast."},
                      headers={"Origin": "https://intranat.example.se"}).status_code == 201  # configured CORS
        assert c.get("/v1/drafts", headers={"Origin": "https://evil.example"}).status_code == 200  # reads: CORS

        # Uploads in a demo: the same origin only, not even a configured CORS origin; nothing is saved.
        for origin in ("https://evil.example", "https://intranat.example.se"):
            r = c.post("/v1/ingest", files={"files": ("x.md", DOC)}, headers={"Origin": origin})
            assert r.status_code == 403
        assert not settings.uploads_dir.exists() or not any(settings.uploads_dir.iterdir())
        r = c.post("/v1/ingest", files={"files": ("x.md", DOC)}, headers={"Origin": server.url})
        assert r.status_code == 202, r.text


def test_security_headers_on_the_page_and_the_api(demo: tuple[LiveServer, Any]) -> None:
    server, _ = demo
    with httpx.Client(base_url=server.url) as c:
        page = c.get("/")
        assert page.status_code == 200
        csp = page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["referrer-policy"] == "no-referrer"
        assert page.headers["x-frame-options"] == "DENY"
        api = c.get("/v1/modes")
        assert api.headers["content-security-policy"].startswith("default-src 'none'")
        assert api.headers["x-content-type-options"] == "nosniff"
        error = c.get("/v1/finns-inte")
        assert error.status_code == 404 and error.headers["x-content-type-options"] == "nosniff"


def test_uploads_are_refused_before_the_body_is_read_and_chunked_bodies_get_413(tmp_path: Path) -> None:
    server, db, _ = serve(tmp_path, auth_enabled=True)
    user = create_key(db, "user", "anna")[0]
    try:
        # 50 MB declared, 10 bytes sent: the answer comes at once, without waiting for the rest.
        for auth, status in ((None, 401), (user, 403)):
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
                head = (f"POST /v1/ingest HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                        "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 50000000\r\n")
                if auth:
                    head += f"Authorization: Bearer {auth}\r\n"
                s.sendall((head + "\r\n").encode() + b"--x\r\n1234")
                reply = s.recv(4096).decode("latin-1")
            assert reply.startswith(f"HTTP/1.1 {status}"), reply[:200]

        def chunks() -> Iterator[bytes]:
            yield b'{"message": "'
            for _ in range(40):
                yield b"x" * 50_000  # 2 MB in chunks, no Content-Length
            yield b'"}'

        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {user}"}) as c:
            r = c.post("/v1/chat", content=chunks(), headers={"Content-Type": "application/json"})
            assert r.status_code == 413 and "för stor" in r.json()["detail"]
            assert c.get("/v1/drafts").status_code == 200  # the server is fine afterwards
    finally:
        server.stop()
