"""NeighbourLookup and the helpers that gather a list's items, series and lead-ins around a unit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant import lexicon as lex
from assistant.grounding.question import (
    Question,
)
from assistant.grounding.selection.kinds import (
    list_kinds,
)
from assistant.grounding.selection.scored import (
    ListCandidate,
)
from assistant.grounding.selection.weights import (
    _COUNTED_RE,
    GATHER_UNDER,
    REPEATED_HEADING,
    SERIES_COUNT_FIT,
    SERIES_HEADING_RE,
    SERIES_MOST,
    SERIES_READ,
    SERIES_UNDER,
    TEMPLATE_PART_FIT,
)
from assistant.index.lexical import tokenize
from assistant.index.units import (
    Unit,
    units_of,
)
from assistant.schema import Chunk


def _counts_items(text: str, n: int, asked: set[str]) -> bool:
    """Whether `text` counts `n` things of the kind asked ('… de fem framgångsfaktorerna …' before five bullets): the
    paragraph that leads into a list without a colon says what the list is, as an intro would."""
    for m in _COUNTED_RE.finditer(text):
        word = m.group(1).lower()
        count = int(word) if word.isdigit() else lex.CARDINALS.get(word)
        if count == n and asked & list_kinds(m.group(2)):
            return True
    return False


def _order_siblings(candidates: list[ListCandidate]) -> None:
    """Lists under one repeated heading of one document take their scores anew, best first, in the order of score
    plus TEMPLATE_PART_FIT times their part's fit: the part decides which of the siblings is the one asked for, not
    whether a sibling outranks a list of another heading (their best score stays the siblings' best)."""
    groups: dict[tuple[str, ...], list[ListCandidate]] = {}
    for c in candidates:
        if c.template:
            groups.setdefault(c.template, []).append(c)
    for siblings in groups.values():
        scores = sorted((c.score for c in siblings), reverse=True)
        for c, score in zip(sorted(siblings, key=lambda c: -(c.score + TEMPLATE_PART_FIT * c.part_fit)), scores,
                            strict=True):
            c.score = score


def _count_fit(question: Question, run: list[tuple[Unit, list[Unit]]]) -> float:
    """SERIES_COUNT_FIT when the question counts the parts it asks for and the series has that many ('Vilka är de
    fyra målen?' over 'Mål 1' … 'Mål 4'): the whole series is what is asked, not the sentence that counts them."""
    m = lex.ASKED_COUNT_RE.search(question.text)
    if m is None:
        return 0.0
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else lex.CARDINALS[word]
    return SERIES_COUNT_FIT if n == len(run) else 0.0


def _series_candidate(run: list[tuple[Unit, list[Unit]]], score: float, item_scores: list[float],
                      neighbours: NeighbourLookup) -> ListCandidate:
    """A numbered series of headings as one list: each heading an item, what stands under it nested one level
    deeper, introduced by the sentence that leads into the series (else titled by the heading above it)."""
    items: list[Unit] = []
    for heading, body in run:
        items.append(replace(heading, depth=1))
        base = min((u.depth for u in body if u.is_item), default=1)
        items += [replace(u, depth=u.depth - base + 2 if u.is_item else 2) for u in body]
    first = run[0][0]
    intro = neighbours.before_series(first)
    # Titled by the heading above the first part's: its section's parent when it heads its section.
    path = first.chunk.heading_path if first.seq < 0 else first.heading_path
    own = first.seq < 0 or bool(path and path[-1].strip() == first.text.strip())
    parent = path[-2] if own and len(path) >= 2 else (path[-1] if not own and path else "")
    if parent.strip().lower() == first.chunk.title.strip().lower():
        parent = ""
    return ListCandidate(items, intro, score, parent, True, item_scores=item_scores, series=True)


def _place_terms(group: list[Unit]) -> frozenset[str]:
    """What one place of a repeated heading is about: its sentences, its section's headings and the document's
    title."""
    chunk = group[0].chunk
    text = " ".join([*(u.text for u in group), *(u.text for u in group[0].labels_above), chunk.heading_path_text,
                     chunk.title])
    return frozenset(tokenize(text))


def _part_starts(at: list[int], key_at: dict[int, tuple[str, ...]], repeated: dict[tuple[str, ...], list[int]]
                 ) -> list[int] | None:
    """Where each part of a template that ends at one of the heading's occurrences `at` begins (entry indexes), or
    None when the heading opens the parts itself. A part begins at the heading that opens the template's parts: of
    the repeated headings between the first two occurrences, the one the document has first ('Förslag på lokalt
    mål', then 'Förslag på insatser', then 'Förslag på aktörer'); each part begins at its last occurrence before."""
    between = [key_at[i] for i in range(at[0] + 1, at[1]) if i in key_at]
    if not between:
        return None
    opener = min(between, key=lambda k: repeated[k][0])
    if repeated[opener][0] > at[0]:
        return None  # the heading opens the parts: what stands above it is the part before
    opens = repeated[opener]
    return [max(i for i in opens if i < here) for here in at]


def _heading_key(text: str) -> str:
    """A heading line as compared with its repetitions: case, spacing and a closing colon aside."""
    return " ".join(text.lower().split()).rstrip(":")


def _heading_right_above(unit: Unit) -> str | None:
    """The heading a sentence stands right under (only sentences between them): a heading line in its chunk, or
    the section heading of a chunk that opens with it; None when a list, a table or nothing stands between."""
    if unit.kind != "sentence":
        return None
    for u in reversed(units_of(unit.chunk)[: unit.seq]):
        if u.is_label:
            return u.text if u.role == "body" and not u.text.rstrip().endswith(":") else None
        if u.kind != "sentence":
            return None
    return unit.chunk.heading_path[-1] if _opens_section(unit.chunk) else None


def _opens_section(chunk: Chunk) -> bool:
    """Whether a chunk starts at its section's heading line (which chunking keeps in the path, not in the text)."""
    return bool(chunk.heading_path and chunk.line_spans and chunk.line_spans[0][0] > chunk.start_line)


def _leading_sentences(units: Sequence[Unit]) -> list[Unit]:
    """The body sentences `units` open with, up to the first heading, list item or table row (at most
    GATHER_UNDER)."""
    out: list[Unit] = []
    for u in units:
        if u.kind != "sentence":
            break
        if u.role == "body":
            out.append(u)
            if len(out) >= GATHER_UNDER:
                break
    return out


def _opening_lead(item: Unit, neighbours: NeighbourLookup | None) -> list[Unit]:
    """For a list that opens its chunk, the last line of the chunk before it in the same section, when that line
    is text (not a list): chunking may cut between a list and the sentence that leads into it ('Använd dessa
    frågor som stöd i analysen.' / '• Vad ska vår organisation erbjuda …?')."""
    if neighbours is None or not item.is_item or item.list_start != 0 or item.seq != 0:
        return []
    prev = neighbours.preceding(item.chunk, reach=3)  # a blank line or two between, no heading
    if prev is None or prev.heading_path[:1] != item.chunk.heading_path[:1]:
        return []
    units = [u for u in units_of(prev) if u.role == "body"]
    if not units or units[-1].is_item:
        return []
    last = units[-1].line
    return [u for u in units if u.line == last and not u.is_item]


class NeighbourLookup:
    """The chunk that continues another (same document, next lines), to complete a list split by chunking."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self._by_start: dict[tuple[str, int], Chunk] = {}
        self._by_end: dict[tuple[str, int], Chunk] = {}
        self._by_document: dict[str, list[Chunk]] = {}
        self._passages: dict[str, dict[str, list[list[Unit]]]] = {}
        self._parts: dict[str, dict[tuple[str, ...], list[tuple[int, frozenset[str]]]]] = {}
        self._series: dict[str, tuple[list[tuple[Unit, bool]], list[list[tuple[Unit, list[Unit]]]]]] = {}
        for c in chunks:
            self._by_document.setdefault(c.path or c.source, []).append(c)
            for first, _ in c.line_spans[:1] or [(c.start_line, c.end_line)]:
                self._by_start[(c.path or c.source, first)] = c
            for _, last in c.line_spans[-1:] or [(c.start_line, c.end_line)]:
                self._by_end[(c.path or c.source, last)] = c

    def marked_by(self, note: Unit) -> Unit | None:
        """The body sentence of `note`'s document that carries the note's number as a mark ('… samordningsgrupp43,
        …' for '43 I projektet kom denna grupp att kallas för …'), the nearest before the note; None for none. A
        mark at a sentence's end is dropped from its unit's text ('… skolan:27'), so the line is read for it."""
        lines = note.chunk.text.split("\n")
        m = lex.FOOTNOTE_START_RE.match(lines[note.line].strip()) if note.line < len(lines) else None
        if m is None:
            return None
        number = m.group(1)
        found: list[Unit] = []
        for c in self._by_document.get(note.chunk.path or note.chunk.source, []):
            text = c.text.split("\n")
            for u in units_of(c):
                if u.role == "body" and u.kind == "sentence" and u.start_line < note.start_line and \
                        number in lex.NOTE_REFERENCE_RE.findall(text[u.line]):
                    found.append(u)
        carrying = [u for u in found if number in lex.NOTE_REFERENCE_RE.findall(u.text)] or found
        return max(carrying, key=lambda u: (u.start_line, u.seq), default=None)

    def passages_under(self, document: str, heading: str) -> list[list[Unit]]:
        """For each place `document` has `heading` (a heading line in a chunk's text, or the section heading a
        chunk opens with), in document order, the body sentences right under it (empty where a list follows)."""
        passages = self._passages.get(document)
        if passages is None:  # each document's headings found once (built whole, then stored: threads share it)
            passages = self._passages[document] = self._find_passages(document)
        return passages.get(_heading_key(heading), [])

    def _find_passages(self, document: str) -> dict[str, list[list[Unit]]]:
        found: dict[str, list[list[Unit]]] = {}
        seen: set[int] = set()  # a heading repeated by chunk overlap counts once
        for c in sorted(self._by_document.get(document, []), key=lambda c: c.start_line):
            units = units_of(c)
            places = [(u.text, u.start_line, list(units[u.seq + 1:])) for u in units if u.is_label and u.role == "body"]
            if _opens_section(c):
                places.insert(0, (c.heading_path[-1], c.start_line, list(units)))
            for text, line, after in places:
                if line in seen:
                    continue
                seen.add(line)
                if not after:  # the heading ends its chunk: what stands under it opens the next
                    nxt = self.following(c, reach=3)
                    after = list(units_of(nxt)) if nxt is not None else []
                found.setdefault(_heading_key(text), []).append(_leading_sentences(after))
        return found

    def series_of(self, item: Unit) -> list[tuple[Unit, list[Unit]]]:
        """The numbered series of headings that `item` heads a part of or stands in ('Mål 1 …' over its bullets,
        then 'Mål 2 …' over its own): each heading (a heading line, or a section heading as a unit of its chunk)
        with the body units under it up to the next heading, in document order; empty when `item` stands under no
        such series."""
        _, runs = self._series_in(item.chunk.path or item.chunk.source)
        at = (item.start_line, item.text)
        for run in runs:
            if any((u.start_line, u.text) == at for heading, body in run for u in (heading, *body)):
                return run
        return []

    def before_series(self, heading: Unit) -> Unit | None:
        """The body sentence right before a series' first heading (within a few lines), which leads into it
        ('Kommunen har satt upp tre mål för arbetet.'), or None."""
        entries, _ = self._series_in(heading.chunk.path or heading.chunk.source)
        at = next((i for i, (u, _) in enumerate(entries) if u.start_line == heading.start_line), 0)
        if at == 0:
            return None
        before, is_heading = entries[at - 1]
        return before if not is_heading and before.kind == "sentence" and \
            heading.start_line - before.end_line <= 4 else None

    def _series_in(self, document: str) -> tuple[list[tuple[Unit, bool]], list[list[tuple[Unit, list[Unit]]]]]:
        found = self._series.get(document)
        if found is None:  # built whole, then stored: threads share it
            found = self._series[document] = self._find_series(document)
        return found

    def _find_series(self, document: str) -> tuple[list[tuple[Unit, bool]], list[list[tuple[Unit, list[Unit]]]]]:
        entries: list[tuple[Unit, bool]] = []  # body units and headings in reading order, each once
        seen: set[tuple[int, str]] = set()
        for c in sorted(self._by_document.get(document, []), key=lambda c: c.start_line):
            if _opens_section(c) and (c.start_line, "") not in seen:
                seen.add((c.start_line, ""))
                entries.append((Unit(c.heading_path[-1], c, 0, c.start_line, c.start_line, "label", "body", seq=-1),
                                True))
            for u in units_of(c):
                if (u.start_line, u.text) in seen or (u.start_line, "") in seen:
                    continue
                seen.add((u.start_line, u.text))
                if u.role == "body":
                    entries.append((u, u.is_label and not u.text.rstrip().endswith(":")))
        runs: list[list[tuple[Unit, list[Unit]]]] = []
        run: list[tuple[Unit, list[Unit]]] = []
        key: tuple[str, int] = ("", 0)
        others = 0  # headings outside the series since its last part
        for i, (u, is_heading) in enumerate(entries):
            if not is_heading:
                continue
            m = SERIES_HEADING_RE.match(u.text)
            if m is None:
                others += 1
                continue
            word, number = m.group(1).casefold(), int(m.group(2))
            if not run or (word, number) != (key[0], key[1] + 1) or others > 2 or len(run) >= SERIES_MOST:
                if len(run) >= 2:
                    runs.append(run)
                run = []
            body: list[Unit] = []
            for v, under_heading in entries[i + 1:]:
                if under_heading or len(body) >= SERIES_READ:
                    break
                body.append(v)
            # A part's list is what it holds ('Mål 1 …' over its targets); the paragraph before the list describes.
            # Without a list, its first sentences say it.
            items = [v for v in body if v.is_item][:SERIES_UNDER]
            run.append((u, items or body[:GATHER_UNDER]))
            key, others = (word, number), 0
        if len(run) >= 2:
            runs.append(run)
        return entries, [r for r in runs if any(body for _, body in r)]

    def template_part(self, document: str, heading: str, line: int) -> frozenset[str] | None:
        """For a heading its document repeats (the same words: 'Förslag på aktörer som kan bidra till insatsen' and
        '… insatser'), as a heading line or a section heading, the terms of the part of the template that the one at
        `line` closes: from the last heading that opens the template's parts ('Förslag på lokalt mål') up to it —
        the goal above a list of actors and the measures between. None when it stands once, or opens the parts."""
        parts = self._parts.get(document)
        if parts is None:  # built whole, then stored: threads share it
            parts = self._parts[document] = self._template_parts(document)
        return next((terms for at, terms in parts.get(tuple(tokenize(heading)), []) if at == line), None)

    def _template_parts(self, document: str) -> dict[tuple[str, ...], list[tuple[int, frozenset[str]]]]:
        entries = self._reading_order(document)
        places: dict[tuple[str, ...], list[int]] = {}
        for i, (_, heading, _) in enumerate(entries):
            if heading and (key := tuple(tokenize(heading))):
                places.setdefault(key, []).append(i)
        repeated = {key: at for key, at in places.items() if len(at) >= REPEATED_HEADING}
        key_at = {i: key for key, at in repeated.items() for i in at}
        found: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]] = {}
        for key, at in repeated.items():
            starts = _part_starts(at, key_at, repeated)
            if starts is None:
                continue
            found[key] = [(entries[here][0], frozenset(t for _, _, u in entries[start:here]
                                                       if u is not None and u.role == "body" for t in u.terms))
                          for start, here in zip(starts, at, strict=True)]
        return found

    def _reading_order(self, document: str) -> list[tuple[int, str | None, Unit | None]]:
        """A document's headings and units in reading order, each once (chunks overlap): (line, the heading's text
        for a heading line or a section heading a chunk opens with, the unit; None for a section heading)."""
        seen: set[tuple[int, str]] = set()
        out: list[tuple[int, str | None, Unit | None]] = []
        for c in sorted(self._by_document.get(document, []), key=lambda c: c.start_line):
            if _opens_section(c) and (c.start_line, "") not in seen:
                seen.add((c.start_line, ""))
                out.append((c.start_line, c.heading_path[-1], None))
            for u in units_of(c):
                if (u.start_line, u.text) not in seen and (u.start_line, "") not in seen:
                    seen.add((u.start_line, u.text))
                    out.append((u.start_line, u.text if u.is_label and u.role == "body" else None, u))
        return out

    def preceding(self, chunk: Chunk, reach: int = 7) -> Chunk | None:
        """The chunk that ends within `reach` lines before `chunk` starts, in the same document."""
        if not chunk.line_spans:
            return None
        start = chunk.line_spans[0][0]
        for gap in range(1, reach + 1):
            prev = self._by_end.get((chunk.path or chunk.source, start - gap))
            if prev is not None:
                return prev
        return None

    def following(self, chunk: Chunk, reach: int = 7) -> Chunk | None:
        """The chunk that starts within `reach` lines after `chunk` ends, in the same document (blank lines and
        a heading may stand between)."""
        if not chunk.line_spans:
            return None
        end = chunk.line_spans[-1][1]
        for gap in range(1, reach + 1):
            nxt = self._by_start.get((chunk.path or chunk.source, end + gap))
            if nxt is not None:
                return nxt
        return None

    def continuation(self, items: list[Unit]) -> list[Unit]:
        """Items that continue `items`' list at the start of the next chunk."""
        if not items:
            return []
        last = items[-1]
        chunk = last.chunk
        if last.line != len(chunk.line_spans) - 1 or not chunk.line_spans:
            return []
        out: list[Unit] = []
        nxt = self.following(chunk, reach=3)
        for u in units_of(nxt) if nxt is not None else ():
            if not u.is_item:
                break
            out.append(u)
        return out
