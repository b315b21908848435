"""Stored conversations: list (with search), read, rename, delete — each scoped to the caller."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from api import workspace
from api.deps import CallerDep, DatabaseDep
from api.routes.drafts import render
from api.schemas import ConversationOut, ConversationSummary, TitleIn

router = APIRouter(prefix="/v1/conversations", tags=["conversations"])


@router.get("", response_model=list[ConversationSummary])
def list_conversations(db: DatabaseDep, who: CallerDep, limit: int = Query(50, ge=1, le=200),
                       offset: int = Query(0, ge=0, le=1_000_000),
                       q: str = Query("", max_length=200, description="sök i rubrik och meddelanden")
                       ) -> list[ConversationSummary]:
    return workspace.conversations(db, who.owner, limit, offset, q)


@router.get("/{conversation_id}", response_model=ConversationOut)
def get_conversation(conversation_id: str, db: DatabaseDep, who: CallerDep,
                     limit: int = Query(100, ge=1, le=500),
                     before: int | None = Query(None, ge=0, le=10_000_000)) -> ConversationOut:
    """De senaste `limit` meddelandena (före `before`); `earlier` säger hur man hämtar tidigare."""
    return workspace.conversation(db, who.owner, conversation_id, limit, before)


@router.patch("/{conversation_id}", response_model=ConversationSummary)
def rename_conversation(conversation_id: str, body: TitleIn, db: DatabaseDep, who: CallerDep) -> ConversationSummary:
    """Byt namn på samtalet."""
    return workspace.rename_conversation(db, who.owner, conversation_id, body.title)


@router.delete("/{conversation_id}", status_code=204)
def delete_conversation(conversation_id: str, db: DatabaseDep, who: CallerDep) -> Response:
    workspace.delete_conversation(db, who.owner, conversation_id)
    return Response(status_code=204)


@router.get("/{conversation_id}/plan/export",
            responses={200: {"content": {"text/markdown": {}, "application/octet-stream": {}}}})
def export_plan(conversation_id: str, db: DatabaseDep, who: CallerDep,
                format: str = Query("md", pattern="^(md|docx)$")) -> Response:  # noqa: A002
    """Hela planen ur samtalet – problemformulering, lokalt mål, uppföljningsplan – som ett dokument (Markdown
    eller DOCX) med en gemensam fotnotsnumrering; ett sparat och redigerat utkast ur samtalet används som det är."""
    return render(format, *workspace.plan_export(db, who.owner, conversation_id))
