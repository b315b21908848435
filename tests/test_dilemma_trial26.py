"""Trial 26's dilemma talk over the real API and the bundled corpus (a förstelärare asked to show each teacher's
classes' grades split by gender, two colleagues feeling exposed): the method support takes it up (results differences
between classes), so the first turn brings cited perspectives instead of 'not covered'; a direct question about what
the material says is answered from the sources; the restatement is in the facilitator's voice; no generic
perspective comes twice; the summary says each position back whole and lists no answered question as open."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from assistant.config import PROJECT_ROOT
from tests.test_api import Api, api, chat  # noqa: F401  (the module-scoped API server over the bundled corpus)

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

OPENING = ("Jag är förstelärare på en högstadieskola. Rektorn vill att vi på nästa arbetsplatsträff visar betygen för "
           "varje lärares klasser, uppdelat på pojkar och flickor. Två kollegor vars pojkar har låga resultat känner "
           "sig uthängda och vill inte att siffrorna visas. Ska vi ändå visa dem?")
ASKS = ("Fast säger inte metodstödet något om att jämföra resultat mellan klasser? Jag tycker ändå att det räcker att "
        "visa siffrorna för hela skolan, inte klass för klass – annars blir det bara att peka ut lärare.")
CHANGE = ("Jag skulle nog ändra mig om rektorn lovar att klassiffrorna bara används för att planera stöd till eleverna "
          "och inte för att bedöma lärarna. Innan vi bestämmer oss behöver vi höra de två kollegorna och elevrådet.")
SUMMARY = "Kan du sammanfatta vad vi har kommit fram till?"


def _talk(api: Api, messages: list[str], easy: bool = False) -> list[dict[str, Any]]:  # noqa: F811
    """The messages in one conversation over HTTP (the server keeps the history by conversation id)."""
    out: list[dict[str, Any]] = []
    # (a dilemma turn searches several times: on 2 shared cores the API client's minute is too short)
    with httpx.Client(base_url=api.url, headers={"Authorization": f"Bearer {api.keys['anna']}"},
                      timeout=600) as client:
        conversation = None
        for message in messages:
            body: dict[str, Any] = {"message": message, "mode": "dilemma", "options": {"easy_swedish": easy}}
            if conversation:
                body["conversation_id"] = conversation
            reply = chat(client, **body)
            conversation = reply["conversation_id"]
            out.append(reply)
    return out


def _section(reply: dict[str, Any], key: str) -> list[dict[str, Any]]:
    sections = (reply.get("draft") or {}).get("sections") or []
    return next((s["items"] for s in sections if s["key"] == key), [])


def _quotes_stand_at_their_lines(reply: dict[str, Any]) -> None:
    """Every citation's quote stands in the cited lines of the corpus file (spacing aside, '…' and '; ' split)."""
    assert reply["citations"], reply["text"]
    for c in reply["citations"]:
        lines = (PROJECT_ROOT / "corpus" / c["source"]).read_text("utf-8").splitlines()
        held = " ".join(" ".join(lines[c["start_line"] - 1: c["end_line"]]).split())
        for part in re.split(r"…|; ", c["quote"]):
            assert " ".join(part.split()).strip(" .") in held, (c["source"], c["start_line"], part)


@pytest.fixture(scope="module")
def talk(api: Api) -> list[dict[str, Any]]:  # noqa: F811
    return _talk(api, [OPENING, ASKS, CHANGE, SUMMARY])


def test_the_opening_is_covered_by_the_method_supports_results_between_classes(talk: list[dict[str, Any]]) -> None:
    first = talk[0]
    assert "tar inte upp" not in first["text"], first["text"]
    views = [i for i in _section(first, "perspektiv") if i["provenance"] == "source"]
    assert views and all(i["citations"] for i in views), first["text"]
    # the material's words for the participant's subject: results (differences) between classes
    assert any(re.search(r"mellan klasser", i["text"]) for i in views), [i["text"] for i in views]
    _quotes_stand_at_their_lines(first)


def test_the_restatement_is_in_the_facilitators_voice(talk: list[dict[str, Any]]) -> None:
    for reply in (talk[0], talk[-1]):
        restated = _section(reply, "dilemmat")[0]["text"]
        assert not re.search(r"\b(?:jag|mig|vi|oss)\b", restated, re.I), restated
        assert "förstelärare" not in restated  # who asks is no side of the choice
        assert "uthängda" in restated and "betygen för varje lärares klasser" in restated, restated


def test_a_direct_question_about_the_material_is_answered_from_the_sources(talk: list[dict[str, Any]]) -> None:
    second = talk[1]
    assert second["grounded"], second["text"]
    views = [i for i in _section(second, "perspektiv") if i["provenance"] == "source" and i["citations"]]
    assert any("mellan klasser" in i["text"] for i in views), second["text"]
    said = [i["text"] for i in _section(second, "svar")]
    assert any("hela skolan" in t and "peka ut lärare" in t for t in said), said  # their position, said back
    _quotes_stand_at_their_lines(second)


def test_no_generic_perspective_comes_twice(talk: list[dict[str, Any]]) -> None:
    given = [i["text"] for reply in talk[:-1] for key in ("perspektiv", "motperspektiv")
             for i in _section(reply, key)]
    assert len(given) == len(set(given)), given


def test_the_summary_names_each_position_and_no_answered_question_as_open(talk: list[dict[str, Any]]) -> None:
    summary = talk[-1]
    positions = " ".join(i["text"] for i in _section(summary, "svar"))
    assert "hela skolan" in positions, positions  # turn 2's position
    assert "ändra dig" in positions and "elevrådet" in positions, positions  # turn 3's, whole
    still_open = [i["text"] for i in _section(summary, "fragor")]
    assert not any("metodstödet" in q for q in still_open), still_open
    assert "inget givet svar" in summary["text"] and "valet är ert" in summary["text"]


def test_an_only_question_to_the_material_is_answered_and_not_left_open(api: Api) -> None:  # noqa: F811
    replies = _talk(api, [OPENING, "Vad säger metodstödet om att jämföra resultat mellan klasser?", SUMMARY])
    asked = replies[1]
    assert any(i["citations"] for i in _section(asked, "perspektiv")), asked["text"]
    still_open = [i["text"] for i in _section(replies[-1], "fragor")]
    assert not any(q.startswith("Öppen fråga från er") for q in still_open), still_open


def test_the_easy_swedish_talk_is_covered_too(api: Api) -> None:  # noqa: F811
    first, second = _talk(api, [OPENING, ASKS], easy=True)
    assert "tar inte upp just det här dilemmat" not in first["text"], first["text"]
    assert second["grounded"] and second["citations"], second["text"]

