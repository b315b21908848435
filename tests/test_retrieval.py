"""Hybrid retrieval on the ingested corpus: folding, filters, fusion, the LangChain adapter, bad queries."""

from __future__ import annotations

import pytest

from assistant.errors import InputError
from assistant.index.retrieval import (
    HybridRetriever,
    JamplanRetriever,
    convex_fusion,
    hubness,
    keep_ranker_bests,
    reciprocal_rank_fusion,
    shift_lexical_weight,
)


def test_rrf_rewards_agreement() -> None:
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["c", "b"]], k=60))
    assert fused["b"] > fused["a"] and fused["c"] > fused["a"]
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], k=0)


@pytest.mark.needs_corpus_index
def test_lexical_search_folds_diacritics(any_corpus) -> None:  # type: ignore[no-untyped-def]
    retriever = any_corpus[0].retriever
    hits = retriever.search("trangboddhet", k=3, mode="lexical")
    assert hits and all("trångboddhet" in h.chunk.text.lower() for h in hits[:2])


@pytest.mark.parametrize(
    ("query", "source", "needle"),
    [
        ("Hur många kvalitetsdialoger per läsår har huvudmannen beslutat om?", "skolinspektionen",
         "två dialoger per läsår"),
        ("Vad kostar satsningarna totalt?", "kommun-utvecklingsomraden", "8 464"),
        ("När tappar skolan eleverna enligt intervjuerna i Karlskoga?", "oru-samverkan", "höstterminen i årskurs 7"),
    ],
)
@pytest.mark.needs_corpus_index
def test_hybrid_finds_the_passage(any_corpus, query: str, source: str, needle: str) -> None:  # type: ignore[no-untyped-def]
    hits = any_corpus[0].retriever.search(query, k=5)
    assert any(h.chunk.source.startswith(source) and needle in h.chunk.text for h in hits)


@pytest.mark.needs_corpus_index
def test_filters_by_doc_type_and_source(any_corpus) -> None:  # type: ignore[no-untyped-def]
    retriever = any_corpus[0].retriever
    hits = retriever.search("uppföljning av insatser", k=10, doc_types=["granskning"])
    assert hits and {h.chunk.doc_type for h in hits} == {"granskning"}
    hits = retriever.search("uppföljning", k=10, sources=["kommun-utvecklingsomraden-2020.txt"])
    assert hits and {h.chunk.source for h in hits} == {"kommun-utvecklingsomraden-2020.txt"}
    hits = retriever.search("uppföljning", k=10, doc_types=["strategi"], sources=["kommun-utvecklingsomraden-2020.txt"])
    assert hits == []


@pytest.mark.needs_corpus_index
def test_hit_carries_citation_fields(any_corpus) -> None:  # type: ignore[no-untyped-def]
    hit = any_corpus[0].retriever.search("läxhjälp", k=1)[0]
    public = hit.to_public()
    assert list(public) == [
        "chunk_id", "score", "source", "title", "doc_type", "heading_path", "start_line", "end_line", "text",
    ]
    assert public["start_line"] <= public["end_line"]


@pytest.mark.needs_corpus_index
@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_is_refused(any_corpus, query: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="tom"):
        any_corpus[0].retriever.search(query)


@pytest.mark.needs_corpus_index
def test_oversized_query_is_refused(any_corpus) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="för lång"):
        any_corpus[0].retriever.search("skola " * 2000)


@pytest.mark.needs_corpus_index
def test_hostile_query_text_is_just_text(any_corpus) -> None:  # type: ignore[no-untyped-def]
    hits = any_corpus[0].retriever.search('"; DROP TABLE chunks; -- <script>alert(1)</script> $where', k=3)
    assert isinstance(hits, list)


@pytest.mark.needs_corpus_index
def test_langchain_retriever_adapter(any_corpus) -> None:  # type: ignore[no-untyped-def]
    lc = JamplanRetriever(retriever=any_corpus[0].retriever, k=3, doc_types=["strategi"])
    docs = lc.invoke("lokalt mål om läxhjälp")
    assert len(docs) == 3
    assert all(d.metadata["doc_type"] == "strategi" and d.metadata["chunk_id"] for d in docs)


def test_convex_fusion_keeps_a_clear_winner_that_rrf_outvotes() -> None:
    # Dense finds "a" far better than anything else; BM25 puts it fourth but close to the top.
    dense = [("a", 0.95), ("b", 0.80), ("c", 0.79), ("d", 0.70)]
    lexical = [("c", 6.0), ("b", 5.9), ("d", 5.8), ("a", 5.0), ("e", 1.0)]
    assert reciprocal_rank_fusion([[i for i, _ in dense], [i for i, _ in lexical]], k=60)[0][0] != "a"
    assert convex_fusion([dense, lexical], [0.5, 0.5])[0][0] == "a"
    with pytest.raises(ValueError):
        convex_fusion([dense], [0.5, 0.5])


@pytest.mark.needs_corpus_index
def test_dense_search_reaches_every_chunk(any_corpus) -> None:  # type: ignore[no-untyped-def]
    """Exact dense search ranks every visible chunk (Chroma's HNSW graph once left one unreachable)."""
    components = any_corpus[0]
    retriever = components.retriever
    visible = set(retriever.snapshot().chunks)
    hits = retriever.search("skolnärvaro och samverkan", k=len(visible), mode="dense")
    assert {h.chunk.chunk_id for h in hits} == visible
    scores = [h.dense_score for h in hits]
    assert scores == sorted(scores, reverse=True)
    # The same question through Chroma's approximate index agrees on the nearest passages.
    approximate = HybridRetriever(
        components.store, components.embeddings, components.settings.model_copy(update={"exact_search_max_chunks": 0})
    )
    assert approximate.snapshot().vectors is None
    top = [h.chunk.chunk_id for h in approximate.search("skolnärvaro och samverkan", k=3, mode="dense")]
    assert top == [h.chunk.chunk_id for h in hits[:3]]


@pytest.mark.needs_corpus_index
def test_an_hnsw_search_fuses_chunks_units_and_bm25_under_a_filter(any_corpus) -> None:  # type: ignore[no-untyped-def]
    """Through Chroma's HNSW index (a large store) a hybrid search fuses the chunks' and the units' HNSW answers and
    BM25, each under the same filter: the hits are those of the three rankings computed one by one."""
    components = any_corpus[0]
    settings = components.settings.model_copy(update={"exact_search_max_chunks": 0})
    retriever = HybridRetriever(components.store, components.embeddings, settings)
    query = "Hur ska skolnärvaron följas upp?"
    hits = retriever.search(query, k=8, doc_types=["strategi"])
    snap = retriever.current()
    assert snap.approximate and snap.has_units
    vector = components.embeddings.embed_query(query)
    n = settings.candidates
    dense = dict(components.store.query_ids(vector, n, {"doc_type": {"$in": ["strategi"]}}))
    lexical = snap.index.search(query, n, snap.mask(["strategi"], None))
    units = retriever._best_units(query, vector, n, snap, ["strategi"], None)()  # noqa: SLF001 - the third ranking
    assert dense and lexical and units
    weight, unit = settings.dense_weight, settings.unit_weight
    weights = shift_lexical_weight([weight * (1 - unit), (1 - weight) * (1 - unit), unit],
                                   retriever.lexical_scale(snap, query))
    fused = convex_fusion([list(dense.items()), lexical, list(units.items())], weights)
    bests = [next(iter(dense)), lexical[0][0], next(iter(units))]
    expected = keep_ranker_bests(fused, bests, settings.ranker_best_slots)[:8]
    assert [(h.chunk.chunk_id, h.score) for h in hits] == expected
    lexical_rank = {cid: i + 1 for i, (cid, _) in enumerate(lexical)}
    assert [h.lexical_rank for h in hits] == [lexical_rank.get(h.chunk.chunk_id) for h in hits]
    assert all(h.chunk.doc_type == "strategi" for h in hits)


@pytest.mark.needs_corpus_index
def test_an_hnsw_snapshot_splits_no_units_it_does_not_hold(any_corpus, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Where Chroma's HNSW index answers, the units are searched there too: a snapshot holds no unit vectors and so
    splits no chunk into units (it split all of them, ~60 % of a 100k-chunk load, for nothing). The exact path still
    holds every unit's vector."""
    import assistant.index.retrieval as retrieval

    split: list[str] = []

    def counting(chunk):  # type: ignore[no-untyped-def]
        split.append(chunk.chunk_id)
        return retrieval_units_of(chunk)

    retrieval_units_of = retrieval.units_of
    monkeypatch.setattr(retrieval, "units_of", counting)
    components = any_corpus[0]
    for limit, approximate in ((0, True), (10**9, False)):
        split.clear()
        settings = components.settings.model_copy(update={"exact_search_max_chunks": limit})
        retriever = HybridRetriever(components.store, components.embeddings, settings)
        snap = retriever.snapshot()
        assert snap.approximate is approximate and snap.has_units
        if approximate:
            assert split == [] and snap.unit_vectors is None and snap.unit_ids == []
            assert retriever.search("Hur ska skolnärvaron följas upp?", k=5)
        else:
            assert len(split) == len(snap.chunks) and snap.unit_vectors is not None and len(snap.unit_ids) > 0


@pytest.mark.needs_corpus_index
def test_words_typed_with_diacritics_match_only_that_spelling(any_corpus) -> None:  # type: ignore[no-untyped-def]
    index = any_corpus[0].retriever.snapshot().index
    assert "nämn" in index.query_terms("Vilka utmaningar nämns?")
    assert "namn" not in index.query_terms("Vilka utmaningar nämns?")
    assert set(index.query_terms("namn")) >= {"namn"}
    # Words that name the material are dropped unless nothing else is asked for.
    asked = index.query_terms("Vad säger metodstödet om trångboddhet?")
    assert asked == index.query_terms("Vad säger om trångboddhet?")
    assert index.query_terms("metodstödet")


@pytest.mark.parametrize(
    "question",
    [
        "Hoppade någon verksamhet av processtödet i förtid?",
        "Vem hjälper eleverna när de har svårt att hitta en lugn plats att läsa läxor?",
        "Hur många föreläsningar hölls inom projektet och hur många kom?",
        "Hur valdes eleverna ut till intervjuerna?",
        "How do you reach schools when offering support?",
    ],
)
@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_each_rankers_best_passage_is_among_the_first_five_hits(corpus_components, question: str) -> None:  # type: ignore[no-untyped-def]
    """A passage the dense or the lexical ranker finds best of all is not outvoted by passages both find middling:
    questions in everyday words or in English, where the rankers disagree, keep both candidates in the top five."""
    from assistant.service import Assistant, parse_request

    bot = Assistant(corpus_components[0])
    turn = bot.prepare(parse_request({"message": question}))
    first = [h.chunk.chunk_id for h in turn.hits[:5]]
    retriever = corpus_components[0].retriever
    for mode in ("dense", "lexical"):
        best = retriever.search(turn.question.search_text, k=1, mode=mode)
        assert best and best[0].chunk.chunk_id in first, (mode, best[0].chunk.heading_path if best else None)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_bm25_counts_less_the_fewer_of_the_question_s_own_words_the_documents_use(corpus_components) -> None:  # type: ignore[no-untyped-def]
    retriever = corpus_components[0].retriever
    snap = retriever.snapshot()
    assert retriever.lexical_scale(snap, "Hur minskar vi frånvaron bland pojkar?") == 1.0
    assert retriever.lexical_scale(snap, "hur minskar vi franvaron bland pojkar") == 1.0  # typed without å/ä/ö
    english = retriever.lexical_scale(snap, "How do you reach schools when offering support?")
    assert retriever.settings.lexical_min_scale <= english < 0.6


def test_question_words_rank_no_passage_up() -> None:
    """'Hur många … ska …': a passage full of 'ska' and 'många' is not ranked above the one about the question's topic."""
    from assistant.index.lexical import BM25Index

    texts = ["Många ska delta, många ska bidra och alla ska vara med.", "Läxhjälp ges på biblioteket.",
             "Biblioteket har öppet på lördagar.", "Kommunen har en plan för idrotten."]
    index = BM25Index(["modal", "topic", "other", "plan"], texts)
    assert index.search("Hur många ska få läxhjälp?", 2)[0][0] == "topic"
    assert index.query_terms("Hur många ska få läxhjälp?") == ["läxhjälp"]


def test_hubness_marks_the_passage_close_to_the_crowd() -> None:
    """A vector between many others (a summary) has the highest hubness, one off on its own the lowest; units of the
    same chunk are not each other's neighbours; past `sample` rows the estimate stays close to the exact one."""
    import numpy as np

    rng = np.random.default_rng(7)
    centre = rng.normal(size=16)
    crowd = centre + 0.6 * rng.normal(size=(20, 16))
    loner = rng.normal(size=16)
    vectors = np.vstack([centre, crowd, loner]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    hub = hubness(vectors, 3)
    assert int(np.argmax(hub)) == 0 and int(np.argmin(hub)) == len(vectors) - 1
    twins = np.vstack([vectors[:1], vectors[:1], vectors[-1:]])
    assert hubness(twins, 1)[0] > 0.99  # its twin is its neighbour
    assert hubness(twins, 1, owners=np.array([0, 0, 1]))[0] < 0.99  # not when both belong to one chunk
    many = np.vstack([centre + 0.5 * rng.normal(size=(300, 16)), rng.normal(size=(300, 16))]).astype(np.float32)
    many /= np.linalg.norm(many, axis=1, keepdims=True)
    exact, sampled = hubness(many, 5), hubness(many, 5, sample=300)
    assert np.corrcoef(exact, sampled)[0, 1] > 0.9
    units = np.repeat(np.arange(300), 2)  # two units to a chunk, a quarter of them as reference
    assert np.corrcoef(hubness(many, 5, units), hubness(many, 5, units, sample=150))[0, 1] > 0.9
    # The reference rows follow the rows' ids, not their order: a document added in front leaves the others' as
    # they were (an evenly spread pick over row order shifted every row's value, and so the ranking of questions
    # that have nothing to do with the new document).
    ids = [f"doc{i // 10}.md#{i}" for i in range(len(many))]
    new = rng.normal(size=(1, 16)).astype(np.float32)
    new /= np.linalg.norm(new)
    before = hubness(many, 5, sample=300, ids=ids)
    after = hubness(np.vstack([new, many]), 5, sample=300, ids=["new.md#0", *ids])[1:]
    assert np.mean(np.isclose(before, after)) > 0.9  # 0.25 with the evenly spread pick


@pytest.mark.needs_corpus_index
def test_hybrid_search_ranks_with_hubness_but_reports_the_cosine(corpus_components) -> None:  # type: ignore[no-untyped-def]
    """Hybrid search takes part of each chunk's hubness off its similarity before ranking; the hits still carry the
    plain cosine (the support check reads it), and hub_weight 0 ranks as before."""
    components = corpus_components[0]
    retriever = components.retriever
    snap = retriever.snapshot()
    assert snap.vectors is not None and snap.chunk_hub.shape == (len(snap.order),) and snap.chunk_hub.min() > 0
    assert snap.unit_hub.shape == (len(snap.unit_ids),) and snap.unit_hub.min() > 0
    query = "Vilka poster finns med i kommunens kostnadsberäkning för insatserna?"
    cosine = {h.chunk.chunk_id: h.dense_score for h in retriever.search(query, k=len(snap.order), mode="dense")}
    hits = retriever.search(query, k=10)
    assert all(abs(h.dense_score - cosine[h.chunk.chunk_id]) < 1e-5 for h in hits if h.dense_score is not None)
    plain = HybridRetriever(components.store, components.embeddings,
                            components.settings.model_copy(update={"hub_weight": 0.0}))
    assert not plain.snapshot().chunk_hub.any()
    assert [h.chunk.chunk_id for h in plain.search(query, k=10)] != [h.chunk.chunk_id for h in hits]


@pytest.mark.needs_corpus_index
def test_a_second_query_scores_only_the_wanted_units(corpus_components) -> None:  # type: ignore[no-untyped-def]
    """The respelt topic check (evidence.select) scores a second query against the units it wants, and leaves the
    snapshot's remembered similarities of the last query as they were (review of int24)."""
    retriever = corpus_components[0].retriever
    snap, sims = retriever.query_unit_similarities("skolnärvaro och samverkan")
    assert sims is not None
    wanted = snap.unit_ids[:5]
    again = retriever.unit_similarities_of("skolnarvaro och samverkan", [*wanted, "no-such-unit"])
    assert set(again) == set(wanted)
    full = snap.unit_similarities(retriever.embeddings.embed_query("skolnarvaro och samverkan"))
    assert full is not None
    assert all(abs(again[u] - float(full[snap.unit_row[u]])) < 1e-5 for u in wanted)
    assert retriever.query_unit_similarities("skolnärvaro och samverkan")[1] is sims  # the cache stayed
