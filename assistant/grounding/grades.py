"""School grades a question asks about ('årskurs 4–6', 'åk 3', 'i sexan') and whether the best passages speak of them.

A grade range places a question as a municipality or a year does: a survey of åk 7–9 says nothing of åk 4–6, and a
report following pupils from åk 6 to åk 9 has no national test results of åk 3 (trial 20: 'årskurs 4–6' was answered
from a survey of åk 7–9). So where the best passages name grades and none of them the asked ones, the question is
refused like one about a place the material does not cover; where they name no grade at all (general guidance), it is
not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.index.lexical import fold
from assistant.index.units import Unit
from assistant.schema import Chunk


def asked_grades(text: str) -> frozenset[int]:
    """The grades a question asks about, by number ('åk 7–9', 'årskurs 4-6', 'klass 8') or everyday name ('sexan');
    not those of the asker's own setting ('vi har elever i åk 8 …', 'på min skola, åk 4–6'): guidance for one's own
    pupils is guidance in general.

    >>> sorted(asked_grades("Vad svarade eleverna i årskurs 4–6?")), sorted(asked_grades("Hur gick det för sexan?"))
    ([4, 5, 6], [6])
    >>> asked_grades("Vi har många pojkar i åk 8 som skolkar, vad kan vi göra?"), asked_grades("Vad hände år 2?")
    (frozenset(), frozenset())
    """
    found: set[int] = set()
    for m in lex.GRADE_RE.finditer(text):
        # ('år 2' in a question is as often a project's or gymnasiet's year as a grade: not read as one)
        if not _own(text, m.start()) and not re.match(r"[åa]r\b", m.group(0), re.I):
            found |= _span(m)
    for word, grade in lex.EVERYDAY_GRADES.items():
        for m in re.finditer(rf"\b{word}\b", text, re.I):
            if not _own(text, m.start()):
                found.add(grade)
    return frozenset(found)


def spoken_grades(text: str) -> frozenset[int]:
    """The grades a passage speaks of: by number, by stage ('mellanstadiet' is åk 4–6), or all of them for
    compulsory school as a whole ('grundskolan', 'åk 1–9', 'F–9').

    >>> sorted(spoken_grades("Elever som var behöriga i årskurs 6 och i årskurs 9"))
    [6, 9]
    >>> sorted(spoken_grades("Under mellanstadietiden")), len(spoken_grades("frånvaron i grundskolan"))
    ([4, 5, 6], 9)
    >>> sorted(spoken_grades("elever från årskurs 6 till årskurs 9")), spoken_grades("Under år 1 av projektet")
    ([6, 7, 8, 9], frozenset())
    >>> sorted(spoken_grades("rektorer och lärare f-3 deltar")), len(spoken_grades("en F–9-skola"))
    ([1, 2, 3], 9)
    """
    found: set[int] = set()
    for m in lex.GRADE_RE.finditer(text):
        if not _project_year(text, m):
            found |= _span(m)
    folded = fold(text)
    for stem, grades in lex.STAGE_GRADE_STEMS.items():
        if stem in folded:
            found |= grades
    for m in lex.PRESCHOOL_CLASS_TO_GRADE_RE.finditer(folded):
        found |= frozenset(range(1, int(m.group(1)) + 1))  # 'F–6' is åk 1–6, 'lärare f-3' åk 1–3
    for word, grade in lex.EVERYDAY_GRADES.items():
        if re.search(rf"\b{fold(word)}\b", folded):
            found.add(grade)
    return frozenset(found)


def unit_grades(unit: Unit) -> frozenset[int]:
    """The grades a unit, its list intro or section heading, or its headings speak of."""
    return spoken_grades(f"{unit.text} {unit.context()} {unit.chunk.heading_path_text}")


def other_grades(asked: frozenset[int], units: Sequence[Unit], document_text: Callable[[Chunk], str] | None = None,
                 by_document: bool = True) -> frozenset[int] | None:
    """For a question asking of `asked` grades: None when one of `units` (the best evidence) speaks of an asked grade,
    or nothing says which grades they are about; else the grades they do speak of. Units naming no grade are placed
    by their documents: when every document of them names grades, none an asked one, those are what they cover."""
    if not asked or not units:
        return None
    spoken = [unit_grades(u) for u in units]
    if any(g & asked for g in spoken):
        return None
    named = frozenset().union(*spoken)
    if named and by_document and not spoken[0] and document_text is not None and \
            spoken_grades(document_text(units[0].chunk)) & asked:
        # The best unit names no grade and its document speaks of the asked one: 'samtal med studie- och
        # yrkesvägledaren: 29 procent av flickorna …' in a survey of årskurs 9 answers 'tjejerna i nian', whatever
        # grade a lower unit's own thing has ('praon i årskurs 8: …'; wrongref36 probes). Only where `by_document`
        # (a figure asked): who takes part is placed by the grades of the lines naming the thing (blind16 T31).
        return None
    if named:
        return named
    if document_text is None:
        return None
    documents = {u.chunk.source: u.chunk for u in units}
    covered = [spoken_grades(document_text(c)) for c in documents.values()]
    if all(covered) and not any(g & asked for g in covered):
        return frozenset().union(*covered)
    return None


def grades_phrase(grades: frozenset[int]) -> str:
    """'årskurs 4–6', 'årskurs 3', 'årskurs 6 och 9' for a set of grades."""
    ordered = sorted(grades)
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"årskurs {ordered[0]}–{ordered[-1]}"
    return "årskurs " + (" och ".join([", ".join(map(str, ordered[:-1])), str(ordered[-1])]) if len(ordered) > 1
                         else str(ordered[0]))


def _span(m: re.Match[str]) -> frozenset[int]:
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    if not (0 <= first <= 12 and 0 <= last <= 12):
        return frozenset()
    # 'åk 6 och 9': two grades, not the range between ('till och med' is a range)
    if re.search(r"\boch\b", m.group(0), re.I) and not re.search(r"\btill\s+och\s+med\b", m.group(0), re.I):
        return frozenset({first, last})
    return frozenset(range(min(first, last), max(first, last) + 1))


def _project_year(text: str, m: re.Match[str]) -> bool:
    """Whether a match 'år N' is a project's or period's year ('Under år 1 av projektet'), not grade N."""
    return bool(re.match(r"[åa]r\b", m.group(0), re.I)) and (
        lex.YEAR_NOT_GRADE_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]) is not None or
        lex.YEAR_NOT_GRADE_AFTER_RE.search(text[m.end():m.end() + 5]) is not None)


# How far back in its sentence a word of the asker's own setting is read ('vi har pojkar i åk 8').
_OWN_REACH = 60


def _own(text: str, start: int) -> bool:
    before = re.split(r"[.!?]\s", text[max(0, start - _OWN_REACH):start])[-1]
    return bool(lex.OWN_GRADE_SETTING_RE.search(before))
