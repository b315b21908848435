"""`jamplan eval answers`: ragas metrics and refusal accuracy for the assistant on `evals/dev_answers.jsonl`.

Always computed (no LLM needed): ragas' non-LLM context precision and context
recall of the cited passages against the reference passages, ragas'
string-presence of the required terms, and refusal accuracy. Faithfulness and
answer relevancy need an LLM judge; they run when JAMPLAN_JUDGE_BASE_URL points
at an OpenAI-compatible server (JAMPLAN_JUDGE_MODEL, JAMPLAN_JUDGE_API_KEY).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import time
import types
import warnings
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import InputError
from assistant.index.components import Components
from assistant.service import Assistant


def _import_ragas() -> Any:
    """Import ragas 0.4.x, which still imports a LangChain module that langchain-community removed.

    Upstream bug: https://github.com/vibrantlabsai/ragas/issues/2745 — an empty
    stand-in for that one module lets ragas load; nothing here uses Vertex AI.
    """
    name = "langchain_community.chat_models.vertexai"
    if name not in sys.modules:
        try:
            __import__(name)
        except ImportError:
            stub = types.ModuleType(name)
            stub.ChatVertexAI = type("ChatVertexAI", (), {})  # type: ignore[attr-defined]
            sys.modules[name] = stub
    import ragas

    return ragas


def load_cases(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise InputError(f"Hittar inte utvärderingsfilen {path}")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _judge() -> tuple[Any, Any] | None:
    url = os.environ.get("JAMPLAN_JUDGE_BASE_URL")
    if not url:
        return None
    from langchain_openai import ChatOpenAI
    from ragas.embeddings import LangchainEmbeddingsWrapper
    from ragas.llms import LangchainLLMWrapper

    from assistant.config import get_settings
    from assistant.index.embedding import make_embeddings

    llm = ChatOpenAI(base_url=url, model=os.environ.get("JAMPLAN_JUDGE_MODEL", "gpt-4o-mini"),
                     api_key=os.environ.get("JAMPLAN_JUDGE_API_KEY", "not-needed"), temperature=0)  # type: ignore[arg-type]
    return LangchainLLMWrapper(llm), LangchainEmbeddingsWrapper(make_embeddings(get_settings()))


class RagasScorer:
    """ragas' scores of one answer: context precision/recall of the quoted passages against the references,
    presence of the required terms, and (with an LLM judge) faithfulness and answer relevancy.

    Callable on (case, response); `evals.answer_eval` uses it for its extra columns, so that this stays the
    only module that imports ragas.
    """

    def __init__(self) -> None:
        _import_ragas()
        from ragas.dataset_schema import SingleTurnSample

        with warnings.catch_warnings():
            # ragas 0.4 points at ragas.metrics.collections, which does not have these non-LLM metrics yet.
            warnings.simplefilter("ignore", DeprecationWarning)
            from ragas.metrics import NonLLMContextPrecisionWithReference, NonLLMContextRecall, StringPresence

        self._sample = SingleTurnSample
        self.precision, self.recall, self.presence = (NonLLMContextPrecisionWithReference(), NonLLMContextRecall(),
                                                      StringPresence())
        judge = _judge()
        self.judged: list[Any] = []
        if judge is not None:
            from ragas.metrics import Faithfulness, ResponseRelevancy

            self.judged = [Faithfulness(llm=judge[0]), ResponseRelevancy(llm=judge[0], embeddings=judge[1])]

    @property
    def names(self) -> list[str]:
        return ["context_precision", "context_recall", "term_presence", *(m.name for m in self.judged)]

    def __call__(self, case: dict[str, Any], response: Any) -> dict[str, float]:
        # One context per quoted sentence or list item, so string similarity compares like with like.
        contexts = [part for c in response.citations for part in re.split(r"; | … ", c.quote) if part] or [""]
        refs = case.get("reference_contexts") or []
        row: dict[str, float] = {}
        if refs and response.grounded:
            sample = self._sample(user_input=case["question"], response=response.text,
                                  retrieved_contexts=contexts, reference_contexts=refs)
            row["context_precision"] = float(self.precision.single_turn_score(sample))
            row["context_recall"] = float(self.recall.single_turn_score(sample))
        terms = case.get("required_terms") or []
        if terms:
            # "a | b": either alternative counts.
            scores = [max(float(self.presence.single_turn_score(self._sample(
                user_input=case["question"], response=response.text.lower(), reference=alt.strip().lower())))
                for alt in t.split("|") if alt.strip()) for t in terms]
            row["term_presence"] = sum(scores) / len(scores)
        if self.judged and response.grounded:
            sample = self._sample(user_input=case["question"], response=response.text, retrieved_contexts=contexts)
            for metric in self.judged:
                row[metric.name] = float(metric.single_turn_score(sample))
        return row


def run_answer_eval(settings: Settings, dataset: Path, assistant: Assistant | None = None) -> dict[str, Any]:
    """Answer every case and score it; returns per-kind means (and per-half ones) and per-case rows."""
    scorer = RagasScorer()
    cases = load_cases(dataset)
    bot = assistant or Assistant(Components(settings))

    rows: list[dict[str, Any]] = []
    for case in cases:
        started = time.perf_counter()
        response = bot.respond({"message": case["question"], "mode": case.get("mode", "fraga"),
                                "options": case.get("options", {})})
        seconds = time.perf_counter() - started
        row: dict[str, Any] = {
            "id": case["id"], "kind": case["kind"], "mode": case.get("mode", "fraga"), "half": case.get("half"),
            "grounded": response.grounded, "citations": len(response.citations), "seconds": round(seconds, 3),
        }
        if case["kind"] == "unanswerable":
            row["refusal_correct"] = not response.grounded
        else:
            row["refusal_correct"] = response.grounded
        row.update(scorer(case, response))
        rows.append(row)

    metric_names = scorer.names

    def summary_of(group: list[dict[str, Any]]) -> dict[str, Any]:
        entry: dict[str, Any] = {"n": len(group)}
        for name in metric_names:
            values = [r[name] for r in group if name in r]
            entry[name] = round(statistics.fmean(values), 3) if values else None
        entry["refusal_accuracy"] = round(statistics.fmean(r["refusal_correct"] for r in group), 3)
        entry["p50_seconds"] = round(statistics.median(r["seconds"] for r in group), 3)
        return entry

    summary: dict[str, dict[str, Any]] = {}
    for kind in ["answerable", "drafting", "dilemma", "unanswerable", "all"]:
        group = [r for r in rows if kind == "all" or r["kind"] == kind]
        if group:
            summary[kind] = summary_of(group)
    halves = {h: summary_of([r for r in rows if r["half"] == h]) for h in ("tune", "heldout")
              if any(r["half"] == h for r in rows)}
    return {"dataset": str(dataset), "backend": bot.backend.name, "judge": bool(scorer.judged),
            "summary": summary, "halves": halves, "cases": rows}


def format_answer_table(report: dict[str, Any]) -> str:
    names = ["context_precision", "context_recall", "term_presence", "faithfulness", "answer_relevancy",
             "refusal_accuracy", "p50_seconds"]
    shown = [n for n in names if any(e.get(n) is not None for e in report["summary"].values())]
    header = f"| kind | n | {' | '.join(shown)} |"
    judge = "yes" if report["judge"] else "no (set JAMPLAN_JUDGE_BASE_URL)"
    lines = [f"backend: {report['backend']}; LLM judge: {judge}", header, "|" + "---|" * (len(shown) + 2)]
    for kind, entry in [*report["summary"].items(), *((f"half {h}", e) for h, e in report.get("halves", {}).items())]:
        cells = ["–" if entry.get(n) is None else f"{entry[n]:.3f}" for n in shown]
        lines.append(f"| {kind} | {entry['n']} | {' | '.join(cells)} |")
    wrong = [r["id"] for r in report["cases"] if not r["refusal_correct"]]
    if wrong:
        lines.append(f"wrong refusal decision: {', '.join(wrong)}")
    return "\n".join(lines)
