"""The assistant's request and response shapes, shared by the CLI, the API and the evals."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Mode = Literal["fraga", "problemformulering", "lokalt_mal", "uppfoljning", "dilemma"]
MODES: tuple[str, ...] = ("fraga", "problemformulering", "lokalt_mal", "uppfoljning", "dilemma")
DRAFT_MODES: tuple[str, ...] = ("problemformulering", "lokalt_mal", "uppfoljning")


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str = Field(max_length=100_000)


class ChatOptions(BaseModel):
    """Who the answer is for: organisation name, target group, and easy-to-read Swedish."""

    model_config = ConfigDict(extra="forbid")

    org: str | None = Field(default=None, max_length=200, description="kommun eller skola, t.ex. 'Borås Stad'")
    target_group: str | None = Field(default=None, max_length=200, description="målgrupp, t.ex. 'årskurs 7–9'")
    easy_swedish: bool = Field(default=False, description="lättläst svenska")


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


class DraftItem(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list)


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

    def section(self, key: str) -> DraftSection | None:
        return next((s for s in self.sections if s.key == key), None)


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
