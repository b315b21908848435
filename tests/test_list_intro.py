"""Which list answers a question about a kind of list: the one whose intro names the topic asked about.

Built on small hand-made chunks (no corpus, no embeddings): the unit selector's own scoring with term weights over
these chunks alone. Each case has a positive control: the list that should win, and one that only names the kind.
"""

from __future__ import annotations

from assistant.grounding.passages import TermWeights
from assistant.grounding.question import analyse
from assistant.grounding.selection import NeighbourLookup, Selection, UnitSelector
from assistant.schema import Chunk, Hit

OTHER_TOPIC = Chunk(
    chunk_id="a", source="stod.txt", title="Stöd", doc_type="övrigt", heading_path=["Stöd", "Samverkan"],
    start_line=1, end_line=4,
    text="Använd följande frågor för att ta reda på om ni behöver samverka med fler:\n"
         "Vilka verksamheter samverkar ni redan med?\nFinns det föreningar som möter eleverna?\n"
         "Har ni gemensamma mål med socialtjänsten?",
    line_spans=[(1, 1), (2, 2), (3, 3), (4, 4)], line_roles=["p", "i1", "i1", "i1"])

# The paragraph's middle sentence names the kind ('följande frågor.') and a note follows it: no line ends in ':'.
PARAGRAPH_LEAD = Chunk(
    chunk_id="b", source="stod.txt", title="Stöd", doc_type="övrigt", heading_path=["Stöd", "Genomförande"],
    start_line=10, end_line=14,
    text="Det är viktigt att regelbundet följa upp verksamheten under genomförandet. För att kunna justera "
         "pågående arbete kan ni använda följande frågor. Tänk på att bestämma vad som är ett godtagbart "
         "resultat innan ni svarar.\n"
         "Är målsättningarna fortfarande rimliga?\nHåller vi tidplanen?\nFår vi det stöd från ledningen som krävs?",
    line_spans=[(10, 10), (12, 12), (13, 13), (14, 14)], line_roles=["p", "i1", "i1", "i1"])

# A list whose intro ended the chunk before it (chunking cut between them).
INTRO_BEFORE = Chunk(
    chunk_id="c1", source="analys.txt", title="Analys", doc_type="övrigt", heading_path=["Kartlägg", "Underlag"],
    start_line=20, end_line=22,
    text="När ni har samlat in underlag ska ni analysera det.\nAnvänd dessa frågor som stöd i analysen.",
    line_spans=[(20, 20), (22, 22)], line_roles=["p", "p"])
LIST_AFTER = Chunk(
    chunk_id="c2", source="analys.txt", title="Analys", doc_type="övrigt", heading_path=["Kartlägg", "Analys"],
    start_line=24, end_line=26,
    text="Vem är verksamheten till för?\nVilka orsaker har problemen?\nVad blir konsekvenserna för målgruppen?",
    line_spans=[(24, 24), (25, 25), (26, 26)], line_roles=["i1", "i1", "i1"])

CHUNKS = [OTHER_TOPIC, PARAGRAPH_LEAD, INTRO_BEFORE, LIST_AFTER]


def _select(question: str, hits: list[Chunk]) -> Selection:
    weights = TermWeights(c.embedding_text() for c in CHUNKS)
    selector = UnitSelector(weights, {})
    return selector.select(analyse(question), [Hit(chunk=c, score=1.0) for c in hits], NeighbourLookup(CHUNKS))


def test_a_paragraph_sentence_that_names_the_asked_kind_introduces_the_list() -> None:
    """'… kan ni använda följande frågor. Tänk på …' introduces the questions after it (and is written with them),
    though it holds none of the question's other words."""
    best = _select("Vilka frågor bör vi ställa medan insatsen pågår?", [PARAGRAPH_LEAD, OTHER_TOPIC]).best_list
    assert best is not None
    assert best.items[0].chunk.chunk_id == "b", [i.text for i in best.items]
    assert best.intro is not None and best.intro.text.endswith("följande frågor.")


def test_the_intro_naming_the_kind_still_wins_for_its_own_topic() -> None:
    """Positive control: asked about working with others, the list introduced for that is chosen."""
    best = _select("Vilka frågor bör vi ställa om samverkan med föreningar?", [OTHER_TOPIC, PARAGRAPH_LEAD]).best_list
    assert best is not None and best.items[0].chunk.chunk_id == "a"


def test_a_list_opening_its_chunk_is_introduced_by_the_last_line_of_the_chunk_before() -> None:
    best = _select("Vad ska vi fråga oss i analysen?", [LIST_AFTER, OTHER_TOPIC]).best_list
    assert best is not None and best.items[0].chunk.chunk_id == "c2", [i.text for i in best.items]
    assert best.intro is not None and best.intro.text == "Använd dessa frågor som stöd i analysen."
    assert best.kind_match


def test_no_intro_is_taken_from_a_chunk_that_ends_with_a_list() -> None:
    """Control: when the chunk before ends with a list, nothing there leads into the next chunk's list."""
    ends_with_list = Chunk(**{**INTRO_BEFORE.model_dump(), "text": "Använd dessa frågor:\nVilka frågor finns?",
                              "line_roles": ["p", "i1"]})
    weights = TermWeights(c.embedding_text() for c in CHUNKS)
    selection = UnitSelector(weights, {}).select(analyse("Vad ska vi fråga oss i analysen?"),
                                                 [Hit(chunk=LIST_AFTER, score=1.0)],
                                                 NeighbourLookup([ends_with_list, LIST_AFTER]))
    best = selection.best_list
    assert best is not None and best.items[0].chunk.chunk_id == "c2"
    assert best.intro is None
