"""The refusal judge's word identity (grounding/wordforms): a question word is met in a passage by its stem, and by its
dictionary form where the stemmer parts two forms of one word ('mötena' / 'möten', 'anslutit' / 'anslutna')."""

from __future__ import annotations

from assistant.grounding.lookagain import names_subject
from assistant.grounding.question import analyse
from assistant.grounding.scope.terms import _says_word, names_term, says_stem
from assistant.index.lexical import tokenize
from assistant.index.units import units_of
from assistant.schema import Chunk


def _chunk(text: str, heading: str = "Material") -> Chunk:
    return Chunk(chunk_id=f"wf-{abs(hash((text, heading)))}", source="s.txt", title="Rapport", doc_type="rapport",
                 heading_path=[heading], start_line=1, end_line=1, text=text)


def test_a_form_the_stemmer_parts_is_met_by_its_dictionary_form() -> None:
    """The question reader records its words' dictionary forms; the judge's tests then meet 'mötena' (stem 'moten')
    in 'mötestillfälle' and 'anslutit' in 'anslutna', which the stem prefix alone misses."""
    question = analyse("Hur ofta har processtödet tagit fram presentationer till mötena?")
    assert "moten" in question.content_terms
    assert _says_word("Presentationer utformades för varje mötestillfälle.", "moten")
    assert says_stem("Presentationer utformades för varje mötestillfälle.", "moten")
    assert not _says_word("Det gick mot sitt slut.", "moten")  # 'mot' is another word, not 'möte'
    analyse("Vilka kommuner har anslutit sig till målet?")
    (term,) = tokenize("anslutit")
    assert term != tokenize("anslutna")[0]  # the stemmer parts them
    assert _says_word("Aktörer anslutna till målet", term)
    assert not _says_word("Aktörer som deltar i nätverket", term)


def test_a_units_passage_names_the_asked_word_in_another_form() -> None:
    """names_term reads the unit, its context and headings by the same identity: a heading 'Mötestillfällen' names
    the meetings a question asks of as 'mötena'."""
    analyse("Vad togs fram till mötena?")
    unit = units_of(_chunk("Presentationer togs fram inför varje tillfälle.", heading="Mötestillfällen"))[0]
    assert names_term(unit, "moten")
    other = units_of(_chunk("Presentationer togs fram inför varje träff.", heading="Träffar"))[0]
    assert not names_term(other, "moten")


def test_the_second_look_names_a_subject_by_its_dictionary_form_or_a_compounds_head() -> None:
    """lookagain.names_subject: a whole word, a form the stemmer parts, or the head of a compound."""
    analyse("Hur ofta hölls mötena?")
    assert names_subject("för varje mötestillfälle", "moten")
    assert names_subject("Presentationer för varje mötestillfälle", "tillfall")
    assert not names_subject("Fyra träffar med lärarlagen", "moten")
