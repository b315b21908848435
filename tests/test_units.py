"""Block roles at ingest (footnotes, contents, references, timetables) and the evidence units built from chunks."""

from __future__ import annotations

from assistant.index.units import list_intro, list_of, split_sentences, units_of
from assistant.schema import Chunk, SourceDoc
from ingest.chunk import chunk_document
from ingest.classify import classify_blocks
from ingest.clean import segment


def _roles(lines: list[str]) -> list[tuple[str, str]]:
    return [(b.kind, b.role) for b in classify_blocks(segment(lines))]


def test_footnotes_at_a_page_foot_are_split_from_the_text_that_follows() -> None:
    lines = ["Eleverna beskriver skolan som otrygg.", "", "26 Skolverket (2019)", "27 Skolinspektionen (2016b).",
             "Fortsättningen av texten handlar om närvaro.", ""]
    blocks = classify_blocks(segment(lines))
    assert [(b.role, b.start_line) for b in blocks] == [("body", 1), ("footnote", 3), ("footnote", 4), ("body", 5)]


def test_contents_references_and_timetables_get_their_roles() -> None:
    lines = ["Innehåll", "", "1. Inledning ........ 3", "2. Metod ........ 5", "", "Bakgrund", "",
             "Skolan arbetar med närvaro.", "", "Program", "", "09.00–10.30 Föreläsning", "10.45–12.00 Workshop", "",
             "Referenser", "", "Blossing, U. (2008). Kompetens för samspelande skolor."]
    roles = _roles(lines)
    assert ("paragraph", "toc") in roles or ("list_item", "toc") in roles
    assert ("paragraph", "body") in roles
    assert any(r == "schedule" for _, r in roles)
    assert roles[-1] == ("paragraph", "references")


def test_a_numbered_list_stays_body_and_a_year_paragraph_is_no_footnote() -> None:
    roles = _roles(["Så här gör vi:", "1. Kartlägg frånvaron.", "2. Analysera orsakerna.", "",
                    "2020 började arbetet med en ny plan för skolan."])
    assert all(r == "body" for _, r in roles)


def _doc(lines: list[str]) -> SourceDoc:
    return SourceDoc(path="/tmp/x.md", source="x.md", title="Testdokument", lines=lines, content_hash="h")


def test_nested_lists_keep_their_depth_and_intro() -> None:
    lines = ["# Stöd", "", "Förslag på aktörer som kan bidra:", "", "- Elevhälsan", "    - Skolsköterskan",
             "    - Kuratorn", "- Socialtjänsten", "- Fritidsgårdar"]
    chunks = chunk_document(_doc(lines), lambda t: len(t.split()))
    units = [u for c in chunks for u in units_of(c)]
    items = [u for u in units if u.is_item]
    assert [(u.text, u.depth) for u in items] == [("Elevhälsan", 1), ("Skolsköterskan", 2), ("Kuratorn", 2),
                                                  ("Socialtjänsten", 1), ("Fritidsgårdar", 1)]
    assert [u.start_line for u in items] == [5, 6, 7, 8, 9]
    intro = list_intro(items[3])
    assert intro is not None and intro.text == "Förslag på aktörer som kan bidra:"
    assert len(list_of(items[0])) == 5


def test_a_document_of_only_a_table_has_row_units() -> None:
    lines = ["Kostnader 2021", "", "Läxhjälp          300 tkr", "Mentorer          150 tkr",
             "Totalt            450 tkr"]
    chunks = chunk_document(_doc(lines), lambda t: len(t.split()))
    rows = [u for c in chunks for u in units_of(c) if u.kind == "row"]
    assert [r.start_line for r in rows] == [3, 4, 5]
    assert all(r.embeddable for r in rows)


def test_sentences_split_without_breaking_abbreviations() -> None:
    assert split_sentences("Det gäller t.ex. läxhjälp och bl.a. mentorer. Kommunen har 5 000 elever.") == [
        "Det gäller t.ex. läxhjälp och bl.a. mentorer.", "Kommunen har 5 000 elever."]


def test_units_cite_their_own_lines_and_drop_glued_footnote_numbers() -> None:
    chunk = Chunk(chunk_id="c1", source="x.txt", title="T", doc_type="övrigt", heading_path=["A"], start_line=10,
                  end_line=12, text="Tre faktorer lyfts fram:27\n- Tidig upptäckt\n- Samverka",
                  line_spans=[(10, 10), (11, 11), (12, 12)], line_roles=["p", "i1", "i1"])
    units = units_of(chunk)
    assert [u.text for u in units] == ["Tre faktorer lyfts fram:", "Tidig upptäckt", "Samverka"]
    assert [(u.start_line, u.end_line) for u in units] == [(10, 10), (11, 11), (12, 12)]
    assert list_intro(units[1]) is units[0]


def test_a_figure_at_the_end_of_a_row_keeps_its_decimals() -> None:
    """A last cell '4,8' lost its '8' as if it were a footnote number glued to the row (trial 19: a PDF table
    showed 'Sjukfrånvaro (%) 8,9 5,1 9,4 4,')."""
    chunk = Chunk(chunk_id="c1", source="x.pdf", title="T", doc_type="övrigt", heading_path=["A"], start_line=1,
                  end_line=2, text="Sjukfrånvaro (%) 8,9 5,1 9,4 4,8\nOmsättning (%) 11,2 9,8 10,4 10.1",
                  line_spans=[(1, 1), (2, 2)], line_roles=["t", "t"])
    assert [u.text for u in units_of(chunk)] == ["Sjukfrånvaro (%) 8,9 5,1 9,4 4,8",
                                                 "Omsättning (%) 11,2 9,8 10,4 10.1"]


def test_equal_neighbouring_table_cells_are_both_kept() -> None:
    """A table read one cell a line ('91', '91') lost one of two equal cells as a duplicated line, and the row's
    values shifted columns; a duplicated line of words (link text) is still dropped."""
    from ingest.clean import drop_page_furniture

    lines = ["Andel förklarad (%)", "91", "91", "94", "94", "Läs mer om planen", "Läs mer om planen"]
    assert drop_page_furniture(lines) == lines[:6] + [None]

def _units(lines: list[str]) -> list:
    return [u for c in chunk_document(_doc(lines), lambda t: len(t.split())) for u in units_of(c)]


def test_a_count_is_found_beside_its_noun_or_under_its_column() -> None:
    from assistant.generation.extractive.answer import row_sentence, table_header
    from assistant.grounding.counts import states_count
    from assistant.grounding.question import counted_noun
    from assistant.grounding.selection.matches import mentions

    units = _units(["# Deltagare", "", "Sammanlagt har 17 föreläsningar hållits under året.", "",
                    "| Årskurs | Flickor | Pojkar |", "|---|---|---|", "| Årskurs 4 | 14 | 19 |",
                    "| Totalt | 35 | 46 |"])
    sentence = next(u for u in units if u.kind == "sentence")
    total = next(u for u in units if u.kind == "row" and u.text.startswith("Totalt"))
    counted = counted_noun("Ungefär hur många pojkar deltog?")
    assert counted == "pojkar"
    assert states_count(total, counted) and not states_count(sentence, counted)
    assert not mentions(sentence, counted_noun("Hur många personer lyssnade på föreläsningarna?"))
    header = table_header(total)
    assert header is not None and row_sentence(header, total) == "Totalt: Flickor 35, Pojkar 46."


def test_a_sentence_under_a_sub_heading_takes_it_as_context() -> None:
    units = _units(["# Insats 2", "", "Uppföljning och utvärdering", "",
                    "Dialogsamtal med förvaltningsledningen varje termin."])
    sentence = next(u for u in units if u.kind == "sentence")
    assert "Uppföljning och utvärdering" in sentence.context()
    assert "Uppföljning och utvärdering" in sentence.embedding_text()


def test_list_kinds_read_compounds_by_their_head() -> None:
    from assistant.grounding.selection.kinds import asked_kinds, list_kinds

    assert list_kinds("målgruppen") == set() and list_kinds("målen") == {"mål"}
    assert list_kinds("uppföljningsmått") == {"uppföljning"}
    assert list_kinds("Förslag på aktörer som kan bidra till insatsen", head_only=True) == {"aktör"}
    assert asked_kinds("Hur följs insatsen upp?") == set()  # a 'how' question asks how, not for interventions
    assert asked_kinds("Vilka framgångsfaktorer lyfts fram?") == {"framgångsfaktor"}


def test_list_kinds_read_what_a_list_is_for() -> None:
    """A compound is of its head's kind; factors named as the means to an end are success factors, not causes; a
    question on how to bring something about asks for measures, steps or success factors."""
    from assistant.grounding.selection.kinds import asked_kinds, list_kinds

    assert list_kinds("Ge exempel på verksamhetsutmaningar:") == {"problem"}
    assert list_kinds("Vanliga riskfaktorer för frånvaro:") == {"faktor"}
    assert list_kinds("Tre faktorer lyfts fram i arbetet med att få eleven tillbaka:") == {"framgångsfaktor"}
    assert list_kinds("Faktorer som främjar närvaro:") == {"framgångsfaktor"}
    assert list_kinds("Faktorer som påverkar närvaron:") == {"faktor"}
    assert list_kinds("Förslag på stödinsatser") == {"insats"}
    assert asked_kinds("Vilka orsaker till skolfrånvaro nämns?") == {"faktor"}
    assert asked_kinds("Hur kan vi minska frånvaron bland pojkar?") == {"insats", "steg", "framgångsfaktor"}
    assert asked_kinds("Hur kan vi veta om frånvaron har minskat?") == {"uppföljning"}
    assert asked_kinds("Hur kan vi förstå varför eleverna stannar hemma?") == set()


def test_numbered_paragraphs_after_a_lead_in_are_one_list() -> None:
    """Items wrapped over lines and kept apart by blank lines ('1. Styrning, …' / '2. Struktur, …') are a list when
    a lead-in ending with a colon opens it, and each item keeps its run-on lines; a numbered paragraph with no
    lead-in stays a paragraph."""
    lines = ["Socialstyrelsens rekommendationer kan vara till hjälp:", "",
             "1. Styrning, där ledningen tar ställning till målet med", "samverkan och ger mandat.", "",
             "2. Struktur, vilket handlar om vilka elever man samverkar om.", "Det handlar också om ansvar.", "",
             "3. Samsyn om problemen.", "", "Efter listan kommer vanlig text.", "",
             "1. Ensam numrerad rad utan inledning som fortsätter", "på nästa rad."]
    blocks = segment(lines)
    items = [b for b in blocks if b.kind == "list_item"]
    assert [(b.start_line, b.end_line) for b in items] == [(3, 4), (6, 7), (9, 9)]
    assert "Det handlar också om ansvar." in items[1].text
    assert blocks[-1].kind == "paragraph" and blocks[-1].start_line == 13


def test_a_heading_line_run_on_into_its_paragraph_is_left_out_of_the_quote() -> None:
    """A plain-text heading on the line above its paragraph ('Kostnad' / 'Projektet kostade …') is joined with it by
    the ingest; the quote leaves it out when the word after it is a common word (by the dictionary), also on a list's
    intro line, but not before a name, after a word a phrase runs on from ('Enligt Skolverket …') or after a longer
    opening of the sentence itself ('Mellan åren 2015 och 2018 deltog Skolförvaltningen …')."""
    from assistant.index.units import quoted_text

    units = _units(["Sammanfattning av fritidsprojektet i Ekby", "", "Kostnad",
                    "Projektet kostade 120 000 kronor under ett år.", "", "Resultat",
                    "Andelen flickor bland besökarna ökade från 20 till 35 procent.", "", "Vad vi gjorde",
                    "Projektet prövade tre insatser:", "1. Tjejkvällar i hallen.", "2. Lån av utrustning.",
                    "3. Kvinnliga ledare.", "", "Enligt Skolverket har fler elever i årskurs 9 behov av stöd",
                    "under lovet.", "", "Region Östergötland ses som en förebild i arbetet med",
                    "fritidsgårdar.", "", "Mellan åren 2015 och 2018 deltog Skolförvaltningen i ett projekt om",
                    "skolnärvaro."])
    quotes = [quoted_text(u) for u in units]
    assert "Projektet kostade 120 000 kronor under ett år." in quotes
    assert "Andelen flickor bland besökarna ökade från 20 till 35 procent." in quotes
    assert "Projektet prövade tre insatser:" in quotes
    assert "Enligt Skolverket har fler elever i årskurs 9 behov av stöd under lovet." in quotes
    assert "Region Östergötland ses som en förebild i arbetet med fritidsgårdar." in quotes
    assert "Mellan åren 2015 och 2018 deltog Skolförvaltningen i ett projekt om skolnärvaro." in quotes


def test_a_list_under_a_heading_line_is_written_with_the_heading_as_its_title() -> None:
    """A list whose intro is a bare heading line ('Insatser') is written 'Insatser:' over its items, not as an answer
    line of its own with a citation; an intro that ends in a colon keeps it, and one with a heading run on into it loses the heading."""
    from assistant.citations import CitationBook
    from assistant.generation.extractive.answer import _write_list
    from assistant.grounding.selection.scored import ListCandidate

    units = _units(["# Pojkars skolresultat", "", "Pojkar når lägre resultat än flickor i alla ämnen.", "", "Insatser",
                    "1. Läxhjälp på biblioteket.", "2. Mentorer från näringslivet.", "", "Vad vi gjorde",
                    "Projektet prövade två insatser:", "- Tjejkvällar i hallen.", "- Lån av utrustning."])
    items = [u for u in units if u.is_item]
    first = ListCandidate(items=items[:2], intro=list_intro(items[0]), score=1.0)
    second = ListCandidate(items=items[2:], intro=list_intro(items[2]), score=1.0)
    # The heading is the list's title, not a statement cited on its own (trial24 #17); the items carry the citation.
    book = CitationBook()
    written = _write_list(first, book)
    assert written[0] == "Insatser:" and written[-1].endswith("[1]")
    assert _write_list(second, CitationBook())[0] == "Projektet prövade två insatser: [1]"


def test_a_table_row_is_about_its_caption_and_its_column_names() -> None:
    """A row's context holds the caption above its table ('Tabell 1. …') and the column names, so a question that
    names the table, or a column, meets the row."""
    lines = ["# Resultat", "", "Tabell 1. Besökare per kön", "", "| Mått | Kön | 2023 | 2024 |",
             "| Unika besökare | Flickor | 131 | 152 |", "| Unika besökare | Pojkar | 296 | 288 |", ""]
    doc = SourceDoc(path="/x/r.docx", source="r.docx", title="Rapport", doc_type="övrigt", lines=lines)
    chunk = chunk_document(doc, lambda s: len(s.split()))[0]
    row = next(u for u in units_of(chunk) if u.text.startswith("Unika besökare | Pojkar"))
    assert "Tabell 1. Besökare per kön" in row.context() and "Mått | Kön | 2023 | 2024" in row.context()
    assert {"tabell", "2023"} <= row.match_terms


def test_a_raised_footnote_mark_is_dropped_but_not_the_power_of_an_area() -> None:
    """Raised footnote marks ('2023.³') are left out of a unit's text; 'm²' lost its '²' with them ('2 500 m')."""
    texts = [u.text for u in _units(["# Lokaler", "", "Skolgården är 2 500 m², kommunen 450 km² (2023).³"])]
    assert texts == ["Skolgården är 2 500 m², kommunen 450 km² (2023)."], texts
