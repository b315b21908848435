"""A municipality's own documents asked about by their structure, through the real ingest pipeline (trial 20): minutes
filed under dated meeting headings, an action plan's numbered table rows and numbered sections, a leaflet's headings
in question form. Each question points at one part of the document by a day, a row number, a cell value or a section
number, and the answer must come from that part."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.service import Assistant
from ingest.clean import segment
from ingest.load import load_document
from tests.test_own_documents import _ingest

pytestmark = [pytest.mark.slow]

MINUTES = """# Anteckningar från styrgruppen för jämställdhet

Norrby kommun, kommunledningsförvaltningen. Sekreterare: Lena Ahl.

## Möte 2025-02-12

Närvarande: Lena Ahl (strateg), Karl Berg (personalchef), Eva Dahl (skolchef).

### Beslut

1. Styrgruppen beslutade att genomföra en enkät om trygghet bland elever i årskurs 8 under våren.
2. Karl Berg får i uppdrag att ta fram lönekartläggningen till nästa möte.
3. Redovisningen av sjukfrånvaron skjuts upp till hösten eftersom siffrorna inte är klara.

## Möte 2025-04-23

Närvarande: Lena Ahl, Karl Berg, Omar Said (ekonomichef).

### Beslut

1. Lönekartläggningen godkändes och lämnas till kommunstyrelsen i juni.
2. Styrgruppen beslutade att anlita en konsult för genusbudgetering; kostnaden får vara högst 40 000 kronor.
3. Omar Said ansvarar för att budgetmallen får en kolumn för könsuppdelade uppgifter.
"""

ACTIONS = [("Åtgärd", "Ansvarig", "Tidplan", "Uppföljning"),
           ("1. Se över reglerna för lokaltider", "Fritidschef", "Klart 31 maj 2025",
            "Rapport till fritidsnämnden\nhösten 2025"),
           ("2. Bygga om två lekplatser med jämställd utformning", "Teknisk chef", "Under 2026",
            "Besöksräkning per kön"),
           ("3. Införa heltid som norm i hemtjänsten", "Omsorgschef", "Från 1 mars 2025", "Andel heltidsanställda"),
           ("4. Utbilda rekryterande chefer i normkritik", "Personalchef", "Våren 2026", "Antal utbildade chefer"),
           ("5. Genomföra en jämställdhetsanalys av färdtjänsten", "Omsorgschef", "Hösten 2026",
            "Analysen redovisas för omsorgsnämnden"),
           ("6. Könsuppdela statistiken i årsredovisningen", "Ekonomichef\nKommunchef", "Årsredovisning 2025",
            "Granskning av revisionen"),
           ("7. Ta fram riktlinjer för jämställd kommunikation", "Kommunikationschef", "Klar 30 september 2025",
            "Stickprov")]


def _plan(path: Path) -> None:
    """A Word action plan: numbered headings (1, 1.1, 2.1.1 …) and a table of numbered actions, two cells of which
    hold two lines."""
    d = docx.Document()
    d.add_heading("Jämställdhetsplan 2025–2027 för Norrby kommun", 0)
    d.add_paragraph("Antagen av kommunfullmäktige 2025-01-30. Planen gäller alla nämnder och bolag.")
    d.add_heading("1 Bakgrund", 1)
    d.add_paragraph("Norrby kommun har undertecknat CEMR-deklarationen. Planen anger hur arbetet ska bedrivas.")
    d.add_heading("1.1 Ansvar", 2)
    d.add_paragraph("Kommunchefen har det samlade ansvaret för planen. Varje förvaltningschef ansvarar för sina "
                    "åtgärder.")
    d.add_heading("2 Nulägesanalys", 1)
    d.add_heading("2.1 Idrott och fritid", 2)
    d.add_heading("2.1.1 Lokaltider i idrottshallar", 3)
    d.add_paragraph("Av lokaltiderna i idrottshallarna 2024 gick 66 procent till pojklag och 34 procent till "
                    "flicklag. Fritidsnämnden ska se över fördelningsreglerna.")
    d.add_heading("2.1.2 Lekplatser", 3)
    d.add_paragraph("Lekplatserna används i högre grad av pojkar. Två lekplatser byggs om under 2026.")
    d.add_heading("3 Åtgärder", 1)
    d.add_paragraph("Tabell 1. Åtgärder 2025–2027")
    table = d.add_table(rows=len(ACTIONS), cols=4)
    for i, row in enumerate(ACTIONS):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    d.add_heading("4 Uppföljning", 1)
    d.add_heading("4.1 Rapportering", 2)
    d.add_paragraph("Kommunchefen rapporterar till kommunstyrelsen i december varje år.")
    d.save(path)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("municipal"), {
        "anteckningar-styrgruppen.md": MINUTES, "jamstalldhetsplan-norrby.docx": _plan})
    assert stats.documents == 2 and not stats.skipped
    return assistant


def test_a_meeting_named_by_its_day_is_answered_from_its_own_notes(bot: Assistant) -> None:
    """'Vad beslutade … på mötet den 23 april 2025?' got the February meeting's 'Beslut' list: only the year of a
    date was read, and the first 'Beslut' list won. The day is read in any of the ways Swedish writes it."""
    for question in ("Vad beslutade styrgruppen på mötet den 23 april 2025?", "Vad beslutades på mötet 2025-04-23?",
                     "Vilka beslut togs den 23/4?"):
        r = bot.respond({"message": question})
        assert r.grounded and "Lönekartläggningen godkändes" in r.text, question
        assert "enkät om trygghet" not in r.text and "skjuts upp" not in r.text, question
    r = bot.respond({"message": "Vad beslutade styrgruppen den 12 februari?"})
    assert "enkät om trygghet" in r.text and "godkändes" not in r.text


def test_a_numbered_action_is_its_numbered_row_and_a_missing_one_is_refused(bot: Assistant) -> None:
    """'Vem ansvarar för åtgärd 6?' got the plan's general sentence on responsibility; 'åtgärd 10' of a 9-row table
    was answered. The row that numbers the action answers; an action the table lacks is refused with the ones it has."""
    r = bot.respond({"message": "Vem ansvarar för åtgärd 6?"})
    assert r.grounded and r.text.startswith("6. Könsuppdela statistiken")
    assert "Ekonomichef / Kommunchef" in r.text.split("\n")[0]  # a two-line cell is two people, not one title
    missing = bot.respond({"message": "Vem ansvarar för åtgärd 9 i planen?"})
    assert not missing.grounded
    assert "ingen åtgärd 9" in missing.text and "åtgärd 1–7" in missing.text


def test_rows_are_kept_to_those_whose_cell_the_question_names(bot: Assistant) -> None:
    """'Vilka åtgärder ansvarar socialchefen för?' dumped every row under '3 Åtgärder:' (read as '3 measures')."""
    r = bot.respond({"message": "Vilka åtgärder ansvarar omsorgschefen för?"})
    assert r.grounded
    assert "Införa heltid som norm" in r.text and "jämställdhetsanalys av färdtjänsten" in r.text
    assert "Personalchef" not in r.text and "Fritidschef" not in r.text
    assert not r.text.startswith("3 ") and " | " not in r.text  # rows read with their column names


def test_a_numbered_section_is_answered_from_under_its_heading(bot: Assistant) -> None:
    """'Vad står det i avsnitt 2.3.1?' got the document's first lines: a section's number was no pointer."""
    r = bot.respond({"message": "Vad står det i avsnitt 2.1.1?"})
    assert r.grounded and "66 procent till pojklag" in r.text
    assert "Lekplatserna" not in r.text and "Kommunchefen" not in r.text


def test_a_word_table_cell_of_two_lines_keeps_its_entries_apart(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    lines = load_document(tmp_path / "plan.docx")[0].lines
    assert any("| Ekonomichef / Kommunchef |" in line for line in lines)
    assert any("| Rapport till fritidsnämnden hösten 2025 |" in line for line in lines)


def test_a_short_question_on_a_line_of_its_own_heads_the_paragraph_after_it() -> None:
    """A leaflet's 'Har du frågor?' between blank lines was body text (a line ending in '?' was never a heading), so
    the contact under it stood under the heading before. A run of questions (a checklist) stays as it is."""
    blocks = segment(["Lovaktiviteter i Norrby", "", "Alla barn ska ha ett meningsfullt lov.", "", "Har du frågor?",
                      "", "Ring fritidsledare Anna Lind på telefon 0456-123 45.", "", "Frågor att diskutera", "",
                      "Vem får ordet?", "", "Vem tar plats?", "", "Vi pratar om detta i arbetslaget."])
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert "Har du frågor?" in headings
    assert "Vem får ordet?" not in headings and "Vem tar plats?" not in headings
