"""Unanswerables of the item-field, name, ranking and cause kinds, and yes/no questions on an adjective (refusal38b,
issue 12), asked of the extra documents.

A cost asked of ONE measure that has no 'Kostnad:' field is not answered by another measure's cost or a sum
sentence (scope.item_fields); 'Vad heter samordnaren/administratören …?' needs a person's name by that role, not a
name by another role or the role alone (views.names_person, lexicon.PERSON_TITLE_RE); a superlative over a table
whose rows are another set ('Idrott' rows for an idrottshall) or a line ranking such a row is no ranking of the asked
set (ranking.labels_other_set); a report's aim ('Syftet med analysen är att …') and a measure's 'så att' are no
cause; a yes/no question whose word is an adjective or participle ('tvungna', 'avgiftsfri', 'större') is not refused
as naming a thing no document names (unsaid.modifier_form). Answerable twins in the same forms stay answered.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


def _ask(bot: Any, question: str) -> Any:
    return bot.respond({"message": question, "mode": "fraga", "history": []})


@pytest.mark.parametrize("question", [
    "Vad kostar samtalsstödet för lärare i Siljeby kulturskola?",
    "Hur mycket kostar samtalsstödet som lärarlaget i musik tar fram i Siljeby?",
    "Vad heter samordnaren mot våld i nära relationer i Älvmora?",
    "Vad heter administratören på Siljeby kulturskola?",
    "Vilken idrottshall i Lommaryd har den mest ojämna fördelningen mellan flicklag och pojklag?",
    "Vilken av kulturskolans filialer i Siljeby har störst andel pojkar?",
    "Vilken av Älvmoras fritidsgårdar har flest besök av flickor?",
    "Varför skedde fler halkolyckor i centrala Kärrnäs än i Ormsjöberg?",
])
def test_a_field_name_ranking_or_cause_the_material_lacks_is_refused(eval_bot: Any, question: str) -> None:
    r = _ask(eval_bot, question)
    assert not r.grounded, r.text


@pytest.mark.parametrize(("question", "told"), [
    ("Vad kostar de gratis broddarna till äldre i Kärrnäs?", "95 000"),
    ("Vad kostar prova på-veckan i Siljeby kulturskola?", "120 000"),
    ("Hur mycket kostar ombyggnaden av omklädningsrummen i Ekbackshallen?", "1 200 000"),
    ("Vad heter jämställdhetsutvecklaren i Ljungfors?", "Linnea Bergqvist"),
    ("Vilken idrott har flest timmar i idrottshallarna i Lommaryd?", "Innebandy"),
    ("Vilket färdsätt använder männen i Kärrnäs mest på vintern?", "Bil"),
    ("Varför har skillnaden i medianlön minskat i Ljungfors?", "lönetillskott"),
    ("Varför slutar många flickor med idrott i Lommaryd?", "duschar"),
])
def test_twins_the_material_answers_stay_answered(eval_bot: Any, question: str, told: str) -> None:
    r = _ask(eval_bot, question)
    assert r.grounded, r.text
    assert told.lower() in r.text.lower(), r.text


@pytest.mark.parametrize("question", [
    "Är kulturskolan i Siljeby avgiftsfri?",
    "Är kulturskolan i Siljeby frivillig?",
    "Är kön till kulturskolan i Siljeby större nu än läsåret 2023/24?",
    "Är förvaltningarna i Kärrnäs skyldiga att göra en jämställdhetsanalys varje år?",
])
def test_a_yes_no_question_on_an_adjective_is_not_refused_for_it(eval_bot: Any, question: str) -> None:
    r = _ask(eval_bot, question)
    assert not r.text.startswith("Underlaget har inga uppgifter"), r.text


def test_a_yes_no_question_on_an_absent_noun_is_still_refused(eval_bot: Any) -> None:
    r = _ask(eval_bot, "Nämner Siljebys analys av kulturskolan cirkus?")
    assert not r.grounded, r.text
