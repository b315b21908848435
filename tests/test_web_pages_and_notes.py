"""A municipality's web page, a short PDF report and an exported meeting note through the real pipeline (trial 23,
problems 6 and 8 and its other problems): a sidebar's contact and an ordered list's numbers are kept, a page's
share and feedback widgets are not; a two-page report's running footer is furniture and its title the one it gives;
a note's tasks read as done or not, its mentions as names and its property block as no text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_document
from tests.test_own_documents import MEMO, _ingest

pytestmark = [pytest.mark.slow]

PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Likvärdig skola - Ekby kommun</title></head>
<body>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/skola">Skola</a></li></ul></nav></header>
<aside class="sidebar-left"><h2>Relaterade sidor</h2><ul><li><a href="/a">Skolval</a></li></ul></aside>
<main>
<h1>Likvärdig skola i Ekby kommun</h1>
<p>Utbildningsförvaltningen i Ekby kommun arbetar för att flickor och pojkar ska få samma stöd i skolan.</p>
<h2>Insatser 2025</h2>
<ol>
<li>Alla skolor kartlägger elevernas närvaro per kön varje termin. Ansvarig: rektor.</li>
<li>Studie- och yrkesvägledarna erbjuder pojkar i årskurs 8 extra samtal om gymnasievalet.
Ansvarig: studie- och yrkesvägledarna.</li>
<li>Lärarna får fortbildning i normkritisk undervisning under hösten.</li>
</ol>
<div class="page-share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
<div class="sv-feedback"><p>Hjälpte informationen på sidan dig?</p><button>Ja</button><button>Nej</button></div>
<p>Var sidan till hjälp?</p>
</main>
<aside class="sidebar"><h2>Kontakt</h2>
<p><strong>Per Nordin</strong><br>Utvecklingsledare, utbildningsförvaltningen<br>
Telefon: 0480-45 67 89<br>per.nordin@ekby.se</p>
<h2>Relaterade sidor</h2><ul><li><a href="/b">Gymnasieval</a></li></ul></aside>
<footer><p>Ekby kommun, 123 45 Ekby</p></footer>
</body></html>
"""


def test_a_pages_sidebar_contact_and_list_numbers_are_kept_and_its_widgets_are_not(tmp_path: Path) -> None:
    path = tmp_path / "likvardig-skola.html"
    path.write_text(PAGE, "utf-8")
    doc, _ = load_document(path)
    text = [line.strip() for line in doc.lines if line.strip()]
    assert text[0] == "# Likvärdig skola i Ekby kommun"  # the left sidebar before <main> gives no title
    assert "2. Studie- och yrkesvägledarna erbjuder pojkar i årskurs 8 extra samtal om gymnasievalet. Ansvarig: " \
           "studie- och yrkesvägledarna." in text
    assert text[-2:] == ["## Kontakt", "Per Nordin, Utvecklingsledare, utbildningsförvaltningen, Telefon: 0480-45 67 89 "
                                       "per.nordin@ekby.se"]
    for furniture in ("Dela", "Facebook", "Hjälpte", "Nej", "Var sidan", "Relaterade", "Gymnasieval", "Skolval"):
        assert not any(furniture in line for line in text), furniture


def test_an_ordered_items_number_stands_in_the_lines_its_citation_quotes(tmp_path: Path) -> None:
    """The page shows '2.' before the item, the unit says '2. …': the line a citation opens says it too."""
    from evals.answer_eval import quote_in_lines
    from ingest.load import html_shown_lines

    path = tmp_path / "likvardig-skola.html"
    path.write_text(PAGE, "utf-8")
    shown = html_shown_lines(path)
    at = next(n for n, line in enumerate(shown, 1) if "Studie- och yrkesvägledarna erbjuder" in line)
    assert shown[at - 1].startswith("2. Studie- och yrkesvägledarna"), shown[at - 1]
    quote = "2. Studie- och yrkesvägledarna erbjuder pojkar i årskurs 8 extra samtal om gymnasievalet."
    assert quote_in_lines(quote, shown, at, at + 1)
    assert not any(line.startswith("1. ") for line in shown if "Likvärdig skola" in line)  # headings get none
    minified = tmp_path / "minified.html"  # a paragraph and a whole list on one line: no number stands before it
    minified.write_text("<html><body><p>Intro</p><ol><li>Ett</li><li>Två</li></ol></body></html>", "utf-8")
    assert html_shown_lines(minified) == ["Intro Ett Två"]
    one_per_line = tmp_path / "one-per-line.html"  # the list's items one to a line, the paragraph before them
    one_per_line.write_text("<p>Intro</p><ol><li>Ett</li>\n<li>Två</li></ol>", "utf-8")
    assert html_shown_lines(one_per_line) == ["Intro Ett", "2. Två"]


def test_whom_to_contact_is_answered_by_the_pages_contact_line(tmp_path: Path) -> None:
    bot, stats, _ = _ingest(tmp_path, {"likvardig-skola.html": PAGE, "lovskola.md": MEMO})
    assert stats.documents == 2 and not stats.skipped
    response = bot.respond({"message": "Vem kan jag kontakta om likvärdig skola i Ekby kommun?"})
    assert response.grounded and "Per Nordin" in response.text, response.text
    response = bot.respond({"message": "Vem vänder jag mig till med frågor om likvärdig skola i Ekby?"})
    assert response.grounded and response.text.startswith("Per Nordin"), response.text


NOTE = """# Elevhälsoteamets möte 2025-03-04

Created by: Karin Ström
Tags: elevhälsa, Ekbyskolan
Status: Klar

Närvarande: Karin Ström (rektor), Omar Aziz (kurator), Lisa Berg (speciallärare)

## Uppgifter

- [x] Omar Aziz bokar samtal med vårdnadshavarna i årskurs 7 senast 2025-03-14
- [ ] @Lisa Berg tar fram ett stödmaterial för läsinlärning till den 1 april
- [x] Karin Ström beställer skärmar till studiehallen
- [ ] @Omar Aziz sammanställer frånvaron per kön till nästa möte
"""


def test_a_notes_tasks_read_as_done_or_not_its_mentions_as_names_and_its_properties_as_no_text(tmp_path: Path
                                                                                                 ) -> None:
    path = tmp_path / "Elevhälsoteamets möte 2025-03-04 8c1d.md"
    path.write_text(NOTE, "utf-8")
    doc, _ = load_document(path)
    assert len(doc.lines) == len(NOTE.split("\n"))  # line for line: citations open the file's own lines
    text = [line for line in doc.lines if line.strip()]
    assert "- Lisa Berg tar fram ett stödmaterial för läsinlärning till den 1 april (inte klar)" in text
    assert "- Karin Ström beställer skärmar till studiehallen (klar)" in text
    assert not any(mark in line for line in text for mark in ("[x]", "[ ]", "@", "Created by", "Tags:", "Status:"))
    assert "Närvarande: Karin Ström (rektor), Omar Aziz (kurator), Lisa Berg (speciallärare)" in text


def test_a_notes_done_and_open_tasks_are_told_apart(tmp_path: Path) -> None:
    bot, _, _ = _ingest(tmp_path, {"Elevhälsoteamets möte 2025-03-04 8c1d.md": NOTE, "lovskola.md": MEMO})
    done = bot.respond({"message": "Vilka uppgifter från elevhälsoteamets möte är klara?"}).text
    assert "skärmar" in done and "bokar samtal" in done, done
    assert "stödmaterial" not in done and "sammanställer frånvaron" not in done, done
    left = bot.respond({"message": "Vilka uppgifter från elevhälsoteamets möte är inte klara än?"}).text
    assert "stödmaterial" in left and "sammanställer frånvaron" in left, left
    assert "skärmar" not in left and "bokar samtal" not in left, left


def make_short_report(path: Path, title: str | None = "Uppföljning av fritidsgårdarna 2024") -> Path:
    """A two-page report whose footer is drawn before each page's body (reportlab's onPage), so the footer is the
    first text of each page, with a metadata title (or none) and numbered headings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()

    def footer(canvas, doc) -> None:  # noqa: ANN001 (reportlab's callback)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 24, "Ekby kommun, fritidsförvaltningen")
        canvas.drawRightString(A4[0] - 40, 24, f"Sida {doc.page}")

    story = [
        Paragraph("Uppföljning av fritidsgårdarna 2024", styles["Title"]),
        Paragraph("1 Inledning", styles["Heading2"]),
        Paragraph("Rapporten följer upp hur flickor och pojkar använder kommunens fritidsgårdar.", styles["Normal"]),
        Paragraph("2 Resultat", styles["Heading2"]),
        Paragraph("2.1 Besökare", styles["Heading3"]),
        Paragraph("Av besökarna på fritidsgårdarna 2024 var 71 procent pojkar och 29 procent flickor.",
                  styles["Normal"]),
        PageBreak(),
        Paragraph("2.2 Aktiviteter", styles["Heading3"]),
        Paragraph("Tjejkvällarna på Ekbacka lockade i snitt 24 deltagare per kväll under hösten.", styles["Normal"]),
        Paragraph("3 Fortsatt arbete", styles["Heading2"]),
        Paragraph("Förvaltningen utökar tjejkvällarna till alla tre fritidsgårdar under 2025.", styles["Normal"]),
    ]
    kwargs = {"title": title} if title else {}
    SimpleDocTemplate(str(path), pagesize=A4, **kwargs).build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def test_a_two_page_reports_footer_is_furniture_and_its_title_is_its_own(tmp_path: Path) -> None:
    bot, stats, folder = _ingest(tmp_path, {"fritidsgardar.pdf": make_short_report, "lovskola.md": MEMO})
    assert stats.documents == 2 and not stats.skipped
    chunks = [c for c in bot.components.retriever.snapshot().chunks.values() if c.source == "fritidsgardar.pdf"]
    assert chunks and {c.title for c in chunks} == {"Uppföljning av fritidsgårdarna 2024"}
    assert not any("Sida" in c.text or "Ekby kommun, fritidsförvaltningen" in c.text for c in chunks)
    # Without a metadata title, the first top heading is the title, not the footer drawn above it.
    untitled = make_short_report(tmp_path / "utan-titel.pdf", title=None)
    assert load_document(untitled)[0].title == "Uppföljning av fritidsgårdarna 2024"
    response = bot.respond({"message": "Vad står det i avsnitt 2.2 i uppföljningen av fritidsgårdarna?"})
    assert response.grounded and "Tjejkvällarna" in response.text.split("[1]")[0], response.text
