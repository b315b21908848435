"""`python -m benchmarks.growth`: how search, chat, memory and disk grow with the number of chunks.

Each size gets a fresh embedded store of the synthetic chunks of benchmarks/run.py (corpus sentences,
clustered vectors), built with jamplan's configured HNSW settings, and the LangChain recipe's collection
of the same vectors (Chroma's defaults). A fresh process per size then loads jamplan's search snapshot
and warms the assistant as a started server does (Assistant.warm_up), then measures hybrid search and a
whole `fraga` answer (extractive), the recipe's search, and the
process's resident memory. Rows are merged into benchmarks/results/growth.json by size, so a slow size
(300k) can be measured once and kept (`--sizes 300000` adds or replaces only that row); the plot
benchmarks/results/growth.png is redrawn from all rows. Not a test: nothing asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "benchmarks" / "results"
GROWTH = RESULTS / "growth.json"


def _dir_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(work: Path, n: int) -> dict[str, Any]:
    """Both stores of `n` synthetic chunks under `work`; insert seconds and disk size of each."""
    from assistant.config import Settings
    from assistant.index.embedding import E5Embeddings
    from assistant.index.store import ChromaStore
    from benchmarks.run import synthetic_chunks
    from evals.baseline import LangChainRecipe

    chunks, vectors = synthetic_chunks(n)
    settings = Settings(data_dir=work / "jamplan")
    store = ChromaStore.from_settings(settings)
    started = time.perf_counter()
    store.upsert(chunks, vectors.tolist(), batch=2000)
    for path in sorted({c.path for c in chunks}):
        store._put_source_record(path, "syn", "h", 100)  # noqa: SLF001 - bulk registry write for the benchmark
    store.bump_version()
    ours_s = time.perf_counter() - started
    recipe = LangChainRecipe(E5Embeddings(), work / "recipe")
    coll = recipe.vectorstore._collection  # noqa: SLF001 - add precomputed vectors the recipe's way
    started = time.perf_counter()
    for s in range(0, n, 2000):
        coll.upsert(ids=[c.chunk_id for c in chunks[s:s + 2000]], embeddings=vectors[s:s + 2000],
                    documents=[c.text for c in chunks[s:s + 2000]],
                    metadatas=[{"source": c.source, "start_line": 1, "end_line": 1} for c in chunks[s:s + 2000]])
    recipe_s = time.perf_counter() - started
    return {"insert_s": {"jamplan": ours_s, "recipe": recipe_s},
            "disk_mib": {"jamplan": _dir_mib(work / "jamplan" / "chroma"), "recipe": _dir_mib(work / "recipe")}}


def measure(work: Path, queries: int) -> dict[str, Any]:
    """In this (fresh) process: search and chat latency over the built stores, and resident memory."""
    from assistant.config import Settings
    from assistant.index.components import Components
    from assistant.index.embedding import E5Embeddings
    from assistant.service import Assistant
    from benchmarks.run import percentiles
    from evals.baseline import LangChainRecipe
    from evals.retrieval import load_dataset

    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")][:queries]
    e5 = E5Embeddings()
    e5.embed_query(questions[0])
    base_rss = _rss_mib()
    components = Components(Settings(data_dir=work / "jamplan"))
    components._embeddings = e5  # noqa: SLF001 - no query cache: every question is embedded, as for the recipe
    assistant = Assistant(components)
    started = time.perf_counter()
    components.retriever.snapshot()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    assistant.warm_up()  # as the API and `jamplan chat` do at start: the first answer does not build the weights
    warm_up_s = time.perf_counter() - started
    components.retriever.search(questions[0])
    ours_rss = _rss_mib() - base_rss  # jamplan's snapshot and store, before the recipe's store opens
    recipe = LangChainRecipe(e5, work / "recipe")
    recipe.search(questions[0], 8)
    ours, chat, theirs = [], [], []
    for i, q in enumerate(questions):  # interleaved, so a change in the machine's load falls on all three alike
        t = time.perf_counter()
        components.retriever.search(q, k=8)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        recipe.search(q, 8)
        theirs.append(time.perf_counter() - t)
        t = time.perf_counter()
        assistant.respond({"message": f"{q} ({i}.)"})
        chat.append(time.perf_counter() - t)
    return {"snapshot_load_s": load_s, "warm_up_s": warm_up_s,
            "search": {"jamplan": percentiles(ours), "recipe": percentiles(theirs)},
            "chat": {"jamplan": percentiles(chat)},
            "rss_mib": {"jamplan_over_model": ours_rss, "process_total": _rss_mib()},
            "dense": "exact" if components.retriever.current().vectors is not None else "hnsw"}


def run_size(n: int, queries: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"jamplan-growth-{n}-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        row = {"chunks": n, **build(work, n)}
        # One e5 engine thread for both systems: two OpenMP threads per call stall on a busy shared machine.
        done = subprocess.run([sys.executable, "-m", "benchmarks.growth", "--measure", str(work),
                               "--queries", str(queries)], capture_output=True, text=True, check=False,
                              env={**os.environ, "OMP_NUM_THREADS": "1"})
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-3000:])
        row |= json.loads(done.stdout.strip().splitlines()[-1])
        row["wall_s"] = time.perf_counter() - started
        row["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        return row


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(rows, key=lambda r: r["chunks"])
    x = [r["chunks"] for r in rows]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4))
    ax = axes[0]
    ax.plot(x, [r["search"]["jamplan"]["p95_ms"] for r in rows], "o-", label="jamplan hybrid search p95")
    ax.plot(x, [r["search"]["recipe"]["p95_ms"] for r in rows], "s--", label="LangChain recipe search p95")
    ax.plot(x, [r["chat"]["jamplan"]["p95_ms"] for r in rows], "^-", label="jamplan whole answer p95")
    ax.set_ylabel("ms (2 shared cores)")
    ax.set_title("Latency, one client")
    ax = axes[1]
    ax.plot(x, [r["rss_mib"]["jamplan_over_model"] for r in rows], "o-", label="jamplan process (over the model)")
    ax.set_ylabel("MiB")
    ax.set_title("Resident memory of the search process")
    ax = axes[2]
    ax.plot(x, [r["disk_mib"]["jamplan"] for r in rows], "o-", label="jamplan store")
    ax.plot(x, [r["disk_mib"]["recipe"] for r in rows], "s--", label="recipe store")
    ax.set_ylabel("MiB")
    ax.set_title("Index on disk (Chroma)")
    for ax in axes:
        ax.set_xscale("log")
        ax.set_xlabel("chunks")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def format_report(rows: list[dict[str, Any]]) -> str:
    lines = ["| chunks | dense | search p95 ms jamplan / recipe (ratio) | answer p95 ms | RSS MiB | disk MiB jamplan / "
             "recipe | insert s jamplan / recipe |", "|---|---|---|---|---|---|---|"]
    for r in sorted(rows, key=lambda r: r["chunks"]):
        s = r["search"]
        lines.append(
            f"| {r['chunks']} | {r['dense']} | {s['jamplan']['p95_ms']:.1f} / {s['recipe']['p95_ms']:.1f} "
            f"({s['jamplan']['p95_ms'] / s['recipe']['p95_ms']:.2f}×) | {r['chat']['jamplan']['p95_ms']:.1f} | "
            f"{r['rss_mib']['jamplan_over_model']:.0f} | "
            f"{r['disk_mib']['jamplan']:.0f} / {r['disk_mib']['recipe']:.0f} "
            f"| {r['insert_s']['jamplan']:.0f} / {r['insert_s']['recipe']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000,300000")
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the fresh measuring process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.queries)))  # noqa: T201 - read by the parent process
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = {r["chunks"]: r for r in (json.loads(GROWTH.read_text())["rows"] if GROWTH.exists() else [])}
    for n in (int(x) for x in args.sizes.split(",")):
        rows[n] = run_size(n, args.queries)
        GROWTH.write_text(json.dumps({"note": "2 shared cores (busy with other work); one client; synthetic "
                                      "clustered chunks; one e5 engine thread (both systems)",
                                      "rows": sorted(rows.values(), key=lambda r: r["chunks"])}, indent=2))
        print(f"{n} chunks done in {rows[n]['wall_s']:.0f} s", flush=True)  # noqa: T201
    plot(list(rows.values()), RESULTS / "growth.png")
    print(format_report(list(rows.values())))  # noqa: T201 - a benchmark's output is its report


if __name__ == "__main__":
    main()
