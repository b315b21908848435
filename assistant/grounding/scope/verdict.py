"""The refusal judge: `judge` weighs the selection against the question and returns a Verdict."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from assistant import lexicon as lex
from assistant.grounding.claims import contradicting
from assistant.grounding.counts import per_head
from assistant.grounding.dates import day_match, tells_of_day
from assistant.grounding.grades import asked_grades, grades_phrase, other_grades, unit_grades
from assistant.grounding.ordinals import missing_item
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
    Subject,
    asks_outcome,
    changed_thing,
    common_terms,
    everyday_forms,
    form_as_written,
    opinion_holder,
    partitive_had,
    partitive_part,
    quantified_view,
    view_phrase,
)
from assistant.grounding.scope.absent_rows import AbsentRow, absent_age_band
from assistant.grounding.scope.absent_rows import absent_row as absent_row_asked
from assistant.grounding.scope.age_rows import names_extreme_age
from assistant.grounding.scope.asked_kind import kind_untold
from assistant.grounding.scope.asked_set import takes_part_of_asked_set
from assistant.grounding.scope.bodies import (
    asked_body_kind,
    names_body,
    names_piece,
    says_content,
    school_subjects,
    unheard_sources,
    unheard_units,
)
from assistant.grounding.scope.causes import cause_untold, of_referent
from assistant.grounding.scope.compounds import joined_counted, names_joined, unheard_kind
from assistant.grounding.scope.day_parts import DAY_FIGURE_POOL, other_day_part
from assistant.grounding.scope.figures import (
    _row_fit,
    counts_asked,
    figure_text,
    has_figure,
    unit_has_figure,
)
from assistant.grounding.scope.forms import (
    DAY_POOL,
    FORM_CLOSE,
    FORM_POOL,
    GRADE_CLOSE,
    GRADE_POOL,
    form_within,
    forms_named,
    list_at,
    other_scope,
    speaks_of_form,
)
from assistant.grounding.scope.gaps import gap_scope, gap_words, names_word, stated_gap
from assistant.grounding.scope.item_fields import own_item_figures
from assistant.grounding.scope.line_details import unstated_detail
from assistant.grounding.scope.lowrows import fitting_rows, rows_naming
from assistant.grounding.scope.members import (
    _own_line,
    counts_whole,
    enumerated_names,
    enumerated_with,
    figure_frame,
    labelled_other,
    lacks_item,
    names_group,
    names_member,
    names_other_group,
    names_other_member,
    names_singly,
    numbered_members,
    only_subjects_shared,
    part_of_set,
    part_set_noun,
    qualified_noun,
    qualifier_words,
    split_by_other_group,
    states_part,
)
from assistant.grounding.scope.new_detail import detail_untold, name_untold
from assistant.grounding.scope.numbered import (
    absent_paragraph,
    absent_row,
    absent_section,
    section_word,
    store_has_section,
)
from assistant.grounding.scope.periods import (
    dated_by,
    dated_figure,
    event_terms,
    names_period_year,
    of_other_day,
    other_month_done,
    periods,
    told_of_other_year,
)
from assistant.grounding.scope.precise import (
    asks_if_it_worked,
    baseline_only,
    doer_of_other_thing,
    findings_only_planned,
    priced_of_asked,
    role_unnamed,
    worked_untold,
)
from assistant.grounding.scope.qualifiers import unspoken_qualifier
from assistant.grounding.scope.ranking import rank_untold
from assistant.grounding.scope.refusal_focus import names_every_name
from assistant.grounding.scope.roles import role_untold
from assistant.grounding.scope.rowwise import covers_by_rows, row_says_more
from assistant.grounding.scope.subjects import (
    covers,
    file_name_words,
    is_place,
    says_more_than,
    subject_phrase,
    topic_phrase,
)
from assistant.grounding.scope.terms import (
    _PER_HEAD_FRAME,
    _PER_WORDS,
    FULL_OVERLAP_SLACK,
    MAX_SIMILARITY_SLACK,
    PASSAGE_SLACK,
    PASSAGE_SUPPORT,
    SIMILARITY_SLACK_PER_OVERLAP,
    SOME_OVERLAP,
    _says_word,
    asked_doer,
    asked_per_head,
    asked_terms,
    counts_respondents,
    holds_every_word,
    named_by_own_item,
    named_by_title,
    names_as_head,
    names_asked,
    names_own_document,
    names_term,
    passage_support,
    says_stem,
    statistic_terms,
    term_forms,
    unheard_of,
)
from assistant.grounding.scope.unsaid import thing_unsaid
from assistant.grounding.scope.views import (
    AGENT_POOL,
    BODY_CLOSE,
    CAUSE_POOL,
    CLAIM_POOL,
    OUTCOME_POOL,
    PREMISE_POOL,
    STATISTIC_POOL,
    SUBJECT_POOL,
    VIEW_POOL,
    _inflected_noun,
    agent_verb,
    asked_role,
    cause_phrase,
    defined_in_note,
    ended_told,
    gives_any_view,
    gives_view,
    names_doer,
    names_person,
    names_role_field,
    no_outcome,
    only_planned,
    premise_phrase,
    tells_act,
    tells_agent,
    told_without_cause,
    undefined_term,
)
from assistant.grounding.selection import (
    Scored,
    Selection,
    label_match,
    mentions,
    ordinal_match,
    section_match,
    subject_is_covered,
)
from assistant.grounding.statkind import (
    Clash,
    centre_kinds,
    counted_unit_clash,
    figure_line,
    group_clash,
    statistic_clash,
)
from assistant.grounding.table_years import lacking_year, row_lacking_year, table_holds_years
from assistant.index.lexical import (
    fold,
    tokenize,
)
from assistant.index.units import Unit, units_of
from assistant.schema import Chunk


@dataclass
class Verdict:
    """The decision before composing: answer, or refuse for a stated reason."""

    answer: bool
    reason: str = ""  # empty | script | offtopic | subject | figure | outcome (only planned) | result (none told)
    # | period (figures only of other parts of the year; phrase is the asked part, evidence those figures)
    # | undefined (the term asked about is only used) | view (no unit gives the asked one's view; phrase is indirect)
    # | form (no document of the best units speaks of the asked school form; missing: the forms as written)
    # | label (the asked protocol paragraph '§ 18' is not in the document; phrase: '§ 18', numbered: what it has)
    # | section (the asked numbered section 'avsnitt 6.8' is in none of the best units' documents; numbered: the
    # document and its sections at that level)
    # | table_year (the asked table has no figures of the asked year; phrase: the year, evidence: the table's rows)
    # | ordinal (the asked item of a run, 'den sjunde workshopen', is beyond the count or numbers the best units'
    # documents give it; numbered: the largest such number, evidence first: the passage that gives it)
    # | mentioned (what a piece said is asked, an article or letter the material only says was written; evidence:
    # the passages that name it)
    # | agent (who does an act is asked, 'Vem leder SSPF-gruppen?', and no best unit tells of that act: agent_verb)
    # | premise (a cause is asked of an ending, 'Varför lades kursen ned?', no best unit tells of; evidence: them)
    # | item (an amount asked of an item a list of items under one title does not name; phrase: as said, evidence
    # first: the list's rows)
    # | group (a count asked of a noun narrowed by a qualifier, 'barn med annat modersmål', where the figures split
    # the noun by another group; phrase: the count as asked, evidence first: those figures)
    # | cause (a cause asked of a state or event the best unit states with no reason near it; phrase: the statement
    # as an indirect question, evidence first: that unit)
    # | unexplained (a cause asked of a difference or change in a figure, 'Varför är sjukfrånvaron högre bland
    # kvinnorna?', best met by a table row with no reason near it; phrase: the question's topic, evidence first: it)
    # | statistic (the best figure's line states a neighbouring statistic of the asked one, a median for a mean, a
    # share for a count, a rate for a total, and no figure the asked one: statkind; asked/given say which, evidence
    # first: those figures)
    # | day_part (the best figures are of another part of the day, 'sent en kväll' for 'mitt på dagen': asked/given
    # say which, evidence first: those figures; scope.day_parts)
    missing: list[Subject] = field(default_factory=list)
    phrase: str = ""  # what the material has no information about, for the refusal sentence
    evidence: list[Scored] = field(default_factory=list)  # the units the answer may use
    numbered: str = ""  # for 'label': the document and the paragraphs it has ('… protokoll 2025-03-12: § 12–16')
    # for 'statistic' (a neighbouring statistic given, statkind): what is asked and what the evidence gives instead
    # ('medellön', 'medianlön'); for 'group' from statkind, the asked group ('pojkarna') and given ''; for
    # 'table_year', given: the years the table (or the named row) has, space-separated
    asked: str = ""
    given: str = ""
    asked_phrase: str = ""  # for 'statistic': what the material has no figure of, as asked ('kvinnornas medellön')
    # for 'row' (a table row asked that the table lacks, scope.absent_rows): the asked thing and the table's rows
    table_gap: AbsentRow | None = None
    # for a refusal (scope.refusal_focus): the documents the nearest passage is not to be taken from (they never name
    # the place or organisation asked about, while another of the best does), and the asked subjects that the nearest
    # document does not speak of (None: not judged, all the question's subjects are said)
    foreign: frozenset[str] = frozenset()
    uncovered: list[Subject] | None = None
    # for the steps of a process asked where a document's phases are its top-level sections (Evidence.phased): each
    # phase's heading and the first line under it, in the document's order; the answer lists them
    phases: list[tuple[str, Scored]] = field(default_factory=list)


def judge(question: Question, selection: Selection, corpus_text: str, min_unit_score: float,
          min_similarity: float, section_text: Callable[[Chunk], str] | None = None, strong_score: float = 0.8,
          weights: TermWeights | None = None, document_text: Callable[[Chunk], str] | None = None) -> Verdict:
    """Answer only when the corpus covers the topic, every named subject, and (for figures) has a figure.

    The topic test is at the level of the best evidence unit: its closeness to the
    question (embedding similarity) and its score as an answer (assistant.selection).
    """
    if question.language == "other":
        return Verdict(False, "script")
    if question.courtesy:
        return Verdict(False, "courtesy")
    if not question.content_terms:
        return Verdict(False, "empty")
    ranked = selection.ranked
    if question.answer_type == "yesno" and any(subj.kind == "year" for subj in question.subjects) and \
            (other := contradicting(question.cue_text, ranked[:CLAIM_POOL])) is not None:
        # 'Stämmer det att granskningen publicerades 2019?' met by 'Skolinspektionen publicerade 2021 en granskning
        # …': the statement that holds all the question says but in another year answers it, with a no (claims),
        # though the material has nothing of the asked year.
        return Verdict(True, evidence=[other, *(s for s in ranked if s is not other)])
    missing_everywhere = [s for s in question.subjects if not subject_is_covered(s, [corpus_text])]
    # An acronym names a thing as a name does ('AI', 'PISA'); it is no subject in selection (a question about
    # 'SIP' must still weigh that word), but one the documents never use cannot be answered from them.
    acronyms = lex.ACRONYM_RE.findall(question.text)
    if len(acronyms) * 2 <= len(question.text.split()):  # not a question typed in capitals
        missing_everywhere += [Subject(a, "name") for a in dict.fromkeys(acronyms)
                               if not re.search(rf"\b{re.escape(fold(a))}\b", corpus_text)
                               and not any(re.search(rf"\b{re.escape(fold(form))}", corpus_text)
                                           for form in lex.ACRONYM_FORMS.get(a, ()))]
    missing_everywhere += [Subject(w, "name") for w in unheard_sources(question.text, corpus_text)]
    missing_everywhere += [Subject(w, "name") for w in unheard_units(question.text, corpus_text)]
    if missing_everywhere:
        return Verdict(False, "subject", missing_everywhere,
                       subject_phrase(question, missing_everywhere, everywhere=True))
    kind = unheard_kind(question, ranked, document_text)
    if kind:
        # 'Hur mycket lokalbidrag fick …?' over a report on aktivitetsbidrag that never uses 'lokal': the compound
        # the documents lack was split to be searched, but its first part names a kind of bidrag none of the best
        # units' documents speaks of (scope.compounds; tune FB39).
        missing = [Subject(kind, "name")]
        return Verdict(False, "subject", missing, subject_phrase(question, missing))
    absent = absent_paragraph(question, ranked, document_text)
    if absent:
        return Verdict(False, "label", phrase=f"§ {question.label[1]}" if question.label else "", numbered=absent)
    absent = absent_row(question, ranked, document_text)
    if absent and question.label is not None:
        return Verdict(False, "label", phrase=f"{question.label[0]} {question.label[1]}", numbered=absent)
    absent = absent_section(question, ranked, document_text)
    if absent and not store_has_section(corpus_text, question.section):
        return Verdict(False, "section", phrase=f"{section_word(question.text)} {question.section}", numbered=absent)
    beyond = missing_item(question, ranked, document_text)
    if beyond is not None:  # 'den sjunde workshopen' where the material held six: say how many it has
        shown = [beyond.where] if beyond.where else []
        return Verdict(False, "ordinal", phrase=beyond.phrase, numbered=str(beyond.count),
                       evidence=shown + [s for s in ranked if s is not beyond.where])
    table_gap = (absent_row_asked(question.cue_text, ranked, document_text, corpus_text)
                 or absent_age_band(question.cue_text, ranked, document_text)) if question.language == "sv" else None
    if table_gap is not None:
        # 'Vilken medellön hade kvinnliga sjuksköterskor …?' over a table of yrkesgrupper without them: the other rows
        # are no answer; say that the asked one is not among them and which the table has (scope.absent_rows). So
        # too an age group none of the table's age bands reaches ('flickorna under 16 år' over '16–29 år', …).
        return Verdict(False, "row", phrase=table_gap.asked, table_gap=table_gap)
    if question.label is not None and question.label[0] == lex.SECTION_SIGN_LABEL:
        # A protocol's paragraph is an item of its own: '§ 15' is answered from § 15, not from another item
        # numbered 15 or the meeting's front matter.
        under = [s for s in ranked if label_match(s.unit, question)]
        if under:
            ranked = under
            selection = replace(selection, ranked=under)
    left_out = _left_out(question, ranked)
    if left_out is not None:
        if _asks_whether(question):
            # 'Min dotter går i gymnasiesärskolan – ingår hon i uppföljningen?': the report's own 'Uppföljningen
            # omfattar inte … gymnasiesärskolan' answers, with a no (blind38 GV19)
            return Verdict(True, LEFT_OUT, evidence=[left_out, *(s for s in ranked if s is not left_out)])
        # 'Hur könsbundna var valen till vuxenutbildningen?' where the report says it does not cover vuxenutbildningen
        # and no other line names it: say so, quoting that line (blind38 GV40; scope.gaps)
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text),
                       evidence=[left_out, *(s for s in ranked if s is not left_out)])
    in_section = [s for s in ranked if section_match(s.unit, question.section)] if question.section else []
    if in_section:
        # 'Vad står det i avsnitt 2.3.1?': the section the question points at answers, however few of its words
        # the question holds (it names the section by its number alone).
        # Its statements answer together, in the document's order (not the one closest to the question's few words).
        best = max(s.score for s in in_section)
        said = sorted((replace(s, score=best) for s in in_section if not s.unit.is_label),
                      key=lambda s: (s.unit.chunk.path or s.unit.chunk.source, s.unit.start_line, s.unit.seq))
        said = _topic_first(question, said, {s.unit.unit_id: s.score for s in in_section})
        ranked = said + [s for s in in_section if s.unit.is_label] if said else in_section
        selection = replace(selection, ranked=ranked, best_list=None, lists=[])
    top = selection.strength
    close = selection.max_similarity
    # A unit holding most of the question's specific words is on topic even when its embedding is lukewarm
    # (short lines such as 'Fortsättning på lågstadiesatsningen.' embed poorly).
    lexical = max((s.overlap for s in ranked[:3]), default=0.0)
    on_topic = (top >= min_unit_score and close >= min_similarity) or (
        top >= strong_score and close >= min_similarity - 0.015) or (
        lexical >= SOME_OVERLAP and top >= min_unit_score
        and close >= min_similarity - min(MAX_SIMILARITY_SLACK, SIMILARITY_SLACK_PER_OVERLAP * lexical)) or (
        weights is not None and top >= min_unit_score and close >= min_similarity - PASSAGE_SLACK
        and passage_support(question, ranked, weights) >= PASSAGE_SUPPORT) or (
        weights is not None and top >= min_unit_score and close >= min_similarity - FULL_OVERLAP_SLACK
        and holds_every_word(question, ranked, weights))
    if not on_topic and not defined_in_note(question, ranked) and not in_section:
        return Verdict(False, "offtopic", phrase=topic_phrase(question.cue_text))
    naming = undefined_term(question, ranked)
    if naming:  # 'Vad menas med X?' where the material uses X only in passing: no sentence of it is the answer
        return Verdict(False, "undefined", phrase=question.definiendum, evidence=naming)
    yearless = (lacking_year(question, ranked, weights, names_every_name(question, document_text))
                if any(s.unit.kind == "row" for s in ranked[:3]) else None) or row_lacking_year(question, ranked)
    if yearless is not None:  # the asked table has other years only: say which (table_years)
        rows = [Scored(u, 0.0, 0.0, 0.0) for u in yearless.rows]
        year = " och ".join(s.text for s in question.subjects if s.kind == "year")
        return Verdict(False, "table_year", phrase=f"{yearless.label.lower()} {year}" if yearless.label else year,
                       evidence=rows, given=" ".join(yearless.years))
    evidence = ranked
    asked = asked_terms(question, weights) if weights is not None and question.language == "sv" else []
    if question.subjects:
        # Keep the units that themselves (or their section or document) speak of every named subject. A follow-up
        # asking when ('När avslutade de tillsynen?') took its year over from the earlier question: that year places
        # the topic (the inspection of 2015), it does not date the answer ('I juni 2016 avslutar …'), so it is
        # asked only of the unit's passage or section, not as the unit's own date (facts20).
        placing = [subj for subj in question.subjects if question.date and subj.kind == "year"
                   and subj.text in question.inherited_terms]
        # Two years or places asked of one table are matched each against its own row (rowwise).
        evidence = [s for s in ranked if covers_by_rows(s.unit, [subj for subj in question.subjects
                                                                 if subj not in placing],
                                                        lambda u, subj: covers(u, subj, section_text, document_text))
                    and all(subject_is_covered(subj, [s.unit.chunk.text, s.unit.chunk.heading_path_text,
                                                      section_text(s.unit.chunk) if section_text else ""])
                            for subj in placing)
                    and (says_more_than(s.unit, question.subjects) or row_says_more(s.unit, question.subjects)
                         or (question.answer_type == "number" and unit_has_figure(s.unit, question)))]
        # (the bar is not set by a line of the same document that only names the subject: 'Ekbyholms kommun,
        # socialförvaltningen, november 2025.' outscores every line of its report by its names; trial 38 B refused
        # 'Vilka jämställdhetsproblem tar rapporten från Ekbyholms socialförvaltning upp?' for it)
        bar = top
        if evidence and ranked and ranked[0].unit.chunk.source == evidence[0].unit.chunk.source and \
                not says_more_than(ranked[0].unit, question.subjects):
            bar = max((s.score for s in ranked if says_more_than(s.unit, question.subjects)), default=top)
        if not evidence or evidence[0].score < max(0.8 * min_unit_score, 0.5 * bar):
            covered = {subj for subj in question.subjects for s in ranked[:30]
                       if covers(s.unit, subj, section_text, document_text)}
            missing = [subj for subj in question.subjects if subj not in covered] or \
                [subj for subj in question.subjects if subj.kind == "unit"] or question.subjects
            return Verdict(False, "subject", missing, subject_phrase(question, missing))
        # (or the best unit is of the asked year, but what is asked is told only by the best units of another year,
        # of the asked place: 'föräldraenkäten 2018 i Karlskoga' where the Karlskoga line on föräldraenkäter is
        # dated otherwise and the 2018 lines never name it; tune T27, refusalB34)
        years = [subj for subj in question.subjects if subj.kind == "year"]
        placed = [subj for subj in question.subjects if subj.kind != "year"]
        if asked and (evidence[0] is not ranked[0] or (years and told_elsewhere(
                asked, ranked, evidence, lambda u: all(covers(u, subj, section_text, document_text)
                                                       for subj in placed)))) and not any(
                _says_asked(s, [f for t in asked for f in term_forms(question, t)])
                for s in evidence[:SUBJECT_POOL]) and \
                not rows_naming(asked, evidence, SUBJECT_POOL, STATISTIC_POOL, min_unit_score):
            # The best units were of another place or year, and those of the asked one say nothing of what is
            # asked: 'brister vid tillsynen 2019' is not answered by a 2018/19 project in the same municipality.
            # (A table row of the asked one lower down whose own line names an asked word says it: 'Sjukfrånvaro
            # (procent av arbetstid) | 8,1 | …' ranks below the sentences about the table; lowrows, wrongref30.)
            # (An everyday word is said by the documents' word for it: 'tjejernas' by 'flickor'; term_forms.)
            # The refusal names what 'Vad säger <källa> om X?' asks about: X of another place or year is missing,
            # not what the source says ('inga uppgifter om flickors meritvärde i Karlskoga 2019'; test_own_organisation)
            said = lex.SOURCE_SAYS_ABOUT_RE.match(" ".join(question.cue_text.split()))
            return Verdict(False, "subject", question.subjects,
                           said.group("topic").strip(" ?!.") if said else topic_phrase(question.cue_text))
        if all(subj.kind == "year" for subj in question.subjects) and \
                only_subjects_shared(question, evidence[:SUBJECT_POOL]):
            # The best units about the asked year share no other word with the question: 'Vilka utvecklingsområden
            # prioriterade kommunen läsåret 2023/2024?' is not answered by a staff table of 2023 and 2024. (A year
            # alone is shared by every document of that year; a named place and its year place a passage.)
            return Verdict(False, "subject", question.subjects, topic_phrase(question.cue_text))
        other = told_of_other_year(question, evidence[:SUBJECT_POOL], ranked, weights) \
            if all(subj.kind == "year" for subj in question.subjects) else []
        if other:
            # 'Och 2024?' after 'Vilka områden behöver kommunen prioritera under 2020/2021?': the best units of 2024
            # share only words most documents use ('kommun') with the question, and the passage that tells of the
            # topic is dated to another year. Only on that positive evidence (the topic told for another year):
            # refuse24's version refused wherever the year's passages lacked the words.
            return Verdict(False, "subject", question.subjects, topic_phrase(question.cue_text),
                           evidence=other + [s for s in ranked if s not in other])
    if question.school_forms:
        # 'Hur många … i förskolan?' is not answered by a grundskola report: the best units' documents must speak of
        # the asked school form (or a stage or grade inside it); those that do come first. Of two forms asked ('i
        # förskolan och grundskolan') each must be spoken of, by one document or another.
        pool = [s for s in evidence[:FORM_POOL] if s.score >= FORM_CLOSE * evidence[0].score]
        unspoken = [f for f in question.school_forms
                    if not any(speaks_of_form(s.unit, f, document_text) for s in pool)]
        if unspoken:
            missing = [Subject(form_as_written(question.typed or question.text, f), "form") for f in unspoken]
            return Verdict(False, "form", missing, topic_phrase(question.cue_text), evidence=pool)
        # The passages that tell of the asked thing (its rarest asked word in their own text) may state it for other
        # forms: 'Fokus på införandet av garantin för tidiga stödinsatser i förskoleklass och lågstadiet' for '… hur
        # garantin gäller i förskolan'. Where each such passage names school forms and none is (or holds) the asked
        # one, the thing is not told of that form (positive evidence, as for grades; a passage naming no form keeps
        # the question).
        _, rarest = _rarest_used(asked, weights)
        topical = [s for s in pool if rarest and says_stem(s.unit.text, rarest)]
        # (a grade the asked form has too, 'årskurs 1' of a gymnasium, names no other form)
        own = [lex.SCHOOL_FORM_OWN_GRADES[f] for f in question.school_forms if f in lex.SCHOOL_FORM_OWN_GRADES]
        named = [forms_named(re.sub("|".join(own), " ", s.unit.text, flags=re.I) if own else s.unit.text)
                 for s in topical]
        if topical and all(named) and not any(form_within(f, n) for f in question.school_forms for n in named):
            missing = [Subject(form_as_written(question.typed or question.text, f), "form")
                       for f in question.school_forms]
            return Verdict(False, "form", missing, topic_phrase(question.cue_text),
                           evidence=topical + [s for s in pool if s not in topical])
        lead = next((s for s in pool if list_at(s.unit)), None)
        led_forms = [forms_named(u.text) for u in list_at(lead.unit)] if lead is not None else []
        if lead is not None and sum(1 for f in led_forms if f) >= 2 and not any(
                form_within(f, forms_named(s.unit.text)) for f in question.school_forms for s in pool) and not any(
                form_within(f, n) for f in question.school_forms for n in led_forms):
            # 'Vad beslutade nämnden om gymnasieskolan?' best met by the items of 'Utbildningsnämnden beslutade …:',
            # two or more of which speak of other forms or the grundskola's grades and none of the asked form: no
            # item concerns it, whatever else the document says of the form ('behörighet till gymnasieskolans
            # yrkesprogram'; trial 27 got all four decisions as the answer).
            missing = [Subject(form_as_written(question.typed or question.text, f), "form")
                       for f in question.school_forms]
            return Verdict(False, "form", missing, topic_phrase(question.cue_text),
                           evidence=[lead, *(s for s in pool if s is not lead)])
        of_form = [s for s in pool if any(speaks_of_form(s.unit, f, document_text) for f in question.school_forms)]
        evidence = of_form + [s for s in evidence if s not in of_form]
    grades = asked_grades(question.cue_text) if question.language == "sv" else frozenset()
    if grades:
        # 'Vad svarade eleverna i årskurs 4–6?' is not answered by a survey of åk 7–9 (grades.py): where the best
        # units (or, naming none, their documents) speak of other grades only, the asked ones are not covered.
        pool = [s for s in evidence[:GRADE_POOL] if s.score >= GRADE_CLOSE * evidence[0].score]
        # A grade in a passage about something else says nothing of the asked thing's grades ('Vilka lärare i åk 7–9
        # deltar i matematiksatsningen?' is not answered by a line on pupils in åk 9): where some of the pool names
        # the rarest asked word the documents use and some of them name grades, those passages alone place the
        # grades (refuse22b, blind16 T31); naming none, they leave it to the rest of the pool (blind13 W29).
        _, rarest = _rarest_used(asked, weights)
        topical = [s for s in pool if rarest and names_term(s.unit, rarest)]
        topical = topical if any(unit_grades(s.unit) for s in topical) else []
        # (a figure asked is placed by its survey's document where the best unit names no grade; grades.other_grades)
        if other_grades(grades, [s.unit for s in topical or pool], document_text,
                        by_document=question.answer_type == "number") is not None:
            return Verdict(False, "subject", [Subject(grades_phrase(grades), "grade")],
                           topic_phrase(question.cue_text), evidence=topical + [s for s in pool if s not in topical])
        of_grade = [s for s in pool if unit_grades(s.unit) & grades]
        evidence = of_grade + [s for s in evidence if s not in of_grade]
    shown = [s for s in evidence[:DAY_FIGURE_POOL] if unit_has_figure(s.unit, question)] \
        if question.answer_type == "number" and question.language == "sv" else []
    day_part = other_day_part(question.cue_text, shown, ranked)
    if day_part is not None:
        # 'Hur stor andel … känner sig otrygga utomhus mitt på dagen?' is not answered by figures of 'sent en kväll':
        # their own lines, captions or headings name another part of the day, and none of the best names the asked
        # one (scope.day_parts; tune TR40).
        return Verdict(False, "day_part", phrase=topic_phrase(question.cue_text), asked=day_part[0],
                       given=day_part[1], evidence=shown + [s for s in evidence if s not in shown])
    gap = stated_gap(question, ranked) if question.answer_type == "number" and question.language == "sv" else None
    if gap is not None:
        thing = gap_words(question)[0]
        if not any(s.unit.unit_id != gap.unit.unit_id and names_word(s.unit.text, thing)
                   and unit_has_figure(s.unit, question) for s in evidence[:STATISTIC_POOL]):
            # 'Hur många flickor gick i musikskolan 2024?' where the material says 'vi vet i dag inte hur
            # musikskolans elever fördelar sig på kön' and no figure's own line names the musikskola: a figure of
            # something else (the pupils' trivsel) is no answer, and the material's own sentence says why (trial 29
            # #3). The asked thing is the question's rarest word (scope.gaps).
            return Verdict(False, "figure", phrase=topic_phrase(question.cue_text),
                           evidence=[gap, *(s for s in evidence if s is not gap)])
    if question.answer_type == "number":
        # The figure must stand in one of the best few units, not anywhere in the section; a year alone is
        # no count ('Tranemo kommun, juni 2024' in a list of members does not say how many pupils).
        figures = [s for s in evidence[:8] if s.score >= max(min_unit_score, 0.6 * evidence[0].score)
                   and unit_has_figure(s.unit, question)]
        candidates = list(figures)
        unspoken = unspoken_qualifier(question.cue_text, figures, document_text) if question.language == "sv" else None
        if unspoken is not None:
            # 'Hur hög var skolnärvaron bland de nyanlända eleverna …?' over a report that never uses 'nyanlända': its
            # figures are of the whole group, none of the asked part (scope.qualifiers; tune NM29).
            return Verdict(False, "group", phrase=topic_phrase(question.cue_text), asked=" ".join(unspoken),
                           evidence=figures + [s for s in evidence if s not in figures])
        statistic = statistic_terms(question)
        if statistic and not any(says_stem(f"{s.unit.text} {s.unit.context()}", t) for s in figures for t in statistic):
            # A statistic named by its own line lower down answers where none of the best few names it: a key-figure
            # table's row ('Sjukfrånvaro (procent av arbetstid) | 8,1 | 4,6') embeds far from the sentence a
            # question is (wrongref27, blind22 VB01). Its line itself must name it (not only its passage), and it
            # meets every check below as the best few do.
            figures += [s for s in evidence[8:STATISTIC_POOL] if s.score >= min_unit_score
                        and any(says_stem(_own_line(s.unit), t) for t in statistic)
                        and unit_has_figure(s.unit, question)]
        fitting = [] if any(_row_fit(s.unit, question.cue_text) > 0 for s in figures) else \
            fitting_rows(question, evidence, 0, STATISTIC_POOL, min_unit_score)
        # The table row the question names by its columns and label answers though it ranks below the best few (a
        # row embeds poorly): where none of them is such a row, one lower down joins them (lowrows, wrongref30).
        figures += [s for s in fitting if s not in figures]
        if question.counted and not question.money and not question.date and \
                not lex.TIME_COUNT_QUESTION_RE.search(question.text):  # days asked, weeks told (has_figure)
            # 'Hur många personer …' is not answered by '17 föreläsningar': a figure must stand with the asked
            # thing (in the unit or its table's column names); a unit that states the count itself comes first.
            # (or its own sentence takes its share of the asked set by the set's head noun: asked_set; or, a share
            # asked, it is the table row the question names by its columns and label: lowrows)
            # (the asked noun in everyday words, 'killar', is counted by a document's own word for it, 'Pojkar'; only
            # a word for the same people: 'hemmasittare' is not counted by a line on frånvaro; wrongref34)
            synonym = everyday_forms(question.counted)
            counting = [question, *(replace(question, counted=w) for w in synonym if len(synonym) == 1)]
            # (a counted compound the documents never use is counted where a line names both its parts:
            # 'trygghetsvandringsdeltagare' by '… trygghetsvandringar … 64 deltagare, varav 41 kvinnor'; wrongref35)
            joined = joined_counted(question)
            by_head = replace(question, counted=joined[1]) if joined else None
            # (those who answered, counted by a table's 'n' column: terms.counts_respondents; wrongref37 probes)
            figures = [s for s in figures if any(mentions(s.unit, q.counted) for q in counting)
                       or counts_respondents(s.unit, question.counted)
                       or takes_part_of_asked_set(s.unit, question)
                       or (lex.SHARE_QUESTION_RE.search(question.text) and s in fitting)
                       or (joined and names_joined(s.unit, joined))]
            if lex.SHARE_QUESTION_RE.search(question.text):
                # a share asked: a percentage first
                figures.sort(key=lambda s: not lex.PERCENT_RE.search(figure_text(s.unit)))
            else:
                figures = [s for s in figures if any(counts_asked(s.unit, q) for q in counting)
                           or counts_respondents(s.unit, question.counted)
                           or (by_head is not None and names_joined(s.unit, joined) and counts_asked(s.unit, by_head))]
        scopes = lex.GROUP_SCOPE_RE.findall(question.cue_text)
        if scopes:
            # 'Hur många medarbetare inom hemtjänsten har utbildats i FREDA?' is not answered by '42 medarbetare inom
            # socialtjänsten': a figure whose own sentence places the asked group in another unit is of that unit.
            elsewhere = [s for s in figures if other_scope(s.unit.text, scopes)]
            figures = [s for s in figures if s not in elsewhere]
            if elsewhere and not figures:
                return Verdict(False, "subject", [Subject(unit, "name") for _, unit in scopes],
                               topic_phrase(question.cue_text), evidence=elsewhere + [s for s in evidence
                                                                                      if s not in elsewhere])
        named_one = qualified_noun(question.cue_text)
        if named_one:
            # 'Hur många av eleverna i den gröna gruppen …?' is not answered in the paragraph labelled '”Rosa grupp”.'
            figures = [s for s in figures if not labelled_other(s.unit, *named_one)]
        members = numbered_members(question.cue_text)
        if members and any(names_other_member(s.unit, members) for s in figures):
            # 'Hur många svarade på enkäten efter workshop två?' is not answered by the survey of 'workshop tre och
            # fyra': where a figure is of another member of the asked run (positive evidence, not a number's absence:
            # a document that numbers nothing keeps its figures), the figure's line, or a heading over it, must name
            # the asked member ('Workshop 2', 'den andra workshopen').
            figures = [s for s in figures if names_member(s.unit, members)]
        group, whole = partitive_part(question.cue_text)
        if group:
            # 'Hur många av de 39 eleverna … var flickor?' is answered by a part of that whole that names the group
            # ('8 av de 11 i denna grupp är pojkar'), not by a count of girls in another table.
            figures = [s for s in figures if states_part(s.unit, group, whole)]
        had_group, had_whole, set_noun = partitive_had(question.cue_text)
        if had_group and not any(names_group(s.unit, had_group) for s in figures) and any(
                part_of_set(s.unit, had_group, had_whole, set_noun) and names_other_group(s.unit, had_group, set_noun)
                for s in figures):
            # 'Hur stor andel av de 23 eleverna hade utländsk bakgrund?' is not answered by '8 av de 23 eleverna kom
            # … in på ett nationellt program': the material gives parts of that set by other groups and none by the
            # asked one. Only on that positive evidence (a part naming a different group, names_other_group): a share
            # stated otherwise, or in other words ('var frånvarande' for 'hade hög frånvaro'), keeps its figures.
            figures = []
        set_noun = part_set_noun(question.cue_text)
        if set_noun and figures and all(counts_whole(s.unit, set_noun) for s in figures):
            # 'Hur många av skolorna i granskningen hade förbättrat sina resultat?' is not answered by 'en granskning
            # av 28 skolor': every figure there counts the set itself, the whole, not the part asked. Only on that
            # positive evidence (each number a count of the set's noun or a year); a passage with any other figure
            # ('av de 28 skolorna hade 12 …') keeps its figures.
            figures = []
        if lex.PAST_FIGURE_QUESTION_RE.search(question.cue_text):
            # 'Hur stor andel av tiden i bygghörnan hade flickorna … 2025?' is not answered by 'Flickornas andel av
            # tiden i bygghörnan ska vara minst 45 procent.': a figure its own sentence states as a target or bound
            # says what is to be, not what was.
            figures = [s for s in figures if not lex.TARGET_FIGURE_RE.search(s.unit.text)]
        qualified = lex.QUALIFIED_COUNT_RE.search(question.cue_text)
        if qualified and figures:
            # 'Hur många barn med annat modersmål än svenska är inskrivna …?' is not answered by 'Inskrivna barn den 15
            # oktober (antal) | 61 | 67 | 64 | 66' under 'Flickor 2024 | Pojkar 2024 | …': a figure that the table (or
            # its sentence) splits by another group of the noun, naming none of the asked qualifier's words, counts
            # the noun by that group, not by the asked one. Only on that positive evidence: a figure naming no group
            # keeps the question.
            # Where one is so split, the material's count of the noun is by that group: a figure must then name the
            # qualifier ('högst sex barn' in a line on the building corner's groups is no count of such children).
            words = qualifier_words(qualified.group("group"))
            naming = [s for s in figures if any(says_stem(figure_frame(s.unit), w) for w in words)]
            split = [s for s in figures if s not in naming and split_by_other_group(s.unit, qualified.group("noun"))]
            if words and split and not naming:
                measure = "andelen" if lex.SHARE_QUESTION_RE.search(question.cue_text) else "antalet"
                noun = qualified.group("noun")  # 'andelen av eleverna med …', 'antalet barn med …'
                of = f"{measure} av" if _inflected_noun(noun.lower()) and noun.lower().endswith("na") else measure
                return Verdict(False, "group", phrase=f"{of} {noun} {qualified.group('group')}",
                               evidence=split + [s for s in evidence if s not in split])
            if words and split:
                figures = naming
            elif words and figures and not naming and not any(
                    all(says_stem(f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text} "
                                  f"{s.unit.chunk.title} {s.unit.chunk.text}", w) for w in words) for s in figures):
                # 'Hur många elever med utländsk bakgrund deltog i sommarskolan?' is not answered by 'Totalt deltog 81
                # elever.': no figure's line, passage or headings names the qualifier, so each counts the noun as a
                # whole, not the asked part of it (a report about that part names it in its passage or title).
                noun = qualified.group("noun")
                return Verdict(False, "group", phrase=topic_phrase(question.cue_text),
                               asked=f"{noun.lower()} {qualified.group('group')}",
                               evidence=figures + [s for s in evidence if s not in figures])
        if asked:
            # 'Hur många elever gick sommarskolan …?' is not answered by a count of pupils in another passage:
            # the figure's passage must name some of what is asked about (in itself, its context or headings).
            # Named near the figure (its unit, the one before, its headings), not only elsewhere in its paragraph.
            # A numbered heading the question's ordinal points at ('3 Hur går det? (3 timmar)' for 'den tredje
            # träffen') is the asked item's own line: its number names it, as its words would.
            # A count told in a passive without a doer ('Ett sjuttiotal företrädare … har kontaktats under året')
            # names no one who did it: the question's doer ('… hörde projektledarna av sig till') need not be named
            # there, where its document speaks of that doer (the report's own actors: a doer it never names, 'Hur
            # många verksamheter kontaktade länsstyrelsen?', is not read into the passive), and its other asked words
            # must be (asked_doer).
            ordinal_lines = {s.unit.unit_id for s in figures if s.unit.is_label and ordinal_match(s.unit, question)}
            doer = asked_doer(question)
            known, rarest = _rarest_used(asked, weights)
            # (a field run on after a numbered item, 'Kostnad: 1 450 000 kronor.', is of the item, when the item
            # names the asked thing itself: scope.terms.named_by_own_item)
            figures = [s for s in figures if s.unit.unit_id in ordinal_lines
                       or any(names_asked(s.unit, f, document_text, near=True)
                              for t in asked for f in term_forms(question, t))
                       or (rarest and any(named_by_own_item(s.unit, f) or names_as_head(s.unit.text, f)
                                          for f in term_forms(question, rarest)))
                       or takes_part_of_asked_set(s.unit, question)
                       # (every asked word names the figure's own document by its kind, 'trygghetsenkäten' of a
                       # 'Trygghetsundersökning' that calls its survey 'enkäten': terms.names_own_document; tune TR02)
                       or all(names_own_document(s.unit, t, document_text) for t in asked)
                       or names_extreme_age(s.unit, question.cue_text)  # 'de yngsta': the first age band's row
                       or (doer in asked and lex.AGENTLESS_PASSIVE_RE.search(s.unit.text)
                           and document_text is not None and says_stem(document_text(s.unit.chunk), doer)
                           and all(names_asked(s.unit, t, document_text, near=True) for t in asked if t != doer))]
            # Among them the rarest the documents use names the thing counted ('padel' in 'Hur många tjejer var med
            # på padelpassen?', not 'pass'): a figure whose passage names only the commoner words is of another thing.
            # So too for how often ('Hur ofta hade nämnden verksamhetsdialoger …?' is not answered by how often the
            # board was told of absence): the rarest asked word names the activity.
            if len(known) > 1 and (question.counted or lex.HOW_OFTEN_RE.search(question.text)) and \
                    not question.money and not question.date:
                figures = [s for s in figures if s.unit.unit_id in ordinal_lines
                           or any(names_asked(s.unit, f, document_text) for f in term_forms(question, rarest))
                           or takes_part_of_asked_set(s.unit, question)]
            if len(known) > 1 and lex.TIME_COUNT_QUESTION_RE.search(question.text) and not question.counted \
                    and not question.money and not question.date:
                # A length in a unit of time ('Hur många timmar per vecka ska man plugga på kursen X?') is not answered
                # by '1 timme per vecka' in a passage on pupils, where the best passages that do name the asked thing
                # (the rarest asked word the documents use) give it no such figure. Only on that positive evidence
                # (the thing has passages of its own among the best, not the figure's): refuse24's version refused
                # wherever the figure's passage lacked the word.
                own = [s for s in evidence[:8] if names_asked(s.unit, rarest, document_text, near=True)]
                if own:
                    figures = [s for s in figures if s.unit.unit_id in ordinal_lines or s in own
                               or names_asked(s.unit, rarest, document_text, near=True)]
            if len(known) > 1 and question.money and not question.inherited_terms and question.language == "sv":
                # 'Vad kostar samtalsstödet …?' is not answered by another measure's 'Kostnad: …' or a sum sentence
                # ('Åtgärderna 1 och 4 kostar sammanlagt …'), where the asked item has lines of its own among the best
                # (scope.item_fields; refusal38b probes, blind40 KS36). (Not a follow-up: its thing is carried.) Not a
                # date: the day rules refuse those naming what is missing ('inga uppgifter om något datum för
                # arbetsgruppen'), which this filter turned into a refusal of the place (test_refusing_unstated34); on
                # refusal38b's probes it refused no date question more.
                figures = own_item_figures(figures, evidence, term_forms(question, rarest), document_text)
            if lex.SINCE_QUESTION_RE.search(question.text) and weights is not None:
                # 'Hur länge har skolan haft studie- och yrkesvägledare?' is not answered by when a coordinator's post
                # came there ('… från och med våren 2019' after a line on vägledarna): a start, unlike a length, is a
                # figure of the thing its own sentence names, the rarest asked word the documents use.
                _, rarest = _rarest_used(asked, weights)
                figures = [s for s in figures if not lex.START_RE.search(s.unit.text)
                           or lex.DURATION_RE.search(s.unit.text) or not rarest or says_stem(s.unit.text, rarest)]
        for name in [subj.text for subj in question.subjects if subj.kind == "name"]:
            together = enumerated_with(figures, name)
            if together and (any(lex.AGGREGATE_RE.search(sentence) for sentence in together) or any(
                    names_singly(s.unit.text, other) for s in figures for other in enumerated_names(together, name))):
                # 'Hur stor andel av besöken på fritidsgården Kvarnen var av flickor?' is not answered by the share of
                # all three ('Kommunens tre fritidsgårdar, Hamnen, Kvarnen och Ljusbacken, hade sammanlagt …'): where
                # the material names the asked one only among others, and gives a figure of the whole ('sammanlagt')
                # or of another member by itself ('På Ljusbacken … 44 procent'), a figure of the asked member is one
                # whose own sentence names it outside such an enumeration. Such a sentence in a chunk that enumerates
                # it carries over the passage's counted noun ('På Ljusbacken … var andelen 44 procent' after 'besök').
                chunks = {s.unit.chunk.chunk_id for s in figures}
                figures = [s for s in figures if names_singly(s.unit.text, name)] or [
                    s for s in ranked[:12] if s.unit.chunk.chunk_id in chunks and names_singly(s.unit.text, name)
                    and unit_has_figure(s.unit, question)]
        item = lacks_item(figures, asked, weights, question.cue_text) if question.money and weights is not None else ""
        if item:
            # 'Vilket belopp står på raden för skolskjuts i kostnadsberäkningen?' is not answered by the calculation's
            # other rows: the figures are rows of one list under one title, the list names its items, and the
            # asked item (a word no document holds) is none of them. A row naming an asked word keeps the list.
            words = re.findall(r"[\w-]+", question.cue_text)
            word = next((w for w in words if says_stem(w, item)), item)
            title = figures[0].unit.context() or figures[0].unit.section_heading or figures[0].unit.chunk.title
            return Verdict(False, "item", phrase=f"något belopp för {word} – ”{title}” har ingen sådan post",
                           evidence=figures + [s for s in evidence if s not in figures])
        if weights is not None and question.language == "sv" and unheard_of(question, weights):
            figures = []  # 'godkänt i engelska' where no document mentions engelska: no figure can be of it
        if lex.PAY_QUESTION_RE.search(question.cue_text):
            # 'Hur mycket tjänar en verksamhetsutvecklare?' is not answered by the post's line in a budget.
            figures = [s for s in figures if lex.PAY_RE.search(f"{s.unit.text} {s.unit.context()}")]
        if question.money and asked and question.language == "sv" and lex.COST_QUESTION_RE.search(question.cue_text):
            # 'Vad kostar det att gå kursen …?' is not answered by 'Plats: Digital kostnadsfri workshop.': the price's
            # own line must name what is asked (precise.priced_of_asked).
            # (a total asked, 'Vad kostar hela satsningen sammanlagt?', is a budget's 'Totalt 8 464 tkr' line, which
            # names nothing but the total: tune NM01)
            figures = [s for s in figures if lex.TOTAL_QUESTION_RE.search(question.cue_text)
                       and lex.TOTAL_RE.search(s.unit.text)] or priced_of_asked(figures, asked,
                                                                                _rarest_used(asked, weights)[1])
        head = asked_per_head(question.cue_text)
        if head:
            # 'Vad kostar garantin per elev?' is not answered by the garantin's total in a budget (counts.per_head).
            # A figure per head of another thing is no answer either ('1 500 kronor per deltagare' in lovskolan's
            # line for läxhjälpen): the line stating it must itself name one of the question's other words.
            thing = [t for t in question.content_terms if not fold(t).startswith(_PER_HEAD_FRAME)
                     and t not in _PER_WORDS and not lex.PER_HEAD_QUESTION_RE.search(f"per {t}")
                     and not fold(t).startswith(fold(head)[:6])]
            # (or the line names the kind its document's title sets the asked name beside, 'sommarskolan' for
            # 'Läslust' under 'Läsfrämjande sommarskola Läslust …': terms.named_by_title; wrongref37 probes)
            # (each of the question's other words said so or in the line: 'Vad kostade lunchen på Läslust per elev?'
            # is not answered by the summer school's cost per pupil)
            figures = [s for s in figures if per_head(f"{s.unit.text} {s.unit.context()}", head)
                       and (not thing or any(says_stem(f"{s.unit.text} {s.unit.context()}", t) for t in thing)
                            or all(says_stem(f"{s.unit.text} {s.unit.context()}", t) or named_by_title(s.unit, fold(t))
                                   for t in thing))]
        if lex.RELATIVE_PERIOD_RE.search(question.text):
            # 'Och hur mycket var det året innan?' is not answered by a budget's undated rows: the figure must be
            # dated, or said to be of such a period, in its unit or its context (a document's title dates its own year).
            figures = [s for s in figures if dated_figure(s.unit)]
        if statistic:  # 'Hur hög var svarsfrekvensen i elevenkäten?' is not answered by the survey's date
            figures = [s for s in figures if any(names_term(s.unit, t) for t in statistic)]
        asked_parts = [] if question.date else periods(question.text)
        if asked_parts:
            # A figure of another part of a year is no figure of the asked one ('38 av 412 elever under höstterminen
            # 2024' for 'våren 2025'); where the material dates such figures by part of a year, an undated figure is
            # not one of the asked part either (a rule about absence is no count of pupils absent that spring).
            # (Among the units about every place the question names: another school's figures say nothing of it.)
            named = [subj for subj in question.subjects if subj.kind == "name"]
            dated = [s for s in ranked[:8] if has_figure(s.unit.text, question) and dated_by(s.unit)
                     and (not question.counted or mentions(s.unit, question.counted))
                     and all(covers(s.unit, subj, section_text, document_text) for subj in named)]
            if dated:
                of_asked = [s for s in figures if any(p.holds(d) for p in asked_parts for d in dated_by(s.unit))
                            or (not dated_by(s.unit) and any(p.year and names_period_year(figure_line(s.unit), p.year)
                                                             for p in asked_parts))]
                if of_asked:
                    figures = of_asked
                elif any(p.holds(d) for s in dated for p in asked_parts for d in dated_by(s.unit)):
                    # the material's own dated lines are of the asked part ('Sommarskolan 2024 pågick från 17 juni
                    # till 5 juli' for 'sommaren 2024'): its undated figures are of it too, those dated otherwise not
                    # (own probes, session 35: 'Hur många barn var med på Läslust sommaren 2024?' was refused)
                    figures = [s for s in figures if not dated_by(s.unit)]
                else:
                    figures = []
                if not figures:
                    return Verdict(False, "period", phrase=" och ".join(p.text for p in asked_parts), evidence=dated)
        if question.days and not question.date:
            # 'Hur många deltog på workshopen den 20 november?' is not answered by '17 november: … (36 deltagare)': a
            # figure in a unit stating another day, or under another day's heading, is of that day (refuse23).
            figures = [s for s in figures if not of_other_day(s.unit, question.days)]
        # A table row whose column names the question uses ('… bland kvinnor 2024' over 'Kvinnor 2024') and whose
        # label it names ('sjukfrånvaron': 'Sjukfrånvaro (%)', not 'Långtidssjukfrånvaro …') holds the very figure
        # asked: it comes first, before a sentence that shares the question's commoner words.
        figures.sort(key=lambda s: -_row_fit(s.unit, question.cue_text))
        if lex.TOTAL_QUESTION_RE.search(question.cue_text):
            # 'Vad kostar alla insatser tillsammans?': the line giving the sum ('Totalt 1 740 tkr') answers first,
            # before a row that shares more of the question's words ('Läsfrämjande insatser 400 tkr').
            figures.sort(key=lambda s: not lex.TOTAL_RE.search(s.unit.text))
        if grades:
            # 'Hur många procent av pojkarna i åk 8 …?': the row whose own line names åk 8 ('Åk 8 | 79 | 86 | …')
            # answers before a figure whose line names a wider band holding it ('… årskurs 4–9' of another survey)
            # or other grades, however many more of the question's words that one's label and columns share; a
            # figure naming no grade (a total row, 'Hela skolan') keeps its place: put before a band, it hid the band
            # the refusal below reads from the best figure (test_refusing_stated_gaps_and_scopes: 'Flickorna stod för
            # 35 procent av besöken' answered for one grade of 'årskurs 4–6') (trial 35 V1, mentions36).
            figures.sort(key=lambda s: _grade_order(_line_grades(s), grades))
        band = _band_figures(grades, figures) or _other_grade_figures(
            grades, figures, bool(lex.SHARE_QUESTION_RE.search(question.cue_text)))
        if band:
            # 'Hur stor andel av eleverna i åk 5 …?' is not answered by a figure of åk 4–6: a band that holds the asked
            # grade is not the grade's own figure. Where the best figure's own line (a row's caption, columns and
            # label, or its sentence; else its headings) names a wider band and no figure names the asked grade
            # alone, the asked grade's figure is missing (the closest shown as the band it is).
            return Verdict(False, "subject", [Subject(grades_phrase(grades), "grade")], topic_phrase(question.cue_text),
                           evidence=band + [s for s in evidence if s not in band])
        ages = _other_age_band(question.cue_text, figures) if question.language == "sv" else None
        if ages is not None:
            # 'Hur stor andel av männen 16–19 år …?' is not answered by 'Män 16–29 år | 19 | …': the best figure's own
            # line names another age band and no figure names the asked one (as for grades, positive evidence only:
            # a figure naming no band keeps the question).
            asked_band, other = ages
            return Verdict(False, "group", phrase=topic_phrase(question.cue_text), asked=f"åldern {asked_band}",
                           evidence=other + [s for s in evidence if s not in other])
        unstated = [subj for subj in question.subjects if subj.kind == "name" and not is_place(subj)
                    and not _named_as_place(question.cue_text, subj)
                    and figures and not any(_figure_names(s, subj) for s in figures)]
        if unstated:
            # 'Hur stor andel av männen i stadsdelen Kvarnbacken kände sig otrygga 2023?' is not answered by 'Bland
            # män var andelen … 14 procent 2023' in a summary that names Kvarnbacken in another sentence: a figure is
            # of a named thing (a district, project, group) where its own line, the sentence before it, its table,
            # headings or its document's title name it. (Places are set once for a section: covers.)
            return Verdict(False, "subject", unstated, topic_phrase(question.cue_text),
                           evidence=figures + [s for s in evidence if s not in figures])
        if question.language == "sv":
            figures, unstated_line = unstated_detail(question, figures, document_text, candidates)
            if unstated_line is not None:
                # 'Hur många pojkar på Tallmoskolan sökte El- och energiprogrammet?' is not answered by the
                # programme's row of all three schools, though another sentence names Tallmoskolan: the figure's own
                # line (a row's asked cells with their column names, label, caption and headings; a sentence, its
                # heading) must state each detail asked, the year, the group, the named thing; where none of the best
                # few does, the detail the best one lacks is refused and that figure shown (scope.line_details).
                missing = [Subject(unstated_line.detail, "year" if unstated_line.kind == "year" else "name")]
                return Verdict(False, "subject", missing, topic_phrase(question.cue_text),
                               evidence=unstated_line.figures + [s for s in evidence if s not in unstated_line.figures],
                               uncovered=missing if unstated_line.kind == "year" else None)
        clash = statistic_clash(question.cue_text, figures) if question.language == "sv" else None
        if clash is None and question.language == "sv":
            # 'Hur många kvinnor i Norrhed deltog …?' is not answered by 'Hushåll kvinnor (antal) | 218': the best
            # figure counts households (cases, visits), not the people asked (statkind.counted_unit_clash).
            clash = counted_unit_clash(question.cue_text, question.counted, figures)
        if clash is not None:
            # 'Vad var kvinnornas medellön …?' is not answered by 'Medianlön (kronor per månad) | 34 900 | …': the
            # best figure's own line (a row's caption, column names and label) states a neighbouring statistic and
            # no figure the asked one (statkind).
            return _clash_verdict(question, clash, evidence)
        if not figures and question.language == "sv" and \
                (clash := group_clash(question.cue_text, candidates)) is not None:
            # No figure is left of the asked group, and the best ones are rows of a table that splits by something
            # else ('Skola | Andel (%)' for 'pojkarna'): say that it gives no split by the group (statkind).
            return _clash_verdict(question, clash, evidence)
        if not figures and not (question.date and not lex.EXACT_DATE_QUESTION_RE.search(question.text)):
            # ('När …?' may be answered by an event — 'när arbetet är avslutat' — so only 'vilket år' needs a date.)
            return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
        evidence = figures + [s for s in evidence if s not in figures]
    if question.answer_type != "number" and question.language == "sv" and centre_kinds(question.cue_text):
        # 'Vilken var kvinnornas medellön …?' (a fact question) asks a mean as a figure question does.
        pool = [s for s in evidence[:STATISTIC_FACT_POOL] if unit_has_figure(s.unit, question)]
        clash = statistic_clash(question.cue_text, pool)
        if clash is not None:
            return _clash_verdict(question, clash, evidence)
        if pool:
            # (and its figure's own line must state each detail asked, as a figure question's: scope.line_details)
            pool, unstated_line = unstated_detail(question, pool, document_text)
            if unstated_line is not None:
                missing = [Subject(unstated_line.detail, "year" if unstated_line.kind == "year" else "name")]
                return Verdict(False, "subject", missing, topic_phrase(question.cue_text),
                               evidence=pool + [s for s in evidence if s not in pool],
                               uncovered=missing if unstated_line.kind == "year" else None)
            evidence = pool + [s for s in evidence if s not in pool]
    if question.wants_person:
        role = asked_role(question)
        persons = [s for s in evidence[:8] if names_person(s.unit, role)]
        if not persons and role:
            # 'Vem är ansvarig för dialogen med flickorna?' is answered by the item's 'Ansvarig: ungdomsstrategen.', a
            # post holding the asked role by its field (names_role_field), where the field's line, or the numbered
            # item it runs on from, names the asked thing (its rarest asked word): another item's field is not its.
            _, rarest = _rarest_used(asked, weights)
            persons = [s for s in evidence[:8] if names_role_field(s.unit, role) and (not rarest or any(
                names_term(s.unit, f, near=True) or named_by_own_item(s.unit, f)
                for f in term_forms(question, rarest)))]
        if not persons:
            return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
        evidence = persons + [s for s in evidence if s not in persons]  # the answer opens with the name
    verb = agent_verb(question)
    if verb and not question.wants_person:
        # 'Vem leder SSPF-gruppen i kommunen?' is not answered by a line naming SSPF as a forum: a passage among the
        # best must tell of the act (its verb in any form: 'leds av', 'ledare') where it names the thing asked.
        _, rarest = _rarest_used(asked, weights)
        pool = [s for s in evidence[:AGENT_POOL] if s.score >= BODY_CLOSE * evidence[0].score]
        # Whom to turn to ('Vem kan jag kontakta …', 'Vem vänder jag mig till …', lexicon.CONTACT_QUESTION_RE) is
        # told by a name or a way to reach someone, not by the verb (make test on int24: 'Kontaktperson: Per Nordin'
        # was refused for want of 'vänd').
        contact = bool(lex.CONTACT_QUESTION_RE.search(question.text))
        # A doer named without the verb counts too ('Projektledare är Anna Svensson', 'Författare: Anna Berg', 'Rektor
        # har huvudansvaret …'): only where no passage by the asked thing names a person, role or body is the doer
        # missing (positive evidence; review of int25: such answerable questions were refused for want of the verb).
        # Such a unit must itself be by the asked thing (its rarest word), and a unit telling of the act comes first.
        acting = [s for s in pool if (tells_act(s.unit, verb) or tells_agent(s.unit, rarest) or contact)
                  and (s is evidence[0] or not rarest
                       or any(names_term(s.unit, f) for f in term_forms(question, rarest)))
                  and (not contact or names_person(s.unit, "")
                       # (a routine's step naming the role who makes the contact: '2. Mentorn kontaktar …')
                       or (s.unit.is_item and lex.ROLE_STEP_RE.match(s.unit.text) and tells_act(s.unit, verb))
                       or lex.CONTACT_WAY_RE.search(f"{s.unit.text} {s.unit.context()}")
                       or lex.CONTACT_DETAIL_RE.search(f"{s.unit.text} {s.unit.context()}"))]
        acting += [s for s in pool if s not in acting and not contact and names_doer(s.unit)
                   and (not rarest or any(names_term(s.unit, f, near=True) for f in term_forms(question, rarest)))]
        # Who made the report ('Vem har tagit fram analysen?') is told by its own line naming the maker ('Utredare:
        # Anders Nyqvist, …'), which names neither the act nor the thing (quoted37 probes).
        acting += [s for s in pool if s not in acting and lex.AUTHOR_QUESTION_RE.match(question.cue_text)
                   and lex.AUTHOR_LINE_RE.match(s.unit.text)]
        if not acting:
            return Verdict(False, "agent", phrase=topic_phrase(question.cue_text))
        # (in a small collection, where no word is rare enough to be 'asked', the rarest of the question's own words
        # but the act's: 'ansvar' is said by every doer's line)
        thing = rarest or _rarest_used(sorted(t for t in question.content_terms - common_terms(question.text)
                                              if not fold(t).startswith(verb[:4])), weights)[1]
        # (not for a follow-up: its thing is the earlier turn's, which the doer's section need not repeat — 'Vem
        # ansvarar för det?' after a question on an insats is answered by its 'Skolhuvudmannen ansvarar …'; tune V29)
        if not contact and not question.inherited_terms and doer_of_other_thing(evidence, acting, thing, AGENT_POOL):
            # 'Vem ansvarar för … heltidsanställda bland barnskötarna?' is not answered by 'En plan för … bland
            # lokalvårdarna tas fram. Ansvarig: …': the doers named are of other things, the asked one has its own
            # passages among the best, and none names a doer (precise.doer_of_other_thing).
            return Verdict(False, "agent", phrase=topic_phrase(question.cue_text),
                           evidence=[*acting, *(s for s in evidence if s not in acting)])
        evidence = acting + [s for s in evidence if s not in acting]
    if question.language == "sv" and role_unnamed(question.text, evidence, AGENT_POOL, BODY_CLOSE):
        # 'Vilka lärare på Böle skola deltar i matematiksatsningen?' needs the people or their role named, not the
        # satsning alone (precise.role_unnamed).
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
    kind = asked_body_kind(question.text)
    if kind and not any(names_body(f"{s.unit.text} {s.unit.context()}", kind, question.text) for s in evidence[:8]
                        if s.score >= BODY_CLOSE * evidence[0].score):
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))  # 'Vilken kommun …?' needs a name
    if lex.SUBJECT_QUESTION_RE.search(question.text) and lex.SCHOOL_SUBJECT_CONTEXT_RE.search(question.text) and \
            not any(
            set(school_subjects(f"{s.unit.text} {s.unit.context()}")) - set(school_subjects(question.text))
            for s in evidence[:8] if s.score >= BODY_CLOSE * evidence[0].score):
        # 'Vilka andra ämnen än matematik …?' needs a subject named, not 'F i något mer ämne'.
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
    if asks_outcome(question.text) and not table_holds_years(question, evidence):
        if only_planned(evidence[:OUTCOME_POOL], asked):
            return Verdict(False, "outcome", phrase=topic_phrase(question.cue_text), evidence=evidence)
        plans = baseline_only(evidence, asked)
        if plans:
            # 'Vad fick elevhälsans nya insatser för effekt …?' is not answered by the plan's 'Vår nulägesanalys visar
            # att …': the state the plan starts from is no outcome of it (precise.baseline_only); the plan is shown.
            return Verdict(False, "outcome", phrase=topic_phrase(question.cue_text),
                           evidence=[*plans, *(s for s in evidence if s not in plans)])
        # The rarest asked word names the thing whose outcome is asked ('lågstadiesatsningen', not 'årskurs').
        thing = [min(asked, key=weights.chunk_share)] if asked and weights is not None else []
        outcome = no_outcome(evidence[:OUTCOME_POOL], thing, changed_thing(question.text))
        if outcome is not None:  # 'result': the asked thing is there without a result; 'figure': it is not there
            return Verdict(False, outcome, phrase=topic_phrase(question.cue_text), evidence=evidence)
    if question.language == "sv" and not asks_outcome(question.text) and asks_if_it_worked(question.text):
        # 'Fungerade läxhjälpen?', 'Gav satsningen något?' ask what it led to, as asks_outcome's questions do: a plan
        # or a description of the intervention is no answer (precise.worked_untold, which reads the words of a
        # verdict, 'har fungerat väl', as a report too).
        _, rarest = _rarest_used(asked, weights)
        untold = worked_untold(evidence, [rarest] if rarest else [], OUTCOME_POOL, document_text)
        if untold:
            planned = only_planned(evidence[:OUTCOME_POOL], asked)
            return Verdict(False, "outcome" if planned else "result", phrase=topic_phrase(question.cue_text),
                           evidence=[*untold, *(s for s in evidence if s not in untold)])
    planned = findings_only_planned(question.text, evidence, OUTCOME_POOL, BODY_CLOSE) \
        if question.language == "sv" else []
    if planned:
        # 'Vilka risker har kartläggningen visat?' is not answered by 'Vi behöver kartlägga risker …': the inquiry
        # is there only as planned, with no finding (precise.findings_only_planned).
        return Verdict(False, "outcome", phrase=topic_phrase(question.cue_text),
                       evidence=[*planned, *(s for s in evidence if s not in planned)])
    if question.days and not question.date and lex.DAY_CONTENT_QUESTION_RE.search(question.cue_text) and \
            not any(tells_of_day(s.unit, question.days) for s in evidence[:DAY_POOL]):
        # 'Vad beslutade nämnden den 13 december 2017?' where the material only names that day (an announcement, a
        # reference to the minutes): what was done then is not there (dates.tells_of_day).
        naming = [s for s in evidence[:DAY_POOL] if day_match(s.unit, question.days)]
        return Verdict(False, "mentioned" if naming else "subject", phrase=topic_phrase(question.cue_text),
                       evidence=naming + [s for s in evidence if s not in naming])
    months = [p for p in periods(question.cue_text) if p.part in lex.MONTH_NAMES and p.year]
    if months and not question.days and lex.DAY_CONTENT_QUESTION_RE.search(question.cue_text):
        other = other_month_done(evidence[:DAY_POOL], months, event_terms(question))
        if other:
            # 'Vad kom man fram till på mötet i rektorsnätverket i oktober 2020?' where the best passages tell of a
            # meeting held on another day ('Den 2 juni 2020 hölls ett digitalt möte …') and none is dated in that
            # month: what was done then is not there, as for a day (tells_of_day). Only on such positive evidence:
            # passages dated by no month keep the question (refuse24's version refused on their absence alone).
            return Verdict(False, "subject", [Subject(m.text, "year") for m in months],
                           topic_phrase(question.cue_text), evidence=other + [s for s in evidence if s not in other])
    piece = lex.PIECE_CONTENT_QUESTION_RE.search(question.text)
    if piece:
        # 'Vad skrev de i debattartikeln?' where the material only says one was written ('Vi har skrivit en
        # debattartikel som publicerades i ÖC'): what it said is not there.
        naming = [s for s in evidence[:8] if names_piece(s.unit.text, piece.group(1))]
        if naming and not any(says_content(s.unit.text, piece.group(1)) or
                              names_piece(f"{s.unit.context()} {s.unit.chunk.heading_path_text}", piece.group(1))
                              for s in naming):
            return Verdict(False, "mentioned", phrase=topic_phrase(question.cue_text),
                           evidence=naming + [s for s in evidence if s not in naming])
    if not ended_told(question.text, evidence[:PREMISE_POOL]):
        # 'Varför lades kursen ned 2021?' where none of the best passages tells that it was: the cause of an event
        # the material does not report cannot be given (the premise may be false), only that nothing is said of it.
        return Verdict(False, "premise", phrase=premise_phrase(question.text), evidence=evidence)
    if question.language == "sv" and evidence and evidence[0].unit.kind == "row" and \
            lex.FIGURE_CAUSE_QUESTION_RE.match(question.cue_text) and not _cause_near(evidence):
        # 'Varför är sjukfrånvaron högre bland kvinnorna än bland männen?' best met by the row that states the two
        # figures ('Sjukfrånvaro (procent av arbetstid) | 8,1 | 4,6'): a row states the difference, never its cause,
        # and no passage near it or among the best gives one (lexicon.CAUSE_GIVEN_RE). Only where a row is the best:
        # a sentence telling of the change may carry its cause in words the pattern misses.
        return Verdict(False, "unexplained", phrase=topic_phrase(question.cue_text), evidence=evidence)
    told = told_without_cause(question, evidence)
    if told is not None:
        # 'Varför ligger samordnarrollen … under rektor på Böle skola?' where the best passage states just that
        # ('Samordnarrollen ligger under rektor på Böle skola från och med våren 2019.') and nothing near it gives a
        # reason: the statement is no cause, and quoting it as the answer said the material explains what it does not.
        return Verdict(False, "cause", phrase=cause_phrase(question, told.unit),
                       evidence=[told, *(s for s in evidence if s is not told)])
    if cause_untold(question, evidence, asked, weights):
        # 'Varför kom flest nya deltagare till dans och boxning?' met by lines that describe the topic and give no
        # reason about it (a causal line of another thing, 'Vad denna avvikelse beror på …', is no answer): the
        # cause is not in the material (scope.causes).
        return Verdict(False, "cause", phrase=cause_phrase(question, evidence[0].unit), evidence=evidence)
    evidence = of_referent(question, evidence, weights)
    if role_untold(question, evidence):
        # 'Vilken uppgift har skolsköterskan i utvecklingsgruppen?' met by lines on the group's work that name no
        # skolsköterska: the others' tasks are no answer (scope.roles).
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
    holder = opinion_holder(question.text) or quantified_view(question.text)
    if holder:
        # What the view is of: the rarest asked word that is not the holder (in a small collection, where no word is
        # rare enough to be 'asked', the rarest of the question's own content words).
        # Only what follows the holder as 'om …'/'med …' is what the view is of ('Vad säger ungdomarna i Karlskoga att
        # de hade behövt …?' asks their view of nothing named).
        anyone = holder.lower() in lex.QUANTIFIER_HOLDERS  # 'Var alla nöjda …?': anyone's view answers
        of = re.match(r"\s+(?:(?:nöjda?|missnöjda?)\s+)?(?:om|med)\s+(.+)" if anyone else r"\s+(?:om|med)\s+(.+)",
                      question.text.split(holder, 1)[-1])
        about = [t for t in asked or sorted(question.content_terms - common_terms(question.text))
                 if of and t in fold(of.group(1)) and not lex.OPINION_RE.fullmatch(t)]
        thing = min(about, key=weights.chunk_share) if about and weights is not None else ""
        thing = thing or (about[0] if anyone and about else "")  # of the thing asked, with no holder to narrow it
        views = [s for s in evidence[:VIEW_POOL]
                 if (gives_any_view(s.unit, thing) if anyone else gives_view(s.unit, holder, thing))]
        if not views:
            return Verdict(False, "view", phrase=view_phrase(topic_phrase(question.cue_text), holder))
        evidence = views + [s for s in evidence if s not in views]  # the answer opens with the view
    ranked_gap = rank_untold(question, evidence, document_text) if question.language == "sv" else None
    if ranked_gap is not None:
        # 'Vilken fritidsgård hade flest besök 2024?' is not answered by 'Kommunens tre fritidsgårdar … hade 2024
        # sammanlagt 38 400 besök': the one member asked is named only by a line that ranks or compares, or by a
        # table of all the members' figures (ranking.rank_untold); what the material says of the set is shown.
        if not ranked_gap.naming:
            return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
        return Verdict(False, "statistic", phrase=topic_phrase(question.cue_text), given=ranked_gap.set_word,
                       asked=lex.ASKED_KIND_NAMES["rank"],
                       asked_phrase=lex.RANK_UNTOLD.format(most=ranked_gap.most, measure=ranked_gap.measure),
                       evidence=[*ranked_gap.naming, *(s for s in evidence if s not in ranked_gap.naming)])
    gap = kind_untold(question, evidence, asked, weights) if question.language == "sv" and asked else None
    if gap is not None:
        # 'Hur mycket pengar behöver vi budgetera för insatserna mot mobbning?' is not answered by an amount of
        # another thing ('… finansieras … med 850 tkr'), nor by the insatser without an amount: a unit among the best
        # must state the asked kind in a line naming the asked thing (asked_kind). What the material says of the
        # thing comes first, shown as such; with nothing of it among the best, the refusal says the material is of
        # something else.
        if not gap.naming:
            return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
        return Verdict(False, "statistic", phrase=topic_phrase(question.cue_text), given=gap.thing,
                       asked=lex.ASKED_KIND_NAMES[gap.kind],
                       asked_phrase=f"{lex.ASKED_KIND_NAMES[gap.kind]} för {gap.thing}",
                       evidence=[*gap.naming, *(s for s in evidence if s not in gap.naming)])
    if question.language == "sv" and detail_untold(question, evidence):
        # A follow-up asks a new detail of the carried topic ('Hur fördelas den summan mellan skolorna?'): the
        # passages that answered the earlier question are no answer unless one names what it adds (scope.new_detail;
        # tune I31, NM33, PR22).
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
    if question.language == "sv" and name_untold(question, evidence):
        # 'Vad heter de?' after 'Vem leder nätverket?' answered by role: no best unit holds a name (tune I40); the
        # refusal says it as asked ('vad de heter'), not as the rewrite put it
        asked = question.asked_text.strip(" ?!.")
        return Verdict(False, "figure", phrase=asked[:1].lower() + asked[1:])
    if thing_unsaid(question, evidence, weights, document_text):
        # 'Har Älvmora kommun en handlingsplan mot hedersrelaterat våld?', 'Vad säger analysen om kulturskolan?', '…
        # jämfört med rikssnittet?': the thing asked of the material is named by none of the best units nor their
        # documents; their lines on other things are no yes, no and no word of the source on it (scope.unsaid).
        # ('Nämns pulkabackar i analysen?' asks of the thing after its opener: 'inga uppgifter om pulkabackar …')
        mention = lex.MENTION_QUESTION_RE.match(question.cue_text)
        return Verdict(False, "figure", phrase=question.cue_text[mention.end():].strip(" ?!.") if mention
                       else topic_phrase(question.cue_text))
    return Verdict(True, evidence=evidence)


# How many of the best units a fact question asking a mean or median ('Vilken var medellönen …?') reads for figures.
STATISTIC_FACT_POOL = 5


def _clash_verdict(question: Question, clash: Clash, evidence: Sequence[Scored]) -> Verdict:
    """A refusal for a neighbouring statistic (statkind): the asked one missing, the neighbour shown as what it is."""
    reason = "group" if clash.family == "group" else "statistic"
    return Verdict(False, reason, phrase=topic_phrase(question.cue_text), given=clash.given, asked=clash.asked,
                   asked_phrase=clash.phrase,
                   evidence=[*clash.figures, *(s for s in evidence if s not in clash.figures)])


# How many units above a figure its list item may open, and how an item opens ('4. …', '• …'): general list layout.
ITEM_REACH = 4
_ITEM_OPENING_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[•*–-])\s+\S")


def _named_as_place(text: str, subject: Subject) -> bool:
    """Whether the question writes a name as a place, right after a preposition of place ('i Ekby', 'på Ängen'): a
    town, a school or a fritidsgård a report names once for a whole section, as `is_place` knows the municipalities;
    a name after a kind word ('i stadsdelen Kvarnbacken', 'projektet Plugga vidare') is not (review of session 33:
    'Hur många pojkar deltog i läxhjälpen i Ekby?' was refused where the letter names Ekby in its first section).

    >>> _named_as_place("Hur många pojkar deltog i läxhjälpen i Ekby?", Subject("Ekby", "name"))
    True
    >>> _named_as_place("Hur många män i stadsdelen Kvarnbacken var otrygga?", Subject("Kvarnbacken", "name"))
    False
    """
    return re.search(rf"\b(?:i|på|vid|från)\s+{re.escape(subject.text)}\b", text, re.I) is not None


def _figure_names(s: Scored, subject: Subject) -> bool:
    """Whether a figure's own line (its paragraph or list item: 'Kostnad: 380 000 kronor per år.' in the item that
    opens '4. Parkeringshuset Lyktan bevakas …', TR09), its table frame, the unit before it, its headings or its
    document's title, publisher or file name name `subject`."""
    unit, c = s.unit, s.unit.chunk
    units = units_of(c)
    before = units[unit.seq - 1].text if 0 < unit.seq <= len(units) else ""
    # the item's opening a few units up ('4. Parkeringshuset Lyktan …', then 'Ansvarig: …', 'Kostnad: …'): in a PDF
    # the item's later lines need not share its line number
    above = units[max(0, unit.seq - ITEM_REACH): unit.seq]
    opens = [u for u in above if _ITEM_OPENING_RE.match(u.text)]
    item = " ".join(u.text for u in units if u.line == unit.line) + " " + (opens[-1].text if opens else "")
    # (a person's name anywhere in the figure's passage: a mail's 'Från: Amra Hodzic' speaks every line after it;
    # session 33's test_mail refused 'Vad föreslog Amra Hodzic först om kostnaden?')
    words = subject.text.split()
    person = [c.text] if lex.PERSON_NAME_RE.fullmatch(subject.text) or (
        len(words) == 2 and all(w[:1].isupper() for w in words)) else []
    return subject_is_covered(subject, [unit.text, item, figure_line(unit), unit.context(), before,
                                        c.heading_path_text, c.title, c.publisher, file_name_words(c.source), *person])


def _other_grade_figures(grades: frozenset[int], figures: Sequence[Scored], share: bool) -> list[Scored]:
    """The figures whose own line (as `_band_figures` reads it) names grades, when the best one's does and no figure's
    line names an asked grade: 'Hur stor andel av eleverna i årskurs 1–3 känner sig trygga?' is not answered by a
    survey row captioned 'årskurs 4–9' (EH36). A share asked is judged by the figures that are shares (a count of
    the school's pupils per stage is no answer to it); else []."""
    if not grades or not figures:
        return []
    pool = [s for s in figures if lex.PERCENT_RE.search(figure_text(s.unit))] if share else list(figures)
    said = [_line_grades(s) for s in pool]
    if not said or not said[0] or any(g & grades for g in said):
        return []
    return [s for s, g in zip(pool, said, strict=True) if g]


def _line_grades(s: Scored) -> frozenset[int]:
    """The grades a figure's own line names by number ('årskurs 4–6', or from förskoleklass: 'Pojkar F–3' is åk 1–3);
    a school form or stage names every grade of it ('grundskolans årskurs 6' is grade 6, not a band 1–9: blind7 K38
    was refused with spoken_grades)."""
    line = figure_line(s.unit)
    from_preschool = [range(1, int(m.group(1)) + 1) for m in lex.PRESCHOOL_CLASS_TO_GRADE_RE.finditer(fold(line))]
    return asked_grades(line).union(*from_preschool)


def _grade_order(said: frozenset[int], grades: frozenset[int]) -> int:
    """0 for a figure whose line names just the asked grades, 1 for any other (the sort is stable: the others keep
    their order).

    >>> [_grade_order(frozenset(g), frozenset({8})) for g in ({8}, (), range(4, 10), {7})]
    [0, 1, 1, 1]
    """
    return 0 if said == grades else 1


def _band_figures(grades: frozenset[int], figures: Sequence[Scored]) -> list[Scored]:
    """The figures whose own line (statkind.figure_line, else the unit's headings) names a band of grades wider than
    the asked ones that holds them (åk 4–6 for åk 5), when the best figure is one and no figure names an asked grade
    without such a band; else []."""
    if not grades or not figures:
        return []

    spoken = _line_grades

    def band(g: frozenset[int]) -> bool:  # a run of grades holding the asked ones ('åk 4–6'), not 'åk 6 och 9'
        return g > grades and max(g) - min(g) + 1 == len(g)

    said = [spoken(s) for s in figures]
    if not band(said[0]) or any(g and (g & grades) and not band(g) for g in said):
        return []
    return [s for s, g in zip(figures, said, strict=True) if band(g)]


def _other_age_band(question_text: str, figures: Sequence[Scored]) -> tuple[str, list[Scored]] | None:
    """The asked age band ('16–19 år') and the figures whose own line (statkind.figure_line) names another band, when
    the question names one band, some figure's line names a band and none names the asked one (or one inside it);
    else None.

    >>> from assistant.schema import Chunk
    >>> from assistant.index.units import units_of
    >>> text = "| Kön och ålder | Andel 2025 |\\n| Män 16–29 år | 16 |\\n| Män 30–64 år | 11 |"
    >>> c = Chunk(chunk_id="ages", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=3, text=text, line_spans=[(i, i) for i in range(1, 4)], line_roles=["t"] * 3)
    >>> rows = [Scored(u, 1.0, 1.0, 0.0) for u in units_of(c) if u.kind == "row"][1:]
    >>> band, other = _other_age_band("Hur stor andel av männen 16–19 år känner sig otrygga?", rows)
    >>> band, len(other)
    ('16–19 år', 2)
    >>> [_other_age_band(f"Hur stor andel av männen {b} känner sig otrygga?", rows) for b in ("16–29 år", "16–64 år")]
    [None, None]
    """
    asked = {(int(m.group(1)), int(m.group(2))) for m in lex.AGE_BAND_RE.finditer(question_text)}
    if len(asked) != 1 or not figures:
        return None
    (first, last), = asked

    def bands(s: Scored) -> set[tuple[int, int]]:
        return {(int(m.group(1)), int(m.group(2))) for m in lex.AGE_BAND_RE.finditer(figure_line(s.unit))}

    said = [bands(s) for s in figures]
    # a band inside the asked one is a part of it ('Flickor 7–12 år' for 'flickor 7–20 år', beside the total's row);
    # where some figure names a band, one naming none is of the whole ('flickorna fick 42 procent av bidraget')
    if not any(said) or any(first <= lo and hi <= last for b in said for lo, hi in b):
        return None
    return f"{first}–{last} år", [s for s, b in zip(figures, said, strict=True) if b]


def _cause_near(evidence: Sequence[Scored]) -> bool:
    """Whether the best unit's context, the units beside it, or one of the best few gives a reason (CAUSE_GIVEN_RE)."""
    top = evidence[0].unit
    units = units_of(top.chunk)
    beside = [units[i].text for i in (top.seq - 1, top.seq + 1) if 0 <= i < len(units)]
    said = [top.context(), *beside, *(s.unit.text for s in evidence[:CAUSE_POOL])]
    return any(lex.CAUSE_GIVEN_RE.search(text) for text in said)


def _says_asked(s: Scored, asked: Sequence[str]) -> bool:
    """Whether a unit (with its context and headings) names an asked word, or names one as its head or own item."""
    return any(_says_word(f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text}", t)
               or names_as_head(s.unit.text, t) or named_by_own_item(s.unit, t) for t in asked)


def told_elsewhere(asked: Sequence[str], ranked: Sequence[Scored], evidence: Sequence[Scored],
                   of_place: Callable[[Unit], bool]) -> bool:
    """Whether one of the best units that is not of the asked subjects, but of the asked place (`of_place`), names
    what is asked: the positive evidence that the asked thing is told there, but of another year (refusalB34)."""
    return any(_says_asked(s, asked) and of_place(s.unit) for s in ranked[:SUBJECT_POOL] if s not in evidence)


def _rarest_used(asked: Sequence[str], weights: TermWeights | None) -> tuple[list[str], str]:
    """The asked words the documents use, and the rarest of them ('' when none): the word that names the asked thing
    ('padel' in 'Hur många tjejer var med på padelpassen?', not 'pass')."""
    known = [t for t in asked if weights is not None and weights.chunk_share(t) > 0]
    return known, (min(known, key=weights.chunk_share) if known and weights is not None else "")


def _topic_first(question: Question, said: list[Scored], scores: dict[str, float]) -> list[Scored]:
    """A section's statements that hold the topic the question names besides the section ('Vad står det i avsnitt
    4 om föräldrasamverkan?'), best first, before the rest in the document's order: the section's opening
    statements are not the answer about its föräldrasamverkan. All in order when it names no topic."""
    pointer = frozenset(t for m in lex.SECTION_QUESTION_RE.finditer(question.text) for t in tokenize(m.group(0)))
    topic = question.content_terms - pointer
    if not topic:
        return said
    held = sorted((s for s in said if topic & s.unit.match_terms), key=lambda s: -scores.get(s.unit.unit_id, 0.0))
    return held + [s for s in said if s not in held]


# The reason an answerable verdict carries when the material's own line leaving the asked thing out answers it
# (`_left_out`): the answer quotes that line alone (generation.extractive.answer.write).
LEFT_OUT = "left_out"


def _left_out(question: Question, ranked: Sequence[Scored]) -> Scored | None:
    """The unit in which the material says it leaves out, or does not measure, a thing the question names
    (scope.gaps.gap_scope: 'Uppföljningen omfattar inte vuxenutbildningen, gymnasiesärskolan …') where no other of
    the best units names that thing: the material's own word on it is the answer. Number questions are judged with
    their figures below (a figure of the thing elsewhere answers them)."""
    if question.language != "sv" or question.answer_type == "number":
        return None
    words = gap_words(question)
    top = ranked[:STATISTIC_POOL]
    for s in top:
        said = gap_scope(s.unit.text) if not s.unit.is_label and s.unit.kind != "row" else ""
        if not said:
            continue
        for word in words:
            if names_word(said, word) and \
                    not any(o.unit.unit_id != s.unit.unit_id and names_word(o.unit.text, word) for o in top):
                return s
    return None


def _asks_whether(question: Question) -> bool:
    """Whether the question, or its last clause after a told situation ('Min dotter går i gymnasiesärskolan – ingår
    hon i …?'), asks yes or no."""
    last = re.split(r"\s[–-]\s|[,:;]\s", question.cue_text)[-1]
    return question.answer_type == "yesno" or bool(lex.YESNO_QUESTION_RE.match(last.strip()))
