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
    "Vägledning för arbetet med vårdnadshavare\n\n"
    "Innan ni börjar\n\n"
    "För att fler elever ska klara skolan kan skolan behöva arbeta närmare familjerna och andra vuxna runt "
    "eleven. Använd följande frågor för att pröva om det är värt att bjuda in familjerna:\n\n"
    "  • Har ni redan träffar med vårdnadshavare som går att bygga vidare på?\n"
    "  • Finns det mötesplatser där ni ses i dag?\n"
    "  • Vill vårdnadshavarna och skolan samma sak?\n"
    "  • Finns det föreningar i kommunen som når familjerna?\n\n"
    "När arbetet är klart\n\n"
    "Gör en avslutande genomgång när terminen är slut, så att ni lär er av arbetet. Genomgången kan ha följande "
    "delar.\n\n"
    "Titta på vad som hände med problemet:\n\n"
    "  • Blev det bättre eller sämre?\n"
    "  • Hände något ni inte väntade er?\n\n"
    "Reflektera över hur dialogen med vårdnadshavarna och fritidsgården har fungerat:\n\n"
    "  • Höll alla det de lovade?\n"
    "  • Vad gick bra i dialogen?\n"
    "  • Vad gick sämre i dialogen?\n\n"
    "Beskriv hur ert eget arbete har fungerat:\n\n"
    "  • Saknades något i planeringen?\n"
    "  • Räckte tiden till?\n"
)


@pytest.fixture
def guide_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"vagledning-vardnadshavare.txt": GUIDE})
    assert stats.documents == 1 and not stats.skipped
    return bot


def test_the_list_whose_own_intro_line_names_the_asked_topic_answers(guide_bot: Assistant) -> None:
    """'Vilka frågor ska vi ställa när vi utvärderar hur dialogen med vårdnadshavarna gick?' is answered by the
    questions under 'Reflektera över hur dialogen med vårdnadshavarna … har fungerat:', a line of its own, not by the
    questions a paragraph about whether to invite them at all introduces."""
    answer = guide_bot.respond({"message": "Vilka frågor ska vi ställa oss när vi utvärderar hur dialogen med "
                                           "vårdnadshavarna har gått?"})
    assert answer.grounded
    assert all(q in answer.text for q in ("Höll alla det de lovade", "Vad gick bra", "Vad gick sämre")), answer.text
    assert "mötesplatser där ni ses" not in answer.text, answer.text


ANALYSIS = (
    "Stöd för analys av elevers läsning\n\n"
    "Hemförhållanden\n\n"
    "Trångboddhet påverkar elevers läsning. Elever som delar rum med flera syskon har ofta ingen lugn plats att "
    "läsa på, vilket kan ge sämre läsförståelse och trötthet i skolan.\n\n"
    "Skolans egen del\n\n"
    "Ta hjälp av dessa frågor i analysen.\n\n"
    "  • Vad ska skolbiblioteket erbjuda eleverna? Vilka elever använder det?\n"
    "  • Hur ser läsresultaten ut i dag? Finns det skillnader mellan klasserna?\n"
    "  • Är det ett problem att elever läser mindre hemma? Varför? Det kan till exempel hänga ihop med mål i "
    "skolplanen.\n"
    "  • Vilka orsaker har problemen? Försök tänka strukturellt och inte på enskilda elever.\n"
)


@pytest.fixture
def analysis_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"stod-lasning.txt": ANALYSIS})
    assert stats.documents == 1 and not stats.skipped
    return bot


def test_a_checklist_question_with_a_hint_is_no_answer(analysis_bot: Assistant) -> None:
    """A guide's checklist item that opens with a question and goes on with a hint ('Är det ett problem att …?
    Varför? Det kan till exempel …') is the guide's own question, as one ending in '?' is: 'Hur kan trångboddhet göra
    att elever läser sämre?' is answered by what the guide says about crowded homes first, not by its checklist."""
    answer = analysis_bot.respond({"message": "Hur kan trångboddhet göra att elever läser sämre?"})
    assert answer.grounded
    assert "Trångboddhet" in answer.text.split("[1]")[0], answer.text
    assert "Vad ska skolbiblioteket erbjuda" not in answer.text, answer.text  # the checklist is not written out


TEMPLATE = (
    "Stöd för arbetet med elevers läsning\n\n"
    "Välj insats för problemområde\n\n"
    "Förslag på lokalt mål\n\n"
    "Elever i kommun X erbjuds läsfrämjande aktiviteter under sommarlovet.\n\n"
    "Förslag på insatser\n\n"
    "  1. Sommarboken med bokcirklar.\n"
    "  2. Lästräffar på lovet.\n\n"
    "Förslag på aktörer som kan bidra till insatserna\n\n"
    "  • Folkbibliotek\n"
    "  • Studieförbund\n"
    "  • Hyresgästföreningar\n\n"
    "Förslag på uppföljning\n\n"
    "  1. Antal utlånade böcker under lovet.\n"
    "  2. Deltagande i bokcirklarna.\n\n"
    "Förslag på lokalt mål\n\n"
    "Elever i kommun X som har svårt med läsningen får anpassat stöd i klassrummet.\n\n"
    "Förslag på insatser\n\n"
    "  1. Inlästa läromedel och talsyntes.\n"
    "  2. Specialpedagog i klassrummet.\n\n"
    "Förslag på aktörer som kan bidra till insatserna\n\n"
    "  • Elevhälsan\n"
    "  • Specialpedagogiska myndigheten\n\n"
    "Förslag på uppföljning\n\n"
    "  1. Screening av läsförmåga varje termin.\n"
    "  2. Elevernas upplevelse av stödet.\n"
)


@pytest.fixture
def template_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"stod-lasning-mallar.txt": TEMPLATE})
    assert stats.documents == 1 and not stats.skipped
    return bot


def test_the_actors_under_the_goal_asked_about_answer_though_their_items_share_no_words(
        template_bot: Assistant) -> None:
    """'Vilka kan vi samarbeta med …' about reading over the summer holiday is answered by the actors listed under
    that goal ('Förslag på aktörer …': '• Folkbibliotek …'), whose items share no word with the question: the goal
    statement above says which of the repeated actor lists is asked for, not the measures nor the other goal's
    actors."""
    answer = template_bot.respond({"message": "Vilka kan vi samarbeta med om vi vill att eleverna ska läsa mer "
                                              "under sommarlovet?"})
    assert answer.grounded
    assert all(a in answer.text for a in ("Folkbibliotek", "Studieförbund", "Hyresgästföreningar")), answer.text
    assert "Elevhälsan" not in answer.text and "Sommarboken" not in answer.text, answer.text


def test_what_to_follow_up_asked_after_a_dash_gets_the_follow_up_list(template_bot: Assistant) -> None:
    """'Hur kollar vi om … har gett något – vad ska vi följa upp?' asks for what to follow up: the follow-up list
    under the goal asked about answers, whole, not the measures of that goal."""
    answer = template_bot.respond({"message": "Hur kollar vi om stödet till elever som har svårt med läsningen har "
                                              "gett något – vad ska vi följa upp?"})
    assert answer.grounded
    assert "Screening av läsförmåga" in answer.text and "upplevelse av stödet" in answer.text, answer.text
    assert "Inlästa läromedel" not in answer.text, answer.text
