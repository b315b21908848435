"""Forms of provision (and their lists) a question asks about, and whether a passage speaks of that form or another."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.grounding.scope.subjects import (
    file_name_words,
)
from assistant.grounding.scope.terms import (
    _term_stem,
    says_stem,
)
from assistant.index.lexical import (
    fold,
)
from assistant.index.units import (
    Unit,
    list_of,
    units_of,
)
from assistant.schema import Chunk

# How many of the best units, and how close to the best, are read for the school form a question asks of.
FORM_POOL = 8
# A grade is placed by the best units and those nearly as good: the sentence that names the grades of a report's
# pupils ('behöriga i årskurs 6 och i årskurs 9') is seldom the one closest to the question's other words.
GRADE_POOL = 8
# The best units read for one that tells what was done on an asked day.
DAY_POOL = 8
GRADE_CLOSE = 0.7
FORM_CLOSE = 0.9


def list_at(unit: Unit) -> list[Unit]:
    """The items of the list a unit is an item of, or leads into with its closing ':' (its next units in its chunk)."""
    if unit.is_item:
        return list_of(unit)
    if not unit.text.rstrip().endswith(":"):
        return []
    following = units_of(unit.chunk)[unit.seq + 1:]
    return list_of(following[0]) if following and following[0].is_item else []


def speaks_of_form(unit: Unit, form: str, document_text: Callable[[Chunk], str] | None = None) -> bool:
    """Whether a unit's passage, headings, title or document speak of a school form (lexicon.SCHOOL_FORMS) or of a
    stage or grade inside it ('eleverna i åk 9' is grundskola), or of every school form. A document is read whole:
    its scope is often said once ('Rapporten gäller grundskolans högstadium'), never in each passage.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="f", source="r.md", title="Rapport", doc_type="rapport", heading_path=["Resultat"],
    ...               text="Av eleverna i åk 9 var 236 behöriga.", start_line=1, end_line=1)
    >>> unit = Unit(chunk.text, chunk, 0, 1, 1, "sentence", "body")
    >>> [speaks_of_form(unit, f) for f in ("grundskola", "högstadiet", "lågstadiet", "förskola")]
    [True, True, False, False]
    >>> school = Chunk(chunk_id="f6", source="s.md", title="Skolplan", doc_type="plan", heading_path=[],
    ...                text="Ekbyskolan är en F–6-skola.", start_line=1, end_line=1)  # a range: each stage it spans
    >>> [speaks_of_form(Unit(school.text, school, 0, 1, 1, "sentence", "body"), f)
    ...  for f in ("lågstadiet", "mellanstadiet", "högstadiet")]
    [True, True, False]
    >>> named = Chunk(chunk_id="fn", source="trygghetsplan-fritidshemmet-ugglan.docx", title="Trygghetsplan",
    ...               doc_type="plan", heading_path=[], text="Barnen leker i nya grupper.", start_line=1, end_line=1)
    >>> [speaks_of_form(Unit(named.text, named, 0, 1, 1, "sentence", "body"), f) for f in ("fritidshem", "förskola")]
    [True, False]
    """
    c = unit.chunk
    text = " ".join([c.text, c.heading_path_text, c.title, document_text(c) if document_text is not None else ""])
    if re.search(lex.SCHOOL_FORMS[form][1], text, re.I) or lex.ALL_SCHOOL_FORMS_RE.search(text):
        return True
    # A file name names what its document is about as its title does ('trygghetsplan-fritidshemmet-ugglan.docx'),
    # written without diacritics: it is read folded.
    return bool(re.search(fold(lex.SCHOOL_FORMS[form][1]), fold(file_name_words(c.source))))


def other_scope(text: str, asked: Sequence[tuple[str, str]]) -> bool:
    """Whether `text` places an asked group in another unit than the asked one, and does not name the asked one:
    ('medarbetare', 'hemtjänsten') against '42 medarbetare inom socialtjänsten' (lexicon.GROUP_SCOPE_RE).

    >>> other_scope("Under våren utbildades 42 medarbetare inom socialtjänsten.", [("medarbetare", "hemtjänsten")])
    True
    >>> other_scope("Under våren utbildades 42 medarbetare inom socialtjänsten.", [("medarbetare", "socialtjänst")])
    False
    """
    told = lex.GROUP_SCOPE_RE.findall(text)
    for noun, unit in asked:
        if says_stem(text, fold(unit)):
            continue
        if any((fold(n).startswith(_term_stem(fold(noun))) or fold(noun).startswith(_term_stem(fold(n))))
               and not says_stem(u, fold(unit)) for n, u in told):
            return True
    return False


def forms_named(text: str) -> frozenset[str]:
    """The school forms and stages a text itself names (lexicon.SCHOOL_FORMS, as documents speak of them: 'i
    förskoleklass och lågstadiet' names förskoleklass, lågstadiet and so grundskola).

    >>> sorted(forms_named("Garantin gäller i förskoleklass och lågstadiet."))
    ['förskoleklass', 'grundskola', 'lågstadiet']
    """
    return frozenset(form for form, (_, speaks) in lex.SCHOOL_FORMS.items() if re.search(speaks, text, re.I))


def form_within(asked: str, named: frozenset[str]) -> bool:
    """Whether the asked form is among those named, or inside one of them (a stage of the grundskola it names)."""
    return asked in named or any(asked in lex.SCHOOL_FORM_PARTS.get(form, ()) for form in named)
