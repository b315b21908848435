"""Lättläst: the whole answer or draft rewritten in easy Swedish, and LIX to measure it.

Short sentences (long ones cut at ';', ', men', ', och' …), one idea per line, plain words for the
long official ones, each rare term explained once (`wordfreq` tells rare from common), lists kept as
lists. Citation markers stay on every piece of a cut sentence, so they still point at the same lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon as lex
from assistant.citations import MARKER_RE, cited_numbers, markers
from assistant.schema import Draft, DraftItem

_WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_TAIL_RE = re.compile(r"((?:\s*\[[\d,\s–-]+\])*)\s*(\((?:ni angav|förslag)\))?\s*$")
_PAREN_RE = re.compile(r"\s*\((?!ni angav|förslag)[^()\d]{0,120}\)")
_SENTENCE_END_RE = re.compile(r"(?<=[a-zåäö)”\"%][.!?])\s+")
_SOFT_SPLIT_RE = re.compile(r",\s+(?=(?:det|de|vi|ni|man|han|hon|den|eleven|eleverna|skolan)\s)")


def lix(text: str) -> float:
    """The LIX readability index: words per sentence + percentage of words longer than six letters.

    Lines (list items, headings) end sentences too; citation markers are not words.

    >>> lix("Vi läser. Det går bra.")
    2.5
    """
    clean = MARKER_RE.sub(" ", text)
    words = _WORD_RE.findall(clean)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in re.split(r"[.!?:]+|\n+", clean) if _WORD_RE.search(s)]))
    long_words = sum(len(w) > 6 for w in words)
    return round(len(words) / sentences + 100 * long_words / len(words), 1)


@lru_cache(maxsize=4096)
def is_rare(word: str) -> bool:
    """A word most Swedish readers meet seldom (wordfreq's Swedish frequencies)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "sv") < lex.RARE_ZIPF


class EasyWriter:
    """Rewrites lines into easy Swedish; remembers which terms it has explained (once per text)."""

    def __init__(self) -> None:
        self.explained: set[str] = set()

    def words(self, text: str) -> str:
        def plain(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            swap = lex.EASY_WORDS.get(low)
            if swap is not None:
                return swap[:1].upper() + swap[1:] if word[:1].isupper() else swap
            meaning = lex.EASY_TERMS.get(low)
            if meaning and low not in self.explained and (is_rare(low) or len(low) > 8):
                self.explained.add(low)
                return f"{word} ({meaning})"
            return word

        return _WORD_RE.sub(plain, text)

    def sentences(self, text: str) -> list[str]:
        """`text` as short sentences: parentheses dropped, cut at clause boundaries, plain words."""
        text = _PAREN_RE.sub("", text)
        out: list[str] = []
        number = re.match(r"^\d{1,2}\.\s+", text.strip())
        lead, text = (number.group(0), text.strip()[number.end():]) if number else ("", text)
        for sentence in _SENTENCE_END_RE.split(text.strip()):
            pieces = [sentence]
            if len(sentence.split()) > 10:
                pieces = _join_short([p for p in lex.EASY_SPLIT_RE.split(sentence) if p.strip()])
                # Still long: cut at commas between whole clauses (one idea per sentence).
                pieces = [q for p in pieces for q in (_join_short(
                    [x for x in _SOFT_SPLIT_RE.split(p) if x.strip()], 5) if len(p.split()) > 14 else [p])]
            for p in pieces:
                p = re.sub(r"^(och|men|samt|så)\s+", "", p.strip(), flags=re.I).strip(" ,")
                if not p:
                    continue
                p = self.words(p)
                p = p[:1].upper() + p[1:]
                out.append(p if p.endswith((".", "!", "?", ":")) else p + ".")
        if lead and out:
            out[0] = lead + out[0]
        return out

    def line(self, raw: str) -> list[str]:
        """One line of an answer or draft rewritten; a long line becomes several short ones."""
        stripped = raw.strip()
        if not stripped or stripped.startswith("## ") or re.fullmatch(r"\*\*.+\*\*:?", stripped) or (
                stripped.endswith(":") and len(stripped.split()) <= 8):
            return [raw]
        bullet = re.match(r"^(\s*(?:[-*•]|\d+\.)\s+)", raw)
        prefix = bullet.group(1) if bullet else ""
        body = raw[len(prefix):]
        tail = _TAIL_RE.search(body)
        numbers = cited_numbers(tail.group(1)) if tail and tail.group(1) else []
        mark = f" {tail.group(2)}" if tail and tail.group(2) else ""
        core = body[: tail.start()] if tail else body
        inner = cited_numbers(core)
        core = MARKER_RE.sub("", core)
        cite = markers(sorted(set(numbers) | set(inner)))
        pieces = self.sentences(core)
        if not pieces:
            return [raw]
        if len(pieces) == 1:
            return [f"{prefix}{pieces[0]}{cite}{mark}"]
        lead = prefix or "- "
        return [f"{lead}{p}{cite}{mark}" for p in pieces]


def _join_short(pieces: list[str], least: int = 3) -> list[str]:
    """Pieces of `least` words or fewer go back onto their neighbour: a sentence needs a verb."""
    out: list[str] = []
    for p in pieces:
        if out and (len(p.split()) <= least or len(out[-1].split()) <= least):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out


def easy_text(text: str) -> str:
    """A whole answer or rendered draft in easy Swedish, citations kept on every piece."""
    writer = EasyWriter()
    out: list[str] = []
    for raw in text.splitlines():
        out += writer.line(raw)
    return "\n".join(out)


def easy_draft(draft: Draft) -> Draft:
    """Each item's text in easy Swedish (its provenance and citations unchanged)."""
    writer = EasyWriter()
    sections = []
    for s in draft.sections:
        items: list[DraftItem] = []
        for item in s.items:
            text = " ".join(writer.sentences(item.text)) or item.text
            items.append(item.model_copy(update={"text": text.rstrip(".") if not item.text.endswith(".") else text}))
        sections.append(s.model_copy(update={"items": items}))
    return draft.model_copy(update={"sections": sections})
