"""Trial 25's dilemma talk (homework help for boys only, colleagues calling it unfair to the girls), on documents of
the test's own: the restatement names both sides, the material's question on the measure is asked, a pushback ('Har
jag rätt?') gets a cited counter-perspective and a next question, and a later turn repeats no sentence of the first."""

from __future__ import annotations

import re

import pytest

from assistant.index.sentences import split_at_stops
from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder
from tests.test_dilemma_turns import _cited_exactly, _converse

WORKSHOPS = """Rapport om samverkan kring elevernas lärande i Åby kommun

Workshop 1, Tema: Stöd och resurser (genomfördes 4/3)

Dilemma 1: Riktat stöd till en grupp elever

Med utgångspunkt i dilemmat fick deltagarna diskutera följande frågor i smågrupper:

• Vad ser ni som problematiskt i situationen?

• Hur kan ni fördela stödet så att det blir rättvist för alla elever?

Workshop 2, Tema: Samarbete med hemmen (genomfördes 18/3)

Dilemma 2: När vårdnadshavarna inte vill samarbeta

• Hur kan skolan bygga förtroende hos vårdnadshavare som är kritiska?
"""

SECTIONS = {
    "Resultat i Åby": "Pojkar når i lägre utsträckning än flickor kunskapskraven i de flesta ämnen i Åbys "
                      "grundskolor. Pojkarna har lägre betyg eftersom fler av dem saknar godkänt i matematik.",
    "Orsaker": "Elevernas skolresultat påverkas av mer än bara kön. Familjens ekonomi, boendet och föräldrarnas "
               "utbildning har stor betydelse för hur eleverna lyckas.",
    "Insatser efter skoltid": "En skola kan erbjuda riktad läxhjälp till de elever som har störst behov av stöd "
                              "med skolarbetet.",
    "Förslag på uppföljning": "  1. Hur många pojkar och flickor tar del av läxhjälpen varje vecka?\n"
                              "  2. Förändringar i pojkars och flickors skolresultat.",
    "Fördelning av stöd": "Många kollegor menar att det blir orättvist när elever som kämpar med skolarbetet inte "
                          "får del av stödet.",
    "Lokaler": "Flera skolor i kommunen har renoverat sina lokaler under året. Skolgårdarna har fått nya "
               "planteringar och sittplatser.",
    "Måltider": "Skolmaten lagas i varje skolas eget kök. Eleverna får vara med och tycka till om matsedeln "
                "två gånger per år.",
}
METHOD = "Metodstöd för elevernas skolresultat i Åby\n\n" + "\n\n".join(
    f"{heading}\n\n{text}" for heading, text in SECTIONS.items()) + "\n"

OPENING = ("På vår skola vill några lärare starta läxhjälp bara för pojkar, eftersom pojkarna har lägre betyg. Andra "
           "kollegor tycker att det är orättvist mot flickorna som också kämpar. Hur ska vi tänka kring det här?")
PUSHBACK = ("Jag lutar ändå åt att vi ska rikta läxhjälpen bara till pojkarna, det är ju de som halkar efter. "
            "Har jag rätt?")

pytestmark = pytest.mark.needs_corpus_index  # the session store lends its embedding cache


@pytest.fixture(scope="module")
def aby(tmp_path_factory: pytest.TempPathFactory, corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path_factory.mktemp("aby"), corpus_components,
                            {"aby-workshoprapport.txt": WORKSHOPS, "aby-metodstod.txt": METHOD})
    return bot


def _sentences(response) -> set[str]:  # type: ignore[no-untyped-def]
    """The answer's sentences, markers and list dashes aside; the closing's fixed lead is the mode's frame."""
    text = re.sub(r"\[\d+(?:,\s*\d+)*\]", "", response.text)
    out = set()
    for line in text.splitlines():
        line = line.strip().removeprefix("- ").strip()
        if line.endswith(":") or not line:
            continue  # a heading
        out |= {" ".join(s.lower().split()) for s in split_at_stops(line) if len(s.split()) >= 4}
    return out


def test_the_restatement_is_one_sentence_naming_both_sides(aby: Assistant) -> None:
    (first,) = _converse(aby, [OPENING])
    restated = first.draft.section("dilemmat").items[0].text
    assert "hur ska vi tänka" not in restated.lower(), restated  # the open question is no side of the choice
    assert "läxhjälp bara för pojkar" in restated and "orättvist mot flickorna" in restated, restated
    assert "på er skola" in restated  # the participant's 'vår' said back
    # the material's own question on the measure is asked, cited
    asked = [q for q in first.draft.section("fragor").items if q.citations]
    assert any("tar del av läxhjälpen" in q.text for q in asked), [q.text for q in asked]
    _cited_exactly(aby, first)


def test_a_pushback_gets_a_cited_counter_perspective_and_a_next_question(aby: Assistant) -> None:
    first, second = _converse(aby, [OPENING, PUSHBACK])
    counter = second.draft.section("motperspektiv").items
    assert counter and all(i.provenance == "source" and i.citations for i in counter), counter
    earlier = {i.text for s in first.draft.sections for i in s.items}
    assert not {i.text for i in counter} & earlier  # not a perspective the first turn gave
    assert second.draft.section("fragor").items and "inget givet svar" in second.text
    _cited_exactly(aby, second)


def test_later_turns_repeat_no_sentence_of_the_first(aby: Assistant) -> None:
    first, second, third = _converse(aby, [OPENING, PUSHBACK, "Men då får flickorna som kämpar ingen hjälp alls."])
    opening = _sentences(first)
    assert not _sentences(third) & opening, _sentences(third) & opening
    assert not _sentences(second) & opening, _sentences(second) & opening


def test_a_summary_says_the_choice_and_positions_in_its_own_words(aby: Assistant) -> None:
    turns = _converse(aby, [OPENING, PUSHBACK, "Kan du sammanfatta vad vi har pratat om?"])
    summary = turns[-1]
    own = {i.text for r in turns[:-1] for s in r.draft.sections for i in s.items if i.provenance != "source"}
    summed = [i.text for s in summary.draft.sections for i in s.items if i.provenance != "source"]
    assert summed and not set(summed) & own, set(summed) & own
    assert "orättvist mot flickorna" in summary.text and "inget givet svar" in summary.text
    _cited_exactly(aby, summary)
