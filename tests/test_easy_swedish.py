"""Lättläst rewrite rules (assistant/generation/easy.py): compounds, verbs, lists, subjects; citations kept."""

from __future__ import annotations

from assistant.citations import cited_numbers
from assistant.generation.easy import easy_draft, easy_text, enumeration, is_finite_verb, lix, unfold_compound
from assistant.schema import Draft, DraftItem, DraftSection


def test_a_rare_compound_is_written_out_as_its_common_parts() -> None:
    assert unfold_compound("lärarutbildningen") == "utbildningen av lärare"  # a verbal-noun head takes 'av'
    assert unfold_compound("undervisningsgrupper") == "grupper för undervisning"
    # Common words, participles, function-word 'parts' and short words stay whole.
    for word in ("socialtjänsten", "matematik", "sammanhållen", "könsuppdelad", "tillbakagång", "sommarskolan"):
        assert unfold_compound(word) is None, word


def test_compounds_in_names_shared_endings_and_quotes_stay_whole() -> None:
    easy = easy_text("Framtidens lärarutbildning ges. Det gäller jämställdhets- och värdegrundsarbete. "
                     "Målet ”fler undervisningsgrupper” gäller. Vi vill ha fler undervisningsgrupper. [1]")
    assert "Framtidens lärarutbildning" in easy
    assert "jämställdhets- och värdegrundsarbete" in easy
    assert "”fler undervisningsgrupper”" in easy
    assert "Vi vill ha fler grupper för undervisning. [1]" in easy


def test_finite_verbs_are_told_from_plural_nouns() -> None:
    assert all(is_finite_verb(w) for w in ("arbetar", "leder", "ledde", "stärkte", "beror", "väljs"))
    assert not any(is_finite_verb(w) for w in ("pojkar", "flickor", "elever", "studier", "skolor", "timmar"))


def test_a_second_clause_without_its_own_subject_is_not_cut_off() -> None:
    easy = easy_text("Några av de andra områden som vi ska gå vidare med är redan påbörjade och har kommit "
                     "olika långt. [3]")
    assert "påbörjade och har kommit olika långt. [3]" in easy
    assert not any(line.startswith("Har ") for line in easy.splitlines())


def test_a_list_keeps_a_leading_pair_and_a_leading_verb_in_place() -> None:
    head, items = enumeration("Viktiga parter är förskolor och skolor, fritidsgårdar, bibliotek och "
                              "socialtjänsten.") or ("", [])
    assert head == "Viktiga parter är" and items[0] == "förskolor och skolor"
    head, items = enumeration("Stöd på alla nivåer som underlättar lärande, kommunikation, analys och "
                              "förbättring.") or ("", [])
    assert head.endswith("som underlättar") and items == ["lärande", "kommunikation", "analys", "förbättring"]


def test_a_line_that_leads_into_a_list_ends_with_a_colon_and_keeps_its_citation() -> None:
    easy = easy_text("Det kan handla om att ta fram material, till exempel [1]\n- foldrar om stöd\n"
                     "- informationsblad om studier [2]")
    lines = easy.splitlines()
    assert lines[0].endswith("till exempel: [1]")
    assert cited_numbers(lines[0]) == [1] and cited_numbers(lines[-1]) == [2]


def test_a_gap_stays_one_line_to_fill_in() -> None:
    draft = Draft(kind="problemformulering", title="Problemformulering", sections=[
        DraftSection(key="vet", heading="Det vi vet", items=[
            DraftItem(text="Fyll i: vad ni redan vet – siffror, iakttagelser och vad som prövats",
                      provenance="suggestion", gap=True)])])
    items = easy_draft(draft).items()
    assert len(items) == 1 and items[0].gap
    assert items[0].text == "Fyll i: vad ni redan vet – siffror, iakttagelser och vad som testats"


def test_quoted_source_text_reads_easier_with_the_same_citations() -> None:
    text = ("Lärarutbildningen har ett innovativt utbildningsinnehåll gällande ämneskunskaper och en "
            "sammanhållen kunskapsutveckling, vilket stärker utbildningens progression. [2] Kommunen erbjuder alla "
            "nya undervisningsgrupper och samverkanspartners stödjer skolan i mångt och mycket. [4]")
    easy = easy_text(text)
    assert lix(easy) <= lix(text) - 8, (lix(easy), lix(text))
    assert sorted(set(cited_numbers(easy))) == [2, 4]
    assert "på många sätt" in easy and "mångt" not in easy


def test_the_reason_for_an_intervention_comes_first_and_its_goal_in_a_sentence_of_its_own() -> None:
    draft = Draft(kind="lokalt_mal", title="Lokalt mål", sections=[
        DraftSection(key="insatser", heading="Insatser i prioritetsordning", items=[DraftItem(
            text="Varför: av metodstödets insatser för målet ”Pojkar ska nå goda skolresultat” ligger den närmast "
                 "ert problem.", provenance="suggestion")])])
    texts = [i.text for i in easy_draft(draft).items()]
    assert texts == ["Varför: den passar bäst för er av stödets tips.",
                     "Den hör till målet ”Pojkar ska nå goda skolresultat”."]
    assert all(i.provenance == "suggestion" for i in easy_draft(draft).items())
