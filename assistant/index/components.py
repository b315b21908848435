"""Builds the configured store, embeddings and retriever once per process."""

from __future__ import annotations

from dataclasses import dataclass, field

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.index.embedding import make_embeddings
from assistant.index.retrieval import HybridRetriever
from assistant.index.store import ChromaStore


@dataclass
class Components:
    """Lazily built collaborators; each is created on first use so cheap commands stay cheap."""

    settings: Settings
    _store: ChromaStore | None = field(default=None, init=False)
    _embeddings: Embeddings | None = field(default=None, init=False)
    _retriever: HybridRetriever | None = field(default=None, init=False)

    @property
    def store(self) -> ChromaStore:
        if self._store is None:
            self._store = ChromaStore.from_settings(self.settings)
        return self._store

    @property
    def embeddings(self) -> Embeddings:
        if self._embeddings is None:
            self._embeddings = make_embeddings(self.settings)
        return self._embeddings

    @property
    def retriever(self) -> HybridRetriever:
        if self._retriever is None:
            self._retriever = HybridRetriever(self.store, self.embeddings, self.settings)
        return self._retriever
