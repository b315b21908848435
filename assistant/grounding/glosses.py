"""Names a document gives one thing itself: 'ekonomiskt bistånd (försörjningsstöd)', 'X, även kallat Y'.

A question may use either name. Where the document glosses the asked word with another, a passage of that document
naming the other one names the asked thing: 'Hur länge hade kvinnorna försörjningsstöd?' is answered by
'Kvinnorna hade i genomsnitt bistånd i 9,2 månader …' under '2.1 Ekonomiskt bistånd' of a report that writes
'ekonomiskt bistånd (försörjningsstöd)' (trial 23, problem 5). Read per document, from its own text, at question
time (the text is the store's, so every upload and corpus document is read the same way); the everyday and official
names no document glosses are in lexicon.SERVICE_NAMES.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon as lex
from assistant.index.lexical import fold
from assistant.index.units import Unit

_WORD = r"[^\W\d_][\w-]*"
# 'A B (C D)': one to three words in brackets right after a word; the bracket holds no figure, year or reference.
_BRACKET_RE = re.compile(rf"({_WORD}(?:\s+{_WORD})?)\s+\(\s*({_WORD}(?:\s+{_WORD}){{0,2}})\s*\)")
# 'A, även kallat B', 'A (även kallad B)', 'A, eller B som det också kallas' is left out (rare, loose).
_ALSO_CALLED_RE = re.compile(
    rf"({_WORD}(?:\s+{_WORD})?)\s*[,(–-]\s*(?:även|också|ofta|så)\s+(?:kallad|kallat|kallade|kallas|benämnd|benämnt)\s+"
    rf"({_WORD}(?:\s+{_WORD})?)", re.I)


@lru_cache(maxsize=64)
def glosses(text: str) -> tuple[tuple[str, str], ...]:
    """The pairs of names a text gives one thing, folded, each way round.

    >>> glosses("Rapporten följer upp arbetet med ekonomiskt bistånd (försörjningsstöd) för vuxna.")
    (('ekonomiskt bistand', 'forsorjningsstod'), ('forsorjningsstod', 'ekonomiskt bistand'))
    >>> glosses("Hemtjänst, även kallad hemhjälp, ges. Totalt (2024) kom 40 (av 52) pojkar (och flickor).")
    (('hemtjanst', 'hemhjalp'), ('hemhjalp', 'hemtjanst'))
    """
    pairs: list[tuple[str, str]] = []
    for pattern in (_BRACKET_RE, _ALSO_CALLED_RE):
        for m in pattern.finditer(text):
            opener = fold(m.group(2)).split()[0]
            if opener in lex.GLOSS_FUNCTION_WORDS or opener in lex.GLOSS_NOT_NAME_OPENERS:
                continue  # 'pojkar (och flickor)', '(se bilaga 2)': no other name of the thing
            a, b = _name(m.group(1)), _name(m.group(2))
            if a and b and a != b:
                pairs += [(a, b), (b, a)]
    return tuple(dict.fromkeys(pairs))


def _name(phrase: str) -> str:
    """A gloss's side as a name: folded, without leading function words ('på ekonomiskt bistånd' -> 'ekonomiskt
    bistand'); '' when nothing but function words (or a capitalised word of a sentence's start) is left."""
    words = [w for w in fold(phrase).split() if w not in lex.GLOSS_FUNCTION_WORDS]
    return " ".join(words) if words and len(words[-1]) >= 3 else ""


def other_names(term: str, document: str) -> list[str]:
    """The names `document` gives the thing `term` names (a stem or word, folded or not), head word last."""
    stem = fold(term)[: max(5, len(term) - 2)] if len(term) > 5 else fold(term)
    return [b for a, b in glosses(document) if a.split()[-1].startswith(stem) or a.startswith(stem)] + \
        [b for a, b in _service_pairs() if a.startswith(stem)]


@lru_cache(maxsize=1)
def _service_pairs() -> tuple[tuple[str, str], ...]:
    pairs = [(fold(a), fold(b)) for a, b in lex.SERVICE_NAMES]
    return tuple(pairs + [(b, a) for a, b in pairs])


def names_glossed(unit: Unit, term: str, document: str) -> bool:
    """Whether a unit (its text, context, headings or document title) names the thing `term` names by another
    name its document gives it: every word of that name begins a word there (the head word at least five letters
    of it: 'bistånd' for 'ekonomiskt bistånd' under the heading 'Ekonomiskt bistånd')."""
    texts = fold(" ".join((unit.text, unit.context(), unit.chunk.heading_path_text, unit.chunk.title)))
    for other in other_names(term, document):
        words = other.split()
        head = words[-1][: max(5, len(words[-1]) - 2)]
        if re.search(rf"\b{re.escape(head)}", texts) and all(
                re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", texts) for w in words[:-1]):
            return True
    return False
