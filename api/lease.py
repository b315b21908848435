"""One ingest at a time across every worker process: a lease row in the database the workers share.

Each worker has its own `IngestRunner`, so a thread check alone let `serve --workers N` run N ingests at
once over the same store and uploads folder (and answer 202 to two uploads of one name). A job takes the
lease with one atomic UPDATE (or the first INSERT), renews it while it runs, and gives it back when done; a
worker killed mid-ingest stops renewing, so the lease frees itself after `ttl_s`.
"""

from __future__ import annotations

import time

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from api.persistence import Database, IngestLease

NAME = "ingest"


class Lease:
    def __init__(self, db: Database, ttl_s: float = 60.0) -> None:
        self.db, self.ttl_s = db, ttl_s

    def take(self, holder: str) -> bool:
        """True when `holder` now holds the lease (no one else does)."""
        now = time.time()
        with self.db.session() as s:
            taken = s.execute(update(IngestLease).where(IngestLease.name == NAME, IngestLease.expires < now)
                              .values(holder=holder, expires=now + self.ttl_s))
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                return True
            if s.scalar(select(IngestLease.name).where(IngestLease.name == NAME)) is not None:
                return False
        try:
            with self.db.session() as s:
                s.execute(insert(IngestLease).values(name=NAME, holder=holder, expires=now + self.ttl_s))
            return True
        except IntegrityError:
            return False  # another worker created it first, and holds it

    def held_elsewhere(self, holder: str = "") -> bool:
        """Someone other than `holder` holds the lease now."""
        with self.db.session() as s:
            row = s.get(IngestLease, NAME)
            return row is not None and row.expires >= time.time() and row.holder != holder

    def renew(self, holder: str) -> None:
        with self.db.session() as s:
            s.execute(update(IngestLease).where(IngestLease.name == NAME, IngestLease.holder == holder)
                      .values(expires=time.time() + self.ttl_s))

    def give_back(self, holder: str) -> None:
        with self.db.session() as s:
            s.execute(update(IngestLease).where(IngestLease.name == NAME, IngestLease.holder == holder)
                      .values(expires=0.0))
