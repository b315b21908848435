"""Questions over a municipality's own uploads that trial 23 saw answered wrongly (problems 1, 2, 5 and 7): another
förvaltning than the documents', a figure per a thing the documents give no figure per, 'Vad är målet/syftet för
X?', a service asked by the name the document glosses it with, and 'Vem ansvarar för <task>?' where the task's
'Ansvarig: X.' follows it. The documents are made here in the trial's shapes (a web page of one förvaltning, a
follow-up report of another, a third document with 'X ansvarar för …' sentences), ingested through the pipeline.
"""

from __future__ import annotations

import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import run
from tests.conftest import EMBED_CACHE, copy_sqlite, make_settings

pytestmark = [pytest.mark.slow]

LEISURE_PAGE = """# Jämställd fritid i fritidsförvaltningen

Fritidsförvaltningen i Ekeby kommun arbetar för att flickor och pojkar ska ha samma möjligheter till en aktiv fritid.

## Lokalbidragen per kön

År 2024 gick 58 procent av lokalbidragen till föreningar där de flesta medlemmarna var pojkar. Totalt fördelades
3,1 miljoner kronor i lokalbidrag 2024.

Skillnaden beror på att lokalbidraget beräknas per träningstillfälle och att ishockey och innebandy tränar ofta.

## Mål för 2027

Fritidsnämnden har beslutat att minst 45 procent av lokalbidragen år 2027 ska gå till föreningar där de flesta
medlemmarna är flickor. Andelen flickor 10–15 år som besöker fritidsgårdarna ska öka jämfört med 2024.

## Åtgärder

- Reglerna för lokalbidrag ses över så att även dans och gymnastik får ett grundbidrag. Ansvarig:
  föreningsutvecklaren.
- Fritidsgårdarna inför öppettider för enbart tjejer två kvällar i veckan. Ansvarig: fritidsgårdschefen.
"""

FOLLOW_UP = """# Uppföljning av jämställdhetsintegrering 2025

Socialförvaltningen, Ekeby kommun. Rapport till socialnämnden, februari 2026.

## 1 Inledning

### 1.1 Syfte

Rapporten följer upp socialförvaltningens arbete med jämställdhetsintegrering under 2025, med fokus på särskild
kollektivtrafik (färdtjänst) och boendestöd för vuxna.

### 1.2 Underlag

Uppgifterna kommer från verksamhetssystemet och avser vuxna 18–64 år som hade ett beslut under 2025. Personer som
flyttade till eller från kommunen under året ingår för de månader de bodde här. Uppgifter om kön kommer från
folkbokföringen. Beslut som fattats av en annan kommun ingår inte. Handläggarna har granskat ett urval av 120 akter
för att se hur behoven beskrivs och hur besluten motiveras. Granskningen gjordes av två utvecklare som inte själva
handlägger ärenden, och resultatet har diskuterats på tre arbetsplatsträffar under hösten 2025.

### 1.3 Avgränsningar

Rapporten tar inte upp insatser för barn och unga, som redovisas i en egen rapport till nämnden. Den tar inte heller
upp kostnaderna för insatserna, som redovisas i förvaltningens bokslut. Jämförelser med andra kommuner görs i ett
senare skede, när de nationella uppgifterna för 2025 har publicerats.

## 2 Resultat

### 2.1 Särskild kollektivtrafik

Under 2025 hade 830 kvinnor och 410 män tillstånd till särskild kollektivtrafik. Kvinnorna gjorde i snitt 41 resor
under året och männen 57 resor.

## 3 Fortsatt arbete

### 3.2 Åtgärder 2026

Alla biståndshandläggare ska gå en utbildning i jämställd bedömning under våren 2026. Ansvarig: enhetschefen för
myndighetsutövning, Karin Holm. Från mars 2026 ska varje avslag på ansökan om resor motiveras skriftligt. Ansvarig:
verksamhetsutvecklaren. Uppföljningen redovisas för socialnämnden i januari 2027.

Arbetet bidrar till det nationella målet om en jämn fördelning av makt och inflytande.
"""

SCHOOL_NOTE = """# Ansvarsfördelning för elevhälsoarbetet

Rektor ansvarar för att varje avslag på en ansökan om särskilt stöd motiveras skriftligt till vårdnadshavarna.
Skolchefen ansvarar för att rutinerna för beslut följs upp varje år.
Elevhälsans samordnare ansvarar för att ärenden dokumenteras i elevakten.
Skolchefen beskriver syftet med rutinerna i ett eget dokument.
"""


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The three documents uploaded and ingested through the pipeline."""
    settings = make_settings(tmp_path_factory.mktemp("trial23"))
    uploads = settings.uploads_dir
    uploads.mkdir(parents=True, exist_ok=True)
    (uploads / "jamstalld-fritid-ekeby.md").write_text(LEISURE_PAGE, "utf-8")
    (uploads / "uppfoljning-socialforvaltningen-2025.md").write_text(FOLLOW_UP, "utf-8")
    (uploads / "ansvar-elevhalsa.txt").write_text(SCHOOL_NOTE, "utf-8")
    if EMBED_CACHE.exists():
        copy_sqlite(EMBED_CACHE, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings, paths=[uploads])
    assert stats.documents == 3 and not stats.skipped, stats.skipped
    return Assistant(components)


def test_a_question_about_another_forvaltning_of_the_municipality_is_refused(uploaded: Assistant) -> None:
    for question in ["Vilka åtgärder har utbildningsförvaltningen i Ekeby beslutat om för jämställdheten?",
                     "Vilka åtgärder har äldreförvaltningen i Ekeby beslutat om?"]:
        response = uploaded.respond({"message": question})
        assert not response.grounded and "förvaltningen" in response.text.split("\n")[0], response.text
    # The förvaltning (or nämnd) the documents are of is answered.
    response = uploaded.respond({"message": "Vad har fritidsnämnden beslutat om lokalbidragen till 2027?"})
    assert response.grounded and "45 procent" in response.text, response.text


def test_a_figure_asked_per_a_thing_must_be_given_per_that_thing(uploaded: Assistant) -> None:
    response = uploaded.respond({"message": "Hur mycket får en förening i lokalbidrag per träningstillfälle i Ekeby?"})
    assert not response.grounded and "3,1 miljoner" not in response.text.split("\n")[0], response.text


@pytest.mark.parametrize(("question", "answer"), [
    ("Vad är målet för lokalbidragen 2027?", "minst 45 procent"),
    ("Vad är målet för andelen flickor som besöker fritidsgårdarna?", "ska öka"),
    ("Vad är syftet med socialförvaltningens uppföljning?", "följer upp socialförvaltningens arbete"),
])
def test_a_goal_or_purpose_question_is_answered_by_the_goal_stated(
        uploaded: Assistant, question: str, answer: str) -> None:
    response = uploaded.respond({"message": question})
    assert response.grounded and answer in response.text, response.text


def test_a_goal_of_something_else_does_not_lead_a_goal_answer(uploaded: Assistant) -> None:
    """'det nationella målet om en jämn fördelning av makt' names a goal, but not of the thing asked: the line on
    the training leads, not that goal (review 23)."""
    response = uploaded.respond({"message": "Vad är målet för utbildningen i jämställd bedömning?"})
    assert response.text.startswith("Alla biståndshandläggare ska gå en utbildning"), response.text


def test_a_service_asked_by_the_name_the_document_glosses_it_with_is_answered(uploaded: Assistant) -> None:
    # The report writes 'särskild kollektivtrafik (färdtjänst)' once, and its figures under 'Särskild kollektivtrafik'.
    response = uploaded.respond({"message": "Hur många kvinnor hade färdtjänst 2025?"})
    assert response.grounded and "830" in response.text, response.text


def test_who_is_responsible_for_a_task_is_read_from_the_line_after_it(uploaded: Assistant) -> None:
    response = uploaded.respond({"message": "Vem ansvarar för att avslag på ansökan om resor motiveras skriftligt?"})
    assert response.grounded and "verksamhetsutvecklaren" in response.text, response.text
    assert all(c.source.endswith("uppfoljning-socialforvaltningen-2025.md") for c in response.citations), \
        (response.text, [c.source for c in response.citations])
