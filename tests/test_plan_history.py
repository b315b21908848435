"""A drafting turn's history carries the plan built before the window: the user's facts and the latest drafts."""

from __future__ import annotations

from pathlib import Path

from api import workspace
from api.persistence import Database
from assistant.config import Settings
from assistant.generation.plan import plan_context
from assistant.schema import ChatOptions, ChatRequest, ChatResponse

SITUATION = "Vi är Björkskolan, åk 7–9, 38 % av pojkarna och 22 % av flickorna saknar godkänt i matematik 2024."


def _stored_conversation(db: Database) -> str:
    """A problem formulation, a goal, then six edit requests: the first exchanges fall out of a 10-message window."""
    exchanges = [
        (SITUATION, "problemformulering", "## Problemformulering – Björkskolan\n\n**Problem**\n- ”38 %” (ni angav)"),
        ("Gör ett lokalt mål för det", "lokalt_mal", "## Lokalt mål – Björkskolan\n\n**Förslag på lokalt mål**\n- A"),
    ] + [(edit, "lokalt_mal", f"## Lokalt mål – Björkskolan\n\n**Förslag på lokalt mål**\n- {i}")
         for i, edit in enumerate(["gör målet mätbart", "kortare", "lägg till aktörer", "skriv om för rektorer",
                                   "byt målgrupp till åk 4–6", "kortare"])]
    cid: str | None = None
    for message, mode, answer in exchanges:
        response = ChatResponse(mode=mode, text=answer, grounded=True)  # type: ignore[arg-type]
        cid, _ = workspace.record(db, "anna", cid, message, response, ChatOptions())
    assert cid is not None
    return cid


def test_a_drafting_turn_keeps_the_users_first_facts_after_many_edits(tmp_path: Path) -> None:
    db = Database.from_settings(Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path}/h.db"))
    cid = _stored_conversation(db)

    window, _ = workspace.history(db, "anna", cid, 10)
    assert SITUATION not in [t.content for t in window]  # the plain window has lost the situation

    history, _ = workspace.history(db, "anna", cid, 10, plan=True)
    contents = [t.content for t in history]
    assert contents[0] == SITUATION and contents[-10:] == [t.content for t in window]
    assert sum(c.startswith("## Problemformulering") for c in contents) == 1  # the earlier draft of its kind
    assert not any(c in ("gör målet mätbart",) for c in contents[:-10])  # edit requests are not facts

    plan = plan_context(ChatRequest(message="lägg till aktörer", mode="lokalt_mal", history=history))
    assert plan.facts.school == "Björkskolan" and {"38 %", "22 %"} <= {f.text for f in plan.facts.figures}
    assert "problemformulering" in plan.drafts
