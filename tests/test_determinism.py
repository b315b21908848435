"""The same question gives the same answer: whatever order the store returns its records in, and in any process
(Python salts str hashes per process, so anything that iterates a set of words or breaks a tie by set order would
differ between two processes with different PYTHONHASHSEED)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.index.lexical import BM25Index
from assistant.index.retrieval import _SearchSnapshot
from assistant.schema import Chunk

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Thirty chunks, every second one the same text (a passage repeated in several documents): fifteen chunks tie.
IDS = [f"doc{n:02d}.md::0" for n in range(30)]
TIED = IDS[::2]
TEXTS = {cid: "Fritidsgårdar och föreningsliv i stadsdelen." if cid in TIED else f"Läxhjälp nummer {n} på biblioteket."
         for n, cid in enumerate(IDS)}


def _chunk(cid: str, text: str) -> Chunk:
    source = cid.split("::")[0]
    return Chunk(chunk_id=cid, text=text, source=source, title=source, doc_type="report", heading_path=[],
                 path=source, doc_hash="h", start_line=1, end_line=1)


def _store_order(seed: int) -> list[str]:
    order = list(IDS)
    random.Random(seed).shuffle(order)
    return order


@pytest.mark.parametrize("seed", range(4))
def test_bm25_ties_rank_by_chunk_id_not_store_order(seed: int) -> None:
    order = _store_order(seed)
    index = BM25Index(order, [TEXTS[i] for i in order])
    assert [cid for cid, _ in index.search("fritidsgårdar", 5)] == TIED[:5]


@pytest.mark.parametrize("seed", range(4))
def test_exact_dense_ties_rank_by_chunk_id_not_store_order(seed: int) -> None:
    order = _store_order(seed)
    vectors = np.asarray([[1.0, 0.0] if cid in TIED else [0.6, 0.8] for cid in order], dtype=np.float32)
    snap = _SearchSnapshot("v", [_chunk(i, TEXTS[i]) for i in order], vectors)
    assert list(snap.nearest([1.0, 0.0], 5, None)) == TIED[:5]
    assert list(snap.nearest([1.0, 0.0], 16, None)) == [*TIED, IDS[1]]


QUESTIONS = [
    {"message": "Vilka fritidsaktiviteter når flickor i lägre grad än pojkar?"},
    {"message": "Hur många barn lever i trångboddhet?"},
    {"message": "Vad föreslås för att fler ska delta i föreningslivet?",
     "follow_up": "Och vad säger underlaget om fritidsgårdarna?"},
]

_ANSWER_SCRIPT = """
import json, sys
from assistant.config import Settings
from assistant.index.components import Components
from assistant.service import Assistant
bot = Assistant(Components(Settings(data_dir=sys.argv[1])))
out = []
for q in json.loads(sys.argv[2]):
    history = []
    if q.get("follow_up"):
        first = bot.respond({"message": q["message"], "mode": "fraga"})
        history = [{"role": "user", "content": q["message"]}, {"role": "assistant", "content": first.text}]
    message = q.get("follow_up") or q["message"]
    r = bot.respond({"message": message, "mode": "fraga", "history": history})
    out.append({"text": r.text, "citations": [[c.source, c.start_line, c.end_line, c.quote] for c in r.citations]})
print(json.dumps(out, ensure_ascii=False))
"""


def _answers(data_dir: Path, seed: str) -> list[dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")}
    env["PYTHONHASHSEED"] = seed
    done = subprocess.run([sys.executable, "-c", _ANSWER_SCRIPT, str(data_dir), json.dumps(QUESTIONS)],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_two_processes_with_other_hash_seeds_give_the_same_answers(corpus_components) -> None:  # type: ignore[no-untyped-def]
    components, _ = corpus_components
    data_dir = components.settings.data_dir
    first, second = _answers(data_dir, "1"), _answers(data_dir, "2")
    assert all(a["citations"] for a in first)  # real answers, not refusals that would agree trivially
    assert first == second


@pytest.mark.slow
def test_an_eval_store_built_from_another_checkout_keeps_only_this_ones_documents(tmp_path: Path) -> None:
    """The same documents from a second checkout must replace the first checkout's, not stand beside them (every
    passage twice, tied with its twin): sources are keyed by their path in the corpus folder or the checkout
    (assistant.index.documents), so the second build finds them stored already."""
    from evals import answer_eval as ae

    smallest = min((p for p in (PROJECT_ROOT / "corpus").iterdir() if p.is_file() and p.suffix == ".txt"),
                   key=lambda p: p.stat().st_size)
    checkouts = []
    for name in ("one", "two"):
        corpus = tmp_path / name / "corpus"
        corpus.mkdir(parents=True)
        (corpus / smallest.name).write_bytes(smallest.read_bytes())
        checkouts.append(corpus)
    store = tmp_path / "store"
    ae.build_eval_store(store, corpus_dir=checkouts[0])
    bot = ae.build_eval_store(store, corpus_dir=checkouts[1])
    sources = list(bot.components.store.sources())
    extra = {f"project:evals/extra_docs/{p.name}" for p in ae.extra_doc_files()}
    assert sorted(sources) == sorted({f"corpus:{smallest.name}", *extra})
    assert len({c.chunk_id for c in bot.components.retriever.snapshot().chunks.values()}) == \
        bot.components.store.count()
