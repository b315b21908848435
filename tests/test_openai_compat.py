"""jamplan as an OpenAI-compatible model, driven by the official `openai` package over a real uvicorn server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from api.persistence import Database
from assistant.index.components import Components
from assistant.modes import MODES
from tests.live import LiveServer
from tests.test_api import start_api

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.needs_corpus_index]


@pytest.fixture(scope="module")
def served(corpus_components, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str]]]:  # type: ignore[no-untyped-def]
    components: Components = corpus_components[0]
    db = Database.from_settings(components.settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path_factory.mktemp('oa') / 'oa.sqlite'}"}))
    server, keys = start_api(components, db, rate_limit_per_minute=100_000, rate_limit_burst=10_000)
    yield server, keys
    server.stop()


def client(server: LiveServer, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0, timeout=60)


def test_models_list_one_per_mode(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, keys = served
    ids = [m.id for m in client(server, keys["anna"]).models.list()]
    assert ids == ["jamplan-" + name.replace("_", "-") for name in MODES]
    assert "jamplan-fraga" in ids and "jamplan-lokalt-mal" in ids


def test_completion_has_sources_in_text_and_field(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, keys = served
    reply = client(server, keys["anna"]).chat.completions.create(
        model="jamplan-fraga", messages=[{"role": "system", "content": "Du är en hjälpsam assistent."},
                                         {"role": "user", "content": "Vilka insatser föreslås mot mobbning?"}])
    content = reply.choices[0].message.content or ""
    assert reply.object == "chat.completion" and reply.model == "jamplan-fraga"
    assert reply.choices[0].finish_reason == "stop"
    citations = (reply.model_extra or {})["citations"]
    assert citations and "[1]" in content
    assert "**Källor**" in content
    listed = content.split("**Källor**")[1]
    for c in citations:
        assert f"{c['n']}. {c['title']} ({c['source']}" in listed
    assert reply.usage is not None and reply.usage.completion_tokens > 0


def test_streamed_completion_matches_whole_one(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, keys = served
    oa = client(server, keys["anna"])
    question = [{"role": "user", "content": "Vad är förändringsteori?"}]
    stream = oa.chat.completions.create(model="jamplan-fraga", messages=question, stream=True,  # type: ignore[arg-type]
                                        stream_options={"include_usage": True})
    chunks = list(stream)
    deltas = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(deltas) > 3
    finals = [c for c in chunks if c.choices and c.choices[0].finish_reason == "stop"]
    assert len(finals) == 1 and (finals[0].model_extra or {})["citations"]
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    whole = oa.chat.completions.create(model="jamplan-fraga", messages=question)  # type: ignore[arg-type]
    assert "".join(deltas) == whole.choices[0].message.content


def test_history_and_draft_mode_through_the_sdk(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, keys = served
    oa = client(server, keys["anna"])
    first = oa.chat.completions.create(model="jamplan-fraga",
                                       messages=[{"role": "user", "content": "Vilka problem har pojkar i skolan?"}])
    follow = oa.chat.completions.create(model="jamplan-fraga", messages=[
        {"role": "user", "content": "Vilka problem har pojkar i skolan?"},
        {"role": "assistant", "content": first.choices[0].message.content or ""},
        {"role": "user", "content": [{"type": "text", "text": "och för flickor då?"}]},
    ])
    assert "flickor" in (follow.choices[0].message.content or "").lower()
    draft = oa.chat.completions.create(model="jamplan-lokalt-mal",
                                       messages=[{"role": "user", "content": "Vi vill ge pojkar läxhjälp"}],
                                       extra_body={"options": {"org": "Borås Stad"}})
    assert "Borås Stad" in (draft.choices[0].message.content or "")


def test_keys_and_bad_models_are_refused(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, _ = served
    with pytest.raises(openai.AuthenticationError):
        client(server, "jp_fel").models.list()
    with pytest.raises(openai.AuthenticationError):
        client(server, "jp_fel").chat.completions.create(model="jamplan-fraga",
                                                         messages=[{"role": "user", "content": "Hej"}])
    _, keys = served
    with pytest.raises(openai.UnprocessableEntityError) as bad:
        client(server, keys["anna"]).chat.completions.create(model="gpt-4o",
                                                             messages=[{"role": "user", "content": "Hej"}])
    assert "Okänd modell" in str(bad.value)
    r = httpx.post(f"{server.url}/v1/chat/completions", headers={"Authorization": f"Bearer {keys['anna']}"},
                   json={"model": "jamplan-fraga", "messages": [{"role": "assistant", "content": "Hej"}]})
    assert r.status_code == 422 and "användaren" in r.json()["detail"]


def test_openapi_lists_the_compatible_endpoints(served: tuple[LiveServer, dict[str, str]]) -> None:
    server, _ = served
    paths = httpx.get(f"{server.url}/openapi.json").json()["paths"]
    assert "post" in paths["/v1/chat/completions"] and "get" in paths["/v1/models"]
