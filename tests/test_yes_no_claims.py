"""A yes/no question puts its answer first (issue 12, yesno23; trial 23): one that names a figure, year or count the
source gives otherwise opens 'Nej – underlaget säger: …'; a claim ('Stämmer det att …?', 'Är det X som …?') the source
holds whole opens 'Ja – underlaget säger: …', one whose deed the source gives another doer 'Nej – …' (wrong24); a
sentence the document repeats is quoted once."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.grounding.claims import claim_of, cleft_of, figures, figures_differ
from assistant.service import Assistant
from tests.test_own_documents import _ingest

# An invented report, written as Swedish municipal documents are.
REPORT = """# Kvalitetsrapport för fritidsgårdarna 2024 – Lindby kommun

## Uppföljning

- Förvaltningen har beslutat att hålla tre uppföljningsmöten per termin med varje fritidsgård. Mötena leds av \
verksamhetschefen.
- Besöksstatistiken redovisas till nämnden varje kvartal.

## Ny organisation

Kommunen anställde 2022 en samordnare för jämställdhetsfrågor inom fritidsverksamheten.

## Förslag på insatser

1. Läxhjälp på fritidsgården
2. Sommarlovsaktiviteter för unga
3. Föräldraträffar om skärmtid

## Mötenas innehåll

- Förvaltningen har beslutat att hålla tre uppföljningsmöten per termin med varje fritidsgård. Det första mötet \
handlar om planering och det sista om resultat.
"""


@pytest.fixture(scope="module")
def lindby(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _ingest(tmp_path_factory.mktemp("yesno23"), {"kvalitetsrapport.md": REPORT})[0]


def test_figures_are_read_as_years_and_counts_in_digits_or_words() -> None:
    assert figures("två dialoger per läsår 2021, 28 skolor") == ({2021.0}, {2.0, 28.0})
    assert figures_differ("till fyra per läsår?", "till två dialoger per läsår")
    assert not figures_differ("till 2 per läsår?", "till två dialoger per läsår")
    assert not figures_differ("publicerades granskningen 2021?", "Granskningen av 28 skolor publicerades 2021.")
    assert claim_of("Stämmer det att kommunen anställde en samordnare?") == "kommunen anställde en samordnare"
    assert claim_of("Anställde kommunen en samordnare?") is None


@pytest.mark.slow
def test_a_count_the_source_gives_otherwise_is_answered_no_and_a_repeated_sentence_once(lindby: Assistant) -> None:
    """Five meetings asked, three stated: 'Nej – underlaget säger: …'; the same sentence standing in two sections of
    the report is quoted once, with what the second adds. The right count is answered yes."""
    wrong = lindby.respond({"message": "Stämmer det att förvaltningen håller fem uppföljningsmöten per termin med "
                                       "varje fritidsgård?"})
    assert wrong.grounded and wrong.text.startswith(lex.CONTRADICTED_LEAD), wrong.text
    assert "tre uppföljningsmöten" in wrong.text, wrong.text
    assert wrong.text.count("Förvaltningen har beslutat att hålla tre uppföljningsmöten") == 1, wrong.text
    plain = lindby.respond({"message": "Har förvaltningen beslutat om fem uppföljningsmöten per termin?"})
    assert plain.text.startswith(lex.CONTRADICTED_LEAD), plain.text
    right = lindby.respond({"message": "Stämmer det att förvaltningen håller tre uppföljningsmöten per termin med "
                                       "varje fritidsgård?"})
    assert right.text.startswith(lex.CONFIRMED_LEAD), right.text


@pytest.mark.slow
def test_a_year_the_source_gives_otherwise_is_answered_no_not_refused(lindby: Assistant) -> None:
    """'… anställde 2020 …' where the report says 2022: the statement answers, with a no, rather than a refusal
    for lack of 2020; the right year is answered yes."""
    wrong = lindby.respond({"message": "Stämmer det att kommunen anställde en samordnare för jämställdhetsfrågor "
                                       "2020?"})
    assert wrong.grounded and wrong.text.startswith(lex.CONTRADICTED_LEAD), wrong.text
    assert "2022" in wrong.text, wrong.text
    right = lindby.respond({"message": "Stämmer det att kommunen anställde en samordnare för jämställdhetsfrågor "
                                       "2022?"})
    assert right.text.startswith(lex.CONFIRMED_LEAD), right.text


@pytest.mark.slow
def test_a_claim_held_by_a_list_item_with_its_heading_is_answered_yes(lindby: Assistant) -> None:
    """'föreslår … som en insats' is said by the item and its heading 'Förslag på insatser' together: yes."""
    answer = lindby.respond({"message": "Stämmer det att rapporten föreslår sommarlovsaktiviteter för unga som en "
                                        "insats?"})
    assert answer.text.startswith(lex.CONFIRMED_LEAD), answer.text
    assert "Sommarlovsaktiviteter" in answer.text, answer.text


def test_a_cleft_question_names_its_doer_and_deed() -> None:
    assert cleft_of("Är det rektorn som ansvarar för uppföljningen?") == ("rektorn", "ansvarar för uppföljningen")
    assert claim_of("Var det nämnden som beslutade om planen?") == "nämnden beslutade om planen"
    # of no one doer: a quantifier or a focus adverb asks something else than who
    assert cleft_of("Är det någon som följer upp planen?") is None
    assert cleft_of("Är det bara pojkar som har hög frånvaro?") is None
    assert cleft_of("Är det viktigt att följa upp planen?") is None


@pytest.mark.slow
def test_a_deed_the_source_gives_another_doer_is_answered_no(lindby: Assistant) -> None:
    """'Är det förvaltningen som anställde …?' where the report says 'Kommunen anställde …': a no, quoting who did;
    the doer the report names is answered yes; a claim worded 'Stämmer det att …' is read the same way."""
    other = lindby.respond({"message": "Är det förvaltningen som anställde en samordnare för jämställdhetsfrågor?"})
    assert other.grounded and other.text.startswith(lex.CONTRADICTED_LEAD), other.text
    assert "Kommunen anställde 2022" in other.text, other.text
    same = lindby.respond({"message": "Är det kommunen som anställde en samordnare för jämställdhetsfrågor?"})
    assert same.text.startswith(lex.CONFIRMED_LEAD), same.text
    claim = lindby.respond({"message": "Stämmer det att nämnden anställde en samordnare för jämställdhetsfrågor?"})
    assert claim.text.startswith(lex.CONTRADICTED_LEAD), claim.text


@pytest.mark.slow
def test_a_refused_claim_is_named_by_what_it_states(lindby: Assistant) -> None:
    """The refusal of 'Stämmer det att …?' says what the material has nothing on, not the frame that asks it."""
    answer = lindby.respond({"message": "Stämmer det att kommunen byggde en ny simhall för ungdomarna 2023?"})
    assert not answer.grounded, answer.text
    assert "stämmer det" not in answer.text.lower(), answer.text
    assert "simhall" in answer.text, answer.text
