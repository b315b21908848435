"""Drafts: create from an answer or own text, versions, rename, delete, and export as Markdown or Word."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Response

from api import workspace
from api.deps import CallerDep, DatabaseDep
from api.export import DOCX_TYPE, content_disposition, file_name, to_docx, to_markdown
from api.schemas import DraftEdit, DraftExportIn, DraftIn, DraftOut, DraftSummary, TitleIn

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])



def render(fmt: str, title: str, text: str, citations: list[dict[str, Any]], author: str) -> Response:
    """The export as a download with a file name every browser and proxy accepts."""
    if fmt == "docx":
        body, media = to_docx(title, text, citations, author=author), DOCX_TYPE
    else:
        body, media = to_markdown(title, text, citations).encode("utf-8"), "text/markdown; charset=utf-8"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": content_disposition(file_name(title, fmt))})


@router.post("", response_model=DraftOut, status_code=201)
def create_draft(body: DraftIn, db: DatabaseDep, who: CallerDep) -> DraftOut:
    """Spara ett utkast ur ett svar (`message_id`) eller ur egen text."""
    return workspace.create_draft(db, who.owner, body)


@router.get("", response_model=list[DraftSummary])
def list_drafts(db: DatabaseDep, who: CallerDep, limit: int = Query(50, ge=1, le=200),
                offset: int = Query(0, ge=0, le=1_000_000)) -> list[DraftSummary]:
    return workspace.drafts(db, who.owner, limit, offset)


@router.get("/{draft_id}", response_model=DraftOut)
def get_draft(draft_id: str, db: DatabaseDep, who: CallerDep) -> DraftOut:
    return workspace.draft(db, who.owner, draft_id)


@router.put("/{draft_id}", response_model=DraftOut)
def edit_draft(draft_id: str, body: DraftEdit, db: DatabaseDep, who: CallerDep) -> DraftOut:
    """Varje sparning blir en ny version; tidigare versioner finns kvar."""
    return workspace.save_version(db, who.owner, draft_id, body.text, body.title)


@router.patch("/{draft_id}", response_model=DraftOut)
def rename_draft(draft_id: str, body: TitleIn, db: DatabaseDep, who: CallerDep) -> DraftOut:
    """Byt rubrik utan att skapa en ny version av texten."""
    return workspace.rename_draft(db, who.owner, draft_id, body.title)


@router.get("/{draft_id}/versions/{version}", response_model=DraftOut)
def get_draft_version(draft_id: str, version: int, db: DatabaseDep, who: CallerDep) -> DraftOut:
    return workspace.draft(db, who.owner, draft_id, version)


@router.delete("/{draft_id}", status_code=204)
def delete_draft(draft_id: str, db: DatabaseDep, who: CallerDep) -> Response:
    workspace.delete_draft(db, who.owner, draft_id)
    return Response(status_code=204)


@router.get("/{draft_id}/export",
            responses={200: {"content": {"text/markdown": {}, "application/octet-stream": {}}}})
def export_draft(draft_id: str, db: DatabaseDep, who: CallerDep,
                 format: str = Query("md", pattern="^(md|docx)$"),  # noqa: A002
                 version: int | None = Query(None, ge=1)) -> Response:
    """Markdown eller DOCX; källhänvisningarna blir fotnoter med dokument, avsnitt och rader."""
    return render(format, *workspace.export_source(db, who.owner, draft_id, version))


@router.post("/{draft_id}/export",
             responses={200: {"content": {"text/markdown": {}, "application/octet-stream": {}}}})
def export_text(draft_id: str, body: DraftExportIn, db: DatabaseDep, who: CallerDep) -> Response:
    """Exportera texten som den står i redigeraren, sparad eller inte, med utkastets källor som fotnoter."""
    return render(body.format, *workspace.export_source(db, who.owner, draft_id, text=body.text, title=body.title))
