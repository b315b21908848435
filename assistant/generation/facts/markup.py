"""Markup and code stripped from what the user wrote, so that no reader quotes a tag, link or script."""

from __future__ import annotations

import html
import re

# Elements whose content is code or styling, not text: removed with what they hold ('<script>alert(1)</script>'
# leaves nothing of 'alert(1)'); an unclosed one takes the rest of the text with it.
_CODE_ELEMENT_RE = re.compile(r"<(script|style|iframe|object|embed|noscript|template|svg|math)\b[^>]*>.*?"
                              r"(?:</\1\s*>|$)", re.I | re.S)
# A Markdown link, its text and its target; the target may hold one level of parentheses ('javascript:alert(2)').
_MARKDOWN_LINK_RE = re.compile(r"\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()]*\))*)\s*\)")
_MARKUP_RE = re.compile(r"<[^>]*>|[*_`#\[\]{}|]+|\((?:https?|javascript):[^)]*\)", re.I)


def clean_name(value: str | None) -> tuple[str | None, bool]:
    """An organisation name without markup ('<b>Björkskolan</b>' -> 'Björkskolan'), and whether any was removed."""
    if value is None:
        return None, False
    cleaned = _plain(value).strip(" .,:;-")
    return (cleaned or None), cleaned != " ".join(value.split())


def has_code(value: str) -> bool:
    """Whether `value` holds a script or similar element (not only formatting such as '<b>')."""
    return bool(_CODE_ELEMENT_RE.search(html.unescape(value))) or bool(
        re.search(r"\bon\w+\s*=|javascript:", value, re.I))


def _plain(text: str) -> str:
    """Text without markup: code elements go with their content, other tags and Markdown marks alone; a Markdown link
    keeps its text where it leads to a web page and goes whole where it runs a script (trial 29: '[länk](javascript:
    alert(2))' left 'länk )' in the organisation's name, its title and its export's file name).

    >>> _plain('<img src=x onerror=alert(1)>Ekedals <b>skola</b> [länk](javascript:alert(2))')
    'Ekedals skola'
    >>> _plain('Se [Skolverkets statistik](https://www.skolverket.se/statistik) för åk 9')
    'Se Skolverkets statistik för åk 9'
    """
    text = _CODE_ELEMENT_RE.sub(" ", html.unescape(text))
    text = _MARKDOWN_LINK_RE.sub(lambda m: m.group(1) if m.group(2).lower().startswith("http") else " ", text)
    return " ".join(_MARKUP_RE.sub(" ", text).split())
