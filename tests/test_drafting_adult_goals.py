"""An adult unit's goal made measurable and given more actors (trial 22's leftovers): a target is proposed from a
kvinnor/män baseline too, figures counted in days or months are read with their group, a strong past verb stays in
what is measured (so the goal knows the share should fall), and 'lägg till aktörer' adds no school roles to a
socialtjänst plan."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.drafts import school_role
from assistant.generation.facts import extract_facts
from assistant.generation.targets import goal_sentence, propose_target
from assistant.service import Assistant
from tests.conftest import converse

# Fresh situations written for these tests (none of a trial's or a tune case's wording).
JOB_COACHING = ("Vi är arbetsmarknadsenheten på socialförvaltningen i Tallby kommun. Av dem som fick jobbcoachning "
                "2025 fick 46 % av männen och 29 % av kvinnorna en anställning inom ett år.")


def test_a_target_is_proposed_from_a_kvinnor_man_baseline() -> None:
    proposal = propose_target("andel män och andel kvinnor som fick en anställning inom ett år",
                              "män 46 % (2025); kvinnor 29 % (2025)")
    assert proposal is not None
    assert proposal.value == "män minst 46 %; kvinnor minst 38 %"
    assert "mellan män och kvinnor" in proposal.reason
    said = goal_sentence("andel män och andel kvinnor som fick en anställning inom ett år",
                         "män 46 % (2025); kvinnor 29 % (2025)", proposal.value, "")
    assert said is not None and "andelen kvinnor ska öka från 29 % (2025) till minst 38 %" in said


def test_a_time_counted_in_days_keeps_its_unit_and_falls() -> None:
    proposal = propose_target("antal sjukdagar i snitt per år för män och för kvinnor",
                              "kvinnor 14 sjukdagar (2025); män 8 sjukdagar (2025)")
    assert proposal is not None and proposal.value == "män högst 8 sjukdagar; kvinnor högst 11 sjukdagar"


def test_figures_in_days_and_months_are_read_with_their_group() -> None:
    staff = extract_facts(["Under 2025 hade männen i genomsnitt 9 sjukdagar och kvinnorna 13 sjukdagar."]).figures
    assert [(f.group, f.value, f.unit) for f in staff] == [("pojkar", 9.0, "sjukdagar"), ("flickor", 13.0, "sjukdagar")]
    assert all("sjukdagar" in f.subject for f in staff)
    wait = extract_facts(["2025 väntade kvinnorna 5 månader på en plats och männen 3 månader."]).figures
    assert [(f.group, f.value) for f in wait] == [("flickor", 5.0), ("pojkar", 3.0)]
    assert all(f.subject.startswith("väntade") for f in wait), [f.subject for f in wait]


def test_a_strong_past_verb_stays_in_what_is_measured() -> None:
    figures = extract_facts(["Förra året avbröt 27 procent av männen på komvux sin utbildning, mot 15 procent av "
                             "kvinnorna."]).figures
    assert [(f.group, f.value) for f in figures] == [("pojkar", 27.0), ("flickor", 15.0)]
    assert all(f.subject == "avbröt sin utbildning" for f in figures), [f.subject for f in figures]
    assert lex.NEGATIVE_RE.search("andel män och andel kvinnor som avbröt sin utbildning")


def test_a_school_role_is_no_actor_for_an_adult_unit() -> None:
    assert school_role("Elevhälsan", "socialtjänst") and school_role("Rektorer", "arbetsmarknad")
    assert not school_role("Elevhälsan", "") and not school_role("Bibliotek", "hr")
    assert not school_role("Rektor", "vuxenutbildning")  # komvux has a rektor


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_an_adult_goal_made_measurable_gets_a_proposed_target_and_no_school_actors(assistant: Assistant) -> None:
    *_, measurable, actors = converse(assistant, [
        ("problemformulering", JOB_COACHING), ("lokalt_mal", "Formulera ett lokalt mål"),
        ("lokalt_mal", "gör målet mätbart"), ("lokalt_mal", "lägg till aktörer")])
    for response in (measurable, actors):
        assert response.draft is not None
        assert "[målvärde]" not in response.text, response.text
        assert "kvinnor minst 38 %" in response.text, response.text
    names = [i.text for i in actors.draft.section("aktorer").items]  # type: ignore[union-attr]
    assert not any(school_role(n, "arbetsmarknad") for n in names), names


def test_another_groups_clause_is_no_part_of_the_measure_and_a_capitalised_kind_keeps_its_name() -> None:
    facts = extract_facts(["Vi är Förskolan Lärkan i Åby. I våra observationer fick pojkarna 70 % av personalens "
                           "uppmärksamhet och flickorna fick oftare vänta på sin tur."])
    assert facts.school == "Förskolan Lärkan"
    (boys,) = facts.figures
    assert boys.group == "pojkar" and boys.part == "personalens uppmärksamhet", boys


@pytest.mark.needs_corpus_index
def test_a_goal_on_sick_days_counts_them_for_each_group_and_should_fall(assistant: Assistant) -> None:
    (_, goal) = converse(assistant, [
        ("problemformulering", "Vi är personalenheten i Tallby kommun. Under 2025 hade kvinnorna i genomsnitt 14 "
                               "sjukdagar och männen 8 sjukdagar."), ("lokalt_mal", "Formulera ett lokalt mål")])
    assert goal.draft is not None
    aim = goal.draft.section("mal").items[0].text  # type: ignore[union-attr]
    assert aim.startswith("Antal sjukdagar i genomsnitt för män och för kvinnor") and "ska minska" in aim, aim
