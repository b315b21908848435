"""Ingestion for administrators: upload documents (or re-read the corpus) in the background, follow progress."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, File, UploadFile

from api.deps import AdminDep, Services, ServicesDep
from api.persistence import IngestJob
from api.problems import ApiError, NotFound
from api.schemas import IngestJobOut
from api.uploads import save_upload

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/ingest", tags=["admin"])


@router.post("", response_model=IngestJobOut, status_code=202)
def start_ingest(services: ServicesDep, who: AdminDep,
                 files: list[UploadFile] | None = File(default=None)) -> IngestJobOut:
    """Läs in uppladdade dokument (eller läs om korpusen) i bakgrunden; följ förloppet på statusadressen."""
    settings = services.settings
    busy = ApiError(409, "En inläsning pågår redan. Vänta tills den är klar; inget av det du skickade sparades.")
    if services.runner.busy:
        raise busy  # before anything is saved: a refused upload keeps nothing
    saved: list[Path] = []
    try:
        for upload in files or []:
            saved.append(save_upload(settings, upload))
    except ApiError:
        for path in saved:  # all or nothing: a refused file takes the others of its request with it
            path.unlink(missing_ok=True)
        raise
    roots = [settings.corpus_dir] + ([settings.uploads_dir] if settings.uploads_dir.exists() else [])
    job_id = services.runner.start(who.owner, roots)
    if job_id is None:
        for path in saved:
            path.unlink(missing_ok=True)
        raise busy
    services.metrics.ingest_running.set(1)
    return _job(services, job_id)


@router.get("/{job_id}", response_model=IngestJobOut)
def ingest_status(job_id: str, services: ServicesDep, who: AdminDep) -> IngestJobOut:
    del who
    if not services.runner.busy:
        services.metrics.ingest_running.set(0)
    return _job(services, job_id)


def _job(services: Services, job_id: str) -> IngestJobOut:
    with services.db.session() as s:
        job = s.get(IngestJob, job_id)
        if job is None:
            raise NotFound("Inläsningen finns inte.")
        return IngestJobOut.model_validate(job, from_attributes=True)
