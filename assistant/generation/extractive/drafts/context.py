"""What every extractive draft shares: its context (DraftContext), titles, places, finishing and the user's figures."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.audience import one_group_draft, reword_draft
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, render_draft, suggestion, user_item
from assistant.generation.extractive.cards import CardMatch
from assistant.generation.extractive.compose import prune_citations
from assistant.generation.facts.model import Figure, UserFacts, measures
from assistant.generation.facts.words import coordinated_clauses, for_group, predicate, relative, shorten_topic
from assistant.generation.plan import PlanContext, plan_context
from assistant.grounding.catalogue import place_preposition
from assistant.index.sentences import split_at_stops
from assistant.modes import MODES, Mode
from assistant.schema import Draft, DraftItem, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


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
    # the request's words as a last resort, without its introduction (retrieval needs words, so the whole request when
    # nothing else is left)
    topic = plan.facts.topic or plan.decided_topic() or told_topic(turn.query) or turn.query
    parts = plan.facts.problems if len(plan.facts.problems) > 1 else []
    match = backend.cards.best(plan.facts.problem_text or topic, parts, plan.facts.org_kind, plan.facts.focus)
    return DraftContext(plan=plan, topic=topic, match=match, spell=backend.evidence.restore_diacritics,
                        easy=turn.request.options.easy_swedish)


def told_topic(query: str) -> str:
    """The request's words as the draft's topic when the user's facts give none: without the sentences that only
    introduce them ('Vi är Björkskolan, åk 7–9.': trial 32's pasted text of no problem got the title 'Vi är' and
    'andel … som berörs av Vi är') or ask for the draft ('Vi behöver en problemformulering för …').

    >>> told_topic("Vi är Björkskolan, åk 7–9. Pojkarnas läsning är ett problem."), told_topic("Vi är Björkskolan.")
    ('Pojkarnas läsning är ett problem.', '')
    """
    def introduces(sentence: str) -> bool:  # 'Vi är …', 'Hej …'; not a sentence that opens with where ('I åk 8 …')
        m = lex.INTRO_RE.match(sentence)
        return bool(m) and m.group(1).lower() not in ("i", "på") and not lex.PROBLEM_CUE_RE.search(sentence)

    kept = [s for s in split_at_stops(query) if lex.FIGURE_RE.search(s) or not (
        lex.REQUEST_TO_ASSISTANT_RE.match(s) or introduces(s))]
    return " ".join(kept).strip()


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
    subjects = [s for s in [*measured, *said] if s] or [shorten_topic(told_topic(ctx.topic))]
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
    pool = _latest(aimed or measuring)
    shares = [f for f in pool if f.is_share]
    values = [f for f in pool if f.is_value]
    return shares or values or pool


def _latest(figures: list[Figure]) -> list[Figure]:
    """The figures without those of a group's measure that the same group has a later year of ('71 % 2023 och 66 %
    2024' is at 66 % now): a baseline is where the group is now (own probe, session 33: a goal went 'från 71 % (2023)'
    beside 66 % in 2024)."""
    def year(f: Figure) -> int:
        found = re.match(r"\d{4}", f.year or "")
        return int(found.group(0)) if found else 0

    return [f for f in figures if not any(g.subject == f.subject and g.group == f.group and g.within == f.within and
                                          g.where == f.where and year(g) > year(f) > 0 for g in figures)]


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


def _part_doing(subject: str) -> str:
    """What a group did in a share of something, without the preposition that led to the share ('valde bygghörnan i'
    of 'valde bygghörnan i 12 % av tillfällena' -> 'valde bygghörnan')."""
    words = subject.split()
    if lex.MAKE_UP_VERB_RE.match(" ".join(words[-2:])):
        return subject  # 'stod för' of 'stod för 11 % av besöken' is a verb with its particle
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in lex.PREPOSITIONS else subject


def _level_measure(problem: str) -> str:
    """The measure a problem gives the level of ('Frånvaron bland flickorna är hög' -> 'Frånvaron'), '' for none."""
    level = lex.LEVEL_OF_MEASURE_RE.match(problem)
    return level.group("measure") if level and not lex.GROUP_WORDS.get(level.group("measure").lower()) else ""


def _short(text: str, limit: int = 70) -> str:
    text = text.rstrip(".?")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
