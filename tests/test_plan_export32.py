"""Trial 32's utvecklingsledare, the exported plan: a version of a draft written to send to people outside the
organisation ('skriv om för vårdnadshavare') is not the plan's own text, so the exported plan keeps the plan's drafts
and their register. Needs nothing."""

from __future__ import annotations

from assistant.generation.plan import plan_document, sent_version
from assistant.schema import ChatResponse, Draft, DraftItem, DraftSection


def _response(kind: str, text: str, **draft: object) -> ChatResponse:
    section = DraftSection(key="mal", heading="Mål", items=[DraftItem(text=text, provenance="user")])
    made = Draft(kind=kind, title=f"{kind} – Ekbackens skola", sections=[section], **draft)
    return ChatResponse(mode=kind, text=text, grounded=True, draft=made)


def test_a_version_for_parents_neither_replaces_the_plans_draft_nor_sets_its_register() -> None:
    problem = _response("problemformulering", "Pojkarna i åk 7–9 saknar oftare godkänt betyg i matematik.")
    follow = _response("uppfoljning", "Andelen pojkar med godkänt betyg mäts varje termin av rektor.")
    parents = _response("uppfoljning", "Vi tittar på betygen varje termin.", easy=True, audience="vårdnadshavarna")
    _, text, _ = plan_document([problem, follow, parents])
    assert "mäts varje termin av rektor" in text and "Vi tittar på betygen" not in text, text
    assert "saknar oftare godkänt betyg i matematik" in text  # the problem as written, not rewritten in lättläst


def test_a_plan_asked_in_lattlast_is_still_lattlast() -> None:
    problem = _response("problemformulering", "Pojkarna i åk 7–9 saknar oftare godkänt betyg i matematik.")
    easy = _response("uppfoljning", "Vi mäter betygen varje termin.", easy=True)
    _, text, _ = plan_document([problem, easy])
    assert "Vi mäter betygen varje termin" in text


def test_a_saved_version_for_parents_is_known_by_its_title() -> None:
    saved = Draft(kind="uppfoljning", title="Uppföljningsplan – Ekbackens skola (för vårdnadshavarna)")
    assert sent_version(saved)
    assert not sent_version(Draft(kind="uppfoljning", title="Uppföljningsplan (för rektorerna)"))
