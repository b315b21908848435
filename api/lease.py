"""One ingest at a time across every process: a lease row in the database the workers and the CLI share.

Each worker has its own `IngestRunner`, and `jamplan ingest` runs in a process of its own, so a thread check
alone let two ingests write the same store and uploads folder at once. Every ingest entry point takes this
lease first: with one atomic UPDATE (or the first INSERT), renewed while it runs (`kept`), given back when
done. A holder killed outright (SIGKILL) stops renewing, so the lease frees itself after `ttl_s`.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from api.persistence import Database, IngestLease

log = logging.getLogger(__name__)

NAME = "ingest"
CLI_PREFIX = "cli:"


def cli_holder() -> str:
    """The holder name of a command-line ingest: process id and host, so an admin can find it."""
    return f"{CLI_PREFIX}{os.getpid()}@{socket.gethostname()}"[:32]


def describe(holder: str) -> str:
    """Who holds the lease, in Swedish words for a message."""
    if holder.startswith(CLI_PREFIX):
        pid, _, host = holder.removeprefix(CLI_PREFIX).partition("@")
        return f"jamplan ingest, process {pid} på {host or 'okänd värd'}"
    return f"inläsningsjobb {holder} i API:t"


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
            return False  # another process created it first, and holds it

    def holder_now(self) -> tuple[str, float] | None:
        """(holder, seconds until the lease frees itself unless renewed), or None when nobody holds it."""
        with self.db.session() as s:
            row = s.get(IngestLease, NAME)
            now = time.time()
            return (row.holder, row.expires - now) if row is not None and row.expires >= now else None

    def held_elsewhere(self, holder: str = "") -> bool:
        """Someone other than `holder` holds the lease now."""
        now = self.holder_now()
        return now is not None and now[0] != holder

    def renew(self, holder: str) -> bool:
        """Extend the lease; False when another holder has taken it since (ours had expired)."""
        with self.db.session() as s:
            renewed = s.execute(update(IngestLease).where(IngestLease.name == NAME, IngestLease.holder == holder)
                                .values(expires=time.time() + self.ttl_s))
            return renewed.rowcount == 1  # type: ignore[attr-defined, no-any-return]

    def give_back(self, holder: str) -> None:
        with self.db.session() as s:
            s.execute(update(IngestLease).where(IngestLease.name == NAME, IngestLease.holder == holder)
                      .values(expires=0.0))

    @contextmanager
    def kept(self, holder: str) -> Iterator[None]:
        """Hold a lease already taken by `holder` for the block: renewed every quarter of `ttl_s` in a thread,
        given back at the end (a database outage only lets it expire by itself)."""
        done = threading.Event()

        def keep() -> None:
            while not done.wait(self.ttl_s / 4):
                try:
                    if not self.renew(holder):
                        log.error("ingest lease of %s lost: it expired and another ingest took it", holder)
                except SQLAlchemyError as exc:
                    log.warning("ingest lease of %s not renewed (%s)", holder, exc)

        threading.Thread(target=keep, daemon=True, name="ingest-lease").start()
        try:
            yield
        finally:
            done.set()
            try:
                self.give_back(holder)
            except SQLAlchemyError as exc:  # it frees itself when it expires
                log.warning("ingest lease of %s not given back (%s)", holder, exc)
