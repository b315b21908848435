"""Numbered citations: handing out [n] for quoted passages, and reading and checking the [n] markers in text.

`MARKER_RE` is the one pattern for a citation marker; everything that finds,
strips or rewrites markers (the backends, the draft parser, the API's export and
draft versions, the tests) uses it or the helpers below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.schema import HEADING_SEPARATOR, NOTE_GAP, SIBLING_HEADING, Chunk, Citation

# A citation marker: '[3]' or '[2, 5]' (numbers up to three digits), with the one space before it, if any,
# so that removing a marker leaves no double space. Group 1 holds the number(s).
MARKER_RE = re.compile(r"\s?\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
_NUMBER_SEP_RE = re.compile(r"\s*,\s*")
_QUOTE_MAX = 600


class CitationBook:
    """Gives each distinct passage (chunk + line range) one number, in order of first use."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, int, int], Citation] = {}

    def cite(self, chunk: Chunk, start_line: int, end_line: int, quote: str) -> int:
        key = (chunk.chunk_id, start_line, end_line)
        quote = " ".join(quote.replace(NOTE_GAP, " … ").split())
        found = self._by_key.get(key)
        if found is not None:
            if quote not in found.quote and len(found.quote) + len(quote) < _QUOTE_MAX:
                # Another sentence of the same lines: the quote shows both.
                self._by_key[key] = found.model_copy(update={"quote": f"{found.quote} … {quote}"})
            return found.n
        if len(quote) > _QUOTE_MAX:
            quote = quote[: _QUOTE_MAX - 1].rsplit(" ", 1)[0] + "…"
        citation = Citation(
            n=len(self._by_key) + 1,
            chunk_id=chunk.chunk_id,
            source=chunk.source,
            title=chunk.title,
            heading_path=HEADING_SEPARATOR.join(cited_heading_path(chunk, start_line)),
            start_line=start_line,
            end_line=end_line,
            quote=quote,
            origin=chunk.origin,
        )
        self._by_key[key] = citation
        return citation.n

    def cite_chunk(self, chunk: Chunk) -> int:
        return self.cite(chunk, chunk.start_line, chunk.end_line, chunk.text)

    def replace(self, citations: list[Citation]) -> None:
        """Keep exactly `citations` (numbers unchanged), e.g. those a model's answer actually used."""
        self._by_key = {(c.chunk_id, c.start_line, c.end_line): c for c in citations}

    @property
    def citations(self) -> list[Citation]:
        return sorted(self._by_key.values(), key=lambda c: c.n)

    def __len__(self) -> int:
        return len(self._by_key)


def cited_heading_path(chunk: Chunk, start_line: int) -> list[str]:
    """The headings the lines cited from `start_line` stand under: the chunk's heading path, its last heading that
    of a merged sibling section ('Tider i idrottshallar' in a chunk filed under 'Föreningsbidrag') and a merged
    sub-section's heading after it, where such a heading line stands above the cited lines (or is the first of
    them); a citation shows the section its lines are in, not the first section of their chunk."""
    path = list(chunk.heading_path)
    lines = chunk.text.split("\n")
    if len(chunk.line_roles) != len(chunk.line_spans) or len(lines) != len(chunk.line_spans):
        return path
    section, sub = path, ""
    for line, (first, _), role in zip(lines, chunk.line_spans, chunk.line_roles, strict=True):
        if first > start_line:
            break
        if role == SIBLING_HEADING and line.strip():
            section, sub = [*path[:-1], line.strip()], ""
        elif role == "h" and line.strip():
            sub = line.strip()
    return [*section, sub] if sub and (not section or section[-1] != sub) else section


def markers(numbers: list[int]) -> str:
    """' [1][3]' for a list of citation numbers, '' for none."""
    joined = "".join(f"[{n}]" for n in dict.fromkeys(numbers))
    return f" {joined}" if joined else ""


def marker_numbers(match: re.Match[str]) -> list[int]:
    """The citation numbers of one `MARKER_RE` match, in the order written.

    >>> [marker_numbers(m) for m in MARKER_RE.finditer("a [1] b [2, 3]")]
    [[1], [2, 3]]
    """
    return [int(x) for x in _NUMBER_SEP_RE.split(match.group(1))]


def cited_numbers(text: str) -> list[int]:
    """Every citation number the markers in `text` name, in order of appearance (repeats kept).

    >>> cited_numbers("Pojkar [2] och flickor [1, 2].")
    [2, 1, 2]
    """
    return [n for m in MARKER_RE.finditer(text) for n in marker_numbers(m)]


def strip_markers(text: str) -> str:
    """`text` without its citation markers (and the space before each).

    >>> strip_markers("Pojkar läser mindre [1] än flickor [2, 3].")
    'Pojkar läser mindre än flickor.'
    """
    return MARKER_RE.sub("", text)


def rewrite_markers(text: str, replace: Callable[[re.Match[str], list[int]], str]) -> str:
    """Replace each marker with `replace(match, numbers)`; the match includes the space before it."""
    return MARKER_RE.sub(lambda m: replace(m, marker_numbers(m)), text)


def check_markers(text: str, valid: set[int]) -> tuple[str, list[int]]:
    """Remove [n] markers that name no provided source; return the text and the numbers left in it."""
    used: list[int] = []

    def repl(m: re.Match[str], numbers: list[int]) -> str:
        keep = [n for n in numbers if n in valid]
        used.extend(keep)
        if not keep:
            return ""
        lead = " " if m.group(0).startswith(" ") else ""
        return lead + "".join(f"[{n}]" for n in keep)

    cleaned = rewrite_markers(text, repl)
    return cleaned, list(dict.fromkeys(used))


class MarkerStreamFilter:
    """Streams text through while holding back a '[…' run until it is known to be a valid marker."""

    def __init__(self, valid: set[int]) -> None:
        self.valid = valid
        self._held = ""

    def feed(self, delta: str) -> str:
        out: list[str] = []
        for ch in delta:
            if self._held:
                self._held += ch
                if ch == "]" or not (ch.isdigit() or ch in ", ") or len(self._held) > 16:
                    out.append(self._release())
            elif ch == "[":
                self._held = ch
            else:
                out.append(ch)
        return "".join(out)

    def flush(self) -> str:
        return self._release() if self._held else ""

    def _release(self) -> str:
        held, self._held = self._held, ""
        if held.endswith("]"):
            cleaned, _ = check_markers(held, self.valid)
            return cleaned
        return held


def where_said(citations: Sequence[Citation]) -> str:
    """An answer to 'Var står det?' (lexicon.WHERE_SAID_RE): each cited passage as its document's title, section and
    lines, with the start of its quote and its marker, so the user sees where without opening each one.

    >>> c = Citation(n=1, chunk_id="x", source="rapport.txt", title="Rapport 2024", heading_path="Resultat › Skolor",
    ...              start_line=12, end_line=14, quote="Pojkarna i åk 9 hade lägst närvaro.")
    >>> print(where_said([c]))
    Det står på de här ställena i underlaget (öppna källan för de exakta raderna):
    - Rapport 2024, avsnittet ”Skolor”, rad 12–14: ”Pojkarna i åk 9 hade lägst närvaro.” [1]
    """
    lines = [lex.WHERE_SAID_LEAD]
    for c in citations:
        heading = c.heading_path.split(HEADING_SEPARATOR.strip())[-1].strip() if c.heading_path else ""
        section = f", avsnittet ”{heading}”" if heading and heading != c.title else ""
        span = f"{c.start_line}–{c.end_line}" if c.end_line > c.start_line else str(c.start_line)
        quote = " ".join(c.quote.split())
        if len(quote) > WHERE_SAID_QUOTE_CHARS:
            quote = quote[:WHERE_SAID_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        lines.append(lex.WHERE_SAID_ITEM.format(title=c.title or c.source, section=section, lines=span, quote=quote,
                                                n=c.n))
    return "\n".join(lines)


# How much of a passage's quote 'Var står det?' shows beside its place (the citation opens the whole).
WHERE_SAID_QUOTE_CHARS = 160

