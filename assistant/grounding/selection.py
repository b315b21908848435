"""Choosing the evidence units that answer a question, by what the question asks for.

Each unit of the retrieved chunks is scored by closeness to the question (its own
embedding), the question's specific words it holds (idf-weighted), its chunk's
rank, and whether it is the kind of statement asked for (a figure, a cause, a
definition, a role). Lists are chosen whole, by the line or heading that
introduces them. Footnotes, contents, reference lists and timetables are left
out unless the question asks for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import simplemma

from assistant import lexicon as lex
from assistant.grounding.anchors import Anchor, near
from assistant.grounding.counts import abbreviated_count, count_text, states_count
from assistant.grounding.dates import asked_deed, dated_deeds, day_match
from assistant.grounding.definition import defines, names_definiendum
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
    Subject,
    asks_outcome,
    common_terms,
    doer_verb,
    has_finite_verb,
    reports_outcome,
)
from assistant.index.lexical import fold, group_terms, inflection_stem, stopwords, tokenize, word_list_terms
from assistant.index.units import (
    Unit,
    all_questions,
    asks,
    header_rows,
    in_notes_section,
    lead_in,
    led_lines_intro,
    lines_led_by,
    list_intro,
    list_of,
    names_columns,
    paragraph_list,
    paragraph_list_heading,
    row_cells,
    split_sentences,
    table_caption,
    table_rows,
    units_of,
)
from assistant.schema import Chunk, Hit

_URL_RE = re.compile(r"https?://|www\.", re.I)
# e5 similarity below which a unit is unrelated to a question (e5 scores unrelated Swedish text about 0.75–0.80).
DENSE_FLOOR = 0.80
# How much lower a note of a notes section scores than body text that fits a question as well ('Fotnoter' at a report's
# end: a note may answer what the text does not say, never instead of the text that says it).
NOTE_GIVES_WAY = 0.15
# How much lower a unit of an earlier message an e-mail quotes scores (units.Unit.earlier): the reply says what was
# agreed, the quoted proposal only what was asked; it gains as much where the question asks what came first.
EARLIER_GIVES_WAY = 0.35
# A footnote answers as body text does when it holds this share of the question's own words (by weight), and at least
# NOTE_SHARED_TERMS of them; a short one that cites a work (CITED_NOTE_WORDS, as ingest.classify) says only where a
# claim comes from.
NOTE_HOLDS_QUESTION = 0.6
NOTE_SHARED_TERMS = 2
CITED_NOTE_WORDS = 15
# How much a unit's context (its list intro, sub-heading or section heading) adds to its own word overlap.
CONTEXT_SHARE = 0.5
# A unit under a sub-heading that names what the question asks (see UnitSelector._aspect_fit) gains this much;
# the sub-heading must hold this share of the question's weight, and the passage this share of the rest.
ASPECT_BONUS = 0.25
ASPECT_SHARE = 0.1
ASPECT_TOPIC_SHARE = 0.6
# A follow-up's unit that holds none of the follow-up's own words loses this much, when one among the best
# FOLLOW_UP_POOL units holds them.
FOLLOW_UP_MISS = 0.2
FOLLOW_UP_POOL = 30
# A follow-up's unit within ANCHOR_AFTER lines after a passage the previous answer quoted gains this much
# (see UnitSelector._stay_with_the_conversation).
ANCHOR_BONUS = 0.2
ANCHOR_AFTER = 20
# A follow-up's unit in a document the previous answer cited that holds the follow-up's own words gains this much,
# and a unit of another document loses it, when one among the best FOLLOW_UP_POOL is such a unit
# (see UnitSelector._stay_in_the_cited_documents).
CITED_DOCUMENT = 0.15
# A follow-up's list that speaks nowhere of the topic taken over from earlier turns loses this much, when one of the
# best FOLLOW_UP_POOL units speaks of it (see UnitSelector._leaves_the_topic).
OFF_TOPIC_LIST = 0.4
# An enumeration in the best unit's own paragraph ('Det kan handla om att säkerställa X, Y samt Z.' right after the
# best sentence) is the list the best passage gives: it counts over a list elsewhere whose intro merely shares words.
INLINE_OF_TOP = 0.3
# A unit that reports an outcome gains this much for a question about what something has led to.
OUTCOME_FIT = 0.35
# A sub-heading that stands this many times in one document heads a template's repeated part ('Förslag på lokalt
# mål' in each section of a method support): a list question that names it is answered by what stands under each.
REPEATED_HEADING = 2
# The share of the question's weight such a heading must hold to be the one asked about, unless it names the kind of
# list asked for ('Vilka mål …' and 'Förslag på lokalt mål'): the rest of the question may be the document's topic.
GATHER_FIT = 0.4
# The rest of a question names one place of the heading (not the document's topic) when the passage that holds most
# of it holds this share of its weight more than the median one does: 'Vilka mål kan vi sätta för läxarbetet?'.
GATHER_ONE_PLACE = 0.3
# The most sentences taken from under one occurrence of the heading (the passage it heads, not its section).
GATHER_UNDER = 3
# Lists under a heading line their document repeats ('Förslag på aktörer' in each part of a template) are told apart
# by their own parts of the template (the goal above, the measures between): among such siblings, each counts this
# much times the share of the question's weight its part holds, and the siblings take their scores in that order
# (see _order_siblings).
TEMPLATE_PART_FIT = 1.0
# Lists named as the asked kind by their intro or heading are read after the best statements (the first
# LABEL_LEAD_UNITS, scoring LABEL_LEAD_FLOOR of the best or more) in their chunk, up to the next list of that kind;
# such a list scores LABEL_LEAD_SHARE of its statement's score plus its kind fit (selection._lists_named_by_label).
LABEL_LEAD_UNITS = 3
LABEL_LEAD_FLOOR = 0.8
LABEL_LEAD_SHARE = 1.0
# How many chunks after the lead's are read for such lists (a part split by chunking).
LABEL_LEAD_CHUNKS = 0
# How much a list is lifted whose leading paragraph counts as many things of the asked kind as it has items ('… de fem
# framgångsfaktorerna …' before five bullets; see _counts_items).
LEAD_COUNT_FIT = 0.2
_COUNTED_RE = re.compile(r"\b(\d{1,2}|" + "|".join(lex.CARDINALS) + r")\s+(\w{4,})", re.I)
# How much a series is lifted when it has as many parts as the question counts.
SERIES_COUNT_FIT = 0.3
# A heading that numbers its part of a series ('Mål 1 Fler pojkar …', 'Steg 2: Analysera', 'Delmål 3'): one word and
# a number, then the part's own words. Two or more in a row with the same word and running numbers are one list whose
# items are the parts (see NeighbourLookup.series_of).
SERIES_HEADING_RE = re.compile(r"\s*([^\W\d_]+)\s+(\d{1,2})(?![\d.,]\d)\b")
# The most units read under one heading of a series, the most list items taken from them, and the most headings of
# one series.
SERIES_READ = 40
SERIES_UNDER = 15
SERIES_MOST = 12



@dataclass
class Scored:
    unit: Unit
    score: float
    dense: float
    overlap: float


@dataclass
class ListCandidate:
    """A whole list (or one sentence that enumerates) with what introduces it and how well it fits."""

    items: list[Unit]
    intro: Unit | None
    score: float
    heading: str = ""
    kind_match: bool = False  # introduced as the kind of list the question asks for
    inline: bool = False  # one sentence that enumerates, not a list of items
    item_scores: list[float] = field(default_factory=list)  # its items' own scores, best first
    gathered: bool = False  # the sentences under each occurrence of one repeated sub-heading, not one list
    template: tuple[str, ...] = ()  # the document and words of the heading it stands under, when that repeats
    part_fit: float = 0.0  # how much of the question its own part of that template holds
    series: bool = False  # the parts of a numbered series of headings, each with what stands under it, nested


@dataclass
class Selection:
    """The scored units of the retrieved chunks, best first, and the best list candidate."""

    ranked: list[Scored] = field(default_factory=list)
    # When the best unit is a note (a footnote its passage marks), the body sentence that carries its mark.
    marked: Unit | None = None
    best_list: ListCandidate | None = None
    max_similarity: float = 0.0  # the closest unit's embedding similarity to the question
    lists: list[ListCandidate] = field(default_factory=list)  # every list candidate, continued across chunks

    @property
    def best(self) -> Scored | None:
        return self.ranked[0] if self.ranked else None

    @property
    def strength(self) -> float:
        """How well the best evidence answers: the best unit, or a list introduced as the kind asked for."""
        top = self.ranked[0].score if self.ranked else 0.0
        if self.best_list is not None and self.best_list.kind_match:
            return max(top, 0.6 * self.best_list.score)
        return top


# How much an item of a list introduced as another kind than asked is lowered (as `_kind_fit` lowers its list).
WRONG_KIND = 0.3
# The list kind of a list of questions (a value of lexicon.LIST_KINDS).
QUESTION_KIND = lex.LIST_KINDS["fråg"]
# What a unit about the item an ordinal picks ('den fjärde träffen') gains.
ORDINAL_FIT = 0.3
# What a unit at or under the numbered label a question names ('mål 3', 'tabell 3') gains, and one under another
# number of that label ('Mål 1') loses: the label is the question's own pointer, stronger than shared words.
LABEL_FIT = 0.4
# What a unit holding the verb of a 'Vem <verb> …?' question gains (it names whoever does it).
WHO_VERB_FIT = 0.3
# How much a line giving a phone number or e-mail address gains for 'Vem kan jag kontakta …?' (a role's sentence
# gains 0.2, the question's own verb WHO_VERB_FIT).
CONTACT_FIT = 0.45
# What a dated statement of the deed a date question asks about gains ('redovisas … december 2019' for 'När kom
# rapporten ut?'), and one dating only another deed loses ('initierades … i december 2016'): the date of another deed
# is no answer, however close its sentence is to the question's topic.
DEED_FIT = 0.35
# A short line with no verb, split as a sentence (a title or heading run on: 'Digitala workshops november 2020'),
# states nothing a yes/no question can be answered by: it loses this much (as a heading line loses its penalty).
FRAGMENT_WORDS = 12
FRAGMENT_GIVES_WAY = 0.3
# A document's title stands on its first lines.
TITLE_LINES = 2
# What a table row gains whose first cell the question names ('… i årskurs 5?': the row 'Årskurs 5').
ROW_FIT = 0.3
# What a sentence gains that defines the term a definition question asks about (grounding/definition.py, strict),
# over the 0.15 of one that names it with any defining verb or 'är'.
DEFINING_FIT = 0.3


# What a unit gains that says what follows from something ('… leder till …', '… löper högre risk för …') for a
# consequence question, and a unit of a follow-up or measurement passage ('uppföljning', 'indikator', 'Förslag på
# uppföljning') for an evaluation question, when it is about the question's topic (see _topic_terms): the kind of
# statement asked for, as a figure is for a number question.
CONSEQUENCE_FIT = 0.25
EVALUATION_FIT = 0.25
# The share of the topic's weight (the question's words, less those that only ask for a consequence or a follow-up)
# the unit's passage must hold for the unit to be about it.
TOPIC_FIT_SHARE = 0.3


def _topic_terms(question: Question) -> frozenset[str]:
    """The question's content terms less those of its wording that ask for a consequence ('Vad blir följden av …')
    or a follow-up ('Hur följer vi upp …', 'mäta', 'gör skillnad'): what the consequence or the follow-up is of.
    Empty for other answer types."""
    if question.answer_type == "consequence":
        asking = lex.CONSEQUENCE_QUESTION_RE
    elif question.answer_type == "evaluation":
        asking = lex.EVALUATION_QUESTION_RE
    else:
        return frozenset()
    rest = lex.WORKED_RE.sub(" ", lex.FOLLOW_UP_MARKER_RE.sub(" ", asking.sub(" ", question.cue_text)))
    return question.content_terms & frozenset(tokenize(rest)) - question.subject_terms


def _deed_fit(question: Question, text: str) -> float:
    """DEED_FIT when a date question asks the date of one kind of deed ('När kom rapporten ut?') and `text` dates
    that deed ('… redovisas till nämnden december 2019'); minus DEED_FIT when it dates only deeds of other kinds
    ('Projektet initierades … i december 2016'); 0 when either says no deed (grounding/dates.py)."""
    asked = asked_deed(question.text)
    if asked is None:
        return 0.0
    dated = dated_deeds(text)
    return DEED_FIT if asked in dated else -DEED_FIT if dated else 0.0


class UnitSelector:
    """Scores the units of retrieved chunks for one question."""

    def __init__(self, weights: TermWeights, unit_sims: dict[str, float], anchors: Sequence[Anchor] = ()) -> None:
        self.weights = weights
        self.unit_sims = unit_sims
        self.anchors = list(anchors)
        self._asks_outcome = False  # set per question in `select`
        self._topic: frozenset[str] = frozenset()  # set per question in `select` (_topic_terms)
        self.candidates: list[ListCandidate] = []
        self.labelled_lead: dict[tuple[str, int], float] = {}
        self._passage_terms: dict[str, frozenset[str]] = {}


    def _overlap(self, question: Question, terms: frozenset[str]) -> float:
        return self.weights.overlap(question.content_terms, terms, prefixes=question.prefix_terms)

    def allowed(self, unit: Unit, question: Question) -> bool:
        """Body text always; footnotes, contents, references and timetables only when asked for; a footnote its
        passage marks ('note') also when it names the term a definition question asks about ('Vad är X?' where
        only the note to '… samordningsgrupp43' says what X is)."""
        if unit.role == "note" and question.answer_type == "definition" and question.definiendum and \
                names_definiendum(question.definiendum, unit.text):
            return True
        if unit.role in ("note", "footnote") and self._note_holds_question(unit, question):
            # A footnote that says nearly all the question says ('14 Fram till augusti 2021 kallades skolledarna i
            # fritidshemmen föreståndare.' for 'Hur kallades skolledarna i fritidshemmen fram till augusti 2021?') is
            # what it asks.
            return True
        if unit.role == "note" and in_notes_section(unit):
            # A note of the document's notes section ('Fotnoter': '3 Medarbetarenkäten 2024 besvarades av 78
            # procent …') may hold what the text does not say; it gives way to body text (NOTE_GIVES_WAY).
            return True
        return unit.role == "body" or unit.role in question.asks_for or (
            unit.role == "note" and "footnote" in question.asks_for)

    def relevance(self, unit: Unit, question: Question, rank: int, dense_floor: float) -> Scored:
        sim = self.unit_sims.get(unit.unit_id)
        if sim is None and unit.role == "schedule":
            # A timetable's line ('4 maj kl. 15.00–17.00') is not embedded and names nothing but its time: it is as
            # close to a 'Vilken tid …?' question as the closest line of its passage, which says what it times.
            sim = max((self.unit_sims[u.unit_id] for u in units_of(unit.chunk) if u.unit_id in self.unit_sims),
                      default=None)
        dense = max(0.0, (sim - dense_floor) / (1.0 - dense_floor)) if sim is not None else 0.0
        # A named subject places the question (scope.py checks it); the rest of its words say what answers it.
        damp = question.subject_terms
        if question.inherited_terms and question.answer_type != "number":
            # A follow-up: what it asks now outweighs the topic it took over. Not for a figure: 'Hur mycket kostar
            # det?' asks for the figure of that topic, and any figure answers its own words.
            damp = damp | question.inherited_terms
        terms, pre = question.content_terms, question.prefix_terms
        own = self.weights.overlap(terms, unit.match_terms, damp, prefixes=pre)
        context = self.weights.overlap(terms, unit.context_terms, damp, prefixes=pre)
        heading = self.weights.overlap(terms, frozenset(tokenize(" ".join(unit.heading_path))), damp, prefixes=pre)
        overlap = own + CONTEXT_SHARE * max(context, heading)
        numbered = ordinal_match(unit, question)
        labelled = label_match(unit, question)
        if labelled is None:  # a day named is a pointer as a label is: the notes filed under that day answer
            labelled = day_match(unit, question.days)
        if question.section and (in_section := section_match(unit, question.section)) is not None:
            labelled = in_section  # so is a section's number ('avsnitt 2.3.1'): what stands under that heading answers
        score = 0.9 * dense + 0.6 * overlap + 0.15 / (rank + 1) + self._fit(unit, question, numbered) - \
            self._penalty(unit, question, numbered) + ASPECT_BONUS * self._aspect_fit(unit, question) + \
            (0.0 if labelled is None else (LABEL_FIT if labelled else -LABEL_FIT))
        if unit.role == "note" and not (self._note_asked(unit, question) or self._note_holds_question(unit, question)):
            score -= NOTE_GIVES_WAY  # a note leads only where no body text answers as well
        if unit.earlier:  # a quoted earlier message leads where the question asks what came first, else gives way
            score += EARLIER_GIVES_WAY if lex.EARLIER_ASKED_RE.search(question.text) else -EARLIER_GIVES_WAY
        return Scored(unit, score, dense, own)

    def _note_holds_question(self, unit: Unit, question: Question) -> bool:
        """Whether a footnote holds most of the question's own words that the documents use (a named place or year
        aside) and says more than where a claim comes from: it then answers as body text does."""
        if lex.CITATION_LIKE_RE.search(unit.text) and unit.words <= CITED_NOTE_WORDS:
            return False
        # (A word no document uses cannot be met by any unit: it does not count.)
        own = frozenset(t for t in question.content_terms - question.subject_terms - question.inherited_terms
                        if self.weights.seen(t))
        shared = own & unit.terms
        return len(shared) >= NOTE_SHARED_TERMS and \
            self.weights.overlap(own, unit.terms, prefixes=question.prefix_terms) >= NOTE_HOLDS_QUESTION

    @staticmethod
    def _note_asked(unit: Unit, question: Question) -> bool:
        """Whether a question asks for what a note says: the notes themselves ('Vad står i fotnot 1?'), or what the
        term the note names means ('Vad menas med chef?' over '1 Med chef avses …')."""
        return "footnote" in question.asks_for or (
            question.answer_type == "definition" and bool(question.definiendum)
            and names_definiendum(question.definiendum, unit.text))

    def _aspect_fit(self, unit: Unit, question: Question) -> float:
        """1 when a unit's sub-heading names what the question asks about a topic its passage is about: in plans
        written to a template ('Ansvar', 'Uppföljning och utvärdering' under each intervention) the line under the
        heading answers 'Vem ansvarar för …?', 'Hur följs … upp?'. The sub-heading must hold some of the
        question's own words (not those a follow-up took over), and the passage with its headings the rest."""
        label = unit.sub_heading
        if label is None:
            return 0.0
        terms = question.content_terms - question.subject_terms
        own = terms - question.inherited_terms
        pre = question.prefix_terms
        named = frozenset(t for t in own if self.weights.overlap(frozenset({t}), label.terms, prefixes=pre) > 0)
        if named & set(pre):  # the particle verb's own stem goes with its compound ('följs … upp': 'följ')
            named |= {t for t in own if any(p.endswith(t) for p in pre.values())}
        if not named or self.weights.overlap(terms, named) < ASPECT_SHARE:
            return 0.0
        passage = self._passage(unit)  # one passage per chunk, however many of its units have a sub-heading
        rest = terms - named
        # Stems of one word may differ by inflection ('närvarosamordnaren' / 'närvarosamordnare'): meet by its start.
        starts = {t: pre.get(t, t[: max(5, len(t) - 3)]) for t in rest}
        return 1.0 if not rest or self.weights.overlap(rest, passage, prefixes=starts) >= ASPECT_TOPIC_SHARE else 0.0

    def _fit(self, unit: Unit, question: Question, numbered: bool | None = None) -> float:
        """`numbered`: `ordinal_match` of the unit (None when the question names no ordinal)."""
        # 'Vilka resultat har X gett?' is answered by what X led to, not by how X is run.
        outcome = OUTCOME_FIT if self._asks_outcome and reports_outcome(unit.text) else 0.0
        # 'den första träffen': the first one, not a unit that numbers the thing otherwise ('träff 1 till 4').
        ordinal = 0.0 if numbered is None else (ORDINAL_FIT if numbered else -ORDINAL_FIT)
        # 'Hur många … i årskurs 5?' is answered by the row 'Årskurs 5', not by the total row that scores as close
        # (a figure only: a list question's table is chosen whole).
        row = ROW_FIT if question.answer_type == "number" and names_row(question, unit) else 0.0
        return outcome + ordinal + row + self._type_fit(unit, question)

    def _type_fit(self, unit: Unit, question: Question) -> float:
        """Whether a unit is the kind of statement the question's answer type asks for."""
        text = unit.text
        kind = question.answer_type
        if kind == "number":
            if lex.DURATION_QUESTION_RE.search(question.text):
                # 'hur lång tid' is answered by '3 timmar'; 'hur länge har …' also by its start ('sedan våren 2016')
                since = lex.SINCE_QUESTION_RE.search(question.text) and lex.START_RE.search(text)
                return 0.35 if since or states_length(text, question) else -0.1
            if lex.TIME_QUESTION_RE.search(question.text):
                return 0.35 if lex.CLOCK_RE.search(text) else -0.1  # 'vilken tid' is answered by 'kl. 15.00'
            if lex.TOTAL_QUESTION_RE.search(question.text) and lex.TOTAL_RE.search(text):
                return 0.5  # 'sammanlagt' is answered by the total row
            if question.counted and not question.money and not question.date and states_count(unit, question.counted):
                return 0.5  # 'hur många personer' is answered by '180 personer', or a table's 'Pojkar' column
            if question.money:  # an amount, or that it cost nothing ('Workshopen är kostnadsfri')
                if lex.MONEY_RE.search(text) or lex.FREE_OF_CHARGE_RE.search(text):
                    return 0.35
                return -0.1 if lex.DIGIT_RE.search(text) else -0.3
            if question.date and lex.DAY_QUESTION_RE.search(question.text):
                # as scope.has_figure: a deadline is a day ('senast den 24/4'), not a year or a term
                return (0.35 if lex.DAY_RE.search(text) else -0.1) + _deed_fit(question, text)
            if question.date:
                return (0.25 if (lex.YEAR_RE.search(text) or lex.DAY_RE.search(text)) else -0.2) + \
                    _deed_fit(question, text)
            if question.counted and not question.money and not question.date:
                # a figure, perhaps of something else; not a list item's number or a grade ('5. Elever …', 'årskurs 6')
                figures = count_text(text, question.counted)
                return 0.15 if lex.DIGIT_RE.search(figures) or lex.NUMBER_WORD_RE.search(figures) else -0.25
            if lex.DIGIT_RE.search(text):
                return 0.25
            return 0.2 if lex.NUMBER_WORD_RE.search(text) else -0.25
        if kind == "cause":
            return 0.15 if lex.CAUSE_SENTENCE_RE.search(text) else 0.0
        if kind == "consequence":
            # 'Vad blir följden av …?' is answered by the sentence that says what follows ('Skolresultat påverkar
            # bland annat möjligheten till arbete, ekonomi …'), not by one that only names the topic (tune Q28).
            return CONSEQUENCE_FIT if self._states_consequence_of_topic(unit, question) else 0.0
        if kind == "evaluation":
            # 'Hur vet vi om … gör skillnad?', 'Hur följer vi upp …?': a follow-up or measurement passage about the
            # work answers, in its own words or under its intro or heading ('Förslag på uppföljning').
            intro = list_intro(unit) if unit.is_item else None
            said = " ".join([text, intro.text if intro is not None else "",
                             unit.sub_heading.text if unit.sub_heading is not None else "", unit.section_heading])
            if not lex.FOLLOW_UP_MARKER_RE.search(said):
                return 0.0
            return EVALUATION_FIT if self._about_topic(unit, question) else 0.0
        if kind == "definition" and question.definiendum:
            if question.goal and states_goal(unit, question.goal, question.content_terms):
                return 0.3 + DEFINING_FIT
            if not names_definiendum(question.definiendum, text):
                return -0.1
            # The sentence that defines the term ('Med X avses …', 'X, det vill säga …') before one that only uses
            # it with some 'är' ('X är vanligare bland pojkar').
            if defines(question.definiendum, text):
                return 0.3 + DEFINING_FIT
            return 0.3 + (0.15 if lex.DEFINITION_SENTENCE_RE.search(text) else 0.0)
        if kind == "who":
            # A role ('rektor ansvarar …'); and the question's own verb, which names whoever does it. Asked whom
            # to contact, the line that says how to reach someone ('Per Nordin, …, Telefon: 0480-…').
            if lex.CONTACT_QUESTION_RE.search(question.cue_text) and lex.CONTACT_DETAIL_RE.search(text):
                return CONTACT_FIT
            if lex.WHO_DID_RE.match(question.cue_text) and lex.PASSIVE_AGENT_RE.search(text):
                # 'Vem gjorde den externa utvärderingen?': the passive that names its doer ('… som genomfördes av tre
                # följeforskare …') says who, as a role's sentence with the asked verb does.
                return 0.2 + WHO_VERB_FIT
            return (0.2 if lex.ROLE_SENTENCE_RE.search(text) else 0.0) + (WHO_VERB_FIT if does_asked(question, text)
                                                                         else 0.0)
        if kind == "yesno" and unit.kind == "sentence" and unit.words <= FRAGMENT_WORDS and \
                not has_finite_verb(text) and not lex.REPLY_OPENING_RE.match(text):  # ('Nej.' is a reply)
            # 'Ska rektorn vara med på workshoparna i november?' is answered yes or no by a statement, not by the
            # title line of the invitation ('Digitala workshops november 2020') that shares its dates.
            return -FRAGMENT_GIVES_WAY
        if kind in ("list", "fact") and doer_verb(question.cue_text) is not None:
            # 'Vilka deltar i X?' asks who, as 'Vem deltar …?' does: the statement with its verb names them
            # ('Politiker, förvaltningsledning, rektorer och lärare f-3 deltar.').
            return WHO_VERB_FIT if does_asked(question, text) else 0.0
        if lex.HOW_TO_ACT_QUESTION_RE.match(question.cue_text):
            # 'Hur kan vi minska frånvaron?' is not answered by one of the problems a list gives as examples, nor
            # by the line that introduces them ('Ge exempel på problem som rör frånvaron:'), however many of the
            # question's words they hold.
            intro = list_intro(unit) if unit.is_item else unit if text.rstrip().endswith(":") else None
            return -WRONG_KIND if intro is not None and of_another_kind(question.cue_text, intro.text) else 0.0
        return 0.0

    def _states_consequence_of_topic(self, unit: Unit, question: Question) -> bool:
        """Whether a statement of `unit` (not a question it asks) says what follows from the consequence question's
        topic: the consequence wording (lexicon.CONSEQUENCE_SENTENCE_RE) with the topic before it, as the cause
        stands in a Swedish sentence ('Elever som hamnar efter … löper högre risk för frånvaro'), or in its list
        intro, heading or passage when the sentence does not name it ('Skolresultat påverkar …' in a paragraph on
        pojkars skolresultat). A sentence naming the topic only after the wording gives its cause instead
        ('Skolans socioekonomiska elevsammansättning påverkar elevers betyg' for 'om pojkar får dåliga betyg')."""
        if asks(unit) and unit.is_item:
            return False  # a checklist's question ('Är konsekvenserna … ett problem?') states nothing
        topic, pre = self._topic, question.prefix_terms
        for sentence in split_sentences(unit.text):
            found = lex.CONSEQUENCE_SENTENCE_RE.search(sentence)
            if found is None or sentence.rstrip().endswith("?"):
                continue
            if not topic:
                return True
            if self.weights.overlap(topic, frozenset(tokenize(sentence[: found.start()])) | unit.context_terms,
                                    prefixes=pre) > 0:
                return True
            if self.weights.overlap(topic, frozenset(tokenize(sentence)), prefixes=pre) <= 0 and \
                    self.weights.overlap(topic, self._passage(unit), prefixes=pre) >= TOPIC_FIT_SHARE:
                return True
        return False

    def _about_topic(self, unit: Unit, question: Question) -> bool:
        """Whether `unit` is about what a consequence or evaluation question asks of (its _topic_terms): it holds
        some of those words, or its passage with its headings holds TOPIC_FIT_SHARE of their weight. A question
        with no topic words of its own ('Vad händer då?') takes any."""
        topic = self._topic
        if not topic:
            return True
        pre = question.prefix_terms
        if self.weights.overlap(topic, unit.match_terms | unit.context_terms, prefixes=pre) > 0:
            return True
        return self.weights.overlap(topic, self._passage(unit), prefixes=pre) >= TOPIC_FIT_SHARE

    def _penalty(self, unit: Unit, question: Question, numbered: bool | None = None) -> float:
        p = 0.0
        if unit.is_label:
            # A numbered heading is the answer about the item it numbers ('4 Återblick … (3 timmar)' for 'Hur
            # lång är den fjärde träffen?'); other headings only head the passage that answers.
            # A line stating a figure, a date or a labelled value ('Kontakt: Sara Lind, …') answers as a sentence
            # does (`Unit.informative`).
            # Numbered so and stating the length asked for ('4 Återblick … (3 timmar)' for 'Hur lång tid tar den
            # fjärde?'), it is that part's own statement of it: no heading penalty.
            if numbered and lex.DURATION_QUESTION_RE.search(question.text) and states_length(unit.text, question):
                p += 0.0
            else:
                p += 0.15 if numbered or unit.informative else 0.5
        # The material's own questions (checklists) are not answers.
        if asks(unit) and not lex.ASKS_FOR_QUESTIONS_RE.search(question.cue_text):
            p += 0.35
        if _URL_RE.search(unit.text) or (lex.READ_MORE_RE.search(unit.text)
                                         and not lex.ASKS_WHERE_RE.search(question.text)):
            p += 0.3  # a link or a pointer to reading elsewhere, unless the question asks where to read
        if unit.kind != "row" and unit.words < 4:
            p += 0.15
        if unit.words > 70:
            p += 0.1
        if unit.chunk.title.startswith(unit.text.rstrip(".")) or _title_block(unit):
            p += 0.5
        if _header_row(unit):
            p += 0.5  # a table's column names say nothing until read with a row
        return p

    def select(self, question: Question, hits: Sequence[Hit], neighbours: NeighbourLookup | None = None) -> Selection:
        sims = [self.unit_sims[u.unit_id] for h in hits for u in units_of(h.chunk) if u.unit_id in self.unit_sims]
        # Closeness counts from the candidates' low end, but never from above DENSE_FLOOR: with only a few
        # candidates (a small uploaded document) the low end is the answer itself.
        floor = min(float(np.percentile(sims, 10)) if sims else DENSE_FLOOR, DENSE_FLOOR)
        self._asks_outcome = asks_outcome(question.text)  # once per question, not per unit
        self._topic = _topic_terms(question)
        ranked: list[Scored] = []
        for rank, hit in enumerate(hits):
            for unit in units_of(hit.chunk):
                if self.allowed(unit, question):
                    ranked.append(self.relevance(unit, question, rank, floor))
        self._keep_to_what_is_asked_now(question, ranked)
        self._stay_with_the_conversation(question, ranked)
        self._stay_in_the_cited_documents(question, ranked)
        ranked.sort(key=lambda s: -s.score)
        selection = Selection(ranked=ranked, max_similarity=max(sims, default=0.0))
        if ranked and ranked[0].unit.role == "note" and neighbours is not None:
            selection.marked = neighbours.marked_by(ranked[0].unit)
        if question.wants_list or question.answer_type in ("list", "how", "fact", "who"):
            selection.best_list = self._best_list(question, ranked, hits, neighbours)
            selection.lists = list(self.candidates)
        return selection

    def _keep_to_what_is_asked_now(self, question: Question, ranked: list[Scored]) -> None:
        """A follow-up's own words say what it asks now ('Hur följs den upp?': uppföljning): when some unit holds
        them (in itself, its list intro or its sub-heading), a unit that only matches the topic taken over from
        earlier turns is lowered — it restates the topic instead of answering."""
        own = question.content_terms - question.inherited_terms - question.subject_terms
        if question.money:  # 'Hur mycket kostar det?' (searched with 'kostnad' too) asks for a sum, not the word
            own = own - word_list_terms(lex.MONEY_WORDS)
        # Only a follow-up that asks for something specific: words common in Swedish at large ('Vad kostade den?',
        # 'När startade den?') say how it asks, and a figure or date answers them without repeating the verb.
        if not question.inherited_terms or not own - common_terms(question.text):
            return
        pre = question.prefix_terms

        def holds(unit: Unit) -> bool:
            terms = unit.match_terms | unit.context_terms
            return self.weights.overlap(own, terms, prefixes=pre) > 0

        held = [holds(s.unit) for s in ranked]
        best = sorted(range(len(ranked)), key=lambda i: -ranked[i].score)[:FOLLOW_UP_POOL]
        if not any(held[i] for i in best):
            return
        for s, h in zip(ranked, held, strict=True):
            if not h:
                s.score -= FOLLOW_UP_MISS

    def _passage(self, unit: Unit) -> frozenset[str]:
        """The terms of `unit`'s chunk with its headings (read once per chunk)."""
        passage = self._passage_terms.get(unit.chunk.chunk_id)
        if passage is None:
            passage = self._passage_terms[unit.chunk.chunk_id] = frozenset(
                tokenize(f"{unit.chunk.heading_path_text} {unit.chunk.text}"))
        return passage

    def _follows_the_conversation(self, question: Question, unit: Unit) -> bool:
        """Whether a follow-up's `unit` stands just after (not in) a passage the previous answer quoted."""
        return bool(self.anchors and question.inherited_terms and near(unit, self.anchors, ANCHOR_AFTER)
                    and not any(a.holds(unit) for a in self.anchors))

    def _stay_with_the_conversation(self, question: Question, ranked: list[Scored]) -> None:
        """A follow-up asks about what the previous answer quoted: units just after those lines (the actors
        listed under the measures just cited, the length of the meeting just named) gain — those that hold the
        follow-up's own words, when it has specific ones. The quoted lines themselves were said already."""
        if not self.anchors or not question.inherited_terms:
            return
        own = question.content_terms - question.inherited_terms - question.subject_terms
        specific = own - common_terms(question.text)
        pre = question.prefix_terms
        for s in ranked:
            unit = s.unit
            if question.answer_type == "who" and any(a.holds(unit) for a in self.anchors) and \
                    lex.AGENT_SENTENCE_RE.search(unit.text):
                # 'Vem fick skolorna hjälp av med den?': the passage just quoted may name who ('Stöd från
                # verksamhetsutvecklare har erbjudits …'); it answers first.
                s.score += ANCHOR_BONUS
                continue
            # What was quoted already is not what is asked now; the lines after it are.
            if not self._follows_the_conversation(question, unit):
                continue
            terms = unit.match_terms | unit.context_terms
            if unit.is_item and unit.list_start == 0 and unit.chunk.heading_path:
                terms = terms | frozenset(tokenize(unit.chunk.heading_path[-1]))  # a list right under its heading
            if specific and self.weights.overlap(own, terms, prefixes=pre) <= 0:
                continue
            s.score += ANCHOR_BONUS

    def _stay_in_the_cited_documents(self, question: Question, ranked: list[Scored]) -> None:
        """A follow-up goes on in the documents the previous answer cited ('Hur följs den upp?' after an answer
        quoting one plan's measure is asked of that plan): when one of the best units in a cited document holds the
        follow-up's own specific words, such units gain and units of other documents lose, so a passage elsewhere
        that merely shares the words ('Följ upp elevernas framsteg' in another guide) does not answer for the
        conversation's topic. A follow-up that names a subject of its own ('Och i Kumla?') may leave them."""
        if not self.anchors or not question.inherited_terms or question.subject_terms - question.inherited_terms:
            return
        own = question.content_terms - question.inherited_terms - question.subject_terms
        if not own - common_terms(question.text):
            return  # 'Hur lång är den?': words that say how it asks place nothing
        cited = {a.path for a in self.anchors}
        pre = question.prefix_terms

        def answers(unit: Unit) -> bool:
            return (unit.chunk.path or unit.chunk.source) in cited and \
                self.weights.overlap(own, unit.match_terms | unit.context_terms, prefixes=pre) > 0

        best = sorted(ranked, key=lambda s: -s.score)[:FOLLOW_UP_POOL]
        if not any(answers(s.unit) for s in best):
            return
        for s in ranked:
            if answers(s.unit):
                s.score += CITED_DOCUMENT
            elif (s.unit.chunk.path or s.unit.chunk.source) not in cited:
                s.score -= CITED_DOCUMENT

    def _topic_held(self, question: Question, ranked: list[Scored]) -> bool:
        """Whether one of a follow-up's best units speaks of the topic it took over from earlier turns."""
        topic = question.inherited_terms - question.subject_terms
        best = sorted(ranked, key=lambda s: -s.score)[:FOLLOW_UP_POOL]
        return bool(topic) and any(self.weights.overlap(topic, s.unit.match_terms | s.unit.context_terms,
                                                        prefixes=question.prefix_terms) > 0 for s in best)

    def _leaves_the_topic(self, question: Question, candidate: ListCandidate) -> bool:
        """A follow-up's list that speaks nowhere (items, intro, headings) of the topic taken over from earlier turns,
        and does not stand right after what the previous answer quoted: it answers the follow-up's own words ('Vad kan
        skolan göra åt det?') for another subject ('Vad säger materialet om hedersnormer?' before it)."""
        items = candidate.items
        if any(self._follows_the_conversation(question, u) or any(a.holds(u) for a in self.anchors) for u in items):
            return False
        text = " ".join([candidate.heading, candidate.intro.text if candidate.intro else "",
                         items[0].chunk.heading_path_text, *(u.text for u in items[0].labels_above)])
        terms = frozenset(tokenize(text)).union(*(u.match_terms | u.context_terms for u in items))
        topic = question.inherited_terms - question.subject_terms
        return self.weights.overlap(topic, terms, prefixes=question.prefix_terms) <= 0

    def _best_list(
        self, question: Question, ranked: list[Scored], hits: Sequence[Hit], neighbours: NeighbourLookup | None
    ) -> ListCandidate | None:
        by_unit = {s.unit.unit_id: s for s in ranked}
        rank_of = {h.chunk.chunk_id: i for i, h in enumerate(hits)}
        seen: set[tuple[str, int]] = set()
        found: list[ListCandidate] = []
        asked = asked_kinds(question.cue_text)
        kind_terms = kind_words(question.content_terms, asked)
        topic_held = self._topic_held(question, ranked)
        series_made: dict[tuple[str, int], ListCandidate] = {}
        labelled = self._lists_named_by_label(question, ranked, by_unit, neighbours) if asked else {}
        labelled_lead = self.labelled_lead
        for s in [*ranked[:60], *labelled.values()]:
            unit = s.unit
            led_by = led_lines_intro(unit)
            if led_by is None and not unit.is_item and not unit.text.rstrip().endswith((".", "!", "?")):
                # A sentence that introduces a list ('… tre faktorer fram:'): its list is the answer.
                after = [u for u in units_of(unit.chunk)[unit.seq + 1:] if u.line != unit.line][:1]
                following = [u for u in after if u.is_item and u.list_start <= unit.line + 4]
                if following:
                    unit = following[0]
            if led_by is not None:
                # A list set as short lines, not bullets, under the sentence that leads into it ('… dilemman var:').
                key = (unit.chunk.chunk_id, -1000 - led_by.seq)
                if key in seen:
                    continue
                seen.add(key)
                candidate = self._line_list(question, led_by, by_unit, rank_of, kind_terms)
            elif unit.is_item:
                key = (unit.chunk.chunk_id, unit.list_start)
                if key in seen:
                    continue
                seen.add(key)
                items = list_of(unit)
                if neighbours is not None:
                    items = items + neighbours.continuation(items)
                items = [i for i in items if self.allowed(i, question)]
                intro = list_intro(items[0]) if items else list_intro(unit)
                template = self._template_part_fit(question, items[0], intro, neighbours) if items else None
                heading = unit.section_heading
                # One item is a list only under an intro (or, opening its section, a heading) of the asked kind
                # ('Förslag på aktörer' over '• Huvudmän').
                label = intro.text if intro is not None else (heading if unit.list_start == 0 else "")
                if not items or (len(items) < 2 and (not label or _kind_fit(question.cue_text, label) <= 0)):
                    continue
                counted_lead = False
                if intro is None:
                    # A paragraph that leads into the list ('… de fem framgångsfaktorerna …') speaks for it; so does
                    # its sentence that names the kind asked for ('… kan ni använda följande frågor. Tänk på …'),
                    # however few of the question's other words it holds.
                    lead = max(lead_in(items[0]) or _opening_lead(items[0], neighbours), default=None,
                               key=lambda u: self._overlap(question, u.terms) + 0.1 * bool(list_kinds(u.text)))
                    if lead is not None and (self._overlap(question, lead.terms) >= 0.2
                                             or asked & list_kinds(lead.text)):
                        intro = lead
                        # ('… utifrån de fem framgångsfaktorerna …' over five bullets: the paragraph counts them)
                        counted_lead = _counts_items(lead.text, len(items), asked)
                # Heading lines the heading detection left as plain lines ('Workshop 4, Tema Styrning …') head it too.
                labels = " ".join(u.text for u in items[0].labels_above) if items else ""
                intro_text = f"{intro.text} {heading} {labels}" if intro is not None else f"{heading} {labels}"
                # The asked kind's own word ('frågor') is counted by kind_fit below; counted here too, any intro
                # naming the kind ('Använd följande frågor för att …') would outweigh the one naming the topic.
                intro_fit = self.weights.overlap(question.content_terms, frozenset(tokenize(intro_text)), kind_terms,
                                                 factor=0.0, prefixes=question.prefix_terms)
                head_fit = self._overlap(question, frozenset(tokenize(" ".join(unit.heading_path))))
                # The line that introduces the list says what it lists; the section heading only when there is none.
                lead_sentence = intro is not None and intro.text.rstrip().endswith((".", "!", "?"))
                kind_fit = _kind_fit(question.cue_text, intro.text if intro is not None else heading, not lead_sentence)
                if kind_fit <= 0 and QUESTION_KIND in asked_kinds(question.cue_text) and len(items) >= 2 and \
                        all_questions(items):
                    kind_fit = 0.5  # items that are all questions are a list of questions, whatever the intro says
                item_scores = sorted((by_unit[i.unit_id].score for i in items if i.unit_id in by_unit), reverse=True)
                top = sum(item_scores[:3]) / max(1, min(3, len(item_scores)))
                intro_dense = by_unit[intro.unit_id].dense if intro is not None and intro.unit_id in by_unit else 0.0
                score = top + 0.8 * intro_fit + 0.3 * head_fit + 0.5 * intro_dense + kind_fit \
                    + 0.1 / (rank_of.get(unit.chunk.chunk_id, 9) + 1)
                if counted_lead:
                    score += LEAD_COUNT_FIT
                if all_questions(items) and not lex.ASKS_FOR_QUESTIONS_RE.search(question.cue_text) and kind_fit <= 0:
                    score -= 0.4  # a checklist of questions answers only a question about questions
                if kind_fit > 0 and self._follows_the_conversation(question, items[0]):
                    score += ANCHOR_BONUS  # of the lists of the asked kind, the one under what was just quoted
                if kind_fit > 0 and (lead_score := labelled_lead.get(key)) is not None:
                    # A list named as the asked kind under the statement that best fits the question ('Pojkar …
                    # erbjuds studiestöd utanför skolan', then 'Förslag på aktörer': '• Trossamfund …'): its items
                    # say little of the topic, the statement above says which of the repeated lists is asked for.
                    score = max(score, lead_score + kind_fit + 0.8 * intro_fit)
                candidate = ListCandidate(items, intro, score, heading, kind_fit > 0, item_scores=item_scores)
                if template is not None:
                    candidate.template, candidate.part_fit = template
                run = neighbours.series_of(items[0]) if neighbours is not None else []
                if run and self._asks_for_series(question, run):
                    # The list is one part of a numbered series ('Mål 1 …' over its bullets, then 'Mål 2 …') and the
                    # question asks for the parts: the whole series answers, scored as its best part.
                    first = run[0][0]
                    key = (first.chunk.path or first.chunk.source, -first.start_line - 1)
                    made = series_made.get(key)
                    score += _count_fit(question, run)
                    if made is None:
                        series_made[key] = _series_candidate(run, score, item_scores, neighbours)
                        candidate = series_made[key]
                    else:
                        made.score = max(made.score, score)
                        continue
            elif unit.kind == "row":
                key = (unit.chunk.chunk_id, -unit.line)
                rows = table_of(unit)
                if key in seen or len(rows) < 2:
                    continue
                seen.add(key)
                heading = unit.section_heading
                fit = self._overlap(question, frozenset(tokenize(heading)))
                rows = rows_named(question, rows)
                row_scores = sorted((by_unit[r.unit_id].score for r in rows if r.unit_id in by_unit), reverse=True)
                score = sum(row_scores[:3]) / max(1, min(3, len(row_scores))) + 0.5 * fit + \
                    _kind_fit(question.cue_text, heading + " " + " ".join(r.text for r in rows))
                candidate = ListCandidate(rows, None, score, heading, _kind_fit(question.cue_text, heading) > 0,
                                          item_scores=row_scores)
            elif unit.kind == "sentence" and (run := paragraph_list(unit)):
                key = (unit.chunk.chunk_id, run[0].line)
                if key in seen:
                    continue
                seen.add(key)
                candidate = self._paragraph_list(question, run, by_unit, rank_of)
            elif neighbours is not None and not unit.is_item and (run := neighbours.series_of(unit)) and \
                    self._asks_for_series(question, run):
                # A numbered series whose parts hold no list ('Mål 1 …' over a paragraph, then 'Mål 2 …'): its
                # headings, each with its first sentences, answer 'Vilka är de fyra målen?'.
                first = run[0][0]
                key = (first.chunk.path or first.chunk.source, -first.start_line - 1)
                word = SERIES_HEADING_RE.match(first.text).group(1)  # type: ignore[union-attr]
                score = s.score + _kind_fit(question.cue_text, word) + _count_fit(question, run)
                made = series_made.get(key)
                if made is not None:
                    made.score = max(made.score, score)
                    continue
                candidate = series_made[key] = _series_candidate(run, score, [s.score], neighbours)
            elif unit.kind == "sentence" and _enumerates(unit.text):
                fit = _kind_fit(question.cue_text, unit.text)
                best = ranked[0].unit
                own = INLINE_OF_TOP if (unit.chunk.chunk_id, unit.line) == (best.chunk.chunk_id, best.line) else 0.0
                candidate = ListCandidate([unit], None, s.score + 0.1 + fit + own, kind_match=fit > 0, inline=True,
                                          item_scores=[s.score])
            else:
                continue
            if topic_held and self._leaves_the_topic(question, candidate):
                candidate.score -= OFF_TOPIC_LIST
            found.append(candidate)
        _order_siblings(found)
        gathered = self._gathered_under_headings(question, ranked, by_unit, neighbours)
        if gathered is not None:
            found.append(gathered)
        self.candidates.extend(found)
        best: ListCandidate | None = None
        for candidate in found:
            if best is None or candidate.score > best.score:
                best = candidate
        return best

    def _lists_named_by_label(self, question: Question, ranked: list[Scored], by_unit: dict[str, Scored],
                              neighbours: NeighbourLookup | None) -> dict[tuple[str, int], Scored]:
        """The first items of the lists that stand after one of the best statements (a paragraph of its own, in its
        part of the document: up to its heading's next occurrence) and are named as the kind of list asked for by
        their intro or heading ('Förslag på aktörer' under the goal the question speaks of), by their list's key
        (chunk, list start); of each kind, the first such list only. Their items alone, saying little of the topic ('•
        Trossamfund'), rank too low to be read as a list; the statement above them is what fits the question.
        `self.labelled_lead` gets the score of that statement for each such list, LABEL_LEAD_SHARE of it."""
        found: dict[tuple[str, int], Scored] = {}
        self.labelled_lead = {}
        if not ranked:
            return found
        best = ranked[0].score
        for s in ranked[:LABEL_LEAD_UNITS]:
            lead = s.unit
            if lead.is_item or lead.kind not in ("sentence", "label") or s.score < LABEL_LEAD_FLOOR * best \
                    or not _stands_alone(lead):
                continue
            kind_seen: set[str] = set()
            # (the chunks that continue the lead's hold the rest of its part when chunking split it; the part ends
            # where its own heading comes again: the next 'Förslag på lokalt mål')
            after, chunk = list(units_of(lead.chunk)[lead.seq + 1:]), lead.chunk
            for _ in range(LABEL_LEAD_CHUNKS):
                chunk = neighbours.following(chunk) if neighbours is not None else None
                if chunk is None:
                    break
                after += units_of(chunk)
            own_heading = " ".join(lead.section_heading.split()).lower()
            for u in after:
                if own_heading and u.kind == "label" and " ".join(u.text.split()).lower() == own_heading:
                    break
                if not u.is_item or u.line != u.list_start or u.depth > 1:
                    continue
                key = (u.chunk.chunk_id, u.list_start)
                intro = list_intro(u)
                label = intro.text if intro is not None else (u.section_heading if u.list_start == 0 else "")
                if not label or _kind_fit(question.cue_text, label) <= 0:
                    continue
                kinds = frozenset(list_kinds(label, head_only=True))
                if kinds & kind_seen:
                    break  # the next list of that kind belongs to what follows, not to this statement
                kind_seen |= kinds
                scored = by_unit.get(u.unit_id) or Scored(u, 0.0, 0.0, 0.0)
                found.setdefault(key, scored)
                self.labelled_lead[key] = max(self.labelled_lead.get(key, 0.0), LABEL_LEAD_SHARE * s.score)
        return found

    def _asks_for_series(self, question: Question, run: list[tuple[Unit, list[Unit]]]) -> bool:
        """Whether a list question asks for the parts of a numbered series of headings: it asks for their kind or
        names their word ('Vilka mål …?' over 'Mål 1 …', 'Mål 2 …'), and neither names one part by its number ('mål
        2') nor by words that only its part holds ('Vilka mål har planen för tryggheten?')."""
        if question.answer_type != "list":
            return False
        m = SERIES_HEADING_RE.match(run[0][0].text)
        if m is None:
            return False
        word = m.group(1)
        words = frozenset(tokenize(word))
        if not (asked_kinds(question.cue_text) & list_kinds(word, head_only=True)
                or self._overlap(question, words) > 0):
            return False
        numbers = "|".join(SERIES_HEADING_RE.match(h.text).group(2) for h, _ in run)  # type: ignore[union-attr]
        if re.search(rf"\b{re.escape(word)}\w*\s+(?:{numbers})\b", question.text, re.I):
            return False
        groups = [[heading, *body] for heading, body in run]
        # Words common in Swedish at large ('satt upp', 'har') single out no part.
        return not self._names_one_place(question, words | common_terms(question.text), groups)

    def _template_part_fit(self, question: Question, first: Unit, intro: Unit | None,
                           neighbours: NeighbourLookup | None) -> tuple[tuple[str, ...], float] | None:
        """For a list under a heading its document repeats, that heading (with the document) and how much of the
        question its own part of the template holds: 'Förslag på aktörer' stands over the actors of every goal
        alike, and 'Vilka aktörer kan bidra mot mobbning?' is told which by the goal and measures above the one
        list. Only the question's words the heading does not hold count. None for a list under a heading that
        stands once."""
        chunk = first.chunk
        if intro is not None and intro.is_label:
            heading, line = intro.text, intro.start_line
        elif intro is None and first.list_start == 0 and _opens_section(chunk):
            heading, line = chunk.heading_path[-1], chunk.start_line
        else:
            return None
        document = chunk.path or chunk.source
        part = neighbours.template_part(document, heading, line) if neighbours else None
        if part is None:
            return None
        pre = question.prefix_terms
        words = frozenset(tokenize(heading))
        rest = frozenset(t for t in question.content_terms
                         if self.weights.overlap(frozenset({t}), words, prefixes=pre) <= 0)
        return (document, *tokenize(heading)), self.weights.overlap(rest, part, prefixes=pre) if rest else 0.0

    def _paragraph_list(self, question: Question, run: list[Unit], by_unit: dict[str, Scored],
                        rank_of: dict[str, int]) -> ListCandidate:
        """A list set as paragraphs under its heading line (units.paragraph_list), scored as a list of items is: its
        best paragraphs, how well its heading names what is asked, and whether it names the kind of list asked."""
        label = paragraph_list_heading(run[0])
        fit = self._overlap(question, frozenset(tokenize(label)))
        kind_fit = _kind_fit(question.cue_text, label)
        item_scores = sorted((by_unit[u.unit_id].score for u in run if u.unit_id in by_unit), reverse=True)
        top = sum(item_scores[:3]) / max(1, min(3, len(item_scores)))
        score = top + 0.8 * fit + kind_fit + 0.1 / (rank_of.get(run[0].chunk.chunk_id, 9) + 1)
        return ListCandidate(run, None, score, " ".join(label.split()), kind_fit > 0, item_scores=item_scores)

    def _line_list(self, question: Question, intro: Unit, by_unit: dict[str, Scored], rank_of: dict[str, int],
                   kind_terms: frozenset[str]) -> ListCandidate:
        """A list set as short lines under the sentence ending in ':' that leads into it (units.lines_led_by), scored
        as a bulleted list is: its best lines, how well its intro (and section heading) names what is asked, the
        intro's closeness, and whether the intro names the kind of list asked."""
        lines = lines_led_by(intro)
        heading = intro.section_heading
        intro_fit = self.weights.overlap(question.content_terms, frozenset(tokenize(f"{intro.text} {heading}")),
                                         kind_terms, factor=0.0, prefixes=question.prefix_terms)
        head_fit = self._overlap(question, frozenset(tokenize(" ".join(intro.heading_path))))
        kind_fit = _kind_fit(question.cue_text, intro.text)
        item_scores = sorted((by_unit[u.unit_id].score for u in lines if u.unit_id in by_unit), reverse=True)
        top = sum(item_scores[:3]) / max(1, min(3, len(item_scores)))
        intro_dense = by_unit[intro.unit_id].dense if intro.unit_id in by_unit else 0.0
        score = top + 0.8 * intro_fit + 0.3 * head_fit + 0.5 * intro_dense + kind_fit \
            + 0.1 / (rank_of.get(intro.chunk.chunk_id, 9) + 1)
        return ListCandidate(lines, intro, score, heading, kind_fit > 0, item_scores=item_scores)

    def _gathered_under_headings(self, question: Question, ranked: list[Scored], by_unit: dict[str, Scored],
                                 neighbours: NeighbourLookup | None) -> ListCandidate | None:
        """A list gathered across a template: a document repeats one sub-heading in section after section ('Förslag
        på lokalt mål' over one goal in each), and a list question that names that heading ('Vilka mål kan vi
        sätta lokalt?') is answered by the sentences right under every occurrence, in document order — no one
        section's passage is the list asked for. None when no such heading among the best units fits."""
        if neighbours is None or question.answer_type != "list":
            return None
        asked = asked_kinds(question.cue_text)
        best: ListCandidate | None = None
        tried: set[tuple[str, str]] = set()
        for s in ranked[:60]:
            heading = s.unit.text if s.unit.is_label and s.unit.role == "body" else _heading_right_above(s.unit)
            if heading is None:
                continue
            document = s.unit.chunk.path or s.unit.chunk.source
            if (document, _heading_key(heading)) in tried:
                continue
            tried.add((document, _heading_key(heading)))
            terms = frozenset(tokenize(heading))
            fit = self._overlap(question, terms)
            offered = list_kinds(heading, head_only=True)
            if (asked and offered and not asked & offered) or (fit < GATHER_FIT and not asked & offered):
                continue
            groups = [g for g in neighbours.passages_under(document, heading) if g]
            gathered = len(groups) >= REPEATED_HEADING and not self._names_one_place(question, terms, groups)
            if not gathered:
                # One place is asked about ('Vilka mål har man satt upp för det arbetet?'): the sentences under its
                # heading of the asked kind are the list (two or more), not the best few sentences of the passage.
                # Not one part of a numbered series asked for whole ('Vilka är de fyra målen?' over 'Mål 1 …').
                scored = [g for g in groups if len(g) >= 2 and any(u.unit_id in by_unit for u in g)]
                if not scored or not asked & offered or \
                        ((run := neighbours.series_of(s.unit)) and self._asks_for_series(question, run)):
                    continue
                groups = [max(scored, key=lambda g: max(by_unit[u.unit_id].score for u in g if u.unit_id in by_unit))]
            items = [u for g in groups for u in g]
            item_scores = sorted((by_unit[u.unit_id].score for u in items if u.unit_id in by_unit), reverse=True)
            if not item_scores:
                continue
            top = sum(item_scores[:3]) / min(3, len(item_scores))
            kind_fit = 0.5 if asked & offered else 0.0
            candidate = ListCandidate(items, None, top + 0.8 * fit + kind_fit, " ".join(heading.split()).rstrip(":"),
                                      kind_fit > 0, item_scores=item_scores, gathered=gathered)
            if best is None or candidate.score > best.score:
                best = candidate
        return best

    def _names_one_place(self, question: Question, heading: frozenset[str], groups: list[list[Unit]]) -> bool:
        """Whether the question's words beyond the heading single out one place it stands (its sentences, its
        section's headings) rather than the document's topic, which every place shares (its title)."""
        pre = question.prefix_terms
        rest = frozenset(t for t in question.content_terms
                         if self.weights.overlap(frozenset({t}), heading, prefixes=pre) <= 0)
        if not rest:
            return False
        covered = sorted(self.weights.overlap(rest, _place_terms(g), prefixes=pre) for g in groups)
        return covered[-1] - covered[(len(covered) - 1) // 2] >= GATHER_ONE_PLACE


def _counts_items(text: str, n: int, asked: set[str]) -> bool:
    """Whether `text` counts `n` things of the kind asked ('… de fem framgångsfaktorerna …' before five bullets): the
    paragraph that leads into a list without a colon says what the list is, as an intro would."""
    for m in _COUNTED_RE.finditer(text):
        word = m.group(1).lower()
        count = int(word) if word.isdigit() else lex.CARDINALS.get(word)
        if count == n and asked & list_kinds(m.group(2)):
            return True
    return False


def _order_siblings(candidates: list[ListCandidate]) -> None:
    """Lists under one repeated heading of one document take their scores anew, best first, in the order of score
    plus TEMPLATE_PART_FIT times their part's fit: the part decides which of the siblings is the one asked for, not
    whether a sibling outranks a list of another heading (their best score stays the siblings' best)."""
    groups: dict[tuple[str, ...], list[ListCandidate]] = {}
    for c in candidates:
        if c.template:
            groups.setdefault(c.template, []).append(c)
    for siblings in groups.values():
        scores = sorted((c.score for c in siblings), reverse=True)
        for c, score in zip(sorted(siblings, key=lambda c: -(c.score + TEMPLATE_PART_FIT * c.part_fit)), scores,
                            strict=True):
            c.score = score


def _count_fit(question: Question, run: list[tuple[Unit, list[Unit]]]) -> float:
    """SERIES_COUNT_FIT when the question counts the parts it asks for and the series has that many ('Vilka är de
    fyra målen?' over 'Mål 1' … 'Mål 4'): the whole series is what is asked, not the sentence that counts them."""
    m = lex.ASKED_COUNT_RE.search(question.text)
    if m is None:
        return 0.0
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else lex.CARDINALS[word]
    return SERIES_COUNT_FIT if n == len(run) else 0.0


def _series_candidate(run: list[tuple[Unit, list[Unit]]], score: float, item_scores: list[float],
                      neighbours: NeighbourLookup) -> ListCandidate:
    """A numbered series of headings as one list: each heading an item, what stands under it nested one level
    deeper, introduced by the sentence that leads into the series (else titled by the heading above it)."""
    items: list[Unit] = []
    for heading, body in run:
        items.append(replace(heading, depth=1))
        base = min((u.depth for u in body if u.is_item), default=1)
        items += [replace(u, depth=u.depth - base + 2 if u.is_item else 2) for u in body]
    first = run[0][0]
    intro = neighbours.before_series(first)
    # Titled by the heading above the first part's: its section's parent when it heads its section.
    path = first.chunk.heading_path if first.seq < 0 else first.heading_path
    own = first.seq < 0 or bool(path and path[-1].strip() == first.text.strip())
    parent = path[-2] if own and len(path) >= 2 else (path[-1] if not own and path else "")
    if parent.strip().lower() == first.chunk.title.strip().lower():
        parent = ""
    return ListCandidate(items, intro, score, parent, True, item_scores=item_scores, series=True)


def _place_terms(group: list[Unit]) -> frozenset[str]:
    """What one place of a repeated heading is about: its sentences, its section's headings and the document's
    title."""
    chunk = group[0].chunk
    text = " ".join([*(u.text for u in group), *(u.text for u in group[0].labels_above), chunk.heading_path_text,
                     chunk.title])
    return frozenset(tokenize(text))


def _part_starts(at: list[int], key_at: dict[int, tuple[str, ...]], repeated: dict[tuple[str, ...], list[int]]
                 ) -> list[int] | None:
    """Where each part of a template that ends at one of the heading's occurrences `at` begins (entry indexes), or
    None when the heading opens the parts itself. A part begins at the heading that opens the template's parts: of
    the repeated headings between the first two occurrences, the one the document has first ('Förslag på lokalt
    mål', then 'Förslag på insatser', then 'Förslag på aktörer'); each part begins at its last occurrence before."""
    between = [key_at[i] for i in range(at[0] + 1, at[1]) if i in key_at]
    if not between:
        return None
    opener = min(between, key=lambda k: repeated[k][0])
    if repeated[opener][0] > at[0]:
        return None  # the heading opens the parts: what stands above it is the part before
    opens = repeated[opener]
    return [max(i for i in opens if i < here) for here in at]


def _heading_key(text: str) -> str:
    """A heading line as compared with its repetitions: case, spacing and a closing colon aside."""
    return " ".join(text.lower().split()).rstrip(":")


def _heading_right_above(unit: Unit) -> str | None:
    """The heading a sentence stands right under (only sentences between them): a heading line in its chunk, or
    the section heading of a chunk that opens with it; None when a list, a table or nothing stands between."""
    if unit.kind != "sentence":
        return None
    for u in reversed(units_of(unit.chunk)[: unit.seq]):
        if u.is_label:
            return u.text if u.role == "body" and not u.text.rstrip().endswith(":") else None
        if u.kind != "sentence":
            return None
    return unit.chunk.heading_path[-1] if _opens_section(unit.chunk) else None


def _opens_section(chunk: Chunk) -> bool:
    """Whether a chunk starts at its section's heading line (which chunking keeps in the path, not in the text)."""
    return bool(chunk.heading_path and chunk.line_spans and chunk.line_spans[0][0] > chunk.start_line)


def _leading_sentences(units: Sequence[Unit]) -> list[Unit]:
    """The body sentences `units` open with, up to the first heading, list item or table row (at most
    GATHER_UNDER)."""
    out: list[Unit] = []
    for u in units:
        if u.kind != "sentence":
            break
        if u.role == "body":
            out.append(u)
            if len(out) >= GATHER_UNDER:
                break
    return out


def _opening_lead(item: Unit, neighbours: NeighbourLookup | None) -> list[Unit]:
    """For a list that opens its chunk, the last line of the chunk before it in the same section, when that line
    is text (not a list): chunking may cut between a list and the sentence that leads into it ('Använd dessa
    frågor som stöd i analysen.' / '• Vad ska vår organisation erbjuda …?')."""
    if neighbours is None or not item.is_item or item.list_start != 0 or item.seq != 0:
        return []
    prev = neighbours.preceding(item.chunk, reach=3)  # a blank line or two between, no heading
    if prev is None or prev.heading_path[:1] != item.chunk.heading_path[:1]:
        return []
    units = [u for u in units_of(prev) if u.role == "body"]
    if not units or units[-1].is_item:
        return []
    last = units[-1].line
    return [u for u in units if u.line == last and not u.is_item]


_KIND_RE = re.compile(r"\b(?!" + "|".join(lex.NOT_LIST_KINDS) + r")("
                      + "|".join(re.escape(stem) for stem in sorted(lex.LIST_KINDS, key=len, reverse=True)) + r")\w*")
# The most words of a text read as a label whose compounds name a list kind by their head.
LABEL_WORDS = 12
# A word whose last part is a kind's word ('verksamhetsutmaningar', 'riskfaktorer'): lexicon.COMPOUND_HEAD_KINDS.
_COMPOUND_HEAD_RE = re.compile(r"\b\w{3,}?(" + "|".join(lex.COMPOUND_HEAD_KINDS) + r")\w*")


# The last word of an intro that ends with a colon ('… som besvarar följande frågor:').
_LAST_WORD_RE = re.compile(r"\b(\w+)\s*:\s*$")


def list_kinds(text: str, head_only: bool = False, compounds: bool = True) -> set[str]:
    """The kinds of list a text names ('aktörer' -> {'aktör'}), by the stems in lexicon.LIST_KINDS.

    Stems are matched as written, so 'mät' (measure) does not match 'material'; a compound is of its last part's
    kind ('verksamhetsutmaningar' are problems), and factors named as the means to an end are success factors,
    not causes. With `head_only`, only the first kind named: an intro 'Förslag på aktörer som kan bidra till
    insatsen' lists actors, not interventions.

    >>> sorted(list_kinds("Ge exempel på verksamhetsutmaningar:"))
    ['problem']
    >>> sorted(list_kinds("Vidare lyfts tre faktorer fram i arbetet med att få eleven tillbaka till skolan:"))
    ['framgångsfaktor']
    >>> sorted(list_kinds("Skolrelaterade faktorer kan delas upp i tre underkategorier:"))
    ['faktor']
    >>> sorted(list_kinds("När ni valt insatser bör ni göra en sammanfattning som besvarar frågorna:", head_only=True))
    ['fråga']
    >>> sorted(list_kinds("Förslag på aktörer som kan bidra till insatserna:", head_only=True))
    ['aktör']
    """
    lowered = text.lower()
    found: list[tuple[int, str]] = []
    for m in _KIND_RE.finditer(lowered):
        kind = lex.LIST_KINDS[m.group(1)]
        if kind == "faktor" and lex.MEANS_AFTER_FACTOR_RE.match(lowered, m.start()):
            kind = "framgångsfaktor"
        found.append((m.start(), kind))
    known = {start for start, _ in found}
    # A compound's head is read in a label (a heading, a short or colon-ended intro), not deep in a long sentence.
    label = compounds and (len(text.split()) <= LABEL_WORDS or text.rstrip().endswith(":"))
    for m in _COMPOUND_HEAD_RE.finditer(lowered) if label else ():
        if m.start() not in known:
            found.append((m.start(), lex.LIST_KINDS[m.group(1)]))
    found.sort()
    if head_only:
        # An intro that ends on a kind's word names what follows by that word ('När ni valt insatser bör ni göra en
        # sammanfattning som besvarar frågorna:' leads into questions; the interventions are its topic): the word
        # the colon follows is the list's head, wherever other kinds stand before it; unless a preposition makes
        # it the topic ('Förslag på aktörer som kan bidra till insatserna:' lists actors).
        last = _LAST_WORD_RE.search(lowered)
        topical = last is not None and any(m.end() == last.end(1) for m in lex.TOPIC_PHRASE_RE.finditer(lowered))
        ending = [(start, kind) for start, kind in found
                  if last is not None and not topical and start == last.start(1)]
        found = ending or found[:1]
    return {kind for _, kind in found}


def asked_kinds(question: str) -> set[str]:
    """The kind of list a question asks for, from the noun after 'vilka/vilket/vad för' when there is one.

    >>> sorted(asked_kinds("Vilket material kan vi behöva ta fram innan vi genomför insatserna?"))
    ['material']
    >>> sorted(asked_kinds("Vem ansvarar för insatserna?"))  # people are asked for, not interventions
    ['aktör']
    >>> sorted(asked_kinds("Vilka kan vi samarbeta med om vi vill ge eleverna läxhjälp?"))  # partners are actors
    ['aktör']
    >>> sorted(asked_kinds("Vilka borde vara med i arbetet?"))  # who takes part: actors
    ['aktör']
    >>> sorted(asked_kinds("Vad kan vi göra när eleverna saknar en lugn plats för läxor?"))  # measures
    ['insats']
    >>> sorted(asked_kinds("Vilket stöd kan elever som inte hänger med få?"))  # support is measures
    ['insats']
    >>> sorted(asked_kinds("Hur kan vi se om insatserna har hjälpt?"))  # what to follow up, not the measures
    ['uppföljning']
    >>> sorted(asked_kinds("Hur följer man upp insatser för att pojkar ska lyckas?"))
    ['uppföljning']
    >>> sorted(asked_kinds("Hur kan vi minska frånvaron bland pojkar?"))  # ways to act, not problems or goals
    ['framgångsfaktor', 'insats', 'steg']
    >>> sorted(asked_kinds("Vilken nämnd ansvarar för mål 2?")), sorted(asked_kinds("Vilka är de fyra målen?"))
    ([], ['mål'])
    >>> sorted(asked_kinds("Vilka faktorer lyfts fram för att få eleven tillbaka till skolan?"))  # as an intro says
    ['framgångsfaktor']
    >>> sorted(asked_kinds("Vilka faktorer påverkar frånvaron?"))
    ['faktor']
    >>> sorted(asked_kinds("Vilka skolformer gäller garantin för tidiga stödinsatser?"))  # school forms, no kind
    []
    >>> sorted(asked_kinds("Hur kollar vi om arbetet mot mobbning har gett något – vad ska vi följa upp?"))
    ['uppföljning']
    """
    if lex.WHO_OPENER_RE.match(question) or lex.PARTNER_QUESTION_RE.match(question) \
            or lex.HELPER_QUESTION_RE.match(question):
        return {"aktör"}
    if lex.MEASURES_QUESTION_RE.match(question) or lex.SUPPORT_QUESTION_RE.match(question):
        return {"insats"}
    if lex.FOLLOW_UP_QUESTION_RE.match(question) or lex.FOLLOW_UP_HOW_RE.match(question) \
            or lex.FOLLOW_UP_WHAT_RE.search(question) or lex.EVALUATION_QUESTION_RE.search(question):
        return {"uppföljning"}
    if lex.HOW_TO_ACT_QUESTION_RE.match(question):
        return set(lex.HOW_TO_ACT_KINDS)
    head = re.search(r"\b(vilka|vilket|vilken|vad för|which|what)\s+(\w+(?:\s+\w+)?)", question, re.I)
    if head:
        kinds = list_kinds(head.group(2))
        if "faktor" in kinds and lex.MEANS_AFTER_FACTOR_RE.match(question.lower(), head.start(2)):
            # 'vilka faktorer som lyfts fram för att få eleven tillbaka …': factors named as the means to an end are
            # asked as an intro names them ('Vidare lyfts tre faktorer fram i arbetet med att …:', list_kinds)
            kinds = (kinds - {"faktor"}) | {"framgångsfaktor"}
        if kinds:
            return kinds
    # 'Vilka skolformer gäller garantin för tidiga stödinsatser?' asks for school forms, a noun that names no kind:
    # a kind that stands only as the head of a compound of its topic ('stödinsatser') is not what is asked; one
    # named as a word of its own ('Vilka förslag på uppföljning …', 'Vilka poster finns i kostnadsberäkningen?')
    # still is.
    compounds = not (head and _names_a_noun(head.group(2).split()[0]))
    # Without 'vilka X', a kind named anywhere in the question, except in a 'how' question, where it is the
    # topic ('Hur följs insatsen upp?' asks how, not for interventions), or in a numbered label, which names where
    # to look ('Vilken nämnd ansvarar för mål 2?' asks for a body, not for goals).
    if lex.HOW_QUESTION_RE.match(question):
        return set()
    return list_kinds(lex.NUMBERED_LABEL_RE.sub(" ", lex.TOPIC_PHRASE_RE.sub(" ", question)), compounds=compounds)


def _names_a_noun(word: str) -> bool:
    """Whether the word after 'vilka/vilket' is a noun ('skolformer', 'kommuner'), not a verb or pronoun ('kan',
    'behöver', 'vi'): a word of four letters or more that is no stop word and whose lemma is no infinitive (Swedish
    infinitives end in -a; nouns in -a are taken for verbs, which keeps the kinds named elsewhere in the question).

    >>> _names_a_noun("skolformer"), _names_a_noun("behöver"), _names_a_noun("kan"), _names_a_noun("av")
    (True, False, False, False)
    """
    lowered = word.lower()
    if len(lowered) < 4 or lowered in stopwords() or not lowered.isalpha():
        return False
    lemma = simplemma.lemmatize(lowered, lang="sv")
    return not lemma.endswith(("a", "as"))


@lru_cache(maxsize=32)
def _kind_stems(kind: str) -> tuple[str, ...]:
    """The indexed (folded) stems of the words that name a list kind: 'fråga' -> ('frag', 'question')."""
    return tuple(t for stem, k in lex.LIST_KINDS.items() if k == kind for t in tokenize(stem))


def kind_words(terms: frozenset[str], kinds: set[str]) -> frozenset[str]:
    """The question terms that only name the kind of list asked for ('frag' of 'Vilka frågor …?').

    >>> sorted(kind_words(frozenset({"frag", "samverkan", "stall"}), {"fråga"}))
    ['frag']
    """
    stems = [k for kind in kinds for k in _kind_stems(kind)]
    return frozenset(t for t in terms if any(t == k or (len(k) >= 4 and t.startswith(k)) for k in stems))


def _kind_fit(question: str, intro: str, head_only: bool = True) -> float:
    """A list introduced as the kind the question asks for is lifted; a list of another kind is lowered.

    A short intro names its kind first ('Förslag på aktörer som kan bidra till insatsen'); a paragraph that
    leads into a list may name it anywhere ('… utifrån de fem framgångsfaktorerna …').

    >>> q = "Vad kan vi göra när killarna inte har någon lugn plats för läxor?"
    >>> _kind_fit(q, "Förslag på insatser"), _kind_fit(q, "Ge exempel på problemområden på befolkningsnivå:")
    (0.5, -0.3)
    """
    asked = asked_kinds(question)
    if not asked:
        return 0.0
    offered = list_kinds(intro, head_only=head_only)
    if asked & offered:
        # Measures meet a way to act ('Hur kan vi …?'), but naming them lifts no list over the passage on the
        # question's own topic: a list of tips that names no kind answers as well.
        return 0.0 if lex.HOW_TO_ACT_QUESTION_RE.match(question) else 0.5
    return -0.3 if offered else 0.0


def of_another_kind(question: str, intro: str) -> bool:
    """A list introduced as another kind than the question asks for ('Förslag på insatser' for 'Vilka aktörer …?',
    'Ge exempel på problem …' for 'Hur kan vi minska …?') does not answer it."""
    asked = asked_kinds(question)
    offered = list_kinds(intro, head_only=True)
    return bool(asked and offered and not asked & offered)


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
    words = re.findall(r"\w+", fold(first_cell(unit)))
    asked = set(re.findall(r"\w+", fold(question.text)))
    return bool(words) and all(w in asked or _inflected_in(w, asked) for w in words)


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


class NeighbourLookup:
    """The chunk that continues another (same document, next lines), to complete a list split by chunking."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self._by_start: dict[tuple[str, int], Chunk] = {}
        self._by_end: dict[tuple[str, int], Chunk] = {}
        self._by_document: dict[str, list[Chunk]] = {}
        self._passages: dict[str, dict[str, list[list[Unit]]]] = {}
        self._parts: dict[str, dict[tuple[str, ...], list[tuple[int, frozenset[str]]]]] = {}
        self._series: dict[str, tuple[list[tuple[Unit, bool]], list[list[tuple[Unit, list[Unit]]]]]] = {}
        for c in chunks:
            self._by_document.setdefault(c.path or c.source, []).append(c)
            for first, _ in c.line_spans[:1] or [(c.start_line, c.end_line)]:
                self._by_start[(c.path or c.source, first)] = c
            for _, last in c.line_spans[-1:] or [(c.start_line, c.end_line)]:
                self._by_end[(c.path or c.source, last)] = c

    def marked_by(self, note: Unit) -> Unit | None:
        """The body sentence of `note`'s document that carries the note's number as a mark ('… samordningsgrupp43,
        …' for '43 I projektet kom denna grupp att kallas för …'), the nearest before the note; None for none. A
        mark at a sentence's end is dropped from its unit's text ('… skolan:27'), so the line is read for it."""
        lines = note.chunk.text.split("\n")
        m = lex.FOOTNOTE_START_RE.match(lines[note.line].strip()) if note.line < len(lines) else None
        if m is None:
            return None
        number = m.group(1)
        found: list[Unit] = []
        for c in self._by_document.get(note.chunk.path or note.chunk.source, []):
            text = c.text.split("\n")
            for u in units_of(c):
                if u.role == "body" and u.kind == "sentence" and u.start_line < note.start_line and \
                        number in lex.NOTE_REFERENCE_RE.findall(text[u.line]):
                    found.append(u)
        carrying = [u for u in found if number in lex.NOTE_REFERENCE_RE.findall(u.text)] or found
        return max(carrying, key=lambda u: (u.start_line, u.seq), default=None)

    def passages_under(self, document: str, heading: str) -> list[list[Unit]]:
        """For each place `document` has `heading` (a heading line in a chunk's text, or the section heading a
        chunk opens with), in document order, the body sentences right under it (empty where a list follows)."""
        passages = self._passages.get(document)
        if passages is None:  # each document's headings found once (built whole, then stored: threads share it)
            passages = self._passages[document] = self._find_passages(document)
        return passages.get(_heading_key(heading), [])

    def _find_passages(self, document: str) -> dict[str, list[list[Unit]]]:
        found: dict[str, list[list[Unit]]] = {}
        seen: set[int] = set()  # a heading repeated by chunk overlap counts once
        for c in sorted(self._by_document.get(document, []), key=lambda c: c.start_line):
            units = units_of(c)
            places = [(u.text, u.start_line, list(units[u.seq + 1:])) for u in units if u.is_label and u.role == "body"]
            if _opens_section(c):
                places.insert(0, (c.heading_path[-1], c.start_line, list(units)))
            for text, line, after in places:
                if line in seen:
                    continue
                seen.add(line)
                if not after:  # the heading ends its chunk: what stands under it opens the next
                    nxt = self.following(c, reach=3)
                    after = list(units_of(nxt)) if nxt is not None else []
                found.setdefault(_heading_key(text), []).append(_leading_sentences(after))
        return found

    def series_of(self, item: Unit) -> list[tuple[Unit, list[Unit]]]:
        """The numbered series of headings that `item` heads a part of or stands in ('Mål 1 …' over its bullets,
        then 'Mål 2 …' over its own): each heading (a heading line, or a section heading as a unit of its chunk)
        with the body units under it up to the next heading, in document order; empty when `item` stands under no
        such series."""
        _, runs = self._series_in(item.chunk.path or item.chunk.source)
        at = (item.start_line, item.text)
        for run in runs:
            if any((u.start_line, u.text) == at for heading, body in run for u in (heading, *body)):
                return run
        return []

    def before_series(self, heading: Unit) -> Unit | None:
        """The body sentence right before a series' first heading (within a few lines), which leads into it
        ('Kommunen har satt upp tre mål för arbetet.'), or None."""
        entries, _ = self._series_in(heading.chunk.path or heading.chunk.source)
        at = next((i for i, (u, _) in enumerate(entries) if u.start_line == heading.start_line), 0)
        if at == 0:
            return None
        before, is_heading = entries[at - 1]
        return before if not is_heading and before.kind == "sentence" and \
            heading.start_line - before.end_line <= 4 else None

    def _series_in(self, document: str) -> tuple[list[tuple[Unit, bool]], list[list[tuple[Unit, list[Unit]]]]]:
        found = self._series.get(document)
        if found is None:  # built whole, then stored: threads share it
            found = self._series[document] = self._find_series(document)
        return found

    def _find_series(self, document: str) -> tuple[list[tuple[Unit, bool]], list[list[tuple[Unit, list[Unit]]]]]:
        entries: list[tuple[Unit, bool]] = []  # body units and headings in reading order, each once
        seen: set[tuple[int, str]] = set()
        for c in sorted(self._by_document.get(document, []), key=lambda c: c.start_line):
            if _opens_section(c) and (c.start_line, "") not in seen:
                seen.add((c.start_line, ""))
                entries.append((Unit(c.heading_path[-1], c, 0, c.start_line, c.start_line, "label", "body", seq=-1),
                                True))
            for u in units_of(c):
                if (u.start_line, u.text) in seen or (u.start_line, "") in seen:
                    continue
                seen.add((u.start_line, u.text))
                if u.role == "body":
                    entries.append((u, u.is_label and not u.text.rstrip().endswith(":")))
        runs: list[list[tuple[Unit, list[Unit]]]] = []
        run: list[tuple[Unit, list[Unit]]] = []
        key: tuple[str, int] = ("", 0)
        others = 0  # headings outside the series since its last part
        for i, (u, is_heading) in enumerate(entries):
            if not is_heading:
                continue
            m = SERIES_HEADING_RE.match(u.text)
            if m is None:
                others += 1
                continue
            word, number = m.group(1).casefold(), int(m.group(2))
            if not run or (word, number) != (key[0], key[1] + 1) or others > 2 or len(run) >= SERIES_MOST:
                if len(run) >= 2:
                    runs.append(run)
                run = []
            body: list[Unit] = []
            for v, under_heading in entries[i + 1:]:
                if under_heading or len(body) >= SERIES_READ:
                    break
                body.append(v)
            # A part's list is what it holds ('Mål 1 …' over its targets); the paragraph before the list describes.
            # Without a list, its first sentences say it.
            items = [v for v in body if v.is_item][:SERIES_UNDER]
            run.append((u, items or body[:GATHER_UNDER]))
            key, others = (word, number), 0
        if len(run) >= 2:
            runs.append(run)
        return entries, [r for r in runs if any(body for _, body in r)]

    def template_part(self, document: str, heading: str, line: int) -> frozenset[str] | None:
        """For a heading its document repeats (the same words: 'Förslag på aktörer som kan bidra till insatsen' and
        '… insatser'), as a heading line or a section heading, the terms of the part of the template that the one at
        `line` closes: from the last heading that opens the template's parts ('Förslag på lokalt mål') up to it —
        the goal above a list of actors and the measures between. None when it stands once, or opens the parts."""
        parts = self._parts.get(document)
        if parts is None:  # built whole, then stored: threads share it
            parts = self._parts[document] = self._template_parts(document)
        return next((terms for at, terms in parts.get(tuple(tokenize(heading)), []) if at == line), None)

    def _template_parts(self, document: str) -> dict[tuple[str, ...], list[tuple[int, frozenset[str]]]]:
        entries = self._reading_order(document)
        places: dict[tuple[str, ...], list[int]] = {}
        for i, (_, heading, _) in enumerate(entries):
            if heading and (key := tuple(tokenize(heading))):
                places.setdefault(key, []).append(i)
        repeated = {key: at for key, at in places.items() if len(at) >= REPEATED_HEADING}
        key_at = {i: key for key, at in repeated.items() for i in at}
        found: dict[tuple[str, ...], list[tuple[int, frozenset[str]]]] = {}
        for key, at in repeated.items():
            starts = _part_starts(at, key_at, repeated)
            if starts is None:
                continue
            found[key] = [(entries[here][0], frozenset(t for _, _, u in entries[start:here]
                                                       if u is not None and u.role == "body" for t in u.terms))
                          for start, here in zip(starts, at, strict=True)]
        return found

    def _reading_order(self, document: str) -> list[tuple[int, str | None, Unit | None]]:
        """A document's headings and units in reading order, each once (chunks overlap): (line, the heading's text
        for a heading line or a section heading a chunk opens with, the unit; None for a section heading)."""
        seen: set[tuple[int, str]] = set()
        out: list[tuple[int, str | None, Unit | None]] = []
        for c in sorted(self._by_document.get(document, []), key=lambda c: c.start_line):
            if _opens_section(c) and (c.start_line, "") not in seen:
                seen.add((c.start_line, ""))
                out.append((c.start_line, c.heading_path[-1], None))
            for u in units_of(c):
                if (u.start_line, u.text) not in seen and (u.start_line, "") not in seen:
                    seen.add((u.start_line, u.text))
                    out.append((u.start_line, u.text if u.is_label and u.role == "body" else None, u))
        return out

    def preceding(self, chunk: Chunk, reach: int = 7) -> Chunk | None:
        """The chunk that ends within `reach` lines before `chunk` starts, in the same document."""
        if not chunk.line_spans:
            return None
        start = chunk.line_spans[0][0]
        for gap in range(1, reach + 1):
            prev = self._by_end.get((chunk.path or chunk.source, start - gap))
            if prev is not None:
                return prev
        return None

    def following(self, chunk: Chunk, reach: int = 7) -> Chunk | None:
        """The chunk that starts within `reach` lines after `chunk` ends, in the same document (blank lines and
        a heading may stand between)."""
        if not chunk.line_spans:
            return None
        end = chunk.line_spans[-1][1]
        for gap in range(1, reach + 1):
            nxt = self._by_start.get((chunk.path or chunk.source, end + gap))
            if nxt is not None:
                return nxt
        return None

    def continuation(self, items: list[Unit]) -> list[Unit]:
        """Items that continue `items`' list at the start of the next chunk."""
        if not items:
            return []
        last = items[-1]
        chunk = last.chunk
        if last.line != len(chunk.line_spans) - 1 or not chunk.line_spans:
            return []
        out: list[Unit] = []
        nxt = self.following(chunk, reach=3)
        for u in units_of(nxt) if nxt is not None else ():
            if not u.is_item:
                break
            out.append(u)
        return out


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


def subject_is_covered(subject: Subject, texts: Sequence[str], exact_years: Sequence[str] = ()) -> bool:
    """Whether any of `texts` speaks of `subject`: each word of a name (inflected too), or a year — also inside
    a range such as 2024–2027 or 2020/2021, but not a year in a reference such as 'Skolverket (2019)'.

    >>> subject_is_covered(Subject("#jagmed", "name"), ["Skolförvaltningen deltog i projektet #jag med- unga"])
    True
    """
    if subject.kind == "year":
        year = int(subject.text)
        if any(re.search(rf"\b{year}\b", t) for t in exact_years):
            return True
        for text in texts:
            text = lex.CITED_YEAR_RE.sub(" ", text)
            if re.search(rf"\b{year}\b", text):
                return True
            for a, b in re.findall(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b", text):
                start = int(a)
                end = int(b) if len(b) == 4 else int(a[:2] + b)
                if start <= year <= end:
                    return True
        return False
    words, kind = name_words(subject.folded), name_kind(subject.folded)
    folded = [_folded(t) for t in texts]
    if subject.text.startswith("#"):  # a hashtag the text splits ('#jag med', as PDF extraction leaves it)
        folded += [_HASHTAG_SPLIT_RE.sub(r"#\1\2", t) for t in folded if "#" in t]
    return all(any(_name_in(w, t, kind) for t in folded) for w in words)


_HASHTAG_SPLIT_RE = re.compile(r"#\s*(\w+)\s+(\w+)")


@lru_cache(maxsize=256)
def name_words(folded: str) -> tuple[str, ...]:
    """The words that place a name (folded), without its generic ones: 'alingsas kommun' -> ('alingsas',)."""
    return tuple(w.split("-")[0] for w in folded.replace("#", " ").split() if w not in _GENERIC_NAME_WORDS) or \
        tuple(folded.split())


@lru_cache(maxsize=256)
def name_kind(folded: str) -> str:
    """The kind of body a name's generic word says (lexicon.NAME_KINDS): 'orebro lan' -> 'län'; '' for none."""
    return next((_NAME_KINDS[w] for w in folded.split() if w in _NAME_KINDS), "")


_GENERIC_NAME_WORDS = frozenset(fold(w) for w in lex.GENERIC_NAME_WORDS)
_NAME_KINDS = {fold(w): kind for w, kind in lex.NAME_KINDS.items()}


@lru_cache(maxsize=512)
def _folded(text: str) -> str:
    """`fold` remembered: a section's text is checked for every unit of it (str hashes are cached by Python)."""
    return fold(text)


def _name_in(word: str, text: str, kind: str = "") -> bool:
    """'karlskogas' matches 'karlskoga', 'boras' matches 'borås' (both folded); with the `kind` of body the name
    says (lexicon.NAME_KINDS), not where the word is followed by another kind's word.

    >>> _name_in("orebro", "region orebro lan"), _name_in("orebro", "orebro universitet", "län")
    (True, False)
    """
    stem = word[:-1] if len(word) > 5 and word.endswith("s") else word
    for m in re.finditer(rf"\b{re.escape(stem)}\w*(?:\s+(\w+))?", text):
        if not kind or _NAME_KINDS.get(m.group(1) or "", kind) == kind:
            return True
    return False
