"""Days, months and years: whether the evidence is of the period a question asks or of another one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.dates import Day, day_match, days
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
)
from assistant.grounding.scope.terms import (
    HEAD_MAX_SHARE,
    _says_word,
)
from assistant.grounding.selection import (
    Scored,
)
from assistant.index.lexical import (
    fold,
)
from assistant.index.units import (
    Unit,
    header_rows,
    row_cells,
    row_label,
    units_of,  # noqa: F401 (the doctests' examples build units with it)
)


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
        if self.year and other.year and not _same_years(self.year, other.year):
            return False
        return other.part == self.part or other.part in lex.MONTH_SEASONS and self.part in lex.MONTH_SEASONS[other.part]


def _split_year(year: str) -> tuple[str, ...]:
    """The calendar years a period's year names: ('2023', '2024') for '2023/24' or '2023/2024', ('2023',) for '2023'."""
    first, _, second = (y.strip() for y in year.partition("/"))
    return (first, first[:4 - len(second)] + second) if second else (first,)


def _same_years(a: str, b: str) -> bool:
    """Whether two periods' years are one: equal split years ('2023/24', '2023/2024'), equal years, or a year inside
    a split one (a term of 2023 within the school year 2023/24).

    >>> _same_years("2023/24", "2023/2024"), _same_years("2023/24", "2024/25"), _same_years("2024", "2023/24")
    (True, False, True)
    """
    x, y = _split_year(a), _split_year(b)
    return x == y if len(x) == len(y) else bool(set(x) & set(y))


def names_period_year(text: str, year: str) -> bool:
    """Whether `text` writes the year of a period as its own ('| 2023/24 | 58 | 27 |' for 'vintern 2023/24'): a row
    or line labelled by the asked split year, or year, is of that period.

    >>> names_period_year("| 2023/24 | 58 | 27 | 85 |", "2023/24"), names_period_year("| 2024/25 | 49 |", "2023/24")
    (True, False)
    """
    said = [re.sub(r"\s+", "", m.group(0)) for m in lex.PERIOD_YEAR_RE.finditer(text)]
    return any(_split_year(y) == _split_year(year) for y in said)


def periods(text: str) -> list[Period]:
    """The parts of a year `text` names ('våren 2025', '4 eller 5 maj 2020', 'november–december').

    >>> [(p.part, p.year) for p in periods("Under höstterminen 2024 hade 38 elever hög frånvaro, i maj 2020 färre.")]
    [('höst', '2024'), ('maj', '2020')]
    >>> [(p.part, p.year) for p in periods("Under VT 2025 hade 25 elever hög frånvaro, vårterminens mål nåddes.")]
    [('vår', '2025'), ('vår', '')]
    >>> [(p.part, p.year) for p in periods("Vintern 2023/24 skadades 85 fotgängare.")]
    [('vinter', '2023/24')]
    >>> [(p.part, p.year) for p in periods("Inbjudan till workshops november–december")]
    [('november', ''), ('december', '')]
    >>> Period("vår", "2025").holds(Period("februari", "2025")), Period("oktober", "2020").holds(Period("höst", "2020"))
    (True, False)
    """
    out = []
    for m in lex.PERIOD_RE.finditer(text):
        year = re.sub(r"\s+", "", m.group("year") or "")
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
    >>> _dated_periods("Målet är att fler barn ska läsa på sommarlovet och behålla sin läsförmåga till hösten.")
    []
    >>> _dated_periods("Senast uppdaterad 2 september 2024. Sidansvarig: Barn- och utbildningsförvaltningen.")
    []
    >>> [(p.part, p.year) for p in _dated_periods("Uppdaterad statistik visar att 2023 hade 45 elever hög frånvaro "
    ...                                             "från februari till sommaren.")]
    [('februari', ''), ('sommar', '')]
    """
    text = lex.PAGE_DATE_RE.sub(" ", text)
    # a season a goal is to be reached by ('till hösten') dates nothing; the end of a span ('från februari till
    # sommaren') does (review35)
    found = periods(lex.TARGET_PERIOD_RE.sub(
        lambda m: m.group(0) if re.search(r"\bfrån\s+\S+(?:\s+\S+)?\s+$", text[:m.start()]) else " ", text))
    for d in days(text):
        found.append(Period(lex.MONTH_NAMES[d.month - 1], str(d.year) if d.year else "", text))
    return found


def dated_by(unit: Unit) -> list[Period]:
    """The parts of a year a unit is dated by: its own, else its paragraph's before it (a sentence's), else its list
    intro's, sub-heading's or headings' ('1 december: … (26 deltagare)' under 'Inbjudan till workshops
    november–december')."""
    season = _season_column(unit)
    if season is not None:
        return [season]
    before = _paragraph_before(unit.chunk.text, unit.text) if unit.kind == "sentence" else ""  # an item: its intro
    levels = [_own_years(unit.text), _own_years(before), f"{unit.context()} {unit.chunk.heading_path_text}"]
    for i, text in enumerate(levels):
        found = _dated_periods(text)
        if found:
            # A month without its year ('1 december: …') takes the year its paragraph or headings give.
            year = next((m.group(0) for t in levels[i:] for m in [lex.YEAR_RE.search(t)] if m), "")
            return [p if p.year else Period(p.part, year, p.text) for p in found]
    return []


def _season_column(unit: Unit) -> Period | None:
    """A table row's season where its table's first column is headed by one ('Vinter') and its label is a year
    ('2024/25 | 49 | 25 | 74' -> Period('vinter', '2024/25')): lexicon.SEASON_COLUMN_PARTS."""
    if unit.kind != "row":
        return None
    headers = [h for h in header_rows(unit) if h is not unit]
    corner = fold(row_cells(headers[0], keep_empty=True)[0]).strip() if headers else ""
    part = lex.SEASON_COLUMN_PARTS.get(corner)
    year = lex.PERIOD_YEAR_RE.fullmatch(row_label(unit).strip()) if part else None
    return Period(part, re.sub(r"\s+", "", year.group(0)), f"{corner} {year.group(0)}") if part and year else None


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
