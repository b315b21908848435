"""Conversation turns from trial 38 (convo38):

- a question that names its topic before asking of it ('Tjejer i rörelse på Kupolen – vad kostade det?') hands that
  topic, not its whole question, to the short follow-ups after it ('vem ansvarar?', 'har det gett resultat?': L2/L3
  were searched as 'Vem ansvarar – … – vad kostade det?' and refused, or answered with the cost again);
- a bare summary request ('sammanfatta på tre meningar') sums up the conversation's topic (L4 quoted the method's
  'Genomför en sammanfattande analys');
- an edit request that opens a conversation in question mode ('gör det kortare') is told there is nothing to edit
  (B: four sentences with 'kort' in them were quoted as an answer);
- a question that compares an upload with the rest of the material ('jämfört med vad det övriga underlaget säger')
  asks of the material (U6 was told 'andra organisationers uppgifter gäller inte er').
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex
from assistant.grounding.followups import asks_summary_only, is_follow_up, rewrite_follow_up, topic_of
from assistant.grounding.question import verb_form
from assistant.schema import Turn
from tests.conftest import converse

KUPOLEN = "kupolen-tjejer-i-rorelse-sammanfattning.txt"


def _history(*questions: str) -> list[Turn]:
    turns: list[Turn] = []
    for question in questions:
        turns += [Turn(role="user", content=question), Turn(role="assistant", content="Svar ur underlaget. [1]")]
    return turns


@pytest.mark.parametrize("first, topic", [
    ("Tjejer i rörelse på Kupolen – vad kostade det?", "Tjejer i rörelse på Kupolen"),
    ("Sommarskolan i Norrbrink: hur många deltog i den?", "sommarskolan i Norrbrink"),
])
def test_a_topic_named_before_the_question_is_what_follow_ups_ask_of(first: str, topic: str) -> None:
    assert topic_of(first) == topic
    for follow_up in ("vem ansvarar?", "har det gett resultat?"):
        rewritten = rewrite_follow_up(follow_up, _history(first))
        assert topic in rewritten and "kostade" not in rewritten and "deltog" not in rewritten, rewritten


def test_a_contrast_set_before_the_question_is_no_topic() -> None:
    assert topic_of("Och i Kumla, vad kostade det?") != "i Kumla"


@pytest.mark.parametrize("message, bare", [
    ("sammanfatta på tre meningar", True), ("Kan du summera det kort?", True),
    ("Sammanfatta vad metodstödet säger om läxhjälp", False),
])
def test_a_bare_summary_request_is_read_as_such(message: str, bare: bool) -> None:
    assert asks_summary_only(message) is bare
    if bare:
        assert is_follow_up(message)


def test_a_summary_request_sums_up_the_conversations_topic() -> None:
    history = _history("Tjejer i rörelse på Kupolen – vad kostade det?", "har det gett resultat?")
    assert rewrite_follow_up("sammanfatta på tre meningar", history) == \
        "Sammanfatta Tjejer i rörelse på Kupolen på tre meningar?"


def test_a_participle_of_an_e_verb_is_a_verb() -> None:
    assert verb_form("gett") and verb_form("sett") and not verb_form("resultat")


@pytest.mark.parametrize("message", ["Hur står sig våra resultat jämfört med vad det övriga underlaget säger?",
                                     "Stämmer det med resten av materialet?",
                                     "Vad säger övrigt material om det?"])
def test_a_comparison_with_the_rest_of_the_material_asks_elsewhere(message: str) -> None:
    assert lex.UPLOAD_ELSEWHERE_RE.search(message)


def test_the_new_patterns_are_fast_on_long_input() -> None:
    import time

    text = "sammanfatta " + "a " * 15_000
    started = time.perf_counter()
    lex.UPLOAD_ELSEWHERE_RE.search(text)
    lex.SUMMARY_ASIDE_RE.sub(" ", text)
    asks_summary_only(text[:30_000])
    assert time.perf_counter() - started < 1.0


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_follow_ups_on_a_project_named_first_are_answered_from_it(eval_bot: Any) -> None:
    cost, responsible, result, summary = converse(eval_bot, [
        ("fraga", "Tjejer i rörelse på Kupolen – vad kostade det?"), ("fraga", "vem ansvarar?"),
        ("fraga", "har det gett resultat?"), ("fraga", "sammanfatta på tre meningar")])
    assert "340 000" in cost.text
    assert "vad det kostade" not in responsible.text  # the refusal, if any, is not of the earlier question
    assert result.grounded and "41 procent" in result.text and "340 000" not in result.text
    assert summary.grounded and summary.citations and all(c.source == KUPOLEN for c in summary.citations)
    assert "sammanfattande analys" not in summary.text


@pytest.mark.needs_corpus_index
@pytest.mark.slow
@pytest.mark.parametrize("message", ["gör det kortare", "förkorta det", "Kan du göra det mer kortfattat?"])
def test_an_edit_request_with_nothing_to_edit_is_told_so(eval_bot: Any, message: str) -> None:
    (response,) = converse(eval_bot, [("fraga", message)])
    assert response.text == lex.NOTHING_TO_EDIT_REPLY and not response.grounded and not response.citations


def test_a_request_to_explain_has_the_explained_term_as_its_topic() -> None:
    first = ("Kan du förklara med vanliga ord, utan fackspråk, vad jämställdhetsintegrering och könsuppdelad statistik "
             "betyder? Jag ska dra det för förvaltningscheferna.")
    assert rewrite_follow_up("vad menas med det?", _history(first)) == \
        "Vad menas med jämställdhetsintegrering och könsuppdelad statistik?"


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_a_later_year_in_a_conversation_on_one_document_is_refused_for_that_year(eval_bot: Any) -> None:
    *_, later = converse(eval_bot, [
        ("fraga", "Tjejer i rörelse på Kupolen – vad kostade det?"), ("fraga", "har det gett resultat?"),
        ("fraga", "Hur många av tjejerna idrottar fortfarande på gården i dag, 2026?")])
    assert not later.grounded and "2026" in later.text.splitlines()[0]
    assert all(c.source == KUPOLEN for c in later.citations)


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_a_term_placed_in_a_field_is_answered_by_the_lines_on_the_term(eval_bot: Any) -> None:
    (response,) = converse(eval_bot, [
        ("fraga", "Vad säger materialet om könsuppdelad statistik i personalpolitiken?")])
    assert response.grounded and "något annat" not in response.text
    assert any(c.source == "ljungfors-jamstalldhetsbokslut-2025.pdf" for c in response.citations)


@pytest.mark.parametrize("message, nothing", [
    ("skriv om det enklare", True), ("Kan du göra det mer kortfattat?", True), ("gör det kortare", True),
    ("Vad är kort utbildning?", False), ("Hur skriver man enklare texter?", False),
])
def test_a_request_for_another_form_with_no_answer_before_is_read_as_such(message: str, nothing: bool) -> None:
    from assistant.generation.plan import nothing_to_edit
    from assistant.schema import ChatRequest

    assert nothing_to_edit(ChatRequest(message=message, mode="fraga")) is nothing
    answered = [Turn(role="user", content="Vad är läxhjälp?"), Turn(role="assistant", content="Svar. [1]")]
    assert not nothing_to_edit(ChatRequest(message=message, mode="fraga", history=answered))
