"""What routes depend on, as `Annotated` aliases: settings, the caller (auth + rate limit), the assistant,
the database, the vector store and the other per-app services. Tests can swap any of them with
`app.dependency_overrides`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from api.auth import LOCAL_CALLER, Caller, KeyCache
from api.compute import ComputePool
from api.jobs import IngestRunner
from api.metrics import Metrics
from api.persistence import Database
from api.problems import ApiError
from api.ratelimit import DatabaseRateLimiter
from assistant.config import Settings
from assistant.index.store import ChromaStore
from assistant.service import Assistant
from assistant.stages import stage

NO_KEY = "API-nyckel saknas eller är ogiltig. Skicka den som 'Authorization: Bearer <nyckel>'."


@dataclass
class Services:
    """Everything one app instance holds, built once by `create_app` and kept on `app.state.services`."""

    settings: Settings
    assistant: Assistant
    db: Database
    metrics: Metrics
    limiter: DatabaseRateLimiter
    keys: KeyCache
    runner: IngestRunner
    compute: ComputePool


async def get_services(request: Request) -> Services:
    # async: a plain attribute read needs no trip through the thread pool
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_settings_dep(services: ServicesDep) -> Settings:
    return services.settings


def get_assistant(services: ServicesDep) -> Assistant:
    return services.assistant


def get_db(services: ServicesDep) -> Database:
    return services.db


def get_store(services: ServicesDep) -> ChromaStore:
    """The vector store the assistant searches (opened on first use)."""
    return services.assistant.components.store


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
DatabaseDep = Annotated[Database, Depends(get_db)]
StoreDep = Annotated[ChromaStore, Depends(get_store)]


def presented_key(request: Request) -> str:
    """The key from `Authorization: Bearer …` or `X-API-Key`, or ''."""
    header = request.headers.get("authorization", "")
    key = header[7:].strip() if header.lower().startswith("bearer ") else request.headers.get("x-api-key", "")
    return key.strip()


def get_caller(request: Request, services: ServicesDep) -> Caller:
    """The authenticated caller (everyone is the local admin when auth is off), after the rate limit."""
    with stage("auth_ratelimit"):
        return _caller(request, services)


def _caller(request: Request, services: Services) -> Caller:
    if not services.settings.auth_enabled:
        who = LOCAL_CALLER
    else:
        key = presented_key(request)
        found = services.keys.lookup(key) if key else None
        if found is None:
            raise ApiError(401, NO_KEY, {"WWW-Authenticate": "Bearer"})
        if found.is_widget_key:
            raise ApiError(403, "Widgetnyckeln kan bara starta en besökarsession (POST /v1/widget/sessions).")
        if found.origin and not visitor_origin_ok(found.origin, request):
            raise ApiError(403, "Besökarsessionen startades på en annan webbplats och gäller inte här.")
        who = found
    wait = services.limiter.take(who.key_id)
    if wait > 0:
        services.metrics.rate_limited.inc()
        seconds = max(1, math.ceil(wait))
        raise ApiError(429, f"För många förfrågningar. Vänta {seconds} sekunder och försök igen.",
                       {"Retry-After": str(seconds)})
    return who


def visitor_origin_ok(started_from: str, request: Request) -> bool:
    """A visitor token is good from the site that started it, from this server's own pages (the full-app link),
    and without an `Origin` (not a browser); a browser on any other site cannot use a leaked token."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    origin = origin.strip().rstrip("/").lower()
    own = f"{request.url.scheme}://{request.headers.get('host', '').lower()}"
    return origin in (started_from, own)


CallerDep = Annotated[Caller, Depends(get_caller)]


def get_admin(who: CallerDep) -> Caller:
    if not who.is_admin:
        raise ApiError(403, "Bara administratörer får läsa in dokument.")
    return who


AdminDep = Annotated[Caller, Depends(get_admin)]
