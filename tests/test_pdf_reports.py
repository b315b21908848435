"""A municipality's PDF follow-up report is answerable (trial 19, problems 1 and 7): a table the PDF reader gives a
cell a line becomes rows under their column names, also after a page break that repeats the header row; a running
footer with the page number is page furniture that neither heads a section nor splits a list; superscript footnote
marks stay out of quotes, and the notes of a 'Fotnoter' section answer what only they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.units import header_rows, list_of, quote_of, row_frame, units_of
from assistant.service import Assistant
from ingest.chunk import chunk_document
from ingest.clean import drop_page_furniture
from ingest.load import load_document
from tests.pdf_docs import KEY_FIGURES, make_followup_report
from tests.test_own_documents import MEMO, _ingest


def _units(path: Path, max_tokens: int = 420):
    doc, _ = load_document(path)
    chunks = chunk_document(doc, lambda text: len(text.split()) * 4 // 3 + 2, max_tokens, min(180, max_tokens))
    return doc, chunks, [u for c in chunks for u in units_of(c)]


def test_a_pdf_tables_rows_keep_their_column_names_over_page_and_chunk_breaks(tmp_path: Path) -> None:
    doc, chunks, units = _units(make_followup_report(tmp_path / "uppfoljning.pdf"), max_tokens=160)
    # One line a row, cells apart, equal neighbouring cells both kept.
    assert "| Sjukfrånvaro (%) | 8,9 | 5,1 | 9,4 | 4,8 |" in doc.lines
    assert "| Andel med löneskillnad förklarad (%) | 91 | 91 | 94 | 94 |" in doc.lines
    rows = [u for u in units if u.kind == "row" and "Nyckeltal" not in u.text]
    assert len(rows) == len(KEY_FIGURES)
    assert len({u.chunk.chunk_id for u in rows}) >= 3  # the table is split over chunks and pages
    for row in rows:  # each row, in whichever chunk or page, under its own column names
        assert [h.text for h in header_rows(row)] == ["Nyckeltal | Kvinnor 2023 | Män 2023 | Kvinnor 2024 | Män 2024"]


def test_a_pdf_tables_header_over_an_empty_top_left_cell_names_the_columns(tmp_path: Path) -> None:
    """A statistics table leaves its header row's first cell empty, so that row has one piece fewer than the rows
    under it: it is still their header, on each page, written as the Word reader writes it ('|  | Kvinnor 2023 |')."""
    doc, _, units = _units(make_followup_report(tmp_path / "uppfoljning.pdf", corner=""), max_tokens=160)
    assert "|  | Kvinnor 2023 | Män 2023 | Kvinnor 2024 | Män 2024 |" in doc.lines
    assert "Kvinnor 2023" not in doc.lines  # not a loose line of its own
    rows = [u for u in units if u.kind == "row" and "Kvinnor 2023" not in u.text]
    assert len(rows) == len(KEY_FIGURES)
    for row in rows:
        assert [h.text for h in header_rows(row)] == ["| Kvinnor 2023 | Män 2023 | Kvinnor 2024 | Män 2024"]


def test_a_lone_piece_over_a_two_column_layout_is_no_header(tmp_path: Path) -> None:
    """A protocol's label-and-value layout wraps a value onto a line of its own in the second column: that piece is
    the value above it continued, not the header of the row below it, which stays text as a lone row does."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    path = tmp_path / "protokoll.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(
        [["Beslutande", "Anna Berg (S), ordförande"], ["", "Johan Nilsson (M)"], ["Övriga", "Erik Dahl"]],
        colWidths=[120, 240])])
    doc, _ = load_document(path)
    assert not any("|" in line for line in doc.lines), doc.lines


def test_a_running_footer_with_the_page_number_neither_heads_nor_splits(tmp_path: Path) -> None:
    doc, chunks, units = _units(make_followup_report(tmp_path / "uppfoljning.pdf"))
    assert not any("sida" in u.text for u in units)
    assert not any("sida" in h for c in chunks for h in c.heading_path)
    assert "# 3. Åtgärder 2025" in doc.lines  # a numbered heading with a year is a heading, not a row of figures
    first = next(u for u in units if u.text.startswith("1. Heltidsarbetet"))
    items = list_of(first)
    assert [u.text[:2] for u in items] == ["1.", "a.", "b.", "2.", "a.", "b.", "c.", "3.", "4."]
    assert [u.depth for u in items] == [1, 2, 2, 1, 2, 2, 2, 1, 1]
    assert items[-2].text.endswith("ska användas på alla arbetsplatser.")  # the wrapped item, without its mark


def test_a_footer_that_numbers_the_pages_is_dropped_on_each_of_three_pages() -> None:
    """Compared with its digits made alike, and with the document's end as the last page's boundary."""
    lines, breaks, text = [], [], []
    for page in range(1, 4):
        breaks.append(len(lines) + 1)
        body = [f"Stycke {k} på sida {page} är ett helt stycke." for k in range(1, 7)]
        lines += [*body, "", f"Lunda kommun – Årsrapport 2024 – sida {page}"]
        text += body
    kept = drop_page_furniture(lines, breaks[1:])
    assert [k for k in kept if k and k.strip()] == text


def test_footnote_marks_stay_out_of_quotes_and_the_notes_are_notes(tmp_path: Path) -> None:
    doc, _, units = _units(make_followup_report(tmp_path / "uppfoljning.pdf"))
    assert any("53 procent 2024.¹ Sjukfrånvaron" in line for line in doc.lines)  # raised, not '2024.1'
    share = next(u for u in units if u.text.startswith("Andelen kvinnor bland chefer"))
    assert quote_of(share) == "Andelen kvinnor bland chefer ökade från 48 procent 2023 till 53 procent 2024."
    notes = [u for u in units if u.role == "note"]
    assert [u.text for u in notes][:2] == ["Med chef avses den som har personalansvar.", "Biträdande chefer räknas inte."]
    assert {u.start_line for u in notes} == {70, 71, 72}


def test_only_a_raised_small_number_is_a_footnote_mark_never_a_decimal_figure(tmp_path: Path) -> None:
    """A smaller figure on the line's baseline is text, and so is a decimal figure ('8,9') even when set raised:
    only a note's number set both smaller and raised reads as a mark."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    normal = getSampleStyleSheet()["Normal"]
    path = tmp_path / "marks.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(text, normal) for text in (
        "Sjukfrånvaron i omsorgen var i procent:<font size=7>8,9</font> Den var lägre 2023.",
        "Andelen män bland chefer var 47 procent 2024.<font size=7>2</font> Den minskade.",
        "Andelen kvinnor bland chefer var 53 procent 2024.<super>8,9</super> Den ökade.",
        "Andelen kvinnor var 41 procent 2024.<super>2</super> Den ökade.")])
    doc, _ = load_document(path)
    lines = [line for line in doc.lines if line.strip()]
    assert lines == ["Sjukfrånvaron i omsorgen var i procent:8,9 Den var lägre 2023.",
                     "Andelen män bland chefer var 47 procent 2024.2 Den minskade.",
                     "Andelen kvinnor bland chefer var 53 procent 2024.8,9 Den ökade.",
                     "Andelen kvinnor var 41 procent 2024.² Den ökade."]


def test_a_numbered_list_drawn_apart_from_its_numbers_is_a_list_not_a_table(tmp_path: Path) -> None:
    """A list whose numbers are drawn apart from the text on the same baseline reads as items, not as table rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    normal = getSampleStyleSheet()["Normal"]
    path = tmp_path / "lista.pdf"
    items = ("Fördela träningstiderna lika.", "Erbjud prova-på-aktiviteter.", "Följ upp bidragen varje år.")
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Förvaltningen föreslår:", normal),
         ListFlowable([ListItem(Paragraph(t, normal)) for t in items], bulletType="1")])
    _, _, units = _units(path)
    assert [(u.kind, u.text) for u in units if u.kind != "label"] == \
        [("item", f"{i}. {t}") for i, t in enumerate(items, 1)]


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("pdf-report"), {
        "uppfoljning-2024.pdf": make_followup_report, "lovskola.md": MEMO})
    assert stats.documents == 2 and not stats.skipped
    return assistant


@pytest.fixture(scope="module")
def corner_bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The follow-up report with its table's top-left cell left empty, as statistics tables set it."""
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("pdf-corner"), {
        "uppfoljning-2024.pdf": lambda path: make_followup_report(path, corner="")})
    assert stats.documents == 1
    return assistant


def _answer(bot: Assistant, question: str):
    response = bot.respond({"message": question})
    assert response.grounded, (question, response.text)
    return response


@pytest.mark.slow
@pytest.mark.parametrize(("question", "figure", "row"), [
    ("Hur stor andel av kvinnorna upplevde rimlig arbetsbelastning 2024?", "Kvinnor 2024: 54 %",
     "Andel som upplever rimlig arbetsbelastning"),
    ("Hur stor var sjukfrånvaron bland kvinnor 2024 i Lunda kommun?", "Kvinnor 2024: 9,4 %", "Sjukfrånvaro (%)"),
    ("Hur stor andel av männen hade flexibel arbetstid 2024?", "Män 2024: 53 %", "Andel med flexibel arbetstid"),
])
def test_a_figure_of_a_pdf_table_is_given_under_its_column_name(bot: Assistant, question: str, figure: str,
                                                                 row: str) -> None:
    response = _answer(bot, question)
    first = response.text.split("\n")[0]
    assert figure in first and row in first, response.text
    assert row in response.citations[0].quote


@pytest.mark.slow
def test_a_figure_under_a_header_with_an_empty_top_left_cell_is_given_under_its_column_name(
        corner_bot: Assistant) -> None:
    response = _answer(corner_bot, "Hur stor andel av kvinnorna upplevde rimlig arbetsbelastning 2024?")
    first = response.text.split("\n")[0]
    assert "Kvinnor 2024: 54 %" in first and "Andel som upplever rimlig arbetsbelastning" in first, response.text


@pytest.mark.slow
def test_a_whole_pdf_table_row_asked_for_both_years_gives_every_cell_with_its_name(bot: Assistant) -> None:
    text = _answer(bot, "Hur stor var sjukfrånvaron för kvinnor och män 2023 och 2024?").text
    assert "Kvinnor 2023 8,9, Män 2023 5,1, Kvinnor 2024 9,4, Män 2024 4,8" in text


@pytest.mark.slow
def test_a_list_over_a_page_break_is_answered_whole(bot: Assistant) -> None:
    text = _answer(bot, "Vilka åtgärder har kommunstyrelsen beslutat för 2025?").text
    for item in ("1. Heltidsarbetet", "b. Delade turer", "2. Chefsförsörjningen", "c. Avgångssamtal",
                 "3. Arbetsmiljöverkets", "4. Jämställdhetsutbildning"):
        assert item in text, text
    assert "sida" not in text


@pytest.mark.slow
def test_a_note_answers_what_only_it_says_and_gives_way_elsewhere(bot: Assistant) -> None:
    response = _answer(bot, "Hur hög var svarsfrekvensen i medarbetarenkäten 2024?")
    assert response.text.startswith("Svarsfrekvensen i medarbetarenkäten 2024 var 78 procent"), response.text
    assert response.citations[0].start_line == 71
    assert _answer(bot, "Vad menas med chef?").text.startswith("Med chef avses den som har personalansvar.")
    # A question the text itself answers is not led by the note that glosses it.
    text = _answer(bot, "Hur stor var andelen kvinnor bland chefer 2024?").text
    assert text.startswith("Andelen kvinnor bland chefer"), text


def test_a_reports_table_with_figures_set_flush_right_keeps_its_header_and_caption() -> None:
    """The eval's Älvmora report (evals/extra_docs, built by build_report.py) sets its column names flush left and its
    figures flush right: each row of both tables is read under its header row and caption (pipeline 37 read the names
    as loose lines, and 'Medianlön (kronor per månad) | 34 900 | …' lost 'Kvinnor 2025'), and the rows stay on the
    lines they stood on before."""
    path = Path(__file__).resolve().parents[1] / "evals" / "extra_docs" / "alvmora-delarsrapport-2025-jamstalldhet.pdf"
    doc, _, units = _units(path)
    assert doc.lines[35] == "| Tillsvidareanställda (antal) | 1 846 | 512 | 1 821 | 498 |"
    assert doc.lines[63] == "| Beviljade timmar hemtjänst per brukare och månad | 27,5 | 31,2 |"
    rows = [u for u in units if u.kind == "row"]
    assert len(rows) == 11
    for row in rows:
        headers = header_rows(row)
        assert headers and headers[0].text in ("Nyckeltal | Kvinnor 2025 | Män 2025 | Kvinnor 2024 | Män 2024",
                                               "Verksamhet och mått | Kvinnor/flickor | Män/pojkar"), row.text
        assert row_frame(row).startswith("Tabell "), row.text
