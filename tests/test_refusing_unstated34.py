"""Refusing what the material never states (refusalC34): a 'Varför …?' met by lines that describe the asked thing
and give no reason about it, and the task of a role the best lines never name, are refused; a cause the document does
state in other words than 'beror på', and a role it names, stay answered."""

from __future__ import annotations

from typing import Any

import pytest

from assistant import lexicon as lex
from evals import answer_eval as ae


def test_a_line_that_says_the_cause_is_unknown_gives_none_and_an_argument_is_no_cause_question() -> None:
    """'… vet vi inte än' voids the causal word of its line; 'Varför är det bra att …?' asks an argument; 'kan
    härledas till' gives a reason as 'beror på' does."""
    for said in ("Om heltidssatsningen har påverkat sjukfrånvaron vet vi inte än.", "Orsaken är ännu oklar."):
        assert lex.CAUSE_UNKNOWN_RE.search(said), said
    assert lex.CAUSE_UNKNOWN_RE.search("Det beror på att tränaren var populär.") is None
    assert lex.ARGUMENT_QUESTION_RE.search("Varför är det bra att samla olika kompetenser i analysen?")
    assert lex.ARGUMENT_QUESTION_RE.search("Varför ökade männens sjukfrånvaro?") is None
    assert lex.CAUSE_GIVEN_RE.search("Begränsningen kan härledas till de ekonomiska förutsättningarna.")


@pytest.fixture(scope="module")
def eval_bot(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """corpus/ and evals/extra_docs/ ingested once, as the answer eval does."""
    return ae.build_eval_store(tmp_path_factory.mktemp("causes34"))


@pytest.mark.slow
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
