"""The examples in the docstrings of our modules are run as tests, so they cannot rot. Every module of the product's
packages that holds an example is found by reading its file, so a new module's examples cannot be left out."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "ingest", "evals", "api", "jamplan")
_EXAMPLE_RE = re.compile(r"^\s*>>> ", re.M)  # an example's prompt opens its line ('f"…\n>>>"' in a string does not)


def _modules_with_examples() -> list[str]:
    names = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if _EXAMPLE_RE.search(path.read_text(encoding="utf-8")):
                names.append(".".join(path.relative_to(ROOT).with_suffix("").parts))
    return names


MODULES = _modules_with_examples()


def test_the_modules_known_to_hold_examples_are_found() -> None:
    assert {"assistant.grounding.question", "assistant.index.units", "ingest.clean", "assistant.lexicon"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0, f"{result.failed} example(s) of {name} failed"
