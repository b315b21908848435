"""Whether a figure's own line is of the thing the question counts or measures, or of the row it asks for.

scope.line_details reads the details a figure question sets (year, group, age band, named place) in the figure's own
line; it does not read WHAT the figure is of. So 'Hur många elever spelade fiol …?' over a table of ämnen without a
fiol row was answered with another row, and 'Och hur många fick det läsåret innan?' after an avgiftsbefrielse answer
was answered with the kö table's row for that year: a sibling of the asked thing (another row of the same table,
another measure of the same document) stood in for it.

Here the question's thing words are its rare words (lexicon.ROW_WORD_MAX_ZIPF: 'fiol', 'avgiftsbefrielse',
'personalomsättningen'; not frame words such as 'elever', 'fick', nor names, years, gender, age or measure words,
nor words that frame the figure, lexicon.THING_FRAME_RE, nor verbs, lexicon.THING_VERB_END_RE, nor units). A figure
line names one where its row label, column names, caption, headings, its sentence or the one before, its document's
title or file name holds it: the word's stem, a part of the compound ('pianolektioner' over the row 'Piano') or the
everyday word's document word (lexicon.EVERYDAY_TERMS). A thing word counts only on positive evidence that the figure
is of something else: the figure's document never uses it (for a table's row, whose labels are the things the table
counts; for a sentence only where it names another row's label, or where no document uses the word at all and a
table's rows are among the best figures: a sentence may say the thing in other words than the asker's, tune NM13,
NM18), or another of the best figure lines, or a sentence of the document with a figure, names it, and the document
names it in few sentences (it gives it as a figure of its own, not as its topic: the sibling is not it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant import lexicon as lex
from assistant.grounding.question import Question, _zipf, counted_noun, everyday_forms
from assistant.grounding.scope.absent_rows import LABEL_ROWS, AbsentRow, _labels
from assistant.grounding.scope.subjects import file_name_words
from assistant.grounding.selection.scored import Scored
from assistant.grounding.statkind import figure_line
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, table_caption, table_rows, units_of
from assistant.schema import Chunk

# How many of the best figures are searched for the table whose rows the refusal names.
TABLE_POOL = 6
# The fewest letters a question's word and a line's word must open alike in to be one word or compound part.
PART_LETTERS = 4


@lru_cache(maxsize=4096)
@lru_cache(maxsize=1)
def _item_frame_stems() -> frozenset[str]:
    return frozenset(t for w in lex.ITEM_FRAME_WORDS for t in tokenize(w))


def thing_words(question: Question) -> list[tuple[str, str]]:
    """The question's words naming the thing counted or the row asked, each with its stem (module doc).

    >>> from assistant.grounding.question import analyse
    >>> [w for w, _ in thing_words(analyse("Hur många elever spelade fiol i Siljeby kulturskola läsåret 2024/25?"))]
    ['fiol', 'kulturskola']
    """
    from assistant.grounding.scope.line_details import gender_sides

    if question.date:
        return []  # (a date asked is of an event, told in its own words: scope.periods and the day rules read it)
    out: list[tuple[str, str]] = []
    text = question.cue_text
    for m in re.finditer(r"[^\W\d_][\w-]*", text):
        word = m.group(0)
        if word[:1].isupper() or len(word) < PART_LETTERS or "-" in word:
            continue  # (a name is line_details' own detail; 'F–3', 'IT-tekniker' are read as they stand)
        stems = tokenize(word)
        if len(stems) != 1 or len(stems[0]) < PART_LETTERS - 1:
            continue
        stem = stems[0]
        if gender_sides(word) or lex.SUPERLATIVE_RE.match(word) or _zipf(word.lower()) >= lex.ROW_WORD_MAX_ZIPF:
            continue
        if lex.THING_FRAME_RE.match(fold(word)) or lex.THING_VERB_END_RE.search(fold(word)):
            continue
        if fold(word) in lex.COUNT_ABBREVIATIONS:
            continue  # a unit the figure is given in ('högskolepoäng', written '7,5 hp': tune KD17), not its thing
        if lex.SPELT_NUMBER_RE.fullmatch(word) or stem in _item_frame_stems() or fold(word).startswith(
                tuple(f for f in lex.ITEM_FRAME_WORDS if len(f) >= lex.ROW_HEAD_LETTERS)):
            continue  # a number spelt out, a word pointing at a line ('sjuhundra', 'beloppet', 'posten')
        out.append((word, stem))
    return out


def _line_text(unit: Unit) -> str:
    """A figure's own line with what says what it is: the sentence (and the one it goes on from in its paragraph),
    a row's caption, column names and label, its list intro or heading and the headings over it."""
    units = units_of(unit.chunk)
    before = [u.text for u in units[max(0, unit.seq - 1): unit.seq]
              if u.kind == "sentence" and unit.kind == "sentence" and u.line == unit.line]
    c = unit.chunk
    # (the unit's own headings, not its chunk's: a chunk may run over two sections, 'Kö' and 'Avgiftsbefrielse')
    return " ".join([*before, unit.text, figure_line(unit), unit.context(), *unit.heading_path,
                     unit.section_heading, c.title, file_name_words(c.source)])


def _words(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[^\W\d_]+", text)}


def line_names_word(words: set[str], word: str, stem: str, parts: bool = True) -> bool:
    """Whether a line's folded words name a question's word: one opens with the other's stem (an inflection, a
    compound opening with it: 'avgiftsbefrielse' in 'avgiftsbefrielsen'; 'piano' in 'pianolektioner'), or one
    holds it whole (a compound ending with it: 'skolsjuksköterskan'), or the line holds the everyday word's document
    word. Without `parts`, a line word that is only the opening part of the question's compound does not name it
    (the 'Vinter' column is no 'vinterresor').

    >>> line_names_word({"piano", "gitarr"}, "pianolektioner", "pianolektion")
    True
    >>> line_names_word({"piano"}, "fiol", "fiol")
    False
    >>> line_names_word({"skolsjukskoterskan"}, "sjuksköterskan", "sjukskoterska")
    True
    """
    folded = fold(word)
    # (an everyday word's document words by their stems: 'städarna' is 'lokalvårdarna', the row 'Lokalvårdare')
    forms = {f for f in (stem, *(t for e in everyday_forms(word) for t in tokenize(e))) if len(f) >= 2}
    return any(w.startswith(form) or (len(form) >= lex.ROW_HEAD_LETTERS and form in w)
               # (an inflection of the line's word: 'sjukfrånvaron' of 'Sjukfrånvaro')
               or (len(w) > lex.ROW_HEAD_LETTERS and form.startswith(w) and len(form) - len(w) <= 2)
               or (parts and len(w) >= PART_LETTERS and folded.startswith(w))
               # (a compound's head: 'högstadielärare' is of the row 'Lärare åk 7–9')
               or (parts and len(w) >= lex.ROW_HEAD_LETTERS and folded.endswith(w)) for w in words for form in forms)


def unnamed_thing(question: Question, pool: Sequence[Scored], wider: Sequence[Scored],
                  document_text: Callable[[Chunk], str] | None, corpus_text: str = "") -> Callable[[Unit], str | None]:
    """A test of a figure line: the first thing word (as asked) it does not name, where that word counts (module
    doc: its document lacks it, or a line among `pool` or `wider` names it); None where it names them all.
    `corpus_text`: all documents' text, folded; a sentence is no line of a word no document uses at all."""
    things = thing_words(question)
    if not things or document_text is None:
        return lambda unit: None
    docs: dict[str, set[str]] = {}

    def doc_words(chunk: Chunk) -> set[str]:
        key = chunk.path or chunk.source
        if key not in docs:
            docs[key] = _words(document_text(chunk)) | _words(f"{chunk.title} {file_name_words(chunk.source)}")
        return docs[key]

    lines = {id(s.unit): _words(_line_text(s.unit)) for s in [*pool, *wider]}
    counted_word = counted_noun(question.cue_text)  # ('verksamheter' of 'hur många olika verksamheter …': tune G26)
    given = {word for word, stem in things
             if any(line_names_word(ws, word, stem, parts=False) for ws in lines.values())}
    counted: dict[tuple[str, str], dict[str, int]] = {}

    def in_document(chunk: Chunk) -> dict[str, int]:
        """How many of the document's sentences name each thing word (by its stem), and of those, the words a
        sentence with a figure names (under the key's second item 'figure')."""
        key = (chunk.path or chunk.source, "")
        if key not in counted:
            said: dict[str, int] = {}
            with_figure: set[str] = set()
            for sentence in lex.THING_SENTENCE_SPLIT_RE.split(document_text(chunk)):
                ws = _words(sentence)
                for word, stem in things:
                    if line_names_word(ws, word, stem, parts=False):
                        said[word] = said.get(word, 0) + 1
                        if re.search(r"\d", sentence):
                            with_figure.add(word)
            counted[key] = said
            counted[(key[0], "figure")] = {w: 1 for w in with_figure}
        return counted[key]

    # (the best figures hold a table's rows: the question is of the things a table counts; a sentence naming one of
    # their labels, 'Innebandy har flest timmar …', is of that row's thing)
    tables = {id(rows[0]): rows for s in pool if s.unit.kind == "row" and (rows := table_rows(s.unit))}
    tabled = bool(tables)
    label_words = [w for rows in tables.values() for _, label in _labels(rows)
                   for w in re.findall(r"[^\W\d_]{4,}", label) if fold(w)[:5] not in lex.LINE_MEASURE_STEMS]
    labels = {fold(w) for w in label_words}
    # (a label's everyday word, 'andel', 'tiden', is in many a sentence of other things: only the rarer ones tell a
    # sentence of that row; tune DX07)
    rare_labels = {fold(w) for w in label_words if _zipf(w.lower()) < lex.ROW_WORD_MAX_ZIPF}

    def test(unit: Unit) -> str | None:
        own = lines.get(id(unit)) or _words(_line_text(unit))
        doc = doc_words(unit.chunk)
        said = in_document(unit.chunk)
        with_figure = counted[(unit.chunk.path or unit.chunk.source, "figure")]
        # (of the words the document uses, only the one it says least often is the thing asked: a word it says
        # throughout, 'brukarna' in a report on hemtjänst, 'kulturskolan' in one on the kulturskola, is its topic)
        rarest = min((said[w] for w, _ in things if w in said), default=0)
        # (a line naming one of the asked things is of the thing asked, though another asked word qualifies who is
        # counted or is the asker's own word: 'heltid' among the 'tillsvidareanställda' is the 'Heltidsanställda' row,
        # not a sibling of the 'Tillsvidareanställda' row; 'hushåll' on 'socialbidrag', the document's
        # försörjningsstöd; tune VB03, SA06)
        if any(line_names_word(own, word, stem)
               and (0 < said.get(word, 0) <= lex.THING_MOST_SENTENCES or fold(word) == counted_word)
               for word, stem in things):
            return None  # (not by the document's topic word, which every line's headings name: 'kulturskolan')
        for word, stem in things:
            if line_names_word(own, word, stem):
                continue
            if not line_names_word(doc, word, stem):
                if line_names_word(labels, word, stem):
                    continue  # a row of the best figures' tables is of it ('högstadielärare': 'Lärare åk 7–9')
                # (a sentence naming one row's label is of that row; one naming several is of the set they make up:
                # 'fler män söker arbete som förskollärare och barnskötare' of the staff; tune DX07)
                if unit.kind == "row" or len(rare_labels & own) == 1 or (
                        tabled and corpus_text and not re.search(rf"\b{re.escape(stem)}", corpus_text)):
                    return word  # the document never names it: no row of its table is of the thing
                # (a sentence may be of it in other words: an asker's word the document does not use but another
                # does is no evidence that the sentence is of something else; tune sets 3x)
                continue
            # (a sentence of a sibling is no evidence the thing's own line is missing: the row that names it may lie
            # outside the best figures, 'Lärare åk 7–9' for 'högstadielärare' beside a sentence on förskollärare;
            # test_wrong_refusals35)
            if unit.kind == "row" and said.get(word, 0) == rarest and rarest <= lex.THING_MOST_SENTENCES \
                    and (word in given or word in with_figure):
                return word  # another figure line of the document is of it: this one is of a sibling
        return None

    return test


def thing_gap(word: str, question: Question, figures: Sequence[Scored]) -> AbsentRow | None:
    """The refusal's matter where the best figure is a row of a table with labelled rows: the asked thing (with the
    period asked, where one is: 'avgiftsbefrielse 2023/24') and the table's rows, to be named as what it has
    ('Underlaget har inga uppgifter om fiol. Tabell 1 har bara raderna Piano, Gitarr, …'); None where no table
    is among them."""
    # (the best figure's table, else the first table among the best figures whose rows are labelled by words: the
    # things it counts, 'Piano, Gitarr, …', not the läsår of a kö table)
    best = figures[0].unit if figures else None
    if best is None:
        return None
    tables = [table_rows(s.unit) for s in figures[:TABLE_POOL] if s.unit.kind == "row"]
    worded = [rows for rows in tables
              if sum(bool(re.search(r"[^\W\d_]{3}", label)) for _, label in _labels(rows)) >= LABEL_ROWS]
    if best.kind == "row":
        rows = table_rows(best)
    elif worded:
        rows = worded[0]
    else:
        return None
    labelled = _labels(rows)
    if len(labelled) < LABEL_ROWS - 1:
        return None
    caption = table_caption(rows)
    shown = [caption] if caption is not None else []
    periods = [m.group(0) for m in lex.PERIOD_YEAR_RE.finditer(question.cue_text)]
    asked = " ".join([word, *dict.fromkeys(periods)])
    return AbsentRow(asked, [label for _, label in labelled], [*shown, *rows],
                     " ".join(caption.text.split()).rstrip(".:") if caption is not None else "")
