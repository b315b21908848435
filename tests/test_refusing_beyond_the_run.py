"""Refusing an item beyond its run and a frequency of another activity (issue 12, refuse22; blind16): 'den femte
träffen' where an invented report counts four meetings, and 'hur ofta' asked of an activity the corpus gives no
frequency for, beside one it does. Each is asked beside its answerable neighbour, which still answers."""

from __future__ import annotations

import pytest

from assistant.index.components import Components
from assistant.index.lexical import fold
from assistant.service import Assistant
from ingest.pipeline import IngestStats
from tests.test_own_documents import _ingest

# Invented documents, written as Swedish municipal documents are.
NETWORK = """# Studiero i Ekviks skolor 2024

## Genomförande

Under hösten 2024 genomfördes totalt fyra träffar i nätverket för lärare i årskurs 7–9.

Den första träffen handlade om klassrumsregler och hur de tas fram tillsammans med eleverna.

Den andra träffen handlade om lektionsstarter och tydliga mål för varje lektion.

Den tredje träffen handlade om övergångar mellan lektionerna och rasterna.

Den fjärde träffen handlade om uppföljning av studieron med elevenkäter.

## Samverkan

Rektorerna på högstadieskolorna träffas varannan vecka för att följa upp arbetet med studiero.

Nätverket har också haft återkommande avstämningar med elevhälsan om elever med hög frånvaro.

## Frånvaro

Frånvaron följs upp varje månad av mentorerna. Elevhälsan informerar rektorerna vid två tillfällen per termin om
frånvaron.
"""

LEISURE = """# Fritidsgårdarnas verksamhet 2024 – Ekviks kommun

Fritidsgårdarna har öppet fyra kvällar i veckan under terminerna.

Läxhjälp erbjuds på biblioteket på onsdagar. Rektorerna och fritidsledarna har ett gemensamt nätverk.
"""

# Two more documents that share the network's and the principals' words, so that word weights mean something (in
# a two-document corpus every word is equally common).
READING = """# Läsfrämjande arbete – Ekviks kommun

Skolbiblioteken har ett nätverk där bibliotekarierna utbyter erfarenheter. Rektorerna följer upp läsningen varje
termin. Nätverket planerar en läsvecka under hösten.
"""

HEALTH = """# Elevhälsoplan – Ekviks kommun

Elevhälsan arbetar förebyggande och hälsofrämjande. Skolsköterskan erbjuder hälsosamtal i förskoleklass.
"""

MATHS = """# Matematiklyftet – Ekviks kommun

Lärarna i matematik har ett nätverk för kollegialt lärande. Rektorerna ansvarar för att nätverket får tid.
"""


@pytest.fixture(scope="module")
def ekvik(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    files = {"natverk_studiero.md": NETWORK, "fritidsgardar.md": LEISURE, "lasframjande.md": READING,
             "matematik.md": MATHS, "elevhalsoplan.md": HEALTH}
    return _ingest(tmp_path_factory.mktemp("refuse22"), files)[0]


def test_a_run_is_counted_in_words_numbers_and_ordinals() -> None:
    """The counts and numbers a text gives a run, however it writes them; a section's number is no count."""
    from assistant.grounding.ordinals import stated_numbers, stem

    text = ("8.5.2 Sex stycken elevgrupper\nTotalt genomfördes sex workshops. Prototypen var strukturerad i åtta "
            "olika kursmoment/moduler. Workshop 4, Tema ledning\n6. Insatser inom matematik\nden fjärde träffen")
    assert max(stated_numbers(text, stem("elevgruppen")))[0] == 6
    assert max(stated_numbers(text, stem("workshopen")))[0] == 6
    assert max(stated_numbers(text, stem("modulen")))[0] == 8
    assert max(stated_numbers(text, stem("insatsen")))[0] == 6
    assert max(stated_numbers(text, stem("träffen")))[0] == 4
    assert stem("frågan") == stem("frågor") == fold("fråg")


@pytest.mark.slow
def test_an_item_beyond_the_count_is_refused_saying_the_count(ekvik: Assistant) -> None:
    """Four meetings were held: the fifth (by ordinal or by number) is refused, saying the material counts to four
    and citing where; the third still answers from its own line."""
    for question in ("Vad handlade den femte träffen om?", "Vad handlade träff 5 om?"):
        refused = ekvik.respond({"message": question})
        assert not refused.grounded, refused.text
        assert refused.text.startswith("Underlaget har inga uppgifter om"), refused.text
        assert "räknar bara till 4" in refused.text and "fyra träffar" in refused.text, refused.text
    answered = ekvik.respond({"message": "Vad handlade den tredje träffen om?"})
    assert answered.grounded and "övergångar" in answered.text, answered.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_how_often_is_not_answered_by_the_frequency_of_another_activity(
        corpus_components: tuple[Components, IngestStats]) -> None:
    """The corpus says the board's dialogues with principals recur, without how often, and gives a frequency of the
    board being told of absence ('vid två tillfällen'): asked how often the dialogues were held it refuses; how often
    principal and area manager check in (a frequency of that very activity) still answers."""
    bot = Assistant(corpus_components[0])
    refused = bot.respond({"message": "Hur ofta träffade barn- och utbildningsnämnden rektorerna i "
                                      "verksamhetsdialoger?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter"), refused.text
    answered = bot.respond({"message": "Hur ofta stämmer rektorn av läget med områdeschefen?"})
    assert answered.grounded and "varannan vecka" in answered.text, answered.text


def test_a_count_inside_a_how_often_question_is_not_what_is_asked() -> None:
    """'Hur ofta … om antalet elever' asks how often, not how many pupils: no counted noun (refuse22b), while a
    count question keeps its noun."""
    from assistant.grounding.question import counted_noun

    assert counted_noun("Hur ofta rapporterar rektorn antalet elever med hög frånvaro till förvaltningen?") == ""
    assert counted_noun("Hur många elever hade hög frånvaro?") == "elever"


def test_a_span_from_forskoleklass_is_read_as_grades() -> None:
    """'lärare f-3' speaks of åk 1–3 and 'F–6' of åk 1–6, as 'F–9' of all compulsory grades (refuse22b)."""
    from assistant.grounding.grades import spoken_grades

    assert spoken_grades("Rektorer och lärare f-3 deltar i satsningen.") == frozenset({1, 2, 3})
    assert spoken_grades("en F–6-skola") == frozenset(range(1, 7))
    assert spoken_grades("en F-9 skola") == frozenset(range(1, 10))


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_how_often_asked_with_a_count_is_answered_by_occasions(
        corpus_components: tuple[Components, IngestStats]) -> None:
    """How often the board was told of the number of pupils with much absence is told ('vid två tillfällen'):
    'antalet elever' in the question does not make it a count of pupils that the line must state (refuse22b)."""
    bot = Assistant(corpus_components[0])
    answered = bot.respond({"message": "Hur ofta informerades nämnden om antalet elever med omfattande frånvaro "
                                       "under 2017?"})
    assert answered.grounded and "två tillfällen" in answered.text, answered.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_grades_are_placed_by_the_passages_about_the_asked_thing(
        corpus_components: tuple[Components, IngestStats]) -> None:
    """The maths initiative's plan names teachers f-3: asked of åk 4–6 it refuses, citing that plan rather than a
    summer school for åk 4–6 (a grade in a passage about something else does not place the initiative); asked of
    åk 1–3 it answers from the plan (refuse22b)."""
    bot = Assistant(corpus_components[0])
    refused = bot.respond({"message": "Vilka i årskurs 4–6 ska delta i matematiksatsningen?"})
    assert not refused.grounded, refused.text
    assert "årskurs 1–3" in refused.text and "matematiksatsning" in refused.text, refused.text
    answered = bot.respond({"message": "Vilka ska delta i matematiksatsningen i årskurs 1–3?"})
    assert answered.grounded and "f-3" in answered.text, answered.text


def test_a_compound_the_noun_only_begins_counts_no_item() -> None:
    """'två målgrupper' counts no goals and 'tre deltagare' no parts: only the noun itself or a compound it ends
    ('sex stycken elevgrupper' for 'gruppen') counts the run (refuse22b)."""
    from assistant.grounding.ordinals import stated_numbers, stem

    assert stated_numbers("Projektet har två målgrupper och tre deltagare.", stem("målet")) == []
    assert stated_numbers("Projektet har två målgrupper och tre deltagare.", stem("delen")) == []
    assert stated_numbers("Sex stycken elevgrupper deltog.", stem("gruppen")) == [(6, "sex stycken elevgrupper")]
