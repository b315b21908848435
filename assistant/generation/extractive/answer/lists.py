"""Which list answers and how it is written (whole, led, continued lists): the list choices of the extractive answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.citations import CitationBook, markers
from assistant.generation.extractive.answer.quoting import _clean, cite_unit, cite_units, row_sentence, table_header
from assistant.generation.extractive.tables import header_rows
from assistant.grounding.question import Question, Subject, verb_form
from assistant.grounding.selection import (
    ListCandidate,
    Scored,
    Selection,
    list_kinds,
    of_another_kind,
    subject_is_covered,
)
from assistant.index.lexical import tokenize
from assistant.index.units import (
    ITEM_PREFIX_RE,
    Unit,
    all_questions,
    intro_antecedent,
    items_led_by,
    lead_in,
    lines_led_by,
    list_intro,
    list_of,
    units_of,
)

# A list of another kind than asked needs an item scoring this share of the best statement's score.
ITEM_COMPETE = 0.8
# The fewest words of a sentence leading into a list (a shorter line ending in ':' is a heading, 'Insatser:').
LEAD_WORDS = 5
# A list this short is quoted whole when one of its items, saying little alone, best answers a fact question.
SHORT_LIST = 8
# The word overlap below which an item says little without its list's intro.
ITEM_ALONE = 0.1
# The share of the best unit's score a list of the asked kind in the same chapter needs to answer a list question.
LIST_VS_UNIT = 0.75
# A fact question's best statement outside a list of the asked kind answers instead of that list when it holds this
# share of the question's own words (idf-weighted) and no item of the list holds more than ITEMS_SHARE of what it
# holds (see _says_what_is_asked).
STATES_ALL = 0.6
ITEMS_SHARE = 0.5
# Questions a whole list answers: an item chosen for them is written with the rest of its list, and the best
# statement with the list it leads into ('… hur ni kan involvera målgruppen. Här är tips på hur ni kan göra:').
WHOLE_LIST_TYPES = ("list", "how", "evaluation")
LED_LIST_TYPES = ("list", "how", "fact", "evaluation")
# Questions whose best item is written with its short list when that list, as a whole, outscores it
# (see _list_of_top_item).
WHOLE_LIST_FACT_TYPES = ("fact",)
# Questions whose chosen statements, two or more items of one short list, are written as that list whole: a fact
# question's ('Vad kan den sammanfattande analysen ta upp?'), and a cause question's, whose causes a report lists
# under its own intro ('Elevhälsoteamet bedömer att skillnaderna … främst har följande orsaker:'; quoted36 probes
# quoted two of its four causes, scattered).
WHOLE_SHORT_LIST_TYPES = ("fact", "cause")
# How many lines after the best statement the list it leads into may start (an intro line and blank lines between).
LED_LIST_GAP = 5
# The best statement leads into its own list, and another list of the asked kind scores higher as a list: that other
# list answers only when its intro is about as close to the question as the best statement (this share of its score).
LED_CLEARLY_CLOSER = 1.3
# 'Vilka av X <condition>?': a statement on the condition among this many of the best passes over a list of all of X.
WHICH_OF_POOL = 8
# The best statement is an item of a list of the asked kind, and another document's list scores higher: the item's
# own list answers when it scores at least this share of the other's (see _list_of_best_item).
OWN_LIST_SHARE = 0.85
# The fewest letters of a stem taken for a title word's when one begins the other ('pojk', 'pojkar').
TITLE_STEM = 4
# A supporting statement (not the best) is written with the list its paragraph leads into when it scores this share
# of the best one's score.
LED_SUPPORT = 0.8


def _whole_list(question: Question, s: Scored, picked: Sequence[Scored], top: Scored,
                selection: Selection | None = None) -> list[Unit]:
    """The whole list an item chosen for a list or 'how' question belongs to, when that list is the answer: the
    item is the best statement, or another item of its list was chosen too, or the list follows the best statement
    (for a fact question: another item of its short list was chosen too);
    empty otherwise (a stray item of another section's list, or for 'Hur kan vi …?' of a list of another kind than
    measures, stays one statement)."""
    unit = s.unit
    # A fact question whose chosen statements are two or more items of one short list ('Vad kan den sammanfattande
    # analysen ta upp?' met by two of its four items) asks what that list holds: it is written whole as well.
    whole_type = question.answer_type in WHOLE_LIST_TYPES
    if not (whole_type or question.answer_type in WHOLE_SHORT_LIST_TYPES) or not unit.is_item:
        return []
    items = [i for i in list_of(unit) if i.role == "body"]
    if len(items) < 2 or (not whole_type and len(items) > SHORT_LIST):
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
    if not whole_type:
        return _continued(items, selection) if others >= 2 else []
    return _continued(items, selection) if s is top or others >= 2 or follows_top else []


def _list_of_top_item(question: Question, s: Scored, top: Scored, selection: Selection) -> list[Unit]:
    """For a fact question best met by one item of a short list that, as a whole, fits better than that item alone
    (its heading or intro holds what the item lacks: 'Vad vill skolchefen gå vidare med på huvudmannanivå?' and the
    items under 'Arbetet framåt på huvudmannanivå'), the whole list: the item is one of the things asked for, not
    the answer. The supporting statements still follow. Empty otherwise ('Vad händer med tjejkvällarna?' is best
    met by the item naming them, and its list fits worse than that item)."""
    if question.answer_type not in WHOLE_LIST_FACT_TYPES or s is not top or not top.unit.is_item:
        return []
    # The list the item stands in: the best list holds it, or another document's list outscored it ('Vad kan gå
    # snett med insatserna som kommunen har planerat?' best met by the plan's first risk, while another report's
    # list of risks scores higher; tune B23).
    candidate = selection.best_list if selection.best_list is not None and \
        top.unit.unit_id in {i.unit_id for i in selection.best_list.items} else _holding(selection, top.unit)
    if candidate is None or candidate.inline or candidate.gathered or candidate.score < top.score:
        return []
    items = [i for i in candidate.items if i.role == "body"]  # continued across a chunk boundary too
    if not 2 <= len(items) <= SHORT_LIST or top.unit.unit_id not in {i.unit_id for i in items}:
        return []
    return items


def _holding(selection: Selection, unit: Unit, kind_match: bool = False) -> ListCandidate | None:
    """The best-scoring list candidate (a list of items, not a sentence that enumerates, nor sentences gathered
    under a repeated heading) that holds `unit` as one of its items; of the asked kind when `kind_match`."""
    return max((c for c in selection.lists if not c.inline and not c.gathered and (c.kind_match or not kind_match)
                and unit.unit_id in {i.unit_id for i in c.items}), key=lambda c: c.score, default=None)


def _list_of_best_item(question: Question, chosen: ListCandidate | None, top: Scored, selection: Selection,
                       evidence: Sequence[Scored] = ()) -> ListCandidate | None:
    """For a list question whose best statement is an item of a list of the asked kind, that list rather than a list
    of another document that scores a little higher: the document that best answers is the one to list from ('Och
    vilka risker?' after a question on a plan's strengths: the plan's own 'Risker', whose first item is the best
    statement, not another report's 'Om inget görs ser förvaltningen följande risker:'; tune LQ31). The other list
    stays when it is of the asked kind and the item's own list is not, or it clearly scores higher (below
    OWN_LIST_SHARE of its score)."""
    if chosen is None or question.answer_type != "list" or not top.unit.is_item or chosen.inline \
            or chosen.gathered or chosen.series or top.unit.unit_id in {i.unit_id for i in chosen.items}:
        return chosen
    if _document(chosen.items[0]) == _document(top.unit):
        return chosen  # two lists of one document: which of them answers is the list choice's (selection)
    own = _holding(selection, top.unit, kind_match=chosen.kind_match)
    if own is None or own.series or own.score < OWN_LIST_SHARE * chosen.score:
        return chosen
    return own if _list_to_use(question, own, top, evidence) is own else chosen


def _document(unit: Unit) -> str:
    return unit.chunk.path or unit.chunk.source


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
    if question.answer_type == "how" and lex.WAY_OF_DOING_RE.search(question.cue_text) and \
            all(_figures_only(i) for i in candidate.items):
        # 'How should a municipality follow up …?' is not answered by a list of indicator figures ('Beviljade timmar
        # hemtjänst …: Kvinnor/flickor 27,5, Män/pojkar 31,2'): figures say how things stand, not how to do it
        # (trial 37 B6)
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
            if _says_what_is_asked(candidate, top, evidence):
                return None  # 'Vad ska arbetslagen göra om målet … inte nås?': the statement saying so, not the goals
            return candidate if candidate.score >= 0.75 * top.score else None
        return candidate if candidate.score >= top.score + 0.35 and len(candidate.items) >= 2 and \
            _items_compete(candidate, top, evidence) else None
    return None


def _says_what_is_asked(candidate: ListCandidate, top: Scored, evidence: Sequence[Scored]) -> bool:
    """Whether the best statement, outside the list, holds nearly all of the question's own words (STATES_ALL of
    their weight) and its items at most ITEMS_SHARE of what it holds: the question names the list's kind only as
    its topic ('Vad ska arbetslagen göra om målet för bygghörnan inte nås?' names the goals; the sentence 'Om målet
    för bygghörnan inte nås ska arbetslagen pröva …' answers, not the list '4. Mål för 2026'; tune DX09)."""
    if top.unit.kind != "sentence" or top.unit.is_label or top.overlap < STATES_ALL or \
            top.unit.unit_id in {u.unit_id for u in candidate.items}:
        return False
    ids = {u.unit_id for u in candidate.items}
    items = [s.overlap for s in evidence if s.unit.unit_id in ids]
    return max(items, default=0.0) <= ITEMS_SHARE * top.overlap


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


def _fits_better_than(chosen: ListCandidate, led: Sequence[Unit], selection: Selection, top: Scored,
                      question: Question | None = None) -> bool:
    """Whether the chosen list, introduced as the kind asked for, outscores the list of that kind the best statement
    leads into: of two checklists ('Använd följande frågor för att …:' ending a paragraph, 'Reflektera över hur
    samverkan … har fungerat:' on a line of its own), the one whose intro and items fit the question answers, not
    the one whose paragraph scored best as a single sentence. A led list that is no candidate of the asked kind
    still answers with its statement."""
    if not chosen.kind_match or chosen.inline or led[0].unit_id in {u.unit_id for u in chosen.items}:
        return False
    intro = chosen.intro
    said = next((s.score for s in selection.ranked if intro is not None and s.unit.unit_id == intro.unit_id), None)
    if said is not None and top.score >= LED_CLEARLY_CLOSER * said \
            and not (question is not None and _only_title_words(question, top.unit, intro)):
        # The best statement is far closer to the question than the chosen list's own intro: its list answers
        # ('Huvudmännen har dels utvecklat sin uppföljning för att få ett bättre underlag för analys …' over the
        # list it leads into, for 'Hur har huvudmännen gjort för att få bättre underlag för analys …?'), not the
        # next passage's list whose items happen to share more words (tune H36).
        return False
    own = [c for c in selection.lists if c.kind_match and not c.inline
           and led[0].unit_id in {u.unit_id for u in c.items}]
    return bool(own) and max(c.score for c in own) < chosen.score


def _only_title_words(question: Question, unit: Unit, other: Unit | None) -> bool:
    """Whether `unit` shares none of the question's words but those its document's title holds, while `other` shares
    some of the rest: the words of a guide's title ('Pojkar ska uppnå goda skolresultat …') stand all through it and
    say nothing of which passage answers ('Vilka frågor föreslår metodstödet … när vi analyserar underlaget om
    pojkars skolresultat?' is answered by 'Använd dessa frågor som stöd i analysen.' and its list, not by the list a
    sentence on 'pojkars skolresultat' and cooperation leads into; tune LQ08)."""
    if other is None:
        return False
    title = tokenize(unit.chunk.title)

    # (a stem that begins another is the same word: 'pojkars' stems to 'pojkar', the title's 'Pojkar' to 'pojk')
    def beyond_title(terms: frozenset[str]) -> set[str]:
        return {t for t in question.content_terms & terms
                if not any(t.startswith(w) or w.startswith(t) for w in title if min(len(t), len(w)) >= TITLE_STEM)}

    return not beyond_title(unit.terms) and bool(beyond_title(other.terms))


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


def _figures_only(unit: Unit) -> bool:
    """Whether a list item, sentence or table row only states figures: a label, then groups and their figures ('Besök
    på fritidsgårdar (procent): Kvinnor/flickor 29, Män/pojkar 71.').
    """
    if unit.kind == "row":
        return table_header(unit) is None or re.search(r"[^\W\d_]{3,}", " ".join(unit.text.split("|")[1:])) is None
    if unit.kind not in ("item", "sentence"):
        return False
    label, colon, figures = _clean(unit).rpartition(":")
    if not (colon and label.strip() and re.search(r"\d", figures)):
        return False
    return not _FIGURE_PAIR_RE.sub("", figures).strip(" ,;.")


# A group and its figure in a figure line after its label ('Kvinnor/flickor 27,5', 'Män/pojkar 71 %').
_FIGURE_PAIR_RE = re.compile(r"[^\W\d][\w/()-]{0,30}(?: [^\W\d][\w/()-]{0,30}){0,3} [−-]?\d{1,3}(?:[ \u00a0]\d{3})*"
                             r"(?:,\d+)?(?: ?%)?")
