"""Chunking on the real corpus: heading paths, budgets, line spans, sub-document seams."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.index.embedding import E5Embeddings
from assistant.schema import Chunk
from ingest.chunk import chunk_document
from ingest.load import load_document, read_manifest

CORPUS = PROJECT_ROOT / "corpus"
MAX_TOKENS = 420


@cache
def _e5() -> E5Embeddings:
    return E5Embeddings()


@cache
def corpus_chunks(name: str) -> tuple[list[Chunk], list[str]]:
    doc, _ = load_document(CORPUS / name, read_manifest(CORPUS).get(name))
    return chunk_document(doc, _e5().count_tokens, MAX_TOKENS, 180), doc.lines


NAMES = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.mark.parametrize("name", NAMES)
def test_chunks_fit_the_e5_token_budget(name: str) -> None:
    chunks, _ = corpus_chunks(name)
    assert chunks
    for chunk in chunks:
        assert _e5().count_tokens(chunk.text) <= MAX_TOKENS + 2, chunk.chunk_id
        assert _e5().count_tokens(chunk.embedding_text()) <= 512


def _words(text: str) -> list[str]:
    return list(re.findall(r"[^\W\d_]{5,}", text.lower()))


@pytest.mark.parametrize("name", NAMES)
def test_chunk_text_comes_from_its_line_span(name: str) -> None:
    chunks, lines = corpus_chunks(name)
    for chunk in chunks:
        assert 1 <= chunk.start_line <= chunk.end_line <= len(lines)
        joined = " ".join(line.strip() for line in lines[chunk.start_line - 1 : chunk.end_line]).lower()
        span = re.sub(r"-\s*", "", joined)  # hyphenated line ends are joined by the cleaner
        words = _words(chunk.text.replace("-", ""))
        missing = [w for w in words if w not in span]
        # Re-flowing joins hyphenated words; everything else must be in the cited lines.
        assert len(missing) <= max(2, len(words) // 50), (chunk.start_line, missing[:5])


def test_chunk_ids_are_stable_and_unique() -> None:
    first, _ = corpus_chunks(NAMES[0])
    doc, _ = load_document(CORPUS / NAMES[0], read_manifest(CORPUS).get(NAMES[0]))
    again = chunk_document(doc, _e5().count_tokens, MAX_TOKENS, 180)
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    assert len({c.chunk_id for c in first}) == len(first)


def test_method_support_goal_has_the_expected_heading_path_and_keeps_its_lists() -> None:
    chunks, _ = corpus_chunks("vgr-pojkars-skolresultat-metodstod.txt")
    goal = next(c for c in chunks if "erbjuds en avsedd plats för läxarbete" in c.text)
    assert goal.heading_path_text == (
        "Stöd i att planera och utforma arbetet › Välj insats för problemområde › Förslag på lokalt mål"
    )
    assert goal.doc_type == "strategi"
    # The goal, its interventions and its actors stay in one passage.
    assert "Förslag på insatser" in goal.text and "Bibliotek och fritidsgårdar" in goal.text
    assert "Förslag på aktörer" in goal.text


def test_lists_stay_with_the_line_that_introduces_them() -> None:
    chunks, _ = corpus_chunks("vgr-pojkars-skolresultat-metodstod.txt")
    intro = next(c for c in chunks if "Ge exempel på problemområden på befolkningsnivå:" in c.text)
    assert "- Trångboddhet gör skolarbete hemma svårare för barnen." in intro.text


def test_university_report_appendices_are_sections_and_seams_are_not_crossed() -> None:
    chunks, _ = corpus_chunks("oru-samverkan-skolnarvaro-rapport.txt")
    for chunk in chunks:
        assert not (chunk.start_line <= 860 < chunk.end_line), "a chunk crosses the 860/861 seam"
        assert not (chunk.start_line <= 2025 < chunk.end_line), "a chunk crosses the 2025/2026 seam"
    karlskoga = [c for c in chunks if 861 <= c.start_line <= 2025]
    assert karlskoga and all(c.heading_path[0].startswith("Bilaga 2: Progression 02") for c in karlskoga)
    jagmed = [c for c in chunks if 2026 <= c.start_line <= 2578]
    assert jagmed and all(c.heading_path[0].startswith("Bilaga 1: #jagmed") for c in jagmed)
    discussion = next(c for c in chunks if "styrning, struktur" in c.text.lower() or "Samsyn" in c.text)
    assert "6. Diskussion och slutsatser" in discussion.heading_path


def test_page_numbers_do_not_survive_in_chunk_text() -> None:
    chunks, lines = corpus_chunks("oru-samverkan-skolnarvaro-rapport.txt")
    assert lines[1478].strip() == "25"
    for chunk in chunks:
        assert "\n25\n" not in f"\n{chunk.text}\n"


def test_markdown_headings_give_the_path(tmp_path: Path) -> None:
    doc_path = tmp_path / "plan.md"
    doc_path.write_text("# Plan\n\n## Mål\n\nPojkar ska läsa mer.\n\n## Uppföljning\n\n- Läsning per kön\n", "utf-8")
    doc, _ = load_document(doc_path)
    chunks = chunk_document(doc, lambda t: len(t.split()), 100, 0)
    paths = {c.heading_path_text for c in chunks}
    assert paths == {"Plan › Mål", "Plan › Uppföljning"}


def test_a_long_paragraph_cut_into_windows_cites_each_window_own_lines(tmp_path: Path) -> None:
    sentences = [f"Mening nummer {i} handlar om skolnärvaro och samverkan mellan skola och hem." for i in range(40)]
    # One paragraph wrapped over many lines, a hyphenated word across one line end.
    text = " ".join(sentences).replace(
        "samverkan mellan skola och hem. Mening nummer 20", "sam-\nverkan mellan skola och hem. Mening nummer 20"
    )
    wrapped: list[str] = []
    for line in text.split("\n"):
        words = line.split()
        wrapped += [" ".join(words[i : i + 9]) for i in range(0, len(words), 9)]
    doc_path = tmp_path / "lang.txt"
    doc_path.write_text("Rubrik\n\n" + "\n".join(wrapped) + "\n", "utf-8")
    doc, _ = load_document(doc_path)
    chunks = chunk_document(doc, lambda t: len(t.split()), 120, 0)
    assert len(chunks) >= 3
    for chunk in chunks:
        first_word = chunk.text.split()[0]
        last_word = chunk.text.split()[-1]
        assert first_word in doc.lines[chunk.start_line - 1].split() or chunk.start_line == 1, chunk.start_line
        assert last_word in doc.lines[chunk.end_line - 1], chunk.end_line
    # Windows of one paragraph follow each other instead of all claiming the whole paragraph.
    spans = [(c.start_line, c.end_line) for c in chunks]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_one_off_sub_heading_among_recurring_ones_is_their_peer() -> None:
    chunks, _ = corpus_chunks("kommun-utvecklingsomraden-2020.txt")
    section = [c for c in chunks if c.start_line <= 137 <= c.end_line]
    assert len(section) == 1
    # "Deltagare …" sits between the recurring "Planerad insats …" and "Mål …": one chunk holds the section.
    assert "Anställning av personal" in section[0].text and "Öka elevernas närvaro" in section[0].text
    assert "Dialogsamtal med förvaltningsledning" in section[0].text
    assert not any("Deltagare och planering av insatsen" in c.heading_path[:-1] for c in chunks)
