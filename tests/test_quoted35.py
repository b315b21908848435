"""The passage that answers is quoted, complete (quoted35).

- Of the lists introduced as the kind asked for ('… frågor …'), the one whose own intro holds the question's words
  wins over lists whose intros hold none of them and that only share the topic through their items.
- A fact question whose chosen statements are two or more items of one short list gets that list whole, with its
  intro, not the items that happened to score best.

The first is built on small hand-made chunks and real units, question analysis and unit scoring (no corpus, no
embeddings), with a control; the second on a small document of its own, ingested with the real components.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.grounding.passages import TermWeights
from assistant.grounding.question import analyse
from assistant.grounding.selection import ListCandidate, NeighbourLookup, Selection, UnitSelector
from assistant.grounding.selection.selector import _intro_names_the_list
from assistant.index.units import units_of
from assistant.schema import Chunk, Hit
from tests.test_answer_engine import _ingest_folder


def _chunk(cid: str, line: int, lines: list[str]) -> Chunk:
    return Chunk(chunk_id=cid, source="guide.md", title="Guide för uppföljning", doc_type="vägledning",
                 heading_path=["Guide för uppföljning"], start_line=line, end_line=line + len(lines) - 1,
                 text="\n".join(lines), line_spans=[(line + i, line + i) for i in range(len(lines))],
                 line_roles=["p"] + ["i1"] * (len(lines) - 1), path="guide.md")


# Two lists of questions: the first shares the topic ('samverka', 'verksamheter') through its items, the second's
# intro names what is asked about ('hur samverkan med andra verksamheter har fungerat').
START = _chunk("start", 10, [
    "Använd följande frågor för att ta ställning till om ni ska samverka:",
    "• Vilka andra verksamheter har ni samverkat med tidigare?",
    "• Har samverkan med andra verksamheter fungerat förut?",
    "• Finns det andra verksamheter i länet med samma mål?"])
AFTER = _chunk("after", 40, [
    "Reflektera över hur samverkan med andra verksamheter har fungerat:",
    "• Har alla parter gjort det de lovade?",
    "• Vad gick bra?",
    "• Vad gick mindre bra?"])
FILLER = [_chunk(f"f{i}", 60 + 3 * i, [text]) for i, text in enumerate([
    "Arbetet följs upp varje termin av rektor.", "Resultaten redovisas för nämnden i december.",
    "Eleverna svarar på en enkät om tryggheten."])]


def _selection(question: str, chunks: list[Chunk]) -> Selection:
    weights = TermWeights(c.embedding_text() for c in chunks)
    return UnitSelector(weights, {}).select(analyse(question), [Hit(chunk=c, score=1.0) for c in chunks],
                                            NeighbourLookup(chunks))


def _first_lines(selection: Selection) -> list[str]:
    return [c.items[0].text for c in sorted(selection.lists, key=lambda c: -c.score)]


def test_the_list_whose_intro_names_the_question_wins_over_one_sharing_the_topic() -> None:
    """'Vilka frågor ställer vi om hur det har fungerat med andra verksamheter?': the list under 'Reflektera
    över hur samverkan med andra verksamheter har fungerat:' answers, though the other list's items share more of the
    question's words and it is retrieved first."""
    selection = _selection("Vilka frågor ställer vi om hur det har fungerat med andra verksamheter?",
                           [START, AFTER, *FILLER])
    assert selection.best_list is not None, _first_lines(selection)
    assert selection.best_list.items[0].chunk.chunk_id == "after", _first_lines(selection)


def test_intro_names_the_list_only_when_the_others_intros_name_little() -> None:
    """Control (the rule itself): the bonus goes to the one kind-matching list whose intro holds the question's words;
    none when another such list's intro holds about as much, or when no intro holds enough."""
    intro = units_of(START)[0]
    one, two = (ListCandidate([], intro, 1.0, kind_match=True, intro_fit=0.3),
                ListCandidate([], intro, 1.1, kind_match=True, intro_fit=0.0))
    _intro_names_the_list([one, two])
    assert one.score > 1.0 and two.score == 1.1
    close, other = (ListCandidate([], intro, 1.0, kind_match=True, intro_fit=0.3),
                    ListCandidate([], intro, 1.1, kind_match=True, intro_fit=0.2))
    _intro_names_the_list([close, other])
    assert (close.score, other.score) == (1.0, 1.1)
    low, none = (ListCandidate([], intro, 1.0, kind_match=True, intro_fit=0.1),
                 ListCandidate([], intro, 1.1, kind_match=True, intro_fit=0.0))
    _intro_names_the_list([low, none])
    assert (low.score, none.score) == (1.0, 1.1)


REPORT_ITEMS = ["En helhetsbedömning av hur långt skolan har kommit mot målen för läsningen.",
                "Framgångsfaktorer som förklarar varför målen nåddes eller inte nåddes.",
                "Elevernas och vårdnadshavarnas bild av läsarbetet.",
                "Rekommendationer om hur arbetet bör fortsätta nästa läsår."]
REPORT_DOCS = {
    "pm-uppfoljning.md": (
        "# Uppföljning av läsfrämjande insatser på Ekbyskolan\n\n## Löpande uppföljning\n\n"
        "Under läsåret följer arbetsgruppen upp insatserna varje månad och för anteckningar om vad som har gjorts. "
        "Anteckningarna sparas i skolans gemensamma mapp.\n\n"
        "## Avslutande uppföljning\n\n"
        "Ni bör göra en avslutande uppföljning när läsåret är slut och insatserna har avslutats, så att lärdomarna "
        "från arbetet tas tillvara.\n\n"
        "Uppföljningen görs i första hand i skolans ordinarie kvalitetsarbete.\n\n"
        "Gör en sammanfattande analys. Den kan till exempel innehålla:\n\n"
        + "".join(f"- {item}\n" for item in REPORT_ITEMS)
        + "\n## Spridning\n\nResultaten presenteras för personalen på en konferensdag i juni.\n"),
}


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_fact_question_met_by_items_of_one_list_gets_the_list_whole(tmp_path: Path,
                                                                      corpus_components: tuple) -> None:
    """'Vad ska den sammanfattande analysen innehålla när läsåret är slut?' is best met by the sentence on the closing
    follow-up, then by two items of the analysis' list: every item is written, with its intro, not only those two."""
    bot, stats = _ingest_folder(tmp_path, corpus_components, REPORT_DOCS)
    assert stats.documents == 1 and not stats.skipped
    response = bot.respond({"message": "Vad ska den sammanfattande analysen innehålla när läsåret är slut?"})
    assert response.grounded
    assert all(item.rstrip(".") in response.text for item in REPORT_ITEMS), response.text
