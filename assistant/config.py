"""Settings: the one place that reads environment variables and `.env`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
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
    embed_threads: int = Field(
        default=0, ge=0, le=64,
        description="threads the e5 engine uses per call (OpenMP); 0 = one per core, best for ingest's large "
        "batches. The API server uses 1 when this is 0: its query embeddings run one call at a time on one "
        "thread (QueryBatcher) beside the turns' other work, and a two-thread call on a busy machine waits on "
        "its OpenMP barrier (embedding 2-20x slower, benchmarks/api.py)",
    )
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
    fusion: Literal["convex", "rrf"] = Field(
        default="convex",
        description="convex: weighted sum of each ranker's min-max normalised scores; rrf: reciprocal rank fusion",
    )
    dense_weight: float = Field(default=0.5, ge=0, le=1, description="weight of the dense ranker in convex fusion")
    unit_weight: float = Field(
        default=0.3, ge=0, le=1,
        description="weight, in convex fusion, of a chunk's closest sentence or list item (evidence units)",
    )
    rrf_k: int = Field(default=60, ge=1)
    hub_weight: float = Field(
        default=0.15, ge=0, le=1,
        description="share of a chunk's (and a unit's) hubness -- its mean similarity to its hub_k nearest others -- "
        "taken off its similarity to the query before dense and unit search rank (exact search only): a summary or "
        "contents-like passage close to much of the corpus no longer outranks the passage that answers (0: off)",
    )
    hub_k: int = Field(default=5, ge=1, le=100, description="neighbours a passage's hubness is measured over")
    lexical_known_from: float = Field(
        default=0.5, ge=0, lt=1,
        description="share of a question's own words the lexical index knows below which BM25's weight in convex "
        "fusion shrinks (linearly, to lexical_min_scale at none known); dense and unit search take over the rest",
    )
    lexical_min_scale: float = Field(default=0.3, ge=0, le=1, description="the least share of BM25's weight kept")
    ranker_best_slots: int = Field(
        default=5, ge=0, le=100,
        description="each ranker's own best chunk is kept among this many first hits (0: off)",
    )
    candidates: int = Field(default=40, ge=1, le=500, description="hits taken from each ranker before fusion")
    exact_search_max_chunks: int = Field(
        default=50_000,
        ge=0,
        description="up to this many chunks, dense search is exact over vectors held in memory "
        "(about 1.5 kB a chunk); above it, Chroma's approximate HNSW index answers",
    )
    # Chroma's HNSW index (used above exact_search_max_chunks). Chosen from measured recall/latency curves at
    # 100k clustered synthetic vectors, recall@10 against exact search over the dev questions (k = 40 ids and
    # distances, as a search asks), counted through a `chroma run` server (`python -m benchmarks.search_stages
    # --ef-curve`, the server restarted per value, its CPU a query from /proc; hnsw-curve.json key `chroma_server`).
    # Chosen by helper session perf30 (2026-12-06 20:47-21:33 UTC), both graphs built on one server from the same
    # 100k vectors: (16, 200) gave recall@10 0.968 / 0.970 at ef_search 400 / 425; (32, 200) gave 0.938 / 0.957 /
    # 0.972 / 0.975 / 0.993 at 200 / 250 / 275 / 300 / 350. At equal recall (0.970 against 0.972) (16, 200) at 425
    # cost less server CPU than (32, 200) at 275 in both back-to-back pairs (3.62 against 4.58 ms, 5.08 against
    # 6.04 ms a query; 5.83 against 6.50 in the curves' own pair), and (32, 200) took ~3x as long to insert in an
    # earlier run (1 260 s against 415 s): the denser graph is not the cheaper one (as hnsw-graphs.json found in
    # process for M 24). 425 keeps ~0.01-0.02 of margin over 0.95 for a graph built again (0.955-0.970 at 425 in
    # the runs of perf6-perf30; 400 measured 0.958 on perf6's graph). Graph settings are fixed when Chroma builds
    # a collection: ingest rebuilds one built with others (ChromaStore.apply_hnsw); a Chroma process reads
    # ef_search when it loads the index.
    hnsw_max_neighbors: int = Field(
        default=16, ge=2, le=128, description="HNSW M: links per node; more raise recall, insert time and memory")
    hnsw_ef_construction: int = Field(
        default=200, ge=10, le=2000, description="HNSW candidates explored while inserting (graph quality)")
    hnsw_ef_search: int = Field(
        default=425, ge=10, le=2000,
        description="HNSW candidates explored per query: recall@10 0.96-0.97 at 100k vectors on the (16, 200) graph "
        "(0.67-0.71 at Chroma's 100)")
    store_version_ttl_s: float = Field(
        default=0.0, ge=0,
        description="how long a search trusts the store's version token before asking Chroma again (a round "
        "trip per search otherwise); this process's own ingests are seen at once, other processes' within this. "
        "Off (0) by default: with it on, another worker's ingest and a Chroma outage are noticed only after it",
    )
    hnsw_version_ttl_s: float = Field(
        default=1.0, ge=0,
        description="above exact_search_max_chunks, how long a search trusts the store's version token: there "
        "every search's HNSW query reaches Chroma anyway (an outage is noticed at once), and the version check "
        "was a second round trip per search (~3 ms of CPU at 100k chunks, client and server, "
        "benchmarks/search_stages.py). This process's own ingests are seen at once, another process's within "
        "this interval (at once when the HNSW query returns a chunk the search snapshot lacks), like a search "
        "engine's refresh interval; 0 checks on every search",
    )
    max_query_chars: int = Field(
        default=2000, ge=10, description="longest search query; a longer message is cut to this length for its "
        "searches (a draft's added cue words kept, assistant.index.retrieval.cut_query), a longer query typed "
        "into search is refused")

    # The refusal gate: below these the assistant says the material does not cover the question.
    min_dense_support: float = Field(default=0.80, ge=0, le=1, description="cosine similarity of the best chunk")
    min_term_support: float = Field(default=0.30, ge=0, le=1, description="share of the question's weighted terms")
    strong_dense_support: float = Field(default=0.86, ge=0, le=1, description="enough on its own")
    min_unit_score: float = Field(
        default=0.45, ge=0, le=3, description="score the best evidence unit needs for the question to be answered"
    )
    min_unit_similarity: float = Field(
        default=0.845, ge=0, le=1,
        description="embedding similarity the closest evidence unit needs (on e5's scale; set per embedding model)",
    )
    subject_document_margin: float = Field(
        default=0.04, ge=0, le=1,
        description="above min_unit_similarity by this much, a name anywhere in the passage's document counts",
    )
    pick_word_similarity: float = Field(
        default=0.858, ge=0, le=1,
        description="a picking follow-up's word ('familjen') finds an item by a word of it spelled otherwise "
        "('föräldrar') at this embedding similarity, read both ways (on e5's scale; set per embedding model)",
    )
    min_dense_support_english: float = Field(default=0.78, ge=0, le=1)
    max_unknown_share: float = Field(
        default=0.25, ge=0, le=1, description="share of the question's weight in words the corpus never uses"
    )
    min_support_margin: float = Field(
        default=-0.05, ge=-1, le=1, description="covered share minus unknown share of the question's weight"
    )

    instruction_margin: float = Field(
        default=0.015, ge=-1, le=1,
        description="a sentence with an instruction cue is flagged as addressed to the assistant when its "
        "embedding is this much closer to the instruction exemplars than to reader guidance (assistant.lexicon); "
        "on e5's scale, set per embedding model",
    )

    # Generation.
    generator: Literal["extractive", "openai"] = Field(
        default="extractive", description="extractive (no LLM, default) or an OpenAI-compatible server"
    )
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    max_message_chars: int = Field(default=8000, ge=10, description="longest accepted user message")
    max_paste_chars: int = Field(
        default=300_000, ge=10, le=900_000,
        description="longest document a drafting request accepts (about 40 000 words); longer than "
        "max_message_chars it is shortened to the sentences with the user's facts, and the draft says so")
    redact_pii: bool = Field(default=True, description="remove personnummer, e-mail and phone before an external LLM")
    llm_base_url: str | None = Field(
        default=None, description="e.g. http://localhost:8000/v1 (vLLM), :11434/v1 (Ollama)"
    )
    llm_model: str = "gpt-4o-mini"
    llm_api_key: SecretStr = SecretStr("not-needed")
    llm_timeout_s: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0, le=10)
    llm_temperature: float = Field(default=0.2, ge=0, le=2)
    llm_context_tokens: int = Field(default=8192, ge=1024, description="the model's context window")
    llm_answer_tokens: int = Field(default=1024, ge=64, description="reserved for the answer")
    llm_history_tokens: int = Field(default=1500, ge=0, description="most tokens of earlier turns sent along")
    llm_tokenizer: Literal["o200k_base", "cl100k_base"] = "o200k_base"
    llm_max_concurrency: int = Field(default=8, ge=1, le=1024, description="requests in flight to the LLM server")
    llm_breaker_failures: int = Field(default=3, ge=1, description="consecutive failures that open the circuit")
    llm_breaker_cooldown_s: float = Field(default=30.0, ge=0, description="how long an open circuit fails fast")
    llm_fallback_extractive: bool = Field(
        default=True, description="answer extractively when the LLM server fails before streaming anything"
    )

    # The API service.
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL, e.g. postgresql://user@host/db; unset = SQLite in data_dir"
    )
    compute_threads: int = Field(
        default=0, ge=0, le=64,
        description="threads that run chat turns' CPU-bound work (search, answer composition); 0 = two per CPU "
        "core: a turn waits part of its time for its query vector from the batching thread (QueryBatcher), and "
        "more turns waiting at once make larger, cheaper batches (benchmarks/api.py)",
    )
    blas_threads: int = Field(
        default=1, ge=0, le=64,
        description="threads numpy's BLAS may use in the API server (0 = its own default, one per core): the "
        "compute pool already runs one turn per core, and a BLAS call that spreads over both cores of a "
        "busy 2-core machine waits on the other turn's thread",
    )
    warm_up_at_start: bool = Field(
        default=True,
        description="load the search snapshot and the answer engine's term weights on a background thread when "
        "the API or `jamplan chat` starts, so the first answer is not the one that builds them (~17 s at 300k "
        "chunks); /healthz and the first questions are served meanwhile",
    )
    server_timing: bool = Field(
        default=False,
        description="send a Server-Timing header with each chat answer's time per stage (embedding, dense "
        "and lexical search, fusion, answer composition, persistence, serialisation); benchmarks turn it on",
    )
    auth_enabled: bool = Field(default=True, description="require API keys (jamplan keys create)")
    auth_cache_s: float = Field(default=10.0, ge=0, description="how long a checked key is trusted before re-checking")
    cors_origins: list[str] = Field(default_factory=list, description="origins allowed to call the API from a browser")
    widget_origins: list[str] = Field(
        default_factory=list,
        description="origins (https://www.kommun.se) whose pages may start widget visitor sessions with a "
        "publishable widget key; they are also allowed by CORS",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host header names the server answers to (e.g. jamplan.example.se); unset: any with auth on, "
        "only localhost/127.0.0.1/[::1] in a demo without auth (stops DNS rebinding)",
    )
    rate_limit_per_minute: int = Field(default=120, ge=1, description="requests per API key per minute")
    rate_limit_burst: int = Field(default=30, ge=1)
    max_body_bytes: int = Field(default=1_000_000, ge=1024, description="largest accepted request body")
    max_upload_bytes: int = Field(default=50_000_000, ge=1024, description="largest document accepted by /v1/ingest")
    max_unpacked_bytes: int = Field(
        default=100_000_000, ge=1024, description="most bytes a DOCX (a ZIP) may unpack to, checked while reading"
    )
    max_unpacked_xml_bytes: int = Field(
        default=25_000_000, ge=1024, description="most bytes of XML a DOCX may unpack to (the parser holds it)"
    )
    max_zip_parts: int = Field(default=2000, ge=1, description="most parts (files) inside a DOCX")
    max_pdf_pages: int = Field(default=3000, ge=1, description="most pages of a PDF")
    max_pdf_objects: int = Field(default=500_000, ge=1, description="most objects in a PDF's cross-reference table")
    parse_memory_bytes: int = Field(
        default=1_500_000_000, ge=0,
        description="memory (address space beyond its start-up) the child process parsing one upload may use; "
        "0 parses uploads in-process",
    )
    parse_cpu_seconds: int = Field(default=120, ge=1, description="CPU seconds the child parsing one upload may use")
    max_document_chars: int = Field(default=20_000_000, ge=1000, description="most characters of text in one file")
    ingest_lease_s: float = Field(
        default=60.0, ge=1.0,
        description="how long the one-ingest-at-a-time lease (shared database) lasts without renewal: a running "
        "ingest renews it every quarter of this, so one killed outright (SIGKILL) blocks others at most this long",
    )
    history_turns: int = Field(default=10, ge=0, le=100, description="earlier messages sent with a chat turn")
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65535)

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @field_validator("chroma_url", "llm_base_url", "database_url")
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
