"""Answerable questions refused for how they were put (wrongref37): a responsibility asked 'Vem är ansvarig för …?'
and given as an item's 'Ansvarig: <post>' field, a cost per head of a thing the document's title names by a name
beside its kind ('Läslust' of 'Läsfrämjande sommarskola Läslust …', the text saying 'sommarskolan'), those who
answered counted by a table's 'n' column, and a survey named by a near title ('trygghetsenkäten' of a report calling
itself a 'Trygghetsundersökning'). Each with the unanswerable twins its rule exists for, which stay refused."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.scope.terms import counts_respondents, named_by_title, names_own_document
from assistant.grounding.scope.views import names_role_field
from assistant.index.units import units_of
from assistant.schema import Chunk


def _units(text: str, title: str = "Plan") -> list[Any]:
    # (units_of keeps a chunk's units by its id: each text its own)
    return units_of(Chunk(chunk_id=f"w37-{abs(hash((text, title)))}", source="w37.md", title=title, doc_type="rapport",
                          heading_path=[], start_line=1, end_line=1, text=text))


def test_a_field_labelled_with_the_asked_role_names_its_holder() -> None:
    item = _units("En dialog med flickor genomförs under våren. Ansvarig: ungdomsstrategen.")[-1]
    assert names_role_field(item, "ansvarig")
    assert not names_role_field(item, "projektledare")
    assert not names_role_field(_units("Rektor är ansvarig för planen.")[0], "ansvarig")


def test_a_name_beside_its_kind_in_the_title_is_said_by_the_kind() -> None:
    units = _units("Kommunens kostnad för sommarskolan var 486 000 kronor. Lunch ingår.",
                   title="Läsfrämjande sommarskola Läslust för årskurs 4–6")
    assert named_by_title(units[0], "laslust")
    assert not named_by_title(units[1], "laslust")
    assert not named_by_title(units[0], "arskurs")  # a word after a preposition names no thing by its kind


def test_a_survey_named_by_a_near_title_places_the_figure_in_its_document() -> None:
    row = _units("Män 65 år | 16 | 295\n\nEnkäten skickades i mars.", title="Trygghetsundersökning 2025")[0]
    assert names_own_document(row, "trygghetsenkat", lambda c: c.text)
    assert not names_own_document(row, "foraldraenkat", lambda c: c.text)
    assert not names_own_document(row, "trygghetsvandring", lambda c: c.text)


def test_those_who_answered_are_counted_by_an_n_column() -> None:
    row = _units("Grupp | Andel 2025 | n 2025\nMän | 14 | 311\nKvinnor | 30 | 400")[1]
    assert counts_respondents(row, "svarande")
    assert not counts_respondents(row, "elever")
    other = _units("Grupp | Andel 2025 | Antal 2025\nMän | 14 | 311\nKvinnor | 30 | 400")[1]
    assert not counts_respondents(other, "svarande")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "fact"), [
    ("Vem är ansvarig för dialogen med flickor 13–16 år i Sjöhamn?", "ungdomsstrategen"),
    ("Vad kostade Läslust per deltagare?", "6 000 kronor per deltagare"),
    ("Hur många svarande fanns i gruppen män 65 år och äldre i Sörbyholms enkät 2025?", "311"),
    ("Hur många män 65 år och äldre svarade på trygghetsenkäten i Sörbyholm 2023?", "295"),
])
def test_fresh_answerable_questions_are_answered(eval_bot: Any, question: str, fact: str) -> None:
    reply = eval_bot.respond({"message": question})
    assert reply.grounded and fact in reply.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize("question", [
    "Vem är ansvarig för trygghetsvandringarna med elevrådet på Björkvalla gymnasium?",
    "Vem är projektledare för dialogen med flickor 13–16 år i Sjöhamn?",
    "Vad kostade lunchen på Läslust per elev?",
    "Vad kostade utflykten till Storskogen per deltagare?",
    "Hur många svarande fanns bland flickorna 13–20 år i Lommaryd?",
    "Hur många män 65 år och äldre svarade på föräldraenkäten i Sörbyholm 2023?",
    "Hur många kvinnor 16–29 år svarade på medborgarenkäten i Sörbyholm 2025?",
])
def test_their_unanswerable_twins_stay_refused(eval_bot: Any, question: str) -> None:
    reply = eval_bot.respond({"message": question})
    assert not reply.grounded
