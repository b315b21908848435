"""A message up to `max_message_chars` is answered in every mode: retrieval uses it cut to `max_query_chars`
(a draft's cue words kept), and it costs no more query embeddings than a one-line message (each cut to the
model's window): issue 16, point 8, a bound on per-question CPU. A 2 800-character message used to be
embedded and then refused as "för lång"."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import run
from tests.conftest import make_settings

pytestmark = [pytest.mark.slow]

DOC = ("# Läxhjälp i Exempelby\n\nPojkar i årskurs nio får mindre läxhjälp än flickor, visar kommunens uppföljning.\n\n"
       "## Studievägledning\n\nStudievägledningen når inte alla elever i årskurs nio.\n")


@pytest.mark.parametrize("mode", ["fraga", "problemformulering"])
def test_a_long_message_is_answered_and_embedded_no_more_than_a_short_one(tmp_path: Path, mode: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "lax.md").write_text(DOC, "utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=docs)
    assert settings.max_query_chars < 2800 <= settings.max_message_chars
    components = Components(settings)
    run(settings, components.store, components.embeddings, [docs])
    assistant = Assistant(components)
    message = " ".join(f"Vi ser att pojkar i årskurs nio får mindre läxhjälp än flickor (iakttagelse {i})."
                       for i in range(40))[:2800]
    embedded = []
    for text in ("Vi ser att pojkar i årskurs nio får mindre läxhjälp än flickor.", message):
        before = components.embeddings.query_misses
        response = assistant.respond({"message": text, "mode": mode})
        assert response.text
        embedded.append(components.embeddings.query_misses - before)
    # No more question embeddings (each at most one model window) than a one-line message needs.
    assert 1 <= embedded[1] <= embedded[0], embedded
