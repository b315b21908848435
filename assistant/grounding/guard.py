"""Keeps document and user text in the role of data: instruction-like passages are never obeyed or quoted.

The extractive backend never follows instructions anyway, but it would quote
them; an LLM might follow them. Sentences that address the assistant
('Ignorera tidigare instruktioner …', 'You are now …', 'system prompt') are
therefore left out of quotes and masked in the context sent to a model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_INSTRUCTION_PATTERNS = [
    r"\b(ignorera|strunta i|bortse från|glöm)\b.{0,40}\b(tidigare|ovanstående|alla|föregående|dina)\b.{0,30}"
    r"\b(instruktion\w*|regler\w*|direktiv\w*|uppmaning\w*|prompt\w*)",
    r"\b(ignore|disregard|forget)\b.{0,40}\b(previous|above|prior|all|earlier)\b.{0,30}"
    r"\b(instructions?|rules|prompts?|directions)\b",
    r"\b(system ?prompt|systemprompt|systemmeddelande|developer message)\b",
    r"\bdu är (nu|inte längre)\b",
    r"\byou are (now|no longer)\b",
    r"\b(svara|answer|respond)\b.{0,25}\b(endast|bara|only)\b.{0,20}\b(med|with)\b",
    r"\b(new|nya) (instructions|instruktioner)\b",
    r"</?(system|assistant|user|instructions?)>",
    r"\[/?(INST|SYS)\]",
]
_INSTRUCTION_RE = re.compile("|".join(f"(?:{p})" for p in _INSTRUCTION_PATTERNS), re.I | re.S)
MASK = "[utelämnat: text som liknar en instruktion till assistenten]"


def looks_like_instruction(text: str) -> bool:
    """True when `text` reads as an instruction aimed at an AI assistant rather than content."""
    return bool(_INSTRUCTION_RE.search(text))


def is_flagged(text: str, flagged: Sequence[str]) -> bool:
    """True when `text` is (or holds, or is part of) a sentence ingest flagged as addressed to the assistant.

    Sentence splitters differ between callers, so containment either way counts.
    """
    if not flagged:
        return False
    piece = " ".join(text.split())
    return any(f in piece or (len(piece) >= 12 and piece in f) for f in flagged)


def is_instruction(text: str, flagged: Sequence[str] = ()) -> bool:
    """An instruction by its wording (the patterns here) or by ingest's flag (by meaning, see ingest.instructions)."""
    return looks_like_instruction(text) or is_flagged(text, flagged)


def mask_instructions(text: str, split: re.Pattern[str], flagged: Sequence[str] = ()) -> str:
    """Replace each instruction-like or flagged sentence of `text` (split by `split`) with a neutral marker."""
    parts = split.split(text)
    if not any(is_instruction(p, flagged) for p in parts):
        return text
    return " ".join(MASK if is_instruction(p, flagged) else p for p in parts)
