"""Trial 34's plan faults: a measure of ill-being proposed to rise ('andelen pojkar [som ofta känner sig nedstämda]
ska öka … till minst 30 %'), a measure of unknown direction given a value anyway, a compared pair read as 'Pojkar:
12 % mot', no causes or measures though a report on the same kind of service has them, and a dilemma's said-back word
order, other party and meeting. The unit tests need nothing; the conversations need the eval store (corpus/ and
evals/extra_docs/, where Vintrosa's elevhälsa report is)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.dilemma.participant import _parties_ask, _subordinate_order
from assistant.generation.extractive.dilemma.turn import _meeting_questions
from assistant.generation.facts import extract_facts
from assistant.generation.targets import direction, propose_target, should_fall
from tests.conftest import converse

P1 = ("Jag är elevhälsochef i Brännvikens kommun. I elevhälsoenkäten 2025 svarade 41 % av flickorna och 18 % av "
      "pojkarna i åk 7–9 att de ofta känner sig nedstämda. 2023 var det 35 % av flickorna och 17 % av pojkarna. "
      "Samtidigt har pojkarna oftare hög frånvaro: 12 % av pojkarna mot 8 % av flickorna hade mer än 15 % frånvaro "
      "läsåret 2024/25.")


@pytest.mark.parametrize("measure", ["som ofta känner sig nedstämda", "som känner oro inför prov",
                                     "som har ångest varje vecka", "som ofta sover dåligt på grund av jobbet"])
def test_ill_being_should_fall_and_its_target_is_a_ceiling(measure: str) -> None:
    assert should_fall(measure) and direction(measure) == "minska"
    proposed = propose_target(f"andel pojkar och andel flickor {measure}", "pojkar 18 %; flickor 41 %")
    assert proposed is not None and proposed.value == "pojkar högst 18 %; flickor högst 30 %"


def test_a_measure_of_unknown_direction_gets_no_value() -> None:
    measure = "som spelar datorspel mer än tre timmar om dagen"
    assert direction(measure) is None and not should_fall(measure)
    assert propose_target(f"andel pojkar och andel flickor {measure}", "pojkar 48 %; flickor 21 %") is None
    # negated ill-being: which way is the user's to say; a negated deed of leaving still rises (those who stay)
    assert direction("som inte känner sig nedstämda") is None
    assert direction("som inte slutade efter första terminen") == "öka"
    # wanted outcomes still rise
    assert propose_target("andel pojkar och andel flickor som läser minst en bok i månaden",
                          "pojkar 46 %; flickor 71 %").value == "pojkar minst 59 %; flickor minst 71 %"  # type: ignore


@pytest.mark.parametrize("said, measure", [
    ("12 % av pojkarna mot 8 % av flickorna hade mer än 15 % frånvaro läsåret 2024/25.",
     "hade mer än 15 % frånvaro"),
    ("23 % av pojkarna jämfört med bara 11 % av flickorna saknar godkänt i matematik.", "saknar godkänt i matematik"),
    ("12 procent av pojkarna respektive 8 procent av flickorna har hög frånvaro.", "har hög frånvaro"),
    ("Av eleverna i åk 8 har 35 % av pojkarna mot 20 % av flickorna minst ett F.", "har minst ett F"),
    ("På skolan oroar sig 44 % av flickorna medan 19 % av pojkarna i åk 4–6 ofta för skolarbetet.",
     "oroar sig ofta för skolarbetet"),
])
def test_a_pair_compared_before_its_measure_is_both_groups_measure(said: str, measure: str) -> None:
    figures = extract_facts([said]).figures
    assert {f.subject for f in figures} == {measure}, [(f.group, f.subject) for f in figures]
    assert {f.group for f in figures} == {"pojkar", "flickor"}


def test_the_dilemmas_other_parties_are_who_holds_a_view_first() -> None:
    asked = _parties_ask("En pappa har hört av sig och vill att hans dotter i åk 5 ska slippa simundervisningen när "
                         "pojkarna är med.")
    assert asked.startswith("vad skulle pappan, dottern")
    assert _subordinate_order("flickan själv säger inte så mycket men verkar vilja vara med") == \
        "flickan själv inte säger så mycket men verkar vilja vara med"


def test_a_meeting_ahead_gets_questions_to_prepare_it() -> None:
    opening = "En pappa vill att hans dotter ska slippa simundervisningen när pojkarna är med."
    questions = [q.text for q in _meeting_questions("Vad ska jag säga till pappan på mötet på torsdag?", opening, "")]
    assert len(questions) == len(lex.MEETING_PREP_QUESTIONS) and "pappan" in questions[0]
    assert any("dottern själv" in q for q in questions)
    assert _meeting_questions("Men är det inte bättre att ge efter?", opening, "") == []



@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_elevhalsa_plan_falls_reads_its_pair_and_borrows_causes_and_measures(eval_bot: Any) -> None:
    pf, goal, measurable = converse(eval_bot, [("problemformulering", P1),
                                               ("lokalt_mal", "Gör ett lokalt mål av det här"),
                                               ("lokalt_mal", "gör målet mätbart")])
    assert " mot (" not in pf.text and "som mot" not in pf.text
    assert "Pojkar: 12 % hade mer än 15 % frånvaro" in pf.text
    causes = pf.draft.section("orsaker")
    assert any("nedstämdhet" in i.text and i.provenance == "source" for i in causes.items)
    assert "Hagnäs kommun" in causes.items[0].text  # said to be that organisation's
    assert "vintrosa" in " ".join(c.source for c in pf.citations)
    insatser = goal.draft.section("insatser")
    assert any("Samtalsgrupper" in i.text for i in insatser.items)
    assert "ska öka" not in goal.text and "ska öka" not in measurable.text
    assert "högst" in measurable.text and "minst 30 %" not in measurable.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_measure_of_unknown_direction_asks_which_way(eval_bot: Any) -> None:
    _, measurable = converse(eval_bot, [
        ("lokalt_mal", "På Ekbackens skola spelar 48 % av pojkarna och 21 % av flickorna i åk 7–9 datorspel mer än tre "
                       "timmar om dagen enligt elevenkäten 2025. Gör ett lokalt mål."),
        ("lokalt_mal", "gör målet mätbart")])
    assert lex.ASK_DIRECTION_GAP in measurable.text
    assert "minst" not in measurable.text and "högst" not in measurable.text
