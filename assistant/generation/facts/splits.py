"""Splits of something else between the genders ('pedagogerna ägnade 64 % av sin tid … åt pojkarna och 36 % åt
flickorna', '… 58 % mot 42 %', 'fördelningen 61 % pojkar och 39 % flickor'): one figure per group of that measure,
each with its own clause's year and place."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import lexicon as lex
from assistant.generation.facts.model import Figure, UserFacts
from assistant.generation.facts.words import around, fact_year, user_source
from assistant.numbers import as_number

# What a group did with its share of a resource it was given: the indicator reads 'andel av <resource> som pojkar och
# flickor fick'.
_GOT = "fick"


def clause_year(sentence: str, start: int, end: int, year: str | None) -> str | None:
    """The year of the clause a figure at `start`–`end` stands in (between the commas or semicolons around it), else
    the sentence's `year`: '… åt flickorna våren 2024, och våren 2025 var det 58 % mot 42 %' gives the second pair
    2025 (trial 30: both pairs were 2024).

    >>> s = "Det var 64 % våren 2024, och våren 2025 var det 58 %."
    >>> clause_year(s, s.index("58"), s.index("58") + 4, "2024")
    '2025'
    >>> clause_year(s, s.index("64"), s.index("64") + 4, "2024")
    '2024'
    """
    head = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    tail = re.search(r"[,;]", sentence[end:])
    clause = sentence[head:end + tail.start() if tail else len(sentence)]
    found = lex.FACT_YEAR_RE.search(clause)
    if found is None:
        return year
    return fact_year(found)


def _place(sentence: str, start: int) -> str:
    """The place the clause before `start` names ('På Kastanjen var …' -> 'på kastanjen'), '' for none."""
    head = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    found = re.search(r"\b(?i:på|i|vid|inom)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,2}", sentence[head:start])
    return found.group(0)[:1].lower() + found.group(0)[1:] if found else ""


def _giver_genitive(doer: str) -> str:
    """'pedagogerna' -> 'pedagogernas'; a word already in -s stays."""
    return doer if doer.lower().endswith("s") else f"{doer}s"


def read_splits(facts: UserFacts, sentence: str, year: str | None) -> str:
    """The splits of `sentence` into `facts`; returns the sentence without them, which the other figure readers
    would read as shares of the groups ('Alla: 64 % tid i den fria leken åt pojkarna').

    >>> facts = UserFacts()
    >>> rest = read_splits(facts, "På Lindängen ägnade pedagogerna 64 % av sin tid i den fria leken åt pojkarna och "
    ...                    "36 % åt flickorna våren 2024, och våren 2025 var det 58 % mot 42 %.", "2024")
    >>> [(f.group, f.text, f.part, f.year) for f in facts.figures]  # doctest: +NORMALIZE_WHITESPACE
    [('pojkar', '64 %', 'pedagogernas tid i den fria leken', '2024'),
     ('flickor', '36 %', 'pedagogernas tid i den fria leken', '2024'),
     ('pojkar', '58 %', 'pedagogernas tid i den fria leken', '2025'),
     ('flickor', '42 %', 'pedagogernas tid i den fria leken', '2025')]
    >>> read_splits(facts, "På Kastanjen var fördelningen 61 % pojkar och 39 % flickor våren 2025.", None) and \\
    ...     [(f.group, f.text, f.where, f.year) for f in facts.figures[4:]]
    [('pojkar', '61 %', 'på Kastanjen', '2025'), ('flickor', '39 %', 'på Kastanjen', '2025')]
    """
    spans: list[tuple[int, int, str]] = []  # (start, end, what stays of it)
    for m in lex.RESOURCE_SPLIT_RE.finditer(sentence):
        g1, g2 = lex.GROUP_WORDS.get(m.group("g1").lower()), lex.GROUP_WORDS.get(m.group("g2").lower())
        if g1 not in lex.GENDER_GROUPS or g2 not in lex.GENDER_GROUPS or g1 == g2:
            continue
        doer = m.group("doer") or ""
        if not doer or lex.GROUP_WORDS.get(doer.lower()) in lex.GENDER_GROUPS:
            before = re.search(r"([a-zåäö]+)\s+$", sentence[:m.start()], re.I)
            doer = before.group(1) if before and before.group(1).lower() not in (*lex.CONJUNCTIONS, "som", "att") \
                else ""
        resource = " ".join(m.group("res").split())
        if possessive := lex.SPLIT_POSSESSIVE_RE.match(resource):
            rest = resource[possessive.end():]
            resource = f"{_giver_genitive(doer.lower())} {rest}" if doer and doer.lower() not in ("vi", "man") \
                else rest
        resource = re.sub(r"\b(vår|vårt|våra)\b", lambda w: {"vår": "er", "vårt": "ert", "våra": "era"}[w.group(1)],
                          resource)
        when = clause_year(sentence, m.start(), m.end(), year)
        where = _place(sentence, m.start())
        for value, group in ((m.group("v1"), g1), (m.group("v2"), g2)):
            facts.figures.append(Figure(as_number(value), f"{value} %", "%", group, _GOT, when,
                                        around(sentence, m.start() - 40, m.end() + 40), where, facts.grades,
                                        user_source(sentence), part=resource))
        spans.append((m.start(), m.end(), m.group("verb")))
    for pattern in (lex.SPLIT_NOUN_RE, lex.SPLIT_VERSUS_RE):
        for m in pattern.finditer(sentence):
            if any(a <= m.start() < b for a, b, _ in spans):
                continue
            pair = _last_split(facts)
            if pair is None:
                continue
            groups = [lex.GROUP_WORDS.get(m.group(g).lower()) for g in ("g1", "g2")] if "g1" in m.groupdict() \
                else [pair[0].group, pair[1].group]
            if sorted(groups) != sorted([pair[0].group, pair[1].group]):  # type: ignore[type-var]
                continue
            when = clause_year(sentence, m.start(), m.end(), year)
            where = _place(sentence, m.start()) or pair[0].where
            by_group = {f.group: f for f in pair}
            for value, group in ((m.group("v1"), groups[0]), (m.group("v2"), groups[1])):
                assert group is not None
                facts.figures.append(replace(by_group[group], value=as_number(value), text=f"{value} %", year=when,
                                             where=where, quote=around(sentence, m.start() - 60, m.end() + 40),
                                             source=user_source(sentence)))
            spans.append((m.start(), m.end(), ""))
    for start, end, kept in sorted(spans, reverse=True):
        sentence = f"{sentence[:start]}{kept}{sentence[end:]}"
    return sentence


def _last_split(facts: UserFacts) -> tuple[Figure, Figure] | None:
    """The last split read of a resource (its two groups' figures), else None: a split told again with its noun or
    its values alone is of that resource."""
    figures = [f for f in facts.figures if f.part and f.group in lex.GENDER_GROUPS]
    if len(figures) < 2 or figures[-1].group == figures[-2].group or figures[-1].part != figures[-2].part:
        return None
    return figures[-2], figures[-1]
