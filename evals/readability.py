"""LIX of normal and easy-Swedish (lättläst) answers to the same questions, for `jamplan eval answers`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.generation.easy import lix
from assistant.service import Assistant

# The aim for lättläst: LIX at most 35 and at least 10 below the normal answer.
EASY_MAX_LIX = 35.0
EASY_MIN_DROP = 10.0


def readability(assistant: Assistant, cases: Sequence[dict[str, Any]], limit: int = 12) -> dict[str, Any]:
    """Mean LIX of the normal and the easy answer over the first `limit` answerable single-turn questions."""
    chosen = [c for c in cases if c.get("kind") == "answerable" and not c.get("history")][:limit]
    normal: list[float] = []
    easy: list[float] = []
    for case in chosen:
        request = {"message": case["question"], "mode": case.get("mode", "fraga")}
        normal.append(lix(assistant.respond(request).text))
        easy.append(lix(assistant.respond(request | {"options": {"easy_swedish": True}}).text))
    n = len(chosen)
    mean_normal = sum(normal) / n if n else float("nan")
    mean_easy = sum(easy) / n if n else float("nan")
    return {"n": n, "lix_normal": round(mean_normal, 1), "lix_easy": round(mean_easy, 1),
            "meets_aim": n > 0 and mean_easy <= EASY_MAX_LIX and mean_normal - mean_easy >= EASY_MIN_DROP}


def format_readability(section: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["", f"readability (LIX; lättläst aim ≤ {EASY_MAX_LIX:.0f} and ≥ {EASY_MIN_DROP:.0f} below normal)"]
    for half, r in section.items():
        lines.append(f"  {half}: n {r['n']}, normal {r['lix_normal']}, easy {r['lix_easy']}, "
                     f"aim {'met' if r['meets_aim'] else 'not met'}")
    return lines
