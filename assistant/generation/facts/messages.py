"""Reading the user's messages into UserFacts (organisation, place, group, figures, targets)."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import lexicon as lex
from assistant.generation.audience import gender_pair
from assistant.generation.facts.figures import _check_figures, _elliptic_shares, _read_figures, shares_of_two_counts
from assistant.generation.facts.markup import _plain, clean_name, has_code
from assistant.generation.facts.model import Figure, UserFacts, is_change, measures, org_kind, own_unit, place_kind
from assistant.generation.facts.stated_targets import read_stated_target
from assistant.generation.facts.words import is_finite_verb, main_order, shorten_topic
from assistant.generation.targets import should_fall
from assistant.index.lexical import fold
from assistant.index.sentences import split_at_stops
from assistant.numbers import as_number

# Sweden's municipalities by their folded spelling: 'solleftea kommun' is Sollefteå kommun.
_MUNICIPALITY_BY_FOLD = {fold(n): n for n in lex.MUNICIPALITIES}
_FOLDED_ORG_RE = re.compile(r"\b((?:[a-z]+[ -])?[a-z]+) (kommun|stad)\b")
# ... a sentence also ends at the quotation mark that closes it ('… i korridorerna.” Gör en …'; drafts32)
_CLAUSE_RE = re.compile(r"(?<=[.!?;])\s+|(?<=[.!?][”\"»’])\s+|,\s+(?=\S)|\n+")


def _unquoted(clause: str) -> str:
    """A clause without the quotation mark left at its edge by the quote it was cut from (a quoted passage of several
    sentences: '”På Norrskolan …', '… i korridorerna.”'); one it opens and closes stays.

    >>> _unquoted("Eleverna lyfter otrygghet i korridorerna.”"), _unquoted("Eleverna säger ”skolan är tråkig”")
    ('Eleverna lyfter otrygghet i korridorerna', 'Eleverna säger ”skolan är tråkig”')
    """
    for mark in ("”", '"'):
        if clause.count(mark) % 2:
            clause = clause.strip(mark).strip(" .!?")
    return clause


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
    regraded = False  # a new target group named by grades in the chat: it wins over the options' (trial 31)
    for n, message in enumerate(messages):
        if named and n in named:  # a new target group: named in words, or by grades (read as any message)
            group = " ".join(_plain(named[n]).split()).strip(" .!?")
            graded = lex.GRADE_RE.search(group) or any(re.search(rf"\b{fold(w)}\b", fold(group))
                                                       for w in lex.STAGE_GRADES)
            regraded = regraded or bool(graded)
            facts.named_group = "" if graded else group
            facts.named_place = next((m.group("name") for m in lex.NAMED_PLACE_RE.finditer(group)), "")
            if not graded:
                continue
            # 'byt målgrupp till pojkar i åk 4–6': read for its grades, and the plan is of that gender alone (trial 27:
            # the edit changed nothing and said 'Jag kunde inte byta målgrupp')
            genders = {lex.GROUP_WORDS.get(w) for w in group.lower().split()} & set(lex.GENDER_GROUPS)
            if len(genders) == 1:
                facts.only, facts.only_by_ages = genders.pop(), False
        before = len(facts.figures)
        plain = _plain(_end_labelled_lines(message))
        _read_message(facts, plain)
        fields = _labelled_fields(plain)
        if fields:  # over what this message's figures imply; a later message (a new target group) wins over them
            regraded = _apply_fields(facts, fields) or regraded
        facts.figures[before:] = [replace(f, named=facts.named_group) for f in facts.figures[before:]]
    name, had_markup = clean_name(org)
    if name:
        facts.org = name
        if not facts.org_kind and lex.PRESCHOOL_RE.search(name):
            # the organisation the user gave is theirs ('Lindängens förskoleområde'): a förskola's plan without
            # 'Vi är förskolan …' in their words (trial 30: the goal drew school material)
            facts.org_kind = lex.PRESCHOOL_ORG_KIND
    if had_markup:
        what = "kod (till exempel ett skript) och formatering" if org and has_code(org) else "formatering"
        facts.issues.append(f"Organisationsnamnet innehöll {what} som togs bort, med det som stod inuti; det "
                            f"används som ”{name}”. Kontrollera namnet." if name else
                            f"Organisationsnamnet innehöll bara {what} och används inte. Skriv organisationens "
                            "namn som vanlig text.")
    if target_group:
        tg, _ = clean_name(target_group)
        # ... unless the chat changed the grades since ('Kan du ändra målgruppen så att målet bara gäller åk 7–9?'
        # with 'åk 4–9' still in the widget's options: trial 31 kept åk 4–9 in the title, goal and indicator)
        if tg and not (regraded and lex.GRADE_RE.search(tg)):
            _read_target(facts, tg)
    if facts.target is not None:  # 'ska öka med 5 procentenheter': from their baseline, whichever message gave it
        facts.target = facts.target.from_baseline(facts.figures, facts.grades)
    shares_of_two_counts(facts)
    _places_of_one_measure(facts)
    _check_figures(facts)
    _check_target(facts)
    if facts.only and facts.only_by_ages and any(
            f.group in lex.GENDER_GROUPS and f.group != facts.only for f in facts.figures):
        facts.only = ""  # 'flickor 10–15 år …, pojkarna 5': both groups' figures, the plan is of both
    if not facts.org_kind and not facts.school and not facts.grades and facts.figures and all(
            lex.STAFF_MEASURE_RE.search(f"{f.subject} {f.quote}") for f in facts.figures if f.subject):
        # figures of the staff alone ('sjukfrånvaron var 9,1 procent bland kvinnorna', of a unit not named as a
        # school): the plan is an employer's, with its staff, records and manager (drafts38: 'Vi är kostenheten …'
        # got 'frånvaro i procent av undervisningstiden' and 'rektor tillsammans med elevhälsan')
        facts.org_kind = "hr"
    facts.pair = gender_pair(messages, facts.org_kind)
    return facts


_LABELLED_LINE_RE = re.compile(r"^([ \t]*[-•*#_]*[ \t]*[*_]*(?:" + "|".join(lex.LABELLED_FIELDS) +
                               r")[*_]*[ \t]*:[^\n]*?[^\s.!?])[ \t]*$", re.I | re.M)


def _end_labelled_lines(message: str) -> str:
    """`message` with each labelled line ended by a stop ('Skola: Lindskolan' on a line of its own): the line is a
    statement of its own, not the start of the next line's sentence once the line breaks are gone.

    >>> _end_labelled_lines("Skola: Lindskolan\\nÅrskurs: 4–6\\nVi ser att flickorna")
    'Skola: Lindskolan.\\nÅrskurs: 4–6.\\nVi ser att flickorna'
    """
    return _LABELLED_LINE_RE.sub(r"\1.", message)


def _labelled_fields(text: str) -> dict[str, str]:
    """The fields filled in by label in `text`, by kind (`lexicon.LABELLED_FIELDS`), the last of each kind.

    >>> _labelled_fields("Vi behöver hjälp. Målgrupp: pojkar i åk 7–9. Skola: Lindskolan. Mål: Fler ska nå målen.")
    {'group': 'pojkar i åk 7–9', 'school': 'Lindskolan', 'goal': 'Fler ska nå målen'}
    """
    return {lex.LABELLED_FIELDS[m.group("label").lower()]: m.group("value").strip(" .,;")
            for m in lex.LABELLED_FIELD_RE.finditer(text) if m.group("value").strip(" .,;")}


def _apply_fields(facts: UserFacts, fields: dict[str, str]) -> bool:
    """The user's labelled fields set the school, grades, target group and goal over what was inferred from the rest of
    their messages (trial 32: 'Målgrupp: pojkar i åk 7–9' beside figures of åk 9 gave 'Gäller: pojkar och flickor i åk
    9'); True when they name grades (they win over the options' as a group named anew in the chat does).

    >>> f = extract_facts(["Våren 2025 saknade 31 % av pojkarna och 18 % av flickorna i åk 9 behörighet. Målgrupp: "
    ...                    "pojkar i åk 7–9."])
    >>> f.target_group, f.grades, [x.grades for x in f.figures]
    ('pojkar i åk 7–9', 'åk 7–9', ['åk 9', 'åk 9'])
    >>> extract_facts(["Skola: Lindskolan, åk 7-9, 40 % av pojkarna saknar godkänt."]).school
    'Lindskolan'
    """
    graded = False
    # a school's name ends where a grade, a figure or a comma follows it ('Skola: Lindskolan, åk 7–9, 40 % …')
    school = re.split(r",|;|\s+(?=\d)|\s+(?=" + lex.GRADE_RE.pattern + ")", fields.get("school") or "", maxsplit=1,
                      flags=re.I)[0].strip()
    if school and not lex.GRADE_RE.fullmatch(school):
        facts.school = school[:1].upper() + school[1:]
    grades = fields.get("grades")
    if grades:  # 'Årskurs: 4–6' names its grades without the grade word
        m = lex.GRADE_RE.search(grades) or lex.GRADE_RE.search(f"åk {grades}")
        if m:
            facts.grades, graded = _grades(m), True
    group = fields.get("group")
    if group:
        graded = bool(lex.GRADE_RE.search(group)) or graded
        _read_target(facts, group)
        genders = {lex.GROUP_WORDS.get(w) for w in re.findall(r"[\wåäö]+", group.lower())} & set(lex.GENDER_GROUPS)
        if len(genders) == 1:  # 'Målgrupp: pojkar i åk 7–9': a plan of that gender alone
            facts.only, facts.only_by_ages = genders.pop(), False
    goal = fields.get("goal")
    if goal and not lex.FIGURE_RE.search(goal) and goal not in facts.goals:
        facts.goals.append(goal)
    return graded


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
        # ... or a part of a whole the group makes up ('Killarna stod för 11 procent av besöken' -> flickor 89 %;
        # drafts38 asked for 'andel flickor som stod för')
        made_up = bool(f.part) and bool(lex.MAKE_UP_VERB_RE.match(f.subject))
        if not (f.is_share and (f.subject.startswith("bland ") and not f.part or made_up) and
                f.group in lex.GENDER_GROUPS and 0 < f.value < 100 and not f.computed):
            continue
        other = next(g for g in lex.GENDER_GROUPS if g != f.group)
        if any(g.subject == f.subject and g.part == f.part and g.group == other and g.year == f.year
               for g in facts.figures):
            continue
        rest = round(100 - f.value, 1)
        value = f"{rest:g}".replace(".", ",")
        facts.figures.insert(facts.figures.index(f) + 1, replace(
            f, value=rest, text=f"{value} %", group=other, computed=f"100 % − {f.text} {f.group}"))
        if f.group in facts.groups and other not in facts.groups:  # 'Gäller: pojkar och flickor', not 'pojkar'
            facts.groups.insert(facts.groups.index(f.group) + 1, other)
    return facts


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


def _source_notes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The message without its bracketed source notes (lexicon.USER_SOURCE_NOTE_RE), and each note with the sentence
    it stood in (as left without it): a figure read from that sentence is measured by it.

    >>> _source_notes("Pojkar 12 % (källa: Skola24, juni 2025). Flickor trivs.")
    ('Pojkar 12 %. Flickor trivs.', [('Pojkar 12 %.', 'Skola24, juni 2025')])
    """
    notes: list[tuple[str, str]] = []
    for sentence in split_at_stops(text):
        for m in lex.USER_SOURCE_NOTE_RE.finditer(sentence):
            notes.append((lex.USER_SOURCE_NOTE_RE.sub("", sentence).strip(), " ".join(m.group("note").split())))
    return lex.USER_SOURCE_NOTE_RE.sub("", text), notes


def _read_message(facts: UserFacts, text: str) -> None:
    text, notes = _source_notes(text)
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
    for c in (_unquoted(c.strip(" .!?")) for c in _CLAUSE_RE.split(told)):
        if c and clauses and (lex.PART_OF_CLAUSE_BEFORE_RE.match(c) or
                              lex.COMPARED_CLAUSE_RE.match(c)):
            clauses[-1] = f"{clauses[-1]}, {c}"  # '212 deltagare, varav 31 procent pojkar': the part needs its whole
        elif c:
            clauses.append(lex.LEADING_CONJUNCTION_RE.sub("", c))
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
    if notes:  # a figure of a sentence that named its source in brackets is measured by it
        facts.figures[before:] = [
            replace(f, source=next((n for s, n in notes if f.quote and f.quote in s), "")) if not f.source else f
            for f in facts.figures[before:]]
    _elliptic_shares(facts, before)
    _figures_name_the_target(facts, facts.figures[before:])
    _size_of_the_place(facts, before)
    for clause in clauses:
        clause = lex.DRAFT_LABEL_RE.sub("", clause)  # 'problemformulering: Vi är …': the request's name
        if lex.LABELLED_FIELD_RE.match(clause):
            continue  # 'Målgrupp: pojkar i åk 7–9', 'Mål: …': a field the user filled in, read apart (`_apply_fields`)
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
            turn = re.search(r"\bmen\s+(.+)$", clause[goal.end():])
            if turn and lex.OWN_UNKNOWN_RE.search(turn.group(1)) and turn.group(1) not in facts.unknowns:
                facts.unknowns.append(turn.group(1))  # '… fler ska läsa men vi har inga siffror ännu': to find out
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
            if not lex.OWN_OBSERVER_RE.match(intro.group(0)):  # staff's or others' account, not the planner's own
                facts.reported.append(clause)
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
    gendered = lex.GENDER_ANY_FORM.search(clause) or lex.GENDER_SINGULAR_RE.search(clause)
    return bool(gendered) and len(words) >= 3 and not lex.COUNT_OF_GROUP_RE.search(clause) \
        and \
        not lex.GOAL_OR_WISH_RE.search(clause) and any(is_finite_verb(w.strip(".,;:!?")) for w in words)


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
        # an age band after the count says who they are, not what is measured ('med 64 barn 1–5 år'; own probe,
        # session 33: the draft asked for 'andel pojkar som 1–5 år')
        ages = bool(lex.AGE_BAND_RE.fullmatch(f.subject.strip()))
        if (f.subject and not ages) or dated or f.computed or f.unit.lower() not in lex.COUNTED_PEOPLE or \
                f.group in lex.GENDER_GROUPS or any(f.text in g.computed for g in facts.figures):
            continue
        if any(re.search(rf"{re.escape(f.text)}\b[^.;]*?(?:varav|därav)\b", g.quote) for g in new if g is not f):
            continue  # '212 deltagare …, varav 31 procent pojkar': the whole of a share, not how big the place is
        if any(g.aside and f" {f.text}" in g.subject for g in new):
            facts.figures.remove(f)  # 'Vård- och omsorgsprogrammet har 142 elever …': the part's, said with its shares
            continue
        facts.size = facts.size or (f"{f.text} {f.subject.strip()}" if ages else f.text)
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
            if any(not lex.STAGE_AS_TIME_RE.search(folded[:m.start()])
                   for m in re.finditer(rf"\b{fold(word)}\b", folded)):
                facts.grades = grades
                break
    for word in re.findall(r"[\wåäö]+", text.lower()):
        group = lex.GROUP_WORDS.get(word)
        if group and group not in facts.groups:
            facts.groups.append(group)
