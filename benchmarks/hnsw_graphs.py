"""`python -m benchmarks.hnsw_graphs`: HNSW graph settings compared by the work a query costs at equal recall.

`pip install chroma-hnswlib` first (Chroma's fork of hnswlib, the index a Chroma server builds; not a jamplan
dependency). Building a graph here takes minutes where inserting the same vectors through Chroma takes ~10 on
the 2 shared cores, so several (M, ef_construction) pairs fit in one session; the chosen point is then checked
through the server (`benchmarks/search_stages.py --ef-curve`, `make bench`). For each graph the synthetic
vectors of benchmarks/run.py are indexed once; each (M, ef_construction, ef_search) point gets recall@10
against exact search over the dev questions (k = jamplan's candidates, as a search asks) and its query CPU on
one thread, every point's query timed in turn for each question so that all points see the same load (on a
busy machine CPU per query moves with the load, which is why the points are interleaved, not run one by one).
Not a test: nothing asserts a time. Results: stdout and benchmarks/results/hnsw-graphs.json.

  --chunks N     vectors (default 100000)
  --points P     M:ef_construction:ef_search triples, comma-separated (default: Chroma's graph at jamplan's
                 ef_search and around it, ef_construction 200 and 400, M 24)
  --queries Q    dev questions (default 40, as the other curves)
  --rounds R     times each question is asked per point when timing (default 8)
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.embedding import E5Embeddings
from benchmarks.run import synthetic_vectors
from evals.retrieval import load_dataset

RESULTS = PROJECT_ROOT / "benchmarks" / "results"
DEFAULT_POINTS = ("16:100:100,16:100:400,16:100:450,16:100:500,16:200:350,16:200:400,16:200:450,16:400:350,"
                  "16:400:400,24:200:250,24:200:300")


def build(vectors: np.ndarray, m: int, ef_construction: int) -> tuple[Any, float]:
    """An hnswlib index of `vectors` (cosine, as jamplan's collections), built on two threads; and its seconds."""
    import hnswlib

    index = hnswlib.Index(space="cosine", dim=vectors.shape[1])
    index.init_index(max_elements=len(vectors), M=m, ef_construction=ef_construction)
    index.set_num_threads(2)
    started = time.perf_counter()
    index.add_items(vectors, np.arange(len(vectors)))
    built_s = time.perf_counter() - started
    index.set_num_threads(1)
    return index, built_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--points", default=DEFAULT_POINTS)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    points: list[tuple[int, int, int]] = []
    for spec in args.points.split(","):
        m, efc, ef = (int(x) for x in spec.split(":"))
        points.append((m, efc, ef))
    k = Settings().candidates
    vectors = synthetic_vectors(args.chunks)
    e5 = E5Embeddings()
    questions = [q["question"] for q in load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")][: args.queries]
    queries = np.asarray([e5.embed_query(q) for q in questions], dtype=np.float32)
    exact = [set(np.argsort(-(vectors @ q))[:10].tolist()) for q in queries]
    graphs: dict[tuple[int, int], tuple[Any, float]] = {}
    for m, efc, _ in points:
        if (m, efc) not in graphs:
            graphs[(m, efc)] = build(vectors, m, efc)
            print(f"graph M {m} / ef_construction {efc}: built in {graphs[(m, efc)][1]:.0f} s", flush=True)  # noqa: T201
    recall: dict[tuple[int, int, int], float] = {}
    for m, efc, ef in points:
        index = graphs[(m, efc)][0]
        index.set_ef(ef)
        labels, _ = index.knn_query(queries, k=k)
        recall[(m, efc, ef)] = float(np.mean([len(e & set(row[:10].tolist())) / 10
                                              for e, row in zip(exact, labels, strict=True)]))
    cpu = dict.fromkeys(points, 0.0)
    for _ in range(args.rounds):
        for q in queries:
            for point in points:
                index = graphs[(point[0], point[1])][0]
                index.set_ef(point[2])
                started = time.process_time()
                index.knn_query(q, k=k)
                cpu[point] += time.process_time() - started
    asked = args.rounds * len(queries)
    rows = [{"max_neighbors": m, "ef_construction": efc, "ef_search": ef, "build_s": graphs[(m, efc)][1],
             "recall_at_10": recall[(m, efc, ef)], "query_cpu_ms": cpu[(m, efc, ef)] / asked * 1000}
            for m, efc, ef in points]
    report = {"chunks": args.chunks, "queries": len(queries), "rounds": args.rounds, "k": k, "engine": "chroma-hnswlib",
              "points": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "hnsw-graphs.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"{args.chunks} vectors, {len(queries)} questions x {args.rounds}, k = {k}")  # noqa: T201
    print("   M  ef_constr  ef_search  recall@10  query CPU ms  build s")  # noqa: T201
    for r in rows:
        print(f"{r['max_neighbors']:>4}  {r['ef_construction']:>9}  {r['ef_search']:>9}  {r['recall_at_10']:>9.3f}  "  # noqa: T201
              f"{r['query_cpu_ms']:>12.2f}  {r['build_s']:>7.0f}")


if __name__ == "__main__":
    main()
