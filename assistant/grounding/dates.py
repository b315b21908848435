"""Calendar days a question names ('mötet den 20 maj 2025', '2025-05-20', '20/5') and the units they point at.

Minutes, protocols and logs file what happened under a dated heading ('## Möte 2025-05-20' › 'Beslut'); a question
naming the day asks about what stands under that heading, not under another day's heading with the same words
(trial 20: 'Vad beslutade gruppen på mötet den 20 maj 2025?' got the March meeting's decisions).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant import lexicon as lex
from assistant.index.units import Unit, units_of


class Day(NamedTuple):
    """A calendar day; year 0 when the text gives none ('den 20 maj')."""

    year: int
    month: int
    day: int

    def meets(self, other: Day) -> bool:
        """The same day, a missing year agreeing with any."""
        return (self.month, self.day) == (other.month, other.day) and (
            not self.year or not other.year or self.year == other.year)


def days(text: str) -> tuple[Day, ...]:
    """The calendar days `text` names, in order.

    >>> days("Vad beslutades på mötet den 20 maj 2025?"), days("mötet 2025-05-20"), days("den 3/4")
    ((Day(year=2025, month=5, day=20),), (Day(year=2025, month=5, day=20),), (Day(year=0, month=4, day=3),))
    >>> days("Vinter 2025/2026, 1/3 av eleverna i 2024"), days("den 31 februari"), days("20 maj")
    ((), (), (Day(year=0, month=5, day=20),))
    >>> days("Hur stor andel i åk 7/8 trivs?"), days("en 1/2 tjänst"), days("mötet 20/5 2025")
    ((), (), (Day(year=2025, month=5, day=20),))
    """
    found: list[Day] = []
    for m in lex.CALENDAR_DAY_RE.finditer(text):
        if m.group("iso_y"):
            y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
        elif m.group("month"):
            y, mo, d = int(m.group("year") or 0), lex.MONTH_NUMBERS[m.group("month").lower()], int(m.group("day"))
        elif m.group("sd"):
            if not m.group("sy") and _fraction(text, m.end()):
                continue
            y, mo, d = int(m.group("sy") or 0), int(m.group("sm")), int(m.group("sd"))
        else:  # '20/5 2025' anywhere: the year says it is a day
            y, mo, d = int(m.group("yy")), int(m.group("ym")), int(m.group("yd"))
        if 1 <= mo <= 12 and 1 <= d <= _MONTH_DAYS[mo - 1]:
            found.append(Day(y, mo, d))
    return tuple(dict.fromkeys(found))


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _fraction(text: str, end: int) -> bool:
    """'1/3 av eleverna', '2/3 delar': a share, not a day."""
    return text[end:end + 4].lstrip().startswith(("av ", "del"))


def day_match(unit: Unit, asked: tuple[Day, ...]) -> bool | None:
    """For a question naming a day: True when the unit's own text states that day or the nearest heading above it
    that names a day (a heading line in its chunk, else one of its chunk's headings) names it; False when that
    heading names another day (another meeting's notes); None when neither says (or no day is asked). A unit stating
    another day itself ('Nästa möte hålls 2025-09-09') is about that day, whatever its heading: None."""
    if not asked:
        return None
    own = days(unit.text)
    if own:
        return True if any(a.meets(d) for a in asked for d in own) else None
    above = [u.text for u in units_of(unit.chunk)[: unit.seq] if u.is_label and u.line != unit.line]
    for heading in [*reversed(above), *reversed(unit.heading_path)]:
        named = days(heading)
        if named:
            return any(a.meets(d) for a in asked for d in named)
    return None


def tells_of_day(unit: Unit, asked: tuple[Day, ...]) -> bool:
    """Whether a unit tells what was done on an asked day: it stands under a heading naming that day (a meeting's
    notes), or states the day itself with something done then ('Den 2 juni 2020 hölls ett möte där …', or an item of
    a list of what was done: 'Genomförda workshops' › '17 november: …'), or with no sign of only announcing it. A line
    that only names the day ('Nästa möte hålls 2025-09-09', '[se BUN 2017-12-13 § 122]') does not.

    >>> from assistant.schema import Chunk
    >>> def unit(text): return units_of(Chunk(chunk_id=text, source="s", title="t", doc_type="", heading_path=[],
    ...                                       text=text, start_line=1, end_line=1))[0]
    >>> asked = days("Vad beslutade gruppen den 9 september 2025?")
    >>> tells_of_day(unit("Nästa möte hålls 2025-09-09."), asked)
    False
    >>> tells_of_day(unit("Den 9 september 2025 beslutade gruppen att anta planen."), asked)
    True
    >>> tells_of_day(unit("Den 9 september 2025 träffades gruppen på biblioteket."), asked)
    True
    """
    own = days(unit.text)
    if own:
        # (what was done may be said by the list the day is an item of: 'Genomförda workshops' › '17 november: …')
        return any(a.meets(d) for a in asked for d in own) and (
            lex.DONE_ON_DAY_RE.search(f"{unit.text} {unit.context()}") is not None or
            lex.DAY_ANNOUNCEMENT_RE.search(unit.text) is None)
    return day_match(unit, asked) is True


# A date: a year, a day ('20 maj', '2019-11-27', '3/4') or a month with its year ('december 2019').
_DATE_MENTION_RE = re.compile(rf"(?:\b(?:{'|'.join((*lex.MONTHS, *lex.DATE_SEASON_WORDS))})\s+)?"
                              rf"{lex.YEAR_RE.pattern}|{lex.DAY_RE.pattern}", re.I)


def asked_deed(question: str) -> str | None:
    """The one kind of deed (lexicon.DATE_DEED_KINDS) a date question asks the date of, by its verb: 'När kom
    rapporten ut?' asks when it came out. None when it names none, or more than one ('När började det och när tog
    det slut?' asks both).

    >>> asked_deed("När kom rapporten Progression 02 ut?"), asked_deed("När kickade projektet igång?")
    ('out', 'start')
    >>> asked_deed("När var mötet?"), asked_deed("När startade projektet och när tog det slut?")
    (None, None)
    """
    kinds = [k for k, (asked, _) in lex.DATE_DEED_KINDS.items() if asked.search(question)]
    return kinds[0] if len(kinds) == 1 else None


def dated_deeds(text: str) -> set[str]:
    """The kinds of deed `text` dates: a verb of that kind (lexicon.DATE_DEED_KINDS) within DATED_DEED_REACH words
    of a date.

    >>> sorted(dated_deeds("Denna uppföljning redovisas till barn- och utbildningsnämnden december 2019."))
    ['out']
    >>> sorted(dated_deeds("Projektet initierades som ett internkontrollområde av barn- och utbildningsnämnden i "
    ...                    "december 2016, och innebar att följa en och samma årskull över tid."))
    ['start']
    >>> sorted(dated_deeds("Resultaten redovisas med särskilt fokus på flickors och pojkars utveckling under hela "
    ...                    "perioden 2015 till 2018."))
    []
    """
    dates = [m.span() for m in _DATE_MENTION_RE.finditer(text)]
    if not dates:
        return set()
    found: set[str] = set()
    for kind, (_, stated) in lex.DATE_DEED_KINDS.items():
        for m in stated.finditer(text):
            for start, end in dates:
                between = text[m.end():start] if start >= m.end() else text[end:m.start()]
                if len(between.split()) <= lex.DATED_DEED_REACH:
                    found.add(kind)
                    break
            if kind in found:
                break
    return found
