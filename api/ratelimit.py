"""Per-key token buckets: a steady rate with some burst, answered with 429 and Retry-After when empty.

`DatabaseRateLimiter` keeps the buckets in the database the workers already share, so `serve --workers 3`
allows the configured rate, not three times it. Each request is one atomic UPDATE (no read-then-write race
between processes); while the database is unreachable the limit falls back to this process's memory.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import case, insert, literal, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from api.persistence import Database, RateBucket

log = logging.getLogger(__name__)


class RateLimiter:
    def __init__(self, per_minute: int, burst: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when the request may proceed, else the seconds to wait before the next one."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate


class DatabaseRateLimiter:
    """The same buckets, in the shared database (wall-clock time, so every process agrees)."""

    def __init__(self, db: Database, per_minute: int, burst: int) -> None:
        self.db = db
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self._fallback = RateLimiter(per_minute, burst)

    def take(self, key: str) -> float:
        """0 when the request may proceed, else the seconds to wait before the next one."""
        try:
            return self._take(key[:80], time.time())
        except SQLAlchemyError as exc:
            log.warning("rate limit kept in memory while the database is unreachable: %s", exc)
            return self._fallback.take(key)

    def _take(self, key: str, now: float) -> float:
        refilled = RateBucket.tokens + (literal(now) - RateBucket.updated) * self.rate
        level = case((refilled > self.burst, literal(self.burst)), else_=refilled)
        for _ in range(3):
            with self.db.session() as s:
                taken = s.execute(update(RateBucket).where(RateBucket.key_id == key, level >= 1)
                                  .values(tokens=level - 1, updated=now))
                if taken.rowcount == 1:  # type: ignore[attr-defined]
                    return 0.0
                tokens = s.scalar(select(RateBucket.tokens + (now - RateBucket.updated) * self.rate)
                                  .where(RateBucket.key_id == key))
            if tokens is not None:
                return (1 - min(self.burst, float(tokens))) / self.rate
            try:
                with self.db.session() as s:
                    s.execute(insert(RateBucket).values(key_id=key, tokens=self.burst - 1, updated=now))
                return 0.0
            except IntegrityError:
                continue  # another worker created the bucket first: take from it
        return 1 / self.rate
