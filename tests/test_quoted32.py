"""The passage that answers is quoted (quoted32): a fact question's best statement that holds nearly all of its words
is not replaced by a list whose kind the question names only as its topic. (Its quoting of a statement under a
sub-heading that names what is asked was taken out in the merge: it added such a statement to answers that were
whole without it, test_answer_lists and test_inline_enumerations.)

Built on small hand-made chunks and real units, question analysis and unit scoring (no corpus, no embeddings), each
case with a control.
"""

from __future__ import annotations

from assistant.citations import CitationBook
from assistant.generation.extractive.answer.write import write_answer
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import analyse
from assistant.grounding.scope import Verdict
from assistant.grounding.selection import ListCandidate, NeighbourLookup, Scored, Selection, UnitSelector
from assistant.index.units import units_of
from assistant.schema import Chunk, Hit

EFFECTS = ["Öka elevernas trygghet och studiero.", "Öka elevernas närvaro i skolan.", "Öka elevernas måluppfyllelse."]
PLAN = Chunk(
    chunk_id="plan", source="bykommun-plan.txt", title="Plan för utvecklingsområden", doc_type="plan",
    heading_path=["2. Insatser för lärarstöd", "Planerad insats"], start_line=10, end_line=16,
    text="\n".join(["Deltagare och planering av insatsen",
                    "Anställning av personal med relevant högskoleutbildning som ska underlätta skoldagen för elever.",
                    "Mål och förväntade effekter", *EFFECTS,
                    "Ansvar",
                    "Rektor har ansvar för att genomföra insatsen."]),
    line_spans=[(10, 10), (11, 11), (12, 12), (13, 13), (14, 14), (15, 15), (16, 16), (17, 17)],
    line_roles=["p", "p", "p", "i1", "i1", "i1", "p", "p"], path="bykommun-plan.txt")
FILLER = [Chunk(chunk_id=f"f{i}", source="annan.txt", title="Annan rapport", doc_type="rapport",
                heading_path=["Bakgrund"], start_line=i, end_line=i, text=text, line_spans=[(i, i)], line_roles=["p"],
                path="annan.txt")
          for i, text in enumerate(["Eleverna i kommunen har svarat på en enkät om skolan.",
                                    "Rektor leder arbetet på varje skola tillsammans med lärarna.",
                                    "Skolan följer upp resultaten varje termin."], start=1)]


def _selection(question: str, chunks: list[Chunk]) -> Selection:
    weights = TermWeights(c.embedding_text() for c in chunks)
    return UnitSelector(weights, {}).select(analyse(question), [Hit(chunk=c, score=1.0) for c in chunks],
                                            NeighbourLookup(chunks))


GOALS = ["Flickornas andel av tiden i bygghörnan ska vara minst 45 procent.",
         "Lika stor andel flickor och pojkar ska hjälpa till att städa efter lunch."]
IF_UNMET = "Om målet för bygghörnan inte nås ska arbetslagen pröva att dela upp gruppen i mindre grupper."
GOALS_CHUNK = Chunk(
    chunk_id="goals", source="forskola-plan.txt", title="Jämställdhetsplan för förskolorna", doc_type="plan",
    heading_path=["Jämställdhetsplan", "4. Mål för 2026"], start_line=40, end_line=41, text="\n".join(GOALS),
    line_spans=[(40, 40), (41, 41)], line_roles=["i1", "i1"], path="forskola-plan.txt")
FOLLOW_UP = Chunk(
    chunk_id="follow", source="forskola-plan.txt", title="Jämställdhetsplan för förskolorna", doc_type="plan",
    heading_path=["Jämställdhetsplan", "6. Uppföljning"], start_line=60, end_line=60, text=IF_UNMET,
    line_spans=[(60, 60)], line_roles=["p"], path="forskola-plan.txt")


def test_a_statement_saying_all_a_fact_question_asks_is_not_replaced_by_a_list_of_the_named_kind() -> None:
    """'Vad ska arbetslagen göra om målet för bygghörnan inte nås?' names goals only as its topic: the sentence
    holding all its words answers, not the plan's list of goals (tune DX09: the list alone was written). Control: a
    best statement holding few of the question's words still gives way to that list."""
    question = analyse("Vad ska arbetslagen göra om målet för bygghörnan inte nås?")
    assert question.answer_type == "fact"
    goals = ListCandidate(units_of(GOALS_CHUNK), None, 0.99, "4. Mål för 2026", kind_match=True)
    top = Scored(units_of(FOLLOW_UP)[0], 1.05, 0.47, 0.77)
    items = [Scored(u, 0.48, 0.22, 0.26) for u in goals.items]
    selection = Selection(ranked=[top, *items], best_list=goals, lists=[goals])
    text = write_answer(question, selection, Verdict(answer=True, evidence=selection.ranked), CitationBook()).text
    assert text.startswith(IF_UNMET.rstrip(".")), text
    assert GOALS[1].rstrip(".") not in text, text
    # control: a best statement holding little of the question: the list of goals answers
    weak = Scored(top.unit, 1.05, 0.47, 0.3)
    selection = Selection(ranked=[weak, *items], best_list=goals, lists=[goals])
    text = write_answer(question, selection, Verdict(answer=True, evidence=selection.ranked), CitationBook()).text
    assert all(g.rstrip(".") in text for g in GOALS), text


HEALTH = Chunk(
    chunk_id="health", source="bykommun-plan.txt", title="Plan för utvecklingsområden", doc_type="plan",
    heading_path=["3. Elevhälsan", "Planerad insats"], start_line=30, end_line=34,
    text="\n".join(["Elevhälsans förebyggande arbete behöver en tydlig struktur. Insatsen gäller elevhälsans "
                    "förebyggande arbete på alla skolor. Arbetet ska planeras in i vardagen. Alla kompetenser i "
                    "elevhälsan ska användas.",
                    "Uppföljning och utvärdering",
                    "Förvaltningsledningen följer upp insatserna vid dialogmöten under våren."]),
    line_spans=[(30, 30), (32, 32), (34, 34)], line_roles=["p", "p", "p"], path="bykommun-plan.txt")
