"""Server-Sent Events: the one place that frames events and maps errors raised mid-stream to an `error` event.

Once a stream has started its status is 200, so a failure can only be told in the stream itself:
`error` carries the Swedish detail and the status the same failure would have had as a plain request.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from sqlalchemy.exc import SQLAlchemyError

from api.problems import UNEXPECTED, service_detail
from assistant.errors import InputError, JamplanError

log = logging.getLogger(__name__)

HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def event(name: str | None, data: Any) -> str:
    """One frame; `name=None` leaves out the `event:` line (the OpenAI chunk format has none)."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {payload}\n\n"


def error_of(exc: Exception) -> tuple[int, str]:
    """The (status, Swedish detail) a failure maps to, the same as for a non-streamed request."""
    if isinstance(exc, InputError):
        return 422, str(exc)
    if isinstance(exc, JamplanError):
        log.warning("service error while streaming: %s", exc)
        return 503, service_detail(exc)
    if isinstance(exc, SQLAlchemyError):
        log.warning("database error while streaming: %s", exc)
        return 503, "Databasen svarar inte just nu; svaret sparades inte. Försök igen."
    log.error("unhandled error while streaming", exc_info=exc)
    return 500, UNEXPECTED


def guarded(frames: Iterable[str], on_error: Any = None) -> Iterator[str]:
    """Re-yield `frames`; a failure becomes one last frame (`on_error(status, detail)` or an `error` event)."""
    try:
        yield from frames
    except Exception as exc:  # the stream is the only channel left to tell the client
        status, detail = error_of(exc)
        yield on_error(status, detail) if on_error else event("error", {"detail": detail, "status": status})


async def guarded_async(frames: AsyncIterable[str], on_error: Any = None) -> AsyncIterator[str]:
    """`guarded` for frames produced on the event loop (api/routes/chat.py)."""
    try:
        async for frame in frames:
            yield frame
    except Exception as exc:  # the stream is the only channel left to tell the client
        status, detail = error_of(exc)
        yield on_error(status, detail) if on_error else event("error", {"detail": detail, "status": status})


def response(frames: Iterable[str] | AsyncIterable[str], on_error: Any = None) -> StreamingResponse:
    body = guarded_async(frames, on_error) if isinstance(frames, AsyncIterable) else guarded(frames, on_error)
    return StreamingResponse(body, media_type="text/event-stream", headers=HEADERS)
