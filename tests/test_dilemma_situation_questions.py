"""A dilemma's perspectives are on the situation's subject, and a request for discussion questions is answered with
questions built from the situation (issue 12, yesno23; trial 23: splitting PE by gender got passages on boys' grades
and violence, and 'Vilka frågor ska vi ta upp på nästa ämneskonferens …?' got 'Underlaget tar inte upp …')."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.dilemma import NO_PERSPECTIVE_NOTE
from assistant.service import Assistant
from tests.test_dilemma_turns import _converse, ekby  # noqa: F401  (the fixture)

SITUATION = ("Vi diskuterar om idrottslektionerna i åk 8 ska delas efter kön. Flera flickor säger att de inte vågar "
             "vara aktiva när pojkarna är med, men andra lärare menar att särskilda flickgrupper befäster bilden av att "
             "flickor är svagare.")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_passages_that_only_share_the_groups_are_no_perspectives_and_asked_questions_come_from_the_situation(
        ekby: Assistant) -> None:  # noqa: F811
    """Ekby's documents speak of boys and girls (grades, violence) but not of PE or groups split by gender: the first
    turn quotes none of them as a perspective; asked for questions for the next meeting, the turn sets out both sides
    as told and asks about each, not 'Underlaget tar inte upp …'."""
    opening, asked = _converse(ekby, [SITUATION, "Vilka frågor ska vi ta upp på nästa ämneskonferens innan vi "
                                                 "bestämmer oss?"])
    perspectives = opening.draft.section("perspektiv").items
    assert [i.text for i in perspectives if i.provenance == "source"] == [], opening.text
    assert "tar inte upp" not in asked.text, asked.text
    assert asked.draft.section("sida_1") is not None and asked.draft.section("sida_2") is not None, asked.text
    questions = [i.text for i in asked.draft.section("fragor").items]
    assert any("inte vågar vara aktiva" in q for q in questions), questions
    assert any("befäster bilden" in q for q in questions), questions
    assert "inget givet svar" in asked.text, asked.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_situation_the_documents_speak_of_keeps_its_perspectives(ekby: Assistant) -> None:  # noqa: F811
    """Läxhjälp for boys only: Ekby's documents speak of läxhjälp, so the perspectives stay and no note is added."""
    (opening,) = _converse(ekby, ["Rektorn vill erbjuda läxhjälp enbart till pojkarna eftersom deras betyg är lägre. "
                                  "Är det rätt?"])
    perspectives = opening.draft.section("perspektiv").items
    assert any(i.provenance == "source" for i in perspectives), opening.text
    assert NO_PERSPECTIVE_NOTE not in opening.text, opening.text
