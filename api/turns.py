"""One chat turn for the API: the stored history joined to the request, and the answer recorded whole."""

from __future__ import annotations

from collections.abc import Iterator

from api import workspace
from api.auth import Caller
from api.deps import Services
from api.schemas import ChatIn
from assistant.schema import ChatRequest, ChatResponse, StreamEvent
from assistant.service import parse_request


def prepare(services: Services, who: Caller, body: ChatIn) -> ChatRequest:
    """The validated request with the conversation's history (404 for another owner's conversation)."""
    history = workspace.history(services.db, who.owner, body.conversation_id, services.settings.history_turns)
    request = parse_request(ChatRequest(message=body.message, mode=body.mode, history=history, options=body.options))
    return services.assistant.validate(request)


def observe(services: Services, response: ChatResponse) -> None:
    metrics = services.metrics
    metrics.retrieval.observe(response.timings.get("retrieval_ms", 0) / 1000)
    metrics.generation.labels(response.backend).observe(response.timings.get("generation_ms", 0) / 1000)
    metrics.answers.labels(response.mode, str(response.grounded).lower()).inc()


def finish(services: Services, who: Caller, body: ChatIn, request: ChatRequest,
           response: ChatResponse) -> tuple[str, str]:
    """Record the exchange (returns conversation and message ids)."""
    observe(services, response)
    return workspace.record(services.db, who.owner, body.conversation_id, request.message, response, body.options)


def stream(services: Services, who: Caller, body: ChatIn, request: ChatRequest) -> Iterator[StreamEvent]:
    """The assistant's events; `done` carries the stored ids. Written only at the end, whole: a client that
    leaves mid-stream leaves nothing half-written."""
    for item in services.assistant.stream(request):
        if item.type != "done":
            yield item
            continue
        response: ChatResponse = item.data
        conversation_id, message_id = finish(services, who, body, request, response)
        yield StreamEvent(type="done", data=response.model_dump(mode="json") | {
            "conversation_id": conversation_id, "message_id": message_id})
