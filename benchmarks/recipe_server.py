"""The baseline for the API benchmark: the textbook LangChain RAG endpoint (split 1000/200, Chroma similarity
search, return the top chunks), served by FastAPI the same way as jamplan. Run by benchmarks/api.py."""

from __future__ import annotations

import argparse
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.embedding import make_embeddings
from evals.baseline import LangChainRecipe, split_corpus


class Question(BaseModel):
    message: str


def build_app(data_dir: Path) -> FastAPI:
    settings = Settings(data_dir=data_dir)
    recipe = LangChainRecipe(make_embeddings(settings), data_dir / "recipe-chroma")
    recipe.index(split_corpus(sorted((PROJECT_ROOT / "corpus").glob("*.txt"))))
    app = FastAPI()

    @app.post("/v1/chat")
    def chat(body: Question) -> dict[str, object]:
        hits = recipe.search(body.message, k=4)
        return {"text": "\n\n".join(h.text for h in hits), "sources": [h.source for h in hits]}

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    uvicorn.run(build_app(args.data_dir), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
