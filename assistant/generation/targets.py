"""A target value proposed from the user's own baseline, for "gör målet mätbart" when they set none.

Never a figure of its own: the proposal halves what separates the baseline from equality (a group's share of a
whole half way to an even split; two groups' values half way to each other, the group behind moving), says how it
was worked out, and is marked as the assistant's proposal for the user to confirm or change.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant import lexicon as lex

# 'pojkar 31 % (2024/2025)', 'flickor 86 %', 'pojkar 198' as a baseline item writes each group's value.
_GROUP_VALUE_RE = re.compile(r"\b(pojkar|flickor)\s+(\d{1,3}(?:,\d+)?)(\s*%)?(?![\d/])")


@dataclass(frozen=True)
class ProposedTarget:
    """'pojkar minst 41 %' and how it was worked out from the baseline ('halva vägen från 31 % till 50 %')."""

    value: str
    reason: str


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _written(value: float, percent: bool) -> str:
    """A value as a draft writes it, rounded to a whole number away from the baseline's side of the split."""
    return f"{math.floor(value + 0.5):d}{' %' if percent else ''}"


def propose_target(indicator: str, baseline: str) -> ProposedTarget | None:
    """The target proposed for an indicator from its baseline item's values ('pojkar 31 % (2024/2025)'); None when
    the baseline gives no basis (one group's value on a measure of its own says nothing of where the other is).

    A share of a whole by gender ('andel pojkar … bland deltagarna', or two shares that add up to 100 %) goes half way
    to an even split; two groups' values on one measure meet half way, the group behind moving (up for a measure that
    should rise, down for one that should fall: `lexicon.NEGATIVE_RE`) and the other held where it is.

    >>> propose_target("andel pojkar och andel flickor i åk 7–9 bland deltagarna", "pojkar 31 % (2024/2025)").value
    'pojkar minst 41 %'
    >>> propose_target("andel pojkar och andel flickor som var behöriga till gymnasiet", "pojkar 71 %; flickor 86 %")
    ProposedTarget(value='pojkar minst 79 %; flickor minst 86 %', reason='skillnaden mellan pojkar och flickor \
(15 procentenheter) halveras, utan att någon grupp går tillbaka')
    >>> propose_target("andel pojkar och andel flickor som saknar godkänt i engelska", "pojkar 31 %; flickor 14 %")\
.value
    'pojkar högst 23 %; flickor högst 14 %'
    >>> propose_target("andel pojkar och andel flickor som läser varje dag", "pojkar 35 %") is None
    True
    """
    found = {m.group(1): (_number(m.group(2)), bool(m.group(3))) for m in _GROUP_VALUE_RE.finditer(baseline)}
    if not found:
        return None
    percent = all(p for _, p in found.values())
    values = {g: v for g, (v, _) in found.items()}
    whole = percent and (bool(lex.SHARE_OF_WHOLE_RE.search(indicator)) or (
        len(values) == 2 and abs(sum(values.values()) - 100) <= 1))
    if whole:
        group, value = next(iter(values.items()))
        if value == 50 or value > 100:
            return None
        goal = value + (50 - value) / 2
        bound = "minst" if value < 50 else "högst"
        start = f"{value:g} %".replace(".", ",")
        return ProposedTarget(f"{group} {bound} {_written(goal, True)}",
                              f"halva vägen från {start} till en jämn fördelning (50 %)")
    if len(values) < 2 or any(v > 100 for v in values.values()) and percent:
        return None
    falls = bool(lex.NEGATIVE_RE.search(indicator))
    behind = (max if falls else min)(values, key=lambda g: values[g])
    ahead = next(g for g in values if g != behind)
    gap = abs(values[ahead] - values[behind])
    if gap == 0:
        return None
    goal = values[behind] + (-gap / 2 if falls else gap / 2)
    bound = "högst" if falls else "minst"
    parts = {behind: _written(goal, percent), ahead: _written(values[ahead], percent)}
    text = "; ".join(f"{g} {bound} {parts[g]}" for g in lex.GENDER_GROUPS if g in parts)
    unit = " procentenheter" if percent else ""
    return ProposedTarget(text, f"skillnaden mellan pojkar och flickor ({gap:g}{unit}) halveras, utan att någon "
                                "grupp går tillbaka".replace(".", ","))
