"""The dev sets are well-formed: every evidence quote and reference context stands verbatim in the corpus."""

from __future__ import annotations

from assistant.config import PROJECT_ROOT
from evals.retrieval import load_dataset
from tests.conftest import squash


def test_dev_qa_has_enough_questions_with_verbatim_evidence() -> None:
    items = load_dataset(PROJECT_ROOT / "evals" / "dev_qa.jsonl")
    assert len(items) >= 40
    assert len({i["question"] for i in items}) == len(items)
    assert {i["source"] for i in items} == {p.name for p in (PROJECT_ROOT / "corpus").glob("*.txt")}
    for item in items:
        lines = (PROJECT_ROOT / "corpus" / item["source"]).read_text(encoding="utf-8").split("\n")
        span = "\n".join(lines[item["start_line"] - 1 : item["end_line"]])
        assert item["evidence"] in span, item["id"]
    assert sum(1 for i in items if i["kind"] == "english") >= 2
    assert sum(1 for i in items if i["kind"] == "no_diacritics") >= 1


def test_dev_answer_references_are_verbatim() -> None:
    from evals.answers import load_cases

    corpus = squash(" ".join((PROJECT_ROOT / "corpus" / f).read_text("utf-8")
                             for f in ("vgr-pojkars-skolresultat-metodstod.txt",
                                       "oru-samverkan-skolnarvaro-rapport.txt",
                                       "kommun-utvecklingsomraden-2020.txt",
                                       "skolinspektionen-positiva-exempel-laga-resultat.txt")))
    cases = load_cases(PROJECT_ROOT / "evals" / "dev_answers.jsonl")
    assert len(cases) >= 30 and {c["kind"] for c in cases} == {"answerable", "drafting", "dilemma", "unanswerable"}
    for case in cases:
        for ref in case["reference_contexts"]:
            assert squash(ref) in corpus, (case["id"], ref)


def test_dev_sets_alternate_tune_and_heldout_by_id() -> None:
    import json

    for name in ("dev_qa.jsonl", "dev_answers.jsonl"):
        lines = (PROJECT_ROOT / "evals" / name).read_text(encoding="utf-8").splitlines()
        items = sorted((json.loads(line) for line in lines if line.strip()), key=lambda i: i["id"])
        assert [i["half"] for i in items] == [("tune", "heldout")[n % 2] for n in range(len(items))], name
