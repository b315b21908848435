"""Exporting a draft as Markdown or DOCX, with its citations as footnotes naming document, section and lines.

One footnote per cited passage: a passage cited twice is one footnote, referenced twice (in Word the
later references are NOTEREF cross-references to the first, as Word itself makes them). The document
is marked Swedish (sv-SE) and carries the draft's title and the author in its properties.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from assistant.citations import MARKER_RE, marker_numbers, rewrite_markers

_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LANGUAGE = "sv-SE"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# Characters XML 1.0 cannot hold (python-docx refuses them): C0 controls except tab, newline, carriage return.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_HEADING_RE = re.compile(r"^(#{1,4})\s+(.*)$")
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d{1,2}\.)\s+")
_BOLD_RE = re.compile(r"\*\*([^*\n]+)\*\*")


def clean(text: str) -> str:
    """The text without control characters Word cannot store."""
    return _CONTROL_RE.sub("", text)


def footnote_text(citation: dict[str, Any]) -> str:
    section = f", avsnitt ”{citation['heading_path']}”" if citation.get("heading_path") else ""
    lines = f"rad {citation['start_line']}–{citation['end_line']}"
    if citation["start_line"] == citation["end_line"]:
        lines = f"rad {citation['start_line']}"
    return f"{citation['title']} ({citation['source']}){section}, {lines}."


def to_markdown(title: str, text: str, citations: list[dict[str, Any]]) -> str:
    """The text with [n] turned into Markdown footnotes [^n], followed by one definition per cited passage."""
    known = {int(c["n"]): c for c in citations}
    found: set[int] = set()

    def footnote_refs(_: re.Match[str], numbers: list[int]) -> str:
        kept = [n for n in numbers if n in known]
        found.update(kept)
        return "".join(f"[^{n}]" for n in kept)

    body = rewrite_markers(text, footnote_refs)
    if not body.lstrip().startswith("#"):
        body = f"# {title}\n\n{body}"
    notes = [f"[^{n}]: {footnote_text(known[n])} ”{known[n]['quote']}”" for n in sorted(found)]
    return body.rstrip() + ("\n\n" + "\n".join(notes) if notes else "") + "\n"


class _Notes:
    """Footnotes in order of first reference; a passage referenced again gets a cross-reference."""

    def __init__(self, known: dict[int, dict[str, Any]]) -> None:
        self.known = known
        self.ids: dict[int, int] = {}
        self.texts: list[str] = []

    def reference(self, n: int) -> Any:
        if n in self.ids:
            note = self.ids[n]
            return parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr=" NOTEREF _JpNote{note} \\f \\h ">'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f"<w:t>{note}</w:t></w:r></w:fldSimple>"
            )
        self.texts.append(clean(footnote_text(self.known[n]) + f" ”{self.known[n]['quote']}”"))
        note = self.ids[n] = len(self.texts)
        # The bookmark lets a later reference point back to this footnote's number.
        return [
            parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{note}" w:name="_JpNote{note}"/>'),
            parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{note}"/></w:r>'),
            parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{note}"/>'),
        ]


def _runs(paragraph: Any, text: str) -> None:
    """Plain text with **bold** spans as bold runs."""
    pos = 0
    for m in _BOLD_RE.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()])
        paragraph.add_run(m.group(1)).bold = True
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def to_docx(title: str, text: str, citations: list[dict[str, Any]], author: str = "jamplan") -> bytes:
    """A Word document: headings, bullet lists and paragraphs from the draft text, citations as real footnotes."""
    title, text = clean(title), clean(text)
    known = {int(c["n"]): c for c in citations}
    notes = _Notes(known)
    doc = Document()
    _properties(doc, title, clean(author) or "jamplan")
    _swedish(doc)
    lines = [raw.rstrip() for raw in text.splitlines() if raw.strip()]
    marks = [len(h.group(1)) for h in map(_HEADING_RE.match, lines) if h]
    # A text led by the one '#' heading of a document of drafts (the whole plan: '# Plan …', '## <draft>',
    # '**<section>**') has that heading as the document's title; each draft's title is then Heading 1 and its
    # sections Heading 2 (trial 29: draft titles and their sections were all Heading 2). A single draft ('## <title>',
    # '**<section>**') has its title as Heading 1 too: levels count from the highest heading the text uses.
    lead = _HEADING_RE.match(lines[0]) if lines else None
    if lead is not None and len(lead.group(1)) == 1 and marks.count(1) == 1 and len(marks) > 1:
        doc.add_heading(MARKER_RE.sub("", lead.group(2)).strip(), level=0)
        lines, marks = lines[1:], marks[1:]
    elif not marks or not _HEADING_RE.match(lines[0]):
        doc.add_heading(title, level=1)
        marks = [1, *marks]
    top = min(marks, default=1)
    deepest = max(marks, default=1) - top + 1
    for line in lines:
        heading = _HEADING_RE.match(line)
        if heading:
            level = min(len(heading.group(1)) - top + 1, 3)
            doc.add_heading(MARKER_RE.sub("", heading.group(2)).strip(), level=level)
            continue
        bold = re.fullmatch(r"\*\*(.+?)\*\*:?", line.strip())
        if bold:
            doc.add_heading(bold.group(1), level=min(deepest + 1, 3))
            continue
        if _BULLET_RE.match(line):
            paragraph = doc.add_paragraph(style="List Bullet")
            line = _BULLET_RE.sub("", line)
        else:
            paragraph = doc.add_paragraph()
        pos = 0
        for m in MARKER_RE.finditer(line):
            _runs(paragraph, line[pos : m.start()])
            for n in marker_numbers(m):
                if n in known:
                    made = notes.reference(n)
                    for element in made if isinstance(made, list) else [made]:
                        paragraph._p.append(element)  # noqa: SLF001 (python-docx has no footnote API)
            pos = m.end()
        _runs(paragraph, line[pos:])
    if notes.texts:
        _add_footnotes_part(doc, notes.texts)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _properties(doc: Any, title: str, author: str) -> None:
    props = doc.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    props.title, props.author, props.last_modified_by = title, author, author
    props.language, props.comments, props.keywords = LANGUAGE, "", "jämställdhetsintegrering"
    props.created, props.modified, props.revision = now, now, 1


def _swedish(doc: Any) -> None:
    """Mark the default text and every style as Swedish, so Word checks spelling in Swedish."""
    for lang in doc.styles.element.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
    for lang in doc.settings.element.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), LANGUAGE)


def _add_footnotes_part(doc: Any, notes: list[str]) -> None:
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for i, note in enumerate(notes, start=1):
        body.append(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:rPr><w:lang w:val="{LANGUAGE}"/></w:rPr><w:t xml:space="preserve"> {escape(note)}</w:t>'
            "</w:r></w:p></w:footnote>"
        )
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{_W}">{"".join(body)}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def file_name(title: str, suffix: str) -> str:
    """A readable file name from the title (letters of any script kept, other characters as '-')."""
    stem = re.sub(r"[^\w-]+", "-", clean(title).lower()).strip("-_")[:60].strip("-_")
    return f"{stem or 'utkast'}.{suffix}"


def content_disposition(name: str) -> str:
    """`attachment` with an ASCII fallback and the UTF-8 name per RFC 6266 / RFC 5987 (`filename*=UTF-8''…`)."""
    stem, _, suffix = name.rpartition(".")
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    ascii_stem = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_stem).strip("-") or "utkast"
    return f"attachment; filename=\"{ascii_stem}.{suffix}\"; filename*=UTF-8''{quote(name, safe='')}"
