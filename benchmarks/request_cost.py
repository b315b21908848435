"""`python -m benchmarks.request_cost --chroma-url URL --server-pid P`: a Chroma server's CPU for one HNSW query,
by how many results it asks for and what it includes.

jamplan's search asks for k = candidates (40) ids and distances; the recipe for k = 8 with documents and metadata.
Each variant is asked the same queries in turn, round after round, on one collection of synthetic vectors (the
(16, 200) graph at ef_search 425 unless told otherwise), and the server's CPU is counted from /proc. Not a test:
nothing asserts a time. Results: stdout and benchmarks/results/request-cost.json (the kept one: 2026-12-03, perf8).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from urllib.parse import urlparse

import chromadb
import numpy as np

from assistant.config import PROJECT_ROOT
from assistant.index.chroma_http import ChromaHttp
from benchmarks.run import synthetic_chunks

VARIANTS = {
    "k 8, distances": (8, ["distances"]),
    "k 10, distances": (10, ["distances"]),
    "k 20, distances": (20, ["distances"]),
    "k 40, distances (jamplan)": (40, ["distances"]),
    "k 8, documents, metadatas, distances (recipe)": (8, ["documents", "metadatas", "distances"]),
}


def server_cpu_s(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115 - one read
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chroma-url", required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--chunks", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--graph", default="16:200:425", help="M:ef_construction:ef_search")
    args = parser.parse_args()
    url = urlparse(args.chroma_url)
    m, efc, efs = (int(x) for x in args.graph.split(":"))
    client = chromadb.HttpClient(host=url.hostname, port=url.port)
    chunks, vectors = synthetic_chunks(args.chunks)
    name = f"request-cost-{args.chunks}-{m}-{efc}-{efs}"
    try:
        coll = client.get_collection(name, embedding_function=None)
    except Exception:  # not there yet
        coll = client.create_collection(name, embedding_function=None, configuration={
            "hnsw": {"space": "cosine", "max_neighbors": m, "ef_construction": efc, "ef_search": efs}})
        for s in range(0, args.chunks, 1000):
            part = chunks[s:s + 1000]
            coll.add(ids=[c.chunk_id for c in part], embeddings=vectors[s:s + 1000], documents=[c.text for c in part],
                     metadatas=[{"source": c.source, "start_line": 1, "end_line": 1} for c in part])
    http = ChromaHttp(url.hostname or "127.0.0.1", url.port or 8000)
    rng = np.random.default_rng(3)
    near = vectors[rng.integers(0, args.chunks, args.queries)] + rng.normal(0, 0.05, (args.queries, vectors.shape[1]))
    queries = (near / np.linalg.norm(near, axis=1, keepdims=True)).astype(np.float32).tolist()
    totals = {v: [0.0, 0.0, 0] for v in VARIANTS}
    for _ in range(args.rounds):
        for variant, (k, include) in VARIANTS.items():
            cpu, wall = server_cpu_s(args.server_pid), time.perf_counter()
            for q in queries:
                http.query(coll.id, q, k, None, include)
            totals[variant][0] += server_cpu_s(args.server_pid) - cpu
            totals[variant][1] += time.perf_counter() - wall
            totals[variant][2] += len(queries)
    report = {"chunks": args.chunks, "graph": {"max_neighbors": m, "ef_construction": efc, "ef_search": efs},
              "queries_a_variant": totals[next(iter(VARIANTS))][2],
              "server_cpu_ms_a_query": {v: 1000 * c / n for v, (c, _, n) in totals.items()},
              "wall_ms_a_query": {v: 1000 * w / n for v, (_, w, n) in totals.items()}}
    (PROJECT_ROOT / "benchmarks" / "results" / "request-cost.json").write_text(json.dumps(report, indent=2), "utf-8")
    for variant in VARIANTS:
        print(f"{variant:<48} server CPU {report['server_cpu_ms_a_query'][variant]:5.2f} ms, "  # noqa: T201
              f"wall {report['wall_ms_a_query'][variant]:5.2f} ms a query")


if __name__ == "__main__":
    main()
