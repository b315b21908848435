"""Drafts built around the user's own situation: their survey as the data source, their grades as the target group,
every fact kept, a follow-up plan whose indicators each get their own acceptable result, the preposition a place
takes, the actors the material names where no goal card fits, and a changed target group marked as the user's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.generation.facts import extract_facts, user_source
from assistant.grounding.catalogue import place_preposition, substitute_org
from assistant.service import Assistant
from tests.conftest import converse
from tests.test_answer_engine import _ingest_folder

SURVEY = ("Vi behöver en uppföljningsplan. Sjöängsskolan åk 7–9. I trivselenkäten 2024 uppgav 27 % av flickorna och "
          "15 % av pojkarna att de blivit kränkta under läsåret. Dessutom deltar färre flickor än pojkar i elevrådet.")


# --- pure parts ------------------------------------------------------------------------------------------


def test_the_users_own_survey_is_read_as_the_source_of_their_figures() -> None:
    facts = extract_facts([SURVEY])
    assert [(f.text, f.group, f.subject, f.source) for f in facts.figures] == [
        ("27 %", "flickor", "blivit kränkta under läsåret", "trivselenkäten"),
        ("15 %", "pojkar", "blivit kränkta under läsåret", "trivselenkäten")]
    plain = extract_facts(["jag ar ny samordnare i alingsas kommun. i var elevenkat 2024 svarade 31 % av flickorna "
                           "i ak 8 att de kanner sig otrygga i korridorerna, jamfort med 12 % av pojkarna."])
    assert plain.source == "er elevenkät" and plain.org == "Alingsås kommun"
    assert {f.subject for f in plain.figures} == {"kanner sig otrygga i korridorerna"}
    assert user_source("enligt Skolverkets statistik 2024") == ""


def test_grades_given_with_the_figures_are_the_target_group_and_the_schools_stay_a_fact() -> None:
    facts = extract_facts(["Jag är förstelärare på Björkskolan i Alingsås, åk 7–9. I vårens betyg 2024 hade 38 % av "
                           "pojkarna och 22 % av flickorna i åk 9 inte godkänt i matematik."])
    assert facts.grades == "åk 9" and facts.target_group == "pojkar och flickor i åk 9"
    assert facts.stated_grades == ["åk 7–9", "åk 9"] and facts.org == "Alingsås"


def test_a_share_of_girls_among_visitors_is_measured_as_such() -> None:
    facts = extract_facts(["Vi jobbar på fritidsförvaltningen i Borlänge kommun. Bara 30 % av besökarna på "
                           "fritidsgårdarna är flickor (2024). Vi har provat tjejkvällar en gång i veckan."])
    assert [(f.text, f.group, f.subject, f.year) for f in facts.figures] == [
        ("30 %", "flickor", "bland besökarna på fritidsgårdarna", "2024")]
    assert facts.tried == ["Vi har provat tjejkvällar en gång i veckan"]


def test_what_was_tried_without_help_is_tried_not_a_problem() -> None:
    facts = extract_facts(["Vi är Granskolan i Härnösands kommun. 14 % av pojkarna och 19 % av flickorna i åk 4–6 "
                           "hade mer än 15 % frånvaro läsåret 2023/24. Mentorerna ringer hem men det har inte hjälpt."])
    assert facts.tried == ["Mentorerna ringer hem men det har inte hjälpt"]
    assert not any("Mentorerna" in p for p in facts.problems)


def test_a_school_is_pa_and_a_municipality_i() -> None:
    assert [place_preposition(p) for p in ("Björkskolan", "Ekhagens skola", "Alingsås kommun", "Region Halland",
                                           "Alingsås")] == ["på", "på", "i", "i", "i"]
    assert substitute_org("Pojkar i kommun X/skola X är motiverade.", "Granskolan") == \
        "Pojkar på Granskolan är motiverade."
    assert substitute_org("I kommun x/skola x känner sig elever trygga.", "Björkskolan").startswith("På Björkskolan")
    assert substitute_org("I kommun x/skola x känner sig elever trygga.", "Alingsås kommun").startswith(
        "I Alingsås kommun")


# --- through the service ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_follow_up_plan_measures_each_indicator_on_its_own(assistant: Assistant) -> None:
    draft = assistant.respond({"message": SURVEY, "mode": "uppfoljning"}).draft
    assert draft is not None
    indicators = [s for s in draft.sections if s.key.startswith("indikator")]
    assert len(indicators) >= 2
    fields = [{i.text.split(":", 1)[0]: i for i in s.items} for s in indicators]
    first = fields[0]
    assert first["Källa"].provenance == "user" and "trivselenkäten" in first["Källa"].text
    # the acceptable result is the user's own baseline, each group's figure and the gap between them (12 points)
    acceptable = first["Acceptabelt resultat"].text
    assert "27 %" in acceptable and "15 %" in acceptable and "12 procentenheter" in acceptable
    assert len({f["Acceptabelt resultat"].text for f in fields}) == len(fields)  # not one line repeated
    assert len({f["Källa"].text for f in fields}) >= 2
    for section in indicators:  # every indicator has its own baseline and target, a gap where the user gave none
        texts = [i.text for i in section.items]
        assert any(t.startswith(("Utgångsvärde", "Fyll i: utgångsvärde")) for t in texts)
        assert any(t.startswith(("Målvärde", "Fyll i: målvärde")) for t in texts)


@pytest.mark.needs_corpus_index
def test_an_observed_split_of_speaking_time_is_followed_up_by_observation(assistant: Assistant) -> None:
    # 62 % and 38 % of one whole (the time in circle time): both shares cannot go up, the split is to even out, and
    # who gets the word is seen in the activity, not counted from participant lists
    message = ("Vi är Solrosens förskola med 64 barn. I vår observation hösten 2025 fick pojkarna ordet 62 procent av "
               "tiden i samlingen och flickorna 38 procent.")
    draft = assistant.respond({"message": message, "mode": "uppfoljning"}).draft
    assert draft is not None
    first = next(s for s in draft.sections if s.key.startswith("indikator"))
    fields = {i.text.split(":", 1)[0]: i.text for i in first.items}
    assert "jämnare" in fields["Acceptabelt resultat"] and "24 procentenheter" in fields["Acceptabelt resultat"]
    assert "går upp" not in fields["Acceptabelt resultat"]
    assert "observation" in fields["Mått"] and "deltagarlistor" not in fields["Källa"]


@pytest.mark.needs_corpus_index
def test_a_groups_part_of_a_whole_evens_out_in_the_acceptable_result(assistant: Assistant) -> None:
    # 68 % of the visitors are boys: the boys' share is to go down towards an even split, not up
    message = ("Vi är kultur- och fritidsförvaltningen i Ekby kommun. Fritidsgårdarnas besökare är till 68 procent "
               "pojkar 2025. Vi vill att fler flickor kommer till fritidsgårdarna.")
    draft = assistant.respond({"message": message, "mode": "uppfoljning"}).draft
    assert draft is not None
    first = next(s for s in draft.sections if s.key.startswith("indikator"))
    acceptable = next(i.text for i in first.items if i.text.startswith("Acceptabelt resultat"))
    # ... said of both groups now that the girls' 32 % is worked out from the boys' 68 % (with_complements)
    assert "jämnare" in acceptable and "68 %" in acceptable and "32 %" in acceptable, acceptable
    assert not re.search(r"går upp|ska öka", acceptable), acceptable


@pytest.mark.needs_corpus_index
def test_every_fact_the_user_gave_is_kept_in_the_draft(assistant: Assistant) -> None:
    message = ("Vi är Granskolan i Härnösands kommun. Frånvaron har ökat: 14 % av pojkarna och 19 % av flickorna i "
               "åk 4–6 hade mer än 15 % frånvaro läsåret 2023/24. Mentorerna ringer hem men det har inte hjälpt.")
    response = assistant.respond({"message": message, "mode": "lokalt_mal"})
    draft = response.draft
    assert draft is not None
    for fact in ("Granskolan", "Härnösands kommun", "åk 4–6", "14 %", "19 %", "2023/24",
                 "Mentorerna ringer hem men det har inte hjälpt"):
        assert fact in response.text, fact
    notes = draft.section("ovrigt")
    assert notes is not None and all(i.provenance == "user" for i in notes.items)
    # an absence problem fits no goal card (not the motivation card of the mentors it tried) ...
    assert draft.card == "" and "inget färdigt mål" in response.text
    # ... and its carriers are the actors the material names on absence, not a gap
    actors = draft.section("aktorer")
    assert actors is not None and actors.items and not any(i.gap for i in actors.items)
    assert all(i.provenance == "source" and i.citations for i in actors.items)


@pytest.mark.needs_corpus_index
def test_a_survey_typed_without_diacritics_is_the_goals_data_source(assistant: Assistant) -> None:
    response = assistant.respond({"message": "jag ar ny samordnare i alingsas kommun. i var elevenkat 2024 svarade "
                                  "31 % av flickorna i ak 8 att de kanner sig otrygga i korridorerna, jamfort med "
                                  "12 % av pojkarna. vi vill ha ett mal for det.", "mode": "lokalt_mal"})
    draft = response.draft
    assert draft is not None
    measurable = {i.text.split(":", 1)[0]: i for i in draft.section("matbart").items}  # type: ignore[union-attr]
    assert measurable["Datakälla"].provenance == "user" and "er elevenkät" in measurable["Datakälla"].text
    assert "känner sig otrygga i korridorerna" in measurable["Indikator"].text
    assert "I Alingsås kommun" in response.text or "i Alingsås kommun" in response.text


@pytest.mark.needs_corpus_index
def test_a_goal_on_how_a_group_is_made_up_evens_it_out(assistant: Assistant) -> None:
    response = assistant.respond({"message": "Vi jobbar på fritidsförvaltningen i Borlänge kommun. Bara 30 % av "
                                  "besökarna på fritidsgårdarna är flickor (2024).", "mode": "lokalt_mal"})
    draft = response.draft
    # both groups: the boys' 70 % is worked out from the girls' 30 % (with_complements)
    assert draft is not None and "andel flickor och pojkar bland besökarna på fritidsgårdarna" in draft.title
    goal = draft.section("mal").items[0].text  # type: ignore[union-attr]
    # the förvaltning's own name is the plan's place, within its municipality
    assert goal.startswith("Fördelningen mellan pojkar och flickor bland besökarna på fritidsgårdarna inom "
                           "fritidsförvaltningen i Borlänge kommun"), goal
    assert "ska bli jämnare" in goal and "som på fritidsgårdarna" not in response.text


@pytest.mark.needs_corpus_index
def test_a_changed_target_group_keeps_the_goal_and_its_check_the_assistants(assistant: Assistant) -> None:
    """'byt målgrupp' is the user's request, but the goal rewritten for the new group is still the assistant's
    proposal: marking it '(ni angav)' told the user they had written it (trial16). Their own figures stay theirs."""
    *_, narrowed = converse(assistant, [
        ("lokalt_mal", "Vi är Björkskolan, åk 7–9. 38 % av pojkarna och 22 % av flickorna saknar godkänt i "
                       "matematik 2024."),
        ("lokalt_mal", "byt målgrupp till åk 4–6")])
    draft = narrowed.draft
    assert draft is not None
    goal = [i for i in draft.section("mal").items if "åk 4–6" in i.text]  # type: ignore[union-attr]
    assert goal and all(i.provenance == "suggestion" for i in goal) and "(ni angav)" in narrowed.text
    assert all(i.provenance == "suggestion" for i in draft.section("kontroll").items)  # type: ignore[union-attr]


@pytest.mark.needs_corpus_index
def test_actors_are_those_the_documents_name_on_the_problem(tmp_path: Path, corpus_components) -> None:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path, corpus_components, {"franvaro.md": (
        "# Rapport om skolfrånvaro i Exempelstad\n\n"
        "## Arbetet mot frånvaro\n\n"
        "Elevhälsan och mentorn följer upp varje elev med upprepad frånvaro varje vecka.\n\n"
        "Rektor ansvarar för att frånvaron sammanställs per termin och att vårdnadshavare kontaktas tidigt.\n\n"
        "## Åtgärder\n\n"
        "Skolan behöver se över hur frånvaro anmäls och följs upp av mentorerna.\n")})
    response = bot.respond({"message": "Vi är Lindskolan. 20 % av pojkarna och 25 % av flickorna i åk 7–9 har hög "
                            "frånvaro 2024.", "mode": "lokalt_mal"})
    draft = response.draft
    assert draft is not None
    actors = draft.section("aktorer")
    assert actors is not None
    names = {i.text for i in actors.items if not i.gap}
    assert names and names <= {"Elevhälsan", "Mentorer", "Rektor", "Vårdnadshavare"}, names
    assert all(i.citations for i in actors.items)
    assert "på Lindskolan" in response.text


# --- the size of the place, a problem of two clauses, a shorter goal check (trial 17) -------------------------

EKBACKA = ("Vi är Ekbackaskolan i Lindvik, åk 7–9, 410 elever. I elevenkäten våren 2025 svarade 64 % av flickorna och "
           "83 % av pojkarna att de känner sig trygga på rasterna. Flickor anmäler oftare sexuella trakasserier i "
           "korridorerna och många flickor undviker uppehållsrummet.")


def test_the_number_of_pupils_at_the_school_is_its_size_not_a_result_without_a_year() -> None:
    facts = extract_facts([EKBACKA])
    assert facts.size == "410 elever"
    assert [f.text for f in facts.figures] == ["64 %", "83 %"] and facts.issues == []
    # a count that a later figure is part of stays a figure ('120 elever, varav 40 flickor' is 33 % flickor)
    whole = extract_facts(["I åk 9 finns 120 elever, varav 40 flickor."])
    assert whole.size == "" and any(f.computed == "40 flickor av 120 elever" for f in whole.figures)


@pytest.mark.needs_corpus_index
def test_a_planners_size_two_problems_and_a_shorter_check_read_as_meant(assistant: Assistant) -> None:
    problem, goal, short = converse(assistant, [("problemformulering", EKBACKA), ("lokalt_mal", "Gör ett lokalt mål"),
                                                ("lokalt_mal", "kortare")])
    text = problem.text
    assert "Gäller: flickor och pojkar i åk 7–9 på Ekbackaskolan (410 elever)" in text
    assert "saknar år" not in text and "Nuläge: 410" not in text and "Elever: 410" not in text
    # 'kortare' keeps the criteria the goal fails: they are what is left to fill in
    check = next(s for s in short.draft.sections if s.key == "kontroll")
    failing = [i.text for i in next(s for s in goal.draft.sections if s.key == "kontroll").items if ": nej" in i.text]
    assert failing and [i.text for i in check.items] == failing
    plan = converse(assistant, [("problemformulering", EKBACKA), ("uppfoljning", "Och en uppföljningsplan")])[1]
    names = [s.items[0].text for s in plan.draft.sections if s.key.startswith("indikator")]
    # each clause of 'Flickor anmäler oftare … och många flickor undviker …' is measured on its own, in Swedish that
    # holds: no comparing 'oftare' in a share of each group, no 'med frågor om som …'
    assert any(n.endswith("som anmäler sexuella trakasserier i korridorerna") for n in names), names
    assert any(n.endswith("som undviker uppehållsrummet") for n in names), names
    assert "oftare" not in " ".join(names) and "frågor om som" not in plan.text
