"""A Word document as a municipality circulates it for review: tracked changes, a comment and a running
header/footer (python-docx makes them; the tracked change as Word writes it). The text reads as it does with the
changes accepted, a comment is no body text, the header is not the title. Fresh document, real ingest and answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.test_own_documents import MEMO, _ingest

HEADER = "Granskningsversion – Sjöviks kommun, Kultur- och fritidsförvaltningen"
COMMENT = "Stämmer detta? Jag trodde att Ali Yusuf skulle ansvara."


def _revision(paragraph, tag: str, text: str, rid: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    change = OxmlElement(f"w:{tag}")
    for key, value in (("w:id", rid), ("w:author", "Eva Lind"), ("w:date", "2025-05-02T10:00:00Z")):
        change.set(qn(key), value)
    run, word = OxmlElement("w:r"), OxmlElement("w:delText" if tag == "del" else "w:t")
    word.set(qn("xml:space"), "preserve")
    word.text = text
    run.append(word)
    change.append(run)
    paragraph._p.append(change)


def _write_plan(path: Path) -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = "Dnr KFN 2025/41 | Sida 1"
    document.add_heading("Handlingsplan för jämställd fritid 2025–2026", 1)
    changed = document.add_paragraph()
    changed.add_run("Fritidsgården Kometen ska erbjuda tjejkvällar ")
    _revision(changed, "del", "varannan vecka", "1")
    _revision(changed, "ins", "varje torsdag", "2")
    changed.add_run(" från och med september 2025.")
    owner = document.add_paragraph("Ansvarig för tjejkvällarna är fritidsledare Mona Berg.")
    document.add_comment(owner.runs, text=COMMENT, author="Per Ek", initials="PE")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Aktivitet", "Budget"
    table.cell(1, 0).text = "Tjejkvällar"
    _revision(table.cell(1, 1).paragraphs[0], "del", "30 000 kronor", "3")
    _revision(table.cell(1, 1).paragraphs[0], "ins", "45 000 kronor", "4")
    document.add_heading("Uppföljning", 2)
    document.add_paragraph("Besöksstatistiken följs upp varje kvartal och redovisas för nämnden i december.")
    document.save(str(path))


def test_a_word_document_reads_as_its_tracked_changes_accepted(tmp_path: Path) -> None:
    from ingest.load import load_document

    path = tmp_path / "handlingsplan-fritid.docx"
    _write_plan(path)
    doc, _ = load_document(path)
    text = "\n".join(doc.lines)
    assert "tjejkvällar varje torsdag från och med september 2025" in text
    assert "varannan vecka" not in text and "30 000" not in text and "45 000 kronor" in text
    assert "Ali Yusuf" not in text and "Granskningsversion" not in text and "Sida 1" not in text
    assert doc.title == "Handlingsplan för jämställd fritid 2025–2026"


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("docx")
    assistant, stats, _ = _ingest(folder, {"handlingsplan-fritid.docx": _write_plan, "lovskola.md": MEMO})
    assert stats.documents == 2
    return assistant


@pytest.mark.slow
def test_a_question_is_answered_from_the_accepted_text_not_the_comment(bot: Assistant) -> None:
    response = bot.respond({"message": "Hur ofta ska Kometen ha tjejkvällar?"})
    assert response.grounded and "varje torsdag" in response.text, response.text
    response = bot.respond({"message": "Vem ansvarar för tjejkvällarna på Kometen?"})
    assert response.grounded and "Mona Berg" in response.text and "Ali Yusuf" not in response.text, response.text
    response = bot.respond({"message": "Vad är budgeten för tjejkvällarna?"})
    assert response.grounded and "45 000" in response.text and "30 000" not in response.text, response.text
