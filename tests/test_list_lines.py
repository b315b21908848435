"""Lists set as short lines, not bullets, and a who-question about one contact (issue 12, session 21).

Word documents and PDF extraction often lose a list's bullets: 'Under lovet erbjöds tre aktiviteter:' is followed by
one short paragraph per activity. Those lines are the list the sentence introduces: it is quoted with them, and a
list question is answered by them, not by a bulleted list of a neighbouring heading. And 'Vem ska man kontakta …?' is
answered by the sentence that gives a contact, not by a list of partner actors (trial 20, problem 8).
"""

from __future__ import annotations

import pytest

from assistant.index.units import lines_led_by, units_of
from assistant.schema import Chunk
from assistant.service import Assistant
from tests.test_own_documents import MEMO, _ingest

GUIDE = """# Guide för jämställda lovaktiviteter i Ekeby kommun

## Bakgrund

Kultur- och fritidsförvaltningen har tagit fram guiden för personal som planerar lovaktiviteter för barn och unga.

## Aktiviteter under sportlovet 2025

Under sportlovet erbjöd fritidsgårdarna tre slags aktiviteter:

Skridskodisco på konstisbanen

Prova-på-klättring i sporthallen

Filmverkstad på biblioteket

Flickor deltog mest i filmverkstaden och pojkar mest i skridskodiscot.

## Vad ska man tänka på när man planerar en aktivitet?

- Fråga barnen själva vad de vill göra
  - gör en enkät i skolan före lovet
  - låt fritidsgårdens råd välja en av aktiviteterna
- Välj tider och platser som passar alla
  - undvik sena kvällar för de yngsta
  - ordna gratis busskort till aktiviteter utanför tätorten
- Räkna deltagarna efter kön och ålder varje dag

## Kontakt

Vill du veta mer om guiden kontaktar du fritidskonsulent Lina Berg, telefon 0123-456 00.

Guiden har tagits fram i samarbete med följande aktörer:

- Fritidsgårdarna
- Biblioteken
- Idrottsföreningarna
- Elevråden
"""


def _chunk(lines: list[str], roles: list[str]) -> Chunk:
    return Chunk(chunk_id="k", source="rapport.txt", title="Rapport", doc_type="övrigt", heading_path=["Metod"],
                 start_line=1, end_line=2 * len(lines), text="\n".join(lines),
                 line_spans=[(2 * i + 1, 2 * i + 1) for i in range(len(lines))], line_roles=roles)


def test_short_lines_after_a_sentence_ending_in_a_colon_are_its_list() -> None:
    chunk = _chunk(["Vi intervjuade flera grupper. Följande teman togs upp i samtalen:", "Trygghet på rasterna",
                    "Läxor och studiero", "Vuxna att prata med", "Resultaten redovisas i nästa kapitel."],
                   ["p", "p", "p", "p", "p"])
    intro = next(u for u in units_of(chunk) if u.text.endswith(":"))
    assert [u.text for u in lines_led_by(intro)] == ["Trygghet på rasterna", "Läxor och studiero",
                                                     "Vuxna att prata med"]


def test_a_sentence_whose_paragraph_goes_on_or_that_leads_into_bullets_has_no_such_lines() -> None:
    """Controls: a ':' in the middle of a paragraph, and a bulleted list (`list_of` reads that one)."""
    running = _chunk(["Målet är tydligt: fler ska delta. Det gäller alla.", "Trygghet på rasterna",
                      "Läxor och studiero"], ["p", "p", "p"])
    assert not any(lines_led_by(u) for u in units_of(running))
    bullets = _chunk(["Följande teman togs upp:", "Trygghet på rasterna", "Läxor och studiero"], ["p", "i1", "i1"])
    assert not any(lines_led_by(u) for u in units_of(bullets))


@pytest.fixture(scope="module")
def guide_bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    bot, stats, _ = _ingest(tmp_path_factory.mktemp("guide"), {"guide.md": GUIDE, "lovskola.md": MEMO})
    assert stats.documents == 2 and not stats.skipped
    return bot


@pytest.mark.slow
def test_a_list_set_as_lines_answers_its_question_whole_and_stops_where_the_text_goes_on(guide_bot: Assistant) -> None:
    text = guide_bot.respond({"message": "Vilka aktiviteter erbjöd fritidsgårdarna under sportlovet?"}).text
    for activity in ("Skridskodisco", "klättring", "Filmverkstad"):
        assert activity in text, text
    assert "Fråga barnen" not in text and "Flickor deltog" not in text, text  # not the next section's bullets


@pytest.mark.slow
def test_who_to_contact_is_the_sentence_giving_the_contact_not_a_list_of_partners(guide_bot: Assistant) -> None:
    text = guide_bot.respond({"message": "Vem ska man kontakta om man vill veta mer om guiden?"}).text
    assert "Lina Berg" in text and "Idrottsföreningarna" not in text, text
    # control: asked for the partners, the list answers
    partners = guide_bot.respond({"message": "Vilka aktörer har guiden tagits fram tillsammans med?"}).text
    assert "Idrottsföreningarna" in partners and "Elevråden" in partners, partners


@pytest.mark.slow
def test_a_question_heading_over_a_nested_list_keeps_its_question_mark_and_the_sub_items(guide_bot: Assistant) -> None:
    text = guide_bot.respond({"message": "Vad ska man tänka på när man planerar en lovaktivitet?"}).text
    assert "aktivitet?:" not in text, text
    assert "gratis busskort" in text and "enkät i skolan" in text, text

