"""Drafts for one gender and a changed target group (trials 25–26): a plan about one group ('Bara flickorna i åk 8',
'Tjejer 13–16 år', 'byt målgrupp till pojkar 13–16 år') measures that group alone; a changed target group keeps the
earlier target, for the same people as it was, for another group named in the gap that asks for a new one; every
citation of a draft is one its text names."""

from __future__ import annotations

import pytest

from assistant.citations import cited_numbers
from assistant.generation.audience import one_group
from assistant.generation.facts import extract_facts
from assistant.service import Assistant
from tests.conftest import converse

# Fresh situations written for these tests (no tune case's wording).
GIRLS = ("Vi är Granskolan. Bara flickorna i åk 8 är problemet: 34 % av flickorna i åk 8 känner sig otrygga i skolan "
         "2025.")
AGES = ("Vi är fritidsgården Ankaret i Ekby kommun. Tjejer 13–16 år kommer sällan: 12 % av tjejerna 13–16 år besökte "
        "gården 2025.")
BOTH = "Vi är Kulturskolan i Ekby. Bland eleverna 13–16 år avbröt 36 % av pojkarna och 18 % av flickorna kursen 2025."
GRADES = "Vi är Aspnässkolan, åk 7–9. 41 % av pojkarna och 25 % av flickorna saknar godkänt i engelska 2025."


def test_one_group_is_read_only_when_said() -> None:
    assert extract_facts([GIRLS]).one_group == "flickor"
    assert extract_facts([AGES]).one_group == "flickor"
    assert extract_facts([BOTH]).one_group == ""
    assert extract_facts(["Inte bara pojkarna i åk 8: 30 % av pojkarna och 28 % av flickorna är otrygga."]).one_group \
        == ""
    # ages beside one group, but both groups' figures: a plan of both
    assert extract_facts(["Lånade flickor 10–15 år i snitt 11 böcker under året, pojkarna 5."]).one_group == ""
    narrowed = extract_facts([BOTH, "byt målgrupp till pojkar 13–16 år"], named={1: "pojkar 13–16 år"})
    assert narrowed.one_group == "pojkar"
    boys, girls = narrowed.figures
    assert narrowed.of_named_group(boys) and not narrowed.of_named_group(girls)
    other_ages = extract_facts([BOTH, "byt målgrupp till pojkar 17–19 år"], named={1: "pojkar 17–19 år"})
    assert not any(other_ages.of_named_group(f) for f in other_ages.figures)


def test_one_group_wording_keeps_a_comparison_of_a_whole() -> None:
    assert one_group("Indikator: andel pojkar och andel flickor i åk 8 som är otrygga", "flickor") == \
        "Indikator: andel flickor i åk 8 som är otrygga"
    whole = "Fördelningen mellan pojkar och flickor bland besökarna ska bli jämnare"
    assert one_group(whole, "flickor") == whole


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


def _own(draft) -> str:  # type: ignore[no-untyped-def]
    """The assistant's own words: its items and the headings it wrote (not one quoting a source's indicator)."""
    headings = [s.heading for s in draft.sections if not (s.items and s.items[0].provenance == "source")]
    return " ".join(headings + [i.text for i in draft.items() if i.provenance == "suggestion"])


def _named_citations(response) -> None:  # type: ignore[no-untyped-def]
    assert {c.n for c in response.citations} <= set(cited_numbers(response.text)), response.text


@pytest.mark.needs_corpus_index
def test_a_one_gender_plan_measures_that_group(assistant: Assistant) -> None:
    goal, follow = converse(assistant, [("lokalt_mal", GIRLS), ("uppfoljning", "Och en uppföljningsplan")])
    problem = assistant.respond({"message": AGES, "mode": "problemformulering"})
    for r in (goal, follow, problem):
        own = _own(r.draft)
        assert "pojkar och" not in own and "och pojkar" not in own and "skillnaden mellan" not in own, own
        assert not any(i.gap and "pojkar" in i.text for i in r.draft.items()), r.text
        _named_citations(r)
    indicator = next(i.text for i in goal.draft.section("matbart").items if i.text.startswith("Indikator"))
    assert indicator == "Indikator: andel flickor i åk 8 som känner sig otrygga i skolan", indicator
    assert "34 %" in goal.text and "34 %" in follow.text
    # a plan of both groups still compares them
    both = assistant.respond({"message": GRADES, "mode": "lokalt_mal"})
    assert "andel pojkar och andel flickor" in both.text and "skillnaden mellan pojkar och flickor" in both.text


@pytest.mark.needs_corpus_index
def test_a_new_target_group_keeps_the_target(assistant: Assistant) -> None:
    # the new group is one gender of the people the figures were given for: its baseline and target stay
    _, measurable, narrowed = converse(assistant, [
        ("lokalt_mal", BOTH), ("lokalt_mal", "gör målet mätbart"), ("lokalt_mal", "byt målgrupp till pojkar 13–16 år")])
    # the age band is the target group's, beside the place; the measure names the one gender (not 'andel 13–16 år')
    for r in (measurable, narrowed):
        assert r.draft.title.startswith("Lokalt mål – Kulturskolan, 13–16 år: andel ") and \
            "andel 13–16 år" not in r.draft.title, r.draft.title
    assert narrowed.draft.title.endswith(": andel pojkar som avbröt kursen"), narrowed.draft.title
    before = next(i for i in measurable.draft.section("matbart").items if i.text.startswith("Målvärde:"))
    boys_target = before.text.split(":", 1)[1].split(";")[0].strip()  # 'pojkar högst …'
    assert boys_target.startswith("pojkar"), before.text
    items = narrowed.draft.section("matbart").items
    assert any(i.text.startswith("Utgångsvärde:") and "36 %" in i.text and i.provenance == "user" for i in items)
    target = next(i for i in items if i.text.lower().startswith("målvärde"))
    assert not target.gap and boys_target in target.text and "flickor" not in target.text, target.text
    assert target.provenance == before.provenance == "suggestion"
    # the goal of the one group told as a planner writes it ('andelen pojkar 13–16 år … minska från 36 % (2025) till
    # högst 27 %'), with the target carried
    goal = narrowed.draft.section("mal").items[0].text
    assert "andelen pojkar" in goal and boys_target.split(" ", 1)[1] in goal and "flickor" not in goal, goal
    assert "andel pojkar som avbröt" in narrowed.text and "andel pojkar och andel flickor" not in narrowed.text
    # another group (other grades): the old figures and the old target are gaps that name them
    _, measurable, regraded = converse(assistant, [
        ("lokalt_mal", GRADES), ("lokalt_mal", "gör målet mätbart"), ("lokalt_mal", "byt målgrupp till åk 4–6")])
    old = next(i.text for i in measurable.draft.section("matbart").items if i.text.startswith("Målvärde:"))
    value = old.split(":", 1)[1].split(" – ", 1)[0].strip()
    gaps = [i.text for i in regraded.draft.section("matbart").items if i.gap and "målvärde" in i.text.lower()]
    assert gaps and value in gaps[0] and "förra" in gaps[0], regraded.text
    assert not any(i.text.startswith("Målvärde:") for i in regraded.draft.section("matbart").items)
    assert "åk 4–6" in regraded.draft.section("mal").items[0].text
    _named_citations(regraded)


@pytest.mark.needs_corpus_index
def test_a_shorter_draft_of_the_users_facts_keeps_them_and_one_line_a_heading(assistant: Assistant) -> None:
    full, short = converse(assistant, [("lokalt_mal", GRADES), ("lokalt_mal", "kortare")])
    assert len(short.text) < 0.6 * len(full.text), (len(short.text), len(full.text))
    theirs = [i.text for i in full.draft.items() if i.provenance == "user"]
    kept = [i.text for i in short.draft.items() if i.provenance == "user"]
    assert theirs and set(theirs) <= set(kept)
    for section in short.draft.sections:
        if section.key in ("kontroll", "kontrollera"):
            continue
        others = [i for i in section.items if i.provenance != "user"]
        assert len(others) <= 1, section
        assert not any(i.text.startswith("Varför:") for i in others)
    goal = short.draft.section("mal").items[0]
    assert goal.text == full.draft.section("mal").items[0].text  # the goal itself, not the card's
    # the one line is the material's before the assistant's suggestion: a cited intervention stays
    assert any(i.provenance == "source" and i.citations for i in short.draft.section("insatser").items)
    _named_citations(short)
    again = converse(assistant, [("lokalt_mal", GRADES), ("lokalt_mal", "kortare"), ("lokalt_mal", "kortare")])[2]
    assert "Jag kunde inte göra utkastet kortare" in again.text
