"""Refusing a figure whose own line differs from the question in one detail (refusal36a, scope.line_details): the
year, the gender group, the age group, a group named by its gender ('kvinnliga sjuksköterskor') and a named place or
school must each be stated by the row (its asked cells, label, caption, headings) or sentence the figure comes from;
the same figure asked with the detail the document gives stays answered."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.scope.line_details import ages, gender_sides, line_years


def test_a_line_states_the_years_of_a_span_and_a_school_year_but_not_a_start() -> None:
    """'2023–2025' states 2024; '2024/25' states both; 'sedan hösten 2023' is when something began, not the year of
    the figure beside it."""
    assert line_years("Sjukfrånvaro åren 2023–2025") == {"2023", "2024", "2025"}
    assert line_years("läsåret 2024/25") == {"2024", "2025"}
    assert line_years("På Ljusbacken, som har tjejkvällar sedan hösten 2023, var andelen 44 procent.") == set()


def test_gender_groups_are_read_in_compounds_and_adjectives_but_not_from_the_pronoun_man() -> None:
    """'flicklag' and 'kvinnliga' name the female side; a question's 'man' is the pronoun."""
    assert gender_sides("Andel flicklag (procent)") == {1}
    assert gender_sides("Vad var medellönen för kvinnliga undersköterskor?", asking=True) == {1}
    assert gender_sides("Hur många timmar kan man få?", asking=True) == set()
    assert gender_sides("Antal besök, pojkar 7–9") == {0}


def test_age_groups_are_read_as_bands_and_bounds() -> None:
    assert ages("Kvinnor 90 år och äldre") == {(90, 130)}
    assert ages("pojkar 13–16 år") == {(13, 16)}
    assert ages("under 16 år") == {(0, 15)}


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_school_the_figures_row_does_not_name_is_refused_and_the_row_asked_as_given_is_answered(
        eval_bot: Any) -> None:
    """Hedeby's table of first choices per programme is of all three schools; another sentence names Ekängsskolan.
    Asked the girls of Ekängsskolan who chose Bygg, refused naming the school; asked without it, answered."""
    refused = eval_bot.respond({"message": "Hur många flickor på Ekängsskolan sökte Bygg- och "
                                           "anläggningsprogrammet 2025?"})
    assert not refused.grounded
    assert "Ekängsskolan" in refused.text.split("\n")[0]
    answered = eval_bot.respond({"message": "Hur hög var andelen i insats bland männen i Sjövik 2024?"})
    assert answered.grounded and "46" in answered.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_year_no_asked_cell_of_the_row_states_is_refused_and_the_given_year_is_answered(eval_bot: Any) -> None:
    """Stenåker's table gives the mean pay per yrkesgrupp of October 2025 only (2024 only as a percentage column):
    the men förskollärare's mean pay of 2024 is refused, that of 2025 answered from the row (not from a sentence on
    förskollärare and ingenjörer together)."""
    refused = eval_bot.respond({"message": "Vad var medellönen för manliga förskollärare i Stenåker 2024?"})
    assert not refused.grounded
    answered = eval_bot.respond({"message": "Vad var medellönen för manliga förskollärare i Stenåker 2025?"})
    assert answered.grounded and "37 600" in answered.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_an_undated_sentence_takes_the_year_of_the_sentence_it_goes_on_from(eval_bot: Any) -> None:
    """Sjöhamn's minutes: '… hade 2024 sammanlagt 38 400 besök. … På Ljusbacken, som har tjejkvällar … sedan hösten
    2023, var andelen 44 procent': the share is of 2024, asked with 'tjejer' too."""
    answered = eval_bot.respond({"message": "Hur stor andel av besöken på Ljusbacken gjordes av tjejer 2024?"})
    assert answered.grounded and "44 procent" in answered.text
