"""`python -m benchmarks.answer_engine`: cold ingest and warm answer latency, this code beside a baseline commit.

The baseline (default f956f38, the code before the answer engine v2) is checked
out into a temporary git worktree; each side runs in its own subprocess on the
same machine, one after the other, from an empty data dir and an empty embedding
cache (cold ingest), then answers the same questions twice (the second, warm
pass is timed). Reported as ratios. Not a test: nothing here asserts a time.
Results go to stdout and benchmarks/results/answer_engine.json.

  --baseline REF     the commit to compare with (default f956f38)
  --questions N      questions from evals/cases/corpus_tune.jsonl to time (default 40)
  --skip-cold        reuse the embedding cache (.cache/test-embedding-cache.sqlite): warm answers only
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "benchmarks" / "results"

# Runs inside a checkout (this one or the baseline's): ingest, then answer the questions twice.
_CHILD = r"""
import json, statistics, sys, time
from assistant.config import Settings
import os
if os.path.exists("assistant/components.py"):  # the layout before assistant/index/ (the editable install
    from assistant.components import Components  # would otherwise resolve assistant.index to this checkout)
else:
    from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import run
data_dir, questions = sys.argv[1], json.loads(sys.argv[2])
settings = Settings(data_dir=data_dir)
components = Components(settings)
started = time.perf_counter()
stats = run(settings, components.store, components.embeddings)
ingest_s = time.perf_counter() - started
bot = Assistant(components)
for q in questions:
    bot.respond({"message": q})
times = []
for q in questions:
    t = time.perf_counter()
    bot.respond({"message": q})
    times.append(time.perf_counter() - t)
times.sort()
print(json.dumps({"ingest_s": round(ingest_s, 1), "embedded": stats.embedded,
                  "answer_p50_s": round(statistics.median(times), 4),
                  "answer_p95_s": round(times[int(0.95 * (len(times) - 1))], 4)}))
"""


def _side(checkout: Path, questions: list[str], cache: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="jamplan-bench-") as tmp:
        if cache is not None and cache.exists():
            shutil.copy(cache, Path(tmp) / "embedding-cache.sqlite")
        out = subprocess.run([sys.executable, "-c", _CHILD, tmp, json.dumps(questions)], cwd=checkout,
                             capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"benchmark side {checkout} failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="f956f38")
    parser.add_argument("--questions", type=int, default=40)
    parser.add_argument("--skip-cold", action="store_true")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in (PROJECT_ROOT / "evals" / "cases" / "corpus_tune.jsonl")
             .read_text("utf-8").splitlines() if line.strip()]
    questions = [c["question"] for c in cases if not c.get("history_questions")][: args.questions]
    cache = PROJECT_ROOT / ".cache" / "test-embedding-cache.sqlite" if args.skip_cold else None
    with tempfile.TemporaryDirectory(prefix="jamplan-baseline-") as tmp:
        worktree = Path(tmp) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", str(worktree), args.baseline], cwd=PROJECT_ROOT,
                       check=True, capture_output=True)
        try:
            baseline = _side(worktree, questions, cache)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(worktree)], cwd=PROJECT_ROOT,
                           capture_output=True)
    current = _side(PROJECT_ROOT, questions, cache)
    report = {"baseline": {"ref": args.baseline, **baseline}, "current": current, "questions": len(questions),
              "ratios": {k: round(current[k] / baseline[k], 2) for k in ("ingest_s", "answer_p50_s", "answer_p95_s")
                         if baseline.get(k)}}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "answer_engine.json").write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(json.dumps(report, indent=2))  # noqa: T201 (a benchmark's report is its output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
