"""The user's own upload, the rest of the way (upload37, from trial 36's persona N and probes of a kulturskola PDF and a
Komvux Markdown report): a conversation that says which upload it is about (ChatOptions.document) is answered from it
from its first question on; a question such a conversation's material refuses too is refused in the upload's name; a
share of one group is worked out from a table row's two counts (from the total row where no row is named); 'Hur många fler X än Y' is a difference."""

from __future__ import annotations

import pytest

from assistant.generation.extractive.tables import computed_difference, computed_share
from assistant.index.units import header_rows, units_of
from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

TABLE = """| Ämne | Elever flickor | Elever pojkar | I kö (antal) |
|---|---|---|---|
| Piano | 142 | 61 | 38 |
| Dans | 211 | 23 | 41 |
| Samtliga ämnen | 516 | 322 | 125 |
"""


KULTURSKOLA = """# Kulturskolans elever per kön 2025 – Norrhamra kommun

Kultur- och fritidsförvaltningen. Redovisning till kultur- och fritidsnämnden 2026-01-28.

## Tabell 1. Elever och kö per ämne hösten 2025

""" + TABLE + """
## Iakttagelser

Flickorna är i majoritet i dans och piano. Avgiften på 650 kronor per termin anges som skäl att sluta av var femte
familj som lämnat kulturskolan.

## Beslutade åtgärder

Kultur- och fritidsnämnden beslutade 2026-01-28 (§ 7) om följande åtgärder:

1. Prova-på-veckor i trummor och gitarr för flickor i årskurs 3. Ansvarig: kulturskolechefen.
2. Danskurser med manliga pedagoger för pojkar 7–10 år. Ansvarig: danspedagogen Amir Haddad.
3. Syskonrabatten höjs till 50 procent. Ansvarig: förvaltningens ekonom.
4. Kvällskurser i piano för vuxna startar i september 2026. Ansvarig: rektor för kulturskolan.
"""
OWN = "norrhamra-kulturskola-2025.md"



@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("upload37"), {OWN: KULTURSKOLA})


def _ask(bot: Assistant, q: str, document: str | None = OWN, history: list | None = None):  # noqa: ANN202
    options = {"document": document} if document else {}
    return bot.respond({"message": q, "mode": "fraga", "history": history or [], "options": options})


def _sources(r) -> set[str]:  # noqa: ANN001
    return {c.source.rsplit("/", 1)[-1] for c in r.citations}


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_first_question_of_a_conversation_tied_to_its_upload_is_answered_from_it(bot: Assistant) -> None:
    r = _ask(bot, "Vilka åtgärder har nämnden beslutat?")
    assert r.grounded and _sources(r) == {OWN}, r.text
    assert "Syskonrabatten" in r.text, r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_share_of_the_whole_table_is_worked_out_from_its_total_row(bot: Assistant) -> None:
    r = _ask(bot, "Hur stor andel av alla elever i kulturskolan är flickor?")
    assert r.grounded and _sources(r) == {OWN}, r.text
    assert "61,6 %" in r.text and "516 av 838" in r.text, r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_what_the_tied_upload_lacks_is_refused_in_its_name(bot: Assistant) -> None:
    r = _ask(bot, "Hur många elever spelar fiol?")
    assert not r.grounded and not _sources(r) - {OWN}, r.text
    assert "ditt dokument ”Kulturskolans elever per kön 2025 – Norrhamra kommun”" in r.text, r.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_tied_conversation_still_asks_the_method_support_by_name(bot: Assistant) -> None:
    r = _ask(bot, "Vad säger metodstödet om hur man involverar vårdnadshavare?")
    assert r.grounded and OWN not in _sources(r), r.text


def _row(bot: Assistant, label: str):  # noqa: ANN202
    chunks = [c for c in bot.evidence.retriever.current().chunks.values() if c.source.endswith(OWN)]
    return next(u for c in chunks for u in units_of(c) if u.kind == "row" and u.text.lstrip("| ").startswith(label))


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_share_of_one_group_is_worked_out_from_the_rows_two_counts(bot: Assistant) -> None:
    dans = _row(bot, "Dans")
    said = computed_share("Hur stor andel av eleverna i dans är pojkar?", header_rows(dans), dans)
    assert said == "andelen elever pojkar är 9,8 % (23 av 234, uträknat ur de citerade cellerna)", said


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_no_share_is_worked_out_of_the_group_as_the_whole_or_of_both_groups(bot: Assistant) -> None:
    dans = _row(bot, "Dans")
    # 'av pojkarna': the boys are the whole (their column's total), not the boys' part of the row
    assert computed_share("Hur stor andel av pojkarna går på dans?", header_rows(dans), dans) is None
    assert computed_share("Hur stor andel är flickor och pojkar i dans?", header_rows(dans), dans) is None
    assert computed_share("Hur många pojkar går på dans?", header_rows(dans), dans) is None


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_how_many_more_of_one_group_than_the_other_is_a_difference(bot: Assistant) -> None:
    piano = _row(bot, "Piano")
    said = computed_difference("Hur många fler flickor än pojkar går på piano?", header_rows(piano), piano)
    assert said is not None and said.startswith("skillnaden är 81 elever"), said


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_who_is_responsible_is_told_by_a_measures_responsible_field(bot: Assistant) -> None:
    r = _ask(bot, "Vem är ansvarig för kvällskurserna i piano?")
    assert r.grounded and _sources(r) == {OWN}, r.text
    assert "rektor för kulturskolan" in r.text, r.text
