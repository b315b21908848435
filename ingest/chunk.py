"""Structure-aware chunking: blocks -> sections with heading paths -> chunks within a token budget."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.index.units import names_columns
from assistant.lexicon import FAQ_QUESTION_RE, SECTION_SIGN_HEADING_RE
from assistant.schema import HEADING_SEPARATOR, NOTE_GAP, SIBLING_HEADING, Chunk, SourceDoc
from ingest.classify import classify_blocks
from ingest.clean import Block, segment

LEAF_LEVEL = 10
VERSION_MARK = "."  # chunk id = "<logical id>.<document version>"
_APPENDIX_RE = re.compile(r"^(bilaga|appendix|bilagor)\s+\d+\b", re.I)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9”\"(])")

CountTokens = Callable[[str], int]


@dataclass
class _Section:
    part: int
    path: list[str]
    leaf: bool = False
    blocks: list[Block] = field(default_factory=list)
    heading_line: int | None = None
    heading_end: int | None = None  # the heading's last line: a heading wrapped over two lines is cited whole
    marked: bool = False  # its heading's level is the document's own (Markdown/HTML level, numbering, manifest rule)


@dataclass
class _Draft:
    part: int
    path: list[str]
    texts: list[str]
    spans: list[tuple[int, int]]
    roles: list[str]
    start: int
    end: int
    segment: int
    leaf_group: bool
    headings: set[str]
    heading_line: int | None = None
    heading_end: int | None = None
    marked: bool = False


def _heading_key(text: str) -> str:
    words = re.sub(r"^[\d.]+\s*", "", text).lower().split()
    return " ".join(words[:3])


def _part_index(doc: SourceDoc) -> tuple[dict[int, int], dict[int, int]]:
    """Map each line to its part (declared in the manifest) and to the contiguous line range it lies in."""
    line_part: dict[int, int] = {}
    line_segment: dict[int, int] = {}
    seg = 0
    for p, part in enumerate(doc.parts):
        for first, last in part.lines:
            seg += 1
            for ln in range(first, last + 1):
                line_part[ln] = p
                line_segment[ln] = seg
    return line_part, line_segment


def hard_breaks(doc: SourceDoc) -> list[int]:
    """Lines before which nothing may continue: the edges of every declared part range."""
    out: set[int] = set()
    for part in doc.parts:
        for first, last in part.lines:
            out.update({first, last + 1})
    return sorted(out)


def build_sections(doc: SourceDoc, blocks: list[Block]) -> list[_Section]:
    """Give every block its heading path, reading parts in their declared order."""
    line_part, line_segment = _part_index(doc)
    n_parts = len(doc.parts)
    by_part: dict[int, list[Block]] = {}
    for block in blocks:
        by_part.setdefault(line_part.get(block.start_line, n_parts), []).append(block)
    level_rules = [(re.compile(pattern), level) for pattern, level in doc.heading_levels.items()]

    sections: list[_Section] = []
    for p in sorted(by_part):
        part_blocks = by_part[p]
        # Reading order inside a part follows its declared ranges, not the file.
        if p < n_parts:
            part_blocks.sort(key=lambda b: (line_segment.get(b.start_line, 0), b.start_line))
        part_title = doc.parts[p].title if p < n_parts else ""
        repeats = Counter(_heading_key(b.text) for b in part_blocks if b.kind == "heading")
        stack: list[tuple[int, str]] = []
        current = _Section(p, [part_title] if part_title else [])
        carried: list[Block] = []  # headings of sections with no text of their own
        for block in part_blocks:
            if block.kind != "heading":
                current.blocks.append(block)
                continue
            level = _heading_level(block, stack, repeats, level_rules, has_parts=bool(part_title))
            if not any(rule.search(block.text) for rule, _ in level_rules):
                level = _under_paragraph(block, level, stack)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, block.text))
            if current.blocks:
                sections.append(current)
                carried = []
            elif current.heading_line is not None and current.path:
                # 'Workshop 1' directly followed by 'Dilemma 1': keep the first heading's words as text.
                carried.append(Block("paragraph", current.path[-1], current.heading_line, current.heading_end))
            current = _Section(
                p,
                ([part_title] if part_title else []) + [h for _, h in stack],
                leaf=level == LEAF_LEVEL,
                heading_line=block.start_line,
                heading_end=block.end_line,
                marked=bool(block.level or block.numbering) or _is_faq_question(block)
                or any(rule.search(block.text) for rule, _ in level_rules),
                # After headings carried ahead as text, the section's own heading is a line too where the document
                # marks it up as one (Markdown, HTML, Word): 'Mål' over 'Mål 1 …' keeps 'Mål 1 …' in the text, where a
                # series of numbered headings ('Mål 1', 'Mål 2' …) is read.
                blocks=[*carried, block] if carried and block.level else list(carried),
            )
            carried = []
        if not current.blocks and current.heading_line is not None and current.path:
            # A part that ends at a heading-like line with nothing under it ('Kontakt: Sara Lind, föreståndare …'
            # closing a summary): the line is text, not lost.
            current.blocks.append(Block("paragraph", current.path[-1], current.heading_line, current.heading_end))
        if current.blocks:
            sections.append(current)
    return sections


def _under_paragraph(block: Block, level: int, stack: list[tuple[int, str]]) -> int:
    """A protocol's sub-heading ('Ärendebeskrivning', 'Beslut') set like its '§ 14 …' heading stands under that
    paragraph, not beside it: the decision belongs to § 14 (a PDF sets both in bold body type, a text protocol
    has both as short lines; Swedish committee protocols in general)."""
    if SECTION_SIGN_HEADING_RE.match(block.text):
        return level
    paragraph = next((lvl for lvl, text in reversed(stack) if SECTION_SIGN_HEADING_RE.match(text)), None)
    return paragraph + 1 if paragraph is not None and level == paragraph else level


def _is_faq_question(block: Block) -> bool:
    """Whether a heading is a question of a question-and-answer page ('Fråga: Måste vi filma barnen?')."""
    return bool(block.lines) and FAQ_QUESTION_RE.match(block.lines[0].strip()) is not None


def _heading_level(
    block: Block,
    stack: list[tuple[int, str]],
    repeats: Counter[str],
    rules: list[tuple[re.Pattern[str], int]],
    has_parts: bool,
) -> int:
    for pattern, level in rules:
        if pattern.search(block.text):
            return level
    if block.level:  # markdown '#' depth
        return block.level
    if _is_faq_question(block):  # a page's questions are peers one level under its 'Vanliga frågor'
        parents = [level for level, text in stack if not text.endswith("?")]
        return parents[-1] + 1 if parents else 2
    if block.numbering:  # "6.2 Skolfrånvaro" sits one level below "6. Diskussion"
        return block.numbering.count(".") + 2
    if _APPENDIX_RE.match(block.text):
        return 2 if has_parts else 1
    if repeats[_heading_key(block.text)] >= 3:
        return LEAF_LEVEL
    if stack and stack[-1][0] == LEAF_LEVEL:
        # A one-off sub-heading among recurring ones ('Deltagare …' between 'Planerad insats …'
        # and 'Mål …') is their peer, not their parent.
        return LEAF_LEVEL
    numbered = [level for level, text in stack if re.match(r"^\d", text) and level < LEAF_LEVEL]
    return numbered[-1] + 1 if numbered else 2


def _pieces(blocks: list[Block]) -> list[list[Block]]:
    """Group blocks that must stay together: a list stays with the line that introduces it."""
    groups: list[list[Block]] = []
    for block in blocks:
        if block.kind == "list_item" and groups and (
            groups[-1][-1].kind == "list_item" or groups[-1][-1].text.rstrip().endswith(":")
        ):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _render(block: Block) -> str:
    if block.kind == "list_item":
        return block.text if block.numbering else f"- {block.text}"
    return block.text


_Piece = tuple[str, tuple[int, int], str]

_ROLE_CODES = {"footnote": "f", "note": "n", "toc": "c", "references": "r", "schedule": "s", "front": "m"}


def line_role(block: Block) -> str:
    """The code stored for each chunk line of `block` (see `Chunk.line_roles`)."""
    if block.role != "body":
        return _ROLE_CODES.get(block.role, "p")
    if block.kind == "list_item":
        return f"i{min(block.depth or 1, 9)}"
    return {"heading": "h", "table": "t"}.get(block.kind, "p")


def _split_oversized(group: list[Block], count: CountTokens, max_tokens: int) -> list[list[_Piece]]:
    """Split a group over budget: lists between items, paragraphs between sentences.

    Each piece keeps the original lines it came from, so a window of a long
    paragraph cites its own lines.
    """
    out: list[list[_Piece]] = []
    cur: list[_Piece] = []
    cur_tokens = 0
    for block in group:
        texts = [_render(block)]
        spans = [(block.start_line, block.end_line)]
        rows = texts[0].split("\n")
        if block.kind == "table" and len(rows) == len(block.row_spans):
            # A table read back from cells laid out column by column: each row cites the lines of its cells.
            texts, spans = rows, list(block.row_spans)
        elif block.kind == "table" and len(rows) == len(block.line_numbers):
            # Each row of a table cites its own line.
            texts, spans = rows, [(n, n) for n in block.line_numbers]
        elif count(texts[0]) > max_tokens:
            texts = _sentence_windows(texts[0], count, max_tokens)
            spans = block.span_of(texts)
        role = line_role(block)
        # A table's header row (its first, when it names the columns) goes with each window its rows are split
        # into: a row whose column names are in another chunk ('9,4' under 'Kvinnor 2024') answers nothing.
        header = (texts[0], spans[0]) if block.kind == "table" and len(texts) > 2 and names_columns(texts[0]) \
            else None
        for k, (text, span) in enumerate(zip(texts, spans, strict=True)):
            t = count(text)
            if cur and cur_tokens + t > max_tokens:
                out.append(cur)
                cur, cur_tokens = [], 0
                if header is not None and k > 0:
                    cur.append((header[0], header[1], role))
                    cur_tokens += count(header[0])
            cur.append((text, span, role))
            cur_tokens += t
    if cur:
        out.append(cur)
    return out


def _sentence_windows(text: str, count: CountTokens, max_tokens: int) -> list[str]:
    sentences = _SENTENCE_SPLIT_RE.split(text)
    out: list[str] = []
    cur = ""
    for sentence in sentences:
        candidate = f"{cur} {sentence}".strip()
        if cur and count(candidate) > max_tokens:
            out.append(cur)
            cur = sentence
        else:
            cur = candidate
    if cur:
        out.append(cur)
    # A single sentence still over budget is cut by words.
    final: list[str] = []
    for piece in out:
        words = piece.split()
        while words and count(" ".join(words)) > max_tokens:
            cut = max(1, int(len(words) * max_tokens / max(count(" ".join(words)), 1) * 0.9))
            final.append(" ".join(words[:cut]))
            words = words[cut:]
        if words:
            final.append(" ".join(words))
    return final


def chunk_document(doc: SourceDoc, count: CountTokens, max_tokens: int = 320, min_tokens: int = 140,
                   merge_siblings: bool = True) -> list[Chunk]:
    """Turn one document into chunks that fit `max_tokens` and keep their section path and line span; without
    `merge_siblings`, a small section is never merged into the sibling before it (an upload's own headings)."""
    blocks = classify_blocks(segment(doc.lines, doc.page_breaks, hard_breaks(doc)), doc.footnote_lines)
    sections = build_sections(doc, blocks)
    _, line_segment = _part_index(doc)
    drafts: list[_Draft] = []
    for section in sections:
        first_window = True
        for group in _pieces(section.blocks):
            for window in _split_oversized(group, count, max_tokens):
                lines = [t for t, _, _ in window]
                spans = [span for _, span, _ in window]
                roles = [role for _, _, role in window]
                text = "\n".join(lines)
                start = min(first for first, _ in spans)
                if first_window and section.heading_line is not None and section.heading_line < start:
                    # The section's first passage opens at its heading, so a citation shows the heading too.
                    if line_segment.get(section.heading_line, 0) == line_segment.get(start, 0):
                        start = section.heading_line
                first_window = False
                end = max(last for _, last in spans)
                seg = line_segment.get(start, 0)
                last = drafts[-1] if drafts else None
                if (
                    last is not None
                    and last.path == section.path
                    and last.part == section.part
                    and last.segment == seg
                    and count("\n".join([*last.texts, text])) <= max_tokens
                ):
                    last.texts.extend(lines)
                    last.spans.extend(spans)
                    last.roles.extend(roles)
                    last.start, last.end = min(last.start, start), max(last.end, end)
                else:
                    drafts.append(
                        _Draft(section.part, section.path, lines, spans, roles, start, end, seg, section.leaf,
                               {section.path[-1]} if section.path else set(), section.heading_line,
                               section.heading_end, section.marked)
                    )
    merged = _merge_small(drafts, count, max_tokens, min_tokens, merge_siblings)
    runs_on = {block.start_line for block in blocks if block.runs_on}
    for draft in merged:
        join_runs_on(draft, runs_on)
    return _to_chunks(doc, merged)


def join_runs_on(draft: _Draft, runs_on: set[int]) -> None:
    """Join a sentence that page-foot notes broke in two (`classify.mark_runs_on`) where this chunk holds both
    parts: the text after the notes joins the text before them, which then spans both parts' lines; the notes
    follow. The join point carries `NOTE_GAP`, so a quote shows where the notes' lines stand between the parts.
    Joining only inside a chunk leaves every chunk's bounds and every other chunk's text as they would be
    without the break."""
    i = 0
    while i < len(draft.texts):
        j = i - 1
        while j >= 0 and draft.roles[j] in ("f", "n"):
            j -= 1
        if draft.roles[i] == "p" and draft.spans[i][0] in runs_on and j < i - 1 and j >= 0 and \
                draft.roles[j] in ("p", *(f"i{d}" for d in range(1, 10))):
            draft.texts[j] = f"{draft.texts[j].rstrip()} {NOTE_GAP}{draft.texts[i].strip()}"
            draft.spans[j] = (draft.spans[j][0], draft.spans[i][1])
            del draft.texts[i], draft.spans[i], draft.roles[i]
            continue
        i += 1


def _merge_small(drafts: list[_Draft], count: CountTokens, max_tokens: int, min_tokens: int,
                 merge_siblings: bool = True) -> list[_Draft]:
    """Merge a small section into the one before it when they are siblings or parent and child.

    A heading already present in the merged chunk starts a new chunk, so repeated
    structures (goal -> interventions -> actors, goal -> ...) stay one group each.
    """
    out: list[_Draft] = []
    for draft in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.part == draft.part and prev.segment == draft.segment:
            sibling = prev.path[:-1] == draft.path[:-1] and prev.path != draft.path
            child = draft.path[: len(prev.path)] == prev.path and len(draft.path) > len(prev.path)
            heading = draft.path[-1] if draft.path else ""
            repeated = heading in prev.headings
            prev_text = "\n".join(prev.texts)
            combined = f"{prev_text}\n{heading}\n" + "\n".join(draft.texts)
            if draft.leaf_group:
                # Recurring sub-headings (goal -> interventions -> actors) fill one chunk up to the budget.
                fits = prev.leaf_group and sibling and not repeated
            else:
                fits = not prev.leaf_group and (sibling and merge_siblings or child) and count(prev_text) < min_tokens
            if fits and count(combined) <= max_tokens:
                # The heading goes before the section's text but after headings carried ahead of it.
                at = draft.heading_line or draft.start
                lead = sum(1 for first, _ in draft.spans if first < at)
                # A sibling's heading takes the place of the chunk's own ('Mål 3' after 'Mål 2'): its units stand
                # under it, not under the chunk's heading path (`Unit.section_heading`). Only where the document
                # marks both levels itself: a guessed level may make a part ('Dilemma 2') the peer of its whole
                # ('Workshop 4, Tema Styrning och ledning'), which then still heads it.
                marked = sibling and not draft.leaf_group and draft.marked and prev.marked
                code = SIBLING_HEADING if marked else "h"
                if lead < len(draft.spans) and draft.spans[lead][0] == at and \
                        draft.texts[lead].strip() == heading.strip():
                    # The section holds its heading line already (after headings carried ahead of it, or as its
                    # only text: `build_sections`).
                    role = code if draft.roles[lead] == "h" else draft.roles[lead]
                    prev.texts.extend(draft.texts)
                    prev.spans.extend(draft.spans)
                    prev.roles.extend([*draft.roles[:lead], role, *draft.roles[lead + 1:]])
                else:
                    prev.texts.extend([*draft.texts[:lead], heading, *draft.texts[lead:]])
                    prev.spans.extend([*draft.spans[:lead], (at, draft.heading_end or at), *draft.spans[lead:]])
                    prev.roles.extend([*draft.roles[:lead], code, *draft.roles[lead:]])
                prev.headings.add(heading)
                prev.start, prev.end = min(prev.start, draft.start), max(prev.end, draft.end)
                continue
        out.append(draft)
    return out


def _to_chunks(doc: SourceDoc, drafts: list[_Draft]) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: Counter[str] = Counter()
    for draft in drafts:
        kept = [
            (line.strip(), span, role)
            for t, span, role in zip(draft.texts, draft.spans, draft.roles, strict=True)
            for line in t.split("\n")
            if line.strip()
        ]
        text = "\n".join(t for t, _, _ in kept)
        if not text:
            continue
        heading_path = [h for h in draft.path if h]
        base = chunk_base_id(doc.path, doc.source, HEADING_SEPARATOR.join(heading_path), text)
        seen[base] += 1
        logical = base if seen[base] == 1 else f"{base}-{seen[base]}"
        chunk_id = f"{logical}{VERSION_MARK}{doc.content_hash[:10]}"
        chunks.append(
            Chunk(
                chunk_id=chunk_id,
                source=doc.source,
                title=doc.title,
                doc_type=doc.doc_type,
                heading_path=heading_path,
                start_line=_in_file(doc, draft.start, 0),
                end_line=_in_file(doc, draft.end, 1),
                text=text,
                line_spans=[(_in_file(doc, a, 0), _in_file(doc, b, 1)) for _, (a, b), _ in kept],
                line_roles=[role for _, _, role in kept],
                path=doc.path,
                doc_hash=doc.content_hash,
                publisher=doc.publisher,
                year=doc.year,
                origin=doc.origin,
            )
        )
    return chunks


def chunk_base_id(key: str, source: str, heading_path: str, text: str) -> str:
    """A passage's id before its occurrence number and version: it names the document by its key
    (`assistant.index.documents`: its path relative to the folder it was read from, so equal file names in two folders
    never share ids and a moved checkout or store keeps them) and the passage by its stored heading path and text, so
    a stored chunk's id can be computed again from the chunk alone (`ingest.migrate` moves a document to a new key
    without parsing it). The version is added after it: a new version is written beside the old one, which stays
    visible until the commit.

    >>> chunk_base_id("corpus:a.md", "a.md", "Mål", "Text.") == chunk_base_id("corpus:a.md", "a.md", "Mål", "Text.")
    True
    >>> len(chunk_base_id("corpus:a.md", "a.md", "", "Text."))
    16
    """
    return hashlib.sha1(f"{key}\x00{source}\x00{heading_path}\x00{text}".encode()).hexdigest()[:16]


def _in_file(doc: SourceDoc, line: int, end: int) -> int:
    """A line of the document's text as a line of its file (the first, or with end=1 the last, it was read from):
    a citation opens the file's own lines."""
    if not doc.line_origins or not 1 <= line <= len(doc.line_origins):
        return line
    return doc.line_origins[line - 1][end]


def logical_id(chunk_id: str) -> str:
    """A chunk id without its document version: the same passage in two versions has the same logical id.

    >>> logical_id("0123456789abcdef-2.a1b2c3d4e5")
    '0123456789abcdef-2'
    """
    return chunk_id.split(VERSION_MARK, 1)[0]
