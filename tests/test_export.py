"""Draft export: Word footnotes one per cited passage, Swedish language, real metadata, safe file names,
and `jamplan export` over a real process and database."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from api.export import content_disposition, file_name, to_docx, to_markdown
from api.persistence import ApiKey, Database, Draft, DraftVersion
from assistant.config import PROJECT_ROOT, Settings


def citation(n: int, line: int) -> dict[str, Any]:
    return {"n": n, "chunk_id": f"c{n}", "source": f"dok{n}.md", "title": f"Dokument {n}",
            "heading_path": "Mål > Insatser", "start_line": line, "end_line": line + 1, "quote": f"Citat {n}."}


TEXT = ("## Förslag på lokalt mål\n- Pojkar läser mer [1].\n- Flickor och pojkar trivs [2] och läser [1, 2].\n"
        "**Insatser**\n- Läxhjälp med **vuxennärvaro** varje vecka [1].\n")


def parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name).decode("utf-8") for name in z.namelist() if name.endswith(".xml")}


def test_one_footnote_per_passage_referenced_each_time() -> None:
    xml = parts(to_docx("Läxhjälp", TEXT, [citation(1, 10), citation(2, 20)], author="Anna Andersson"))
    notes, body = xml["word/footnotes.xml"], xml["word/document.xml"]
    assert len(re.findall(r'<w:footnote w:id="[1-9]', notes)) == 2
    assert body.count("<w:footnoteReference") == 2
    # [1] appears three times, [2] twice: the repeats point back to the first footnote's number.
    assert len(re.findall(r"NOTEREF _JpNote1\b", body)) == 2 and len(re.findall(r"NOTEREF _JpNote2\b", body)) == 1
    assert 'w:name="_JpNote1"' in body and "dok1.md" in notes and "rad 10–11" in notes
    assert "<w:b/>" in body and "vuxennärvaro" in body and "**" not in body


def test_swedish_language_and_metadata_from_draft_and_user() -> None:
    xml = parts(to_docx("Trygghet på Åsenskolan", "Text utan källor.", [], author="Anna Andersson"))
    core, styles = xml["docProps/core.xml"], xml["word/styles.xml"]
    assert "<dc:title>Trygghet på Åsenskolan</dc:title>" in core
    assert "<dc:creator>Anna Andersson</dc:creator>" in core and "python-docx" not in core
    assert "<dc:language>sv-SE</dc:language>" in core
    langs = re.findall(r'<w:lang [^>]*w:val="([^"]+)"', styles)
    assert langs and set(langs) == {"sv-SE"}
    assert "en-US" not in xml["word/settings.xml"]


def test_control_characters_do_not_break_word() -> None:
    data = to_docx("Rubrik\x07 med klocka", "Rad med \x00nolltecken och \x1bescape [1].", [citation(1, 3)])
    body = parts(data)["word/document.xml"]
    assert "nolltecken" in body and "\x00" not in body and "\x1b" not in body
    assert "Rubrik med klocka" in parts(data)["docProps/core.xml"]


def test_markdown_footnotes_once_per_passage() -> None:
    md = to_markdown("Läxhjälp", TEXT, [citation(1, 10), citation(2, 20)])
    assert md.count("[^1]:") == 1 and md.count("[^2]:") == 1 and md.count("[^1]") == 4


def test_file_names_for_any_script_per_rfc_5987() -> None:
    for title in ("Läxhjälp i Borås", "Plan för Čačak och Łódź", "男女平等计划", "\"citat\"; och\r\nrad"):
        name = file_name(title, "docx")
        header = content_disposition(name)
        header.encode("latin-1")  # a header must be sendable as bytes
        assert header.isascii() and "\r" not in header and "\n" not in header
        fallback = re.search(r'filename="([^"]*)"', header)
        assert fallback and fallback.group(1).endswith(".docx")
        star = re.search(r"filename\*=UTF-8''(\S+)$", header)
        assert star and unquote(star.group(1)) == name
    assert file_name("男女平等计划", "md") == "男女平等计划.md"
    assert content_disposition("男女平等计划.md").startswith('attachment; filename="utkast.md"')


def test_cli_exports_a_saved_draft(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    db = Database.from_settings(Settings(data_dir=data_dir))
    with db.session() as s:
        key = ApiKey(name="Anna Andersson", role="user", key_hash="x" * 64, prefix="jp_x")
        s.add(key)
        s.flush()
        draft = Draft(owner=key.id, kind="lokalt_mal", title="Läxhjälp för pojkar – Łódź")
        draft.versions.append(DraftVersion(version=1, text=TEXT, citations=[citation(1, 10), citation(2, 20)]))
        draft.versions.append(DraftVersion(version=2, text=TEXT + "- Ny rad.\n", citations=[citation(1, 10),
                                                                                               citation(2, 20)]))
        s.add(draft)
        s.flush()
        draft_id = draft.id
    db.engine.dispose()
    # Run in tmp_path (the default file name lands there) with this checkout's code first on the path.
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMPLAN_")} | {
        "JAMPLAN_DATA_DIR": str(data_dir), "PYTHONPATH": str(PROJECT_ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "jamplan.cli", "export", *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=120)

    out = run(draft_id, "--format", "docx")
    assert out.returncode == 0, out.stderr
    written = tmp_path / "läxhjälp-för-pojkar-łódź.docx"
    xml = parts(written.read_bytes())
    assert "Ny rad." in xml["word/document.xml"]
    assert "<dc:creator>Anna Andersson</dc:creator>" in xml["docProps/core.xml"]
    md = run(draft_id, "--format", "md", "--version", "1", "--output", "-")
    assert md.returncode == 0 and md.stdout.count("[^1]:") == 1 and "Ny rad." not in md.stdout
    missing = run("finns-inte", "--format", "md")
    assert missing.returncode == 2 and "Utkastet finns inte" in missing.stderr
