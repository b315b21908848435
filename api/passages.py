"""A cited passage with the original lines around it, for the citation dialog and hover previews."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from api.problems import NotFound
from api.schemas import SourceLine, SourceOut
from assistant.index.documents import document_file
from assistant.service import Assistant
from ingest.load import DEFAULT_LIMITS, LoadError, ReadLimits, shown_lines
from ingest.pipeline import read_limits


def passage(assistant: Assistant, chunk_id: str, context: int, start_line: int | None,
            end_line: int | None) -> SourceOut:
    """The chunk, plus `context` lines either side from its file; the cited lines are marked.

    A chunk id handed out before its document moved to a root-relative key (`ingest.migrate`) opens the passage it
    became (the reply carries the new id); an id of a document version that has since been replaced is not found."""
    chunks = assistant.components.retriever.snapshot().chunks
    chunk = chunks.get(chunk_id)
    if chunk is None and (moved := assistant.components.store.alias(chunk_id)) is not None:
        chunk = chunks.get(moved)
    if chunk is None:
        raise NotFound("Källan finns inte (dokumentet kan ha lästs in på nytt).")
    first, last = start_line or chunk.start_line, end_line or chunk.end_line
    settings = assistant.components.settings
    lines = original_lines(str(document_file(chunk.path, settings)), chunk.text, read_limits(settings))
    shown: list[SourceLine] = []
    if lines:
        lo, hi = max(1, chunk.start_line - context), min(len(lines), chunk.end_line + context)
        shown = [SourceLine(n=n, text=lines[n - 1], cited=first <= n <= last) for n in range(lo, hi + 1)]
    return SourceOut(chunk_id=chunk.chunk_id, source=chunk.source, title=chunk.title, doc_type=chunk.doc_type,
                     heading_path=chunk.heading_path_text, start_line=chunk.start_line,
                     end_line=chunk.end_line, text=chunk.text, context=shown)


def original_lines(path: str, text: str, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The source file's lines as the ingest read them (`ingest.load.shown_lines`: a Word file's paragraphs and table
    rows, a PDF's layout lines, an HTML page's text line for line with the file), if the file is still there and
    still holds the passage; [] otherwise."""
    try:
        file = Path(path)
        stat = file.stat()
        lines = _read_lines(str(file), stat.st_mtime_ns, stat.st_size, limits)
    except (OSError, ValueError, LoadError):
        return []
    probe = _probe(text)
    return list(lines) if probe and probe in re.sub(r"\W+", "", " ".join(lines).lower()) else []


# The least letters a chunk's line must have to tell its file apart from another (a probe of the passage).
PROBE_LETTERS = 12


def _probe(text: str) -> str:
    """What must stand in a file for it still to hold a chunk: the letters of the chunk's first line long enough to
    tell (up to 30). One line, not the chunk's opening run: a chunk leaves out lines of its file (a heading moved to
    its heading path, a table's unit column), so its first lines together need not stand together in the file
    (trial 30: kommun 316–342 and oru 1010–1021 came back with no marked lines)."""
    for line in text.splitlines():
        letters = re.sub(r"\W+", "", line.lower())
        if len(letters) >= PROBE_LETTERS:
            return letters[:30]
    return re.sub(r"\W+", "", text[:60].lower())[:30]


@lru_cache(maxsize=16)
def _read_lines(path: str, mtime_ns: int, size: int, limits: ReadLimits) -> tuple[str, ...]:
    """One file's lines, read once per version of it (a PDF's layout takes a while; a dialog opens several of its
    passages in a row); keyed by the file's change time and size, so a replaced upload is read anew."""
    del mtime_ns, size
    return tuple(shown_lines(Path(path), limits))
