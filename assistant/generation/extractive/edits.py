"""Edit requests on the current draft: "gör målet mätbart", "kortare", "lägg till aktörer",
"byt målgrupp till åk 4–6", "skriv om för rektorer".

The draft is rebuilt from the same conversation (so its citations point at the same lines again), the edits made
to it since it was written are applied again in order (`plan.edits_since`), then the new one; an item keeps the
provenance it had in the current draft; what an edit writes keeps its own provenance (a goal restated for a new
target group stays the assistant's proposal: only what the user wrote is theirs).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.audience import one_group_draft, reword_draft
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import (
    draft_section,
    gap,
    recheck_goal,
    render_draft,
    source_item,
    suggestion,
    user_item,
    with_notice,
)
from assistant.generation.extractive.compose import cite, cite_lines, pick, prune_citations
from assistant.generation.facts.model import UserFacts
from assistant.generation.plan import (
    NO_DRAFT_REPLY,
    PlanContext,
    carried_edits,
    drafted_before,
    edit_history,
    edit_request,
    makes_new_draft,
    named_actors,
    nothing_to_edit,
    plan_context,
)
from assistant.generation.targets import ProposedTarget, direction, goal_sentence, propose_target
from assistant.grounding.passages import Sentence
from assistant.modes import DRAFT_MODES
from assistant.schema import Draft, DraftItem, DraftSection

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


def edit(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """Apply the edit the message asks for to the conversation's current draft (or, with none, the latest draft of
    any kind). With no draft at all it says there is none; a question-mode conversation's first message that asks
    for an earlier answer in another form ('gör det kortare', plan.nothing_to_edit) is told there is nothing to
    edit yet."""
    from assistant.generation.extractive.drafts.follow_up import follow_up_plan
    from assistant.generation.extractive.drafts.goal import local_goal
    from assistant.generation.extractive.drafts.problem import problem_formulation

    if nothing_to_edit(turn.request):
        return BackendResult(text=lex.NOTHING_TO_EDIT_REPLY, grounded=False)
    request = edit_request(turn.request.message, drafted_before(turn.request.history, len(turn.request.history)))
    assert request is not None
    name, arg = request
    plan = plan_context(turn.request)
    mode = turn.request.mode
    current = plan.drafts.get(mode) or plan.last
    if current is None:
        # (an edit only a draft takes, 'byt målgrupp till åk 4–6', asks for a draft first; a request for the answer
        # in another form with no answer before it was told so above)
        return BackendResult(text=NO_DRAFT_REPLY, grounded=False)
    kind = current.kind if mode not in DRAFT_MODES or mode not in plan.drafts else mode
    if name == "measurable" and kind == "problemformulering":
        kind = "lokalt_mal"  # a goal is made measurable; a problem formulation has none yet
    composer = {"problemformulering": problem_formulation, "lokalt_mal": local_goal, "uppfoljning": follow_up_plan}
    rebuilt = composer[kind](backend, _as_mode(turn, kind), book)
    draft = rebuilt.draft
    assert draft is not None
    # The target the current draft had stays when the target group changes (trials 25–26: 'byt målgrupp' dropped the
    # measurable goal's target back to '[målvärde]'): before the earlier edits are made again, so that 'gör målet
    # mätbart' builds its sentence from it.
    _carry_target(current, draft, plan.facts.one_group)
    topic = plan.facts.topic or plan.decided_topic() or turn.query
    org_kind = plan.facts.org_kind  # an adult unit's plan gets no school roles added (`named_actors`)
    draft = _replayed(backend, book, draft, turn, kind, plan, topic)
    draft = _apply(backend, book, draft, name, arg, topic, org_kind, plan.facts)
    # The goal check worked out from the draft as it is shown: an edit may leave the goal stating what the check of the
    # rebuilt draft said was missing (trial 32: 'Målvärde: nej' beside a goal with a 25 % target after 'kortare').
    draft = recheck_goal(draft)
    # What the current draft marked as the user's stays theirs (an earlier changed target group).
    draft = _keep_provenance(current, draft)
    # What an edit writes is put in the user's pair and organisation's words too, as a new draft is (`_finish`): an
    # adult unit's plan made shorter or given actors does not get elever or rektor back.
    draft = one_group_draft(draft, plan.facts.one_group)  # a group named anew of one gender ('pojkar 13–16 år')
    draft = reword_draft(draft, plan.facts.pair, plan.facts.wording_kind, keep=("malgrupp",))
    # Every edit keeps the provenance of what it writes: a goal the assistant restates for a new target group is
    # still its proposal, a cited actor the material's; only what the user wrote is 'ni angav'.
    prune_citations(draft, book)
    text = render_draft(draft)
    before = next((t.content for t in reversed(turn.request.history) if t.role == "assistant"), "")
    # Nothing changed: say so, never hand back the same text without a word (lättläst is written after this, for
    # every backend).
    if name == "polish":  # better, but not said how: the draft as it was, and what can be changed (drafts32)
        draft = with_notice(draft, lex.VAGUE_EDIT_NOTE)
        text = render_draft(draft)
    elif name == "indicator" and not indicator_asked(arg):  # 'lägg till en indikator': said what it needs
        draft = with_notice(draft, lex.INDICATOR_NEEDS_NOTE)
        text = render_draft(draft)
    elif name != "easy" and same_text(text, before):
        undone = _UNDONE.get(name, "göra ändringen").format(arg=arg)
        notice = lex.ALREADY_MEASURABLE_NOTE if name == "measurable" and _checked_measurable(draft) else \
            f"Jag kunde inte {undone}{_UNCHANGED} Skriv gärna ändringen med andra ord, eller ändra texten själv."
        draft = with_notice(draft, notice)
        text = render_draft(draft)
    return BackendResult(text=text, grounded=len(book) > 0, draft=draft)


def _replayed(backend: ExtractiveBackend, book: CitationBook, draft: Draft, turn: PreparedTurn, kind: str,
              plan: PlanContext, topic: str) -> Draft:
    """The rebuilt `kind` draft with the edits made to the conversation's current one since it was written applied
    again in order, and the user's own lines of a version they saved since (`plan.edit_history`)."""
    before, saved, after = edit_history(turn.request, kind)
    for earlier, earlier_arg in before:
        draft = _apply(backend, book, draft, earlier, earlier_arg, topic, plan.facts.org_kind, plan.facts)
    if saved is not None:  # the version the user saved since: their own lines stand in it as they wrote them
        draft = with_saved_lines(draft, saved)
    for earlier, earlier_arg in after:
        draft = _apply(backend, book, draft, earlier, earlier_arg, topic, plan.facts.org_kind, plan.facts)
    return draft


def made_with_edits(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook,
                    result: BackendResult) -> BackendResult:
    """A new draft with the edits its request asked for in the same breath applied (`plan.carried_edits`: 'Gör ett
    mätbart lokalt mål' is a local goal made measurable, as 'gör målet mätbart' would make it); lättläst is written
    afterwards for every backend. A turn in the mode of the draft there is that makes no new one (a question: 'Vilka
    aktörer behöver vara med?', `plan.makes_new_draft`) is the current draft with every edit made to it since
    (trial 35: the measurable target was dropped, and the exported plan's goal had no målvärde)."""
    draft = result.draft
    if draft is not None and draft.kind in DRAFT_MODES and not makes_new_draft(turn.request.message):
        plan = plan_context(turn.request)
        current = plan.drafts.get(draft.kind)
        if current is not None:
            topic = plan.facts.topic or plan.decided_topic() or turn.query
            _carry_target(current, draft, plan.facts.one_group)
            replayed = _replayed(backend, book, draft, turn, draft.kind, plan, topic)
            replayed = recheck_goal(replayed)
            replayed = _keep_provenance(current, replayed)
            replayed = one_group_draft(replayed, plan.facts.one_group)
            replayed = reword_draft(replayed, plan.facts.pair, plan.facts.wording_kind, keep=("malgrupp",))
            prune_citations(replayed, book)
            result = BackendResult(text=render_draft(replayed), grounded=result.grounded, draft=replayed)
            draft = replayed
    wanted = [(name, arg) for name, arg in carried_edits(turn.request.message)
              if name != "easy" and not (name == "measurable" and draft is not None and draft.kind != "lokalt_mal")]
    if draft is None or draft.kind not in DRAFT_MODES or not wanted:
        return result
    plan = plan_context(turn.request)
    topic = plan.facts.topic or plan.decided_topic() or turn.query
    for name, arg in wanted:
        draft = _apply(backend, book, draft, name, arg, topic, plan.facts.org_kind, plan.facts)
    draft = reword_draft(draft, plan.facts.pair, plan.facts.wording_kind, keep=("malgrupp",))
    prune_citations(draft, book)
    return BackendResult(text=render_draft(draft), grounded=result.grounded, draft=draft)


# What an edit that changed nothing could not do, in the note that says so ('Jag kunde inte …').
_UNDONE = {"target": "byta målgrupp till ”{arg}”", "measurable": "göra målet mer mätbart",
           "shorter": "göra utkastet kortare", "actors": "lägga till fler aktörer",
           "audience": "skriva om utkastet för {arg}", "indicator": "lägga till indikatorn"}


_UNCHANGED = ": utkastet är oförändrat."
# 'lägg till aktörer' when no goal card fits and no passage on the problem names any: said, and the user asked.
NO_CARD_ACTORS = ("metodstödet har inget mål för just det här problemet och underlaget nämner inga{more} "
                  "aktörer för det; "
                  "skriv vilka ni tänker på, t.ex. ”lägg till aktörer, till exempel {example}”")


_QUESTION_NOTE_START = lex.DRAFT_QUESTION_NOTE.split("{", 1)[0]


def same_text(a: str, b: str) -> bool:
    """Whether two drafts read the same, citation lines, section headings, spacing and an earlier 'Jag kunde inte …'
    note aside (the same edit asked a third time changes nothing either; the note had a section of its own)."""
    def body(text: str) -> str:
        return " ".join(line.strip() for line in text.splitlines()
                        if not re.match(r"\s*(?:\[\d+\]\s|\*\*[^*]+\*\*\s*$)", line) and _UNCHANGED not in line
                        and lex.UNCHANGED_DRAFT_NOTE not in line and _QUESTION_NOTE_START not in line)
    return " ".join(body(a).split()) == " ".join(body(b).split())


def _apply(backend: ExtractiveBackend, book: CitationBook, draft: Draft, name: str, arg: str, topic: str,
           org_kind: str = "", facts: UserFacts | None = None) -> Draft:
    """One edit applied to `draft` (a changed target group is already in the rebuilt draft); `org_kind` is the
    user's organisation (`facts.org_kind`), `facts` what they told of it."""
    if name == "shorter":
        return _shorter(draft)
    if name == "actors":
        _more_actors(backend, book, draft, topic, arg, org_kind)
    elif name == "audience":
        _for_audience(backend, book, draft, arg, org_kind, facts)
    elif name == "measurable":
        _measurable(draft, backend, book)
    elif name == "indicator":
        _add_indicator(draft, arg, org_kind)
    return draft


def indicator_asked(arg: str) -> str:
    """The indicator an edit describes ('för hur många som går vidare till arbete eller studier'), in the draft's own
    grammar with its gender slots ('andel pojkar och andel flickor som går vidare till arbete eller studier'); '' when
    it names nothing to measure.

    >>> indicator_asked("för hur många som går vidare till arbete eller studier")
    'andel pojkar och andel flickor som går vidare till arbete eller studier'
    >>> indicator_asked("om sjukfrånvaron"), indicator_asked("")
    ('sjukfrånvaron för pojkar och för flickor', '')
    """
    said = " ".join(lex.INDICATOR_ASKED_LEAD_RE.sub("", " ".join(arg.split()), count=1).split()).strip(" .,!?")
    if not re.search(r"[a-zåäö]{3,}", said, re.I):
        return ""
    if re.match(r"som\s", said, re.I):
        return f"andel pojkar och andel flickor {said}"
    return f"{said} för pojkar och för flickor"


def _add_indicator(draft: Draft, arg: str, org_kind: str = "") -> bool:
    """One more indicator, the one the user describes (`indicator_asked`), in the draft of its kind: a goal's gets
    it beside its indicator with its baseline to fill in, a follow-up plan a section of its own with how, where and how
    often it is measured as suggestions and its baseline and target to fill in, a problem formulation a key figure to
    find. False when the description names nothing to measure or the draft has the indicator already (the edit made
    again with the conversation's later edits)."""
    from assistant.generation.extractive.drafts.measures import _indicator_fields, _kind
    text = indicator_asked(arg)
    if not text or any(text.lower() in i.text.lower() for i in draft.items()):
        return False
    if draft.kind == "uppfoljning":
        numbers = [int(m.group(1)) for s in draft.sections if (m := re.match(r"indikator_(\d+)$", s.key))]
        number = max(numbers, default=0) + 1
        how, where, when, who = _indicator_fields(_kind(text), org_kind)
        items = [suggestion(text[:1].upper() + text[1:]), suggestion(f"Mått: {how}"),
                 suggestion(f"Källa: {where}"), suggestion(f"Hur ofta: {when}"), suggestion(f"Ansvarig: {who}"),
                 gap("utgångsvärde för pojkar och flickor, mätt innan insatserna börjar"),
                 gap("målvärde för pojkar och flickor")]
        at = max((n for n, s in enumerate(draft.sections) if s.key.startswith("indikator_")), default=-1) + 1 or \
            len(draft.sections)
        draft.sections.insert(at, draft_section("uppfoljning", f"indikator_{number}", items,
                                                heading=f"Indikator {number}: {text}"))
        return True
    key = "matbart" if draft.kind == "lokalt_mal" else "nyckeltal"
    section = draft.section(key)
    if section is None:
        return False
    added = [suggestion(f"Indikator: {text}"), gap(f"utgångsvärde för {text}, och vilket år det gäller")] \
        if key == "matbart" else [suggestion(f"{text[:1].upper() + text[1:]}, per år (minst tre år bakåt)")]
    last = max((n for n, i in enumerate(section.items) if re.match(r"(?:Indikator|Utgångsvärde)\b", i.text)),
               default=len(section.items) - 1)
    section.items[last + 1:last + 1] = added
    return True


def with_saved_lines(draft: Draft, saved: Draft) -> Draft:
    """The rebuilt `draft` with the lines the user wrote into the version they saved (PUT /v1/drafts; an unmarked or
    'ni angav' line that the rebuilt draft does not hold): each takes the place of the assistant's line at the same
    place of its section when that line is no longer in the saved version (the user rewrote it: the goal sentence),
    else it is added to the section; a local goal's check is then worked out again from the goal as it stands
    (`recheck_goal`). Lines the user deleted cannot be told from lines a rebuild adds, so they may come back; the
    material's lines keep their citations from the rebuild."""
    have = {" ".join(i.text.split()) for i in draft.items()}
    kept = {" ".join(i.text.split()) for i in saved.items()}
    draft = draft.model_copy(deep=True)
    for theirs in saved.sections:
        if theirs.key in ("kontroll", "kontrollera"):  # worked out from the draft, not written by the user
            continue
        section = draft.section(theirs.key)
        own = [(n, i) for n, i in enumerate(theirs.items) if i.provenance == "user" and not i.gap
               and not i.citations and " ".join(i.text.split()) not in have]
        if not own:
            continue
        if section is None:
            draft.sections.append(theirs.model_copy(update={"items": [i for _, i in own]}))
            continue
        for n, item in own:
            at = n if n < len(section.items) else None
            if at is not None and section.items[at].provenance != "user" and not section.items[at].citations and \
                    " ".join(section.items[at].text.split()) not in kept:
                section.items[at] = item
            else:
                section.items.insert(min(n, len(section.items)), item)
    return recheck_goal(draft)


def _keep_provenance(current: Draft, draft: Draft) -> Draft:
    """`draft` with each item the current draft holds as the user's (same text) marked the user's again."""
    theirs = {" ".join(i.text.split()) for i in current.items() if i.provenance == "user" and not i.gap}
    for section in draft.sections:
        if section.key == "kontroll":  # the goal check is worked out anew from the draft: the assistant's
            continue
        section.items = [i.model_copy(update={"provenance": "user", "quote": i.quote or i.text})
                         if " ".join(i.text.split()) in theirs and i.provenance != "user" and not i.citations else i
                         for i in section.items]
    return draft


def _carry_target(current: Draft, draft: Draft, group: str = "") -> None:
    """The current draft's target value carried into `draft` when the rebuilt draft asks for one again (the target
    group changed; an edit changes nothing else). Its baseline still stands (the new group is one gender of the people
    the figures were given for, `group`): the target of that group goes on as it was, with its provenance. The
    baseline is of another group now: the old value is no target of the new group, so the gap that asks for one names
    it, as the baseline's gap names the old figures."""
    section = draft.section("matbart")
    before = next((i for s in current.sections if s.key == "matbart" for i in s.items
                   if i.text.lower().startswith("målvärde:") and not i.gap), None)
    at = next((n for n, i in enumerate(section.items) if i.gap and "målvärde" in i.text.lower()), None) \
        if section is not None else None
    if section is None or at is None:
        return
    if before is None:  # a later edit ('kortare'): the gap that names the old target stays as it was written
        named = next((i for s in current.sections if s.key == "matbart" for i in s.items
                      if i.gap and _OLD_TARGET in i.text), None)
        if named is not None:
            section.items[at] = named
        return
    value = before.text.split(":", 1)[1].split(" – ", 1)[0].strip()
    baseline = next((i for i in section.items if i.text.lower().startswith("utgångsvärde:")), None)
    # ... an even split holds for any group, figures or none (drafts32: a place without figures lost it to a gap)
    if (baseline is not None and not baseline.gap) or lex.PARITY_TARGET_RE.search(value):
        parts = [p.strip() for p in value.split(";") if p.strip()]  # an edited 'Målvärde: 25 %;' has an empty part
        kept = [p for p in parts if not group or lex.GROUP_WORDS.get(p.split()[0].lower()) in (group, None)]
        if not kept:
            return
        said = f"Målvärde: {'; '.join(kept)}"
        section.items[at] = before.model_copy(update={"text": said if before.provenance == "user" else
                                                       f"{said} – förslaget från förra utkastet; ändra det om ni vill"})
        # ... and the goal check says so, as the draft shown has it (trial 32: 'kortare' after 'gör målet mätbart'
        # kept the 25 % target beside 'Målvärde: nej – fyll i målvärdet', the check of the rebuilt draft)
        check = draft.section("kontroll")
        for n, i in enumerate(check.items if check is not None else []):
            if i.text.startswith("Målvärde:"):
                check.items[n] = suggestion("Målvärde: ja" if before.provenance == "user" else _PROPOSED_TARGET_CHECK)
        return
    section.items[at] = gap(f"målvärde för den nya målgruppen – {_OLD_TARGET} ({value}) gällde den förra "
                            "målgruppen; sätt ett nytt när ni har utgångsvärdet")


# The goal check's line for a target the assistant proposed (`_propose`, `_carry_target`).
_PROPOSED_TARGET_CHECK = "Målvärde: förslag – pröva värdet och ändra det om ni vill"
# How the target gap names the target of the group before (`_carry_target`).
_OLD_TARGET = "förra utkastets målvärde"


def _as_mode(turn: PreparedTurn, kind: str) -> PreparedTurn:
    from dataclasses import replace

    return replace(turn, request=turn.request.model_copy(update={"mode": kind}))


def _shorter(draft: Draft) -> Draft:
    """The user's facts and one line a heading: the assistant's suggestions go first, so that a draft built from the
    user's own facts gets shorter too (trials 25–26: 'kortare' took four checklist lines off such a draft). The one
    line is what the section says: the goal itself under the goal ('Förslag på lokalt mål' keeps the measurable goal,
    not the card's), the indicator under an indicator, else a cited line of the material before a gap (what the user
    must still do) before a suggestion. Explanations go, and so does a fact of the user's or a gap that an earlier
    section already carries ('Nuläge: 38 % …' under 'Det vi vet' repeats 'Pojkar: 38 % …' under 'Nuläge'); the note
    that interventions are only the closest sources stays with the one kept (issue 13); what the user must check and
    the criteria the goal fails stay whole. Shortening a short draft again changes nothing."""
    sections: list[DraftSection] = []
    said: set[str] = set()
    for s in draft.sections:
        if s.key == "kontrollera":  # what the user must check (contradictions, markup, a cut paste) stays whole
            sections.append(s)
            continue
        if s.key == "kontroll":  # the goal's check: the criteria it fails are what is left to do, kept all
            failing = [i for i in s.items if _FAILED_CHECK_RE.search(i.text)]
            sections.append(s.model_copy(update={"items": failing or s.items[:1]}))
            continue
        if s.key.startswith("indikator"):  # an indicator's fields are the plan: shorter prose, the same fields
            sections.append(s.model_copy(update={"items": _indicator_fields(s.items)}))
            continue
        kept = [i for i in s.items if not i.text.startswith((lex.PROPOSAL_WHY, "Pröva ", "Ta bara med"))]
        kept = [i for i in kept if not (i.provenance == "user" or i.gap) or _said_key(i) not in said]
        said.update(_said_key(i) for i in kept if i.provenance == "user" or i.gap)
        theirs = [i for i in kept if i.provenance == "user" and not i.gap]
        caveats = [i for i in kept if i.text.startswith(lex.CLOSEST_SOURCES_NOTE)]
        rest = [i for i in kept if i not in theirs and i not in caveats]
        if s.key in _OWN_ACCOUNT_SECTIONS and theirs:  # their own account is the section (the problem, the nuläge):
            rest = [i for i in rest if i.gap]  # the material's general lines beside it go, a figure to find stays
        one = _one_line(s.key, rest)
        chosen = [i for i in kept if i in theirs or i in one or (i in caveats and one)]
        if chosen:
            sections.append(s.model_copy(update={"items": _renumbered(chosen)}))
    return draft.model_copy(update={"sections": sections, "title": draft.title})


def _renumbered(items: list[DraftItem]) -> list[DraftItem]:
    """The numbered items kept of a list numbered again from 1 in their order (drafts34: 'kortare' kept the second
    intervention alone as '2. …').

    >>> [i.text for i in _renumbered([DraftItem(text="2. Läxhjälp"), DraftItem(text="Varför: …")])]
    ['1. Läxhjälp', 'Varför: …']
    """
    out: list[DraftItem] = []
    n = 0
    for item in items:
        m = _NUMBERED_RE.match(item.text)
        if m:
            n += 1
            item = item.model_copy(update={"text": f"{n}. {item.text[m.end():]}"}) if int(m.group(1)) != n else item
        out.append(item)
    return out


# A numbered item's number ('2. Läxhjälp …').
_NUMBERED_RE = re.compile(r"^(\d{1,2})\.\s+")


def _one_line(key: str, items: list[DraftItem]) -> list[DraftItem]:
    """The one line besides the user's facts that a shorter draft keeps of a section (`_shorter`)."""
    if not items:
        return []
    if key in _STATED_SECTIONS:  # the goal (or what the audience must decide), the assistant's own statement
        own = [i for i in items if i.provenance == "suggestion" and not i.gap and
               not i.text.startswith(lex.NO_CARD_GOAL_NOTE)]
        if own:
            return own[:1]
    if key == "matbart" or key.startswith("indikator"):  # what is measured
        named = [i for i in items if i.text.lower().startswith("indikator")]
        return named[:1] or items[:1]
    # ... the shortest of the material's lines (trial 26: three long paragraphs of questions stayed in a short plan)
    return sorted(items, key=lambda i: (i.provenance != "source", not i.gap, len(i.text)))[:1]


def _indicator_fields(items: list[DraftItem]) -> list[DraftItem]:
    """An indicator of a follow-up plan made shorter (`_shorter`): what is measured and every field of it kept – its
    measure, source, how often, who is responsible, baseline, target and acceptable result, or the gap that asks for
    one (trial 26: 'kortare' dropped Källa, Hur ofta and Ansvarig, the lines a follow-up plan is made of) – and each
    proposed target and gap said without the explanation after its dash ('Målvärde: pojkar högst 25 % – förslag
    räknat från …'), the other fields and the user's own lines as they are. A line that is no field goes."""
    out: list[DraftItem] = []
    for n, item in enumerate(items):
        field = lex.INDICATOR_FIELD_RE.match(item.text)
        if n == 0 and field is None:  # what the indicator measures, its first line
            out.append(item)
        elif field is not None or item.gap:
            if item.provenance == "user" or item.citations or not (item.gap or item.text.startswith("Målvärde:")):
                out.append(item)
            else:
                out.append(item.model_copy(update={"text": item.text.split(" – ", 1)[0].rstrip(" ,;:")}))
    return out


# Sections whose own line is the assistant's statement: the goal, what an audience must decide (`_one_line`).
_STATED_SECTIONS = ("mal", "malgrupp")


# A criterion of the goal check the draft does not meet ('Målvärde: nej – fyll i målvärdet'), from goal_check.
_FAILED_CHECK_RE = re.compile(r"^[^:]+: nej\b")

# Sections of a problem formulation that the user's own facts make up when they gave any (`_shorter`).
_OWN_ACCOUNT_SECTIONS = ("problem", "nulage")


def _said_key(item: DraftItem) -> str:
    """What a user's item or a gap says: the user's words it quotes, else its text."""
    return " ".join((item.quote if item.provenance == "user" and item.quote else item.text).lower().split())


def _more_actors(backend: ExtractiveBackend, book: CitationBook, draft: Draft, topic: str, arg: str = "",
                 org_kind: str = "") -> None:
    """Add the actors the user names in the request ('…, till exempel fritidsgårdarna och studieförbunden') and only
    those (trial 23), else those the material names for this kind of problem (the closest goal cards' actor lists);
    none twice, also when a card lists one again or in another form ('Fritidsgårdar' and 'fritidsgårdarna'), and
    for an adult unit (`org_kind`) none of a school's own roles (trial 22: a socialtjänst plan was given Elevhälsan)."""
    section = draft.section("aktorer")
    if section is None:
        section = draft_section("lokalt_mal", "aktorer", [])
        draft.sections.append(section)
    from assistant.generation.extractive.drafts.actors import actors_near, card_actors, school_role

    section.items = [i for i in section.items if not i.gap]  # 'Fyll i: vilka aktörer …' is answered now
    listed = [n for i in section.items for n in _actor_names(i.text)]
    asked = named_actors(arg)
    for name in asked:
        if not any(_same_actor(name, other) for other in listed):
            section.items.append(user_item(name, name))
        listed.append(name)
    if asked:  # 'lägg till aktörer, till exempel A, B och C': those the user asked for, no others (trial 23)
        # ... but the kind of actor the material's own actor lists name for one of them ('biblioteket i Granvik' ->
        # 'Bibliotek'), cited, so the plan shows the material backs it (trial 28)
        section.items += _material_kinds(backend, book, asked, listed, topic, org_kind)
        section.items.append(suggestion("Skriv för varje aktör vad den ska bidra med och vem som är kontaktperson."))
        return
    have = {" ".join(i.text.lower().split()) for i in section.items}
    added = []
    if not draft.card:
        # No goal card fits the problem: a card's actor list is for another problem. The actors the closest passages
        # on the problem name, each cited; else the user is asked.
        for item in actors_near(backend, book, topic, org_kind=org_kind):
            if not any(_same_actor(item.text, other) for other in listed) and len(added) < 6:
                listed.append(item.text)
                added.append(item)
        more = " fler" if listed else ""  # the actors already listed came from the same passages
        example = lex.ACTOR_EXAMPLE.get(org_kind, lex.ACTOR_EXAMPLE[""])  # a unit's own partners, not a school's
        section.items += added or [gap(f"fler aktörer – {NO_CARD_ACTORS.format(more=more, example=example)}")]
        section.items.append(suggestion("Skriv för varje aktör vad den ska bidra med och vem som är kontaktperson."))
        return
    for item in card_actors(backend, book, topic, have, 12, org_kind):
        new = [n for n in _actor_names(item.text) if not any(_same_actor(n, other) for other in listed)
               and not school_role(n, org_kind)]
        listed += new
        if new and len(added) < 6:
            said = ", ".join(new)  # 'skolor' of 'Förskolor och skolor' may lead now
            added.append(item.model_copy(update={"text": said[:1].upper() + said[1:]}))
    section.items += added or [gap("fler aktörer – underlaget nämner inga fler för just det här problemet")]
    section.items.append(suggestion("Skriv för varje aktör vad den ska bidra med och vem som är kontaktperson."))


def _material_kinds(backend: ExtractiveBackend, book: CitationBook, asked: list[str], listed: list[str], topic: str,
                    org_kind: str = "") -> list[DraftItem]:
    """The kinds of actor (`lexicon.ACTOR_KINDS`) of the actors the user named that a goal card's actor list names
    too, each cited to that line ('Biblioteket i Granvik' -> 'Bibliotek' of '• Bibliotek'); none already listed."""
    out: list[DraftItem] = []
    kinds = dict.fromkeys(kind for name in asked for pattern, kind in lex.ACTOR_KINDS if pattern.search(name))
    matches = backend.cards.rank(topic, org_kind)
    for kind in kinds:
        if any(_same_actor(kind, other) for other in listed):
            continue
        pattern = next(p for p, k in lex.ACTOR_KINDS if k == kind)
        line = next((a for m in matches for a in m.card.actors if pattern.search(a.text)), None)
        if line is not None:
            out.append(source_item(kind, [cite_lines(book, [line])]))
            listed.append(kind)
    return out


def _actor_names(text: str) -> list[str]:
    """The actors one line names ('Skolverket (statsbidrag), Bibliotek' -> both; 'Förskolor och skolor' -> both, so
    that 'Skolor' listed before is not said again), a compound's parts joined by 'och' kept as one ('Studie- och
    yrkesvägledare').

    >>> _actor_names("Skolverket (statsbidrag), Bibliotek"), _actor_names("Förskolor och skolor")
    (['Skolverket (statsbidrag)', 'Bibliotek'], ['Förskolor', 'skolor'])
    >>> _actor_names("Studie- och yrkesvägledare"), _actor_names("Kultur och fritid, Socialtjänsten")
    (['Studie- och yrkesvägledare'], ['Kultur och fritid', 'Socialtjänsten'])
    """
    names: list[str] = []
    for part in re.split(r",\s+(?![^()]*\))", text):
        pieces = re.split(r"(?<!-)\s+och\s+(?![^()]*\))", part)
        joined = pieces[:1]
        for piece in pieces[1:]:
            if _two_actors(joined[-1], piece):
                joined.append(piece)
            else:  # 'Kultur och fritid': one organisation's name
                joined[-1] = f"{joined[-1]} och {piece}"
        names += joined
    return [n.strip() for n in names if n.strip()]


def _two_actors(before: str, after: str) -> bool:
    """Whether the 'och' between two pieces of an actor line joins two actors: the second is capitalised
    ('Elevhälsan och Ungdomsmottagningen') or either word next to 'och' is a plural ('Förskolor och skolor')."""
    words = (before.split() or [""])[-1], (after.split() or [""])[0]
    return words[1][:1].isupper() or any(lex.ACTOR_PLURAL_RE.fullmatch(w.strip(".,;:()")) for w in words)


def _same_actor(a: str, b: str) -> bool:
    """Whether two actor names are one actor in two forms ('Fritidsgårdarna' and 'Fritidsgårdar', 'Bibliotek' and
    'bibliotek'): the same words, each in its indefinite or definite form (a shared stem of all but the ending)."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        common = next((i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
        if common < min(len(x), len(y)) - 1 or max(len(x), len(y)) - common > 3 or common < 3:
            return False
    return True


def _for_audience(backend: ExtractiveBackend, book: CitationBook, draft: Draft, audience: str,
                  org_kind: str = "", facts: UserFacts | None = None) -> None:
    """Open the draft with what the audience (e.g. rektorer) has to decide and do, from the draft itself; an adult
    unit's (`org_kind`) without a school's decision-makers. What a source adds is general wording on who decides and
    follows up, never another organisation's decision, date or figure (`_others_decision`)."""
    from assistant.generation.extractive.cards import about_school
    who = audience.strip() or "ledningen"
    if any(s.heading == f"För {who}" for s in draft.sections):  # already written for them: once is enough
        return
    if lex.OUTSIDE_AUDIENCE_RE.match(who):
        # guardians, pupils, residents: a text to send them, without the blanks the planners fill in and the goal
        # check (trial 31: 'så att den passar att skicka till vårdnadshavarna' came back unchanged); lättläst is
        # written after this (service)
        for section in draft.sections:
            section.items = [i for i in section.items if not i.gap]
        draft.sections = [s for s in draft.sections if s.items and s.key != "kontroll"]
        draft.sections.insert(0, DraftSection(key="malgrupp", heading=f"För {who}", items=[
            suggestion(lex.OUTSIDE_AUDIENCE_LEAD.format(who=who))]))
        draft.title = f"{draft.title} (för {who})"
        draft.audience = who
        return
    # each thing to decide once, named without its explanation ('utgångsvärde för … – andel …, (era siffror …)')
    named = (re.split(r" – | \(", i.text.split(":", 1)[1].strip(), maxsplit=1)[0] for i in draft.items() if i.gap)
    gaps = list(dict.fromkeys(named))[:3]
    items: list[DraftItem] = [suggestion(f"Det här behöver {who} ta ställning till: {'; '.join(gaps)}.")] if gaps \
        else []
    first = next((i for s in draft.sections if s.key in ("insatser", "mal") for i in s.items
                  if i.provenance != "user"), None)
    if first is not None:
        items.append(suggestion(f"{lex.FIRST_STEP_LABEL}: {first.text.lstrip('0123456789. ')}"))
    role = pick(backend.evidence, f"{who} fattar beslut om implementering ansvar uppföljning", 1,
                lambda s: bool(lex.ROLE_SENTENCE_RE.search(s.text)) and s.words <= 30
                and bool(lex.AUDIENCE_DUTY_RE.search(s.text)) and not about_school(s.text, org_kind)
                # ... a förvaltning's nämnd has no rektorer (probe: 'Rektorer och andra lokala skolledare fattar …'
                # for a kultur- och fritidsnämnd)
                and not (org_kind in lex.NON_SCHOOL_ORG_KINDS and lex.SCHOOL_ROLE_RE.search(s.text))
                and not _others_decision(s, facts))
    items += [source_item(s.text, [cite(book, s)]) for s in role]
    draft.sections.insert(0, DraftSection(key="malgrupp", heading=f"För {who}", items=items))
    draft.title = f"{draft.title} (för {who})"


def _others_decision(s: Sentence, facts: UserFacts | None) -> bool:
    """Whether a sentence is some organisation's own decision or account rather than general wording a plan may
    borrow: a decision item of minutes ('att nästa uppföljning ska redovisas för nämnden senast i mars 2026'), a
    sentence with a date, a year or a figure (they are that body's, not the user's: trial 33 put Sjöhamn's decision into
    Norrå's plan), or any sentence of a named organisation's document that is not the user's."""
    text = s.text
    if lex.POINTS_BACK_OPENING_RE.match(text):
        return True  # 'Detta är några exempel på …': of the passage it stands in, nothing on its own
    if lex.DECISION_ITEM_RE.match(text) or lex.YEAR_RE.search(text) or lex.DATE_RE.search(text) \
            or lex.FIGURE_RE.search(text) or lex.DAY_OF_MONTH_RE.search(text):
        return True
    from assistant.generation.extractive.drafts.problem import another_organisations
    return facts is not None and another_organisations(s, facts)


def _measurable(draft: Draft, backend: ExtractiveBackend | None = None, book: CitationBook | None = None) -> None:
    """The goal restated with its indicator, baseline, target and date in one sentence (gaps where unknown)."""
    from assistant.generation.extractive.drafts.context import preposition
    fields: dict[str, DraftItem] = {}
    for section in draft.sections:
        if section.key == "kontroll":  # the goal check ('Indikator: ja') says whether a field is there, not what
            continue
        for i in section.items:
            if ":" in i.text:
                fields.setdefault(i.text.split(":", 1)[0].lower(), i)
    indicator = fields.get("indikator")
    baseline = fields.get("utgångsvärde")
    if indicator is None:
        return
    base = baseline.text.split(":", 1)[1].strip() if baseline is not None and not baseline.gap else "[utgångsvärde]"
    measured = indicator.text.split(":", 1)[1].strip()  # not str.capitalize: it lowers 'F', 'NA', names
    place = draft.facts.get("plats") or draft.facts.get("skola") or draft.facts.get("organisation")
    head = f"{preposition(place).capitalize()} {place} ska {measured}" if place else \
        f"{measured[:1].upper()}{measured[1:]} ska"
    # the target and date the user set ('Målvärde: flickor 12 %; pojkar 8 %', 'Måldatum: hösten 2026'), else gaps
    target, date = (_value(fields.get(label)) for label in ("målvärde", "måldatum"))
    # ... and where they set none, the target a source of the material sets for the same measure ('… ska öka till 80
    # procent till 2026'), cited; else one proposed from their baseline (half the way to equality), as a proposal
    sourced = _source_target(backend, book, measured, base) if not target and baseline is not None and \
        not baseline.gap and backend is not None and book is not None else None
    if sourced is not None:
        item, target, year = sourced
        _propose(draft, None, item, year if not date else "")
        date = date or year
    proposal = propose_target(measured, base) if not target and baseline is not None and not baseline.gap else None
    if proposal is not None:
        _propose(draft, proposal)
        target = proposal.value
    elif not target and direction(measured) is None:
        _ask_direction(draft)  # no value proposed: which way the measure should go is the user's to say (trial 34)
    # told group by group as a planner writes it ('Andelen flickor bland eleverna ska öka från 6 % till minst 28 %
    # senast …'), else the goal's parts side by side
    # ... a baseline of some of the group's grades ('åk 9 – pojkar 31 % (2025)' in a plan of åk 7–9) is said as of them
    part = lex.BASELINE_PART_RE.match(base)
    told = goal_sentence(measured, base[part.end():] if part else base, target, date)
    if told is not None and part:
        told = lex.GOAL_START_VALUE_RE.sub(rf"\g<0> i {part.group('part')}", told, count=1)
    if told is not None:
        sentence = f"{preposition(place).capitalize()} {place} ska {told.replace(' ska ', ' ', 1)}" if place \
            else f"{told[:1].upper()}{told[1:]}"
        # 'På X ska andelen flickor … öka från …': the 'ska' is said once, before the subject
    else:
        sentence = f"{head} gå från {base} till {target or '[målvärde]'} senast {date or '[datum]'}"
        named = [w for w in re.findall(r"[\wåäö]+", measured.lower()) if lex.GROUP_WORDS.get(w) in lex.GENDER_GROUPS]
        if len({lex.GROUP_WORDS[w] for w in named}) == 2:  # 'andel män och andel kvinnor …' as 'pojkar och flickor'
            sentence += f", och skillnaden mellan {named[0]} och {named[1]} ska minska"
    section = draft.section("mal")
    if section is None:
        return
    # The measurable goal takes the place of the goal sentence: one goal, not two ('Metodstödets förslag' stays).
    own = next((n for n, i in enumerate(section.items) if i.provenance != "source" and not i.gap
                and not i.text.startswith("Metodstödet har inget")), None)
    if own is not None and _measurable_already(section.items[own]):
        return  # the goal the user wrote with its target and date (a saved version): theirs, not restated
    if own is None:
        section.items.insert(0, suggestion(sentence))
    else:
        section.items[own] = suggestion(sentence)
    missing = " och ".join(name for name, value in (("målvärde", target), ("datum", date)) if not value)
    if missing and not any(i.gap and "meningen ovan" in i.text for i in section.items):
        section.items.append(gap(f"{missing} i meningen ovan"))


def _checked_measurable(draft: Draft) -> bool:
    """Whether the draft's goal check finds every measurable part there (indicator, baseline, target, date): 'gör målet
    mätbart' then has nothing to add, and says so (trial 28: 'Jag kunde inte göra målet mer mätbart')."""
    check = draft.section("kontroll")
    said = {i.text.split(":", 1)[0]: i.text.split(":", 1)[1].strip() for i in (check.items if check else [])
            if ":" in i.text}
    return all(said.get(name, "").startswith("ja") for name in lex.MEASURABLE_PARTS)


def _measurable_already(item: DraftItem) -> bool:
    """Whether a goal sentence the user wrote states its target value and when it is to be reached ('… till högst
    25 % senast juni 2027'): measurable as it stands. So is a drafted one that also states where it starts ('…
    senast våren 2027 (utgångsläge: pojkar 64 % (2025); …)', the user's own bound for every group; trial 28: 'gör
    målet mätbart' rewrote it into 'andel … gå från … till pojkar högst 55 %; flickor högst 55 %')."""
    states = bool(lex.GOAL_TARGET_VALUE_RE.search(item.text)) and bool(lex.TARGET_DATE_RE.search(item.text))
    return states and (item.provenance == "user" or bool(
        lex.GOAL_BASELINE_VALUE_RE.search(item.text) or lex.GOAL_BASELINE_SAID_RE.search(item.text)
        or lex.BOTH_GROUPS_SAID_RE.search(item.text)))


def _source_target(backend: ExtractiveBackend, book: CitationBook, measured: str, base: str) -> tuple[
        DraftItem, str, str] | None:
    """The target a statement of the material sets for the indicator's own measure ('Andelen … ska öka till 80
    procent till 2026'; `lexicon.SOURCE_TARGET_RE`), as a cited item, the value for each of the baseline's groups
    ('pojkar minst 80 %; flickor minst 80 %') and its year; None when no statement sets one for this measure (a
    share of a whole by gender is evened out, never set from another measure's target)."""
    groups = list(dict.fromkeys(m.group(1).lower() for m in re.finditer(
        rf"\b({'|'.join(sorted(lex.GROUP_WORDS, key=len, reverse=True))})\s+\d", base)))
    if not groups or lex.SHARE_OF_WHOLE_RE.search(measured):
        return None
    own = backend.cards.own_terms(re.sub(r"^andel\w*\s+\w+\s+och\s+andel\w*\s+\w+\s*", "", measured))
    if not own:
        return None

    def sets_target(s: Sentence) -> bool:
        return "?" not in s.text and bool(lex.SOURCE_TARGET_RE.search(s.text)) and \
            backend.evidence.weights.overlap(own, s.terms) >= 0.6
    found = pick(backend.evidence, f"{measured} ska öka till procent mål", 1, sets_target)
    if not found:
        return None
    m = lex.SOURCE_TARGET_RE.search(found[0].text)
    assert m is not None
    falls = m.group("way").lower() in ("minska", "sänkas") or (m.group("bound") or "").lower() in ("högst", "under")
    value = f"{'högst' if falls else 'minst'} {m.group('value')} %"
    item = source_item(f"Målvärde i underlaget: {found[0].text.strip()}", [cite(book, found[0])])
    return item, "; ".join(f"{g} {value}" for g in groups), m.group("year") or ""


def _propose(draft: Draft, proposal: ProposedTarget | None, item: DraftItem | None = None, year: str = "") -> None:
    """The proposed target in place of the gap that asked for one, saying how it was worked out (or the `item` that
    gives a source's own target, and its `year` in place of the date's gap), and the goal check telling that the value
    is a proposal to confirm (not missing, not the user's)."""
    if item is None:
        assert proposal is not None
        item = suggestion(f"Målvärde: {proposal.value} – förslag räknat från ert utgångsvärde: {proposal.reason}. "
                          "Ändra värdet om ni vill nå längre eller kortare")
    for section in draft.sections:
        for n, i in enumerate(section.items):
            if section.key == "matbart" and i.gap and "målvärde" in i.text.lower():
                section.items[n] = item
            elif section.key == "matbart" and i.gap and year and "datum då målet" in i.text:
                section.items[n] = suggestion(f"Måldatum: {year}, som i underlaget")
            elif section.key == "kontroll" and i.text.startswith("Målvärde:"):
                section.items[n] = suggestion(_PROPOSED_TARGET_CHECK)
            elif section.key == "kontroll" and year and i.text.startswith("Tid:"):
                section.items[n] = suggestion("Tid: ja, som i underlaget – pröva om det passar er")


def _ask_direction(draft: Draft) -> None:
    """The target's gap asks which way the measure should go as well as how far (`lexicon.ASK_DIRECTION_GAP`): its
    wording does not say whether more or fewer is the goal, so no value is proposed."""
    for section in draft.sections:
        for n, i in enumerate(section.items):
            if section.key == "matbart" and i.gap and "målvärde" in i.text.lower():
                section.items[n] = gap(lex.ASK_DIRECTION_GAP)


def _value(item: DraftItem | None) -> str:
    """The value of a 'Label: value' item, '' for none or a gap."""
    # ... without what follows ' – ' (a proposal's reason: 'pojkar högst 30 % – förslag räknat från …')
    return item.text.split(":", 1)[1].split(" – ", 1)[0].strip() if item is not None and not item.gap else ""
