"""The textbook LangChain recipe we compare against: RecursiveCharacterTextSplitter(1000, 200) + Chroma."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings


@dataclass
class BaselineHit:
    source: str
    start_line: int
    end_line: int
    text: str


def split_corpus(files: list[Path], chunk_size: int = 1000, chunk_overlap: int = 200) -> list[Document]:
    """Split raw file text the textbook way, recording each chunk's line span for judging."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size, chunk_overlap=chunk_overlap, add_start_index=True
    )
    docs: list[Document] = []
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        for doc in splitter.create_documents([text], metadatas=[{"source": file.name}]):
            start = int(doc.metadata["start_index"])
            first = text.count("\n", 0, start) + 1
            doc.metadata["start_line"] = first
            doc.metadata["end_line"] = first + doc.page_content.count("\n")
            docs.append(doc)
    return docs


class LangChainRecipe:
    """The baseline's store: `langchain_chroma.Chroma` over the same embedding model."""

    def __init__(self, embeddings: Embeddings, persist_dir: Path | None, collection: str = "baseline-recipe",
                 client: Any = None) -> None:
        from langchain_chroma import Chroma

        kwargs: dict[str, Any] = {"collection_name": collection, "embedding_function": embeddings}
        if client is not None:
            kwargs["client"] = client  # a chromadb.HttpClient: the recipe against a Chroma server
        elif persist_dir is not None:
            kwargs["persist_directory"] = str(persist_dir)
        self.vectorstore = Chroma(**kwargs)

    def index(self, docs: list[Document], batch: int = 256) -> None:
        """Add documents unless this exact set is already indexed (ids are content hashes)."""
        ids = [hashlib.sha1(f"{d.metadata['source']}:{d.metadata['start_index']}:{d.page_content}".encode()).hexdigest()
               for d in docs]
        existing = set(self.vectorstore.get(include=[])["ids"])
        if existing == set(ids):
            return
        if existing:
            self.vectorstore.delete(ids=list(existing))
        for start in range(0, len(docs), batch):
            self.vectorstore.add_documents(docs[start : start + batch], ids=ids[start : start + batch])

    def search(self, query: str, k: int) -> list[BaselineHit]:
        return [
            BaselineHit(d.metadata["source"], int(d.metadata["start_line"]), int(d.metadata["end_line"]),
                        d.page_content)
            for d in self.vectorstore.similarity_search(query, k=k)
        ]
