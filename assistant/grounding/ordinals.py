"""Whether the item a question numbers exists: 'den sjunde workshopen' where the material says it held six.

A question may pick one item of a run by ordinal ('den sjunde workshopen', 'det nionde steget') or by label
('workshop 7'). Where the documents of the best units say how many there were ('Totalt genomfördes sex workshops',
'Sex stycken elevgrupper', 'strukturerad i åtta olika kursmoment/moduler') or number them ('Workshop 4, Tema …',
'6. Insatser inom …'), and no count, number or ordinal there reaches the asked one, the item does not exist: the
closest passage about the run is no answer (blind16: a seventh workshop of six and a ninth module of eight were
answered from the run's general passages).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.question import Question
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold
from assistant.schema import Chunk

# How many of the best units' documents are read for the run's count (as for a missing section or paragraph).
ITEM_POOL = 30
# How many of the best units are read for an item numbered as asked.
NUMBERED_POOL = 5
# The shortest noun stem looked for ('mål', 'fas', 'steg'); shorter words are too common inside others.
MIN_STEM = 3

# Folded like the texts they are read in ('två' -> 'tva'), each with its number.
_CARDINAL_NUMBERS = {fold(w): v for w, v in lex.CARDINALS.items()}
_ORDINAL_NUMBERS = {fold(w): v for w, v in lex.ORDINALS.items()}
_CARDINALS = "|".join(_CARDINAL_NUMBERS)
_ORDINAL_WORDS = "|".join(_ORDINAL_NUMBERS)
_PARTIAL_QUALIFIERS = frozenset(fold(w) for w in lex.PARTIAL_RUN_QUALIFIERS)
_RATE_AFTER_RE = re.compile(fold(lex.RATE_AFTER_COUNT_RE.pattern), re.I)
# 'den sjunde workshopen', 'det tredje av stegen', 'den nionde modulen i prototypen' (in the folded question).
_ORDINAL_NOUN_RE = re.compile(rf"\b(?:den|det)\s+({_ORDINAL_WORDS})\s+(?:av\s+(?:de\s+|dem\s+)?)?([a-z]{{3,}})")
# A count of a run: a number (not a section's '8.5.2'), at most one word that qualifies it ('stycken', 'olika';
# 'första'/'sista' make it a part of the run, `stated_numbers` leaves those out), then the noun (or a pair written
# with a slash: 'kursmoment/moduler'). A lookahead, so that a number read as no count ('8.5.2 Sex …') does not
# hide the count after it.
_COUNT_RE = re.compile(rf"(?<![.\d])\b(?=(\d{{1,2}}|{_CARDINALS})\s+(?:(stycken|st|[a-z]+[ae])\s+)?([a-z][\w/-]*))")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _CARDINAL_NUMBERS[word]


@dataclass(frozen=True)
class MissingItem:
    """An asked item beyond the run: the phrase asked ('den sjunde workshopen'), the largest count or number the
    documents give (6) with its words as written ('sex workshops'), and the passage that gives it (None where no
    ranked unit does)."""

    phrase: str
    count: int
    stated: str
    where: Scored | None


def stem(word: str) -> str:
    """A Swedish noun without its definite or plural ending, for matching its other forms ('workshopen' ->
    'workshop', 'elevgrupperna' -> 'elevgrupp', 'steget' -> 'steg')."""
    word = fold(word)
    for ending in ("arna", "erna", "orna", "ena", "en", "et", "na", "ar", "er", "or", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            word = word[: -len(ending)]
            break
    # 'frågan'/'frågor', 'bilaga'/'bilagor': the stem without the singular's -a
    return word[:-1] if word.endswith("a") and len(word) > MIN_STEM + 1 else word


def asked_item(question: Question) -> tuple[str, str, int] | None:
    """The numbered item a question asks about: (the phrase as asked, the noun's stem, the number); None when it
    names none, or names a paragraph or section (absent_paragraph and absent_section judge those)."""
    if question.label is not None and question.label[0] not in (lex.SECTION_SIGN_LABEL, "avsnitt", "kapitel"):
        word, n = question.label
        m = re.search(rf"\b{re.escape(word)}\w*\s+{n}\b", question.text, re.I)
        return (m.group(0) if m else f"{word} {n}"), stem(word), n
    if not question.ordinal:
        return None
    text = question.text
    for m in _ORDINAL_NOUN_RE.finditer(fold(text)):
        if _ORDINAL_NUMBERS[m.group(1)] == question.ordinal and len(stem(m.group(2))) >= MIN_STEM:
            return text[m.start():m.end()], stem(m.group(2)), question.ordinal  # fold keeps the text's length
    return None


def _names(token: str, noun: str) -> bool:
    """Whether a written word (or one half of 'kursmoment/moduler') is a form of the asked noun, alone or as the
    head of a compound ('elevgrupper' for 'gruppen'). A compound the noun only begins names another thing: 'två
    målgrupper' counts no goals, 'tre deltagare' no parts, 'stegförflyttningar' no steps (refuse22b)."""
    heads = (stem(part) for part in re.split(r"[/-]", token) if part)
    return any(h.endswith(noun) or (h.endswith("s") and h[:-1].endswith(noun)) for h in heads)  # 'workshops'


def stated_numbers(text: str, noun: str) -> list[tuple[int, str]]:
    """The counts and numbers a text gives the asked noun's run, each with its words as written: a count ('sex
    workshops', 'Sex stycken elevgrupper'), an item's number ('Workshop 4', 'träff fyra', '6. Insatser …') or an
    ordinal with the noun ('den fjärde träffen'). A count of part of the run or per period is none of them.

    >>> stated_numbers("De två sista workshoparna handlade om betyg.", "workshop")
    []
    >>> stated_numbers("Nätverket har två träffar per termin.", "traff")
    []
    >>> stated_numbers("Sex workshops hölls.", "workshop")
    [(6, 'sex workshops')]
    """
    text = fold(text)
    found: list[tuple[int, str]] = []
    for m in _COUNT_RE.finditer(text):
        # 'de två sista workshoparna' counts a part of the run, 'två träffar per termin' a rate: neither its size
        if m.group(2) in _PARTIAL_QUALIFIERS or _RATE_AFTER_RE.match(text, m.end(3)):
            continue
        if _names(m.group(3), noun):
            found.append((_number(m.group(1)), text[m.start(1):m.end(3)]))
    for m in re.finditer(rf"\b{re.escape(noun)}\w*[ \t]+(\d{{1,2}}|{_CARDINALS})\b(?![.,:]?\d)", text):
        found.append((_number(m.group(1)), m.group(0)))
    for m in re.finditer(rf"^[ \t]*(\d{{1,2}})[.)][ \t]+{re.escape(noun)}\w*", text, re.M):
        found.append((int(m.group(1)), m.group(0).strip()))
    for m in re.finditer(rf"\b({_ORDINAL_WORDS})\s+(?:och\s+\w+\s+)?{re.escape(noun)}\w*", text):
        found.append((_ORDINAL_NUMBERS[m.group(1)], m.group(0)))
    return found


def missing_item(question: Question, ranked: Sequence[Scored],
                 document_text: Callable[[Chunk], str] | None) -> MissingItem | None:
    """The asked item when the best units' documents give its run fewer items than the asked number (and none of
    them numbers one so); None when no item is asked, a document reaches its number, or none counts the run."""
    asked = asked_item(question)
    if asked is None or document_text is None:
        return None
    phrase, noun, n = asked
    if any(re.match(rf"\s*{n}(?:[.):]\s*|\s+)(?!\d)", s.unit.text) for s in ranked[:NUMBERED_POOL]):
        return None  # one of the best units is numbered so ('7. …'): the run may be one the documents do not count
    read: set[str] = set()
    best: tuple[int, str] | None = None
    for scored in ranked[:ITEM_POOL]:
        chunk = scored.unit.chunk
        if chunk.source in read:
            continue
        read.add(chunk.source)
        for number, written in stated_numbers(document_text(chunk), noun):
            if number >= n:
                return None
            if best is None or number > best[0]:
                best = (number, written)
    if best is None:
        return None
    count, written = best[0], " ".join(best[1].split())
    where = next((s for s in ranked if written in fold(" ".join(s.unit.text.split()))), None)
    return MissingItem(phrase, count, written, where)
