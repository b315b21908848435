"""The thing a figure is of (scope.counted_line, refusal38a): a figure question's rare words name the thing counted or
the row asked ('fiol', 'avgiftsbefrielse'); a figure line that names none of it is of a sibling (another row of the
table, another measure of the document) and is no answer where the document never names the thing, or gives it as a
figure of its own elsewhere. The refusal names what is missing and the rows the table has."""

from __future__ import annotations

import time
from typing import Any

import pytest

from assistant import lexicon as lex
from assistant.grounding.question import analyse
from assistant.grounding.scope.counted_line import line_names_word, thing_words


def _things(question: str) -> list[str]:
    return [word for word, _ in thing_words(analyse(question))]


def test_the_thing_words_are_the_rare_nouns_not_names_verbs_or_frame_words() -> None:
    assert "fiol" in _things("Hur många elever spelade fiol i Siljeby kulturskola läsåret 2024/25?")
    assert _things("Hur stor andel av männens vinterresor i Kärrnäs gjordes med moped?")[-1] == "moped"
    things = _things("Hur många fotgängare skadades i halkolyckor i Kärrnäs vintern 2023/24?")
    assert "skadades" not in things and "vintern" not in things and "Kärrnäs" not in things
    assert "syskonrabatt" in _things("Hur många elever fick syskonrabatt läsåret 2024/25?")
    assert not _things("Hur många av dem var pojkar?")


def test_a_line_names_a_word_by_its_inflection_or_a_compound_part() -> None:
    assert line_names_word({"piano"}, "pianolektioner", "pianolektion")
    assert line_names_word({"avgiftsbefrielsen"}, "avgiftsbefrielse", "avgiftsbefri")
    assert not line_names_word({"piano", "gitarr", "trummor"}, "fiol", "fiol")
    # a column named by the compound's first part only is no line of it where parts are not read
    assert not line_names_word({"vinter"}, "vinterresor", "vinterres", parts=False)


def test_the_new_patterns_are_quick_on_a_long_input() -> None:
    text = ("avgiftsbefrielse 2024/25, 27 flickor: och " * 800)[:30000]
    start = time.perf_counter()
    lex.THING_SENTENCE_SPLIT_RE.split(text)
    lex.THING_VERB_END_RE.search(text)
    lex.THING_FRAME_RE.match(text)
    assert time.perf_counter() - start < 0.5


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_row_the_table_lacks_is_refused_with_the_rows_it_has(eval_bot: Any) -> None:
    refused = eval_bot.respond({"message": "Hur många elever spelade fiol i Siljeby kulturskola läsåret 2024/25?",
                                "mode": "fraga", "history": []})
    assert not refused.grounded and "fiol" in refused.text and "Gitarr" in refused.text, refused.text
    answered = eval_bot.respond({"message": "Hur många pojkar gick på pianolektioner i kulturskolan i Siljeby?",
                                 "mode": "fraga", "history": []})
    assert answered.grounded and "38" in answered.text, answered.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_sport_the_hall_table_lacks_is_refused_and_one_it_has_answered_by_its_definite_form(eval_bot: Any) -> None:
    refused = eval_bot.respond({"message": "Hur många timmar i veckan fick fotbollen i Lommaryds idrottshallar?",
                                "mode": "fraga", "history": []})
    assert not refused.grounded and "Innebandy" in refused.text, refused.text
    answered = eval_bot.respond({"message": "Hur många timmar i veckan fick handbollen i Lommaryds idrottshallar?",
                                 "mode": "fraga", "history": []})
    assert answered.grounded and "34" in answered.text, answered.text
