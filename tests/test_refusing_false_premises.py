"""Refusing questions whose answer the material does not give though it speaks of the topic (issue 12, refuse23;
blind18): the cause of an ending it never reports (a false premise), a verdict on something only planned, a count of
a narrowed group where only the wider group is counted, a figure of an event on a day it has no figures for, a
statute's chapter where only the statute is named, and whether someone was pleased where no one's view is given. Each is asked beside its answerable neighbour, which still
answers."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.test_own_documents import _ingest

# Invented documents, written as Swedish municipal documents are.
REPORT = """# Uppföljning av fritidsverksamheten 2024 – Ekbergs kommun

## Läxhjälpen

Läxhjälpen på biblioteket hålls varje tisdag under terminerna. 22 av de 40 deltagarna under våren var flickor.

## Simskolan

Simskolan lades ned 2023 eftersom badhuset skulle renoveras under två år.

## Föräldraträffar

Föräldraträffarna hölls under våren 2024.

- 10 mars: Tema läxor och skärmtid (14 deltagare)
- 17 mars: Tema sömn och kost (9 deltagare)

## Språkcaféet

Utvärderingen visar att språkcaféet lyckades: närvaron ökade från 12 till 30 besökare per kväll.

## Planerade insatser

Kommunen ska starta en satsning på lovskola sommaren 2025. Målet är att fler elever ska bli behöriga.

## Föräldrarnas synpunkter

Föräldrarna var nöjda med läxhjälpen och önskade fler kvällar.

## Lagstöd

Skollagen ställer krav på att huvudmannen bedriver systematiskt kvalitetsarbete.

Elevhälsan regleras i 2 kap. 25 § skollagen.
"""


@pytest.fixture(scope="module")
def ekberg(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _ingest(tmp_path_factory.mktemp("refuse23"), {"uppfoljning.md": REPORT})[0]


@pytest.mark.slow
def test_the_cause_of_an_ending_never_reported_is_refused(ekberg: Assistant) -> None:
    """Nothing says läxhjälpen ended: why it was ended is refused, the question reordered and the closest line
    shown as not telling it; simskolan's ending, told with its cause, answers."""
    refused = ekberg.respond({"message": "Varför lades läxhjälpen på biblioteket ned?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om varför läxhjälpen på biblioteket lades ned"), \
        refused.text
    assert "säger inte att det skedde" in refused.text, refused.text
    answered = ekberg.respond({"message": "Varför lades simskolan ned?"})
    assert answered.grounded and "renoveras" in answered.text, answered.text


@pytest.mark.slow
def test_a_verdict_on_something_only_planned_is_refused(ekberg: Assistant) -> None:
    """Lovskolan is only planned: whether it succeeded is refused as planned; språkcaféet's evaluation answers."""
    refused = ekberg.respond({"message": "Lyckades satsningen på lovskola?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om huruvida satsningen"), refused.text
    answered = ekberg.respond({"message": "Lyckades språkcaféet?"})
    assert answered.grounded and "30 besökare" in answered.text, answered.text


@pytest.mark.slow
def test_a_count_of_a_narrowed_group_is_not_the_wider_count(ekberg: Assistant) -> None:
    """22 of the 40 were girls: how many were newly arrived girls is refused; how many were girls answers."""
    refused = ekberg.respond({"message": "Hur många av de 40 deltagarna var nyanlända flickor?"})
    assert not refused.grounded, refused.text
    answered = ekberg.respond({"message": "Hur många av de 40 deltagarna var flickor?"})
    assert answered.grounded and "22" in answered.text, answered.text


@pytest.mark.slow
def test_a_count_on_a_day_without_figures_is_refused(ekberg: Assistant) -> None:
    """The meetings of 10 and 17 March are counted: one on 12 March is refused; 10 March answers with its count."""
    refused = ekberg.respond({"message": "Hur många deltagare kom till föräldraträffen den 12 mars?"})
    assert not refused.grounded, refused.text
    answered = ekberg.respond({"message": "Hur många deltagare kom till föräldraträffen den 10 mars?"})
    assert answered.grounded and "14 deltagare" in answered.text, answered.text


@pytest.mark.slow
def test_a_chapter_of_a_statute_only_named_is_refused(ekberg: Assistant) -> None:
    """Skollagen is named on kvalitetsarbete without a chapter: which chapter is refused; elevhälsan's paragraph,
    given by number, answers."""
    refused = ekberg.respond({"message": "I vilket kapitel av skollagen står det om huvudmannens kvalitetsarbete?"})
    assert not refused.grounded, refused.text
    answered = ekberg.respond({"message": "Vilken paragraf i skollagen reglerar elevhälsan?"})
    assert answered.grounded and "25 §" in answered.text, answered.text


@pytest.mark.slow
def test_a_yes_no_question_of_satisfaction_asks_a_view(ekberg: Assistant) -> None:
    """No one's view of simskolan is given: whether the pupils were pleased with it is refused as a view, the
    question reordered; the parents' view of läxhjälpen answers."""
    refused = ekberg.respond({"message": "Var eleverna nöjda med simskolan?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om huruvida eleverna var nöjda"), refused.text
    answered = ekberg.respond({"message": "Var föräldrarna nöjda med läxhjälpen?"})
    assert answered.grounded and "fler kvällar" in answered.text, answered.text


def test_an_active_cause_question_or_invested_work_presupposes_no_ending() -> None:
    """'Varför avbröt X sina studier?' asks why people acted, and 'lägga ner arbete på' is to invest: neither is an
    ending whose telling the answer needs; a passive ending still is (review 23)."""
    from assistant.grounding.scope.views import ended_told

    assert ended_told("Varför avbröt eleverna sina praktikplatser?", [])
    assert ended_told("Varför lades det ner så mycket tid på lovskolan?", [])
    assert ended_told("Varför har kommunen lagt ner stora resurser på fritidsgårdarna?", [])
    assert not ended_told("Varför lades fritidsgården ned?", [])
    assert not ended_told("Varför avbröts samarbetet med biblioteket?", [])


def test_a_breakdown_a_period_or_a_date_after_per_asks_no_per_head_figure() -> None:
    """'per budgetår', 'per årskurs', 'per åldersgrupp', 'per säsong', 'per idag' ask a total broken down or as
    of a date, not a figure per head; 'per deltagare', 'per besök' still do (review 23)."""
    from assistant.grounding.scope.terms import asked_per_head

    for question in ("Vad kostar lovskolan per budgetår?", "Hur många elever fick stöd per årskurs?",
                     "Hur fördelas bidraget per skolområde?", "Hur många deltog per åldersgrupp?",
                     "Hur många besökare kommer per säsong?", "Hur många ärenden finns per idag?"):
        assert asked_per_head(question) == "", question
    assert asked_per_head("Vad kostar lovskolan per deltagare?") == "deltagare"
    assert asked_per_head("Hur mycket betalar kommunen per besök?") == "besök"


def test_a_chapter_of_a_report_is_no_statute_part() -> None:
    """'Vilket kapitel i rapporten …?' asks a report's heading; only a chapter of a named statute asks its part by
    number (review 23)."""
    from assistant.grounding.scope.bodies import asked_body_kind

    assert asked_body_kind("Vilket kapitel i utredningen tar upp lovskolan?") == ""
    assert asked_body_kind("Vilket kapitel i socialtjänstlagen handlar om barn?") == "paragraf"
    assert asked_body_kind("Vilket kapitel i lagen gäller?") == "paragraf"


@pytest.mark.slow
def test_a_quantifier_asks_anyones_view(ekberg: Assistant) -> None:
    """'Var alla nöjda …?' names no holder: the parents' told view of läxhjälpen answers it; simskolan, of which no
    view is told, is refused as a view (review 23)."""
    answered = ekberg.respond({"message": "Var alla nöjda med läxhjälpen?"})
    assert answered.grounded and "fler kvällar" in answered.text, answered.text
    refused = ekberg.respond({"message": "Var alla nöjda med simskolan?"})
    assert not refused.grounded, refused.text
