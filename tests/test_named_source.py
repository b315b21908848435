"""A question that names the source it wants the word of is answered from that source, and an organisation's own
upload is drawn on in drafts and dilemma talks only where it is the user's organisation's or about the asked subject.

Trial 28 (#9): with a school's own survey on läxhjälp uploaded, 'Och vad säger metodstödet om läxhjälp för pojkar?' was
answered from the survey alone. Trial 29 (#6): a kultur- och fritidsförvaltning's uploaded bidrag analysis gave a
gymnasieskola's goal the actor 'Föreningslivet' and a dilemma on läxhjälp its 'other perspective'. The store here is
the bundled corpus with two uploads ingested through the pipeline, as a municipality has it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

METHOD = "vgr-pojkars-skolresultat-metodstod.txt"
SURVEY = "sjoviksskolan-foraldraenkat-laxor-2025.md"
ANALYSIS = "ekedal-jamstalldhetsanalys-bidrag-2024.md"
INSPECTION = "skolinspektionen-positiva-exempel-laga-resultat.txt"

# A school's own survey on the subject the method support also takes up (läxhjälp for boys).
SURVEY_TEXT = """# Föräldraenkät om läxor och läxhjälp 2025

Sjöviksskolan, Sjöviks kommun.

## Svarsfrekvens

Enkäten besvarades av 212 vårdnadshavare till elever i årskurs 4–9 i mars 2025.

## Läxhjälp

47 % av vårdnadshavarna till pojkar och 31 % av vårdnadshavarna till flickor efterfrågar läxhjälp på skolan.
Vårdnadshavarna till pojkar svarar oftare att läxorna inte blir gjorda hemma.
Skolan kommer att starta läxhjälp för pojkar och flickor två eftermiddagar i veckan från hösten 2025.
Biträdande rektor ansvarar för läxhjälpen.
"""

# Another organisation's own report on another subject (föreningsbidrag), as trial 29 uploaded it.
ANALYSIS_TEXT = """# Jämställdhetsanalys av bidrag och deltagande 2024

Ekedals kommun, kultur- och fritidsförvaltningen.

## 1. Syfte och underlag

Analysen visar hur kommunens stöd till fritidsverksamhet för barn och unga fördelas mellan flickor och pojkar.
Underlaget är föreningarnas redovisning av aktivitetsstöd 2024, bidragsregistret och fritidsgårdarnas besöksräkning.

## 2. Bidrag per förening

Tabell 2 visar de föreningar som fick mest bidrag från nämnden 2024 och andelen flickor bland medlemmarna.

| Förening | Bidrag 2024 (tkr) | Andel flickor bland medlemmarna |
| Ekedals IK, fotboll | 1 480 | 22 % |
| Ekedals ridklubb | 310 | 91 % |

De tre föreningar där pojkarna är i majoritet fick tillsammans 2 740 tkr, medan de två föreningar där flickorna är i
majoritet fick 500 tkr.

## 3. Åtgärder 2025–2026

Tjejkvällar införs på fritidsgården Strandgården en kväll i veckan. Ansvarig: fritidsgårdschefen Johan Berg.
"""


@pytest.fixture(scope="module")
def municipal(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The bundled corpus and the two uploads, ingested through the pipeline into one store."""
    return corpus_with_uploads(tmp_path_factory.mktemp("named-source"),
                               {SURVEY: SURVEY_TEXT, ANALYSIS: ANALYSIS_TEXT})


def _sources(response: object) -> list[str]:
    return [Path(c.source).name for c in response.citations]  # type: ignore[attr-defined]


def test_a_question_naming_the_method_support_is_answered_from_it_not_from_the_upload(municipal: Assistant) -> None:
    response = municipal.respond({"message": "Vad säger metodstödet om läxhjälp för pojkar?"})
    assert response.grounded, response.text
    assert METHOD in _sources(response), (_sources(response), response.text)
    assert SURVEY not in _sources(response), response.text


def test_an_inspectorate_named_as_speaking_is_answered_from_its_word(municipal: Assistant) -> None:
    """Its own report, or another document's passage that reports what it says (a project report on Karlskoga quotes
    Skolinspektionen's tillsyn): either is its word, and the whole material answers as before."""
    evidence = municipal.evidence
    named = evidence.named_source("Vad skriver Skolinspektionen om hur huvudmannen följer upp kunskapsresultaten?")
    assert named is not None and Path(named.source).name == INSPECTION
    reporting = next(h.chunk for h in evidence.search("Skolinspektionen tillsyn Karlskoga kunskapsresultaten", k=20)
                     if Path(h.chunk.source).name != INSPECTION and "Skolinspektionen" in h.chunk.text)
    assert named.quoted_in(reporting)
    response = municipal.respond({"message": "Vad skriver Skolinspektionen om hur huvudmannen följer upp "
                                             "kunskapsresultaten?"})
    assert response.grounded and response.citations, response.text
    assert all(Path(c.source).name == INSPECTION or "Skolinspektionen" in c.quote for c in response.citations), \
        response.text


def test_the_upload_still_answers_a_question_that_names_no_other_source(municipal: Assistant) -> None:
    response = municipal.respond({"message": "Hur stor andel av vårdnadshavarna till pojkar efterfrågar läxhjälp?"})
    assert response.grounded and "47" in response.text, response.text
    assert SURVEY in _sources(response), response.text


def test_a_kind_several_documents_share_or_a_follow_up_singles_out_no_source(municipal: Assistant) -> None:
    evidence = municipal.evidence
    method = evidence.named_source("Vad säger metodstödet om läxhjälp?")
    assert method is not None and Path(method.source).name == METHOD
    orebro = evidence.named_source("Enligt rapporten från Örebro, vad behövs?")
    assert orebro is not None and Path(orebro.source).name == "oru-samverkan-skolnarvaro-rapport.txt"
    # 'rapporten' alone fits several documents' titles or doc types; 'i planen' is where one looks, not who speaks
    assert evidence.named_source("Vad säger rapporten om läxhjälp?") is None
    assert evidence.named_source("Vad står det om läxhjälp i planen?") is None


def test_an_upload_is_shared_by_drafts_only_for_its_own_organisation_or_subject(municipal: Assistant) -> None:
    evidence = municipal.evidence
    hit = next(h for h in evidence.search("bidrag per förening flickor pojkar", k=20)
               if Path(h.chunk.source).name == ANALYSIS)
    assert not evidence.shared(hit.chunk, "Ekedals gymnasieskola", "examen inom tre år på yrkesprogrammen")
    assert evidence.shared(hit.chunk, "Ekedals kommun, kultur- och fritidsförvaltningen", "deltagande")
    assert evidence.shared(hit.chunk, "", "Hur fördelas föreningsbidragen mellan flickor och pojkar?")
    method = next(h for h in evidence.search("läxhjälp pojkar", k=20) if Path(h.chunk.source).name == METHOD)
    assert evidence.shared(method.chunk, "Ekedals gymnasieskola", "examen")  # curated material is always shared


def test_another_organisations_upload_stays_out_of_a_goal_and_a_dilemma(municipal: Assistant) -> None:
    options = {"org": "Ekedals gymnasieskola", "target_group": "elever på yrkesprogrammen"}
    goal = municipal.respond({
        "mode": "lokalt_mal", "options": options,
        "message": "Av pojkarna på Vård- och omsorgsprogrammet tog 61 % examen inom tre år 2024, mot 82 % av "
                   "flickorna. Gör ett lokalt mål: minst 75 % av pojkarna ska ta examen inom tre år senast 2028."})
    assert ANALYSIS not in _sources(goal), goal.text
    talk = municipal.respond({
        "mode": "dilemma",
        "message": "Vi har startat en läxhjälp som bara är öppen för pojkar, eftersom pojkarna har lägst betyg hos "
                   "oss. Två flickor som också har det tufft säger att det är orättvist. Borde inte stödet fördelas "
                   "efter behov i stället för efter kön?"})
    assert ANALYSIS not in _sources(talk), talk.text
    assert talk.citations, talk.text


def test_a_models_draft_gets_no_other_organisations_upload_from_prepare(municipal: Assistant) -> None:
    """Session 29 left the openai backend's drafts with prepare's unfiltered hits: another organisation's upload
    reached the model as a source. A draft's retrieval keeps the extractive drafts' rule (Evidence.sharing) for every
    backend; a question keeps the whole store."""
    from assistant.service import parse_request

    message = "Stödet till fritidsverksamhet för barn och unga fördelas ojämnt mellan flickor och pojkar hos oss."
    options = {"org": "Ekedals gymnasieskola"}
    asked = municipal.prepare(parse_request({"mode": "fraga", "message": message, "options": options}))
    assert ANALYSIS in [Path(h.chunk.source).name for h in asked.hits]  # the upload does answer the words
    drafted = municipal.prepare(parse_request({"mode": "problemformulering", "message": message, "options": options}))
    assert drafted.hits and ANALYSIS not in [Path(h.chunk.source).name for h in drafted.hits]
    own = municipal.prepare(parse_request({"mode": "problemformulering", "message": message,
                                           "options": {"org": "Ekedals kommun, kultur- och fritidsförvaltningen"}}))
    assert ANALYSIS in [Path(h.chunk.source).name for h in own.hits]  # the organisation's own report is theirs
