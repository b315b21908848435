"""Dilemma talks over several turns on documents of the test's own (dilemma27): a direct question inside the talk –
to a document by its author's name, or placed 'enligt metodstödet' – is answered from the sources with a passage on
what it asks; a name in the situation is never what the material is said not to take up, and a parent told of as
'mamman'/'pappan' is found in the documents' word (vårdnadshavare); the situation is said back in the facilitator's
word order; in lättläst a quoted workshop question gets its easy words beside it, the mode's own word is not
explained and the restatement is not cut into list items at its 'men'."""

from __future__ import annotations

import re

import pytest

from assistant import lexicon as lex
from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder
from tests.test_dilemma_turns import METHOD, WORKSHOPS, _cited_exactly, _converse

pytestmark = pytest.mark.needs_corpus_index  # the session store lends its embedding cache

# A third workshop whose questions use the report's own hard words ('case', 'förebyggas', 'skede').
MORE_WORKSHOPS = WORKSHOPS + """
Workshop 3, Tema: Tidiga signaler (genomfördes 25/3)

Dilemma 3: Frånvaron som ingen såg

• Hur hade situationen kunnat förebyggas i ett tidigare skede?

• Vilka principer är vägledande i dessa case?
"""
# A report by an authority the participants name when they ask ('Säger inte Skolverket något om …?').
EXPECTATIONS = """Skolverket: Undervisning med höga förväntningar

Förväntningar i klassrummet

Lärare som har höga förväntningar på alla elever ger eleverna bättre möjligheter att lyckas i skolan. Låga
förväntningar på en grupp elever riskerar att bli självuppfyllande, särskilt för pojkar i de lägre grupperna.

Lokaler och schema

Skolans schema läggs om varje läsår av ledningen tillsammans med vaktmästeriet.
"""

OPENING = "Rektorn vill ha läxhjälp bara för pojkar eftersom det är de som har lägre betyg. Är det okej?"
PARENTS = ("På vår skola ringer vi alltid mamman när Elias är borta från lektionerna, men pappan svarar aldrig. "
           "Mentorn vill kalla pappan till ett eget möte, men mamman säger att det blir bråk hemma om skolan går "
           "förbi henne. Ska skolan ändå kalla honom?")


@pytest.fixture(scope="module")
def ekby(tmp_path_factory: pytest.TempPathFactory, corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path_factory.mktemp("ekby27"), corpus_components,
                            {"ekby-workshoprapport.txt": MORE_WORKSHOPS, "ekby-metodstod.txt": METHOD,
                             "skolverket-forvantningar.txt": EXPECTATIONS})
    return bot


def _answers(response) -> list[str]:  # type: ignore[no-untyped-def]
    """The cited passages the turn brings on what was asked (its perspectives section)."""
    section = response.draft.section("perspektiv")
    return [i.text for i in section.items if i.provenance == "source" and i.citations] if section else []


def test_a_question_to_a_document_by_its_authors_name_is_answered_from_it(ekby: Assistant) -> None:
    _, asked = _converse(ekby, [OPENING, "Säger inte Skolverket något om höga förväntningar?"])
    answers = _answers(asked)
    assert answers and all("förväntningar" in a for a in answers), asked.text
    assert not any("schema" in a for a in answers)  # the same document's logistics are no answer
    assert "inget givet svar" in asked.text  # the talk goes on: the choice stays theirs
    _cited_exactly(ekby, asked)


def test_a_question_placed_in_the_method_support_is_answered_on_its_subject(ekby: Assistant) -> None:
    _, _, asked = _converse(ekby, [OPENING, "Jag tycker att läxhjälpen ska vara öppen för alla.",
                                   "Vad säger metodstödet om uppföljningen av stödet?"])
    answers = _answers(asked)
    assert any("Uppföljningen" in a for a in answers), asked.text
    _cited_exactly(ekby, asked)


def test_a_perspective_is_given_once_a_turn_over_the_talk(ekby: Assistant) -> None:
    turns = _converse(ekby, [OPENING, "Säger inte Skolverket något om höga förväntningar?",
                             "Jag tycker ändå att pojkarna behöver stödet mest."])
    for turn in turns:
        quoted = [i.text for s in turn.draft.sections for i in s.items if i.provenance == "source"]
        assert len(quoted) == len(set(quoted)), quoted


def test_a_parent_told_of_is_found_and_a_name_is_never_the_missing_subject(ekby: Assistant) -> None:
    first, second = _converse(ekby, [PARENTS, "Jag tycker att pappan har lika stort ansvar som mamman."])
    assert "”Elias”" not in first.text, first.text
    # the situation said back subject first, in the facilitator's voice: not 'när på er skola ringer ni'
    restated = first.draft.section("dilemmat").items[0].text
    assert "på er skola ringer ni" not in restated and not re.search(r"\b(?:vi|vår|jag)\b", restated), restated
    # the documents' word for the parents: their workshop dilemma or a passage on vårdnadshavare, cited
    cited = [i.text for s in first.draft.sections for i in s.items if i.provenance == "source" and i.citations
             and not i.text.endswith("?")]
    assert any("vårdnadshavar" in t for t in cited), first.text
    _cited_exactly(ekby, first)
    # the other side is the parents' own, not the school the participant speaks for
    assert "vad skulle skolan säga" not in second.text, second.text


def test_easy_swedish_gives_a_quoted_workshop_question_its_easy_words(ekby: Assistant) -> None:
    (first,) = _converse(ekby, ["Ingen såg att en elev var frånvarande i flera veckor. Klassläraren säger att det "
                                "var mentorns ansvar, men mentorn menar att frånvaron aldrig syntes i systemet. "
                                "Vems ansvar var det?"], easy=True)
    lines = first.text.splitlines()
    assert not any("Dilemma är ett svårt val" in line for line in lines), first.text
    eased = [(q, e) for q, e in zip(lines, lines[1:], strict=False)
             if q.startswith("- ") and re.search(r"\?\s*\[\d+\]$", q) and e.strip().startswith(lex.EASY_QUESTION_LEAD)]
    # the quoted question stays as the source has it (a summary finds it again), its easy words follow it
    assert any("case" in q and "fall" in e for q, e in eased) or any("skede" in q and "skede" not in e
                                                                     for q, e in eased), first.text
    # the restatement is said in short sentences, not cut into list items at its 'men'
    head = first.text.split("\n\n")[0]
    assert not any(line.strip().startswith("- ") and ", men " in line for line in head.splitlines()[2:]), head
