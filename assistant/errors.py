"""The small error tree; each message is meant to be shown to the user."""


class JamplanError(Exception):
    """Base of every error jamplan raises on purpose; its text is shown to the user."""


class ConfigError(JamplanError):
    """The configuration cannot work (unknown backend, unreachable store)."""


class InputError(JamplanError):
    """The caller's input is unusable: empty query, missing path."""


class StoreError(JamplanError):
    """The vector store failed or is unreachable."""


class GenerationError(JamplanError):
    """The language model server failed (unreachable, timed out, refused the request)."""


class BusyError(JamplanError):
    """Another process holds what this one needs (another ingest runs); trying again later can succeed."""
