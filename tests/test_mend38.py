"""A reviewer's smaller findings on session 38's rules (mend38):

- a question about the user's upload that names its own sources ('Vilka andra källor hänvisar vår rapport till?') is
  not one that compares it with the rest of the material (lexicon.UPLOAD_ELSEWHERE_RE);
- the noun 'summeringen' names a part of a document, not a request to sum up (followups.asks_summary_only);
- 'Hur går det för pojkarna …?' asks how things stand, not a way of doing (lexicon.WAY_OF_DOING_RE);
- a closing mark that opens nothing gets no second one (quoting.closed_quotes);
- only a noun in -a in its definite form is cut to four letters (scope.terms._term_stem).
"""

from __future__ import annotations

import time

import pytest

from assistant import lexicon as lex
from assistant.generation.extractive.answer.quoting import closed_quotes
from assistant.grounding.followups import asks_summary_only
from assistant.grounding.scope.terms import _term_stem


@pytest.mark.parametrize("message", ["Vilka andra källor hänvisar vår rapport till?",
                                     "Vår plan bygger på flera undersökningar, vilka?",
                                     "Finns det fler rapporter listade i vårt dokument?"])
def test_an_uploads_own_sources_are_not_the_rest_of_the_material(message: str) -> None:
    assert not lex.UPLOAD_ELSEWHERE_RE.search(message)


@pytest.mark.parametrize("message", ["Hur står sig våra resultat jämfört med vad det övriga underlaget säger?",
                                     "Stämmer det med resten av materialet?", "Vad säger annat underlag?",
                                     "Hur gör andra kommuner?"])
def test_the_rest_of_the_material_is_still_elsewhere(message: str) -> None:
    assert lex.UPLOAD_ELSEWHERE_RE.search(message)


@pytest.mark.parametrize("message", ["Vad står det i summeringen?", "Summeringen i rapporten, vad säger den?",
                                     "Vad tar sammanfattningen upp?"])
def test_a_summary_named_as_a_part_of_a_document_is_no_summary_request(message: str) -> None:
    assert not asks_summary_only(message)


def test_a_summary_asked_by_its_verb_still_is() -> None:
    assert asks_summary_only("Sammanfatta kort, tack") and asks_summary_only("Kan du summera det?")
    assert asks_summary_only("En summering, tack")


@pytest.mark.parametrize("message, way", [
    ("Hur går det för pojkarna i matematik?", False), ("Hur kan det komma sig att flickorna väljer bort fysik?", False),
    ("Hur kan den bli bättre?", False), ("Hur kan skolan arbeta med trygghet?", True),
    ("Hur ska vi följa upp det?", True)])
def test_det_is_no_doer_of_a_way_of_doing(message: str, way: bool) -> None:
    assert bool(lex.WAY_OF_DOING_RE.search(message)) is way


@pytest.mark.parametrize("text", ["Alla ska med.”", 'Skärmen är 24" bred.', "Hon sa “hej” till oss.",
                                  "Projektet ”Tjejer i rörelse” fortsätter."])
def test_a_closing_mark_that_opens_nothing_is_left_alone(text: str) -> None:
    assert closed_quotes(text) == text


def test_an_opened_quotation_is_still_closed() -> None:
    assert closed_quotes("En av metoderna är ”Stöd för jämställdhetsanalys, SKR.") == \
        "En av metoderna är ”Stöd för jämställdhetsanalys, SKR”."
    assert closed_quotes('Den heter "Lika villkor.') == 'Den heter "Lika villkor".'


def test_only_a_definite_noun_in_a_is_cut_to_four_letters() -> None:
    assert _term_stem("halkan") == "halk" and _term_stem("flickan") == "flick"
    assert _term_stem("mellan") == "mella" and _term_stem("julian") == "julia"


def test_the_changed_patterns_are_fast_on_long_input() -> None:
    text = "hur kan " + "andra övriga " * 2_300 + "a" * 100
    started = time.perf_counter()
    lex.UPLOAD_ELSEWHERE_RE.search(text)
    lex.WAY_OF_DOING_RE.search(text)
    lex.SUMMARY_ASKED_RE.search(text)
    lex.TOPIC_FIELD_RE.match("a i " * 7_500)
    closed_quotes("”" + " a" * 15_000)
    assert time.perf_counter() - started < 1.0
