"""Lättläst (easy10): among equally good evidence the plainer statement is quoted; more long sentences become one
idea per sentence (several purposes, a trailing reason or concession); a derivational ending is no compound part;
a heading run into its first sentence is set off."""

from __future__ import annotations

from assistant.generation.easy import easy_text, lix, trailing_clause, unfold_compound
from assistant.generation.extractive.answer import easy_cost, plainer_first
from assistant.grounding.selection import Scored
from assistant.index.units import Unit
from assistant.schema import Chunk

_HARD = ("Huvudmannen har genomfört en omfattande kartläggning av organisatoriska förutsättningar avseende "
         "elevhälsoarbetets systematiska kvalitetsutveckling inom samtliga skolenheter.")
_PLAIN = "Skolan har frågat alla elever hur de mår. Svaren visar att många pojkar mår bra."


def _scored(text: str, score: float, overlap: float, seq: int) -> Scored:
    chunk = Chunk(chunk_id="c1", source="a.txt", title="A", doc_type="rapport", heading_path=["H"], start_line=1,
                  end_line=9, text=text)
    unit = Unit(text=text, chunk=chunk, line=seq, start_line=seq + 1, end_line=seq + 1, kind="sentence", role="body",
                seq=seq)
    return Scored(unit, score, 0.0, overlap)


def test_the_plainer_of_two_equally_good_statements_is_quoted_first() -> None:
    assert easy_cost(_PLAIN) < easy_cost(_HARD)
    hard, plain = _scored(_HARD, 0.60, 0.3, 1), _scored(_PLAIN, 0.57, 0.3, 2)
    assert [s.unit.text for s in plainer_first([hard, plain])] == [_PLAIN, _HARD]
    # A clearly better statement keeps its place, and so does one that shares more of the question's words.
    assert plainer_first([_scored(_HARD, 0.80, 0.3, 1), plain])[0].unit.text == _HARD
    assert plainer_first([_scored(_HARD, 0.60, 0.5, 1), plain])[0].unit.text == _HARD


def test_several_purposes_become_a_sentence_each_with_their_citation() -> None:
    text = ("Huvudmännen har vidtagit ett antal olika åtgärder för att tydliggöra vilket centralt stöd som finns och "
            "för att anpassa stödet utifrån skolans behov, samt för att stärka dialogen med rektorn. [4]")
    easy = easy_text(text)
    assert "Det är för att visa vilket centralt stöd som finns. [4]" in easy
    assert "Det är också för att anpassa stödet efter skolans behov. [4]" in easy
    assert "Det är också för att stärka dialogen med rektorn. [4]" in easy
    assert lix(easy) < lix(text) - 10


def test_a_trailing_reason_or_concession_is_a_sentence_of_its_own() -> None:
    easy = easy_text("Normerna gör att pojkar inte behöver goda betyg eftersom de ska arbeta direkt efter skolan. [2]")
    assert easy == "Normerna gör att pojkar inte behöver goda betyg. [2] Det beror på att de ska arbeta direkt " \
                   "efter skolan. [2]"
    assert trailing_clause("Det är vanligare att pojkar utsätts för hot i skolan än flickor även om flickor utsätts "
                           "för trakasserier mer än pojkar.")[1] == "samtidigt utsätts flickor för trakasserier mer " \
                                                                     "än pojkar."
    # An adverb before the verb would need moving in a main clause: the sentence stays whole.
    kept = "Resultaten har blivit bättre i alla ämnen trots att lärarna inte har fått mer tid för det."
    assert trailing_clause(kept) == [kept]


def test_a_derivational_ending_is_not_read_as_a_compound_part() -> None:
    for word in ("utvärderingen", "struktureringen", "förtroendefulla"):
        assert unfold_compound(word) is None, word  # not 'ingen av utvärdera', 'ringen av struktur'
    assert unfold_compound("lärarutbildningen") == "utbildningen av lärare"
    assert "ingen av" not in easy_text("Den externa utvärderingen lyfter fram hur arbetet med unga har gått.")


def test_a_heading_run_into_its_first_sentence_is_set_off() -> None:
    easy = easy_text("- Projektets arbete Delprojektet har pågått under drygt ett år, med start i januari 2020. [3]")
    assert easy.startswith("- Projektets arbete: Delprojektet har pågått") and easy.endswith("[3]")
    assert lix(easy) < lix("- Projektets arbete Delprojektet har pågått under drygt ett år, med start i januari 2020.")
    # A name inside a sentence is no heading.
    assert ":" not in easy_text("Vi samarbetar med Skolverkets Samverkan för bästa skola i hela kommunen.")
