"""Answerable questions refused because the line that answers was not read as naming the asked thing (wrongref32):
a word the Swedish stemmer splits from its other forms ('mötena' against 'mötestillfälle'), an English 'per year'.
(Its reading of a numbered item's run-on fields as that item's was taken out in the merge: it let another item's cost
answer an asked measure, blind35 EH30. Session 33's wrongref33 reads them again by the asked thing's own word only:
test_wrong_refusals33.)"""

from __future__ import annotations

from assistant.grounding.question import analyse
from assistant.grounding.scope.terms import term_forms


def test_a_noun_form_the_stemmer_splits_off_is_met_by_its_dictionary_start() -> None:
    """'mötena' is stemmed 'moten', which 'mötet' and 'mötestillfälle' do not begin; the question keeps the start its
    dictionary form gives ('mote'). A verb's form gets none ('deltog': 'delt' would meet 'deltid')."""
    question = analyse("Hur ofta har processtödet utformat presentationer till mötena?")
    assert question.lemma_prefixes == {"moten": "mote"}
    assert term_forms(question, "moten") == ("moten", "mote")
    assert analyse("Hur många deltog i workshopen?").lemma_prefixes == {}


def test_the_second_look_reads_the_asked_thing_in_its_dictionary_start() -> None:
    """The second look keeps a unit that names the asked thing; 'moten' (of 'mötena') is not read in 'varje
    mötestillfälle', its dictionary start 'mote' is."""
    from assistant.grounding.lookagain import names_subject

    line = "Material som tagits fram består av presentationer som utformats för varje mötestillfälle."
    question = analyse("Hur ofta har processtödet utformat presentationer till mötena?")
    assert not names_subject(line, "moten")
    assert any(names_subject(line, f) for f in term_forms(question, "moten"))


def test_a_period_after_per_in_an_english_question_asks_no_per_head_figure() -> None:
    """'… cost per year?' asks a yearly cost, as 'per år' does, not a figure per head of 'year' (a line stating
    'Kostnad: 380 000 kronor per år.' was dropped as no figure per year-head); 'per student' still asks one."""
    from assistant.grounding.scope.terms import asked_per_head

    assert asked_per_head("What do the night watchmen in the car park cost per year?") == ""
    assert asked_per_head("What does the course cost per student?") == "student"
