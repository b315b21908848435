"""A target value proposed from the user's own baseline, for "gör målet mätbart" when they set none.

Never a figure of its own: the proposal halves what separates the baseline from equality (a group's share of a
whole half way to an even split; two groups' values half way to each other, the group behind moving), says how it
was worked out, and is marked as the assistant's proposal for the user to confirm or change.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import simplemma

from assistant import lexicon as lex
from assistant.numbers import as_number

# The plural of each gender pair a draft is written in (lexicon.GENDER_PAIRS): an adult unit's baseline says 'män 41 %;
# kvinnor 23 %' (trial 22: such a plan got '[målvärde]' where a school's got a proposed value).
_GROUPS = "|".join(sorted({words[0] for forms in lex.GENDER_PAIRS.values() for words in forms}, key=len, reverse=True))
# 'pojkar 31 % (2024/2025)', 'flickor 86 %', 'pojkar 198' as a baseline item writes each group's value.
# A value in a unit of time keeps it ('kvinnor 11 sjukdagar', 'män 4 månader'; lexicon.TIME_UNITS_OF), and so does a
# count of anything else ('pojkar 2 böcker': an average per group, session 24); no word that goes on the sentence.
_UNIT = r"\s*%|\s+[a-zåäö]*dagar\b|\s+veckor\b|\s+månader\b|\s+timmar\b|" \
        r"\s+(?!(?:och|eller|senast|till|för|mot|per|i|på)\b)[a-zåäö]+\b"
_GROUP_VALUE_RE = re.compile(rf"\b({_GROUPS})\s+(\d{{1,3}}(?:,\d+)?)({_UNIT})?(?![\d/])", re.I)


def _in_slot_order(groups: list[str]) -> list[str]:
    """The groups as named, male slot first (`lexicon.GENDER_GROUPS`): 'män' before 'kvinnor', as 'pojkar' before
    'flickor'."""
    return sorted(groups, key=lambda g: lex.GENDER_GROUPS.index(lex.GROUP_WORDS.get(g.lower(), "pojkar")))


def _falls(measure: str) -> bool | None:
    """Whether a goal wants the measure said in `measure` to go down: a share of those who do a deed of leaving,
    dropping out or failing (`lexicon.FALLING_DEED_LEMMAS`, by lemma: every tense of 'sluta', 'hoppa av', 'utebli'),
    unless the deed is negated ('som inte slutade': those who stay), else problem wording of its own
    (`lexicon.NEGATIVE_RE`: 'saknar godkänt', 'hög frånvaro').

    >>> should_fall("som slutade efter första terminen"), should_fall("som slutar på kursen")
    (True, True)
    >>> should_fall("som hoppade av"), should_fall("som uteblev från lektionerna"), should_fall("som lämnar gruppen")
    (True, True, True)
    >>> should_fall("som avbröt sina studier"), should_fall("som saknar godkänt")
    (True, True)
    >>> should_fall("som inte slutade efter första terminen"), should_fall("som lämnade in uppgiften i tid")
    (False, False)
    >>> should_fall("som har godkänt i svenska"), should_fall("som hoppade högst"), should_fall("som slutförde kursen")
    (False, False, False)
    >>> should_fall("som ofta känner sig nedstämda"), should_fall("som har ont i magen varje vecka")
    (True, True)
    """
    words = re.findall(r"[A-Za-zÅÄÖåäöÉé]+", measure.lower())
    for n, word in enumerate(words):
        lemma = simplemma.lemmatize(word, lang="sv")
        after = words[n + 1] if n + 1 < len(words) else ""
        deed = (lemma in lex.FALLING_DEED_LEMMAS and after not in lex.NOT_FALLING_PARTICLES.get(lemma, ())) or \
            after in lex.FALLING_PARTICLE_VERBS.get(lemma, ())
        if deed:  # a negated deed is those who stay: False, a measure to rise
            return not any(w in lex.DEED_NEGATORS for w in words[max(0, n - 2):n])
    return True if lex.NEGATIVE_RE.search(measure) or lex.DISTRESS_RE.search(measure) else None


def should_fall(measure: str) -> bool:
    """Whether a goal wants the measure said in `measure` to go down (`direction` is 'minska')."""
    return direction(measure) == "minska"


def direction(measure: str) -> str | None:
    """Which way a goal wants the measure to go: 'minska' for a deed of leaving or failing, a problem or ill-being
    (`_falls`), 'öka' for an outcome wanted more of (`lexicon.RISING_OUTCOME_RE`: 'har godkänt', 'läser varje dag',
    'känner sig trygga'), None when the wording tells neither, or negates ill-being ('som inte känner sig nedstämda':
    which way the user counts is theirs to say). Trial 34: an unlisted measure was assumed to rise, and a plan asked
    for more pupils who feel low.

    >>> direction("som ofta känner sig nedstämda"), direction("som saknar godkänt"), direction("som läser varje dag")
    ('minska', 'minska', 'öka')
    >>> direction("som spelar schack på rasterna"), direction("som inte känner sig nedstämda")
    (None, None)
    """
    falls = _falls(measure)
    if falls is False:
        return "öka"
    if falls and set(re.findall(r"[a-zåäöé]+", measure.lower())) & lex.DEED_NEGATORS and \
            lex.DISTRESS_RE.search(measure):
        return None
    if falls:
        return "minska"
    return "öka" if lex.RISING_OUTCOME_RE.search(measure) else None


@dataclass(frozen=True)
class ProposedTarget:
    """'pojkar minst 41 %' and how it was worked out from the baseline ('halva vägen från 31 % till 50 %')."""

    value: str
    reason: str


def _written(value: float, percent: bool | str) -> str:
    """A value as a draft writes it, rounded to a whole number away from the baseline's side of the split, with its
    unit ('%' for True, else the unit as written: ' sjukdagar')."""
    unit = " %" if percent is True else percent or ""
    return f"{math.floor(value + 0.5):d}{unit}"


def _percent_as_sign(unit: str) -> str:
    """'procent' written out is the '%' sign: a share, whose gap is in percentage points, not a count of 'procent'."""
    return "%" if unit.lower() == "procent" else unit


def _split_pairs(baseline: str) -> list[tuple[float, float]]:
    """The pairs of one split of a whole in a baseline: a boys' and a girls' share side by side that add up to 100 %
    ('pojkar på Lindängen 64 % (2024); flickor på Lindängen 36 % (2024)'); [] unless every value is such a pair's.

    >>> _split_pairs("pojkar på A 64 % (2024); flickor på A 36 % (2024); pojkar på B 61 % (2025); flickor på B 39 %")
    [(64.0, 36.0), (61.0, 39.0)]
    >>> _split_pairs("pojkar 71 %; flickor 86 %")
    []
    """
    values = [(m.group(1).lower(), as_number(m.group(2))) for m in re.finditer(
        r"\b(pojkar|flickor|män|kvinnor)\b[^;%]*?(\d+(?:,\d+)?)\s*(?:%|procent)", baseline, re.I)]
    if len(values) < 2 or len(values) % 2:
        return []
    pairs = [(values[i], values[i + 1]) for i in range(0, len(values), 2)]
    if any(a[0] == b[0] or abs(a[1] + b[1] - 100) > 1 for a, b in pairs):
        return []
    return [(a[1], b[1]) for a, b in pairs]


def propose_target(indicator: str, baseline: str) -> ProposedTarget | None:
    """The target proposed for an indicator from its baseline item's values ('pojkar 31 % (2024/2025)'); None when
    the baseline gives no basis (one group's value on a measure of its own says nothing of where the other is).

    A share of a whole by gender ('andel pojkar … bland deltagarna', or two shares that add up to 100 %) goes half way
    to an even split; two groups' values on one measure meet half way, the group behind moving (up for a measure that
    should rise, down for one that should fall: `should_fall`) and the other held where it is.

    >>> propose_target("andel pojkar och andel flickor i åk 7–9 bland deltagarna", "pojkar 31 % (2024/2025)").value
    'pojkar minst 41 %'
    >>> propose_target("andel pojkar och andel flickor som var behöriga till gymnasiet", "pojkar 71 %; flickor 86 %")
    ProposedTarget(value='pojkar minst 79 %; flickor minst 86 %', reason='skillnaden mellan pojkar och flickor \
(15 procentenheter) halveras, utan att någon grupp går tillbaka')
    >>> propose_target("andel pojkar och andel flickor som saknar godkänt i engelska", "pojkar 31 %; flickor 14 %")\
.value
    'pojkar högst 23 %; flickor högst 14 %'
    >>> propose_target("antal böcker i snitt för pojkar och för flickor", "pojkar 2 böcker; flickor 6 böcker").value
    'pojkar minst 4 böcker; flickor minst 6 böcker'
    >>> propose_target("andel pojkar och andel flickor som läser varje dag", "pojkar 35 %") is None
    True
    >>> propose_target("andel pojkar och andel flickor som saknar godkänt", "pojkar 31 procent; flickor 14 procent")
    ProposedTarget(value='pojkar högst 23 %; flickor högst 14 %', reason='skillnaden mellan pojkar och flickor \
(17 procentenheter) halveras, utan att någon grupp går tillbaka')
    """
    split = _split_pairs(baseline)
    if len(split) > 1:
        # a resource split between the genders at several places or times ('pojkar på Lindängen 64 % (2024); flickor
        # på Lindängen 36 % (2024); … på Kastanjen …'): one even-split ceiling for every pair (trial 30 proposed
        # nothing), never a share that 'ska öka'
        return ProposedTarget(lex.SPLIT_PARITY_TARGET, lex.SPLIT_PARITY_REASON)
    found = {m.group(1).lower(): (as_number(m.group(2)), _percent_as_sign((m.group(3) or "").strip())) for m in
             _GROUP_VALUE_RE.finditer(baseline)}
    if not found:
        return None
    units = {u for _, u in found.values()}
    percent = units == {"%"}
    written_unit: bool | str = True if percent else f" {units.pop()}" if len(units) == 1 and "" not in units else ""
    values = {g: v for g, (v, _) in found.items()}
    whole = percent and (bool(lex.SHARE_OF_WHOLE_RE.search(indicator)) or (
        len(values) == 2 and abs(sum(values.values()) - 100) <= 1))
    if whole:
        group, value = next(iter(values.items()))
        if value == 50 or value > 100:
            return None
        goal = value + (50 - value) / 2
        bound = "minst" if value < 50 else "högst"
        start = f"{value:g} %".replace(".", ",")
        return ProposedTarget(f"{group} {bound} {_written(goal, True)}",
                              f"halva vägen från {start} till en jämn fördelning (50 %)")
    if len(values) < 2 or any(v > 100 for v in values.values()) and percent:
        return None
    way = direction(indicator)
    if way is None:  # which way the user wants it is theirs to say: no value that may point the wrong way
        return None
    falls = way == "minska"
    behind = (max if falls else min)(values, key=lambda g: values[g])
    ahead = next(g for g in values if g != behind)
    gap = abs(values[ahead] - values[behind])
    if gap == 0:
        return None
    goal = values[behind] + (-gap / 2 if falls else gap / 2)
    bound = "högst" if falls else "minst"
    parts = {behind: _written(goal, written_unit), ahead: _written(values[ahead], written_unit)}
    order = _in_slot_order(list(parts))
    text = "; ".join(f"{g} {bound} {parts[g]}" for g in order)
    unit = " procentenheter" if percent else written_unit if isinstance(written_unit, str) else ""
    return ProposedTarget(text, f"skillnaden mellan {order[0]} och {order[1]} ({gap:g}{unit}) halveras, utan att "
                                "någon grupp går tillbaka".replace(".", ","))


# One group's value in a baseline or target item: 'pojkar 31 % (2024/2025)', 'flickor minst 28 %', 'pojkar 198'.
_GROUP_ITEM_RE = re.compile(rf"^({_GROUPS})\s+(?:(minst|högst)\s+)?(\d{{1,4}}(?:,\d+)?)({_UNIT})?\s*(\([^()]*\))?$",
                            re.I)
# The indicator's two forms a goal sentence can be told in per group: a share ('andel pojkar och andel flickor i åk
# 7–9 som saknar godkänt i engelska') and a measure for each ('frånvaron för pojkar och för flickor i åk 7–9').
# ... or of one group alone ('andel pojkar i åk 7–9 som saknade behörighet', a plan of boys: trial 32's 'Målgrupp:
# pojkar i åk 7–9' got '… gå från pojkar 31 % (2025); flickor 18 % (2025) till pojkar högst 25 %')
_SHARE_INDICATOR_RE = re.compile(rf"^andel(?:en)? ({_GROUPS})(?P<both> och andel(?:en)? (?:{_GROUPS}))?\b"
                                 rf"(?!\s+(?:och|samt)\s)\s*(.*)$")  # 'andel pojkar och flickor …' is no one group's
_MEASURE_INDICATOR_RE = re.compile(rf"^(.+?) för ({_GROUPS}) och för (?:{_GROUPS})\b\s*(.*)$")


def _group_values(text: str) -> dict[str, tuple[str, float, str, str]] | None:
    """{'pojkar': (bound, value, as written, year note)} of a baseline or target item's value; None when any part is
    not one group's value ('unga 90 ungdomar (2024)', '[utgångsvärde]')."""
    out: dict[str, tuple[str, float, str, str]] = {}
    for part in (p.strip() for p in re.split(r";(?![^()]*\))", text)):  # not the ';' of a note
        m = _GROUP_ITEM_RE.match(part)
        if m is None:
            return None
        unit = (m.group(4) or "").strip()
        written = f"{m.group(3)}{' ' + unit if unit else ''}"
        # the year only: how a computed value was worked out is told in the baseline item, not in the goal
        note = f" {m.group(5).split(';')[0]})".replace("))", ")") if m.group(5) else ""
        out.setdefault(m.group(1).lower(), (m.group(2) or "", as_number(m.group(3)), written, note))
    return out or None


def goal_sentence(indicator: str, baseline: str, target: str, date: str, hold_others: bool = False) -> str | None:
    """The measurable goal as a planner writes it, group by group: 'andelen flickor bland eleverna ska öka från 6 %
    (2024/25) till minst 28 % senast [datum]'; None when the indicator or the values are in no form it can say
    (the caller then writes the goal's parts side by side). The place is the caller's to put first. With
    `hold_others`, a group of the baseline the target sets nothing for is held where it is.

    >>> goal_sentence("andel pojkar och andel flickor bland deltagarna", "pojkar 31 % (2024)", "pojkar minst 41 %", "")
    'andelen pojkar bland deltagarna ska öka från 31 % (2024) till minst 41 % senast [datum]'
    >>> goal_sentence("andel pojkar och andel flickor som saknar godkänt i engelska", "pojkar 31 %; flickor 14 %",
    ...               "pojkar högst 23 %; flickor högst 14 %", "2026")
    'andelen pojkar som saknar godkänt i engelska ska minska från 31 % till högst 23 % senast 2026, och andelen \
flickor ska inte bli högre än 14 %'
    >>> goal_sentence("frånvaron för pojkar och för flickor i åk 7–9", "flickor 12 %; pojkar 8 %", "flickor 9 %", "")
    'frånvaron för flickor i åk 7–9 ska minska från 12 % till 9 % senast [datum]'
    >>> goal_sentence("andel pojkar och andel flickor bland besökarna", "flickor 26 % (2024; beräknat av era siffror: 23 av \
90 besökare)", "flickor minst 38 %", "")
    'andelen flickor bland besökarna ska öka från 26 % (2024) till minst 38 % senast [datum]'
    >>> goal_sentence("andel pojkar och andel flickor som låg under gränsen", "pojkar 34 % (2025); flickor 15 % (2025)",
    ...               "pojkar högst 20 %", "hösten 2027", hold_others=True)
    'andelen pojkar som låg under gränsen ska minska från 34 % (2025) till högst 20 % senast hösten 2027, och andelen \
flickor ska inte bli högre än 15 %'
    >>> goal_sentence("andel pojkar och andel flickor bland eleverna", "unga 90 ungdomar (2024)", "", "") is None
    True
    >>> goal_sentence("andel pojkar i åk 7–9 som saknar behörighet", "pojkar 31 % (2025); flickor 18 % (2025)",
    ...               "pojkar högst 25 %; flickor högst 18 %", "")
    'andelen pojkar i åk 7–9 som saknar behörighet ska minska från 31 % (2025) till högst 25 % senast [datum]'
    """
    base, goal = _group_values(baseline), _group_values(target) if target else {}
    share, measure = _SHARE_INDICATOR_RE.match(indicator), _MEASURE_INDICATOR_RE.match(indicator)
    if base is None or goal is None or not (share or measure):
        return None

    def subject(group: str, first: bool) -> str:
        if share:
            rest = f" {share.group(3)}" if first and share.group(3) else ""  # said once, with the first group
            return f"andelen {group}{rest}"
        assert measure is not None
        said = re.sub(r"^andel av ", "andelen av ", measure.group(1))  # a resource's share (lexicon.RESOURCE_SHARE_RE)
        return f"{said} för {group}{' ' + measure.group(3) if first and measure.group(3) else ''}"

    groups = [g for g in base if g in goal] or list(base)
    if share and not share.group("both"):  # an indicator of one group: the goal is that group's alone
        if share.group(1) not in base:
            return None
        groups = [share.group(1)]
    clauses = []
    for n, group in enumerate(groups):
        _, start, start_text, year = base[group]
        bound, value, written, _ = goal.get(group, ("", 0.0, "", ""))
        until = f" till {bound + ' ' if bound else ''}{written}" if written else " till [målvärde]"
        if not written or value == start and not bound:
            change = f"ska gå från {start_text}{year}{until}" if not written else f"ska vara kvar på {written}"
        elif value == start:
            change = f"ska inte bli {'lägre' if bound == 'minst' else 'högre'} än {written}"
        else:
            change = f"ska {'öka' if value > start else 'minska'} från {start_text}{year}{until}"
        clauses.append(f"{subject(group, n == 0)} {change}{' senast ' + (date or '[datum]') if n == 0 else ''}")
    # a group the target sets nothing for is held where it is, on the side the goal moves to: 'och andelen flickor
    # ska inte bli högre än 15 %' beside the boys' 'ska minska … till högst 20 %' (trial 27)
    moves = {("minska" if goal[g][1] < base[g][1] else "öka") for g in groups if g in goal and goal[g][2]
             and goal[g][1] != base[g][1]}
    single = bool(share and not share.group("both"))
    for group in (g for g in base if hold_others and not single and g not in groups and len(moves) == 1):
        clauses.append(f"{subject(group, False)} ska inte bli {'högre' if moves == {'minska'} else 'lägre'} än "
                       f"{base[group][2]}")
    return ", och ".join(clauses)
