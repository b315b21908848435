"""The mode registry is the one list of modes: the Literal type, the prompts and the draft headings agree with it."""

from __future__ import annotations

from typing import get_args

import pytest

from assistant.config import PROJECT_ROOT
from assistant.modes import DRAFT_MODES, DRAFT_SECTION_KEYS, MODES, Mode


def test_the_mode_type_and_the_registry_name_the_same_modes() -> None:
    assert list(get_args(Mode)) == list(MODES)
    assert all(name == spec.name for name, spec in MODES.items())
    assert DRAFT_MODES == ("problemformulering", "lokalt_mal", "uppfoljning")


def test_every_mode_has_a_swedish_label_help_and_prompt() -> None:
    assert [m.label for m in MODES.values()] == ["Fråga", "Problemformulering", "Lokalt mål", "Uppföljningsplan",
                                                 "Dilemma"]
    for spec in MODES.values():
        assert spec.help.strip() and spec.help[0].isupper()
        assert (PROJECT_ROOT / "prompts" / spec.prompt_file).read_text("utf-8").strip()


def test_draft_prompts_ask_for_exactly_the_registry_headings() -> None:
    for name in DRAFT_MODES:
        spec = MODES[name]
        prompt = (PROJECT_ROOT / "prompts" / spec.prompt_file).read_text("utf-8")
        asked = [line[3:].strip() for line in prompt.splitlines() if line.startswith("## ")]
        assert asked == [heading for _, heading in spec.draft_sections], name


def test_section_keys_are_unique_and_found_by_heading() -> None:
    for spec in MODES.values():
        keys = [key for key, _ in spec.draft_sections]
        assert len(keys) == len(set(keys))
        for key, heading in spec.draft_sections:
            assert spec.heading(key) == heading
            if spec.is_draft:
                assert DRAFT_SECTION_KEYS[heading.lower()] == key


@pytest.mark.needs_corpus_index
def test_every_question_example_is_answered_from_the_bundled_corpus(corpus_components) -> None:  # type: ignore[no-untyped-def]
    # The examples are what a new user clicks first: one that is refused ('Vad är en förändringsteori?', which the
    # corpus only uses) greets them with a refusal (trial 17).
    from assistant.service import Assistant

    bot = Assistant(corpus_components[0])
    for example in MODES["fraga"].examples:
        response = bot.respond({"message": example, "mode": "fraga"})
        assert response.grounded and response.citations, example
