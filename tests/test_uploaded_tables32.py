"""A municipality's own Word report with tables, uploaded beside the corpus (tables32): a question for one cell is
answered first by that cell, with its figure and unit, the row's label, the column and its year, citing the row's
lines, and not followed by the table's other rows. The column is found by its words less its unit ('(antal)'),
the best-fitting one when none is named in full ('slutförde' for 'Andel som slutfört 2025 (procent)'); the row by
its label. (A slash pair and a group's everyday word are tables.asked_columns' doctests; the report's Tabell 2 is
not found for 'Hur många killar antogs till yrkesvux inom bygg och anläggning?', a retrieval/scope refusal left.)"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads, word_table

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

UPLOAD = "bergsby-vuxenutbildning-jamstalldhetsanalys-2025.docx"


def _report() -> bytes:
    """A vuxenutbildning's analysis as a Word file: two tables under their captions, text before and after."""
    import docx

    d = docx.Document()
    d.add_heading("Jämställdhetsanalys av sfi och yrkesvux i Bergsby kommun 2025", level=1)
    d.add_paragraph("Vuxenutbildningen i Bergsby kommun har analyserat hur kvinnor och män deltar i och slutför "
                    "utbildningen i svenska för invandrare (sfi) åren 2024 och 2025.")
    d.add_heading("Deltagande och resultat i sfi", level=2)
    d.add_paragraph("Tabell 1. Deltagare i sfi och andel som slutfört kursen, per kön, ålder och år")
    rows = [["Grupp", "Deltagare 2024 (antal)", "Deltagare 2025 (antal)", "Andel som slutfört 2024 (procent)",
             "Andel som slutfört 2025 (procent)"],
            ["Kvinnor 20–39 år", "214", "231", "48", "52"],
            ["Män 20–39 år", "187", "176", "61", "63"],
            ["Kvinnor 40–64 år", "126", "139", "37", "41"],
            ["Män 40–64 år", "98", "104", "55", "58"],
            ["Samtliga", "625", "650", "50", "53"]]
    word_table(d, rows)
    d.add_paragraph("Kvinnor 40–64 år slutför kursen i lägst grad. Många av dem har små barn hemma och läser på "
                    "kvällstid.")
    d.add_heading("Yrkesvux", level=2)
    d.add_paragraph("Tabell 2. Antagna till yrkesvux 2025 per inriktning och kön")
    word_table(d, [["Inriktning", "Kvinnor/flickor, antal", "Män/pojkar, antal", "Andel kvinnor, %"],
               ["Vård och omsorg", "84", "12", "88"],
               ["Bygg och anläggning", "3", "46", "6"],
               ["Restaurang och livsmedel", "19", "17", "53"]])
    d.add_paragraph("Kontaktperson: Sanna Öberg, rektor för vuxenutbildningen.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The corpus and the Word report, ingested through the pipeline into one store as an upload is."""
    return corpus_with_uploads(tmp_path_factory.mktemp("tables32"), {UPLOAD: _report()})


def _lines(bot: Assistant) -> list[str]:
    from ingest.load import load_document

    doc, _ = load_document(Path(bot.settings.uploads_dir) / UPLOAD)
    return doc.lines


def _first(text: str) -> str:
    return re.split(r"\[\d+\]", text, maxsplit=1)[0]


def test_a_share_asked_of_a_group_and_year_is_that_cell_first(bot: Assistant) -> None:
    r = bot.respond({"message": "Hur stor andel av kvinnorna 40–64 år slutförde sfi-kursen 2025 i Bergsby?"})
    assert r.grounded, r.text
    first = _first(r.text)
    assert "41 %" in first and "Kvinnor 40–64 år" in first and "2025" in first, r.text
    assert "37" not in first  # not the 2024 column
    assert "Män 40–64 år" not in r.text and "Samtliga" not in r.text  # not the table's other rows
    row_line = _lines(bot).index("| Kvinnor 40–64 år | 126 | 139 | 37 | 41 |") + 1
    assert r.citations[0].start_line <= row_line <= r.citations[0].end_line


def test_a_count_column_is_named_without_its_unit_note(bot: Assistant) -> None:
    r = bot.respond({"message": "Hur många män 20–39 år deltog i sfi i Bergsby 2024?"})
    assert r.grounded, r.text
    first = _first(r.text)
    assert "187" in first and "Män 20–39 år" in first and "176" not in first, r.text
    assert "Kvinnor 20–39 år" not in r.text

