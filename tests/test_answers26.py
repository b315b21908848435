"""Answer selection on the bundled corpus (session 26): a list whose leading paragraph counts its bullets ('… de fem
framgångsfaktorerna …', no colon) is that paragraph's list; 'Vem genomförde X?' is answered by the passive naming its
doer ('… som genomfördes av tre följeforskare …'); a figure spelt out in words ('trettiotvå deltagare') meets the
digits a document writes ('(32 deltagare)')."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.grounding.question import analyse, spelled_numbers
from assistant.grounding.selection import _counts_items, list_kinds
from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats


def test_a_paragraph_counts_a_list_only_by_the_asked_kind_and_its_size() -> None:
    text = "Arbetet utgår från de fem framgångsfaktorerna som formulerades i projektet."
    asked = list_kinds("framgångsfaktorer")
    assert _counts_items(text, 5, asked)
    assert not _counts_items(text, 4, asked)  # another size: not this paragraph's list
    assert not _counts_items(text, 5, list_kinds("aktörer"))  # another kind than asked


def test_who_did_asks_for_the_doer_that_a_passive_names() -> None:
    assert lex.WHO_DID_RE.match("Vem gjorde den externa utvärderingen?")
    assert not lex.WHO_DID_RE.match("Vem ansvarar för uppföljningen?")
    assert lex.PASSIVE_AGENT_RE.search("Utvärderingen, som genomfördes av tre följeforskare, visar …")
    assert not lex.PASSIVE_AGENT_RE.search("Resultatet av den utvärderingen återfinns i rapporten.")


def test_a_spelt_out_figure_is_searched_in_digits() -> None:
    assert spelled_numbers("Vilka åtta mål finns?") == []  # twelve and below are counts the words cover
    question = analyse("Vilken workshop hade fyrtiotre deltagare?")
    assert "43" in question.content_terms, question.content_terms


@pytest.fixture(scope="module")
def bot(corpus_components: tuple[Components, IngestStats]) -> Assistant:
    return Assistant(corpus_components[0])


def _first(text: str) -> str:
    """The answer's opening, up to its first citation marker."""
    return text.split("[1]")[0]


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_list_counted_by_its_leading_paragraph_answers(bot: Assistant) -> None:
    question = "Vilka framgångsfaktorer formulerades i det lokala #jagmed-projektet i Karlskoga?"
    answer = bot.respond({"message": question})
    assert answer.grounded, answer.text
    for item in ("Individcentrerat arbetssätt", "Lösningsfokuserat arbetssätt", "Inge hopp"):
        assert item in answer.text, answer.text
    assert any(c.start_line <= 1802 <= c.end_line for c in answer.citations), answer.citations


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_who_carried_out_a_deed_is_the_doer_its_passive_names(bot: Assistant) -> None:
    answer = bot.respond({"message": "Vem genomförde den externa utvärderingen av projektet #jagmed?"})
    assert answer.grounded, answer.text
    assert "tre följeforskare vid Linköpings universitet" in _first(answer.text), answer.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_figure_asked_in_words_finds_the_line_with_its_digits(bot: Assistant) -> None:
    answer = bot.respond({"message": "Vilken workshop hade trettiotvå deltagare?"})
    assert answer.grounded, answer.text
    assert "Riskfaktorer och tidig prevention (32 deltagare)" in answer.text, answer.text
