"""'Var står det?' after an answer: the places of the lines the answer cited, not a new search (trial 36 F9: it was
searched as 'Var står det vanligaste misstaget …' and answered with five other quotes)."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.service import Assistant
from tests.conftest import converse


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


@pytest.mark.parametrize("message", ["var står det?", "Var hittar jag det", "Vilken källa är det?", "Källa?",
                                     "var star det", "Och var står det i underlaget?", "kan du visa källan?"])
def test_asking_where_it_says_so_is_read_as_such(message: str) -> None:
    assert lex.WHERE_SAID_RE.match(message)


@pytest.mark.parametrize("message", ["Var står det om läxhjälp i metodstödet?", "Vilka källor finns om läxhjälp?",
                                     "Var finns det fritidsgårdar?"])
def test_a_question_of_its_own_is_no_request_for_the_places(message: str) -> None:
    assert not lex.WHERE_SAID_RE.match(message)


@pytest.mark.needs_corpus_index
def test_where_it_says_so_lists_the_previous_answers_lines(assistant: Assistant) -> None:
    answer, where = converse(assistant, [("fraga", "Vilka aktörer kan bidra till pojkars skolresultat?"),
                                         ("fraga", "Var står det?")])
    assert answer.grounded and answer.citations
    assert where.text.startswith(lex.WHERE_SAID_LEAD), where.text
    # the same lines as the answer cited, each said by its document, section and line numbers
    assert [(c.chunk_id, c.start_line, c.end_line) for c in where.citations] == \
        [(c.chunk_id, c.start_line, c.end_line) for c in answer.citations]
    for c in where.citations:
        span = f"{c.start_line}–{c.end_line}" if c.end_line > c.start_line else str(c.start_line)
        assert f"rad {span}" in where.text and f"[{c.n}]" in where.text, where.text
    # streamed as shown
    events = list(assistant.stream({"message": "Var står det?", "mode": "fraga", "history": [
        {"role": "user", "content": "Vilka aktörer kan bidra till pojkars skolresultat?"},
        {"role": "assistant", "content": answer.text}]}))
    tokens = "".join(e.data for e in events if e.type == "token")
    assert tokens == events[-1].data.text == where.text
