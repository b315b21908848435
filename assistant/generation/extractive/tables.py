"""Tables in an answer: a row read with its column names, and a small table written whole under its caption.

A row's figures mean little without the names of their columns ('Totalt | 35 | 46' -> 'Totalt: Flickor 35, Pojkar
46.'). A Word or Markdown table of figures by year and group often names its columns in two header rows, a year
spanning the groups measured that year ('| | 2023 | | 2024 | |' over '| | Flickor | Pojkar | Flickor | Pojkar |'):
each figure is then named by both ('2023 Flickor 81 %'). 'Vad står det i tabell 1?' asks for the whole table, which
is written row by row under its caption, when it is small enough to read in an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.citations import CitationBook, markers
from assistant.grounding.selection import Scored, table_of
from assistant.index.lexical import fold, group_terms, tokenize
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    caption_text,
    cells_in_place,
    column_names,
    drop_note_marks,
    header_rows,
    quote_of,
    row_frame,
    share_cells,
    table_caption,
    table_rows,
    units_of,
)

# The most data rows a table may have to be written whole: a longer one is a register to look up in, not an answer.
MAX_TABLE_ROWS = 12
# How many of the best units are searched for the table a question asks about.
TABLE_POOL = 12


def cells(row: Unit) -> list[str]:
    """A row's cells where they stand (units.cells_in_place)."""
    return cells_in_place(row)


def labelled_row(headers: Sequence[Unit], row: Unit) -> str | None:
    """A table row read with its column names: 'Totalt | 35 | 46 | 81' -> 'Totalt: Flickor 35, Pojkar 46, Totalt
    81.'; None when the header does not fit the row."""
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if names is None or len(values) < 2:
        return None
    # The cells before the first figure say what the row is of ('Unika besökare | Pojkar | 305 | 296'): they name
    # the row, the column names name its figures. A row without a figure cell is of a table of words: each cell
    # after the first under its column's name ('Rastvärdar: Ansvarig Rektor, Klart Vt 2025': a date is no figure).
    figure = next((i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v)), None)
    labels = figure if figure is not None else 1
    pairs = ", ".join(_named_cell(name, cell) for name, cell in zip(names[labels:], values[labels:], strict=True)
                      if cell)
    return f"{', '.join(v for v in values[:labels] if v)}: {pairs}."


def _named_cell(name: str, cell: str) -> str:
    """A cell under its column's name, a share's unit after the figure ('Flickor (%)', '93' -> 'Flickor 93 %').

    >>> _named_cell("Flickor (%)", "93"), _named_cell("Pojkar", "71"), _named_cell("Andel (%)", "ca 40 %")
    ('Flickor 93 %', 'Pojkar 71', 'Andel ca 40 %')
    """
    if lex.COLUMN_PERCENT_UNIT_RE.search(name):
        name = lex.COLUMN_PERCENT_UNIT_RE.sub("", name).strip()
        if FIGURE_CELL_RE.match(cell) and not lex.PERCENT_RE.search(cell):
            cell = f"{cell} %"
    return f"{name} {cell}".strip()


def asked_cells(question_text: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """The figures of a row the question asks for, by the column names it uses ('Hur stor andel av pojkarna … 2024?'
    over '| År | Flickor | Pojkar | Totalt |' and '| 2024 | 90 | 80 | 85 |' -> 'Pojkar 2024: 80 %'), each with the
    unit its column has (units.share_cells); None when the question names no column of it, or all of them
    (then the whole row answers)."""
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if names is None or len(values) < 2:
        return None
    picked = asked_columns(question_text, names, values)
    if not picked or len(picked) == len([v for v in values[1:] if FIGURE_CELL_RE.match(v)]):
        return None
    shares = share_cells(row)  # each cell's unit is its column's ('Flickor' counts beside 'Andel flickor')
    first = next((i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v)), 1)
    label = ", ".join(v for v in values[:first] if v)
    if not row_asked(question_text, label):
        return None  # a row of another group or year than asked: its cell is no answer, the row is read whole
    figures = [f"{values[i]}{' %' if shares[i] and not lex.PERCENT_RE.search(values[i]) else ''}" for i in picked]
    if len(picked) > 1:  # 'flickor och pojkar 2024': each figure under its column's name
        return f"{label}: " + ", ".join(_named_cell(names[i], f) for i, f in zip(picked, figures, strict=True))
    name, figure = _unit_after_figure(names[picked[0]], figures[0])
    where = f"{name} {label}" if lex.YEAR_RE.fullmatch(label) else f"{label}, {name}"
    return f"{where}: {figure}"


def _unit_after_figure(name: str, figure: str) -> tuple[str, str]:
    """A column's name without the unit it gives its figures in, and the figure with that unit after it ('Män
    (procent)', '77 %' -> 'Män', '77 %'; 'Kvinnor/flickor, kr', '1 184 000' -> 'Kvinnor/flickor', '1 184 000 kr').

    >>> _unit_after_figure("Män (procent)", "77 %"), _unit_after_figure("Kvinnor/flickor, kr", "1 184 000")
    (('Män', '77 %'), ('Kvinnor/flickor', '1 184 000 kr'))
    >>> _unit_after_figure("Andel kvinnor/flickor, %", "41"), _unit_after_figure("Män/pojkar, antal", "46")
    (('Andel kvinnor/flickor', '41 %'), ('Män/pojkar', '46'))
    """
    if (count := lex.COLUMN_COUNT_NOTE_RE.search(name)) is not None:
        return (name[:count.start()] + " " + name[count.end():]).strip(" ,"), figure  # a count says no unit
    m = lex.COLUMN_UNIT_SUFFIX_RE.search(name) or lex.COLUMN_PERCENT_UNIT_RE.search(name)
    if m is None:
        return name, figure
    unit = m.group(0).strip(" ,()")
    unit = "%" if unit.lower() in ("%", "procent") else unit
    if FIGURE_CELL_RE.match(figure) and not re.search(r"[%a-zåäö]", figure, re.I):
        figure = f"{figure} {unit}"
    return name[:m.start()].rstrip(" ,"), figure


def label_named(question_text: str, label: str) -> bool:
    """Whether the question names every word of a row's label in some form, a group by any of its words ('Män
    25–44 år' in '… männens i åldersgruppen 25–44 år').

    >>> label_named("Hur många månader längre var kvinnornas biståndstid än männens i åldersgruppen 25–44 år?",
    ...             "Män 25–44 år"), label_named("Hur stor var männens sjukfrånvaro?", "Samtliga")
    (True, False)
    """
    slots = _column_slots(label)
    asked = _column_terms(question_text)
    return bool(slots) and all(any(o <= asked for o in slot) for slot in slots)


def row_asked(question_text: str, label: str) -> bool:
    """Whether a row's label may be what the question asks: each group it names is asked, and each year it names
    when the question names a year ('Samtliga kvinnor' is no answer to 'Hur många hushåll … 2023?', nor '2023' to
    '… 2024?').

    >>> row_asked("Hur många hushåll hade försörjningsstöd 2023?", "Samtliga kvinnor")
    False
    >>> row_asked("Hur stor var männens sjukfrånvaro 2023?", "Män"), row_asked("Hur många barn 2024?", "2023")
    (True, False)
    """
    asked = _column_terms(question_text)
    years = lex.YEAR_RE.findall(question_text)
    for word in re.findall(r"[\w-]+(?:/[\w-]+)*", label):
        options = [o for o in (frozenset(tokenize(part)) for part in word.split("/")) if o]
        terms = frozenset().union(*options) if options else frozenset()
        if terms & _GROUP_TERMS and not any(o <= asked for o in options):
            return False
        if years and lex.YEAR_RE.fullmatch(word) and word not in years:
            return False
    return True


def cell_sentence(question_text: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """The one cell of a row a question asks for, said as a sentence built from the table's caption, the row's label
    and the column's name (lexicon.CELL_GROUP_HAD, CELL_VALUE_WAS): 'Hur många deltagartillfällen … för pojkar 7–12
    år?' over '| Åldersgrupp | Flickor | Pojkar |' and '| 7–12 år | 41 200 | 52 800 |' under 'Tabell 1 visar antalet
    deltagartillfällen …' -> 'Pojkar 7–12 år hade 52 800 deltagartillfällen (Tabell 1)'. The table is named by its
    number, else by its caption; None when the question names not exactly one of the row's figure columns."""
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if names is None or len(values) < 2:
        return None
    plain = [lex.COLUMN_UNIT_RE.sub(" ", n).strip() if n else n for n in names]  # 'Bidrag 2024 (tkr)' is 'Bidrag 2024'
    picked = asked_columns(question_text, plain, values)
    if len(picked) != 1 or len([v for v in values[1:] if FIGURE_CELL_RE.match(v)]) < 2:
        return None
    i = picked[0]
    first = next((j for j, v in enumerate(values) if j and FIGURE_CELL_RE.match(v)), 1)
    label = ", ".join(v for v in values[:first] if v).strip()
    if not label or not row_asked(question_text, label):
        return None
    column = " ".join(names[i].split())
    value = values[i]
    unit = lex.COLUMN_UNIT_RE.search(column)
    if unit is not None:
        column = lex.COLUMN_UNIT_RE.sub(" ", column).strip()
        if FIGURE_CELL_RE.match(value) and not re.search(r"[%a-zåäö]", value, re.I):
            value = f"{value} {'%' if unit.group('unit').lower() in ('%', 'procent') else unit.group('unit')}"
    elif lex.COLUMN_COUNT_NOTE_RE.search(column):
        column = lex.COLUMN_COUNT_NOTE_RE.sub(" ", column).strip()  # 'Hushåll 2023 (antal)': a count says no unit
    elif lex.COLUMN_UNIT_SUFFIX_RE.search(column):
        column, value = _unit_after_figure(column, value)  # 'Kvinnor/flickor, kr' -> 'Kvinnor/flickor', '… kr'
    elif share_cells(row)[i] and not lex.PERCENT_RE.search(value):
        value = f"{value} %"
    bare = lex.BARE_ROW_LABEL_RE.match(label) is not None
    row_words = label.lower() if lex.TOTAL_ROW_RE.match(label) else label
    caption = table_caption(table_rows(row))
    named = _table_id(caption)
    if lex.TOTAL_ROW_RE.match(label) and lex.TOTAL_RE.fullmatch(column):
        # the total row's total cell: 'Hela skolan, totalt: 51', not 'Totalt för Hela skolan var 51' nor 'Totalt
        # totalt var 42' (trial 33)
        said = label if fold(label) == fold(column) else f"{label}, {column.lower()}"
        return f"{said}: {value} ({named})" if named else f"{said}: {value}"
    counted = lex.CAPTION_COUNTS_RE.search(caption.text) if caption is not None else None
    share = lex.CAPTION_SHARE_RE.search(caption.text) if caption is not None else None
    words = re.findall(r"[\w-]+", column.lower())  # 'Män/pojkar' is two group words
    group = bool(words) and all(w in _GROUP_WORDS for w in words)
    if group and bare and counted is not None and not lex.PERCENT_RE.search(value):
        # 'Pojkar 7–12 år hade 52 800 deltagartillfällen'
        text = lex.CELL_GROUP_HAD.format(group=column, row=row_words, value=value,
                                         counted=counted.group("noun").lower())
    elif group and bare and share is not None and lex.PERCENT_RE.search(value):
        # 'Andel elever i åk 9 behöriga till yrkesprogram var 80 % för pojkar 2024'
        measure = " ".join(share.group("measure").split())
        text = lex.CELL_GROUP_SHARE.format(measure=measure[:1].upper() + measure[1:], value=value,
                                           group=column.lower(), row=row_words)
    elif not group and not all(w in _GROUP_WORDS or lex.YEAR_RE.fullmatch(w) for w in words) and \
            (not set(words) & _GROUP_WORDS or lex.MEASURE_COLUMN_RE.match(column)):
        # the column names the measure: 'Andel flickor 2024 var 27 %', 'Bidrag 2024 för Ekedals ridklubb var 310 tkr'
        text = lex.CELL_VALUE_WAS.format(column=column, row=row_words if bare else lex.CELL_ROW_FOR.format(
            label=label), value=value)
    else:
        return None  # a group's column under a caption naming no measure, or a row that is the measure: as before
    return f"{text} ({named})" if named else text


def claim_against_cell(claim: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """A yes/no claim with a figure about one cell of a row, answered by the cell said as a sentence (cell_sentence):
    'andelen flickor … var 40 % 2024' over a row '2024 | 19 020 | 27 % | 73 %' -> 'Nej. Andel flickor 2024 var 27 %
    (Tabell 3), inte 40 %'; 'Ja. …' when the claimed figure is the cell's. None when the claim names no one column of
    the row or no figure other than a year."""
    said = cell_sentence(claim, headers, row)
    if said is None:
        return None
    claimed = [m for m in _CLAIM_FIGURE_RE.finditer(claim) if not lex.YEAR_RE.fullmatch(m.group(1))]
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    plain = [lex.COLUMN_UNIT_RE.sub(" ", n).strip() if n else n for n in names or []]
    picked = asked_columns(claim, plain, values)
    if len(claimed) != 1 or len(picked) != 1:
        return None
    stated, asked = _figure(values[picked[0]]), _figure(claimed[0].group(1))
    if stated is None or asked is None:
        return None
    if stated == asked:
        return lex.CELL_CLAIM_HELD.format(cell=said)
    return lex.CELL_CLAIM_DENIED.format(cell=said, claimed=" ".join(claimed[0].group(0).split()))


# A figure a claim states, with its unit when it has one ('40 %', '310 tkr', '52 800').
_CLAIM_FIGURE_RE = re.compile(r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[,.]\d+)?)(?:\s*(?:%|procent|tkr|kr|kronor))?", re.I)


# The names of groups a table's column may be of ('Flickor', 'Pojkar', 'Kvinnor'): the contrast groups' forms.
_GROUP_WORDS = frozenset(f for pair in lex.CONTRAST_GROUPS for forms in pair for f in forms)


def _table_id(caption: Unit | None) -> str:
    """How an answer names a table: 'Tabell 1' by the caption's number, else the caption itself; '' for none."""
    if caption is None:
        return ""
    m = lex.TABLE_CAPTION_RE.match(caption.text)
    if m is not None:
        return f"Tabell {m.group('number')}"
    return drop_note_marks(" ".join(caption.text.split())).rstrip(".:")


def asked_columns(question_text: str, names: Sequence[str | None], values: Sequence[str]) -> list[int]:
    """The indexes of a row's figure cells whose column the question asks. A column is named in full when each of
    its words stands in the question in some form, less the unit its figures are given in ('(antal)', '(medel,
    månader)', ', kr'), a slash pair by either word ('Kvinnor/flickor'), a group by its everyday word or adjective
    ('killarna' names 'Pojkar', 'kvinnliga' 'Kvinnor'); of two so named, the one whose words hold the other's
    ('Andel 2025' over 'n 2025' for 'Hur stor andel … 2025?'). When none is named in full, the columns that fit
    best (_best_fitting): 'Hur stor del av kvinnorna … var med i nån insats 2024?' asks 'Andel i insats kvinnor',
    not 'Hushåll kvinnor' nor the men's column.

    >>> names = ["Grupp", "Hushåll kvinnor (antal)", "Hushåll män (antal)", "Andel i insats kvinnor (procent)",
    ...          "Andel i insats män (procent)"]
    >>> values = ["Sjövik", "163", "158", "33", "46"]
    >>> asked_columns("Hur stor del av kvinnorna i Sjövik var med i nån insats?", names, values)
    [3]
    >>> asked_columns("Hur många hushåll hade killar som sökande?", names, values)
    []
    >>> asked_columns("Hur stor andel av kvinnorna var otrygga 2025?", ["", "Andel 2023", "n 2023", "Andel 2025",
    ...               "n 2025"], ["Kvinnor", "54", "212", "47", "198"])
    [3]
    >>> asked_columns("Hur mycket fick tjejer och kvinnor?", ["", "Antal föreningar", "Kvinnor/flickor, kr",
    ...               "Män/pojkar, kr", "Andel kvinnor/flickor, %"], ["Startbidrag", "9", "63 000", "72 000", "47"])
    [2]
    """
    asked = _column_terms(question_text)
    names = _rates_named(names)
    figures = [i for i in range(1, len(values)) if names[i] and FIGURE_CELL_RE.match(values[i])]
    slots = {i: _column_slots(names[i] or "") for i in figures}
    named = [i for i in figures if slots[i] and all(any(o <= asked for o in slot) for slot in slots[i])]
    if named:
        own = {i: frozenset().union(*(o for slot in slots[i] for o in slot)) for i in named}
        return [i for i in named if not any(own[i] < own[j] for j in named)]
    return _best_fitting(question_text, asked, [i for i in figures if slots[i]], names, slots)


def _rates_named(names: Sequence[str | None]) -> list[str | None]:
    """Column names with a rate's measure said: a column named by what it is per only takes the measure words of
    the nearest column before it that names one ('Timmar 2025', 'Per brukare 2025' -> 'Timmar Per brukare 2025'),
    so that 'Hur många timmar … får kvinnorna?' fits both the hours and the hours per brukare, not the hours alone.

    >>> _rates_named(["Kön och ålder", "Brukare 2025", "Timmar 2025", "Per brukare 2025", "Per brukare 2024"])[2:]
    ['Timmar 2025', 'Timmar Per brukare 2025', 'Timmar Per brukare 2024']
    """
    out = list(names)
    measure = ""
    for i, name in enumerate(names):
        if not name:
            continue
        if lex.PER_ONLY_COLUMN_RE.match(name):
            if measure:
                out[i] = f"{measure} {name}"
            continue
        measure = " ".join(w for w in re.findall(r"[^\W\d_][\w-]*", _UNIT_NOTE_RE.sub(" ", name)))
    return out


# The most columns a question naming none in full may be answered with (two years of one group's figure, say).
MAX_FITTING_COLUMNS = 2


def _best_fitting(question_text: str, asked: frozenset[str], figures: Sequence[int], names: Sequence[str | None],
                  slots: dict[int, list[list[frozenset[str]]]]) -> list[int]:
    """The figure columns that fit a question naming none in full: each group and each year the column names is
    asked (a question naming no year leaves a year open), a share column only for a share asked and a share
    asked of share columns when there are any, and most of the column's other words asked; [] when none or more than
    MAX_FITTING_COLUMNS fit equally well."""
    years = frozenset(lex.YEAR_RE.findall(question_text))
    share = lex.SHARE_QUESTION_RE.search(question_text) is not None
    scored: list[tuple[int, int, bool]] = []
    for i in figures:
        hits, fits = 0, True
        for slot in slots[i]:
            terms = frozenset().union(*slot)
            met = any(o <= asked for o in slot)
            if terms & _GROUP_TERMS or any(lex.YEAR_RE.fullmatch(t) for t in terms):
                if not met and (not terms <= _YEAR_TERMS or years):
                    fits = False
                    break
            hits += met
        is_share = lex.PERCENT_TABLE_RE.search(names[i] or "") is not None
        if fits and hits and (share or not is_share):
            scored.append((hits, i, is_share))
    if share and any(s for _, _, s in scored):
        scored = [t for t in scored if t[2]]
    if not scored:
        return []
    best = max(h for h, _, _ in scored)
    picked = [i for h, i, _ in scored if h == best]
    return picked if len(picked) <= MAX_FITTING_COLUMNS else []


def _column_slots(name: str) -> list[list[frozenset[str]]]:
    """A column name's words as the term sets a question may name each by, its unit aside ('Andel i insats kvinnor
    (procent)' -> andel, insats, kvinnor; 'Kvinnor/flickor, kr' -> kvinnor or flickor)."""
    bare = lex.MONEY_GIVEN_RE.sub(" ", _UNIT_NOTE_RE.sub(" ", name)).replace("%", " ")
    out = []
    for word in re.findall(r"[\w-]+(?:/[\w-]+)*", bare):
        options = [o for o in (frozenset(tokenize(part)) for part in word.split("/")) if o]
        if options:
            out.append(options)
    return out


# A column name's note in parentheses: the unit or kind of its figures ('(antal)', '(medel, månader)', '(procent)').
_UNIT_NOTE_RE = re.compile(r"\([^)]*\)")
# The terms of the groups a column may be of, and the years a column may be of.
_GROUP_TERMS = frozenset(tokenize(" ".join(f for pair in lex.CONTRAST_GROUPS for forms in pair for f in forms)))
_YEAR_TERMS = frozenset(str(y) for y in range(1950, 2050))


def _column_terms(question_text: str) -> frozenset[str]:
    """The question's terms a column name may be named by: its own and every form of a group it names
    (lexical.group_terms), a group's everyday word also as the word tables use ('killarna' -> 'pojkarna',
    lexicon.EVERYDAY_TERMS)."""
    words = re.findall(r"\w+", question_text.lower())
    extra = [lex.EVERYDAY_TERMS[w] for w in words if w in lex.EVERYDAY_TERMS and lex.EVERYDAY_TERMS[w] in _GROUP_FORMS]
    return group_terms(" ".join([question_text, *extra]))


_GROUP_FORMS = frozenset(f for pair in lex.CONTRAST_GROUPS for forms in pair for f in forms)


def computed_difference(question_text: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """How far apart the two figures of a row the question compares lie, computed from the cells and said to be:
    'Hur stor är skillnaden mellan flickor och pojkar …?' over 'Norrbyskolan | 93 | 71 | 112' under 'Skola | Flickor
    (%) | Pojkar (%) | Antal elever åk 9' -> 'skillnaden är 22 procentenheter (93 − 71, uträknat ur de citerade
    cellerna)'. Shares differ in procentenheter, other figures in their column's unit; None when the question asks
    no difference, does not name exactly two of the row's figure columns, or the two are not of one unit."""
    if not lex.DIFFERENCE_QUESTION_RE.search(question_text):
        return None
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if names is None or len(values) < 3:
        return None
    picked = asked_columns(question_text, names, values)
    if len(picked) != 2:
        return None
    figures = [_figure(values[i]) for i in picked]
    shares = share_cells(row)
    if None in figures or shares[picked[0]] != shares[picked[1]]:
        return None
    a, b = figures  # type: ignore[misc]
    high, low = (a, b) if a >= b else (b, a)
    diff = round(high - low, 1)
    unit = "procentenheter" if shares[picked[0]] else money_unit(row, [names[i] for i in picked], names) or \
        counted_unit([names[i] for i in picked])
    if not unit:
        return None  # a sum in a unit its table does not say, or a count of no one noun
    return lex.COMPUTED_DIFFERENCE.format(diff=_number(diff), unit=unit, high=_number(high), low=_number(low))


def share_of_counts(question_text: str, headers: Sequence[Unit], row: Unit) -> tuple[str, float, float] | None:
    """(the asked group's column name, its count, the two groups' sum) for a share a question asks of one gender
    group where a table row gives counts for both groups in two columns named alike ('Elever flickor', 'Elever
    pojkar'; 'Deltagartillfällen flickor', 'Deltagartillfällen pojkar'): 'Hur stor andel av eleverna i dans är
    pojkar?' over 'Dans | 211 | 23 | 41' -> ('Elever pojkar', 23, 234). None when no share is asked, the question
    names both groups or neither, the columns are shares already, or the row has no such pair."""
    if not lex.SHARE_QUESTION_RE.search(question_text):
        return None
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if names is None or len(values) < 3:
        return None
    words = set(re.findall(r"\w+", question_text.lower()))
    if _WHOLE_GROUP_RE.search(question_text):
        return None  # 'Hur stor andel av pojkarna spelar gitarr?': the group is the whole, not the part
    shares = share_cells(row)
    counts = [i for i in range(1, len(values)) if names[i] and not shares[i] and _figure(values[i]) is not None
              and not lex.PERCENT_TABLE_RE.search(names[i] or "")]
    found = []
    for pair in lex.CONTRAST_GROUPS:
        asked = [bool(words & set(forms)) for forms in pair]
        if sum(asked) != 1:
            continue
        side = asked.index(True)
        for i in counts:
            own = _group_word(names[i] or "", pair[side])
            if own is None:
                continue
            for j in counts:
                other = _group_word(names[j] or "", pair[1 - side])
                if j != i and other is not None and \
                        (names[i] or "").lower().replace(own, "") == (names[j] or "").lower().replace(other, ""):
                    found.append((names[i] or "", _figure(values[i]), _figure(values[i]) + _figure(values[j])))
    if len(found) != 1 or not found[0][2]:
        return None
    return found[0]  # type: ignore[return-value]


# A share asked of a group as its whole ('andel av pojkarna', 'bland kvinnorna'): not the group's part of a row's two.
_WHOLE_GROUP_RE = re.compile(r"\b(?:av|bland)\s+(?:de\s+|alla\s+)?(?:%s)\b" % "|".join(
    f for pair in lex.CONTRAST_GROUPS for forms in pair for f in forms), re.I)


def _group_word(name: str, forms: Sequence[str]) -> str | None:
    """The word of a column name that is one of a group's `forms` ('Elever pojkar' -> 'pojkar'); None if none."""
    return next((w for w in re.findall(r"\w+", name.lower()) if w in forms), None)


def computed_share(question_text: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """The share a question asks of one group, worked out from the two groups' counts in the row and said to be
    (share_of_counts; lexicon.COMPUTED_SHARE): 'andelen elever pojkar är 9,8 % (23 av 234, uträknat ur de citerade
    cellerna)'. None where share_of_counts finds none."""
    found = share_of_counts(question_text, headers, row)
    if found is None:
        return None
    name, part, whole = found
    return lex.COMPUTED_SHARE.format(group=" ".join(_UNIT_NOTE_RE.sub(" ", name).lower().split()),
                                     share=_number(round(100 * part / whole, 1)), part=_number(part),
                                     whole=_number(whole))


def computed_complement(question_text: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """The other part of the one share cell a question asks, worked out as 100 minus the cell and said to be (trial 37
    N3: 'Hur stor andel av flickorna i årskurs 9 känner sig INTE trygga?' over 'Årskurs 9 | 71 | 83 | …' under
    'Trygg i skolan – flickor | …' was answered 71 %): 'andelen som inte gör det är alltså 29 % (100 − 71, …)'.
    A negation before a word of the column's name asks for the share's complement, which a share and its rest
    always make up together; 'svarade nej' asks it only where the material says ja and nej were the only answers
    (lexicon.YES_NO_ONLY_RE), else what is missing is said. None when no such share is asked, the question does not
    name exactly one of the row's share cells, or the column is already the negated part ('Otrygga')."""
    if not lex.SHARE_QUESTION_RE.search(question_text):
        return None
    no_answer = lex.NO_ANSWER_QUESTION_RE.search(question_text) is not None
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if names is None or len(values) < 2:
        return None
    plain = [lex.COLUMN_UNIT_RE.sub(" ", n).strip() if n else n for n in names]
    picked = asked_columns(question_text, plain, values)
    negated_words = [fold(w)[:5] for m in lex.COMPLEMENT_NEGATION_RE.finditer(question_text)
                     for w in re.findall(r"[^\W\d_]{4,}", m.group(1))]
    # 'Hur stor andel av tjejerna … känner sig INTE välkomna på gården?' names 'Känner mig trygg på gården' too: the
    # negated column is the one whose words follow the negation (of those asked, where the groups tell them apart)
    stems = {i: {fold(w)[:5] for w in re.findall(r"[^\W\d_]{4,}", names[i] or "")}
             for i in range(1, len(values)) if _figure(values[i]) is not None}
    # (the word nearest the negation decides: 'INTE välkomna på gården' is of 'välkommen', not of '… på gården')
    negated_columns = next(([i for i in stems if w in stems[i]] for w in negated_words
                            if any(w in own for own in stems.values())), [])
    if len(negated_columns) == 1:
        picked = negated_columns
    elif negated_columns:
        picked = [i for i in picked if i in negated_columns]
    if len(picked) != 1:
        return None
    i = picked[0]
    column = names[i] or ""
    share = _figure(values[i])
    caption = caption_text(row)
    if share is None or not 0 <= share <= 100 or not (share_cells(row)[i] or lex.PERCENT_RE.search(values[i])) \
            or lex.NEGATED_COLUMN_RE.search(column) or lex.NEGATED_COLUMN_RE.search(caption):
        return None
    rest = _number(round(100 - share, 1))
    if no_answer:
        if lex.YES_NO_ONLY_RE.search(f"{row_frame(row)} {row.chunk.text}"):
            return lex.COMPUTED_NO_SHARE.format(rest=rest, whole=100, share=_number(share))
        return lex.NO_SHARE_UNKNOWN.format(share=_number(share), rest=rest)
    column_stems = {fold(w)[:5] for w in re.findall(r"[^\W\d_]{4,}", column) if fold(w) not in _GROUP_WORDS}
    if not column_stems & set(negated_words):
        return None
    return lex.COMPUTED_COMPLEMENT.format(rest=rest, whole=100, share=_number(share),
                                          column=" ".join(lex.COLUMN_UNIT_RE.sub(" ", column).split()))


def computed_change(question_text: str, headers: Sequence[Unit], row: Unit) -> str | None:
    """How one row's figure changed between the two years a question names, where each year is a column of the row,
    computed from the two cells and said to be: 'Hur mycket minskade andelen otrygga bland män 16–29 år … mellan 2023
    och 2025?' over 'Män 16–29 år | 19 | 187 | 16 | 171' under 'Kön och ålder | Andel 2023 | n 2023 | Andel 2025 | n
    2025' -> 'Män 16–29 år, andel: från 19 % (2023) till 16 % (2025), en minskning med 3 procentenheter (uträknat ur
    de citerade cellerna)' (tune TR03 quoted the row and left the subtraction to the reader). Shares change in
    procentenheter, money in its unit, counts in the caption's counted noun where it names one. None when the
    question asks no change or difference, does not name exactly two years, the row's asked columns are not one
    measure in those two years, or the two cells are not figures of one unit."""
    if not (lex.ROW_CHANGE_QUESTION_RE.search(question_text) or lex.CHANGE_QUESTION_RE.search(question_text)
            or lex.DIFFERENCE_QUESTION_RE.search(question_text)):
        return None
    years = list(dict.fromkeys(lex.YEAR_RE.findall(question_text)))
    values = [drop_note_marks(c) for c in cells(row)]
    names = column_names(headers, len(values))
    if len(years) != 2 or names is None or len(values) < 3:
        return None
    picked = asked_columns(question_text, names, values)
    if len(picked) != 2:
        return None
    of_year = {}
    for i in picked:
        found = lex.YEAR_RE.findall(names[i])
        if len(found) != 1 or found[0] not in years:
            return None
        of_year[found[0]] = i
    if len(of_year) != 2:
        return None
    early, late = (of_year[y] for y in sorted(of_year))
    measures = {" ".join(_measure_words(names[i]).split()).lower() for i in (early, late)}
    shares = share_cells(row)
    a, b = _figure(values[early]), _figure(values[late])
    if len(measures) != 1 or shares[early] != shares[late] or a is None or b is None:
        return None
    if shares[early]:
        unit, mark = " procentenheter", " %"
    else:
        counted = lex.CAPTION_COUNTS_RE.search(row_frame(row))
        money = money_unit(row, [names[early], names[late]], names)
        unit = f" {money}" if money else f" {counted.group('noun').lower()}" if counted else ""
        mark = f" {money}" if money else ""
    def said(value: str) -> str:
        return f"{value}{mark}" if mark and not re.search(r"[%a-zåäö]", value, re.I) else value
    first = next((i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v)), 1)
    label = ", ".join(v for v in values[:first] if v)
    measure = measures.pop()
    where = f"{label}, {measure}" if measure and label else label or measure
    early_year, late_year = sorted(of_year)
    if a == b:
        change = lex.COMPUTED_NO_CHANGE.format(early=said(values[early]), early_year=early_year,
                                               late=said(values[late]), late_year=late_year)
    else:
        change = lex.COMPUTED_CHANGE.format(
            early=said(values[early]), early_year=early_year, late=said(values[late]), late_year=late_year,
            direction=lex.CHANGE_DIRECTIONS[0 if b > a else 1], diff=_number(round(abs(b - a), 1)), unit=unit)
    return f"{where}: {change}" if where else change


def _measure_words(name: str) -> str:
    """A column's name less its year and the unit or kind of its figures ('Andel 2023 (procent)' -> 'Andel',
    'Bidrag 2024, tkr' -> 'Bidrag', '2025' -> '')."""
    name = lex.COLUMN_UNIT_SUFFIX_RE.sub(" ", _UNIT_NOTE_RE.sub(" ", name))
    return lex.YEAR_RE.sub(" ", lex.COLUMN_COUNT_NOTE_RE.sub(" ", name)).strip(" ,")


def money_unit(row: Unit, columns: Sequence[str] = (), names: Sequence[str] = ()) -> str:
    """The unit of money a table row's bare figures are in, as its caption or column names say it ('Tabell 1. …
    medianlön (kronor per månad, heltid)' -> 'kronor', 'Kostnad (tkr)' -> 'tkr'); '' where they say none. Trial 30
    H03: the difference of two salary columns of one row was left for the reader to subtract.
    With the names of the `columns` the figures stand in (and all the table's column `names`), the unit is the one
    those columns say; where another column of the table says its own unit and these say none, theirs is no money
    (trial 36 N2: 'Bidrag (kr)' beside 'Deltagartillfällen flickor' made a difference of participations '1 720 kr')."""
    if columns:
        said = [lex.MONEY_GIVEN_RE.search(c) for c in columns]
        if all(said):
            return said[0].group(0).strip("(/").lower()  # type: ignore[union-attr]
        if any(said) or any(lex.MONEY_GIVEN_RE.search(n) for n in names):
            return ""
        frame = row_frame(row)
        for n in names:  # the caption and the row's label say the unit of all its columns, not one column's name
            frame = frame.replace(n, " ")
        m = lex.MONEY_GIVEN_RE.search(frame)
        return m.group(0).strip("(/").lower() if m else ""
    m = lex.MONEY_GIVEN_RE.search(row_frame(row))
    return m.group(0).strip("(/").lower() if m else ""


def counted_unit(columns: Sequence[str]) -> str:
    """The noun two count columns both open with, as the unit of their difference ('Deltagartillfällen flickor',
    'Deltagartillfällen pojkar' -> 'deltagartillfällen'); '' where they open with different words or a figure."""
    firsts = {m.group(0).lower() if (m := re.match(r"[^\W\d_]{4,}", c.strip())) else "" for c in columns}
    word = firsts.pop() if len(firsts) == 1 else ""
    return "" if lex.MEASURE_COLUMN_RE.match(word) else word  # 'Antal flickor': the count's noun is elsewhere


def extreme_row(question_text: str, rows: Sequence[Unit], more_asks: Sequence[str] = ()) -> str | None:
    """A sentence naming the row of a table a 'Vilken skola har störst skillnad mellan flickor och pojkar …?' or
    'Vilken förvaltning har högst medianlön för kvinnor 2025?' asks for, found over all its data rows, with
    its figures, the gap where one is asked, and the other rows' values (computed, and said to be); then that row's
    cells whose column a further ask of the question names ('… och hur mycket bidrag fick den?' -> 'Ekedals ridklubb:
    Bidrag 2024 (tkr) 310', trial 29 left it out). None when the question asks no such thing,
    names not one figure column (two for a gap), fewer than two rows have the figures, or two rows tie; total rows
    are no candidates (lexicon.TOTAL_ROW_RE)."""
    asked = lex.EXTREME_ROW_QUESTION_RE.search(question_text)
    if asked is None or len(rows) < 3:
        return None
    headers = header_rows(rows[0])
    difference = bool(lex.DIFFERENCE_QUESTION_RE.search(question_text))
    found: list[tuple[float, str, str, bool, str]] = []
    for row in rows:
        values = [drop_note_marks(c) for c in cells(row)]
        names = column_names(headers, len(values))
        if row in headers or names is None or len(values) < 2 or lex.TOTAL_ROW_RE.match(values[0]):
            continue
        picked = asked_columns(question_text, names, values) or ([] if difference else _total_column(names, values))
        figures = [_figure(values[i]) for i in picked]
        if len(picked) != (2 if difference else 1) or None in figures:
            continue
        shares = share_cells(row)
        if difference and shares[picked[0]] != shares[picked[1]]:
            continue
        value = abs(figures[0] - figures[1]) if difference else figures[0]  # type: ignore[operator]
        named = ", ".join(_named_cell(names[i], values[i]) for i in picked)
        further = ", ".join(_named_cell(names[i], values[i]) for i in _cells_asked_further(more_asks, names, values)
                            if i not in picked)
        found.append((value, values[0], named, shares[picked[0]], further))
    if len(found) < 2:
        return None
    found.sort(key=lambda f: f[0], reverse=bool(asked.group("most")))
    if found[0][0] == found[1][0]:
        return None  # a tie: no one row is it
    value, label, named, share, further = found[0]
    unit = " procentenheter" if share else ""
    text = lex.EXTREME_ROW.format(
        word=asked.group(0).split()[-1].capitalize(), what="skillnad " if difference else "", label=label,
        cells=named, difference=f", skillnaden är {_number(value)}{unit}" if difference else "",
        others=", ".join(f"{f[1]} {_number(f[0])}" for f in found[1:]))
    return f"{text}. {label}: {further}" if further else text


def _total_column(names: Sequence[str | None], values: Sequence[str]) -> list[int]:
    """The one total column of a row ('Totalt', 'Samtliga'), for a superlative that names no column: 'Vilken
    åldersgrupp har flest deltagare?' over '| Åldersgrupp | Flickor | Pojkar | Totalt |' asks the groups' totals
    (blind37's tune half: the answer quoted the table without saying which row)."""
    totals = [i for i in range(1, len(values))
              if names[i] and lex.TOTAL_ROW_RE.match(names[i]) and FIGURE_CELL_RE.match(values[i])]
    return totals if len(totals) == 1 else []


def _cells_asked_further(asks: Sequence[str], names: Sequence[str], values: Sequence[str]) -> list[int]:
    """The indexes of a row's figure cells whose column name shares a word (not a figure) with a further ask of the
    question ('hur mycket bidrag fick den' names 'Bidrag 2024 (tkr)', 'hur många elever har den' 'Antal elever'), in
    the row's order."""
    words = frozenset(w for ask in asks for w in tokenize(ask) if not w.isdigit())
    return [i for i in range(1, len(values)) if names[i] and FIGURE_CELL_RE.match(values[i]) and
            words & frozenset(tokenize(lex.COLUMN_PERCENT_UNIT_RE.sub("", names[i])))]


def _figure(cell: str) -> float | None:
    """A cell's figure as a number ('93', '8,5 %', '−2'); None for a cell that is not one figure."""
    m = re.fullmatch(r"([−-]?)\s?(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)(?:[,.](\d+))?\s*%?", cell.strip())
    if m is None:
        return None
    whole = float(m.group(2).replace(" ", "").replace("\u00a0", "") + (f".{m.group(3)}" if m.group(3) else ""))
    return -whole if m.group(1) else whole


def _number(value: float) -> str:
    """A figure as Swedish writes it, thousands set apart by a space as the tables write them (trial 30 H03 said
    '2100 kronor (51900 − 49800 …)' of cells '51 900' and '49 800').

    >>> _number(22), _number(8.5), _number(2100), _number(-51900.5)
    ('22', '8,5', '2 100', '-51 900,5')
    """
    sign, size = ("-" if value < 0 else ""), round(abs(value), 1)
    whole = f"{sign}{int(size):,}".replace(",", " ")
    return whole if size == int(size) else f"{whole},{f'{size:.1f}'.split('.')[1]}"


def table_named(row: Unit) -> str:
    """What a row's table is, for an answer that states one of its figures: its caption, else ''."""
    caption = table_caption(table_rows(row))
    return drop_note_marks(" ".join(caption.text.split())).rstrip(".:") if caption is not None else ""


def caption_of(rows: Sequence[Unit]) -> Unit | None:
    """The caption line right above a table (units.table_caption)."""
    return table_caption(rows)


def asked_table(question_text: str, ranked: Sequence[Scored]) -> list[Unit]:
    """The rows of the table a question about a table asks for ('Vad står det i tabell 1?', 'Vad visar tabellen om
    trygghet?'): the table under the caption of the number it names, else the table of the best row (or of the
    best caption); empty when the question asks about no table or none is among the best units."""
    asked = lex.TABLE_QUESTION_RE.search(question_text)
    if asked is None:
        return []
    number = asked.group("number")
    tables: list[list[Unit]] = []
    for s in ranked[:TABLE_POOL]:
        unit = s.unit
        if unit.kind in ("label", "sentence") and lex.CAPTION_RE.match(unit.text):
            after = units_of(unit.chunk)[unit.seq + 1: unit.seq + 2]
            unit = after[0] if after else unit
        if unit.kind == "row" and len(rows := table_of(unit)) >= 2:
            tables.append(rows)
    if number:
        named = [t for t in tables if (c := caption_of(t)) is not None and _numbered(c.text, number)]
        tables = named
    return tables[0] if tables else []


def _numbered(caption: str, number: str) -> bool:
    """Whether a caption is that of the table with this number: 'Tabell 3.1' is not 'Figur 3' nor 'Tabell 3.2'."""
    m = lex.TABLE_CAPTION_RE.match(caption)
    return m is not None and m.group("number").replace(":", ".") == number.replace(":", ".")


def cite_table(rows: Sequence[Unit], book: CitationBook) -> int:
    """One citation of a whole table: its caption (when it has one) to its last row, each line quoted."""
    caption = caption_of(rows)
    quoted = [*([caption] if caption is not None else []), *rows]
    return book.cite(rows[0].chunk, quoted[0].start_line, rows[-1].end_line, "; ".join(quote_of(u) for u in quoted))


def write_table(rows: Sequence[Unit], book: CitationBook, clean: Callable[[Unit], str]) -> list[str] | None:
    """A small table written whole: its caption (or heading), then each data row with its column names, all cited
    to the table's lines (caption to last row). None for a table too long to write whole."""
    headers = header_rows(rows[0])
    data = [r for r in rows if r not in headers]
    if not data or len(data) > MAX_TABLE_ROWS:
        return None
    caption = caption_of(rows)
    number = cite_table(rows, book)
    title = clean(caption).rstrip(".:") if caption is not None else (rows[0].chunk.heading_path or ["Tabellen"])[-1]
    lines = [f"{title}:"]
    for i, row in enumerate(data):
        text = (labelled_row(headers, row) if headers else None) or clean(row)
        lines.append(f"- {text}{markers([number]) if i == len(data) - 1 else ''}")
    return lines
