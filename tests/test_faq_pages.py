"""A question-and-answer page ('Vanliga frågor': 'Fråga: …?' then 'Svar: …'), ingested through the real pipeline:
each answer stands under its own question, the labels never reach an answer, and a yes/no question is answered with
the page's own 'Nej.'/'Ja.' (trial 19: the wrong 'Svar' was given, 'Svar:' leaked into answers, 'Nej.' was lost)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.test_own_documents import _ingest

pytestmark = [pytest.mark.slow]

PAGE = """Så arbetar vi med jämställdhet i förskolan
Publicerad på intranätet av förskoleförvaltningen, Norrby kommun.

Varje förskola har en jämställdhetsansvarig pedagog som samordnar arbetet i arbetslaget.

Vanliga frågor

Fråga: Måste vi filma barnen?
Svar: Nej. Ni kan lika gärna observera med papper och penna. Om ni filmar ska vårdnadshavarna ha informerats och filmerna raderas efter analysen, senast efter fyra veckor.

Fråga: Får vi använda ordet "hen" om barnen?
Svar: Ja. Ni kan använda "hen" när könet inte är känt eller inte är relevant. Använd alltid barnets namn när det går.

Fråga: Hur mycket tid ska arbetet ta?
Svar: Räkna med ungefär två timmar per termin för observation och en arbetsplatsträff för analys. Tiden tas från den gemensamma planeringstiden.

Fråga: Vem kan vi kontakta om vi har frågor?
Svar: Kontakta förskoleförvaltningens jämställdhetsstrateg Sara Nyberg eller skriv i nätverkets kanal på intranätet.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("faq"), {"vanliga-fragor.txt": PAGE})
    assert stats.documents == 1 and not stats.skipped
    return assistant


def test_each_answer_stands_under_its_own_question(bot: Assistant) -> None:
    """The answers of one page shared the first question as their heading: 'Hur mycket tid …' was answered with the
    contact person's Svar."""
    r = bot.respond({"message": "Hur mycket tid ska jämställdhetsarbetet i förskolan ta?"})
    assert r.grounded and r.text.startswith("Räkna med ungefär två timmar per termin")
    line = next(n for n, text in enumerate(PAGE.splitlines(), 1) if text.startswith("Svar: Räkna med"))
    assert [(c.start_line, c.end_line) for c in r.citations][0] == (line, line)
    contact = bot.respond({"message": "Vem kan vi kontakta om vi har frågor?"})
    assert contact.text.startswith("Kontakta förskoleförvaltningens jämställdhetsstrateg Sara Nyberg")


def test_the_labels_never_reach_an_answer(bot: Assistant) -> None:
    for question in ("Hur mycket tid ska arbetet ta?", "Får vi säga hen om barnen?"):
        r = bot.respond({"message": question})
        assert r.grounded and "Svar:" not in r.text and "Fråga:" not in r.text, question


def test_a_yes_no_question_gets_the_pages_own_reply_first(bot: Assistant) -> None:
    """'Måste vi filma barnen …?' was answered with the sentence on filming ('Om ni filmar …') and without the page's
    'Nej.'; the reply opens the answer, with the sentence it goes with."""
    r = bot.respond({"message": "Måste vi filma barnen när vi gör observationer i förskolan?"})
    assert r.grounded
    assert "Nej. Ni kan lika gärna observera med papper och penna." in r.text.split("\n")[0]
    assert r.text.index("Nej.") < r.text.index("Om ni filmar")


def test_a_question_line_in_running_text_is_no_heading() -> None:
    """Only a line that is a labelled question heads what follows: a sentence that asks something in a paragraph
    stays a sentence."""
    from ingest.clean import segment

    blocks = segment(["Bakgrund", "", "Vi ställde frågan: Vem får ordet i samlingen?",
                      "Svaret blev att pojkarna fick mest.", "", "Fråga: Vem ansvarar?", "Svar: Rektor ansvarar."])
    assert [(b.kind, b.text) for b in blocks if b.kind == "heading"] == [("heading", "Bakgrund"),
                                                                          ("heading", "Vem ansvarar?")]
    assert any(b.kind == "paragraph" and b.text.startswith("Vi ställde frågan") for b in blocks)
