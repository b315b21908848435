"""The reportlab pieces the PDF builders (build_report.py, build_bokslut.py, build_trygghet.py) set their
reports with: paragraphs, a table of figures with its names in bold over a rule and its figures set flush right (as
reports set statistics tables, which is what ingest.pdf must read), a numbered list and a list with glyph bullets.
Imported inside the builders' `build` so that reportlab is needed only to rebuild a PDF."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle


def report_styles() -> tuple[StyleSheet1, ParagraphStyle]:
    """reportlab's sample styles and the body text a kommun's or school's report sets, larger than reportlab's 10
    points."""
    styles = getSampleStyleSheet()
    return styles, ParagraphStyle("Body", parent=styles["Normal"], fontSize=11, leading=15)


def paragraphs(texts: list[str], style: object) -> list:
    """Each text a paragraph, with a small space after it."""
    out: list = []
    for text in texts:
        out += [Paragraph(text, style), Spacer(1, 6)]
    return out


def figure_table(rows: list[list[str]], widths: list[float]) -> Table:
    """A table whose first row names the columns (bold, a rule under it) and whose figures stand flush right."""
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    return table


def numbered(items: list[str], style: object) -> ListFlowable:
    """A list numbered 1, 2, 3 …"""
    return ListFlowable([ListItem(Paragraph(i, style)) for i in items], bulletType="1")


def bulleted(items: list[str], style: object, glyph: str = "•") -> ListFlowable:
    """A list whose items each stand after a glyph bullet ('•'), as reports set an unordered list."""
    return ListFlowable([ListItem(Paragraph(i, style)) for i in items], bulletType="bullet", start=glyph)


def captioned_table(caption: str, rows: list[list[str]], widths: list[float], style: object) -> list:
    """A table with its caption above it, kept on one page (a table split by a page break would read as two)."""
    return [KeepTogether([Paragraph(caption, style), Spacer(1, 4), figure_table(rows, widths)]), Spacer(1, 8)]
