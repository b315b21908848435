"""A question with two asks ('Vem ska utreda flickornas trygghet, och när ska det vara klart?') answered part by part:
each ask's unit first, in the order asked, and a part the sources do not give said to be missing, for that part only.

The asks come from `grounding.question.split_asks`; this module picks the unit that answers each among the units the
answer already quotes, then beside the first ask's unit (a deadline usually stands in the same list item or on the next
line), then among the other selected units of the same document. Trial 27: the responsible came last of four
sentences, and the deadline on the next line of the same document was neither given nor said to be missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.generation.wording import indirect_question
from assistant.grounding.counts import count_text
from assistant.grounding.question import Ask, Question
from assistant.grounding.scope.views import names_doer
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import tokenize
from assistant.index.units import Unit, parent_item, table_rows, units_of

# How many lines from the unit of the ask before may the unit that answers the next one stand ('Ansvarig: …' on
# one line, 'Klart senast …' on the next, a blank line between).
NEAR_LINES = 2
# How many units on either side of that unit are looked at.
NEAR_UNITS = 3
# A selected unit of the same document answers a missing ask only when it shares this much of the question's words.
ASK_OVERLAP = 0.1
_SPELLED_COUNT_RE = re.compile(r"\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|hundra|hälften|"
                               r"varannan|var tredje|dubbelt)\b", re.I)


def fits(ask: Ask, unit: Unit) -> bool | None:
    """Whether `unit` gives what `ask` asks for: a role or name for who, a time for when, a figure for how many, a
    frequency for how often, a reason for why, an amount for what it cost; None where its wording cannot tell (what,
    how, where)."""
    text = unit.text
    if ask.kind == "who":
        return names_doer(unit) or bool(lex.DOER_WORD_RE.search(text))
    if ask.kind == "when":
        return bool(lex.WHEN_STATEMENT_RE.search(text))
    if ask.kind == "money":
        return bool(lex.MONEY_RE.search(text) or lex.FREE_OF_CHARGE_RE.search(text))
    if ask.kind == "number":  # (a list item's number, a date or a school year is no figure asked for)
        counted = count_text(lex.YEAR_RE.sub(" ", lex.DAY_RE.sub(" ", text)))
        return bool(re.search(r"\d", counted) or _SPELLED_COUNT_RE.search(counted))
    if ask.kind == "frequency":
        return bool(lex.FREQUENCY_RE.search(text) or lex.OCCASIONS_RE.search(text))
    if ask.kind == "cause":
        return bool(lex.CAUSE_SENTENCE_RE.search(text))
    if ask.kind == "action":  # what is done next: a planned deed, or a statement under 'Slutsatser', 'Åtgärder'
        return not unit.is_label and (bool(lex.ACTION_STATEMENT_RE.search(text)) or _under_action_heading(unit))
    return None


def _under_action_heading(unit: Unit) -> bool:
    """Whether `unit` stands under a heading of conclusions or measures ('Förvaltningens slutsatser', 'Åtgärder'):
    its section's heading or the short line heading its passage."""
    label = unit.sub_heading
    return bool(lex.ACTION_HEADING_RE.search(f"{unit.section_heading} {label.text if label is not None else ''}"))


def _other_task(anchor: Unit, unit: Unit) -> bool:
    """Whether `unit` is another top-level item of `anchor`'s list: another task, with its own responsible and
    deadline ('3. … Ansvarig: … Klart senast …' beside '4. …'). Nested items under one item tell of that one
    ('högst åtta elever i varje grupp', 'en lärare och en bibliotekarie leder varje grupp')."""
    if anchor.chunk.chunk_id != unit.chunk.chunk_id or anchor.unit_id == unit.unit_id:
        return False
    if anchor.kind == "row" and unit.kind == "row":  # another row of the table: another record
        return any(r.unit_id == unit.unit_id for r in table_rows(anchor))
    if not (anchor.is_item and unit.is_item) or anchor.list_start != unit.list_start:
        return False
    top_of = [u if u.depth <= 1 else _top_item(u) for u in (anchor, unit)]
    return top_of[0] is not None and top_of[1] is not None and top_of[0].unit_id != top_of[1].unit_id


def _top_item(unit: Unit) -> Unit | None:
    while unit is not None and unit.depth > 1:
        unit = parent_item(unit)  # type: ignore[assignment]
    return unit


def _beside(anchor: Unit, question: Question | None = None, ask: Ask | None = None) -> list[Unit]:
    """The units beside `anchor` that may tell more of the same thing: in its paragraph or on the lines right after
    (then before), not headings and not another task of its list."""
    units = units_of(anchor.chunk)
    after = units[anchor.seq + 1: anchor.seq + 1 + NEAR_UNITS]
    before = list(reversed(units[max(0, anchor.seq - NEAR_UNITS): anchor.seq]))
    out = []
    for u in (*after, *before):
        near = u.line == anchor.line or (u.start_line - anchor.end_line <= NEAR_LINES if u.seq > anchor.seq
                                          else anchor.start_line - u.end_line <= NEAR_LINES)
        if not near or (u.is_label and ":" not in u.text) or u.role not in ("body", "schedule") or \
                _other_task(anchor, u):
            continue
        if u.is_item and not _within_item(anchor, u):
            continue  # an item out of its list says little of the unit beside it
        # the rest of its paragraph, and the line right under it with no blank line between (one block)
        goes_on = u.seq > anchor.seq and (u.line == anchor.line or u.start_line == anchor.end_line + 1)
        if not goes_on and not _within_item(anchor, u) and not (question is not None and (
                lex.FIELD_LINE_RE.match(u.text) or _about_the_asked(question, u, ask))):
            continue  # a sentence beside it tells of the asked thing, or is a field of its record ('Klart: …')
        out.append(u)
    return out


def _within_item(anchor: Unit, unit: Unit) -> bool:
    """Whether both stand in one item of a list (the item and the items nested under it)."""
    return anchor.is_item and unit.is_item and anchor.list_start == unit.list_start and \
        anchor.chunk.chunk_id == unit.chunk.chunk_id and not _other_task(anchor, unit)


def _about_the_asked(question: Question, unit: Unit, ask: Ask | None = None) -> bool:
    """Whether `unit` tells of what the question asks about, not only of the names that place it: it shares a word of
    the ask itself ('klart' of 'när ska det vara klart'), or two of the question's own words. A date of the same
    paragraph beside another event ('Projektet initierades i december 2016') does not say when the interviews were."""
    own = question.content_terms - question.subject_terms
    asked = frozenset(tokenize(ask.text)) if ask is not None and not ask.bare else frozenset()
    return bool(asked & unit.terms) or len(own & unit.terms) >= 2


def by_asks(question: Question, picked: list[Scored], evidence: Sequence[Scored],
            written_with: Callable[[Unit], Sequence[Unit]] = lambda u: ()) -> tuple[list[Scored], list[int]]:
    """`picked` with the unit that answers each ask first, in the order asked (one found beside the unit of the ask
    before it, or among the same document's selected units about the asked thing, joins the answer), and the
    indexes of the asks no unit answers. `written_with` gives the units the answer writes with a picked one (the
    list it leads into). A question with one ask, or whose asks' wording cannot be checked, comes back as it is."""
    asks = question.asks
    if len(asks) < 2 or not picked or all(fits(a, picked[0].unit) is None for a in asks):
        return picked, []
    top = picked[0]
    source = top.unit.chunk.source

    def answers(ask: Ask, unit: Unit) -> bool:
        return bool(fits(ask, unit)) or any(fits(ask, u) for u in written_with(unit))

    chosen: list[Scored] = []
    missing: list[int] = []
    anchor = top.unit
    for i, ask in enumerate(asks):
        if fits(ask, anchor) is None:
            if i == 0:
                chosen.append(top)
            continue
        if any(answers(ask, c.unit) for c in chosen):
            continue  # 'Ansvarig: … Klart senast …': one unit answers both
        if i == 0:
            # The best unit stays first: another further off that names a role or a date may be of something else.
            # What it does not give may follow it in its paragraph or item ('Flickornas trygghet ska utredas.
            # Utredningen görs av skolkuratorn …'): that comes right after it. The first ask is said missing only
            # when neither that nor any quoted unit gives what it asks.
            chosen.append(top)
            near = None if fits(ask, top.unit) else next(
                (u for u in _beside(anchor, question, ask) if u.seq > anchor.seq and fits(ask, u)), None)
            if near is not None:
                chosen.append(next((s for s in picked if s.unit.unit_id == near.unit_id),
                                   Scored(near, top.score, 0.0, 0.0)))
                anchor = near
            elif not any(answers(ask, s.unit) for s in picked):
                missing.append(i)
            continue
        taken = {c.unit.unit_id for c in chosen}
        near = next((u for u in _beside(anchor, question, ask) if u.unit_id not in taken and fits(ask, u)), None)
        found = next((s for s in picked if near is not None and s.unit.unit_id == near.unit_id),
                     Scored(near, top.score, 0.0, 0.0)) if near is not None else None
        if found is None:
            found = next((s for s in picked if s.unit.unit_id not in taken and s.unit.chunk.source == source and
                          not _other_task(anchor, s.unit) and _about_the_asked(question, s.unit, ask) and
                          answers(ask, s.unit)), None)
        if found is None:
            found = next((s for s in evidence if s.unit.unit_id not in taken and s.unit.chunk.source == source and
                          s.overlap >= ASK_OVERLAP and not s.unit.is_label and not s.unit.is_item and
                          _about_the_asked(question, s.unit, ask) and fits(ask, s.unit)), None)
        if found is None and ask.kind == "action":
            # '… och behöver vi göra något?': what the document itself says is done next, under its conclusions
            # or measures, later in the passage the first part was answered from (trial 29 B5a dropped it)
            later = [u for u in units_of(top.unit.chunk)[top.unit.seq + 1:] if u.unit_id not in taken]
            near = next((u for u in later if not u.is_label and u.role == "body" and _under_action_heading(u) and
                         fits(ask, u)), None)
            found = Scored(near, top.score, 0.0, 0.0) if near is not None else None
        if found is None:
            if not any(answers(ask, s.unit) and _about_the_asked(question, s.unit, ask) for s in picked):
                missing.append(i)  # (another document's unit about the asked thing answers: not missing)
            continue
        chosen.append(found)
    ids = {c.unit.unit_id for c in chosen}
    answered = [c.unit for c in chosen]
    # Another task of the answer's own list or table answers another question's who and when: it stays out.
    records = any(a.kind in ("who", "when") for a in asks)
    rest = [s for s in picked if s.unit.unit_id not in ids and
            not (records and any(_other_task(a, s.unit) for a in answered))]
    if question.language != "sv":
        missing = []  # (the checks read Swedish words: an English question's ask is not said missing)
    if chosen and any(a.kind == "action" for a in asks):
        # '… och behöver vi göra något?': the first part's whole paragraph before the part that says what is done,
        # and nothing after them that answers neither part (trial 29 B5a: the dialogue's date and count followed)
        first = chosen[0].unit
        paragraph = [s for s in rest if s.unit.chunk.chunk_id == first.chunk.chunk_id and s.unit.line == first.line]
        kept = {s.unit.unit_id for s in paragraph}
        rest = [s for s in rest if s.unit.unit_id not in kept]
        return [chosen[0], *paragraph, *chosen[1:], *([] if not missing else rest)], missing
    return [*chosen, *rest], missing


def beside_written(question: Question, written: Sequence[Unit], evidence: Sequence[Scored]
                   ) -> tuple[list[Unit], list[int]]:
    """For an answer written whole (a list): the units that answer an ask none of `written` answers, found beside
    them or among the same document's selected units, and the indexes of the asks still unanswered."""
    if len(question.asks) < 2 or not written or question.language != "sv":
        return [], []
    extra: list[Unit] = []
    missing: list[int] = []
    have = {u.unit_id for u in written}
    for i, ask in enumerate(question.asks):
        if any(fits(ask, u) is not False for u in written):
            continue
        near = next((u for w in (written[0], written[-1]) for u in _beside(w, question, ask)
                     if u.unit_id not in have and fits(ask, u)), None)
        if near is None:
            near = next((s.unit for s in evidence if s.unit.unit_id not in have and
                         s.unit.chunk.source == written[0].chunk.source and s.overlap >= ASK_OVERLAP and
                         not s.unit.is_label and not s.unit.is_item and
                         _about_the_asked(question, s.unit, ask) and fits(ask, s.unit)), None)
        if near is None:
            missing.append(i)
        else:
            extra.append(near)
            have.add(near.unit_id)
    return extra, missing


def not_given(question: Question, index: int) -> str:
    """The sentence that says the sources do not give one ask: in the ask's own words as an indirect question
    ('Underlaget anger inte när det ska vara klart.'), or by what it asks for where that word order cannot be told
    ('… och vad beror skillnaden på?': 'Underlaget anger inte varför.', '… och när?': 'Underlaget anger inte när.')."""
    ask = question.asks[index]
    if question.language != "sv":
        return lex.ASK_NOT_GIVEN.format(ask=f"svaret på ”{ask.text}”")
    # (a reason or a cost is said by its word: 'vad beror skillnaden på', 'vad kostade arbetet med den' have no
    # indirect word order the wording module can tell)
    own_words = not ask.bare and ask.kind not in ("cause", "money")
    said = indirect_question(ask.text[:1].lower() + ask.text[1:]) if own_words else None
    return lex.ASK_NOT_GIVEN.format(ask=said or lex.ASK_KIND_WORDS.get(ask.kind) or ask.word)
