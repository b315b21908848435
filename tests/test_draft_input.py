"""Drafting requests with awkward input, through the API: a 20 000-word pasted document, contradictory or
incomplete figures, a name with markup, an edit with no draft, a text over the hard limit. Each gets a clear
reply, and nothing already saved (the conversation, a saved draft) is lost."""

from __future__ import annotations

import pytest

from assistant.config import PROJECT_ROOT
from assistant.generation.condense import condense
from assistant.generation.facts import extract_facts
from assistant.generation.plan import NO_DRAFT_REPLY
from tests.test_api import Api, api, chat  # noqa: F401  (the live-server fixture and its helper)
from tests.test_drafting import BJORK

REPORT = PROJECT_ROOT / "corpus" / "oru-samverkan-skolnarvaro-rapport.txt"


def pasted_document(words: int = 20_000) -> str:
    """A real report of `words` words with the user's own situation in the middle, as a planner pastes it."""
    text = REPORT.read_text("utf-8").split()
    assert len(text) >= words
    half = " ".join(text[: words // 2])
    return f"{half}\n\n{BJORK}\n\n{' '.join(text[words // 2: words])}"


def test_a_long_paste_keeps_the_users_facts() -> None:
    document = pasted_document()
    short = condense(document, 8000)
    assert len(short.text) <= 8000 and short.words >= 20_000 and short.kept < short.total
    facts = extract_facts([short.text])
    assert facts.school == "Björkskolan" and facts.grades == "åk 7–9"
    assert {"38 %", "22 %"} <= {f.text for f in facts.figures}
    assert "20\u00a0" in short.notice() and "kortats" in short.notice()


def _items(answer: dict) -> list[dict]:  # type: ignore[type-arg]
    return [i for s in (answer["draft"] or {}).get("sections", []) for i in s["items"]]


def _check(answer: dict) -> str:  # type: ignore[type-arg]
    section = next((s for s in answer["draft"]["sections"] if s["key"] == "kontrollera"), None)
    assert section is not None, answer["text"][:300]
    return " ".join(i["text"] for i in section["items"])


@pytest.mark.needs_corpus_index
@pytest.mark.integration
def test_bad_drafting_input_gets_clear_replies_and_nothing_saved_is_lost(api: Api) -> None:  # noqa: F811
    document = pasted_document()
    with api.client() as c:
        # Someone pastes a whole report with their situation in it and asks for a problem formulation.
        first = chat(c, message=document, mode="problemformulering")
        cid = first["conversation_id"]
        assert "Björkskolan" in first["draft"]["title"] and "38 %" in first["text"]
        assert "kortats" in _check(first) and any("kortats" in n for n in first["notes"])
        saved = c.post("/v1/drafts", json={"message_id": first["message_id"]})
        assert saved.status_code == 201
        draft_id, draft_text = saved.json()["id"], saved.json()["text"]
        stored = c.get(f"/v1/conversations/{cid}").json()
        assert stored["messages"][0]["content"] == document  # the whole paste is kept in the conversation

        # The next step of the plan reads the long paste from the history, shortened the same way.
        goal = chat(c, message="Gör ett lokalt mål för det", mode="lokalt_mal", conversation_id=cid)
        assert "Björkskolan" in goal["draft"]["title"] and "38 %" in goal["text"]

        replies = {
            "contradictory": chat(c, message="40 % av pojkarna har hög frånvaro 2024, och 140 % av pojkarna har "
                                  "hög frånvaro 2024. 45 % av flickorna har hög frånvaro 2024 men 30 % av "
                                  "flickorna har hög frånvaro 2024.", mode="problemformulering",
                                  conversation_id=cid),
            "no year": chat(c, message="Vi är Ekskolan. 12 % av flickorna i åk 8 känner sig otrygga.",
                            mode="lokalt_mal", conversation_id=cid),
            "markup": chat(c, message="Vi vill minska frånvaron bland pojkarna i åk 7.", mode="uppfoljning",
                           conversation_id=cid, options={"org": "<b>Björk</b><script>x()</script>skolan"}),
        }
        said = _check(replies["contradictory"])
        assert "högst 100 %" in said and "Motstridiga" in said
        assert "saknar år" in _check(replies["no year"])
        assert "formatering" in _check(replies["markup"])
        assert "<script" not in replies["markup"]["text"] and "<b>" not in replies["markup"]["text"]
        for answer in replies.values():  # a clear reply is still a draft, with every item's provenance
            assert all(i["provenance"] in ("user", "source", "suggestion") for i in _items(answer))

        # An edit request in a conversation without a draft: said plainly, nothing drafted.
        alone = chat(c, message="gör målet mätbart", mode="lokalt_mal")
        assert alone["text"] == NO_DRAFT_REPLY and alone["draft"] is None

        # Above the hard limit: a Swedish 422, and nothing is stored.
        before = c.get(f"/v1/conversations/{cid}").json()["total_messages"]
        huge = c.post("/v1/chat", json={"message": "ord " * 80_000, "mode": "problemformulering",
                                        "conversation_id": cid})
        assert huge.status_code == 422 and "för lång" in huge.json()["detail"]
        chatty = c.post("/v1/chat", json={"message": "x" * 9000, "mode": "fraga", "conversation_id": cid})
        assert chatty.status_code == 422 and "utkastläge" in chatty.json()["detail"]

        # Nothing already saved was lost: every exchange is there, the saved draft is as it was.
        after = c.get(f"/v1/conversations/{cid}").json()
        assert after["total_messages"] == before == 2 * 5
        assert after["messages"][0]["content"] == document
        assert c.get(f"/v1/drafts/{draft_id}").json()["text"] == draft_text
