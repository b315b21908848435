"""Numbers as Swedish text writes them: a decimal comma ('12,5'), a space or no-break space between thousands
('1 200'), a typographic minus ('−5'). The one place such text is read as a number (the user's figures and targets,
the figures of a claim question)."""

from __future__ import annotations


def swedish_number(raw: str) -> float | None:
    """`raw` as a number; None when it is none.

    >>> swedish_number("1 200"), swedish_number("12,5"), swedish_number("−5"), swedish_number("+5")
    (1200.0, 12.5, -5.0, 5.0)
    >>> swedish_number("1\u00a0200,75"), swedish_number("14 %"), swedish_number("")
    (1200.75, None, None)
    """
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
