"""Figures with units and shares ('38 % av pojkarna'): what each share is of, and of which group."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import lexicon as lex
from assistant.generation.facts.model import Figure, UserFacts
from assistant.generation.facts.words import (
    _content_words,
    around,
    genitive_group,
    is_finite_verb,
    main_order,
    user_source,
    without_time,
)
from assistant.index.lexical import fold
from assistant.numbers import as_number


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
            subject = _before_next_clause(subject)
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
        elif len(lead) > 1 and lead[-1].lower() in lex.REFLEXIVES and is_finite_verb(lead[-2]):
            # a reflexive verb ('oroar sig 44 % av flickorna medan 19 % av pojkarna … för skolarbetet'; own probe,
            # trial 34's brief): the verb with its pronoun
            verb = f"{lead[-2]} {lead[-1]}"
            del lead[-2:]
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
        told_share = None if group or i != first else (
            lex.SHARE_NAMED_GROUP_RE.search(before) or lex.AMONG_GROUP_SHARE_RE.search(before))
        if told_share is not None and lex.GROUP_WORDS.get(told_share.group("g").lower()) in lex.GENDER_GROUPS:
            # 'Bland besökare 13–15 år var andelen flickor bara 19 %', 'Bland de utrikes födda kvinnorna var andelen
            # med plan bara 18 %': the share is the group's, among the people named before it (trial 37 P1 read
            # 'Alla: 19 %', and a later 'byt målgrupp till 13–15 år' found no baseline)
            group, verb, lead = lex.GROUP_WORDS[told_share.group("g").lower()], "", []
            subject, within = _told_share_parts(told_share, before[:told_share.start()], subject)
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
        holder = doer is not None and doer == len(lead) - 1 and (
            verb.lower() in lex.AVERAGE_EMPTY_VERBS or bool(doer and lead[doer - 1].lower() in lex.AVERAGE_EMPTY_VERBS))
        if not group and not of and holder and subject.strip() and _measure_noun(subject.split()[0]) and \
                _is_share_unit(unit):
            # 'På Handelsprogrammet hade pojkarna 30 procent frånvaro', 'Pojkarna hade 30 procent frånvaro': the group
            # is the clause's subject, what it had is what is measured (session 29 left 'Alla: 30 % frånvaro')
            assert doer is not None
            group, verb, rate = lex.GROUP_WORDS[lead[doer].lower()], "", True
            lead = lead[:doer - (1 if doer and lead[doer - 1].lower() in lex.AVERAGE_EMPTY_VERBS else 0)]
        elif not group and not of and doer == 0 and len(lead) == 1 and i > 0 and not subject.strip() and \
                facts.figures and facts.figures[-1].group in lex.GENDER_GROUPS and \
                facts.figures[-1].group != lex.GROUP_WORDS[lead[0].lower()] and facts.figures[-1].subject:
            # '…, flickorna 12 %': the other group's figure of the same measure, the group named next to it (session
            # 29 left 'Alla: 12 %')
            previous = facts.figures[-1]
            group, subject, verb, rate, aside = lex.GROUP_WORDS[lead[0].lower()], previous.subject, "", \
                previous.rate, previous.aside
            lead = []
        elif not group and not of and doer == 0 and len(lead) == 1 and not subject.strip() and not verb.strip() \
                and unit not in lex.TIME_UNITS_OF:
            # '(utgångsläge 2025: pojkar 58 %, flickor 42 %)': the group named next to the figure is its group
            group, lead = lex.GROUP_WORDS[lead[0].lower()], []
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
            if re.fullmatch(r"som \S+", within):  # 'fick 31 % av kvinnorna som ansökte avslag': 'ansökte och fick …'
                subject, within = f"{within[4:]} och {subject}", ""
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
            share = _share_of_count(figure, whole)
            if share is not None and not whole.group and not whole.is_share:
                # the count the share is of is who they are, beside the problem: no measure to split by gender
                # (session 35: '48 besökare per kväll, varav 11 tjejer' asked 'andel pojkar som per kväll')
                facts.figures[-1] = replace(whole, aside=True)
            figure = share or figure
        facts.figures.append(figure)


def _told_share_parts(told: re.Match[str], opening: str, after: str) -> tuple[str, str]:
    """What a share told as 'andelen <grupp> …' (`lexicon.SHARE_NAMED_GROUP_RE`, `AMONG_GROUP_SHARE_RE`) measures and
    which of the group it is of: 'som tog ordet' -> 'tog ordet', 'med plan' -> 'har plan', 'bland de antagna' stays;
    with no words of its own, among the people named before it ('Bland besökare 13–15 år var andelen flickor …' ->
    'bland besökare 13–15 år'); the words said after the figure (`after`) when they name more than a time.

    >>> import re as _re
    >>> said = "Bland de yngsta barnen, 1–3 år, var andelen flickor som tog ordet bara "
    >>> m = lex.SHARE_NAMED_GROUP_RE.search(said)
    >>> _told_share_parts(m, said[:m.start()], "")
    ('tog ordet bland de yngsta barnen, 1–3 år', '')
    >>> said = "Bland besökare 13–15 år var andelen flickor bara "
    >>> m = lex.SHARE_NAMED_GROUP_RE.search(said)
    >>> _told_share_parts(m, said[:m.start()], "år")
    ('bland besökare 13–15 år', '')
    >>> said = "Bland de utrikes födda kvinnorna var andelen med plan bara "
    >>> m = lex.AMONG_GROUP_SHARE_RE.search(said)
    >>> _told_share_parts(m, said[:m.start()], "")
    ('har plan', 'som är utrikes födda')
    """
    rest = " ".join(told.group("rest").split())
    first, _, words = rest.partition(" ")
    if first.lower() == "som":
        measure = words
    elif first.lower() == "med":
        measure = f"har {words}"
    elif first.lower() in ("bland", "av"):
        measure = f"bland {words}"
    elif rest and not is_finite_verb(first):
        measure = f"är {rest}"
    else:
        measure = rest
    groups = told.groupdict()
    if "which" in groups:
        which = " ".join(told.group("which").split())
        band = " ".join((told.group("band") or "").split())
        within = " ".join(x for x in (f"som är {which}" if which else "", band) if x)
        return (measure or after), within
    among = re.search(r"\bbland\s+(?P<people>[^.;:!?]*?)[\s,]*(?:\b(?:var|är|blev)\s*)?$", opening, re.I)
    people = " ".join(among.group("people").split()).strip(" ,") if among else ""
    if not measure and people:
        return f"bland {people}", ""
    if measure and not measure.startswith("bland ") and people:
        # ... said after what they did, not as which of the group: a part of the group named so would stand for the
        # whole plan's (`UserFacts.qualifier`: 'Gäller: pojkar och flickor bland de yngsta barnen' of one figure)
        return f"{measure} bland {people}", ""
    return measure or (after if re.search(r"[a-zåäö]{3,}", after.replace("år", "")) else ""), ""


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

    >>> from assistant.generation.facts import extract_facts
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
    amount = lex.RESOURCE_AMOUNT_BEFORE_RE.search(sentence[:m.start()]) if not m.group(3) else None
    genitive = lex.RESOURCE_GENITIVE_TO_RE.match(after) if amount else None
    if amount and genitive and genitive_group(genitive.group("g")) in lex.GENDER_GROUPS:
        # '… kr i lokalt aktivitetsstöd, varav 38 % gick till flickors aktiviteter'
        verb = genitive.group("verb").lower()
        subject = f"andel av {amount.group('res').lower()} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till " \
                  f"{genitive.group('to').lower()}"
        return Figure(as_number(m.group(1)), f"{m.group(1)} %", "%", genitive_group(genitive.group("g")), subject,
                      year, around(sentence, m.start() - 40, m.end() + 80), grades=facts.grades,
                      source=user_source(sentence), rate=True)
    found = lex.RESOURCE_SHARE_RE.match(after) if m.group(3) else None
    before = re.search(rf"\b({'|'.join(lex.RESOURCE_VERB_PRESENT)})\s+(?:\w+\s+)?$", sentence[:m.start()], re.I)
    majority = lex.RESOURCE_MAJORITY_RE.match(after) if m.group(3) and (
        found is None or lex.GROUP_WORDS.get(found.group("group").lower()) is None) else None
    if majority is not None and (majority.group("verb") or before):  # '… till föreningar där majoriteten … är pojkar'
        found = majority
    resource = (m.group(3) or "").lower()
    if found is None and before and m.group(3):  # '2024 fördelades 70 % av halltiderna till lag med pojkar'
        found = lex.RESOURCE_NEXT_RE.match(after)
        # ... the resource told with where it is ('68 procent av tiden i idrottshallarna till pojklag'; session 34
        # read 'bland tiden i idrottshallarna till')
        place = lex.RESOURCE_PLACE_RE.match(after) if found is None else None
        if place is not None and (found := lex.RESOURCE_NEXT_RE.match(after[place.end():])) is not None:
            resource, after = f"{resource} {place.group(1).lower()}", after[place.end():]
    ahead = lex.RESOURCE_BEFORE_RE.search(sentence[:m.start()]) if not m.group(3) else None
    if found is not None and m.group(3) and lex.GROUP_WORDS.get(m.group(3).lower()) is None:
        verb = (found.groupdict().get("verb") or before.group(1)).lower()  # type: ignore[union-attr]
        to = (found.group("to") or "").strip()
        compound = lex.GENDER_COMPOUND_RE.match(found.group("group")) if not to else None
        if compound is not None:  # '… till pojklag': the recipients are the compound's head ('lag')
            to = compound.group(2).lower()
        subject = f"andel av {resource} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till {to}".strip()
    elif ahead is not None and (found := lex.RESOURCE_MAJORITY_RE.match(after)) is not None:
        # 'av aktivitetsbidraget 2024 gick 71 procent till föreningar där majoriteten av medlemmarna är pojkar': the
        # resource named before the share, its recipients told by who makes up most of them (session 35)
        verb = ahead.group("verb").lower()
        res = " ".join(w for w in ahead.group("res").lower().split() if not w.isdigit())  # its year is the figure's
        subject = f"andel av {res} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till {found.group('to').strip()}"
    elif ahead is not None and (found := lex.RESOURCE_NEXT_RE.match(after)) is not None and found.group("to"):
        # 'Av föreningsbidraget gick 39 procent till aktiviteter för flickor': the resource named before the share
        verb = ahead.group("verb").lower()
        subject = f"andel av {ahead.group('res').lower()} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till " \
                  f"{found.group('to').strip()}"
    elif ahead is not None and (found := lex.RESOURCE_NEXT_RE.match(after)) is not None and \
            (compound := lex.GENDER_COMPOUND_RE.match(found.group("group"))):
        # 'Av bokad halltid gick 70 procent till pojklag': the recipients are the compound's head ('lag')
        verb = ahead.group("verb").lower()
        subject = f"andel av {ahead.group('res').lower()} som {lex.RESOURCE_VERB_PRESENT.get(verb, verb)} till " \
                  f"{compound.group(2).lower()}"
    elif joined and not m.group(3) and facts.figures and facts.figures[-1].subject.startswith("andel av ") and \
            facts.figures[-1].rate:
        found = lex.RESOURCE_NEXT_RE.match(after)
        subject = facts.figures[-1].subject
    else:
        return None
    group = lex.GROUP_WORDS.get(found.group("group").lower()) if found else None
    if found is None or group not in lex.GENDER_GROUPS:
        return None
    end = m.end() + (len(sentence) - m.end() - len(after)) + found.end()
    said = lex.FACT_YEAR_RE.search(sentence[end:end + 12])
    return Figure(as_number(m.group(1)), f"{m.group(1)} %", "%", group, " ".join(subject.split()),
                  said.group(0) if said else year, around(sentence, m.start() - 40, m.end() + 80),
                  grades=facts.grades, source=user_source(sentence), rate=True)


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
    >>> group_qualifier("som ansökte avslag mot", True)
    ('som ansökte', 'avslag mot')
    >>> group_qualifier("i matematik", False) is None, group_qualifier("saknar godkänt", False)
    (True, None)
    >>> group_qualifier("i vård och omsorg arbetar deltid", False)
    ('i vård och omsorg', 'arbetar deltid')
    >>> group_qualifier("i kommunen och männen arbetar deltid", False) is None
    True
    """
    words = after.split()
    if len(words) < 3:
        return None
    opener = words[0].lower()
    if inverted and opener == "som" and is_finite_verb(words[1]):
        # 'fick 31 % av kvinnorna som ansökte avslag mot 19 % …': one word before the comparison (or the end) is the
        # object of the verb before the figure, the relative clause says which of them (own probe, session 33 read
        # 'ansökte avslag' as what was measured)
        rest = words[2:]
        cut = next((k for k, w in enumerate(rest) if w.lower() in lex.PAIR_COMPARISON_WORDS), len(rest))
        if cut == 1:
            return " ".join(words[:2]), " ".join(rest)
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
        if _coordinated_noun(words, k):
            continue  # 'i vård och omsorg arbetar deltid': 'och' joins the phrase's nouns, the verb ends it
        if word in lex.CONJUNCTIONS or not re.fullmatch(r"[\wåäö–-]+", word):
            return None  # 'och', a figure or a sign: no phrase about the group that ends here
    return None


def _before_next_clause(subject: str) -> str:
    """What a figure measures up to the 'och/samt/men' that opens the next figure's clause ('saknar godkänt och' before
    '22 % av flickorna'), keeping an 'och' that joins two nouns before the measure's own verb ('i vård och omsorg
    arbetar deltid mot' before '12 % av männen'; session 34 cut it to 'i vård').

    >>> _before_next_clause(" saknar godkänt och "), _before_next_clause(" i vård och omsorg arbetar deltid mot ")
    (' saknar godkänt', ' i vård och omsorg arbetar deltid mot ')
    """
    words = subject.split()
    for k, word in enumerate(words):
        if word.lower() in ("och", "samt", "men") and not _coordinated_noun(words, k):
            return " " + " ".join(words[:k]) if k else ""
    return subject


def _coordinated_noun(words: list[str], k: int) -> bool:
    """Whether words[k] is an 'och'/'samt' that joins two nouns of one phrase ('vård och omsorg', 'handel och
    administration'; session 34 cut '41 % av kvinnorna i vård och omsorg arbetar deltid' at 'och'): a noun after it,
    no verb, group, pronoun or figure, and a finite verb later in the words that ends the phrase."""
    if words[k].lower() not in ("och", "samt") or k + 1 >= len(words) or not k:
        return False
    nxt, prev = words[k + 1], words[k - 1]
    # ... not a group before it nor a preposition after it ('9 procent flickor och på barn- och
    # fritidsprogrammet var 71 procent': the next figure's own clause)
    if lex.GROUP_WORDS.get(prev.lower()) or nxt.lower() in lex.PREPOSITIONS:
        return False
    return nxt.isalpha() and not is_finite_verb(nxt) and nxt.lower() not in lex.GROUP_WORDS and \
        nxt.lower() not in (*lex.SUBJECT_PRONOUNS, *lex.SUBJECT_DETERMINERS, *lex.CONJUNCTIONS) and \
        any(is_finite_verb(w) for w in words[k + 2:])


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
        if share is not None and (m.groupdict().get("adj") or "").lower() in lex.ENROLLED_ADJECTIVES:
            share = replace(share, aside=True)  # 'Av 96 inskrivna barn är 47 flickor': who the place's children are
        lead = lex.COUNT_PLACE_BEFORE_RE.search(sentence[:m.start()]) if not where else None
        if share is not None and lead is not None and not lex.TIME_ADVERBIAL_RE.search(lead.group("where")) \
                and not lex.FACT_YEAR_RE.search(lead.group("where")):
            # 'På trumkurserna är 9 av 10 elever pojkar': a share of the pupils there, not of all the pupils
            share = replace(share, subject=f"{share.subject} {lead.group('where').lower()}")
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
    # the other group's count after a colon's first ('5 av 7 kvinnor mot 1 av 8 män')
    second: list[tuple[tuple[int, int], Figure]] | None = None
    pairs = [p for p in lex.GROUP_PART_OF_COUNT_PAIR_RE.finditer(sentence)
             if is_finite_verb(p.group("verb")) and p.group("verb").lower() not in lex.COPULAS]
    for p in pairs:  # 'deltog 9 av 12 pojkar men bara 3 av 10 flickor i fritidsaktiviteter': both did what follows
        done = without_time(lex.FACT_YEAR_RE.sub(" ", f"{p.group('verb')} {p.group('rest')}")).lower()
        within = _place_phrase(sentence[:p.start()].split())
        for k in ("1", "2"):
            part, whole = int(p.group(f"part{k}")), int(p.group(f"whole{k}"))
            if not 0 < part <= whole or not _content_words(done):
                continue
            share = percent(part, whole)
            span = (p.start(), p.end("group1")) if k == "1" else (p.start("part2"), p.end())
            out.append((span, Figure(
                float(share), f"{share} %", "%", lex.GROUP_WORDS.get(p.group(f"group{k}").lower(), ""),
                " ".join(done.split()), year, around(sentence, p.start() - 40, p.end() + 40), "", facts.grades,
                user_source(sentence), f"{part} av {whole} {p.group(f'group{k}').lower()}", within=within)))
    for m in lex.GROUP_PART_OF_COUNT_RE.finditer(sentence):
        if any(p.start() <= m.start("part") < p.end() for p in pairs):
            continue
        part, whole = int(m.group("part")), int(m.group("whole"))
        verb, after, rest = m.group("verb") or "", m.group("after") or "", m.group("rest")
        if verb and is_finite_verb(verb) and verb.lower() not in lex.COPULAS:
            done, start = f"{verb} {after}{rest}", m.start()
        elif after and is_finite_verb(after) and after.lower() not in lex.COPULAS:
            done, start = f"{after}{rest}", m.start("part")
        elif out and lex.TRAILING_COUNT_COMPARISON_RE.search(sentence[:m.start("part")]) and not rest.strip(" ,"):
            # '… svarade 14 av 58 flickor … att de inte vågar säga något, mot 5 av 61 pojkar': the other group's count
            # of the same measure (drafts37: read as 61 boys)
            earlier = out[-1][1]
            start = m.start("part")
            done, within = earlier.subject, earlier.within
        elif not out and sentence[:m.start("part")].rstrip().endswith(":"):
            # '… var det bara kvinnorna som deltog i färre än två fritidsaktiviteter 2025: 5 av 7 kvinnor mot 1 av 8
            # män': the counts after a colon are of what the clause before it tells, from its verb on (drafts38: read
            # as '7 kvinnor mot 1 av')
            told = re.split(r"[.;:!?]", sentence[:m.start("part")].rstrip()[:-1])[-1].split()
            k = next((j for j, w in enumerate(told) if is_finite_verb(w) and w.lower() not in lex.COPULAS), None)
            if k is None:
                continue
            done, start = " ".join(told[k:]), m.start("part")
            done = re.sub(r"\s+(?:under|i|på)\s*$", "", without_time(lex.FACT_YEAR_RE.sub(" ", done)).strip())
            other = re.match(r"\s*(?:bara\s+|endast\s+|nästan\s+)?(\d{1,3})\s+av\s+(?:de\s+|alla\s+)?(\d{1,3})\s+"
                             r"(pojkar|flickor|killar|tjejer|kvinnor|män)\b", rest, re.I) \
                if after.lower() in ("mot", "medan", "men", "och") else None
            said = without_time(lex.FACT_YEAR_RE.sub(" ", done)).lower()
            if other is not None and 0 < int(other.group(1)) <= int(other.group(2)) and _content_words(said):
                # ... and the other group's count after 'mot' (the match's rest): the same measure
                share = percent(int(other.group(1)), int(other.group(2)))
                second = [((m.start("rest") + other.start(1), m.end()), Figure(
                    float(share), f"{share} %", "%", lex.GROUP_WORDS.get(other.group(3).lower(), ""),
                    " ".join(said.split()), year, around(sentence, start - 40, m.end() + 40), "", facts.grades,
                    user_source(sentence), f"{other.group(1)} av {other.group(2)} {other.group(3).lower()}"))]
        else:
            continue
        done = without_time(lex.FACT_YEAR_RE.sub(" ", done)).lower()
        if not 0 < part <= whole or not _content_words(done):
            continue
        group = lex.GROUP_WORDS.get(m.group("group").lower(), "")
        share = percent(part, whole)
        within = within if out and start == m.start("part") and lex.TRAILING_COUNT_COMPARISON_RE.search(
            sentence[:start]) else _place_phrase(sentence[:start].split())
        end = second[0][0][0] if second is not None else m.end()
        out.append(((start, end), Figure(float(share), f"{share} %", "%", group, " ".join(done.split()), year,
                                         around(sentence, start - 40, m.end() + 40), "", facts.grades,
                                         user_source(sentence), f"{part} av {whole} {m.group('group').lower()}",
                                         within=within)))
        if second is not None:
            out.append(second[0])
            second = None
    return out


def _which(clause: str) -> str:
    """The relative clause that says which people were counted, as a figure's subject goes on (' som kom
    regelbundet'); its time ('hösten 2024') is the figure's year, not part of what is measured."""
    text = " ".join(without_time(lex.FACT_YEAR_RE.sub("", " ".join(clause.split()))).split())
    return f" {text}" if text and text != "som" else ""


def _joins(between: str) -> bool:
    """Whether two figures stand in one run ('38 % av pojkarna och 22 % av flickorna'); the first group's grades may
    stand between ('31 % av flickorna i åk 7–9 och 12 % av pojkarna att …': trial 24 read the girls' figure without
    its measure).

    ... and so do two compared with nothing else between them ('12 % av pojkarna mot 8 % av flickorna hade mer än
    15 % frånvaro': `lexicon.FIGURE_RUN_COMPARISON`; trial 34 read the boys' measure as 'mot').

    >>> _joins(" och "), _joins(" i åk 7–9 och "), _joins(" i åk 9 har ")
    (True, True, False)
    >>> _joins(" mot "), _joins(" jämfört med bara "), _joins(" har mot ")
    (True, True, False)
    """
    return bool(re.fullmatch(rf"\s*(?:(?:i|på)\s+(?:{lex.GRADE_RE.pattern})\s*)?(och|,|samt|"
                             rf"{lex.FIGURE_RUN_COMPARISON})\s*", between, re.I))
