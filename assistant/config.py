"""Settings: the one place that reads environment variables and `.env`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Typed configuration; every field can be set as JAMPLAN_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="JAMPLAN_", env_file=".env", extra="ignore")

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    data_dir: Path = PROJECT_ROOT / ".jamplan"
    chroma_url: str | None = Field(
        default=None, description="http://host:port of a Chroma server; unset means a local store"
    )
    collection: str = "jamplan"

    embedder: Literal["e5", "sentence-transformers"] = "e5"
    st_model: str = Field(
        default="intfloat/multilingual-e5-small",
        description="Name or local path of a sentence-transformers model (embedder=sentence-transformers)",
    )
    st_query_prefix: str = ""
    st_passage_prefix: str = ""
    embed_batch_size: int = Field(default=32, ge=1, le=1024)

    chunk_max_tokens: int = Field(default=420, ge=64, le=460)
    chunk_min_tokens: int = Field(default=180, ge=0, le=460)

    top_k: int = Field(default=8, ge=1, le=100)
    rrf_k: int = Field(default=60, ge=1)
    candidates: int = Field(default=40, ge=1, le=500, description="hits taken from each ranker before fusion")
    max_query_chars: int = Field(default=2000, ge=10)

    @field_validator("chroma_url")
    @classmethod
    def _empty_url_is_none(cls, value: str | None) -> str | None:
        return value or None

    @model_validator(mode="after")
    def _min_below_max(self) -> Settings:
        if self.chunk_min_tokens > self.chunk_max_tokens:
            raise ValueError("chunk_min_tokens must not exceed chunk_max_tokens")
        return self

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def embedding_cache_path(self) -> Path:
        return self.data_dir / "embedding-cache.sqlite"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; tests call `get_settings.cache_clear()` to swap them."""
    return Settings()
