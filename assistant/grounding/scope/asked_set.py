"""A share asked of a set ('Hur stor del av de populäraste halltiderna …?') answered by a sentence that takes its
share of the same set by the set's head noun ('Av de mest efterfrågade tiderna … gick 31 procent till …').

Swedish names a thing once in full and then by its head, and a report often words the set in its own adjectives: the
counted compound ('halltiderna') and the question's other words ('populäraste', 'vardagskvällarna') are then not in
the figure's sentence, though its structure, a partitive 'av de … <head>' before a share, states the asked part of
the asked set. The counted-noun and asked-words filters of the refusal judge (scope/verdict.py) keep such a figure
(tune ED18 was refused for want of 'halltider' and 'vardagskväll' beside '31 procent').
"""

from __future__ import annotations

import re

import simplemma

from assistant import lexicon as lex
from assistant.grounding.question import Question
from assistant.index.lexical import fold
from assistant.index.units import Unit

# The shortest head noun that names a compound's set ('tid' of 'halltid').
HEAD_MIN = 3
# Words a partitive may put between 'av de' and its noun ('av de mest efterfrågade tiderna').
PARTITIVE_GAP = 3
_PARTITIVE_RE = re.compile(rf"\bav\s+(?:de|dem|alla)\s+((?:[\w-]+\s+){{0,{PARTITIVE_GAP}}}[\w-]+)")
_ENDING = r"(?:erna|arna|orna|na|er|ar|or|en|et|n|r)?"


def _partitive_words(text: str) -> list[str]:
    """The words after each 'av de' (up to the noun it takes its part of), folded."""
    return [w for m in _PARTITIVE_RE.finditer(fold(text)) for w in m.group(1).split()]


def takes_part_of_asked_set(unit: Unit, question: Question) -> bool:
    """Whether a share question asked of a set ('… av de <adjektiv> <counted>') is met by the unit's own sentence
    taking a share ('31 procent', '8 av 23') of a set whose noun is the counted noun or its head.

    >>> from assistant.schema import Chunk
    >>> from assistant.grounding.question import analyse
    >>> text = "Av de mest efterfrågade tiderna, vardagar kl. 17.00–20.30, gick 31 procent till verksamhet för flickor."
    >>> c = Chunk(chunk_id="p", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=1, text=text)
    >>> u = Unit(text, c, 0, 1, 1, "sentence", "body")
    >>> takes_part_of_asked_set(u, analyse("Hur stor del av de populäraste halltiderna fick tjejernas grupper?"))
    True
    >>> takes_part_of_asked_set(u, analyse("Hur stor del av de populäraste lokalerna fick tjejernas grupper?"))
    False
    """
    counted = fold(question.counted or "")
    if len(counted) < HEAD_MIN or not lex.SHARE_QUESTION_RE.search(question.cue_text):
        return False
    if not any(w.startswith(counted[:HEAD_MIN + 1]) for w in _partitive_words(question.cue_text)):
        return False  # the question takes no part of the counted set ('… av de populäraste halltiderna')
    if not (lex.PERCENT_RE.search(unit.text) or re.search(r"\d+\s+av\s+(?:de\s+)?\d+", unit.text)):
        return False
    for word in _partitive_words(unit.text):
        head = fold(simplemma.lemmatize(word, lang="sv"))
        if len(head) >= HEAD_MIN and re.fullmatch(rf"\w*{re.escape(head)}{_ENDING}", counted):
            return True
    return False
