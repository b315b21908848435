"""The line-details refusal (scope.line_details) narrowed (refusal37a): a place or person the document's frame names
(its title, byline, a mail's From:/To: lines, a letter's opening, the heading over a quoted message) is named for every
line of that document, and a share asked is not refused where a figure line before the counted-noun narrowing states
every detail (the share stands beside, or is worked out from, its counts)."""

from __future__ import annotations

import time

from assistant.grounding.scope.line_details import FRONT_CHARS, document_front


def test_a_documents_front_is_its_opening_lines_without_enumerations() -> None:
    """A letter's opening names its place; a sentence listing three gårdar names none of them; a long report body
    past the opening is not read."""
    letter = "Hej\nHej! Tack för att ni ville delta i läxhjälpen i Ekby.\nTack\nI läxhjälpen deltog 14 pojkar."
    assert "Ekby" in document_front(None, lambda c: letter)
    listed = "Besöken räknas vid entrén på kommunens tre fritidsgårdar: Kupolen, Ängen och Hamnen."
    assert "Ängen" not in document_front(None, lambda c: listed)
    body = "Rapport om fritid\n" + "Ett stycke text om verksamheten. " * 20 + "\nTallmoskolan hade 14 sökande."
    assert "Tallmoskolan" not in document_front(None, lambda c: body)
    assert len(document_front(None, lambda c: "x" * 5 * FRONT_CHARS)) <= FRONT_CHARS
    assert document_front(None, None) == ""


def test_a_mails_headers_are_its_front() -> None:
    mail = "\nFrån: Nils Ek <nils.ek@sjovik.se> Skickat: den 3 mars 2025 Till: Amra Hodzic <amra.hodzic@sjovik.se>\nHej"
    assert "Amra Hodzic" in document_front(None, lambda c: mail)


def test_the_front_is_read_quickly_on_a_long_document() -> None:
    start = time.perf_counter()
    document_front(None, lambda c: ("Kupolen, Ängen och Hamnen " * 1200)[:30000])
    assert time.perf_counter() - start < 0.5
