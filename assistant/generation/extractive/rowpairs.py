"""Two rows of one table compared: both values of the asked column and the difference or change between them.

'Hur har flickornas andel av besöken utvecklats från 2023 till 2024?' over '| År | Besök totalt | Andel flickor |'
with a row a year, or 'Vad är skillnaden i andel flickor mellan 7–12 år och 17–20 år?' over a row an age group,
asks one column's figure in two rows and how they differ. Quoting the two rows leaves the reader to find the column
and subtract (trial 29 #1): the answer says both values, each by its row, and the difference computed from the
cited cells, said to be computed. Only for a question that asks a difference or change and names one column whose
figures in the two rows are of one unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.generation.extractive.tables import _asked_columns, _figure, _number, cells, year_column
from assistant.grounding.scope.age_rows import extreme_age_rows
from assistant.index.lexical import group_terms, tokenize
from assistant.index.units import (
    Unit,
    column_names,
    drop_note_marks,
    header_rows,
    share_cells,
    table_rows,
)


def asked_rows(question_text: str, rows: Sequence[Unit]) -> list[Unit]:
    """The data rows among `rows` (in the order given) whose label the question names: a year ('2023') or a label's
    words ('7–12 år', 'Strandgården'). Each row once, in table order."""
    asked = group_terms(question_text)
    folded = question_text.replace("-", "–")
    out: list[Unit] = []
    for row in rows:
        if row.kind != "row" or row in header_rows(row) or row in out:
            continue
        label = drop_note_marks(cells(row)[0]).strip() if cells(row) else ""
        if not label:
            continue
        terms = frozenset(tokenize(label))
        if label.replace("-", "–") in folded or (terms and terms <= asked):
            out.append(row)
    return sorted(out, key=lambda r: (r.chunk.chunk_id, r.seq))


def _asked_column(question_text: str, names: Sequence[str], values: Sequence[str]) -> int | None:
    """The one figure column the question names (its words all in the question, unit marks aside), the most
    specific when several fit ('Andel flickor' over 'Flickor' for 'andelen flickor'); None for none or a tie."""
    fits = [(len(frozenset(tokenize(lex.COLUMN_PERCENT_UNIT_RE.sub("", names[i])))), i)
            for i in _asked_columns(question_text, names, values, without_unit=True)]
    if not fits:
        return None
    fits.sort(reverse=True)
    if len(fits) > 1 and fits[0][0] == fits[1][0]:
        return None
    return fits[0][1]


def compared_rows(question_text: str, quoted: Sequence[Unit]) -> str | None:
    """'Andel flickor: 31 % (2023) och 27 % (2024); skillnaden är 4 procentenheter (31 − 27, uträknat ur de citerade
    cellerna)' for a question asking the difference or change of one column between two rows of a table the answer
    quotes; None when it asks none, or the rows or the column are not exactly two and one."""
    if not (lex.DIFFERENCE_QUESTION_RE.search(question_text) or lex.CHANGE_QUESTION_RE.search(question_text)):
        return None
    table = next((table_rows(u) for u in quoted if u.kind == "row" and header_rows(u)), [])
    rows = asked_rows(question_text, [u for u in quoted if u in table]) if table else []
    if len(rows) != 2:
        rows = asked_rows(question_text, table)  # the table's rows the question names, quoted or not
    if len(rows) != 2 and table:
        rows = extreme_age_rows(question_text, table[0])  # 'de yngsta och de äldsta': the first and last age band
    if len(rows) != 2:
        return None
    headers = header_rows(rows[0])
    columns = []
    for row in rows:
        values = [drop_note_marks(c) for c in cells(row)]
        names = column_names(headers, len(values))
        if names is None or len(values) < 2:
            return None
        columns.append((values, names, _asked_column(question_text, names, values), share_cells(row)))
    (va, na, ia, sa), (vb, _, ib, sb) = columns
    if ia is None or ia != ib or sa[ia] != sb[ib]:
        return None
    a, b = _figure(va[ia]), _figure(vb[ib])
    if a is None or b is None:
        return None
    unit = " %" if sa[ia] and not lex.PERCENT_RE.search(va[ia]) else ""
    name = lex.COLUMN_PERCENT_UNIT_RE.sub("", na[ia]).strip()
    high, low = (a, b) if a >= b else (b, a)
    diff = round(high - low, 1)
    between = "procentenheter" if sa[ia] else ""
    if lex.CHANGE_QUESTION_RE.search(question_text) and lex.YEAR_RE.fullmatch(va[0].strip()) and \
            lex.YEAR_RE.fullmatch(vb[0].strip()) and va[0].strip() < vb[0].strip() and a != b:
        # rows a year each, a change asked: from the earlier year's value to the later one's
        verb = "ökade" if b > a else "minskade"
        by = f"{_number(diff)} {between or ''}".strip()
        return f"{name} {verb} från {va[ia]}{unit} ({va[0]}) till {vb[ib]}{unit} ({vb[0]}), med {by} (uträknat ur " \
               "de citerade cellerna)"
    both = f"{name}: {va[ia]}{unit} ({va[0]}) och {vb[ib]}{unit} ({vb[0]})"
    # (a count's difference has no unit word: the sentence closes up around it)
    computed = " ".join(lex.COMPUTED_DIFFERENCE.format(diff=_number(diff), unit=between, high=_number(high),
                                                       low=_number(low)).split())
    return f"{both}; {computed}"


def year_series(question_text: str, quoted: Sequence[Unit]) -> tuple[str, list[Unit]] | None:
    """How one column of one row label went year by year, for a change asked of a table with a row per label and
    year ('Program | År | Sökande flickor | …'): 'Hur har antalet flickor som förstahandssökte El- och
    energiprogrammet utvecklats från 2023 till 2025?' -> 'Sökande flickor för El- och energiprogrammet: 4 (2023), 7
    (2024), 12 (2025); ökade från 4 till 12 (uträknat ur de citerade cellerna)', with the rows said (trial 31 U03:
    two of three rows were dumped, 2024 left out, the change never said). Years the question names bound the
    series; None when no change is asked, the table has no year column, or the label's rows or the column are not
    found (compared_rows answers a table with a row a year)."""
    if not lex.CHANGE_QUESTION_RE.search(question_text):
        return None
    table = next((table_rows(u) for u in quoted if u.kind == "row" and header_rows(u)), [])
    headers = header_rows(table[0]) if table else []
    labelled: dict[str, list[tuple[str, Unit, list[str], Sequence[str]]]] = {}
    asked = group_terms(question_text)
    folded = question_text.replace("-", "–")
    for row in table:
        if row.kind != "row" or row in headers:
            continue
        values = [drop_note_marks(c) for c in cells(row)]
        names = column_names(headers, len(values))
        if names is None or len(values) < 3:
            continue
        years = [v.strip() for j, v in enumerate(values) if j and year_column(names[j] or "", v)]
        label = values[0].strip()
        if len(years) != 1 or not label:
            continue
        terms = frozenset(tokenize(label))
        if label.replace("-", "–") in folded or (terms and terms <= asked):
            labelled.setdefault(label, []).append((years[0], row, values, names))
    if len(labelled) != 1:
        return None
    label, rows = next(iter(labelled.items()))
    named_years = sorted(set(lex.YEAR_RE.findall(question_text)))
    if len(named_years) >= 2:
        rows = [r for r in rows if named_years[0] <= r[0][:4] <= named_years[-1]]
    rows.sort(key=lambda r: r[0])
    if len(rows) < 3 or len({r[0] for r in rows}) != len(rows):
        return None  # two rows are compared_rows' (with the difference); one is no series
    picked = {tuple(_asked_columns(question_text, names, values, without_unit=True)) for _, _, values, names in rows}
    if len(picked) != 1 or len(next(iter(picked))) != 1:
        return None
    i = next(iter(picked))[0]
    shares = [share_cells(r[1])[i] for r in rows]
    figures = [_figure(r[2][i]) for r in rows]
    if None in figures or len(set(shares)) != 1:
        return None
    unit = " %" if shares[0] and not lex.PERCENT_RE.search(rows[0][2][i]) else ""
    name = lex.COLUMN_PERCENT_UNIT_RE.sub("", rows[0][3][i] or "").strip()
    said = ", ".join(f"{r[2][i]}{unit} ({r[0]})" for r in rows)
    first, last = figures[0], figures[-1]
    if first == last:
        change = lex.SERIES_SAME.format(value=f"{rows[0][2][i]}{unit}")
    else:
        change = lex.SERIES_CHANGE.format(verb="ökade" if last > first else "minskade",  # type: ignore[operator]
                                          first=f"{rows[0][2][i]}{unit}", last=f"{rows[-1][2][i]}{unit}")
    return lex.SERIES_SAID.format(column=name, label=label, values=said, change=change), [r[1] for r in rows]
