"""Per-request stage timings: where one answer's time went (embedding, dense search, … persistence).

A request opens a record (`record()`), code on its path wraps steps in `stage(name)`, and the
API reports the record as a `Server-Timing` header; `benchmarks/api.py` sums it per stage. Outside a
record `stage` costs one context-variable read, so library callers (CLI, evals) pay nothing.
The record lives in a context variable: threads started with the request's context (anyio, or
`contextvars.copy_context().run`) add to the same record.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[dict[str, float] | None] = ContextVar("jamplan_stages", default=None)


def record() -> dict[str, float]:
    """Start a fresh record for this request (milliseconds per stage) and return it."""
    stages: dict[str, float] = {}
    _current.set(stages)
    return stages


def current() -> dict[str, float] | None:
    return _current.get()


def add(name: str, ms: float) -> None:
    """Add `ms` to stage `name` of the current record, if there is one."""
    stages = _current.get()
    if stages is not None:
        stages[name] = stages.get(name, 0.0) + ms


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Time the enclosed block as stage `name` (summed when a stage runs more than once)."""
    stages = _current.get()
    if stages is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        stages[name] = stages.get(name, 0.0) + (time.perf_counter() - started) * 1000


def header(stages: dict[str, float]) -> str:
    """The record as a `Server-Timing` header value.

    >>> header({"embedding": 12.345, "dense_search": 0.5})
    'embedding;dur=12.3, dense_search;dur=0.5'
    """
    return ", ".join(f"{name};dur={ms:.1f}" for name, ms in stages.items())


def parse(value: str) -> dict[str, float]:
    """A `Server-Timing` header value back into stage -> milliseconds (what a client of `header` reads).

    >>> parse("embedding;dur=12.3, dense_search;dur=0.5")
    {'embedding': 12.3, 'dense_search': 0.5}
    """
    out: dict[str, float] = {}
    for part in value.split(","):
        name, _, rest = part.strip().partition(";")
        if name and rest.startswith("dur="):
            out[name] = out.get(name, 0.0) + float(rest[4:])
    return out
