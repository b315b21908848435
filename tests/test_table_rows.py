"""A municipality's own figure tables: each row knows its own table's caption and column names, so a figure question
is answered with the asked figure and its names, or refused naming the years the asked table has (trial 17,
problem 1)."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.answer import row_sentence, table_header
from assistant.grounding.counts import states_count
from assistant.grounding.scope.figures import figure_text
from assistant.index.units import header_rows, table_rows, units_of
from assistant.service import Assistant
from ingest.chunk import chunk_document
from ingest.load import SourceDoc
from tests.test_own_documents import _ingest

# A follow-up report as a municipality writes it in Markdown: three small tables by year and gender under their
# captions, in short sections that chunking may keep together.
REPORT = """# Uppföljning av jämställdhetsplanen 2025 – Lindviks kommun

Rapport till kommunstyrelsen, april 2026.

## Resultat per mål

### Mål 1: Behörighet

Tabell 1. Andel elever i åk 9 behöriga till yrkesprogram, procent, efter kön och år.

| År   | Flickor | Pojkar | Totalt |
|------|---------|--------|--------|
| 2023 | 89      | 78     | 83     |
| 2024 | 90      | 80     | 85     |
| 2025 | 91      | 83     | 87     |

### Mål 2: Föreningsbidrag

Tabell 2. Fördelning av föreningsbidrag (aktivitetsstöd) efter kön, procent.

| År   | Flickor | Pojkar |
|------|---------|--------|
| 2023 | 38      | 62     |
| 2025 | 44      | 56     |

### Mål 3: Trygghet

Tabell 3. Andel elever i åk 8 som uppger att de känner sig trygga i skolan, procent.

| År   | Flickor | Pojkar |
|------|---------|--------|
| 2023 | 71      | 84     |
| 2025 | 67      | 85     |
"""

MEMO = ("# Lovskola i matematik\n\n## Planerad insats\n\nUnder sommarlovet erbjuds elever i årskurs 9 lovskola i "
        "matematik under två veckor.\n\nAnsvar\n\nRektor ansvarar för att lärare bemannar lovskolan.\n")


def _units(lines: list[str]) -> list:
    doc = SourceDoc(path="/x/r.md", source="r.md", title="R", doc_type="rapport", lines=lines)
    return [u for c in chunk_document(doc, lambda t: len(t.split()), max_tokens=2000) for u in units_of(c)]


def _row(units: list, start: str):
    return next(u for u in units if u.kind == "row" and u.text.startswith(start))


def test_a_row_of_the_second_table_in_a_chunk_has_its_own_caption_and_column_names() -> None:
    """Not the chunk's first table's header: a row of table 2 is of föreningsbidrag, by Flickor and Pojkar."""
    units = _units(REPORT.split("\n"))
    row = next(u for u in units if u.kind == "row" and u.text.startswith("2025 | 44"))
    assert len({u.chunk.chunk_id for u in units}) == 1  # all three tables in one chunk
    assert [h.text for h in header_rows(row)] == ["År | Flickor | Pojkar"]
    assert "Totalt" not in row.context()
    assert "föreningsbidrag" in row.context() and row.context().startswith("Mål 2: Föreningsbidrag")
    assert "foreningsbidrag" in row.match_terms


def test_two_markdown_tables_one_blank_line_apart_are_two_tables() -> None:
    lines = ["# Rapport", "", "| Skola | Elever |", "|---|---|", "| Ekby | 410 |", "| Norrby | 320 |", "",
             "| År | Flickor | Pojkar |", "|---|---|---|", "| 2024 | 51 | 49 |", ""]
    units = _units(lines)
    first, second = _row(units, "Norrby"), _row(units, "2024")
    assert [u.text for u in table_rows(first)] == ["Skola | Elever", "Ekby | 410", "Norrby | 320"]
    assert [u.text for u in table_rows(second)] == ["År | Flickor | Pojkar", "2024 | 51 | 49"]
    assert row_sentence(table_header(second), second) == "2024: Flickor 51, Pojkar 49."


def test_a_word_cell_keeps_its_column_name_beside_a_date() -> None:
    """'Vt 2025' is a date in a table of words, not a figure: 'Rektor' is read under 'Ansvarig'."""
    lines = ["# Åtgärder", "", "| Åtgärd | Ansvarig | Klart |", "|---|---|---|",
             "| Rastvärdar | Rektor | Vt 2025 |", ""]
    row = _row(_units(lines), "Rastvärdar")
    assert row_sentence(table_header(row), row) == "Rastvärdar: Ansvarig Rektor, Klart Vt 2025."


def test_bare_figures_under_a_percent_caption_are_shares() -> None:
    units = _units(REPORT.split("\n"))
    assert figure_text(_row(units, "2024 | 90")).endswith("%")
    plain = _units(["# Besök", "", "| Gård | Flickor |", "|---|---|", "| Ekbacka | 120 |", ""])
    assert figure_text(_row(plain, "Ekbacka")) == "Ekbacka | 120"


def _assistant_over(tmp_path_factory: pytest.TempPathFactory, name: str, files: dict[str, str]) -> Assistant:
    """An assistant over `files` alone, ingested through the real pipeline (test_own_documents' helper)."""
    return _ingest(tmp_path_factory.mktemp(name), files)[0]


@pytest.fixture(scope="module")
def lindvik(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _assistant_over(tmp_path_factory, "lindvik", {"uppfoljning.md": REPORT, "lovskola.md": MEMO})


def _line(text: str) -> int:
    return REPORT.split("\n").index(text) + 1


@pytest.mark.slow
def test_a_share_by_gender_and_year_is_answered_with_its_names_and_table(lindvik: Assistant) -> None:
    response = lindvik.respond({"message": "Hur stor andel av pojkarna i åk 9 var behöriga till yrkesprogram 2024?"})
    assert response.grounded, response.text
    first = response.text.split("[1]")[0]
    # the asked cell said as a sentence from its column, row and table (session 30), not read as a row label
    assert first.startswith("Andel elever i åk 9 behöriga till yrkesprogram var 80 % för pojkar 2024 (Tabell 1)"), \
        response.text
    cited = response.citations[0]
    assert cited.start_line == _line("Tabell 1. Andel elever i åk 9 behöriga till yrkesprogram, procent, efter kön "
                                     "och år.") and cited.end_line == _line("| 2024 | 90      | 80     | 85     |")
    response = lindvik.respond({"message": "Hur stor andel av föreningsbidragen gick till flickor 2025?"})
    assert response.grounded and response.text.startswith("Flickor 2025: 44 %"), response.text  # no share named
    assert "67" not in response.text and "Tabell 3" not in response.text  # no row of another table appended


@pytest.mark.slow
def test_a_year_the_asked_table_lacks_is_refused_with_the_years_it_has(lindvik: Assistant) -> None:
    """Table 1 has 2024, table 3 (trygghet) has not: its years are said, not table 1's 2024 row given."""
    response = lindvik.respond({"message": "Hur stor andel av pojkarna i åk 8 kände sig trygga i skolan 2024?"})
    assert not response.grounded
    assert "inga uppgifter för 2024, bara för 2023 och 2025" in response.text
    assert "Tabell 3" in response.text and "80" not in response.text
    assert response.citations[0].end_line == _line("| 2025 | 67      | 85     |")


SURVEY = """# Trygghet i skolan – Norrviks kommun

## Elevenkäten

Hösten 2024 kände sig 70 procent av eleverna i åk 8 trygga i skolan, enligt en extra mätning.

Tabell 1. Andel elever i åk 8 som känner sig trygga i skolan, procent, efter år.

| År   | Flickor | Pojkar |
|------|---------|--------|
| 2023 | 71      | 84     |
| 2025 | 67      | 85     |
"""


@pytest.mark.slow
def test_a_sentence_with_the_asked_year_is_no_reason_to_refuse_for_the_tables_years(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The table has 2023 and 2025, a sentence gives 2024 (review of session 18): the sentence may answer."""
    bot = _assistant_over(tmp_path_factory, "survey", {"trygghet.md": SURVEY})
    response = bot.respond({"message": "Hur stor andel av eleverna i åk 8 kände sig trygga i skolan 2024?"})
    assert "bara för 2023 och 2025" not in response.text
    assert response.grounded and "70 procent" in response.text, response.text


def test_a_row_counts_the_group_named_in_its_label_cells_after_a_year() -> None:
    """A row's label is its cells before the first figure after the first cell (units.row_label): a table of counts
    by year and group ('2024 | Flickor | 90') counts girls, though its first cell is a year and its header says
    only 'Kön'."""
    lines = ["# Deltagare i läxhjälpen", "", "| År | Kön | Antal |", "|---|---|---|", "| 2024 | Flickor | 90 |",
             "| 2024 | Pojkar | 70 |", ""]
    row = _row(_units(lines), "2024 | Flickor")
    assert states_count(row, "flickor") and not states_count(row, "larare")
