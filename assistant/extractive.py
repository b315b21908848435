"""The embedded backend: answers and drafts composed only of corpus sentences, each with its citation.

No language model is involved. Answers quote the sentences that best cover the
question; drafts are filled from the sections the method support organises its
suggestions under (goal cards, problem lists, follow-up), with 'kommun X' replaced
by the user's organisation. Connecting words are the only text not quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field

from assistant.catalogue import CardLine, GoalCard, substitute_org
from assistant.citations import CitationBook, markers
from assistant.evidence import Evidence, Support
from assistant.models import ChatRequest, Draft, DraftItem, DraftSection
from assistant.passages import Sentence, split_sentences
from assistant.schema import Hit
from assistant.tokens import TokenCounter

_LIST_QUESTION = re.compile(
    r"\b(vilka|vilket|lista|exempel|förslag|insatser|frågor|kriterier|aktörer|steg|delar|ingå|innehålla|bestå|"
    r"what|which)\b", re.I)
_GENDER = re.compile(r"\b(pojk\w*|flick\w*|kön\w*|killar|tjejer|män|kvinnor)\b", re.I)
_GROUPS = [
    ("Elever med migrationsbakgrund", re.compile(r"migration|utrikes född|nyanländ|invandra|modersmål|utländsk bakgrund", re.I),
     "migrationsbakgrund nyanlända"),
    ("Socioekonomisk bakgrund", re.compile(r"socioekonomi|föräldrar med kort utbildning|föräldrars utbildning|trångbodd", re.I),
     "socioekonomisk bakgrund föräldrars utbildning"),
    ("Elever med funktionsnedsättning", re.compile(r"funktionsnedsättning|funktionsförmåga|neuropsykiatri|särskilda behov", re.I),
     "funktionsnedsättning särskilda behov"),
]
_CAUSE = re.compile(r"\b(beror|påverkas|orsak\w*|bidrar|på grund av|eftersom|till följd av|har stor betydelse|spelar)\b", re.I)
_CONSEQUENCE = re.compile(r"\b(påverkar|leder till|konsekvens\w*|följd\w*|möjligheten till|risk\w*|försvårar|svårare)\b", re.I)
_STATISTICS = re.compile(r"\b(statistik|nyckeltal|kolada|andel\w*|könsuppdelad\w*|siris|scb|enkät\w*|mätning\w*|behörighet)\b", re.I)
_TIME = re.compile(r"\b(när|innan|efter|under|läsår\w*|termin\w*|år|månad\w*|vecka|tidig\w*|\d{4})\b", re.I)
_NUMBER = re.compile(r"\d")
_MONEY = re.compile(r"\d[\d\s]*(?:[.,]\d+)?\s*(?:tkr|kr|kronor|mkr|mnkr|miljoner|sek)\b", re.I)
_ROLES = re.compile(r"\b(huvudm\w+|förvaltningsledning\w*|rektor\w*|skolledning\w*|förvaltning\w*)\b", re.I)


# What kind of sentence answers which kind of question: a cue lifts sentences of that kind.
_QUESTION_CUES = [
    (re.compile(r"^\s*varför\b|\bwhy\b|\borsak", re.I), _CAUSE),
    (re.compile(r"\bkosta\w*|\bkostnad\w*|\bbudget\w*|\bhow much\b|\bcost", re.I), _MONEY),
    (re.compile(r"\bhur många\b|\bhur mycket\b|\bandel\b|\bantal\b|\bhow many\b", re.I), _NUMBER),
    (re.compile(r"^\s*vem\b|\bvilka ansvarar\b|\bansvar", re.I), _ROLES),
    (re.compile(r"^\s*när\b|\bwhen\b", re.I), _TIME),
]
# Sections that hold suggestions (goals, interventions, follow-up) rather than descriptions of problems.
_SUGGESTION_SECTION = re.compile(r"förslag på|insatser|uppföljning|lista med", re.I)


@dataclass
class PreparedTurn:
    """A validated request with its standalone query, retrieved hits and the support verdict."""

    request: ChatRequest
    query: str
    hits: list[Hit]
    support: Support
    book: CitationBook = field(default_factory=CitationBook)


@dataclass
class BackendResult:
    text: str
    grounded: bool
    draft: Draft | None = None


def render_draft(draft: Draft) -> str:
    """The draft as Markdown-like text with [n] markers, the form the chat shows and users edit."""
    parts = [f"## {draft.title}"]
    for section in draft.sections:
        parts.append(f"\n**{section.heading}**")
        for item in section.items:
            parts.append(f"- {item.text}{markers(item.citations)}")
    return "\n".join(parts).strip()


def stream_words(text: str, size: int = 3) -> list[str]:
    """Split text into small deltas (a few words each) for streaming."""
    words = re.split(r"(\s+)", text)
    return ["".join(words[i : i + size * 2]) for i in range(0, len(words), size * 2)]


class ExtractiveBackend:
    name = "extractive"

    def __init__(self, evidence: Evidence, tokens: TokenCounter | None = None) -> None:
        self.evidence = evidence
        self.tokens = tokens

    def respond(self, turn: PreparedTurn) -> Generator[str, None, BackendResult]:
        compose: dict[str, Callable[[PreparedTurn], BackendResult]] = {
            "fraga": self.answer,
            "problemformulering": self.problem_formulation,
            "lokalt_mal": self.local_goal,
            "uppfoljning": self.follow_up_plan,
            "dilemma": self.dilemma,
        }
        if not turn.support.supported and turn.request.mode in ("fraga", "problemformulering", "dilemma"):
            result = self.not_covered(turn)
        else:
            result = compose[turn.request.mode](turn)
        yield from stream_words(result.text)
        return result

    # --- helpers -------------------------------------------------------------------------------------

    def _cite(self, turn: PreparedTurn, sentence: Sentence) -> int:
        return turn.book.cite(sentence.chunk, sentence.start_line, sentence.end_line, sentence.text)

    def _cite_lines(self, turn: PreparedTurn, lines: Sequence[CardLine | Sentence]) -> int:
        """One citation spanning consecutive lines of one chunk (a list, a table)."""
        first, last = min(ln.start_line for ln in lines), max(ln.end_line for ln in lines)
        chunk = lines[0].chunk
        return turn.book.cite(chunk, first, last, "; ".join(ln.text for ln in lines))

    def _items(self, turn: PreparedTurn, sentences: Sequence[Sentence], org: str | None = None) -> list[DraftItem]:
        return [DraftItem(text=substitute_org(s.text, org), citations=[self._cite(turn, s)]) for s in sentences]

    def _pick(
        self,
        turn: PreparedTurn,
        query: str,
        n: int,
        keep: Callable[[Sentence], bool] | None = None,
        used: set[str] | None = None,
        hits: Sequence[Hit] | None = None,
        min_score: float = 0.12,
    ) -> list[Sentence]:
        """Best sentences for `query` not used yet in this answer."""
        if hits is None:
            hits = self.evidence.search(query, k=8)
        seen = used if used is not None else set()

        def ok(s: Sentence) -> bool:
            return _key(s) not in seen and not s.is_label and (keep is None or keep(s))

        chosen = self.evidence.best_sentences(query, hits, n, ok, min_score=min_score)
        seen.update(_key(s) for s in chosen)
        return chosen

    def _list_after(self, sentence: Sentence, limit: int = 8) -> list[Sentence]:
        """The list items that follow `sentence` in its chunk (or its siblings when it is an item itself)."""
        all_sentences = split_sentences(sentence.chunk)
        items: list[Sentence] = []
        started = False
        for s in all_sentences:
            if s.line < sentence.line or (s.line == sentence.line and not sentence.is_item):
                continue
            if s.is_item:
                items.append(s)
                started = True
            elif started:
                break
        if sentence.is_item:
            # Walk back to the first item of the same list.
            before = [s for s in all_sentences if s.line < sentence.line]
            lead: list[Sentence] = []
            for s in reversed(before):
                if not s.is_item:
                    break
                lead.insert(0, s)
            items = lead + items
        return items[:limit]

    # --- modes -----------------------------------------------------------------------------------------

    def answer(self, turn: PreparedTurn) -> BackendResult:
        """`fraga`: the sentences that best answer the question; a list when the question asks for one."""
        options = turn.request.options
        query = _with_target(turn.query, options.target_group)
        wants_list = bool(_LIST_QUESTION.search(turn.query))
        wants_questions = bool(re.search(r"\bfrågor\b|\bquestions\b", turn.query, re.I))

        def keep(s: Sentence) -> bool:
            if "?" in s.text and not wants_questions:
                return False  # the corpus' own questions (checklists) are not answers
            fragment = s.is_item and (s.text[:1].islower() or (s.words < 8 and not s.text.endswith((".", "!"))))
            if s.chunk.title.startswith(s.text.rstrip(".")) or (fragment and not wants_list):
                return False  # a document title or a list fragment says nothing on its own
            return s.words <= 25 if options.easy_swedish else True

        cue = next((pattern for q, pattern in _QUESTION_CUES if q.search(turn.query)), None)
        lead = "Kort sagt, enligt underlaget:" if options.easy_swedish else "Det här säger underlaget:"
        chosen: list[Sentence] = []
        if cue is _MONEY:
            # A cost question is answered by amounts; prose that shares its words is not an answer.
            # Amounts usually stand in a table: give its rows together, in their order.
            rows = self.evidence.best_sentences(query, turn.hits, 8, lambda s: keep(s) and bool(_MONEY.search(s.text)),
                                                per_chunk=8, cue=cue, min_score=0.0)
            best = rows[0].chunk.chunk_id if rows else None
            chosen = sorted((r for r in rows if r.chunk.chunk_id == best), key=lambda r: (r.start_line, r.line))
            if len(chosen) >= 2:
                cite = self._cite_lines(turn, chosen)
                rows_text = "\n".join(f"- {' '.join(r.text.split())}{markers([cite])}" for r in chosen)
                return BackendResult(text=f"{lead}\n{rows_text}", grounded=True)
        n = 3 if options.easy_swedish else 4
        chosen = chosen or self.evidence.best_sentences(query, turn.hits, n, keep, cue=cue)
        if not chosen:
            return self.not_covered(turn)
        lines: list[str] = []
        listed: set[str] = set()
        for s in chosen:
            if _key(s) in listed:
                continue
            if wants_list and not listed and (s.is_item or s.text.endswith(":")):
                items = self._list_after(s)
                if len(items) >= 2:
                    listed.update(_key(i) for i in items)
                    cite = self._cite_lines(turn, items)
                    if s.text.endswith(":"):
                        lines.append(f"{s.text}{markers([self._cite(turn, s)])}")
                    else:
                        lines.append(_list_intro(s))
                    lines.extend(f"- {i.text}{markers([cite])}" for i in items)
                    continue
            n = self._cite(turn, s)
            lines.append(f"- {s.text}{markers([n])}" if options.easy_swedish else f"{s.text}{markers([n])}")
        if options.easy_swedish or listed:
            body = "\n".join(lines)
        else:
            body = " ".join(lines)
        return BackendResult(text=f"{lead}\n{body}", grounded=True)

    def not_covered(self, turn: PreparedTurn) -> BackendResult:
        """Say plainly that the material does not cover the question, and name the nearest topics it does."""
        seen: set[str] = set()
        topics: list[str] = []
        for hit in turn.hits:
            c = hit.chunk
            label = c.heading_path[-1] if c.heading_path else c.title
            if label in seen or len(topics) >= 3:
                continue
            seen.add(label)
            first = next((s for s in split_sentences(c) if not s.is_label), None)
            n = turn.book.cite(c, first.start_line, first.end_line, first.text) if first else turn.book.cite_chunk(c)
            topics.append(f"- {label} ({c.title}){markers([n])}")
        text = (
            "Underlaget jag har tillgång till tar inte upp det du frågar om, så jag kan inte svara utan att gissa."
        )
        if topics:
            text += "\nDet närmaste underlaget handlar om:\n" + "\n".join(topics)
        return BackendResult(text=text, grounded=False)

    def problem_formulation(self, turn: PreparedTurn) -> BackendResult:
        topic = _with_target(turn.query, turn.request.options.target_group)
        org = turn.request.options.org
        used: set[str] = set()
        sections: list[DraftSection] = []
        topic_terms = self.evidence.query_terms(topic)

        def about(s: Sentence) -> bool:
            """On topic, and a description rather than a suggested goal, intervention or follow-up question."""
            if "?" in s.text or _SUGGESTION_SECTION.search(s.chunk.heading_path_text):
                return False
            return self.evidence.weights.overlap(topic_terms, s.terms) >= 0.2

        problem = self._pick(turn, topic, 2, about, used=used, hits=turn.hits)
        sections.append(DraftSection(key="problem", heading="Problem",
                                     items=self._items(turn, problem, org) or _nothing("problemet")))

        affected: list[DraftItem] = []
        gender = self._pick(turn, f"{topic} pojkar flickor", 2, lambda s: about(s) and bool(_GENDER.search(s.text)),
                            used)
        if gender:
            affected += [
                DraftItem(text=f"Flickor och pojkar: {substitute_org(s.text, org)}", citations=[self._cite(turn, s)])
                for s in gender
            ]
        else:
            affected.append(DraftItem(text="Flickor och pojkar: underlaget beskriver ingen skillnad mellan flickor "
                                           "och pojkar för just detta – ta fram könsuppdelad statistik (se nedan)."))
        for label, pattern, extra in _GROUPS:
            found = self._pick(turn, f"{topic} {extra}", 1, lambda s, p=pattern: about(s) and bool(p.search(s.text)),
                               used, min_score=0.2)
            affected += [DraftItem(text=f"{label}: {substitute_org(s.text, org)}", citations=[self._cite(turn, s)])
                         for s in found]
        sections.append(DraftSection(key="berorda", heading="Vilka berörs", items=affected))

        causes = self._pick(turn, f"{topic} orsaker beror på påverkas av", 3,
                            lambda s: about(s) and bool(_CAUSE.search(s.text)), used)
        sections.append(DraftSection(key="orsaker", heading="Orsaker",
                                     items=self._items(turn, causes, org) or _nothing("orsaker")))
        effects = self._pick(turn, f"{topic} konsekvenser påverkar leder till", 3,
                             lambda s: about(s) and bool(_CONSEQUENCE.search(s.text)), used)
        sections.append(DraftSection(key="konsekvenser", heading="Konsekvenser",
                                     items=self._items(turn, effects, org) or _nothing("konsekvenser")))
        sections.append(DraftSection(key="statistik", heading="Statistik att ta fram",
                                     items=self._statistics(turn, topic, used)))
        sections.append(DraftSection(key="kallor", heading="Källor", items=_source_items(turn.book)))
        draft = Draft(kind="problemformulering", title=f"Problemformulering: {_title_topic(turn.request.message)}",
                      sections=sections)
        return BackendResult(text=render_draft(draft), grounded=len(turn.book) > 0, draft=draft)

    def _statistics(self, turn: PreparedTurn, topic: str, used: set[str]) -> list[DraftItem]:
        """Key figures the corpus names (e.g. Kolada's), plus its advice on gender-disaggregated statistics."""
        query = f"könsuppdelad statistik nyckeltal {topic}"
        hits = self.evidence.search(query, k=8)
        items: list[DraftItem] = []
        for hit in hits:
            if _STATISTICS.search(hit.chunk.heading_path_text + " " + hit.chunk.text) is None:
                continue
            for s in split_sentences(hit.chunk):
                if s.is_item and _key(s) not in used and len(items) < 6 and (
                    _STATISTICS.search(s.text) or "nivå" in hit.chunk.heading_path_text.lower()
                ):
                    used.add(_key(s))
                    items.append(DraftItem(text=s.text, citations=[self._cite(turn, s)]))
            if items:
                break
        advice = self._pick(turn, query, 2, lambda s: bool(_STATISTICS.search(s.text)), used, hits=hits)
        return self._items(turn, advice) + items

    def _match_card(self, turn: PreparedTurn) -> tuple[GoalCard | None, float]:
        cards = self.evidence.cards
        if not cards:
            return None, 0.0
        terms = self.evidence.query_terms(_with_target(turn.query, turn.request.options.target_group))
        rank = {h.chunk.chunk_id: i for i, h in enumerate(turn.hits)}
        best, best_score = None, -1.0
        for card in cards:
            score = self.evidence.weights.overlap(terms, frozenset(card.terms()))
            ranks = [rank[c] for c in card.chunk_ids() if c in rank]
            score += 0.5 / (1 + min(ranks)) if ranks else 0.0
            if score > best_score:
                best, best_score = card, score
        return best, best_score

    def local_goal(self, turn: PreparedTurn) -> BackendResult:
        org = turn.request.options.org
        card, score = self._match_card(turn)
        if card is None or score < 0.15:
            return self._no_card(turn, "lokala mål")
        sections: list[DraftSection] = []
        goal_n = self._cite_lines(turn, card.goals)
        sections.append(DraftSection(key="mal", heading="Förslag på lokalt mål", items=[
            DraftItem(text=substitute_org(g.text, org), citations=[goal_n]) for g in card.goals]))

        why: list[DraftItem] = []
        if card.problem is not None:
            why.append(DraftItem(text=card.problem.text, citations=[self._cite_lines(turn, [card.problem])]))
        goal_text = " ".join(g.text for g in card.goals)
        used = {_key_text(g.text) for g in card.goals} | ({_key_text(card.problem.text)} if card.problem else set())
        problems = self._pick(turn, f"{goal_text} {turn.query}", 2 - len(why),
                              lambda s: not _SUGGESTION_SECTION.search(s.chunk.heading_path_text) and "?" not in s.text,
                              used)
        why += self._items(turn, problems, org)
        sections.append(DraftSection(key="motivering", heading="Varför målet passar", items=why))
        if card.interventions:
            n = self._cite_lines(turn, card.interventions)
            sections.append(DraftSection(key="insatser", heading="Förslag på insatser", items=[
                DraftItem(text=substitute_org(i.text, org), citations=[n]) for i in card.interventions]))
        if card.actors:
            n = self._cite_lines(turn, card.actors)
            sections.append(DraftSection(key="aktorer", heading="Aktörer som kan bidra", items=[
                DraftItem(text=a.text, citations=[n]) for a in card.actors]))
        sections.append(DraftSection(key="kontroll", heading="Är målet konkret och följbart?",
                                     items=self._goal_checks(turn, card)))
        draft = Draft(kind="lokalt_mal", title=f"Lokalt mål{' för ' + org if org else ''}", sections=sections)
        return BackendResult(text=render_draft(draft), grounded=True, draft=draft)

    def _goal_checks(self, turn: PreparedTurn, card: GoalCard) -> list[DraftItem]:
        org = turn.request.options.org
        goal = " ".join(g.text for g in card.goals)
        checks = [
            DraftItem(text=("Målgrupp: ja – målet anger vilka det gäller." if re.search(
                r"\b(pojkar|flickor|elever|föräldrar|barn|huvudmän|skolor|lärare)\b", goal, re.I)
                else "Målgrupp: nej – ange vilka målet gäller, uppdelat på kön.")),
            DraftItem(text=(f"Plats: ja – målet gäller {org}." if org
                            else "Plats: ange kommun eller skola i stället för 'er kommun'.")),
        ]
        if card.followup:
            n = self._cite_lines(turn, card.followup)
            gendered = sum(bool(_GENDER.search(f.text)) for f in card.followup)
            checks.append(DraftItem(text=f"Följbart: ja – metodstödet föreslår {len(card.followup)} "
                                         f"uppföljningsfrågor, varav {gendered} uppdelade på pojkar och flickor.",
                                    citations=[n]))
        else:
            checks.append(DraftItem(text="Följbart: underlaget har inga uppföljningsförslag för just detta mål – "
                                         "formulera könsuppdelade indikatorer (läget Uppföljning hjälper till)."))
        checks.append(DraftItem(text="Tid: lägg till när målet ska vara nått och när det följs upp "
                                     "(t.ex. vid läsårets slut)."))
        return checks

    def _no_card(self, turn: PreparedTurn, what: str) -> BackendResult:
        result = self.not_covered(turn)
        text = (f"Metodstödet i underlaget har inga förslag på {what} som passar det du beskriver. "
                + result.text.split("\n", 1)[-1])
        return BackendResult(text=text, grounded=False)

    def follow_up_plan(self, turn: PreparedTurn) -> BackendResult:
        card, score = self._match_card(turn)
        org = turn.request.options.org
        used: set[str] = set()
        sections: list[DraftSection] = []
        indicators: list[DraftItem] = []
        if card is not None and score >= 0.15 and card.followup:
            n = self._cite_lines(turn, card.followup)
            for item in card.followup[:10]:
                how, source = _measurement(item.text)
                indicators.append(DraftItem(
                    text=f"{item.text} – Mäts: {how}. Källa: {source}. Nuläge: värdet från kartläggningen. "
                         "När: före start, efter halva tiden och vid avslut.",
                    citations=[n]))
            for note in card.followup_notes:
                indicators.append(DraftItem(text=note.text, citations=[self._cite_lines(turn, [note])]))
        else:
            found = self._pick(turn, f"{turn.query} uppföljning könsuppdelad indikatorer", 4,
                               lambda s: bool(_GENDER.search(s.text) or _STATISTICS.search(s.text)), used)
            indicators = self._items(turn, found, org)
        if not indicators:
            return self._no_card(turn, "uppföljning")
        sections.append(DraftSection(key="indikatorer", heading="Indikatorer (uppdelade på kön)", items=indicators))
        methods = self._pick(turn, "genomför uppföljningen ordinarie uppföljning könsuppdelad statistik jämförelse "
                                   "nyckeltal enkäter", 3, lambda s: "följa upp" in s.chunk.heading_path_text.lower()
                             or bool(_STATISTICS.search(s.text)), used)
        sections.append(DraftSection(key="metoder", heading="Metoder", items=self._items(turn, methods, org)))
        roles = self._pick(turn, f"ansvar för uppföljning huvudman förvaltningsledning rektor {turn.query}", 3,
                           lambda s: bool(_ROLES.search(s.text)), used)
        sections.append(DraftSection(key="ansvar", heading="Ansvar", items=self._items(turn, roles, org)))
        timing = self._pick(turn, "slutgiltig uppföljning när utvecklingsarbetet är avslutat tidsplanen "
                                  "systematiskt kvalitetsarbete", 2, None, used)
        sections.append(DraftSection(key="tidsplan", heading="Tidsplan", items=self._items(turn, timing, org)))
        feedback = self._feedback(turn, used)
        sections.append(DraftSection(key="aterkoppling", heading="Så återkopplas resultaten", items=feedback))
        title = "Uppföljningsplan" + (f": {substitute_org(card.goals[0].text, org)}" if card and score >= 0.15 else "")
        draft = Draft(kind="uppfoljning", title=title, sections=sections)
        return BackendResult(text=render_draft(draft), grounded=True, draft=draft)

    def _feedback(self, turn: PreparedTurn, used: set[str]) -> list[DraftItem]:
        hits = self.evidence.search("återkoppla resultaten internt till målgruppen och intressenter", k=5)
        out: list[DraftItem] = []
        for hit in hits:
            for s in split_sentences(hit.chunk):
                if s.text.lower().startswith("återkoppla") and _key(s) not in used:
                    items = self._list_after(s, limit=3)
                    used.add(_key(s))
                    n = turn.book.cite(s.chunk, s.start_line, max([s.end_line, *(i.end_line for i in items)]),
                                       " ".join([s.text, *(i.text for i in items)]))
                    detail = " ".join(i.text for i in items)
                    out.append(DraftItem(text=f"{s.text.rstrip(':')}: {detail}" if detail else s.text, citations=[n]))
            if out:
                break
        return out

    def dilemma(self, turn: PreparedTurn) -> BackendResult:
        """Restate, bring grounded perspectives, hand back discussion questions; never settle it."""
        message = " ".join(turn.request.message.split())
        restated = _first_sentences(message, 2)
        used: set[str] = set()
        perspectives: list[Sentence] = []
        sources_seen: set[str] = set()
        for s in self.evidence.best_sentences(turn.query, turn.hits, 8, lambda s: not s.text.endswith("?")
                                              and not s.is_label):
            if s.chunk.source in sources_seen and len(perspectives) >= 2:
                continue
            sources_seen.add(s.chunk.source)
            perspectives.append(s)
            used.add(_key(s))
            if len(perspectives) >= 3:
                break
        perspective_items = self._items(turn, perspectives, turn.request.options.org)
        questions = self._workshop_questions(turn, used)
        sections = [
            DraftSection(key="dilemmat", heading="Dilemmat som jag förstår det", items=[DraftItem(text=restated)]),
            DraftSection(key="perspektiv", heading="Perspektiv ur underlaget", items=perspective_items),
            DraftSection(key="fragor", heading="Frågor att diskutera", items=questions),
        ]
        lines = [f"Dilemmat som jag förstår det: {restated}", "", "Några perspektiv ur underlaget:"]
        lines += [f"- {i.text}{markers(i.citations)}" for i in sections[1].items]
        lines += ["", "Frågor att diskutera i gruppen:"]
        lines += [f"- {i.text}{markers(i.citations)}" for i in questions]
        lines += ["", "Det finns inget givet svar här – vilka värden och vilka elevers behov väger tyngst för er?"]
        draft = Draft(kind="dilemma", title="Diskussionsstöd", sections=sections)
        return BackendResult(text="\n".join(lines), grounded=bool(perspectives), draft=draft)

    def _workshop_questions(self, turn: PreparedTurn, used: set[str]) -> list[DraftItem]:
        """One or two discussion questions as the university report's workshops asked them."""
        hits = self.evidence.search(f"{turn.query} workshop dilemma frågeställningar diskutera", k=12)
        candidates = self.evidence.best_sentences(
            turn.query, hits, 2, lambda s: s.text.endswith("?") and s.words >= 5 and _key(s) not in used,
            per_chunk=1, min_score=0.0,
        )
        return [DraftItem(text=s.text, citations=[self._cite(turn, s)]) for s in candidates]


def _measurement(item: str) -> tuple[str, str]:
    """How an indicator is measured and where the figure comes from, judged from how it is phrased."""
    text = item.lower()
    if "skolresultat" in text or "betyg" in text:
        return "betyg och meritvärden per kön", "skolans resultatuppföljning och Kolada/Skolverket"
    if re.search(r"\b(hur många|antal|andel\w*|ökning|minskning)\b", text):
        return "antal eller andel, räknat per kön", "verksamhetens egen statistik"
    if re.search(r"upplev|uppfatt|känner|trygg|motivation|attityd", text):
        return "enkät eller gruppintervjuer, svaren uppdelade på kön", "egen enkät (t.ex. LUPP) eller intervjuer"
    if re.search(r"kunskap|kännedom", text):
        return "enkät eller kunskapsfrågor före och efter", "egen enkät"
    return "dokumentation och uppföljningssamtal", "verksamhetens dokumentation"


def _nothing(what: str) -> list[DraftItem]:
    return [DraftItem(text=f"Underlaget säger inget om {what} för just detta – fyll i utifrån er egen kartläggning.")]


def _source_items(book: CitationBook) -> list[DraftItem]:
    seen: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for c in book.citations:
        seen.setdefault(c.source, []).append(c.n)
        titles[c.source] = c.title
    return [DraftItem(text=f"{titles[s]} ({s})", citations=ns) for s, ns in seen.items()]


def _key(sentence: Sentence) -> str:
    return _key_text(sentence.text)


def _key_text(text: str) -> str:
    return " ".join(text.lower().split())


def _with_target(query: str, target: str | None) -> str:
    return f"{query} {target}" if target else query


def _list_intro(sentence: Sentence) -> str:
    heading = sentence.chunk.heading_path[-1] if sentence.chunk.heading_path else "Underlaget tar upp"
    return f"{heading}:"


def _first_sentences(text: str, n: int) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    out = " ".join(parts[:n])
    return out if len(out) <= 400 else out[:399].rsplit(" ", 1)[0] + "…"


def _title_topic(message: str) -> str:
    text = " ".join(message.split()).rstrip("?.! ")
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"
