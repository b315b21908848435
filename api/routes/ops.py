"""Operations and the static front end: health, readiness, Prometheus metrics, the page and the widget script."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.deps import ServicesDep, get_store
from api.problems import Problem

WEB_DIR = Path(__file__).resolve().parent.parent.parent / "web"

log = logging.getLogger(__name__)

router = APIRouter(tags=["ops"])
pages = APIRouter(include_in_schema=False)


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"model": Problem}})
def readyz(services: ServicesDep) -> Response:
    checks: dict[str, str] = {}
    try:
        get_store(services).ping()
        checks["store"] = "ok"
        chunks = len(services.assistant.components.retriever.snapshot().chunks)
        checks["index"] = f"ok ({chunks} chunkar)" if chunks else "tomt – kör jamplan ingest"
        services.db.ping()
        checks["database"] = "ok"
    except Exception as exc:  # report, don't crash: this endpoint exists to say what is wrong
        # Which part failed, in words; the exception itself (addresses, paths, versions) only in the log.
        failing = next(n for n in ("store", "index", "database") if n not in checks)
        log.warning("readyz: %s is not ready: %s", failing, exc)
        checks[failing] = "svarar inte"
    ready = all(v.startswith("ok") for v in checks.values()) and len(checks) == 3
    return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)


@router.get("/metrics", response_class=PlainTextResponse)
def prometheus(services: ServicesDep) -> Response:
    return Response(generate_latest(services.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@pages.get("/")
def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})


@pages.get("/widget.js")
def widget() -> FileResponse:
    return FileResponse(WEB_DIR / "widget.js", media_type="text/javascript")
