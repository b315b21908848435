"""The statement of the asked deed answers, on the bundled corpus (trial 24, session 25): asked when a report came
out, the date it is presented ('redovisas … december 2019'), not the date its work started in the same passage
('initierades … i december 2016'); asked how many pupils were interviewed, the count of interviews its paragraph
gives ('Åtta elevintervjuer genomfördes.') beside the count of pupils chosen; asked 'Vilka deltar …?', the sentence
whose verb is the question's ('Politiker, förvaltningsledning, rektorer och lärare f-3 deltar.'); asked yes or no,
a statement opens the answer, not an invitation's title line ('Digitala workshops november 2020')."""

from __future__ import annotations

import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


@pytest.fixture(scope="module")
def bot(corpus_components: tuple[Components, IngestStats]) -> Assistant:
    return Assistant(corpus_components[0])


def _first(text: str) -> str:
    """The answer's opening, up to its first citation marker."""
    return text.split("[1]")[0]


def test_when_a_report_came_out_is_the_date_it_is_presented_not_when_its_work_started(bot: Assistant) -> None:
    answer = bot.respond({"message": "När kom rapporten Progression 02 ut?"})
    assert answer.grounded, answer.text
    assert "december 2019" in _first(answer.text), answer.text


def test_a_follow_up_asking_when_it_came_out_gets_the_same_date(bot: Assistant) -> None:
    first = "Vad handlar rapporten Progression 02 om?"
    earlier = bot.respond({"message": first})
    answer = bot.respond({"message": "Och när kom den ut?", "history": [
        {"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}]})
    assert answer.grounded, answer.text
    assert "december 2019" in _first(answer.text), answer.text


def test_the_count_of_the_asked_deed_in_the_same_paragraph_is_given(bot: Assistant) -> None:
    answer = bot.respond({"message": "Hur många elever intervjuades i Progression 02?"})
    assert answer.grounded, answer.text
    assert "Åtta elevintervjuer" in answer.text, answer.text


def test_who_takes_part_is_answered_by_the_sentence_with_the_questions_verb(bot: Assistant) -> None:
    answer = bot.respond({"message": "Vilka deltar i matematiksatsningen från SKR?"})
    assert answer.grounded, answer.text
    assert "lärare f-3" in answer.text, answer.text


def test_a_yes_no_answer_opens_with_a_statement_not_the_title_line_that_shares_its_dates(bot: Assistant) -> None:
    answer = bot.respond({"message": "Ska rektorn vara med på de digitala workshoparna i november 2020?"})
    assert answer.grounded, answer.text
    opening = _first(answer.text)
    assert "rektor" in opening, answer.text
    assert "Digitala workshops november 2020" not in opening, answer.text
