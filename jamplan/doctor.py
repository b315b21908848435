"""`jamplan doctor`: checks configuration and connectivity and says what is wrong in plain words."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from assistant.config import Settings

Status = Literal["ok", "varning", "fel"]


@dataclass
class Check:
    name: str
    status: Status
    detail: str


def _run(name: str, fn: Callable[[], tuple[Status, str]]) -> Check:
    try:
        status, detail = fn()
    except Exception as exc:  # a check that crashes is itself the finding
        status, detail = "fel", f"{type(exc).__name__}: {exc}"
    return Check(name, status, detail)


def run_checks(settings: Settings) -> list[Check]:
    checks: list[Check] = []

    def data_dir() -> tuple[Status, str]:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=settings.data_dir):
            pass
        return "ok", f"{settings.data_dir} är skrivbar"

    checks.append(_run("datakatalog", data_dir))

    def corpus() -> tuple[Status, str]:
        if not settings.corpus_dir.is_dir():
            return "varning", f"korpusmappen {settings.corpus_dir} finns inte (JAMPLAN_CORPUS_DIR)"
        files = [p for p in settings.corpus_dir.iterdir() if p.is_file() and not p.name.startswith(".")]
        return "ok", f"{settings.corpus_dir}: {len(files)} filer"

    checks.append(_run("korpus", corpus))

    from assistant.index.store import ChromaStore

    store_holder: list[ChromaStore] = []

    def store() -> tuple[Status, str]:
        from assistant.errors import StoreError

        try:
            s = ChromaStore.from_settings(settings)
            s.ping()
        except StoreError as exc:
            if settings.chroma_url:
                return "fel", f"kan inte nå Chroma-servern på {settings.chroma_url} – körs 'chroma run'? ({exc})"
            return "fel", f"kan inte öppna den lokala Chroma-databasen i {settings.chroma_path} ({exc})"
        store_holder.append(s)
        where = (f"Chroma-server {settings.chroma_url}" if settings.chroma_url
                 else f"lokal Chroma i {settings.chroma_path}")
        n = s.count()
        if n == 0:
            return "varning", f"{where} nås men sökindexet är tomt – kör: jamplan ingest"
        return "ok", f"{where}: {n} poster"

    checks.append(_run("sökindex", store))

    def embeddings() -> tuple[Status, str]:
        from assistant.index.embedding import make_embeddings

        vector = make_embeddings(settings).embed_query("test av inbäddning")
        detail = f"{settings.embedder}: {len(vector)} dimensioner"
        if store_holder and store_holder[0].count() > 1:
            store_holder[0].query(vector, 1)  # a dimension mismatch with the stored vectors fails here
            detail += ", stämmer med sökindexet"
        return "ok", detail

    checks.append(_run("inbäddningsmodell", embeddings))

    def database() -> tuple[Status, str]:
        from sqlalchemy import func, select

        from api.persistence import ApiKey, Database

        db = Database.from_settings(settings)
        db.ping()
        with db.session() as s:
            keys = s.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked.is_(False))) or 0
        name = db.engine.dialect.name
        if settings.auth_enabled and keys == 0:
            return "varning", f"{name} nås, men det finns inga API-nycklar – skapa en: jamplan keys create --role admin"
        return "ok", f"{name} nås; {keys} aktiva API-nycklar"

    checks.append(_run("databas", database))

    def llm() -> tuple[Status, str]:
        if settings.generator != "openai":
            return "ok", "extraktiv generering (ingen språkmodell behövs)"
        if not settings.llm_base_url:
            return "fel", "JAMPLAN_GENERATOR=openai men JAMPLAN_LLM_BASE_URL saknas"
        import httpx

        try:
            r = httpx.get(f"{settings.llm_base_url.rstrip('/')}/models", timeout=5,
                          headers={"Authorization": f"Bearer {settings.llm_api_key.get_secret_value()}"})
        except httpx.HTTPError as exc:
            return "fel", f"kan inte ansluta till {settings.llm_base_url} – körs servern (vLLM, Ollama …)? ({exc})"
        if r.status_code in (401, 403):
            return "fel", (f"{settings.llm_base_url} avvisar nyckeln (HTTP {r.status_code}) – "
                           "kontrollera JAMPLAN_LLM_API_KEY")
        r.raise_for_status()
        models = [m.get("id") for m in r.json().get("data", [])]
        if models and settings.llm_model not in models:
            served = ", ".join(map(str, models[:8]))
            return "fel", f"modellen {settings.llm_model!r} finns inte på servern; den har: {served}"
        return "ok", f"{settings.llm_base_url} svarar; modell {settings.llm_model}"

    checks.append(_run("språkmodell", llm))

    def scale() -> tuple[Status, str]:
        workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
        if workers > 1 and not settings.chroma_url:
            return "fel", ("flera arbetsprocesser kräver en Chroma-server (JAMPLAN_CHROMA_URL); "
                           "lokal Chroma tål en process")
        if workers > 1 and not (settings.database_url or "").startswith("postgresql"):
            return "varning", ("flera arbetsprocesser mot SQLite fungerar men PostgreSQL rekommenderas "
                               "(JAMPLAN_DATABASE_URL)")
        return "ok", f"{workers} arbetsprocess(er)"

    checks.append(_run("drift", scale))
    return checks
