"""`python -m benchmarks.hnsw`: the recall/latency curve of Chroma's HNSW index, to choose its settings.

For each graph (max_neighbors M, ef_construction) the synthetic vectors of benchmarks/run.py are
inserted once into an embedded Chroma collection; for each ef_search the collection's setting is
changed and a fresh process (Chroma reads ef_search when it loads an index) answers the dev
questions: recall@10 against exact search, and query latency at jamplan's candidate count. The same
questions are also answered exactly in memory (numpy), the alternative for collections small enough.
Not a test: nothing asserts a time. Results: stdout and benchmarks/results/hnsw-curve.json.

  --chunks N     vectors in the collection (default 100000)
  --graphs G     M:ef_construction pairs, comma-separated (default 16:100,32:200)
  --ef E         ef_search values, comma-separated (default 100,200,400,800)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.embedding import E5Embeddings
from evals.retrieval import load_dataset

RESULTS = PROJECT_ROOT / "benchmarks" / "results"
COLLECTION = "hnsw-curve"


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def _dir_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def build(folder: Path, vectors: np.ndarray, m: int, ef_construction: int) -> float:
    """Insert `vectors` into a new collection with this graph; returns the seconds it took."""
    import chromadb

    client = chromadb.PersistentClient(path=str(folder))
    coll = client.create_collection(COLLECTION, embedding_function=None, configuration={"hnsw": {
        "space": "cosine", "max_neighbors": m, "ef_construction": ef_construction}})
    started = time.perf_counter()
    for s in range(0, len(vectors), 5000):
        coll.add(ids=[f"v{i}" for i in range(s, min(s + 5000, len(vectors)))], embeddings=vectors[s:s + 5000])
    coll.count()
    return time.perf_counter() - started


def probe(folder: Path, queries: Path, k: int) -> dict[str, Any]:
    """In a fresh process: each query's top-`k` ids and its latency (the first query loads the index)."""
    code = (
        "import json,sys,time,numpy as np,chromadb\n"
        f"c=chromadb.PersistentClient(path={str(folder)!r}).get_collection({COLLECTION!r})\n"
        f"Q=np.load({str(queries)!r}); c.query(query_embeddings=[Q[0].tolist()],n_results={k},include=[])\n"
        "out=[]\n"
        "for q in Q:\n"
        "    t=time.perf_counter()\n"
        f"    ids=c.query(query_embeddings=[q.tolist()],n_results={k},include=['distances'])['ids'][0]\n"
        "    out.append([time.perf_counter()-t, ids])\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def set_ef_search(folder: Path, ef: int) -> None:
    import chromadb

    chromadb.PersistentClient(path=str(folder)).get_collection(COLLECTION).modify(
        configuration={"hnsw": {"ef_search": ef}})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--graphs", default="16:100,32:200")
    parser.add_argument("--ef", default="100,200,400,800")
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    from benchmarks.run import synthetic_vectors  # noqa: PLC0415 - shares the large benchmark's vectors

    settings = Settings()
    vectors = synthetic_vectors(args.chunks)
    e5 = E5Embeddings()
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")][: args.queries]
    qv = np.asarray([e5.embed_query(q) for q in questions], dtype=np.float32)
    exact = [set(np.argsort(-(vectors @ q))[:10].tolist()) for q in qv]
    exact_times = []
    for q in qv:
        started = time.perf_counter()
        sims = vectors @ q
        top = np.argpartition(-sims, settings.candidates)[: settings.candidates]
        top[np.argsort(-sims[top])]
        exact_times.append(time.perf_counter() - started)
    report: dict[str, Any] = {"chunks": args.chunks, "queries": len(qv), "k": settings.candidates,
                              "exact_numpy": {"p50_ms": _pct(exact_times, 0.5), "p95_ms": _pct(exact_times, 0.95)},
                              "graphs": []}
    with tempfile.TemporaryDirectory(prefix="jamplan-hnsw-") as tmp:
        qfile = Path(tmp) / "queries.npy"
        np.save(qfile, qv)
        for graph in args.graphs.split(","):
            m, ef_c = (int(x) for x in graph.split(":"))
            folder = Path(tmp) / f"m{m}-efc{ef_c}"
            insert_s = build(folder, vectors, m, ef_c)
            row: dict[str, Any] = {"max_neighbors": m, "ef_construction": ef_c, "insert_s": insert_s,
                                   "disk_mib": _dir_mib(folder), "ef_search": {}}
            for ef in (int(x) for x in args.ef.split(",")):
                set_ef_search(folder, ef)
                got = probe(folder, qfile, settings.candidates)
                recall = float(np.mean([len(e & {int(i[1:]) for i in ids[:10]}) / 10
                                        for e, (_, ids) in zip(exact, got, strict=True)]))
                times = [t for t, _ in got]
                row["ef_search"][ef] = {"recall_at_10": recall, "p50_ms": _pct(times, 0.5), "p95_ms": _pct(times, 0.95)}
                print(f"M={m} ef_construction={ef_c} ef_search={ef}: recall@10 {recall:.3f}, "  # noqa: T201
                      f"p95 {row['ef_search'][ef]['p95_ms']:.1f} ms", flush=True)
                _save(report, row)  # each point as it is measured: a long run cut short keeps its curve
            report["graphs"].append(row)
            shutil.rmtree(folder, ignore_errors=True)
    _save(report)
    print(format_report(report))  # noqa: T201 - a benchmark's output is its report


def _save(report: dict[str, Any], current: dict[str, Any] | None = None) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    graphs = report["graphs"] + ([current] if current else [])
    (RESULTS / "hnsw-curve.json").write_text(json.dumps(report | {"graphs": graphs}, indent=2), encoding="utf-8")


def format_report(r: dict[str, Any]) -> str:
    lines = [f"HNSW recall@10 vs exact and query latency (k={r['k']}), {r['chunks']} vectors, embedded Chroma, "
             f"{r['queries']} questions; exact in memory (numpy): p50 {r['exact_numpy']['p50_ms']:.1f} ms, "
             f"p95 {r['exact_numpy']['p95_ms']:.1f} ms",
             "| M | ef_construction | insert s | disk MiB | ef_search | recall@10 | p50 ms | p95 ms |",
             "|---|---|---|---|---|---|---|---|"]
    for g in r["graphs"]:
        for ef, row in g["ef_search"].items():
            lines.append(f"| {g['max_neighbors']} | {g['ef_construction']} | {g['insert_s']:.0f} | {g['disk_mib']:.0f} "
                         f"| {ef} | {row['recall_at_10']:.3f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
