"""Whether a figure is the statistic a question asks for, as the figure's own line states it: a table row's caption,
column names and label (units.row_frame), or a sentence.

A neighbouring figure is no answer: 'medellön' asked, 'Medianlön (kronor per månad)' given; 'hur många' asked, a
row in '(procent)' given; a total asked, 'Tillsägelser per observationsvecka' given; the girls asked, a table that
splits its figures by school only. Where the best figure states a neighbour of the asked kind and no figure states the
asked one, the question is refused and the neighbour shown as what it is (lexicon: STATISTIC_CENTRE_KINDS and the
patterns after it). A figure whose line states no kind of a family keeps the question: only positive evidence of
another kind refuses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold
from assistant.index.units import (
    FIGURE_CELL_RE,
    Unit,
    cells_in_place,
    column_names,
    header_rows,
    row_frame,
    share_cells,
)

# How many of the best figures must all be rows split by something other than gender for a gender asked to be
# refused (statkind.group_clash).
GROUP_POOL = 3
# What a refusal calls a count and a share.
MEASURE_PHRASES = {"antal": "antal", "andel": "andel (procent)", "belopp": "belopp (kronor)"}
# The least share of the best figure's score another figure needs for its kind to count as the material's answer.
RIVAL_SHARE = 0.9
# The shortest stem a counted noun is cut to (counts_noun: 'idrottshallar' -> 'idrottsha', matching its inflections).
COUNTED_STEM_MIN = 4


@dataclass(frozen=True)
class Clash:
    """A figure question whose best figures are of a neighbouring statistic: what is asked and what is given (as a
    refusal says them), and those figures, best first."""

    family: str  # centre | measure | rate | group
    asked: str  # the asked kind, as a refusal contrasts it ('medellön', 'antal', 'totalt')
    given: str  # the neighbour given ('medianlön', 'andel (procent)', 'per observationsvecka')
    figures: list[Scored]
    phrase: str = ""  # what the material has no information about ('kvinnornas medellön', 'något totalt antal')


def figure_line(unit: Unit) -> str:
    """What says what a unit's figures are: a table row's caption, column names and label, else its own text."""
    return row_frame(unit) if unit.kind == "row" else unit.text


def centre_kinds(text: str) -> dict[str, str]:
    """The central values a text names, each with the words it names it by ('Medianlön (kronor …)' -> median).

    >>> sorted(centre_kinds("Vad var kvinnornas medellön?")), sorted(centre_kinds("| Medianlön (kronor per månad) |"))
    (['medel'], ['median'])
    >>> sorted(centre_kinds("Män beviljas i genomsnitt fler timmar")), centre_kinds("Nämnden fick medel till det")
    (['medel'], {})
    """
    return {kind: m.group(0).lower() for kind, (pattern, _) in lex.STATISTIC_CENTRE_KINDS.items()
            if (m := pattern.search(text))}


def measure_asked(text: str) -> str:
    """'andel' for a share asked, 'antal' for a count asked, '' for neither.

    >>> measure_asked("Hur många flickor städade?"), measure_asked("Hur många procent av flickorna städade?")
    ('antal', 'andel')
    """
    if lex.SHARE_QUESTION_RE.search(text):
        return "andel"
    return "antal" if lex.COUNT_ASKED_RE.search(text) and not lex.MONEY_ASKED_RE.search(text) else ""


def measure_given(unit: Unit, group: str = "") -> set[str]:
    """Whether a unit's figures are shares, counts, amounts of money or some of these: a table row's by its cells'
    columns (units.share_cells; a column named in kronor gives amounts, lexicon.MONEY_GIVEN_RE), a count by a label or
    column name saying so ('(antal)'); a sentence's shares when every figure in it is a percentage. Empty where its
    line does not say. With `group` (a gender word asked), a row's columns that name the group are read, where some
    do: 'Antal föreningar | Kvinnor/flickor, kr | …' gives the girls no count, only kronor.
    """
    if unit.kind == "row":
        values = cells_in_place(unit)
        figures = [i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v)]
        if not figures:
            return set()
        headers = [h for h in header_rows(unit) if h is not unit]
        names = column_names(headers, len(values)) if headers else None
        if names is not None and group:
            stem = re.escape(group.lower()[:5])
            named = [i for i in figures if re.search(rf"\b{stem}", names[i], re.I)]
            figures = named or figures
        shares = share_cells(unit) if len(values) > 1 else [False]
        kinds = {"belopp" if names is not None and lex.MONEY_GIVEN_RE.search(names[i])
                 else "andel" if shares[i] or lex.PERCENT_RE.search(values[i]) else "antal" for i in figures}
        if kinds == {"antal"} and not lex.COUNT_GIVEN_RE.search(row_frame(unit)):
            return set()  # bare figures under no unit: a count, or what the table does not say
        return kinds
    numbers = [m for m in re.finditer(r"\d+(?:[ ,.]\d+)*", unit.text) if not lex.YEAR_RE.fullmatch(m.group(0))]
    if numbers and all(lex.PERCENT_RE.match(unit.text, m.end() - 1) for m in numbers):
        return {"andel"}
    return set()


def counts_noun(text: str, question_text: str) -> bool:
    """Whether a sentence gives a number (in digits or words) of the noun a 'Hur många …?' question counts, at most
    one word between ('sina sex idrottshallar' for 'Hur många idrottshallar har kommunen?'): a count, though no
    'antal' is said (refusal32 probes: it was refused as a share because a sentence of percentages ranked first).

    >>> q = "Hur många idrottshallar har kommunen?"
    >>> counts_noun("Kommunen fördelar träningstider i sina sex idrottshallar.", q)
    True
    >>> counts_noun("I idrottshallarna används 33 procent av timmarna av flicklag.", q)
    False
    >>> counts_noun("Kommunen har 6 stora idrottshallar.", q), counts_noun("Den har sex hallar.", "Hur stor andel?")
    (True, False)
    """
    m = lex.COUNTED_NOUN_QUESTION_RE.search(question_text)
    if m is None:
        return False
    noun = m.group(1).lower()
    stem = noun[: max(COUNTED_STEM_MIN, len(noun) - 3)] if len(noun) > COUNTED_STEM_MIN + 2 else noun
    number = rf"(?:\b\d+(?:[ \u00a0]\d{{3}})*|{lex.NUMBER_WORD_RE.pattern})"
    return re.search(rf"{number}\s+(?:[a-zåäö]+\s+)?{re.escape(stem)}", text, re.I) is not None


def rate_asked(text: str) -> str:
    """The period a question asks a rate per ('vecka' for 'per vecka', 'i veckan'), 'totalt' for a total, or ''.

    >>> rate_asked("Hur många tillsägelser per vecka fick pojkarna?"), rate_asked("Hur många fick de totalt 2025?")
    ('vecka', 'totalt')
    >>> rate_asked("Hur många elever gick i år 5?"), rate_asked("Hur många timmar om året?")
    ('', 'år')
    """
    m = lex.RATE_ASKED_RE.search(text)
    if m:
        return lex.PERIOD_WORDS[(m.group(1) or m.group(2)).lower()]
    return "totalt" if lex.TOTAL_QUESTION_RE.search(text) else ""


def rate_given(unit: Unit) -> dict[str, str]:
    """The periods a unit's figures are rates per, with the words it says it by ('vecka': 'per observationsvecka');
    'totalt' where its line gives a total too.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="r", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="| Tillsägelser per observationsvecka (antal) | 14 | 39 |")
    >>> rate_given(units_of(c)[0])
    {'vecka': 'per observationsvecka'}
    """
    line = figure_line(unit)
    found = {lex.PERIOD_WORDS[(m.group(1) or m.group(2)).lower()]: m.group(0).lower()
             for m in lex.RATE_GIVEN_RE.finditer(line)}
    if found and lex.TOTAL_RE.search(line):
        found["totalt"] = "totalt"
    return found


def gender_asked(text: str) -> str:
    """The gender group word a question asks about ('pojkarna'), or ''."""
    m = lex.GENDER.search(text)
    return m.group(0) if m and not m.group(0).lower().startswith("kön") else ""


def splits_without_gender(unit: Unit) -> bool:
    """Whether a table row's figures are split by something other than gender: the table names its columns and
    neither they, its caption, the row's label nor the headings over it name a gender ('Skola | Andel (%)' under
    'Läsförståelse åk 5'). The figure is then not of one gender's group."""
    if unit.kind != "row" or not [h for h in header_rows(unit) if h is not unit]:
        return False
    said = " ".join([row_frame(unit), unit.context(), unit.chunk.heading_path_text, unit.chunk.title])
    return lex.GENDER.search(said) is None


def statistic_clash(question_text: str, figures: Sequence[Scored]) -> Clash | None:
    """The neighbouring statistic the best figure gives instead of the asked one, when no figure gives that; None
    when the best figure is of the asked kind or states none.

    Families, in order: the central value (median, mean), the measure (a count, a share), the rate (per a period, a
    total; a rate per another period is read in table rows only, whose labels state it, since a sentence's 'två
    dialoger per läsår' still answers 'per termin' in its own words), the gender group (table rows only)."""
    if not figures:
        return None
    first = figures[0].unit
    asked = centre_kinds(question_text)
    if len(asked) == 1:
        kind, said = next(iter(asked.items()))
        owner = re.search(rf"(\w+s)\s+{re.escape(said)}", question_text, re.I)
        # (a median or a mean is named where it is given: any close figure naming the other, none the asked, is
        # the material's answer, though a figure naming neither ranks above it)
        given = [centre_kinds(figure_line(s.unit)) for s in figures]
        named = next((g for g in given if g), None)
        if not any(kind in g for g in given) and named:
            # (a column's bare qualifier, '(medel, månader)', is said by the kind's name)
            shown = next(iter(named.items()))
            given_said = lex.STATISTIC_CENTRE_KINDS[shown[0]][1] if shown[1].startswith("(") else shown[1]
            return Clash("centre", said, given_said, _alike(figures, given),
                         f"{owner.group(1).lower()} {said}" if owner else said)
    # A figure of the asked kind keeps the question only where it is nearly as close as the best one: a count of
    # enrolled children in the same table is no count of the girls who helped tidy up ('(procent)' row first).
    figures = [s for s in figures if s.score >= RIVAL_SHARE * figures[0].score]
    measure = measure_asked(question_text)
    if measure:
        group = gender_asked(question_text)
        given_measures = [measure_given(s.unit, group) for s in figures]
        if measure == "antal":
            # a number before the very noun counted is that count, though the sentence does not say 'antal'
            given_measures = [g | {"antal"} if counts_noun(s.unit.text, question_text) else g
                              for s, g in zip(figures, given_measures)]
        elif measure == "andel":
            # two groups' counts in one row give the share of one of them (the answer works it out)
            from assistant.grounding.scope.figures import counts_give_share

            given_measures = [g | {"andel"} if counts_give_share(s.unit, question_text) else g
                              for s, g in zip(figures, given_measures)]
        # (a part of a named whole asked, 'Hur många av flickorna …', is answered by its share too)
        accepted = {"antal", "andel"} if measure == "antal" and lex.PARTITIVE_OF_WHOLE_RE.search(question_text) \
            else {measure}
        if not any(accepted & g for g in given_measures) and given_measures[0]:
            # (an amount of money is named first: a row of kronor and a share is no count in either)
            other = "belopp" if "belopp" in given_measures[0] else next(iter(given_measures[0]))
            return Clash("measure", MEASURE_PHRASES[measure], MEASURE_PHRASES[other], _alike(figures, given_measures),
                         "antalet" if measure == "antal" else "andelen")
    rate = rate_asked(question_text)
    if rate:
        rates = [rate_given(s.unit) for s in figures]
        if not any(rate in r for r in rates) and rates[0] and (rate == "totalt" or first.kind == "row"):
            asked = "totalt" if rate == "totalt" else lex.PERIOD_PHRASES[rate]
            return Clash("rate", asked, next(iter(rates[0].values())), _alike(figures, rates),
                         "något totalt antal" if rate == "totalt" else f"något antal {asked}")
    return group_clash(question_text, figures)


def group_clash(question_text: str, figures: Sequence[Scored]) -> Clash | None:
    """The gender group asked of figures whose best few are all table rows split by something else (by school, by
    programme): no figure of the group is there, only of its whole."""
    gender = gender_asked(question_text)
    if not gender or not figures or not all(splits_without_gender(s.unit) for s in figures[:GROUP_POOL]):
        return None
    return Clash("group", gender.lower(), "", [s for s in figures if splits_without_gender(s.unit)])


def _alike(figures: Sequence[Scored], given: Sequence[object]) -> list[Scored]:
    """The figures that state a kind of the family (the neighbours shown), best first."""
    return [s for s, g in zip(figures, given, strict=True) if g]



def counted_units(unit: Unit, group: str = "") -> set[str] | None:
    """The non-person units a unit's counts are of, as its line names them (lexicon.COUNTED_UNIT_RE, folded to
    their first five letters: 'husha'): a table row by the names of its count columns (those naming `group`, a
    gender word asked, where some do), a sentence by the noun after each number. An empty set where some count is
    of no such unit (a count of people, or of what the line does not say); None where the unit gives no count.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def units(text): return units_of(Chunk(chunk_id=text[:9], source="s", title="t", doc_type="rapport",
    ...                                       heading_path=[], start_line=1, end_line=3, text=text))
    >>> counted_units(units("Totalt deltog 40 kvinnor i insatsen.")[0])
    set()
    >>> counted_units(units("Under året registrerades 212 ärenden.")[0]), counted_units(units("Ingen siffra.")[0])
    ({'arend'}, None)
    """
    if unit.kind == "row":
        values = cells_in_place(unit)
        figures = [i for i, v in enumerate(values) if i and FIGURE_CELL_RE.match(v)]
        headers = [h for h in header_rows(unit) if h is not unit]
        names = column_names(headers, len(values)) if headers else None
        if not figures or names is None:
            return None
        shares = share_cells(unit) if len(values) > 1 else [False]
        counts = [i for i in figures if not shares[i] and not lex.PERCENT_RE.search(values[i])
                  and not lex.MONEY_GIVEN_RE.search(names[i])]
        if group:
            stem = re.escape(group.lower()[:5])
            counts = [i for i in counts if re.search(rf"\b{stem}", names[i], re.I)] or counts
        if not counts:
            return None
        found = [lex.COUNTED_UNIT_RE.search(f"{names[i]} {row_frame(unit) if len(counts) == 1 else ''}")
                 for i in counts]
        return set() if any(m is None for m in found) else {fold(m.group(1))[:5] for m in found if m}
    numbers = [m for m in re.finditer(r"\b\d+(?:[ ,.]\d+)*\b(?!\s*(?:%|procent))", unit.text)
               if not lex.YEAR_RE.fullmatch(m.group(0))]
    if not numbers:
        return None
    after = [lex.COUNTED_UNIT_RE.match(unit.text[m.end():].lstrip()) for m in numbers]
    return set() if any(a is None for a in after) else {fold(a.group(1))[:5] for a in after if a}


def counted_unit_clash(question_text: str, counted: str, figures: Sequence[Scored]) -> Clash | None:
    """A count of people asked ('Hur många kvinnor i Norrhed deltog …?', `counted`: the question's counted noun)
    whose best figure counts another unit ('Hushåll kvinnor (antal) | 218'), where no figure nearly as close counts
    without one: the count asked is not there, only a count of households (cases, visits). None where the question
    names such a unit itself ('Hur många hushåll …'), counts one, or the best figure's line names none."""
    if not counted or not figures or measure_asked(question_text) != "antal" or \
            lex.COUNTED_UNIT_RE.search(question_text) or lex.COUNTED_UNIT_RE.fullmatch(counted):
        return None
    close = [s for s in figures if s.score >= RIVAL_SHARE * figures[0].score]
    group = gender_asked(question_text)
    given = [counted_units(s.unit, group) for s in close]
    if not given[0] or any(g is not None and not g for g in given):
        return None
    said = lex.COUNTED_UNIT_RE.search(figure_line(close[0].unit))
    unit = said.group(1).lower() if said else next(iter(given[0]))
    if re.search(rf"\b{re.escape(unit[:5])}", question_text.lower()):
        return None  # the question's own verb says the unit ('Hur många flickor besökte …?': the visits are asked)
    return Clash("unit", counted.lower(), unit,
                 [s for s, g in zip(close, given, strict=True) if g], f"antalet {counted.lower()}")
