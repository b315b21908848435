"""Shared fakes for the tests: an OpenAI-compatible server on loopback and a scripted generation backend.

`FakeOpenAI` is a stand-in for an OpenAI-compatible chat-completions server (no real LLM can run here).
It speaks the real wire protocol — JSON responses and `text/event-stream`
chunks ending in `data: [DONE]` — so the production client code runs unchanged.
Its 'model' answers by quoting the first sentence of source [1] it was sent,
adds a citation that names no source ([99]) to exercise filtering, and records
every request so tests can inspect what left the machine.

`FakeBackend` implements the `GenerationBackend` protocol without any model: it
answers with scripted texts (`enqueue`) citing the first hit, and records every
turn it was given (`history`).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Generator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from assistant.citations import CitationBook
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.schema import Turn


class FakeBackend:
    """A deterministic `GenerationBackend`: scripted answers that cite the first hit, and a rewrite if given."""

    name = "fake"

    def __init__(self, rewritten: str | None = None) -> None:
        self.rewritten = rewritten
        self.history: list[PreparedTurn] = []
        self._queue: list[str] = []

    def enqueue(self, *texts: str) -> None:
        """Answers to give, in order; without one queued the answer is 'Svar [1].'"""
        self._queue.extend(texts)

    def respond(self, turn: PreparedTurn) -> Generator[str, None, BackendResult]:
        self.history.append(turn)
        text = self._queue.pop(0) if self._queue else "Svar [1]."
        book = CitationBook()
        if turn.hits:
            book.cite_chunk(turn.hits[0].chunk)
        yield from re.findall(r"\S+\s*", text)
        return BackendResult(text=text, grounded=bool(book), citations=book.citations)

    def rewrite(self, message: str, history: Sequence[Turn]) -> str | None:
        del message, history
        return self.rewritten


class FakeOpenAI:
    """Behaviour switches: `mode` = 'quote' | 'no_citation' | 'error' | 'slow' | 'drop_mid_stream'."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.mode = "quote"
        self.replies: list[str] = []  # scripted replies, used first (e.g. a malformed JSON draft)
        self.delay_s = 0.0
        self.token_delay_s = 0.0
        server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        server.daemon_threads = True
        self.server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reply_for(self, body: dict[str, Any]) -> str:
        messages = body.get("messages", [])
        last = str(messages[-1]["content"]) if messages else ""
        if "fristående fråga" in last:  # the rewrite prompt
            return "Vilka problem har flickor i skolan?"
        if self.replies:
            return self.replies.pop(0)
        if self.mode == "no_citation":
            return "Det här är ett svar helt utan källhänvisningar."
        if self.mode == "html":
            return ('Svar med <img src=x onerror="window.__pwned=3"> och <script>window.__pwned=4</script> '
                    "inbakat [1].")
        match = re.search(r"\[1\]\n.*?<<<\n(.*?)\n>>>", last, re.S)
        source = match.group(1) if match else "Underlaget tar inte upp frågan."
        first = re.split(r"(?<=[.!?])\s+", " ".join(source.split()))[0]
        if body.get("messages") and '"provenance"' in str(messages[0]["content"]):
            # A drafting prompt asks for JSON: one cited item, one citing a number that names no source,
            # one of the user's facts and one gap.
            return json.dumps({"title": "Utkast", "sections": [
                {"key": "problem", "heading": "Problem", "items": [
                    {"text": first, "provenance": "source", "citations": [1]},
                    {"text": "Pojkar och flickor berörs olika.", "provenance": "source", "citations": [99]}]},
                {"key": "nulage", "items": [
                    {"text": "Pojkar: 38 % saknar godkänt i matematik (2024)", "provenance": "user"},
                    {"text": "Fyll i: andel flickor", "provenance": "suggestion", "gap": True}]}]},
                ensure_ascii=False)
        if body.get("messages") and "## " in str(messages[0]["content"]):
            return f"## Problem\n- {first} [1]\n\n## Vilka berörs\n- Pojkar och flickor berörs olika. [99]"
        return f"{first} [1] Detta påstående har ingen källa [99]."

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
                if not self.path.endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                if fake.mode == "error":
                    self._json(500, {"error": {"message": "model crashed", "type": "server_error"}})
                    return
                if fake.mode == "slow":
                    time.sleep(fake.delay_s or 5)
                text = fake.reply_for(body)
                if body.get("stream"):
                    self._stream(body, text)
                else:
                    self._json(200, _completion(body, text))

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, body: dict[str, Any], text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                pieces = re.findall(r"\S+\s*", text)
                for i, piece in enumerate(pieces):
                    if fake.mode == "drop_mid_stream" and i == len(pieces) // 2:
                        self.wfile.flush()
                        self.close_connection = True
                        return
                    chunk = _chunk(body, {"content": piece} if i else {"role": "assistant", "content": piece})
                    try:
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        self.wfile.flush()
                    except OSError:
                        return  # the client went away
                    time.sleep(fake.token_delay_s)
                final = _chunk(body, {}, finish="stop")
                self.wfile.write(f"data: {json.dumps(final)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

        return Handler


def _completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
