"""The drafts' indicator: what is measured, its source, kind, groups and baseline (shared by goal and follow-up)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.drafts import gap, source_item, suggestion, user_item
from assistant.generation.easy import EASY_SOURCE_WORDS
from assistant.generation.extractive.compose import cite, pick
from assistant.generation.extractive.drafts.context import (
    DraftContext,
    _measure_figures,
    _part_doing,
    _unmeasured,
    told_topic,
)
from assistant.generation.facts.model import Figure, UserFacts
from assistant.generation.facts.words import for_both, is_finite_verb, predicate, relative, shorten_topic
from assistant.generation.targets import direction
from assistant.grounding.grades import grades_phrase, spoken_grades
from assistant.index.lexical import fold
from assistant.schema import DraftItem

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


def _own_figures(text: str) -> bool:
    """Whether a statement of the material reports figures of its own (a share, a count, 'från 41 till 63'), also a
    table's row ('Antal kvinnor som tagit del av processtödet | 23 | …': the report's counts; session 34 gave one to a
    kulturskola's problem)."""
    return bool(lex.FIGURE_RE.search(text) or lex.RESULT_CHANGE_RE.search(text) or lex.TABLE_ROW_RE.search(text))


def same_questions_note(source: str) -> str:
    """', med samma frågor vid varje mätning' for a survey of the user's own; '' for a register or report they named
    ('Skola24, frånvarorapport juni 2025' asks nobody questions)."""
    return ", med samma frågor vid varje mätning" if lex.SURVEY_RE.search(source) else ""


def _data_source(ctx: DraftContext, indicator: str) -> DraftItem:
    """The indicator's data source: the survey or statistics the user named for their figures ('er elevenkät'),
    else where such figures are usually found."""
    own = _own_source(ctx.facts)
    if own is not None:
        return user_item(f"Datakälla: {own.source}{same_questions_note(own.source)}", own.quote)
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
    elif kind == "grades":  # 'fick minst E' told of the national tests ('På de nationella proven … fick 71 % …'): a
        # test's result, not the term grades (trial 35)
        kind = next(("national_test" for f in _measure_figures(ctx.facts)
                     if lex.MEASURED_BY_NATIONAL_TEST.search(f.quote) and f.subject and
                     f.subject.lower() in indicator.lower()), kind)
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
    if chosen and (chosen[0].is_value or _average(chosen[0]) or _rate_noun(chosen[0])):  # 'meritvärdet': per group
        return ctx.spell(subject)
    if subject.startswith("bland "):  # a share of girls or boys among others ('bland besökarna på fritidsgårdarna')
        return ctx.spell(subject)
    if subject:
        return f"som {ctx.spell(relative(subject))}"
    said = next((p for p in (predicate(x) for x in ctx.facts.problems) if p), "")
    if said:  # 'Pojkarna i sexan hänger inte med i läsningen' -> 'som inte hänger med i läsningen'
        return f"som {said}"
    topic = shorten_topic(told_topic(ctx.topic))  # not 'Vi är' of their introduction (trial 32)
    return f"som berörs av: {topic}" if topic else "som berörs av problemet"


def _average(f: Figure) -> bool:
    """An average per group ('antal böcker i snitt (lånade)', `facts._read_group_averages`): a value of each group,
    said '… för pojkar och för flickor', never a share of them."""
    return f.rate and f.subject.startswith("antal ")


def ratio_of_groups(f: Figure) -> bool:
    """One group's pay as a share of the other's ('kvinnornas lön i procent av männens lön'; `facts._read_group_ratio`):
    one figure of both groups, never 'för män och för kvinnor'."""
    return f.rate and not f.group and lex.RATIO_SUBJECT_RE.search(f.subject) is not None


def _rate_noun(f: Figure) -> bool:
    """A rate each group has, named by its noun ('ogiltig frånvaro', 'sjukfrånvaron'; `Figure.rate`): a value per
    group said '… för pojkar och för flickor', not a share of them who do something (own probe, session 33: the
    indicator read 'andel pojkar och andel flickor som ogiltig frånvaro'). A resource's share, an average, a part and
    a share among others say theirs their own way."""
    words = f.subject.split()
    return f.rate and not f.part and bool(words) and not ratio_of_groups(f) and not is_finite_verb(words[0]) and \
        not f.subject.startswith(("andel av ", "antal ", "bland ")) and not lex.MAJORITY_END_RE.search(f.subject)


def _indicator_phrase(ctx: DraftContext) -> str:
    """'andel pojkar och andel flickor i åk 7–9 som saknar godkänt i matematik' from the user's figures."""
    grades = ctx.facts.within or _measured_part(ctx.facts)
    unmeasured = _unmeasured(ctx.facts)
    if unmeasured.startswith("som "):  # 'andel pojkar och andel flickor … som läser varje dag': their target's
        return f"andel pojkar och andel flickor{grades} {ctx.spell(unmeasured)}"
    if unmeasured:  # 'frånvaron för pojkar och för flickor i åk 7–9': what their target is of
        return f"{ctx.spell(unmeasured)} för pojkar och för flickor{grades}"
    chosen = _measure_figures(ctx.facts)
    if chosen and ratio_of_groups(chosen[0]):  # 'kvinnornas lön i procent av männens lön': one figure of both
        return f"{ctx.spell(chosen[0].subject)}{grades}"
    if chosen and chosen[0].unit in lex.TIME_UNITS_OF:  # 'antal sjukdagar i snitt per år för män och för kvinnor'
        return f"{ctx.spell(chosen[0].subject)} för pojkar och för flickor{grades}"
    if chosen and (chosen[0].rate and chosen[0].subject.startswith("andel av ") or _average(chosen[0])):
        # 'andel av föreningsbidragen som går till verksamhet för pojkar och för flickor': a resource's share; 'antal
        # böcker i snitt (lånade) för pojkar och för flickor': an average per group (session 24)
        return f"{for_both(ctx.spell(chosen[0].subject))}{grades}"
    if chosen and (chosen[0].is_value or _rate_noun(chosen[0])):  # 'meritvärdet för pojkar och för flickor i åk 9'
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


def _statistics_source(text: str, org_kind: str = "") -> str:
    if org_kind in lex.ADULT_STATISTICS_SOURCES:  # a socialtjänst's figures are in its own records, not Skolverket's
        return lex.ADULT_STATISTICS_SOURCES[org_kind]
    # bidrags- and besöksstatistik, not for a school result
    if org_kind in lex.UNIT_RECORDS and _kind(text) not in ("grades", "national_test", "absence", "results"):
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
    own = _own_source(ctx.facts)
    # the survey they named for their figures is where the figures are ('I vår egen trivselenkät …'; trial 31 sent
    # a school's own enkät to Folkhälsomyndighetens statistik)
    items.append(user_item(f"Var siffrorna finns: {own.source}", own.quote) if own is not None else
                 suggestion(f"Var siffrorna finns: {where}"))
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
    # the earlier draft's groups in its user's pair ('andel män och andel kvinnor') back in the slots a draft is built
    # in, so that a plan of one group and the pair's wording apply again (drafts36: after 'byt målgrupp till utrikes
    # födda kvinnor' the indicator still read 'andel män och andel kvinnor')
    text = lex.INDICATOR_GROUPS_RE.sub(lambda m: re.sub(
        rf"\b(?:{lex.GENDER_PLURALS})\b", lambda w: lex.GROUP_WORDS.get(w.group(0).lower(), w.group(0)), m.group(0),
        flags=re.I), text)
    if ctx.facts.grades:
        text = lex.GRADE_RE.sub(ctx.facts.grades, text)
    new = ctx.facts.qualifier.strip()
    if not new and not ctx.facts.named_group:
        return text  # figures of several parts (trial 29: two programmes) and no part named anew: nothing to restate
    # the places the earlier draft named together ('på Lindängen och på Kastanjen', `UserFacts.qualifier`) give way
    # to the new group as one (trial 30: 'på Kastanjen och på Kastanjen' after 'byt målgrupp till … på Kastanjen')
    olds = list(dict.fromkeys(f.within for f in ctx.facts.figures if f.within))
    if len(olds) > 1:
        joined = " och ".join([", ".join(olds[:-1]), olds[-1]])
        text = re.sub(rf"\s+{re.escape(joined)}\b", f" {new}" if new else "", text, flags=re.I)
    for old in {f.within for f in ctx.facts.figures if f.within and f.within.lower() not in new.lower()}:
        text = re.sub(rf"\s+{re.escape(old)}\b", f" {new}" if new else "", text, flags=re.I)
    if new and new.lower() not in text.lower():
        # ... and named where no part was named before, after the groups the indicator is of ('andel pojkar och
        # andel flickor som tar mest plats' -> '… flickor bland de yngsta barnen, 1–3 år som …'; drafts35: the goal
        # named the new group, its indicator did not)
        text = lex.INDICATOR_GROUPS_RE.sub(lambda m: f"{m.group(0)} {new}", text, count=1)
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
    >>> _direction("som spelar schack på rasterna")  # neither: which way is the user's to say (trial 34)
    ''
    """
    return direction(text) or ""


def _user_causes(facts: UserFacts) -> list[str]:
    """The statements of the user's problem that say why (`lexicon.USER_CAUSE_RE`: 'eftersom …', 'Flickorna säger att
    lokalen domineras av pojkarnas aktiviteter'): without a figure of their own, beside statements with figures (the
    measured problem), never the only statement. They are the user's causes, said under Orsaker."""
    if len(facts.problems) < 2 or not facts.figures:
        return []
    def says_why(p: str) -> bool:
        said = lex.GROUP_SAYS_RE.match(p) or lex.GROUP_SAYS_INVERTED_RE.match(p)
        told = lex.INFORMANT_JUDGES_RE.match(p)
        return bool(lex.USER_CAUSE_RE.search(p) or (said and said.group("who").lower() in lex.GROUP_WORDS)
                    or (told and told.group("who").lower() in lex.CAUSE_INFORMANTS))
    # ... and what the unit's staff or others are told to see ('Pedagogerna upplever att de oftare ställer
    # följdfrågor till pojkarna': `UserFacts.reported`, said without its reporter), an account of why (drafts38)
    reported = {r.lower() for r in facts.reported}
    causes = [p for p in facts.problems if (says_why(p) or p.lower() in reported) and not lex.FIGURE_RE.search(p)]
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
    # ... not a count's own group again ('kvinnor 120 kvinnor': the unit names it)
    who = f.group if f.group and f.group != f.unit and lex.GROUP_WORDS.get(f.unit.lower()) != f.group else ""
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
    # A line of several sentences is measured as its first says ('Trygghetsmätningar i skolan. … Hur har
    # kuratorers … kunskap om risker … använts?' is a survey; trial 31 gave it 'kunskapsfrågor' and 'svarar rätt
    # efter insatsen'): the later questions are details of it.
    head = re.split(r"(?<=[.?!])\s+(?=[A-ZÅÄÖ])", text.strip(), maxsplit=1)
    if len(head) == 2:
        first = _kind(head[0])
        if first != "process":
            return first
    t = lex.INDICATOR_SHARE_PREFIX_RE.sub("", text.lower())
    if lex.ABSENCE_RE.search(t):
        return "absence"
    if lex.MEASURED_BY_NATIONAL_TEST.search(t):  # 'minst betyget E på delprovet': the test's result, not the grades
        return "national_test"
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
