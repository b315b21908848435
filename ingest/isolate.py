"""Parsing an uploaded file in a child process with its own memory and CPU limits.

An upload is untrusted: a 52 kB DOCX of 400 000 empty-styled paragraphs kept python-docx busy for
minutes, and an XML part within the unpack limit can still take hundreds of megabytes in the parser.
The child gets `RLIMIT_AS` (its address space after start-up plus `memory_bytes`) and `RLIMIT_CPU`
(seconds), so such a file costs the server neither memory nor a thread for long; whatever stops the
child becomes a `LoadError` with a plain reason. Not forked (the API process has threads), nor a multiprocessing
child: those import the parent's main module again (the server's whole application: 11.7 s of a 15.5 s upload of a
two-page PDF on the shared machine, upload37), where this module run as a program (`python -m ingest.isolate`)
imports only the parsers. Its arguments come pickled on stdin, its answer goes pickled to stdout.
"""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
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


def _child() -> None:
    """The program's body: the arguments pickled on stdin, the answer ('ok', (doc, notes)) or (kind, reason)
    pickled to stdout; the limits set before the file is read."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a parser's own prints must not mix into the answer
    path, entry, origin, limits, memory_bytes, cpu_seconds = pickle.loads(sys.stdin.buffer.read())
    cap = _address_space() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    try:
        answer: tuple[str, Any] = ("ok", load_document(path, entry, origin, limits))
    except LoadError as exc:
        answer = ("load", str(exc))
    except MemoryError:
        answer = ("memory", "")
    except Exception as exc:  # a parser's own failure on a broken file: reported, not raised in the server
        answer = ("error", f"{type(exc).__name__}: {exc}")
    out.write(pickle.dumps(answer))
    out.flush()


def _death_reason(exitcode: int | None, too_much: str) -> str:
    """Why a child that never answered ended: killed by a signal (its CPU limit sends SIGXCPU, then SIGKILL; memory
    runs out as SIGKILL or SIGSEGV) means it needed too much; an exit code of its own means it ended without answering:
    most often it could not start (no fault of the file), but a MemoryError in its own error handling exits so too
    (review34), so the reason names both without claiming either limit."""
    if exitcode is None or exitcode < 0:
        return too_much
    return (f"inläsningen avbröts innan filen var läst (processen för inläsning slutade med kod {exitcode}; "
            "filen kan vara för stor eller skadad)")


def load_isolated(
    path: Path, entry: dict[str, Any] | None, origin: str, limits: ReadLimits, memory_bytes: int, cpu_seconds: int
) -> tuple[SourceDoc, list[str]]:
    """`ingest.load.load_document` in a child process limited to `memory_bytes` and `cpu_seconds`."""
    too_much = f"inläsningen behövde mer än {memory_bytes // 1_000_000} MB minne eller {cpu_seconds} s processortid"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    try:
        # Wall-clock bound as well: a child stuck waiting (not computing) never reaches its CPU limit.
        done = subprocess.run([sys.executable, "-m", "ingest.isolate"], capture_output=True, env=env,
                              input=pickle.dumps((path, entry, origin, limits, memory_bytes, cpu_seconds)),
                              timeout=cpu_seconds * 3 + 30, check=False)
    except subprocess.TimeoutExpired:
        raise LoadError(too_much) from None
    try:
        kind, value = pickle.loads(done.stdout)
    except Exception:  # it ended before it could answer: its exit code says whether a limit stopped it
        raise LoadError(_death_reason(done.returncode, too_much)) from None
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "memory":
        raise LoadError(f"inläsningen behövde mer än {memory_bytes // 1_000_000} MB minne")
    raise LoadError(value if kind == "load" else f"filen är skadad eller går inte att läsa ({value})")


if __name__ == "__main__":
    _child()
