"""`python -m benchmarks.api`: the chat API under load over loopback, beside the textbook LangChain endpoint.

Both servers run as their own processes on 127.0.0.1 with the extractive backend
(jamplan) and plain similarity search (baseline), driven by the same bounded
client pool at each concurrency level. Reports throughput, p50/p95 latency of a
non-streamed `fraga` answer, jamplan's time per stage (from its Server-Timing
header: where a turn's time goes under load) and, for jamplan, time to the first
SSE event and to the first answer token. Not a test: nothing asserts a time.
Results: stdout and benchmarks/results/api-latest.json.

On a shared machine absolute times move with whatever else runs; the two servers
are measured one right after the other at each level, so the ratios are the figure.
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

from assistant import stages
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


STAGES = ("queue", "history", "auth_ratelimit", "index_check", "embedding", "dense_search", "lexical_search",
          "fusion", "answer_composition", "persistence", "serialisation")


Sample = tuple[float, dict[str, float]]  # client latency (ms), the server's stages (ms)


def rounds(urls: list[str], questions: list[str], clients: int, total: int, n: int = 4) -> list[dict[str, Any]]:
    """`total` requests per server in `n` alternating rounds (A, B, A, B, …): a change in the shared machine's
    load between rounds falls on both servers alike, which one long run per server did not give."""
    samples: list[list[Sample]] = [[] for _ in urls]
    walls = [0.0 for _ in urls]
    for r in range(n):
        for i, url in enumerate(urls):
            part, wall = _load(url, questions, clients, total // n + (1 if r < total % n else 0))
            samples[i] += part
            walls[i] += wall
    return [summarise(s, w) for s, w in zip(samples, walls, strict=True)]


def load(url: str, questions: list[str], clients: int, total: int) -> dict[str, Any]:
    return summarise(*_load(url, questions, clients, total))


def _load(url: str, questions: list[str], clients: int, total: int) -> tuple[list[Sample], float]:
    """`total` requests spread over `clients` concurrent clients; latency in ms.

    Each request's question is made unique (a request number is appended), so
    no server can answer from a query-embedding cache. Where the server sends
    `Server-Timing` (jamplan with JAMPLAN_SERVER_TIMING), its stages come along.
    """
    def worker(i: int) -> list[Sample]:
        out = []
        with httpx.Client(base_url=url, timeout=120) as c:
            for j in range(i, total, clients):
                started = time.perf_counter()
                r = c.post("/v1/chat", json={"message": f"{questions[j % len(questions)]} ({next(_SERIAL)}.)"})
                r.raise_for_status()
                out.append(((time.perf_counter() - started) * 1000, stages.parse(r.headers.get("server-timing", ""))))
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = [s for part in pool.map(worker, range(clients)) for s in part]
    return results, time.perf_counter() - started


def summarise(results: list[Sample], wall: float) -> dict[str, Any]:
    """Throughput, p50/p95 and, where the server sent them, the mean and p95 of each stage."""
    samples = [ms for ms, _ in results]
    report: dict[str, Any] = {"requests": len(samples), "rps": round(len(samples) / wall, 1),
                              "p50_ms": round(pct(samples, 0.5), 1), "p95_ms": round(pct(samples, 0.95), 1)}
    timed = [t for _, t in results if t]
    if timed:
        names = [n for n in STAGES if any(n in t for t in timed)] + sorted(
            {n for t in timed for n in t} - set(STAGES) - {"total"})
        report["stages_ms"] = {n: {"mean": round(sum(t.get(n, 0.0) for t in timed) / len(timed), 1),
                                   "p95": round(pct([t.get(n, 0.0) for t in timed], 0.95), 1)} for n in names}
        server = [t.get("total", 0.0) for t in timed]
        client = [ms for ms, t in results if t]
        report["stages_ms"]["server_total"] = {"mean": round(sum(server) / len(server), 1),
                                               "p95": round(pct(server, 0.95), 1)}
        # What the server's own clock does not see: the HTTP stack, the loopback and the client.
        gap = [c - t for c, t in zip(client, server, strict=True)]
        report["stages_ms"]["outside_handler"] = {"mean": round(sum(gap) / len(gap), 1),
                                                  "p95": round(pct(gap, 0.95), 1)}
    return report


def first_event(url: str, questions: list[str], clients: int, total: int) -> dict[str, Any]:
    """Time to the first SSE event (any) and to the first answer `token`, over `clients` concurrent streams."""
    def worker(i: int) -> list[tuple[float, float]]:
        out = []
        with httpx.Client(base_url=url, timeout=120, headers={"Accept": "text/event-stream"}) as c:
            for j in range(i, total, clients):
                started = time.perf_counter()
                body = {"message": f"{questions[j % len(questions)]} ({next(_SERIAL)}.)"}
                first = token = None
                with c.stream("POST", "/v1/chat", json=body) as r:
                    for line in r.iter_lines():  # read to the end so the connection is reused
                        if line.startswith("event:"):
                            now = (time.perf_counter() - started) * 1000
                            first = first if first is not None else now
                            if token is None and line[6:].strip() in ("token", "done"):
                                token = now
                out.append((first or 0.0, token or 0.0))
        return out

    with ThreadPoolExecutor(clients) as pool:
        samples = [s for part in pool.map(worker, range(clients)) for s in part]
    firsts, tokens = [f for f, _ in samples], [t for _, t in samples]
    return {"requests": len(samples), "p50_ms": round(pct(firsts, 0.5), 1), "p95_ms": round(pct(firsts, 0.95), 1),
            "first_token_p50_ms": round(pct(tokens, 0.5), 1), "first_token_p95_ms": round(pct(tokens, 0.95), 1)}


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
        "JAMPLAN_RATE_LIMIT_BURST": "100000000", "JAMPLAN_SERVER_TIMING": "true",
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
            a, b = rounds([ours_url, base_url], questions, n, args.requests)
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
    print(format_report(report))  # noqa: T201 - a benchmark's output is its report


def format_report(report: dict[str, Any]) -> str:
    lines = ["2 shared cores: absolute times are noisy; each level alternates the two servers in 4 rounds, "
             "so read the ratios.", ""]
    lines.append("| clients | jamplan rps | p50 ms | p95 ms | recipe rps | p50 ms | p95 ms | p95 ratio |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for n, row in report["levels"].items():
        a, b = row["jamplan"], row["langchain_recipe"]
        lines.append(f"| {n} | {a['rps']} | {a['p50_ms']} | {a['p95_ms']} | {b['rps']} | {b['p50_ms']} | "
                     f"{b['p95_ms']} | {row['p95_ratio']}× |")
    lines.append("")
    stage_rows = {n: row["jamplan"].get("stages_ms", {}) for n, row in report["levels"].items()}
    names = list(dict.fromkeys(name for st in stage_rows.values() for name in st))
    if names:
        lines.append("jamplan time per stage, mean / p95 ms (Server-Timing), by clients:")
        lines.append("| stage | " + " | ".join(str(n) for n in stage_rows) + " |")
        lines.append("|---|" + "---|" * len(stage_rows))
        for name in names:
            cells = [f"{st[name]['mean']} / {st[name]['p95']}" if name in st else "–" for st in stage_rows.values()]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
    for n, row in report["first_sse_event"].items():
        lines.append(f"SSE, {n} client(s): first event p50 {row['p50_ms']} ms, p95 {row['p95_ms']} ms; "
                     f"first answer token p50 {row['first_token_p50_ms']} ms, p95 {row['first_token_p95_ms']} ms")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
