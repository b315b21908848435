"""Widget sessions over real HTTP: the publishable key only starts visitor sessions on allowed origins, and each
visitor sees only their own conversations (issue 16, point 5)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.auth import create_key
from api.persistence import Database
from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import run
from tests.conftest import make_settings
from tests.live import LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.integration]

SITE = "https://www.exempelby.se"
DOC = "# Läxhjälp\n\nPojkar i Exempelby erbjuds läxhjälp på biblioteket två dagar i veckan.\n"


def test_visitors_get_their_own_sessions_and_only_their_own_conversations(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lax.md").write_text(DOC, "utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=corpus, auth_enabled=True, widget_origins=[SITE])
    components = Components(settings)
    run(settings, components.store, components.embeddings)
    db = Database.from_settings(settings)
    server = LiveServer(create_app(settings, components, Assistant(components), db))
    widget_key = create_key(db, "widget", "Exempelby webbplats")[0]
    staff_key = create_key(db, "user", "handläggare")[0]
    try:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            start = {"Authorization": f"Bearer {widget_key}", "Origin": SITE}
            foreign = c.post("/v1/widget/sessions", headers=start | {"Origin": "https://evil.example"})
            assert foreign.status_code == 403
            assert c.post("/v1/widget/sessions", headers={"Authorization": f"Bearer {widget_key}"}).status_code == 403
            assert c.post("/v1/widget/sessions", headers=start | {"Authorization": f"Bearer {staff_key}"}
                          ).status_code == 401
            # The publishable key itself opens nothing: not the list of widget conversations, not chat.
            as_key = {"Authorization": f"Bearer {widget_key}"}
            assert c.get("/v1/conversations", headers=as_key).status_code == 403
            assert c.post("/v1/chat", json={"message": "Hej"}, headers=as_key | {"Origin": SITE}).status_code == 403

            tokens = []
            for _ in range(2):
                r = c.post("/v1/widget/sessions", headers=start)
                assert r.status_code == 201, r.text
                tokens.append(r.json()["token"])
            anna, bo = ({"Authorization": f"Bearer {t}", "Origin": SITE} for t in tokens)
            assert tokens[0] != tokens[1]
            answer = c.post("/v1/chat", json={"message": "Var erbjuds pojkar läxhjälp?"}, headers=anna)
            assert answer.status_code == 200, answer.text
            conversation = answer.json()["conversation_id"]
            assert [x["id"] for x in c.get("/v1/conversations", headers=anna).json()] == [conversation]
            assert c.get("/v1/conversations", headers=bo).json() == []
            assert c.get(f"/v1/conversations/{conversation}", headers=bo).status_code == 404
            assert c.delete(f"/v1/conversations/{conversation}", headers=bo).status_code == 404
            assert c.get(f"/v1/conversations/{conversation}", headers=anna).status_code == 200
            assert c.get("/v1/admin/rejected", headers=anna).status_code == 403
            assert c.get("/v1/conversations", headers={"Authorization": "Bearer jps_gissad"}).status_code == 401
            # The site's pages may call the API across origins (CORS) with a visitor token.
            pre = c.options("/v1/chat", headers={"Origin": SITE, "Access-Control-Request-Method": "POST",
                                                 "Access-Control-Request-Headers": "authorization,content-type"})
            assert pre.headers.get("access-control-allow-origin") == SITE
    finally:
        server.stop()


def test_a_visitor_token_works_only_from_the_origin_that_started_it(tmp_path: Path) -> None:
    """A token leaked to (or replayed by) another site is refused whenever a browser says where it comes from,
    even when that site may start sessions of its own; calls without an Origin (servers) and from the API's own
    origin (the full-app link) still work."""
    other = "https://skola.exempelby.se"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lax.md").write_text(DOC, "utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=corpus, auth_enabled=True, widget_origins=[SITE, other])
    components = Components(settings)
    run(settings, components.store, components.embeddings)
    db = Database.from_settings(settings)
    server = LiveServer(create_app(settings, components, Assistant(components), db))
    widget_key = create_key(db, "widget", "Exempelby webbplats")[0]
    try:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            r = c.post("/v1/widget/sessions", headers={"Authorization": f"Bearer {widget_key}", "Origin": SITE})
            assert r.status_code == 201, r.text
            token = {"Authorization": f"Bearer {r.json()['token']}"}
            answer = c.post("/v1/chat", json={"message": "Var erbjuds pojkar läxhjälp?"}, headers=token | {
                "Origin": SITE})
            assert answer.status_code == 200, answer.text
            conversation = answer.json()["conversation_id"]
            for origin in (other, "https://evil.example", "null"):
                h = token | {"Origin": origin}
                listed = c.get("/v1/conversations", headers=h)
                assert listed.status_code == 403 and "webbplats" in listed.json()["detail"], (origin, listed.text)
                assert c.get(f"/v1/conversations/{conversation}", headers=h).status_code == 403
            chat = c.post("/v1/chat", json={"message": "Hej"}, headers=token | {"Origin": other})
            assert chat.status_code == 403
            assert c.get("/v1/conversations", headers=token | {"Origin": SITE + "/"}).status_code == 200
            assert c.get("/v1/conversations", headers=token).status_code == 200  # no Origin: not a browser
            assert c.get(f"/v1/conversations/{conversation}", headers=token | {"Origin": server.url}
                         ).status_code == 200  # the full app on the API's own origin
    finally:
        server.stop()
