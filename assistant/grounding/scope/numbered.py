"""Numbered paragraphs, table rows and sections a question names that the material lacks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.grounding.question import (
    Question,
)
from assistant.grounding.selection import (
    Scored,
    row_number,
)
from assistant.index.lexical import (
    fold,
)
from assistant.schema import HEADING_SEPARATOR, Chunk

# How many of the best units' documents are looked through for the paragraph a question names.
PARAGRAPH_POOL = 30


def paragraph_numbers(text: str) -> set[int]:
    """The protocol paragraphs ('§ 14 Jämställdhetsanalys …') a document's text heads: at a line's start or in a
    section path ('Protokoll › § 14 …')."""
    parts = (p.strip().lstrip("#").strip() for line in text.splitlines() for p in line.split("›"))
    return {int(m.group(1)) for m in map(lex.SECTION_SIGN_HEADING_RE.match, parts) if m}


def absent_paragraph(question: Question, ranked: Sequence[Scored],
                     document_text: Callable[[Chunk], str] | None) -> str:
    """For a question naming a protocol paragraph ('Vad beslutade nämnden i § 18?'): when the document of the best
    units numbers its paragraphs and has no such one, that document and the paragraphs it has ('… protokoll
    2025-03-12: § 12–16'); '' otherwise (no paragraph asked, it exists, or no document numbers any)."""
    if question.label is None or question.label[0] != lex.SECTION_SIGN_LABEL or document_text is None:
        return ""
    n = question.label[1]
    found: list[tuple[Chunk, list[int]]] = []
    for scored in ranked[:PARAGRAPH_POOL]:
        chunk = scored.unit.chunk
        if any(c.source == chunk.source for c, _ in found):
            continue
        numbers = sorted(paragraph_numbers(document_text(chunk)))
        if n in numbers:
            return ""
        if numbers:
            found.append((chunk, numbers))
    for chunk, numbers in found[:1]:
        run = "–".join(dict.fromkeys([str(numbers[0]), str(numbers[-1])]))
        have = f"§ {run}" if numbers == list(range(numbers[0], numbers[-1] + 1)) else \
            ", ".join(f"§ {k}" for k in numbers)
        return f"{chunk.title}: {have}"
    return ""


def absent_row(question: Question, ranked: Sequence[Scored], document_text: Callable[[Chunk], str] | None) -> str:
    """For a question naming a numbered row of a table ('Vem ansvarar för åtgärd 10?'): when the best units hold
    rows the table numbers so (`row_number`) and no row of their document opens with that number, the document and
    the numbers it has ('Handlingsplan …: åtgärd 1–9'); '' otherwise. (An action plan's table of 9 rows answered
    'åtgärd 10' with the plan's general sentences, trial 20.)"""
    if question.label is None or question.label[0] == lex.SECTION_SIGN_LABEL or document_text is None:
        return ""
    word, n = question.label
    for scored in ranked[:PARAGRAPH_POOL]:
        if row_number(scored.unit, word) is None:
            continue
        chunk = scored.unit.chunk
        numbers = sorted({int(m.group(1)) for m in _NUMBERED_ROW_RE.finditer(document_text(chunk))})
        if not numbers or n in numbers:
            return ""
        run = "–".join(dict.fromkeys([str(numbers[0]), str(numbers[-1])]))
        have = f"{word} {run}" if numbers == list(range(numbers[0], numbers[-1] + 1)) else \
            ", ".join(f"{word} {k}" for k in numbers)
        return f"{chunk.title}: {have}"
    return ""


def section_numbers(text: str) -> list[str]:
    """The numbers of a document's numbered headings ('5.2 Fråga – svar', ' 6. Diskussion'), in order, once each."""
    return list(dict.fromkeys(m.group(1) for m in map(lex.NUMBERED_HEADING_RE.match, text.splitlines()) if m))


def section_word(text: str) -> str:
    """The word a question names a section by, in its base form ('kapitel' for 'kapitlet', 'kap.'), so a refusal
    speaks as the asker did; 'avsnitt' by default."""
    m = lex.SECTION_QUESTION_RE.search(text)
    word = fold(m.group(0).split()[0]) if m else ""
    return "kapitel" if word.startswith("kap") else "rubrik" if "rubrik" in word else "avsnitt"


def store_has_section(corpus_text: str, number: str | None) -> bool:
    """Whether any document of the store (`corpus_text`, folded) has a heading line numbered `number` or under it
    ('3 Läxhjälp', 'Kapitel 3 …', '3.2 …'): then a refusal for a missing section would be wrong, whichever documents
    ranked best (review21)."""
    if not number:
        return False
    sep = re.escape(fold(HEADING_SEPARATOR).strip())
    return re.search(rf"(?:^|{sep})[ \t]*(?:(?:kapitel|avsnitt|kap\.)[ \t]+)?{re.escape(number)}(?:\.\d{{1,2}})*"
                     rf"[.:]?[ \t]+[a-z]", corpus_text, re.M) is not None


def absent_section(question: Question, ranked: Sequence[Scored],
                   document_text: Callable[[Chunk], str] | None) -> str:
    """For a question naming a numbered section ('Vad står det i avsnitt 6.8?'): when the best units' documents
    number their sections and none has that one (nor one under it), the first such document and the sections at the
    asked level that it has ('Rapport …: 6.1, 6.2, 6.3'); '' otherwise (no section asked, one has it, or no document
    numbers any). The closest passage of another section is no answer (trial 20: 'avsnitt 5.2' that does not exist
    was answered)."""
    if not question.section or document_text is None:
        return ""
    asked = question.section
    parent = asked.rpartition(".")[0]
    read: set[str] = set()
    first: tuple[Chunk, list[str]] | None = None
    for scored in ranked[:PARAGRAPH_POOL]:
        chunk = scored.unit.chunk
        if chunk.source in read:  # each document read once, numbered or not
            continue
        read.add(chunk.source)
        numbers = section_numbers(document_text(chunk))
        if any(n == asked or n.startswith(asked + ".") for n in numbers):
            return ""
        if first is None and any("." in n for n in numbers):  # numbered sections, not only a numbered list
            first = (chunk, numbers)
    if first is None:
        return ""
    chunk, numbers = first
    level = [n for n in numbers if n.rpartition(".")[0] == parent]
    return f"{chunk.title}: " + (f"avsnitt {', '.join(level)}" if level else "")


# A table row's line opening with an item's number ('| 6. Genomföra …' or '6. Genomföra … | …').
_NUMBERED_ROW_RE = re.compile(r"^\|?\s*(\d{1,2})[.)]\s+[^|\n]*\|", re.M)
