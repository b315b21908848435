"""A report PDF whose footnotes are written '1) …' at the page foot and marked '¹' in the text (as Word and many
report templates set them): each note is a footnote tied to its mark, not an item of a numbered list that list
questions could be answered with. Fresh document (reportlab), real ingest and answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.test_own_documents import MEMO, _ingest

NOTES = ["1) Med trygg avses att eleven svarat stämmer helt eller stämmer ganska bra.",
         "2) Enkäten genomfördes av en extern leverantör i februari 2025."]


def make_survey_report(path: Path) -> Path:
    """Two paragraphs with raised marks ¹ ², a list of measures, and the notes drawn at the page's foot after the
    page's text (where a word processor writes them)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    normal = styles["Normal"]

    def foot(canvas, doc) -> None:  # noqa: ANN001 (reportlab's callback)
        canvas.setFont("Helvetica", 7)
        for k, note in enumerate(NOTES if doc.page == 1 else []):
            canvas.drawString(72, 60 - 10 * k, note)
        canvas.drawString(290, 30, f"Sida {doc.page}")

    story = [Paragraph("Trygghetsrapport 2025", styles["Title"]),
             Paragraph("1. Resultat", styles["Heading1"]),
             Paragraph("Av eleverna i Sjöviks kommun känner sig 81 procent trygga i skolan.<super>1</super> "
                       "Svarsfrekvensen var 77 procent.<super>2</super>", normal),
             Paragraph("2. Åtgärder", styles["Heading1"]),
             Paragraph("Förvaltningen föreslår följande åtgärder:", normal),
             *(Paragraph(f"{n}) {t}", normal) for n, t in enumerate(
                 ["Fler vuxna i korridorerna under rasterna.", "Trygghetsvandringar med elevrådet varje termin."],
                 start=1))]
    doc = BaseDocTemplate(str(path), pagesize=A4)
    frame = Frame(doc.leftMargin, doc.bottomMargin + 40, doc.width, doc.height - 40)
    doc.addPageTemplates([PageTemplate("sida", [frame], onPageEnd=foot)])
    doc.build(story)
    return path


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("notes"), {"trygghetsrapport-2025.pdf": make_survey_report,
                                                                     "lovskola.md": MEMO})
    assert stats.documents == 2
    return assistant


@pytest.mark.slow
def test_page_foot_notes_written_with_a_parenthesis_are_footnotes_tied_to_their_marks(bot: Assistant) -> None:
    roles = {line: role for c in bot.components.retriever.snapshot().chunks.values()
             if c.source == "trygghetsrapport-2025.pdf"
             for (line, _, _), role in zip(c.lines_with_spans(), c.line_roles, strict=True)}
    notes = {line: role for line, role in roles.items() if "Med trygg avses" in line or "extern leverantör" in line}
    assert len(notes) == 2 and set(notes.values()) == {"n"}, notes
    measures = [line for line, role in roles.items() if "Fler vuxna i korridorerna" in line]
    assert measures and roles[measures[0]].startswith("i"), roles  # a real list written '1)' stays a list


@pytest.mark.slow
def test_a_list_question_is_not_answered_with_the_notes(bot: Assistant) -> None:
    response = bot.respond({"message": "Vilka åtgärder föreslår förvaltningen i trygghetsrapporten?"})
    assert response.grounded and "Fler vuxna i korridorerna" in response.text, response.text
    assert "extern leverantör" not in response.text and "Med trygg avses" not in response.text, response.text
