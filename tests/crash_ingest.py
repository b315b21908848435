"""Run one real ingest in this process and SIGKILL it just before its N-th write to the store.

`python -m tests.crash_ingest <data dir> <folder> <N> [uploads]`: every call that changes a Chroma collection
(upsert, add, update, delete) counts as one write; before write N the process kills itself with SIGKILL,
as `kill -9` would. N = 0 never kills and prints how many writes the run made (and how many files it
parsed). With `uploads`, the data dir's uploads folder is ingested too. Used by
tests/test_crash_safety.py; nothing in the product imports it.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.index.components import Components
from ingest.pipeline import run

WRITES = ("upsert", "add", "update", "delete")


class KillingCollection:
    """A real Chroma collection whose writes are counted; write number `kill_at` never happens."""

    def __init__(self, inner: Any, counter: list[int], kill_at: int) -> None:
        self._inner, self._counter, self._kill_at = inner, counter, kill_at

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in WRITES:
            return attr

        def write(*args: Any, **kwargs: Any) -> Any:
            self._counter[0] += 1
            if self._counter[0] == self._kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return attr(*args, **kwargs)

        return write


def main(data_dir: str, folder: str, kill_at: str, *more: str) -> None:
    settings = Settings(data_dir=Path(data_dir), corpus_dir=Path(folder))
    components = Components(settings)
    store = components.store
    counter = [0]
    for name in ("_chunks", "_sources", "_units", "_hubness"):
        setattr(store, name, KillingCollection(getattr(store, name), counter, int(kill_at)))
    paths = [Path(folder)] + ([settings.uploads_dir] if "uploads" in more else [])
    stats = run(settings, store, components.embeddings, paths)
    sys.stdout.write(f"{counter[0]} {stats.parsed}\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
