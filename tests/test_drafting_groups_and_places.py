"""Drafts read the user's own facts in any organisation's wording (session 25, planfix): an average said with a
genitive unit ('16 dagars sjukfrånvaro') is each group's average; a gendered compound ('pojklagen', 'damlaget') is
the group; each figure keeps its own place; what was begun is what was tried; a remark on the figures is no measure.
"""

from __future__ import annotations

import pytest

from assistant.generation.audience import reword
from assistant.generation.facts import extract_facts

# Fresh situations written for these tests (no tune case's wording).
SICK_LEAVE = "Vi är HR-enheten i Ekby kommun. 2025 hade kvinnor i snitt 14 dagars sjukfrånvaro och män i snitt 8 dagar."


@pytest.mark.parametrize(("said", "unit"), [
    (SICK_LEAVE, "dagar"),
    ("Kvinnorna väntade i snitt 5 veckors tid på beslut 2024 och männen i snitt 3 veckor.", "veckor"),
    ("2024 hade männen i snitt 6 timmars övertid och kvinnorna i snitt 4 timmar.", "timmar"),
])
def test_a_genitive_unit_keeps_each_groups_average(said: str, unit: str) -> None:
    figures = extract_facts([said]).figures
    assert len(figures) == 2 and {f.group for f in figures} == {"flickor", "pojkar"}, figures
    assert all(f.text.endswith(unit) and f.rate for f in figures)
    assert figures[0].subject == figures[1].subject and "i snitt" in figures[0].subject


def test_a_non_school_unit_gets_no_school_period() -> None:
    said = reword("Frånvaro i procent för pojkar och flickor, per årskurs och termin", "män/kvinnor", "hr")
    assert "årskurs" not in said and "termin" not in said and "per enhet och halvår" in said, said


# --- what was begun, and a remark on the figures ---------------------------------------------------------------

BEGUN = ("Vi är kultur- och fritidsförvaltningen i Ekby kommun. 2025 gick 62 procent av hallbidragen till "
         "föreningar där de flesta av medlemmarna är pojkar. Vi har precis börjat intervjua föreningarnas "
         "styrelser om hur flickorna får träningstider.")
REMARK = ("Vi är Ekby gymnasium. 2025 fullföljde 74 % av flickorna och 63 % av pojkarna sin utbildning inom tre år. "
          "Skillnaden är störst på de yrkesförberedande programmen.")


def test_what_was_begun_is_tried_not_a_problem() -> None:
    facts = extract_facts([BEGUN])
    assert [t for t in facts.tried if "börjat intervjua" in t], facts.tried
    assert not any("intervjua" in p for p in facts.problems), facts.problems


@pytest.fixture(scope="module")
def assistant(corpus_components):  # type: ignore[no-untyped-def]
    from assistant.service import Assistant

    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_a_remark_on_the_figures_is_no_indicator_and_the_begun_is_tried(assistant) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import converse

    problem, plan = converse(assistant, [("problemformulering", REMARK), ("uppfoljning", "Gör en uppföljningsplan")])
    assert plan.draft is not None
    assert "”Skillnaden är störst" in problem.text  # still said back as theirs
    names = [i.text for i in plan.draft.items() if i.text.startswith(("Andel", "Skillnaden"))]
    assert not any(n.startswith("Skillnaden") or "störst på" in n for n in names), names
    (begun,) = converse(assistant, [("problemformulering", BEGUN)])
    assert "Redan prövat: Vi har precis börjat intervjua" in begun.text, begun.text


# --- a gendered compound names the group ------------------------------------------------------------------------


@pytest.mark.parametrize(("said", "groups"), [
    ("2025 fick pojklagen 61 procent av istiderna och flicklagen 29 procent.", ["pojkar", "flickor"]),
    ("2024 fick herrlaget 72 % av träningstiderna i hallen och damlaget 28 %.", ["pojkar", "flickor"]),
    ("Hösten 2025 deltog 40 % av tjejgrupperna och 65 % av killgrupperna i lägret.", ["flickor", "pojkar"]),
])
def test_a_gendered_compound_is_its_genders_group(said: str, groups: list[str]) -> None:
    figures = extract_facts([said]).figures
    assert [f.group for f in figures] == groups, [(f.group, f.text, f.subject) for f in figures]


@pytest.mark.parametrize("word", ["tjejkvällar", "herrgården", "damtoaletten", "lagen", "pojkar"])
def test_only_a_collective_head_makes_a_compound_a_group(word: str) -> None:
    from assistant import lexicon as lex

    assert (lex.GROUP_WORDS.get(word) is None) == (word != "pojkar"), word


# --- each figure keeps its own place --------------------------------------------------------------------------

PLACES = ("Vi är Ekby gymnasium. Hösten 2025 var på el-programmet 9 procent flickor och på barn- och "
          "fritidsprogrammet var 71 procent flickor.")


def test_each_figure_keeps_its_own_place() -> None:
    facts = extract_facts([PLACES])
    assert [(f.group, f.text, f.subject) for f in facts.figures] == [
        ("flickor", "9 %", "bland eleverna på el-programmet"),
        ("flickor", "71 %", "bland eleverna på barn- och fritidsprogrammet")]
    assert not facts.issues, facts.issues  # two places, no contradiction


@pytest.mark.needs_corpus_index
def test_two_places_read_as_two_measures_in_the_draft(assistant) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import converse

    (draft,) = converse(assistant, [("problemformulering", PLACES)])
    assert draft.draft is not None
    assert "Motstridiga" not in draft.text, draft.text
    assert "bland eleverna på el-programmet" in draft.text and "bland eleverna på barn- och fritidsprogrammet" in \
        draft.text, draft.text


# --- where an indicator's figures are follows what it counts ------------------------------------------------------


@pytest.mark.parametrize(("indicator", "kind"), [
    ("andel pojkar och andel flickor som tog examen inom tre år", "results"),
    ("andel pojkar och andel flickor som fullföljde sin utbildning", "results"),
    ("andel pojkar och andel flickor som söker det extra studiestödet", "applications"),
    ("andel kvinnor och andel män som ansöker om försörjningsstöd", "applications"),
    ("andel pojkar och andel flickor som har godkänt i matematik", "grades"),
])
def test_an_indicators_kind_follows_what_it_counts(indicator: str, kind: str) -> None:
    from assistant.generation.extractive.drafts import _kind

    assert _kind(indicator) == kind
    assert _kind("andel pojkar och andel flickor som söker sig till fritidsgården") != "applications"  # going there


EXAM = "Vi är Ekby gymnasium. 2025 tog 71 % av flickorna och 58 % av pojkarna examen inom tre år."
SUPPORT = "Vi är Ekby gymnasium. 2025 sökte 18 % av flickorna och 7 % av pojkarna läxstipendiet."


@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("said", "source", "not_source"), [
    (EXAM, "studiestatistik", "dokumentation och uppföljningssamtal"),
    (SUPPORT, "ansökningarna", "uppföljningssamtal"),
])
def test_a_follow_up_plans_data_source_follows_what_is_counted(assistant, said: str, source: str,  # type: ignore[no-untyped-def]
                                                                not_source: str) -> None:
    from tests.conftest import converse

    _, plan = converse(assistant, [("problemformulering", said), ("uppfoljning", "Gör en uppföljningsplan")])
    assert plan.draft is not None
    assert source in plan.text and not_source not in plan.text, plan.text
