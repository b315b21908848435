"""Shared models that travel through the flow corpus -> ingest -> store -> retrieval."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

HEADING_SEPARATOR = " › "


class DocPart(BaseModel):
    """A sub-document declared in the manifest: its title and the line ranges it occupies, in reading order."""

    title: str
    lines: list[tuple[int, int]]


class SourceDoc(BaseModel):
    """One loaded document: its original lines (1-based line i is lines[i-1]) and catalogue data."""

    path: str
    source: str
    title: str
    doc_type: str = "övrigt"
    publisher: str = ""
    year: int | None = None
    lines: list[str]
    parts: list[DocPart] = Field(default_factory=list)
    heading_levels: dict[str, int] = Field(default_factory=dict)
    content_hash: str = ""
    page_breaks: list[int] = Field(default_factory=list, description="line numbers that start a new page")


class Chunk(BaseModel):
    """A retrievable passage with everything a citation needs."""

    chunk_id: str
    source: str
    title: str
    doc_type: str
    heading_path: list[str]
    start_line: int
    end_line: int
    text: str
    line_spans: list[tuple[int, int]] = Field(
        default_factory=list, description="original (first, last) line of each line of `text`"
    )
    path: str = ""
    doc_hash: str = ""
    publisher: str = ""
    year: int | None = None

    @property
    def heading_path_text(self) -> str:
        return HEADING_SEPARATOR.join(self.heading_path)

    def embedding_text(self) -> str:
        """The text that is embedded and indexed: the section path gives short chunks their context.

        The document title is left out on purpose: repeated on every chunk of a
        document it drowns the passage's own words in both rankers.
        """
        if not self.heading_path:
            return self.text
        return f"{self.heading_path_text}\n{self.text}"

    def to_metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "source": self.source,
            "title": self.title,
            "doc_type": self.doc_type,
            "heading_path": self.heading_path_text,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "path": self.path,
            "doc_hash": self.doc_hash,
            "publisher": self.publisher,
            "line_spans": ";".join(f"{a}-{b}" for a, b in self.line_spans),
        }
        if self.year is not None:
            meta["year"] = self.year
        return meta

    @classmethod
    def from_record(cls, chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
        path = str(meta.get("heading_path") or "")
        return cls(
            chunk_id=chunk_id,
            text=text,
            source=str(meta["source"]),
            title=str(meta.get("title", "")),
            doc_type=str(meta.get("doc_type", "")),
            heading_path=path.split(HEADING_SEPARATOR) if path else [],
            start_line=int(meta["start_line"]),
            end_line=int(meta["end_line"]),
            path=str(meta.get("path", "")),
            doc_hash=str(meta.get("doc_hash", "")),
            publisher=str(meta.get("publisher", "")),
            year=int(meta["year"]) if meta.get("year") is not None else None,
            line_spans=_parse_spans(str(meta.get("line_spans") or "")),
        )

    def lines_with_spans(self) -> list[tuple[str, int, int]]:
        """Each line of the text with the original lines it came from (the whole chunk span if unknown)."""
        lines = self.text.split("\n")
        if len(self.line_spans) != len(lines):
            return [(line, self.start_line, self.end_line) for line in lines]
        return [(line, a, b) for line, (a, b) in zip(lines, self.line_spans, strict=True)]


def _parse_spans(value: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for item in value.split(";"):
        first, _, last = item.partition("-")
        if first.isdigit() and last.isdigit():
            spans.append((int(first), int(last)))
    return spans


class Hit(BaseModel):
    """A chunk returned by retrieval, with its fused score and per-ranker ranks."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    dense_score: float | None = Field(default=None, description="cosine similarity to the query")
    lexical_rank: int | None = None

    def to_public(self) -> dict[str, Any]:
        """The JSON shape `jamplan search --json` prints."""
        c = self.chunk
        return {
            "chunk_id": c.chunk_id,
            "score": round(self.score, 6),
            "source": c.source,
            "title": c.title,
            "doc_type": c.doc_type,
            "heading_path": c.heading_path_text,
            "start_line": c.start_line,
            "end_line": c.end_line,
            "text": c.text,
        }
