"""Dilemma talks of session 31 (session 30's open points, trial 31 D1–D4): 'norm' read as common practice or as a
gender norm by its sentence; a practice named by a noun and its modifiers is met only by lines holding both ('Tips på
vidare läsning' is not on 'unga mäns läsning'); a question to the material goes straight to it, without 'Du frågar';
a demand for the answer, however put, recaps what was argued and never settles; a turn's reason is taken up, and a
line on another kind of the thing it names ('skolfrånvaro' in a line on honour norms for 'stressrelaterad frånvaro')
is no counter-perspective."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.dilemma import ANSWER_ASKED, NOT_DISCUSSED_NOTE, REASON_QUESTION, _reason
from assistant.generation.extractive.dilemma.material import _about_practice, _practice, _sensed
from assistant.generation.extractive.dilemma.participant import _also_asked, _restate, _their_argument
from assistant.service import Assistant
from evals.drafts import SETTLING_RE, _own_text
from tests.test_dilemma_turns import _cited_exactly, _converse, _views

MENTOR = ["Vi funderar på att ge pojkarna i åk 9 extra mentorstid som flickorna inte får, eftersom pojkarnas "
          "meritvärde är lägre. Vad säger materialet om att rikta insatser till bara pojkar?",
          "Jag tycker att vi ska göra det. Skillnaden i meritvärde är stor, och om vi fördelar stödet lika får de som "
          "behöver mest för lite.",
          "Fast å andra sidan: flickorna hos oss har mer stressrelaterad frånvaro och mår sämre. Blir det inte "
          "orättvist om bara pojkarna får mer tid med en vuxen?",
          "Okej, men vad är det rätta svaret – ska vi ge pojkarna extra mentorstid eller inte?"]
HOMEWORK = ["På vår skola är det norm att läxor ges varje vecka. Några lärare vill ta bort läxorna, eftersom pojkarna "
            "sällan gör dem och får sämre betyg, men föräldrarna vill ha kvar dem. Hur ska vi tänka?",
            "Vad är normen för hur lärare väljer läxor?",
            "Vad säger underlaget om unga mäns läsning?",
            "Men normen på skolan är att man följer föräldrarnas önskemål, det brukar vi göra."]


def test_norm_is_read_as_practice_or_as_a_gender_norm_by_its_sentence() -> None:
    assert "praxis" in _sensed("På vår skola är det norm att läxor ges varje vecka.")
    assert "praxis" in _sensed("Vad är normen för hur lärare planerar sina kurser?")
    assert "praxis" in _sensed("Heltid som norm i äldreomsorgen.")
    for gender in ("Boken förstärker normen att vissa yrken är för män.", "Vi vill utmana normen.",
                   "Normer och ideal kring maskulinitet bidrar till otrygghet."):
        assert _sensed(gender) == gender, gender
    # each sentence alone: a gender word in the next sentence does not make the first one's norm a gender norm
    assert _sensed("Det är norm att läxor ges. Pojkarna gör dem sällan.").startswith("Det är praxis")


def test_a_practice_is_met_by_its_noun_and_a_modifier_together() -> None:
    reading = _practice("unga mäns läsning")
    assert reading is not None
    assert not _about_practice("Tips på vidare läsning hittar du under rubriken ”Kunskapsstöd”.", reading)
    assert not _about_practice("Egen läsning med böcker som eleverna själva väljer", reading)  # pupils, no gender
    assert _about_practice("Pojkars läsning har minskat sedan 2015.", reading)  # the same practice, the other group
    leisure = _practice("unga kvinnors fritid")
    assert leisure is not None and _about_practice("Kommunens stöd i dag gynnar pojkars fritid.", leisure)
    assert not _about_practice("Unga kvinnors och mäns uppfattningar om studieval ska vidgas.", leisure)
    assert _practice("samverkan med vårdnadshavare") is None and _practice("jämföra resultat mellan klasser") is None


def test_demands_questions_and_reasons_are_read_as_a_facilitator_reads_them() -> None:
    for settle in ("Ge mig det rätta svaret nu, vem har rätt?", "Sluta fråga tillbaka. Vad ska vi göra?",
                   "Jag kräver ett svar: ja eller nej?", MENTOR[3]):
        assert lex.ASKS_FOR_THE_ANSWER_RE.search(settle), settle
    for argued in (MENTOR[1], MENTOR[2], "Kollegorna har rätt i att tiden inte räcker."):
        assert not lex.ASKS_FOR_THE_ANSWER_RE.search(argued), argued
    # a question to the material names no choice: the choice is what they told
    restated = _restate(MENTOR[0])
    assert "materialet" not in restated and restated.startswith("Ni står inför ett val: ni funderar på"), restated
    said = _their_argument(MENTOR[2])
    assert "sidan" not in said and said.startswith("Du menar att flickorna"), said
    assert "orättvist om bara pojkarna" in _also_asked(MENTOR[2])
    assert _reason(MENTOR[1]).startswith("skillnaden i meritvärde är stor")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_talk_takes_up_each_argument_and_a_demand_recaps_them_without_settling(  # type: ignore[no-untyped-def]
        corpus_components) -> None:
    bot = Assistant(corpus_components[0])
    turns = _converse(bot, MENTOR)
    # their reason, given in the sentence after a bare stance, is taken up (not asked for again)
    asked = " ".join(i.text for i in turns[1].draft.section("fragor").items)
    assert REASON_QUESTION.split("{")[0] + "skillnaden i meritvärde" in asked, turns[1].text
    # the girls' stress-related absence is not answered by a line on another absence (honour norms)
    assert not any("heder" in v.lower() for v in _views(turns[2])), turns[2].text
    said = turns[2].draft.section("svar").items[0].text
    assert "sidan" not in said and "orättvist" in said, said
    # the demand hands the choice back and recalls both positions argued
    demand = turns[3].draft.section("svar").items[0].text
    assert demand.startswith(ANSWER_ASKED) and "meritvärde" in demand and "stressrelaterad" in demand, demand
    for response in turns:
        assert not SETTLING_RE.search(_own_text(response)), response.text
        if response.citations:
            _cited_exactly(bot, response)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_practice_norm_meets_no_gender_norm_and_asked_practices_are_met_whole(  # type: ignore[no-untyped-def]
        corpus_components) -> None:
    bot = Assistant(corpus_components[0])
    turns = _converse(bot, HOMEWORK)
    # 'det är norm att läxor ges' and 'normen på skolan är att …' are practice: no line on gender or honour norms
    for response in (turns[0], turns[1], turns[3]):
        quoted = [i.text for s in response.draft.sections for i in s.items if i.provenance == "source"]
        assert not any("norm" in q.lower() for q in quoted), response.text
    # questions to the material and on a practice it does not take up go straight to it: no 'Du frågar'
    for response in turns[1:3]:
        assert "Du frågar" not in response.text, response.text
    assert "tar inte upp normen för hur" in turns[1].text, turns[1].text
    # 'unga mäns läsning' is not met by 'Tips på vidare läsning', a line that shares only the noun
    reading = turns[2]
    assert "vidare läsning" not in reading.text.lower(), reading.text
    perspectives = reading.draft.section("perspektiv")
    assert perspectives is not None and perspectives.items[0].text.startswith(
        NOT_DISCUSSED_NOTE.split("{")[0]), reading.text
    for response in turns:
        assert not SETTLING_RE.search(_own_text(response)), response.text
        if response.citations:
            _cited_exactly(bot, response)
