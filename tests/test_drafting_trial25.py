"""Drafts from a youth centre's and a gymnasium's accounts (trial 25, problems 10 and 11): two groups' shares of one
total even out in the goal (both cannot rise); a data source is the figure's it was given with; the user's stated
cause stands under Orsaker as theirs; an indicator the assistant builds is its suggestion; a leisure unit is spoken of
with its own words and statistics, not a school's; a cited line supports the heading it stands under; a draft kind
typed as a label is no problem."""

from __future__ import annotations

import re

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.drafts import _parts_of_one_whole, _user_causes
from assistant.generation.facts import extract_facts
from assistant.service import Assistant
from tests.conftest import converse

# Fresh situations written for these tests (no tune case's wording).
YOUTH = ("Vi är ungdomsgården Fyren i Ekby för 12–16-åringar. Under 2025 var 74 % av besöken pojkar och 26 % "
         "flickor. I vår enkät 2025 svarade 52 % av flickorna och 70 % av pojkarna att de trivs på gården. "
         "Flickorna berättar att pojkarnas spel tar upp hela lokalen.")
LABELLED = ("problemformulering: Vi är Björkdalens gymnasium i Ekby. Läsåret 2024/25 tog 61 % av pojkarna och 80 % "
            "av flickorna examen inom tre år på yrkesprogrammen.")


# --- pure parts ------------------------------------------------------------------------------------------


def test_shares_of_one_total_are_parts_of_a_whole_and_each_groups_own_shares_are_not() -> None:
    visits = extract_facts(["Under 2025 var 74 % av besöken pojkar och 26 % flickor."]).figures
    assert _parts_of_one_whole(visits) is not None
    # 45 % and 55 % add up to 100 by chance: each is a share of its own group
    own = extract_facts(["I enkäten svarade 45 % av flickorna och 55 % av pojkarna att de trivs."]).figures
    assert _parts_of_one_whole(own) is None
    assert _parts_of_one_whole(extract_facts(["Under 2025 var 70 % av besöken pojkar och 20 % flickor."]).figures) \
        is None  # not the whole


def test_what_the_group_says_beside_the_measured_problem_is_their_cause() -> None:
    facts = extract_facts([YOUTH])
    assert _user_causes(facts) == ["Flickorna berättar att pojkarnas spel tar upp hela lokalen"]
    # told alone, it is the problem itself
    assert _user_causes(extract_facts(["Flickorna berättar att pojkarnas spel tar upp hela lokalen."])) == []


def test_a_cause_or_consequence_sentence_must_give_one() -> None:
    assert not lex.CAUSE.search("Kommunicera att ni tillsammans ska arbeta med att motverka orsakerna.")
    assert lex.CAUSE.search("En av orsakerna är att pojkar läser mindre på fritiden.")
    assert not lex.CONSEQUENCE.search("Därefter följde tre öppna frågor om vad som hade varit bra.")
    assert lex.CONSEQUENCE.search("Följden blir att färre pojkar går vidare.")
    # a responsibility that is no follow-up is no role in following up (an IT section's line, trial 25)
    it_line = "Förvaltningsledningen ansvarar för att ge enheterna förutsättningar genom att tillföra kompetens."
    assert lex.ROLE_SENTENCE_RE.search(it_line) and not lex.FOLLOW_UP_TERM_RE.search(it_line)
    assert lex.FOLLOW_UP_TERM_RE.search("Rektor ansvarar för uppföljningen av målen.")


def test_a_draft_label_is_no_problem_and_the_introduction_is_read() -> None:
    facts = extract_facts([LABELLED])
    assert not any("problemformulering" in p.lower() or p.startswith("Vi är") for p in facts.problems), \
        facts.problems
    assert "Björkdalens gymnasium" in facts.school


def test_a_leisure_unit_speaks_of_its_participants() -> None:
    facts = extract_facts([YOUTH])
    assert facts.org_kind == "fritid"
    assert lex.ORG_WORDING[facts.wording_kind]["eleverna"] == "deltagarna"
    assert lex.ORG_WORDING[facts.wording_kind]["per läsår"] == "per år"


# --- drafts on the corpus --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


def _own_text(draft) -> str:  # type: ignore[no-untyped-def]
    return " ".join(i.text for i in draft.items() if i.provenance == "suggestion")


@pytest.mark.needs_corpus_index
def test_a_youth_centres_plan_keeps_its_facts_in_place(assistant: Assistant) -> None:
    problem, goal, plan = converse(assistant, [("problemformulering", YOUTH), ("lokalt_mal", "Gör ett lokalt mål."),
                                               ("uppfoljning", "Gör en uppföljningsplan för målet.")])
    assert problem.draft is not None and goal.draft is not None and plan.draft is not None
    causes = problem.draft.section("orsaker").items  # type: ignore[union-attr]
    assert any(i.provenance == "user" and "spel tar upp" in i.text for i in causes), problem.text
    assert not any("spel tar upp" in i.text for i in problem.draft.section("problem").items)  # type: ignore
    assert not any(i.gap and "nämner inga" in i.text for i in causes), problem.text
    own = _own_text(problem.draft)
    assert not re.search(r"\belev\w*|läsår|Skolverket", own), own
    # two shares of the visits: they even out, both cannot rise
    (stated,) = goal.draft.section("mal").items[:1]  # type: ignore[union-attr]
    assert "jämnare" in stated.text and "ska öka" not in stated.text, stated.text
    # the survey was named for who thrives, not for the visits
    sources = [i for i in goal.draft.items() if i.text.startswith("Datakälla")]
    assert sources and all(i.provenance != "user" for i in sources), goal.text
    # indicators the assistant built are its own; the follow-up's cited lines are about following up
    for section in plan.draft.sections:
        if section.key.startswith("indikator_"):
            assert section.items[0].provenance == "suggestion", section.items[0]
    doing = plan.draft.section("genomforande").items  # type: ignore[union-attr]
    roles = [i.text for i in doing if i.citations and lex.ROLE_SENTENCE_RE.search(i.text)]
    assert all(lex.FOLLOW_UP_TERM_RE.search(t) for t in roles), roles


@pytest.mark.needs_corpus_index
def test_a_labelled_account_gets_no_label_item_and_only_supporting_causes(assistant: Assistant) -> None:
    (draft,) = converse(assistant, [("problemformulering", LABELLED)])
    assert draft.draft is not None
    assert not any("problemformulering:" in i.text for i in draft.draft.items()), draft.text
    for key, pattern in (("orsaker", lex.CAUSE), ("konsekvenser", lex.CONSEQUENCE)):
        cited = [i.text for i in draft.draft.section(key).items if i.citations]  # type: ignore[union-attr]
        assert all(pattern.search(t) for t in cited), cited
