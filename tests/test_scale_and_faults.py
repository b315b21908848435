"""Scale-out and failure behaviour on real engines over loopback: a `chroma run` server that is killed and
restarted, a PostgreSQL cluster that is stopped and started, and several API worker processes writing at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.auth import create_key
from api.persistence import Database
from assistant.errors import StoreError
from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import run
from tests.conftest import PostgresCluster, _free_port, make_settings, wait_for_server
from tests.live import LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.needs_corpus_index]

DOCS = {
    "laxhjalp.md": "# Läxhjälp\n\nPojkar i Exempelby erbjuds läxhjälp på biblioteket tre dagar i veckan.\n",
    "trygghet.md": "# Trygghet\n\nRastvakter förebygger mobbning på skolgården i Exempelby.\n",
    "lasning.md": "# Läsning\n\nPojkarna i årskurs 4 läser högt för yngre elever varje fredag.\n",
}


def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, "utf-8")
    return folder


class ChromaProcess:
    """`chroma run` on a fixed port and data path, so it can be killed and started again."""

    def __init__(self, path: Path) -> None:
        self.path, self.port = path, _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        chroma = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen([str(chroma), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("chroma run did not start")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)


@pytest.fixture()
def chroma(tmp_path: Path) -> Iterator[ChromaProcess]:
    server = ChromaProcess(tmp_path / "chroma-db")
    yield server
    if server.proc and server.proc.poll() is None:
        server.kill()


def app_for(settings: Any, embeddings: Any = None) -> tuple[LiveServer, str, Database]:
    components = Components(settings)
    if embeddings is not None:
        components._embeddings = embeddings
    db = Database.from_settings(settings)
    key, _ = create_key(db, "admin", "ops")
    return LiveServer(create_app(settings, components, Assistant(components), db)), key, db


@pytest.mark.needs_chroma_server
def test_chroma_server_killed_and_restarted(chroma: ChromaProcess, corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base: Components = corpus_components[0]
    docs = write_docs(tmp_path / "docs", DOCS)
    settings = make_settings(tmp_path / "d", chroma_url=chroma.url, corpus_dir=docs, auth_enabled=True)
    ingest_components = Components(settings)
    ingest_components._embeddings = base.embeddings
    run(settings, ingest_components.store, ingest_components.embeddings, [docs])
    server, key, _ = app_for(settings, base.embeddings)
    headers = {"Authorization": f"Bearer {key}"}
    try:
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as c:
            ok = c.post("/v1/chat", json={"message": "Var erbjuds läxhjälp i Exempelby?"})
            assert ok.status_code == 200 and ok.json()["citations"]
            chroma.kill()
            down = c.post("/v1/chat", json={"message": "Var erbjuds läxhjälp i Exempelby?"})
            assert down.status_code == 503 and "Sökindexet" in down.json()["detail"]
            ready = c.get("/readyz")
            assert ready.status_code == 503 and ready.json()["ready"] is False
            chroma.start()  # same data path: nothing stored is lost
            deadline = time.monotonic() + 30
            while c.get("/readyz").status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.5)
            again = c.post("/v1/chat", json={"message": "Var erbjuds läxhjälp i Exempelby?"})
            assert again.status_code == 200 and again.json()["citations"][0]["source"] == "laxhjalp.md"
            # The conversation stored before the outage is still there.
            assert c.get(f"/v1/conversations/{ok.json()['conversation_id']}").status_code == 200
    finally:
        server.stop()


@pytest.mark.needs_chroma_server
def test_chroma_killed_mid_ingest_then_resumed(chroma: ChromaProcess, corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base: Components = corpus_components[0]
    docs = write_docs(tmp_path / "docs", DOCS)
    settings = make_settings(tmp_path / "d", chroma_url=chroma.url, collection="mid-ingest")
    first = Components(settings)
    first._embeddings = base.embeddings
    run(settings, first.store, first.embeddings, [docs])
    before = first.store.count()
    # A second, larger ingest is cut off when the server dies after its first embedding batch.
    more = {f"extra-{i}.md": f"# Extra {i}\n\nExtra dokument nummer {i} om skolnärvaro och läxhjälp.\n"
            for i in range(40)}
    write_docs(docs, more)

    def kill_after_first_batch(event: str, _n: int) -> None:
        if event != "total" and chroma.proc and chroma.proc.poll() is None:
            chroma.kill()

    with pytest.raises(StoreError):
        run(settings.model_copy(update={"embed_batch_size": 4}), first.store, first.embeddings, [docs],
            kill_after_first_batch)
    chroma.start()
    again = Components(settings)
    again._embeddings = base.embeddings
    stats = run(settings, again.store, again.embeddings, [docs])
    assert stats.documents == len(DOCS) + len(more)
    visible = again.retriever.snapshot().chunks
    assert len(visible) == len(DOCS) + len(more)  # every document once: nothing lost, nothing doubled
    assert before == len(DOCS)


@pytest.fixture()
def own_postgres() -> Iterator[tuple[str, list[str], Path]]:
    """A PostgreSQL cluster of this test's own, so it can be stopped and started."""
    cluster = PostgresCluster("pg-fault")
    try:
        yield cluster.url, cluster.ctl, cluster.base
    finally:
        cluster.remove()


@pytest.mark.needs_postgres
def test_postgres_stopped_and_started(  # type: ignore[no-untyped-def]
    own_postgres: tuple[str, list[str], Path], corpus_components, tmp_path: Path
) -> None:
    url, ctl, _ = own_postgres
    base: Components = corpus_components[0]
    settings = base.settings.model_copy(update={"database_url": url, "auth_enabled": True, "data_dir": tmp_path})
    components = Components(settings)
    components._store, components._embeddings = base.store, base.embeddings
    db = Database.from_settings(settings)
    key, _ = create_key(db, "user", "pg")
    server = LiveServer(create_app(settings, components, Assistant(components), db))
    headers = {"Authorization": f"Bearer {key}"}
    try:
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as c:
            first = c.post("/v1/chat", json={"message": "Vad är förändringsteori?"})
            assert first.status_code == 200
            subprocess.run([*ctl, "-m", "immediate", "stop"], check=True, capture_output=True)
            down = c.post("/v1/chat", json={"message": "Vad är förändringsteori?",
                                            "conversation_id": first.json()["conversation_id"]})
            assert down.status_code == 503 and "Databasen" in down.json()["detail"]
            assert c.get("/readyz").json()["ready"] is False
            subprocess.run([*ctl, "start"], check=True, capture_output=True)
            deadline = time.monotonic() + 30
            while c.get("/readyz").status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.5)
            conv = c.get(f"/v1/conversations/{first.json()['conversation_id']}")
            assert conv.status_code == 200 and len(conv.json()["messages"]) == 2  # kept, and no half-written turn
            assert c.post("/v1/chat", json={"message": "Vad är förändringsteori?"}).status_code == 200
    finally:
        server.stop()
        db.engine.dispose()


@pytest.mark.needs_chroma_server
@pytest.mark.needs_postgres
def test_workers_share_postgres_and_chroma(  # type: ignore[no-untyped-def]
    chroma_server: str, postgres_url: str, corpus_components, tmp_path: Path
) -> None:
    """Three `uvicorn --workers` processes, many concurrent writers: no lost or doubled records, and every
    worker sees a document ingested after they started."""
    import psycopg

    base: Components = corpus_components[0]
    dbname = f"workers_{os.getpid()}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {dbname}")
        conn.execute(f"CREATE DATABASE {dbname}")
    db_url = postgres_url.rsplit("/", 1)[0] + f"/{dbname}"
    docs = write_docs(tmp_path / "docs", DOCS)
    data = tmp_path / "data"
    settings = make_settings(data, chroma_url=chroma_server, collection="workers", corpus_dir=docs)
    seed = Components(settings)
    seed._embeddings = base.embeddings
    run(settings, seed.store, seed.embeddings, [docs])
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")} | {
        "JAMPLAN_DATA_DIR": str(data), "JAMPLAN_CHROMA_URL": chroma_server, "JAMPLAN_COLLECTION": "workers",
        "JAMPLAN_DATABASE_URL": db_url, "JAMPLAN_CORPUS_DIR": str(docs),
        "JAMPLAN_RATE_LIMIT_PER_MINUTE": "1000000", "JAMPLAN_RATE_LIMIT_BURST": "1000000",
    }
    key = json.loads(subprocess.run([sys.executable, "-m", "jamplan.cli", "keys", "create", "--role", "user", "--json"],
                                    env=env, check=True, capture_output=True, text=True).stdout)["key"]
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "jamplan.cli", "serve", "--port", str(port), "--workers", "3"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {key}"}
    try:
        wait_for_server(f"{url}/readyz", proc)
        shared = httpx.post(f"{url}/v1/chat", headers=headers, json={"message": "Var ges läxhjälp?"}, timeout=60).json()
        conversation = shared["conversation_id"]

        def client(i: int) -> list[int]:
            codes = []
            with httpx.Client(base_url=url, headers=headers, timeout=60) as c:
                for j in range(3):
                    body: dict[str, Any] = {"message": f"Hur förebyggs mobbning? ({i}.{j})"}
                    if i % 2:
                        body["conversation_id"] = conversation  # half of the writers append to one conversation
                    codes.append(c.post("/v1/chat", json=body).status_code)
            return codes

        with ThreadPoolExecutor(16) as pool:
            codes = [code for part in pool.map(client, range(16)) for code in part]
        assert codes == [200] * 48
        with httpx.Client(base_url=url, headers=headers, timeout=60) as c:
            conv = c.get(f"/v1/conversations/{conversation}").json()
            assert len(conv["messages"]) == 2 + 2 * 8 * 3
            listed = c.get("/v1/conversations", params={"limit": 200}).json()
            assert len(listed) == 1 + 8 * 3
        with psycopg.connect(db_url) as conn:
            seqs = [r[0] for r in conn.execute("SELECT seq FROM messages WHERE conversation_id = %s ORDER BY seq",
                                               (conversation,))]
        assert seqs == list(range(len(seqs)))
        # A document ingested now is found by every worker (each notices the new store version).
        write_docs(docs, {"simskola.md": "# Simskola\n\nAlla elever i Exempelby erbjuds simskola i årskurs 3.\n"})
        run(settings, seed.store, seed.embeddings, [docs])
        sources = set()
        with httpx.Client(base_url=url, headers=headers, timeout=60) as c:
            for _ in range(12):
                answer = c.post("/v1/chat", json={"message": "Vilka elever erbjuds simskola?"}).json()
                sources.add(answer["citations"][0]["source"] if answer["citations"] else None)
        assert sources == {"simskola.md"}
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.needs_postgres
def test_postgres_stopped_during_an_ingest_job(  # type: ignore[no-untyped-def]
    own_postgres: tuple[str, list[str], Path], corpus_components, tmp_path: Path
) -> None:
    """The ingest finishes while the database is down; its final status is written once the database is back."""
    url, ctl, _ = own_postgres
    base: Components = corpus_components[0]
    docs = write_docs(tmp_path / "corpus", DOCS | {f"extra-{i}.md": f"# Extra {i}\n\nDokument {i} om läsning.\n"
                                                     for i in range(150)})
    settings = make_settings(tmp_path / "d", database_url=url, corpus_dir=docs, auth_enabled=True, embed_batch_size=4)
    components = Components(settings)
    components._embeddings = base.embeddings
    db = Database.from_settings(settings)
    key, _ = create_key(db, "admin", "ops")
    app = create_app(settings, components, Assistant(components), db)
    runner = app.state.runner
    runner.finish_retry_s = 60
    server = LiveServer(app)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
            job = c.post("/v1/ingest").json()
            subprocess.run([*ctl, "-m", "immediate", "stop"], check=True, capture_output=True)
            stopped_at = datetime.now(UTC)
            time.sleep(2)
            subprocess.run([*ctl, "start"], check=True, capture_output=True)
            runner.wait(timeout=180)
            status = c.get(f"/v1/ingest/{job['id']}").json()
        assert status["status"] == "done", status
        assert datetime.fromisoformat(status["finished_at"]) > stopped_at  # it was still running during the outage
        assert len(components.retriever.snapshot().chunks) == len(DOCS) + 150
    finally:
        server.stop()
        db.engine.dispose()
