"""Answerable questions refused for how they were put (wrongref38 probes): a split year written with two digits
outside 'läsåret' ('vintern 23/24'), which the documents write '2023/24', and a term explained by how it works
('Syskonrabatt ges så att …') asked 'Vad innebär …?'. Each with the unanswerable twins its rule exists for, which
stay refused."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.definition import defines
from assistant.grounding.question import spelled_out_terms


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


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "fact"), [
    ("Hur många fler kvinnor än män skadades som fotgängare i halkan vintern 23/24 i Kärrnäs?", "58"),
    ("Hur många pojkar stod i kö till kulturskolan i Siljeby 24/25?", "71"),
    ("Vad innebär syskonrabatten på kulturskolan?", "halv avgift"),
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
])
def test_their_unanswerable_twins_stay_refused(eval_bot: Any, question: str) -> None:
    reply = eval_bot.respond({"message": question})
    assert not reply.grounded
