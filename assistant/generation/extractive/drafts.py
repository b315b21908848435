"""The extractive drafts: problem formulation, local goal and follow-up plan, filled from corpus sentences.

Local goals and follow-up plans come from the method support's goal cards
(`grounding/catalogue.py`); the problem formulation gathers described problems,
the groups affected, causes, consequences and the statistics to collect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.citations import CitationBook
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, render_draft
from assistant.generation.extractive.compose import (
    cite,
    cite_lines,
    cited_items,
    list_after,
    pick,
    sentence_key,
    text_key,
    with_target,
)
from assistant.grounding.catalogue import GoalCard, substitute_org
from assistant.grounding.passages import Sentence, split_sentences
from assistant.lexicon import (
    CAUSE,
    CONSEQUENCE,
    GENDER,
    GOAL_TARGET_GROUP,
    GROUPS,
    MEASURED_BY_COUNT,
    MEASURED_BY_EXPERIENCE,
    MEASURED_BY_GRADES,
    MEASURED_BY_KNOWLEDGE,
    ROLES,
    STATISTICS,
    SUGGESTION_SECTION,
)
from assistant.modes import MODES, Mode
from assistant.schema import Draft, DraftItem, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend

# A goal card must match the question at least this well (term overlap plus a retrieval-rank bonus).
_MIN_CARD_SCORE = 0.15


# --- problemformulering -------------------------------------------------------------------------------------


def problem_formulation(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`problemformulering`: the problem, who is affected, causes, consequences, statistics and sources."""
    evidence = backend.evidence
    mode: Mode = "problemformulering"
    topic = with_target(turn.query, turn.request.options.target_group)
    org = turn.request.options.org
    used: set[str] = set()
    sections: list[DraftSection] = []
    topic_terms = evidence.query_terms(topic)

    def about(s: Sentence) -> bool:
        """On topic, and a description rather than a suggested goal, intervention or follow-up question."""
        if "?" in s.text or SUGGESTION_SECTION.search(s.chunk.heading_path_text):
            return False
        return evidence.weights.overlap(topic_terms, s.terms) >= 0.2

    problem = pick(evidence, topic, 2, about, used=used, hits=turn.hits)
    sections.append(draft_section(mode, "problem", cited_items(book, problem, org) or _nothing("problemet")))

    affected: list[DraftItem] = []
    gender = pick(evidence, f"{topic} pojkar flickor", 2, lambda s: about(s) and bool(GENDER.search(s.text)), used)
    if gender:
        affected += [
            DraftItem(text=f"Flickor och pojkar: {substitute_org(s.text, org)}", citations=[cite(book, s)])
            for s in gender
        ]
    else:
        affected.append(DraftItem(text="Flickor och pojkar: underlaget beskriver ingen skillnad mellan flickor "
                                       "och pojkar för just detta – ta fram könsuppdelad statistik (se nedan)."))
    for label, pattern, extra in GROUPS:
        found = pick(evidence, f"{topic} {extra}", 1, lambda s, p=pattern: about(s) and bool(p.search(s.text)),
                     used, min_score=0.2)
        affected += [DraftItem(text=f"{label}: {substitute_org(s.text, org)}", citations=[cite(book, s)])
                     for s in found]
    sections.append(draft_section(mode, "berorda", affected))

    causes = pick(evidence, f"{topic} orsaker beror på påverkas av", 3,
                  lambda s: about(s) and bool(CAUSE.search(s.text)), used)
    sections.append(draft_section(mode, "orsaker", cited_items(book, causes, org) or _nothing("orsaker")))
    effects = pick(evidence, f"{topic} konsekvenser påverkar leder till", 3,
                   lambda s: about(s) and bool(CONSEQUENCE.search(s.text)), used)
    sections.append(draft_section(mode, "konsekvenser", cited_items(book, effects, org) or _nothing("konsekvenser")))
    sections.append(draft_section(mode, "statistik", _statistics(backend, book, topic, used)))
    sections.append(draft_section(mode, "kallor", _source_items(book)))
    draft = Draft(kind=mode, title=f"{MODES[mode].label}: {_title_topic(turn.request.message)}", sections=sections)
    return BackendResult(text=render_draft(draft), grounded=len(book) > 0, draft=draft)


def _statistics(backend: ExtractiveBackend, book: CitationBook, topic: str, used: set[str]) -> list[DraftItem]:
    """Key figures the corpus names (e.g. Kolada's), plus its advice on gender-disaggregated statistics."""
    evidence = backend.evidence
    query = f"könsuppdelad statistik nyckeltal {topic}"
    hits = evidence.search(query, k=8)
    items: list[DraftItem] = []
    for hit in hits:
        if STATISTICS.search(hit.chunk.heading_path_text + " " + hit.chunk.text) is None:
            continue
        for s in split_sentences(hit.chunk):
            if s.is_item and sentence_key(s) not in used and len(items) < 6 and (
                STATISTICS.search(s.text) or "nivå" in hit.chunk.heading_path_text.lower()
            ):
                used.add(sentence_key(s))
                items.append(DraftItem(text=s.text, citations=[cite(book, s)]))
        if items:
            break
    advice = pick(evidence, query, 2, lambda s: bool(STATISTICS.search(s.text)), used, hits=hits)
    return cited_items(book, advice) + items


# --- lokalt_mal ---------------------------------------------------------------------------------------------


def local_goal(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`lokalt_mal`: the best-matching goal card, why it fits, its interventions and actors, and a check."""
    mode: Mode = "lokalt_mal"
    org = turn.request.options.org
    card, score = _match_card(backend, turn)
    if card is None or score < _MIN_CARD_SCORE:
        return _no_card(backend, turn, book, "lokala mål")
    sections: list[DraftSection] = []
    goal_n = cite_lines(book, card.goals)
    sections.append(draft_section(mode, "mal", [
        DraftItem(text=substitute_org(g.text, org), citations=[goal_n]) for g in card.goals]))

    why: list[DraftItem] = []
    if card.problem is not None:
        why.append(DraftItem(text=card.problem.text, citations=[cite_lines(book, [card.problem])]))
    goal_text = " ".join(g.text for g in card.goals)
    used = {text_key(g.text) for g in card.goals} | ({text_key(card.problem.text)} if card.problem else set())
    problems = pick(backend.evidence, f"{goal_text} {turn.query}", 2 - len(why),
                    lambda s: not SUGGESTION_SECTION.search(s.chunk.heading_path_text) and "?" not in s.text,
                    used)
    why += cited_items(book, problems, org)
    sections.append(draft_section(mode, "motivering", why))
    if card.interventions:
        n = cite_lines(book, card.interventions)
        sections.append(draft_section(mode, "insatser", [
            DraftItem(text=substitute_org(i.text, org), citations=[n]) for i in card.interventions]))
    if card.actors:
        n = cite_lines(book, card.actors)
        sections.append(draft_section(mode, "aktorer", [DraftItem(text=a.text, citations=[n]) for a in card.actors]))
    sections.append(draft_section(mode, "kontroll", _goal_checks(turn, book, card)))
    draft = Draft(kind=mode, title=f"{MODES[mode].label}{' för ' + org if org else ''}", sections=sections)
    return BackendResult(text=render_draft(draft), grounded=True, draft=draft)


def _goal_checks(turn: PreparedTurn, book: CitationBook, card: GoalCard) -> list[DraftItem]:
    """Is the goal concrete and followable: target group, place, follow-up questions, time."""
    org = turn.request.options.org
    goal = " ".join(g.text for g in card.goals)
    checks = [
        DraftItem(text=("Målgrupp: ja – målet anger vilka det gäller." if GOAL_TARGET_GROUP.search(goal)
                        else "Målgrupp: nej – ange vilka målet gäller, uppdelat på kön.")),
        DraftItem(text=(f"Plats: ja – målet gäller {org}." if org
                        else "Plats: ange kommun eller skola i stället för 'er kommun'.")),
    ]
    if card.followup:
        n = cite_lines(book, card.followup)
        gendered = sum(bool(GENDER.search(f.text)) for f in card.followup)
        checks.append(DraftItem(text=f"Följbart: ja – metodstödet föreslår {len(card.followup)} "
                                     f"uppföljningsfrågor, varav {gendered} uppdelade på pojkar och flickor.",
                                citations=[n]))
    else:
        checks.append(DraftItem(text="Följbart: underlaget har inga uppföljningsförslag för just detta mål – "
                                     "formulera könsuppdelade indikatorer (läget Uppföljning hjälper till)."))
    checks.append(DraftItem(text="Tid: lägg till när målet ska vara nått och när det följs upp "
                                 "(t.ex. vid läsårets slut)."))
    return checks


# --- uppfoljning --------------------------------------------------------------------------------------------


def follow_up_plan(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """`uppfoljning`: indicators (from the goal card when one fits), methods, roles, timing and feedback."""
    evidence = backend.evidence
    mode: Mode = "uppfoljning"
    card, score = _match_card(backend, turn)
    org = turn.request.options.org
    used: set[str] = set()
    sections: list[DraftSection] = []
    indicators: list[DraftItem] = []
    if card is not None and score >= _MIN_CARD_SCORE and card.followup:
        n = cite_lines(book, card.followup)
        for item in card.followup[:10]:
            how, source = _measurement(item.text)
            indicators.append(DraftItem(
                text=f"{item.text} – Mäts: {how}. Källa: {source}. Nuläge: värdet från kartläggningen. "
                     "När: före start, efter halva tiden och vid avslut.",
                citations=[n]))
        for note in card.followup_notes:
            indicators.append(DraftItem(text=note.text, citations=[cite_lines(book, [note])]))
    else:
        found = pick(evidence, f"{turn.query} uppföljning könsuppdelad indikatorer", 4,
                     lambda s: bool(GENDER.search(s.text) or STATISTICS.search(s.text)), used)
        indicators = cited_items(book, found, org)
    if not indicators:
        return _no_card(backend, turn, book, "uppföljning")
    sections.append(draft_section(mode, "indikatorer", indicators))
    methods = pick(evidence, "genomför uppföljningen ordinarie uppföljning könsuppdelad statistik jämförelse "
                             "nyckeltal enkäter", 3, lambda s: "följa upp" in s.chunk.heading_path_text.lower()
                   or bool(STATISTICS.search(s.text)), used)
    sections.append(draft_section(mode, "metoder", cited_items(book, methods, org)))
    roles = pick(evidence, f"ansvar för uppföljning huvudman förvaltningsledning rektor {turn.query}", 3,
                 lambda s: bool(ROLES.search(s.text)), used)
    sections.append(draft_section(mode, "ansvar", cited_items(book, roles, org)))
    timing = pick(evidence, "slutgiltig uppföljning när utvecklingsarbetet är avslutat tidsplanen "
                            "systematiskt kvalitetsarbete", 2, None, used)
    sections.append(draft_section(mode, "tidsplan", cited_items(book, timing, org)))
    sections.append(draft_section(mode, "aterkoppling", _feedback(backend, book, used)))
    title = MODES[mode].label + (
        f": {substitute_org(card.goals[0].text, org)}" if card and score >= _MIN_CARD_SCORE else "")
    draft = Draft(kind=mode, title=title, sections=sections)
    return BackendResult(text=render_draft(draft), grounded=True, draft=draft)


def _feedback(backend: ExtractiveBackend, book: CitationBook, used: set[str]) -> list[DraftItem]:
    """How results are fed back, as the method support lists it ('Återkoppla …' with its items)."""
    hits = backend.evidence.search("återkoppla resultaten internt till målgruppen och intressenter", k=5)
    out: list[DraftItem] = []
    for hit in hits:
        for s in split_sentences(hit.chunk):
            if s.text.lower().startswith("återkoppla") and sentence_key(s) not in used:
                items = list_after(s, limit=3)
                used.add(sentence_key(s))
                n = book.cite(s.chunk, s.start_line, max([s.end_line, *(i.end_line for i in items)]),
                              " ".join([s.text, *(i.text for i in items)]))
                detail = " ".join(i.text for i in items)
                out.append(DraftItem(text=f"{s.text.rstrip(':')}: {detail}" if detail else s.text, citations=[n]))
        if out:
            break
    return out


def _measurement(item: str) -> tuple[str, str]:
    """How an indicator is measured and where the figure comes from, judged from how it is phrased."""
    text = item.lower()
    if any(word in text for word in MEASURED_BY_GRADES):
        return "betyg och meritvärden per kön", "skolans resultatuppföljning och Kolada/Skolverket"
    if MEASURED_BY_COUNT.search(text):
        return "antal eller andel, räknat per kön", "verksamhetens egen statistik"
    if MEASURED_BY_EXPERIENCE.search(text):
        return "enkät eller gruppintervjuer, svaren uppdelade på kön", "egen enkät (t.ex. LUPP) eller intervjuer"
    if MEASURED_BY_KNOWLEDGE.search(text):
        return "enkät eller kunskapsfrågor före och efter", "egen enkät"
    return "dokumentation och uppföljningssamtal", "verksamhetens dokumentation"


# --- shared by the drafts -----------------------------------------------------------------------------------


def _match_card(backend: ExtractiveBackend, turn: PreparedTurn) -> tuple[GoalCard | None, float]:
    """The goal card closest to the question: shared terms plus a bonus for cards in the top hits."""
    evidence = backend.evidence
    cards = evidence.cards
    if not cards:
        return None, 0.0
    terms = evidence.query_terms(with_target(turn.query, turn.request.options.target_group))
    rank = {h.chunk.chunk_id: i for i, h in enumerate(turn.hits)}
    best, best_score = None, -1.0
    for card in cards:
        score = evidence.weights.overlap(terms, frozenset(card.terms()))
        ranks = [rank[c] for c in card.chunk_ids() if c in rank]
        score += 0.5 / (1 + min(ranks)) if ranks else 0.0
        if score > best_score:
            best, best_score = card, score
    return best, best_score


def _no_card(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook, what: str) -> BackendResult:
    """No goal card fits: say so, and name the nearest topics (cited) as the refusal does."""
    result = backend.not_covered(turn, book)
    text = (f"Metodstödet i underlaget har inga förslag på {what} som passar det du beskriver. "
            + result.text.split("\n", 1)[-1])
    return BackendResult(text=text, grounded=False)


def _nothing(what: str) -> list[DraftItem]:
    return [DraftItem(text=f"Underlaget säger inget om {what} för just detta – fyll i utifrån er egen kartläggning.")]


def _source_items(book: CitationBook) -> list[DraftItem]:
    """One item per cited document, with all its citation numbers."""
    seen: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for c in book.citations:
        seen.setdefault(c.source, []).append(c.n)
        titles[c.source] = c.title
    return [DraftItem(text=f"{titles[s]} ({s})", citations=ns) for s, ns in seen.items()]


def _title_topic(message: str) -> str:
    text = " ".join(message.split()).rstrip("?.! ")
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"
