"""`python -m benchmarks.search_stages --chroma-url URL`: where a large search's time goes, stage by stage.

Inserts the synthetic chunks of benchmarks/run.py into a Chroma server once (jamplan's store and the
recipe's collection, kept under fixed names so later runs reuse them; `--fresh` drops them first), then
times each step of one search on its own, over the same dev questions for both systems: the query
embedding, the store's version check, BM25, the HNSW query as jamplan asks it (ids and distances, k =
candidates) and as the recipe asks it (k = 8 with documents and metadata), fusion, and the whole search
of each (jamplan's also with its version token read on every search, hnsw_version_ttl_s 0). Not a test:
nothing asserts a time. Results: stdout and benchmarks/results/search-stages.json.

  --chunks N       chunks in the collections (default 100000)
  --rounds R       times each question is asked per step (default 1; every round asks the same questions of both)
  --server-pid P   the `chroma run` process: also count each step's CPU in it (from /proc) beside this process's
  --ef-curve LIST  instead: for each ef_search in LIST (e.g. 100,300,500,600) set it on jamplan's collection, run
                   --restart-cmd (a Chroma server reads ef_search when it loads the index; the command restarts
                   it and prints the new server's pid), then count recall@10 against exact search and the
                   server's CPU a query (k = candidates, ids and distances, as a search asks); results in
                   benchmarks/results/search-stages-ef.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.embedding import E5Embeddings
from assistant.index.retrieval import HybridRetriever, convex_fusion
from assistant.index.store import ChromaStore, hnsw_config, make_chroma_client
from benchmarks.run import percentiles, synthetic_chunks, synthetic_vectors
from evals.baseline import LangChainRecipe
from evals.retrieval import load_dataset

RESULTS = PROJECT_ROOT / "benchmarks" / "results"


def ensure_collections(settings: Settings, n: int, fresh: bool) -> tuple[ChromaStore, Any]:
    """jamplan's store and the recipe's collection with `n` synthetic chunks each (inserted when missing)."""
    client = make_chroma_client(settings)
    name = f"stages-{n}-m{settings.hnsw_max_neighbors}-efc{settings.hnsw_ef_construction}"
    if fresh:
        for suffix in ("", "-sources", "-units"):
            if name + suffix in {c.name for c in client.list_collections()}:
                client.delete_collection(name + suffix)
    store = ChromaStore(client, name, hnsw_config(settings))
    recipe_name = f"stages-{n}-recipe"
    recipe_coll = client.get_or_create_collection(recipe_name, embedding_function=None)
    if store.count() < n or recipe_coll.count() < n:
        chunks, vectors = synthetic_chunks(n)
        if store.count() < n:
            started = time.perf_counter()
            store.upsert(chunks, vectors.tolist(), batch=2000)
            for path in sorted({c.path for c in chunks}):
                store._put_source_record(path, "syn", "h", 100)  # noqa: SLF001 - bulk registry write
            store.bump_version()
            print(f"jamplan insert {time.perf_counter() - started:.0f} s", flush=True)  # noqa: T201
        if recipe_coll.count() < n:
            started = time.perf_counter()
            for s in range(0, n, 2000):
                part = chunks[s:s + 2000]
                recipe_coll.upsert(ids=[c.chunk_id for c in part], embeddings=vectors[s:s + 2000],
                                   documents=[c.text for c in part],
                                   metadatas=[{"source": c.source, "start_line": 1, "end_line": 1} for c in part])
            print(f"recipe insert {time.perf_counter() - started:.0f} s", flush=True)  # noqa: T201
    return store, client


def server_cpu_s(pid: int | None) -> float:
    """CPU seconds the Chroma server process has used (user + system), from /proc; 0 without a pid."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


CPU: dict[str, dict[str, float]] = {}


def timed_each(fn: Callable[[Any], Any], items: list[Any], rounds: int, label: str = "",
               server_pid: int | None = None) -> list[float]:
    """Wall seconds per call; with a label, also the CPU per call of this process and of the Chroma server
    (on a busy shared machine CPU moves less than wall time: it is what a step costs the cores)."""
    out = []
    client0, server0 = time.process_time(), server_cpu_s(server_pid)
    for _ in range(rounds):
        for item in items:
            started = time.perf_counter()
            fn(item)
            out.append(time.perf_counter() - started)
    if label:
        CPU[label] = {"client_cpu_ms": (time.process_time() - client0) / len(out) * 1000,
                      "server_cpu_ms": (server_cpu_s(server_pid) - server0) / len(out) * 1000}
    return out


def ef_curve(settings: Settings, name: str, efs: list[int], args: argparse.Namespace) -> None:
    """Recall@10 against exact search and the server's CPU a query, for each ef_search (server restarted each)."""
    if not args.restart_cmd:
        raise SystemExit("--ef-curve needs --restart-cmd (the server reads ef_search when it loads the index)")
    e5 = E5Embeddings()
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")][: args.queries]
    vectors = [e5.embed_query(q) for q in questions]
    matrix = synthetic_vectors(args.chunks)
    exact = [{f"syn{i:07d}" for i in np.argsort(-(matrix @ np.asarray(v, dtype=np.float32)))[:10]} for v in vectors]
    rows: dict[str, Any] = {}
    n = settings.candidates
    for ef in efs:
        make_chroma_client(settings).get_collection(name).modify(configuration={"hnsw": {"ef_search": ef}})
        pid = int(subprocess.run(args.restart_cmd, shell=True, check=True, capture_output=True,
                                 text=True).stdout.split()[-1])
        store = ChromaStore(make_chroma_client(settings), name, hnsw_config(settings))
        store.query_ids(vectors[0], n)  # loads the index
        found: list[set[str]] = []  # the 10 nearest of the `candidates` a search asks for

        def nearest(vector: list[float], out: list[set[str]] = found, on: ChromaStore = store) -> None:
            out.append({c for c, _ in on.query_ids(vector, n)[:10]})

        times = timed_each(nearest, vectors, args.rounds, f"ef {ef}", pid)
        recall = float(np.mean([len(e & got) / 10 for e, got in zip(exact, found[: len(exact)], strict=True)]))
        rows[str(ef)] = {"recall_at_10": recall} | percentiles(times) | CPU[f"ef {ef}"]
        print(f"  ef_search {ef:>4}: recall@10 {recall:.3f}   server CPU {rows[str(ef)]['server_cpu_ms']:5.2f} ms"  # noqa: T201
              f" a query   wall p50 {rows[str(ef)]['p50_ms']:5.1f} ms", flush=True)
    report = {"chunks": args.chunks, "queries": len(questions), "rounds": args.rounds, "collection": name,
              "graph": {k: v for k, v in hnsw_config(settings).items() if k != "ef_search"}, "ef_search": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search-stages-ef.json").write_text(json.dumps(report, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chroma-url", required=True)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--server-pid", type=int, help="the `chroma run` process, to count its CPU per step")
    parser.add_argument("--ef-curve", help="comma-separated ef_search values to measure (needs --restart-cmd)")
    parser.add_argument("--restart-cmd", help="shell command that restarts the Chroma server and prints its pid")
    args = parser.parse_args()
    settings = Settings(chroma_url=args.chroma_url)
    store, client = ensure_collections(settings, args.chunks, args.fresh)
    if args.ef_curve:
        ef_curve(settings, store.name, [int(x) for x in args.ef_curve.split(",")], args)
        return
    e5 = E5Embeddings()
    recipe = LangChainRecipe(e5, None, collection=f"stages-{args.chunks}-recipe", client=client)
    recipe_coll = recipe.vectorstore._collection  # noqa: SLF001 - the recipe's own query, timed alone
    retriever = HybridRetriever(store, e5, settings)
    snap = retriever.snapshot()
    checking = HybridRetriever(ChromaStore(client, store.name, hnsw_config(settings)), e5,
                               settings.model_copy(update={"hnsw_version_ttl_s": 0.0}))
    checking._snapshot = snap  # noqa: SLF001 - the same snapshot, its version token read on every search
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")][: args.queries]
    vectors = [e5.embed_query(q) for q in questions]
    n = settings.candidates
    retriever.search(questions[0], k=8)
    recipe.search(questions[0], 8)
    pairs = list(zip(questions, vectors, strict=True))
    lexical = {q: snap.index.search(q, n, None) for q in questions}
    dense = {q: dict(store.query_ids(v, n)) for q, v in pairs}
    steps: dict[str, tuple[Callable[[Any], Any], list[Any]]] = {
        "embedding": (e5.embed_query, questions),
        "version_check": (lambda _: store.version(), questions),
        "bm25": (lambda q: snap.index.search(q, n, None), questions),
        f"hnsw jamplan (k={n}, ids+distances)": (lambda v: store.query_ids(v, n), vectors),
        "hnsw jamplan (k=8, ids+distances)": (lambda v: store.query_ids(v, 8), vectors),
        "hnsw recipe (k=8, documents+metadata)": (
            lambda v: recipe_coll.query(query_embeddings=[v], n_results=8,
                                        include=["documents", "metadatas", "distances"]), vectors),
        "fusion": (lambda q: convex_fusion([list(dense[q].items()), lexical[q]], [0.5, 0.5])[:8], questions),
        "search jamplan (whole)": (lambda q: retriever.search(q, k=8), questions),
        "search jamplan (version read every search)": (lambda q: checking.search(q, k=8), questions),
        "search recipe (whole)": (lambda q: recipe.search(q, 8), questions),
    }
    stages = {name: timed_each(fn, items, args.rounds, name, args.server_pid) for name, (fn, items) in steps.items()}
    report = {"chunks": args.chunks, "queries": len(questions), "rounds": args.rounds, "hnsw": hnsw_config(settings),
              "stages": {k: percentiles(v) | CPU[k] for k, v in stages.items()}}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search-stages.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"{args.chunks} chunks, Chroma server {args.chroma_url}, HNSW {report['hnsw']}, "  # noqa: T201
          f"{len(questions)} questions x {args.rounds}")
    for name, p in report["stages"].items():
        print(f"  {name:<42} p50 {p['p50_ms']:6.1f} ms   p95 {p['p95_ms']:6.1f} ms   CPU client "  # noqa: T201
              f"{p['client_cpu_ms']:5.2f} + server {p['server_cpu_ms']:5.2f} ms")


if __name__ == "__main__":
    main()
