"""Warm-up at start: the API and `jamplan chat` build the answer engine's term weights before the first question.

Over 300k chunks the first answer took ~17 s because it built them (benchmarks/growth.py); these tests check,
on the real corpus store, that a started server or terminal has them built without any question asked, and
that the server answers /healthz while the warm-up is still running. Nothing here measures a time.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.persistence import Database
from assistant.config import Settings
from assistant.index.components import Components
from assistant.service import Assistant

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


def _fresh_assistant(components: Components, **settings: Any) -> tuple[Components, Assistant]:
    """A new assistant over the session's corpus store: its answer engine has built nothing yet."""
    own = Components(components.settings.model_copy(update={"auth_enabled": False} | settings))
    own._store, own._embeddings = components.store, components.embeddings  # noqa: SLF001 - share the index
    return own, Assistant(own)


def _database(tmp_path: Path) -> Database:
    return Database.from_settings(Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'api.sqlite'}"))


def test_api_start_builds_the_term_weights_before_any_question(  # type: ignore[no-untyped-def]
        corpus_components, tmp_path) -> None:
    components, assistant = _fresh_assistant(corpus_components[0])
    assert assistant.evidence.built_for is None
    app = create_app(components.settings, components, assistant, _database(tmp_path))
    with TestClient(app, base_url="http://localhost"):
        app.state.warm_up.join(timeout=300)
        assert not app.state.warm_up.is_alive()
        assert assistant.evidence.built_for == components.retriever.current().version
        assert assistant.evidence.weights.n == len(components.retriever.current().chunks)  # built, not rebuilt


def test_api_start_does_not_wait_for_the_warm_up(corpus_components, tmp_path) -> None:  # type: ignore[no-untyped-def]
    components, assistant = _fresh_assistant(corpus_components[0])
    release = threading.Event()
    real_warm = assistant.evidence.warm

    def slow_warm() -> None:
        release.wait(120)
        real_warm()

    assistant.evidence.warm = slow_warm  # type: ignore[method-assign]
    app = create_app(components.settings, components, assistant, _database(tmp_path))
    with TestClient(app, base_url="http://localhost") as client:
        assert client.get("/healthz").status_code == 200
        assert app.state.warm_up.is_alive() and assistant.evidence.built_for is None
        release.set()
        app.state.warm_up.join(timeout=300)
        assert assistant.evidence.built_for == components.retriever.current().version


def test_no_warm_up_when_it_is_turned_off(corpus_components, tmp_path) -> None:  # type: ignore[no-untyped-def]
    components, assistant = _fresh_assistant(corpus_components[0], warm_up_at_start=False)
    app = create_app(components.settings, components, assistant, _database(tmp_path))
    with TestClient(app, base_url="http://localhost") as client:
        assert client.get("/healthz").status_code == 200
        assert not hasattr(app.state, "warm_up") and assistant.evidence.built_for is None


def test_a_failing_warm_up_is_logged_and_the_first_answer_still_comes(  # type: ignore[no-untyped-def]
        corpus_components, caplog) -> None:
    components, assistant = _fresh_assistant(corpus_components[0])
    real_refresh = assistant.evidence._refresh  # noqa: SLF001

    def unreachable() -> None:
        raise ConnectionError("Chroma borta")

    assistant.evidence._refresh = unreachable  # type: ignore[method-assign]  # noqa: SLF001
    assistant.warm_up_in_background().join(timeout=300)
    assert "warm-up at start failed" in caplog.text and assistant.evidence.built_for is None
    assistant.evidence._refresh = real_refresh  # type: ignore[method-assign]  # noqa: SLF001
    answer = assistant.respond({"message": "Vad är jämställdhetsintegrering?"})
    assert answer.text and assistant.evidence.built_for is not None


def test_terminal_chat_warms_up_while_the_first_question_is_typed(  # type: ignore[no-untyped-def]
        corpus_components, monkeypatch) -> None:
    from jamplan import cli

    _, assistant = _fresh_assistant(corpus_components[0])
    monkeypatch.setattr(cli, "_assistant", lambda: assistant)

    def no_input(_: str) -> str:
        raise EOFError  # the user leaves at once: no question is ever asked

    monkeypatch.setattr("builtins.input", no_input)
    assert cli.cmd_chat(cli.build_parser().parse_args(["chat"])) == 0
    deadline = time.monotonic() + 120  # a wait for the background thread, not a timing assertion
    while assistant.evidence.built_for is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert assistant.evidence.built_for == assistant.components.retriever.current().version
