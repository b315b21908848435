"""A table question naming two years or two groups, each with its own row, is answered with both values and the
difference or change (trial 29, failure #1: 'andelen flickor 2023 och 2024' was refused as 'inga uppgifter … om 2023
och 2024' while Tabell 3 had a row a year). A year the table lacks still leaves the question refused."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.test_own_documents import _ingest

pytestmark = [pytest.mark.slow]

# A kultur- och fritidsförvaltning's analysis as a municipality writes it (trial 29's upload, its tables).
REPORT = """# Jämställdhetsanalys av bidrag och deltagande 2024

Ekedals kommun, kultur- och fritidsförvaltningen.

## Deltagande i aktivitetsstödet

Tabell 1 visar antalet deltagartillfällen som föreningarna redovisade för aktivitetsstöd 2024, uppdelat på kön och
ålder.

| Åldersgrupp | Flickor | Pojkar | Andel flickor |
|---|---|---|---|
| 7–12 år | 41 200 | 52 800 | 44 % |
| 13–16 år | 22 600 | 38 900 | 37 % |
| 17–20 år | 6 100 | 14 300 | 30 % |
| Totalt | 69 900 | 106 000 | 40 % |

## Besök på fritidsgårdarna

Tabell 3 visar fördelningen av besök på kommunens två fritidsgårdar, Strandgården och Lyktan, bland besökare
13–16 år.

| År | Besök totalt | Andel flickor | Andel pojkar |
|---|---|---|---|
| 2023 | 18 450 | 31 % | 69 % |
| 2024 | 19 020 | 27 % | 73 % |
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, _, _ = _ingest(tmp_path_factory.mktemp("rowpairs"), {"analys.md": REPORT})
    return assistant


def _ask(bot: Assistant, question: str):
    return bot.respond({"message": question})


def test_two_years_each_a_row_are_answered_with_both_values(bot: Assistant) -> None:
    r = _ask(bot, "Hur stor andel av besöken på fritidsgårdarna gjordes av flickor 2023 och 2024?")
    assert r.grounded
    assert "31 %" in r.text and "27 %" in r.text


def test_a_change_between_two_year_rows_is_said_with_its_size(bot: Assistant) -> None:
    r = _ask(bot, "Hur har flickornas andel av besöken på Strandgården och Lyktan utvecklats från 2023 till 2024?")
    assert r.grounded
    assert "minskade från 31 % (2023) till 27 % (2024)" in r.text
    assert "4 procentenheter" in r.text


@pytest.mark.parametrize("question", [
    "Vad är skillnaden i andel flickor mellan 7–12 år och 17–20 år i aktivitetsstödet?",
    "Hur många procentenheter skiljer andelen flickor mellan 7–12 år och 17–20 år i aktivitetsstödet?",
    # the youngest and the oldest: the first and the last age band (trial 29 S04)
    "Hur många procentenheter skiljer andelen flickor mellan de yngsta och de äldsta i aktivitetsstödet?",
])
def test_a_difference_between_two_group_rows_is_computed_from_the_asked_column(bot: Assistant, question: str) -> None:
    r = _ask(bot, question)
    assert r.grounded
    assert "44 % (7–12 år) och 30 % (17–20 år)" in r.text
    assert "14 procentenheter" in r.text


def test_a_year_the_table_lacks_still_refuses(bot: Assistant) -> None:
    r = _ask(bot, "Hur stor andel av besöken på fritidsgårdarna gjordes av flickor 2021 och 2024?")
    assert not r.grounded
    assert "2021" in r.text
