"""A circuit breaker for the LLM server: fail fast while it is down instead of waiting for each timeout."""

from __future__ import annotations

import threading
import time

from assistant.errors import GenerationError


class CircuitBreaker:
    """After `failures` consecutive errors the LLM is not called for `cooldown_s`: callers fail fast instead of
    each waiting for a timeout. One trial call is let through when the cooldown ends."""

    def __init__(self, failures: int, cooldown_s: float) -> None:
        self.failures, self.cooldown_s = failures, cooldown_s
        self._count = 0
        self._opened_at: float | None = None
        self._lock = threading.Lock()

    def check(self) -> None:
        """Raise `GenerationError` while the circuit is open; let one call through once the cooldown is over."""
        with self._lock:
            if self._opened_at is None:
                return
            remaining = self.cooldown_s - (time.monotonic() - self._opened_at)
            if remaining > 0:
                raise GenerationError(
                    f"Språkmodellen har inte svarat på de senaste försöken; nästa försök om {remaining:.0f} s."
                )
            self._opened_at = None  # half-open: let this call try

    def success(self) -> None:
        """A call went through: close the circuit."""
        with self._lock:
            self._count, self._opened_at = 0, None

    def failure(self) -> None:
        """A call failed: count it, and open the circuit at `failures` in a row."""
        with self._lock:
            self._count += 1
            if self._count >= self.failures:
                self._opened_at = time.monotonic()

    @property
    def open(self) -> bool:
        return self._opened_at is not None and time.monotonic() - self._opened_at < self.cooldown_s
