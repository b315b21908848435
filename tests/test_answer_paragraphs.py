"""A prose answer quotes the passage that answers complete: the short paragraph around the best sentence, and the
examples a sentence opens with ('Exempelvis …'), not the one sentence closest to the question's words.

Through the real pipeline (ingest, retrieval, selection, verdict, answer) on documents of the tests' own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_answer_engine import LOVSKOLA_MEMO, _ingest_folder

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

FRITIDSGARD_PLAN = (
    "# Plan för fritidsgården Ekbacken\n\n"
    "## Lokaler\n\n"
    "Besökarna upplever att fritidsgårdens lokaler är slitna och trånga. Vi ska renovera samlingsrummet under "
    "hösten. Vi behöver också köpa in nya möbler till caféet.\n\n"
    "## Föräldramöten\n\n"
    "Föräldrarna tyckte att det fungerade bra att hålla föräldramötena digitalt. Flera uppskattade att slippa "
    "resa. Nackdelen var att färre vågade ställa frågor.\n\n"
    "## Flickornas besök\n\n"
    "Fritidsgården har under flera år haft betydligt färre besök av flickor än av pojkar, och skillnaden har "
    "ökat sedan 2021 enligt de besöksräkningar som personalen gör varje kväll. I en enkät till eleverna i "
    "årskurs 7–9 svarade många flickor att lokalerna upplevs som mörka och trånga och att pojkarna tar över "
    "biljardbordet och spelrummet. Även den långa och dåligt upplysta vägen från busshållplatsen gör att "
    "flickorna stannar hemma. Personalen har diskuterat enkätsvaren på två arbetsplatsträffar och med "
    "elevrådet på den närmaste skolan, och flera förslag har kommit fram under vintern, bland annat fasta "
    "tjejkvällar, en ny belysning längs gångvägen och ett eget rum för lugnare aktiviteter som läxläsning och "
    "pyssel. Förslagen ska prövas under våren och följas upp med en ny enkät i juni, då även vårdnadshavarna "
    "får svara.\n\n"
    "## Samarbeten\n\n"
    "Fritidsgården samarbetar med biblioteket kring läxhjälp på tisdagar.\n"
)

UPPFOLJNING = (
    "# Uppföljning av projektet Ungmed\n\n"
    "## Material\n\n"
    "Under projektet har personalen tagit fram stödmaterial för samtal med elever som har hög frånvaro. "
    "Exempelvis en samtalsmall, en kartläggningsenkät och en checklista för överlämning mellan stadier. "
    "Materialet prövades först på två skolor under våren och justerades sedan efter synpunkter från mentorer, "
    "elevhälsa och vårdnadshavare som hade deltagit i samtalen. Under hösten spreds det till samtliga skolor i "
    "kommunen genom rektorsmöten och en gemensam utbildningsdag för mentorerna. Mentorerna fick då också öva på "
    "att använda mallen i rollspel, och flera av dem beskrev att övningen gjorde det lättare att börja samtalen. "
    "Projektledningen följde under året upp hur ofta materialet användes och samlade in erfarenheter från "
    "skolorna vid två tillfällen, i oktober och i december, för att kunna förbättra det inför nästa läsår. "
    "Erfarenheterna ska redovisas för barn- och utbildningsnämnden i en rapport under våren.\n\n"
    "## Budget\n\n"
    "Projektet kostade 120 000 kronor under ett år.\n"
)

TILLSYN = (
    "# Skolinspektionens tillsyn i Ekby\n\n"
    "## Tillsynen\n\n"
    "Under 2019 granskade Skolinspektionen grundskolorna i Ekby kommun. Tillsynen visade brister i elevhälsans "
    "arbete och i rutinerna för frånvaro. Kommunen fick ett föreläggande att åtgärda bristerna. I mars 2021 "
    "avslutade Skolinspektionen tillsynen av kommunen.\n\n"
    "## Fortsatt arbete\n\n"
    "Förvaltningen tog fram en ny rutin för frånvaroanmälan under 2020.\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple):
    tmp_path: Path = tmp_path_factory.mktemp("paragraphs")
    assistant, _ = _ingest_folder(tmp_path, corpus_components, {
        "lovskola.md": LOVSKOLA_MEMO, "fritidsgard.md": FRITIDSGARD_PLAN, "uppfoljning.md": UPPFOLJNING,
        "tillsyn.md": TILLSYN})
    return assistant


def test_a_sentence_naming_the_problem_comes_with_the_measures_of_its_paragraph(bot) -> None:
    """'Vad ska fritidsgården göra åt …?' is closest to the sentence that restates the problem; the sentences after
    it in its short paragraph say what will be done."""
    reply = bot.respond({"message": "Vad ska fritidsgården göra åt att lokalerna är slitna och trånga?"})
    assert reply.grounded, reply.text
    first = reply.text.split("[1]")[0]
    assert "slitna" in first and "renovera samlingsrummet" in first and "nya möbler" in first, reply.text


def test_a_yes_no_answer_keeps_its_answer_first_and_says_the_but_that_follows(bot) -> None:
    """'Fungerade det bra …?' is answered by the sentence saying it did, then by the rest of its paragraph, the
    drawback included; nothing from before the answering sentence opens the reply."""
    reply = bot.respond({"message": "Fungerade det bra att hålla föräldramötena digitalt?"})
    assert reply.grounded, reply.text
    first = reply.text.split("[1]")[0]
    assert "fungerade bra" in first.split(".")[0] and "färre vågade ställa frågor" in first, reply.text


def test_the_examples_a_sentence_opens_with_are_quoted_with_the_one_before(bot) -> None:
    """In a long paragraph (no short one to quote whole) 'Exempelvis en samtalsmall, …' names the material the
    sentence before it speaks of: asked what was made, both are quoted."""
    reply = bot.respond({"message": "Vilket stödmaterial tog personalen fram under projektet Ungmed?"})
    assert reply.grounded, reply.text
    first = reply.text.split("[1]")[0]
    assert "stödmaterial" in first and "samtalsmall" in first and "checklista" in first, reply.text


def test_a_when_follow_up_is_answered_by_a_date_of_another_year_than_the_earlier_question(bot) -> None:
    """'När var tillsynen klar?' after a question about the inspection of 2019 takes that year over; it places
    the topic, and the answer is dated 2021 ('I mars 2021 avslutade …'), which a year asked of the unit itself
    would rule out."""
    first = "Vad kom Skolinspektionen fram till vid tillsynen av Ekby kommun 2019?"
    earlier = bot.respond({"message": first})
    reply = bot.respond({"message": "När var tillsynen klar?", "history": [
        {"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}]})
    assert reply.grounded and "I mars 2021" in reply.text.split("[1]")[0], reply.text


def test_a_statement_as_close_as_the_best_comes_with_its_short_paragraph() -> None:
    """Composition alone, on real units of one chunk: when a supporting statement scores within NEAR_TIE of the
    best one, the scores cannot tell which answers, and that statement's short paragraph is quoted around it as the
    best one's is; a support far below the best stays one sentence."""
    from assistant.generation.extractive.answer import _pick_sentences
    from assistant.grounding.question import analyse
    from assistant.grounding.selection.scored import Scored
    from assistant.index.units import units_of
    from assistant.schema import Chunk

    text = ("Vid intervjuerna framkommer främst skolrelaterade orsaker till frånvaron på högstadiet. Ungdomarna "
            "nämner lärarbyten och stora klasser, men också bråk på rasterna och långa skoldagar utan pauser, "
            "som gjorde att de till slut slutade gå dit. Flera av dem säger att ingen vuxen märkte hur det gick. "
            "Några berättar också om en lång väg till skolan, om att de saknade kompisar i klassen och om att de "
            "inte fick det stöd som de hade haft tidigare, trots att deras föräldrar bad om det flera gånger.\n"
            "\n"
            "Högstadietiden beskrivs som en mer negativ period. I intervjuerna förstås den som en tillbakagång i "
            "stöd och trygghet.\n"
            "\n"
            "Skolan har sedan dess infört mentorssamtal varje vecka.")
    chunk = Chunk(chunk_id="facts20-close", source="intervjuer.md", title="Intervjuer", doc_type="rapport",
                  heading_path=[], text=text, start_line=1, end_line=5)
    units = units_of(chunk)
    by_start = {u.text.split()[0]: u for u in units}
    best, close, far = by_start["Vid"], by_start["Högstadietiden"], by_start["Skolan"]
    question = analyse("Hur beskriver eleverna högstadiet i intervjuerna?")
    evidence = [Scored(best, 1.0, 0.5, 0.5), Scored(close, 0.95, 0.5, 0.5), Scored(far, 0.6, 0.3, 0.3)]
    picked = [s.unit.text for s in _pick_sentences(question, evidence, 4)]
    assert picked[0] == best.text and "tillbakagång i stöd och trygghet" in " ".join(picked), picked
    assert picked.index(close.text) < picked.index(far.text), picked


def test_a_sentence_opening_with_aven_comes_after_the_one_it_adds_to(bot) -> None:
    """'Även den långa … vägen … gör att flickorna stannar hemma.' adds one more reason to the sentence before it
    (in a long paragraph, not quoted whole): that sentence is quoted first."""
    reply = bot.respond({"message": "Vad gör att flickorna stannar hemma från fritidsgården?"})
    assert reply.grounded, reply.text
    first = reply.text.split("[1]")[0]
    assert "mörka och trånga" in first and first.index("mörka och trånga") < first.index("Även den långa"), reply.text


def test_a_support_in_the_documents_words_is_quoted_when_as_close_in_meaning() -> None:
    """Composition alone, on real units of one chunk: a coordinator asks in everyday words ('killar', 'personalen')
    what the document says in its own ('män', 'medarbetarna'); a statement sharing none of the question's words but
    as close to it by its embedding as the best one is quoted as support, one neither close nor sharing a word is
    not."""
    from assistant.generation.extractive.answer import _pick_sentences
    from assistant.grounding.question import analyse
    from assistant.grounding.selection.scored import Scored
    from assistant.index.units import units_of
    from assistant.schema import Chunk

    text = ("Förskolorna i området har tillsammans 60 anställda.\n"
            "\n"
            "Andelen män bland medarbetarna är 17 procent.\n"
            "\n"
            "Varje förskola har en egen kokerska.")
    chunk = Chunk(chunk_id="quoted33-close", source="plan.md", title="Plan", doc_type="plan", heading_path=[],
                  text=text, start_line=1, end_line=5)
    by_start = {u.text.split()[0]: u for u in units_of(chunk)}
    best, close, far = by_start["Förskolorna"], by_start["Andelen"], by_start["Varje"]
    question = analyse("Hur många av de som jobbar på förskolorna är killar?")
    evidence = [Scored(best, 1.0, 0.4, 0.5), Scored(close, 0.7, 0.45, 0.0), Scored(far, 0.7, 0.2, 0.0)]
    picked = [s.unit.text for s in _pick_sentences(question, evidence, 3)]
    assert close.text in picked, picked
    assert far.text not in picked, picked


def test_a_support_sharing_a_little_of_the_questions_words_is_quoted() -> None:
    """A statement that shares some of the question's own words, if less than a tenth of their weight ('projektet'
    of 'När kickade projektet #jagmed igång …?' in 'Projektet pågick 1 september 2015 – 31 december 2018.'), and
    scores close to the best one supports it; one sharing none and far from it in meaning does not."""
    from assistant.generation.extractive.answer import _pick_sentences
    from assistant.grounding.question import analyse
    from assistant.grounding.selection.scored import Scored
    from assistant.index.units import units_of
    from assistant.schema import Chunk

    text = ("Under 2019 genomfördes en förlängd spridningsfas av projektet.\n"
            "\n"
            "Projektet pågick 1 september 2015 – 31 december 2018.\n"
            "\n"
            "Rapporten skrevs i Linköping.")
    chunk = Chunk(chunk_id="quoted33-words", source="rapport.md", title="Rapport", doc_type="rapport",
                  heading_path=[], text=text, start_line=1, end_line=5)
    by_start = {u.text.split()[0]: u for u in units_of(chunk)}
    best, little, none = by_start["Under"], by_start["Projektet"], by_start["Rapporten"]
    question = analyse("När kickade projektet igång och när tog det slut?")
    evidence = [Scored(best, 1.0, 0.4, 0.3), Scored(little, 0.8, 0.2, 0.05), Scored(none, 0.8, 0.1, 0.0)]
    picked = [s.unit.text for s in _pick_sentences(question, evidence, 3)]
    assert little.text in picked, picked
    assert none.text not in picked, picked
