"""A rektor's reading-screening plan over the API (trial 27): the goal runs the way the user says ('högst 20 %', 'komma
ner', 'minska' lower the share; a baseline above the target too), with the user's target and a season's date ('hösten
2027') read into it; the follow-up plan measures a screening result with the same screening each year, and a user's
sentence about a cause or a figure already followed is no indicator; 'byt målgrupp till pojkar i åk 4–6' narrows the
plan to the boys; a change told against its values and a comparison against the figures are questioned, their values
are not read as figures of 'till', and a cited line must be about the problem, not only compare like it."""

from __future__ import annotations

import re

import pytest

from assistant.generation.extractive.drafts import _kind, goal_direction
from assistant.generation.facts import extract_facts, stated_target
from tests.test_api import Api, api, chat  # noqa: F401  (the live-server fixture and its helper)

OPTIONS = {"org": "Tallbackaskolan, Vättersholms kommun", "target_group": "elever i åk 4–6"}
PROBLEM = ("Jag är rektor på Tallbackaskolan, en F–6-skola i Vättersholms kommun med 310 elever. På höstens "
           "lässcreening 2025 i åk 4 låg 34 % av pojkarna och 15 % av flickorna under den kritiska gränsen. "
           "Skolbiblioteket räknar med att pojkarna i åk 4–6 lånade i snitt 3 böcker per termin och flickorna 8. "
           "Lärarna berättar att många pojkar säger att läsning är tråkigt och att de hellre spelar. Skriv en "
           "problemformulering.")
CEILING = ("Formulera ett lokalt mål utifrån problemformuleringen. Vi vill att högst 20 % av pojkarna ska ligga under "
           "den kritiska gränsen hösten 2027.")
COME_DOWN = ("Vi är Tallbackaskolan F–6. Hösten 2025 låg 34 % av pojkarna och 15 % av flickorna i åk 4 under den "
             "kritiska gränsen på lässcreeningen. Vi vill komma ner till högst 20 % för pojkarna hösten 2027. Skriv "
             "ett lokalt mål.")
LOWER = ("Vi är Tallbackaskolan F–6. Vi vill minska andelen pojkar i åk 4 under den kritiska gränsen på "
         "lässcreeningen från 34 % (hösten 2025) till högst 20 % hösten 2027. Flickorna låg på 15 %. Skriv ett lokalt "
         "mål.")
CONTRADICTORY = ("Vi är Ekbackens skola åk 7–9. I fjol var 118 % av pojkarna behöriga till gymnasiet och 64 % av "
                 "flickorna, men flickorna hade ändå högre behörighet än pojkarna. Frånvaron ökade från 12 % till 9 %.")


# --- pure parts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Vi vill att högst 20 % av pojkarna ska ligga under den kritiska gränsen hösten 2027.",
    "Vi vill komma ner till högst 20 % för pojkarna hösten 2027.",
    "Vi vill minska andelen pojkar i åk 4 under gränsen från 34 % (hösten 2025) till högst 20 % hösten 2027.",
    "Vi vill sänka andelen pojkar under gränsen till högst 20 % senast hösten 2027.",
])
def test_a_ceiling_and_a_seasons_date_are_the_targets(sentence: str) -> None:
    target = stated_target(sentence)
    assert target is not None, sentence
    assert target.values == (("pojkar", "högst 20 %"),) and target.date == "hösten 2027", target


@pytest.mark.parametrize(("messages", "way"), [
    ([PROBLEM, CEILING], "minska"),
    ([COME_DOWN], "minska"),
    ([LOWER], "minska"),
    # a bound of its own
    (["Vi är Ekskolan. 2025 hade 41 % av pojkarna godkänt i svenska. Andelen ska vara minst 60 % våren 2027."], "öka"),
    # no bound and no verb of its own: the baseline above the target lowers it
    (["Vi är Ekskolan. 2025 hade 41 % av pojkarna godkänt i svenska. Målvärdet är 30 % för pojkarna."], "minska"),
    # no target: the measure's own wording
    (["Vi är Ekskolan. 2025 låg 34 % av pojkarna under den kritiska gränsen på lässcreeningen."], "minska"),
    (["Vi är Ekskolan. 2025 hade 41 % av pojkarna godkänt i svenska."], "öka"),
])
def test_the_goal_runs_the_way_the_user_says(messages: list[str], way: str) -> None:
    facts = extract_facts(messages)
    measure = facts.figures[0].subject if facts.figures else ""
    assert goal_direction(facts, measure) == way, (facts.target, measure)


def test_a_starting_value_keeps_its_group_measure_and_season() -> None:
    facts = extract_facts([LOWER])
    boys = [f for f in facts.figures if f.group == "pojkar"]
    assert boys and boys[0].value == 34 and boys[0].year == "2025", [f.describe() for f in facts.figures]
    assert "under den kritiska gränsen" in boys[0].subject and boys[0].subject.startswith("låg "), boys[0].subject


def test_a_change_against_its_verb_and_a_comparison_against_the_figures_are_questioned() -> None:
    facts = extract_facts([CONTRADICTORY])
    assert any("ökade från 12 % till 9 %" in i and "minskning" in i for i in facts.issues), facts.issues
    assert any("flickorna hade ändå högre behörighet än pojkarna" in i and "64 %" in i for i in facts.issues), \
        facts.issues
    assert not any(f.subject in ("till", "mellan") for f in facts.figures), [f.describe() for f in facts.figures]
    # a change whose values go its way, and a comparison the figures bear out, are not questioned
    fine = extract_facts(["Vi är Ekbackens skola. 2024 var 70 % av pojkarna och 80 % av flickorna behöriga, och "
                          "flickorna hade högre behörighet än pojkarna. Frånvaron ökade från 9 % till 12 %."])
    assert not any("Ni skriver" in i for i in fine.issues), fine.issues


def test_a_screening_result_is_measured_with_the_same_screening() -> None:
    assert _kind("andel pojkar och andel flickor i åk 4 som låg under den kritiska gränsen på lässcreeningen") == "test"
    assert _kind("andel pojkar och andel flickor som känner sig trygga") == "experience"


# --- over the API ----------------------------------------------------------------------------------------


def _sections(draft: dict) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    return {s["key"]: s["items"] for s in draft["sections"]}


def _goal(draft: dict) -> str:  # type: ignore[type-arg]
    return next(i["text"] for i in _sections(draft)["mal"] if not i["gap"] and i["provenance"] != "source")


def _checked(draft: dict) -> list[str]:  # type: ignore[type-arg]
    return [i["text"] for i in _sections(draft)["kontroll"]]


@pytest.mark.needs_corpus_index
@pytest.mark.integration
@pytest.mark.parametrize("message", [COME_DOWN, LOWER])
def test_a_one_shot_goal_lowers_the_share_to_the_users_target_and_date(api: Api, message: str) -> None:  # noqa: F811
    with api.client() as c:
        goal = chat(c, message=message, mode="lokalt_mal")["draft"]
        sentence = _goal(goal)
        assert re.search(r"\bska\b.*\bminska från 34 %", sentence), sentence
        assert "till högst 20 % senast hösten 2027" in sentence, sentence
        assert "öka" not in sentence and "målvärdet" not in sentence and "måldatum" not in sentence, sentence
        assert "Målvärde: ja" in _checked(goal) and "Tid: ja" in _checked(goal), _checked(goal)


@pytest.mark.needs_corpus_index
@pytest.mark.integration
def test_a_rektors_screening_plan(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        cid = chat(c, message=PROBLEM, mode="problemformulering", options=OPTIONS)["conversation_id"]
        goal = chat(c, message=CEILING, mode="lokalt_mal", conversation_id=cid, options=OPTIONS)["draft"]
        sentence = _goal(goal)
        assert "ska minska" in sentence and "högst 20 %" in sentence and "hösten 2027" in sentence, sentence
        assert "öka" not in sentence.split(", och")[0] and "som under" not in sentence, sentence
        assert "Målvärde: ja" in _checked(goal) and "Tid: ja" in _checked(goal), _checked(goal)

        boys = chat(c, message="byt målgrupp till pojkar i åk 4–6", mode="lokalt_mal", conversation_id=cid,
                    options=OPTIONS)
        assert "Jag kunde inte" not in boys["text"], boys["text"][:600]
        narrowed = _goal(boys["draft"])
        assert "pojkar" in narrowed and "flickor" not in narrowed and "ska minska" in narrowed, narrowed

        plan = chat(c, message="Gör nu en uppföljningsplan till målet.", mode="uppfoljning", conversation_id=cid,
                    options=OPTIONS)["draft"]
        indicators = {k: items for k, items in _sections(plan).items() if k.startswith("indikator_")}
        first = [i["text"] for i in indicators["indikator_1"]]
        assert not any(t.startswith("Mått: dokumentation") or "genomförs som planerat" in t for t in first), first
        assert any(t.startswith("Mått:") and re.search(r"test|screening", t) for t in first), first
        # a user's cause and a statement whose figures are followed already are no indicators of their own
        named = [items[0]["text"] for items in indicators.values()]
        assert not any(re.search(r"berättar|räknar med", t) for t in named), named
        assert any(t.startswith("Antal böcker") for t in named), named
        assert "ska öka" not in _goal(plan), _goal(plan)


@pytest.mark.needs_corpus_index
@pytest.mark.integration
def test_a_contradictory_account_is_questioned_and_not_garbled(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        problem = chat(c, message=CONTRADICTORY, mode="problemformulering", options={"org": "Ekbackens skola"})
        sections = _sections(problem["draft"])
        checks = [i["text"] for i in sections["kontrollera"]]
        assert any("118 %" in t for t in checks) and any("12 % till 9 %" in t for t in checks), checks
        assert any("högre behörighet" in t for t in checks), checks
        texts = [i["text"] for s in sections.values() for i in s]
        assert not any(re.search(r"Alla:|\bsom till\b|\d % till\b(?! \d)", t) for t in texts), texts
        title = problem["draft"]["title"]
        assert not re.search(r"\btill$|\bsom till\b", title), title
        # the material's lines under Problem and Nuläge are about eligibility or absence, not violence
        for key in ("problem", "nulage"):
            for item in sections.get(key, []):
                if item["citations"]:
                    assert not re.search(r"våld|trakasser", item["text"]), (key, item["text"])


# --- after the trial (session 28): a part of the target group, who keeps a measure, consequences --------------

# Written for these tests (no eval case's wording): a F–3 school's absence, followed by its own pupil health team.
ABSENCE_KEPT = ("Vi är Björkhagens skola F–3 i Sjövalla kommun. Läsåret 2024/25 hade 14 % av pojkarna och 9 % av "
                "flickorna i åk 1–3 mer än 15 % frånvaro. Elevhälsoteamet följer frånvaron varje månad. Gör en "
                "uppföljningsplan för att minska frånvaron.")


def test_each_figure_keeps_the_grades_its_own_clause_names() -> None:
    facts = extract_facts([PROBLEM])
    by_value = {f.value: f.grades for f in facts.figures}
    assert by_value[34] == "åk 4" and by_value[15] == "åk 4", by_value
    assert by_value[3] == "åk 4–6" and by_value[8] == "åk 4–6", by_value  # the lending sentence names åk 4–6


def test_who_keeps_a_measure_is_read_but_not_who_tells_something() -> None:
    facts = extract_facts([PROBLEM, ABSENCE_KEPT])
    keepers = [who for who, _ in facts.keepers]
    assert keepers == ["Skolbiblioteket", "Elevhälsoteamet"], facts.keepers  # not 'Lärarna berättar'
    assert _kind(facts.keepers[0][1]) == "lending" and _kind(facts.keepers[1][1]) == "absence"


def test_a_group_share_elided_after_och_is_that_groups_share_of_the_same_measure() -> None:
    facts = extract_facts(["Våra observationer hösten 2025 visar att pojkarna fick ordet i 68 % av samlingarnas "
                           "talutrymme och flickorna i 32 %."])
    assert [(f.group, f.value, f.part) for f in facts.figures] == [
        ("pojkar", 68, "samlingarnas talutrymme"), ("flickor", 32, "samlingarnas talutrymme")], \
        [f.describe() for f in facts.figures]
    # a share with a measure of its own after 'och' is not made the first one's
    other = extract_facts(["2025 låg 34 % av pojkarna under gränsen och flickorna i 12 % av fallen slutade."])
    assert not any(f.group == "flickor" and f.subject == "låg under gränsen" for f in other.figures)


def test_a_bare_year_that_ends_the_targets_sentence_is_its_date() -> None:
    target = stated_target("Målet är att flickorna ska vara minst 35 % av besökarna 2027.")
    assert target is not None and target.date == "2027" and "2027" not in target.measure, target
    baseline_year = stated_target("Vi vill minska andelen till 10 % (2024).")
    assert baseline_year is not None and baseline_year.date == "", baseline_year


@pytest.fixture(scope="module")
def assistant(corpus_components):  # type: ignore[no-untyped-def]
    from assistant.service import Assistant

    return Assistant(corpus_components[0])


def _talk(bot, turns: list[tuple[str, str]], options: dict[str, str] | None = None) -> list:  # type: ignore[no-untyped-def,type-arg]
    history: list[dict[str, str]] = []
    out = []
    for mode, message in turns:
        response = bot.respond({"message": message, "mode": mode, "history": history, "options": options or {}})
        out.append(response)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    return out


@pytest.mark.needs_corpus_index
def test_a_figure_of_part_of_the_target_group_is_its_baseline_and_the_rest_a_gap(assistant) -> None:  # type: ignore[no-untyped-def]
    problem, goal, plan = _talk(assistant, [("problemformulering", PROBLEM), ("lokalt_mal", CEILING),
                                            ("uppfoljning", "Gör nu en uppföljningsplan till målet.")], OPTIONS)
    # Konsekvenser: the material's consequence of school results, cited and said to be of the wider area
    effects = problem.draft.section("konsekvenser").items
    assert any(i.provenance == "source" and i.citations for i in effects), [i.text for i in effects]
    assert any(i.gap for i in effects), [i.text for i in effects]  # their own consequences are still to be named
    # the screening of åk 4 is the baseline of the plan of åk 4–6, said to be åk 4's; åk 5–6 is still to find
    for draft in (goal.draft, plan.draft):
        lines = [i.text for i in draft.items()]
        base = [i for i in draft.items() if i.text.startswith("Utgångsvärde: åk 4 – pojkar 34 %")]
        assert base and base[0].provenance == "user", lines
        assert any(t.startswith("Fyll i: utgångsvärde för åk 5–6") for t in lines), lines
    assert "Utgångsvärde: ja" in goal.text
    assert "Kolada" not in goal.draft.section("matbart").items[-1].text  # the screening is the school's own
    # the lending indicator is the library's: the user's own Skolbiblioteket answers for it, marked as theirs
    lending = next(s for s in plan.draft.sections if s.key.startswith("indikator_") and "böcker" in s.items[0].text)
    responsible = next(i for i in lending.items if i.text.startswith("Ansvarig:"))
    assert responsible.provenance == "user" and "skolbiblioteket" in responsible.text, responsible
    assert any(i.text.startswith("Källa:") and "utlåning" in i.text for i in lending.items), \
        [i.text for i in lending.items]


@pytest.mark.needs_corpus_index
def test_who_the_user_says_keeps_a_measure_answers_for_it_and_is_no_indicator(assistant) -> None:  # type: ignore[no-untyped-def]
    (plan,) = _talk(assistant, [("uppfoljning", ABSENCE_KEPT)])
    indicators = [s for s in plan.draft.sections if s.key.startswith("indikator_")]
    assert not any("följer" in s.items[0].text for s in indicators), [s.items[0].text for s in indicators]
    responsible = next(i for i in indicators[0].items if i.text.startswith("Ansvarig:"))
    assert responsible.provenance == "user" and "elevhälsoteamet" in responsible.text, responsible


@pytest.mark.needs_corpus_index
def test_words_typed_with_their_diacritics_are_left_as_they_are_when_others_are_respelt(assistant) -> None:  # type: ignore[no-untyped-def]
    # 'läsa' was read as 'l' + 'ä' + 'sa' and became 'läså' in a draft's title (own trial, session 28)
    spelt = assistant.evidence.restore_diacritics("få pojkar att läsa mer, många kanner sig otrygga")
    assert spelt == "få pojkar att läsa mer, många känner sig otrygga", spelt


def test_who_keeps_a_measure_is_no_problem_of_the_users() -> None:
    facts = extract_facts([ABSENCE_KEPT])
    assert not any("följer frånvaron" in p for p in facts.problems), facts.problems  # it chose a card on 'följer upp'
    assert facts.keepers and facts.keepers[0][0] == "Elevhälsoteamet", facts.keepers
