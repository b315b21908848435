"""Uploaded documents for `POST /v1/ingest`: checked by suffix and size, written atomically to the uploads dir."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import UploadFile

from api.problems import ApiError
from assistant.config import Settings
from ingest.load import LOADERS
from ingest.rejects import forget


def save_upload(settings: Settings, upload: UploadFile) -> Path:
    name = Path(upload.filename or "").name
    if not name or Path(name).suffix.lower() not in set(LOADERS):
        raise ApiError(422, f"Filtypen stöds inte: {name or '(namnlös)'}. Tillåtna: {', '.join(sorted(set(LOADERS)))}.")
    if name.startswith("."):
        raise ApiError(422, f"Filnamn som börjar med punkt (dolda filer) tas inte emot: {name}. Byt namn på filen.")
    name = re.sub(r"[^\w.\- ]+", "_", name)[:120]
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    forget(name, settings.uploads_dir)  # a new upload of a rejected name gets a fresh chance
    target = settings.uploads_dir / name
    data = upload.file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise ApiError(413, f"Filen {name} är för stor (högst {settings.max_upload_bytes} byte).")
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
