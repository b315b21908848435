"""Session 33's planners outside school: figures told group first, per place or per year, a refusal read with its
applicants, a count's age band as the place's size, noun rates followed per group, the direction of refusals and
below-level results and what the writers have not looked into. The unit
tests need nothing; the conversations need the corpus index."""

from __future__ import annotations

import pytest

from assistant.generation.facts import extract_facts
from assistant.generation.targets import should_fall
from assistant.service import Assistant


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


def _figures(message: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.group, f.text, f.subject, f.year) for f in extract_facts([message]).figures]


def test_a_labelled_pair_is_each_groups_rate_of_the_label() -> None:
    assert _figures("Vi är Furugymnasiet. Ogiltig frånvaro ht 2025: pojkar 7 %, flickor 4 %.") == [
        ("pojkar", "7 %", "ogiltig frånvaro", "2025"), ("flickor", "4 %", "ogiltig frånvaro", "2025")]


def test_a_rate_said_for_each_group_is_the_measure_not_var_for() -> None:
    figures = _figures("Vi är HR-avdelningen i Nordanstigs kommun. Sjukfrånvaron var 9,1 % för kvinnor och 4,8 % för "
                       "män 2024.")
    assert [(g, t, s) for g, t, s, _ in figures] == [("flickor", "9,1 %", "sjukfrånvaron"),
                                                   ("pojkar", "4,8 %", "sjukfrånvaron")]


def test_a_slash_pair_per_year_is_a_split_among_the_units_people() -> None:
    facts = extract_facts(["Vi är kultur- och fritidsförvaltningen i Mora kommun. På fritidsgården Björken var "
                           "fördelningen pojkar/flickor 60 % mot 40 % år 2023 och 72 % mot 28 % år 2025."])
    assert [(f.group, f.text, f.year) for f in facts.figures] == [
        ("pojkar", "60 %", "2023"), ("flickor", "40 %", "2023"),
        ("pojkar", "72 %", "2025"), ("flickor", "28 %", "2025")]
    # the place is the plan's own, said by the draft already: the share is among its visitors
    assert facts.school == "Fritidsgården Björken" and {f.subject for f in facts.figures} == {"bland besökarna"}
    assert not facts.issues  # no 'Motstridiga siffror' between the two years


def test_values_alone_for_another_place_follow_the_share_before_them() -> None:
    figures = _figures("2024 var 68 procent av besökarna på fritidsgårdarna pojkar, på Räven 60 % mot 40 %.")
    assert ("pojkar", "60 %", "bland besökarna på Räven", "2024") in figures
    assert ("flickor", "40 %", "bland besökarna på Räven", "2024") in figures
    assert all(g for g, _, _, _ in figures)  # no 'Alla: 60 % mot'


def test_a_series_of_years_and_the_other_groups_value_for_both() -> None:
    figures = _figures("Björkvallens skola: andelen pojkar med minst E i engelska i åk 9 var 71 % 2023 och 66 % 2024, "
                       "flickorna 84 % båda åren.")
    assert figures == [("pojkar", "71 %", "har minst E i engelska", "2023"),
                       ("pojkar", "66 %", "har minst E i engelska", "2024"),
                       ("flickor", "84 %", "har minst E i engelska", "2023"),
                       ("flickor", "84 %", "har minst E i engelska", "2024")]


def test_shares_after_a_verb_of_taking_part_are_among_those_who_took_part() -> None:
    figures = _figures("Vi är socialtjänstens familjebehandling i Söderhamn. 2025 deltog 85 % mammor och 15 % pappor "
                       "i föräldrastödsgrupperna.")
    assert figures == [("flickor", "85 %", "bland dem som deltog i föräldrastödsgrupperna", "2025"),
                       ("pojkar", "15 %", "bland dem som deltog i föräldrastödsgrupperna", "2025")]


def test_a_resource_to_gendered_teams_is_the_resources_share() -> None:
    figures = _figures("Av bokad halltid 2024 gick 70 procent till pojklag och 30 procent till flicklag.")
    assert [(g, t, s) for g, t, s, _ in figures] == [("pojkar", "70 %", "andel av bokad halltid som går till lag"),
                                                   ("flickor", "30 %", "andel av bokad halltid som går till lag")]


def test_a_refusal_of_those_who_applied_keeps_both_verbs() -> None:
    figures = _figures("2024 fick 31 % av kvinnorna som ansökte avslag mot 19 % av männen.")
    assert [(g, t, s) for g, t, s, _ in figures] == [("flickor", "31 %", "ansökte och fick avslag"),
                                                   ("pojkar", "19 %", "ansökte och fick avslag")]
    assert should_fall("som ansökte och fick avslag") and should_fall("som läste under förväntad nivå")


def test_a_counts_age_band_is_the_size_of_the_place() -> None:
    facts = extract_facts(["Vi är förskolan Lärkan i Ljusdals kommun med 64 barn 1–5 år. Vid observationer under vt "
                           "2025 tog pojkarna 70 % av platsen i bygghörnan och flickorna 30 %."])
    assert facts.size == "64 barn 1–5 år"
    assert not facts.issues and all(f.text != "64 barn" for f in facts.figures)


def test_what_they_have_not_looked_into_is_to_find_out() -> None:
    facts = extract_facts(["25 % av kvinnorna fick avslag 2024, mot 15 % av männen. Vi har inte granskat besluten."])
    assert facts.unknowns == ["Vi har inte granskat besluten"]


def test_the_group_behind_in_a_plan_of_both() -> None:
    assert extract_facts(["2025 saknade 38 % av pojkarna och 21 % av flickorna godkänt i svenska."]).behind == "pojkar"
    assert extract_facts(["2025 hade 62 % av pojkarna och 80 % av flickorna godkänt i svenska."]).behind == "pojkar"


@pytest.mark.needs_corpus_index
def test_a_noun_rate_is_followed_for_each_group_and_should_fall(assistant: Assistant) -> None:
    r = assistant.respond({"message": "Vi är Furugymnasiet. Ogiltig frånvaro ht 2025: pojkar 7 %, flickor 4 %.",
                           "mode": "lokalt_mal"})
    assert "Indikator: ogiltig frånvaro för pojkar och för flickor" in r.text
    assert "Ogiltig frånvaro för pojkar och för flickor på Furugymnasiet ska minska" in r.text
    assert "som ogiltig frånvaro" not in r.text


def test_a_share_of_a_whole_with_the_group_last_is_a_share_among_them() -> None:
    figures = _figures("Vi är personalavdelningen på Skogsbo kommun. 2024 var bara 22 % av de sökande till "
                       "chefsutbildningen kvinnor, fast 70 % av de anställda är kvinnor.")
    assert ("flickor", "22 %", "bland de sökande till chefsutbildningen", "2024") in figures
    assert ("flickor", "70 %", "bland de anställda", "2024") in figures
    assert all(g for g, _, _, _ in figures)
