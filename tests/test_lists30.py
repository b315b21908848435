"""List answers that say what the source lists (lists30): a cause question gets the list of causes a close statement
leads into; an intro that points back ('Den kan till exempel innehålla:') brings the sentence it points to and its
items; 'Vilka av X <condition>?' is answered by the statement on the condition, not by the list of the whole set; a
sentence that announces a list closing its chunk brings the list that opens the next chunk, nesting kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.generation.extractive.answer import _items_after
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import analyse, answer_type
from assistant.grounding.selection import NeighbourLookup, UnitSelector
from assistant.index.units import intro_antecedent, units_of
from assistant.schema import Chunk, Hit
from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder

CAUSES = ["långa resor till skolan", "byten av mentor", "oro inför proven", "ensamhet på rasterna"]
GOALS = ["ökad närvaro i alla årskurser", "tryggare raster på skolgården", "bättre samarbete med vårdnadshavarna"]
EVALUATION = ["Elevernas egen bild av stödet", "Förändringen i frånvaro per termin", "Lärdomar inför nästa läsår"]

REPORT = (
    "Uppföljning av närvaroarbetet i Ekviks kommun 2025\n\n"
    "Intervjuer med eleverna\n\n"
    "Under våren intervjuades tjugo elever i årskurs 7–9 som hade hög frånvaro. Skolpersonalen pekade främst på "
    "trivseln i klassen. Exempel på orsaker till frånvaron som eleverna själva lyfte fram är:\n\n"
    + "".join(f"- {c}\n" for c in CAUSES)
    + "\nVårdnadshavarna bjöds in till samtal om resultaten i juni.\n\n"
    "Närvaroplanen\n\n"
    "Kommunstyrelsen antog närvaroplanen för 2024–2026 i mars 2024. Planen har tre mål:\n\n"
    + "".join(f"- {g}\n" for g in GOALS)
    + "\nBedömning vid årets slut\n\n"
    "Mål 1 (ökad närvaro) bedöms som uppfyllt. Mål 2 (tryggare raster) och mål 3 (samarbete med vårdnadshavarna) "
    "bedöms som ej uppfyllda vid årets slut.\n\n"
    "Avslutande utvärdering\n\n"
    "Genomför en avslutande utvärdering när läsåret är slut. Den kan till exempel innehålla:\n\n"
    + "".join(f"- {e}.\n" for e in EVALUATION)
    + "\nResultaten redovisas för barn- och utbildningsnämnden i september.\n"
)


@pytest.fixture
def report_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"ekvik-narvaro-uppfoljning-2025.txt": REPORT})
    assert stats.documents == 1 and not stats.skipped
    return bot


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_cause_question_is_answered_by_the_list_of_causes_first(report_bot: Assistant) -> None:
    """'Varför var eleverna borta …?' asks for causes: the statement that leads into the pupils' list of causes
    opens the answer, with every item (tune LQ24: the list was found but only prose was quoted)."""
    question = "Varför var eleverna i Ekvik borta från skolan?"
    assert answer_type(question) == "cause"
    answer = report_bot.respond({"message": question})
    assert answer.grounded, answer.text
    assert all(c in answer.text for c in CAUSES), answer.text
    first = answer.text.splitlines()[0]
    assert "orsaker" in first and first.rstrip(" [0123456789]").endswith(":"), answer.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_an_intro_that_points_back_is_written_with_its_sentence_and_items(report_bot: Assistant) -> None:
    """'Genomför en avslutande utvärdering … Den kan till exempel innehålla:' and its items answer what the
    evaluation should hold; asked after a fronted clause ('När läsåret är slut, vad …?') too, which asks no time
    (blind28 PR09)."""
    for question in ("Vad ska den avslutande utvärderingen i Ekvik innehålla?",
                     "När läsåret är slut, vad ska den avslutande utvärderingen i Ekvik innehålla?"):
        answer = report_bot.respond({"message": question})
        assert answer.grounded, answer.text
        assert all(e in answer.text for e in EVALUATION), answer.text
        assert "Den kan till exempel innehålla:" not in answer.text or \
            answer.text.index("Genomför en avslutande utvärdering") < answer.text.index("Den kan till exempel"), \
            answer.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_which_of_the_goals_is_answered_by_the_assessment_not_the_goal_list(report_bot: Assistant) -> None:
    """'Vilka av planens mål bedöms som ej uppfyllda?' is answered by the assessment, not by the plan's list of all
    three goals (blind22 VB08); asked for the goals themselves, the list answers (control)."""
    answer = report_bot.respond({"message": "Vilka av närvaroplanens mål bedöms som ej uppfyllda i Ekvik?"})
    assert answer.grounded, answer.text
    assert "bedöms som ej uppfyllda" in answer.text, answer.text
    assert f"- {GOALS[0]}" not in answer.text, answer.text
    control = report_bot.respond({"message": "Vilka mål har närvaroplanen i Ekvik?"})
    assert all(f"- {g}" in control.text for g in GOALS), control.text


def _chunk(chunk_id: str, lines: list[str], roles: list[str], start: int, heading: list[str]) -> Chunk:
    return Chunk(chunk_id=chunk_id, source="stod.txt", title="Metodstöd", doc_type="vägledning",
                 heading_path=heading, start_line=start, end_line=start + len(lines) - 1, text="\n".join(lines),
                 line_spans=[(start + i, start + i) for i in range(len(lines))], line_roles=roles, path="stod.txt")


# A sentence announcing key figures closes its chunk; the next chunk, under a sub-heading, opens with the nested list
# (trial 29 S08: 'Saknas könsuppdelad statistik … förslag på nyckeltal:' / 'Befolkningsnivå' / '• Jämföraren …').
LEAD = _chunk("s1", ["Sammanställ den statistik som finns i organisationen.",
                     "Saknas könsuppdelad statistik kan ni använda dessa förslag på nyckeltal:"],
              ["p", "p"], 10, ["Kartläggning"])
NESTED = _chunk("s2", ["Skolenkäten", "Trygghet i skolan", "Studiero på lektionerna", "Kommunens jämförelser",
                       "Behörighet till gymnasiet"],
                ["i1", "i2", "i2", "i1", "i2"], 14, ["Kartläggning", "Befolkningsnivå"])
CHUNKS = [LEAD, NESTED]


def _selection(question: str):  # type: ignore[no-untyped-def]
    weights = TermWeights(c.embedding_text() for c in CHUNKS)
    return UnitSelector(weights, {}).select(analyse(question), [Hit(chunk=c, score=1.0) for c in CHUNKS],
                                            NeighbourLookup(CHUNKS))


def test_a_sentence_closing_its_chunk_brings_the_list_that_opens_the_next() -> None:
    selection = _selection("Vilka nyckeltal kan vi använda om könsuppdelad statistik saknas?")
    lead = units_of(LEAD)[-1]
    items = _items_after(lead, selection)
    assert [i.text for i in items] == NESTED.text.splitlines()
    assert [i.depth for i in items] == [1, 2, 2, 1, 2]  # the nesting kept for the answer's lines
    assert _items_after(lead) == []  # without the selection's candidates there is nothing to bring


def test_the_list_of_the_next_chunk_needs_a_lead_that_closes_its_chunk() -> None:
    """Control: a colon sentence followed by more text in its own chunk does not take the next chunk's list."""
    lead = _chunk("s3", ["Saknas könsuppdelad statistik kan ni använda dessa förslag på nyckeltal:",
                         "Fråga också eleverna själva."], ["p", "p"], 10, ["Kartläggning"])
    chunks = [lead, NESTED]
    weights = TermWeights(c.embedding_text() for c in chunks)
    selection = UnitSelector(weights, {}).select(analyse("Vilka nyckeltal kan vi använda?"),
                                                 [Hit(chunk=c, score=1.0) for c in chunks], NeighbourLookup(chunks))
    assert not any(c.intro is not None and c.intro.text.endswith("nyckeltal:") and c.items[0].chunk.chunk_id == "s2"
                   for c in selection.lists)
    assert _items_after(units_of(lead)[0], selection) == []


def test_an_intro_points_back_only_when_it_opens_on_a_pronoun() -> None:
    points = _chunk("p1", ["Genomför en sammanfattande analys. Den kan till exempel innehålla:", "Helhetsbedömning",
                           "Rekommendationer"], ["p", "i1", "i1"], 1, [])
    names = _chunk("p2", ["Genomför en sammanfattande analys. Det finns tre delar:", "Helhetsbedömning",
                          "Rekommendationer"], ["p", "i1", "i1"], 1, [])
    antecedent = intro_antecedent(units_of(points)[-1])
    assert antecedent is not None and antecedent.text == "Genomför en sammanfattande analys."
    assert intro_antecedent(units_of(names)[-1]) is None


def test_a_fronted_clause_does_not_make_a_time_question() -> None:
    assert answer_type("När allt är klart, vad ska den sammanfattande analysen ta upp?") != "number"
    assert answer_type("Om vi startar läxhjälp, vilka kan hjälpa till?") == "list"
    assert answer_type("När ska planen vara klar, och vem ansvarar?") == "number"  # 'När ska' asks a time
