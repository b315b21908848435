"""Which statement answers: a meeting's length and what was to be discussed, on a small document of its own.

A length of time before, after or left of something ('ca två veckor innan den tredje träffen') is no answer to how
long the thing lasts: the numbered line of that meeting with its length ('3 Hur går det? (2 timmar)') is. A question
about what participants were to talk about ('Vad fick man prata om …?') is answered by the discussion questions the
material lists, as 'Vad diskuterade man …?' is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

REPORT = (
    "Rapport om processtöd och workshops\n\n"
    "Modellen för processtöd\n\n"
    "Processtödet består av fyra träffar med utvecklingsgruppen på varje skola.\n\n"
    "1 Nuläge och önskat nyläge (3,5 timmar)\n\n"
    "Första träffen handlar om vad vi vet om skolans nuläge. Gruppen skickar sin projektplan till processtödet "
    "ca en vecka innan den andra träffen.\n\n"
    "2 Förändringsteori (3 timmar)\n\n"
    "Den andra träffen ägnas åt förändringsteorin. Gruppen återkommer med en spikad förändringsteori ca två "
    "veckor innan den tredje träffen.\n\n"
    "3 Hur går det? (2 timmar)\n\n"
    "Den tredje träffen följer upp vad som har hänt. När ca en timme återstår av den tredje träffen går gruppen "
    "igenom sin förändringsteori.\n\n"
    "Workshops under hösten\n\n"
    "Workshop 2, Tema: Kommunikation och relationsbyggande (genomfördes 17/11)\n\n"
    "Med utgångspunkt i de dilemman som presenterades fick deltagarna diskutera följande frågor i smågrupper:\n\n"
    "• Vilka utmaningar och möjligheter ser ni i kommunikationen mellan skolan och hemmet?\n"
    "• Vilka viktiga relationer kan ni identifiera och hur kan de stärkas?\n\n"
    "Workshop 3, Tema: Vårdnadshavare som resurs (genomfördes 30/11)\n\n"
    "Deltagarna uppskattade särskilt att få arbeta i smågrupper under workshopen. Vid workshopen presenterades "
    "också resultat från vårdnadshavarenkäten.\n"
)


@pytest.fixture
def report_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"rapport-processtod.txt": REPORT})
    assert stats.documents == 1 and not stats.skipped
    return bot


def _first_statement(text: str) -> str:
    return text.split("[1]")[0]


def test_a_lead_time_is_no_length_of_the_meeting(report_bot: Assistant) -> None:
    """'Hur lång är den tredje träffen?' is answered by its numbered line's '(2 timmar)', not by the week before
    it or the hour left of it; a question that asks for a lead time still gets one."""
    length = report_bot.respond({"message": "Hur lång är den tredje träffen?"})
    assert length.grounded and "2 timmar" in _first_statement(length.text), length.text
    follow_up = report_bot.respond({"message": "Hur lång tid tar den?", "history": [
        {"role": "user", "content": "Vad händer på den tredje träffen i processtödet?"},
        {"role": "assistant", "content": "Den tredje träffen följer upp vad som har hänt. [1]"}]})
    assert follow_up.grounded and "2 timmar" in _first_statement(follow_up.text), follow_up.text
    ahead = report_bot.respond({"message": "Hur lång tid innan den andra träffen skickar gruppen sin projektplan?"})
    assert ahead.grounded and "en vecka innan" in _first_statement(ahead.text), ahead.text


def test_what_participants_were_to_talk_about_is_answered_by_the_discussion_questions(
        report_bot: Assistant) -> None:
    """'Vad fick man prata om i smågrupperna …?' (everyday words, a modal verb, typed without å/ä) is answered by
    the questions the workshop's small groups discussed, not by a sentence that speaks of small groups."""
    talked = report_bot.respond({"message": "vad fick man prata om i smagrupperna pa workshopen om kommunikation"})
    assert talked.grounded
    assert all(q in talked.text for q in ("kommunikationen mellan skolan och hemmet", "viktiga relationer")), \
        talked.text
