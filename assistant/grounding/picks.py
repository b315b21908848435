"""A follow-up that picks among the items the previous answer listed, answered from those items.

'Vilka av dem handlar om språket?', 'Vilken av dessa gäller föräldrar?' or 'De två första?' after an answer that
listed measures asks about that list, not the topic again: searching anew finds other passages (interviews, another
document) that merely share words. The items are taken as the user saw them, kept when they speak of what the
follow-up names (its own words, as stems, found in an item's words or inside its compounds: 'språk' in
'språkutvecklande'), and cited again to the lines that say them. When none of them speaks of it, the answer says so.
An ordinal alone ('den första av dem') names one item and is resolved by the follow-up rewrite (followups.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant import lexicon as lex
from assistant.citations import MARKER_RE
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


@dataclass
class Pick:
    """The items of the previous answer a follow-up picks, and what it picks them by ('' for 'de två första')."""

    items: list[str]
    about: str = ""
    about_words: list[str] = field(default_factory=list)
    units: list[list[Unit]] = field(default_factory=list)  # the lines that say each item, filled by the service


def listed_items(answer: str) -> list[str]:
    """The list items of an earlier answer, without their citation markers.

    >>> listed_items("Förslag:\\n- Mindre grupper [1]\\n- Läxhjälp på biblioteket [2]\\nSlut.")
    ['Mindre grupper', 'Läxhjälp på biblioteket']
    """
    return [MARKER_RE.sub("", m.group(1)).strip() for m in _ITEM_RE.finditer(answer[:20_000])][:MAX_ITEMS]


def pick_of(message: str, history: Sequence[Turn]) -> Pick | None:
    """The `Pick` a follow-up makes among the previous answer's list items; None when it makes none (it names no
    'vilka av dem' / 'de två första', or the previous answer listed fewer than two items or refused)."""
    text = " ".join(message.split())
    among = lex.PICK_AMONG_RE.search(text)
    first_n = lex.PICK_FIRST_N_RE.search(text)
    if not among and not first_n:
        return None
    answer = next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")
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
    words = sorted({s for w in content_words(lex.LIST_NOUN_RE.sub(" ", rest)) if w not in _ABOUT for s in _stems(w)})
    if not words:
        return None  # 'Vilka av dem är viktigast?': nothing to pick by in the items' own words
    about = lex.PICK_ABOUT_LEAD_RE.sub("", rest.strip(" ?!.")).strip()
    return Pick(items=[i for i in items if _speaks_of(i, words)], about=about, about_words=words)


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
