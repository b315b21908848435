"""The `fraga` answer without a language model: the unit, list or figure that answers, first, with exact citations.

Selection and the refusal decision are made before this (grounding/selection/,
grounding/scope/), for every backend; this module only writes them out in Swedish.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook, markers
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.extractive.absent_rows import absent_row_lines
from assistant.generation.extractive.asks import beside_written, by_asks, not_given
from assistant.generation.extractive.rowpairs import compared_rows
from assistant.generation.extractive.tables import (
    asked_cells,
    asked_table,
    caption_of,
    cell_sentence,
    cite_table,
    claim_against_cell,
    computed_difference,
    extreme_row,
    header_rows,
    labelled_row,
    table_named,
    write_table,
)
from assistant.generation.wording import agent_question, indirect_question, listed
from assistant.grounding.claims import claim_held, claim_of, figures_differ, other_doer
from assistant.grounding.counts import count_text, counts_the_asked_deed
from assistant.grounding.definition import defines, names_definiendum
from assistant.grounding.grades import asked_grades, grades_phrase, spoken_grades, unit_grades
from assistant.grounding.picks import Pick
from assistant.grounding.question import Question, Subject, has_finite_verb, owned_phrase, verb_form
from assistant.grounding.scope import Verdict, dated_by, is_place, other_place, topic_phrase, where_figures_are
from assistant.grounding.scope.gaps import own_records, stated_gap
from assistant.grounding.scope.refusal_focus import document_key
from assistant.grounding.selection import (
    FRAGMENT_WORDS,
    ListCandidate,
    Scored,
    Selection,
    list_kinds,
    names_row,
    of_another_kind,
    subject_is_covered,
    table_of,
)
from assistant.grounding.table_years import table_years
from assistant.index.lexical import fold, tokenize, word_list_terms
from assistant.index.units import (
    ITEM_PREFIX_RE,
    Unit,
    all_questions,
    drop_note_marks,
    intro_antecedent,
    items_led_by,
    lead_in,
    lines_led_by,
    list_intro,
    list_of,
    parent_item,
    quote_of,
    quoted_text,
    row_cells,
    split_sentences,
    units_of,
)

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend

# A written part that ends with its citation marker ('… 29 procent. [1]'); one without stands before more of the same
# lines, which the marker after them cites.
_CITED_END_RE = re.compile(r"\[\d+\]\s*$")
# A list of another kind than asked needs an item scoring this share of the best statement's score.
ITEM_COMPETE = 0.8
# The fewest words of a sentence leading into a list (a shorter line ending in ':' is a heading, 'Insatser:').
LEAD_WORDS = 5
# A list this short is quoted whole when one of its items, saying little alone, best answers a fact question.
SHORT_LIST = 8
# The word overlap below which an item says little without its list's intro.
ITEM_ALONE = 0.1
# A question answered in prose by a statement gets the best sentence's paragraph when it is this short (in words),
# up to this many sentences in all: a short paragraph develops one point, and the sentence closest to the
# question's words often only names the topic ('… elevdatorer inte fungerar …', 'Innehållet kan bli nytt …')
# while the sentences around it give what is asked (the measures, the reasons, the 'men …'). The answer still opens
# with the best sentence: only a list's and a reason's paragraph is quoted from its start (the reason often stands
# before what it explains); a 'how', a fact or a yes/no takes what follows it ('Och för pojkarna?' is not answered
# 'Andelen flickor …' first). A figure, a definition or a person is asked for alone (facts20).
PARAGRAPH_WORDS = 120
PARAGRAPH_MOST = 4
PARAGRAPH_TYPES = ("list", "how", "fact", "cause", "yesno", "consequence", "evaluation")
# (a consequence is said after what it follows from, and its answer opens with it: see _consequence_in_paragraph)
PARAGRAPH_AFTER_ONLY = ("how", "fact", "yesno", "consequence", "evaluation")
# The share of the best unit's score a list of the asked kind in the same chapter needs to answer a list question.
LIST_VS_UNIT = 0.75
# How many sentences that carry on from the best one in a chain ('Denna fas …', 'Därtill …') are quoted with it;
# a figure, a definition or a yes/no takes only the first (the rest is more than was asked).
CONTINUATIONS = 3
CHAIN_TYPES = ("list", "how", "fact", "cause", "consequence", "evaluation")
# How many statements an answer of each type quotes (the first one answers; the rest support it, sharing the
# question's own words). One more than each type strictly needs: measured on both halves of `jamplan eval
# answers`, the passage that answers is quoted more often (held-out 0.716 -> 0.737) and more required facts are
# named (0.642 -> 0.676).
_SENTENCES = {"number": 3, "definition": 3, "cause": 4, "yesno": 3, "who": 3, "fact": 4, "list": 4, "how": 4,
              "consequence": 4, "evaluation": 4}
# Questions a whole list answers: an item chosen for them is written with the rest of its list, and the best
# statement with the list it leads into ('… hur ni kan involvera målgruppen. Här är tips på hur ni kan göra:').
WHOLE_LIST_TYPES = ("list", "how", "evaluation")
LED_LIST_TYPES = ("list", "how", "fact", "evaluation")
# Questions whose best item is written with its short list when that list, as a whole, outscores it
# (see _list_of_top_item).
WHOLE_LIST_FACT_TYPES = ("fact",)
# How many lines after the best statement the list it leads into may start (an intro line and blank lines between).
LED_LIST_GAP = 5
# The best statement leads into its own list, and another list of the asked kind scores higher as a list: that other
# list answers only when its intro is about as close to the question as the best statement (this share of its score).
LED_CLEARLY_CLOSER = 1.3
# 'Vilka av X <condition>?': a statement on the condition among this many of the best passes over a list of all of X.
WHICH_OF_POOL = 8
# A supporting statement (not the best) is written with the list its paragraph leads into when it scores this share
# of the best one's score.
LED_SUPPORT = 0.8
# The answer types a question about a table may have to be answered with the whole table ('Vad står det i tabell
# 1?', 'Vad visar tabellen om …?'); a figure asked of a table ('Hur många pojkar … enligt tabell 1?') is its row.
TABLE_ANSWER_TYPES = ("fact", "list")
# A definition question's answer opens with a close statement that defines the asked term (scoring this share of the
# best one) when the best one only names it (grounding/definition.py: the strict test).
DEFINING_SHARE = 0.6
# A table's row asked how a figure changed: the report's sentence stating the change is looked for among this many of
# the best units, and must name at least this many of the question's terms (the measure and the group or year).
STATED_CHANGE_POOL = 16
STATED_CHANGE_TERMS = 2
# A statement scoring at least this share of the best one's score (and no more than it) is a near tie: it is quoted
# too, right after the best one (see _near_tie). Looked for among the first NEAR_TIE_POOL of the evidence.
NEAR_TIE = 0.9
NEAR_TIE_POOL = 6
# A yes/no question is answered 'Ja' or 'Nej' only by a statement holding this much of the question's own words
# (idf-weighted): 'Det är vanligare att pojkar utsätts för hot …' says nothing of 'anti-plugg-attityd'.
YESNO_OVERLAP = 0.4


@dataclass
class Written:
    text: str
    grounded: bool


def answer(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`fraga`: the unit, list or figure that answers, first; or a precise refusal."""
    del backend  # selection and the verdict were made in the service, for every backend alike
    assert turn.question is not None and turn.selection is not None and turn.verdict is not None
    if turn.pick is not None:
        written = write_pick(turn.pick, book)
    elif turn.verdict.answer:
        written = write_answer(turn.question, turn.selection, turn.verdict, book)
    else:
        written = write_refusal(turn.question, turn.verdict, turn.selection, book)
    return BackendResult(text=written.text, grounded=written.grounded)


def write_pick(pick: Pick, book: CitationBook) -> Written:
    """The previous answer's items a follow-up picked, each cited to its own lines again; when it picked by words
    no item speaks of, it says so (and that it looked only in the list just given)."""
    if not pick.items:
        return Written(f"Ingen av punkterna i mitt förra svar handlar om ”{pick.about}”. Ställ gärna frågan på nytt "
                       "med fler ord, så söker jag i hela underlaget.", grounded=False)
    lead = (f"Av punkterna i mitt förra svar handlar {'den här' if len(pick.items) == 1 else 'de här'} om "
            f"”{pick.about}”:" if pick.about else "Punkterna i mitt förra svar:")
    lines = [f"- {ITEM_PREFIX_RE.sub('', ' '.join(_clean(u) for u in units))}{markers([cite_units(book, units)])}"
             for units in pick.units]
    return Written("\n".join([lead, *lines]), grounded=True)


# How many lines apart two 'Name, role' lines may stand and still be one block (a foreword's signatures, a contact
# list): blank lines between them are not counted.
ROLE_BLOCK_LINES = 4


def _with_same_role_lines(picked: list[Scored]) -> list[Scored]:
    """`picked` with, right after a line naming a person and their role ('Josefin Brüde Sundin, Projektledare'), the
    lines beside it naming others in the same role ('Lasse Jonsson, Projektledare'): a question of who held the role
    is answered by all of them, not by the one that scored best."""
    out = list(picked)
    have = {s.unit.unit_id for s in picked}
    for s in picked:
        title = _role_title(s.unit.text)
        if not title:
            continue
        block = [u for u in units_of(s.unit.chunk) if u.unit_id not in have and
                 abs(u.start_line - s.unit.start_line) <= ROLE_BLOCK_LINES and _role_title(u.text) == title]
        if block:
            at = out.index(s)
            before = [Scored(u, s.score, 0.0, 0.0) for u in block if u.start_line < s.unit.start_line]
            after = [Scored(u, s.score, 0.0, 0.0) for u in block if u.start_line > s.unit.start_line]
            out = [*out[:at], *before, s, *after, *out[at + 1:]]
            have.update(u.unit_id for u in block)
    return out


def _role_title(text: str) -> str:
    """The title of a 'Name, role' line, lower case ('projektledare'); '' for any other line."""
    m = lex.NAME_ROLE_LINE_RE.match(text.strip())
    return m.group("title").lower() if m is not None and lex.names_person_in_role(text) else ""


def cite_unit(book: CitationBook, unit: Unit) -> int:
    return book.cite(unit.chunk, unit.start_line, unit.end_line, quote_of(unit))


def cite_units(book: CitationBook, units: Sequence[Unit]) -> int:
    """One citation spanning consecutive units of one chunk (a list, a table)."""
    first, last = min(u.start_line for u in units), max(u.end_line for u in units)
    return book.cite(units[0].chunk, first, last, "; ".join(quote_of(u) for u in units))


# The share of a list's items already written in the answer above which it is the same list again.
REPEATED_LIST_SHARE = 0.8


def write_answer(question: Question, selection: Selection, verdict: Verdict, book: CitationBook) -> Written:
    """Answer first, then support; a list when the question asks for one and a fitting list exists. Lättläst asks
    for the same answer (the service rewrites it, `easy.easy_text`): easy Swedish keeps every fact."""
    evidence = verdict.evidence
    lead = [lex.ENGLISH_NOTE] if question.language == "en" else []
    top = evidence[0]
    if question.answer_type in TABLE_ANSWER_TYPES and (rows := asked_table(question.cue_text, evidence)):
        table = write_table(rows, book, _clean)
        if table is not None:  # 'Vad står det i tabell 1?': the whole table, each figure with its column names
            return Written("\n".join([*lead, *table]), True)
    chosen_list = _list_to_use(question, selection.best_list, top, evidence)
    passed_over: set[str] = set()  # the items of the best list, when it is of another kind than asked
    if chosen_list is None and (fitting := _fitting_instead(question, selection)) is not None:
        chosen_list = _list_to_use(question, fitting, top, evidence)
        passed_over = {u.unit_id for u in selection.best_list.items} if selection.best_list else set()
    led = _led_list(question, top.unit, selection)[1] if chosen_list is not None else []
    if led and led[0].unit_id in passed_over:
        led = []  # the best statement leads into the list of another kind just passed over: it does not answer
    if chosen_list is not None and led and not (
            chosen_list.series and led[0].unit_id in {u.unit_id for u in chosen_list.items}) \
            and not _fits_better_than(chosen_list, led, selection, top):
        chosen_list = None  # the best statement leads into its own list: that one answers, written with it
        # (unless that list is the first part of a numbered series asked for whole: 'Mål 1 …', 'Mål 2 …')
    if chosen_list is not None and _in_our_voice(question, top.unit):
        chosen_list = None  # 'Hur arbetar vi …?' answered by the plan's own 'Vi har anställt …': that stays first
    if chosen_list is not None and not chosen_list.inline:
        items = _in_asked_state(question, chosen_list.items)
        body = _write_list(replace(chosen_list, items=items), book)
        # 'Hur följer skolan upp …, och när?': a part the list does not answer is answered beside it, or said missing
        extra, missing = beside_written(question, items, evidence)
        body += [f"{_clean(u)}{markers([cite_unit(book, u)])}" for u in extra]
        body += [not_given(question, i) for i in missing]
        return Written("\n".join([*lead, *body]), True)
    n = _SENTENCES.get(question.answer_type, 3)
    picked = _pick_sentences(question, evidence, n)
    if question.answer_type == "yesno":
        picked = _statement_first(picked)
    reply = _direct_reply(picked[0].unit) if question.answer_type == "yesno" else None
    if reply is not None:  # 'Måste vi filma barnen?' is answered 'Nej. Ni kan …', then what else the section says
        picked = [Scored(reply, top.score, 0.0, 0.0),
                  *(s for s in picked if s.unit.unit_id != reply.unit_id)][:n]
    if top.unit.role == "note" and selection.marked is not None:
        # A note says what a word of another sentence means: that sentence follows it, so the answer shows where the
        # word stands (and a follow-up can ask on about it).
        picked = [top, Scored(selection.marked, top.score, 0.0, 0.0),
                  *(s for s in picked[1:] if s.unit.unit_id != selection.marked.unit_id)][:max(n, 2)]
    if chosen_list is not None and chosen_list.inline and chosen_list.items[0] not in [s.unit for s in picked]:
        picked = [Scored(chosen_list.items[0], chosen_list.score, 0.0, 0.0), *picked][:n]
    picked = _with_same_role_lines(picked)
    picked = _without_dangling_lead(question, picked, selection)
    if chosen_list is not None and chosen_list.inline and (more := _enumeration_goes_on(chosen_list, selection)):
        # 'Några viktiga aktörer … är förskolor, fritidsgårdar … och bibliotek. Det kan även finnas relevanta
        # befintliga forum så som SSPF …': the paragraph's next sentence names more of them; it is quoted right
        # after (tune L01), in place of the last supporting statement.
        at = next(i for i, p in enumerate(picked) if p.unit.unit_id == chosen_list.items[0].unit_id) + 1
        rest = [p for p in picked if p.unit.unit_id != more.unit_id]
        picked = [*rest[:at], Scored(more, chosen_list.score, 0.0, 0.0), *rest[at:]][:max(n, at + 1)]
    if table_header(top.unit) is not None and top in picked:
        picked = _table_answer(question, top, picked)
    # 'Vem ska utreda X, och när ska det vara klart?': each ask's unit first, in the order asked (grounding's asks)
    def written_with(unit: Unit) -> list[Unit]:  # the list the answer writes with a unit it quotes
        s = next((p for p in picked if p.unit.unit_id == unit.unit_id), None)
        whole = (_whole_list(question, s, picked, top, selection) or _list_of_top_item(question, s, top, selection)) \
            if s is not None else []
        return [*_led_list(question, unit, selection)[1], *_items_after(unit, selection), *whole]

    picked, missing = by_asks(question, picked, evidence, written_with)
    if not missing:
        picked = _reason_list_first(question, picked, top, selection)
    parts: list[str] = []
    written: set[str] = set()  # the units of the lists written whole, with their intros
    written_items: set[str] = set()  # the text of those lists' items: a document that repeats a list has it once
    said: set[str] = set()  # the sentences quoted as statements: a document that repeats one has it quoted once
    row = next((s.unit for s in picked if table_header(s.unit) is not None), None)
    if row is not None and (extreme := extreme_row(question.cue_text, rows := table_of(row),
                                                  [a.text for a in question.asks[1:]])) is not None:
        # 'Vilken skola har störst skillnad …?': the row is found over the whole table, which is cited, and said
        # first, whichever row or statement retrieval ranked best (trial 28)
        written.update(u.unit_id for u in rows)
        parts.append(f"{extreme}.{markers([cite_table(rows, book)])}")
    elif row is not None and (pair := compared_rows(question.cue_text, [s.unit for s in picked])) is not None:
        # 'Hur har andelen … utvecklats från 2023 till 2024?': both rows' values of the asked column and the
        # difference, first, before the rows themselves (rowpairs)
        parts.append(f"{pair[:1].upper()}{pair[1:]}.{markers([cite_table(table_of(row), book)])}")
    answered_cell = False
    for s in picked:
        if s.unit.unit_id in written:
            continue  # an item (or the intro) of a list already written whole
        if answered_cell and _other_table(s.unit, top.unit):
            continue  # the asked cell is said: another table's caption or row answers nothing of the question
        header = table_header(s.unit)
        items = _items_after(s.unit, selection) if header is None else []
        if items and s is not top and question.answer_type == "list" and \
                of_another_kind(question.cue_text, s.unit.text):
            continue  # 'Använd följande frågor …:' and its questions do not answer 'Vilka aktörer …?' (tune L01)
        if items and (condition := _which_of_condition(question)) and not _meets(condition, [s.unit, *items]) and \
                _meets(condition, [p.unit for p in picked if p is not s]):
            continue  # 'Planen har fyra mål:' and the goals do not say which are judged unmet (blind22 VB08)
        rest, led = _led_list(question, s.unit, selection) if header is None and not items and (
            s is top or s.score >= LED_SUPPORT * top.score) else ([], [])
        if led and led[0].unit_id in written:
            rest, led = [], []  # two statements that lead into one list: it is written once, after the first
        whole = [] if led else (_whole_list(question, s, picked, top, selection)
                                or _list_of_top_item(question, s, top, selection))
        if whole and whole[0].unit_id in written:
            whole = []
        if led or whole:
            # The list the question asks for, whole and with its intro, not the few items that scored best; or a
            # close statement with the rest of its paragraph and the list it leads into.
            listed = led or whole
            intro = list_intro(listed[0])
            written.update(u.unit_id for u in (*listed, *rest, *([intro] if intro is not None else [])))
            keys = {_key(u.text) for u in listed}
            if keys and len(keys & written_items) >= REPEATED_LIST_SHARE * len(keys):
                # the same list again, from another place in the document: the statement leading into it stays
                if led and not s.unit.is_label:
                    parts.append(f"{_clean(s.unit)}{markers([cite_unit(book, s.unit)])}")
                continue
            written_items.update(keys)
            block = _list_block(book, listed, opening=[s.unit, *rest] if led else [])
            parts.append(block)
            continue
        if header is not None:
            # A table row means little without its column names: "Totalt: Flickor 35, Pojkar 46, Totalt 81"; the
            # answer's own row also says which table it is of, and the figure asked for first ('Pojkar 2024: 80 %').
            caption = caption_of(table_of(s.unit)) if s is top else None
            quoted = [*([caption] if caption is not None else []), *header_rows(s.unit), s.unit]
            number = book.cite(s.unit.chunk, quoted[0].start_line, s.unit.end_line,
                               "; ".join(quote_of(u) for u in quoted))
            said_cell = cell_sentence(question.cue_text, header_rows(s.unit), s.unit) \
                if s is top and question.answer_type == "number" else None
            if s is top and question.answer_type == "yesno":
                # 'Stämmer det att andelen … var 40 % 2024?': 'Nej. Andel flickor 2024 var 27 % (Tabell 3), inte 40 %'
                said_cell = claim_against_cell(claim_of(question.cue_text) or question.cue_text,
                                               header_rows(s.unit), s.unit)
            answered_cell = answered_cell or said_cell is not None
            asked = asked_cells(question.cue_text, header_rows(s.unit), s.unit) \
                if s is top and question.answer_type == "number" and said_cell is None else None
            text = said_cell or asked or row_sentence(header, s.unit).rstrip(".")
            text = f"{text}." if said_cell is not None or caption is None else f"{text} ({table_named(s.unit)})."
            if (difference := computed_difference(question.cue_text, header_rows(s.unit), s.unit)) is not None:
                text = f"{text} {difference[:1].upper()}{difference[1:]}."  # 'Skillnaden är 22 procentenheter (…).'
        elif items:
            # A sentence that leads into a list ('Vidare lyfts tre faktorer fram:') is quoted with its list; a
            # nested one with the item it stands under, which names what it is about ('CAN-undersökningen').
            parent = parent_item(s.unit)
            opening = [parent, s.unit] if parent is not None and parent.seq == s.unit.seq - 1 else [s.unit]
            written.update(i.unit_id for i in items)
            here = [i for i in items if i.chunk.chunk_id == s.unit.chunk.chunk_id]
            carried = items[len(here):]  # carried on in the next chunk: cited there
            number = book.cite(s.unit.chunk, opening[0].start_line, (here or opening)[-1].end_line,
                               "; ".join([*(u.text for u in opening), *(i.text for i in here)]))
            # (nested items keep their nesting: '• Jämföraren – Kolada' over '• Behörighet och examen')
            text = "\n".join([": ".join(_clean(u).rstrip(":") for u in opening) + ":",
                               *(f"{'  ' * max(0, i.depth - 1)}- {_clean(i)}" for i in here)])
            if carried:
                text = "\n".join([f"{text}{markers([number])}", *_item_lines(book, carried, _clean)])
                parts.append(text)
                continue
        else:
            text = _clean(s.unit)
            sentences = split_sentences(text)
            fresh = [t for t in sentences if _key(t) not in said]
            if not fresh:
                continue  # a passage the document repeats word for word: quoted once
            decided = _decision_lead(s.unit)
            if decided is not None and decided.unit_id not in written:
                # 'att ge elevhälsochefen i uppdrag …,' is quoted with who decided it and when (trial 28)
                written.add(decided.unit_id)
                text = f"{_clean(decided).rstrip(': ')}: {text.rstrip(' ,;')}"
                number = book.cite(s.unit.chunk, decided.start_line, s.unit.end_line,
                                   f"{decided.text}; {s.unit.text}")
            elif len(fresh) < len(sentences):
                # '… till två dialoger per läsår. Den första dialogen …' after the same first sentence elsewhere in
                # the document: only what it adds is quoted
                text = " ".join(fresh)
                number = book.cite(s.unit.chunk, s.unit.start_line, s.unit.end_line, text)
            else:
                number = cite_unit(book, s.unit)
            said.update(_key(t) for t in sentences)
        if parts and parts[-1].endswith(markers([number])):
            parts[-1] = parts[-1][: -len(markers([number]))]  # two sentences of the same lines: one marker
        parts.append(f"{text}{markers([number])}")
    for i in missing:
        # a part the sources do not give is said so where its answer would stand, after the parts answered before it
        # (and after the rest of their lines, which one marker cites at their end)
        at = min(len(parts), sum(1 for j in range(i) if j not in missing))
        while 0 < at < len(parts) and not _CITED_END_RE.search(parts[at - 1]):
            at += 1
        parts.insert(at, not_given(question, i))
    if question.answer_type == "yesno" and parts and "\n" not in parts[0] and \
            picked[0].unit.kind in ("sentence", "item"):
        opening = yesno_lead(question, picked[0])
        parts[0] = opening + (parts[0] if opening in (lex.SOURCE_LEAD, lex.UNDECIDED_LEAD, lex.CONFIRMED_LEAD,
                                                      lex.CONTRADICTED_LEAD) else
                              _opening_case(parts[0], f"{picked[0].unit.chunk.text}\n{question.text}"))
    return Written("\n".join([*lead, _joined(parts)]), True)


def _other_table(unit: Unit, answer: Unit) -> bool:
    """Whether `unit` is a caption or a row of another table than the row `answer` (trial 29: 'Stämmer det att
    andelen … var 40 %?' answered by a row of Tabell 3 went on with the caption of Tabell 2)."""
    if unit.kind == "row":
        return unit.unit_id not in {r.unit_id for r in table_of(answer)}
    if not (lex.CAPTION_RE.match(unit.text) or lex.TABLE_LEAD_RE.match(unit.text)):
        return False
    own = caption_of(table_of(answer))
    return own is None or own.unit_id != unit.unit_id


def _verbless(unit: Unit) -> bool:
    """A short sentence with no verb: a title or heading line run on as a sentence ('Digitala workshops november
    2020'); not a reply ('Nej.')."""
    return unit.kind == "sentence" and unit.words <= FRAGMENT_WORDS and not has_finite_verb(unit.text) and \
        not lex.REPLY_OPENING_RE.match(unit.text)


def _statement_first(picked: list[Scored]) -> list[Scored]:
    """`picked` with the first statement that has a verb before the verbless lines that scored above it: a yes/no
    question is answered (and opened 'Ja, …', 'Nej, …', 'Underlaget säger: …') by a statement, not by the title of
    the invitation that shares its dates."""
    if not picked or not _verbless(picked[0].unit):
        return picked
    # (a statement of its own: scored by the question's words, not a question or a line brought with another one)
    at = next((i for i, p in enumerate(picked) if p.unit.kind in ("sentence", "item") and not _verbless(p.unit)
               and p.overlap > 0 and not p.unit.text.rstrip().endswith("?")), None)
    return picked if at is None else [picked[at], *picked[:at], *picked[at + 1:]]


def _direct_reply(unit: Unit) -> Unit | None:
    """The sentence opening with a reply word ('Nej. Ni kan lika gärna …') that answers the question line heading
    the passage `unit` stands in ('Måste vi filma barnen?' on a question-and-answer page), when it is not `unit`."""
    units = units_of(unit.chunk)
    above = next((u for u in reversed(units[:unit.seq]) if u.is_label), None)
    if above is not None and above.text.rstrip().endswith("?"):
        first = units[above.seq + 1] if above.seq + 1 < len(units) else None
    elif unit.section_heading.endswith("?"):  # the question is the chunk's own heading, no line of its text
        first = next((u for u in units if u.section_heading == unit.section_heading and not u.is_label), None)
    else:
        return None
    if first is None or first.kind != "sentence" or first.unit_id == unit.unit_id or \
            not lex.REPLY_OPENING_RE.match(first.text):
        return None
    return first


def yesno_lead(question: Question, best: Scored) -> str:
    """How the answer to a yes/no question opens: 'Nej, ' when the main clause of the statement that answers is
    negated, 'Ja, ' when it holds the question's verb (or one of its kind) without a negation, else 'Det framgår
    inte som ett rakt ja eller nej. Underlaget säger: ' (lexicon.UNDECIDED_LEAD: the statement answers, but not with
    a plain yes or no; or it holds too few of the question's words, under YESNO_OVERLAP, to say yes or no to all of
    it); a question asked in the negative or with alternatives 'Underlaget säger: '. A question that names a year
    or figure the statement gives otherwise opens 'Nej – underlaget säger: '; a claim ('Stämmer det att …?', 'Är det
    X som …?') the statement holds whole opens 'Ja – underlaget säger: ', one whose deed it gives another doer 'Nej –
    underlaget säger: ' (`claims`)."""
    asked = question.cue_text
    if lex.NEGATION_RE.search(asked) or lex.ALTERNATIVE_QUESTION_RE.search(asked):
        return lex.SOURCE_LEAD  # a question asked in the negative or with alternatives
    claim = claim_of(asked)
    if best.overlap >= YESNO_OVERLAP and figures_differ(claim or asked, best.unit.text):
        return lex.CONTRADICTED_LEAD  # 'fyra per läsår?' answered by '… två dialoger per läsår'
    main = lex.MAIN_CLAUSE_END_RE.split(" ".join(best.unit.text.split()), maxsplit=1)[0]
    if claim is not None:  # 'Stämmer det att …?': yes when the statement holds all the claim says
        if lex.NEGATION_RE.search(main):
            return lex.CONTRADICTED_LEAD if best.overlap >= YESNO_OVERLAP else lex.UNDECIDED_LEAD
        if claim_held(claim, best.unit):
            return lex.CONFIRMED_LEAD
        # 'Är det rektorn som ansvarar för X?' answered by 'Skolhuvudmannen ansvarar för X': another doer, a no
        return lex.CONTRADICTED_LEAD if best.overlap >= YESNO_OVERLAP and other_doer(asked, best.unit) else \
            lex.UNDECIDED_LEAD
    if best.overlap < YESNO_OVERLAP:
        return lex.UNDECIDED_LEAD  # a sentence about less than the question asks
    if lex.NEGATION_RE.search(main):
        return lex.NO_LEAD
    opener = lex.YESNO_QUESTION_RE.match(asked)
    if opener is None:
        return lex.SOURCE_LEAD
    verb = opener.group(1).lower()
    kind = next((k for k in lex.YESNO_VERB_KINDS if verb in k), frozenset({verb}))
    words = {w.lower() for w in re.findall(r"\w+", main)}
    return lex.YES_LEAD if words & kind else lex.UNDECIDED_LEAD


def _opening_case(text: str, context: str) -> str:
    """`text` to follow 'Ja, ' or 'Nej, ': its first word in lower case when `context` (its passage and the
    question) writes that word in lower case (a name such as 'Skolverket' keeps its capital)."""
    m = re.match(r"\w+", text)
    if m is None or not m.group(0)[:1].isupper() or (len(m.group(0)) > 1 and m.group(0).isupper()):
        return text  # an acronym keeps its capitals
    word = m.group(0)
    lower = word[:1].lower() + word[1:]
    if re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", context):
        return lower + text[len(word):]
    return text


def _whole_list(question: Question, s: Scored, picked: Sequence[Scored], top: Scored,
                selection: Selection | None = None) -> list[Unit]:
    """The whole list an item chosen for a list or 'how' question belongs to, when that list is the answer: the
    item is the best statement, or another item of its list was chosen too, or the list follows the best statement;
    empty otherwise (a stray item of another section's list, or for 'Hur kan vi …?' of a list of another kind than
    measures, stays one statement)."""
    unit = s.unit
    if question.answer_type not in WHOLE_LIST_TYPES or not unit.is_item:
        return []
    items = [i for i in list_of(unit) if i.role == "body"]
    if len(items) < 2:
        return []
    intro = list_intro(items[0])
    asks_ways = lex.HOW_TO_ACT_QUESTION_RE.match(question.cue_text) or lex.MEASURES_QUESTION_RE.match(question.cue_text)
    if intro is not None and (asks_ways or question.answer_type == "list") \
            and of_another_kind(question.cue_text, intro.text):
        # Example problems answer neither 'Hur kan vi minska …?' nor 'Vad kan vi göra åt …?'; follow-up questions
        # ('Förslag på uppföljning: Hur många pojkar tar del av läxhjälpen?') do not answer 'Vilka kan hjälpa till
        # med läxhjälp?', however many of the question's words an item shares (trial24 #1): the item stays one
        # statement, its list is not written whole.
        return []
    ids = {i.unit_id for i in items}
    others = sum(p.unit.unit_id in ids for p in picked)
    first = items[0]
    follows_top = first.chunk.source == top.unit.chunk.source and \
        0 <= first.start_line - top.unit.end_line <= LED_LIST_GAP
    return _continued(items, selection) if s is top or others >= 2 or follows_top else []


def _list_of_top_item(question: Question, s: Scored, top: Scored, selection: Selection) -> list[Unit]:
    """For a fact question best met by one item of a short list that, as a whole, fits better than that item alone
    (its heading or intro holds what the item lacks: 'Vad vill skolchefen gå vidare med på huvudmannanivå?' and the
    items under 'Arbetet framåt på huvudmannanivå'), the whole list: the item is one of the things asked for, not
    the answer. The supporting statements still follow. Empty otherwise ('Vad händer med tjejkvällarna?' is best
    met by the item naming them, and its list fits worse than that item)."""
    candidate = selection.best_list
    if question.answer_type not in WHOLE_LIST_FACT_TYPES or s is not top or not top.unit.is_item \
            or candidate is None or candidate.inline or candidate.gathered or candidate.score < top.score:
        return []
    items = [i for i in candidate.items if i.role == "body"]  # continued across a chunk boundary too
    if not 2 <= len(items) <= SHORT_LIST or top.unit.unit_id not in {i.unit_id for i in items}:
        return []
    return items


def _led_list(question: Question, unit: Unit, selection: Selection) -> tuple[list[Unit], list[Unit]]:
    """The list a statement leads into, with the rest of its paragraph: the list starts within LED_LIST_GAP lines
    after it in the same document (in its chunk or the next one); between them stand only the paragraph's further
    sentences, the last of which leads into the list (':'), or one intro line ending in ':'. Not a list introduced
    as another kind than asked ('Förslag på insatser' for 'Vilka aktörer …?'). Empty lists when there is none."""
    none: tuple[list[Unit], list[Unit]] = ([], [])
    if (question.answer_type not in LED_LIST_TYPES and question.answer_type not in lex.REASON_LIST_KINDS) \
            or unit.kind != "sentence" or unit.is_label:
        return none
    source = unit.chunk.path or unit.chunk.source
    after = [s.unit for s in selection.ranked
             if (s.unit.chunk.path or s.unit.chunk.source) == source
             and (s.unit.start_line > unit.end_line or (s.unit.chunk.chunk_id == unit.chunk.chunk_id
                                                         and s.unit.seq > unit.seq))
             and s.unit.start_line <= unit.end_line + LED_LIST_GAP]
    first = min((u for u in after if u.is_item), key=lambda u: (u.start_line, u.seq), default=None)
    if first is None:
        return none
    items = [i for i in list_of(first) if i.role == "body"]
    if len(items) < 2 or items[0].start_line != first.start_line:
        return none  # the statement stands before the middle of a list, not its start
    between: dict[str, Unit] = {}
    for u in sorted(after, key=lambda u: (u.start_line, u.seq)):
        if not u.is_item and (u.chunk.chunk_id != first.chunk.chunk_id or u.seq < first.seq) \
                and u.start_line <= first.start_line:
            between.setdefault(u.text, u)
    paragraph = [u for u in between.values() if u.chunk.chunk_id == unit.chunk.chunk_id and u.line == unit.line]
    others = [u for u in between.values() if u not in paragraph]
    if len(others) > 1 or any(not u.text.rstrip().endswith(":") for u in others) or (
            paragraph and not others and not paragraph[-1].text.rstrip().endswith(":")):
        return none  # a heading or another paragraph between: the list belongs to another passage
    intro = list_intro(items[0])
    if intro is not None and of_another_kind(question.cue_text, intro.text):
        return none
    if question.answer_type in lex.REASON_LIST_KINDS and not _lists_reasons(question, [*paragraph, *others, unit]):
        return none  # 'Vad sa de om orsakerna?' is answered by a list of causes, not by any list after the statement
    if (condition := _which_of_condition(question)) and not _meets(condition, [*items, *paragraph, *others, unit]):
        return none  # 'Planen har fyra mål:' and the goals do not say which of them are judged unmet (blind22 VB08)
    return [u for u in paragraph if u is not intro], _continued(items, selection)


def _reason_list_first(question: Question, picked: list[Scored], top: Scored, selection: Selection) -> list[Scored]:
    """For a cause or consequence question, the close statement that leads into a list of the causes or consequences
    asked for goes first: that list is the answer, the other statements support it ('Vad sa de om orsakerna?' is
    answered 'Exempel på skolrelaterade orsaker …: lärarbyten, …' before the report's general remarks; tune LQ24)."""
    if question.answer_type not in lex.REASON_LIST_KINDS:
        return picked
    for i, s in enumerate(picked):
        if i and s.score >= LED_SUPPORT * top.score and _led_list(question, s.unit, selection)[1]:
            return [s, *picked[:i], *picked[i + 1:]]
    return picked


def _lists_reasons(question: Question, lead: Sequence[Unit]) -> bool:
    """Whether the sentence leading into a list names it as the causes or consequences a cause or consequence question
    asks for ('Exempel på skolrelaterade orsaker som ungdomarna lyfter är många:'; lexicon.REASON_LIST_KINDS)."""
    kinds = set(lex.REASON_LIST_KINDS.get(question.answer_type, ()))
    closest = max(lead, key=lambda u: u.start_line * 1000 + u.seq, default=None)
    return closest is not None and bool(kinds & list_kinds(closest.text))


def _list_block(book: CitationBook, items: Sequence[Unit], opening: Sequence[Unit] = ()) -> str:
    """A list written whole: its opening statement (or its intro) cited, then its items, cited per chunk."""
    lines: list[str] = []
    intro = list_intro(items[0])
    lead = [*opening]
    if intro is not None and intro.unit_id not in {u.unit_id for u in lead}:
        # an intro that points back ('Den kan till exempel innehålla:') is written after the sentence it points to
        pointed = intro_antecedent(items[0])
        if pointed is not None and pointed.unit_id not in {u.unit_id for u in lead}:
            lead.append(pointed)
        lead.append(intro)
    if lead and all(u.is_label and not _clean(u).endswith((":", "?")) for u in lead):
        # A bare heading over the list ('Förslag på uppföljning') names what the items are; it is no statement of
        # the answer's, so it is written as the list's title, not cited as a line of its own (trial24 #17).
        lines.append(" – ".join(_clean(u).rstrip(":") for u in lead) + ":")
    elif lead:
        lines.append(" ".join(_clean(u) for u in lead) + markers([cite_units(book, lead)]))
    lines += _item_lines(book, items, _clean)
    return "\n".join(lines)


def _item_lines(book: CitationBook, items: Sequence[Unit], text: Callable[[Unit], str] = lambda u: u.text) -> list[str]:
    """A list's items, one line each with its nesting; the items of one chunk share one citation, on their last."""
    groups: list[list[Unit]] = []
    for item in items:
        if groups and groups[-1][-1].chunk.chunk_id == item.chunk.chunk_id:
            groups[-1].append(item)
        else:
            groups.append([item])
    lines: list[str] = []
    for group in groups:
        number = cite_units(book, group)
        for i, item in enumerate(group):
            indent = "  " * max(0, item.depth - 1)
            bullet = "" if ITEM_PREFIX_RE.match(item.text) and item.text[:1].isdigit() else "- "
            lines.append(f"{indent}{bullet}{text(item)}{markers([number]) if i == len(group) - 1 else ''}")
    return lines


def _joined(parts: Sequence[str]) -> str:
    """Sentences run on in one paragraph; a sentence with its list stands on lines of its own."""
    out, after_list = "", False
    for part in parts:
        is_list = "\n" in part
        out = f"{out}{chr(10) if is_list or after_list else ' '}{part}" if out else part
        after_list = is_list
    return out


def _list_to_use(question: Question, candidate: ListCandidate | None, top: Scored,
                 evidence: Sequence[Scored] = ()) -> ListCandidate | None:
    """The list candidate when it answers better than single units; `evidence` are the units the verdict let
    through (their section or document speaks of the question's named subjects)."""
    if candidate is None:
        return None
    if _whole_set_for_which_of(question, candidate, evidence or [top]):
        return None  # the plan's four goals do not say which of them are judged unmet: the statement that does answers
    if not candidate.kind_match and of_another_kind(
            question.cue_text, candidate.intro.text if candidate.intro else candidate.heading):
        return None  # a list of interventions does not answer a question about actors
    chunk = candidate.items[0].chunk
    admitted = {s.unit.unit_id for s in evidence}
    for subject in question.subjects:
        if subject.kind == "year" and subject.text in question.inherited_terms:
            continue  # a year a follow-up took over places the earlier topic, not this list
        # A name may be set for the whole section (the verdict admitted the list's units); a year must stand by it,
        # or be the time of its whole document (`_dated_by_its_document`).
        if subject_is_covered(subject, [chunk.text, chunk.heading_path_text, chunk.title]):
            continue
        if subject.kind == "year" and not _dated_by_its_document(subject, candidate, evidence):
            return None
        if subject.kind != "year" and not any(i.unit_id in admitted for i in candidate.items):
            return None
    if question.answer_type in ("how", "fact", "evaluation") and \
            candidate.items[0].chunk.source != top.unit.chunk.source:
        return None  # 'Vad gör kommunen …?': another document's list of measures does not answer for this one's
    if question.answer_type == "who" and candidate.items[0].chunk.source != top.unit.chunk.source and \
            lex.ROLE_SENTENCE_RE.search(top.unit.text):
        # 'Vem ansvarar för vad … inom utvecklingsområdet IT?' is answered by the plan's own 'Rektor ansvarar för …',
        # not by another document's list of actors who could take part (tune V03)
        return None
    if question.answer_type == "list" or (question.answer_type in ("how", "evaluation") and candidate.kind_match):
        # A list in another part of the document than the best unit (the next chapter's 'Mål och förväntade
        # effekter') must beat that unit; one in the same part may score a little lower than a single sentence.
        same_part = _part(candidate.items[0]) == _part(top.unit) or (
            candidate.gathered and top.unit.unit_id in {u.unit_id for u in candidate.items})
        if candidate.score < (LIST_VS_UNIT if same_part else 1.0) * top.score:
            return None
        if question.answer_type == "list" and not candidate.kind_match and not candidate.inline and \
                candidate.score < top.score and top.unit.kind == "sentence" and \
                top.unit.unit_id not in {u.unit_id for u in candidate.items} and \
                not _items_compete(candidate, top, evidence):
            # A list not introduced as the kind asked, scoring below the best statement, with no item nearly as
            # close as that statement: the statement names what is asked ('… har inspiration och stöd hämtats från
            # … projekt #jagmed, PlugIn …' for 'Vilka andra projekt lånade man idéer från …?', not the list of
            # actors the project reached; tune K31).
            return None
        return candidate
    if question.answer_type in ("how", "evaluation"):  # steps answer 'how', but only when they beat the best single
        # statement
        return candidate if candidate.score >= top.score and _items_compete(candidate, top, evidence) else None
    if question.answer_type in ("fact", "who"):
        if question.answer_type == "who" and top.unit not in candidate.items and \
                lex.CONTACT_DETAIL_RE.search(top.unit.text):
            return None  # 'Vem ska man kontakta …?' is answered by the statement that gives the contact, not partners
        if question.answer_type == "fact" and not candidate.inline and top.unit in candidate.items \
                and 2 <= len(candidate.items) <= SHORT_LIST and not items_led_by(top.unit) \
                and (top.overlap < ITEM_ALONE or all_questions(candidate.items)):
            # The best statement is one item of a short list that says little alone (a discussion question, an
            # item whose intro holds the question's words): the list, with its intro, answers. (An item that
            # leads into items of its own is quoted with them instead, see `write_answer`.)
            return candidate
        if candidate.kind_match and not candidate.inline:
            return candidate if candidate.score >= 0.75 * top.score else None
        return candidate if candidate.score >= top.score + 0.35 and len(candidate.items) >= 2 and \
            _items_compete(candidate, top, evidence) else None
    return None


def _whole_set_for_which_of(question: Question, candidate: ListCandidate, evidence: Sequence[Scored]) -> bool:
    """Whether a 'Vilka av X <condition>?' question is offered a list of the whole set that says nothing of the
    condition, while one of the best statements does ('Vilka av planens mål bedöms som ej uppfyllda?': 'Planen har
    fyra mål: …' against 'Mål 1 … och mål 3 … bedöms som ej uppfyllda …'; lexicon.WHICH_OF_RE). The condition is what
    follows the set's words, from the first verb on, less the question's named subjects."""
    condition = _which_of_condition(question)
    if not condition or not any(condition & s.unit.terms for s in evidence[:WHICH_OF_POOL]):
        return False
    return not _meets(condition, [*candidate.items, *([candidate.intro] if candidate.intro is not None else [])])


def _which_of_condition(question: Question) -> frozenset[str]:
    """The terms of the condition a 'Vilka av X …?' question puts on the set's members: its words from the first verb
    after the set's on, less its named subjects ('bedöms som ej uppfyllda' -> {'bedom', 'uppfylld'}); empty for
    any other question (lexicon.WHICH_OF_RE)."""
    m = lex.WHICH_OF_RE.match(question.cue_text)
    if m is None:
        return frozenset()
    words = m.group("rest").split()
    at = next((i for i, w in enumerate(words) if verb_form(re.sub(r"\W", "", w))), None)
    if not at:
        return frozenset()
    return frozenset(tokenize(" ".join(words[at:]))) & question.content_terms - question.subject_terms


def _meets(condition: frozenset[str], units: Sequence[Unit]) -> bool:
    """Whether any of the units says something of the condition (shares one of its terms)."""
    return any(condition & u.terms for u in units)


def _fitting_instead(question: Question, selection: Selection) -> ListCandidate | None:
    """The best list introduced as the kind asked for, when the best-scoring list is introduced as another kind: a
    follow-up 'Och vilka aktörer kan bidra till det?' scores the list of measures just quoted highest (it holds the
    conversation's topic), while the actors listed after it answer."""
    best = selection.best_list
    if best is None or best.kind_match or not of_another_kind(
            question.cue_text, best.intro.text if best.intro else best.heading):
        return None
    return max((c for c in selection.lists if c.kind_match and not c.inline), key=lambda c: c.score, default=None)


def _dated_by_its_document(year: Subject, candidate: ListCandidate, evidence: Sequence[Scored]) -> bool:
    """Whether a list whose own lines and headings give no year is placed in the asked `year` by its document: a
    project report's 'Processtödjarna har nått följande aktörer: …' dates nothing itself, the year stands where the
    report says when the project ran ('Projektet pågick från 2023-01-01 …', 'startade 2022', a title 'Slutrapport
    2023'), and the verdict admitted that passage. Any other passage naming the year ('Under 2022 deltog fem skolor'
    in a report of 2021-2023) dates only itself; a list under a heading of another year is of that year."""
    first = candidate.items[0].chunk
    own = " ".join([*(u.text for u in candidate.items), candidate.intro.text if candidate.intro else "",
                    candidate.heading, first.heading_path_text])
    if lex.YEAR_RE.search(lex.CITED_YEAR_RE.sub(" ", own)):
        return False
    if subject_is_covered(year, [first.title]):
        return True
    document = first.path or first.source
    return any((s.unit.chunk.path or s.unit.chunk.source) == document and _period_holds(year, s.unit.text)
               for s in evidence)


def _period_holds(year: Subject, text: str) -> bool:
    """Whether a sentence says when something ran, and that period holds `year`: 'startade 2022', 'pågick
    2021–2023', 'från 2021-08-01 till och med 2023-06-30' (a year between its first and last)."""
    if not (lex.DURATION_RE.search(text) or lex.START_RE.search(text)):
        return False
    if subject_is_covered(year, [text]):
        return True
    years = [int(y) for y in lex.YEAR_RE.findall(text)]
    return len(years) >= 2 and year.text.isdigit() and min(years) <= int(year.text) <= max(years)


def _fits_better_than(chosen: ListCandidate, led: Sequence[Unit], selection: Selection, top: Scored) -> bool:
    """Whether the chosen list, introduced as the kind asked for, outscores the list of that kind the best statement
    leads into: of two checklists ('Använd följande frågor för att …:' ending a paragraph, 'Reflektera över hur
    samverkan … har fungerat:' on a line of its own), the one whose intro and items fit the question answers, not
    the one whose paragraph scored best as a single sentence. A led list that is no candidate of the asked kind
    still answers with its statement."""
    if not chosen.kind_match or chosen.inline or led[0].unit_id in {u.unit_id for u in chosen.items}:
        return False
    intro = chosen.intro
    said = next((s.score for s in selection.ranked if intro is not None and s.unit.unit_id == intro.unit_id), None)
    if said is not None and top.score >= LED_CLEARLY_CLOSER * said:
        # The best statement is far closer to the question than the chosen list's own intro: its list answers
        # ('Huvudmännen har dels utvecklat sin uppföljning för att få ett bättre underlag för analys …' over the
        # list it leads into, for 'Hur har huvudmännen gjort för att få bättre underlag för analys …?'), not the
        # next passage's list whose items happen to share more words (tune H36).
        return False
    own = [c for c in selection.lists if c.kind_match and not c.inline
           and led[0].unit_id in {u.unit_id for u in c.items}]
    return bool(own) and max(c.score for c in own) < chosen.score


def _part(unit: Unit) -> tuple[str, str]:
    """A unit's document and top-level section (a chapter, an appendix; its own where chunking merged it into the
    chunk of a sibling: `Unit.heading_path`); a document's title heading ('# Plan' over every chapter) is not a
    part."""
    chunk = unit.chunk
    path = unit.heading_path
    if len(path) > 1 and path[0].strip().lower() == chunk.title.strip().lower():
        path = path[1:]
    return (chunk.path or chunk.source, path[0] if path else "")


def _items_compete(candidate: ListCandidate, top: Scored, evidence: Sequence[Scored] = ()) -> bool:
    """A list not introduced as the kind asked for answers only when one of its own items is nearly as close to
    the question as the best single statement; a fitting heading alone does not make its list the answer. A
    sentence that leads into the list with a colon ('Det kan också innebära att informationen behöver
    tillgänglighetsanpassas …, till exempel:') speaks for its items: when it shares the question's words as much as
    the best statement does, the list competes (its items, short imperatives, share few words alone)."""
    if candidate.item_scores and candidate.item_scores[0] >= ITEM_COMPETE * top.score:
        return True
    intro = candidate.intro
    if intro is None or not intro.text.rstrip().endswith(":") or len(intro.text.split()) < LEAD_WORDS or \
            top.overlap <= 0:
        return False
    led = next((s for s in evidence if s.unit.unit_id == intro.unit_id), None)
    return led is not None and led.overlap >= top.overlap


def _pick_sentences(question: Question, evidence: Sequence[Scored], n: int) -> list[Scored]:
    top = evidence[0]
    picked: list[Scored] = [top]
    seen = {_key(top.unit.text)}
    wants_more = n > 1

    def bring(unit: Unit, before_top: bool = False) -> None:
        """Quote `unit` with the best one: it belongs to the answer and takes no supporting statement's place."""
        nonlocal n
        if _key(unit.text) in seen:
            return
        picked.insert(picked.index(top) if before_top else len(picked), Scored(unit, top.score, 0.0, 0.0))
        seen.add(_key(unit.text))
        n += 1

    defining = _defining_support(question, evidence) if question.answer_type == "definition" else None
    if defining is not None:
        # 'Vad är antipluggkultur?' best met by a sentence about it ('Antipluggkultur är vanligare bland pojkar.'):
        # the sentence that says what it is ('Antipluggkultur är en inställning …') is the answer's first.
        bring(defining.unit, before_top=True)
    if question.answer_type == "consequence" and (said := _consequence_in_paragraph(top.unit)) is not None:
        # 'Vad får det för följder senare i livet om pojkar får dåliga betyg?' best met by a sentence on the topic
        # ('Det är vanligare att pojkar når i lägre utsträckning … kunskapskraven …'): the sentence of its paragraph
        # that says what follows ('Skolresultat påverkar bland annat möjligheten till arbete, …') answers first.
        bring(said, before_top=True)
    if question.answer_type == "consequence" and (lex.CONSEQUENCE_RE.search(top.unit.text)
                                                  or lex.CONSEQUENCE_AFTER_CONDITION_RE.match(top.unit.text)):
        # '… därför …', 'Då kan fler ärenden inkomma …': what it follows from stands in the sentence before it.
        for unit in _paragraph_around(top.unit)[0][:1]:
            bring(unit, before_top=True)
    stated = _stated_change(question, evidence)
    if stated is not None:
        # 'Hur har flickornas trygghet förändrats sedan 2022?' best met by the table's row: the report's own sentence
        # that states the change ('… flickornas trygghet har minskat med nio procentenheter sedan 2022') comes first.
        bring(stated.unit, before_top=True)
    before = _antecedent(top.unit)
    if before is None and (question.date or lex.WHEN_WORD_RE.search(question.cue_text)):
        before = _time_before(top.unit)
    if before is not None:
        # 'Det kan även uttryckas som att ungdomen ”ramlat mellan stolarna”.' restates the sentence before it,
        # which says what it means: that one comes first.
        bring(before, before_top=True)
    sent = _message_date(question, top.unit)
    if sent is not None:
        # 'När bestämdes det?' answered by a message's 'Vi bestämde …', which names no date of its own: the
        # message's date line says when ('Skickat: den 3 mars 2025 10:15').
        bring(sent)
    voiced = _voice_after(question, top.unit)
    if voiced is not None:
        # 'Vad ska vi göra med elevdatorerna?' best met by '… elevdatorer inte fungerar …': the plan's next
        # sentence says what it will do ('Vi ska ta fram en övergripande strategi …').
        bring(voiced)
    chain = question.answer_type in CHAIN_TYPES
    following = _continuation(top.unit, steps=chain)
    for _ in range(CONTINUATIONS if chain else 1):
        if following is None or not wants_more:
            break
        # 'Detta arbete kommer fortgå under 2021.' completes the answer it follows; it is quoted with it, and so is
        # a sentence that carries on from that one ('Därtill utvecklades …'). Asked how something is done or what
        # it holds, so are the next steps of a sequence ('De inleds med … Därefter kommer … Avslutningsvis …').
        bring(following)
        following = _continuation(following, steps=chain)
    if question.answer_type in PARAGRAPH_TYPES:
        # 'Vad säger ungdomarna att de hade behövt?' answered by prose: the paragraph of the best sentence names
        # the things asked for in sentence after sentence ('… samordnat stöd …', '… också vikten av …').
        after_only = question.answer_type in PARAGRAPH_AFTER_ONLY
        before_units, after_units = _short_paragraph(top.unit, PARAGRAPH_MOST - len(picked), after_only)
        for unit in before_units:
            bring(unit, before_top=True)
        for unit in after_units:
            bring(unit)
    if question.answer_type == "number" and question.counted and not question.money and not question.date:
        # 'Hur många elever intervjuades?' best met by '… inriktat på tio elever …': 'Åtta elevintervjuer
        # genomfördes.' in the same paragraph counts the deed asked (a compound of the counted noun and the
        # question's verb), and the answer gives both figures (trial 24: the eight interviews were left out).
        before_units, after_units = _paragraph_around(top.unit)
        for unit in before_units:
            if counts_the_asked_deed(unit, question.counted, question.content_terms):
                bring(unit, before_top=True)
        for unit in after_units:
            if counts_the_asked_deed(unit, question.counted, question.content_terms):
                bring(unit)
    if question.answer_type == "definition" and not lex.DEFINING_VERB_RE.search(top.unit.text):
        # 'Vad innebär det att arbeta med case?' best met by a sentence that names it ('Att arbeta med case visade
        # sig vara ett bra verktyg …'): the next sentence of its paragraph says what it is ('Arbetssättet kan
        # beskrivas som …').
        for unit in _paragraph_around(top.unit)[1][:1]:
            if lex.DEFINING_VERB_RE.search(unit.text):
                bring(unit)
    if question.answer_type == "cause" and lex.CONSEQUENCE_RE.search(top.unit.text):
        # 'Varför inleddes workshop fem med teori?' answered by '… inleddes därför …': the reason stands before it.
        for unit in _paragraph_around(top.unit)[0][:1]:
            bring(unit, before_top=True)
    if question.answer_type == "cause":
        # 'Varför lyckades vi inte …?': the best sentence names the problem or a first reason, the next ones of its
        # paragraph give (more) reasons ('En av anledningarna … kan vara att …', 'En annan kan vara att …').
        for reason in _reasons_after(top.unit):
            bring(reason)
    supports: list[Scored] = []  # the supporting statements, after the best one and what belongs to it
    for s in evidence[1:]:
        if len(picked) >= n:
            break
        follows = any(p.unit.chunk.chunk_id == s.unit.chunk.chunk_id and p.unit.line == s.unit.line
                      and s.unit.seq == p.unit.seq + 1 for p in picked)
        # (A timetable's line, selected only when a timetable is asked for, supports as a sentence does: '4 maj kl.
        # 15.00–17.00' shares no word with 'Vilken tid var workshoparna?' but its passage is about them.)
        timetable = s.unit.role == "schedule" and s.unit.informative
        if s.score < max(0.55 * top.score, 0.25) or (s.unit.is_label and not timetable) or \
                (s.overlap < 0.1 and not follows and not timetable):
            continue  # support must share the question's own words, or continue a chosen sentence's paragraph
        if (s.unit.text.rstrip().endswith(":") or lex.ANNOUNCES_LIST_RE.search(s.unit.text)) and \
                not _items_after(s.unit):
            continue  # a sentence leading into a list that is not here says nothing by itself
        key = _key(s.unit.text)
        if any(key in k or k in key for k in seen):
            continue
        if question.answer_type == "number" and not (
                lex.NUMBER_RE.search(_figures(question, s.unit)) and _figure_of_asked_thing(question, top.unit, s.unit)):
            continue
        if not _from_the_answers_document(question, top.unit, s.unit) or _of_other_grades(question, s.unit) or \
                _beside_a_named_responsible(question, top.unit, s.unit):
            continue
        seen.add(key)
        before = _antecedent(s.unit) if lex.POINTS_BACK_RE.match(s.unit.text) else None
        if before is not None and _key(before.text) not in seen:
            # 'Det innebär bland annat att använda den könsuppdelade statistik …' means little without the sentence
            # it explains ('Genomför uppföljningen i första hand genom er ordinarie uppföljning …'), which comes
            # first, as it does for the best one (trial 29: the support was quoted without it).
            seen.add(_key(before.text))
            picked.append(Scored(before, 0.0, 0.0, 0.0))
            supports.append(picked[-1])
            n += 1
        picked.append(s)
        supports.append(s)
        following = _continuation(s.unit, steps=True) if chain else None
        if following is not None and _key(following.text) not in seen:
            # A supporting statement is quoted with the sentence that completes it ('Genomför uppföljningen genom er
            # ordinarie uppföljning.' – 'Det innebär bland annat att använda den könsuppdelade statistik …'), as the
            # best one is; it takes no other statement's place (and, scored nil, never counts as a near tie).
            seen.add(_key(following.text))
            picked.append(Scored(following, 0.0, 0.0, 0.0))
            supports.append(picked[-1])
            n += 1
    rival = _near_tie(question, evidence, picked, seen)
    if rival is not None and _beside_a_named_responsible(question, top.unit, rival.unit):
        rival = None  # (its own task's responsible answers; another document's is of another task)
    if rival is not None:
        # The scores cannot tell the best statement from this one: it is the answer's second point, right after
        # the best one and what belongs to it, so the passage that answers is quoted whichever of the two it is.
        # The supporting statements stay: among close scores the weakest of them may be the one that answers.
        picked.insert(len(picked) - len(supports), rival)
    if question.answer_type in PARAGRAPH_TYPES:
        # A statement the scores cannot tell from the best one (the near tie, or a support as close) is as likely
        # the answer: the closest of them comes with its short paragraph as the best one does (one only: more
        # paragraphs would bury the answer) (facts20).
        close = max((p for p in (*supports, *([rival] if rival is not None else []))
                     if NEAR_TIE * top.score <= p.score <= top.score), key=lambda p: p.score, default=None)
        if close is not None:
            picked = _with_paragraph(picked, close)
    # Read in document order within one chunk, answer first across chunks.
    return picked


def _enumeration_goes_on(candidate: ListCandidate, selection: Selection) -> Unit | None:
    """The sentence right after an inline enumeration, in its paragraph, that enumerates too (a list candidate of
    its own): the paragraph's list goes on there ('Det kan även finnas … så som SSPF (skola, socialtjänst, polis,
    fritid).'). None when the next sentence is something else, stands in another paragraph, or is of another kind
    than the enumeration asked for."""
    first = candidate.items[0]
    units = units_of(first.chunk)
    nxt = units[first.seq + 1] if first.seq + 1 < len(units) else None
    if nxt is None or nxt.kind != "sentence" or nxt.line != first.line:
        return None
    return nxt if any(c.inline and c.items[0].unit_id == nxt.unit_id for c in selection.lists) else None


def _message_date(question: Question, unit: Unit) -> Unit | None:
    """The date line of the message a date question's best unit stands in, when that unit names no date but those
    the question itself names ('När bestämdes det att läxhjälpen börjar den 7 april?')."""
    if not question.date or unit.message_date is None:
        return None
    asked = question.text.lower()
    own = [m.group(0) for m in (*lex.DAY_RE.finditer(unit.text), *lex.YEAR_RE.finditer(unit.text))]
    return None if any(d.lower() not in asked for d in own) else unit.message_date


def _with_paragraph(picked: list[Scored], s: Scored) -> list[Scored]:
    """`picked` with the short paragraph of `s` (one of them, not the first) around it; a sentence of that paragraph
    quoted later moves up to its place, one quoted earlier stays where it is."""
    before, after = _short_paragraph(s.unit, PARAGRAPH_MOST - 1)
    at = picked.index(s)
    earlier = {p.unit.unit_id for p in picked[:at]}
    block = [*(u for u in before if u.unit_id not in earlier), s.unit, *(u for u in after if u.unit_id not in earlier)]
    if len(block) == 1:
        return picked
    ids = {u.unit_id for u in block}
    rest = [p for p in picked[at + 1:] if p.unit.unit_id not in ids]
    return [*picked[:at], *(s if u is s.unit else Scored(u, s.score, 0.0, 0.0) for u in block), *rest]


def _figures(question: Question, unit: Unit) -> str:
    """A unit's text as its figures count what a count question asks: without list numbers, grades and dates
    (grounding.counts), so '3. Elever som inte var behöriga i årskurs 6' is no supporting count of pupils."""
    if question.counted and not question.money and not question.date:
        return count_text(unit.text, question.counted)
    return unit.text


def _near_tie(question: Question, evidence: Sequence[Scored], picked: Sequence[Scored], seen: set[str]) -> Scored | None:
    """The first statement not yet quoted that scores within NEAR_TIE of the best one, whether or not it holds the
    question's own words (its closeness may come from its meaning, its heading or its being the asked kind of
    statement: '1 Nuläge och önskat nyläge (3,5 timmar)' for 'Hur lång är den första av dem?'). A heading that
    states nothing, a question of the material's own, an intro whose list is not here and, for a figure question,
    a statement without a figure are no answers. None when the best one stands clear."""
    top = evidence[0]
    if top.score <= 0:
        return None
    chosen = {p.unit.unit_id for p in picked}
    for s in evidence[1:NEAR_TIE_POOL]:
        if s.score < NEAR_TIE * top.score:
            break
        unit = s.unit
        if s.score > top.score:
            continue  # scored above the best one, which the verdict put first as the asked kind: no tie
        if unit.unit_id in chosen or unit.role != "body" or (unit.is_label and not unit.informative):
            continue
        text = unit.text.rstrip()
        if (text.endswith("?") and not lex.ASKS_FOR_QUESTIONS_RE.search(question.cue_text)) or (
                text.endswith(":") and not _items_after(unit)):
            continue
        key = _key(unit.text)
        if any(key in k or k in key for k in seen):
            continue
        if question.answer_type == "number" and not (
                lex.NUMBER_RE.search(_figures(question, unit)) and _figure_of_asked_thing(question, top.unit, unit)):
            continue
        if not _from_the_answers_document(question, top.unit, unit) or _of_other_grades(question, unit):
            continue
        return s
    return None


def _of_other_grades(question: Question, unit: Unit) -> bool:
    """Whether a unit speaks of grades, none of them those the question asks about ('Hur trivs flickorna i åk 5?'
    is not supported by the row 'Åk 7' or a sentence about åk 7 and åk 8): the grade places the question as a name
    does."""
    asked = asked_grades(question.cue_text) if question.language == "sv" else frozenset()
    named = unit_grades(unit) if asked else frozenset()
    return bool(named) and not named & asked


def _figure_of_asked_thing(question: Question, top: Unit, unit: Unit) -> bool:
    """Whether a supporting figure may stand beside the best one: from the same document, or naming what the question
    asks the figure of ('Hur mycket kostade matematiksatsningen?' is not met by another report's 'Projektet kostade
    340 000 kronor')."""
    if unit.chunk.source == top.chunk.source:
        return True
    asked = question.content_terms - word_list_terms(f"{lex.MONEY_WORDS} {lex.SPENDER_WORDS}") - question.subject_terms
    return not asked or bool(asked & (unit.terms | unit.context_terms))


def _from_the_answers_document(question: Question, top: Unit, unit: Unit) -> bool:
    """Whether a supporting statement may stand beside a follow-up's best one: the conversation is about what the
    best one's document says, so support comes from that document, unless the question names several places or
    bodies. A follow-up's own words are few and common ('Vilka deltar i den?', 'Vem kan jag kontakta om den?'):
    another project's 'delta' or another document's phone number shares them and would pad the answer."""
    if not question.inherited_terms or unit.chunk.source == top.chunk.source:
        return True
    return sum(s.kind == "name" for s in question.subjects) > 1


def _beside_a_named_responsible(question: Question, top: Unit, unit: Unit) -> bool:
    """Whether a statement from another document would stand beside a best one that names who is responsible for
    its task ('… dokumenteras med skäl. Ansvarig: kvalitetsutvecklaren.'): 'Vem ansvarar för <task>?' is answered
    there, and another document's 'Rektor ansvarar för …' is someone else's task (trial 23, problem 7)."""
    return question.answer_type == "who" and unit.chunk.source != top.chunk.source and any(
        lex.RESPONSIBLE_LINE_RE.match(part) for part in re.split(r"(?<=[.!?])\s+", top.text)[1:])


def _in_our_voice(question: Question, unit: Unit) -> bool:
    """Whether a question asked as the organisation ('Hur arbetar vi …?') is met by a sentence in the document's
    own voice ('Vi har anställt …')."""
    return bool(lex.WE_QUESTION_RE.match(question.cue_text)) and unit.kind == "sentence" and \
        bool(lex.WE_STATEMENT_RE.match(unit.text))


def _voice_after(question: Question, unit: Unit) -> Unit | None:
    """For a question asked as the organisation, the next sentence of the best one's paragraph when it says what
    'vi' do or will do, and the best one does not."""
    if not lex.WE_QUESTION_RE.match(question.cue_text) or _in_our_voice(question, unit):
        return None
    after = _paragraph_around(unit)[1][:1]
    return after[0] if after and _in_our_voice(question, after[0]) else None


def _stated_change(question: Question, evidence: Sequence[Scored]) -> Scored | None:
    """For a question of how a figure changed or how far two lie apart, best met by a table's row: the sentence of
    the same document that states such a change with its size and names most of what is asked (at least
    STATED_CHANGE_TERMS of the question's terms, one a word; the one naming most words, then most terms, then the
    closest); None otherwise."""
    top = evidence[0]
    text = question.cue_text
    if top.unit.kind != "row" or not (lex.CHANGE_QUESTION_RE.search(text) or lex.DIFFERENCE_QUESTION_RE.search(text)):
        return None
    asked = question.content_terms
    found = []
    for s in evidence[1:STATED_CHANGE_POOL]:
        if s.unit.kind == "sentence" and s.unit.role == "body" and s.unit.chunk.path == top.unit.chunk.path and \
                lex.STATED_CHANGE_RE.search(s.unit.text):
            named = asked & frozenset(tokenize(s.unit.text))
            words = sum(1 for t in named if not t.isdigit())  # the measure and the group; a year or grade after
            if words and len(named) >= STATED_CHANGE_TERMS:
                found.append(((words, len(named), s.score), s))
    return max(found, key=lambda f: f[0])[1] if found else None


def _defining_support(question: Question, evidence: Sequence[Scored]) -> Scored | None:
    """The statement that defines the asked term, when the best one does not and a close one does (scoring at
    least DEFINING_SHARE of the best)."""
    top = evidence[0]
    term = question.definiendum
    if not term or top.unit.kind != "sentence" or defines(term, top.unit.text) or (
            names_definiendum(term, top.unit.text) and lex.DEFINING_VERB_RE.search(top.unit.text)):
        return None  # the best one says what it is ('… vad ett systematiskt kvalitetsarbete innebär …')
    return next((s for s in evidence[1:] if s.score >= DEFINING_SHARE * top.score and s.unit.kind == "sentence"
                 and s.unit.role == "body" and defines(term, s.unit.text)), None)


def _continuation(unit: Unit, steps: bool = False) -> Unit | None:
    """The next sentence of `unit`'s paragraph when it opens by pointing back at it ('Detta …', 'Där …'); with
    `steps`, also when it takes the next step of a sequence (`takes_next_step`)."""
    if unit.kind != "sentence":
        return None
    units = units_of(unit.chunk)
    nxt = units[unit.seq + 1] if unit.seq + 1 < len(units) else None
    if nxt is None or nxt.kind != "sentence" or nxt.is_label or nxt.role != "body" or \
            nxt.start_line > unit.end_line + 1:
        return None
    return nxt if lex.CONTINUES_PREVIOUS_RE.match(nxt.text) or (steps and takes_next_step(nxt.text)) else None


def takes_next_step(text: str) -> bool:
    """Whether a sentence opens with an adverb of order and its finite verb ('Därefter kommer en kunskapsdel …',
    'Avslutningsvis presenteras …', 'Först handlar det om …'): it goes on with the steps the sentence before began.
    'Sedan 2016 har …' (a time, no verb after the adverb) does not.

    >>> [takes_next_step(t) for t in ("Därefter kommer en kunskapsdel.", "Avslutningsvis presenteras vad vi vill.",
    ...  "Först handlar det om budgeten.", "Sedan 2016 har skolan en rutin.", "Därför behövs mer stöd.")]
    [True, True, True, False, False]
    """
    m = lex.NEXT_STEP_RE.match(text)
    return m is not None and verb_form(m.group(1))


def _paragraph_around(unit: Unit) -> tuple[list[Unit], list[Unit]]:
    """The body sentences of `unit`'s paragraph before it (nearest first) and after it."""
    if unit.kind != "sentence":
        return [], []
    units = units_of(unit.chunk)

    def run(step: int) -> list[Unit]:
        out, edge = [], unit
        i = unit.seq + step
        while 0 <= i < len(units):
            u = units[i]
            near = u.start_line <= edge.end_line + 1 if step > 0 else u.end_line >= edge.start_line - 1
            if u.kind != "sentence" or u.is_label or u.role != "body" or not near:
                break
            out.append(u)
            edge = u
            i += step
        return out

    return run(-1), run(1)


def _short_paragraph(unit: Unit, most: int, after_only: bool = False) -> tuple[list[Unit], list[Unit]]:
    """The sentences around `unit` (before it in document order, after it; at most `most` in all, those after
    first; none before when `after_only`) when its paragraph is at most PARAGRAPH_WORDS long; none when longer:
    then it is no one answer."""
    before, after = _paragraph_around(unit)
    if most <= 0 or sum(u.words for u in (*before, unit, *after)) > PARAGRAPH_WORDS:
        return [], []
    after = after[:most]
    if after_only:
        return [], after
    return list(reversed(before[: max(0, most - len(after))])), after


def _time_before(unit: Unit) -> Unit | None:
    """The sentence just before `unit` in its paragraph that gives the time `unit` takes from it ('Mellan åren
    2015-2016 genomförs …' before 'Då tillsätts första omgångens förstelärare …'): a year it names in passing ('(som
    startade 2008)') is not its own time."""
    if unit.kind != "sentence" or unit.seq == 0 or not lex.TIME_FROM_PREVIOUS_RE.match(unit.text):
        return None
    prev = units_of(unit.chunk)[unit.seq - 1]
    if prev.kind != "sentence" or prev.role != "body" or prev.end_line < unit.start_line - 1 or \
            not (lex.YEAR_RE.search(prev.text) or lex.DAY_RE.search(prev.text)):
        return None
    return prev


def _antecedent(unit: Unit) -> Unit | None:
    """The sentence just before `unit` in its paragraph when `unit` only restates or refers to it, or opens on it
    ('Däremot …', 'Därefter …')."""
    if unit.kind != "sentence" or unit.seq == 0 or not (
            lex.POINTS_BACK_RE.match(unit.text) or lex.LEANS_ON_PREVIOUS_RE.match(unit.text)):
        return None
    prev = units_of(unit.chunk)[unit.seq - 1]
    if prev.kind != "sentence" or prev.is_label or prev.role != "body" or prev.end_line < unit.start_line - 1:
        return None
    return prev


def _consequence_in_paragraph(unit: Unit, reach: int = 3) -> Unit | None:
    """For a best sentence that gives no consequence, the first of the next `reach` sentences of its paragraph that
    does (lexicon.CONSEQUENCE_SENTENCE_RE); None when the best one gives one itself or none follows."""
    if unit.kind != "sentence" or lex.CONSEQUENCE_SENTENCE_RE.search(unit.text):
        return None
    return next((u for u in _paragraph_around(unit)[1][:reach] if lex.CONSEQUENCE_SENTENCE_RE.search(u.text)
                 and not u.text.rstrip().endswith("?")), None)


def _reasons_after(unit: Unit, reach: int = 3, most: int = 2) -> list[Unit]:
    """The sentences among the next `reach` of `unit`'s paragraph that give a reason (at most `most`)."""
    if unit.kind != "sentence":
        return []
    units = units_of(unit.chunk)
    out: list[Unit] = []
    end = unit.end_line
    for nxt in units[unit.seq + 1: unit.seq + 1 + reach]:
        if nxt.kind != "sentence" or nxt.role != "body" or nxt.start_line > end + 1:
            break  # the paragraph ended
        end = nxt.end_line
        if lex.CAUSE_SENTENCE_RE.search(nxt.text) or lex.ANOTHER_REASON_RE.match(nxt.text):
            out.append(nxt)
            if len(out) >= most:
                break
    return out


def _items_after(unit: Unit, selection: Selection | None = None) -> list[Unit]:
    """The list items right after a sentence that leads into them ('… tre faktorer fram:'): all of them, also those
    the next chunk carries on with (a list is not cut after its first few items, nor at a page break); or the short
    lines it leads into when the list was set without bullets (units.lines_led_by)."""
    if not unit.text.rstrip().endswith(":"):
        return []
    if unit.is_item:  # an item that leads into the items nested under it
        return [i for i in items_led_by(unit) if i.role == "body"]
    units = units_of(unit.chunk)
    nxt = units[unit.seq + 1] if unit.seq + 1 < len(units) else None
    if nxt is None:
        return _items_in_next_chunk(unit, selection)
    if nxt is not None and not nxt.is_item:
        return lines_led_by(unit)  # a list set as short paragraphs ('Workshop 1 …' / 'Dilemma 1: …'), or none
    if nxt is None or unit.unit_id not in {u.unit_id for u in lead_in(nxt)}:
        return []  # the next unit is no list, or a list another line leads into
    # A flagged sentence, footnote or contents line is never quoted.
    return _continued([i for i in list_of(nxt) if i.role == "body"], selection)


def _without_dangling_lead(question: Question, picked: list[Scored], selection: Selection) -> list[Scored]:
    """The statements to quote, less a first one that announces a list it cannot bring ('Uppföljningen kan bestå av
    följande delar.', '… kan ni använda dessa förslag på nyckeltal:' with no items found after it): alone it leaves
    the reader hanging, so it does not lead the answer when another statement can (trial 29 S08/S09). A statement
    that brings its list (its items, or the list its paragraph leads into) stays."""
    if len(picked) < 2:
        return picked
    unit = picked[0].unit
    text = unit.text.rstrip()
    if unit.kind != "sentence" or unit.is_item or unit.is_label or table_header(unit) is not None or \
            not (text.endswith(":") or lex.ANNOUNCES_LIST_RE.search(text)):
        return picked
    if _items_after(unit, selection) or _led_list(question, unit, selection)[1]:
        return picked
    return picked[1:]


def _items_in_next_chunk(unit: Unit, selection: Selection | None) -> list[Unit]:
    """The items of the list a sentence closing its chunk leads into, which opens the next chunk (selection found it
    as a list candidate with that sentence as its intro: '… förslag på nyckeltal:' / 'Befolkningsnivå' / '•
    Jämföraren – Kolada'; trial 29 S08); empty when there is none."""
    if selection is None:
        return []
    led = [c for c in selection.lists if c.intro is not None and c.intro.unit_id == unit.unit_id and not c.inline
           and not c.gathered and not c.series and c.items and c.items[0].chunk.chunk_id != unit.chunk.chunk_id]
    return [i for i in led[0].items if i.role == "body"] if led else []


def _continued(items: list[Unit], selection: Selection | None) -> list[Unit]:
    """`items` with the rest of their list that the next chunk carries on with (chunking or a page break split it):
    the longest list candidate that holds them all (selection.NeighbourLookup.continuation found its rest)."""
    if not items or selection is None:
        return items
    ids = {i.unit_id for i in items}
    longer = [c.items for c in selection.lists if not c.inline and not c.gathered and not c.series
              and len(c.items) > len(items)
              and ids <= {u.unit_id for u in c.items}]
    if not longer:
        return items
    whole = max(longer, key=len)
    return whole[[u.unit_id for u in whole].index(items[0].unit_id):]  # from the first of ours on


def _in_asked_state(question: Question, items: list[Unit]) -> list[Unit]:
    """A task list's items in the state asked for: 'Vilka uppgifter är klara?' the ones marked done ('… (klar)',
    ingest.markdown read '- [x]' so), '… inte klara än?' the others; every item when the question asks no state, the
    list marks none, or no item is in that state."""
    marked = [u for u in items if u.text.rstrip().endswith((lex.TASK_DONE_MARK, lex.TASK_OPEN_MARK))]
    if len(marked) < 2:
        return items
    if lex.TASK_OPEN_QUESTION_RE.search(question.cue_text):
        mark = lex.TASK_OPEN_MARK
    elif lex.TASK_DONE_QUESTION_RE.search(question.cue_text):
        mark = lex.TASK_DONE_MARK
    else:
        return items
    return [u for u in items if u.text.rstrip().endswith(mark)] or items


def _write_list(candidate: ListCandidate, book: CitationBook) -> list[str]:
    lines: list[str] = []
    items = candidate.items
    if candidate.inline:  # a sentence that enumerates
        return [f"{_clean(items[0])}{markers([cite_unit(book, items[0])])}"]
    if candidate.gathered:  # the sentences under each occurrence of one heading, each cited to its own lines
        return [f"Underlaget tar upp följande under rubriken ”{candidate.heading}”:",
                *(f"- {_clean(u)}{markers([cite_unit(book, u)])}" for u in items)]
    intro = candidate.intro
    if intro is not None:
        # The intro as a quote states it (without a heading run on into it); a heading line over the list ('Insatser')
        # reads as the list's title, with a colon, not as a line of its own, and is not cited as a statement of the
        # answer: the items' citations carry it (trial24 #17: 'Åtgärder 2026 [1]').
        text = _clean(intro)
        pointed = intro_antecedent(items[0]) if not intro.is_label else None
        if intro.is_label and not text.endswith((":", "?")):
            lines.append(f"{text}:")
        elif pointed is not None:
            # 'Den kan till exempel innehålla:' is written after the sentence it points back to (blind28 PR09)
            lines.append(f"{_clean(pointed)} {text}{markers([cite_units(book, [pointed, intro])])}")
        else:
            lines.append(f"{text}{markers([cite_unit(book, intro)])}")
    elif items and all(u.kind == "row" for u in items) and (header := table_header(items[-1])) is not None:
        # A table's rows, each read with its column names ('3. Införa heltid …: Ansvarig Socialchef, Tidplan …'),
        # not the raw 'a | b | c' lines under the header row; the section's number is no part of its title ('3
        # Åtgärder' read as '3 measures', trial 20).
        lines.append(f"{lex.SECTION_NUMBER_RE.sub('', candidate.heading) or 'Underlaget listar'}:")
        body = [u for u in items if u not in header_rows(items[0])]
        return lines + _item_lines(book, body, lambda u: row_sentence(header, u))
    else:
        lines.append(f"{candidate.heading or 'Underlaget listar'}:")
        # A sentence between the heading and its list says what to watch in all of it ('I denna uppföljning är det
        # extra viktigt att både undersöka könsskillnader och …'): it goes with the list.
        note = [u for u in lead_in(items[0]) if u.kind == "sentence" and u.role == "body"
                and not u.text.rstrip().endswith(":")]
        if 0 < len(note) <= 2 and all(u.words <= 40 for u in note):
            lines.append(" ".join(_clean(u) for u in note) + markers([cite_units(book, note)]))
    return lines + _item_lines(book, items)


def write_refusal(question: Question, verdict: Verdict, selection: Selection, book: CitationBook) -> Written:
    """Say precisely what the material lacks; show the closest material as being about something else."""
    english = question.language == "en"
    if verdict.reason == "script":
        return Written("Jag kan bara svara på frågor på svenska eller engelska. Skriv gärna frågan på svenska.", False)
    if verdict.reason == "courtesy":  # answered in kind, with what the assistant can do
        if question.courtesy == "thanks":
            return Written("Varsågod! Fråga gärna igen om du vill veta mer.", False)
        return Written("Hej! Jag svarar på frågor om underlaget för jämställdhetsintegrering och visar var i "
                       "dokumenten svaret står. Fråga till exempel ”Vilka insatser kan minska frånvaron bland "
                       "pojkar?”", False)
    if verdict.reason == "empty":
        return Written("Frågan innehåller inga ord som jag kan söka på. Skriv vad du vill veta, till exempel "
                       "”Vilka insatser kan minska frånvaron bland pojkar?”", False)
    if verdict.reason == "offtopic":
        asked = _asked_about(question) if not english else ""
        gap = stated_gap(question, selection.ranked) if not english else None
        if gap is not None:
            # The material says itself that it does not measure the asked thing: say that sentence, cited, and the
            # records it names (trial 29 #3: 'Hall- och planbokningar för vuxna över 20 år följs inte upp per kön').
            head = f"Underlaget har inga uppgifter om {re.sub(r'^om ', 'huruvida ', asked)}." if asked else \
                "Underlaget har inga uppgifter som besvarar din fråga."
            return Written("\n".join([head,
                                      _gap_line(gap, book), _pointer(gap, where_figures_are(question))]),
                           False)
        if asked:  # a question naming a place or year: say what is missing and where such data is found
            # A yes/no question reordered opens with 'om' ('om det finns läxhjälp i Kumla'): 'om huruvida …'.
            asked = re.sub(r"^om\s", "huruvida ", asked)
            return Written(f"Underlaget har inga uppgifter om {asked}.\n"
                           f"Sådana uppgifter finns oftast i {where_figures_are(question)}.", False)
        text = "Underlaget tar inte upp det du frågar om, så jag kan inte svara på det utan att gissa."
        if english:
            text = "The sources (all in Swedish) do not cover this, so I cannot answer it.\n" + text
        return Written(text, False)
    if verdict.reason == "undefined":
        return _write_undefined(verdict, book)
    if verdict.reason == "label":  # a protocol paragraph it lacks: say which it has, so the asker can pick one
        title, _, have = verdict.numbered.rpartition(": ")
        return Written(f"Underlaget har ingen {verdict.phrase}. ”{title}” har {have}.", False)
    if verdict.reason == "section":  # a numbered section it lacks: say which it has, so the asker can pick one
        title, _, have = verdict.numbered.rpartition(": ")
        said = f" ”{title}” har {have}." if have else ""
        return Written(f"Underlaget har inget {verdict.phrase}.{said}", False)
    if verdict.reason == "table_year":
        return _write_table_year(question, verdict, book)
    if verdict.reason == "row" and verdict.table_gap is not None:  # a row the table lacks: say which rows it has
        return Written("\n".join(absent_row_lines(verdict.table_gap, book, where_figures_are(question))), False)
    if verdict.reason == "ordinal":  # an item beyond the run: say how far the material counts, and show where
        # (no pointer to national agencies: a project's own run is told in its own documentation, named here)
        lines = [f"Underlaget har inga uppgifter om {verdict.phrase}."]
        counted = verdict.evidence[0] if verdict.evidence else None
        if counted is not None:
            where = counted.unit.section_heading or counted.unit.chunk.title
            lines.append(f"Det närmaste underlaget räknar bara till {verdict.numbered} ({where}): "
                         f"”{_clean(counted.unit)}”{markers([cite_unit(book, counted.unit)])}")
        return Written("\n".join(lines), False)
    if verdict.reason == "form" and (told := _form_list(verdict)) is not None:
        return _write_form_list(question, told, book)
    # a holder's view, a part of a year and a presupposed ending (scope.premise_phrase) stand as they are
    # (and an amount for an item a list lacks, scope.lacks_item)
    # (and the statement whose cause is asked, reordered in scope.cause_phrase)
    as_said = verdict.reason in ("view", "period", "premise", "item", "cause", "group")
    topic = indirect_question(verdict.phrase) if question.language == "sv" and not as_said else verdict.phrase
    if verdict.reason == "agent":  # 'vem som leder …': the question word is the doer (scope.agent_verb)
        topic = agent_question(verdict.phrase) or topic
    yes_no_view = re.match(r"(var|är|blev)\s+(\S+)\s+(.+)", verdict.phrase or "", re.I)
    if verdict.reason == "view" and yes_no_view:  # 'var studenterna nöjda med …' -> 'huruvida studenterna var nöjda …'
        topic = f"huruvida {yes_no_view.group(2)} {yes_no_view.group(1).lower()} {yes_no_view.group(3)}"
    if topic is not None and not as_said and re.match(r"om\s", verdict.phrase or "", re.I):
        topic = None  # a condition first ('Om en elev …, hur mycket …?'): its 'om' asks no yes/no question
    counted = _counted_word(question)
    asked_names = [s for s in question.subjects if s.kind == "name"]
    if topic is None and counted and asked_names and all(is_place(s) for s in asked_names):
        # 'Hur många elever i Borås kommun var behöriga 2023?': the count missing, not only the place.
        places = [owned_phrase(question.text, s.text) for s in asked_names]
        years = [s.text for s in question.subjects if s.kind == "year"]
        at = "på" if all(p.lower().endswith(lex.SCHOOL_NAME_ENDINGS) for p in places) else "i"
        topic = f"antalet {counted} {at} {listed(places)}" + (f" ({listed(years)})" if years else "")
    if topic is None and verdict.reason == "statistic":  # the statistic asked, as asked ('kvinnornas medellön')
        named = [owned_phrase(question.text, s.text) for s in question.subjects]
        about = f" ({', '.join(named)})" if named else ""
        lines = [f"Underlaget har inga uppgifter om {verdict.asked_phrase or verdict.asked}{about}."]
    elif topic is None:  # a question it cannot reorder with certainty: what it names, not the question quoted back
        # what is missing, not all it names ('om Skolinspektionen och 2023' where only 2023 is missing: 'för 2023')
        # (and of the question's subjects only those the nearest document does not speak of: scope.refusal_focus)
        # (a school form missing keeps the place it is asked of: 'om Ekby i förskolan')
        # (and when the nearest document speaks of all of them, the question's subjects as asked: 'om Hamnen')
        missing = verdict.uncovered if verdict.uncovered and verdict.reason != "form" else \
            verdict.missing if verdict.reason == "subject" and verdict.missing else question.subjects
        named = [owned_phrase(question.text, s.text) for s in missing]
        about = (f" för {listed(named)}" if all(s.kind == "year" for s in missing) else f" om {listed(named)}") \
            if named else ""
        if verdict.reason == "form":  # the school form missing, as asked: 'om Ekby i förskolan'
            forms = listed([s.text for s in verdict.missing if s.text])
            about = f"{about} {forms}" if about else " om " + re.sub(r"^(?:i|på|inom|för)\s+", "", forms)
        lines = [f"Underlaget har inga uppgifter som besvarar din fråga{about}."]
    else:
        # A yes/no question reordered opens with 'om' ('om resultaten blev bättre'): 'inga uppgifter om huruvida …'.
        topic = re.sub(r"^om\s", "huruvida ", topic)
        lines = [f"Underlaget har inga uppgifter om {topic}."]
    gap = stated_gap(question, [*verdict.evidence, *selection.ranked]) if question.language == "sv" else None
    if gap is not None:
        # what is missing is the asked thing itself, not the place or year the material is of (trial 29 S10: 'inga
        # uppgifter … om Ekedal och 2024' of a report on Ekedal 2024); the material's sentence says what
        said = indirect_question(topic_phrase(question.cue_text))
        lines = [f"Underlaget har inga uppgifter om {re.sub(r'^om ', 'huruvida ', said)}." if said
                 else "Underlaget har inga uppgifter som besvarar din fråga."]
    closest = _closest(question, verdict, selection)
    # A sentence where the material says it does not measure the asked thing is the closest thing there is, before a
    # neighbouring row (trial 29 #3: 'vi vet i dag inte hur kulturskolans elever fördelar sig på kön och ålder').
    if gap is not None:
        lines.append(_gap_line(gap, book))
        closest = None
    if closest is not None:
        n = cite_unit(book, closest.unit)
        where = closest.unit.section_heading or closest.unit.chunk.title
        if closest.unit.kind == "row":  # a row is of its own table, whatever section its chunk opened with
            where = table_named(closest.unit) or where
        header = table_header(closest.unit)
        said = row_sentence(header, closest.unit) if header is not None else _clean(closest.unit)
        if verdict.reason == "outcome":  # the thing is there, as a plan: say so, not that it is something else
            lines.append(f"Underlaget beskriver det som planerat, inte vad det har gett ({where}): "
                         f"”{said}”{markers([n])}")
        elif verdict.reason == "period":  # a figure of another part of the year: say which, not 'something else'
            when = next((p.text for p in dated_by(closest.unit)), "")
            lines.append(f"Det närmaste underlaget gäller {when} ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "subject" and _places_missing(verdict) and \
                (place := other_place(closest.unit, verdict.missing)):
            # The material has it for another place: say which, so the asker sees what there is (not a hint that it
            # holds for the asked one). Only where a place is what is missing: a project is no place.
            lines.append(f"Det närmaste underlaget gäller {place} ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "subject" and any(s.kind == "grade" for s in verdict.missing) and \
                (grades := unit_grades(closest.unit) or spoken_grades(f"{closest.unit.chunk.title} "
                                                                      f"{closest.unit.chunk.text}")):
            # the material has it for other grades: say which ('årskurs 6 och 9'), not that it is something else
            lines.append(f"Det närmaste underlaget gäller {grades_phrase(grades)} ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "subject" and verdict.uncovered and all(s.kind == "year" for s in verdict.uncovered) \
                and closest.unit.kind == "row" and (years := table_years(table_of(closest.unit))):
            # the measure is there for other years: say which, not that it is something else (trial 30 H09)
            lines.append(f"Det närmaste underlaget gäller {listed(years)} ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "mentioned":  # the piece is there by name only: say so, not 'something else'
            lines.append(f"Underlaget nämner det bara, utan att återge innehållet ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "premise":  # the ending asked about is told nowhere: say so, not 'something else'
            lines.append(f"Det närmaste underlaget säger inte att det skedde ({where}): ”{said}”{markers([n])}")
        elif verdict.reason == "statistic":  # a neighbouring statistic: say which it is and that it is not the asked
            lines.append(f"Det närmaste underlaget gäller {verdict.given}, inte {verdict.asked} ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "group" and verdict.asked:  # figures of the asked group's whole, split otherwise
            lines.append(f"Det närmaste underlaget delar inte upp siffrorna på {verdict.asked} ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "group":  # the noun is counted, split by another group: say so
            lines.append(f"Det närmaste underlaget räknar dem uppdelat på annat sätt ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason in ("cause", "unexplained"):  # told without a reason: say so, not 'something else'
            lines.append(f"Det närmaste underlaget säger bara att det är så, inte varför ({where}): ”{said}”"
                         f"{markers([n])}")
        elif verdict.reason == "result":  # the thing is there, but nothing of what it led to
            lines.append(f"Det närmaste underlaget säger inte vad det har gett ({where}): ”{said}”"
                         f"{markers([n])}")
        else:
            lines.append(f"Det närmaste underlaget handlar om något annat ({where}): ”{said}”"
                         f"{markers([n])}")
    where_found = lex.OUTCOME_SOURCES if verdict.reason in ("outcome", "result") else \
        lex.CAUSE_SOURCES if verdict.reason in ("cause", "unexplained") else where_figures_are(question)
    lines.append(_pointer(gap, where_found))
    if english:
        lines.insert(0, "The sources (all in Swedish) have no information about this.")
    return Written("\n".join(lines), False)


def _gap_line(gap: Scored, book: CitationBook) -> str:
    """The material's own sentence saying it does not measure the asked thing, cited (scope.gaps)."""
    where = gap.unit.section_heading or gap.unit.chunk.title
    return f"{lex.GAP_STATED} ({where}): ”{_clean(gap.unit)}”{markers([cite_unit(book, gap.unit)])}"


def _pointer(gap: Scored | None, where_found: str) -> str:
    """Where such data is found: the organisation's own records where the material's sentence on the gap names them
    ('Kulturskolan har ett eget elevregister'), before the usual sources of the asked field (trial 29 #3)."""
    records = own_records(gap.unit.text) if gap is not None else ""
    if records:
        return (f"{lex.OWN_RECORDS_POINTER.format(records=records)}; i övrigt finns sådana uppgifter oftast i "
                f"{where_found}.")
    return f"Sådana uppgifter finns oftast i {where_found}."


def _form_list(verdict: Verdict) -> tuple[list[Unit], list[str]] | None:
    """For a question refused for its school form, the list its best evidence is an item of, and the forms its items
    speak of, when they speak of some (scope: 'Vad beslutade nämnden om gymnasieskolan?' over decisions for the
    grundskola's grades); None otherwise."""
    from assistant.grounding.scope.forms import forms_named, list_at

    items = next((found for s in verdict.evidence if (found := list_at(s.unit))), [])
    named = {f for u in items for f in forms_named(u.text)}
    # a stage is said as the form it is part of when that is named too ('grundskolan', not 'mellanstadiet')
    parts = {p for f in named for p in lex.SCHOOL_FORM_PARTS.get(f, ())}
    forms = [f for f in lex.SCHOOL_FORM_DEFINITE if f in named and f not in parts]
    return (items, forms) if items and forms else None


def _write_form_list(question: Question, told: tuple[list[Unit], list[str]], book: CitationBook) -> Written:
    """A refusal for a school form the best list never speaks of: that what the material says of the matter is not
    about the asked form, which forms it is about, and the list itself, cited (trial 27: all four decisions of a
    grundskola report were given as the answer to 'Vad beslutade nämnden om gymnasieskolan?')."""
    items, forms = told
    asked = listed([lex.SCHOOL_FORM_DEFINITE.get(f, f) for f in question.school_forms])
    where = items[0].section_heading or items[0].chunk.title
    lines = [f"Underlaget har inga uppgifter om {asked} i det du frågar om.",
             f"Det som står om det gäller {listed([lex.SCHOOL_FORM_DEFINITE[f] for f in forms])} ({where}):",
             _list_block(book, items)]
    return Written("\n".join(lines), False)


# How many of the best units a refusal looks among for one with a figure of the asked kind.
CLOSEST_FIGURE_POOL = 8


def _closest(question: Question, verdict: Verdict, selection: Selection) -> Scored | None:
    """The passage a refusal shows as the closest: the verdict's evidence, else the best unit (no label, five words
    or more). For a figure question without evidence, the closest in subject comes first: among the best units
    with a figure of the asked kind, one that gives the asked group's part of a set ('8 av de 11 i denna grupp är
    pojkar' for 'hur många av dem var pojkar'; trial26 C03), counts the asked noun ('28 skolor'), or names the
    question's own topic words ('Elevhälsopersonal 2 400 tkr' for 'Hur mycket satsar Uddevalla kommun på
    elevhälsan?', not a sentence on training staff; trial26 C12), in that order, the better ranked first."""
    if verdict.foreign:
        # not from a document that never names the place or organisation asked about (scope.refusal_focus)
        own = [s for s in selection.ranked if document_key(s.unit.chunk) not in verdict.foreign]
        if own:
            selection = replace(selection, ranked=own)
        kept = [s for s in verdict.evidence if document_key(s.unit.chunk) not in verdict.foreign]
        verdict = replace(verdict, evidence=kept)
    # (a table row of a neighbouring statistic is shown however short: 'Ekskolan | 82' under its column names)
    rows_shown = verdict.reason in ("statistic", "group") and bool(verdict.asked)
    shown = [s for s in (verdict.evidence or selection.ranked) if not s.unit.is_label
             and (s.unit.words >= 5 or (rows_shown and s.unit.kind == "row"))]
    first = shown[0] if shown else None
    if verdict.evidence:
        return first
    first = _naming_most(question, selection.ranked, first)
    if question.answer_type != "number":
        return first
    from assistant.grounding.question import common_terms, partitive_part
    from assistant.grounding.scope import counts_asked, says_stem, states_part, unit_has_figure

    group, whole = partitive_part(question.cue_text)
    counted = fold(question.counted)
    own = [t for t in question.content_terms - question.subject_terms - common_terms(question.text)
           if not t.isdigit() and not (counted and fold(t).startswith(counted[:4]))]

    asked = [t for t in question.content_terms if not t.isdigit()]

    def fit(s: Scored) -> tuple[bool, bool, bool]:
        said = f"{s.unit.text} {s.unit.context()}"
        if not any(says_stem(said, t) for t in asked):  # a figure of nothing the question names is no closer
            return (False, False, False)
        return (bool(group) and states_part(s.unit, group, whole),
                bool(counted) and counts_asked(s.unit, question),
                any(says_stem(said, t) for t in own))

    pool = [s for s in selection.ranked[:CLOSEST_FIGURE_POOL] if not s.unit.is_label and s.unit.words >= 3
            and unit_has_figure(s.unit, question)]
    best = max(pool, key=fit, default=None)  # max keeps the first (best ranked) of equals
    if best is None or not any(fit(best)):
        return first
    naming = _asked_naming(question)
    if not fit(best)[2] and first is not None and naming(first) > naming(best):
        return first  # a figure of the asked group that names nothing else asked; a passage naming more is closer
    return best


# How many of the best units a refusal looks among for the one that names most of what is asked.
CLOSEST_NAMED_POOL = 16


def _asked_naming(question: Question) -> Callable[[Scored], tuple[int, int]]:
    """How much of what is asked a unit's own text names: the names the question asks about (a school, a
    municipality), then its other words (not the counted noun, not a year)."""
    from assistant.grounding.scope.terms import says_stem

    counted = fold(question.counted)
    names = [fold(s.text) for s in question.subjects if s.kind == "name"]
    topic = [t for t in question.content_terms - question.subject_terms
             if not t.isdigit() and not (counted and fold(t).startswith(counted[:4]))]

    def named(s: Scored) -> tuple[int, int]:
        text = fold(s.unit.text)
        return (sum(1 for n in names if n in text), sum(1 for t in topic if says_stem(s.unit.text, t)))

    return named


def _naming_most(question: Question, ranked: Sequence[Scored], first: Scored | None) -> Scored | None:
    """The closest passage a refusal shows when nothing was found for the question: among the best units (no label,
    five words or more), the one whose own text names most of what is asked, the names it asks about first ('Hur
    många pojkar på Norrbyskolan saknar godkänt betyg i matematik?' -> 'Elevhälsan på Norrbyskolan bedömer att en
    stor del av pojkarna i årskurs 9 inte har klarat matematik …', not a table row on feeling safe that only says
    'Pojkar'; trial 27), the better ranked of equals; `first` unless one names more than it does."""
    named = _asked_naming(question)
    pool = [s for s in ranked[:CLOSEST_NAMED_POOL] if not s.unit.is_label and s.unit.words >= 5]
    best = max(pool, key=named, default=None)  # max keeps the first (best ranked) of equals
    if best is None or first is None:
        return first or best
    return best if named(best) > named(first) and (named(best)[0] or named(best)[1] >= 2) else first


def _write_table_year(question: Question, verdict: Verdict, book: CitationBook) -> Written:
    """The asked table has no figures of the asked year: say so and which years it has, and show the table (or
    its caption) so the asker sees what there is."""
    rows = [s.unit for s in verdict.evidence]
    has = table_years(rows)
    lines = [f"Tabellen som frågan gäller har inga uppgifter för {verdict.phrase}, bara för {listed(has)}."]
    table = write_table(rows, book, _clean)
    if table is None:
        caption = caption_of(rows) or rows[0]
        table = [f"”{_clean(caption)}”{markers([cite_unit(book, caption)])}"]
    lines += table
    lines.append(f"Sådana uppgifter finns oftast i {where_figures_are(question)}.")
    return Written("\n".join(lines), False)


def _asked_about(question: Question) -> str:
    """What an off-topic question that names a place, body or year asks about, to say it is missing: the topic of
    'Vad säger X om Y?' (Y), else the question as an indirect one ('' for a question naming nothing, or one it
    cannot reorder: the refusal then stays general)."""
    if not question.subjects:
        return ""
    text = " ".join(question.cue_text.split())
    m = lex.SOURCE_SAYS_ABOUT_RE.match(text)
    if m:
        return m.group("topic")
    phrase = topic_phrase(text)
    if re.match(r"om\s", phrase, re.I):
        return ""  # a condition first ('Om man badar i X, hur varmt är vattnet?'): no yes/no question to reorder
    return indirect_question(phrase) or ""


def _places_missing(verdict: Verdict) -> bool:
    """Whether the names the material lacks are all places ('Kumla', 'Björkskolan'), not a project ('Plugga vidare')."""
    names = [s for s in verdict.missing if s.kind == "name"]
    return bool(names) and all(is_place(s) for s in names)


def _counted_word(question: Question) -> str:
    """The counted noun as the asker wrote it ('elever' in 'Hur många elever i …'), '' when the question is no
    plain count ('hur stor andel av …' is a share)."""
    if not question.counted or lex.SHARE_QUESTION_RE.search(question.text):
        return ""
    m = lex.COUNTED_NOUN_RE.search(question.text)
    return m.group(1) if m and fold(m.group(1)) == question.counted else ""


# How many of the places a term is used in are shown when the material does not say what it is.
USES_SHOWN = 2


def _write_undefined(verdict: Verdict, book: CitationBook) -> Written:
    """'Vad menas med X?' where the material only uses X: say that it does not define it, and where it is used
    (labelled as a use, not presented as the answer)."""
    term = verdict.phrase
    lines = [f"Underlaget definierar inte {term}; begreppet används bara i förbigående."]
    shown: set[str] = set()
    for s in verdict.evidence:
        if len(shown) >= USES_SHOWN or _key(s.unit.text) in shown:
            continue
        shown.add(_key(s.unit.text))
        where = s.unit.section_heading or s.unit.chunk.title
        lines.append(f"Det används här ({where}): ”{_clean(s.unit)}”{markers([cite_unit(book, s.unit)])}")
    lines.append(f"Förklaringar av begrepp finns oftast i {lex.DEFINITION_SOURCES}.")
    return Written("\n".join(lines), False)


def _table_answer(question: Question, top: Scored, picked: list[Scored]) -> list[Scored]:
    """What goes with a table row that answers: not its table's caption (the row names it), nor a row of another
    table (its figures are of something else), nor, where the question names the row ('2024', 'Norrmalm'), the
    rows it does not name."""
    rows = table_of(top.unit)
    caption = caption_of(rows)
    named = names_row(question, top.unit)
    kept = []
    for s in picked:
        u = s.unit
        if s is not top and (u is caption or (u.kind == "row" and (u not in rows or (named and not
                                                                                    names_row(question, u))))):
            continue
        kept.append(s)
    return kept


def _decision_lead(unit: Unit) -> Unit | None:
    """The line a decision item stands under ('Utbildningsnämnden beslutade den 14 maj 2025:' over 'att ge
    elevhälsochefen i uppdrag …,'): quoted alone the item says neither who decided nor when. None for any other
    unit, or an item whose list has no such line (lexicon.DECISION_ITEM_RE, DECISION_LEAD_RE)."""
    if not unit.is_item or not lex.DECISION_ITEM_RE.match(unit.text):
        return None
    intro = list_intro(unit)
    return intro if intro is not None and lex.DECISION_LEAD_RE.search(intro.text) else None


def table_header(unit: Unit) -> Unit | None:
    """The first row of the table `unit` is a data row of, when the table names its columns (tables.header_rows)."""
    headers = header_rows(unit)
    return headers[0] if headers and unit not in headers else None


def row_sentence(header: Unit, row: Unit) -> str:
    """A table row read with its column names, all its header rows read together (tables.labelled_row): 'Totalt |
    35 | 46 | 81' -> 'Totalt: Flickor 35, Pojkar 46, Totalt 81.'; the row as it stands when the header does not fit.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="doctest-row-header", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=2,
    ...           text="Kvinnor | Män\\nDeltagare | 23 | 8", line_spans=[(1, 1), (2, 2)], line_roles=["t", "t"])
    >>> row_sentence(*units_of(c))
    'Deltagare: Kvinnor 23, Män 8.'
    """
    return labelled_row(header_rows(row) or [header], row) or _clean(row)


def _clean(unit: Unit) -> str:
    """A unit as the answer's text states it: its citation keeps the lines as they are, footnote numbers too. A
    table row without column names reads as its label and figures ('Kvinnor | 23' -> 'Kvinnor: 23.')."""
    cells = [drop_note_marks(c) for c in row_cells(unit)]
    # A note after a figure runs on ('23 | Varav 15 …' -> '23, varav 15 …'); a name in a cell keeps its capital.
    rest = [c[:1].lower() + c[1:] if c[1:2].islower() and before[:1].isdigit() else c
            for before, c in zip(cells, cells[1:], strict=False) if c]
    return f"{cells[0]}: {', '.join(rest)}." if len(cells) > 1 else drop_note_marks(quoted_text(unit))


def _key(text: str) -> str:
    return " ".join(text.lower().split())
