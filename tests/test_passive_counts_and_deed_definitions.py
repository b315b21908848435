"""Answerable questions the extractive backend refused (wrongref27), each with a near question that must stay refused:
a count told in a passive without a doer and through representatives ('ett fyrtiotal företrädare för olika
verksamheter har kontaktats'), a definition asked of a deed by its verb ('… har implementerats' is defined as
'implementering'), a how-question about schools described by their results (no outcome asked), and a key figure
named by its table row."""

from __future__ import annotations

import pytest

from assistant.schema import ChatResponse
from assistant.service import Assistant
from tests.test_own_documents import _ingest

# A municipality's project report as such reports are written: the project's own actors named in one section, what
# was done in the passive in another, a definition of a term, the support to schools with low results, and a table of
# key figures by sex.
REPORT = """# Samverkan för skolnärvaro – årsrapport 2025, Ekby kommun

## Organisation

Projektet leds av två samordnare på utbildningsförvaltningen. Samordnarna rapporterar till en styrgrupp där tio
företrädare för kommunen ingår.

## Kommunikation och spridning

Projektet har presenterats på konferenser och i nätverk för elevhälsa. Uppskattningsvis ett fyrtiotal företrädare
för olika verksamheter har i olika omgångar kontaktats under året. Intresset för arbetssättet har varit stort.

## Begrepp

Med implementering avses att en ny arbetsmetod införs och blir en del av det dagliga arbetet i verksamheten.

## Stöd till skolorna

Förvaltningen har infört ett stödteam som besöker skolorna med låga resultat varannan vecka och går igenom
närvaron med rektor.

## Personal

Tabell 1 visar personalens nyckeltal per kön den 31 augusti 2025.

| Nyckeltal | Kvinnor 2025 | Män 2025 |
| --- | --- | --- |
| Tillsvidareanställda (antal) | 1 204 | 388 |
| Heltidsanställda (procent) | 81 | 92 |
| Sjukfrånvaro (procent av arbetstid) | 7,3 | 4,2 |
| Medianlön (kronor) | 34 100 | 35 200 |
"""


@pytest.fixture(scope="module")
def ekby(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _ingest(tmp_path_factory.mktemp("wrongref27"), {"ekby-arsrapport-2025.md": REPORT})[0]


def _ask(bot: Assistant, question: str) -> ChatResponse:
    return bot.respond({"message": question})


@pytest.mark.slow
def test_a_count_in_a_passive_without_a_doer_answers_for_the_reports_own_actors(ekby: Assistant) -> None:
    # 'N företrädare för olika verksamheter' counts the verksamheter; 'har kontaktats' names no doer, and the
    # report's own samordnare are the ones asked about.
    response = _ask(ekby, "Ungefär hur många verksamheter hörde samordnarna av sig till under året?")
    assert response.grounded, response.text
    assert "fyrtiotal" in response.text.split("[1]")[0], response.text


@pytest.mark.slow
def test_a_passive_is_not_read_as_done_by_someone_the_document_never_names(ekby: Assistant) -> None:
    response = _ask(ekby, "Ungefär hur många verksamheter hörde länsstyrelserna av sig till under året?")
    assert not response.grounded, response.text


@pytest.mark.slow
def test_a_definition_asked_by_the_deeds_verb_is_answered_by_its_noun(ekby: Assistant) -> None:
    response = _ask(ekby, "Vad betyder det att en arbetsmetod har implementerats?")
    assert response.grounded, response.text
    assert "Med implementering avses" in response.text, response.text


@pytest.mark.slow
def test_a_definition_of_a_deed_the_material_never_names_stays_refused(ekby: Assistant) -> None:
    response = _ask(ekby, "Vad betyder det att en arbetsmetod har certifierats?")
    assert not response.grounded, response.text


@pytest.mark.slow
def test_schools_described_by_their_results_do_not_make_a_how_question_an_outcome_question(ekby: Assistant) -> None:
    response = _ask(ekby, "Hur har förvaltningen fått till tätare kontakt med skolorna med låga resultat?")
    assert response.grounded, response.text
    assert "varannan vecka" in response.text, response.text


@pytest.mark.slow
def test_an_outcome_asked_of_that_support_stays_refused_where_none_is_reported(ekby: Assistant) -> None:
    response = _ask(ekby, "Vilka resultat har stödteamet gett på skolorna med låga resultat?")
    assert not response.grounded, response.text


@pytest.mark.slow
def test_a_key_figure_is_answered_by_the_row_that_names_it(ekby: Assistant) -> None:
    response = _ask(ekby, "Hur stor var sjukfrånvaron bland kvinnorna i Ekby kommun i augusti 2025?")
    assert response.grounded, response.text
    assert "7,3" in response.text, response.text


@pytest.mark.slow
def test_a_key_figure_no_row_names_stays_refused(ekby: Assistant) -> None:
    response = _ask(ekby, "Hur stor var personalomsättningen bland kvinnorna i Ekby kommun i augusti 2025?")
    assert not response.grounded, response.text
