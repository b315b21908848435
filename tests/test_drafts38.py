"""Session 38's drafts and dilemma talks (trial 37, persona P and D, and drafts38's own requests): a share told as
'andelen <grupp> bara …' keeps its group and the people it is among; a target group named by an age band finds the
user's own figure of it; a cause the users' own people report ('säger i vår enkät att …') is filed under Orsaker;
counts out of a group's size said before become shares; a räddningstjänst or a unit whose figures are of its staff
is an employer; a dilemma's goal card must share a word of what it is about, not only of where it happens, and the
floor of a meeting is a shared space whose tension other places' lines speak to."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.dilemma.material import _space_tension
from assistant.generation.extractive.dilemma.participant import _their_argument
from assistant.generation.extractive.drafts.context import _figure_line, _part_doing
from assistant.generation.facts import extract_facts, org_kind, with_complements
from tests.conftest import converse

TORNET = ("Jag är chef för fritidsgården Tornet i Hallbacka kommun. År 2025 var flickorna 28 % av besökarna (2 140 "
          "av 7 650 besök) och pojkarna 72 % (källa: gårdens besöksregistrering jan–dec 2025). Bland besökare 13–15 "
          "år var andelen flickor bara 19 %. Flickor som slutat komma säger i vår enkät att lokalen domineras av "
          "killar som spelar tv-spel och pingis. Hjälp mig formulera problemet.")
APT = ("I vårt arbetslag på högstadiet är det nästan alltid de manliga kollegorna som pratar på APT, kvinnorna säger "
       "knappt något. Ska chefen börja fördela ordet?")


def _figure(text: str, value: float) -> Any:
    return next(f for f in extract_facts([text]).figures if f.value == value)


def test_a_share_told_as_andelen_group_keeps_its_group_and_whom_it_is_among() -> None:
    f = _figure(TORNET, 19)
    assert (f.group, f.subject) == ("flickor", "bland besökare 13–15 år")
    assert _figure_line(f) == "Flickor: 19 % bland besökare 13–15 år (2025)"
    assert _figure("Andelen flickor var bara 19 % 2025.", 19).group == "flickor"
    told = _figure("Bland de yngsta barnen, 1–3 år, var andelen flickor som tog ordet bara 22 % hösten 2025.", 22)
    assert (told.group, told.subject, told.within) == ("flickor", "tog ordet bland de yngsta barnen, 1–3 år", "")
    among = _figure("Bland de utrikes födda kvinnorna var andelen med plan bara 18 % 2025.", 18)
    assert (among.group, among.subject, among.within) == ("flickor", "har plan", "som är utrikes födda")


def test_a_target_group_named_by_an_age_band_finds_the_users_own_figure_of_it() -> None:
    facts = extract_facts([TORNET])
    facts.named_group = "13–15 år"  # as `plan_context` sets it for 'byt målgrupp till 13–15 år'
    assert facts.qualifier == " 13–15 år"
    own = next(f for f in facts.figures if f.value == 19)
    assert facts.of_named_group(own)
    assert not facts.of_named_group(next(f for f in facts.figures if f.value == 28))


def test_a_cause_reported_by_the_users_own_people_is_a_cause() -> None:
    assert lex.GROUP_SAYS_RE.match("Flickor som slutat komma säger i vår enkät att lokalen domineras av killar")
    assert lex.GROUP_SAYS_RE.match("Killarna svarade i enkäten att de tror att mottagningen är för tjejer")
    assert not lex.GROUP_SAYS_RE.match("Tjejerna som kommer stannar sällan efter klockan 19")


def test_counts_out_of_a_group_size_told_before_are_shares() -> None:
    facts = extract_facts(["Av 180 deltagare som började kurs C läsåret 2024/25 var 112 kvinnor. 61 av kvinnorna och "
                           "55 av männen klarade kursen."])
    passed = [(f.group, f.text, f.computed) for f in facts.figures if f.subject == "klarade kursen"]
    assert passed == [("flickor", "54 %", "61 av 112"), ("pojkar", "81 %", "55 av 68")]
    colon = extract_facts(["Bland de boende var det bara kvinnorna som deltog i färre än två fritidsaktiviteter i "
                           "månaden under 2025: 5 av 7 kvinnor mot 1 av 8 män."]).figures
    assert [(f.group, f.text, f.subject) for f in colon] == [
        ("flickor", "71 %", "deltog i färre än två fritidsaktiviteter i månaden"),
        ("pojkar", "13 %", "deltog i färre än två fritidsaktiviteter i månaden")]


def test_a_part_a_group_makes_up_keeps_its_particle_and_gets_the_rest() -> None:
    facts = with_complements(extract_facts(["Under år 2025 hade vi 2 640 besök. Killarna stod för 11 procent av "
                                            "besöken."]))
    assert [(f.group, f.text) for f in facts.figures if f.part == "besöken"] == [("pojkar", "11 %"),
                                                                                ("flickor", "89 %")]
    assert _part_doing("stod för") == "stod för" and _part_doing("valde bygghörnan i") == "valde bygghörnan"


def test_an_average_value_is_named_by_its_noun() -> None:
    f = _figure("Meritvärdet i åk 9 var i snitt 201 för pojkarna och 236 för flickorna läsåret 24/25.", 201)
    assert f.subject == "meritvärdet"


def test_a_rescue_service_and_a_unit_of_staff_figures_are_employers() -> None:
    assert org_kind("Räddningstjänsten Mälardal. Vid rekryteringen 2024 sökte 212 personer.") == "hr"
    assert extract_facts(["Vi är kostenheten i Fröslunda kommun. 2025 var den genomsnittliga sjukfrånvaron 9,1 "
                          "procent bland kvinnorna och 4,3 procent bland männen."]).org_kind == "hr"
    assert extract_facts(["Pojkarna i Ekby har 14 % frånvaro 2024."]).org_kind == ""


def test_the_floor_of_a_meeting_is_a_shared_space_and_a_belief_is_said_back_as_told() -> None:
    assert _space_tension(APT)
    assert _space_tension("På vår förskola är det alltid samma tre pojkar som pratar i samlingen.")
    assert not _space_tension("Vi vill ge pojkarna egna mentorer från näringslivet.")
    assert _their_argument("Jag tror inte på att dela, då lär sig ju ingen att ta hänsyn till varandra.") == \
        "Du tror inte på att dela, då lär sig ju ingen att ta hänsyn till varandra."


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_trial37_p_and_d_get_their_own_figures_cause_and_near_perspectives(eval_bot: Any) -> None:
    draft, _, retargeted = converse(eval_bot, [("problemformulering", TORNET),
                                               ("lokalt_mal", "Formulera ett lokalt mål."),
                                               ("lokalt_mal", "byt målgrupp till 13–15 år")])
    assert "Flickor: 19 % bland besökare 13–15 år (2025)" in draft.text
    assert "Alla: 19 %" not in draft.text
    causes = draft.text.split("**Orsaker**")[1].split("**Konsekvenser**")[0]
    assert "lokalen domineras av killar" in causes and "underlaget nämner inga" not in causes
    assert "Utgångsvärde: flickor 19 % (2025)" in retargeted.text and "annan målgrupp" not in retargeted.text
    talk = converse(eval_bot, [("dilemma", APT)])[0]
    assert "resultatskillnader" not in talk.text
    assert "närliggande" in talk.text
    pages = converse(eval_bot, [("problemformulering", "Vi vill att fler pappor kommer till våra sagostunder på "
                                                       "biblioteket i Örnvik.")])[0]
    assert pages.draft is not None and "tar inte upp det du frågar om" not in pages.text
