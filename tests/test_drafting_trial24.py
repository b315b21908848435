"""Drafts from a rektor's and a fritidsförvaltning's figures (trial 24, section E): a figure pair told as a comparison
('14 % mot 9 % för pojkarna') or a resource named before its shares ('Av lokaltiderna gick 70 procent till …') is
read per group with what it measures; both groups' figures survive a grade named between them; the user's own survey
('i höstens elevenkät') is the data source; a time relative to now is named when its year is asked for; an
observation's lead ('Vi har länge märkt att') is no part of the problem; two parts of one whole even out in the
follow-up plan; a measure that does not exist in a new target group's grades is flagged."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.drafts import _grade_bound
from assistant.generation.facts import extract_facts, user_source
from assistant.service import Assistant
from tests.conftest import converse

# Fresh situations written for these tests (no tune case's wording).
ABSENCE_PAIR = "Vi är Ekbyskolan, åk 7–9. Flickorna har också högre frånvaro: 14 % mot 9 % för pojkarna 2025."
HALL_TIMES = "Av lokaltiderna gick 70 procent till lag för pojkar och 30 procent för flickor 2024."
READING = ("I höstens elevenkät svarade 40 % av pojkarna i åk 4–6 och 22 % av flickorna att de inte läser något "
           "på fritiden.")
LAST_YEAR = ("Förra läsåret hade 20 % av pojkarna i åk 9 inte godkänt i matematik och naturkunskap, jämfört med 11 % "
             "av flickorna.")
SUMMER = ("Vi är kultur- och fritidsförvaltningen i Ekby kommun. 2024 var 30 procent av deltagarna i "
          "sommarlovsaktiviteterna flickor och 70 procent pojkar.")
ELIGIBILITY = ("Vi är Ekbyskolan i Ekby kommun, åk 7–9. Läsåret 2024/25 var 22 procent av pojkarna och 12 procent av "
               "flickorna inte behöriga till gymnasiet.")


# --- pure parts ------------------------------------------------------------------------------------------


def test_a_pair_told_as_a_comparison_is_each_groups_figure_of_one_measure() -> None:
    figures = extract_facts([ABSENCE_PAIR]).figures
    assert [(f.group, f.text, f.subject, f.rate) for f in figures] == [
        ("flickor", "14 %", "frånvaro", True), ("pojkar", "9 %", "frånvaro", True)]
    assert all(f.year == "2025" for f in figures)


def test_a_resource_named_before_its_shares_is_split_between_the_groups() -> None:
    figures = extract_facts([HALL_TIMES]).figures
    assert [(f.group, f.text) for f in figures] == [("pojkar", "70 %"), ("flickor", "30 %")]
    assert {f.subject for f in figures} == {"andel av lokaltiderna som går till lag"}


def test_both_groups_keep_their_measure_with_grades_between_them_and_the_survey_is_theirs() -> None:
    facts = extract_facts([READING])
    assert [(f.group, f.subject) for f in facts.figures] == [
        ("pojkar", "läser inte något på fritiden"), ("flickor", "läser inte något på fritiden")]
    assert {f.source for f in facts.figures} == {"er elevenkät"}
    assert user_source("Enligt vårens trivselenkät") == "er trivselenkät"
    assert user_source("I vårens match vann vi") == ""  # a season without a survey names no source


def test_a_time_relative_to_now_is_named_and_a_comparison_stays_in_its_clause() -> None:
    facts = extract_facts([LAST_YEAR])
    assert [f.subject for f in facts.figures] == ["hade inte godkänt i matematik och naturkunskap"] * 2
    assert any("”förra läsåret”" in issue for issue in facts.issues), facts.issues
    assert not any("saknar år" in issue for issue in facts.issues), facts.issues
    assert len(facts.problems) == 1 and "jämfört med 11 %" in facts.problems[0]


def test_an_observations_lead_is_no_part_of_the_problem() -> None:
    assert extract_facts(["Vi har länge märkt att pojkar slutar läsa på fritiden."]).problems == [
        "pojkar slutar läsa på fritiden"]


def test_a_measure_of_later_grades_is_flagged_for_younger_ones() -> None:
    assert "finns inte i åk 4–6" in _grade_bound("andel som inte var behöriga till gymnasiet", "åk 4–6")
    assert "finns inte i åk 1–3" in _grade_bound("andel som inte har godkänt i svenska", "åk 1–3")
    assert _grade_bound("andel som inte har godkänt i svenska", "åk 7–9") == ""
    assert _grade_bound("andel som inte känner sig trygga", "åk 1–3") == ""


# --- drafts on the corpus --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_a_compared_pair_gives_each_group_its_figure_in_the_draft(assistant: Assistant) -> None:
    (draft,) = converse(assistant, [("problemformulering", ABSENCE_PAIR)])
    assert draft.draft is not None
    nulage = [i.text for i in draft.draft.section("nulage").items]  # type: ignore[union-attr]
    assert any("flickor 14 %" in t for t in nulage) and any("pojkar 9 %" in t for t in nulage), nulage
    assert " som mot" not in draft.text and "Alla: 14 %" not in draft.text
    assert not any(i.gap and "andel" in i.text and "frånvaro" in i.text for i in draft.draft.items()), draft.text


@pytest.mark.needs_corpus_index
def test_two_parts_of_one_whole_even_out_in_the_follow_up(assistant: Assistant) -> None:
    (plan,) = converse(assistant, [("uppfoljning", f"{SUMMER} Gör en uppföljningsplan.")])
    assert plan.draft is not None
    accepted = [i.text for i in plan.draft.items() if i.text.startswith("Acceptabelt resultat")]
    assert accepted and "fördelningen blir jämnare" in accepted[0], accepted
    assert not any("går upp för både" in t for t in accepted), accepted


@pytest.mark.needs_corpus_index
def test_a_new_target_group_without_the_measure_is_warned_of(assistant: Assistant) -> None:
    goal, regrouped = converse(assistant, [("lokalt_mal", ELIGIBILITY), ("lokalt_mal", "byt målgrupp till åk 4-6")])
    assert "finns inte i åk 4–6" not in goal.text
    assert "finns inte i åk 4–6" in regrouped.text, regrouped.text
    assert "22 %" in regrouped.text and "12 %" in regrouped.text  # whose the figures are, both groups


@pytest.mark.needs_corpus_index
def test_a_school_results_problem_gets_the_materials_causes(assistant: Assistant) -> None:
    # the eligibility problem shares few words with the material's causes of boys' results, but fits its card
    (draft,) = converse(assistant, [("problemformulering", ELIGIBILITY)])
    assert draft.draft is not None
    causes = draft.draft.section("orsaker").items  # type: ignore[union-attr]
    assert any(i.provenance == "source" and i.citations for i in causes), draft.text
    assert not any(i.gap and "nämner inga" in i.text for i in causes), draft.text
