"""Session 36's planners: a share told again for a later year with its group elided, an average whose other group is
told with words of its own or whose noun has a participle, an amount written with a space between thousands, counts
of people with an adjective, a numbered list whose first item's sentences stand apart from it, and a target group
named anew in the indicator. The unit tests need nothing; the list test reads the PDF's text."""

from __future__ import annotations

from assistant.generation.extractive.compose import list_after
from assistant.generation.extractive.drafts.measures import _regrade
from assistant.generation.facts import extract_facts
from assistant.grounding.passages import split_sentences
from assistant.schema import Chunk


def _figures(message: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.group, f.text, f.subject, f.year) for f in extract_facts([message]).figures]


def test_a_share_told_again_for_a_later_year_is_the_same_groups() -> None:
    assert _figures("På el- och energiprogrammet var 2023 bara 4 procent av eleverna tjejer och 2025 6 procent.") == [
        ("flickor", "4 %", "bland eleverna på el- och energiprogrammet", "2023"),
        ("flickor", "6 %", "bland eleverna på el- och energiprogrammet", "2025")]
    assert _figures("2022 hade 12 % av pojkarna hög frånvaro, och år 2024 9 %.") == [
        ("pojkar", "12 %", "hade hög frånvaro", "2022"), ("pojkar", "9 %", "hade hög frånvaro", "2024")]
    # a share of others after the year ('2025 40 % av dem') is no elided share
    assert _figures("38 % av pojkarna saknar godkänt 2024 och 2025 40 % av dem.")[-1][0] == ""


def test_an_average_whose_other_group_is_told_with_words_of_its_own() -> None:
    assert _figures("2024 lånade pojkar 7–12 år i snitt 6 böcker och flickor i samma ålder 14 böcker.") == [
        ("pojkar", "6 böcker", "antal böcker i snitt (lånade)", "2024"),
        ("flickor", "14 böcker", "antal böcker i snitt (lånade)", "2024")]
    assert _figures("2025 fick kvinnor över 80 år i snitt 31 beviljade timmar i månaden och män i samma ålder 38 "
                    "timmar.") == [
        ("flickor", "31 timmar", "antal beviljade timmar i snitt (i månaden)", "2025"),
        ("pojkar", "38 timmar", "antal beviljade timmar i snitt (i månaden)", "2025")]


def test_an_amount_with_a_space_between_thousands_is_one_figure() -> None:
    assert _figures("Lönekartläggningen 2025: kvinnornas medianlön i undersköterskegruppen är 29 800 kr och männens "
                    "31 200 kr.") == [
        ("flickor", "29 800 kr", "medianlön i undersköterskegruppen", "2025"),
        ("pojkar", "31 200 kr", "medianlön i undersköterskegruppen", "2025")]
    assert _figures("Pojkarnas meritvärde var 198 och flickornas 236 år 2024.") == [
        ("pojkar", "198", "meritvärde", "2024"), ("flickor", "236", "meritvärde", "2024")]


def test_a_count_of_counted_people_with_an_adjective_is_a_share() -> None:
    assert _figures("Av 96 inskrivna barn är 47 flickor.") == [("flickor", "49 %", "bland barnen", None)]
    assert _figures("5 av 40 aktiva medlemmar är kvinnor 2024.") == [("flickor", "13 %", "bland medlemmarna", "2024")]


def _chunk(text: str) -> Chunk:
    return Chunk(chunk_id="c1", source="rapport.pdf", title="Rapport", doc_type="report",
                 heading_path=["Prioriterade åtgärder"],
                 text=text, start_line=1, end_line=text.count("\n") + 1)


def test_a_numbered_list_goes_on_past_its_first_items_sentences_set_apart() -> None:
    text = ("Elevhälsoteamet har prioriterat följande åtgärder för 2026:\n\n"
            "1. Samtalsgrupper om stress och sömn. Ansvarig: skolkurator.\n\n"
            "Start den 2 februari 2026. Kostnad: 18 000 kronor.\n"
            "2. Kuratorns drop in-tid flyttas till lunchrasten.\n"
            "3. En ny rutin för tidig frånvarouppföljning införs.\n\n"
            "Elevhälsoteamet följer upp åtgärderna i juni.\n")
    chunk = _chunk(text)
    lead = next(s for s in split_sentences(chunk) if s.text.endswith(":"))
    assert [s.text[:20] for s in list_after(lead)] == [
        "Samtalsgrupper om st", "Kuratorns drop in-ti", "En ny rutin för tidi"]
    # an unnumbered list still ends at its first paragraph
    chunk = _chunk("Vi gör följande:\n\n- Läxhjälp.\n\nSedan annat.\n- Något annat.\n")
    lead = next(s for s in split_sentences(chunk) if s.text.endswith(":"))
    assert [s.text for s in list_after(lead)] == ["Läxhjälp."]


class _Ctx:
    def __init__(self, facts):  # type: ignore[no-untyped-def]
        self.facts = facts


def test_a_target_group_named_anew_is_named_in_the_indicator() -> None:
    facts = extract_facts(["Vi är förskolan Lärkan. Pojkarna tar mest plats i samlingen."])
    facts.named_group = "de yngsta barnen, 1–3 år"
    said = _regrade("andel pojkar och andel flickor som tar mest plats i samlingen", _Ctx(facts))  # type: ignore
    assert said == "andel pojkar och andel flickor bland de yngsta barnen, 1–3 år som tar mest plats i samlingen"


def test_a_resource_share_told_after_its_amount_is_the_resources() -> None:
    figures = extract_facts(["Under 2024 fördelades 2,1 miljoner kr i lokalt aktivitetsstöd, varav 38 % gick till "
                             "flickors aktiviteter."]).figures
    assert [(f.group, f.text, f.subject, f.rate) for f in figures] == [
        ("flickor", "38 %", "andel av lokalt aktivitetsstöd som går till aktiviteter", True)]


def test_a_share_whose_measure_lacks_its_verb_takes_the_one_before_it() -> None:
    assert _figures("Björkängsskolan åk 4–6: i idrott och hälsa fick 2023/2024 93 % av pojkarna minst E, jämfört med "
                    "81 % av flickorna.") == [("pojkar", "93 %", "fick minst E", "2023/2024"),
                                              ("flickor", "81 %", "fick minst E", "2023/2024")]
    # a share told as 'andelen som …' measures what they did
    assert _figures("Andelen som tog examen inom tre år var 71 % för pojkarna och 83 % för flickorna 2024.") == [
        ("pojkar", "71 %", "tog examen inom tre år", "2024"), ("flickor", "83 %", "tog examen inom tre år", "2024")]


def test_a_count_of_things_and_one_groups_part_of_it_is_that_groups_share() -> None:
    figures = extract_facts(["Ungdomsmottagningen i Åsby: 2024 gjordes 1 860 besök, varav 312 av killar."]).figures
    assert [(f.group, f.text, f.part, f.computed, f.year) for f in figures] == [
        ("pojkar", "17 %", "besöken", "312 av 1 860 besök", "2024")]


def test_a_place_before_a_count_of_a_count_is_the_shares_people() -> None:
    assert _figures("Läsåret 2024/25 hade vi 412 elever, varav 118 pojkar. På trumkurserna är 9 av 10 elever "
                    "pojkar.")[1:] == [("pojkar", "29 %", "bland eleverna", "2024/25"),
                                       ("pojkar", "90 %", "bland eleverna på trumkurserna", "2024/25")]
    assert _figures("I fjol var 5 av 40 deltagare pojkar.")[0][2] == "bland deltagarna"


def test_what_the_user_wants_to_work_for_is_a_goal_and_their_lack_a_thing_to_find_out() -> None:
    facts = extract_facts(["Vi jobbar på biblioteket i Granvik. Vi vill göra något för att fler ska läsa men vi har "
                           "inga siffror ännu."])
    assert (facts.problems, facts.goals, facts.unknowns) == ([], ["fler ska läsa"], ["vi har inga siffror ännu"])


def test_a_clause_of_one_man_or_woman_in_a_household_is_part_of_the_problem() -> None:
    facts = extract_facts(["År 2024 var 62 procent av de sökande i hushåll med barn kvinnor, men i par-hushåll står "
                           "mannen som sökande i 4 av 5 ärenden."])
    assert "i par-hushåll står mannen som sökande i 4 av 5 ärenden" in facts.problems


def test_a_stage_named_as_a_point_in_time_names_no_grades() -> None:
    assert extract_facts(["Vi är Kulturskolan. Vi vet inte varför pojkarna slutar efter mellanstadiet."]).grades is None
    assert extract_facts(["Vi är en skola, mellanstadiet. Pojkarna läser mindre."]).grades == "åk 4–6"


def test_a_pay_mapping_is_no_test() -> None:
    from assistant.generation.extractive.drafts.measures import _kind
    assert _kind("Lönekartläggningen 2025: kvinnornas medianlön") != "test"
    assert _kind("andel under gränsen på kartläggningen i läsning") == "test"


def test_a_group_said_again_inside_the_named_group_is_said_once() -> None:
    from assistant.generation.audience import one_group, reword
    said = one_group("andel pojkar och andel flickor bland utrikes födda kvinnor som gick vidare", "flickor")
    assert reword(said, "män/kvinnor") == "andel utrikes födda kvinnor som gick vidare"


def test_a_question_on_a_part_the_draft_does_not_speak_of_is_not_pointed_to_it() -> None:
    from assistant import lexicon as lex
    from assistant.schema import Draft, DraftItem, DraftSection
    from assistant.service import _unchanged_note
    draft = Draft(kind="uppfoljning", title="Uppföljningsplan – Ängsskolan: andel flickor bland barnen", sections=[
        DraftSection(key="indikator_1", heading="Indikator 1: andel pojkar och andel flickor bland barnen",
                     items=[DraftItem(text="Mått: dokumentation och uppföljningssamtal")])])
    assert _unchanged_note(draft, "Vad är en bra indikator för trygghet?") == \
        lex.DRAFT_QUESTION_ELSEWHERE_NOTE.format(terms="trygghet")
    assert _unchanged_note(draft, "Vilken indikator ska vi ha?").startswith("Svaret på din fråga står i utkastet")
