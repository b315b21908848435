"""Lättläst rewrite rules (the package assistant/generation/easy/): compounds, verbs, lists, subjects; citations kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.citations import MARKER_RE, cited_numbers
from assistant.generation.easy import (
    EASY_SOURCE_WORDS,
    cited_sentences,
    easy_draft,
    easy_text,
    enumeration,
    fronted_purpose,
    gapped_verb,
    inserted_aside,
    is_finite_verb,
    lix,
    lix_sentences,
    parentheses_out,
    plural_subject,
    question_purpose,
    relative_clause,
    reported_clause,
    restated_problem,
    shared_subject,
    so_that,
    subject_comma,
    subject_relative,
    trailing_examples,
    unfold_compound,
)
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
    # Cut only with a subject of its own: the long plural subject is 'De' in the second sentence (easy9).
    # ('påbörjade' takes its everyday word 'startade', easy23.)
    assert easy == "Några av de andra områden som vi ska gå vidare med är redan startade. [3] De har kommit " \
                   "olika långt. [3]"
    assert not any(s.startswith("Har ") for s in re.split(r"(?<=[.\]]) ", easy))


def test_a_verb_that_may_belong_to_the_clause_inside_the_subject_is_not_cut_off() -> None:
    # 'som är trötta och har svårt …': both verbs may be the relative clause's; 'Alla som' is no subject.
    for text in ("Alla elever som är trötta och har svårt att sova i skolan får extra stöd.",
                 "Alla som arbetar i skolan och har ansvar för elever ska gå utbildningen.",
                 "Några av eleverna som vi intervjuade berättade att de saknade stöd och var trötta."):
        assert easy_text(text) == text, text
    assert plural_subject("Några av de områden som vi valde ut i våras är redan påbörjade och har kommit "
                          "långt.")[1] == "De har kommit långt."


def test_a_list_keeps_a_leading_pair_and_a_leading_verb_in_place() -> None:
    head, items = enumeration("Viktiga parter är förskolor och skolor, fritidsgårdar, bibliotek och "
                              "socialtjänsten.") or ("", [])
    assert head == "Viktiga parter är" and items[0] == "förskolor och skolor"
    head, items = enumeration("Stöd på alla nivåer som underlättar lärande, kommunikation, analys och "
                              "förbättring.") or ("", [])
    assert head.endswith("som underlättar") and items == ["lärande", "kommunikation", "analys", "förbättring"]
    # 'X för lärare, t.ex. A eller B': examples of the first thing, not three things of one kind.
    assert enumeration("Skapa tydliga karriärvägar för behöriga lärare, t.ex. specialisttjänster och "
                       "pedagogiska ledarroller.") is None


def test_a_line_that_leads_into_a_list_ends_with_a_colon_and_keeps_its_citation() -> None:
    easy = easy_text("Det kan handla om att ta fram material, till exempel [1]\n- foldrar om stöd\n"
                     "- informationsblad om studier [2]")
    lines = easy.splitlines()
    assert lines[0].endswith("till exempel: [1]")
    assert cited_numbers(lines[0]) == [1] and cited_numbers(lines[-1]) == [2]


def test_a_list_lead_keeps_the_facts_before_it_and_only_its_own_citation() -> None:
    # review 22: the sentence with the figure was left out and its [2] moved onto the lead
    items = "\n- tyst läsning varje dag\n- läsloggar [1]"
    first = easy_text("Läsförståelsen sjönk till 61 procent 2023. [2] Skolan införde tre förändringar: [1]" + items)
    assert first.splitlines()[0].startswith("Läsförståelsen sjönk till 61 procent 2023. [2] Skolan"), first
    assert cited_numbers(first.splitlines()[0]) == [2, 1]
    # 'därför' draws on the sentence before: the paragraph stays whole
    why = easy_text("Många elever läste lite. Skolan införde därför tre förändringar: [1]" + items)
    assert why.startswith("Många elever läste lite"), why
    # a sentence with the question's word stays; background alone is still left out, with its own [n]
    told = easy_text("Rapporten skrevs av tre forskare. [2] Mentorerna ringer hem varje vecka. [3] Skolan arbetar "
                     "med tre delar mot frånvaron: [1]\n- mentorssamtal\n- tidig kontakt [1]", "Hur arbetar mentorerna?")
    lead = told.splitlines()[0]
    assert lead.startswith("Mentorerna ringer hem") and "forskare" not in told and cited_numbers(lead) == [3, 1], told


def test_a_gap_stays_one_line_to_fill_in() -> None:
    draft = Draft(kind="problemformulering", title="Problemformulering", sections=[
        DraftSection(key="vet", heading="Det vi vet", items=[
            DraftItem(text="Fyll i: vad ni redan vet – siffror, iakttagelser och vad som prövats",
                      provenance="suggestion", gap=True)])])
    items = easy_draft(draft).items()
    assert len(items) == 1 and items[0].gap
    # Still one line to fill in, the note after the dash a short sentence of its own.
    assert items[0].text == "Fyll i: vad ni redan vet. Det kan vara siffror, det ni har sett och det ni har testat"
    draft.sections[0].items[0] = DraftItem(text="Fyll i: möjliga orsaker hos er – underlaget nämner inga för just "
                                                "detta", provenance="suggestion", gap=True)
    assert [i.text for i in easy_draft(draft).items()] == [
        "Fyll i: möjliga skäl hos er. Våra texter nämner inga för just detta"]


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
    assert texts == ["Varför: den passar bäst för er av stödets tips. Den hör till målet ”Pojkar ska nå goda "
                     "skolresultat”."]  # two sentences, still one item
    assert all(i.provenance == "suggestion" for i in easy_draft(draft).items())


def test_a_goal_quoted_again_points_back_at_where_it_was_stated() -> None:
    """Lättläst says a long thing once: the card's goal, stated under the goal section, is not quoted again in full
    to say why an intervention fits; the user's own quoted words and the source lines keep theirs."""
    goal = "Pojkar i kommunen är motiverade till att uppnå goda skolresultat"
    draft = Draft(kind="lokalt_mal", title="Lokalt mål", sections=[
        DraftSection(key="mal", heading="Förslag på lokalt mål", items=[
            DraftItem(text=f"Metodstödets förslag: {goal}.", citations=[1], provenance="source")]),
        DraftSection(key="insatser", heading="Insatser i prioritetsordning", items=[
            DraftItem(text="1. Involvera pojkar i arbetet med skolans trivsel", citations=[2], provenance="source"),
            DraftItem(text=f"Varför: av metodstödets insatser för målet ”{goal}” ligger den närmast ert problem.",
                      provenance="suggestion")])])
    texts = [i.text for i in easy_draft(draft).items()]
    assert "Varför: den passar bäst för er av stödets tips. Den hör till målet i ”Stödets förslag” ovan." in texts, \
        texts
    assert texts[0].startswith("Stödets förslag: pojkar i kommunen är motiverade"), texts


def test_a_relative_clause_after_a_comma_becomes_a_sentence_of_its_own() -> None:
    easy = easy_text("Kommunen samarbetar med socialtjänsten, som har ansvar för stödet till familjer i kommunen. [3]")
    assert "Kommunen samarbetar med socialtjänsten. [3]" in easy
    assert "Socialtjänsten har ansvar för stödet till familjer i kommunen. [3]" in easy
    # 'vars' becomes a possessive; a plural antecedent takes 'De'.
    assert relative_clause("Skolan har en sammanhållen utbildning vars kurser stärker elevernas lärande.")[1] \
        .startswith("Dess kurser")
    assert relative_clause("Vi bjuder in alla föräldrar, som får välja en tid för samtal.")[1] \
        .startswith("De får välja")
    # 'föräldrar i området, som …': 'som' may point at either noun, so the sentence stays whole.
    assert len(relative_clause("Vi bjuder in alla föräldrar i området, som får välja en tid för samtal.")) == 1
    # A restrictive 'som' (no comma) says which thing is meant: it stays in its sentence.
    assert relative_clause("Några av de andra områden som vi ska gå vidare med är redan påbörjade nu.") == \
        ["Några av de andra områden som vi ska gå vidare med är redan påbörjade nu."]


def test_a_fronted_purpose_comes_after_the_main_clause() -> None:
    easy = easy_text("För att komma åt problemen med pojkars skolresultat kan er organisation behöva arbeta "
                     "med andra parter. [1]")
    lines = easy.split(". ")
    assert lines[0] == "Er organisation kan behöva arbeta med andra parter"
    assert "Det är för att komma åt problemen med pojkars resultat i skolan. [1]" in easy
    assert easy.count("[1]") == 2  # both sentences keep the citation
    # With a comma, and never when the main clause's subject is unclear or the sentence is a question.
    assert fronted_purpose("För att eleverna ska lyckas, behöver skolan tydliga mål och stöd.") == \
        ["Skolan behöver tydliga mål och stöd.", "det är för att eleverna ska lyckas"]
    assert fronted_purpose("För att nå målet, vad behöver ni göra först?") == \
        ["För att nå målet, vad behöver ni göra först?"]


def test_a_purpose_inside_a_question_becomes_the_aim_first_and_a_short_question() -> None:
    text = ("Vad behöver ledningen i kommunen veta för att kunna följa de mål ni har satt upp för arbetet med "
            "jämställdhet i skolan? [6]")
    easy = easy_text(text)
    sentences = cited_sentences(easy)
    # Both keep the citation; the term is explained in a sentence of its own right after the one using it, cited by
    # nothing (the assistant's words, not the source's).
    assert [n for _, n in sentences] == [[6], [], [6]] and "[6] Jämställdhet är att " in easy and \
        easy.endswith("? [6]")
    assert sentences[0][0].startswith("Ledningen ska kunna följa de mål ni har satt upp för arbetet med jämställdhet")
    assert sentences[2][0] == "Vad behöver ledningen i kommunen veta för det?"
    assert "Det är för att" not in easy  # the question is never cut into a question and a bare purpose
    # Not when the question's subject is a dummy 'det', nor when the purpose has a subject of its own.
    for kept in ("Vad krävs det för att kunna följa de mål som ni har satt upp för arbetet?",
                 "Hur kan ni arbeta för att eleverna ska lyckas bättre i matematik i årskurs nio?",
                 "Hur kan skolan arbeta för att minska frånvaron bland pojkar i årskurs 7–9?"):
        assert question_purpose(kept) == [kept]


def test_a_long_parenthesis_becomes_its_own_sentence_and_a_short_one_stays() -> None:
    easy = easy_text("Det viktiga är uthållighet (tid, tålamod, håll i och håll ut) i hela arbetet. [2]")
    assert "(" not in easy and "tålamod" in easy and "håll ut" in easy  # nothing is dropped
    assert easy.startswith("Det viktiga är uthållighet i hela arbetet. [2]")
    assert parentheses_out("Källa: egen elevenkät (t.ex. LUPP)") == "Källa: egen elevenkät (t.ex. LUPP)"
    assert parentheses_out("Ta fram siffror (till exempel Skolverkets statistik och SIRIS) för varje år.") == \
        "Ta fram siffror för varje år. Det kan till exempel vara Skolverkets statistik och SIRIS."


def test_a_term_is_explained_once_and_then_written_with_its_simple_word() -> None:
    easy = easy_text("Samverkan med skolan är viktig. [1] Samverkan med polisen ska öka. [2]")
    # Explained in a short sentence of its own right after the sentence that uses it (lättläst: one idea per
    # sentence; no parenthesis lengthens the source's sentence), cited by nothing: the assistant's own words. Then
    # written with its simple word.
    assert easy == "Samverkan med skolan är viktig. [1] Samverkan är att arbeta ihop. Samarbete med polisen ska " \
                   "öka. [2]"
    assert easy_text("Skolan tar fram könsuppdelad statistik om betyg varje år. [1]") == \
        "Skolan tar fram könsuppdelad statistik om betyg varje år. [1] Könsuppdelad betyder delad efter kön. " \
        "Statistik är siffror."
    assert easy_text("Parter som kan bidra till insatser: [1]\n- skolan\n- polisen").startswith(
        "Parter som kan bidra till insatser (saker ni gör): [1]\n- ")


def test_words_inside_a_quotation_are_never_rewritten_or_cut() -> None:
    goal = "”Pojkar som inte når kunskapskraven erbjuds extra anpassningar i undervisningen, som ges i tid”"
    easy = easy_text(f"Insatsen hör till målet {goal} och genomförs under läsåret. [4]")
    assert goal in easy and easy.count("[4]") >= 1
    assert "görs under läsåret" in easy  # outside the quotation the plain word is used


def test_compounds_of_a_thing_are_not_written_out_with_for() -> None:
    for word in ("ämneskunskaper", "kärnverksamheten", "gruppintervjuer", "mentorsprogrammet"):
        assert unfold_compound(word) is None, word
    assert unfold_compound("öppenhetskulturen") == "kulturen för öppenhet"


def test_every_short_sentence_keeps_the_citation_of_the_sentence_it_came_from() -> None:
    # Each source sentence has a word of its own; after the rewrite, each output sentence that holds that word
    # carries exactly that sentence's citation, so [n] still points at the same lines.
    text = ("För att nå fler pojkar kan kommunen samarbeta med biblioteket, som har öppet på kvällarna. [1] "
            "Fritidsgårdarna (som drivs av kommunen och av föreningar i området) når många unga på helgerna. [2] "
            "Skolan erbjuder läxhjälp, som leds av lärare och studenter, men få elever kommer. [3] "
            "Uppföljningen görs varje termin. [4]")
    own = {"kvällarna": 1, "biblioteket": 1, "pojkar": 1, "helgerna": 2, "föreningar": 2, "läxhjälp": 3,
           "studenter": 3, "termin": 4}
    easy = easy_text(text)
    for sentence, numbers in cited_sentences(easy.replace("\n", " ")):
        for word, n in own.items():
            if word in sentence:
                assert numbers == [n], (sentence, numbers)
    assert all(any(w in s for s, _ in cited_sentences(easy)) for w in own)  # no content lost


def test_two_clauses_that_share_a_subject_become_two_sentences_with_the_subject_repeated() -> None:
    easy = easy_text("Skolans ledning har fört ut arbetet till all personal och har ordnat träffar i arbetslagen "
                     "varje månad. [3]")
    # (the term 'arbetslagen' is explained after the sentences, by the assistant: no [n])
    assert easy == ("Skolans ledning har fört ut arbetet till all personal. [3] Skolans ledning har ordnat träffar "
                    "i arbetslagen varje månad. [3] Arbetslagen är grupper av lärare som arbetar ihop.")
    # Not when 'och' may go on with a clause inside the first one, nor when the sentence opens with an adverbial.
    for kept in ("Skolan har program som ges vid universitetet och drivs i form av flera delprojekt.",
                 "Politiskt i Karlskoga vill man säkra arbetet och behåller därför samma inriktning."):
        assert shared_subject(kept) == [kept]


def test_a_clause_ending_in_a_supine_is_cut_after_and_a_short_contrast_stays_in_its_sentence() -> None:
    easy = easy_text("Samtalet har utgått från att eleven haft godkända betyg i årskurs 6, men inte i årskurs 9 och "
                     "syftet har varit att förstå elevens syn på skälen. [2]")
    assert easy == ("Samtalet har utgått från att eleven haft godkända betyg i årskurs 6, men inte i årskurs 9. [2] "
                    "Syftet har varit att förstå elevens syn på skälen. [2]")


def test_slashes_between_words_are_written_out_and_addresses_are_left_alone() -> None:
    easy = easy_text("Ta upp risker/brister/hot i varje skola. Ökning/minskning? Se skolverket.se/statistik 2020/2021.")
    assert "risker, brister och hot" in easy and "Ökning eller minskning?" in easy
    assert "skolverket.se/statistik 2020/2021" in easy


def test_a_subject_still_waiting_for_its_verb_is_not_cut_inside_its_som_clause() -> None:
    text = "Andelen elever som läser hemma varje dag och lärarna som stöttar dem ska öka till nästa läsår. [1]"
    easy = easy_text(text)
    assert len(cited_sentences(easy)) == 1 and "ska öka till nästa läsår. [1]" in easy


def test_a_list_item_cut_into_short_sentences_stays_one_item() -> None:
    text = ("- Utbildningen är sammanhållen vars kurser, mål och prov stärker elevernas lärande och samarbete.\n"
            "- Uthållighet (tid, tålamod, håll i och håll ut)\n- Inge hopp [2]")
    lines = easy_text(text).splitlines()
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 3 and items[0].startswith("- Utbildningen är sammanhållen. Dess kurser")
    assert items[1] == "- Uthållighet. Det handlar om:" and "  - tålamod" in lines


def test_the_drafts_goal_becomes_short_sentences_with_the_same_facts() -> None:
    goal = ("Andelen pojkar och andelen flickor i åk 7–9 på Ekskolan som saknar godkänt i engelska ska minska till "
            "målvärdet senast måldatum, och skillnaden mellan pojkar och flickor ska minska")
    plain = ("Andelen pojkar och andelen flickor som berörs av problemet ska öka till målvärdet senast måldatum, och "
             "skillnaden mellan pojkar och flickor ska minska")
    draft = Draft(kind="lokalt_mal", title="Lokalt mål", sections=[DraftSection(
        key="mal", heading="Förslag på lokalt mål", items=[DraftItem(text=goal), DraftItem(text=plain)])])
    texts = [i.text for i in easy_draft(draft).items()]
    assert texts == ["Det gäller pojkar och flickor i åk 7–9 på Ekskolan. Andelen som saknar godkänt i engelska ska "
                     "minska till målet i tid. Pojkar och flickor ska bli mer lika.",
                     "Det gäller pojkar och flickor som berörs av problemet. Andelen av dem ska öka till målet i tid. "
                     "Pojkar och flickor ska bli mer lika."]  # each goal one item of short sentences


def test_examples_tacked_on_a_long_sentence_become_a_sentence_of_their_own_with_its_citation() -> None:
    easy = easy_text("Samla den statistik om betyg som finns i er kommun, till exempel Kolada och SCB. [3]")
    # The explanation waits until after 'Det kan …', which points back at the sentence before.
    assert easy == "Samla den statistik om betyg som finns i er kommun. [3] Det kan till exempel vara Kolada och " \
                   "SCB. [3] Statistik är siffror."
    # Not when the examples are a clause, nor inside a quotation.
    for kept in ("Skolan kan göra mycket för eleverna, till exempel kan lärarna ge läxhjälp.",
                 "Målet ”Vi samlar statistik om betyg i hela kommunen, till exempel Kolada” gäller."):
        assert trailing_examples(kept) == [kept]


def test_a_lone_adverb_between_commas_is_no_list_entry() -> None:
    text = "Vår analys pekar på några områden som vi behöver prioritera under 2020, kanske och under längre tid."
    assert enumeration(text) is None
    assert "\n" not in easy_text(text)


def test_a_compound_opening_a_sentence_is_written_out_but_a_name_or_a_bare_label_is_not() -> None:
    easy = easy_text("Lärarutbildningen är en akademisk utbildning. [1]\n- Verksamhetsutvecklare 1 300 tkr\n"
                     "Björkskolan har läxhjälp.")
    assert easy.startswith("Utbildningen av lärare är en akademisk utbildning. [1]")
    assert "- Verksamhetsutvecklare 1 300 tusen kronor" in easy and "Björkskolan har läxhjälp." in easy


def test_a_drafts_own_heading_without_an_easy_form_gets_plain_words_but_no_explanation() -> None:
    # (A heading that only repeats the item under it gets a short plain one instead: see the test below.)
    draft = Draft(kind="uppfoljning", title="Uppföljningsplan", sections=[
        DraftSection(key="indikator_1", heading="Indikator 1: andel pojkar och andel flickor som saknar godkänt",
                     items=[DraftItem(text="Mått: betyg per kön")]),
        DraftSection(key="indikator_2", heading="Indikator 2: Har rektorer regelbundna möten om resultaten?",
                     items=[DraftItem(text="Mått: antal möten", citations=[1], provenance="source")])])
    easy = easy_draft(draft)
    assert [s.heading for s in easy.sections] == ["Indikator 1: hur många pojkar och flickor som saknar godkänt",
                                                  "Indikator 2: Har rektorer regelbundna möten om resultaten?"]
    assert [s.key for s in easy.sections] == ["indikator_1", "indikator_2"]


def test_our_own_template_wording_and_wordy_phrases_are_plain_in_a_draft() -> None:
    draft = Draft(kind="problemformulering", title="Problemformulering", sections=[DraftSection(
        key="orsaker", heading="Orsaker", items=[
            DraftItem(text="Pröva orsakerna i er egen verksamhet: tänk strukturellt, inte på enskilda elever."),
            DraftItem(text="Fyll i: andel flickor som saknar godkänt i svenska (2023)", gap=True),
            DraftItem(text="Samtalet har utgått från det faktum att eleven haft godkända betyg.", citations=[2],
                      provenance="source")])])
    texts = [i.text for i in easy_draft(draft).items()]
    assert texts == ["Pröva skälen hos er: tänk på hela skolan, inte på en elev i taget.",
                     "Fyll i: hur många flickor som saknar godkänt i svenska (2023)",
                     "Samtalet har utgått från att eleven haft godkända betyg."]


def test_a_participle_after_a_genitive_is_no_verb_so_two_nouns_joined_by_och_stay_together() -> None:
    text = ("Den andra dialogen inkluderar uppföljning och utvärdering av vidtagna insatser utifrån skolans "
            "prioriterade områden. [2]")
    easy = easy_text(text)
    cited = [s for s, n in cited_sentences(easy) if n]
    assert len(cited) == 1 and "inkluderar uppföljning och utvärdering av" in cited[0]
    assert "[2] Uppföljning är att se hur det gick." in easy, easy  # the term explained after its sentence
    # A past form after a subject is still the verb of its clause.
    easy = easy_text("Kommunen har tagit fram en ny plan för året och skolans rektorer prioriterade läsning under "
                     "hela året. [1]")
    assert easy == ("Kommunen har tagit fram en ny plan för året. [1] Skolans rektorer prioriterade läsning under "
                    "hela året. [1]")


def test_abbreviations_are_written_out_and_their_figures_kept() -> None:
    easy = easy_text("Stöd till lärare 2 264 tkr. [1] Ta fram siffror, t.ex. betyg och frånvaro, bl.a. i SIRIS. [2]")
    assert "Stöd till lärare 2 264 tusen kronor. [1]" in easy
    assert "t.ex." not in easy and "bl.a." not in easy and "till exempel" in easy and "bland annat" in easy
    assert cited_numbers(easy) == [1, 2]


def test_a_bare_comma_between_two_main_clauses_ends_a_sentence_but_not_before_a_subordinate_one() -> None:
    easy = easy_text("Personal är anställd, nya insatser börjar våren 2020 och väntas vara klara hösten 2021. [2]")
    assert easy == "Personal är anställd. [2] Nya insatser börjar våren 2020 och väntas vara klara hösten 2021. " \
                   "[2] Insatser är saker ni gör."
    # A strong past form ('kom') is the first clause's verb too.
    assert easy_text("Eleven kom ofta sent till lektionen, läraren pratade med föräldrarna om det. [2]") == \
        "Eleven kom ofta sent till lektionen. [2] Läraren pratade med föräldrarna om det. [2]"
    for kept in ("Ni bör göra en sista uppföljning när arbetet är klart, när tidsplanen har löpt ut eller ni nått "
                 "era mål.",
                 "Skolan har arbetat med läsning, till exempel lärare läser högt varje dag för eleverna.",
                 "Om eleven är borta, skolan ringer hem till föräldrarna samma dag."):
        assert subject_comma(kept) == [kept]


def test_a_result_after_sa_att_becomes_a_sentence_of_its_own() -> None:
    easy = easy_text("Varje skola ska kunna utveckla sin del av arbetet så att den bidrar till bättre betyg för "
                     "alla. [3]")
    # 'utveckla sin del av arbetet' keeps its verb: 'göra bättre sin del' is no Swedish word order (easy9).
    assert easy == "Varje skola ska kunna utveckla sin del av arbetet. [3] Det gör att den bidrar till bättre " \
                   "betyg för alla. [3]"
    assert so_that("Ändra schemat så att eleverna hinner äta?") == ["Ändra schemat så att eleverna hinner äta?"]


def test_a_follow_up_plans_labels_and_template_lines_are_plain_and_the_users_figures_stay() -> None:
    draft = Draft(kind="uppfoljning", title="Uppföljningsplan", sections=[DraftSection(
        key="indikator_1", heading="Indikator 1: andel pojkar och andel flickor som saknar godkänt", items=[
            DraftItem(text="Utgångsvärde: pojkar 38 % (2024); flickor 22 % (2024)", provenance="user",
                      quote="38 % av pojkarna och 22 % av flickorna saknar godkänt 2024"),
            DraftItem(text="Hur ofta: vid varje betygssättning (terminsslut)"),
            DraftItem(text="Acceptabelt resultat: en tydlig rörelse från utgångsvärdet mot målvärdet för både pojkar "
                           "och flickor, utan att skillnaden mellan dem ökar")])])
    items = easy_draft(draft).items()
    assert [i.text for i in items] == [
        "Läget nu: pojkar 38 % (2024); flickor 22 % (2024).",
        "Hur ofta: när betygen sätts, i slutet av varje termin.",
        "Bra nog: det går åt rätt håll för både pojkar och flickor. Skillnaden mellan dem ökar inte."]
    assert items[0].provenance == "user" and items[0].quote.startswith("38 %")


def test_om_before_an_article_and_att_before_an_infinitive_open_no_clause_that_waits_for_a_verb() -> None:
    assert easy_text("Kommunen har beslutat om en ny plan, vilket betyder att skolorna får mer pengar. [3]") == \
        "Kommunen har beslutat om en ny plan. [3] Det betyder att skolorna får mer pengar. [3]"
    assert easy_text("Vi har beslutat att satsa på läsning och lärarna har börjat läsa högt varje dag. [3]") == \
        "Vi har beslutat att satsa på läsning. [3] Lärarna har börjat läsa högt varje dag. [3]"
    # 'att' before a subject still waits for its verb: 'lärare och elever' is one object, not a cut.
    kept = "Det handlar om att Googles plattform för lärare och elever behöver bli bättre under året. [3]"
    assert easy_text(kept) == kept


def test_two_purposes_joined_by_och_for_att_become_two_sentences() -> None:
    easy = easy_text("Ni bör göra en sista uppföljning när arbetet är klart för att ta vara på lärandet och för att "
                     "använda det som en drivkraft framåt. [2]")
    assert easy.endswith("Det är för att ta vara på lärandet. [2] Det är också för att använda det som en drivkraft "
                         "framåt. [2] Uppföljning är att se hur det gick.")


def test_lix_counts_no_sentence_end_inside_an_abbreviation() -> None:
    """'t.ex.' and 'bl.a.' are one word each and end no sentence; a real full stop and a colon still do."""
    assert lix_sentences("Vi läser t.ex. Kolada och bl.a. SCB varje dag. Sedan skriver vi: kort.") == \
        ["Vi läser t.ex. Kolada och bl.a. SCB varje dag.", "Sedan skriver vi", "kort."]
    assert lix("Vi läser t.ex. Kolada.") == lix("Vi läser till Kolada.") == 4.0
    assert len(lix_sentences("Se kl. 9.00 på skolverket.se/statistik i dag.")) == 1  # a time, an address


def test_a_gap_that_repeats_the_users_problem_points_back_at_it() -> None:
    """Said once in the user's words, the problem is 'det här problemet' in the lines to fill in and the key
    figures."""
    problem = "många pojkar skolkar och har låga betyg"
    draft = Draft(kind="problemformulering", title="Problemformulering", sections=[
        DraftSection(key="problem", heading="Problem", items=[
            DraftItem(text=f"”{problem}”", provenance="user", quote=problem)]),
        DraftSection(key="nulage", heading="Nuläge uppdelat på kön", items=[
            DraftItem(text=f"Fyll i: andel pojkar och andel flickor som berörs av {problem}, med år",
                      provenance="suggestion", gap=True)]),
        DraftSection(key="nyckeltal", heading="Nyckeltal att ta fram", items=[
            DraftItem(text=f"Andel pojkar och andel flickor i åk 7–9 som berörs av: {problem}, per läsår",
                      provenance="suggestion")])])
    items = easy_draft(draft).items()
    assert items[0].text == f"”{problem}”"  # the user's own words stay theirs
    assert items[1].gap and items[1].text == \
        "Fyll i: hur många pojkar och flickor som har det här problemet, och vilket år"
    assert items[2].text.startswith("Hur många pojkar och flickor i åk 7–9 som har det här problemet")
    # Words the user did not say stay as they are.
    assert restated_problem("Fyll i: andel flickor som saknar godkänt i svenska (2023)", f"”{problem}”") == \
        "Fyll i: andel flickor som saknar godkänt i svenska (2023)"


def test_a_goal_written_as_an_infinitive_clause_gets_its_purpose_in_a_sentence_of_its_own() -> None:
    easy = easy_text("- Genom funktionella systemstöd kunna ta fram information om elevens kunskaper för att se "
                     "till att eleven når så långt som möjligt. [2]")
    assert easy == ("- Genom funktionella systemstöd kunna ta fram information om elevens kunskaper. [2] Det är för "
                    "att se till att eleven når så långt som möjligt. [2] Systemstöd är datorer och program för "
                    "arbetet.")


def test_an_indicator_heading_that_repeats_its_first_item_is_short_and_plain() -> None:
    """'Indikator 2: Känner pojkar och flickor till hur de kan…' over that whole question: the heading names the
    section in plain words, the reader meets the question once, whole; the sections read back as before."""
    question = "Känner pojkar och flickor till hur de kan rapportera mobbning och otrygghet till skolpersonal?"
    draft = Draft(kind="uppfoljning", title="Uppföljningsplan", sections=[
        DraftSection(key="indikator_2", heading="Indikator 2: Känner pojkar och flickor till hur de kan…", items=[
            DraftItem(text=question, citations=[1], provenance="source"),
            DraftItem(text="Mått: antal och andel deltagare, per kön", provenance="suggestion")]),
        DraftSection(key="indikator_3", heading="Indikator 3: Andelen lärare med examen", items=[
            DraftItem(text="Hur många rapporter har kommit in?", citations=[2], provenance="source")])])
    easy = easy_draft(draft)
    assert [s.heading for s in easy.sections] == ["Det ni mäter, nummer 2", "Indikator 3: Andelen lärare med examen"]
    assert easy.sections[0].items[0].text == question and easy.sections[0].items[0].citations == [1]
    assert easy.sections[0].items[1].text == "Så mäter ni: antal och andel deltagare, per kön."


def test_no_cut_where_the_second_half_is_no_main_clause_of_its_own() -> None:
    """'och män som …' is a second object whose verb belongs to its relative clause; 'och vilket stöd …', 'men att …'
    and 'och hur …' open no sentence: cutting there left fragments ('Män som inte fullföljer sin utbildning.')."""
    for text in ("Inom regionen finns en betydande andel unga kvinnor och män som inte fullföljer sin utbildning. [1]",
                 "Genom att i skolor prata om vad våld är och vilket stöd som finns kan förståelsen bli bättre. [1]",
                 "Några har signalerat att läget inte är bra just nu, men att det kan komma att ändras snart. [1]",
                 "Eleverna berättade hur de upplevde skolarbetet och hur de hanterade miljön i klassrummet. [1]",
                 # A verb that belongs to a question word.
                 "När ni har en färdig plan och tydlig bild över vad ni ska göra kan ni lägga fram den. [1]"):
        assert easy_text(text).count("[1]") == 1, easy_text(text)  # one sentence, one citation
    # An 'och' inside a fronted condition is not cut: the condition is asked whole, its main clause follows with 'Då'.
    assert easy_text("Om ni saknar befintliga system och underlag behöver ni ta fram dem under våren. [1]") == \
        "Saknar ni befintliga system och underlag? [1] Då behöver ni ta fram dem under våren. [1]"
    # A relative 'vilket' with its own verb still ends a sentence, and so does a main clause with its own subject.
    assert easy_text("Skolan har en ny plan för hela året och eleverna fick mer stöd av lärarna i klassen. [2]") \
        == "Skolan har en ny plan för hela året. [2] Eleverna fick mer stöd av lärarna i klassen. [2]"
    assert easy_text("Att dokumentera tar tid och det krävs att denna tid verkligen avsätts för någon person. [3]") \
        == "Att dokumentera tar tid. [3] Det krävs att denna tid verkligen avsätts för någon person. [3]"


def test_two_means_each_with_its_purpose_stay_together_and_a_plain_verb_keeps_its_word_order() -> None:
    text = ("Det kan vara genom att arbeta mot trångboddhet för att förbättra studiemiljöer utanför skolan eller genom "
            "stöd till föräldrar för att motverka anti-pluggkultur. [1]")
    assert "Det är för att" not in easy_text(text)
    assert easy_text("Skolan vill förbättra skolmiljön för eleverna. Vi ska förbättra den.") == \
        "Skolan vill göra skolmiljön bättre för eleverna. Vi ska göra den bättre."
    # 'det' as an article stays with its noun phrase, which goes between 'göra' and 'bättre' (easy9).
    assert easy_text("Förenkla och förbättra det systematiska kvalitetsarbetet.") == \
        "Förenkla och göra det planerade arbetet för kvalitet bättre."
    # An object whose end is unclear keeps the official verb: 'göra bättre ett nytt program' is no Swedish.
    assert easy_text("Skolan vill utveckla ett nytt program för pojkar.") == \
        "Skolan vill utveckla ett nytt program för pojkar."
    assert "göra det lättare för eleverna" in easy_text("Det ska underlätta för eleverna att lära sig.")


def test_ytterligare_is_fler_before_a_plural_noun_and_en_till_before_one_thing() -> None:
    easy = easy_text("Sedan identifierades 3 ytterligare undergrupper i materialet. Vi planerar ytterligare en träff "
                     "med föräldrarna i höst. Skolan behöver ytterligare stöd. [1]")
    assert "3 fler undergrupper" in easy and "en träff till med föräldrarna" in easy
    assert "behöver mer stöd" in easy and "mer undergrupper" not in easy and "mer en" not in easy


def test_a_compound_is_written_out_with_the_full_form_of_its_first_part_and_fixed_terms_stay_whole() -> None:
    assert unfold_compound("skolledningen") == "ledningen av skolan"  # not the clipped 'skol'
    for word in ("funktionsförmåga", "introduktionsprogram"):  # their parts do not give their meaning
        assert unfold_compound(word) is None, word


def test_a_gap_asked_again_in_a_later_section_points_back_and_stays_a_gap() -> None:
    figure = "Fyll i: andel flickor som saknar godkänt i svenska (2023)"
    draft = Draft(kind="problemformulering", title="Problemformulering", sections=[
        DraftSection(key="nulage", heading="Nuläge uppdelat på kön", items=[
            DraftItem(text="Pojkar: 50 % saknar godkänt i svenska (2023)", provenance="user"),
            DraftItem(text=figure, provenance="suggestion", gap=True)]),
        DraftSection(key="behover", heading="Det vi behöver ta reda på", items=[
            DraftItem(text=figure, provenance="suggestion", gap=True),
            DraftItem(text="Fyll i: vad som redan har prövats och hur det gick", provenance="suggestion", gap=True)])])
    easy = easy_draft(draft)
    first, again = easy.sections[0].items[1], easy.sections[1].items[0]
    assert first.gap and "flickor" in first.text and "(2023)" in first.text
    assert again.gap and again.text == "Fyll i: samma som under ”Hur det är nu för pojkar och för flickor”"
    assert easy.sections[1].items[1].text == "Fyll i: vad som redan har testats och hur det gick"


def test_terms_of_equality_work_are_explained_once_where_they_first_stand() -> None:
    easy = easy_text("Skolan arbetar med könsnormer i alla klasser. [1] Lärarna pratar om könsnormer varje vecka. [2]")
    assert easy.startswith("Skolan arbetar med könsnormer i alla klasser. [1] Könsnormer är idéer om hur pojkar och "
                           "flickor ska vara. Lärarna")
    assert easy.count("idéer om") == 1  # once per answer
    easy = easy_text("Skolan har normkritisk undervisning i alla ämnen och årskurser. [1]")
    assert "[1] Normkritisk betyder att man ifrågasätter idéer om hur man ska vara." in easy  # an adjective


def test_a_plain_word_replaces_an_official_one_only_where_it_fits_the_sentence() -> None:
    easy = easy_text("Projektet bygger på tidigare studier. Vi har tidigare arbetat med frågan. Det går bättre än "
                     "tidigare. Projektet är avslutat nu. Föräldrarna har stor betydelse för elevernas lärande. "
                     "Fortsatt arbete behövs i skolan.")
    assert "tidigare studier" in easy and "Vi har förut arbetat" in easy and "bättre än förut" in easy
    assert "oftare än förut om hur" in easy_text("Förklaringarna handlar oftare än tidigare om hur undervisningen "
                                                 "möter elevernas behov.")
    assert "fler än tidigare år" in easy_text("I år deltog fler än tidigare år i alla skolans grupper.")
    assert "Projektet är klart nu" in easy and "spelar stor roll för elevernas lärande" in easy
    assert "Fortsatt arbete behövs" in easy  # continued work is not 'mer arbete'
    easy = easy_text("Ungdomarna beskriver sin skolgång. Rapporten beskriver att stödet minskade. De beskriver sig "
                     "som trötta.")
    assert "De unga berättar om sin skolgång" in easy and "Rapporten berättar att stödet minskade" in easy
    assert "De beskriver sig som trötta" in easy
    assert "Eleverna beskriver skolan som otrygg" in easy_text("Eleverna beskriver skolan som otrygg.")
    assert easy_text("Flickor utsätts i högre grad än pojkar för trakasserier.") == \
        "Flickor utsätts mer än pojkar för trakasserier."


def test_indirect_questions_and_infinitive_phrases_in_a_row_become_a_list_with_the_sentences_citation() -> None:
    easy = easy_text("- Pedagogiska faktorer handlar om undervisningens kvalité. Det kan till exempel vara hur "
                     "undervisningen är strukturerad, om undervisningen anpassas efter elevens behov eller hur "
                     "bemötandet från lärare mot elev fungerar. [1]\n"
                     "De unga lyfter vikten av att förmedla hopp, visa att det finns fler vägar och få stöd i tid. [2]")
    lines = easy.splitlines()
    # A sentence ends after 'kvalité.' ('é' ends a word), and the three questions are entries of their own.
    assert lines[0] == "- Pedagogiska faktorer handlar om undervisningens kvalité. Det kan till exempel vara: [1]"
    assert [line.strip() for line in lines[1:4]] == [
        "- hur undervisningen är strukturerad [1]", "- om undervisningen anpassas efter elevens behov [1]",
        "- hur bemötandet från lärare mot elev fungerar [1]"]
    assert lines[4].startswith("De unga lyfter vikten av att:") and cited_numbers(lines[4]) == [2]
    assert [line.removesuffix(" [2]") for line in lines[5:]] == [
        "- förmedla hopp", "- visa att det finns fler vägar", "- få stöd i tid"]
    assert all(cited_numbers(line) == [2] for line in lines[5:])
    # An entry pair joined by 'eller' in the middle of a noun list is two entries.
    listed = enumeration("Det kan handla om personalomsättning, inställda lektioner eller bristande tillgång till "
                         "elevhälsa, skolmiljöns utformning och bristande rapportering.")
    assert listed is not None and listed[1] == ["personalomsättning", "inställda lektioner",
                                                "bristande tillgång till elevhälsa", "skolmiljöns utformning",
                                                "bristande rapportering"]
    # Questions that are not in a row, or a list of 'att' clauses with subjects, stay sentences.
    assert "\n" not in easy_text("Vi vet hur det gick, vad eleverna tyckte och att lärarna var nöjda. [1]")


def test_a_yes_no_question_is_not_cut_between_its_subjects_and_plain_words_fit_their_subject() -> None:
    easy = easy_text("Kommer intressenter/andra verksamheter/invånare påverkas på ett sätt som de bör känna till? "
                     "Då kan fler ärenden inkomma till socialtjänsten. [1]")
    assert easy.startswith("Kommer andra som berörs eller andra verksamheter eller invånare påverkas på ett sätt ")
    assert "ärenden komma in till socialtjänsten" in easy  # an errand comes in; it sends nothing
    # Two official verbs that have the same plain word are said once ('samarbeta och samverka').
    easy = easy_text("Skolan behöver samarbeta och samverka med föräldrar och socialtjänsten. [2]")
    assert "arbeta ihop med föräldrar" in easy and "ihop och arbeta ihop" not in easy
    assert "mer och mer" in easy_text("Frånvaron blir mer och mer vanlig bland pojkarna i skolan. [3]")


def test_ytterligare_before_a_number_and_mojliggora_att_keep_swedish_word_order() -> None:
    easy = easy_text("Under året var processtödjarna i kontakt med ytterligare fem verksamheter i två kommuner. [1] "
                     "Personalen ska därigenom möjliggöra att skolans lärare fokuserar på sina uppdrag. [2]")
    assert "i kontakt med fem verksamheter till i två kommuner" in easy and "mer fem" not in easy
    assert "göra att skolans lärare fokuserar" in easy and "ge att" not in easy
    assert cited_numbers(easy) == [1, 2]


def test_vidta_is_ta_and_a_question_that_opens_with_vilka_keeps_its_question_word() -> None:
    easy = easy_text("Huvudmännen har vidtagit ett antal olika åtgärder för eleverna. [1] Vilka åtgärder vidtogs? [2] "
                     "Vilka elever behöver stöd? [3] Skolan har fått nya lärare, vilka ska undervisa i matematik från "
                     "och med hösten. [4]")
    assert "har tagit ett antal olika steg" in easy and "vidt" not in easy
    assert "Vilka steg togs? [2]" in easy and "Vilka elever behöver stöd? [3]" in easy  # not 'De elever behöver …?'
    assert "De ska undervisa i matematik från och med hösten. [4]" in easy  # a cut-off relative clause still is 'De'


def test_parts_named_with_dels_dels_become_a_list_with_the_sentences_citation() -> None:
    easy = easy_text("- Under våren genomfördes ett antal aktiviteter i syfte att dels förankra kursen genom dialog "
                     "med kommunerna, dels att finna samarbete med skolor och förvaltningar, samt att säkerställa att "
                     "kursen ligger i linje med andra satsningar. [1]\n"
                     "Vi har dels pratat med eleverna, dels med deras föräldrar om hur skolan kan bli bättre. [2]")
    lines = easy.splitlines()
    assert lines[0] == "- Under våren gjordes ett antal aktiviteter för att: [1]"
    assert [line.strip() for line in lines[1:4]] == [
        "- förankra kursen genom dialog med kommunerna [1]", "- finna samarbete med skolor och förvaltningar [1]",
        "- se till att kursen ligger i linje med andra satsningar [1]"]
    # Parts that are not alike ('pratat med …', 'med …') are no list: the sentence stays one, its pair in plain words
    # (the second part leaves out the verb, so it cannot be a sentence of its own; easy32).
    assert lines[4:] == ["Vi har pratat med eleverna och även med deras föräldrar om hur skolan kan bli bättre. [2]"]


def test_a_term_inside_a_parenthesis_is_explained_without_a_second_parenthesis() -> None:
    easy = easy_text("- Översätt informationen till relevanta språk (baserat på målgruppen) [1]")
    assert "(baserat på målgruppen, alltså de ni vill nå)" in easy and "((" not in easy and "))" not in easy


def test_a_users_own_value_after_a_label_keeps_its_capital() -> None:
    draft = Draft(kind="problemformulering", title="Problemformulering – Lärkskolan", sections=[DraftSection(
        key="mer", heading="Mer som ni angav", items=[
            DraftItem(text="Kommun eller organisation: Vara kommun", provenance="user"),
            DraftItem(text="Flickor: Flickor läser mer än pojkar.", citations=[1], provenance="source")])])
    items = easy_draft(draft).sections[0].items
    assert items[0].text.startswith("Kommun eller organisation: Vara kommun")  # a name, not the verb 'vara'
    assert items[1].text.startswith("Flickor: flickor läser mer")  # a source's sentence after a label as before


FRANVARO_MEMO = """# Frånvaro bland pojkar i högstadiet

## Orsaker

Hög frånvaro bland pojkar i högstadiet beror ofta på att många pojkar upplever att undervisningen saknar mening och att de inte får det stöd de behöver i tid.

Frånvaro beror ofta på otrygghet i skolan.

## Konsekvenser

När frånvaron ökar leder det ofta till att eleven tappar kontakten med klasskamrater, lärare och skolans vardag, vilket gör det ännu svårare att komma tillbaka.

Hög frånvaro leder till lägre betyg.

## Statistik

Sammanställ befintlig könsuppdelad statistik om frånvaro från er organisation och andra relevanta underlag som finns tillgängliga, till exempel kvalitets- och verksamhetsuppföljningar.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_problem_formulation_quotes_only_short_statements_of_the_material(
        tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"franvaro.md": FRANVARO_MEMO})
    request = {"message": "Vi är Ekskolan, åk 7–9. Många pojkar har hög frånvaro.", "mode": "problemformulering"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert any(len(c.quote.split()) > EASY_SOURCE_WORDS for c in normal.citations)  # the long ones answer normally
    assert easy.citations and all(len(c.quote.split()) <= EASY_SOURCE_WORDS for c in easy.citations)
    assert "otrygghet" in easy.text and "lägre betyg" in easy.text  # the short cause and consequence instead
    assert "Sammanställ" not in easy.text and "Samla befintlig" not in easy.text  # the long advice is left out
    assert lix(easy.text) <= lix(normal.text) - 10, (lix(easy.text), lix(normal.text))


def test_a_fronted_purpose_before_det_ar_viktigt_att_comes_after_the_main_clause() -> None:
    easy = easy_text("För att nå målet är det nödvändigt att skolan arbetar med socialtjänsten och föräldrarna. [1] "
                     "För att nå målet krävs det viktiga arbetet som skolan gör med föräldrarna varje vecka. [2]")
    assert easy.startswith("Det är nödvändigt att skolan arbetar med socialtjänsten och föräldrarna. [1] "
                           "Det är för att nå målet. [1]")
    # 'angeläget' (of 'angelägen') is a predicative too; the plain word for it is 'viktigt'.
    assert easy_text("För att nå målet är det angeläget att skolan har tid för varje elev i alla årskurser. [3]") \
        .startswith("Det är viktigt att skolan har tid för varje elev i alla årskurser. [3] Det är för att nå målet.")
    # 'det viktiga arbetet' is a subject of its own: 'det' is its determiner, and the sentence stays as it is.
    assert "För att nå målet krävs det viktiga arbetet som skolan gör med föräldrarna varje vecka. [2]" in easy


def test_a_second_verb_of_the_subject_after_a_fronted_subordinate_clause_gets_a_sentence_of_its_own() -> None:
    easy = easy_text("- När en elev har mer än 10 procent frånvaro bjuder mentorn in eleven och föräldrarna till ett "
                     "samtal inom två veckor och skriver ner vad som bestäms. [1]\n"
                     "Om eleven är sjuk och har feber ska mentorn ringa hem till föräldrarna samma dag. [2]")
    lines = easy.splitlines()
    # The condition is asked first and its main clause follows with 'Då' (`fronted_condition`); the second verb of
    # the main clause's subject gets a sentence of its own.
    assert lines[0] == ("- Har en elev mer än 10 procent frånvaro? [1] Då bjuder mentorn in eleven och föräldrarna "
                        "till ett samtal inom två veckor. [1] Mentorn skriver ner vad som bestäms. [1]")
    # The 'och' inside the subordinate clause joins its own verbs: nothing is cut there, the condition keeps both.
    assert lines[1] == "Är eleven sjuk och har feber? [2] Då ska mentorn ringa hem till föräldrarna samma dag. [2]"


LAXHJALP_MEMO = """# Läxhjälp i Ekby

## Start

Läxhjälpen i Ekby kommun startade hösten 2023. Där deltog under det första året 146 elever i årskurs 7–9, varav 58 \
pojkar och 88 flickor, på tre av kommunens skolor med stöd från biblioteket och från fritidsgården i centrum.

Läxhjälpen är öppen två dagar i veckan.

## Kostnad

Läxhjälpen kostade 410 000 kronor det första året.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_answer_says_the_normal_answer_again_with_every_fact_and_quotes_the_original(
        tmp_path: Path, corpus_components: tuple) -> None:
    from assistant import lexicon as lex
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"laxhjalp.md": LAXHJALP_MEMO})
    request = {"message": "Vilka deltog i läxhjälpen i Ekby?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert "2023" in normal.text and "146" in normal.text and easy.grounded
    # The long sentence that answers is rewritten, not swapped for a shorter one with fewer facts.
    assert set(re.findall(r"\d+", normal.text)) <= set(re.findall(r"\d+", easy.text)), easy.text
    # The text says it is the material in other words; each citation is marked so, and quotes the original lines.
    assert easy.text.startswith(lex.EASY_REWRITE_LEAD + "\n")  # after the facts: the check that fails first
    assert easy.citations and all(c.rewritten for c in easy.citations)
    assert not any(c.rewritten for c in normal.citations)
    assert [c.quote for c in easy.citations] == [c.quote for c in normal.citations]


def test_a_term_is_explained_in_a_short_sentence_of_its_own_after_the_one_using_it() -> None:
    """A parenthesis mid-sentence lengthened the source's sentence (lättläst: one idea per sentence); the explanation
    is the assistant's own sentence right after the one that uses the term, so it carries no [n] and no citation
    moves: each of the source's sentences keeps its own."""
    easy = easy_text("Föräldrar berättar att socialtjänsten gjorde hembesök men att det inte gav några insatser. [2] "
                     "Kartläggningen visade att frånvaron hade ökat, vilket ledde fram till en ny plan. [3]")
    assert "(" not in easy, easy
    assert [n for _, n in cited_sentences(easy)] == [[2], [], [3], [3], []], easy
    assert "insatser. [2] Insatser är saker ni gör. Kartläggningen visade" in easy, easy
    # Not between a sentence and the next one that points back at it ('Det ledde …'): after that one.
    assert "hade ökat. [3] Det ledde fram till en ny plan. [3] Kartläggningen är att ta reda på hur det är." in easy


def test_words_glued_on_after_a_full_stop_in_lower_case_are_left_out() -> None:
    easy = easy_text("Huvudmannen har ansvar för ett ordnat arbete enligt skollag. förbättra resultaten i kommunen. "
                     "[1]")
    assert "förbättra" not in easy and "enligt skollag. [1]" in easy, easy


def test_a_quotation_running_past_its_sentence_keeps_its_words() -> None:
    easy = easy_text("Tillsynen granskade att kommunen ”… följer de lagar och regler som finns för verksamheten. [1]")
    assert "”… följer de lagar och regler som finns för verksamheten." in easy, easy


def test_a_parenthesis_that_is_a_clause_of_its_own_becomes_a_sentence() -> None:
    assert parentheses_out("Stödet föreslår sex frågor för målet (läget Uppföljning gör en plan av dem).") == \
        "Stödet föreslår sex frågor för målet. Läget Uppföljning gör en plan av dem."


def test_the_words_of_the_question_stay_in_the_easy_answer() -> None:
    text = "Andelen behöriga lärare ska öka varje år på alla skolor i kommunen. [1]"
    # The term stays and is explained (swapped for its plain words, the fact 'behöriga lärare' was lost).
    assert "behöriga lärare ska öka" in easy_text(text) and \
        "Behöriga lärare är lärare med rätt utbildning." in easy_text(text)
    assert "behöriga lärare" in easy_text(text, "Hur följer vi upp målet om en hög andel behöriga lärare?")


def test_a_list_entry_that_names_a_thing_keeps_its_word_with_the_plain_one_beside_it() -> None:
    easy = easy_text("Tre faktorer lyfts fram: [1]\n- Tidig upptäckt\n- Samverka [2]")
    assert "- Samverka (arbeta ihop). [2]" in easy, easy


def test_a_question_with_a_list_in_it_stays_a_question() -> None:
    easy = easy_text("- Vilka verksamheter samverkar ni med idag, internt och externt? [1]")
    assert len(easy.splitlines()) == 1 and "? [1]" in easy, easy


def test_a_clause_with_a_past_passive_verb_is_a_sentence_a_vilket_clause_after_it_can_leave() -> None:
    easy = easy_text("Det gjordes en kartläggning av elevernas behov på skolan, vilket ledde fram till en ny plan för "
                     "arbetet. [1]")
    assert easy.startswith("Det gjordes en kartläggning av elevernas behov på skolan. [1] Det ledde fram till en ny "
                           "plan för arbetet. [1] Kartläggning är att ta reda på hur det är."), easy


def test_a_past_passive_of_any_regular_verb_is_a_clauses_verb() -> None:
    # 'saknades' (of 'saknade'): one test of a past passive for the whole rewrite, not two that disagree.
    easy = easy_text("Det saknades en tydlig plan för arbetet på skolan, vilket ledde till att eleverna fick vänta "
                     "länge på stöd. [1]")
    assert easy.endswith("Det saknades en tydlig plan för arbetet på skolan. [1] Det ledde till att eleverna fick "
                         "vänta länge på stöd. [1]"), easy


def test_att_clauses_joined_by_att_och_att_samt_att_become_a_list() -> None:
    easy = easy_text("Syftet med satsningen är att utveckla samarbetet mellan skolan och biblioteket, att skapa en "
                     "gemensam bild av läsningen samt att aktivt arbeta med tidiga insatser för att nå fler pojkar. [1]")
    lines = easy.splitlines()
    # An entry's term is explained after the list, in a sentence of its own (no parenthesis lengthens the entry).
    assert lines == ["Syftet med satsningen är att: [1]",
                         "- utveckla samarbetet mellan skolan och biblioteket [1]",
                         "- skapa en gemensam bild av läsningen [1]",
                         "- aktivt arbeta med tidiga insatser för att nå fler pojkar [1]",
                         "Insatser är saker ni gör."], easy
    # Clauses with their own subjects too; the list follows the first 'att' after the verb.
    easy = easy_text("Det är viktigt att vi ser till att eleverna får stöd i tid och att lärarna får tid för att "
                     "planera. [2]")
    assert easy.splitlines() == ["Det är viktigt att: [2]", "- vi ser till att eleverna får stöd i tid [2]",
                                     "- lärarna får tid för att planera [2]"], easy
    # Two short entries stay one sentence.
    assert "\n-" not in easy_text("Vi vet att det tar tid och att det kostar. [3]")


def test_a_subject_inside_a_question_word_clause_is_not_cut_from_its_verb() -> None:
    easy = easy_text("Projektet har arbetat med att ta fram en modell för hur skolan och socialtjänsten kan samarbeta "
                     "kring elever med hög frånvaro och modellen har prövats på tre skolor i kommunen. [1]")
    assert "för hur skolan och socialtjänsten kan arbeta ihop kring elever med hög frånvaro. [1] Modellen har " \
           "testats på tre skolor i kommunen. [1]" in easy, easy


def test_a_compound_that_opens_with_a_word_of_the_question_is_still_explained() -> None:
    easy = easy_text("Skolan satsar på kompetensutveckling för alla lärare. [1]", "Vilken kompetens behöver lärarna?")
    assert "Kompetensutveckling är att personalen lär sig mer." in easy, easy
    # The question's own word with another ending stays.
    assert "behörighet" in easy_text("Skolan följer lärarnas behörighet varje år. [1]", "Hur många är behöriga?")


def test_alternative_when_clauses_become_a_list_and_the_purpose_after_them_a_sentence() -> None:
    # The last 'när' left out ('eller ni har nått …') is said again, so each entry reads whole.
    easy = easy_text("Rektorn ska samla lärarna när terminen börjar, när betygen är satta eller ni har nått halva "
                     "läsåret för att prata om hur det går för pojkarna och för att planera stödet till dem. [1]")
    assert easy.splitlines() == ["Rektorn ska samla lärarna: [1]", "- när terminen börjar [1]",
                                 "- när betygen är satta [1]", "- när ni har nått halva läsåret [1]",
                                 "Det är för att prata om hur det går för pojkarna. [1] Det är också för att planera "
                                 "stödet till dem. [1]"], easy


def test_a_reported_clause_becomes_a_sentence_of_its_own_with_the_same_citation() -> None:
    easy = easy_text("Rapporten visar att elever med hög frånvaro behöver stöd från både skolan och socialtjänsten "
                     "under hela läsåret. [2]")
    assert easy == ("Rapporten visar detta: [2] Elever med hög frånvaro behöver stöd från både skolan och "
                    "socialtjänsten under hela läsåret. [2]"), easy
    assert lix_sentences(easy)[0] == "Rapporten visar detta"  # the colon ends a sentence for LIX as for the reader
    # A reported clause with a sentence adverb before its verb is no main clause: it keeps its 'att'.
    kept = easy_text("Rapporten visar att eleverna inte får det stöd som de har rätt till under hela läsåret. [1]")
    assert "visar att eleverna inte får" in kept and "detta:" not in kept, kept


def test_a_purpose_opened_by_med_syfte_att_is_a_sentence_of_its_own() -> None:
    easy = easy_text("Kommunen har startat en satsning på läsning i alla skolor med syfte att fler elever ska nå "
                     "godkänt i svenska. [1]")
    assert cited_sentences(easy) == [("Kommunen har startat en satsning på läsning i alla skolor.", [1]),
                                     ("Det är för att fler elever ska nå godkänt i svenska.", [1])], easy


def test_hard_words_of_public_sector_texts_are_explained_once() -> None:
    easy = easy_text("- Samtal med offer och förövare efter en händelse. [1]\n"
                     "- Arbeta för konsekvent hantering av kränkningar. [1]\n"
                     "- Förövare ska få stöd att ändra sitt beteende. [1]")
    assert easy.count("Förövare är den som har gjort illa någon.") == 1, easy
    # A meaning that describes the noun after the word is said of that noun.
    assert "Konsekvent hantering är hantering på samma sätt varje gång." in easy, easy


def test_ansvarar_for_becomes_plain_words_that_keep_the_sentence_whole() -> None:
    easy = easy_text("Rektorn ansvarar för att rutinen följs. Mentorn ansvarar för kontakten med hemmet. [1]")
    assert "Rektorn ser till att rutinen följs." in easy and "Mentorn har hand om kontakten med hemmet." in easy, easy
    assert "har hand om för" not in easy


def test_a_word_that_carries_a_fact_is_not_swapped_for_another() -> None:
    easy = easy_text("Obehöriga lärares motivation till att bli behöriga. [1]")
    assert "motivation" in easy, easy


def test_a_means_and_a_finding_said_as_sentences_of_their_own() -> None:
    easy = easy_text("Arbetet har bedrivits mellan skolan och socialtjänsten genom att gemensamma möten har hållits "
                     "varje månad under hela läsåret. [2] Resultatet blev att andelen elever med hög frånvaro minskade "
                     "från 12 procent till 8 procent mellan 2021 och 2023. [3]")
    assert "Arbetet har bedrivits mellan skolan och socialtjänsten. [2] Det har gjorts genom att gemensamma möten" \
        in easy, easy
    assert "Resultatet blev detta: [3] Andelen elever med hög frånvaro minskade" in easy, easy


def test_a_finding_named_by_a_longer_subject_is_said_as_a_sentence_of_its_own() -> None:
    """easy26: 'Den gemensamma nämnaren för eleverna i rapporten är att alla har …' stayed one sentence of 31 words: a
    finding named by a definite noun with its article, adjective or phrases is said as 'X är detta:' and the finding
    itself, each with the sentence's citation; an aim ('är att öka …') and a subject with a clause of its own stay."""
    easy = easy_text("Den gemensamma nämnaren för eleverna i rapporten är att alla har haft en frånvaro i en sådan "
                     "omfattning att den har påverkat deras utveckling på ett negativt sätt. [1] Resultatet i kommunen "
                     "efter avslutat projekt var att 70 procent av de unga gick vidare till arbete eller studier. [2]")
    assert easy.startswith("Den gemensamma nämnaren för eleverna i rapporten är detta: [1] Alla har haft en "
                           "frånvaro i en sådan omfattning att den har påverkat deras utveckling på ett negativt "
                           "sätt. [1]"), easy
    assert "Resultatet i kommunen efter avslutat projekt var detta: [2] 70 procent av de unga gick vidare" in easy, easy
    assert lix(easy) < lix("Den gemensamma nämnaren för eleverna i rapporten är att alla har haft en frånvaro i en "
                           "sådan omfattning att den har påverkat deras utveckling på ett negativt sätt. Resultatet i "
                           "kommunen efter avslutat projekt var att 70 procent av de unga gick vidare till arbete "
                           "eller studier.")
    for kept in ("Syftet med projektet i kommunen är att öka kunskapen om skolavhopp hos alla som arbetar med unga.",
                 "Den plan som skolan har tagit fram är att alla elever ska få en mentor under hela läsåret.",
                 "Problemet för skolan är inte att eleverna saknar vilja utan att de saknar stöd hemma och i skolan."):
        assert reported_clause(kept) == [kept], kept


def test_a_means_said_apart_keeps_the_tense_and_modal_of_its_sentence() -> None:
    """'Det görs genom att mentorerna ringde hem' mixes present and past: the means happened when the clause did."""
    past = easy_text("Skolan minskade frånvaron bland eleverna i årskurs åtta förra läsåret genom att mentorerna "
                     "ringde hem varje morgon. [1]")
    assert "Skolan minskade frånvaron bland eleverna i årskurs åtta förra läsåret. [1] Det skedde genom att " \
        "mentorerna ringde" in past, past
    modal = easy_text("Skolan kan minska frånvaron bland eleverna i årskurs åtta nästa läsår genom att mentorerna "
                      "ringer hem varje morgon. [1]")
    assert "Det kan göras genom att mentorerna ringer hem" in modal, modal


def test_a_means_after_a_main_verb_får_or_har_keeps_its_meaning() -> None:
    """'Eleverna får stöd' has 'får' as its own verb (receive): 'Det får göras' would say the means is allowed."""
    gets = easy_text("Eleverna på skolan får mycket stöd av sina mentorer under hela läsåret genom att mentorerna "
                     "ringer hem till familjerna samma dag. [1]")
    assert "Det görs genom att mentorerna ringer hem" in gets and "får göras" not in gets, gets
    has = easy_text("Skolan hade ett mycket nära samarbete med socialtjänsten i kommunen under hela läsåret genom att "
                    "gemensamma möten hölls varje månad. [1]")
    assert "Det skedde genom att gemensamma möten hölls" in has and "hade gjorts" not in has, has


def test_a_plan_that_has_run_out_is_over() -> None:
    easy = easy_text("Gör en ny plan när tidsplanen har löpt ut. [1]")
    assert "när tidsplanen är slut" in easy, easy


def test_a_report_that_is_denied_or_conditional_keeps_its_att() -> None:
    """'Det finns ingen forskning som visar att …' does not become a statement of what it denies, and 'Om enkäten
    visar att …' stays one sentence."""
    for sentence in ("Det finns ingen forskning som visar att elever med hög frånvaro behöver mer läxor hemma.",
                     "Om enkäten visar att eleverna är otrygga i korridorerna ska skolan ändra rastvakterna."):
        assert reported_clause(sentence) == [sentence]


def test_an_explanation_of_an_adjective_comes_after_its_noun() -> None:
    """'behöriga (med rätt utbildning eller betyg) lärare' parted adjective and noun: the explanation, which
    describes the noun ('med …'), is said of the noun in a sentence of its own ('Behöriga lärare är lärare med …');
    with no noun after the word it follows the word where it stands."""
    easy = easy_text("Andelen behöriga lärare jämfört med obehöriga lärare. [1]")
    assert easy == "Andelen behöriga lärare jämfört med obehöriga lärare. [1] Behöriga lärare är lärare med rätt " \
                   "utbildning. Obehöriga lärare är lärare utan rätt utbildning.", easy
    assert "Lärarna är behöriga (med rätt utbildning eller betyg) i ämnet." in easy_text("Lärarna är behöriga i ämnet.")


def test_a_plain_adjective_agrees_with_a_neuter_subject() -> None:
    """'relevant' serves 'en' and 'ett' words alike, 'viktig' does not: 'det är viktig för er' broke Swedish."""
    easy = easy_text("Undersök ifall det är relevant för er att samverka. Frågan är relevant. [1]")
    assert "det är viktigt för er" in easy and "Frågan är viktig." in easy, easy
    others = easy_text("Detta är relevant för skolan. Det här är relevant för eleverna. [1]")
    assert "Detta är viktigt för skolan." in others and "Det här är viktigt för eleverna." in others, others


def test_an_entry_of_a_list_of_capitalised_entries_keeps_its_own_och() -> None:
    """'Vem kan bära den: Länets kommuner, Förskolor och skolor' names two actors; 'Förskolor' and 'skolor' were
    split into two entries, the second in lower case."""
    assert enumeration("Vem kan bära den: Länets kommuner, Förskolor och skolor.") is None
    easy = easy_text("Vem kan bära den: Länets kommuner, Förskolor och skolor.")
    assert "Förskolor och skolor" in easy and "- skolor" not in easy, easy
    assert enumeration("Några aktörer är förskolor och skolor, fritidsgårdar, bibliotek och polisen.") is not None


def test_the_responsible_role_of_a_follow_up_is_asked_for_in_everyday_words() -> None:
    draft = Draft(kind="uppfoljning", title="Uppföljningsplan", sections=[DraftSection(
        key="indikator_1", heading="Indikator 1: andel", items=[
            DraftItem(text="Ansvarig: elevhälsan eller den som äger enkäten", provenance="suggestion")])])
    texts = [i.text for i in easy_draft(draft).items()]
    assert texts[0].startswith("Vem sköter det: "), texts


def test_the_goal_check_names_what_it_checks_in_plain_words() -> None:
    """Only the check's labels change: a field's own label ('Indikator: …', read back by later plan steps) stays."""
    draft = Draft(kind="lokalt_mal", title="Lokalt mål", sections=[
        DraftSection(key="matbart", heading="Så blir målet mätbart", items=[
            DraftItem(text="Indikator: andel pojkar och flickor med godkänt", provenance="suggestion")]),
        DraftSection(key="kontroll", heading="Är målet konkret och följbart?", items=[
            DraftItem(text="Indikator: ja", provenance="suggestion"),
            DraftItem(text="Följbart: ja – metodstödet föreslår 5 frågor", provenance="suggestion")])])
    easy = easy_draft(draft)
    assert [i.text for i in easy.section("kontroll").items][:1] == ["Något att mäta: ja."], easy
    assert easy.section("kontroll").items[1].text.startswith("Går att följa: ja"), easy
    assert easy.section("matbart").items[0].text.startswith("Indikator"), easy


REFUSAL = ("Underlaget har inga uppgifter om hur mycket sommarskolan kostade 2023.\n"
           "Det närmaste underlaget handlar om något annat (Sommarskola för årskurs 8): ”Sommarskolan erbjöds till "
           "elever som saknade godkända betyg i ett eller flera ämnen inför gymnasievalet. Lärarna gav stöd i både "
           "svenska och matematik under tre veckor i juni.” [1]\n"
           "Sådana uppgifter finns oftast i budget, årsredovisning och beslutsprotokoll hos den organisation som står "
           "för kostnaden (för kommuner också Kolada, för statliga myndigheter regleringsbrev och verksamhetsplan).")


def test_a_refusal_in_easy_swedish_still_reads_as_a_refusal_and_says_its_closest_passage_in_short_sentences() -> None:
    from assistant import lexicon as lex
    from assistant.generation.easy import easy_answer

    easy = easy_answer(REFUSAL, "Hur mycket kostade sommarskolan 2023?")
    lines = easy.splitlines()
    # It opens as a refusal that later turns recognise, not with the lead of a rewritten answer.
    assert lines[0] == "Våra texter har inga uppgifter om hur mycket sommarskolan kostade 2023.", easy
    assert lex.REFUSAL_RE.match(easy) and lex.EASY_REWRITE_LEAD not in easy
    # What the passage is, where it stands and the passage itself: one idea per sentence, not one long line.
    assert lines[1:4] == ["Det närmaste i våra texter gäller något annat.", "Det står i ”Sommarskola för årskurs 8”.",
                          "Så här står det där, med enkla ord:"], easy
    # Each sentence of the passage keeps the passage's [1]; the passage is said, not quoted.
    passage = [line for line in lines[4:] if line.startswith(("Sommarskolan", "Lärarna"))]
    assert len(passage) == 2 and all(line.endswith("[1]") for line in passage), easy
    # 'årsredovisning' stays whole ('redovisning av års' is no Swedish) and the parenthesis that opens with a
    # preposition stays with the words it qualifies ('Det handlar om för kommuner …' is no Swedish either).
    assert "årsredovisning" in easy and "Det handlar om för" not in easy, easy
    assert lix(easy) <= lix(REFUSAL) - 10, (lix(easy), lix(REFUSAL))


def test_a_relative_clause_on_an_ett_noun_takes_the_neuter_plain_word() -> None:
    assert "Ett mått som är viktigt för arbetet" in easy_text("Ett mått som är relevant för arbetet är andelen "
                                                             "elever med godkända betyg. [1]")
    assert "En insats som är viktig för arbetet" in easy_text("En insats som är relevant för arbetet är läxhjälp. [1]")


def test_a_compound_after_a_genitive_or_a_particle_stays_whole() -> None:
    assert unfold_compound("årsredovisning") is None and unfold_compound("redovisningar") is None  # not "av års"
    assert unfold_compound("lärarutbildningen") == "utbildningen av lärare"


@pytest.mark.needs_corpus_index
def test_a_refused_question_is_answered_in_easy_swedish_too(tmp_path: Path, corpus_components: tuple) -> None:
    from assistant import lexicon as lex
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"laxhjalp.md": LAXHJALP_MEMO})
    request = {"message": "Hur mycket kostade läxhjälpen i Ekby 2019?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert not normal.grounded and not easy.grounded and normal.text.startswith("Underlaget har inga uppgifter")
    assert easy.text.startswith("Våra texter har inga uppgifter") and lex.REFUSAL_RE.match(easy.text), easy.text
    assert [(c.source, c.start_line, c.end_line) for c in easy.citations] == \
        [(c.source, c.start_line, c.end_line) for c in normal.citations]
    assert all(c.rewritten for c in easy.citations) and lix(easy.text) < lix(normal.text), easy.text


def test_a_cut_at_men_or_eller_keeps_the_contrast_or_the_alternative() -> None:
    # 'A, men B' is no 'A. B.', and 'A eller B' is no 'A. B.' (both): the new sentence opens with its conjunction.
    assert easy_text("Kommunen har tagit fram en handlingsplan mot hedersrelaterat våld, men arbetet har inte följts "
                     "upp under perioden. [2]") == ("Kommunen har tagit fram en handlingsplan mot hedersrelaterat våld. "
                                                    "[2] Men arbetet har inte följts upp under perioden. [2]")
    assert "[1] Eller skolan kan ordna läxhjälp" in easy_text(
        "Eleven kan få stöd av mentorn varje vecka eller skolan kan ordna läxhjälp i biblioteket efter skolan. [1]")
    # An 'och' only adds: the new sentence needs no conjunction.
    assert "[4] Rektorn följer upp" in easy_text("Mentorerna ringer hem samma dag som eleven är frånvarande, och "
                                                 "rektorn följer upp frånvaron varje månad på skolan. [4]")


def test_a_so_that_clause_split_off_is_a_sentence_not_so_before_its_subject() -> None:
    """Keeping 'så' at a split ('…, så eleverna kan få stöd') gave 'Så eleverna kan få stöd.', no Swedish sentence
    ('Så' puts the verb next). That 'så' goes; one before its verb ('eller så kan de') or of manner ('så här') stays."""
    from assistant.generation.easy import easy_text

    easy = easy_text("Skolan erbjuder läxhjälp efter skoltid två dagar i veckan för alla elever i årskurs 7 till 9, så "
                     "eleverna kan få stöd av lärare i alla ämnen. [1]")
    assert "Så eleverna" not in easy and "Eleverna kan få stöd" in easy, easy
    other = easy_text("Eleverna kan välja att delta i läxhjälpen på skolan efter lektionerna, eller så kan de få hjälp "
                      "digitalt via en plattform som kommunen har köpt in. [1]")
    assert "Eller så kan de få hjälp" in other, other


def test_two_uses_of_a_term_in_one_place_say_where_they_stand_once() -> None:
    # a refusal of an undefined term shows each use; in lättläst the lead ('Ordet används …', 'Det står i …') was
    # said again before the second use of the same section (trial 17)
    refusal = ("Underlaget definierar inte förändringsteori; begreppet används bara i förbigående.\n"
               "Det används här (Bilaga 1): ”Gruppen formulerar sin egen förändringsteori.” [1]\n"
               "Det används här (Bilaga 1): ”Gruppen återkommer med en spikad förändringsteori.” [2]\n"
               "Det används här (Metod): ”Verktyget förändringsteori användes.” [3]")
    easy = easy_text(refusal).splitlines()
    assert easy.count("Det står i ”Bilaga 1”.") == 1 and easy.count("Det står i ”Metod”.") == 1
    assert any(line.endswith("[1]") for line in easy) and any(line.endswith("[2]") for line in easy)


def _sentence_words(text: str) -> list[int]:
    """Words per sentence as LIX counts them (lines and colons end sentences too)."""
    from assistant.citations import MARKER_RE

    return [len(re.findall(r"[A-Za-zÅÄÖåäö]+", s)) for line in MARKER_RE.sub(" ", text).splitlines()
            for s in lix_sentences(line)]


def test_a_relative_clause_inside_the_subject_comes_after_the_main_clause() -> None:
    easy = easy_text("- En förstärkt analys som ska ge en djupare bild av varje skolas behov har gjorts på alla "
                     "skolor i kommunen. [2]")
    assert easy == ("- En förstärkt analys har gjorts på alla skolor i kommunen. [2] Den ska ge en djupare bild av "
                    "varje skolas behov. [2]"), easy
    # A rule in the present ('En elev som … får …') says something of any such pupil: split, it would say it of all.
    kept = "En elev som saknar godkända betyg i svenska får extra stöd av en lärare varje vecka."
    assert subject_relative(kept) == [kept]
    # A later verb after a clause word may be the inner clause's own: the sentence stays whole.
    kept = "Ett arbetssätt som bygger på att lärarna träffas varje vecka har testats på två skolor."
    assert subject_relative(kept) == [kept]


def test_a_left_out_verb_is_said_again_in_a_sentence_of_its_own() -> None:
    easy = easy_text("En grupp av lärarna arbetar med läsförståelse och skrivande och en annan grupp med "
                     "matematik. [3]")
    assert easy == ("En grupp av lärarna arbetar med läsförståelse och skrivande. [3] En annan grupp arbetar med "
                    "matematik. [3]"), easy
    # Two verbs left out ('ska arbeta') would need both: the sentence stays whole.
    kept = "En grupp av lärarna ska arbeta med läsförståelse och skrivande och en annan grupp med matematik."
    assert gapped_verb(kept) == [kept]
    # A verb ending the first clause, with no preposition after it, leaves nothing to say again (it raised IndexError).
    kept = "En grupp arbetar och en annan grupp med inkludering av alla elever i skolan."
    assert gapped_verb(kept) == [kept]


def test_an_aside_between_commas_about_the_subject_becomes_a_sentence_after_it() -> None:
    easy = easy_text("Elevgruppens sammansättning, avseende vilka elever som har hög frånvaro och varför, är "
                     "avgörande för vilket stöd som behövs. [1]")
    assert easy.startswith("Elevgruppens sammansättning är avgörande för vilket stöd som behövs. [1] Det gäller "
                           "vilka elever som har hög frånvaro och varför. [1]"), easy
    # 'om' as 'if' is no aside about the subject.
    kept = "Skolan ska, om det behövs, kontakta socialtjänsten samma dag som frånvaron upptäcks."
    assert inserted_aside(kept) == [kept]


def test_what_a_document_shows_comes_after_a_colon_in_main_clause_order() -> None:
    easy = easy_text("Av skolans rapport för läsåret 2023/24 framgår att analysen av resultaten i högre grad utgår "
                     "från faktorer som skolan själv kan påverka. [4]")
    assert easy == ("Av skolans rapport för läsåret 2023/24 framgår detta: [4] Analysen av resultaten utgår mer från "
                    "faktorer som skolan själv kan påverka. [4]"), easy


STOD_MEMO = """# Stöd till skolorna i Ekby

## Analys av behoven

En förstärkt analys som ska ge en djupare bild av varje skolas behov har gjorts på alla skolor i Ekby kommun under \
våren 2024. Elevgruppens sammansättning, avseende vilka elever som har hög frånvaro och varför, är avgörande för \
vilket stöd skolorna i Ekby behöver. En grupp av lärarna arbetar med läsförståelse och skrivande och en annan \
grupp med matematik.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_answer_has_short_sentences_and_the_same_citations(tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"stod.md": STOD_MEMO})
    request = {"message": "Vad har gjorts för att se skolornas behov i Ekby kommun?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert normal.grounded and "förstärkt analys" in normal.text, normal.text
    assert max(_sentence_words(normal.text)) > 20  # the source's sentences are long
    assert max(_sentence_words(easy.text)) <= 15, easy.text  # lättläst: about fifteen words at most
    assert set(cited_numbers(easy.text)) == set(cited_numbers(normal.text))
    assert [c.quote for c in easy.citations] == [c.quote for c in normal.citations]  # the original lines quoted
    for word in ("förstärkt", "analys", "våren", "2024", "matematik"):  # no fact lost
        assert (word in normal.text) <= (word in easy.text), word
    assert lix(easy.text) <= lix(normal.text) - 10, (lix(easy.text), lix(normal.text))


def test_a_capitalised_compound_is_written_out_with_a_capital_first_and_an_adverb_is_no_part() -> None:
    # 'Matematiksatsning' became 'satsning av Matematik' and 'Återrapportering' 'rapportering av Åter' (easy17 review)
    assert unfold_compound("Matematiksatsning") == "Satsning på matematik"  # 'satsa på': the head's own preposition
    assert unfold_compound("Återrapportering") is None and unfold_compound("återrapportering") is None


def test_a_written_out_compound_takes_the_preposition_its_head_takes() -> None:
    # easy26: 'utvecklingsbehov' was 'behov för utveckling' and 'matematiksatsning' 'satsning av matematik': 'behov'
    # and 'satsning' take 'av' and 'på' (lexicon.COMPOUND_HEAD_PREPOSITIONS); other heads keep 'för' and 'av'.
    easy = easy_text("Gruppen ska formulera sitt utvecklingsbehov i en plan. Kommunen gör en matematiksatsning. [1]")
    assert "sitt behov av utveckling" in easy and "en satsning på matematik" in easy, easy
    assert "behov för" not in easy and "satsning av" not in easy, easy
    assert unfold_compound("undervisningsgrupper") == "grupper för undervisning"
    assert unfold_compound("lärarutbildningen") == "utbildningen av lärare"


def test_lix_ends_a_sentence_at_a_full_stop_after_a_figure() -> None:
    # '… till träff 4. Verksamheter …' was one sentence of 14 words to LIX: the splitter keeps '4.' as an ordinal
    text = "Modellen tar sex månader från träff 1 till träff 4. Verksamheter kan få fler träffar."
    assert lix_sentences(text) == ["Modellen tar sex månader från träff 1 till träff 4.",
                                   "Verksamheter kan få fler träffar."]
    assert lix(text) == round(13 / 2 + 100 * 4 / 13, 1)  # 13 words (figures are none), 2 sentences, 4 long words


def test_a_new_thing_and_its_relative_clause_become_two_sentences() -> None:
    from assistant.generation.easy import new_thing_relative

    assert new_thing_relative("Förvaltningen har tagit fram en gemensam plan som ska gälla för alla skolor i "
                              "kommunen från hösten.") == \
        ["Förvaltningen har tagit fram en gemensam plan.", "Den ska gälla för alla skolor i kommunen från hösten."]
    # a definite noun's restrictive clause picks out which pupils: it stays; so does a subject's clause
    definite = "Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan i juni."
    subject = "Hon berättar att synsättet i kommunen är att ett barn som inte går i skolan far illa på sikt."
    assert new_thing_relative(definite) == [definite] and new_thing_relative(subject) == [subject]


def test_a_person_split_off_with_a_relative_clause_is_named_again_not_called_den() -> None:
    """'en kurator som arbetar …' -> 'Kuratorn arbetar …' ('Den arbetar' reads as a thing); a compound keeps its
    first part ('skolkurator' -> 'Skolkuratorn'), an 'ett'-noun of a person takes '-et' ('barn' -> 'Barnet')."""
    from assistant.generation.easy import new_thing_relative

    assert new_thing_relative("Skolan har anställt en kurator som arbetar med elevernas hälsa och trygghet på "
                              "alla skolor.")[1] == "Kuratorn arbetar med elevernas hälsa och trygghet på alla skolor."
    assert new_thing_relative("Kommunen har anställt en ny skolkurator som dock arbetar med elevernas hälsa och "
                              "trygghet i skolan.")[1] == \
        "Skolkuratorn arbetar dock med elevernas hälsa och trygghet i skolan."
    assert new_thing_relative("Skolan har under hösten fått ett nytt barn som behövde stöd i skolan och hjälp med "
                              "läxorna.")[1] == "Barnet behövde stöd i skolan och hjälp med läxorna."


PLAN_MEMO = """# Närvaroarbete i Ekby

Under våren 2024 har förvaltningen i Ekby tagit fram en gemensam närvaroplan som ska gälla för alla grundskolor \
i kommunen från hösten 2024. Modellen för närvaroarbetet har fyra steg från träff 1 till träff 4. Mentorn \
kontaktar hemmet samma dag som eleven är borta.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_answer_tells_a_new_thing_and_its_clause_apart(tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"narvaro.md": PLAN_MEMO})
    request = {"message": "Vad har förvaltningen i Ekby tagit fram för närvaron?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert normal.grounded and "närvaroplan som ska gälla" in normal.text, normal.text
    # both halves stand before the marker of the lines the whole sentence came from (the answer quotes its short
    # paragraph under one marker)
    cited = easy.text.split("[1]")[0]
    assert "en gemensam närvaroplan. Den ska gälla för alla grundskolor" in cited, easy.text
    assert [c.quote for c in easy.citations] == [c.quote for c in normal.citations]


def test_a_fronted_cause_becomes_the_cause_and_a_sentence_opened_by_darfor() -> None:
    from assistant.generation.easy import EasyWriter

    said = EasyWriter().sentences("Eftersom Skolinspektionen redan har granskat skolan, behöver kommunen inte göra en "
                                  "egen granskning i år.")
    assert said == ["Skolinspektionen har redan granskat skolan.",
                    "Därför behöver kommunen inte göra en egen granskning i år."], said
    # a relative clause inside the cause may hold the verb taken for the cause's own: the sentence stays whole
    kept = "Eftersom eleverna som har hög frånvaro saknar stöd, behöver skolan en ny plan för närvaron."
    assert not any(s.startswith("Därför") for s in EasyWriter().sentences(kept))


ELEVHALSA_MEMO = """# Elevhälsan i Ekby

Under hösten 2024 har skolan i Ekby byggt upp en elevhälsa som arbetar med frånvaro och som träffar \
vårdnadshavare varje vecka. Rektorn har tillsatt de lärare som har flest elever med hög frånvaro i en egen grupp \
för uppföljning.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_answer_says_two_clauses_about_a_new_thing_apart_and_keeps_a_restrictive_one(
        tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"elevhalsa.md": ELEVHALSA_MEMO})
    request = {"message": "Vad har skolan i Ekby byggt upp för elevhälsa under hösten?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert normal.grounded and "elevhälsa som arbetar med frånvaro och som träffar" in normal.text, normal.text
    assert "en elevhälsa. Den arbetar med frånvaro. Den träffar" in easy.text, easy.text
    # the restrictive 'de lärare som har …' picks out which teachers: it stays with its noun where it is said
    if "tillsatt" in easy.text:
        assert "de lärare som har flest elever" in easy.text, easy.text
    assert [(c.source, c.start_line, c.end_line, c.quote) for c in easy.citations] == \
        [(c.source, c.start_line, c.end_line, c.quote) for c in normal.citations]


def test_official_report_words_get_their_plain_forms() -> None:
    text = ("Merparten av eleverna har identifierats i huvudsak genom kartläggningar mot bakgrund av frånvaron. "
            "Resultaten redovisas i den avslutande rapporten.")
    easy = easy_text(text)
    for plain in ("de flesta av eleverna", "hittats", "mest", "på grund av frånvaron", "visas", "sista rapporten"):
        assert plain in easy.lower(), easy
    for official in ("Merparten", "identifierats", "huvudsak", "bakgrund", "redovisas", "avslutande"):
        assert official not in easy, easy


def test_a_closest_passage_under_a_heading_with_a_parenthesis_is_said_in_easy_words() -> None:
    # the heading's own parenthesis kept the refusal's line from being read: it stayed one long line of 30 words
    line = ("Det närmaste underlaget handlar om något annat (Sammanfattning av projektet Tjejer i rörelse "
            "(Fritidsgården Kupolen)): ”Projektet kostade 340 000 kronor under två år.” [1]")
    easy = easy_text(line).splitlines()
    heading = "Sammanfattning av projektet Tjejer i rörelse (Fritidsgården Kupolen)"
    assert easy[:2] == ["Det närmaste i våra texter gäller något annat.", f"Det står i ”{heading}”."], easy
    assert easy[-1] == "Projektet kostade 340 000 kronor under två år. [1]"


def test_a_comparing_som_after_a_verb_leaves_the_clause_whole_and_the_next_one_apart() -> None:
    # 'beskrivits som problematisk' opens no relative clause: the clause has its verb, and 'och' starts another
    easy = easy_text("Övergången till högstadiet har i intervjuerna beskrivits som problematisk och under intervjuerna "
                     "nämner eleverna flera skäl till att de inte lyckas med studierna. [1]")
    assert cited_sentences(easy) == [
        ("Övergången till högstadiet har i intervjuerna beskrivits som svår.", [1]),
        ("Under intervjuerna nämner eleverna flera skäl till att de inte lyckas med studierna.", [1])], easy
    # after a noun 'som' opens a clause that still waits for its verb: no cut inside it
    kept = "Det gäller de elever som i intervjuerna och i enkäten svarade att de inte trivs i skolan. [1]"
    assert len(cited_sentences(easy_text(kept))) == 1


def test_a_predicative_noun_keeps_its_relative_clause() -> None:
    from assistant.generation.easy import new_thing_relative

    # 'en lärare som kan …' says what kind of teacher a good one is: split off, the definition would be lost
    kept = "Exempel på en bra lärare är en lärare som kan bygga relationer och förklara på flera olika sätt."
    both = "Exempel på en bra lärare är en lärare som kan bygga relationer med eleverna och som tycker om sitt ämne."
    assert new_thing_relative(kept) == [kept] and new_thing_relative(both) == [both]


def test_two_relative_clauses_about_a_new_thing_become_two_sentences_after_it() -> None:
    """'en elevhälsa som arbetar … och som träffar …' tells two things about a new thing (issue 13 §5): each a
    sentence with the pronoun; a clause whose 'som' is an object, or a negation, keeps all three together."""
    from assistant.generation.easy import EasyWriter, new_thing_relative

    assert new_thing_relative("Skolan har sedan i höstas en elevhälsa som arbetar med frånvaro och som träffar "
                              "vårdnadshavare varje vecka.") == \
        ["Skolan har sedan i höstas en elevhälsa.", "Den arbetar med frånvaro.",
         "Den träffar vårdnadshavare varje vecka."]
    assert new_thing_relative("Skolan har anställt en lärare som kan bygga relationer med eleverna och som tycker om "
                              "sitt ämne.")[1:] == ["Läraren kan bygga relationer med eleverna.",
                                                   "Läraren tycker om sitt ämne."]
    for kept in ("Skolan har sedan i höstas en elevhälsa som arbetar med frånvaro och som de flesta elever känner till "
                 "sedan länge.",
                 "Skolan har sedan i höstas en elevhälsa som arbetar med frånvaro och som inte träffar vårdnadshavare "
                 "varje vecka."):
        assert new_thing_relative(kept) == [kept]
    # through the writer: the short sentences stand in the source's order, the term's explanation after them
    said = EasyWriter().sentences("Skolan har sedan i höstas en elevhälsa som arbetar med frånvaro och som träffar "
                                  "vårdnadshavare varje vecka.")
    assert said[:3] == ["Skolan har sedan i höstas en elevhälsa.", "Den arbetar med frånvaro.",
                        "Den träffar föräldrar varje vecka."], said


def test_a_relative_clause_after_two_nouns_of_one_gender_goes_apart_with_their_pronoun() -> None:
    """'en struktur för samverkan, som …': 'som' may point at either noun, but 'Den' points just as it did, so the
    clause becomes a sentence, its verb before its adverbs; nouns of different pronouns keep the sentence whole."""
    from assistant.generation.easy import relative_clause

    assert relative_clause("Via projektet kunde vi skapa en struktur för samverkan, som även idag används mellan "
                           "förvaltningen och aktörerna.") == \
        ["Via projektet kunde vi skapa en struktur för samverkan.",
         "Den används även idag mellan förvaltningen och aktörerna."]
    kept = "Vi har startat ett samarbete med socialtjänsten, som har ansvar för stödet till familjer i kommunen."
    assert relative_clause(kept) == [kept]
    # the noun repeated takes the main clause's order too ('som ofta har' -> 'har ofta')
    assert relative_clause("Vi samarbetar med socialtjänsten, som ofta har ansvar för stödet till familjer.")[1] == \
        "Socialtjänsten har ofta ansvar för stödet till familjer."


def test_a_thing_wished_for_or_defined_by_a_negation_keeps_its_relative_clause() -> None:
    from assistant.generation.easy import new_thing_relative

    # split off, 'Den bygger på respekt' would say that the wished-for environment is already there
    wished = "Det saknas ett aktivt arbete med värdegrunden för att skapa en miljö som bygger på respekt och tid."
    negated = "Det visar hur allvarligt kommunen ser på ett barn som inte går i skolan under en längre tid."
    assert new_thing_relative(wished) == [wished] and new_thing_relative(negated) == [negated]


# A school's memo whose measures name their parts inside one sentence: 'genom A, B och C' and '(1) …, (2) … samt
# (3) …' (easy19: such sentences stayed whole in lättläst, 25–50 words each).
TRYGGHET_MEMO = """\
# Trygghetsplan för Ekby skola

## Insatser mot kränkningar

Skolan stärker elevernas sociala och emotionella förmågor genom empatiträning, konflikthantering och övningar \
för att stärka självkänslan hos varje elev.

## Resultat av trygghetsarbetet

Arbetslagen som deltog i trygghetsarbetet har (1) fått större kunskap om kränkningar, (2) börjat ett eget \
arbete med rastvakter samt (3) använder nya metoder för samtal med eleverna.
"""


@pytest.mark.needs_corpus_index
def test_an_enumeration_inside_a_sentence_becomes_a_lead_sentence_and_a_list_with_its_citation(
        tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"trygghet.md": TRYGGHET_MEMO})
    for question, lead, entries in (
            ("Hur stärker Ekby skola elevernas sociala och emotionella förmågor?",
             "Skolan stärker elevernas sociala och emotionella förmågor genom:",
             ["- träning av empati", "- hantering av konflikt", "- övningar för att stärka självkänslan"]),
            ("Vad har arbetslagen i Ekby skola fått ut av trygghetsarbetet?",
             "Arbetslagen som deltog i trygghetsarbetet har:",
             ["- fått större kunskap om kränkningar", "- börjat ett eget arbete med rastvakter",
              "- använder nya sätt för samtal med eleverna"])):
        request = {"message": question}
        normal = bot.respond(request)
        easy = bot.respond(request | {"options": {"easy_swedish": True}})
        assert normal.grounded and easy.grounded, normal.text
        lines = easy.text.splitlines()
        cite = markers_of(normal.text, lead.split()[0])
        assert any(line.startswith(lead) and line.endswith(cite) for line in lines), easy.text
        for entry in entries:  # one entry a line, each with the citation of the sentence it came from
            assert any(line.startswith(entry) and line.endswith(cite) for line in lines), (entry, easy.text)
        assert lix(easy.text) < lix(normal.text), (lix(easy.text), lix(normal.text))


def markers_of(text: str, first_word: str) -> str:
    """The citation marker written after the sentence of `text` that opens with `first_word`."""
    m = re.search(rf"\b{first_word}\b[^\[]*?(\[\d+\])", text)
    assert m, text
    return m.group(1)


def test_lix_counts_a_list_item_as_a_sentence_only_as_bjornsson_does() -> None:
    # A period ends at . ! ? or a colon, or where a capital opens a new one (Björnsson 1968): lower-case entries
    # without a full stop go on with one another (easy19: each line was a sentence, which made a list of one-word
    # entries look easier than the same words in running text).
    entries = "Diskussionen hålls levande i:\n- arbetslagen\n- på träffar\n- möten för ledning\nSyftet är att lära."
    assert lix(entries) == round(14 / 3 + 100 * 5 / 14, 1)  # 'Diskussionen … i', the entries, 'Syftet … lära'
    closed = "Diskussionen hålls levande i:\n- Arbetslagen.\n- På träffar.\n- Möten för ledning.\nSyftet är att lära."
    assert lix(closed) == round(14 / 5 + 100 * 5 / 14, 1)  # each entry closed by its full stop is one
    assert lix("Kostnader:\n- Lärare 2 264 tkr\n- Elevhälsa 2 400 tkr") == round(5 / 3 + 100 * 2 / 5, 1)  # capitalised entries


def test_an_announced_list_needs_things_as_entries_and_keeps_its_lead_in_before_them_in_a_numbered_item() -> None:
    # 'genom intervjuer lyfta fram …, i syfte att …' is one clause and its purpose, no list (easy19 review of tune).
    text = ("Skolchefen gav författarna i uppdrag att genom intervjuer lyfta fram elevperspektivet, i syfte att "
            "identifiera lärdomar och kunskap om orsakerna. [3]")
    assert "\n-" not in easy_text(text), easy_text(text)
    # A numbered measure whose list has a purpose after it: lead-in, entries, then the purpose (it came first).
    lines = easy_text("13. Samarbeta med föreningar, fritidsgårdar och andra lokala aktörer för att skapa en trygg "
                      "miljö även utanför skolan. [1]").splitlines()
    assert lines[0].startswith("13. Arbeta ihop med:") and lines[1].startswith("  - föreningar"), lines
    assert lines[-1].strip().startswith("Det är för att skapa en trygg miljö"), lines


def test_an_announced_list_whose_first_entry_ends_in_a_preposition_lists_that_prepositions_nouns() -> None:
    # 'genom samverkan med skolan, socialtjänsten och polisen' works together with three parties; split at 'genom'
    # it worked through 'samverkan med skolan', 'socialtjänsten' and 'polisen' (review of session 19).
    lines = easy_text("Kommunen arbetar genom samverkan med skolan, socialtjänsten och polisen. [1]").splitlines()
    assert lines[0].startswith("Kommunen arbetar genom samverkan") and lines[0].endswith(" med: [1]"), lines
    assert lines[1:] == ["- skolan [1]", "- socialtjänsten [1]", "- polisen [1]"], lines
    # Entries alike in shape are the ways of working themselves.
    assert enumeration("Kommunen arbetar genom dialog med föräldrar, samtal med elever och möten med personal.") == \
        ("Kommunen arbetar genom", ["dialog med föräldrar", "samtal med elever", "möten med personal"])
    # Which noun the entries go on from is unclear ('utbildning' or 'jämställdhet'): the sentence stays whole.
    assert "\n-" not in easy_text("Vi arbetar genom utbildning i jämställdhet, handledning och nätverk. [1]")


MOTET_MEMO = """# Närvaroarbete i Ekby

## Arbetet under året

Skolan i Ekby har prövat nya insatser för elevernas närvaro under hela läsåret 2023 och på fredagarna hade \
rektorn ett eget möte med elevhälsan om varje elev med hög frånvaro.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_answer_explains_a_term_after_its_sentence_and_cuts_after_a_fronted_place(
        tmp_path: Path, corpus_components: tuple) -> None:
    """Through the whole pipeline: the explanation of 'insatser' is a short sentence of the assistant's after the
    cited sentence that uses it (no parenthesis lengthens the source's sentence), and '… och på fredagarna hade
    rektorn …', a main clause after a fronted time, is a sentence of its own with the same citation."""
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"narvaro.md": MOTET_MEMO})
    easy = bot.respond({"message": "Vad gjorde skolan i Ekby för elevernas närvaro under läsåret 2023?",
                        "options": {"easy_swedish": True}}).text
    assert "(saker ni gör)" not in easy and "Insatser är saker ni gör." in easy, easy
    pieces = cited_sentences(easy.split("\n", 1)[1])
    explained = next(k for k, (s, _) in enumerate(pieces) if s == "Insatser är saker ni gör.")
    assert "insatser" in pieces[explained - 1][0] and pieces[explained - 1][1] and not pieces[explained][1], pieces
    friday = [n for s, n in pieces if s.startswith("På fredagarna hade rektorn")]
    assert friday and friday[0] == pieces[explained - 1][1], easy  # its own sentence, with the same citation


def test_an_unclosed_quotation_ends_at_its_citation_and_the_next_passage_is_rewritten() -> None:
    """A quotation the source never closes (cut off at a chunk's end) hid the rest of the line from the rewrite; the
    [n] after it ends the cited passage, so the sentences of the next passage are rewritten like any."""
    easy = easy_text("Rektorn skrev i planen: ”Alla elever ska känna sig välkomna i skolan. [1] Sedan började "
                     "arbetet på skolan med att ta fram en plan för närvaron, och lärarna fick mer tid. [2]")
    assert "”Alla elever ska känna sig välkomna i skolan. [1]" in easy, easy  # the quotation word for word
    assert "plan för närvaron. [2] Lärarna fick mer tid. [2]" in easy, easy


def test_huruvida_opens_a_clause_so_the_verbs_before_it_stay_one_list() -> None:
    easy = easy_text("Huvudmannen ska ha ett arbete som innebär att planera, följa upp och utvärdera huruvida "
                     "utbildningen är likvärdig och har tillräcklig kvalitet. [1]")
    assert "följa upp och utvärdera om utbildningen är likvärdig" in easy, easy


def test_a_term_the_text_explains_itself_gets_no_second_explanation() -> None:
    easy = easy_text("I ett föreläggande står det vilka krav Skolinspektionen ställer på huvudmannen, alltså den som "
                     "driver verksamheten. [1] Huvudmannen ska svara inom en månad. [2]")
    assert "alltså den som driver" in easy and "är den som driver skolan" not in easy, easy
    assert "Skolans ägare ska svara" in easy, easy  # explained once: later written with its plain word


def test_a_conjunction_inside_a_subject_is_no_cut() -> None:
    """Trial 20: '… och skillnaden mellan pojkar och flickor ska minska' became '… och pojkar. Flickor ska bli mer
    lika.': the cut went between two nouns of one subject (the 'och' before them was refused, its right side has no
    verb before the next 'och'). The sentence stays whole rather than split inside a noun phrase; a noun of another
    form after the conjunction still opens a clause of its own."""
    for text in ("Antalet elever i läxhjälpen ska öka och skillnaden mellan pojkar och flickor ska minska. [1]",
                 "Biblioteket har öppet på lördagar och skillnaden mellan flickor och pojkar har minskat. [1]"):
        easy = easy_text(text)
        assert not re.search(r"(?:pojkar|flickor)\. \[1\] (?:Flickor|Pojkar)", easy), easy
        assert re.search(r"pojkar och flickor|flickor och pojkar", easy), easy
    assert easy_text("Eleverna läser böcker och tidningar och lärarna skriver rapporter varje vecka. [2]") == \
        "Eleverna läser böcker och tidningar. [2] Lärarna skriver rapporter varje vecka. [2]"


def test_frequent_long_words_get_their_short_everyday_word() -> None:
    """A word of more than six letters weighs in LIX: frequent official ones ('metoder', 'avslutas') take the short
    everyday word, inflected as the word it replaces; a singular of another gender keeps its word ('en metod' is no
    'en sätt'), and 'Följande X' is left alone (X may be a verb: 'Följande deltar …' is no 'De här deltarna')."""
    easy = easy_text("Skolan prövade nya metoder för att förhindra mobbning. Projektet avslutades i juni. [1]")
    assert "nya sätt" in easy and "hindra mobbning" in easy and "Projektet slutade i juni" in easy, easy
    for kept, word in (("Skolan valde en metod som var enkel. [2]", "metod"),
                       ("Metoden är enkel att använda i klassen. [2]", "Metoden"),
                       ("En viktig förutsättning är tid för lärarna. [2]", "förutsättning"),
                       ("Följande deltar i arbetsgruppen: rektor och kurator. [3]", "Följande deltar"),
                       ("Följande gäller för ansökan om bidrag. [3]", "Följande gäller")):
        assert word in easy_text(kept), easy_text(kept)


def test_samt_between_two_verbs_of_one_subject_is_cut_like_och() -> None:
    """'samt' is the official register's 'och': two clauses sharing their subject become two sentences with it."""
    assert easy_text("Förvaltningen har startat en ny kurs för lärare samt har anställt två coacher i år. [5]") == \
        "Förvaltningen har startat en ny kurs för lärare. [5] Förvaltningen har anställt två coacher i år. [5]"


def test_entries_announced_by_a_colon_may_be_phrases() -> None:
    """A colon announces a list as 'genom' or 'till exempel' does: entries of a few words each ('regionala
    företrädare i regionen') become list items, not one long sentence."""
    easy = easy_text("Flera verksamheter har tagit del av föreläsningarna: kommunala skolhuvudmän i hela länet, "
                     "regionala företrädare i de fyra regionerna, Skolinspektionen i Linköping och lärarutbildningen "
                     "vid universitetet i Jönköping. [1]")
    assert easy.splitlines()[0] == "Flera verksamheter har tagit del av föreläsningarna: [1]", easy
    assert "- regionala företrädare i de fyra regionerna [1]" in easy.splitlines() and len(easy.splitlines()) == 5, \
        easy


def test_a_colon_list_whose_last_part_joins_several_entries_is_a_list() -> None:
    """A report that sums up many mixed entries after a colon often joins its last ones with more than one
    'och'/'samt' ('… förbund i Skåne och i Halland och en kurs för rektorer samt två för föreningar'): each is an
    entry of the list, and an 'och' before a preposition ('och i Halland') goes on with the entry before it."""
    easy = easy_text("Kommunen har gett stöd till flera grupper: lärare i grundskolan, kuratorer i gymnasiet, "
                     "förbund i Skåne och i Halland och en kurs för nya rektorer samt två för lokala föreningar. [2]")
    lines = easy.splitlines()
    assert lines[0] == "Kommunen har gett stöd till flera grupper: [2]", easy
    assert "- förbund i Skåne och i Halland [2]" in lines and "- två för lokala föreningar [2]" in lines and \
        len(lines) == 6, easy


def test_a_fronted_purpose_before_a_genitive_subject_comes_after_the_main_clause() -> None:
    """'För att X har kommunens rektorer …': a genitive and its noun are a plain subject, as 'skolan' is."""
    assert fronted_purpose("För att förstå vad eleverna behöver har kommunens rektorer gjort en enkät i alla "
                           "klasser.") == ["Kommunens rektorer har gjort en enkät i alla klasser.",
                                           "det är för att förstå vad eleverna behöver"]


def test_a_fronted_purpose_before_a_passive_and_a_new_thing_becomes_det_and_the_passive() -> None:
    """'För att X krävs Y' has no subject before the passive: Swedish says the main clause as 'Det krävs Y'; an
    infinitive passive inside the purpose ('ska användas') is no main verb."""
    assert fronted_purpose("För att nya rutiner ska användas i hela kommunen krävs tydliga mål och stöd från "
                           "ledningen.") == ["Det krävs tydliga mål och stöd från ledningen.",
                                             "det är för att nya rutiner ska användas i hela kommunen"]


def test_a_paragraph_leading_into_a_list_keeps_its_lead_alone_in_lattlast() -> None:
    """A lättläst answer says less: the background before a list's lead is left out, the lead and list stay, and the
    lead keeps the paragraph's citation numbers. A lead that leans on the sentence before it stays with it."""
    text = ("Satsningen startade 2019 med stöd av regionen och flera kommuner i länet. Visionen är att skapa en "
            "attraktiv utbildning i stimulerande miljöer. Satsningen drivs i delprojekt som hör till fyra mål: [2]\n"
            "- Fler behöriga lärare.\n- Bättre samverkan med skolorna. [3]")
    easy = easy_text(text)
    assert "Visionen" not in easy and "2019" not in easy
    assert re.search(r"fyra mål: \[2\]", easy) and "Fler behöriga lärare" in easy
    assert cited_numbers(easy) == [2, 3]
    leaning = text.replace("Satsningen drivs i delprojekt", "Dessutom drivs satsningen i delprojekt")
    assert "Visionen" in easy_text(leaning)
    announced = text.replace("Visionen är att skapa", "Nedan visas målen. Visionen är att skapa")
    assert "Visionen" in easy_text(announced)
    pointing = text.replace("hör till fyra mål", "hör till dessa fyra mål")
    assert "Visionen" in easy_text(pointing)


def test_a_parenthesis_that_adds_with_a_conjunction_stays_in_its_sentence() -> None:
    """'(och kanske hela landets)' adds to the word before it: taken out it would be no sentence ('Det handlar om och
    kanske hela landets.'), so it stays where it stands."""
    easy = easy_text("Återkommande i stadens (och kanske hela landets) arbete är frågan om analys av resultat. [3]")
    assert "Det handlar om och" not in easy
    assert "(och kanske hela landets)" in easy


def test_a_plain_verb_with_a_particle_is_used_only_where_its_object_follows() -> None:
    """'analysera' is 'titta på' before its object; at a sentence's end 'titta på' would dangle, so the word stays."""
    assert "titta på resultaten" in easy_text("Lärarna ska analysera resultaten varje år. [1]")
    easy = easy_text("Skolan vill bli bättre på att analysera. [1]")
    assert "titta på." not in easy and "analysera." in easy


def test_a_where_clause_about_a_new_thing_is_a_sentence_of_its_own_with_the_same_citation() -> None:
    """'… en ny läxgrupp där lärarna ger läxhjälp …' is two ideas: the clause after 'där' becomes a main clause that
    opens with 'Där' and puts its verb before its subject; both sentences keep the line's [n]. A clause that picks
    out which things are meant (a plural noun), one after a denial ('Det saknas ett arbete där …') and one about a
    thing wished for ('att skapa en miljö där …') stay whole: said alone they would claim something the source does
    not."""
    easy = easy_text("Skolan har startat en ny läxgrupp där lärarna ger läxhjälp två eftermiddagar i veckan. [3]")
    assert easy == "Skolan har startat en ny läxgrupp. [3] Där ger lärarna läxhjälp två eftermiddagar i veckan. [3]", \
        easy
    for whole in ("Stödet ska ges till skolor i hela kommunen där eleverna har låga resultat i matematik. [1]",
                  "Det saknas ett gemensamt arbete där skillnader mellan klasserna granskas varje termin. [1]",
                  "Målet är att skapa en trygg miljö i skolan där alla elever når målen i alla ämnen. [1]"):
        assert "Där " not in easy_text(whole), easy_text(whole)


def test_more_official_words_of_reports_get_their_short_everyday_word() -> None:
    """Klarspråk's short words for report words of more than six letters ('behjälplig', 'påbörjade', 'inlett',
    'svårigheter', 'individen', 'förtydligats'), each inflected like the word it replaces, so the easy answer's LIX
    falls and the sentence still reads as Swedish."""
    text = ("En utvecklare kommer att vara behjälplig under hösten. Flera steg är redan påbörjade. Skolan har "
            "inlett ett samarbete med föräldrarna. Det finns svårigheter med att nå individen. Rollerna har "
            "förtydligats under året. [2]")
    easy = easy_text(text)
    for said in ("vara till hjälp", "redan startade", "har startat ett samarbete", "Det finns problem med att nå",
                 "personen", "har blivit tydligare"):
        assert said in easy, easy
    assert lix(easy) < lix(text), (lix(easy), lix(text))


def test_a_reference_to_the_literature_is_left_out_of_the_easy_answer_and_the_citation_stays() -> None:
    """'(Johansson, 2019)' gives the reader of a lättläst answer only long names and years to read past: it is left
    out, and the line's [n] still points at the source that gives it. A time in parentheses ('(Hösten 2020)') is
    the text's own and stays."""
    easy = easy_text("Skolavbrott leder till höga kostnader för samhället (Johansson, 2019; Owens och Ek, 2004). [4]")
    assert easy == "Skolavbrott leder till höga kostnader för samhället. [4]", easy
    kept = easy_text("Projektet startade på två skolor (Hösten 2020). [4]")
    assert "Hösten 2020" in kept, kept


def test_a_fronted_condition_is_asked_first_and_its_main_clause_follows_with_da_keeping_the_citation() -> None:
    """An if-sentence ('Om …'/'När …' of a routine, then its main clause) was kept whole at 15-25 words: lättläst
    says the condition as a yes/no question and the consequence after it with 'Då'; both keep the sentence's [n]."""
    easy = easy_text("Om frånvaron inte har minskat efter fyra veckor lämnar mentorn ärendet till elevhälsoteamet. [3]")
    assert easy == ("Har frånvaron inte minskat efter fyra veckor? [3] "
                    "Då lämnar mentorn ärendet till elevhälsoteamet. [3]")
    # A past 'När' tells when something happened, 'Om man ser till …' a point of view and 'När det gäller …' a topic:
    # none is a condition.
    for kept in ("När projektet startade hösten 2019 deltog tolv skolor från hela länet. [1]",
                 "Om man ser till hela gruppen är andelen elever med frånvaro högre bland pojkar. [1]",
                 "När det gäller frånvaron har skolan tagit fram en ny rutin för alla elever. [1]"):
        assert easy_text(kept) == kept
    # A clause inside the condition may hold the verb taken for the main one, and a second clause with a subject of
    # its own would keep its subordinate word order in the question: both sentences stay whole.
    for kept in ("När ni vet vad ni ska göra och varför ni gör det kan ni lägga fram planen för rektorn. [2]",
                 "Om eleven har frånvaro i mer än två veckor och skolan inte har fått kontakt med föräldrarna ska "
                 "rektorn anmäla till socialtjänsten. [2]"):
        assert easy_text(kept) == kept


def test_two_things_done_that_share_subject_and_har_or_ska_become_two_sentences_with_both_repeated() -> None:
    easy = easy_text("Processtödjarna har genom möten spridit information om skolavhopp samt berättat om "
                     "effektiva sätt att öka närvaron i skolan. [4]")
    assert easy.startswith("Processtödjarna har genom möten spridit information om skolavhopp. [4] "
                           "Processtödjarna har berättat om effektiva sätt att öka närvaron i skolan. [4]"), easy
    # A modal shared by two infinitives, two things to do, the same way; a noun in '-a' after 'och' is no infinitive.
    assert easy_text("Skolan ska stödja pojkar och flickor i alla årskurser och hjälpa dem med läxor. [2]") == \
        "Skolan ska stödja pojkar och flickor i alla årskurser. [2] Skolan ska hjälpa dem med läxor. [2]"
    kept = "Kommunen ska ge stöd till varje elev i sin klass och skola under hela läsåret. [2]"
    assert easy_text(kept).count("[2]") == 1, easy_text(kept)
    # Two verbs of one change ('har ökat och minskat') and a supine that goes on with a clause inside stay together.
    for kept in ("De har ökat och minskat i olika år beroende på hur många elever som sökt. [1]",
                 "Skolan har anställt lärare som har arbetat med läsning och fått goda resultat med det. [1]"):
        assert easy_text(kept).count("[1]") == 1, easy_text(kept)


RUTIN_MEMO = """# Frånvarorutin i Ekby

## Rutin

Om en elev har mer än 15 procent frånvaro under en månad kallar mentorn eleven och vårdnadshavarna till ett möte \
inom tio dagar.

Om frånvaron inte har minskat efter sex veckor lämnar mentorn ärendet till elevhälsoteamet på skolan.

## Uppföljning

Elevhälsoteamet har under 2024 gått igenom frånvaron på alla fyra skolor i Ekby och tagit fram en ny rutin för \
uppföljning av frånvaro.
"""


@pytest.mark.needs_corpus_index
def test_an_easy_answer_about_a_routine_has_short_sentences_with_the_same_figures_and_citations(
        tmp_path: Path, corpus_components: tuple) -> None:
    """The measured problem (issue 13): long source sentences kept whole held lättläst's LIX up. A real answer on
    the ingested corpus: the easy one has no sentence over fifteen words where the normal one had them, names every
    figure of the normal answer, cites the same sources and reads at least 10 LIX easier."""
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"rutin.md": RUTIN_MEMO})
    request = {"message": "Vad gör mentorn i Ekby när en elev har mycket frånvaro?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert normal.grounded and easy.grounded and "15 procent" in normal.text, normal.text

    def longest(text: str) -> int:  # the most words in one sentence, as LIX counts sentences
        lines = [re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", "", MARKER_RE.sub("", line)) for line in text.splitlines()]
        return max(len(re.findall(r"[\wåäöÅÄÖ]+", s)) for line in lines for s in lix_sentences(line))

    assert longest(normal.text) > 15 and longest(easy.text) <= 15, easy.text
    assert set(re.findall(r"\d+", normal.text)) <= set(re.findall(r"\d+", easy.text)), easy.text
    assert set(cited_numbers(easy.text)) == set(cited_numbers(normal.text))
    assert lix(easy.text) <= lix(normal.text) - 10, (lix(easy.text), lix(normal.text))


def test_a_plain_word_that_means_another_thing_is_not_swapped_in() -> None:
    # Trial 25 (X4): 'Individanpassad skolstart' became 'Egen skolstart', another meaning; 'regelbundna' is 'at set
    # intervals', not 'täta' (frequent). A plain word that means the same in every place is still put in.
    easy = easy_text("Individanpassad skolstart med extra stöd. Rektorn håller regelbundna möten med lärarna.")
    assert "Individanpassad skolstart" in easy and "regelbundna möten" in easy
    assert "Egen" not in easy and "täta" not in easy
    # offered is not given (easy30): 'erbjuds' stays, 'ungdomarna' gets its plain words
    assert "De unga erbjuds stöd." in easy_text("Ungdomarna erbjuds stöd.")


def test_a_plain_adjective_takes_the_form_its_noun_asks_for_or_the_word_stays() -> None:
    # Trial 25 (X4): 'integreras i ordinarie undervisning' became 'i vanliga undervisning' (a weak form before an
    # indefinite singular). The one-form 'ordinarie' gets the form of 'vanlig' that its noun takes.
    assert "integreras i vanlig undervisning." in easy_text("Eleverna integreras i ordinarie undervisning.")
    assert "skolans vanliga schema" in easy_text("Det passar in i skolans ordinarie schema.")
    assert "Ett vanligt möte" in easy_text("Ett ordinarie möte hölls i maj.")
    # 'lärare' is one form in the singular and the plural: 'vanlig' or 'vanliga' cannot be told, so no swap.
    assert "ordinarie lärare" in easy_text("Hon är ordinarie lärare på skolan.")


def test_the_agreement_check_sees_a_weak_adjective_before_an_indefinite_singular() -> None:
    from assistant.generation.easy.grammar import agreement_clash

    assert agreement_clash("i", "vanliga", "undervisning") and agreement_clash("ett", "viktig", "mål")
    assert not agreement_clash("den", "vanliga", "undervisningen") and not agreement_clash("i", "vanliga", "klasser")
    assert not agreement_clash("med", "viktiga", "lärare")  # plural or singular: not told, not flagged


def test_a_goera_swap_keeps_the_object_before_its_adjective() -> None:
    # Trial 25 (X4): 'Tillgängliggöra information' became 'Göra tillgänglig information'. With an object right after
    # the verb the word stays; with none, 'det' stands for it and the adjective agrees with 'det'.
    assert "Tillgängliggöra information från skolan" in easy_text("8. Tillgängliggöra information från skolan.")
    assert "underlättar kommunikation" in easy_text("Det underlättar kommunikation med hemmet.")
    assert "Skolan ska göra det tillgängligt för alla." in easy_text("Skolan ska tillgängliggöra för alla.")
    assert "Stödet gör det lättare för eleverna." in easy_text("Stödet underlättar för eleverna.")


def test_a_fixed_term_stays_whole_and_a_head_keeps_its_own_preposition() -> None:
    # Trial 25 (X4): 'utvecklingssamtal' (the school's set talk) was 'samtal för utveckling', 'utbildningserfarenheter'
    # was 'erfarenheter för utbildning'. Other compounds are still written out with 'för'.
    assert unfold_compound("utvecklingssamtal") is None
    assert unfold_compound("utbildningserfarenheter") == "erfarenheter av utbildning"
    assert unfold_compound("förberedelseklasser") == "klasser för förberedelse"


def test_a_plain_noun_of_another_number_than_its_adjective_is_not_swapped_in() -> None:
    # The tune answers' check (evals/easy_agreement.py) found 'all relevant dokumentation' -> 'all viktig anteckningar'
    # (a singular swapped for a plural). After an adjective it stays; alone the noun is still swapped.
    assert "all viktig dokumentation inför" in easy_text("Skolan gjorde all relevant dokumentation inför kursen.")
    assert "Skolan sparar anteckningar om eleverna." in easy_text("Skolan sparar dokumentation om eleverna.")


def test_the_trials_list_in_easy_words_keeps_its_meaning_and_has_no_swap_clash() -> None:
    # The corpus list trial 25 (X4) read in lättläst: 'Individanpassad skolstart' and 'Tillgängliggöra information'
    # stay, 'ordinarie undervisning' is 'vanlig undervisning'; the check of evals/easy_agreement.py finds no clash,
    # and it does find the trial's own rewrite of line 2.
    from evals.easy_agreement import swap_clashes

    lines = (Path(__file__).parents[1] / "corpus" / "vgr-pojkars-skolresultat-metodstod.txt").read_text(
        "utf-8").splitlines()
    start = next(k for k, line in enumerate(lines) if line.strip().startswith("2. Individanpassad skolstart"))
    easy = easy_text("Förslag på insatser:\n" + "\n".join(line.strip() for line in lines[start - 1:start + 10]))
    assert "2. Individanpassad skolstart" in easy and "integreras i vanlig undervisning" in easy
    assert "Tillgängliggöra information från skolan" in easy and "Egen" not in easy
    assert swap_clashes(easy) == []
    assert swap_clashes("2. Egen skolstart där elever integreras i vanliga undervisning.") == [
        "i vanliga undervisning"]


# --- easy27: faults of the trial 26 review and of the tune answers read in session 27 --------------------------------


def test_a_vars_clause_inside_the_subject_is_not_cut_from_its_main_verb() -> None:
    # trial 26 E1: 'Två kollegor vars pojkar har låga resultat känner sig uthängda' became '… två kollegor. Deras pojkar
    # har låga resultat känner sig uthängda', as if the boys felt exposed
    from assistant.generation.easy.measure import meaning_lost

    text = ("Rektorn vill att vi visar betygen uppdelat på pojkar och flickor för två kollegor vars pojkar har låga "
            "resultat känner sig uthängda.")
    assert relative_clause(text) == [text]
    source = "Två kollegor vars pojkar har låga resultat känner sig uthängda och vill inte att siffrorna visas. [1]"
    easy = easy_text(source)
    assert "Deras pojkar" not in easy and "kollegor vars pojkar" in easy, easy
    assert meaning_lost(source, easy) == [], easy
    # a 'vars' clause at the end of its sentence is still a sentence of its own
    assert relative_clause("Skolan har en sammanhållen utbildning vars kurser stärker elevernas lärande.") == [
        "Skolan har en sammanhållen utbildning.", "Dess kurser stärker elevernas lärande."]


def test_a_citation_marker_ends_its_passage_and_each_keeps_its_own_number() -> None:
    # tune K33: three passages without full stops ran into one sentence cited [1][2][3]
    text = "Workshop på digital plattform 4 eller 5 maj 2020 [1] Digitala workshops november 2020 [2] Vi testade. [3]"
    assert [n for _, n in cited_sentences(text)] == [[1], [2], [3]]
    easy = easy_text(text)
    assert "2020. [1]" in easy and "2020. [2]" in easy and "[1][2]" not in easy, easy


def test_a_swapped_particle_verb_puts_its_subject_pronoun_before_the_particle() -> None:
    # tune HW29: 'Vid elevintervjuerna framkommer det att …' became 'kommer fram det att'
    easy = easy_text("Vid elevintervjuerna framkommer det att lärarna är viktiga för eleverna. [1]")
    assert "kommer det fram att" in easy and "kommer fram det" not in easy, easy
    assert "kommer fram att" in easy_text("I intervjuerna framkommer att lärarna är viktiga för eleverna. [1]")


def test_the_assistants_own_words_for_the_material_are_not_put_into_a_cited_source_line() -> None:
    # tune G18: 'Den rapporten blir också underlaget för …' became '… blir också våra texter för …'
    cited = easy_text("Den rapporten blir också underlaget för den sista återkopplingen till gruppen. [2]")
    assert "underlaget för" in cited and "våra texter" not in cited, cited
    assert easy_text("Underlaget har inga uppgifter om lönerna.").startswith("Våra texter har inga uppgifter")
    # the assistant's own lead before a quoted passage is its voice, in a cited line too
    assert easy_text("Nej – underlaget säger: Skolan gjorde det 2021. [1]").startswith("Nej – våra texter säger:")


def test_a_plain_word_that_would_repeat_its_noun_orphan_a_compound_or_merge_a_pair_is_not_swapped() -> None:
    # tune H48 'en planerad plan', Q18 'förbättrings- och arbete', S22 'Sätt att arbeta och sätt'
    assert "systematisk plan" in easy_text("Det finns en systematisk plan för detta över hela läsåret. [1]")
    easy = easy_text("Verksamheterna ville påbörja ett eget förbättrings- och utvecklingsarbete för unga. [1]")
    assert "förbättrings- och utvecklingsarbete" in easy and "börja" in easy, easy
    easy = easy_text("Arbetssätt och metoder har utvecklats i nära relation med deltagande ungdomar. [1]")
    assert "och sätt" not in easy, easy
    assert "planerade uppföljningar" in easy_text("Skolan arbetar med systematiska uppföljningar av frånvaron. [1]")


def test_a_verb_before_its_subject_keeps_its_word_where_the_plain_one_would_make_the_subject_an_object() -> None:
    # trial 26 X5: '…, beskriver andra, dåliga lärare' (others describe) became 'berättar om andra' (tells of others)
    easy = easy_text("Medan det för några handlar om fel klass, beskriver andra dåliga lärare som deras "
                     "främsta anledning. [3]")
    assert "beskriver andra" in easy and "berättar om andra" not in easy, easy
    assert "berättar om elevernas skolgång" in easy_text("Rapporten beskriver elevernas skolgång i detalj. [1]")


def test_a_relative_clause_between_commas_after_the_subject_becomes_a_sentence_first() -> None:
    from assistant.generation.easy import subject_aside_relative

    text = ("Den externa utvärderingen, som genomfördes av tre följeforskare vid Linköpings universitet, lyfter "
            "särskilt fram hur arbetet utgår från eleverna.")
    assert subject_aside_relative(text) == [
        "Den externa utvärderingen genomfördes av tre följeforskare vid Linköpings universitet.",
        "Den lyfter särskilt fram hur arbetet utgår från eleverna."]
    # 'som' may point at either noun: the sentence stays whole
    both = "Resultatet av studien, som gjordes i fyra kommuner, visar att fler elever klarar skolan i tid."
    assert subject_aside_relative(both) == [both]
    # a negation in the clause moves with it, in main-clause order
    assert subject_aside_relative("Rapporten, som inte har publicerats ännu, beskriver arbetet på alla skolor i "
                                  "kommunen.")[0] == "Rapporten har inte publicerats ännu."


def test_a_list_lead_keeps_its_purpose_so_the_list_follows_the_main_clause() -> None:
    # tune FT13: '… metoder för att förebygga detta:' + the list of organisations became 'Det är för att förebygga
    # och hindra detta:' leading the organisations
    easy = easy_text("Processtödjarna har nått följande aktörer med information om orsaker till studieavhopp samt om "
                     "framgångsrika metoder för att förebygga och förhindra detta: [1]\n- Skolinspektionen\n- SKR [2]")
    assert "Det är för att" not in easy and "detta: [1]" in easy, easy


def test_meaning_lost_finds_a_dropped_figure_negation_or_subject() -> None:
    from assistant.generation.easy.measure import meaning_lost

    assert meaning_lost("Frånvaron ökade till 14 procent. [1]", "Frånvaron ökade. [1]") == ["figure: 14"]
    assert meaning_lost("Eleverna får inte stöd. [1]", "Eleverna får stöd. [1]") == ["negation: 1 -> 0"]
    assert meaning_lost("Kollegor vars pojkar har låga betyg känner sig uthängda. [1]",
                        "Kollegor har pojkar. Känner sig uthängda. [1]") == ["subject lost: 'Känner sig uthängda.'"]
    assert meaning_lost("Vi utbildar 40 lärare varje år. [1]", "Vi utbildar 40 lärare varje år. [1]") == []


@pytest.mark.needs_corpus_index
def test_easy_answers_over_the_corpus_lose_no_figure_negation_or_subject(corpus_components: tuple) -> None:
    from assistant.generation.easy.measure import meaning_lost
    from assistant.service import Assistant

    bot = Assistant(corpus_components[0])
    questions = ["Vad berättar eleverna i intervjuerna om sina lärare?",
                 "Hur är processtödet i #jagmed upplagt?",
                 "Vad har skolledningen fokus på i skolorna som fick stöd?",
                 "Vilka kostnader finns i kommunens kostnadsberäkning?",
                 "Vilka insatser föreslås mot mobbning?"]
    normal_lix, easy_lix = [], []
    for question in questions:
        normal = bot.respond({"message": question})
        easy = bot.respond({"message": question, "options": {"easy_swedish": True}})
        assert meaning_lost(normal.text, easy.text) == [], (question, easy.text)
        assert set(cited_numbers(easy.text)) == set(cited_numbers(normal.text)), question
        assert [c.quote for c in easy.citations] == [c.quote for c in normal.citations], question
        normal_lix.append(lix(normal.text))
        easy_lix.append(lix(easy.text))
    assert sum(easy_lix) / len(easy_lix) <= sum(normal_lix) / len(normal_lix) - 10, (normal_lix, easy_lix)


def test_official_prepositions_and_verbs_get_plain_words_only_where_they_fit() -> None:
    """Session 29 (tune readability review): 'gällande' after a noun is the official preposition, 'när det gäller'; as
    an adjective before its noun ('enligt gällande lag', 'den gällande planen') it says 'in force' and stays.
    'kommunicera' before a clause is 'berätta'; 'kommunicera med' (talk with someone) stays."""
    assert "information när det gäller elevens utveckling" in easy_text(
        "Skolan tar fram information gällande elevens utveckling. [1]")
    for kept in ("Enligt gällande lag ska alla elever få stöd. [1]", "Rektorn följer den gällande planen. [1]"):
        assert "gällande" in easy_text(kept) and "när det gäller" not in easy_text(kept), kept
    assert "vad ni behöver berätta" in easy_text("Ta reda på vad ni behöver kommunicera. [1]")
    assert "kommunicera med föräldrarna" in easy_text("Vi ska kommunicera med föräldrarna om frånvaron. [1]")
    assert "kan behöva göras" in easy_text("Praktiska förberedelser kan behöva genomföras inför start. [1]")
    assert "har lett till att" in easy_text("Arbetet har resulterat i att rollerna blivit tydligare. [1]")


def test_a_list_entrys_term_is_explained_after_the_list_and_a_nested_entrys_beside_it() -> None:
    """An entry of a list made from a sentence stays short: the term it uses is explained in a sentence of its own
    after the list (a parenthesis in the entry made one long run of words, which LIX reads as one sentence); in a
    list nested under an item there is no line after it that is not the outer list's, so the explanation stays
    beside the entry. Every entry keeps the sentence's citation, the explanation (the assistant's words) has none."""
    easy = easy_text("Kommunen samarbetar med skolor, fritidsgårdar, bibliotek och föreningar i hela länet. [1]")
    lines = easy.splitlines()
    assert "- fritidsgårdar [1]" in lines and not any("(" in line for line in lines if line.startswith("- ")), easy
    assert lines[-1].startswith("Fritidsgårdar är ") and not MARKER_RE.search(lines[-1]), easy
    nested = easy_text("- Diskussionen förs i arbetslagen, på arbetsplatsträffar och i ledningsgruppen. [1]")
    assert "  - arbetslagen (" in nested and "Arbetslagen är" not in nested, nested


def test_a_term_is_explained_once_in_any_of_its_forms_and_an_indented_items_sentences_stay_on_its_line() -> None:
    """'internkontrollområden' explained, 'internkontrollområde' later is no new word (one form of a term stands for
    its others); a second sentence of an indented item ('  - … . Planen gäller …') stays on the item's line, where it
    had become an item of its own."""
    easy = easy_text("Kommunen ska besluta om internkontrollområden för 2020. Nämnden väljer ett internkontrollområde "
                     "varje år. [1]")
    assert easy.count(" som man själv granskar extra") == 1, easy
    item = easy_text("  - Beslutad plan för nämnden. Planen gäller till 2025. [1]")
    assert len(item.splitlines()) == 1 and item.startswith("  - Beslutad plan") and "Planen gäller" in item, item


def test_att_clauses_with_a_quoted_word_become_a_list_and_the_quotation_comes_back_whole() -> None:
    easy = easy_text("Vidare har rektors arbete handlat om att ge personalen ansvar och förutsättningar för "
                     "delaktighet och inflytande samt att öka ”Vi-känslan” på skolan. [1]")
    lines = easy.splitlines()
    assert lines[0].endswith("handlat om att: [1]") and "- öka ”Vi-känslan” på skolan [1]" in lines, easy


@pytest.mark.needs_corpus_index
def test_easy_answers_explain_each_rare_term_once_keep_it_and_keep_list_entries_short(corpus_components: tuple) -> None:
    """Real answers over the corpus, lists of actors and services and prose full of a municipality's own words
    (session 29, issue 13 part 5): the easy answer keeps every term of the normal answer that it explains (the term
    is kept and explained, not swapped away: the fact stays), explains each term once whatever its form, puts no
    explanation inside an entry of a list it made from a sentence, loses no figure, negation or subject, cites the
    same passages, and reads clearly easier (LIX well below the normal answer's)."""
    from assistant import lexicon as lex
    from assistant.generation.easy.measure import meaning_lost
    from assistant.service import Assistant

    bot = Assistant(corpus_components[0])
    questions = ["Vilka aktörer har störst betydelse för pojkars skolresultat och kan bli samverkanspartner för oss?",
                 "Vilka aktörer kan bidra när vi vill att pojkarna ska bli mer motiverade att lyckas i skolan?",
                 "Vilka områden fick förstelärargrupperna fokusera på i skolan som fick stöd av huvudmannen "
                 "våren 2021?",
                 "Vad vill skolchefen i Karlskoga gå vidare med på huvudmannanivå efter rapporten?"]
    normal_lix, easy_lix, explanations = [], [], 0
    for question in questions:
        normal = bot.respond({"message": question})
        easy = bot.respond({"message": question, "options": {"easy_swedish": True}})
        assert meaning_lost(normal.text, easy.text) == [], (question, easy.text)
        assert set(cited_numbers(easy.text)) == set(cited_numbers(normal.text)), question
        words = {w.lower() for w in re.findall(r"\w+", normal.text)}
        # Each explanation, as a sentence ('Fritidsgårdar är platser …') or beside its word ('arbetslagen (grupper
        # …)'), by the term it explains; a term's forms share their first eight letters.
        said = {t: len(re.findall(rf"\b{t} (?:är|betyder) {re.escape(m)}|\b{t} \({re.escape(m)}\)", easy.text, re.I))
                for t, m in lex.EASY_TERMS.items()}
        for term in (t for t, n in said.items() if n):
            assert term in words, (term, easy.text)  # the source's own word, kept beside its explanation
            assert sum(n for t, n in said.items() if t[:8] == term[:8]) == 1, (term, easy.text)
        explanations += sum(said.values())
        # A list the writer made from a sentence has entries in lower case: no parenthesis lengthens them.
        made = [line for line in easy.text.splitlines() if re.match(r"- [a-zåäö]", line)]
        assert not any("(" in line for line in made), (question, easy.text)
        normal_lix.append(lix(normal.text))
        easy_lix.append(lix(easy.text))
    assert explanations >= len(questions), explanations  # the answers do use such terms: the checks above bite
    assert all(e < n for n, e in zip(normal_lix, easy_lix, strict=True)), (normal_lix, easy_lix)
    assert sum(easy_lix) / len(easy_lix) <= sum(normal_lix) / len(normal_lix) - 12, (normal_lix, easy_lix)


# easy30: what jamplan's refusals say of the closest passage (extractive/answer/refusal.py), each followed by where
# it stands and the passage quoted.
_CLOSEST_SAYS = ("Det närmaste underlaget säger inte att det skedde",
                 "Det närmaste underlaget säger bara att det är så, inte varför",
                 "Det närmaste underlaget delar inte upp siffrorna på kön",
                 "Det närmaste underlaget räknar dem uppdelat på annat sätt",
                 "Det närmaste underlaget räknar bara till 3",
                 "Det närmaste underlaget gäller 2019, inte 2021",
                 "Underlaget säger själv att det inte mäts",
                 "Underlaget nämner det bara, utan att återge innehållet",
                 "Det närmaste underlaget handlar om något annat")
_LONG_PASSAGE = ("Skolan har under läsåret genomfört ett omfattande utvecklingsarbete kring studiero och trygghet, "
                 "vilket enligt rektor har lett till att frånvaron minskat med 12 procent, men någon systematisk "
                 "uppföljning av resultaten har ännu inte genomförts.")


@pytest.mark.parametrize("says", _CLOSEST_SAYS)
def test_every_refusal_says_its_closest_passage_in_short_easy_sentences_with_its_citation(says: str) -> None:
    """Six of the refusals' closest-passage lines were read as prose: the passage stayed quoted whole (one sentence
    of 30 words) and the line's parenthesis was cut into list entries ('säger bara att det är: - så - inte varför
    (Resultat'). Each says what the passage is, where it stands and the passage in short sentences, each with [1]."""
    from assistant.generation.easy import easy_answer
    from assistant.generation.easy.measure import meaning_lost

    normal = (f"Underlaget har inga uppgifter som besvarar din fråga om Kumla.\n"
              f"{says} (Resultat och analys): ”{_LONG_PASSAGE}” [1]")
    easy = easy_answer(normal)
    assert easy.startswith("Våra texter har inga uppgifter som") and "underlaget" not in easy.lower(), easy
    assert "Det står i ”Resultat och analys”." in easy and _LONG_PASSAGE not in easy, easy
    assert not any(line.lstrip().startswith("- ") for line in easy.splitlines()), easy
    passage = easy.split("Det står i ”Resultat och analys”.")[1]
    assert passage.count("[1]") >= 2 and "12 procent" in passage, easy
    assert not meaning_lost(normal, easy), meaning_lost(normal, easy)
    assert lix(easy) <= lix(normal) - 10, (lix(easy), lix(normal))


def test_a_plain_word_keeps_the_meaning_for_the_group_the_text_is_about() -> None:
    """Trial 30 #9: 'skolresultat' became 'betyg' in a line about åk 3, which has no grades; 'behöriga lärare' were
    explained as having 'rätt utbildning eller betyg'. A swap says the same thing for whoever the text is about, and a
    hard noun is said in its plain word where it stands, not glossed sentences later."""
    easy = easy_text("Pojkars och flickors skolresultat i årskurs 3 påverkas av mer än bara kön. [1]")
    assert "betyg" not in easy and "resultat i skolan" in easy, easy
    easy = easy_text("Andelen obehöriga lärare och andelen behöriga elever har ökat. [1]")
    assert "Obehöriga lärare är lärare utan rätt utbildning." in easy, easy
    assert "Behöriga elever är elever med de betyg som krävs." in easy, easy
    easy = easy_text("En central utgångspunkt i det åtgärdande frånvaroarbetet är att gruppens heterogenitet är "
                     "avgörande för vilka typer av insatser som behövs. [1]")
    assert "heterogenitet" not in easy.lower() and "Gruppens olikheter är avgörande" in easy, easy
    assert "Eleverna får läxhjälp" not in easy_text("Eleverna erbjuds läxhjälp efter skolan varje vecka. [1]")


def test_no_cut_between_a_that_clauses_subject_with_its_relative_clause_and_its_verb() -> None:
    """Tune N13: '… att det systematiska utvecklingsarbete som har påbörjats utifrån modellen och med stöd av
    processtödjarna ger en snabbare utveckling …' was cut at 'och': the second sentence had no subject."""
    from assistant.generation.easy.measure import meaning_lost

    normal = ("Vi uppfattar att det systematiska utvecklingsarbete som har påbörjats utifrån den tillämpade modellen "
              "och med stöd av processtödjarna ger en snabbare utveckling mot uppsatta mål. [2]")
    easy = easy_text(normal)
    assert not any(s.startswith("Med stöd av processtödjarna ger") for s in lix_sentences(easy)), easy
    assert not meaning_lost(normal, easy)
    # a reported finding with its verb right after the clause is still its own sentence
    assert reported_clause("Rektorerna i kommunen menar att de stora skillnaderna mellan skolorna beror på elevernas "
                           "olika bakgrund och förutsättningar.")[0] == "Rektorerna i kommunen menar detta:"


@pytest.mark.needs_corpus_index
def test_real_easy_answers_keep_their_facts_and_say_hard_words_in_ones_that_mean_the_same(
        corpus_components: tuple) -> None:
    """Real answers from the corpus (tune questions of `jamplan eval answers`) in lättläst: at least 10 LIX below
    the normal answer, every figure and negation kept, no 'betyg' the normal answer did not speak of, and the
    Skolinspektionen passage's 'heterogenitet' said as 'olikheter' in its own sentence."""
    from assistant.generation.easy.measure import meaning_lost
    from assistant.service import Assistant

    bot = Assistant(corpus_components[0])
    questions = ("Vilka tre saker lyfter Skolinspektionen fram som viktiga för att få en frånvarande elev tillbaka "
                 "till skolan?",
                 "Vilka aktörer har störst betydelse för pojkars skolresultat och kan bli samverkanspartner för oss?",
                 "Vad bör vi mäta när vi följer upp målet om en hög andel behöriga lärare?")
    texts = {}
    for question in questions:
        normal = bot.respond({"message": question}).text
        easy = bot.respond({"message": question, "options": {"easy_swedish": True}}).text
        texts[question] = (normal, easy)
        assert lix(easy) <= lix(normal) - 10, (question, lix(normal), lix(easy), easy)
        assert not meaning_lost(normal, easy), (question, meaning_lost(normal, easy))
        if "betyg" not in normal:
            assert "betyg" not in easy, easy
    normal, easy = texts[questions[0]]
    if "heterogenitet" in normal:
        assert "heterogenitet" not in easy.lower() and "olikheter" in easy, easy
    normal, easy = texts[questions[2]]
    if "obehöriga lärare" in normal:
        assert "lärare utan rätt utbildning." in easy, easy


def test_a_refusals_closest_passage_keeps_its_short_sentences_and_figures_and_leaves_a_long_one_in_the_source() -> None:
    """A refusal's closest passage is no answer: in lättläst its short sentences and those with a figure are said in
    easy words; a long one without a figure (tune U01: 49 words on 'den återstående fjärdedelen') stays in the
    source, which the refusal names and cites. With nothing short left the refusal says where, with the [n]."""
    from assistant.generation.easy import easy_answer

    long_one = ("Det är dock den återstående fjärdedelen av elevgruppen som vi har varit mer intresserade av att "
                "studera närmare på grund av de problem som finns för skolan om att efterleva barns rätt till "
                "utbildning.")
    normal = ("Underlaget har inga uppgifter om Alingsås.\nDet närmaste underlaget gäller Karlskoga kommun "
              "(Elevgrupper): ”Grupp 1 och 2. 236 elever av 313 var behöriga i årskurs 6 och i årskurs 9. "
              f"{long_one}” [1]")
    easy = easy_answer(normal)
    assert "236" in easy and "313" in easy and "Grupp 1 och 2. [1]" in easy, easy
    assert "fjärdedelen" not in easy and lix(easy) <= lix(normal) - 10, easy
    easy = easy_answer(f"Underlaget har inga uppgifter om Alingsås.\nDet närmaste underlaget handlar om något annat "
                       f"(Elevgrupper): ”{long_one}” [1]")
    assert easy.splitlines()[-1] == "Det står i ”Elevgrupper”. [1]", easy


def test_a_contrast_or_a_part_after_a_comma_is_a_sentence_of_its_own_with_its_figures_and_citation() -> None:
    # ', medan …' (easy31): the contrast opens with 'Samtidigt' and its verb before its subject; both keep their [n].
    easy = easy_text("Kvinnor angav oftare än män rädsla för sexuella trakasserier som skäl, medan män oftare angav "
                     "rädsla för att bli rånade. [3]")
    assert easy == ("Kvinnor angav oftare än män rädsla för sexuella trakasserier som skäl. [3] Samtidigt angav män "
                    "oftare rädsla för att bli rånade. [3]"), easy
    # ', varav …' with a verb of its own: 'Av dem' and the verb before the part's count; the figures all stay.
    easy = easy_text("Dessa 8 elever har efter det att betygen var satta i juni 2018 blivit behöriga till nationellt "
                     "program, varav tre av dem läser ett högskoleförberedande program. [1]")
    assert easy.endswith("[1] Av dem läser tre ett högskoleförberedande program. [1]") and "8 elever" in easy, easy
    # ... a 'varav' without a verb is no clause, and a 'medan' whose clause is a negation stays whole
    assert "2019, varav 120 flickor" in easy_text("Totalt deltog 350 elever i årskurs 9 i kommunens sommarskola under "
                                                   "juni och juli 2019, varav 120 flickor och 230 pojkar. [1]")
    kept = "Flickorna läste mer än förra året i alla klasser på skolan, medan pojkarna inte läste mer alls."
    assert easy_text(kept + " [2]") == kept + " [2]"
    # 'rädsla för att …' says what the fear is of: no 'Det är för att bli …' (lexicon.EASY_FOR_ATT_NOUNS)
    assert "Det är för att bli" not in easy_text(
        "De svarande som känner sig otrygga angav som vanligaste skäl dålig belysning, grupper av berusade personer, "
        "öde platser utan insyn samt rädsla för att bli trakasserad eller ofredad. [1]")


@pytest.mark.needs_corpus_index
def test_a_real_refusal_in_easy_swedish_says_its_question_apart_and_where_to_look_as_a_list(
        corpus_components: tuple) -> None:
    """easy31: a refusal's long restated question in a sentence of its own after the refusal's opening words, and its
    pointer to where such data is found as a list of places, not a list of broken halves ('Det kan till exempel:
    - vara Skolverket'); the facts of the normal refusal (its figures, the asked names) stay, and so do its
    citations."""
    from assistant import lexicon as lex
    from assistant.generation.easy.measure import meaning_lost
    from assistant.service import Assistant

    bot = Assistant(corpus_components[0])
    request = {"message": "Hur hög var frånvaron bland flickorna i Karlskogas gymnasieskolor 2020?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert not normal.grounded and normal.text.startswith("Underlaget har inga uppgifter om hur"), normal.text
    lines = easy.text.splitlines()
    assert lex.REFUSAL_RE.match(easy.text) and lines[0] == "Våra texter har inga uppgifter om det du frågar.", easy.text
    assert lines[1].startswith("Du frågar hur") and "frånvaron" in lines[1] and "2020" in lines[1], easy.text
    # the places where figures of absence are found: a lead and one place a line, each without the lead's preposition
    pointer = next(k for k, line in enumerate(lines) if line.startswith("Sådana uppgifter finns oftast"))
    places = [line for line in lines[pointer + 1:] if line.startswith("- ")]
    assert lines[pointer].endswith(":") and len(places) >= 2, easy.text
    assert not any(p.startswith(("- vara ", "- i ", "- hos ")) for p in places), easy.text
    assert [(c.source, c.start_line, c.end_line) for c in easy.citations] == \
        [(c.source, c.start_line, c.end_line) for c in normal.citations]
    assert not meaning_lost(normal.text, easy.text), meaning_lost(normal.text, easy.text)
    assert lix(easy.text) <= lix(normal.text) - 10, (lix(easy.text), lix(normal.text))
    # every sentence of the refusal's own words is short (the closest passage is the source's and may be longer)
    own = [line for line in lines if not MARKER_RE.search(line)]
    assert max(len(s.split()) for line in own for s in lix_sentences(line)) <= 15, easy.text
