"""The conversation's whole plan (problem -> goal -> follow-up) exported through the API as one document."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from api.workspace import NO_PLAN
from tests.test_api import Api, api, chat  # noqa: F401  (the live-server fixture and its helper)
from tests.test_drafting import BJORK

pytestmark = [pytest.mark.needs_corpus_index, pytest.mark.integration]


def test_whole_plan_exports_through_the_api(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        first = chat(c, message=BJORK, mode="problemformulering")
        cid = first["conversation_id"]
        goal = chat(c, message="Gör ett lokalt mål för det", mode="lokalt_mal", conversation_id=cid)
        chat(c, message="Och en uppföljningsplan för målet", mode="uppfoljning", conversation_id=cid)

        r = c.get(f"/v1/conversations/{cid}/plan/export", params={"format": "md"})
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/markdown")
        assert re.search(r'filename="?[^"]*\.md', r.headers["content-disposition"])
        md = r.text
        assert md.startswith("# Plan för jämställdhetsarbetet – Björkskolan")
        headings = [line.split(" – ")[0] for line in md.splitlines() if line.startswith("## ")]
        assert headings == ["## Problemformulering", "## Lokalt mål", "## Uppföljningsplan"]
        notes = [int(n) for n in re.findall(r"^\[\^(\d+)\]:", md, re.M)]
        assert notes == list(range(1, len(notes) + 1)) and len(notes) >= 4  # one numbering for the whole plan
        assert set(re.findall(r"\[\^(\d+)\](?!:)", md)) == {str(n) for n in notes}  # every note referenced
        assert "38 %" in md and "(ni angav)" in md and "(förslag)" in md and "Fyll i:" in md

        # The user saves the goal from the chat and edits it: the plan carries the edit, marked as theirs.
        saved = c.post("/v1/drafts", json={"message_id": goal["message_id"]}).json()
        edited = c.put(f"/v1/drafts/{saved['id']}", json={"text": saved["text"] + "\n- Vi börjar hösten 2025."})
        assert edited.status_code == 200, edited.text
        md = c.get(f"/v1/conversations/{cid}/plan/export").text
        assert "- Vi börjar hösten 2025. (ni angav)" in md
        assert [line.split(" – ")[0] for line in md.splitlines() if line.startswith("## ")] == headings

        r = c.get(f"/v1/conversations/{cid}/plan/export", params={"format": "docx"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
        with zipfile.ZipFile(io.BytesIO(r.content)) as z:
            body = z.read("word/document.xml").decode()
            footnotes = z.read("word/footnotes.xml").decode()
        assert "Lokalt mål" in body and "Uppföljningsplan" in body and "Vi börjar hösten 2025." in body
        assert footnotes.count("<w:footnote ") >= len(notes)

        assert c.get(f"/v1/conversations/{cid}/plan/export", params={"format": "pdf"}).status_code == 422
        plain = chat(c, message="Vad är jämställdhetsintegrering?", mode="fraga")
        none = c.get(f"/v1/conversations/{plain['conversation_id']}/plan/export")
        assert none.status_code == 422 and none.json()["detail"] == NO_PLAN
    with api.client("bertil") as other:  # another user's conversation does not exist for them
        assert other.get(f"/v1/conversations/{cid}/plan/export").status_code == 404


def test_a_saved_goal_edit_carries_through_the_exported_plan(api: Api) -> None:  # noqa: F811
    """Trial 28: after the user saved an edited goal (their target group, target, date and baseline in one sentence),
    the exported plan held the goal beside '[utgångsvärde] till [målvärde] senast [datum]' in the rektor box,
    'Utgångsvärde/Målvärde/Tid: nej', titles of the group before and a follow-up plan asking for that group's
    baseline."""
    from tests.test_drafting_goal import EVERY_GROUP, FORSKOLA
    options = {"org": "Lönnhagens förskoleområde, Granviks kommun", "target_group": "barn 3–5 år"}
    with api.client() as c:
        cid = chat(c, message=FORSKOLA, mode="problemformulering", options=options)["conversation_id"]
        for message in (EVERY_GROUP, "byt målgrupp till barn 1–3 år"):
            chat(c, message=message, mode="lokalt_mal", options=options, conversation_id=cid)
        goal = chat(c, message="skriv om för rektorer", mode="lokalt_mal", options=options, conversation_id=cid)
        saved = c.post("/v1/drafts", json={"message_id": goal["message_id"]}).json()
        edited_goal = ("I Lönnhagens förskoleområde ska varken pojkar eller flickor 3–5 år ha mer än 55 % av "
                       "talutrymmet i samlingarna våren 2027 (utgångsläge hösten 2025: pojkar 64 %, flickor 36 %).")
        text = re.sub(r"(\*\*Förslag på lokalt mål\*\*\n)- [^\n]*\n", lambda m: f"{m.group(1)}- {edited_goal}\n",
                      saved["text"], count=1)
        assert text != saved["text"]
        assert c.put(f"/v1/drafts/{saved['id']}", json={"text": text}).status_code == 200
        plan = chat(c, message="Gör om uppföljningsplanen så att den följer det ändrade målet. Filmningen görs varje "
                               "höst, och ateljeristan ansvarar för att sammanställa loggböckerna.",
                    mode="uppfoljning", options=options, conversation_id=cid)
        assert "utgångsvärde för barn 1–3 år" not in plan["text"] and "Utgångsvärde: pojkar 64 %" in plan["text"]
        assert "Ansvarig: ateljeristan (ni angav)" in plan["text"]
        md = c.get(f"/v1/conversations/{cid}/plan/export", params={"format": "md"}).text
    assert edited_goal in md
    assert "[utgångsvärde]" not in md and "[målvärde]" not in md
    assert not re.search(r"^- (?:Utgångsvärde|Målvärde|Tid): nej", md, re.M), md
    assert f"Första steg att besluta om: {edited_goal}" in md
    assert not any("1–3 år" in line for line in md.splitlines() if line.startswith("## ")), md
