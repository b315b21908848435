"""Parsing an uploaded file in a child process with its own memory and CPU limits.

An upload is untrusted: a 52 kB DOCX of 400 000 empty-styled paragraphs kept python-docx busy for
minutes, and an XML part within the unpack limit can still take hundreds of megabytes in the parser.
The child gets `RLIMIT_AS` (its address space after start-up plus `memory_bytes`) and `RLIMIT_CPU`
(seconds), so such a file costs the server neither memory nor a thread for long; whatever stops the
child becomes a `LoadError` with a plain reason. Spawned, not forked: the API process has threads.
"""

from __future__ import annotations

import multiprocessing
import resource
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from assistant.schema import SourceDoc
from ingest.load import LoadError, ReadLimits, load_document


def _address_space() -> int:
    """This process's address space now (Linux), so the limit counts what parsing adds, not the interpreter."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Connection, path: Path, entry: dict[str, Any] | None, origin: str, limits: ReadLimits,
           memory_bytes: int, cpu_seconds: int) -> None:
    cap = _address_space() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    try:
        conn.send(("ok", load_document(path, entry, origin, limits)))
    except LoadError as exc:
        conn.send(("load", str(exc)))
    except MemoryError:
        conn.send(("memory", ""))
    except Exception as exc:  # a parser's own failure on a broken file: reported, not raised in the server
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def load_isolated(
    path: Path, entry: dict[str, Any] | None, origin: str, limits: ReadLimits, memory_bytes: int, cpu_seconds: int
) -> tuple[SourceDoc, list[str]]:
    """`ingest.load.load_document` in a child process limited to `memory_bytes` and `cpu_seconds`."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, path, entry, origin, limits, memory_bytes, cpu_seconds),
                        daemon=True, name="jamplan-parse")
    child.start()
    send.close()
    too_much = f"inläsningen behövde mer än {memory_bytes // 1_000_000} MB minne eller {cpu_seconds} s processortid"
    try:
        # Wall-clock bound as well: a child stuck waiting (not computing) never reaches its CPU limit.
        if not receive.poll(cpu_seconds * 3 + 30):
            raise LoadError(too_much)
        kind, value = receive.recv()
    except (EOFError, OSError):
        raise LoadError(too_much) from None  # killed by its limit (SIGXCPU, SIGKILL) before it could answer
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(10)
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "memory":
        raise LoadError(f"inläsningen behövde mer än {memory_bytes // 1_000_000} MB minne")
    raise LoadError(value if kind == "load" else f"filen är skadad eller går inte att läsa ({value})")
