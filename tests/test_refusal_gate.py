"""The topic gate of the refusal decision (grounding/scope.judge) on a built selection: how embedding closeness
and the share of the question's weighted words a unit holds trade off."""

from __future__ import annotations

from assistant.grounding.question import analyse
from assistant.grounding.scope.verdict import judge
from assistant.grounding.selection.scored import Scored, Selection
from assistant.index.units import Unit
from assistant.schema import Chunk

TEXT = "Analysen har därför kommit fram till att en gemensam plattform för lärare och elever behöver köpas in."
CHUNK = Chunk(chunk_id="gate", source="plan.md", title="Utvecklingsplan", doc_type="plan", heading_path=["IT"],
              text=TEXT, start_line=1, end_line=1, year=2020)
UNIT = Unit(TEXT, CHUNK, 0, 1, 1, "sentence", "body")
MIN_SCORE, MIN_SIMILARITY = 0.45, 0.845


def _verdict(similarity: float, overlap: float):
    selection = Selection(ranked=[Scored(UNIT, 0.63, similarity, overlap)], max_similarity=similarity)
    question = analyse("Vad kom analysen av plattformen fram till?")
    return judge(question, selection, TEXT.lower(), MIN_SCORE, MIN_SIMILARITY)


def test_a_unit_holding_the_questions_rarer_words_needs_a_little_less_embedding_closeness() -> None:
    """Just under the similarity threshold, a unit with a good share of the question's words is on topic; the same
    closeness with few of its words is not, and far under the threshold no share of words is enough."""
    assert _verdict(0.843, 0.43).answer
    assert _verdict(0.843, 0.20).reason == "offtopic"
    assert _verdict(0.820, 0.50).reason == "offtopic"
    assert _verdict(0.850, 0.0).answer
    assert _verdict(0.835, 0.34).reason == "offtopic"  # below the share that earns any slack
    assert _verdict(0.835, 0.36).answer  # 0.36 of the weight lowers the 0.845 needed by 0.0126, to 0.8324


def test_a_question_in_everyday_words_is_on_topic_when_the_units_passage_holds_its_words() -> None:
    """'datorerna och it-systemen' meets 'elevdatorerna' and 'IT-systemen' as parts of compounds in the passage
    (its heading and its other lines), not in the best line itself: just under the similarity threshold the
    question is on topic. A passage that holds few of its words leaves it off topic at the same closeness."""
    from assistant.grounding.passages import TermWeights

    lines = ["Nulägesanalysen visar att elevdatorerna inte fungerar och att IT-systemen brister.",
             "Vi ska därför ta fram en gemensam strategi."]
    other = ["Samverkan med socialtjänsten har stärkts under året.", "Vi ska därför ta fram en gemensam strategi."]
    filler = [f"Dokument {i} om skolans arbete med närvaro och trygghet." for i in range(20)]
    question = analyse("Vad kom man fram till om datorerna och it-systemen?")

    def verdict(passage: list[str]):
        text = "\n".join(passage)
        chunk = Chunk(chunk_id="p", source="plan.md", title="Utvecklingsplan", doc_type="plan",
                      heading_path=["Digitala verktyg"], text=text, start_line=1, end_line=2, year=2020)
        unit = Unit(passage[1], chunk, 1, 2, 2, "sentence", "body")
        selection = Selection(ranked=[Scored(unit, 0.6, 0.835, 0.1)], max_similarity=0.835)
        weights = TermWeights([*filler, *lines, *other])
        return judge(question, selection, text.lower(), MIN_SCORE, MIN_SIMILARITY, weights=weights)

    assert verdict(lines).answer
    assert verdict(other).reason == "offtopic"
