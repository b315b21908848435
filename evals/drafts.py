"""`jamplan eval drafts`: the drafting dev cases (evals/cases/drafts_{tune,heldout}.jsonl) per draft type and half.

Per draft type: the share of the user's facts (school/organisation, grades, figures, years) that appear in the
draft, the same for all of them (also the town beside the school and what they tried: "all facts"), items with a provenance (and `source` items with a citation), citations whose quote stands on the cited
lines, gaps named per draft, whether the goal card fits the cases that say which card (or none) should,
and LIX of the normal text and of the same request in lättläst. A case may name facts the draft must carry
(`must`: the figure as it should read, a year, what is still to find out) and wording it must not hold
(`must_not`: 'saknar år' for a dated figure, a negation as an indicator, another organisation's result): "named
facts". Dilemma turns: workshop questions asked, perspectives,
never settled (no "inget givet svar", or settling wording in the assistant's own text), and a turn's own `checks`
(`check_dilemma_turn`): its perspectives follow what the turn raised, a subject the material lacks is said to be
missing (and one it has is not), a summary quotes the participant's own turns. Conversations are answered turn by
turn with the real answers as history.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.citations import cited_numbers
from assistant.generation.easy import lix
from assistant.generation.facts import extract_facts
from assistant.index.lexical import fold
from assistant.service import Assistant

CASES_DIR = Path(__file__).resolve().parent / "cases"
HALVES = ("tune", "heldout")
# What `--check` holds the held-out half to (per draft type; dilemma turns overall).
THRESHOLDS = {"user_facts": 0.8, "provenance": 1.0, "valid_citations": 0.95, "settled_turns": 0, "card_choice": 1.0}
# Wording by which the facilitator would settle a dilemma itself ('Ni bör …', 'Det rätta är …'); only the assistant's
# own text is read for it (a quoted source or the participant's own words may hold it).
SETTLING_RE = re.compile(r"\b(ni bör|ni borde|ni ska välja|gör så här|det rätta är|rätt svar är|svaret är|det bästa "
                         r"är|jag rekommenderar|min rekommendation)\b", re.I)
# What a dilemma turn says when the material does not take up what the participant raised.
UNCOVERED_MARK = "tar inte upp"
# The sections that hold a dilemma turn's perspectives.
PERSPECTIVE_SECTIONS = ("perspektiv", "motperspektiv")


def card_right(case: dict[str, Any], response: Any) -> int | None:
    """Whether the goal card fits the case's expectation: `card` names a card by a piece of its goal ('' = none
    fits, the draft must say so), `card_not` a card that must not be chosen; None when the case says nothing."""
    chosen = response.draft.card if response.draft is not None else ""
    if "card" in case:
        if case["card"] == "":
            return int(chosen == "" and "inget färdigt mål" in response.text)
        return int(case["card"].lower() in chosen.lower())
    if "card_not" in case:
        return int(case["card_not"].lower() not in chosen.lower())
    return None


def load_cases(half: str = "all") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for h in HALVES if half == "all" else (half,):
        for line in (CASES_DIR / f"drafts_{h}.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line) | {"half": h})
    return out


def citations_valid(response: Any, roots: Sequence[Path]) -> tuple[int, int]:
    """(valid, total): a citation is valid when the text names it and its quote stands on its cited lines.

    The cited file is looked up under every root and read as the answer eval reads it (`answer_eval.source_lines`):
    a .docx, .pdf, .md or .html source cites the lines its loader gives, not its raw bytes, and a source in
    evals/extra_docs/ is as citable as one in corpus/ (the drafts eval counted every such citation invalid)."""
    from evals.answer_eval import quote_in_lines, source_lines

    named = set(cited_numbers(response.text))
    valid = 0
    for c in response.citations:
        lines = source_lines(c.source, roots)
        if lines is not None and c.n in named and quote_in_lines(c.quote, lines, c.start_line, c.end_line):
            valid += 1
    return valid, len(response.citations)


def named_checks(case: dict[str, Any], text: str) -> tuple[int, int]:
    """(met, total) of the case's own `must` and `must_not` strings, case and spacing aside: the facts the case names
    do not depend on the fact parser that is being judged."""
    flat = " ".join(text.lower().split())
    must = [" ".join(m.lower().split()) for m in case.get("must", [])]
    must_not = [" ".join(m.lower().split()) for m in case.get("must_not", [])]
    return sum(m in flat for m in must) + sum(m not in flat for m in must_not), len(must) + len(must_not)


def score_turn(response: Any, said: list[str], roots: Sequence[Path]) -> dict[str, Any]:
    """The figures of one drafting answer."""
    facts = extract_facts(said)
    wanted = facts.fact_strings()
    text = response.text.lower()
    found = [f for f in wanted if f.lower() in text]
    # Every fact the user gave, also the place beside the school and what they tried: each must stay in the draft.
    every = list(dict.fromkeys([*wanted, *(x for x in (facts.school, facts.org) if x), *facts.tried]))
    flat = " ".join(text.split())
    items = response.draft.items() if response.draft is not None else []
    with_provenance = [i for i in items if i.provenance in ("user", "source", "suggestion") and (
        i.provenance != "source" or i.citations)]
    valid, total = citations_valid(response, roots)
    return {"facts": len(wanted), "facts_found": len(found), "all_facts": len(every),
            "all_facts_found": sum(" ".join(f.lower().split()) in flat for f in every), "items": len(items),
            "items_with_provenance": len(with_provenance), "citations": total, "citations_valid": valid,
            "gaps": sum(i.gap for i in items), "lix": lix(response.text), "drafted": response.draft is not None}


def _own_text(response: Any) -> str:
    """The assistant's own words in a dilemma turn: its suggestions and the lines that are no quoted item."""
    items = response.draft.items() if response.draft is not None else []
    suggestions = [i.text for i in items if i.provenance == "suggestion"]
    lines = [line for line in response.text.splitlines() if not line.startswith("- ")]
    return " ".join([*suggestions, *lines])


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 3}


def check_dilemma_turn(check: dict[str, Any], response: Any, earlier: list[str]) -> dict[str, int]:
    """The case's own checks of one dilemma turn, as (checked, passed) counts per kind.

    `follows`: terms of which one must stand in the turn's perspectives (they follow what the turn raised);
    `uncovered`: whether the turn must say that the material does not take the subject up; `summary`: the turn sums
    the talk up, saying back each of the participant's `earlier` turns (most of its words) and citing a source;
    `asks`: terms of which one must stand in the turn's discussion questions (built from the situation when asked for).
    """
    out: dict[str, int] = {}
    draft = response.draft
    if "follows" in check:
        items = [i.text for key in PERSPECTIVE_SECTIONS if draft is not None and draft.section(key)
                 for i in draft.section(key).items if i.provenance == "source"]
        said = fold(" ".join(items))
        out |= {"follows_n": 1, "follows_ok": int(any(fold(t) in said for t in check["follows"]))}
    if "uncovered" in check:
        out |= {"uncovered_n": 1, "uncovered_ok": int((UNCOVERED_MARK in response.text.lower()) == check["uncovered"])}
    if "asks" in check:
        section = draft.section("fragor") if draft is not None else None
        asked = fold(" ".join(i.text for i in section.items)) if section else ""
        out |= {"asks_n": 1, "asks_ok": int(any(fold(t) in asked for t in check["asks"]))}
    if check.get("summary"):
        text = _content_words(response.text)
        quoted = all(len(_content_words(m) & text) >= 0.6 * len(_content_words(m)) for m in earlier)
        out |= {"summary_n": 1, "summary_ok": int(quoted and bool(response.citations))}
    return out


def run_draft_eval(assistant: Assistant, half: str = "all") -> dict[str, Any]:
    """Answer every case turn by turn; sum the figures per half and draft type."""
    from evals.answer_eval import EXTRA_DOCS_DIR

    roots = [assistant.settings.corpus_dir, EXTRA_DOCS_DIR]  # the eval store holds both (`build_eval_store`)
    per: dict[str, dict[str, dict[str, Any]]] = {}
    dilemma: dict[str, dict[str, float]] = {}
    for case in load_cases(half):
        history: list[dict[str, str]] = []
        said: list[str] = []
        asked: list[str] = []
        checks = case.get("checks", [])
        for turn_no, (mode, message) in enumerate(case["turns"]):
            response = assistant.respond({"message": message, "mode": mode, "history": history})
            said.append(message)
            history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
            if mode == "dilemma":
                d = dilemma.setdefault(case["half"], {"turns": 0, "questions": 0, "repeated": 0, "settled": 0,
                                                      "perspectives": 0, "settling_words": 0})
                qs = [i.text for i in response.draft.section("fragor").items] if response.draft and \
                    response.draft.section("fragor") else []
                d["turns"] += 1
                d["questions"] += sum(q.endswith("?") for q in qs)
                check = checks[turn_no] if turn_no < len(checks) else {}
                d["repeated"] += 0 if (check or {}).get("summary") else sum(q in asked for q in qs)  # a summary recalls
                asked += qs
                settling = bool(SETTLING_RE.search(_own_text(response)))
                d["settled"] += "inget givet svar" not in response.text or settling
                d["settling_words"] += settling
                results = check_dilemma_turn(check or {}, response, said[1:-1])
                for k, v in results.items():
                    d[k] = d.get(k, 0) + v
                missed = [k[:-3] for k, v in results.items() if k.endswith("_ok") and not v]
                missed += ["settled"] if "inget givet svar" not in response.text or settling else []
                if missed:
                    d.setdefault("missed", []).append(f"{case['id']} turn {turn_no + 1}: {', '.join(missed)}")
                d["perspectives"] += sum(1 for i in (response.draft.items() if response.draft else [])
                                         if i.provenance == "source" and not i.text.endswith("?"))
                continue
            kind = response.draft.kind if response.draft is not None else mode
            row = score_turn(response, said, roots)
            if len(said) == 1 and ("must" in case or "must_not" in case):
                met, total = named_checks(case, response.text)
                row |= {"named": total, "named_met": met}
            right = card_right(case, response) if len(said) == 1 else None
            if right is not None:
                row |= {"card_cases": 1, "card_right": right}
            if case["kind"] == "request":  # the same request in lättläst, for the LIX comparison
                easy = assistant.respond({"message": message, "mode": mode, "history": history[:-2],
                                          "options": {"easy_swedish": True}})
                row |= {"easy_n": 1, "lix_easy": lix(easy.text), "lix_normal_of_easy": row["lix"]}
            bucket = per.setdefault(case["half"], {}).setdefault(kind, {"n": 0})
            bucket["n"] += 1
            for k, v in row.items():
                bucket[k] = bucket.get(k, 0) + (v if not isinstance(v, bool) else int(v))
    return {"backend": assistant.backend.name, "drafts": per, "dilemma": dilemma}


def check(report: dict[str, Any], half: str = "heldout") -> list[str]:
    """The figures of `half` that miss `THRESHOLDS`, as readable lines; empty when all are met."""
    failures: list[str] = []
    for kind, b in report["drafts"].get(half, {}).items():
        shares = {"user_facts": (b["facts_found"], b["facts"]), "provenance": (b["items_with_provenance"], b["items"]),
                  "valid_citations": (b["citations_valid"], b["citations"]),
                  "card_choice": (b.get("card_right", 0), b.get("card_cases", 0))}
        for name, (num, den) in shares.items():
            if den and num / den < THRESHOLDS[name]:
                failures.append(f"{kind} {name} {num / den:.2f} < {THRESHOLDS[name]:.2f}")
    settled = report["dilemma"].get(half, {}).get("settled", 0)
    if settled > THRESHOLDS["settled_turns"]:
        failures.append(f"dilemma: {int(settled)} turns settle the dilemma")
    return failures


def format_draft_report(report: dict[str, Any]) -> str:
    out = [f"draft eval; backend {report['backend']}"]
    header = ["half", "type", "n", "user facts", "all facts", "named facts", "provenance", "valid cit.", "gaps/draft",
              "card ok", "LIX",
              "LIX easy (vs normal)", "drop"]
    rows = []
    for half, kinds in report["drafts"].items():
        for kind, b in sorted(kinds.items()):
            rows.append([half, kind, str(b["n"]),
                         f"{b['facts_found'] / b['facts']:.2f}" if b["facts"] else "–",
                         f"{b['all_facts_found'] / b['all_facts']:.2f}" if b.get("all_facts") else "–",
                         f"{b['named_met']}/{b['named']}" if b.get("named") else "–",
                         f"{b['items_with_provenance'] / b['items']:.2f}" if b["items"] else "–",
                         f"{b['citations_valid'] / b['citations']:.2f}" if b["citations"] else "–",
                         f"{b['gaps'] / b['n']:.1f}",
                         f"{b['card_right']}/{b['card_cases']}" if b.get("card_cases") else "–",
                         f"{b['lix'] / b['n']:.1f}",
                         f"{b['lix_easy'] / b['easy_n']:.1f} (vs {b['lix_normal_of_easy'] / b['easy_n']:.1f})"
                         if b.get("easy_n") else "–",
                         f"{(b['lix_normal_of_easy'] - b['lix_easy']) / b['easy_n']:.1f}" if b.get("easy_n") else "–"])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [header, *rows]]
    for half, d in report["dilemma"].items():
        out.append(f"dilemma {half}: {int(d['turns'])} turns, {d['questions'] / d['turns']:.1f} workshop questions "
                   f"and {d['perspectives'] / d['turns']:.1f} cited perspectives a turn, {int(d['repeated'])} "
                   f"questions repeated, {int(d['settled'])} turns that settle the dilemma")
        checked = [f"{name} {int(d[name + '_ok'])}/{int(d[name + '_n'])}"
                   for name in ("follows", "uncovered", "summary", "asks") if d.get(name + "_n")]
        if checked:
            out.append(f"dilemma {half} checks: " + ", ".join(checked))
        if half == "tune" and d.get("missed"):  # held-out cases are never shown, not even by id
            out.append(f"dilemma {half} missed: " + "; ".join(d["missed"]))
    return "\n".join(out)
