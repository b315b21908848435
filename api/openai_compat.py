"""The OpenAI chat-completions wire format over the assistant: one model per mode, citations as a source list.

Clients such as Open WebUI, LibreChat, Continue or the `openai` SDK keep the conversation themselves
and send it whole each time; nothing is stored here. The answer text gets a numbered source list
appended (so a client that shows only `content` still shows the sources), and the same citations
come back as structured data in a `citations` field.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import InputError
from assistant.generation.tokens import TokenCounter
from assistant.modes import MODES
from assistant.schema import ChatOptions, ChatRequest, Citation, Turn

MODEL_PREFIX = "jamplan-"
# Starts the source list appended to an answer; cut from assistant turns a client sends back as history.
SOURCES_HEADING = "\n\n**Källor**\n"


def model_id(mode: str) -> str:
    """'lokalt_mal' -> 'jamplan-lokalt-mal'."""
    return MODEL_PREFIX + mode.replace("_", "-")


MODEL_MODES: dict[str, str] = {model_id(name): name for name in MODES}


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = None


class CompletionMessage(BaseModel):
    """One message as OpenAI clients send it; `content` may be a string or a list of parts."""

    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = Field(default=None, max_length=100_000)


class CompletionIn(BaseModel):
    """`POST /v1/chat/completions`; sampling fields clients send (temperature, top_p, …) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(max_length=100, description="ett av id:na från GET /v1/models, t.ex. 'jamplan-fraga'")
    messages: list[CompletionMessage] = Field(min_length=1, max_length=200)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    options: ChatOptions | None = Field(default=None, description="jamplan: organisation, målgrupp, lättläst")


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "jamplan"
    name: str = Field(description="lägets svenska namn")
    description: str = Field(description="vad läget gör")


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class AnswerMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AnswerMessage
    finish_reason: Literal["stop"] = "stop"


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class CompletionOut(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    citations: list[Citation] = Field(default_factory=list, description="källorna som [n] i svaret syftar på")


def models() -> ModelList:
    return ModelList(data=[ModelCard(id=model_id(m.name), name=m.label, description=m.help) for m in MODES.values()])


def _text(content: str | list[ContentPart] | None) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "\n".join(part.text or "" for part in content if part.type == "text")


def to_request(body: CompletionIn) -> ChatRequest:
    """The last user message is the question; earlier user/assistant messages are the history."""
    mode = MODEL_MODES.get(body.model)
    if mode is None:
        raise InputError(f"Okänd modell {body.model!r}. Välj en av: {', '.join(MODEL_MODES)}.")
    turns = [m for m in body.messages if m.role in ("user", "assistant")]
    if not turns or turns[-1].role != "user":
        raise InputError("Sista meddelandet måste komma från användaren (role 'user').")
    history = [Turn(role=m.role, content=_text(m.content).split(SOURCES_HEADING)[0][:20_000])  # type: ignore[arg-type]
               for m in turns[:-1]]
    return ChatRequest(message=_text(turns[-1].content), mode=mode, history=history[-200:],  # type: ignore[arg-type]
                       options=body.options or ChatOptions())


def source_list(citations: list[Citation]) -> str:
    """The numbered source list appended to the answer ('' without citations)."""
    if not citations:
        return ""
    lines = []
    for c in citations:
        where = f"rad {c.start_line}" if c.start_line == c.end_line else f"rad {c.start_line}–{c.end_line}"
        section = f", {c.heading_path}" if c.heading_path else ""
        lines.append(f"{c.n}. {c.title} ({c.source}{section}, {where})")
    return SOURCES_HEADING + "\n".join(lines)


def new_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def now() -> int:
    return int(time.time())


def usage(counter: TokenCounter, request: ChatRequest, answer: str) -> Usage:
    prompt = counter.count(request.message) + sum(counter.count(t.content) for t in request.history)
    completion = counter.count(answer)
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)


def chunk(completion_id: str, created: int, model: str, delta: dict[str, Any], finish: str | None = None,
          **extra: Any) -> dict[str, Any]:
    """One `chat.completion.chunk` as streamed."""
    return {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
