"""Session 35's planners: a share told group first with the other group's share elided, one group's pay as a share of
the other's, an average said before a rate, shares among an adult unit's own people, the school that wrote a report
named before its municipality, and 'kortare' numbering the interventions it keeps from 1. The unit tests need nothing;
the conversations need the corpus index."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.drafts.measures import _kind
from assistant.generation.extractive.drafts.problem import _gender_gaps, _organisation_named
from assistant.generation.facts import extract_facts
from assistant.grounding.passages import split_sentences
from assistant.schema import Chunk
from assistant.service import Assistant
from tests.conftest import converse
from tests.test_drafting_trial33 import _section, method_with_extra_docs


def _figures(message: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.group, f.text, f.subject, f.year) for f in extract_facts([message]).figures]


def test_a_share_told_group_first_is_each_groups_share_among_those_people() -> None:
    assert _figures("Vid observationer våren 2025 var pojkarna 70 % av barnen i bygghörnan och flickorna 30 %.") == [
        ("pojkar", "70 %", "bland barnen i bygghörnan", "2025"),
        ("flickor", "30 %", "bland barnen i bygghörnan", "2025")]
    assert _figures("Flickorna var 31 % av de elever som fick särskilt stöd ht-24 och pojkarna 69 %.") == [
        ("flickor", "31 %", "bland de elever som fick särskilt stöd", "2024"),
        ("pojkar", "69 %", "bland de elever som fick särskilt stöd", "2024")]
    # a share of a group is still the group's own
    assert _figures("38 % av pojkarna och 22 % av flickorna saknar godkänt i matematik 2024.")[0][:3] == \
        ("pojkar", "38 %", "saknar godkänt i matematik")


@pytest.mark.parametrize(("said", "subject"), [
    ("Lönekartläggningen 2025 visar att kvinnor i snitt tjänar 92 % av männens lön i likvärdiga arbeten.",
     "kvinnornas lön i procent av männens lön i likvärdiga arbeten"),
    ("Kvinnors lön är 94 % av männens 2025.", "kvinnornas lön i procent av männens lön"),
    ("Kvinnornas medellön motsvarade 2025 bara 89 procent av männens inom äldreomsorgen.",
     "kvinnornas medellön i procent av männens medellön inom äldreomsorgen"),
])
def test_one_groups_pay_as_a_share_of_the_others_is_one_ratio(said: str, subject: str) -> None:
    figures = extract_facts([said]).figures
    assert [(f.group, f.subject, f.rate, f.year) for f in figures] == [("", subject, True, "2025")]


def test_an_average_said_before_a_rate_is_the_rate() -> None:
    assert _figures("Sjukfrånvaron var 2024 i snitt 7,8 % för kvinnor och 3,9 % för män.") == [
        ("flickor", "7,8 %", "sjukfrånvaron", "2024"), ("pojkar", "3,9 %", "sjukfrånvaron", "2024")]
    assert [(f.subject, f.rate) for f in extract_facts(["Den korta sjukfrånvaron var i genomsnitt 4,2 % för kvinnor "
                                                        "och 2,6 % för män 2024."]).figures] == [
        ("den korta sjukfrånvaron", True), ("den korta sjukfrånvaron", True)]
    # an average count is still one ('i snitt 55 besökare per kväll')
    assert ("", "55 besökare", "per kväll", "2024") in _figures("Gården hade 2024 i snitt 55 besökare per kväll.")


def test_shares_among_an_adult_units_own_people() -> None:
    assert _figures("2025 är bara 18 % av våra medarbetare kvinnor.") == [
        ("flickor", "18 %", "bland era medarbetare", "2025")]
    assert _figures("Av 64 deltidsbrandmän är 5 kvinnor (2025).") == [
        ("flickor", "8 %", "bland deltidsbrandmännen", "2025")]


def test_two_counts_said_with_one_verb_are_each_groups_share() -> None:
    assert _figures("Vt 2025 deltog 9 av 12 pojkar men bara 3 av 10 flickor i fritidsaktiviteter efter skolan.") == [
        ("pojkar", "75 %", "deltog i fritidsaktiviteter efter skolan", "2025"),
        ("flickor", "30 %", "deltog i fritidsaktiviteter efter skolan", "2025")]


def test_a_resource_named_before_its_share_to_majority_recipients() -> None:
    said = "Av aktivitetsbidraget 2024 gick 71 procent till föreningar där majoriteten av medlemmarna är pojkar."
    assert _figures(said) == [("pojkar", "71 %", "andel av aktivitetsbidraget som går till föreningar där "
                                                 "majoriteten av medlemmarna är", "2024")]


def test_the_count_a_part_is_told_of_is_beside_the_problem() -> None:
    figures = extract_facts(["Hösten 2025 hade vi i genomsnitt 48 besökare per kväll, varav 11 tjejer."]).figures
    assert [(f.group, f.text, f.aside) for f in figures] == [("", "48 besökare", True), ("flickor", "23 %", False)]
    # ... so the gaps ask the other group's share among them, not 'andel pojkar som per kväll'
    assert [i.text for i in _gender_gaps(extract_facts(["Hösten 2025 hade vi i genomsnitt 48 besökare per kväll, "
                                                        "varav 11 tjejer."]), "")] == [
        "Fyll i: andel pojkar bland besökarna (2025)"]
    assert _gender_gaps(extract_facts(["Kvinnors lön är 94 % av männens 2024."]), "") == []


def test_a_course_passed_is_measured_by_the_study_results() -> None:
    assert _kind("andel män och andel kvinnor som klarade kurs D inom ett år") == "results"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple) -> Assistant:
    return method_with_extra_docs(tmp_path_factory.mktemp("drafts35"), corpus_components,
                                  ("vintrosa-elevhalsa-arsrapport-2025.pdf",))


def test_a_report_of_a_school_is_named_by_the_school_in_its_municipality() -> None:
    chunk = Chunk(chunk_id="c", source="r.pdf", title="Elevhälsans årsrapport 2025", doc_type="rapport",
                  heading_path=[], start_line=1, end_line=1, text="Oro och nedstämdhet hänger ihop med betygsstress.",
                  publisher="Vintrosa skola, Hagnäs kommun, barn- och utbildningsförvaltningen")
    assert _organisation_named(split_sentences(chunk)[0]) == "Vintrosa skola i Hagnäs kommun"
    chunk = chunk.model_copy(update={"publisher": "Tallmarka kommun"})
    assert _organisation_named(split_sentences(chunk)[0]) == "Tallmarka kommun"


@pytest.mark.needs_corpus_index
def test_an_elevhalsa_plan_gets_the_reports_atgarder_and_no_municipality_for_the_school(assistant: Assistant) -> None:
    said = ("Jag är elevhälsochef i Brännvikens kommun. I elevhälsoenkäten 2025 svarade 41 % av flickorna och 18 % av "
            "pojkarna i åk 7–9 att de ofta känner sig nedstämda.")
    pf, goal, short = converse(assistant, [("problemformulering", said),
                                           ("lokalt_mal", "Gör ett lokalt mål av det här"), ("lokalt_mal", "kortare")])
    # causes quoted from the report are the school's, never the municipality's alone
    assert "men Hagnäs kommun tar upp" not in _section(pf.text, "Orsaker")
    measures = _section(goal.text, "Insatser i prioritetsordning")
    assert "Ansvarig:" in measures
    # 'kortare' keeps one intervention, numbered 1
    kept = [line for line in _section(short.text, "Insatser i prioritetsordning").splitlines() if line[2:3].isdigit()]
    assert kept and all(line.startswith("- 1. ") for line in kept[:1])
