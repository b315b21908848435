"""A question that names a numbered section and a topic ('Vad står det i avsnitt 4 om föräldrasamverkan?') is
answered by that section's statements about the topic first, not by the section's opening statements.

Through the real pipeline (ingest, retrieval, selection, verdict, answer) on a document of the test's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_answer_engine import _ingest_folder

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

PLAN = (
    "# Likabehandlingsplan för Ekby skola\n\n"
    "## 3. Nulägesanalys\n\n"
    "I trivselenkäten svarade 82 procent av eleverna att de känner sig trygga i skolan. Flickor i årskurs 8 känner "
    "sig minst trygga i korridorerna.\n\n"
    "## 4. Åtgärder för läsåret\n\n"
    "Skolan inför vuxennärvaro i korridorerna under alla raster. Rastvärdarna bär gula västar så att eleverna ser "
    "dem.\n\n"
    "Varje klass har värdegrundslektioner en gång i månaden. Lektionerna planeras av kuratorn tillsammans med "
    "mentorerna.\n\n"
    "Föräldrasamverkan stärks genom att vårdnadshavare bjuds in till två trygghetskvällar per läsår. På "
    "föräldramötena i augusti presenteras planen och vårdnadshavarna får lämna synpunkter.\n\n"
    "Elevhälsan följer upp varje anmälan om kränkande behandling inom en vecka.\n\n"
    "## 5. Uppföljning\n\n"
    "Planen utvärderas i juni av rektor och elevrådet.\n"
)


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple):
    tmp_path: Path = tmp_path_factory.mktemp("section-topic")
    assistant, _ = _ingest_folder(tmp_path, corpus_components, {"plan.md": PLAN})
    return assistant


def test_a_named_section_with_a_topic_answers_with_the_topic_first(bot) -> None:
    reply = bot.respond({"message": "Vad står det i avsnitt 4 om föräldrasamverkan?"})
    assert reply.grounded, reply.text
    assert "trygghetskvällar" in reply.text.split("[1]")[0], reply.text


def test_a_named_section_alone_is_answered_in_the_documents_order(bot) -> None:
    reply = bot.respond({"message": "Vad står det i avsnitt 4?"})
    assert reply.grounded, reply.text
    assert "vuxennärvaro" in reply.text.split("[1]")[0], reply.text


def test_a_section_that_says_something_is_the_material_and_no_ones_view(bot) -> None:
    """'Vad säger avsnitt 4 om …?' asks what the section says; it was refused as the view of someone called
    'avsnitt'."""
    reply = bot.respond({"message": "Vad säger avsnitt 4 om vårdnadshavarna?"})
    assert reply.grounded, reply.text
    assert "trygghetskvällar" in reply.text or "föräldramötena" in reply.text, reply.text
