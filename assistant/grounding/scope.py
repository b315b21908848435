"""Whether the selected evidence is about what the question asks, and a precise refusal when it is not.

Topic closeness is not enough: a question about a named municipality, school,
person or year the material does not cover must not be answered with another
one's figures. The refusal says what is missing, what the closest material is
about (labelled as something else) and where such figures are usually found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import simplemma
from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.grounding.claims import contradicting
from assistant.grounding.counts import COUNT_RE, count_text, per_head, states_count
from assistant.grounding.dates import Day, day_match, days, tells_of_day
from assistant.grounding.definition import defines, names_definiendum
from assistant.grounding.glosses import names_glossed
from assistant.grounding.grades import asked_grades, grades_phrase, other_grades, unit_grades
from assistant.grounding.ordinals import missing_item
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
    Subject,
    asks_outcome,
    changed_thing,
    common_terms,
    expansions,
    form_as_written,
    opinion_holder,
    owned_phrase,
    partitive_had,
    partitive_part,
    quantified_view,
    reports_outcome,
    verb_form,
    view_phrase,
)
from assistant.grounding.selection import (
    Scored,
    Selection,
    label_match,
    mentions,
    name_kind,
    name_words,
    ordinal_match,
    row_number,
    section_match,
    subject_is_covered,
)
from assistant.grounding.statkind import Clash, centre_kinds, group_clash, statistic_clash
from assistant.grounding.table_years import lacking_year
from assistant.index.lexical import (
    fold,
    group_terms,
    has_definite_ending,
    inflection_stem,
    tokenize,
    word_list_terms,
)
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    cells_in_place,
    header_rows,
    items_led_by,
    list_of,
    row_cells,
    row_frame,
    row_label,
    share_cells,
    split_sentences,
    units_of,
)
from assistant.numbers import count_word
from assistant.schema import HEADING_SEPARATOR, Chunk

# The largest share of the chunks a question word may stand in and still be the thing a figure must be about:
# a word in a quarter of the chunks places nothing (about idf 1.3 in a large collection; a share, unlike idf, means
# the same in three documents as in 3 000).
HEAD_MAX_SHARE = 0.25
# Words of figure questions that say how a figure is given, not what it is about; school subjects.
_FIGURE_FRAME = " ".join(lex.FIGURE_FRAME_WORDS)
_SCHOOL_SUBJECTS = " ".join(lex.SCHOOL_SUBJECT_WORDS)
_ITEM_FRAME = frozenset(fold(w) for w in lex.ITEM_FRAME_WORDS)
# From this share of the question's idf weight in a unit, the embedding similarity the unit needs to count as on
# topic is lowered in step with the share, by at most MAX_SIMILARITY_SLACK (reached at about 0.57 of the weight):
# 'Vad kom analysen av IT-stödet fram till?' is met by 'Analysen har därför kommit fram till att …' just under
# the embedding threshold, with the question's rarer words in it.
SOME_OVERLAP = 0.35
SIMILARITY_SLACK_PER_OVERLAP = 0.035
MAX_SIMILARITY_SLACK = 0.02
# A question in everyday words ('datorerna och it-systemen' for 'elevdatorer', 'systemstöd') holds few of a unit's
# own words and embeds a little further from it; the passage the best units stand in (its headings and its other
# lines) holding this share of the question's weight, compounds counted, places it on topic at a little less
# closeness. How many of the best units' passages are read.
PASSAGE_SUPPORT = 0.55
PASSAGE_SLACK = 0.015
PASSAGE_POOL = 3
# A unit that holds every word of a question of at least FULL_TERMS words (inflections met by their stem) is on topic
# a little further from it: e5 embeds a tense and a person's name poorly ('Vad yrkade Karin Öberg?' lies 0.82 from
# 'Yrkande: Karin Öberg (V) yrkar …', below the threshold that 'Vad yrkar Karin Öberg?' passes).
FULL_TERMS = 3
FULL_OVERLAP_SLACK = 0.03


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
    # | statistic (the best figure's line states a neighbouring statistic of the asked one, a median for a mean, a
    # share for a count, a rate for a total, and no figure the asked one: statkind; asked/given say which, evidence
    # first: those figures)
    missing: list[Subject] = field(default_factory=list)
    phrase: str = ""  # what the material has no information about, for the refusal sentence
    evidence: list[Scored] = field(default_factory=list)  # the units the answer may use
    numbered: str = ""  # for 'label': the document and the paragraphs it has ('… protokoll 2025-03-12: § 12–16')
    # for 'statistic' (a neighbouring statistic given, statkind): what is asked and what the evidence gives instead
    # ('medellön', 'medianlön'); for 'group' from statkind, the asked group ('pojkarna') and given ''
    asked: str = ""
    given: str = ""
    asked_phrase: str = ""  # for 'statistic': what the material has no figure of, as asked ('kvinnornas medellön')


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
    if missing_everywhere:
        return Verdict(False, "subject", missing_everywhere,
                       subject_phrase(question, missing_everywhere, everywhere=True))
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
    if question.label is not None and question.label[0] == lex.SECTION_SIGN_LABEL:
        # A protocol's paragraph is an item of its own: '§ 15' is answered from § 15, not from another item
        # numbered 15 or the meeting's front matter.
        under = [s for s in ranked if label_match(s.unit, question)]
        if under:
            ranked = under
            selection = replace(selection, ranked=under)
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
    yearless = lacking_year(question, ranked, weights) if any(s.unit.kind == "row" for s in ranked[:3]) else None
    if yearless is not None:  # the asked table has other years only: say which (table_years)
        rows = [Scored(u, 0.0, 0.0, 0.0) for u in yearless.rows]
        return Verdict(False, "table_year", phrase=" och ".join(s.text for s in question.subjects if s.kind == "year"),
                       evidence=rows)
    evidence = ranked
    asked = asked_terms(question, weights) if weights is not None and question.language == "sv" else []
    if question.subjects:
        # Keep the units that themselves (or their section or document) speak of every named subject. A follow-up
        # asking when ('När avslutade de tillsynen?') took its year over from the earlier question: that year places
        # the topic (the inspection of 2015), it does not date the answer ('I juni 2016 avslutar …'), so it is
        # asked only of the unit's passage or section, not as the unit's own date (facts20).
        placing = [subj for subj in question.subjects if question.date and subj.kind == "year"
                   and subj.text in question.inherited_terms]
        evidence = [s for s in ranked if all(covers(s.unit, subj, section_text, document_text)
                                             for subj in question.subjects if subj not in placing)
                    and all(subject_is_covered(subj, [s.unit.chunk.text, s.unit.chunk.heading_path_text,
                                                      section_text(s.unit.chunk) if section_text else ""])
                            for subj in placing)
                    and (says_more_than(s.unit, question.subjects)
                         or (question.answer_type == "number" and unit_has_figure(s.unit, question)))]
        if not evidence or evidence[0].score < max(0.8 * min_unit_score, 0.5 * top):
            covered = {subj for subj in question.subjects for s in ranked[:30]
                       if covers(s.unit, subj, section_text, document_text)}
            missing = [subj for subj in question.subjects if subj not in covered] or \
                [subj for subj in question.subjects if subj.kind == "unit"] or question.subjects
            return Verdict(False, "subject", missing, subject_phrase(question, missing))
        if asked and evidence[0] is not ranked[0] and not any(
                _says_word(f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text}", t)
                for s in evidence[:SUBJECT_POOL] for t in asked):
            # The best units were of another place or year, and those of the asked one say nothing of what is
            # asked: 'brister vid tillsynen 2019' is not answered by a 2018/19 project in the same municipality.
            return Verdict(False, "subject", question.subjects, topic_phrase(question.cue_text))
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
        if other_grades(grades, [s.unit for s in topical or pool], document_text) is not None:
            return Verdict(False, "subject", [Subject(grades_phrase(grades), "grade")],
                           topic_phrase(question.cue_text), evidence=topical + [s for s in pool if s not in topical])
        of_grade = [s for s in pool if unit_grades(s.unit) & grades]
        evidence = of_grade + [s for s in evidence if s not in of_grade]
    if question.answer_type == "number":
        # The figure must stand in one of the best few units, not anywhere in the section; a year alone is
        # no count ('Tranemo kommun, juni 2024' in a list of members does not say how many pupils).
        figures = [s for s in evidence[:8] if s.score >= max(min_unit_score, 0.6 * evidence[0].score)
                   and unit_has_figure(s.unit, question)]
        candidates = list(figures)
        statistic = statistic_terms(question)
        if statistic and not any(says_stem(f"{s.unit.text} {s.unit.context()}", t) for s in figures for t in statistic):
            # A statistic named by its own line lower down answers where none of the best few names it: a key-figure
            # table's row ('Sjukfrånvaro (procent av arbetstid) | 8,1 | 4,6') embeds far from the sentence a
            # question is (wrongref27, blind22 VB01). Its line itself must name it (not only its passage), and it
            # meets every check below as the best few do.
            figures += [s for s in evidence[8:STATISTIC_POOL] if s.score >= min_unit_score
                        and any(says_stem(_own_line(s.unit), t) for t in statistic)
                        and unit_has_figure(s.unit, question)]
        if question.counted and not question.money and not question.date and \
                not lex.TIME_COUNT_QUESTION_RE.search(question.text):  # days asked, weeks told (has_figure)
            # 'Hur många personer …' is not answered by '17 föreläsningar': a figure must stand with the asked
            # thing (in the unit or its table's column names); a unit that states the count itself comes first.
            figures = [s for s in figures if mentions(s.unit, question.counted)]
            if lex.SHARE_QUESTION_RE.search(question.text):
                # a share asked: a percentage first
                figures.sort(key=lambda s: not lex.PERCENT_RE.search(figure_text(s.unit)))
            else:
                figures = [s for s in figures if counts_asked(s.unit, question)]
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
            figures = [s for s in figures if s.unit.unit_id in ordinal_lines
                       or any(names_asked(s.unit, t, document_text, near=True) for t in asked)
                       or (doer in asked and lex.AGENTLESS_PASSIVE_RE.search(s.unit.text)
                           and document_text is not None and says_stem(document_text(s.unit.chunk), doer)
                           and all(names_asked(s.unit, t, document_text, near=True) for t in asked if t != doer))]
            # Among them the rarest the documents use names the thing counted ('padel' in 'Hur många tjejer var med
            # på padelpassen?', not 'pass'): a figure whose passage names only the commoner words is of another thing.
            # So too for how often ('Hur ofta hade nämnden verksamhetsdialoger …?' is not answered by how often the
            # board was told of absence): the rarest asked word names the activity.
            known, rarest = _rarest_used(asked, weights)
            if len(known) > 1 and (question.counted or lex.HOW_OFTEN_RE.search(question.text)) and \
                    not question.money and not question.date:
                figures = [s for s in figures if s.unit.unit_id in ordinal_lines
                           or names_asked(s.unit, rarest, document_text)]
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
        head = asked_per_head(question.cue_text)
        if head:
            # 'Vad kostar garantin per elev?' is not answered by the garantin's total in a budget (counts.per_head).
            # A figure per head of another thing is no answer either ('1 500 kronor per deltagare' in lovskolan's
            # line for läxhjälpen): the line stating it must itself name one of the question's other words.
            thing = [t for t in question.content_terms if not fold(t).startswith(_PER_HEAD_FRAME)
                     and t not in _PER_WORDS and not lex.PER_HEAD_QUESTION_RE.search(f"per {t}")
                     and not fold(t).startswith(fold(head)[:6])]
            figures = [s for s in figures if per_head(f"{s.unit.text} {s.unit.context()}", head)
                       and (not thing or any(says_stem(f"{s.unit.text} {s.unit.context()}", t) for t in thing))]
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
                figures = [s for s in figures if any(p.holds(d) for p in asked_parts for d in dated_by(s.unit))]
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
        clash = statistic_clash(question.cue_text, figures) if question.language == "sv" else None
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
    if question.wants_person:
        role = asked_role(question)
        persons = [s for s in evidence[:8] if names_person(s.unit, role)]
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
                  and (s is evidence[0] or not rarest or names_term(s.unit, rarest))
                  and (not contact or names_person(s.unit, "")
                       or lex.CONTACT_WAY_RE.search(f"{s.unit.text} {s.unit.context()}")
                       or lex.CONTACT_DETAIL_RE.search(f"{s.unit.text} {s.unit.context()}"))]
        acting += [s for s in pool if s not in acting and not contact and names_doer(s.unit)
                   and (not rarest or names_term(s.unit, rarest, near=True))]
        if not acting:
            return Verdict(False, "agent", phrase=topic_phrase(question.cue_text))
        evidence = acting + [s for s in evidence if s not in acting]
    kind = asked_body_kind(question.text)
    if kind and not any(names_body(f"{s.unit.text} {s.unit.context()}", kind) for s in evidence[:8]
                        if s.score >= BODY_CLOSE * evidence[0].score):
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))  # 'Vilken kommun …?' needs a name
    if lex.SUBJECT_QUESTION_RE.search(question.text) and lex.SCHOOL_SUBJECT_CONTEXT_RE.search(question.text) and \
            not any(
            set(school_subjects(f"{s.unit.text} {s.unit.context()}")) - set(school_subjects(question.text))
            for s in evidence[:8] if s.score >= BODY_CLOSE * evidence[0].score):
        # 'Vilka andra ämnen än matematik …?' needs a subject named, not 'F i något mer ämne'.
        return Verdict(False, "figure", phrase=topic_phrase(question.cue_text))
    if asks_outcome(question.text):
        if only_planned(evidence[:OUTCOME_POOL], asked):
            return Verdict(False, "outcome", phrase=topic_phrase(question.cue_text), evidence=evidence)
        # The rarest asked word names the thing whose outcome is asked ('lågstadiesatsningen', not 'årskurs').
        thing = [min(asked, key=weights.chunk_share)] if asked and weights is not None else []
        outcome = no_outcome(evidence[:OUTCOME_POOL], thing, changed_thing(question.text))
        if outcome is not None:  # 'result': the asked thing is there without a result; 'figure': it is not there
            return Verdict(False, outcome, phrase=topic_phrase(question.cue_text), evidence=evidence)
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
    told = told_without_cause(question, evidence)
    if told is not None:
        # 'Varför ligger samordnarrollen … under rektor på Böle skola?' where the best passage states just that
        # ('Samordnarrollen ligger under rektor på Böle skola från och med våren 2019.') and nothing near it gives a
        # reason: the statement is no cause, and quoting it as the answer said the material explains what it does not.
        return Verdict(False, "cause", phrase=cause_phrase(question, told.unit),
                       evidence=[told, *(s for s in evidence if s is not told)])
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
    return Verdict(True, evidence=evidence)


# How many of the best units a fact question asking a mean or median ('Vilken var medellönen …?') reads for figures.
STATISTIC_FACT_POOL = 5


def _clash_verdict(question: Question, clash: Clash, evidence: Sequence[Scored]) -> Verdict:
    """A refusal for a neighbouring statistic (statkind): the asked one missing, the neighbour shown as what it is."""
    reason = "group" if clash.family == "group" else "statistic"
    return Verdict(False, reason, phrase=topic_phrase(question.cue_text), given=clash.given, asked=clash.asked,
                   asked_phrase=clash.phrase,
                   evidence=[*clash.figures, *(s for s in evidence if s not in clash.figures)])


# How many of the best units are read for a sentence that says what a definition question's term is.
DEFINE_POOL = 12


def _rarest_used(asked: Sequence[str], weights: TermWeights | None) -> tuple[list[str], str]:
    """The asked words the documents use, and the rarest of them ('' when none): the word that names the asked thing
    ('padel' in 'Hur många tjejer var med på padelpassen?', not 'pass')."""
    known = [t for t in asked if weights is not None and weights.chunk_share(t) > 0]
    return known, (min(known, key=weights.chunk_share) if known and weights is not None else "")


def defined_in_note(question: Question, ranked: Sequence[Scored]) -> bool:
    """Whether the best unit for 'Vad är X?' is a note (a footnote its passage marks: '… samordningsgrupp43' over
    '43 I projektet kom denna grupp att kallas för skarvsladdsgruppen …') that names X: a note glosses the word it is
    marked on. A note is not embedded (only body text is), so no embedding closeness can place the question: the
    note itself does."""
    term = question.definiendum
    top = ranked[0].unit if ranked else None
    return bool(term) and top is not None and top.role == "note" and names_definiendum(term, top.text)


def undefined_term(question: Question, ranked: Sequence[Scored]) -> list[Scored]:
    """For 'Vad är/Vad menas med X?': the best units that name X when none of them (nor the section about X) says
    what X is — the material only uses the term in passing, so quoting one of them would answer another question.
    Empty when one defines it, when none names it (the question may use other words than the documents: the topic
    check decides), or when the question asks for no definition."""
    term = question.definiendum
    if question.answer_type != "definition" or not term or question.language != "sv" or question.goal:
        return []  # (a goal asked, 'Vad är målet för X?', is stated, not defined: question.goal_asked)
    pool = [s for s in ranked[:DEFINE_POOL] if not s.unit.text.rstrip().endswith("?")]
    if any(names_definiendum(term, f"{s.unit.context()} {s.unit.chunk.heading_path_text}")
           and _explained_under_heading(term, s.unit) for s in pool):
        return []  # a passage headed by the term is about it
    naming = [s for s in pool if names_definiendum(term, s.unit.text)]
    if not naming or any(s.unit.role == "note" or defines(term, s.unit, loose=True) for s in naming):
        return []  # a note (a footnote its passage marks) glosses the word it is marked on
    return naming


# How many body sentences right under a heading may say what the heading's term is without naming it.
HEADING_OPENERS = 2


def _explained_under_heading(term: str, unit: Unit) -> bool:
    """Whether the passage a heading naming `term` stands over says what it is: a unit that names the term and
    explains it, or one of the first sentences under the heading with a defining verb or 'är en …' ('SIP' over
    'Det är en plan som …'). A section headed 'Verktyget förändringsteori' that tells how the meetings went, and
    names the term only in passing, does not."""
    units = [u for u in units_of(unit.chunk) if not u.is_label and u.role == "body"]
    openers = [u for u in units if u.kind == "sentence"][:HEADING_OPENERS]
    return any(defines(term, u, loose=True) for u in units if names_definiendum(term, u.text)) or any(
        lex.DEFINES_RE.search(u.text) or lex.GLOSS_RE.search(u.text) for u in openers)


def gives_view(unit: Unit, holder: str, thing: str) -> bool:
    """Whether a unit tells the view of `holder` (a question's 'föräldrarna', 'Skolverket') on `thing` (a stem, or
    ''): the holder (or a name for the same group) named in the unit or its context, a word of view in the unit
    when the holder is people ('berättar', 'upplevde', 'nöjda'), and the thing named in the unit or its context
    (not only elsewhere in its passage: a view of läxhjälpen is none of processtödet in the next paragraph). A body or a
    document 'says' what it states ('Enligt Skolverket …'), so it needs no word of view."""
    text = f"{unit.text} {unit.context()}"
    head = holder_name(holder)
    kin = next((k for k in lex.HOLDER_KIN if any(fold(head).startswith(w) for w in k)), (head,))
    # A publisher's own document states its views: a sentence on Skolverket's page is Skolverket's, named or not.
    own_page = bool(unit.chunk.publisher) and _says_word(unit.chunk.publisher, head)
    if not own_page and not any(_says_word(text, w) for w in kin):
        return False
    owned = owned_noun(holder)
    if owned and not _says_word(f"{text} {unit.chunk.title} {unit.chunk.heading_path_text}", owned):
        return False  # 'Skolverkets allmänna råd': Skolverket's view elsewhere is not what its råd say
    people = head.islower() and re.search(r"(?:arna|erna|orna|rna|na)$", head) is not None
    if people and not lex.OPINION_RE.search(unit.text):
        return False
    return not thing or _says_word(text, thing)


def gives_any_view(unit: Unit, thing: str) -> bool:
    """Whether a unit tells someone's view (a word of view) of `thing` (a stem, or ''): what answers 'Var alla nöjda
    med kursen?', where the quantifier names no holder to look for."""
    return lex.OPINION_RE.search(unit.text) is not None and (
        not thing or _says_word(f"{unit.text} {unit.context()}", thing))


def holder_name(holder: str) -> str:
    """The one word that names whose view is asked: the owner of a genitive name ('Skolverkets nya allmänna råd
    (2025)' -> 'Skolverket'), else the holder's first word ('ungdomarna i Karlskoga' -> 'ungdomarna').

    >>> holder_name("Skolverkets nya allmänna råd (2025)"), holder_name("föräldrarna"), holder_name("Skolverket")
    ('Skolverket', 'föräldrarna', 'Skolverket')
    """
    first = holder.split()[0]
    return first[:-1] if len(holder.split()) > 1 and first[:1].isupper() and first.endswith("s") else first


def owned_noun(holder: str) -> str:
    """What a genitive holder owns, its last word ('Skolverkets nya allmänna råd (2025)' -> 'råd'); '' for a holder
    that is no genitive phrase.

    >>> owned_noun("Skolverkets nya allmänna råd (2025)"), owned_noun("Skolverket"), owned_noun("ungdomarna i Ekby")
    ('råd', '', '')
    """
    if holder_name(holder) == holder.split()[0]:
        return ""
    words = [w for w in holder.split()[1:] if not w.startswith("(") and not w.isdigit()]
    return words[-1] if words else ""


# How many of the best units are read for the view a 'Vad tyckte … om …?' question asks.
VIEW_POOL = 8
# The share of the best unit's score a unit needs to be read for the name a 'Vilken kommun …?' question asks.
BODY_CLOSE = 0.6
# How many of the best units are read for the act a who-question asks the doer of (agent_verb).
AGENT_POOL = 8
# How many of the best units are looked through for a plan when a results question is asked.
PLAN_POOL = 3
# How many of the units about the named subjects are read for what else the question asks about.
SUBJECT_POOL = 3
# The best units a yes/no question naming a year is checked against for a statement of the same thing in another year.
CLAIM_POOL = 5
# How far down the evidence a figure question's named statistic ('sjukfrånvaron') is looked for in a line naming it,
# where none of the best few units does (a table row embeds far from a question's sentence).
STATISTIC_POOL = 30
# How many of the best units are read for an outcome before a results question is refused as only planned.
OUTCOME_POOL = 5
# Without specific words, the share of the best unit's word overlap a unit needs to be about the same thing.
OUTCOME_CLOSE = 0.7


def only_planned(evidence: Sequence[Scored], asked: Sequence[str]) -> bool:
    """Whether the best evidence describes something planned or applied for, and none of the units that name
    what is asked about (`asked`: its specific words) reports an outcome."""
    if not evidence or reports_outcome(evidence[0].unit.text):
        return False
    # One of the best few describes a plan; an item under 'Mål och förväntade effekter' is planned as its intro says.
    plan = next((s for s in evidence[:PLAN_POOL] if lex.PLANNED_RE.search(s.unit.text)
                 or lex.PLANNED_HEADING_RE.search(s.unit.context())), None)
    if plan is None:
        return False
    best = f"{plan.unit.text} {plan.unit.context()}"
    if asked:
        if not any(_says_word(best, t) or names_term(plan.unit, t) for t in asked):
            return False  # the best passage is about something else: not a plan of the asked thing
        # In the plan's own document a unit naming one asked word is about it; in another document (a follow-up
        # report) it must name two of them: 'F i matematik' in a school report is no result of 'SKR:s
        # matematiksatsning'.
        same = [s for s in evidence if sum(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in asked)
                >= (1 if s.unit.chunk.source == plan.unit.chunk.source else min(2, len(asked)))]
    else:  # no word specific enough (a small collection): those nearly as much about the question's words
        same = [s for s in evidence if s.overlap >= OUTCOME_CLOSE * evidence[0].overlap]
    return not any(reports_outcome(s.unit.text) for s in same)


def no_outcome(evidence: Sequence[Scored], asked: Sequence[str], changed: Sequence[str] = ()) -> str | None:
    """Why a results question cannot be answered from the best units, or None when it can: 'result' when the
    units that name what is asked about (all of them when nothing specific is asked) report no outcome (a method's
    suggested measures), 'figure' when none of them names it (the units are about something else).

    `changed` names what the question asks whether it changed (question.changed_thing): then the sentence that
    reports an outcome must name it — 'huvudmännen satte in åtgärder' is no report that kunskapsresultaten blev
    bättre."""
    same = [s for s in evidence if not asked or any(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in asked)]
    if not same:
        return "figure"

    def reports(sentence: str) -> bool:
        return reports_outcome(sentence) and (not changed or any(_says_word(sentence, w) for w in changed))

    # A sentence of the passage around a unit counts: 'Resultatet har fallit väl ut.' may stand beside the one
    # that matched (sentence by sentence: a 'ska' elsewhere in the passage does not undo it).
    if any(reports(s.unit.text) or any(reports(t) for t in split_sentences(s.unit.chunk.text)) for s in same):
        return None
    return "result"


# How many of the best units are read for the ending or cancelling a cause question presupposes.
PREMISE_POOL = 8


def ended_told(question_text: str, evidence: Sequence[Scored]) -> bool:
    """Whether a cause question's presupposed ending ('Varför lades kursen ned?', 'Varför ställdes workshopen in?')
    is told in one of the best units (their text or context); True when the question presupposes none."""
    asked = lex.ENDED_QUESTION_RE.search(question_text)
    if asked is None:
        return True
    said = fold(asked.group("e"))
    form = next(f for key, f in lex.ENDED_EVENT_FORMS if said.startswith(key))
    # The ending must be told of the asked thing: 'Simskolan lades ned' does not tell that läxhjälpen was.
    thing = [w for w in re.findall(r"[\wåäöÅÄÖ]{4,}", premise_phrase(question_text).split(" ", 1)[-1])
             if not re.fullmatch(form, fold(w)) and fold(w) not in _ENDING_WORDS][:4]
    return any(re.search(form, fold(f"{s.unit.text} {s.unit.context()}"))
               and (not thing or any(says_stem(f"{s.unit.text} {s.unit.context()}", w) for w in thing))
               for s in evidence)


# The share of a cause question's weight the best unit must hold to state what is asked about, and the share another
# of the best units must hold to be about it too (its reason then answers): T18's statement holds 0.71, a reason
# elsewhere in the document about the same role ('Vi fortsätter därför att utveckla samordnarrollen.') 0.27.
CAUSE_TOLD_OVERLAP = 0.6
CAUSE_SAME_OVERLAP = 0.5
CAUSE_POOL = 8


def told_without_cause(question: Question, evidence: Sequence[Scored]) -> Scored | None:
    """The best unit where it states the very state or event a cause question asks about, with the question's verb
    ('Samordnarrollen ligger under rektor på Böle skola …' for 'Varför ligger samordnarrollen … under rektor på Böle
    skola?'), and no reason, purpose or need is given (lexicon.CAUSE_GIVEN_RE) in it, its context, the units just
    before and after it in its passage, or another of the best units as much about the asked thing; else None.
    Positive evidence only: a question whose asked thing no passage states is left to the other checks."""
    asked = lex.EVENT_CAUSE_QUESTION_RE.match(question.cue_text)
    if question.language != "sv" or asked is None or not evidence:
        return None
    top = evidence[0]
    verb = fold(asked.group("verb"))[:4]
    if top.overlap < CAUSE_TOLD_OVERLAP or top.unit.is_label or \
            not re.search(rf"\b{re.escape(verb)}", fold(top.unit.text)):
        return None
    units = units_of(top.unit.chunk)
    beside = [units[i] for i in (top.unit.seq - 1, top.unit.seq + 1) if 0 <= i < len(units)]
    said = [top.unit.text, top.unit.context(), *(u.text for u in beside)]
    said += [s.unit.text for s in evidence[1:CAUSE_POOL] if s.overlap >= CAUSE_SAME_OVERLAP]
    return None if any(lex.CAUSE_GIVEN_RE.search(text) for text in said) else top


def cause_phrase(question: Question, unit: Unit) -> str:
    """What a refusal for an unstated cause says the material lacks: 'varför' and the unit's own statement in the
    order of an indirect question (stated_as_asked); 'skälet till det du frågar om' where no sentence of it can be
    reordered with certainty."""
    asked = lex.EVENT_CAUSE_QUESTION_RE.match(question.cue_text)
    verb = fold(asked.group("verb"))[:4] if asked else ""
    for sentence in split_sentences(unit.text):
        said = stated_as_asked(sentence, verb, unit.chunk.text)
        if said:
            return said
    return "skälet till det du frågar om"


def _inflected_noun(word: str) -> bool:
    """A lower-case word longer than its dictionary form that it begins with ('mentorn', 'lärarna'): a noun with its
    article, the subject after a verb a fronted place or time stands before."""
    lemma = simplemma.lemmatize(word, lang="sv")
    return word.islower() and lemma != word and word.startswith(lemma)


_STATEMENT_DETERMINERS = lex.SUBJECT_DETERMINERS | frozenset(("den", "det", "de"))


def stated_as_asked(sentence: str, verb: str, passage: str = "") -> str:
    """A statement as the indirect question of its cause, or '' where its subject cannot be told: the verb (folded
    stem `verb`) second, or after a determiner and its noun, keeps its order; a fronted place or time ('På en skola
    byttes mentorn …') goes last, after the definite noun that follows the verb. The first word keeps its capital
    where the passage writes it so inside a sentence (a name).

    >>> stated_as_asked("Samordnarrollen ligger under rektor från och med våren 2019.", "ligg")
    'varför samordnarrollen ligger under rektor från och med våren 2019'
    >>> stated_as_asked("På en skola byttes mentorn fyra gånger i årskurs 7. Ungdomarna lyfter även …", "bytt")
    'varför mentorn byttes fyra gånger i årskurs 7 på en skola'
    >>> stated_as_asked("Karlskoga ligger i Örebro län.", "ligg", "Skolan i Karlskoga ligger nära.")
    'varför Karlskoga ligger i Örebro län'
    >>> stated_as_asked("Under våren byttes flera av dem ut.", "bytt"), stated_as_asked("Rollen är ny.", "ligg")
    ('', '')
    """
    words = sentence.split()
    at = next((i for i, w in enumerate(words) if verb and fold(w).startswith(verb)), -1)
    # the statement ends at its own full stop ('… i årskurs 7. Ungdomarna …' the sentence splitter keeps together)
    end = next((i for i, w in enumerate(words) if i > at and w.endswith((".", "!", "?"))), len(words) - 1)
    words = [*words[:end], words[end].rstrip(".!?")] if words else words
    if at == 1 or (at in (2, 3) and words[0].lower() in _STATEMENT_DETERMINERS):
        first = words[0] if re.search(rf"[a-zåäö,]\s+{re.escape(words[0])}\b", passage) \
            else words[0][:1].lower() + words[0][1:]
        return " ".join(["varför", first, *words[1:]])
    if 2 <= at <= 4 and words[0].lower() in lex.PREPOSITIONS and at + 1 < len(words) and \
            _inflected_noun(words[at + 1]):
        return " ".join(["varför", words[at + 1], words[at], *words[at + 2:], words[0].lower(), *words[1:at]])
    return ""


# The verbs and particles of an ending as asked, which name no thing ('lades', 'ställdes', 'avbröts'); folded.
_ENDING_WORDS = frozenset("lades lagts laggs stalldes stallts stalls avbrots avbrutits avbrot stangdes stangts "
                          "avvecklades avvecklats upphorde upphort".split())


def premise_phrase(question_text: str) -> str:
    """The cause asked as an indirect question, the ending's verb after its subject ('Varför ställdes workshopen den
    1 december in?' -> 'varför workshopen den 1 december ställdes in'), for 'Underlaget har inga uppgifter om …'.

    >>> premise_phrase("Varför ställdes workshopen den 1 december in?"), premise_phrase("Varför avbröts projektet?")
    ('varför workshopen den 1 december ställdes in', 'varför projektet avbröts')
    """
    asked = lex.ENDED_QUESTION_RE.search(question_text)
    words = asked.group("e").split()
    verb, particle = words[0], (words[-1] if len(words) > 1 else "")
    middle = " ".join(words[1:-1])
    rest = question_text[asked.end():].strip(" ?.!")
    if not middle:
        middle, rest = rest, ""
    return " ".join(w for w in ("varför", middle, verb, particle, rest) if w)


def of_other_day(unit: Unit, asked: Sequence[Day]) -> bool:
    """Whether a unit is of another calendar day than the asked ones: it states days, none of them asked, or it
    stands under a heading naming another day (dates.day_match).

    >>> from assistant.grounding.dates import days
    >>> from assistant.schema import Chunk
    >>> u = units_of(Chunk(chunk_id="d", source="s", title="t", doc_type="", heading_path=[], start_line=1,
    ...                    end_line=1, text="17 november: Tema Kommunikation (36 deltagare)"))[0]
    >>> of_other_day(u, days("den 20 november")), of_other_day(u, days("den 17 november"))
    (True, False)
    """
    own = days(unit.text)
    if own:
        return not any(a.meets(d) for a in asked for d in own)
    return day_match(unit, tuple(asked)) is False


def dated_figure(unit: Unit) -> bool:
    """Whether a unit (with its context: a table's header, a list's intro) says which period its figure is of: a
    year, a date or a relative period ('året innan')."""
    text = f"{unit.text} {unit.context()}"
    return bool(lex.YEAR_RE.search(text) or lex.DATE_RE.search(text) or lex.RELATIVE_PERIOD_RE.search(text)
                or periods(text))


def _says_word(text: str, term: str) -> bool:
    """Whether `text` holds the word `term` (a stem, folded), inflected or as the head of a compound's start. A
    long term is cut by up to three letters: the stemmer leaves some inflections whole ('närvaron')."""
    term = fold(term)
    stem = term[: max(5, len(term) - 3)] if len(term) > 6 else term  # 'mentorsprogrammet' meets 'mentorsprogram'

    return re.search(rf"\b{re.escape(stem)}", fold(text)) is not None


def qualified_noun(text: str) -> tuple[str, str] | None:
    """The one of a set a question names by its qualifier and definite noun ('i den gröna gruppen' -> ('gron',
    'grupp')), folded stems; None when it names none."""
    m = lex.QUALIFIED_NOUN_RE.search(text)
    if m is None or m.group(1).lower() in lex.NOT_QUALIFIERS:
        return None
    return inflection_stem(fold(m.group(1)))[:4], inflection_stem(fold(m.group(2)))[:5]


def labelled_other(unit: Unit, qualifier: str, noun: str) -> bool:
    """Whether a unit stands in a paragraph (or opens one) labelled with another one of the set: '”Rosa grupp”. 11 av
    de 23 eleverna …' is about the pink group, so its '8 av de 11 … är pojkar' is no figure of the green one. A label
    is a paragraph's first sentence of at most three words ('”Grön grupp”.', 'Grupp 5.') naming the noun.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="lab", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="”Rosa grupp”. 11 av de 23 eleverna sjönk. Noterbart är att 8 av de 11 är pojkar.")
    >>> [labelled_other(u, "gron", "grupp") for u in units_of(c)], labelled_other(units_of(c)[-1], "rosa", "grupp")
    ([True, True, True], False)
    >>> c = Chunk(chunk_id="lab2", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=1, text="”Röd grupp”. 15 av de 30 sjönk. Noterbart är att 10 av de 15 är pojkar.")
    >>> labelled_other(units_of(c)[-1], "roda", "grupp"), labelled_other(units_of(c)[-1], "bla", "grupp")
    (False, True)
    """
    lines = unit.chunk.text.split("\n")  # a chunk's line is a block: the unit's paragraph
    paragraph = lines[unit.line] if unit.kind == "sentence" and 0 <= unit.line < len(lines) else unit.text
    opening = split_sentences(paragraph.strip())[:1]
    if not opening:
        return False
    label = fold(opening[0]).strip(" .:")
    words = re.findall(r"\w+", label)
    if not 1 < len(words) <= 3 or not any(w.startswith(noun) for w in words):
        return False
    # the label's qualifier in its own form ('Röd grupp' for 'den röda gruppen', 'Grön' for 'gröna')
    return not any(w.startswith(qualifier) or (len(w) >= 3 and qualifier.startswith(w)) for w in words)


def numbered_members(text: str, lenient: bool = False) -> list[tuple[str, frozenset[int]]]:
    """The members of numbered runs `text` names, as (noun stem, numbers): 'efter workshop två' -> [('works', {2})],
    'som gällde workshop tre och fyra' -> [('works', {3, 4})]. Stop words and the nouns of grades, sections, bounds
    and the like (lexicon.NUMBERED_MEMBER_SKIP) name no run. A question's number must end the phrase (or a finite
    verb follow it); `lenient` (a passage) takes any noun and number ('På workshop 2 deltog 25 personer') and an
    ordinal before its noun ('den andra workshopen').

    >>> numbered_members("Hur många svarade på utvärderingsenkäten efter workshop två?")
    [('works', frozenset({2}))]
    >>> numbered_members("På den första enkäten, som gällde workshop tre och fyra, kom 19 svar in.")
    [('works', frozenset({3, 4}))]
    >>> numbered_members("Hur många i årskurs 9 deltog efter två veckor?"), numbered_members("Grupp 5. 15 elever")
    ([], [('grup', frozenset({5}))])
    >>> numbered_members("Hur många deltog i workshop 2 (den om normer)?")
    [('works', frozenset({2}))]
    >>> numbered_members("Krävs minst 5 års erfarenhet?"), numbered_members("Hur många i åldern 6 till 9 finns?")
    ([], [])
    >>> [('works', frozenset({2})) in numbered_members(t, lenient=True) for t in ("På workshop 2 deltog 25 personer",
    ...  "Workshop 2 (25 deltagare)", "I workshop nr 2 fick 19 elever", "Under den andra workshopen kom 19")]
    [True, True, True, True]
    """
    out = []
    for m in lex.NUMBERED_MEMBER_RE.finditer(text):
        noun = m.group("noun").lower()
        if noun in lex.NUMBERED_MEMBER_SKIP or fold(noun) in _stopwords_folded() or (
                noun.endswith("t") and verb_form(noun)):
            continue  # (a supine: 'efter att de fyllt sju' names no member)
        if not lenient and not lex.NUMBERED_MEMBER_END_RE.match(text, m.end()):
            after = re.match(r"\s+([a-zåäöé]+)", text[m.end():])
            if after is None or not verb_form(after.group(1)):
                continue  # 'workshop två dagar' counts days
        numbers = frozenset(_member_number(n) for n in (m.group("n"), m.group("n2")) if n)
        out.append((inflection_stem(fold(noun))[:5], numbers))
    if lenient:
        for m in _ORDINAL_MEMBER_RE.finditer(fold(text)):
            if fold(m.group(2)) not in _stopwords_folded():
                out.append((inflection_stem(m.group(2))[:5], frozenset({_FOLDED_ORDINALS[m.group(1)]})))
    return out


# An ordinal before its noun ('den andra workshopen', folded): a passage's name for a member of a run.
_FOLDED_ORDINALS = {fold(w): v for w, v in lex.ORDINALS.items()}
_ORDINAL_MEMBER_RE = re.compile(rf"\b(?:den|det)\s+({'|'.join(_FOLDED_ORDINALS)})\s+([a-z][a-z-]{{3,}})")


def _member_number(word: str) -> int:
    return count_word(word) or 0  # (NUMBERED_MEMBER_RE reads only counts)


@lru_cache(maxsize=1)
def _stopwords_folded() -> frozenset[str]:
    from assistant.index.lexical import stopwords

    return stopwords()


def names_member(unit: Unit, asked: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """Whether a unit, its context, the heading lines above it or its headings name each asked member of a run
    ('Workshop 2' over the passage, or 'efter workshop två' in it): a figure of the run's other members ('som gällde
    workshop tre och fyra') or of none named is no figure of it."""
    above = " . ".join(u.text for u in unit.labels_above)
    own = numbered_members(f"{unit.text} . {unit.context()} . {above} . {unit.chunk.heading_path_text}",
                           lenient=True)
    return all(any(o == noun and numbers & n for o, n in own) for noun, numbers in asked)


def names_other_member(unit: Unit, asked: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """Whether a unit (as `names_member` reads it) names a member of an asked run by another number and not the
    asked one ('som gällde workshop tre och fyra' for workshop två): its figure is of that other member."""
    above = " . ".join(u.text for u in unit.labels_above)
    own = numbered_members(f"{unit.text} . {unit.context()} . {above} . {unit.chunk.heading_path_text}",
                           lenient=True)
    return any(any(o == noun and not numbers & n for o, n in own) and not any(o == noun and numbers & n for o, n in own)
               for noun, numbers in asked)


def only_subjects_shared(question: Question, pool: Sequence[Scored]) -> bool:
    """Whether the units of `pool` (those about every named subject) share no word with the question but its named
    subjects: not one of its other content words stands in their text, context or headings. Narrower than asking
    for the question's specific words (`asked_terms`), which a passage may put in other words: here it puts none
    of them at all, so it matched on the year or name alone."""
    named = {fold(s.text) for s in question.subjects}
    rest = [t for t in question.content_terms - question.subject_terms if t not in named and not t.isdigit()]
    return bool(rest) and bool(pool) and not any(
        _says_word(f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text}", t) for s in pool for t in rest)


def enumerated_with(figures: Sequence[Scored], name: str) -> list[str]:
    """The sentences of the figures' chunks that enumerate `name` among other names (lexicon.ENUMERATED_NAMES_RE:
    'Hamnen, Kvarnen och Ljusbacken'); [] for none."""
    folded = fold(name)
    out: list[str] = []
    for chunk_text in dict.fromkeys(s.unit.chunk.text for s in figures):
        for m in lex.ENUMERATED_NAMES_RE.finditer(chunk_text):
            if re.search(rf"\b{re.escape(folded)}\b", fold(m.group())):
                start = max(chunk_text.rfind(".", 0, m.start()), chunk_text.rfind("\n\n", 0, m.start())) + 1
                end = chunk_text.find(".", m.end())
                out.append(chunk_text[start:end if end >= 0 else len(chunk_text)])
    return out


def _own_line(unit: Unit) -> str:
    """What a unit's own line says: a table row with its caption and column names (units.row_frame), else its text
    without the heading above it (review27: a heading naming the statistic is no line stating it)."""
    return row_frame(unit) if unit.kind == "row" else unit.text


def figure_frame(unit: Unit) -> str:
    """What says what a figure is of: a table row's caption, column names and label (units.row_frame), else the
    unit's text and context."""
    return row_frame(unit) if unit.kind == "row" else f"{unit.text} {unit.context()}"


def qualifier_words(group: str) -> list[str]:
    """The content words of a count's qualifier ('med annat modersmål än svenska' -> ['modersmål', 'svenska']): no
    stopword, no word of three letters or fewer."""
    stop = _stopwords_folded()
    return [w for w in re.findall(r"[a-zåäö-]+", group.lower())
            if len(w) > 3 and fold(w) not in stop and w not in ("utan", "annat", "andra", "annan")]


def split_by_other_group(unit: Unit, noun: str) -> bool:
    """Whether a figure's frame splits the counted `noun` by a group of another kind ('Flickor 2025', 'Pojkar
    2025' over 'Inskrivna barn …'): it names a group word (lexicon.GROUP_WORDS) of a slot other than the noun's."""
    frame = figure_frame(unit)
    own = lex.GROUP_WORDS.get(noun.lower())
    return any(slot != own and not fold(w).startswith(fold(noun)[:4])
               for w, slot in lex.GROUP_WORDS.items() if re.search(rf"\b{re.escape(w)}\b", frame, re.I))


def enumerated_names(sentences: Sequence[str], name: str) -> list[str]:
    """The other names the sentences enumerate `name` with ('Hamnen', 'Ljusbacken' for 'Kvarnen')."""
    names = [w for sentence in sentences for m in lex.ENUMERATED_NAMES_RE.finditer(sentence)
             for w in re.findall(r"[A-ZÅÄÖ][\wåäöé-]+", m.group())]
    return [w for w in dict.fromkeys(names) if fold(w) != fold(name)]


def names_singly(text: str, name: str) -> bool:
    """Whether `text` names `name` outside an enumeration of names ('På Ljusbacken, som har tjejkvällar …', not
    'Hamnen, Kvarnen och Ljusbacken').

    >>> names_singly("På Ljusbacken var andelen 44 procent.", "Ljusbacken")
    True
    >>> names_singly("De tre gårdarna, Hamnen, Kvarnen och Ljusbacken, hade 38 400 besök.", "Kvarnen")
    False
    """
    rest = lex.ENUMERATED_NAMES_RE.sub(" ", text)
    return re.search(rf"\b{re.escape(fold(name))}\b", fold(rest)) is not None


# How many of the best units are read for a passage telling of a year-only question's topic in another year.
OTHER_YEAR_POOL = 20


def told_of_other_year(question: Question, pool: Sequence[Scored], ranked: Sequence[Scored],
                       weights: TermWeights | None) -> list[Scored]:
    """For a question whose named subjects are years: the best units that tell of its topic for other years only,
    where the units of the asked year (`pool`) share none of the question's rarer words (those in at most
    HEAD_MAX_SHARE of the chunks; 'kommun' places nothing). A unit tells of the topic when it holds those words (all
    but one of more than two), and of other years when every year it states is another. Empty for none (positive
    evidence needed).

    'Vilka områden behöver kommunen prioritera under 2024?' against 'Lilla Edets kommun, september 2024' and 'Vår
    analys pekar på några områden som vi behöver prioritera under 2020/2021': the latter.
    """
    if weights is None or not pool:
        return []
    named = {fold(s.text) for s in question.subjects}
    rest = [t for t in question.content_terms - question.subject_terms if t not in named and not t.isdigit()]
    rare = [t for t in rest if weights.chunk_share(t) <= HEAD_MAX_SHARE]
    if not rare:
        return []

    def said(s: Scored) -> str:
        return f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text}"

    if any(_says_word(said(s), t) for s in pool for t in rare):
        return []
    asked_years = {s.text for s in question.subjects if s.kind == "year"}
    need = len(rare) if len(rare) <= 2 else len(rare) - 1
    out = []
    for s in ranked[:OTHER_YEAR_POOL]:
        years = set(lex.YEAR_RE.findall(s.unit.text))
        if s not in pool and years and not years & asked_years and \
                sum(_says_word(s.unit.text, t) for t in rare) >= need:
            out.append(s)
    return out


def part_set_noun(text: str) -> str:
    """The stem of the set's noun a part of a set is asked of ('skol' of 'Hur många av skolorna … hade …?'), '' for
    none (lexicon.PART_OF_SET_QUESTION_RE)."""
    m = lex.PART_OF_SET_QUESTION_RE.search(text)
    if m is None or fold(m.group("set")) in _stopwords_folded():
        return ""
    stem = inflection_stem(fold(m.group("set")))
    return stem[:max(4, len(stem) - 1)]


def counts_whole(unit: Unit, noun: str) -> bool:
    """Whether every number in a unit is a year or a count of the set `noun` names ('en granskning av 28 skolor' for
    'skol'), at least one the latter: the unit gives the set's size, not a part of it. A share ('procent', '%') is
    a part.

    >>> def unit(text): return units_of(Chunk(chunk_id=text, source="s", title="t", doc_type="", heading_path=[],
    ...                                        start_line=1, end_line=1, text=text))[0]
    >>> counts_whole(unit("Skolinspektionen publicerade 2021 en granskning av 28 skolor."), "skol")
    True
    >>> counts_whole(unit("Av de 28 skolorna hade 12 förbättrat sina resultat."), "skol")
    False
    """
    text = fold(unit.text)
    if "%" in text or "procent" in text:
        return False
    whole = False
    for m in lex.PLAIN_NUMBER_RE.finditer(text):
        if lex.YEAR_RE.fullmatch(m.group()):
            continue
        if not re.match(rf"\s+(?:[a-z]+\s+)?{re.escape(noun)}", text[m.end():]):
            return False
        whole = True
    return whole


def lacks_item(figures: Sequence[Scored], asked: Sequence[str], weights: TermWeights, text: str = "") -> str:
    """Whether the best figures are rows of one list (at least LIST_ROWS under one title, the first among them) and an
    asked word that is no word of the title and that no document holds as such names none of its rows: the list
    names its items, and the asked one is not among them ('skolskjuts' in a cost calculation of six posts). That word
    (the first such), '' for none."""
    if not figures or figures[0].unit.kind != "row":
        return ""

    def title(s: Scored) -> str:
        return fold(f"{s.unit.context()} {s.unit.chunk.heading_path_text}")

    rows = [s for s in figures if s.unit.kind == "row" and title(s) == title(figures[0])]
    if len(rows) < LIST_ROWS:
        return ""
    # A word that asks for the amount or points at a line ('belopp', 'raden', 'post') or spells out a figure
    # ('sjuhundra') names no item.
    frame = [w for w in re.findall(r"[\w-]+", text) if _item_frame(fold(w)) or lex.SPELT_NUMBER_RE.fullmatch(w)]
    items = [t for t in asked if not says_stem(title(figures[0]), t) and not any(says_stem(w, t) for w in frame)]
    unseen = [t for t in items if not weights.seen(t)]
    # the item is what the sum is for ('raden för skolskjuts'), not how it is asked ('Vilket belopp …')
    after = [m.group(1) for m in lex.ITEM_OF_SUM_RE.finditer(text)]
    after = [inflection_stem(fold(w)) for w in after if w not in frame]
    after = [w for w in after if not says_stem(title(figures[0]), w)]
    # A row that names the words the sum is asked for ('Stöd till lärare, enhet 2 264 tkr' for '… raden för stöd
    # till lärare och enhet') or states the asked figure ('700 tkr') is the asked item: positive evidence kept.
    numbers = {re.sub(r"\s", "", n) for n in lex.PLAIN_NUMBER_RE.findall(text) if not lex.YEAR_RE.fullmatch(n)}
    if not unseen or any(says_stem(s.unit.text, t) for s in rows for t in items) or any(
            says_stem(s.unit.text, w) for s in rows for w in after) or any(
            re.sub(r"\s", "", n) in numbers for s in rows for n in lex.PLAIN_NUMBER_RE.findall(s.unit.text)):
        return ""
    return next((t for t in unseen for w in after if says_stem(w, t) or w.startswith(t)), unseen[0])


def _item_frame(word: str) -> bool:
    """Whether a folded word is a frame word of a sum (lexicon.ITEM_FRAME_WORDS) or an inflection of one ('raden',
    'beloppet', 'posterna')."""
    return word in _ITEM_FRAME or any(len(f) >= 3 and word.startswith(f) and len(word) - len(f) <= 3
                                      for f in _ITEM_FRAME)


# How many rows of one list the best figures must be for the list to be read as naming its items.
LIST_ROWS = 3


def asked_terms(question: Question, weights: TermWeights) -> list[str]:
    """What a figure question asks about beyond what places it (named subjects, years), what is counted and how
    the figure is given: its specific words ('sommarskolan' in 'Hur många elever gick sommarskolan i X 2018?').
    It is also what a question with named subjects, or about an outcome, must find named. Every such word is
    kept whether or not the retrieved passages use it: a passage that does not name it is about something else."""
    counted = inflection_stem(question.counted) if question.counted else ""
    # A school subject is common in Swedish but says which figure is asked for ('godkänt i engelska').
    common = common_terms(question.search_text or question.text) - word_list_terms(_SCHOOL_SUBJECTS)
    # The asker's own words, not what the word maps added to the search ('lärarna' also searches 'pedagoger').
    found = [(w, new) for w, new, replaces in expansions(question.text, question.language, frozenset()) if not replaces]
    mapped = frozenset(t for _, new in found for t in tokenize(new)) - frozenset(tokenize(question.text))
    # An everyday word the documents never use ('sexan') is asked for as the documents write it ('årskurs 6').
    alias = {t: [a for a in tokenize(new) if not a.isdigit()] for w, new in found for t in tokenize(w)}
    terms = [a for t in question.content_terms - question.subject_terms - mapped
             for a in ((not weights.chunk_share(t) and alias.get(t)) or [t])]
    rest = [t for t in dict.fromkeys(terms)
            if not t.isdigit() and not (counted and (fold(t).startswith(counted) or counted.startswith(fold(t))))
            and t not in word_list_terms(_FIGURE_FRAME) and t not in common
            and weights.chunk_share(t) <= HEAD_MAX_SHARE]
    # A specific word stays whether or not the retrieved passages use it: a figure in a passage that does not
    # name it is about something else ('Vad kostar en skolsocionom?' is not answered by what a summer school
    # cost, even where another passage mentions skolsocionomer).
    return sorted(rest)


def asked_doer(question: Question) -> str:
    """The term (as tokenize gives it) of the doer a count question names as its subject ('Hur många verksamheter
    hörde projektledarna av sig till?' -> 'projektled'; lexicon.COUNT_QUESTION_DOER_RE), '' when it names none. A
    passage stating the count in a passive without a doer ('… har kontaktats') answers it without naming them.

    >>> from assistant.grounding.question import analyse
    >>> asked_doer(analyse("Ungefär hur många olika verksamheter hörde projektledarna av sig till under året?"))
    'projektled'
    >>> asked_doer(analyse("Hur många elever deltog i sommarskolan?")), asked_doer(analyse("Vem leder gruppen?"))
    ('', '')
    """
    if not question.counted:
        return ""
    m = lex.COUNT_QUESTION_DOER_RE.search(question.cue_text)
    if m is None or fold(m.group("counted")) != fold(question.counted):
        return ""
    terms = tokenize(m.group("doer"))
    return terms[0] if len(terms) == 1 else ""


def unheard_of(question: Question, weights: TermWeights) -> list[str]:
    """School subjects a figure question names that no document uses in any form ('godkänt i engelska' where
    no document mentions engelska): a figure about such a subject cannot stand in the material. Only this closed
    class of words: other words the documents lack are as often a user's everyday wording for what they say.
    (`asked_terms` finds them too in a large collection, but not where every word's idf is low.)"""
    out = []
    words = re.findall(r"[a-zåäöéü]+", question.text.lower())
    for i, word in enumerate(words):
        terms = set(tokenize(word))
        # Before the counted noun it describes ('hur många svenska elever') it is no subject taught.
        describes = question.counted and i + 1 < len(words) and fold(words[i + 1]).startswith(question.counted[:4])
        if terms and terms <= word_list_terms(_SCHOOL_SUBJECTS) and not describes and not any(
                weights.known(t) for t in terms):
            out.append(word)
    return out


def asked_per_head(text: str) -> str:
    """What a figure question asks the figure per: one of the heads lexicon.PER_HEAD_QUESTION_RE lists ('per elev'),
    else any other noun after 'per' that is no period or breakdown ('per deltagartillfälle'); '' for none.

    >>> asked_per_head("Vad kostar läxhjälpen per elev?"), asked_per_head("Vad får en förening per deltagartillfälle?")
    ('elev', 'deltagartillfälle')
    >>> asked_per_head("Hur många kvalitetsdialoger per termin blir det?"), asked_per_head("Hur många deltog per kön?")
    ('', '')
    """
    closed = lex.PER_HEAD_QUESTION_RE.search(text)
    if closed:
        return closed.group(1)
    open_head = lex.OPEN_PER_HEAD_QUESTION_RE.search(text)
    word = open_head.group(1).lower() if open_head else ""
    return "" if word in lex.RATE_NOT_ASKED_WORDS or lex.RATE_NOT_ASKED_RE.fullmatch(word) else word


def statistic_terms(question: Question) -> list[str]:
    """The statistic a figure question asks for, as terms, with the words the lexicon maps it to ('Hur hög var
    svarsfrekvensen …?' -> ['svarsfrekvens']): a figure's passage must speak of it, not only of the survey."""
    m = lex.STATISTIC_QUESTION_RE.search(question.text)
    if m is None:
        return []
    word = m.group(1)
    if word.lower() in lex.MEASURE_NOUNS:  # 'Hur stor är skillnaden i meritvärde …': how, not which figure
        return []
    mapped = [t for _, new, _ in expansions(word, question.language, frozenset()) for t in tokenize(new)]
    return list(dict.fromkeys([*tokenize(word), *mapped]))


def states_part(unit: Unit, group: str, whole: str) -> bool:
    """Whether a unit gives the count of `group` (folded) within a whole: where the question names the whole's
    number `whole`, as a part of that number ('8 av de 11 …', '…, varav 15 …'); else a part of any whole or a
    count of the group.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="sp", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="Noterbart är att 8 av de 11 i denna grupp är pojkar. Flickor 9, pojkar 11, totalt 20.")
    >>> [(states_part(u, "pojkar", "11"), states_part(u, "pojkar", "39"), states_part(u, "pojkar", ""))
    ...  for u in units_of(c)]
    [(True, False, True), (False, False, True)]
    >>> aims = Chunk(chunk_id="sp2", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...              end_line=1, text="Ett av målen är att flickorna ska trivas. En av de 12 flickorna slutade.")
    >>> [states_part(u, "flickor", "") for u in units_of(aims)]  # 'Ett av målen' is no part of the girls
    [False, True]
    """
    text = fold(unit.text)
    stem = inflection_stem(group)
    if stem not in text and stem not in fold(unit.context()):
        return False
    if not whole:
        return bool(lex.PART_FIGURE_RE.search(unit.text)) or states_count(unit, group)
    if not lex.PART_FIGURE_RE.search(unit.text):
        return False
    joined = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)  # '1 300' is one number
    return not whole or re.search(rf"(?<!\d){re.escape(whole)}(?!\d)", joined) is not None


def names_group(unit: Unit, group: str) -> bool:
    """Whether a unit or its context names a folded group ('utlandsk bakgrund'): every word of it, inflected, or a
    content word of five letters or more by its first five ('var frånvarande' for 'hög frånvaro'; review of int25: a
    paraphrase is the same group). A share of it may be said in any form ('87 procent av eleverna var behöriga'), so
    naming it is enough to keep a figure.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="ng", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="25 av de 40 eleverna var frånvarande mer än 15 procent. 12 av de 40 eleverna gick i årskurs 9.")
    >>> [names_group(u, "hog franvaro") for u in units_of(c)]
    [True, False]
    """
    text = fold(f"{unit.text} {unit.context()}")
    words = [w for w in group.split() if w not in lex.PREPOSITIONS]
    return all(re.search(rf"\b{re.escape(inflection_stem(w)[:max(4, len(inflection_stem(w)) - 1)])}", text)
               for w in words) or any(re.search(rf"\b{re.escape(w[:5])}", text) for w in words if len(w) >= 5)


# Words of a part's sentence that name no group of the set: its measure ('procent', 'andel') and its frame.
_NO_GROUP_STEMS = ("procent", "andel", "antal", "totalt")


def names_other_group(unit: Unit, group: str, noun: str) -> bool:
    """Whether a unit's part of a set names a group other than the folded asked `group` (the set's folded `noun`
    aside): a group word of another slot (lexicon.GROUP_WORDS), a grade, a programme, or a content word of five
    letters or more sharing no five-letter start with the asked group's words. Positive evidence that the part is of
    another group; a paraphrase of the asked one ('var frånvarande' for 'hög frånvaro') is none.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="nog", source="s", title="t", doc_type="rapport", heading_path=["Frånvaro i årskurs 9"],
    ...           start_line=1, end_line=1, text="x")
    >>> [names_other_group(Unit(t, c, 0, 1, 1, "sentence", "body"), "hog franvaro", "elev") for t in (
    ...  "15 av de 23 eleverna var frånvarande.", "8 av de 23 eleverna gick i årskurs 9.",
    ...  "3 av de 23 eleverna var pojkar.", "5 av de 23 eleverna kom in på ett nationellt program.")]
    [False, True, True, True]
    """
    text = unit.text
    asked = [w for w in group.split() if w not in lex.PREPOSITIONS]
    slots = {lex.GROUP_WORDS[w] for w in asked if w in lex.GROUP_WORDS}
    if any(slot not in slots and not fold(w).startswith(noun[:4])
           for w, slot in lex.GROUP_WORDS.items() if re.search(rf"\b{re.escape(w)}\b", text, re.I)):
        return True
    if lex.GRADE_RE.search(text) or re.search(r"\bprogram", fold(text)):
        return True
    return any(len(t) >= 5 and not t.isdigit() and not (noun and t.startswith(noun[:4]))
               and not t.startswith(_NO_GROUP_STEMS) and not any(t[:5] == w[:5] for w in asked)
               for t in tokenize(text))


def part_of_set(unit: Unit, group: str, whole: str, noun: str) -> bool:
    """Whether a unit gives a part of the asked set ('8 av de 23 eleverna kom …': of its number `whole`, else a part
    naming the set's noun) that is of another group than the asked one (folded `group` not in it).

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="ps", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="8 av de 23 eleverna kom in på ett nationellt program. Tre av de tio eleverna hade adhd.")
    >>> [(part_of_set(u, "utlandsk bakgrund", "23", "elev"), part_of_set(u, "adhd", "", "elev")) for u in units_of(c)]
    [(True, True), (False, False)]
    """
    text = fold(unit.text)
    if inflection_stem(group) in text or not lex.PART_FIGURE_RE.search(unit.text):
        return False
    if whole:
        joined = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)
        return re.search(rf"\bav\s+(?:de\s+|dem\s+|dessa\s+|alla\s+)?{re.escape(whole)}(?!\d)", joined) is not None
    return bool(noun) and re.search(rf"\b{re.escape(noun)}", text) is not None


# The words a question asking a figure per head frames it with ('Vad kostar …', 'hur mycket pengar …').
_PER_HEAD_FRAME = ("kost", "pris", "belopp", "mycket", "pengar", "summa", "avgift")
_PER_WORDS = frozenset({"per", "varje", "var"})


def _term_stem(term: str) -> str:
    """The stem a term is met by: a long word less its last two letters (at least five kept), so inflected and
    compound forms ('Sommarskola' for 'sommarskolan') count."""
    return term[: max(5, len(term) - 2)] if len(term) > 5 else term


def says_stem(text: str, term: str) -> bool:
    """Whether `text` has a word beginning with `term`'s stem (as names_term, in this text only)."""
    stem = _term_stem(term)
    return re.search(r"\b" + re.escape(fold(stem)), fold(text)) is not None


def names_asked(unit: Unit, term: str, document_text: Callable[[Chunk], str] | None, near: bool = False) -> bool:
    """names_term, or the unit names the thing by another name its own document gives it ('bistånd' under
    'Ekonomiskt bistånd' for 'försörjningsstöd' where the report writes 'ekonomiskt bistånd (försörjningsstöd)':
    grounding/glosses.py)."""
    return names_term(unit, term, near) or (
        document_text is not None and names_glossed(unit, term, document_text(unit.chunk)))


def names_term(unit: Unit, term: str, near: bool = False) -> bool:
    """Whether a unit's passage (its chunk), its context, its headings or its document title have a word that
    begins with `term` (a stem: 'sommarskolan' is met by 'Sommarskola', and as the start of a compound). The
    passage counts: a group named once ('… benämns grön, gul respektive rosa grupp') is what its figures are of.
    `near`: of the rest of the passage only the unit just before counts ('Dessa 8 elever blev behöriga …' is no
    count of summer-school pupils because a later sentence of its paragraph names sommarskola)."""
    c = unit.chunk
    stem = _term_stem(term)
    pattern = re.compile(r"\b" + re.escape(stem))
    # Each piece folded on its own: the fold cache then holds one entry per chunk, not one per unit.
    pieces = (unit.text, unit.context(), c.heading_path_text, c.title)
    if any(pattern.search(fold(piece)) for piece in pieces):
        return True
    if names_parts(fold(unit.text), term):  # the unit's own words only: its passage may name anything
        return True
    if near:  # (another item of its list names another item's thing: '1. Simkurser …' over '2. Läxläsning för 14 …')
        units = units_of(c)
        before = units[unit.seq - 1] if 0 < unit.seq <= len(units) else None
        if unit.is_label and any(pattern.search(fold(u.text)) for u in _under_label(unit)):
            return True  # a heading's figure ('3 Hur går det? (3 timmar)') is of the passage it heads
        if before is not None and not (unit.is_item and before.is_item) and \
                pattern.search(fold(before.text)) is not None:
            return True
        return refers_back(unit, term)
    return pattern.search(fold(c.text)) is not None and pattern.search(fold(_passage_outside_siblings(unit))) is not None


# The shortest first and last part of a compound a text may write apart ('lärar|stöd' as 'Stöd till lärare').
COMPOUND_PART_MIN_FIRST = 4
COMPOUND_PART_MIN_LAST = 4


def refers_back(unit: Unit, term: str) -> bool:
    """Whether a unit names a compound term by its last part after an earlier unit of its passage named it whole:
    Swedish names a thing once in full and then by its head ('… skickades en utvärderingsenkät ut …' then 'På den
    första enkäten … kom 19 svar in'), so the head there is the compound. Only an earlier unit counts (a head
    before the compound is named is another thing's), and only a last part of COMPOUND_PART_MIN_LAST letters.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="rb", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="Första enkäten fick 4 svar. Sedan skickades en utvärderingsenkät ut. På enkäten kom 19 svar in.")
    >>> [refers_back(u, "utvarderingsenkat") for u in units_of(c)]
    [False, False, True]
    """
    stem = fold(term)
    earlier = units_of(unit.chunk)[: unit.seq]
    whole = re.compile(r"\b" + re.escape(_term_stem(stem)))
    if not any(whole.search(fold(u.text)) for u in earlier):
        return False
    own = fold(unit.text)
    return any(re.search(r"\b" + re.escape(stem[cut:]), own)
               for cut in range(COMPOUND_PART_MIN_FIRST, len(stem) - COMPOUND_PART_MIN_LAST + 1))


def names_parts(folded: str, term: str) -> bool:
    """Whether a folded text writes a compound term apart as Swedish does: its last part, a preposition (and at
    most a determiner), then its first part as a word of its own ('lärarstödet' is the budget line 'Stöd till
    lärare', 'datorproblem' is 'problem med datorerna'). The first part must be a whole word with at most an
    inflection ('lärare', 'datorerna'), not the start of another compound; two word-starts anywhere ('under
    sommaren hade skolan' for 'sommarskol') are no compound.

    >>> names_parts("stod till larare, enhet 2 264 tkr", "lararstod"), names_parts("stod till rektor", "lararstod")
    (True, False)
    >>> names_parts("under sommaren hade skolan 45", "sommarskol"), names_parts("lararna stod for 20", "lararstod")
    (False, False)
    """
    stem = fold(term)
    links = "|".join(fold(w) for w in lex.COMPOUND_APART_PREPOSITIONS)
    determiners = "|".join(fold(w) for w in lex.COMPOUND_APART_DETERMINERS)
    endings = "|".join(sorted({fold(a + b) for a in ("", *lex.COMPOUND_FIRST_PART_ENDINGS) for b in lex.INFLECTIONS},
                              key=len, reverse=True))
    for cut in range(COMPOUND_PART_MIN_FIRST, len(stem) - COMPOUND_PART_MIN_LAST + 1):
        first, last = stem[:cut], stem[cut:]
        # the last part less the term's own inflection ('lärarstöd|et' is met by 'Stöd till lärare')
        last = min((last[: len(last) - len(e)] for e in lex.INFLECTIONS
                    if last.endswith(e) and len(last) - len(e) >= COMPOUND_PART_MIN_LAST), key=len)
        pattern = (rf"\b{re.escape(last)}\w*\s+(?:{links})\s+(?:(?:{determiners})\s+)?"
                   rf"{re.escape(first)}(?:{endings})\b")
        if re.search(pattern, folded):
            return True
    return False


def _under_label(unit: Unit) -> list[Unit]:
    """The units a heading line heads: those after it in its chunk, up to the next heading line."""
    out: list[Unit] = []
    for u in units_of(unit.chunk)[unit.seq + 1:]:
        if u.is_label and not u.text.rstrip().endswith(":"):
            break
        out.append(u)
    return out


def _passage_outside_siblings(unit: Unit) -> str:
    """A unit's chunk without the other items of its list (those it leads into, and those above it at a shallower
    level, stay): sibling items are parallel things, so '5. Ledarutbildning för 12 tjejer' is no figure of the padel
    named in item 2 of the same list."""
    if not unit.is_item:
        return unit.chunk.text
    keep = {u.unit_id for u in items_led_by(unit)}
    lines = unit.chunk.text.split("\n")
    for item in list_of(unit):
        if item is unit or item.unit_id in keep or (item.depth < unit.depth and item.line < unit.line):
            continue
        for i in range(item.line, item.line + item.end_line - item.start_line + 1):
            if 0 <= i < len(lines):
                lines[i] = ""
    return "\n".join(lines)


def says_more_than(unit: Unit, named: Sequence[Subject]) -> bool:
    """Whether a unit says something beyond naming the subject: 'Hjo kommun, maj 2025.' (a signature line, a
    member list entry) is no evidence about Hjo."""
    names = {t for s in named for t in fold(s.text).replace("#", " ").split()}
    words = [w for w in re.findall(r"[a-zåäöéü]+", fold(unit.text)) if w not in names and w not in _SIGNATURE_WORDS]
    return len(words) >= 2


_SIGNATURE_WORDS = frozenset(fold(w) for w in (*lex.MONTHS, *lex.SIGNATURE_WORDS))


@dataclass(frozen=True)
class Period:
    """A part of a year a question or passage names: a season or term ('vår'), or a month ('oktober'), with its
    year when given ('våren 2025' -> Period('vår', '2025'), 'november–december' -> two periods)."""

    part: str
    year: str = ""
    text: str = ""  # as written, for the refusal ('höstterminen 2024')

    def holds(self, other: Period) -> bool:
        """Whether a figure dated `other` is a figure of this part: the same part (a season also by a month within
        it), and the same year when both give one. A month asked is not answered by its season."""
        if self.year and other.year and self.year != other.year:
            return False
        return other.part == self.part or other.part in lex.MONTH_SEASONS and self.part in lex.MONTH_SEASONS[other.part]


def periods(text: str) -> list[Period]:
    """The parts of a year `text` names ('våren 2025', '4 eller 5 maj 2020', 'november–december').

    >>> [(p.part, p.year) for p in periods("Under höstterminen 2024 hade 38 elever hög frånvaro, i maj 2020 färre.")]
    [('höst', '2024'), ('maj', '2020')]
    >>> [(p.part, p.year) for p in periods("Under VT 2025 hade 25 elever hög frånvaro, vårterminens mål nåddes.")]
    [('vår', '2025'), ('vår', '')]
    >>> [(p.part, p.year) for p in periods("Inbjudan till workshops november–december")]
    [('november', ''), ('december', '')]
    >>> Period("vår", "2025").holds(Period("februari", "2025")), Period("oktober", "2020").holds(Period("höst", "2020"))
    (True, False)
    """
    out = []
    for m in lex.PERIOD_RE.finditer(text):
        year = m.group("year") or ""
        for word in filter(None, (m.group("part"), m.group("part2"))):
            word = word.lower()
            out.append(Period(lex.SEASON_PARTS.get(word, word), year, m.group(0)))
    return out


def _dated_periods(text: str) -> list[Period]:
    """The parts of a year `text` is dated by: those it names (`periods`) and the months of the calendar days it
    writes in figures ('2020-10-14', '14/10 2020'). A span's months between its ends are not read: a series
    'september 2020 – januari 2021' does not say what was done in oktober 2020.

    >>> [(p.part, p.year) for p in _dated_periods("Mötet 2020-10-14 och den 14/11 2020")]
    [('oktober', '2020'), ('november', '2020')]
    """
    found = periods(text)
    for d in days(text):
        found.append(Period(lex.MONTH_NAMES[d.month - 1], str(d.year) if d.year else "", text))
    return found


def dated_by(unit: Unit) -> list[Period]:
    """The parts of a year a unit is dated by: its own, else its paragraph's before it (a sentence's), else its list
    intro's, sub-heading's or headings' ('1 december: … (26 deltagare)' under 'Inbjudan till workshops
    november–december')."""
    before = _paragraph_before(unit.chunk.text, unit.text) if unit.kind == "sentence" else ""  # an item: its intro
    levels = [_own_years(unit.text), _own_years(before), f"{unit.context()} {unit.chunk.heading_path_text}"]
    for i, text in enumerate(levels):
        found = _dated_periods(text)
        if found:
            # A month without its year ('1 december: …') takes the year its paragraph or headings give.
            year = next((m.group(0) for t in levels[i:] for m in [lex.YEAR_RE.search(t)] if m), "")
            return [p if p.year else Period(p.part, year, p.text) for p in found]
    return []


def other_month_done(pool: Sequence[Scored], asked: Sequence[Period], terms: Sequence[str]) -> list[Scored]:
    """The units of `pool` that tell of something done ('hölls', 'beslutade', lexicon.DONE_ON_DAY_RE) of the asked
    kind (naming one of `terms`, the question's words beside its frame and date: 'möte') dated by other months than
    the asked ones. [] when any unit of the pool, or its document's title, is dated in an asked month, or a unit
    telling of something of that kind done is dated by a part of the year that holds one ('hösten 2020' for oktober
    2020): only a dated act of the same kind in another month is evidence the asked one is not there.

    >>> from assistant.schema import Chunk
    >>> def unit(text): return Scored(units_of(Chunk(chunk_id=text, source="s", title="t", doc_type="",
    ...                                heading_path=[], text=text, start_line=1, end_line=1))[0], 1.0, 1.0, 0.0)
    >>> asked = periods("i oktober 2020")
    >>> [len(other_month_done([unit(t)], asked, ["mot"])) for t in ("Den 2 juni 2020 hölls ett digitalt möte.",
    ...  "Den 14 oktober 2020 hölls ett möte.", "Mötet hölls 2020-10-14.", "Ett möte hölls under hösten 2020.",
    ...  "Nätverket träffas varje månad.", "Den 2 juni 2020 hölls en workshop.")]
    [1, 0, 0, 0, 0, 0]
    """
    other = []
    for s in pool:
        dated = dated_by(s.unit)
        titled = _dated_periods(f"{s.unit.chunk.title} {s.unit.chunk.source}")
        if any(m.holds(d) for d in dated + titled for m in asked):
            return []
        if not dated or not lex.DONE_ON_DAY_RE.search(f"{s.unit.text} {s.unit.context()}") or not any(
                _says_word(f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text}", t) for t in terms):
            continue
        if any(d.holds(m) for d in dated for m in asked):
            return []
        other.append(s)
    return other


def event_terms(question: Question) -> list[str]:
    """The deed a question on what was done names, folded stems a unit telling of the same kind of act has: its
    verb, where the frame's verb is one (lexicon.DEED_VERB_STEMS: 'Vad beslutade …' -> 'beslut'), and the events
    it names (lexicon.EVENT_NOUN_STEMS, also as a compound's head: 'nätverksmötet' -> 'mote'). [] for a generic
    'Vad hände …': any act dated in another month is then no evidence of another kind of act (review of int25).

    >>> from assistant.grounding.question import analyse
    >>> [event_terms(analyse(q)) for q in ("Vad kom man fram till på mötet i rektorsnätverket i oktober 2020?",
    ...  "Vad beslutade barn- och utbildningsnämnden i mars 2024?", "Vad hände i skolan i oktober 2020?",
    ...  "Vad diskuterades på nätverksträffen i maj 2021?")]
    [['mote'], ['beslut'], [], ['diskuter', 'traff']]
    """
    m = lex.DAY_CONTENT_QUESTION_RE.search(question.cue_text)
    if m is None:
        return []
    verb = fold(m.group(0)).split()[-1] if m.group(0).split() else ""
    deeds = [stem for start, stem in lex.DEED_VERB_STEMS if verb.startswith(start)][:1]
    for word in re.findall(r"[a-zåäöé]+", fold(question.cue_text[m.end():]).lower()):
        if word.startswith("arskurs"):  # a grade, no course
            continue
        deeds += [stem for stem in lex.EVENT_NOUN_STEMS
                  if re.search(rf"{stem}\w{{0,4}}$", word) and stem not in deeds]  # the word's head, inflected
    return deeds


# How many of the best units, and how close to the best, are read for the school form a question asks of.
FORM_POOL = 8
# A grade is placed by the best units and those nearly as good: the sentence that names the grades of a report's
# pupils ('behöriga i årskurs 6 och i årskurs 9') is seldom the one closest to the question's other words.
GRADE_POOL = 8
# The best units read for one that tells what was done on an asked day.
DAY_POOL = 8
GRADE_CLOSE = 0.7
FORM_CLOSE = 0.9


def list_at(unit: Unit) -> list[Unit]:
    """The items of the list a unit is an item of, or leads into with its closing ':' (its next units in its chunk)."""
    if unit.is_item:
        return list_of(unit)
    if not unit.text.rstrip().endswith(":"):
        return []
    following = units_of(unit.chunk)[unit.seq + 1:]
    return list_of(following[0]) if following and following[0].is_item else []


def speaks_of_form(unit: Unit, form: str, document_text: Callable[[Chunk], str] | None = None) -> bool:
    """Whether a unit's passage, headings, title or document speak of a school form (lexicon.SCHOOL_FORMS) or of a
    stage or grade inside it ('eleverna i åk 9' is grundskola), or of every school form. A document is read whole:
    its scope is often said once ('Rapporten gäller grundskolans högstadium'), never in each passage.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="f", source="r.md", title="Rapport", doc_type="rapport", heading_path=["Resultat"],
    ...               text="Av eleverna i åk 9 var 236 behöriga.", start_line=1, end_line=1)
    >>> unit = Unit(chunk.text, chunk, 0, 1, 1, "sentence", "body")
    >>> [speaks_of_form(unit, f) for f in ("grundskola", "högstadiet", "lågstadiet", "förskola")]
    [True, True, False, False]
    >>> school = Chunk(chunk_id="f6", source="s.md", title="Skolplan", doc_type="plan", heading_path=[],
    ...                text="Ekbyskolan är en F–6-skola.", start_line=1, end_line=1)  # a range: each stage it spans
    >>> [speaks_of_form(Unit(school.text, school, 0, 1, 1, "sentence", "body"), f)
    ...  for f in ("lågstadiet", "mellanstadiet", "högstadiet")]
    [True, True, False]
    >>> named = Chunk(chunk_id="fn", source="trygghetsplan-fritidshemmet-ugglan.docx", title="Trygghetsplan",
    ...               doc_type="plan", heading_path=[], text="Barnen leker i nya grupper.", start_line=1, end_line=1)
    >>> [speaks_of_form(Unit(named.text, named, 0, 1, 1, "sentence", "body"), f) for f in ("fritidshem", "förskola")]
    [True, False]
    """
    c = unit.chunk
    text = " ".join([c.text, c.heading_path_text, c.title, document_text(c) if document_text is not None else ""])
    if re.search(lex.SCHOOL_FORMS[form][1], text, re.I) or lex.ALL_SCHOOL_FORMS_RE.search(text):
        return True
    # A file name names what its document is about as its title does ('trygghetsplan-fritidshemmet-ugglan.docx'),
    # written without diacritics: it is read folded.
    return bool(re.search(fold(lex.SCHOOL_FORMS[form][1]), fold(file_name_words(c.source))))


def other_scope(text: str, asked: Sequence[tuple[str, str]]) -> bool:
    """Whether `text` places an asked group in another unit than the asked one, and does not name the asked one:
    ('medarbetare', 'hemtjänsten') against '42 medarbetare inom socialtjänsten' (lexicon.GROUP_SCOPE_RE).

    >>> other_scope("Under våren utbildades 42 medarbetare inom socialtjänsten.", [("medarbetare", "hemtjänsten")])
    True
    >>> other_scope("Under våren utbildades 42 medarbetare inom socialtjänsten.", [("medarbetare", "socialtjänst")])
    False
    """
    told = lex.GROUP_SCOPE_RE.findall(text)
    for noun, unit in asked:
        if says_stem(text, fold(unit)):
            continue
        if any((fold(n).startswith(_term_stem(fold(noun))) or fold(noun).startswith(_term_stem(fold(n))))
               and not says_stem(u, fold(unit)) for n, u in told):
            return True
    return False


def forms_named(text: str) -> frozenset[str]:
    """The school forms and stages a text itself names (lexicon.SCHOOL_FORMS, as documents speak of them: 'i
    förskoleklass och lågstadiet' names förskoleklass, lågstadiet and so grundskola).

    >>> sorted(forms_named("Garantin gäller i förskoleklass och lågstadiet."))
    ['förskoleklass', 'grundskola', 'lågstadiet']
    """
    return frozenset(form for form, (_, speaks) in lex.SCHOOL_FORMS.items() if re.search(speaks, text, re.I))


def form_within(asked: str, named: frozenset[str]) -> bool:
    """Whether the asked form is among those named, or inside one of them (a stage of the grundskola it names)."""
    return asked in named or any(asked in lex.SCHOOL_FORM_PARTS.get(form, ()) for form in named)


def covers(unit: Unit, subject: Subject, section_text: Callable[[Chunk], str] | None = None,
           document_text: Callable[[Chunk], str] | None = None) -> bool:
    """Whether a unit speaks of `subject`: in its passage (chunk) or section path, or its document's title or year
    (a year range counts only in the passage: a 2024–2027 strategy is not about 2026; the year itself may stand
    anywhere in the section). A name may
    also be set once for a whole section (an appendix about one municipality): `section_text` gives the text
    of the chunk's top-level section.

    The document's year counts only for a section that gives no year of its own: an appendix that follows pupils
    in 2018–2019, in a report published 2021, has no figures about 2021.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="covers", source="r.md", title="Rapport", doc_type="rapport", heading_path=[],
    ...               text="Av årskullens 313 elever var 236 behöriga.", start_line=1, end_line=1, year=2021)
    >>> unit = Unit(chunk.text, chunk, 0, 1, 1, "sentence", "body")
    >>> dated = lambda c: "Under 2018 och 2019 följde förvaltningen upp en årskull. " + c.text
    >>> covers(unit, Subject("2021", "year"), dated), covers(unit, Subject("2019", "year"), dated)
    (False, True)
    >>> covers(unit, Subject("2021", "year"), lambda c: "Förvaltningen följde upp en årskull. " + c.text)
    True
    """
    c = unit.chunk
    if subject.kind == "year":  # a year may be set once for a passage ("Våren 2021 fick …") or a section
        own = _own_years(unit.text)
        if not lex.YEAR_RE.search(own):  # or the paragraph dates it before it: 'I juni 2016 … Tillsynen visade …'
            own = _own_years(_paragraph_before(c.text, unit.text))
        if lex.YEAR_RE.search(own) and not subject_is_covered(subject, [own]):
            return False  # the unit is dated otherwise: 'I juni 2016 avslutade …' is not about 2019
        # The document's year dates a passage only when its section gives none of its own: an appendix dated 2019
        # in a report published 2021 is not about 2021.
        section = section_text(c) if section_text is not None else ""
        dated = lex.YEAR_RE.search(_own_years(lex.CITED_YEAR_RE.sub(" ", section)))
        exact = [c.title] + ([] if dated else [str(c.year or "")])
        # … unless the passage dates itself otherwise: 'I juni 2016 avslutar Skolinspektionen tillsynen' is not
        # about 2019 because the report's chapter mentions 2019.
        # The passage is the unit's own part of its chunk: a chunk that runs on into the next sub-section
        # ('Resultat' … '## Anmälan till sommarskolan 2025') does not date the results by the next one's year.
        passage = own_section_text(unit)
        if section_text is not None and not lex.YEAR_RE.search(lex.CITED_YEAR_RE.sub(" ", passage)):
            exact.append(section_text(c))
        return subject_is_covered(subject, [passage, c.heading_path_text], exact_years=exact)
    texts = [c.text, c.heading_path_text, c.title, c.publisher, file_name_words(c.source)]
    return subject_is_covered(subject, texts) or named_only_at_top(subject, c, document_text) or \
        named_by_its_head(subject, c, document_text) or (
        section_text is not None and is_place(subject) and subject_is_covered(subject, [section_text(c)])
        and not names_other_body(f"{c.heading_path_text} {c.title}", subject))


def own_section_text(unit: Unit) -> str:
    """The text of `unit`'s chunk that stands in the unit's own section: a chunk that holds the end of one
    sub-section and the start of the next gives only the lines under the unit's heading.

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="own-section", source="s.md", title="Sommarskola", doc_type="övrigt",
    ...               heading_path=["Sommarskola", "Resultat"], start_line=1, end_line=3,
    ...               text="Fler läser nu.\\nAnmälan 2025\\nAnmäl senast i maj.",
    ...               line_spans=[(1, 1), (2, 2), (3, 3)], line_roles=["p", "hs", "p"])
    >>> own_section_text(units_of(chunk)[0])
    'Fler läser nu.'
    """
    units = units_of(unit.chunk)
    own = [u.text for u in units if u.section_heading == unit.section_heading]
    return "\n".join(own) if own and len(own) < len(units) else unit.chunk.text


def named_by_its_head(subject: Subject, chunk: Chunk, document_text: Callable[[Chunk], str] | None) -> bool:
    """Whether the passage speaks of the organisational unit `subject` by its head noun alone ('Förvaltningen
    bedömer …', 'Förvaltningens förslag' for 'fritidsförvaltningen'), in a document that names that unit and no
    other of its kind: there 'förvaltningen' can only be that one. A document naming two förvaltningar leaves the
    bare word open, and one that never names the asked unit is of another.

    >>> from assistant.schema import Chunk
    >>> doc = ("Nämnden gav fritidsförvaltningen i uppdrag att följa upp stödet.\\n"
    ...        "Förvaltningen bedömer att stödet gynnar pojkar.")
    >>> chunk = Chunk(chunk_id="head", source="p.txt", title="Protokoll", doc_type="övrigt", heading_path=[],
    ...               text="Förvaltningen bedömer att stödet gynnar pojkar.", start_line=2, end_line=2)
    >>> [named_by_its_head(Subject(u, "unit"), chunk, lambda c: doc) for u in ("fritidsförvaltningen",
    ...  "socialförvaltningen")]
    [True, False]
    >>> named_by_its_head(Subject("fritidsförvaltningen", "unit"), chunk, lambda c: doc + " Socialförvaltningen …")
    False
    """
    head = lex.ORG_UNIT_HEAD_RE.search(subject.text)
    if subject.kind != "unit" or document_text is None or head is None or head.start() < 3:
        return False
    noun = head.group(1).lower()
    if not re.search(rf"\b{noun}(?:en|et)s?\b", f"{chunk.text}\n{chunk.heading_path_text}", re.I):
        return False
    named = _units_named(document_text(chunk))
    return {n for n in named if n.endswith(noun)} == {_org_base(subject.text)}


def _org_base(name: str) -> str:
    """An organisational unit's name without its definite or genitive ending, lower case ('fritidsförvaltningens'
    -> 'fritidsförvaltning')."""
    return re.sub(r"(?:en|et)?s?$", "", name.lower()) if lex.ORG_UNIT_HEAD_RE.search(name) else name.lower()


@lru_cache(maxsize=64)
def _units_named(text: str) -> frozenset[str]:
    """The organisational units `text` names, as `_org_base` gives them."""
    return frozenset(_org_base(m.group(1).split()[-1]) for m in lex.ORG_UNIT_RE.finditer(text))


def named_only_at_top(subject: Subject, chunk: Chunk, document_text: Callable[[Chunk], str] | None) -> bool:
    """Whether the document names `subject` once, at its top ('Förskolan Lärkan, Lindås kommun' under a plan's
    title) and nowhere in its body: then the whole document is about it, and every passage speaks of it. A name the
    body uses again (a report about several municipalities) places only the passages that name it."""
    if document_text is None:
        return False
    text = document_text(chunk)
    top = opening(text)
    rest = text.split(top.rsplit("\n", 1)[-1], 1)[-1] if top else text
    return subject_is_covered(subject, [top]) and not subject_is_covered(subject, [rest])


# How much of a document's start counts as its opening: its first lines, up to so many characters.
OPENING_LINES = 3
OPENING_CHARS = 300


def opening(text: str) -> str:
    r"""A document's first few non-blank lines, where it names whom it is about.

    >>> opening("Plan mot kränkande behandling\n\nFörskolan Lärkan, Lindås kommun\nSyfte\nText").split("\n")
    ['Plan mot kränkande behandling', 'Förskolan Lärkan, Lindås kommun', 'Syfte']
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n".join(lines[:OPENING_LINES])[:OPENING_CHARS]


def file_name_words(source: str) -> str:
    """A file name's words ('uppladdad/plan-forskolan-larkan-2025.docx' -> 'plan forskolan larkan 2025'), which
    folded compare as the document's words do.

    >>> file_name_words("uppladdad/plan-forskolan-larkan-2025.docx")
    'plan forskolan larkan 2025'
    """
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[-_.]+", " ", stem).strip()


def is_place(subject: Subject) -> bool:
    """Whether a named subject is a place or body (a municipality, county, school, 'X kommun'): one a report may
    name once for a whole section. A project, programme or person named elsewhere in the section is not what
    a passage that does not name it is about ('Vad tyckte föräldrarna om Plugga vidare?' is not answered by what
    parents said in interviews a chapter away from the project).

    >>> [is_place(Subject(t, "name")) for t in ("Karlskoga", "Region Östergötland", "Skåne", "Björkskolan",
    ...  "Plugga", "Lasse Jansson", "#jagmed")]
    [True, True, True, True, False, False, False]
    """
    folded = subject.folded
    return bool(name_kind(folded)) or folded.endswith(_SCHOOL_ENDINGS) or _place_name_re().search(folded) is not None


_SCHOOL_ENDINGS = tuple(fold(e) for e in lex.SCHOOL_NAME_ENDINGS)


@lru_cache(maxsize=1)
def _place_name_re() -> re.Pattern[str]:
    """Municipality, county and province names in folded text."""
    names = sorted({fold(n) for n in (*lex.MUNICIPALITIES, *lex.COUNTY_NAMES)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _own_years(text: str) -> str:
    """`text` without the years it cites or compares with ('Skolverket (2019)', 'jämfört med 2017'): what is
    left dates it."""
    return lex.COMPARED_YEAR_RE.sub(" ", lex.AUTHOR_YEAR_RE.sub(" ", text))


def _paragraph_before(text: str, part: str) -> str:
    """The text of `text`'s paragraph up to where `part` begins ('' when `part` is not found in it)."""
    at = text.find(part[:60])
    if at <= 0:
        return ""
    return text[text.rfind("\n\n", 0, at) + 1: at]


def names_other_body(heading: str, subject: Subject) -> bool:
    """Whether a passage's headings name another body of the kind `subject` names ('Bilaga 1: … (Region
    Östergötland)' for 'Örebro län'): a report about several places is about that one there, whatever else it
    names elsewhere.

    >>> names_other_body("Bilaga 1: #jagmed (Region Östergötland) › Resultat", Subject("Örebro län", "name"))
    True
    >>> names_other_body("Bilaga 2: Region Örebro län › Resultat", Subject("Örebro län", "name"))
    False
    >>> names_other_body("Bilaga 2: Progression 02 (Karlskoga kommun)", Subject("Degerfors", "name"))
    True
    """
    kind = name_kind(subject.folded) or ("kommun" if subject.folded in _MUNICIPALITY_FOLDS else "")
    if not kind:
        return False
    own = name_words(subject.folded)
    return any(not all(w in fold(m.group(0)) for w in own) for m in lex.BODY_NAME_RES[kind].finditer(heading))


_MUNICIPALITY_FOLDS = frozenset(fold(n) for n in lex.MUNICIPALITIES)


def has_figure(text: str, question: Question) -> bool:
    """A figure of the asked kind: an amount for a cost question, a year or date for 'när', else a count
    (a number that is not a year, a date or a list item's number, or a number word).

    >>> from assistant.grounding.question import analyse
    >>> q = analyse("Hur många timmar modersmålsstöd ger skolan?")
    >>> has_figure("1. Erbjud modersmålsstöd.", q), has_figure("Eleverna får 2 timmar i veckan.", q)
    (False, True)
    >>> has_figure("Skolan är inte skyldig att initiera SIP (samordnad individuell plan)34.", q)
    False
    >>> has_figure("Rapport elevenkät 2016 [se BUN 2016-05-16 §50] (BUN 2016.02334).", q)
    False
    >>> has_figure("Uppskattningsvis ett sjuttiotal verksamheter har kontaktats.", analyse("Hur många har kontaktats?"))
    True
    >>> weeks = analyse("Hur många veckor går det mellan handledningsträffarna?")  # another unit of time answers
    >>> has_figure("Handledningsträffar sker varannan månad.", weeks), has_figure("Det sker 12 gånger.", weeks)
    (True, True)
    >>> has_figure("Fem mentorer deltar i handledningsträffarna.", weeks)
    False
    >>> has_figure("Handledningsträffar sker varannan månad.", analyse("Hur många månader pågick kursen?"))
    False
    >>> young = analyse("Hur många ungdomar deltog?")
    >>> has_figure("Gymnasienämnden ansvarar för ungdomar (16-20 år) som avbrutit gymnasiet.", young)
    False
    >>> has_figure("Frånvaron har följts upp läsårsvis 2015/16 och 2016/17.", young)
    False
    >>> has_figure("De har (1) fått kunskap om skolavhopp och (2) påbörjat ett arbete med unga.", young)
    False
    >>> long = analyse("Hur lång tid tog sommarskolan?")
    >>> has_figure("Sista dag för anmälan är den 15 april.", long), has_figure("Den pågick 17 juni–5 juli.", long)
    (False, True)
    >>> cost = analyse("Kostade det något att delta i workshopen?")
    >>> has_figure("Workshopen hölls i maj.", cost), has_figure("Workshopen är kostnadsfri.", cost)
    (False, True)
    >>> deadline = analyse("När var sista anmälningsdag till kursen?")
    >>> has_figure("Kursen startar vårterminen 2022.", deadline), has_figure("Anmäl dig senast den 24/4.", deadline)
    (False, True)
    >>> since = analyse("Hur länge har skolan haft elevcoacher?")  # a start answers how long it has gone on
    >>> has_figure("Elevcoacherna (som startade 2014) finns på skolan.", since), has_figure("Coacher finns.", since)
    (True, False)
    >>> has_figure("Projektet startade 2014.", analyse("Hur länge pågick projektet?"))
    False
    >>> often = analyse("Hur ofta träffas nätverket?")  # how often, not how many meetings
    >>> has_figure("Under hösten hölls fyra träffar.", often), has_figure("Det träffas vid två tillfällen.", often)
    (False, True)
    >>> rate = analyse("Hur ofta klarar pojkarna behörighet till gymnasiet?")  # a rate: a share answers
    >>> has_figure("Av pojkarna var 78 procent behöriga.", rate), has_figure("Av dem var 78 procent.", often)
    (True, False)
    >>> level = analyse("Hur hög var frånvaron bland flickorna 2020?")
    >>> has_figure("Samband mellan övergången från årskurs 6 till årskurs 7.", level), has_figure("Den var 12 %.",
    ...                                                                                            level)
    (False, True)
    >>> share = analyse("Hur stor andel av lärarna är legitimerade?")
    >>> has_figure("Många lärarbyten i årskurs 7.", share), has_figure("Hälften av lärarna är legitimerade.", share)
    (False, True)
    """
    if question.money:  # an amount, or that it cost nothing ('Workshopen är kostnadsfri')
        return bool(lex.MONEY_RE.search(text) or lex.FREE_OF_CHARGE_RE.search(text))
    if lex.SHARE_QUESTION_RE.search(question.text):  # a share: a percentage, 'x av y' or a share word
        return bool(lex.PERCENT_RE.search(text) or lex.SHARE_RE.search(text))
    if question.date and lex.DAY_QUESTION_RE.search(question.text):  # a deadline is a day, not a year or term
        return bool(lex.DAY_RE.search(text))
    if question.date:
        return bool(lex.YEAR_RE.search(text) or lex.DATE_RE.search(text))
    if lex.SINCE_QUESTION_RE.search(question.text) and lex.START_RE.search(text):
        return True  # 'hur länge har …' is answered by when it began ('från och med våren 2019', 'startade 2008')
    if lex.TIME_COUNT_QUESTION_RE.search(question.text):
        # A length in any unit of time; the time between recurring things also by how often ('hur många veckor
        # mellan handledningsträffarna' is answered by 'varannan månad', 'hur många månader pågick …' is not).
        return bool(lex.DURATION_RE.search(text) or (lex.BETWEEN_TIMES_RE.search(question.text)
                                                     and lex.FREQUENCY_RE.search(text)))
    if lex.DURATION_QUESTION_RE.search(question.text):
        return bool(lex.DURATION_RE.search(text))  # 'hur lång tid tog …' is not answered by 'den 15 april 2025'
    if lex.FREQUENCY_QUESTION_RE.search(question.text) and (lex.FREQUENCY_RE.search(text)
                                                            or lex.DURATION_RE.search(text)):
        return True  # 'hur ofta/hur länge' is answered by 'varje vecka', 'en gång per termin', 'drygt ett år'
    if lex.HOW_OFTEN_RE.search(question.text):
        # 'hur ofta' needs how often ('vid två tillfällen'), not a count of the meetings ('fyra träffar i nätverket');
        # asked as a rate, with no verb of a recurring activity ('Hur ofta klarar pojkarna …?'), a share answers
        if lex.OCCASIONS_RE.search(text):
            return True
        return not lex.RECURRENCE_VERB_RE.search(question.text) and \
            bool(lex.PERCENT_RE.search(text) or lex.SHARE_RE.search(text))
    text = count_text(text, question.counted)
    if not question.counted and lex.STATISTIC_QUESTION_RE.search(question.text):
        # A level asked ('Hur hög var frånvaron …?') is no grade: 'övergången från årskurs 6 till årskurs 7' gives
        # none (blind12 V55), as a grade gives no count (counts.count_text).
        text = lex.GRADE_RE.sub(" ", text)
    numbers = [n for n in re.findall(r"\d+(?:[ ,.]\d+)*", text) if not lex.YEAR_RE.fullmatch(n.strip())]
    return bool(numbers) or bool(lex.NUMBER_WORD_RE.search(text))


def unit_has_figure(unit: Unit, question: Question) -> bool:
    """has_figure on a unit's figures; for 'hur många timmar/veckor …' also a bare number whose unit of time its
    row's cells, its context or its table's column names give ('| Läxhjälp | Timmar per vecka | 4 |')."""
    if has_figure(figure_text(unit), question):
        return True
    asked = lex.TIME_COUNT_QUESTION_RE.search(question.text)
    if not asked or lex.BETWEEN_TIMES_RE.search(question.text):
        return False
    numbers = [n for n in re.findall(r"\d+(?:[,.]\d+)?", unit.text) if not lex.YEAR_RE.fullmatch(n)]
    if not numbers:
        return False
    stem = lex.TIME_UNIT_STEMS.get(fold(asked.group(1) or ""), "")
    named = " ".join([unit.text, unit.context(), *(h.text for h in header_rows(unit) if h is not unit)])
    return bool(stem) and re.search(rf"\b{stem}\w{{0,4}}\b", fold(named)) is not None


# The least share of a table row's label words a figure question must use for the row to be the one asked.
ROW_LABEL_SHARE = 0.5


def _row_fit(unit: Unit, question_text: str) -> float:
    """How well a table row is the one a figure question asks for: 0 unless the question names some (not all) of its
    table's columns and most of its label ('Andel med löneskillnad förklarad (%)' is not asked by 'andelen kvinnor
    bland chefer'); then 1 plus the share of the label's words the question uses (a word asked in another form
    counts: 'sjukfrånvaron' for 'Sjukfrånvaro')."""
    headers = [h for h in header_rows(unit) if h is not unit]
    if unit.kind != "row" or not headers:
        return 0.0
    asked = group_terms(question_text)
    names = [c for h in headers for c in row_cells(h, keep_empty=True)[1:] if c]  # after the corner
    named = [c for c in names if (terms := tokenize(c)) and all(t in asked for t in terms)]
    if not named or len(named) == len(names):
        return 0.0
    label = [t for t in tokenize(row_label(unit)) if not t.isdigit()]
    fits = sum(1 for t in label if any(a.startswith(t) or t.startswith(a) for a in asked if min(len(a), len(t)) >= 4))
    share = fits / max(len(label), 1)
    return 1.0 + share if share >= ROW_LABEL_SHARE else 0.0


def figure_text(unit: Unit) -> str:
    """A unit's text as its figures read: a table row's bare figures are percentages when its own table's caption or
    column names say so ('Tabell 1. Andel elever …, procent.' over '2024 | 90 | 80 | 85'), or its own label does
    ('Andel chefer (%) | 48 | 52'), so the row is read with its unit written after it; a count column beside a
    share column stays a count (units.share_cells)."""
    if unit.kind != "row" or not lex.DIGIT_RE.search(unit.text) or lex.PERCENT_RE.search(unit.text):
        return unit.text
    values = cells_in_place(unit)
    shares = share_cells(unit) if len(values) > 1 else [bool(lex.PERCENT_TABLE_RE.search(row_frame(unit)))]
    if len(values) == 1:  # a row without cell marks ('Totalt 8 464'): the frame gives its unit
        return f"{unit.text} %" if shares[0] else unit.text
    bare = any(share and i and FIGURE_CELL_RE.match(v)
               for i, (v, share) in enumerate(zip(values, shares, strict=True)))
    return f"{unit.text} %" if bare else unit.text


def counts_asked(unit: Unit, question: Question) -> bool:
    """Whether a unit gives a count of what the question counts: a number that counts something (count_text)
    within four words of the counted noun, or a table row whose column names hold it. 'Under 2017 får nämnden
    information vid två tillfällen' counts no pupils, nor 'fyra träffar … för unga' young people. A unit that
    names the noun only in its context (a heading, a list intro: 'Betygspoäng' over 'A=20, B=17,5, C=15') counts
    what its context names."""
    if unit.kind == "row":
        return states_count(unit, question.counted)
    text = count_text(unit.text, question.counted)
    stem = inflection_stem(question.counted)
    if not any(w.startswith(stem) for w in fold(text).split()):
        # Named by the context alone (mentions): its figures are of it, unless each counts a noun of its own ('2.
        # Prova-på-pass … med tre lokala idrottsföreningar' under '… för att fler tjejer …' counts no girls).
        folded = fold(text)
        return not all(lex.COUNTS_OWN_NOUN_RE.match(folded, m.end()) for m in COUNT_RE.finditer(folded)
                       if not lex.YEAR_RE.fullmatch(m.group(0)))
    return states_count(unit, question.counted, text)


def agent_verb(question: Question) -> str:
    """The stem of the act a who-question asks the doer of ('Vem leder …?' -> 'led', 'Av vem utvärderades …?' ->
    'utvärder'), folded; '' for other questions and for copulas, auxiliaries and light verbs (lexicon).

    >>> from assistant.grounding.question import analyse
    >>> [agent_verb(analyse(q)) for q in ("Vem leder SSPF-gruppen i kommunen?", "Av vem utvärderades satsningen?",
    ...  "Vem bestämmer vad som tas upp?", "Vem är rektor?", "Vem gjorde utvärderingen?", "Vad leder det till?")]
    ['led', 'utvarder', 'bestam', '', '', '']
    >>> agent_verb(analyse("Vem mer kan hjälpa till med det?")), agent_verb(analyse("Av vem arbetsleds de?"))
    ('', 'arbetsled')
    >>> agent_verb(analyse("Vem ska man kontakta om kursen?")), agent_verb(analyse("Vem kan bidra med det?"))
    ('kontakt', '')
    """
    m = lex.AGENT_QUESTION_RE.match(question.text)
    if m is None or question.language != "sv":
        return ""
    word = m.group("verb").lower()
    lemma = simplemma.lemmatize(word, lang="sv")
    infinitive = bool(m.group("modal")) and word.endswith("a")  # 'Vem ska man kontakta …?'
    if word in lex.AGENT_LIGHT_VERBS or not (lemma != word and lemma.endswith("a") or word.endswith("s")
                                             or infinitive):
        return ""  # no verb: 'Vem mer kan hjälpa till?'

    if lemma == word and word.endswith("s"):  # a passive simplemma does not know ('arbetsleds')
        lemma = word[:-1]
    stem = lemma[:-1] if lemma.endswith("a") and len(lemma) > 3 else lemma
    stem = stem[:-1] if len(stem) > 4 and stem[-1] == stem[-2] else stem  # 'bestämm' is met by 'bestämde'
    return fold(stem) if len(stem) >= 3 else ""


def tells_act(unit: Unit, stem: str) -> bool:
    """Whether a unit (or the sentence before it, its list's intro) has a word that begins with the act's stem
    (`agent_verb`): 'Professionsnätverken leds av skolchefen' tells who leads them."""
    kin = {stem, *(fold(w) for family in lex.AGENT_VERB_KIN if any(stem.startswith(fold(m)) for m in family)
                   for w in family)}
    # A stem of four letters or more is met inside a compound too ('arbetsleds', 'huvudutförare'); a shorter one only
    # at a word's start ('led' is in 'ledig' but also in 'anledning').
    pattern = re.compile("|".join(("" if len(k.strip()) >= 4 else r"\b") + re.escape(k) for k in sorted(kin)))
    return bool(pattern.search(fold(unit.text)) or pattern.search(fold(unit.context())))


def names_doer(unit: Unit) -> bool:
    """Whether a unit names someone who may do an act: a person (`names_person`), a role (lexicon.ROLE_SENTENCE_RE,
    AGENT_SENTENCE_RE's role titles) or a body by its name (lexicon.BODY_NAME_RES, not a bare capitalised word).

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="doer", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> [names_doer(unit(t)) for t in ("Projektledare är Anna Svensson.", "Författare: Anna Berg.",
    ...  "Rektor har huvudansvaret för kartläggningen.", "Skolorna i Ekby deltar i ett regionalt nätverk.",
    ...  "Det handlar om vad som ska göras samt ansvarsfördelning.")]
    [True, True, True, False, False]
    """
    # Responsibility as a thing ('ansvarsfördelning', 'ansvaret') names no one; 'ansvarig' and the roles do.
    roles = [m.group(0) for m in lex.AGENT_SENTENCE_RE.finditer(unit.text)
             if not re.fullmatch(r"ansvar(?!ig)\w*", m.group(0), re.I)]
    return names_person(unit, "") or bool(roles) or any(
        lex.BODY_NAME_RES[kind].search(unit.text) for kind in lex.BODY_NAME_RES if kind != "namn")


def tells_agent(unit: Unit, rarest: str) -> bool:
    """Whether a unit tells who acts without the asked verb: a passive with its agent ('Kartläggningen genomfördes
    av skolkuratorerna'), or a role sentence naming the rarest asked term (`rarest`, '' for none).

    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="agent", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> [tells_agent(unit(t), "kartlaggning") for t in ("Kartläggningen genomfördes av skolkuratorerna.",
    ...  "Samordnare för kartläggningen är elevhälsans chef.", "Samordnare för läxhjälpen är Anna.",
    ...  "Kartläggningen visade stora skillnader.", "Enkäten skickades ut av Novus.")]
    [True, True, False, False, True]
    """
    if lex.PASSIVE_AGENT_RE.search(unit.text):
        return True
    return bool(rarest) and bool(lex.ROLE_SENTENCE_RE.search(unit.text)) and names_term(unit, rarest)


def asked_role(question: Question) -> str:
    """The role a person question asks who holds, folded ('Vem var verksamhetschef för …?' -> 'verksamhetschef');
    '' when it names none ('Vem är det som …?') or is not Swedish (the documents' role words are Swedish)."""
    m = lex.PERSON_QUESTION_RE.match(question.text)
    if m is None or question.language != "sv":
        return ""
    words = re.findall(r"[a-zåäöé][\w-]*", question.text[m.end():].lower())[:3]
    # Past modifiers ('ytterst') and a genitive ('skolans rektor') to the role noun.
    role = next((w for i, w in enumerate(words) if w not in lex.ROLE_MODIFIERS
                 and not (w.endswith("s") and i + 1 < len(words))), "")
    return fold(role) if len(role) >= 4 and tokenize(role) else ""


def names_person(unit: Unit, role: str) -> bool:
    """Whether a unit names a person in `role` (`asked_role`, folded; '' for any): a name in a passage about
    another role, or the course described without its teacher, does not say who is 'kursansvarig'.

    >>> from assistant.grounding.question import analyse
    >>> from assistant.schema import Chunk
    >>> chunk = Chunk(chunk_id="names-person", source="s.txt", title="T", doc_type="rapport", heading_path=[], text="x",
    ...               start_line=1, end_line=1)
    >>> unit = lambda text: Unit(text, chunk, 0, 1, 1, "sentence", "body")
    >>> role = asked_role(analyse("Vem är kursansvarig för kursen?"))
    >>> names_person(unit("Kursen leds av Anna Berg och Olle Svensson."), role)
    False
    >>> names_person(unit("Kursansvarig är Anna Berg vid Örebro universitet."), role)
    True
    """
    if not any(_is_name(m.group(0)) for m in lex.PERSON_NAME_RE.finditer(unit.text)):
        return False
    if not role:
        return True
    stem = role[: max(5, len(role) - 3)]
    return stem in fold(unit.text) or stem in fold(unit.context())


def _is_name(words: str) -> bool:
    """Whether two capitalised words (lexicon.PERSON_NAME_RE) are a person's name, not a heading run into a sentence
    ('Sammanfattning Projektet …'): a surname is no common noun in its definite form (simplemma lemmatizes
    'Projektet' to 'projekt', leaves 'Berg', 'Svensson' as they are).

    >>> _is_name("Anna Berg"), _is_name("Olle Svensson"), _is_name("Sammanfattning Projektet")
    (True, True, False)
    """
    last = words.split()[-1].lower()
    return not has_definite_ending(last)


def unheard_sources(text: str, corpus_text: str) -> list[str]:
    """Sources of findings a question names that no document mentions in any form ('Vad tyckte studenterna i
    kursvärderingen?' where no document has a 'kursvärdering'); `corpus_text` is the folded text of all documents.

    >>> unheard_sources("Vad tyckte de i kursvärderingen och i enkäten?", "enkaten visade att ... elevenkat")
    ['kursvärderingen']
    >>> unheard_sources("Vilka värderingar ska prägla arbetet? Hur gör vi mätningar?", "utvardering")
    []
    """
    out = []
    for m in lex.SOURCE_NOUN_RE.finditer(text):
        word = m.group(1) or m.group(2)
        stems = tokenize(word)
        if " " in word.strip():  # a phrase ('allmänna råd') is met only as the phrase, not word by word
            stems = [r"\w*\s+".join(re.escape(fold(w)[:-1] if len(w) > 4 else fold(w)) for w in word.split())]
            if not re.search(rf"\b{stems[0]}", corpus_text):
                out.append(word)
        elif stems and not any(re.search(rf"\b{re.escape(stem)}", corpus_text) for stem in stems):
            out.append(word)
    return out


def asked_body_kind(text: str) -> str:
    """The kind of body a question asks the name of ('Vilka kommuner …?' -> 'kommun'), '' when it asks none.

    >>> asked_body_kind("Vilka kommuner deltog?"), asked_body_kind("Which school won?"), asked_body_kind("Vad gör vi?")
    ('kommun', 'skola', '')
    >>> asked_body_kind("Vad heter de två skolorna som testade det?"), asked_body_kind("Vilken lag reglerar KAA?")
    ('skola', 'lag')
    >>> asked_body_kind("Vilket lag vann?"), asked_body_kind("Vad heter det på engelska?")  # a team; no body
    ('', '')
    >>> asked_body_kind("Vilka var de fyra verksamheterna?"), asked_body_kind("Vilka var de sex elevgrupperna?")
    ('namn', '')
    >>> asked_body_kind("Vad heter folkhögskolan som deltog?")  # a school's name, as 'Vad heter skolan …?'
    'skola'
    >>> asked_body_kind("Vilka tre idrottsföreningar höll i passen?")  # a compound of the kind, counted without 'de'
    'namn'
    >>> asked_body_kind("Vilka två förskollärare ledde passen?"), asked_body_kind("Vilka tre insatser prövades?")
    ('', '')
    >>> asked_body_kind("Vilket kapitel i skollagen gäller?"), asked_body_kind("Vilken paragraf reglerar det?")
    ('paragraf', 'paragraf')
    """
    m = lex.BODY_QUESTION_RE.search(text)
    if m is None:
        return "namn" if lex.NAMED_SET_QUESTION_RE.search(text) else ""
    word = fold(next(g for g in m.groups() if g))
    if word.startswith("kapitel") and not (lex.LAW_NAME_RE.search(text) or lex.STATUTE_WORD_RE.search(text)):
        return ""  # 'Vilket kapitel i rapporten …?' asks a report's heading, no statute's part
    for stem, kind in (("paragraf", "paragraf"), ("kapitel", "paragraf"), ("kommun", "kommun"), ("municip", "kommun"), ("skol", "skola"), ("folkhogskol", "skola"),
                       ("school", "skola"),
                       ("lag", "lag"), ("forordning", "lag"), ("law", "lag"), ("act", "lag"),
                       ("lan", "län"), ("region", "län"), ("count", "län"), ("universit", "universitet"),
                       ("hogskol", "universitet")):
        if word.startswith(stem):
            return kind
    return ""


def names_body(text: str, kind: str) -> bool:
    """Whether `text` names a body of `kind` (lexicon.BODY_NAME_RES): 'Företrädare för skolhuvudmän i Östergötland
    (samtliga kommuner)' names no municipality.

    >>> names_body("Skolhuvudmän (samtliga kommuner)", "kommun"), names_body("Hjo kommun, maj 2025", "kommun")
    (False, True)
    >>> names_body("Grundskolan ska ge alla elever stöd.", "skola"), names_body("Eleverna på Björkskolan", "skola")
    (False, True)
    >>> names_body("Denna skola har hög närvaro.", "skola"), names_body("Region Östergötland leder arbetet.", "län")
    (False, True)
    >>> names_body("Lerum har flest elever.", "kommun"), names_body("Respektive kommun ansvarar.", "kommun")
    (True, False)
    >>> names_body("Sommarskolan är öppen.", "skola"), names_body("Östra skolan deltog.", "skola")
    (False, True)
    >>> names_body("Jämställd skola", "skola"), names_body("Engelbrekts skola", "skola")
    (False, True)
    >>> names_body("KAA regleras i 29 kap. 9 § skollagen.", "lag"), names_body("Arbetslagen träffas i dag.", "lag")
    (True, False)
    >>> names_body("Skollagen kräver kvalitetsarbete.", "paragraf"), names_body("Se 4 kap. skollagen.", "paragraf")
    (False, True)
    >>> names_body("Besöken räknas på kommunens tre fritidsgårdar: Kupolen, Ängen och Hamnen.", "namn")
    True
    >>> names_body("Aktörer som kan bidra är fritidsgårdar, bibliotek och föreningar.", "namn")
    False
    """
    if kind == "paragraf":  # a statute's part by its number ('29 kap.', '§ 9'): naming the law is not enough
        return lex.LAW_PART_RE.search(text) is not None
    if kind == "lag":  # a statute by its number or short name (lexicon.LAW_NAME_RE)
        return lex.LAW_NAME_RE.search(text) is not None
    if kind == "namn" and lex.NAMED_ENUMERATION_RE.search(text):
        return True  # 'fritidsgårdar: Kupolen, Ängen och Hamnen' names them, though each is also a common noun
    for m in lex.BODY_NAME_RES[kind].finditer(text):
        words = m.group(0).split()
        first = words[0].lower()
        if len(words) == 1:  # 'Björkskolan': a compound rare in the language at large, not a kind of school
            if zipf_frequency(first, "sv") < lex.RARE_BODY_NAME_ZIPF and first.rstrip("n") not in lex.SCHOOL_KINDS:
                return True
        elif first not in _NOT_BODY_NAMES and not (words[-1] in ("skola", "gymnasium") and _adjective(first)):
            return True
    # A municipality is often named bare ('Lerum har flest elever').
    return kind == "kommun" and _municipality_name_re().search(text) is not None


def _piece_stem(word: str) -> str:
    """The stem a piece's name is met by in its other forms ('debattartikeln' -> 'debattartik', 'brevet' -> 'brev')."""
    word = fold(word)
    return word[:-2] if word.endswith(("eln", "len")) else inflection_stem(word)[: max(4, len(word) - 3)]


def names_piece(text: str, word: str) -> bool:
    """Whether `text` names the piece `word` (an article, a letter: lexicon.PIECE_CONTENT_QUESTION_RE) in any form."""
    return re.search(rf"\b{re.escape(_piece_stem(word))}", fold(text)) is not None


def says_content(text: str, word: str) -> bool:
    """Whether a sentence naming the piece `word` says what it held, after naming it (lexicon.PIECE_CONTENT_RE).

    >>> says_content("Vi har skrivit en debattartikel som publicerades i Östgöta Correspondenten.", "debattartikeln")
    False
    >>> says_content("I en debattartikel i ÖC skrev vi att skolnärvaro är allas ansvar.", "debattartikeln")
    True
    >>> says_content("Nämnden skickade ett brev om läxhjälpen till alla vårdnadshavare.", "brevet")
    True
    """
    m = re.search(rf"\b{re.escape(_piece_stem(word))}\w*", fold(text))
    return m is not None and lex.PIECE_CONTENT_RE.search(fold(text)[m.end():]) is not None


def school_subjects(text: str) -> list[str]:
    """The school subjects (lexicon.SCHOOL_SUBJECT_WORDS) `text` names, in any inflection ('svenskan', 'matematiken').

    >>> school_subjects("De hade F i matematik och svenskan men inte i något mer ämne.")
    ['matematik', 'svenska']
    """
    return [w for w in lex.SCHOOL_SUBJECT_WORDS if re.search(rf"\b{w}\w*", text, re.I)]


def _adjective(word: str) -> bool:
    """Whether a word before an indefinite noun is an adjective ('jämställd', 'trygg', 'inkluderande'): it has a
    common form in -a (lexicon.ADJECTIVE_PLURAL_ZIPF) or is a present participle. A genitive ('Engelbrekts') is none."""
    if word.endswith("s"):
        return False
    return word.endswith(("ande", "ende")) or zipf_frequency(word + "a", "sv") >= lex.ADJECTIVE_PLURAL_ZIPF


_NOT_BODY_NAMES = lex.BODY_DETERMINERS | lex.SUBJECT_DETERMINERS | lex.POSSESSIVES | lex.NOT_NAMES


@lru_cache(maxsize=1)
def _municipality_name_re() -> re.Pattern[str]:
    """Municipality names as written in documents (capitalised, with diacritics); those that are also ordinary
    words are left out. (`question._municipality_re` is its folded twin for questions typed in lower case.)"""
    names = sorted((n for n in lex.MUNICIPALITIES if n not in lex.MUNICIPALITIES_ALSO_WORDS), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


def subject_phrase(question: Question, missing: Sequence[Subject], everywhere: bool = False) -> str:
    """What the material has nothing about: the question as a topic where it asks more than the missing places
    ('hur många elever i Kumla som gick från …': the place alone would not say which figure is missing), else
    'Alingsås kommun (2024)' — the missing names, with the years the question names.

    A name the material does use (`everywhere` False: it lacks the name only where the asked thing is, or lacks
    the name with the asked year) is no more what is missing than a place is: 'inga uppgifter om Skolinspektionen
    (2019)' reads as if the material had nothing about Skolinspektionen (trial26 C13), so the question as a topic
    says what is missing ('hur många skolor Skolinspektionen tittade på … 2019').

    >>> from assistant.grounding.question import analyse
    >>> q = analyse("Hur många skolor tittade Skolinspektionen på i sin uppföljning 2019?")
    >>> subject_phrase(q, q.subjects), subject_phrase(q, q.subjects[:1], everywhere=True)
    ('hur många skolor tittade Skolinspektionen på i sin uppföljning 2019', 'Skolinspektionen (2019)')
    """
    asks_more = len(question.text.split()) > 2 + sum(len(s.text.split()) for s in missing)
    if missing and asks_more and (all(s.kind == "name" and is_place(s) for s in missing) or (
            not everywhere and any(s.kind == "name" for s in missing))):
        phrase = topic_phrase(question.text)
        for s in missing:  # a name typed in lower case ('i lerum') as the place is written
            phrase = re.sub(rf"(?<!\w){re.escape(s.text)}(?!\w)", s.text, phrase, flags=re.I)
        return phrase
    names = [owned_phrase(question.text, s.text) for s in missing if s.kind in ("name", "unit")]
    years = [s.text for s in question.subjects if s.kind == "year"]
    if names:
        return ", ".join(names) + (f" ({', '.join(years)})" if years else "")
    return topic_phrase(question.cue_text)


def other_place(unit: Unit, missing: Sequence[Subject]) -> str:
    """The municipality a unit (its text or headings) is about when it is not one of the `missing` places the
    question asked about: the refusal says the material has the figure for that place instead ('' when none)."""
    asked = {fold(s.text) for s in missing}
    text = f"{unit.text} {unit.chunk.heading_path_text}"
    named = [m.group(0) for m in lex.BODY_NAME_RES["kommun"].finditer(text)
             if m.group(0).split()[0].lower() not in _NOT_BODY_NAMES]
    # A bare name only in the unit itself: a heading's 'Örebro universitet' says who wrote, not which place.
    named += [m.group(0) for m in _municipality_name_re().finditer(unit.text)]
    for name in named:
        own = fold(name.split()[0])
        if not any(own in a or a.startswith(own) for a in asked):
            return name
    return ""


def topic_phrase(text: str) -> str:
    """The question as a topic: 'Hur många elever har X?' -> 'hur många elever har X' (the refusal puts it in
    the order of an indirect question: generation.wording)."""
    sentences = split_sentences(" ".join(text.split()))
    asked = [s for s in sentences if s.endswith("?")]
    if len(sentences) > 1 and asked:  # what was asked, not the background told before it ('Jag är rektor på …')
        text = asked[-1]
    topic = lex.QUESTION_HEDGE_RE.sub("", " ".join(text.split())).strip(" ?!.")
    topic = lex.FIGURES_EXIST_QUESTION_RE.sub("", topic)  # 'finns det statistik på hur många X' asks 'hur många X'
    topic = re.sub(r"^(kan du|kan ni|jag undrar|berätta|säg)\s+", "", topic, flags=re.I)
    return topic[:1].lower() + topic[1:] if topic[:2] != topic[:2].upper() else topic


def where_figures_are(question: Question) -> str:
    """Where what the question asks for is usually published (see lexicon.STATISTICS_SOURCES).

    >>> from assistant.grounding.question import Question
    >>> def Q(text): return Question(text=text, language="sv", answer_type="fact")
    >>> where_figures_are(Q(text="Vad tycker Lärarförbundet om könsuppdelad statistik?")).split(",")[0]
    'organisationens eller gruppens egna ställningstaganden'
    >>> where_figures_are(Q(text="Hur många skolor i Umeå har fått föreläggande?")).split(",")[0]
    'Skolinspektionens beslut och granskningsrapporter'
    >>> where_figures_are(Q(text="Hur stor budget har Länsstyrelsen för strategin?")).split(" (")[0]
    'budget, årsredovisning och beslutsprotokoll hos den organisation som står för kostnaden'
    >>> def N(text): return Question(text=text, language="sv", answer_type="number")
    >>> where_figures_are(N(text="Hur många elever i Alingsås saknar behörighet?")).split(" (")[0]
    'Skolverkets statistik'
    >>> where_figures_are(Q(text="Vilken kommun har skrivit dokumentet?")).split(" eller")[0]
    'dokumentets försättsblad'
    >>> where_figures_are(Q(text="Vilka åtgärder beslutade nämnden i planen?")).split(" (")[0]  # no document fact
    'kunskapsstöd och vägledningar från ansvariga myndigheter'
    >>> where_figures_are(Q(text="Vilka betyg fick eleverna i Alingsås 2024?")).split(" (")[0]  # results: statistics
    'Skolverkets statistik'
    >>> where_figures_are(N(text="Hur mycket statsbidrag fick Mölndal?")).split(" (")[0]
    'den beviljande myndighetens webbplats om bidraget'
    >>> where_figures_are(Q(text="Vad säger materialet om hedersnormer?")).split(" (")[0]
    'kunskapsstöd och vägledningar från ansvariga myndigheter'
    >>> from assistant.grounding.question import Subject
    >>> lerum = Question(text="Vad säger Lerum om hedersnormer?", language="sv", answer_type="fact",
    ...                  subjects=[Subject("Lerum", "name")])
    >>> where_figures_are(lerum).split(",")[0]
    'organisationens egna styrdokument'
    """
    text = question.text
    if lex.DOCUMENT_FACT_RE.search(text):
        return lex.DOCUMENT_FACT_SOURCES
    for pattern, sources in lex.ASKED_KIND_SOURCES:  # a view, an inspection, how one worked, a grant, a cost
        if pattern.search(text):
            return sources
    if question.answer_type != "number" and not lex.SHARE_QUESTION_RE.search(text) and \
            not lex.RESULT_STATISTICS_RE.search(text):
        # Knowledge or guidance asked, not a figure: a named place's own documents, else the agencies' guidance.
        if any(s.kind == "name" and is_place(s) for s in question.subjects):
            return lex.OWN_DOCUMENTS_SOURCES
        return lex.GUIDANCE_SOURCES
    for pattern, sources in lex.STATISTICS_SOURCES:
        if pattern.search(text):
            return sources
    return lex.DEFAULT_STATISTICS_SOURCE


def corpus_mentions(corpus_text: str, subject: Subject) -> bool:
    return subject_is_covered(subject, [corpus_text])


def fold_text(texts: Sequence[str]) -> str:
    return fold("\n".join(texts))


# The shortest question term that is looked for inside a compound ('dator' in 'elevdatorer').
COMPOUND_PART_MIN = 5


def holds_every_word(question: Question, ranked: Sequence[Scored], weights: TermWeights) -> bool:
    """Whether one of the best units holds every content word of a question of FULL_TERMS words or more (a word
    by its stem: 'yrkade' and 'yrkar' are both 'yrk')."""
    return len(question.content_terms) >= FULL_TERMS and any(
        weights.overlap(question.content_terms, s.unit.match_terms, prefixes=question.prefix_terms) >= 1.0
        for s in ranked[:PASSAGE_POOL])


def passage_support(question: Question, ranked: Sequence[Scored], weights: TermWeights) -> float:
    """The largest share of the question's weight that the passage of one of the best units (its chunk and
    headings) holds, a word also met as part of a compound ('dator' by 'elevdator', 'system' by 'systemstöd'):
    the passage, not one line, says what a question in everyday words is about."""
    best = 0.0
    seen: set[str] = set()
    for s in ranked[:PASSAGE_POOL]:
        chunk = s.unit.chunk
        if chunk.chunk_id in seen:
            continue
        seen.add(chunk.chunk_id)
        words = frozenset(tokenize(f"{chunk.heading_path_text} {chunk.text}"))
        best = max(best, weights.share(question.content_terms, lambda t, words=words: t in words or (
            len(t) >= COMPOUND_PART_MIN and any(w.startswith(t) or w.endswith(t) for w in words))))
    return best


# How many of the best units' documents are looked through for the paragraph a question names.
PARAGRAPH_POOL = 30


def paragraph_numbers(text: str) -> set[int]:
    """The protocol paragraphs ('§ 14 Jämställdhetsanalys …') a document's text heads: at a line's start or in a
    section path ('Protokoll › § 14 …')."""
    parts = (p.strip().lstrip("#").strip() for line in text.splitlines() for p in line.split("›"))
    return {int(m.group(1)) for m in map(lex.SECTION_SIGN_HEADING_RE.match, parts) if m}


def absent_paragraph(question: Question, ranked: Sequence[Scored],
                     document_text: Callable[[Chunk], str] | None) -> str:
    """For a question naming a protocol paragraph ('Vad beslutade nämnden i § 18?'): when the document of the best
    units numbers its paragraphs and has no such one, that document and the paragraphs it has ('… protokoll
    2025-03-12: § 12–16'); '' otherwise (no paragraph asked, it exists, or no document numbers any)."""
    if question.label is None or question.label[0] != lex.SECTION_SIGN_LABEL or document_text is None:
        return ""
    n = question.label[1]
    found: list[tuple[Chunk, list[int]]] = []
    for scored in ranked[:PARAGRAPH_POOL]:
        chunk = scored.unit.chunk
        if any(c.source == chunk.source for c, _ in found):
            continue
        numbers = sorted(paragraph_numbers(document_text(chunk)))
        if n in numbers:
            return ""
        if numbers:
            found.append((chunk, numbers))
    for chunk, numbers in found[:1]:
        run = "–".join(dict.fromkeys([str(numbers[0]), str(numbers[-1])]))
        have = f"§ {run}" if numbers == list(range(numbers[0], numbers[-1] + 1)) else \
            ", ".join(f"§ {k}" for k in numbers)
        return f"{chunk.title}: {have}"
    return ""


def absent_row(question: Question, ranked: Sequence[Scored], document_text: Callable[[Chunk], str] | None) -> str:
    """For a question naming a numbered row of a table ('Vem ansvarar för åtgärd 10?'): when the best units hold
    rows the table numbers so (`row_number`) and no row of their document opens with that number, the document and
    the numbers it has ('Handlingsplan …: åtgärd 1–9'); '' otherwise. (An action plan's table of 9 rows answered
    'åtgärd 10' with the plan's general sentences, trial 20.)"""
    if question.label is None or question.label[0] == lex.SECTION_SIGN_LABEL or document_text is None:
        return ""
    word, n = question.label
    for scored in ranked[:PARAGRAPH_POOL]:
        if row_number(scored.unit, word) is None:
            continue
        chunk = scored.unit.chunk
        numbers = sorted({int(m.group(1)) for m in _NUMBERED_ROW_RE.finditer(document_text(chunk))})
        if not numbers or n in numbers:
            return ""
        run = "–".join(dict.fromkeys([str(numbers[0]), str(numbers[-1])]))
        have = f"{word} {run}" if numbers == list(range(numbers[0], numbers[-1] + 1)) else \
            ", ".join(f"{word} {k}" for k in numbers)
        return f"{chunk.title}: {have}"
    return ""


def section_numbers(text: str) -> list[str]:
    """The numbers of a document's numbered headings ('5.2 Fråga – svar', ' 6. Diskussion'), in order, once each."""
    return list(dict.fromkeys(m.group(1) for m in map(lex.NUMBERED_HEADING_RE.match, text.splitlines()) if m))


def section_word(text: str) -> str:
    """The word a question names a section by, in its base form ('kapitel' for 'kapitlet', 'kap.'), so a refusal
    speaks as the asker did; 'avsnitt' by default."""
    m = lex.SECTION_QUESTION_RE.search(text)
    word = fold(m.group(0).split()[0]) if m else ""
    return "kapitel" if word.startswith("kap") else "rubrik" if "rubrik" in word else "avsnitt"


def store_has_section(corpus_text: str, number: str | None) -> bool:
    """Whether any document of the store (`corpus_text`, folded) has a heading line numbered `number` or under it
    ('3 Läxhjälp', 'Kapitel 3 …', '3.2 …'): then a refusal for a missing section would be wrong, whichever documents
    ranked best (review21)."""
    if not number:
        return False
    sep = re.escape(fold(HEADING_SEPARATOR).strip())
    return re.search(rf"(?:^|{sep})[ \t]*(?:(?:kapitel|avsnitt|kap\.)[ \t]+)?{re.escape(number)}(?:\.\d{{1,2}})*"
                     rf"[.:]?[ \t]+[a-z]", corpus_text, re.M) is not None


def absent_section(question: Question, ranked: Sequence[Scored],
                   document_text: Callable[[Chunk], str] | None) -> str:
    """For a question naming a numbered section ('Vad står det i avsnitt 6.8?'): when the best units' documents
    number their sections and none has that one (nor one under it), the first such document and the sections at the
    asked level that it has ('Rapport …: 6.1, 6.2, 6.3'); '' otherwise (no section asked, one has it, or no document
    numbers any). The closest passage of another section is no answer (trial 20: 'avsnitt 5.2' that does not exist
    was answered)."""
    if not question.section or document_text is None:
        return ""
    asked = question.section
    parent = asked.rpartition(".")[0]
    read: set[str] = set()
    first: tuple[Chunk, list[str]] | None = None
    for scored in ranked[:PARAGRAPH_POOL]:
        chunk = scored.unit.chunk
        if chunk.source in read:  # each document read once, numbered or not
            continue
        read.add(chunk.source)
        numbers = section_numbers(document_text(chunk))
        if any(n == asked or n.startswith(asked + ".") for n in numbers):
            return ""
        if first is None and any("." in n for n in numbers):  # numbered sections, not only a numbered list
            first = (chunk, numbers)
    if first is None:
        return ""
    chunk, numbers = first
    level = [n for n in numbers if n.rpartition(".")[0] == parent]
    return f"{chunk.title}: " + (f"avsnitt {', '.join(level)}" if level else "")


# A table row's line opening with an item's number ('| 6. Genomföra …' or '6. Genomföra … | …').
_NUMBERED_ROW_RE = re.compile(r"^\|?\s*(\d{1,2})[.)]\s+[^|\n]*\|", re.M)


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
