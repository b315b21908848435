"""Uploaded documents for `POST /v1/ingest`: checked by suffix and size, each written to a temporary file of its
own, and moved into place (`ingest.staging`) only once the request is accepted."""

from __future__ import annotations

from pathlib import Path

from fastapi import UploadFile

from api.problems import ApiError
from assistant.config import Settings
from ingest.load import LOADERS
from ingest.rejects import forget
from ingest.staging import accept, clean_upload_name, write_temp


def receive_upload(settings: Settings, upload: UploadFile) -> tuple[Path, str]:
    """(temporary file, clean name) for one uploaded file; nothing else in the uploads folder is touched."""
    name = Path(upload.filename or "").name
    if not name or Path(name).suffix.lower() not in set(LOADERS):
        raise ApiError(422, f"Filtypen stöds inte: {name or '(namnlös)'}. Tillåtna: {', '.join(sorted(set(LOADERS)))}.")
    if name.startswith("."):
        raise ApiError(422, f"Filnamn som börjar med punkt (dolda filer) tas inte emot: {name}. Byt namn på filen.")
    name = clean_upload_name(name)
    data = upload.file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise ApiError(413, f"Filen {name} är för stor (högst {settings.max_upload_bytes} byte).")
    return write_temp(settings.uploads_dir, data), name


def accept_uploads(settings: Settings, received: list[tuple[Path, str]]) -> None:
    """Put a request's files in place for the ingest it starts (called once that ingest is sure to run)."""
    for temp, name in received:
        forget(name, settings.uploads_dir)  # a new upload of a rejected name gets a fresh chance
        accept(temp, name, settings.uploads_dir)


def discard(received: list[tuple[Path, str]]) -> None:
    """A refused request removes what it wrote itself, and nothing else."""
    for temp, _ in received:
        temp.unlink(missing_ok=True)
