"""An e-mail thread saved as text: the subject is its title, and a quoted earlier message ('> …') is read as a
section of its own under a heading, its '> ' marks gone, so a quoted proposal is not read as part of the reply.

Lines keep their numbers (one line in, one line out), so citations still point at the file's own lines."""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex

# The header lines an e-mail opens with: at least two of them among its first lines.
HEADER_LINES_MIN = 2
HEAD_SCAN = 8


def is_email(lines: Sequence[str]) -> bool:
    """Whether a text file is an e-mail: it opens with header lines ('Från:', 'Ämne:' …), a sender among them."""
    head = [line.strip() for line in lines[:HEAD_SCAN] if line.strip()]
    keys = [m.group("key").lower() for line in head if (m := lex.EMAIL_HEADER_RE.match(line))]
    return len(keys) >= HEADER_LINES_MIN and any(k in lex.EMAIL_SENDER_KEYS for k in keys) and bool(head) and \
        lex.EMAIL_HEADER_RE.match(head[0]) is not None


def subject(lines: Sequence[str]) -> str:
    """The e-mail's subject, its 'SV:'/'VB:' marks taken off ('' when it has none)."""
    for line in lines[:HEAD_SCAN]:
        m = lex.EMAIL_HEADER_RE.match(line.strip())
        if m and m.group("key").lower() in lex.EMAIL_SUBJECT_KEYS:
            return lex.EMAIL_REPLY_MARK_RE.sub("", m.group("value").strip()).strip()
    return ""


def unquoted(lines: Sequence[str]) -> list[str]:
    """The lines with their '> ' marks taken off; a quoted message's first header line becomes the heading of its
    section ('## Tidigare meddelande – Från: Sara Holm …'), and a line that was only '>' is blank."""
    out: list[str] = []
    in_quote_head = False
    for line in lines:
        m = lex.EMAIL_QUOTE_RE.match(line)
        if not m:
            out.append(line)
            in_quote_head = False
            continue
        text = line[m.end():].rstrip()
        header = lex.EMAIL_HEADER_RE.match(text.strip())
        if header and not in_quote_head:
            out.append(f"## {lex.EMAIL_EARLIER_HEADING} – {text.strip()}")
            in_quote_head = True
            continue
        in_quote_head = in_quote_head and header is not None
        out.append(text)
    return out
