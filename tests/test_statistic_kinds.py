"""A municipality's own statistics table asked for a neighbouring statistic (session 28): 'medellön' where the table
gives 'Medianlön', 'hur många' where it gives '(procent)', a total where it gives a rate per week, the boys where it
splits by school only. Through the real ingest of a PDF (figures set flush right under names set flush left, as a
report's table is typeset), a Word file and an HTML page: every row keeps its column names and caption, the
neighbouring figure is shown as what it is ('Underlaget har inga uppgifter om …'), and the asked statistic, in the
document's words or others ('medianlön', 'i genomsnitt' for 'genomsnittlig'), is answered."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.index.units import header_rows, row_frame, table_caption, table_rows, units_of
from assistant.service import Assistant
from ingest.chunk import chunk_document
from ingest.load import load_document
from tests.test_own_documents import _ingest

INTRO = ("Uppföljning av jämställdhetsarbetet 2025 i Västerviks kommun. Tabellen visar personalens och "
         "verksamhetens nyckeltal per kön den 31 augusti 2025.")
CAPTION = "Tabell 1. Nyckeltal per kön 2025"
HEADER = ["Nyckeltal", "Kvinnor 2025", "Män 2025"]
ROWS = [["Medianlön (kronor per månad)", "33 800", "35 900"],
        ["Heltidsanställda (procent)", "77", "92"],
        ["Tillsägelser per observationsvecka (antal)", "12", "27"],
        ["Beviljade timmar hemtjänst per brukare och månad", "26,5", "30,1"]]
AFTER = "Män som bor ensamma beviljas i genomsnitt fler timmar hemtjänst än kvinnor som bor ensamma."
SCHOOL_CAPTION = "Tabell 2. Andel elever i årskurs 5 som når kravnivån i läsförståelse, per skola"
SCHOOL_HEADER = ["Skola", "Andel (%)"]
SCHOOL_ROWS = [["Ekskolan", "82"], ["Björkskolan", "74"], ["Granskolan", "69"]]


def _pdf(path: Path) -> None:
    """The report as a PDF: the names of each table's columns set flush left, its figures flush right."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
        return t

    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Jämställdhetsbokslut 2025", styles["Title"]), Paragraph(INTRO, styles["Normal"]), Spacer(1, 6),
        Paragraph(CAPTION, styles["Normal"]), Spacer(1, 4), table([HEADER, *ROWS], [230, 80, 80]), Spacer(1, 8),
        Paragraph(AFTER, styles["Normal"]), Spacer(1, 6),
        Paragraph(SCHOOL_CAPTION, styles["Normal"]), Spacer(1, 4), table([SCHOOL_HEADER, *SCHOOL_ROWS], [230, 80]),
    ])


def _docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Jämställdhetsbokslut 2025", 0)
    d.add_paragraph(INTRO)
    for caption, rows in ((CAPTION, [HEADER, *ROWS]), (SCHOOL_CAPTION, [SCHOOL_HEADER, *SCHOOL_ROWS])):
        d.add_paragraph(caption)
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        if caption == CAPTION:
            d.add_paragraph(AFTER)
    d.save(str(path))


def _html(path: Path) -> None:
    def table(rows: list[list[str]]) -> str:
        head = "".join(f"<th>{c}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    path.write_text(f"""<!doctype html><html lang="sv"><head><title>Jämställdhetsbokslut 2025</title></head><body>
<main><h1>Jämställdhetsbokslut 2025</h1><p>{INTRO}</p><p>{CAPTION}</p>{table([HEADER, *ROWS])}<p>{AFTER}</p>
<p>{SCHOOL_CAPTION}</p>{table([SCHOOL_HEADER, *SCHOOL_ROWS])}</main></body></html>""", "utf-8")


WRITERS = {"bokslut.pdf": _pdf, "bokslut.docx": _docx, "bokslut.html": _html}


@pytest.mark.parametrize("name", list(WRITERS))
def test_every_row_of_a_table_has_its_column_names_and_caption(tmp_path: Path, name: str) -> None:
    """PDF, Word and HTML alike: the header row names every row's columns and the caption stands over them, so the
    scope check reads what each figure is (a PDF table set with its figures flush right lost its header before)."""
    path = tmp_path / name
    WRITERS[name](path)
    doc, _ = load_document(path)
    units = [u for c in chunk_document(doc, lambda text: len(text.split()) * 4 // 3 + 2) for u in units_of(c)]
    for label, rows, caption in (("Medianlön", ROWS, CAPTION), ("Ekskolan", SCHOOL_ROWS, SCHOOL_CAPTION)):
        header = HEADER if rows is ROWS else SCHOOL_HEADER
        data = [u for u in units if u.kind == "row" and any(u.text.startswith(f"{r[0]} |") for r in rows)]
        assert len(data) == len(rows), [u.text for u in units]
        for row in data:
            assert [h.text for h in header_rows(row)] == [" | ".join(header)], row.text
            found = table_caption(table_rows(row))
            assert found is not None and found.text == caption
            assert row_frame(row).startswith(caption)
        assert any(label in u.text for u in data)


def test_a_pdf_tables_header_keeps_the_line_numbers_after_it(tmp_path: Path) -> None:
    """The header read as one row stands where the reader's lines for its names stood: the rows and the text after
    the table keep their line numbers (citations and eval passages of earlier ingests)."""
    path = tmp_path / "bokslut.pdf"
    _pdf(path)
    doc, _ = load_document(path)
    header = doc.lines.index("| " + " | ".join(HEADER) + " |")
    assert doc.lines[header + 1].startswith(f"| {ROWS[0][0]} |")
    caption = doc.lines.index(CAPTION)
    assert all(not line for line in doc.lines[caption + 1: header])
    assert header - caption - 1 == 1 + len(HEADER)  # a blank line, then a line a name, as pipeline 37 read it


@pytest.fixture(scope="module", params=list(WRITERS))
def bot(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("statkind"), {request.param: WRITERS[request.param]})
    assert stats.documents == 1 and not stats.skipped
    return assistant


@pytest.mark.slow
@pytest.mark.parametrize(("question", "asked", "given"), [
    ("Vad var kvinnornas medellön i Västerviks kommun 2025?", "medellön", "medianlön"),
    ("Hur många kvinnor var heltidsanställda i Västerviks kommun 2025?", "antal", "andel (procent)"),
    ("Hur många tillsägelser fick männen totalt under 2025?", "totalt", "per observationsvecka"),
])
def test_a_neighbouring_statistic_is_refused_and_shown_as_what_it_is(bot: Assistant, question: str, asked: str,
                                                                     given: str) -> None:
    response = bot.respond({"message": question})
    assert not response.grounded, response.text
    lines = response.text.split("\n")
    assert lines[0].startswith("Underlaget har inga uppgifter om"), response.text
    assert f"gäller {given}, inte {asked}" in lines[1], response.text
    assert response.citations, response.text


@pytest.mark.slow
@pytest.mark.parametrize(("question", "figure"), [
    ("Vad var kvinnornas medianlön i Västerviks kommun 2025?", "33 800"),
    ("Hur stor andel av kvinnorna var heltidsanställda i Västerviks kommun 2025?", "77"),
    ("Hur många tillsägelser per vecka fick männen 2025?", "27"),
    ("Hur många timmar hemtjänst per månad beviljades kvinnorna i genomsnitt 2025?", "26,5"),
    ("Hur stor andel av eleverna i årskurs 5 på Ekskolan når kravnivån i läsförståelse?", "82"),
])
def test_the_asked_statistic_in_the_documents_or_other_words_is_answered(bot: Assistant, question: str,
                                                                        figure: str) -> None:
    response = bot.respond({"message": question})
    assert response.grounded, response.text
    assert figure in response.text.split("\n")[0], response.text


@pytest.mark.slow
def test_a_gender_asked_of_a_table_split_by_school_only_is_refused(bot: Assistant) -> None:
    response = bot.respond({"message": "Hur stor andel av pojkarna i årskurs 5 på Ekskolan når kravnivån i "
                                       "läsförståelse?"})
    assert not response.grounded, response.text
    assert response.text.startswith("Underlaget har inga uppgifter om"), response.text
    assert "82" in response.text and "inte upp siffrorna på pojkarna" in response.text, response.text
