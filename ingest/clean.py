"""Cleaning extracted text into blocks a reader would recognise, keeping original line numbers.

Pure functions over lists of lines; no I/O. The output is a list of `Block`s
(heading, paragraph, list item, table) each with its 1-based line span, so
every chunk built from them can cite the exact lines of the original file.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant.lexicon import (
    CHECKLIST_HINT_RE,
    FAQ_QUESTION_RE,
    FIELD_LINE_RE,
    PAGE_NUMBER_RE,
    RUNNING_PAGE_NUMBER_RE,
    SECTION_SIGN_HEADING_RE,
    STATEMENT_LINE_RE,
    YEAR_RE,
)
from assistant.schema import NOTE_GAP

BlockKind = Literal["heading", "paragraph", "list_item", "table"]

# Bullet glyphs; the last ones are a checklist's boxes, ticked or not ('☐ Kartläggningen är klar').
_BULLET_CHARS = "•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf02d\uf0a8\uf0e0☐☑☒□▢❏❑"
_BULLET_RE = re.compile(rf"^(\s*)(?:[{_BULLET_CHARS}]|[-–*]|o(?=\s+[A-ZÅÄÖ]))\s+(.*)$")
_ENUM_RE = re.compile(r"^(\s*)(\d{1,2}|[a-zA-Z])[).]\s+(.*)$")
_NUMBERED_HEADING_RE = re.compile(r"^\s?(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(\S.*)$")
_MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_CAPTION_RE = re.compile(r"^(figur|tabell|diagram|bild|figure|table)\s*\d", re.I)
_URL_RE = re.compile(r"^\s*(https?://|www\.)\S+\s*$", re.I)
_TABLE_ROW_RE = re.compile(r"(\S\s{3,}\S)|(\d[\d\s]*\s*(tkr|mkr|kr|%|st|timmar|h)\s*$)", re.I)
_TERMINAL = ".!?:;"
_MD_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_MD_TABLE_RULE_RE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
_SIGNATURE_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäöéü]+(?: [A-ZÅÄÖ][a-zåäöéü]+){1,2},\s")
_DATELINE_RE = re.compile(
    r"\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b.*\b(19|20)\d\d\b",
    re.I,
)
_SUSPENDED_HYPHEN_NEXT = {"och", "eller", "samt", "respektive", "resp.", "till", "som", "men", "&", "/"}
_BOILERPLATE = {
    "till huvudinnehåll",
    "hoppa till huvudinnehåll",
    "gå till huvudinnehåll",
    "skip to main content",
    "skip to content",
}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# A bullet a PDF's font does not map to Unicode comes out as a control character (pypdf reads the standard fonts'
# bullet as DEL, cp1252's bullet is U+0095): it is read as the bullet it is; other control characters are dropped.
def _c1(code: int) -> str | None:
    """A C1 control code as the cp1252 character it stands for in text decoded as latin-1 (0x96 '–', 0x92 '’',
    0x95 '•'), None where cp1252 has none."""
    try:
        return bytes([code]).decode("cp1252")
    except UnicodeDecodeError:
        return None


_CONTROL = {**dict.fromkeys([*range(0x00, 0x09), *range(0x0b, 0x20)], None),
            **{code: _c1(code) for code in range(0x80, 0xa0)}, 0x7f: "•"}
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u2002\u2003\t"), " ")
_INNER_TAB_RE = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
_TAB_GAP = "    "


@dataclass
class Block:
    """A unit of cleaned text with the original lines it came from."""

    kind: BlockKind
    text: str
    start_line: int
    end_line: int
    level: int = 0
    numbering: str = ""
    lines: list[str] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)
    indent: int = 0
    role: str = "body"  # body | footnote | note | toc | references | schedule | front (see ingest.classify)
    depth: int = 0  # a list item's nesting depth, 1 = top level
    row_spans: list[tuple[int, int]] = field(default_factory=list)  # a table's rows' own line spans, when known
    runs_on: bool = False  # runs on the sentence that page-foot notes broke before it (ingest.classify.mark_runs_on)

    def span_of(self, pieces: Sequence[str]) -> list[tuple[int, int]]:
        """The original line span of each consecutive piece of this block's text.

        A long paragraph is cut into sentence windows; each window should cite the
        lines it came from, not the whole paragraph. Re-flowing only removes
        whitespace and hyphens, so letters and digits align the pieces with the lines.
        """
        if len(self.line_numbers) != len(self.lines) or not self.lines:
            return [(self.start_line, self.end_line)] * len(pieces)
        ends: list[int] = []
        total = 0
        for line in self.lines:
            total += _alnum_len(line)
            ends.append(total)
        spans: list[tuple[int, int]] = []
        offset = 0
        for piece in pieces:
            length = _alnum_len(piece)
            first = _line_at(ends, offset)
            last = _line_at(ends, offset + max(length, 1) - 1)
            spans.append((self.line_numbers[first], self.line_numbers[last]))
            offset += length
        return spans


def _alnum_len(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def _line_at(ends: list[int], offset: int) -> int:
    """Index of the line holding the `offset`-th letter or digit (clamped to the last line)."""
    return min(bisect.bisect_right(ends, offset), len(ends) - 1)


def normalize_line(line: str) -> str:
    """Unicode-normalise one line: NFC, odd spaces to plain ones, invisible characters dropped.

    >>> normalize_line("Förslag på\\xa0 lokalt mål\\u00ad ")
    'Förslag på  lokalt mål'
    >>> normalize_line("\\x7f 7 av 10 besökare\\x01 är pojkar")
    '• 7 av 10 besökare är pojkar'
    >>> normalize_line("Åk 7\\x969 kostar 500 \\x80\\x81")
    'Åk 7–9 kostar 500 €'
    """
    line = unicodedata.normalize("NFC", line).translate(_INVISIBLE).translate(_CONTROL)
    # A tab between words separates a table's columns: it stays a gap (`aligned_cells`), not one space.
    line = _INNER_TAB_RE.sub(_TAB_GAP, line).translate(_SPACES)
    return line.rstrip()


def join_lines(left: str, right: str) -> str:
    """Join two wrapped lines, undoing end-of-line hyphenation but keeping suspended hyphens.

    >>> join_lines("ett miss-", "lyckande för skolan")
    'ett misslyckande för skolan'
    >>> join_lines("både på huvudmanna-", "och enhetsnivå")
    'både på huvudmanna- och enhetsnivå'
    >>> join_lines("inom ÖMS-", "regionen")
    'inom ÖMS-regionen'
    """
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and len(left) >= 2 and left[-2].isalnum():
        fragment = left[:-1].split()[-1] if left[:-1].split() else ""
        next_word = right.split()[0]
        if next_word.lower() in _SUSPENDED_HYPHEN_NEXT:
            return f"{left} {right}"
        if right[0].islower():
            if fragment and (fragment[-1].isupper() or fragment[-1].isdigit() or len(fragment) == 1):
                return left + right
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def _is_blank(line: str | None) -> bool:
    return line is None or not line.strip()


def drop_page_furniture(lines: list[str], page_breaks: Sequence[int] = ()) -> list[str | None]:
    """Return the lines with page numbers, skip links, repeated page headers and duplicates set to None.

    A standalone number counts as a page number only where a page starts after it
    (a whitespace-only line or a line starting with one space follows, or a known
    page break) or two blank lines precede it, so table figures survive.
    """
    out: list[str | None] = list(lines)
    n = len(lines)
    breaks = set(page_breaks)

    def next_nonblank(i: int) -> int | None:
        for j in range(i + 1, min(n, i + 4)):
            if lines[j].strip():
                return j
        return None

    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.lower() in _BOILERPLATE:
            out[i] = None
            continue
        if PAGE_NUMBER_RE.match(line):
            nxt = i + 1
            starts_page = (
                (i + 2) in breaks
                or (i + 1) in breaks
                or (nxt < n and lines[nxt] != "" and not lines[nxt].strip())
            )
            j = next_nonblank(i)
            if j is not None and lines[j].startswith(" ") and not lines[j].startswith("  "):
                starts_page = True
            blanks_before = i >= 2 and not lines[i - 1].strip() and not lines[i - 2].strip()
            if starts_page or blanks_before or j is None:
                out[i] = None
    # Repeated running headers/footers: short lines that recur next to page boundaries, compared with their page
    # numbers made alike ('… – sida 2', '… – sida 3'). The document's end is a boundary too: the
    # last page's footer stands there, so a three-page document's footer is seen at three boundaries.
    if breaks:
        boundaries = sorted(breaks | {1, n + 1})  # the first page starts at line 1
        near_break: Counter[str] = Counter()
        for b in boundaries:
            for s in {_furniture_key(out[i]) for i in range(max(0, b - 3), min(n, b + 2))}:
                if s:
                    near_break[s] += 1
        furniture = {s for s, c in near_break.items() if c >= 3 and c >= 0.4 * (len(boundaries) - 1)}
        if len(boundaries) == 3:  # two pages: a line on both, with the page's number, is their header or footer
            furniture |= _two_page_furniture(out, boundaries, {s for s, c in near_break.items() if c == 2})
        for b in boundaries:
            for i in range(max(0, b - 3), min(n, b + 2)):
                if _furniture_key(out[i]) in furniture:
                    out[i] = None
    # A line identical to the previous non-blank line (duplicated link text, URLs). A line of one word or figure is
    # kept: a table read one cell a line has equal neighbours ('91', '91'), and dropping one shifts its columns.
    prev: str | None = None
    for i, line in enumerate(out):
        if line is None or not line.strip():
            continue
        s = line.strip()
        if prev is not None and s == prev and (len(s.split()) > 1 and len(s) < 200 or _URL_RE.match(s)):
            out[i] = None
            continue
        prev = s
    return out


def _two_page_furniture(lines: list[str | None], boundaries: list[int], twice: set[str]) -> set[str]:
    """The keys (`_furniture_key`) of a two-page document's running header or footer: seen next to each of its
    page boundaries, the page's number in it ('Sida #') or standing within two lines of it at each ('Norrviks
    kommun, socialförvaltningen' / 'Sida 2'); a three-boundary count never comes about in two pages."""
    n = len(lines)

    def numbered(i: int) -> bool:
        return 0 <= i < n and ("#" in _furniture_key(lines[i]) or bool(PAGE_NUMBER_RE.match(lines[i] or "")))

    out: set[str] = set()
    for key in twice:
        if "#" in key:
            out.add(key)
            continue
        near = sorted({i for b in boundaries for i in range(max(0, b - 3), min(n, b + 2))
                       if _furniture_key(lines[i]) == key})
        if len(near) >= 2 and all(any(numbered(j) for j in range(i - 2, i + 3) if j != i) for i in near):
            out.add(key)
    return out


def _furniture_key(line: str | None) -> str:
    """A line as running headers and footers are compared: short, the page's number in it made alike
    (lexicon.RUNNING_PAGE_NUMBER_RE; no other digit, so 'Bilaga 1' … 'Bilaga 4' atop their pages stay headings and
    a long table's rows stay rows); '' for any other line."""
    s = (line or "").strip()
    if not s or len(s) >= 90:
        return ""
    return RUNNING_PAGE_NUMBER_RE.sub("#", s)


def _numbered_heading(text: str) -> tuple[str, str] | None:
    """A numbered heading's number and title: '6.2 Skolfrånvaro', a protocol's '§ 14 Jämställdhetsanalys …'.

    >>> _numbered_heading("§ 14 Jämställdhetsanalys av betyg i årskurs 9"), _numbered_heading("§ 3 i lagen.")
    (('§ 14', 'Jämställdhetsanalys av betyg i årskurs 9'), None)
    """
    section = SECTION_SIGN_HEADING_RE.match(text)
    if section:
        title = section.group("title").strip()
        if len(title) > 120 or title[-1] in ".,;:?":
            return None
        return f"§ {section.group('number')}{section.group('letter')}", title
    m = _NUMBERED_HEADING_RE.match(text)
    if not m:
        return None
    number, dot, title = m.group(1), m.group(2), m.group(3).strip()
    depth = number.count(".") + 1
    if depth == 1 and not dot:
        return None  # "26 Skolverket (2019)" is a footnote, not a heading
    if not title[:1].isupper() or len(title) > 120 or title[-1] in ".,;:":
        return None
    if depth == 1 and title.endswith("?"):
        return None
    if any(int(part) > 30 for part in number.split(".")):
        return None
    return number, title


def looks_like_title_line(text: str) -> bool:
    """A short line that reads as a heading: capitalised, few words, no closing punctuation.

    >>> looks_like_title_line("Förslag på lokalt mål")
    True
    >>> looks_like_title_line("Pojkar i kommun X erbjuds studiestöd utanför skolan.")
    False
    >>> looks_like_title_line("Workshopen är kostnadsfri"), looks_like_title_line("Skolan är en social arena")
    (False, False)
    >>> looks_like_title_line("Vad är jämställdhetsintegrering")
    True
    """
    s = text.strip()
    if not (2 <= len(s) <= 80) or s[-1] in _TERMINAL + ",":
        return False
    if not (s[0].isupper() or s[0] == "#"):
        return False
    if _CAPTION_RE.match(s) or _URL_RE.match(s) or "@" in s:
        return False
    if _SIGNATURE_RE.match(s) or _DATELINE_RE.search(s):
        return False  # "Lasse Jonsson, Projektledare", "Linköping i januari 2020"
    if STATEMENT_LINE_RE.match(s):
        return False  # "Workshopen är kostnadsfri": a sentence set without its full stop
    if len(s.split()) > 10 or sum(ch.isalpha() for ch in s) < 0.6 * len(s.replace(" ", "")):
        return False
    return not _BULLET_RE.match(text)


def _ends_sentence(text: str) -> bool:
    s = text.rstrip().rstrip("”\"')»")
    return bool(s) and s[-1] in _TERMINAL


@dataclass
class _Open:
    kind: BlockKind
    lines: list[str]
    start: int
    end: int
    indent: int = 0
    numbered: bool = False
    line_numbers: list[int] = field(default_factory=list)
    paragraphs: bool = False  # a numbered item written as a paragraph: its lines run on until a blank line


def segment(
    raw_lines: Sequence[str],
    page_breaks: Sequence[int] = (),
    hard_breaks: Iterable[int] = (),
) -> list[Block]:
    """Split a document's lines into blocks, re-flowing wrapped paragraphs and normalising lists.

    `hard_breaks` are 1-based line numbers before which no block may continue
    (seams between sub-documents whose pages were interleaved).
    """
    lines = [normalize_line(x) for x in raw_lines]
    kept = drop_page_furniture(lines, page_breaks)
    seams = set(hard_breaks) | set(page_breaks)
    hard = set(hard_breaks)
    blocks: list[Block] = []
    cur: _Open | None = None
    last_closed: Block | None = None
    blank_since = True

    def close() -> None:
        nonlocal cur, last_closed
        if cur is None:
            return
        block = _finish(cur)
        blocks.append(block)
        last_closed = block
        cur = None

    def start(kind: BlockKind, text: str, lineno: int, indent: int = 0) -> None:
        nonlocal cur
        close()
        cur = _Open(kind, [text], lineno, lineno, indent, line_numbers=[lineno])

    n = len(kept)
    for idx, line in enumerate(kept):
        lineno = idx + 1
        if lineno in hard:
            close()
            last_closed = None
            blank_since = True
        if line is None:
            continue
        if not line.strip():
            close()
            blank_since = True
            continue
        text = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        md = _MARKDOWN_HEADING_RE.match(text)
        bullet = _BULLET_RE.match(line)
        enum = _ENUM_RE.match(line)
        numbered = _numbered_heading(line)
        next_line = kept[idx + 1] if idx + 1 < n else None
        prev_text = cur.lines[-1] if cur else (last_closed.lines[-1] if last_closed and not blank_since else "")

        faq = FAQ_QUESTION_RE.match(text) if indent <= 1 else None
        if faq:  # 'Fråga: Måste vi filma barnen?' heads its answer (see lexicon.FAQ_QUESTION_RE)
            start("heading", text, lineno)
            close()
            blocks[-1].text = faq.group("question")
            blank_since = False
            continue
        if md:
            close()
            heading = Block("heading", md.group(2), lineno, lineno, level=len(md.group(1)), lines=[text])
            heading.line_numbers = [lineno]
            blocks.append(heading)
            last_closed = None
            blank_since = True
            continue
        wrapped = _wrapped_heading_tail(line, next_line)
        if wrapped is not None:
            numbered = _numbered_heading(join_lines(line, wrapped))
        runs_on = wrapped is None and next_line is not None and (
            next_line.strip()[:1].islower() or (numbered is not None and _item_runs_on(numbered[1], kept, idx)))
        if numbered and not runs_on and indent <= 1 and (cur is None or _ends_sentence(prev_text) or indent == 1):
            next_is_item = next_line is not None and _ENUM_RE.match(next_line) is not None
            if not (next_is_item and "." not in numbered[0]):
                start("heading", text, lineno)
                if wrapped is None:
                    close()
                blank_since = False
                continue
        if cur is not None and cur.kind == "heading":
            # The second line of a heading wrapped over two lines.
            cur.lines.append(text)
            cur.line_numbers.append(lineno)
            cur.end = lineno
            close()
            continue
        paragraph_item = enum is not None and not bullet and _continues_numbering(enum, blocks, cur,
                                                                                  kept[idx + 1: idx + 1 + AHEAD_LINES])
        apart = paragraph_item and cur is None  # items apart by blank lines: its lines run on until a blank
        if bullet or (enum and indent >= 2) or (enum and _ENUM_RE.match(next_line or "") is not None) or \
                paragraph_item:
            item = bullet.group(2) if bullet else f"{enum.group(2)}. {enum.group(3)}" if enum else text
            start("list_item", item, lineno, indent)
            if enum and not bullet and cur is not None:
                cur.numbered = True
                cur.paragraphs = apart
            blank_since = False
            continue
        if cur is not None:
            if cur.kind == "list_item" and indent >= 2 and indent >= cur.indent and len(cur.lines) == 1 and (
                _ends_sentence(cur.lines[-1]) or text[:1].isupper()
            ) and lineno not in seams:
                # A list item whose bullet glyph was lost ("    Civilsamhällesorganisationer"): standing where the
                # text of the item above starts, it is that item's sibling, not an item nested under it, unless it
                # leads into items of its own ("    Under fliken resultat hittar du statistik om:").
                sibling = indent <= cur.indent + 2 and not text.rstrip().endswith(":")
                start("list_item", text, lineno, cur.indent if sibling else indent)
                continue
            if indent == 1 and not text[:1].islower():
                # One leading space: a new page or a list item whose glyph was lost.
                kind: BlockKind = "list_item" if _single_space_list(kept, idx) else "paragraph"
                start(kind, text, lineno, indent)
                continue
            if cur.kind == "list_item" and indent == 0 and _ends_sentence(cur.lines[-1]) and text[:1].isupper() \
                    and not cur.paragraphs:
                start("paragraph", text, lineno)
                continue
            # A repeated line dropped inside the paragraph (a link written twice, a running header): the join
            # carries NOTE_GAP, so a quote of the sentence shows the gap and each part is found in its lines.
            dropped = any(kept[k] is None and lines[k].strip() for k in range(cur.end, lineno - 1))
            cur.lines.append(f"{NOTE_GAP}{text}" if dropped else text)
            cur.line_numbers.append(lineno)
            cur.end = lineno
            continue
        # After a blank line: a lower-case start continues an unfinished sentence (page or column break).
        if (
            text[:1].islower()
            and last_closed is not None
            and last_closed.kind in ("paragraph", "list_item")
            and not _ends_sentence(last_closed.lines[-1])
            and blocks
            and blocks[-1] is last_closed
        ):
            blocks.pop()
            # a page number or footer dropped between the halves: the join carries NOTE_GAP, so a quote shows the gap
            # ('deltog i … läxhjälpen') and each part is found in the lines it cites
            dropped = any(kept[k] is None and lines[k].strip() for k in range(last_closed.end_line, lineno - 1))
            cur = _Open(
                last_closed.kind, [*last_closed.lines, f"{NOTE_GAP}{text}" if dropped else text],
                last_closed.start_line, lineno, line_numbers=[*last_closed.line_numbers, lineno],
            )
            blank_since = False
            continue
        if indent == 0 and lineno not in seams and _heads_paragraph(kept, idx):
            start("heading", text, lineno)  # 'Bakgrund' right over its paragraph: a heading, not the first words
            close()
            blank_since = False
            continue
        kind = "list_item" if indent == 1 and _single_space_list(kept, idx) else "paragraph"
        start(kind, text, lineno, indent)
        blank_since = False
    close()
    return _mark_tables(_promote_title_lines(pair_label_runs(_fields_into_items(blocks))))


# The fewest words of the first line under a heading line set right over its paragraph: a shorter line is a title's
# second line, a signature's title or a time ('Alternativ 1' over '4 maj kl. 15.00–17.00'), no paragraph.
HEADED_LINE_WORDS = 5


def _heads_paragraph(kept: Sequence[str | None], idx: int) -> bool:
    """Whether a line that opens a block (after a blank line, or the first) is a heading set right over its paragraph
    without a blank line between, as plain text writes it ('Resultat' over 'Andelen tjejer … ökade …'): a short
    title-like line (looks_like_title_line: no closing punctuation, few words), and under it a paragraph, whose first
    line has more words than a title's second line or a signature's and which ends a sentence ('.', ':', before
    a list). A line over a short line ('Progression 02' over its subtitle, 'Björn Johansson' over 'Ph.D och docent
    i') or over a paragraph that never ends a sentence (a title over its place and date) stays where it is.

    >>> _heads_paragraph(["Bakgrund", "Hösten 2022 var bara 18 procent av besökarna tjejer. I enkäten svarade de",
    ... "att de inte kände sig välkomna."], 0)
    True
    >>> _heads_paragraph(["Lena Öijen & Martina Augustsson, Skolförvaltningen", "BUN 2019.00034", "2019-11-27"], 0)
    False
    >>> _heads_paragraph(["Sammanfattning: Projektet Tjejer i rörelse",
    ... "Fritidsgården Kupolen, Västerby kommun, augusti 2022 – juni 2024", ""], 0)
    False
    """
    line = kept[idx]
    if line is None or not looks_like_title_line(line) or _BULLET_RE.match(line) or _ENUM_RE.match(line):
        return False
    paragraph = []
    for below in kept[idx + 1:]:
        if below is None:
            continue
        if not below.strip():
            break
        paragraph.append(below.strip())
    if not paragraph or len(paragraph[0].split()) < HEADED_LINE_WORDS or not paragraph[0][:1].isupper():
        return False
    return any(_ends_sentence(p) for p in paragraph)


def _continues_numbering(enum: re.Match[str], blocks: Sequence[Block], cur: _Open | None,
                         ahead: Sequence[str | None] = ()) -> bool:
    """A numbered paragraph ('1. Styrning, ledningsnivå …' wrapped over lines, items apart by blank lines) is a
    list item when it opens a list after a lead-in that ends with a colon, or right under a heading when a paragraph
    with the next number follows within `ahead` ('## 5. Åtgärder' over '1. … Ansvarig: …', '', '2. …': how reports
    set their measures), or takes the next number after one, also past a field line of its own ('Start: januari
    2026.' set apart under item 2, then '3. …'; `_fields_into_items` then joins it to its item).

    Without this, only a numbered line followed by another numbered line reads as a list. The last line of a
    list without blank lines ('2. …' then '3. …' then a blank line) takes the next number of the open item.

    >>> [b.text for b in segment(["Förslag:", "", "1. Ring hem.", "2. Följ upp.", "3. Kartlägg orsakerna.", ""])]
    ['Förslag:', '1. Ring hem.', '2. Följ upp.', '3. Kartlägg orsakerna.']
    >>> [b.kind for b in segment(["## Åtgärder", "", "1. Tjejkvällar införs. Ansvarig: Johan Berg.", "",
    ...                           "Start: januari 2026.", "", "2. En enkät görs.", ""])]
    ['heading', 'list_item', 'list_item']
    """
    number = enum.group(2)
    if cur is not None:
        if cur.kind != "list_item" or not cur.numbered:
            return False
        last = cur.lines[0].split(".", 1)[0].strip()
    else:
        previous = blocks[-1] if blocks else None
        if previous is None:
            return False
        if number in ("1", "a", "A"):
            if previous.kind == "heading":
                return _next_number_follows(number, ahead)
            return previous.kind == "paragraph" and previous.lines[-1].rstrip().endswith(":")
        if previous.kind == "paragraph" and len(blocks) >= 2 and FIELD_LINE_RE.match(previous.text) and \
                blocks[-2].kind == "list_item" and blocks[-2].numbering:
            previous = blocks[-2]  # past the item's own field line set apart ('Start: januari 2026.')
        if previous.kind != "list_item" or not previous.numbering:
            return False
        last = previous.numbering
    if last.isdigit() and number.isdigit():
        return int(number) == int(last) + 1
    return len(last) == 1 and len(number) == 1 and ord(number) == ord(last) + 1



# How many lines after a numbered paragraph under a heading are looked at for the paragraph with the next number.
AHEAD_LINES = 12


def _next_number_follows(number: str, ahead: Sequence[str | None]) -> bool:
    """Whether a paragraph numbered one after `number` opens a line of `ahead` after a blank line, before any
    heading: the paragraph numbered `number` then opens a list of paragraphs."""
    want = "2" if number == "1" else chr(ord(number) + 1)
    blank = False
    for line in ahead:
        if line is None:
            continue
        if not line.strip():
            blank = True
            continue
        if _MARKDOWN_HEADING_RE.match(line.strip()):
            return False
        found = _ENUM_RE.match(line)
        if blank and found is not None and not found.group(1) and found.group(2) == want:
            return True
        blank = False
    return False

def _wrapped_heading_tail(line: str, next_line: str | None) -> str | None:
    """The next line when it finishes a numbered heading wrapped over two lines, else None.

    >>> _wrapped_heading_tail("4. Insatser inom området SYV och", "nyanländas lärande")
    'nyanländas lärande'
    """
    if not next_line or not next_line.strip() or not _NUMBERED_HEADING_RE.match(line):
        return None
    tail = next_line.strip()
    if len(line.strip()) + len(tail) > 120 or _ends_sentence(tail) or len(tail) > 60:
        return None
    if line.rstrip().endswith((",", "-", "och", "eller", "för", "i", "av")) and tail[:1].islower():
        return tail
    return None


_INNER_SENTENCE_RE = re.compile(r"\w\.\s+[A-ZÅÄÖ]")  # a statement; a heading may ask ("Vad gjordes? Vad inte?")
# The fewest characters of a numbered line that wrapped (its end on the next line); a short '1. Inledning' over a
# one-line paragraph is a heading.
WRAPPED_ITEM_CHARS = 40


def _item_runs_on(title: str, kept: Sequence[str | None], idx: int) -> bool:
    """A numbered line that runs on into the next is a list item, not a heading: its title holds a whole sentence
    ("2. Rastvärdar i matsalen. Ansvarig: biträdande rektor Jonas") or the next line is its short wrapped end
    ("Vik.") standing alone before a blank line. A heading is a phrase; its paragraph begins a new sentence.

    >>> _item_runs_on("Rastvärdar i matsalen. Ansvarig: rektor Jonas", ["", "Vik."], 0)
    True
    >>> _item_runs_on("Föräldraträffar varje månad i matsalen med kurator", ["", "Ek."], 0)
    True
    >>> _item_runs_on("Resultat", ["", "Skolan har mätt trivseln varje vår sedan 2019 och redovisar den.", ""], 0)
    False
    """
    if _INNER_SENTENCE_RE.search(title):
        return True
    tail = (kept[idx + 1] or "").strip() if idx + 1 < len(kept) else ""
    after = (kept[idx + 2] or "").strip() if idx + 2 < len(kept) else ""
    return len(title) >= WRAPPED_ITEM_CHARS and bool(tail) and len(tail) <= 30 and len(tail.split()) <= 3 \
        and _ends_sentence(tail) and not after and not _ENUM_RE.match(tail) and not _BULLET_RE.match(tail)


def _single_space_list(kept: Sequence[str | None], idx: int) -> bool:
    """Lines starting with exactly one space, in a row or separated by blanks, are glyph-less bullets."""
    count = 0
    for j in range(max(0, idx - 10), min(len(kept), idx + 11)):
        line = kept[j]
        if line and line.startswith(" ") and not line.startswith("  ") and line.strip():
            count += 1
    return count >= 3


def _finish(open_block: _Open) -> Block:
    if open_block.kind == "heading":
        text = open_block.lines[0]
        for extra in open_block.lines[1:]:
            text = join_lines(text, extra)
        numbered = _numbered_heading(text)
        number = numbered[0] if numbered else ""
        title = re.sub(r"\s{2,}", " ", text.strip())
        return Block("heading", title, open_block.start, open_block.end, numbering=number, lines=open_block.lines,
                     line_numbers=open_block.line_numbers)
    text = ""
    for line in open_block.lines:
        text = join_lines(text, line) if text else line.strip()
    text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
    numbering = text.split(".", 1)[0] if open_block.numbered else ""
    return Block(open_block.kind, text, open_block.start, open_block.end, numbering=numbering, lines=open_block.lines,
                 line_numbers=open_block.line_numbers, indent=open_block.indent)


def _fields_into_items(blocks: list[Block]) -> list[Block]:
    """A field line set apart between two items of one numbered list ('2. Tjejkvällar införs …', '', 'Start: januari
    2026.', '', '3. …') is the item's own (its start, its responsible): it joins the item above, so that the list
    runs on past it and the item holds all it says.

    >>> [b.text for b in segment(["Åtgärder:", "", "1. Tjejkvällar införs.", "", "Start: januari 2026.", "",
    ...                           "2. En enkät görs.", ""])]
    ['Åtgärder:', '1. Tjejkvällar införs. Start: januari 2026.', '2. En enkät görs.']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        item = out[-1] if out else None
        if block.kind == "paragraph" and len(block.lines) == 1 and FIELD_LINE_RE.match(block.text) and \
                item is not None and item.kind == "list_item" and item.numbering.isdigit() and \
                after is not None and after.kind == "list_item" and after.numbering.isdigit() and \
                int(after.numbering) == int(item.numbering) + 1:
            out[-1] = Block(item.kind, join_lines(item.text, block.text), item.start_line, block.end_line,
                            numbering=item.numbering, lines=[*item.lines, *block.lines],
                            line_numbers=[*item.line_numbers, *block.line_numbers], indent=item.indent)
            continue
        out.append(block)
    return out


def _promote_title_lines(blocks: list[Block]) -> list[Block]:
    """Single-line paragraphs that look like titles become headings."""
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or block.start_line != block.end_line:
            continue
        if not looks_like_title_line(block.text) and not _question_heading(blocks, i):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (nxt is not None and nxt.kind == "paragraph" and nxt.start_line == block.end_line + 1
                and not nxt.text[:1].isupper()):
            continue
        block.kind = "heading"
    return blocks


def _question_heading(blocks: list[Block], i: int) -> bool:
    """A short question on a line of its own, a blank line either side, with a paragraph after it that answers it
    ('Vad har vi gjort?', 'Vill du tycka till?' in a leaflet or on a web page): a heading in question form. Not one
    of a run of questions (a checklist's questions stay the material's own questions) nor one before a list."""
    block = blocks[i]
    s = block.text.strip()
    if not s.endswith("?") or not looks_like_title_line(s[:-1]) or len(s.split()) > QUESTION_HEADING_WORDS:
        return False
    before = blocks[i - 1] if i > 0 else None
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph" or nxt.start_line <= block.end_line + 1 or \
            nxt.text.rstrip().endswith("?"):
        return False
    answer = nxt.text.strip()
    if CHECKLIST_HINT_RE.match(answer) or " / " in answer or len(answer.split()) <= ANSWER_OPTION_WORDS:
        return False  # a checklist's hint ('Tänk på både …') or a survey's answer options ('Ja, alltid / Ibland')
    return before is None or (before.end_line < block.start_line - 1 and not before.text.rstrip().endswith("?"))


# The most words a heading in question form has ('Vad kan du göra själv?'); a longer question is a sentence.
QUESTION_HEADING_WORDS = 6
# A paragraph of this many words or fewer after a question is an answer option or a note, no section under a heading.
ANSWER_OPTION_WORDS = 5


def _mark_tables(blocks: list[Block]) -> list[Block]:
    """Paragraphs made of three or more short, column-like rows are tables: keep their rows.

    A Markdown table ('| a | b |') is a table too; its separator row ('|---|---|') is dropped.
    """
    for block in blocks:
        if block.kind != "paragraph" or len(block.lines) < 2:
            continue
        if all(_MD_TABLE_ROW_RE.match(r) for r in block.lines if r.strip()) and len(block.lines) == len(
                block.line_numbers):
            kept = [(r.strip(), n) for r, n in zip(block.lines, block.line_numbers, strict=True)
                    if r.strip() and not _MD_TABLE_RULE_RE.match(r)]
            block.kind = "table"
            block.lines = [r for r, _ in kept]
            block.line_numbers = [n for _, n in kept]
            block.text = "\n".join(" | ".join(c.strip() for c in r.strip("|").split("|")) for r, _ in kept)
            continue
        if len(block.lines) < 3:
            continue
        rows = [r for r in block.lines if r.strip()]
        if all(len(r) <= 80 for r in rows) and sum(bool(_TABLE_ROW_RE.search(r)) for r in rows) >= 0.6 * len(rows):
            block.kind = "table"
            cells = aligned_cells(rows)
            if cells is not None:
                block.text = "\n".join(" | ".join(row) for row in cells)
            else:
                block.text = "\n".join(re.sub(r"\s{2,}", "  ", r.strip()) for r in rows)
    return blocks


def aligned_cells(rows: Sequence[str]) -> list[list[str]] | None:
    """A whitespace-aligned table's rows (PDF-to-text, a report typed with spaces or tabs) split into cells at gaps of
    two or more spaces, when the rows agree on how many columns there are; the header row may lack the corner cell
    above the row labels when it names two columns or more. None when they do not agree (single spaces between a label and its figure, a cell left
    empty): the columns cannot be told apart then.

    >>> aligned_cells(["Påstående        Flickor  Pojkar", "Jag känner mig trygg   81 %     88 %"])
    [['Påstående', 'Flickor', 'Pojkar'], ['Jag känner mig trygg', '81 %', '88 %']]
    >>> aligned_cells(["Stöd till lärare 2 264 tkr", "Matematiksatsning    100 tkr"]) is None
    True
    """
    cells = [re.split(r"\s{2,}", r.strip()) for r in rows]
    columns = len(cells[-1])
    header = len(cells[0]) == columns or (columns >= 3 and len(cells[0]) == columns - 1)
    if columns < 2 or not header or any(len(row) != columns for row in cells[1:]):
        return None
    return cells


# A table cell that holds only a figure ('23', '8 464 tkr', '45 %'), and the most words of a table's label cell.
_FIGURE_CELL_RE = re.compile(r"^[<>≈~]?\d[\d\s.,]*\s*(?:%|procent|tkr|mkr|kr|kronor|st|timmar|h)?$", re.I)
LABEL_CELL_WORDS = 8
# How many short notes may follow a figure cell as part of its row ('23' / 'Varav 15 deltog under hela …').
NOTES_PER_FIGURE = 1

_Cell = tuple[str, list[int], int]  # text, its line numbers, index of the block it came from


def pair_label_runs(blocks: list[Block]) -> list[Block]:
    """A table that PDF extraction laid out column by column, read back as rows: a run of short label cells
    ('Kvinnor', 'Män', 'Totalt', each possibly wrapped over lines) followed by as many figure cells ('23', '8',
    '31'), each figure possibly followed by a short note ('Varav 15 deltog under hela …'). Each row pairs the
    i-th label with the i-th figure (and its note) and keeps the lines it came from.

    >>> bs = segment(["Deltagare:", "", "Kvinnor", "Män", "Totalt", "23", "8", "31", "", "Fler deltog i år."])
    >>> [(b.kind, b.text.split(chr(10)), b.row_spans) for b in bs]  # doctest: +NORMALIZE_WHITESPACE
    [('paragraph', ['Deltagare:'], []), ('table', ['Kvinnor | 23', 'Män | 8', 'Totalt | 31'], [(3, 6), (4, 7), (5, 8)]),
     ('paragraph', ['Fler deltog i år.'], [])]
    """
    run = _CellRun(blocks)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        table = run.table_at(i)
        if table is None:
            out.append(blocks[i])
            i += 1
            continue
        made, used = table
        out.extend(made)
        i += used
    return out


def _cells(block: Block, index: int) -> list[_Cell]:
    """A paragraph's table cells: each line when some line is a bare figure (cells stacked without blank lines),
    else the whole paragraph (a label wrapped over lines)."""
    lines = [ln.strip() for ln in block.lines]
    if len(lines) > 1 and len(lines) == len(block.line_numbers) and any(_FIGURE_CELL_RE.match(ln) for ln in lines):
        return [(ln, [n], index) for ln, n in zip(lines, block.line_numbers, strict=True)]
    return [(block.text.strip(), list(block.line_numbers), index)]


def _is_label_cell(text: str) -> bool:
    return (not _FIGURE_CELL_RE.match(text) and any(ch.isalpha() for ch in text)
            and len(text.split()) <= LABEL_CELL_WORDS and not _ends_sentence(text))


class _CellRun:
    """The paragraphs' cells, read and classified once, with what each table start needs precomputed: a run of
    short lines (a list of names, one per paragraph) is tried from each of its blocks, and reading the run anew
    from each would take time quadratic in its length."""

    def __init__(self, blocks: list[Block]) -> None:
        self.cells: list[_Cell] = []
        self.first_cell: dict[int, int] = {}  # a paragraph block's first cell
        self.label: list[bool] = []
        self.figure: list[bool] = []
        own_end: dict[int, int] = {}  # where a paragraph block's cells end
        clean: dict[int, bool] = {}  # a paragraph whose cells are all labels or figures
        for index, block in enumerate(blocks):
            if block.kind != "paragraph":
                continue
            self.first_cell[index] = len(self.cells)
            for cell in _cells(block, index):
                self.cells.append(cell)
                self.label.append(_is_label_cell(cell[0]))
                self.figure.append(bool(_FIGURE_CELL_RE.match(cell[0])))
            own_end[index] = len(self.cells)
            clean[index] = all(self.label[c] or self.figure[c] for c in range(self.first_cell[index], own_end[index]))
        # The cells a start at a block reads: through the paragraphs that follow it, up to and with the first one
        # that is running text (not all labels or figures).
        self.end: dict[int, int] = {}
        for index in sorted(self.first_cell, reverse=True):
            self.end[index] = self.end[index + 1] if clean[index] and index + 1 in self.end else own_end[index]
        # How many label cells stand in a row from each cell.
        self.labels_from = [0] * (len(self.cells) + 1)
        for c in range(len(self.cells) - 1, -1, -1):
            self.labels_from[c] = self.labels_from[c + 1] + 1 if self.label[c] else 0

    def table_at(self, first: int) -> tuple[list[Block], int] | None:
        """The table a label run opening at block `first` starts (after its caption, when the run's first cell is
        one: 'Tabell 1. Deltagare 2023' over 'Kvinnor', 'Män' in the same paragraph), and how many blocks it takes;
        None for none."""
        if first not in self.first_cell:
            return None
        start, end = self.first_cell[first], self.end[first]
        labels = min(self.labels_from[start], end - start)
        table = self._table(first, start, labels, end)
        if table is not None:
            return [table[0]], table[1]
        if labels < 3 or self.cells[start + 1][2] != first:
            return None  # a caption of its own paragraph is left as it is: the table starts at the next block
        table = self._table(first, start + 1, labels - 1, end)
        if table is None:
            return None
        text, numbers, _ = self.cells[start]
        caption = Block("paragraph", text, numbers[0], numbers[-1], lines=[text], line_numbers=[numbers[0]])
        return [caption, table[0]], table[1]

    def _table(self, first: int, start: int, labels: int, end: int) -> tuple[Block, int] | None:
        """The table whose `labels` label cells open at cell `start`, each paired with one figure cell (and its note)
        of those that follow, up to cell `end`; and how many blocks from `first` it takes. None when the figures
        do not pair with the labels."""
        if labels < 2:
            return None
        cells, figure, label = self.cells, self.figure, self.label
        rows: list[list[_Cell]] = []
        k = start + labels
        while k < end and len(rows) < labels and figure[k]:
            rows.append([cells[k]])
            k += 1
            notes = 0
            while k < end and notes < NOTES_PER_FIGURE and label[k] and (
                    k + 1 >= end or figure[k + 1] or len(rows) == labels):
                rows[-1].append(cells[k])
                k += 1
                notes += 1
        if len(rows) != labels or all(YEAR_RE.fullmatch(row[0][0]) for row in rows):
            return None  # years after labels date them (a chart's legend and axis, a title page), they count nothing
        last_block = cells[k - 1][2]
        if k < end and cells[k][2] == last_block:
            return None  # the run ends inside a paragraph: no whole blocks to replace
        texts, spans, numbers = [], [], []
        for label_cell, row in zip(cells[start:start + labels], rows, strict=True):
            lines = [n for _, ns, _ in (label_cell, *row) for n in ns]
            texts.append(" | ".join(t for t, _, _ in (label_cell, *row)))
            spans.append((min(lines), max(lines)))
            numbers.extend(lines)
        numbers = sorted(set(numbers))
        table = Block("table", "\n".join(texts), numbers[0], numbers[-1], lines=texts, line_numbers=numbers,
                      row_spans=spans)
        return table, last_block - first + 1
