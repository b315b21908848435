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
# A part that opens with a label other than an organisation's ('Kontakt: Sara Lind'): it names no publisher.
_OTHER_LABEL_RE = re.compile(r"^[^\W\d][^:]{0,40}:\s")
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


def header_organisation(line: str) -> str:
    """The organisation a running header or footer opens with ('Lunda kommun – Uppföljning 2024 – sida 1'): a PDF
    whose title is read from its metadata or heading names its organisation there alone; '' for none.

    >>> header_organisation("Lunda kommun – Uppföljning av planen 2024 – sida 1"), header_organisation("Sida 1")
    ('Lunda kommun', '')
    """
    head = re.split(r"\s[–—|-]\s", line.strip().lstrip("#").strip(), maxsplit=1)[0]
    return ", ".join(_names_only(head.rstrip(".;")))


def _names_only(sentence: str) -> list[str]:
    """The organisations' names of a sentence made only of names and dates, with at least one place or school name
    in it ('Fritidsgården Kupolen, Västerby kommun, augusti 2022 – juni 2024'); [] for any other sentence. A person
    named there ('Kontakt: Sara Lind', 'Rektor Lena Ekström') is left out: a person is no publisher.

    >>> _names_only("Kontakt: Sara Lind, Björkskolan"), _names_only("Björkskolan, rektor Lena Ekström")
    (['Björkskolan'], ['Björkskolan'])
    """
    parts = [p.strip() for p in _PART_SPLIT_RE.split(sentence) if p.strip()]
    names: list[str] = []
    named_body = False
    for part in parts:
        part = _LABEL_RE.sub("", part)
        if all(lex.DATE_WORD_RE.match(w.strip("()")) for w in part.split()):
            continue
        label = _OTHER_LABEL_RE.match(part)
        kind = _kind(part[label.end():] if label else part)
        if kind is None:
            return []  # a word that names nothing: a sentence about something
        if label or kind == "person":
            continue  # a contact's or a person's part ('Kontakt: Sara Lind', 'Rektor Lena Ekström')
        named_body = named_body or kind == "body"
        names.append(part)
    return names if named_body else []


def _kind(part: str) -> str | None:
    """'body' for a place's or school's name, 'organisation' for a unit's ('Barn- och utbildningsnämnden',
    'Fritidsgården Kupolen'), 'person' for a person's name, a title before it or not ('Sara Lind', 'Rektor Lena
    Ekström', 'förskolechef Anna Berg'); None for words that name nothing."""
    words = part.split()
    if _is_body(part):
        return "body"
    if any(w.lower().endswith(_ENDINGS) for w in words):
        return "organisation"
    title = next((n for n in (2, 1) if len(words) > n and lex.PERSON_TITLE_RE.match(" ".join(words[:n]))), 0)
    name = words[title:]
    if 0 < len(name) <= 3 and all(w[0].isupper() for w in name) and not any(w.lower() in lex.NOT_NAMES for w in name):
        return "person"
    return None


def _is_body(part: str) -> bool:
    """A place's, school's or region's name ('Sjöviks kommun', 'Björkskolan', 'Region Örebro län', 'Lerum')."""
    if part.lower() in _PLACE_NAMES:
        return True
    return any(m.group(0) == part for r in lex.BODY_NAME_RES.values() for m in r.finditer(part)) and not (
        part.lower() in lex.SCHOOL_KINDS or part.lower().rstrip("n") in lex.SCHOOL_KINDS)
