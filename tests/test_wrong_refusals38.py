"""Answerable questions refused for how they were put (wrongref38 probes): a split year written with two digits
outside 'läsåret' ('vintern 23/24'), which the documents write '2023/24', and a term explained by how it works
('Syskonrabatt ges så att …') asked 'Vad innebär …?', a noun in -a asked in its definite form ('halkan') met by the
compounds that drop its -a ('halkolyckor'), and a row under a season-headed first column ('Vinter') dated by that
season ('förra vintern'). Each with the unanswerable twins its rule exists for, which
stay refused."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.config import PROJECT_ROOT
from assistant.grounding.definition import defines
from assistant.grounding.question import spelled_out_terms
from assistant.grounding.scope.periods import dated_by
from assistant.grounding.scope.terms import names_term
from assistant.index.units import units_of
from ingest.chunk import chunk_document
from ingest.load import load_document


def test_a_split_year_written_short_is_spelled_out_where_it_dates() -> None:
    assert spelled_out_terms("Hur många skadades vintern 23/24?") == "Hur många skadades vintern 2023/24?"
    assert spelled_out_terms("Vad kostade det 24/25?") == "Vad kostade det 2024/25?"
    assert spelled_out_terms("Hur var det under 24/25 och 25/26?") == "Hur var det under 2024/25 och 2025/26?"
    # not a ratio, an age, a date, a longer year or a law's number
    for text in ("Hur många av 12/13 elever svarade?", "Hur många 13/14-åringar deltog?", "Mötet den 12/3",
                 "läsåret 2023/24", "SFS 2010:800", "Hur många var 23/25 av dem?"):
        assert spelled_out_terms(text) == text


def test_a_term_told_by_how_it_works_is_defined() -> None:
    term = "syskonrabatt"
    assert defines(term, "Syskonrabatt ges så att det andra syskonet betalar halv avgift.", loose=True)
    assert not defines(term, "Information om syskonrabatt skickas till alla vårdnadshavare.", loose=True)
    assert not defines(term, "Avgiften ges så att alla betalar lika.", loose=True)


def _rows(name: str) -> list[Any]:
    doc, _ = load_document(PROJECT_ROOT / "evals" / "extra_docs" / name)
    return [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c) if u.kind == "row"]


def test_a_row_under_a_season_column_is_of_that_season() -> None:
    rows = {u.text: u for u in _rows("karrnas-vintervaghallning-jamstalldhetsanalys-2025.md")}
    assert [(p.part, p.year) for p in dated_by(rows["2024/25 | 49 | 25 | 74"])] == [("vinter", "2024/25")]
    assert dated_by(rows["Totalt | 107 | 52 | 159"]) == []  # no year: no winter of its own


def test_a_definite_a_noun_is_met_by_its_compounds() -> None:
    row = {u.text: u for u in _rows("karrnas-vintervaghallning-jamstalldhetsanalys-2025.md")}["2023/24 | 58 | 27 | 85"]
    assert names_term(row, "halkan")  # 'Fotgängare som skadats i halkolyckor'
    assert not names_term(row, "gatan")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "fact"), [
    ("Hur många fler kvinnor än män skadades som fotgängare i halkan vintern 23/24 i Kärrnäs?", "58"),
    ("Hur många pojkar stod i kö till kulturskolan i Siljeby 24/25?", "71"),
    ("Vad innebär syskonrabatten på kulturskolan?", "halv avgift"),
    ("Hur många fotgängare skadade sig i halkan förra vintern i Kärrnäs?", "2024/25"),
])
def test_fresh_answerable_questions_are_answered(eval_bot: Any, question: str, fact: str) -> None:
    reply = eval_bot.respond({"message": question})
    assert reply.grounded and fact in reply.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize("question", [
    "Hur många kvinnor skadades som fotgängare i halkan vintern 22/23 i Kärrnäs?",
    "Hur mycket kostade snöröjningen i Kärrnäs vintern 23/24?",
    "Hur många cyklister skadades i halkan vintern 23/24 i Kärrnäs?",
    "Vad innebär instrumenthyran på kulturskolan?",
    "Vad menas med ob-tillägg i Stenåkers lönekartläggning?",
    "Vad innebär elevregistret i Siljeby kulturskola?",
    "Hur många fotgängare skadade sig i halkan i Tjärnmyra förra vintern?",
    "Hur många fotgängare skadade sig i halkan förra sommaren i Kärrnäs?",
    "Hur många kvinnor gick till fots på sommaren i Kärrnäs?",
])
def test_their_unanswerable_twins_stay_refused(eval_bot: Any, question: str) -> None:
    reply = eval_bot.respond({"message": question})
    assert not reply.grounded
