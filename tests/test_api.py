"""The HTTP API over a real uvicorn server on loopback, the real corpus store and a real database."""

from __future__ import annotations

import io
import json
import time
import zipfile
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
from tests.fakes import FakeOpenAI
from tests.live import LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.needs_corpus_index]


class Api:
    """A started server plus a user key, a second user's key and an admin key."""

    def __init__(self, server: LiveServer, db: Database, keys: dict[str, str]) -> None:
        self.server, self.db, self.keys = server, db, keys
        self.url = server.url

    def client(self, who: str = "anna") -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.keys[who]}"} if who in self.keys else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)


def start_api(components: Components, db: Database, **settings: Any) -> tuple[LiveServer, dict[str, str]]:
    app_settings = components.settings.model_copy(update={"auth_enabled": True} | settings)
    app_components = Components(app_settings)
    app_components._store, app_components._embeddings = components.store, components.embeddings
    app = create_app(app_settings, app_components, Assistant(app_components), db)
    keys = {name: create_key(db, role, name)[0] for name, role in
            (("anna", "user"), ("bertil", "user"), ("admin", "admin"))}
    return LiveServer(app), keys


@pytest.fixture(scope="module")
def api(corpus_components, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:  # type: ignore[no-untyped-def]
    components: Components = corpus_components[0]
    db = Database.from_settings(components.settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path_factory.mktemp('db') / 'api.sqlite'}"}))
    server, keys = start_api(components, db, cors_origins=["https://intranat.example.se"],
                             rate_limit_per_minute=100_000, rate_limit_burst=10_000,
                             corpus_dir=tmp_path_factory.mktemp("empty-corpus"),
                             data_dir=tmp_path_factory.mktemp("api-data"))
    yield Api(server, db, keys)
    server.stop()


def chat(client: httpx.Client, **body: Any) -> dict[str, Any]:
    r = client.post("/v1/chat", json=body)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def sse_events(response: httpx.Response) -> list[tuple[str, Any]]:
    events, name = [], None
    for line in response.iter_lines():
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: ") and name:
            events.append((name, json.loads(line[6:])))
    return events


def test_chat_json_is_stored_and_follow_up_uses_history(api: Api) -> None:
    with api.client() as c:
        first = chat(c, message="Vilka problem har pojkar i skolan?")
        assert first["grounded"] and first["citations"] and first["conversation_id"] and first["message_id"]
        second = chat(c, message="och för flickor då?", conversation_id=first["conversation_id"])
        assert second["conversation_id"] == first["conversation_id"]
        assert "flickor" in second["query"].lower()
        conv = c.get(f"/v1/conversations/{first['conversation_id']}").json()
        assert [m["role"] for m in conv["messages"]] == ["user", "assistant", "user", "assistant"]
        assert conv["messages"][1]["citations"][0]["source"]


def test_chat_streams_server_sent_events(api: Api) -> None:
    with api.client() as c, c.stream("POST", "/v1/chat", json={"message": "Vad är förändringsteori?"},
                                     headers={"Accept": "text/event-stream"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r)
    names = [n for n, _ in events]
    assert names.count("token") > 3 and names[-2:] == ["citations", "done"]
    done = events[-1][1]
    assert done["conversation_id"] and done["message_id"]
    assert "".join(d["text"] for n, d in events if n == "token") == done["text"]
    assert events[-2][1] == done["citations"]


def test_callers_see_only_their_own_conversations(api: Api) -> None:
    with api.client("anna") as anna, api.client("bertil") as bertil:
        mine = chat(anna, message="Hur kan vi involvera målgruppen?")["conversation_id"]
        assert bertil.get(f"/v1/conversations/{mine}").status_code == 404
        assert bertil.delete(f"/v1/conversations/{mine}").status_code == 404
        assert mine not in [x["id"] for x in bertil.get("/v1/conversations").json()]
        r = bertil.post("/v1/chat", json={"message": "och då?", "conversation_id": mine})
        assert r.status_code == 404 and "Samtalet finns inte" in r.json()["detail"]
        assert mine in [x["id"] for x in anna.get("/v1/conversations").json()]
        assert anna.delete(f"/v1/conversations/{mine}").status_code == 204
        assert anna.get(f"/v1/conversations/{mine}").status_code == 404


def test_drafts_versions_and_exports(api: Api) -> None:
    with api.client() as c, api.client("bertil") as other:
        answer = chat(c, message="Vi vill ge pojkar läxhjälp", mode="lokalt_mal", options={"org": "Borås Stad"})
        r = c.post("/v1/drafts", json={"message_id": answer["message_id"]})
        assert r.status_code == 201, r.text
        draft = r.json()
        assert draft["version"] == 1 and draft["kind"] == "lokalt_mal" and draft["citations"]
        edited_text = draft["text"].replace("Borås Stad", "Borås stad (reviderat)") + "\nEgen rad utan källa."
        v2 = c.put(f"/v1/drafts/{draft['id']}", json={"text": edited_text, "title": "Läxhjälp Borås"}).json()
        assert v2["version"] == 2 and [v["version"] for v in v2["versions"]] == [1, 2]
        assert c.get(f"/v1/drafts/{draft['id']}/versions/1").json()["text"] == draft["text"]
        assert "Läxhjälp Borås" in [d["title"] for d in c.get("/v1/drafts").json()]
        md = c.get(f"/v1/drafts/{draft['id']}/export", params={"format": "md"})
        assert md.status_code == 200 and "[^1]:" in md.text and "vgr-pojkars-skolresultat-metodstod.txt" in md.text
        assert "rad " in md.text and "reviderat" in md.text
        docx = c.get(f"/v1/drafts/{draft['id']}/export", params={"format": "docx", "version": 1})
        assert docx.status_code == 200
        with zipfile.ZipFile(io.BytesIO(docx.content)) as z:
            notes = z.read("word/footnotes.xml").decode()
            body = z.read("word/document.xml").decode()
        assert "vgr-pojkars-skolresultat-metodstod.txt" in notes and "Förslag på lokalt mål" in notes
        assert "footnoteReference" in body and "Pojkar i Borås Stad" in body
        assert other.get(f"/v1/drafts/{draft['id']}").status_code == 404
        assert other.get(f"/v1/drafts/{draft['id']}/export").status_code == 404
        assert c.delete(f"/v1/drafts/{draft['id']}").status_code == 204
        assert c.get(f"/v1/drafts/{draft['id']}").status_code == 404


def test_conversations_rename_search_and_restore_settings(api: Api) -> None:
    with api.client() as c, api.client("bertil") as other:
        first = chat(c, message="Hur kan vi i Ödeshög minska trångboddhetens effekter på läxläsning?", mode="fraga",
                     options={"org": "Ödeshögs kommun", "target_group": "årskurs 4–6"})
        conv_id = first["conversation_id"]
        r = c.patch(f"/v1/conversations/{conv_id}", json={"title": "  Läxor och   Zetaprojektet  "})
        assert r.status_code == 200 and r.json()["title"] == "Läxor och Zetaprojektet"
        assert c.patch(f"/v1/conversations/{conv_id}", json={"title": "   "}).status_code == 422
        assert other.patch(f"/v1/conversations/{conv_id}", json={"title": "Mitt"}).status_code == 404
        conv = c.get(f"/v1/conversations/{conv_id}").json()
        assert conv["title"] == "Läxor och Zetaprojektet" and conv["mode"] == "fraga"
        assert conv["options"]["org"] == "Ödeshögs kommun" and conv["options"]["target_group"] == "årskurs 4–6"
        chat(c, message="Vad är förändringsteori?")
        by_title = [x["id"] for x in c.get("/v1/conversations", params={"q": "zetaprojekt"}).json()]
        assert by_title == [conv_id]
        by_message = [x["id"] for x in c.get("/v1/conversations", params={"q": "I ÖDESHÖG"}).json()]
        assert by_message == [conv_id]  # case folded beyond ASCII, on SQLite too
        assert c.get("/v1/conversations", params={"q": "100%_"}).json() == []
        assert other.get("/v1/conversations", params={"q": "zetaprojekt"}).json() == []


def test_regenerated_or_edited_question_replaces_the_old_exchange(api: Api) -> None:
    with api.client() as c, api.client("bertil") as other:
        first = chat(c, message="Vilka problem har pojkar i skolan?")
        conv_id = first["conversation_id"]
        second = chat(c, message="Vad är förändringsteori?", conversation_id=conv_id)
        # Edit the first question: it, its answer and everything after are replaced by the new exchange.
        edited = chat(c, message="Vilka problem har flickor i skolan?", conversation_id=conv_id,
                      replaces=first["message_id"])
        conv = c.get(f"/v1/conversations/{conv_id}").json()
        assert [(m["role"], m["content"][:40]) for m in conv["messages"]][0] == ("user",
                                                                                "Vilka problem har flickor i skolan?")
        assert len(conv["messages"]) == 2 and conv["messages"][1]["id"] == edited["message_id"]
        # Regenerate the last answer: the history sent along ends before its question.
        again = chat(c, message="och för pojkar då?", conversation_id=conv_id)
        redo = chat(c, message="och för pojkar då?", conversation_id=conv_id, replaces=again["message_id"])
        assert redo["query"] == again["query"]
        assert len(c.get(f"/v1/conversations/{conv_id}").json()["messages"]) == 4
        assert c.post("/v1/chat", json={"message": "Hej", "conversation_id": conv_id,
                                        "replaces": second["message_id"]}).status_code == 404  # already gone
        r = other.post("/v1/chat", json={"message": "Hej", "conversation_id": conv_id, "replaces": redo["message_id"]})
        assert r.status_code == 404
        assert c.post("/v1/chat", json={"message": "Hej", "replaces": redo["message_id"]}).status_code == 422
        assert len(c.get(f"/v1/conversations/{conv_id}").json()["messages"]) == 4


def test_draft_rename_keeps_the_version(api: Api) -> None:
    with api.client() as c, api.client("bertil") as other:
        draft = c.post("/v1/drafts", json={"text": "## Mål\n- Alla elever känner sig trygga.", "kind": "lokalt_mal"})
        draft_id = draft.json()["id"]
        r = c.patch(f"/v1/drafts/{draft_id}", json={"title": "Trygghet på Åsenskolan"})
        assert r.status_code == 200 and r.json()["title"] == "Trygghet på Åsenskolan" and r.json()["version"] == 1
        assert other.patch(f"/v1/drafts/{draft_id}", json={"title": "x"}).status_code == 404
        assert "Trygghet på Åsenskolan" in [d["title"] for d in c.get("/v1/drafts").json()]


def test_export_what_is_on_screen_with_any_title(api: Api) -> None:
    from urllib.parse import unquote

    with api.client() as c, api.client("bertil") as other:
        answer = chat(c, message="Vi vill ge pojkar läxhjälp", mode="lokalt_mal", options={"org": "Borås Stad"})
        draft = c.post("/v1/drafts", json={"message_id": answer["message_id"]}).json()
        unsaved = draft["text"] + "\nOsparad rad [1] och igen [1]."
        for title in ("Plan för Čačak och Łódź", "男女平等计划"):
            r = c.post(f"/v1/drafts/{draft['id']}/export", json={"format": "docx", "text": unsaved, "title": title})
            assert r.status_code == 200, r.text
            disposition = r.headers["content-disposition"]
            assert unquote(disposition.split("filename*=UTF-8''")[1]).endswith(".docx")
            assert title.split()[0].lower() in unquote(disposition)
            with zipfile.ZipFile(io.BytesIO(r.content)) as z:
                body = z.read("word/document.xml").decode()
                notes = z.read("word/footnotes.xml").decode()
                core = z.read("docProps/core.xml").decode()
            assert "Osparad rad" in body and f"<dc:title>{title}</dc:title>" in core
            assert "<dc:creator>anna</dc:creator>" in core
            assert body.count("<w:footnoteReference") == notes.count('<w:footnote w:id="') >= 1
            assert "NOTEREF _JpNote1 " in body  # [1] cited again: a reference back, not a second footnote
        md = c.post(f"/v1/drafts/{draft['id']}/export", json={"format": "md", "text": unsaved})
        assert md.status_code == 200 and "Osparad rad[^1] och igen[^1]." in md.text and md.text.count("[^1]:") == 1
        assert c.get(f"/v1/drafts/{draft['id']}").json()["version"] == 1  # exporting saves nothing
        assert other.post(f"/v1/drafts/{draft['id']}/export", json={"text": "x"}).status_code == 404


def test_draft_from_own_text(api: Api) -> None:
    with api.client() as c:
        r = c.post("/v1/drafts", json={"text": "## Mål\n- Alla elever känner sig trygga.", "kind": "lokalt_mal"})
        assert r.status_code == 201 and r.json()["title"] == "Mål" and r.json()["citations"] == []
        assert c.post("/v1/drafts", json={"text": "   "}).status_code == 422


def test_source_passage_with_context(api: Api) -> None:
    with api.client() as c:
        answer = chat(c, message="Gör trångboddhet det svårare att plugga hemma?")
        cite = answer["citations"][0]
        r = c.get(f"/v1/sources/{cite['chunk_id']}",
                  params={"context": 2, "start_line": cite["start_line"], "end_line": cite["end_line"]})
        assert r.status_code == 200
        src = r.json()
        cited = [line for line in src["context"] if line["cited"]]
        assert cited and all(cite["start_line"] <= line["n"] <= cite["end_line"] for line in cited)
        assert src["context"][0]["n"] == max(1, src["start_line"] - 2)
        assert c.get("/v1/sources/finns-inte").status_code == 404


def test_feedback_is_stored_for_own_answers_only(api: Api) -> None:
    with api.client() as c, api.client("bertil") as other:
        answer = chat(c, message="Vad är förändringsteori?")
        r = c.post("/v1/feedback", json={"message_id": answer["message_id"], "rating": "up", "comment": "Bra!"})
        assert r.status_code == 201 and r.json()["id"]
        theirs = other.post("/v1/feedback", json={"message_id": answer["message_id"], "rating": "down"})
        assert theirs.status_code == 404
        bad = c.post("/v1/feedback", json={"message_id": answer["message_id"], "rating": "meh"})
        assert bad.status_code == 422 and "rating" in bad.json()["detail"]


def test_admin_ingest_runs_in_background(corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Upload into a store of its own (the shared corpus store stays untouched)."""
    base: Components = corpus_components[0]
    settings = base.settings.model_copy(update={"data_dir": tmp_path / "data", "corpus_dir": tmp_path / "corpus",
                                                "auth_enabled": True})
    settings.corpus_dir.mkdir()
    components = Components(settings)
    components._embeddings = base.embeddings
    db = Database.from_settings(settings)
    app = create_app(settings, components, Assistant(components), db)
    keys = {name: create_key(db, role, name)[0] for name, role in (("anna", "user"), ("admin", "admin"))}
    server = LiveServer(app)
    api = Api(server, db, keys)
    try:
        _ingest_roundtrip(api)
    finally:
        server.stop()


def _ingest_roundtrip(api: Api) -> None:
    doc = ("# Läsfrämjande i Exempelby\n\nI Exempelby läser pojkarna i årskurs 4 högt för yngre elever varje "
           "fredag, vilket har ökat deras läslust enligt skolans enkät.\n").encode()
    with api.client("anna") as user, api.client("admin") as admin:
        assert user.post("/v1/ingest", files={"files": ("x.md", doc)}).status_code == 403
        bad = admin.post("/v1/ingest", files={"files": ("virus.exe", b"MZ")})
        assert bad.status_code == 422 and "stöds inte" in bad.json()["detail"]
        r = admin.post("/v1/ingest", files={"files": ("exempelby.md", doc, "text/markdown")})
        assert r.status_code == 202, r.text
        job = r.json()
        deadline = time.monotonic() + 120
        while job["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.3)
            job = admin.get(f"/v1/ingest/{job['id']}").json()
        assert job["status"] == "done", job
        assert job["stats"]["chunks_added"] >= 1
        answer = chat(user, message="Hur arbetar Exempelby med pojkarnas läslust?")
        assert any(c["source"] == "uppladdad/exempelby.md" and c["origin"] == "uppladdad" for c in answer["citations"])
        assert admin.get("/v1/ingest/finns-inte").status_code == 404


def test_auth_is_required_and_keys_are_checked(api: Api) -> None:
    with httpx.Client(base_url=api.url) as anonymous:
        r = anonymous.post("/v1/chat", json={"message": "Hej"})
        assert r.status_code == 401 and "API-nyckel" in r.json()["detail"]
        assert anonymous.get("/v1/drafts", headers={"Authorization": "Bearer jp_fel"}).status_code == 401
        assert anonymous.get("/v1/drafts", headers={"X-API-Key": api.keys["anna"]}).status_code == 200
        assert anonymous.get("/healthz").json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "words"),
    [
        ("post", "/v1/chat", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400, "JSON"),
        ("post", "/v1/chat", {"content": b'{"message": "\xff\xfe"}', "headers": {"Content-Type": "application/json"}},
         400, "JSON"),
        ("post", "/v1/chat", {"json": {"message": 42}}, 422, "message: ska vara text"),
        ("post", "/v1/chat", {"json": {"mode": "fraga"}}, 422, "message: fältet saknas"),
        ("post", "/v1/chat", {"json": {"message": "Hej", "mode": "roman"}}, 422, "Okänt läge"),
        ("post", "/v1/chat", {"json": {"message": ""}}, 422, "tomt"),
        ("post", "/v1/chat", {"json": {"message": "x" * 100_000}}, 422, "för långt"),
        ("post", "/v1/chat", {"json": {"message": "x" * 2_000_000}}, 413, "för stor"),
        ("post", "/v1/chat", {"json": [1, 2]}, 400, "JSON"),
        ("get", "/v1/conversations/finns-inte", {}, 404, "finns inte"),
        ("get", "/v1/drafts/finns-inte/versions/1", {}, 404, "finns inte"),
        ("get", "/v1/drafts?limit=-1", {}, 422, "limit"),
        ("put", "/v1/drafts/x", {"json": {"text": ""}}, 422, "text"),
        ("get", "/v1/finns-inte", {}, 404, "Hittades inte"),
        ("delete", "/v1/chat", {}, 405, "Metoden"),
    ],
)
def test_bad_input_gets_clear_4xx(api: Api, method: str, path: str, kwargs: dict[str, Any], status: int,
                                  words: str) -> None:
    with api.client() as c:
        r = c.request(method.upper(), path, **kwargs)
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


def test_modes_come_from_the_registry_without_a_key(api: Api) -> None:
    from assistant.modes import MODES

    with httpx.Client(base_url=api.url) as anonymous:
        r = anonymous.get("/v1/modes")
    assert r.status_code == 200
    modes = r.json()
    assert [m["name"] for m in modes] == list(MODES)
    assert [m["label"] for m in modes] == [spec.label for spec in MODES.values()]
    local = next(m for m in modes if m["name"] == "lokalt_mal")
    assert local["is_draft"] and local["help"] and local["sections"][0] == {"key": "mal",
                                                                          "heading": "Förslag på lokalt mål"}


def test_health_readiness_metrics_and_docs(api: Api) -> None:
    with api.client() as c:
        chat(c, message="Vad är förändringsteori?")
        ready = c.get("/readyz")
        assert ready.status_code == 200 and ready.json()["ready"]
        metrics = c.get("/metrics").text
        assert 'jamplan_requests_total{method="POST",route="/v1/chat",status="200"}' in metrics
        assert "jamplan_retrieval_seconds_count" in metrics
        assert 'jamplan_generation_seconds_count{backend="extractive"}' in metrics
        assert c.get("/docs").status_code == 200
        assert "/v1/chat" in c.get("/openapi.json").json()["paths"]


def test_cors_allows_the_configured_origin_only(api: Api) -> None:
    preflight = {"Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization,content-type"}
    with httpx.Client(base_url=api.url) as c:
        ok = c.options("/v1/chat", headers={"Origin": "https://intranat.example.se"} | preflight)
        assert ok.headers.get("access-control-allow-origin") == "https://intranat.example.se"
        bad = c.options("/v1/chat", headers={"Origin": "https://evil.example"} | preflight)
        assert "access-control-allow-origin" not in bad.headers


def test_rate_limit_answers_429(corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    components: Components = corpus_components[0]
    db = Database.from_settings(components.settings.model_copy(update={"database_url": f"sqlite:///{tmp_path}/r.db"}))
    server, keys = start_api(components, db, rate_limit_per_minute=6, rate_limit_burst=3)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {keys['anna']}"}) as c:
            codes = [c.get("/v1/drafts").status_code for _ in range(6)]
            assert codes[:3] == [200, 200, 200] and 429 in codes
            r = c.get("/v1/drafts")
            assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1 and "För många" in r.json()["detail"]
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {keys['bertil']}"}) as other:
            assert other.get("/v1/drafts").status_code == 200  # limits are per key
    finally:
        server.stop()


def test_client_leaving_mid_stream_writes_nothing(corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With a slowly streaming model, a client that disconnects leaves no conversation behind."""
    components: Components = corpus_components[0]
    fake = FakeOpenAI()
    fake.token_delay_s = 0.2
    db = Database.from_settings(components.settings.model_copy(update={"database_url": f"sqlite:///{tmp_path}/d.db"}))
    server, keys = start_api(components, db, generator="openai", llm_base_url=fake.url, llm_timeout_s=10)
    try:
        headers = {"Authorization": f"Bearer {keys['anna']}", "Accept": "text/event-stream"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as c:
            # A question the material answers, so the slow model writes it (a refusal is written at once,
            # without the model, and could be stored before the client has left).
            question = {"message": "Vilka framgångsfaktorer lyfter metodstödet?"}
            with c.stream("POST", "/v1/chat", json=question) as r:
                for line in r.iter_lines():
                    if line.startswith("event: token"):
                        break  # leave after the first token
            assert any(q["path"].endswith("/chat/completions") and q["body"].get("stream") for q in fake.requests)
            time.sleep(3)
            conversations = httpx.get(f"{server.url}/v1/conversations",
                                      headers={"Authorization": headers["Authorization"]})
            assert conversations.json() == []
            # The same request read to the end is stored whole.
            with c.stream("POST", "/v1/chat", json=question) as r:
                done = sse_events(r)[-1]
            assert done[0] == "done" and done[1]["backend"] == "openai"
            conv = httpx.get(f"{server.url}/v1/conversations/{done[1]['conversation_id']}",
                             headers={"Authorization": headers["Authorization"]}).json()
            assert len(conv["messages"]) == 2
    finally:
        server.stop()
        fake.close()


# --- persistence on PostgreSQL as well as SQLite ----------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.needs_postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/p.sqlite"
    base: str = request.getfixturevalue("postgres_url")
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + f"/{name}"


def test_persistence_survives_restart_and_scopes_owners(corpus_components, database_url: str) -> None:  # type: ignore[no-untyped-def]
    components: Components = corpus_components[0]
    settings = components.settings.model_copy(update={"database_url": database_url})
    db = Database.from_settings(settings)
    server, keys = start_api(components, db)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {keys['anna']}"}, timeout=60) as c:
            answer = chat(c, message="Hur kan huvudmannen följa upp resultatskillnader mellan klasser?")
            draft = c.post("/v1/drafts", json={"message_id": answer["message_id"]}).json()
            c.put(f"/v1/drafts/{draft['id']}", json={"text": draft["text"] + "\nTillägg."})
    finally:
        server.stop()
    db.engine.dispose()
    # A new process would build everything again from the same database URL.
    db2 = Database.from_settings(settings)
    app2 = create_app(settings.model_copy(update={"auth_enabled": True}), components, Assistant(components), db2)
    server2 = LiveServer(app2)
    try:
        with httpx.Client(base_url=server2.url, headers={"Authorization": f"Bearer {keys['anna']}"}, timeout=60) as c:
            conv = c.get(f"/v1/conversations/{answer['conversation_id']}").json()
            assert len(conv["messages"]) == 2 and conv["messages"][1]["citations"]
            assert [v["version"] for v in c.get(f"/v1/drafts/{draft['id']}").json()["versions"]] == [1, 2]
        with httpx.Client(base_url=server2.url, headers={"Authorization": f"Bearer {keys['bertil']}"}) as other:
            assert other.get(f"/v1/conversations/{answer['conversation_id']}").status_code == 404
            assert other.get("/v1/drafts").json() == []
    finally:
        server2.stop()
        db2.engine.dispose()


def test_revoked_key_stops_working(corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from api.persistence import ApiKey

    components: Components = corpus_components[0]
    db = Database.from_settings(components.settings.model_copy(update={"database_url": f"sqlite:///{tmp_path}/k.db"}))
    server, keys = start_api(components, db, auth_cache_s=0.5)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {keys['anna']}"}) as c:
            assert c.get("/v1/drafts").status_code == 200
            with db.session() as s:
                for record in s.query(ApiKey).filter(ApiKey.name == "anna"):
                    record.revoked = True
            time.sleep(0.6)
            r = c.get("/v1/drafts")
            assert r.status_code == 401 and "API-nyckel" in r.json()["detail"]
    finally:
        server.stop()
