"""Uploads that could not be ingested: moved aside with their reason, so they are reported, not retried.

A failed upload goes to `<uploads>/.rejected/<name>` beside `<name>.reason.json` (the reason and when).
The ingest walk skips hidden folders, so the file is not parsed again on every run; the admin sees the
list (GET /v1/admin/rejected, and the web page's "Administration" section) and may upload a corrected file.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

REJECTED = ".rejected"
REASON_SUFFIX = ".reason.json"


@dataclass(frozen=True)
class Rejected:
    """One upload moved aside."""

    name: str
    reason: str
    rejected_at: str
    previous_kept: bool = False  # a replacement was refused: the last good version stays searchable


def reject(file: Path, reason: str, uploads_dir: Path, previous_kept: bool = False) -> Path:
    """Move `file` (inside `uploads_dir`) aside with `reason`; an earlier rejection of the same name is replaced."""
    folder = uploads_dir / REJECTED
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file.name
    note = folder / f"{file.name}{REASON_SUFFIX}"
    note.write_text(json.dumps({"reason": reason, "rejected_at": datetime.now(UTC).isoformat(),
                                "previous_kept": previous_kept}, ensure_ascii=False), "utf-8")
    file.replace(target)
    log.warning("upload %s rejected: %s", file.name, reason)
    return target


def rejected(uploads_dir: Path) -> list[Rejected]:
    """Every upload moved aside, newest first."""
    folder = uploads_dir / REJECTED
    out: list[Rejected] = []
    if not folder.is_dir():
        return out
    for note in folder.glob(f"*{REASON_SUFFIX}"):
        try:
            data = json.loads(note.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        out.append(Rejected(note.name[: -len(REASON_SUFFIX)], str(data.get("reason", "")),
                            str(data.get("rejected_at", "")), bool(data.get("previous_kept", False))))
    return sorted(out, key=lambda r: r.rejected_at, reverse=True)


def forget(name: str, uploads_dir: Path) -> None:
    """Drop an earlier rejection of `name` (a new upload of that name gets a fresh chance)."""
    folder = uploads_dir / REJECTED
    for path in (folder / name, folder / f"{name}{REASON_SUFFIX}"):
        path.unlink(missing_ok=True)
