"""`python -m benchmarks.api`: the chat API under load over loopback, beside the textbook LangChain endpoint.

Both servers run as their own processes on 127.0.0.1 with the extractive backend
(jamplan) and plain similarity search (baseline), driven by the same bounded
client pool at each concurrency level. Reports throughput, p50/p95 latency of a
non-streamed `fraga` answer and, for jamplan, time to the first SSE event. Not a
test: nothing asserts a time. Results: stdout and benchmarks/results/api-latest.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from assistant.config import PROJECT_ROOT
from evals.retrieval import load_dataset

RESULTS = PROJECT_ROOT / "benchmarks" / "results"
_SERIAL = itertools.count()  # makes every question unique across the whole run


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(cmd: list[str], url: str, env: dict[str, str], timeout: float = 900) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{cmd[:3]} exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError(f"{cmd[:3]} did not start")


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def load(url: str, questions: list[str], clients: int, total: int) -> dict[str, float]:
    """`total` requests spread over `clients` concurrent clients; latency in ms.

    Each request's question is made unique (a request number is appended), so
    no server can answer from a query-embedding cache.
    """
    def worker(i: int) -> list[float]:
        out = []
        with httpx.Client(base_url=url, timeout=60) as c:
            for j in range(i, total, clients):
                started = time.perf_counter()
                r = c.post("/v1/chat", json={"message": f"{questions[j % len(questions)]} ({next(_SERIAL)}.)"})
                r.raise_for_status()
                out.append((time.perf_counter() - started) * 1000)
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        samples = [s for part in pool.map(worker, range(clients)) for s in part]
    wall = time.perf_counter() - started
    return {"requests": len(samples), "rps": round(len(samples) / wall, 1),
            "p50_ms": round(pct(samples, 0.5), 1), "p95_ms": round(pct(samples, 0.95), 1)}


def first_event(url: str, questions: list[str], clients: int, total: int) -> dict[str, float]:
    def worker(i: int) -> list[float]:
        out = []
        with httpx.Client(base_url=url, timeout=60, headers={"Accept": "text/event-stream"}) as c:
            for j in range(i, total, clients):
                started = time.perf_counter()
                body = {"message": f"{questions[j % len(questions)]} ({next(_SERIAL)}.)"}
                with c.stream("POST", "/v1/chat", json=body) as r:
                    lines = r.iter_lines()
                    for line in lines:
                        if line.startswith("event:"):
                            out.append((time.perf_counter() - started) * 1000)
                            break
                    for _ in lines:  # read to the end so the connection is reused
                        pass
        return out

    with ThreadPoolExecutor(clients) as pool:
        samples = [s for part in pool.map(worker, range(clients)) for s in part]
    return {"requests": len(samples), "p50_ms": round(pct(samples, 0.5), 1), "p95_ms": round(pct(samples, 0.95), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--levels", default="1,8,32", help="client counts")
    parser.add_argument("--requests", type=int, default=160, help="requests per level (bounded)")
    parser.add_argument("--data-dir", type=Path, default=PROJECT_ROOT / ".jamplan")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")]
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")} | {
        "JAMPLAN_DATA_DIR": str(args.data_dir), "JAMPLAN_RATE_LIMIT_PER_MINUTE": "100000000",
        "JAMPLAN_RATE_LIMIT_BURST": "100000000",
    }
    subprocess.run([sys.executable, "-m", "jamplan.cli", "ingest", "--quiet"], env=env, check=True)
    ours_port, base_port = _port(), _port()
    ours_url, base_url = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{base_port}"
    ours = _start([sys.executable, "-m", "jamplan.cli", "serve", "--no-auth", "--port", str(ours_port)], ours_url, env)
    base = _start([sys.executable, "-m", "benchmarks.recipe_server", "--port", str(base_port), "--data-dir",
                   str(args.data_dir)], base_url, env)
    report: dict[str, Any] = {"levels": {}, "questions": len(questions)}
    try:
        for url in (ours_url, base_url):
            load(url, questions, 2, 20)  # warm-up: models, indexes, connection pools
        for n in levels:
            a, b = load(ours_url, questions, n, args.requests), load(base_url, questions, n, args.requests)
            report["levels"][n] = {"jamplan": a, "langchain_recipe": b,
                                   "p95_ratio": round(a["p95_ms"] / b["p95_ms"], 2),
                                   "rps_ratio": round(a["rps"] / b["rps"], 2)}
        report["first_sse_event"] = {n: first_event(ours_url, questions, n, min(args.requests, 80))
                                     for n in levels if n <= 8}
    finally:
        for proc in (ours, base):
            proc.terminate()
            proc.wait(timeout=20)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "api-latest.json").write_text(json.dumps(report, indent=2))
    print("| clients | jamplan rps | p50 ms | p95 ms | recipe rps | p50 ms | p95 ms | p95 ratio |")  # noqa: T201
    print("|---|---|---|---|---|---|---|---|")  # noqa: T201
    for n, row in report["levels"].items():
        a, b = row["jamplan"], row["langchain_recipe"]
        print(f"| {n} | {a['rps']} | {a['p50_ms']} | {a['p95_ms']} | {b['rps']} | {b['p50_ms']} | {b['p95_ms']} "  # noqa: T201
              f"| {row['p95_ratio']}× |")
    for n, row in report["first_sse_event"].items():
        print(f"first SSE event, {n} client(s): p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms")  # noqa: T201


if __name__ == "__main__":
    main()
