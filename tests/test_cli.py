"""The `jamplan` command over real processes: exit codes, JSON shape, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

JAMPLAN = [sys.executable, "-m", "jamplan.cli"]
KEYS = ["chunk_id", "score", "source", "title", "doc_type", "heading_path", "start_line", "end_line", "text"]


def cli(args: list[str], data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")}
    env["JAMPLAN_DATA_DIR"] = str(data_dir)
    return subprocess.run(JAMPLAN + args, capture_output=True, text=True, env=env, input=stdin, timeout=600)


def test_ingest_missing_path_exits_2(tmp_path: Path) -> None:
    out = cli(["ingest", str(tmp_path / "finns-inte")], tmp_path / "d")
    assert out.returncode == 2 and "does not exist" in out.stderr


def test_ingest_folder_with_bad_files_reports_and_summarises(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.md").write_text("# Mål\n\nAlla elever ska känna sig trygga i skolan.\n", "utf-8")
    (docs / "tom.txt").write_text("", "utf-8")
    (docs / "bild.png").write_bytes(b"\x89PNG")
    out = cli(["ingest", "--quiet", str(docs)], tmp_path / "d")
    assert out.returncode == 0, out.stderr
    assert "tom.txt" in out.stderr and "bild.png" in out.stderr
    assert "1 dokument" in out.stdout and "1 tillagda" in out.stdout
    again = cli(["ingest", "--json", "--quiet", str(docs)], tmp_path / "d")
    summary = json.loads(again.stdout)
    assert summary["chunks_added"] == 0 and summary["chunks_unchanged"] == 1 and summary["embedded"] == 0


@pytest.mark.needs_corpus_index
def test_search_json_has_exactly_the_documented_keys(corpus_components) -> None:  # type: ignore[no-untyped-def]
    settings = corpus_components[0].settings
    out = cli(["search", "Hur följer vi upp mobbning?", "-k", "4", "--json"], settings.data_dir)
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert len(hits) == 4 and all(list(h) == KEYS for h in hits)
    assert all(isinstance(h["start_line"], int) and h["heading_path"] for h in hits)


@pytest.mark.needs_corpus_index
def test_search_readable_listing_and_filters(corpus_components) -> None:  # type: ignore[no-untyped-def]
    settings = corpus_components[0].settings
    out = cli(["search", "kvalitetsdialoger", "--doc-type", "granskning", "-k", "2"], settings.data_dir)
    assert out.returncode == 0 and "[1] Positiva exempel" in out.stdout and "rad " in out.stdout


@pytest.mark.needs_corpus_index
def test_empty_query_exits_2(corpus_components) -> None:  # type: ignore[no-untyped-def]
    out = cli(["search", "   "], corpus_components[0].settings.data_dir)
    assert out.returncode == 2 and "tom" in out.stderr


def test_search_on_empty_store_says_to_ingest(tmp_path: Path) -> None:
    out = cli(["search", "läxhjälp"], tmp_path / "empty")
    assert out.returncode == 2 and "jamplan ingest" in out.stderr


@pytest.mark.needs_corpus_index
def test_interactive_prompt_answers_then_exits(corpus_components) -> None:  # type: ignore[no-untyped-def]
    out = cli(["search"], corpus_components[0].settings.data_dir, stdin="trångboddhet\n\n")
    assert out.returncode == 0 and "fråga>" in out.stdout and "[1]" in out.stdout


@pytest.mark.needs_corpus_index
def test_ask_json_and_readable(corpus_components) -> None:  # type: ignore[no-untyped-def]
    data = corpus_components[0].settings.data_dir
    out = cli(["ask", "Vi vill ge pojkar läxhjälp", "--mode", "lokalt_mal", "--org", "Borås Stad", "--json"], data)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["grounded"] and answer["mode"] == "lokalt_mal" and "Borås Stad" in answer["text"]
    assert set(answer["citations"][0]) == {"n", "chunk_id", "source", "title", "heading_path", "start_line",
                                           "end_line", "quote", "origin", "rewritten"}
    readable = cli(["ask", "Vad är förändringsteori?"], data)
    assert readable.returncode == 0 and "Källor:" in readable.stdout and "rad " in readable.stdout


@pytest.mark.needs_corpus_index
def test_ask_rejects_unknown_mode_and_huge_message(corpus_components) -> None:  # type: ignore[no-untyped-def]
    data = corpus_components[0].settings.data_dir
    bad_mode = cli(["ask", "Hej", "--mode", "roman"], data)
    assert bad_mode.returncode == 2 and "invalid choice" in bad_mode.stderr
    huge = cli(["ask", "x" * 100_000], data)
    assert huge.returncode == 2 and "för långt" in huge.stderr


@pytest.mark.needs_corpus_index
def test_chat_keeps_the_conversation(corpus_components) -> None:  # type: ignore[no-untyped-def]
    data = corpus_components[0].settings.data_dir
    script = "Vilka problem har pojkar i skolan?\noch för flickor då?\n/läge dilemma\n\n"
    out = cli(["chat"], data, stdin=script)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Källor:") == 2 and "dilemma>" in out.stdout


@pytest.mark.needs_corpus_index
def test_doctor_reports_in_plain_words(corpus_components, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = corpus_components[0].settings.data_dir
    healthy = cli(["doctor"], data)
    assert "sökindex:" in healthy.stdout and "databas:" in healthy.stdout
    assert "FEL" not in healthy.stdout and healthy.returncode == 0, healthy.stdout
    env_broken = {"JAMPLAN_CHROMA_URL": "http://127.0.0.1:9", "JAMPLAN_GENERATOR": "openai",
                  "JAMPLAN_LLM_BASE_URL": "http://127.0.0.1:9/v1"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")} | env_broken
    env["JAMPLAN_DATA_DIR"] = str(tmp_path / "d")
    broken = subprocess.run(JAMPLAN + ["doctor"], capture_output=True, text=True, env=env, timeout=300)
    assert broken.returncode == 1
    assert "kan inte nå Chroma-servern" in broken.stdout
    assert "kan inte ansluta till http://127.0.0.1:9/v1" in broken.stdout


def test_compose_file_wires_the_services() -> None:
    import yaml

    from assistant.config import PROJECT_ROOT

    compose = yaml.safe_load((PROJECT_ROOT / "compose.yaml").read_text("utf-8"))
    services = compose["services"]
    assert {"postgres", "chroma", "api", "ingest", "vllm"} <= set(services)
    assert all("healthcheck" in services[s] for s in ("postgres", "chroma", "vllm"))
    api_env = services["api"]["environment"]
    assert api_env["JAMPLAN_CHROMA_URL"] == "http://chroma:8000" and api_env["JAMPLAN_DATABASE_URL"].startswith("postgresql://")
    # The one-shot ingest takes the lease in the same database as the API, and waits for an API ingest to end.
    ingest = services["ingest"]
    assert ingest["environment"]["JAMPLAN_DATABASE_URL"] == api_env["JAMPLAN_DATABASE_URL"]
    assert "postgres" in ingest["depends_on"] and "--wait" in ingest["command"]
    dockerfile = (PROJECT_ROOT / "Dockerfile").read_text("utf-8")
    assert "HEALTHCHECK" in dockerfile and "jamplan serve --workers" in dockerfile


def test_ingest_progress_is_written_as_lines_when_output_is_not_a_terminal(capsys) -> None:  # type: ignore[no-untyped-def]
    """tqdm draws nothing into a log; a first ingest (minutes of embedding) must still show it is working."""
    from jamplan.cli import _ProgressLines

    lines = _ProgressLines(every_s=0.0)
    lines.update("total", 120)
    lines.update("advance", 40)
    lines.update("total", 30)
    lines.update("advance", 110)
    err = capsys.readouterr().err.splitlines()
    assert [e.split(" (")[0] for e in err] == ["Bäddar in: 40 av 120 avsnitt", "Bäddar in: 150 av 150 avsnitt"]
    quiet = _ProgressLines(every_s=3600.0)
    quiet.update("total", 10)
    quiet.update("advance", 5)
    assert capsys.readouterr().err == ""
