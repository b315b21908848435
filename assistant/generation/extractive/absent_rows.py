"""The refusal for a table row the question asks for and the table does not have (grounding.scope.absent_rows):
that the asked thing is not among the rows, and which rows the table has, cited, so the asker can pick one (trial 30
H11: 'Sjuksköterskor finns inte med; Tabell 1 har undersköterska, förskollärare, …')."""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.citations import CitationBook, markers
from assistant.generation.wording import listed
from assistant.grounding.scope.absent_rows import AbsentRow
from assistant.index.units import quote_of


def table_called(gap: AbsentRow) -> str:
    """What the refusal calls the table: its number as the caption gives it ('Tabell 1'), else its caption quoted,
    else 'tabellen'."""
    m = lex.TABLE_CAPTION_RE.match(gap.caption)
    if m:
        return m.group(0).rstrip(".:")
    return f"tabellen ”{gap.caption}”" if gap.caption else "tabellen"


def absent_row_lines(gap: AbsentRow, book: CitationBook, where_found: str) -> list[str]:
    """The refusal's lines: what is missing and the rows there are (the table cited whole), then where such figures
    are usually found."""
    rows = gap.rows
    first, last = min(u.start_line for u in rows), max(u.end_line for u in rows)
    n = book.cite(rows[0].chunk, first, last, "; ".join(quote_of(u) for u in rows))
    called = table_called(gap)
    said = lex.ABSENT_ROW.format(asked=gap.asked, table=called[:1].upper() + called[1:], labels=listed(gap.labels))
    return [re.sub(r"\s+", " ", f"{said}{markers([n])}"), f"Sådana uppgifter finns oftast i {where_found}."]
