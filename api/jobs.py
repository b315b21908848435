"""Background ingestion for `POST /v1/ingest`: one job at a time, progress written to the database."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from api.lease import Lease
from api.persistence import Database, IngestJob
from assistant.index.components import Components
from ingest.pipeline import run

log = logging.getLogger(__name__)


class IngestRunner:
    """Runs ingest jobs in a thread of this process; `Lease` keeps it to one job across all worker processes."""

    def __init__(self, components: Components, db: Database) -> None:
        self.components = components
        self.db = db
        self.lease = Lease(db, components.settings.ingest_lease_s)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.finish_retry_s = 120.0

    @property
    def busy(self) -> bool:
        """A job runs here or in another worker."""
        return self._running_here or self.lease.held_elsewhere()

    @property
    def _running_here(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, owner: str, paths: list[Path], prepare: Callable[[], None] | None = None,
              uploaded: tuple[str, ...] = ()) -> str | None:
        """Queue a job over `paths`; None when another job is still running (here or in another worker).

        `prepare` runs once the job is sure to start and before it reads anything (an upload request puts its
        files in place there), so a request refused here has changed nothing. `uploaded` names the files the request
        sent: a job none of which could be read failed.
        """
        with self._lock:
            job_id = uuid.uuid4().hex
            if self._running_here or not self.lease.take(job_id):
                return None
            try:
                with self.db.session() as s:
                    s.add(IngestJob(id=job_id, owner=owner, status="running"))
                if prepare is not None:
                    prepare()
            except Exception as exc:
                self._progress(job_id, status="failed", error=str(exc)[:2000], finished_at=datetime.now(UTC))
                self.lease.give_back(job_id)
                raise
            self._thread = threading.Thread(target=self._run, args=(job_id, paths, uploaded), daemon=True,
                                            name="ingest")
            self._thread.start()
            return job_id

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _update(self, job_id: str, **values: object) -> None:
        with self.db.session() as s:
            job = s.get(IngestJob, job_id)
            if job is not None:
                for key, value in values.items():
                    setattr(job, key, value)

    def _progress(self, job_id: str, **values: object) -> None:
        """Best effort: a database outage must not stop the ingest itself."""
        try:
            self._update(job_id, **values)
        except SQLAlchemyError as exc:
            log.warning("ingest job %s: progress not recorded (%s)", job_id, exc)

    def _finish(self, job_id: str, **values: object) -> None:
        """The final status is retried until the database answers again (up to `finish_retry_s`)."""
        deadline = time.monotonic() + self.finish_retry_s
        while True:
            try:
                self._update(job_id, **values)
                return
            except SQLAlchemyError as exc:
                if time.monotonic() > deadline:
                    log.error("ingest job %s: final status lost (%s): %s", job_id, exc, values.get("status"))
                    return
                time.sleep(1)

    def _run(self, job_id: str, paths: list[Path], uploaded: tuple[str, ...] = ()) -> None:
        with self.lease.kept(job_id):
            self._ingest(job_id, paths, uploaded)

    def _ingest(self, job_id: str, paths: list[Path], uploaded: tuple[str, ...] = ()) -> None:
        progress = {"total": 0, "done": 0, "written": 0.0}

        def on_progress(event: str, n: int) -> None:
            progress["total" if event == "total" else "done"] += n
            now = time.monotonic()
            if now - progress["written"] > 0.5:
                progress["written"] = now
                self._progress(job_id, total=progress["total"], done=progress["done"])

        try:
            settings = self.components.settings
            stats = run(settings, self.components.store, self.components.embeddings, paths, on_progress)
            # A file is named without the server's folders (trial 31 read '/…/uploads/.incoming/x.docx'), and an
            # upload none of whose files could be read failed, saying why, rather than being 'done' with nothing read.
            skipped = [[Path(file).name, reason] for file, reason in stats.skipped]
            unread = bool(uploaded) and set(uploaded) <= {name for name, _ in skipped}
            self._finish(
                job_id, status="failed" if unread else "done", total=progress["total"], done=progress["done"],
                finished_at=datetime.now(UTC),
                error=("Ingen fil kunde läsas: " + "; ".join(f"{name}: {reason}" for name, reason in skipped
                                                              if name in uploaded))[:2000] if unread else "",
                stats={
                    "documents": stats.documents, "documents_changed": stats.documents_changed,
                    "chunks_added": stats.chunks_added, "chunks_updated": stats.chunks_updated,
                    "chunks_deleted": stats.chunks_deleted, "chunks_unchanged": stats.chunks_unchanged,
                    "embedded": stats.embedded, "parsed": stats.parsed, "migrated": stats.migrated, "skipped": skipped,
                    "kept_elsewhere": len(stats.kept_elsewhere),
                    "flagged": [list(f) for f in stats.flagged],
                    "seconds": round(stats.seconds, 2),
                },
            )
        except Exception as exc:  # the job records the failure; the service keeps running
            log.exception("ingest job %s failed", job_id)
            self._finish(job_id, status="failed", error=str(exc)[:2000], finished_at=datetime.now(UTC))
