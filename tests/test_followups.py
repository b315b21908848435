"""Follow-up questions ('och för flickor då?') rewritten into standalone questions without a model."""

from __future__ import annotations

import pytest

from assistant.grounding.followups import is_follow_up, rewrite_follow_up
from assistant.schema import Turn

HISTORY = [Turn(role="user", content="Vilka problem har pojkar i skolan?"), Turn(role="assistant", content="…")]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("och för flickor då?", "Vilka problem har flickor i skolan?"),
        ("Varför?", "Vilka problem har pojkar i skolan? Varför"),
        ("Vad med gymnasiet?", "Vilka problem har pojkar i skolan – gymnasiet?"),
        ("Hur kan vi involvera målgruppen genom elevråd?", "Hur kan vi involvera målgruppen genom elevråd?"),
    ],
)
def test_follow_up_rewrite(message: str, expected: str) -> None:
    assert rewrite_follow_up(message, HISTORY) == expected
    assert rewrite_follow_up(message, []) == " ".join(message.split())


def test_follow_up_detection_ignores_long_questions() -> None:
    assert is_follow_up("och för flickor då?")
    assert not is_follow_up("Och hur ska vi då göra för att alla elever, både flickor och pojkar, ska lyckas i skolan?")
