"""LIX of normal and easy-Swedish (lättläst) answers to the same questions, and whether the easy answer keeps the
normal answer's facts, for `jamplan eval answers`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant import lexicon as lex
from assistant.generation.easy import EasyWriter, lix
from assistant.generation.easy.measure import meaning_lost
from assistant.service import Assistant
from evals.answer_eval import facts_share, term_found

# The aim for lättläst: LIX at most 35 and at least 10 below the normal answer, with no fact of the normal
# answer lost (lättläst rewrites the answer, it does not shorten it to fewer facts).
EASY_MAX_LIX = 35.0
EASY_MIN_DROP = 10.0

_PARENTHESIS_RE = re.compile(r"\s*\(([^()]*)\)")
# What the easy writer puts in parentheses beside a word: a term's meaning or an official word's plain one. A
# parenthesis of the source's own ('(3 timmar)', '(16-20 år)') is no explanation and may hold a required term.
_EXPLANATIONS = frozenset(lex.EASY_TERMS.values()) | frozenset(lex.EASY_WORDS.values())


def _without_explanations(text: str) -> str:
    return _PARENTHESIS_RE.sub(lambda m: "" if m.group(1).strip() in _EXPLANATIONS else m.group(0), text)


def easy_term_found(term: str, easy: str) -> bool:
    """A required term in the easy answer: as it stands, or in the plain words the easy writer puts for it ('tkr' ->
    'tusen kronor', 'i dagsläget' -> 'i dag'); an explanation in parentheses added after a
    term ('inkludering (att alla elever får vara med) och delaktighet') does not hide it, and a parenthesis of the
    source's own is read like the rest of the text.

    >>> easy_term_found("inkludering och delaktighet",
    ...                 "De arbetar med inkludering (att alla elever får vara med) och delaktighet.")
    True
    >>> easy_term_found("3 timmar", "Träff 4: Återblick och framåt (3 timmar).")
    True
    >>> easy_term_found("2 264 tkr", "Stöd: 2 264 tusen kronor."), easy_term_found("tkr", "Stöd: 2 264 tusen kronor.")
    (True, True)
    """
    text = _without_explanations(easy)
    for alt in (a.strip() for a in term.split("|") if a.strip()):
        writer = EasyWriter()
        plain = _without_explanations(writer.words(writer.phrases(alt)))
        unit = writer.phrases(f"1 {alt}").removeprefix("1 ")  # a unit written out after a figure ('tkr')
        if term_found(alt, text) or term_found(plain, text) or term_found(unit, text):
            return True
    return False


def readability(assistant: Assistant, cases: Sequence[dict[str, Any]], limit: int = 12) -> dict[str, Any]:
    """Mean LIX of the normal and the easy answer over the first `limit` answerable single-turn questions, the
    mean share of required terms in each, and how many easy answers hold fewer of them than the normal one."""
    chosen = [c for c in cases if c.get("kind") == "answerable" and not c.get("history")][:limit]
    normal: list[float] = []
    easy: list[float] = []
    facts_normal: list[float] = []
    facts_easy: list[float] = []
    lost = 0  # easy answers that lost a figure, a negation or a subject of the normal one (`meaning_lost`)
    for case in chosen:
        request = {"message": case["question"], "mode": case.get("mode", "fraga")}
        terms = case.get("required_terms") or []
        normal_text = assistant.respond(request).text
        easy_text = assistant.respond(request | {"options": {"easy_swedish": True}}).text
        normal.append(lix(normal_text))
        easy.append(lix(easy_text))
        facts_normal.append(facts_share(terms, normal_text))
        facts_easy.append(sum(easy_term_found(t, easy_text) for t in terms) / len(terms) if terms else 1.0)
        lost += bool(meaning_lost(normal_text, easy_text))
    n = len(chosen)
    mean_normal = sum(normal) / n if n else float("nan")
    mean_easy = sum(easy) / n if n else float("nan")
    fewer = sum(e < f for f, e in zip(facts_normal, facts_easy, strict=True))
    return {"n": n, "lix_normal": round(mean_normal, 1), "lix_easy": round(mean_easy, 1),
            "facts_normal": round(sum(facts_normal) / n, 3) if n else None,
            "facts_easy": round(sum(facts_easy) / n, 3) if n else None, "fewer_facts": fewer, "meaning_lost": lost,
            "meets_aim": n > 0 and mean_easy <= EASY_MAX_LIX and mean_normal - mean_easy >= EASY_MIN_DROP
            and fewer == 0}


def format_readability(section: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["", f"readability (LIX; lättläst aim ≤ {EASY_MAX_LIX:.0f} and ≥ {EASY_MIN_DROP:.0f} below normal, "
             "no fact of the normal answer lost)"]
    for half, r in section.items():
        lines.append(f"  {half}: n {r['n']}, normal {r['lix_normal']}, easy {r['lix_easy']}, "
                     f"facts normal {r.get('facts_normal')} easy {r.get('facts_easy')} "
                     f"(fewer in {r.get('fewer_facts')}), meaning lost in {r.get('meaning_lost')}, "
                     f"aim {'met' if r['meets_aim'] else 'not met'}")
    return lines
