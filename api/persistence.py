"""Conversations, drafts with versions, feedback, API keys and ingest jobs in SQL (SQLite by default, PostgreSQL).

Every query is scoped to an owner: a caller can only ever read or change rows
they own, and ids of other owners' rows behave exactly like unknown ids.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from assistant.config import Settings


def _now() -> datetime:
    return datetime.now(UTC)


def _id() -> str:
    return uuid.uuid4().hex


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps always come back timezone-aware (SQLite stores them without a zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    prefix: Mapped[str] = mapped_column(String(16))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)


class WidgetSession(Base):
    """One anonymous visitor of a page with the widget: a token (stored hashed) started with a publishable key."""

    __tablename__ = "widget_sessions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    key_id: Mapped[str] = mapped_column(String(32), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    origin: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)


class RateBucket(Base):
    """A caller's token bucket, shared by every worker process (see api.ratelimit)."""

    __tablename__ = "rate_buckets"
    key_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated: Mapped[float] = mapped_column(Float)


class Conversation(Base):
    __tablename__ = "conversations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    owner: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="Message.seq"
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("conversation_id", "seq"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class Draft(Base):
    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    owner: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    conversation_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    versions: Mapped[list[DraftVersion]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftVersion.version"
    )


class DraftVersion(Base):
    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "version"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    draft_id: Mapped[str] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    citations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    draft: Mapped[Draft] = relationship(back_populates="versions")


class Feedback(Base):
    __tablename__ = "feedback"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    owner: Mapped[str] = mapped_column(String(64), index=True)
    message_id: Mapped[str] = mapped_column(String(32), index=True)
    rating: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)


class IngestJob(Base):
    __tablename__ = "ingest_jobs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=_id)
    owner: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    stats: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_now)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class IngestLease(Base):
    """Who may ingest now, shared by every worker process: one row, held by a running job until `expires`
    (renewed while it runs, so a worker that dies mid-ingest frees it within a minute)."""

    __tablename__ = "ingest_lease"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    holder: Mapped[str] = mapped_column(String(32), default="")
    expires: Mapped[float] = mapped_column(Float, default=0.0)


def make_engine(settings: Settings) -> Engine:
    """SQLite file in the data dir (WAL, foreign keys on) unless JAMPLAN_DATABASE_URL names another database."""
    url = settings.database_url or f"sqlite:///{settings.data_dir / 'jamplan.sqlite'}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn: Any, _record: Any) -> None:
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            # SQLite's lower() folds ASCII only; search must match 'Ä' to 'ä' as well.
            conn.create_function("jp_fold", 1, lambda v: v.casefold() if isinstance(v, str) else v,
                                 deterministic=True)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    Base.metadata.create_all(engine)
    return engine


def short_title(text: str, limit: int = 80) -> str:
    """The first words of `text`, at most `limit` characters, cut between words (with '…' when cut).

    >>> short_title("Hur kan vi minska skillnaderna mellan pojkars och flickors betyg", 30)
    'Hur kan vi minska…'
    """
    words = " ".join(text.split())
    if len(words) <= limit:
        return words or "Samtal"
    cut = words[: limit - 1].rsplit(" ", 1)[0] if " " in words[: limit - 1] else words[: limit - 1]
    return cut.rstrip(" ,.;:–-") + "…"


class Database:
    """Sessions over one engine; `session()` commits on success and rolls back on any error."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        return cls(make_engine(settings))

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def ping(self) -> None:
        with self.session() as s:
            s.execute(select(1))

    # --- conversations ---------------------------------------------------------------------------------

    def conversation(self, s: Session, owner: str, conversation_id: str) -> Conversation | None:
        return s.scalar(select(Conversation).where(Conversation.id == conversation_id, Conversation.owner == owner))

    def conversations(self, s: Session, owner: str, limit: int, offset: int, text: str = "") -> list[Conversation]:
        """Newest first; with `text`, only those whose title or any message contains it (case-insensitive)."""
        q = select(Conversation).where(Conversation.owner == owner)
        if text.strip():
            sqlite = s.get_bind().dialect.name == "sqlite"
            fold, folded = (func.jp_fold, text.strip().casefold()) if sqlite else (func.lower, text.strip().lower())
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", folded) + "%"
            in_messages = select(Message.conversation_id).where(fold(Message.content).like(pattern, escape="\\"))
            q = q.where(or_(fold(Conversation.title).like(pattern, escape="\\"), Conversation.id.in_(in_messages)))
        q = q.order_by(Conversation.updated_at.desc()).limit(limit).offset(offset)
        return list(s.scalars(q))

    def record_exchange(
        self, owner: str, conversation_id: str | None, mode: str, user_text: str, response: dict[str, Any],
        replace_from: int | None = None,
    ) -> tuple[str, str]:
        """Store a question and its answer together, in one transaction; returns (conversation, message) ids.

        With `replace_from` (a sequence number), the conversation's messages from there on are replaced by
        this exchange in the same transaction (a regenerated answer, an edited question).
        Two workers appending to the same conversation at once serialise on the conversation row
        (SELECT … FOR UPDATE on PostgreSQL); if they still collide on a sequence number, the loser retries.
        """
        for attempt in range(5):
            try:
                return self._record_exchange(owner, conversation_id, mode, user_text, response, replace_from)
            except IntegrityError:
                if attempt == 4:
                    raise
                time.sleep(0.02 * (attempt + 1))
        raise AssertionError("unreachable")

    def _record_exchange(
        self, owner: str, conversation_id: str | None, mode: str, user_text: str, response: dict[str, Any],
        replace_from: int | None = None,
    ) -> tuple[str, str]:
        with self.session() as s:
            conv = None
            if conversation_id:
                q = select(Conversation).where(Conversation.id == conversation_id, Conversation.owner == owner)
                conv = s.scalar(q.with_for_update() if s.bind.dialect.name == "postgresql" else q)
            new = conv is None
            if conv is None:
                title = short_title(user_text)
                conv = Conversation(id=conversation_id or _id(), owner=owner, title=title)
                s.add(conv)
                s.flush()
            if replace_from is not None and not new:
                conv.messages[:] = [m for m in conv.messages if m.seq < replace_from]
                s.flush()  # the replaced rows go before their sequence numbers are used again
            seq = 0 if new else len(conv.messages)  # a new conversation has no messages to load
            s.add(Message(conversation_id=conv.id, seq=seq, role="user", mode=mode, content=user_text))
            answer = Message(conversation_id=conv.id, seq=seq + 1, role="assistant", mode=mode,
                             content=str(response.get("text", "")), response=response)
            s.add(answer)
            conv.updated_at = _now()
            s.flush()
            return conv.id, answer.id

    def messages_page(self, s: Session, conversation_id: str, limit: int, before: int | None = None
                      ) -> tuple[list[Message], int]:
        """The latest `limit` messages (below sequence number `before`, if given) in order, and the total count.

        Reads only that page: a conversation of thousands of messages costs one page per request.
        """
        q = select(Message).where(Message.conversation_id == conversation_id)
        if before is not None:
            q = q.where(Message.seq < before)
        page = list(s.scalars(q.order_by(Message.seq.desc()).limit(limit)))
        total = s.scalar(select(func.count()).select_from(Message).where(Message.conversation_id == conversation_id))
        return page[::-1], int(total or 0)

    def message(self, s: Session, owner: str, message_id: str) -> Message | None:
        q = (select(Message).join(Conversation)
             .where(Message.id == message_id, Conversation.owner == owner))
        return s.scalar(q)

    # --- drafts ----------------------------------------------------------------------------------------

    def draft(self, s: Session, owner: str, draft_id: str) -> Draft | None:
        return s.scalar(select(Draft).where(Draft.id == draft_id, Draft.owner == owner))

    def drafts(self, s: Session, owner: str, limit: int, offset: int) -> list[Draft]:
        q = select(Draft).where(Draft.owner == owner).order_by(Draft.updated_at.desc()).limit(limit).offset(offset)
        return list(s.scalars(q))

    # --- keys ------------------------------------------------------------------------------------------

    def widget_session_by_hash(self, token_hash: str) -> WidgetSession | None:
        with self.session() as s:
            return s.scalar(select(WidgetSession).where(WidgetSession.token_hash == token_hash))

    def key_by_hash(self, key_hash: str) -> ApiKey | None:
        with self.session() as s:
            return s.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash, ApiKey.revoked.is_(False)))
