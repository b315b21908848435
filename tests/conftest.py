"""Shared fixtures: real Chroma (embedded and as a server), the real e5 model, the real corpus.

The corpus is ingested once per session into a fresh store (`corpus_components`), and so are corpus/ with
evals/extra_docs/, the answer eval's store (`eval_bot`: take it by that name, never build it again). Embeddings are
cached by content hash under .cache/ (like a deployment's cache), so a second
session re-embeds nothing while still running the full ingestion.

A test that uses one of these resources carries its marker (see pyproject.toml), so
`pytest -m "not needs_corpus_index"` and the like select by what a test needs;
collection fails when a test uses a resource fixture without its marker.
Shared fakes live in tests/fakes.py.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant.config import PROJECT_ROOT, Settings, get_settings
from assistant.index.components import Components
from assistant.schema import Chunk
from ingest.pipeline import IngestStats, run

EMBED_CACHE = PROJECT_ROOT / ".cache" / "test-embedding-cache.sqlite"

# Fixture -> the marker every test using it (directly or through another fixture) must carry.
RESOURCE_MARKERS = {
    "corpus_components": "needs_corpus_index",
    "any_corpus": "needs_corpus_index",
    "eval_bot": "needs_corpus_index",
    "server_corpus_components": "needs_chroma_server",
    "chroma_server": "needs_chroma_server",
    "postgres_url": "needs_postgres",
    "browser": "browser",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse a test that uses a resource fixture without the marker that says so."""
    del config
    missing = sorted(
        f"{item.nodeid} -> @pytest.mark.{marker}"
        for item in items
        for fixture, marker in RESOURCE_MARKERS.items()
        if fixture in getattr(item, "fixturenames", ()) and item.get_closest_marker(marker) is None
    )
    if missing:
        raise pytest.UsageError("tests use a resource without its marker:\n  " + "\n  ".join(missing))


def wait_until(page: object, expression: str, timeout: float = 10_000) -> None:
    """Poll a JavaScript expression over the DevTools protocol until it is truthy.

    Playwright's `wait_for_function` evaluates a string inside the page, which the page's
    Content-Security-Policy (no 'unsafe-eval') rightly refuses; `page.evaluate` is not affected.
    """
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} ms waiting for: {expression}")
        page.wait_for_timeout(100)  # type: ignore[attr-defined]


def wait_for_server(url: str, proc: subprocess.Popen, seconds: float = 120) -> None:  # type: ignore[type-arg]
    """Wait until `url` answers 200 (a `jamplan serve` subprocess starting); fail with its stderr if it never does."""
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    pytest.fail(f"workers did not start: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")


def copy_sqlite(src: Path, dst: Path) -> None:
    """Copy a SQLite database including what still sits in its WAL file."""
    import sqlite3

    with sqlite3.connect(str(src)) as source, sqlite3.connect(str(dst)) as target:
        source.backup(target)


def squash(text: str) -> str:
    """Compare text as a reader would: no bullets, hyphenation or spacing differences."""
    text = re.sub(r"-\s+", "", text)
    return re.sub(r"[^\wåäö]+", "", text.lower())


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test: own data dir, the shared embedding cache copied in."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return Settings(data_dir=data_dir, **overrides)  # type: ignore[arg-type]


def word_table(document: Any, rows: list[list[str]]) -> None:
    """A table of `rows` (the first names the columns) added to a python-docx `document`: an uploaded Word report."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text


def text_chunk(text: str, title: str = "Rapport", heading: Sequence[str] = ()) -> Chunk:
    """`text` as one chunk of a report (source 's', from line 1), for tests of what is read in a passage. Its id is
    made of its content: units are cached by chunk id, so two tests' texts must never share an id (an id made of the
    text's length once met a doctest's chunk of the same length, test_asks35)."""
    key = hashlib.sha1("\0".join([title, *heading, text]).encode()).hexdigest()[:16]
    return Chunk(chunk_id=f"text-{key}", source="s", title=title, doc_type="rapport", heading_path=list(heading),
                 start_line=1, end_line=text.count("\n") + 1, text=text)


def text_units(text: str, title: str = "Rapport", heading: Sequence[str] = ()) -> list[Any]:
    """The units (sentences, list items, table rows) of `text_chunk(text, title, heading)`."""
    from assistant.index.units import units_of

    return units_of(text_chunk(text, title, heading))


def scored_units(text: str, title: str = "Rapport", heading: Sequence[str] = ()) -> list[Any]:
    """`text_units(...)`, each scored as the selection scores a unit the question matches fully."""
    from assistant.grounding.selection import Scored

    return [Scored(u, 1.0, 1.0, 0.0) for u in text_units(text, title, heading)]


def first_verdict(bot: Any, text: str) -> tuple[Any, list[Any], Any]:
    """The question `text` as `bot` reads it, its first hits and the judge's verdict on them, before any second look
    (`assistant.grounding.lookagain.look_again`)."""
    ev = bot.evidence
    question = ev.analyse(text)
    hits = ev.search(question.search_text[: bot.settings.max_query_chars], own_words=question.text)
    return question, hits, ev.judge(question, ev.select(question, hits))


def corpus_with_uploads(data_dir: Path, uploads: dict[str, str | bytes]) -> Any:
    """An assistant over the bundled corpus and `uploads` (file name -> text, or bytes for a Word or PDF file), written
    where uploads wait and ingested through the pipeline into one store; the shared embedding cache is copied in, so
    little is embedded."""
    from assistant.service import Assistant

    settings = make_settings(data_dir)
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    for name, content in uploads.items():
        if isinstance(content, bytes):
            (settings.uploads_dir / name).write_bytes(content)
        else:
            (settings.uploads_dir / name).write_text(content, "utf-8")
    if EMBED_CACHE.exists():
        copy_sqlite(EMBED_CACHE, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings, paths=[settings.corpus_dir, settings.uploads_dir])
    assert not stats.skipped, stats.skipped
    return Assistant(components)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for key in list(os.environ):
        if key.startswith("JAMPLAN_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("JAMPLAN_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def corpus_components(tmp_path_factory: pytest.TempPathFactory) -> tuple[Components, IngestStats]:
    """The bundled corpus ingested once into a fresh embedded store."""
    data = tmp_path_factory.mktemp("corpus-store")
    EMBED_CACHE.parent.mkdir(parents=True, exist_ok=True)
    settings = make_settings(data)
    # Vectors are cached by content hash and model, so `make run`'s cache serves the tests too (and back).
    seed = EMBED_CACHE if EMBED_CACHE.exists() else PROJECT_ROOT / ".jamplan" / "embedding-cache.sqlite"
    if seed.exists():
        copy_sqlite(seed, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings)
    copy_sqlite(settings.embedding_cache_path, EMBED_CACHE)
    return components, stats


@pytest.fixture(scope="session")
def eval_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """An assistant over the eval store: corpus/ and evals/extra_docs/ ingested ONCE per session, as the answer eval
    does (`evals.answer_eval.build_eval_store`; the shared embedding cache is copied in, so nothing is embedded
    again). A test module takes it by this name and marks its tests `slow` and `needs_corpus_index`; a new module
    needs no fixture of its own (until session 36 fourteen modules each built the store again in a module fixture:
    Chroma inserts, BM25 and hubness for every one of them).

    Shared, not copied: the modules that take it only ask it questions (`respond`, `stream`, and
    `evidence.analyse/search/select/judge` with `look_again`); none uploads, ingests, removes a source or changes the
    assistant's settings. The assistant keeps nothing between requests (a conversation comes as its history), and
    the product's caches are process-wide and keyed by their inputs, so one assistant answering every module is what
    the answer eval's one process does. Tests that need documents of their own build a store of their own
    (`corpus_with_uploads`, test_own_documents._ingest). A test that would change this store must not take this
    fixture: let it build its own with `ae.build_eval_store(tmp_path_factory.mktemp(...))` (a copy of this store's
    folder is not safe to make while its Chroma client is open: SQLite's WAL and the vector segments are written
    in batches). So that no module can change the store the others are asked on unseen, the teardown checks that it
    still holds the documents and chunks it was built with and that its settings are as built.
    """
    from evals import answer_eval as ae

    bot = ae.build_eval_store(tmp_path_factory.mktemp("eval-store"))
    store, settings = bot.components.store, bot.settings.model_dump()
    built = (store.sources(), store.count())
    yield bot
    assert (store.sources(), store.count()) == built, "a test changed the session's eval store (see eval_bot)"
    assert bot.settings.model_dump() == settings, "a test changed the settings of the session's eval_bot"


@pytest.fixture(scope="module")
def open_api(corpus_components: tuple[Components, IngestStats],
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API over the corpus with auth off, as `make run`'s local demo serves it (a module's own database)."""
    from api.persistence import Database
    from tests.test_api import start_api

    components = corpus_components[0]
    db = Database.from_settings(components.settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path_factory.mktemp('open-db') / 'api.sqlite'}"}))
    server, _ = start_api(components, db, auth_enabled=False, rate_limit_per_minute=100_000,
                          rate_limit_burst=10_000, data_dir=tmp_path_factory.mktemp("open-api-data"))
    yield server.url
    server.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` server on loopback for the session; yields its URL."""
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.exists():
        pytest.fail("the chroma CLI is missing from the environment (pip install chromadb)")
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = open(path / "server.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited: {(path / 'server.log').read_text()[-2000:]}")
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma server did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def _pg_bin(name: str) -> str:
    """A PostgreSQL server binary: from PATH, or Debian's versioned folder."""
    import glob
    import shutil

    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not candidates:
        pytest.fail(f"PostgreSQL's {name} is not installed (make test installs the Debian package 'postgresql')")
    return candidates[-1]


class PostgresCluster:
    """A throwaway PostgreSQL cluster on loopback (run as the postgres user when root); `ctl` + "stop"/"start"
    lets a test take it down and bring it back."""

    def __init__(self, name: str) -> None:
        import pwd
        import shutil
        import tempfile

        # Outside pytest's root-only temp tree, so the postgres user can reach it.
        self.base = Path(tempfile.mkdtemp(prefix=f"jamplan-{name}-"))
        data, sock = self.base / "data", self.base / "sock"
        sock.mkdir()
        prefix: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for p in (self.base, sock):
                os.chown(p, user.pw_uid, user.pw_gid)
            prefix = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--"]
        port = _free_port()
        subprocess.run([*prefix, _pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "jamplan", "-E", "UTF8",
                        "--locale=C"], check=True, capture_output=True)
        self.ctl = [*prefix, _pg_bin("pg_ctl"), "-D", str(data), "-l", str(self.base / "log"), "-w", "-t", "60",
                    "-o", f"-p {port} -k {sock} -c listen_addresses=127.0.0.1"]
        subprocess.run([*self.ctl, "start"], check=True, capture_output=True)
        self.url = f"postgresql://jamplan@127.0.0.1:{port}/postgres"

    def remove(self) -> None:
        import shutil

        subprocess.run([*self.ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL cluster shared by the session's persistence tests."""
    cluster = PostgresCluster("pg")
    try:
        yield cluster.url
    finally:
        cluster.remove()


@pytest.fixture(scope="session")
def server_corpus_components(
    chroma_server: str, corpus_components: tuple[Components, IngestStats], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Components, IngestStats]:
    """The bundled corpus ingested into the `chroma run` server (embeddings come from the shared cache)."""
    data = tmp_path_factory.mktemp("server-corpus")
    settings = make_settings(data, chroma_url=chroma_server, collection="corpus")
    copy_sqlite(corpus_components[0].settings.embedding_cache_path, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings)
    return components, stats


@pytest.fixture(params=["embedded", pytest.param("chroma-server", marks=pytest.mark.needs_chroma_server)])
def any_corpus(request: pytest.FixtureRequest) -> tuple[Components, IngestStats]:
    """The corpus store, once embedded and once behind a Chroma server: the same tests run against both."""
    name = "corpus_components" if request.param == "embedded" else "server_corpus_components"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's headless Chromium through Playwright, one per session for every browser test module."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: make test installs Debian's 'chromium' package")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


def converse(bot: Any, turns: list[tuple[str, str]], options: dict[str, Any] | None = None) -> list[Any]:
    """Ask `turns` (mode, message) in one conversation, each answer passed on as history, every turn with the request
    `options` ({"easy_swedish": True}); the responses."""
    history: list[dict[str, str]] = []
    out = []
    for mode, message in turns:
        response = bot.respond({"message": message, "mode": mode, "history": list(history), "options": options or {}})
        out.append(response)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    return out
