"""`jamplan eval retrieval`: Recall@1/3/5/10 and MRR@10 for dense, BM25, hybrid and the LangChain recipe.

Each question carries a `half` (tune | heldout, alternating by id); the figures are given for all questions
and for each half.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.index.components import Components
from evals.baseline import LangChainRecipe, split_corpus
from evals.retrieval_metrics import Evidence, first_relevant_rank, mrr_at_k, recall_at_k

KS = (1, 3, 5, 10)
HALVES = ("tune", "heldout")


def load_dataset(path: Path) -> list[dict[str, Any]]:
    """Read the JSONL question set; each line needs question, source, start_line, end_line."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        for key in ("question", "source", "start_line", "end_line"):
            if key not in item:
                raise ValueError(f"{path}:{n}: missing {key!r}")
        items.append(item)
    return items


def evidence_of(item: dict[str, Any]) -> Evidence:
    spans = [(int(item["start_line"]), int(item["end_line"]))]
    spans += [(int(x), int(x)) for x in item.get("alt_lines", [])]
    return Evidence(item["source"], tuple(spans))


def _summarise(ranks: list[int | None]) -> dict[str, float]:
    out = {f"recall@{k}": recall_at_k(ranks, k) for k in KS}
    out["mrr@10"] = mrr_at_k(ranks, 10)
    return out


def run_retrieval_eval(settings: Settings, dataset: Path, include_baseline: bool = True) -> dict[str, Any]:
    """Score every retriever on the dataset; ingests the corpus first if the store is empty."""
    items = load_dataset(dataset)
    components = Components(settings)
    if components.store.count() == 0:
        from ingest.pipeline import run

        run(settings, components.store, components.embeddings)
    retriever = components.retriever
    systems: dict[str, list[int | None]] = {}
    per_question: dict[str, dict[str, int | None]] = {it["question"]: {} for it in items}
    for mode in ("dense", "lexical", "hybrid"):
        ranks = []
        for it in items:
            hits = retriever.search(it["question"], k=10, mode=mode)  # type: ignore[arg-type]
            ev = evidence_of(it)
            rank = first_relevant_rank([ev.matches(h.chunk.source, h.chunk.start_line, h.chunk.end_line) for h in hits])
            ranks.append(rank)
            per_question[it["question"]][mode] = rank
        systems[{"lexical": "bm25"}.get(mode, mode)] = ranks
    if include_baseline:
        recipe = LangChainRecipe(components.embeddings, settings.data_dir / "baseline-chroma")
        files = sorted(p for p in settings.corpus_dir.iterdir() if p.suffix == ".txt")
        recipe.index(split_corpus(files))
        ranks = []
        for it in items:
            ev = evidence_of(it)
            hits = recipe.search(it["question"], 10)
            rank = first_relevant_rank([ev.matches(h.source, h.start_line, h.end_line) for h in hits])
            ranks.append(rank)
            per_question[it["question"]]["langchain_recipe"] = rank
        systems["langchain_recipe"] = ranks
    halves = {
        half: {name: _summarise([r for r, it in zip(ranks, items, strict=True) if it.get("half") == half])
               for name, ranks in systems.items()}
        for half in HALVES
        if any(it.get("half") == half for it in items)
    }
    return {
        "dataset": str(dataset),
        "questions": len(items),
        "half_sizes": {half: sum(it.get("half") == half for it in items) for half in halves},
        "systems": {name: _summarise(ranks) for name, ranks in systems.items()},
        "halves": halves,
        "per_question": per_question,
    }


def format_table(report: dict[str, Any]) -> str:
    """A plain-text table of the report's metrics: per system, all questions and then each half."""
    cols = [f"recall@{k}" for k in KS] + ["mrr@10"]
    sizes = report.get("half_sizes", {})
    title = f"{report['questions']} frågor ur {report['dataset']}"
    if sizes:
        title += " (" + ", ".join(f"{half} {n}" for half, n in sizes.items()) + ")"
    lines = [title, f"{'system':<18}{'half':<9}" + "".join(f"{c:>11}" for c in cols)]
    for name, metrics in report["systems"].items():
        rows = [("all", metrics)] + [(half, report["halves"][half][name]) for half in report.get("halves", {})]
        for half, m in rows:
            cells = "".join(f"{m[c]:>11.3f}" if not math.isnan(m[c]) else f"{'–':>11}" for c in cols)
            lines.append(f"{name if half == 'all' else '':<18}{half:<9}{cells}")
    return "\n".join(lines)
