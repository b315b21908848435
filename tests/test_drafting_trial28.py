"""Drafting from the user's own situation, what trial 28 left open: a phrase or relative clause after 'X % av
<group>' says which of the group, not what is measured ('62 % av männen … med försörjningsstöd en handlingsplan'); one
gender's share among people split in two implies the other's, shown as worked out from the user's figure and never
asked as a gap; one measure given at two places (two programmes) keeps every place through problem, goal and
follow-up, and is no contradiction; a question asked in a drafting mode is answered as a question and never becomes the
draft's problem; an edit ('kortare') shows the user's words as its query, not a rewrite joined to the last turn.

The situations are written for these tests (none of the trial's or an eval case's wording)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from assistant.generation.facts import extract_facts, group_qualifier, with_complements
from assistant.generation.plan import asks_the_material
from assistant.schema import ChatRequest
from tests.test_api import Api, api, chat  # noqa: F401  (the live-server fixture and its helper)

ADULT_EDUCATION = ("Vi är vuxenutbildningen i Norrby kommun. 2025 hade 44 % av kvinnorna och 61 % av männen med annat "
                   "modersmål en individuell studieplan. Skriv en problemformulering.")
SINGING = ("Vi är Tallängens öppna förskola i Norrby kommun. Av barnen som kom till sångstunden hösten 2025 var 71 % "
           "flickor. Skriv en problemformulering.")
PROGRAMMES = ("Vi är Ekbacka gymnasium i Norrby kommun. På vård- och omsorgsprogrammet fullföljde 57 % av pojkarna och "
              "74 % av flickorna sin utbildning 2025, på industritekniska programmet 66 % av pojkarna och 49 % av "
              "flickorna.")
SITUATION = ("Vi är Lindskolan, åk 4–6. 2025 läste 29 % av pojkarna och 47 % av flickorna minst en bok i månaden. "
             "Skriv en problemformulering.")


# --- pure parts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "within", "subject"), [
    # the verb before the subject: the phrase ends where the object opens
    ("2025 hade 44 % av kvinnorna och 61 % av männen med annat modersmål en individuell studieplan.",
     "med annat modersmål", "hade en individuell studieplan"),
    # the verb after it: the phrase ends at the clause's finite verb
    ("44 % av kvinnorna med annat modersmål hade en individuell studieplan 2025.", "med annat modersmål",
     "hade en individuell studieplan"),
    # a relative clause, its year kept with it
    ("36 % av pojkarna som började 2023 avbröt kursen.", "som började 2023", "avbröt kursen"),
    # the group leading its clause
    ("Av kvinnorna utan gymnasieexamen fick 52 % ett arbete 2025, av männen 64 %.", "utan gymnasieexamen",
     "fick ett arbete"),
])
def test_a_phrase_after_the_group_says_which_of_them(sentence: str, within: str, subject: str) -> None:
    figures = extract_facts([sentence]).figures
    assert figures and all((f.within, f.subject) == (within, subject) for f in figures), \
        [(f.within, f.subject) for f in figures]


def test_grades_and_no_phrase_leave_the_measure_as_it_was() -> None:
    (boys, girls) = extract_facts(["I vårens betyg 2024 hade 38 % av pojkarna och 22 % av flickorna i åk 9 inte "
                                   "godkänt i matematik."]).figures
    assert (boys.within, boys.subject) == ("", "hade inte godkänt i matematik"), boys
    assert group_qualifier("saknar godkänt i matematik", False) is None
    assert group_qualifier("i matematik", True) is None  # no object opens: nothing said of the group


def test_one_genders_share_of_people_split_in_two_implies_the_other() -> None:
    facts = with_complements(extract_facts([SINGING]))
    shares = {f.group: f for f in facts.figures if f.subject.startswith("bland ")}
    assert shares["flickor"].text == "71 %" and not shares["flickor"].computed
    assert shares["pojkar"].text == "29 %" and "71 % flickor" in shares["pojkar"].computed  # said as worked out
    assert facts.target_group and "pojkar" in facts.target_group and "flickor" in facts.target_group
    # both given: nothing added
    both = with_complements(extract_facts(["Av besökarna var 60 procent pojkar och 35 procent flickor 2025."]))
    assert sorted(f.text for f in both.figures) == ["35 %", "60 %"]
    # extraction alone reads only what was said
    assert [f.text for f in extract_facts([SINGING]).figures] == ["71 %"]


def test_a_share_after_varav_is_that_share_not_a_count() -> None:
    (whole, share) = extract_facts(["Vi hade 212 deltagare, varav 31 procent pojkar."]).figures
    assert whole.text == "212 deltagare" and share.text == "31 %" and share.group == "pojkar", share


def test_one_measure_at_two_places_is_two_parts_not_a_contradiction() -> None:
    facts = extract_facts([PROGRAMMES])
    assert {(f.group, f.text, f.within) for f in facts.figures} == {
        ("pojkar", "57 %", "på vård- och omsorgsprogrammet"), ("flickor", "74 %", "på vård- och omsorgsprogrammet"),
        ("pojkar", "66 %", "på industritekniska programmet"), ("flickor", "49 %", "på industritekniska programmet")}
    assert not facts.issues, facts.issues
    assert "på vård- och omsorgsprogrammet" in facts.qualifier and "på industritekniska programmet" in \
        facts.qualifier, facts.qualifier


@pytest.mark.parametrize(("message", "asks"), [
    ("Vad säger metodstödet om läxhjälp för pojkar?", True),
    ("Hur kan vi nå fler flickor? Vilka har lyckats?", True),
    ("Hur gör vi ett lokalt mål av det?", False),  # asks for the draft
    ("Vi är Lindskolan. 29 % av pojkarna läser varje månad. Hur vänder vi det?", False),  # their situation
    ("kortare", False),  # an edit
    ("Gör ett lokalt mål av det.", False),
])
def test_a_question_of_the_material_in_a_drafting_mode(message: str, asks: bool) -> None:
    assert asks_the_material(ChatRequest(message=message, mode="lokalt_mal")) is asks
    assert not asks_the_material(ChatRequest(message=message, mode="fraga"))


def test_a_question_is_never_the_users_problem() -> None:
    facts = extract_facts([SITUATION, "Vad säger metodstödet om läsning för pojkar?"])
    assert not any("metodstödet" in p for p in facts.problems), facts.problems
    assert facts.problems, facts  # the situation's own clauses stay


# --- over HTTP on the corpus ----------------------------------------------------------------------------------


def _items(draft: dict[str, Any]) -> list[str]:
    return [i["text"] for s in draft["sections"] for i in s["items"]]


def _section(draft: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return next((s["items"] for s in draft["sections"] if s["key"] == key), [])


@pytest.mark.needs_corpus_index
@pytest.mark.integration
def test_the_groups_phrase_and_the_implied_share_reach_the_draft(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        adult = chat(c, message=ADULT_EDUCATION, mode="problemformulering")["draft"]
        now = [i["text"] for i in _section(adult, "nulage")]
        assert any(t.startswith("Kvinnor med annat modersmål: 44 % hade en individuell studieplan") for t in now), now
        assert not any("hade med annat modersmål" in t for t in [adult["title"], *_items(adult)]), _items(adult)

        sung = chat(c, message=SINGING, mode="problemformulering")["draft"]
        now = _section(sung, "nulage")
        boys = [i for i in now if i["text"].startswith("Pojkar:")]
        assert boys and "29 %" in boys[0]["text"] and "beräknat av era siffror" in boys[0]["text"], now
        assert not any(i["gap"] and "andel pojkar" in i["text"] for i in [*now, *_section(sung, "behov")]), now


@pytest.mark.needs_corpus_index
@pytest.mark.integration
def test_every_programme_is_carried_through_goal_and_follow_up(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        cid = chat(c, message=PROGRAMMES + " Skriv en problemformulering.", mode="problemformulering")[
            "conversation_id"]
        goal = chat(c, message="Gör ett lokalt mål av det.", mode="lokalt_mal", conversation_id=cid)["draft"]
        plan = chat(c, message="Gör en uppföljningsplan.", mode="uppfoljning", conversation_id=cid)["draft"]
    for draft in (goal, plan):
        texts = _items(draft)
        assert not any("Motstridiga" in t for t in texts), texts
        sentence = next(i["text"] for i in _section(draft, "mal") if not i["gap"])
        assert "vård- och omsorgsprogrammet" in sentence and "industritekniska programmet" in sentence, sentence
        baseline = next(t for t in texts if t.startswith("Utgångsvärde:"))
        for said in ("57 %", "74 %", "66 %", "49 %"):
            assert said in baseline, baseline
        assert re.search(r"pojkar på industritekniska programmet 66 %", baseline), baseline
    indicator = next(s for s in plan["sections"] if s["key"].startswith("indikator_"))
    assert "industritekniska programmet" in indicator["heading"] + indicator["items"][0]["text"], indicator


@pytest.mark.needs_corpus_index
@pytest.mark.integration
def test_a_question_in_a_drafting_mode_is_answered_and_the_draft_keeps_the_problem(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        cid = chat(c, message=SITUATION, mode="problemformulering")["conversation_id"]
        asked = chat(c, message="Vad säger metodstödet om läxhjälp för pojkar?", mode="lokalt_mal",
                     conversation_id=cid)
        assert asked["mode"] == "fraga" and asked["draft"] is None, asked["text"][:300]
        assert any("inget utkast" in n and "oförändrat" in n for n in asked["notes"]), asked["notes"]
        goal = chat(c, message="Gör ett lokalt mål av det.", mode="lokalt_mal", conversation_id=cid)["draft"]
        assert not any("Vad säger" in t or "metodstödet om läxhjälp" in t for t in _items(goal)), _items(goal)
        assert "läste minst en bok i månaden" in goal["title"] or "läste minst en bok" in " ".join(_items(goal))
        short = chat(c, message="kortare", mode="lokalt_mal", conversation_id=cid)
        assert short["draft"] is not None and short["query"] == "kortare", short["query"]
