"""Removes personal data from user text before it leaves the machine for an external model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Swedish personal identity and coordination numbers: (YY)YYMMDD[-+]NNNN, with or without separator.
_PERSONNUMMER = re.compile(r"(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-6]\d|7[01])[-+ ]?\d{4}(?![\d-])")
_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# Swedish and international phone numbers: 070-123 45 67, 08-123 456 78, +46 70 123 45 67, 0046…
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?(?:46[\s-]?)?\(?0?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?!\w)")


@dataclass
class Redaction:
    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.counts)


def redact(text: str) -> Redaction:
    """Replace personal identity numbers, e-mail addresses and phone numbers with placeholders.

    Identity numbers are recognised by their date shape, checksum or not (a
    mistyped number is still personal data); phone numbers need at least 7 digits so that
    years and statistics ('2024', '45 procent') survive.
    """
    counts: dict[str, int] = {}

    def sub(pattern: re.Pattern[str], label: str, placeholder: str, text: str, check=None) -> str:  # type: ignore[no-untyped-def]
        def repl(m: re.Match[str]) -> str:
            if check is not None and not check(m.group(0)):
                return m.group(0)
            counts[label] = counts.get(label, 0) + 1
            return placeholder

        return pattern.sub(repl, text)

    text = sub(_EMAIL, "email", "[e-post borttagen]", text)
    text = sub(_PERSONNUMMER, "personnummer", "[personnummer borttaget]", text)
    text = sub(_PHONE, "phone", "[telefonnummer borttaget]", text, _looks_like_phone)
    return Redaction(text, counts)


def _looks_like_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) < 7 or len(digits) > 15:
        return False
    # A range of years or a plain number with spaces ("2020 2021 2022") is not a phone number.
    if re.fullmatch(r"(?:(?:19|20)\d{2}[\s-]*)+", candidate.strip()):
        return False
    return candidate.strip().startswith(("0", "+", "(")) or len(digits) >= 9

