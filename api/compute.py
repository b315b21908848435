"""A bounded pool for the CPU-bound part of a chat turn, sized for the cores.

FastAPI runs a sync route in a pool of 40 threads: under 32 clients that is 32 turns embedding,
scoring and composing at once on 2 cores, each slower and all finishing late. Here at most two turns
per core run at a time (one composes while the other waits for its query vector from the batching
thread, assistant/index/embedding.py) and the others wait in line (first come, first served), which
keeps p95 close to the service time multiplied by the queue. The event loop stays free meanwhile, so an SSE
stream can send its first event at once. Each task runs in the request's context (stage timings).
"""

from __future__ import annotations

import asyncio
import contextvars
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from assistant import stages

T = TypeVar("T")


def limit_blas(threads: int) -> None:
    """At most `threads` BLAS threads in this process (0 leaves BLAS as it is); see `Settings.blas_threads`."""
    if threads > 0:
        from threadpoolctl import threadpool_limits

        threadpool_limits(threads, user_api="blas")


class ComputePool:
    def __init__(self, threads: int = 0) -> None:
        self.threads = threads or 2 * (os.cpu_count() or 1)
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="jamplan-compute")

    async def run(self, fn: Callable[[], T]) -> T:
        """`fn()` on the pool, in this request's context; the wait for a free thread is stage `queue`."""
        submitted = time.perf_counter()
        context = contextvars.copy_context()

        def timed() -> T:
            stages.add("queue", (time.perf_counter() - submitted) * 1000)
            return fn()

        return await asyncio.get_running_loop().run_in_executor(self._pool, context.run, timed)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
