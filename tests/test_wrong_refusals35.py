"""Answerable questions refused for the asker's own words (wrongref35): a counted noun joined into one compound the
documents never use ('trygghetsvandringsdeltagare'), an occupation or statistic in everyday words ('städarna' for
'Lokalvårdare', 'sjukskrivningen' for 'Sjukfrånvaro', 'högstadielärare' for 'Lärare åk 7–9'), a part of a named whole
asked as a count ('Hur många av flickorna …?') where the material gives its share, and a partitive whose verb phrase
('är kvar som ledare') was read as a narrowed group."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.grounding.question import analyse, everyday_forms, partitive_part
from assistant.grounding.scope.compounds import joined_counted, names_joined
from assistant.lexicon import PARTITIVE_OF_WHOLE_RE
from tests.conftest import text_units

_VOCABULARY = frozenset({"trygghetsvandringar", "trygghetsvandring", "deltagare", "kvinnor", "var", "hur", "många"})


def test_a_joined_counted_compound_is_counted_where_a_line_names_both_parts() -> None:
    question = analyse("Hur många trygghetsvandringsdeltagare var kvinnor?", _VOCABULARY)
    assert joined_counted(question) == ("trygghetsvandring", "deltagare")
    walks, survey = text_units("Fem trygghetsvandringar hölls med sammanlagt 64 deltagare, varav 41 kvinnor.\n\n"
                               "Enkäten hade 2 272 deltagare.", "Trygghet")[:2]
    assert names_joined(walks, ("trygghetsvandring", "deltagare"))
    assert not names_joined(survey, ("trygghetsvandring", "deltagare"))  # the head alone counts another thing
    assert joined_counted(analyse("Hur många deltagare var kvinnor?", _VOCABULARY)) is None


def test_everyday_names_of_occupations_and_statistics_map_to_the_documents_terms() -> None:
    assert everyday_forms("städarna") == ("lokalvardarna",)
    assert everyday_forms("sjukskrivningen") == ("sjukfranvaron",)
    assert everyday_forms("högstadielärarna")[:2] == ("larare", "ak")


def test_a_part_of_a_named_whole_is_read_as_a_part_and_not_a_narrowed_group() -> None:
    assert partitive_part("Hur många av de unga ledarna är kvar som ledare?") == ("ledare", "")
    assert partitive_part("Hur många av de 23 eleverna var utrikes födda flickor?") == ("utrikes fodda flickor", "23")
    assert PARTITIVE_OF_WHOLE_RE.search("Hur många av flickorna känner sig trygga?")
    assert PARTITIVE_OF_WHOLE_RE.search("Hur många av dem svarade?")
    assert not PARTITIVE_OF_WHOLE_RE.search("Hur många av de 39 eleverna var flickor?")  # the count of a known set
    assert not PARTITIVE_OF_WHOLE_RE.search("Hur många flickor känner sig trygga?")


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_joined_compound_count_is_answered(eval_bot: Any) -> None:
    walk = eval_bot.respond({"message": "Hur många trygghetsvandringsdeltagare hade Sörbyholm 2025?"})
    assert walk.grounded and "64 deltagare" in walk.text
    halls = eval_bot.respond({"message": "Hur stor andel av handbollstiderna i hallarna har pojklagen i Lommaryd?"})
    assert halls.grounded and "48" in halls.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_everyday_words_find_the_tables_row(eval_bot: Any) -> None:
    cleaners = eval_bot.respond({"message": "Hur stor andel av de manliga städarna i Ljungfors har heltid?"})
    assert cleaners.grounded and "81" in cleaners.text
    sick = eval_bot.respond({"message": "Hur hög var sjukskrivningen bland männen i Älvmora i augusti 2025?"})
    assert sick.grounded and "4,6" in sick.text
    teachers = eval_bot.respond({"message": "Vad tjänar manliga högstadielärare i Stenåker?"})
    assert teachers.grounded and "42 350" in teachers.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_count_of_part_of_a_named_whole_is_answered_by_its_share(eval_bot: Any) -> None:
    answer = eval_bot.respond({"message": "Hur många av pojkarna på Vintrosa känner sig trygga i skolan?"})
    assert answer.grounded and "89" in answer.text
    leaders = eval_bot.respond({"message": "Hur många av de unga ledarna på Kupolen är kvar som ledare?"})
    assert leaders.grounded and "Tio av de tolv" in leaders.text
