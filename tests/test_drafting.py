"""Drafting v2: the user's facts, provenance per item, the method's form, a connected plan, edits, dilemma
facilitation, lättläst and the model's JSON drafts — through the service, the API and the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from assistant.errors import GenerationError, InputError
from assistant.generation.draft_json import parse_model_draft
from assistant.generation.drafts import mark_edits, parse_draft, render_draft
from assistant.generation.easy import cited_sentences, easy_text, lix
from assistant.generation.facts import extract_facts
from assistant.generation.plan import NO_DRAFT_REPLY, edit_request
from assistant.schema import Draft, DraftItem, DraftSection
from assistant.service import Assistant
from tests.fakes import FakeOpenAI
from tests.test_service import assert_citations_exact, llm_assistant

BJORK = ("Vi är Björkskolan, åk 7–9, 38 % av pojkarna och 22 % av flickorna saknar godkänt i matematik 2024, "
         "många har hög frånvaro. Vi har provat läxhjälp.")


# --- pure parts ------------------------------------------------------------------------------------------


def test_facts_are_read_with_year_unit_and_group() -> None:
    facts = extract_facts([BJORK])
    assert (facts.school, facts.grades, facts.target_group) == ("Björkskolan", "åk 7–9", "pojkar och flickor i åk 7–9")
    assert [(f.text, f.group, f.year) for f in facts.figures] == [("38 %", "pojkar", "2024"),
                                                                  ("22 %", "flickor", "2024")]
    assert facts.figures[0].subject == "saknar godkänt i matematik"
    assert facts.tried == ["Vi har provat läxhjälp"] and not facts.issues


@pytest.mark.parametrize(("message", "org", "expected"), [
    ("40 % av pojkarna har hög frånvaro 2024, och 140 % av pojkarna har hög frånvaro 2024.", None, "högst 100 %"),
    ("40 % av pojkarna har hög frånvaro 2024 men 45 % av pojkarna har hög frånvaro 2024.", None, "Motstridiga"),
    ("12 % av flickorna känner sig otrygga.", None, "saknar år"),
    ("Vi vill minska frånvaron.", "<b>Björk</b><script>x()</script>skolan", "formatering"),
    ("Vi vill minska frånvaron.", "<img src=x onerror=alert(1)>Ekedals <b>skola</b> [länk](javascript:alert(2))",
     "kod"),
])
def test_bad_facts_are_named_not_used(message: str, org: str | None, expected: str) -> None:
    facts = extract_facts([message], org=org)
    assert any(expected in issue for issue in facts.issues), facts.issues
    if org:
        assert facts.org is not None and "<" not in facts.org and "script" not in facts.org.lower()
        # nothing of the markup is left in the name a title and an export's file name are made of (trial 29)
        assert not set("()[]") & set(facts.org) and "länk" not in facts.org, facts.org


def test_provenance_survives_render_and_parse_and_an_edit_makes_an_item_the_users() -> None:
    draft = Draft(kind="lokalt_mal", title="Lokalt mål – Björkskolan", sections=[DraftSection(
        key="mal", heading="Förslag på lokalt mål", items=[
            DraftItem(text="Pojkar i Björkskolan når målen.", citations=[1], provenance="source"),
            DraftItem(text="Andelen ska minska", provenance="suggestion"),
            DraftItem(text="Utgångsvärde: 38 %", provenance="user"),
            DraftItem(text="Fyll i: målvärde", gap=True)])])
    text = render_draft(draft)
    assert "(förslag)" in text and "(ni angav)" in text and "[1]" in text
    back = parse_draft("lokalt_mal", text)
    assert back is not None and back.title == draft.title
    assert [(i.provenance, i.gap) for i in back.items()] == [("source", False), ("suggestion", False), ("user", False),
                                                            ("suggestion", True)]
    edited = parse_draft("lokalt_mal", text.replace("Andelen ska minska", "Andelen ska halveras"))
    assert edited is not None
    marked = mark_edits(back, edited)
    assert [i.provenance for i in marked.items()][:2] == ["source", "user"]
    with pytest.raises(ValueError, match="källhänvisning"):
        DraftItem(text="Påstående", provenance="source")


def test_model_json_draft_is_repaired_or_rejected_clearly() -> None:
    raw = '```json\n{"title": "T", "sections": [{"key": "mal", "items": [{"text": "A", "provenance": "source", ' \
          '"citations": [7]}, {"text": "B", "provenance": "kanske"}]},]}\n```'
    draft = parse_model_draft(raw, "lokalt_mal", {1, 2})
    assert draft.sections[0].heading == "Förslag på lokalt mål"
    assert [(i.provenance, i.citations) for i in draft.items()] == [("suggestion", []), ("suggestion", [])]
    for bad in ("Här är ditt utkast!", '{"sections": []}', '{"sections": [{"items": [{"text": ""}]}]}'):
        with pytest.raises(GenerationError, match="fel format"):
            parse_model_draft(bad, "lokalt_mal", {1})


def test_edit_requests_are_recognised() -> None:
    assert edit_request("Byt målgrupp till åk 4–6") == ("target", "åk 4–6")
    assert edit_request("gör målet mätbart")[0] == "measurable"  # type: ignore[index]
    assert edit_request("kortare")[0] == "shorter"  # type: ignore[index]
    assert edit_request("Lägg till aktörer")[0] == "actors"  # type: ignore[index]
    assert edit_request("skriv om för rektorer") == ("audience", "rektorer")
    assert edit_request("Vilka insatser finns mot frånvaro?") is None
    # typed without å/ä/ö, as questions often are
    assert edit_request("skriv om for rektorer") == ("audience", "rektorer")
    assert edit_request("gor malet matbart")[0] == "measurable"  # type: ignore[index]
    assert edit_request("lagg till aktorer")[0] == "actors"  # type: ignore[index]
    assert edit_request("byt malgrupp till ak 4-6") == ("target", "ak 4-6")


def test_a_target_the_user_sets_is_the_goals_target_not_the_current_state() -> None:
    facts = extract_facts(["Vi är Björkskolan, åk 7–9, 38 % av pojkarna och 22 % av flickorna saknar godkänt i "
                           "matematik 2024. Pojkarna ska ner till 20 % och flickorna till 12 % till våren 2026."])
    assert [f.text for f in facts.figures] == ["38 %", "22 %"]  # the target's figures are no nuläge
    assert facts.target is not None and facts.target.values_text == "pojkar 20 %; flickor 12 %"
    assert facts.target.date == "våren 2026"
    later = extract_facts(["Målvärdet är 10 % för pojkar och 6 % för flickor senast juni 2027."]).target
    assert later is not None and (later.values_text, later.date) == ("pojkar 10 %; flickor 6 %", "juni 2027")
    assert extract_facts(["Fler pojkar ska nå godkänt i matematik 2025."]).target is None  # a goal, no target value


def test_a_current_figure_beside_a_wish_to_improve_is_the_current_state_not_a_target() -> None:
    facts = extract_facts(["Vi är Tallskolan. Bara 61 % av pojkarna i åk 9 når målen i alla ämnen och vi vill att "
                           "fler ska nå dem. Över 30 % av flickorna saknar behörighet, något vi ska ändra på."])
    assert facts.target is None  # no value follows a target's cue: both figures are today's
    assert [f.text for f in facts.figures] == ["61 %", "30 %"]
    both = extract_facts(["Flickorna ligger på 20 % och ska ner till 12 % till hösten 2026."])
    assert both.target is not None and both.target.values_text == "flickor 12 %"
    assert [f.text for f in both.figures] == ["20 %"]  # the figure before the cue stays the nuläge
    rise = extract_facts(["Andelen pojkar med godkänt ska öka från 41 % till 60 % till våren 2027."])
    assert rise.target is not None and rise.target.values_text == "pojkar 60 %"  # 'från 41 %' is where they start
    assert [f.text for f in rise.figures] == ["41 %"]
    for said in ("Vi vill att fler pojkar ska nå godkänt, i dag når 38 % godkänt.",
                 "Fler pojkar ska nå godkänt i matematik eftersom bara 38 % gör det nu."):
        assert extract_facts([said]).target is None, said  # the figure after the wish is today's
    later = extract_facts(["Pojkarna ska ner till 20 %, i dag är det 38 % av pojkarna som saknar godkänt."])
    assert later.target is not None and later.target.values_text == "pojkar 20 %"
    assert [f.text for f in later.figures] == ["38 %"]


def test_todays_figure_before_a_target_is_kept_as_a_whole_clause_and_once() -> None:
    """'… hög frånvaro men vi vill att det ska ner till 15 %' kept '… hög frånvaro men vi vill att det' as the problem
    (half of the target's clause, shown in the draft), and '… med 5 procentenheter, från 82 % i dag' read 82 % twice."""
    wish = extract_facts(["I åk 9 har 30 % av pojkarna hög frånvaro men vi vill att det ska ner till 15 % till hösten "
                          "2026."])
    assert wish.target is not None and wish.target.values_text == "pojkar 15 %"
    assert wish.problems == ["I åk 9 har 30 % av pojkarna hög frånvaro"], wish.problems
    rise = extract_facts(["Andelen behöriga ska öka med 5 procentenheter, från 82 % i dag."])
    assert [f.text for f in rise.figures].count("82 %") == 1, [f.text for f in rise.figures]


def test_a_pasted_table_after_a_target_keeps_its_rows_as_the_current_state() -> None:
    """A target on one line of a pasted text ('Andelen ska öka till 60 % senast 2027') sets the target; the table rows
    after it, without full stops, are today's figures, not part of the target's sentence (they were all dropped)."""
    from assistant.generation.facts import UserFacts, read_stated_target

    facts = UserFacts()
    text = "Andelen ska öka till 60 % senast 2027\n" + "Årskurs 7 flickor 24 % pojkar 12 % totalt 36 elever\n" * 2000
    kept = read_stated_target(facts, text)  # 22 000 words, no full stop
    assert facts.target is not None and kept.count("flickor 24 %") == 2000 and "60 %" not in kept


def test_a_goal_about_coming_late_should_go_down() -> None:
    from assistant.generation.extractive.drafts import _direction

    assert _direction("som kommer sent till lektionerna") == "minska"
    assert _direction("med sena ankomster") == "minska"
    assert _direction("som läser varje dag") == "öka"


@pytest.mark.parametrize(("message", "expected"), [
    # the verb before the figures belongs to what they measure, its negation before it after 'som'
    ("Läsåret 2024 nådde 41 % av pojkarna och 19 % av flickorna inte godkänt i engelska.",
     [("pojkar", "nådde inte godkänt i engelska"), ("flickor", "nådde inte godkänt i engelska")]),
    # ... but a survey answer measures what was answered, not the answering, in a main clause's word order
    ("I enkäten 2024 svarade 31 % av flickorna och 12 % av pojkarna att de inte känner sig trygga på rasterna.",
     [("flickor", "känner sig inte trygga på rasterna"), ("pojkar", "känner sig inte trygga på rasterna")]),
    ("22 % av flickorna och 9 % av pojkarna säger i elevenkäten 2024 att de blivit kränkta i skolan.",
     [("flickor", "blivit kränkta i skolan"), ("pojkar", "blivit kränkta i skolan")]),
    # a figure after 'mer än' is a threshold of the measure, not a figure of its own
    ("Lindeskolan: 18 % av pojkarna och 7 % av flickorna har mer än 15 % frånvaro 2024.",
     [("pojkar", "har mer än 15 % frånvaro"), ("flickor", "har mer än 15 % frånvaro")]),
    # the group after a qualifier, the group named before the figure, the source in parentheses left out
    ("På Ekskolan saknar 64 % av de nyanlända pojkarna behörighet till gymnasiet 2024, för nyanlända flickor är "
     "det 47 %.", [("pojkar", "saknar behörighet till gymnasiet"), ("flickor", "saknar behörighet till gymnasiet")]),
    ("55 % av pojkarna läser minst en bok i månaden jämfört med 78 % av flickorna (elevenkät 2023).",
     [("pojkar", "läser minst en bok i månaden"), ("flickor", "läser minst en bok i månaden")]),
])
def test_a_figure_measures_what_its_clause_says(message: str, expected: list[tuple[str, str]]) -> None:
    from assistant.generation.facts import relative

    facts = extract_facts([message])
    assert [(f.group, f.subject) for f in facts.figures] == expected
    assert relative("nådde inte godkänt i engelska") == "inte nådde godkänt i engelska"
    assert not any("Motstridiga" in i for i in facts.issues)


def test_figures_contradict_only_when_they_are_of_the_same_thing() -> None:
    parts = extract_facts(["Skillnaderna är stora: i NA-klasserna klarade 92 % alla kurser 2024, i IM-klasserna "
                           "bara 48 %."])
    assert [f.subject for f in parts.figures] == ["klarade alla kurser"] * 2 and not parts.issues
    said_twice = extract_facts(["30 % av pojkarna saknar godkänt i svenska 2024. Rektorn säger att det är 45 % av "
                                "pojkarna som saknar godkänt i svenska 2024."])
    assert any("Motstridiga siffror för pojkar: 30 % och 45 %" in i for i in said_twice.issues), said_twice.issues


def test_an_indicator_is_measured_by_what_it_measures_and_harm_should_go_down() -> None:
    from assistant.generation.extractive.drafts import _direction, _kind

    assert _direction("som säger att de blivit kränkta i skolan") == "minska"
    assert _direction("som hade minst ett F") == "minska"
    assert _direction("som läser minst en bok i månaden") == "öka"
    # an own indicator opens with 'andel …': a survey answer is a survey, a failing grade is grades
    assert _kind("andel pojkar och andel flickor i åk 4–6 som svarade att de inte känner sig trygga") == "experience"
    assert _kind("andel pojkar och andel flickor i åk 7–9 som hade minst ett F") == "grades"
    assert _kind("Hur många pojkar och flickor deltar i läxhjälpen?") == "count"


def test_easy_text_is_easier_and_keeps_citations() -> None:
    text = ("Det är vanligare att pojkar i lägre utsträckning än flickor når kunskapskraven, och det är även färre "
            "pojkar som når gymnasiebehörighet; utvecklingsarbetet behöver därför säkerställa uppföljning [3].")
    easy = easy_text(text)
    assert lix(easy) <= lix(text) - 10
    # Every sentence from the source keeps [3]; a term is explained in a sentence of its own after the one using
    # it, the assistant's words, cited by nothing.
    pieces = cited_sentences(easy)
    assert [n for _, n in pieces] == [[3], [3], [], [3], []]
    assert "gymnasiebehörighet. [3] Gymnasiebehörighet är rätt att börja på gymnasiet." in easy
    assert "uppföljning. [3] Uppföljning är att se hur det gick." in easy


def test_easy_text_cuts_clauses_lists_enumerations_and_keeps_each_sentences_citation() -> None:
    text = ("Samverkan kan ske med skolan, socialtjänsten, polisen och fritidsgårdarna. [1] Förebyggande och "
            "främjande arbete behöver bedrivas systematiskt i utvecklingsarbetet, vilka insatser som väljs "
            "beror på kartläggningen. [2] Pojkar och flickor ska få extra anpassningar eller särskilt stöd. [3]")
    easy = easy_text(text)
    lines = easy.splitlines()
    assert lines[0].startswith("Samverkan (att arbeta ihop) kan ske med:")  # a term explained once, a list
    assert lines[1:5] == ["- skolan [1]", "- socialtjänsten [1]", "- polisen [1]",
                          "- fritidsgårdarna [1]"]  # a compound of a thing stays whole
    assert "Arbete för att hindra problem" in easy and "Förebyggande" not in easy  # plain phrase
    # A noun phrase 'anpassningar eller särskilt stöd' is not cut (no verb on its own side).
    assert "Pojkar och flickor ska få extra anpassningar eller särskilt stöd. [3]" in easy
    assert lix(easy) <= lix(text) - 10
    # Every short sentence keeps the citation of the sentence it came from, and only that one.
    pieces = [p for line in lines for p in cited_sentences(line.lstrip("- "))]
    # '…, vilka insatser som väljs beror på …' is a clause of its own ('De insatser som väljs beror på …').
    assert "De insatser som väljs beror på kartläggningen. [2] Insatser är saker ni gör." in easy
    # The list's term ('fritidsgårdarna') is explained right after the list, by the assistant: no [n].
    assert lines[5].startswith("Fritidsgårdarna är ")
    assert [numbers for _, numbers in pieces] == [[1]] * 5 + [[], [2], [2], [], [], [3]]


def test_a_lattlast_draft_reads_back_as_the_same_sections() -> None:
    from assistant.generation.easy import easy_draft

    draft = Draft(kind="lokalt_mal", title="Lokalt mål – Björkskolan", sections=[
        DraftSection(key="insatser", heading="Insatser i prioritetsordning", items=[
            DraftItem(text="1. Mindre undervisningsgrupper för att möjliggöra mer individanpassad hjälp",
                      citations=[2], provenance="source")]),
        DraftSection(key="matbart", heading="Så blir målet mätbart", items=[
            DraftItem(text="Indikator: andel pojkar och andel flickor i åk 7–9 som saknar godkänt i matematik",
                      provenance="suggestion"),
            DraftItem(text="Fyll i: målvärde för pojkar och för flickor (vad ni vill nå)", gap=True)])])
    easy = easy_draft(draft)
    back = parse_draft("lokalt_mal", render_draft(easy))
    assert back is not None and [s.key for s in back.sections] == ["insatser", "matbart"]
    assert back.sections[0].heading != "Insatser i prioritetsordning"
    assert [(i.provenance, i.citations, i.gap) for i in back.items()] == [
        ("source", [2], False), ("suggestion", [], False), ("suggestion", [], True)]
    assert back.items()[1].text.startswith("Indikator (något ni kan mäta): ")


def test_drafting_dev_cases_and_their_thresholds() -> None:
    from evals.drafts import check, load_cases

    cases = load_cases()
    requests = [c for c in cases if c["kind"] == "request"]
    assert len(requests) >= 15 and all(extract_facts([c["turns"][0][1]]).fact_strings() for c in requests)
    assert len([c for c in cases if c["kind"] == "plan" and len(c["turns"]) >= 3]) >= 8
    assert len([c for c in cases if c["kind"] == "dilemma" and len(c["turns"]) == 3]) >= 8
    assert {c["half"] for c in cases} == {"tune", "heldout"}
    good = {"n": 2, "facts": 10, "facts_found": 9, "items": 20, "items_with_provenance": 20, "citations": 5,
            "citations_valid": 5, "gaps": 3, "lix": 80.0}
    report = {"drafts": {"heldout": {"lokalt_mal": good, "uppfoljning": good | {"facts_found": 5}}},
              "dilemma": {"heldout": {"settled": 1}}}
    assert check(report) == ["uppfoljning user_facts 0.50 < 0.80", "dilemma: 1 turns settle the dilemma"]


# --- through the service ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def assistant(corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    return Assistant(corpus_components[0])


def _converse(bot: Assistant, turns: list[tuple[str, str]], **options: object) -> list:  # type: ignore[type-arg]
    history: list[dict[str, str]] = []
    out = []
    for mode, message in turns:
        response = bot.respond({"message": message, "mode": mode, "history": history, "options": options})
        out.append(response)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    return out


@pytest.mark.needs_corpus_index
def test_local_goal_is_built_from_the_users_situation(assistant: Assistant) -> None:
    response = assistant.respond({"message": BJORK, "mode": "lokalt_mal"})
    draft = response.draft
    assert draft is not None and response.grounded
    assert draft.title.startswith("Lokalt mål – Björkskolan, åk 7–9") and BJORK[:40] not in draft.title
    for fact in ("Björkskolan", "åk 7–9", "38 %", "22 %", "2024"):
        assert fact in response.text, fact
    measurable = draft.section("matbart")
    assert measurable is not None
    baseline = next(i for i in measurable.items if i.text.startswith("Utgångsvärde"))
    assert baseline.provenance == "user" and "38 %" in baseline.text
    assert any(i.gap and "målvärde" in i.text for i in measurable.items)  # never invented
    ranked = [i for i in draft.section("insatser").items if i.provenance == "source"]  # type: ignore[union-attr]
    assert 3 <= len(ranked) <= 5 and [int(i.text.split(".")[0]) for i in ranked] == list(range(1, len(ranked) + 1))
    check = {i.text.split(":")[0]: i.text for i in draft.section("kontroll").items}  # type: ignore[union-attr]
    assert check["Målgrupp"].endswith("ja") and check["Målvärde"].startswith("Målvärde: nej")
    assert all(i.provenance in ("user", "source", "suggestion") for i in draft.items())
    assert_citations_exact(response)


@pytest.mark.needs_corpus_index
def test_goal_card_is_chosen_by_meaning_without_diacritics(assistant: Assistant) -> None:
    safety = assistant.respond({"message": "eleverna kanner sig otrygga pa rasterna och det ar mycket mobbning",
                                "mode": "lokalt_mal"})
    assert safety.draft is not None and "trygga" in safety.draft.card
    none = assistant.respond({"message": "Skolans matsal serverar för lite vegetarisk mat", "mode": "lokalt_mal"})
    assert none.draft is None or none.draft.card == ""
    assert "inget färdigt mål" in none.text or "tar inte upp" in none.text


@pytest.mark.needs_corpus_index
def test_connected_plan_reuses_what_was_decided(assistant: Assistant) -> None:
    problem, goal, follow, narrowed, short, rectors, measurable = _converse(assistant, [
        ("problemformulering", BJORK),
        ("lokalt_mal", "Gör ett lokalt mål för det"),
        ("uppfoljning", "Och en uppföljningsplan för målet"),
        ("lokalt_mal", "byt målgrupp till åk 4–6"),
        ("lokalt_mal", "kortare"),
        ("lokalt_mal", "skriv om för rektorer"),
        ("lokalt_mal", "gör målet mätbart"),
    ])
    assert problem.draft.section("nulage") is not None
    assert "38 %" in goal.text and "Björkskolan" in goal.draft.title
    # 'Gör ett lokalt mål för det' was read with the problem's words; the note names the draft, not the whole text.
    assert f"Tolkad som: {goal.draft.title}" in goal.notes and BJORK not in " ".join(goal.notes)
    indicator = follow.draft.sections[1]
    assert indicator.key == "indikator_1" and "matematik" in indicator.heading
    assert any(i.text.startswith("Utgångsvärde") and "38 %" in i.text and i.provenance == "user"
               for i in indicator.items)
    assert not any(i.text.startswith("Målvärde: nej") for i in indicator.items)  # the goal check is not a value
    assert "åk 4–6" in narrowed.draft.title
    # The figures were given for åk 7–9: not the new group's baseline, but named in the gap that asks for it.
    said = [i for i in narrowed.draft.items() if "åk 7–9" in i.text]
    assert said and all(i.gap and "38 %" in i.text and "åk 4–6" in i.text for i in said), said
    goal_item = narrowed.draft.section("mal").items[0]
    # the goal the assistant restated for the new group is still its proposal: the user wrote only 'åk 4–6'
    assert "åk 4–6" in goal_item.text and goal_item.provenance == "suggestion"
    assert len(short.text) < len(narrowed.text)
    assert rectors.draft.sections[0].heading == "För rektorer"
    # The measurable goal is made of the goal's own indicator and baseline, not of its check ('Indikator: ja').
    stated = measurable.draft.section("mal").items[0].text
    assert "åk 4–6" in stated and "[utgångsvärde]" in stated and "38 %" not in stated and "[målvärde]" in stated
    assert "ja" not in stated.split()
    for r in (narrowed, short, rectors, measurable):  # an edit has no question to interpret
        assert not any(n.startswith("Tolkad som") for n in r.notes), r.notes
    for r in (goal, follow, narrowed, short, rectors, measurable):
        assert_citations_exact(r)


@pytest.mark.needs_corpus_index
def test_a_plan_on_the_users_figures_reads_as_swedish_and_follows_the_goals_card(assistant: Assistant) -> None:
    _, goal, follow = _converse(assistant, [
        ("problemformulering", "Vi är Ekängsskolan i Umeå, åk 7–9. I vårterminens betyg 2024 hade 31 % av pojkarna "
                               "och 14 % av flickorna minst ett F. Många pojkar säger att skolan är tråkig."),
        ("lokalt_mal", "Gör ett lokalt mål av det här"),
        ("uppfoljning", "Och en uppföljningsplan för målet"),
    ])
    assert goal.draft is not None and follow.draft is not None
    # the title and the goal say what the figures measure, with its verb; a fail should go down
    assert goal.draft.title == "Lokalt mål – Ekängsskolan, åk 7–9: andel som hade minst ett F", goal.draft.title
    stated = goal.draft.section("mal").items[0].text  # type: ignore[union-attr]
    assert "som hade minst ett F ska minska" in stated, stated
    # the goal's card promises its follow-up questions; the plan for that goal takes them
    promised = [i.text for i in goal.draft.section("kontroll").items if i.text.startswith("Följbart: ja")]  # type: ignore[union-attr]
    assert goal.draft.card and promised
    indicators = [s for s in follow.draft.sections if s.key.startswith("indikator")]
    from_card = [s for s in indicators if any(i.provenance == "source" for i in s.items)]
    # what they said of the boys is followed too (it was once dropped from every draft), beside the card's questions
    assert any("tråkig" in s.heading for s in indicators), [s.heading for s in indicators]
    assert len(from_card) >= 1 and len(indicators) >= 3
    first = {i.text.split(":")[0]: i.text for i in indicators[0].items}
    assert "betyg" in first["Källa"] and "deltagarlistor" not in first["Källa"]
    assert_citations_exact(follow)


@pytest.mark.needs_corpus_index
def test_assistant_edits_keep_the_provenance_of_what_they_add(assistant: Assistant) -> None:
    goal, actors, rectors = _converse(assistant, [
        ("lokalt_mal", "Vi är Ekängsskolan, åk 7–9. 20 % av flickorna och 8 % av pojkarna säger i enkäten 2024 att "
                       "de har blivit kränkta i skolan."),
        ("lokalt_mal", "lägg till aktörer"),
        ("lokalt_mal", "skriv om för rektorer"),
    ])
    listed = actors.draft.section("aktorer").items  # type: ignore[union-attr]
    added = [i for i in listed if i.provenance == "source"]
    assert len(added) > len([i for i in goal.draft.section("aktorer").items if i.provenance == "source"])  # type: ignore[union-attr]
    # actors from the material's actor lists: no questions, no interventions, nothing said to be the user's
    assert not any("?" in i.text or i.provenance == "user" or len(i.text.split()) > 6 for i in added), listed
    for r in (actors, rectors):
        assert not any(i.citations and i.provenance == "user" for i in r.draft.items())  # type: ignore[union-attr]
        assert_citations_exact(r)
    assert all(i.provenance != "user" for i in rectors.draft.section("malgrupp").items)  # type: ignore[union-attr]


@pytest.mark.needs_corpus_index
def test_edit_without_a_draft_gets_a_clear_reply(assistant: Assistant) -> None:
    response = assistant.respond({"message": "gör målet mätbart", "mode": "lokalt_mal"})
    assert response.text == NO_DRAFT_REPLY and not response.grounded and response.draft is None
    # in 'fraga' too, an edit that can only mean a draft gets the same reply, not a search of the material
    for message in ("byt målgrupp till åk 4–6", "lägg till aktörer"):
        response = assistant.respond({"message": message, "mode": "fraga"})
        assert response.text == NO_DRAFT_REPLY and not response.citations, response.text


@pytest.mark.needs_corpus_index
def test_bad_input_gets_clear_replies(assistant: Assistant) -> None:
    response = assistant.respond({"message": "40 % av pojkarna har hög frånvaro och 140 % av flickorna har hög "
                                             "frånvaro", "mode": "problemformulering",
                                  "options": {"org": "<i>Ekhagens</i> skola"}})
    check = response.draft.section("kontrollera")  # type: ignore[union-attr]
    assert check is not None
    said = " ".join(i.text for i in check.items)
    assert "högst 100 %" in said and "saknar år" in said and "formatering" in said
    assert "<i>" not in response.text
    with pytest.raises(InputError, match="för lång"):  # over the hard limit (20 000 words are shortened instead)
        assistant.respond({"message": "ord " * 80_000, "mode": "problemformulering"})


@pytest.mark.needs_corpus_index
def test_dilemma_over_three_turns_responds_and_never_settles(assistant: Assistant) -> None:
    first, second, third = _converse(assistant, [
        ("dilemma", "En vårdnadshavare vill inte att skolan kontaktar socialtjänsten om sonens frånvaro. "
                    "Ska skolan ändå göra det?"),
        ("dilemma", "Jag tycker att skolan måste kontakta socialtjänsten ändå, elevens rätt till utbildning "
                    "går först."),
        ("dilemma", "Men då riskerar vi att förlora förtroendet hos familjen."),
    ])
    assert "Vårdnadshavare som resurs" in first.text
    asked = [q.text for r in (first, second, third) for q in r.draft.section("fragor").items]
    assert len(asked) == len(set(asked)) >= 3  # the workshop's own questions, one after another
    assert second.draft.section("svar").items[0].text.startswith("Du tycker att skolan måste")
    assert second.draft.section("motperspektiv").items
    for r in (first, second, third):
        assert "inget givet svar" in r.text
        assert not re.search(r"\d{1,2}[.:]\d{2}|genomfördes|\d{1,2}/\d{1,2}", r.text)
        assert_citations_exact(r)


def test_a_participants_argument_is_said_back_in_swedish_word_order() -> None:
    from assistant.generation.extractive.dilemma import _their_argument

    # Sentence adverbs stay with the stance verb, before 'att' (the trial's 'Du menar att ändå mentorn …').
    assert _their_argument("Jag tycker ändå mentorn har rätt, han får inte tappa kunskaperna helt.") == \
        "Du tycker ändå att mentorn har rätt, han får inte tappa kunskaperna helt."
    assert _their_argument("Jag anser nog att särskilda grupper behövs för vissa elever.") == \
        "Du anser nog att särskilda grupper behövs för vissa elever."
    assert _their_argument("Men då riskerar vi att förlora förtroendet. Vad säger materialet om det?") == \
        "Du menar att då riskerar ni att förlora förtroendet."
    assert _their_argument("Men då blir eleverna utpekade, är det bra?") == \
        "Du frågar: ”Då blir eleverna utpekade, är det bra?”"


def test_the_counter_perspective_is_the_view_the_participant_did_not_take() -> None:
    from assistant.generation.extractive.dilemma import _claim, _counter_view

    opening = ("Vi har en elev i åk 8 som varit hemma i två månader. Mentorn vill skicka hem skoluppgifter så att "
               "han inte halkar efter, men elevhälsan menar att det gör det lättare för honom att stanna hemma. "
               "Hur ska vi tänka?")
    other = _counter_view(opening, "Jag tycker ändå mentorn har rätt, han får inte tappa kunskaperna helt.")
    assert other is not None and _claim(other) == "det gör det lättare för honom att stanna hemma"
    other = _counter_view(opening, "Jag håller med elevhälsan.")
    assert other is not None and _claim(other) == "skicka hem skoluppgifter så att han inte halkar efter"
    # An argument that takes up neither view raises a point of its own: no side is assumed.
    assert _counter_view(opening, "Vi borde fråga eleven själv.") is None


@pytest.mark.needs_corpus_index
def test_later_dilemma_turns_answer_what_the_material_says_and_close_anew(assistant: Assistant) -> None:
    turns = _converse(assistant, [
        ("dilemma", "Vi har en elev i åk 8 som varit hemma i två månader. Mentorn vill skicka hem skoluppgifter så "
                    "att han inte halkar efter, men elevhälsan menar att det gör det lättare för honom att stanna "
                    "hemma. Hur ska vi tänka?"),
        ("dilemma", "Jag tycker ändå mentorn har rätt, han får inte tappa kunskaperna helt."),
        ("dilemma", "Men om vi kräver att han kommer till skolan riskerar vi att han mår sämre. Vad säger "
                    "materialet om det?"),
    ])
    closings = [r.text.rstrip().rsplit("\n", 1)[-1] for r in turns]
    assert len(set(closings)) == 3 and all("inget givet svar" in c for c in closings), closings
    said = turns[2].draft.section("perspektiv")  # type: ignore[union-attr]
    assert said is not None and said.items and all(i.provenance == "source" and i.citations for i in said.items)
    assert turns[2].draft.section("motperspektiv").items  # type: ignore[union-attr]
    for r in turns:
        assert_citations_exact(r)


@pytest.mark.needs_corpus_index
def test_an_open_dilemma_is_restated_as_its_two_views_and_perspectives_are_statements(assistant: Assistant) -> None:
    first, second = _converse(assistant, [
        ("dilemma", "Vi har en elev i åk 7 som inte varit i skolan sedan jullovet. Läraren vill skicka hem "
                    "skoluppgifter, men kuratorn menar att det gör det lättare att stanna hemma. Vad är rätt?"),
        ("dilemma", "Jag tycker att kuratorn har rätt."),
    ])
    restated = first.draft.section("dilemmat").items[0].text  # type: ignore[union-attr]
    assert "vad är rätt" not in restated.lower() and "kuratorn menar" in restated, restated
    assert "när ni har en elev i åk 7" in restated, restated  # the participant's 'vi' said back as 'ni'
    (resources,) = _converse(assistant, [
        ("dilemma", "Rektorn säger att vi ska vara en skola för alla, men vi har inga resurser för särskilda "
                    "undervisningsgrupper. Hur ska man tänka?")])
    for r in (first, second, resources):
        views = [i.text for s in r.draft.sections if s.key in ("perspektiv", "motperspektiv") for i in s.items  # type: ignore[union-attr]
                 if i.provenance == "source"]
        assert views and not any("?" in v or re.match(r"\d+\.\s", v) or re.search(r"[a-zåäö]\d{2}\b", v)
                                 or v[:1].islower() for v in views), views
        assert "inget givet svar" in r.text
        assert_citations_exact(r)


@pytest.mark.needs_corpus_index
def test_an_impossible_share_is_questioned_not_used_as_the_baseline(assistant: Assistant) -> None:
    r = assistant.respond({"message": "Vi är Björkskolan, åk 7–9. 40 % av pojkarna saknar godkänt i matematik "
                           "2024 och 140 % av pojkarna saknar godkänt i matematik 2024.", "mode": "lokalt_mal"})
    assert r.draft is not None
    check = " ".join(i.text for i in r.draft.section("kontrollera").items)  # type: ignore[union-attr]
    assert "140 %" in check and "högst 100 %" in check
    baseline = next(i for i in r.draft.items() if i.text.startswith("Utgångsvärde"))
    assert "40 %" in baseline.text and "140 %" not in baseline.text and baseline.provenance == "user"


@pytest.mark.needs_corpus_index
def test_easy_swedish_rewrites_a_draft_built_from_the_users_facts_alone(assistant: Assistant) -> None:
    # No goal card and no passage fits, so the draft cites nothing; lättläst still rewrites all of it. (An absence
    # problem no longer serves: the material's own advice on frånvaro and närvaro fits it.)
    message = "Vi är Lindskolan, åk 4–6. 20 % av pojkarna och 15 % av flickorna kan inte simma 200 meter 2023."
    normal = assistant.respond({"message": message, "mode": "lokalt_mal"})
    easy = assistant.respond({"message": message, "mode": "lokalt_mal", "options": {"easy_swedish": True}})
    assert normal.draft is not None and not normal.citations  # the case this test is about
    assert easy.draft is not None and easy.text == render_draft(easy.draft) and easy.text != normal.text
    assert lix(easy.text) <= lix(normal.text) - 8, (lix(easy.text), lix(normal.text))
    # The goal as short sentences: whom it is about, what should change, that the groups should come closer.
    goal = easy.draft.section("mal").items[0].text  # type: ignore[union-attr]
    assert goal.startswith("Det gäller pojkar och flickor i åk 4–6 på Lindskolan. ")
    assert goal.endswith(" Pojkar och flickor ska bli mer lika.")
    assert all(len(s.split()) <= 15 for s, _ in cited_sentences(goal)), goal
    assert "20 %" in easy.text and "15 %" in easy.text  # the user's figures are kept


@pytest.mark.needs_corpus_index
def test_a_lattlast_follow_up_plan_restates_the_whole_goal_of_the_lattlast_goal(assistant: Assistant) -> None:
    goal, follow = _converse(assistant, [("lokalt_mal", BJORK), ("uppfoljning", "Och en uppföljningsplan för målet")],
                             easy_swedish=True)
    said = goal.draft.section("mal").items[0].text  # type: ignore[union-attr]
    restated = follow.draft.section("mal").items  # type: ignore[union-attr]
    assert "saknar godkänt i matematik ska minska" in said
    assert len(restated) == 1 and "saknar godkänt i matematik ska minska" in restated[0].text, restated


@pytest.mark.needs_corpus_index
def test_easy_swedish_rewrites_the_whole_draft(assistant: Assistant) -> None:
    normal = assistant.respond({"message": BJORK, "mode": "lokalt_mal"})
    easy = assistant.respond({"message": BJORK, "mode": "lokalt_mal", "options": {"easy_swedish": True}})
    assert lix(easy.text) <= 35 and lix(easy.text) <= lix(normal.text) - 8, (lix(easy.text), lix(normal.text))
    assert easy.draft is not None and easy.text == render_draft(easy.draft)  # the text is the easy draft's
    assert [s.key for s in easy.draft.sections] == [s.key for s in normal.draft.sections]  # type: ignore[union-attr]
    assert {i.provenance for i in easy.draft.items()} == {"user", "source", "suggestion"}
    assert sorted(set(re.findall(r"\[(\d+)\]", easy.text))) == sorted(set(re.findall(r"\[(\d+)\]", normal.text)))
    assert easy.text.count("(något ni kan mäta)") == 1  # a term explained once
    assert "- Läget nu: pojkar 38 % (2024); flickor 22 % (2024)." in easy.text  # a label gets the plain word


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI()
    yield fake
    fake.close()


@pytest.mark.needs_corpus_index
def test_openai_invalid_draft_is_rejected_clearly(corpus_components, fake_llm: FakeOpenAI) -> None:  # type: ignore[no-untyped-def]
    fake_llm.replies = ["Här kommer utkastet: mål, insatser och aktörer."]
    fallback = llm_assistant(corpus_components, fake_llm).respond({"message": BJORK, "mode": "lokalt_mal"})
    assert fallback.backend == "extractive" and fallback.draft is not None  # the extractive draft instead
    fake_llm.replies = ["inte json"]
    strict = llm_assistant(corpus_components, fake_llm, llm_fallback_extractive=False)
    with pytest.raises(GenerationError, match="fel format"):
        strict.respond({"message": BJORK, "mode": "lokalt_mal"})
    sent = str(fake_llm.requests[-1]["body"]["messages"])
    assert "Användarens uppgifter" in sent and "Björkskolan" in sent


# --- through the API and the CLI -------------------------------------------------------------------------

from tests.test_api import Api, api, chat  # noqa: E402,F401  (the live-server fixture and its helper)
from tests.test_cli import cli  # noqa: E402


@pytest.mark.needs_corpus_index
def test_api_connected_plan_with_provenance_and_export(api: Api) -> None:  # noqa: F811
    with api.client() as c:
        first = chat(c, message=BJORK, mode="lokalt_mal")
        draft = first["draft"]
        assert {i["provenance"] for s in draft["sections"] for i in s["items"]} == {"user", "source", "suggestion"}
        assert any(i["gap"] for s in draft["sections"] for i in s["items"])
        second = chat(c, message="byt målgrupp till åk 4–6", mode="lokalt_mal",
                      conversation_id=first["conversation_id"])
        assert "åk 4–6" in second["draft"]["title"]
        saved = c.post("/v1/drafts", json={"message_id": second["message_id"]})
        assert saved.status_code == 201, saved.text
        stored = saved.json()
        assert {i["provenance"] for s in stored["draft"]["sections"] for i in s["items"]} == {
            "user", "source", "suggestion"}
        md = c.get(f"/v1/drafts/{stored['id']}/export", params={"format": "md"}).text
        assert "(ni angav)" in md and "(förslag)" in md and "Fyll i:" in md and "[^1]:" in md
        # The user rewrites a proposal and adds a line: both are now theirs; sourced items keep their citations.
        text = stored["text"].replace("(vad ni vill nå)", "").replace(
            "Datakälla:", "Datakälla (vår egen):", 1) + "\n- Vi börjar hösten 2025."
        edited = c.put(f"/v1/drafts/{stored['id']}", json={"text": text}).json()
        items = [i for s in edited["draft"]["sections"] for i in s["items"]]
        assert any(i["text"].startswith("Datakälla (vår egen)") and i["provenance"] == "user" for i in items)
        assert items[-1] == {"text": "Vi börjar hösten 2025.", "citations": [], "provenance": "user", "gap": False,
                             "quote": "Vi börjar hösten 2025.",
                             "pasted": False}
        assert any(i["provenance"] == "source" and i["citations"] for i in items)
        alone = chat(c, message="gör målet mätbart", mode="lokalt_mal")
        assert alone["text"] == NO_DRAFT_REPLY and alone["draft"] is None


@pytest.mark.needs_corpus_index
def test_cli_draft_has_provenance(corpus_components) -> None:  # type: ignore[no-untyped-def]
    import json

    out = cli(["ask", BJORK, "--mode", "uppfoljning", "--json"], corpus_components[0].settings.data_dir)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    items = [i for s in answer["draft"]["sections"] for i in s["items"]]
    assert all(i["provenance"] in ("user", "source", "suggestion") for i in items)
    assert any(i["provenance"] == "user" and "38 %" in i["text"] for i in items)


@pytest.mark.needs_corpus_index
def test_cli_chat_exports_the_connected_plan(corpus_components, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    script = (f"{BJORK}\n/läge lokalt_mal\nGör ett lokalt mål för det\n/plan {tmp_path / 'plan.md'}\n"
              f"/plan {tmp_path / 'plan.docx'}\n\n")
    out = cli(["chat", "--mode", "problemformulering"], corpus_components[0].settings.data_dir, stdin=script)
    assert out.returncode == 0, out.stderr
    md = (tmp_path / "plan.md").read_text("utf-8")
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert [h.split(" – ")[0] for h in headings] == ["## Problemformulering", "## Lokalt mål"]
    numbers = [int(n) for n in re.findall(r"\[\^(\d+)\]:", md)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 4  # one numbering for the whole plan
    assert "(ni angav)" in md and "(förslag)" in md
    doc = Document(str(tmp_path / "plan.docx"))
    assert any("Lokalt mål" in p.text for p in doc.paragraphs)
    empty = cli(["chat"], corpus_components[0].settings.data_dir, stdin=f"/plan {tmp_path / 'x.md'}\n\n")
    assert "inget utkast" in empty.stderr and not (tmp_path / "x.md").exists()


# --- planner8: what a coordinator met in their own requests ---------------------------------------------------


@pytest.mark.needs_corpus_index
def test_with_no_fitting_card_the_interventions_take_up_the_problem_itself(assistant: Assistant) -> None:
    absence = assistant.respond({"message": "Vi är Norrängsskolan, åk 7–9. 19 % av pojkarna och 24 % av flickorna "
                                            "hade mer än 15 % frånvaro 2024.", "mode": "lokalt_mal"})
    assert absence.draft is not None and absence.draft.card == "" and "inget färdigt mål" in absence.text
    ranked = [i.text for i in absence.draft.section("insatser").items if i.provenance == "source"]  # type: ignore[union-attr]
    # the material's own advice on absence, not the nearest wording ('trygghet och studiero', parents' support)
    assert ranked and all(re.search(r"frånvar|närvar", t, re.I) for t in ranked), ranked
    swim = assistant.respond({"message": "Vi är Lindskolan, åk 4–6. 20 % av pojkarna och 15 % av flickorna kan inte "
                                         "simma 200 meter 2023.", "mode": "lokalt_mal"})
    assert swim.draft is not None and swim.draft.card == ""
    listed = swim.draft.section("insatser").items  # type: ignore[union-attr]
    assert [i.gap for i in listed] == [True], listed  # nothing unrelated: the gap says none fits
    assert_citations_exact(absence)


@pytest.mark.needs_corpus_index
def test_harassment_reaches_the_safety_card_and_a_part_naming_only_who_fits_none(assistant: Assistant) -> None:
    for message in ("Vi är Ekbackens skola, åk 7–9. 22 % av flickorna och 9 % av pojkarna säger i elevenkäten 2024 "
                    "att de blivit kränkta i skolan.",
                    "På Lövstaskolan svarade 27 % av tjejerna och 6 % av killarna i enkäten 2024 att de utsatts för "
                    "sexuella trakasserier."):
        response = assistant.respond({"message": message, "mode": "lokalt_mal"})
        assert response.draft is not None and "trygga" in response.draft.card, (message, response.draft.card)
    # 'enligt rektorn är det 45 % av pojkarna' names who and how much, not a problem: no card fits an absence problem
    absence = assistant.respond({"message": "I åk 8 har 40 % av pojkarna hög frånvaro 2024, enligt rektorn är det 45 % "
                                            "av pojkarna.", "mode": "lokalt_mal"})
    assert absence.draft is not None and absence.draft.card == "", absence.draft.card


@pytest.mark.needs_corpus_index
def test_a_place_typed_without_diacritics_is_the_users(assistant: Assistant) -> None:
    response = assistant.respond({"message": "hej, jag ar ny samordnare i harnosands kommun. killarna pa hogstadiet "
                                             "har mycket samre betyg an tjejerna.", "mode": "problemformulering"})
    assert response.draft is not None
    assert response.draft.title.startswith("Problemformulering – Härnösands kommun, åk 7–9"), response.draft.title
    assert "i åk 7–9 i Härnösands kommun (ni angav)" in response.text  # a municipality is 'i', a school 'på'


@pytest.mark.needs_corpus_index
def test_edits_build_on_each_other_and_a_measurable_goal_replaces_the_goal(assistant: Assistant) -> None:
    goal, measurable, actors, shorter = _converse(assistant, [
        ("lokalt_mal", "Vi är Ekängsskolan, åk 7–9. 31 % av pojkarna och 14 % av flickorna saknar godkänt i "
                       "engelska 2024."),
        ("lokalt_mal", "gör målet mätbart"),
        ("lokalt_mal", "lägg till aktörer"),
        ("lokalt_mal", "kortare"),
    ])
    own = [i.text for i in measurable.draft.section("mal").items if i.provenance != "source" and not i.gap  # type: ignore[union-attr]
           and not i.text.startswith("Metodstödet har inget")]
    assert len(own) == 1 and "31 %" in own[0], own  # one goal, not two
    # the target is proposed from the baseline (the gap halved), not left as '[målvärde]'
    assert "[målvärde]" not in own[0] and "minska från 31 % (2024) till högst 23 %" in own[0], own
    assert "andelen flickor ska inte bli högre än 14 %" in own[0], own
    for later in (actors, shorter):  # an earlier edit is not lost when the next one comes
        assert any("högst 23 %" in i.text for i in later.draft.section("mal").items), later.text  # type: ignore[union-attr]
    assert len(actors.draft.section("aktorer").items) > len(goal.draft.section("aktorer").items)  # type: ignore[union-attr]
    assert shorter.draft.section("aktorer") is not None and len(shorter.text) < len(actors.text)
    narrowed, more = _converse(assistant, [
        ("lokalt_mal", "Vi är Ekängsskolan, åk 7–9. 31 % av pojkarna och 14 % av flickorna saknar godkänt i "
                       "engelska 2024."),
        ("lokalt_mal", "byt målgrupp till åk 4–6"),
        ("lokalt_mal", "lägg till aktörer"),
    ])[1:]
    theirs = [i.text for i in narrowed.draft.items() if i.provenance == "user"]
    kept = {i.text for i in more.draft.items() if i.provenance == "user"}
    assert theirs and set(theirs) <= kept  # what is the user's stays theirs through a later edit
    # the goal the assistant restated for the new group is not made theirs
    assert not any(i.provenance == "user" and "åk 4–6" in i.text for i in narrowed.draft.section("mal").items)  # type: ignore[union-attr]
    for r in (measurable, actors, shorter, more):
        assert_citations_exact(r)


@pytest.mark.needs_corpus_index
def test_code_in_an_organisation_name_goes_with_its_content_and_a_shorter_draft_keeps_the_checks(
        assistant: Assistant) -> None:
    first, shorter = _converse(assistant, [
        ("lokalt_mal", "I åk 8 har 40 % av pojkarna hög frånvaro, enligt rektorn är det 140 % av pojkarna. 12 % av "
                       "flickorna har hög frånvaro."),
        ("lokalt_mal", "kortare"),
    ], org="<b>Tallbackens skola</b><script>alert(1)</script><style>p{color:red}</style>")
    assert first.draft is not None and first.draft.title.startswith("Lokalt mål – Tallbackens skola, åk 8")
    assert "alert" not in first.text and "color" not in first.text and "<" not in first.text
    checks = [i.text for i in first.draft.section("kontrollera").items]  # type: ignore[union-attr]
    assert any("kod" in c and "”Tallbackens skola”" in c for c in checks), checks
    # 'kortare' shortens the draft, never what the user must check (contradiction, impossible share, no year)
    assert [i.text for i in shorter.draft.section("kontrollera").items] == checks  # type: ignore[union-attr]


@pytest.mark.needs_corpus_index
def test_a_follow_up_plan_without_figures_measures_the_problem_once(assistant: Assistant) -> None:
    response = assistant.respond({"message": "Pojkarna i sexan på Kvarnbyskolan hänger inte med i läsningen och får "
                                             "ingen hjälp hemma.", "mode": "uppfoljning"})
    assert response.draft is not None
    headings = [s.heading for s in response.draft.sections if s.key.startswith("indikator")]
    first = response.draft.sections[[s.key for s in response.draft.sections].index("indikator_1")].items[0].text
    assert "åk 6" in first and "som inte hänger med i läsningen" in first and "berörs av" not in first, first
    assert not any("hänger inte med" in h for h in headings[1:]), headings  # not the same problem a second time
    assert_citations_exact(response)


@pytest.mark.needs_corpus_index
def test_a_dilemma_stays_with_the_participants_workshop(assistant: Assistant) -> None:
    from assistant.generation.extractive.dilemma import workshops

    turns = _converse(assistant, [
        ("dilemma", "En pappa vill inte att hans son i åk 5 deltar i sex- och samlevnadsundervisningen av religiösa "
                    "skäl. Klassläraren vill ha med honom, men rektorn vill undvika en konflikt med familjen. Vad ska "
                    "vi göra?"),
        ("dilemma", "Jag tycker att undervisningen är obligatorisk och att skolan inte kan ge efter."),
        ("dilemma", "Men om vi pressar för hårt kanske familjen tar honom ur skolan helt, och då har han ingen hjälp."),
    ])
    restated = turns[0].draft.section("dilemmat").items[0].text  # type: ignore[union-attr]
    assert "när en pappa inte vill att" in restated, restated  # 'inte' before the verb in the 'när' clause
    own = {" ".join(q.text.lower().split()): w.theme for w in workshops(assistant.extractive) for q in w.questions}
    asked = [" ".join(q.text.lower().split()) for r in turns for q in r.draft.section("fragor").items  # type: ignore[union-attr]
             if q.provenance == "source"]
    assert len(asked) >= 3 and len({own.get(q) for q in asked}) == 1, [own.get(q) for q in asked]


@pytest.mark.needs_corpus_index
def test_another_studys_own_case_is_not_the_users_cause(assistant: Assistant) -> None:
    """A report's count of its own pupils ('4 av de 23 eleverna blev ej behöriga …') or its description of itself
    ('Samtalet har utgått från …') is that study's case, not a problem or cause a plan for another school borrows."""
    from assistant import lexicon as lex

    draft = assistant.respond({"message": BJORK, "mode": "problemformulering"}).draft
    assert draft is not None
    sourced = [i.text for i in draft.items() if i.provenance == "source"]
    assert not [t for t in sourced if lex.CASE_REPORT_RE.search(t)], sourced
    assert lex.CASE_REPORT_RE.search("4 av de 23 eleverna blev ej behöriga till ett yrkesprogram.")
    assert not lex.CASE_REPORT_RE.search("Pojkar får lägre betyg än flickor i 15 av 16 ämnen.")


EKAS = ("Vi är Ekåsskolan i Gävle, åk 7–9. I vår trygghetsenkät hösten 2024 svarade 24 % av flickorna och 12 % av "
        "pojkarna att de blivit kränkta på nätet. Vi har provat temadagar om sociala medier men det hjälpte inte.")


@pytest.mark.needs_corpus_index
def test_the_target_and_date_the_user_sets_fill_the_goal_its_check_and_the_follow_up(assistant: Assistant) -> None:
    _, goal, measurable, follow = _converse(assistant, [
        ("problemformulering", EKAS),
        ("lokalt_mal", "Gör ett lokalt mål för det"),
        ("lokalt_mal", "gör målet mätbart: flickorna ska ner till 12 % och pojkarna till 8 % till hösten 2026"),
        ("uppfoljning", "Och en uppföljningsplan"),
    ])
    stated = measurable.draft.section("mal").items[0].text  # type: ignore[union-attr]
    assert "flickor i åk 7–9 som blivit kränkta på nätet minska från 24 % (2024) till 12 % senast hösten 2026" in stated
    assert "andelen pojkar ska minska från 12 % (2024) till 8 %" in stated, stated
    assert "[målvärde]" not in measurable.text and "[datum]" not in measurable.text
    fields = {i.text.split(":")[0]: i for i in measurable.draft.section("matbart").items}  # type: ignore[union-attr]
    assert fields["Målvärde"].provenance == "user" and fields["Måldatum"].text == "Måldatum: hösten 2026"
    assert not any(i.gap and ("målvärde" in i.text or "datum" in i.text) for i in measurable.draft.items())
    check = {i.text.split(":")[0]: i.text for i in measurable.draft.section("kontroll").items}  # type: ignore[union-attr]
    assert check["Målvärde"] == "Målvärde: ja" and check["Tid"] == "Tid: ja", check
    first = {i.text.split(":")[0]: i for i in follow.draft.section("indikator_1").items}  # type: ignore[union-attr]
    assert first["Målvärde"].provenance == "user" and "flickor 12 %" in first["Målvärde"].text
    assert "hösten 2026" in first["Målvärde"].text and "Fyll i" not in first  # the target is of the goal's indicator
    assert "12 %" in follow.draft.section("mal").items[0].text  # type: ignore[union-attr]
    # the goal the assistant wrote before the target was set said it was missing
    assert any(i.gap and "målvärde" in i.text for i in goal.draft.section("matbart").items)  # type: ignore[union-attr]
    for r in (measurable, follow):
        assert_citations_exact(r)


@pytest.mark.needs_corpus_index
def test_a_goal_restated_for_a_new_target_group_stays_the_assistants_and_so_in_the_follow_up(
        assistant: Assistant) -> None:
    goal, narrowed, follow = _converse(assistant, [
        ("lokalt_mal", EKAS),
        ("lokalt_mal", "byt målgrupp till åk 4–6"),
        ("uppfoljning", "Och en uppföljningsplan"),
    ])
    restated = narrowed.draft.section("mal").items[0]  # type: ignore[union-attr]
    assert "åk 4–6" in restated.text and restated.provenance == "suggestion", restated
    indicator = next(i for i in narrowed.draft.section("matbart").items if i.text.startswith("Indikator"))  # type: ignore[union-attr]
    assert indicator.provenance == "suggestion"
    followed = follow.draft.section("mal").items[0]  # type: ignore[union-attr]
    assert "åk 4–6" in followed.text and followed.provenance == "suggestion", followed
    # what the user wrote is still theirs
    assert any(i.provenance == "user" and "hösten 2024" in (i.quote or "") for i in narrowed.draft.items())


@pytest.mark.needs_corpus_index
def test_a_shorter_draft_keeps_its_sources(assistant: Assistant) -> None:
    full, short = _converse(assistant, [("problemformulering", EKAS), ("problemformulering", "kortare")])
    assert full.grounded and short.grounded
    assert len(short.text) < len(full.text)
    for key in ("nyckeltal", "orsaker"):
        before = full.draft.section(key)  # type: ignore[union-attr]
        if before is not None and any(i.provenance == "source" for i in before.items):
            after = short.draft.section(key)  # type: ignore[union-attr]
            assert after is not None and any(i.provenance == "source" and i.citations for i in after.items), key
    assert_citations_exact(short)


@pytest.mark.needs_corpus_index
def test_a_dilemma_the_material_does_not_cover_is_discussed_not_refused(assistant: Assistant) -> None:
    from assistant.generation.extractive.dilemma import UNCOVERED_LEAD

    first, second, summary = _converse(assistant, [
        ("dilemma", "En förälder vill att hennes dotter ska slippa simundervisningen av religiösa skäl. Vad gör vi?"),
        ("dilemma", "Men skollagen säger ju att alla ska delta?"),
        ("dilemma", "Kan du sammanfatta?"),
    ])
    for r in (first, second, summary):
        assert r.draft is not None and "tar inte upp det du frågar om" not in r.text, r.text
        assert "- Hej" not in r.text and "inget givet svar" in r.text
        assert_citations_exact(r)
    assert UNCOVERED_LEAD in first.text and "simundervisningen" in first.text
    assert "liknande dilemma" not in first.text + summary.text  # no workshop's dilemma is claimed to be like it
    asked = [i for i in first.draft.section("fragor").items if i.provenance == "source"]  # type: ignore[union-attr]
    assert asked and all(i.citations and i.text.endswith("?") for i in asked)  # the workshops' general questions
    assert second.draft.section("svar").items[0].provenance == "user"  # type: ignore[union-attr]
    # their question is among what is still open (session 18: a summary lists questions apart from positions)
    still_open = [i.quote for i in summary.draft.section("fragor").items if i.provenance == "user"]  # type: ignore[union-attr]
    assert "Men skollagen säger ju att alla ska delta?" in still_open, still_open


@pytest.mark.needs_corpus_index
def test_an_uncovered_dilemma_stays_uncovered_in_later_turns_in_easy_swedish(assistant: Assistant) -> None:
    """In lättläst the first turn's 'Underlaget tar inte upp just det här dilemmat' reads 'Våra texter tar inte upp …':
    later turns did not know the talk by it and the summary claimed a workshop's dilemma was like the participant's."""
    first, _, summary = _converse(assistant, [
        ("dilemma", "En förälder vill att hennes dotter ska slippa simundervisningen av religiösa skäl. Vad gör vi?"),
        ("dilemma", "Men skollagen säger ju att alla ska delta?"),
        ("dilemma", "Kan du sammanfatta?"),
    ], easy_swedish=True)
    assert "Våra texter tar inte upp just det här dilemmat" in first.text, first.text
    assert "Så här finns inga perspektiv" not in first.text  # 'så här' reads 'like this' as a sentence of its own
    assert "liknande dilemma" not in summary.text, summary.text


# A school's own plan (its title names it) beside a general guide: its findings are its own case.
_OTHER_SCHOOLS_PLAN = """Vallmoskolan F–9, Tierps kommun

Plan mot kränkande behandling läsåret 2024/25

Nulägesanalys

Flickor i åk 7–9 uppger oftare än pojkar att de blivit kränkta på nätet och i sociala medier, oftast genom kommentarer om utseende.

Kränkningarna på nätet sker oftast utanför skoltid men påverkar klimatet i klassrummen och tryggheten för flickor och pojkar.

Att färre flickor än pojkar upplever att vuxna ingriper tyder på att personalen inte uppmärksammar kränkningar på nätet.

Orsaker

Kränkningar på nätet beror på att kommentarer om flickors utseende har blivit en del av jargongen bland pojkar.
"""
_GENERAL_GUIDE = """Stöd i arbetet mot kränkande behandling

Kartläggning

Kartlägg hur pojkar och flickor upplever tryggheten i skolan och på nätet, och dela upp svaren på kön.

Orsaker

Kränkningar på nätet beror ofta på att normer om kön och utseende förstärks i sociala medier bland pojkar och flickor.
"""


@pytest.mark.needs_corpus_index
def test_another_schools_own_findings_stay_out_of_the_users_situation(tmp_path, corpus_components) -> None:  # type: ignore[no-untyped-def]
    from assistant.config import PROJECT_ROOT
    from tests.test_answer_engine import _ingest_folder

    # the bundled corpus (its vectors are cached) plus a municipality's own documents, as a municipality ingests them
    corpus = {f.name: f.read_text("utf-8") for f in (PROJECT_ROOT / "corpus").iterdir() if f.is_file()}
    bot, _ = _ingest_folder(tmp_path, corpus_components, {**corpus, "vallmoskolan-plan.txt": _OTHER_SCHOOLS_PLAN,
                                                          "stod-krankningar.txt": _GENERAL_GUIDE})
    situation = ("åk 7–9. I vår trygghetsenkät hösten 2024 svarade 24 % av flickorna och 12 % av pojkarna att de "
                 "blivit kränkta på nätet.")

    def situation_sources(school: str) -> list[str]:
        response = bot.respond({"message": f"Vi är {school} i Tierp, {situation}", "mode": "problemformulering"})
        assert response.draft is not None
        cited = {c.n: c.source for c in response.citations}
        return [cited[n] for s in response.draft.sections if s.key in ("problem", "nulage", "orsaker", "konsekvenser")
                for i in s.items for n in i.citations]

    theirs = situation_sources("Ekåsskolan")
    assert "stod-krankningar.txt" in theirs and not any("vallmoskolan" in s for s in theirs), theirs
    # the same plan is the situation of the school that wrote it
    assert any("vallmoskolan" in s for s in situation_sources("Vallmoskolan"))


def test_a_document_about_a_kind_of_school_is_no_other_schools_own_account() -> None:
    """'Grundskolan och jämställdhet' or 'Uppföljning av Sommarskolan, Tierps kommun' was read as a named school's own
    account and kept out of a Tierp school's situation: a kind of school ('Grundskolan', 'Sommarskolan') names none."""
    from assistant.generation.extractive.drafts import another_organisations
    from assistant.generation.facts import UserFacts
    from assistant.grounding.passages import Sentence
    from assistant.schema import Chunk

    def sentence(title: str) -> Sentence:
        chunk = Chunk(chunk_id="c", source="s", title=title, doc_type="rapport", heading_path=[], start_line=1,
                      end_line=1, text="Flickor uppger oftare än pojkar att de blivit kränkta.")
        return Sentence(chunk.text, chunk, 0, 1, 1, False, False)

    ours = UserFacts(school="Ekåsskolan", org="Tierp")
    for title in ("Grundskolan och jämställdhet", "Förskolan som jämställdhetsarena",
                  "Uppföljning av Sommarskolan, Tierps kommun"):
        assert not another_organisations(sentence(title), ours), title
    assert another_organisations(sentence("Vallmoskolan F–9, Tierps kommun"), ours)
    assert another_organisations(sentence("Sommarskolan, Kumla kommun"), ours)


def test_a_general_title_with_an_adjective_before_skola_names_no_school() -> None:
    """'Jämställd skola' (a general guide's title) was read as another school's name and its passages kept out of the
    user's draft: an adjective before an indefinite 'skola' says what kind of school; 'Engelbrekts skola' names one."""
    from assistant.generation.extractive.drafts import another_organisations
    from assistant.generation.facts import UserFacts
    from assistant.grounding.passages import Sentence
    from assistant.schema import Chunk

    def sentence(title: str) -> Sentence:
        chunk = Chunk(chunk_id="c", source="s", title=title, doc_type="rapport", heading_path=[], start_line=1,
                      end_line=1, text="Flickor uppger oftare än pojkar att de blivit kränkta.")
        return Sentence(chunk.text, chunk, 0, 1, 1, False, False)

    ours = UserFacts(school="Ekåsskolan", org="Tierp")
    for title in ("Jämställd skola", "Trygg skola för alla", "En inkluderande skola"):
        assert not another_organisations(sentence(title), ours), title
    for title in ("Engelbrekts skola, Tierps kommun", "Husby skola"):
        assert another_organisations(sentence(title), ours), title
