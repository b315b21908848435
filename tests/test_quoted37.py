"""The passage that answers is quoted (quoted37).

- A table's caption or the sentence that says what a table shows ('Tabell 1 visar … hösten 2025') gives no figure of
  its own: the row answers 'Hur stor var skolsköterskans tjänstegrad …?'.
- A share of a thing ('42 procent av alla kuratorsbesök') does not say how many there were: the row with the count
  answers 'Hur många kuratorsbesök …?'.
- 'Vad är medellönen för kvinnliga undersköterskor?' asks a figure, not what a medellön is.
- 'Vem har tagit fram/utförde analysen?' is answered by the report's own line naming its maker ('Utredare: …',
  'Handläggare: …'); the verb after the question word is no thing the material may say it leaves out.

The first tests use real question analysis and the lexicon; the last ask the eval store (extra_docs' reports).
"""

from __future__ import annotations

import time

import pytest

from assistant import lexicon as lex
from assistant.grounding.question import analyse
from assistant.grounding.scope.gaps import gap_words


def test_a_pay_or_rate_of_a_group_is_a_figure_asked() -> None:
    assert analyse("Vad är medellönen för kvinnliga undersköterskor i Stenåker?").answer_type == "number"
    assert analyse("Vad var svarsfrekvensen i enkäten?").answer_type == "number"
    assert analyse("Vad är en medellön?").answer_type == "definition"


def test_the_asking_verb_is_no_gap_word() -> None:
    words = gap_words(analyse("Vem utförde utredningen om föreningsbidrag i Lommaryd?"))
    assert "utförde" not in words and "föreningsbidrag" in words


def test_author_lines_and_questions() -> None:
    assert lex.AUTHOR_QUESTION_RE.match("Vem har tagit fram analysen av försörjningsstödet?")
    assert lex.AUTHOR_QUESTION_RE.match("Vem utförde utredningen?")
    assert not lex.AUTHOR_QUESTION_RE.match("Vem ansvarar för uppföljningen?")
    assert lex.AUTHOR_LINE_RE.match("Utredare: Anders Nyqvist, kultur- och fritidsförvaltningen")
    assert lex.AUTHOR_LINE_RE.match("Handläggare: Karin Holmgren, verksamhetsutvecklare")
    assert not lex.AUTHOR_LINE_RE.match("Ansvarig: rektor")


def test_share_figures_are_found_without_backtracking() -> None:
    assert lex.SHARE_FIGURE_RE.findall("stod för 42 procent av alla besök, 1 032 % och 5 procentenheter") == [
        "42 procent", "1 032 %", "5 procentenheter"]
    assert not lex.SHARE_FIGURE_RE.search("2 400 invånare")
    for text in ("1" + " 1" * 15000 + " x", "1," * 15000, " " * 30000):
        start = time.perf_counter()
        lex.SHARE_FIGURE_RE.search(text)
        lex.TABLE_POINTER_NUMBERS_RE.sub(" ", text)
        assert time.perf_counter() - start < 0.5


def _cites(bot: object, question: str) -> list[tuple[str, int, int]]:
    r = bot.respond({"message": question, "mode": "fraga", "history": []})
    return [(c.source, c.start_line, c.end_line) for c in r.citations], r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_table_rows_answer_before_captions_and_shares(eval_bot: object) -> None:
    cites, text = _cites(eval_bot, "Hur stor var skolsköterskans tjänstegrad på Vintrosa skola hösten 2025?")
    assert text.startswith("Skolsköterska") and "80 %" in text.split("[1]")[0], text
    cites, text = _cites(eval_bot, "Hur många kuratorsbesök gjorde flickor i årskurs 7–9 på Vintrosa 2025?")
    assert "268" in text.split("[1]")[0], text
    cites, text = _cites(eval_bot, "Vad är medellönen för kvinnliga undersköterskor i Stenåker?")
    assert "31 450" in text.split("[1]")[0], text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_report_names_its_maker(eval_bot: object) -> None:
    cites, text = _cites(eval_bot, "Vem utförde utredningen om föreningsbidrag i Lommaryd?")
    assert "Anders Nyqvist" in text.split("[1]")[0], text
    cites, text = _cites(eval_bot, "Vem har tagit fram Tallmarkas jämställdhetsanalys av försörjningsstödet?")
    assert "Karin Holmgren" in text.split("[1]")[0], text
