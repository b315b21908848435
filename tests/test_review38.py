"""Mends of this session's review (review38): a question-mode first message that an edit pattern meets but that
asks the material is answered, not told there is nothing to edit; a line ranking members of a set beside a comparison
of women and men still ranks them."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex


def test_a_gender_comparison_ends_at_its_own_an() -> None:
    line = "Hållplatsen Torget hade fler halkolyckor än Stationen och Skolgatan, men kvinnor halkade oftare än män."
    left = lex.GENDER_COMPARED_RE.sub(" ", line)
    assert "fler halkolyckor än Stationen" in left and "oftare än män" not in left


@pytest.mark.needs_corpus_index
def test_a_first_question_in_plain_words_is_answered_not_taken_for_an_edit(eval_bot: Any) -> None:
    answer = eval_bot.respond({"message": "Förklara jämställdhetsintegrering med enkla ord", "mode": "fraga"})
    assert answer.grounded and "inget svar eller utkast att ändra" not in answer.text
    nothing = eval_bot.respond({"message": "gör det kortare", "mode": "fraga"})
    assert not nothing.grounded and "inget svar eller utkast att ändra" in nothing.text
