"""The local goal draft: the goal sentence, its direction and reach, targets and the goal check."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, gap, source_item, suggestion, user_item
from assistant.generation.extractive.compose import cite, cite_lines, pick
from assistant.generation.extractive.drafts.actors import _interventions
from assistant.generation.extractive.drafts.context import (
    DraftContext,
    _finish,
    _issues,
    _measure_figures,
    _own_goal_item,
    _unmeasured,
    at,
    context,
    preposition,
)
from assistant.generation.extractive.drafts.measures import (
    _average,
    _baseline,
    _baseline_rest,
    _data_source,
    _direction,
    _indicator_phrase,
    _measured,
    _measured_first,
    _measured_part,
    _parts_of_one_whole,
    _rate_noun,
    _regrade,
    ratio_of_groups,
)
from assistant.generation.facts.model import Target, UserFacts, is_change, said_change
from assistant.generation.facts.words import for_both
from assistant.generation.targets import goal_sentence
from assistant.generation.wording import listed
from assistant.grounding.catalogue import substitute_org
from assistant.modes import Mode
from assistant.numbers import as_number
from assistant.schema import DraftItem, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


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
    resource = re.match(r"andel av (.+?) som \S+(?: ut)? till (.*)$", chosen[0].subject) if chosen and chosen[0].rate \
        else None
    if not unmeasured and resource:  # a resource's share: its split between the groups' activities evens out
        to = f"{resource.group(2)} " if resource.group(2) else ""
        return (f"Fördelningen av {resource.group(1)} mellan {for_both(to.strip()).strip()}{grades}{where} ska bli "
                f"jämnare och {evens}")
    if not unmeasured and chosen and chosen[0].part:  # a share of the time (of the reports) split between them
        return (f"Fördelningen av {chosen[0].part} som pojkar och flickor{grades}{where} "
                f"{ctx.spell(chosen[0].subject)} ska bli jämnare och {evens}")
    if not unmeasured and chosen and ratio_of_groups(chosen[0]):  # one figure of both: 'kvinnornas lön i procent av …'
        said = ctx.spell(chosen[0].subject)  # the lower group's share of the other's pay rises towards 100 %
        way = "" if reach.startswith(("öka", "minska", "nå ")) else "öka "
        return (f"{said[:1].upper()}{said[1:]}{grades}{where} ska {way}{reach}, så att skillnaden mellan pojkar och "
                f"flickor minskar")
    if not unmeasured and _parts_of_one_whole(chosen):  # a total's parts, said otherwise: they even out too
        return f"Fördelningen mellan pojkar och flickor {measured}{grades}{where} ska bli jämnare och {evens}"
    told = _told_goal(ctx) if not unmeasured else None
    if told is not None:  # 'På X ska andelen pojkar … minska från 34 % (2025) till högst 20 % senast hösten 2027'
        return told
    if reach.startswith("till "):  # a change the user set ('minska med 4 procentenheter') says its own way
        way = goal_direction(facts, measured)  # '' when neither the user nor the measure says which way (trial 34)
        reach = f"{way} {reach}" if way else f"nå {reach[len('till '):]}"
    if (unmeasured and not unmeasured.startswith("som ")) or (not unmeasured and chosen and (
            chosen[0].is_value or chosen[0].unit in lex.TIME_UNITS_OF or _average(chosen[0]) or _rate_noun(chosen[0]))):
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
        else gap(lex.RATIO_TARGET_GAP if (chosen := _measure_figures(facts)) and ratio_of_groups(chosen[0])
                 else "målvärde för pojkar och för flickor (vad ni vill nå)"),
        user_item(f"Måldatum: {target.date}", target.quote) if target and target.date
        else gap("datum då målet ska vara nått (t.ex. vid läsårets slut)"),
    ]


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
