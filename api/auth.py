"""API keys: created once and shown once, stored as SHA-256 hashes, each with a role (`user`, `admin` or `widget`).

A `widget` key is publishable (it sits in a web page): it can only start anonymous visitor sessions
(api.widget); each visitor then calls the API with their own session token and owns their own rows.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from api.persistence import ApiKey, Database

ROLES = ("user", "admin", "widget")
KEY_PREFIX = "jp_"
SESSION_PREFIX = "jps_"


@dataclass(frozen=True)
class Caller:
    """Who is calling: the owner id every stored row is scoped to, and the role."""

    owner: str
    role: str
    key_id: str
    origin: str = ""  # a visitor's: the site that started the session; a browser elsewhere may not use it

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_widget_key(self) -> bool:
        """A publishable key: good for starting a visitor session, nothing else."""
        return self.role == "widget"


LOCAL_CALLER = Caller(owner="local", role="admin", key_id="local")


def hash_key(key: str) -> str:
    # Keys are 256-bit random strings, so a plain hash is enough (no password-style stretching needed).
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(db: Database, role: str, name: str = "") -> tuple[str, ApiKey]:
    """A new key; the plain key is returned once and never stored."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    record = ApiKey(name=name or role, role=role, key_hash=hash_key(key), prefix=key[:10])
    with db.session() as s:
        s.add(record)
    return key, record


class KeyCache:
    """Valid keys remembered for `ttl_s` seconds, so most requests skip the database; a revoked key stops
    working within that time. Unknown keys are never remembered (a flood of guesses cannot fill the cache)."""

    def __init__(self, db: Database, ttl_s: float, size: int = 4096) -> None:
        self.db, self.ttl_s, self.size = db, ttl_s, size
        self._entries: dict[str, tuple[float, Caller]] = {}
        self._lock = threading.Lock()

    def lookup(self, key: str) -> Caller | None:
        now = time.monotonic()
        with self._lock:
            hit = self._entries.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        who = caller_for(self.db, key)
        with self._lock:
            if who is None or self.ttl_s <= 0:
                self._entries.pop(key, None)
            else:
                if len(self._entries) >= self.size:
                    self._entries.pop(next(iter(self._entries)))
                self._entries[key] = (now + self.ttl_s, who)
        return who


def caller_for(db: Database, key: str) -> Caller | None:
    if not key or len(key) > 200:
        return None
    if key.startswith(SESSION_PREFIX):
        session = db.widget_session_by_hash(hash_key(key))
        if session is None:
            return None
        # Each visitor is an owner of their own: their conversations are theirs alone.
        return Caller(owner=f"visitor:{session.id}", role="visitor", key_id=f"visitor:{session.id}",
                      origin=session.origin)
    record = db.key_by_hash(hash_key(key))
    if record is None:
        return None
    return Caller(owner=record.id, role=record.role, key_id=record.id)
