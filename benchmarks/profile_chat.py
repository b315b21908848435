"""`python -m benchmarks.profile_chat`: where a chat turn's CPU time goes, as the API spends it.

Runs `--turns` unique `fraga` questions through the chat route's own steps in this process (history,
answer on the compute path, persistence, serialisation), one after the other under pyinstrument,
and prints the call tree. Under 8 or 32 clients a turn does the same work and waits in the compute
pool's queue for the rest (`make bench-api` prints that per stage), so the cost per turn is what
throughput is made of. Needs `pip install pyinstrument` (not a project dependency).
"""

from __future__ import annotations

import argparse
import os
import time

from assistant.config import PROJECT_ROOT, Settings
from evals.retrieval import load_dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=40)
    parser.add_argument("--html", help="also write pyinstrument's HTML report here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from pyinstrument import Profiler

    from api import turns
    from api.auth import LOCAL_CALLER
    from api.compute import limit_blas
    from api.main import build_services
    from api.routes.chat import _answer, _record
    from api.schemas import ChatIn

    services = build_services(Settings(rate_limit_per_minute=10**8, rate_limit_burst=10**8))
    limit_blas(services.settings.blas_threads)  # as the server's startup does
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")]

    def turn(i: int) -> None:
        body = ChatIn(message=f"{questions[i % len(questions)]} ({i}.)")
        services.limiter.take(LOCAL_CALLER.key_id)
        t = turns.prepare(services, LOCAL_CALLER, body)
        response = _answer(services, t)
        _record(services, LOCAL_CALLER, body, t, response)

    for i in range(1, 11):  # warm-up: model, snapshot, term weights, lazily imported word lists
        turn(len(questions) * 100 - i)
    profiler = Profiler(interval=0.001)
    started = time.perf_counter()
    with profiler:
        for i in range(args.turns):
            turn(i)
    wall = time.perf_counter() - started
    print(f"{args.turns} turns in {wall:.2f} s: {wall / args.turns * 1000:.1f} ms a turn")  # noqa: T201
    print(profiler.output_text(unicode=True, show_all=False))  # noqa: T201
    if args.html:
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(profiler.output_html())


if __name__ == "__main__":
    main()
