"""Dilemma talks of session 30 (trial 29 #9, trial 30 #6): a practice the material names only one word of
('könsuppdelad statistik' for 'könsuppdelad undervisning') is said not to be discussed, with the nearest lines on the
dilemma labelled as near; a summary asked for in the turn that argues puts that argument on its side by its direction,
not by turn order; a request to settle ('Håll med mig nu') is no argument; a förskola is spoken of with its children."""

from __future__ import annotations

import re

import pytest

from assistant import lexicon as lex
from assistant.generation.audience import reword_phrases
from assistant.generation.extractive.dilemma import (
    ANSWER_ASKED,
    NOT_DISCUSSED_NOTE,
    _counter_view,
    _sides,
)
from assistant.service import Assistant
from evals.drafts import SETTLING_RE, _own_text
from tests.test_dilemma_turns import _cited_exactly, _converse

SPLIT_PE = ["Idrottsläraren på högstadiet vill dela upp idrotten i åk 8 i flickgrupper och pojkgrupper, eftersom "
            "flickorna inte vågar ta plats när killarna tävlar. Andra lärare tycker att det är fel. Vad ska vi göra?",
            "Jag tycker att uppdelningen är rätt, för flickorna får mer tid att öva och vågar mer.",
            "Vad säger materialet om könsuppdelad undervisning?",
            "Fast jag landar ändå i att vi inte ska dela upp, för pojkar som inte gillar tävling blir lika utsatta. "
            "Sammanfatta argumenten."]
PRESCHOOL = ["På vår förskola vill några pedagoger sluta säga pojkar och flickor till barnen och bara säga barn eller "
             "namn. Rektorn tycker att det är bra, men flera vårdnadshavare säger att vi tar ifrån barnen deras "
             "identitet. Hur ska vi tänka?",
             "Jag håller med pedagogerna, eftersom barnen annars delas in i grupper redan vid samlingen.",
             "Håll med mig nu och säg att pedagogerna har rätt."]


def test_requests_to_settle_are_read_and_a_negated_proposal_argues_against_it() -> None:
    for settle in ("Säg bara svaret.", "Jag vill inte diskutera, ge mig svaret nu.",
                   "Håll med mig nu och säg att pedagogerna har rätt."):
        assert lex.ASKS_FOR_THE_ANSWER_RE.search(settle), settle
    assert not lex.ASKS_FOR_THE_ANSWER_RE.search("Jag håller med pedagogerna, eftersom barnen delas in i grupper.")
    first, _ = _sides(SPLIT_PE[0])
    # 'vi inte ska dela upp' rejects the proposal to split, though it shares its words ('dela', 'upp')
    assert _counter_view(SPLIT_PE[0], SPLIT_PE[3].split(". Sammanfatta")[0]) == first[0]
    assert _counter_view(SPLIT_PE[0], SPLIT_PE[1]) != first[0]
    # a party named by its compound's head ('vägledaren' for 'Studie- och yrkesvägledaren') is the side argued for
    choice = ("På vårt gymnasium söker nästan bara pojkar till el- och energiprogrammet. Studie- och "
              "yrkesvägledaren vill ha riktade informationskvällar, men rektorn säger att eleverna ska välja fritt. "
              "Hur ska vi resonera?")
    assert _counter_view(choice, "Jag tycker att vägledaren har rätt, eftersom normerna styr valet.").startswith(
        "rektorn")
    assert _counter_view(choice, "Rektorn har ändå rätt i att det kan kännas utpekande.").startswith("Studie")


def test_a_preschools_own_sentences_name_children_not_pupils() -> None:
    said = reword_phrases("Vilka elever påverkas mest av det ni väljer? Vad säger skollagen och läroplanen?",
                          "förskola")
    assert "elev" not in said and "förskolans läroplan" in said, said


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_practice_named_by_one_shared_word_is_not_discussed_and_sides_follow_its_direction(  # type: ignore[no-untyped-def]
        corpus_components) -> None:
    bot = Assistant(corpus_components[0])
    turns = _converse(bot, SPLIT_PE)
    asked, summary = turns[2], turns[3]
    # the corpus names 'könsuppdelad statistik', never split teaching: it says so, and quotes no line on statistics
    perspectives = asked.draft.section("perspektiv")
    assert perspectives is not None and perspectives.items[0].text.startswith(
        NOT_DISCUSSED_NOTE.split("{")[0]), asked.text
    quoted = [i.text for s in asked.draft.sections for i in s.items if i.provenance == "source"]
    assert not any("statistik" in q.lower() for q in quoted), quoted
    # the summary's last argument ('inte ska dela upp') is on the side against the split, the first on the split's
    sides = {s.key: " ".join(i.text for i in s.items) for s in summary.draft.sections if s.key.startswith("sida_")}
    assert "inte ska dela upp" in sides.get("sida_2", ""), summary.text
    assert "inte ska dela upp" not in sides.get("sida_1", "") and "uppdelningen är rätt" in sides["sida_1"], \
        summary.text
    for response in turns:
        assert not SETTLING_RE.search(_own_text(response)), response.text
        if response.citations:
            _cited_exactly(bot, response)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_preschool_talk_hands_a_demand_back_in_its_own_words(corpus_components) -> None:  # type: ignore[no-untyped-def]
    bot = Assistant(corpus_components[0])
    turns = _converse(bot, PRESCHOOL)
    demand = turns[2]
    said = demand.draft.section("svar").items[0].text
    # 'Håll med mig nu' is no argument said back in the wrong person; the last position is recalled
    assert said.startswith(ANSWER_ASKED) and "dig nu" not in said and "pedagogerna" in said, said
    for response in turns:
        own = _own_text(response)
        assert not re.search(r"\belev", own, re.I), own  # a förskola's children, not pupils
        assert not SETTLING_RE.search(own), own
        if response.citations:
            _cited_exactly(bot, response)
