"""Questions typed with slips of the keyboard (typos37): a word that is neither the documents' nor Swedish, one slip
from a word of theirs (two for a long word), is searched and read as that word; real words, function words, names
and acronyms are never respelt. Trial 37 K7 ('hur undvikre man att anlysen …') was refused as off topic because no
misspelt word met the lexical index."""

from __future__ import annotations

import time
from typing import Any

import pytest

from assistant.grounding.question import analyse, typo_corrected

_VOCABULARY = frozenset({"analysen", "åtgärder", "undviker", "deltagare", "kostade", "sommarskolan", "elever", "eller",
                         "lever", "vänlig", "mobbning", "mobbing", "kompetensutveckling", "elevhälsan", "apt"})


def test_a_slip_is_read_as_the_documents_word() -> None:
    assert [typo_corrected(w, _VOCABULARY) for w in ("anlysen", "åtgärer", "undvikre", "deltagre")] == \
        ["analysen", "åtgärder", "undviker", "deltagare"]
    # two slips in a long word (a letter too many and two swapped)
    assert typo_corrected("kompettensutvecklnig", _VOCABULARY) == "kompetensutveckling"
    # of two words equally near, the one far commoner in Swedish; none where neither is ('mobbning', 'mobbing')
    assert typo_corrected("elver", frozenset({"elever", "elvor"})) == "elever"
    assert typo_corrected("mobbnig", _VOCABULARY) is None


def test_real_words_function_words_and_short_words_are_never_respelt() -> None:
    assert typo_corrected("vanlig", _VOCABULARY) is None  # a Swedish word, not a slip of 'vänlig'
    # forms simplemma's dictionary knows, and an everyday compound searched as the documents' one (tune Z19, HW25, FB07)
    assert typo_corrected("workshoppen", frozenset({"workshopen"})) is None
    assert typo_corrected("institutionaliserats", frozenset({"institutionaliseras"})) is None
    assert "killag" in analyse("Hur många spelar i killag?", frozenset({"killar", "pojklag"})).typed
    assert typo_corrected("elevhälsans", _VOCABULARY) is None  # another inflection: the index meets it
    assert typo_corrected("elver", _VOCABULARY) is None  # 'elever' or 'lever': no guess ('eller' is no candidate)
    assert typo_corrected("apx", _VOCABULARY) is None  # too short to tell
    # an acronym, and a capitalised word within a sentence (a name: only `one_typo_away` respells one), stay
    question = analyse("Hur många elever på APTT deltog i Deltagre?", _VOCABULARY)
    assert "APTT" in question.typed and "Deltagre" in question.typed


def test_the_question_is_searched_and_cued_in_the_documents_words() -> None:
    question = analyse("vad kostade sommarskolna per deltagre?", _VOCABULARY)
    assert question.typed == "vad kostade sommarskolan per deltagare?"
    assert "deltagare" in question.search_text.split()
    assert "deltagr" not in question.content_terms
    assert question.slips == (("sommarskolna", "sommarskolan"), ("deltagre", "deltagare"))


def test_a_long_pasted_question_is_respelt_fast() -> None:
    words = sorted(_VOCABULARY) + ["anlysen", "åtgärer", "undvikre", "kompettensutvecklnig", "xqzwy", "vanlig"]
    text = " ".join(words * (30_000 // len(" ".join(words)) + 1))[:30_000]
    analyse("uppvärmning", _VOCABULARY)  # wordfreq loaded before timing
    start = time.perf_counter()
    analyse(text, _VOCABULARY)
    assert time.perf_counter() - start < 5.0


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_misspelt_question_is_answered_from_the_documents(eval_bot: Any) -> None:
    cost = eval_bot.respond({"message": "vad kostade sommarskolna per deltagre?"})
    assert cost.grounded and "6 000 kronor per deltagare" in cost.text, cost.text
    assert any(n.startswith("Stavning tolkad: ") and "deltagre → deltagare" in n for n in cost.notes), cost.notes
    norm = eval_bot.respond({"message": "vad handlar dom om i normkritisk undervisnng?"})
    assert norm.grounded and "Normkritisk undervisning" in norm.text, norm.text
