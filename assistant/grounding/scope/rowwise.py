"""Two years, or two named places, asked of one table: each is matched against its own row.

'Hur har flickornas andel av besöken utvecklats från 2023 till 2024?' over a table whose rows are the years
('| 2023 | 18 450 | 31 % |', '| 2024 | 19 020 | 27 % |') is answered by the two rows together: no single row speaks of
both years, and a row dated 2023 is rightly no evidence about 2024 taken alone (subjects.covers). The same holds for
two named groups that are a table's rows ('Strandgården' and 'Lyktan'). A subject asked alongside another of its
kind is covered by a row that covers one of them when another row of the same table covers it. Only on that
positive evidence: a table that lacks a row of one asked year still leaves that year uncovered (trial 29, #1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.grounding.question import Subject
from assistant.grounding.scope.subjects import says_more_than
from assistant.index.units import Unit, header_rows, table_rows

# The kinds of subject a table's rows name one each: a year per row, or a named place/organisation per row.
ROW_KINDS = ("year", "name")


def parallel_subjects(subjects: Sequence[Subject]) -> list[Subject]:
    """The asked subjects that share their kind with another asked one (two years, two names): those a table may give
    one row each."""
    kinds = Counter(s.kind for s in subjects)
    return [s for s in subjects if s.kind in ROW_KINDS and kinds[s.kind] >= 2]


def covers_by_rows(unit: Unit, subjects: Sequence[Subject], covered: Callable[[Unit, Subject], bool]) -> bool:
    """Whether `unit` speaks of every subject, a subject asked in parallel with another (parallel_subjects) counting
    as spoken of where the unit is a table row covering one of that kind and another row of its table covers this
    one. `covered(unit, subject)` is the judge's own test (subjects.covers).

    >>> from assistant.schema import Chunk
    >>> text = "| År | Besök | Andel flickor |\\n| 2023 | 18 450 | 31 % |\\n| 2024 | 19 020 | 27 % |"
    >>> chunk = Chunk(chunk_id="rowwise", source="r.md", title="Rapport", doc_type="rapport", heading_path=[],
    ...               text=text, start_line=1, end_line=3, line_spans=[(1, 1), (2, 2), (3, 3)], line_roles=["t"] * 3)
    >>> from assistant.index.units import units_of
    >>> rows = [u for u in units_of(chunk) if u.kind == "row"]
    >>> asked = [Subject("2023", "year"), Subject("2024", "year")]
    >>> own = lambda u, s: s.text in u.text
    >>> [covers_by_rows(r, asked, own) for r in rows]
    [False, True, True]
    >>> covers_by_rows(rows[1], [Subject("2023", "year"), Subject("2025", "year")], own)
    False
    """
    parallel = parallel_subjects(subjects)
    if not parallel or unit.kind != "row":
        return all(covered(unit, s) for s in subjects)
    others: list[Unit] | None = None
    for subject in subjects:
        if covered(unit, subject):
            continue
        if subject not in parallel or not any(covered(unit, o) for o in parallel if o.kind == subject.kind):
            return False
        if others is None:
            others = [r for r in table_rows(unit) if r is not unit]
        if not any(covered(r, subject) for r in others):
            return False
    return True


def row_says_more(unit: Unit, subjects: Sequence[Subject]) -> bool:
    """Whether a table row whose own cells are its label and figures ('| 2023 | 18 450 | 31 % |') says something
    beyond the asked subject: its figures stand under column names ('Besök totalt', 'Andel flickor') that do. A row
    is read with its header, as a signature line ('Hjo kommun, maj 2025.') has none (subjects.says_more_than)."""
    if unit.kind != "row" or not any(ch.isdigit() for ch in unit.text.split("|", 2)[-1]):
        return False
    header = " ".join(h.text for h in header_rows(unit) if h is not unit)
    return bool(header) and says_more_than(replace(unit, text=f"{header} | {unit.text}"), subjects)
