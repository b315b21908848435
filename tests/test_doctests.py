"""The examples in the docstrings of the answer engine's pure modules are run as tests, so they cannot rot."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "assistant.grounding.question",
    "assistant.grounding.followups",
    "assistant.grounding.selection",
    "assistant.grounding.scope",
    "ingest.clean",
    "assistant.index.lexical",
    "assistant.generation.easy",
    "assistant.generation.wording",
    "assistant.generation.facts",
    "assistant.generation.extractive.drafts",
    "assistant.lexicon",
    "assistant.grounding.anchors",
    "assistant.index.units",
    "assistant.generation.extractive.answer",
    "assistant.service",
    "evals.readability",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0, f"{result.failed} example(s) of {name} failed"
