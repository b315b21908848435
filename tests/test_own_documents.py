"""A municipality's own documents (.html, .md) through the real pipeline and answer engine: every citation opens
the file's own lines, markup never reaches an answer, tables keep their column names (trial 17, problems 1, 3, 4).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from api.passages import passage
from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats, run
from tests.conftest import EMBED_CACHE, copy_sqlite, make_settings

pytestmark = [pytest.mark.slow]

# A second memo beside a test's own document, so that word weights mean something.
MEMO = ("# Lovskola i matematik\n\n## Planerad insats\n\nUnder sommarlovet erbjuds elever i årskurs 9 lovskola i "
        "matematik under två veckor.\n\nAnsvar\n\nRektor ansvarar för att lärare bemannar lovskolan.\n")

# The body starts on line 8; paragraphs, items and a table row run over several lines of the file.
PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Jämställdhetsplan – Lindviks kommun</title>
<style>p { margin: 0 }</style>
</head>
<body><main>
<h1>Jämställdhetsplan för Lindviks kommun 2025</h1>
<p>Planen antogs av kommunfullmäktige
den 12 mars 2025 och gäller till och med 2027.</p>
<h2>Mål 1: Fler flickor i föreningslivet</h2>
<ul>
<li>Andelen flickor som är med i en idrottsförening
ska öka från 38 till 45 procent.</li>
<li>Föreningsbidragen ska fördelas lika mellan flickor och pojkar.</li>
</ul>
<h2>Uppföljning</h2>
<p>Barn- och utbildningsnämnden lämnar en uppföljningsrapport
till kommunstyrelsen
senast den 30 april varje år.</p>
<table>
<caption>Tabell 1. Besökare på fritidsgårdar 2025</caption>
<tr><th>Fritidsgård</th><th>Flickor</th><th>Pojkar</th></tr>
<tr><td>Ekbacka</td><td>120</td>
<td>310</td></tr>
<tr><td>Norrmalm</td><td>95</td><td>180</td></tr>
</table>
<p>Ansvarig: Sara Holm, jämställdhetsstrateg.</p>
</main></body></html>
"""


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _raw_text(path: Path, first: int, last: int) -> str:
    """Lines first..last of the file as they are, tags and the head's style left out."""
    lines = path.read_text("utf-8").split("\n")[first - 1: last]
    return _norm(re.sub(r"<style>.*?</style>|<[^>]+>", " ", "\n".join(lines)))


def _ingest(tmp_path: Path, documents: dict[str, str | Callable[[Path], object]]
            ) -> tuple[Assistant, IngestStats, Path]:
    """An assistant over `documents` alone: file name -> its text, or a function that writes the file (a PDF or a
    Word document built by the test)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, content in documents.items():
        if callable(content):
            content(folder / name)
        else:
            (folder / name).write_text(content, "utf-8")
    settings = make_settings(tmp_path / "data", corpus_dir=folder)
    if EMBED_CACHE.exists():
        copy_sqlite(EMBED_CACHE, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings)
    return Assistant(components), stats, folder


def test_citations_of_an_html_page_open_the_lines_of_the_file_that_hold_the_quote(tmp_path: Path) -> None:
    bot, stats, folder = _ingest(tmp_path, {"plan.html": PAGE, "lovskola.md": MEMO})
    page = folder / "plan.html"
    assert stats.documents == 2 and not stats.skipped
    chunks = [c for c in bot.components.retriever.snapshot().chunks.values() if c.source == "plan.html"]
    assert chunks
    for chunk in chunks:
        assert chunk.start_line >= 8
        for line, first, last in chunk.lines_with_spans():
            assert chunk.start_line <= first <= last <= chunk.end_line
            assert _norm(line) in _raw_text(page, first, last), (line, first, last)
    questions = ["När ska uppföljningsrapporten lämnas till kommunstyrelsen?", "När antogs jämställdhetsplanen?",
                 "Vem är ansvarig för jämställdhetsplanen?"]
    for question in questions:
        response = bot.respond({"message": question})
        cited = [c for c in response.citations if c.source == "plan.html"]
        assert response.grounded and cited, question
        for c in cited:
            window = _raw_text(page, c.start_line, c.end_line)
            # The source view shows the cited lines as text.
            shown = passage(bot, c.chunk_id, 1, c.start_line, c.end_line).context
            marked = " ".join(line.text for line in shown if line.cited)
            assert "<" not in marked
            for piece in re.split(r"; | … ", c.quote):
                assert _norm(piece.strip("…")) in window, (question, c.start_line, c.end_line, piece)
                assert _norm(piece.strip("…")) in _norm(marked), (question, marked, piece)
    answer = bot.respond({"message": questions[0]}).text
    assert "30 april" in answer


NOTES = """# Uppföljning av planen 2025

Rapport till kommunstyrelsen. Ansvarig: **Sara Holm**, jämställdhetsstrateg.

## Sammanfattning

Tryggheten bland flickor i åk 8 har minskat sedan 2023.[^1] Fördelningen av __föreningsbidrag__ har blivit jämnare.
Genomsnittligt meritvärde 2025 var 241 för flickor och 212 för pojkar.[^2] Se [kommunens statistik](https://lindvik.se/statistik_2025)
för fler uppgifter.

## Definitioner

Med *behörig till yrkesprogram* avses elev som har godkända betyg i svenska, engelska, matematik och minst fem andra
ämnen. Med _trygghet_ avses andelen elever som svarat "stämmer helt" eller "stämmer ganska bra" på påståendet
"Jag känner mig trygg i skolan".

[^1]: Källa: Lindviks kommuns elevenkät, genomförd i februari varje år.
[^2]: Antalet anmälningar om kränkningar ökade från 12 under 2024 till 27 under 2025.
"""

MARKUP = ("*", "[^", "](", "_", "²", "¹")


def test_markdown_markup_never_reaches_an_answer_and_footnotes_are_notes_linked_to_their_marks(tmp_path: Path
                                                                                                 ) -> None:
    from evals.answer_eval import quote_in_lines
    from ingest.load import load_document

    bot, stats, folder = _ingest(tmp_path, {"uppfoljning.md": NOTES, "lovskola.md": MEMO})
    assert stats.documents == 2 and not stats.skipped
    lines = load_document(folder / "uppfoljning.md")[0].lines
    assert len(lines) == len(NOTES.split("\n"))
    response = bot.respond({"message": "Vad avses med trygghet?"})
    assert response.grounded and response.text.startswith("Med trygghet avses andelen elever"), response.text
    for question in ["Vad avses med trygghet?", "Vad var det genomsnittliga meritvärdet för pojkar 2025?",
                     "Varför har tryggheten bland flickorna minskat?"]:
        response = bot.respond({"message": question})
        assert response.grounded and response.citations, question
        assert not any(mark in response.text for mark in MARKUP), response.text
        for c in response.citations:
            if c.source == "uppfoljning.md":  # a quote stands in the lines it cites
                assert quote_in_lines(c.quote, lines, c.start_line, c.end_line), (c.quote, c.start_line)
    # Each '[^n]: …' is a footnote of its own, linked to its mark in the text (the role 'note').
    roles = {line: role for c in bot.components.retriever.snapshot().chunks.values() if c.source == "uppfoljning.md"
             for (line, _, _), role in zip(c.lines_with_spans(), c.line_roles, strict=True)}
    assert roles["2 Antalet anmälningar om kränkningar ökade från 12 under 2024 till 27 under 2025."] == "n"
    assert roles["1 Källa: Lindviks kommuns elevenkät, genomförd i februari varje år."] == "n"


def test_an_html_table_is_read_in_rows_with_its_column_names_under_its_caption(tmp_path: Path) -> None:
    """As a Word table: rows '| a | b |' with the header row first, under the <caption>, so a figure is answered
    with the column it stands in."""
    bot, _, folder = _ingest(tmp_path, {"plan.html": PAGE, "lovskola.md": MEMO})
    table = next(c for c in bot.components.retriever.snapshot().chunks.values() if "Norrmalm" in c.text)
    lines = table.text.split("\n")
    caption = lines.index("Tabell 1. Besökare på fritidsgårdar 2025")
    assert lines[caption + 1:caption + 4] == ["Fritidsgård | Flickor | Pojkar", "Ekbacka | 120 | 310",
                                              "Norrmalm | 95 | 180"]
    assert table.line_roles[caption + 1:caption + 4] == ["t", "t", "t"]
    response = bot.respond({"message": "Hur många flickor besökte fritidsgården Norrmalm 2025?"})
    assert response.grounded
    # The figure asked for, with its row and column names and the table it is of (no other row appended).
    first = response.text.split("[1]")[0].strip()
    assert first == "Norrmalm, Flickor: 95 (Tabell 1. Besökare på fritidsgårdar 2025)."
    assert "Ekbacka" not in response.text
    first = response.citations[0]
    assert "norrmalm95180" in _raw_text(folder / "plan.html", first.start_line, first.end_line)
