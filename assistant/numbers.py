"""Numbers as Swedish text writes them: a decimal comma ('12,5'), a space or no-break space between thousands
('1 200'), a typographic minus ('−5'). The one place such text is read as a number (the user's figures and targets,
the figures of a claim question)."""

from __future__ import annotations

import re

from assistant import lexicon as lex

# A number as Swedish text writes it: a sign, digits (thousands apart by a space or no-break space), a decimal part
# after a comma or point. Not what Python's float() also reads ('nan', 'inf', '1_000', '1e3'; review of int24).
# (Digit groups apart by spaces are read joined, as before; review of int24.)
_SWEDISH_NUMBER_RE = re.compile(r"[+\-−]?(?=[,.]?\d)(?:\d+(?:[ \u00a0]+\d+)*)?(?:[,.]\d*)?")


def swedish_number(raw: str) -> float | None:
    """`raw` as a number; None when it is none.

    >>> swedish_number("1 200"), swedish_number("12,5"), swedish_number("−5"), swedish_number("+5")
    (1200.0, 12.5, -5.0, 5.0)
    >>> swedish_number("1\u00a0200,75"), swedish_number("14 %"), swedish_number("")
    (1200.75, None, None)
    >>> [swedish_number(w) for w in ("nan", "inf", "1_000", "1e3", "-", ",")]
    [None, None, None, None, None, None]
    """
    if not _SWEDISH_NUMBER_RE.fullmatch(raw.strip()):
        return None
    digits = raw.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".").replace("−", "-")
    try:
        return float(digits)
    except ValueError:
        return None


def as_number(raw: str) -> float:
    """`swedish_number` of text a pattern has already matched as a number ('38', '12,5'); ValueError otherwise.

    >>> as_number("12,5")
    12.5
    """
    value = swedish_number(raw)
    if value is None:
        raise ValueError(f"no number: {raw!r}")
    return value


def count_word(word: str) -> int | None:
    """A count written in digits or as a Swedish word ('3', 'tre', 'ett'); None when `word` is none.

    >>> count_word("3"), count_word("Tre"), count_word("ett"), count_word("nan")
    (3, 3, 1, None)
    """
    low = word.lower()
    if low.isascii() and low.isdigit():
        return int(low)
    return 1 if low == "ett" else lex.COUNT_WORDS.get(low)
