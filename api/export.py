"""Exporting a draft as Markdown or DOCX, with its citations as footnotes naming document, section and lines."""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from assistant.citations import MARKER_RE, marker_numbers, rewrite_markers

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def footnote_text(citation: dict[str, Any]) -> str:
    section = f", avsnitt ”{citation['heading_path']}”" if citation.get("heading_path") else ""
    lines = f"rad {citation['start_line']}–{citation['end_line']}"
    if citation["start_line"] == citation["end_line"]:
        lines = f"rad {citation['start_line']}"
    return f"{citation['title']} ({citation['source']}){section}, {lines}."


def to_markdown(title: str, text: str, citations: list[dict[str, Any]]) -> str:
    """The text with [n] turned into Markdown footnotes [^n], followed by the footnote definitions."""
    known = {int(c["n"]): c for c in citations}
    found: set[int] = set()

    def footnote_refs(_: re.Match[str], numbers: list[int]) -> str:
        kept = [n for n in numbers if n in known]
        found.update(kept)
        return "".join(f"[^{n}]" for n in kept)

    body = rewrite_markers(text, footnote_refs)
    if not body.lstrip().startswith("#"):
        body = f"# {title}\n\n{body}"
    used = sorted(found)
    notes = [f"[^{n}]: {footnote_text(known[n])} ”{known[n]['quote']}”" for n in used]
    return body.rstrip() + ("\n\n" + "\n".join(notes) if notes else "") + "\n"


def to_docx(title: str, text: str, citations: list[dict[str, Any]], author: str = "jamplan") -> bytes:
    """A Word document: headings, bullet lists and paragraphs from the draft text, citations as real footnotes."""
    known = {int(c["n"]): c for c in citations}
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = author
    notes: list[str] = []
    if not text.lstrip().startswith("## "):
        doc.add_heading(title, level=1)
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("## "):
            doc.add_heading(line[3:].strip(), level=1)
            continue
        bold = re.fullmatch(r"\*\*(.+?)\*\*:?", line.strip())
        if bold:
            doc.add_heading(bold.group(1), level=2)
            continue
        if re.match(r"^\s*[-*•]\s+", line):
            paragraph = doc.add_paragraph(style="List Bullet")
            line = re.sub(r"^\s*[-*•]\s+", "", line)
        else:
            paragraph = doc.add_paragraph()
        pos = 0
        for m in MARKER_RE.finditer(line):
            paragraph.add_run(line[pos : m.start()])
            for n in marker_numbers(m):
                if n not in known:
                    continue
                notes.append(footnote_text(known[n]) + f" ”{known[n]['quote']}”")
                paragraph._p.append(parse_xml(  # noqa: SLF001 (python-docx has no footnote API)
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{len(notes)}"/></w:r>'
                ))
            pos = m.end()
        paragraph.add_run(line[pos:])
    if notes:
        _add_footnotes_part(doc, notes)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _add_footnotes_part(doc: Any, notes: list[str]) -> None:
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for i, note in enumerate(notes, start=1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:t xml:space="preserve"> {escape(note)}</w:t></w:r></w:p></w:footnote>'
        )
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{_W}">{"".join(body)}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def file_name(title: str, suffix: str) -> str:
    """A readable file name from the title (letters of any script kept, other characters as '-')."""
    stem = re.sub(r"[^\w-]+", "-", title.lower(), flags=re.UNICODE).strip("-_")[:60].strip("-_")
    return f"{stem or 'utkast'}.{suffix}"


def content_disposition(name: str) -> str:
    """`attachment` with an ASCII fallback and the UTF-8 name per RFC 6266 / RFC 5987 (`filename*=UTF-8''…`)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-") or "utkast"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"

