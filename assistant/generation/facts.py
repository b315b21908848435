"""The user's own situation, read from their messages: organisation, school, grades, target group, figures
(with year, unit and group), the problem they see and what they have tried, plus what does not add up.

Pure functions over text; the Swedish wording lives in `assistant.lexicon`. Drafts quote these facts back
with provenance `user` and name what is missing as gaps instead of inventing it.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field, replace

import simplemma

from assistant import lexicon as lex
from assistant.generation.audience import gender_pair
from assistant.generation.easy import is_finite_verb as _finite
from assistant.generation.targets import should_fall
from assistant.index.lexical import fold
from assistant.index.sentences import split_at_stops
from assistant.numbers import as_number

# Elements whose content is code or styling, not text: removed with what they hold ('<script>alert(1)</script>'
# leaves nothing of 'alert(1)'); an unclosed one takes the rest of the text with it.
_CODE_ELEMENT_RE = re.compile(r"<(script|style|iframe|object|embed|noscript|template|svg|math)\b[^>]*>.*?"
                              r"(?:</\1\s*>|$)", re.I | re.S)
# A Markdown link, its text and its target; the target may hold one level of parentheses ('javascript:alert(2)').
_MARKDOWN_LINK_RE = re.compile(r"\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()]*\))*)\s*\)")
_MARKUP_RE = re.compile(r"<[^>]*>|[*_`#\[\]{}|]+|\((?:https?|javascript):[^)]*\)", re.I)
# Sweden's municipalities by their folded spelling: 'solleftea kommun' is Sollefteå kommun.
_MUNICIPALITY_BY_FOLD = {fold(n): n for n in lex.MUNICIPALITIES}
_FOLDED_ORG_RE = re.compile(r"\b((?:[a-z]+[ -])?[a-z]+) (kommun|stad)\b")
_CLAUSE_RE = re.compile(r"(?<=[.!?;])\s+|,\s+(?=\S)|\n+")


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
        if self.group and self.group != self.unit and _definite(self.group) not in self.text:
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


def _content_words(text: str) -> list[str]:
    """The words of a measure that say what is measured: not who, where or how much ('andelen pojkar som läser varje
    dag' -> ['läser', 'dag'])."""
    return [w for w in re.findall(r"[\wåäö-]+", text.lower())
            if len(w) >= 3 and not w.isdigit() and w not in lex.GROUP_WORDS and w not in lex.PREPOSITIONS
            and w not in lex.SUBJECT_PRONOUNS and w not in lex.SUBJECT_DETERMINERS and w not in lex.SENTENCE_ADVERBS
            and w not in lex.TARGET_WORDS and w not in lex.CARD_GENERIC_WORDS and w != "som"]


def _alike(a: str, b: str) -> bool:
    """Two forms of one word, leniently ('läser' and 'läste', 'trygga' and 'tryggheten', 'frånvaron' and 'frånvaro'):
    their first letters agree up to the last two of the shorter, and at least three."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= 3 and common >= min(len(a), len(b)) - 2


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
    # who keeps a measure, as the user said it ('Skolbiblioteket räknar …'): (role or unit, the sentence), in order
    keepers: list[tuple[str, str]] = field(default_factory=list)
    stated_grades: list[str] = field(default_factory=list)  # every grade span named, in order ('åk 7–9', 'åk 9')
    goals: list[str] = field(default_factory=list)  # goals in their own words ('fler pojkar ska delta i läxhjälpen')
    target: Target | None = None  # the target values and date they set ('flickorna ska ner till 12 % … 2026')
    org_kind: str = ""  # 'förvaltning', 'förskola', 'fritid' from how they introduce themselves; '' for a school
    size: str = ""  # how many the place has ('410 elever' in 'Vi är Ekbackaskolan, åk 7–9, 410 elever'): no result
    unit: str = ""  # the förvaltning or nämnd they introduce as their own ('kultur- och fritidsförvaltningen')
    named_group: str = ""  # a target group named in words ('byt målgrupp till elever på högskoleförberedande program')
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
        the figure is of that gender (or of both)."""
        words = [w for w in self.named_group.split() if lex.GROUP_WORDS.get(w.lower()) not in lex.GENDER_GROUPS]
        if not self.one_group or figure.group not in (self.one_group, "elever", ""):
            return False
        said = fold(figure.quote).replace("-", "–")
        return all(fold(w).replace("-", "–") in said for w in words)

    @property
    def fewer(self) -> str:
        """The gender group the problem says takes less part: the smaller share of the two among the same people
        ('74 % av besökarna pojkar och 26 % flickor' -> 'flickor'); '' when no such pair was given. A measure for
        the other group only is no measure of this problem (trial 23: homework support for boys offered for girls
        who do not come to the fritidsgårdar).

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


def clean_name(value: str | None) -> tuple[str | None, bool]:
    """An organisation name without markup ('<b>Björkskolan</b>' -> 'Björkskolan'), and whether any was removed."""
    if value is None:
        return None, False
    cleaned = _plain(value).strip(" .,:;-")
    return (cleaned or None), cleaned != " ".join(value.split())


def has_code(value: str) -> bool:
    """Whether `value` holds a script or similar element (not only formatting such as '<b>')."""
    return bool(_CODE_ELEMENT_RE.search(html.unescape(value))) or bool(
        re.search(r"\bon\w+\s*=|javascript:", value, re.I))


def extract_facts(messages: list[str], org: str | None = None, target_group: str | None = None,
                  named: dict[int, str] | None = None) -> UserFacts:
    """The user's facts from their messages (oldest first; later messages win) and the request options.

    >>> f = extract_facts(["Vi är Björkskolan, åk 7–9, 38 % av pojkarna och 22 % av flickorna saknar godkänt "
    ...                    "i matematik 2024, många har hög frånvaro"])
    >>> f.school, f.grades, f.target_group, [x.describe() for x in f.figures]
    ('Björkskolan', 'åk 7–9', 'pojkar och flickor i åk 7–9', ['38 % av pojkarna saknar godkänt i matematik (2024)', \
'22 % av flickorna saknar godkänt i matematik (2024)'])
    >>> f.problems
    ['38 % av pojkarna och 22 % av flickorna saknar godkänt i matematik 2024', 'många har hög frånvaro']
    """
    facts = UserFacts()
    for n, message in enumerate(messages):
        if named and n in named:  # a new target group: named in words, or by grades (read as any message)
            group = " ".join(_plain(named[n]).split()).strip(" .!?")
            graded = lex.GRADE_RE.search(group) or any(re.search(rf"\b{fold(w)}\b", fold(group))
                                                       for w in lex.STAGE_GRADES)
            facts.named_group = "" if graded else group
            if not graded:
                continue
            # 'byt målgrupp till pojkar i åk 4–6': read for its grades, and the plan is of that gender alone (trial 27:
            # the edit changed nothing and said 'Jag kunde inte byta målgrupp')
            genders = {lex.GROUP_WORDS.get(w) for w in group.lower().split()} & set(lex.GENDER_GROUPS)
            if len(genders) == 1:
                facts.only, facts.only_by_ages = genders.pop(), False
        before = len(facts.figures)
        _read_message(facts, _plain(message))
        facts.figures[before:] = [replace(f, named=facts.named_group) for f in facts.figures[before:]]
    name, had_markup = clean_name(org)
    if name:
        facts.org = name
    if had_markup:
        what = "kod (till exempel ett skript) och formatering" if org and has_code(org) else "formatering"
        facts.issues.append(f"Organisationsnamnet innehöll {what} som togs bort, med det som stod inuti; det "
                            f"används som ”{name}”. Kontrollera namnet." if name else
                            f"Organisationsnamnet innehöll bara {what} och används inte. Skriv organisationens "
                            "namn som vanlig text.")
    if target_group:
        tg, _ = clean_name(target_group)
        if tg:
            _read_target(facts, tg)
    if facts.target is not None:  # 'ska öka med 5 procentenheter': from their baseline, whichever message gave it
        facts.target = facts.target.from_baseline(facts.figures, facts.grades)
    _places_of_one_measure(facts)
    _check_figures(facts)
    _check_target(facts)
    if facts.only and facts.only_by_ages and any(
            f.group in lex.GENDER_GROUPS and f.group != facts.only for f in facts.figures):
        facts.only = ""  # 'flickor 10–15 år …, pojkarna 5': both groups' figures, the plan is of both
    facts.pair = gender_pair(messages, facts.org_kind)
    return facts


def _places_of_one_measure(facts: UserFacts) -> None:
    """One measure of one group given at two or more places ('På bygg- och anläggningsprogrammet tog 61 % av pojkarna
    …, på el- och energiprogrammet 70 % av pojkarna'): each figure's place says which of the group it is of (its
    `within`), so that every place the user names is carried through the draft instead of one figure standing for
    the group (trial 28's open list: a gymnasium goal with two programmes kept only the first).

    >>> f = extract_facts(["På el-programmet tog 61 % av pojkarna examen 2024, på vård- och omsorgsprogrammet 70 % av "
    ...                    "pojkarna."])
    >>> [(x.text, x.within) for x in f.figures]
    [('61 %', 'på el-programmet'), ('70 %', 'på vård- och omsorgsprogrammet')]
    """
    places: dict[tuple[str, str], dict[int, str]] = {}
    for n, f in enumerate(facts.figures):
        place = lex.FIGURE_PLACE_RE.search(f.where)
        if f.subject and f.group and not f.within and not f.subject.startswith("bland ") and place:
            said = re.search(re.escape(place.group(0)), f.quote, re.I)  # as written: 'i klass 9A'
            where = said.group(0) if said else place.group(0)
            places.setdefault((f.group, f.subject), {})[n] = where[:1].lower() + where[1:]
    for named in places.values():
        if len({p.lower() for p in named.values()}) > 1:
            for n, place in named.items():
                facts.figures[n] = replace(facts.figures[n], within=place)


def with_complements(facts: UserFacts) -> UserFacts:
    """`facts` (changed in place) with the other gender's share among people the user split in two by one share ('I
    bygghörnan var 78 % av barnen som valde att leka där pojkar' -> flickor 22 %): what the user's figure implies is no
    gap to fill in (trial 28 R1 asked for the girls' share). It is added as worked out from their figure and says so,
    never beyond it: only a share of one gender group among people, when no figure of the other group among the same
    people was given. A draft is built on them (`plan.plan_context`); `extract_facts` reads what was said.

    >>> f = with_complements(extract_facts(["Bara 30 % av besökarna på fritidsgårdarna är flickor (2024)."]))
    >>> [(x.group, x.text, x.computed) for x in f.figures]
    [('flickor', '30 %', ''), ('pojkar', '70 %', '100 % − 30 % flickor')]
    """
    for f in list(facts.figures):
        if not (f.is_share and f.subject.startswith("bland ") and f.group in lex.GENDER_GROUPS and not f.part
                and 0 < f.value < 100 and not f.computed):
            continue
        other = next(g for g in lex.GENDER_GROUPS if g != f.group)
        if any(g.subject == f.subject and g.group == other and g.year == f.year for g in facts.figures):
            continue
        rest = round(100 - f.value, 1)
        value = f"{rest:g}".replace(".", ",")
        facts.figures.insert(facts.figures.index(f) + 1, replace(
            f, value=rest, text=f"{value} %", group=other, computed=f"100 % − {f.text} {f.group}"))
        if f.group in facts.groups and other not in facts.groups:  # 'Gäller: pojkar och flickor', not 'pojkar'
            facts.groups.insert(facts.groups.index(f.group) + 1, other)
    return facts


def is_finite_verb(word: str) -> bool:
    """`easy.is_finite_verb`, or a strong past form a user's figure is told with (`lexicon.FIGURE_PAST_VERBS`:
    'avbröt 34 procent av kvinnorna …' keeps its verb, so the goal knows the measure should fall)."""
    return _finite(word) or word.lower() in lex.FIGURE_PAST_VERBS


def _check_target(facts: UserFacts) -> None:
    """A target that goes the other way from its baseline ('… ska öka till 45 %' on a share of 71 %) most likely
    belongs to another measure: the draft asks which, instead of a goal that means the opposite. The baseline is the
    user's share of the target's group in the target's measure, else in the measure their first share has."""
    target = facts.target
    if target is None or not target.values:
        return
    up = lex.TARGET_UP_RE.search(target.quote)
    down = lex.TARGET_DOWN_RE.search(target.quote) or lex.TARGET_CEILING_RE.search(target.quote)
    if bool(up) == bool(down):
        return
    shares = [f for f in facts.figures if f.is_share and f.subject and f.value <= 100]
    if target.measure:
        shares = [f for f in shares if measures(f, target.measure)]
    first = shares[0].subject if shares else ""
    for group, value in target.values:
        if is_change(value) or not value.endswith("%"):
            continue
        base = next((f for f in shares if f.subject == first and (f.group == group or not group)), None)
        goal = as_number(value.split()[-2] if len(value.split()) > 1 else value)  # 'högst 20 %', '20 %'
        if base is None or (goal >= base.value if up else goal <= base.value):
            continue
        if should_fall(base.subject) != should_fall(target.quote):
            continue  # 'minst 50 % ska nå godkänt' after '62 % saknar godkänt': the other side of the same measure
        way = ("lägre", "öka") if up else ("högre", "minska")
        facts.issues.append(f"Målvärdet {value}{f' för {group}' if group else ''} är {way[0]} än värdet i dag, "
                            f"{base.describe()}, fast målet säger att det ska {way[1]}. Gäller målvärdet ett annat "
                            "mått? Skriv vilket mått det gäller.")


def _plain(text: str) -> str:
    """Text without markup: code elements go with their content, other tags and Markdown marks alone; a Markdown link
    keeps its text where it leads to a web page and goes whole where it runs a script (trial 29: '[länk](javascript:
    alert(2))' left 'länk )' in the organisation's name, its title and its export's file name).

    >>> _plain('<img src=x onerror=alert(1)>Ekedals <b>skola</b> [länk](javascript:alert(2))')
    'Ekedals skola'
    >>> _plain('Se [Skolverkets statistik](https://www.skolverket.se/statistik) för åk 9')
    'Se Skolverkets statistik för åk 9'
    """
    text = _CODE_ELEMENT_RE.sub(" ", html.unescape(text))
    text = _MARKDOWN_LINK_RE.sub(lambda m: m.group(1) if m.group(2).lower().startswith("http") else " ", text)
    return " ".join(_MARKUP_RE.sub(" ", text).split())


def _read_message(facts: UserFacts, text: str) -> None:
    for m in lex.SCHOOL_NAME_RE.finditer(text):
        facts.school = m.group(1) or m.group(2)
        break
    named = lex.KIND_THEN_NAME_RE.search(text)
    # 'Förskolan Solrosen' written with a capital: the bare kind is no name of its own, the name after it is
    if named and named.group(2)[:1].isupper() and (
            facts.school is None or facts.school.lower() == named.group(1).lower()):
        facts.school = f"{named.group(1)[:1].upper()}{named.group(1)[1:].lower()} {named.group(2)}"
    if facts.school is None:
        low = lex.LOWER_SCHOOL_RE.search(text)
        if low:
            facts.school = low.group(1)[:1].upper() + low.group(1)[1:]
    for m in lex.ORG_NAME_RE.finditer(text):
        facts.org = m.group(1) or m.group(2)
        break
    else:
        facts.org = _folded_org(text) or _town(text) or facts.org
    # ... else the leisure place they name as the one the figures are of ('Fritidsgården Lyktan i Tierps kommun hade
    # 40 besökare …'): no school, so no rektor or elever in the draft (session 24)
    facts.org_kind = org_kind(text) or facts.org_kind or place_kind(facts.school)
    facts.unit = own_unit(text) or facts.unit
    _read_target(facts, text)
    for sentence in split_at_stops(text):
        for m in lex.MEASURE_KEEPER_RE.finditer(sentence):
            facts.keepers.append((m.group("who"), sentence.strip()))
    alone = lex.ONLY_GROUP_RE.search(text) or lex.GROUP_AGES_RE.search(text)
    if alone:  # 'Bara flickorna i åk 8 …', 'Tjejer 13–16 år …': the plan's group (`UserFacts.one_group`)
        facts.only = str(lex.GROUP_WORDS.get(alone.group("g").lower()) or "")
        facts.only_by_ages = alone.re is lex.GROUP_AGES_RE
    restated: list[tuple[str, str]] = []
    text = read_stated_target(facts, text, restated)  # 'flickorna ska ner till 12 % …': the goal's target, not nuläge
    # A question the user asks ('Vad säger metodstödet om läxhjälp för pojkar?') tells nothing of their situation: no
    # problem, goal or what was tried is read from it (a figure in it is still read below).
    told = " ".join(s for s in split_at_stops(text)
                    if lex.FIGURE_RE.search(s) or not lex.QUESTION_SENTENCE_RE.search(s))
    clauses: list[str] = []
    for c in (c.strip(" .!?") for c in _CLAUSE_RE.split(told)):
        if c and clauses and (lex.PART_OF_CLAUSE_BEFORE_RE.match(c) or
                              lex.COMPARED_CLAUSE_RE.match(c)):
            clauses[-1] = f"{clauses[-1]}, {c}"  # '212 deltagare, varav 31 procent pojkar': the part needs its whole
        elif c:
            clauses.append(c)
    before = len(facts.figures)
    year: str | None = None  # a year stated earlier in the message dates the figures after it ('Våren 2025 var …')
    for plain, said in restated:  # a target's starting value, quoted by the user's own words
        read = {id(f) for f in facts.figures}
        year = _read_figures(facts, plain, year)
        facts.figures[:] = [f if id(f) in read else replace(f, quote=said) for f in facts.figures]
    for sentence in split_at_stops(text):
        read = {id(f) for f in facts.figures}
        year = _read_figures(facts, sentence, year)
        said = lex.RELATIVE_TIME_RE.search(sentence)
        if said:  # 'Förra året hade 18 % …': a time relative to now, named when the year is asked for
            facts.figures[:] = [replace(f, when=said.group(0).lower()) if id(f) not in read and f.year is None
                                else f for f in facts.figures]
    _elliptic_shares(facts, before)
    _figures_name_the_target(facts, facts.figures[before:])
    _size_of_the_place(facts, before)
    for clause in clauses:
        clause = lex.DRAFT_LABEL_RE.sub("", clause)  # 'problemformulering: Vi är …': the request's name
        if lex.OWN_UNKNOWN_RE.search(clause) and not lex.FIGURE_RE.search(clause):
            if clause not in facts.unknowns:  # 'Vi har inte frågat eleverna …': to find out, not a problem
                facts.unknowns.append(clause)
            continue
        tried = lex.TRIED_RE.search(clause) or lex.TRIED_FAILED_RE.search(clause)
        if tried:  # before a goal: 'Vi har provat att alla elever ska läsa varje dag' was tried, not aimed at
            facts.tried.append(clause)
            continue
        goal = lex.OWN_GOAL_RE.search(clause)
        if goal and not lex.FIGURE_RE.search(clause):
            # 'Gör ett lokalt mål för det här: fler pojkar ska delta i läxhjälpen': what the goal is for, not a problem
            said = (goal.group("goal") or goal.group("aim") or goal.group("wish")).strip(" .!?")
            facts.goals = [g for g in facts.goals if g != said] + [said]
            continue
        intro_words = lex.INTRO_RE.match(clause)
        if intro_words and not lex.FIGURE_RE.search(clause) and not lex.INTRO_PREFIX_RE.match(clause) and not (
                intro_words.group(1).lower() in ("i", "på") and _tells_of_gender(clause)):
            # ... but not a clause that only opens with where: 'I vår kursutvärdering säger pojkarna att …' (trial 26)
            continue
        if lex.REQUEST_TO_ASSISTANT_RE.match(clause) and not lex.FIGURE_RE.search(clause):
            continue  # 'Hjälp oss formulera problemet': what they ask of the draft, not their situation
        observed = _observation(clause) or lex.OWN_LACK_RE.search(clause)  # before 'Lärarna ser att' is cut off
        intro = lex.INTRO_PREFIX_RE.match(clause)
        clause = lex.INTRO_PREFIX_RE.sub("", clause).strip()
        if intro and intro.group(0).rstrip().endswith("att"):  # what they see, said as a sentence of its own
            clause = main_order(clause)
        if lex.GRADE_RE.fullmatch(clause.strip()) or clause.lower() in lex.STAGE_GRADES:
            continue
        if not shorten_topic(clause):
            continue  # only figures and names ('6 elever 2024'): the figure is kept, the clause says nothing more
        if facts.size and facts.size in clause and not lex.PROBLEM_CUE_RE.search(clause) and not observed and \
                len(lex.FIGURE_RE.findall(clause)) == 1:
            continue  # 'åk 7–9 med 310 elever': the place's size, kept as such, is no problem
        if lex.MEASURE_KEEPER_RE.search(clause) and not lex.FIGURE_RE.search(clause):
            continue  # 'Elevhälsoteamet följer frånvaron varje månad': who keeps a measure (`keepers`), no problem
        if (lex.PROBLEM_CUE_RE.search(clause) or lex.FIGURE_RE.search(clause) or observed
                or _tells_of_gender(clause)) and clause not in facts.problems:
            facts.problems.append(clause)


def _tells_of_gender(clause: str) -> bool:
    """Whether a clause tells something of girls or boys with a verb of its own ('Flickorna på el-programmet avbryter
    oftare sina studier', 'Bara 3 av 15 i ungdomsrådet är flickor'): part of the situation the user describes, kept
    in the draft though it names no trouble word (trial 21: such clauses were dropped without a trace).

    >>> _tells_of_gender("Flickorna säger i vår enkät att lokalen känns som pojkarnas"), _tells_of_gender("pojkar")
    (True, False)
    >>> _tells_of_gender("9 av pojkarna och 16 av flickorna nådde godkänt")
    False
    >>> _tells_of_gender("Målet är att pojkar och flickor ska trivas lika bra")
    False
    """
    words = clause.split()
    # ... a clause whose counts of each group were read as figures ('9 av pojkarna och 16 av flickorna nådde …') is
    # carried by them
    # ... and a goal or wish ('Målet är att pojkar och flickor ska trivas lika bra') is what the work aims at
    return bool(lex.GENDER_ANY_FORM.search(clause)) and len(words) >= 3 and not lex.COUNT_OF_GROUP_RE.search(clause) \
        and \
        not lex.GOAL_OR_WISH_RE.search(clause) and any(is_finite_verb(w.strip(".,;:!?")) for w in words)


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
    """
    intro = lex.OWN_ORG_INTRO_RE.search(text) or lex.OWN_ORG_POSSESSIVE_RE.search(text)
    if intro is None:
        return ""
    said = intro.group(0)
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


# A target value: a share, or a value without unit that is no year ('meritvärdet ska upp till 220').
_TARGET_VALUE_RE = re.compile(
    r"(?<![\w,.])(\d{1,3}(?:[.,]\d+)?)(?:\s*(%|procentenhet(?:er)?|procent)|(?![\d.,]*\d)(?!\s*(?:av|st\b|elever)))")


def stated_target(sentence: str) -> Target | None:
    """The target a sentence sets for the user's figures, with each value's group (named before it, else after it:
    'flickorna ska ner till 12 %', '10 % för pojkar') and the date it is to be reached; None when it sets none.
    Only a value from the cue on is a target: one before it ('Bara 61 % av pojkarna når målen och fler ska nå dem',
    'Flickorna ligger på 20 % och ska ner till 12 %') is the current state, and a grade ('åk 9') no value.

    >>> stated_target("Bara 61 % av pojkarna i åk 9 når målen och vi vill att fler ska nå dem.") is None
    True
    >>> stated_target("Flickorna i åk 9 ligger på 20 % och ska ner till 12 %.").values
    (('flickor', '12 %'),)
    >>> stated_target("Andelen pojkar med godkänt ska öka från 41 % till 60 % till våren 2027.").values
    (('pojkar', '60 %'),)
    >>> stated_target("Pojkarna ska ner till 20 %, flickorna till 12 %, i dag är det 38 %.").values
    (('pojkar', '20 %'), ('flickor', '12 %'))
    """
    cue = lex.TARGET_CUE_RE.search(sentence)
    if cue is None:
        return None
    date_m = lex.TARGET_DATE_RE.search(sentence)
    if date_m is None:  # '… till högst 20 % hösten 2027': a season and year after the cue, none in brackets
        date_m = next(reversed(list(lex.TARGET_BARE_DATE_RE.finditer(sentence, cue.start()))), None)
    date = _with_diacritics(" ".join(date_m.group("date").split())) if date_m else ""
    in_grade = {i for g in lex.GRADE_RE.finditer(sentence, cue.start()) for i in range(*g.span())}
    current = current_clauses(sentence, cue)
    starts = [start for start, _ in current]

    def is_current(at: int) -> bool:  # within one of the clauses of today's state (sorted, so found by bisection)
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < current[i][1]

    spans = [m for m in _TARGET_VALUE_RE.finditer(sentence, cue.start())
             if not (date_m and date_m.start() <= m.start() < date_m.end()) and not lex.YEAR_RE.fullmatch(m.group(1))
             and m.start() not in in_grade and not _starting_value(sentence, m)
             and not is_current(m.start())]
    if not spans:
        return None
    values: list[tuple[str, str]] = []
    # The sentence names its groups either before its values or after them: its first value tells which.
    groups_first = bool(_last_group(sentence[:spans[0].start()]))
    each = _each_group(sentence[:spans[0].start()]) if len(spans) == 1 else None
    for n, m in enumerate(spans):
        before = sentence[spans[n - 1].end() if n else 0:m.start()]
        after = sentence[m.end():spans[n + 1].start() if n + 1 < len(spans) else len(sentence)]
        group = _last_group(before) if groups_first else _first_group(after)
        if (m.group(2) or "").startswith("procentenhet"):  # 'ska öka med 5 procentenheter': a change from today
            sign = "−" if lex.TARGET_DOWN_RE.search(cue.group(0)) else "+"
            values.append((group, f"{sign}{m.group(1)} {m.group(2)}"))
            continue
        unit = " %" if m.group(2) else ""
        # the bound it is set with is the target's side: 'högst 20 %' is a ceiling, never a value to rise to
        side = _bound_side(sentence[max(0, m.start() - 60):m.start()])
        values.append((group, f"{side + ' ' if side else ''}{m.group(1)}{unit}"))
    said_each = ""
    if each is not None and len(values) == 1 and (not values[0][0] or each.group(0).split()[0].lower() in (
            "varken", "vare", "både")):
        # 'ingen grupp ska ha mer än 55 %': the one value is each group's, and the goal says it group by group
        values = [(g, values[0][1]) for g in lex.GENDER_GROUPS]
        said_each = _said_for_each(sentence, each, spans[0], date_m)
    # the words that name every group name no measure ('varken pojkar eller flickor ska …'), nor does the date
    # ('… av besökarna 2027': the measure is 'bland besökarna')
    cuts = sorted([*([each.span()] if said_each and each else []), *([date_m.span()] if date_m else [])])
    measured, at = "", 0
    for start, end in cuts:
        measured, at = measured + sentence[at:max(start, at)], max(end, at)
    measured = target_measure(measured + sentence[at:])
    return Target(tuple(values), date, " ".join(sentence.split()).strip(" ."), measured, said_each)


def _bound_side(before: str) -> str:
    """'högst' or 'minst' for the bound just before a target value ('mer än ' a floor, 'som mest ' a ceiling;
    `lexicon.TARGET_CEILING_BOUNDS`), turned by each denial in its clause ('ingen grupp ska ha mer än', 'pojkarna ska
    inte ha över'; `lexicon.TARGET_DENIAL_RE`); '' for none.

    >>> _bound_side("ska ha mer än "), _bound_side("att ingen grupp ska ha mer än "), _bound_side("ska inte ta över ")
    ('minst', 'högst', 'högst')
    >>> _bound_side("till högst "), _bound_side("till "), _bound_side("ska inte bli högre än ")
    ('högst', '', 'högst')
    """
    bound = lex.TARGET_BOUND_RE.search(before)
    if bound is None:
        return ""
    word = " ".join(bound.group("bound").lower().split())
    word = next((w for w in (*lex.TARGET_CEILING_BOUNDS, *lex.TARGET_FLOOR_BOUNDS) if fold(w) == fold(word)), word)
    ceiling = word in lex.TARGET_CEILING_BOUNDS
    clause = re.split(r"[,;:]|\batt\b", before[:bound.start()])[-1]
    if len(lex.TARGET_DENIAL_RE.findall(clause)) % 2:
        ceiling = not ceiling
    return "högst" if ceiling else "minst"


def _each_group(text: str) -> re.Match[str] | None:
    """The words that set a target for every gender group at once ('ingen grupp', 'varken pojkar eller flickor',
    'båda könen'; `lexicon.TARGET_EACH_GROUP_RE`); a pair of words must be gender groups ('både läsning och skrivning'
    is none)."""
    for m in lex.TARGET_EACH_GROUP_RE.finditer(text):
        pair = re.match(r"(?:varken|vare\s+sig|både)\s+(\w+)\s+(?:eller|och)\s+(\w+)", m.group(0), re.I)
        if pair is None or all(lex.GROUP_WORDS.get(w.lower()) in lex.GENDER_GROUPS for w in pair.groups()):
            return m
    return None


def _said_for_each(sentence: str, each: re.Match[str], value: re.Match[str], date: re.Match[str] | None) -> str:
    """A target for every group said group by group, in the user's words from its verb to its date: 'Vi vill att ingen
    grupp ska ha mer än 55 % av talutrymmet i samlingarna till våren 2027' -> 'varken pojkar eller flickor ska ha mer
    än 55 % av talutrymmet i samlingarna'; a denying subject says 'varken … eller', any other 'både … och'.

    >>> t = "Vi vill att ingen grupp ska ha mer än 55 % av talutrymmet i samlingarna till våren 2027."
    >>> stated_target(t).each
    'varken pojkar eller flickor ska ha mer än 55 % av talutrymmet i samlingarna'
    >>> stated_target("Båda könen ska ha minst 40 % av platserna.").each
    'både pojkar och flickor ska ha minst 40 % av platserna'
    """
    rest = sentence[each.end():]
    modal = re.search(r"\b(?:ska|skall|bör)\s+", rest, re.I)
    start = each.end() + (modal.end() if modal and modal.start() < value.start() - each.end() else 0)
    end = date.start() if date and date.start() > value.end() else len(sentence)
    words = sentence[start:end].split()
    if not words:
        return ""
    if not modal:  # 'ingen grupp har mer än 55 %': the verb said after 'ska'
        words[0] = simplemma.lemmatize(words[0].lower(), lang="sv")
    said = " ".join(words).strip(" ,.;:!?")
    who = "varken pojkar eller flickor" if each.group("neg") else "både pojkar och flickor"
    return f"{who} ska {said}"


def current_clauses(sentence: str, cue: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the clauses after a target's cue that say what is today ('…, i dag är det 38 %', '… eftersom bara
    38 % gör det nu'), not what shall be: a clause without a cue of its own that has a word of now or being. A clause
    that only adds a value ('…, flickorna till 12 %') stays the target's."""
    breaks = [m.start() for m in lex.TARGET_CLAUSE_BREAK_RE.finditer(sentence, cue.end())]
    bounds = list(zip(breaks, [*breaks[1:], len(sentence)], strict=False))
    return [(start, end) for start, end in bounds
            if lex.CURRENT_STATE_RE.search(sentence, start, end) and not lex.TARGET_CUE_RE.search(sentence[start:end])]


def _current_before(before_cue: str) -> str:
    """Today's state before a target's cue, without the start of the target's own clause ('I åk 9 har 30 % hög frånvaro
    men vi vill att det ska ner till 15 %' keeps 'I åk 9 har 30 % hög frånvaro', not '… men vi vill att det').

    >>> _current_before("I åk 9 har 30 % av pojkarna hög frånvaro men vi vill att det ")
    'I åk 9 har 30 % av pojkarna hög frånvaro'
    >>> _current_before("Vi har 38 % frånvaro bland pojkarna, men målet är att den "), _current_before("Pojkarna som "
    ...  "i dag ligger på 38 % ")
    ('Vi har 38 % frånvaro bland pojkarna', 'Pojkarna som i dag ligger på 38 %')
    """
    ends = list(lex.TARGET_CURRENT_END_RE.finditer(before_cue))
    if ends and _TARGET_VALUE_RE.search(before_cue[: ends[-1].start()]):
        before_cue = before_cue[: ends[-1].start()]
    return before_cue.strip(" ,;")


def _starting_value(sentence: str, m: re.Match[str]) -> bool:
    """Whether a value is where a target starts from ('från 41 % till 60 %': 41 % is today's); only the words just
    before it are read, so a long pasted text is read once."""
    return lex.TARGET_FROM_RE.search(sentence[max(0, m.start() - 12):m.start()]) is not None


# The words of a target date that are typed without å/ä/ö ('hosten 2026', 'lasarets slut'), as written properly.
_DATE_WORDS = {fold(w): w for w in [*lex.SEASON_PARTS, "läsåret", "läsårets", "utgången", "början", "årets"]}


def _with_diacritics(date: str) -> str:
    """'hosten 2026' -> 'hösten 2026': the assistant writes the user's date with å/ä/ö."""
    return " ".join(_DATE_WORDS.get(fold(w), w) for w in date.split())


def _groups_named(text: str) -> list[str]:
    """The gender groups a target's words name, in order, a genitive too ('Flickornas andel ska …'; trial 28)."""
    named = (lex.GROUP_WORDS.get(w) or genitive_group(w) for w in re.findall(r"[\wåäö]+", text.lower()))
    return [g for g in named if g in lex.GENDER_GROUPS]


def _last_group(text: str) -> str:
    words = _groups_named(text)
    return words[-1] if words else ""


def _first_group(text: str) -> str:
    words = _groups_named(text)
    return words[0] if words else ""


def read_stated_target(facts: UserFacts, text: str, restated: list[tuple[str, str]] | None = None) -> str:
    """The target the message sets, into `facts` (a later one wins where it says more); returns the message without
    what sets it, so that its figures are not read as the current state (a figure before the target's cue is: 'Flickorna
    ligger på 20 % och ska ner till 12 %' keeps 'Flickorna ligger på 20 %'). Read line by line: a pasted table's
    rows have no full stops, and a target on one line does not take the rows after it with it.

    >>> facts = UserFacts()
    >>> text = "Andelen ska öka till 60 % senast 2027" + chr(10) + "Årskurs 7 flickor 24 % pojkar 12 %"
    >>> read_stated_target(facts, text), facts.target is not None
    ('Årskurs 7 flickor 24 % pojkar 12 %', True)
    """
    return "\n".join(_without_target(facts, line, restated) for line in text.split("\n")).strip("\n")


def _without_target(facts: UserFacts, text: str, restated: list[tuple[str, str]] | None = None) -> str:
    """One line of `read_stated_target`. A starting value told with its share ('Vi vill minska andelen pojkar … från
    34 % (hösten 2025) till …') goes to `restated` as today's figure said plainly, with the user's own words it is
    quoted by (`_starting_state`), instead of staying in the text as a bare '34 %'."""
    kept: list[str] = []
    for sentence in split_at_stops(text):
        # 'gör målet mätbart: flickorna ska ner till 12 % …': the edit request before a colon is no part of it
        part = sentence.split(":", 1)[1] if lex.TARGET_CUE_RE.search(sentence.split(":", 1)[-1]) \
            and ":" in sentence else sentence
        found = stated_target(part)
        if found is None:
            kept.append(sentence)
            continue
        facts.target = facts.target.merged(found) if facts.target else found
        cue = lex.TARGET_CUE_RE.search(part)
        current = _current_before(part[: cue.start()]) if cue else ""
        start = next((m for m in _TARGET_VALUE_RE.finditer(part) if _starting_value(part, m)), None)
        if start is not None:  # 'Andelen … ska öka från 41 % till 60 %': 'Andelen … ska öka från 41 %' is today's
            current = part[: start.end()].strip()
            plain = _starting_state(part, cue, start)
            if plain and restated is not None:
                when = re.match(r"\s*\([^()]*\)", part[start.end():])
                restated.append((plain, f"{current}{when.group(0) if when else ''}"))
                current = ""
        current = re.sub(r"[\s,]*\b(?:och|men)\s*$", "", current, flags=re.I)
        if _TARGET_VALUE_RE.search(current):
            kept.append(f"{current}.")
        for begin, end in current_clauses(part, cue) if cue else []:  # '…, i dag är det 38 %': today's figure
            if start is not None and begin < start.end():
                continue  # '… öka med 5 procentenheter, från 82 % i dag': its starting value is kept once
            clause = part[begin:end].strip(" ,;.!?")
            clause = re.sub(r"^(?:eftersom|medan|men|fast)\s+", "", clause, flags=re.I)
            if _TARGET_VALUE_RE.search(clause):
                kept.append(f"{clause[:1].upper()}{clause[1:]}.")
    return " ".join(kept)


# 'andelen pojkar i åk 4 under den kritiska gränsen från ': the share a target moves, whose group and measure its
# starting value has (general Swedish).
# The rest opens with a word, so its spaces and the ones around it cannot be split in more than one way (review27).
_MOVED_SHARE_RE = re.compile(rf"\bandel(?:en)?\s+(?P<group>{'|'.join(lex.GENDER_GROUPS)})\s+(?P<rest>\S[^.;!?]*?)\s+"
                             + lex.typed_without_diacritics("från") + r"\s*$", re.I)


def _starting_state(part: str, cue: re.Match[str] | None, start: re.Match[str]) -> str:
    """A target's starting value said as today's figure of its group and measure ('Vi vill minska andelen pojkar i åk 4
    under den kritiska gränsen från 34 % (hösten 2025) till högst 20 %' -> 'Hösten 2025 låg 34 % av pojkarna i åk 4
    under den kritiska gränsen'), so that the baseline keeps who, what and when (trial 27: it was a bare '34 %');
    '' when the share is not named so.

    >>> m = re.search(r"34 %", t := "Vi vill minska andelen pojkar som saknar godkänt från 34 % (2025) till 20 %")
    >>> _starting_state(t, lex.TARGET_CUE_RE.search(t), m)
    '2025 hade 34 % av pojkarna som saknar godkänt'
    """
    if cue is None:
        return ""
    moved = _MOVED_SHARE_RE.search(part, cue.start(), start.start())
    if moved is None:
        return ""
    when = re.match(r"\s*\(([^()]*)\)", part[start.end():])
    year = when.group(1).strip() if when and lex.FACT_YEAR_RE.search(when.group(1)) else ""
    rest = moved.group("rest")
    verb = "hade" if rest.split()[0].lower() == "som" else "låg"  # 'som saknar …' keeps its verb, a place takes 'låg'
    said = f"{verb} {start.group(0)} av {lex.DEFINITE_GROUP[moved.group('group').lower()]} {rest}"
    return f"{year[:1].upper()}{year[1:]} {said}" if year else f"{said[:1].upper()}{said[1:]}"


def _size_of_the_place(facts: UserFacts, before: int) -> None:
    """A count of people that measures nothing and has no year ('Vi är Ekbackaskolan, åk 7–9, 410 elever', 'Skolan
    har 410 elever') says how big the place is: kept as its size, not as a result of the nuläge that lacks a year.
    A count a later figure is a part of ('120 elever, varav 40 flickor') stays a figure. A year it has from a figure
    of the same message ('Skolan har 410 elever och 38 % av pojkarna saknar godkänt 2024') is that figure's.

    >>> f = extract_facts(["Vi är Ekbackaskolan i Lindvik, åk 7–9, 410 elever. I enkäten 2025 svarade 64 % av "
    ...                    "flickorna att de känner sig trygga."])
    >>> f.size, [x.text for x in f.figures], f.issues
    ('410 elever', ['64 %'], [])
    """
    new = facts.figures[before:]
    for f in new:
        dated = f.year and not any(g is not f and g.year == f.year and g.subject for g in new)
        if f.subject or dated or f.computed or f.unit.lower() not in lex.COUNTED_PEOPLE or \
                f.group in lex.GENDER_GROUPS or any(f.text in g.computed for g in facts.figures):
            continue
        if any(re.search(rf"{re.escape(f.text)}\b[^.;]*?(?:varav|därav)\b", g.quote) for g in new if g is not f):
            continue  # '212 deltagare …, varav 31 procent pojkar': the whole of a share, not how big the place is
        if any(g.aside and f" {f.text}" in g.subject for g in new):
            facts.figures.remove(f)  # 'Vård- och omsorgsprogrammet har 142 elever …': the part's, said with its shares
            continue
        facts.size = facts.size or f.text
        facts.figures.remove(f)


def _observation(clause: str) -> bool:
    """Whether a clause reports what the writers or their staff see ('Lärarna beskriver en antipluggkultur bland
    pojkar i åk 8'): a fact of the problem even without a word of trouble in it; the verb must not be the first word
    ('Ser ni …' asks)."""
    m = lex.OBSERVATION_RE.search(clause)
    return bool(m and m.start() > 0 and len(clause.split()) >= 4)


def _grades(m: re.Match[str]) -> str:
    first, last = m.group(1), m.group(2)
    return f"åk {first}–{last}" if last and last != first else f"åk {first}"


def _figures_name_the_target(facts: UserFacts, new: list[Figure]) -> None:
    """Figures given for named grades make those grades the target group ('38 % av pojkarna i åk 9' on a school of
    åk 7–9 is about åk 9: its baseline is of åk 9, so its indicator must be too); the school's grades stay a stated
    fact. Figures of different grades leave the target group as it was, but each keeps the grades its own clause
    names ('i åk 4 låg 34 % …' and 'pojkarna i åk 4–6 lånade …' in one message: the lending figures are of åk 4–6,
    not of åk 4; trial 27 called them åk 4's)."""
    named = {g for f in new if (g := _clause_grades(f.quote))}
    if len(named) == 1 and new:
        grades = named.pop()
        facts.grades = grades
        for i, f in enumerate(facts.figures):
            if f in new:
                facts.figures[i] = Figure(**{**f.__dict__, "grades": grades})
    elif len(named) > 1:
        for i, f in enumerate(facts.figures):
            own = _clause_grades(f.quote) if f in new else None
            if own:
                facts.figures[i] = replace(f, grades=own)


def _clause_grades(quote: str) -> str | None:
    m = lex.GRADE_RE.search(quote)
    return _grades(m) if m else None


def user_source(sentence: str) -> str:
    """The user's own data source named in a sentence, spelt properly ('i var elevenkat' -> 'er elevenkät',
    'I trivselenkäten 2024' -> 'trivselenkäten'); '' when none.

    >>> user_source("i var elevenkat 2024 svarade 31 %"), user_source("I trivselenkäten 2024 uppgav 27 %")
    ('er elevenkät', 'trivselenkäten')
    >>> user_source("enligt Skolverkets statistik"), user_source("I vårens trivselenkät svarade 31 %")
    ('', 'er trivselenkät')
    """
    folded = fold(sentence)
    m = lex.USER_SOURCE_RE.search(folded)
    if m is None:
        return ""
    owner, prefix, kind, ending = m.group(1) or "", m.group(2) or "", m.group(3), m.group(4) or ""
    if kind == "statistik" and not prefix and owner not in ("var", "vart", "vara", "er", "ert", "era"):
        return ""  # 'enligt statistiken' names no source of their own
    if len(folded) == len(sentence):  # the prefix as the user wrote it ('trivsel', 'Elev')
        prefix = sentence[m.start(2):m.end(2)].lower()
    word = f"{prefix}{lex.USER_SOURCE_KINDS[kind]}{ending}"
    possessive = {"var": "er", "er": "er", "vart": "ert", "ert": "ert", "vara": "era", "era": "era"}.get(owner, "")
    if owner in lex.USER_SOURCE_TIME_OWNERS:  # 'i vårens trivselenkät': their own survey's latest round
        possessive, ending = "er", ""
    if owner in ("skolans", "kommunens"):
        possessive = owner
    return f"{possessive} {word}".strip()


_MUNICIPALITY_NAMES = frozenset(lex.MUNICIPALITIES)
_TOWN_RE = re.compile(r"\b(?:i|från)\s+([A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)?)")


def _town(text: str) -> str | None:
    """A municipality named without 'kommun' ('Björkskolan i Alingsås'): the user's place, as they wrote it.

    >>> _town("Jag är lärare på Björkskolan i Alingsås, åk 7–9."), _town("I vårens betyg")
    ('Alingsås', None)
    """
    for m in _TOWN_RE.finditer(text):
        if m.group(1) in _MUNICIPALITY_NAMES:
            return m.group(1)
    return None


def _folded_org(text: str) -> str | None:
    """A municipality typed in lower case or without å/ä/ö ('solleftea kommun') with its proper spelling.

    >>> _folded_org("jag ar ny samordnare i solleftea kommun."), _folded_org("vi ar fran harnosands kommun")
    ('Sollefteå kommun', 'Härnösands kommun')
    """
    for m in _FOLDED_ORG_RE.finditer(fold(text)):
        last = m.group(1).split()[-1]
        for name in (m.group(1), m.group(1)[:-1], last, last[:-1]):  # with and without the genitive s
            proper = _MUNICIPALITY_BY_FOLD.get(name) or _MUNICIPALITY_BY_FOLD.get(name.replace(" ", "-"))
            if proper:
                genitive = "s" if proper[-1].lower() not in "aeiouyåäösxz" else ""
                return f"{proper}{genitive} {m.group(2)}"
    return None


def _read_target(facts: UserFacts, text: str) -> None:
    grade = lex.GRADE_RE.search(text)
    for m in lex.GRADE_RE.finditer(text):
        if _grades(m) not in facts.stated_grades:
            facts.stated_grades.append(_grades(m))
    if grade:
        facts.grades = _grades(grade)
    else:
        folded = fold(text)  # 'hogstadiet' is högstadiet
        for word, grades in lex.STAGE_GRADES.items():
            if re.search(rf"\b{fold(word)}\b", folded):
                facts.grades = grades
                break
    for word in re.findall(r"[\wåäö]+", text.lower()):
        group = lex.GROUP_WORDS.get(word)
        if group and group not in facts.groups:
            facts.groups.append(group)


def _read_figures(facts: UserFacts, sentence: str, carried_year: str | None = None) -> str | None:
    """The figures of one sentence, into `facts`; returns the year in force after it (its own, else the one carried
    from an earlier sentence of the message)."""
    year_m = lex.FACT_YEAR_RE.search(sentence)
    # 'Nu har 40 % …' after '2023 hade 30 % …': its own time, so the earlier year is not its year
    year = None if lex.OTHER_TIME_RE.search(sentence) else carried_year
    if year_m:
        year = (year_m.group(1) or f"20{year_m.group(2)[-2:]}").replace(" ", "")
    sentence = lex.GENITIVE_TIME_RE.sub(r"\1", sentence)  # '16 dagars sjukfrånvaro' is 16 dagar of it
    sentence = _read_change_claims(facts, sentence)
    before = len(facts.figures)
    _read_figures_with_units(facts, sentence, year)
    _pronoun_wholes(facts, sentence, before)
    _compared_within(facts, before)
    _read_compared_pairs(facts, sentence, year)
    _read_group_counts(facts, sentence, year)
    _read_group_values(facts, sentence, year)
    _read_genitive_values(facts, sentence, year)
    _read_average_pairs(facts, sentence, year)
    _read_group_averages(facts, sentence, year)
    return year


def _read_change_claims(facts: UserFacts, sentence: str) -> str:
    """A change told with its verb and both values ('Frånvaron ökade från 12 % till 9 %'): questioned when the values
    go the other way from the verb; returns the sentence without the two values, which the figure readers would take
    as figures of 'till' (trial 27: 'Alla: 12 % till'). The user's sentence itself stays one of their problems.

    >>> facts = UserFacts()
    >>> _read_change_claims(facts, "Frånvaron ökade från 12 % till 9 %"), facts.issues[0][:58]
    ('Frånvaron ökade', 'Ni skriver ”ökade från 12 % till 9 %”, men från 12 % till ')
    """
    for m in list(lex.CHANGE_CLAIM_RE.finditer(sentence))[::-1]:
        a, b = as_number(m.group("a")), as_number(m.group("b"))
        up = bool(lex.CHANGE_UP_VERBS_RE.match(m.group("verb")))
        if a != b and (b > a) != up:
            unit = " %" if m.group("ua") or m.group("ub") else ""
            said = f"från {m.group('a')}{unit} till {m.group('b')}{unit}"
            facts.issues.append(f"Ni skriver ”{m.group(0)}”, men {said} är {'en minskning' if up else 'en ökning'}. "
                                "Kontrollera siffrorna eller ordet.")
        sentence = f"{sentence[:m.start()]}{m.group('verb')}{sentence[m.end():]}"
    return sentence


def _elliptic_shares(facts: UserFacts, before: int) -> None:
    """A group's share told without its measure after the other group's ('Flickorna låg på 15 %' after 34 % of the
    boys under the limit; `lexicon.ELLIPTIC_GROUP_SHARE_RE`): that group's share of the same measure.

    >>> f = extract_facts(["2025 låg 34 % av pojkarna under den kritiska gränsen. Flickorna låg på 15 %."])
    >>> [x.describe() for x in f.figures][1]
    '15 % av flickorna låg under den kritiska gränsen (2025)'
    """
    for n in range(before, len(facts.figures)):
        f = facts.figures[n]
        said = lex.ELLIPTIC_GROUP_SHARE_RE.search(f.quote)
        if f.group or not f.is_share or said is None:
            continue
        group = lex.GROUP_WORDS.get(said.group("g").lower(), "")
        group = {"pojkarna": "pojkar", "flickorna": "flickor"}.get(group, group)
        earlier = next((e for e in reversed(facts.figures[:n]) if e.is_share and e.subject and e.group in
                        lex.GENDER_GROUPS and e.group != group), None)
        if earlier is not None and f.subject and f.subject != earlier.subject:
            continue  # a measure of its own ('… och flickorna i 32 % av fallen slutade'): not the elided one
        if group in lex.GENDER_GROUPS and earlier is not None:
            facts.figures[n] = replace(f, group=group, subject=earlier.subject, within=earlier.within,
                                       part=f.part or earlier.part)


def _check_comparisons(facts: UserFacts) -> None:
    """A comparison the user states of the two groups ('flickorna hade ändå högre behörighet än pojkarna') against
    their shares of one measure (64 % and 118 %): questioned when the figures say the opposite."""
    shares = [f for f in facts.figures if f.is_share and f.group in lex.GENDER_GROUPS]
    for problem in facts.problems:
        for m in lex.GROUP_COMPARISON_RE.finditer(problem):
            a, b = (lex.GROUP_WORDS.get(m.group(k).lower(), "") for k in ("a", "b"))
            first = next((f for f in shares if f.group == a), None)
            other = next((f for f in shares if f.group == b and first and f.subject == first.subject), None)
            if first is None or other is None or a == b or first.value == other.value:
                continue
            higher = m.group("way").lower() in ("högre", "större")
            if (first.value > other.value) != higher:
                facts.issues.append(f"Ni skriver ”{m.group(0)}”, men era siffror är {first.text} för {a} och "
                                    f"{other.text} för {b}. Kontrollera vilket som stämmer.")


def _read_average_pairs(facts: UserFacts, sentence: str, year: str | None) -> None:
    """'lånade flickor 10–15 år i snitt 11 böcker under året, pojkarna 5': an average of each group, the second
    elided (no unit, no percent sign); read as one measure for both, unless its figures were read already.

    >>> [(f.group, f.text) for f in extract_facts(["I fjol lånade flickor i snitt 11 böcker, pojkarna 5."]).figures]
    [('flickor', '11 böcker'), ('pojkar', '5 böcker')]
    """
    for m in lex.AVERAGE_PAIR_RE.finditer(sentence):
        noun, verb = m.group("noun").lower(), m.group("verb").lower()
        if any(f.text.lower() == f"{m.group('v1')} {noun}" for f in facts.figures):
            continue  # a unit FIGURE_RE knows ('i snitt 11 sjukdagar'): read already
        # what was done and of whom, after the measure: 'antal böcker i snitt (lånade, 10–15 år)'
        said = [w for w in (verb if is_finite_verb(verb) else "", " ".join(m.group("qual").split())) if w]
        subject = f"antal {noun} i snitt" + (f" ({', '.join(said)})" if said else "")
        quote = around(sentence, m.start() - 20, m.end() + 20)
        for g, v in (("g1", "v1"), ("g2", "v2")):
            group = lex.GROUP_WORDS.get(m.group(g).lower(), "")
            if group not in lex.GENDER_GROUPS:
                break
            raw = m.group(v)
            facts.figures.append(Figure(as_number(raw), f"{raw} {noun}", noun, group, subject, year,
                                        quote, "", facts.grades, user_source(sentence), rate=True))


def _read_group_averages(facts: UserFacts, sentence: str, year: str | None) -> None:
    """'Flickor i åk 4–6 lånade i snitt 7 böcker per termin och pojkar i snitt 3': an average of each group told group
    first (`lexicon.AVERAGE_RE`, `AVERAGE_GROUP_BEFORE_RE`, `AVERAGE_NEXT_RE`), the second group's noun and 'i snitt'
    may be elided. A value read already without its group ('12 timmar') is this group's.

    >>> [(f.group, f.text, f.subject) for f in extract_facts(["Flickor lånade i snitt 7 böcker per termin 2024 och "
    ...                                                      "pojkar i snitt 3 böcker."]).figures]
    [('flickor', '7 böcker', 'antal böcker i snitt (lånade, per termin)'), ('pojkar', '3 böcker', \
'antal böcker i snitt (lånade, per termin)')]
    >>> said = "Pojkar hade i snitt 12 timmar i hallen, flickor 7 timmar."
    >>> [(f.group, f.text, f.subject) for f in extract_facts([said]).figures]
    [('pojkar', '12 timmar', 'antal timmar i snitt (i hallen)'), ('flickor', '7 timmar', 'antal timmar i snitt \
(i hallen)')]

    Each group read is one of the message's groups:

    >>> facts = UserFacts()
    >>> _read_group_averages(facts, "Flickor lånade i snitt 7 böcker per termin och pojkar i snitt 3 böcker.", None)
    >>> facts.groups
    ['flickor', 'pojkar']
    """
    for m in lex.AVERAGE_RE.finditer(sentence):
        head = re.split(r"[,;:]", sentence[:m.start()])[-1]
        before = lex.AVERAGE_GROUP_BEFORE_RE.search(head)
        noun = m.group("noun").lower()
        group = lex.GROUP_WORDS.get(before.group("g").lower(), "") if before else ""
        if group not in lex.GENDER_GROUPS:
            continue
        clause = re.split(r"[.;!?]", sentence[m.end():])[0]
        nxt = lex.AVERAGE_NEXT_RE.search(clause)
        if nxt is not None and (nxt.group("noun") or noun).lower() != noun and \
                not lex.FACT_YEAR_RE.fullmatch(nxt.group("noun") or ""):
            nxt = None  # 'och pojkar 3 filmer': another measure
        second = lex.GROUP_WORDS.get(nxt.group("g").lower(), "") if nxt else ""
        pairs = [(group, m.group("v"))] + ([(second, nxt.group("v"))] if nxt and second in lex.GENDER_GROUPS
                                           and second != group else [])
        if any(f.group in lex.GENDER_GROUPS and f.text.lower() == f"{v} {noun}" and f.group == g for g, v in pairs
               for f in facts.figures):
            continue  # read already ('lånade flickor i snitt 11 böcker, pojkarna 5': AVERAGE_PAIR_RE)
        words = before.group("between").split()  # type: ignore[union-attr]
        verb = words[-1].lower() if words and is_finite_verb(words[-1].lower()) and \
            words[-1].lower() not in lex.AVERAGE_EMPTY_VERBS else ""
        rest = clause[:nxt.start()] if nxt else clause
        qual = " ".join(lex.FACT_YEAR_RE.sub(" ", rest).split())
        said = [w for w in (verb, qual) if w]
        subject = f"antal {noun} i snitt" + (f" ({', '.join(said)})" if said else "")
        texts = {f"{v} {noun}" for _, v in pairs}
        # the same values read by FIGURE_RE without their group ('12 timmar i hallen') are these
        facts.figures[:] = [f for f in facts.figures if not (f.group == "" and f.text.lower() in texts
                                                              and f.quote and f.quote in sentence)]
        end = m.end() + (nxt.end() if nxt else len(rest))
        quote = around(sentence, sentence.rfind(before.group("g"), 0, m.start()), end)  # type: ignore[union-attr]
        for g, v in pairs:
            facts.figures.append(Figure(as_number(v), f"{v} {noun}", noun, g, subject, year, quote, "",
                                        facts.grades, user_source(sentence), rate=True))
            if g not in facts.groups:
                facts.groups.append(g)


def _read_figures_with_units(facts: UserFacts, sentence: str, year: str | None) -> None:
    found = [m for m in lex.FIGURE_RE.finditer(sentence)
             if not (lex.FACT_YEAR_RE.fullmatch(m.group(1)) and m.group(2).lower() not in ("%", "procent"))]
    # A figure after a comparison inside another figure's clause is a threshold of what is measured ('18 % av
    # pojkarna har mer än 15 % frånvaro'), not a figure of its own.
    kept: list[re.Match[str]] = []
    for m in found:
        between = sentence[kept[-1].end():m.start()] if kept else ""
        if kept and not m.group(3) and lex.FIGURE_THRESHOLD_RE.search(between) and not re.search(r"[,.;:!?]", between):
            continue
        kept.append(m)
    shares = _shares_among(sentence, year, facts)
    facts.figures.extend(figure for _, figure in shares)  # 'bara 5 av 40 deltagare var pojkar': 13 % bland deltagarna
    found = [m for m in kept if not any(start <= m.start() < end for (start, end), _ in shares)]
    if not found:
        return
    def joined(k: int) -> bool:
        """Whether figure k stands in one run with the one before it: joined by 'och' or a comma, and of one kind
        ('410 elever och 38 % av pojkarna saknar …': the count of pupils is not a figure of what the share measures)."""
        a, b = found[k - 1], found[k]
        return _joins(sentence[a.end():b.start()]) and _is_share_unit(a.group(2)) == _is_share_unit(b.group(2))

    first = 0
    for i, m in enumerate(found):
        raw, unit, of = m.group(1), m.group(2).lower(), (m.group(3) or "").lower()
        if i == 0 or not joined(i):
            first = i
        resource = _resource_share(facts, sentence, m, year, i > 0 and bool(
            re.search(r"\boch\b|,", sentence[found[i - 1].end():m.start()])))
        if resource is not None:
            facts.figures.append(resource)
            continue
        value = as_number(raw)
        group = lex.GROUP_WORDS.get(of, "") or lex.GROUP_WORDS.get(unit, "")
        # What the figure measures: the words after the last figure of its run, up to the clause's end.
        # A run '38 % av pojkarna och 22 % av flickorna saknar …' shares the words after its last figure.
        end = i
        while end + 1 < len(found) and joined(end + 1):
            end += 1
        stop = found[end + 1].start() if end + 1 < len(found) else len(sentence)
        tail = sentence[found[end].end():stop]
        own = re.match(r"\s+([\wåäö]+)", sentence[m.end():])
        among_people = ""  # '6 procent av eleverna flickor': a share of girls among the pupils, not of the pupils
        if of and own and lex.GROUP_WORDS.get(own.group(1).lower()) in lex.GENDER_GROUPS:
            # 'av de nyanlända pojkarna': the group is the noun after the qualifier
            if lex.GROUP_WORDS.get(of) and lex.GROUP_WORDS[of] not in lex.GENDER_GROUPS and of.endswith("na"):
                among_people = of
            group = lex.GROUP_WORDS[own.group(1).lower()]
            if end == i:
                tail = tail[own.end():]
        subject = re.split(r"[,.;!?]", tail, maxsplit=1)[0]
        cut = subject != tail  # a clause break before the next figure: 'och' up to it is the measure's own
        subject = _without_next_clause(subject)
        if end + 1 < len(found) and not cut:  # not '… i idrott och hälsa, jämfört med 7 %' (trial 24)
            subject = re.sub(r"\s+(och|samt|men)\b.*$", "", subject)
        subject = re.sub(rf"^\s*(?:i|för|bland)\s+(?:{lex.GRADE_RE.pattern})\s*", "", subject, flags=re.I)
        subject = lex.FACT_YEAR_RE.sub("", subject)
        subject = re.sub(r"\([^()]*\)", " ", subject)  # '(elevenkät 2023)' names the source, not the measure
        subject = _without_source(subject)  # '… varje dag enligt vår läsenkät': so does this
        subject = re.sub(r"^\s*(och\s+)?(som\s+)?", "", subject).strip(" -–")
        subject = lex.FIGURE_COMPARISON_TAIL_RE.sub("", subject).strip(" -–")
        compared = lex.FIGURE_COMPARED_GROUP_RE.search(subject)
        if compared and end + 1 < len(found) and lex.GROUP_WORDS.get(compared.group(1).lower()) in lex.GENDER_GROUPS:
            subject = subject[:compared.start()].strip(" -–")  # '… av tillfällena mot pojkarna 58 procent'
        subject = without_time(subject)
        part = lex.GROUP_PLACE_RE.match(subject)
        within = ""
        if part and of and group in lex.GENDER_GROUPS and (end == i or found[end].group(3)) and (
                verb_before(sentence[:found[first].start()]) or is_finite_verb(part.group(1))):
            # '… av flickorna på yrkesprogrammen sin utbildning', '… av pojkarna på yrkesprogrammen fullföljde …':
            # the place names which pupils, not what is measured
            within, subject = part.group(0).lower(), subject[part.end():].strip()
        if not within and of and group in lex.GENDER_GROUPS and lex.GROUP_WORDS.get(of) == group and \
                (end == i or found[end].group(3)):
            # '62 % av männen med försörjningsstöd hade …', '2024 hade 62 % av männen och 38 % av kvinnorna med
            # försörjningsstöd en handlingsplan', '41 % av pojkarna som har annat modersmål var behöriga': a phrase or
            # relative clause right after the group says which of them (trial 28's open list: the measure read
            # 'hade med försörjningsstöd en individuell handlingsplan')
            # ... read on the clause as written: its year and 'som' are the qualifier's ('som började 2022')
            said = re.split(r"[,.;!?]", tail, maxsplit=1)[0]
            qualified = group_qualifier(said, verb_before(sentence[:found[first].start()]))
            rest = qualified[1].split()[0] if qualified is not None else ""
            at = re.search(rf"(?<![\wåäö]){re.escape(rest)}(?![\wåäö])", subject) if rest else None
            if qualified is not None and at is not None:
                # grades said there are the plan's grades (`UserFacts.grades`), not a part of the group
                within = re.sub(rf"(?:^|\s)(?:i|för|bland)\s+(?:{lex.GRADE_RE.pattern})", "", qualified[0],
                                flags=re.I).strip()
                subject = subject[at.start():]
        if end + 1 == i + 1 < len(found) and genitive_group((subject.split() or [""])[0]):
            subject = ""  # '11 procent och flickornas 8 procent': 'flickornas' is whose the next figure is
        # The clause's words before the figure run: a verb there belongs to what is measured ('nådde 41 % av
        # pojkarna … inte godkänt' -> 'nådde inte godkänt'); a group named there is the figure's ('för flickor är
        # det 47 %'); the rest says where ('i NA-klasserna').
        before = sentence[found[first - 1].end() if first else 0:found[first].start()]
        lead = re.split(r"[,;:.!?]", before)[-1].split()
        while lead and lead[-1].lower() in lex.SENTENCE_ADVERBS:
            lead.pop()
        verb = ""
        if lead and (is_finite_verb(lead[-1]) or lead[-1].lower() in lex.REPORTING_VERBS) and \
                lead[-1].lower() not in lex.SUBJECT_PRONOUNS:
            verb = lead.pop()
        rate = aside = False
        whose = next((k for k in range(len(lead) - 1, -1, -1) if genitive_group(lead[k])), None)
        if whose is not None and not group:
            # 'Pojkarnas frånvaro var 11 procent och flickornas 8 procent': the genitive names the group, the noun
            # after it what is measured (the second figure takes the first's measure).
            group = genitive_group(lead[whose])
            measure = " ".join(lead[whose + 1:]).lower()
            if measure and not subject:
                subject, verb, rate = measure, "", True  # 'frånvaro', not 'var frånvaro'
            lead = [w for w in lead[:whose] if w.lower() not in ("och", "samt", "men")]
        named = re.search(r"\b(?:för|bland|hos)\s+(?:[\wåäö]+\s+)?([\wåäö]+)(?:\s+(?:är|var)\s+det)?\s*$",
                          " ".join(lead), re.I)
        if not group and named and lex.GROUP_WORDS.get(named.group(1).lower()) in lex.GENDER_GROUPS:
            group = lex.GROUP_WORDS[named.group(1).lower()]  # 'för nyanlända flickor är det 47 %'
            noun = " ".join(lead)[: named.start()].split()
            if not subject and len(noun) == 1 and not is_finite_verb(noun[0]) and \
                    noun[0].lower() not in (*lex.SUBJECT_PRONOUNS, *lex.CONJUNCTIONS) and noun[0].isalpha():
                subject, verb, rate = noun[0].lower(), "", True  # 'Frånvaron bland pojkarna är 11 %'
        part = ""
        head = 2 if len(lead) >= 3 and lead[1].lower() in ("de", "alla") else 1  # 'Av de kvinnor som …'
        if not group and len(lead) > head and lead[0].lower() in ("av", "bland") and \
                lex.GROUP_WORDS.get(lead[head].lower()) in lex.GENDER_GROUPS:
            # 'Av flickorna som började 2022 tog 58 procent examen, av pojkarna 81 procent': the group leads its
            # clause (trial 22: read as 'Alla: 58 %' and a gap for the group that was given)
            # ... and which of them it is ('Av männen med försörjningsstöd hade 62 % …', 'Av pojkarna på Vård- och
            # omsorgsprogrammet tog 61 % examen': trials 28 and 29 lost it), a place with its name's capitals
            qualifying = lead[head + 1:]
            if not within and qualifying and qualifying[0].lower() in (*lex.GROUP_QUALIFIER_PREPOSITIONS, "som"):
                said = " ".join(qualifying)
                within = said[:1].lower() + said[1:]
            within = within or _place_phrase(qualifying)
            group, lead = lex.GROUP_WORDS[lead[head].lower()], []
        doer = next((k for k in range(len(lead) - 1, -1, -1)
                     if lex.GROUP_WORDS.get(lead[k].lower()) in lex.GENDER_GROUPS), None)
        if not group and of and not lex.GROUP_WORDS.get(of) and doer == len(lead) - 1 and \
                verb.lower() in lex.COPULAS and _is_share_unit(unit):
            # 'kvinnorna var 55 procent av de arbetslösa vuxna': the group's share among those people
            group, subject, verb = lex.GROUP_WORDS[lead[doer].lower()], f"bland {of} {subject}".strip(), ""
            lead = lead[:doer]
        elif not group and of and not lex.GROUP_WORDS.get(of) and doer is not None:
            # 'fick pojkarna ordet 62 procent av tiden i samlingen': a share of the time (not of the boys) that the
            # group named before it had; what is measured is what they did ('fick ordet')
            # ... of 'tiden i samlingen': the words after the share say what it is part of
            group, part = lex.GROUP_WORDS[lead[doer].lower()], " ".join(f"{of} {subject}".split())
            inverted = [lead[doer - 1]] if doer and is_finite_verb(lead[doer - 1]) else []
            subject = " ".join([*inverted, *lead[doer + 1:], verb]).strip()
            verb, lead = "", lead[:doer - len(inverted)]
        elif not group and doer == len(lead) - 1 and i > 0 and facts.figures and facts.figures[-1].part:
            group, part = lex.GROUP_WORDS[lead[doer].lower()], facts.figures[-1].part  # '… och flickorna 38 procent'
            lead = lead[:doer]
        elif not group and not of and doer and unit in lex.TIME_UNITS_OF and (verb or is_finite_verb(lead[doer - 1])):
            # 'hade kvinnorna i snitt 11 sjukdagar per år', 'väntade männen 7 månader på ett beslut': a time the group
            # named after its verb had; what is measured is the verb's, or the kind of days counted ('antal
            # sjukdagar')
            group = lex.GROUP_WORDS[lead[doer].lower()]
            said = verb or lead[doer - 1]
            how = " ".join(lead[doer + 1:]).lower()  # 'i snitt'
            subject = " ".join(f"{lex.TIME_UNITS_OF[unit] or said.lower()} {how} {subject}".split())
            verb, rate, lead = "", True, lead[:doer - (0 if verb else 1)]
        elif not group and not of and doer is not None and unit in lex.TIME_UNITS_OF and i > 0 and \
                (doer == len(lead) - 1 or " ".join(lead[doer + 1:]).lower() in lex.AVERAGE_SAID) and \
                facts.figures and facts.figures[-1].unit == unit and facts.figures[-1].rate:
            # '… och männen 6 sjukdagar', '… och män i snitt 9 dagar': the other group's time, of the same measure
            group, subject, rate, lead = lex.GROUP_WORDS[lead[doer].lower()], facts.figures[-1].subject, True, []
        if not subject and group in lex.GENDER_GROUPS and verb.lower() in lex.COPULAS and len(lead) == 1 and \
                _measure_noun(lead[0]):
            subject, verb, rate = lead[0].lower(), "", True  # 'Frånvaron var 14 procent bland pojkarna'
        elided = re.match(rf"^(?:{lex.AGE_ADJECTIVES}\s+)?([\wåäö]+)\b\s*", subject, re.I)  # '… och 65 % unga kvinnor'
        if not group and not of and i > 0 and elided and \
                re.search(r"(?:\boch|,)\s*$", sentence[found[i - 1].end():m.start()]) and facts.figures and \
                lex.GROUP_WORDS.get(elided.group(1).lower()) in lex.GENDER_GROUPS and \
                facts.figures[-1].group in lex.GENDER_GROUPS and facts.figures[-1].subject:
            # '74 procent av besökarna pojkar och 26 procent flickor under 2024': an elided second clause is the same
            # measure for the group it names; what follows the group is no measure of its own (trial 23)
            previous = facts.figures[-1]
            group, subject, verb, lead = lex.GROUP_WORDS[elided.group(1).lower()], previous.subject, "", []
            rate, aside = previous.rate, previous.aside
        after = re.match(r"^([\wåäö]+\s+)?([\wåäö]+)\b\s*", subject)
        if not group and after and lex.GROUP_WORDS.get(after.group(2).lower()) in lex.GENDER_GROUPS and \
                (after.group(1) or "").strip().lower() not in lex.COPULAS and \
                not (of and re.fullmatch(lex.AGE_ADJECTIVES, (after.group(1) or "").strip(), re.I)):
            # '20 % underkända pojkar'; not '20 procent av deltagarna är flickor', a share among the participants
            group = lex.GROUP_WORDS[after.group(2).lower()]
            subject = (after.group(1) or "") + subject[after.end():]
        place = r"(?:i|på|vid|inom)(?:\s+(?!(?:är|var)\b)[\wåäö-]+){1,3}"  # 'i våra stödsamtal', not '… är'
        last = re.match(rf"^(?P<where>(?:(?:{lex.AGE_SPAN}|{place})\s+)?)"
                        rf"(?:{lex.AGE_ADJECTIVES}\s+)?(?P<group>[\wåäö]+)$", subject.strip(), re.I)
        # ... also among people a group word names that is no gender ('12 procent av eleverna på teknikprogrammet
        # flickor', '78 % av ungdomarna i våra stödsamtal pojkar': session 25 read 'elever 12 %', 'unga 78 %')
        people = not group or (group == lex.GROUP_WORDS.get(of) and group not in lex.GENDER_GROUPS)
        if people and of and (not group or of.endswith(("na", "en"))) and last and _is_share_unit(unit) and \
                lex.GROUP_WORDS.get(of) not in lex.GENDER_GROUPS and \
                lex.GROUP_WORDS.get(last.group("group").lower()) in lex.GENDER_GROUPS:
            # 'var 31 procent av de heltidsanställda i kommunen män': the group's share among them there
            group = lex.GROUP_WORDS[last.group("group").lower()]
            subject = f"bland {of} {_as_yours(last.group('where'))}".strip()
        if not subject.strip() and of and not lex.GROUP_WORDS.get(of) and group in lex.GENDER_GROUPS:
            subject = f"bland {of}"  # 'var 30 % av besökarna flickor': a share of girls among the visitors
        if not subject.strip() and among_people and _is_share_unit(unit):
            # 'På el-programmet var 6 procent av eleverna flickor': among the pupils there, named with the place
            subject, verb = " ".join(f"bland {among_people} {_place_phrase(lead)}".split()), ""
        elif not subject.strip() and not of and i > 0 and facts.figures and _is_share_unit(unit) and \
                facts.figures[-1].subject.startswith("bland ") and _place_phrase(lead) and \
                group in lex.GENDER_GROUPS:
            # '…, och på vård- och omsorgsprogrammet var 12 procent pojkar': among the same people at another place
            people = facts.figures[-1].subject.split()[1]
            subject, verb = f"bland {people} {_place_phrase(lead)}", ""
        if not subject.strip() and not of and group in lex.GENDER_GROUPS and _is_share_unit(unit):
            # '212 deltagare, varav 31 procent pojkar', 'Besökarna är till 68 procent pojkar': a share is of the
            # whole it is a part of, not of the group it names
            whole = _share_whole(lead, sentence[:found[first].start()])
            if whole:
                aside = not lead and bool(lex.COUNT_THEN_SPLIT_RE.search(sentence[:found[first].start()]))
                subject, verb, lead = f"bland {whole}", "", []
        among = re.match(r"^(.*?)\s*\b(?:är|var)\s+([\wåäö]+)$", subject)
        if of and (not lex.GROUP_WORDS.get(of) or people and of.endswith(("na", "en")) and
                   lex.GROUP_WORDS.get(of) not in lex.GENDER_GROUPS) and among and \
                lex.GROUP_WORDS.get(among.group(2).lower()) in lex.GENDER_GROUPS:
            # '30 % av besökarna på fritidsgårdarna är flickor': a share of girls among the visitors
            group = lex.GROUP_WORDS[among.group(2).lower()]
            subject = f"bland {of} {_as_yours(among.group(1))}".strip()
        chosen_by = _relative_whole(sentence[m.end():stop], of, verb, lead)
        if chosen_by is not None and (people or not group):
            # 'I bygghörnan var 78 % av barnen som valde att leka där pojkar': the share is of the people the relative
            # clause picks out, and the group word that ends the clause says which of them (trial 28: the title 'andel
            # som valde att leka där pojkar' and the gap 'andel pojkar som valde att leka där pojkar')
            group, subject, verb = chosen_by
        copula = re.match(r"^(?:är|var)\s+([\wåäö]+)$", subject.strip(), re.I)
        if not group and not of and i > 0 and copula and facts.figures and \
                facts.figures[-1].subject.startswith("bland ") and \
                lex.GROUP_WORDS.get(copula.group(1).lower()) in lex.GENDER_GROUPS:
            # '64 % av våra elever är flickor och 52 % är pojkar': the second share is of the same people (trial 26:
            # read as 'Alla: 52 % är pojkar', and a gap for 'andel pojkar som är pojkar')
            previous = facts.figures[-1]
            group, subject, verb, aside = lex.GROUP_WORDS[copula.group(1).lower()], previous.subject, "", previous.aside
        reported = subject.split(" ", 1)
        if len(reported) == 2 and reported[0].lower() in lex.REPORTING_VERBS:  # '… av pojkarna säger i enkäten att …'
            verb, subject = reported
        said = re.match(r"^(?:(?:i|på|enligt)\s+[\wåäö-]+\s+)?att\s+(?:de|dom|hon|han|hen)\s+(.+)$", subject)
        if verb.lower() in lex.REPORTING_VERBS and said:
            # 'svarade 27 % av flickorna i enkäten att de blivit utsatta för …': what is measured is what they said,
            # in a main clause's word order ('att de inte känner sig trygga' -> 'känner sig inte trygga')
            subject, verb = main_order(said.group(1)), ""
        if not subject and i > 0:
            subject = facts.figures[-1].subject if facts.figures else ""
            if facts.figures and group in lex.GENDER_GROUPS and facts.figures[-1].group in lex.GENDER_GROUPS:
                within = within or facts.figures[-1].within  # '… som får försörjningsstöd hade …, och 38 % av dem'
            rate = rate or bool(facts.figures and facts.figures[-1].rate)  # '… och flickornas 8 procent'
            aside = aside or bool(facts.figures and facts.figures[-1].aside)
        elif verb and subject and not is_finite_verb(subject.split()[0]) and not subject.startswith("bland "):
            subject = f"{verb.lower()} {subject}"
        clause = around(sentence, m.start() - 40, m.end() + 80)
        text = f"{raw} %" if unit in ("%", "procent") else f"{raw} {unit}"
        where = " ".join(w for w in lead if lex.GROUP_WORDS.get(w.lower()) is None).lower()
        place = lex.FIGURE_PLACE_RE.search(" ".join(lead).lower())
        if place and not subject.strip() and not of and group in lex.GENDER_GROUPS and _is_share_unit(unit):
            # '… var på teknikprogrammet 12 procent flickor och på vård- och omsorgsprogrammet 83 procent flickor':
            # each share is of the people at its own place, not one garbled measure of girls
            people = "eleverna" if facts.school and not facts.org_kind else "dem"
            subject = f"bland {people} {_as_yours(place.group(0))}"
        if not within and i > 0 and facts.figures and not subject.strip():
            within = facts.figures[-1].within
        band = lex.AGE_BAND_RE.search(" ".join(lead))
        if not within and band and group in lex.GENDER_GROUPS and not subject.startswith("bland "):
            within = f"{band.group(1)}–{band.group(2)} år"  # 'Bland eleverna 13–16 år slutade 38 % av pojkarna …'
        figure = Figure(value, text, unit, group, " ".join(subject.split()), year, clause, where, facts.grades,
                        user_source(sentence), rate=rate, within=within, part=part, aside=aside)
        whole = facts.figures[-1] if i > 0 and facts.figures else None
        if whole is not None and lex.PART_OF_COUNT_RE.match(sentence[found[i - 1].end():m.start()]):
            figure = _share_of_count(figure, whole) or figure
        facts.figures.append(figure)


def for_group(subject: str, group: str) -> str:
    """What a group's value measures, said of the group: '… går till aktiviteter för pojkar'; a recipient told by who
    makes up most of it takes the group word itself (`lexicon.MAJORITY_END_RE`).

    >>> for_group("andel av bidragen som går till föreningar där majoriteten av medlemmarna är", "flickor")
    'andel av bidragen som går till föreningar där majoriteten av medlemmarna är flickor'
    >>> for_group("frånvaron", "pojkar"), for_group("frånvaron", "")
    ('frånvaron för pojkar', 'frånvaron')
    """
    if not group:
        return subject
    return f"{subject} {group}" if lex.MAJORITY_END_RE.search(subject) else f"{subject} för {group}"


def for_both(subject: str) -> str:
    """`for_group` for both groups: '… för pojkar och för flickor', '… är pojkar respektive flickor'."""
    return f"{subject} pojkar respektive flickor" if lex.MAJORITY_END_RE.search(subject) else \
        f"{subject} för pojkar och för flickor"


def _relative_whole(after: str, of: str, verb: str, lead: list[str]) -> tuple[str, str, str] | None:
    """(group, subject, verb) of a share of people picked out by a relative clause, whose gender group ends the clause:
    'var 78 % av barnen som valde att leka där pojkar', '78 % av barnen som valde att leka där var pojkar' -> the boys'
    share among the children who chose to play there, the place of the clause said for its 'där' ('bland barnen som
    valde att leka i bygghörnan'); None when the share is not told so (a copula before the figure or before the group,
    people that are no gender after 'av', a 'som' right after them).

    >>> _relative_whole(" som valde att leka där pojkar.", "barnen", "var", ["I", "bygghörnan"])
    ('pojkar', 'bland barnen som valde att leka i bygghörnan', '')
    >>> _relative_whole(" som kom till läxhjälpen var flickor", "eleverna", "", [])
    ('flickor', 'bland eleverna som kom till läxhjälpen', '')
    >>> _relative_whole(" som saknar godkänt i matematik.", "pojkarna", "var", []) is None
    True
    """
    if not of or lex.GROUP_WORDS.get(of.lower()) in lex.GENDER_GROUPS or not of.lower().endswith(("na", "en")):
        return None
    m = re.match(r"^\s*som\s+(?P<rel>[^,.;:!?]+?)(?:\s+(?P<copula>är|var|blev))?\s+(?P<group>[\wåäö]+)\s*"
                 r"(?:[,.;:!?]|$)", after, re.I)
    if m is None or lex.GROUP_WORDS.get(m.group("group").lower()) not in lex.GENDER_GROUPS or \
            not (m.group("copula") or verb.lower() in lex.COPULAS):
        return None
    rel = m.group("rel")
    place = lex.FIGURE_PLACE_RE.search(" ".join(lead))
    if place and re.search(r"\bdär\b", rel, re.I):  # the clause's 'där' is the place the sentence opened with
        rel = re.sub(r"\bdär\b", place.group(0)[:1].lower() + place.group(0)[1:], rel, count=1, flags=re.I)
    return lex.GROUP_WORDS[m.group("group").lower()], f"bland {of.lower()} som {_as_yours(' '.join(rel.split()))}", ""


def _as_yours(text: str) -> str:
    """The user's own 'vår/våra' said back as the assistant's 'er/era' ('i våra stödsamtal' -> 'i era stödsamtal').

    >>> _as_yours("i våra stödsamtal"), _as_yours("på vårt boende")
    ('i era stödsamtal', 'på ert boende')
    """
    return re.sub(r"\bvår[ta]?\b", lambda m: lex.FIRST_TO_SECOND_PERSON[m.group(0)], text)


def _resource_share(facts: UserFacts, sentence: str, m: re.Match[str], year: str | None, joined: bool) -> Figure | None:
    """A share of a resource that went to one gender's activities ('61 procent av föreningsbidragen gick till
    verksamhet för pojkar'; `lexicon.RESOURCE_SHARE_RE`), and the next share of its run ('och 39 procent till
    verksamhet för flickor'): the group is whose activities got it, what is measured the resource's share.

    >>> f = extract_facts(["61 procent av föreningsbidragen gick till verksamhet för pojkar 2024."]).figures[0]
    >>> f.group, f.subject, f.year
    ('pojkar', 'andel av föreningsbidragen som går till verksamhet', '2024')
    >>> said = "Av föreningsbidraget gick 39 procent till aktiviteter för flickor och 61 procent för pojkar."
    >>> [(f.group, f.text, f.subject) for f in extract_facts([said]).figures]
    [('flickor', '39 %', 'andel av föreningsbidraget som går till aktiviteter'), ('pojkar', '61 %', \
'andel av föreningsbidraget som går till aktiviteter')]
    """
    if m.group(2).lower() not in ("%", "procent"):
        return None
    after = sentence[m.end():]
    found = lex.RESOURCE_SHARE_RE.match(after) if m.group(3) else None
    before = re.search(rf"\b({'|'.join(lex.RESOURCE_VERB_PRESENT)})\s+(?:\w+\s+)?$", sentence[:m.start()], re.I)
    majority = lex.RESOURCE_MAJORITY_RE.match(after) if m.group(3) and (
        found is None or lex.GROUP_WORDS.get(found.group("group").lower()) is None) else None
    if majority is not None and (majority.group("verb") or before):  # '… till föreningar där majoriteten … är pojkar'
        found = majority
    if found is None and before and m.group(3):  # '2024 fördelades 70 % av halltiderna till lag med pojkar'
        found = lex.RESOURCE_NEXT_RE.match(after)
    ahead = lex.RESOURCE_BEFORE_RE.search(sentence[:m.start()]) if not m.group(3) else None
    if found is not None and m.group(3) and lex.GROUP_WORDS.get(m.group(3).lower()) is None:
        verb = (found.groupdict().get("verb") or before.group(1)).lower()  # type: ignore[union-attr]
        subject = f"andel av {m.group(3).lower()} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till " \
                  f"{(found.group('to') or '').strip()}".strip()
    elif ahead is not None and (found := lex.RESOURCE_NEXT_RE.match(after)) is not None and found.group("to"):
        # 'Av föreningsbidraget gick 39 procent till aktiviteter för flickor': the resource named before the share
        verb = ahead.group("verb").lower()
        subject = f"andel av {ahead.group('res').lower()} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till " \
                  f"{found.group('to').strip()}"
    elif joined and not m.group(3) and facts.figures and facts.figures[-1].subject.startswith("andel av ") and \
            facts.figures[-1].rate:
        found = lex.RESOURCE_NEXT_RE.match(after)
        subject = facts.figures[-1].subject
    else:
        return None
    group = lex.GROUP_WORDS.get(found.group("group").lower()) if found else None
    if found is None or group not in lex.GENDER_GROUPS:
        return None
    end = m.end() + found.end()
    said = lex.FACT_YEAR_RE.search(sentence[end:end + 12])
    return Figure(as_number(m.group(1)), f"{m.group(1)} %", "%", group, " ".join(subject.split()),
                  said.group(0) if said else year, around(sentence, m.start() - 40, m.end() + 80),
                  grades=facts.grades, source=user_source(sentence), rate=True)


def _read_compared_pairs(facts: UserFacts, sentence: str, year: str | None) -> None:
    """A figure pair told as a comparison (`lexicon.COMPARED_PAIR_RE`): the first figure is the group's named before
    the pair (or after its figure), the second the group named after it, and what is measured the words the first
    group was said with, less fillers (`lexicon.COMPARED_PAIR_FILLER`); the figures read without these replaced.

    >>> said = "Pojkarna har också mer frånvaro: 11 % mot 7 % för flickorna."
    >>> [(f.group, f.text, f.subject, f.rate) for f in extract_facts([said]).figures]
    [('pojkar', '11 %', 'frånvaro', True), ('flickor', '7 %', 'frånvaro', True)]
    """
    for m in lex.COMPARED_PAIR_RE.finditer(sentence):
        second = lex.GROUP_WORDS.get(m.group("g2").lower(), "")
        first = lex.GROUP_WORDS.get((m.group("g1") or "").lower(), "")
        head = re.split(r"[,;.!?]", sentence[:m.start()])[-1]
        words = re.findall(r"[\wåäö-]+", head)
        at = None
        if not first:
            at = next((k for k in range(len(words) - 1, -1, -1)
                       if lex.GROUP_WORDS.get(words[k].lower()) in lex.GENDER_GROUPS), None)
            first = lex.GROUP_WORDS[words[at].lower()] if at is not None else ""
        if first not in lex.GENDER_GROUPS or second not in lex.GENDER_GROUPS or first == second:
            continue
        rest = [w for w in words[(at + 1 if at is not None else 0):]
                if w.lower() not in lex.COMPARED_PAIR_FILLER and not lex.FACT_YEAR_RE.fullmatch(w)]
        if not rest:
            continue
        rate = len(rest) == 1 and not is_finite_verb(rest[0].lower())  # 'frånvaro': the group's rate
        subject = " ".join(rest).lower()
        texts = {f"{m.group('v1')} %", f"{m.group('v2')} %"}
        facts.figures[:] = [f for f in facts.figures if not (f.text in texts and f.quote and f.quote in sentence)]
        quote = around(sentence, m.start() - len(head), m.end())
        for g, v in ((first, m.group("v1")), (second, m.group("v2"))):
            facts.figures.append(Figure(as_number(v), f"{v} %", "%", g, subject, year, quote, "",
                                        facts.grades, user_source(sentence), rate=rate))
        for g in (first, second):
            if g not in facts.groups:
                facts.groups.append(g)


def _without_next_clause(subject: str) -> str:
    """What a figure measures up to a clause of another group's own ('… av pedagogernas tillsägelser och flickorna
    fick oftare beröm' -> '… av pedagogernas tillsägelser'): a conjunction, a gender group and its finite verb start a
    new statement, not more of the measure.

    >>> _without_next_clause("av tillsägelserna och flickorna fick oftare beröm")
    'av tillsägelserna'
    >>> _without_next_clause("saknar godkänt i matematik och engelska")
    'saknar godkänt i matematik och engelska'
    """
    for m in re.finditer(r"\s+(?:och|men|medan)\s+([\wåäö]+)\s+([\wåäö]+)", subject, re.I):
        if lex.GROUP_WORDS.get(m.group(1).lower()) in lex.GENDER_GROUPS and is_finite_verb(m.group(2)):
            return subject[:m.start()]
    return subject


def _place_phrase(lead: list[str]) -> str:
    """The place a clause's words before a figure name ('På el- och energiprogrammet' -> 'på el- och
    energiprogrammet'), '' for none.

    >>> _place_phrase(["och", "på", "vård-", "och", "omsorgsprogrammet"]), _place_phrase(["Samtidigt"])
    ('på vård- och omsorgsprogrammet', '')
    """
    said = " ".join(lead)
    m = re.search(r"\b(?:på|vid|i)\s+\S.*$", said, re.I)
    return m.group(0)[:1].lower() + m.group(0)[1:] if m else ""


def _share_whole(lead: list[str], before: str) -> str:
    """What a share of a group is a part of, from the words before it: the people counted just before 'varav'
    ('212 deltagare läsåret 2024/2025, varav 31 procent pojkar' -> 'deltagarna'), the noun phrase before 'är/var
    till' ('Fritidsgårdarnas besökare är till 68 procent pojkar') or after 'av/bland' ('Av deltagarna var 31
    procent pojkar'); '' when none is named.

    >>> _share_whole(["varav"], "Läxhjälpen hade 212 deltagare 2024, varav ")
    'deltagarna'
    >>> _share_whole(["Fritidsgårdarnas", "besökare", "är", "till"], ""), _share_whole(["Av", "deltagarna"], "")
    ('fritidsgårdarnas besökare', 'deltagarna')
    >>> _share_whole(["som", "fick", "stöd"], "Av de 140 ungdomar som fick stöd av fältassistenterna 2024 var ")
    'ungdomarna som fick stöd av fältassistenterna'
    >>> _share_whole([], "Läsåret 2024/25 hade vi 1 240 elever, ")
    'eleverna'
    """
    # 'Av de 140 ungdomar som fick stöd av fältassistenterna 2024 var 78 procent pojkar': the people counted, with
    # the relative clause that says which
    counted = re.search(r"\b(?:av|bland)\s+(?:de\s+)?\d[\d\s\u00a0]*\s+([a-zåäö]+)\s+"
                        r"(som\s+[^,.;:]+?)\s+(?:var|är)\s*$", before, re.I)
    if counted and counted.group(1).lower() in lex.COUNTED_PEOPLE:
        which = " ".join(lex.FACT_YEAR_RE.sub(" ", counted.group(2)).split()).lower()
        return f"{lex.COUNTED_PEOPLE[counted.group(1).lower()]} {which}"
    # the grades and year are the figure's own fields ('Bland eleverna i åk 8 …' is among the pupils, of åk 8)
    said = re.sub(rf"(?:\b(?:i|för)\s+)?(?:{lex.GRADE_RE.pattern})", " ", " ".join(lead), flags=re.I)
    # ... and so is a season said with the year ('Av barnen som kom till sångstunden hösten 2025 var …')
    said = re.sub(rf"\b(?:{'|'.join(lex.SEASON_PARTS)})\s+(?=(?:19|20)\d\d)", " ", said, flags=re.I)
    kept = lex.FACT_YEAR_RE.sub(" ", said).split()  # as written: a name keeps its capital ('i Ekby')
    words = [w.lower() for w in kept]
    if words and lex.PART_OF_COUNT_RE.match(" ".join(words[-2:])):
        counts = [m for m in lex.FIGURE_RE.finditer(before) if m.group(2).lower() in lex.COUNTED_PEOPLE]
        return lex.COUNTED_PEOPLE[counts[-1].group(2).lower()] if counts else ""
    if len(words) >= 3 and words[-1] == "till" and words[-2] in lex.COPULAS:
        noun = [w for w, low in zip(kept[:-2], words[:-2], strict=True) if low not in lex.SENTENCE_ADVERBS]
        if not noun or any(lex.GROUP_WORDS.get(w.lower()) in lex.GENDER_GROUPS for w in noun):
            return ""
        return " ".join([noun[0].lower(), *noun[1:]])
    told = lex.COUNT_THEN_SPLIT_RE.search(before)
    if not words and told and told.group("people").lower() in lex.COUNTED_PEOPLE:
        return lex.COUNTED_PEOPLE[told.group("people").lower()]  # '1 240 elever, 71 % flickor och 29 % pojkar'
    if len(words) >= 4 and words[0] in ("av", "bland") and words[1] in ("dem", "de") and words[2] == "som":
        return " ".join(["dem", *kept[2:]])  # 'Av dem som fick plats i arbetsmarknadsinsatserna var 64 procent män'
    if 2 <= len(words) <= 6 and words[0] in ("av", "bland") and \
            not any(lex.GROUP_WORDS.get(w) in lex.GENDER_GROUPS for w in words[1:]):
        return " ".join(kept[1:])  # 'Bland eleverna i åk 8 var 30 procent pojkar'
    return ""


def group_qualifier(after: str, inverted: bool) -> tuple[str, str] | None:
    """(which of the group, what is measured) of the words after 'X % av <group>' that open with a phrase or relative
    clause about the group: the phrase ends at the clause's finite verb ('med försörjningsstöd hade en plan'), or, when
    the verb stood before the figure (`inverted`), where the object opens (`lexicon.OBJECT_OPENERS`: 'med
    försörjningsstöd en plan'); None when the words open otherwise or no such end is found.

    >>> group_qualifier("med försörjningsstöd hade en individuell handlingsplan", False)
    ('med försörjningsstöd', 'hade en individuell handlingsplan')
    >>> group_qualifier("med försörjningsstöd en individuell handlingsplan mot arbete", True)
    ('med försörjningsstöd', 'en individuell handlingsplan mot arbete')
    >>> group_qualifier("som får försörjningsstöd hade en plan", False)
    ('som får försörjningsstöd', 'hade en plan')
    >>> group_qualifier("i matematik", False) is None, group_qualifier("saknar godkänt", False)
    (True, None)
    """
    words = after.split()
    if len(words) < 3:
        return None
    opener = words[0].lower()
    if opener == "som":
        start = 2  # the relative clause's own verb ('som får …') is not the main clause's
        if not is_finite_verb(words[1]):
            return None
    elif opener in lex.GROUP_QUALIFIER_PREPOSITIONS:
        start = 2
    else:
        return None
    for k in range(start, len(words)):
        word = words[k].lower()
        ends = word in lex.OBJECT_OPENERS if inverted else is_finite_verb(words[k]) and word not in lex.CONJUNCTIONS
        if ends:
            rest = " ".join(words[k:])
            return (" ".join(words[:k]), rest) if rest else None
        if word in lex.CONJUNCTIONS or not re.fullmatch(r"[\wåäö–-]+", word):
            return None  # 'och', a figure or a sign: no phrase about the group that ends here
    return None


def verb_before(before: str) -> bool:
    """Whether the clause before a figure run ends in a finite verb ('Läsåret 2024/2025 fullföljde ')."""
    words = re.split(r"[,;:.!?]", before)[-1].split()
    return bool(words) and is_finite_verb(words[-1])


def _measure_noun(word: str) -> bool:
    """Whether a lone word before 'var'/'är' can name what a figure measures ('Frånvaron'): a word, not a pronoun,
    a verb, a conjunction or a group of people."""
    low = word.lower()
    return word.isalpha() and not is_finite_verb(word) and low not in lex.GROUP_WORDS and \
        low not in (*lex.SUBJECT_PRONOUNS, *lex.SUBJECT_DETERMINERS, *lex.CONJUNCTIONS)


def around(sentence: str, start: int, end: int) -> str:
    """The words of `sentence` from `start` to `end`, widened to whole words: a quote of the user's own clause never
    begins or ends inside a word ('varon var 14 procent …' was cut from 'Frånvaron var 14 procent …').

    >>> around("Frånvaron var 14 procent bland pojkarna.", 5, 24)
    'Frånvaron var 14 procent'
    """
    start, end = max(0, start), min(len(sentence), end)
    while start > 0 and not sentence[start - 1].isspace():
        start -= 1
    while end < len(sentence) and not sentence[end].isspace():
        end += 1
    return sentence[start:end].strip()


def genitive_group(word: str) -> str:
    """The group a genitive names ('pojkarnas', 'flickors', 'elevernas' -> 'pojkar', 'flickor', 'elever'); ''
    when the word is none.

    >>> genitive_group("Pojkarnas"), genitive_group("flickors"), genitive_group("frånvaros")
    ('pojkar', 'flickor', '')
    """
    low = word.lower()
    return lex.GROUP_WORDS.get(low[:-1], "") if low.endswith("s") and len(low) > 3 else ""


def _without_source(subject: str) -> str:
    """What a figure measures without the user's source that ends it ('läste varje dag enligt vår läsenkät' ->
    'läste varje dag'): the source is the figure's own field.

    >>> _without_source("läste varje dag enligt vår läsenkät "), _without_source("saknar godkänt i matematik")
    ('läste varje dag', 'saknar godkänt i matematik')
    """
    subject = subject.strip()
    folded = fold(subject)
    found = [m for m in lex.USER_SOURCE_RE.finditer(folded) if m.end() == len(folded)]
    if found and len(folded) == len(subject) and found[0].start() > 0:
        return subject[:found[0].start()].strip()
    return subject


def _is_share_unit(unit: str) -> bool:
    return unit.lower() in ("%", "procent")


def without_time(subject: str) -> str:
    """What a figure measures without the time it was measured ('fick minst E i svenska våren' -> 'fick minst E i
    svenska'): the year is the figure's own field.

    >>> without_time("fick minst E i matematik efteråt"), without_time("får hjälp med läxor hemma hösten")
    ('fick minst E i matematik', 'får hjälp med läxor hemma')
    """
    return " ".join(lex.TIME_ADVERBIAL_RE.sub(" ", subject).split()).strip(" ,-–")


def _share_of_count(part: Figure, whole: Figure) -> Figure | None:
    """'12 besökare, varav 3 pojkar' as the share of boys among the visitors (25 %), marked as worked out from the
    user's figures; None when the count is not of people or the part is larger than the whole."""
    people = lex.COUNTED_PEOPLE.get(whole.unit)
    if part.is_share:  # '212 deltagare, varav 31 procent pojkar' is the share itself, not 31 of 212 (15 %)
        return None
    if not people or whole.is_share or part.group not in lex.GENDER_GROUPS or not 0 < part.value <= whole.value:
        return None
    share = percent(part.value, whole.value)
    return Figure(float(share), f"{share} %", "%", part.group, f"bland {people}", part.year or whole.year,
                  part.quote, whole.where, part.grades, part.source, f"{part.text} av {whole.text}")


def percent(part: float, whole: float) -> int:
    """A share in whole per cent, a half rounded up as people read it (5 of 40 is 13 %, not Python's 12).

    >>> percent(5, 40), percent(15, 17)
    (13, 88)
    """
    return int(100 * part / whole + 0.5)


def _shares_among(sentence: str, year: str | None, facts: UserFacts) -> list[tuple[tuple[int, int], Figure]]:
    """Each count of a count with its group ('5 av 40 deltagare var pojkar', 'av de 40 besökarna var bara 5 pojkar')
    as the group's share among those counted, worked out from the user's figures and marked so, with the span it
    was read from (the counts in it are not figures of their own)."""
    shares = []
    for m in [*lex.PART_OF_WHOLE_RE.finditer(sentence), *lex.WHOLE_THEN_PART_RE.finditer(sentence)]:
        raw = m.group("whole").replace(" ", "").replace("\u00a0", "")
        people = m.group("people").lower()
        unit = next((plural for plural, definite in lex.COUNTED_PEOPLE.items() if people in (plural, definite)))
        where = (m.group("where") or "").strip().lower()
        whole = Figure(as_number(raw), f"{raw} {unit}", unit, "", "", year, "", where, facts.grades)
        group = lex.GROUP_WORDS[m.group("group").lower()]
        count = int(m.group("part"))
        quote = around(sentence, m.start() - 40, m.end() + 40)
        own = Figure(float(count), f"{count} {group}", "st", group, "", year, quote, "", facts.grades,
                     user_source(sentence))
        share = _share_of_count(own, whole)
        if share is not None and m.groupdict().get("which"):  # '… bland ungdomarna som kom regelbundet'
            share = replace(share, subject=f"{share.subject}{_which(m.group('which'))}")
        if share is not None and not any(start < m.end() and m.start() < end for (start, end), _ in shares):
            shares.append((m.span(), replace(share, computed=f"{count} av {whole.text}")))
    for m in lex.GROUP_WHOLE_THEN_PART_RE.finditer(sentence):
        # 'Av de 12 flickor som började 2022 tog 7 examen': 7 of the 12 girls took a degree (58 % of them)
        group = lex.GROUP_WORDS[m.group("group").lower()]
        whole, count = int(m.group("whole")), int(m.group("part"))
        if not is_finite_verb(m.group("verb")) or not 0 < count <= whole or \
                any(start < m.end() and m.start() < end for (start, end), _ in shares):
            continue
        did = " ".join(f"{m.group('verb')} {m.group('rest')}".split()).lower()
        which, when = " ".join((m.group("which") or "").split()), year
        if which and lex.FACT_YEAR_RE.search(which):  # 'som började 2022' dates the group: '(började 2022)'
            when = which.removeprefix("som ")
        elif which:  # '… bland dem som gick ut åk 9'
            did = f"{did} bland dem {which}"
        share = percent(count, whole)
        shares.append((m.span(), Figure(float(share), f"{share} %", "%", group, did, when,
                                        around(sentence, m.start() - 40, m.end() + 40), "", facts.grades,
                                        user_source(sentence), f"{count} av {whole} {m.group('group').lower()}")))
    for span, figure in _group_parts_of_counts(sentence, year, facts):
        if not any(start < span[1] and span[0] < end for (start, end), _ in shares):
            shares.append((span, figure))
    return sorted(shares, key=lambda found: found[0])


def _group_parts_of_counts(sentence: str, year: str | None,
                           facts: UserFacts) -> list[tuple[tuple[int, int], Figure]]:
    """'På Bygg- och anläggningsprogrammet avbröt 5 av 7 flickor sina studier', '5 av 7 flickor avbröt sina studier'
    (`lexicon.GROUP_PART_OF_COUNT_RE`): the group's share who did it (71 %), worked out from the user's counts and
    marked so, of the group at the place the sentence opens with; not a count of '7 flickor' who 'sina studier'
    (trial 29). The verb before the counts, else the one right after the group, says what was done.

    >>> [(f.value, f.group, f.subject, f.within, f.computed) for _, f in _group_parts_of_counts(
    ...     "På Bygg- och anläggningsprogrammet avbröt 5 av 7 flickor sina studier läsåret 2023/24", "2023/24",
    ...     UserFacts())]
    [(71.0, 'flickor', 'avbröt sina studier', 'på Bygg- och anläggningsprogrammet', '5 av 7 flickor')]
    >>> [(f.value, f.subject) for _, f in _group_parts_of_counts("5 av 7 flickor avbröt kursen 2024", "2024",
    ...                                                             UserFacts())]
    [(71.0, 'avbröt kursen')]
    """
    out = []
    for m in lex.GROUP_PART_OF_COUNT_RE.finditer(sentence):
        part, whole = int(m.group("part")), int(m.group("whole"))
        verb, after, rest = m.group("verb") or "", m.group("after") or "", m.group("rest")
        if verb and is_finite_verb(verb) and verb.lower() not in lex.COPULAS:
            done, start = f"{verb} {after}{rest}", m.start()
        elif after and is_finite_verb(after) and after.lower() not in lex.COPULAS:
            done, start = f"{after}{rest}", m.start("part")
        else:
            continue
        done = without_time(lex.FACT_YEAR_RE.sub(" ", done)).lower()
        if not 0 < part <= whole or not _content_words(done):
            continue
        group = lex.GROUP_WORDS.get(m.group("group").lower(), "")
        share = percent(part, whole)
        within = _place_phrase(sentence[:start].split())
        out.append(((start, m.end()), Figure(float(share), f"{share} %", "%", group, " ".join(done.split()), year,
                                             around(sentence, start - 40, m.end() + 40), "", facts.grades,
                                             user_source(sentence), f"{part} av {whole} {m.group('group').lower()}",
                                             within=within)))
    return out


def _compared_within(facts: UserFacts, before: int) -> None:
    """A share compared with the one before it in its sentence ('Av pojkarna på Vård- och omsorgsprogrammet tog 61 %
    examen …, mot 82 % av flickorna') is of the same part of the pupils as that one, and of the same measure."""
    new = facts.figures[before:]
    for n, f in enumerate(new[1:], start=1):
        prior = new[n - 1]
        if not f.within and prior.within and f.subject == prior.subject and f.group != prior.group and \
                f.where.split()[-1:] in (["mot"], ["med"]):
            new[n] = replace(f, within=prior.within)
    facts.figures[before:] = new


def _pronoun_wholes(facts: UserFacts, sentence: str, before: int) -> None:
    """A share 'av dem' whose sentence opens with a place that has a count of people ('Vård- och omsorgsprogrammet har
    142 elever hösten 2025, och 87 % av dem är flickor'; `lexicon.PRONOUN_WHOLE_RE`) is a share among that place's
    people ('bland Vård- och omsorgsprogrammets elever'), not of one 'dem' that two such sentences share (trial 29:
    the two programmes' make-up were summed to 181 %). Like a split told right after a count, it says who the place's
    people are, beside the problem (`Figure.aside`).

    >>> f = UserFacts()
    >>> _read_figures(f, "Vård- och omsorgsprogrammet har 142 elever 2025, och 87 % av dem är flickor.")
    '2025'
    >>> [(x.subject, x.aside) for x in f.figures if x.is_share]
    [('bland Vård- och omsorgsprogrammets 142 elever', True)]
    """
    m = lex.PRONOUN_WHOLE_RE.search(sentence)
    if m is None:
        return
    who = " ".join(lex.FACT_YEAR_RE.sub(" ", m.group("who")).split())
    words = who.split()
    own = not words or words[0].lower() in lex.SUBJECT_PRONOUNS or lex.GROUP_WORDS.get(words[-1].lower()) or \
        (len(words) == 1 and words[0].lower() in lex.OWN_PLACE_NOUNS)
    whose = who if who[-1].lower() in "sxz" else f"{who}s"
    # 'Vi har 212 deltagare, och 31 % av dem …', 'Skolan har 410 elever …': the place's own people ('bland deltagarna')
    whole = f"bland {lex.COUNTED_PEOPLE[m.group('people').lower()]}" if own else \
        f"bland {whose} {' '.join(m.group('count').split())} {m.group('people').lower()}"
    facts.figures[before:] = [replace(f, subject=whole, aside=f.aside or not own) if f.is_share and f.subject in (
        "bland dem", "bland dessa") and f.group in lex.GENDER_GROUPS else f for f in facts.figures[before:]]


def _which(clause: str) -> str:
    """The relative clause that says which people were counted, as a figure's subject goes on (' som kom
    regelbundet'); its time ('hösten 2024') is the figure's year, not part of what is measured."""
    text = " ".join(without_time(lex.FACT_YEAR_RE.sub("", " ".join(clause.split()))).split())
    return f" {text}" if text and text != "som" else ""


def _read_group_counts(facts: UserFacts, sentence: str, year: str | None) -> None:
    """'15 av pojkarna och 6 av flickorna fick minst E i matematik': a count of each group, and its share when the
    group's size was given before in the message ('17 pojkar och 7 flickor deltog': 15 of 17 is 88 %)."""
    found = list(lex.COUNT_OF_GROUP_RE.finditer(sentence))
    for i, m in enumerate(found):
        end = i
        while end + 1 < len(found) and _joins(sentence[found[end].end():found[end + 1].start()]):
            end += 1
        stop = found[end + 1].start() if end + 1 < len(found) else len(sentence)
        subject = re.split(r"[,.;!?]", sentence[found[end].end():stop], maxsplit=1)[0]
        subject = lex.FACT_YEAR_RE.sub("", lex.FIGURE_COMPARISON_TAIL_RE.sub("", subject))
        subject = without_time(re.sub(r"^\s*(och\s+)?(som\s+)?", "", subject))
        count, word = int(m.group(1)), m.group(2).lower()
        group = lex.GROUP_WORDS.get(word, word)
        size = next((s for s in (_group_size(f, group) for f in reversed(facts.figures))
                     if s is not None and s[0] >= count > 0), None)
        quote = around(sentence, m.start() - 40, m.end() + 80)
        text = f"{count} av {word}"
        if size is not None and group in lex.GENDER_GROUPS:
            share = percent(count, size[0])
            facts.figures.append(Figure(float(share), f"{share} %", "%", group, subject, year, quote, "",
                                        facts.grades, user_source(sentence), f"{count} av {size[1]}"))
        else:
            facts.figures.append(Figure(float(count), text, "st", group, subject, year, quote, "", facts.grades,
                                        user_source(sentence)))


def _group_size(figure: Figure, group: str) -> tuple[float, str] | None:
    """The size of `group` a figure gives, as value and text: a count of the group ('17 pojkar'), or the part of a
    share worked out from a count ('71 % bland eleverna' from '17 pojkar av 24 elever'), which stands in its place."""
    if not figure.computed:
        return (figure.value, figure.text) if figure.unit.lower() == group and figure.group == group else None
    part = re.match(r"(\d+) ([\wåäö]+) av ", figure.computed)
    if part and part.group(2).lower() == group and figure.group == group:
        return as_number(part.group(1)), f"{part.group(1)} {part.group(2)}"
    return None


def _read_group_values(facts: UserFacts, sentence: str, year: str | None) -> None:
    """'Våren 2025 var meritvärdet i åk 9 för pojkar 198 och för flickor 236': a value of each group without a unit;
    what it is, is the noun before the values ('meritvärdet')."""
    taken = [m.span() for m in lex.FIGURE_RE.finditer(sentence)] + [
        m.span() for m in lex.COUNT_OF_GROUP_RE.finditer(sentence)]
    subject = ""
    last_end = 0
    # a grade's number is no value ('i åk 9 för pojkar 198'): blanked before the values are read
    blanked = lex.GRADE_RE.sub(lambda g: " " * len(g.group(0)), sentence)
    for m in lex.GROUP_VALUE_RE.finditer(blanked):
        raw, word = (m.group(2), m.group(1)) if m.group(2) else (m.group(3), m.group(4))
        start = m.start(2) if m.group(2) else m.start(3)
        if lex.FACT_YEAR_RE.fullmatch(raw) or any(a <= start < b for a, b in taken):
            continue
        between = sentence[last_end:m.start()]
        if not subject or re.search(r"[,.;:!?]", between) or not re.fullmatch(r"\s*(och|samt)?\s*", between):
            subject = _value_subject(sentence[:m.start()])
        last_end = m.end()
        if not subject:
            continue
        group = lex.GROUP_WORDS[word.lower()]
        quote = around(sentence, m.start() - 60, m.end() + 40)
        facts.figures.append(Figure(as_number(raw), raw, "", group, subject, year, quote, "",
                                    facts.grades, user_source(sentence)))


def _read_genitive_values(facts: UserFacts, sentence: str, year: str | None) -> None:
    """'Pojkarnas meritvärde var 198 och flickornas 236': a unitless value of each group named in the genitive; a
    clause that leaves the measure out has the one before it."""
    measure = ""
    for m in lex.GENITIVE_VALUE_RE.finditer(sentence):
        measure = (m.group("noun") or measure).lower()
        if not measure or lex.FACT_YEAR_RE.fullmatch(m.group("value")):
            continue
        raw = m.group("value")
        quote = around(sentence, m.start() - 40, m.end() + 40)
        facts.figures.append(Figure(as_number(raw), raw, "", genitive_group(m.group("who")), measure,
                                    year, quote, "", facts.grades, user_source(sentence)))


def _value_subject(before: str) -> str:
    """The noun a unitless value is of, from the words before it: 'Våren 2025 var meritvärdet i åk 9' ->
    'meritvärdet'; '' when none is left.

    >>> _value_subject("Våren 2025 var meritvärdet i åk 9 "), _value_subject("På Lindskolan är snittbetyget ")
    ('meritvärdet', 'snittbetyget')
    """
    clause = re.split(r"[,;:.!?]", before)[-1]
    clause = lex.GRADE_RE.sub(" ", lex.FACT_YEAR_RE.sub(" ", without_time(clause)))
    clause = re.sub(rf"(?:\b(?:på|vid|i)\s+)?(?:{lex.SCHOOL_NAME_RE.pattern})", " ", clause)
    clause = lex.ORG_NAME_RE.sub(" ", clause)
    words = [w for w in clause.split() if w.lower() not in ("i", "på", "för", "bland", "hos", "och")]
    def verb(w: str) -> bool:
        return is_finite_verb(w) or w.lower() in lex.VALUE_LEAD_VERBS

    while words and (verb(words[0]) or words[0].lower() in lex.SUBJECT_PRONOUNS):
        words.pop(0)
    while words and (verb(words[-1]) or words[-1].lower() in ("på", "det")):
        words.pop()
    return " ".join(words).lower() if words and not any(ch.isdigit() for w in words for ch in w) else ""


def _joins(between: str) -> bool:
    """Whether two figures stand in one run ('38 % av pojkarna och 22 % av flickorna'); the first group's grades may
    stand between ('31 % av flickorna i åk 7–9 och 12 % av pojkarna att …': trial 24 read the girls' figure without
    its measure).

    >>> _joins(" och "), _joins(" i åk 7–9 och "), _joins(" i åk 9 har ")
    (True, True, False)
    """
    return bool(re.fullmatch(rf"\s*(?:(?:i|på)\s+(?:{lex.GRADE_RE.pattern})\s*)?(och|,|samt)\s*", between, re.I))


def relative(subject: str) -> str:
    """What a figure measures as a relative clause after 'som': the negation before the verb ('nådde inte godkänt'
    -> 'inte nådde godkänt').

    >>> relative("nådde inte godkänt i engelska"), relative("saknar godkänt i matematik")
    ('inte nådde godkänt i engelska', 'saknar godkänt i matematik')
    """
    m = re.match(r"^(\S+)((?:\s+(?:sig|mig|dig|oss))?)\s+(inte|aldrig|ej)\s+(.*)$", subject)
    if m and is_finite_verb(m.group(1)):
        return f"{m.group(3)} {m.group(1)}{m.group(2)} {m.group(4)}"
    return subject


def main_order(clause: str) -> str:
    """A subordinate clause in a main clause's word order (V2): the adverbs between subject and verb go after the
    verb and its reflexive (`lexicon.CLAUSE_ADVERBS`); clauses joined by 'och att' / 'men att' each on their own.
    The inverse of `relative` for a clause cut from 'Lärarna ser att …' or 'svarade … att de …'.

    >>> main_order("pojkarna oftare skickas ut från lektionerna och att flickorna sällan tar ordet")
    'pojkarna skickas oftare ut från lektionerna och flickorna tar sällan ordet'
    >>> main_order("inte känner sig trygga i omklädningsrummen"), relative("känner sig inte trygga")
    ('känner sig inte trygga i omklädningsrummen', 'inte känner sig trygga')
    >>> main_order("flickorna mår sämre men att de inte söker sig till oss")
    'flickorna mår sämre men de söker sig inte till oss'
    >>> main_order("pojkar som inte läser hemma får sämre betyg"), main_order("pojkarna har inte godkänt")
    ('pojkar som inte läser hemma får sämre betyg', 'pojkarna har inte godkänt')
    """
    parts = re.split(r"\s+(och|men)\s+att\s+", clause)
    if len(parts) > 1:
        out = [main_order(parts[0])]
        for k in range(1, len(parts), 2):
            out.append(f"{parts[k]} {main_order(parts[k + 1])}")
        return " ".join(out)
    words = clause.split()
    k = next((i for i, w in enumerate(words[:6]) if w.lower() in lex.CLAUSE_ADVERBS), None)
    openers = {*lex.CLAUSE_OPENERS, *lex.PHRASE_OR_CLAUSE_OPENERS, *lex.FRONT_SUBORDINATORS}
    if k is None or any(is_finite_verb(w) or w.lower() in openers for w in words[:k]):
        return clause  # main order already, or the adverb stands in a clause of its own ('pojkar som inte …')
    j = k
    while j < len(words) and words[j].lower() in lex.CLAUSE_ADVERBS:
        j += 1
    if j >= len(words) or not is_finite_verb(words[j]):
        return clause
    v = j + 1 + (j + 1 < len(words) and words[j + 1].lower() in lex.REFLEXIVES)
    return " ".join([*words[:k], *words[j:v], *words[k:j], *words[v:]])


def _check_figures(facts: UserFacts) -> None:
    """Impossible shares, contradictions and figures without a year become issues the draft names."""
    seen: dict[tuple[str, ...], Figure] = {}
    for f in facts.figures:
        if f.is_share and f.value > 100:
            facts.issues.append(f"Siffran {f.text} kan inte stämma: en andel är högst 100 %. Kontrollera den.")
        # Figures of no named group are of the same thing only when nothing before them says otherwise: 'i
        # NA-klasserna 92 %, i IM-klasserna 48 %' are two parts, not a contradiction.
        # ... nor are one group's figures at two places ('på el-programmet', 'på vård- och omsorgsprogrammet')
        key = (f.group, f.subject, f.within) if f.group else (f.group, f.subject, f.where)
        other = seen.get(key)
        if other is not None and other.value != f.value and other.year == f.year:
            who = f" för {f.group}" if f.group else ""
            facts.issues.append(f"Motstridiga siffror{who}: {other.text} och {f.text} för samma sak "
                                f"({f.subject or 'utan angivet mått'}). Ange vilken som gäller.")
        seen[key] = f
    # Two groups' shares of one whole (who the people are: 'bland våra elever', or of the time) add up to at most
    # 100 % (trial 26: '64 % av våra elever är flickor och 52 % är pojkar' was not questioned).
    wholes: dict[tuple[str, str, str | None, str], dict[str, Figure]] = {}
    for f in facts.figures:
        if f.is_share and f.group in lex.GENDER_GROUPS and (f.subject.startswith("bland ") or f.part):
            wholes.setdefault(_whole_key(f), {}).setdefault(f.group, f)
    for (subject, part, _, _), groups in wholes.items():
        if len(groups) == 2 and sum(g.value for g in groups.values()) > 101:
            a, b = groups.values()
            total = f"{a.value + b.value:g}".replace(".", ",")
            whole = f"av {part}" if part else subject
            facts.issues.append(f"Andelarna {a.text} {a.group} och {b.text} {b.group} {whole} blir tillsammans "
                                f"{total} %, men de är delar av samma helhet och kan inte bli mer än 100 %. "
                                "Kontrollera siffrorna.")
    # a share worked out from their counts is dated by those counts, named here already
    undated = list(dict.fromkeys(f.label() for f in facts.figures if f.year is None and not f.computed))
    # ... a time said relative to now ('förra året') is named, and its year asked for
    relative_to_now: dict[str, list[str]] = {}
    for f in facts.figures:
        if f.when and f.year is None and not f.computed and f.label() in undated:
            relative_to_now.setdefault(f.when, []).append(f.label())
            undated.remove(f.label())
    for said, labels in relative_to_now.items():
        listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + f" och {labels[-1]}"
        facts.issues.append(f"{'Siffran' if len(labels) == 1 else 'Siffrorna'} {listed} gäller ”{said}”. Skriv vilket "
                            "år eller läsår det är, så att siffrorna går att jämföra vid nästa mätning.")
    if len(undated) == 1:
        facts.issues.append(f"Siffran {undated[0]} saknar år. Fyll i vilket år eller läsår den gäller.")
    elif undated:  # one line for all of them, not one each
        listed = ", ".join(undated[:-1]) + f" och {undated[-1]}"
        facts.issues.append(f"Siffrorna {listed} saknar år. Fyll i vilket år eller läsår de gäller.")
    _check_comparisons(facts)
    facts.issues = list(dict.fromkeys(facts.issues))


def _whole_key(f: Figure) -> tuple[str, str, str | None, str]:
    """What a group's share is a part of, for the check that two groups' shares of one whole add up to at most 100 %:
    its whole, part and year, and for a whole only pointed at ('87 % av dem är flickor') the sentence it was said in:
    two sentences' 'dem' are not known to be the same people (trial 29: two programmes' make-up summed to 181 %)."""
    pointed = f.subject in ("bland dem", "bland dessa")
    return f.subject, f.part, f.year, f.quote if pointed else ""


def _definite(group: str) -> str:
    return lex.DEFINITE_GROUP.get(group, group)


def shorten_topic(text: str, limit: int = 70) -> str:
    """A problem clause as a title: figures, years and filler words dropped ('många har hög frånvaro' -> 'hög
    frånvaro').

    >>> shorten_topic("38 % av pojkarna och 22 % av flickorna saknar godkänt i matematik 2024")
    'saknar godkänt i matematik'
    """
    t = lex.INTRO_PREFIX_RE.sub("", text)
    t = lex.FIGURE_RE.sub(" ", t)
    t = lex.FACT_YEAR_RE.sub(" ", t)
    t = re.sub(r"\b(?:i|för|bland)\s+(?=(?:åk|ak|årskurs|år|klass)\s*\d)", " ", t, flags=re.I)
    t = lex.GRADE_RE.sub(" ", t)
    # the school goes with its preposition: 'Pojkarna på Kvarnbyskolan hänger …' is 'Pojkarna hänger …'
    t = re.sub(rf"(?:\b(?:på|vid|från|i)\s+)?(?:{lex.SCHOOL_NAME_RE.pattern})", " ", t)
    t = re.sub(r"\b(?:på|vid|från)\s+(?=(?:i|på|vid)\s)", "", t)  # 'i sexan på Kvarnbyskolan i Mölndal': 'på' goes too
    t = lex.ORG_NAME_RE.sub(" ", t)
    for stage in lex.STAGE_GRADES:
        t = re.sub(rf"\b(?:(?:i|på|för|bland)\s+)?{stage}\b", " ", t, flags=re.I)
    t = re.sub(r"^[\W\d]*(och\W+)*", "", " ".join(t.split()))
    t = re.sub(r"^.*?:\s*(?=\S)", "", t) if re.match(r"^[^:]{0,25}:\s", t) else t
    prev = None
    while prev != t:
        prev = t
        t = lex.TITLE_FILLER_RE.sub("", t).strip(" ,.:;-–")
        t = lex.TITLE_TAIL_RE.sub("", t).strip(" ,.:;-–")
    t = " ".join(t.split())
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


def coordinated_clauses(clause: str) -> list[str]:
    """A problem clause split where 'och' opens a clause with a subject of its own: two problems, each measured on
    its own ('Flickor anmäler oftare trakasserier och många flickor undviker rummet' -> both halves).

    >>> coordinated_clauses("Flickor anmäler oftare trakasserier och många flickor undviker uppehållsrummet")
    ['Flickor anmäler oftare trakasserier', 'många flickor undviker uppehållsrummet']
    >>> coordinated_clauses("Pojkar och flickor läser mindre")
    ['Pojkar och flickor läser mindre']
    """
    words = clause.split()
    cuts = [j for j in range(1, len(words) - 2) if words[j].lower() == "och" and _own_subject(words[j + 1:j + 4])
            and any(is_finite_verb(w) for w in words[:j])]
    parts, start = [], 0
    for j in cuts:
        parts.append(" ".join(words[start:j]))
        start = j + 1
    parts.append(" ".join(words[start:]))
    return [p for p in parts if p]


def _own_subject(words: list[str]) -> bool:
    """Whether the words after an 'och' open a clause of their own: a group (with a quantifier) and then a verb
    ('många flickor undviker …', 'de flesta pojkar slutar …')."""
    for k, word in enumerate(words[:-1]):
        if lex.GROUP_WORDS.get(word.lower().strip(".,:;")):
            return any(is_finite_verb(w) for w in words[k + 1:k + 2])
        if word.lower() not in lex.SUBJECT_DETERMINERS and word.lower() not in lex.GROUP_QUANTIFIERS:
            return False
    return False


def _group_is_subject(words: list[str]) -> bool:
    """Whether the words before a clause's verb name a group as its subject ('Pojkarna i sexan', 'många av
    flickorna'), not as the complement of another noun ('Frånvaron bland flickorna', 'Bland flickorna'): the
    clause then says something of the group."""
    for k, word in enumerate(words):
        if lex.GROUP_WORDS.get(word.lower().strip(".,:;")):
            return not any(w.lower() in lex.PREPOSITIONS and w.lower() != "av" for w in words[:k])
    return False


def predicate(clause: str) -> str:
    """What a problem clause says about its group, as a relative clause after 'som': the words from its first finite
    verb, when the words before it name the group ('Pojkarna i sexan på Kvarnbyskolan hänger inte med i läsningen
    och får ingen hjälp hemma' -> 'inte hänger med i läsningen'); '' when the clause does not open with a group.

    >>> predicate("Pojkarna i sexan på Kvarnbyskolan hänger inte med i läsningen och får ingen hjälp hemma")
    'inte hänger med i läsningen'
    >>> predicate("Flickor anmäler oftare sexuella trakasserier i korridorerna och många flickor undviker rummet")
    'anmäler sexuella trakasserier i korridorerna'
    >>> predicate("flickorna mår sämre men de söker sig inte till oss")
    'mår sämre'
    >>> predicate("hög frånvaro"), predicate("Frånvaron bland flickorna är hög")
    ('', '')
    """
    words = lex.INTRO_PREFIX_RE.sub("", clause).split(",")[0].split()
    for i, word in enumerate(words[1:], start=1):
        if is_finite_verb(word) and word.lower() not in lex.SUBJECT_PRONOUNS:
            if not _group_is_subject(words[:i]):
                return ""
            rest = words[i:]
            # a second clause after 'och' with a verb of its own is another problem ('… och får ingen hjälp', '… och
            # många flickor undviker uppehållsrummet')
            # ... and one after 'men' is a contrast, no part of the measure ('mår sämre men söker sig inte till oss')
            cut = next((j for j in range(1, len(rest) - 1) if rest[j] == "men" or rest[j] == "och" and (
                any(is_finite_verb(w) for w in rest[j + 1:j + 3]) or _own_subject(rest[j + 1:j + 4]))), len(rest))
            # a comparing adverb after the verb compares the groups ('anmäler oftare'): each group's share drops it
            rest = [w for k, w in enumerate(rest[:cut]) if k != 1 or w.lower() not in lex.COMPARING_ADVERBS]
            said = " ".join(rest).rstrip(".!?")
            # a comparison of the groups ('sämre betyg än tjejerna') is no measure of each group
            than = re.findall(r"\b(?:än|an)\s+(?:\w+\s+)?(\w+)", said)  # 'an' is 'än' typed without diacritics
            if any(lex.GROUP_WORDS.get(w.lower()) for w in than):
                return ""
            return relative(said)
    return ""


@dataclass(frozen=True)
class OwnFollowUp:
    """A way of following up the user said they use ('Vi filmar samlingar igen varje höst'): the indicator kind it
    measures (`lexicon.INDICATOR_KINDS`), their clause, how often and which role answers for it ('' when not said,
    or said as 'vi')."""

    kind: str
    clause: str
    often: str
    who: str
    source: str = ""  # where its figures are taken from, in their words ('elevregistret'), '' when not said
    # What it follows, in the user's words: its own clause, or the earlier clause of the message whose method it goes
    # on about ('Lena Ström sammanställer samtalen' after '… håller ett avbrottssamtal …'); matched to an indicator's
    # measure (extractive/drafts.follow_up_plan)
    about: str = ""
    method: bool = True  # the clause names a method of its own (a 'Mått'), not only who or how often


# Where a sentence's main clauses are coordinated: ', och …', or 'och' before a new subject and its verb ('… varje höst
# och pedagogerna för loggbok …'); general Swedish.
_NEXT_MAIN_CLAUSE_RE = re.compile(r",\s*(?:och|men)\s+|;\s*|\s+och\s+(?=(?:vi|ni|de|[\wåäö]+(?:na|en|et|n))\s+\w)",
                                  re.I)


def own_follow_ups(messages: list[str]) -> list[OwnFollowUp]:
    """The ways of following up the user's messages say they use: a clause with a method (`lexicon.
    FOLLOW_UP_METHOD_KINDS`: filming, a logbook, a survey …) and how often (`FOLLOW_UP_FREQUENCY_RE`) or who answers
    for it (`FOLLOW_UP_RESPONSIBLE_RE`, or a role as its subject: 'pedagogerna för loggbok varje vecka'). Trial 28:
    the plan said 'två gånger per termin' and 'Ansvarig: arbetslaget' over the user's own method.

    >>> [(o.kind, o.often, o.who) for o in own_follow_ups(["Gör en uppföljningsplan för målet. Vi filmar samlingar "
    ...     "igen varje höst och pedagogerna för loggbok varje vecka."])]
    [('observation', 'varje höst', ''), ('process', 'varje vecka', 'pedagogerna')]
    >>> [(o.kind, o.often, o.who) for o in own_follow_ups(["Filmningen görs varje höst, och ateljeristan ansvarar "
    ...     "för att sammanställa loggböckerna."])]
    [('observation', 'varje höst', ''), ('process', '', 'ateljeristan')]
    >>> own_follow_ups(["Vi har en ateljerista och samarbetar med biblioteket."])
    []
    >>> [(o.kind, o.often, o.who, o.source, o.method) for o in own_follow_ups(["Vi tar ut examensgraden ur "
    ...     "elevregistret varje juni, och mentorerna håller ett avbrottssamtal med varje elev som slutar. Biträdande "
    ...     "rektor Lena Ström sammanställer samtalen varje termin."])]
    [('results', 'varje juni', '', 'elevregistret', True), ('results', '', 'mentorerna', '', True), \
('results', 'varje termin', 'biträdande rektor Lena Ström', '', False)]
    """
    out: list[OwnFollowUp] = []
    for message in messages:
        last: OwnFollowUp | None = None  # the message's follow-up before, which a later clause may go on about
        for sentence in split_at_stops(_plain(message)):
            for clause in _NEXT_MAIN_CLAUSE_RE.split(sentence.strip(" .!?")):
                clause = clause.strip(" ,.;:!?")
                kind = next((k for k, pattern in lex.FOLLOW_UP_METHOD_KINDS if pattern.search(clause)), "")
                often = lex.FOLLOW_UP_FREQUENCY_RE.search(clause)
                responsible = lex.FOLLOW_UP_RESPONSIBLE_RE.match(clause)
                first = (clause.split() or [""])[0]
                subject = first.lower() if first.lower() not in lex.OWN_ORG_SUBJECTS and re.fullmatch(
                    r"[\wåäö]+(?:na|an|en|n)", first.lower()) and not lex.FOLLOW_UP_METHOD_KINDS[0][1].match(first) \
                    and not any(p.match(first) for _, p in lex.FOLLOW_UP_METHOD_KINDS) else ""
                who = responsible.group("who").lower() if responsible else subject
                named = _named_doer(clause)
                if named and (responsible or not subject):
                    who = named  # 'Lena Ström ansvarar …' keeps her name as written
                if who in lex.OWN_ORG_SUBJECTS:
                    who = ""
                about, method = clause, bool(kind)
                if not kind and last is not None and (often or who) and _goes_on_about(clause, last.about):
                    # 'Biträdande rektor Lena Ström sammanställer samtalen varje termin' after '… håller ett
                    # avbrottssamtal …': who and how often for the follow-up before (trial 29)
                    kind, about = last.kind, f"{last.about}; {clause}"
                if not kind or not (often or responsible or who):
                    continue
                source = lex.FOLLOW_UP_SOURCE_RE.search(clause)
                last = OwnFollowUp(kind, clause[:1].upper() + clause[1:], often.group(0).lower() if often else "",
                                   who, source.group("source").lower() if source else "", about, method)
                out.append(last)
    return out


def _named_doer(clause: str) -> str:
    """The doer a clause names by role and name ('Biträdande rektor Lena Ström sammanställer …' -> 'biträdande rektor
    Lena Ström'; `lexicon.FOLLOW_UP_NAMED_DOER_RE`), the name as written; '' when none or the words after it are no
    finite verb."""
    m = lex.FOLLOW_UP_NAMED_DOER_RE.match(clause)
    if m is None or not is_finite_verb(m.group("verb")):
        return ""
    who = m.group("who")
    words = who.split()
    if len(words) > 2:  # role words before the name: written in lower case inside a sentence
        who = who[:1].lower() + who[1:]
    return who


def _goes_on_about(clause: str, earlier: str) -> bool:
    """Whether a clause's definite nouns take up what an earlier clause named ('sammanställer samtalen' after
    'avbrottssamtal', 'ansvarar för sammanställningen' after 'tar ut examensgraden …'): a noun whose stem ends a word
    of the earlier clause, or a compiling of it ('sammanställningen', 'sammanställer').

    >>> _goes_on_about("Lena Ström sammanställer samtalen varje termin", "mentorerna håller ett avbrottssamtal")
    True
    >>> _goes_on_about("Rektorn läser varje vecka", "Vi filmar samlingar")
    False
    """
    if lex.FOLLOW_UP_COMPILING_RE.search(clause):
        return True
    said = [w.lower() for w in re.findall(r"[\wåäö]+", earlier) if len(w) >= 5]
    for word in re.findall(r"[\wåäö]+", clause.lower()):
        stem = re.sub(r"(?:erna|arna|orna|en|et|na|n)$", "", word)
        if len(stem) >= 4 and word != stem and any(w.endswith(stem) or w.startswith(stem) for w in said):
            return True
    return False
