"""A PDF page's lines with their paragraphs and headings read from the layout.

Text pulled out of a PDF has no blank lines: a whole page came out as one paragraph, so every sentence cited the
page's lines and a heading ('§ 14 Jämställdhetsanalys …', set large or bold) ran into the text under it. The PDF
still says where its paragraphs are: a wider gap between two lines than the text's line spacing, a change of font
size or weight, a first line set in. This reader keeps the extracted lines as they are and puts a blank line where
a paragraph ends, and writes a heading (larger or bold short text standing alone) as one Markdown heading line
('## § 14 …'), its level from its size, the way the Word and HTML readers write theirs, so the rest of ingest
reads a PDF as it reads them. Likewise a table, whose cells the PDF reader gives one a line, is written as the Word
reader writes its rows ('| Sjukfrånvaro (%) | 8,9 | 5,1 |', ingest.load.table_lines); a list item set in is
written indented, and a footnote mark set raised and small stays raised ('2024.¹').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from assistant.lexicon import CAPTION_RE, PAGE_NUMBER_RE, SUPERSCRIPT_DIGITS
from ingest.load import table_lines

# A paragraph break: a gap this much wider than the document's line spacing (plus a point of slack).
GAP_FACTOR = 1.2
# A heading's font is at least this much larger than the body text's (or the same size in bold).
HEADING_SIZE_FACTOR = 1.12
# The longest heading, in characters and lines; longer larger text is a lead paragraph.
HEADING_MAX_CHARS = 160
HEADING_MAX_LINES = 3
# A line this much shorter than the page's full lines, ending a sentence, ends its paragraph.
SHORT_LINE = 0.7
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_ENDS_SENTENCE = ".!?:;,"
# A figure of a table's row or header ('2023', '41,5', '12 %'): a line mostly of these is a row, never a heading.
_FIGURE_RE = re.compile(r"^[(]?[\d%][\d\s.,:/%–-]*[)]?$")
# A footnote mark is set at most this large against its line's text (superscripts are some 60–80 % of it).
MARK_SIZE_FACTOR = 0.85
# ... and raised at least this much (of its line's font size) above the line's baseline (superscripts some 30 %).
MARK_RISE_FACTOR = 0.15
# A mark's digits: one note's number. '8,9' is a decimal figure (set smaller in a table or a note), never a mark.
_MARK_RE = re.compile(r"^\d{1,3}$")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
# A list item's first line: a bullet, or a number or letter with its point or bracket ('2.', 'a)').
_ITEM_START_RE = re.compile(r"^(?:[•●▪■◦○‣⁃∙·☐☑☒□▢❏❑–-]|\d{1,2}[.)]|[a-zA-Z][).])\s+\S")
# A list item's number, letter or bullet standing alone ('2.', 'a)', '•').
_ITEM_MARK_RE = re.compile(r"^(?:[•●▪■◦○‣⁃∙·☐☑☒□▢❏❑–-]|\d{1,2}[.)]?|[a-zA-Z][).])$")
# The longest average piece of a table's column after the first; longer pieces side by side are columns of text.
TEXT_COLUMN_CHARS = 60
# A section's number before its title ('4.', '3.1').
_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
# A year in a column's name ('Kvinnor 2025', 'Vt 2024', '2023/24').
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d(?:/(?:19|20)?\d\d)?\b")
# How far (in font sizes) a table's cell may stand from the cell above it in its column: figures set flush right
# start a digit or two apart.
COLUMN_SLACK = 3.0


@dataclass
class PdfLine:
    """One extracted line and where it stands: its baseline (y grows upwards), left edge, font size, weight."""

    text: str
    y: float | None = None
    x: float | None = None
    size: float = 0.0
    bold: bool = False


def page_lines(page: Any) -> tuple[str, list[PdfLine]]:
    """A page's text as the PDF reader extracts it, and its lines, each with the position and font of its text
    (none where the pieces the reader reports do not add up to its text: then the lines carry no layout)."""
    pieces: list[tuple[str, float, float, float, bool]] = []

    broken: list[str] = []
    # The text rise (Ts) in force, saved and restored with the graphics state: how a superscript is often raised,
    # which the reader's text matrix leaves out.
    rise: list[float] = [0.0]
    saved: list[float] = []

    def before(operator: bytes, operands: Sequence[Any], cm: Any, tm: Any) -> None:
        if operator == b"Ts" and operands:
            try:
                rise[0] = float(operands[0])
            except (TypeError, ValueError):
                rise[0] = 0.0
        elif operator == b"q":
            saved.append(rise[0])
        elif operator == b"Q" and saved:
            rise[0] = saved.pop()

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        # The text matrix within the current transformation: where the piece starts on the page.
        try:
            _, b, c, d, e, f = (float(v) for v in tm)
            e, f = e + c * rise[0], f + d * rise[0]
            ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
            size = float(size or 0)
        except (TypeError, ValueError):  # a malformed matrix: the text is still read, without its layout
            broken.append(text)
            pieces.append((text, 0.0, 0.0, 0.0, False))
            return
        x = e * ca + f * cc + ce
        y = e * cb + f * cd + cf
        scale = abs(d * cd + b * cc) or abs(d) or 1.0  # a size set as 1 and scaled by the matrices
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        pieces.append((text, x, y, size * scale, bool(_BOLD_RE.search(name))))

    text = page.extract_text(visitor_text=visit, visitor_operand_before=before) or ""
    if broken or "".join(p[0] for p in pieces) != text or "\r" in text:
        return text, [PdfLine(line) for line in re.split(r"\r\n|\r|\n", text)]
    lines: list[PdfLine] = []
    current = PdfLine("")
    weights: Counter[tuple[float, bool]] = Counter()
    baseline: float | None = None  # where the line's latest piece of text stands

    def finish() -> None:
        nonlocal current, weights, baseline
        if weights:
            (current.size, current.bold), _ = max(weights.items(), key=lambda kv: (kv[1], kv[0][0]))
        lines.append(current)
        current, weights, baseline = PdfLine(""), Counter(), None

    for piece, x, y, size, bold in pieces:
        parts = piece.split("\n")
        for i, part in enumerate(parts):
            if i:
                finish()
            if _raised_mark(current.text, part, size, y - baseline if baseline is not None else 0.0, weights):
                current.text += part.translate(_TO_SUPERSCRIPT)
                continue
            if part.strip():
                if current.y is None:
                    current.x, current.y = x, y
                weights[(round(size, 1), bold)] += len(part.strip())
                baseline = y if not i else None  # a later line of one piece: where it stands is not known
            current.text += part
    finish()
    return text, lines


def _raised_mark(line: str, part: str, size: float, raised: float, weights: Counter[tuple[float, bool]]) -> bool:
    """Whether `part` is a footnote mark set raised (`raised` above the baseline of the text before it) and smaller
    right after the line's text ('… 2024.¹', '… arbetsplatser.⁴'): extracted as plain digits it reads as part of the
    figure or word before it ('2024.1'). A smaller figure on the baseline is text ('… (%) 8')."""
    if not (_MARK_RE.match(part) and line[-1:].strip() and weights and size):
        return False
    (line_size, _), _ = max(weights.items(), key=lambda kv: (kv[1], kv[0][0]))
    return size <= MARK_SIZE_FACTOR * line_size and raised >= MARK_RISE_FACTOR * line_size


def _body_size(lines: Sequence[PdfLine]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _line_spacing(pages: Sequence[Sequence[PdfLine]], body: float) -> float:
    """The tightest spacing that recurs between two lines of body text: within a paragraph (a gap that occurs
    once may be a line squeezed between others)."""
    gaps: Counter[float] = Counter()
    for lines in pages:
        for above, below in zip(lines, lines[1:]):
            if above.y is None or below.y is None or round(above.size, 1) != body or round(below.size, 1) != body:
                continue
            gap = round((above.y - below.y) * 2) / 2
            if gap >= 0.8 * body:
                gaps[gap] += 1
    recurring = sorted(g for g, n in gaps.items() if n >= 2)
    return recurring[0] if recurring else (min(gaps) if gaps else 0.0)


def _breaks_before(above: PdfLine, below: PdfLine, spacing: float, body: float, full: int) -> bool:
    if above.y is None or below.y is None:
        return False
    ended = above.text.rstrip()[-1:] in ".!?"
    if ended and below.text.strip()[:1].isupper() and len(above.text.strip()) < SHORT_LINE * full:
        return True  # a paragraph's last line stops short of the margin; paragraphs set without a gap
    if abs(above.size - below.size) > 0.5 or above.bold != below.bold:
        return True
    gap = above.y - below.y
    size = below.size or body
    if gap < 0.5 * size:
        return gap < -0.5 * size  # a new column (the text goes up); the same baseline continues the line
    if above.bold and (CAPTION_RE.match(below.text.strip()) or _figures_row(below.text)):
        return True  # a bold caption ('Tabell 1. …') or header row ('Kön 2023 2024') is no part of a heading above
    if spacing and body and gap > spacing * max(size / body, 1.0) * GAP_FACTOR + 1:  # larger text, wider lines
        return True
    # A first line set in after a finished sentence ('Beslut …' indented under a paragraph).
    indented = above.x is not None and below.x is not None and below.x > above.x + size
    return indented and ended and below.text.strip()[:1].isupper()


def _figures_row(text: str) -> bool:
    """A line more than half of whose words are figures, two or more: a table's header or row ('Kön 2023 2024'),
    not a heading ('Resultat 2023 och 2024', '§ 14 … årskurs 9')."""
    words = text.split()
    if len(words) > 1 and _SECTION_NUMBER_RE.match(words[0]) and words[1][:1].isalpha():
        words = words[1:]  # a section's number ('4. Åtgärder 2025') is no figure
    figures = sum(1 for w in words if _FIGURE_RE.match(w))
    return figures >= 2 and 2 * figures > len(words)


def _is_heading(group: Sequence[PdfLine], body: float) -> bool:
    text = " ".join(line.text.strip() for line in group)
    if not text or len(group) > HEADING_MAX_LINES or len(text) > HEADING_MAX_CHARS:
        return False
    if any(_figures_row(line.text) for line in group):
        return False
    if text[-1] in _ENDS_SENTENCE or PAGE_NUMBER_RE.match(text) or not any(ch.isalpha() for ch in text):
        return False
    size = group[0].size
    larger = body > 0 and size >= body * HEADING_SIZE_FACTOR
    return larger or (group[0].bold and abs(size - body) <= 0.5)


def layout_text(pages: Sequence[Sequence[PdfLine]]) -> tuple[list[str], list[int]]:
    """The document's lines with a blank line after each paragraph and headings as '#' lines, and the (1-based)
    line each page after the first starts on. Lines without layout are kept as they are, page by page."""
    all_lines = [line for page in pages for line in page]
    body = _body_size(all_lines)
    spacing = _line_spacing(pages, body)
    heading_sizes = sorted({round(g.size, 1) for g in all_lines if g.size > body * HEADING_SIZE_FACTOR},
                           reverse=True)
    lefts = Counter(round(line.x) for line in all_lines if line.x is not None and line.text.strip())
    left = lefts.most_common(1)[0][0] if lefts else None  # where the body text's lines start
    out: list[str] = []
    breaks: list[int] = []
    for page in map(_bullets_joined, pages):
        breaks.append(len(out) + 1)
        lengths = sorted(len(line.text.strip()) for line in page if line.y is not None and line.text.strip())
        full = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))] if lengths else 0
        groups: list[list[PdfLine]] = []
        tables: dict[int, list[list[str]]] = {}  # the groups that are tables, by their first line's id
        for line in _tables_read(page):
            if isinstance(line, list):  # a table is a group of its own, marked by a line standing in for it
                mark = PdfLine("")
                tables[id(mark)] = line
                if groups and not groups[-1]:
                    groups.pop()
                groups.extend([[mark], []])
                continue
            if not line.text.strip():
                if groups and groups[-1]:
                    groups.append([])
                continue
            if groups and groups[-1] and not _breaks_before(groups[-1][-1], line, spacing, body, full):
                groups[-1].append(line)
            else:
                if groups and not groups[-1]:
                    groups.pop()
                groups.append([line])
        groups = [g for g in groups if g]
        for k, group in enumerate(groups):
            if id(group[0]) in tables:
                table = tables[id(group[0])]
                out.extend([""] * getattr(table, "lines_before", 0))
                cells = [[(object(), cell) for cell in row] for row in table]
                out.extend(line for line, _ in table_lines(cells))
                continue
            if k in (0, len(groups) - 1) and len(group) == 1 and group[0].y is not None and \
                    PAGE_NUMBER_RE.match(group[0].text):
                continue  # the page's number, at its top or foot ('3', 'Sida 3 av 12')
            if _is_heading(group, body):
                size = round(group[0].size, 1)
                level = heading_sizes.index(size) + 1 if size in heading_sizes else len(heading_sizes) + 1
                out.append(f"{'#' * min(level, 4)} {' '.join(line.text.strip() for line in group)}")
            else:
                # The first line's indent is a paragraph's, not a list's (ingest.clean reads one space as a lost
                # bullet); a paragraph now stands apart by its blank line.
                first = group[0].text.strip() if group[0].y is not None else group[0].text.rstrip()
                out.extend(_item_indented(line, left) or text for line, text in
                           zip(group, [first, *(line.text.rstrip() for line in group[1:])], strict=True))
            out.append("")
    return out, breaks[1:]


def _item_indented(line: PdfLine, left: float | None) -> str | None:
    """A list item's line set in from the text's left edge, written with as many spaces (two a font size, at least
    two) as it is set in, so its depth is read from its indent as in text files: a sub-item 'a) …' set further in
    than its item '1. …', an item '4. …' after a sub-item's wrapped line; None for any other line."""
    text = line.text.strip()
    if line.x is None or left is None or not _ITEM_START_RE.match(text):
        return None
    size = line.size or 1
    steps = round((line.x - left) / size)
    return f"{'  ' * steps}{text}" if steps >= 1 else None


class PdfTable(list[list[str]]):
    """A table read from a page: its rows of cells, and how many blank lines stand before it (lines_before)."""

    lines_before: int = 0


def _tables_read(lines: Sequence[PdfLine]) -> list[PdfLine | list[list[str]]]:
    """The page's lines with each table read as its rows of cells. A PDF table's cells are drawn one by one, and
    the reader gives each its own line: 'Sjukfrånvaro (%)', '8,9', '5,1' … with the header row's 'Kvinnor 2024'
    lines away, so no figure knew its column. A table is two or more baselines in a row that each hold as many
    pieces (two or more), left to right, each piece standing in the column of the one above it."""
    rows: list[list[PdfLine]] = []
    for line in _wrapped_cells_joined(lines):
        last = rows[-1][-1] if rows else None
        if (last is not None and line.y is not None and last.y is not None and line.x is not None
                and last.x is not None and line.text.strip() and last.text.strip()
                and abs(line.y - last.y) < 0.5 * (line.size or 1) and line.x > last.x):
            rows[-1].append(line)
        else:
            rows.append([line])
    # A list item's number or bullet drawn apart from its text ('2.' | 'Chefsförsörjningen …') is one line, not a
    # row of a table.
    rows = [[PdfLine(f"{_item_mark(row[0].text)} {row[1].text.strip()}", row[0].y, row[0].x, row[1].size, row[1].bold)]
            if len(row) == 2 and _ITEM_MARK_RE.match(row[0].text.strip()) and row[1].text.strip()[:1].isalpha()
            else row for row in rows]
    out: list[PdfLine | list[list[str]]] = []
    i = 0
    while i < len(rows):
        # A header row over an empty top-left cell has one piece fewer than the rows under it.
        start = i + 1 if i + 1 < len(rows) and _header_over_corner(rows[i], rows[i + 1]) else i
        j = start + 1
        aligned_apart = start == i and j < len(rows) and not _same_columns(rows[i], rows[j]) and \
            _header_over_figures(rows[i], rows[j]) and _next_row(rows[i], rows[j])
        if aligned_apart:
            j += 1  # the header row over figures set flush right: the rows under it go on from the first
        aligned_apart = aligned_apart or (start > i and not _same_columns(rows[i], rows[start][1:],
                                                                            slack_size=rows[start][0].size))
        while j < len(rows) and len(rows[start]) >= 2 and _same_columns(rows[j - 1], rows[j]) and \
                _next_row(rows[j - 1], rows[j]):
            j += 1
        cells = [[cell.text.strip().replace("|", "/") for cell in row] for row in rows[i:j]]
        if start > i:
            cells[0] = ["", *cells[0]]
        if j - i >= 2 and not _running_text(cells):
            table = PdfTable(cells)
            if aligned_apart:
                # Pipeline 37 read such a header as a line a name and a blank line: as many lines stand before the
                # table still, so its rows and the text after it keep the line numbers cited before.
                table.lines_before = len(rows[i])
            out.append(table)
        elif start > i:  # not a table after all: read the rows again, the first on its own
            out.extend(rows[i])
            j = i + 1
        else:
            out.extend(line for row in rows[i:j] for line in row)
        i = j
    return out


# The most characters of one line of a table cell wrapped over lines ('Trivsel' / 'flickor'); the lines of running
# text set in columns are longer.
CELL_LINE_CHARS = 30


def _stacks(lines: Sequence[PdfLine]) -> list[tuple[int, int]]:
    """Runs [i, j) of two or more short lines drawn one under the other at one left edge, each one line below the
    last: a table cell's text wrapped over lines."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _stacked(lines[j - 1], lines[j]):
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = j
    return runs


def _stacked(above: PdfLine, below: PdfLine) -> bool:
    if None in (above.y, below.y, above.x, below.x):
        return False
    a, b = above.text.strip(), below.text.strip()
    size = max(above.size or 1, 1)
    return (bool(a) and bool(b) and len(a) <= CELL_LINE_CHARS and len(b) <= CELL_LINE_CHARS
            and abs(above.x - below.x) <= 1.0 and 0 < above.y - below.y <= 1.6 * size)


def _wrapped_cells_joined(lines: Sequence[PdfLine]) -> list[PdfLine]:
    """A header row whose cells wrap over two lines ('Trivsel' / 'flickor', as Word sets a narrow column) read as
    one row of cells ('Trivsel flickor'), so the rows under it keep their column names. Two or more such wrapped
    cells side by side with one top line make the band; each becomes one piece on the band's lowest line, and so
    does a one-line cell in the band ('Årskurs'). A single stack (the wrapped value of a label-and-value layout) is
    left alone."""
    runs = _stacks(lines)
    tops: Counter[float] = Counter(round(lines[i].y or 0) for i, _ in runs)
    runs = [(i, j) for i, j in runs if tops[round(lines[i].y or 0)] >= 2]
    if not runs:
        return list(lines)
    out = list(lines)
    drop: set[int] = set()
    for top in {round(lines[i].y or 0) for i, _ in runs}:
        band = [(i, j) for i, j in runs if round(lines[i].y or 0) == top]
        bottom = min(lines[j - 1].y or 0 for _, j in band)
        first, last = band[0][0], band[-1][1]
        for i, j in band:
            text = lines[i].text.strip()
            for k in range(i + 1, j):
                nxt = lines[k].text.strip()
                text = text[:-1] + nxt if text.endswith("-") and nxt[:1].islower() else f"{text} {nxt}"
                drop.add(k)
            head = lines[i]
            out[i] = PdfLine(text, bottom, head.x, head.size, head.bold)
        # a one-line cell of the band, just before, between or just after the wrapped ones
        for k in range(max(0, first - 1), min(len(lines), last + 1)):
            line = lines[k]
            if k in drop or any(i <= k < j for i, j in band) or line.y is None:
                continue
            if round(line.y) in (top, round(bottom)) or bottom <= line.y <= top:
                out[k] = PdfLine(line.text, bottom, line.x, line.size, line.bold)
    return [line for k, line in enumerate(out) if k not in drop]


# The most line heights between two rows of one table: a page's running header and footer, drawn alike at its top
# and foot, are no table.
ROW_GAP_LINES = 4.0


def _next_row(above: Sequence[PdfLine], below: Sequence[PdfLine]) -> bool:
    """Whether `below` stands close enough under `above` to be the table's next row."""
    a, b = above[0], below[0]
    if a.y is None or b.y is None:
        return True
    return abs(a.y - b.y) <= ROW_GAP_LINES * max(a.size or 1, b.size or 1)


def _item_mark(text: str) -> str:
    """An item's mark as a text file writes it: a bare number with its point ('1' -> '1.')."""
    mark = text.strip()
    return f"{mark}." if mark.isdigit() else mark


def _running_text(rows: Sequence[Sequence[str]]) -> bool:
    """Whether side-by-side pieces are two columns of running text, not a table: a column after the first whose
    pieces are long lines."""
    return any(sum(len(row[c]) for row in rows) / len(rows) > TEXT_COLUMN_CHARS for c in range(1, len(rows[0])))


def _same_columns(above: Sequence[PdfLine], below: Sequence[PdfLine], slack_size: float = 0.0) -> bool:
    """Whether two baselines are rows of one table: as many cells, each under the one above it."""
    if len(above) != len(below):
        return False
    slack = COLUMN_SLACK * max(slack_size or above[0].size or 1, 1)
    return all(abs((a.x or 0) - (b.x or 0)) <= slack for a, b in zip(above, below, strict=True))


def _header_over_corner(above: Sequence[PdfLine], below: Sequence[PdfLine]) -> bool:
    """Whether `above` is a table's header row whose top-left cell is empty (['', 'Kvinnor 2024', 'Män 2024'], as
    statistics tables set it): one piece fewer than the row under it, each in the column of that row's last pieces
    (or, over figures set flush right, interleaved with them: `_interleaved`).
    Two pieces at least: a lone piece over a two-column row is as often the wrapped value of a label-and-value
    layout ('Beslutande  Anna Berg (S)' / 'Johan Nilsson (M)')."""
    if len(above) < 2 or len(below) != len(above) + 1 or any(p.y is None or p.x is None for p in above):
        return False
    if _same_columns(above, below[1:], slack_size=below[0].size):
        return True
    return (below[0].x is not None and all(p.x is not None and p.x > below[0].x for p in above)
            and _names_columns(above) and _holds_figures(below) and _interleaved(above, below[1:]))


def _header_over_figures(above: Sequence[PdfLine], below: Sequence[PdfLine]) -> bool:
    """Whether `above` is the header row of the table whose first row is `below`, their cells aligned apart: the
    names set flush left over figures set flush right (or centred), as a report's statistics table sets them
    ('Nyckeltal  Kvinnor 2025  Män 2025' over 'Tillsvidareanställda (antal)  1 846  512'; evals/extra_docs'
    Älvmora report lost its column names so). As many pieces, the row labels' column at one left edge, each name
    between the figures on either side of its own, the names no figures (but years) and the row under them
    figures after its label."""
    if len(above) < 2 or len(above) != len(below) or above[0].x is None or below[0].x is None:
        return False
    slack = COLUMN_SLACK * max(above[0].size or 1, 1)
    return (abs(above[0].x - below[0].x) <= slack and _names_columns(above) and _holds_figures(below)
            and _interleaved(above, below))


def _interleaved(above: Sequence[PdfLine], below: Sequence[PdfLine]) -> bool:
    """Whether two baselines of as many pieces stand in the same columns however each cell is aligned in its
    column: each piece lies between the pieces on either side of its own column in the other row."""
    if len(above) != len(below) or any(p.x is None for p in (*above, *below)):
        return False
    for one, other in ((above, below), (below, above)):
        for k, piece in enumerate(one):
            left = other[k - 1].x if k else float("-inf")
            right = other[k + 1].x if k + 1 < len(other) else float("inf")
            if not left < piece.x < right:  # type: ignore[operator]
                return False
    return True


def _names_columns(pieces: Sequence[PdfLine]) -> bool:
    """Whether a baseline's pieces name columns: words, no figure but a year ('Kvinnor 2025', 'Män/pojkar')."""
    return all(p.text.strip() and not _FIGURE_RE.match(_YEAR_RE.sub("", p.text).strip() or "x")
               and not re.search(r"\d", _YEAR_RE.sub("", p.text)) for p in pieces)


def _holds_figures(pieces: Sequence[PdfLine]) -> bool:
    """Whether a baseline is a row of figures after its label: each piece after the first a figure."""
    return len(pieces) >= 2 and all(_FIGURE_RE.match(p.text.strip()) for p in pieces[1:])


def _bullets_joined(lines: Sequence[PdfLine]) -> list[PdfLine]:
    """A bullet drawn on its own ('•', or a glyph the reader cannot name) joined to the item text on its baseline:
    a list item is one line '• Text', as ingest.clean reads lists."""
    out: list[PdfLine] = []
    pending: PdfLine | None = None
    for line in lines:
        text = line.text.strip()
        if pending is not None:
            if not text:
                continue
            if line.y is not None and abs(line.y - (pending.y or 0)) < 0.5 * (line.size or 1):
                out.append(PdfLine(f"• {text}", line.y, pending.x, line.size, line.bold))
                pending = None
                continue
            out.append(pending)
            pending = None
        if line.y is not None and 0 < len(text) <= 2 and not any(ch.isalnum() for ch in text):
            pending = line
            continue
        out.append(line)
    if pending is not None:
        out.append(pending)
    return out
