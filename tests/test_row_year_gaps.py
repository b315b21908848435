"""A table row the question names whose cell of the asked year is empty or a dash (a group counted apart only from
that year on): the other rows' figures of that year are no answer. The refusal says which years the row has and
shows the row, cited; the row's other year and the other rows' figures of the asked year are still answered (blind36
LK26 got two other yrkesgrupper's 2024 figures for 'fritidsledarna … 2024')."""

from __future__ import annotations

import re

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

UPLOAD = "dalby-personalbokslut-2025.md"
REPORT = """# Personalbokslut 2025 för Dalby kommun

Personalavdelningen redovisar varje år hur många som arbetar heltid i kommunens största yrkesgrupper.

## Heltidsarbete per yrkesgrupp

Tabell 4. Andel heltidsanställda kvinnor per yrkesgrupp (procent)

| Yrkesgrupp | Heltid kvinnor 2024 | Heltid kvinnor 2025 |
|---|---|---|
| Undersköterska | 61 | 67 |
| Personlig assistent | – | 48 |
| Barnskötare | 72 | 75 |
| Lokalvårdare | 55 | 58 |

Personliga assistenter redovisas som egen grupp från 2025; tidigare ingick de i gruppen vårdbiträden.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The corpus and the personalbokslut, ingested through the pipeline into one store as an upload is."""
    return corpus_with_uploads(tmp_path_factory.mktemp("rowyears"), {UPLOAD: REPORT})


def _ask(bot: Assistant, question: str):
    return bot.respond({"message": question, "mode": "fraga", "history": []})


def test_a_named_row_without_the_asked_year_is_refused_with_its_row(bot: Assistant) -> None:
    r = _ask(bot, "Hur stor andel av de kvinnliga personliga assistenterna i Dalby arbetade heltid 2024?")
    assert not r.grounded, r.text
    first = r.text.splitlines()[0]
    assert "personlig assistent 2024" in first and "2025" in first, r.text
    assert "Personlig assistent" in r.text and not re.search(r"\b(?:61|72|55)\b", r.text), r.text
    assert any(c.source.endswith(UPLOAD) for c in r.citations), r.citations


def test_the_rows_other_year_and_other_rows_of_the_year_are_answered(bot: Assistant) -> None:
    r = _ask(bot, "Hur stor andel av de kvinnliga personliga assistenterna i Dalby arbetade heltid 2025?")
    assert r.grounded and "48" in r.text.split("[")[0], r.text
    r = _ask(bot, "Hur stor andel av de kvinnliga barnskötarna i Dalby arbetade heltid 2024?")
    assert r.grounded and "72" in r.text.split("[")[0], r.text
