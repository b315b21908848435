"""Reading a question: answer type, language, subjects, search text, and follow-ups resolved against history."""

from __future__ import annotations

import pytest

from assistant.grounding.followups import is_follow_up, rewrite_follow_up
from assistant.grounding.question import Subject, analyse, answer_type, definiendum, detect_language, subjects
from assistant.schema import Turn


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Vilka aktörer kan bidra till läxhjälp?", "list"),
        ("Vilka kostnadsposter finns i planen?", "list"),
        ("Hur mycket kostade läxhjälpen?", "number"),
        ("Hur stor andel av pojkarna saknar betyg?", "number"),
        ("Vad är antipluggkultur?", "definition"),
        ("Varför har pojkar lägre betyg än flickor?", "cause"),
        ("Hur kan vi minska frånvaron?", "how"),
        ("Finns det stöd för nyanlända elever?", "yesno"),
        ("Vem ansvarar för uppföljningen?", "who"),
        ("Vad bör vi mäta när vi följer upp målet om en hög andel behöriga lärare?", "fact"),
        # what something leads to: a consequence (not a list, a definition or a done measure's outcome)
        ("Vad blir följden av att eleverna har hög frånvaro?", "consequence"),
        ("Vilka konsekvenser får det att ett barn inte går i skolan?", "consequence"),
        ("Vad leder ökad frånvaro till på sikt?", "consequence"),
        ("Vad händer om en elev halkar efter?", "consequence"),
        ("Vad innebär det för eleverna att skolan stänger biblioteket?", "consequence"),
        ("What can honour norms lead to for girls' schooling?", "consequence"),
        ("Vad innebär jämställdhetsintegrering?", "definition"),
        ("Vilken effekt fick satsningen på betygen?", "fact"),
        # how to tell whether work makes a difference, or how to follow it up: an evaluation
        ("Hur vet vi om läxhjälpen gör skillnad?", "evaluation"),
        ("Hur kan vi se att det fungerar?", "evaluation"),
        ("Hur följer vi upp insatserna?", "evaluation"),
        ("Hur mäter man trygghet?", "evaluation"),
        ("Hur kollar vi om antimobbningsarbetet har gett något – vad ska vi följa upp?", "evaluation"),
        ("Hur kan man märka att ett barn mår dåligt?", "how"),
    ],
)
def test_answer_type(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_language_of_a_question() -> None:
    assert detect_language("Which actors can help with homework support?") == "en"
    assert detect_language("vem kan ordna laxhjalp for killarna") == "sv"
    assert detect_language("学校的出勤率是多少？") == "other"


def test_named_subjects_and_the_users_own_setting() -> None:
    found, own = subjects("Hur många elever har Alingsås kommun i årskurs 9 2024?")
    assert [s.text for s in found] == ["Alingsås kommun", "2024"] and own == []
    found, own = subjects("Vi i Borås vill minska frånvaron. Vilka insatser finns?")
    assert found == [] and [s.text for s in own] == ["Borås"]


def test_search_text_restores_diacritics_and_maps_everyday_and_english_words() -> None:
    vocabulary = frozenset({"läxhjälp", "närvaro", "pojkar"})
    q = analyse("vem kan ordna laxhjalp for killarna", vocabulary)
    assert "läxhjälp" in q.search_text and "pojkarna" in q.search_text
    english = analyse("Who can help boys with homework?", vocabulary)
    assert english.language == "en" and "pojkar" in english.search_text


def test_the_embedding_reads_a_question_typed_without_diacritics_as_respelt() -> None:
    """'vad star sso for …' is compared with the units' embeddings as 'vad står sso …' (the words the documents
    write), the restored words still added; a question typed as the documents write it is embedded as searched."""
    vocabulary = frozenset({"står", "läxhjälp", "vad"})
    q = analyse("vad star det om laxhjalp", vocabulary)
    assert q.embedding_text.startswith("vad står det om läxhjälp"), q.embedding_text
    assert "star" not in q.embedding_text.split()
    plain = analyse("vad står det om läxhjälp", vocabulary)
    assert plain.embedding_text == plain.search_text


def test_a_hedge_typed_without_diacritics_still_opens_a_figure_question() -> None:
    """'ungefar hur manga …' asks for a figure as 'Ungefär hur många …' does: the hedge is skipped as typed."""
    vocabulary = frozenset({"många", "personer", "föreläsningar"})
    assert analyse("ungefar hur manga personer kom till forelasningarna", vocabulary).answer_type == "number"
    assert answer_type("ungefar hur många personer kom?") == "number"


def test_a_form_the_documents_lack_typed_without_diacritics_is_restored_by_its_stem() -> None:
    """'forelasningarna' where the documents only have 'föreläsningar': the search adds the documents' word, so the
    embedding sees it as written; a word without å/ä/ö of its own stem is left alone."""
    vocabulary = frozenset({"föreläsningar", "skolavhopp", "personer", "padel"})
    q = analyse("hur manga personer tog del av forelasningarna om skolavhopp", vocabulary)
    assert "föreläsningar" in q.search_text.split()
    assert analyse("hur manga spelade padeln", vocabulary).search_text.split()[-1] != "föreläsningar"
    # Of several forms of the stem, the nearest: 'forelasningarna' is 'föreläsningar', not 'föreläsning'.
    forms = frozenset({"föreläsning", "föreläsningar"})
    assert analyse("vilka forelasningarna fanns", forms).search_text.split()[-1] == "föreläsningar"


def test_stop_words_only_have_no_content() -> None:
    assert not analyse("och det är som vad").content_terms


def _history(*questions: str) -> list[Turn]:
    turns: list[Turn] = []
    for q in questions:
        turns += [Turn(role="user", content=q), Turn(role="assistant", content="Svar [1]")]
    return turns


def test_follow_ups_are_recognised_by_pointing_back_or_naming_little() -> None:
    assert is_follow_up("Vem kan ordna den?")
    assert is_follow_up("Hur mycket kostar den?")
    assert is_follow_up("Vad behöver ledningen få veta då?")
    assert not is_follow_up("Vilka insatser finns för att minska frånvaron bland pojkar i åk 7?")
    assert not is_follow_up("Finns det stöd för nyanlända elever i matematik?")


def test_a_follow_up_is_resolved_against_the_topic_of_the_previous_question() -> None:
    history = _history("Vad är läxhjälpsinsatsen i kommunens plan?")
    assert rewrite_follow_up("Vem kan ordna den?", history) == "Vem kan ordna läxhjälpsinsatsen i kommunens plan?"
    history = _history("Vilka insatser föreslås för att eleverna ska känna sig trygga?")
    assert rewrite_follow_up("Och vilka aktörer kan bidra till det?", history) == (
        "Vilka aktörer kan bidra till att eleverna ska känna sig trygga?")
    assert rewrite_follow_up("Och för flickor då?", _history("Vilka insatser finns för pojkar?")) == (
        "Vilka insatser finns för flickor?")
    assert rewrite_follow_up("Och 2024 för pojkar?", _history("Hur många flickor var behöriga 2023?")) == (
        "Hur många pojkar var behöriga 2024?")


def test_an_elided_period_replaces_the_earlier_period() -> None:
    """'Och 2023/2024?' after a question on läsåret 2019/2020 (or on 2021) asks the same of the new period; the old
    span is not kept beside it (review 23)."""
    history = _history("Hur många elever fick studiehandledning läsåret 2019/2020?")
    assert rewrite_follow_up("Och 2023/2024?", history) == "Hur många elever fick studiehandledning läsåret 2023/2024?"
    history = _history("Vilka föreningar fick bidrag 2021?")
    assert rewrite_follow_up("Och 2023/2024?", history) == "Vilka föreningar fick bidrag 2023/2024?"


def test_a_pronoun_after_a_question_of_causes_means_the_thing_whose_state_is_caused() -> None:
    """'Vad var det som gjorde att mentorskapet fungerade?' then 'vem höll i det?': 'det' is the mentoring (the
    subject of the 'att' clause), not the clause with its cleft (follow23)."""
    history = _history("Vad var det som gjorde att mentorskapet på Ekdalsskolan fungerade så väl?")
    assert rewrite_follow_up("Och vem höll i det?", history) == "Vem höll i mentorskapet på Ekdalsskolan?"
    history = _history("Vad gör att läxcaféet lockar så många elever?")
    assert rewrite_follow_up("Vem betalar för det?", history) == "Vem betalar för läxcaféet?"
    history = _history("Vem var det som startade läsgruppen?")
    assert rewrite_follow_up("När hölls den?", history) == "När hölls läsgruppen?"


def test_an_ordinal_of_them_after_a_prose_answer_takes_up_the_things_asked_for() -> None:
    """'den andra av dem' after 'Vilka tre föreläsningar …?' answered in prose: one of those lectures, not the
    question's topic put in place of 'dem' (follow23)."""
    history = _history("Vilka tre föreläsningar ordnade biblioteket under våren 2024?")
    assert rewrite_follow_up("Vem höll den andra av dem?", history) == (
        "Vem höll den andra av de tre föreläsningar som ordnade biblioteket under våren 2024?")
    history = _history("Vilka studiebesök gjorde arbetslaget i Lindvik?")
    assert rewrite_follow_up("Vad handlade det första om?", history) == (
        "Vad handlade det första av de studiebesök som gjorde arbetslaget i Lindvik om?")


def test_an_elliptic_follow_up_swaps_only_the_period_day_or_place_and_keeps_the_rest() -> None:
    """'Och 2025?' after a school year '2023/24', 'Och den 9 mars?' after 'den 2 mars', 'Och i Ludvika?' after
    'Borlänge kommun gör …' (no preposition): the one period, day or place is replaced, the rest of the question
    kept, so the gate looks for the new one alone (follow23)."""
    assert rewrite_follow_up("Och 2025?", _history("Vilka mål har fritidsgården för läsåret 2023/24?")) == (
        "Vilka mål har fritidsgården för läsåret 2025?")
    assert rewrite_follow_up("Och den 9 mars?", _history("Hur många kom till föräldramötet den 2 mars?")) == (
        "Hur många kom till föräldramötet den 9 mars?")
    assert rewrite_follow_up("Och i Ludvika då?", _history("Vilka insatser gör Borlänge kommun mot skolfrånvaro?")) == (
        "Vilka insatser gör Ludvika kommun mot skolfrånvaro?")


def test_a_contrast_follow_up_on_a_comparison_turns_it_round() -> None:
    # Both groups are in the earlier question: naming one asks the comparison the other way, not 'flickor … flickor'.
    assert rewrite_follow_up("Och för flickor?", _history("Har pojkar lägre betyg än flickor?")) == (
        "Har flickor lägre betyg än pojkar?")
    assert rewrite_follow_up("Och för flickorna?", _history("Pojkarna har högre frånvaro, varför?")) == (
        "Flickorna har högre frånvaro, varför?")  # a swapped first word keeps its capital


def test_an_elided_ordinal_after_a_listed_answer_is_that_item_of_the_list() -> None:
    answer = ("Kommunen prioriterar några områden. [1]\n  - Intensifiering av digitaliseringen.\n  - Följa att "
              "arbetet mot kränkande behandling fungerar väl med det nya IT-verktyget. Mer text.\n  - Fokus på "
              "frånvaron. [2]\nPersonal är rekryterad. [3]")
    history = [Turn(role="user", content="Vilka utvecklingsområden prioriterar kommunen?"),
               Turn(role="assistant", content=answer)]
    assert rewrite_follow_up("Berätta mer om det andra", history) == (
        "Berätta mer om ”följa att arbetet mot kränkande behandling fungerar väl med det nya IT-verktyget”?")
    assert rewrite_follow_up("Vad innebär det tredje?", history) == "Vad innebär ”fokus på frånvaron”?"
    assert "det femte" in rewrite_follow_up("Vad innebär det femte?", history)  # the list has three: not made up
    schools = [Turn(role="user", content="Vilka skolor deltog?"),
               Turn(role="assistant", content="Två skolor deltog. [1]\n- Björkskolan i Sjövik\n- Ekbackaskolan i Lindvik")]
    assert rewrite_follow_up("Berätta mer om den andra", schools) == "Berätta mer om ”Ekbackaskolan i Lindvik”?"
    # the question's own counted noun wins over the answer's list ('det tredje av målen')
    assert rewrite_follow_up("Vem ansvarar för det tredje?", [
        Turn(role="user", content="Vilka är de fyra målen i planen?"), Turn(role="assistant", content=answer)]) == (
        "Vem ansvarar för det tredje av målen i planen?")


def test_a_chain_of_follow_ups_keeps_the_first_topic() -> None:
    history = _history("Vad är läxhjälpsinsatsen i kommunens plan?", "Vem kan ordna den?")
    assert "läxhjälpsinsatsen" in rewrite_follow_up("Hur mycket kostar den?", history)


def test_a_follow_up_pronoun_takes_the_asked_noun_and_a_determiner_is_left_alone() -> None:
    history = _history("Hur många träffar ingår i Region Östergötlands modell för utvecklingsstöd?")
    rewritten = rewrite_follow_up("Hur lång är den första av dem?", history)
    assert rewritten.startswith("Hur lång är den första av träffar i Region Östergötlands modell")
    history = _history("Vilken kurs har Örebro universitet inrättat om samverkan för skolnärvaro?")
    rewritten = rewrite_follow_up("Vad återstår att göra med den?", history)
    assert rewritten.startswith("Vad återstår att göra med kurs om samverkan för skolnärvaro")
    assert "inrättat" not in rewritten and "Örebro universitet" in rewritten  # the verb goes, the name stays
    history = _history("Vad går kommunens insats för lärarstöd ut på?")
    assert rewrite_follow_up("Hur följs den upp?", history) == "Hur följs kommunens insats för lärarstöd upp?"


def test_a_compound_the_documents_lack_is_split_or_rejoined_through_the_everyday_map() -> None:
    from assistant.grounding.question import analyse

    vocabulary = frozenset({"matematiksatsning", "satsningen", "läxhjälp", "insatsen", "områdeschef", "budget"})
    question = analyse("hur mycket pengar gar till mattesatsningen", vocabulary)
    assert "matematiksatsning" in question.search_text
    assert "mattesatsning" not in question.content_terms  # the user's own spelling no longer dilutes the overlap
    question = analyse("Vem ordnar läxhjälpsinsatsen?", vocabulary)
    assert "läxhjälp insatsen" in question.search_text
    question = analyse("Hur ofta träffar rektorn områdeschefen?", vocabulary)
    assert question.search_text.endswith("områdeschefen?")  # an inflection of a known word is not split


def test_a_follow_up_topic_keeps_its_content_when_no_phrase_places_the_asked_noun() -> None:
    rewritten = rewrite_follow_up("Varför ökade den?", _history("Hur mycket kostade läxhjälpen?"))
    assert "läxhjälpen" in rewritten
    rewritten = rewrite_follow_up("Vem ledde den?", _history("Vilket år startade satsningen?"))
    assert "satsningen" in rewritten
    rewritten = rewrite_follow_up("Vem är den som ansvarar för den?", _history("Vad är läxhjälpsinsatsen?"))
    assert rewritten.startswith("Vem är den som ansvarar för läxhjälpsinsatsen")  # the pronoun that points back


def test_a_known_word_in_the_genitive_is_not_split() -> None:
    from assistant.grounding.question import analyse

    question = analyse("Vad är elevhälsans uppdrag?", frozenset({"elevhälsan", "elev", "hälsans", "uppdrag"}))
    assert question.search_text == "Vad är elevhälsans uppdrag?"


def test_a_question_typed_without_diacritics_is_read_as_if_typed_with_them() -> None:
    """The answer type follows the words, not the keyboard: 'vad kan vi gora at …' asks how, as 'göra åt' does."""
    from assistant.grounding.question import analyse

    vocabulary = frozenset({"vad", "kan", "vi", "göra", "åt", "mobbning", "på", "rasterna", "hur", "många"})
    plain = analyse("vad kan vi gora at mobbning pa rasterna", vocabulary)
    typed = analyse("vad kan vi göra åt mobbning på rasterna", vocabulary)
    assert plain.answer_type == typed.answer_type == "how"
    assert analyse("hur manga elever gick", vocabulary).answer_type == "number"


def test_an_idiom_names_nothing_the_question_is_about() -> None:
    """'ta reda på', 'fick de tag på': their words say how the question is put, so a list intro that shares them
    ('… för att ta reda på vad ni behöver kommunicera') gains nothing from them."""
    asked = analyse("Vilka frågor kan vi ställa oss för att ta reda på om vi behöver samverka?").content_terms
    assert "ta" not in asked and not any(t.startswith("red") for t in asked) and "samverk" in asked
    recruited = analyse("Hur fick de tag på deltagare till workshopparna?").content_terms
    assert "tag" not in recruited and "fick" not in recruited and "deltag" in recruited


def test_a_question_typed_without_diacritics_keeps_its_cues() -> None:
    """'vilka fragor' asks for questions as 'vilka frågor' does, and 'Vilket datum' asks for a date, one thing."""
    vocabulary = frozenset({"vilka", "frågor", "ställde", "man"})
    assert analyse("vilka fragor stallde man", vocabulary).cue_text.startswith("vilka frågor")
    assert answer_type("Vilket datum var sista anmälningsdag?") == "number"
    assert answer_type("Vilket lokalt mål föreslås för nyanlända?") == "fact"


def test_a_weekday_question_asks_for_no_figure_but_a_deadline_does() -> None:
    """'Vilken dag i veckan …?' is answered by 'varje tisdag', no figure; 'Vilken dag är sista anmälningsdag?' by a
    day of the calendar."""
    assert answer_type("Vilken dag i veckan träffas nätverket?") == "fact"
    assert answer_type("Vilken dag är sista anmälningsdag?") == "number"


@pytest.mark.parametrize(
    ("question", "added"),
    [
        ("Varför hoppar unga av skolan?", "avhopp"),  # the subject between the verb and its particle
        ("Hur många hoppade av gymnasiet?", "skolavhopp"),
        ("Varför slutar killar gå i skolan?", "frånvaro"),
    ],
)
def test_an_everyday_phrase_adds_the_documents_term_to_the_search(question: str, added: str) -> None:
    """'hoppar … av skolan' is written in reports as 'avhopp'/'skolavhopp': the term joins the search text."""
    assert added in analyse(question).search_text.split()


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("Vad är bidraget på?", True),
        ("Vad är statsbidraget för läxhjälp på och när söker man?", True),
        ("Vad är lönen baserad på?", False),
        ("Vad är ersättningen beräknad på?", False),
        ("Vad var bidraget tänkt att användas på?", False),
    ],
)
def test_vad_ar_bidraget_pa_asks_an_amount_but_not_what_it_rests_on(question: str, money: bool) -> None:
    assert analyse(question).money is money


def test_a_word_the_documents_have_only_in_another_inflection_is_searched_in_theirs() -> None:
    vocabulary = frozenset({"kommuner", "anslutna", "till", "nätverket", "barn", "skrev", "skrivit", "beslutet"})
    question = analyse("När anslöt Holmsta till nätverket?", vocabulary)
    assert "anslutna" in question.search_text.split()
    assert "anslot" not in question.content_terms  # the unknown past form no longer weighs as a word of its own
    assert analyse("Hur mår barnen?", vocabulary).search_text == "Hur mår barnen?"  # its stem 'barn' is known


def test_a_follow_up_after_how_one_works_with_something_asks_about_that_thing() -> None:
    """'det' after 'Hur arbetar skolan med mobbning?' means the work on bullying, not the school."""
    assert rewrite_follow_up("Vem ansvarar för det?", _history("Hur arbetar skolan med mobbning?")) == (
        "Vem ansvarar för mobbning?")
    assert rewrite_follow_up("Vem ansvarar för det?", _history("Hur jobbar ni med fraanvaro pa skolan?")).startswith(
        "Vem ansvarar för fraanvaro")


def test_a_number_counts_its_own_noun_not_a_preposition_after_it() -> None:
    """'två ledare' counts leaders (an -are noun); '40 under våren' and '3 eller fler' count no noun of their own."""
    from assistant import lexicon as lex

    assert lex.COUNTS_OWN_NOUN_RE.match(" lokala idrottsföreningar") and lex.COUNTS_OWN_NOUN_RE.match(" ledare")
    assert not lex.COUNTS_OWN_NOUN_RE.match(" under våren") and not lex.COUNTS_OWN_NOUN_RE.match(" eller fler")



def test_a_follow_up_keeps_the_things_a_list_was_asked_of() -> None:
    """'dem' after 'Vilka teman hade workshoparna …?' may mean the workshops: their plural noun stays in the topic.
    A group ('eleverna') does not, nor a singular doer ('kommunen', in every plan), nor a time ('hösten 2020')."""
    rewritten = rewrite_follow_up("Är det meningen att rektorn ska vara med på dem också?", _history(
        "Vilka teman hade de digitala workshoparna i november och december 2020?"))
    assert "workshoparna" in rewritten and "november och december 2020" in rewritten
    rewritten = rewrite_follow_up("Hur var det för pojkarna?", _history("Vilka resultat fick eleverna i Lerum?"))
    assert "eleverna" not in rewritten
    rewritten = rewrite_follow_up("Vem ansvarar för dem?", _history(
        "Vilka insatser planerar kommunen inom elevhälsan?"))
    assert "kommunen" not in rewritten, rewritten
    rewritten = rewrite_follow_up("Vilka frågor diskuterades på den?", _history(
        "Vilka workshoppar hölls hösten 2020 i Örebro universitets projekt om skolnärvaro?"))
    assert "hösten" not in rewritten  # a time places the earlier question; it is no thing a pronoun means
    rewritten = rewrite_follow_up("Är det meningen att rektorn ska vara med på dem också?", _history(
        "Vilka teman hade de öppna träffarna i maj?"))
    assert "träffarna" in rewritten and "öppna," not in rewritten, rewritten  # 'öppna' is the adjective of 'träffarna'


def test_a_long_pasted_message_is_read_as_its_parts_are() -> None:
    """A 17 000-word pasted message took seconds: each word and each name read all the text before it (whether a
    sentence had just ended, whether 'vi i' stood before the name). Read over the words' own gaps, a long message
    gives the names, own settings and sentence starts its sentences give one by one."""
    part = ("Vi i Borås har sett att pojkarna läser mindre. Lerum och Alingsås kommun har planer. Hjo har "
            "flest elever i årskurs 9 år 2024. Vilken kommun ligger i Skaraborg? ")
    one_found, one_own = subjects(part)
    found, own = subjects(part * 1200)
    assert sorted(s.text for s in one_found) == ["2024", "Alingsås kommun", "Hjo", "Lerum", "Skaraborg"]
    assert [s.text for s in one_own] == ["Borås"]
    assert sorted(found, key=str) == sorted(one_found * 1200, key=str) and own == one_own * 1200
    assert analyse(part * 1200 + "Hur kan vi öka läsningen?").subjects  # the whole analysis reads it too


def test_a_doubled_greeting_is_a_greeting() -> None:
    """'Hej hej!' was read as a question about 'hej' (only the first greeting word was taken off): a greeting said
    twice is one greeting, and a question after it is the bare question."""
    from assistant.grounding.question import courtesy_of, without_courtesies

    for message in ("Hej hej!", "Hej hej", "Hej, hej!", "Hej! Hej!", "Hallå hallå!", "hej hej där"):
        assert courtesy_of(message) == "greeting", message
    assert without_courtesies("Hej hej! Vilka insatser finns?") == "Vilka insatser finns?"
    assert courtesy_of("Hej hej! Vilka insatser finns?") == ""


def test_pupils_starting_upper_secondary_are_no_question_of_it_and_fritids_is_fritidshemmet() -> None:
    """'Hur många elever börjar på gymnasiet?' of compulsory school leavers was refused as a question of
    gymnasieskolan: starting it is where pupils go, as 'behöriga till gymnasiet' is. 'På fritids' (everyday Swedish
    for fritidshemmet) asked of no school form."""
    from assistant.grounding.question import school_forms

    for question in ("Hur många av niorna börjar på gymnasiet?", "Hur många elever började gymnasiet i höstas?",
                     "Hur många i årskurs 9 ska börja på gymnasiet?"):
        assert "gymnasieskola" not in school_forms(question), question
    assert school_forms("Hur många elever går på gymnasiet?") == ("gymnasieskola",)
    assert school_forms("Hur många pojkar är på fritids?") == ("fritidshem",)
    assert analyse("Vad gör barnen på fritids efter skolan?").school_forms == ("fritidshem",)


def test_a_definition_question_s_courtesy_and_full_stop_are_not_part_of_the_term() -> None:
    """'Förklara begreppet normkritik för oss.' asks about 'normkritik': 'för mig/oss' and a closing full stop were
    read into the term, which no defining sentence then names in full ('Med normkritik avses …')."""
    for question in ("Förklara begreppet normkritik för oss.", "Förklara ordet normkritik för mig",
                     "Vad menas med normkritik i rapporten."):
        assert definiendum(question) == "normkritik"


def test_explaining_a_term_or_an_expression_is_a_definition_question() -> None:
    """'Förklara termen X' / 'Förklara uttrycket X' ask what X means as 'Förklara begreppet X' does (definiendum reads
    all four nouns); they were typed 'fact', so the answer was any sentence on X instead of its definition."""
    for question in ("Förklara termen normkritik.", "Förklara uttrycket glastak."):
        assert answer_type(question) == "definition"
    assert definiendum("Förklara uttrycket glastak.") == "glastak"


@pytest.mark.parametrize(("text", "label"), [
    ("Vad säger paragraf 4 i skollagen?", None),
    ("Vad står i § 3 i diskrimineringslagen?", None),
    ("Vad säger § 3 i 2 kap. diskrimineringslagen?", None),
    ("Vad beslutade nämnden i § 14?", ("§", 14)),
    ("Vad beslutade nämnden i § 14 om skollagens krav?", ("§", 14)),
])
def test_a_statutes_section_is_no_protocol_paragraph(text: str, label: tuple[str, int] | None) -> None:
    """'paragraf 4 i skollagen' cites a law (lexicon.LAW_NAME_RE), so no protocol is asked for its § 4."""
    assert analyse(text).label == label


def test_a_municipality_whose_folded_name_is_an_english_word_is_named_only_capitalised() -> None:
    """'are' in an English question folds to the municipality Åre: it made 'What are the aims …?' a question about
    Åre. Åre written as a name mid-sentence is still one."""
    assert analyse("What are the aims of the summer school?").subjects == []
    assert [s.text for s in analyse("Hur många elever finns i Åre kommun?").subjects] == ["Åre kommun"]


def test_only_a_role_at_a_place_makes_the_place_the_askers_own() -> None:
    """'Jag är rektor på X' gives the asker's workplace as background; 'Jag är nyfiken på X' or 'orolig för X' asks
    about X (review of session 19: any word before 'på' made the place the asker's own)."""
    assert subjects("Jag är rektor på Tallbackens skola. Vad säger underlaget om elevhälsan?")[0] == []
    assert subjects("Jag är nyfiken på Björkskolans resultat. Hur gick det?")[0] == [
        Subject("Björkskolans", "name")]
    assert subjects("Jag är orolig för Björkskolan, vad kan göras?")[0] == [Subject("Björkskolan", "name")]
    assert analyse("Jag är för att dela klassen. Vad säger underlaget?").text.startswith("Jag är för")


def test_a_count_asked_of_the_material_is_not_held_to_the_askers_own_school() -> None:
    """A count asked by someone naming their school is a count of that school, unless asked of the material."""
    own = analyse("Jag är rektor på Tallbackens skola. Hur många elever har hög frånvaro?")
    assert own.subjects == [Subject("Tallbackens skola", "name")]
    material = analyse("Jag är rektor på Tallbackens skola. Hur många elever saknar behörighet enligt rapporten?")
    assert material.subjects == [] and material.own_context == [Subject("Tallbackens skola", "name")]


def test_a_length_followed_by_efter_is_still_a_length() -> None:
    from assistant.grounding.selection.matches import states_length

    asked = analyse("Hur länge pågår läxhjälpen?")
    assert states_length("Läxhjälpen pågår i två timmar efter skoldagen.", asked)
    assert not states_length("Inbjudan skickas ca en vecka innan den tredje träffen.", asked)


def test_a_pronoun_stands_for_the_thing_asked_of_not_for_the_place_it_was_asked_at() -> None:
    """'Vad sker på X?' places its topic with a preposition; a next turn's 'den' means X itself ('Vem leder den?'
    -> 'Vem leder X', not 'Vem leder på X'), and a 'på den' keeps one preposition."""
    history = _history("Vad sker på det andra nätverksmötet för skolkuratorer?")
    assert rewrite_follow_up("Vem leder det?", history) == "Vem leder det andra nätverksmötet för skolkuratorer?"
    history = _history("Vad händer i den sista modulen av kursen?")
    assert rewrite_follow_up("Hur många timmar omfattar den?", history) == (
        "Hur många timmar omfattar den sista modulen av kursen?")
    assert rewrite_follow_up("Vad gör deltagarna i den?", history) == (
        "Vad gör deltagarna i den sista modulen av kursen?")


def test_a_quality_noun_in_enheten_or_a_home_office_names_no_unit() -> None:
    """'medvetenheten', 'öppenheten' are nouns of quality and 'hemmakontoret', 'kapitalförvaltningen' no bodies of
    a municipality: none places the question in a unit; real units still do (review 23)."""
    from assistant.grounding.question import org_units

    for question in ("Hur kan vi öka medvetenheten om killars läsning bland pedagogerna?",
                     "Hur har öppenheten mellan förskolan och föräldrarna utvecklats?",
                     "Hur stor är benägenheten bland unga att söka stöd?",
                     "Hur många dagar i veckan får man jobba på hemmakontoret?",
                     "Vem ansvarar för kapitalförvaltningen?"):
        assert org_units(question) == ([], []), question
    for question, unit in (("Vad har HR-enheten för ansvar?", "HR-enheten"),
                           ("Vad gör trafikenheten i kommunen?", "trafikenheten"),
                           ("Vilka beslut fattade socialnämndens arbetsutskott?", "socialnämnden"),
                           ("Vad planerar stadsbyggnadskontoret?", "stadsbyggnadskontoret")):
        assert org_units(question)[0] == [Subject(unit, "unit")], question


def test_a_narrowed_group_is_not_a_coordination_or_a_degree() -> None:
    """'tjejer och killar', 'pojkar respektive flickor' are two groups and 'mycket nöjda' a graded one: none is one
    narrower group whose whole phrase a passage must hold; 'utrikes födda flickor' still is (review 23)."""
    from assistant.grounding.question import partitive_part

    assert partitive_part("Hur många av eleverna på lägret var tjejer och killar?")[0] == "pojkar"
    assert partitive_part("Hur många av de 30 sökande var män respektive kvinnor?") == ("kvinnor", "30")
    assert partitive_part("Hur många av föräldrarna var väldigt nöjda?")[0] == "nojda"
    assert partitive_part("Hur många av de 12 deltagarna var nyanlända pojkar?") == ("nyanlanda pojkar", "12")


def test_a_quantifier_is_no_view_holder() -> None:
    """'Var alla nöjda …?' asks no one's view in particular: no holder whose view must be given (review 23)."""
    from assistant.grounding.question import opinion_holder

    assert opinion_holder("Var alla nöjda med lägerveckan?") == ""
    assert opinion_holder("Var många missnöjda med schemat?") == ""
    assert opinion_holder("Var vårdnadshavarna nöjda med lägerveckan?") == "vårdnadshavarna"


def test_tillsammans_asks_a_sum_only_at_the_end_or_after_a_cost_or_count() -> None:
    """'alla … tillsammans' asks for a total at the question's end or after a verb of cost or count, not where it
    says how several work together (review of int24)."""
    from assistant import lexicon as lex

    assert lex.TOTAL_QUESTION_RE.search("Vad kostar alla insatser tillsammans?")
    assert lex.TOTAL_QUESTION_RE.search("Hur mycket kostade alla insatser tillsammans under 2023?")
    assert not lex.TOTAL_QUESTION_RE.search("Hur arbetar alla skolor tillsammans med socialtjänsten?")


def test_a_word_for_the_material_asked_for_itself_is_a_term_of_the_question() -> None:
    """'Vilka underlag bygger uppföljningen på?' asks for the follow-up's data sources: 'underlag' is what is asked
    (the page's 'bygger på tre underlag:' answers), while in 'Vad säger underlaget om läxhjälp?' it only points at the
    material (blind38's tune GV09)."""
    assert "underlag" in analyse("Vilka underlag bygger uppföljningen på?").content_terms
    assert "underlag" not in analyse("Vad säger underlaget om läxhjälp?").content_terms
    assert "rapport" in analyse("Vilka rapporter har kommunen tagit fram om frånvaro?").content_terms
