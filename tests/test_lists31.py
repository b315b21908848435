"""Which list a list answer takes (lists31): the list the best statement stands in, not another document's list of
the same kind that scores a little higher; a fact question's best item written with the list that holds it; a led
list not kept over the chosen list of the asked kind because its statement shares the words of its document's title.

Built on small hand-made chunks and real units and question analysis (no corpus, no embeddings); the scores are set
by hand, as selection hands them on, so each case pins the choice the answer makes from them, with a control.
"""

from __future__ import annotations

from assistant.citations import CitationBook
from assistant.generation.extractive.answer.lists import _fits_better_than, _list_of_best_item
from assistant.generation.extractive.answer.write import write_answer
from assistant.grounding.question import analyse
from assistant.grounding.scope import Verdict
from assistant.grounding.selection import ListCandidate, Scored, Selection
from assistant.index.units import Unit, units_of
from assistant.schema import Chunk

PLAN_RISKS = ["Vi har många aktiviteter planerade under våren, vilket kan förebyggas genom en klok planering.",
              "Brist på ledare"]
OTHER_RISKS = ["Kvinnor med små barn blir kvar längre i bidragsberoende.",
               "Barn i hushåll med långvarigt bistånd växer upp med låga inkomster.",
               "Insatserna formas efter dem som redan står nära arbetsmarknaden.",
               "Kostnaderna för biståndet ökar när biståndstiden blir längre."]

PLAN = Chunk(
    chunk_id="plan", source="ekdala-fritidsplan-2026.txt", title="Plan för jämställd fritid i Ekdala kommun 2026",
    doc_type="plan", heading_path=["Plan för jämställd fritid", "Risker"], start_line=40, end_line=42,
    text="\n".join(PLAN_RISKS), line_spans=[(40, 40), (42, 42)], line_roles=["i1", "i1"])
REPORT = Chunk(
    chunk_id="report", source="tallby-analys-bistand-2025.txt", title="Analys av ekonomiskt bistånd i Tallby 2025",
    doc_type="rapport", heading_path=["Analys av ekonomiskt bistånd", "6. Risker"], start_line=60, end_line=64,
    text="Om inget görs ser förvaltningen följande risker:\n" + "\n".join(OTHER_RISKS),
    line_spans=[(60, 60), (61, 61), (62, 62), (63, 63), (64, 64)], line_roles=["p", "i1", "i1", "i1", "i1"])

GUIDE_TITLE = "Pojkar ska nå goda skolresultat (metodstöd)"
COOPERATION = Chunk(
    chunk_id="g1", source="metodstod-pojkar.txt", title=GUIDE_TITLE, doc_type="stöd",
    heading_path=["Pojkar ska nå goda skolresultat", "Verksamhetsnivå"], start_line=110, end_line=112,
    text="För att förbättra pojkars skolresultat kan er organisation behöva samverka med andra aktörer. Använd "
         "följande frågor för att undersöka om ni bör samverka:\n"
         "Vilka verksamheter samverkar ni med idag?\nFinns det forum där ni möts?",
    line_spans=[(110, 110), (111, 111), (112, 112)], line_roles=["p", "i1", "i1"])
ANALYSIS = Chunk(
    chunk_id="g2", source="metodstod-pojkar.txt", title=GUIDE_TITLE, doc_type="stöd",
    heading_path=["Pojkar ska nå goda skolresultat", "Verksamhetsnivå"], start_line=95, end_line=97,
    text="Använd dessa frågor som stöd i analysen.\nVem är verksamheten till för?\nVilka orsaker har problemen?",
    line_spans=[(95, 95), (96, 96), (97, 97)], line_roles=["p", "i1", "i1"])


def _items(chunk: Chunk) -> list[Unit]:
    return [u for u in units_of(chunk) if u.is_item]


def _risk_lists(own_score: float) -> tuple[ListCandidate, ListCandidate]:
    other = ListCandidate(_items(REPORT), units_of(REPORT)[0], 1.44, "6. Risker", kind_match=True)
    own = ListCandidate(_items(PLAN), None, own_score, "Risker", kind_match=True)
    return other, own


def test_a_list_question_takes_the_list_its_best_statement_stands_in() -> None:
    """'Vilka risker …?' best met by the first item of the plan's own risks: that list answers, not another
    document's list of risks that scores a little higher (tune LQ31); when the plan's list scores clearly lower, or
    the best statement is of the other document, the best list stays."""
    question = analyse("Vilka risker finns med aktiviteterna?")
    assert question.answer_type == "list"
    other, own = _risk_lists(1.34)
    top = Scored(own.items[0], 0.87, 0.4, 0.3)
    selection = Selection(ranked=[top, Scored(other.items[0], 0.6, 0.4, 0.2)], best_list=other, lists=[other, own])
    assert _list_of_best_item(question, other, top, selection, [top]) is own
    text = write_answer(question, selection, Verdict(answer=True, evidence=selection.ranked), CitationBook()).text
    assert all(r.rstrip(".") in text for r in PLAN_RISKS), text
    assert not any(r.rstrip(".") in text for r in OTHER_RISKS), text
    # controls: the plan's list far below the other one; the best statement is the other document's
    weak_other, weak = _risk_lists(0.9)
    weak_selection = Selection(ranked=[Scored(weak.items[0], 0.87, 0.4, 0.3)], best_list=weak_other,
                               lists=[weak_other, weak])
    assert _list_of_best_item(question, weak_other, weak_selection.ranked[0], weak_selection) is weak_other
    top_other = Scored(other.items[0], 0.87, 0.4, 0.3)
    assert _list_of_best_item(question, other, top_other, selection) is other


def test_a_fact_question_best_met_by_an_item_gets_the_list_that_holds_it() -> None:
    """'Vad kan gå snett med …?' (a fact question) best met by one of the plan's two risks: the item is written with
    its short list, also when another document's list scored highest (tune B23 got only the first risk)."""
    question = analyse("Vad kan gå snett med aktiviteterna som kommunen har planerat?")
    assert question.answer_type == "fact"
    other = ListCandidate(_items(REPORT), units_of(REPORT)[0], 0.92, "6. Risker", kind_match=False)
    own = ListCandidate(_items(PLAN), None, 0.77, "Risker", kind_match=False)
    top = Scored(own.items[0], 0.70, 0.4, 0.3)
    selection = Selection(ranked=[top, Scored(other.items[3], 0.52, 0.4, 0.2)], best_list=other, lists=[other, own])
    text = write_answer(question, selection, Verdict(answer=True, evidence=selection.ranked), CitationBook()).text
    assert all(r.rstrip(".") in text for r in PLAN_RISKS), text
    # control: the list holding the item scores below the item alone: the item stays one statement
    own.score = 0.6
    text = write_answer(question, selection, Verdict(answer=True, evidence=selection.ranked), CitationBook()).text
    assert PLAN_RISKS[0].rstrip(".") in text and PLAN_RISKS[1] not in text, text


def test_a_led_list_whose_statement_holds_only_title_words_gives_way() -> None:
    """'Vilka frågor … som stöd när vi analyserar … pojkars skolresultat?': the best statement shares only the words
    of its guide's title ('pojkars skolresultat') and leads into questions on cooperation; the list of the asked kind
    whose intro speaks of analysis answers, though that intro scored far lower (tune LQ08). A best statement that
    shares words of the question beyond the title keeps its list (tune H36's rule)."""
    question = analyse("Vilka frågor föreslår metodstödet att vi använder som stöd när vi analyserar pojkars "
                       "skolresultat?")
    lead, intro = units_of(COOPERATION)[0], units_of(ANALYSIS)[0]
    led = _items(COOPERATION)
    chosen = ListCandidate(_items(ANALYSIS), intro, 1.38, "Verksamhetsnivå", kind_match=True)
    own = ListCandidate(led, units_of(COOPERATION)[1], 1.34, "Verksamhetsnivå", kind_match=True)
    top = Scored(lead, 0.75, 0.4, 0.3)
    selection = Selection(ranked=[top, Scored(intro, 0.52, 0.25, 0.27)], best_list=chosen, lists=[chosen, own])
    assert _fits_better_than(chosen, led, selection, top, question)
    # control: a question whose words beyond the title the statement shares ('samverka')
    other = analyse("Vilka frågor föreslår metodstödet om att samverka med andra aktörer, som stöd i analysen?")
    assert not _fits_better_than(chosen, led, selection, top, other)
