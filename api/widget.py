"""Widget sessions: a publishable key starts an anonymous session for one visitor on an allowed origin.

`POST /v1/widget/sessions` with `Authorization: Bearer <widget key>` from a page whose `Origin` is in
`widget_origins` returns a session token (shown once, stored hashed). The visitor's calls carry that
token; they own their conversations alone, so one visitor can never list or read another's. The widget
key itself opens nothing else.
"""

from __future__ import annotations

import math
import secrets

from fastapi import APIRouter, Request
from pydantic import BaseModel

from api.auth import SESSION_PREFIX, KeyCache, hash_key
from api.persistence import Database, WidgetSession
from api.ratelimit import DatabaseRateLimiter
from assistant.config import Settings


class WidgetSessionOut(BaseModel):
    token: str
    session_id: str


class WidgetRefused(Exception):
    """Raised for a refused session start; the app maps it to its problem reply."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


def _origin(value: str) -> str:
    return value.strip().rstrip("/").lower()


def widget_router(settings: Settings, db: Database, keys: KeyCache, limiter: DatabaseRateLimiter) -> APIRouter:
    """The one route a widget key may call; session starts count against the widget key's rate limit."""
    router = APIRouter(prefix="/v1/widget", tags=["widget"])
    allowed = {_origin(o) for o in settings.widget_origins}

    @router.post("/sessions", response_model=WidgetSessionOut, status_code=201)
    def start_session(request: Request) -> WidgetSessionOut:
        """Starta en anonym besökarsession (widgetens publika nyckel, från en tillåten webbplats)."""
        header = request.headers.get("authorization", "")
        key = header[7:].strip() if header.lower().startswith("bearer ") else ""
        who = keys.lookup(key) if key else None
        if who is None or not who.is_widget_key:
            raise WidgetRefused(401, "Widgetnyckeln saknas eller är ogiltig.")
        origin = _origin(request.headers.get("origin", ""))
        if not origin or origin not in allowed:
            raise WidgetRefused(403, "Widgeten är inte tillåten på den här webbplatsen (JAMPLAN_WIDGET_ORIGINS).")
        wait = limiter.take(f"widget:{who.key_id}")
        if wait > 0:
            raise WidgetRefused(429, f"För många nya besökare just nu. Vänta {max(1, math.ceil(wait))} sekunder.")
        token = SESSION_PREFIX + secrets.token_urlsafe(32)
        with db.session() as s:
            row = WidgetSession(key_id=who.key_id, token_hash=hash_key(token), origin=origin)
            s.add(row)
            s.flush()
            return WidgetSessionOut(token=token, session_id=row.id)

    return router
