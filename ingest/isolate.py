"""Parsing an uploaded file in a child process with its own memory and CPU limits.

An upload is untrusted: a 52 kB DOCX of 400 000 empty-styled paragraphs kept python-docx busy for
minutes, and an XML part within the unpack limit can still take hundreds of megabytes in the parser.
The child gets `RLIMIT_AS` (its address space after start-up plus `memory_bytes`) and `RLIMIT_CPU`
(seconds), so such a file costs the server neither memory nor a thread for long; whatever stops the
child becomes a `LoadError` with a plain reason. Not forked from the API process (it has threads): each child
is forked from a fork server, a clean process started once that has imported the parsers already. Spawning a fresh
interpreter per upload imported the whole application again (the spawned child re-imports the main module and the
lexicon): 11.7 s of a 15.5 s upload of a two-page PDF on the shared machine (upload37), where the fork server's
child starts in milliseconds.
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


def _death_reason(exitcode: int | None, too_much: str) -> str:
    """Why a child that never answered ended: killed by a signal (its CPU limit sends SIGXCPU, then SIGKILL; memory
    runs out as SIGKILL or SIGSEGV) means it needed too much; an exit code of its own means it ended without answering:
    most often it could not start (no fault of the file), but a MemoryError in its own error handling exits so too
    (review34), so the reason names both without claiming either limit."""
    if exitcode is None or exitcode < 0:
        return too_much
    return (f"inläsningen avbröts innan filen var läst (processen för inläsning slutade med kod {exitcode}; "
            "filen kan vara för stor eller skadad)")


def _context() -> multiprocessing.context.BaseContext:
    """The fork server context, its server preloading this module (and so the parsers) instead of the main module;
    started on the first upload and kept for the process's life. Where there is no fork server (not POSIX), spawn."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])
    return ctx


def load_isolated(
    path: Path, entry: dict[str, Any] | None, origin: str, limits: ReadLimits, memory_bytes: int, cpu_seconds: int
) -> tuple[SourceDoc, list[str]]:
    """`ingest.load.load_document` in a child process limited to `memory_bytes` and `cpu_seconds`."""
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, path, entry, origin, limits, memory_bytes, cpu_seconds),
                        daemon=True, name="jamplan-parse")
    child.start()
    send.close()
    too_much = f"inläsningen behövde mer än {memory_bytes // 1_000_000} MB minne eller {cpu_seconds} s processortid"
    died = False
    try:
        # Wall-clock bound as well: a child stuck waiting (not computing) never reaches its CPU limit.
        if not receive.poll(cpu_seconds * 3 + 30):
            raise LoadError(too_much)
        kind, value = receive.recv()
    except (EOFError, OSError):
        died = True  # it ended before it could answer: its exit code says whether a limit stopped it
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(10)
    if died:
        raise LoadError(_death_reason(child.exitcode, too_much))
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "memory":
        raise LoadError(f"inläsningen behövde mer än {memory_bytes // 1_000_000} MB minne")
    raise LoadError(value if kind == "load" else f"filen är skadad eller går inte att läsa ({value})")
