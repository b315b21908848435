"""A follow-up that picks among the items the previous answer listed, answered from those items.

'Vilka av dem handlar om språket?', 'Vilken av dessa gäller föräldrar?' or 'De två första?' after an answer that
listed measures asks about that list, not the topic again: searching anew finds other passages (interviews, another
document) that merely share words. The items are taken as the user saw them, kept when they speak of what the
follow-up names (its own words, as stems, found in an item's words or inside its compounds: 'språk' in
'språkutvecklande'; or, by meaning, a word of the item spelled otherwise: 'föräldrar' for 'familjen', 'svenska' for
'språket'), and cited again to the lines that say them. When none of them speaks of it, the answer says so.
An ordinal alone ('den första av dem') names one item and is resolved by the follow-up rewrite (followups.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assistant import lexicon as lex
from assistant.citations import MARKER_RE
from assistant.grounding.anchors import last_answer
from assistant.grounding.followups import content_words
from assistant.index.lexical import tokenize
from assistant.index.units import Unit
from assistant.schema import Turn

# A stem shorter than this ('bo', 'ta') is found inside too many words to pick an item by.
MIN_STEM = 4
# At most this many items of an earlier answer are read (the history is sent by the client).
MAX_ITEMS = 30

# A list item of an earlier answer as the widget shows it: '- …' or '1. …'.
_ITEM_RE = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(.+)$", re.M)
_ABOUT = frozenset(t for w in lex.PICK_ABOUT_WORDS for t in tokenize(w))
# Words an embedding model scores: the follow-up's word and the items' words of this length or more.
_WORD_RE = re.compile(r"[^\W\d_]{4,}")
# An item's word that opens as the follow-up's word does for 2 or 3 letters but shares no stem with it is a
# look-alike, judged by the stems only: a model reading word pieces finds 'nätverk' or 'näringslivet' close to
# 'nätet' by their spelling, not by what they mean ('språkinlärning' shares 'språk' with 'språkutveckling': judged).
LOOK_ALIKE_PREFIX = 2

Related = Callable[[str, Sequence[str]], Sequence[float]]
"""The similarity of a word (a query) to each of some words (passages), on the embedding model's scale."""


@dataclass
class Pick:
    """The items of the previous answer a follow-up picks, and what it picks them by ('' for 'de två första')."""

    items: list[str]
    about: str = ""
    about_words: list[str] = field(default_factory=list)
    units: list[list[Unit]] = field(default_factory=list)  # the lines that say each item, filled by the service
    lead: str = ""  # a lead of its own: the lines after the previous answer's ('och sen då?', service)


def listed_items(answer: str) -> list[str]:
    """The list items of an earlier answer, without their citation markers.

    >>> listed_items("Förslag:\\n- Mindre grupper [1]\\n- Läxhjälp på biblioteket [2]\\nSlut.")
    ['Mindre grupper', 'Läxhjälp på biblioteket']
    """
    return [MARKER_RE.sub("", m.group(1)).strip() for m in _ITEM_RE.finditer(answer[:20_000])][:MAX_ITEMS]


def pick_of(message: str, history: Sequence[Turn], related: Related | None = None,
            min_similarity: float = 1.0) -> Pick | None:
    """The `Pick` a follow-up makes among the previous answer's list items; None when it makes none (it names no
    'vilka av dem' / 'de två första', or the previous answer listed fewer than two items or refused). With
    `related`, an item is also picked by a word of it spelled otherwise whose similarity to one of the follow-up's
    own words reaches `min_similarity` ('föräldrar' for 'familjen')."""
    text = " ".join(message.split())
    among = lex.PICK_AMONG_RE.search(text)
    first_n = lex.PICK_FIRST_N_RE.search(text)
    if not among and not first_n:
        return None
    answer = last_answer(history) or ""
    if not answer or lex.REFUSAL_RE.search(answer):
        return None
    items = listed_items(answer)
    if len(items) < 2:
        return None
    if first_n and not among:
        n = lex.CARDINALS.get(first_n.group("n").lower()) or int(first_n.group("n"))
        chosen = items[:n] if first_n.group("end").lower() == "första" else items[-n:]
        return Pick(items=chosen) if 0 < n <= len(items) else None
    rest = text[among.end():]
    if any(lex.SUPERLATIVE_RE.match(w.strip(" ?!.,")) for w in rest.split()):
        return None  # 'Vilken av dem är viktigast?' ranks the items instead of naming what they speak of
    # 'vilka av dessa insatser …': the list noun names the items themselves, not what to pick them by
    named = lex.LIST_NOUN_RE.sub(" ", rest)
    topical = {t for t in content_words(named) if t not in _ABOUT}
    words = sorted({s for w in topical for s in _stems(w)})
    asked = sorted(w for w in _content_words(named) if set(tokenize(w)) <= topical)  # as typed: 'familjen'
    if not words and not (related is not None and asked):
        return None  # 'Vilka av dem är viktigast?': nothing to pick by in the items' own words
    about = lex.PICK_ABOUT_LEAD_RE.sub("", rest.strip(" ?!.")).strip()
    meant = _meant_by(items, asked, related, min_similarity) if related is not None and asked else set()
    return Pick(items=[i for n, i in enumerate(items) if _speaks_of(i, words) or n in meant], about=about,
                about_words=words)


def _meant_by(items: Sequence[str], asked: Sequence[str], related: Related, min_similarity: float) -> set[int]:
    """The positions of the items with a word, spelled otherwise than an `asked` word, that means much the same."""
    out: set[int] = set()
    for word in {w for w in asked if len(w) >= MIN_STEM}:
        own = [sorted(w for w in _content_words(item) if not _looks_alike(w, word)) for item in items]
        vocabulary = sorted({w for ws in own for w in ws})
        if not vocabulary:
            continue
        close = {w for w, s in zip(vocabulary, related(word, vocabulary), strict=False) if s >= min_similarity}
        out |= {n for n, ws in enumerate(own) if close & set(ws)}
    return out


def _content_words(text: str) -> set[str]:
    """The words of `text` as written that name something ('föräldrar'), not function words ('eller', 'att')."""
    topical = set(content_words(text))
    return {w for w in _WORD_RE.findall(text.lower()) if (tokens := set(tokenize(w))) and tokens <= topical}


def _looks_alike(word: str, asked: str) -> bool:
    """Whether `word` opens as `asked` does without sharing a stem ('näringslivet', 'nätet').

    >>> _looks_alike("näringslivet", "nätet"), _looks_alike("språkinlärning", "språkutveckling")
    (True, False)
    """
    shared = len(os.path.commonprefix([word, asked]))
    return LOOK_ALIKE_PREFIX <= shared < MIN_STEM


def _stems(token: str) -> set[str]:
    """A token's stem and, without a definite ending the stemmer left ('spraket' typed without å), that too."""
    out = {token} if len(token) >= MIN_STEM else set()
    for ending in lex.DEFINITE_ENDINGS_TO_STRIP:
        if token.endswith(ending) and len(token) - len(ending) >= MIN_STEM:
            out.add(token[: -len(ending)])
    return out


def _speaks_of(item: str, words: Sequence[str]) -> bool:
    """Whether `item` names one of the stems `words`, as a word or inside a compound."""
    tokens = tokenize(item)
    return any(w in t for w in words for t in tokens) or any(t in words for t in tokens)
