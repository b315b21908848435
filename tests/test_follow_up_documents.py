"""A follow-up stays in the documents the previous answer cited (grounding/selection/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_answer_engine import _ingest_folder

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


def test_a_follow_up_is_answered_from_the_cited_plan_not_from_a_guide_sharing_its_words(
        tmp_path: Path, corpus_components: tuple) -> None:
    """'Hur utvärderas den?' after an answer quoting one plan's reading measure asks how that measure is evaluated:
    the plan's own evaluation sentence, sections further down than the lines just quoted, answers — not a general
    guide's list item that shares the follow-up's words ('Utvärdera insatserna …')."""
    bot, _ = _ingest_folder(tmp_path, corpus_components, {
        "lasplan-ekby.md": (
            "# Läsplan för grundskolan i Ekby kommun 2025\n\n## Bakgrund\n\n"
            "Andelen elever i årskurs 6 som når målen i svenska har minskat under tre år.\n\n"
            "## Insats: läsombud på varje skola\n\n"
            "Varje skola utser ett läsombud som leder veckovisa läsecirklar för eleverna i årskurs 4–6. "
            "Läsombudet samarbetar med skolbiblioteket om bokval.\n\n"
            "## Ansvar\n\nRektor ansvarar för att läsombudet får tid i tjänsten.\n\n"
            "## Resurser\n\nInsatsen finansieras inom skolornas ordinarie budget. Skolbiblioteken får ett tillskott "
            "för inköp av nya böcker.\n\n"
            "## Tidsplan\n\nInsatsen startar höstterminen 2025 och pågår i två läsår.\n\n"
            "## Samverkan\n\nFolkbiblioteket bjuder in klasserna till författarbesök en gång per termin.\n\n"
            "## Kompetensutveckling\n\nLäsombuden träffas i ett nätverk två gånger per termin.\n\n"
            "## Kommunikation\n\nVårdnadshavare informeras om läscirklarna på föräldramöten.\n\n"
            "## Risker\n\nOm läsombudet slutar kan arbetet stanna av på skolan.\n\n"
            "## Uppföljning och utvärdering\n\nVarje vår utvärderar barn- och utbildningsförvaltningen läsläget i "
            "årskurs 6 mot föregående år; resultaten redovisas i huvudmannens årliga kvalitetsrapport tillsammans "
            "med övriga kunskapsresultat.\n"
        ),
        "lasguide.md": (
            "# Guide för läsfrämjande arbete i skolan\n\n## Förslag på insatser\n\n"
            "1. Utvärdera insatserna för läsning regelbundet och justera dem efter elevernas behov.\n"
            "2. Låt eleverna välja böcker själva.\n"
            "3. Läs högt för eleverna varje dag.\n"
            "4. Samarbeta med folkbiblioteket.\n"
        ),
    })
    first = "Vad går insatsen med läsombud ut på?"
    earlier = bot.respond({"message": first})
    assert earlier.grounded and {c.source for c in earlier.citations} == {"lasplan-ekby.md"}, earlier.text
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}]
    response = bot.respond({"message": "Hur utvärderas den?", "history": history})
    assert response.grounded, response.text
    assert response.text.startswith("Varje vår utvärderar"), response.text
    assert "lasguide.md" not in {c.source for c in response.citations}, response.text
