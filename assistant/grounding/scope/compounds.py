"""A compound the documents never use whose first part the best units' documents never use either: another kind of
the thing they tell of ('lokalbidrag' over a report on aktivitetsbidrag).

A user's compound often differs from the documents' ('läxhjälpsinsatsen' for 'läxhjälp'), so question.expansions
splits one the documents lack into parts they have, and the question is searched and judged by those parts. Its
first part says which kind of the thing is asked, though: 'Hur mycket lokalbidrag fick föreningar med flicklag i
Lommaryd 2024?' is not answered by the aktivitetsbidrag of a document that never uses the word 'lokal' (tune FB39).
Only on that positive evidence (no line of any of the best units' documents holds the first part's stem, and they
write other compounds of its head: other kinds of the thing) is the question refused; a first part the documents use
keeps it (refusalB34).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.grounding.question import Question
from assistant.grounding.scope.absent_rows import _names_its_document
from assistant.grounding.scope.terms import says_stem
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit
from assistant.schema import Chunk

# How many of the best units' documents are read for the first part.
COMPOUND_POOL = 5


def unheard_kind(question: Question, ranked: Sequence[Scored],
                 document_text: Callable[[Chunk], str] | None) -> str:
    """The split compound (as the question writes it) whose first part no document of the best units uses; ''."""
    if document_text is None or question.language != "sv" or not ranked:
        return ""
    chunks = {s.unit.chunk.path or s.unit.chunk.source: s.unit.chunk for s in ranked[:COMPOUND_POOL]}
    # (of a question naming a place or body, only the documents that name it: another kommun's 'lokalt
    # aktivitetsstöd' says nothing of the asked one's bidrag)
    texts = [t for c in chunks.values() if _names_its_document(question.text, fold(t := document_text(c)))]
    if not texts:
        return ""
    for word, first, head in question.split_compounds:
        stems, heads = tokenize(first), tokenize(head)
        if len(stems) != 1 or len(stems[0]) < 4 or len(heads) != 1 or len(heads[0]) < 4:
            continue
        # the documents' own kinds of the thing: compounds of the same head with another first part ('aktivitetsbidrag',
        # 'utvecklingsbidrag'); without them the split word is as likely an everyday one ('skolsidan'; tune BK03)
        kinds = re.compile(rf"\b\w{{3,}}{re.escape(heads[0])}\w{{0,4}}\b", re.I)
        if any(kinds.search(fold(text)) for text in texts) and not any(says_stem(text, stems[0]) for text in texts):
            return word
    return ""


def joined_counted(question: Question) -> tuple[str, str] | None:
    """The first part and head of the counted noun where it is a compound the documents never use, split by
    question.expansions ('trygghetsvandringsdeltagare' -> ('trygghetsvandring', 'deltagare')); None otherwise."""
    return next(((first, head) for word, first, head in question.split_compounds
                 if question.counted and word == question.counted), None)


def names_joined(unit: Unit, parts: tuple[str, str]) -> bool:
    """Whether a unit names both parts of a joined compound in its own line, its context or its headings: '… fem
    trygghetsvandringar … med sammanlagt 64 deltagare, varav 41 kvinnor' counts the 'trygghetsvandringsdeltagare'
    asked, as 'Volleyboll | 12 | 64 | 36' under '5.2 Tider i idrottshallarna' gives the 'volleybolltiderna'."""
    text = f"{unit.text} {unit.context()} {unit.chunk.heading_path_text}"
    return all(says_stem(text, part) for part in parts)
