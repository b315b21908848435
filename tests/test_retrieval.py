"""Hybrid retrieval on the ingested corpus: folding, filters, fusion, the LangChain adapter, bad queries."""

from __future__ import annotations

import pytest

from assistant.errors import InputError
from assistant.retrieval import JamplanRetriever, reciprocal_rank_fusion


def test_rrf_rewards_agreement() -> None:
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["c", "b"]], k=60))
    assert fused["b"] > fused["a"] and fused["c"] > fused["a"]
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], k=0)


def test_lexical_search_folds_diacritics(any_corpus) -> None:  # type: ignore[no-untyped-def]
    retriever = any_corpus[0].retriever
    hits = retriever.search("trangboddhet", k=3, mode="lexical")
    assert hits and all("trångboddhet" in h.chunk.text.lower() for h in hits[:2])


@pytest.mark.parametrize(
    ("query", "source", "needle"),
    [
        ("Hur många kvalitetsdialoger per läsår har huvudmannen beslutat om?", "skolinspektionen", "två dialoger per läsår"),
        ("Vad kostar satsningarna totalt?", "kommun-utvecklingsomraden", "8 464"),
        ("När tappar skolan eleverna enligt intervjuerna i Karlskoga?", "oru-samverkan", "höstterminen i årskurs 7"),
    ],
)
def test_hybrid_finds_the_passage(any_corpus, query: str, source: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    hits = any_corpus[0].retriever.search(query, k=5)
    assert any(h.chunk.source.startswith(source) and needle in h.chunk.text for h in hits)


def test_filters_by_doc_type_and_source(any_corpus) -> None:  # type: ignore[no-untyped-def]
    retriever = any_corpus[0].retriever
    hits = retriever.search("uppföljning av insatser", k=10, doc_types=["granskning"])
    assert hits and {h.chunk.doc_type for h in hits} == {"granskning"}
    hits = retriever.search("uppföljning", k=10, sources=["kommun-utvecklingsomraden-2020.txt"])
    assert hits and {h.chunk.source for h in hits} == {"kommun-utvecklingsomraden-2020.txt"}
    hits = retriever.search("uppföljning", k=10, doc_types=["strategi"], sources=["kommun-utvecklingsomraden-2020.txt"])
    assert hits == []


def test_hit_carries_citation_fields(any_corpus) -> None:  # type: ignore[no-untyped-def]
    hit = any_corpus[0].retriever.search("läxhjälp", k=1)[0]
    public = hit.to_public()
    assert list(public) == [
        "chunk_id", "score", "source", "title", "doc_type", "heading_path", "start_line", "end_line", "text",
    ]
    assert public["start_line"] <= public["end_line"]


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_is_refused(any_corpus, query: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="tom"):
        any_corpus[0].retriever.search(query)


def test_oversized_query_is_refused(any_corpus) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="för lång"):
        any_corpus[0].retriever.search("skola " * 2000)


def test_hostile_query_text_is_just_text(any_corpus) -> None:  # type: ignore[no-untyped-def]
    hits = any_corpus[0].retriever.search('"; DROP TABLE chunks; -- <script>alert(1)</script> $where', k=3)
    assert isinstance(hits, list)


def test_langchain_retriever_adapter(any_corpus) -> None:  # type: ignore[no-untyped-def]
    lc = JamplanRetriever(retriever=any_corpus[0].retriever, k=3, doc_types=["strategi"])
    docs = lc.invoke("lokalt mål om läxhjälp")
    assert len(docs) == 3
    assert all(d.metadata["doc_type"] == "strategi" and d.metadata["chunk_id"] for d in docs)
