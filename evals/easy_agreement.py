"""A check over lättläst answers: no plain word the easy writer swapped in stands in a form its neighbours do not fit.

Two kinds of clash are found, as far as `assistant.generation.easy.grammar` can tell them (trial 25, X4):
- an adjective from the swap lists (`lexicon.EASY_WORDS`, `EASY_AGREEING_SWAPS`) before a noun it does not agree
  with ('integreras i vanliga undervisning': a weak form before an indefinite singular);
- a 'göra' + adjective swap with an object after it ('Göra tillgänglig information'), whose place is before the
  adjective.

    .venv/bin/python -m evals.easy_agreement /tmp/store-x            # the tune half's answerable cases, easy answers
    .venv/bin/python -m evals.easy_agreement --answers answers.jsonl  # rows {"id", "easy"} written before

Exits 1 when a clash is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

from assistant import lexicon as lex
from assistant.generation.easy.grammar import agreement_clash

_WORDS_RE = re.compile(r"[A-Za-zÅÄÖåäöÉé]+|[^\sA-Za-zÅÄÖåäöÉé]+")


@lru_cache(maxsize=1)
def _swapped_adjectives() -> frozenset[str]:
    """The one-word plain words the swaps put in, and the forms of the agreeing ones."""
    single = {v for v in lex.EASY_WORDS.values() if " " not in v}
    single |= {v for forms in lex.EASY_AGREEING_SWAPS.values() for v in forms.values()}
    single |= set(lex.EASY_NEUTER_SWAPS.values())
    return frozenset(single)


@lru_cache(maxsize=1)
def _object_first_swaps() -> frozenset[str]:
    return frozenset(v for v in lex.EASY_WORDS.values() if lex.EASY_OBJECT_FIRST_SWAP_RE.match(v))


def swap_clashes(text: str) -> list[str]:
    """The places in `text` where a swapped-in word does not fit its neighbours, each as the words around it.

    >>> swap_clashes("2. Egen skolstart där elever gradvis integreras i vanliga undervisning.")
    ['i vanliga undervisning']
    >>> swap_clashes("8. Göra tillgänglig information från skolan. De integreras i vanlig undervisning.")
    ['Göra tillgänglig information']
    >>> swap_clashes("Skolans vanliga schema. Det gör det lättare för eleverna. Rektorn har viktiga uppgifter.")
    []
    """
    out: list[str] = []
    for line in text.splitlines():
        tokens = _WORDS_RE.findall(line)
        for k, token in enumerate(tokens):
            if k + 1 >= len(tokens) or not tokens[k + 1][:1].isalpha():
                continue
            low, after = token.lower(), tokens[k + 1]
            before = tokens[k - 1] if k and tokens[k - 1][:1].isalpha() else ""
            if low in _swapped_adjectives() and agreement_clash(before, low, after):
                out.append(" ".join(w for w in (before, token, after) if w))
            pair = f"{low} {after.lower()}"
            if k + 2 < len(tokens) and pair in _object_first_swaps() and tokens[k + 2][:1].isalpha() and \
                    tokens[k + 2].lower() not in (*lex.PREPOSITIONS, *lex.CONJUNCTIONS, "det"):
                out.append(f"{token} {after} {tokens[k + 2]}")
    return out


def _easy_answers(store: Path) -> list[tuple[str, str]]:
    from evals.answer_eval import build_eval_store, load_cases

    bot = build_eval_store(store)
    cases = [c for c in load_cases("tune") if c.get("kind") == "answerable" and not c.get("history") and
             not c.get("history_questions")]
    return [(c["id"], bot.respond({"message": c["question"], "mode": c.get("mode", "fraga"),
                                   "options": {"easy_swedish": True}}).text) for c in cases]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", nargs="?", type=Path, help="an eval store (evals.answer_eval.build_eval_store)")
    parser.add_argument("--answers", type=Path, help="a JSONL file of {'id', 'easy'} rows instead of answering")
    args = parser.parse_args(argv)
    if args.answers:
        rows = [json.loads(line) for line in args.answers.read_text("utf-8").splitlines() if line.strip()]
        answers = [(r["id"], r["easy"]) for r in rows]
    elif args.store:
        answers = _easy_answers(args.store)
    else:
        parser.error("give an eval store or --answers")
    found = [(case_id, clash) for case_id, text in answers for clash in swap_clashes(text)]
    for case_id, clash in found:
        sys.stdout.write(f"{case_id}: {clash}\n")
    sys.stdout.write(f"{len(answers)} easy answers, {len(found)} swap clashes\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
