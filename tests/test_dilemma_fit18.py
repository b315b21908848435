"""Dilemma talks that stay with the participant's dilemma (session 18), on documents of the test's own: a workshop's
questions on its own subject are not asked of another dilemma (its questions on the situation as such are); an
argument of what a choice leads to ('Om skolan delar klassen … ska det minska …') is a perspective, not a plan's
goal; a summary says the positions back and lists what is still open, the participant's own question first."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from evals.drafts import citations_valid
from tests.test_answer_engine import _ingest_folder
from tests.test_dilemma_perspectives import _converse, _views

WORKSHOPS = """Rapport från workshoppar om skolnärvaro i Ekby kommun

Workshop 1, Tema: Styrning och ledning (genomfördes 2/3)

Dilemma 1: Ett autentiskt fall från en skolverksamhet

Frågeställningarna som deltagarna fick ta sin utgångspunkt i handlade om:

• Vad ser ni som problematiskt i situationen?

• Vad är det mest centrala för att främja skolnärvaro och uppnå en skola för alla utifrån regelverk och synsätt?

• Hur kan en sådan samsyn förankras i hela personalgruppen?
"""

SECTIONS = {
    "Gruppindelning": "Om skolan delar klassen efter kön på idrotten ska det minska flickornas utsatthet i "
                      "omklädningsrummet, menar flera idrottslärare. Forskning visar samtidigt att separata "
                      "pojkgrupper och flickgrupper riskerar att befästa könsnormer.",
    "Ansvar": "Rektorn beslutar om hur undervisningen organiseras och hur eleverna delas in i grupper. Huvudmannen "
              "ansvarar för att skolan har förutsättningar att följa upp arbetet.",
    "Skolskjuts": "Elever som bor långt från skolan har rätt till skolskjuts. Turerna planeras varje sommar "
                  "tillsammans med kollektivtrafiken.",
    "Måltider": "Skolmaten lagas i varje skolas eget kök. Eleverna får vara med och tycka till om matsedeln "
                "två gånger per år.",
}
METHOD = "Metodstöd för jämställd undervisning i Ekby\n\n" + "\n\n".join(
    f"{heading}\n\n{text}" for heading, text in SECTIONS.items()) + "\n"


@pytest.fixture(scope="module")
def ekby(tmp_path_factory: pytest.TempPathFactory, corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path_factory.mktemp("ekby"), corpus_components,
                            {"ekby-workshoprapport.txt": WORKSHOPS, "ekby-metodstod.txt": METHOD})
    return bot


pytestmark = pytest.mark.needs_corpus_index  # the session store lends its embedding cache

SPLIT = ("Några lärare vill dela klassen i en pojkgrupp och en flickgrupp på idrotten, men andra säger att det "
         "befäster könsnormer. Hur ska man tänka?")


def _questions(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for i in response.draft.section("fragor").items]


def test_a_workshops_questions_on_its_own_subject_are_not_asked_of_another_dilemma(ekby: Assistant) -> None:
    turns = _converse(ekby, [SPLIT, "Jag tycker att grupperna ska vara blandade.",
                             "Men flickorna vill byta om i fred.", "Jag tycker ändå att idrotten ska vara gemensam."])
    asked = [q for t in turns for q in _questions(t)]
    assert not any("skolnärvaro" in q or "samsyn" in q for q in asked), asked
    assert "Vad ser ni som problematiskt i situationen?" in _questions(turns[0])
    assert len(asked) == len(set(asked)), asked  # with few questions that fit, none is asked twice


def test_an_argument_of_what_a_choice_leads_to_is_a_perspective(ekby: Assistant) -> None:
    from assistant.generation.extractive.dilemma import _is_perspective
    from assistant.index.units import units_of

    argument = next(u for hit in ekby.extractive.evidence.search("dela klassen efter kön idrotten", k=5)
                    for u in units_of(hit.chunk) if u.text.startswith("Om skolan delar klassen efter kön"))
    assert _is_perspective(argument)  # 'ska det minska …' after a condition argues; it sets no goal


def test_a_goal_after_the_topic_it_concerns_is_still_a_goal() -> None:
    """'När det gäller trygghet ska andelen … öka' names the topic, no condition: a goal, no perspective; 'När vi
    delar klassen ska det minska …' argues what a choice leads to."""
    from assistant import lexicon as lex

    assert lex.GOAL_STATEMENT_RE.search("När det gäller trygghet ska andelen trygga elever öka till 90 %.")
    assert not lex.GOAL_STATEMENT_RE.search("När vi delar klassen ska det minska flickornas utsatthet i idrotten.")


def test_a_summary_says_positions_back_and_lists_their_open_question_first(ekby: Assistant) -> None:
    *_, summary = _converse(ekby, [SPLIT, "Om vi delar klassen blir det lugnare i omklädningsrummet, tycker jag.",
                                   "Vem bestämmer i slutändan hur grupperna ska se ut?",
                                   "Kan du sammanfatta diskussionen?"])
    said = [i.text for i in summary.draft.section("svar").items]
    assert said == ["Du tyckte att om ni delar klassen blir det lugnare i omklädningsrummet."], said  # trial 25
    open_questions = _questions(summary)
    assert open_questions[0] == "Öppen fråga från er: ”Vem bestämmer i slutändan hur grupperna ska se ut?”"
    assert len(_views(summary)) <= 3 and "valet är ert" in summary.text
    valid, total = citations_valid(summary, [ekby.settings.corpus_dir])
    assert total and valid == total


def test_a_short_term_is_not_named_by_a_longer_word_that_starts_like_it() -> None:
    from assistant.grounding.definition import defines

    assert not defines("kön", "Konsekvenserna är stora för eleverna.")
    assert not defines("kön", "Konsekvenserna är stora för eleverna.", loose=True)
    assert defines("kön", "Kön är en social kategori som skolan ska ta hänsyn till.")
