"""Markdown's inline markup taken out of the text, line for line (citations quote the file's lines).

'Med *trygghet* avses …' is read as 'Med trygghet avses …', a link as its text, and footnotes as footnotes: a
definition '[^3]: Antalet …' becomes the note '3 Antalet …' (its line is listed, so ingest reads it as a footnote
whatever it says), and a mark '…2023.[^3]' a raised number '…2023.³', which ingest links to the note
(ingest.classify.link_notes) and an answer leaves out (assistant.index.units).
"""

from __future__ import annotations

import re

from assistant.lexicon import (
    EXPORT_PROPERTY_KEYS_RE,
    PROPERTY_LINE_RE,
    SUPERSCRIPT_DIGITS,
    TASK_DONE_MARK,
    TASK_OPEN_MARK,
)

_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)

_FOOTNOTE_DEF_RE = re.compile(r"^(\s{0,3})\[\^([^\]\s]+)\]:\s*")
_FOOTNOTE_MARK_RE = re.compile(r"\[\^([^\]\s]+)\]")
_IMAGE_OR_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK_RE = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_LINK_DEF_RE = re.compile(r"^\s{0,3}\[[^\]^][^\]]*\]:\s+\S+(?:\s+\"[^\"]*\")?\s*$")
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_CODE_RE = re.compile(r"`([^`\n]+)`")
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR_RE = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])")
_EMPHASIS_UNDERSCORE_RE = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)")
_STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_TASK_RE = re.compile(r"^(\s*(?:[-*+]|\d{1,3}[.)])\s+)\[([ xX])\]\s+(.*?)\s*$")
# '@Johan Ek', a mention: the name without the '@' (not an e-mail address's, nor '@handle' in lower case).
_MENTION_RE = re.compile(r"(?<![\w.@])@(?=[A-ZÅÄÖ])")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")


def clean_markdown(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines without inline markup, as many as given, and the (1-based) lines that start a footnote.

    >>> clean_markdown(["Med *trygghet* avses **andelen** [elever](https://x.se/a_b) som svarat.[^2]", "",
    ...                 "[^2]: Källa: _elevenkäten_."])
    (['Med trygghet avses andelen elever som svarat.²', '', '2 Källa: elevenkäten.'], [3])
    """
    labels = [m.group(2) for m in map(_FOOTNOTE_DEF_RE.match, lines) if m]
    # A numbered note keeps its number; a named one ('[^källa]') takes the next number no note has.
    numbers = {label: label for label in labels if label.isdigit()}
    taken, free = set(numbers.values()), 0
    for label in labels:
        if label not in numbers:
            free += 1
            while str(free) in taken:
                free += 1
            numbers[label] = str(free)
            taken.add(str(free))
    out: list[str] = []
    notes: list[int] = []
    fenced = False
    properties = set(property_block(lines))
    for n, line in enumerate(lines, 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or line.lstrip().startswith(("```", "~~~")):
            out.append(line)  # code is no markup
            continue
        m = _FOOTNOTE_DEF_RE.match(line)
        if m:
            notes.append(n)
            line = f"{m.group(1)}{numbers[m.group(2)]} {line[m.end():]}"
        elif _LINK_DEF_RE.match(line) or n in properties:
            out.append("")
            continue
        if task := _TASK_RE.match(line):  # '- [x] Anna skickar …' -> '- Anna skickar … (klar)'
            mark = TASK_OPEN_MARK if task.group(2) == " " else TASK_DONE_MARK
            line = f"{task.group(1)}{task.group(3)} {mark}"
        out.append(_MENTION_RE.sub("", clean_inline(line, numbers)))
    return out, notes


def clean_inline(line: str, numbers: dict[str, str] | None = None) -> str:
    """One line's inline markup taken out; a footnote mark written as a raised number."""
    numbers = numbers or {}
    line = _FOOTNOTE_MARK_RE.sub(lambda m: numbers.get(m.group(1), m.group(1)).translate(_TO_SUPERSCRIPT)
                                 if numbers.get(m.group(1), m.group(1)).isdigit() else "", line)
    line = _IMAGE_OR_LINK_RE.sub(r"\1", line)
    line = _REF_LINK_RE.sub(r"\1", line)
    line = _AUTOLINK_RE.sub(r"\1", line)
    line = _CODE_RE.sub(r"\1", line)
    for _ in range(2):  # '***x***', '**_x_**'
        line = _STRONG_RE.sub(r"\2", line)
        line = _EMPHASIS_STAR_RE.sub(r"\1", line)
        line = _EMPHASIS_UNDERSCORE_RE.sub(r"\1", line)
    line = _STRIKE_RE.sub(r"\1", line)
    return _ESCAPE_RE.sub(r"\1", line)


def property_block(lines: list[str]) -> list[int]:
    """The (1-based) lines of a Notion or Confluence export's property block ('Created by: …', 'Tags: …', 'Status:
    …'): a run of two or more property lines under the title, one of them a key of the tool's own; [] for none.

    >>> property_block(["# Möte", "", "Created by: Anna Berg", "Status: Klar", "", "Text."])
    [3, 4]
    >>> property_block(["# Protokoll", "Datum: 2025-02-11", "Plats: Rummet"])
    []
    """
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].lstrip().startswith("#")) and start < 3:
        start += 1
    end = start
    while end < len(lines) and PROPERTY_LINE_RE.match(lines[end]):
        end += 1
    run = lines[start:end]
    if len(run) >= 2 and any(EXPORT_PROPERTY_KEYS_RE.match(line) for line in run):
        return list(range(start + 1, end + 1))
    return []
