"""Text extracted from PDFs, read as its reader would: a table laid out column by column, page-foot footnotes that
break a sentence, and a footnote that says what a marked word means (ingest.clean, ingest.classify, units)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.citations import CitationBook
from assistant.index.units import quoted_text, units_of
from assistant.schema import NOTE_GAP, SourceDoc
from ingest.chunk import chunk_document

# A municipality's own report as PDF extraction leaves it: a footnote mark glued to its word ('styrgrupp7'), the
# page foot's notes in the middle of the sentence that runs on after them, and a table whose label cells come
# first and figure cells after (each figure with a note under it).
REPORT = """Läxhjälp i Ekby 2023

Bakgrund

Läxhjälpen startade hösten 2022 på tre skolor i Ekby. Arbetet leddes av en styrgrupp7, som träffades varje
månad och följde upp närvaron i

7 I projektet kallades gruppen för ankargruppen, eftersom den höll fast arbetet när personalen byttes ut.
8 Se Skolverket (2019).
samtliga årskurser under hela läsåret.

Deltagare

Antal flickor som deltog
i läxhjälpen

Antal pojkar som deltog
i läxhjälpen

Totalt antal deltagare

41

Varav 30 deltog hela året

27

Varav 12 deltog hela året

68

Varav 42 deltog hela året

Läxhjälpen fortsätter under nästa läsår med samma upplägg.
"""


def _units() -> list:
    doc = SourceDoc(path="/tmp/laxhjalp.txt", source="laxhjalp.txt", title="Läxhjälp", lines=REPORT.split("\n"),
                    content_hash="h")
    return [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c)]


def _lines(first: int, last: int) -> str:
    return "".join(REPORT.split("\n")[first - 1: last])


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def test_a_sentence_broken_by_page_foot_notes_is_one_unit_citing_its_lines() -> None:
    units = _units()
    sentence = next(u for u in units if "närvaron i" in u.text)
    assert quoted_text(sentence).endswith("följde upp närvaron i samtliga årskurser under hela läsåret.")
    assert (sentence.start_line, sentence.end_line) == (5, 10)
    # The quote leaves out the notes' lines between the two parts: each part stands in the cited lines.
    book = CitationBook()
    number = book.cite(sentence.chunk, 5, 10, sentence.text)
    quote = book.citations[number - 1].quote
    assert quote.endswith("följde upp närvaron i … samtliga årskurser under hela läsåret.")
    assert all(_norm(piece) in _norm(_lines(5, 10)) for piece in quote.split(" … "))
    assert sentence.role == "body" and "ankargruppen" not in sentence.text
    assert not any(u.role == "body" and u.text.startswith("samtliga") for u in units)


def test_a_link_line_after_the_notes_is_not_joined_to_the_broken_sentence() -> None:
    """A page foot's link ('http://www.ekby.se/narvaro') opens in lower case but is no prose running on the sentence."""
    report = REPORT.replace("\nsamtliga årskurser", "\nhttp://www.ekby.se/narvaro\nsamtliga årskurser")
    doc = SourceDoc(path="/tmp/laxhjalp.txt", source="laxhjalp.txt", title="Läxhjälp", lines=report.split("\n"),
                    content_hash="h")
    units = [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c)]
    assert not any("http" in quoted_text(u) and "närvaron i" in u.text for u in units)


@pytest.mark.parametrize("max_tokens", [30, 40, 60])
def test_joining_a_broken_sentence_keeps_every_chunk_bound(max_tokens: int) -> None:
    """The join changes no chunk's bounds and no text but the joined sentence's: the chunks are those of the
    same report where the text after the notes opens a sentence of its own."""
    def chunks(text: str) -> list:
        doc = SourceDoc(path="/tmp/laxhjalp.txt", source="laxhjalp.txt", title="Läxhjälp", lines=text.split("\n"),
                        content_hash="h")
        return chunk_document(doc, lambda t: len(t.split()), max_tokens, 10)

    joined = chunks(REPORT)
    apart = chunks(REPORT.replace("\nsamtliga årskurser", "\nSamtliga årskurser"))
    assert [(c.start_line, c.end_line) for c in joined] == [(c.start_line, c.end_line) for c in apart]
    for a, b in zip(joined, apart, strict=True):
        assert a.text.lower() == b.text.lower() or NOTE_GAP in a.text
        assert a.line_spans == b.line_spans or NOTE_GAP in a.text


def test_label_and_figure_cells_are_read_back_as_rows_citing_their_cells() -> None:
    rows = [u for u in _units() if u.kind == "row"]
    assert [r.text for r in rows] == [
        "Antal flickor som deltog i läxhjälpen | 41 | Varav 30 deltog hela året",
        "Antal pojkar som deltog i läxhjälpen | 27 | Varav 12 deltog hela året",
        "Totalt antal deltagare | 68 | Varav 42 deltog hela året"]
    assert [(r.start_line, r.end_line) for r in rows] == [(14, 24), (17, 28), (20, 32)]
    for row in rows:
        assert all(_norm(cell) in _norm(_lines(row.start_line, row.end_line)) for cell in row.text.split(" | "))


def test_a_caption_over_the_label_cells_stays_a_line_and_the_cells_are_rows() -> None:
    """A table's caption extracted in the same paragraph as its label cells ('Tabell 2. Deltagare per kön' over
    'Flickor', 'Pojkar', 'Totalt') is one label more than there are figures: it stays a line of its own, the rest
    pair into rows."""
    text = ("Resultat\n\nTabell 2. Deltagare per kön\nFlickor\nPojkar\nTotalt\n41\n27\n68\n\n"
            "Läxhjälpen fortsätter nästa läsår.\n")
    doc = SourceDoc(path="/tmp/tabell.txt", source="tabell.txt", title="Tabell", lines=text.split("\n"),
                    content_hash="t")
    units = [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c)]
    rows = [u for u in units if u.kind == "row"]
    assert [r.text for r in rows] == ["Flickor | 41", "Pojkar | 27", "Totalt | 68"]
    assert [(r.start_line, r.end_line) for r in rows] == [(4, 7), (5, 8), (6, 9)]
    assert any("Tabell 2. Deltagare per kön" in u.text and u.kind != "row" for u in units)

def test_a_footnote_whose_mark_the_text_carries_is_a_note_without_its_number() -> None:
    units = _units()
    note = next(u for u in units if "ankargruppen" in u.text)
    assert note.role == "note" and note.text.startswith("I projektet kallades gruppen")
    assert (note.start_line, note.end_line) == (8, 8)
    assert next(u for u in units if "Skolverket (2019)" in u.text).role == "footnote"  # no mark in the text


@pytest.mark.needs_corpus_index
def test_figures_and_definitions_are_answered_from_the_extracted_report(tmp_path: Path,
                                                                      corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"laxhjalp.txt": REPORT})
    figures = bot.respond({"message": "Hur många flickor och pojkar deltog i läxhjälpen i Ekby?"})
    assert figures.grounded and "41" in figures.text and "27" in figures.text
    defined = bot.respond({"message": "Vad är ankargruppen?"})
    assert defined.grounded and defined.text.startswith("I projektet kallades gruppen för ankargruppen")
    assert (defined.citations[0].start_line, defined.citations[0].end_line) == (8, 8)
    assert "Arbetet leddes av en styrgrupp" in defined.text  # the sentence that carries the note's mark follows
    for response in (figures, defined):
        for c in response.citations:
            for piece in re.split(r"; | … ", c.quote):
                assert _norm(piece.rstrip("…")) in _norm(_lines(c.start_line, c.end_line)), (c.quote, piece)
    other = bot.respond({"message": "Hur ofta träffades styrgruppen för läxhjälpen?"})
    assert "ankargruppen" not in other.text  # a note is quoted only to say what its word means


# A report whose only footnote cites a work that names the asked term: the footnote says where a claim comes from,
# not what the term means.
CITING_REPORT = """Elevhälsa i Ekby 2023

Bakgrund

Skolorna i Ekby har under året arbetat vidare med elevhälsoplanen9, som rektorerna tog fram under våren.
Arbetet följdes upp av förvaltningen vid två tillfällen under läsåret.

9 Skolverket (2019). Elevhälsoplanen i praktiken. Stockholm: Skolverket.

Resultat

Närvaron ökade på alla tre skolor under läsåret.
"""


@pytest.mark.needs_corpus_index
def test_a_footnote_that_only_cites_a_work_is_no_definition(tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"elevhalsa.txt": CITING_REPORT})
    response = bot.respond({"message": "Vad är elevhälsoplanen?"})
    assert "praktiken" not in response.text and not any(c.start_line == 8 for c in response.citations)


# A report whose footnotes say what the text does not: one marked in the text ('skola14'), one not.
NOTED_REPORT = """Fritidshem i Ekby 2024

Bakgrund

Fritidshemmen i Ekby har sedan hösten 2021 en egen ledning på varje skola14, och personalen har fått fortbildning
i jämställd pedagogik under två terminer.

14 Fram till augusti 2021 kallades skolledarna i fritidshemmen föreståndare.
15 Enkäten till vårdnadshavarna besvarades av 64 procent av hushållen.

Resultat

Andelen pojkar som deltog i läxhjälpen på fritidshemmet ökade från 31 till 45 procent under året.
"""


@pytest.mark.needs_corpus_index
def test_a_footnote_holding_what_the_question_asks_answers_it(tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"fritidshem.txt": NOTED_REPORT})
    named = bot.respond({"message": "Hur kallades skolledarna i fritidshemmen fram till augusti 2021?"})
    assert named.grounded and named.text.startswith("Fram till augusti 2021 kallades skolledarna")
    assert (named.citations[0].start_line, named.citations[0].end_line) == (8, 8)
    other = bot.respond({"message": "Hur många procent av pojkarna deltog i läxhjälpen på fritidshemmet?"})
    assert other.grounded and "45 procent" in other.text
    assert "föreståndare" not in other.text and "hushållen" not in other.text  # footnotes stay out of other answers


def test_labels_followed_by_years_are_no_table() -> None:
    """A chart's legend and its axis years ('Flickor', 'Pojkar', '2019', '2020') pair up by count, but a year dates
    a label, it does not count it: 'Flickor | 2019' would state a figure the report never gives."""
    from ingest.clean import segment

    blocks = segment(["Andel elever med hög frånvaro", "", "Flickor", "Pojkar", "2019", "2020", "",
                      "Frånvaron ökade under perioden."])
    assert not any(b.kind == "table" for b in blocks), [(b.kind, b.text) for b in blocks]


def test_a_row_without_column_names_keeps_a_name_in_its_cells() -> None:
    """'Ort | Malmö' reads 'Ort: Malmö.'; only a note after a figure runs on in lower case ('23, varav 15 …')."""
    from assistant.generation.extractive.answer import _clean
    from assistant.schema import Chunk

    chunk = Chunk(chunk_id="test-row-name", source="s", title="t", doc_type="rapport", heading_path=[],
                  text="Kvinnor | 23 | Varav 15 deltog\nOrt | Malmö", start_line=3, end_line=4,
                  line_spans=[(3, 3), (4, 4)], line_roles=["t", "t"])
    assert [_clean(u) for u in units_of(chunk)] == ["Kvinnor: 23, varav 15 deltog.", "Ort: Malmö."]


@pytest.mark.needs_corpus_index
def test_a_draft_states_a_sentence_joined_across_notes_without_the_join_mark(tmp_path: Path,
                                                                            corpus_components: tuple) -> None:
    """The join mark (schema.NOTE_GAP) is for a citation's quote: a draft's line is read, exported and edited.
    (A local goal's "Varför målet passar" quotes the joined sentence; a problem formulation no longer files it under
    Konsekvenser, since its 'följde' is the verb, not the noun 'följd'.)"""
    from assistant.schema import NOTE_GAP
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"laxhjalp.txt": REPORT})
    # (a question alone in a drafting mode is answered as a question: plan.asks_the_material)
    draft = bot.respond({"message": "Hur följdes närvaron i läxhjälpen upp? Gör ett lokalt mål av det.",
                         "mode": "lokalt_mal"})
    assert "närvaron i samtliga årskurser" in draft.text and NOTE_GAP not in draft.model_dump_json(), draft.text
