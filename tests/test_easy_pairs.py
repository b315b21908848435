"""Lättläst (easy32): correlative pairs ('inte bara A utan också B', 'dels A, dels B'), a 'vilket' about a whole
clause and cleft sentences said plainly, with every fact, negation and citation of the source sentence kept; a 'för att'
that completes 'ansvarig'/'förutsättningar' is no purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.generation.easy import easy_text, lix
from assistant.generation.easy.measure import meaning_lost

MEMO = """# Elevhälsans arbete

Arbetet handlar inte bara om att höja resultaten utan också om att skapa en trygg miljö för alla elever.

Använd bedömningsformer som inte bara mäter provresultat utan även process och samarbete i gruppen.

Flickor utsätts oftare för trakasserier vilket kan innebära frånvaro och sämre resultat i skolan.
"""


def test_a_pair_after_a_main_clauses_verb_becomes_two_sentences_with_the_same_citation() -> None:
    normal = ("Arbetet handlar inte bara om att höja resultaten utan också om att skapa en trygg miljö för alla "
              "elever. [2]")
    easy = easy_text(normal)
    assert easy == ("Arbetet handlar om att höja resultaten. [2] Det handlar också om att skapa en trygg miljö för "
                    "alla elever. [2]")
    assert meaning_lost(normal, easy) == []  # the 'inte' of 'inte bara' denied nothing
    assert lix(easy) < lix(normal)
    # A fronted phrase and its pronoun subject open both sentences.
    assert easy_text("I skolan arbetar vi inte bara med läsning utan även med skrivande och samtal varje dag. [1]") == \
        "I skolan arbetar vi med läsning. [1] I skolan arbetar vi också med skrivande och samtal varje dag. [1]"


def test_a_pair_inside_a_relative_clause_stays_one_sentence_and_is_no_list_entry() -> None:
    easy = easy_text("Minska stress genom att använda bedömningsformer som inte bara mäter provresultat utan även "
                     "process och samarbete. [1]")
    assert "som mäter provresultat och även process och samarbete. [1]" in easy, easy
    assert "utan även" not in easy and "\n" not in easy  # was a list: '- provresultat', '- utan även process'


def test_a_second_part_without_the_verb_of_the_first_is_not_a_sentence_of_its_own() -> None:
    easy = easy_text("Frånvaron kan dels ses som en orsak till sämre betyg, dels som en reaktion på skolvardagen. [3]")
    assert easy == "Frånvaron kan ses som en orsak till sämre betyg och även som en reaktion på skolvardagen. [3]"
    assert "en orsak" in easy  # 'orsak' keeps its word: 'skäl' would not agree with 'en'


def test_a_which_clause_without_its_comma_becomes_a_sentence_about_the_one_before() -> None:
    normal = ("Barn, framför allt flickor, utsätts för hedersnormer vilket kan innebära bland annat skolfrånvaro och "
              "psykisk ohälsa. [4]")
    easy = easy_text(normal)
    assert easy.startswith("Barn, framför allt flickor, utsätts för hedersnormer. [4] Det kan betyda bland annat "
                           "skolfrånvaro och psykisk ohälsa. [4]"), easy
    assert meaning_lost(normal, easy) == []
    # A 'vilket' that asks (after a preposition) or picks a thing ('vilket stöd') stays where it is.
    for kept in ("Valet av arbetssätt beror i hög grad på vilket är bäst för eleverna. [1]",
                 "Vi visade dem vilket stöd som finns för eleverna i hela skolan. [1]"):
        assert "vilket" in easy_text(kept), kept


def test_a_second_part_without_the_preposition_of_the_first_stays_in_one_sentence() -> None:
    easy = easy_text("Frånvaron bottnar inte bara i skolrelaterade faktorer utan även individuella faktorer hos "
                     "eleven. [1]")
    assert easy == "Frånvaron bottnar i skolrelaterade faktorer och även individuella faktorer hos eleven. [1]"


def test_a_cleft_is_said_with_its_focus_as_the_subject() -> None:
    assert easy_text("Det var rektorn som tog initiativ till samarbetet med socialtjänsten under hösten 2021. [2]") \
        .startswith("Rektorn tog initiativ till samarbetet med socialtjänsten under hösten 2021. [2]")
    # A phrase before the clause's verb goes after it, as a main clause has it; the cleft's 'för att' completes
    # 'ansvarig' (what the responsibility is for), so it is not cut off as a purpose ('Det är för att …').
    easy = easy_text("Det är huvudmannen som enligt skollag är ytterst ansvarig för att säkerställa att utbildningen "
                     "genomförs i enlighet med skollag, läroplaner och andra skolförfattningar. [1]")
    assert easy.startswith("Huvudmannen (den som driver skolan) är enligt skollag ytterst ansvarig för att se till att "
                           "utbildningen görs enligt: [1]\n- skollag [1]\n- läroplaner [1]"), easy
    assert "Det är för att" not in easy
    # A degree ('även färre pojkar') or an object cleft stays as it is.
    for kept in ("Det är även färre pojkar som når gymnasiebehörighet och som fullföljer en utbildning. [1]",
                 "Det är den rapporten som vi har läst flera gånger under våren i arbetslaget. [1]"):
        assert easy_text(kept).startswith(kept.removesuffix(" [1]")), kept


def test_a_for_att_that_completes_a_condition_is_no_purpose() -> None:
    easy = easy_text("Ordinarie undervisning kan inte i tillräckligt hög utsträckning ge förutsättningar för att "
                     "elevgrupper med svårigheter ska tillägna sig kunskapen som krävs. [1]")
    assert "Det är för att" not in easy and "för att elevgrupper" in easy, easy


def test_meaning_lost_still_counts_a_real_negation() -> None:
    assert meaning_lost("Eleverna får inte bara stöd. [1]", "Eleverna får stöd. [1]") == []
    assert meaning_lost("Eleverna får inte stöd. [1]", "Eleverna får stöd. [1]") == ["negation: 1 -> 0"]


@pytest.mark.needs_corpus_index
def test_an_easy_answer_says_a_pair_in_short_sentences_citing_the_same_lines(
        tmp_path: Path, corpus_components: tuple) -> None:
    from tests.test_answer_engine import _ingest_folder

    bot, _ = _ingest_folder(tmp_path, corpus_components, {"elevhalsa.md": MEMO})
    request = {"message": "Vad handlar elevhälsans arbete om enligt elevhalsa.md?"}
    normal = bot.respond(request)
    easy = bot.respond(request | {"options": {"easy_swedish": True}})
    assert "inte bara om att höja resultaten" in normal.text, normal.text
    assert "Arbetet handlar om att höja resultaten." in easy.text, easy.text
    assert "Det handlar också om" in easy.text and "inte bara" not in easy.text, easy.text
    assert [(c.source, c.start_line, c.end_line) for c in easy.citations] == \
        [(c.source, c.start_line, c.end_line) for c in normal.citations]
    assert lix(easy.text) < lix(normal.text)


def test_a_links_address_keeps_its_slashes() -> None:
    easy = easy_text("Vårdnadshavare anmäler sitt barn i kommunens e-tjänst [Anmälan till sommarskola]"
                     "(https://www.norrbrink.se/e-tjanster/sommarskola-anmalan). [1]")
    assert "(https://www.norrbrink.se/e-tjanster/sommarskola-anmalan)" in easy, easy
    # Words joined by a slash are still said with 'eller' ('ökning/minskning').
    assert "ökning eller minskning" in easy_text("Följ upp ökning/minskning av frånvaron varje månad i skolan. [1]")


def test_a_compounds_shared_head_is_not_cut_off_at_its_och() -> None:
    easy = easy_text("Rapporten beskriver hur hela styrkedjan, det vill säga enhets-, förvaltnings- och politisk nivå "
                     "involveras i arbetet. [1]")
    assert "förvaltnings- och politisk nivå" in easy and "förvaltnings-." not in easy, easy


def test_a_known_things_relative_clause_about_the_past_becomes_a_sentence_of_its_own() -> None:
    easy = easy_text("Något annat som bestått sedan projektperioden är arbetet med denna målgrupp efter de fem "
                     "framgångsfaktorerna som togs fram i de lokala projekten. [1]")
    assert easy.startswith("Något annat som bestått sedan projektperioden är arbetet med denna målgrupp efter de fem "
                           "framgångsfaktorerna. [1] De togs fram i de lokala projekten. [1]"), easy
    # A restrictive clause without the definite ending, or a rule in the present, keeps picking out its thing.
    for kept in ("Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan i juni. [2]",
                 "Skolorna arbetar varje vecka i år efter den gemensamma planen som gäller för alla skolor. [2]"):
        assert " som " in easy_text(kept), kept
