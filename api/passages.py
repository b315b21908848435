"""A cited passage with the original lines around it, for the citation dialog and hover previews."""

from __future__ import annotations

import re
from pathlib import Path

from api.problems import NotFound
from api.schemas import SourceLine, SourceOut
from assistant.service import Assistant
from ingest.load import shown_lines


def passage(assistant: Assistant, chunk_id: str, context: int, start_line: int | None,
            end_line: int | None) -> SourceOut:
    """The chunk, plus `context` lines either side from its file; the cited lines are marked."""
    chunk = assistant.components.retriever.snapshot().chunks.get(chunk_id)
    if chunk is None:
        raise NotFound("Källan finns inte (dokumentet kan ha lästs in på nytt).")
    first, last = start_line or chunk.start_line, end_line or chunk.end_line
    lines = original_lines(chunk.path, chunk.text)
    shown: list[SourceLine] = []
    if lines:
        lo, hi = max(1, chunk.start_line - context), min(len(lines), chunk.end_line + context)
        shown = [SourceLine(n=n, text=lines[n - 1], cited=first <= n <= last) for n in range(lo, hi + 1)]
    return SourceOut(chunk_id=chunk.chunk_id, source=chunk.source, title=chunk.title, doc_type=chunk.doc_type,
                     heading_path=chunk.heading_path_text, start_line=chunk.start_line,
                     end_line=chunk.end_line, text=chunk.text, context=shown)


def original_lines(path: str, text: str) -> list[str]:
    """The source file's lines, if it is still there and still holds the passage; an HTML page's lines as text
    (tags left out) and a Markdown file's without markup, line for line with the file (ingest.load.shown_lines)."""
    try:
        file = Path(path)
        lines = shown_lines(file)
        if lines is None:
            lines = file.read_text("utf-8", errors="replace").splitlines()
    except (OSError, ValueError):
        return []
    probe = re.sub(r"\W+", "", text[:60].lower())[:30]
    return lines if probe and probe in re.sub(r"\W+", "", " ".join(lines).lower()) else []
