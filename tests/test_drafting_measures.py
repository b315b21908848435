"""Drafts that read the planner's figures as what they measure (session 18): a target is counted from the figure of
its own measure, never from a share of something else ('64 % … trygga' is no baseline of 'Frånvaron … ska minska med
5 procentenheter'); the size of a school is no figure of what a share beside it measures; a problem said as a
level ('Frånvaron bland flickorna är hög') is followed as that measure; avoiding a place is an outcome asked in a
survey, not a process."""

from __future__ import annotations

import pytest

from assistant.generation.facts import extract_facts
from assistant.service import Assistant
from tests.conftest import converse

SAFE = ("Vi är Ekbackaskolan i Lindvik, åk 7–9. I elevenkäten våren 2025 svarade 64 % av flickorna och 83 % av "
        "pojkarna att de känner sig trygga på rasterna.")


def test_a_points_target_is_counted_only_from_a_figure_of_its_own_measure() -> None:
    other = extract_facts([SAFE, "Frånvaron bland flickorna ska minska med 5 procentenheter till våren 2026."])
    assert other.target is not None and other.target.values == (("flickor", "−5 procentenheter"),)  # not '59 %'
    assert other.target.unmeasured(other.figures) == "frånvaron"
    same = extract_facts(["Våren 2025 hade 18 % av flickorna hög frånvaro och 64 % av flickorna kände sig trygga. "
                          "Frånvaron ska minska med 5 procentenheter."])
    assert same.target is not None and same.target.values == (("", "13 %"),)  # 18 % − 5, not 64 % − 5
    assert same.target.unmeasured(same.figures) == ""
    safe = extract_facts([SAFE, "Andelen trygga flickor ska öka med 5 procentenheter."])
    assert safe.target is not None and safe.target.values == (("flickor", "69 %"),)


def test_a_target_is_not_counted_from_another_target_groups_figure_and_a_source_is_no_measure() -> None:
    said = ("Vi är Norrskolan, åk 4–6. Läsåret 2024 läste 35 % av pojkarna varje dag enligt vår läsenkät. Andelen "
            "pojkar som läser varje dag ska öka med 10 procentenheter.")
    facts = extract_facts([said])
    assert facts.target is not None and facts.target.values == (("pojkar", "45 %"),)  # 'läser' is 'läste'
    assert [(f.subject, f.source) for f in facts.figures] == [("läste varje dag", "er läsenkät")]
    regraded = extract_facts([said, "Byt målgrupp till åk 6."])  # the 35 % is of åk 4–6: no baseline of åk 6
    assert regraded.target is not None and regraded.target.values == (("pojkar", "+10 procentenheter"),)


def test_the_size_of_a_school_is_no_figure_of_the_share_beside_it() -> None:
    facts = extract_facts(["Skolan har 410 elever och 38 % av pojkarna saknar godkänt i matematik 2024."])
    assert facts.size == "410 elever"
    assert [f.describe() for f in facts.figures] == ["38 % av pojkarna saknar godkänt i matematik (2024)"]


def test_a_share_of_a_group_among_those_counted_is_read_with_the_group_after_them() -> None:
    facts = extract_facts(["På fritidsgårdarna var 30 % av besökarna flickor 2024.",
                           "Andelen flickor bland besökarna ska öka med 10 procentenheter."])
    assert [f.describe() for f in facts.figures] == ["30 % bland besökarna är flickor (2024)"]  # was '30 % av flickorna'
    assert facts.target is not None and facts.target.values == (("flickor", "40 %"),)


def test_a_group_after_a_preposition_is_not_what_the_problem_says_something_of() -> None:
    from assistant.generation.facts import predicate

    assert predicate("Frånvaron bland flickorna är hög") == ""  # was 'är hög', an indicator 'som är hög'
    assert predicate("Många av flickorna undviker uppehållsrummet") == "undviker uppehållsrummet"


# --- through the service ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_a_target_of_another_measure_makes_that_measure_the_goal_with_its_baseline_to_fill_in(
        assistant: Assistant) -> None:
    goal, plan = converse(assistant, [
        ("lokalt_mal", f"{SAFE} Gör ett lokalt mål: frånvaron bland flickorna ska minska med 5 procentenheter till "
                       "våren 2026."),
        ("uppfoljning", "Och en uppföljningsplan")])
    assert "59 %" not in goal.text and "59 %" not in plan.text
    sentence = goal.draft.section("mal").items[0].text
    assert sentence.startswith("Frånvaron för pojkar och för flickor i åk 7–9 på Ekbackaskolan ska minska med 5 "
                               "procentenheter"), sentence
    measurable = {i.text.split(":", 1)[0]: i for i in goal.draft.section("matbart").items}
    baseline = next(i for i in goal.draft.section("matbart").items if i.gap)
    assert "frånvaron" in baseline.text and "64 %" in baseline.text  # names what to find, and what they gave
    assert "elevenkät" not in measurable["Datakälla"].text  # their survey measured safety, not absence
    first = " ".join(i.text for i in plan.draft.section("indikator_1").items)
    assert "frånvaro i procent" in first and "elevenkät" not in first


@pytest.mark.needs_corpus_index
def test_a_problem_said_as_a_level_and_one_of_avoiding_a_place_are_followed_as_what_they_are(
        assistant: Assistant) -> None:
    (plan,) = converse(assistant, [
        ("uppfoljning", f"{SAFE} Frånvaron bland flickorna är hög. Flickor anmäler oftare sexuella trakasserier i "
                        "korridorerna och många flickor undviker uppehållsrummet. Gör en uppföljningsplan.")])
    headings = [s.heading for s in plan.draft.sections if s.key.startswith("indikator_")]
    assert not any("som är hög" in h for h in headings), headings
    absence = next(s for s in plan.draft.sections if s.heading.startswith("Indikator") and "Frånvaron" in s.heading)
    assert any("frånvaro i procent" in i.text for i in absence.items)
    assert "Frånvaron bland flickorna är hög" not in plan.text.split("Mer som ni angav")[-1]  # carried, not extra
    avoiding = next(s for s in plan.draft.sections if "undviker uppehållsrummet" in s.heading)
    measure = next(i.text for i in avoiding.items if i.text.startswith("Mått:"))
    assert "enkät" in measure, measure  # an outcome they report, not 'dokumentation och uppföljningssamtal'
