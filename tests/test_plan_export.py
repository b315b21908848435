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
