"""Whether texts cover a named subject (a person's, school's or body's name, and its year)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant import lexicon as lex
from assistant.grounding.question import (
    Subject,
)
from assistant.index.lexical import fold


def subject_is_covered(subject: Subject, texts: Sequence[str], exact_years: Sequence[str] = ()) -> bool:
    """Whether any of `texts` speaks of `subject`: each word of a name (inflected too), or a year — also inside
    a range such as 2024–2027 or 2020/2021, but not a year in a reference such as 'Skolverket (2019)'.

    >>> subject_is_covered(Subject("#jagmed", "name"), ["Skolförvaltningen deltog i projektet #jag med- unga"])
    True
    """
    if subject.kind == "year":
        year = int(subject.text)
        if any(re.search(rf"\b{year}\b", t) for t in exact_years):
            return True
        for text in texts:
            text = lex.CITED_YEAR_RE.sub(" ", text)
            if re.search(rf"\b{year}\b", text):
                return True
            for a, b in re.findall(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b", text):
                start = int(a)
                end = int(b) if len(b) == 4 else int(a[:2] + b)
                if start <= year <= end:
                    return True
        return False
    words, kind = name_words(subject.folded), name_kind(subject.folded)
    folded = [_folded(t) for t in texts]
    if subject.text.startswith("#"):  # a hashtag the text splits ('#jag med', as PDF extraction leaves it)
        folded += [_HASHTAG_SPLIT_RE.sub(r"#\1\2", t) for t in folded if "#" in t]
    return all(any(_name_in(w, t, kind) for t in folded) for w in words)


_HASHTAG_SPLIT_RE = re.compile(r"#\s*(\w+)\s+(\w+)")


@lru_cache(maxsize=256)
def name_words(folded: str) -> tuple[str, ...]:
    """The words that place a name (folded), without its generic ones: 'alingsas kommun' -> ('alingsas',)."""
    return tuple(w.split("-")[0] for w in folded.replace("#", " ").split() if w not in _GENERIC_NAME_WORDS) or \
        tuple(folded.split())


@lru_cache(maxsize=256)
def name_kind(folded: str) -> str:
    """The kind of body a name's generic word says (lexicon.NAME_KINDS): 'orebro lan' -> 'län'; '' for none."""
    return next((_NAME_KINDS[w] for w in folded.split() if w in _NAME_KINDS), "")


_GENERIC_NAME_WORDS = frozenset(fold(w) for w in lex.GENERIC_NAME_WORDS)
_NAME_KINDS = {fold(w): kind for w, kind in lex.NAME_KINDS.items()}


@lru_cache(maxsize=512)
def _folded(text: str) -> str:
    """`fold` remembered: a section's text is checked for every unit of it (str hashes are cached by Python)."""
    return fold(text)


def _name_in(word: str, text: str, kind: str = "") -> bool:
    """'karlskogas' matches 'karlskoga', 'boras' matches 'borås' (both folded); with the `kind` of body the name
    says (lexicon.NAME_KINDS), not where the word is followed by another kind's word.

    >>> _name_in("orebro", "region orebro lan"), _name_in("orebro", "orebro universitet", "län")
    (True, False)
    """
    stem = word[:-1] if len(word) > 5 and word.endswith("s") else word
    for m in re.finditer(rf"\b{re.escape(stem)}\w*(?:\s+(\w+))?", text):
        if not kind or _NAME_KINDS.get(m.group(1) or "", kind) == kind:
            return True
    return False
