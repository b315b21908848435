"""The shared models: documents and chunks (corpus -> ingest -> store -> retrieval), and the assistant's
request and response shapes (shared by the CLI, the API and the evals)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.modes import Mode

HEADING_SEPARATOR = " › "
# The line role of a merged sibling section's heading (`Chunk.line_roles`; a sub-section's is "h").
SIBLING_HEADING = "hs"
# Where text was joined across page-foot notes that broke its sentence (ingest.chunk.join_runs_on): invisible
# in an answer, and a gap (' … ') in a citation's quote, since the notes' lines stand between the two parts.
NOTE_GAP = "\u2060"
FLAG_SEPARATOR = "\x1f"


class DocPart(BaseModel):
    """A sub-document declared in the manifest: its title and the line ranges it occupies, in reading order."""

    title: str
    lines: list[tuple[int, int]]


class SourceDoc(BaseModel):
    """One loaded document: its lines (1-based line i is lines[i-1]; the file's own lines unless `line_origins`
    says where each came from) and catalogue data."""

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
    origin: str = Field(default="korpus", description="where the file came from: korpus, uppladdad or annan")
    line_origins: list[tuple[int, int]] = Field(
        default_factory=list,
        description="the (first, last) line of the file each of `lines` was read from, where `lines` are not the "
        "file's own lines (an HTML page's text): chunks cite the file's lines",
    )
    footnote_lines: list[int] = Field(
        default_factory=list, description="lines that start a footnote, where the file's markup says so"
    )


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
    line_roles: list[str] = Field(
        default_factory=list,
        description="what each line of `text` is: p body, h heading (of a sub-section merged in), hs heading of "
        "a sibling section merged in (its lines stand under it, not under the chunk's last heading), "
        "i1/i2… list item at depth, t table row, "
        "f footnote, n footnote whose mark the body text carries, c contents, r reference, s timetable, "
        "m front matter (see ingest.classify)",
    )
    path: str = ""
    doc_hash: str = ""
    publisher: str = ""
    year: int | None = None
    origin: str = Field(default="korpus", description="korpus (curated), uppladdad (an upload) or annan")
    flagged: list[str] = Field(
        default_factory=list, description="sentences addressed to the assistant (found at ingest): never quoted"
    )

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
            "line_roles": ";".join(self.line_roles),
            "origin": self.origin,
        }
        if self.flagged:
            meta["flagged"] = FLAG_SEPARATOR.join(self.flagged)
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
            line_roles=[r for r in str(meta.get("line_roles") or "").split(";") if r],
            origin=str(meta.get("origin") or "korpus"),
            flagged=[f for f in str(meta.get("flagged") or "").split(FLAG_SEPARATOR) if f],
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


# --- the assistant's request and response ----------------------------------------------------------------
class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str = Field(max_length=100_000)
    # a draft's version the user saved (PUT /v1/drafts), placed in the history where it was saved: later turns build
    # on it as on the assistant's own drafts (generation/plan.py)
    saved: bool = False


class ChatOptions(BaseModel):
    """Who the answer is for: organisation name, target group, and easy-to-read Swedish."""

    model_config = ConfigDict(extra="forbid")

    org: str | None = Field(default=None, max_length=200, description="kommun eller skola, t.ex. 'Borås Stad'")
    target_group: str | None = Field(default=None, max_length=200, description="målgrupp, t.ex. 'årskurs 7–9'")
    easy_swedish: bool = Field(default=False, description="lättläst svenska")
    # The tie of a conversation to the document its user uploaded (trial 36: the first question after an upload was
    # answered from the corpus or another user's upload, as no answer had quoted the upload yet). The client that
    # uploaded it (POST /v1/ingest) sends its file name with every turn; stored with the turn, so reopening keeps it.
    document: str | None = Field(default=None, max_length=200,
                                 description="filnamnet på ett uppladdat dokument som samtalet handlar om")


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str
    mode: Mode = "fraga"
    history: list[Turn] = Field(default_factory=list, max_length=200)
    options: ChatOptions = Field(default_factory=ChatOptions)


class Citation(BaseModel):
    """A numbered reference that opens the exact passage: file, section path and original lines."""

    n: int
    chunk_id: str
    source: str
    title: str
    heading_path: str
    start_line: int
    end_line: int
    quote: str
    origin: str = Field(default="korpus", description="korpus (curated source) or uppladdad (an uploaded document)")
    rewritten: bool = Field(default=False, description="lättläst: the answer says these lines again in easy Swedish; "
                            "`quote` is the original text, not the answer's wording")


Provenance = Literal["user", "source", "suggestion"]


class DraftItem(BaseModel):
    """One line of a draft and where it comes from.

    `user`: the user's own words or facts (quoted back, or an item the user edited);
    `source`: a statement of the material, with its citation numbers (exact lines);
    `suggestion`: the assistant's proposal. A `gap` is a fact the user must fill in ("Fyll i: …"),
    named instead of invented.
    """

    text: str
    citations: list[int] = Field(default_factory=list)
    provenance: Provenance = "suggestion"
    gap: bool = False
    quote: str = Field(default="", description="the user's own words the item is built from (provenance user)")
    pasted: bool = Field(default=False, description="a user item quoted from text of their own document that they "
                                                   "pasted, not said in their own words")

    @field_validator("text")
    @classmethod
    def _no_note_gap(cls, text: str) -> str:
        # A statement joined across page-foot notes carries NOTE_GAP for its citation's quote only: a draft's line
        # (shown, exported, edited) reads as one sentence, without an invisible character inside it.
        return text.replace(NOTE_GAP, "")

    @model_validator(mode="after")
    def _source_needs_citation(self) -> DraftItem:
        # A statement attributed to the material must say where it stands; otherwise it is a proposal.
        if self.provenance == "source" and not self.citations:
            raise ValueError("en punkt från källorna måste ha en källhänvisning [n]")
        return self


class DraftSection(BaseModel):
    """One part of a draft (e.g. 'orsaker'); `key` is stable, `heading` is the Swedish label."""

    key: str
    heading: str
    items: list[DraftItem] = Field(default_factory=list)


class Draft(BaseModel):
    """The structured form of a drafting answer, for editing and export."""

    kind: Mode
    title: str
    sections: list[DraftSection] = Field(default_factory=list)
    facts: dict[str, str] = Field(
        default_factory=dict, description="the user's facts the draft was built from (organisation, grades, …)")
    card: str = Field(default="", description="the goal card the draft builds on ('' when none fits)")
    easy: bool = Field(default=False, description="written in lättläst (easy Swedish) for reading, not the plan's text")
    audience: str = Field(default="", description="who outside the organisation a version to send is for "
                          "('vårdnadshavarna'); '' for the plan's own text")

    def section(self, key: str) -> DraftSection | None:
        return next((s for s in self.sections if s.key == key), None)

    def items(self) -> list[DraftItem]:
        """Every item of every section, in order."""
        return [item for section in self.sections for item in section.items]


class ChatResponse(BaseModel):
    mode: Mode
    text: str
    citations: list[Citation] = Field(default_factory=list)
    grounded: bool
    draft: Draft | None = None
    query: str = Field(default="", description="the standalone question used for retrieval")
    backend: str = ""
    notes: list[str] = Field(default_factory=list, description="what was done to the input, e.g. redactions")
    timings: dict[str, float] = Field(default_factory=dict, description="milliseconds spent retrieving and generating")


class StreamEvent(BaseModel):
    """One streamed event: text deltas, then the citations, then the finished response."""

    type: Literal["token", "citations", "done"]
    data: Any
