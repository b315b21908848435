"""Tables in answers: a header of two rows names each figure by both, and a small table is written whole."""

from __future__ import annotations

from assistant.citations import CitationBook
from assistant.generation.extractive.answer import _clean, row_sentence, table_header
from assistant.generation.extractive.tables import asked_columns, asked_table, header_rows, write_table
from assistant.grounding.selection.scored import Scored
from assistant.index.units import units_of
from ingest.chunk import chunk_document
from ingest.load import SourceDoc

# A survey's table by year and gender as a Markdown report writes it: the year spans the two genders under it.
SURVEY = ["# Trygghetsenkät 2024", "", "Enkäten besvarades av 212 elever i årskurs 4–9.", "",
          "Tabell 1. Andel elever som känner sig trygga", "",
          "| | 2023 | | 2024 | |", "|---|---|---|---|---|", "| | Flickor | Pojkar | Flickor | Pojkar |",
          "| I klassrummet | 81 % | 86 % | 84 % | 88 % |", "| På rasten | 70 % | 82 % | 76 % | 83 % |", "",
          "Tabell 2. Ansvar för åtgärderna", "", "| Åtgärd | Ansvarig |", "|---|---|",
          "| Rastvärdar | Rektor |", "| Vuxennärvaro | Idrottslärare |", ""]


def _units() -> list:
    doc = SourceDoc(path="/x/enkat.md", source="enkat.md", title="Enkät", doc_type="övrigt", lines=SURVEY)
    return [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c)]


def _row(units: list, start: str):
    return next(u for u in units if u.kind == "row" and u.text.startswith(start))


def test_a_year_over_genders_names_each_figure_by_both() -> None:
    units = _units()
    rest = _row(units, "På rasten")
    assert [h.text.split("|")[1].strip() for h in header_rows(rest)] == ["2023", "Flickor"]
    assert row_sentence(table_header(rest), rest) == \
        "På rasten: 2023 Flickor 70 %, 2023 Pojkar 82 %, 2024 Flickor 76 %, 2024 Pojkar 83 %."


def test_a_table_of_words_has_one_header_row() -> None:
    """A table without figures names its columns in its first row only: its second row is data, not a header
    (the first row spans no column)."""
    units = _units()
    row = _row(units, "Rastvärdar")
    assert len(header_rows(row)) == 1
    assert row_sentence(table_header(row), row) == "Rastvärdar: Ansvarig Rektor."


def test_the_asked_table_is_written_whole_under_its_caption() -> None:
    units = _units()
    ranked = [Scored(u, 1.0 - i / 100, 0.0, 0.0) for i, u in enumerate(units)]
    rows = asked_table("Vad står det i tabell 2?", ranked)
    assert [r.text for r in rows][1:] == ["Rastvärdar | Rektor", "Vuxennärvaro | Idrottslärare"]
    assert asked_table("Hur många elever svarade?", ranked) == []  # no table asked about
    # A word that only begins like one asks about no table ('tabletter', 'tabellverktyget').
    assert asked_table("Vad gäller för tabletter i skolan?", ranked) == []
    rows = asked_table("Vad står det i tabell 1?", ranked)
    book = CitationBook()
    lines = write_table(rows, book, _clean)
    assert lines is not None and lines[0] == "Tabell 1. Andel elever som känner sig trygga:"
    assert lines[1].startswith("- I klassrummet: 2023 Flickor 81 %, 2023 Pojkar 86 %, 2024 Flickor 84 %")
    assert lines[2].startswith("- På rasten: 2023 Flickor 70 %") and lines[2].endswith("[1]")
    cited = book.citations[0]
    assert (cited.start_line, cited.end_line) == (5, 11)  # caption to the last row


def test_a_table_asked_by_number_is_that_table_not_a_figure_or_a_sibling_section() -> None:
    """'tabell 1' is not the table under 'Figur 1', and 'tabell 3.1' (a chapter's numbering) is not 'Tabell 3.2'."""
    lines = ["# Rapport", "", "Figur 1. Andel trygga per år", "", "| År | Andel |", "|---|---|", "| 2023 | 80 % |",
             "| 2024 | 82 % |", "", "Tabell 3.2. Frånvaro", "", "| Grupp | Andel |", "|---|---|", "| Flickor | 5 % |",
             "| Pojkar | 6 % |", "", "Tabell 3.1. Behörighet", "", "| Grupp | Andel |", "|---|---|",
             "| Flickor | 85 % |", "| Pojkar | 80 % |", ""]
    doc = SourceDoc(path="/x/r.md", source="r.md", title="R", doc_type="rapport", lines=lines)
    units = [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c)]
    ranked = [Scored(u, 1.0 - i / 100, 0.0, 0.0) for i, u in enumerate(units)]
    assert asked_table("Vad står det i tabell 1?", ranked) == []
    for question in ("Vad står det i tabell 3.1?", "Vad visar tabell 3:1?"):
        assert [r.text for r in asked_table(question, ranked)][1:] == ["Flickor | 85 %", "Pojkar | 80 %"]


def test_a_column_named_by_what_it_is_per_is_the_rate_of_the_measure_before_it() -> None:
    # 'Per brukare 2025' after 'Timmar 2025' is the hours per brukare: hours asked of a group fit both cells (the
    # row is then quoted whole, not as 'Timmar 2025 … 5 030' alone); the hours per brukare asked fit it alone
    names = ["Kön och ålder", "Brukare 2025", "Timmar 2025", "Per brukare 2025", "Per brukare 2024"]
    values = ["Kvinnor 90 år och äldre", "131", "5 030", "38,4", "–"]
    assert asked_columns("Hur många timmar hemtjänst i månaden får de allra äldsta kvinnorna, 90 år och mer?",
                         names, values) == [2, 3]
    assert asked_columns("Hur många timmar per brukare fick kvinnor 90 år och äldre 2025?", names, values) == [3]
    assert asked_columns("Hur många timmar fick kvinnor 90 år och äldre 2025?", names, values) == [2]
