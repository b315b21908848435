"""A part of the day asked of figures that are of another part: 'mitt på dagen' over a survey of 'sent en kväll'.

'Hur stor andel av kvinnorna i Sörbyholm känner sig otrygga utomhus mitt på dagen?' is not answered by a table of
those who feel unsafe 'sent en kväll' (tune TR40): where the best figures' own lines, table captions or headings
name a part of the day (lexicon.DAY_PART_RE) and none of the best units names the asked part, the figures are of
that other part. Only on that positive evidence: figures naming no part of the day keep the question (refusalB34).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.selection.scored import Scored
from assistant.index.units import Unit, table_caption, table_rows, units_of

# How many of the best units are read for the parts of the day they name.
DAY_PART_POOL = 10
# How many of the best units are the figures whose part of the day is read.
DAY_FIGURE_POOL = 5


def day_parts(text: str) -> dict[str, str]:
    """The parts of the day `text` names, each with its words as written.

    >>> day_parts("Andel som känner sig otrygga utomhus sent en kväll, 2025")
    {'evening': 'sent en kväll'}
    >>> day_parts("Hur otrygga känner sig kvinnorna mitt på dagen?"), day_parts("Hur många timmar per dag?")
    ({'day': 'mitt på dagen'}, {})
    """
    out: dict[str, str] = {}
    for m in lex.DAY_PART_RE.finditer(text):
        part = next(name for name, words in m.groupdict().items() if words)
        out.setdefault(part, m.group(0))
    return out


def _frame(unit: Unit) -> str:
    """A unit's own line with what frames its figures: its table's caption (a row), the sentence before it (a
    sentence: 'Bland männen var det 9 procent.' after '… avstått från en aktivitet på kvällen …') and its section
    heading."""
    caption = table_caption(table_rows(unit)) if unit.kind == "row" else None
    units = units_of(unit.chunk)
    before = units[unit.seq - 1].text if unit.kind == "sentence" and 0 < unit.seq <= len(units) else ""
    return " ".join(t for t in (unit.text, caption.text if caption is not None else "", before,
                                unit.section_heading) if t)


def other_day_part(question_text: str, figures: Sequence[Scored], ranked: Sequence[Scored]) -> tuple[str, str] | None:
    """(the asked part of the day as written, the part the figures are of as written) where the question asks one
    part and the best figures' frames name only another (module doc); None otherwise."""
    asked = day_parts(question_text)
    if len(asked) != 1 or not figures:
        return None
    part, words = next(iter(asked.items()))
    if any(part in day_parts(_frame(s.unit)) for s in [*figures, *ranked[:DAY_PART_POOL]]):
        return None
    given = [day_parts(_frame(s.unit)) for s in figures[:3]]
    if not all(given):
        return None
    return words, next(iter(given[0].values()))
