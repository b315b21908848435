"""The API's request and response bodies (the chat answer itself reuses `assistant.schema`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.modes import Mode
from assistant.schema import ChatOptions, ChatResponse, Citation


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # The service names the real limits in Swedish (a drafting request may paste a long document).
    message: str = Field(max_length=1_000_000, description="frågan eller beskrivningen")
    mode: Mode = "fraga"
    conversation_id: str | None = Field(default=None, max_length=64, description="fortsätt ett sparat samtal")
    options: ChatOptions = Field(default_factory=ChatOptions)
    replaces: str | None = Field(
        default=None, max_length=64,
        description="ett svar (message_id) i samtalet som frågan ersätter (generera igen, redigerad fråga): "
        "svaret, dess fråga och allt efter tas bort när det nya svaret sparas")


class ChatOut(ChatResponse):
    conversation_id: str
    message_id: str


class ConversationSummary(BaseModel):
    id: str
    title: str
    created_at: datetime
    updated_at: datetime


class TitleIn(BaseModel):
    """A new title for a conversation or a draft."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200, description="den nya rubriken")


class MessageOut(BaseModel):
    id: str
    role: Literal["user", "assistant"]
    mode: str
    content: str
    created_at: datetime
    citations: list[Citation] = Field(default_factory=list)
    grounded: bool | None = None
    draft: dict[str, Any] | None = None
    options: ChatOptions | None = Field(default=None, description="organisation, målgrupp och lättläst för svaret")


class ConversationOut(ConversationSummary):
    mode: str | None = Field(default=None, description="läget för det senaste svaret, att fortsätta i")
    options: ChatOptions | None = Field(default=None, description="inställningarna för det senaste svaret")
    messages: list[MessageOut]
    total_messages: int = Field(default=0, description="alla meddelanden i samtalet")
    earlier: int | None = Field(
        default=None, description="finns tidigare meddelanden: skicka detta värde som `before` för att hämta dem"
    )


class DraftIn(BaseModel):
    """Save a draft: from an answer (`message_id`) or from text the user wrote."""

    model_config = ConfigDict(extra="forbid")

    message_id: str | None = Field(default=None, max_length=64)
    title: str | None = Field(default=None, max_length=200)
    text: str | None = Field(default=None, max_length=200_000)
    kind: Mode | None = None


class DraftEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=200_000)
    title: str | None = Field(default=None, max_length=200)


class DraftExportIn(BaseModel):
    """Export the text as it is on screen (saved or not); citations come from the draft's versions."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["md", "docx"] = "md"
    text: str = Field(min_length=1, max_length=200_000)
    title: str | None = Field(default=None, max_length=200)


class DraftVersionOut(BaseModel):
    version: int
    created_at: datetime


class DraftSummary(BaseModel):
    id: str
    title: str
    kind: str
    version: int
    updated_at: datetime


class DraftOut(DraftSummary):
    text: str
    citations: list[Citation]
    draft: dict[str, Any] | None = Field(
        default=None, description="the text read as sections and items, each with its provenance (user, source, "
        "suggestion); a line the user wrote or changed without a marking is theirs")
    conversation_id: str | None
    message_id: str | None
    created_at: datetime
    versions: list[DraftVersionOut]


class SourceLine(BaseModel):
    n: int
    text: str
    cited: bool


class SourceOut(BaseModel):
    """A cited passage with the lines around it, for the citation popover."""

    chunk_id: str
    source: str
    title: str
    doc_type: str
    heading_path: str
    start_line: int
    end_line: int
    text: str
    context: list[SourceLine] = Field(description="original lines around the passage; empty if the file is gone")


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_id: str = Field(max_length=64)
    rating: Literal["up", "down"]
    comment: str = Field(default="", max_length=4000)


class Created(BaseModel):
    id: str


class RefusedUploadOut(BaseModel):
    """A file of an upload request that was not taken (its type, name or size), with the reason in Swedish."""

    name: str
    reason: str


class IngestJobOut(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    total: int
    done: int
    stats: dict[str, Any] | None
    error: str
    created_at: datetime
    finished_at: datetime | None
    refused: list[RefusedUploadOut] = Field(
        default_factory=list, description="files of the request that were not taken (the others are read in)")


class DilemmaOut(BaseModel):
    """A dilemma from the course workshops, to start a discussion from."""

    title: str
    workshop: str
    chunk_id: str
    source: str
    start_line: int
    end_line: int


class ModeSectionOut(BaseModel):
    """One section of a mode's structured draft: its stable key and Swedish heading."""

    key: str
    heading: str


class ModeOut(BaseModel):
    """A mode from the registry (`assistant.modes`), for the page's mode picker."""

    name: Mode
    label: str
    help: str
    is_draft: bool
    sections: list[ModeSectionOut]
    examples: list[str] = Field(default_factory=list, description="exempel att börja från")
