"""Ingestion for administrators: upload documents (or re-read the corpus) in the background, follow progress."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import APIRouter, File, UploadFile

from api.deps import AdminDep, Services, ServicesDep
from api.persistence import IngestJob
from api.problems import ApiError, NotFound
from api.schemas import IngestJobOut, RefusedUploadOut
from api.uploads import accept_uploads, discard, receive_upload

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/ingest", tags=["admin"])


@router.post("", response_model=IngestJobOut, status_code=202)
def start_ingest(services: ServicesDep, who: AdminDep,
                 files: list[UploadFile] | None = File(default=None)) -> IngestJobOut:
    """Läs in uppladdade dokument (eller läs om korpusen) i bakgrunden; följ förloppet på statusadressen.

    Varje fil prövas för sig: en fil av fel typ, med dolt namn eller för stor tas inte emot (svaret listar den under
    `refused` med skälet), de andra läses in. Tas ingen av filerna emot läses inget in (422 eller 413)."""
    settings = services.settings
    busy = ApiError(409, "En inläsning pågår redan. Vänta tills den är klar; inget av det du skickade sparades.")
    if services.runner.busy:
        raise busy  # before anything is written
    received: list[tuple[Path, str]] = []
    refused: list[tuple[str, ApiError]] = []
    try:
        for upload in files or []:
            try:
                received.append(receive_upload(settings, upload))
            except ApiError as exc:  # this file only: the request's other files are read in (a per-file result)
                refused.append((Path(upload.filename or "").name or "(namnlös)", exc))
        if refused and not received:
            raise _none_taken(refused)
        roots = [settings.corpus_dir] + ([settings.uploads_dir] if settings.uploads_dir.exists() else [])
        # The files go into place only once this request holds the runner: a refused one never touches them.
        job_id = services.runner.start(who.owner, roots, prepare=lambda: accept_uploads(settings, received),
                                       uploaded=tuple(name for _, name in received))
    except BaseException:
        discard(received)  # a request refused as a whole (busy, an error) keeps none of its files
        raise
    if job_id is None:
        discard(received)
        raise busy
    services.metrics.ingest_running.set(1)
    return _job(services, job_id).model_copy(
        update={"refused": [RefusedUploadOut(name=name, reason=exc.detail) for name, exc in refused]})


def _none_taken(refused: list[tuple[str, ApiError]]) -> ApiError:
    """The answer when no file of a request was taken: that nothing was read in, and each file's reason."""
    status = 413 if all(exc.status == 413 for _, exc in refused) else 422
    return ApiError(status, "Inget lästes in. " + " ".join(exc.detail for _, exc in refused))


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
