"""The same ingest and search path against a real `chroma run` server over loopback (HttpClient)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import StoreError
from assistant.index.components import Components
from ingest.pipeline import run
from tests.conftest import make_settings

pytestmark = pytest.mark.integration


@pytest.mark.needs_chroma_server
def test_ingest_and_search_through_chroma_server(chroma_server: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Läxhjälp\n\nPojkar erbjuds läxhjälp på biblioteket.\n", "utf-8")
    (docs / "b.md").write_text("# Trygghet\n\nRastvakter förebygger mobbning på skolgården.\n", "utf-8")
    settings = make_settings(tmp_path / "d", chroma_url=chroma_server, collection="server-test")
    comp = Components(settings)
    comp.store.ping()
    first = run(settings, comp.store, comp.embeddings, [docs])
    assert first.chunks_added == 2
    second = run(settings, comp.store, comp.embeddings, [docs])
    assert second.embedded == 0 and second.chunks_unchanged == 2
    hits = comp.retriever.search("mobbning på rasten", k=1)
    assert hits[0].chunk.source == "b.md"
    # A second client (another worker) sees the same committed content.
    other = Components(make_settings(tmp_path / "d2", chroma_url=chroma_server, collection="server-test"))
    assert other.retriever.search("läxhjälp", k=1, mode="lexical")[0].chunk.source == "a.md"
    (docs / "b.md").unlink()
    run(settings, comp.store, comp.embeddings, [docs])
    assert {h.chunk.source for h in other.retriever.search("mobbning", k=5)} == {"a.md"}


def test_unreachable_server_is_a_clear_store_error(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "d", chroma_url="http://127.0.0.1:9")
    with pytest.raises(StoreError, match="Chroma"):
        Components(settings).store.ping()
