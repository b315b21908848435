"""Edge protections that run before any route: hosts, origins, body size, early auth for uploads, headers.

One pure-ASGI middleware (streaming responses pass through untouched), installed by the app factory with
`install_security(app, settings, db)`:

- **Allowed hosts.** A `Host` outside `allowed_hosts` gets 400, which stops DNS rebinding. With none
  configured, a demo (auth off) answers only to localhost, 127.0.0.1 and [::1].
- **Foreign origins.** A state-changing request (POST, PUT, PATCH, DELETE) whose `Origin` is neither the
  server's own nor in `cors_origins` gets 403; in a demo, uploads (`POST /v1/ingest`) only from the same origin.
- **Auth before a large body.** With auth on, `POST /v1/ingest` (the only route that accepts megabytes) is
  checked for an admin key before one byte of its body is read.
- **413 however the body comes.** Bytes are counted as they arrive, so a chunked body over the limit gets the
  same 413 as one that declares its length.
- **Security headers** on every response: nosniff, Referrer-Policy, frame-ancestors / X-Frame-Options, and a
  Content-Security-Policy (the page's own scripts and styles only; API replies may load nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import urlsplit

import anyio
from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.auth import KeyCache
from api.persistence import Database
from assistant.config import Settings

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]", "::1")
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
UPLOAD_PATH = "/v1/ingest"
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
API_CSP = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI and ReDoc load their own scripts; they get the plain headers only.
DOC_PATHS = ("/docs", "/redoc", "/openapi.json")


def _host_name(host: str) -> str:
    """'127.0.0.1:8000' -> '127.0.0.1'; '[::1]:8000' -> '[::1]'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _origin_of(value: str) -> str:
    parts = urlsplit(value.strip().lower())
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else value.strip().lower()


class EdgeGuard:
    """The checks above, in the order a request meets them."""

    def __init__(self, app: ASGIApp, settings: Settings, keys: KeyCache | None) -> None:
        self.app = app
        self.settings = settings
        self.keys = keys
        configured = [h.lower() for h in settings.allowed_hosts]
        self.hosts: set[str] | None = set(configured) if configured else (
            None if settings.auth_enabled else set(LOCAL_HOSTS))
        self.origins = {_origin_of(o) for o in settings.cors_origins}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        send = self._with_headers(scope, send)
        refusal = await self._refusal(scope, headers)
        if refusal is not None:
            await _problem(send, *refusal)
            return
        limit = self.settings.max_upload_bytes if scope["path"] == UPLOAD_PATH else self.settings.max_body_bytes
        await self._limited(scope, receive, send, limit)

    async def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, dict[str, str]] | None:
        host = _host_name(headers.get("host", ""))
        if self.hosts is not None and host not in self.hosts:
            return 400, "Okänd värd (Host). Lägg till den i JAMPLAN_ALLOWED_HOSTS om den ska tillåtas.", {}
        method, path = scope["method"], scope["path"]
        if method in UNSAFE_METHODS:
            origin = headers.get("origin")
            own = f"{scope.get('scheme', 'http')}://{headers.get('host', '').lower()}"
            if origin is not None and origin != "null":
                origin = _origin_of(origin)
                same = origin == own
                demo_upload = not self.settings.auth_enabled and path == UPLOAD_PATH
                if not same and (demo_upload or origin not in self.origins):
                    return 403, "Förfrågan kommer från en annan webbplats och tas inte emot.", {}
            elif origin == "null" or headers.get("sec-fetch-site") == "cross-site":
                return 403, "Förfrågan kommer från en annan webbplats och tas inte emot.", {}
        if self.keys is not None and method == "POST" and path == UPLOAD_PATH:
            auth = headers.get("authorization", "")
            key = auth[7:].strip() if auth.lower().startswith("bearer ") else headers.get("x-api-key", "").strip()
            who = await anyio.to_thread.run_sync(self.keys.lookup, key) if key else None
            if who is None:
                return 401, "API-nyckel saknas eller är ogiltig. Skicka den som 'Authorization: Bearer <nyckel>'.", {
                    "WWW-Authenticate": "Bearer"}
            if not who.is_admin:
                return 403, "Bara administratörer får läsa in dokument.", {}
        return None

    async def _limited(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        """Run the app, answering 413 (not the app's reply) once more than `limit` bytes of body arrived."""
        seen = 0
        over = False
        started = False

        async def counted() -> Message:
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    return {"type": "http.disconnect"}  # the app stops reading; its reply is replaced below
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if over:
                if not started:
                    started = True
                    await _problem(send, 413, f"Förfrågan är för stor (högst {limit} byte).", {})
                return
            started = True
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except Exception:
            if not over:
                raise
        if over and not started:
            await _problem(send, 413, f"Förfrågan är för stor (högst {limit} byte).", {})

    def _with_headers(self, scope: Scope, send: Send) -> Send:
        path = scope["path"]
        docs = path.startswith(DOC_PATHS)
        page = path == "/" or path.startswith("/static/")
        extra: list[tuple[bytes, bytes]] = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
        ]
        if not path.startswith("/static/") and path != "/widget.js":
            extra.append((b"x-frame-options", b"DENY"))
        if not docs:
            extra.append((b"content-security-policy", (PAGE_CSP if page else API_CSP).encode()))

        async def send_with(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *((k, v) for k, v in extra if k not in present)]}
            await send(message)

        return send_with


async def _problem(send: Send, status: int, detail: str, headers: dict[str, str]) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *((k.lower().encode(), v.encode()) for k, v in headers.items())]})
    await send({"type": "http.response.body", "body": body})


def install_security(app: FastAPI, settings: Settings, db: Database, extra_origins: Iterable[str] = ()) -> None:
    """Add the edge guard as the outermost middleware (call after every other `add_middleware`)."""
    keys = KeyCache(db, settings.auth_cache_s) if settings.auth_enabled else None
    if extra_origins:
        settings = settings.model_copy(update={"cors_origins": [*settings.cors_origins, *extra_origins]})
    app.add_middleware(EdgeGuard, settings=settings, keys=keys)
