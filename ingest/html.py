"""Reading an HTML page into blocks that remember the lines of the file they stand on.

A citation names lines of the original file (the source view opens them), so each block of text an HTML page
yields (a heading, a paragraph, a list item, a table row) carries the first and last line of the raw file its text
stands on; the readable text of each raw line (tags, scripts and styles left out) is what the source view shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from assistant.lexicon import CONTACT_HEADING_RE, WEB_FURNITURE_RE

# Elements whose content is never text of the page.
SKIPPED = frozenset({"script", "style", "noscript", "nav", "footer", "header", "form", "svg", "head", "template",
                     "button"})
# A class or id naming a page's widget (SiteVision's 'sv-share', 'feedback', a cookie banner): its content is no
# text of the page, wherever it stands.
WIDGET_RE = re.compile(r"(?:^|[-_])(?:share|sharing|social-?media|feedback|cookies?|rating|breadcrumbs?)(?:[-_]|$)",
                       re.I)
BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "caption", "dt", "dd"})
# Elements that end a run of bare text (text standing in a <div> without a block of its own).
BREAKS = frozenset({"div", "section", "article", "main", "aside", "ul", "ol", "dl", "table", "br", "hr", "figure",
                    "figcaption", "tr", "td", "th", "body"})
# Elements that have no end tag: never kept open (a page of thousands of '<br>' made each later tag a long search).
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


@dataclass
class HtmlBlock:
    """A block of text: kind is the element (h2, p, li, caption, …) or 'table'; rows are a table's cells."""

    kind: str
    text: str = ""
    first: int = 0
    last: int = 0
    rows: list[list[tuple[str, int, int, int]]] = field(default_factory=list)  # (text, first, last, colspan)
    row_lines: list[tuple[int, int]] = field(default_factory=list)
    header_rows: int = 0
    in_main: bool = False
    in_article: bool = False
    order: int = 0
    number: str = ""  # an <ol> item's number ('2'), which the page shows and a reader asks for ('åtgärd 2')
    aside: int = 0  # the <aside> it stands in (1, 2, … in the file's order), 0 for none


@dataclass
class _Open:
    tag: str
    pieces: list[tuple[str, int, int]] = field(default_factory=list)  # (text, line, order in the file)
    number: str = ""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[HtmlBlock] = []
        self.shown: dict[int, list[str]] = {}
        self.skip = 0
        self.stack: list[str] = []
        self.open: list[_Open] = []  # open blocks, innermost last (text goes to the innermost)
        self.tables: list[HtmlBlock] = []
        self.cell: _Open | None = None
        self.cell_span = 1
        self.row: list[tuple[str, int, int, int]] | None = None
        self.row_header = True
        self.bare = _Open("p")
        # The cell and row of each table a nested table stands in, taken up again where the nested one ends.
        self.outer: list[tuple[_Open | None, int, list[tuple[str, int, int, int]] | None, bool]] = []
        self.main = self.article = self.seq = 0
        self.asides: list[int] = []  # the open <aside>s, innermost last
        self.aside_count = 0
        self.widget: list[str] = []  # a widget's element and the same elements open inside it
        self.lists: list[list] = []  # open <ul>/<ol>: [tag, the last item's number]

    # -- text
    def handle_data(self, data: str) -> None:
        if self.skip or self.widget:
            return
        line = self.getpos()[0]
        if not data.strip():
            self._piece(" ")  # '<b>a</b>\n<i>b</i>': two words
            return
        parts = data.split("\n")
        for i, part in enumerate(parts):
            if part.strip():
                self.shown.setdefault(line + i, []).append(part)
                target = self.cell or (self.open[-1] if self.open else self.bare)
                # A line break in the file is a space between words: the parts keep it.
                text = ("\n" if i else "") + part + ("\n" if i < len(parts) - 1 else "")
                target.pieces.append((text, line + i, self.seq))
                self.seq += 1

    # -- tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip = 0  # a <head> left open ends where the body starts
        if tag in SKIPPED:
            self.skip += 1
            return
        if self.skip:
            return
        if self.widget:
            if tag == self.widget[0]:
                self.widget.append(tag)
            return
        named = " ".join(v or "" for k, v in attrs if k in ("class", "id")).split()
        if tag not in VOID and any(WIDGET_RE.search(name) for name in named):
            self.widget.append(tag)
            return
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "aside":
            self.aside_count += 1
            self.asides.append(self.aside_count)
        if tag == "main":
            self.main += 1
        if tag == "article":
            self.article += 1
        if tag in BREAKS or tag in BLOCKS:
            self._flush_bare()
            self._piece(" ")  # '<li><p>a</p><p>b</p></li>': a block inside an item or a cell ends its words
        if tag == "br":
            self._piece(BREAK)
            return
        if tag in ("ul", "ol"):
            start = dict(attrs).get("start") or ""
            self.lists.append([tag, int(start) - 1 if start.isdecimal() and len(start) < 6 else 0])
        if tag in ("p", "li", "tr", "dt", "dd", "ul", "ol", "table") or tag[:1] == "h" and tag in BLOCKS:
            if self.open and self.open[-1].tag == "p":
                self._close_implicitly()  # a <p> left open ends where the next block starts
        if tag == "li" and self.open and self.open[-1].tag == "li" and self.stack[-2:-1] == ["li"]:
            self._close_implicitly()  # so does an <li> left open where the next item of its list starts
        if tag == "table":
            self.outer.append((self.cell, self.cell_span, self.row, self.row_header))
            self.cell, self.cell_span, self.row, self.row_header = None, 1, None, True
            self.tables.append(self._new("table"))
        elif tag == "tr" and self.tables:
            self._end_row()
            self.row, self.row_header = [], True
        elif tag in ("td", "th") and self.tables:
            self._end_cell()
            line = self.getpos()[0]
            if self.row and self.row[-1][0] and self.row[-1][2] == line and self.shown.get(line):
                # Cells on one line of the file are shown apart, as a Word table's row is (trial 31: 'Vård- och
                # omsorgsprogrammet 2024 68 18 50 13' read as one run of figures).
                self.shown[line].append("|")
            if self.row is None:
                self.row, self.row_header = [], True
            self.row_header &= tag == "th"
            self.cell = _Open(tag)
            span = dict(attrs).get("colspan") or "1"
            self.cell_span = int(span) if span.isdecimal() and 0 < int(span) < 100 else 1
        elif tag == "caption" and self.tables:
            self.cell = _Open("caption")
        elif tag in BLOCKS and self.cell is None and not (tag != "li" and self.open and self.open[-1].tag == "li"):
            self.open.append(_Open(tag))  # a paragraph inside a list item is the item's text
            if tag == "li" and self.lists and self.lists[-1][0] == "ol":
                value = dict(attrs).get("value") or ""
                self.lists[-1][1] = int(value) if value.isdecimal() and len(value) < 6 else self.lists[-1][1] + 1
                self.open[-1].number = str(self.lists[-1][1])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip and not self.widget:
            self._piece(BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.widget:
            if tag == self.widget[0]:
                self.widget.pop()
            return
        if self.skip or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            self._end(top)
            if top == tag:
                break

    def _end(self, tag: str) -> None:
        if tag == "main":
            self.main -= 1
        if tag == "article":
            self.article -= 1
        if tag == "aside" and self.asides:
            self.asides.pop()
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag in BREAKS or tag in BLOCKS:
            self._flush_bare()
            self._piece(" ")
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "caption" and self.tables and self.cell is not None:
            text, first, last = _joined(self.cell.pieces)
            if text:
                self.tables[-1].text = text
                self.tables[-1].first, self.tables[-1].last = first, last
                self.tables[-1].order = min(self.tables[-1].order, _order(self.cell.pieces))
            self.cell = None
        elif tag == "tr":
            self._end_row()
        elif tag == "table" and self.tables:
            self._end_row()
            table = self.tables.pop()
            if table.rows:
                self.blocks.append(table)
            if self.outer:  # a table in a cell of another: that cell goes on
                self.cell, self.cell_span, self.row, self.row_header = self.outer.pop()
        elif tag in BLOCKS and self.open and self.open[-1].tag == tag:
            self._close_block()

    # -- helpers
    def _new(self, kind: str) -> HtmlBlock:
        return HtmlBlock(kind, in_main=self.main > 0, in_article=self.article > 0, order=1 << 62,
                         aside=self.asides[-1] if self.asides else 0)

    def _piece(self, text: str) -> None:
        target = self.cell or (self.open[-1] if self.open else None)
        if target is not None and target.pieces:
            target.pieces.append((text, target.pieces[-1][1], target.pieces[-1][2]))

    def _close_implicitly(self) -> None:
        """Close the innermost open block, whose end tag is missing, and forget its start tag."""
        tag = self.open[-1].tag
        self._close_block()
        at = len(self.stack) - 2 - self.stack[-2::-1].index(tag) if tag in self.stack[:-1] else -1
        if at >= 0:
            del self.stack[at]

    def _close_block(self) -> None:
        block = self.open.pop()
        text, first, last = _joined(block.pieces)
        if text:
            out = self._new(block.tag)
            out.order = _order(block.pieces)
            out.text, out.first, out.last = text, first, last
            out.number = block.number
            self.blocks.append(out)

    def _flush_bare(self) -> None:
        if not self.bare.pieces:
            return
        text, first, last = _joined(self.bare.pieces)
        order = _order(self.bare.pieces)
        self.bare = _Open("p")
        if text:
            out = self._new("p")
            out.order = order
            out.text, out.first, out.last = text, first, last
            self.blocks.append(out)

    def _end_cell(self) -> None:
        if self.cell is None or self.cell.tag not in ("td", "th") or self.row is None:
            return
        text, first, last = _joined(self.cell.pieces)
        self.row.append((text.replace("|", "/"), first, last, self.cell_span))
        if text:
            self.tables[-1].order = min(self.tables[-1].order, _order(self.cell.pieces))
        self.cell, self.cell_span = None, 1

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is None or not self.tables:
            return
        cells = [c for c in self.row if c[0]]
        if cells:
            table = self.tables[-1]
            table.rows.append(self.row)
            table.row_lines.append((min(c[1] for c in cells), max(c[2] for c in cells)))
            if self.row_header and len(table.rows) == table.header_rows + 1:
                table.header_rows += 1
        self.row = None

    def close(self) -> None:
        super().close()
        while self.stack:
            self._end(self.stack.pop())
        while self.open:
            self._close_block()
        self._flush_bare()


BREAK = "\ue000"  # a '<br>' among a block's pieces (a character no text has)
_BREAK_RE = re.compile(r"(\S)\s*\ue000[\s\ue000]*(\S)")


def _joined(pieces: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """The pieces' text on one line, and the first and last line holding any of it; a line break ('<br>') before a
    capital after a line with no closing punctuation parts two entries ('Maria Lindqvist<br>Jämställdhetsstrateg'
    reads 'Maria Lindqvist, Jämställdhetsstrateg'), else it is a space."""
    text = " ".join("".join(p for p, _, _ in pieces).split())
    text = _BREAK_RE.sub(lambda m: m.group(1) + (", " if m.group(1) not in ".!?:;,-–" and m.group(2).isupper()
                                                  else " ") + m.group(2), text)
    text = " ".join(text.replace(BREAK, " ").split())
    lines = [n for p, n, _ in pieces if p.strip()]
    return text, (min(lines) if lines else 0), (max(lines) if lines else 0)


def _order(pieces: list[tuple[str, int, int]]) -> int:
    return min((k for _, _, k in pieces), default=0)


def _contact_sections(blocks: list[HtmlBlock], scope: str) -> list[HtmlBlock]:
    """The sections of the page's <aside>s outside its main text headed as a contact ('Kontakt': a SiteVision or
    EPiServer page names its contact person only there), in the file's order, after the main text (so a sidebar
    before <main> never gives the page its title); other sidebar sections ('Relaterade sidor') are left out."""
    out: list[HtmlBlock] = []
    keep, aside = False, 0
    for block in sorted((b for b in blocks if b.aside and not getattr(b, scope)), key=lambda b: b.order):
        if block.aside != aside:
            keep, aside = False, block.aside
        if block.kind[:1] == "h" and block.kind[1:].isdigit():
            keep = bool(CONTACT_HEADING_RE.match(block.text))
        if keep:
            out.append(block)
    return out


_NEWLINE_REF_RE = re.compile(r"&#(?:0*10(?!\d)|[xX]0*[aA](?![\da-fA-F]));?|&NewLine;")


def read_html(raw: str) -> tuple[list[HtmlBlock], list[str]]:
    """The page's blocks in reading order (those in <main>, else <article>, where the page has one, then a sidebar's
    contact section) and the readable text of each line of the file (1-based line n is shown[n - 1]); a share or
    feedback widget is left out."""
    reader = _Reader()
    # The parser counts lines at '\n' only, and a line break written as a character reference ('&#10;') is none of
    # the file's: both as the file's lines are counted here, so that a block's lines are the file's.
    raw = _NEWLINE_REF_RE.sub(" ", raw.replace("\r\n", "\n").replace("\r", "\n"))
    reader.feed(raw)
    reader.close()
    blocks = [b for b in reader.blocks if b.kind == "table" or not WEB_FURNITURE_RE.match(b.text)]
    for scope in ("in_main", "in_article"):
        inside = [b for b in blocks if getattr(b, scope)]
        if inside:
            blocks = sorted(inside, key=lambda b: b.order) + _contact_sections(blocks, scope)
            break
    else:
        blocks.sort(key=lambda b: b.order)
    n = raw.count("\n") + 1
    shown = [" ".join(" ".join(reader.shown.get(i, [])).split()) for i in range(1, n + 1)]
    # A browser shows an <ol> item's number: so do the lines a citation quotes. Only where the line holds that one
    # numbered item and begins with it: a minified page holds a paragraph and a whole list on one line, where
    # prefixes would stack ('2. 1. Intro Ett Två') and stand before text that is no item's.
    starts: dict[int, list[HtmlBlock]] = {}
    for block in reader.blocks:
        if block.number and 1 <= block.first <= n:
            starts.setdefault(block.first, []).append(block)
    for line, numbered in starts.items():
        if len(numbered) == 1 and shown[line - 1] and shown[line - 1].startswith(numbered[0].text[:40]):
            shown[line - 1] = f"{numbered[0].number}. {shown[line - 1]}"
    return blocks, shown
