"""`python -m benchmarks.hub_load`: a search snapshot's load with its hubness values computed at the load (as
before) and read from the store (stored by the ingest, `assistant.index.retrieval.store_hubness`), side by side.

One embedded store of N synthetic chunks (benchmarks/run.py's: corpus sentences, clustered vectors) with their
evidence units (each unit's vector a noisy copy of its chunk's), then in one process, alternating: a load that
computes the values (`HybridRetriever.hub_store = None`, the code path of before) and a load that reads them, each
with a fresh store client. Also timed: `store_hubness` itself, the cost moved to the end of an ingest. Prints a
table with the ratio (read / computed) and writes benchmarks/results/hub-load.json. The values of both loads are
compared (max abs difference). Not a test: nothing asserts a time.

  --chunks N     synthetic chunks (default 20000; ~4 units each)
  --rounds R     computed/read load pairs (default 2), after one untimed load
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.embedding import E5Embeddings
from assistant.index.retrieval import HybridRetriever, store_hubness
from assistant.index.store import ChromaStore
from assistant.index.units import units_of

RESULTS = PROJECT_ROOT / "benchmarks" / "results"


def build(settings: Settings, n: int, seed: int = 7) -> dict[str, Any]:
    """The store: `n` synthetic chunks and their units, all committed."""
    from benchmarks.run import synthetic_chunks

    chunks, vectors = synthetic_chunks(n, seed)
    store = ChromaStore.from_settings(settings)
    store.upsert(chunks, vectors.tolist(), batch=2000)
    rng = np.random.default_rng(seed)
    records = [(u.unit_id, u.embedding_text(), c) for c in chunks for u in units_of(c) if u.embeddable]
    position = {c.chunk_id: i for i, c in enumerate(chunks)}
    for start in range(0, len(records), 10_000):
        part = records[start:start + 10_000]
        unit_vectors = vectors[[position[c.chunk_id] for _, _, c in part]] + rng.normal(
            0, 0.05, (len(part), vectors.shape[1])).astype(np.float32)
        unit_vectors /= np.linalg.norm(unit_vectors, axis=1, keepdims=True)
        store.upsert_units(part, unit_vectors.tolist(), batch=2000)
    for path in sorted({c.path for c in chunks}):
        store._put_source_record(path, "syn", "h", 100)  # noqa: SLF001 - bulk registry write for the benchmark
    store.bump_version()
    return {"chunks": n, "units": len(records), "dimensions": int(vectors.shape[1])}


def load(settings: Settings, stored: bool) -> tuple[float, dict[str, float], str, np.ndarray, np.ndarray]:
    """One snapshot load with a fresh store client: seconds, its parts, where the values came from, the values."""
    retriever = HybridRetriever(ChromaStore.from_settings(settings), E5Embeddings(), settings)
    if not stored:
        retriever.hub_store = None  # computed at the load, nothing read or stored: the code path of before
    started = time.perf_counter()
    snap = retriever.snapshot()
    seconds = time.perf_counter() - started
    return seconds, snap.load_s, snap.hub_source, snap.chunk_hub, snap.unit_hub


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jamplan-hub-") as tmp:
        settings = Settings(data_dir=Path(tmp))
        report: dict[str, Any] = {"store": build(settings, args.chunks), "load_1min": [round(os.getloadavg()[0], 2)]}
        started = time.perf_counter()
        report["store_hubness"] = store_hubness(ChromaStore.from_settings(settings), settings)
        report["store_hubness_s"] = time.perf_counter() - started  # moved to the end of an ingest
        rows: dict[str, list[dict[str, Any]]] = {"computed": [], "stored": []}
        values: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        load(settings, True)  # untimed: the first read of the store files (the page cache) would fall on one kind
        for i in range(args.rounds):  # alternating, the first kind changing each round: a busy moment hits both
            for kind in ("computed", "stored")[:: 1 if i % 2 == 0 else -1]:
                seconds, parts, source, chunk_hub, unit_hub = load(settings, kind == "stored")
                assert source == kind, (kind, source)
                rows[kind].append({"load_s": seconds, **{f"{k}_s": v for k, v in parts.items()}})
                values[kind] = (chunk_hub, unit_hub)
            report["load_1min"].append(round(os.getloadavg()[0], 2))
    report["loads"] = rows
    report["median_s"] = {kind: {key: statistics.median(r[key] for r in kinds) for key in kinds[0]}
                          for kind, kinds in rows.items()}
    report["ratio_stored_to_computed"] = {key: report["median_s"]["stored"][key] / report["median_s"]["computed"][key]
                                          for key in ("load_s", "hub_s")}
    report["max_abs_diff"] = {name: float(np.abs(values["computed"][i] - values["stored"][i]).max())
                              for i, name in enumerate(("chunks", "units"))}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "hub-load.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(format_report(report))  # noqa: T201 - a benchmark's output is its report


def format_report(r: dict[str, Any]) -> str:
    s, m, ratio = r["store"], r["median_s"], r["ratio_stored_to_computed"]
    lines = [f"snapshot load, {s['chunks']} chunks and {s['units']} units ({s['dimensions']} dimensions), embedded "
             f"store, median of {len(r['loads']['computed'])} loads each, alternating (load {r['load_1min']}):",
             "                     computed at load   read from store   ratio (read/computed)"]
    for key, label in (("load_s", "whole load (s)"), ("hub_s", "hubness (s)"), ("read_s", "store read (s)"),
                       ("index_s", "BM25 etc. (s)")):
        lines.append(f"{label:<20} {m['computed'][key]:>16.2f}   {m['stored'][key]:>15.2f}   "
                     + (f"{ratio[key]:.3f}×" if key in ratio else ""))
    lines.append(f"store_hubness at the end of an ingest: {r['store_hubness_s']:.2f} s ({r['store_hubness']}); "
                 f"values read vs computed, max abs diff: chunks {r['max_abs_diff']['chunks']:.1e}, "
                 f"units {r['max_abs_diff']['units']:.1e}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
