"""The user's facts are the draft's backbone: values without a unit, counts of a group and parts of a count (as shares
worked out from them), a season's year carried to the figures after it, time words kept out of what is measured, and
what the user says they have not done kept as something to find out — never a problem, an indicator or a title; a
shorter draft says each of their facts once."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.generation.facts import extract_facts
from tests.test_answer_engine import _ingest_folder

# --- pure parts ------------------------------------------------------------------------------------------


def test_a_value_per_group_without_a_unit_is_a_figure_and_the_seasons_year_carries() -> None:
    facts = extract_facts(["Almviksskolan, åk 7–9. Hösten 2023 låg meritvärdet i åk 9 för pojkar 187 och för "
                           "flickor 226. 52 % av pojkarna och 75 % av flickorna var behöriga till yrkesprogram."])
    values = [(f.text, f.group, f.subject, f.year) for f in facts.figures if f.is_value]
    assert values == [("187", "pojkar", "meritvärdet", "2023"), ("226", "flickor", "meritvärdet", "2023")]
    assert [f.year for f in facts.figures if f.is_share] == ["2023", "2023"]  # 'Hösten 2023' dates the next sentence
    assert not any("saknar år" in i for i in facts.issues), facts.issues
    assert facts.figures[0].describe() == "meritvärdet för pojkar 187 (2023)"


def test_counts_of_a_group_become_shares_worked_out_from_the_users_own_figures() -> None:
    facts = extract_facts(["Vi hade lovskola i engelska för åk 8 på Rönnskolan sommaren 2024. 16 pojkar och 9 flickor "
                           "deltog. 12 av pojkarna och 8 av flickorna klarade det nationella provet efteråt."])
    shares = [(f.text, f.group, f.subject, f.year, f.computed) for f in facts.figures if f.is_share]
    assert shares == [("75 %", "pojkar", "klarade det nationella provet", "2024", "12 av 16 pojkar"),
                      ("89 %", "flickor", "klarade det nationella provet", "2024", "8 av 9 flickor")]
    assert "beräknat av era siffror: 12 av 16 pojkar" in facts.figures[2].describe()
    assert not facts.issues, facts.issues  # 'sommaren 2024' is a year; no '16 pojkar av pojkarna'


def test_a_part_of_a_count_is_the_share_of_that_group_among_them() -> None:
    facts = extract_facts(["Prova-på-kvällarna i simhallen hade 25 deltagare, varav 5 flickor."])
    share = next(f for f in facts.figures if f.is_share)
    assert (share.text, share.group, share.subject, share.computed) == (
        "20 %", "flickor", "bland deltagarna", "5 flickor av 25 deltagare")
    assert share.describe() == "20 % bland deltagarna är flickor (beräknat av era siffror: 5 flickor av 25 deltagare)"
    assert facts.issues == ["Siffran 25 deltagare saknar år. Fyll i vilket år eller läsår den gäller."]


def test_a_group_counted_as_a_part_is_the_size_of_a_later_count_of_that_group() -> None:
    facts = extract_facts(["Vi hade lovskola i matematik på Ekskolan sommaren 2024. 24 elever deltog, varav 17 pojkar. "
                           "15 av pojkarna fick minst E i matematik efteråt."])
    shares = [(f.text, f.group, f.subject, f.computed) for f in facts.figures if f.is_share]
    assert shares == [("71 %", "pojkar", "bland eleverna", "17 pojkar av 24 elever"),
                      ("88 %", "pojkar", "fick minst E i matematik", "15 av 17 pojkar")]


def test_a_sentence_with_its_own_time_word_does_not_take_an_earlier_year() -> None:
    facts = extract_facts(["På Ekskolan i åk 9: 2023 hade 30 % av pojkarna godkänt i matematik. Nu har 40 % av "
                           "pojkarna godkänt i matematik."])
    assert [(f.text, f.year) for f in facts.figures] == [("30 %", "2023"), ("40 %", None)]
    assert facts.issues == ["Siffran 40 % av pojkarna saknar år. Fyll i vilket år eller läsår den gäller."]


def test_a_lack_is_part_of_the_problem_and_only_not_knowing_is_to_find_out() -> None:
    facts = extract_facts(["Ekskolan åk 8. Skolan har ingen kurator. Vi har inga speciallärare. Det ser bra ut i "
                           "klassrummen på morgonen. Lärarna ser att pojkarna tappar motivationen. Vi har inte mätt "
                           "frånvaron. Skolan saknar statistik på läxhjälpen."])
    assert facts.unknowns == ["Vi har inte mätt frånvaron", "Skolan saknar statistik på läxhjälpen"]
    assert facts.problems == ["Skolan har ingen kurator", "Vi har inga speciallärare", "pojkarna tappar motivationen"]


def test_time_words_are_when_a_figure_was_measured_not_what_it_measures() -> None:
    facts = extract_facts(["På Hagaskolan nådde 44 % av pojkarna och 69 % av flickorna målen i idrott våren 2024."])
    assert {f.subject for f in facts.figures} == {"nådde målen i idrott"}
    assert {f.year for f in facts.figures} == {"2024"}


def test_what_the_user_has_not_done_is_to_find_out_not_a_problem() -> None:
    facts = extract_facts(["Björnåsens skola, åk 4–6: 33 % av pojkarna läser varje dag 2024. Vi har inte frågat "
                           "vårdnadshavarna om läsningen hemma. Vi vet inte hur flickorna svarade."])
    assert facts.unknowns == ["Vi har inte frågat vårdnadshavarna om läsningen hemma",
                              "Vi vet inte hur flickorna svarade"]
    assert not any("inte" in p for p in facts.problems), facts.problems


def test_an_observation_the_staff_report_is_part_of_the_problem() -> None:
    facts = extract_facts(["Ekorrskolan åk 7–9. Mentorerna beskriver en utbredd skoltrötthet bland killarna."])
    assert facts.problems == ["Mentorerna beskriver en utbredd skoltrötthet bland killarna"]


# --- drafts over the test's own documents ------------------------------------------------------------------

REPORT = (
    "# Läsprojektet i Exempelby\n\n"
    "## Resultat\n\n"
    "Andelen pojkar som säger att de läser på fritiden ökade från 30 procent till 52 procent under projektet.\n\n"
    "## Bakgrund\n\n"
    "Läs-ovilja är vanligare bland pojkar än bland flickor i mellanstadiet enligt flera studier.\n\n"
    "Pojkars läsning på fritiden påverkas av om det finns böcker hemma och om vuxna läser själva.\n\n"
    "Flickor och pojkar väljer olika slags böcker när de själva får välja vad de läser.\n")
SITUATION = ("På Videskolan i åk 6 läser 35 % av pojkarna och 61 % av flickorna på fritiden hösten 2024. Lärarna "
             "beskriver en läsovilja bland pojkarna. Vi har inte frågat vårdnadshavarna om läsningen hemma.")


@pytest.mark.needs_corpus_index
def test_a_draft_keeps_the_users_cause_and_unknowns_and_no_other_places_results(  # type: ignore[no-untyped-def]
        tmp_path: Path, corpus_components) -> None:
    bot, _ = _ingest_folder(tmp_path, corpus_components, {"lasprojekt.md": REPORT})
    problem = bot.respond({"message": SITUATION, "mode": "problemformulering"})
    draft = problem.draft
    assert draft is not None
    # another place's measured result is never the user's problem or nuläge
    assert "ökade från 30 procent" not in problem.text
    # the cause the user named meets the material's statement of it first, hyphen or not
    causes = [i.text for i in draft.section("orsaker").items]  # type: ignore[union-attr]
    assert causes[0].startswith("Läs-ovilja är vanligare bland pojkar"), causes
    # what they have not done is what they need to find out, not a problem or the title
    unknown = " ".join(i.text for i in draft.section("behover").items)  # type: ignore[union-attr]
    assert "Vi har inte frågat vårdnadshavarna om läsningen hemma" in unknown
    assert "inte frågat" not in draft.title and "(2024)" in problem.text and "saknar år" not in problem.text
    # 'kortare' says each of the user's facts once: 'Det vi vet' repeated the nuläge's figures
    short = bot.respond({"message": "Kortare, tack.", "mode": "problemformulering", "history": [
        {"role": "user", "content": SITUATION}, {"role": "assistant", "content": problem.text}]})
    assert "Pojkar: 35 % läser på fritiden (2024)" in short.text and "Nuläge: 35 %" not in short.text, short.text
    assert short.text.count("\n- ") < problem.text.count("\n- ") - 2
    follow = bot.respond({"message": SITUATION, "mode": "uppfoljning"})
    assert follow.draft is not None
    headings = [s.heading for s in follow.draft.sections if s.key.startswith("indikator_")]
    assert headings and not any("inte frågat" in h for h in headings), headings
    assert "inte frågat" not in follow.draft.title and "Vi har inte frågat vårdnadshavarna" in follow.text


@pytest.mark.needs_corpus_index
def test_a_follow_up_plan_calls_a_figure_measured_after_the_work_its_result_not_its_baseline(  # type: ignore[no-untyped-def]
        tmp_path: Path, corpus_components) -> None:
    """'… fick minst E i svenska efteråt' is what the lovskola led to: the plan names it as the result after the
    work and still asks for the baseline before it. A figure of the present stays the baseline (control)."""
    bot, _ = _ingest_folder(tmp_path, corpus_components, {"lasprojekt.md": REPORT})
    after = ("Lovskola i svenska för åk 9 på Videskolan sommaren 2025: 20 pojkar och 8 flickor deltog. 15 av pojkarna "
             "och 6 av flickorna fick minst E i svenska efteråt.")
    plan = bot.respond({"message": after, "mode": "uppfoljning"})
    first = [i.text for i in plan.draft.section("indikator_1").items]  # type: ignore[union-attr]
    assert any(t.startswith("Resultat efter insatsen: pojkar 75 %") for t in first), first
    assert not any(t.startswith("Utgångsvärde:") for t in first), first
    assert any("utgångsvärde" in t.lower() and "innan" in t for t in first), first
    now = bot.respond({"message": SITUATION, "mode": "uppfoljning"})
    items = [i.text for i in now.draft.section("indikator_1").items]  # type: ignore[union-attr]
    assert any(t.startswith("Utgångsvärde: pojkar 35 %") for t in items), items
