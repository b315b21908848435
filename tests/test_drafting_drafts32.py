"""Session drafts32's planners' requests: a vague edit ('Kan du göra den snyggare?') answered with what can be changed,
facts quoted from a pasted report marked as the paste's, a saved goal's grades followed by the plan, an even-split
target carried to a group without figures, a request not read into the pasted quote's last sentence, and what is no
follow-up ('pedagogerna följer med pojkarna ut', a survey's result). The unit tests need nothing; the conversation
tests need the corpus index."""

from __future__ import annotations

import re

import pytest

from assistant import lexicon as lex
from assistant.generation.condense import pasted_parts
from assistant.generation.drafts import gap, mark_pasted, read_item, render_draft, suggestion, user_item
from assistant.generation.extractive.edits import _carry_target
from assistant.generation.facts.follow_ups import own_follow_ups
from assistant.generation.facts.messages import extract_facts
from assistant.generation.plan import edit_request, saved_goal_grades
from assistant.schema import ChatRequest, Draft, DraftSection, Turn
from assistant.service import Assistant
from tests.conftest import converse

PASTED = ("Här är ett utdrag ur vår kvalitetsrapport 2025:\n”På Norrskolan, åk 7–9, hade 24 % av pojkarna och 11 % av "
          "flickorna mer än 15 % frånvaro under vårterminen 2025. Pojkarnas frånvaro har ökat sedan 2023. Eleverna "
          "lyfter otrygghet i korridorerna.”\nGör en problemformulering.")


@pytest.mark.parametrize("said", ["Kan du göra den snyggare?", "Gör texten tydligare", "Förbättra språket",
                                  "Snygga till utkastet, tack", "kan du gora den snyggare?", "Bättre, tack."])
def test_a_vague_wish_for_a_better_text_is_an_edit(said: str) -> None:
    assert edit_request(said, drafted=True) == ("polish", "")


@pytest.mark.parametrize("said", ["Vi vill förbättra pojkarnas resultat i matematik.", "Gör ett bättre lokalt mål",
                                  "Hur gör man ett mål tydligare?"])
def test_a_situation_a_new_draft_or_a_question_is_no_vague_edit(said: str) -> None:
    assert edit_request(said, drafted=True) is None


def test_shorter_joined_to_a_vague_wish_is_shorter() -> None:
    assert edit_request("Gör den mer professionell och kortare", drafted=True) == ("shorter", "")


def test_a_pasted_quote_is_told_from_the_users_own_words() -> None:
    assert pasted_parts(PASTED) == ["På Norrskolan, åk 7–9, hade 24 % av pojkarna och 11 % av flickorna mer än 15 % "
                                    "frånvaro under vårterminen 2025. Pojkarnas frånvaro har ökat sedan 2023. Eleverna "
                                    "lyfter otrygghet i korridorerna."]
    assert pasted_parts("Vi är Björkskolan, åk 7–9: 38 % av pojkarna saknar godkänt.") == []
    assert pasted_parts("Vi har gjort en kartläggning: 38 % av pojkarna saknar godkänt.") == []


def test_facts_from_a_paste_are_marked_as_the_pastes_and_read_back() -> None:
    facts = extract_facts([PASTED])
    # the request after the quote is no part of the quote's last sentence
    assert facts.problems[-1] == "Eleverna lyfter otrygghet i korridorerna", facts.problems
    draft = Draft(kind="problemformulering", title="T", sections=[DraftSection(key="problem", heading="Problem", items=[
        *(user_item(f"”{p}”", p) for p in facts.problems), user_item("Gäller: pojkar i åk 9", "pojkar i åk 9"),
        *(user_item(f.describe(), f.quote) for f in facts.figures)])])
    marked = mark_pasted(draft, pasted_parts(PASTED))
    assert [i.pasted for i in marked.items()] == [True, True, True, False, True, True]
    text = render_draft(marked)
    assert text.count(lex.PASTED_MARK) == 5 and text.count("(ni angav)") == 1, text
    line = next(line for line in text.splitlines() if lex.PASTED_MARK in line)
    back = read_item(line[2:])
    assert back.provenance == "user" and back.pasted and lex.PASTED_MARK not in back.text


def test_following_someone_is_no_measure_kept_and_a_surveys_result_is_no_follow_up() -> None:
    facts = extract_facts(["Vi är Solrosens förskola. Flickorna väljer oftare rollekar, och pedagogerna följer med "
                           "pojkarna ut på gården."])
    assert facts.keepers == []
    assert own_follow_ups(["Hagaskolan åk 7–9: i trivselenkäten 2025 svarade 71 % av flickorna och 86 % av pojkarna "
                           "att de känner sig trygga i skolan."]) == []
    assert own_follow_ups(["Vi gör trivselenkäten varje år i april."])  # their own follow-up still is one


def test_a_saved_goal_names_the_grades_the_plan_follows() -> None:
    goal = ("## Lokalt mål – Hagaskolan, åk 7–9\n**Förslag på lokalt mål**\n- Senast i juni 2027 ska minst 80 % av "
            "flickorna i åk 8–9 på Hagaskolan känna sig trygga.")
    history = [Turn(role="user", content="Hagaskolan åk 7–9: 71 % av flickorna känner sig trygga 2025."),
               Turn(role="assistant", content=goal), Turn(role="assistant", content=goal, saved=True)]
    assert saved_goal_grades(ChatRequest(message="Gör en uppföljningsplan.", mode="uppfoljning",
                                         history=history)) == "åk 8–9"
    # ... unless the target group was changed after it was saved
    later = [*history, Turn(role="user", content="byt målgrupp till åk 9"), Turn(role="assistant", content=goal)]
    assert saved_goal_grades(ChatRequest(message="Och uppföljningen", mode="uppfoljning", history=later)) == ""


def _goal(*items: object) -> Draft:
    return Draft(kind="lokalt_mal", title="T", sections=[
        DraftSection(key="matbart", heading="Så blir målet mätbart", items=list(items))])  # type: ignore[arg-type]


def test_an_even_split_target_goes_on_to_a_group_without_figures() -> None:
    current = _goal(suggestion("Indikator: andel av pedagogernas tid"), user_item("Utgångsvärde: pojkar 66 %"),
                    suggestion(f"Målvärde: {lex.SPLIT_PARITY_TARGET} – förslag räknat från ert utgångsvärde"))
    rebuilt = _goal(suggestion("Indikator: andel av pedagogernas tid"), gap("utgångsvärde för barnen på Igelkotten"),
                    gap("målvärde för pojkar och för flickor (vad ni vill nå)"))
    rebuilt.sections.append(DraftSection(key="kontroll", heading="Är målet konkret och följbart?",
                                         items=[suggestion("Målvärde: nej – fyll i målvärdet")]))
    _carry_target(current, rebuilt)
    target = rebuilt.sections[0].items[2]
    assert not target.gap and target.text.startswith(f"Målvärde: {lex.SPLIT_PARITY_TARGET}"), target
    # ... and the goal check no longer asks for it
    assert rebuilt.sections[1].items[0].text.startswith("Målvärde: förslag"), rebuilt.sections[1].items
    # a target worked out from the old group's figures is no target of the new one
    current.sections[0].items[2] = suggestion("Målvärde: pojkar högst 58 % – förslag räknat från ert utgångsvärde")
    rebuilt.sections[0].items[2] = gap("målvärde för pojkar och för flickor (vad ni vill nå)")
    _carry_target(current, rebuilt)
    assert rebuilt.sections[0].items[2].gap


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_a_vague_edit_keeps_the_draft_and_says_what_can_be_changed(assistant: Assistant) -> None:
    goal, polished = converse(assistant, [
        ("lokalt_mal", "Ekdalsskolan åk 1–3: 22 % av pojkarna och 9 % av flickorna har fått åtgärdsprogram 2025. "
                       "Gör ett lokalt mål."),
        ("lokalt_mal", "Kan du göra den snyggare?")])
    assert polished.draft is not None and polished.draft.kind == "lokalt_mal", polished.text[:300]
    assert lex.VAGUE_EDIT_NOTE in polished.text
    body = lambda t: re.sub(r"\*\*Kontrollera uppgifterna\*\*\n(?:- [^\n]*\n)+\n?", "", t)  # noqa: E731
    assert body(polished.text) == body(goal.text)


@pytest.mark.needs_corpus_index
def test_a_pasted_reports_facts_are_the_pastes_in_the_draft(assistant: Assistant) -> None:
    (problem,) = converse(assistant, [("problemformulering", PASTED)])
    assert problem.draft is not None
    nulage = problem.draft.section("nulage")
    assert nulage is not None and all(i.pasted for i in nulage.items if i.provenance == "user" and not i.gap), \
        problem.text
    assert "Gör en problemformulering" not in problem.text, problem.text
    assert lex.PASTED_MARK in problem.text
