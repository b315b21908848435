"""OpenAI-compatible endpoints: `GET /v1/models` and `POST /v1/chat/completions` (streamed or whole)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from fastapi import APIRouter

from api import openai_compat as oa
from api import sse, turns
from api.deps import CallerDep, Services, ServicesDep
from assistant.generation.tokens import TokenCounter
from assistant.schema import ChatRequest, ChatResponse

router = APIRouter(tags=["openai"])


@lru_cache(maxsize=1)
def _counter() -> TokenCounter:
    return TokenCounter()


@router.get("/v1/models", response_model=oa.ModelList)
def list_models(who: CallerDep) -> oa.ModelList:
    """Ett läge per modell (t.ex. `jamplan-fraga`, `jamplan-lokalt-mal`), för OpenAI-kompatibla klienter."""
    del who
    return oa.models()


@router.post("/v1/chat/completions", response_model=oa.CompletionOut,
             responses={200: {"content": {"text/event-stream": {}}}})
def chat_completions(body: oa.CompletionIn, services: ServicesDep, who: CallerDep) -> Any:
    """OpenAI:s chat completions-format; `stream: true` ger `chat.completion.chunk`-händelser och `[DONE]`."""
    del who
    request = services.assistant.validate(oa.to_request(body))
    if body.stream:
        include_usage = bool((body.stream_options or {}).get("include_usage"))
        return sse.response(_frames(services, body.model, request, include_usage), on_error=_stream_error)
    response = services.assistant.respond(request)
    turns.observe(services, response)
    content = response.text + oa.source_list(response.citations)
    return oa.CompletionOut(id=oa.new_id(), created=oa.now(), model=body.model,
                            choices=[oa.Choice(message=oa.AnswerMessage(content=content))],
                            usage=oa.usage(_counter(), request, content), citations=response.citations)


def _frames(services: Services, model: str, request: ChatRequest, include_usage: bool) -> Iterator[str]:
    completion_id, created = oa.new_id(), oa.now()
    yield sse.event(None, oa.chunk(completion_id, created, model, {"role": "assistant", "content": ""}))
    for item in services.assistant.stream(request):
        if item.type == "token":
            yield sse.event(None, oa.chunk(completion_id, created, model, {"content": item.data}))
        elif item.type == "done":
            response: ChatResponse = item.data
            turns.observe(services, response)
            sources = oa.source_list(response.citations)
            if sources:
                yield sse.event(None, oa.chunk(completion_id, created, model, {"content": sources}))
            citations = [c.model_dump() for c in response.citations]
            yield sse.event(None, oa.chunk(completion_id, created, model, {}, "stop", citations=citations))
            if include_usage:
                used = oa.usage(_counter(), request, response.text + sources)
                yield sse.event(None, {"id": completion_id, "object": "chat.completion.chunk", "created": created,
                                       "model": model, "choices": [], "usage": used.model_dump()})
    yield sse.event(None, "[DONE]")


def _stream_error(status: int, detail: str) -> str:
    """OpenAI's streamed error shape, then the end marker clients wait for."""
    kind = "invalid_request_error" if status < 500 else "server_error"
    return sse.event(None, {"error": {"message": detail, "type": kind, "code": status}}) + sse.event(None, "[DONE]")
