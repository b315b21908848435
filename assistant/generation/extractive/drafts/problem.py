"""The problem formulation draft: the user's situation, its gaps by gender and the causes the material names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, gap, source_item, suggestion, user_item
from assistant.generation.easy import EASY_SOURCE_WORDS, is_finite_verb
from assistant.generation.extractive.cards import about_school
from assistant.generation.extractive.cards import goal_text as card_goal
from assistant.generation.extractive.compose import cite, list_after, pick
from assistant.generation.extractive.drafts.context import (
    _figure_line,
    _finish,
    _issues,
    _unknown_item,
    at,
    context,
    told_topic,
)
from assistant.generation.extractive.drafts.measures import _key_figures, _measured_kind, _own_figures, _user_causes
from assistant.generation.facts.model import UserFacts
from assistant.generation.facts.words import for_group, predicate, relative, shorten_topic
from assistant.grounding.catalogue import substitute_org
from assistant.grounding.passages import Sentence, split_sentences
from assistant.grounding.scope.bodies import names_body
from assistant.index.lexical import tokenize
from assistant.modes import Mode
from assistant.schema import DraftItem

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


def _gender_gaps(facts: UserFacts, topic: str) -> list[DraftItem]:
    """Gaps for the gender split: the missing group of each figure, a year for each figure without one."""
    out: list[DraftItem] = []
    # '420 elever' measures nothing to split; nor does a count a part was told of ('48 besökare per kväll, varav 11
    # tjejer': `Figure.aside`) or one group's pay as a share of the other's (one figure of both; session 35)
    subjects = dict.fromkeys(f.subject for f in facts.figures if f.subject and not (
        not f.group and (f.aside or lex.RATIO_SUBJECT_RE.search(f.subject))))
    for subject in subjects:
        groups = {f.group for f in facts.figures if f.subject == subject}
        year = next((f.year for f in facts.figures if f.subject == subject and f.year), None)
        value = any(f.is_value or f.rate for f in facts.figures if f.subject == subject)
        for g in lex.GENDER_GROUPS:
            if g not in groups:
                what = for_group(subject, g) if value else f"andel {g} {subject}" if subject.startswith("bland ") \
                    else f"andel {g} som {relative(subject)}"  # 'andel flickor bland deltagarna'
                out.append(gap(what + (f" ({year})" if year else " (och vilket år)")))
    if not facts.figures:
        grades = facts.within
        problem = next((x for x in facts.problems if predicate(x)), facts.problems[0] if facts.problems else "")
        measured = _problem_measured(problem) if problem else ""
        if measured and not measured.startswith("–"):
            # 'Pojkarna i sexan hänger inte med i läsningen' -> '… i åk 6 som inte hänger med i läsningen'
            out.append(gap(f"andel pojkar och andel flickor{grades} {measured}, med år"))
        else:
            what = shorten_topic(told_topic(topic)) or "problemet"  # not 'Vi är' of their introduction
            out.append(gap(f"andel pojkar och andel flickor som berörs av {what}, med år"))
    return out


# --- problemformulering -------------------------------------------------------------------------------------


def problem_formulation(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`problemformulering`: nuläge by gender, causes, consequences, what is known and not, key figures."""
    mode: Mode = "problemformulering"
    ctx = context(backend, turn)
    evidence = backend.evidence
    facts = ctx.facts
    topic = ctx.topic
    used: set[str] = set()
    # a preposition says nothing of the problem ('bland våra elever' met 'Anti-pluggkultur är vanligare bland pojkar')
    topic_terms = evidence.query_terms(backend.cards.search_text(topic)) - frozenset(tokenize(" ".join(
        lex.PREPOSITIONS)))
    # Who the problem is about ('pojkarna', 'elever') is in nearly every sentence of the material: a statement is about
    # the problem by what it says of them (läsning, frånvaro), not by naming boys ('Fler pojkar än flickor deltog …').
    who = frozenset(t for t in topic_terms
                    if lex.GENDER.search(t) or lex.GROUP_WORDS.get(t) or t.startswith(lex.PUPIL_WORDS))
    who |= topic_terms & frozenset(tokenize(lex.FREQUENCY_WORDS))  # how often is not what either ('varje dag')
    # ... so a statement must share a word of what the problem is about, not only who it is about (trial 26: a
    # kulturskola's dropout figures got hedersnormer and violence lines as its nuläge and cause)
    what = topic_terms - who - frozenset(tokenize(lex.DEGREE_AND_CHANGE_WORDS))  # 'högre' says how much, not what

    def about(s: Sentence, elsewhere: bool = False) -> bool:
        # (in a section of suggestions by its own headings: a report's title naming 'arbetsmarknadsinsatser' puts
        # none of its findings there)
        # ... another organisation's causes also as the entries of its list of them (`listed_cause`)
        if "?" in s.text or lex.SUGGESTION_SECTION.search(section_headings(s)) or (
                _fragment(s) and not (elsewhere and listed_cause(s))):
            return False
        if lex.CASE_REPORT_RE.search(s.text):  # one study's own case is not the user's problem or its cause
            return False
        # nor is another school's or municipality's own account of itself (`elsewhere`: any document on the user's
        # kind of service, such an account among them, its findings said to be the document's)
        if another_organisations(s, facts) and not elsewhere:
            return False
        # a unit for adults: school's causes and consequences are not its (own trial, session 28: a socialtjänst's
        # draft cited 'Problematisk skolfrånvaro …')
        if about_school(f"{s.text} {s.chunk.heading_path_text}", facts.org_kind):
            return False
        if ctx.easy and s.words > EASY_SOURCE_WORDS:  # lättläst: a long statement is left to the plainer ones
            return False
        if elsewhere:  # another organisation's account: of the user's kind of service by its own title's words
            return same_service(s, facts)
        return (not what or bool(what & s.terms)) and evidence.weights.overlap(topic_terms, s.terms, damped=who) >= 0.15

    search = backend.cards.search_text(topic)
    # A statement that names what the user themselves named besides their figures ('antipluggkultur' meets
    # 'Anti-pluggkultur är vanligare bland pojkar än flickor') is a cause they see: chosen first, for the causes.
    named = _named_terms(facts)

    def names_theirs(s: Sentence) -> bool:
        flat = re.sub(r"(?<=\w)-(?=\w)", "", s.text.lower())
        return any(t in flat for t in named) and bool(lex.GENDER.search(s.text)) and not _fragment(s) and \
            "?" not in s.text and not _own_figures(s.text) and not lex.CASE_REPORT_RE.search(s.text) and \
            not another_organisations(s, facts)

    their_causes = pick(evidence, f"{' '.join(named)} pojkar flickor", 2, names_theirs, used) if named else []
    their_causes += _wondered_causes(backend, facts, used, 2 - len(their_causes))
    stated = _user_causes(facts)  # why, in the user's own words: under Orsaker, not the problem
    problem: list[DraftItem] = [user_item(f"”{p}”", p) for p in facts.problems if p not in stated]
    if ctx.target or ctx.place:
        size = f" ({facts.size})" if facts.size else ""  # how big the place is: who the problem concerns
        problem.append(user_item(f"Gäller: {ctx.target or 'målgruppen'}{at(ctx.place)}{size}"))
    else:
        problem.append(gap("vilka elever (årskurser) och vilken skola eller kommun problemet gäller"))
    if not facts.problems:
        problem.insert(0, gap("vilket problem ni ser, med era egna ord"))
    # A statement with figures of its own ('Andelen … ökade från 41 procent till 63 procent') is the measured result
    # of the organisation that wrote it, never the user's problem or nuläge.
    # ... and it speaks of girls and boys (women, men): a sentence that only shares a word with the problem (a
    # project's 'Planeringsfas … Fullföljd utbildning', 'hänvisar texten ofta till ordet …') states no problem of it.
    found = pick(evidence, search, 1, lambda s: about(s) and not _own_figures(s.text) and bool(lex.GENDER.search(s.text)),
                 used=used)
    problem += [source_item(substitute_org(s.text, ctx.facts.card_place), [cite(book, s)]) for s in found]

    # the assistant's wording of their figures, å/ä/ö restored ('laser varje dag' -> 'läser'); the quote stays theirs
    nulage: list[DraftItem] = [user_item(ctx.spell(_figure_line(f)), f.quote) for f in facts.figures
                               if not f.impossible]  # a share over 100 % is said only as the contradiction it is
    nulage += _gender_gaps(facts, topic)
    gender = pick(evidence, f"{search} pojkar flickor", 1,
                  lambda s: about(s) and bool(lex.GENDER.search(s.text)) and not _own_figures(s.text), used)
    nulage += [source_item(s.text, [cite(book, s)]) for s in gender]

    groups: list[DraftItem] = []
    for label, pattern, extra in lex.GROUPS:
        hits = pick(evidence, f"{search} {extra}", 1, lambda s, p=pattern: about(s) and bool(p.search(s.text)),
                    used, min_score=0.2)
        groups += [source_item(f"{label}: {s.text}", [cite(book, s)]) for s in hits]
    if groups:
        groups.append(suggestion("Ta bara med de grupper där er egen statistik visar skillnader."))

    causes = their_causes + pick(evidence, f"{search} orsaker beror på påverkas av", 3 - len(their_causes),
                                 lambda s: about(s) and bool(lex.CAUSE.search(s.text)) and
                                 not of_other_group(s.text, facts.one_group), used)
    adapted = not causes and ctx.match is not None and bool(ctx.match.card.goals)
    if adapted:  # no statement shares the problem's own words, but a card fits it by meaning (trial 24: 'inte
        # behöriga till gymnasiets yrkesprogram' got no causes beside a metodstöd on boys' school results): the causes
        # the card's own material gives of girls and boys, said to be of the area closest to the problem
        home = ctx.match.card.goals[0].chunk.source  # type: ignore[union-attr]
        card = ctx.match.card  # type: ignore[union-attr]
        # ... and of the problem's wider area when it has one (`lexicon.CONSEQUENCE_AREAS`: own trial, session 28,
        # gave hedersnormer and violence as the causes of failing English)
        wider = lex.CONSEQUENCE_AREAS.get(_measured_kind(ctx, topic)) if facts.figures else None
        causes = pick(evidence, f"{search} {card_goal(card)} orsaker beror på påverkas av", 2,
                      lambda s: s.chunk.source == home and bool(lex.CAUSE.search(s.text)) and bool(
                          lex.GENDER.search(s.text)) and "?" not in s.text and not _fragment(s) and
                      not _own_figures(s.text) and not lex.CASE_REPORT_RE.search(s.text) and
                      not of_other_group(s.text, facts.one_group) and (
                          wider is None or bool(wider[1].search(s.text))) and
                      # ... never school's for a unit for adults (drafts36: a socialtjänst got hedersnormer's
                      # 'skolfrånvaro' and violence 'i skolmiljön' as the causes of its applicants' shares)
                      not about_school(f"{s.text} {s.chunk.heading_path_text}", facts.org_kind), used)
    causes = [s for s in causes if not of_other_group(s.text, facts.one_group or facts.behind)]
    cause_items = [user_item(f"”{p}”", p) for p in stated]
    # None in the general material: the causes another organisation's analysis of the same kind of service states
    # (trial 33: Tallmarka's försörjningsstöd analysis names three in its own section on causes, the draft said there
    # were none), each said to be that organisation's finding, for the user to test in their own service.
    # ... searched for among all documents, else among those on the same kind of service that what the user's
    # figures measure finds (`same_service_sources`; trial 34: Vintrosa's elevhälsa report has a section on the causes
    # of pupils' low mood that the whole message's words did not reach)
    found_elsewhere: list[Sentence] = []
    for homes in ([None, same_service_sources(backend, facts)] if not (causes or stated) else []):
        if found_elsewhere or homes == []:
            break
        query = f"{search} orsaker beror på förklaras av"
        found_elsewhere = pick(
            evidence, query, 2,
            lambda s: about(s, elsewhere=True) and bool(lex.CAUSE.search(s.text) or lex.CAUSE_SECTION_RE.search(
                section_headings(s))) and not _own_figures(s.text) and not of_other_group(s.text, facts.one_group),
            used, hits=evidence.search(query, k=8, sources=homes) if homes else None)
    if found_elsewhere:
        whose = _organisation_named(found_elsewhere[0]) if another_organisations(found_elsewhere[0], facts) else \
            f"”{found_elsewhere[0].chunk.title}”"
        cause_items.append(suggestion(lex.CAUSES_ELSEWHERE_LEAD.format(org=whose)))
        cause_items += [source_item(s.text, [cite(book, s)]) for s in found_elsewhere]
        cause_items.append(gap("vilka av orsakerna ovan, eller andra, ni själva ser i er verksamhet"))
    cause_items += [source_item(s.text, [cite(book, s)]) for s in causes] or ([] if stated or found_elsewhere else [
        gap("möjliga orsaker hos er – underlaget nämner inga för just detta")])
    if causes and adapted:
        cause_items.append(suggestion("Underlaget nämner inga orsaker till just detta. Orsakerna ovan gäller det "
                                      "närmaste området i metodstödet – pröva om de gäller ert problem."))
    if causes:  # the material's causes are general; the user's own are still to be named
        cause_items.append(gap("vilka av orsakerna ovan, eller andra, ni själva ser hos era pojkar och flickor"))
    cause_items.append(suggestion("Pröva orsakerna i er egen verksamhet: tänk strukturellt, inte på enskilda "
                                  f"{lex.GROUP_WORDS[facts.pupils]}."))
    effects = pick(evidence, f"{search} konsekvenser påverkar leder till", 2,
                   lambda s: about(s) and bool(lex.CONSEQUENCE.search(s.text)) and not facts.school_aside(s.text),
                   used)
    broad = []
    area = lex.CONSEQUENCE_AREAS.get(_measured_kind(ctx, topic)) if facts.figures else None
    if not effects and area:  # none in the problem's own words: what the material says follows of its wider area
        broad = pick(evidence, f"{area[0]} {lex.CONSEQUENCE_SEARCH}", 1,
                     lambda s: "?" not in s.text and not _fragment(s) and bool(lex.CONSEQUENCE_STRONG_RE.search(
                         s.text)) and not _own_figures(s.text) and not lex.CASE_REPORT_RE.search(s.text) and not
                     another_organisations(s, facts) and not facts.school_aside(s.text) and not (
                         ctx.easy and s.words > EASY_SOURCE_WORDS) and not lex.SUGGESTION_SECTION.search(
                         s.chunk.heading_path_text) and bool(area[1].search(s.text)) and not _states_causes(s), used)
    effect_items = [source_item(s.text, [cite(book, s)]) for s in [*effects, *broad]] or [
        gap(f"vilka konsekvenser problemet får för {facts.pupils}")]
    if broad:  # trial 27: Konsekvenser was left blank though the material names what school results lead to
        effect_items.append(suggestion("Underlaget nämner inga konsekvenser av just detta; konsekvensen ovan gäller "
                                       "ett bredare område – pröva om den gäller ert problem."))
        effect_items.append(gap(f"vilka konsekvenser problemet får för {facts.pupils} hos er"))

    known: list[DraftItem] = [user_item(ctx.spell(f"Nuläge: {f.describe()}"), f.quote) for f in facts.figures
                              if not f.impossible]
    known += [user_item(f"Redan prövat: {t}", t) for t in facts.tried]
    if not known:
        known.append(gap("vad ni redan vet – siffror, iakttagelser och vad som prövats"))
    unknown = [i for i in nulage if i.gap]
    unknown += [_unknown_item(u) for u in facts.unknowns]
    unknown.append(gap(f"vad {facts.pupils} själva (pojkar och flickor för sig) säger om orsakerna"))
    if not facts.tried:
        unknown.append(gap("vad som redan har prövats och hur det gick"))

    sections = [
        *_issues(mode, ctx),
        draft_section(mode, "problem", problem),
        draft_section(mode, "nulage", nulage),
        draft_section(mode, "grupper", groups),
        draft_section(mode, "orsaker", cause_items),
        draft_section(mode, "konsekvenser", effect_items),
        draft_section(mode, "vet", known),
        draft_section(mode, "behover", unknown),
        draft_section(mode, "nyckeltal", _key_figures(backend, book, ctx, used)),
    ]
    return _finish(mode, ctx, sections, book)


def _named_terms(facts: UserFacts) -> list[str]:
    """The distinctive words of what the user said besides their figures ('antipluggkultur' in 'Lärarna beskriver
    en antipluggkultur bland pojkar i åk 8'): long words that name neither a group nor an amount, nor a verb."""
    words = [w for p in facts.problems if not lex.FIGURE_RE.search(p) for w in re.findall(r"[a-zåäö]{9,}", p.lower())]
    return list(dict.fromkeys(w for w in words if w not in lex.GROUP_WORDS and w not in lex.CARD_GENERIC_WORDS
                              and not is_finite_verb(w)))[:3]


def of_other_group(text: str, group: str) -> bool:
    """Whether a statement is said of the other gender group than `group` (the one the plan is about; '' for both):
    it names that group alone among the gender groups, or names it as the one it holds for mainly ('Barn, framför allt
    flickor, utsätts för hedersnormer …' is no cause of boys' missing behörighet; trial 32). A statement of both groups,
    of pupils or children in general, is of any group's problem.

    >>> of_other_group("Barn, framför allt flickor, utsätts för hedersnormer. Pojkar kan även tvingas …", "pojkar")
    True
    >>> of_other_group("Pojkar läser mindre än flickor på fritiden.", "pojkar"), of_other_group("Elever mår sämre.", \
"flickor")
    (False, False)
    """
    if group not in lex.GENDER_GROUPS:
        return False
    mainly = {lex.GROUP_WORDS.get(m.group("g").lower()) for m in lex.MAINLY_GROUP_RE.finditer(text)}
    if mainly & set(lex.GENDER_GROUPS):
        return group not in mainly
    named = {lex.GROUP_WORDS.get(w.lower()) for w in re.findall(r"[^\W\d_]+", text)} & set(lex.GENDER_GROUPS)
    return named == {next(g for g in lex.GENDER_GROUPS if g != group)}


def _wondered_causes(backend: ExtractiveBackend, facts: UserFacts, used: set[str], n: int) -> list[Sentence]:
    """Statements of the material on what the user says they do not know yet ('Vi vet inte hur föräldrarnas
    utbildningsnivå ser ut' meets 'Föräldrar med kort utbildning kan ofta inte ge samma studiestöd …'): what they
    wonder about is a cause they suspect. A statement must hold two of its long words (their first seven letters,
    so 'föräldrarnas' meets 'föräldrar'), as a statement, not a list's fragment or another study's result."""
    if n <= 0:
        return []
    out: list[Sentence] = []
    for unknown in facts.unknowns:
        stems = list(dict.fromkeys(
            w[:7] for w in re.findall(r"[a-zåäö]{7,}", unknown.lower())
            if w not in lex.GROUP_WORDS and w not in lex.CARD_GENERIC_WORDS and not is_finite_verb(w)))
        if len(stems) < 2:
            continue

        def holds(s: Sentence, stems: list[str] = stems) -> bool:
            words = re.findall(r"[a-zåäö]+", s.text.lower())
            found = {t for t in stems if any(w.startswith(t) for w in words)}
            return len(found) >= 2 and "?" not in s.text and not _fragment(s) and not _own_figures(s.text) and \
                not lex.CASE_REPORT_RE.search(s.text) and not another_organisations(s, facts)

        out += pick(backend.evidence, " ".join(stems), n - len(out), holds, used)
        if len(out) >= n:
            break
    return out


def another_organisations(s: Sentence, facts: UserFacts) -> bool:
    """Whether the sentence's document is a named school's or municipality's account of itself (its title or
    publisher names it: 'Vallmoskolan F–9, Tierps kommun') and that organisation is not the user's. Its findings
    ('Kränkningarna på nätet sker oftast utanför skoltid …') are its own case, never the user's problem, nuläge
    or causes. A document that names a school is the user's only when the school is theirs (or they named no school but
    its municipality)."""
    named = f"{s.chunk.title} {s.chunk.publisher}"
    # a school's name, not a kind of school ('Grundskolan och jämställdhet', 'Sommarskolan'): as scope.names_body reads it
    schools = {_org_key(m.group(1) or m.group(2)) for m in lex.SCHOOL_NAME_RE.finditer(named)
               if names_body(m.group(0), "skola")}
    orgs = {_org_key(m.group(1) or m.group(2)) for m in lex.ORG_NAME_RE.finditer(named)}
    if not schools and not orgs:
        return False
    school, org = _org_key(facts.school or ""), _org_key(facts.org or "")
    if schools:
        return not (school in schools or (not school and org in orgs))
    return org not in orgs


def same_service(s: Sentence, facts: UserFacts) -> bool:
    """Whether a sentence's document is about the user's kind of service: its title shares a distinctive word of
    what the user told (their first seven letters, so 'arbetsmarknadsinsatser' meets 'arbetsmarknadsinsats' and
    'försörjningsstöd' itself; not a group's word nor a generic one). Another organisation's analysis of
    försörjningsstöd is of a socialtjänst's försörjningsstöd problem, a school's report is not."""
    told = " ".join([*facts.problems, *(f.subject for f in facts.figures)]).lower()
    stems = {w[:7] for w in re.findall(r"[a-zåäö]{9,}", told)
             if w not in lex.GROUP_WORDS and w not in lex.CARD_GENERIC_WORDS and not is_finite_verb(w)}
    title = re.findall(r"[a-zåäö]{7,}", s.chunk.title.lower())
    return any(w[:7] in stems for w in title)


def _states_causes(s: Sentence) -> bool:
    """Whether a sentence tells causes, not consequences: it stands in a section on causes ('6.2 Skolrelaterade
    orsaker': 'pedagogiska faktorer … löper högre risk för frånvaro') or speaks of what affects the problem ('vilka
    faktorer som påverkar detta'; `lexicon.FACTORS_BEHIND_RE`). Trial 34 gave both as the consequences of absence."""
    return bool(lex.CAUSE_SECTION_RE.search(section_headings(s)) or lex.FACTORS_BEHIND_RE.search(s.text))


def listed_cause(s: Sentence) -> bool:
    """Whether a sentence is an entry of a list its lead names as causes ('Elevhälsoteamet bedömer att skillnaderna
    … främst har följande orsaker:' then 'oro och nedstämdhet som ofta hänger ihop med höga krav …'; trial 34): a cause
    although it has no verb of its own. An entry of six words or more; a heading ('Prioriterade åtgärder 2026') is
    none."""
    if not s.is_item or s.words < 6:
        return False
    leads = [t for t in split_sentences(s.chunk) if t.text.rstrip().endswith(":") and t.line <= s.line]
    lead = leads[-1] if leads else None
    return lead is not None and bool(lex.CAUSE_SECTION_RE.search(lead.text) or lex.CAUSE.search(lead.text)) and \
        any(i.line == s.line and i.text == s.text for i in list_after(lead))


def same_service_sources(backend: ExtractiveBackend, facts: UserFacts) -> list[str]:
    """The documents on the user's kind of service (`same_service`) that what each of their figures measures finds
    ('känner sig ofta nedstämda' finds an elevhälsa report for an elevhälsochef's problem): where another
    organisation's causes and measures for the same problem are looked for when the material has none. The whole
    message's words (names, years, the survey's name) drown such a document in the search."""
    found: dict[str, None] = {}
    for measure in dict.fromkeys(f.subject for f in facts.figures if f.subject and not f.impossible):
        for hit in backend.evidence.search(measure, k=8):
            first = next(iter(split_sentences(hit.chunk)), None)
            if first is not None and same_service(first, facts):
                found.setdefault(hit.chunk.source)
    return list(found)


def section_headings(s: Sentence) -> str:
    """The headings of the section a sentence stands in, without the document's title: a report titled
    'Jämställdhetsanalys av ekonomiskt bistånd och arbetsmarknadsinsatser' holds its definitions under '2. Begrepp' and
    its causes under '5. Orsaker', in no section of interventions (trial 33 proposed 'Med hushåll med försörjningsstöd
    menas …' as an insats and found none of its causes)."""
    title = " ".join(s.chunk.title.split()).lower()
    return " / ".join(h for h in s.chunk.heading_path if not title.startswith(" ".join(h.split()).lower()))


def _organisation_named(s: Sentence) -> str:
    """The organisation a document is the account of, as its title or publisher names it ('Tallmarka kommun'); the
    document's title when neither names one."""
    named = f"{s.chunk.title} {s.chunk.publisher}"
    # the school that wrote it before the municipality it belongs to ('Vintrosa skola i Hagnäs kommun', not 'Hagnäs
    # kommun': drafts34 read the school's own findings as the municipality's)
    school = next((m for m in lex.SCHOOL_NAME_RE.finditer(named) if names_body(m.group(0), "skola")), None)
    m = lex.ORG_NAME_RE.search(named)
    if school:
        return " ".join(f"{school.group(0)} i {m.group(0)}".split()) if m else " ".join(school.group(0).split())
    return " ".join(m.group(0).split()) if m else s.chunk.title


def _org_key(name: str) -> str:
    """'Tierps kommun' and 'Tierp' -> 'tierp'; 'Vallmoskolan' -> 'vallmoskolan' (a name compared with another)."""
    head = re.sub(r"\s+(?:kommun|stad)$", "", " ".join(name.split()).lower())
    head = re.sub(r"^region\s+", "", head)
    return head[:-1] if head.endswith("s") and len(head) > 4 and not head.endswith("ss") else head


def _fragment(s: Sentence) -> bool:
    """A list entry, a heading or a line without its own verb ('Egen läsning med böcker som eleverna själva väljer',
    'Läxhjälp'): an item of some list, not a statement of the problem, its causes or consequences."""
    if s.is_label or s.text.rstrip().endswith(":") or s.words < 6:
        return True
    main = re.split(r"\b(?:som|att|när|där|vilka|vilket|om)\b", s.text, maxsplit=1)[0].split()
    return s.is_item and not any(is_finite_verb(w.strip(".,;:")) for w in main[1:])


def _problem_measured(problem: str) -> str:
    """What an indicator of a problem without a figure counts, in the grammar of 'Andel pojkar och andel flickor …':
    a clause about a group as 'som …', a noun phrase as 'med …', anything else after a dash.

    >>> _problem_measured("många har hög frånvaro")
    'med hög frånvaro'
    >>> _problem_measured("Pojkarna i sexan hänger inte med i läsningen")
    'som inte hänger med i läsningen'
    """
    said = predicate(problem)
    if said:
        return f"som {said}"
    short = shorten_topic(problem)
    if short and not any(is_finite_verb(w.strip(".,;:…")) for w in short.split()):
        return f"med {short}"
    return f"– {short}"
