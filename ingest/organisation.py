"""The organisation a document is of, read from its first lines when no manifest names its publisher.

A school's plan or a committee's protocol names its organisation once, at the top ('Björkskolan, Sjöviks kommun.',
'Sjöviks kommun. Sammanträde …', 'Sidansvarig: Barn- och utbildningsförvaltningen, Norrbrinks kommun.'); its
passages never repeat it, so a question that names the school found no passage about it. Kept as the document's
publisher, the name counts for every passage (assistant.grounding.scope.covers reads it).
Only a sentence that is nothing but names (and dates) counts: a report that names a place once in passing
('Samverkan med Karlskoga kommun har …') is not that place's document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import lexicon as lex

# How many non-empty lines at the top of a document are read for its organisation.
FRONT_LINES = 6

_SENTENCE_END_RE = re.compile(r"(?<=[.;])\s+")
_LABEL_RE = re.compile(rf"^(?:{'|'.join(map(re.escape, lex.ORGANISATION_LABELS))})\s*:\s*", re.I)
_PART_SPLIT_RE = re.compile(r"\s*(?:,|\s–\s|\s-\s|(?<!-)\soch\s)\s*")
_DATE_WORD_RE = re.compile(rf"^(?:\d[\d\-–/.:]*|{'|'.join(lex.MONTHS)}|vår(?:en|terminen)?|höst(?:en|terminen)?|"
                           r"läsåret|kl)$", re.I)
_PLACE_NAMES = frozenset(n.lower() for n in (*lex.MUNICIPALITIES, *lex.COUNTY_NAMES))
_ENDINGS = tuple(e.lower() for e in lex.ORGANISATION_ENDINGS)


def own_organisation(lines: list[str], authors: Sequence[str] = ()) -> str:
    """The names of the organisation the document's first lines give as its own, else the file's metadata
    `authors` where one is an organisation ('Sjöviks kommun', not a person's name); '' when none.

    >>> own_organisation(["# Plan mot kränkande behandling", "", "Björkskolan, Sjöviks kommun. Förskoleklass och "
    ...                   "årskurs 1–9. Ansvarig för planen: rektor Lena Ekström."])
    'Björkskolan, Sjöviks kommun'
    >>> own_organisation(["Barn- och utbildningsnämnden, protokoll", " 2025-03-12", "Sjöviks kommun. Sammanträde."])
    'Sjöviks kommun'
    >>> own_organisation(["Rapport", "Projektet genomfördes i samverkan med Karlskoga kommun."])
    ''
    >>> own_organisation(["Rapport"], ["Maria Sandberg"]), own_organisation(["Rapport"], ["Sjöviks kommun"])
    ('', 'Sjöviks kommun')
    """
    names: list[str] = []
    for line in [ln for ln in lines if ln.strip()][:FRONT_LINES]:
        for sentence in _SENTENCE_END_RE.split(line.strip().lstrip("#").strip()):
            found = _names_only(_LABEL_RE.sub("", sentence.rstrip(".;")))
            names += [n for n in found if n not in names]
    for author in authors if not names else ():
        names += [n for n in _names_only(author.strip()) if n not in names]
    return ", ".join(names)


def _names_only(sentence: str) -> list[str]:
    """The body names of a sentence made only of names and dates, with at least one place or school name in it
    ('Fritidsgården Kupolen, Västerby kommun, augusti 2022 – juni 2024'); [] for any other sentence."""
    parts = [p.strip() for p in _PART_SPLIT_RE.split(sentence) if p.strip()]
    names: list[str] = []
    named_body = False
    for part in parts:
        words = part.split()
        if all(_DATE_WORD_RE.match(w.strip("()")) for w in words):
            continue
        if _is_body(part):
            named_body = True
        elif not (len(words) <= 3 and all(w[0].isupper() for w in words)
                  and not any(w.lower() in lex.NOT_NAMES for w in words)
                  or part.lower().endswith(_ENDINGS)):
            return []  # a word that names nothing: a sentence about something
        names.append(part)
    return names if named_body else []


def _is_body(part: str) -> bool:
    """A place's, school's or region's name ('Sjöviks kommun', 'Björkskolan', 'Region Örebro län', 'Lerum')."""
    if part.lower() in _PLACE_NAMES:
        return True
    return any(m.group(0) == part for r in lex.BODY_NAME_RES.values() for m in r.finditer(part)) and not (
        part.lower() in lex.SCHOOL_KINDS or part.lower().rstrip("n") in lex.SCHOOL_KINDS)
