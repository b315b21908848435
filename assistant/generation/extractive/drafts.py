"""The extractive drafts in the method's form, built from the user's own situation.

Every item says where it comes from: the user's facts (quoted back), the material (cited to exact
lines) or the assistant's proposal; missing facts are named as gaps ("Fyll i: …"). The goal card is
chosen by meaning (`cards.py`); earlier drafts of the conversation carry into later ones (`plan.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.audience import one_group_draft, reword_draft
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, gap, render_draft, source_item, suggestion, user_item
from assistant.generation.easy import EASY_SOURCE_WORDS, is_finite_verb
from assistant.generation.extractive.cards import CARD_FIT, CardMatch, about_other_people, about_school, fits_list
from assistant.generation.extractive.cards import goal_text as card_goal
from assistant.generation.extractive.compose import (
    cite,
    cite_lines,
    list_after,
    pick,
    prune_citations,
    sentence_key,
    text_key,
)
from assistant.generation.facts.follow_ups import OwnFollowUp, own_follow_ups
from assistant.generation.facts.model import Figure, Target, UserFacts, is_change, measures, said_change
from assistant.generation.facts.words import (
    _alike,
    _content_words,
    coordinated_clauses,
    for_both,
    for_group,
    main_order,
    predicate,
    relative,
    shorten_topic,
)
from assistant.generation.plan import PlanContext, plan_context
from assistant.generation.targets import goal_sentence, should_fall
from assistant.generation.wording import listed
from assistant.grounding.catalogue import CardLine, actors_listed_after, place_preposition, substitute_org
from assistant.grounding.grades import grades_phrase, spoken_grades
from assistant.grounding.passages import Sentence, split_sentences
from assistant.grounding.scope.bodies import names_body
from assistant.index.lexical import fold, tokenize
from assistant.modes import MODES, Mode
from assistant.numbers import as_number
from assistant.schema import Draft, DraftItem, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend

_MAX_INTERVENTIONS = 4


@dataclass
class DraftContext:
    """Everything a draft is built from: the user's facts, the plan so far, the problem, the fitting card."""

    plan: PlanContext
    topic: str
    match: CardMatch | None
    spell: Callable[[str], str] = str  # the assistant's own wording of the user's words, å/ä/ö restored
    easy: bool = False  # lättläst asked for: the material's statements are chosen among the short ones

    @property
    def facts(self) -> UserFacts:
        return self.plan.facts

    @property
    def place(self) -> str | None:
        return self.facts.place

    @property
    def target(self) -> str | None:
        return self.facts.target_group


def context(backend: ExtractiveBackend, turn: PreparedTurn) -> DraftContext:
    """Read the user's facts and the earlier drafts; choose the goal card for the problem by meaning."""
    plan = plan_context(turn.request)
    topic = plan.facts.topic or plan.decided_topic() or turn.query
    parts = plan.facts.problems if len(plan.facts.problems) > 1 else []
    match = backend.cards.best(plan.facts.problem_text or topic, parts, plan.facts.org_kind, plan.facts.fewer)
    return DraftContext(plan=plan, topic=topic, match=match, spell=backend.evidence.restore_diacritics,
                        easy=turn.request.options.easy_swedish)


def _title(label: str, ctx: DraftContext) -> str:
    """'Lokalt mål – Björkskolan, åk 7–9: saknar godkänt i matematik' – from the facts, not the prompt."""
    grades = ctx.facts.grades if not (ctx.place and ctx.facts.grades and  # 'Förskolan Solrosen', not '…, förskolan'
                                      ctx.facts.grades.lower() in ctx.place.lower()) else None
    # Which of the pupils: a part said with its preposition stands in the measure ('andel på yrkesprogrammen som
    # …'); words without one (an age band: '13–16 år' of 'Bland eleverna 13–16 år …' or of the group named anew
    # 'pojkar 13–16 år') are the target group's, named beside the place as grades are, not in the measure: 'andel
    # 13–16 år som avbröt kursen' put the band where a group belongs (session 26)
    part = ctx.facts.qualifier
    band = "" if not part.strip() or part.split()[0].lower() in lex.PREPOSITIONS else part.strip()
    if len(ctx.facts.parts) > 1:  # two places named beside the place, not cut off with the measure in the title
        band = part.strip()
    where = ", ".join(x for x in (ctx.place, grades, band) if x)
    where = where[:1].upper() + where[1:]  # 'Kultur- och fritidsförvaltningen i Ekby kommun, åk 7–9'
    # A clause with figures reads as what its figures measure: with the figures cut out it is broken ('I
    # vårterminens betyg hade och minst ett F'); named as what is measured ('andel som var behöriga till
    # gymnasiet', 'meritvärdet'), the two first, not a run of clause fragments. A plan of one gender names it
    # ('andel pojkar som avbröt kursen', `UserFacts.one_group`).
    measured = _title_measures(_measure_figures(ctx.facts), "" if band else part, ctx.facts.one_group)
    unmeasured = _unmeasured(ctx.facts)
    if unmeasured:  # their target's measure names the draft first
        measured = [_short(f"andel {unmeasured}") if unmeasured.startswith("som ") else unmeasured, *measured]
    # a problem without figures names the draft only when no figure does: it stays in the draft, not in its title
    said = [] if measured else [shorten_topic(p) for p in ctx.facts.problems if not lex.FIGURE_RE.search(p)]
    subjects = [s for s in [*measured, *said] if s] or [shorten_topic(ctx.topic)]
    subjects = list(dict.fromkeys(s for s in subjects if len(s.split()) >= 2 or s in measured))[:2]
    subject = ctx.spell(" och ".join(subjects))
    if len(subject) > 90:
        subject = subject[:89].rsplit(" ", 1)[0] + "…"
    head = f"{label} – {where}" if where else label
    return f"{head}: {subject}" if subject else head


def _title_measures(figures: list[Figure], part: str = "", group: str = "") -> list[str]:
    """The title's measures, a share among the same people given for both genders named once ('andel pojkar och
    flickor bland besökarna', not 'andel pojkar bland besökarna och andel flickor bland besökarna'); a share of each
    group's own people of the one gender `group` a plan is about, when it is ('andel pojkar som avbröt kursen')."""
    among: dict[str, list[str]] = {}
    for f in figures:
        if f.is_share and f.subject.startswith("bland ") and f.group in lex.GENDER_GROUPS and not f.part:
            among.setdefault(f.subject, [])
            if f.group not in among[f.subject]:
                among[f.subject].append(f.group)
    out = []
    for f in figures:
        groups = among.get(f.subject, []) if f.is_share and not f.part else []
        out.append(_short(f"andel {' och '.join(groups)} {f.subject}") if len(groups) > 1 else
                   _title_measure(f, part, group))
    return out


def _title_measure(f: Figure, part: str = "", group: str = "") -> str:
    """What a figure measures as a title's noun phrase: 'andel som var behöriga till gymnasiet', 'meritvärdet',
    'andel pojkar bland besökarna'; 'andel pojkar som avbröt kursen' in a plan of one gender `group`.

    >>> boys = Figure(36, "36 %", "%", "pojkar", "avbröt kursen", "2025", "", "", "")
    >>> _title_measure(boys), _title_measure(boys, group="pojkar"), _title_measure(boys, " på yrkesprogrammen")
    ('andel som avbröt kursen', 'andel pojkar som avbröt kursen', 'andel på yrkesprogrammen som avbröt kursen')
    """
    if f.is_value or f.rate:
        return _short(f.subject)
    if f.subject.startswith("bland ") and f.group:
        return _short(f"andel {f.group} {f.subject}")
    if f.part:  # 'andel av tiden i samlingen som pojkar och flickor fick ordet'
        return _short(f"andel av {f.part} som {group or 'pojkar och flickor'}{part} {_part_doing(f.subject)}")
    # 'andel på yrkesprogrammen som fullföljde …': the part of the pupils the plan is about (`UserFacts.qualifier`)
    who = f" {group}" if group else ""
    return _short(f"andel{who}{part} som {relative(f.subject)}") if f.is_share else _short(f.subject)


def at(place: str | None) -> str:
    """' på Björkskolan', ' i Sollefteå kommun': a school is 'på', a municipality or region 'i', a förvaltning 'inom'
    (' inom socialförvaltningen i Ekby kommun')."""
    if not place:
        return ""
    return f" {preposition(place)} {place}"


def preposition(place: str) -> str:
    """The preposition before a plan's place: 'inom' a förvaltning or nämnd named first, else as `place_preposition`.

    >>> preposition("socialförvaltningen i Ekby kommun"), preposition("Björkskolan"), preposition("Ekby kommun")
    ('inom', 'på', 'i')
    """
    unit = lex.OWN_UNIT_RE.match(place)
    return lex.UNIT_PREPOSITION if unit else place_preposition(place)


def _issues(mode: Mode, ctx: DraftContext) -> list[DraftSection]:
    if not ctx.facts.issues:
        return []
    return [draft_section(mode, "kontrollera", [suggestion(i) for i in ctx.facts.issues])]


def _finish(mode: Mode, ctx: DraftContext, sections: list[DraftSection], book: CitationBook) -> BackendResult:
    sections = [s for s in sections if s.items]
    rest = _unused_facts(ctx.facts, sections, ctx.spell)
    if rest:
        sections.append(draft_section(mode, "ovrigt", rest))
    draft = Draft(kind=mode, title=_title(MODES[mode].label, ctx), sections=sections, facts=ctx.facts.as_dict(),
                  card=ctx.match.card.goals[0].text if ctx.match else "")
    draft = one_group_draft(draft, ctx.facts.one_group)  # 'Bara flickorna …': the plan names that group alone
    draft = reword_draft(draft, ctx.facts.pair, ctx.facts.wording_kind)  # kvinnor/män, brukare: the user's words
    grounded = len(book) > 0
    prune_citations(draft, book)  # every citation is one the text names (a local goal's filtered actors cited none)
    return BackendResult(text=render_draft(draft), grounded=grounded, draft=draft)


def _unused_facts(facts: UserFacts, sections: list[DraftSection], spell: Callable[[str], str] = str) -> list[
        DraftItem]:
    """The user's facts that no section carries, quoted back as theirs: every fact they gave stays in the draft
    (the town a school stands in, the grades of the whole school, what they tried, a problem no figure measures)."""
    said = " ".join(i.text for s in sections for i in s.items).lower()
    out: list[DraftItem] = []
    for label, value in (("Skola", facts.school), ("Kommun eller organisation", facts.org)):
        if value and value.lower() not in said:
            out.append(user_item(f"{label}: {value}", value))
    grades = facts.stated_grades if any(g.lower() not in said for g in facts.stated_grades) else []
    if grades:  # all of them, in order: 'åk 9' alone reads as if they had not written 'åk 7–9'
        out.append(user_item(f"Årskurser ni nämnde: {', '.join(grades)}", ", ".join(grades)))
    if facts.size and facts.size.lower() not in said:
        out.append(user_item(f"Storlek: {facts.size}", facts.size))
    for f in facts.figures:
        if not re.search(rf"(?<![\d,.]){re.escape(f.text.lower())}", said):  # '8 %' is not said by '68 %'
            out.append(user_item(spell(f"Siffra: {f.describe()}"), f.quote))
    for g in facts.goals:
        if g.lower() not in said:
            out.append(_own_goal_item(g))
    for t in facts.tried:
        if t.lower() not in said:
            out.append(user_item(f"Redan prövat: {t}", t))
    for u in facts.unknowns:
        if u.lower() not in said:
            out.append(_unknown_item(u))
    for who, sentence in facts.keepers:  # who keeps a measure: said where no indicator's Ansvarig carries it
        kept = sentence.strip(" .")
        if kept.lower() not in said and f"ansvarig: {who.lower()}" not in said and not lex.FIGURE_RE.search(kept):
            out.append(user_item(f"Följs redan upp: ”{kept}”", kept))
    for p in facts.problems:
        if lex.FIGURE_RE.search(p):  # a clause with figures is carried by its figures (above)
            continue
        # a problem of two clauses is carried when each clause is ('… anmäler … och många flickor undviker …': one
        # indicator each)
        parts = coordinated_clauses(p)
        carried = len(parts) > 1 and all((predicate(c) or shorten_topic(c)).lower() in said for c in parts)
        level = _level_measure(p).lower()  # 'Frånvaron bland flickorna är hög': carried by a measure of 'frånvaron'
        if p.lower() not in said and shorten_topic(p).lower() not in said and not carried and \
                not (level and f"{level} för pojkar" in said):
            out.append(user_item(f"”{p}”", p))
    return out


def _own_goal_item(goal: str) -> DraftItem:
    """The goal the user set in their own words ('fler pojkar ska delta i läxhjälpen'), quoted as theirs."""
    return user_item(f"Ert mål: ”{goal}”", goal)


def _unknown_item(clause: str) -> DraftItem:
    """What the user says they have not done or do not know yet, as something to find out, in their words."""
    return user_item(f"Att ta reda på: ”{clause}”", clause)


def _figure_line(f: Figure) -> str:
    """'Pojkar: 38 % saknar godkänt i matematik (2024)', 'Pojkar: meritvärdet 198 (2025)'; a rate named as a noun
    leads with it ('Frånvaron: pojkar 14 % (2024/2025)'): '14 % frånvaron' after the group does not read."""
    if f.rate and f.group and lex.MAJORITY_END_RE.search(f.subject):
        # 'Andel av föreningsbidragen som går till föreningar där majoriteten av medlemmarna är pojkar: 63 % (2024)'
        said = for_group(f.subject, f.group)
        return f"{said[:1].upper()}{said[1:]}: {f.text}{f.note}"
    if f.rate and f.group and f.subject:
        return f"{f.subject[:1].upper()}{f.subject[1:]}: {f.group} {f.text}{f.note}"
    who = f.group.capitalize() if f.group else "Alla"
    if f.group and f.within:  # which of the group: 'Pojkar 13–16 år', 'Pojkar på yrkesprogrammen'
        who = f"{who} {f.within}"
    said = f"{f.subject} {f.text}" if f.is_value else f"{f.text} {f.subject}"
    if f.part:  # 'Pojkar: fick ordet 62 % av tiden i samlingen (2025)': a share of the time, not of the boys
        said = f"{f.subject} {f.text} av {f.part}"
    return f"{who}: {' '.join(said.split())}{f.note}"


def _measure_figures(facts: UserFacts) -> list[Figure]:
    """The figures an indicator is built on: those of what the user's own goal is about ('fler pojkar ska delta i
    läxhjälpen' is measured by '5 av 40 deltagare var pojkar', not by another figure they gave), then shares first
    (a share of pojkar and of flickor is what a goal follows), else values given per group ('meritvärdet för pojkar
    198'), else counts."""
    measuring = [f for f in facts.figures if f.subject]
    if any(not f.aside for f in measuring):  # who the place's people are ('1 240 elever, 71 % flickor …') is beside it
        measuring = [f for f in measuring if not f.aside]
    aimed = _aimed_at(facts.goals[-1], measuring) if facts.goals else []
    if not aimed and facts.target is not None and facts.target.measure:  # 'Frånvaron ska minska …': its figures
        aimed = [f for f in measuring if measures(f, facts.target.measure)]
    pool = aimed or measuring
    shares = [f for f in pool if f.is_share]
    values = [f for f in pool if f.is_value]
    return shares or values or pool


def _unmeasured(facts: UserFacts) -> str:
    """The measure of the user's target when none of their figures measures it ('frånvaron' after figures of who
    feels safe): the goal and its indicator are of that measure, and its baseline is a gap."""
    return facts.target.unmeasured(facts.figures) if facts.target is not None else ""


def _aimed_at(goal: str, figures: list[Figure]) -> list[Figure]:
    """The figures whose clause takes up the goal's own words (their first five letters: 'delta' meets
    'deltagare', 'engelska' meets 'F i engelska'), not who it is for or how much."""
    words = [w.lower() for w in re.findall(r"\w{5,}", goal) if not w[0].isupper() or goal.startswith(w)]
    stems = {w[:5] for w in words if w not in lex.GROUP_WORDS and w not in lex.CARD_GENERIC_WORDS}

    def takes_up(f: Figure) -> bool:
        said = re.findall(r"\w{5,}", f"{f.subject} {f.quote}".lower())
        return any(w[:5] in stems for w in said if w not in lex.GROUP_WORDS)
    return [f for f in figures if takes_up(f)] if stems else []


def _gender_gaps(facts: UserFacts, topic: str) -> list[DraftItem]:
    """Gaps for the gender split: the missing group of each figure, a year for each figure without one."""
    out: list[DraftItem] = []
    subjects = dict.fromkeys(f.subject for f in facts.figures if f.subject)  # '420 elever' measures nothing to split
    for subject in subjects:
        groups = {f.group for f in facts.figures if f.subject == subject}
        year = next((f.year for f in facts.figures if f.subject == subject and f.year), None)
        value = any(f.is_value or f.rate for f in facts.figures if f.subject == subject)
        for g in lex.GENDER_GROUPS:
            if g not in groups:
                what = for_group(subject, g) if value else f"andel {g} {subject}" if subject.startswith("bland ") \
                    else f"andel {g} som {relative(subject)}"  # 'andel flickor bland deltagarna'
                out.append(gap(what + (f" ({year})" if year else " (och vilket år)")))
    if not facts.figures:
        grades = facts.within
        problem = next((x for x in facts.problems if predicate(x)), facts.problems[0] if facts.problems else "")
        measured = _problem_measured(problem) if problem else ""
        if measured and not measured.startswith("–"):
            # 'Pojkarna i sexan hänger inte med i läsningen' -> '… i åk 6 som inte hänger med i läsningen'
            out.append(gap(f"andel pojkar och andel flickor{grades} {measured}, med år"))
        else:
            what = shorten_topic(topic) or "problemet"
            out.append(gap(f"andel pojkar och andel flickor som berörs av {what}, med år"))
    return out


# --- problemformulering -------------------------------------------------------------------------------------


def problem_formulation(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`problemformulering`: nuläge by gender, causes, consequences, what is known and not, key figures."""
    mode: Mode = "problemformulering"
    ctx = context(backend, turn)
    evidence = backend.evidence
    facts = ctx.facts
    topic = ctx.topic
    used: set[str] = set()
    # a preposition says nothing of the problem ('bland våra elever' met 'Anti-pluggkultur är vanligare bland pojkar')
    topic_terms = evidence.query_terms(backend.cards.search_text(topic)) - frozenset(tokenize(" ".join(
        lex.PREPOSITIONS)))
    # Who the problem is about ('pojkarna', 'elever') is in nearly every sentence of the material: a statement is about
    # the problem by what it says of them (läsning, frånvaro), not by naming boys ('Fler pojkar än flickor deltog …').
    who = frozenset(t for t in topic_terms
                    if lex.GENDER.search(t) or lex.GROUP_WORDS.get(t) or t.startswith(lex.PUPIL_WORDS))
    who |= topic_terms & frozenset(tokenize(lex.FREQUENCY_WORDS))  # how often is not what either ('varje dag')
    # ... so a statement must share a word of what the problem is about, not only who it is about (trial 26: a
    # kulturskola's dropout figures got hedersnormer and violence lines as its nuläge and cause)
    what = topic_terms - who - frozenset(tokenize(lex.DEGREE_AND_CHANGE_WORDS))  # 'högre' says how much, not what

    def about(s: Sentence) -> bool:
        if "?" in s.text or lex.SUGGESTION_SECTION.search(s.chunk.heading_path_text) or _fragment(s):
            return False
        if lex.CASE_REPORT_RE.search(s.text):  # one study's own case is not the user's problem or its cause
            return False
        if another_organisations(s, facts):  # nor is another school's or municipality's own account of itself
            return False
        # a unit for adults: school's causes and consequences are not its (own trial, session 28: a socialtjänst's
        # draft cited 'Problematisk skolfrånvaro …')
        if about_school(f"{s.text} {s.chunk.heading_path_text}", facts.org_kind):
            return False
        if ctx.easy and s.words > EASY_SOURCE_WORDS:  # lättläst: a long statement is left to the plainer ones
            return False
        return (not what or bool(what & s.terms)) and evidence.weights.overlap(topic_terms, s.terms, damped=who) >= 0.15

    search = backend.cards.search_text(topic)
    # A statement that names what the user themselves named besides their figures ('antipluggkultur' meets
    # 'Anti-pluggkultur är vanligare bland pojkar än flickor') is a cause they see: chosen first, for the causes.
    named = _named_terms(facts)

    def names_theirs(s: Sentence) -> bool:
        flat = re.sub(r"(?<=\w)-(?=\w)", "", s.text.lower())
        return any(t in flat for t in named) and bool(lex.GENDER.search(s.text)) and not _fragment(s) and \
            "?" not in s.text and not _own_figures(s.text) and not lex.CASE_REPORT_RE.search(s.text) and \
            not another_organisations(s, facts)

    their_causes = pick(evidence, f"{' '.join(named)} pojkar flickor", 2, names_theirs, used) if named else []
    their_causes += _wondered_causes(backend, facts, used, 2 - len(their_causes))
    stated = _user_causes(facts)  # why, in the user's own words: under Orsaker, not the problem
    problem: list[DraftItem] = [user_item(f"”{p}”", p) for p in facts.problems if p not in stated]
    if ctx.target or ctx.place:
        size = f" ({facts.size})" if facts.size else ""  # how big the place is: who the problem concerns
        problem.append(user_item(f"Gäller: {ctx.target or 'målgruppen'}{at(ctx.place)}{size}"))
    else:
        problem.append(gap("vilka elever (årskurser) och vilken skola eller kommun problemet gäller"))
    if not facts.problems:
        problem.insert(0, gap("vilket problem ni ser, med era egna ord"))
    # A statement with figures of its own ('Andelen … ökade från 41 procent till 63 procent') is the measured result
    # of the organisation that wrote it, never the user's problem or nuläge.
    # ... and it speaks of girls and boys (women, men): a sentence that only shares a word with the problem (a
    # project's 'Planeringsfas … Fullföljd utbildning', 'hänvisar texten ofta till ordet …') states no problem of it.
    found = pick(evidence, search, 1, lambda s: about(s) and not _own_figures(s.text) and bool(lex.GENDER.search(s.text)),
                 used=used)
    problem += [source_item(substitute_org(s.text, ctx.facts.card_place), [cite(book, s)]) for s in found]

    # the assistant's wording of their figures, å/ä/ö restored ('laser varje dag' -> 'läser'); the quote stays theirs
    nulage: list[DraftItem] = [user_item(ctx.spell(_figure_line(f)), f.quote) for f in facts.figures]
    nulage += _gender_gaps(facts, topic)
    gender = pick(evidence, f"{search} pojkar flickor", 1,
                  lambda s: about(s) and bool(lex.GENDER.search(s.text)) and not _own_figures(s.text), used)
    nulage += [source_item(s.text, [cite(book, s)]) for s in gender]

    groups: list[DraftItem] = []
    for label, pattern, extra in lex.GROUPS:
        hits = pick(evidence, f"{search} {extra}", 1, lambda s, p=pattern: about(s) and bool(p.search(s.text)),
                    used, min_score=0.2)
        groups += [source_item(f"{label}: {s.text}", [cite(book, s)]) for s in hits]
    if groups:
        groups.append(suggestion("Ta bara med de grupper där er egen statistik visar skillnader."))

    causes = their_causes + pick(evidence, f"{search} orsaker beror på påverkas av", 3 - len(their_causes),
                                 lambda s: about(s) and bool(lex.CAUSE.search(s.text)), used)
    adapted = not causes and ctx.match is not None and bool(ctx.match.card.goals)
    if adapted:  # no statement shares the problem's own words, but a card fits it by meaning (trial 24: 'inte
        # behöriga till gymnasiets yrkesprogram' got no causes beside a metodstöd on boys' school results): the causes
        # the card's own material gives of girls and boys, said to be of the area closest to the problem
        home = ctx.match.card.goals[0].chunk.source  # type: ignore[union-attr]
        card = ctx.match.card  # type: ignore[union-attr]
        # ... and of the problem's wider area when it has one (`lexicon.CONSEQUENCE_AREAS`: own trial, session 28,
        # gave hedersnormer and violence as the causes of failing English)
        wider = lex.CONSEQUENCE_AREAS.get(_measured_kind(ctx, topic)) if facts.figures else None
        causes = pick(evidence, f"{search} {card_goal(card)} orsaker beror på påverkas av", 2,
                      lambda s: s.chunk.source == home and bool(lex.CAUSE.search(s.text)) and bool(
                          lex.GENDER.search(s.text)) and "?" not in s.text and not _fragment(s) and
                      not _own_figures(s.text) and not lex.CASE_REPORT_RE.search(s.text) and (
                          wider is None or bool(wider[1].search(s.text))), used)
    cause_items = [user_item(f"”{p}”", p) for p in stated]
    cause_items += [source_item(s.text, [cite(book, s)]) for s in causes] or ([] if stated else [
        gap("möjliga orsaker hos er – underlaget nämner inga för just detta")])
    if causes and adapted:
        cause_items.append(suggestion("Underlaget nämner inga orsaker till just detta. Orsakerna ovan gäller det "
                                      "närmaste området i metodstödet – pröva om de gäller ert problem."))
    if causes:  # the material's causes are general; the user's own are still to be named
        cause_items.append(gap("vilka av orsakerna ovan, eller andra, ni själva ser hos era pojkar och flickor"))
    cause_items.append(suggestion("Pröva orsakerna i er egen verksamhet: tänk strukturellt, inte på enskilda "
                                  f"{lex.GROUP_WORDS[facts.pupils]}."))
    effects = pick(evidence, f"{search} konsekvenser påverkar leder till", 2,
                   lambda s: about(s) and bool(lex.CONSEQUENCE.search(s.text)) and not facts.school_aside(s.text),
                   used)
    broad = []
    area = lex.CONSEQUENCE_AREAS.get(_measured_kind(ctx, topic)) if facts.figures else None
    if not effects and area:  # none in the problem's own words: what the material says follows of its wider area
        broad = pick(evidence, f"{area[0]} {lex.CONSEQUENCE_SEARCH}", 1,
                     lambda s: "?" not in s.text and not _fragment(s) and bool(lex.CONSEQUENCE_STRONG_RE.search(
                         s.text)) and not _own_figures(s.text) and not lex.CASE_REPORT_RE.search(s.text) and not
                     another_organisations(s, facts) and not facts.school_aside(s.text) and not (
                         ctx.easy and s.words > EASY_SOURCE_WORDS) and not lex.SUGGESTION_SECTION.search(
                         s.chunk.heading_path_text) and bool(area[1].search(s.text)), used)
    effect_items = [source_item(s.text, [cite(book, s)]) for s in [*effects, *broad]] or [
        gap(f"vilka konsekvenser problemet får för {facts.pupils}")]
    if broad:  # trial 27: Konsekvenser was left blank though the material names what school results lead to
        effect_items.append(suggestion("Underlaget nämner inga konsekvenser av just detta; konsekvensen ovan gäller "
                                       "ett bredare område – pröva om den gäller ert problem."))
        effect_items.append(gap(f"vilka konsekvenser problemet får för {facts.pupils} hos er"))

    known: list[DraftItem] = [user_item(ctx.spell(f"Nuläge: {f.describe()}"), f.quote) for f in facts.figures]
    known += [user_item(f"Redan prövat: {t}", t) for t in facts.tried]
    if not known:
        known.append(gap("vad ni redan vet – siffror, iakttagelser och vad som prövats"))
    unknown = [i for i in nulage if i.gap]
    unknown += [_unknown_item(u) for u in facts.unknowns]
    unknown.append(gap(f"vad {facts.pupils} själva (pojkar och flickor för sig) säger om orsakerna"))
    if not facts.tried:
        unknown.append(gap("vad som redan har prövats och hur det gick"))

    sections = [
        *_issues(mode, ctx),
        draft_section(mode, "problem", problem),
        draft_section(mode, "nulage", nulage),
        draft_section(mode, "grupper", groups),
        draft_section(mode, "orsaker", cause_items),
        draft_section(mode, "konsekvenser", effect_items),
        draft_section(mode, "vet", known),
        draft_section(mode, "behover", unknown),
        draft_section(mode, "nyckeltal", _key_figures(backend, book, ctx, used)),
    ]
    return _finish(mode, ctx, sections, book)


def _named_terms(facts: UserFacts) -> list[str]:
    """The distinctive words of what the user said besides their figures ('antipluggkultur' in 'Lärarna beskriver
    en antipluggkultur bland pojkar i åk 8'): long words that name neither a group nor an amount, nor a verb."""
    words = [w for p in facts.problems if not lex.FIGURE_RE.search(p) for w in re.findall(r"[a-zåäö]{9,}", p.lower())]
    return list(dict.fromkeys(w for w in words if w not in lex.GROUP_WORDS and w not in lex.CARD_GENERIC_WORDS
                              and not is_finite_verb(w)))[:3]


def _wondered_causes(backend: ExtractiveBackend, facts: UserFacts, used: set[str], n: int) -> list[Sentence]:
    """Statements of the material on what the user says they do not know yet ('Vi vet inte hur föräldrarnas
    utbildningsnivå ser ut' meets 'Föräldrar med kort utbildning kan ofta inte ge samma studiestöd …'): what they
    wonder about is a cause they suspect. A statement must hold two of its long words (their first seven letters,
    so 'föräldrarnas' meets 'föräldrar'), as a statement, not a list's fragment or another study's result."""
    if n <= 0:
        return []
    out: list[Sentence] = []
    for unknown in facts.unknowns:
        stems = list(dict.fromkeys(
            w[:7] for w in re.findall(r"[a-zåäö]{7,}", unknown.lower())
            if w not in lex.GROUP_WORDS and w not in lex.CARD_GENERIC_WORDS and not is_finite_verb(w)))
        if len(stems) < 2:
            continue

        def holds(s: Sentence, stems: list[str] = stems) -> bool:
            words = re.findall(r"[a-zåäö]+", s.text.lower())
            found = {t for t in stems if any(w.startswith(t) for w in words)}
            return len(found) >= 2 and "?" not in s.text and not _fragment(s) and not _own_figures(s.text) and \
                not lex.CASE_REPORT_RE.search(s.text) and not another_organisations(s, facts)

        out += pick(backend.evidence, " ".join(stems), n - len(out), holds, used)
        if len(out) >= n:
            break
    return out


def another_organisations(s: Sentence, facts: UserFacts) -> bool:
    """Whether the sentence's document is a named school's or municipality's account of itself (its title or
    publisher names it: 'Vallmoskolan F–9, Tierps kommun') and that organisation is not the user's. Its findings
    ('Kränkningarna på nätet sker oftast utanför skoltid …') are its own case, never the user's problem, nuläge
    or causes. A document that names a school is the user's only when the school is theirs (or they named no school but
    its municipality)."""
    named = f"{s.chunk.title} {s.chunk.publisher}"
    # a school's name, not a kind of school ('Grundskolan och jämställdhet', 'Sommarskolan'): as scope.names_body reads it
    schools = {_org_key(m.group(1) or m.group(2)) for m in lex.SCHOOL_NAME_RE.finditer(named)
               if names_body(m.group(0), "skola")}
    orgs = {_org_key(m.group(1) or m.group(2)) for m in lex.ORG_NAME_RE.finditer(named)}
    if not schools and not orgs:
        return False
    school, org = _org_key(facts.school or ""), _org_key(facts.org or "")
    if schools:
        return not (school in schools or (not school and org in orgs))
    return org not in orgs


def _org_key(name: str) -> str:
    """'Tierps kommun' and 'Tierp' -> 'tierp'; 'Vallmoskolan' -> 'vallmoskolan' (a name compared with another)."""
    head = re.sub(r"\s+(?:kommun|stad)$", "", " ".join(name.split()).lower())
    head = re.sub(r"^region\s+", "", head)
    return head[:-1] if head.endswith("s") and len(head) > 4 and not head.endswith("ss") else head


def _own_figures(text: str) -> bool:
    """Whether a statement of the material reports figures of its own (a share, a count, 'från 41 till 63')."""
    return bool(lex.FIGURE_RE.search(text) or lex.RESULT_CHANGE_RE.search(text))


def _fragment(s: Sentence) -> bool:
    """A list entry, a heading or a line without its own verb ('Egen läsning med böcker som eleverna själva väljer',
    'Läxhjälp'): an item of some list, not a statement of the problem, its causes or consequences."""
    if s.is_label or s.text.rstrip().endswith(":") or s.words < 6:
        return True
    main = re.split(r"\b(?:som|att|när|där|vilka|vilket|om)\b", s.text, maxsplit=1)[0].split()
    return s.is_item and not any(is_finite_verb(w.strip(".,;:")) for w in main[1:])


def _data_source(ctx: DraftContext, indicator: str) -> DraftItem:
    """The indicator's data source: the survey or statistics the user named for their figures ('er elevenkät'),
    else where such figures are usually found."""
    own = _own_source(ctx.facts)
    if own is not None:
        return user_item(f"Datakälla: {own.source}, med samma frågor vid varje mätning", own.quote)
    kind = _measured_kind(ctx, indicator)
    if kind in _OWN_RECORD_KINDS:  # counted, seen, granted or tested where it happens
        return suggestion(f"Datakälla: {_indicator_fields(kind, ctx.facts.org_kind)[1]}")
    return suggestion(f"Datakälla: {_statistics_source(indicator, ctx.facts.org_kind)}")


# Kinds of indicator whose figures are the unit's own records (a screening, a count, a lending statistic), not
# national statistics (trial 27: 'Kolada, SCB och Skolverkets statistik' for a school's own lässcreening).
_OWN_RECORD_KINDS = ("count", "observation", "resource", "test", "average", "lending")


def _measured_kind(ctx: DraftContext, indicator: str) -> str:
    """`_kind` of the plan's own indicator, or, when its words do not tell, what the user's figures were measured
    with ('på höstens lässcreening … låg 34 % under gränsen': a test)."""
    kind = _kind(indicator)
    if kind == "process":
        kind = next((k for k in (_kind(f.quote) for f in _measure_figures(ctx.facts)) if k == "test"), kind)
    return kind


def _measured_first(facts: UserFacts) -> list[str]:
    """The user's problems, those holding the figures the indicator is built on first ('men bara 5 av 40 deltagare
    var pojkar' for a goal on who takes part): why the goal fits is what it measures."""
    measured = _measure_figures(facts)
    def holds(p: str) -> bool:
        return any(x and x in p for f in measured for x in (f.quote[:30], f.computed))
    return sorted(facts.problems, key=lambda p: not holds(p))


def _own_source(facts: UserFacts) -> Figure | None:
    """The figure that names the user's own source for what the indicator measures ('er elevenkät' for '34 % …
    gör läxor'); None when the indicator's figures name none: another figure's survey is not its source, nor is it
    the source of a target's measure no figure of theirs measures."""
    if _unmeasured(facts):
        return None
    chosen = _measure_figures(facts)
    # a source belongs to the figure it was given with: the survey named for who feels safe is not the source of
    # the visit shares the indicator counts (trial 25: 'Datakälla: er enkät (ni angav)' on besöksstatistik)
    return next((f for f in chosen if f.source and f.subject == chosen[0].subject), None)


def _measured(ctx: DraftContext) -> str:
    """What the indicator counts: 'som saknar godkänt i matematik' from a figure, else the problem in the user's
    words ('som berörs av: flickor utsätts för hedersnormer')."""
    chosen = _measure_figures(ctx.facts)
    subject = chosen[0].subject if chosen else ""
    if chosen and (chosen[0].is_value or _average(chosen[0])):  # 'meritvärdet': a value per group, not a share
        return ctx.spell(subject)
    if subject.startswith("bland "):  # a share of girls or boys among others ('bland besökarna på fritidsgårdarna')
        return ctx.spell(subject)
    if subject:
        return f"som {ctx.spell(relative(subject))}"
    said = next((p for p in (predicate(x) for x in ctx.facts.problems) if p), "")
    if said:  # 'Pojkarna i sexan hänger inte med i läsningen' -> 'som inte hänger med i läsningen'
        return f"som {said}"
    topic = shorten_topic(ctx.topic)
    return f"som berörs av: {topic}" if topic else "som berörs av problemet"


def _average(f: Figure) -> bool:
    """An average per group ('antal böcker i snitt (lånade)', `facts._read_group_averages`): a value of each group,
    said '… för pojkar och för flickor', never a share of them."""
    return f.rate and f.subject.startswith("antal ")


def _indicator_phrase(ctx: DraftContext) -> str:
    """'andel pojkar och andel flickor i åk 7–9 som saknar godkänt i matematik' from the user's figures."""
    grades = ctx.facts.within or _measured_part(ctx.facts)
    unmeasured = _unmeasured(ctx.facts)
    if unmeasured.startswith("som "):  # 'andel pojkar och andel flickor … som läser varje dag': their target's
        return f"andel pojkar och andel flickor{grades} {ctx.spell(unmeasured)}"
    if unmeasured:  # 'frånvaron för pojkar och för flickor i åk 7–9': what their target is of
        return f"{ctx.spell(unmeasured)} för pojkar och för flickor{grades}"
    chosen = _measure_figures(ctx.facts)
    if chosen and chosen[0].unit in lex.TIME_UNITS_OF:  # 'antal sjukdagar i snitt per år för män och för kvinnor'
        return f"{ctx.spell(chosen[0].subject)} för pojkar och för flickor{grades}"
    if chosen and (chosen[0].rate and chosen[0].subject.startswith("andel av ") or _average(chosen[0])):
        # 'andel av föreningsbidragen som går till verksamhet för pojkar och för flickor': a resource's share; 'antal
        # böcker i snitt (lånade) för pojkar och för flickor': an average per group (session 24)
        return f"{for_both(ctx.spell(chosen[0].subject))}{grades}"
    if chosen and chosen[0].is_value:  # 'meritvärdet för pojkar och för flickor i åk 9'
        return f"{_measured(ctx)} för pojkar och för flickor{grades}"
    if chosen and chosen[0].part:  # 'andel av tiden i samlingen som pojkar och flickor fick ordet'
        return f"andel av {chosen[0].part} som pojkar och flickor{grades} {ctx.spell(_part_doing(chosen[0].subject))}"
    return f"andel pojkar och andel flickor{grades} {_measured(ctx)}".strip()


def _measured_part(facts: UserFacts) -> str:
    """' på Vård- och omsorgsprogrammet' when every figure of the measure an indicator follows is of that part of the
    pupils, though the user's other figures are of other parts (trial 29: the goal on one programme's examinations
    lost the programme beside the other programme's dropouts); '' otherwise."""
    chosen = _measure_figures(facts)
    same = [f for f in chosen if chosen and f.subject == chosen[0].subject]
    parts = {f.within for f in same}
    return f" {parts.pop()}" if len(parts) == 1 and "" not in parts else ""


def _part_doing(subject: str) -> str:
    """What a group did in a share of something, without the preposition that led to the share ('valde bygghörnan i'
    of 'valde bygghörnan i 12 % av tillfällena' -> 'valde bygghörnan')."""
    words = subject.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in lex.PREPOSITIONS else subject


def _statistics_source(text: str, org_kind: str = "") -> str:
    if org_kind in lex.ADULT_STATISTICS_SOURCES:  # a socialtjänst's figures are in its own records, not Skolverket's
        return lex.ADULT_STATISTICS_SOURCES[org_kind]
    # bidrags- and besöksstatistik, not for a school result
    if org_kind in lex.UNIT_RECORDS and _kind(text) not in ("grades", "absence", "results"):
        return lex.UNIT_RECORDS[org_kind]
    kinds = [(p, w) for p, w in lex.ASKED_KIND_SOURCES if p is not lex.GRANT_RE]  # a draft's data are no grant
    return next((where for pattern, where in [*kinds, *lex.STATISTICS_SOURCES] if pattern.search(text)),
                lex.DEFAULT_STATISTICS_SOURCE)


def _key_figures(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext, used: set[str]) -> list[DraftItem]:
    """The figures to collect, from the user's problem; where they are found; the material's key-figure advice."""
    phrase = _indicator_phrase(ctx)
    items = [suggestion(f"{phrase[:1].upper()}{phrase[1:]}, per läsår (minst tre år bakåt)")]
    if lex.ABSENCE_RE.search(ctx.topic) and not all(lex.ABSENCE_RE.search(f.subject) for f in ctx.facts.figures):
        items.append(suggestion("Frånvaro i procent för pojkar och flickor, per årskurs och termin"))
    kind = _measured_kind(ctx, ctx.topic)
    own_records = kind in ("test", "average", "lending", "observation") and bool(ctx.facts.figures)
    where = _indicator_fields(kind, ctx.facts.org_kind)[1] if own_records else \
        _statistics_source(ctx.topic, ctx.facts.org_kind)
    items.append(suggestion(f"Var siffrorna finns: {where}"))
    evidence = backend.evidence
    hits = evidence.search("könsuppdelad statistik nyckeltal Kolada", k=6)
    advice = pick(evidence, "sammanställ befintlig könsuppdelad statistik", 1,
                  lambda s: bool(lex.STATISTICS.search(s.text)) and not _own_figures(s.text), used, hits=hits)
    advice = [s for s in advice if not (ctx.easy and s.words > EASY_SOURCE_WORDS)]  # lättläst: no long one
    items += [source_item(s.text, [cite(book, s)]) for s in advice]
    return items


# --- lokalt_mal ---------------------------------------------------------------------------------------------


def _regrade(text: str | None, ctx: DraftContext) -> str | None:
    """An earlier decision restated for the target group now in force: its grades ('byt målgrupp till åk 4–6') and
    the part of the pupils named in words ('… på yrkesprogrammen' -> '… på högskoleförberedande program')."""
    if not text:
        return text
    if ctx.facts.grades:
        text = lex.GRADE_RE.sub(ctx.facts.grades, text)
    new = ctx.facts.qualifier.strip()
    if not new and not ctx.facts.named_group:
        return text  # figures of several parts (trial 29: two programmes) and no part named anew: nothing to restate
    for old in {f.within for f in ctx.facts.figures if f.within and f.within.lower() not in new.lower()}:
        text = re.sub(rf"\s+{re.escape(old)}\b", f" {new}" if new else "", text, flags=re.I)
    return text


def _other_group(ctx: DraftContext, f: Figure) -> bool:
    """Whether a figure was given for another target group than the one now in force (other grades, or before the
    group was named anew): it is no baseline of the plan. A figure of some of the group's grades ('åk 4' in a plan
    of åk 4–6) is the group's baseline in part (`_part_of_group`), not another group's."""
    grades = ctx.facts.grades
    return bool(f.grades and grades and f.grades != grades and not _part_of_group(ctx, f)) or (
        f.named != ctx.facts.named_group and not ctx.facts.of_named_group(f)) or _other_place(ctx, f)


def _place_key(name: str) -> str:
    """'Bygg- och anläggningsprogrammets' -> 'bygg': a place name's first word, folded, without its genitive."""
    first = fold(name.split()[0]).rstrip("-")
    return first[:-1] if first.endswith("s") and len(first) > 5 else first


def _other_place(ctx: DraftContext, f: Figure) -> bool:
    """Whether a figure is of another place than the one the target group was moved to ('… tog examen' of
    'pojkarna på Vård- och omsorgsprogrammet' after 'byt målgrupp till … på Bygg- och anläggningsprogrammet')."""
    if not ctx.facts.named_place:
        return False
    said = [_place_key(m.group("name")) for m in lex.NAMED_PLACE_RE.finditer(f"{f.within} {f.subject} {f.where}")]
    return bool(said) and _place_key(ctx.facts.named_place) not in said


def _part_of_group(ctx: DraftContext, f: Figure) -> bool:
    """Whether a figure was given for some, not all, of the target group's grades (the screening of 'åk 4' in a plan
    of 'elever i åk 4–6'; trial 27 left the whole baseline a gap)."""
    grades = ctx.facts.grades
    if not (f.grades and grades and f.grades != grades):
        return False
    own, whole = spoken_grades(f.grades), spoken_grades(grades)
    return bool(own) and own < whole


def _part_label(ctx: DraftContext, figures: list[Figure]) -> str:
    """'åk 4 – ' before a baseline whose figures are all of one part of the target group's grades, else ''."""
    parts = {f.grades for f in figures}
    return f"{parts.pop()} – " if figures and len(parts) == 1 and all(_part_of_group(ctx, f) for f in figures) \
        else ""


def _rest_of_group_gap(ctx: DraftContext, figures: list[Figure], indicator: str) -> list[DraftItem]:
    """The baseline still to find for the target group's grades the user's figures leave out (their figures of åk 4
    in a plan of åk 4–6: 'Fyll i: utgångsvärde för åk 5–6 – …'); none when the figures cover the group."""
    if not _part_label(ctx, figures):
        return []
    rest = spoken_grades(ctx.facts.grades or "") - frozenset().union(*(spoken_grades(f.grades or "") for f in figures))
    if not rest:
        return []
    named = grades_phrase(rest).replace("årskurs ", "åk ")
    indicator = indicator.replace(ctx.facts.grades or "", named) if ctx.facts.grades else indicator
    return [gap(f"utgångsvärde för {named} – {indicator}, och vilket år det gäller (era siffror gäller "
                f"{figures[0].grades})")]


def _other_group_gap(ctx: DraftContext, figures: list[Figure], indicator: str) -> DraftItem:
    """The baseline still to be found for the group now in force, naming whose the user's figures are."""
    first = figures[0]
    grades, named = ctx.facts.grades, ctx.facts.named_group
    part = next((f.within for f in [first, *ctx.facts.figures] if f.within), "")  # 'på yrkesprogrammen'
    old = first.grades if first.grades and first.grades != grades else \
        first.named or (f"elever {part}" if part else "en annan målgrupp")
    given = "; ".join(f.describe() for f in figures[:BASELINE_FIGURES])
    return gap(f"utgångsvärde för {named or grades} – {indicator}, och vilket år det gäller "
               f"(era siffror gäller {old}: {given}){_grade_bound(indicator, grades)}")


def _grade_bound(measure: str, grades: str | None) -> str:
    """A warning when the measure does not exist in the grades now in force (`lexicon.MEASURE_FROM_GRADE`).

    >>> _grade_bound("andel som inte var behöriga till gymnasiets yrkesprogram", "åk 4–6")
    '. Obs: det måttet räknas först i åk 9 och finns inte i åk 4–6 – välj ett mått som finns där'
    >>> _grade_bound("andel som inte känner sig trygga", "åk 4–6"), _grade_bound("andel med betyg F", "åk 7–9")
    ('', '')
    >>> _grade_bound("andel med betyg F", "gymnasiet år 2"), _grade_bound("andel med betyg F", "år 1–3")
    ('', '')
    """
    if not grades or not lex.COMPULSORY_GRADES_RE.search(grades) or lex.UPPER_SECONDARY_RE.search(grades):
        return ""  # the grades count gymnasium years (or no school's): 'from åk 6' is not said of them
    top = max((int(n) for n in re.findall(r"\d+", grades or "")), default=0)
    if not top:
        return ""
    for pattern, first, said in lex.MEASURE_FROM_GRADE:
        if pattern.search(measure) and top < first:
            return f". Obs: det måttet {said} och finns inte i {grades} – välj ett mått som finns där"
    return ""


def _direction(text: str) -> str:
    """Which way the goal's share should go.

    >>> _direction("som saknade godkänt i svenska"), _direction("som har godkänt i svenska")
    ('minska', 'öka')
    >>> _direction("som slutade efter första terminen"), _direction("som inte slutade efter första terminen")
    ('minska', 'öka')
    """
    return "minska" if should_fall(text) else "öka"


def _user_causes(facts: UserFacts) -> list[str]:
    """The statements of the user's problem that say why (`lexicon.USER_CAUSE_RE`: 'eftersom …', 'Flickorna säger att
    lokalen domineras av pojkarnas aktiviteter'): without a figure of their own, beside statements with figures (the
    measured problem), never the only statement. They are the user's causes, said under Orsaker."""
    if len(facts.problems) < 2 or not facts.figures:
        return []
    def says_why(p: str) -> bool:
        said = lex.GROUP_SAYS_RE.match(p) or lex.GROUP_SAYS_INVERTED_RE.match(p)
        return bool(lex.USER_CAUSE_RE.search(p) or (said and said.group("who").lower() in lex.GROUP_WORDS))
    causes = [p for p in facts.problems if says_why(p) and not lex.FIGURE_RE.search(p)]
    return causes if len(causes) < len(facts.problems) else []


def _parts_of_one_whole(figures: list[Figure]) -> tuple[Figure, Figure] | None:
    """Boys' and girls' shares of one total (besöken, tiden, deltagarna): the same measure, adding up to the whole
    (100 %, give or take rounding), told with the groups as what the parts are ('81 % av besöken pojkar och 19 %
    flickor', 'var pojkar'), not as whose share it is ('44 % av flickorna', 'bland pojkarna'). Such shares can only
    even out; both cannot rise (trial 25: 'Andelen pojkar och andelen flickor … ska öka' of visit shares, where the
    rule of trial 24 read only shares said 'bland …' or 'of the time')."""
    shares = [f for f in figures if f.is_share and f.group in lex.GENDER_GROUPS]
    by_group: dict[str, Figure] = {}
    for f in shares:  # the first measure's (the indicator's), not another the user gave
        if f.subject == shares[0].subject:
            by_group.setdefault(f.group, f)
    boys, girls = (by_group.get(g) for g in lex.GENDER_GROUPS)
    if not (boys and girls) or abs(boys.value + girls.value - 100) > 1:
        return None
    if boys.part or boys.subject.startswith("bland "):
        return boys, girls
    # ... in any of the pair's words ('62 % av männen och 38 % av kvinnorna …' is each group's own share, not a split
    # of one whole: the goal had read 'Fördelningen mellan män och kvinnor … ska bli jämnare')
    own = "|".join(sorted((re.escape(w) for w, g in lex.GROUP_WORDS.items() if g in lex.GENDER_GROUPS), key=len,
                          reverse=True))
    whose = re.compile(rf"\b(?:av|bland|för|hos)\s+(?:{own})\b", re.I)  # each group's own share, of its own
    return None if any(whose.search(f.quote) for f in (boys, girls)) else (boys, girls)


def _goal_sentence(ctx: DraftContext) -> str:
    facts = ctx.facts
    where = at(ctx.place)
    unmeasured = _unmeasured(facts)
    # 'Frånvaron … ska minska med 5 procentenheter' without a figure of it: the goal is of that
    measured = ctx.spell(unmeasured) if unmeasured else _measured(ctx)
    grades = facts.within
    reach = _reach(facts)
    # an even split reaches the user's value ('… ska bli jämnare och nå 45 % för pojkarna senast juni 2027')
    evens = f"nå {reach[len('till '):]}" if reach.startswith("till ") else reach
    if facts.target is not None and facts.target.each:
        return _goal_for_each(ctx, facts.target)
    if measured.startswith("bland "):  # how a group is made up: the shares of boys and girls even out
        return f"Fördelningen mellan pojkar och flickor {measured}{grades}{where} ska bli jämnare och {evens}"
    chosen = _measure_figures(facts)
    if not unmeasured and chosen and chosen[0].unit in lex.TIME_UNITS_OF:  # a time's measure has no 'som'
        measured = ctx.spell(chosen[0].subject)
    resource = re.match(r"andel av (\S+) som \S+(?: ut)? till (.*)$", chosen[0].subject) if chosen and chosen[0].rate \
        else None
    if not unmeasured and resource:  # a resource's share: its split between the groups' activities evens out
        to = f"{resource.group(2)} " if resource.group(2) else ""
        return (f"Fördelningen av {resource.group(1)} mellan {for_both(to.strip()).strip()}{grades}{where} ska bli "
                f"jämnare och {evens}")
    if not unmeasured and chosen and chosen[0].part:  # a share of the time (of the reports) split between them
        return (f"Fördelningen av {chosen[0].part} som pojkar och flickor{grades}{where} "
                f"{ctx.spell(chosen[0].subject)} ska bli jämnare och {evens}")
    if not unmeasured and _parts_of_one_whole(chosen):  # a total's parts, said otherwise: they even out too
        return f"Fördelningen mellan pojkar och flickor {measured}{grades}{where} ska bli jämnare och {evens}"
    told = _told_goal(ctx) if not unmeasured else None
    if told is not None:  # 'På X ska andelen pojkar … minska från 34 % (2025) till högst 20 % senast hösten 2027'
        return told
    if reach.startswith("till "):  # a change the user set ('minska med 4 procentenheter') says its own way
        reach = f"{goal_direction(facts, measured)} {reach}"
    if (unmeasured and not unmeasured.startswith("som ")) or (not unmeasured and chosen and (
            chosen[0].is_value or chosen[0].unit in lex.TIME_UNITS_OF or _average(chosen[0]))):
        # 'Antal sjukdagar … för män och för kvinnor', 'Antal böcker i snitt (lånade) för pojkar och för flickor'
        return (f"{measured[:1].upper()}{measured[1:]} för pojkar och för flickor{grades}{where} ska "
                f"{reach}, och skillnaden mellan pojkar och flickor ska minska")
    return (f"Andelen pojkar och andelen flickor{grades}{where} {measured} ska "
            f"{reach}, och skillnaden mellan pojkar och flickor ska minska")


def _goal_for_each(ctx: DraftContext, target: Target) -> str:
    """The goal of a bound the user set for every group, in their words ('ingen grupp ska ha mer än 55 % av
    talutrymmet i samlingarna till våren 2027' -> 'I X ska varken pojkar eller flickor ha mer än 55 % av talutrymmet i
    samlingarna senast våren 2027 (utgångsläge: pojkar 64 % (2025); flickor 36 % (2025))'; trial 28: it became 'nå
    målvärdet senast måldatum')."""
    who, said = target.each.split(" ska ", 1)
    place = ctx.place
    where = f"{preposition(place).capitalize()} {place} ska {who}" if place else f"{who[:1].upper()}{who[1:]} ska"
    baseline = _baseline(ctx)
    now = f" (utgångsläge: {baseline.text.split(':', 1)[1].strip()})" if not baseline.gap and \
        baseline.text.startswith("Utgångsvärde:") else ""
    return f"{where}{ctx.facts.within} {ctx.spell(said)} senast {target.date or 'måldatum'}{now}"


def goal_direction(facts: UserFacts, measured: str) -> str:
    """Which way the goal moves the measure, from what the user said first: the bound of their target ('högst 20 %'
    is a ceiling: 'minska'; 'minst' a floor: 'öka'), the verb of their target ('komma ner', 'sänka', 'minska' /
    'öka', 'höja'; `lexicon.TARGET_DOWN_RE`, `TARGET_UP_RE`), their baseline above or below the target value; only
    else the measure's own wording (`_direction`: 'som slutade', 'saknar godkänt'). Trial 27: 'högst 20 % … ska
    ligga under den kritiska gränsen' became 'ska öka till 20 %'."""
    target = facts.target
    values = [v for _, v in target.values if not is_change(v)] if target else []
    bounds = {v.split()[0].lower() for v in values if v.split()[0].lower() in ("högst", "minst")}
    if len(bounds) == 1:
        return "minska" if bounds == {"högst"} else "öka"
    if target is not None and values:
        down, up = lex.TARGET_DOWN_RE.search(target.quote), lex.TARGET_UP_RE.search(target.quote)
        if bool(down) != bool(up):
            return "minska" if down else "öka"
        chosen = _measure_figures(facts)
        for group, value in target.values:
            base = next((f for f in chosen if f.is_share == value.endswith("%") and (f.group == group or not group)),
                        None)
            number = re.search(r"\d+(?:[.,]\d+)?", value)
            if base is not None and number and as_number(number.group(0)) != base.value:
                return "minska" if as_number(number.group(0)) < base.value else "öka"
    return _direction(measured)


def _told_goal(ctx: DraftContext) -> str | None:
    """The goal told group by group from the user's baseline and target (`targets.goal_sentence`: '… ska minska från
    34 % (2025) till högst 20 % senast hösten 2027, och andelen flickor ska inte bli högre än 15 %'); None when they
    set no value to reach or gave no baseline of the indicator's groups."""
    target = ctx.facts.target
    if target is None or not target.values or any(is_change(v) or not g for g, v in target.values):
        return None
    baseline = _baseline(ctx)
    if baseline.gap or ":" not in baseline.text or not baseline.text.startswith("Utgångsvärde"):
        return None
    told = goal_sentence(_indicator_phrase(ctx), baseline.text.split(":", 1)[1].strip(), target.values_text,
                         target.date, hold_others=True)
    if told is None:
        return None
    place = ctx.place
    return f"{preposition(place).capitalize()} {place} ska {told.replace(' ska ', ' ', 1)}" if place else \
        f"{told[:1].upper()}{told[1:]}"


def _reach(facts: UserFacts) -> str:
    """'till 12 % för flickorna och 8 % för pojkarna senast hösten 2026' from the target the user set; the
    placeholders 'målvärdet' and 'måldatum' for what they did not say. A change without its baseline is said as the
    user set it, its verb too: 'öka med 5 procentenheter för pojkarna senast våren 2026'."""
    target = facts.target
    pairs = target.values if target else ()
    changes = bool(pairs) and all(is_change(value) for _, value in pairs)
    values = [said_change(value) + (f" för {lex.DEFINITE_GROUP.get(group, group)}" if group else "")
              for group, value in pairs]
    value = listed(values) if changes else f"till {listed(values) or 'målvärdet'}"
    return f"{value} senast {target.date if target and target.date else 'måldatum'}"


def _target_items(facts: UserFacts) -> list[DraftItem]:
    """'Målvärde: flickor 12 %; pojkar 8 %' and 'Måldatum: hösten 2026' as the user's, gaps for what they did not
    say."""
    target = facts.target
    return [
        user_item(f"Målvärde: {target.values_text}", target.quote) if target and target.values
        else gap("målvärde för pojkar och för flickor (vad ni vill nå)"),
        user_item(f"Måldatum: {target.date}", target.quote) if target and target.date
        else gap("datum då målet ska vara nått (t.ex. vid läsårets slut)"),
    ]


def _baseline(ctx: DraftContext, results_after: bool = False) -> DraftItem:
    """The user's figures of what the indicator measures, as its baseline. With `results_after` (a follow-up plan),
    figures all measured after the intervention ('… efteråt') are its result instead: the baseline is still a gap."""
    # A share above 100 % cannot be a baseline; 'Kontrollera uppgifterna' asks the user about it instead.
    possible = [f for f in ctx.facts.figures if not (f.is_share and f.value > 100)]
    # A figure given for other grades, or before the target group was named anew, is of another group.
    other = [f for f in possible if _other_group(ctx, f)]
    measured = _measure_figures(ctx.facts)
    if other and (len(other) == len(possible) or (
            ctx.facts.named_place and measured and all(f in other for f in measured))):
        # The target group changed ('byt målgrupp till åk 4–6'): figures given for åk 7–9 are not its baseline, nor
        # another programme's figures of what the indicator measures (the new group's own figures of something
        # else stay under 'Mer som ni angav').
        own = [f for f in other if measured and f.subject == measured[0].subject]  # its own figures, else all
        return _other_group_gap(ctx, own or sorted(other, key=lambda f: f not in measured), _indicator_phrase(ctx))
    # ... nor when figures of the new group came later ('Våren 2025 deltog 14 pojkar …' after the change)
    possible = [f for f in possible if f not in other]
    unmeasured = _unmeasured(ctx.facts)
    if unmeasured:  # their target is of something their figures do not measure: its current value is to be found
        given = "; ".join(f.describe() for f in possible[:2])
        return gap(f"utgångsvärde – {_indicator_phrase(ctx)} i dag, och vilket år det gäller"
                   + (f" (era siffror mäter något annat: {given})" if given else ""))
    figures = _baseline_figures(possible, measured)
    figures = figures[:BASELINE_FIGURES]
    if figures:
        text = _part_label(ctx, figures) + "; ".join(
            f"{_whose(f, figures)}{f.text}{f.dated('år saknas')}" for f in figures)
        if results_after and all(lex.AFTER_INTERVENTION_RE.search(f.quote) for f in figures):
            return user_item(f"{RESULT_AFTER_LABEL}: {text}", "; ".join(f.quote for f in figures))
        return user_item(f"Utgångsvärde: {text}", "; ".join(f.quote for f in figures))
    return gap(f"utgångsvärde – {_indicator_phrase(ctx)}, och vilket år det gäller")


def _whose(f: Figure, figures: list[Figure]) -> str:
    """'pojkar ' before a baseline's figure; 'pojkar på el-programmet ' when the figures are of more than one part of
    the group (each programme the user named keeps its own figures), 'pojkar bland Bygg- och anläggningsprogrammets
    118 elever ' when each place's people are their own whole."""
    who = f.group if f.group and f.group != f.unit else ""
    if who and f.within and len({g.within for g in figures}) > 1:
        who = f"{who} {f.within}"
    elif who and len({g.subject for g in figures}) > 1 and f.subject.startswith("bland "):
        who = f"{who} {f.subject}"
    return f"{who} " if who else ""


def _baseline_figures(possible: list[Figure], measured: list[Figure]) -> list[Figure]:
    """The baseline is of what the indicator measures: the figures of its own subject ('54 % … får hjälp med
    läxor'), not another figure the user gave ('25 % bland besökarna' stays under 'Mer som ni angav'); a share among
    the same kind of people at another place the user named is of it too ('94 % bland Bygg- och
    anläggningsprogrammets 118 elever' beside VO's: session 29 kept the first programme only)."""
    return [f for f in possible if measured and _same_measure(f, measured[0])] or [
        f for f in possible if f.is_share] or possible


def _same_measure(f: Figure, measured: Figure) -> bool:
    """Whether `f` measures what `measured` does: the same subject, or a share of one gender among people of the same
    kind ('bland … elever') at another place."""
    if f.subject == measured.subject:
        return True
    among = [g.subject.split() for g in (f, measured)]
    return f.is_share and measured.is_share and all(a and a[0] == "bland" for a in among) and \
        among[0][-1].lower() == among[1][-1].lower()


# How many of the user's figures a baseline carries: the two groups at four places or times (session 29 cut a third
# programme at four).
BASELINE_FIGURES = 8


def _baseline_rest(ctx: DraftContext) -> list[DraftItem]:
    """After a baseline of part of the target group's grades (`_part_label`), the gap for the grades it leaves out."""
    if _unmeasured(ctx.facts):
        return []
    possible = [f for f in ctx.facts.figures if not (f.is_share and f.value > 100) and not _other_group(ctx, f)]
    return _rest_of_group_gap(ctx, _baseline_figures(possible, _measure_figures(ctx.facts))[:4], _indicator_phrase(ctx))


# How a follow-up plan labels the user's figures measured after the intervention (`_baseline`).
RESULT_AFTER_LABEL = "Resultat efter insatsen"


def local_goal(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`lokalt_mal`: a measurable goal for the user's problem, 3–5 ranked interventions with actors, a check."""
    mode: Mode = "lokalt_mal"
    ctx = context(backend, turn)
    facts = ctx.facts
    card = ctx.match.card if ctx.match else None
    goal: list[DraftItem] = []
    has_own = bool(facts.figures or facts.problems or facts.goals or ctx.plan.decided_topic())
    if has_own:
        goal.append(suggestion(_goal_sentence(ctx)))
    # the goal they set in their own words stays theirs, after the sentence that makes it measurable
    goal += [_own_goal_item(g) for g in facts.goals[-1:]]
    if card is not None:
        n = cite_lines(book, card.goals)
        goal += [source_item(f"Metodstödets förslag: {substitute_org(g.text, ctx.facts.card_place)}", [n])
                 for g in card.goals[:1]]
    else:
        goal.append(suggestion(f"{lex.NO_CARD_GOAL_NOTE} som passar just det här problemet; målet ovan "
                               "bygger på er beskrivning och de närmaste avsnitten i underlaget."))
    if not has_own and card is None:
        goal.insert(0, gap("vilket problem målet ska lösa, för vilka elever"))

    indicator = _regrade(ctx.plan.field_value("Indikator"), ctx) or _indicator_phrase(ctx)
    measurable = [
        suggestion(f"Indikator: {indicator}"),
        _baseline(ctx),
        *_baseline_rest(ctx),
        *_target_items(facts),
        _data_source(ctx, indicator),
    ]
    why = [user_item(f"”{p}”", p) for p in _measured_first(facts)[:2]]
    if card is not None and card.problem is not None:
        why.append(source_item(card.problem.text, [cite_lines(book, [card.problem])]))
    elif not why:
        found = pick(backend.evidence, backend.cards.search_text(ctx.topic), 1,
                     lambda s: not lex.SUGGESTION_SECTION.search(s.chunk.heading_path_text) and "?" not in s.text)
        why += [source_item(s.text, [cite(book, s)]) for s in found]

    interventions, actors = _interventions(backend, book, ctx)
    sections = [
        *_issues(mode, ctx),
        draft_section(mode, "mal", goal),
        draft_section(mode, "matbart", measurable),
        draft_section(mode, "motivering", why),
        draft_section(mode, "insatser", interventions),
        draft_section(mode, "aktorer", actors),
    ]
    followups = [f for f in card.followup if not f.text.lower().startswith("se ")] if card else []
    sections.append(draft_section(mode, "kontroll", goal_check(sections, ctx, card_followups=len(followups))))
    return _finish(mode, ctx, sections, book)


def _interventions(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext) -> tuple[
        list[DraftItem], list[DraftItem]]:
    """The 3–5 interventions of the card closest to the user's problem, ranked, each with why and actors."""
    card = ctx.match.card if ctx.match else None
    items: list[DraftItem] = []
    actors: list[DraftItem] = []
    tried = " ".join(ctx.facts.tried).lower()
    own_lines = [i for i in card.interventions if not i.text.lower().startswith("se ")] if card else []
    if card is not None and own_lines:
        ranked = backend.cards.rank_lines(ctx.topic, own_lines)
        # the same intervention listed twice (a card repeated under two headings): said once (trial 24)
        seen_lines: set[str] = set()
        ranked = [(line, score) for line, score in ranked
                  if not (_line_key(line.text) in seen_lines or seen_lines.add(_line_key(line.text)))]
        chosen = ranked[: max(3, min(_MAX_INTERVENTIONS, len(ranked)))]
        # the card's list of actors, or the list under the same card's 'Aktörer…' heading when its reading did not
        # reach it, cited to its lines beside each intervention's carriers
        listed = card.actors or actors_listed_after(backend.evidence.continued(own_lines[-1].chunk), own_lines[-1])
        actor_names = [a.text for a in listed if not school_role(a.text, ctx.facts.org_kind)]
        listed_n = cite_lines(book, listed) if actor_names else None
        for rank, (line, _) in enumerate(chosen, start=1):
            text = _proposal_text(line)
            items += _proposal(book, ctx, rank, line, _why(line, ctx, rank), _actors_for(line, actor_names),
                               listed_n)[0]
            if tried and any(w in tried for w in text.lower().split()[:2] if len(w) > 4):
                items.append(user_item(f"Ni har redan prövat något liknande: {'; '.join(ctx.facts.tried)}"))
        if listed_n is not None:
            actors = [source_item(a, [listed_n]) for a in actor_names][:6]
            return items, actors
    # No card fits: the whole problem first, then each problem the user named on its own (two problems in one
    # topic, 'fullföljde sin utbildning' and 'Frånvaron var 14 procent', each carry too few of the whole's terms for
    # any line to take up).
    own_parts = [shorten_topic(p, limit=200) for p in ctx.facts.problems] if len(ctx.facts.problems) > 1 else []
    uncarded = not items
    found_for = ctx.topic  # the problem the interventions were found for: the actors are looked up for it too
    near_pool: list[CardLine | Sentence] = []  # the whole problem's candidates, for the closest sources
    for topic in dict.fromkeys([ctx.topic, *(p for p in own_parts if p)]):
        if items:
            break
        found_for = topic
        # No card fits: the interventions that take up the problem itself (its own terms), from every card's list
        # and from the material's sections on interventions, the closest by meaning first. The nearest wording
        # alone ('föräldraskapsstöd … pojkars engagemang' for 'flickor avstår från simning') is no fit.
        pool: list[CardLine | Sentence] = [
            line for m in backend.cards.rank(topic, ctx.facts.org_kind, ctx.facts.fewer)[:5]
            for line in m.card.interventions
            if not line.text.lower().startswith("se ")]
        def proposed(s: Sentence) -> bool:  # a proposal of the material: in a section of interventions, or advice
            # ... not a timetable's line ('kl. 9.00–10.00 Workshop'), a date or a heading
            if s.is_label or lex.CLOCK_RE.search(s.text) or lex.DATE_RE.search(s.text):
                return False
            return "?" not in s.text and s.words <= 40 and not s.text.rstrip().endswith(":") and not re.match(
                r"^(\d+\.\s*)?(insatser|åtgärder)\b", s.text, re.I) and bool(
                lex.INTERVENTION_SECTION_RE.search(s.chunk.heading_path_text)
                or lex.RECOMMENDATION_RE.search(s.text))

        search = backend.cards.problem_query(topic)
        for query in (search, f"insatser åtgärder {search}"):
            pool += pick(backend.evidence, query, 10, proposed)
        seen: set[str] = set()
        # ... none of school for an adult unit, none from a list for the other group than the one the problem lacks
        # or of school for a leisure unit whose problem names none (`fits_list`)
        pool = [line for line in pool if not about_school(line.text, ctx.facts.org_kind)
                and fits_list(line, ctx.facts.problem_text or topic, ctx.facts.org_kind, ctx.facts.fewer)]
        near_pool = near_pool or pool
        for line, _ in backend.cards.fitting_lines(topic, pool, 6):
            text = _proposal_text(line)
            if text.lower() in seen or len(items) >= 2 * _MAX_INTERVENTIONS - 2:
                continue
            seen.add(text.lower())
            named = named_actors(line.text, ctx.facts.org_kind)
            # ... and those its card lists for its interventions ('Förslag på aktörer …'), cited to that list
            listed, listed_n = _card_actors_of(backend, book, line, ctx.facts.org_kind)
            chosen_listed = _actors_for_names(line, listed)
            carriers = ", ".join(dict.fromkeys([*(n.lower() for n in named), *chosen_listed]))
            proposal, n = _proposal(book, ctx, len(items) // 2 + 1, line, _why(line, ctx, 0), carriers,
                                    listed_n if chosen_listed else None)
            items += proposal
            for name in named:
                if name not in {a.text for a in actors}:
                    actors.append(source_item(name, [n]))
            for name in chosen_listed:
                if name not in {x.text for x in actors} and listed_n is not None:
                    actors.append(source_item(name, [listed_n]))
    if uncarded and not items:
        items, actors = _closest_sources(backend, book, ctx, near_pool)
    if uncarded and not actors:  # none named in the interventions: the actors the material names where it treats
        actors = _actors_near(backend, book, ctx, topic=found_for if items else ctx.topic)  # the problem
    if not items:
        items.append(gap("insatser – underlaget har inga förslag som passar just detta problem"))
    if actors:  # the actors the material names with these interventions (elevhälsan, mentorer, vårdnadshavare …)
        return items, actors
    # No card fits: the material has no actors for this problem. A search by the word 'aktör' finds checklists and
    # interventions that share a chunk with the cards' actor lists, so the gap stays; 'lägg till aktörer' offers the
    # closest cards' actors when asked (`card_actors`).
    own = [suggestion(f"Aktörer som brukar bära sådant arbete: {lex.UNIT_ACTORS[ctx.facts.org_kind]}")] \
        if ctx.facts.org_kind in lex.UNIT_ACTORS else []  # a kultur- och fritidsförvaltning's own partners
    return items, [*own, gap("vilka aktörer som kan bära insatserna – underlaget nämner inga för just detta")]


def _closest_sources(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext,
                     pool: list[CardLine | Sentence]) -> tuple[list[DraftItem], list[DraftItem]]:
    """No card and no intervention fits: the material's proposals closest to the problem (each sharing at least one
    of its own terms, `cards.near_lines`), said to be the closest and not written for it, each cited with the actors
    it names, and a gap for the unit's own interventions (issue 13: 'say so and build from the closest sources, not
    nothing'). None when no proposal shares a term with the problem."""
    # ... also the entries of the sections on interventions among the passages found for the problem, whatever their
    # wording ('Vad vi gjorde: 1. Tjejkvällar i idrottshallen …' shares no word with 'besökarna på fritidsgårdarna';
    # the passage around it does, `near_lines`)
    # ... the entries of a list whose lead names them as interventions ('Projektet prövade sex insatser för att …:')
    leads = [s for hit in backend.evidence.search(backend.cards.problem_query(ctx.topic), k=8)
             for s in split_sentences(hit.chunk)
             if s.text.rstrip().endswith(":") and lex.INTERVENTION_SECTION_RE.search(s.text)]
    entries = [s for lead in leads for s in list_after(lead)
              if "?" not in s.text and s.words <= 40 and not about_school(s.text, ctx.facts.org_kind)
              and fits_list(s, ctx.facts.problem_text or ctx.topic, ctx.facts.org_kind, ctx.facts.fewer)]
    pool = [*pool, *entries]
    seen: set[str] = set()  # a line quoted twice in the material (a card repeated under two headings): once
    near = [(line, score) for line, score in backend.cards.near_lines(ctx.topic, pool, 6)
            if not (_line_key(line.text) in seen or seen.add(_line_key(line.text)))][:3]
    if not near:
        return [], []
    items = [suggestion(f"{lex.CLOSEST_SOURCES_NOTE} {lex.CLOSEST_SOURCES_LEAD}")]
    actors: list[DraftItem] = []
    topic = backend_words(ctx.topic)
    for rank, (line, _) in enumerate(near, start=1):
        shared = [w for w in re.findall(r"[a-zåäö]{5,}", line.text.lower()) if w[:5] in topic
                  and w not in lex.CARD_GENERIC_WORDS | set(lex.GROUP_WORDS)]
        named = named_actors(line.text, ctx.facts.org_kind)
        # the problem's own words the proposal shares, as a list ('tjejkvällar och idrottshallen')
        takes_up = lex.CLOSEST_SOURCE_TAKES_UP.format(words=listed(list(dict.fromkeys(shared[:2])))) if shared else ""
        why = lex.CLOSEST_SOURCE_WHY.format(title=_short(line.chunk.title, 60), takes_up=takes_up)
        proposal, n = _proposal(book, ctx, rank, line, why, ", ".join(named).lower())
        items += proposal
        actors += [source_item(name, [n]) for name in named if name not in {a.text for a in actors}]
    items.append(gap(lex.CLOSEST_SOURCES_OWN_GAP))
    return items, actors


def _proposal_text(line: CardLine | Sentence) -> str:
    """A proposed intervention's text without its list number and end stop."""
    return re.sub(r"^\d+\.\s*", "", line.text).rstrip(".")


def _proposal(book: CitationBook, ctx: DraftContext, rank: int, line: CardLine | Sentence, why: str,
              carriers: str, listed: int | None = None) -> tuple[list[DraftItem], int]:
    """A proposed intervention as the draft writes it: the numbered line, cited, and under it why it is proposed and
    who can carry it ('Varför: … Vem kan bära den: …'; no carriers, no such clause), cited to the list of actors the
    carriers come from (`listed`) when they come from one. Also the citation's number."""
    n = cite_lines(book, [line])
    carried = f" {lex.PROPOSAL_CARRIED_BY} {carriers}." if carriers else ""
    why_item = suggestion(f"{lex.PROPOSAL_WHY} {why}{carried}")
    if carriers and listed is not None:
        why_item = why_item.model_copy(update={"citations": [listed]})
    return [source_item(f"{rank}. {substitute_org(_proposal_text(line), ctx.facts.card_place)}", [n]), why_item], n


def _line_key(text: str) -> str:
    """An intervention's text as compared for repeats: without its number, case, spacing and end stop.

    >>> _line_key("2. Öka vuxennärvaro  under raster.") == _line_key("öka vuxennärvaro under raster")
    True
    """
    return " ".join(re.sub(r"^\d+\.\s*", "", text).rstrip(". ").lower().split())


def _actors_near(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext, limit: int = 6,
                 topic: str = "") -> list[DraftItem]:
    """`actors_near` for the draft's problem, or `topic`."""
    return actors_near(backend, book, topic or ctx.topic, limit, ctx.facts.org_kind, ctx.facts.fewer)


def actors_near(backend: ExtractiveBackend, book: CitationBook, topic: str, limit: int = 6,
                org_kind: str = "", fewer: str = "") -> list[DraftItem]:
    """The kinds of actors named by the material's statements on the problem itself (a report on school absence names
    elevhälsan, mentorer and vårdnadshavare), each cited to the statement that names it. A statement must take up the
    problem's own terms (what, not who: 'frånvaro', also in 'frånvaron'), closest first, and stand in no list that is
    not the problem's (`cards.fits_list`: for the other group than the one it lacks, `fewer`); for an adult unit
    (`org_kind`) none of a school's own roles."""
    own = backend.cards.own_terms(topic)

    def names_actors(s: Sentence) -> bool:
        takes_up = any(w.startswith(t) for w in tokenize(s.text) for t in own)
        return takes_up and "?" not in s.text and not _fragment(s) and bool(named_actors(s.text, org_kind)) and \
            fits_list(s, topic, org_kind, fewer)

    if not own:
        return []
    search = backend.cards.problem_query(topic)
    out: list[DraftItem] = []
    for s in pick(backend.evidence, f"{search} ansvar samverkan stöd", 4, names_actors):
        n = cite(book, s)
        for name in named_actors(s.text, org_kind):
            if name not in {a.text for a in out} and len(out) < limit and not _told_lacking(s.text, name):
                out.append(source_item(name, [n]))
    return out


def _told_lacking(text: str, name: str) -> bool:
    """Whether a line names the actor only for what it lacks or cannot do ('Föräldrar med kort utbildning kan ofta inte
    ge samma studiestöd …'): no support for it as an actor that can contribute (trial 28: 'Vårdnadshavare' was cited
    to that line). Every mention of the actor's kind must be followed, in its clause, by such words.

    >>> _told_lacking("Föräldrar med kort utbildning kan ofta inte ge samma studiestöd.", "Vårdnadshavare")
    True
    >>> _told_lacking("Samverka med vårdnadshavare kring läxor.", "Vårdnadshavare")
    False
    """
    pattern = next((p for p, kind in lex.ACTOR_KINDS if kind == name), None)
    mentions = list(pattern.finditer(text)) if pattern is not None else []
    return bool(mentions) and all(lex.ACTOR_LACKS_RE.search(re.split(r"[,;:.]", text[m.end():], maxsplit=1)[0])
                                  for m in mentions)


def named_actors(text: str, org_kind: str = "") -> list[str]:
    """The kinds of actors a line of the material names ('… elevhälsan och mentorn …' -> Elevhälsan, Mentorer); for
    an adult unit (`lexicon.ADULT_ORG_KINDS`) none of a school's own roles."""
    school = lex.ADULT_SCHOOL_ACTORS.get(org_kind, lex.SCHOOL_ACTORS) if org_kind in lex.ADULT_ORG_KINDS or \
        org_kind in lex.ADULT_SCHOOL_ACTORS else ()
    return [name for pattern, name in lex.ACTOR_KINDS if pattern.search(text) and name not in school]


def school_role(name: str, org_kind: str) -> bool:
    """Whether an actor named on a goal card ('Elevhälsan', 'Rektorer') is a school's own role that an adult unit
    (`lexicon.ADULT_ORG_KINDS`) has none of; a card lists them for its school goals.

    >>> school_role("Elevhälsan", "socialtjänst"), school_role("Elevhälsan", ""), school_role("Bibliotek", "hr")
    (True, False, False)
    >>> school_role("Förskolor", "omsorg"), school_role("Skolor", "hr"), school_role("Skolor", "")
    (True, True, False)
    """
    if org_kind in lex.ADULT_ORG_KINDS and lex.SCHOOL_INSTITUTION_RE.match(name.strip()):
        return org_kind != "vuxenutbildning" or not lex.SCHOOL_INSTITUTION_RE.match(name.strip()).group("adult")
    named = [kind for pattern, kind in lex.ACTOR_KINDS if pattern.search(name)]
    return bool(named) and not named_actors(name, org_kind)


def card_actors(backend: ExtractiveBackend, book: CitationBook, topic: str, have: set[str], limit: int,
                org_kind: str = "") -> list[DraftItem]:
    """Actors from the actor lists of the goal cards closest to the problem, none already listed.

    The cards' own lists ('Förslag på aktörer …') name actors and nothing else; a search by the word 'aktör'
    also finds the checklists and interventions that share a chunk with them ('hur valda insatser är relevanta …').
    """
    out: list[DraftItem] = []
    for match in backend.cards.rank(topic, org_kind)[:3]:
        lines = [a for a in match.card.actors if " ".join(a.text.lower().split()) not in have]
        if not lines:
            continue
        n = cite_lines(book, match.card.actors)
        for a in lines:
            have.add(" ".join(a.text.lower().split()))
            out.append(source_item(a.text, [n]))
            if len(out) >= limit:
                return out
    return out


def _why(line: CardLine | Sentence, ctx: DraftContext, rank: int) -> str:
    """Why an intervention is ranked where it is: the user's words it takes up, else its place on the card."""
    topic = backend_words(ctx.topic)
    generic = lex.CARD_GENERIC_WORDS | set(lex.GROUP_WORDS)
    shared = [w for w in re.findall(r"[a-zåäö]{5,}", line.text.lower()) if w[:5] in topic and w not in generic]
    if shared:
        return f"den tar sig an det ni beskriver ({', '.join(dict.fromkeys(shared[:2]))})."
    if rank == 1 and ctx.match is not None:
        goal = substitute_org(ctx.match.card.goals[0].text, ctx.facts.card_place).rstrip(".")
        return f"av metodstödets insatser för målet ”{goal}” ligger den närmast ert problem."
    if ctx.match is None:
        return "den tar upp samma slags problem som ert, även om inget av metodstödets mål passar helt."
    return "den kompletterar insatsen ovan och ryms i samma mål."


def backend_words(text: str) -> str:
    """The user's words folded together with their everyday synonyms ('killar' also reads 'pojkar')."""
    extra = [lex.EVERYDAY_TERMS.get(w, "") for w in re.findall(r"[\wåäö]+", text.lower())]
    extra += [terms for pattern, terms in lex.PROBLEM_DOMAIN_TERMS if pattern.search(text)]
    extra += [v for k, v in lex.OPPOSITE_MEASURES.items() if re.search(rf"\b{k}", text, re.I)]
    return f"{text.lower()} {' '.join(extra)}"


def _actors_for(line: CardLine, actors: list[str]) -> str:
    text = line.text.lower()
    named = [a for a in actors if a.split()[0].lower()[:6] in text]
    if not named:
        if re.search(r"föräld|vårdnadshavar", text):
            named = [a for a in actors if re.search(r"föräld|civil|bibliotek", a, re.I)]
        elif re.search(r"lärar|undervisning|klassrum|elev", text):
            named = [a for a in actors if re.search(r"skol|elevhäls|rektor", a, re.I)]
    named = named or actors[:2]  # none listed: no carrier is made up (it was 'skolans ledning')
    return ", ".join(named[:3])


def _actors_for_names(line: CardLine | Sentence, listed: list[CardLine]) -> list[str]:
    """`_actors_for` of a list's actor lines, as a list of their names."""
    chosen = _actors_for(line, [a.text for a in listed])  # type: ignore[arg-type]
    return [a.text for a in listed if a.text in chosen]


def _card_actors_of(backend: ExtractiveBackend, book: CitationBook, line: CardLine | Sentence,
                    org_kind: str) -> tuple[list[CardLine], int | None]:
    """The actors the goal card that proposes `line` lists for its interventions (its 'Förslag på aktörer …', or the
    list under the same card's 'Aktörer…' heading when the card's reading did not reach it; none of a school's own
    roles for an adult unit) and the citation of that list; ([], None) for a line of no card."""
    path = line.chunk.path or line.chunk.source
    card = next((c for c in backend.evidence.cards for i in c.interventions
                 if (i.chunk.path or i.chunk.source) == path and i.start_line <= line.end_line
                 and line.start_line <= i.end_line), None)
    if card is None:
        return [], None
    own = [i for i in card.interventions if not i.text.lower().startswith("se ")]
    listed = card.actors or (actors_listed_after(backend.evidence.continued(own[-1].chunk), own[-1]) if own else [])
    listed = [a for a in listed if not school_role(a.text, org_kind)]
    if not listed:
        return [], None
    return listed, cite_lines(book, listed)


def goal_check(sections: list[DraftSection], ctx: DraftContext, card_followups: int = 0) -> list[DraftItem]:
    """The goal against the method's criteria, computed from the draft as it stands."""
    goal_text = " ".join(i.text for s in sections if s.key == "mal" for i in s.items if i.provenance != "source")
    # 'varken pojkar eller flickor', 'både pojkar och flickor' name the groups as 'pojkar och flickor' does
    goal_text = lex.BOTH_GROUPS_SAID_RE.sub(r"\g<a> och \g<b>", goal_text)
    measurable = {i.text.split(":", 1)[0].lower(): i for s in sections if s.key == "matbart" for i in s.items}
    baseline = next((i for i in measurable.values() if "utgångsvärde" in i.text.lower()), None)
    target = next((i for i in measurable.values() if "målvärde" in i.text.lower()), None)
    date = next((i for i in measurable.values() if "datum" in i.text.lower()), None)
    gendered = bool(re.search(r"pojk", goal_text, re.I) and re.search(r"flick", goal_text, re.I))
    part = _measured_part(ctx.facts).strip()  # 'på Vård- och omsorgsprogrammet': which pupils, named by their part
    checks = [
        ("Målgrupp", bool(ctx.facts.grades and ctx.facts.grades in goal_text) or bool(
            ctx.target and ctx.target in goal_text) or bool(
            ctx.facts.qualifier and ctx.facts.qualifier.strip() in goal_text) or bool(
            part and part in goal_text), "ange årskurser eller vilka elever målet gäller"),
        ("Uppdelat på kön", gendered, "skriv målet för pojkar och flickor var för sig"),
        ("Plats", bool(ctx.place and ctx.place in goal_text), "ange skola eller kommun"),
        ("Indikator", any(k == "indikator" for k in measurable), "välj en indikator"),
        ("Utgångsvärde", baseline is not None and not baseline.gap, "fyll i nuläget med år"),
        ("Målvärde", target is not None and not target.gap, "fyll i målvärdet"),
        ("Tid", date is not None and not date.gap, "fyll i när målet ska vara nått"),
    ]
    out = [suggestion(f"{name}: ja" if ok else f"{name}: nej – {fix}") for name, ok, fix in checks]
    if card_followups:
        noun = "uppföljningsfråga" if card_followups == 1 else "uppföljningsfrågor"
        out.append(suggestion(f"Följbart: ja – metodstödet föreslår {card_followups} {noun} "
                              "för det här målet (läget Uppföljning gör en plan av dem)."))
    return out


# --- uppfoljning --------------------------------------------------------------------------------------------


def _indicator_fields(kind: str, org: str) -> tuple[str, str, str, str]:
    """How an indicator of `kind` is measured, where, how often and by whom, in the planner's kind of organisation
    (a förvaltning has no rektor; `lexicon.INDICATOR_KINDS_BY_ORG`)."""
    fields = lex.INDICATOR_KINDS[kind]
    own = lex.INDICATOR_KINDS_BY_ORG.get(org, {}).get(kind)
    if own is None:
        return fields
    how, where, when, who = (mine or general for mine, general in zip(own, fields, strict=True))
    return how, where, when, who


def _kind(text: str) -> str:
    """How an indicator is measured, judged from what it measures: the 'andel pojkar och andel flickor i åk 7–9'
    every own indicator opens with says a share, not that it is counted from participant lists."""
    if lex.MEASURED_BY_RESOURCE.search(text.lower()):  # 'andel av föreningsbidragen som går till …'
        return "resource"
    t = lex.INDICATOR_SHARE_PREFIX_RE.sub("", text.lower())
    if lex.ABSENCE_RE.search(t):
        return "absence"
    if any(w in t for w in lex.MEASURED_BY_GRADES) or lex.MEASURED_BY_GRADES_RE.search(t):
        return "grades"
    if lex.MEASURED_BY_RESULTS.search(t):  # 'tog examen inom tre år': the study statistics, not documentation
        return "results"
    if lex.MEASURED_BY_TEST.search(t):  # 'under den kritiska gränsen på lässcreeningen': the same test each year
        return "test"
    if lex.MEASURED_BY_APPLICATIONS.search(t):  # 'söker det extra studiestödet': the applications
        return "applications"
    if lex.MEASURED_BY_KNOWLEDGE.search(t):  # 'Känner … till …? Hur många …?' asks what they know first
        return "knowledge"
    if lex.MEASURED_BY_OBSERVATION.search(t):  # 'andel av tiden … fick ordet' is seen, not counted from lists
        return "observation"
    if lex.MEASURED_BY_LENDING.search(t):  # 'antal böcker i snitt (lånade)': the library's lending statistics
        return "lending"
    if lex.MEASURED_BY_AVERAGE.search(t):  # 'antal lånade böcker i snitt': an average, not a count of participants
        return "average"
    if lex.MEASURED_BY_COUNT.search(t):
        return "count"
    if lex.MEASURED_BY_EXPERIENCE.search(t):
        return "experience"
    return "process"


def follow_up_plan(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`uppfoljning`: per indicator its measure, source, frequency, role, baseline, target, acceptable result."""
    mode: Mode = "uppfoljning"
    ctx = context(backend, turn)
    plan = ctx.plan
    sections: list[DraftSection] = [*_issues(mode, ctx)]
    previous_goal = plan.drafts.get("lokalt_mal")
    goal_items: list[DraftItem] = []
    if previous_goal is not None and previous_goal.section("mal"):
        goal_items = [i for i in previous_goal.section("mal").items if i.provenance != "source"][:1]  # type: ignore[union-attr]
        goal_items = [i.model_copy(update={"text": _regrade(i.text, ctx)}) for i in goal_items]  # its group now
    if not goal_items and (ctx.facts.figures or ctx.facts.problems):
        goal_items = [suggestion(_goal_sentence(ctx))]
    if not goal_items:
        goal_items = [gap("vilket mål som ska följas up (gör gärna ett lokalt mål först)")]
    sections.append(draft_section(mode, "mal", goal_items))

    indicators: list[tuple[DraftItem, str, DraftItem | None]] = []
    rests: dict[str, list[DraftItem]] = {}  # per indicator, the baseline still to find for the rest of the group
    own = _regrade(plan.field_value("Indikator"), ctx) or (
        _indicator_phrase(ctx) if ctx.facts.figures or ctx.facts.problems else None)
    if own:
        # the goal's baseline, unless the target group changed since (its figures are of the group before)
        baseline = plan.field_value("Utgångsvärde")
        if any(_other_group(ctx, f) for f in ctx.facts.figures):
            baseline = None
        base_item = user_item(f"Utgångsvärde: {baseline}") if baseline else _baseline(ctx, results_after=True)
        indicators.append((suggestion(own[:1].upper() + own[1:]), own, base_item))
        rests[own] = _baseline_rest(ctx)
    # Each further measure the user gave figures of by gender gets its own indicator, with those figures as its
    # baseline ('Pojkarnas frånvaro var 11 % och flickornas 8 %' beside the eligibility the goal is about).
    measured_first = _measure_figures(ctx.facts)[:1] if own else []
    first = measured_first[0].subject if measured_first else ""
    by_measure: dict[str, list[Figure]] = {}
    for f in _followed_figures(ctx.facts):
        if f.subject and f.subject != first and f.group in lex.GENDER_GROUPS and not (f.is_share and f.value > 100):
            by_measure.setdefault(f.subject, []).append(f)
    grades = ctx.facts.within
    for subject, figures in list(by_measure.items())[:2]:
        name = (f"{for_both(ctx.spell(subject))}{grades}" if figures[0].rate or figures[0].is_value
                else f"andel av {figures[0].part} som pojkar och flickor{grades} {ctx.spell(_part_doing(subject))}"
                if figures[0].part  # 'andel av tillfällena som pojkar och flickor valde bygghörnan'
                else f"andel pojkar och andel flickor {ctx.spell(subject)}" if subject.startswith("bland ")
                else f"andel pojkar och andel flickor{grades} som {ctx.spell(relative(subject))}")
        given = _part_label(ctx, figures[:BASELINE_FIGURES]) + "; ".join(
            f"{f.group} {f.text}{f.dated('år saknas')}" for f in figures[:BASELINE_FIGURES])
        base = _other_group_gap(ctx, figures, name) if all(_other_group(ctx, f) for f in figures) else \
            user_item(f"Utgångsvärde: {given}", "; ".join(f.quote for f in figures[:BASELINE_FIGURES]))
        indicators.append((suggestion(name[:1].upper() + name[1:]), name, base))
        rests[name] = _rest_of_group_gap(ctx, figures[:BASELINE_FIGURES], name)
    # Each further problem the user named that no figure measures gets its own indicator.
    # ... not the problem the first indicator already measures ('som berörs av: <the same clause>').
    measured = " ".join([*(f.subject for f in ctx.facts.figures), own or ""]).lower()
    # ... nor a statement whose figures were read (they are followed above: 'Skolbiblioteket räknar med att pojkarna
    # lånade i snitt 3 böcker …'), nor one that tells why (the user's causes, `_user_causes`: 'Lärarna berättar att
    # många pojkar säger att läsning är tråkigt' is no measure; trial 27 made both indicators)
    quotes = [f.quote.strip(" .") for f in ctx.facts.figures if f.quote]
    causes = set(_user_causes(ctx.facts))
    # ... nor one that says who keeps a measure ('Elevhälsoteamet följer frånvaron varje månad': its role answers
    # for that indicator, `_responsible`; it is no indicator of its own)
    quotes += [sentence.strip(" .") for _, sentence in ctx.facts.keepers]
    stated = [p for p in ctx.facts.problems if p not in causes and not any(q and (q in p or p in q) for q in quotes)]
    for problem in [part for p in stated for part in coordinated_clauses(p)]:
        short = shorten_topic(problem)
        noun = _level_measure(problem)  # 'Frånvaron bland flickorna är hög': followed as 'frånvaron'
        if lex.FIGURE_RE.search(problem) or not short or short.lower().rstrip("…") in measured or \
                lex.FIGURES_REMARK_RE.search(problem) or (  # 'Skillnaden är störst på …': of the figures
                predicate(problem) and predicate(problem).lower() in measured) or (noun and noun.lower() in measured):
            continue
        grades = ctx.facts.within
        noticed = lex.NOTICED_RE.match(problem)
        name = f"{noun.capitalize()} för pojkar och för flickor{grades}" if noun else \
            _noticed_indicator(noticed) if noticed else \
            f"Andel pojkar och andel flickor{grades} {_problem_measured(problem)}"
        # the assistant's indicator built on their words, not their fact (trial 25: it was marked 'ni angav')
        indicators.append((suggestion(name), name, None))
    ranked = backend.cards.rank(ctx.topic, ctx.facts.org_kind, ctx.facts.fewer)
    top = ranked[0].score if ranked else 0.0
    # Follow-up questions of the card the goal was built on (the plan's own card, chosen as for the goal), else of
    # the fitting card, or of a card that fits about as well when it has none.
    matches = [ctx.match] if ctx.match is not None and ctx.match.card.followup else [
        m for m in ranked[:3] if m.score >= max(CARD_FIT, top - 0.05) and m.card.followup][:1]
    for m in matches:
        if len(indicators) >= 4:
            break
        own_terms = backend.cards.own_terms(ctx.topic)
        had = {" ".join(text.lower().split()) for _, text, _ in indicators}
        followups = [f for f in m.card.followup if not f.text.lower().startswith("se ")
                     and not about_other_people(f.text, own_terms, ctx.topic)  # not 'obehöriga lärares …'
                     and not about_school(f.text, ctx.facts.org_kind)
                     and " ".join(f.text.lower().split()) not in had]  # a card may say a question twice
        followups = [f for n, f in enumerate(followups) if " ".join(f.text.lower().split()) not in
                     {" ".join(g.text.lower().split()) for g in followups[:n]}]
        n = max(1, 4 - len(indicators) - 1)
        # the plan's own card measures its goal; a card only near the problem gives the questions that take the
        # problem's own terms up (`fitting_lines`), not merely the nearest in wording (session 24: 'otrygghet utanför
        # skolan' followed up for results that differ between classes)
        lines = backend.cards.rank_lines(ctx.topic, followups)[:n] if m is ctx.match else \
            backend.cards.fitting_lines(ctx.topic, followups, n)
        for line, _ in lines:
            indicators.append((source_item(line.text, [cite_lines(book, [line])]), line.text, None))
    if not indicators:
        found = pick(backend.evidence, f"{turn.query} uppföljning könsuppdelad", 3,
                     lambda s: bool(lex.GENDER.search(s.text)) and s.is_item)
        indicators = [(source_item(s.text, [cite(book, s)]), s.text, None) for s in found]
    stated = ctx.facts.target
    target = (stated.values_text if stated and stated.values else None) or plan.field_value("Målvärde")
    # a target the assistant proposed in the goal ('gör målet mätbart') stays its proposal here
    earlier_target = plan.field_item("Målvärde")
    proposed = not (stated and stated.values) and earlier_target is not None and \
        earlier_target.provenance == "suggestion"
    if proposed and target:
        target = target.split(" – ", 1)[0]  # the value, not how it was worked out (said in the goal)
    date = (stated.date if stated and stated.date else None) or plan.field_value("Måldatum")
    # no target given as a field, but the goal followed states it in its sentence (a goal the user wrote into the
    # version they saved: '… minska från 38 % till högst 25 % senast juni 2027'): the target is the goal's
    goal_target = _goal_sentence_target(goal_items[0]) if not target and goal_items and not goal_items[0].gap \
        else None
    edited = _edited_goal_target(goal_items[0]) if goal_items and not goal_items[0].gap else None
    if edited is not None:  # the goal the user wrote and saved states its own target: that one is followed up
        target, date, proposed, goal_target = None, None, False, edited
    targeted = _targeted_indicator([text for _, text, _ in indicators],
                                   stated.measure if stated and edited is None else
                                   goal_items[0].text if edited is not None else "")
    measures: set[str] = set()
    results: set[str] = set()
    survey = _own_source(ctx.facts)
    # how the user said they follow up ('Vi filmar samlingar igen varje höst', 'ateljeristan ansvarar för att
    # sammanställa loggböckerna'): theirs first, in the indicators of its kind, the sources' suggestions after
    theirs_all = own_follow_ups([*(t.content for t in turn.request.history if t.role == "user"), turn.request.message])
    for number, (item, text, base) in enumerate(indicators, start=1):
        kind = _kind(text)
        if number == 1 and own:  # what the figures were measured with ('på lässcreeningen')
            kind = _measured_kind(ctx, text)
        if number == 1 and own and kind == "process" and survey is not None and lex.SURVEY_RE.search(survey.source):
            kind = "experience"  # their figures are answers to their own survey ('i vår läsenkät sa 40 % …')
        how, where, when, who = _indicator_fields(kind, ctx.facts.org_kind)
        if how in measures:  # two indicators of one kind: each measure says what it asks about, not the same line
            about = _asked_about(_about(text))
            if about.startswith("bland "):  # a share among others is counted among them, not asked about
                how = f"{how}, {_short(about, 50)}"
            else:
                how = f"{how}, med frågor om {_short(about, 50)}" if about else how
        measures.add(how)
        result = base if base is not None and base.text.startswith(RESULT_AFTER_LABEL) else None
        if result is not None:
            base = None  # a result after the work is no baseline: the baseline before it is asked for
        way = goal_direction(ctx.facts, text) if number == 1 and own else _direction(text)
        acceptable = _acceptable(kind, text, base, ctx.facts.figures, way)
        if acceptable in results:  # two indicators of one kind: each result names what it is about
            about = _about(text)  # 'som anmäler trakasserier' is said of people: 'för dem som anmäler …'
            acceptable = f"{acceptable} – för {'dem ' if about.startswith('som ') else ''}{_short(about, 50)}"
        results.add(acceptable)
        own_source = _own_source(ctx.facts) if number == 1 and own else None
        theirs = _theirs_for(text, kind, theirs_all, [t for _, t, _ in indicators])
        often = "; ".join(dict.fromkeys(o.often for o in theirs if o.often))
        by = "; ".join(dict.fromkeys(o.who for o in theirs if o.who))
        sources = "; ".join(dict.fromkeys(o.source for o in theirs if o.source))
        items = [
            item,
            *(user_item(f"Mått: {o.clause}", o.clause) for o in _said_once(theirs)),
            suggestion(f"Mått: {how}"),
            user_item(f"Källa: {own_source.source}, med samma frågor vid varje mätning", own_source.quote)
            if own_source is not None else
            user_item(f"Källa: {sources}", "; ".join(o.clause for o in theirs if o.source)) if sources
            else suggestion(f"Källa: {where}"),
            user_item(f"Hur ofta: {often}", "; ".join(o.clause for o in theirs if o.often)) if often
            else suggestion(f"Hur ofta: {when}"),
            user_item(f"Ansvarig: {by}", "; ".join(o.clause for o in theirs if o.who)) if by
            else _responsible(ctx, kind, who),
            *([result] if result is not None else []),
            base or gap("utgångsvärde för pojkar och flickor, mätt innan insatserna börjar"),
            *(rests.get(text, []) if base is not None else []),
            (suggestion if proposed else lambda text: user_item(text, stated.quote if stated else ""))(
                f"Målvärde: {target}" + (f" (senast {date})" if date else ""))
            if (target and number == targeted) else goal_target if (goal_target is not None and number == targeted)
            else gap("målvärde för pojkar och flickor"),
            suggestion(f"Acceptabelt resultat: {acceptable}"),
        ]
        heading = f"Indikator {number}: {_short(text)}"
        sections.append(draft_section(mode, f"indikator_{number}", items, heading=heading))

    used: set[str] = set()
    method = pick(backend.evidence, "genomför uppföljningen i första hand genom er ordinarie uppföljning "
                  "könsuppdelade statistik jämförelsepunkter", 1, lambda s: "följa upp" in s.chunk.heading_path_text
                  .lower(), used)
    final = pick(backend.evidence, "slutgiltig uppföljning när utvecklingsarbetet är avslutat", 1, None, used)
    # Who answers for follow-up, as the material names the roles (rektor, huvudman, förvaltningsledning).
    # ... a förvaltning or a leisure unit has neither rektor nor huvudman: the roles of its own organisation
    school = ctx.facts.org_kind not in lex.NON_SCHOOL_ORG_KINDS
    roles = pick(backend.evidence, "tät uppföljning av rektor och huvudman ansvar för uppföljningen" if school else
                 "förvaltningsledningen ansvar för uppföljningen", 1,
                 lambda s: bool(lex.ROLE_SENTENCE_RE.search(s.text)) and s.words <= 35 and bool(
                     lex.FOLLOW_UP_TERM_RE.search(s.text)) and not ctx.facts.school_aside(s.text) and (
                     school or not lex.SCHOOL_ROLE_RE.search(s.text)), used)
    doing = [source_item(s.text, [cite(book, s)]) for s in [*method, *final, *roles]]
    doing += [_unknown_item(u) for u in ctx.facts.unknowns]  # 'Vi har inte frågat eleverna …': part of the follow-up
    doing.append(suggestion("Jämför alltid pojkar och flickor, och samma mått vid varje mätning."))
    sections.append(draft_section(mode, "genomforande", doing))
    sections.append(draft_section(mode, "aterkoppling", _feedback(backend, book, used)))
    return _finish(mode, ctx, sections, book)


def _followed_figures(facts: UserFacts) -> list[Figure]:
    """The figures a plan follows up: not who the place's people are (`Figure.aside`: 'Vård- och omsorgsprogrammet har
    142 elever, och 87 % av dem är flickor') beside figures of what the user worries about (trial 29: the make-up of
    two programmes took the indicators, and the dropouts got none)."""
    measured = [f for f in facts.figures if f.subject and not f.aside]
    return [f for f in facts.figures if not f.aside] if measured else facts.figures


def _measure_words(text: str) -> list[str]:
    """The words of an indicator or a user's clause that say what is measured (`facts._content_words`), without the
    'andel … som' an indicator opens with."""
    return [w for w in _content_words(lex.INDICATOR_SHARE_PREFIX_RE.sub("", text.lower()))
            if w not in ("andel", "andelen", "andelar")]


def _names_measure(said: str, indicator: str) -> bool:
    """Whether the user's clause names what an indicator measures: a word of the same stem, a compound with it in
    it too ('examensgraden' for 'tog examen', 'avbrottssamtal' for 'avbröt sina studier')."""
    theirs, measured = _measure_words(said), _measure_words(indicator)
    return any(_alike(a, b) or (len(b) >= 5 and b[:-2] in a) for a in theirs for b in measured)


def _theirs_for(text: str, kind: str, theirs: list[OwnFollowUp], texts: list[str]) -> list[OwnFollowUp]:
    """The user's own ways of following up that belong to an indicator: those that name its measure; else those of
    its kind that name no other indicator's measure (trial 29: the register of examinations and the dropout talks
    are both study results, and each belongs to its own indicator)."""
    named = [o for o in theirs if _names_measure(o.about, text)]
    if named:
        return named
    return [o for o in theirs if o.kind == kind and not any(_names_measure(o.about, t) for t in texts if t != text)]


def _said_once(theirs: list[OwnFollowUp]) -> list[OwnFollowUp]:
    """The user's ways of following up an indicator that name a method, each once: a later clause that adds no
    frequency, source or doer of its own is the same way said again ('Examensgraden tas fortfarande ut varje juni'
    after 'Vi tar ut examensgraden ur elevregistret varje juni'; trial 29)."""
    kept: list[OwnFollowUp] = []
    for o in theirs:
        said = {x for k in kept for x in (k.often, k.source, k.who) if x}
        if o.method and (not kept or {x for x in (o.often, o.source, o.who) if x} - said):
            kept.append(o)
    return kept


def _targeted_indicator(texts: list[str], measure: str) -> int:
    """The number of the indicator a target belongs to: the first whose measure the target's names ('ta examen inom
    tre år' -> 'andel … som tog examen inom tre år'), else the first (trial 29: after an edit the goal's target stood
    under the programmes' gender make-up)."""
    if measure:
        for number, text in enumerate(texts, start=1):
            if _names_measure(measure, text):
                return number
    return 1


def _edited_goal_target(goal: DraftItem) -> DraftItem | None:
    """'Målvärde: pojkar minst 75 %; flickor minst 85 % (senast juni 2028)' from a goal the user wrote and saved that
    states a value for each group ('Minst 75 % av pojkarna och minst 85 % av flickorna … ska ta examen … senast juni
    2028 (utgångsläge 2024: …)'): their saved goal wins over a target said earlier in the chat, and its baseline in
    brackets is no target (trial 29). None for a proposed goal or one without such values."""
    if goal.provenance != "user":
        return None
    text = re.sub(r"\([^()]*\)", " ", goal.text)
    values = []
    for m in lex.GOAL_TARGET_VALUE_RE.finditer(text):
        after = re.match(r"\s+(?:av|för|bland)\s+(?:de\s+|alla\s+)?([\wåäö]+)", text[m.end():])
        group = lex.GROUP_WORDS.get(after.group(1).lower(), "") if after else ""
        if group not in lex.GENDER_GROUPS:
            return None
        value = re.sub(r"^(?:till|nå)\s+", "", " ".join(m.group(0).split()), flags=re.I)
        values.append(f"{group} {value[:1].lower()}{value[1:]}")
    if not values:
        return None
    when = lex.TARGET_DATE_RE.search(text)
    return user_item(f"Målvärde: {'; '.join(values)}{f' (senast {when.group(1)})' if when else ''}",
                     goal.quote or goal.text)


def _responsible(ctx: DraftContext, kind: str, usual: str) -> DraftItem:
    """Who answers for an indicator of `kind`: the role or unit the user said keeps that measure ('Skolbiblioteket
    räknar med att pojkarna lånade …' for lending; 'Elevhälsoteamet följer frånvaron' for absence), marked as
    theirs; else the role that usually does (`lexicon.INDICATOR_KINDS`), as a proposal."""
    for who, sentence in ctx.facts.keepers:
        if _kind(sentence) == kind:
            role = who[:1].lower() + who[1:] if not who[1:2].isupper() else who
            return user_item(f"Ansvarig: {role}", sentence)
    return suggestion(f"Ansvarig: {usual}")


def _noticed_indicator(noticed: re.Match[str]) -> str:
    """An indicator of what staff noticed, followed by gender in their words ('Pedagogerna har själva märkt att flickor
    oftare får bekräftelse för hur de ser ut …' -> 'Det pedagogerna har märkt, följt för pojkar och flickor: flickor
    får oftare bekräftelse för hur de ser ut …'); trial 28 made it 'Andel pojkar och andel flickor – Pedagogerna …'."""
    who = noticed.group("who").strip()
    who = who if who[1:2].isupper() else who[:1].lower() + who[1:]
    return f"Det {who} har märkt, följt för pojkar och flickor: {main_order(noticed.group('what').strip(' .'))}"


def _goal_sentence_target(goal: DraftItem) -> DraftItem | None:
    """'Målvärde: till högst 25 % och till högst 18 % senast juni 2027, som i målet ovan' from a goal sentence that
    states its target values (`lexicon.GOAL_TARGET_VALUE_RE`), with the sentence's provenance; None when it states
    none."""
    values = [m.group(0) for m in lex.GOAL_TARGET_VALUE_RE.finditer(goal.text)]
    if not values:
        return None
    when = lex.TARGET_DATE_RE.search(goal.text)
    text = f"Målvärde: {listed(values)}{' ' + when.group(0) if when else ''}, som i målet ovan"
    return user_item(text, goal.quote or goal.text) if goal.provenance == "user" else suggestion(text)


def _about(text: str) -> str:
    """What an indicator asks about, without the 'andel pojkar och andel flickor i åk 7–9' it opens with."""
    about = text[0].lower() + text[1:] if text[1:2].islower() else text  # 'Upplever …', not 'SKR …'
    return re.sub(r"^[\s–:-]*(?:som berörs av:?)?[\s–:-]*", "", lex.INDICATOR_SHARE_PREFIX_RE.sub("", about))


def _asked_about(about: str) -> str:
    """What survey questions on an indicator ask about, as the object of 'med frågor om': a relative clause's object
    ('som anmäler sexuella trakasserier i korridorerna' -> 'sexuella trakasserier i korridorerna'), else the clause
    within quotes ('som inte hänger med i läsningen' -> '”inte hänger med i läsningen”').

    >>> _asked_about("som anmäler sexuella trakasserier i korridorerna"), _asked_about("som känner sig trygga")
    ('sexuella trakasserier i korridorerna', '”känner sig trygga”')
    >>> _asked_about("hög frånvaro")
    'hög frånvaro'
    """
    m = re.match(r"som\s+(?:(?:inte|aldrig|ej)\s+)?(\S+)\s+(\S+)(.*)$", about)
    if not m:
        return f"”{about[4:]}”" if about.startswith("som ") else about
    first = m.group(2).lower()
    if first in lex.PREPOSITIONS or first in lex.VERB_PARTICLES or first in lex.SENTENCE_ADVERBS or \
            first in ("sig", "att", "det", "som") or is_finite_verb(first):
        return f"”{about[4:]}”"
    return (m.group(2) + m.group(3)).strip()


def _acceptable(kind: str, text: str, base: DraftItem | None, figures: list[Figure], direction: str = "") -> str:
    """The least result that says the work is on track, for this indicator: from the user's own baseline when it is
    theirs (each group's figure and the gap between them, never a new figure), else what suits its kind."""
    if base is not None and base.provenance == "user" and not base.gap:
        # the baseline's own figures ('pojkar 71 %'), not another share the user gave ('34 % … gör läxor')
        by_group = {f.group: f for f in figures if f.is_share and f.value <= 100 and f.group in lex.GENDER_GROUPS
                    and f"{f.group} {f.text}" in base.text}
        boys, girls = (by_group.get(g) for g in lex.GENDER_GROUPS)
        way = lex.SHARE_GOES_DOWN if (direction or _direction(text)) == "minska" else lex.SHARE_GOES_UP
        if boys and girls:
            diff = abs(boys.value - girls.value)
            diff_text = f"{diff:g}".replace(".", ",")
            if abs(boys.value + girls.value - 100) <= 1 and (kind in ("observation", "resource") or
                                                             _parts_of_one_whole([boys, girls])):
                # ('62 % of the time, 38 %'; '36 % of the visits were girls', '64 % boys': trial 24 said both go up):
                return (f"fördelningen blir jämnare vid nästa mätning: skillnaden mellan pojkar ({boys.text}) och "
                        f"flickor ({girls.text}) minskar från {diff_text} procentenheter")  # both cannot go up
            return (f"andelen {way} för både pojkar (från {boys.text}) och flickor (från {girls.text}) vid nästa "
                    f"mätning, och skillnaden mellan dem ({diff_text} procentenheter) blir inte större")
        one = boys or girls
        if one and one.subject.startswith("bland ") and not one.rate:
            # a group's part of a whole ('68 % bland besökarna är pojkar'): it evens out, down from over half
            toward = lex.SHARE_GOES_DOWN if one.value > 50 else lex.SHARE_GOES_UP
            return f"andelen {one.group} {one.subject} {toward} från {one.text} {lex.TOWARD_EVEN_SPLIT}"
        if one and one.rate and kind == "resource":
            # one group's share of a resource ('63 % of the grants go to clubs mostly of boys'): it evens out too,
            # down from over half (session 25 said it should go up)
            toward = lex.SHARE_GOES_DOWN if one.value > 50 else lex.SHARE_GOES_UP
            return f"{for_group(one.subject, one.group)} {toward} från {one.text} {lex.TOWARD_EVEN_SPLIT}"
        if one:
            return f"andelen {way} från {one.text} för {one.group} vid nästa mätning, och för båda könen"
    return lex.ACCEPTABLE_BY_KIND[kind]


def _level_measure(problem: str) -> str:
    """The measure a problem gives the level of ('Frånvaron bland flickorna är hög' -> 'Frånvaron'), '' for none."""
    level = lex.LEVEL_OF_MEASURE_RE.match(problem)
    return level.group("measure") if level and not lex.GROUP_WORDS.get(level.group("measure").lower()) else ""


def _problem_measured(problem: str) -> str:
    """What an indicator of a problem without a figure counts, in the grammar of 'Andel pojkar och andel flickor …':
    a clause about a group as 'som …', a noun phrase as 'med …', anything else after a dash.

    >>> _problem_measured("många har hög frånvaro")
    'med hög frånvaro'
    >>> _problem_measured("Pojkarna i sexan hänger inte med i läsningen")
    'som inte hänger med i läsningen'
    """
    said = predicate(problem)
    if said:
        return f"som {said}"
    short = shorten_topic(problem)
    if short and not any(is_finite_verb(w.strip(".,;:…")) for w in short.split()):
        return f"med {short}"
    return f"– {short}"


def _short(text: str, limit: int = 70) -> str:
    text = text.rstrip(".?")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _feedback(backend: ExtractiveBackend, book: CitationBook, used: set[str]) -> list[DraftItem]:
    """How results are fed back, as the method support lists it ('Återkoppla …' with its items)."""
    hits = backend.evidence.search("återkoppla resultaten internt till målgruppen och intressenter", k=5)
    out: list[DraftItem] = []
    for hit in hits:
        for s in split_sentences(hit.chunk):
            if s.text.lower().startswith("återkoppla") and sentence_key(s) not in used:
                items = list_after(s, limit=3)
                used.add(sentence_key(s))
                n = book.cite(s.chunk, s.start_line, max([s.end_line, *(i.end_line for i in items)]),
                              " ".join([s.text, *(i.text for i in items)]))
                detail = " ".join(i.text for i in items)
                out.append(source_item(f"{s.text.rstrip(':')}: {detail}" if detail else s.text, [n]))
        if out:
            break
    if not out:
        out.append(gap("hur och till vem resultaten återkopplas"))
    return out


__all__ = ["card_actors", "follow_up_plan", "local_goal", "problem_formulation", "goal_check", "context", "text_key"]
