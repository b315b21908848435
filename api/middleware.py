"""Middleware: the request-body limit (413 before any handler runs) and request metrics."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.metrics import Metrics
from api.problems import ApiError, problem
from assistant import stages


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
        too_big = problem(413, f"Förfrågan är för stor (högst {limit} byte).")
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


def measure(metrics: Metrics) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """An `http` middleware counting requests and their latency per route template."""

    async def _measure(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except ApiError as exc:  # raised inside the body limit while a handler read the body
            response = problem(exc.status, exc.detail, exc.headers)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        metrics.requests.labels(request.method, path, str(response.status_code)).inc()
        metrics.latency.labels(request.method, path).observe(time.perf_counter() - started)
        return response

    return _measure


class ServerTiming:
    """Open a stage record (assistant.stages) per request; with `enabled`, report it as `Server-Timing`.

    The header goes out with the response's start, so it holds the stages done by then: all of them
    for a JSON answer, the ones before the first event for a stream. `total` is the time until then.
    """

    def __init__(self, app: ASGIApp, enabled: bool) -> None:
        self.app, self.enabled = app, enabled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.enabled:
            await self.app(scope, receive, send)
            return
        record = stages.record()
        started = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start" and record:
                value = stages.header(record | {"total": (time.perf_counter() - started) * 1000})
                message = {**message, "headers": [*message.get("headers", []), (b"server-timing", value.encode())]}
            await send(message)

        await self.app(scope, receive, timed_send)
