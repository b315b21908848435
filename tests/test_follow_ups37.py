"""Follow-up turns a coordinator or a parent types (trial 37, followups37 probes):

- the source of the previous answer asked for in the ways people ask it ('vilket dokument kommer det ifrån?',
  'källan?', 'vilken sida står det på?', 'kan jag läsa mer om det någonstans?') is answered with the places of its
  lines, and a refused answer is said to have none; a question about a document's content stays a question (K8);
- 'ge ett exempel' asks for an example of what the turn before asked about, not for the words 'ge ett exempel';
- a 'Hur <verb> <subject> …' question is carried into the next turn as the clause 'hur <subject> <verb> …' (K4:
  'Kan du ge ett exempel på enhetscheferna välja en indikator');
- a parent asking what the answer means for their own child gets the earlier topic again, led by a line that the
  material speaks of no single child, not other schools' harassment figures (E3).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex
from assistant.grounding.followups import is_follow_up, rewrite_follow_up
from assistant.schema import Turn
from tests.conftest import converse


def _history(*questions: str) -> list[Turn]:
    turns: list[Turn] = []
    for question in questions:
        turns += [Turn(role="user", content=question), Turn(role="assistant", content="Svar ur underlaget. [1]")]
    return turns


@pytest.mark.parametrize("message", [
    "vilket dokument kommer det ifrån?", "Vilket dokument kommer det från?", "källan?", "var hittar jag det?",
    "vilken sida står det på?", "På vilken sida står det?", "Vilken sida?", "kan jag läsa mer om det någonstans?",
    "Var kan jag läsa mer?", "vilket dokument kommer siffrorna ifrån?", "Varifrån kommer siffrorna?",
    "Var har du fått det ifrån?", "vilken rapport är det?", "I vilket dokument står det?", "Vad är källan?",
    "Vad är det för källa?", "Har du en källa på det?", "Vilka källor har du använt?", "Okej, vilken rapport kommer "
    "det ifrån?", "Var är det hämtat ifrån?", "vilket dokument kommer det ifran", "Which document is that from?"])
def test_the_ways_people_ask_for_the_source_are_read_as_such(message: str) -> None:
    assert lex.WHERE_SAID_RE.match(message), message


@pytest.mark.parametrize("message", [
    "Vilket dokument handlar om skolnärvaro?", "Vilken rapport tar upp löneskillnader?", "Var är det?",
    "Kan jag läsa mer om lönekartläggning någonstans?", "Vilka rapporter finns om hemtjänst?",
    "Vilka källor finns det?",
    "Vad står det i rapporten om pojkar?", "Vilket dokument säger mest om normkritik?", "Vilket material finns?",
    "Vilken text ska vi skriva i planen?"])
def test_a_question_about_a_documents_content_is_no_request_for_the_source(message: str) -> None:
    assert not lex.WHERE_SAID_RE.match(message), message


@pytest.mark.parametrize("ask", ["ge ett exempel", "Kan du ge något konkret exempel?", "Exempel?",
                                 "Finns det något exempel?"])
def test_asking_for_an_example_asks_for_one_of_the_earlier_topic(ask: str) -> None:
    assert is_follow_up(ask)
    query = rewrite_follow_up(ask, _history("Vad är en problemformulering i jämställdhetsarbetet?"))
    assert query.lower().endswith("exempel på en problemformulering i jämställdhetsarbetet?"), query
    # an example of a thing named is a question of its own
    assert rewrite_follow_up("Ge ett exempel på läxhjälp", _history("Vad är en problemformulering?")) == \
        "Ge ett exempel på läxhjälp"


def test_a_how_question_is_carried_as_a_clause() -> None:
    query = rewrite_follow_up("kan du ge ett exempel på det?", _history("Hur ska enhetscheferna välja en indikator?"))
    assert query == "Kan du ge ett exempel på hur enhetscheferna ska välja en indikator?", query
    query = rewrite_follow_up("vem bestämmer det?", _history("Hur följer Lindåsskolan upp elevers frånvaro?"))
    assert query == "Vem bestämmer hur Lindåsskolan följer upp elevers frånvaro?", query
    # the copula after 'Hur stor' is no part of the topic
    query = rewrite_follow_up("varför då?", _history("Hur stor är löneskillnaden mellan kvinnor och män?"))
    assert "– är" not in query and "löneskillnaden mellan kvinnor och män" in query, query
    # the asker's own 'vi' stays out, as before ('att analysera …')
    query = rewrite_follow_up("hur gör man det i praktiken?", _history("Hur ska vi analysera observationerna?"))
    assert query == "Hur kan man analysera observationerna i praktiken?", query


@pytest.mark.parametrize("message,own", [
    ("betyder det att dom säger att min dotter inte får va tjej som hon vill?", True),
    ("Får min son inte leka med dockor då?", True), ("innebar det att mitt barn far byta klass?", True),
    ("Vad ska jag göra om mitt barn blir utsatt?", False), ("Betyder det att skolan måste ändra schemat?", False),
    ("Kan mitt barn få läxhjälp?", False), ("Vill skolan att mitt barn ska byta klass?", False)])
def test_a_parents_question_about_their_own_child_is_told(message: str, own: bool) -> None:
    assert bool(lex.OWN_CHILD_RE.search(message)) is own


NORMKRITIK = "Varför jobbar skolan med normkritik och jämställdhet?"


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_which_document_lists_the_previous_answers_lines(eval_bot: Any) -> None:
    """K8: 'vilket dokument kommer det ifrån?' names the places of the lines the answer cited."""
    answer, where = converse(eval_bot, [("fraga", "Vilka aktörer kan bidra till pojkars skolresultat?"),
                                        ("fraga", "vilket dokument kommer det ifrån?")])
    assert answer.grounded and answer.citations
    assert where.text.startswith(lex.WHERE_SAID_LEAD), where.text
    assert [c.chunk_id for c in where.citations] == [c.chunk_id for c in answer.citations]


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_the_source_of_a_refusal_is_said_to_be_none(eval_bot: Any) -> None:
    """K8's own case: the previous turn was a refusal, so there is no place to show, and no other quote as if."""
    answer, where = converse(eval_bot, [("fraga", "Hur stor andel av kvinnorna i Västerås fick försörjningsstöd "
                                                  "2023?"), ("fraga", "källan?")])
    assert not answer.grounded
    assert where.text == lex.WHERE_SAID_NONE and not where.citations, where.text


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_a_parent_asking_about_their_own_child_gets_the_earlier_topic(eval_bot: Any) -> None:
    """E3: the earlier answer on normkritik again, led by the line that the material speaks of no single child;
    not another school's harassment figures."""
    answer, child = converse(eval_bot, [("fraga", NORMKRITIK), ("fraga", "betyder det att dom säger att min dotter "
                                                                          "inte får va tjej som hon vill?")])
    assert child.text.startswith(lex.OWN_CHILD_LEAD if answer.grounded else lex.OWN_CHILD_NONE), child.text
    assert [c.chunk_id for c in child.citations] == ([c.chunk_id for c in answer.citations] if answer.grounded
                                                     else [])
    assert "bjorkvalla" not in " ".join(c.source for c in child.citations)


@pytest.mark.parametrize("message,asks", [("och sen då?", True), ("Vad händer sedan?", True), ("Nästa steg?", True),
                                          ("Vad händer sen med pengarna?", False), ("och sen då, hur gör vi?", False)])
def test_asking_what_comes_next_is_read_as_such(message: str, asks: bool) -> None:
    assert bool(lex.NEXT_ASKED_RE.match(message)) is asks


@pytest.mark.needs_corpus_index
@pytest.mark.slow
def test_what_comes_next_is_the_lines_after_the_last_quoted_one(eval_bot: Any) -> None:
    """K2: 'och sen då?' after an answer gives the lines that follow the last one it quoted, in that document, each
    cited; not the same lines again."""
    answer, after = converse(eval_bot, [("fraga", "Vilka steg ingår i en jämställdhetsanalys enligt metodstödet?"),
                                        ("fraga", "och sen då?")])
    assert answer.grounded and answer.citations
    assert after.grounded and after.citations, after.text
    quoted = [c for c in answer.citations if c.source == answer.citations[0].source]
    last = max(c.end_line for c in quoted)
    assert all(c.source == answer.citations[0].source and c.start_line > last for c in after.citations), after.text
    assert after.text.startswith(lex.NEXT_LEAD.split("”")[0]), after.text
