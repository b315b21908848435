"""Refusing near-misses the material almost covers (issue 12, refuse21; blind13): a grade range the documents do
not report (a survey of åk 7–9 asked about åk 4–6), a numbered section a document does not have, a figure per pupil
where only a total is given, what was decided on a day the material only names (an announced meeting), and what a
strategy says where the material only names it, and which youth centres by name where it only counts them. Each
is asked beside its answerable neighbour, which still answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.test_own_documents import _ingest

# Invented documents, written as Swedish municipal documents are.
SURVEY = """# Trivselenkät 2024 – Ekviks kommun

Enkäten besvarades av eleverna i årskurs 7–9 på kommunens två högstadieskolor under mars 2024.

## Resultat

82 procent av eleverna svarade att de trivs i skolan. Flickorna svarade i lägre grad än pojkarna att de känner
sig trygga på rasterna.
"""

PLAN = """# Plan för elevhälsoarbetet – Ekviks kommun

## 1. Inledning

Planen beskriver hur elevhälsan arbetar förebyggande och hälsofrämjande i kommunens skolor.

## 2. Arbetet under året

### 2.1 Hälsosamtal

Skolsköterskan erbjuder alla elever i förskoleklass hälsosamtal under höstterminen.

### 2.2 Uppföljning av frånvaro

Mentorn kontaktar vårdnadshavare samma dag som en elev är frånvarande utan anmälan.

## 3. Kostnader

Läxhjälp kostar 240 000 kronor per år.

Lovskolan kostar 120 000 kronor, vilket är 1 500 kronor per deltagare.

Nämnden har antagit en strategi för digitalisering som gäller 2024–2026.

## 4. Samverkan

Tre fritidsgårdar i kommunen har under året erbjudit läxhjälp på kvällstid.

De två biblioteken i kommunen, Ekviks stadsbibliotek och Norrbyvikens bibliotek, har ordnat studiehörnor.
"""

MINUTES = """# Anteckningar från arbetsgruppen för läxhjälp – Ekviks kommun

## Möte 2025-05-20

Gruppen beslutade att läxhjälpen ska hållas på onsdagar i biblioteket.

Nästa möte hålls 2025-09-09.
"""


@pytest.fixture(scope="module")
def ekvik(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    files = {"trivselenkat.md": SURVEY, "elevhalsoplan.md": PLAN, "anteckningar.md": MINUTES}
    return _ingest(tmp_path_factory.mktemp("refuse21"), files)[0]


@pytest.mark.slow
def test_a_grade_range_the_survey_does_not_cover_is_refused(ekvik: Assistant) -> None:
    """The survey is of åk 7–9: asked of åk 4–6 it is refused, saying the grades; asked of åk 8 it answers."""
    refused = ekvik.respond({"message": "Vad svarade flickorna i årskurs 4–6 om tryggheten på rasterna?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter"), refused.text
    assert "årskurs 4–6" in refused.text and "gäller årskurs 7–9" in refused.text, refused.text
    answered = ekvik.respond({"message": "Vad svarade flickorna i årskurs 8 om tryggheten på rasterna?"})
    assert answered.grounded and "trygga på rasterna" in answered.text, answered.text


@pytest.mark.slow
def test_a_section_the_document_does_not_have_is_refused(ekvik: Assistant) -> None:
    """The plan has sections 2.1 and 2.2: 'avsnitt 2.5' is refused, naming those it has; 'avsnitt 2.2' answers."""
    refused = ekvik.respond({"message": "Vad står det i avsnitt 2.5?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inget avsnitt 2.5."), refused.text
    assert "2.1, 2.2" in refused.text, refused.text
    answered = ekvik.respond({"message": "Vad står det i avsnitt 2.2?"})
    assert answered.grounded and "samma dag" in answered.text, answered.text


@pytest.mark.slow
def test_a_figure_per_pupil_is_not_a_total(ekvik: Assistant) -> None:
    """Läxhjälp has only its yearly total: asked per pupil it is refused; lovskolan's cost per participant answers."""
    refused = ekvik.respond({"message": "Vad kostar läxhjälpen per elev?"})
    assert not refused.grounded, refused.text
    answered = ekvik.respond({"message": "Vad kostar lovskolan per deltagare?"})
    assert answered.grounded and "1 500 kronor" in answered.text, answered.text


@pytest.mark.slow
def test_what_was_decided_on_a_day_only_announced_is_refused(ekvik: Assistant) -> None:
    """'Nästa möte hålls 2025-09-09' names the day only: what was decided then is refused, showing that line as a
    mention; the meeting of 20 May, whose notes stand under its heading, answers."""
    refused = ekvik.respond({"message": "Vad beslutade gruppen på mötet den 9 september 2025?"})
    assert not refused.grounded, refused.text
    answered = ekvik.respond({"message": "Vad beslutade gruppen på mötet den 20 maj 2025?"})
    assert answered.grounded and "onsdagar" in answered.text, answered.text


@pytest.mark.slow
def test_what_a_strategy_says_is_not_told_by_a_line_that_names_it(ekvik: Assistant) -> None:
    """The plan only says a strategy was adopted: what it says is refused as only mentioned, and where to find it."""
    refused = ekvik.respond({"message": "Vad står det i strategin för digitalisering?"})
    assert not refused.grounded, refused.text
    assert "nämner det bara" in refused.text and "diarium" in refused.text, refused.text


@pytest.mark.slow
def test_which_places_by_name_needs_their_names(ekvik: Assistant) -> None:
    """The plan counts three youth centres without naming them: which they were is refused; the two libraries it
    names answer."""
    refused = ekvik.respond({"message": "Vilka var de tre fritidsgårdarna som erbjöd läxhjälp?"})
    assert not refused.grounded, refused.text
    answered = ekvik.respond({"message": "Vilka var de två biblioteken som ordnade studiehörnor?"})
    assert answered.grounded and "Norrbyvikens bibliotek" in answered.text, answered.text
    # The counted set asked without 'de' (refaudit28) is refused and answered the same way.
    refused = ekvik.respond({"message": "Vilka tre fritidsgårdar erbjöd läxhjälp på kvällstid?"})
    assert not refused.grounded, refused.text
    answered = ekvik.respond({"message": "Vilka två bibliotek ordnade studiehörnor?"})
    assert answered.grounded and "Norrbyvikens bibliotek" in answered.text, answered.text


LEISURE = """# Uppföljning av fritidsgårdarna – Ekviks kommun

## Besök

Besöken räknas vid entrén på kommunens tre fritidsgårdar: Kupolen, Ängen och Hamnen. Andelen flickor bland
besökarna ökade under året.
"""


@pytest.mark.slow
def test_places_named_in_an_enumeration_after_a_colon_are_named(tmp_path: Path) -> None:
    """'… fritidsgårdar: Kupolen, Ängen och Hamnen' names them, though each name is also a common noun ('ängen',
    'hamnen'): which youth centres there are is answered with them, not refused while quoting them (trial24 #10).
    The plan that only counts its three youth centres is still refused (the test above)."""
    bot = _ingest(tmp_path, {"fritid.md": LEISURE})[0]
    response = bot.respond({"message": "Vilka fritidsgårdar finns i kommunen?"})
    assert response.grounded, response.text
    assert "Kupolen, Ängen och Hamnen" in response.text, response.text


# Answerable questions that near-miss rules refused (review21): a grade range written with its grade word twice, a
# day's event told with a verb no list holds, a time count whose unit stands in the row's cells, a chapter named by
# its word in another document than the best-ranked one, and teachers asked with a noun that only begins like a
# place's kind.
FOLLOW_UP = """# Uppföljning av simundervisningen i Ekviks kommun

## Bakgrund

Uppföljningen omfattar elever från årskurs 4 till årskurs 6 på kommunens tre skolor.

## Resultat

Andelen elever som klarade simkunnighetsprovet ökade under perioden.

## Händelser

Den 12 mars 2025 träffades rektorerna och gav idrottslärarna i uppdrag att ordna extra simlektioner.

## Insatser

| Insats | Mått | Värde |
| --- | --- | --- |
| Simskola | Timmar per vecka | 3 |

## Kompetens

Sex förskollärare från kommunens förskolor deltog i en kurs i vattensäkerhet under våren 2025.
"""

HANDBOOK = """# Handbok för idrottslärare

## 1 Inledning

Handboken riktar sig till lärare i idrott och hälsa.

### 1.1 Syfte

Syftet är att ge stöd i planeringen.

## 2 Säkerhet

### 2.1 Badvakt

En vuxen ska alltid vara badvakt under simundervisningen.
"""

NOTE = """# Kommunens plan för simskolan

Kapitel 4 Simskola i badhuset

Simskolan hålls i badhuset varje måndag efter skolans slut.
"""


@pytest.fixture(scope="module")
def ekby(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    files = {"uppfoljning.md": FOLLOW_UP, "handbok.md": HANDBOOK, "plan.md": NOTE}
    return _ingest(tmp_path_factory.mktemp("fixa21"), files)[0]


@pytest.mark.slow
def test_a_grade_inside_a_range_written_with_its_word_twice_is_covered(ekby: Assistant) -> None:
    """'från årskurs 4 till årskurs 6' spans åk 5 too: asked of åk 5 it is not refused as of other grades."""
    answered = ekby.respond({"message": "Hur gick simkunnigheten för eleverna i årskurs 5?"})
    assert answered.grounded, answered.text


@pytest.mark.slow
def test_what_happened_on_a_day_is_told_by_any_verb(ekby: Assistant) -> None:
    """'Den 12 mars 2025 träffades rektorerna och gav …' tells what happened that day, though no listed verb."""
    answered = ekby.respond({"message": "Vad hände den 12 mars 2025?"})
    assert answered.grounded and "simlektioner" in answered.text, answered.text


@pytest.mark.slow
def test_a_time_count_whose_unit_stands_in_the_row_is_answered(ekby: Assistant) -> None:
    """The row's cells say 'Timmar per vecka' and its value 3: 'hur många timmar per vecka' is answered."""
    answered = ekby.respond({"message": "Hur många timmar per vecka har eleverna simskola?"})
    assert answered.grounded and "3" in answered.text, answered.text


@pytest.mark.slow
def test_a_chapter_named_by_its_word_in_any_document_answers(ekby: Assistant) -> None:
    """'Kapitel 4 Simskola …' numbers the plan's chapter: 'kapitel 4' answers from it; 'kapitel 7', which no document
    has, is refused in the asker's word."""
    answered = ekby.respond({"message": "Vad står det i kapitel 4 om simskolan?"})
    assert answered.grounded and "måndag" in answered.text, answered.text
    refused = ekby.respond({"message": "Vad står det i kapitel 7 om simskolan?"})
    assert not refused.grounded and refused.text.startswith("Underlaget har inget kapitel 7."), refused.text


@pytest.mark.slow
def test_which_teachers_is_no_question_for_a_place_name(ekby: Assistant) -> None:
    """'Vilka förskollärare …' asks about teachers, not preschools by name: the sentence counting them answers."""
    answered = ekby.respond({"message": "Vilka förskollärare deltog i kursen i vattensäkerhet?"})
    assert answered.grounded and "vattensäkerhet" in answered.text, answered.text
