"""Chat: an answer (JSON or SSE), feedback on it, and the mode registry and dilemmas the page starts from."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from api import sse, turns, workspace
from api.auth import Caller
from api.deps import AssistantDep, CallerDep, Services, ServicesDep
from api.schemas import ChatIn, ChatOut, Created, DilemmaOut, FeedbackIn, ModeOut, ModeSectionOut
from assistant import stages
from assistant.modes import MODES
from assistant.schema import ChatResponse
from assistant.stages import stage

# Stages HybridRetriever.search records (assistant/index/retrieval.py); the rest of a turn is composition.
RETRIEVAL_STAGES = ("index_check", "embedding", "dense_search", "lexical_search", "fusion")

router = APIRouter(tags=["chat"])


@router.post("/v1/chat", response_model=ChatOut, responses={200: {"content": {"text/event-stream": {}}}})
async def chat(body: ChatIn, request: Request, services: ServicesDep, who: CallerDep) -> Any:
    """Ett svar med källor. Med `Accept: text/event-stream` strömmas `status`, `token`, `citations` och `done`."""
    with stage("history"):  # a new conversation reads no database: no trip through the thread pool
        turn = (turns.prepare(services, who, body) if body.conversation_id is None
                else await run_in_threadpool(turns.prepare, services, who, body))
    if "text/event-stream" in request.headers.get("accept", ""):
        return sse.response(_frames(services, who, body, turn))
    response = await services.compute.run(lambda: _answer(services, turn))
    content = await run_in_threadpool(_record, services, who, body, turn, response)
    return Response(content, media_type="application/json")


def _answer(services: Services, turn: turns.ChatTurn) -> ChatResponse:
    """The answer, on the compute pool; answer composition is what the assistant spent beyond retrieval."""
    started = time.perf_counter()
    before = sum((stages.current() or {}).get(s, 0.0) for s in RETRIEVAL_STAGES)
    response = services.assistant.respond(turn.request)
    retrieval = sum((stages.current() or {}).get(s, 0.0) for s in RETRIEVAL_STAGES) - before
    stages.add("answer_composition", (time.perf_counter() - started) * 1000 - retrieval)
    return response


def _record(services: Services, who: Caller, body: ChatIn, turn: turns.ChatTurn, response: ChatResponse) -> bytes:
    with stage("persistence"):
        conversation_id, message_id = turns.finish(services, who, body, turn, response)
    with stage("serialisation"):  # straight from pydantic-core: the response model needs no second validation
        return ChatOut(**response.__dict__, conversation_id=conversation_id,
                       message_id=message_id).model_dump_json().encode()


async def _frames(services: Services, who: Caller, body: ChatIn, turn: turns.ChatTurn) -> AsyncIterator[str]:
    """`status` at once (the client can show that the question is being looked up), then the assistant's
    events: the first (retrieval and composition) from the compute pool, the rest as they come."""
    yield sse.event("status", {"stage": "retrieval"})
    events = iter(turns.stream(services, who, body, turn))
    item = await services.compute.run(lambda: next(events, None))
    while item is not None:
        yield sse.event(item.type, {"text": item.data} if item.type == "token" else item.data)
        item = await run_in_threadpool(next, events, None)


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
