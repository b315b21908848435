"""Which list answers a list question, on a small follow-up guide of its own.

A guide's checklists are each introduced by the line before them: a paragraph's last sentence ending in ':' or a
line of its own ending in ':'. Both say what their list holds, so both count for their list by how close they are
to the question: the list whose intro names what is asked ('Reflektera över hur samverkan … har fungerat:') answers,
not another list of the same kind whose paragraph only happens to name that kind ('Använd följande frågor …').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

GUIDE = (
    "Stöd för samverkan kring elevers skolgång\n\n"
    "Inför samverkan\n\n"
    "För att komma åt problemen med elevers skolresultat kan er organisation behöva samverka med andra aktörer "
    "inom och utanför kommunen. Använd följande frågor för att undersöka ifall det är relevant för er att "
    "samverka:\n\n"
    "  • Genomför ni eller andra insatser riktade till eleverna som går att utveckla eller bygga på?\n"
    "  • Finns det forum där ni möts i dagsläget?\n"
    "  • Har era organisationer liknande mål?\n"
    "  • Finns det andra aktörer i länet som arbetar mot samma mål?\n\n"
    "Stöd i att följa upp\n\n"
    "Ni bör göra en slutgiltig uppföljning när utvecklingsarbetet är avslutat, för att ta vara på lärandet från "
    "arbetet. Uppföljningen kan bestå av följande delar.\n\n"
    "Undersök påverkan på problemet:\n\n"
    "  • Kan ni se någon positiv eller negativ förändring?\n"
    "  • Några oväntade resultat?\n\n"
    "Reflektera över hur den interna och externa samverkan med andra verksamheter har fungerat:\n\n"
    "  • Har alla parter uppfyllt sina åtaganden?\n"
    "  • Vad fungerade bra?\n"
    "  • Vad fungerade mindre bra?\n\n"
    "Beskriv hur den interna arbetsprocessen har fungerat:\n\n"
    "  • Saknades några förberedelser?\n"
    "  • Fanns det tillräckligt med tid och resurser?\n"
)


@pytest.fixture
def guide_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"stod-samverkan.txt": GUIDE})
    assert stats.documents == 1 and not stats.skipped
    return bot


def test_the_list_whose_own_intro_line_names_the_asked_topic_answers(guide_bot: Assistant) -> None:
    """'Vilka frågor ska vi ställa när vi utvärderar hur samverkan med andra verksamheter har gått?' is answered by
    the questions under 'Reflektera över hur … samverkan med andra verksamheter har fungerat:', a line of its own,
    not by the questions a paragraph about whether to collaborate at all introduces."""
    answer = guide_bot.respond({"message": "Vilka frågor ska vi ställa oss när vi utvärderar hur samverkan med "
                                           "andra verksamheter har gått?"})
    assert answer.grounded
    assert all(q in answer.text for q in ("uppfyllt sina åtaganden", "Vad fungerade bra", "mindre bra")), answer.text
    assert "Finns det forum där ni möts" not in answer.text, answer.text


ANALYSIS = (
    "Stöd för analys av pojkars skolresultat\n\n"
    "Befolkningsnivå\n\n"
    "Hedersnormer påverkar barns skolgång. Barn, framför allt flickor, utsätts för hedersnormer vilket kan innebära "
    "skolfrånvaro och psykisk ohälsa. Pojkar kan även tvingas kontrollera sina systrar, vilket påverkar "
    "möjligheten att fokusera på studier.\n\n"
    "Verksamhetsnivå\n\n"
    "Använd dessa frågor som stöd i analysen.\n\n"
    "  • Vad ska vår organisation erbjuda målgruppen? Vem är verksamheten till för?\n"
    "  • Vad har vi för utfall för pojkars skolresultat av nuvarande verksamhet? Finns det skillnader mellan "
    "olika grupper av pojkar?\n"
    "  • Är konsekvenserna av att pojkar presterar sämre i skolan ett problem? Varför? Det kan till exempel vara "
    "kopplat till politiska mål som inte uppnås.\n"
    "  • Vilka orsaker har problemen? Försök tänka strukturellt och inte kring individnivå.\n"
)


@pytest.fixture
def analysis_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"stod-analys.txt": ANALYSIS})
    assert stats.documents == 1 and not stats.skipped
    return bot


def test_a_checklist_question_with_a_hint_is_no_answer(analysis_bot: Assistant) -> None:
    """A guide's checklist item that opens with a question and goes on with a hint ('Är konsekvenserna av att
    pojkar presterar sämre i skolan ett problem? Varför? Det kan till exempel …') is the guide's own question, as
    one ending in '?' is: 'Hur kan hederskultur göra att killar presterar sämre i skolan?' is answered by what the
    guide says about honour norms first, not by its checklist written out."""
    answer = analysis_bot.respond({"message": "Hur kan hederskultur göra att killar presterar sämre i skolan?"})
    assert answer.grounded
    assert "hedersnormer" in answer.text.split("[1]")[0], answer.text
    assert "Vad ska vår organisation erbjuda" not in answer.text, answer.text  # the checklist is not written out
