"""The passage that answers is quoted (quoted36).

- A PDF report's numbered measures whose first item has its own lines set apart by a blank line ('1. …', '',
  'Ansvarig: … Kostnad:', '85 000 kronor.', '2. …') are one list of items, not one item and a paragraph.
- A table row is named by the documents' words for a question's everyday words ('tjejer från sexan': 'Årskurs 6')
  and by the grades of a school stage ('högstadiet': 'Flickor 7–9'); 'andel av alla som svarade' names the total row.
- 'Vad räknas som X …?' asks what X means; 'vanlig verksamhet' is searched as 'ordinarie verksamhet'.

Built on real ingest segmentation, question analysis and units (no corpus, no embeddings), and on the committed
extra documents' text.
"""

from __future__ import annotations

from assistant.grounding.question import analyse, search_text
from assistant.grounding.selection import names_row
from assistant.index.units import units_of
from assistant.schema import Chunk
from evals.answer_eval import EXTRA_DOCS_DIR
from ingest.clean import segment
from ingest.load import load_document

MEASURES = ["Nämnden beslutade om följande åtgärder:", "", "1. Alla handläggare går en utbildning.", "",
            "Ansvarig: enhetschefen. Klart senast den 30 april 2026. Kostnad:", "85 000 kronor.",
            "2. En checklista förs in i mallen. Ansvarig:", "kvalitetsutvecklaren. Klart senast den 31 mars 2026.",
            "3. Informationen skrivs om. Ansvarig: kommunikatören.", ""]


def test_item_lines_set_apart_by_a_blank_line_stay_with_their_item_and_the_list_goes_on() -> None:
    blocks = segment(MEASURES)
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "list_item", "list_item"]
    assert blocks[1].text.endswith("Kostnad: 85 000 kronor.") and (blocks[1].start_line, blocks[1].end_line) == (3, 6)
    assert blocks[2].text.startswith("2. En checklista") and blocks[3].text.startswith("3. Informationen")


def test_a_paragraph_after_a_list_that_does_not_go_on_stays_a_paragraph() -> None:
    lines = [*MEASURES[:6], "Åtgärderna ryms i budgeten. Nästa år görs en ny analys.", ""]
    blocks = segment(lines)
    assert [b.kind for b in blocks][-1] == "paragraph"
    assert blocks[-1].text.startswith("Ansvarig: enhetschefen")


def test_the_pdf_reports_measures_are_whole_lists() -> None:
    for name, count in (("granlida-hemtjanst-jamstalldhetsanalys-2025.pdf", 5),
                        ("vintrosa-elevhalsa-arsrapport-2025.pdf", 6),
                        ("sorbyholm-trygghetsundersokning-2025.pdf", 6)):
        doc, _ = load_document(EXTRA_DOCS_DIR / name)
        blocks = segment(doc.lines, doc.page_breaks)
        numbered = [b for b in blocks if b.kind == "list_item" and b.numbering.isdigit()
                    and "Ansvarig" in b.text]
        assert [b.numbering for b in numbered][-count:] == [str(i) for i in range(1, count + 1)], name


def _row(label: str) -> object:
    chunk = Chunk(chunk_id=f"t-{label}", source="rapport.md", title="Rapport", doc_type="övrigt",
                  heading_path=["Rapport"], start_line=1, end_line=2,
                  text=f"| Andel otrygga (procent) | Flickor | Pojkar |\n| {label} | 9 | 11 |",
                  line_spans=[(1, 1), (2, 2)],
                  line_roles=["t", "t"], path="rapport.md")
    return [u for u in units_of(chunk) if u.kind == "row"][-1]


def _asked(text: str) -> object:
    question = analyse(text)
    question.search_text = search_text(text, "sv", frozenset({"flickor", "årskurs", "pojkar"}))
    return question


def test_a_row_is_named_by_everyday_words_and_by_a_school_stage() -> None:
    assert names_row(_asked("Hur många tjejer från sexan var med?"), _row("Årskurs 6"))
    assert not names_row(_asked("Hur många tjejer från sexan var med?"), _row("Årskurs 5"))
    assert names_row(_asked("Hur många besök gjorde tjejer på högstadiet?"), _row("Flickor 7–9"))
    assert not names_row(_asked("Hur många besök gjorde tjejer på högstadiet?"), _row("Flickor 4–6"))
    assert names_row(_asked("Hur stor andel av alla som svarade kände sig otrygga?"), _row("Samtliga"))
    assert not names_row(_asked("Hur stor andel av flickorna kände sig otrygga?"), _row("Samtliga"))


def test_what_counts_as_a_term_is_a_definition_question() -> None:
    question = analyse("Vad räknas som omsorgsinsatser i Granlidas analys av hemtjänsten?")
    assert (question.answer_type, question.definiendum) == ("definition", "omsorgsinsatser")


def test_vanlig_is_searched_as_ordinarie_not_as_a_typo() -> None:
    text = search_text("Vad blir kvar som vanlig verksamhet?", "sv", frozenset({"vänlig", "ordinarie", "verksamhet"}))
    assert "ordinarie" in text and "vänlig" not in text
