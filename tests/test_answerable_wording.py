"""Answerable questions in wordings that were wrongly refused (issue 12, overref23; blind17): a count asked of a
compound the document names once in full and then by its head ('utvärderingsenkäten' … 'På den första enkäten kom
19 svar in')."""

from __future__ import annotations

import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats


def test_a_unit_naming_the_head_of_an_earlier_named_compound_names_the_compound() -> None:
    """'enkäten' two sentences after 'en utvärderingsenkät' names that survey (as the figure check reads it); a head
    before the compound is named, or with no compound in the passage, does not."""
    from assistant.grounding.scope.terms import names_term
    from assistant.index.units import units_of
    from assistant.schema import Chunk

    text = ("Den första enkäten i maj fick 4 svar. Efter träffarna skickades en utvärderingsenkät ut. Enkäterna "
            "gällde innehållet. På den andra enkäten kom 17 svar in.")
    chunk = Chunk(chunk_id="head", source="s.md", title="Uppföljning", doc_type="rapport", heading_path=[],
                  start_line=1, end_line=1, text=text)
    units = units_of(chunk)
    assert [names_term(u, "utvarderingsenkat", near=True) for u in units] == [False, True, True, True]
    other = Chunk(chunk_id="head2", source="s.md", title="Uppföljning", doc_type="rapport", heading_path=[],
                  start_line=1, end_line=1, text="Skolan gjorde en elevenkät. Efteråt lästes den. På enkäten kom 9 svar.")
    assert not names_term(units_of(other)[-1], "utvarderingsenkat", near=True)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_count_of_a_compound_named_by_its_head_is_answered(
        corpus_components: tuple[Components, IngestStats]) -> None:
    """The report names its survey in full once ('… skickades en utvärderingsenkät ut'), and two sentences later
    counts the answers of 'enkäten': asked of the compound, the count is answered, not refused as a figure of
    something else."""
    bot = Assistant(corpus_components[0])
    answer = bot.respond({"message": "Hur många svar fick den andra utvärderingsenkäten?"})
    assert answer.grounded, answer.text
    assert "sex svar" in answer.text, answer.text
