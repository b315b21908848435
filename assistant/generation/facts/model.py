"""The facts a user gave (Figure, Target, UserFacts) and their organisation's kind: what readers fill."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant import lexicon as lex
from assistant.generation.facts.words import _alike, _content_words, _definite, for_group, shorten_topic
from assistant.index.lexical import fold
from assistant.numbers import as_number


@dataclass(frozen=True)
class Figure:
    """A figure the user gave: '38 % av pojkarna … (2024)'."""

    value: float
    text: str  # as written, e.g. '38 %'
    unit: str  # '%', 'st', 'elever', …
    group: str  # 'pojkar', 'flickor', 'elever' or ''
    subject: str  # what it measures, e.g. 'saknar godkänt i matematik'
    year: str | None
    quote: str  # the user's clause it stands in
    where: str = ""  # the clause's words before the figure that say where or of which part ('i na-klasserna')
    grades: str | None = None  # the grades named when the figure was given: a later target group is another group
    source: str = ""  # the user's own data source named with it ('er elevenkät', 'trivselenkäten'), else ''
    computed: str = ""  # a share worked out from the user's counts ('3 av 12 besökare'), else ''
    # The measure is a rate named as a noun ('Pojkarnas frånvaro var 11 %', 'Frånvaron bland pojkarna är 11 %'):
    # the share is the group's frånvaro, not a part of the group that does something.
    rate: bool = False
    # The part of the group the figure is of, named right after it ('71 % av pojkarna på yrkesprogrammen …' ->
    # 'på yrkesprogrammen'), and the target group named in words when it was given ('' for none then).
    within: str = ""
    named: str = ""
    # What the share is a part of when it is no group of people ('pojkarna fick ordet 62 procent av tiden' ->
    # 'tiden'): the group is the one who does what is measured, not a part of the group.
    part: str = ""
    # A time said relative to now instead of a year ('förra året', 'vårens trivselenkät'), else ''.
    when: str = ""
    # A share of the place's people told right after their count ('1 240 elever, 71 % flickor och 29 % pojkar'): who
    # they are, beside the problem; a goal measures what the user's other figures measure (trial 26).
    aside: bool = False

    @property
    def is_share(self) -> bool:
        return self.unit in ("%", "procent")

    @property
    def impossible(self) -> bool:
        """A share over 100 % ('140 % av pojkarna'): flagged to the user as a contradiction (`_check_figures`), never
        listed as their nuläge or baseline (trial 32: 140 % was flagged and still listed under Nuläge)."""
        return self.is_share and self.value > 100

    @property
    def is_value(self) -> bool:
        """A value without a unit given for a group ('meritvärdet för pojkar 198'): neither a share nor a count."""
        return self.unit == ""

    @property
    def note(self) -> str:
        """' (2025; beräknat av era siffror: 3 av 12 besökare)': the year and how a computed share was worked out."""
        return self.dated()

    def dated(self, missing_year: str = "") -> str:
        """`note`, with `missing_year` standing for a year not given (' (år saknas)')."""
        computed = f"beräknat av era siffror: {self.computed}" if self.computed else ""
        parts = [x for x in (self.year or missing_year, computed) if x]
        return f" ({'; '.join(parts)})" if parts else ""

    def label(self) -> str:
        """The figure and whose it is, without what it measures: '38 % av pojkarna', '420 elever', '15 av pojkarna',
        'meritvärdet 198 för pojkar'."""
        if self.is_value or self.rate:
            if lex.MAJORITY_END_RE.search(self.subject):  # '… där majoriteten av medlemmarna är pojkar 63 %'
                return " ".join(f"{for_group(self.subject, self.group)} {self.text}".split())
            return " ".join(f"{self.subject} {self.text} för {self.group}".split())
        if self.part:
            return f"{self.text} av {self.part} för {_definite(self.group)}" if self.group else self.text
        if self.subject.startswith("bland ") and self.group in lex.GENDER_GROUPS and self.is_share:
            return f"{self.text} {self.group} {self.subject}"  # '25 % pojkar bland besökarna'
        if self.group and self.is_share:  # '38 % av pojkarna 13–16 år', '71 % av pojkarna på yrkesprogrammen'
            return f"{self.text} av {_definite(self.group)}{' ' + self.within if self.within else ''}"
        # a count of the group in its own word says whose it is ('412 kvinnor': the 'flickor' slot; trial 33)
        if self.group and self.group != lex.GROUP_WORDS.get(self.unit.lower(), self.unit) and \
                _definite(self.group) not in self.text:
            return f"{self.text} {self.group}"
        return self.text

    def describe(self) -> str:
        """'38 % av pojkarna saknar godkänt i matematik (2024)', 'meritvärdet för pojkar 198 (2025)'."""
        if self.is_value or self.rate:
            return " ".join(f"{for_group(self.subject, self.group)} {self.text}".split()) + self.note
        if self.part:  # 'pojkarna fick ordet 62 % av tiden i samlingen (2025)'
            who = _definite(self.group) if self.group else ""
            return " ".join(f"{who} {self.subject} {self.text} av {self.part}".split()) + self.note
        if self.subject.startswith("bland ") and self.group in lex.GENDER_GROUPS and self.is_share:
            return f"{self.text} {self.subject} är {self.group}{self.note}"  # '25 % bland besökarna är pojkar'
        return f"{self.label()} {self.subject}".strip() + self.note


@dataclass(frozen=True)
class Target:
    """The target the user set for their figures: 'flickorna ska ner till 12 % och pojkarna till 8 % till hösten
    2026' -> values (('flickor', '12 %'), ('pojkar', '8 %')), date 'hösten 2026'."""

    values: tuple[tuple[str, str], ...]  # (group or '', the value as written), in the user's order
    date: str  # when it is to be reached, as written ('hösten 2026'), '' when not said
    quote: str  # the user's sentence(s) it was read from
    measure: str = ""  # what is to move, in the user's words ('frånvaron'), '' when not named ('Den ska minska …')
    # A bound set for every group at once, said group by group ('ingen grupp ska ha mer än 55 % av talutrymmet i
    # samlingarna' -> 'varken pojkar eller flickor ska ha mer än 55 % av talutrymmet i samlingarna'), '' otherwise
    each: str = ""

    @property
    def values_text(self) -> str:
        """'flickor 12 %; pojkar 8 %', as a baseline is written ('Utgångsvärde: flickor 24 % (2024); …'); a change
        without its baseline as the user set it ('öka med 5 procentenheter för pojkar')."""
        return "; ".join(f"{said_change(value)} för {group}" if group and is_change(value) else
                         f"{group} {said_change(value)}".strip() for group, value in self.values)

    def from_baseline(self, figures: list[Figure], grades: str | None = None) -> Target:
        """This target with each change in percentage points ('+5 procentenheter') made a value from the user's share
        of its group (38 % + 5 -> '43 %'): a target is where the figure should be, not how far it should move. A
        change whose baseline is not one share of its group stays a change, and so does one whose measure no share
        measures ('Frånvaron … ska minska med 5 procentenheter' after '64 % … känner sig trygga'). A figure of other
        grades than the target group's `grades` ('byt målgrupp till åk 6' after figures of åk 4–6) is no baseline."""
        values = []
        for group, value in self.values:
            shares = {f.value for f in figures if f.is_share and (f.group == group or not group)
                      and not (f.grades and grades and f.grades != grades)
                      and (not self.measure or measures(f, self.measure))}
            if is_change(value) and len(shares) == 1:
                reached = shares.pop() + as_number(value.split()[0])
                value = f"{reached:g} %".replace(".", ",")
            values.append((group, value))
        return replace(self, values=tuple(values))

    def merged(self, later: Target) -> Target:
        """This target with what a later statement says: its values, date and measure win where it gives them."""
        quote = later.quote if later.quote == self.quote else f"{self.quote} {later.quote}"
        return Target(later.values or self.values, later.date or self.date, quote.strip(),
                      later.measure or self.measure, later.each if later.values else self.each)

    def unmeasured(self, figures: list[Figure]) -> str:
        """The measure of a change the target sets when none of the user's figures measures it ('frånvaron' when they
        only gave who feels safe): its baseline is still to be found; '' when the target names no measure, sets a
        value to reach ('ska öka till 45 %' needs no baseline to be read) or a figure has it."""
        if not self.measure or not any(is_change(v) for _, v in self.values) or \
                any(measures(f, self.measure) for f in figures):
            return ""
        return self.measure


def measures(figure: Figure, measure: str) -> bool:
    """Whether a figure measures what a target names: a word of the measure in what the figure measures, or in the
    words before it or the clause it stands in when nothing after it says what ('Frånvaron bland flickorna är 18 %',
    '30 % av besökarna flickor'). Lenient: a figure of
    another measure wrongly taken only keeps the target counted from it, as before.

    >>> f = Figure(64.0, "64 %", "%", "flickor", "känner sig trygga", "2025", "")
    >>> measures(f, "frånvaron"), measures(f, "trygga")
    (False, True)
    >>> measures(Figure(35.0, "35 %", "%", "pojkar", "läste varje dag enligt vår läsenkät", "2024", ""),
    ...          "som läser varje dag")
    True
    """
    said = _content_words(figure.subject or f"{figure.where} {figure.quote}")
    return any(_alike(a, b) for a in _content_words(measure) for b in said)


def target_measure(sentence: str) -> str:
    """What a target sentence says is to move: its words before the cue, without who, where, when and the words of
    a target ('Frånvaron bland flickorna i åk 9 ska minska med 5 procentenheter' -> 'frånvaron', 'Vi vill att
    andelen trygga flickor ska öka …' -> 'trygga'), a relative clause as it is written ('Andelen pojkar som läser
    varje dag ska öka …' -> 'som läser varje dag'); '' when it names nothing of its own ('Den ska minska …').

    >>> target_measure("Frånvaron bland flickorna i åk 9 ska minska med 5 procentenheter till 2026")
    'frånvaron'
    >>> target_measure("Vi vill att andelen trygga flickor ska öka"), target_measure("Den ska minska med 5 enheter")
    ('trygga', '')
    >>> target_measure("Andelen pojkar i åk 9 som läser varje dag ska öka med 10 procentenheter")
    'som läser varje dag'
    """
    cue = lex.TARGET_CUE_RE.search(sentence)
    if cue is None:
        return ""
    clause = re.split(r"[,;:]|\b(?:att|där)\b", sentence[:cue.start()])[-1]
    clause = lex.GRADE_RE.sub(" ", lex.FACT_YEAR_RE.sub(" ", clause))
    clause = lex.ORG_NAME_RE.sub(" ", re.sub(lex.SCHOOL_NAME_RE.pattern, " ", clause))
    relative = re.search(r"\bsom\s+(.+)$", clause.strip(), re.I)
    if relative and _content_words(relative.group(1)):
        return f"som {' '.join(relative.group(1).lower().split())}"
    return " ".join(_content_words(clause)) or _whole_after(sentence[cue.start():]) or \
        _done_after_modal(sentence[cue.start():])


def _done_after_modal(target: str) -> str:
    """What a group bound by a target is to do, named after its 'ska' when nothing before the value says what moves
    ('Minst 75 % av pojkarna på Vård- och omsorgsprogrammet ska ta examen inom tre år senast 2028' -> 'ta examen inom
    tre år'): without the date and the words that only move a figure ('ska öka till …' names no measure); ''
    when none.

    >>> _done_after_modal("Minst 75 % av pojkarna på Vård- och omsorgsprogrammet ska ta examen inom tre år senast 2028")
    'ta examen inom tre år'
    >>> _done_after_modal("ska öka till 60 % till 2027"), _done_after_modal("ska ner till 12 %")
    ('', '')
    """
    m = re.search(r"\b(?:ska|skall|bör)\s+(?P<done>[^,.;:!?]+)", target, re.I)
    if m is None or re.search(r"\d", target[:m.start()]) is None:
        return ""
    done = m.group("done")
    date = lex.TARGET_DATE_RE.search(done) or lex.TARGET_BARE_DATE_RE.search(done)
    done = " ".join((done[:date.start()] if date else done).split()).lower()
    if re.search(r"\d", done) or not [w for w in _content_words(done) if w not in lex.TARGET_MOVE_WORDS]:
        return ""  # 'ska öka till 60 %', 'ska vara minst 40 %', 'ska minska': how far, not what is done
    return done


def _whole_after(target: str) -> str:
    """What a target share is a part of when it is named after the value ('pojkarna ska vara minst 45 procent av
    deltagarna i läxhjälpen senast juni 2027' -> 'bland deltagarna i läxhjälpen'): not a group of people by gender,
    and without the date; '' when none is named.

    >>> _whole_after("ska vara minst 45 procent av deltagarna i läxhjälpen senast juni 2027")
    'bland deltagarna i läxhjälpen'
    >>> _whole_after("ska öka till 60 % av pojkarna till 2027")
    ''
    """
    m = re.search(r"\d\s*(?:%|procent)\s+(?:av|bland)\s+(?:alla\s+|de\s+)?([^,.;:!?]+)", target, re.I)
    if m is None:
        return ""
    whole = m.group(1)
    date = lex.TARGET_DATE_RE.search(whole)
    whole = " ".join((whole[:date.start()] if date else whole).split()).lower()
    first = whole.split(" ", 1)[0] if whole else ""
    if not whole or lex.GROUP_WORDS.get(first) in lex.GENDER_GROUPS or not _content_words(whole):
        return ""
    return f"bland {whole}"


def is_change(value: str) -> bool:
    """Whether a target value is a change in percentage points ('+5 procentenheter'), not a value to reach."""
    return value.endswith(("procentenhet", "procentenheter"))


def said_change(value: str) -> str:
    """A change as the user set it: '+5 procentenheter' -> 'öka med 5 procentenheter'; any other value as it is."""
    if not is_change(value):
        return value
    return f"{'minska' if value.startswith('−') else 'öka'} med {value[1:]}"


@dataclass
class UserFacts:
    """What the user told about their situation; empty fields are gaps the draft names."""

    org: str | None = None
    school: str | None = None
    grades: str | None = None
    groups: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)  # Swedish notes: contradictions, figures without year, markup
    unknowns: list[str] = field(default_factory=list)  # what they say they have not done or do not know yet
    # problems that are what others in the unit see or say ('Handläggarna upplever att kvinnorna oftare har ansvar för
    # små barn' -> 'kvinnorna har oftare ansvar för små barn'): part of the problem, an explanation, no measure
    reported: list[str] = field(default_factory=list)
    # who keeps a measure, as the user said it ('Skolbiblioteket räknar …'): (role or unit, the sentence), in order
    keepers: list[tuple[str, str]] = field(default_factory=list)
    stated_grades: list[str] = field(default_factory=list)  # every grade span named, in order ('åk 7–9', 'åk 9')
    goals: list[str] = field(default_factory=list)  # goals in their own words ('fler pojkar ska delta i läxhjälpen')
    target: Target | None = None  # the target values and date they set ('flickorna ska ner till 12 % … 2026')
    org_kind: str = ""  # 'förvaltning', 'förskola', 'fritid' from how they introduce themselves; '' for a school
    size: str = ""  # how many the place has ('410 elever' in 'Vi är Ekbackaskolan, åk 7–9, 410 elever'): no result
    unit: str = ""  # the förvaltning or nämnd they introduce as their own ('kultur- och fritidsförvaltningen')
    named_group: str = ""  # a target group named in words ('byt målgrupp till elever på högskoleförberedande program')
    # ... the place that new group is at, by its name ('byt målgrupp till elever i årskurs 1 på Bygg- och
    # anläggningsprogrammet' -> 'Bygg- och anläggningsprogrammet'), '' when it names none
    named_place: str = ""
    pair: str = "pojkar/flickor"  # the gender pair the plan is written in (lexicon.GENDER_PAIRS; audience.py)
    only: str = ""  # the one gender group the user says the plan is about ('Bara flickorna …'), `one_group`
    only_by_ages: bool = False  # ... said only by its ages ('Tjejer 13–16 år'): figures of both groups undo it

    @property
    def qualifier(self) -> str:
        """Which part of the pupils the plan is about besides grades, as it follows 'pojkar och flickor': ' på
        högskoleförberedande program' from a target group named in words, else ' på yrkesprogrammen' when the
        user's figures are all of that part; '' for none."""
        if self.named_group:
            words = self.named_group.split()
            if len(words) > 1 and re.fullmatch(lex.AGE_ADJECTIVES, words[0], re.I) and (
                    lex.GROUP_WORDS.get(words[1].lower()) or re.fullmatch(lex.AGE_ADJECTIVES, words[1], re.I)):
                # 'unga vuxna 18–24': the adjective is part of the group's name, not a group word before a place
                # (session 34: 'byt målgrupp till unga vuxna 18–24' read 'vuxna 18–24')
                return f" {self.named_group}"
            if lex.AGE_BAND_RE.fullmatch(self.named_group.strip()):
                # an age band alone ('byt målgrupp till 13–15 år') narrows the groups as their age: 'andelen flickor
                # 13–15 år bland besökarna', not 'bland 13–15 år bland besökarna' (trial 37 P6)
                return f" {self.named_group}"
            if lex.GROUP_WORDS.get(words[0].lower()):  # 'elever på högskoleförberedande program'
                return f" {' '.join(words[1:])}" if len(words) > 1 else ""
            return f" bland {self.named_group}"  # 'nyanlända elever'
        parts = self.parts
        if len(parts) > 1:
            # figures of two places ('på bygg- och anläggningsprogrammet', 'på el- och energiprogrammet'): the plan
            # is of both, each said with its preposition (trial 28's open list: only the first programme was kept)
            return " " + " och ".join([", ".join(parts[:-1]), parts[-1]])
        return f" {parts[0]}" if len(parts) == 1 else ""

    @property
    def parts(self) -> list[str]:
        """The parts of the group the user's figures are of, in their order ('på yrkesprogrammen'); two or more only
        when each is said with a preposition of its own (two places: `qualifier` names them all)."""
        parts = list(dict.fromkeys(f.within for f in self.figures if f.subject and f.within))
        if len(parts) > 1 and not {p.split()[0].lower() for p in parts} <= lex.GROUP_QUALIFIER_PREPOSITIONS:
            return []
        return parts

    @property
    def one_group(self) -> str:
        """The one gender slot ('pojkar'/'flickor') the plan is about: a target group named anew with one gender
        ('byt målgrupp till pojkar 13–16 år'), else one the user said alone ('Bara flickorna i åk 8 …', 'Tjejer 13–16
        år kommer sällan', `lexicon.ONLY_GROUP_RE`, `GROUP_AGES_RE`); '' for a plan of both.

        >>> from assistant.generation.facts import extract_facts
        >>> extract_facts(["Bara flickorna i åk 8 är problemet: 30 % av flickorna känner sig otrygga 2024."]).one_group
        'flickor'
        >>> extract_facts(["Tjejer 13–16 år kommer sällan: 15 % av tjejerna besökte gården 2024."]).one_group
        'flickor'
        >>> extract_facts(["Lånade flickor 10–15 år i snitt 11 böcker under året, pojkarna 5."]).one_group
        ''
        """
        named = {lex.GROUP_WORDS.get(w.lower()) for w in self.named_group.split()} & set(lex.GENDER_GROUPS)
        if self.named_group:
            return named.pop() if len(named) == 1 else ""
        return self.only

    def of_named_group(self, figure: Figure) -> bool:
        """Whether a figure given before the target group was named anew is of that group all the same: the group
        narrows the figure's own people to one gender ('byt målgrupp till pojkar 13–16 år' after '… bland eleverna
        13–16 år slutade 38 % av pojkarna'): its words besides the gender word all stand in the figure's clause, and
        the figure is of that gender (or of both). A group named anew without a gender ('byt målgrupp till 13–15 år'
        after 'Bland besökare 13–15 år var andelen flickor bara 19 %') narrows the people alike: a figure whose clause
        holds all its words is of it, whichever group the figure is of (trial 37 P6 called the user's own 13–15
        figure 'another target group's')."""
        words = [w for w in self.named_group.split() if lex.GROUP_WORDS.get(w.lower()) not in lex.GENDER_GROUPS]
        if self.one_group and figure.group not in (self.one_group, "elever", ""):
            return False
        if not self.one_group and not lex.AGE_BAND_RE.search(self.named_group):
            return False  # ... only an age band narrows them so; 'nyanlända elever' is other people
        said = fold(figure.quote).replace("-", "–")
        return all(fold(w).replace("-", "–") in said for w in words)

    @property
    def fewer(self) -> str:
        """The gender group the problem says takes less part: the smaller share of the two among the same people
        ('74 % av besökarna pojkar och 26 % flickor' -> 'flickor'); '' when no such pair was given. A measure for
        the other group only is no measure of this problem (trial 23: homework support for boys offered for girls
        who do not come to the fritidsgårdar).

        >>> from assistant.generation.facts import extract_facts
        >>> extract_facts(["Av besökarna var 74 procent pojkar och 26 procent flickor."]).fewer
        'flickor'
        """
        among = [f for f in self.figures if f.is_share and f.subject.startswith("bland ") and
                 f.group in lex.GENDER_GROUPS and not f.part]
        for f in among:
            other = next((g for g in among if g.subject == f.subject and g.group != f.group), None)
            if other is not None and f.value != other.value:
                return f.group if f.value < other.value else other.group
        return ""

    @property
    def focus(self) -> str:
        """The gender group the plan's measures are for, where its problem is one group's: the group named alone
        (`one_group`), else the one that takes less part (`fewer`), else the one the figures show behind (`behind`);
        '' for a plan of both. A goal card or a measure that names only the other group is no measure of it (trial 36
        P2–P9: girls' absence, 23 % against 12 %, got the boys' card 'Pojkar … är motiverade …' and 'Koppla pojkar
        till mentorer …').

        >>> from assistant.generation.facts import extract_facts
        >>> extract_facts(["2024/25 hade 23 % av flickorna i åk 1 en frånvaro över 15 %, mot 12 % av pojkarna."]).focus
        'flickor'
        """
        return self.one_group or self.fewer or self.behind

    @property
    def behind(self) -> str:
        """The gender group the user's own figures show behind, in a plan of both groups: of a pair of shares of one
        measure, the larger where the measure is a problem to lessen ('38 % av pojkarna och 22 % av flickorna saknar
        godkänt' -> 'pojkar'; `targets.should_fall`) and the smaller otherwise, when they differ by at least
        `lexicon.BEHIND_GAP` points; '' when no such pair was given. A cause the material says of the other group
        alone is no cause of this gap (session 33: a both-groups plan on the boys' gap kept a cause of girls').

        >>> from assistant.generation.facts import extract_facts
        >>> extract_facts(["2025 saknade 38 % av pojkarna och 21 % av flickorna godkänt i svenska."]).behind
        'pojkar'
        >>> extract_facts(["71 % av pojkarna och 69 % av flickorna har minst E i engelska 2024."]).behind
        ''
        """
        from assistant.generation.targets import should_fall  # the measure's direction; targets reads no facts

        shares = [f for f in self.figures if f.is_share and f.group in lex.GENDER_GROUPS and f.subject and
                  not f.subject.startswith("bland ") and not f.part and not f.aside]
        for f in shares:
            other = next((g for g in shares if g.subject == f.subject and g.group != f.group and g.year == f.year),
                         None)
            if other is None or abs(f.value - other.value) < lex.BEHIND_GAP:
                continue
            higher = f if f.value > other.value else other
            lower = other if higher is f else f
            return higher.group if should_fall(f.subject) else lower.group
        return ""

    @property
    def pupils(self) -> str:
        """Who the plan's pupils are, definite: 'barnen' at a förskola (`lex.PRESCHOOL_RE`), else 'eleverna'."""
        said = " ".join(x for x in (self.school, self.org, self.grades) if x)
        preschool = bool(lex.PRESCHOOL_RE.search(said)) or ("barn" in self.groups and "elever" not in self.groups)
        # an adult unit's 'kvinnor med små barn' names no children as the plan's people (own trial, session 28:
        # a socialtjänst's draft said 'enskilda barn' and 'vad barnen själva … säger')
        return "barnen" if preschool and self.org_kind not in lex.ADULT_ORG_KINDS else "eleverna"

    @property
    def within(self) -> str:
        """' i åk 7–9', ' på yrkesprogrammen', ' i åk 9 på yrkesprogrammen': who of the pupils, after a group."""
        return (f" i {self.grades}" if self.grades and self.grades != "förskolan" else "") + self.qualifier

    @property
    def source(self) -> str:
        """The user's own data source for their figures ('er elevenkät'), '' when they named none."""
        return next((f.source for f in self.figures if f.source), "")

    @property
    def place(self) -> str | None:
        """The school, else the förvaltning in its municipality ('kultur- och fritidsförvaltningen i Ekby kommun'),
        else the organisation."""
        if self.school is None and self.unit:
            return f"{self.unit} i {self.org}" if self.org and self.org.lower() not in self.unit else self.unit
        return self.school or self.org

    @property
    def card_place(self) -> str | None:
        """What a goal card's 'kommun X' / 'skola X' stands for: the school, else the municipality (a card's goal
        is of the pupils in a municipality, not of a förvaltning)."""
        return self.school or self.org or self.place

    @property
    def target_group(self) -> str | None:
        """'pojkar och flickor i åk 7–9' from the groups and grades named; None when nothing was said."""
        people = [g for g in self.groups if g in lex.GENDER_GROUPS]
        if self.one_group:  # a plan of one gender: that group alone
            people = [self.one_group]
        who = " och ".join(people) if people else ("elever" if self.grades else "")
        others = [g for g in self.groups if g not in (*lex.GENDER_GROUPS, "elever")]
        if others and not people:
            who = " och ".join(others)
        if self.named_group and (not people or self.one_group):  # 'nyanlända elever', 'pojkar 13–16 år'
            return self.named_group
        if not who:
            return None
        return f"{who}{self.within}"

    @property
    def topic(self) -> str:
        """The problem in the user's words, for retrieval and goal-card matching."""
        # Without figures, years and names: they only add noise to retrieval and goal-card matching (and so does who
        # the place's people are, told beside their count).
        subjects = [f.subject for f in self.figures if f.subject and not f.aside]
        cleaned = [shorten_topic(x, limit=200) for x in [*subjects, *self.problems]]
        return " ".join(dict.fromkeys(x for x in cleaned if x)).strip()

    @property
    def problem_text(self) -> str:
        """The problem as the user wrote it (figures and all): the goal card is matched on whole sentences."""
        subjects = [f.subject for f in self.figures if f.subject and not f.aside]
        return " ".join(dict.fromkeys([*subjects, *self.problems])).strip()

    @property
    def said(self) -> str:
        """All the user wrote of their problem: its statements, figures, what was tried and is unknown."""
        return " ".join([*self.problems, *(f.quote for f in self.figures), *self.tried, *self.unknowns])

    @property
    def wording_kind(self) -> str:
        """The organisation kind whose words the assistant's own sentences take (`lexicon.ORG_WORDING`): a kultur-
        och fritidsförvaltning whose user names no pupils speaks of deltagare, not elever (review 23: a
        föreningsbidrag draft asked what 'eleverna' said)."""
        if self.org_kind in lex.WITHOUT_PUPILS and not lex.PUPIL_NAMED_RE.search(self.said):
            return lex.WITHOUT_PUPILS[self.org_kind]  # a fritidsgård's visitors too (trial 25)
        return self.org_kind

    def school_aside(self, text: str) -> bool:
        """Whether a line of the material speaks of school (`lexicon.SCHOOL_GOAL_RE`) while the user's unit is no
        school and their problem names none: a dropout sentence about rektorer is no consequence of a kultur- och
        fritidsförvaltning's grants (review 23)."""
        kind = self.org_kind
        if kind not in (*lex.LEISURE_ORG_KINDS, *lex.ADULT_ORG_KINDS) or kind == "vuxenutbildning":
            return False
        return not lex.SCHOOL_GOAL_RE.search(self.said) and bool(lex.SCHOOL_GOAL_RE.search(text))

    def fact_strings(self) -> list[str]:
        """The facts a draft should carry, as short strings (for the drafting eval)."""
        out = [x for x in (self.school or self.org, self.grades, self.size) if x]
        out += [f.text for f in self.figures]
        out += [f.year for f in self.figures if f.year]
        return list(dict.fromkeys(out))

    def as_dict(self) -> dict[str, str]:
        data = {"organisation": self.org or "", "skola": self.school or "", "plats": self.place or "",
                "årskurser": self.grades or "",
                "målgrupp": self.target_group or "", "problem": "; ".join(self.problems),
                "siffror": "; ".join(f.describe() for f in self.figures), "provat": "; ".join(self.tried)}
        return {k: v for k, v in data.items() if v}


def own_unit(text: str) -> str:
    """The förvaltning or nämnd the planner introduces as their own, as written; '' when they name none.

    >>> own_unit("Vi är kultur- och fritidsförvaltningen i Ekby kommun, 24 000 invånare.")
    'kultur- och fritidsförvaltningen'
    >>> own_unit("Vi är Björkskolan. Socialförvaltningen har inte svarat."), own_unit("Vi på socialförvaltningen ser …")
    ('', 'socialförvaltningen')
    >>> own_unit("Vi är en fritidsgård i Ekby kommun och samarbetar med socialförvaltningen.")
    ''
    >>> own_unit("Jag är samordnare i jämställdhetsfrågor på Socialförvaltningen i Ekby.")
    'Socialförvaltningen'
    """
    intro = lex.OWN_ORG_INTRO_RE.search(text)
    named = intro.group("named") if intro else ""
    lead = lex.OWN_UNIT_LEAD_RE.match(named)
    unit = lex.OWN_UNIT_RE.match(named) or (lex.OWN_UNIT_RE.match(named, lead.end()) if lead else None)
    return " ".join(unit.group(1).split()) if unit else ""


def org_kind(text: str) -> str:
    """The kind of organisation the planner introduces as their own (`lexicon.ORG_KINDS`); '' when they name none
    or a school.

    >>> org_kind("Vi är kultur- och fritidsförvaltningen i Ekby kommun. Bibliotekets läxhjälp …")
    'kultur'
    >>> org_kind("Vi är utbildningsförvaltningen i Ekby kommun.")
    'förvaltning'
    >>> org_kind("Vi är förskolan Solrosen med 64 barn."), org_kind("Jag är rektor på Björkskolan, åk 7–9.")
    ('förskola', '')
    >>> org_kind("På vår socialtjänst kallas mammorna."), org_kind("Vi är HR-avdelningen i Ekby kommun.")
    ('socialtjänst', 'hr')
    >>> org_kind("Hemtjänsten i Norrvik kommun: 41 % av kvinnorna …"), org_kind("Försörjningsstödet i Ålunda: 2024 …")
    ('omsorg', 'socialtjänst')
    >>> org_kind("Pojkarna i Ekby kommun har hög frånvaro."), org_kind("Björkskolan åk 7–9: 40 % …")
    ('', '')
    """
    intro = lex.OWN_ORG_INTRO_RE.search(text) or lex.OWN_ORG_POSSESSIVE_RE.search(text)
    opening = lex.OWN_ORG_OPENING_RE.match(text) if intro is None else None
    if intro is None and opening is None:
        return ""
    said = intro.group(0) if intro is not None else opening.group("named") or opening.group("subject")
    if lex.SCHOOL_NAME_RE.search(said) and not lex.PRESCHOOL_RE.search(said):
        return ""
    return next((kind for pattern, kind in lex.ORG_KINDS if pattern.search(said)), "")


def place_kind(name: str | None) -> str:
    """The leisure kind of a place named without an introduction ('Fritidsgården Lyktan', 'Biblioteket i Ekby'):
    `lexicon.LEISURE_ORG_KINDS` only; '' for a school or none.

    >>> place_kind("Fritidsgården Lyktan"), place_kind("Björkskolan"), place_kind(None)
    ('fritid', '', '')
    """
    if not name:
        return ""
    kind = next((k for pattern, k in lex.ORG_KINDS if pattern.search(name)), "")
    return kind if kind in lex.LEISURE_ORG_KINDS else ""
