"""Goal cards: the method support's suggested local goals with their interventions, actors and follow-up.

The method support lays each suggestion out under recurring headings ('Förslag
på lokalt mål', 'Förslag på insatser', 'Förslag på aktörer …', and in its
closing list 'Insatser' + 'Förslag på uppföljning'). The closing list repeats
the interventions without the goal, so its follow-up questions are joined to
the card whose interventions they share. Everything keeps its chunk and lines
so drafts cite the exact items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.index.lexical import tokenize
from assistant.lexicon import (
    ACTOR_LIST_HEADING_RE,
    CARD_SECTIONS,
    DILEMMA_LINE,
    ON_PLACE_HEADS,
    ORG_PLACEHOLDER,
    WORKSHOP_LINE,
)
from assistant.schema import Chunk

_ITEM_RE = re.compile(r"^(?:-|\d{1,2}\.)\s+")


@dataclass
class CardLine:
    """One goal statement or list item, with where it stands."""

    text: str
    chunk: Chunk
    start_line: int
    end_line: int


@dataclass
class GoalCard:
    goals: list[CardLine] = field(default_factory=list)
    interventions: list[CardLine] = field(default_factory=list)
    actors: list[CardLine] = field(default_factory=list)
    followup: list[CardLine] = field(default_factory=list)
    followup_notes: list[CardLine] = field(default_factory=list)
    problem: CardLine | None = None

    def terms(self) -> set[str]:
        words: set[str] = set()
        for line in [*self.goals, *self.interventions, *self.followup]:
            words.update(tokenize(line.text))
        return words

    def chunk_ids(self) -> set[str]:
        return {ln.chunk.chunk_id for ln in [*self.goals, *self.interventions, *self.actors, *self.followup]}


def _role(text: str) -> str | None:
    text = " ".join(text.split()).rstrip(":")
    for role, pattern in CARD_SECTIONS:
        if pattern.match(text):
            return role
    return None


def _document_lines(chunks: Iterable[Chunk]) -> list[tuple[str, str | None, CardLine]]:
    """(text, role the line opens or None, line) in document order, with each chunk's own heading as a role.

    A chunk whose section path names no card heading opens the role "end".
    """
    out: list[tuple[str, str | None, CardLine]] = []
    for chunk in sorted(chunks, key=lambda c: c.start_line):
        roles = [r for r in (_role(h) for h in chunk.heading_path) if r]
        heading = chunk.heading_path[-1] if chunk.heading_path else ""
        out.append(("", _role(heading) or ("end" if not roles else None), CardLine(heading, chunk, 0, 0)))
        for text, first, last in chunk.lines_with_spans():
            out.append((text, _role(text) if len(text) < 80 else None, CardLine(text, chunk, first, last)))
    return out


def parse_cards(chunks: Iterable[Chunk]) -> list[GoalCard]:
    """Read goal cards from one document's chunks; an empty list for documents without them."""
    cards: list[GoalCard] = []
    listed: list[GoalCard] = []  # cards from the closing list, to be joined to `cards`
    card: GoalCard | None = None
    state: str | None = None
    in_list = False
    pending_problem: CardLine | None = None
    for text, role, line in _document_lines(chunks):
        if role is not None:
            if role == "end":
                card, state, in_list = None, None, False
            elif role == "list":
                in_list, state = True, "goal"
                card = GoalCard()
                listed.append(card)
            elif role == "goal":
                if state != "goal" or card is None:
                    card = GoalCard(problem=pending_problem)
                    pending_problem = None
                    (listed if in_list else cards).append(card)
                state = "goal"
            elif role == "interventions":
                if in_list and card is not None and (card.interventions or card.followup):
                    card = GoalCard()
                    listed.append(card)
                state = "interventions"
            else:
                state = role
            continue
        text = text.strip()
        if not text:
            continue
        is_item = bool(_ITEM_RE.match(text))
        body = CardLine(_ITEM_RE.sub("", text), line.chunk, line.start_line, line.end_line)
        if card is None or state is None:
            if text.endswith(".") and not is_item:
                pending_problem = body
            continue
        if state == "goal" and not is_item:
            card.goals.append(body)
        elif state == "interventions" and (is_item or text.lower().startswith("se ")):
            card.interventions.append(body)
        elif state == "actors" and (is_item or len(text.split()) <= 6):
            card.actors.append(body)
        elif state == "followup":
            (card.followup if is_item or text.lower().startswith("se ") else card.followup_notes).append(body)
        elif state in ("actors", "interventions") and not is_item:
            # Closing prose after the last card (e.g. 'När ni valt insatser …') ends the card section.
            card, state = None, None
    _join_listed(cards, listed)
    return [c for c in cards if c.goals]


def actors_listed_after(chunks: Iterable[Chunk], line: CardLine) -> list[CardLine]:
    """The list under the first 'Aktörer…' heading after `line` in `chunks` (its chunk and those that continue it),
    before any next goal: the actors the same card lists for its interventions, when the card's own reading did not
    reach them. Only that list's items, each with its lines; [] when another goal or the end comes first."""
    collecting = False
    out: list[CardLine] = []
    for text, role, found in _document_lines(chunks):
        if found.chunk.chunk_id == line.chunk.chunk_id and found.start_line <= line.end_line:
            continue  # the line itself, what stands before it and its chunk's heading
        stripped = text.strip()
        if not collecting:
            heading = " ".join((stripped or found.text).split()).rstrip(":")
            if ACTOR_LIST_HEADING_RE.match(heading):
                collecting = True
            elif role in ("goal", "list", "end"):
                return []
            continue
        if not stripped:  # a chunk's own heading entry: the list goes on under the same heading only
            if role is not None and role != "actors":
                break
            continue
        if role is not None or not (_ITEM_RE.match(stripped) or len(stripped.split()) <= 6):
            break
        out.append(CardLine(_ITEM_RE.sub("", stripped), found.chunk, found.start_line, found.end_line))
    return out


def _join_listed(cards: list[GoalCard], listed: list[GoalCard]) -> None:
    """Attach the closing list's follow-up to the card with the most similar interventions."""
    for item in listed:
        item_terms = {t for ln in item.interventions for t in tokenize(ln.text)}
        best, best_score = None, 0.0
        for card in cards:
            terms = {t for ln in card.interventions for t in tokenize(ln.text)}
            union = item_terms | terms
            score = len(item_terms & terms) / len(union) if union else 0.0
            if item.goals and card.goals:
                goal_terms = {t for ln in item.goals for t in tokenize(ln.text)}
                score += 0.5 * len(goal_terms & {t for ln in card.goals for t in tokenize(ln.text)}) / max(
                    len(goal_terms), 1
                )
            if score > best_score:
                best, best_score = card, score
        if best is not None and best_score >= 0.3 and not best.followup:
            best.followup = item.followup
            best.followup_notes = item.followup_notes


def place_preposition(place: str) -> str:
    """'på' for a school or another building ('på Björkskolan', 'på Ekhagens skola'), 'i' for a municipality, region
    or town ('i Alingsås kommun', 'i Region Halland', 'i Alingsås'): the name's head word tells (lexicon.ON_PLACE_HEADS).

    >>> place_preposition("Björkskolan"), place_preposition("Alingsås kommun"), place_preposition("Tallgymnasiet")
    ('på', 'i', 'på')
    >>> place_preposition("Förskolan Solrosen")  # the kind before the unit's own name is the head word too
    'på'
    """
    words = place.split()
    return "på" if ON_PLACE_HEADS.search(place.strip()) or (len(words) == 2 and ON_PLACE_HEADS.fullmatch(words[0])) \
        else "i"


def substitute_org(text: str, org: str | None) -> str:
    """'Pojkar i kommun X/skola X …' -> 'Pojkar i Borås Stad …', 'Pojkar på Björkskolan …' (the preposition before the
    placeholder fits the name); without an org the placeholder reads 'er kommun'."""
    name = org.strip() if org and org.strip() else None

    def repl(m: re.Match[str]) -> str:
        prep = m.group("prep")
        if name:
            if prep and prep.lower() in ("i", "på"):
                right = place_preposition(name)
                prep = right.capitalize() if prep[:1].isupper() else right
            return f"{prep} {name}" if prep else name
        own = "er kommun" if m.group(2).lower() == "kommun" else "er skola"
        return f"{prep} {own}" if prep else own

    out = re.sub(rf"(?:\b(?P<prep>[Ii]|[Pp]å|[Ii]nom)\s+)?{ORG_PLACEHOLDER.pattern}", repl, text, flags=re.I)
    if out and out[0].islower() and text[:1].isupper():
        out = out[0].upper() + out[1:]
    return out


@dataclass
class DilemmaCase:
    """A dilemma a course workshop discussed, with the workshop it belonged to."""

    title: str
    workshop: str
    chunk: Chunk
    start_line: int
    end_line: int


def find_dilemmas(chunks: Iterable[Chunk]) -> list[DilemmaCase]:
    """'Dilemma N: …' lines in document order, each with the nearest workshop heading before it."""
    found: list[DilemmaCase] = []
    seen: set[str] = set()
    workshop = ""
    source = ""

    def add(text: str, chunk: Chunk, first: int, last: int) -> None:
        m = DILEMMA_LINE.match(text)
        if m and m.group(2).lower() not in seen:
            seen.add(m.group(2).lower())
            found.append(DilemmaCase(m.group(2).rstrip(" ."), workshop, chunk, first, last))

    for chunk in sorted(chunks, key=lambda c: (c.source, c.start_line)):
        if chunk.source != source:
            source, workshop = chunk.source, ""
        for heading in chunk.heading_path:
            if WORKSHOP_LINE.match(heading):
                workshop = heading
        heading = chunk.heading_path[-1] if chunk.heading_path else ""
        heading_done = not heading
        for text, first, last in chunk.lines_with_spans():
            text = " ".join(text.split())
            if WORKSHOP_LINE.match(text):
                workshop = text
                continue
            if not heading_done:  # the section's own heading comes after a workshop line carried before it
                add(heading, chunk, first, first)
                heading_done = True
            add(text, chunk, first, last)
        if not heading_done:
            add(heading, chunk, chunk.start_line, chunk.start_line)
    return found
