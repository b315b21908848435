"""A PDF table that runs on to the next page with its header row repeated there (Word's 'Upprepa rubrikrad',
reportlab's repeatRows): one table under its caption, its rows after the page break read under the same columns,
the repeat no row of figures. Fresh document, real ingest and answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.test_own_documents import MEMO, _ingest

SCHOOLS = ["Almskolan", "Björkskolan", "Ekskolan", "Granskolan", "Hasselskolan", "Lindskolan", "Lönnskolan",
           "Tallskolan", "Aspskolan", "Rönnskolan", "Vallaskolan", "Solskolan"]


def make_continued_table(path: Path) -> Path:
    """The caption and the table's first rows at the foot of page 1, the rest on page 2 under the repeated header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()

    def page_number(canvas, doc) -> None:  # noqa: ANN001 (reportlab's callback)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(290, 30, f"Sida {doc.page}")

    rows = [["Skola", "Trygga flickor", "Trygga pojkar"],
            *([name, str(61 + 2 * i), str(90 - i)] for i, name in enumerate(SCHOOLS))]
    story = [Paragraph("Trygghetsrapport 2025", styles["Title"]), Spacer(1, 560),
             Paragraph("Tabell 3. Andel trygga elever per skola 2025 (procent)", styles["Normal"]),
             Table(rows, repeatRows=1),
             Paragraph("Skillnaderna mellan skolorna är stora och ska analyseras av förvaltningen.", styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=page_number, onLaterPages=page_number)
    return path


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("table"), {"trygghetsrapport.pdf": make_continued_table,
                                                                     "lovskola.md": MEMO})
    assert stats.documents == 2
    return assistant


def test_the_header_row_repeats_after_the_page_break(tmp_path: Path) -> None:
    from ingest.load import load_document

    lines = load_document(make_continued_table(tmp_path / "t.pdf"))[0].lines
    assert lines.count("| Skola | Trygga flickor | Trygga pojkar |") == 2  # what the fix is about is still made


@pytest.mark.slow
def test_a_row_after_the_page_break_is_read_under_the_tables_columns_and_caption(bot: Assistant) -> None:
    response = bot.respond({"message": "Hur stor andel av flickorna på Vallaskolan känner sig trygga?"})
    assert response.grounded and response.text.startswith("Vallaskolan, Trygga flickor: 81 %"), response.text


@pytest.mark.slow
def test_the_whole_table_is_one_table_without_its_repeated_header(bot: Assistant) -> None:
    response = bot.respond({"message": "Vad visar tabell 3?"})
    assert response.grounded and all(name in response.text for name in SCHOOLS), response.text
    assert "Trygga flickor Trygga flickor" not in response.text, response.text
