"""How a unit is quoted and cited in an answer (Written, cite_unit, _clean, table rows): shared by every writer here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.extractive.tables import header_rows, labelled_row
from assistant.index.units import Unit, drop_note_marks, quote_of, quoted_text, row_cells


@dataclass
class Written:
    text: str
    grounded: bool


def cite_unit(book: CitationBook, unit: Unit) -> int:
    return book.cite(unit.chunk, unit.start_line, unit.end_line, quote_of(unit))


def cite_units(book: CitationBook, units: Sequence[Unit]) -> int:
    """One citation spanning consecutive units of one chunk (a list, a table)."""
    first, last = min(u.start_line for u in units), max(u.end_line for u in units)
    return book.cite(units[0].chunk, first, last, "; ".join(quote_of(u) for u in units))


def table_header(unit: Unit) -> Unit | None:
    """The first row of the table `unit` is a data row of, when the table names its columns (tables.header_rows)."""
    headers = header_rows(unit)
    return headers[0] if headers and unit not in headers else None


def row_sentence(header: Unit, row: Unit) -> str:
    """A table row read with its column names, all its header rows read together (tables.labelled_row): 'Totalt |
    35 | 46 | 81' -> 'Totalt: Flickor 35, Pojkar 46, Totalt 81.'; the row as it stands when the header does not fit.

    >>> from assistant.schema import Chunk
    >>> from assistant.index.units import units_of
    >>> c = Chunk(chunk_id="doctest-row-header", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=2,
    ...           text="Kvinnor | Män\\nDeltagare | 23 | 8", line_spans=[(1, 1), (2, 2)], line_roles=["t", "t"])
    >>> row_sentence(*units_of(c))
    'Deltagare: Kvinnor 23, Män 8.'
    """
    return labelled_row(header_rows(row) or [header], row) or _clean(row)


def _clean(unit: Unit) -> str:
    """A unit as the answer's text states it: its citation keeps the lines as they are, footnote numbers too. A
    table row without column names reads as its label and figures ('Kvinnor | 23' -> 'Kvinnor: 23.')."""
    cells = [drop_note_marks(c) for c in row_cells(unit)]
    # A note after a figure runs on ('23 | Varav 15 …' -> '23, varav 15 …'); a name in a cell keeps its capital.
    rest = [c[:1].lower() + c[1:] if c[1:2].islower() and before[:1].isdigit() else c
            for before, c in zip(cells, cells[1:], strict=False) if c]
    return f"{cells[0]}: {', '.join(rest)}." if len(cells) > 1 else closed_quotes(drop_note_marks(quoted_text(unit)))


# A sentence's end after its last word: the closing quotation mark a source left out goes before it.
_SENTENCE_END_RE = re.compile(r"[.!?:;…]*\s*$")


def closed_quotes(text: str) -> str:
    """A sentence whose source opens a quotation and never closes it (vgr l.89: 'En av metoderna är ”Stöd för
    jämställdhetsanalys, handledning, SKR.', where the layout broke the title off) with the quotation closed at its
    end: an answer never shows an unclosed quotation mark (trial 37 K1). Quotes that pair are left as they are, and
    so is a mark that opens nothing (the last one not after a space: a quotation closed from an earlier sentence,
    'Alla ska med.”', or inches, '24"'; mend38).

    >>> closed_quotes("En av metoderna är ”Stöd för jämställdhetsanalys, SKR.")
    'En av metoderna är ”Stöd för jämställdhetsanalys, SKR”.'
    >>> closed_quotes('Hon kallade det "ett lyft" i rapporten.')
    'Hon kallade det "ett lyft" i rapporten.'
    >>> closed_quotes("Projektet ”Tjejer i rörelse” fortsätter.")
    'Projektet ”Tjejer i rörelse” fortsätter.'
    >>> closed_quotes("Alla ska med.”"), closed_quotes('Skärmen är 24" bred.'), closed_quotes("Hon sa “hej” till oss.")
    ('Alla ska med.”', 'Skärmen är 24" bred.', 'Hon sa “hej” till oss.')
    """
    for opening, closing in (("”", "”"), ("“", "”"), ('"', '"'), ("«", "»")):
        if opening == closing:
            last = text.rfind(opening)
            odd = text.count(opening) % 2 == 1 and (last == 0 or text[last - 1].isspace())
        else:
            odd = text.count(opening) - text.count(closing) > 0
        if odd:
            end = _SENTENCE_END_RE.search(text)
            at = end.start() if end is not None else len(text)
            text = f"{text[:at]}{closing}{text[at:]}"
    return text


def quoted_alone(unit: Unit) -> str:
    """A unit as `_clean` states it, without the number of the list it stands in ('11. Skapa tydliga rutiner …' ->
    'Skapa tydliga rutiner …'): quoted on its own, out of its list, the number says nothing (trial 32)."""
    return lex.LIST_NUMBER_RE.sub("", _clean(unit), count=1)


def _key(text: str) -> str:
    return " ".join(text.lower().split())
