"""UnitSelector: scores each retrieved unit by closeness, the question's words and the kind asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from assistant import lexicon as lex
from assistant.grounding.anchors import Anchor, near
from assistant.grounding.counts import count_text, states_count
from assistant.grounding.dates import asked_deed, dated_deeds, day_match
from assistant.grounding.definition import defines, names_definiendum
from assistant.grounding.followups import is_event
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
    asks_outcome,
    common_terms,
    doer_verb,
    has_finite_verb,
    reports_outcome,
)
from assistant.grounding.selection.kinds import (
    _kind_fit,
    asked_kinds,
    kind_words,
    list_kinds,
    of_another_kind,
)
from assistant.grounding.selection.matches import (
    _enumerates,
    _header_row,
    _stands_alone,
    _title_block,
    does_asked,
    label_match,
    names_row,
    ordinal_match,
    rows_named,
    section_match,
    states_goal,
    states_length,
    table_of,
)
from assistant.grounding.selection.neighbours import (
    NeighbourLookup,
    _count_fit,
    _counts_items,
    _heading_key,
    _heading_right_above,
    _opening_lead,
    _opens_section,
    _order_siblings,
    _place_terms,
    _series_candidate,
)
from assistant.grounding.selection.scored import (
    ListCandidate,
    Scored,
    Selection,
)
from assistant.grounding.selection.weights import (
    _URL_RE,
    ANCHOR_AFTER,
    ANCHOR_BONUS,
    ASPECT_BONUS,
    ASPECT_SHARE,
    ASPECT_TOPIC_SHARE,
    AUTHOR_LINE_FIT,
    CITED_DOCUMENT,
    CITED_NOTE_WORDS,
    CONSEQUENCE_FIT,
    CONTACT_FIT,
    CONTEXT_SHARE,
    DEED_FIT,
    DEFINING_FIT,
    DENSE_FLOOR,
    EARLIER_GIVES_WAY,
    EVALUATION_FIT,
    FOLLOW_UP_MISS,
    FOLLOW_UP_POOL,
    FRAGMENT_GIVES_WAY,
    FRAGMENT_WORDS,
    GATHER_FIT,
    GATHER_ONE_PLACE,
    INLINE_OF_TOP,
    INTRO_NAMES_BONUS,
    INTRO_NAMES_FIT,
    INTRO_NAMES_SHARE,
    INVITATION_GIVES_WAY,
    LABEL_FIT,
    LABEL_LEAD_CHUNKS,
    LABEL_LEAD_FLOOR,
    LABEL_LEAD_SHARE,
    LABEL_LEAD_UNITS,
    LEAD_COUNT_FIT,
    MENTION_FIT,
    MENTION_STATEMENT_WORDS,
    NOTE_GIVES_WAY,
    NOTE_HOLDS_QUESTION,
    NOTE_SHARED_TERMS,
    OFF_TOPIC_LIST,
    ORDINAL_FIT,
    OUTCOME_FIT,
    QUESTION_KIND,
    REPEATED_HEADING,
    ROLE_STEP_FIT,
    ROW_FIT,
    SERIES_HEADING_RE,
    SHARE_FOR_COUNT_FIT,
    START_FIT,
    TOPIC_FIT_SHARE,
    WHO_VERB_FIT,
    WRONG_KIND,
)
from assistant.index.lexical import tokenize, word_list_terms
from assistant.index.units import (
    Unit,
    all_questions,
    asks,
    in_notes_section,
    intro_antecedent,
    lead_in,
    led_lines_intro,
    lines_led_by,
    list_intro,
    list_of,
    paragraph_list,
    paragraph_list_heading,
    split_sentences,
    units_of,
)
from assistant.schema import Hit


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


def _points_to_table(text: str) -> bool:
    """Whether a unit is a table's caption or the sentence that says what a table shows ('Tabell 2 visar …',
    'Tabellen nedan redovisar …')."""
    return bool(lex.CAPTION_RE.match(text) or lex.TABLE_LEAD_RE.match(text))


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
        if question.mention and kind == "fact":
            return self._mention_fit(unit, question)
        if kind == "number":
            if lex.DURATION_QUESTION_RE.search(question.text):
                # 'hur lång tid' is answered by '3 timmar'; 'hur länge har …' also by its start ('sedan våren 2016')
                since = lex.SINCE_QUESTION_RE.search(question.text) and lex.START_RE.search(text)
                return 0.35 if since or states_length(text, question) else -0.1
            if lex.TIME_QUESTION_RE.search(question.text):
                return 0.35 if lex.CLOCK_RE.search(text) else -0.1  # 'vilken tid' is answered by 'kl. 15.00'
            if lex.TOTAL_QUESTION_RE.search(question.text) and lex.TOTAL_RE.search(text):
                return 0.5  # 'sammanlagt' is answered by the total row
            if not question.date and _points_to_table(text) and not lex.TABLE_QUESTION_RE.search(question.text):
                # a caption, or the sentence that says what a table shows, gives no figure of its own: its row does
                # ('Tabell 1 visar … tjänstegrad … hösten 2025' for 'Hur stor var skolsköterskans tjänstegrad?')
                return 0.25 if lex.DIGIT_RE.search(lex.TABLE_POINTER_NUMBERS_RE.sub(" ", text)) else -0.25
            if question.counted and not question.money and not question.date and states_count(unit, question.counted):
                if unit.kind != "row" and not lex.SHARE_QUESTION_RE.search(question.text) and not states_count(
                        unit, question.counted, lex.SHARE_FIGURE_RE.sub(" ", count_text(text, question.counted))):
                    # a share of the thing counted ('42 procent av alla kuratorsbesök') says not how many there were
                    return SHARE_FOR_COUNT_FIT
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
            if lex.AUTHOR_QUESTION_RE.match(question.cue_text) and lex.AUTHOR_LINE_RE.match(text):
                # 'Vem har tagit fram analysen?': the report's own line naming who made it ('Utredare: Anders
                # Nyqvist, …') says who, where the sentences only name the body that asked for it ('Nämnden gav
                # förvaltningen i uppdrag att analysera …')
                return AUTHOR_LINE_FIT
            if lex.WHO_DID_RE.match(question.cue_text) and lex.PASSIVE_AGENT_RE.search(text):
                # 'Vem gjorde den externa utvärderingen?': the passive that names its doer ('… som genomfördes av tre
                # följeforskare …') says who, as a role's sentence with the asked verb does.
                return 0.2 + WHO_VERB_FIT
            # A routine's step that opens on its doer ('2. Mentorn kontaktar vårdnadshavare samma dag …') says who
            # does what, more than a narrative that names a role with the asked verb ('… pratade hen med sina lärare').
            step = ROLE_STEP_FIT if unit.is_item and lex.ROLE_STEP_RE.match(text) else 0.0
            return (0.2 if lex.ROLE_SENTENCE_RE.search(text) else 0.0) + step + (
                WHO_VERB_FIT if does_asked(question, text) else 0.0)
        if kind == "yesno" and unit.kind == "sentence" and unit.words <= FRAGMENT_WORDS and \
                not has_finite_verb(text) and not lex.REPLY_OPENING_RE.match(text):  # ('Nej.' is a reply)
            # 'Ska rektorn vara med på workshoparna i november?' is answered yes or no by a statement, not by the
            # title line of the invitation ('Digitala workshops november 2020') that shares its dates.
            return -FRAGMENT_GIVES_WAY
        if kind in ("list", "fact") and doer_verb(question.cue_text) is not None:
            # 'Vilka deltar i X?' asks who, as 'Vem deltar …?' does: the statement with its verb names them
            # ('Politiker, förvaltningsledning, rektorer och lärare f-3 deltar.').
            return WHO_VERB_FIT if does_asked(question, text) else 0.0
        if kind == "how" and lex.START_QUESTION_RE.search(question.cue_text) and lex.START_SENTENCE_RE.search(text):
            return START_FIT  # 'hur kommer man igång?' is answered by 'Börja med att …'
        if lex.HOW_TO_ACT_QUESTION_RE.match(question.cue_text):
            # 'Hur kan vi minska frånvaron?' is not answered by one of the problems a list gives as examples, nor
            # by the line that introduces them ('Ge exempel på problem som rör frånvaron:'), however many of the
            # question's words they hold.
            intro = list_intro(unit) if unit.is_item else unit if text.rstrip().endswith(":") else None
            return -WRONG_KIND if intro is not None and of_another_kind(question.cue_text, intro.text) else 0.0
        return 0.0

    def _mention_fit(self, unit: Unit, question: Question) -> float:
        """MENTION_FIT for a statement that names what 'Vad säger X om Y?' asks about (Question.mention): a sentence,
        or a list item with a finite verb and MENTION_STATEMENT_WORDS words ('Koppla pojkar till mentorer …'); a bare
        item ('1. Läxhjälp.') or a question the material asks gets nothing: under its intro it says in which list the
        thing stands, which the answer gives after what describes it."""
        if self.weights.overlap(frozenset({question.mention}), unit.match_terms, prefixes=question.prefix_terms) <= 0:
            return 0.0
        if asks(unit) or unit.is_label:
            return 0.0
        if unit.is_item and (unit.words < MENTION_STATEMENT_WORDS or not has_finite_verb(unit.text)):
            return 0.0
        return MENTION_FIT

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
        if question.answer_type in ("how", "evaluation", "definition") and \
                lex.INVITATION_TEXT_RE.search(unit.chunk.text) and not lex.INVITATION_TEXT_RE.search(question.text) \
                and not any(is_event(w) for w in re.findall(r"\w+", question.text)):
            # an invitation's passage tells no one how to do the work – unless the question asks of the event itself
            # ('Hur anmäler man sig till konferensen?', 'Vad innebär workshopen?'; last read)
            p += INVITATION_GIVES_WAY
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
            carried_lead: Unit | None = None  # a sentence closing its chunk that leads into the next one's list
            if led_by is None and not unit.is_item and not unit.text.rstrip().endswith((".", "!", "?")):
                # A sentence that introduces a list ('… tre faktorer fram:'): its list is the answer.
                after = [u for u in units_of(unit.chunk)[unit.seq + 1:] if u.line != unit.line][:1]
                # (or runs its items on in its own sentence: '… orsaker …: lärarbyten, vara i fel klass, …')
                run_in = [u for u in units_of(unit.chunk)[unit.seq + 1: unit.seq + 2]
                          if u.is_item and u.line == unit.line and u.list_start == unit.line]
                following = run_in or [u for u in after if u.is_item and u.list_start <= unit.line + 4]
                if following:
                    unit = following[0]
                elif (carried := _list_in_next_chunk(unit, neighbours)) is not None:
                    # 'Saknas könsuppdelad statistik … kan ni använda dessa förslag på nyckeltal:' closes its chunk;
                    # the list it announces opens the next one, under a sub-heading (trial 29 S08)
                    unit, carried_lead = carried, unit
            elif led_by is None and not unit.is_item and (first := _list_pointing_back(unit)) is not None:
                unit = first  # 'Genomför en sammanfattande analys. Den kan till exempel innehålla:' and its items
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
                if intro is None and carried_lead is not None:
                    intro = carried_lead
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
                if intro is not None and (pointed := _pointed_to(items[0], by_unit)) is not None:
                    # 'Genomför en sammanfattande analys. Den kan till exempel innehålla:': the sentence the intro
                    # points back to says what the list is of, and speaks for it as its intro would (blind28 PR09)
                    intro_fit = max(intro_fit, self.weights.overlap(
                        question.content_terms, frozenset(tokenize(f"{pointed.unit.text} {intro_text}")), kind_terms,
                        factor=0.0, prefixes=question.prefix_terms))
                    intro_dense = max(intro_dense, pointed.dense)
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
                candidate = ListCandidate(items, intro, score, heading, kind_fit > 0, item_scores=item_scores,
                                          intro_fit=intro_fit)
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
        _intro_names_the_list(found)
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


def _intro_names_the_list(found: list[ListCandidate]) -> None:
    """Of the lists introduced as the kind asked for, the one whose intro holds the question's words gains
    INTRO_NAMES_BONUS when every other such list's intro holds at most INTRO_NAMES_SHARE of what it holds: its
    intro says which list is asked for, while the others only share the topic through their items ('Använd följande
    frågor för att undersöka ifall det är relevant för er att samverka:' beside 'Reflektera över hur den interna och
    externa samverkan med andra verksamheter har fungerat:' for 'Vad ska vi fråga oss om hur samarbetet med andra
    verksamheter har gått?')."""
    named = [c for c in found if c.kind_match and c.intro is not None and not c.inline]
    if len(named) < 2:
        return
    best = max(named, key=lambda c: c.intro_fit)
    if best.intro_fit < INTRO_NAMES_FIT or \
            any(c is not best and c.intro_fit > INTRO_NAMES_SHARE * best.intro_fit for c in named):
        return
    best.score += INTRO_NAMES_BONUS


def _pointed_to(item: Unit, by_unit: dict[str, Scored]) -> Scored | None:
    """The scored sentence a list's intro points back to ('Genomför en sammanfattande analys.' before 'Den kan till
    exempel innehålla:'), when it is among the scored units (units.intro_antecedent)."""
    antecedent = intro_antecedent(item)
    return by_unit.get(antecedent.unit_id) if antecedent is not None else None


def _list_pointing_back(unit: Unit) -> Unit | None:
    """The first item of the list whose intro points back to `unit`, the sentence before that intro in its paragraph
    ('Genomför en sammanfattande analys.' / 'Den kan till exempel innehålla:' / '• Helhetsbedömning …'): the
    sentence names what the list holds, so finding it finds the list (blind28 PR09)."""
    if unit.kind != "sentence" or unit.is_label:
        return None
    units = units_of(unit.chunk)
    nxt = units[unit.seq + 1] if unit.seq + 1 < len(units) else None
    if nxt is None or nxt.is_item or nxt.line != unit.line or not nxt.text.rstrip().endswith(":"):
        return None
    first = next((u for u in units[nxt.seq + 1:] if u.is_item), None)
    if first is None or first.list_start > nxt.line + 4:
        return None
    antecedent = intro_antecedent(first)
    return first if antecedent is not None and antecedent.unit_id == unit.unit_id else None


def _list_in_next_chunk(unit: Unit, neighbours: NeighbourLookup | None) -> Unit | None:
    """The first item of the list that opens the chunk after `unit`'s, when `unit` is the last body unit of its chunk
    and leads into a list (':'): chunking cut between them, often at a sub-heading that stands between ('… förslag
    på nyckeltal:' / 'Befolkningsnivå' / '• Jämföraren – Kolada …'; trial 29 S08). None otherwise."""
    if neighbours is None or unit.kind != "sentence" or not unit.text.rstrip().endswith(":"):
        return None
    rest = [u for u in units_of(unit.chunk)[unit.seq + 1:] if u.role == "body"]
    if rest:
        return None
    nxt = neighbours.following(unit.chunk)
    if nxt is None:
        return None
    units = [u for u in units_of(nxt) if u.role == "body"]
    first = units[0] if units else None
    return first if first is not None and first.is_item and first.list_start == units[0].line else None
