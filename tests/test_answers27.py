"""Session 27: a prose answer takes the steps of a sequence the best sentence begins ('De inleds med … Därefter
kommer … Avslutningsvis …'), in a paragraph too long to be quoted whole; and a supporting statement comes with the
sentence that completes it ('Det innebär att …'), as the best one does.

Through the real pipeline (ingest, retrieval, selection, verdict, answer) on a document of the tests' own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.generation.extractive.answer import takes_next_step
from tests.test_answer_engine import _ingest_folder

# A paragraph of over PARAGRAPH_WORDS words: the short-paragraph rule does not quote it whole.
TRAFFAR = (
    "# Nätverket för elevhälsa i Ekby\n\n"
    "## Träffarna\n\n"
    "Nätverket startade hösten 2022 efter ett beslut i barn- och utbildningsnämnden, och sedan dess har "
    "kuratorer, skolsköterskor och specialpedagoger från kommunens tolv grundskolor träffats regelbundet i "
    "stadshusets konferensrum eller digitalt när vädret eller avstånden gör det svårt att resa in till centralorten. "
    "Nätverksträffarna har ett fast upplägg som alla skolor känner igen. "
    "De inleds med en kort runda där varje skola berättar om läget i sin elevhälsa. "
    "Därefter kommer ett fördjupningspass där en inbjuden föreläsare talar om ett aktuellt tema, till exempel "
    "skolfrånvaro eller psykisk hälsa bland pojkar. "
    "Avslutningsvis skriver deltagarna ner vilka lärdomar de tar med sig tillbaka till sin egen skola. "
    "Samordnaren skickar efter varje träff ut minnesanteckningar till rektorerna, som ansvarar för att "
    "lärdomarna sprids vidare på arbetsplatsträffarna. Många deltagare säger att de uppskattar att få träffa "
    "kollegor från andra skolor, och flera har tagit med sig nya idéer om hur elevhälsan kan samarbeta med lärarna "
    "kring elever som ofta är borta från skolan.\n\n"
    "## Budget\n\n"
    "Nätverket kostar 40 000 kronor om året.\n"
)

# Two long paragraphs (over PARAGRAPH_WORDS words each), each opening with a statement on the follow-up and the
# sentence that says what it means; the rest is about other things.
_FILLER = ("Förskolorna ligger i tre olika bostadsområden med olika förutsättningar och har tillsammans ett sextiotal "
           "medarbetare, varav de flesta är barnskötare och förskollärare med lång erfarenhet av arbete med små barn. "
           "Under de senaste åren har flera av förskolorna byggts om, och de nya lokalerna har större rum för rörelselek "
           "och en gemensam ateljé. Personalen har också gått en utbildning i normkritisk pedagogik tillsammans med "
           "kollegor från grannkommunen, och flera arbetslag har besökt varandras verksamheter för att utbyta idéer om "
           "leken och om hur rummen kan inredas. Föräldrarna har bjudits in till öppet hus två gånger om året, där de har "
           "fått se barnens arbeten och prata med personalen om vad barnen gör under dagarna, och många familjer har "
           "kommit dit med syskon och mor- och farföräldrar.")
UPPFOLJNING = (
    "# Jämställdhetsplan för Björkbackens förskolor\n\n"
    "## Uppföljning\n\n"
    "Förskolorna följer upp jämställdhetsplanen varje termin i ledningsgruppen. Det innebär att rektor och "
    f"förskollärarna går igenom observationerna från bygghörnan och samlingen. {_FILLER}\n\n"
    "Uppföljningen av jämställdhetsplanen redovisas också i nämndens årliga kvalitetsrapport. Det innebär att barn- "
    f"och utbildningsnämnden får en sammanställning av den könsuppdelade statistiken varje vår. {_FILLER}\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple):
    tmp_path: Path = tmp_path_factory.mktemp("answers27")
    assistant, _ = _ingest_folder(tmp_path, corpus_components, {"natverk.md": TRAFFAR, "uppfoljning.md": UPPFOLJNING})
    return assistant


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_steps_after_the_best_sentence_are_quoted_with_it(bot) -> None:
    """'Hur är träffarna upplagda?' is closest to the sentence naming the set-up; the steps that follow it ('De
    inleds …', 'Därefter kommer …', 'Avslutningsvis …') are what is asked, though the paragraph is long."""
    reply = bot.respond({"message": "Hur är nätverksträffarna upplagda?"})
    assert reply.grounded, reply.text
    assert "kort runda" in reply.text and "fördjupningspass" in reply.text and "lärdomar" in reply.text, reply.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_supporting_statement_comes_with_the_sentence_that_completes_it(bot) -> None:
    """'Hur följs jämställdhetsplanen upp?' is met by two statements in two long paragraphs; whichever leads, each
    is quoted with its 'Det innebär att …', which says how."""
    reply = bot.respond({"message": "Hur följs jämställdhetsplanen upp?"})
    assert reply.grounded, reply.text
    assert "observationerna från bygghörnan" in reply.text, reply.text
    assert "sammanställning av den könsuppdelade statistiken" in reply.text, reply.text


def test_an_adverb_of_order_takes_the_next_step_only_with_its_verb() -> None:
    """The adverb must be followed by the finite verb (Swedish V2): 'Sedan 2016 har …' is a time, not a step."""
    assert takes_next_step("Därefter kommer ett fördjupningspass.")
    assert takes_next_step("Först handlar det om att ta fram ett beslutsunderlag.")
    assert not takes_next_step("Sedan 2016 har skolan en rutin för frånvaro.")
    assert not takes_next_step("Först när alla är med kan arbetet börja.")
    assert not takes_next_step("Därför behövs mer stöd.")
