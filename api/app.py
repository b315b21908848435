"""The HTTP API: a thin FastAPI layer over `assistant.service.Assistant` and `api.persistence.Database`.

Errors are always JSON `{"detail": "<svensk mening>"}` with a 4xx status for the
caller's mistakes; another caller's ids answer exactly like unknown ids (404).
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.auth import LOCAL_CALLER, Caller, KeyCache
from api.export import to_docx, to_markdown
from api.jobs import IngestRunner
from api.metrics import Metrics
from api.persistence import Database, Draft, DraftVersion, Feedback, IngestJob
from api.ratelimit import RateLimiter
from api.schemas import (
    ChatIn,
    ChatOut,
    ConversationOut,
    ConversationSummary,
    Created,
    DilemmaOut,
    DraftEdit,
    DraftIn,
    DraftOut,
    DraftSummary,
    DraftVersionOut,
    FeedbackIn,
    IngestJobOut,
    MessageOut,
    ModeOut,
    ModeSectionOut,
    Problem,
    SourceLine,
    SourceOut,
)
from assistant.citations import cited_numbers
from assistant.config import Settings, get_settings
from assistant.errors import InputError, JamplanError
from assistant.generation.drafts import draft_with_provenance
from assistant.index.components import Components
from assistant.modes import MODES
from assistant.schema import ChatRequest, ChatResponse, Turn
from assistant.service import Assistant, parse_request
from ingest.load import LOADERS

log = logging.getLogger(__name__)
WEB_DIR = Path(__file__).resolve().parent.parent / "web"

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem} for code in (400, 401, 403, 404, 409, 413, 422, 429)
}


class ApiError(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        self.status, self.detail, self.headers = status, detail, headers


def _problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


class BodyLimit:
    """Refuse bodies over the limit (413) by header or by counting what arrives, before any handler runs."""

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int) -> None:
        self.app, self.limit, self.upload_limit = app, limit, upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.upload_limit if scope["path"] == "/v1/ingest" else self.limit
        length = dict(scope.get("headers") or []).get(b"content-length")
        too_big = _problem(413, f"Förfrågan är för stor (högst {limit} byte).")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await too_big(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise ApiError(413, f"Förfrågan är för stor (högst {limit} byte).")
            return message

        await self.app(scope, counted, send)


def create_app(
    settings: Settings | None = None,
    components: Components | None = None,
    assistant: Assistant | None = None,
    db: Database | None = None,
) -> FastAPI:
    settings = settings or get_settings()
    components = components or Components(settings)
    assistant = assistant or Assistant(components)
    db = db or Database.from_settings(settings)
    metrics = Metrics()
    limiter = RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst)
    runner = IngestRunner(components, db)

    app = FastAPI(
        title="jamplan",
        version="0.1.0",
        description="Svar, utkast och diskussionsstöd för jämställdhetsintegrering – med källhänvisningar.",
        responses=ERRORS,
    )
    app.state.settings, app.state.assistant, app.state.db, app.state.runner = settings, assistant, db, runner
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"],
                           allow_headers=["Authorization", "X-API-Key", "Content-Type", "Accept"])
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes, upload_limit=settings.max_upload_bytes)

    # --- errors ------------------------------------------------------------------------------------------

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _problem(exc.status, exc.detail, exc.headers)

    @app.exception_handler(InputError)
    async def _input_error(_: Request, exc: InputError) -> JSONResponse:
        return _problem(422, str(exc))

    @app.exception_handler(JamplanError)
    async def _service_error(_: Request, exc: JamplanError) -> JSONResponse:
        log.warning("service error: %s", exc)
        return _problem(503, f"Tjänsten kunde inte svara just nu: {exc}")

    @app.exception_handler(SQLAlchemyError)
    async def _database_error(_: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.warning("database error: %s", exc)
        return _problem(503, "Databasen svarar inte just nu. Försök igen om en stund; inget sparat har gått förlorat.")

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "okänt fel", "type": ""}
        if first.get("type") in ("json_invalid", "model_attributes_type") or (
            first.get("loc") == ("body",) and first.get("type") != "missing"
        ):
            return _problem(400, "Ogiltig JSON i förfrågan. Skicka ett JSON-objekt i UTF-8.")
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "förfrågan"
        if where == "mode":
            return _problem(422, f"Okänt läge. Välj ett av: {', '.join(MODES)}.")
        return _problem(422, f"Ogiltigt värde för {where}: {first.get('msg')}.")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = {
            400: "Ogiltig förfrågan: kroppen kunde inte läsas. Skicka JSON i UTF-8.",
            404: "Hittades inte.",
            405: "Metoden stöds inte här.",
        }.get(exc.status_code, str(exc.detail))
        return _problem(exc.status_code, detail)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        return _problem(500, "Ett oväntat fel inträffade. Försök igen; kvarstår felet, kontakta förvaltaren.")

    # --- metrics middleware ---------------------------------------------------------------------------------

    @app.middleware("http")
    async def _measure(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except ApiError as exc:  # raised inside the body limit while a handler read the body
            response = _problem(exc.status, exc.detail, exc.headers)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        metrics.requests.labels(request.method, path, str(response.status_code)).inc()
        metrics.latency.labels(request.method, path).observe(time.perf_counter() - started)
        return response

    # --- access ----------------------------------------------------------------------------------------------

    keys = KeyCache(db, settings.auth_cache_s)

    def caller(request: Request) -> Caller:
        if not settings.auth_enabled:
            who = LOCAL_CALLER
        else:
            header = request.headers.get("authorization", "")
            key = header[7:].strip() if header.lower().startswith("bearer ") else request.headers.get("x-api-key", "")
            who = keys.lookup(key.strip()) if key else None
            if who is None:
                raise ApiError(401,
                               "API-nyckel saknas eller är ogiltig. Skicka den som 'Authorization: Bearer <nyckel>'.",
                               {"WWW-Authenticate": "Bearer"})
        wait = limiter.take(who.key_id)
        if wait > 0:
            metrics.rate_limited.inc()
            seconds = max(1, math.ceil(wait))
            raise ApiError(429, f"För många förfrågningar. Vänta {seconds} sekunder och försök igen.",
                           {"Retry-After": str(seconds)})
        return who

    def admin(who: Caller = Depends(caller)) -> Caller:
        if not who.is_admin:
            raise ApiError(403, "Bara administratörer får läsa in dokument.")
        return who

    # --- chat -----------------------------------------------------------------------------------------------

    def _history(who: Caller, conversation_id: str | None) -> list[Turn]:
        if conversation_id is None:
            return []
        with db.session() as s:
            conv = db.conversation(s, who.owner, conversation_id)
            if conv is None:
                raise ApiError(404, "Samtalet finns inte.")
            messages = conv.messages[-settings.history_turns:] if settings.history_turns else []
            return [Turn(role=m.role, content=m.content[:20_000]) for m in messages]  # type: ignore[arg-type]

    def _observe(response: ChatResponse) -> None:
        metrics.retrieval.observe(response.timings.get("retrieval_ms", 0) / 1000)
        metrics.generation.labels(response.backend).observe(response.timings.get("generation_ms", 0) / 1000)
        metrics.answers.labels(response.mode, str(response.grounded).lower()).inc()

    @app.post("/v1/chat", response_model=ChatOut, tags=["chat"],
              responses={200: {"content": {"text/event-stream": {}}}})
    def chat(body: ChatIn, request: Request, who: Caller = Depends(caller)) -> Any:
        """Ett svar med källor. Med `Accept: text/event-stream` strömmas `token`, `citations` och `done`."""
        history = _history(who, body.conversation_id)
        chat_request = parse_request(ChatRequest(message=body.message, mode=body.mode, history=history,
                                                 options=body.options))
        chat_request = assistant.validate(chat_request)
        if "text/event-stream" in request.headers.get("accept", ""):
            return StreamingResponse(_sse(who, body, chat_request), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        response = assistant.respond(chat_request)
        _observe(response)
        conversation_id, message_id = db.record_exchange(who.owner, body.conversation_id, body.mode,
                                                         chat_request.message, response.model_dump(mode="json"))
        return ChatOut(**response.model_dump(), conversation_id=conversation_id, message_id=message_id)

    def _sse(who: Caller, body: ChatIn, chat_request: ChatRequest) -> Iterator[str]:
        try:
            for event in assistant.stream(chat_request):
                if event.type == "token":
                    yield _event("token", {"text": event.data})
                elif event.type == "citations":
                    yield _event("citations", event.data)
                else:
                    response: ChatResponse = event.data
                    _observe(response)
                    # Written only now, whole: a client that left mid-stream leaves nothing half-written.
                    conversation_id, message_id = db.record_exchange(
                        who.owner, body.conversation_id, body.mode, chat_request.message,
                        response.model_dump(mode="json"))
                    done = response.model_dump(mode="json") | {"conversation_id": conversation_id,
                                                                 "message_id": message_id}
                    yield _event("done", done)
        except InputError as exc:
            yield _event("error", {"detail": str(exc), "status": 422})
        except JamplanError as exc:
            yield _event("error", {"detail": f"Tjänsten kunde inte svara just nu: {exc}", "status": 503})
        except SQLAlchemyError as exc:
            log.warning("database error while streaming: %s", exc)
            yield _event("error", {"detail": "Databasen svarar inte just nu; svaret sparades inte. Försök igen.",
                                   "status": 503})

    # --- conversations ----------------------------------------------------------------------------------------

    @app.get("/v1/conversations", response_model=list[ConversationSummary], tags=["conversations"])
    def list_conversations(limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000),
                           who: Caller = Depends(caller)) -> list[ConversationSummary]:
        with db.session() as s:
            return [ConversationSummary.model_validate(c, from_attributes=True)
                    for c in db.conversations(s, who.owner, limit, offset)]

    @app.get("/v1/conversations/{conversation_id}", response_model=ConversationOut, tags=["conversations"])
    def get_conversation(conversation_id: str, who: Caller = Depends(caller)) -> ConversationOut:
        with db.session() as s:
            conv = db.conversation(s, who.owner, conversation_id)
            if conv is None:
                raise ApiError(404, "Samtalet finns inte.")
            messages = [MessageOut(id=m.id, role=m.role, mode=m.mode, content=m.content,  # type: ignore[arg-type]
                                   created_at=m.created_at,
                                   citations=(m.response or {}).get("citations", []),
                                   grounded=(m.response or {}).get("grounded"),
                                   draft=(m.response or {}).get("draft")) for m in conv.messages]
            return ConversationOut(id=conv.id, title=conv.title, created_at=conv.created_at,
                                   updated_at=conv.updated_at, messages=messages)

    @app.delete("/v1/conversations/{conversation_id}", status_code=204, tags=["conversations"])
    def delete_conversation(conversation_id: str, who: Caller = Depends(caller)) -> Response:
        with db.session() as s:
            conv = db.conversation(s, who.owner, conversation_id)
            if conv is None:
                raise ApiError(404, "Samtalet finns inte.")
            s.delete(conv)
        return Response(status_code=204)

    # --- drafts -----------------------------------------------------------------------------------------------

    def _draft_out(draft: Draft, version: DraftVersion | None = None) -> DraftOut:
        current = version or draft.versions[-1]
        structured = draft_with_provenance(draft.kind, current.text, next(
            (v.text for v in draft.versions if v.version == current.version - 1), None))
        return DraftOut(id=draft.id, title=draft.title, kind=draft.kind, version=current.version, text=current.text,
                        citations=current.citations, draft=structured.model_dump() if structured else None,
                        conversation_id=draft.conversation_id,
                        message_id=draft.message_id, created_at=draft.created_at, updated_at=draft.updated_at,
                        versions=[DraftVersionOut(version=v.version, created_at=v.created_at) for v in draft.versions])

    @app.post("/v1/drafts", response_model=DraftOut, status_code=201, tags=["drafts"])
    def create_draft(body: DraftIn, who: Caller = Depends(caller)) -> DraftOut:
        """Spara ett utkast ur ett svar (`message_id`) eller ur egen text."""
        with db.session() as s:
            text, citations, kind, conversation_id = body.text, [], body.kind or "fraga", None
            title = body.title
            if body.message_id is not None:
                message = db.message(s, who.owner, body.message_id)
                if message is None or message.role != "assistant":
                    raise ApiError(404, "Svaret finns inte.")
                response = message.response or {}
                text = body.text if body.text is not None else message.content
                citations = response.get("citations", [])
                kind = body.kind or message.mode
                conversation_id = message.conversation_id
                title = title or ((response.get("draft") or {}).get("title")) or message.content.split("\n")[0][:80]
            if not text or not text.strip():
                raise ApiError(422, "Utkastet är tomt. Ange text eller ett svar (message_id) att spara.")
            draft = Draft(owner=who.owner, kind=kind, title=(title or text.strip().split("\n")[0])[:200].strip("# "),
                          conversation_id=conversation_id, message_id=body.message_id)
            draft.versions.append(DraftVersion(version=1, text=text, citations=_used(text, citations)))
            s.add(draft)
            s.flush()
            return _draft_out(draft)

    @app.get("/v1/drafts", response_model=list[DraftSummary], tags=["drafts"])
    def list_drafts(limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000),
                    who: Caller = Depends(caller)) -> list[DraftSummary]:
        with db.session() as s:
            return [DraftSummary(id=d.id, title=d.title, kind=d.kind, version=d.versions[-1].version,
                                 updated_at=d.updated_at) for d in db.drafts(s, who.owner, limit, offset)]

    def _owned_draft(s: Any, who: Caller, draft_id: str) -> Draft:
        draft = db.draft(s, who.owner, draft_id)
        if draft is None:
            raise ApiError(404, "Utkastet finns inte.")
        return draft

    @app.get("/v1/drafts/{draft_id}", response_model=DraftOut, tags=["drafts"])
    def get_draft(draft_id: str, who: Caller = Depends(caller)) -> DraftOut:
        with db.session() as s:
            return _draft_out(_owned_draft(s, who, draft_id))

    @app.put("/v1/drafts/{draft_id}", response_model=DraftOut, tags=["drafts"])
    def edit_draft(draft_id: str, body: DraftEdit, who: Caller = Depends(caller)) -> DraftOut:
        """Varje sparning blir en ny version; tidigare versioner finns kvar."""
        with db.session() as s:
            draft = _owned_draft(s, who, draft_id)
            previous = draft.versions[-1]
            draft.versions.append(DraftVersion(version=previous.version + 1, text=body.text,
                                               citations=_used(body.text, previous.citations)))
            if body.title:
                draft.title = body.title
            draft.updated_at = datetime.now(UTC)
            s.flush()
            return _draft_out(draft)

    @app.get("/v1/drafts/{draft_id}/versions/{version}", response_model=DraftOut, tags=["drafts"])
    def get_draft_version(draft_id: str, version: int, who: Caller = Depends(caller)) -> DraftOut:
        with db.session() as s:
            draft = _owned_draft(s, who, draft_id)
            found = next((v for v in draft.versions if v.version == version), None)
            if found is None:
                raise ApiError(404, "Den versionen finns inte.")
            return _draft_out(draft, found)

    @app.delete("/v1/drafts/{draft_id}", status_code=204, tags=["drafts"])
    def delete_draft(draft_id: str, who: Caller = Depends(caller)) -> Response:
        with db.session() as s:
            s.delete(_owned_draft(s, who, draft_id))
        return Response(status_code=204)

    @app.get("/v1/drafts/{draft_id}/export", tags=["drafts"],
             responses={200: {"content": {"text/markdown": {}, "application/octet-stream": {}}}})
    def export_draft(draft_id: str, format: str = Query("md", pattern="^(md|docx)$"),  # noqa: A002
                     version: int | None = Query(None, ge=1), who: Caller = Depends(caller)) -> Response:
        """Markdown eller DOCX; källhänvisningarna blir fotnoter med dokument, avsnitt och rader."""
        with db.session() as s:
            draft = _owned_draft(s, who, draft_id)
            current = next((v for v in draft.versions if v.version == version), None) if version else draft.versions[-1]
            if current is None:
                raise ApiError(404, "Den versionen finns inte.")
            title, text, citations = draft.title, current.text, current.citations
        name = re.sub(r"[^\w-]+", "-", title.lower()).strip("-")[:60] or "utkast"
        if format == "docx":
            return Response(to_docx(title, text, citations),
                            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            headers={"Content-Disposition": f'attachment; filename="{name}.docx"'})
        return Response(to_markdown(title, text, citations), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.md"'})

    # --- sources and feedback ----------------------------------------------------------------------------------

    @app.get("/v1/sources/{chunk_id}", response_model=SourceOut, tags=["sources"])
    def get_source(chunk_id: str, context: int = Query(4, ge=0, le=50),
                   start_line: int | None = Query(None, ge=1), end_line: int | None = Query(None, ge=1),
                   who: Caller = Depends(caller)) -> SourceOut:
        """Det citerade stycket med omgivande rader; `start_line`/`end_line` markerar den citerade delen."""
        del who
        chunk = assistant.components.retriever.snapshot().chunks.get(chunk_id)
        if chunk is None:
            raise ApiError(404, "Källan finns inte (dokumentet kan ha lästs in på nytt).")
        first, last = start_line or chunk.start_line, end_line or chunk.end_line
        lines = _original_lines(chunk.path, chunk.text)
        shown: list[SourceLine] = []
        if lines:
            lo, hi = max(1, chunk.start_line - context), min(len(lines), chunk.end_line + context)
            shown = [SourceLine(n=n, text=lines[n - 1], cited=first <= n <= last) for n in range(lo, hi + 1)]
        return SourceOut(chunk_id=chunk.chunk_id, source=chunk.source, title=chunk.title, doc_type=chunk.doc_type,
                         heading_path=chunk.heading_path_text, start_line=chunk.start_line,
                         end_line=chunk.end_line, text=chunk.text, context=shown)

    @app.post("/v1/feedback", response_model=Created, status_code=201, tags=["feedback"])
    def feedback(body: FeedbackIn, who: Caller = Depends(caller)) -> Created:
        with db.session() as s:
            message = db.message(s, who.owner, body.message_id)
            if message is None or message.role != "assistant":
                raise ApiError(404, "Svaret finns inte.")
            row = Feedback(owner=who.owner, message_id=body.message_id, rating=body.rating, comment=body.comment)
            s.add(row)
            s.flush()
            return Created(id=row.id)

    @app.get("/v1/modes", response_model=list[ModeOut], tags=["chat"])
    def modes() -> list[ModeOut]:
        """Lägena med etikett, hjälptext och utkastets avsnitt; öppet utan nyckel, så sidan kan visa dem direkt."""
        return [ModeOut(name=m.name, label=m.label, help=m.help, is_draft=m.is_draft,
                        sections=[ModeSectionOut(key=k, heading=h) for k, h in m.draft_sections])
                for m in MODES.values()]

    @app.get("/v1/dilemmas", response_model=list[DilemmaOut], tags=["chat"])
    def dilemmas(who: Caller = Depends(caller)) -> list[DilemmaOut]:
        """Dilemman som kursens workshoppar diskuterade, att starta ett samtal från."""
        del who
        return [DilemmaOut(title=d.title, workshop=d.workshop, chunk_id=d.chunk.chunk_id, source=d.chunk.source,
                           start_line=d.start_line, end_line=d.end_line) for d in assistant.evidence.dilemmas]

    # --- ingestion (admin) ------------------------------------------------------------------------------------

    @app.post("/v1/ingest", response_model=IngestJobOut, status_code=202, tags=["admin"])
    def start_ingest(files: list[UploadFile] | None = File(default=None), who: Caller = Depends(admin)) -> IngestJobOut:
        """Läs in uppladdade dokument (eller läs om korpusen) i bakgrunden; följ förloppet på statusadressen."""
        saved = [_save_upload(settings, f) for f in files or []]
        roots = [settings.corpus_dir] + ([settings.uploads_dir] if settings.uploads_dir.exists() else [])
        job_id = runner.start(who.owner, roots)
        if job_id is None:
            for path in saved:
                log.info("upload %s kept for the next ingest", path)
            raise ApiError(409, "En inläsning pågår redan. Vänta tills den är klar.")
        metrics.ingest_running.set(1)
        return _job(job_id)

    @app.get("/v1/ingest/{job_id}", response_model=IngestJobOut, tags=["admin"])
    def ingest_status(job_id: str, who: Caller = Depends(admin)) -> IngestJobOut:
        del who
        if not runner.busy:
            metrics.ingest_running.set(0)
        return _job(job_id)

    def _job(job_id: str) -> IngestJobOut:
        with db.session() as s:
            job = s.get(IngestJob, job_id)
            if job is None:
                raise ApiError(404, "Inläsningen finns inte.")
            return IngestJobOut.model_validate(job, from_attributes=True)

    # --- operations -------------------------------------------------------------------------------------------

    # --- the web front end (static files, no build step) -------------------------------------------------

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(WEB_DIR / "widget.js", media_type="text/javascript")

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"], responses={503: {"model": Problem}})
    def readyz() -> Response:
        checks: dict[str, str] = {}
        try:
            assistant.components.store.ping()
            checks["store"] = "ok"
            chunks = len(assistant.components.retriever.snapshot().chunks)
            checks["index"] = f"ok ({chunks} chunkar)" if chunks else "tomt – kör jamplan ingest"
            db.ping()
            checks["database"] = "ok"
        except Exception as exc:  # report, don't crash: this endpoint exists to say what is wrong
            checks["error"] = str(exc)[:300]
        ready = all(v.startswith("ok") for v in checks.values()) and len(checks) == 3
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    @app.get("/metrics", tags=["ops"], response_class=PlainTextResponse)
    def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app


def create_local_demo_app() -> FastAPI:
    """The app for `jamplan serve --no-auth --workers N`: settings from get_settings(), API keys not required."""
    return create_app(get_settings().model_copy(update={"auth_enabled": False}))


def _event(name: str, data: Any) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _used(text: str, citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The citations the text still refers to (an edit may have removed some)."""
    numbers = set(cited_numbers(text))
    return [c for c in citations if int(c.get("n", 0)) in numbers]


def _original_lines(path: str, text: str) -> list[str]:
    """The source file's lines, if it is still there and still holds the passage."""
    try:
        lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    except (OSError, ValueError):
        return []
    probe = re.sub(r"\W+", "", text[:60].lower())[:30]
    return lines if probe and probe in re.sub(r"\W+", "", " ".join(lines).lower()) else []


def _save_upload(settings: Settings, upload: UploadFile) -> Path:
    name = Path(upload.filename or "").name
    if not name or Path(name).suffix.lower() not in set(LOADERS):
        raise ApiError(422, f"Filtypen stöds inte: {name or '(namnlös)'}. Tillåtna: {', '.join(sorted(set(LOADERS)))}.")
    name = re.sub(r"[^\w.\- ]+", "_", name)[:120]
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    target = settings.uploads_dir / name
    data = upload.file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise ApiError(413, f"Filen {name} är för stor (högst {settings.max_upload_bytes} byte).")
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
