"""Question forms trial 35 failed on (asks35): the steps of a process asked of a document written as phases (K1), a
'vilka personer' question that names no role (K7), a follow-up's topic cut out of the previous question (K3, K5), a
follow-up naming the method support after a turn on another document (V6), a new question about the conversation's
document answered with another organisation's cost (V5), and Norwegian and Danish questions (B)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.grounding.followups import names_earlier_thing, rewrite, topic_of
from assistant.grounding.nordic import in_swedish, reads_nordic
from assistant.grounding.scope.precise import role_unnamed
from tests.conftest import converse, scored_units

K1 = "Vilka steg beskriver metodstödet för hur man jobbar med jämställdhetsintegrering?"
K2 = "Vad menar de med kartläggning och analys i det första steget, vad ska man titta på konkret?"
K4 = "Vilka bra exempel lyfter Skolinspektionen fram från skolor som har lyckats trots svåra förutsättningar?"


def _scored(text: str) -> list[Any]:
    return scored_units(text, "t")


def test_a_follow_ups_topic_is_the_earlier_questions_noun_phrase() -> None:
    """'Vad menar de med X …, vad ska man titta på?' is about X (not 'de med X', nor the second ask); 'Vilka bra
    exempel lyfter Skolinspektionen fram från skolor …' about examples from those schools (not 'bra exempel lyfter
    …')."""
    assert topic_of(K2) == "kartläggning och analys i det första steget"
    assert topic_of(K4) == "exempel från skolor som har lyckats trots svåra förutsättningar (Skolinspektionen)"
    assert rewrite("och vem ansvarar för det steget?", K2) == \
        "Vem ansvarar för kartläggning och analys i det första steget?"
    assert rewrite("finns det exempel på det?", K4) == \
        "Finns det exempel på skolor som har lyckats trots svåra förutsättningar (Skolinspektionen)?"


def test_which_persons_is_answered_by_a_group_made_of_skills_or_roles() -> None:
    """'Vilka personer …' names no role: a line on the skills or bodies a group gathers answers it; a line on
    nothing of the kind still does not; a named role ('lärare') still needs that role."""
    question = "Vilka personer bör vara med i arbetsgruppen?"
    assert role_unnamed(question, _scored("Att samla olika kompetenser från er organisation ökar träffsäkerheten."),
                        8, 0.5) == ""
    assert role_unnamed(question, _scored("Analysen görs under hösten."), 8, 0.5) == "personer"
    assert role_unnamed("Vilka lärare deltar i satsningen?", _scored("Olika kompetenser deltar i satsningen."),
                        8, 0.5) == "lärare"


def test_a_norwegian_or_danish_question_is_read_in_swedish() -> None:
    assert reads_nordic("Hvordan kan skolen jobbe med likestilling og gutters skoleresultater?")
    assert reads_nordic("Hvordan kan skolen arbejde med ligestilling og drenges skoleresultater?")
    assert not reads_nordic("Hur kan skolan arbeta med jämställdhet och pojkars skolresultat?")
    assert in_swedish("Hva sier veiledningen om fravær?") == "Vad säger vägledningen om frånvaro?"


def test_a_new_question_names_an_earlier_thing_by_its_definite_noun() -> None:
    assert names_earlier_thing("Vad kostar åtgärderna?", ["Vilka åtgärder står det att vi ska göra?"])
    assert not names_earlier_thing("Hur kan skolan arbeta med läsning?", ["Känner eleverna sig trygga i skolan?"])


def test_others_and_the_askers_own_group_name_no_earlier_thing() -> None:
    """'de andra åtgärderna' are not the ones asked about before (as a follow-up's topic is not placed by them), and
    the asker's own group ('lärarna', 'föräldrarna': lexicon.POPULATION_LEMMAS) points at nothing said before, as
    'eleverna' does (session 36: one helper for both readings)."""
    earlier = ["Vilka åtgärder står det att lärarna och föräldrarna ska göra?"]
    assert names_earlier_thing("Vad kostar åtgärderna?", earlier)
    assert not names_earlier_thing("Vad kostar de andra åtgärderna?", earlier)
    assert not names_earlier_thing("Hur kan lärarna arbeta med läsning?", earlier)
    assert not names_earlier_thing("Hur når vi föräldrarna?", earlier)


def _ask(bot: Any, *messages: str) -> Any:
    """The answer to the last of `messages`, asked in one conversation."""
    return converse(bot, [("fraga", m) for m in messages])[-1]


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_steps_of_the_work_are_the_method_supports_phases(eval_bot: Any) -> None:
    """The metodstöd is written as four sections 'Stöd i att kartlägga …', '… planera …', '… genomföra …', '… följa
    upp': asked its steps, it lists them in order, each cited, instead of refusing for want of a numbered list."""
    answer = _ask(eval_bot, K1)
    assert answer.grounded
    phases = ["Stöd i att kartlägga och analysera", "Stöd i att planera och utforma arbetet",
              "Stöd i att genomföra och implementera arbetet", "Stöd i att följa upp"]
    at = [answer.text.find(p) for p in phases]
    assert all(i >= 0 for i in at) and at == sorted(at), answer.text
    assert all("metodstod" in c.source for c in answer.citations)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_follow_up_naming_the_method_support_is_answered_from_it(eval_bot: Any) -> None:
    """'vad säger metodstödet om hur vi följer upp det här?' after a turn on Sörbyholm's survey: the metodstöd
    answers, not the survey the earlier turn quoted (trial 35 V6)."""
    answer = _ask(eval_bot, "Vilka åtgärder föreslås i Sörbyholms trygghetsundersökning?",
                  "vad säger metodstödet om hur vi följer upp det här?")
    assert answer.citations and all("metodstod" in c.source for c in answer.citations), answer.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_norwegian_question_is_answered_with_a_note(eval_bot: Any) -> None:
    answer = _ask(eval_bot, "Hvordan kan skolen jobbe med likestilling og gutters skoleresultater?")
    assert answer.grounded and answer.citations
    assert any("norska eller danska" in n for n in answer.notes)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_cost_asked_of_the_conversations_document_is_not_taken_from_another(tmp_path: Path) -> None:
    """After answers that all quoted the user's uploaded survey, 'Vad kostar åtgärderna …?' asks that survey, which
    gives no cost: it is refused, and no other organisation's cost is quoted as the school's (trial 35 V5)."""
    from docx import Document

    from tests.conftest import corpus_with_uploads, word_table

    doc = Document()  # the trial's uploaded survey (trial35-transcripts/make_doc.py)
    doc.add_heading("Elevenkät studiero och trygghet åk 7–9 2025", 0)
    doc.add_paragraph("Granbergsskolan, Elevhälsan och studie- och yrkesvägledningen. Sammanställning till skolans "
                      "ledningsgrupp, mars 2025.")
    doc.add_heading("Om enkäten", 1)
    doc.add_paragraph("Enkäten genomfördes digitalt under lektionstid vecka 6–7 2025. 412 av skolans 468 elever i åk "
                      "7–9 svarade (svarsfrekvens 88 %).")
    doc.add_heading("Tabell 1. Andel elever som känner sig trygga och upplever studiero, per årskurs och kön (%)", 1)
    word_table(doc, [["Årskurs", "Trygghet flickor", "Trygghet pojkar", "Studiero flickor", "Studiero pojkar"],
                     ["Åk 7", "88", "91", "64", "71"], ["Åk 8", "79", "86", "52", "63"],
                     ["Åk 9", "83", "89", "47", "60"], ["Hela skolan", "83", "89", "54", "65"]])
    doc.add_heading("Åtgärder läsåret 2025/26", 1)
    for line in ("Gemensam lektionsstart med tydlig struktur i alla klasser i åk 7–9. Ansvarig: biträdande rektor. "
                 "Termin: HT 2025.",
                 "Vuxennärvaro i korridoren vid matsalen under raster och lunch. Ansvarig: rektor. Termin: HT 2025.",
                 "Ny enkät med samma frågor för att följa upp resultaten. Ansvarig: studie- och yrkesvägledaren. "
                 "Termin: VT 2026."):
        doc.add_paragraph(line, style="List Number")
    path = tmp_path / "granbergsskolan-enkat.docx"
    doc.save(path)
    bot = corpus_with_uploads(tmp_path / "data", {"granbergsskolan-enkat.docx": path.read_bytes()})
    answer = _ask(bot, "Hur stor är skillnaden i upplevd studiero mellan åk 7 och åk 9 bland flickorna?",
                  "Vilka åtgärder står det att vi ska göra och vem ansvarar för vad?",
                  "Vad kostar åtgärderna och hur såg det ut i enkäten förra året?")
    assert all("granbergsskolan" in c.source for c in answer.citations), answer.text
    assert not answer.grounded or "kronor" not in answer.text
