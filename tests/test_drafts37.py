"""Session 37's drafts and dilemma talks (trial 36): a dilemma on who gets a shared space or activity draws the same
tension from other places, labelled as near; a participant's told detail is said back as told, not as an opinion; a
request for a first step gets what others tried, cited, and the step handed back; a lättläst rewrite keeps the subject
after a fronted part; a plan on the group the figures show behind gets no goal or measure of the other group only."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.generation.easy.writer import easy_text
from assistant.generation.extractive.cards import for_other_side
from assistant.generation.extractive.dilemma.material import _space_tension
from assistant.generation.extractive.dilemma.participant import _their_argument
from assistant.generation.facts import extract_facts
from tests.conftest import converse

FRITIDS = ["På vårt fritids leker pojkarna nästan alltid fotboll på gården och flickorna sitter inne och pysslar. "
           "Ska vi styra aktiviteterna så att alla gör samma sak?",
           "Barnen är 7–9 år. Vi har försökt med en tjejfotbollsdag en gång men bara tre flickor kom. Flera av "
           "pojkarna som inte vill spela fotboll står mest vid sidan.",
           "Men är det inte barnens fria tid? Jag tycker inte vi vuxna ska bestämma vad de ska leka, det är ju "
           "deras val.",
           "Okej, vad skulle vara ett första litet steg vi kan ta nästa vecka?"]
ABSENCE = ("Jag är rektor på Åsbygymnasiet i Västerlunda kommun. Läsåret 2024/25 hade 23 % av flickorna i åk 1 en "
           "frånvaro över 15 %, mot 12 % av pojkarna (källa: Skola24, frånvarorapport juni 2025). Bland flickorna var "
           "den vanligaste orsaken enligt mentorerna huvudvärk och oro. Hjälp mig formulera problemet.")


def test_a_told_detail_is_said_back_as_told_and_an_argument_as_meant() -> None:
    assert _their_argument(FRITIDS[1]).startswith("Du berättar att barnen är 7–9 år.")
    assert _their_argument("Flickorna kommer inte ändå.") == "Du menar att flickorna inte kommer ändå."
    assert _their_argument("Fast flickorna har mer frånvaro.").startswith("Du menar att")


def test_a_situation_about_who_gets_the_room_is_read_as_that_tension() -> None:
    assert _space_tension(FRITIDS[0])
    assert _space_tension("I kulturskolan tar pojkarna över trumgruppen.")
    assert not _space_tension("Pojkarna har lägre betyg i svenska än flickorna.")


def test_lattlast_keeps_the_subject_after_a_fronted_part() -> None:
    easy = easy_text("I intervjuerna beskriver ungdomarna föräldrarnas agerande och betydelse för sitt barns "
                     "skolgång. [2]")
    assert "berättar de unga om föräldrarnas" in easy, easy
    assert "om de unga föräldrarnas" not in easy
    assert easy_text("Rapporten beskriver skolans arbete. [1]").startswith("Rapporten berättar om skolans arbete")


def test_the_group_a_plan_is_for_is_the_one_its_figures_show_behind() -> None:
    assert extract_facts([ABSENCE]).focus == "flickor"
    assert extract_facts(["Av besökarna var 74 procent pojkar och 26 procent flickor."]).focus == "flickor"
    assert for_other_side("Koppla pojkar till mentorer från näringslivet", extract_facts([ABSENCE]).focus)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_fritids_dilemma_gets_the_same_tension_from_other_places_and_tried_steps(eval_bot: Any) -> None:
    first, second, _, step = converse(eval_bot, [("dilemma", m) for m in FRITIDS])
    assert "Inget i underlaget handlar om just det här" not in first.text, first.text
    sources = {c.source for c in first.citations}
    near = {"kupolen-tjejer-i-rorelse-sammanfattning.txt", "solbacken-forskoleomrade-jamstalldhetsplan-2026.docx"}
    assert sources & near, first.text
    assert "tog mer plats" in first.text or "inte kände sig välkomna" in first.text, first.text
    assert "Du menar att barnen" not in second.text and "Du berättar att barnen är 7–9 år" in second.text
    # the first step: what others tried, cited, never chosen for them
    perspectives = step.draft.section("perspektiv")
    tried = [i for i in perspectives.items if i.provenance == "source"]
    assert tried, step.text
    assert "inte ett svar på vad ni ska välja" in step.text and "inget givet svar" in step.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_plan_on_girls_absence_gets_no_goal_or_measure_for_boys_only(eval_bot: Any) -> None:
    _, goal = converse(eval_bot, [("problemformulering", ABSENCE), ("lokalt_mal", "Skriv ett lokalt mål utifrån det.")])
    assert "Metodstödets förslag: Pojkar" not in goal.text, goal.text
    measures = goal.draft.section("insatser")
    assert measures is not None
    assert not any(for_other_side(i.text, "flickor") for i in measures.items), goal.text
