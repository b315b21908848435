"""The passage that answers is quoted (quoted36).

- A table row is named by the documents' words for a question's everyday words ('tjejer från sexan': 'Årskurs 6')
  and by the grades of a school stage ('högstadiet': 'Flickor 7–9'); 'andel av alla som svarade' names the total row.
- 'Vad räknas som X …?' asks what X means; 'vanlig verksamhet' is searched as 'ordinarie verksamhet'.

Built on real question analysis and units (no corpus, no embeddings).
"""

from __future__ import annotations

from assistant.grounding.question import analyse, search_text
from assistant.grounding.selection import names_row
from assistant.index.units import units_of
from assistant.schema import Chunk


def _row(label: str) -> object:
    chunk = Chunk(chunk_id=f"t-{label}", source="rapport.md", title="Rapport", doc_type="övrigt",
                  heading_path=["Rapport"], start_line=1, end_line=2,
                  text=f"| Andel otrygga (procent) | Flickor | Pojkar |\n| {label} | 9 | 11 |",
                  line_spans=[(1, 1), (2, 2)],
                  line_roles=["t", "t"], path="rapport.md")
    return [u for u in units_of(chunk) if u.kind == "row"][-1]


def _asked(text: str) -> object:
    question = analyse(text)
    question.search_text = search_text(text, "sv", frozenset({"flickor", "årskurs", "pojkar"}))
    return question


def test_a_row_is_named_by_everyday_words_and_by_a_school_stage() -> None:
    assert names_row(_asked("Hur många tjejer från sexan var med?"), _row("Årskurs 6"))
    assert not names_row(_asked("Hur många tjejer från sexan var med?"), _row("Årskurs 5"))
    assert names_row(_asked("Hur många besök gjorde tjejer på högstadiet?"), _row("Flickor 7–9"))
    assert not names_row(_asked("Hur många besök gjorde tjejer på högstadiet?"), _row("Flickor 4–6"))
    assert names_row(_asked("Hur stor andel av alla som svarade kände sig otrygga?"), _row("Samtliga"))
    assert not names_row(_asked("Hur stor andel av flickorna kände sig otrygga?"), _row("Samtliga"))


def test_what_counts_as_a_term_is_a_definition_question() -> None:
    question = analyse("Vad räknas som omsorgsinsatser i Granlidas analys av hemtjänsten?")
    assert (question.answer_type, question.definiendum) == ("definition", "omsorgsinsatser")


def test_vanlig_is_searched_as_ordinarie_not_as_a_typo() -> None:
    text = search_text("Vad blir kvar som vanlig verksamhet?", "sv", frozenset({"vänlig", "ordinarie", "verksamhet"}))
    assert "ordinarie" in text and "vänlig" not in text
