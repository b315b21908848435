"""Headed sections answer in their own right: a short section merged into the chunk of the sibling before it stands
under its own heading, a question about one numbered goal's owner gets the sentence that names it, and the numbered
goals of a plan are listed by their headings when they hold no bullets. Through the real ingest pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.units import units_of
from ingest.chunk import chunk_document
from ingest.load import load_document
from tests.test_answer_engine import _ingest_folder

# A municipality's follow-up report (trial 17): 'Mål 2' and 'Mål 3' are short sections (a caption and a table each),
# which chunking merges into one chunk filed under 'Mål 2'.
FOLLOW_UP = """# Uppföljning av jämställdhetsplanen 2025 – Lindviks kommun

Rapport till kommunstyrelsen, april 2026. Ansvarig: Sara Holm, jämställdhetsstrateg.

## Sammanfattning

Uppföljningen visar att behörigheten till yrkesprogram har ökat för pojkar men ligger fortfarande under målet.
Tryggheten bland flickor i åk 8 har minskat sedan 2023.[^1] Fördelningen av föreningsbidrag har blivit jämnare.

## Resultat per mål

### Mål 1: Behörighet och meritvärde

Tabell 1. Andel elever i åk 9 behöriga till yrkesprogram, procent, efter kön och år.

| År   | Flickor | Pojkar | Totalt |
|------|---------|--------|--------|
| 2023 | 89      | 78     | 83     |
| 2024 | 90      | 80     | 85     |
| 2025 | 91      | 83     | 87     |

Skillnaden mellan flickor och pojkar har minskat från 11 till 8 procentenheter. Genomsnittligt meritvärde
2025 var 241 för flickor och 212 för pojkar.[^2]

### Mål 2: Föreningsbidrag

Tabell 2. Fördelning av föreningsbidrag (aktivitetsstöd) efter kön, procent.

| År   | Flickor | Pojkar |
|------|---------|--------|
| 2023 | 38      | 62     |
| 2025 | 44      | 56     |

### Mål 3: Trygghet

Tabell 3. Andel elever i åk 8 som uppger att de känner sig trygga i skolan, procent.

| År   | Flickor | Pojkar |
|------|---------|--------|
| 2023 | 71      | 84     |
| 2025 | 67      | 85     |

Minskningen bland flickor förklaras delvis av fler anmälningar om sexuella trakasserier under 2025.[^3]

## Definitioner

Med *behörig till yrkesprogram* avses elev som har godkända betyg i svenska eller svenska som andraspråk,
engelska, matematik och minst fem andra ämnen. Med *trygghet* avses andelen elever som svarat
"stämmer helt" eller "stämmer ganska bra" på påståendet "Jag känner mig trygg i skolan".

## Åtgärder 2026

1. Barn- och utbildningsnämnden inför läxhjälp i samverkan med biblioteket på tre skolor.
2. Elevhälsan genomför trygghetsvandringar på samtliga högstadieskolor under våren.
3. Kultur- och fritidsnämnden ser över reglerna för aktivitetsstöd.

[^1]: Källa: Lindviks kommuns elevenkät, genomförd i februari varje år.
[^2]: Källa: Skolverkets statistikdatabas, avgångselever åk 9, läsåret 2024/25.
[^3]: Antalet anmälningar ökade från 12 under 2024 till 27 under 2025.
"""

# Its plan: goals with bullets, and a paragraph naming the committee responsible for each goal by number.
PLAN = """# Jämställdhetsplan för Lindviks kommun 2025–2028

Antagen av kommunfullmäktige den 12 mars 2025. Planen gäller för hela kommunens verksamhet.

## Mål och delmål

### Mål 1: Flickor och pojkar ska ha samma möjligheter att nå kunskapskraven

- Andelen pojkar i åk 9 som är behöriga till gymnasiets yrkesprogram ska öka från 78 procent till 88 procent.
- Skillnaden i meritvärde mellan flickor och pojkar ska halveras.

### Mål 2: Fritidsverksamhetens resurser ska fördelas jämställt

- Föreningsbidrag ska fördelas så att flickor och pojkar får lika stor del.
- Fritidsgårdarna ska nå minst 40 procent flickor bland besökarna.

### Mål 3: Alla elever ska känna sig trygga i skolan

- Varje skola ska ha en plan mot kränkande behandling som beskriver sexuella trakasserier.
- Elevhälsan ska genomföra trygghetsvandringar med elever minst en gång per termin.

## Ansvar och organisation

Kommunstyrelsen har det övergripande ansvaret för planen. Varje nämnd ansvarar för att genomföra de delmål som rör
den egna verksamheten. Barn- och utbildningsnämnden ansvarar för mål 1 och mål 3, kultur- och fritidsnämnden för
mål 2.
"""

# A plan whose numbered goals are headings over a short paragraph each, no bullets, under a heading of no text.
GOALS = [("Jämn fördelning av makt och inflytande",
          "Kvinnor och män ska ha samma möjligheter att delta i kommunens beslutande organ."),
         ("Ekonomisk jämställdhet", "Skillnaden i lön mellan kvinnor och män i kommunen ska minska."),
         ("Jämställd utbildning", "Flickor och pojkar ska ha samma möjligheter att nå målen i skolan."),
         ("Mäns våld mot kvinnor ska upphöra", "Kommunen ska stärka stödet till våldsutsatta kvinnor.")]
GOAL_PLAN = ("# Jämställdhetsplan för Ekby kommun 2025–2027\n\n## Inledning\n\nEkby kommun har kartlagt skillnaderna "
             "mellan kvinnors och mäns villkor i kommunens verksamheter. Planen anger fyra mål för perioden.\n\n"
             "## Mål\n\n"
             + "".join(f"### Mål {n}: {title}\n\n{text} Nämnden följer upp målet varje år.\n\n"
                       for n, (title, text) in enumerate(GOALS, 1))
             + "## Uppföljning\n\nPlanen följs upp årligen av kommunstyrelsen.\n")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_units_of_a_short_section_merged_into_its_siblings_chunk_stand_under_its_own_heading(
        tmp_path: Path, corpus_components: tuple) -> None:
    """'Mål 3: Trygghet' is merged into the chunk filed under 'Mål 2: Föreningsbidrag': its sentence and table rows
    are about 'Mål 3' (their context, what they embed with, the section a refusal names), not about 'Mål 2'."""
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"lindvik-uppfoljning-2025.md": FOLLOW_UP})
    assert stats.documents == 1 and not stats.skipped
    chunks = [c for path in bot.components.store.sources() for c in bot.components.store.chunks_for(path)]
    merged = next(c for c in chunks if "Minskningen bland flickor" in c.text)
    assert merged.heading_path[-1] == "Mål 2: Föreningsbidrag"  # the two sections share one chunk
    units = units_of(merged)
    sentence = next(u for u in units if u.text.startswith("Minskningen"))
    row = next(u for u in units if u.text.startswith("2025 | 67"))
    own = next(u for u in units if u.text.startswith("2025 | 44"))
    for unit in (sentence, row):
        assert unit.section_heading == "Mål 3: Trygghet"
        assert "Föreningsbidrag" not in unit.context() and "Föreningsbidrag" not in " ".join(unit.heading_path)
    assert own.section_heading == "Mål 2: Föreningsbidrag" and "Mål 2" in own.context()
    response = bot.respond({"message": "Hur många anmälningar om sexuella trakasserier gjordes 2019?"})
    assert not response.grounded
    assert "(Mål 3: Trygghet)" in response.text and "Föreningsbidrag" not in response.text, response.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_who_is_responsible_for_a_numbered_goal_is_answered_by_the_sentence_naming_it(
        tmp_path: Path, corpus_components: tuple) -> None:
    """'Vilken nämnd ansvarar för mål 2?' asks for a committee: the goal's number says where to look, it does not
    ask for goals, so the goal's own bullets are no answer and the sentence naming the committee is."""
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"lindvik-plan.md": PLAN})
    assert stats.documents == 1 and not stats.skipped
    response = bot.respond({"message": "Vilken nämnd ansvarar för mål 2?"})
    assert response.grounded
    assert response.text.startswith("Barn- och utbildningsnämnden ansvarar för mål 1 och mål 3, kultur- och "
                                    "fritidsnämnden för mål 2."), response.text
    assert "Föreningsbidrag ska fördelas" not in response.text, response.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_numbered_goals_are_listed_by_their_headings_when_they_hold_no_bullets(
        tmp_path: Path, corpus_components: tuple) -> None:
    """'Vilka är de fyra målen?' over 'Mål 1 …' … 'Mål 4 …', each heading over a paragraph: every goal heading is
    listed, each with its sentence and cited at its own line — not one goal's paragraph, nor the sentence that
    says there are four."""
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"plan-ekby.md": GOAL_PLAN})
    assert stats.documents == 1 and not stats.skipped
    source = GOAL_PLAN.splitlines()
    for question in ("Vilka är de fyra målen?", "Vilka mål har planen?"):
        response = bot.respond({"message": question})
        assert response.grounded
        lines = [line.split(" [")[0] for line in response.text.splitlines()]
        for n, (title, text) in enumerate(GOALS, 1):
            assert f"- Mål {n}: {title}" in lines, (question, response.text)
            assert f"  - {text}" in lines, (question, response.text)
            at = source.index(f"### Mål {n}: {title}") + 1
            assert any(c.start_line <= at <= c.end_line for c in response.citations), (question, n, response.citations)


def test_a_heading_right_under_a_heading_without_text_stays_a_line_of_its_chunk(tmp_path: Path) -> None:
    """'## Mål' directly over '### Mål 1 …': both headings are lines of the chunk ('Mål' carried as text, then the
    section's own heading), so the first goal heading of a series can be read from the text like the others."""
    path = tmp_path / "plan.md"
    path.write_text(GOAL_PLAN, "utf-8")
    doc, _ = load_document(path)
    chunks = chunk_document(doc, lambda t: len(t.split()), 320, 140)
    first = next(c for c in chunks if c.heading_path[-1].startswith("Mål 1"))
    lines = first.text.splitlines()
    assert lines[:2] == ["Mål", f"Mål 1: {GOALS[0][0]}"], lines
    assert first.line_spans[1] == (source_line := GOAL_PLAN.splitlines().index(f"### Mål 1: {GOALS[0][0]}") + 1,
                                   source_line)
    # The later goals are short sibling sections merged in, each heading a line of its own as well.
    assert [u.text for u in units_of(first) if u.is_label][1:] == [f"Mål {n}: {t}" for n, (t, _) in enumerate(GOALS, 1)]


# A service's note that closes with a contact line: short, no full stop, so it reads as a heading with no text.
LIBRARY_NOTE = """Läxhjälp på Björkbiblioteket hösten 2025

Björkby kommun erbjuder läxhjälp för elever i årskurs 4–9 på Björkbiblioteket. Läxhjälpen drivs av biblioteket
tillsammans med två gymnasieelever som får timlön.

Upplägg
Läxhjälpen är öppen tisdagar och torsdagar efter skolan. Eleverna kan få hjälp i alla ämnen, men de flesta frågor
gäller matematik och engelska.

Kontakt: Omar Berg, bibliotekarie på Björkbiblioteket
"""


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_closing_contact_line_is_indexed_and_answers(tmp_path: Path, corpus_components: tuple) -> None:
    """A document ending in a line the reader takes for a heading ('Kontakt: Omar Berg, bibliotekarie …') keeps it
    as text, once, and a line with a labelled value is scored as a statement: it answers who the librarian is."""
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"laxhjalp-bjorkby.txt": LIBRARY_NOTE})
    assert stats.documents == 1 and not stats.skipped
    chunks = [c for path in bot.components.store.sources() for c in bot.components.store.chunks_for(path)]
    lines = [line for c in chunks for line in c.text.splitlines()]
    assert lines.count("Kontakt: Omar Berg, bibliotekarie på Björkbiblioteket") == 1, lines
    response = bot.respond({"message": "Vem är bibliotekarie på Björkbiblioteket?"})
    assert response.grounded
    assert response.text.startswith("Kontakt: Omar Berg, bibliotekarie på Björkbiblioteket"), response.text
