"""A follow-up that picks among the items the previous answer listed is answered from those items
(grounding/picks.py), not by searching the topic again."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.grounding.picks import pick_of
from assistant.schema import Turn
from assistant.service import Assistant
from tests.fakes import FakeBackend
from tests.test_answer_engine import _ingest_folder

_DOCS = {
    "nyanlanda-plan.md": (
        "# Plan för nyanlända elever i Västby kommun\n\n## Insatser för nyanlända elever\n\n"
        "Kommunen genomför följande insatser:\n\n"
        "- Studiehandledning på modersmålet i alla teoretiska ämnen.\n"
        "- Mentorer från föreningslivet för elever i årskurs 7–9.\n"
        "- Språkutvecklande arbetssätt i all undervisning.\n"
        "- Föräldramöten med tolk varje termin.\n"
        "- Sommarskola i svenska som andraspråk.\n"
    ),
    "intervjuer.md": (
        "# Intervjuer med lärare\n\n## Språket i klassrummet\n\n"
        "En lärare berättar att språket i klassrummet ofta blir ett hinder när eleverna placeras i fel klass. "
        "Flera lärare säger att språket är den största utmaningen för nyanlända elever.\n"
    ),
}


def _answer_list(bot) -> tuple[list[dict], str]:
    first = "Vilka insatser genomför Västby kommun för nyanlända elever?"
    earlier = bot.respond({"message": first})
    assert earlier.grounded and "Studiehandledning" in earlier.text, earlier.text
    return [{"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}], earlier.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_which_of_them_takes_the_listed_items_that_speak_of_it(tmp_path: Path, corpus_components: tuple) -> None:
    """'vilka av dem handlar om språket?' (typed without å too) gives the items of the list just given that speak of
    språk, each cited to its own line of the plan; not the interview passage that shares the word."""
    bot, _ = _ingest_folder(tmp_path, corpus_components, _DOCS)
    history, _ = _answer_list(bot)
    for message in ("vilka av dem handlar om språket?", "vilka av dem handlar om spraket?"):
        response = bot.respond({"message": message, "history": history})
        assert response.grounded, response.text
        assert "Språkutvecklande arbetssätt" in response.text and "andraspråk" in response.text, response.text
        assert "Mentorer" not in response.text and "Föräldramöten" not in response.text, response.text
        assert {c.source for c in response.citations} == {"nyanlanda-plan.md"}, response.text
        assert all(c.start_line == c.end_line for c in response.citations), response.citations
        assert "Tolkad som: punkterna i förra svaret som handlar om" in " ".join(response.notes), response.notes


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_picking_says_so_when_no_item_speaks_of_it_and_takes_the_first_ones(
        tmp_path: Path, corpus_components: tuple) -> None:
    bot, _ = _ingest_folder(tmp_path, corpus_components, _DOCS)
    history, _ = _answer_list(bot)
    none = bot.respond({"message": "Vilken av dessa gäller idrott?", "history": history})
    assert not none.grounded and "idrott" in none.text and not none.citations, none.text
    first_two = bot.respond({"message": "Och de två första?", "history": history})
    assert first_two.grounded, first_two.text
    assert "Studiehandledning" in first_two.text and "Mentorer" in first_two.text, first_two.text
    assert "Föräldramöten" not in first_two.text, first_two.text
    # A configured language model is not asked: the items are the previous answer's own, cited as they stand.
    fake = FakeBackend()
    with_model = Assistant(bot.components, backend=fake).respond({"message": "Och de två första?", "history": history})
    assert fake.history == [] and with_model.text == first_two.text, with_model.text
    assert not any("Språkmodellen svarade inte" in n for n in with_model.notes), with_model.notes


def test_a_pick_needs_a_listed_answer_and_words_that_name_a_topic() -> None:
    """A superlative ranks instead of naming a topic, and a refusal or a prose answer lists nothing to pick from:
    those follow-ups are answered as any other."""
    listed = [Turn(role="user", content="Vilka insatser finns?"),
              Turn(role="assistant",
                   content="Insatser:\n- Läxhjälp på biblioteket [1]\n- Språkombud och fler insatser [1]")]
    assert pick_of("Vilken av dem är viktigast?", listed) is None
    assert pick_of("Vilka av dem handlar om språket?", listed).items == ["Språkombud och fler insatser"]
    assert pick_of("Vilka av dessa insatser gäller biblioteket?", listed).items == ["Läxhjälp på biblioteket"]
    prose = [listed[0], Turn(role="assistant", content="Kommunen erbjuder läxhjälp och språkombud. [1]")]
    assert pick_of("Vilka av dem handlar om språket?", prose) is None
    refused = [listed[0], Turn(role="assistant", content="Underlaget har inga uppgifter om det.\n- a [1]\n- b [2]")]
    assert pick_of("Vilka av dem handlar om språket?", refused) is None


_FAMILY_PLAN = {
    "trygghetsplan.md": (
        "# Trygghetsplan för Norrviks skola\n\n## Åtgärder för ökad trygghet\n\n"
        "Skolan genomför följande åtgärder:\n\n"
        "- Rastvärdar på skolgården varje dag.\n"
        "- Samtalsgrupper för föräldrar en gång per termin.\n"
        "- Elevskyddsombud i varje klass.\n"
        "- Kartläggning av otrygga platser varje höst.\n"
    ),
}


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_an_item_is_picked_by_a_word_spelled_otherwise_that_means_the_same(
        tmp_path: Path, corpus_components: tuple) -> None:
    """'Vilka av dem handlar om familjen?' picks the item about 'föräldrar' (no shared stem; the embedding model
    reads both words as close, follow23), and only that one; a word close to no item's word still picks none."""
    bot, _ = _ingest_folder(tmp_path, corpus_components, _FAMILY_PLAN)
    first = "Vilka åtgärder genomför Norrviks skola för ökad trygghet?"
    earlier = bot.respond({"message": first})
    assert earlier.grounded and "Rastvärdar" in earlier.text, earlier.text
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}]
    response = bot.respond({"message": "Vilka av dem handlar om familjen?", "history": history})
    assert response.grounded and "Samtalsgrupper för föräldrar" in response.text, response.text
    assert not any(w in response.text for w in ("Rastvärdar", "Elevskyddsombud", "Kartläggning")), response.text
    assert {c.source for c in response.citations} == {"trygghetsplan.md"}, response.citations
    none = bot.respond({"message": "Vilka av dem gäller idrott?", "history": history})
    assert not none.grounded and not none.citations, none.text
