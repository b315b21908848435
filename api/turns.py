"""One chat turn for the API: the stored history joined to the request, and the answer recorded whole."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from api import workspace
from api.auth import Caller
from api.deps import Services
from api.schemas import ChatIn
from assistant.modes import DRAFT_MODES
from assistant.schema import ChatRequest, ChatResponse, StreamEvent
from assistant.service import parse_request


@dataclass(frozen=True)
class ChatTurn:
    """A validated request and where its exchange goes in the conversation (`replace_from`: None = appended)."""

    request: ChatRequest
    replace_from: int | None


def prepare(services: Services, who: Caller, body: ChatIn) -> ChatTurn:
    """The validated request with the conversation's history (404 for another owner's conversation)."""
    history, replace_from = workspace.history(services.db, who.owner, body.conversation_id,
                                              services.settings.history_turns, body.replaces,
                                              plan=body.mode in DRAFT_MODES)
    request = parse_request(ChatRequest(message=body.message, mode=body.mode, history=history, options=body.options))
    return ChatTurn(services.assistant.validate(request), replace_from)


def observe(services: Services, response: ChatResponse) -> None:
    metrics = services.metrics
    metrics.retrieval.observe(response.timings.get("retrieval_ms", 0) / 1000)
    metrics.generation.labels(response.backend).observe(response.timings.get("generation_ms", 0) / 1000)
    metrics.answers.labels(response.mode, str(response.grounded).lower()).inc()


def finish(services: Services, who: Caller, body: ChatIn, turn: ChatTurn, response: ChatResponse) -> tuple[str, str]:
    """Record the exchange (returns conversation and message ids)."""
    observe(services, response)
    return workspace.record(services.db, who.owner, body.conversation_id, turn.request.message, response,
                            body.options, turn.replace_from)


def stream(services: Services, who: Caller, body: ChatIn, turn: ChatTurn) -> Iterator[StreamEvent]:
    """The assistant's events; `done` carries the stored ids. Written only at the end, whole: a client that
    leaves mid-stream leaves nothing half-written (and a replaced answer stays until then)."""
    for item in services.assistant.stream(turn.request):
        if item.type != "done":
            yield item
            continue
        response: ChatResponse = item.data
        conversation_id, message_id = finish(services, who, body, turn, response)
        yield StreamEvent(type="done", data=response.model_dump(mode="json") | {
            "conversation_id": conversation_id, "message_id": message_id})
