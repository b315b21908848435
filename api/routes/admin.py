"""Ingestion for administrators: upload documents (or re-read the corpus) in the background, follow progress."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, File, UploadFile

from api.deps import AdminDep, Services, ServicesDep
from api.persistence import IngestJob
from api.problems import ApiError, NotFound
from api.schemas import IngestJobOut
from api.uploads import accept_uploads, discard, receive_upload

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/ingest", tags=["admin"])


@router.post("", response_model=IngestJobOut, status_code=202)
def start_ingest(services: ServicesDep, who: AdminDep,
                 files: list[UploadFile] | None = File(default=None)) -> IngestJobOut:
    """Läs in uppladdade dokument (eller läs om korpusen) i bakgrunden; följ förloppet på statusadressen."""
    settings = services.settings
    busy = ApiError(409, "En inläsning pågår redan. Vänta tills den är klar; inget av det du skickade sparades.")
    if services.runner.busy:
        raise busy  # before anything is written
    received: list[tuple[Path, str]] = []
    try:
        for upload in files or []:
            received.append(receive_upload(settings, upload))
        roots = [settings.corpus_dir] + ([settings.uploads_dir] if settings.uploads_dir.exists() else [])
        # The files go into place only once this request holds the runner: a refused one never touches them.
        job_id = services.runner.start(who.owner, roots, prepare=lambda: accept_uploads(settings, received))
    except BaseException:
        discard(received)  # all or nothing: a refused file takes the others of its request with it
        raise
    if job_id is None:
        discard(received)
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
