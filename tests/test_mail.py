"""An e-mail thread saved as .txt (fresh document): subject as title, the quoted earlier message a section of its
own without its '> ' marks, line numbers kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.units import units_of
from ingest.chunk import chunk_document
from ingest.load import load_document

THREAD = """Från: Nils Ek <nils.ek@sjovik.se>
Skickat: den 3 mars 2025 10:15
Till: Amra Hodzic <amra.hodzic@sjovik.se>
Ämne: SV: Läxhjälp på biblioteket

Hej Amra,

Vi bestämde på ledningsgruppen att läxhjälpen börjar den 7 april och pågår på måndagar. Kostnaden blir
12 000 kronor och tas från fritidsgårdens budget.

Hälsningar
Nils Ek
Enhetschef fritid

> Från: Amra Hodzic <amra.hodzic@sjovik.se>
> Skickat: den 28 februari 2025 08:30
> Ämne: Läxhjälp på biblioteket
>
> Hej Nils,
>
> Jag föreslår att läxhjälpen startar i mars, tre dagar i veckan, för cirka 20 000 kronor.
>
> Amra
"""


def _load(tmp_path: Path):
    path = tmp_path / "mejl-laxhjalp.txt"
    path.write_text(THREAD, encoding="utf-8")
    doc, _ = load_document(path)
    chunks = chunk_document(doc, lambda text: len(text.split()) * 4 // 3 + 2, 420, 180)
    return doc, [u for c in chunks for u in units_of(c)]


def test_an_e_mails_subject_is_its_title_without_reply_marks(tmp_path: Path) -> None:
    doc, _ = _load(tmp_path)
    assert doc.title == "Läxhjälp på biblioteket"


def test_a_quoted_earlier_message_is_a_section_of_its_own_without_quote_marks(tmp_path: Path) -> None:
    doc, units = _load(tmp_path)
    assert len(doc.lines) == len(THREAD.split("\n"))  # one line in, one line out: citations keep their numbers
    assert not any(line.lstrip().startswith(">") for line in doc.lines)
    proposal = next(u for u in units if "20 000 kronor" in u.text)
    decision = next(u for u in units if "12 000 kronor" in u.text)
    assert not proposal.text.startswith(">") and "Jag föreslår att läxhjälpen startar i mars" in proposal.text
    earlier = next(u for u in units if u.text.startswith("Tidigare meddelande – Från: Amra Hodzic"))
    assert earlier.is_label and decision.seq < earlier.seq < proposal.seq
    assert "Amra Hodzic" not in decision.text and "20 000" not in decision.text


@pytest.mark.parametrize(("question", "earlier"), [
    ("Vad ville Nils först göra med pengarna?", True),
    ("Vad stod det i det första mejlet om tiderna?", True),
    ("Vilken dag föreslogs från början?", True),
    ("Vad ska fritidsgården göra först?", False),
    ("Vad har biblioteket tidigare erbjudit?", False),
    ("Vilka åtgärder föreslog utredningen?", False),
])
def test_only_a_question_about_the_first_message_asks_for_it(question: str, earlier: bool) -> None:
    """Bare 'först', 'tidigare' or 'föreslog' asks nothing of a thread's earlier message (review 23)."""
    from assistant import lexicon as lex

    assert bool(lex.EARLIER_ASKED_RE.search(question)) is earlier


def test_only_an_e_mails_quoted_message_is_an_earlier_one(tmp_path: Path) -> None:
    """A page's own heading 'Tidigare meddelanden' (a news list) is no quoted message of a thread."""
    path = tmp_path / "nyheter.md"
    path.write_text("# Nyheter från fritidsgården\n\n## Tidigare meddelanden\n\nLäxhjälpen flyttar till "
                    "biblioteket i mars.\n", encoding="utf-8")
    doc, _ = load_document(path)
    chunks = chunk_document(doc, lambda text: len(text.split()) * 4 // 3 + 2, 420, 180)
    news = next(u for c in chunks for u in units_of(c) if "flyttar" in u.text)
    assert not news.earlier
    _, units = _load(tmp_path)
    assert next(u for u in units if "20 000 kronor" in u.text).earlier


def test_a_text_that_only_mentions_a_sender_is_no_e_mail(tmp_path: Path) -> None:
    path = tmp_path / "minnesanteckningar.txt"
    path.write_text("Minnesanteckningar från arbetslaget\n\nFrån: rektor kom förslaget om läxhjälp.\n\n"
                    "> Citat ur planen: läxhjälpen ska vara öppen för alla.\n", encoding="utf-8")
    doc, _ = load_document(path)
    assert doc.title == "Minnesanteckningar från arbetslaget"
    assert doc.lines[4].startswith(">")


def test_a_citation_of_an_e_mail_shows_the_lines_as_read(tmp_path: Path) -> None:
    from ingest.load import shown_lines

    path = tmp_path / "mejl-laxhjalp.txt"
    path.write_text(THREAD, encoding="utf-8")
    doc, _ = load_document(path)
    assert shown_lines(path) == doc.lines


# Asked through the real pipeline and answer engine (trial 22, problem 4): the reply says what was agreed.

@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory):
    from tests.test_own_documents import MEMO, _ingest

    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("mail"), {"mejl-laxhjalp.txt": THREAD, "lovskola.md": MEMO})
    assert stats.documents == 2
    return assistant


@pytest.mark.slow
def test_the_reply_not_the_quoted_proposal_answers_what_was_agreed(bot) -> None:
    response = bot.respond({"message": "Vad kostar läxhjälpen?"})
    assert response.grounded and response.text.startswith("Kostnaden blir 12 000 kronor"), response.text


@pytest.mark.slow
def test_the_quoted_proposal_answers_what_was_proposed_first(bot) -> None:
    response = bot.respond({"message": "Vad föreslog Amra Hodzic först om kostnaden?"})
    assert response.grounded and response.text.startswith("Jag föreslår"), response.text
    assert any(c.start_line == 21 for c in response.citations)  # the quote stays citable, at its own line


@pytest.mark.slow
def test_when_a_message_decided_something_is_its_date_line(bot) -> None:
    response = bot.respond({"message": "När bestämdes det att läxhjälpen börjar den 7 april?"})
    assert response.grounded and "Skickat: den 3 mars 2025" in response.text, response.text
    assert "28 februari" not in response.text  # the quoted message's date is not the reply's
