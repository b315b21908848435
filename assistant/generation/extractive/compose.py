"""Helpers the extractive composers share: picking sentences not used yet, citing them, keys, streaming."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from assistant.citations import CitationBook
from assistant.grounding.catalogue import CardLine, substitute_org
from assistant.grounding.passages import Sentence, split_sentences
from assistant.schema import Citation, Draft, DraftItem, Hit

if TYPE_CHECKING:
    from assistant.grounding.evidence import Evidence


def stream_words(text: str, size: int = 3) -> list[str]:
    """Split text into small deltas (a few words each) for streaming.

    >>> stream_words("Ett två tre fyra", size=2)
    ['Ett två ', 'tre fyra']
    """
    words = re.split(r"(\s+)", text)
    return ["".join(words[i : i + size * 2]) for i in range(0, len(words), size * 2)]


def cite(book: CitationBook, sentence: Sentence) -> int:
    """The citation number of one quoted sentence (its own lines)."""
    return book.cite(sentence.chunk, sentence.start_line, sentence.end_line, sentence.text)


def cite_lines(book: CitationBook, lines: Sequence[CardLine | Sentence]) -> int:
    """One citation spanning consecutive lines of one chunk (a list, a table)."""
    first, last = min(ln.start_line for ln in lines), max(ln.end_line for ln in lines)
    chunk = lines[0].chunk
    return book.cite(chunk, first, last, "; ".join(ln.text for ln in lines))


def cited_items(book: CitationBook, sentences: Sequence[Sentence], org: str | None = None) -> list[DraftItem]:
    """Each sentence as a draft item with its own citation, 'kommun X' replaced by `org`."""
    return [DraftItem(text=substitute_org(s.text, org), citations=[cite(book, s)]) for s in sentences]


def pick(
    evidence: Evidence,
    query: str,
    n: int,
    keep: Callable[[Sentence], bool] | None = None,
    used: set[str] | None = None,
    hits: Sequence[Hit] | None = None,
    min_score: float = 0.12,
) -> list[Sentence]:
    """Best sentences for `query` not used yet in this answer (searched anew unless `hits` are given)."""
    if hits is None:
        hits = evidence.search(query, k=8)
    seen = used if used is not None else set()

    def ok(s: Sentence) -> bool:
        return sentence_key(s) not in seen and not s.is_label and (keep is None or keep(s))

    chosen = evidence.best_sentences(query, hits, n, ok, min_score=min_score)
    seen.update(sentence_key(s) for s in chosen)
    return chosen


def list_after(sentence: Sentence, limit: int = 8) -> list[Sentence]:
    """The list items that follow `sentence` in its chunk (or its siblings when it is an item itself)."""
    all_sentences = split_sentences(sentence.chunk)
    lines = [line for line, _, _ in sentence.chunk.lines_with_spans()]
    items: list[Sentence] = []
    started = False
    for k, s in enumerate(all_sentences):
        if s.line < sentence.line or (s.line == sentence.line and not sentence.is_item):
            continue
        if s.is_item:
            items.append(s)
            started = True
        elif started:
            # An item's own sentences set apart from it ('1. Samtalsgrupper … Ansvarig: skolkurator.' | 'Start den 2
            # februari 2026. Kostnad: …' | '2. Kuratorns …', a PDF's short first line read as a paragraph's end):
            # the list goes on when the next item, a few sentences on, numbers on from the last (drafts35: one of
            # six åtgärder).
            at = next((j for j in range(k + 1, min(k + 5, len(all_sentences))) if all_sentences[j].is_item), None)
            last = _item_number(lines, items[-1])
            then = _item_number(lines, all_sentences[at]) if at is not None else None
            if last is not None and then == last + 1 and \
                    not any(t.is_label and not t.text.endswith(":") for t in all_sentences[k:at]):
                continue
            break
    if sentence.is_item:
        # Walk back to the first item of the same list.
        before = [s for s in all_sentences if s.line < sentence.line]
        lead: list[Sentence] = []
        for s in reversed(before):
            if not s.is_item:
                break
            lead.insert(0, s)
        items = lead + items
    return items[:limit]


def _item_number(lines: list[str], s: Sentence) -> int | None:
    """The number a numbered list item's line opens with ('2. Kuratorns …' -> 2), else None."""
    m = re.match(r"\s*(\d{1,2})\.\s", lines[s.line]) if 0 <= s.line < len(lines) else None
    return int(m.group(1)) if m else None


def sentence_key(sentence: Sentence) -> str:
    """What makes two quoted sentences the same: their words, case and spacing aside."""
    return text_key(sentence.text)


def text_key(text: str) -> str:
    """`text` lower-cased with its whitespace normalised, for 'already used' checks."""
    return " ".join(text.lower().split())


def with_target(query: str, target: str | None) -> str:
    """The query with the user's target group appended, if any."""
    return f"{query} {target}" if target else query


def prune_citations(draft: Draft, book: CitationBook) -> None:
    """Keep only the citations the draft still uses, renumbered in order of first use: a line cited while the draft
    was built and then left out of it (an actor filtered away, a section emptied) is no citation of the text."""
    old = {c.n: c for c in book.citations}
    order: dict[int, int] = {}
    for item in draft.items():
        for n in item.citations:
            if n in old and n not in order:
                order[n] = len(order) + 1
    for section in draft.sections:
        section.items = [i.model_copy(update={"citations": [order[n] for n in i.citations if n in order]})
                         if i.citations else i for i in section.items]
    book.replace([Citation(**(old[n].model_dump() | {"n": new})) for n, new in order.items()])
