"""Trial 36's planner (a gymnasierektor): a figure's source written in brackets, a cause told as 'den vanligaste
orsaken', an actor added by name ('lägg till elevhälsan'), and 'Hur följer vi upp det här?' asked in the follow-up
mode."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.drafts.measures import _user_causes
from assistant.generation.facts import extract_facts
from assistant.generation.plan import edit_request
from assistant.service import Assistant
from tests.conftest import converse

ABSENCE = ("Jag är rektor på Åsbygymnasiet i Västerlunda kommun. Läsåret 2024/25 hade 23 % av flickorna i åk 1 en "
           "frånvaro över 15 %, mot 12 % av pojkarna (källa: Skola24, frånvarorapport juni 2025). Bland flickorna var "
           "den vanligaste orsaken enligt mentorerna huvudvärk och oro. Hjälp mig formulera problemet.")


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


def test_a_bracketed_source_is_the_figures_source_not_a_clause_of_its_own() -> None:
    """The comma inside '(källa: Skola24, frånvarorapport juni 2025)' split the clause: the boys' figure became
    '12 % (källa: Skola24' and the note a problem of its own."""
    facts = extract_facts([ABSENCE])
    assert [(f.group, f.text, f.source) for f in facts.figures] == [
        ("flickor", "23 %", "Skola24, frånvarorapport juni 2025"),
        ("pojkar", "12 %", "Skola24, frånvarorapport juni 2025")]
    assert not any("källa" in p.lower() or "frånvarorapport" in p for p in facts.problems), facts.problems
    # the cause they were told is theirs, filed as a cause
    assert _user_causes(facts) == ["Bland flickorna var den vanligaste orsaken enligt mentorerna huvudvärk och oro"]
    # a figure without a bracketed note keeps no source; 'enligt mentorerna' is who said it, not a data source
    plain = extract_facts(["Läsåret 2024/25 hade 23 % av flickorna i åk 1 en frånvaro över 15 % enligt mentorerna."])
    assert [f.source for f in plain.figures] == [""]


def test_an_actor_named_after_lagg_till_is_an_edit_adding_it() -> None:
    assert edit_request("lägg till elevhälsan", drafted=True) == ("actors", "elevhälsan")
    assert edit_request("Lägg också till kuratorn och fritidsgårdarna", drafted=True) == (
        "actors", "kuratorn och fritidsgårdarna")
    # a definite plural ('föreningarna') names the actor too (trial 37 P5 changed nothing)
    assert edit_request("lägg till föreningarna", drafted=True) == ("actors", "föreningarna")
    assert edit_request("lägg till en mening om rektorns ansvar", drafted=True) is None
    assert edit_request("Gör ett lokalt mål och lägg till elevhälsan", drafted=True) is None  # the new draft's


@pytest.mark.needs_corpus_index
def test_the_plan_keeps_the_source_note_out_of_its_text_and_adds_the_named_actor(assistant: Assistant) -> None:
    problem, goal, actors, follow_up = converse(assistant, [
        ("problemformulering", ABSENCE),
        ("lokalt_mal", "Skriv ett lokalt mål utifrån det."),
        ("lokalt_mal", "lägg till elevhälsan"),
        # asked how they follow it up, in the follow-up mode: the follow-up plan, not the material's answer to it
        ("uppfoljning", "Hur följer vi upp det här under läsåret?")])
    assert follow_up.draft is not None and follow_up.draft.kind == "uppfoljning", follow_up.text
    for response in (problem, goal, actors, follow_up):
        assert "(källa" not in response.draft.title and "Skola24" not in response.draft.title, response.draft.title
        assert "(källa: Skola24”" not in response.text and "”frånvarorapport" not in response.text, response.text
    causes = problem.draft.section("orsaker")
    assert causes is not None and any("huvudvärk och oro" in i.text and i.provenance == "user"
                                      for i in causes.items), causes
    before = [i.text for i in goal.draft.section("aktorer").items]
    after = actors.draft.section("aktorer").items
    assert "Elevhälsan" not in before and any(i.text == "Elevhälsan" and i.provenance == "user" for i in after), after
    assert "Ingen ändring gjordes" not in actors.text
    # the register they named is the follow-up's source, said without a survey's 'samma frågor'
    sources = [i.text for s in follow_up.draft.sections for i in s.items if i.text.startswith("Källa:")]
    assert any("Skola24, frånvarorapport juni 2025" in s for s in sources), sources
    assert not any("samma frågor" in s for s in sources), sources
