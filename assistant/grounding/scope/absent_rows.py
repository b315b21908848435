"""A table row the question asks for and the table does not have.

'Vilken medellön hade kvinnliga sjuksköterskor i vår lönekartläggning?' over a table of medellön per yrkesgrupp
whose rows are undersköterska, förskollärare, … and no sjuksköterska: the question names a column of the table
('Medellön kvinnor') and none of its row labels, and asks about a thing its document never names. The other rows
are no answer (trial 30 H11 gave the undersköterska row, which a reader could take for the nurses'); the refusal says
that the asked thing is not among the rows and names the rows the table has, cited, so the asker can pick one.

Only on that positive evidence: the table is among the best few units, its column is asked in full, no row label is
named, and a rare asked word (not a frame word of the question, lexicon.ROW_WORD_MAX_ZIPF) is in no line of the
table's document, not even inside a compound ('lärare' is inside 'Grundskollärare': the question keeps its answer),
and is of the rows' kind: a compound of a row label's head ('sjuksköterskor' beside 'Undersköterska') or a group
named by gender ('manliga barnskötare', lexicon.GENDERED_NOUN_RE). A unit or measure word the table does not use
('procentenheter', 'snittlön') is neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.question import subjects
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold, group_terms, tokenize
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    cells_in_place,
    column_names,
    drop_note_marks,
    header_rows,
    table_caption,
    table_rows,
)
from assistant.schema import Chunk

# How many of the best units are searched for the table.
TABLE_POOL = 5
# The fewest data rows a table must have for its labels to be read as the things it covers.
LABEL_ROWS = 3


@dataclass(frozen=True)
class AbsentRow:
    """The asked thing (as the question writes it), the table's row labels in order, and its rows (caption first)."""

    asked: str
    labels: list[str]
    rows: list[Unit]
    caption: str


def _labels(rows: Sequence[Unit]) -> list[tuple[Unit, str]]:
    """The data rows of a table with their labels (the cells before the first figure)."""
    headers = header_rows(rows[0]) if rows else []
    out = []
    for row in rows:
        if row in headers:
            continue
        values = [drop_note_marks(c).strip() for c in cells_in_place(row)]
        first = next((i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v)), None)
        label = " ".join(v for v in values[:first] if v) if first is not None else ""
        if label:
            out.append((row, label))
    return out


def names_column(question_text: str, row: Unit) -> bool:
    """Whether the question names one of the row's figure columns in full ('kvinnliga … medellön' for 'Medellön
    kvinnor')."""
    values = cells_in_place(row)
    headers = [h for h in header_rows(row) if h is not row]
    names = column_names(headers, len(values)) if headers else None
    if names is None:
        return False
    asked = group_terms(question_text)
    return any(names[i] and FIGURE_CELL_RE.match(values[i]) and column_named(names[i], asked)
               for i in range(1, len(values)))


def column_named(name: str, asked: frozenset[str]) -> bool:
    """Whether the question's terms `asked` name a column name in full: each of its words, less the unit its
    figures are given in ('kr', 'tkr', '%': the question asks the amount, not the unit), and of two words joined by
    a slash either one ('Kvinnor/flickor, kr' is named by 'tjejer och kvinnor' as by 'kvinnor och flickor'; tune
    BK16 was refused its 'Kvinnor/flickor, kr' column for want of 'kr' and 'flickor').

    >>> from assistant.index.lexical import group_terms
    >>> asked = group_terms("Hur mycket pengar gick till tjejer och kvinnor?")
    >>> column_named("Kvinnor/flickor, kr", asked), column_named("Män/pojkar, kr", asked)
    (True, False)
    >>> column_named("Andel kvinnor/flickor, %", asked), column_named("Medellön kvinnor", asked)
    (False, False)
    """
    bare = lex.MONEY_GIVEN_RE.sub(" ", name).replace("%", " ")
    needs = [[o for o in (frozenset(tokenize(part)) for part in word.split("/")) if o]
             for word in re.findall(r"[\w-]+(?:/[\w-]+)*", bare)]
    needs = [options for options in needs if options]
    return bool(needs) and all(any(o <= asked for o in options) for options in needs)


def _rare_words(question_text: str) -> list[tuple[str, str]]:
    """The question's words that may name a thing a table has a row for: rare in Swedish (a frame word such as
    'skiljer' or 'hos' is common) and neither a gender group nor a number; each with its stem."""
    from wordfreq import zipf_frequency

    out = []
    for word in re.findall(r"[^\W\d_][\w-]*", question_text):
        stems = tokenize(word)
        if len(stems) != 1 or len(word) < 5 or lex.GENDER.fullmatch(word):
            continue
        if zipf_frequency(word.lower(), "sv") >= lex.ROW_WORD_MAX_ZIPF:
            continue
        out.append((word, stems[0]))
    return out


def _same_head(stem: str, label: str) -> bool:
    """Whether two stems are compounds of one head with other first parts ('sjukskotersk', 'underskotersk': a kind
    of the same thing as a row, so a row of its own is what is asked)."""
    common = 0
    for a, b in zip(reversed(stem), reversed(label), strict=False):
        if a != b:
            break
        common += 1
    return common >= lex.ROW_HEAD_LETTERS and common < min(len(stem), len(label))


def _names_its_document(question_text: str, folded_text: str) -> bool:
    """Whether every place or organisation the question names is in the table's document: a table of another
    organisation's document says nothing of the rows the asker's has ('… av våra kvinnliga medarbetare i Stenåker'
    over another kommun's table of yrkesgrupper: blind36 LK07 was refused with that table's rows).

    >>> _names_its_document("Hur många kvinnliga medarbetare i Stenåker jobbade heltid?", "stenakers kommun tabell")
    True
    >>> _names_its_document("Hur många kvinnliga medarbetare i Stenåker jobbade heltid?", "ljungfors kommun tabell")
    False
    """
    found, own = subjects(question_text)
    return all(any(fold(word) in folded_text for word in subject.text.split() if word[:1].isupper())
               for subject in (*found, *own) if subject.kind == "name")


def absent_row(question_text: str, ranked: Sequence[Scored],
               document_text: Callable[[Chunk], str] | None) -> AbsentRow | None:
    """The asked row a table lacks (module doc), or None."""
    if document_text is None:
        return None
    table_unit = next((s.unit for s in ranked[:TABLE_POOL] if s.unit.kind == "row"
                       and [h for h in header_rows(s.unit) if h is not s.unit]), None)
    if table_unit is None:
        return None
    rows = table_rows(table_unit)
    labelled = _labels(rows)
    if len(labelled) < LABEL_ROWS or not any(names_column(question_text, r) for r, _ in labelled[:1]):
        return None
    asked = group_terms(question_text)
    if any(frozenset(tokenize(label)) & asked for _, label in labelled):
        return None  # a row is named: it answers
    tokens = frozenset(tokenize(document_text(table_unit.chunk)))
    folded_text = fold(document_text(table_unit.chunk))
    if not _names_its_document(question_text, folded_text):
        return None
    label_stems = [t for _, label in labelled for t in tokenize(label)]
    grouped = {fold(m.group(1)) for m in lex.GENDERED_NOUN_RE.finditer(question_text)}
    unseen = [word for word, stem in _rare_words(question_text)
              if stem not in tokens and stem not in folded_text
              and (fold(word) in grouped or any(_same_head(stem, label) for label in label_stems))]
    if not unseen:
        return None
    caption = table_caption(rows)
    shown = [caption] if caption is not None else []
    return AbsentRow(unseen[0], [label for _, label in labelled], [*shown, *rows],
                     " ".join(caption.text.split()).rstrip(".:") if caption is not None else "")
