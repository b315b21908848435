"""Choosing the goal card (and ranking its interventions) by meaning: the user's problem against the card's text.

The user's words go through the answer engine's `search_text` first (everyday words mapped to the
documents' terms, missing diacritics restored) and are compared with each card by embedding similarity,
plus the problem's own whole-word lemmas found in the card's problem and goal (not who or how much). A card
fits when it clears `CARD_FIT` and leads the next one by `CARD_MARGIN`; otherwise the draft says no card fits
and builds from the closest sources. Card vectors are computed once per index version.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.grounding.catalogue import CardLine, GoalCard
from assistant.grounding.passages import Sentence
from assistant.index.lexical import tokenize

if TYPE_CHECKING:
    from assistant.grounding.evidence import Evidence

Line = TypeVar("Line", CardLine, Sentence, CardLine | Sentence)  # anything quoted with its own .text
# e5 scores unrelated Swedish text about 0.75–0.80 (see grounding/selection/); a card must clear this
# combined score (similarity rescaled from that floor, plus term overlap) to be said to fit the problem.
CARD_FIT = 0.30
_FLOOR = 0.78
# ... and lead the next card by this much: near-equal scores mean the problem is none of the cards' own (an
# absence problem scores about alike against safety, segregation and results cards) — unless the problem's own
# terms stand in the card's goal (overlap at least _OWN_TERMS).
CARD_MARGIN = 0.04
_OWN_TERMS = 0.25
# An intervention from outside a fitting card must carry at least this share of the problem's own terms.
_LINE_OWN = 0.3


@dataclass
class CardMatch:
    card: GoalCard
    score: float
    similarity: float
    overlap: float = 0.0  # share of the problem's own terms (what, not who) found in the card


class CardMatcher:
    """Goal cards and their interventions ranked by closeness to a problem described in the user's words."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self._lock = threading.Lock()
        self._key: tuple[int, ...] = ()
        self._vectors: np.ndarray | None = None

    def _card_vectors(self, cards: Sequence[GoalCard]) -> np.ndarray:
        key = tuple(id(c) for c in cards)
        with self._lock:
            if self._vectors is None or key != self._key:
                texts = [card_text(c) for c in cards]
                self._vectors = np.asarray(self.evidence.retriever.embeddings.embed_documents(texts), dtype=np.float32)
                self._key = key
            return self._vectors

    def search_text(self, text: str) -> str:
        """The user's words as retrieval sees them (everyday words mapped, diacritics restored), plus the words the
        method support uses for the same kind of problem ('kränkta' is a matter of trygghet and mobbning;
        `lexicon.PROBLEM_DOMAIN_TERMS`)."""
        search = self.evidence.analyse(text).search_text or text
        # ... read on the user's own words too: a grade's capital ('fick F') is lost in the analysed text
        extra = [terms for pattern, terms in lex.PROBLEM_DOMAIN_TERMS if pattern.search(search) or pattern.search(text)]
        return " ".join([search, *extra])

    def own_terms(self, problem: str) -> frozenset[str]:
        """The problem's own lemmas (what it is about, not who or how much), as the cards are compared with."""
        terms = problem_terms(self.evidence.query_terms(self.problem_query(problem)))
        return terms - frozenset(tokenize(" ".join(lex.GROUP_WORDS)))

    def problem_query(self, problem: str) -> str:
        """`search_text` plus the same measure from its other side: an intervention for närvaro takes up a frånvaro
        problem (`lexicon.OPPOSITE_MEASURES`)."""
        search = self.search_text(problem)
        opposite = [v for k, v in lex.OPPOSITE_MEASURES.items() if re.search(rf"\b{k}", search, re.I)]
        return " ".join([search, *opposite])

    def fitting_lines(self, problem: str, lines: Sequence[Line], n: int) -> list[tuple[Line, float]]:
        """Up to `n` of `lines` (interventions from anywhere in the material) that take up the problem itself: a
        line must hold the problem's own terms (`_LINE_OWN` of their weight), then the closest by meaning come
        first. When no card fits, these are the interventions that fit, not merely the nearest in wording."""
        own = self.own_terms(problem)
        if not own:
            return []
        weights = self.evidence.weights
        typed = typed_forms(self.search_text(problem)) if _DIACRITICS_RE.search(problem) else {}

        def terms(text: str) -> frozenset[str]:
            found = frozenset(tokenize(text))
            return found - false_friends(typed, typed_forms(text)) if typed else found
        kept = [ln for ln in lines if weights.overlap(own, terms(ln.text)) >= _LINE_OWN
                and not about_other_people(ln.text, own, problem)]
        return self.rank_lines(problem, kept)[:n]

    def near_lines(self, problem: str, lines: Sequence[Line], n: int) -> list[tuple[Line, float]]:
        """When none of `lines` fits (`fitting_lines`): up to `n` whose passage takes up the problem (the chunk the
        line stands in holds `_LINE_OWN` of the problem's own terms, though the line need not: 'Tjejkvällar i
        idrottshallen …' in a report on girls at a fritidsgård), the closest by meaning first. These are the closest
        sources, which a draft names as such (issue 13: a fritidsgård problem got no intervention at all); a passage
        about something else is no source for it (a swimming problem gets nothing on reading)."""
        own = self.own_terms(problem)
        # ... and holds one of its words that are no everyday Swedish ('fritidsgårdarna', not 'hösten' or 'minst';
        # `lexicon.COMMON_WORD_ZIPF`)
        rare = own & frozenset(t for w in re.findall(r"\w+", problem)
                               if zipf_frequency(w.lower(), "sv") < lex.COMMON_WORD_ZIPF for t in tokenize(w))
        if not rare:
            return []
        weights = self.evidence.weights
        kept = [ln for ln in lines if rare & (terms := frozenset(tokenize(ln.chunk.text)))
                and weights.overlap(own, terms) >= _LINE_OWN and not about_other_people(ln.text, own, problem)]
        return self.rank_lines(problem, kept)[:n]

    def rank(self, problem: str, org_kind: str = "", fewer: str = "") -> list[CardMatch]:
        """Every goal card with its fit to `problem`, best first; for an adult unit (`org_kind`) none about school
        (`fits_unit`), and none whose goals are for the other group than the one the problem lacks (`fewer`) or of
        school where a leisure unit's problem names none (`fits_problem`). All cards are ranked and then dropped, so
        the dropped ones stay in `best`'s margin."""
        return [m for m in self._rank_all(problem)
                if fits_unit(m.card, org_kind) and fits_problem(m.card, problem, org_kind, fewer)]

    def _rank_all(self, problem: str) -> list[CardMatch]:
        cards = list(self.evidence.cards)
        if not cards or not problem.strip():
            return []
        query = self.search_text(problem)
        qv = np.asarray(self.evidence.retriever.embeddings.embed_query(query), dtype=np.float32)
        sims = self._card_vectors(cards) @ qv
        terms = problem_terms(self.evidence.query_terms(query))
        weights = self.evidence.weights
        out = []
        own = terms - frozenset(tokenize(" ".join(lex.GROUP_WORDS)))  # what, not who
        # as retrieval reads them: a word typed without å/ä/ö among others with them ('franvaron') is restored
        typed = typed_forms(query) if _DIACRITICS_RE.search(problem) else {}
        for card, sim in zip(cards, sims, strict=True):
            card_terms = frozenset(tokenize(card_text(card)))
            if typed:  # 'valde' does not meet 'våld': both fold to one term, but the user writes å/ä/ö
                card_terms -= false_friends(typed, _card_forms(card_text(card)))
            overlap = weights.overlap(terms, card_terms)
            score = max(0.0, (float(sim) - _FLOOR) / (1 - _FLOOR)) + 0.5 * overlap
            out.append(CardMatch(card, score, float(sim), weights.overlap(own, card_terms)))
        out.sort(key=lambda m: -m.score)
        return out

    def best(self, problem: str, parts: Sequence[str] = (), org_kind: str = "", fewer: str = "") -> CardMatch | None:
        """The card that fits `problem`, or None when no card fits well enough.

        With `parts` (the user's separate problem statements) a card may also fit one of them alone: each text
        is judged on its own (fit and margin), and the best fitting card of any wins, so one clear problem is
        not drowned by the others ('saknar godkänt i matematik' beside 'hög frånvaro'). A card about school is
        never an adult unit's (`org_kind`): its problem is said to fit no card instead.
        """
        # A part that names only who and how much ('enligt rektorn är det 140 % av pojkarna') says nothing a card
        # could fit; judged alone it would fit the card that speaks most of pojkar.
        texts = [problem, *(p for p in parts if self.own_terms(p))]
        # Fit among all cards, then drop a card that does not fit the unit or the problem (session 23 review: dropping
        # the school cards first lowered the runner-up, so an unrelated card cleared the margin for a socialtjänst's
        # school-absence problem); a best card for the other group, or about school for a leisure unit, means no card
        # fits: the next one is no better fit for being left (its lead was measured against it).
        fitting = [m for m in (fit(self._rank_all(text)) for text in dict.fromkeys(texts))
                   if m is not None and fits_unit(m.card, org_kind) and fits_problem(m.card, problem, org_kind, fewer)
                   and not school_goal_for_preschool(m.card, problem, org_kind)]
        return max(fitting, key=lambda m: m.score) if fitting else None

    def rank_lines(self, problem: str, lines: Sequence[Line]) -> list[tuple[Line, float]]:
        """`lines` (a card's interventions) ordered by closeness to `problem`, with their scores."""
        if not lines:
            return []
        query = self.search_text(problem)
        qv = np.asarray(self.evidence.retriever.embeddings.embed_query(query), dtype=np.float32)
        vectors = np.asarray(self.evidence.retriever.embeddings.embed_documents([ln.text for ln in lines]),
                             dtype=np.float32)
        terms = self.evidence.query_terms(query)
        scored = [(ln, float(v @ qv) + 0.3 * self.evidence.weights.overlap(terms, frozenset(tokenize(ln.text))))
                  for ln, v in zip(lines, vectors, strict=True)]
        # Stable: equal scores keep the card's own order (its list is roughly by importance).
        return sorted(scored, key=lambda p: -p[1])


_PUPILS = frozenset(w for w, group in lex.GROUP_WORDS.items() if group in ("pojkar", "flickor", "elever", "barn", "unga"))


def about_other_people(line: str, own: frozenset[str], problem: str) -> bool:
    """Whether every word `line` shares with the problem qualifies people the problem does not name: 'behöriga
    lärare' and 'mentorer som är behöriga' take up teachers' qualifications, not pupils' eligibility ('68 % av
    pojkarna var behöriga till gymnasiet'). The kinds of people are `lexicon.ACTOR_KINDS`."""
    words = line.split()
    shared = [i for i, w in enumerate(words) if own & frozenset(tokenize(w))]
    if not shared:
        return False
    named = {name for pattern, name in lex.ACTOR_KINDS if pattern.search(problem)}

    def qualifies_others(i: int) -> bool:
        # the noun right after the word ('behöriga lärare'), or the one a 'som är' clause hangs on ('mentorer som
        # är behöriga'); a doer elsewhere in the line ('Mentorn följer upp frånvaron') does not count
        heads = words[i + 1: i + 2]
        if i >= 1 and words[i - 1].lower() in lex.COPULAS:
            # said of whom: the nearest people before it ('mentorer som är behöriga', 'lärares … att bli behöriga';
            # 'lärare ser till att eleverna blir behöriga' is said of the pupils)
            people = [w for w in reversed(words[max(0, i - 6): i - 1]) if w.lower().strip(".,") in lex.GROUP_WORDS
                      or any(pattern.search(w) for pattern, _ in lex.ACTOR_KINDS)]
            heads += people[:1]
        return any(pattern.search(h) and name not in named and h.lower().strip(".,") not in _PUPILS
                   for h in heads for pattern, name in lex.ACTOR_KINDS)

    return all(qualifies_others(i) for i in shared)


_DIACRITICS_RE = re.compile(r"[åäöÅÄÖéÉ]")


def typed_forms(text: str) -> dict[str, frozenset[bool]]:
    """Each term of `text` with whether the words it comes from hold å/ä/ö ('valde' -> {'vald': {False}})."""
    forms: dict[str, set[bool]] = {}
    for word in re.findall(r"\w+", text):
        for term in tokenize(word):
            forms.setdefault(term, set()).add(bool(_DIACRITICS_RE.search(word)))
    return {t: frozenset(v) for t, v in forms.items()}


@lru_cache(maxsize=256)
def _card_forms(text: str) -> dict[str, frozenset[bool]]:
    return typed_forms(text)


def false_friends(user: dict[str, frozenset[bool]], other: dict[str, frozenset[bool]]) -> frozenset[str]:
    """The terms two texts share only by folding: every word behind it has å/ä/ö on one side and none on the other
    ('valde' and 'våld' both fold to 'vald'). Only for a user who writes å/ä/ö at all; one who types without them
    ('franvaro') means the word with them.

    >>> false_friends(typed_forms("flickorna valde bygghörnan"), typed_forms("frihet från våld"))
    frozenset({'vald'})
    >>> false_friends(typed_forms("hög frånvaro"), typed_forms("frånvaron ökar"))
    frozenset()
    """
    return frozenset(t for t, forms in user.items() if t in other and not forms & other[t])


def fits_unit(card: GoalCard, org_kind: str) -> bool:
    """Whether `card` can be the goal of an organisation of `org_kind`: a card whose goals are about school (pupils,
    teaching, grades: `lexicon.SCHOOL_GOAL_RE`) is no goal of an adult unit (`lexicon.ADULT_ORG_KINDS`; session 22: a
    socialtjänst's job problem got the card on homework support for boys)."""
    if org_kind not in lex.ADULT_ORG_KINDS:
        return True
    return not lex.SCHOOL_GOAL_RE.search(" ".join(g.text for g in card.goals))


def fits_problem(card: GoalCard, problem: str, org_kind: str = "", fewer: str = "") -> bool:
    """Whether `card`'s goals can be a goal of `problem`: not when they name only the other gender than the group the
    problem lacks (`fewer`: 'Pojkar … erbjuds en plats för läxarbete' is no goal for girls who stay away from the
    fritidsgårdar), nor when they are about school and a leisure unit's problem names no school (trial 23)."""
    goals = " ".join(g.text for g in card.goals)
    if for_other_side(goals, fewer):
        return False
    return not (org_kind in lex.LEISURE_ORG_KINDS and lex.SCHOOL_GOAL_RE.search(goals)
                and not lex.SCHOOL_GOAL_RE.search(problem))


def school_goal_for_preschool(card: GoalCard, problem: str, org_kind: str) -> bool:
    """Whether `card`'s goal is a school's ('… motiverade till att uppnå goda skolresultat') and the plan a förskola's
    whose problem speaks of no school: it is no goal of theirs (trial 30's P2 drew it for the pedagogues' time in free
    play). Only the goal is gated here: the card's lists are judged line by line (`fits_list`), and its actors
    (session 28: 'Bibliotek' for a förskola's building corner) still serve."""
    goals = " ".join(g.text for g in card.goals)
    return org_kind == lex.PRESCHOOL_ORG_KIND and school_words(goals, org_kind) and not school_words(problem, org_kind)


def school_words(text: str, org_kind: str = "") -> bool:
    """Whether `text` speaks of school (`lexicon.SCHOOL_GOAL_RE`); for a förskola's plan only by the words it does not
    share with school (`lexicon.PRESCHOOL_SHARED_SCHOOL_WORDS_RE`: 'förskolan', 'rektor').

    >>> school_words("Pojkar når goda skolresultat", "förskola"), school_words("Rektor i förskolan", "förskola")
    (True, False)
    """
    return any(org_kind != lex.PRESCHOOL_ORG_KIND or not lex.PRESCHOOL_SHARED_SCHOOL_WORDS_RE.fullmatch(m.group(0))
               for m in lex.SCHOOL_GOAL_RE.finditer(text))


def for_other_side(text: str, fewer: str) -> bool:
    """Whether `text` names people of one gender only, and that the other than `fewer` ('pojkar' or 'flickor', the
    plan's slots for every pair; `lexicon.GENDER_SIDES`).

    >>> for_other_side("föräldrar stödjer sina söners skolgång", "flickor"), for_other_side("Läxhjälp", "flickor")
    (True, False)
    """
    if fewer not in lex.GENDER_GROUPS:
        return False
    words = {w.lower().strip(".,;:") for w in text.split()}
    named = [bool(words & side) for side in lex.GENDER_SIDES]  # male, female
    wanted = lex.GENDER_GROUPS.index(fewer)
    return any(named) and not named[wanted]


_LIST_ITEM_RE = re.compile(r"^\s*(?:\d+[.)]|[•*–-])\s+")


def item_list(line: CardLine | Sentence) -> str:
    """The list `line` stands in, its items joined (the line alone when it is no list item): what the list is for is
    told by all of its items ('Läxhjälp', 'lovskola', 'studiehörnor', '… sina söners skolgång')."""
    rows = line.chunk.text.split("\n")
    head = line.text[:40].strip().rstrip(".")
    at = next((i for i, row in enumerate(rows) if head and head in row), None)
    if at is None or not _LIST_ITEM_RE.match(rows[at]):
        return line.text
    first = last = at
    while first > 0 and _LIST_ITEM_RE.match(rows[first - 1]):
        first -= 1
    while last + 1 < len(rows) and _LIST_ITEM_RE.match(rows[last + 1]):
        last += 1
    return " ".join(rows[first:last + 1])


def fits_list(line: CardLine | Sentence, problem: str, org_kind: str = "", fewer: str = "") -> bool:
    """Whether the list `line` stands in can hold measures for `problem`: not one for the other gender only than the
    group the problem lacks, nor one of school for a leisure unit whose problem names none (trial 23: studiehörnor,
    from a list of homework support for boys, offered for girls who do not come to the fritidsgårdar)."""
    items = item_list(line)
    if for_other_side(items, fewer):
        return False
    return not (org_kind in lex.LEISURE_ORG_KINDS and lex.SCHOOL_GOAL_RE.search(items)
                and not lex.SCHOOL_GOAL_RE.search(problem)) and not (
        org_kind == lex.PRESCHOOL_ORG_KIND and school_words(items, org_kind) and not school_words(problem, org_kind))


def about_school(text: str, org_kind: str) -> bool:
    """Whether a line of the material speaks of school (`lexicon.SCHOOL_GOAL_RE`) where the planner's unit is one for
    adults other than komvux: 'Stärk relationer mellan elever …' is no intervention for a hemtjänst whose problem
    names 'äldre', nor 'Rektorer … fattar ett formellt beslut' its decision-makers."""
    if org_kind == lex.PRESCHOOL_ORG_KIND:  # a förskola's: a line of school's own words (trial 30)
        return school_words(text, org_kind)
    return org_kind in lex.ADULT_ORG_KINDS and org_kind != "vuxenutbildning" and bool(lex.SCHOOL_GOAL_RE.search(text))


def card_text(card: GoalCard) -> str:
    """What a card is about: the problem it answers, its goals and its first interventions."""
    parts = [card.problem.text] if card.problem else []
    parts += [g.text for g in card.goals]
    parts += [i.text for i in card.interventions[:6]]
    return " ".join(parts)


def fit(ranked: Sequence[CardMatch]) -> CardMatch | None:
    """The first of `ranked` when it clears `CARD_FIT` and leads the next by `CARD_MARGIN` (or its goal holds the
    problem's own terms); None otherwise."""
    if not ranked or ranked[0].score < CARD_FIT:
        return None
    lead = ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0)
    return ranked[0] if lead >= CARD_MARGIN or ranked[0].overlap >= _OWN_TERMS else None


def goal_text(card: GoalCard) -> str:
    """The card's problem and goals: what its terms are compared with (not its interventions' wording)."""
    return " ".join(([card.problem.text] if card.problem else []) + [g.text for g in card.goals])


def problem_terms(terms: frozenset[str]) -> frozenset[str]:
    """The problem's lemmas as retrieval reads them (everyday words mapped, compounds split), less who and how
    much, and less a compound's parts where the compound itself is there: 'gymnasiebehörighet' keeps its own
    lemma and does not meet 'behöriga lärare' through its part 'behörig'."""
    generic = frozenset(tokenize(" ".join(lex.CARD_GENERIC_WORDS)))
    kept = {t for t in terms if t not in generic and not t.isdigit()}
    return frozenset(t for t in kept if not any(t != u and len(u) > len(t) + 2 and t in u for u in kept))
