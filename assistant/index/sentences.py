"""Sentence splits that need no dictionary: a user's message or a short line cut at its stops, abbreviations kept
inside their sentence. (`units.split_sentences` splits document text with simplemma and joins the same way.)"""

from __future__ import annotations

import re

from assistant import lexicon as lex

# ... also after the quotation mark that closes a quoted sentence ('… i korridorerna.” Gör en problemformulering.';
# drafts32: the request was read as part of the pasted report's last sentence)
_STOP_RE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"»’])\s+")
_ENDS_WITH_ABBREVIATION_RE = re.compile(rf"(?:^|\s)({'|'.join(map(re.escape, lex.ABBREVIATIONS))})\.$", re.I)
_ENDS_WITH_INNER_ABBREVIATION_RE = re.compile(
    rf"(?:^|\s)(?:{'|'.join(map(re.escape, lex.INNER_ABBREVIATIONS))})\.$", re.I)


def split_at_stops(text: str) -> list[str]:
    """`text` cut after each '.', '!' or '?' that a space follows, but not after an abbreviation that never ends a
    sentence ('t.ex. elever', 'kl. 9'), nor after one a lowercase word or a digit follows ('3 kap. 5 §'). One splitter
    for the user's messages (facts, guard, dilemma), where the pattern had been written out three times.

    >>> split_at_stops("Vi har t.ex. elever som skolkar. Vad gör vi? Se 3 kap. 5 § skollagen.")
    ['Vi har t.ex. elever som skolkar.', 'Vad gör vi?', 'Se 3 kap. 5 § skollagen.']
    >>> split_at_stops("”Eleverna lyfter otrygghet.” Gör en problemformulering.")
    ['”Eleverna lyfter otrygghet.”', 'Gör en problemformulering.']
    """
    out: list[str] = []
    for piece in _STOP_RE.split(text):
        if out and _ENDS_WITH_INNER_ABBREVIATION_RE.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return join_at_abbreviations(out)


def join_at_abbreviations(pieces: list[str]) -> list[str]:
    """Sentences a splitter ended at an abbreviation, joined again: always after one that never ends a sentence
    ('kl.', 'ca.'), after another ('kap.', 'm.fl.') when a lowercase word or a digit follows.

    >>> join_at_abbreviations(["Polisen m.fl.", "Arbetet leds av rektor.", "Se 3 kap.", "5 § skollagen."])
    ['Polisen m.fl.', 'Arbetet leds av rektor.', 'Se 3 kap. 5 § skollagen.']
    """
    out: list[str] = []
    for piece in pieces:
        last = _ENDS_WITH_ABBREVIATION_RE.search(out[-1]) if out else None
        if last and (last.group(1).lower() in lex.NEVER_FINAL_ABBREVIATIONS or piece[:1].isdigit()
                     or piece[:1].islower()):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out
