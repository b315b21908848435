"""Answerable questions asked in other words than the document's are answered, not refused (issue 12, overref21):
a length of time asked in another unit, a report named by its place in one compound word, the name of a method
asked with 'Vad heter', and a part of a group told in words and asked with an everyday word. A question the
document does not answer in any unit is still refused."""

from __future__ import annotations

import pytest

from assistant.grounding.question import analyse
from assistant.service import Assistant
from tests.test_own_documents import _ingest

# A municipality's follow-up report of its attendance work, written as such reports are (invented for this test).
REPORT = """# Uppföljning av närvaroarbetet i Kumla kommun

## Bakgrund

Rapporten beskriver hur grundskolorna i Kumla kommun har arbetat för att öka elevernas närvaro. Projektet Närvaro
för alla pågick 1 mars 2016 – 30 juni 2018 och följdes upp av barn- och utbildningsförvaltningen.

## Arbetssätt

Skolorna använder metoden Tidig signal för att upptäcka elever vars frånvaro ökar. Handledningsträffar om frånvaron
mellan mentorerna och kuratorn sker minst en gång varannan månad.

## Elevintervjuer

Nio elever med hög frånvaro intervjuades våren 2018. Tre av de nio eleverna gick då på fritidshem.
Flera av eleverna beskrev att övergången till högstadiet var svår.

## Samverkan

Förvaltningen gav också metodstöd till en högskola i regionen under 2017.
"""


@pytest.fixture(scope="module")
def kumla(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _ingest(tmp_path_factory.mktemp("other-words"), {"narvaro.md": REPORT})[0]


def _answer(bot: Assistant, question: str) -> str:
    response = bot.respond({"message": question})
    assert response.grounded, response.text
    return response.text


@pytest.mark.slow
def test_weeks_between_meetings_are_answered_by_a_frequency_in_months(kumla: Assistant) -> None:
    text = _answer(kumla, "Hur många veckor går det mellan handledningsträffarna om frånvaron?")
    assert "varannan månad" in text, text


@pytest.mark.slow
def test_years_of_a_project_are_answered_by_its_span_of_dates(kumla: Assistant) -> None:
    text = _answer(kumla, "Hur många år pågick projektet Närvaro för alla?")
    assert "1 mars 2016 – 30 juni 2018" in text, text


@pytest.mark.slow
def test_a_length_the_document_does_not_give_is_still_refused(kumla: Assistant) -> None:
    response = kumla.respond({"message": "Hur många månader pågick elevintervjuerna?"})
    assert not response.grounded, response.text


@pytest.mark.slow
def test_a_report_named_by_its_place_in_one_word_is_that_places_report(kumla: Assistant) -> None:
    question = "Vilken metod använder skolorna enligt Kumlarapporten för att upptäcka ökande frånvaro?"
    assert [s.text for s in analyse(question).subjects] == ["Kumla"]
    assert "Tidig signal" in _answer(kumla, question)


@pytest.mark.slow
def test_vad_heter_asks_the_name_of_a_thing_not_a_person(kumla: Assistant) -> None:
    assert "Tidig signal" in _answer(kumla, "Vad heter metoden som skolorna använder för att upptäcka ökad frånvaro?")


@pytest.mark.slow
def test_vad_heter_of_a_school_still_needs_its_name(kumla: Assistant) -> None:
    response = kumla.respond({"message": "Vad heter högskolan som fick metodstöd?"})
    assert not response.grounded, response.text


@pytest.mark.slow
def test_a_part_told_in_words_answers_a_part_asked_in_everyday_words(kumla: Assistant) -> None:
    text = _answer(kumla, "Hur många av de intervjuade eleverna gick på fritids?")
    assert "Tre av de nio" in text, text
