"""What each cleaned block is: body text, or a footnote, contents page, reference list, timetable or front matter.

Answers quote body text; the other roles are kept in the index (a question may ask
for them) but left out of answers unless asked for. List items also get their
nesting depth from their indentation, so a nested list is quoted as nested.
The wording cues live in `assistant.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from assistant.lexicon import (
    CITATION_LIKE_RE,
    DATE_RE,
    FOOTNOTE_RE,
    FOOTNOTE_START_RE,
    FRONT_MATTER_RE,
    KIND_HEADING_RE,
    MONTHS,
    NOTE_REFERENCE_RE,
    NOTES_HEADING_RE,
    REFERENCE_ENTRY_RE,
    REFERENCES_HEADING_RE,
    SUPERSCRIPT_DIGITS,
    TIME_RANGE_RE,
    TOC_HEADING_RE,
    TOC_LINE_RE,
)
from ingest.clean import Block

ROLES = ("body", "footnote", "note", "toc", "references", "schedule", "front")


def classify_blocks(blocks: Sequence[Block], footnote_lines: Sequence[int] = ()) -> list[Block]:
    """Set `role` on every block and `depth` on list items; returns the same blocks (a paragraph holding a line of
    `footnote_lines`, where the file's markup says a footnote starts, cut there: each such note is a footnote).

    >>> from ingest.clean import segment
    >>> bs = classify_blocks(segment(["Text om skolan.", "", "26 Skolverket (2019)", "", "Referenser",
    ...                               "", "Blossing, U. (2008). Kompetens för samspelande skolor."]))
    >>> [(b.kind, b.role) for b in bs]
    [('paragraph', 'body'), ('paragraph', 'footnote'), ('heading', 'references'), ('paragraph', 'references')]
    """
    blocks = _raised_mark_notes(mark_runs_on(split_footnotes(_split_marked_notes(unmarked_items(blocks),
                                                                                 set(footnote_lines)))))
    section_role = "body"
    seen_heading = False
    endnotes: set[int] = set()  # the notes of a notes section ('Fotnoter'), by their index
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            seen_heading = True
            if TOC_HEADING_RE.match(block.text):
                section_role = "toc"
            elif NOTES_HEADING_RE.match(block.text):
                section_role = "footnote"
            elif REFERENCES_HEADING_RE.match(block.text):
                section_role = "references"
            else:
                section_role = "body"
            block.role = section_role
            continue
        if section_role == "footnote" and FOOTNOTE_START_RE.match(block.text):
            endnotes.add(i)
        block.role = section_role if section_role != "body" else _block_role(block, seen_heading)
    _set_depths(blocks)
    link_notes(blocks, endnotes)
    return list(blocks)


# The most words of a line set as an item under a heading that names its kind (`unmarked_items`); a longer line is
# a sentence of the section's text.
UNMARKED_ITEM_WORDS = 10


def unmarked_items(blocks: Sequence[Block]) -> list[Block]:
    """List items a document set without list markup, read as list items of the heading or lead-in above them:

    - lines that kept the one leading space of a bullet glyph extraction lost (a Symbol-font '\uf0b7', ' Vi har
      många insatser …' / ' Kompetensförsörjningsproblem'), at least two in a row right under a heading or a line
      ending in ':' (one such line alone is as often a page's first line);
    - short lines, each a block of its own, right under a heading that names a kind ('Risker', 'Framgångsfaktorer':
      lexicon.KIND_HEADING_RE), at least two of them; the last short line of the run stays a heading when a
      paragraph follows it (it heads that paragraph: 'Erfarenhetsspridning' over its text).

    Without this the lines read as paragraphs and short headings, and a 'Vilka risker …?' question found one line of
    the list, or none.

    >>> from ingest.clean import segment
    >>> lines = ["Risker", "", " Vi har många insatser planerade vilket kan förebyggas genom planering.", "",
    ...          " Kompetensförsörjningsproblem", "", "Erfarenhetsspridning", "",
    ...          "Vi dokumenterar processer på ett systematiskt sätt och delar dem digitalt."]
    >>> [b.kind for b in classify_blocks(segment(lines))]
    ['heading', 'list_item', 'list_item', 'heading', 'paragraph']
    >>> lines = ["Framgångsfaktorer", "", "Tydligt ledarskap", "", "Samverkan med föräldrar", "", "Uppföljning", "",
    ...          "Metod", "", "Vi intervjuade tolv rektorer och sex lärare under hösten."]
    >>> [b.kind for b in classify_blocks(segment(lines))]
    ['heading', 'list_item', 'list_item', 'list_item', 'heading', 'paragraph']
    """
    out = list(blocks)
    for i, lead in enumerate(out[:-1]):
        leads = lead.kind == "heading" or (lead.kind == "paragraph" and lead.text.rstrip().endswith(":"))
        if not leads:
            continue
        glyphless = _run(out, i + 1, lambda b: b.indent == 1 and b.kind in ("paragraph", "heading", "list_item")
                         and not b.level)
        if len(glyphless) >= 2 and any(b.kind != "list_item" for b in glyphless):
            _as_items(glyphless)
            continue
        if lead.kind != "heading" or not KIND_HEADING_RE.match(lead.text):
            continue
        if _line_list(out[i + 1]):
            # short lines set one under the other, which the cleaner joined into one paragraph since none ends a
            # sentence ('För få volontärer under våren' / 'Lokalbrist på fredagar'): an item each
            out[i + 1: i + 2] = [_part(out[i + 1], k, k + 1, out[i + 1].role) for k in range(len(out[i + 1].lines))]
        short = _run(out, i + 1, _short_line)
        # the lines of one list share their shape: a sentence after phrases ('Vi intervjuade …' after
        # 'Uppföljning') is the text again, and so is a phrase after sentences
        shaped = [b for b in short if _full_stop(b.text) == _full_stop(short[0].text)] if short else []
        short = short[:next((k for k, b in enumerate(short) if b not in shaped), len(short))]
        after = i + 1 + len(short)
        if short and after < len(out) and out[after].kind == "paragraph":
            short = short[:-1]  # the heading of the paragraph after the list
        if len(short) >= 2:
            _as_items(short)
    return out


def _run(blocks: Sequence[Block], start: int, test: Callable[[Block], bool]) -> list[Block]:
    run: list[Block] = []
    for block in blocks[start:]:
        if not test(block):
            break
        run.append(block)
    return run


def _short_line(block: Block) -> bool:
    """A block of one short line set as a paragraph or an unmarked heading (no markup level, no numbering)."""
    text = block.text.strip()
    return block.kind in ("paragraph", "heading") and not block.level and not block.numbering \
        and block.start_line == block.end_line and len(text.split()) <= UNMARKED_ITEM_WORDS \
        and not text.endswith(":") and block.indent <= 1


def _line_list(block: Block) -> bool:
    """A paragraph of two or more short lines that each open with a capital letter and end no sentence, none of
    them continued by the next (a wrapped sentence goes on in lower case or after a comma or a conjunction)."""
    lines = [x.strip() for x in block.lines]
    return block.kind == "paragraph" and len(lines) >= 2 and len(lines) == len(block.line_numbers) and all(
        x[:1].isupper() and len(x.split()) <= UNMARKED_ITEM_WORDS and not _full_stop(x)
        and not x.endswith((",", ":", ";", "-")) and x.split()[-1].lower() not in _JOINING_WORDS for x in lines)


_JOINING_WORDS = frozenset({"och", "eller", "samt", "som", "att", "för", "i", "på", "av", "med", "till", "om"})


def _full_stop(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def _as_items(run: Sequence[Block]) -> None:
    for block in run:
        block.kind, block.indent, block.level = "list_item", 1, 0


# How many blocks before (or after) a footnote its mark may stand: a page's text and its foot.
NOTE_REACH = 40
# The most words of a footnote that only cites a work ('12 Skolverket (2019). Elevhälsoplanen i praktiken.'); a longer
# one that cites a work also says something of its own ('42 Uttryck från …, som används i Öijen (2019) för att …').
CITED_WORK_WORDS = 15


def link_notes(blocks: Sequence[Block], endnotes: Collection[int] = ()) -> None:
    """Give the role 'note' to each footnote whose number body text nearby carries as a mark ('… fritidshemmets
    samordningsgrupp43, …' and, at the page foot, '43 I projektet kom denna grupp att kallas för …'): the note
    says what the marked word means, which a definition question may quote; other answers leave it out as they
    leave every footnote out. A footnote that cites a work ('12 Skolverket (2019). Elevhälsoplanen i praktiken.') says
    where a claim comes from, not what the word means: a short one stays a footnote even when it names the word.

    >>> from ingest.clean import segment
    >>> bs = classify_blocks(segment(["Arbetet leddes av en samordningsgrupp43, som träffades varje vecka.", "",
    ...                               "43 I projektet kallas gruppen för styrgruppen.", "44 Se Öijen (2019).", "",
    ...                               "Den följde upp planen45 varje månad.", "", "45 Skolverket (2019). Planen i praktiken."]))
    >>> [(b.role, b.text[:6]) for b in bs]
    [('body', 'Arbete'), ('note', '43 I p'), ('footnote', '44 Se '), ('body', 'Den fö'), ('footnote', '45 Sko')]
    """
    for i, block in enumerate(blocks):
        cites = CITATION_LIKE_RE.search(block.text) and len(block.text.split()) <= CITED_WORK_WORDS
        m = FOOTNOTE_START_RE.match(block.text) if block.role == "footnote" and not cites else None
        if m is None:
            continue
        # A note of a notes section ('Fotnoter' at the end) may be marked anywhere in the text before it.
        near = [*blocks[0 if i in endnotes else max(0, i - NOTE_REACH): i], *blocks[i + 1: i + 1 + NOTE_REACH // 4]]
        if any(b.role == "body" and m.group(1) in _marks(b.text) for b in near):
            block.role = "note"


_NUMBERED_ITEM_RE = re.compile(r"^(\d{1,2})\.\s+(?=\S)")


def _raised_mark_notes(blocks: list[Block]) -> list[Block]:
    """A run of numbered items at a page's foot whose every number body text above carries as a raised mark ('…
    trygga i skolan.¹' and '1) Med trygg avses …'): footnotes written '1)' (Word's and many report templates'
    style), not a list: each becomes a footnote paragraph ('1 Med trygg avses …'), which `link_notes` ties to its
    mark. Only raised marks count: a digit glued to a word is too often part of it to make a list a set of notes.

    >>> from ingest.clean import segment
    >>> bs = classify_blocks(segment(["Av eleverna känner sig 81 procent trygga.¹ Svaren var 77 procent.²", "",
    ...                               "1) Med trygg avses svaret stämmer helt.", "2) Enkäten gjordes i februari."]))
    >>> [(b.kind, b.role, b.text[:8]) for b in bs]
    [('paragraph', 'body', 'Av eleve'), ('paragraph', 'note', '1 Med tr'), ('paragraph', 'note', '2 Enkäte')]
    >>> lines = ["# Rapport", "", "Andelen ökade till 41 procent¹ och sjönk sedan² under året.", "", "Planen har två mål:",
    ...          "1) Fler flickor.", "2) Färre pojkar.", "", "1) Källa: SCB."]
    >>> [b.kind for b in classify_blocks(segment(lines))]
    ['heading', 'paragraph', 'paragraph', 'list_item', 'list_item', 'paragraph']
    """
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "list_item" and (m := _NUMBERED_ITEM_RE.match(blocks[j].text)) \
                and (j == i or int(m.group(1)) > int(_NUMBERED_ITEM_RE.match(blocks[j - 1].text).group(1))):
            j += 1  # (numbering that starts again is another run: a list, then the page's notes)
        if j == i:
            i += 1
            continue
        run = blocks[i:j]
        above = [b for b in blocks[max(0, i - NOTE_REACH): i] if b.kind != "list_item"]
        raised = {m.translate(_FROM_SUPERSCRIPT) for b in above for m in _SUPERSCRIPT_RE.findall(b.text)}
        led_in = i > 0 and blocks[i - 1].kind != "list_item" and blocks[i - 1].text.rstrip().endswith(":")
        # (a run of numbered items inside a longer list, '1.' before its 'a.', 'b.', is part of that list)
        in_list = (i > 0 and blocks[i - 1].kind == "list_item" and not _NUMBERED_ITEM_RE.match(blocks[i - 1].text)) \
            or (j < len(blocks) and blocks[j].kind == "list_item" and not _NUMBERED_ITEM_RE.match(blocks[j].text))
        if not led_in and not in_list and all(_NUMBERED_ITEM_RE.match(b.text).group(1) in raised for b in run):
            for b in run:
                b.kind, b.role, b.depth = "paragraph", "footnote", 0
                b.text = _NUMBERED_ITEM_RE.sub(lambda m: f"{m.group(1)} ", b.text, count=1)
        i = j
    return blocks


_SUPERSCRIPT_RE = re.compile(rf"(?<=\S)[{SUPERSCRIPT_DIGITS}]{{1,3}}")
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def _marks(text: str) -> list[str]:
    """The footnote numbers a text carries as marks: glued on ('samordningsgrupp43') or raised ('2023.³')."""
    return [*NOTE_REFERENCE_RE.findall(text), *(m.translate(_FROM_SUPERSCRIPT) for m in _SUPERSCRIPT_RE.findall(text))]


def _block_role(block: Block, seen_heading: bool) -> str:
    rows = [r.strip() for r in (block.lines or [block.text]) if r.strip()]
    text = block.text.strip()
    if rows and sum(bool(TOC_LINE_RE.search(r)) for r in rows) >= max(2, 0.6 * len(rows)):
        return "toc"
    if _is_schedule(rows):
        return "schedule"
    if block.role == "footnote" or (len(text) <= 400 and FOOTNOTE_RE.match(text) and not _starts_with_date(text)):
        return "footnote"
    if REFERENCE_ENTRY_RE.match(text):
        return "references"
    if not seen_heading and FRONT_MATTER_RE.search(text) and len(text) <= 300:
        return "front"
    return "body"


def _starts_with_date(text: str) -> bool:
    words = text.split(maxsplit=2)
    return len(words) > 1 and words[1].lower().rstrip(".") in MONTHS


def _is_schedule(rows: list[str]) -> bool:
    """Rows that open with a date or a time slot ('4 maj kl. 15.00–17.00', '09.00 Fika')."""
    if not rows:
        return False
    timed = sum(bool(TIME_RANGE_RE.match(r) or (DATE_RE.match(r) and TIME_RANGE_RE.search(r))) for r in rows)
    return timed >= max(1, 0.5 * len(rows))


def _set_depths(blocks: Sequence[Block]) -> None:
    """Depth of each list item within its run of consecutive items: distinct indents, shallowest first."""
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind == "list_item":
            run.append(block)
            continue
        if run:
            indents = sorted({b.indent for b in run})
            for b in run:
                b.depth = indents.index(b.indent) + 1
            run = []


def split_footnotes(blocks: Sequence[Block]) -> list[Block]:
    """Cut the footnotes a page foot left at the start of a paragraph into blocks of their own.

    Extraction puts page-foot notes ('26 Skolverket (2019)', '27 …') before the
    text that continues on the next page; the cleaner then joins them into one
    paragraph. Numbered lines in sequence, or one numbered line that cites a
    work, are footnotes; the text after them is body again.

    >>> b = Block("paragraph", "", 10, 13, lines=["26 Skolverket (2019)", "27 Skolinspektionen (2016b).",
    ...           "Eleverna berättade om skolan.", "Fler rader."], line_numbers=[10, 11, 12, 13])
    >>> for x in split_footnotes([b]):
    ...     print(x.role, x.start_line, x.end_line, x.text)
    footnote 10 10 26 Skolverket (2019)
    footnote 11 11 27 Skolinspektionen (2016b).
    body 12 13 Eleverna berättade om skolan. Fler rader.
    """
    out: list[Block] = []
    for block in blocks:
        out.extend(_split_block(block) if block.kind == "paragraph" else [block])
    return out


def mark_runs_on(blocks: Sequence[Block]) -> list[Block]:
    """Mark body text that runs on a sentence page-foot footnotes broke in two: the text before the notes ends
    mid-sentence and the text after them opens in lower case. The blocks stay apart, so the chunks keep the bounds
    they would have without the notes' break; the chunker joins the two parts where one chunk holds both
    (`ingest.chunk.join_runs_on`).

    >>> a = Block("paragraph", "Frånvaron delas i giltig", 10, 10, lines=["Frånvaron delas i giltig"], line_numbers=[10])
    >>> rest = Block("paragraph", "", 12, 15, lines=["26 Skolverket (2019)", "27 Skolinspektionen (2016b).",
    ...              "respektive ogiltig frånvaro.", "Fler rader."], line_numbers=[12, 13, 14, 15])
    >>> for x in mark_runs_on([a, *split_footnotes([rest])]):
    ...     print(x.role, x.start_line, x.end_line, x.runs_on, x.text)
    body 10 10 False Frånvaron delas i giltig
    footnote 12 12 False 26 Skolverket (2019)
    footnote 13 13 False 27 Skolinspektionen (2016b).
    body 14 15 True respektive ogiltig frånvaro. Fler rader.
    """
    out = list(blocks)
    for i, block in enumerate(out):
        notes = 0
        while notes < i and out[i - 1 - notes].role == "footnote":
            notes += 1
        if notes and notes < i and _continues(out[i - 1 - notes], block):
            block.runs_on = True
    return out


def _continues(before: Block, block: Block) -> bool:
    """Whether `block` (body text after footnotes) runs on the unfinished sentence of `before`."""
    return (block.kind == "paragraph" and block.role == "body" and before.role == "body"
            and before.kind in ("paragraph", "list_item") and block.text[:1].islower()
            and not _LINK_START_RE.match(block.text)  # a page-foot link line ('http://www.kolada.se/') is no prose
            and not _ends(before.text) and not before.text.rstrip().endswith((":", ";")))


_LINK_START_RE = re.compile(r"(?:https?://|www\.)", re.I)


def _split_block(block: Block) -> list[Block]:
    lines, numbers = block.lines, block.line_numbers
    if len(numbers) != len(lines) or not lines:
        return [block]
    first = FOOTNOTE_START_RE.match(lines[0].strip())
    if first is None:
        return [block]
    notes: list[tuple[int, int]] = []  # [first, last) line indexes of each footnote
    expected = int(first.group(1))
    i = 0
    while i < len(lines):
        m = FOOTNOTE_START_RE.match(lines[i].strip())
        if m is None or int(m.group(1)) != expected:
            break
        j = i + 1
        while j < len(lines) and not FOOTNOTE_START_RE.match(lines[j].strip()) and not _ends(lines[j - 1]):
            j += 1  # the note wraps onto the next line
        notes.append((i, j))
        expected += 1
        i = j
    cited = any(CITATION_LIKE_RE.search(" ".join(lines[a:b])) for a, b in notes)
    if not notes or (len(notes) < 2 and not cited) or _starts_with_date(lines[0].strip()):
        return [block]
    out = [_part(block, a, b, "footnote") for a, b in notes]
    if i < len(lines):
        out.append(_part(block, i, len(lines), "body"))
    return out


def _split_marked_notes(blocks: Sequence[Block], starts: set[int]) -> list[Block]:
    """Paragraphs cut where a marked footnote starts; each note (to the next one, or the paragraph's end) a
    footnote."""
    if not starts:
        return list(blocks)
    out: list[Block] = []
    for block in blocks:
        numbers = block.line_numbers
        cuts = [i for i, n in enumerate(numbers) if n in starts] if block.kind == "paragraph" else []
        if not cuts or len(numbers) != len(block.lines):
            out.append(block)
            continue
        if cuts[0] > 0:
            out.append(_part(block, 0, cuts[0], block.role))
        for a, b in zip(cuts, [*cuts[1:], len(numbers)], strict=True):
            out.append(_part(block, a, b, "footnote"))
    return out


def _ends(line: str) -> bool:
    return line.rstrip().endswith((".", ")", "!", "?"))


def _part(block: Block, a: int, b: int, role: str) -> Block:
    lines = block.lines[a:b]
    text = " ".join(" ".join(x.split()) for x in lines)
    return Block(block.kind, text, block.line_numbers[a], block.line_numbers[b - 1], lines=lines,
                 line_numbers=block.line_numbers[a:b], indent=block.indent, role=role)
