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
from assistant.grounding.question import everyday_forms, subjects
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
    asked = group_terms(question_text) | pay_centre_terms(question_text)
    return any(names[i] and FIGURE_CELL_RE.match(values[i]) and column_named(names[i], asked)
               for i in range(1, len(values)))


def pay_centre_terms(question_text: str) -> frozenset[str]:
    """The pay table's column word for a pay question asking a mean or median in everyday words ('Vad tjänar
    manliga fritidsledare i snitt?' names 'Medellön män (kr/månad)'; lexicon.PAY_CENTRE_COLUMNS), else none.

    >>> sorted(pay_centre_terms("Vad tjänar kvinnliga lärare i genomsnitt?")), pay_centre_terms("Vad tjänar de?")
    (['medellon'], frozenset())
    """
    from assistant.grounding.statkind import centre_kinds

    if not lex.PAY_QUESTION_RE.search(question_text):
        return frozenset()
    return frozenset(t for kind in centre_kinds(question_text) for t in tokenize(lex.PAY_CENTRE_COLUMNS.get(kind, "")))


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
               document_text: Callable[[Chunk], str] | None, corpus_text: str = "") -> AbsentRow | None:
    """The asked row a table lacks (module doc), or None. A rare asked word that no document of the material uses
    at all (`corpus_text`, folded) is of the rows' kind too, where it is a noun in its definite form: 'gymnastiken'
    asked of a table of idrotter that never names it cannot be any of its rows (tune FB27; refusalB34). (An everyday
    verb the documents lack, 'struntat i att träna', is no row: tune TR23; nor a compound of a row's label,
    'innebandylagen' beside 'Innebandy'.)"""
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
    # (a row asked by its everyday name is named: 'städarna' for 'Lokalvårdare', lexicon.EVERYDAY_TERMS; wrongref35)
    asked |= frozenset(t for w in re.findall(r"[\w-]+", question_text) for f in everyday_forms(w) for t in tokenize(f))
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
              and (fold(word) in grouped or any(_same_head(stem, label) for label in label_stems)
                   or (corpus_text and word.lower().endswith(lex.DEFINITE_ENDINGS_TO_STRIP)
                       and not re.search(rf"\b{re.escape(stem)}", corpus_text)
                       and not any(len(label) >= 4 and label in fold(word) for label in label_stems)))]
    if not unseen:
        return None
    caption = table_caption(rows)
    shown = [caption] if caption is not None else []
    return AbsentRow(unseen[0], [label for _, label in labelled], [*shown, *rows],
                     " ".join(caption.text.split()).rstrip(".:") if caption is not None else "")


# The oldest age a band open upwards ('65 år och äldre') reaches.
_OLDEST = 120
# How many of the best units are read for the ages they speak of.
AGE_POOL = 10


def age_spans(text: str, asked: bool = False) -> list[tuple[int, int, str]]:
    """The age groups `text` names, each as its first and last age and its words: a band ('16–29 år', '13–16-åringar'),
    a bound ('under 16 år', '65 år och äldre') or one age ('15-åringar'). In a question (`asked`), 'under/över N år'
    is an age only after the people it bounds ('flickorna under 16 år', 'brukare över 80 år', 'i åldern under 16
    år'): after a thing it is a length of time ('haft hemtjänst under 2 år'; review34).

    >>> [s[:2] for s in age_spans("Kvinnor 16–29 år och män 65 år och äldre")]
    [(16, 29), (65, 120)]
    >>> [s[:2] for s in age_spans("flickorna under 16 år")], [s[:2] for s in age_spans("13-åringar")]
    ([(0, 15)], [(13, 13)])
    >>> age_spans("Andelen var 14 procent 2023 och 13 procent 2025.")
    []
    """
    found: list[tuple[int, int, int, str]] = []
    for m in lex.AGE_BAND_RE.finditer(text):
        found.append((m.start(), int(m.group(1)), int(m.group(2)), m.group(0)))
    for pattern, span in ((lex.AGE_BELOW_RE, lambda n: (0, n - 1)), (lex.AGE_ABOVE_RE, lambda n: (n + 1, _OLDEST)),
                          (lex.AGE_AND_OLDER_RE, lambda n: (n, _OLDEST)), (lex.AGE_AND_YOUNGER_RE, lambda n: (0, n)),
                          (lex.AGE_ONE_YEAR_RE, lambda n: (n, n))):
        for m in pattern.finditer(text):
            if any(start <= m.start() < start + len(words) for start, _, _, words in found):
                continue
            if asked and pattern in (lex.AGE_BELOW_RE, lex.AGE_ABOVE_RE) and not _bounds_people(text[: m.start()]):
                continue
            low, high = span(int(m.group(1)))
            found.append((m.start(), low, high, m.group(0)))
    return [(low, high, words) for _, low, high, words in sorted(found)]


def _bounds_people(before: str) -> bool:
    """Whether the word before an age bound names people (a plural or definite noun of persons, 'barn', 'unga', or
    'åldern'): 'flickorna under 16 år', 'brukare över 80 år', not 'hemtjänst under 2 år'.

    >>> _bounds_people("Hur många flickorna"), _bounds_people("har haft hemtjänst"), _bounds_people("barn")
    (True, False, True)
    """
    words = re.findall(r"[\wåäöé]+", before.lower())
    if not words:
        return False
    word = words[-1]
    return word in lex.PEOPLE_GROUP_FORMS or word in lex.GROUP_WORDS or word.startswith("ålder") or \
        bool(lex.PERSON_PLURAL_RE.fullmatch(word))


def absent_age_band(question_text: str, ranked: Sequence[Scored],
                    document_text: Callable[[Chunk], str] | None) -> AbsentRow | None:
    """The age group a question asks of ('flickorna under 16 år', 'männen 65 år och äldre') where the best table
    splits its rows by age bands and none of them, nor any age the other best units name, reaches the asked ages:
    the table's rows are of other ages, not of the asked group (refusalB34). Only on that positive evidence: a
    question naming no age, a table with fewer than two age bands, or an asked group inside (or overlapping) a
    band keeps its answer. (Ages are read in the table's own document: another's bands say nothing of it.)"""
    if document_text is None:
        return None
    asked = age_spans(question_text, asked=True)
    if len(asked) != 1:
        return None
    low, high, words = asked[0]
    table_unit = next((s.unit for s in ranked[:TABLE_POOL] if s.unit.kind == "row"
                       and sum(1 for _, label in _labels(table_rows(s.unit)) if age_spans(label)) >= 2), None)
    if table_unit is None:
        return None
    if not _names_its_document(question_text, fold(document_text(table_unit.chunk))):
        return None
    named = [span for s in ranked[:AGE_POOL] if s.unit.chunk.source == table_unit.chunk.source
             for span in age_spans(s.unit.text)]
    if any(a <= high and low <= b for a, b, _ in named):
        return None
    rows = table_rows(table_unit)
    caption = table_caption(rows)
    shown = [caption] if caption is not None else []
    return AbsentRow(f"{lex.AGE_GROUP_WORD} {words}", [label for _, label in _labels(rows)], [*shown, *rows],
                     " ".join(caption.text.split()).rstrip(".:") if caption is not None else "")
