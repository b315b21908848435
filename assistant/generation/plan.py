"""One connected plan across a conversation: the drafts made earlier, the user's facts from every turn,
and edit requests on the current draft ("gör målet mätbart", "kortare", "byt målgrupp till åk 4–6").

The conversation's history carries each earlier draft as its rendered text; it is read back with
`parse_draft`, so a problem formulation leads to a local goal for that problem and the goal's indicator,
baseline and target carry into the follow-up plan. Shared by both backends.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.generation.drafts import goal_sentence_item, parse_draft, recheck_goal, render_draft, with_notice
from assistant.generation.facts.messages import extract_facts, with_complements
from assistant.generation.facts.model import UserFacts
from assistant.index.lexical import fold, tokenize
from assistant.index.sentences import split_at_stops
from assistant.modes import DRAFT_MODES, MODES
from assistant.schema import ChatRequest, ChatResponse, Citation, Draft, DraftItem, Turn

if TYPE_CHECKING:
    from assistant.generation.base import PreparedTurn

# Edit requests on the current draft, in the order they are tried: name -> pattern (group 1 = argument).
EDIT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Also typed without å/ä/ö ('skriv om for rektorer', 'gor malet matbart'), as questions are.
    (name, re.compile(lex.typed_without_diacritics(pattern), re.I)) for name, pattern in [
        ("target", r"\b(?:byt|ändra|ändra om)\s+(?:målgrupp(?:en)?|årskurs(?:en|erna)?)\s+(?:till|mot)\s+(.+)"),
        ("target", lex.EDIT_TARGET_INTENT),  # 'Kan du ändra målgruppen så att målet bara gäller åk 7–9?'

        ("measurable", r"\bgör\s+(?:målet|det|målen)\s+(?:mer\s+)?mätbar\w*|\bmätbart\b"),
        # ... also as a sentence of its own after another ('Vi behöver en uppföljning. Kortare, tack.')
        ("shorter", r"(?:^|[.!?]\s+)\s*(?:gör (?:det|utkastet|texten|planen|målet) )?kortare\b|\bkorta (?:ner|ned)\b|"
                    r"\bförkorta\b|"
                    # ... or joined to another wish ('Gör den mer professionell och kortare'; drafts32)
                    r"\b(?:och|samt)\s+(?:lite\s+|mycket\s+)?kortare\s*[.!?]?\s*$"),
        # an indicator the user describes after it ('lägg till en indikator för hur många som går vidare till arbete
        # eller studier'; trial 33 got the draft back unchanged, without a word)
        ("indicator", lex.EDIT_INDICATOR),
        # the actors the user names after it are theirs to add ('…, till exempel fritidsgårdarna och studieförbunden')
        ("actors", r"(?:\blägg till (?:fler )?aktörer|\bfler aktörer|\bvilka aktörer\b.*\blägg\w*)\b(.*)"),
        ("actors", lex.EDIT_ADD_NAMED_ACTOR),  # 'lägg till elevhälsan': the actor named is the one to add
        ("audience", r"\bskriv om (?:det |utkastet |texten )?för\s+(.+)"),
        ("audience", lex.EDIT_AUDIENCE_INTENT),  # 'Skriv om planen så att den passar att skicka till vårdnadshavarna'

        # the current draft in lättläst: the version the user has edited, not a new one from their facts
        # ... also asked as an explanation in simple words ('Förklara målet och uppföljningen enkelt för
        # fritidsledarna', trial 23: the draft was rebuilt in full and lost its 'kortare')
        ("easy", r"\blättläst\w*\b|\b(?:lätt|enkel|enklare)\s+svenska\b|\bförklara\b[^.?!]*\b(?:enkelt|enklare)\b|"
                 r"\bmed (?:enkla|lätta) ord\b|\bpå ett (?:enkelt|lätt) sätt\b"),
        # ... and one that says only that it should be better, not how ('Kan du göra den snyggare?'): answered with
        # what can be changed (extractive/edits.py), last, so 'gör den snyggare och kortare' is 'shorter'
        ("polish", lex.VAGUE_EDIT),
    ]
]


@dataclass
class PlanContext:
    """What the conversation has decided so far, and the user's facts from all of it."""

    facts: UserFacts
    drafts: dict[str, Draft] = field(default_factory=dict)  # mode -> latest draft of that kind
    last: Draft | None = None  # the most recent draft of any kind

    def field_value(self, label: str) -> str | None:
        """'Indikator' -> the value of the latest 'Indikator: …' item of any earlier draft."""
        item = self.field_item(label)
        return item.text.split(":", 1)[1].strip() if item is not None else None

    def field_item(self, label: str) -> DraftItem | None:
        """The latest 'Label: …' item of any earlier draft, with its provenance: a target the assistant proposed
        stays its proposal in a later draft, never the user's."""
        for draft in (self.drafts.get("lokalt_mal"), self.drafts.get("problemformulering"), self.last):
            if draft is None:
                continue
            # Not the goal check ('Målvärde: nej – fyll i …' says the value is missing, it is not the value).
            for item in (i for sec in draft.sections if sec.key != "kontroll" for i in sec.items):
                # 'Indikator: …', or in lättläst 'Indikator (något ni kan mäta): …'
                if re.match(rf"{re.escape(label)}(?:\s*\([^()]*\))?:", item.text, re.I) and not item.gap:
                    return item
        return None

    def decided_topic(self) -> str:
        """The problem the plan is about, as an earlier draft stated it."""
        for mode, key in (("problemformulering", "problem"), ("lokalt_mal", "motivering"), ("lokalt_mal", "mal")):
            draft = self.drafts.get(mode)
            section = draft.section(key) if draft else None
            if section:
                texts = [i.text for i in section.items if i.provenance == "user" and not i.gap]
                if texts:
                    return " ".join(t.strip("”") for t in texts)
        return ""


def draft_kind(turn: Turn) -> str | None:
    """The kind of draft an assistant turn holds ('## Lokalt mål – …'; a version the user saved counts as well), or
    None for any other turn."""
    return kind_of_text(turn.content) if turn.role == "assistant" else None


def kind_of_text(text: str) -> str | None:
    """The kind of draft a text is by its heading ('## Lokalt mål – …'), or None."""
    if not text.startswith("## "):
        return None
    return next((mode for mode in DRAFT_MODES if text.startswith(f"## {MODES[mode].label}")), None)


def drafted_before(history: Sequence[Turn], index: int) -> bool:
    """Whether the conversation held a draft before its turn at `index` (a creation word then may name an edit of
    it: `edit_request`)."""
    return any(draft_kind(t) is not None for t in history[:index])


def drafted_flags(history: Sequence[Turn]) -> list[bool]:
    """`drafted_before(history, i)` for every i from 0 to len(history), in one pass over the history (read for each
    of its turns).

    >>> drafted_flags([Turn(role="user", content="Hej"), Turn(role="assistant", content="## Lokalt mål – X")])
    [False, False, True]
    """
    return list(accumulate((draft_kind(t) is not None for t in history), operator.or_, initial=False))


def earlier_drafts(request: ChatRequest) -> tuple[dict[str, Draft], Draft | None]:
    """The drafts written earlier in the conversation, latest of each kind, and the latest of all; a version the user
    saved (PUT /v1/drafts) stands where it was saved, so a later turn builds on it (review 26: the follow-up plan
    followed the goal as the assistant wrote it, not as the user had edited and saved it)."""
    found: dict[str, Draft] = {}
    last: Draft | None = None
    for turn in request.history:
        mode = draft_kind(turn)
        if mode is None:
            continue
        draft = parse_draft(mode, turn.content)
        if draft is not None and draft.sections:
            found[mode] = draft
            last = draft
    return found, last


def plan_context(request: ChatRequest) -> PlanContext:
    """The user's facts from every turn (later ones win) and the drafts made so far."""
    history = request.history
    # each message with whether a draft was there when it was written (`edit_request`)
    drafted = drafted_flags(history)
    told = [(t.content, drafted[n]) for n, t in enumerate(history) if t.role == "user"]
    told.append((request.message, drafted[-1]))
    said = [m for m, _ in told]
    # An edit request is not a description of the situation; only a new target group in it counts.
    kept = [(m, d) for m, d in told if (e := edit_request(m, d)) is None or e[0] == "target"]
    messages = [m for m, _ in kept]
    # ... named by grades ('åk 4–6', read as any message) or in words ('elever på högskoleförberedande program')
    named = {n: e[1] for n, (m, d) in enumerate(kept) if (e := edit_request(m, d)) is not None and e[1]}
    opts = request.options
    # ... with what their figures imply ('78 % av barnen som valde … pojkar': the girls are the other 22 %)
    facts = with_complements(extract_facts(messages, opts.org, opts.target_group, named))
    if (grades := saved_goal_grades(request)) and grades != facts.grades:
        # the goal the user saved names other grades than the conversation did: the plan is of those, as after 'byt
        # målgrupp till …' (drafts32: the follow-up plan's title kept the grades the goal no longer named)
        named[len(messages)] = grades
        facts = with_complements(extract_facts([*messages, grades], opts.org, opts.target_group, named))
    # ... but the target an edit request sets ('gör målet mätbart: flickorna ska ner till 12 % … hösten 2026') is
    # the user's: the targets of every message, in order.
    facts.target = extract_facts(said).target or facts.target
    drafts, last = earlier_drafts(request)
    _follow_saved_group(facts, request)
    return PlanContext(facts=facts, drafts=drafts, last=last)


def saved_goal_grades(request: ChatRequest) -> str:
    """The grades ('åk 8–9') the goal the user saved last (PUT /v1/drafts) names in its own goal sentence, when it names
    one span and no target group was changed after it was saved; '' otherwise.

    >>> from assistant.schema import Turn
    >>> saved = Turn(role="assistant", saved=True, content="## Lokalt mål – X\\n**Förslag på lokalt mål**\\n"
    ...              "- Senast 2027 ska fler pojkar i åk 8–9 vara trygga.")
    >>> saved_goal_grades(ChatRequest(message="Gör en uppföljningsplan.", mode="uppfoljning", history=[saved]))
    'åk 8–9'
    """
    history = request.history
    at = next((n for n in range(len(history) - 1, -1, -1) if history[n].saved and
               draft_kind(history[n]) == "lokalt_mal"), None)
    if at is None:
        return ""
    later = [t.content for t in history[at + 1:] if t.role == "user"] + [request.message]
    if any((e := edit_request(m, True)) is not None and e[0] == "target" for m in later):
        return ""
    draft = parse_draft("lokalt_mal", history[at].content)
    goal = next((i for i in (draft.section("mal").items if draft and draft.section("mal") else [])
                 if i.provenance == "user" and not i.gap), None)
    spans = {" ".join(m.group(0).split()) for m in lex.GRADE_RE.finditer(goal.text)} if goal is not None else set()
    return spans.pop() if len(spans) == 1 else ""


def _follow_saved_group(facts: UserFacts, request: ChatRequest) -> None:
    """The target group as the user's saved goal names it (PUT /v1/drafts): a goal they wrote for the age band or
    grades of the target group they started from ('… varken pojkar eller flickor 3–5 år …' with 'barn 3–5 år' in the
    options) takes back a later change of group ('byt målgrupp till barn 1–3 år'), so that the rest of the plan
    follows the saved goal (trial 28: the follow-up plan asked for a baseline of barn 1–3 år under a goal that gave
    the one of 3–5 år, and the titles kept '1–3 år')."""
    if not facts.named_group or not request.options.target_group:
        return
    saved = [t for t in request.history if t.role == "assistant" and t.saved and draft_kind(t) == "lokalt_mal"]
    draft = parse_draft("lokalt_mal", saved[-1].content) if saved else None
    goal = next((i for i in (draft.section("mal").items if draft and draft.section("mal") else [])
                 if i.provenance == "user" and not i.gap), None)
    if goal is None:
        return
    def bands(text: str) -> set[tuple[str, str]]:
        return {m.groups() for m in lex.AGE_BAND_RE.finditer(text)} | {
            (m.group(0).lower(), "") for m in lex.GRADE_RE.finditer(text)}
    named, started = bands(goal.text), bands(request.options.target_group)
    if named and named <= started and not named & bands(facts.named_group):
        facts.named_group = ""
        facts.figures = [replace(f, named="") for f in facts.figures]


def edit_request(message: str, drafted: bool = False) -> tuple[str, str] | None:
    """('target', 'åk 4–6') for 'byt målgrupp till åk 4–6'; None when the message is not an edit request.

    A request to make a new draft is no edit, whatever it asks the draft to be ('Gör ett mätbart lokalt mål':
    `carried_edits`); only a new target group in it is still read as one (its facts are read all the same). Where the
    conversation holds a draft (`drafted`), an edit said of it outside the words that name a new draft is an edit
    all the same ('Vi behöver en uppföljning. Gör målet mätbart', 'kortare', 'lägg till aktörer': review 26, a
    creation word anywhere in the message made it a new draft); one said of the new draft by a pronoun after it
    ('Gör ett lokalt mål. Skriv det på lättläst') or joined to it in its sentence ('Gör en uppföljningsplan och lägg
    till aktörer') is still the creation's.

    >>> edit_request("gör målet mätbart"), edit_request("Vi är Ekby skola. Gör ett mätbart lokalt mål.")
    (('measurable', ''), None)
    >>> edit_request("Vi behöver en uppföljning. Gör målet mätbart", drafted=True)
    ('measurable', '')
    >>> edit_request("Vi behöver en uppföljning. Gör målet mätbart"), edit_request("Gör ett mätbart mål.", True)
    (None, None)
    >>> edit_request("Gör ett lokalt mål. Skriv det på lättläst", drafted=True) is None
    True
    >>> edit_request("Gör en uppföljningsplan för målet och lägg till aktörer", drafted=True) is None
    True
    """
    text = " ".join(message.split())
    if len(text) > 200:
        return None
    creation = lex.DRAFT_CREATION_RE.search(text)
    for name, pattern in EDIT_PATTERNS:
        m = pattern.search(text)
        if m is None or (name == "indicator" and not drafted):  # one more indicator is of a draft there is
            continue
        if name != "target" and creation is not None:
            # the first edit said of the draft there is, outside the creation's words
            m = next((e for e in pattern.finditer(text) if _of_current_draft(text, e, creation)), None) \
                if drafted else None
            if m is None:
                if drafted:
                    continue
                return None
        arg = next((g for g in m.groups() if g), "").strip(" .!?")  # the intent forms hold it in another group
        return name, arg
    return None


def _of_current_draft(text: str, edit: re.Match[str], creation: re.Match[str]) -> bool:
    """Whether an edit in a message that also names a draft to make is said of the conversation's current draft: it
    stands outside the creation's words ('mätbart' in 'Gör ett mätbart lokalt mål' is the new draft's) and does not
    take the new draft up by a pronoun after it ('Gör ett lokalt mål. Skriv det på lättläst')."""
    if edit.start() < creation.end() and creation.start() < edit.end():
        return False
    if edit.start() >= creation.end():
        start = max(text.rfind(stop, 0, edit.start()) for stop in ".!?;")
        clause = text[start + 1:edit.end()] if start >= creation.end() - 1 else text[creation.end():edit.end()]
        if lex.DRAFT_PRONOUN_RE.search(clause):
            return False
        # ... nor is one joined to the creation in its sentence ('Gör en uppföljningsplan och lägg till aktörer')
        if start < creation.end() and lex.JOINED_REQUEST_RE.match(text[creation.end():edit.start()]):
            return False
    return True


# What a request to make a new draft may ask the new draft to be, applied to it as the same edits would be.
CARRIED_EDITS = ("measurable", "easy")


def carried_edits(message: str) -> list[tuple[str, str]]:
    """The edits a request to make a new draft asks for in the same breath ('Gör ett mätbart lokalt mål' ->
    [('measurable', '')], 'Skriv en problemformulering på lättläst svenska' -> [('easy', '')]); [] for any other
    message (trial 26: the measurable goal a first message asked for was refused as an edit of no draft).

    >>> carried_edits("Vi är Ekby skola. Gör ett mätbart lokalt mål."), carried_edits("gör målet mätbart")
    ([('measurable', '')], [])
    """
    text = " ".join(message.split())
    if not lex.DRAFT_CREATION_RE.search(text):
        return []
    return [(name, "") for name, pattern in EDIT_PATTERNS if name in CARRIED_EDITS and pattern.search(text)]


def makes_new_draft(message: str) -> bool:
    """Whether a message that is no edit makes a new draft, so that the edits of the draft there was end with it: it
    asks for one ('Skriv ett lokalt mål', `lexicon.DRAFT_CREATION_RE`) or tells a situation with figures. A question
    or request in the same mode that does neither ('Vilka insatser kan vi göra och vilka aktörer behöver vara med?')
    is answered within the current draft, with every edit made to it (trial 35: it rebuilt the goal card and dropped
    the measurable target 'gör målet mätbart' had set, in the draft and in the exported plan).

    >>> makes_new_draft("Skriv ett lokalt mål utifrån problemformuleringen"), makes_new_draft("Vilka aktörer behövs?")
    (True, False)
    >>> makes_new_draft("Vi är Björkskolan och 38 % av pojkarna saknar godkänt i matematik.")
    True
    """
    text = " ".join(message.split())
    return lex.DRAFT_CREATION_RE.search(text) is not None or lex.FIGURE_RE.search(text) is not None


def sent_outside(request: ChatRequest, kind: str, asked: tuple[str, str] | None = None) -> bool:
    """Whether the conversation's current `kind` draft stands in lättläst for people outside the organisation by the
    edits made to it since it was written and `asked`, this turn's own edit: lättläst asked for, or a rewrite for an
    outside audience ('skriv om för vårdnadshavare') that no later rewrite for people inside took back. Every turn
    rebuilds the draft, so a later edit ('kortare') keeps it so (trial 35: the staff text came back under the title
    '(för vårdnadshavare)'). It stands while the user goes on with that version: after a turn on another draft, or the
    user's own saved version, the plan is the plan again (test_drafting_trial31: 'Uppdatera uppföljningsplanen efter
    målet som jag har ändrat' after a new goal)."""
    replies = [t for t in request.history if t.role != "user"]
    if asked is None and (not replies or replies[-1].saved or draft_kind(replies[-1]) != kind):
        return False
    standing = False
    for name, arg in [*edits_since(request, kind), *([asked] if asked is not None else [])]:
        if name == "easy":
            standing = True
        elif name == "audience":
            standing = lex.OUTSIDE_AUDIENCE_RE.match(arg) is not None
    return standing


def edits_since(request: ChatRequest, kind: str) -> list[tuple[str, str]]:
    """The edit requests made to the conversation's current `kind` draft since it was written, oldest first.

    Every turn rebuilds the draft from the conversation (so its citations point at the same lines again); these are
    applied again, in order, before a new edit, so that "kortare" after "gör målet mätbart" keeps the measurable
    goal. A changed target group is not among them: it is one of the user's facts (`plan_context`).
    """
    before, _, after = edit_history(request, kind)
    return [*before, *after]


def edit_history(request: ChatRequest, kind: str) -> tuple[list[tuple[str, str]], Draft | None,
                                                             list[tuple[str, str]]]:
    """`edits_since` split at the version of the `kind` draft the user saved since it was written (PUT /v1/drafts;
    None when there is none): the edits before it, the saved draft, the edits after it. A rebuilt draft takes the
    user's own lines from the saved version after the edits before it, so that a later edit builds on what they
    saved (review 26: the edited goal was lost at the next turn)."""
    before: list[tuple[str, str]] = []
    edits: list[tuple[str, str]] = []
    saved: Draft | None = None
    turns = request.history
    drafted = drafted_flags(turns)
    for i, turn in enumerate(turns):
        if turn.saved and draft_kind(turn) == kind:
            parsed = parse_draft(kind, turn.content)
            if parsed is not None and parsed.sections:
                saved, before, edits = parsed, [*before, *edits], []
            continue
        reply = turns[i + 1] if i + 1 < len(turns) else None
        if turn.role != "user" or reply is None or reply.saved or draft_kind(reply) != kind:
            continue
        found = edit_request(turn.content, drafted[i])
        if found is None and not makes_new_draft(turn.content):
            continue  # a question on the draft there is ('Vilka aktörer behöver vara med?'): its edits still stand
        if found is None:  # a new draft of this kind: the edits before it were of the one it replaced ...
            edits = [e for e in carried_edits(turn.content) if e[0] != "easy"]  # ... save those it was made with
            saved, before = None, []
        elif found[0] != "target":
            edits.append(found)
    if saved is None:
        return edits, None, []
    return before, saved, edits


def named_actors(arg: str) -> list[str]:
    """The actors a request to add actors names ('…, till exempel fritidsgårdarna och studieförbunden' ->
    ['Fritidsgårdarna', 'Studieförbunden']); [] when it names none ('lägg till fler aktörer').

    >>> named_actors(", till exempel fritidsgårdarna och studieförbunden")
    ['Fritidsgårdarna', 'Studieförbunden']
    >>> named_actors(": biblioteket, Röda korset samt föreningslivet"), named_actors(""), named_actors("tack")
    (['Biblioteket', 'Röda korset', 'Föreningslivet'], [], [])
    >>> named_actors(", till exempel studie- och yrkesvägledarna och Arbetsförmedlingen")
    ['Studie- och yrkesvägledarna', 'Arbetsförmedlingen']
    >>> named_actors(" – vi har en ateljerista och samarbetar med biblioteket i Granvik")
    ['Ateljerista', 'Biblioteket i Granvik']
    >>> named_actors("elevhälsan och kuratorn")
    ['Elevhälsan', 'Kuratorn']
    """
    lead = lex.ACTOR_LIST_LEAD_RE.match(arg.strip(" .!?"))
    # ... or the request names them right away ('lägg till elevhälsan och kuratorn', lexicon.EDIT_ADD_NAMED_ACTOR)
    named = lead is None and any(p.match(arg.strip()) for p, _ in lex.ACTOR_KINDS)
    if lead is None and not named:  # 'fler aktörer tack', 'vilka aktörer kan vi lägga till': no names follow
        return []
    text = arg.strip(" .!?")[lead.end() if lead is not None else 0:].strip(" .!?,:;")
    # 'studie- och yrkesvägledarna' is one actor: an 'och' after a hyphen joins the parts of one compound
    names = [" ".join(n.split()).strip(" .,:;") for n in re.split(r",|(?<!-\s)\b(?:och|samt|eller)\b", text)]
    # '– vi har en ateljerista och samarbetar med biblioteket i Granvik': the actors, not the clauses that tell them
    # (trial 28: 'Vi har en ateljerista' and 'Samarbetar med biblioteket i Granvik' were listed as actors)
    names = [lex.ACTOR_CLAUSE_LEAD_RE.sub("", n).strip(" .,:;") for n in names]
    return [f"{n[:1].upper()}{n[1:]}" for n in names if n and len(n.split()) <= 5]


NO_DRAFT_REPLY = ("Det finns inget utkast att ändra i det här samtalet ännu. Be först om ett utkast – till "
                  "exempel en problemformulering, ett lokalt mål eller en uppföljningsplan – och beskriv er "
                  "situation (skola, årskurser, siffror med år). Sedan kan du be mig ändra det, t.ex. "
                  "”gör målet mätbart” eller ”byt målgrupp till åk 4–6”.")


def grades_in(text: str) -> str | None:
    """'åk 4–6' from 'åk 4-6', 'årskurs 4 till 6' or 'mellanstadiet'."""
    m = lex.GRADE_RE.search(text)
    if m:
        first, last = m.group(1), m.group(2)
        return f"åk {first}–{last}" if last and last != first else f"åk {first}"
    for word, grades in lex.STAGE_GRADES.items():
        if re.search(rf"\b{word}\b", text.lower()):
            return grades
    return None


# Edits that can only mean a draft (its goal, target group or actors): in `fraga` with no draft they get the clear
# reply that there is none, not a search of the material. "kortare" or "skriv om för …" may ask about an answer.
DRAFT_ONLY_EDITS = ("target", "measurable", "actors")


def nothing_to_edit(request: ChatRequest) -> bool:
    """Whether a question-mode message asks only for an earlier answer in another form ('gör det kortare', 'Kan du
    göra det mer kortfattat?', lexicon.ANSWER_FORM_ONLY_RE) where there is no earlier answer."""
    return request.mode == "fraga" and not any(t.role == "assistant" for t in request.history) and \
        lex.ANSWER_FORM_ONLY_RE.match(" ".join(request.message.split())) is not None


def is_edit(turn: PreparedTurn) -> bool:
    """An edit request in a drafting mode, in `fraga` when the conversation holds a draft, or one that can only mean
    a draft ("byt målgrupp till åk 4–6") in any mode; and a question-mode conversation's first message that asks only
    for an earlier answer in another form (`nothing_to_edit`: told plainly there is nothing to edit yet)."""
    request = turn.request
    if nothing_to_edit(request):
        # 'gör det kortare' as a conversation's first message (trial 38); not every first message an edit pattern
        # meets: 'Förklara jämställdhetsintegrering med enkla ord' asks the material (review38)
        return True
    found = edit_request(request.message, drafted_before(request.history, len(request.history)))
    if found is None:
        return False
    if found[0] == "easy":  # 'Gör uppföljningsplanen på lättläst svenska': of a draft of this kind, adding no facts
        new = extract_facts([request.message])
        return request.mode in earlier_drafts(request)[0] and not new.figures and not new.problems
    # ... a request, not a question about drafting ('Hur gör man ett mål mätbart?' is answered from the material)
    only_draft = found[0] in DRAFT_ONLY_EDITS and "?" not in request.message
    return request.mode in DRAFT_MODES or only_draft or bool(earlier_drafts(request)[0])


def asks_the_material(request: ChatRequest) -> bool:
    """Whether a message in a drafting mode only asks a question of the material ('Vad säger metodstödet om läxhjälp
    för pojkar?', 'Hur kan vi nå fler flickor?'): every sentence a question (`lexicon.QUESTION_SENTENCE_RE`), no
    figure of theirs, no draft or part of one named ('Hur gör vi ett lokalt mål av det?' asks for the draft) and no
    edit. The user expects it answered, as a question is (trial 28's open list: it became the draft's problem).

    >>> from assistant.schema import ChatRequest
    >>> asks = lambda m: asks_the_material(ChatRequest(message=m, mode="lokalt_mal"))
    >>> asks("Vad säger metodstödet om läxhjälp för pojkar?"), asks("Hur gör vi ett lokalt mål av det?")
    (True, False)
    >>> asks("Vi är Björkskolan. 38 % av pojkarna saknar godkänt. Hur kan vi vända det?"), asks("kortare")
    (False, False)
    >>> follow = lambda m: asks_the_material(ChatRequest(message=m, mode="uppfoljning"))
    >>> follow("Hur följer vi upp det här under läsåret?"), follow("Hur följer man upp närvaro enligt metodstödet?")
    (False, True)
    """
    message = request.message.strip()
    if request.mode not in DRAFT_MODES or not message or lex.FIGURE_RE.search(message) or \
            lex.DRAFT_NAMED_RE.search(message):
        return False
    own_act = lex.DRAFT_MODE_OWN_ACT.get(request.mode)
    if own_act is not None and own_act.search(message) and not lex.ASKS_THE_MATERIAL_RE.search(message):
        return False  # 'Hur följer vi upp det här?' in uppföljning asks for the follow-up plan
    if edit_request(message, drafted_before(request.history, len(request.history))) is not None:
        return False
    # ... nor a question on a part of the draft there is, by the part's name ('Vilka insatser passar bäst?', 'Vem
    # ska vara med bland aktörerna?'; its section key: 'insatser', 'aktorer', 'orsaker'), unless it names the
    # material: answered within that draft, with its edits (trial 35; `makes_new_draft`)
    current = earlier_drafts(request)[0].get(request.mode)
    parts = {t for s in current.sections if s.key.split("_")[0] in lex.DRAFT_PARTS_ASKED_OF
             for t in tokenize(fold(s.key.split("_")[0]))} if current is not None else set()
    if parts & set(tokenize(fold(message))) and not lex.ASKS_THE_MATERIAL_RE.search(message):
        return False
    return all(lex.QUESTION_SENTENCE_RE.search(s) for s in split_at_stops(message) if s.strip())


def follow_goal(plan: Draft, goal: Draft) -> Draft:
    """The follow-up plan `plan` following the local goal `goal` as it stands: its goal section says the goal's
    sentence, and every line that repeated the goal it was written from ('Första steg att besluta om: …') says the
    new one."""
    new = goal_sentence_item(goal)
    section = plan.section("mal")
    old = next((i for i in section.items if not i.gap), None) if section is not None else None
    if new is None or section is None or (old is not None and old.text == new.text):
        return plan
    plan = plan.model_copy(deep=True)
    for s in plan.sections:
        if s.key == "mal":
            s.items = [new.model_copy()]
        elif old is not None and old.text.strip():  # an emptied goal would be 'found' between every character
            s.items = [i.model_copy(update={"text": i.text.replace(old.text, new.text)}) if old.text in i.text
                       else i for i in s.items]
    return plan


def sent_version(draft: Draft) -> bool:
    """Whether the draft is a version to send to people outside the organisation (the edits' rewrite 'för
    vårdnadshavarna'), not the plan's own text: by its field, or, for a saved draft read back from its text, by the
    title that rewrite gives it ('Uppföljningsplan … (för vårdnadshavarna)').

    >>> sent_version(Draft(kind="uppfoljning", title="Uppföljningsplan (för vårdnadshavarna)"))
    True
    >>> sent_version(Draft(kind="uppfoljning", title="Uppföljningsplan (för rektorer)"))
    False
    """
    if draft.audience:
        return True
    named = re.search(r"\(för ([^()]+)\)\s*$", draft.title)
    return named is not None and lex.OUTSIDE_AUDIENCE_RE.match(named.group(1)) is not None


def plan_document(responses: list[ChatResponse]) -> tuple[str, str, list[Citation]]:
    """The conversation's connected plan as one document: the latest draft of each kind, in the method's order
    (problem -> goal -> follow-up), in one register (standard or lättläst, as the latest draft), with citations
    renumbered across the whole document.

    Returns (title, Markdown-like text with [n] markers, citations) for the exporters.
    """
    from assistant.generation.easy import easy_draft

    drafted = [r for r in responses if r.draft is not None and r.draft.kind in DRAFT_MODES]
    # One register for the whole plan, the latest draft's (trials 22–23: a lättläst follow-up stood beside the
    # standard problem and goal): in lättläst every part is; in standard language a lättläst version of a kind gives
    # way to the standard one before it.
    # A version to send to people outside (`sent_version`, in lättläst) is neither the plan's register nor, beside
    # the plan's own draft of its kind, part of the plan (trial 32: after 'skriv om för vårdnadshavare' the whole
    # exported plan came out in the parents' lättläst).
    own = [r for r in drafted if r.draft is not None and not sent_version(r.draft)]
    easy = bool(own) and own[-1].draft is not None and own[-1].draft.easy
    latest: dict[str, ChatResponse] = {}
    order: dict[str, int] = {}  # when each kind's chosen draft was made, in the conversation's order
    for n, response in enumerate(drafted):
        assert response.draft is not None
        kept = latest.get(response.draft.kind)
        if kept is not None and kept.draft is not None and sent_version(response.draft) and \
                not sent_version(kept.draft):
            continue
        if not easy and response.draft.easy and kept is not None and kept.draft is not None and not kept.draft.easy:
            continue
        latest[response.draft.kind] = response
        order[response.draft.kind] = n
    goal = latest.get("lokalt_mal")
    # The goal as it stands now: its check worked out again, and a follow-up plan written before it changed follows
    # it (trial 26: the exported plan held the edited goal and, in its follow-up plan, the placeholder goal before it).
    followed = goal.draft if goal is not None and goal.draft is not None else None
    if followed is not None and goal is not None:
        followed = recheck_goal(followed)
        latest["lokalt_mal"] = goal.model_copy(update={"draft": followed})
    plan = latest.get("uppfoljning")
    if followed is not None and plan is not None and plan.draft is not None and \
            order["lokalt_mal"] > order["uppfoljning"]:
        latest["uppfoljning"] = plan.model_copy(update={"draft": follow_goal(plan.draft, followed)})
    _note_changed_group(latest)
    parts: list[str] = []
    citations: list[Citation] = []
    place = ""
    for mode in DRAFT_MODES:
        response = latest.get(mode)
        if response is None or response.draft is None:
            continue
        by_n = {c.n: c for c in response.citations}
        mapping: dict[int, int] = {}
        for item in response.draft.items():
            for n in item.citations:
                if n in by_n and n not in mapping:
                    mapping[n] = len(citations) + 1
                    rewritten = by_n[n].rewritten or easy  # a standard draft's lines said again in lättläst
                    citations.append(by_n[n].model_copy(update={"n": mapping[n], "rewritten": rewritten}))
        draft = response.draft.model_copy(deep=True)
        if easy and not draft.easy:
            draft = easy_draft(draft)
        for section in draft.sections:
            section.items = [i.model_copy(update={"citations": [mapping[n] for n in i.citations if n in mapping]})
                             for i in section.items]
        place = place or draft.facts.get("plats") or draft.facts.get("skola") or draft.facts.get("organisation", "")
        parts.append(render_draft(draft))
    title = f"Plan för jämställdhetsarbetet{' – ' + place if place else ''}"
    return title, f"# {title}\n\n" + "\n\n".join(parts), citations


def _note_changed_group(latest: dict[str, ChatResponse]) -> None:
    """The problem formulation in `latest` with a note when the later parts are of other grades ('byt målgrupp till
    åk 7–9' after a problem of åk 6, `lexicon.PLAN_GROUP_CHANGED_NOTE`): the plan says which step is of which target
    group, since the problem's figures stay the ones the user gave (trial 35)."""
    problem = latest.get("problemformulering")
    own = grades_in(problem.draft.title) if problem is not None and problem.draft is not None else None
    if problem is None or problem.draft is None or own is None:
        return
    later = {mode: grades_in(r.draft.title) for mode in lex.PLAN_PART_NAMES
             if (r := latest.get(mode)) is not None and r.draft is not None}
    changed = {mode: g for mode, g in later.items() if g is not None and g != own}
    if not changed or len(set(changed.values())) != 1:
        return
    parts = " och ".join(lex.PLAN_PART_NAMES[m] for m in changed)
    note = lex.PLAN_GROUP_CHANGED_NOTE.format(own=own, later=next(iter(changed.values())), parts=parts)
    latest["problemformulering"] = problem.model_copy(update={"draft": with_notice(problem.draft, note)})
