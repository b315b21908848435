"""Answerable questions refused for how they were put (wrongref36): a part of a set named by a clause ('Hur många av
dem som sökte stöd … var kvinnor?' read 'som' as the counted noun), an age band asked by its order ('de äldsta
kvinnorna', 'de äldre männen'), a mean pay asked in everyday words ('Vad tjänar … i snitt?' for 'Medellön män'), an
action plan's doer given in its table's 'Ansvarig' column, a doer's sentence pointing back at the sentence before it
('… sammanställer resultaten'), a best line naming no grade in a survey of the asked grade, and everyday words the
subject rule read literally ('tjejernas' said by 'flickor'; 'matlådor' for 'matdistribution')."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.grades import other_grades
from assistant.grounding.question import counted_noun, everyday_forms, noun_after_adjective
from assistant.grounding.scope.absent_rows import pay_centre_terms
from assistant.grounding.scope.precise import doer_of_other_thing
from assistant.grounding.scope.qualifiers import group_qualifier
from assistant.grounding.scope.views import in_doer_column, names_doer
from assistant.grounding.selection import Scored
from assistant.index.units import units_of
from assistant.schema import Chunk


def _units(text: str, chunk_id: str = "w36") -> list[Any]:
    return units_of(Chunk(chunk_id=chunk_id, source=f"{chunk_id}.md", title="Plan", doc_type="rapport",
                          heading_path=[], start_line=1, end_line=1, text=text))


def test_a_set_named_by_a_clause_is_no_counted_noun() -> None:
    assert counted_noun("Hur många av dem som sökte stöd hos mottagningen var kvinnor?") == ""
    assert counted_noun("Hur många av de som gick kursen var män?") == ""
    assert counted_noun("Hur många elever som gick kursen var män?") == "elever"
    assert counted_noun("Hur många av de anställda var män?") == "anstallda"


def test_an_age_band_asked_by_its_order() -> None:
    assert group_qualifier("Hur många timmar får de äldsta kvinnorna i Granlida?") is None
    assert group_qualifier("Hur hög var närvaron bland de nyanlända eleverna?") == ("nyanlända", "eleverna")
    assert noun_after_adjective("äldre", " männen med hemtjänst får matlådor?") == "männen"
    assert counted_noun("Hur stor andel av de äldre männen får matlådor?") == "mannen"


def test_a_mean_pay_in_everyday_words_names_the_mean_pay_column() -> None:
    assert pay_centre_terms("Vad tjänar manliga fritidsledare i snitt?") == frozenset({"medellon"})
    assert pay_centre_terms("Hur mycket tjänar kvinnliga lärare i genomsnitt?") == frozenset({"medellon"})
    assert pay_centre_terms("Hur många fritidsledare finns i snitt per gård?") == frozenset()  # no pay asked


def _rows(chunk_id: str, *lines: str) -> list[Any]:
    chunk = Chunk(chunk_id=chunk_id, source="x.md", title="T", doc_type="övrigt", heading_path=["A"], start_line=1,
                  end_line=len(lines), text="\n".join(lines), line_spans=[(i + 1, i + 1) for i in range(len(lines))],
                  line_roles=["p"] + ["t"] * (len(lines) - 1))
    return [u for u in units_of(chunk) if u.kind == "row"]


def test_a_row_under_an_ansvarig_column_names_its_doer() -> None:
    _, filled, empty = _rows("w36a", "Tabell 2. Åtgärder, ansvar och tidplan", "| Åtgärd | Ansvarig | Klart |",
                             "| Lektionsserie om samtycke | Skolkurator | December 2025 |",
                             "| Bättre belysning |  | Januari 2026 |")
    assert in_doer_column(filled) and names_doer(filled)
    assert not in_doer_column(empty)
    _, other = _rows("w36b", "Tabell 1. Sökande", "| Program | Flickor | Pojkar |", "| Teknikprogrammet | 9 | 27 |")
    assert not in_doer_column(other)


def test_a_doer_sentence_pointing_back_is_the_doer_of_the_sentence_before() -> None:
    units = _units("Planen följs upp med nya observationsveckor 2026. Sara Eklund sammanställer resultaten. "
                   "Rektor redovisar uppföljningen för nämnden.\n\nTabell 1. Observationer per kön.", "w36c")
    scored = [Scored(u, 1.0, 1.0, 0.0) for u in units]
    doers = [scored[1], scored[2]]
    assert not doer_of_other_thing(scored, doers, "observation", 8)
    # without the sentence before, the doers' own lines never name the observations while another unit does
    alone = [Scored(u, 1.0, 1.0, 0.0) for u in _units("Sara Eklund sammanställer resultaten.", "w36d")]
    assert doer_of_other_thing([*alone, scored[3]], alone, "observation", 8)


def test_a_best_line_naming_no_grade_is_placed_by_its_document() -> None:
    survey = _units("Enkäten gick till alla elever i årskurs 9.\n\n- samtal med vägledaren: 29 procent av flickorna\n"
                    "- praon i årskurs 8: 22 procent av flickorna", "w36e")
    best, prao = [u for u in survey if "procent" in u.text]
    text = "\n".join(u.text for u in survey)
    assert other_grades(frozenset({9}), [best, prao], lambda chunk: text) is None
    assert other_grades(frozenset({5}), [best, prao], lambda chunk: text) == frozenset({8})


def test_everyday_words_for_delivered_meals() -> None:
    assert everyday_forms("matlådor") == ("matdistribution",)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "fact"), [
    ("Hur många av dem som sökte stöd hos kvinnofridsmottagningen i Älvmora var kvinnor?", "57 kvinnor"),
    ("Hur många timmar hemtjänst i månaden får de allra äldsta kvinnorna, 90 år och mer, i Granlida?", "38,4"),
    ("Vad tjänar manliga fritidsledare i Stenåker i snitt?", "29 950"),
    ("Vem håller i lektionerna om samtycke och digitalt bemötande på Björkvalla gymnasium?", "Skolkurator"),
    ("Vem sammanställer observationerna på Solbackens förskolor?", "Sara Eklund"),
    ("Hur många procent av tjejerna i nian tyckte att samtalet med syv påverkade valet mycket?", "29 procent"),
])
def test_fresh_answerable_questions_are_answered(eval_bot: Any, question: str, fact: str) -> None:
    reply = eval_bot.respond({"message": question})
    assert reply.grounded and fact in reply.text
