"""A PDF's paragraphs and headings come from its layout (ingest.pdf): extracted PDF text has no blank lines, so a
page was one paragraph whose every sentence cited the whole page, and '§ 14 …' headings ran into the text (trial 18,
problem 2)."""

from __future__ import annotations

from pathlib import Path

from assistant.index.units import units_of
from ingest.chunk import chunk_document
from ingest.load import load_document
from tests.pdf_docs import make_bold_protocol, make_protocol, make_report, make_table_report


def _chunks(path: Path):
    doc, _ = load_document(path)
    return doc, chunk_document(doc, lambda text: len(text.split()))


def _section_of(unit) -> str:
    """The heading a unit stands under: the nearest heading line above it in its chunk, unless that is one of the
    chunk's own headings (the last of which then heads it)."""
    above = [u.text for u in units_of(unit.chunk)[: unit.seq] if u.kind == "label"]
    return above[-1] if above and above[-1] not in unit.chunk.heading_path else unit.chunk.heading_path[-1]


def test_a_protocols_paragraphs_are_headed_by_their_section(tmp_path: Path) -> None:
    doc, chunks = _chunks(make_protocol(tmp_path / "protokoll.pdf"))
    assert doc.title == "Barn- och utbildningsnämnden, protokoll 2025-03-12"  # the wrapped title keeps its date
    units = [u for c in chunks for u in units_of(c)]
    decision = next(u for u in units if u.text.startswith("Beslut: Nämnden beslutar att ge förvaltningen"))
    assert _section_of(decision).startswith("§ 14 Jämställdhetsanalys")
    # The decision cites its own paragraph's lines: not the lines of § 14's figures above it, nor the page.
    lines = doc.lines[decision.start_line - 1: decision.end_line]
    assert lines[0].startswith("Beslut: Nämnden beslutar") and "yrkesprogram" not in " ".join(lines)
    assert decision.end_line - decision.start_line <= 2
    last = next(u for u in units if u.text.startswith("Beslut: Nämnden lägger"))
    assert _section_of(last) == "§ 16 Delegationsbeslut"


def test_a_reports_headings_lists_and_unspaced_paragraphs(tmp_path: Path) -> None:
    doc, chunks = _chunks(make_report(tmp_path / "rapport.pdf"))
    units = [u for c in chunks for u in units_of(c)]
    items = [u.text for u in units if u.kind == "item"]
    assert items == ["Fördela träningstider lika mellan flickors och pojkars lag.",
                     "Erbjud prova-på-aktiviteter för flickor under sommarlovet, med särskilt fokus på de idrotter "
                     "där flickor är få.",
                     "Följ upp föreningsbidragen per kön varje år."]
    # A paragraph set right under another (no gap) still starts its own lines: its last line stops short.
    basis = next(u for u in units if u.text.startswith("Uppföljningen bygger på"))
    assert basis.start_line == basis.end_line and doc.lines[basis.start_line - 1].startswith("Uppföljningen")
    assert _section_of(next(u for u in units if "38 till 41" in u.text)) == "2.1 Föreningslivet"
    assert _section_of(next(u for u in units if "28 procent" in u.text)) == "2.2 Fritidsgårdarna"
    assert not any(u.text.strip() in ("1", "2") for u in units)  # page numbers stay page furniture


def test_a_page_whose_layout_cannot_be_read_keeps_its_text() -> None:
    """A malformed text matrix costs the layout, never the text (the file was read before the layout was)."""
    from ingest.pdf import layout_text, page_lines

    class Page:
        # pypdf's page, as far as the reader uses it
        def extract_text(self, visitor_text, visitor_operand_before=None):  # noqa: ANN001, ANN202
            visitor_text("Rubrik\n", [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 72, 800], {"/BaseFont": "/Helvetica"}, 12)
            visitor_text("Text som löper vidare.", None, [1, 0, 0, 1, 72, 780], {}, 12)
            return "Rubrik\nText som löper vidare."

    text, lines = page_lines(Page())
    assert text == "Rubrik\nText som löper vidare." and all(line.y is None for line in lines)
    assert layout_text([lines]) == (["Rubrik", "Text som löper vidare.", ""], [])


def test_a_bold_sub_heading_stays_under_its_protocol_paragraph(tmp_path: Path) -> None:
    """'Ärendebeskrivning' and 'Beslut' set in the same bold body type as '§ 14 …' are the paragraph's parts, not
    its peers: the decision under 'Beslut' answers a question naming § 14, not § 13's or § 15's."""
    from assistant.grounding.question import analyse
    from assistant.grounding.selection.matches import label_match

    doc, chunks = _chunks(make_bold_protocol(tmp_path / "protokoll.pdf"))
    assert "## Beslut" in doc.lines  # a heading of its own, as the template sets it
    units = [u for c in chunks for u in units_of(c)]
    decision = next(u for u in units if u.text.startswith("Nämnden beslutar att ge förvaltningen"))
    question = analyse("Vad beslutade nämnden i § 14?")
    assert label_match(decision, question) is True
    other = next(u for u in units if u.text.startswith("Nämnden godkänner den ekonomiska"))
    assert label_match(other, question) is False
    # Each chunk of its own (large chunks keep the headings in the path): the sub-heading nests under '§ 14 …'.
    alone = chunk_document(doc, lambda text: 10 * len(text.split()))
    path = next(c.heading_path for c in alone if "nya riktlinjer" in c.text)
    assert path[-2:] == ["§ 14 Jämställdhetsanalys av föreningsbidragen", "Beslut"], path


def test_a_bold_caption_and_header_row_are_no_heading(tmp_path: Path) -> None:
    """A bold caption right above a bold header row is the caption, and the row ('Kön 2023 2024') no heading."""
    doc, _ = load_document(make_table_report(tmp_path / "tabell.pdf"))
    headings = [line for line in doc.lines if line.startswith("#")]
    assert headings == ["# Tabell 1. Meritvärde per kön"], headings
    assert "Kön 2023 2024" in doc.lines
