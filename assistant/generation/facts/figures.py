"""The user's other figures (averages, counts, pairs, changes) read per sentence and checked together."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import lexicon as lex
from assistant.generation.facts.model import Figure, UserFacts, place_kind
from assistant.generation.facts.shares import _as_yours, _joins, _read_figures_with_units, percent
from assistant.generation.facts.splits import read_splits
from assistant.generation.facts.words import (
    around,
    fact_year,
    genitive_group,
    is_finite_verb,
    user_source,
    without_time,
)
from assistant.numbers import as_number


def _read_figures(facts: UserFacts, sentence: str, carried_year: str | None = None) -> str | None:
    """The figures of one sentence, into `facts`; returns the year in force after it (its own, else the one carried
    from an earlier sentence of the message)."""
    year_m = lex.FACT_YEAR_RE.search(sentence)
    # 'Nu har 40 % …' after '2023 hade 30 % …': its own time, so the earlier year is not its year
    year = None if lex.OTHER_TIME_RE.search(sentence) else carried_year
    if year_m and not (lex.EVENT_DATE_RE.search(sentence) and not lex.FIGURE_RE.search(sentence)):
        year = fact_year(year_m)
    sentence = lex.GENITIVE_TIME_RE.sub(r"\1", sentence)  # '16 dagars sjukfrånvaro' is 16 dagar of it
    sentence = lex.AVERAGE_OF_RATE_RE.sub("", sentence)  # 'i snitt 7,8 %' of a rate is the rate
    sentence = _read_change_claims(facts, sentence)
    before = len(facts.figures)
    sentence = _read_group_ratio(facts, sentence, year)
    sentence = read_splits(facts, sentence, year)
    sentence = _read_group_first_pairs(facts, sentence, year)
    _read_figures_with_units(facts, sentence, year)
    _pairs_of_places(facts, sentence, year, before)
    _pronoun_wholes(facts, sentence, before)
    _compared_within(facts, before)
    _read_compared_pairs(facts, sentence, year)
    _read_group_counts(facts, sentence, year)
    _read_group_values(facts, sentence, year)
    _read_genitive_values(facts, sentence, year)
    _read_average_pairs(facts, sentence, year)
    _read_group_averages(facts, sentence, year)
    _shared_measure(facts, before)
    _later_year_shares(facts, sentence, before)
    _things_by_group(facts, sentence, year, before)
    # 'Andelen som tog examen inom tre år var 71 % för pojkarna': the share is of those who took it, the measure what
    # they did (drafts36: the indicator read 'andel pojkar … som andelen som tog examen')
    facts.figures[before:] = [replace(f, subject=lex.SHARE_NOUN_LEAD_RE.sub("", f.subject))
                              if f.is_share and lex.SHARE_NOUN_LEAD_RE.match(f.subject) else f
                              for f in facts.figures[before:]]
    verbed = {f.subject: g.subject for f in facts.figures[before:] if (g := _with_verb_before(f)) is not f}
    # ... and the other group's share of the same measure with it ('…, jämfört med 81 % av flickorna')
    facts.figures[before:] = [replace(f, subject=verbed[f.subject]) if f.subject in verbed and f.is_share and
                              f.group in lex.GENDER_GROUPS and not f.rate else f for f in facts.figures[before:]]
    return year


def _with_verb_before(f: Figure) -> Figure:
    """A group's share whose measure has no verb of its own takes the one said before the figure ('i idrott och hälsa
    fick 2023/2024 93 % av pojkarna minst E' -> 'fick minst E'; drafts36: the goal read 'andelen … som minst E').

    >>> _with_verb_before(Figure(93, "93 %", "%", "pojkar", "minst E", "2024", "i idrott fick 2024 93 % av pojkarna "
    ...                          "minst E")).subject
    'fick minst E'
    """
    words = f.subject.split()
    if not (f.is_share and f.group in lex.GENDER_GROUPS and 0 < len(words) <= 3 and not f.rate and not f.part and
            not f.computed
            and not f.subject.startswith(("bland ", "andel ")) and not any(
                is_finite_verb(w.lower()) or re.search(r"(?:it|at|tt|ts)$", w.lower()) for w in words)):
        # ... a short one ('minst E'), not one with a supine ('blivit kränkta under läsåret') or a verb typed without
        # å/ä/ö ('kanner sig otrygga i korridorerna')
        return f
    at = f.quote.find(f.text)
    clause = re.split(r"[,;:.!?]", f.quote[:at])[-1] if at > 0 else ""
    verbs = [w for w in re.findall(r"[a-zåäö]+", clause.lower()) if is_finite_verb(w) and w not in ("är", "var")]
    return replace(f, subject=f"{verbs[-1]} {f.subject}") if verbs else f


def _things_by_group(facts: UserFacts, sentence: str, year: str | None, before: int) -> None:
    """A count of things and the part one gender stands for (`lexicon.THINGS_BY_GROUP_RE`) as that group's share of
    the things, worked out from the user's counts and marked so; the counts are no figures of their own.

    >>> from assistant.generation.facts import extract_facts
    >>> f = extract_facts(["2024 gjordes 1 860 besök, varav 312 av killar."]).figures
    >>> [(x.group, x.text, x.subject, x.part, x.computed) for x in f]
    [('pojkar', '17 %', 'stod för', 'besöken', '312 av 1 860 besök')]
    """
    for m in lex.THINGS_BY_GROUP_RE.finditer(sentence):
        noun = m.group("noun").lower()
        group = lex.GROUP_WORDS.get(m.group("g").lower(), "")
        whole, part = (int(re.sub(r"\D", "", m.group(k))) for k in ("whole", "part"))
        if noun in lex.COUNTED_PEOPLE or lex.GROUP_WORDS.get(noun) or group not in lex.GENDER_GROUPS or \
                not 0 < part <= whole:
            continue  # people ('120 elever, varav 40 flickor') are read as a share among them
        said = {m.group("whole"), m.group("part"), str(whole), str(part)}
        facts.figures[before:] = [f for f in facts.figures[before:]
                                  if f.text.split(" ")[0] not in said and " ".join(f.text.split()[:2]) not in said]
        definite = noun[:-1] + "a" if noun.endswith("en") else noun + "na" if noun.endswith(("ar", "er", "or")) \
            else noun + "en"
        share = percent(part, whole)
        facts.figures.append(Figure(float(share), f"{share} %", "%", group, "stod för", year,
                                    around(sentence, m.start() - 40, m.end() + 40), "", facts.grades,
                                    user_source(sentence), f"{m.group('part')} av {m.group('whole')} {noun}",
                                    part=definite))


def _later_year_shares(facts: UserFacts, sentence: str, before: int) -> None:
    """A share told again for a later year with its group and measure elided (`lexicon.LATER_YEAR_SHARE_RE`): the
    same group's share of the same measure, dated with its own year; the year is no part of the measure.

    >>> from assistant.generation.facts import extract_facts
    >>> said = "På el- och energiprogrammet var 2023 bara 4 procent av eleverna tjejer och 2025 6 procent."
    >>> [(f.group, f.text, f.subject, f.year) for f in extract_facts([said]).figures]
    [('flickor', '4 %', 'bland eleverna på el- och energiprogrammet', '2023'), \
('flickor', '6 %', 'bland eleverna på el- och energiprogrammet', '2025')]
    """
    for m in lex.LATER_YEAR_SHARE_RE.finditer(sentence):
        value = as_number(m.group("v"))
        new = facts.figures[before:]
        at = next((n for n, f in enumerate(new) if not f.group and f.is_share and f.value == value), None)
        if at is None:
            continue
        earlier = next((e for e in reversed(new[:at]) if e.is_share and e.group and e.subject), None)
        year = fact_year(lex.FACT_YEAR_RE.search(m.group("year")))  # type: ignore[arg-type]
        if earlier is None or earlier.year == year:
            continue
        subject = earlier.subject
        if earlier.year:  # 'bland eleverna … var 2023': the first year read into the measure
            subject = re.sub(rf"\s+(?:var|hade|år|under)?\s*{re.escape(earlier.year)}\b", "", subject).strip()
        k = facts.figures.index(earlier)
        facts.figures[k] = replace(earlier, subject=subject)
        facts.figures[before + at] = replace(new[at], group=earlier.group, subject=subject, year=year,
                                             within=earlier.within, part=earlier.part, rate=earlier.rate)


def _read_group_ratio(facts: UserFacts, sentence: str, year: str | None) -> str:
    """One group's pay as a share of the other's ('kvinnor i snitt tjänar 92 % av männens lön i likvärdiga arbeten';
    `lexicon.RATIO_OF_GROUPS_RE`): one figure of both groups, a rate ('kvinnornas lön i procent av männens lön i
    likvärdiga arbeten'), no share of either. Returns the sentence without it.

    >>> facts = UserFacts()
    >>> rest = _read_group_ratio(facts, "Kvinnors lön är 94 % av männens i likvärdiga arbeten", "2024")
    >>> [(f.group, f.text, f.subject, f.rate) for f in facts.figures]
    [('', '94 %', 'kvinnornas lön i procent av männens lön i likvärdiga arbeten', True)]
    """
    for m in lex.RATIO_OF_GROUPS_RE.finditer(sentence):
        # which side of a gender pair each word is of (male first), genitives included
        sides = [next((k for pair in lex.GENDER_PAIRS.values() for k, side in enumerate(pair)
                       if m.group(g).lower() in side), None) for g in ("g1", "g2")]
        if None in sides or sides[0] == sides[1]:
            continue
        what = (m.group("what1") or m.group("what2") or "lön").strip().lower()
        # each group by its definite genitive ('kvinnor' -> 'kvinnornas'), the form the pair lists fourth
        names = [next((side[3] for pair in lex.GENDER_PAIRS.values() for side in pair if m.group(g).lower() in side),
                      m.group(g).lower()) for g in ("g1", "g2")]
        subject = " ".join(f"{names[0]} {what} i procent av {names[1]} {what}{m.group('rest')}".lower().split())
        facts.figures.append(Figure(as_number(m.group("v")), f"{m.group('v')} %", "%", "", subject, year,
                                    around(sentence, m.start() - 40, m.end() + 10), "", facts.grades,
                                    user_source(sentence), rate=True))
        sentence = f"{sentence[:m.start()]} {sentence[m.end():]}"
        break
    return sentence


def shares_of_two_counts(facts: UserFacts, before: int = 0) -> None:
    """Two counts of the two groups that did one thing ('2024 deltog 112 mammor och 19 pappor i våra
    föräldrastödsgrupper') as each group's share of those who did it (85 % and 15 %, worked out from the user's
    figures and marked so): the counts say how the people who did it divide, and a share is what a goal can follow
    (session 34: the baseline read 'mammor 112 mammor' and the indicator 'andel pappor … som deltog', a share of all
    fathers nobody counted). Read over a message's figures (`extract_facts`): two counts next to each other, told by a
    finite verb, of the same measure and year; counts that are the groups' sizes for a later count or share of them
    ('16 pojkar och 9 flickor deltog. 12 av pojkarna …': `_read_group_counts`; '… 31 % av kvinnorna men 52 % av
    männen fick …': `_shared_later`) stay counts."""
    figures = facts.figures
    sized = " ".join(f.computed for f in figures if f.computed)
    n = before
    while n + 1 < len(figures):
        pair = figures[n:n + 2]
        if all(not f.is_share and not f.computed and f.group in lex.GENDER_GROUPS and f.value > 0 and
               lex.GROUP_WORDS.get(f.unit.lower()) == f.group and f.subject and is_finite_verb(f.subject.split()[0])
               and f"av {f.text}" not in sized for f in pair) and pair[0].group != pair[1].group and \
                pair[0].subject == pair[1].subject and pair[0].year == pair[1].year and \
                not _shared_later(figures[n + 2:], pair):
            total = pair[0].value + pair[1].value
            said = f"{pair[0].text} och {pair[1].text}"
            subject = f"bland dem som {_as_yours(pair[0].subject)}"
            figures[n:n + 2] = [replace(f, value=float(percent(f.value, total)), text=f"{percent(f.value, total)} %",
                                        unit="%", subject=subject, computed=said) for f in pair]
            n += 2
        else:
            n += 1


def _shared_later(later: list[Figure], pair: list[Figure]) -> bool:
    """Whether both groups of two counts get a share of their own later in the message ('412 kvinnor och 538 män
    hade försörjningsstöd … Bara 31 % av kvinnorna men 52 % av männen fick en arbetsmarknadsinsats'): the counts are
    then the groups' sizes, which the shares are of, and stay counts (review of session 34: the recipients' split
    had taken the plan's indicator from the insats shares, test_drafting_trial33)."""
    return all(any(f.is_share and f.group == p.group and f.subject != p.subject for f in later) for p in pair)


def _pair_year(sentence: str, m: re.Match[str], year: str | None) -> str | None:
    """The year of a pair of values: said right after it ('72 % mot 28 % år 2025'), else in the words since the
    clause began (`lexicon.FACT_YEAR_RE`), else `year`."""
    after = lex.PAIR_TIME_AFTER_RE.match(sentence[m.end():])
    head = re.split(r"[,;.!?]|\boch\b", sentence[:m.start()])[-1]
    said = after or lex.FACT_YEAR_RE.search(head)
    if said is None:
        return year
    return fact_year(said)


def _series(sentence: str, pos: int) -> tuple[list[tuple[str, str | None]], int]:
    """The values told one after another from `pos` ('71 % 2023 och 66 % 2024'), each with its year if said, and
    where they end."""
    values: list[tuple[str, str | None]] = []
    while (v := lex.SERIES_VALUE_RE.match(sentence, pos)) is not None and (
            values or v.group(0).lstrip()[:1] not in (",", "o", "s")):  # the first value needs no joiner before it
        values.append((v.group("v"), v.group("y")))
        pos = v.end()
    return values, pos


def _read_share_series(facts: UserFacts, sentence: str, m: re.Match[str], year: str | None) -> int:
    """'andelen pojkar med minst E i engelska i åk 9 var 71 % 2023 och 66 % 2024, flickorna 84 % båda åren'
    (`lexicon.SHARE_OF_GROUP_RE`): a share of the group per year, and the other group's after a comma, its one value
    standing for every year named when it says so ('båda åren'); returns where the series ends, 0 when none is read.

    >>> facts = UserFacts()
    >>> said = "andelen pojkar med minst E i engelska i åk 9 var 71 % 2023 och 66 % 2024, flickorna 84 % båda åren"
    >>> _read_share_series(facts, said, lex.SHARE_OF_GROUP_RE.search(said), None) == len(said)
    True
    >>> [(f.group, f.text, f.subject, f.year) for f in facts.figures]  # doctest: +NORMALIZE_WHITESPACE
    [('pojkar', '71 %', 'har minst E i engelska', '2023'), ('pojkar', '66 %', 'har minst E i engelska', '2024'),
     ('flickor', '84 %', 'har minst E i engelska', '2023'), ('flickor', '84 %', 'har minst E i engelska', '2024')]
    """
    group = lex.GROUP_WORDS.get(m.group("g").lower())
    values, pos = _series(sentence, m.end())
    if group not in lex.GENDER_GROUPS or not values:
        return 0
    measure = " ".join(lex.GRADE_RE.sub(" ", re.sub(r"\b(?:i|för)\s+(?=(?:åk|årskurs)\b)", " ", m.group("measure"),
                                                    flags=re.I)).split())
    first, _, rest = measure.partition(" ")
    if first.lower() == "med":  # 'andelen pojkar med minst E': those who have it
        measure = f"har {rest}"
    elif first.lower() == "som":
        measure = rest
    elif not is_finite_verb(first):  # 'andelen flickor behöriga till gymnasiet'
        measure = f"är {measure}"
    if not measure.strip():
        return 0
    quote = around(sentence, m.start() - 20, pos + 40)
    years = [y for _, y in values if y]
    found = [(str(group), v, y or year) for v, y in values]
    other = lex.SERIES_OTHER_RE.match(sentence, pos)
    second = lex.GROUP_WORDS.get(other.group("g").lower()) if other else None
    if other is not None and second in lex.GENDER_GROUPS and second != group:
        told, end = _series(sentence, other.end())
        every = lex.SERIES_ALL_RE.match(sentence, end)
        if len(told) == 1 and not told[0][1] and every and len(years) > 1:  # 'flickorna 84 % båda åren'
            found += [(str(second), told[0][0], y) for y in years]
            end = every.end()
        else:
            found += [(str(second), v, y or (years[-1] if years else year)) for v, y in told]
        pos = end if told else pos
    for g, value, when in found:
        facts.figures.append(Figure(as_number(value), f"{value} %", "%", g, measure, when, quote, "", facts.grades,
                                    user_source(sentence)))
    return pos


def _pairs_of_places(facts: UserFacts, sentence: str, year: str | None, before: int) -> None:
    """Two values alone told for another place after a share of a group among people ('68 procent av besökarna på
    fritidsgårdarna pojkar, på Räven 60 % mot 40 % och på Lyan 75 % mot 25 %'; `lexicon.PAIR_VALUES_RE`): the first
    is that group's share among the same people at the place the clause names, the second the other group's; the
    share reader's groupless figures of them are replaced (own probe, session 33: 'Alla: 60 % mot').

    >>> from assistant.generation.facts import extract_facts
    >>> said = "2024 var 68 procent av besökarna på fritidsgårdarna pojkar, på Räven 60 % mot 40 %."
    >>> [(f.group, f.text, f.subject) for f in extract_facts([said]).figures if "Räven" in f.subject]
    [('pojkar', '60 %', 'bland besökarna på Räven'), ('flickor', '40 %', 'bland besökarna på Räven')]
    """
    for m in lex.PAIR_VALUES_RE.finditer(sentence):
        earlier = [f for f in facts.figures if f.is_share and f.group in lex.GENDER_GROUPS and
                   f.subject.startswith("bland ") and not f.computed]
        if not earlier:
            continue
        # the group named first in the sentence's shares leads each pair after it ('… pojkar, på Räven 60 % mot 40 %')
        first = next((f for f in facts.figures[before:] if any(f is e for e in earlier)), earlier[-1])
        second = next(g for g in lex.GENDER_GROUPS if g != first.group)
        texts = {f"{m.group('v1')} %", f"{m.group('v2')} %"}
        stray = [f for f in facts.figures[before:] if f.text in texts and f.group not in lex.GENDER_GROUPS]
        if not stray:
            continue
        facts.figures[:] = [f for f in facts.figures if not any(f is x for x in stray)]
        head = re.split(r"[,;.!?]|\boch\b", sentence[:m.start()])[-1]
        place = lex.PLACE_AFTER_PREPOSITION_RE.search(head)
        people = first.subject.split()[1]
        subject = f"bland {people} {place.group(0)[:1].lower()}{place.group(0)[1:]}" if place else first.subject
        when = _pair_year(sentence, m, year)
        quote = around(sentence, m.start() - 30, m.end() + 10)
        for group, value in ((first.group, m.group("v1")), (second, m.group("v2"))):
            facts.figures.append(Figure(as_number(value), f"{value} %", "%", group, subject, when, quote, "",
                                        facts.grades, user_source(sentence)))
            if group not in facts.groups:
                facts.groups.append(group)


def _read_group_first_pairs(facts: UserFacts, sentence: str, year: str | None) -> str:
    """Pairs told group first: under a label ('Ogiltig frånvaro ht 2025: pojkar 7 %, flickor 4 %';
    `lexicon.GROUP_FIRST_PAIR_RE`), each group's rate of the label's measure; or as a slash pair ('fördelningen
    pojkar/flickor 60 % mot 40 % år 2023 och 72 % mot 28 % år 2025'; `SLASH_PAIR_RE`, then `SPLIT_VERSUS_RE`), each
    group's share among the unit's people (`SPLIT_PEOPLE`) at the place named, a pair per year. Returns the sentence
    without them, which the share reader would read as figures of 'mot' or of no measure (own probes, session 33).

    >>> facts = UserFacts()
    >>> rest = _read_group_first_pairs(facts, "Ogiltig frånvaro ht 2025: pojkar 7 %, flickor 4 %", None)
    >>> [(f.group, f.text, f.subject, f.year, f.rate) for f in facts.figures]
    [('pojkar', '7 %', 'ogiltig frånvaro', '2025', True), ('flickor', '4 %', 'ogiltig frånvaro', '2025', True)]
    >>> facts = UserFacts(org_kind="fritid")
    >>> rest = _read_group_first_pairs(facts, "På fritidsgården Räven var fördelningen pojkar/flickor 60 % mot 40 % "
    ...                                "år 2023 och 72 % mot 28 % år 2025", None)
    >>> [(f.group, f.text, f.subject, f.year) for f in facts.figures]  # doctest: +NORMALIZE_WHITESPACE
    [('pojkar', '60 %', 'bland besökarna på fritidsgården Räven', '2023'),
     ('flickor', '40 %', 'bland besökarna på fritidsgården Räven', '2023'),
     ('pojkar', '72 %', 'bland besökarna på fritidsgården Räven', '2025'),
     ('flickor', '28 %', 'bland besökarna på fritidsgården Räven', '2025')]
    """
    spans: list[tuple[int, int]] = []
    for m in lex.SHARE_OF_GROUP_RE.finditer(sentence):
        end = _read_share_series(facts, sentence, m, year)
        if end:
            spans.append((m.start(), end))
    for m in lex.GROUP_FIRST_PAIR_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b in spans):
            continue
        groups = [lex.GROUP_WORDS.get(m.group(g).lower()) for g in ("g1", "g2")]
        if groups[0] not in lex.GENDER_GROUPS or groups[1] not in lex.GENDER_GROUPS or groups[0] == groups[1]:
            continue
        measure = _value_subject(re.split(r"[,;.!?]", sentence[:m.start()])[-1].rstrip(" :"))
        if not measure or lex.GROUP_WORDS.get(measure.split()[-1]):
            continue
        when = _pair_year(sentence, m, year)
        quote = around(sentence, m.start() - 60, m.end() + 20)
        for group, value in zip(groups, (m.group("v1"), m.group("v2")), strict=True):
            facts.figures.append(Figure(as_number(value), f"{value} %", "%", str(group), measure, when, quote, "",
                                        facts.grades, user_source(sentence), rate=True))
        spans.append(m.span())
    for m in lex.GROUP_SHARE_OF_WHOLE_RE.finditer(sentence):
        # 'var pojkarna 70 % av barnen i bygghörnan och flickorna 30 %': each group's share among those people
        groups = [lex.GROUP_WORDS.get((m.group(g) or "").lower()) for g in ("g1", "g2")]
        whole = lex.GROUP_WORDS.get(m.group("whole").split()[-1].lower())
        if not (m.group("cop1") or m.group("cop2")) or groups[0] not in lex.GENDER_GROUPS or whole in \
                lex.GENDER_GROUPS or (m.group("g2") and groups[1] not in (set(lex.GENDER_GROUPS) - {groups[0]})) or \
                any(a <= m.start("g1") < b for a, b in spans):
            continue
        subject = " ".join(f"bland {m.group('whole')}{m.group('rest')}".lower().split())
        when = _pair_year(sentence, m, year)
        quote = around(sentence, m.start() - 30, m.end() + 10)
        for group, value in zip(groups, (m.group("v1"), m.group("v2")), strict=True):
            if value:
                facts.figures.append(Figure(as_number(value), f"{value} %", "%", str(group), subject, when, quote, "",
                                            facts.grades, user_source(sentence)))
        spans.append((m.start("g1"), m.end()))
    for m in lex.SHARE_AMONG_WHOLE_RE.finditer(sentence):
        group = lex.GROUP_WORDS.get(m.group("g").lower())
        whole = lex.GROUP_WORDS.get(m.group("whole").split()[-1].lower())
        if group not in lex.GENDER_GROUPS or whole in lex.GENDER_GROUPS or not (m.group("cop2") or (
                m.group("cop1") and m.group("whole").split()[0].lower() in ("de", "alla", "våra", "era"))):
            continue  # 'På fordonsprogrammet var 7 % av eleverna flickor': the share reader's, with its place
        if re.match(r"\s*(?:,|och|samt|medan|men)\s*(?:bara\s+|endast\s+)?\d", sentence[m.end():]):
            continue  # '… var 30 procent av deltagarna … flickor och 70 procent pojkar': the share reader's pair
        subject = _as_yours(" ".join(f"bland {m.group('whole')}{m.group('rest')}".lower().split()))
        quote = around(sentence, m.start() - 30, m.end() + 10)
        facts.figures.append(Figure(as_number(m.group("v")), f"{m.group('v')} %", "%", str(group), subject,
                                    _pair_year(sentence, m, year), quote, "", facts.grades, user_source(sentence)))
        if group not in facts.groups:
            facts.groups.append(str(group))
        spans.append((m.start("v"), m.end()))
    for m in lex.VERB_GROUP_PAIR_RE.finditer(sentence):
        groups = [lex.GROUP_WORDS.get(m.group(g).lower()) for g in ("g1", "g2")]
        verb = m.group("verb").lower()
        if groups[0] not in lex.GENDER_GROUPS or groups[1] not in lex.GENDER_GROUPS or groups[0] == groups[1] or \
                not is_finite_verb(verb) or verb in lex.COPULAS or any(a <= m.start() < b for a, b in spans):
            continue
        rest = without_time(lex.FACT_YEAR_RE.sub(" ", m.group("rest")))
        head = without_time(lex.FACT_YEAR_RE.sub(" ", re.split(r"[,;.!?]", sentence[:m.start()])[-1]))
        fronted = re.fullmatch(r"\s*((?i:till|i|på|vid|hos)\s+[a-zåäö-]+)\s*", head)
        if fronted and not rest.strip():  # 'Till läxhjälpen kom 70 % pojkar …': where they came, said first
            rest = fronted.group(1).lower()
        subject = " ".join(f"bland dem som {verb} {rest}".split())
        when = _pair_year(sentence, m, year)
        quote = around(sentence, m.start() - 40, m.end() + 20)
        for group, value in zip(groups, (m.group("v1"), m.group("v2")), strict=True):
            facts.figures.append(Figure(as_number(value), f"{value} %", "%", str(group), subject, when, quote, "",
                                        facts.grades, user_source(sentence)))
        spans.append((m.start("v1"), m.end()))
    for m in lex.SLASH_PAIR_RE.finditer(sentence):
        groups = [lex.GROUP_WORDS.get(m.group(g).lower()) for g in ("g1", "g2")]
        if groups[0] not in lex.GENDER_GROUPS or groups[1] not in lex.GENDER_GROUPS or groups[0] == groups[1]:
            continue
        head = re.split(r"[,;.!?]", sentence[:m.start()])[-1]
        place = lex.PLACE_AFTER_PREPOSITION_RE.search(head)
        named = place.group(0).split(maxsplit=1)[1] if place else ""
        people = lex.SPLIT_PEOPLE.get(place_kind(named) or facts.org_kind, "deltagarna")
        # the place the plan is of already is said by the draft ('… på Fritidsgården Räven'), so not twice
        own = bool(named) and named.lower() in {(x or "").lower() for x in (facts.school, facts.org)}
        subject = f"bland {people}" + (f" {place.group(0)[:1].lower()}{place.group(0)[1:]}" if place and not own
                                       else "")
        pairs = [m]
        for later in lex.PAIR_VALUES_RE.finditer(sentence, m.end()):
            between = sentence[pairs[-1].end():later.start()]
            if not re.fullmatch(r"\s*(?:(?:år|läsåret|hösten|våren|ht|vt)\s+)?(?:\d{2,4}(?:/\d\d)?)?\s*(?:,|och|"
                                r"medan|men|samt)?\s*(?:(?:år|läsåret|hösten|våren|ht|vt)\s*)?(?:\d{2,4}\s+)?"
                                r"(?:(?:var|är|blev)\s+(?:det\s+)?)?", between, re.I):
                break
            pairs.append(later)
        for pair in pairs:
            when = _pair_year(sentence, pair, year)
            quote = around(sentence, pair.start() - 60, pair.end() + 20)
            for group, value in zip(groups, (pair.group("v1"), pair.group("v2")), strict=True):
                facts.figures.append(Figure(as_number(value), f"{value} %", "%", str(group), subject, when, quote, "",
                                            facts.grades, user_source(sentence)))
            spans.append(pair.span())
    for group in (f.group for f in facts.figures if f.group in lex.GENDER_GROUPS):
        if spans and group not in facts.groups:
            facts.groups.append(group)
    for start, end in sorted(spans, reverse=True):
        sentence = f"{sentence[:start]} {sentence[end:]}"
    return sentence


def _shared_measure(facts: UserFacts, before: int) -> None:
    """The sentence's new figures with what they measure made whole: a measure left with the preposition of the year
    that was cut from it ('fick en arbetsmarknadsinsats under' from '… under 2025') loses it, and a group's share told
    before the other group's and their shared predicate ('Bara 31 % av kvinnorna men 52 % av männen fick en
    arbetsmarknadsinsats') is of the same measure (trial 33: the women's 31 % had none and was asked for again).

    >>> f = UserFacts()
    >>> _ = _read_figures(f, "Bara 31 % av kvinnorna men 52 % av männen fick en arbetsmarknadsinsats under 2025.")
    >>> [(x.group, x.text, x.subject) for x in f.figures]
    [('flickor', '31 %', 'fick en arbetsmarknadsinsats'), ('pojkar', '52 %', 'fick en arbetsmarknadsinsats')]
    """
    new = [replace(f, subject=lex.DANGLING_PREPOSITION_RE.sub("", f.subject)) if _year_cut_from(f) else f
           for f in facts.figures[before:]]
    # 'biståndstiden i snitt 13 månader för kvinnor och 9 månader för män': each figure read with only the 'för' of
    # its group as its measure; the measure is the noun phrase before the first of them (trial 33's own probes)
    bare = [n for n, f in enumerate(new) if f.subject.lower() in lex.BARE_MEASURE_WORDS and not f.is_share]
    if bare:
        first = new[bare[0]]
        head = re.split(r"[,;:.!?]", first.quote[:first.quote.find(first.text)])[-1]
        words = lex.FACT_YEAR_RE.sub(" ", head).split()
        while words and (is_finite_verb(words[0].lower()) or words[0].lower() in lex.SUBJECT_PRONOUNS):
            words.pop(0)
        measure = " ".join(words).lower()
        if re.search(r"[a-zåäö]{4,}", measure) and not any(ch.isdigit() for ch in measure):
            for n in bare:
                new[n] = replace(new[n], subject=measure, rate=True)
    for n, f in enumerate(new[:-1]):
        nxt = new[n + 1]
        if f.subject or not f.is_share or nxt.unit != f.unit or not nxt.subject or \
                {f.group, nxt.group} != set(lex.GENDER_GROUPS) or nxt.where not in lex.SHARED_MEASURE_JOINS:
            continue
        new[n] = replace(f, subject=nxt.subject, within=f.within or nxt.within)
    facts.figures[before:] = new


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

    >>> from assistant.generation.facts import extract_facts
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


def _year_cut_from(f: Figure) -> bool:
    """Whether the figure's measure ends in a preposition whose object was the year its sentence gives ('fick en
    arbetsmarknadsinsats under' of '… under 2025'); 'stod för' of 'stod för 70 procent' keeps its particle."""
    m = lex.DANGLING_PREPOSITION_RE.search(f.subject) if f.subject else None
    return m is not None and re.search(rf"{re.escape(f.subject)}\s+(?:19|20)\d\d\b", f.quote, re.I) is not None


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

    >>> from assistant.generation.facts import extract_facts
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

    >>> from assistant.generation.facts import extract_facts
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
        pre = re.findall(r"[\wåäö]+", head[:before.start()])  # type: ignore[union-attr]
        if not verb and pre and is_finite_verb(pre[-1].lower()) and pre[-1].lower() not in lex.AVERAGE_EMPTY_VERBS:
            verb = pre[-1].lower()  # '2024 lånade pojkar 7–12 år i snitt 6 böcker': the verb before the group
        rest = clause[:nxt.start()] if nxt else clause
        # ... up to another group's words when its value was not read ('och män över 80 år …')
        rest = re.split(rf"(?:,\s*|\s+)(?:och|men|medan)\s+(?:{lex.GENDER_PLURALS})\b", rest, flags=re.I)[0]
        qual = " ".join(lex.FACT_YEAR_RE.sub(" ", rest).split())
        said = [w for w in (verb, qual) if w]
        counted = f"{m.group('adj')} {noun}".lower() if m.group("adj") else noun
        subject = f"antal {counted} i snitt" + (f" ({', '.join(said)})" if said else "")
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


def _read_compared_pairs(facts: UserFacts, sentence: str, year: str | None) -> None:
    """A figure pair told as a comparison (`lexicon.COMPARED_PAIR_RE`): the first figure is the group's named before
    the pair (or after its figure), the second the group named after it, and what is measured the words the first
    group was said with, less fillers (`lexicon.COMPARED_PAIR_FILLER`); the figures read without these replaced.

    >>> from assistant.generation.facts import extract_facts
    >>> said = "Pojkarna har också mer frånvaro: 11 % mot 7 % för flickorna."
    >>> [(f.group, f.text, f.subject, f.rate) for f in extract_facts([said]).figures]
    [('pojkar', '11 %', 'frånvaro', True), ('flickor', '7 %', 'frånvaro', True)]
    """
    pairs = [*lex.COMPARED_PAIR_RE.finditer(sentence), *lex.FOR_GROUP_PAIR_RE.finditer(sentence),
             *lex.COMPARED_AMOUNT_PAIR_RE.finditer(sentence)]
    for m in pairs:
        unit = (m.groupdict().get("unit") or "%").lower()
        noun = (m.groupdict().get("noun") or "").lower()
        if lex.GROUP_WORDS.get(noun):
            continue  # '14 månader pojkar mot …': not a measure's noun
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
        while rest and rest[-1].lower() in ("på", "till"):  # 'Frånvaron låg på 12 % bland pojkarna, …'
            rest.pop()
        if noun:  # 'männen hade i genomsnitt 14 månader bidragstid mot …': 'bidragstid i genomsnitt'
            # ... after its verb ('fick i genomsnitt 6 veckor praktik': 'fick praktik i genomsnitt')
            rest = rest[:1] + [noun] + rest[1:] if rest and is_finite_verb(rest[0].lower()) else [noun] + rest
        elif unit != "%" and not any(is_finite_verb(w.lower()) for w in rest):
            rest = [unit] + rest  # 'hade i snitt 11 sjukdagar mot 6 sjukdagar …': 'sjukdagar i snitt'
        if m.groupdict().get("per"):  # '31 timmar i månaden mot 22 timmar …': 'timmar i snitt i månaden'
            rest = rest + m.group("per").lower().split()
        if not any(w.lower() not in ("i", "snitt", "genomsnitt") for w in rest):
            continue
        if not rest:
            continue
        # 'frånvaro', an amount of time or money: the group's rate
        # ... also a noun with its article and adjective ('Den korta sjukfrånvaron var 4,2 % för kvinnor', session 35)
        rate = unit != "%" or (len(rest) == 1 and not is_finite_verb(rest[0].lower())) or (
            len(rest) <= 3 and rest[0].lower() in ("den", "det") and not any(is_finite_verb(w.lower()) for w in rest))
        subject = " ".join(rest).lower()
        texts = {f"{m.group('v1')} {unit}", f"{m.group('v2')} {unit}"}
        facts.figures[:] = [f for f in facts.figures if not (f.text in texts and f.quote and f.quote in sentence)]
        quote = around(sentence, m.start() - len(head), m.end())
        for g, v in ((first, m.group("v1")), (second, m.group("v2"))):
            facts.figures.append(Figure(as_number(v), f"{v} {unit}", unit, g, subject, year, quote, "",
                                        facts.grades, user_source(sentence), rate=rate))
        for g in (first, second):
            if g not in facts.groups:
                facts.groups.append(g)


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
        unit = figure.unit.lower()
        return (figure.value, figure.text) if lex.GROUP_WORDS.get(unit, unit) == group and figure.group == group \
            else None
    part = re.match(r"(\d+) ([\wåäö]+) av ", figure.computed)
    if part and lex.GROUP_WORDS.get(part.group(2).lower(), part.group(2).lower()) == group and figure.group == group:
        return as_number(part.group(1)), f"{part.group(1)} {part.group(2)}"
    # ... a count told of the whole ('Av 180 deltagare … var 112 kvinnor' -> '112 av 180 deltagare'): the group's
    # size, and the other gender's the rest of the whole (68; drafts38: '61 av kvinnorna och 55 av männen klarade
    # kursen' stayed two counts, never the shares 54 % and 81 %)
    whole = re.match(r"(\d+) av (\d+) ([\wåäö]+)$", figure.computed)
    if whole and figure.is_share and figure.subject.startswith("bland ") and figure.group in lex.GENDER_GROUPS and \
            group in lex.GENDER_GROUPS:
        own, total = int(whole.group(1)), int(whole.group(2))
        size = own if figure.group == group else total - own
        return (float(size), str(size)) if size > 0 else None
    # ... or of the two counts it was worked out from ('12 pojkar och 18 flickor', `_shares_of_two_counts`)
    for count in re.finditer(r"(\d+) ([\wåäö]+)", figure.computed) if " och " in figure.computed else ():
        if count.group(2).lower() == group and figure.group == group:
            return as_number(count.group(1)), count.group(0)
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
    # 'Meritvärdet i åk 9 var i snitt 201 …': the average is how the value is given, not its noun (drafts38:
    # 'meritvärdet var snitt')
    clause = re.sub(r"\b(?:i\s+)?(?:snitt|genomsnitt|medeltal)\b", " ", clause, flags=re.I)
    words = [w for w in clause.split() if w.lower() not in ("i", "på", "för", "bland", "hos", "och")]
    def verb(w: str) -> bool:
        return is_finite_verb(w) or w.lower() in lex.VALUE_LEAD_VERBS

    while words and (verb(words[0]) or words[0].lower() in lex.SUBJECT_PRONOUNS):
        words.pop(0)
    while words and (verb(words[-1]) or words[-1].lower() in ("på", "det")):
        words.pop()
    return " ".join(words).lower() if words and not any(ch.isdigit() for w in words for ch in w) else ""


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
