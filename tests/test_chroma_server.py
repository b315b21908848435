"""The same ingest and search path against a real `chroma run` server over loopback (HttpClient)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.errors import StoreError
from assistant.index.components import Components
from assistant.index.retrieval import snapshot_hubness
from assistant.index.store import HUB_PART
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
    assert first.chunks_added == 2 and first.hubness == "computed"
    second = run(settings, comp.store, comp.embeddings, [docs])
    assert second.embedded == 0 and second.chunks_unchanged == 2
    hits = comp.retriever.search("mobbning på rasten", k=1)
    assert hits[0].chunk.source == "b.md"
    # A second client (another worker) sees the same committed content.
    other = Components(make_settings(tmp_path / "d2", chroma_url=chroma_server, collection="server-test"))
    assert other.retriever.search("läxhjälp", k=1, mode="lexical")[0].chunk.source == "a.md"
    # ... and reads the hubness values the ingest stored on the server, equal to computing them.
    snap = other.retriever.current()
    assert snap.hub_source == "stored"
    assert np.array_equal(snap.chunk_hub, snapshot_hubness(snap.vectors, snap.order, snap.unit_vectors,
                                                           snap.unit_owner, snap.unit_ids, snap.hub_k)[0])
    # Values of more than one record each (a large store's) go to the server and come back whole.
    many = np.random.default_rng(1).random(HUB_PART * 2 + 3, dtype=np.float32)
    comp.store.write_hubness("many", {"chunks": many, "units": many[:7]}, "v")
    got = other.store.read_hubness("many")
    assert got is not None and np.array_equal(got["chunks"], many) and np.array_equal(got["units"], many[:7])
    (docs / "b.md").unlink()
    assert run(settings, comp.store, comp.embeddings, [docs]).hubness == "computed"
    assert {h.chunk.source for h in other.retriever.search("mobbning", k=5)} == {"a.md"}
    assert other.retriever.current().hub_source == "stored"


def test_unreachable_server_is_a_clear_store_error(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "d", chroma_url="http://127.0.0.1:9")
    with pytest.raises(StoreError, match="Chroma"):
        Components(settings).store.ping()


def _two_documents_on_hnsw(chroma_server: str, tmp_path: Path, collection: str, version_ttl_s: float) -> Components:
    """Two one-paragraph documents (a.md about läxhjälp, b.md about mobbning) ingested into `collection` on the
    server, searched through Chroma's HNSW index (no exact search in memory)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Läxhjälp\n\nPojkar erbjuds läxhjälp på biblioteket.\n", "utf-8")
    (docs / "b.md").write_text("# Trygghet\n\nRastvakter förebygger mobbning på skolgården.\n", "utf-8")
    settings = make_settings(tmp_path / "d", chroma_url=chroma_server, collection=collection,
                             exact_search_max_chunks=0, hnsw_version_ttl_s=version_ttl_s)
    comp = Components(settings)
    run(settings, comp.store, comp.embeddings, [docs])
    return comp


@pytest.mark.needs_chroma_server
def test_search_hot_path_skips_the_chroma_client_and_matches_it(
    chroma_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the HNSW path a search's query and version read go over the lean HTTP client (assistant.index.chroma_http),
    with the same answers as chromadb's client; a connection the server closed is reopened once."""
    import socket

    from chromadb.api.models.Collection import Collection

    comp = _two_documents_on_hnsw(chroma_server, tmp_path, "lean-http", version_ttl_s=0.0)
    vector = comp.embeddings.embed_query("mobbning på rasten")
    chunks = comp.store._chunks  # noqa: SLF001 - the library's own answer, to compare with
    expected = chunks.query(query_embeddings=[vector], n_results=2, include=["distances"])
    lean = comp.store.query_ids(vector, 2)
    assert [cid for cid, _ in lean] == expected["ids"][0]
    assert [round(s, 5) for _, s in lean] == [round(1.0 - d, 5) for d in expected["distances"][0]]
    filtered = comp.store.query_ids(vector, 2, {"source": {"$in": ["a.md"]}})
    assert len(filtered) == 1 and filtered[0][0] in {c.chunk_id for c in comp.store.iter_chunks() if c.source == "a.md"}

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the search went through chromadb's client")

    comp.retriever.search("läxhjälp", k=1)  # loads the search snapshot (not a per-search call)
    monkeypatch.setattr(Collection, "query", refuse)
    monkeypatch.setattr(Collection, "get", refuse)
    assert comp.retriever.search("mobbning på rasten", k=1)[0].chunk.source == "b.md"
    # The server closed the kept-alive connection (a restart, an idle timeout): the next call opens a new one.
    http = comp.store._http  # noqa: SLF001
    assert http is not None
    http._connection().sock.shutdown(socket.SHUT_RDWR)  # noqa: SLF001
    assert comp.retriever.search("läxhjälp på biblioteket", k=1)[0].chunk.source == "a.md"
    # An error answer is a StoreError with the server's words, not a hang or a wrong result.
    comp.store._chunks = type("Gone", (), {"id": "00000000-0000-0000-0000-000000000000"})()  # noqa: SLF001
    with pytest.raises(StoreError, match="does not exist"):
        comp.store.query_ids(vector, 2)


@pytest.mark.needs_chroma_server
def test_hnsw_search_runs_bm25_while_the_server_answers(
    chroma_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the HNSW path the chunks' and the evidence units' queries are both sent, each on a connection of its own,
    BM25 runs while the server answers them, then both answers are read (one thread, no helper); an answer left
    unread (the caller failed in between) does not break the next call."""
    from assistant.index.lexical import BM25Index

    comp = _two_documents_on_hnsw(chroma_server, tmp_path, "bm25-in-flight", version_ttl_s=60.0)
    comp.retriever.search("läxhjälp", k=1)  # loads the search snapshot and reads the version token
    http = comp.store._http  # noqa: SLF001
    assert http is not None
    events: list[str] = []
    start, lexical = http._start, BM25Index.search  # noqa: SLF001

    def logged_start(*args: object, **kwargs: object) -> object:
        finish = start(*args, **kwargs)  # type: ignore[arg-type]
        events.append(f"sent {args[1]}")

        def read() -> object:
            events.append(f"read {args[1]}")
            return finish()

        return read

    def logged_search(self: BM25Index, *args: object, **kwargs: object) -> object:
        events.append("bm25")
        return lexical(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(http, "_start", logged_start)
    monkeypatch.setattr(BM25Index, "search", logged_search)
    hits = comp.retriever.search("mobbning på rasten", k=2)
    # The chunks' query and the evidence units' query go out together: one round trip a search, not two in a row.
    assert events == ["sent query", "sent query", "bm25", "read query", "read query"]
    assert set(http._connections()) == {"main", "units"}  # noqa: SLF001 - each answer read from its own connection
    assert hits[0].chunk.source == "b.md" and hits[0].dense_rank == 1 and hits[0].lexical_rank == 1
    # A query sent and never read leaves the connection busy: the next call opens a fresh one.
    vector = comp.embeddings.embed_query("läxhjälp")
    expected = comp.store.query_ids(vector, 2)
    comp.store.query_ids_start(vector, 2)
    assert comp.store.query_ids(vector, 2) == expected
