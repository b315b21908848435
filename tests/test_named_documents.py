"""A municipality's own documents named by their kind ('Vad säger handlingsplanen om …?') are the material asked, not
someone whose view is asked; 'Vad är målvärdet för …?' asks a figure, not what a term means."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_answer_engine import _ingest_folder

PLAN = """# Handlingsplan för jämställdhet 2025–2026

Handlingsplanen gäller för kommunens samtliga förvaltningar och beskriver arbetet under 2025 och 2026.

## Fritid

Fritidsgården Ekbacken har under 2024 prövat tjejkvällar en gång i veckan, och besöken av flickor ökade.
Kultur- och fritidsförvaltningen ska ta fram nya regler för föreningsbidrag.

## Indikatorer

Tabell 2. Indikatorer med utgångsvärde 2024 och målvärde 2026, per kön (procent).

| Indikator | Utgångsvärde 2024 kvinnor | Utgångsvärde 2024 män | Mål 2026 kvinnor | Mål 2026 män |
|---|---|---|---|---|
| Andel heltidsanställda i vård och omsorg | 64 | 87 | 80 | 90 |
| Andel chefer som gått utbildning | 12 | 9 | 100 | 100 |
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components):  # type: ignore[no-untyped-def]
    assistant, _ = _ingest_folder(tmp_path_factory.mktemp("named"), corpus_components,
                                  {"lindas-handlingsplan-2025.md": PLAN})
    return assistant


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_what_the_plan_says_about_a_subject_is_answered_from_the_plan(bot) -> None:  # type: ignore[no-untyped-def]
    response = bot.respond({"message": "Vad säger handlingsplanen om tjejkvällar?"})
    assert response.grounded, response.text
    first = response.citations[0]
    lines = PLAN.splitlines()[first.start_line - 1: first.end_line]
    assert any("tjejkvällar" in line for line in lines), response.text  # the subject's line, not 'gäller för …'
    assert "gäller för kommunens" not in response.text  # the plan's name is no topic: its scope line is no answer
    # 'Fritidsgården Ekbacken' is a noun with its name, not a heading glued onto a sentence 'Ekbacken har …'
    assert response.text.startswith("Fritidsgården Ekbacken har under 2024"), response.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_target_value_asked_with_what_it_is_for_is_a_figure(bot) -> None:  # type: ignore[no-untyped-def]
    response = bot.respond({"message": "Vad är målvärdet för 2026 för andelen heltidsanställda kvinnor i vård och "
                                       "omsorg?"})
    assert response.grounded, response.text
    assert "80" in response.text.split("\n")[0] and "Rikstermbanken" not in response.text
    assert "chefer" not in response.text  # the row asked ('andelen heltidsanställda' names 'Andel heltidsanställda')


REPEATED = """# Trygghetsplan för Lindås skolor

## Insatser för trygga raster

Skolorna ska arbeta med dessa insatser för att eleverna ska känna sig tryggare på rasterna:

1. Öka vuxennärvaron på skolgården under alla raster.
2. Kartlägg otrygga platser tillsammans med eleverna varje termin.
3. Inför rastaktiviteter som leds av fritidspersonal.

## Mål 2: trygga raster

Målet är att eleverna i Lindås känner sig trygga på rasterna och på skolgården.

Insatser:

1. Öka vuxennärvaron på skolgården under alla raster.
2. Kartlägg otrygga platser tillsammans med eleverna varje termin.
3. Inför rastaktiviteter som leds av fritidspersonal.
"""


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_list_the_document_repeats_is_written_once(tmp_path: Path, corpus_components) -> None:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path, corpus_components, {"trygghetsplan.md": REPEATED})
    response = bot.respond({"message": "Hur gör man för att eleverna ska känna sig tryggare på rasterna?"})
    assert response.grounded, response.text
    assert response.text.count("Öka vuxennärvaron på skolgården") == 1, response.text
