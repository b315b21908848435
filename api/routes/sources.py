"""The cited passage behind a citation, with the lines around it."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import AssistantDep, CallerDep
from api.passages import passage
from api.schemas import SourceOut

router = APIRouter(tags=["sources"])


@router.get("/v1/sources/{chunk_id}", response_model=SourceOut)
def get_source(chunk_id: str, assistant: AssistantDep, who: CallerDep, context: int = Query(4, ge=0, le=50),
               start_line: int | None = Query(None, ge=1), end_line: int | None = Query(None, ge=1)) -> SourceOut:
    """Det citerade stycket med omgivande rader; `start_line`/`end_line` markerar den citerade delen."""
    del who
    return passage(assistant, chunk_id, context, start_line, end_line)
