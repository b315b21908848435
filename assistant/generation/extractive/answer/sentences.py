"""Which sentences an answer in prose quotes (the best one, its paragraph, chain, near ties and support)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.generation.extractive.answer.lists import _items_after
from assistant.generation.extractive.answer.quoting import _key
from assistant.grounding.counts import count_text, counts_the_asked_deed
from assistant.grounding.definition import defines, names_definiendum
from assistant.grounding.grades import asked_grades, unit_grades
from assistant.grounding.question import Question, verb_form
from assistant.grounding.selection import Scored
from assistant.index.lexical import tokenize, word_list_terms
from assistant.index.units import Unit, list_intro, record_fields, record_head, units_of

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
# How many sentences that carry on from the best one in a chain ('Denna fas …', 'Därtill …') are quoted with it;
# a figure, a definition or a yes/no takes only the first (the rest is more than was asked).
CONTINUATIONS = 3
CHAIN_TYPES = ("list", "how", "fact", "cause", "consequence", "evaluation")
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
# A supporting statement holds SUPPORT_WORDS of the question's own words (idf-weighted); in the places left after
# those, one that shares less, or none but is at least SUPPORT_CLOSE times as close to the question by its own
# embedding as the best one, supports too: a coordinator asks in everyday words ('killar', 'vanlig
# verksamhet', 'kickade igång') what the document says in its own ('män', 'ordinarie verksamhet', 'pågick'), and the
# statement that answers then shares few or none of the question's words, only its meaning. (Until quoted33 only the
# first kind supported: answers in everyday words quoted the best sentence alone; admitted alike, the second kind
# pushed the answering statement out of tune E05.)
SUPPORT_WORDS = 0.1
SUPPORT_CLOSE = 1.0


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
    item = record_head(top.unit)
    if item is not None:
        # 'Kostnad: 1 450 000 kronor.' run on after '1. Ny LED-belysning sätts upp längs … Ekdalsparken.' and its
        # other fields: the item it belongs to says what the figure is of, and comes first (units.record_head).
        bring(item, before_top=True)
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
    if question.answer_type in PARAGRAPH_TYPES and not question.mention:
        # (not for 'Vad säger metodstödet om läxhjälp?': its answer is the places that name the thing, each short)
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
    # The statements sharing a tenth of the question's own words (or continuing a chosen one's paragraph) first; those
    # that share less, or only its meaning (SUPPORT_CLOSE), take the places left: they never push one out.
    for relaxed, s in [*((False, s) for s in evidence[1:]), *((True, s) for s in evidence[1:])]:
        if len(picked) >= n:
            break
        follows = any(p.unit.chunk.chunk_id == s.unit.chunk.chunk_id and p.unit.line == s.unit.line
                      and s.unit.seq == p.unit.seq + 1 for p in picked)
        # (A timetable's line, selected only when a timetable is asked for, supports as a sentence does: '4 maj kl.
        # 15.00–17.00' shares no word with 'Vilken tid var workshoparna?' but its passage is about them.)
        timetable = s.unit.role == "schedule" and s.unit.informative
        if s.score < max(0.55 * top.score, 0.25) or (s.unit.is_label and not timetable):
            continue
        if s.overlap < SUPPORT_WORDS and not follows and not timetable and \
                not (relaxed and (s.overlap > 0 or _as_close(s, top))):
            continue  # support must share the question's own words, mean as much, or continue a chosen paragraph
        if (s.unit.text.rstrip().endswith(":") or lex.ANNOUNCES_LIST_RE.search(s.unit.text)) and \
                not _items_after(s.unit):
            continue  # a sentence leading into a list that is not here says nothing by itself
        key = _key(s.unit.text)
        if any(key in k or k in key for k in seen):
            continue
        if question.mention and not names_mention(question, s.unit):
            continue  # 'Vad säger planen om barnböcker?': a line of the plan naming none tells nothing of them
        if question.answer_type == "number" and not (
                lex.NUMBER_RE.search(_figures(question, s.unit)) and _figure_of_asked_thing(question, top.unit, s.unit)):
            continue
        if not _from_the_answers_document(question, top.unit, s.unit) or _of_other_grades(question, s.unit) or \
                _beside_a_named_responsible(question, top.unit, s.unit) or _field_of_other_item(top.unit, s.unit):
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
    if rival is not None and question.mention and not names_mention(question, rival.unit):
        rival = None
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
    if question.date or question.money or lex.WHO_QUESTION_RE.search(question.cue_text):
        picked = _with_record_fields(picked)
    # Read in document order within one chunk, answer first across chunks.
    return picked


def names_mention(question: Question, unit: Unit) -> bool:
    """Whether `unit`, or the intro of the list it stands in, names what 'Vad säger X om Y?' asks about
    (Question.mention), as the word or a longer form of it ('läxhjälpen' for 'läxhjälp')."""
    term = question.mention
    intro = list_intro(unit) if unit.is_item else None
    words = tokenize(unit.text if intro is None else f"{intro.text} {unit.text}")
    return any(t == term or (len(term) >= 5 and t.startswith(term)) for t in words)


def _with_record_fields(picked: list[Scored]) -> list[Scored]:
    """Each quoted numbered item followed by its run-on field sentences (units.record_fields): asked who answers for
    it, when it is done or what it costs ('Vem ansvarar för utbildningen … och när ska den vara klar?'), the item's
    own 'Ansvarig: …', 'Klart senast den 30 april 2026.' say it, where a PDF set them as a paragraph after the item
    (blind37 HT11 quoted the item without them). They come with the item and take no other statement's place."""
    quoted = {p.unit.unit_id for p in picked}
    out: list[Scored] = []
    for p in picked:
        out.append(p)
        for field in record_fields(p.unit):
            if field.unit_id not in quoted:
                quoted.add(field.unit_id)
                out.append(Scored(field, p.score, 0.0, 0.0))
    return out


def _as_close(s: Scored, top: Scored) -> bool:
    """Whether `s` is at least SUPPORT_CLOSE times as close to the question by its own embedding as the best one."""
    return top.dense > 0 and s.dense >= SUPPORT_CLOSE * top.dense


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
        if not _from_the_answers_document(question, top.unit, unit) or _of_other_grades(question, unit) or \
                _field_of_other_item(top.unit, unit):
            continue
        return s
    return None


def _field_of_other_item(top: Unit, unit: Unit) -> bool:
    """Whether `unit` is a field run on after another numbered item than the one the best unit is or belongs to
    (units.record_head): 'Kostnad: 620 000 kronor.' of the tunnel's item is no support for the cost of the light
    along the cycle path, however alike the two lines score."""
    own = record_head(unit)
    if own is None:
        return False
    return own.unit_id != (record_head(top) or top).unit_id


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
