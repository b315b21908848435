"""A figure question about a year that the asked table (or the row it names) does not have: refused, naming the
years it has.

Reports set figures by year in tables (one row, or one column, a year). 'Hur stor andel … kände sig trygga i skolan
2024?' where the trygghet table has 2023 and 2025 only must not be answered by the 2024 row of another table that
happens to share the year; the table the question's words fit best is the asked one, and its years are said. So
for a row the question names whose cells of the asked year are empty or a dash ('Fritidsledare | … | 94,5 | –', a
group new that year): the other rows' figures of that year are no answer (blind36 LK26 got two other yrkesgrupper's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import Question
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import tokenize
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    cells_in_place,
    column_names,
    header_rows,
    table_caption,
    table_rows,
    units_of,
)
from assistant.schema import Chunk

# How many of the best units are searched for tables.
TABLE_POOL = 12


@dataclass(frozen=True)
class YearlessTable:
    """The asked table (its rows; for a named row, the header rows and that row) and the years it does give figures
    for (for a named row, that row's)."""

    rows: list[Unit]
    years: list[str]
    label: str = ""  # the named row's label, where the gap is that row's


def table_years(rows: Sequence[Unit]) -> list[str]:
    """The years a table gives figures for: in its row labels (first cells) and its column names, in order."""
    if not rows:
        return []
    headers = header_rows(rows[0])
    labels = [r.text.strip().strip("|").split("|")[0] for r in rows if r not in headers]
    found = [y for text in (*labels, *(h.text for h in headers)) for y in lex.YEAR_RE.findall(text)]
    return sorted(dict.fromkeys(found))


def _tables(ranked: Sequence[Scored]) -> list[list[Unit]]:
    """The tables among the best units (a row's table, or the table under a caption), each once, best first."""
    out: list[list[Unit]] = []
    seen: set[tuple[str, int]] = set()
    for s in ranked[:TABLE_POOL]:
        unit = s.unit
        if unit.kind != "row":
            after = units_of(unit.chunk)[unit.seq + 1: unit.seq + 2]
            if not after or after[0].kind != "row" or table_caption(table_rows(after[0])) is not unit:
                continue
            unit = after[0]
        rows = table_rows(unit)
        key = (unit.chunk.chunk_id, rows[0].seq)
        if len(rows) >= 2 and key not in seen:
            seen.add(key)
            out.append(rows)
    return out


def _fit(question_terms: frozenset[str], rows: Sequence[Unit], weights: TermWeights | None) -> float:
    """How well a table's caption, column names and heading (its row's context) fit the question's words (years
    left out). Not the chunk's heading path: a chunk of short sections keeps the first one's heading."""
    data = next((r for r in rows if r not in header_rows(rows[0])), rows[-1])
    terms = frozenset(tokenize(data.context()))
    if weights is not None:
        return weights.overlap(question_terms, terms)
    return len(question_terms & terms) / max(1, len(question_terms))


def _states_year(unit: Unit, years: Sequence[str]) -> bool:
    """Whether `unit`, not a table's row, states a figure of one of `years` (a number besides the year itself)."""
    if unit.kind == "row":
        return False
    for year in years:
        if re.search(rf"\b{re.escape(year)}\b", unit.text):
            return bool(re.search(r"\d", re.sub(rf"\b{re.escape(year)}\b", " ", unit.text)))
    return False


def _of_named_documents(tables: list[list[Unit]], names_all: Callable[[Chunk], bool] | None) -> list[list[Unit]]:
    """The tables of documents that name every place or organisation the question names (`names_all`:
    scope.refusal_focus.names_every_name), where some do: another municipality's table with the same caption is not
    the asked one (blind34: Sjöhamn's 'Aktivitetsstöd till föreningar' of 2024 answered a question about Ljungfors
    2025 as 'the asked table has no 2025')."""
    if names_all is None:
        return tables
    return [t for t in tables if names_all(t[0].chunk)] or tables


def lacking_year(question: Question, ranked: Sequence[Scored], weights: TermWeights | None,
                 names_all: Callable[[Chunk], bool] | None = None) -> YearlessTable | None:
    """The table the question asks about when it has figures by year but none of the asked year; None when the
    question asks no year, no table is among the best units, the asked table has the year, or another table with
    the year fits the question as well (then that one may answer). Where the question names a place, the asked
    table is one of a document naming it, if any is among them."""
    years = [s.text for s in question.subjects if s.kind == "year"]
    if not years:
        return None
    terms = frozenset(t for t in question.content_terms if not lex.YEAR_RE.fullmatch(t))
    if any(_states_year(s.unit, years) for s in ranked[:TABLE_POOL]):
        return None  # a sentence gives a figure of the asked year ('Hösten 2024 kände sig 70 procent …'): it may answer
    tables = _of_named_documents(_tables(ranked), names_all)
    scored = [(t, _fit(terms, t, weights), table_years(t)) for t in tables]
    scored = [x for x in scored if x[2]]  # tables by year only
    if not scored or not terms:
        return None
    rows, fit, has = max(scored, key=lambda x: x[1])
    if any(y in has for y in years):
        return None
    if fit <= 0 or any(f >= fit for t, f, h in scored if t is not rows and any(y in h for y in years)):
        return None
    return YearlessTable(rows, has)


def row_lacking_year(question: Question, ranked: Sequence[Scored]) -> YearlessTable | None:
    """The row a table among the best units has for the thing the question names, when that row gives no figure of
    the asked year while the table's other rows do ('Fritidsledare | … | 94,5 | –'), where that table is the best
    one among the best units; None when the question asks no year, or a sentence among the best gives a figure of it
    for the named thing."""
    years = [s.text for s in question.subjects if s.kind == "year"]
    if not years:
        return None
    tables = _tables(ranked)
    # (the best table only: another table among the best whose row the question happens to name, 'Flickor' in a
    # table of members by year beside the asked table of visits, is not the one asked; review33)
    found = _named_row(question, tables[0]) if tables else None
    if found is None or any(y in found[2] for y in years):
        return None
    headers, row, has = found
    label = next((v for v in cells_in_place(row) if v), "")
    words = frozenset(tokenize(label))
    if not has or any(_states_year(s.unit, years) and words <= frozenset(tokenize(s.unit.text))
                      for s in ranked[:TABLE_POOL]):
        return None  # a sentence gives the named thing's figure of that year: it may answer
    return YearlessTable([*headers, row], has, label)


def _named_row(question: Question, rows: Sequence[Unit]) -> tuple[list[Unit], Unit, list[str]] | None:
    """The one data row of a table that the question names by its label (every word of it), with the table's
    header rows and the years of the columns its figures stand under; None when none or more than one is named, or
    the table names no years over its columns."""
    headers = header_rows(rows[0])
    asked = frozenset(tokenize(question.text))
    named = []
    for row in rows:
        if row in headers:
            continue
        values = cells_in_place(row)
        label = next((v for v in values if v), "")
        words = [t for t in tokenize(label) if not t.isdigit()]
        if words and lex.YEAR_RE.search(label) is None and all(t in asked for t in words):
            named.append((row, label, values))
    if len(named) != 1 or not headers:
        return None
    row, _, values = named[0]
    names = column_names(headers, len(values))
    if names is None or not any(lex.YEAR_RE.search(name or "") for name in names):
        return None
    given = [y for i, name in enumerate(names) if name and i < len(values) and FIGURE_CELL_RE.match(values[i])
             for y in lex.YEAR_RE.findall(name)]
    return list(headers), row, sorted(dict.fromkeys(given))


def table_holds_years(question: Question, evidence: Sequence[Scored]) -> bool:
    """Whether the best unit is a table row whose table gives figures for every year, two or more, the question
    names: 'Hur mycket ökade andelen pojkar … från 2023 till 2025?' asks a change the table's cells give (computed
    from them, tables.computed_change and rowpairs), not what an intervention led to (scope's outcome rule refused
    it as 'säger inte vad det har gett')."""
    years = {s.text for s in question.subjects if s.kind == "year"} or set(lex.YEAR_RE.findall(question.text))
    if len(years) < 2 or not evidence or evidence[0].unit.kind != "row":
        return False
    return years <= set(table_years(table_rows(evidence[0].unit)))
