"""Loading files into `SourceDoc`s: one loader per suffix, the manifest for catalogue data."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import InputError
from assistant.schema import DocPart, SourceDoc
from ingest import mail
from ingest.organisation import header_organisation, own_organisation

log = logging.getLogger(__name__)

MANIFEST_NAME = "MANIFEST.yaml"
MAX_FILE_BYTES = 50 * 1024 * 1024
DOC_TYPES = ("strategi", "granskning", "projektrapport", "övrigt")
# Bump when cleaning or chunking changes, so that a re-ingest rebuilds every document.
PIPELINE_VERSION = "46"


class LoadError(Exception):
    """A file that cannot be ingested; the pipeline skips it with this message as the warning. The message is shown
    to the administrator (the rejected uploads' list, an ingest's skipped files), so it is in Swedish."""


@dataclass(frozen=True)
class ReadLimits:
    """How much one file may unpack to, checked while it is read (a small file can inflate to gigabytes).

    The pipeline fills these from `Settings` (max_unpacked_bytes, max_zip_parts, max_pdf_pages,
    max_pdf_objects, max_document_chars); the defaults are the same values.
    """

    unpacked_bytes: int = 100_000_000
    xml_bytes: int = 25_000_000
    zip_parts: int = 2000
    pdf_pages: int = 3000
    pdf_objects: int = 500_000
    chars: int = 20_000_000


DEFAULT_LIMITS = ReadLimits()


@dataclass
class LoadedText:
    lines: list[str]
    page_breaks: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The (first, last) line of the original file each line was read from, where they differ (HTML).
    origins: list[tuple[int, int]] = field(default_factory=list)
    # Lines that start a footnote, where the file's markup says so (Markdown's '[^3]: …').
    footnotes: list[int] = field(default_factory=list)
    # Who the file's metadata says made it (a PDF's Author, a Word file's author): an organisation there is the
    # document's own when its first lines name none (ingest.organisation).
    authors: list[str] = field(default_factory=list)
    # The title the file itself gives (a PDF's metadata Title, else its first top heading), where it gives one: a
    # PDF's first line may be a running header drawn before the body.
    title: str = ""


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8, falling back to cp1252/latin-1; returns the text and a note if it fell back.

    >>> decode_text("å".encode("cp1252"))
    ('å', 'not UTF-8: decoded as cp1252')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), f"not UTF-8: decoded as {encoding}"
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), "not UTF-8: undecodable bytes replaced"


def _split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def load_plain(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> LoadedText:
    text, note = decode_text(path.read_bytes())
    _check_chars(len(text), limits)
    if "\x00" in text:
        raise LoadError("filen ser ut att vara binär (NUL-tecken), inte text")
    lines = _split_lines(text)
    # Form feeds mark pages in text extracted from PDFs.
    breaks = [i + 1 for i, line in enumerate(lines) if "\f" in line]
    lines = [line.replace("\f", "") for line in lines]
    if mail.is_email(lines):
        lines = mail.unquoted(lines)
    return LoadedText(lines, breaks, [note] if note else [])


def load_markdown(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> LoadedText:
    """A Markdown file's lines without inline markup (emphasis, links, footnote marks), line for line."""
    from ingest.markdown import clean_markdown

    loaded = load_plain(path, limits)
    loaded.lines, loaded.footnotes = clean_markdown(loaded.lines)
    return loaded


def _check_chars(n: int, limits: ReadLimits) -> None:
    if n > limits.chars:
        raise LoadError(f"för mycket text (mer än {limits.chars} tecken)")


def load_pdf(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> LoadedText:
    """A PDF's text page by page, its paragraphs and headings read from the layout (ingest.pdf)."""
    from pypdf import PdfReader

    from ingest.pdf import PdfLine, layout_text, page_lines

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError("PDF-filen är krypterad")
            except LoadError:
                raise
            except Exception as exc:
                raise LoadError(f"PDF-filen är krypterad ({exc})") from exc
        objects = int(reader.trailer.get("/Size", 0) or 0)
        if objects > limits.pdf_objects:
            raise LoadError(f"PDF-filen har för många objekt ({objects}; gränsen är {limits.pdf_objects})")
        pages = len(reader.pages)
        if pages > limits.pdf_pages:
            raise LoadError(f"PDF-filen har för många sidor ({pages}; gränsen är {limits.pdf_pages})")
        pages_lines: list[list[PdfLine]] = []
        chars = 0
        authors = [str(reader.metadata.author or "")] if reader.metadata is not None else []
        for page in reader.pages:
            text, read = page_lines(page)
            chars += len(text)
            _check_chars(chars, limits)  # page by page: a page of inflated streams stops the file early
            pages_lines.append(read)
        lines, breaks = layout_text(pages_lines)
        title = pdf_title(str(reader.metadata.title or "") if reader.metadata is not None else "", lines)
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files, in English the user cannot act on
        log.info("PDF %s unreadable: %s: %s", path.name, type(exc).__name__, exc)
        raise LoadError("PDF-filen är skadad eller går inte att läsa (den är avbruten eller har trasiga delar; "
                        "spara eller exportera den som PDF på nytt)") from exc
    return LoadedText(lines, breaks, authors=[a for a in authors if a.strip()], title=title)


# A Title the tool filled in rather than the author ('Microsoft Word - plan.docx', 'Untitled', a file name).
_TOOL_TITLE_RE = re.compile(r"^(?:microsoft\s+\w+\s+-|\(?anonymous\)?$|untitled|namnlös|dokument\d*$|document\d*$)|\.\w{2,4}$", re.I)


def pdf_title(meta: str, lines: list[str]) -> str:
    """A PDF's title: its metadata Title where an author wrote one, else its first top heading ('# …', as the
    layout reads a large first line) in the first lines; '' for neither (the first line is then taken).

    >>> pdf_title("Uppföljning 2024", ["Norrviks kommun", "Sida 1", "# Annat"])
    'Uppföljning 2024'
    >>> pdf_title("Microsoft Word - rapport.docx", ["Norrviks kommun", "Sida 1", "", "# Uppföljning 2024"])
    'Uppföljning 2024'
    """
    meta = " ".join(meta.split())
    if 3 <= len(meta) <= 150 and any(ch.isalpha() for ch in meta) and not _TOOL_TITLE_RE.search(meta):
        return meta
    for line in lines[:20]:
        if line.startswith("# ") and 3 <= len(line[2:].strip()) <= 150:
            return line[2:].strip()
    return ""


def check_zip(path: Path, limits: ReadLimits) -> None:
    """Refuse a ZIP-based file (DOCX) with too many parts or more unpacked bytes than the limit.

    The parts are inflated here, in pieces, counting the bytes that actually come out (declared sizes can
    lie), so a zip bomb costs at most `unpacked_bytes` of work and a few kilobytes of memory.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.zip_parts:
                raise LoadError(f"filen har för många delar ({len(infos)}; gränsen är {limits.zip_parts})")
            if sum(i.file_size for i in infos) > limits.unpacked_bytes:
                raise LoadError(f"filen packas upp till mer än {limits.unpacked_bytes // 1_000_000} MB")
            total = xml = 0
            for info in infos:
                is_xml = info.filename.lower().endswith((".xml", ".rels"))
                with archive.open(info) as part:
                    while piece := part.read(1 << 16):
                        total += len(piece)
                        xml += len(piece) if is_xml else 0
                        if total > limits.unpacked_bytes:
                            raise LoadError(
                                f"filen packas upp till mer än {limits.unpacked_bytes // 1_000_000} MB")
                        if xml > limits.xml_bytes:
                            # The XML is what the parser holds in memory, several times over.
                            raise LoadError(f"filen innehåller mer än {limits.xml_bytes // 1_000_000} MB XML")
    except LoadError:
        raise
    except zipfile.BadZipFile as exc:  # zipfile's own words are English ('File is not a zip file'; trial 31)
        raise LoadError("DOCX-filen är skadad eller går inte att läsa (den är inget giltigt Word-paket)") from exc
    except (zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise LoadError(f"DOCX-filen är skadad eller går inte att läsa ({exc})") from exc


def load_docx(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> LoadedText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    check_zip(path, limits)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError) as exc:  # a zip, but without a Word package's parts: python-docx says
        # so in English ("There is no item named '[Content_Types].xml' in the archive"; trial 34), which the user
        # cannot act on
        raise LoadError("DOCX-filen är skadad eller går inte att läsa (den saknar delar som ett Word-dokument "
                        "har; spara den på nytt som .docx)") from exc
    except (ValueError, OSError) as exc:
        raise LoadError(f"DOCX-filen är skadad eller går inte att läsa ({exc})") from exc
    except Exception as exc:
        raise LoadError(f"DOCX-filen är skadad eller går inte att läsa ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    numbering = DocxNumbering(document)
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            lines.extend(docx_table_lines(part))
            continue
        text = docx_paragraph_text(part).strip()
        if not text:
            continue
        style = (part.style.name or "").lower() if part.style is not None else ""
        match = re.match(r"(heading|rubrik)\s*(\d)", style)
        if match or style == "title":
            level = int(match.group(2)) if match else 1
            lines.append(f"{'#' * level} {text}")
        elif "list" in style or docx_list_level(part) is not None:
            # an item of a Word list: a list style ('List Paragraph', 'Liststycke'), or a paragraph of another style
            # that Word's bullet or numbering button made an item (its numbering properties), nested by its level
            level = docx_list_level(part) or 0
            lines.append(f"{'  ' * (1 + level)}{numbering.marker(part, level)} {text}")
        else:
            lines.append(text)
        lines.append("")
    _check_chars(sum(len(line) for line in lines), limits)
    author = document.core_properties.author or ""
    return LoadedText(lines, authors=[author] if author.strip() else [])


# The longest cell a Word table of figures holds; a longer one is running text laid out in a table.
TABLE_CELL_MAX_CHARS = 150


def docx_table_lines(table: Any) -> list[str]:
    """A Word table where it stands in the text, as rows the rest of ingest reads as a table (`table_lines`)."""
    return [line for line, _ in table_lines([_docx_row_cells(row) for row in table.rows])]


def table_lines(rows: list[list[tuple[Any, str]]]) -> list[tuple[str, int]]:
    """A table's rows (each cell an identity and its text) as rows the rest of ingest reads as a table
    ('| Kön | 2024 |', the header row first; ingest.clean.segment), so a row's figures keep their column names and
    stay under the table's caption and heading; each line comes with the index of the row it was read from.

    A cell spanning columns is written once (its other columns empty, so the columns stay aligned); a cell spanning
    rows is written in each of them, since each row is read on its own (a label merged over 'Flickor' and 'Pojkar').
    A table of one column, or one with running text in a cell, lays out text (a framed box, a form), not figures:
    its cells are paragraphs, each once (cells of one identity are one cell). Rows of one cell before the others
    (a title row spanning the table) stand above it as its caption.
    """
    kept = [(i, cells) for i, cells in enumerate(rows) if any(text for _, text in cells)]
    texts = [[" ".join(text.split()) for _, text in cells] for _, cells in kept]
    out: list[tuple[str, int]] = []
    if all(sum(1 for c in row if c) <= 1 for row in texts) or any(
            len(c) > TABLE_CELL_MAX_CHARS for row in texts for c in row):
        seen: set[int] = set()
        for i, cells in kept:
            for key, text in cells:
                if text and id(key) not in seen:
                    seen.add(id(key))
                    out.extend([(" ".join(text.split()), i), ("", i)])
        return out
    k = 0
    texts = [[cell_text(text) for _, text in cells] for _, cells in kept]  # a cell's own lines kept apart
    while k < len(texts) and sum(1 for c in texts[k] if c) == 1:
        out.extend([(next(c for c in texts[k] if c), kept[k][0]), ("", kept[k][0])])
        k += 1
    out.extend(("| " + " | ".join(row) + " |", kept[j][0]) for j, row in enumerate(texts) if j >= k)
    return [*out, ("", kept[-1][0] if kept else 0)]


def _docx_row_cells(row: Any) -> list[tuple[Any, str]]:
    """A table row's cells (each with the XML element it is, which a cell spanning rows shares) and their texts on
    lines (table_lines joins them), a cell spanning columns once; '|' in a cell would split it."""
    cells: list[tuple[Any, str]] = [(None, "")] * (getattr(row, "grid_cols_before", 0) or 0)
    previous = None
    for cell in row.cells:
        same = previous is not None and cell._tc is previous._tc
        text = "\n".join(docx_paragraph_text(p) for p in cell.paragraphs)  # (nested tables aside, as cell.text)
        cells.append((cell._tc, "" if same else text.replace("|", "/").strip()))
        previous = cell
    return cells


# Word's tracked changes: what a revision added (read as the text now reads) and what it took away (not read).
_DOCX_ADDED = ("ins", "moveTo")
_DOCX_REMOVED = ("del", "moveFrom")


def docx_list_level(paragraph: Any) -> int | None:
    """The list level (0 = top) of a Word paragraph that its own numbering properties (w:numPr) make a list item,
    else None; a numPr whose numId is 0 takes the paragraph out of a list its style would put it in."""
    ppr = paragraph._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is None or num.numId is None or num.numId.val == 0:
        return None
    return int(num.ilvl.val) if num.ilvl is not None else 0


class DocxNumbering:
    """The numbers Word shows before the items of its numbered lists ('3.'), counted the way Word counts them: per
    list (numId) and level, a deeper level starting over under each new item above it. A user refers to "åtgärd 3";
    written as '•' the number was lost. Bullets, letters and lists without a readable definition stay '•'."""

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            self._root = None
        self._counts: dict[tuple[int, int], int] = {}
        self._formats: dict[tuple[int, int], tuple[str, int]] = {}  # numbering.xml is read once per list and level

    def marker(self, paragraph: Any, level: int) -> str:
        num_id = _docx_num_id(paragraph)
        if num_id is not None and (num_id, level) not in self._formats:
            self._formats[(num_id, level)] = self._format(num_id, level)
        fmt, start = self._formats[(num_id, level)] if num_id is not None else ("", 1)
        if fmt != "decimal":
            return "•"
        key = (num_id or 0, level)
        self._counts[key] = self._counts.get(key, start - 1) + 1
        for deeper in [k for k in self._counts if k[0] == key[0] and k[1] > level]:
            del self._counts[deeper]
        return f"{self._counts[key]}."

    def _format(self, num_id: int, level: int) -> tuple[str, int]:
        """The number format ('decimal', 'bullet', …) and start of a list's level in numbering.xml."""
        if self._root is None:
            return "", 1
        from docx.oxml.ns import qn

        for num in self._root.iter(qn("w:num")):
            if num.get(qn("w:numId")) != str(num_id):
                continue
            abstract = num.find(qn("w:abstractNumId"))
            abstract_id = abstract.get(qn("w:val")) if abstract is not None else None
            for definition in self._root.iter(qn("w:abstractNum")):
                if definition.get(qn("w:abstractNumId")) != abstract_id:
                    continue
                for lvl in definition.iter(qn("w:lvl")):
                    if lvl.get(qn("w:ilvl")) == str(level):
                        fmt, start = lvl.find(qn("w:numFmt")), lvl.find(qn("w:start"))
                        value = start.get(qn("w:val")) if start is not None else "1"
                        return (fmt.get(qn("w:val")) if fmt is not None else "",
                                int(value) if (value or "").isdigit() else 1)
        return "", 1


def _docx_num_id(paragraph: Any) -> int | None:
    """The numbering a paragraph's own properties, or else its style's, give it (Word's 'List Number' style)."""
    for ppr in (paragraph._p.pPr, getattr(getattr(paragraph.style, "element", None), "pPr", None)):
        num = ppr.numPr if ppr is not None else None
        if num is not None and num.numId is not None:
            return int(num.numId.val) or None
    return None


def docx_paragraph_text(paragraph: Any) -> str:
    """A Word paragraph's text as it reads with its tracked changes accepted: the runs a revision inserted count
    (python-docx's `text` reads only the paragraph's own runs and so drops them: 'varje torsdag' written over
    'varannan vecka' was lost), those it deleted do not. Comments live in their own part and are never read."""
    from docx.oxml.ns import qn
    from docx.text.run import Run

    p = paragraph._p
    if next(p.iter(*(qn(f"w:{tag}") for tag in _DOCX_ADDED)), None) is None:
        return paragraph.text
    removed = {qn(f"w:{tag}") for tag in _DOCX_REMOVED}
    runs = [r for r in p.iter(qn("w:r")) if not any(a.tag in removed for a in r.iterancestors())]
    return "".join(Run(r, paragraph).text for r in runs)


def cell_text(text: str) -> str:
    r"""A table cell's lines on one line: a line that goes on with a small letter continues the one before ('Rapport
    till nämnden' / 'hösten 2025'); one that starts anew with a capital after a line with no closing punctuation is
    an entry of its own ('Ekonomichef' / 'Kommundirektör': two people responsible), kept apart by ' / ' so the two
    do not read as one title.

    >>> cell_text("Ekonomichef\nKommundirektör"), cell_text("Rapport till nämnden\nhösten 2025")
    ('Ekonomichef / Kommundirektör', 'Rapport till nämnden hösten 2025')
    >>> cell_text("Klart 2025.\nRapport i juni"), cell_text("  38 ")
    ('Klart 2025. Rapport i juni', '38')
    """
    out = ""
    for line in (" ".join(raw.split()) for raw in text.splitlines()):
        if not line:
            continue
        apart = out and line[:1].isupper() and out[-1] not in ".!?:;,-–"
        out = f"{out} / {line}" if apart else f"{out} {line}".strip()
    return out


def load_html(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> LoadedText:
    """A page's headings, paragraphs, list items and tables (rows with the header row first, under their caption,
    as a Word table's: `table_lines`), one block a line; each
    line knows the lines of the file it was read from, so a citation opens the file's own lines."""
    from ingest.html import read_html

    raw, note = decode_text(path.read_bytes())
    _check_chars(len(raw), limits)
    try:
        blocks, _ = read_html(raw)
    except Exception as exc:  # html.parser is lenient; whatever it still raises is an unreadable page
        raise LoadError(f"HTML-filen går inte att läsa ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    origins: list[tuple[int, int]] = []

    def add(text: str, first: int, last: int) -> None:
        lines.append(text)
        origins.append((first, last))

    for block in blocks:
        if block.kind == "table":
            if block.text:
                add(block.text, block.first, block.last)
                add("", block.last, block.last)
            rows = [[cell for text, *_rest, span in row for cell in [(object(), text)] + [(None, "")] * (span - 1)]
                    for row in block.rows]
            for line, i in table_lines(rows):
                first, last = block.row_lines[i] if block.row_lines else (block.first, block.last)
                add(line, first, last)
            continue
        if block.kind[:1] == "h" and block.kind[1:].isdigit():
            add(f"{'#' * int(block.kind[1])} {block.text}", block.first, block.last)
        elif block.kind == "li":  # an <ol> item keeps the number the page shows ('åtgärd 2')
            add(f"  {block.number}. {block.text}" if block.number else f"  • {block.text}", block.first, block.last)
        else:
            add(block.text, block.first, block.last)
        add("", block.last, block.last)
    return LoadedText(lines, notes=[note] if note else [], origins=origins)


def shown_lines(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The lines a citation of the file counts and shows, read by the same loader the ingest used, for every type it
    accepts: a Word file's paragraphs and table rows, a PDF's layout lines, a Markdown file without its markup, an
    e-mail without its '> ' marks, a text file's lines (a form feed is no line break); an HTML page's readable text
    line for line with the file (`html_shown_lines`), since its passages cite the file's own lines. Raises
    `LoadError` for a file the ingest would not read (trial 27: a Word file read as UTF-8 text opened no lines)."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return html_shown_lines(path)
    loader = LOADERS.get(suffix)
    if loader is None:
        raise LoadError(f"filtypen '{suffix or '(ingen)'}' stöds inte")
    return loader(path, limits).lines


def html_shown_lines(path: Path) -> list[str]:
    """The readable text of each line of an HTML file (tags, scripts and styles left out): what a citation of it
    shows and quotes are checked against, line for line with the file."""
    from ingest.html import read_html

    return read_html(decode_text(path.read_bytes())[0])[1]


LOADERS: dict[str, Callable[[Path, ReadLimits], LoadedText]] = {
    ".txt": load_plain,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html,
    ".htm": load_html,
}


def read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Catalogue entries keyed by file name; an absent manifest means none."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: the manifest is not valid YAML: {exc}") from exc
    docs = data.get("documents") or {}
    if not isinstance(docs, dict):
        raise InputError(f"{path}: 'documents' must map file names to entries")
    return {str(k): dict(v or {}) for k, v in docs.items()}


def discover(paths: list[Path]) -> Iterator[tuple[Path, Path]]:
    """Yield (file, folder whose manifest applies) for every file under `paths`; hidden files skipped."""
    for root in paths:
        if not root.exists():
            raise InputError(f"Sökvägen finns inte / path does not exist: {root}")
        if root.is_file():
            yield root, root.parent
            continue
        for file in sorted(root.rglob("*")):
            rel = file.relative_to(root)
            if file.is_file() and not any(p.startswith(".") for p in rel.parts) and file.name != MANIFEST_NAME:
                yield file, file.parent


# What a file's first bytes say it is, for the formats users mistake for each other (a Word file saved or renamed
# as .pdf; trial 35): (signature, where it may start at the latest, name in a message, the suffix it would need).
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"%PDF-", 1024, "en PDF", ".pdf"),  # readers accept up to 1 KiB of junk before the header
    (b"PK\x03\x04", 0, "ett Word-dokument eller annat ZIP-paket", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "ett Word-dokument i det äldre formatet (.doc)", ""),
    (b"{\\rtf", 0, "ett RTF-dokument", ""),
    (b"\x89PNG", 0, "en PNG-bild", ""),
    (b"\xff\xd8\xff", 0, "en JPEG-bild", ""),
)


def file_kind(head: bytes) -> tuple[str, str] | None:
    """(what the file is, the suffix it would need) by its first bytes; None when they name no format above.

    >>> file_kind(b"PK\\x03\\x04rest")
    ('ett Word-dokument eller annat ZIP-paket', '.docx')
    >>> file_kind(b"Vanlig text") is None
    True
    """
    for signature, latest, name, suffix in _SIGNATURES:
        at = head.find(signature, 0, latest + len(signature))
        if at == 0 or (latest and at > 0):
            return name, suffix
    return None


def check_file_kind(path: Path, suffix: str) -> None:
    """Refuse a file whose content is another format than its name says, naming what it is and what to do: read
    by its suffix's loader it failed with the parser's own English words ('Stream has ended unexpectedly')."""
    with path.open("rb") as handle:
        head = handle.read(1024 + 8)
    kind = file_kind(head)
    wanted = {".pdf": ".pdf", ".docx": ".docx"}.get(suffix)
    if wanted is not None:
        if kind is not None and kind[1] == wanted:
            return
        what = kind[0] if kind is not None else "inte en " + ("PDF" if wanted == ".pdf" else "Word-fil (.docx)")
        advice = (f"byt filändelsen till {kind[1]} och ladda upp den igen" if kind is not None and kind[1]
                  else f"spara den som {'PDF' if wanted == '.pdf' else '.docx'} och ladda upp den igen")
        raise LoadError(f"filen heter {suffix} men är {what}; {advice}")
    # (a text file is another format only by its first bytes: '%PDF-' quoted in its first lines is text; review36)
    if suffix in (".txt", ".md", ".markdown", ".html", ".htm") and kind is not None and file_kind(head[:8]) is not None:
        advice = (f"byt filändelsen till {kind[1]} och ladda upp den igen" if kind[1]
                  else "spara den som .docx, PDF eller text och ladda upp den igen")
        raise LoadError(f"filen heter {suffix} men är {kind[0]}; {advice}")


def load_document(
    path: Path, entry: dict[str, Any] | None = None, origin: str = "korpus", limits: ReadLimits = DEFAULT_LIMITS
) -> tuple[SourceDoc, list[str]]:
    """Load one file into a `SourceDoc`; raises `LoadError` for files to skip.

    An upload's source name says so ("uppladdad/<name>"), so citations tell curated sources from uploads
    and an upload never shares a name with a corpus document.
    """
    suffix = path.suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        raise LoadError(f"filtypen '{suffix or '(ingen)'}' stöds inte (tillåtna: {', '.join(sorted(LOADERS))})")
    size = path.stat().st_size
    if size == 0:
        raise LoadError("filen är tom")
    if size > MAX_FILE_BYTES:
        raise LoadError(
            f"filen är för stor ({size // 1024 // 1024} MiB; gränsen är {MAX_FILE_BYTES // 1024 // 1024} MiB)"
        )
    check_file_kind(path, suffix)
    loaded = loader(path, limits)
    if not any(line.strip() for line in loaded.lines):
        raise LoadError("ingen text kunde läsas ut (filen är tom, eller en skannad PDF utan textlager)")
    # A file of markup alone ('#', '***', '---') has nothing to cite: indexed, it was a document without a word.
    if not any(ch.isalnum() for line in loaded.lines for ch in line):
        raise LoadError("ingen text kunde läsas ut (filen har varken ord eller siffror, bara tecken som # och *)")
    entry = entry or {}
    doc_type = str(entry.get("doc_type", "övrigt"))
    if doc_type not in DOC_TYPES:
        raise LoadError(f"dokumenttypen {doc_type!r} i manifestet är inte en av {', '.join(DOC_TYPES)}")
    doc = SourceDoc(
        path=str(path.resolve()),  # where it was read; the pipeline stores it under its key (assistant.index.documents)
        source=path.name if origin != "uppladdad" else f"uppladdad/{path.name}",
        origin=origin,
        title=str(entry.get("title") or loaded.title or _guess_title(path, loaded.lines)),
        doc_type=doc_type,
        # A plan or protocol names its organisation once at the top (or in the file's metadata); kept, it counts
        # for every passage.
        publisher=str(entry.get("publisher") or own_organisation(loaded.lines, loaded.authors) or (
            header_organisation(next((ln for ln in loaded.lines if ln.strip()), "")) if loaded.title else "")),
        year=int(entry["year"]) if entry.get("year") else None,
        lines=loaded.lines,
        parts=[DocPart(title=str(p["title"]), lines=[(int(a), int(b)) for a, b in p["lines"]])
               for p in entry.get("parts", [])],
        heading_levels={str(k): int(v) for k, v in (entry.get("heading_levels") or {}).items()},
        content_hash=content_hash(path, entry),
        page_breaks=loaded.page_breaks,
        line_origins=loaded.origins,
        footnote_lines=loaded.footnotes,
    )
    return doc, loaded.notes


def content_hash(path: Path, entry: dict[str, Any] | None = None) -> str:
    """A document version: its bytes, its manifest entry and the pipeline version. Cheap next to parsing, so an
    ingest compares it with the registry first and parses only new or changed files."""
    raw = path.read_bytes()
    extra = f"\x00{PIPELINE_VERSION}\x00{sorted((entry or {}).items())!r}".encode()
    return hashlib.sha256(raw + extra).hexdigest()[:32]


def _guess_title(path: Path, lines: list[str]) -> str:
    if mail.is_email(lines) and (topic := mail.subject(lines)):
        return topic  # an e-mail's subject, not its 'Från:' line
    for line in lines[:20]:
        text = line.strip().lstrip("#").strip()
        if 3 <= len(text) <= 150:
            return text
    return path.stem.replace("-", " ").replace("_", " ")
