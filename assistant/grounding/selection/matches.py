"""Whether a unit is the ordinal, label, section, row or goal a question names."""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.grounding.counts import abbreviated_count
from assistant.grounding.question import (
    Question,
    doer_verb,
)
from assistant.grounding.selection.weights import (
    TITLE_LINES,
)
from assistant.index.lexical import fold, group_terms, inflection_stem, tokenize
from assistant.index.units import (
    Unit,
    header_rows,
    names_columns,
    row_cells,
    row_frame,
    table_caption,
    table_rows,
    units_of,
)


def states_length(text: str, question: Question) -> bool:
    """Whether `text` gives a length of time ('3 timmar', '2019–2021'), not only a lead time ('ca en vecka innan
    den tredje träffen', 'när en timme återstår'), unless the question asks for one ('Hur lång tid innan …?').

    >>> from assistant.grounding.question import analyse
    >>> q = analyse("Hur lång tid tar den fjärde träffen?")
    >>> states_length("4 Återblick (3 timmar)", q), states_length("Planen skickas ca en vecka innan träffen.", q)
    (True, False)
    """
    if lex.LEAD_TIME_QUESTION_RE.search(question.text):
        return bool(lex.DURATION_RE.search(text))
    return any(not lex.LEAD_TIME_RE.match(text, m.end()) for m in lex.DURATION_RE.finditer(text))


def _stands_alone(unit: Unit) -> bool:
    """Whether a sentence is a paragraph of its own (a goal or heading-like statement: 'Pojkar i kommun X erbjuds
    studiestöd utanför skolan.'), no sentence of the same paragraph on the lines right before or after it: the
    last sentence of a paragraph ('… Politiker, förvaltningsledning, rektorer och lärare deltar.') says what it says
    itself, and does not name the list below it."""
    units = units_of(unit.chunk)
    before = units[unit.seq - 1] if unit.seq > 0 else None
    after = units[unit.seq + 1] if unit.seq + 1 < len(units) else None
    if before is not None and before.kind == "sentence" and before.end_line >= unit.start_line - 1:
        return False
    return not (after is not None and after.kind == "sentence" and after.start_line <= unit.end_line + 1)


def _enumerates(text: str) -> bool:
    """A sentence that lists several things inline: 'Viktiga aktörer är förskolor, fritidsgårdar, … och bibliotek.';
    announced ('bland annat', a colon), three will do: 'Det kan handla om trygghet, läxhjälp och studiero.'"""
    if lex.ENUMERATION_CUE_RE.search(text):
        return True
    return text.count(",") >= 3 and bool(re.search(r"\b(är|som|till exempel|t\.ex\.|exempelvis|bland annat|:)\s", text))


def ordinal_match(unit: Unit, question: Question) -> bool | None:
    """For a question with an ordinal ('den fjärde träffen'): True when the unit is about that item — numbered so
    ('4 Återblick …', '4. …'), naming the ordinal with the asked noun ('fjärde träffen') or the asked thing with
    that number only ('träff 4') —, False when it numbers the asked thing otherwise ('från träff 1 till träff 4'
    is about the whole run), None when it says neither (or the question names no ordinal)."""
    n = question.ordinal
    if not n or question.label is not None:
        return None  # an ordinal of a labelled kind ('det tredje målet') is matched as the label (label_match)
    text = fold(unit.text)
    if re.match(rf"\s*{n}(?:[.):]\s*|\s+)(?!\d)", text):
        return True
    stems = [re.escape(t) for t in question.content_terms if len(t) >= 4]
    if not stems:
        return None
    # Not 'andra' or 'första' in passing: the ordinal word with the asked noun.
    nouns = "|".join(stems)
    if any(v == n and re.search(rf"\b{fold(w)}\s+(?:{nouns})", text) for w, v in lex.ORDINALS.items()):
        return True
    numbers = {m.group(1) for t in stems for m in re.finditer(rf"\b{t}\w*\s+(\d+)\b", text)}
    return None if not numbers else numbers == {str(n)}


def label_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line opening with a numbered label ('Mål 3: …', '§ 14 Jämställdhetsanalys …'), and a label named in a
    text ('ansvarar för mål 1', 'enligt § 14'), each with the number as group 1."""
    if word == lex.SECTION_SIGN_LABEL:
        return lex.SECTION_SIGN_HEADING_RE, lex.SECTION_SIGN_RE
    return (re.compile(rf"^\s*{re.escape(word)}\s+(\d{{1,2}})\b", re.I),
            re.compile(rf"\b{re.escape(word)}\s+(\d{{1,2}})\b(?![.,:]?\d)", re.I))


def label_match(unit: Unit, question: Question) -> bool | None:
    """For a question naming a numbered label ('mål 3', 'tabell 3', 'fotnot 3'): True when the unit is at or under
    that label — its own line opens with it or names it, or the nearest label line above it in its passage (the
    list's heading, the table's caption) or the nearest of its headings that is a label opens with it —, False when
    that line opens with the label under another number ('Mål 1: …'), None when nothing says (or the question names
    no label). A protocol's paragraph ('§ 14 …') reaches past its sub-headings ('Ärendebeskrivning', 'Beslut')
    to the nearest '§' line above, whatever its kind."""
    if question.label is None:
        return None
    word, n = question.label
    opens, names = label_patterns(word)
    text = unit.text
    if word == "fotnot":
        note = lex.FOOTNOTE_LINE_RE.match(text)
        if note or unit.role == "footnote":
            number = note.group(1) if note else (re.match(r"\s*(\d{1,2})\b", text) or [None, None])[1]
            return None if number is None else int(number) == n
        return None
    paragraph = word == lex.SECTION_SIGN_LABEL
    own = opens.match(text.strip().split("\n", 1)[0] if paragraph else text)
    if own:
        return int(own.group(1)) == n
    number = None if paragraph else row_number(unit, word)
    if number is not None:  # 'åtgärd 6': the row '6. Genomföra …' of a table of 'Åtgärd' rows
        return number == n
    named = {int(m.group(1)) for m in names.finditer(text)}
    if named:
        return n in named  # 'Barn- och utbildningsnämnden ansvarar för mål 1 och mål 3'; not one on 'mål 2' only
    if unit.is_item and unit.list_start >= 0:
        # The paragraph that leads into the list opens with the label: 'Mål 2: Andelen … Ansvarig: …' over its
        # 'Åtgärd' bullets (a Word plan's goals are paragraphs, not headings).
        lead = [u for u in units_of(unit.chunk)[: unit.seq] if u.line < unit.list_start and not u.is_item]
        if lead:
            first = next(u for u in lead if u.line == lead[-1].line)
            line = opens.match(first.text)
            if line and not first.is_label:
                return int(line.group(1)) == n
    for above in reversed(units_of(unit.chunk)[: unit.seq]):
        if paragraph:  # a '§ 14 …' line carried into the text as a sentence heads its paragraph all the same
            line = opens.match(above.text.strip())
            if line and above.line != unit.line:
                return int(line.group(1)) == n
            continue
        if above.line == unit.line or not (above.is_label or above.text.rstrip().endswith(":")
                                           or lex.CAPTION_RE.match(above.text)):
            continue
        line = opens.match(above.text)
        if line:
            return int(line.group(1)) == n
        if above.is_label and not lex.CAPTION_RE.match(above.text):
            break  # another heading line between: the passage is not under a numbered label
    for heading in reversed(unit.heading_path):  # 'Mål 3 …' › 'Åtgärder', '§ 14 …' › 'Beslut'
        line = opens.match(heading.strip())
        if line:
            return int(line.group(1)) == n
    return None


def section_match(unit: Unit, number: str) -> bool | None:
    """For a question naming a numbered section ('avsnitt 2.3.1'): True when the nearest numbered heading at or above
    the unit (a heading line in its chunk, else its chunk's headings) is that section or one under it ('2.3.1',
    '2.3.1.2'), False when it is another, None when no numbered heading stands above it."""
    above = [u.text for u in units_of(unit.chunk)[: unit.seq + 1] if u.is_label]
    for heading in [*reversed(above), *reversed(unit.heading_path)]:
        m = lex.NUMBERED_HEADING_RE.match(heading)
        if m:
            return m.group(1) == number or m.group(1).startswith(number + ".")
    return None


def mentions(unit: Unit, counted: str) -> bool:
    """Whether a unit or its context (list intro, sub-heading, column names) names `counted` (folded) at all; pupils
    also by another of their names when the unit's passage names them as asked (lexicon.PUPIL_WORDS: in a passage
    about the interviewed 'ungdomarna', 'Tre av de tio eleverna' counts them)."""
    stem = inflection_stem(counted)
    text = fold(unit.text)
    if stem in text or stem in fold(unit.context()) or abbreviated_count(text, counted):
        return True
    forms = group_terms(counted) - frozenset(tokenize(counted))  # 'männen' counted, 'Män 2024' named
    if forms and forms & (unit.match_terms | unit.context_terms):
        return True
    pupils = any(stem.startswith(w) or w.startswith(stem) for w in lex.PUPIL_WORDS)
    return pupils and any(w in text for w in lex.PUPIL_WORDS) and stem in fold(unit.chunk.text)


def does_asked(question: Question, text: str) -> bool:
    """Whether `text` holds the verb of a 'Vem <verb> …?' question in any inflection ('leder' for 'Vem leder …?',
    'betalade' for 'Vem betalar …?'): the verb's first letters, all but its ending."""
    m = lex.WHO_VERB_RE.match(question.cue_text)
    verb = m.group(1).lower() if m is not None else doer_verb(question.cue_text)  # or 'Vilka deltar …?'
    if verb is None:
        return False
    stem = verb[: max(4, len(verb) - 2)]
    # ('Vilka deltar …?': the deed's noun in -ande names no one who does it: 'Ansökan om deltagande …')
    nominal = ("ande", "ende") if m is None else ()
    return any(w.startswith(stem) and not (nominal and w.endswith(nominal)) for w in re.findall(r"\w+", text.lower()))


def _title_block(unit: Unit) -> bool:
    """Whether a unit is the title lines a document opens with ('Sammanfattning: Projektet X' run on into
    'Fritidsgården Y, Z kommun, augusti 2022 – juni 2024'): the first unit, on the first lines, ending as no
    sentence does."""
    return unit.seq == 0 and unit.start_line <= TITLE_LINES and not unit.text.rstrip().endswith((".", "!", "?"))


def _header_row(unit: Unit) -> bool:
    """Whether a row is the column names of a table of figures ('Årskurs | Flickor | Pojkar | Totalt')."""
    if unit.kind != "row" or not names_columns(unit.text):
        return False
    rows = table_of(unit)
    return rows[0] is unit and any(lex.DIGIT_RE.search(r.text) for r in rows[1:])


def first_cell(unit: Unit) -> str:
    """A table row's first cell, which names what the row is of ('Årskurs 5 | 12 | 16 | 28' -> 'Årskurs 5'); '' for
    a unit that is no row."""
    return (row_cells(unit, keep_empty=True) or [""])[0] if unit.kind == "row" else ""


def row_number(unit: Unit, word: str) -> int | None:
    """The number a table row gives its item when the table numbers items of kind `word`: the row '6. Genomföra en
    jämställdhetsanalys … | Samhällsbyggnadschef | …' under the column 'Åtgärd' (or a caption or heading naming
    'Åtgärder') is 'åtgärd 6' (an action plan's table, trial 20). None for another row or table."""
    m = _NUMBERED_CELL_RE.match(first_cell(unit))
    if m is None:
        return None
    rows = table_of(unit)
    header = [h for h in header_rows(unit) if h is not unit]
    caption = table_caption(rows)
    named = " ".join([*(first_cell(h) for h in header), caption.text if caption is not None else "",
                      unit.section_heading])
    stem = fold(word)[: max(4, len(word) - 1)]
    return int(m.group(1)) if re.search(rf"\b{re.escape(stem)}", fold(named)) else None


# A table cell opening with an item's number ('6. Genomföra …', '6) …').
_NUMBERED_CELL_RE = re.compile(r"\s*(\d{1,2})[.)]\s+\S")


def names_row(question: Question, unit: Unit) -> bool:
    """Whether the question names the row: every word of its first cell stands in the question, in some form ('… i
    årskurs 5?' names 'Årskurs 5', not 'Årskurs 4' nor 'Totalt'; '… andelen heltidsanställda …' names 'Andel
    heltidsanställda')."""
    return _label_in(question, unit) or total_row_asked(question, unit)


def _label_in(question: Question, unit: Unit) -> bool:
    words = re.findall(r"\w+", fold(first_cell(unit)))
    asked = _row_words(question)
    return bool(words) and all(w in asked or _inflected_in(w, asked) for w in words)


def _row_words(question: Question) -> set[str]:
    """The words by which a question may name a table row: its own, the documents' words its search adds for its
    everyday ones ('tjejer från sexan': flickor, årskurs 6; lexicon.EVERYDAY_TERMS), and the grades of a school
    stage it names ('högstadiet': årskurs 7, 8, 9; lexicon.STAGE_ROW_WORDS), folded."""
    text = fold(f"{question.text} {question.search_text}")
    asked = set(re.findall(r"\w+", text))
    for stage, words in lex.STAGE_ROW_WORDS.items():
        if re.search(rf"\b{fold(stage)}", text):
            asked.update(words.split())
    return asked


def total_row_asked(question: Question, unit: Unit) -> bool:
    """Whether `unit` is its table's total row ('Hela skolan', 'Totalt', 'Summa', 'Samtliga': lexicon.TOTAL_ROW_RE,
    nothing after the word) and the question asks a total ('… totalt?', 'sammanlagt') naming no other row of the
    table: 'Hur många elever avbröt totalt?' over a table of programmes is answered by 'Hela skolan | 17 | 34 | 51',
    not by a programme's 'Totalt' cell (trial 33 G3)."""
    label = first_cell(unit)
    total = lex.TOTAL_ROW_RE.match(label)
    if total is None or label[total.end():].strip() or not lex.TOTAL_QUESTION_RE.search(question.text):
        return False
    # (the table's caption or column names share a word of the question's own, not its words of a total: another
    # table's 'Totalt | 35 | 46 | 81' of pupils is no answer to what a plan costs, tune NM01)
    said_total = frozenset(t for m in lex.TOTAL_QUESTION_RE.finditer(question.text) for t in tokenize(m.group(0)))
    frame = frozenset(tokenize(row_frame(unit))) - frozenset(tokenize(label)) - said_total
    if not frame & (question.content_terms - said_total):
        return False
    return not any(_label_in(question, row) for row in table_rows(unit) if row is not unit)


def _inflected_in(word: str, asked: set[str]) -> bool:
    """Whether a word of a row label stands in the question in another form ('Andel …' asked as 'andelen …'); short
    words and figures only as they are ('i', '5')."""
    if len(word) < 4 or word.isdigit():
        return False
    return any((a.startswith(word) and a[len(word):] in lex.INFLECTION_ENDINGS) or
               (word.startswith(a) and len(a) >= 4 and word[len(a):] in lex.INFLECTION_ENDINGS) for a in asked)


def rows_named(question: Question, rows: list[Unit]) -> list[Unit]:
    """A table's rows kept to those with a cell the question names, with the header rows, when it names a cell of
    some rows but not all: 'Vilka åtgärder ansvarar socialchefen för?' asks for the rows whose 'Ansvarig' is
    'Socialchef', not the whole action table (trial 20). A cell is named when each of its words (at most
    NAMED_CELL_WORDS, no figures) stands in the question in some form; all rows otherwise."""
    header = set(map(id, header_rows(rows[0]))) if rows else set()
    body = [r for r in rows if id(r) not in header]
    asked = question.content_terms - question.inherited_terms
    named = [r for r in body if any(_cell_named(cell, asked) for cell in r.text.strip().strip("|").split("|"))]
    if not named or len(named) == len(body):
        return rows
    return [r for r in rows if id(r) in header] + named


# The most words a cell named by a question has ('Kultur- och fritidschef'); a longer cell is a sentence.
NAMED_CELL_WORDS = 4


def _cell_named(cell: str, asked: frozenset[str]) -> bool:
    words = cell.split()
    if not words or len(words) > NAMED_CELL_WORDS or lex.DIGIT_RE.search(cell):
        return False
    terms = [frozenset(tokenize(part)) for part in cell.split("/")]  # 'Ekonomichef / Kommundirektör': either
    return any(t and all(_term_asked(w, asked) for w in t) for t in terms)


def _term_asked(term: str, asked: frozenset[str]) -> bool:
    """A cell's term meets one of the question's in some form ('socialchef' / 'socialchefen')."""
    return any(a == term or (min(len(a), len(term)) >= 5 and (a.startswith(term) or term.startswith(a)))
               for a in asked)


def table_of(unit: Unit) -> list[Unit]:
    """The rows of the table a row belongs to, in its chunk (units.table_rows)."""
    return table_rows(unit)


def states_goal(unit: Unit, stem: str, asked: frozenset[str] = frozenset()) -> bool:
    """Whether a unit states the goal, purpose or plan a goal question asks for (question.goal_asked), of the thing
    asked (`asked`, the question's terms): its text names the goal noun by its stem and the thing ('Syftet med
    uppföljningen är …'), or a heading over it names the goal ('Mål för 2026', '1.1 Syfte') in a document that
    names the thing. Not a compound of the noun ('målgrupp', 'måluppfyllelse'), nor 'de nationella målen' of a text
    about something else (review 23: 'Vad är målet för digitaliseringen?' got another document's line)."""
    label = unit.sub_heading
    heads = [unit.chunk.heading_path[-1] if unit.chunk.heading_path else "", label.text if label else ""]
    said = rf"\b{stem}(?:e|et|en|ar|ade|s)?\b"
    thing = frozenset(t for t in asked if not t.startswith(stem))
    if not thing:
        return any(re.search(said, fold(t)) for t in [unit.text, *heads])
    own = frozenset(tokenize(" ".join([unit.text, label.text if label else ""])))
    if re.search(said, fold(unit.text)) and thing & own:
        return True
    document = own | unit.context_terms | frozenset(tokenize(" ".join([unit.chunk.title, *unit.chunk.heading_path])))
    return any(re.search(said, fold(h)) for h in heads) and bool(thing & document)
