"""Near-domain figure questions naming a subject the material does not give the asked figure for (refusalB34): an age
group none of the table's age bands reaches, a part of the day the survey was not asked about, a group qualified by a
word the report never uses, a kind of grant or a sport that no line names, a survey of a year the lines of that year
never mention — refused, while the neighbouring questions the material answers (a band it has, the part of the day it
asked about, a sport among its rows, the year the survey is of) are answered."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.scope.absent_rows import age_spans
from assistant.grounding.scope.day_parts import day_parts
from assistant.grounding.scope.qualifiers import group_qualifier


def test_age_groups_parts_of_the_day_and_qualifiers_are_read_from_the_question() -> None:
    assert [s[:2] for s in age_spans("flickorna under 16 år")] == [(0, 15)]
    assert [s[:2] for s in age_spans("Män 65 år och äldre | 16 | 295")] == [(65, 120)]
    assert [s[:2] for s in age_spans("Kvinnor 25–44 år | 352")] == [(25, 44)]
    assert age_spans("Andelen var 14 procent 2023.") == []
    assert day_parts("otrygga utomhus mitt på dagen") == {"day": "mitt på dagen"}
    assert day_parts("otrygga utomhus sent en kväll") == {"evening": "sent en kväll"}
    assert day_parts("Hur många timmar per dag?") == {}
    assert group_qualifier("bland de nyanlända eleverna") == ("nyanlända", "eleverna")
    assert group_qualifier("Hur många kvinnliga medarbetare?") is None  # a gender word, common in Swedish
    assert group_qualifier("Hur många svenska elever?") is None


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "said"), [
    # Sörbyholm's table has 16–29, 30–64 and 65+; Tallmarka's 18–24, 25–44 and 45–64
    ("Hur stor andel av flickorna under 16 år i Sörbyholm känner sig otrygga på kvällen?", "åldersgruppen under 16"),
    ("Hur stor andel av männen 65 år och äldre i Tallmarka deltog i arbetsmarknadsinsatser 2024?", "65 år och äldre"),
    # the survey asked about 'sent en kväll' only
    ("Hur stor andel av männen i Sörbyholm känner sig otrygga på morgonen?", "på morgonen"),
    # the summer school's report never speaks of newly arrived pupils
    ("Hur många nyanlända elever deltog i sommarskolan Läslust 2024?", "nyanlända"),
    # 'driftbidrag' is split to search, but Lommaryd's report has no 'drift' of any kind
    ("Hur mycket driftbidrag fick föreningarna med flicklag i Lommaryd 2024?", "driftbidrag"),
    # a sport no document names, asked of the table of sports' hours
    ("Hur många timmar per vecka har brottningen i Lommaryds idrottshallar?", "Innebandy"),
    # the survey of 2025 is the only one Björkvalla reports; the lines of 2023 are of other things
    ("Vad visade trygghetsenkäten 2023 på Björkvalla gymnasium?", ""),
])
def test_a_subject_the_material_lacks_the_figure_for_is_refused(eval_bot: Any, question: str, said: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga"), r.text
    assert said in r.text, r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "figure"), [
    ("Hur stor andel av männen 65 år och äldre i Sörbyholm känner sig otrygga?", "14"),
    ("Hur många kvinnor 25–44 år i Tallmarka hade försörjningsstöd 2024?", "341"),
    ("Hur stor andel av kvinnorna i Sörbyholm känner sig otrygga på kvällen?", "kväll"),  # the part it asked
    ("Hur mycket idrottsbidrag fick flickorna i Lommaryd 2024?", "682 450"),
    ("Hur många timmar per vecka har handbollen i Lommaryds idrottshallar?", "34"),
    ("Vad visade trygghetsenkäten 2025 på Björkvalla gymnasium?", "86"),
])
def test_the_neighbouring_questions_it_answers_are_answered(eval_bot: Any, question: str, figure: str) -> None:
    r = eval_bot.respond({"message": question, "mode": "fraga", "history": []})
    assert r.grounded, r.text
    assert figure in r.text, r.text
