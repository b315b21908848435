"""Refusing what the material never states (refusalC34): a 'Varför …?' met by lines that describe the asked thing
and give no reason about it, and the task of a role the best lines never name, are refused; a cause the document does
state in other words than 'beror på', and a role it names, stay answered."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex


def test_a_line_that_says_the_cause_is_unknown_gives_none_and_an_argument_is_no_cause_question() -> None:
    """'… vet vi inte än' voids the causal word of its line; 'Varför är det bra att …?' asks an argument; 'kan
    härledas till' gives a reason as 'beror på' does."""
    for said in ("Om heltidssatsningen har påverkat sjukfrånvaron vet vi inte än.", "Orsaken är ännu oklar."):
        assert lex.CAUSE_UNKNOWN_RE.search(said), said
    assert lex.CAUSE_UNKNOWN_RE.search("Det beror på att tränaren var populär.") is None
    assert lex.ARGUMENT_QUESTION_RE.search("Varför är det bra att samla olika kompetenser i analysen?")
    assert lex.ARGUMENT_QUESTION_RE.search("Varför ökade männens sjukfrånvaro?") is None
    assert lex.CAUSE_GIVEN_RE.search("Begränsningen kan härledas till de ekonomiska förutsättningarna.")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_cause_no_line_gives_is_refused_and_a_stated_one_is_answered(eval_bot: Any) -> None:
    """Kupolen's summary says that most new participants came to dance and boxing, never why: refused, showing that
    line as told without a reason. Ljungfors' report says why the facility grant goes mostly to boys ('eftersom …'),
    and Sjöhamn's minutes why its support favours boys' leisure ('tre huvudsakliga orsaker'): both answered."""
    refused = eval_bot.respond({"message": "Varför kom flest nya deltagare till dans och boxning på Kupolen?"})
    assert not refused.grounded
    assert refused.text.startswith("Underlaget har inga uppgifter om skälet")
    assert "säger bara att det är så, inte varför" in refused.text
    answered = eval_bot.respond({"message": "Varför går anläggningsbidraget i Ljungfors mest till pojkar och män?"})
    assert answered.grounded and "ishallar" in answered.text
    answered = eval_bot.respond({"message": "Vad beror det på att kommunens stöd i Sjöhamn gynnar pojkars fritid?"})
    assert answered.grounded and "historiska tider" in answered.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_the_task_of_a_role_no_best_line_names_is_refused(eval_bot: Any) -> None:
    """Norrbrink's summer school page names teachers and librarians, no kurator: asked the kurator's task, refused
    (the librarians' work is no answer); the librarian's role and the task Sjöhamn's minutes give the
    ungdomsstrateg stay answered."""
    refused = eval_bot.respond({"message": "Vilken uppgift har kuratorn på sommarskolan Läslust?"})
    assert not refused.grounded
    assert refused.text.startswith("Underlaget har inga uppgifter")
    answered = eval_bot.respond({"message": "Vilken roll har bibliotekarien på sommarskolan Läslust?"})
    assert answered.grounded and "bibliotekarie" in answered.text
    answered = eval_bot.respond({"message": "Vad gör ungdomsstrategen i Sjöhamn under våren 2025?"})
    assert answered.grounded and "dialog med flickor" in answered.text


def test_a_calendar_day_is_its_own_asked_kind_and_a_rate_counts_no_persons() -> None:
    """'Vilket datum …?' asks a day (a month or a year does not give it); 'När …?' keeps the wider date kind. What a
    row's figures are per ('dagar per föräldraledig medarbetare') is left out of what it counts."""
    from assistant.grounding.scope.asked_kind import asked_kind, tells_kind
    from assistant.index.lexical import fold
    from assistant.index.units import units_of
    from assistant.schema import Chunk

    assert asked_kind("Vilket datum träffades arbetsgruppen första gången?") == "datum"
    assert asked_kind("När träffades arbetsgruppen första gången?") == "date"

    def unit(text: str) -> Any:
        chunk = Chunk(chunk_id=f"unstated34-{abs(hash(text))}", source="s", title="t", doc_type="rapport",
                      heading_path=[], start_line=1, end_line=1, text=text)
        return units_of(chunk)[0]

    assert not tells_kind(unit("Arbetsgruppen träffades vid sex tillfällen mellan september och november 2025."),
                          "datum")
    assert tells_kind(unit("Arbetsgruppen träffades första gången den 4 september 2025."), "datum")
    label = lex.PER_DIVISOR_RE.sub(" ", fold("Uttag av föräldraledighet (dagar per föräldraledig medarbetare)"))
    assert "medarbetare" not in label and "foraldraledighet" in label


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_day_no_line_gives_for_the_asked_event_is_refused(eval_bot: Any) -> None:
    """Stenåker's pay survey says the working group met six times between September and November, and dates the
    survey itself ('den 1 oktober 2025'): asked the day the group began, refused, showing what is said of the group;
    the day the summer school started and the day Ljungfors' council adopted its programme stay answered."""
    refused = eval_bot.respond({"message": "Vilket datum började arbetsgruppen för lönekartläggningen i Stenåker sitt "
                                           "arbete?"})
    assert not refused.grounded
    assert refused.text.startswith("Underlaget har inga uppgifter om något datum för arbetsgruppen")
    answered = eval_bot.respond({"message": "Vilket datum startade sommarskolan Läslust 2024?"})
    assert answered.grounded and "17 juni" in answered.text
    answered = eval_bot.respond({"message": "Vilket datum antog kommunfullmäktige i Ljungfors programmet för "
                                            "jämställdhet?"})
    assert answered.grounded and "25 april 2024" in answered.text
