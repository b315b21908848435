"""Question forms a fresh user wrote in trial 33, through the real index and answer engine:

- a question in capitals is read as lower case (its names, its missing diacritics), acronyms in normal text stay;
- a follow-up that opens with 'Och' but names its own subject of the earlier one's kind asks about its own subject;
- a total ('Hur många … totalt?') over a table of programmes is its total row ('Hela skolan'), not a programme's
  'Totalt' cell;
- 'Kan du förklara det på lätt svenska?' after an answer gives that answer in lättläst, as the easy option does;
- 'Vilka åtgärder har vi bestämt att genomföra?' is answered from the document the user uploaded last;
- 'Are there examples of …?' asks for the examples, as 'Finns det exempel på …?' does, not yes or no.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.grounding.followups import asks_easy_again, rewrite_follow_up
from assistant.grounding.question import analyse, subjects, unshouted
from assistant.schema import Turn
from assistant.service import Assistant
from tests.conftest import converse, corpus_with_uploads

# A school's own report, as a rektor would upload it: a table of dropouts per programme with the school's total row,
# and the measures decided under a heading that says neither 'vi' nor 'bestämt'.
REPORT = """# Avbrott per program läsåret 2024/25

Ekeby gymnasium, Ekeby kommun. Underlag till rektors kvalitetsrapport, juni 2025.

## Avbrott

Tabell 1. Antal elever som avbröt sina studier under läsåret 2024/25, per program och kön.

| Program | Flickor | Pojkar | Totalt |
|---|---|---|---|
| Ekonomiprogrammet | 2 | 4 | 6 |
| Teknikprogrammet | 1 | 7 | 8 |
| Hantverksprogrammet | 5 | 2 | 7 |
| Hela skolan | 8 | 13 | 21 |

## Åtgärder läsåret 2025/26

- Mentorerna ringer hem efter tre dagars ogiltig frånvaro.
- Läxhjälpen flyttas in i skoldagen två eftermiddagar i veckan.
- Studie- och yrkesvägledarna träffar alla elever i årskurs 1 som funderar på att avbryta.
"""

# An older upload of another unit, whose heading happens to use the question's own words.
OLDER = """# Fritidshemmets plan 2024

Lindby skola, fritidshemmet.

## Åtgärder vi har bestämt att genomföra

- Fritidshemmet inför ett barnråd med lika många flickor och pojkar.
- Personalen byter rum varje vecka.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    data = tmp_path_factory.mktemp("forms33")
    assistant = corpus_with_uploads(data, {"ekeby-avbrott-2025.md": REPORT, "lindby-fritids-2024.md": OLDER})
    uploads = assistant.settings.uploads_dir
    os.utime(uploads / "lindby-fritids-2024.md", (1_700_000_000, 1_700_000_000))  # uploaded before the report
    assert (uploads / "ekeby-avbrott-2025.md").stat().st_mtime > 1_700_000_000
    return assistant


def _ask(bot: Assistant, message: str, **options: object) -> str:
    request: dict[str, object] = {"message": message, "mode": "fraga", "history": []}
    if options:
        request["options"] = options
    return str(bot.respond(request).text)


def test_capitals_are_read_as_lower_case_and_acronyms_stay() -> None:
    shouted = "HUR KAN MAN MINSKA FRANVARON BLAND POJKAR PA HOGSTADIET"
    assert subjects(shouted)[0], "every capitalised word read as a name (the trial's refusal)"
    assert subjects(unshouted(shouted))[0] == []
    assert unshouted("Vad säger SCB om NPF?") == "Vad säger SCB om NPF?"
    assert unshouted("Hur många deltog i NORRBRINKS SOMMARSKOLA?") == "Hur många deltog i norrbrinks sommarskola?"


@pytest.mark.slow
def test_a_question_in_capitals_is_answered_as_in_lower_case(bot: Assistant) -> None:
    normal = bot.respond({"message": "Vilka aktörer kan bidra till läxhjälp?", "mode": "fraga", "history": []})
    shouted = bot.respond({"message": "VILKA AKTÖRER KAN BIDRA TILL LÄXHJÄLP?", "mode": "fraga", "history": []})
    assert normal.grounded and shouted.grounded, shouted.text
    assert shouted.text == normal.text


def test_a_whole_follow_up_naming_its_own_subject_is_asked_alone() -> None:
    history = [Turn(role="user", content="Hur ser betygen ut på Samhällsvetenskapsprogrammet?"),
               Turn(role="assistant", content="Underlaget har inga uppgifter om Samhällsvetenskapsprogrammet.")]
    query = rewrite_follow_up("Och hur många flickor avbröt på Vård- och omsorgsprogrammet?", history)
    assert query == "Hur många flickor avbröt på Vård- och omsorgsprogrammet?"
    # without a subject of its own it still goes on with the earlier one
    assert "Samhällsvetenskapsprogrammet" in rewrite_follow_up("Och hur många flickor avbröt?", history)


@pytest.mark.slow
def test_a_follow_up_on_another_programme_is_answered_for_it(bot: Assistant) -> None:
    first, second = converse(bot, [("fraga", "Hur ser betygen ut på Samhällsvetenskapsprogrammet?"),
                                   ("fraga", "Och hur många flickor avbröt på Hantverksprogrammet?")])
    assert second.grounded, second.text
    assert "Hantverksprogrammet" in second.text and "5" in second.text
    assert "Samhällsvetenskapsprogrammet" not in second.text


@pytest.mark.slow
def test_a_total_is_the_tables_total_row(bot: Assistant) -> None:
    text = _ask(bot, "Hur många elever avbröt sina studier totalt under läsåret på Ekeby gymnasium?")
    assert "21" in text and "Hela skolan" in text, text
    assert "Teknikprogrammet" not in text and "Ekonomiprogrammet" not in text


def test_a_request_for_easy_swedish_points_back() -> None:
    assert asks_easy_again("Kan du förklara det på lätt svenska? Jag lär mig svenska.")
    assert asks_easy_again("Can you explain that in easy Swedish?")
    assert not asks_easy_again("Kan du förklara jämställdhetsintegrering på lätt svenska?")
    assert not asks_easy_again("Hur kan man enkelt mäta det?")


@pytest.mark.slow
def test_easy_swedish_asked_in_words_rewrites_the_previous_answer(bot: Assistant) -> None:
    question = "Vilka aktörer kan bidra till läxhjälp?"
    first, again = converse(bot, [("fraga", question), ("fraga", "Kan du förklara det på lätt svenska?")])
    easy = bot.respond({"message": question, "mode": "fraga", "history": [],
                        "options": {"easy_swedish": True}})
    assert first.grounded and again.grounded
    assert again.text == easy.text and again.text != first.text


@pytest.mark.slow
def test_what_we_decided_is_read_from_the_latest_upload(bot: Assistant) -> None:
    text = _ask(bot, "Vilka åtgärder har vi bestämt att genomföra?")
    assert "Mentorerna ringer hem" in text and "Läxhjälpen flyttas" in text, text
    assert "barnråd" not in text


@pytest.mark.parametrize("question", [
    "Are there examples of what schools have done to help boys who are failing?",
    "Are there any examples of how schools follow up absence?",
    "Finns det exempel på vad skolor har gjort för att hjälpa pojkar som inte klarar skolan?",
])
def test_asking_for_examples_is_no_yes_no_question(question: str) -> None:
    assert analyse(question).answer_type == "list"


def test_a_question_whether_there_is_support_stays_yes_no() -> None:
    assert analyse("Is there support for newly arrived pupils?").answer_type == "yesno"
    assert analyse("Are there any figures on absence?").answer_type == "number"


def test_uploads_folder_is_where_the_latest_upload_is_found(bot: Assistant) -> None:
    latest = bot.evidence.latest_upload()
    assert latest is not None and latest.source == "uppladdad/ekeby-avbrott-2025.md"
    assert Path(bot.settings.uploads_dir / "ekeby-avbrott-2025.md").exists()
