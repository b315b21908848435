"""Turns a follow-up ('och för flickor då?') into a standalone question before retrieval.

Without a model, a follow-up is recognised by its shape (short, opening with
'och', 'men', 'vad med', ending in 'då?', leaning on 'det'/'de') and merged with
the previous question: the new words replace their counterparts (pojkar ->
flickor) or are added to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.lexicon import COUNTERPARTS, FILLER, FOLLOW_UP, LEADING_PREPOSITION, PRONOUN_ONLY
from assistant.schema import Turn


def is_follow_up(message: str) -> bool:
    """Does `message` read as a follow-up to the previous question (short, and shaped like one)?"""
    text = " ".join(message.split())
    return bool(FOLLOW_UP.search(text) or PRONOUN_ONLY.match(text)) and len(text.split()) <= 12


def previous_question(history: Sequence[Turn]) -> str | None:
    """The user's latest non-empty message in `history`, whitespace normalised."""
    for turn in reversed(history):
        if turn.role == "user" and turn.content.strip():
            return " ".join(turn.content.split())
    return None


def rewrite_follow_up(message: str, history: Sequence[Turn]) -> str:
    """A standalone version of `message`; unchanged when it is not a follow-up or there is no history."""
    message = " ".join(message.split())
    previous = previous_question(history)
    if previous is None or not is_follow_up(message):
        return message
    if PRONOUN_ONLY.match(message):
        return f"{previous} {message.strip(' ?!.')}".strip()
    addition = FILLER.sub(" ", message).strip(" ?!.,")
    addition = LEADING_PREPOSITION.sub("", addition)
    merged = previous.rstrip(" ?!.")
    replaced = False
    for a, b in COUNTERPARTS:
        for old, new in ((a, b), (b, a)):
            if re.search(rf"\b{new}\b", addition, re.I) and re.search(rf"\b{old}\b", merged, re.I):
                merged = re.sub(rf"\b{old}\b", new, merged, flags=re.I)
                replaced = True
    if replaced:
        rest = " ".join(w for w in addition.split() if not re.search(rf"\b{re.escape(w)}\b", merged, re.I))
        return f"{merged} {rest}?".replace(" ?", "?") if rest else f"{merged}?"
    return f"{merged} – {addition}?" if addition else f"{merged}?"
