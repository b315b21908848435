"""A list question is answered by the list of the asked kind in the best unit's own section, even where chunking put
that list in a chunk retrieval did not bring (trials 25-26): the actors of one goal card of the VGR method support,
the questions of one workshop of the Örebro report (its 'Dilemma 1', 'Dilemma 2' lines restart under each workshop
and stand inside it). Reworded questions, not eval cases; the bounds are the sections' lines in corpus/."""

from __future__ import annotations

import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats

VGR = "vgr-pojkars-skolresultat-metodstod.txt"
ORU = "oru-samverkan-skolnarvaro-rapport.txt"


@pytest.fixture(scope="module")
def bot(corpus_components: tuple[Components, IngestStats]) -> Assistant:
    return Assistant(corpus_components[0])


def _items(text: str) -> list[str]:
    return [line.lstrip()[2:] for line in text.splitlines() if line.lstrip().startswith("- ")]


@pytest.mark.needs_corpus_index
@pytest.mark.parametrize(("question", "card", "actors", "named"), [
    # The goal card 'Pojkar … erbjuds en avsedd plats för läxarbete' (lines 174-194): its actors at 185-194.
    ("Vilka aktörer kan hjälpa till så att pojkar får en plats avsedd för läxarbete?", (174, 194), (185, 194),
     "Bostadsbolag"),
    # The goal card 'I kommun x/skola x känner sig elever trygga … mobbing' (290-320): its actors at 313-320.
    ("Vilka aktörer kan bidra när eleverna ska känna sig trygga i skolmiljön utan mobbing?", (290, 320), (313, 320),
     "Elevhälsan"),
])
def test_the_goal_cards_own_actors_answer(bot: Assistant, question: str, card: tuple[int, int],
                                          actors: tuple[int, int], named: str) -> None:
    response = bot.respond({"message": question})
    assert response.grounded
    assert named in _items(response.text), response.text
    # The actors' list of this card, cited to its own lines; nothing from another card or section.
    assert any(c.source == VGR and actors[0] <= c.start_line and c.end_line <= actors[1] for c in response.citations)
    assert all(c.source == VGR and card[0] <= c.start_line and c.end_line <= card[1] for c in response.citations), \
        [(c.source, c.start_line, c.end_line) for c in response.citations]
    # Not the card's measures ('Förslag på insatser') that the goal line leads into.
    assert not any(item[:1].isdigit() for item in _items(response.text))


@pytest.mark.needs_corpus_index
def test_one_workshops_questions_answer_past_its_dilemma_lines(bot: Assistant) -> None:
    response = bot.respond({"message": "Vilka frågor diskuterade deltagarna på workshopen om styrning och ledning?"})
    assert response.grounded
    items = _items(response.text)
    assert len(items) >= 4 and any("samsyn" in i for i in items), response.text
    # Workshop 4 runs from line 392 to the next section (414); the other workshops' questions are not its.
    assert all(c.source == ORU and 392 <= c.start_line and c.end_line <= 414 for c in response.citations), \
        [(c.source, c.start_line, c.end_line) for c in response.citations]
    assert "riskfaktorer" not in response.text.lower()
