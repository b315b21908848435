"""The passage that answers comes first, on small documents of their own: a numbered meeting heading that gives the
asked meeting's length, the sentence that gives the time a 'Då …' sentence takes, and a plan's own statements of who
is responsible before another document's list of actors.
"""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

MODEL = (
    "Modell för utvecklingsstöd till skolor\n\n"
    "Stödet bygger på fyra träffar med varje utvecklingsgrupp. Gruppen ska skicka in sin plan ungefär en vecka "
    "innan den tredje träffen, så att handledarna hinner läsa den inför träffen.\n\n"
    "Träffarna\n\n"
    "1 Var står vi? (2 timmar)\n\n"
    "Vi går igenom statistik och gruppens egna erfarenheter av frånvaron.\n\n"
    "2 Vart vill vi? (2 timmar)\n\n"
    "Gruppen formulerar mål och väljer vilka insatser den vill pröva.\n\n"
    "3 Hur går det? (3 timmar)\n\n"
    "Återkoppling på vad som har hänt sedan förra gången och om planen behöver justeras.\n\n"
    "4 Hur går vi vidare? (2 timmar)\n\n"
    "Gruppen sammanfattar arbetet och bestämmer hur det ska leva vidare.\n"
)

HISTORY = (
    "Skolans utveckling 2010–2020\n\n"
    "Bakgrund\n\n"
    "Under åren 2010-2012 arbetade skolan främst med sina lokaler och med schemat. Mellan åren 2015-2016 genomförs "
    "fler olika insatser. Då tillsätts de första mentorerna för nyanlända elever, satsningen på läsande "
    "klassrum genomförs och fritidsgården får längre öppettider (som startade 2009). Från 2018 ligger fokus på "
    "närvaron.\n"
)

RESPONSIBILITY = (
    "Kommunens plan för digitalisering i skolan\n\n"
    "Digitalisering\n\n"
    "Kommunen satsar på digitala verktyg i undervisningen under de kommande åren.\n\n"
    "Ansvar\n\n"
    "Huvudmannen är ansvarig för att ge skolorna likvärdiga förutsättningar genom en digital strategi. "
    "Förvaltningsledningen ansvarar för att ge skolorna kompetensutveckling och andra resurser. "
    "Rektor ansvarar för att ta fram och genomföra skolans digitaliseringsplan.\n"
)

ACTORS = (
    "Metodstöd för arbetet med skolresultat\n\n"
    "Samverkan\n\n"
    "Många kan bidra till arbetet med skolans insatser och till att eleverna lyckas.\n\n"
    "Förslag på aktörer som kan bidra till insatser:\n\n"
    "  • Kommunens fritidsgårdar\n"
    "  • Föreningar och idrottsklubbar\n"
    "  • Bibliotek\n"
    "  • Föräldranätverk\n"
)


@pytest.fixture(scope="module")
def docs_bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path_factory.mktemp("first"), corpus_components, {
        "modell-utvecklingsstod.txt": MODEL, "skolans-utveckling.txt": HISTORY,
        "plan-digitalisering.txt": RESPONSIBILITY, "metodstod-aktorer.txt": ACTORS})
    assert stats.documents == 4 and not stats.skipped
    return bot


def _first(text: str) -> str:
    """The answer's opening, up to its first citation marker."""
    return text.split("[1]")[0]


def test_the_numbered_heading_of_the_asked_meeting_gives_its_length_first(docs_bot: Assistant) -> None:
    """'den tredje träffen' points at the heading numbered 3: its '(3 timmar)' answers, though a sentence that names
    'den tredje träffen' in words shares more of the question."""
    answer = docs_bot.respond({"message": "Hur många timmar tar den tredje träffen i utvecklingsstödet?"})
    assert answer.grounded
    assert "3 timmar" in _first(answer.text), answer.text


def test_a_sentence_taking_its_time_from_the_one_before_is_quoted_with_it(docs_bot: Assistant) -> None:
    """Asked when, a 'Då tillsätts …' sentence is quoted after the sentence that gives its years."""
    answer = docs_bot.respond({"message": "Mentorer för nyanlända – när?"})
    assert answer.grounded
    assert "2015-2016" in answer.text, answer.text
    assert answer.text.index("2015-2016") < answer.text.index("Då tillsätts"), answer.text


def test_who_is_responsible_is_answered_by_the_plan_not_another_documents_actors(docs_bot: Assistant) -> None:
    answer = docs_bot.respond({"message": "Vem ansvarar för vad när det gäller kommunens digitalisering i skolan?"})
    assert answer.grounded
    assert "ansvar" in _first(answer.text).lower(), answer.text
    assert "Föräldranätverk" not in answer.text, answer.text
