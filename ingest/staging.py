"""Uploads waiting for ingest: written beside the accepted ones, never over them.

An upload request writes each file to a temporary name of its own (`<uploads>/.incoming/.<random>.part`) and,
only once the request is accepted, renames it to `.incoming/<name>` in one step; a refused request deletes
its own temporary files and touches nothing else. The ingest parses `.incoming/<name>`: a good file is
indexed as `uploads/<name>` and then renamed over it (one step again); a broken one goes to `.rejected/` and
`uploads/<name>` — the last good version, still searchable and still the file its citations open — stays.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

INCOMING = ".incoming"
TEMP_SUFFIX = ".part"
STALE_TEMP_S = 3600.0  # a temporary file this old belongs to a request that died mid-way


def clean_upload_name(name: str) -> str:
    """An uploaded file's name as it is kept: its last path part, odd characters made '_', at most 120 characters (the
    name a chat's ChatOptions.document names it by, too).

    >>> clean_upload_name("../Vår plan (2025)?.docx")
    'Vår plan _2025_.docx'
    """
    return re.sub(r"[^\w.\- ]+", "_", Path(name).name)[:120]


def write_temp(uploads_dir: Path, data: bytes) -> Path:
    """`data` under a name no other request can have; renamed into place by `accept`."""
    folder = uploads_dir / INCOMING
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{secrets.token_hex(12)}{TEMP_SUFFIX}"
    with temp.open("xb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    return temp


def accept(temp: Path, name: str, uploads_dir: Path) -> Path:
    """Make `temp` the upload waiting for ingest under `name` (an earlier waiting one of that name is replaced)."""
    target = uploads_dir / INCOMING / name
    temp.replace(target)
    return target


def waiting(uploads_dir: Path) -> list[Path]:
    """Accepted uploads not yet ingested, by name; temporary files of dead requests are cleared on the way."""
    folder = uploads_dir / INCOMING
    if not folder.is_dir():
        return []
    now = time.time()
    out = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if path.name.startswith("."):
            try:
                if path.name.endswith(TEMP_SUFFIX) and now - path.stat().st_mtime > STALE_TEMP_S:
                    path.unlink()
            except OSError:
                pass
            continue
        out.append(path)
    return out


def promote(staged: Path, uploads_dir: Path) -> Path:
    """An ingested upload becomes `uploads/<name>`, replacing the version it supersedes in one rename."""
    live = uploads_dir / staged.name
    staged.replace(live)
    return live


def live_path(staged: Path, uploads_dir: Path) -> Path:
    """Where `staged` will live once ingested: the identity its chunks are stored under."""
    return (uploads_dir / staged.name).resolve()
