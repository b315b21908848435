"""'De yngsta' and 'de äldsta' asked of a table whose rows are age bands: the first and the last band by age.

'Hur många procentenheter skiljer andelen flickor mellan de yngsta och de äldsta i aktivitetsstödet?' over rows
'7–12 år', '13–16 år', '17–20 år' and 'Totalt' asks the 7–12 and the 17–20 rows, which never write 'yngsta' or
'äldsta' (trial 29 S04). A row whose label is an age band (lexicon.AGE_BAND_RE) names the youngest when no other
band of its table starts lower, the oldest when none ends higher; a table with one band names neither.
"""

from __future__ import annotations

from assistant import lexicon as lex
from assistant.index.units import Unit, header_rows, table_rows


def _band(row: Unit) -> tuple[int, int] | None:
    """A row's age band from its label (first cell), None for a row of no band ('Totalt')."""
    label = row.text.strip().strip("|").split("|")[0]
    m = lex.AGE_BAND_RE.search(label)
    return (int(m.group(1)), int(m.group(2))) if m else None


def extreme_age_rows(question_text: str, unit: Unit) -> list[Unit]:
    """The rows of `unit`'s table that the question's 'de yngsta'/'de äldsta' name, in that order of asking; empty
    when the question names neither, or the table has fewer than two age bands.

    >>> from assistant.schema import Chunk
    >>> text = "| Ålder | Andel |\\n| 7–12 år | 44 % |\\n| 13–16 år | 37 % |\\n| 17–20 år | 30 % |\\n| Totalt | 40 % |"
    >>> c = Chunk(chunk_id="age_rows", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=5, text=text, line_spans=[(i, i) for i in range(1, 6)], line_roles=["t"] * 5)
    >>> from assistant.index.units import units_of
    >>> rows = [u for u in units_of(c) if u.kind == "row"]
    >>> [r.text for r in extreme_age_rows("skillnaden mellan de yngsta och de äldsta", rows[2])]
    ['| 7–12 år | 44 % |', '| 17–20 år | 30 % |']
    >>> extreme_age_rows("Hur stor andel bland 13–16 år?", rows[2])
    []
    """
    asked = list(lex.AGE_EXTREME_RE.finditer(question_text))
    if not asked or unit.kind != "row":
        return []
    headers = header_rows(unit)
    bands = [(b, r) for r in table_rows(unit) if r not in headers and (b := _band(r)) is not None]
    if len(bands) < 2:
        return []
    youngest = min(bands, key=lambda x: x[0])[1]
    oldest = max(bands, key=lambda x: (x[0][1], x[0][0]))[1]
    out: list[Unit] = []
    for m in asked:
        row = youngest if m.group("young") else oldest
        if all(r is not row for r in out):
            out.append(row)
    return out


def names_extreme_age(unit: Unit, question_text: str) -> bool:
    """Whether a row is the youngest or oldest band a question asks by those words (extreme_age_rows)."""
    return any(r is unit for r in extreme_age_rows(question_text, unit))
