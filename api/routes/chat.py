"""Chat: an answer (JSON or SSE), feedback on it, and the mode registry and dilemmas the page starts from."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request

from api import sse, turns, workspace
from api.deps import AssistantDep, CallerDep, ServicesDep
from api.schemas import ChatIn, ChatOut, Created, DilemmaOut, FeedbackIn, ModeOut, ModeSectionOut
from assistant.modes import MODES

router = APIRouter(tags=["chat"])


@router.post("/v1/chat", response_model=ChatOut, responses={200: {"content": {"text/event-stream": {}}}})
def chat(body: ChatIn, request: Request, services: ServicesDep, who: CallerDep) -> Any:
    """Ett svar med källor. Med `Accept: text/event-stream` strömmas `token`, `citations` och `done`."""
    turn = turns.prepare(services, who, body)
    if "text/event-stream" in request.headers.get("accept", ""):
        frames: Iterator[str] = (
            sse.event(e.type, {"text": e.data} if e.type == "token" else e.data)
            for e in turns.stream(services, who, body, turn)
        )
        return sse.response(frames)
    response = services.assistant.respond(turn.request)
    conversation_id, message_id = turns.finish(services, who, body, turn, response)
    return ChatOut(**response.model_dump(), conversation_id=conversation_id, message_id=message_id)


@router.post("/v1/feedback", response_model=Created, status_code=201, tags=["feedback"])
def feedback(body: FeedbackIn, services: ServicesDep, who: CallerDep) -> Created:
    return Created(id=workspace.feedback(services.db, who.owner, body))


@router.get("/v1/modes", response_model=list[ModeOut])
def modes() -> list[ModeOut]:
    """Lägena med etikett, hjälptext och utkastets avsnitt; öppet utan nyckel, så sidan kan visa dem direkt."""
    return [ModeOut(name=m.name, label=m.label, help=m.help, is_draft=m.is_draft,
                    sections=[ModeSectionOut(key=k, heading=h) for k, h in m.draft_sections],
                    examples=list(m.examples))
            for m in MODES.values()]


@router.get("/v1/dilemmas", response_model=list[DilemmaOut])
def dilemmas(assistant: AssistantDep, who: CallerDep) -> list[DilemmaOut]:
    """Dilemman som kursens workshoppar diskuterade, att starta ett samtal från."""
    del who
    return [DilemmaOut(title=d.title, workshop=d.workshop, chunk_id=d.chunk.chunk_id, source=d.chunk.source,
                       start_line=d.start_line, end_line=d.end_line) for d in assistant.evidence.dilemmas]
