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
  --breakdown      instead: each whole search split into its stages as it runs (jamplan's own stage records:
                   version check, BM25, the wait for the query vector, the HNSW round trip, fusion and hits; the
                   recipe's embedding, its query with documents, its Documents and hits), interleaved question by
                   question, with the CPU of the search thread, the embedding thread and the Chroma server a
                   search, and which stages the slowest tenth of the searches lost their time in; results in
                   benchmarks/results/search-breakdown.json
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant import stages as stage_records
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
        for suffix in ("", "-sources", "-units", "-hubness"):
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


def _thread_cpu(ident: int | None) -> float:
    """CPU seconds of one thread of this process (0 for a thread that is gone or not started)."""
    if ident is None:
        return 0.0
    try:
        return time.clock_gettime(time.pthread_getcpuclockid(ident))
    except (OSError, ProcessLookupError):
        return 0.0


def _embed_thread() -> int | None:
    return next((t.ident for t in threading.enumerate() if t.name == "jamplan-query-embed"), None)


NESTED = {"hnsw_send", "hnsw_answer_wait", "version_send", "version_answer_wait", "gc_pause",
          "gc_full_collections"}  # inside other stages


def breakdown(settings: Settings, store: ChromaStore, client: Any, args: argparse.Namespace) -> None:
    """One whole search of each system split into its stages as it runs, question by question in turn.

    jamplan's stages are its own `assistant.stages` records (what the API's Server-Timing header reports),
    with the HNSW request's send and the wait for its answer timed inside the dense search; the
    recipe's are its own steps done in the order `langchain_chroma.Chroma.similarity_search` does them.
    CPU: the search thread's own clock, the query-embedding thread's, and the Chroma server's from /proc
    (clock ticks: a mean over many searches, not one search's)."""
    from langchain_chroma.vectorstores import _results_to_docs_and_scores

    from evals.baseline import BaselineHit

    e5 = E5Embeddings()
    recipe = LangChainRecipe(e5, None, collection=f"stages-{args.chunks}-recipe", client=client)
    recipe_coll = recipe.vectorstore._collection  # noqa: SLF001 - the recipe's own query, step by step
    retriever = HybridRetriever(store, e5, settings)
    retriever.snapshot()
    http = store._http  # noqa: SLF001 - the HNSW round trip timed inside the dense search
    if http is not None:
        start = http._start  # noqa: SLF001

        def timed_start(*a: Any, **kw: Any) -> Any:
            """The request's send, and the wait for its answer once the search reads it (after its BM25)."""
            name = "hnsw" if a[1] == "query" else "version"
            started = time.perf_counter()
            finish = start(*a, **kw)
            stage_records.add(f"{name}_send", (time.perf_counter() - started) * 1000)

            def timed_finish() -> Any:
                began = time.perf_counter()
                try:
                    return finish()
                finally:
                    stage_records.add(f"{name}_answer_wait", (time.perf_counter() - began) * 1000)

            return timed_finish

        http._start = timed_start  # type: ignore[method-assign]  # noqa: SLF001

    def recipe_search(q: str, rec: dict[str, float]) -> list[BaselineHit]:
        """`LangChainRecipe.search` (Chroma.similarity_search) done step by step, each step timed."""
        t0 = time.perf_counter()
        vector = e5.embed_query(q)
        t1 = time.perf_counter()
        results = recipe_coll.query(query_embeddings=[vector], n_results=8,
                                    include=["documents", "metadatas", "distances"])
        t2 = time.perf_counter()
        docs = [d for d, _ in _results_to_docs_and_scores(results)]
        hits = [BaselineHit(d.metadata["source"], int(d.metadata["start_line"]), int(d.metadata["end_line"]),
                            d.page_content) for d in docs]
        t3 = time.perf_counter()
        rec.update(embedding=(t1 - t0) * 1000, query_round_trip=(t2 - t1) * 1000, documents_and_hits=(t3 - t2) * 1000)
        return hits

    gc_started: list[float] = []

    def gc_pause(phase: str, info: dict[str, Any]) -> None:
        """Python's garbage collector stops the thread that triggered it: counted as a stage of its own."""
        if phase == "start":
            gc_started[:] = [time.perf_counter()]
        elif gc_started:
            stage_records.add("gc_pause", (time.perf_counter() - gc_started[0]) * 1000)
            if info.get("generation") == 2:
                stage_records.add("gc_full_collections", 1)

    gc.callbacks.append(gc_pause)
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")][: args.queries]
    retriever.search(questions[0], k=8)
    recipe.search(questions[0], 8)
    rows: dict[str, list[dict[str, float]]] = {"jamplan": [], "recipe": [], "recipe_whole": []}
    cpu = {name: {"search_thread": 0.0, "embedding_thread": 0.0, "server": 0.0} for name in rows}

    def run(name: str, fn: Callable[[dict[str, float]], Any]) -> None:
        rec = stage_records.record()
        embed_ident = _embed_thread()
        main0, embed0, server0 = time.thread_time(), _thread_cpu(embed_ident), server_cpu_s(args.server_pid)
        started = time.perf_counter()
        fn(rec)
        whole = (time.perf_counter() - started) * 1000
        if rec:  # the time between the stages: validation, the snapshot lookup, calls and returns
            rec["other"] = whole - sum(v for k, v in rec.items() if k not in NESTED)
        rec["whole"] = whole
        cpu[name]["search_thread"] += time.thread_time() - main0
        cpu[name]["embedding_thread"] += _thread_cpu(embed_ident or _embed_thread()) - embed0
        cpu[name]["server"] += server_cpu_s(args.server_pid) - server0
        rows[name].append(dict(rec))

    load = [os.getloadavg()[0]]
    gc_before = [g["collections"] for g in gc.get_stats()]
    for _ in range(args.rounds):
        for q in questions:
            run("jamplan", lambda rec, q=q: retriever.search(q, k=8))
            run("recipe", lambda rec, q=q: recipe_search(q, rec))
            run("recipe_whole", lambda rec, q=q: recipe.search(q, 8))
        load.append(os.getloadavg()[0])
    gc.callbacks.remove(gc_pause)
    collections = [g["collections"] - b for g, b in zip(gc.get_stats(), gc_before, strict=True)]
    started = time.perf_counter()
    gc.collect()
    full_gc_ms = (time.perf_counter() - started) * 1000
    report: dict[str, Any] = {"chunks": args.chunks, "queries": len(questions), "rounds": args.rounds,
                              "hnsw": hnsw_config(settings), "load_1min": [round(x, 2) for x in load],
                              "gc": {"collections_by_generation": collections,
                                     "tracked_objects": len(gc.get_objects()), "full_collection_ms": full_gc_ms,
                                     "frozen": gc.get_freeze_count()},
                              "systems": {}}
    for name, recs in rows.items():
        whole = sorted(r["whole"] for r in recs)
        cut = whole[int(0.9 * (len(whole) - 1))]
        slow = [r for r in recs if r["whole"] >= cut]  # the slowest tenth
        middle = sorted(recs, key=lambda r: r["whole"])[len(recs) // 4: 3 * len(recs) // 4]
        names = list(dict.fromkeys(k for r in recs for k in r))
        report["systems"][name] = {
            "stages_ms": {k: {"p50": statistics.median(r.get(k, 0.0) for r in recs),
                              "p95": percentiles([r.get(k, 0.0) / 1000 for r in recs])["p95_ms"],
                              "mean_slowest_tenth": statistics.mean(r.get(k, 0.0) for r in slow),
                              "mean_middle_half": statistics.mean(r.get(k, 0.0) for r in middle)} for k in names},
            "cpu_ms_a_search": {k: v / len(recs) * 1000 for k, v in cpu[name].items()},
        }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search-breakdown.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"{args.chunks} chunks, HNSW {report['hnsw']}, {len(questions)} questions x {args.rounds}, "  # noqa: T201
          f"load {report['load_1min']}; GC: {report['gc']}")
    for name, sysrep in report["systems"].items():
        c = sysrep["cpu_ms_a_search"]
        print(f"{name}: CPU a search: search thread {c['search_thread']:.2f} ms, embedding thread "  # noqa: T201
              f"{c['embedding_thread']:.2f} ms, Chroma server {c['server']:.2f} ms")
        for k, p in sysrep["stages_ms"].items():
            print(f"  {k:<22} p50 {p['p50']:6.1f}  p95 {p['p95']:6.1f}  middle half {p['mean_middle_half']:6.1f}"  # noqa: T201
                  f"  slowest tenth {p['mean_slowest_tenth']:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chroma-url", required=True)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--server-pid", type=int, help="the `chroma run` process, to count its CPU per step")
    parser.add_argument("--ef-curve", help="comma-separated ef_search values to measure (needs --restart-cmd)")
    parser.add_argument("--breakdown", action="store_true", help="each whole search split into its stages")
    parser.add_argument("--restart-cmd", help="shell command that restarts the Chroma server and prints its pid")
    args = parser.parse_args()
    settings = Settings(chroma_url=args.chroma_url)
    store, client = ensure_collections(settings, args.chunks, args.fresh)
    if args.ef_curve:
        ef_curve(settings, store.name, [int(x) for x in args.ef_curve.split(",")], args)
        return
    if args.breakdown:
        breakdown(settings, store, client, args)
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
