"""The prompt files in `prompts/` (one per mode, plus system, rewrite and easy_swedish), read once."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import JamplanError


class Prompts:
    """The prompt files in `prompts/`, read once."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._cache: dict[str, str] = {}

    def get(self, name: str) -> str:
        """The text of `prompts/<name>.md` (`name` with or without the `.md`)."""
        name = name.removesuffix(".md")
        if name not in self._cache:
            path = self.directory / f"{name}.md"
            try:
                self._cache[name] = path.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise JamplanError(f"prompt file missing: {path}") from exc
        return self._cache[name]
