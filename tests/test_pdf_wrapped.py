"""A Word-made municipal report as a PDF: a table whose header cells wrap over two lines, numbered measures whose
first line ends on a capitalised name, and a running header and footer on each page (fresh document, built with
reportlab)."""

from __future__ import annotations

from pathlib import Path

from assistant.index.units import header_rows, units_of
from ingest.chunk import chunk_document
from ingest.load import load_document

MEASURES = [
    "1. Läxhjälp i stadsbiblioteket varje tisdag och torsdag för eleverna i årskurs 6 och 7. Ansvarig: "
    "bibliotekarie Maja",
    "Nord.",
    "2. Samtalsgrupper för vårdnadshavare en gång i månaden i skolans matsal. Ansvarig: specialpedagog Omar",
    "Lind.",
    "3. En uppföljande enkät om arbetsro i februari 2026. Ansvarig: rektor.",
]


def _make(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["Normal"]

    def furniture(canvas, doc) -> None:  # a running header and footer, as Word draws them on each page
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 815, "Tallbackens skola – Skolenkät 2025")
        canvas.drawString(480, 815, "Dnr UN 2025/17")
        canvas.drawString(40, 24, "Sjöviks kommun")
        canvas.drawString(500, 24, f"Sida {doc.page} av 1")

    header = [["Årskurs", "Trygghet\nflickor", "Trygghet\npojkar", "Arbetsro\nflickor", "Arbetsro\npojkar"]]
    rows = [["Åk 6", "81", "86", "70", "62"], ["Åk 7", "77", "84", "66", "59"], ["Åk 8", "73", "83", "61", "57"]]
    table = Table(header + rows, colWidths=[70, 62, 62, 62, 62])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story = [Paragraph("Skolenkät 2025 – Tallbackens skola", styles["Title"]),
             Paragraph("Tabell 2. Andel elever som instämmer (procent), per årskurs och kön", body), Spacer(1, 6),
             table, Spacer(1, 12), Paragraph("Åtgärder", styles["Heading2"]),
             Paragraph("Skolan har beslutat om följande åtgärder:", body), Spacer(1, 6)]
    # each measure drawn as Word wraps it: its last word alone on the next line
    for line in MEASURES:
        story.append(Paragraph(line, body))
        if line.endswith("."):
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def _units(path: Path):
    doc, _ = load_document(path)
    chunks = chunk_document(doc, lambda text: len(text.split()) * 4 // 3 + 2, 420, 180)
    return doc, [u for c in chunks for u in units_of(c)]


def test_a_table_header_wrapped_over_two_lines_names_each_column(tmp_path: Path) -> None:
    doc, units = _units(_make(tmp_path / "skolenkat.pdf"))
    assert "| Årskurs | Trygghet flickor | Trygghet pojkar | Arbetsro flickor | Arbetsro pojkar |" in doc.lines
    row = next(u for u in units if u.kind == "row" and "Åk 7" in u.text)
    assert [h.text for h in header_rows(row)] == ["Årskurs | Trygghet flickor | Trygghet pojkar | Arbetsro flickor"
                                                  " | Arbetsro pojkar"]


def test_running_header_and_footer_are_no_table_row_and_not_the_title(tmp_path: Path) -> None:
    doc, _ = _units(_make(tmp_path / "skolenkat.pdf"))
    assert not any(line.startswith("|") and "Dnr UN" in line for line in doc.lines)
    assert "Dnr" not in doc.title and "|" not in doc.title


def test_a_numbered_measure_whose_line_ends_on_a_name_is_an_item_not_a_heading(tmp_path: Path) -> None:
    _, units = _units(_make(tmp_path / "skolenkat.pdf"))
    items = [u.text for u in units if u.is_item]
    assert any(t.startswith("2. Samtalsgrupper") and t.endswith("specialpedagog Omar Lind.") for t in items)
    assert any(t.startswith("1. Läxhjälp") and t.endswith("Maja Nord.") for t in items)
    assert any(t.startswith("3. En uppföljande enkät") for t in items)
    assert not any(u.chunk.heading_path and "Omar" in " ".join(u.chunk.heading_path) for u in units)
