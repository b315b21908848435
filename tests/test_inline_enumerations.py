"""An enumeration written inside one sentence ('… är bland annat läxläsning, idrott och kvällsöppna bibliotek.') is
the list the best passage gives: it answers a list question rather than a bulleted list elsewhere in the document
whose intro merely shares the question's words. And a sentence is not cut after 't.ex.' or 'bl.a.' before a name.

Through the real pipeline (ingest, retrieval, selection, verdict, answer) on documents of the tests' own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.grounding.selection.matches import _enumerates
from assistant.index.units import split_sentences
from tests.test_answer_engine import _ingest_folder

NARVAROPLAN = (
    "# Handlingsplan för skolnärvaro i Ekby kommun\n\n"
    "## Bakgrund\n\n"
    "Frånvaron i grundskolan har ökat de senaste tre åren, särskilt i årskurs 8 och 9. Många elever som är borta "
    "mycket säger att de saknar något meningsfullt att göra efter skoltid.\n\n"
    "## Fritid efter skolan\n\n"
    "Kommunen vill att fler elever ska ha något att gå till efter skoldagen. Aktiviteter som kan erbjudas i "
    "samarbete med föreningslivet är bland annat läxläsning, idrott på skolgården och kvällsöppna skolbibliotek. "
    "Kostnaden delas mellan förvaltningen och föreningarna.\n\n"
    "## Samarbete med föreningslivet\n\n"
    "I samarbetet med föreningslivet behöver kommunen tänka på följande:\n\n"
    "- Skriv tydliga avtal om vem som ansvarar för vad.\n"
    "- Följ upp samarbetet gemensamt varje termin.\n"
    "- Utse en kontaktperson på varje skola.\n\n"
    "## Uppföljning\n\n"
    "Planen följs upp av barn- och utbildningsnämnden i december varje år.\n"
)

SAMVERKAN = (
    "# Samverkansmodell för skola och socialtjänst\n\n"
    "## Bakgrund\n\n"
    "En gemensam samverkansmodell mellan skola, socialtjänst och fritid ska tas fram under året. I ett sådant arbete "
    "är det viktigt att elevernas röster hörs. Andra kommuners erfarenheter som kan vara värda att studera vid "
    "framtagandet av en samverkansmodell är närvaroteam i t.ex. Borås, familjecentraler som bygger på den norska "
    "modellen eller skolsociala team för elever med hög frånvaro.\n\n"
    "## Vägledning för arbetet\n\n"
    "Vid framtagandet av samverkansmodellen kan en nationell vägledning vara till stöd:\n\n"
    "1. Ledning, där ledningen ger mandat och resurser till samverkan.\n"
    "2. Struktur, där det klargörs vilka elever samverkan gäller och hur ansvaret fördelas.\n"
    "3. Samsyn, där de som samverkar får en gemensam bild av problemen.\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple):
    tmp_path: Path = tmp_path_factory.mktemp("inline-enumerations")
    assistant, _ = _ingest_folder(tmp_path, corpus_components, {"narvaroplan.md": NARVAROPLAN,
                                                                "samverkan.md": SAMVERKAN})
    return assistant


def test_a_sentence_goes_on_after_t_ex_and_bl_a_before_a_name() -> None:
    """'i t.ex. Borås, …' and 'av bl.a. Skolverket' are inside their sentences; the splitter had ended the sentence
    at the abbreviation, cutting an enumeration in two units."""
    text = ("Exempel värda att studera är närvaroteam i t.ex. Borås, familjecentraler eller skolsociala team. "
            "Arbetet stöds av bl.a. Skolverket och länsstyrelsen. Det börjar i maj.")
    assert split_sentences(text) == [
        "Exempel värda att studera är närvaroteam i t.ex. Borås, familjecentraler eller skolsociala team.",
        "Arbetet stöds av bl.a. Skolverket och länsstyrelsen.", "Det börjar i maj."]


def test_an_announced_enumeration_of_three_is_an_enumeration_and_a_plain_series_is_not() -> None:
    assert _enumerates("Stödet kan vara till exempel läxhjälp, mentorer och studiebesök.")
    assert _enumerates("Arbetet vilar på tre delar: kunskap, förankring samt uppföljning.")
    assert not _enumerates("Eleverna, lärarna och rektorn deltog i mötet.")
    assert not _enumerates("Vi träffades i maj, och det gick bra.")
    # 'i form av' names a form, not examples of what is asked for
    assert not _enumerates("Personalen hade tillgång till stöd i form av beprövade arbetssätt, mallar och filmer.")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_list_question_is_answered_by_the_enumeration_in_the_best_passage(bot) -> None:
    """'Vilka aktiviteter …?' is met by the sentence that names them in running text; the bulleted list of another
    section, whose intro shares 'föreningslivet' and 'kommunen', lists something else."""
    reply = bot.respond({"message": "Vilka aktiviteter kan kommunen erbjuda tillsammans med föreningslivet?"})
    assert reply.grounded, reply.text
    first = reply.text.split("[1]")[0]
    assert "läxläsning" in first and "kvällsöppna skolbibliotek" in first, reply.text
    assert "tydliga avtal" not in reply.text, reply.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_an_enumeration_after_t_ex_is_quoted_whole(bot) -> None:
    """The examples named after 't.ex. Borås' are one sentence with the rest of the enumeration, and that sentence
    answers, not the numbered guidance below it."""
    reply = bot.respond({"message": "Vilka exempel från andra kommuner är värda att studera för samverkansmodellen?"})
    assert reply.grounded, reply.text
    first = reply.text.split("[1]")[0]
    assert "Borås" in first and "skolsociala team" in first, reply.text
    assert "Samsyn" not in reply.text, reply.text
