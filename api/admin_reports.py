"""Admin reports on what ingest refused or flagged: uploads moved aside, and sentences addressed to the assistant.

An `APIRouter` the app factory includes with its admin dependency; it only translates what
`ingest.rejects` and the search snapshot already hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.service import Assistant
from ingest.rejects import rejected


class RejectedOut(BaseModel):
    name: str
    reason: str
    rejected_at: str
    previous_kept: bool = Field(False, description="true when this was a replacement: the last good version of "
                                "the same name stays searchable and is what its citations open")


class FlaggedOut(BaseModel):
    source: str
    title: str
    origin: str
    sentences: list[str]


def admin_reports(settings: Settings, assistant: Assistant, admin: Callable[..., Any]) -> APIRouter:
    """GET /v1/admin/rejected and GET /v1/admin/flagged, for administrators only."""
    router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[Depends(admin)])

    @router.get("/rejected", response_model=list[RejectedOut])
    def list_rejected() -> list[RejectedOut]:
        """Uppladdade filer som inte kunde läsas in, med skälet; de läses inte om förrän de laddas upp igen."""
        return [RejectedOut(name=r.name, reason=r.reason, rejected_at=r.rejected_at, previous_kept=r.previous_kept)
                for r in rejected(settings.uploads_dir)]

    @router.get("/flagged", response_model=list[FlaggedOut])
    def list_flagged() -> list[FlaggedOut]:
        """Meningar i dokumenten som vänder sig till assistenten; de citeras aldrig och följs aldrig."""
        by_source: dict[str, FlaggedOut] = {}
        for chunk in assistant.components.retriever.snapshot().chunks.values():
            if not chunk.flagged:
                continue
            out = by_source.setdefault(chunk.source, FlaggedOut(source=chunk.source, title=chunk.title,
                                                                 origin=chunk.origin, sentences=[]))
            out.sentences.extend(s for s in chunk.flagged if s not in out.sentences)
        return sorted(by_source.values(), key=lambda f: f.source)

    return router
