"""The structured draft and its Markdown, shared by both backends: build sections, render, parse back.

Section keys and headings come from the mode registry (`assistant.modes`).
"""

from __future__ import annotations

import re

from assistant.citations import cited_numbers, markers, strip_markers
from assistant.modes import DRAFT_MODES, DRAFT_SECTION_KEYS, MODES
from assistant.schema import Draft, DraftItem, DraftSection

_HEADING_RE = re.compile(r"^(?:#{1,4}\s*|\*\*)(.+?)(?:\*\*)?:?$")
_BULLET_RE = re.compile(r"^[-*•]\s+|^\d+\.\s+")


def draft_section(mode: str, key: str, items: list[DraftItem]) -> DraftSection:
    """The section `key` of `mode`'s draft, headed as the registry says."""
    return DraftSection(key=key, heading=MODES[mode].heading(key), items=items)


def render_draft(draft: Draft) -> str:
    """The draft as Markdown-like text with [n] markers, the form the chat shows and users edit."""
    parts = [f"## {draft.title}"]
    for section in draft.sections:
        parts.append(f"\n**{section.heading}**")
        for item in section.items:
            parts.append(f"- {item.text}{markers(item.citations)}")
    return "\n".join(parts).strip()


def parse_draft(mode: str, text: str) -> Draft | None:
    """Read '## Heading' sections and '- item [n]' lines of a drafting answer into a `Draft`."""
    if mode not in DRAFT_MODES:
        return None
    sections: list[DraftSection] = []
    for line in text.splitlines():
        stripped = line.strip()
        heading = _HEADING_RE.match(stripped)
        if heading and not stripped.startswith(("- ", "* ")):
            label = heading.group(1).strip()
            sections.append(DraftSection(key=DRAFT_SECTION_KEYS.get(label.lower(), _slug(label)), heading=label))
        elif stripped and sections:
            body = _BULLET_RE.sub("", stripped)
            sections[-1].items.append(DraftItem(text=strip_markers(body).strip(), citations=cited_numbers(body)))
    return Draft(kind=mode, title=MODES[mode].label, sections=sections)  # type: ignore[arg-type]


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "avsnitt"
