"""Conversations and drafts as the routes need them: read, record, rename, version, export data.

No HTTP here: a missing (or another owner's) row raises `NotFound`, which the edge maps to 404.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from api.persistence import ApiKey, Database, Draft, DraftVersion, Feedback, Message
from api.problems import NotFound
from api.schemas import (
    ConversationOut,
    ConversationSummary,
    DraftIn,
    DraftOut,
    DraftSummary,
    DraftVersionOut,
    FeedbackIn,
    MessageOut,
)
from assistant.citations import cited_numbers
from assistant.errors import InputError
from assistant.generation.condense import condense
from assistant.generation.drafts import draft_with_provenance, recheck_goal_text
from assistant.generation.plan import edit_request, kind_of_text, plan_document
from assistant.modes import DRAFT_MODES, MODES
from assistant.schema import ChatOptions, ChatResponse, Turn

NO_CONVERSATION = "Samtalet finns inte."
NO_DRAFT = "Utkastet finns inte."
NO_ANSWER = "Svaret finns inte."
NO_VERSION = "Den versionen finns inte."
NO_PLAN = ("Samtalet har inget utkast ännu. Be om en problemformulering, ett lokalt mål eller en uppföljningsplan "
           "först; sedan kan hela planen exporteras.")


# --- conversations ---------------------------------------------------------------------------------------


def history(db: Database, owner: str, conversation_id: str | None, turns: int,
            replaces: str | None = None, plan: bool = False) -> tuple[list[Turn], int | None]:
    """The last `turns` messages of a stored conversation as the assistant's history, and the sequence number
    from which the new exchange replaces stored messages (None: it is appended).

    `replaces` names an answer of the conversation: the history then ends before that answer's question.
    With `plan` (a drafting turn) the plan built before that window comes along too: the user's own
    descriptions (not their edit requests) and the latest draft of each kind, so a goal edited many times
    still knows the school and figures the user gave first.
    """
    if conversation_id is None:
        if replaces is not None:
            raise InputError("Ett svar kan bara ersättas i sitt eget samtal: ange conversation_id.")
        return [], None
    with db.session() as s:
        conv = db.conversation(s, owner, conversation_id)
        if conv is None:
            raise NotFound(NO_CONVERSATION)
        cut = None
        if replaces is not None:  # regenerate / edited question: the history ends before the replaced answer
            answer = next((m for m in conv.messages if m.id == replaces and m.role == "assistant"), None)
            if answer is None:
                raise NotFound(NO_ANSWER)
            cut = max(0, answer.seq - 1)
        messages = db.messages_page(s, conv.id, turns, cut)[0] if turns else []
        if plan and messages:
            messages = _plan_before(db.messages_page(s, conv.id, PLAN_HISTORY_LIMIT, messages[0].seq)[0]) + messages
        # A long pasted document is read back as its key sentences (as when it was answered), not cut off.
        said = [Turn(role=m.role, content=m.content if len(m.content) <= 20_000 else  # type: ignore[arg-type]
                     condense(m.content, 20_000).text) for m in messages]
        return _with_saved_drafts(s, owner, conv.id, messages, said, cut), cut


def _with_saved_drafts(s: Any, owner: str, conversation_id: str, messages: list[Any], said: list[Turn],
                       cut: int | None) -> list[Turn]:
    """`said` (the turns of `messages`) with each draft the user saved from this conversation and changed (PUT
    /v1/drafts, or saved with their own text) placed where its latest version was saved: after the last message
    written before it. Later turns read it as the conversation's current draft of its kind (review 26: 'gör en
    uppföljningsplan för målet' followed the goal as the assistant wrote it, not as the user had saved it). Only a
    version saved before the answer being replaced (`cut`) counts for a regenerated answer. Read from the database
    on every turn, so it holds after a restart."""
    if not messages:
        return said
    rows = s.scalars(select(Draft).where(Draft.owner == owner, Draft.conversation_id == conversation_id,
                                         Draft.message_id.is_not(None))).all()
    if not rows:
        return said
    sources = {m.id: m for m in s.scalars(select(Message).where(Message.id.in_([d.message_id for d in rows])))}
    until = s.scalar(select(Message.created_at).where(Message.conversation_id == conversation_id, Message.seq >= cut)
                     .order_by(Message.seq).limit(1)) if cut is not None else None
    placed: list[tuple[int, Any, Turn]] = []
    for d in rows:
        version, source = d.versions[-1], sources.get(d.message_id or "")
        text = _as_draft_text(d, version.text)
        if source is None or text is None or version.text.strip() == source.content.strip():
            continue  # saved unchanged: the answer in the history is that draft already
        if until is not None and version.created_at >= until:
            continue
        # after the last message written before it, and never before the answer it was saved from (-1: before the
        # window of history, where it stands first, as the plan's earlier drafts do)
        after = max([n for n, m in enumerate(messages) if m.created_at <= version.created_at or m.id == source.id],
                    default=-1)
        # read back as a long message is (review27: a saved draft may hold 200 000 characters, a turn 100 000)
        text = text if len(text) <= 20_000 else condense(text, 20_000).text
        placed.append((after, version.created_at, Turn(role="assistant", content=text, saved=True)))
    out = list(said)
    for after, _, turn in sorted(placed, key=lambda p: (p[0], p[1]), reverse=True):
        out.insert(after + 1, turn)
    return out


def _as_draft_text(draft: Draft, text: str) -> str | None:
    """A saved draft's text as a drafting answer reads ('## Lokalt mål – …' first), None for a draft of no plan."""
    if kind_of_text(text.lstrip()) is not None:
        return text.lstrip()
    if draft.kind not in DRAFT_MODES:
        return None
    label = MODES[draft.kind].label
    title = draft.title if draft.title.startswith(label) else f"{label} – {draft.title}"
    return f"## {title}\n{text.lstrip()}"


PLAN_HISTORY_LIMIT = 200  # earlier messages searched for the plan (the user's facts, the drafts)


def _plan_before(earlier: list[Any]) -> list[Any]:
    """Of the messages before the history window: the user's descriptions (not edit requests) and the latest
    draft of each kind, in conversation order."""
    kept: dict[str, Any] = {}
    drafted = False  # a creation word beside an edit of the draft there is names no new draft (`edit_request`)
    for m in earlier:
        if m.role == "user" and edit_request(m.content, drafted) is None:
            kept[m.id] = m
        elif m.role == "assistant":
            kind = kind_of_text(m.content)
            if kind is not None:
                kept[kind] = m  # a later draft of the same kind replaces the earlier one
                drafted = True
    return sorted(kept.values(), key=lambda m: m.seq)


def record(db: Database, owner: str, conversation_id: str | None, message: str, response: ChatResponse,
           options: ChatOptions, replace_from: int | None = None) -> tuple[str, str]:
    """Store the question and its answer (with the options, so reopening restores them)."""
    stored = response.model_dump(mode="json") | {"options": options.model_dump(mode="json")}
    return db.record_exchange(owner, conversation_id, response.mode, message, stored, replace_from)


def conversations(db: Database, owner: str, limit: int, offset: int, text: str = "") -> list[ConversationSummary]:
    with db.session() as s:
        return [ConversationSummary.model_validate(c, from_attributes=True)
                for c in db.conversations(s, owner, limit, offset, text)]


def conversation(db: Database, owner: str, conversation_id: str, limit: int = 100,
                 before: int | None = None) -> ConversationOut:
    """The latest `limit` messages (before sequence number `before`); `earlier` says how to fetch older ones."""
    with db.session() as s:
        conv = db.conversation(s, owner, conversation_id)
        if conv is None:
            raise NotFound(NO_CONVERSATION)
        page, total = db.messages_page(s, conv.id, limit, before)
        messages = [_message_out(m) for m in page]
        last = next((m for m in reversed(messages) if m.role == "assistant"), None)
        earlier = page[0].seq if page and page[0].seq > 0 else None
        return ConversationOut(id=conv.id, title=conv.title, created_at=conv.created_at, updated_at=conv.updated_at,
                               mode=last.mode if last else None, options=last.options if last else None,
                               messages=messages, total_messages=total, earlier=earlier)


def _message_out(m: Any) -> MessageOut:
    response = m.response or {}
    options = response.get("options")
    return MessageOut(id=m.id, role=m.role, mode=m.mode, content=m.content, created_at=m.created_at,
                      citations=response.get("citations", []), grounded=response.get("grounded"),
                      draft=response.get("draft"), options=ChatOptions.model_validate(options) if options else None)


def rename_conversation(db: Database, owner: str, conversation_id: str, title: str) -> ConversationSummary:
    with db.session() as s:
        conv = db.conversation(s, owner, conversation_id)
        if conv is None:
            raise NotFound(NO_CONVERSATION)
        conv.title = _title(title)
        s.flush()
        return ConversationSummary.model_validate(conv, from_attributes=True)


def delete_conversation(db: Database, owner: str, conversation_id: str) -> None:
    with db.session() as s:
        conv = db.conversation(s, owner, conversation_id)
        if conv is None:
            raise NotFound(NO_CONVERSATION)
        s.delete(conv)


def feedback(db: Database, owner: str, body: FeedbackIn) -> str:
    with db.session() as s:
        message = db.message(s, owner, body.message_id)
        if message is None or message.role != "assistant":
            raise NotFound(NO_ANSWER)
        row = Feedback(owner=owner, message_id=body.message_id, rating=body.rating, comment=body.comment)
        s.add(row)
        s.flush()
        return row.id


# --- drafts ----------------------------------------------------------------------------------------------


def _title(title: str) -> str:
    cleaned = " ".join(title.split()).strip("# ")
    if not cleaned:
        raise InputError("Rubriken är tom. Skriv en rubrik.")
    return cleaned[:200]


def used(text: str, citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The citations the text still refers to (an edit may have removed some)."""
    numbers = set(cited_numbers(text))
    return [c for c in citations if int(c.get("n", 0)) in numbers]


def _draft_out(draft: Draft, version: DraftVersion | None = None) -> DraftOut:
    current = version or draft.versions[-1]
    # The saved text read back as sections and items with provenance (edited items become the user's).
    structured = draft_with_provenance(draft.kind, current.text, next(
        (v.text for v in draft.versions if v.version == current.version - 1), None))
    return DraftOut(id=draft.id, title=draft.title, kind=draft.kind, version=current.version, text=current.text,
                    citations=current.citations, draft=structured.model_dump() if structured else None,
                    conversation_id=draft.conversation_id,
                    message_id=draft.message_id, created_at=draft.created_at, updated_at=draft.updated_at,
                    versions=[DraftVersionOut(version=v.version, created_at=v.created_at) for v in draft.versions])


def _owned(db: Database, s: Any, owner: str, draft_id: str) -> Draft:
    draft = db.draft(s, owner, draft_id)
    if draft is None:
        raise NotFound(NO_DRAFT)
    return draft


def create_draft(db: Database, owner: str, body: DraftIn) -> DraftOut:
    """A draft from an answer (`message_id`, its citations kept) or from the user's own text."""
    with db.session() as s:
        text, citations, kind, conversation_id = body.text, [], body.kind or "fraga", None
        title = body.title
        if body.message_id is not None:
            message = db.message(s, owner, body.message_id)
            if message is None or message.role != "assistant":
                raise NotFound(NO_ANSWER)
            response = message.response or {}
            text = body.text if body.text is not None else message.content
            citations = response.get("citations", [])
            kind = body.kind or message.mode
            conversation_id = message.conversation_id
            title = title or ((response.get("draft") or {}).get("title")) or message.content.split("\n")[0][:80]
        if not text or not text.strip():
            raise InputError("Utkastet är tomt. Ange text eller ett svar (message_id) att spara.")
        draft = Draft(owner=owner, kind=kind, title=(title or text.strip().split("\n")[0])[:200].strip("# "),
                      conversation_id=conversation_id, message_id=body.message_id)
        draft.versions.append(DraftVersion(version=1, text=text, citations=used(text, citations)))
        s.add(draft)
        s.flush()
        return _draft_out(draft)


def drafts(db: Database, owner: str, limit: int, offset: int) -> list[DraftSummary]:
    with db.session() as s:
        return [DraftSummary(id=d.id, title=d.title, kind=d.kind, version=d.versions[-1].version,
                             updated_at=d.updated_at) for d in db.drafts(s, owner, limit, offset)]


def draft(db: Database, owner: str, draft_id: str, version: int | None = None) -> DraftOut:
    with db.session() as s:
        found = _owned(db, s, owner, draft_id)
        return _draft_out(found, _version(found, version))


def _version(found: Draft, version: int | None) -> DraftVersion:
    if version is None:
        return found.versions[-1]
    chosen = next((v for v in found.versions if v.version == version), None)
    if chosen is None:
        raise NotFound(NO_VERSION)
    return chosen


def save_version(db: Database, owner: str, draft_id: str, text: str, title: str | None) -> DraftOut:
    """Every save is a new version; earlier versions stay. A local goal's check is worked out again from the saved
    text (what the user wrote into the goal answers its gaps)."""
    with db.session() as s:
        found = _owned(db, s, owner, draft_id)
        if found.kind == "lokalt_mal":
            text = recheck_goal_text(text)
        previous = found.versions[-1]
        found.versions.append(DraftVersion(version=previous.version + 1, text=text,
                                           citations=used(text, previous.citations)))
        if title:
            found.title = title
        found.updated_at = datetime.now(UTC)
        s.flush()
        return _draft_out(found)


def rename_draft(db: Database, owner: str, draft_id: str, title: str) -> DraftOut:
    """A new title without a new version of the text."""
    with db.session() as s:
        found = _owned(db, s, owner, draft_id)
        found.title = _title(title)
        found.updated_at = datetime.now(UTC)
        s.flush()
        return _draft_out(found)


def delete_draft(db: Database, owner: str, draft_id: str) -> None:
    with db.session() as s:
        s.delete(_owned(db, s, owner, draft_id))


def author(db: Database, owner: str, organisation: str = "") -> str:
    """The name to put in an exported document: the owner's API key name; without one (auth off, the local demo) the
    organisation the user gave for the plan, else 'jamplan' (trial 29: a plan of Ekedals gymnasieskola was by
    'jamplan')."""
    with db.session() as s:
        key = s.get(ApiKey, owner)
        return key.name if key is not None and key.name else (organisation.strip() or "jamplan")


def export_source(db: Database, owner: str | None, draft_id: str, version: int | None = None,
                  text: str | None = None, title: str | None = None) -> tuple[str, str, list[dict[str, Any]], str]:
    """(title, text, citations, author) to export: a stored version, or `text` as it is on screen.

    Unsaved text keeps every citation any version of the draft had that it still refers to.
    `owner=None` is the command line's local access to any draft.
    """
    with db.session() as s:
        found = s.get(Draft, draft_id) if owner is None else db.draft(s, owner, draft_id)
        if found is None:
            raise NotFound(NO_DRAFT)
        chosen = _version(found, version)
        if text is None:
            body, citations = chosen.text, list(chosen.citations)
        else:
            by_number = {int(c["n"]): c for v in found.versions for c in v.citations}
            body, citations = text, used(text, sorted(by_number.values(), key=lambda c: int(c["n"])))
        name = _title(title) if title and title.strip() else found.title
        return name, body, citations, author(db, found.owner)


def plan_export(db: Database, owner: str, conversation_id: str) -> tuple[str, str, list[dict[str, Any]], str]:
    """(title, text, citations, author) of the conversation's whole plan: the latest draft of each kind, in the
    method's order, citations numbered once across the document.

    A draft the user saved from this conversation and edited counts as that kind's latest version when it was
    saved after the answer: what the user changed is what they export.
    """
    with db.session() as s:
        conv = db.conversation(s, owner, conversation_id)
        if conv is None:
            raise NotFound(NO_CONVERSATION)
        dated: list[tuple[datetime, int, ChatResponse]] = []
        for m in conv.messages:
            stored = m.response or {}
            if m.role != "assistant" or not stored.get("draft"):
                continue
            try:
                dated.append((m.created_at, m.seq, ChatResponse.model_validate(stored)))
            except ValueError:  # an answer stored before drafts had their structure: not part of the plan
                continue
        saved = s.scalars(select(Draft).where(Draft.owner == owner, Draft.conversation_id == conv.id,
                                              Draft.kind.in_(DRAFT_MODES))).all()
        for d in saved:
            version = d.versions[-1]
            structured = draft_with_provenance(d.kind, version.text)
            if structured is None or not structured.sections:
                continue
            structured = structured.model_copy(update={"title": d.title})
            dated.append((d.updated_at, 1 << 30, ChatResponse(mode=d.kind, text=version.text, grounded=True,
                                                            citations=version.citations, draft=structured)))
        dated.sort(key=lambda x: (x[0], x[1]))
        title, text, citations = plan_document([r for _, _, r in dated])
        if not any(r.draft for _, _, r in dated):
            raise InputError(NO_PLAN)
        drafts = [r.draft for _, _, r in dated if r.draft is not None]
        organisation = next((d.facts.get("organisation") or d.facts.get("skola") or "" for d in reversed(drafts)
                             if d.facts.get("organisation") or d.facts.get("skola")), "")
        return title, text, [c.model_dump() for c in citations], author(db, owner, organisation)
