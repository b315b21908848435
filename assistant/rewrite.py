"""Turns a follow-up ('och för flickor då?') into a standalone question before retrieval.

Without a model, a follow-up is recognised by its shape (short, opening with
'och', 'men', 'vad med', ending in 'då?', leaning on 'det'/'de') and merged with
the previous question: the new words replace their counterparts (pojkar ->
flickor) or are added to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.models import Turn

_FOLLOW_UP = re.compile(
    r"^(och|men|samt|också|även|vad med|hur med|hur är det med|gäller det|gäller samma|what about|and)\b"
    r"|\b(då|sådana|dessa|detta|det där|de där|dem|samma)\s*\??$",
    re.I,
)
_PRONOUN_ONLY = re.compile(r"^\W*(varför|hur då|hur|vilka|vad mer|mer|fler|exempel)\W*$", re.I)
_FILLER = re.compile(
    r"^\s*(och|men|samt|också|även|vad med|hur med|hur är det med|what about|and)\s+"
    r"|\s+(då|också|även)\s*(?=\?|$)|[?!.]+\s*$",
    re.I,
)
_COUNTERPARTS = [
    ("pojkar", "flickor"), ("pojkars", "flickors"), ("pojkarna", "flickorna"), ("killar", "tjejer"),
    ("män", "kvinnor"), ("grundskolan", "gymnasiet"), ("förskolan", "grundskolan"),
]


def is_follow_up(message: str) -> bool:
    text = " ".join(message.split())
    return bool(_FOLLOW_UP.search(text) or _PRONOUN_ONLY.match(text)) and len(text.split()) <= 12


def previous_question(history: Sequence[Turn]) -> str | None:
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
    if _PRONOUN_ONLY.match(message):
        return f"{previous} {message.strip(' ?!.')}".strip()
    addition = _FILLER.sub(" ", message).strip(" ?!.,")
    addition = re.sub(r"^(för|om|med|i|på)\s+", "", addition, flags=re.I)
    merged = previous.rstrip(" ?!.")
    replaced = False
    for a, b in _COUNTERPARTS:
        for old, new in ((a, b), (b, a)):
            if re.search(rf"\b{new}\b", addition, re.I) and re.search(rf"\b{old}\b", merged, re.I):
                merged = re.sub(rf"\b{old}\b", new, merged, flags=re.I)
                replaced = True
    if replaced:
        rest = " ".join(w for w in addition.split() if not re.search(rf"\b{re.escape(w)}\b", merged, re.I))
        return f"{merged} {rest}?".replace(" ?", "?") if rest else f"{merged}?"
    return f"{merged} – {addition}?" if addition else f"{merged}?"
