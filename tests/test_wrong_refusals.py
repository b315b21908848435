"""Answerable questions the judge refused for retrieval or reading, on the real corpus and upload index (wrongref30):
a table row's amounts read by its column names, the asked row ranked below the few best units, and a narrow second
look before a refusal for want of a figure, which must not let an unanswerable question through."""

from __future__ import annotations

import pytest

from assistant.grounding.lookagain import LOOK_AGAIN_REASONS, look_again, names_subject
from assistant.service import Assistant
from tests.conftest import first_verdict

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


def test_a_row_gives_amounts_by_its_column_names(eval_bot: Assistant) -> None:
    """'Anläggningsbidrag | 12 | 402 000 | 938 000 | 30' under 'Bidragsform | Antal föreningar | Kvinnor/flickor, kr |
    …': the bare figures are amounts (the column says 'kr'), so what the women and girls got is answered from the
    row, with the amount of their column."""
    answer = eval_bot.respond({"message": "Hur mycket fick kvinnor och flickor i anläggningsbidrag i Ljungfors 2025?"})
    assert answer.grounded
    assert "402 000" in answer.text


def test_the_asked_row_answers_from_below_the_best_units(eval_bot: Assistant) -> None:
    """The key-figure table's row 'Heltidsanställda (procent) | 79 | 91 | 74 | 90' ranks below sentences about the
    table and rows of another municipality's table; the question names its columns ('kvinnorna', 2025) and label
    ('heltid'), so it answers with the women's 2025 cell."""
    answer = eval_bot.respond({"message": "Hur stor andel av kvinnorna i Älvmora kommun arbetade heltid i augusti "
                                          "2025?"})
    assert answer.grounded
    assert "79 %" in answer.text.split("[1]")[0]


def test_a_second_look_finds_the_line_the_first_pool_lacked(eval_bot: Assistant) -> None:
    """'Omkring 180 personer … har tagit del av våra föreläsningar' never reaches the first pool; refused there for
    want of a figure, the second look's lexical search finds the line, which names the asked thing (föreläsningar)
    and passes the judge on its own: the answer gives its figure."""
    text = "Hur många personer har lyssnat på föreläsningarna i #jagmed – Gör det möjligt!?"
    question, hits, verdict = first_verdict(eval_bot, text)
    assert not verdict.answer and verdict.reason in LOOK_AGAIN_REASONS
    again = look_again(eval_bot.evidence, question, hits, verdict)
    assert again is not None
    _, selection, answered = again
    assert answered.answer and "180 personer" in selection.ranked[0].unit.text
    assert "180 personer" in eval_bot.respond({"message": text}).text


def test_a_second_look_lets_no_unanswerable_through(eval_bot: Assistant) -> None:
    """How many of the interviewed pupils had dyslexia: the report has no such count; the second look finds lines on
    the interviews, none of which passes the judge on its own, so the refusal stands. A refusal of another kind (an
    asked year the material tells nothing of) gets no second look at all."""
    text = "Hur många av de intervjuade eleverna i Karlskoga hade dyslexi?"
    question, hits, verdict = first_verdict(eval_bot, text)
    assert not verdict.answer
    assert look_again(eval_bot.evidence, question, hits, verdict) is None
    assert not eval_bot.respond({"message": text}).grounded
    year = eval_bot.evidence.analyse("Vilka områden behöver kommunen prioritera under 2031?")
    _, year_hits, year_verdict = first_verdict(eval_bot, year.text)
    assert not year_verdict.answer and year_verdict.reason not in LOOK_AGAIN_REASONS
    assert look_again(eval_bot.evidence, year, year_hits, year_verdict) is None


def test_the_asked_subject_is_named_by_a_whole_word_or_a_compounds_head() -> None:
    """The asked thing counts as named by the word inflected, a compound it starts or a compound it ends."""
    assert names_subject("Presentationer för varje mötestillfälle", "tillfall")
    assert names_subject("våra föreläsningar om skolavbrott", "forelasning")
    assert names_subject("Två gästföreläsningar hölls", "forelasning")
    assert not names_subject("Fyra träffar med lärarlagen", "forelasning")


def test_an_amount_column_is_named_by_either_word_of_its_slash_pair(eval_bot: Assistant) -> None:
    """'Startbidrag | 9 | 63 000 | 72 000 | 47' under '… | Kvinnor/flickor, kr | Män/pojkar, kr | …': a money question
    naming 'tjejer och kvinnor' names the column 'Kvinnor/flickor, kr' (either word of the pair, its unit 'kr' not
    asked), so the bare cells are its amounts; another year the table lacks is still refused."""
    answer = eval_bot.respond({"message": "Hur mycket pengar fick tjejer och kvinnor i startbidrag i Ljungfors 2025?"})
    assert answer.grounded
    assert "63 000" in answer.text
    other_year = eval_bot.respond({"message": "Hur mycket pengar i startbidrag gick till tjejer och kvinnor i "
                                              "Ljungfors 2023?"})
    assert not other_year.grounded


def test_a_difference_asked_between_two_things_is_no_term_to_define(eval_bot: Assistant) -> None:
    """'Vad är skillnaden mellan extra anpassningar och särskilt stöd …?' compares two things the report tells of;
    it is not refused as a term the material only uses in passing ('definierar inte skillnaden …')."""
    answer = eval_bot.respond({"message": "Vad är skillnaden mellan extra anpassningar och särskilt stöd enligt "
                                          "eleverna i Karlskoga?"})
    assert answer.grounded
    assert "definierar inte" not in answer.text
    assert "särskilt stöd" in answer.text


def test_a_season_the_material_itself_is_dated_by_answers_its_undated_figures(eval_bot: Assistant) -> None:
    """A summer school's page: 'Sommarskolan 2024 pågick från måndag 17 juni till fredag 5 juli' dates the material
    in the summer, so its undated 'Totalt deltog 81 elever' is the summer's figure; neither the page's own date
    ('Senast uppdaterad 2 september 2024') nor a goal 'till hösten' dates it otherwise (own probes, session 35)."""
    answer = eval_bot.respond({"message": "Hur många elever var med på Läslust sommaren 2024?"})
    assert answer.grounded
    assert "81" in answer.text.split("[1]")[0]


def test_a_report_that_says_it_leaves_a_thing_out_answers_with_that_line(eval_bot: Assistant) -> None:
    """'Uppföljningen omfattar inte vuxenutbildningen, gymnasiesärskolan …' and 'Timavlönade och visstidsanställda
    ingår inte': asked whether the left-out thing is included, that line answers; asked about it otherwise, the
    refusal quotes it as the material's own word (blind38's tune GV19 and GV40, session 35)."""
    included = eval_bot.respond({"message": "Ingår timavlönade i Stenåkers lönekartläggning?"})
    assert included.grounded
    assert "ingår inte" in included.text.split("[1]")[0]
    asked = eval_bot.respond({"message": "Vilka slutsatser drar Hedeby om vuxenutbildningen?"})
    assert not asked.grounded
    assert "omfattar inte vuxenutbildningen" in asked.text
