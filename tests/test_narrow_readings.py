"""Readings kept to what the words say (review22 of int22): a compound is met only by its parts written apart as
Swedish writes them ('Stöd till lärare'); 'hur länge har …' asks since when only as a perfect ('har … haft'); a
colloquial 'hur ofta' of no recurring activity asks a rate a share answers; 'VG' is read by its neighbour; a yearless
list is dated only by its document's period statement or title; an item beyond a run is refused without pointing to
national agencies."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.answer import _dated_by_its_document
from assistant.grounding.question import analyse, expansions
from assistant.grounding.scope import has_figure, names_parts
from assistant.grounding.selection.scored import ListCandidate, Scored
from assistant.index.lexical import fold
from assistant.index.units import units_of
from assistant.schema import Chunk
from assistant.service import Assistant
from tests.test_refusing_beyond_the_run import ekvik  # noqa: F401 (a fixture)


def test_a_compound_is_met_only_by_its_parts_written_apart() -> None:
    """Two word-starts anywhere in a sentence are no compound written apart; the last part, a preposition (and a
    determiner) and the first part as a word are."""
    assert names_parts(fold("Stöd till lärare: 800 tkr"), "lärarstödet")
    assert names_parts(fold("Många elever har problem med datorerna hemma."), "datorproblem")
    for text, term in (("Under sommaren hade skolan 45 elever.", "sommarskolan"),
                       ("Fördelningen av medel fick konsekvenser.", "könsfördelningen"),
                       ("Skolan träffas två gånger per termin.", "skolgången"),
                       ("Samarbetet mellan lärarna på stadiet fungerar.", "mellanstadiet"),
                       ("Lärarna stod för 20 procent av kostnaden.", "lärarstödet")):
        assert not names_parts(fold(text), term), (text, term)


def test_how_long_asks_since_when_only_as_a_perfect() -> None:
    """'Hur länge har eleverna lunch?' uses 'ha' as a main verb: a start year is no length. 'Hur länge har skolan
    haft läxhjälp?' is a perfect that a start answers."""
    started = "Läxhjälpen och skollunchen infördes 2015 på skolan."
    assert not has_figure(started, analyse("Hur länge har eleverna lunch?"))
    assert not has_figure(started, analyse("Hur länge har klassen rast på förmiddagen?"))
    assert has_figure(started, analyse("Hur länge har skolan haft läxhjälp?"))
    assert has_figure(started, analyse("Hur länge har läxhjälpen funnits?"))


def test_how_often_asked_as_a_rate_is_answered_by_a_share() -> None:
    """'Hur ofta klarar flickorna …?' asks a rate; 'Hur ofta träffas …?' asks a frequency, which a share is not."""
    share = "Av flickorna i årskurs 9 var 91 procent behöriga till ett yrkesprogram."
    assert has_figure(share, analyse("Hur ofta blir flickorna behöriga till ett yrkesprogram?"))
    assert not has_figure(share, analyse("Hur ofta träffas flickornas samtalsgrupp?"))
    assert has_figure("Samtalsgruppen träffas två gånger i månaden.", analyse("Hur ofta träffas samtalsgruppen?"))


def test_an_acronym_of_two_meanings_is_searched_in_the_meaning_its_neighbour_gives() -> None:
    vocabulary = frozenset({"hur", "många", "elever", "i", "kemi", "vilka", "kommuner", "deltog"})
    grade = {w: added for w, added, _ in expansions("Hur många elever fick VG i kemi?", "sv", vocabulary)}
    assert grade["vg"] == "väl godkänt"
    region = {w: added for w, added, _ in expansions("Vilka kommuner i VG deltog?", "sv", vocabulary)}
    assert region["vg"] == "Västra Götaland"


def _chunk(chunk_id: str, lines: list[str], roles: list[str], heading: list[str], start: int,
           title: str = "Uppföljning av Läslyftet") -> Chunk:
    return Chunk(chunk_id=chunk_id, source="rapport.txt", title=title, doc_type="rapport", heading_path=heading,
                 start_line=start, end_line=start + len(lines) - 1, text="\n".join(lines),
                 line_spans=[(start + i, start + i) for i in range(len(lines))], line_roles=roles, path="rapport.txt")


def test_a_yearless_list_is_dated_by_a_period_statement_or_the_title_only() -> None:
    """A follow-up report of 2021-2023: a passage that merely names 2022 does not date a yearless list; the
    sentence telling when the project ran does, and so does a title with the year."""
    listed = units_of(_chunk("list", ["Följande aktörer deltog:", "Folkbiblioteket", "Fritidsgården"],
                             ["p", "i1", "i1"], ["Deltagare"], 20))
    candidate = ListCandidate([u for u in listed if u.is_item], listed[0], 1.0)
    named = units_of(_chunk("named", ["Under 2022 fick två skolor nya bibliotekarier."], ["p"], ["Resultat"], 40))[0]
    period = units_of(_chunk("period", ["Projektet pågick från 2021-08-01 till och med 2023-06-30."], ["p"],
                             ["Bakgrund"], 5))[0]
    year = next(s for s in analyse("Vilka aktörer deltog 2022?").subjects if s.kind == "year")
    assert not _dated_by_its_document(year, candidate, [Scored(named, 1.0, 0.5, 0.3)])
    assert _dated_by_its_document(year, candidate, [Scored(named, 1.0, 0.5, 0.3), Scored(period, 0.8, 0.4, 0.2)])
    titled = units_of(_chunk("titled", ["Följande aktörer deltog:", "Folkbiblioteket", "Fritidsgården"],
                             ["p", "i1", "i1"], ["Deltagare"], 20, title="Läslyftet 2022"))
    assert _dated_by_its_document(year, ListCandidate([u for u in titled if u.is_item], titled[0], 1.0), [])


@pytest.mark.slow
def test_an_item_beyond_the_run_is_refused_without_pointing_to_national_agencies(
        ekvik: Assistant) -> None:  # noqa: F811 (the imported fixture)
    """A project's own run is told in its own documentation: the refusal names where the count stands, not
    'kunskapsstöd från ansvariga myndigheter'."""
    refused = ekvik.respond({"message": "Vilka lärare deltog i den sjätte träffen?"})
    assert not refused.grounded, refused.text
    assert "räknar bara till 4" in refused.text, refused.text
    assert "myndighet" not in refused.text and "Sådana uppgifter finns oftast" not in refused.text, refused.text
