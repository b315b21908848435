"""Refusing a figure asked of a subject the cited evidence does not state it for, on the real eval store (corpus/ and
evals/extra_docs/): a grade inside a wider band or outside the grades a table gives, an age band the table does not
split by, a noun qualified by a group no figure names, a named district the figure's own line does not name, a
follow-up that asks the same figure of another grade, and a question about the asker's own weekend. Each refused
question has an answerable twin of the same form that stays answered (refusalB33)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import converse

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


def test_a_grade_inside_a_band_from_forskoleklass_is_refused(eval_bot: Any) -> None:
    """Vintrosa's visits table has rows 'Flickor F–3', 'Pojkar F–3', …: a count asked of åk 2 is not the F–3 row's
    figure (the band is read as åk 1–3); a grade the sommarskola table gives a row of is answered from that row."""
    refused = eval_bot.respond({"message": "Hur många besök gjorde pojkar i årskurs 2 hos skolkuratorn på Vintrosa "
                                           "skola 2025?"})
    assert not refused.grounded
    assert "årskurs 1–3" in refused.text
    answered = eval_bot.respond({"message": "Hur många flickor i årskurs 5 deltog i sommarskolan Läslust?"})
    assert answered.grounded and "12" in answered.text


def test_a_share_asked_of_grades_the_survey_table_does_not_cover_is_refused(eval_bot: Any) -> None:
    """The pupil survey's table is captioned 'årskurs 4–9'; a share asked of åk 2 is refused (the count of pupils in
    förskoleklass–åk 3 is no share), the same asked of åk 4–9 is answered."""
    refused = eval_bot.respond({"message": "Hur stor andel av eleverna i årskurs 2 på Vintrosa skola känner sig "
                                           "trygga i skolan?"})
    assert not refused.grounded
    answered = eval_bot.respond({"message": "Hur stor andel av eleverna i årskurs 4–9 på Vintrosa skola känner sig "
                                            "trygga i skolan?"})
    assert answered.grounded


def test_an_age_band_the_table_does_not_split_by_is_refused(eval_bot: Any) -> None:
    """Sörbyholm's table splits by 16–29, 30–64 and 65+: 16–19 år is not the 16–29 row's figure."""
    refused = eval_bot.respond({"message": "Hur stor andel av kvinnorna 16–19 år i Sörbyholm känner sig otrygga "
                                           "utomhus 2025?"})
    assert not refused.grounded
    assert "16–19 år" in refused.text
    answered = eval_bot.respond({"message": "Hur stor andel av kvinnorna 16–29 år i Sörbyholm känner sig otrygga "
                                            "utomhus 2025?"})
    assert answered.grounded and "47" in answered.text


def test_a_count_of_a_qualified_group_no_figure_names_is_refused(eval_bot: Any) -> None:
    """The sommarskola page counts its 81 pupils by grade and sex only: pupils 'med utländsk bakgrund' are not
    counted; the pupils as a whole are."""
    refused = eval_bot.respond({"message": "Hur många elever med utländsk bakgrund deltog i sommarskolan Läslust?"})
    assert not refused.grounded
    assert "elever med utländsk bakgrund" in refused.text
    answered = eval_bot.respond({"message": "Hur många elever deltog i Norrbrinks sommarskola Läslust 2024?"})
    assert answered.grounded and "81" in answered.text


def test_a_figure_whose_line_does_not_name_the_asked_district_is_refused(eval_bot: Any) -> None:
    """Sörbyholm's summary gives men's share for the whole municipality (2023 and 2025) and Kvarnbacken's only for
    women in 2025: men in Kvarnbacken 2023 are not answered by either line; women in Kvarnbacken are."""
    refused = eval_bot.respond({"message": "Hur stor andel av männen i stadsdelen Kvarnbacken kände sig otrygga "
                                           "2023?"})
    assert not refused.grounded
    answered = eval_bot.respond({"message": "Hur stor andel av kvinnorna i stadsdelen Kvarnbacken känner sig "
                                            "otrygga?"})
    assert answered.grounded and "52" in answered.text


def test_a_follow_up_asking_another_grade_or_age_band_swaps_it(eval_bot: Any) -> None:
    """'Och i årskurs 6?' after a count of girls' visits in åk 7–9 asks the count for åk 6 (not for both): the table
    gives åk 4–6 only, so it is refused. 'Och 13–20 år?' after Lommaryd's grant to girls 7–12 år asks the 13–20 row,
    which is answered; 'Och 13–16 år?' asks a band the table does not split by, which is refused."""
    first = "Hur många kuratorsbesök gjorde flickor i årskurs 7–9 på Vintrosa skola 2025?"
    refused = converse(eval_bot, [("fraga", first), ("fraga", "Och i årskurs 6?")])[-1]
    assert not refused.grounded
    first = "Hur mycket aktivitetsbidrag fick flickor 7–12 år i Lommaryd 2024?"
    answered = converse(eval_bot, [("fraga", first), ("fraga", "Och 13–20 år?")])[-1]
    assert answered.grounded and "243 650" in answered.text
    refused = converse(eval_bot, [("fraga", first), ("fraga", "Och 13–16 år?")])[-1]
    assert not refused.grounded


def test_the_askers_own_weekend_names_no_topic(eval_bot: Any) -> None:
    """'i helgen' dates nothing a document tells ('tider … på helger' is no answer to a weather question)."""
    for message in ("vad blir det for vader i helgen", "Hur blir vädret i helgen?"):
        refused = eval_bot.respond({"message": message})
        assert not refused.grounded, message
    answered = eval_bot.respond({"message": "Får flicklagen i Lommaryd oftare tider på helger?"})
    assert answered.grounded
