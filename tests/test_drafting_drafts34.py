"""Session 34's planners outside school: an adult unit named as the account's label or subject, a qualifier joined
by 'och', two counts as the shares of those who did one thing, part-time work and long-term support as shares to
bring down, school years and seasons in two digits, a resource's share told with its place, what staff report kept
out of the follow-up's indicators, 'unga vuxna' kept whole, and the decided åtgärder of a report of the same kind of
unit (Stenåker's lönekartläggning, Tallmarka's analysis of ekonomiskt bistånd). The unit tests need nothing; the
conversations need the corpus index."""

from __future__ import annotations

import pytest

from assistant.generation.facts import extract_facts
from assistant.generation.facts.model import org_kind
from assistant.generation.targets import should_fall
from assistant.service import Assistant
from tests.conftest import converse
from tests.test_drafting_trial33 import _section, method_with_extra_docs


def _figures(message: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.group, f.text, f.subject, f.year) for f in extract_facts([message]).figures]


@pytest.mark.parametrize(("said", "kind"), [
    ("Hemtjänsten i Norrvik kommun: 41 % av kvinnorna arbetar deltid.", "omsorg"),
    ("Försörjningsstödet i Ålunda: 2024 hade 34 % av kvinnorna försörjningsstöd.", "socialtjänst"),
    ("HR-avdelningen i Solvik kommun: lönekartläggningen 2025 visar …", "hr"),
    ("Pojkarna i Ekby kommun har hög frånvaro.", ""),
    ("Björkskolan åk 7–9: 40 % av pojkarna saknar godkänt.", ""),
])
def test_the_unit_an_account_opens_with_is_the_planners_own(said: str, kind: str) -> None:
    assert org_kind(said) == kind


def test_a_qualifier_joined_by_och_stays_whole_with_or_without_a_comma() -> None:
    for said in ("41 % av kvinnorna i vård och omsorg arbetar deltid, mot 12 % av männen 2025.",
                 "41 % av kvinnorna i vård och omsorg arbetar deltid mot 12 % av männen 2025."):
        facts = extract_facts([said])
        assert [(f.group, f.subject, f.within) for f in facts.figures] == [
            ("flickor", "arbetar deltid", "i vård och omsorg"), ("pojkar", "arbetar deltid", "i vård och omsorg")]
    # a clause's 'och' before the next figure still ends the measure
    assert _figures("38 % av pojkarna och 22 % av flickorna saknar godkänt i idrott och hälsa 2024.")[0][2] == \
        "saknar godkänt i idrott och hälsa"


def test_two_counts_of_those_who_did_one_thing_are_their_shares() -> None:
    figures = extract_facts(["Vi är socialtjänsten i Ekby kommun. 2024 deltog 112 mammor och 19 pappor i våra "
                             "föräldrastödsgrupper."]).figures
    assert [(f.group, f.text, f.subject, f.computed) for f in figures] == [
        ("flickor", "85 %", "bland dem som deltog i era föräldrastödsgrupper", "112 mammor och 19 pappor"),
        ("pojkar", "15 %", "bland dem som deltog i era föräldrastödsgrupper", "112 mammor och 19 pappor")]
    # ... and they stay the group's size for a later count of them
    later = extract_facts(["Sommaren 2024 deltog 12 pojkar och 18 flickor i sommarskolan. 9 av pojkarna och 16 av "
                           "flickorna nådde godkänt i svenska efteråt."]).figures
    assert ("pojkar", "75 %") in [(f.group, f.text) for f in later]


def test_part_time_and_long_support_are_shares_to_bring_down() -> None:
    assert should_fall("som arbetar deltid") and should_fall("som hade försörjningsstöd i mer än tre år")
    assert not should_fall("med försörjningsstöd som hade en individuell handlingsplan")
    assert not should_fall("som arbetar heltid")


@pytest.mark.parametrize(("said", "year"), [
    ("Läsåret 24/25 tog 58 % av männen och 79 % av kvinnorna examen.", "2024/25"),
    ("Hösten -24 var 22 % av besökarna flickor.", "2024"),
    ("Läsåret 2023/24 tog 58 % av männen examen.", "2023/24"),
])
def test_a_school_year_or_season_in_two_digits_is_the_figures_year(said: str, year: str) -> None:
    assert {f.year for f in extract_facts([said]).figures} == {year}


def test_a_resource_told_with_its_place_is_the_resources_share() -> None:
    assert _figures("Under 2024 gick 68 procent av tiden i idrottshallarna till pojklag.") == [
        ("pojkar", "68 %", "andel av tiden i idrottshallarna som går till lag", "2024")]


def test_unga_vuxna_stays_the_named_groups_name() -> None:
    facts = extract_facts(["Fritidsgården Ankaret hade 2024 i snitt 55 besökare per kväll, varav 12 flickor.",
                           "byt målgrupp till unga vuxna 18–24"], named={1: "unga vuxna 18–24"})
    assert facts.qualifier == " unga vuxna 18–24"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple) -> Assistant:
    return method_with_extra_docs(tmp_path_factory.mktemp("drafts34"), corpus_components,
                                  ("tallmarka-jamstalldhetsanalys-forsorjningsstod-2025.docx",
                                   "stenaker-lonekartlaggning-2025.html"))


@pytest.mark.needs_corpus_index
def test_an_hr_goal_on_pay_gets_the_decided_measures_of_a_lonekartlaggning(assistant: Assistant) -> None:
    goal, = converse(assistant, [("lokalt_mal", "HR-avdelningen i Solvik kommun: lönekartläggningen 2025 visar att "
                                                "kvinnor i snitt tjänar 92 % av männens lön i likvärdiga arbeten.")])
    measures = _section(goal.text, "Insatser i prioritetsordning")
    assert "Ansvarig:" in measures and "inte skriven för just er verksamhet" in measures
    assert "stenaker" in " ".join(c.source for c in goal.citations)


@pytest.mark.needs_corpus_index
def test_a_socialtjanst_plan_without_kommun_is_no_schools(assistant: Assistant) -> None:
    said = ("Försörjningsstödet i Ålunda: 2024 hade 34 % av kvinnorna och 21 % av männen försörjningsstöd i mer än "
            "tre år. Kvinnorna får färre arbetsmarknadsinsatser. Handläggarna upplever att kvinnorna oftare har "
            "ansvar för små barn.")
    goal, follow_up = converse(assistant, [("lokalt_mal", said), ("uppfoljning", "Och en uppföljningsplan")])
    assert "ska minska" in goal.text and "ska öka till" not in goal.text
    assert "rektor" not in goal.text.lower() and "elev" not in goal.text.lower()
    assert "Tallmarka" in goal.text or "tallmarka" in " ".join(c.source for c in goal.citations)
    headings = [line for line in follow_up.text.splitlines() if line.startswith("**Indikator")]
    assert any("som får arbetsmarknadsinsatser" in h for h in headings)
    assert not any("färre" in h or "ansvar för små barn" in h for h in headings)
