"""Dilemma talks of session 29: a subject word is matched as a whole word or a compound's head ('heltid' is not
found in 'heltidspraktik'), so a dilemma the material has nothing close to is said to be so and the participant's own
view is asked instead of weak perspectives; over the turns their reason is taken up, a request to settle the dilemma
hands the choice back with their last position recalled, and a dilemma told without a school's words is not closed
with the school's parties."""

from __future__ import annotations

import re

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.dilemma import (
    ANSWER_ASKED,
    NO_PERSPECTIVE_NOTE,
    OWN_VIEW_QUESTION,
    UNCOVERED_LEAD,
    _holds,
    _reason,
)
from assistant.index.lexical import tokenize
from assistant.service import Assistant
from evals.drafts import SETTLING_RE, _own_text
from tests.test_dilemma_turns import _cited_exactly, _converse

FULL_TIME = ["Kommunen inför heltid som norm i äldreomsorgen. Många undersköterskor, nästan alla kvinnor, vill "
             "fortsätta jobba deltid för att orka, men facket säger att deltid ger sämre pension. Ska vi tvinga fram "
             "heltid?",
             "Jag tycker att det är deras eget val, eftersom ingen ska behöva jobba mer än hon orkar.",
             "Säg bara vad vi ska göra."]


def test_a_subject_word_is_a_whole_word_or_a_compounds_head() -> None:
    heltid = frozenset(tokenize("heltid"))
    assert not _holds("Några ungdomar gick på heltidspraktik under hösten.", heltid)
    assert _holds("Heltid som norm infördes i hemtjänsten.", heltid)
    assert _holds("Undervisningen utmanar traditionella könsnormer.", frozenset(tokenize("normer")))
    # a stem cut short by the stemmer names nothing: 'ledighet' and 'ledningen' share only 'led'
    assert not _holds("Får vi det stöd från ledningen som krävs?", frozenset(tokenize("ledighet")))


def test_the_reason_of_an_argument_and_a_request_to_settle_are_read() -> None:
    assert _reason("Jag håller med rektorn, för pojkarna skäms över att be om hjälp när flickorna är med.") == \
        "pojkarna skäms över att be om hjälp när flickorna är med"
    assert _reason("Jag tror att de behöver förebilder, eftersom många av dem inte har någon hemma.") == \
        "många av dem inte har någon hemma"
    assert _reason("Jag tycker att vi ska vänta till hösten.") == ""
    for settle in ("Säg bara vad vi ska göra.", "Kan du inte bara säga vem som har rätt?",
                   "Kan du inte bara säga om vi ska köra eller inte?"):
        assert lex.ASKS_FOR_THE_ANSWER_RE.search(settle), settle
    assert not lex.ASKS_FOR_THE_ANSWER_RE.search("Kan du säga vad rapporten säger om läxhjälp?")


@pytest.mark.needs_corpus_index
def test_a_dilemma_the_corpus_has_nothing_close_to_asks_the_participants_view(corpus_components) -> None:  # type: ignore[no-untyped-def]
    bot = Assistant(corpus_components[0])
    first, second, third = _converse(bot, FULL_TIME)
    # the corpus names 'heltidspraktik' once: no perspective of it, nor of anything else, is offered on full time
    quoted = [i.text for r in (first, second, third) for s in r.draft.sections for i in s.items
              if i.provenance == "source" and not i.text.endswith("?")]
    assert not any("heltidspraktik" in q.lower() for q in quoted), quoted
    assert not [i for i in first.draft.section("perspektiv").items if i.provenance == "source"], first.text
    assert UNCOVERED_LEAD in first.text or NO_PERSPECTIVE_NOTE in first.text, first.text
    assert first.draft.section("fragor").items[0].text == OWN_VIEW_QUESTION, first.text
    # their reason is taken up in a question of its own, the choice stays theirs
    asked = [i.text for i in second.draft.section("fragor").items]
    assert any("ingen ska behöva jobba mer än hon orkar" in q for q in asked), asked
    # 'Säg bara vad vi ska göra' is no argument of theirs: the choice is handed back, their last position recalled
    said = third.draft.section("svar").items[0].text
    assert said.startswith(ANSWER_ASKED) and "deras eget val" in said and "Du menar att säg" not in said, said
    for response in (first, second, third):
        assert "inget givet svar" in response.text and not SETTLING_RE.search(_own_text(response)), response.text
        # an äldreomsorg's dilemma is not closed with a school's pupils and guardians
        closing = response.text.rsplit("\n", 1)[-1]
        assert not re.search(r"elev|vårdnadshavar|skollag", closing, re.I), closing
        if response.citations:
            _cited_exactly(bot, response)
