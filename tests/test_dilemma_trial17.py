"""Dilemma talks from trial 17, on documents of the test's own (a workshop report whose dilemmas are bare titles, a
method support, and an uploaded municipal plan with goals in figures beside them): a plan's goals are no perspectives
on a dilemma, a bare title is not claimed to be like the participant's case, a question to the facilitator ('Vilka
perspektiv har vi missat?') brings a perspective not yet given instead of being said back as an argument, and a
dilemma named by a title the material holds nothing more of is said to be one."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from evals.drafts import citations_valid
from tests.test_answer_engine import _ingest_folder
from tests.test_dilemma_perspectives import _converse, _views

WORKSHOPS = """Rapport om samverkan kring elevernas lärande i Dalby kommun

Workshop 1, Tema: Styrning och ledning (genomfördes 4/3)

Dilemma 1: Tack, men nej tack.

Dilemma 2: Ett autentiskt fall från en skolverksamhet

Frågeställningarna som deltagarna fick ta sin utgångspunkt i handlade om:

• Vilka organisatoriska förutsättningar behöver finnas för att stödet ska fungera för alla elever?

• Vilken roll har ledarskapet när skolan tackar nej till stöd utifrån?
"""

SECTIONS = {
    "Gruppindelning": "Forskning visar att undervisning i separata pojkgrupper och flickgrupper inte ger bättre "
                      "resultat och riskerar att befästa föreställningar om kön. Hur läraren fördelar sin "
                      "uppmärksamhet i klassrummet har större betydelse än gruppens sammansättning.",
    "Klassrumsklimat": "Erfarenheter från mattelärare visar att tydliga samtalsregler gör att fler elever kommer till "
                       "tals. När några elever tar mycket plats i klassrummet får andra elever mindre stöd av läraren.",
    "Orsaker": "Elevernas skolresultat påverkas av mer än bara kön. Familjens ekonomi och föräldrarnas utbildning "
               "har stor betydelse för hur eleverna lyckas.",
    "Ledning": "Rektorns stöd är avgörande för att ett utvecklingsarbete ska få fäste i personalgruppen. Personal som "
               "upplever att projekt kommer uppifrån engagerar sig mindre i arbetet.",
    "Skolskjuts": "Elever som bor långt från skolan har rätt till skolskjuts. Turerna planeras varje sommar "
                  "tillsammans med kollektivtrafiken.",
    "Måltider": "Skolmaten lagas i varje skolas eget kök. Eleverna får vara med och tycka till om matsedeln "
                "två gånger per år.",
}
METHOD = "Metodstöd för elevernas skolresultat i Dalby\n\n" + "\n\n".join(
    f"{heading}\n\n{text}" for heading, text in SECTIONS.items()) + "\n"

# An uploaded plan: goals with figures, which name the dilemma's own words ('uppmärksamhet', 'pojkar') but argue
# nothing about splitting a class.
PLAN = """Jämställdhetsplan för Dalby kommun 2025

Mål för grundskolan

Andelen flickor som upplever att de får lärarens uppmärksamhet i klassrummet ska öka från 61 procent till 80
procent till 2028.

Andelen pojkar i årskurs 9 som är behöriga till gymnasiet ska öka från 78 procent till 88 procent till 2028.

Skillnaden i meritvärde mellan flickor och pojkar ska halveras.
"""

PLAN_FILE = "dalby-jamstalldhetsplan-2025.txt"


@pytest.fixture(scope="module")
def dalby(tmp_path_factory: pytest.TempPathFactory, corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path_factory.mktemp("dalby"), corpus_components,
                            {"dalby-workshoprapport.txt": WORKSHOPS, "dalby-metodstod.txt": METHOD,
                             PLAN_FILE: PLAN})
    return bot


def _cited_exactly(bot: Assistant, response) -> None:  # type: ignore[no-untyped-def]
    valid, total = citations_valid(response, [bot.settings.corpus_dir])
    assert total and valid == total, response.citations


pytestmark = pytest.mark.needs_corpus_index  # the session store lends its embedding cache

SPLIT = ("En mattelärare på vår skola vill dela klassen i en pojkgrupp och en flickgrupp eftersom pojkarna tar all "
         "uppmärksamhet. Är det rätt väg att gå?")


def test_a_plans_goals_are_no_perspectives_and_a_bare_title_is_not_called_alike(dalby: Assistant) -> None:
    (first, then) = _converse(dalby, [SPLIT, "Några föräldrar säger att det är diskriminering och att flickorna "
                                             "får sämre undervisning. Hur ska vi tänka då?"])
    for turn in (first, then):
        assert not any(c.source.endswith(PLAN_FILE) for c in turn.citations), turn.text  # no goal as a view
        assert "ska öka" not in " ".join(_views(turn)) and "halveras" not in " ".join(_views(turn))
    views = _views(first)
    assert views and any("uppmärksamhet" in v or "grupp" in v for v in views), views  # the dilemma's core
    # 'Ett autentiskt fall …' is a bare title sharing none of the situation's words: no case is claimed to be like it.
    assert "liknande dilemma" not in first.text and "autentiskt" not in first.text
    _cited_exactly(dalby, first)


def test_asking_which_perspectives_were_missed_brings_one_not_yet_given(dalby: Assistant) -> None:
    first, missed = _converse(dalby, [SPLIT, "Vilka perspektiv har vi missat?"])
    assert missed.draft.section("svar") is None and "Du frågar" not in missed.text  # a question to the facilitator
    new = _views(missed)
    assert new and not set(new) & set(_views(first)), (new, _views(first))
    assert not any(c.source.endswith(PLAN_FILE) for c in missed.citations)
    assert "inget givet svar" in missed.text
    _cited_exactly(dalby, missed)


def test_a_dilemma_named_by_a_bare_title_says_so_and_the_summary_says_the_talk_back(dalby: Assistant) -> None:
    argument = "Jag tycker att rektorn borde tacka ja till stödet ändå, men personalen är trött på projekt."
    first, _, summary = _converse(dalby, ["Vi vill diskutera dilemmat Tack, men nej tack.", argument,
                                          "Kan du sammanfatta vad vi har kommit fram till?"])
    head = [i.text for i in first.draft.section("dilemmat").items]
    assert head[0] == "Ni vill diskutera dilemmat ”Tack, men nej tack”.", head  # not 'Situationen: ni vill …'
    assert "bara dilemmats rubrik" in head[1] and "liknande" not in head[1], head
    labels = [i.text for i in first.draft.section("perspektiv").items if i.provenance == "suggestion"]
    assert labels and "närliggande material" in labels[0] and "Styrning och ledning" in labels[0], labels
    assert not any(c.source.endswith(PLAN_FILE) for c in first.citations)
    said = [i.text for i in summary.draft.section("svar").items]
    assert said and said[0].startswith("Du tyckte att rektorn borde tacka ja"), said
    assert summary.draft.section("motperspektiv") is None and "valet är ert" in summary.text
    _cited_exactly(dalby, summary)


def test_an_argument_that_names_other_perspectives_is_no_request_for_more() -> None:
    # 'fler/andra … perspektiv' in an argument was read as a request, so the participant's point was neither said
    # back nor countered, and a summary left it out (review of dilemma17)
    from assistant.generation.extractive.dilemma import asks_for_more_perspectives

    assert asks_for_more_perspectives("Vilka perspektiv har vi missat?")
    assert asks_for_more_perspectives("Kan du ge oss fler perspektiv")
    assert not asks_for_more_perspectives("Det finns fler perspektiv än pojkarnas, till exempel lärarens arbetsmiljö.")
    assert not asks_for_more_perspectives("Vi har andra perspektiv på det här än rektorn.")
