"""A follow-up that asks a new detail of the previous turn's topic (refusalA34, issue 12): a count after an amount, how
a sum is split, the names of those an answer gave by role, a count of another of the listed things — refused where
the material does not state it (main answered each with the lines that answered the turn before), while follow-ups
asking a detail the report does give are answered. A fictional reading project's report is uploaded beside the
corpus; each conversation asks its first question, then the follow-up with the real answer as history."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

REPORT = """Läsprojektet Bokbron i Ekdala kommun 2025
Barn- och utbildningsförvaltningen, Ekdala kommun, januari 2026

Bakgrund
Bara 38 procent av pojkarna i årskurs 4–6 i Ekdala sa i elevenkäten 2024 att de läser böcker på fritiden.

Insatser
Bokbron prövade fyra insatser för att fler pojkar i årskurs 4–6 skulle läsa på fritiden:
1. Bokcirklar på skolbiblioteken en gång i veckan.
2. Författarbesök på alla skolor under hösten.
3. Högläsning i fritidshemmen varje eftermiddag.
4. Lästävling mellan klasserna under vårterminen.

Organisation
Bokbron leds av en styrgrupp med rektorerna för de deltagande skolorna. Bibliotekarierna håller i bokcirklarna.

Kostnadsberäkning

| Post | Kostnad |
|---|---|
| Författarbesök | 120 tkr |
| Stöd till lärare, fortbildning i läsundervisning | 340 tkr |
| Böcker till skolbiblioteken | 210 tkr |
| Totalt | 670 tkr |

Resultat
Andelen pojkar som läser på fritiden ökade från 38 procent till 52 procent. Totalt deltog 46 elever i bokcirklarna.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("follow-up-details34"), {"ekdala-bokbron-2025.txt": REPORT})


def _follow_up(bot: Assistant, first: str, question: str):  # type: ignore[no-untyped-def]
    earlier = bot.respond({"message": first, "mode": "fraga", "history": []})
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}]
    return bot.respond({"message": question, "mode": "fraga", "history": history})


@pytest.mark.parametrize(("first", "question"), [
    # a count of teachers after an amount: 'Stöd till lärare … 340 tkr' counts no one (the earlier 'kostar' is no
    # part of what the follow-up asks)
    ("Hur mycket kostar stödet till lärare i läsprojektet Bokbron?", "Och hur många lärare ska delta i det?"),
    # how a sum is split: no line names the schools' shares
    ("Vad kostar böckerna till skolbiblioteken i läsprojektet Bokbron?", "Hur fördelas den summan mellan skolorna?"),
    # a count of another listed insats: '46 elever i bokcirklarna' is not of the lästävling
    ("Vilka insatser prövade läsprojektet Bokbron?", "Och hur många elever deltog i lästävlingen?"),
])
def test_a_new_detail_the_report_does_not_state_is_refused(bot: Assistant, first: str, question: str) -> None:
    r = _follow_up(bot, first, question)
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text


def test_names_of_those_answered_by_role_are_refused_as_asked(bot: Assistant) -> None:
    r = _follow_up(bot, "Vem leder läsprojektet Bokbron i Ekdala?", "Vad heter de?")
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter om vad de heter"), r.text


@pytest.mark.parametrize(("first", "question", "said"), [
    ("Vilka insatser prövade läsprojektet Bokbron?", "Hur många elever deltog i bokcirklarna?", "46"),
    ("Vad kostar läsprojektet Bokbron totalt?", "Hur mycket av det går till författarbesöken?", "120"),
    ("Vilka insatser prövade läsprojektet Bokbron?", "Vem håller i bokcirklarna?", "Bibliotekarierna"),
])
def test_a_detail_the_report_gives_is_answered(bot: Assistant, first: str, question: str, said: str) -> None:
    r = _follow_up(bot, first, question)
    assert r.grounded and said in r.text, r.text
