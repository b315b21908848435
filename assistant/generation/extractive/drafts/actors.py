"""The drafts' proposed interventions and the actors named beside them (cards, closest sources, school roles)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.drafts import gap, source_item, suggestion, user_item
from assistant.generation.extractive.cards import about_school, fits_list
from assistant.generation.extractive.compose import cite, cite_lines, list_after, pick
from assistant.generation.extractive.drafts.context import DraftContext, _short
from assistant.generation.extractive.drafts.problem import (
    _fragment,
    same_service,
    same_service_sources,
    section_headings,
)
from assistant.generation.facts.words import shorten_topic
from assistant.generation.wording import listed
from assistant.grounding.catalogue import CardLine, actors_listed_after, substitute_org
from assistant.grounding.passages import Sentence, split_sentences
from assistant.index.lexical import tokenize
from assistant.schema import DraftItem

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


_MAX_INTERVENTIONS = 4


def _interventions(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext) -> tuple[
        list[DraftItem], list[DraftItem]]:
    """The 3–5 interventions of the card closest to the user's problem, ranked, each with why and actors."""
    card = ctx.match.card if ctx.match else None
    items: list[DraftItem] = []
    actors: list[DraftItem] = []
    tried = " ".join(ctx.facts.tried).lower()
    own_lines = [i for i in card.interventions if not i.text.lower().startswith("se ")] if card else []
    if card is not None and own_lines:
        ranked = backend.cards.rank_lines(ctx.topic, own_lines)
        # the same intervention listed twice (a card repeated under two headings): said once (trial 24)
        seen_lines: set[str] = set()
        ranked = [(line, score) for line, score in ranked
                  if not (_line_key(line.text) in seen_lines or seen_lines.add(_line_key(line.text)))]
        chosen = ranked[: max(3, min(_MAX_INTERVENTIONS, len(ranked)))]
        # the card's list of actors, or the list under the same card's 'Aktörer…' heading when its reading did not
        # reach it, cited to its lines beside each intervention's carriers
        listed = card.actors or actors_listed_after(backend.evidence.continued(own_lines[-1].chunk), own_lines[-1])
        actor_names = [a.text for a in listed if not school_role(a.text, ctx.facts.org_kind)]
        listed_n = cite_lines(book, listed) if actor_names else None
        for rank, (line, _) in enumerate(chosen, start=1):
            text = _proposal_text(line)
            items += _proposal(book, ctx, rank, line, _why(line, ctx, rank), _actors_for(line, actor_names),
                               listed_n)[0]
            if tried and any(w in tried for w in text.lower().split()[:2] if len(w) > 4):
                items.append(user_item(f"Ni har redan prövat något liknande: {'; '.join(ctx.facts.tried)}"))
        if listed_n is not None:
            actors = [source_item(a, [listed_n]) for a in actor_names][:6]
            return items, actors
    # No card fits: the whole problem first, then each problem the user named on its own (two problems in one
    # topic, 'fullföljde sin utbildning' and 'Frånvaron var 14 procent', each carry too few of the whole's terms for
    # any line to take up).
    own_parts = [shorten_topic(p, limit=200) for p in ctx.facts.problems] if len(ctx.facts.problems) > 1 else []
    uncarded = not items
    found_for = ctx.topic  # the problem the interventions were found for: the actors are looked up for it too
    near_pool: list[CardLine | Sentence] = []  # the whole problem's candidates, for the closest sources
    for topic in dict.fromkeys([ctx.topic, *(p for p in own_parts if p)]):
        if items:
            break
        found_for = topic
        # No card fits: the interventions that take up the problem itself (its own terms), from every card's list
        # and from the material's sections on interventions, the closest by meaning first. The nearest wording
        # alone ('föräldraskapsstöd … pojkars engagemang' for 'flickor avstår från simning') is no fit.
        pool: list[CardLine | Sentence] = [
            line for m in backend.cards.rank(topic, ctx.facts.org_kind, ctx.facts.focus)[:5]
            for line in m.card.interventions
            if not line.text.lower().startswith("se ")]
        def proposed(s: Sentence) -> bool:  # a proposal of the material: in a section of interventions, or advice
            # ... not a timetable's line ('kl. 9.00–10.00 Workshop'), a date or a heading
            if s.is_label or lex.CLOCK_RE.search(s.text) or lex.DATE_RE.search(s.text):
                return False
            return "?" not in s.text and s.words <= 40 and not s.text.rstrip().endswith(":") and not re.match(
                r"^(\d+\.\s*)?(insatser|åtgärder)\b", s.text, re.I) and bool(
                lex.INTERVENTION_SECTION_RE.search(section_headings(s))
                or lex.RECOMMENDATION_RE.search(s.text))

        search = backend.cards.problem_query(topic)
        for query in (search, f"insatser åtgärder {search}"):
            pool += pick(backend.evidence, query, 10, proposed)
        seen: set[str] = set()
        # ... none of school for an adult unit, none from a list for the other group than the one the problem lacks
        # or of school for a leisure unit whose problem names none (`fits_list`)
        pool = [line for line in pool if not about_school(line.text, ctx.facts.org_kind)
                and fits_list(line, ctx.facts.problem_text or topic, ctx.facts.org_kind, ctx.facts.focus)]
        near_pool = near_pool or pool
        for line, _ in backend.cards.fitting_lines(topic, pool, 6):
            text = _proposal_text(line)
            if text.lower() in seen or len(items) >= 2 * _MAX_INTERVENTIONS - 2:
                continue
            seen.add(text.lower())
            named = named_actors(line.text, ctx.facts.org_kind)
            # ... and those its card lists for its interventions ('Förslag på aktörer …'), cited to that list
            listed, listed_n = _card_actors_of(backend, book, line, ctx.facts.org_kind)
            chosen_listed = _actors_for_names(line, listed)
            carriers = ", ".join(dict.fromkeys([*(n.lower() for n in named), *chosen_listed]))
            proposal, n = _proposal(book, ctx, len(items) // 2 + 1, line, _why(line, ctx, 0), carriers,
                                    listed_n if chosen_listed else None)
            items += proposal
            for name in named:
                if name not in {a.text for a in actors}:
                    actors.append(source_item(name, [n]))
            for name in chosen_listed:
                if name not in {x.text for x in actors} and listed_n is not None:
                    actors.append(source_item(name, [listed_n]))
    if uncarded and not items:
        items, actors = _closest_sources(backend, book, ctx, near_pool)
    if uncarded and not actors:  # none named in the interventions: the actors the material names where it treats
        actors = _actors_near(backend, book, ctx, topic=found_for if items else ctx.topic)  # the problem
    if not items:
        # ... said of the user's school form where the material's interventions are the school's (trial 30: a
        # förskola got a school card's insatser; gated now, it is told why there are none)
        items.append(gap(lex.NO_INTERVENTIONS_FOR_FORM.get(ctx.facts.org_kind,
                                                           "insatser – underlaget har inga förslag som passar just "
                                                           "detta problem")))
    if actors:  # the actors the material names with these interventions (elevhälsan, mentorer, vårdnadshavare …)
        return items, actors
    # No card fits: the material has no actors for this problem. A search by the word 'aktör' finds checklists and
    # interventions that share a chunk with the cards' actor lists, so the gap stays; 'lägg till aktörer' offers the
    # closest cards' actors when asked (`card_actors`).
    own = [suggestion(f"Aktörer som brukar bära sådant arbete: {lex.UNIT_ACTORS[ctx.facts.org_kind]}")] \
        if ctx.facts.org_kind in lex.UNIT_ACTORS else []  # a kultur- och fritidsförvaltning's own partners
    return items, [*own, gap("vilka aktörer som kan bära insatserna – underlaget nämner inga för just detta")]


def _closest_sources(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext,
                     pool: list[CardLine | Sentence]) -> tuple[list[DraftItem], list[DraftItem]]:
    """No card and no intervention fits: the material's proposals closest to the problem (each sharing at least one
    of its own terms, `cards.near_lines`), said to be the closest and not written for it, each cited with the actors
    it names, and a gap for the unit's own interventions (issue 13: 'say so and build from the closest sources, not
    nothing'). None when no proposal shares a term with the problem."""
    # ... also the entries of the sections on interventions among the passages found for the problem, whatever their
    # wording ('Vad vi gjorde: 1. Tjejkvällar i idrottshallen …' shares no word with 'besökarna på fritidsgårdarna';
    # the passage around it does, `near_lines`)
    # ... the entries of a list whose lead names them as interventions ('Projektet prövade sex insatser för att …:')
    # ... found for the whole problem, and in the documents on the user's kind of service (`same_service_sources`;
    # trial 34: an elevhälsa report's 'Elevhälsoteamet har prioriterat följande åtgärder för 2026:' for pupils who
    # feel low, which the whole problem's words did not reach)
    query = backend.cards.problem_query(ctx.topic)
    homes = same_service_sources(backend, ctx.facts)
    hits = backend.evidence.search(query, k=8)
    hits += backend.evidence.search(f"{query} {lex.MEASURES_QUERY_WORDS}", k=8, sources=homes) if homes else []
    if ctx.facts.org_kind in lex.ADULT_ORG_KINDS:
        # ... and, for an adult unit, the decided measures of the reports near its problem that are of its own kind of
        # service (`same_service`): its problem's words seldom stand in another unit's list of åtgärder
        own_kind = [source for source, issuer in backend.evidence.issuers().items()
                    if next((k for p, k in lex.ORG_KINDS if p.search(issuer)), "") == ctx.facts.org_kind]
        hits += backend.evidence.search(lex.DECIDED_MEASURES_QUERY, k=8, sources=own_kind) if own_kind else []
    hits = list({hit.chunk.chunk_id: hit for hit in hits}.values())  # a chunk more searches found: once
    leads = [s for hit in hits
             for s in split_sentences(hit.chunk)
             if (s.text.rstrip().endswith(":") and lex.INTERVENTION_SECTION_RE.search(s.text))
             or (not s.is_item and lex.INTERVENTION_COUNT_LEAD_RE.search(s.text))]
    entries = [s for lead in leads for s in list_after(lead)
              if "?" not in s.text and s.words <= 40 and not about_school(s.text, ctx.facts.org_kind)
              and fits_list(s, ctx.facts.problem_text or ctx.topic, ctx.facts.org_kind, ctx.facts.focus)]
    pool = [*pool, *entries]
    seen: set[str] = set()  # a line quoted twice in the material (a card repeated under two headings): once
    near = [(line, score) for line, score in backend.cards.near_lines(ctx.topic, pool, 6)
            if not (_line_key(line.text) in seen or seen.add(_line_key(line.text)))][:3]
    if not near:
        # ... or the measures a report on the user's kind of service lists as such (`same_service`: Tallmarka's
        # analysis of försörjningsstöd lists its decided åtgärder; trial 33 got definitions instead, then nothing)
        listed_here = [e for e in entries if same_service(e, ctx.facts)]
        near = backend.cards.rank_lines(ctx.topic, listed_here)[:3] if listed_here else []
    if not near:
        return [], []
    items = [suggestion(f"{lex.CLOSEST_SOURCES_NOTE} {lex.CLOSEST_SOURCES_LEAD}")]
    actors: list[DraftItem] = []
    topic = backend_words(ctx.topic)
    for rank, (line, _) in enumerate(near, start=1):
        shared = [w for w in re.findall(r"[a-zåäö]{5,}", line.text.lower()) if w[:5] in topic
                  and w not in lex.CARD_GENERIC_WORDS | set(lex.GROUP_WORDS)]
        named = named_actors(line.text, ctx.facts.org_kind)
        # the problem's own words the proposal shares, as a list ('tjejkvällar och idrottshallen')
        takes_up = lex.CLOSEST_SOURCE_TAKES_UP.format(words=listed(list(dict.fromkeys(shared[:2])))) if shared else ""
        why = lex.CLOSEST_SOURCE_WHY.format(title=_short(line.chunk.title, 60), takes_up=takes_up)
        proposal, n = _proposal(book, ctx, rank, line, why, ", ".join(named).lower())
        items += proposal
        actors += [source_item(name, [n]) for name in named if name not in {a.text for a in actors}]
    items.append(gap(lex.CLOSEST_SOURCES_OWN_GAP))
    return items, actors


def _proposal_text(line: CardLine | Sentence) -> str:
    """A proposed intervention's text without its list number and end stop."""
    return re.sub(r"^\d+\.\s*", "", line.text).rstrip(".")


def _proposal(book: CitationBook, ctx: DraftContext, rank: int, line: CardLine | Sentence, why: str,
              carriers: str, listed: int | None = None) -> tuple[list[DraftItem], int]:
    """A proposed intervention as the draft writes it: the numbered line, cited, and under it why it is proposed and
    who can carry it ('Varför: … Vem kan bära den: …'; no carriers, no such clause), cited to the list of actors the
    carriers come from (`listed`) when they come from one. Also the citation's number."""
    n = cite_lines(book, [line])
    carried = f" {lex.PROPOSAL_CARRIED_BY} {carriers}." if carriers else ""
    why_item = suggestion(f"{lex.PROPOSAL_WHY} {why}{carried}")
    if carriers and listed is not None:
        why_item = why_item.model_copy(update={"citations": [listed]})
    return [source_item(f"{rank}. {substitute_org(_proposal_text(line), ctx.facts.card_place)}", [n]), why_item], n


def _line_key(text: str) -> str:
    """An intervention's text as compared for repeats: without its number, case, spacing and end stop.

    >>> _line_key("2. Öka vuxennärvaro  under raster.") == _line_key("öka vuxennärvaro under raster")
    True
    """
    return " ".join(re.sub(r"^\d+\.\s*", "", text).rstrip(". ").lower().split())


def _actors_near(backend: ExtractiveBackend, book: CitationBook, ctx: DraftContext, limit: int = 6,
                 topic: str = "") -> list[DraftItem]:
    """`actors_near` for the draft's problem, or `topic`."""
    return actors_near(backend, book, topic or ctx.topic, limit, ctx.facts.org_kind, ctx.facts.focus)


def actors_near(backend: ExtractiveBackend, book: CitationBook, topic: str, limit: int = 6,
                org_kind: str = "", fewer: str = "") -> list[DraftItem]:
    """The kinds of actors named by the material's statements on the problem itself (a report on school absence names
    elevhälsan, mentorer and vårdnadshavare), each cited to the statement that names it. A statement must take up the
    problem's own terms (what, not who: 'frånvaro', also in 'frånvaron'), closest first, and stand in no list that is
    not the problem's (`cards.fits_list`: for the other group than the one it lacks, `fewer`); for an adult unit
    (`org_kind`) none of a school's own roles."""
    own = backend.cards.own_terms(topic)

    def names_actors(s: Sentence) -> bool:
        takes_up = any(w.startswith(t) for w in tokenize(s.text) for t in own)
        return takes_up and "?" not in s.text and not _fragment(s) and bool(named_actors(s.text, org_kind)) and \
            fits_list(s, topic, org_kind, fewer)

    if not own:
        return []
    search = backend.cards.problem_query(topic)
    out: list[DraftItem] = []
    for s in pick(backend.evidence, f"{search} ansvar samverkan stöd", 4, names_actors):
        n = cite(book, s)
        for name in named_actors(s.text, org_kind):
            if name not in {a.text for a in out} and len(out) < limit and not _told_lacking(s.text, name):
                out.append(source_item(name, [n]))
    return out


def _told_lacking(text: str, name: str) -> bool:
    """Whether a line names the actor only for what it lacks or cannot do ('Föräldrar med kort utbildning kan ofta inte
    ge samma studiestöd …'): no support for it as an actor that can contribute (trial 28: 'Vårdnadshavare' was cited
    to that line). Every mention of the actor's kind must be followed, in its clause, by such words.

    >>> _told_lacking("Föräldrar med kort utbildning kan ofta inte ge samma studiestöd.", "Vårdnadshavare")
    True
    >>> _told_lacking("Samverka med vårdnadshavare kring läxor.", "Vårdnadshavare")
    False
    """
    pattern = next((p for p, kind in lex.ACTOR_KINDS if kind == name), None)
    mentions = list(pattern.finditer(text)) if pattern is not None else []
    return bool(mentions) and all(lex.ACTOR_LACKS_RE.search(re.split(r"[,;:.]", text[m.end():], maxsplit=1)[0])
                                  for m in mentions)


def named_actors(text: str, org_kind: str = "") -> list[str]:
    """The kinds of actors a line of the material names ('… elevhälsan och mentorn …' -> Elevhälsan, Mentorer); for
    an adult unit (`lexicon.ADULT_ORG_KINDS`) none of a school's own roles."""
    school = lex.ADULT_SCHOOL_ACTORS.get(org_kind, lex.SCHOOL_ACTORS) if org_kind in lex.ADULT_ORG_KINDS or \
        org_kind in lex.ADULT_SCHOOL_ACTORS else ()
    return [name for pattern, name in lex.ACTOR_KINDS if pattern.search(text) and name not in school]


def school_role(name: str, org_kind: str) -> bool:
    """Whether an actor named on a goal card ('Elevhälsan', 'Rektorer') is a school's own role that an adult unit
    (`lexicon.ADULT_ORG_KINDS`) has none of; a card lists them for its school goals.

    >>> school_role("Elevhälsan", "socialtjänst"), school_role("Elevhälsan", ""), school_role("Bibliotek", "hr")
    (True, False, False)
    >>> school_role("Förskolor", "omsorg"), school_role("Skolor", "hr"), school_role("Skolor", "")
    (True, True, False)
    """
    if org_kind in lex.ADULT_ORG_KINDS and lex.SCHOOL_INSTITUTION_RE.match(name.strip()):
        return org_kind != "vuxenutbildning" or not lex.SCHOOL_INSTITUTION_RE.match(name.strip()).group("adult")
    named = [kind for pattern, kind in lex.ACTOR_KINDS if pattern.search(name)]
    return bool(named) and not named_actors(name, org_kind)


def card_actors(backend: ExtractiveBackend, book: CitationBook, topic: str, have: set[str], limit: int,
                org_kind: str = "") -> list[DraftItem]:
    """Actors from the actor lists of the goal cards closest to the problem, none already listed.

    The cards' own lists ('Förslag på aktörer …') name actors and nothing else; a search by the word 'aktör'
    also finds the checklists and interventions that share a chunk with them ('hur valda insatser är relevanta …').
    """
    out: list[DraftItem] = []
    for match in backend.cards.rank(topic, org_kind)[:3]:
        lines = [a for a in match.card.actors if " ".join(a.text.lower().split()) not in have]
        if not lines:
            continue
        n = cite_lines(book, match.card.actors)
        for a in lines:
            have.add(" ".join(a.text.lower().split()))
            out.append(source_item(a.text, [n]))
            if len(out) >= limit:
                return out
    return out


def _why(line: CardLine | Sentence, ctx: DraftContext, rank: int) -> str:
    """Why an intervention is ranked where it is: the user's words it takes up, else its place on the card."""
    topic = backend_words(ctx.topic)
    generic = lex.CARD_GENERIC_WORDS | set(lex.GROUP_WORDS)
    shared = [w for w in re.findall(r"[a-zåäö]{5,}", line.text.lower()) if w[:5] in topic and w not in generic]
    if shared:
        return f"den tar sig an det ni beskriver ({', '.join(dict.fromkeys(shared[:2]))})."
    if rank == 1 and ctx.match is not None:
        goal = substitute_org(ctx.match.card.goals[0].text, ctx.facts.card_place).rstrip(".")
        return f"av metodstödets insatser för målet ”{goal}” ligger den närmast ert problem."
    if ctx.match is None:
        return "den tar upp samma slags problem som ert, även om inget av metodstödets mål passar helt."
    return "den kompletterar insatsen ovan och ryms i samma mål."


def backend_words(text: str) -> str:
    """The user's words folded together with their everyday synonyms ('killar' also reads 'pojkar')."""
    extra = [lex.EVERYDAY_TERMS.get(w, "") for w in re.findall(r"[\wåäö]+", text.lower())]
    extra += [terms for pattern, terms in lex.PROBLEM_DOMAIN_TERMS if pattern.search(text)]
    extra += [v for k, v in lex.OPPOSITE_MEASURES.items() if re.search(rf"\b{k}", text, re.I)]
    return f"{text.lower()} {' '.join(extra)}"


def _actors_for(line: CardLine, actors: list[str]) -> str:
    text = line.text.lower()
    named = [a for a in actors if a.split()[0].lower()[:6] in text]
    if not named:
        if re.search(r"föräld|vårdnadshavar", text):
            named = [a for a in actors if re.search(r"föräld|civil|bibliotek", a, re.I)]
        elif re.search(r"lärar|undervisning|klassrum|elev", text):
            named = [a for a in actors if re.search(r"skol|elevhäls|rektor", a, re.I)]
    named = named or actors[:2]  # none listed: no carrier is made up (it was 'skolans ledning')
    return ", ".join(named[:3])


def _actors_for_names(line: CardLine | Sentence, listed: list[CardLine]) -> list[str]:
    """`_actors_for` of a list's actor lines, as a list of their names."""
    chosen = _actors_for(line, [a.text for a in listed])  # type: ignore[arg-type]
    return [a.text for a in listed if a.text in chosen]


def _card_actors_of(backend: ExtractiveBackend, book: CitationBook, line: CardLine | Sentence,
                    org_kind: str) -> tuple[list[CardLine], int | None]:
    """The actors the goal card that proposes `line` lists for its interventions (its 'Förslag på aktörer …', or the
    list under the same card's 'Aktörer…' heading when the card's reading did not reach it; none of a school's own
    roles for an adult unit) and the citation of that list; ([], None) for a line of no card."""
    path = line.chunk.path or line.chunk.source
    card = next((c for c in backend.evidence.cards for i in c.interventions
                 if (i.chunk.path or i.chunk.source) == path and i.start_line <= line.end_line
                 and line.start_line <= i.end_line), None)
    if card is None:
        return [], None
    own = [i for i in card.interventions if not i.text.lower().startswith("se ")]
    listed = card.actors or (actors_listed_after(backend.evidence.continued(own[-1].chunk), own[-1]) if own else [])
    listed = [a for a in listed if not school_role(a.text, org_kind)]
    if not listed:
        return [], None
    return listed, cite_lines(book, listed)
