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
from assistant.generation.extractive.tables import _figure, _number, asked_columns, cells
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
            for i in asked_columns(question_text, names, values)]
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
