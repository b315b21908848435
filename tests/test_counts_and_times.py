"""Figure, time and day questions answered by the line of the asked kind (issue 12, session 19): a list item's
number or a school grade is no count, a timetable's line answers 'Vilken tid …?', a day answers a deadline question,
and a follow-up's 'vara med på dem' means the event, not what the earlier question asked of it."""

from __future__ import annotations

import pytest

from assistant.grounding.followups import rewrite
from assistant.service import Assistant
from tests.test_own_documents import _ingest

# A municipality's follow-up of pupils' eligibility, written as such reports are: the groups as a numbered list whose
# items name pupils and grades but count none, and the count in the results below.
FOLLOW_UP = """# Uppföljning av behörighet – Lindviks kommun

## Elevgrupper

Eleverna i uppföljningen delades in i grupper efter betygen i årskurs 6 och årskurs 9:

1. Elever som var behöriga i årskurs 6 och i årskurs 9
2. Elever som var behöriga i årskurs 6, men inte i årskurs 9
3. Elever som inte var behöriga i årskurs 6, men i årskurs 9
4. Elever som inte var behöriga i årskurs 6 och inte heller i årskurs 9

## Resultat

Uppföljningen omfattade alla elever som gick ut grundskolan våren 2018. Av dem saknade 39 elever behörighet både
efter sexan och efter nian, och de flesta av dem hade hög frånvaro.
"""

# An invitation as schools send them: the times as timetable lines under their heading, the deadline in a sentence.
INVITATION = """# Inbjudan till workshop om skolnärvaro

Välkommen till en digital workshop om samverkan för skolnärvaro för lärare, elevhälsa och socialtjänst i
Lindviks kommun, den 4 maj 2020.

## Datum och tider

4 maj kl. 15.00–17.00

5 maj kl. 15.00–17.00

## Anmälan

Anmäl dig senast den 24/4 till kansliet. Workshopen är kostnadsfri.
"""


@pytest.fixture(scope="module")
def lindvik(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    files = {"behorighet.md": FOLLOW_UP, "inbjudan.md": INVITATION}
    return _ingest(tmp_path_factory.mktemp("counts"), files)[0]


def _first_sentence(text: str) -> str:
    return text.split("[1]")[0]


@pytest.mark.slow
def test_a_count_is_not_read_from_a_list_items_number_or_a_grade(lindvik: Assistant) -> None:
    response = lindvik.respond({"message": "Hur många elever var inte behöriga vare sig i årskurs 6 eller i årskurs 9?"})
    assert response.grounded, response.text
    assert "39 elever" in _first_sentence(response.text), response.text
    # The list items that name pupils and grades but count none are no supporting figures.
    assert "Elever som" not in response.text, response.text


@pytest.mark.slow
def test_a_time_question_is_answered_by_the_timetables_line(lindvik: Assistant) -> None:
    response = lindvik.respond({"message": "Vilken tid hålls workshopen om skolnärvaro?"})
    assert response.grounded, response.text
    assert "15.00" in _first_sentence(response.text), response.text


@pytest.mark.slow
def test_a_deadline_is_answered_by_a_day_not_by_the_events_date(lindvik: Assistant) -> None:
    response = lindvik.respond({"message": "Vilket datum var sista dagen att anmäla sig till workshopen?"})
    assert response.grounded, response.text
    assert "24/4" in _first_sentence(response.text), response.text


def test_a_pronoun_after_taking_part_means_the_event_not_what_was_asked_of_it() -> None:
    previous = "Vilka teman hade de digitala workshoparna i november och december 2020?"
    rewritten = rewrite("Är det meningen att rektorn ska vara med på dem också?", previous)
    assert "vara med på workshoparna i november och december 2020" in rewritten, rewritten
    assert "teman" not in rewritten
    # A pronoun not after taking part still means the asked thing.
    assert "teman" in rewrite("Vem bestämde dem?", previous)


def test_a_time_that_ends_a_line_keeps_its_minutes() -> None:
    from assistant.index.units import units_of
    from assistant.schema import Chunk

    chunk = Chunk(chunk_id="times-clock-line", source="s", title="t", doc_type="rapport", heading_path=["Datum och tider"],
                  text="4 maj kl. 15.00–17.00\nTillbaka till skolan:27", start_line=1, end_line=2)
    assert [u.text for u in units_of(chunk)] == ["4 maj kl. 15.00–17.00", "Tillbaka till skolan:"]


# A network's programme as municipalities write them: each meeting a numbered heading with its length, the words
# that say what is numbered ('nätverksträffen') only in the passage under the heading.
PROGRAMME = """Nätverk för skolnärvaro i Ekby

Upplägg

Nätverket träffas tre gånger under läsåret och leds av kommunens elevhälsochef.

1 Kartläggning (2 timmar)

Deltagarna går igenom skolans statistik över frånvaro och ser var den är högst.

2 Analys (4 timmar)

Grupperna analyserar orsakerna till frånvaron och väljer ett område att arbeta vidare med.
Nätverksträffen avslutas med en gemensam genomgång av vad varje skola tar med sig.

3 Uppföljning (3 timmar)

Skolorna berättar vad som hänt sedan förra gången och justerar sina planer.
"""


def test_a_headings_figure_is_of_the_passage_it_heads() -> None:
    """'2 Analys (4 timmar)' times the meeting its passage speaks of: a figure question about that meeting may open
    with it ('Hur lång är den andra nätverksträffen?'), as the figure's passage names the asked thing; the first
    meeting's passage does not."""
    from assistant.grounding.scope.terms import names_term
    from assistant.index.units import units_of
    from assistant.schema import SourceDoc
    from ingest.chunk import chunk_document

    doc = SourceDoc(path="/tmp/natverk.txt", source="natverk.txt", title="Nätverk", lines=PROGRAMME.split("\n"),
                    content_hash="h")
    units = [u for c in chunk_document(doc, lambda t: len(t.split())) for u in units_of(c)]
    second = next(u for u in units if u.text.startswith("2 Analys"))
    first = next(u for u in units if u.text.startswith("1 Kartläggning"))
    assert second.is_label and names_term(second, "natverkstraff", near=True)
    assert not names_term(first, "natverkstraff", near=True)
