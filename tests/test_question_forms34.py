"""Question forms a fresh user wrote in trial 34, through the real index and answer engine:

- a complete question is asked as it stands after a turn: an article before an adjective ('den totala
  sjukfrånvaron'), a pointer whose antecedent is the question's own first ask ('vem är ansvarig för dem?'), the
  conversation's work ('det här arbetet'); so 'Vilka åtgärder har vi beslutat om …' reads the asker's upload;
- a compound typed without å/ä/ö that the corpus lacks is split into its spelt parts, as the spelt form is;
- SQL words in capitals pasted before a question are no acronyms to refuse;
- a question about a term the named source never uses says so, and answers from where the term is;
- an existence question ('Har någon förskola kartlagt …?') answered by a statement of one that did opens with a yes
  and where;
- the English note of an answer to an English question stands before a lättläst rewrite, not inside it.
"""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.grounding.followups import is_follow_up
from assistant.service import Assistant
from tests.conftest import converse, corpus_with_uploads

# A municipality's HR report, as an HR strategist would upload it: a table per förvaltning with the whole
# municipality's row, and the measures decided with who is responsible (trial 34's own upload, shortened).
REPORT = """# Sjukfrånvaro och heltid per förvaltning 2025

Hagsjö kommun, HR-avdelningen. Uppgifterna gäller tillsvidareanställda.

## Tabell 1. Sjukfrånvaro och andel heltid per förvaltning och kön 2025

| Förvaltning | Sjukfrånvaro kvinnor (%) | Sjukfrånvaro män (%) | Heltid kvinnor (%) | Heltid män (%) |
|---|---|---|---|---|
| Vård- och omsorgsförvaltningen | 9,8 | 6,1 | 61 | 83 |
| Samhällsbyggnadsförvaltningen | 4,2 | 3,6 | 95 | 97 |
| Hela kommunen | 7,9 | 4,7 | 76 | 91 |

## Beslutade åtgärder 2026

1. Heltid som norm införs i vård- och omsorgsförvaltningen från 1 september 2026. Ansvarig: förvaltningschef vård och omsorg.
2. Delade turer avvecklas i hemtjänsten senast 31 december 2026. Ansvarig: verksamhetschef hemtjänst.
3. Sjukfrånvaron redovisas per kön och förvaltning i varje delårsrapport. Ansvarig: HR-strateg.

## Kartläggning i förskolan

Under hösten 2025 kartlade förskolan Tallen hur pedagogernas tilltal i samlingen fördelades mellan flickor och pojkar.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("forms34"), {"hagsjo-sjukfranvaro-heltid-2025.md": REPORT})


def _ask(bot: Assistant, message: str, **options: object) -> object:
    request: dict[str, object] = {"message": message, "mode": "fraga", "history": []}
    if options:
        request["options"] = options
    return bot.respond(request)


def test_complete_questions_are_no_follow_ups() -> None:
    for message in ("Vad var den totala sjukfrånvaron för hela kommunen?",
                    "Vilka åtgärder har vi beslutat om och vem är ansvarig för dem?",
                    "Vem kan hjälpa oss med det här arbetet, finns det någon vi kan vända oss till?"):
        assert not is_follow_up(message), message
    for message in ("Vem kan ordna den?", "Vilka insatser finns och hur gick de?", "Vem kan hjälpa till med det här?"):
        assert is_follow_up(message), message


def test_a_complete_question_after_a_turn_is_answered_as_asked(bot: Assistant) -> None:
    first, total, decided = converse(bot, [
        ("fraga", "Är skillnaden i andel heltid mellan kvinnor och män större i vård- och omsorgsförvaltningen än i "
                  "samhällsbyggnadsförvaltningen?"),
        ("fraga", "Vad var den totala sjukfrånvaron för hela kommunen?"),
        ("fraga", "Vilka åtgärder har vi beslutat om och vem är ansvarig för dem?"),
    ])
    assert total.query == "Vad var den totala sjukfrånvaron för hela kommunen?"
    assert "7,9" in total.text
    assert decided.query == "Vilka åtgärder har vi beslutat om och vem är ansvarig för dem?"
    assert "Delade turer avvecklas" in decided.text and "Ansvarig: verksamhetschef hemtjänst" in decided.text, \
        decided.text
    assert "Underlaget anger inte vilka" not in decided.text


def test_a_folded_compound_is_split_as_its_spelt_form(bot: Assistant) -> None:
    folded = _ask(bot, "finns det exempel pa hur man kan ta upp jamstalldhet i foraldrasamtal")
    spelt = _ask(bot, "finns det exempel på hur man kan ta upp jämställdhet i föräldrasamtal")
    assert spelt.grounded
    assert folded.grounded, folded.text  # was refused: 'foraldrasamtal' an unknown term
    # the folded question asks the same terms as the spelt one ('föräldrar', 'samtal')
    assert bot.evidence.analyse("hur tar man upp jamstalldhet i foraldrasamtal").content_terms == \
        bot.evidence.analyse("hur tar man upp jämställdhet i föräldrasamtal").content_terms


def test_sql_words_in_capitals_are_no_acronyms(bot: Assistant) -> None:
    answer = _ask(bot, "'; DROP TABLE conversations; -- SELECT * FROM users WHERE 1=1; vilka insatser finns för att "
                       "pojkar ska läsa mer?")
    assert answer.grounded, answer.text
    assert "TABLE" not in answer.text and "WHERE" not in answer.text


def test_a_named_source_without_the_term_says_so_and_the_term_is_answered_from_where_it_is(bot: Assistant) -> None:
    answer = _ask(bot, "vad säger metodstödet om heltid som norm?")
    assert answer.text.startswith("Metodstödet tar inte upp heltid som norm."), answer.text
    assert answer.citations and all("metodstod" not in c.source for c in answer.citations)
    assert "Heltid som norm införs" in answer.text
    # a term the named source does use is answered from it as before
    own = _ask(bot, "Vad säger metodstödet om läxhjälp?")
    assert not own.text.startswith("Metodstödet tar inte upp")
    assert any("metodstod" in c.source for c in own.citations)


def test_an_existence_question_answered_by_a_deed_opens_with_yes_and_where(bot: Assistant) -> None:
    answer = _ask(bot, "Har någon förskola kartlagt hur pedagogernas tilltal i samlingen fördelas mellan flickor och "
                       "pojkar?")
    assert answer.text.startswith(lex.EXAMPLE_LEAD.format(where="Sjukfrånvaro och heltid per förvaltning 2025")), \
        answer.text
    assert "kartlade förskolan Tallen" in answer.text


def test_the_english_note_stands_before_the_easy_answer(bot: Assistant) -> None:
    answer = _ask(bot, "My daughter does not go to school very much. Who can help her?", easy_swedish=True)
    lines = answer.text.splitlines()
    assert lines[0] == lex.ENGLISH_NOTE, answer.text
    assert lex.ENGLISH_NOTE not in lines[1:]
