"""A school's own Word survey report with three tables, uploaded beside the corpus (rows33). Two tables have the same
row labels ('Åk 7', 'Åk 9') but measure different things (trygghet, kränkningar), and the kränkt table has fewer
columns, as in trial 32's upload: a question on one measure gets that table's row, not the same label's row of the
other table (trial 32 #1: 'Hur stor andel av flickorna i åk 8 känner sig trygga …?' was answered from the kränkt
table). A change of one group's figure between two year columns of one row is computed from the two cells and said
as 'från X till Y, en ökning med Z procentenheter' (tune TR03 quoted the row only), not refused as an outcome."""

from __future__ import annotations

import io
import re

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads, word_table

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

UPLOAD = "stensjo-skola-elevenkat-2025.docx"


def _report() -> bytes:
    """A school's survey summary as a Word file: two tables by grade and gender, one by group and year."""
    import docx

    d = docx.Document()
    d.add_heading("Stensjö skola – resultat från elevenkäten 2025", level=1)
    d.add_paragraph("Stensjö skola är en F–9-skola i Hallbergs kommun med 420 elever. Varje vår besvarar eleverna i "
                    "årskurs 5, 7 och 9 skolans elevenkät om trygghet, studiero och skolmiljö. Svarsfrekvensen 2025 "
                    "var 88 procent.")
    d.add_heading("Trygghet och kränkningar", level=2)
    d.add_paragraph("Tabell 1. Andel elever som instämmer i påståendet ”Jag känner mig trygg i skolan”, procent")
    word_table(d, [["Årskurs", "Flickor", "Pojkar", "Totalt"],
               ["Åk 5", "91", "87", "89"],
               ["Åk 7", "78", "84", "81"],
               ["Åk 9", "69", "82", "76"]])
    d.add_paragraph("Tabell 2. Andel elever som uppger att de blivit kränkta av en annan elev under läsåret, procent")
    word_table(d, [["Årskurs", "Flickor", "Pojkar"],
               ["Åk 5", "14", "18"],
               ["Åk 7", "27", "19"],
               ["Åk 9", "31", "16"]])
    d.add_paragraph("Flickorna i de äldre årskurserna känner sig mindre trygga än pojkarna och uppger oftare att de "
                    "blivit kränkta. Många av kränkningarna sker i sociala medier.")
    d.add_heading("Skolmåltider", level=2)
    d.add_paragraph("Tabell 3. Andel elever som är nöjda med skolmåltiderna, procent, 2023–2025")
    word_table(d, [["Grupp", "2023", "2024", "2025"],
               ["Flickor", "58", "63", "61"],
               ["Pojkar", "66", "70", "77"],
               ["Samtliga", "62", "67", "69"]])
    d.add_paragraph("Skolan införde två nya vegetariska rätter i veckan hösten 2024.")
    d.add_paragraph("Kontakt: Emil Sandberg, rektor.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The corpus and the Word report, ingested through the pipeline into one store as an upload is."""
    return corpus_with_uploads(tmp_path_factory.mktemp("tables33"), {UPLOAD: _report()})


def _first(text: str) -> str:
    return re.split(r"\[\d+\]", text, maxsplit=1)[0]


def test_a_measure_asked_gets_the_row_of_its_own_table(bot: Assistant) -> None:
    r = bot.respond({"message": "Hur stor andel av flickorna i åk 9 på Stensjö skola känner sig trygga i skolan?"})
    assert r.grounded, r.text
    first = _first(r.text)
    assert "69" in first and "31" not in first and "kränkt" not in first, r.text


def test_the_other_measure_gets_the_row_of_the_other_table(bot: Assistant) -> None:
    r = bot.respond({"message": "Hur många procent av pojkarna i åk 7 på Stensjö skola har blivit kränkta?"})
    assert r.grounded, r.text
    first = _first(r.text)
    assert "19" in first and "84" not in first, r.text


def test_a_change_between_two_year_columns_is_computed_from_the_row(bot: Assistant) -> None:
    r = bot.respond({"message": "Hur mycket ökade andelen pojkar som är nöjda med skolmåltiderna på Stensjö skola "
                                "från 2023 till 2025?"})
    assert r.grounded, r.text
    first = _first(r.text)
    assert "från 66 % (2023) till 77 % (2025), en ökning med 11 procentenheter" in first, r.text
    assert r.citations and r.citations[0].source.endswith(UPLOAD)
