"""Lists a document sets without list markup are read as lists, with the heading or intro they belong to.

Two kinds were never found as lists: items whose bullet glyph extraction lost (a Symbol-font bullet leaves one
leading space: ' Kompetensförsörjningsproblem') or that a writer set as short lines under a heading naming their
kind ('Risker', 'Framgångsfaktorer'), and enumerations run into a sentence ('… orsaker …: lärarbyten, fel klass och
…', 'för det första …, för det andra …'). Read through the real loaders (txt, docx, pdf), the chunker and the
evidence units; the answer test runs the real pipeline on a document of the tests' own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.units import list_intro, list_of, run_in_list, units_of
from ingest.chunk import chunk_document
from ingest.load import load_document

# A plan's section as a PDF's Symbol-font bullets come out of text extraction: the glyph gone, its space kept.
PLAN_TXT = (
    "Utvecklingsplan för grundskolan 2021\n\n"
    "Styrkor och svagheter med de samlade insatserna\n\n"
    "Arbetssättet ligger i linje med tidigare insatser som är framgångsrika och etablerade i organisationen.\n\n"
    "Risker\n\n"
    " Vi har många insatser planerade vilket kan förebyggas genom en klok och \n"
    "långsiktig planering.\n\n"
    " Kompetensförsörjningsproblem\n\n"
    "Erfarenhetsspridning\n\n"
    "Vi dokumenterar processer på ett systematiskt sätt och delar processbeskrivningar digitalt med alla "
    "skolor i kommunen.\n"
)

REPORT_TXT = (
    "Uppföljning av elevintervjuer\n\n"
    "Resultat\n\n"
    "Vid intervjuerna framkommer huvudsakligen skolrelaterade orsaker till varför eleverna inte lyckas med sina\n"
    "studier på högstadiet. Exempel på skolrelaterade orsaker som ungdomarna lyfter är många: lärarbyten, vara i\n"
    "fel klass, lärare som saknar pedagogiskt ledarskap och en rörig klassrumsmiljö. Flera av eleverna beskriver\n"
    "också en skolvardag där reglerna skiftar mellan lektionerna.\n"
)


def _units(path: Path) -> list:
    doc, _ = load_document(path)
    return [u for chunk in chunk_document(doc, lambda t: len(t.split())) for u in units_of(chunk)]


def _item(units: list, start: str):
    return next(u for u in units if u.text.startswith(start))


def test_glyph_lost_bullets_under_a_heading_are_one_list_under_that_heading(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN_TXT, "utf-8")
    units = _units(path)
    item = _item(units, "Kompetensförsörjningsproblem")
    assert item.is_item
    assert [u.text for u in list_of(item)] == [
        "Vi har många insatser planerade vilket kan förebyggas genom en klok och långsiktig planering.",
        "Kompetensförsörjningsproblem"]
    assert list_intro(item).text == "Risker"
    # the heading of the next section, set right over its paragraph, is no item of the list
    assert not _item(units, "Erfarenhetsspridning").is_item
    assert (list_of(item)[0].start_line, list_of(item)[0].end_line) == (9, 10)


def test_a_single_space_line_alone_stays_text(tmp_path: Path) -> None:
    """One line with one leading space is as often a page's first line: no list."""
    path = tmp_path / "plan.txt"
    path.write_text(PLAN_TXT.replace(" Kompetensförsörjningsproblem", "Kompetensförsörjningen är god."), "utf-8")
    assert not _item(_units(path), "Vi har många insatser").is_item


def _docx(path: Path, heading: str, lines: list[str], after: list[tuple[str, str]], numbered: bool = False) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Jämställdhetsplan för Ekby förskoleområde", level=1)
    document.add_heading(heading, level=2)
    for text in lines:
        paragraph = document.add_paragraph(text)  # the 'Normal' style
        if numbered:  # Word's bullet button on a Normal paragraph: numbering properties, no list style
            num_pr = OxmlElement("w:numPr")
            for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
                el = OxmlElement(tag)
                el.set(qn("w:val"), value)
                num_pr.append(el)
            paragraph._p.get_or_add_pPr().append(num_pr)
    for style, text in after:
        if style == "heading":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    document.save(str(path))


def test_short_word_paragraphs_under_a_heading_that_names_their_kind_are_its_items(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _docx(path, "Framgångsfaktorer", ["Tydligt ledarskap", "Samverkan med vårdnadshavare", "Gemensam uppföljning"],
          [("heading", "Metod"), ("p", "Vi intervjuade tolv pedagoger och sex rektorer under hösten 2025.")])
    units = _units(path)
    item = _item(units, "Samverkan med vårdnadshavare")
    assert item.is_item and list_intro(item).text == "Framgångsfaktorer"
    assert [u.text for u in list_of(item)] == ["Tydligt ledarskap", "Samverkan med vårdnadshavare",
                                               "Gemensam uppföljning"]
    assert not _item(units, "Metod").is_item


def test_short_word_paragraphs_under_another_heading_stay_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _docx(path, "Bakgrund", ["Förskolan öppnade 2019", "Barngrupperna är stora"], [])
    assert not any(u.is_item for u in _units(path))


def test_word_paragraphs_its_numbering_makes_items_are_list_items(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _docx(path, "Så arbetar vi", ["Pedagogerna observerar leken varje vecka.", "Arbetslaget följer upp i maj."],
          [], numbered=True)
    item = _item(_units(path), "Arbetslaget följer upp")
    assert item.is_item and len(list_of(item)) == 2


def test_a_pdf_line_list_under_a_kind_heading_is_a_list(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for text, size in [("Riskanalys för läxhjälpen", 16), ("", 0), ("Risker", 13), ("", 0),
                       ("För få volontärer under våren", 11), ("", 0), ("Lokalbrist på fredagar", 11), ("", 0),
                       ("Uppföljning", 13), ("", 0),
                       ("Vi följer upp läxhjälpen varje termin tillsammans med föreningen och rektorerna.", 11)]:
        if text:
            c.setFont("Helvetica", size)
            c.drawString(72, y, text)
        y -= 18
    c.save()
    units = _units(path)
    item = _item(units, "Lokalbrist på fredagar")
    assert item.is_item and list_intro(item).text == "Risker"
    assert [u.text for u in list_of(item)] == ["För få volontärer under våren", "Lokalbrist på fredagar"]


def test_a_run_in_enumeration_is_its_intro_and_items(tmp_path: Path) -> None:
    path = tmp_path / "rapport.txt"
    path.write_text(REPORT_TXT, "utf-8")
    units = _units(path)
    item = _item(units, "vara i fel klass")
    assert item.is_item
    assert [u.text for u in list_of(item)] == ["lärarbyten", "vara i fel klass", "lärare som saknar pedagogiskt "
                                               "ledarskap", "en rörig klassrumsmiljö"]
    assert list_intro(item).text == "Exempel på skolrelaterade orsaker som ungdomarna lyfter är många:"
    # the items cite the lines of their paragraph, and the sentences around them stay sentences
    assert (item.start_line, item.end_line) == (5, 8)
    assert _item(units, "Flera av eleverna").kind == "sentence"


def test_only_an_announced_series_runs_in() -> None:
    assert run_in_list("Skolan har tre mål: fler behöriga, färre avhopp och högre närvaro.") is not None
    assert run_in_list("Analysen pekar på två saker: för det första stödet och för det andra lärarbytena.") is not None
    # 'dels …, dels …' inside a statement pairs two of its clauses: the statement stays one sentence
    assert run_in_list("Huvudmännen har dels utvecklat sin uppföljning, dels vidtagit åtgärder på skolorna.") is None
    # a colon after words that name no kind, and a series with too few parts, are running text
    assert run_in_list("Mötet hölls i aulan: alla kom, drack kaffe och gick hem.") is None
    assert run_in_list("Orsakerna var två: lärarbyten och stök.") is None
    assert run_in_list("Eleverna, lärarna och rektorn deltog i mötet.") is None


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple):
    from tests.test_answer_engine import _ingest_folder

    assistant, _ = _ingest_folder(tmp_path_factory.mktemp("unmarked-lists"), corpus_components,
                                  {"plan.txt": PLAN_TXT, "rapport.txt": REPORT_TXT})
    return assistant


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_risk_question_is_answered_by_the_whole_list_cited_at_its_lines(bot) -> None:
    reply = bot.respond({"message": "Vilka risker finns med utvecklingsplanen?"})
    assert reply.grounded, reply.text
    assert "många insatser planerade" in reply.text and "Kompetensförsörjningsproblem" in reply.text, reply.text
    cited = {(c.source, c.start_line, c.end_line) for c in reply.citations}
    assert any(s == "plan.txt" and a <= 9 and b >= 12 for s, a, b in cited), cited


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_cause_list_question_is_answered_by_the_run_in_enumeration(bot) -> None:
    reply = bot.respond({"message": "Vilka skolrelaterade orsaker lyfter ungdomarna?"})
    assert reply.grounded, reply.text
    for item in ("lärarbyten", "fel klass", "pedagogiskt ledarskap", "rörig klassrumsmiljö"):
        assert item in reply.text, reply.text
