"""The follow-up plan draft: followed figures, responsibles, acceptable results and feedback."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, gap, source_item, suggestion, user_item
from assistant.generation.easy import is_finite_verb
from assistant.generation.extractive.cards import CARD_FIT, about_other_people, about_school
from assistant.generation.extractive.compose import cite, cite_lines, list_after, pick, sentence_key
from assistant.generation.extractive.drafts.context import (
    DraftContext,
    _finish,
    _issues,
    _level_measure,
    _measure_figures,
    _part_doing,
    _short,
    _unknown_item,
    context,
)
from assistant.generation.extractive.drafts.goal import _goal_sentence, goal_direction
from assistant.generation.extractive.drafts.measures import (
    BASELINE_FIGURES,
    RESULT_AFTER_LABEL,
    _baseline,
    _baseline_rest,
    _direction,
    _indicator_fields,
    _indicator_phrase,
    _kind,
    _measured_kind,
    _other_group,
    _other_group_gap,
    _own_source,
    _part_label,
    _parts_of_one_whole,
    _regrade,
    _rest_of_group_gap,
    _user_causes,
    same_questions_note,
)
from assistant.generation.extractive.drafts.problem import _problem_measured
from assistant.generation.facts.follow_ups import OwnFollowUp, own_feedback, own_follow_ups
from assistant.generation.facts.model import Figure, UserFacts
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
from assistant.generation.wording import listed
from assistant.grounding.passages import split_sentences
from assistant.modes import Mode
from assistant.schema import DraftItem, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


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
        # the assistant's goal restated for the group now in force; a goal the user wrote is copied as they wrote it
        # (trial 31: their saved 'åk 7–9' was quoted as 'ni angav' with the conversation's 'åk 4–9')
        goal_items = [i if i.provenance == "user" else i.model_copy(update={"text": _regrade(i.text, ctx)})
                      for i in goal_items]
    if not goal_items and (ctx.facts.figures or ctx.facts.problems):
        goal_items = [suggestion(_goal_sentence(ctx))]
    if not goal_items:
        goal_items = [gap("vilket mål som ska följas up (gör gärna ett lokalt mål först)")]
    sections.append(draft_section(mode, "mal", goal_items))

    # how the user said they follow up ('Vi filmar samlingar igen varje höst', 'ateljeristan ansvarar för att
    # sammanställa loggböckerna') and to whom they report ('jag redovisar dem för huvudmannen i juni'): theirs first
    said = [*(t.content for t in turn.request.history if t.role == "user"), turn.request.message]
    theirs_all = own_follow_ups(said)
    feedback = own_feedback(said)
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
    # An indicator the goal was given by an edit ('lägg till en indikator för hur många som går vidare till arbete
    # eller studier'; trial 33 lost it here) is followed up too, after the goal's own.
    added = [i for s in (previous_goal.sections if previous_goal is not None else []) if s.key == "matbart"
             for i in s.items if re.match(r"Indikator:", i.text) and not i.gap][1:]
    for extra in added:
        name = _regrade(extra.text.split(":", 1)[1].strip(), ctx)
        if name and name.lower() not in {t.lower() for _, t, _ in indicators}:
            indicators.append((extra.model_copy(update={"text": name[:1].upper() + name[1:]}), name, None))
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
    # ... nor how they follow up or report (trial 31: 'kurator Sanna Holm sammanställer resultaten per kön och
    # årskurs' became an indicator of its own): their process fills how often, who and feedback below
    said_process = [*(o.clause for o in theirs_all), *(f.clause for f in feedback)]
    quotes += [c.strip(" .").lower() for c in said_process]
    stated = [p for p in ctx.facts.problems if p not in causes and not any(
        q and (q in p.lower() or p.lower() in q) for q in quotes) and not lex.FOLLOW_UP_COMPILING_RE.search(p)]
    reported = {r.lower() for r in ctx.facts.reported}
    for problem in [part for p in stated for part in coordinated_clauses(p)]:
        # what others in the unit see or say explains the problem; a judgement of quality ('mår sämre') counts
        # nothing: neither is an indicator (session 34: 'Andel män och andel kvinnor som har ansvar för små barn'
        # from 'Handläggarna upplever att …'); they stay under 'Mer som ni angav'
        if problem.lower() in reported or any(r in problem.lower() for r in reported if r) or (
                lex.COMPARED_QUALITY_RE.search(problem) and not _level_measure(problem)):
            continue
        # a comparison of quantity or frequency counts what it compares: 'får färre arbetsmarknadsinsatser' is
        # followed as 'andel … som får arbetsmarknadsinsatser'
        problem = " ".join(lex.COMPARED_QUANTITY_RE.sub("", problem).split())
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
    ranked = backend.cards.rank(ctx.topic, ctx.facts.org_kind, ctx.facts.focus)
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
    # the data source the user wrote into the goal's version they saved ('Datakälla: skolans egen trivselenkät i
    # april'; trial 31 R8 said 'er trivselenkät' from the chat instead): the goal's indicator is measured from it
    saved_source = plan.field_item("Datakälla")
    saved_source = saved_source if saved_source is not None and saved_source.provenance == "user" and \
        saved_source.quote == saved_source.text else None
    survey = _own_source(ctx.facts)
    # the user's own follow-up (`theirs_all`) first, in the indicators of its kind, the sources' suggestions after
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
            user_item(f"Källa: {saved_source.text.split(':', 1)[1].strip()}", saved_source.quote)
            if saved_source is not None and number == 1 and own else
            user_item(f"Källa: {own_source.source}{same_questions_note(own_source.source)}", own_source.quote)
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
                     school or not lex.SCHOOL_ROLE_RE.search(s.text))
                 # ... and not some body's own decision or date ('att nästa uppföljning ska redovisas för nämnden
                 # senast i mars 2026', a protocol's; trial 33)
                 and not lex.DECISION_ITEM_RE.match(s.text) and not lex.YEAR_RE.search(s.text), used)
    doing = [source_item(s.text, [cite(book, s)]) for s in [*method, *final, *roles]]
    doing += [_unknown_item(u) for u in ctx.facts.unknowns]  # 'Vi har inte frågat eleverna …': part of the follow-up
    doing.append(suggestion("Jämför alltid pojkar och flickor, och samma mått vid varje mätning."))
    sections.append(draft_section(mode, "genomforande", doing))
    theirs_back = [user_item(f"{f.text}.", f.clause) for f in feedback]
    back = [i for i in _feedback(backend, book, used) if not (theirs_back and i.gap)]
    sections.append(draft_section(mode, "aterkoppling", [*theirs_back, *back]))
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
        # a measure whose direction its wording does not tell moves toward the target the user sets (trial 34)
        way = {"minska": lex.SHARE_GOES_DOWN, "öka": lex.SHARE_GOES_UP}.get(direction or _direction(text),
                                                                         lex.SHARE_MOVES_TO_TARGET)
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
