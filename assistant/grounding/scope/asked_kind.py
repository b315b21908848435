"""The asked thing named in the answering unit (refusal31, issue 12 part 3): one general test for questions that ask
something of one kind — a length of time, an amount of money, a clock time, a date, how often, the steps of a
process — about one thing.

'Hur mycket pengar behöver vi budgetera för insatserna mot mobbning?' was answered with 'Jämställdhetsarbetet
finansieras … med 850 tkr' (an amount of another thing) and 'Och hur många timmar ska vi lägga på det tredje
steget?' with '3 Hur går det? (3 timmar)' of another programme: a unit that states the kind of another thing, or the
thing without the kind, is no answer. So the question's asked kind is read from its question phrase (lexicon, the
patterns the project reads such questions by), the thing it is of is the rarest of its specific words the documents
use (its kind's framing words aside: 'budgetera', 'timmar', 'lägga'), and among the best units one must state
something of that kind (a time unit, kronor, a month, 'varje vecka', an ordered list) in a line — its text, a
row's caption and column names, a list's intro, its headings — that names that thing. Where none does, the refusal
names the kind missing for the thing and shows what the material does say of the thing.

Shares and persons have their own checks (statkind, views.names_person), which this one leaves to them. A count
('Hur många elever anmäldes till huvudmannen för ogiltig frånvaro?') is judged here too, as kind 'count': a number
that counts the asked noun (figures.counts_asked) must stand in a line naming the thing it is a count of, the
question's rarest other noun — '38 av skolans 412 elever hade mer än 15 procent frånvaro' counts no anmälningar
(refusal35b probes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import Question, verb_form
from assistant.grounding.scope.figures import counts_asked, unit_has_figure
from assistant.grounding.scope.periods import periods
from assistant.grounding.scope.terms import _says_word, named_by_own_item, names_parts, term_forms
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold
from assistant.index.units import Unit, row_frame, units_of

# How many of the best units are read for the asked kind, and how close to the best one's score they must be.
KIND_POOL = 6
KIND_CLOSE = 0.5
# How many of the best units are searched for what the material does say of the asked thing (the refusal's closest).
SHOW_POOL = 16
# How many letters an inflection or derivation may add to a framing word's start ('kost' -> 'kostnaden', 'budget' ->
# 'budgetera'); a longer word is a compound naming a thing of its own ('kostnadsberäkningen').
FRAME_ENDING = 5
# The kinds asked as an amount (a figure question's answer type): a list or description question that names a cost
# or a time in passing asks something else.
# A compound's head ('nämnd' of 'utbildningsnämnd') names its thing when a passage refers back to it: at least
# COMPOUND_HEAD letters, after at least COMPOUND_LEAD letters of the compound.
COMPOUND_HEAD = 5
COMPOUND_LEAD = 4
AMOUNT_KINDS = frozenset({"duration", "money", "clock", "date", "datum"})
# The kinds whose line must name the rarest asked thing (or one about as rare: RARE_TIER times its share of chunks),
# not any asked word: an amount, a length, a time or a day is of one thing, and the more common words place it.
OF_RAREST_KINDS = frozenset({"duration", "money", "clock", "date", "day", "daytime", "datum", "count"})
RARE_TIER = 2.0
# A calendar day is of one event, named by the rarest asked word alone: 'Vilket datum träffades arbetsgruppen för
# lönekartläggningen första gången?' is not answered by 'Kartläggningen avser lönerna den 1 oktober 2025.' (the
# survey's own date), where 'lönekartläggningen' is about as rare as 'arbetsgruppen' (refusalC34, blind36 LK33).
DAY_TIER = 1.0


@dataclass(frozen=True)
class KindGap:
    """An asked kind no best unit states of the asked thing: the kind, the thing's word as the question writes it,
    and the best units that name the thing (what the material does say of it, best first)."""

    kind: str
    thing: str
    naming: list[Scored]


def asked_kind(text: str) -> str:
    """The kind of thing a question asks for, read from its question phrase: 'duration', 'money', 'clock', 'date',
    'frequency', 'steps', 'schedule' (a timetable), 'day' (a weekday), 'daytime' (a time of day), or '' for any
    other (a count, a share, a person, a description).

    >>> [asked_kind(q) for q in ("Hur många timmar ska vi lägga på steget?", "Hur lång tid tar kursen?",
    ...  "Hur mycket pengar behöver vi budgetera?", "Vad kostar kursen?", "Vilken tid börjar träffen?",
    ...  "När startade projektet?", "Hur ofta träffas nätverket?", "Vilka steg ingår i processen?",
    ...  "Hur många elever deltog?", "Vem leder gruppen?")]
    ['duration', 'duration', 'money', 'money', 'clock', 'date', 'frequency', 'steps', '', '']
    """
    if lex.STEPS_QUESTION_RE.search(text):
        return "steps"
    if lex.DAYTIME_QUESTION_RE.search(text):
        return "daytime"
    if lex.SCHEDULE_QUESTION_RE.search(text):
        return "schedule"
    if lex.HOW_OFTEN_RE.search(text):
        return "frequency"
    if lex.DURATION_QUESTION_RE.search(text) or lex.TIME_COUNT_QUESTION_RE.search(text):
        return "" if lex.SINCE_QUESTION_RE.search(text) else "duration"  # 'hur länge har …' is told by a start
    if lex.MONEY_QUESTION_RE.search(text):
        return "money"
    if lex.TIME_QUESTION_RE.search(text):
        return "clock"
    if lex.CALENDAR_DAY_QUESTION_RE.search(text):
        return "datum"
    if lex.DATE_QUESTION_RE.search(text):
        return "date"
    if lex.WEEKDAY_QUESTION_RE.search(text):
        return "day"
    return ""


def tells_kind(unit: Unit, kind: str) -> bool:
    """Whether a unit's own line (its text and context: a row's caption and columns, a list's intro) states something
    of the kind: a length with its unit of time, an amount in kronor or 'kostnadsfri', a clock time, a date, a
    frequency, a sequence (a list item, a numbered step, 'först … sedan')."""
    line = f"{unit.text} {unit.context()}"
    if kind == "duration":  # (an interval in any unit: 'minst en gång varannan vecka', as TIME_COUNT_QUESTION_RE)
        line = lex.AGE_SPAN_RE.sub(" ", line)  # an age band is no length of time ('för 12 tjejer i åldern 15–17 år')
        # (a table row's bare cells are lengths where its label, caption or columns give their unit of time)
        return bool(lex.DURATION_RE.search(line) or lex.TIME_AMOUNT_RE.search(line) or lex.FREQUENCY_RE.search(line)
                    or (unit.kind == "row" and re.search(r"\|\s*\d", unit.text) is not None
                        and lex.ROW_TIME_UNIT_RE.search(row_frame(unit)) is not None))
    if kind == "money":  # (a table row's bare cells are kronor where its caption or columns say so: figures.money_row)
        return bool(lex.MONEY_RE.search(line) or lex.FREE_OF_CHARGE_RE.search(line)
                    or (unit.kind == "row" and lex.MONEY_GIVEN_RE.search(row_frame(unit))))
    if kind == "clock":
        return bool(lex.CLOCK_RE.search(line))
    if kind == "date":
        return bool(lex.DATE_TOLD_RE.search(line))
    if kind == "datum":  # a day of the calendar, not a month or a year
        return bool(lex.DAY_RE.search(line))
    if kind == "day":  # a weekday, 'vardagar', 'varje dag' or a day of the calendar
        return bool(lex.WEEKDAY_TOLD_RE.search(line) or lex.DAY_RE.search(line))
    if kind == "daytime":  # a clock time or a part of the day ('på eftermiddagen', 'efter skoldagen')
        return bool(lex.CLOCK_RE.search(line) or lex.PART_OF_DAY_RE.search(line))
    if kind == "frequency":
        return bool(lex.FREQUENCY_RE.search(line) or lex.OCCASIONS_RE.search(line)
                    or lex.STANDING_FREQUENCY_RE.search(line))
    if kind == "person":  # a person's name (the role asked is views.names_person's own check)
        from assistant.grounding.scope.views import names_person

        return names_person(unit, "")
    if kind == "schedule":  # a timetable: a date, a term, a clock time or a length
        return bool(lex.DATE_TOLD_RE.search(line) or lex.CLOCK_RE.search(line) or lex.DURATION_RE.search(line))
    if kind == "steps":
        return unit.kind == "item" or bool(lex.SEQUENCE_RE.search(unit.text))
    return True


def _framing(term: str, kind: str) -> bool:
    """Whether an asked word only frames the kind ('timmar', 'budgetera', 'lägga')."""
    folded = fold(term)  # the word inflected, not a compound it begins ('kostnaden', not 'kostnadsberäkningen')
    return any(folded == w or (len(w) > 2 and folded.startswith(w) and len(folded) <= len(w) + FRAME_ENDING)
               for w in lex.ASKED_KIND_FRAME.get(kind, ()))


def names_thing(unit: Unit, term: str, kind: str = "") -> bool:
    """Whether a unit's line (its paragraph or list item), its headings or its document's title (a label: its section)
    name the asked thing: inflected,
    as a compound's head ('nämnden' for 'barn- och utbildningsnämnden'), or written apart as a compound's parts."""
    # (steps: a list's item is a step of what its intro or headings name, not of a thing the item mentions — '2. Extra
    # studietid genom lovskola.' in 'Förslag på insatser:' is no step of applying for lovskola)
    # (a sentence of a paragraph or list item is of what the item's other sentences name: 'Klart senast den 31 mars
    # 2026.' after '1. Ny LED-belysning sätts upp … genom Ekdalsparken.' in one item)
    said = "" if kind == "steps" and unit.kind == "item" else \
        " ".join(u.text for u in units_of(unit.chunk) if u.line == unit.line) or unit.text
    own = f"{said} {unit.context()} {unit.chunk.title} {unit.chunk.heading_path_text}"
    # (a label heads its section, whose lines are its own: '3 Hur går det? (3 timmar)' over the third meeting's text)
    line = fold(f"{own} {unit.chunk.text}" if unit.kind == "label" else own)
    if _says_word(line, term) or names_parts(line, term):
        return True
    heads = [term[i:] for i in range(COMPOUND_LEAD, len(term) - COMPOUND_HEAD + 1)]
    return any(re.search(rf"\b{re.escape(h)}", line) for h in heads)


def kind_untold(question: Question, evidence: Sequence[Scored], asked: Sequence[str],
                weights: TermWeights | None) -> KindGap | None:
    """The asked kind and thing where none of the best units (the first KIND_POOL scoring at least KIND_CLOSE of the
    best) states something of that kind in a line naming the thing; None where one does, where the question asks
    no such kind, or where no specific word of it names a thing the documents use (nothing to judge by).

    >>> from assistant.grounding.question import analyse
    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> class W:
    ...     def chunk_share(self, t): return 0.01
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> q = analyse("Hur mycket pengar behöver vi budgetera för insatserna mot mobbning?")
    >>> gap = kind_untold(q, scored("Arbetet finansieras med 850 tkr.") + scored("Skolan arbetar mot mobbning."),
    ...                  ["mobbning"], W())
    >>> gap.kind, gap.thing, [s.unit.text for s in gap.naming]
    ('money', 'mobbning', ['Skolan arbetar mot mobbning.'])
    >>> kind_untold(q, scored("Insatserna mot mobbning kostar 400 tkr."), ["mobbning"], W()) is None
    True
    """
    # (a follow-up asking with its own question phrase asks its own kind, not the earlier question's: kind_text)
    # (a count is left to figures.counts_asked: judged here, as refusal35b tried, the line had to name the thing
    # itself, and a service named by the gloss its report gives it, 'särskild kollektivtrafik (färdtjänst)', was
    # refused; test_municipal_document_questions)
    kind = asked_kind(question.kind_text) or ("person" if question.wants_person else "")
    if not kind or not evidence or weights is None:
        return None
    if kind in AMOUNT_KINDS and question.answer_type != "number":
        return None  # 'Vilka poster finns i kostnadsberäkningen?' asks a list, not an amount
    words = [w.strip(",.;:!?()”\"") for w in question.cue_text.split()]

    def written(term: str) -> str:
        # (or the word it was cut from: 'tradd' of 'sammanträdde' is that verb, no noun naming a thing)
        return next((w for w in words if w and _says_word(w, term)), None) or \
            next((w for w in words if len(term) >= COMPOUND_HEAD and fold(term) in fold(w)), term)

    # (the source the question names at its end places the answer: 'enligt Skolinspektionens uppföljning')
    source = lex.ACCORDING_TO_TAIL_RE.search(question.cue_text)
    own = [t for t in asked if not _framing(t, kind) and weights.chunk_share(t) > 0
           and not (source and _says_word(fold(source.group(0)), t))
           and not (kind == "count" and _says_word(question.counted, t))]  # (the counted noun frames a count)
    if all(verb_form(written(t)) for t in own):
        # the thing is named by nouns: a verb alone ('När genomfördes de?') names no thing to judge by, though a
        # line saying it names the deed asked ('Aktörer anslutna till målet' for 'När anslöt sig …?')
        return None
    pool = [s for s in evidence[:KIND_POOL] if s.score >= KIND_CLOSE * evidence[0].score]
    total = bool(lex.TOTAL_QUESTION_RE.search(question.kind_text))
    nouns = [t for t in own if not verb_form(written(t))]
    # (a word naming the document the figure stands in places it: DOCUMENT_KIND_WORD_RE; where it is the only noun,
    # any asked word names the thing)
    things = [t for t in nouns if not lex.DOCUMENT_KIND_WORD_RE.search(written(t))]
    thing = min(things or nouns, key=weights.chunk_share)
    # An amount, a time or a day is of the most specific thing asked, its rarest noun: 'Hur mycket kostade utflykten
    # till Storskogen för sommarskolan?' is not answered by 'Kommunens kostnad för sommarskolan … 486 000 kronor', nor
    # 'När ska rektorerna ha tagit fram positionsbeskrivningarna …?' by 'Fastställd av rektor den 22 januari 2026.'
    # (refusalA33); words about as rare as it (within RARE_TIER) name it as well.
    named = own if kind not in OF_RAREST_KINDS or not things else \
        [t for t in own if not verb_form(written(t)) and
         weights.chunk_share(t) <= (DAY_TIER if kind == "datum" else RARE_TIER) * weights.chunk_share(thing)]
    # (or a field run on after a numbered item whose item names the thing itself, its rarest word: 'Kostnad:
    # 1 450 000 kronor.' after '1. Ny LED-belysning … cykelvägen …'; terms.named_by_own_item)
    # A day asked within a month the question names ('Vilket datum i juni 2025 ska rutinen utvärderas?'): only a
    # day of that month tells it; '13 januari 2025' on the same document is of another event (refusal35b probes).
    months = [p for p in periods(question.cue_text) if p.part in lex.MONTH_NAMES] if kind == "datum" else []

    from assistant.grounding.scope.views import asked_role, names_role_field

    role = asked_role(question) if kind == "person" else ""

    def role_field(unit: Unit) -> bool:
        return names_role_field(unit, role)

    def tells(unit: Unit) -> bool:
        if months:
            line = f"{unit.text} {unit.context()}"
            return any(p.holds(d) for m in lex.DAY_RE.finditer(line) for d in periods(m.group(0)) for p in months)
        if kind == "person" and role_field(unit):
            return True  # 'Ansvarig: ungdomsstrategen.' holds the asked role by its field (views.names_role_field)
        if kind != "count":
            return tells_kind(unit, kind)
        # (a count of the asked noun: '12 tjejer', not 'två kvällar i veckan' in a line on the tjejkvällar)
        return unit_has_figure(unit, question) and counts_asked(unit, question)

    if any(tells(s.unit) and (any(names_thing(s.unit, f, kind) for t in named
                                             for f in term_forms(question, t))
                                         or (kind != "steps" and any(named_by_own_item(s.unit, f)
                                                                     for f in term_forms(question, thing)))
                                         or (total and lex.TOTAL_RE.search(s.unit.text)))
           for s in pool):
        # (a total asked is a budget's 'Totalt 8 464 tkr' line, which names nothing but the total: tune NM01)
        return None
    # what the material says of the thing: the best units naming it in their own text, among a wider pool
    naming = [s for s in evidence[:SHOW_POOL] if _says_word(s.unit.text, thing) and not s.unit.is_label]
    return KindGap(kind, written(thing), naming)
