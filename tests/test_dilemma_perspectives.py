"""Dilemma perspectives are on the participant's dilemma, on documents of the test's own: a method support's numbered
proposal is a view to discuss (said without its number, cited to its line), a sentence that leans on the one before
it ('Men eftersom …') is no perspective, a passage that only shares the dilemma's everyday words ('pojkar',
'flickor') is no counter-perspective, and no turn says again what an earlier turn said."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from evals.drafts import citations_valid
from tests.test_answer_engine import _ingest_folder

WORKSHOPS = """Rapport om samverkan kring elevernas lärande i Almby kommun

Workshop 1, Tema: Undervisning och grupper (genomfördes 4/3)

Dilemma 1: Att dela upp klassen i en pojkgrupp och en flickgrupp på lektionerna

Med utgångspunkt i dilemmat fick deltagarna diskutera följande frågor i smågrupper:

• Vilka elever gynnas av att undervisningen delas upp, och vilka förlorar på det?

• Hur kan ni följa upp om en uppdelning gör någon skillnad?
"""

METHOD = """Metodstöd för elevernas skolresultat i Almby

Förslag på insatser

  1. Koppla pojkar till mentorer från näringslivet som kan vara positiva förebilder i skolarbetet.
  2. Arbeta med normkritisk undervisning om hur könsnormer påverkar elevernas val av ämnen och yrken.
  3. Utbilda lärare om hur de kan stödja elever med traumarelaterade svårigheter efter en flykt.

Trygghet

Pojkar utsätts oftare för våld i skolmiljön än flickor, medan flickor oftare utsätts för sexuella trakasserier.

Orsaker

Orsakerna bakom skillnaderna mellan pojkar och flickor är många. Men eftersom orsakerna är komplexa finns det även andra aktörer som kan bidra i arbetet med pojkar och flickor.

Undervisning i matematik

Många skolor delar upp klassen i mindre grupper på mattelektionerna för att eleverna ska få mer stöd av läraren.

Lokaler

Flera skolor i kommunen har renoverat sina lokaler under året. Skolgårdarna har fått nya planteringar och sittplatser.
"""


@pytest.fixture(scope="module")
def almby(tmp_path_factory: pytest.TempPathFactory, corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path_factory.mktemp("almby"), corpus_components,
                            {"almby-workshoprapport.txt": WORKSHOPS, "almby-metodstod.txt": METHOD})
    return bot


def _converse(bot: Assistant, messages: list[str]) -> list:  # type: ignore[type-arg]
    history: list[dict[str, str]] = []
    out = []
    for message in messages:
        response = bot.respond({"message": message, "mode": "dilemma", "history": history})
        out.append(response)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    return out


def _views(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for s in response.draft.sections if s.key in ("perspektiv", "motperspektiv") for i in s.items
            if i.provenance == "source"]


pytestmark = pytest.mark.needs_corpus_index  # the session store lends its embedding cache

SPLIT = ("En lärare vill dela upp klassen i en pojkgrupp och en flickgrupp på mattelektionerna så att pojkarna får "
         "mer fokus. Andra lärare säger att det förstärker könsnormer.")


def test_a_numbered_proposal_is_a_perspective_said_without_its_number(almby: Assistant) -> None:
    first, trauma = _converse(almby, ["Vi vill ge pojkarna egna mentorer från näringslivet som förebilder. Är det "
                                      "rättvist mot flickorna?",
                                      "Hur gör vi med elever som har flytt från krig och bär på trauman?"])
    assert any(v.startswith("Koppla pojkar till mentorer från näringslivet") for v in _views(first)), first.text
    assert any("traumarelaterade" in v for v in _views(trauma)), trauma.text  # the turn's own point, answered
    for response in (first, trauma):
        valid, total = citations_valid(response, [almby.settings.corpus_dir])
        assert total and valid == total, response.citations


def test_perspectives_stay_on_the_dilemma_whole_and_new_in_every_turn(almby: Assistant) -> None:
    turns = _converse(almby, [SPLIT, "Jag tycker ändå att det är bättre att dela upp, pojkarna stör flickorna annars.",
                              "Så vad är det rätta svaret, ska vi dela upp eller inte?"])
    assert all(r.draft is not None for r in turns), [r.text for r in turns]
    views = [v for r in turns for v in _views(r)]
    assert any("könsnormer" in v for v in _views(turns[0])), turns[0].text
    assert not any(v.startswith("Men ") for v in views), views  # half an argument is no perspective
    assert not any("våld" in v for v in views), views  # shares only 'pojkar'/'flickor' with the dilemma
    assert len(views) == len(set(views)), views  # no turn brings a perspective again
