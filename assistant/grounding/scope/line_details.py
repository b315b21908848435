"""Whether a figure's own line states every detail a figure question specifies: the year, the gender group and the
named thing (place, school, programme), all in the one line the figure comes from.

Blind writers make most near-domain unanswerables by changing ONE detail of a figure the document gives: 2023 where
the table has 2024 and 2025, the girls where the sentence counts all pupils, a school named in the text but absent
from the table. Each detail is usually said SOMEWHERE near (another column, another sentence of the passage, the
document), so checks that look for it in the passage or document are satisfied; the figure the answer quotes still
is not of it. Here the detail is read in the figure's own line only (refmodel35: generic closeness features cannot
tell these apart; the changed detail can, in the figure's row or sentence):

- a table row: the cells under the columns the question's words name (else all its figures), each cell read with
  its column name, the row's label, the table's caption and the headings over it (a column's year is that cell's
  year; a column without a year takes the caption's or heading's); a dash is no figure;
- a sentence: its own words, else (for a year) the sentence of its paragraph it goes on from, else its list intro
  or headings (not the document's title: a report is dated by when it was written).

A line that states no year keeps a year asked (positive evidence only: an undated figure may be of it), as does one
that names a period relative to another ('ett år tidigare'). The names are read as verdict._figure_names reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.question import Question, Subject
from assistant.grounding.scope.subjects import file_name_words
from assistant.grounding.selection import subject_is_covered
from assistant.grounding.selection.scored import Scored
from assistant.grounding.statkind import figure_line
from assistant.index.lexical import fold, tokenize
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    cells_in_place,
    column_names,
    header_rows,
    row_label,
    table_caption,
    table_rows,
    units_of,
)
from assistant.schema import Chunk

# How many of the best figures are searched for one whose line states every asked detail.
LINE_POOL = 6
# The shortest stem a question's word and a column name's word must share to count the column as asked.
COLUMN_STEM = 5
# How many sentences before an undated figure's own sentence are read for the year it goes on from.
BEFORE_REACH = 3
# The opening of a document read as its frame (document_front): at most this many lines and characters.
FRONT_LINES = 4
FRONT_CHARS = 400


@dataclass(frozen=True)
class Unstated:
    """The asked detail the best figure's own line does not state ('2023', 'flickorna', 'Tallmoskolan'), its kind
    (year | group | name), and the figures shown as what the material has, best first."""

    detail: str
    kind: str
    figures: list[Scored]


def line_years(text: str) -> set[str]:
    """The years a text states a figure of: a span's years between ('2023–2025'), a school year's both ('2024/25');
    not a year something started in ('som har tjejkvällar sedan hösten 2023'), a diarienummer's or a date's.

    >>> sorted(line_years("åren 2023–2025")), sorted(line_years("läsåret 2024/25")), line_years("inget år")
    (['2023', '2024', '2025'], ['2024', '2025'], set())
    >>> line_years("På Ljusbacken, som har tjejkvällar sedan hösten 2023, var andelen 44 procent.")
    set()
    >>> line_years("§ 24 Dnr KFN 2025/031"), line_years("Sammanträdesdatum: 2025-03-18")
    (set(), set())
    """
    text = lex.LINE_YEAR_START_RE.sub(" ", text)
    found = set(lex.YEAR_RE.findall(text))
    for m in lex.LINE_YEAR_SPAN_RE.finditer(text):
        first, last = int(m.group(1)), m.group(2)
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if first < last_year <= first + 10:
            found |= {str(y) for y in range(first, last_year + 1)}
    return found


def gender_sides(text: str, asking: bool = False) -> set[int]:
    """The gender sides a text names (0 male, 1 female): any form of a pair's words (lexicon.GENDER_SIDES), the
    adjectives and the compounds that open with them ('flicklag', 'kvinnliga'). `asking`: a question's, where 'man'
    and the kin words 'far', 'mor', 'son' are pronouns and verbs more often than a group."""
    sides: set[int] = set()
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if asking and word in lex.LINE_GENDER_AMBIGUOUS:
            continue
        for side, (words, stems) in enumerate(zip(lex.GENDER_SIDES, lex.LINE_GENDER_STEMS, strict=True)):
            if word in words or word.startswith(stems):
                sides.add(side)
    return sides


def _asked_stems(question: Question) -> set[str]:
    """The stems of the question's own words a column name may share: not years, gender words or measure words."""
    return {fold(t)[:COLUMN_STEM] for t in question.content_terms
            if len(t) >= COLUMN_STEM and not lex.YEAR_RE.fullmatch(t) and not gender_sides(t)
            and fold(t)[:COLUMN_STEM] not in lex.LINE_MEASURE_STEMS}


def _frame(unit: Unit) -> str:
    """A unit's own line with what says what it is: a row's caption, column names and label (statkind.figure_line),
    its list intro or heading and the headings over its chunk."""
    return " ".join([unit.text, figure_line(unit), unit.context(), unit.chunk.heading_path_text])


def _row_cells(unit: Unit, question: Question, side: int | None) -> list[str] | None:
    """The column names of a row's figure cells the question asks: those whose name shares a word of the question
    (else all), of those the ones naming the asked gender where some do. None for no row or no column names."""
    if unit.kind != "row":
        return None
    values = cells_in_place(unit)
    headers = [h for h in header_rows(unit) if h is not unit]
    names = column_names(headers, len(values)) if headers else None
    if names is None:
        return None
    figures = [i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v) and names[i]]
    stems = _asked_stems(question)
    named = [i for i in figures if stems & {fold(t)[:COLUMN_STEM] for t in tokenize(names[i])}]
    figures = named or figures
    if side is not None:
        figures = [i for i in figures if side in gender_sides(names[i])] or figures
    return [names[i] for i in figures]


def _years_before(unit: Unit) -> set[str]:
    """The years of the nearest of the few sentences before `unit` in its paragraph that states one: the sentence a
    figure's own undated sentence goes on from ('… hade 2024 sammanlagt 38 400 besök. … På Ljusbacken … var andelen
    44 procent')."""
    units = units_of(unit.chunk)
    for u in reversed(units[max(0, unit.seq - BEFORE_REACH): unit.seq]):
        if u.kind != "sentence" or u.line != unit.line:
            return set()  # (another paragraph's year is of its own topic: 'ingen jämförelse med 2024' for one group)
        if years := line_years(u.text):
            return years
    return set()


def states_year(unit: Unit, year: str, cells: list[str] | None) -> bool:
    """Whether the figure's own line states `year`, or no year at all (an undated figure keeps the question)."""
    if lex.LINE_RELATIVE_YEAR_RE.search(unit.text):
        return True  # 'jämfört med 95,2 procent ett år tidigare': a year the line counts from another
    # (not the document's title: a protocol or report is dated by when it was written, '… 2025-03-18', not by the
    # year its figures are of; tune ED18)
    headings = [h for h in unit.chunk.heading_path if h.strip() != unit.chunk.title.strip()]
    heads = " ".join([unit.context(), *headings])
    if cells is not None:
        if not cells:
            return False  # no cell of the asked measure holds a figure (a dash where the year is not given)
        caption = table_caption(table_rows(unit))
        # (a row's context() holds its table's column names: its section heading is read instead)
        frame = " ".join([caption.text if caption is not None else "", row_label(unit), unit.section_heading,
                          *headings])
        said: set[str] = set()
        for name in cells:
            said |= line_years(name) or line_years(frame)
        return not said or year in said
    said = line_years(unit.text) or _years_before(unit) or line_years(heads)
    return not said or year in said


def ages(text: str) -> set[tuple[int, int]]:
    """The age groups a text names, as (youngest, oldest): '16–29 år', '65 år och äldre', 'under 16 år'.

    >>> sorted(ages("Kvinnor 90 år och äldre")), sorted(ages("Hur många pojkar 13–16 år?")), ages("Inga åldrar")
    ([(90, 130)], [(13, 16)], set())
    """
    found = {(int(m.group(1)), int(m.group(2))) for m in lex.AGE_BAND_RE.finditer(text)}
    found |= {(int(m.group(1)), 130) for m in lex.AGE_AND_OLDER_RE.finditer(text)}
    found |= {(int(m.group(1)) + 1, 130) for m in lex.AGE_ABOVE_RE.finditer(text)}
    found |= {(0, int(m.group(1)) - 1) for m in lex.AGE_BELOW_RE.finditer(text)}
    found |= {(0, int(m.group(1))) for m in lex.AGE_AND_YOUNGER_RE.finditer(text)}
    return found


def document_front(chunk: Chunk, document_text: Callable[[Chunk], str] | None) -> str:
    """The opening of a figure's document: its first few lines (title, byline, dateline, a mail's From:/To: lines, a
    letter's greeting paragraph), at most FRONT_CHARS characters, with any enumeration of names taken out ('Kupolen,
    Ängen och Hamnen' names no one place). A place or person named there is the one the whole document is of
    ('Hej! Tack för att ni ville delta i läxhjälpen i Ekby.' over 'I läxhjälpen deltog 14 pojkar'), as a name in its
    title is: the document does not repeat it on each line. '' without `document_text`.

    >>> document_front(None, lambda c: "\\nHej! Tack för att ni deltog i läxhjälpen i Ekby.\\nTack\\nI den deltog 14.")
    'Hej! Tack för att ni deltog i läxhjälpen i Ekby. Tack I den deltog 14.'
    >>> document_front(None, lambda c: "Besöken räknas på tre gårdar: Kupolen, Ängen och Hamnen.").count("Ängen")
    0
    """
    if document_text is None:
        return ""
    lines: list[str] = []
    size = 0
    for line in document_text(chunk).split("\n"):
        line = line.strip()
        if not line:
            continue
        if size + len(line) > FRONT_CHARS or len(lines) == FRONT_LINES:
            if not lines:
                lines.append(line[:FRONT_CHARS])
            break
        lines.append(line)
        size += len(line) + 1
    return lex.ENUMERATED_NAMES_RE.sub(" ", " ".join(lines))


def _names(unit: Unit, subject: Subject, front: str = "") -> bool:
    """Whether a figure's own line, its table frame, list intro or heading chain (a mail's quoted message under its
    'Från: …' heading), or its document's frame (title, publisher, file name, its opening lines: document_front)
    name `subject` (not the sentences beside it: a line on Kvarnbacken is no figure of Ekdalsparken)."""
    from assistant.grounding.scope.verdict import _ITEM_OPENING_RE, ITEM_REACH

    c = unit.chunk
    # the list item's opening a few units up ('4. Ny LED-belysning … genom Ekdalsparken', then 'Kostnad: …'; TR08)
    opens = [u.text for u in units_of(c)[max(0, unit.seq - ITEM_REACH): unit.seq] if _ITEM_OPENING_RE.match(u.text)]
    return subject_is_covered(subject, [unit.text, *opens[-1:], figure_line(unit), unit.context(), c.heading_path_text,
                                        unit.section_heading, *unit.heading_path, c.title, c.publisher,
                                        file_name_words(c.source), front])


def unstated_detail(question: Question, figures: Sequence[Scored],
                    document_text: Callable[[Chunk], str] | None = None,
                    counts: Sequence[Scored] = ()) -> tuple[list[Scored], Unstated | None]:
    """The figures with the first of the best few whose own line states every asked detail put first; with None,
    or, where none of them does, the detail the best one fails (Unstated). A group named by its gender is a detail
    only where the figure's document uses the noun (`document_text`): 'manliga städarna' is the row 'Lokalvårdare'
    of a document that never says städare. A share asked may be worked out from counts: `counts` are the best
    figure lines before they were narrowed to those naming the counted noun ('Ängen | 860 | 2 010 | 30 %' for 'Hur
    stor andel av besökarna på Ängen var flickor?'); where one of them states every detail, nothing is refused."""
    if not figures:
        return list(figures), None
    years = sorted({s.text for s in question.subjects if s.kind == "year" and lex.YEAR_RE.fullmatch(s.text)}
                   | set(lex.YEAR_RE.findall(question.cue_text)))
    years = years if len(years) == 1 else []  # a change between years is read from more than one line
    sides = gender_sides(question.cue_text, asking=True)
    # (a date asked is of an event, whose gender word names a thing: 'När anslöt sig kommunen till målet om pojkars
    # skolresultat?'; tune N07)
    side = next(iter(sides)) if len(sides) == 1 and not question.date \
        and not lex.LINE_GENDER_SPLIT_RE.search(question.cue_text) else None
    # (a municipality or region asked is the one a document is of, named once in its front matter: not a line's)
    named = [subj for subj in question.subjects if subj.kind == "name"
             and not re.search(rf"\b{re.escape(subj.text)}s?\s+{lex.LINE_BODY_WORDS}", question.cue_text, re.I)
             and not re.search(rf"\s{lex.LINE_BODY_WORDS}$", subj.text, re.I)]
    asked_ages = ages(question.cue_text)
    band = next(iter(asked_ages)) if len(asked_ages) == 1 else None
    # a group named by its gender, 'kvinnliga sjuksköterskor': the noun is the group (lexicon.GENDERED_NOUN_RE)
    nouns = [m.group(1) for m in lex.GENDERED_NOUN_RE.finditer(question.cue_text)]
    if not years and side is None and not named and band is None and not nouns:
        return list(figures), None

    known: dict[str, str] = {}

    def fronts(chunk: Chunk) -> str:
        key = chunk.path or chunk.source
        if key not in known:
            known[key] = document_front(chunk, document_text)
        return known[key]

    def fails(s: Scored) -> tuple[str, str] | None:
        unit = s.unit
        cells = _row_cells(unit, question, side)
        if side is not None:
            said = gender_sides(" ".join(cells)) if cells else set()
            if side not in said and side not in gender_sides(_frame(unit)):
                return lex.GENDER_GROUP_NAMES[side], "group"
        line = f"{figure_line(unit)} {unit.text}"
        for noun in nouns:
            stem = re.escape(fold(noun)[: max(COLUMN_STEM, len(noun) - 3)])
            if not re.search(rf"\b{stem}", fold(f"{line} {unit.context()}")) and (
                    document_text is None or re.search(rf"\b{stem}", fold(document_text(unit.chunk)))):
                return noun, "group"
        if band is not None:
            said_ages = ages(line) or ages(unit.context())
            if said_ages and not any(band[0] <= lo and hi <= band[1] for lo, hi in said_ages):
                return f"åldern {band[0]}–{band[1]} år" if band[1] < 130 else f"{band[0]} år och äldre", "group"
        for year in years:
            if not states_year(unit, year, cells):
                return year, "year"
        for subj in named:
            if not _names(unit, subj, fronts(unit.chunk)):
                return subj.text, "name"
        return None

    pool = list(figures[:LINE_POOL])
    failed = [fails(s) for s in pool]
    if failed[0] is None:
        return list(figures), None
    fitting = next((s for s, f in zip(pool, failed, strict=True) if f is None), None)
    if fitting is not None:
        return [fitting, *(s for s in figures if s is not fitting)], None
    if lex.SHARE_QUESTION_RE.search(question.cue_text) and any(
            fails(s) is None for s in counts[:LINE_POOL] if s not in pool):
        # (the share is worked out from, or stands beside, the counts of a line that states every detail: the answer
        # quotes it as main did before this rule; the order is kept)
        return list(figures), None
    detail, kind = failed[0]
    if kind == "group" and detail in lex.GENDER_GROUP_NAMES:
        m = lex.GENDER_ANY_FORM.search(question.cue_text)
        detail = m.group(0).lower() if m else detail
    return list(figures), Unstated(detail, kind, list(figures))
