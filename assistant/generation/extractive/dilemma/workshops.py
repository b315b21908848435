"""The report's workshop dilemmas and goal cards: matching a situation to them and asking their questions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.drafts import source_item, user_item
from assistant.generation.extractive.cards import CardMatch, fit, goal_text
from assistant.generation.extractive.dilemma.items import _key
from assistant.generation.extractive.dilemma.material import _group_terms, _holds, _perspectives, _spoken, _topic
from assistant.generation.extractive.dilemma.participant import _restate, _without_intro
from assistant.grounding.catalogue import DilemmaCase, GoalCard
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, units_of
from assistant.schema import DraftItem

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


@dataclass
class Workshop:
    """One workshop of the report: its theme line, its dilemmas and its own discussion questions."""

    theme: str
    dilemmas: list[DilemmaCase]
    questions: list[Unit]

    def text(self) -> str:
        return " ".join([self.theme, *(d.title for d in self.dilemmas), *(q.text for q in self.questions)])


def workshops(backend: ExtractiveBackend) -> list[Workshop]:
    """The report's workshops with their dilemmas and the discussion questions listed under them."""
    cases = backend.evidence.dilemmas
    by_theme: dict[str, list[DilemmaCase]] = {}
    for case in cases:
        by_theme.setdefault(case.workshop, []).append(case)
    starts = sorted((min(c.start_line for c in group), theme, group) for theme, group in by_theme.items())
    chunks = list(backend.evidence.retriever.current().chunks.values())
    out: list[Workshop] = []
    for i, (start, theme, group) in enumerate(starts):
        source = group[0].chunk.source
        end = starts[i + 1][0] if i + 1 < len(starts) else start + 40
        questions: dict[str, Unit] = {}
        for chunk in chunks:
            if chunk.source != source or chunk.end_line < start or chunk.start_line > end:
                continue
            for u in units_of(chunk):
                if start < u.start_line < end and u.text.rstrip().endswith("?") and u.words >= 4:
                    questions.setdefault(" ".join(u.text.lower().split()), u)
        ordered = sorted(questions.values(), key=lambda u: u.start_line)
        out.append(Workshop(theme, group, ordered))
    return out


def _match(backend: ExtractiveBackend, situation: str, found: list[Workshop]) -> tuple[Workshop | None,
                                                                                       DilemmaCase | None]:
    """The workshop (and dilemma) closest to the situation: a named title first, else by meaning."""
    folded = fold(situation)
    for w in found:
        for d in w.dilemmas:
            if len(d.title) > 8 and fold(d.title) in folded:
                return w, d
    if not found:
        return None, None
    # ... then a title that shares the situation's own words, in the documents' words ('mamman' -> vårdnadshavare:
    # 'Vårdnadshavaren'); the rarest shared words in the collection win (dilemma27 matched a mentor calling a silent
    # father to 'När tar skolans uppdrag slut?' by meaning alone)
    told = f"{situation} {backend.evidence.analyse(situation).search_text}"
    idf = backend.evidence.weights.idf
    shared = [(sum(idf(t) for t in _rare_shared_words(d.title, told)), i, w, d) for i, w in enumerate(found)
              for d in w.dilemmas if _rare_shared_words(d.title, told)]
    if shared:
        _, _, w, d = max(shared, key=lambda x: (x[0], -x[1]))
        return w, d
    emb = backend.evidence.retriever.embeddings
    query = backend.cards.search_text(situation)
    qv = np.asarray(emb.embed_query(query), dtype=np.float32)
    vectors = np.asarray(emb.embed_documents([w.text() for w in found]), dtype=np.float32)
    best = int(np.argmax(vectors @ qv))
    w = found[best]
    titles = np.asarray(emb.embed_documents([d.title for d in w.dilemmas]), dtype=np.float32)
    return w, w.dilemmas[int(np.argmax(titles @ qv))]


def _fitting_questions(workshop: Workshop | None, case: DilemmaCase | None, found: list[Workshop],
                       core: frozenset[str]) -> list[Unit]:
    """The discussion questions that fit the participant's dilemma: the workshop's own when its case is like theirs
    (they were written for such cases); else those of that workshop that hold a word of the dilemma or ask about the
    situation as such ('Vad ser ni som problematiskt i situationen?'), not on a workshop's own subject ('… främja
    skolnärvaro och uppnå en skola för alla …' for splitting a class by gender); when it has none, those of the
    workshop with the most such questions (the talk stays with one workshop)."""
    own = workshop.questions if workshop else []
    if case is not None:
        return own

    def fits(q: Unit) -> bool:
        return bool(core and _holds(q.text, core)) or bool(lex.CASE_QUESTION_RE.search(q.text))
    fit = [q for q in own if fits(q)] or max(([q for q in w.questions if fits(q)] for w in found), key=len,
                                             default=[])
    return list({_key(q.text): q for q in fit}.values())


def _dilemma_card(backend: ExtractiveBackend, situation: str, kind: str) -> GoalCard | None:
    """The method support's goal card the situation is about, matched by meaning as a draft's problem is
    (`CardMatcher.rank`, then `cards.fit`: it fits, and leads the next card); None when none fits. Cards parsed twice
    from one goal (a goal whose follow-up stands apart from it) count as one: the one with most lines speaks for it."""
    if not situation.strip():
        return None
    same: dict[str, list[CardMatch]] = {}
    for m in backend.cards.rank(_without_intro(situation), org_kind=kind):
        same.setdefault(_key(goal_text(m.card)), []).append(m)
    fitting = fit([group[0] for group in same.values()])
    if fitting is None:
        return None
    group = same[_key(goal_text(fitting.card))]
    card = max((m.card for m in group), key=lambda c: len(c.followup) + len(c.interventions))
    return card if _card_shares_words(backend, card, situation) else None


# The fewest letters a word the situation shares with a goal card must have to show the card is about it ('bar' of
# 'bara' shows nothing).
CARD_SHARED_WORD_LETTERS = 5


def _card_shares_words(backend: ExtractiveBackend, card: GoalCard, situation: str) -> bool:
    """Whether a card matched by meaning shares a word of its own with the situation (its goal, problem,
    interventions or follow-up; not the groups every card names): meaning alone matched girls' evenings at a youth
    centre to the card on honour-related violence (dilemma27), while 'betygen för varje lärares klasser' and the card
    on results differences between classes share 'klass' and 'resultat'."""
    groups = _group_terms()
    told = {t for t in backend.evidence.analyse(_without_intro(situation)).content_terms
            if t not in groups and len(t) >= CARD_SHARED_WORD_LETTERS}
    said = card.terms() | (set(tokenize(card.problem.text)) if card.problem else set())
    # ... a word of what it is about, not only of where or among whom (`lexicon.DILEMMA_SETTING_WORDS`)
    setting = set(tokenize(lex.DILEMMA_SETTING_WORDS))
    return any(c.startswith(t[: max(5, len(t) - 2)]) for t in told - setting for c in said)


def _supported(backend: ExtractiveBackend, text: str) -> bool:
    """Whether the material speaks to `text` by the support gate every turn is judged by."""
    evidence = backend.evidence
    return evidence.support(text, evidence.search(text)).supported


def _card_views(backend: ExtractiveBackend, card: GoalCard, against: Sequence[str], avoid: set[str],
                skip: tuple[str, int, int], unsaid: Callable[[Unit], bool], n: int) -> list[Unit]:
    """Up to `n` perspectives from the goal card a dilemma is about: the passages its problem and goal find in the
    material's own words (the goal, the problem it answers, its interventions: 'Det saknas ett arbete där
    resultatskillnader mellan klasser synliggörs …', '… prata om resultatskillnader utan att skuldbelägga lärare'),
    for each text of `against` (the situation, each of its sides, an argument) the one closest to it in meaning."""
    pool = [u for u in _perspectives(backend, goal_text(card), avoid, 8, skip=skip) if unsaid(u)]
    chosen: list[Unit] = []
    for text in against:
        left = [u for u in pool if u not in chosen]
        if len(chosen) >= n or not left or not text.strip():
            continue
        chosen.append(backend.cards.rank_lines(text, left)[0][0])
    return chosen


def _card_counter(backend: ExtractiveBackend, card: GoalCard | None, argument: str, avoid: set[str],
                  skip: tuple[str, int, int], unsaid: Callable[[Unit], bool]) -> list[Unit]:
    """The passage of the dilemma's goal card not yet given that is closest in meaning to the participant's argument
    ('… annars blir det bara att peka ut lärare' -> '… prata om resultatskillnader utan att skuldbelägga lärare'):
    the material's own view on their point, before a passage that only shares the dilemma's words."""
    return _card_views(backend, card, [argument], avoid, skip, unsaid, 1) if card is not None else []


def _distinct_questions(asked: list) -> list:
    """The questions asked, without one that asks what an earlier one asks in other words ('Vilka principer kan ni
    se är vägledande i dessa case?' and '… skulle ni vilja se som vägledande i casen?' from two workshops): most of
    the shorter one's longer words, read by their first five letters, stand in the other."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"\w{4,}", text.lower())}

    kept: list = []
    for q in asked:
        mine = stems(q.text)
        if all(len(mine & (theirs := stems(k.text))) < 0.6 * min(len(mine), len(theirs)) or not mine or not theirs
               for k in kept):
            kept.append(q)
    return kept


def _card_questions(backend: ExtractiveBackend, card: GoalCard | None, situation: str,
                    unsaid: Callable[[Unit], bool]) -> list[Unit]:
    """The material's question on the dilemma's goal card closest to the situation ('… Hur fungerar mötena? Finns det
    en öppenhetskultur?'): a follow-up question that the card's goal finds and that names its subject, what the
    participants need to know to weigh the choice."""
    if card is None:
        return []
    goal = goal_text(card)
    subject = _topic(backend, goal)
    asked = [u for h in backend.evidence.search(goal, k=10) for u in units_of(h.chunk)
             if u.role == "body" and _spoken(u).endswith("?") and len(_spoken(u).split()) >= 5
             and _holds(u.text, subject) and unsaid(u)]
    asked = list({u.unit_id: u for u in asked}.values())
    return [backend.cards.rank_lines(situation, asked)[0][0]] if asked else []


def general_questions(found: list[Workshop]) -> list[Unit]:
    """The workshops' questions asked of every dilemma ('Vad ser ni som problematiskt i situationen?'): those more
    than one workshop asks, else each workshop's first question – none of a workshop's own subject."""
    asked: dict[str, list[Unit]] = {}
    for w in found:
        for q in w.questions:
            asked.setdefault(_key(q.text), []).append(q)
    shared = [units[0] for units in asked.values() if len(units) > 1]
    return shared or list({_key(w.questions[0].text): w.questions[0] for w in found if w.questions}.values())


def _dilemma_head(book: CitationBook, situation: str, workshop: Workshop | None,
                  case: DilemmaCase | None) -> list[DraftItem]:
    """The dilemma restated in a sentence, and the report's workshop case like it (cited) when there is one. A case
    of which the material holds only the title is said to be one: the perspectives then come from related material,
    not from the case (`title_only_note`)."""
    if case is not None and _named(situation, case) and "?" not in situation:
        # 'Vi vill diskutera dilemmat Tack, men nej tack.': the choice is the named dilemma, not the sentence.
        head: list[DraftItem] = [user_item(f"Ni vill diskutera dilemmat ”{case.title}”.", situation)]
    else:
        head = [user_item(_restate(situation), situation)]
    if case is not None and workshop is not None:
        n = book.cite(case.chunk, case.start_line, case.end_line, case.title)
        kind = "dilemmat" if _named(situation, case) else "ett liknande dilemma:"
        bare = " – underlaget har bara dilemmats rubrik, inte själva fallet" if _title_only(case) else ""
        head.append(source_item(f"Rapportens workshop ”{_theme(workshop.theme)}” diskuterade {kind} "
                                f"”{case.title}”{bare}", [n]))
    return head


def _named(situation: str, case: DilemmaCase) -> bool:
    """Whether the participant named the case by its title ('Vi vill diskutera dilemmat Tack, men nej tack')."""
    return len(case.title) > 8 and fold(case.title) in fold(situation)


def _rare_shared_words(title: str, situation: str) -> set[str]:
    """The words a title shares with the situation that are no everyday words (`lexicon.COMMON_WORD_ZIPF`:
    'vårdnadshavaren', not 'skolans' or 'uppdrag'): enough to call the workshop's dilemma one like theirs."""
    def words(text: str) -> set[str]:
        return {t for w in re.findall(r"\w{4,}", text) if zipf_frequency(w.lower(), "sv") < lex.COMMON_WORD_ZIPF
                for t in tokenize(w)}
    return words(title) & words(situation)


def _shared_words(title: str, situation: str) -> set[str]:
    """The words a bare title shares with the situation, but for the commonest ('När tar skolans uppdrag slut?' and
    '… När tar skolans uppdrag slut? En elev …' share 'skolans', 'uppdrag'; 'Ett autentiskt fall …' and a class split
    by gender share none)."""
    def words(text: str) -> set[str]:
        return {t for w in re.findall(r"\w{4,}", text) if zipf_frequency(w.lower(), "sv") < lex.CORE_WORD_ZIPF
                for t in tokenize(w)}
    return words(title) & words(situation)


def _title_only(case: DilemmaCase) -> bool:
    """Whether the material holds only the case's title: what follows its line is another dilemma, a workshop, a
    question or a lead-in to questions ('Frågeställningarna … handlade om:'), not a description of the case."""
    after = sorted((u for u in units_of(case.chunk) if u.start_line > case.end_line), key=lambda u: u.start_line)
    if not after:
        return True
    text = after[0].text.strip()
    return bool(lex.DILEMMA_LINE.match(text) or lex.WORKSHOP_LINE.match(text) or text.endswith(("?", ":")))


def title_only_note(case: DilemmaCase, workshop: Workshop) -> str:
    """What labels the perspectives on a case of which the material holds only the title."""
    return (f"Underlaget har bara rubriken på dilemmat ”{case.title}”, inte själva fallet. Perspektiven nedan är "
            f"närliggande material om workshoppens tema ”{_theme(workshop.theme)}”, inte om fallet självt – beskriv "
            "gärna situationen ni tänker på.")


def _theme(line: str) -> str:
    """'Workshop 3, Tema Vårdnadshavare som resurs (genomfördes 30/11)' -> 'Vårdnadshavare som resurs'."""
    m = re.search(r"Tema:?\s*(.+?)\s*(\(|$)", line)
    return m.group(1).strip() if m else re.sub(r"\(.*?\)", "", line).strip()
