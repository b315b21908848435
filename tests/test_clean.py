"""Cleaning: re-flow, hyphenation, bullets, page furniture, headings, continuations."""

from __future__ import annotations

from ingest.clean import Block, drop_page_furniture, join_lines, looks_like_title_line, normalize_line, segment


def kinds(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


def test_hyphenation_is_undone_but_suspended_hyphens_stay() -> None:
    assert join_lines("ett miss-", "lyckande för skolan") == "ett misslyckande för skolan"
    assert join_lines("förbereda och rus-", "ta framtidens") == "förbereda och rusta framtidens"
    assert join_lines("på huvudmanna- ", "och enhetsnivå") == "på huvudmanna- och enhetsnivå"
    assert join_lines("för barn-", "och utbildningsnämnden") == "för barn- och utbildningsnämnden"
    assert join_lines("inom ÖMS-", "regionen") == "inom ÖMS-regionen"
    assert join_lines("via e-", "post") == "via e-post"
    assert join_lines("vanlig rad", "fortsätter") == "vanlig rad fortsätter"


def test_hard_wrapped_lines_are_reflowed_into_one_paragraph_with_their_line_span() -> None:
    lines = [
        "Skolavbrott har aktualiserats som en stor ",
        "samhällsutmaning det senaste decenniet. ",
        "",
        "Nästa stycke.",
    ]
    blocks = segment(lines)
    assert kinds(blocks) == [
        ("paragraph", "Skolavbrott har aktualiserats som en stor samhällsutmaning det senaste decenniet."),
        ("paragraph", "Nästa stycke."),
    ]
    assert (blocks[0].start_line, blocks[0].end_line) == (1, 2)
    assert (blocks[1].start_line, blocks[1].end_line) == (4, 4)


def test_bullet_glyphs_are_normalised_to_list_items() -> None:
    lines = [
        "Exempel på insatser:",
        "  • Läxhjälp",
        "\uf0b7 Lovskola",
        "o Processtödjarna har fått kontakt med skolhuvudmännen",
        "- Mentorskap",
        "  1. Föräldraskapsstöd.",
    ]
    blocks = segment(lines)
    items = [(b.kind, b.text) for b in blocks[1:]]
    assert items == [
        ("list_item", "Läxhjälp"),
        ("list_item", "Lovskola"),
        ("list_item", "Processtödjarna har fått kontakt med skolhuvudmännen"),
        ("list_item", "Mentorskap"),
        ("list_item", "1. Föräldraskapsstöd."),
    ]


def test_wrapped_bullet_continues_on_next_line() -> None:
    lines = ["• Lärarutbildningen är en akademisk professionsutbildning med god", "vetenskaplig grund."]
    blocks = segment(lines)
    assert kinds(blocks) == [
        ("list_item", "Lärarutbildningen är en akademisk professionsutbildning med god vetenskaplig grund.")
    ]


def test_page_numbers_are_removed_but_table_figures_kept() -> None:
    lines = [
        "slutet av en sida.",
        "",
        "",
        "25 ",
        " ",
        "",
        " 6.5 Analysen som grund",
        "Antal kvinnor",
        "",
        "23 ",
        "",
        "Varav 15 deltog",
    ]
    kept = drop_page_furniture([normalize_line(x) for x in lines])
    assert kept[3] is None  # page number before a page start
    assert kept[9] == "23"  # a figure in a flattened table


def test_running_headers_next_to_page_breaks_are_removed() -> None:
    lines: list[str] = []
    breaks = []
    for page in range(1, 5):
        breaks.append(len(lines) + 1)
        lines += ["Rapport om skolnärvaro", "", f"Text på sida {page} som är ett helt stycke.", "", str(page)]
    kept = drop_page_furniture(lines, breaks[1:])
    assert "Rapport om skolnärvaro" not in [k for k in kept if k]
    assert any(k and k.startswith("Text på sida 3") for k in kept)


def test_a_footer_is_known_by_its_page_number_but_numbered_headings_and_table_rows_stay() -> None:
    """Footers carrying the page's number ('… – sida 2') are one footer; a heading or a table row that differs only
    by its own number ('Bilaga 1' … 'Bilaga 4' atop their pages, a long table's year rows) is content: comparing
    lines with all their digits made alike dropped them as running headers (review of session 19)."""
    lines: list[str] = []
    breaks = []
    for page in range(1, 5):
        breaks.append(len(lines) + 1)
        lines += [f"Bilaga {page}", f"| 202{page} | 4{page} | 3{page} |", f"Text i bilaga {page} som är ett stycke.",
                  f"Norrby kommun – Uppföljning 2024 – sida {page}"]
    kept = [k for k in drop_page_furniture(lines, breaks[1:]) if k]
    assert [k for k in kept if k.startswith("Bilaga")] == ["Bilaga 1", "Bilaga 2", "Bilaga 3", "Bilaga 4"]
    assert sum(k.startswith("| 202") for k in kept) == 4
    assert not any("sida" in k for k in kept)

def test_skip_links_and_duplicate_url_lines_are_dropped() -> None:
    lines = ["Till huvudinnehåll", "Titel", "", "https://example.org/a", "https://example.org/a", "Slut."]
    kept = drop_page_furniture(lines)
    assert kept[0] is None
    assert kept[3] == "https://example.org/a" and kept[4] is None


def test_non_breaking_spaces_and_soft_hyphens_are_normalised() -> None:
    assert normalize_line("Förslag på\xa0 lokalt mål\u00ad\xa0") == "Förslag på  lokalt mål"
    assert segment(["Förslag på\xa0 lokalt mål"])[0].text == "Förslag på lokalt mål"


def test_headings_numbered_and_short_title_lines() -> None:
    lines = [
        " 1. Inledning & bakgrund",
        "Skolavbrott har aktualiserats.",
        "",
        "6.2 Skolrelaterade orsaker",
        "",
        "Förslag på lokalt mål",
        "",
        "Pojkar i kommun X erbjuds studiestöd utanför skolan.",
    ]
    blocks = segment(lines)
    assert kinds(blocks) == [
        ("heading", "1. Inledning & bakgrund"),
        ("paragraph", "Skolavbrott har aktualiserats."),
        ("heading", "6.2 Skolrelaterade orsaker"),
        ("heading", "Förslag på lokalt mål"),
        ("paragraph", "Pojkar i kommun X erbjuds studiestöd utanför skolan."),
    ]


def test_false_numbered_heading_inside_a_paragraph_is_not_a_heading() -> None:
    lines = [
        "syftet har varit att fånga elevens syn på orsakerna för årskurs ",
        "9. Som startfråga för samtliga intervjuer var: ”Jag är intresserad av hur du upplevt din ",
        "grundskoletid.”",
    ]
    blocks = segment(lines)
    assert [b.kind for b in blocks] == ["paragraph"]


def test_heading_wrapped_over_two_lines_is_joined() -> None:
    lines = ["2. Insatser inom ramen för utvecklingsområdet enhets-, ", "lednings- och lärarstöd", "", "Text."]
    blocks = segment(lines)
    assert blocks[0].kind == "heading"
    assert blocks[0].text == "2. Insatser inom ramen för utvecklingsområdet enhets-, lednings- och lärarstöd"
    assert (blocks[0].start_line, blocks[0].end_line) == (1, 2)


def test_sentence_continued_after_a_blank_line_is_one_block() -> None:
    lines = [" Fokus på pojkarnas kunskapsresultat, framförallt i ", "", "högstadiet. Vi kan se mer."]
    blocks = segment(lines)
    assert len(blocks) == 1
    assert blocks[0].text == "Fokus på pojkarnas kunskapsresultat, framförallt i högstadiet. Vi kan se mer."
    assert (blocks[0].start_line, blocks[0].end_line) == (1, 3)


def test_hard_breaks_stop_a_paragraph_at_a_seam() -> None:
    lines = ["innan träff 1 ", "med ansvarig för utvecklingsarbetet."]
    assert len(segment(lines)) == 1
    assert len(segment(lines, hard_breaks=[2])) == 2


def test_title_line_heuristic_rejects_sentences_signatures_and_captions() -> None:
    assert looks_like_title_line("Mål och förväntade effekter")
    assert not looks_like_title_line("Ge exempel på verksamhetsutmaningar:")
    assert not looks_like_title_line("Lasse Jonsson, Projektledare/processtöd")
    assert not looks_like_title_line("Linköping i januari 2020")
    assert not looks_like_title_line("Figur 2 Illustration av kursmoment")


def test_cost_table_rows_are_kept_as_rows() -> None:
    lines = [
        "Verksamhetsutvecklare digitalisering 1 300 tkr",
        "Stöd till lärare, enhet 2 264 tkr",
        "SYV + samordnare nyanlända    700 tkr ",
        "Totalt 8 464 tkr    ",
    ]
    blocks = segment(lines)
    assert [b.kind for b in blocks] == ["table"]
    assert blocks[0].text.splitlines()[-1] == "Totalt 8 464 tkr"


def test_a_list_item_that_lost_its_bullet_glyph_stays_at_its_siblings_level() -> None:
    """A PDF extraction drops a glyph ('    Civilsamhällesorganisationer' between '  • Skolor' and '  • Trossamfund'):
    the line stands where the item text above starts, so it is a sibling, not an item nested under 'Skolor'."""
    from ingest.classify import classify_blocks

    blocks = classify_blocks(segment(["Aktörer som kan bidra:", "", "  • Skolor", "    Civilsamhällesorganisationer",
                                      "  • Trossamfund", "      ◦ Frikyrkor"]))
    items = [(b.text, b.depth) for b in blocks if b.kind == "list_item"]
    assert items == [("Skolor", 1), ("Civilsamhällesorganisationer", 1), ("Trossamfund", 1), ("Frikyrkor", 2)]


def test_a_whitespace_aligned_table_is_split_into_cells_under_its_header() -> None:
    """A table laid out with spaces (PDF-to-text, a typed report) reads as cells with its header row first, each
    row on its own line, so its figures can be read with their column names."""
    lines = [
        "Enkät våren 2025, andel som instämmer",
        "",
        "Fråga                          Kvinnor  Män     Alla",
        "Jag trivs på arbetet           72 %     80 %    76 %",
        "Jag får stöd av min chef       64 %     71 %    67 %",
        "Jag vet vart jag vänder mig    58 %     62 %    60 %",
    ]
    table = next(b for b in segment(lines) if b.kind == "table")
    assert table.text.splitlines() == [
        "Fråga | Kvinnor | Män | Alla",
        "Jag trivs på arbetet | 72 % | 80 % | 76 %",
        "Jag får stöd av min chef | 64 % | 71 % | 67 %",
        "Jag vet vart jag vänder mig | 58 % | 62 % | 60 %",
    ]
    assert table.line_numbers == [3, 4, 5, 6]


def test_a_tab_separated_table_keeps_its_columns_and_a_header_may_lack_the_corner_cell() -> None:
    lines = ["\tKvinnor\tMän", "Deltagare\t23\t8", "Avbrott\t4\t1", "Slutförde\t19\t7"]
    table = next(b for b in segment(lines) if b.kind == "table")
    assert table.text.splitlines() == ["Kvinnor | Män", "Deltagare | 23 | 8", "Avbrott | 4 | 1", "Slutförde | 19 | 7"]


def test_rows_that_do_not_agree_on_their_columns_are_not_split() -> None:
    """Single spaces between a label and its figure in most rows: the columns cannot be told apart."""
    lines = ["Stöd till lärare 2 264 tkr", "Elevhälsopersonal 2 400 tkr", "Matematiksatsning    100 tkr",
             "Totalt 8 464 tkr"]
    table = segment(lines)[0]
    assert table.kind == "table" and "|" not in table.text


def test_a_checklist_question_or_a_survey_item_is_no_question_heading() -> None:
    """A short question alone on its line heads the paragraph after it ('Vill du tycka till?' in a leaflet), but not
    a checklist's question followed by its hint, nor a survey item followed by its answer options."""
    lines = ["# Checklista", "", "Vem påverkas av beslutet?", "", "Tänk på både flickor och pojkar.", "",
             "## Enkät", "", "Trivs du i skolan?", "", "Ja / Nej", "", "## Folder", "", "Vill du tycka till?", "",
             "Hör av dig till fritidskonsulenten Omar Nilsson på telefon eller e-post."]
    kinds = {b.text: b.kind for b in segment(lines)}
    assert kinds["Vill du tycka till?"] == "heading"
    assert kinds["Vem påverkas av beslutet?"] == "paragraph" and kinds["Trivs du i skolan?"] == "paragraph"


def test_a_sentence_over_a_page_break_is_quoted_in_parts_found_in_its_lines() -> None:
    """The page number between the halves of a sentence is dropped at ingest, but the sentence's lines still span
    it: the join carries a gap, so the quote reads 'deltog i … läxhjälpen' and each part is found in the lines."""
    from assistant.index.units import quote_of, units_of
    from assistant.schema import SourceDoc
    from evals.answer_eval import quote_in_lines
    from ingest.chunk import chunk_document

    lines = ["Rubrik", "", "Projektet började 2023. Eleverna som deltog i", "", "", "4", "",
             "läxhjälpen höjde sina betyg. Det gick bra."]
    doc = SourceDoc(path="r.pdf", source="r.pdf", title="Rapport", lines=lines, page_breaks=[6])
    chunks = chunk_document(doc, lambda text: len(text.split()))
    unit = next(u for c in chunks for u in units_of(c) if "läxhjälpen höjde" in u.text)
    quote = quote_of(unit)
    assert "deltog i … läxhjälpen" in quote, quote
    assert quote_in_lines(quote, lines, unit.start_line, unit.end_line), quote


def test_a_sentence_over_a_dropped_repeated_line_is_quoted_in_parts_found_in_its_lines() -> None:
    """A link written twice inside a paragraph loses its second copy at ingest, but the sentence's lines still span
    both: the join after the dropped line carries a gap, so each part of the quote is found in the lines it cites."""
    from assistant.index.units import quote_of, units_of
    from assistant.schema import SourceDoc
    from evals.answer_eval import quote_in_lines
    from ingest.chunk import chunk_document

    lines = ["Rubrik", "", "Arbetet är klart. Det återstår att sprida metoderna och", "",
             "https://www.ekby.se/skola/narvaro/", "https://www.ekby.se/skola/narvaro/", "http://www.narvaro.se/",
             " resultaten inom kommunen. Det sker i maj."]
    doc = SourceDoc(path="r.txt", source="r.txt", title="Rapport", lines=lines)
    chunks = chunk_document(doc, lambda text: len(text.split()))
    unit = next(u for c in chunks for u in units_of(c) if "återstår" in u.text)
    quote = quote_of(unit)
    assert "resultaten inom kommunen" in quote, quote
    assert quote_in_lines(quote, lines, unit.start_line, unit.end_line), quote


def test_a_heading_wrapped_over_two_lines_is_cited_with_both_lines() -> None:
    """A numbered heading that runs over two lines is one heading; a citation of it spans both lines, so its quote
    is found in them (it had been cited as its first line alone)."""
    from assistant.index.units import quote_of, units_of
    from assistant.schema import SourceDoc
    from evals.answer_eval import quote_in_lines
    from ingest.chunk import chunk_document

    lines = ["Plan för skolan", "", "1. Insatser inom ramen för utvecklingsområdet trygghet och", "studiero",
             "", "Vi anställer fler rastvärdar. Arbetet följs upp varje termin.", "",
             "2. Insatser inom ramen för utvecklingsområdet elevhälsa och", "hälsofrämjande arbete", "",
             "Skolsköterskan träffar alla elever i årskurs 7. Kuratorn har öppet varje dag."]
    doc = SourceDoc(path="p.txt", source="p.txt", title="Plan", lines=lines)
    chunks = chunk_document(doc, lambda text: len(text.split()))
    headings = [u for c in chunks for u in units_of(c) if u.text.startswith(("1. Insatser", "2. Insatser"))]
    assert headings, [c.text for c in chunks]
    for unit in headings:
        assert quote_in_lines(quote_of(unit), lines, unit.start_line, unit.end_line), (quote_of(unit), unit.start_line)


def test_a_numbered_item_whose_first_line_ends_on_a_name_is_an_item_not_a_heading() -> None:
    """A measure wrapped before the last word of its responsible person's name ('… Ansvarig: kurator Ida' / 'Ek.')
    has no closing point on its first line, but it holds a whole sentence and runs on: an item of the list."""
    lines = ["Skolan har beslutat om följande:", "",
             "1. Läxhjälp i biblioteket på tisdagar för alla elever i åk 6. Ansvarig: bibliotekarien.", "",
             "2. Föräldraträffar varje månad i matsalen. Ansvarig: kurator Ida", "Ek.", "",
             "3. Spelregler för rasterna i alla årskurser tas fram av elevrådet med", "Ek.", "",
             "4. En enkät om arbetsro i januari. Ansvarig: rektor.", ""]
    items = [b.text for b in segment(lines) if b.kind == "list_item"]
    assert "2. Föräldraträffar varje månad i matsalen. Ansvarig: kurator Ida Ek." in items
    assert "3. Spelregler för rasterna i alla årskurser tas fram av elevrådet med Ek." in items
    assert any(t.startswith("4. En enkät") for t in items)
    assert not any(b.kind == "heading" for b in segment(lines))


def test_checklist_boxes_are_list_items(tmp_path) -> None:
    """A checklist's box glyphs, ticked or not, mark items as bullets do, so 'Vilka punkter finns i checklistan?'
    gets its points as one list (a real .txt ingest: load, chunk, units)."""
    from assistant.index.units import list_of, units_of
    from ingest.chunk import chunk_document
    from ingest.load import load_document

    path = tmp_path / "checklista-fritidshemmet.txt"
    path.write_text("Checklista före höstterminen\n\nFritidshemmet Svalan ska ha gjort följande före start.\n\n"
                    "☐ Schemat för rastaktiviteter är spikat\n\n☑ Vårdnadshavarna har fått välkomstbrevet\n\n"
                    "☒ Lokalerna är genomgångna med skyddsombudet\n\n"
                    "□ Personalen har gått igenom likabehandlingsplanen\n",
                    encoding="utf-8")
    doc, _ = load_document(path)
    chunks = chunk_document(doc, lambda text: len(text.split()) * 4 // 3 + 2, 420, 180)
    items = [u for c in chunks for u in units_of(c) if u.is_item]
    assert [u.text for u in list_of(items[0])] == [
        "Schemat för rastaktiviteter är spikat", "Vårdnadshavarna har fått välkomstbrevet",
        "Lokalerna är genomgångna med skyddsombudet", "Personalen har gått igenom likabehandlingsplanen"]
