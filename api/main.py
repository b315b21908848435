"""The app factory: builds the services once, installs middleware and error mapping, includes the routers.

Errors are always JSON `{"detail": "<svensk mening>"}` with a 4xx status for the caller's
mistakes; another caller's ids answer exactly like unknown ids (404).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api.admin_reports import admin_reports
from api.auth import KeyCache
from api.compute import ComputePool, limit_blas
from api.deps import Services, get_admin
from api.jobs import IngestRunner
from api.metrics import Metrics
from api.middleware import BodyLimit, ServerTiming, measure
from api.persistence import Database
from api.problems import ERRORS, install_handlers, problem
from api.ratelimit import DatabaseRateLimiter
from api.routes import admin, chat, completions, conversations, drafts, ops, sources
from api.routes.ops import WEB_DIR
from api.security import install_security
from api.widget import WidgetRefused, widget_router
from assistant.config import Settings, get_settings
from assistant.index.components import Components
from assistant.service import Assistant

log = logging.getLogger(__name__)

# How long shutdown waits for a running ingest job to finish its current step.
SHUTDOWN_WAIT_S = 5.0


def build_services(settings: Settings, components: Components | None = None, assistant: Assistant | None = None,
                   db: Database | None = None) -> Services:
    """The per-app objects; all are cheap to build (models and the index load on first use)."""
    # One engine thread for the query embeddings (the batching thread makes one call at a time, QueryBatcher):
    # the other core composes answers, and a two-thread call on a busy machine waits on its OpenMP barrier
    # (embedding 3.7 s mean at 8 clients with it, benchmarks/api.py, 2026-12-03).
    components = components or (assistant.components if assistant else Components(
        settings.model_copy(update={"embed_threads": settings.embed_threads or 1})))
    assistant = assistant or Assistant(components)
    db = db or Database.from_settings(settings)
    return Services(settings=settings, assistant=assistant, db=db, metrics=Metrics(),
                    limiter=DatabaseRateLimiter(db, settings.rate_limit_per_minute, settings.rate_limit_burst),
                    keys=KeyCache(db, settings.auth_cache_s), runner=IngestRunner(components, db),
                    compute=ComputePool(settings.compute_threads))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start: warm the assistant in the background, say what is served. Stop: give a running ingest a moment,
    then close the database pool."""
    services: Services = app.state.services
    limit_blas(services.settings.blas_threads)
    if services.settings.warm_up_at_start:
        app.state.warm_up = services.assistant.warm_up_in_background()  # startup does not wait for it
    log.info("jamplan API up (generator=%s, auth=%s)", services.settings.generator, services.settings.auth_enabled)
    yield
    services.runner.wait(SHUTDOWN_WAIT_S)
    services.compute.shutdown()
    services.db.engine.dispose()


def create_app(
    settings: Settings | None = None,
    components: Components | None = None,
    assistant: Assistant | None = None,
    db: Database | None = None,
) -> FastAPI:
    """The API and the web page; pass parts to share them (tests), or let them be built from `settings`."""
    settings = settings or get_settings()
    services = build_services(settings, components, assistant, db)
    app = FastAPI(
        title="jamplan",
        version="0.1.0",
        description="Svar, utkast och diskussionsstöd för jämställdhetsintegrering – med källhänvisningar.",
        responses=ERRORS,
        lifespan=lifespan,
    )
    app.state.services = services
    # Kept for callers that reach for these directly (tests of the ingest runner).
    app.state.settings, app.state.assistant, app.state.db = settings, services.assistant, services.db
    app.state.runner = services.runner
    if settings.cors_origins or settings.widget_origins:
        app.add_middleware(CORSMiddleware, allow_origins=[*settings.cors_origins, *settings.widget_origins],
                           allow_methods=["*"], allow_headers=["Authorization", "X-API-Key", "Content-Type", "Accept"])
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes, upload_limit=settings.max_upload_bytes)
    app.middleware("http")(measure(services.metrics))
    # outermost: hosts, origins, early auth for uploads, 413, security headers (api/security.py)
    install_security(app, settings, services.db, extra_origins=settings.widget_origins)
    app.add_middleware(ServerTiming, enabled=settings.server_timing)  # outermost: it opens the stage record
    install_handlers(app)

    @app.exception_handler(WidgetRefused)
    async def _widget_refused(_: object, exc: WidgetRefused) -> object:
        return problem(exc.status, exc.detail)

    app.include_router(admin_reports(settings, services.assistant, get_admin))
    app.include_router(widget_router(settings, services.db, services.keys, services.limiter))
    for module in (chat, completions, conversations, drafts, sources, admin, ops):
        app.include_router(module.router)
    app.include_router(ops.pages)
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def create_local_demo_app() -> FastAPI:
    """The app for `jamplan serve --no-auth --workers N`: settings from get_settings(), API keys not required."""
    return create_app(get_settings().model_copy(update={"auth_enabled": False}))
