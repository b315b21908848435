"""Targets the user states ('minst 80 % ... 2026'), read apart so a goal is never taken for a value."""

from __future__ import annotations

import bisect
import re

import simplemma

from assistant import lexicon as lex
from assistant.generation.facts.model import Target, UserFacts, target_measure
from assistant.generation.facts.words import genitive_group
from assistant.index.lexical import fold
from assistant.index.sentences import split_at_stops

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
    current = sorted([*current_clauses(sentence, cue),
                      *(m.span() for m in lex.TARGET_BASELINE_ASIDE_RE.finditer(sentence, cue.start()))])
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
    words = lex.TARGET_BASELINE_ASIDE_RE.sub(" ", sentence[start:end]).split()  # today's state said beside it
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
