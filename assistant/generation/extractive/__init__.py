"""The extractive backend (no language model): answers and drafts quoted from the corpus, split by job."""

from assistant.generation.extractive.backend import ExtractiveBackend

__all__ = ["ExtractiveBackend"]
