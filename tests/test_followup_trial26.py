"""Trial 26's follow-ups and refusals through the real corpus index and answer engine:

- a count of a subgroup asked of the group the previous answer counted ('Vet man hur många av dem som var
  pojkar?') keeps its own asked kind: 'dem' is resolved against the previous question, the count of boys stays
  what is asked, and the closest passage shown is the one with the boys' part of a set (C03);
- an edit request the assistant applied to a draft ('lägg till aktörer') names no topic: the next draft request
  or edit is not searched as '… – lägg till aktörer?' (planner P6–P8);
- a refusal names what is missing, not a whole source the material does have ('Skolinspektionen (2019)'), and
  shows the closest passage in subject: a figure of the asked kind (C12, C13).
"""

from __future__ import annotations

import pytest

from assistant.generation.plan import edit_request
from assistant.grounding.followups import rewrite_follow_up
from assistant.index.components import Components
from assistant.schema import Turn
from assistant.service import Assistant
from ingest.pipeline import IngestStats
from tests.conftest import converse

PREVIOUS = "Hur många elever i Karlskogas internkontrollgrupp förlorade sin behörighet mellan årskurs 6 och årskurs 9?"
ORU = "oru-samverkan-skolnarvaro-rapport.txt"


@pytest.fixture(scope="module")
def bot(corpus_components: tuple[Components, IngestStats]) -> Assistant:
    return Assistant(corpus_components[0])


def test_a_count_of_a_subgroup_of_them_is_a_count_of_that_group() -> None:
    """'dem' stands for the group the earlier count question counted, as a noun phrase ('de elever … som
    förlorade …'); the asked subgroup and the count stay the follow-up's own; the frame 'Vet man' is dropped, so the
    question opens with its count."""
    history = [Turn(role="user", content=PREVIOUS), Turn(role="assistant", content="23 elever [1]")]
    query = rewrite_follow_up("Vet man hur många av dem som var pojkar?", history)
    assert query.startswith("Hur många av de elever i Karlskogas internkontrollgrupp som förlorade sin behörighet")
    assert query.endswith(" var pojkar?") and "–" not in query, query
    # a clause of its own after 'som' narrows the group further and keeps its 'som'
    narrowed = rewrite_follow_up("Hur många av dem som gick vidare hade F i matematik?", history)
    assert "som förlorade sin behörighet mellan årskurs 6 och årskurs 9 som gick vidare hade F" in narrowed, narrowed


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_boys_of_them_are_not_answered_by_the_list_of_all_groups(bot: Assistant) -> None:
    """C03: the follow-up was answered with the six pupil groups (oru 1938–1947), its 'pojkar' lost. The material
    gives no gender split of the group the earlier question counted, only '8 av de 11 i denna grupp är pojkar' for
    one part of it: that is the passage shown, whether as the answer or as the closest to a refusal."""
    _, follow = converse(bot, [("fraga", PREVIOUS), ("fraga", "Vet man hur många av dem som var pojkar?")])
    assert "pojkar" in follow.query and "Vet man" not in follow.query, follow.query
    assert "8 av de 11" in follow.text, follow.text
    assert "Elever som var behöriga i årskurs 6 och i årskurs 9" not in follow.text, follow.text
    cited = [c for c in follow.citations if c.source == ORU]
    assert any(c.start_line <= 2014 and c.end_line >= 2013 for c in cited), follow.citations


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_an_applied_edit_request_is_not_glued_onto_the_next_request(bot: Assistant) -> None:
    """Planner P6–P8: after 'lägg till aktörer' was applied to the goal, 'Och en uppföljningsplan för målet.' was
    searched as '… – lägg till aktörer?', and 'kortare' as 'Kortare – lägg till aktörer?'."""
    situation = ("Vi är Kulturskolan i Mölndals stad. Bland eleverna 13–16 år slutade 38 % av pojkarna och 21 % av "
                 "flickorna efter första terminen.")
    turns = [("problemformulering", situation), ("lokalt_mal", "Gör ett lokalt mål för det här."),
             ("lokalt_mal", "lägg till aktörer"), ("uppfoljning", "Och en uppföljningsplan för målet."),
             ("uppfoljning", "kortare")]
    responses = converse(bot, turns)
    assert edit_request("lägg till aktörer") is not None  # the turn is an edit request ...
    assert responses[2].draft is not None  # ... that the assistant applied to the draft
    for response in responses[3:]:
        assert "aktörer" not in response.query.lower(), response.query
    # the follow-up still goes on with the conversation's topic
    assert "slutade" in responses[3].query, responses[3].query


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_refusal_names_the_missing_figure_not_the_whole_source(bot: Assistant) -> None:
    """C13: the material has Skolinspektionen's 2021 review of 28 schools, nothing of 2019. The refusal said
    'inga uppgifter om Skolinspektionen (2019)'; it names the asked figure, shows the 2021 one as the closest and
    points to Skolinspektionen's own reports."""
    r = bot.respond({"message": "Hur många skolor tittade Skolinspektionen på i sin uppföljning 2019?"})
    assert not r.grounded
    first = r.text.splitlines()[0]
    assert first.startswith("Underlaget har inga uppgifter om hur många skolor"), first
    assert "2019" in first and "om Skolinspektionen (" not in first, first
    assert "28 skolor" in r.text and "skolinspektionen.se" in r.text, r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_closest_passage_to_a_refused_figure_is_a_figure_of_that_kind(bot: Assistant) -> None:
    """C12: 'Hur mycket satsar Uddevalla kommun på elevhälsan?' is refused (no Uddevalla); the closest shown was a
    sentence on training staff about trauma, and the pointer health statistics. The closest in subject is the
    budget line of the material's (other) kommun for elevhälsan, and such data is in a budget."""
    r = bot.respond({"message": "Hur mycket satsar Uddevalla kommun på elevhälsan?"})
    assert not r.grounded
    assert r.text.startswith("Underlaget har inga uppgifter om hur mycket Uddevalla kommun satsar på elevhälsan.")
    closest = next(line for line in r.text.splitlines() if line.startswith("Det närmaste"))
    assert "tkr" in closest and "Elevhälsopersonal" in closest, closest
    assert "budget" in r.text and "Folkhälsomyndighetens" not in r.text, r.text
