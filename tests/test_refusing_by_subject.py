"""A question naming a specific subject the selected passages are not about is refused precisely, on a
municipality's own document through the real pipeline (so the rules are not tuned to the corpus's wording): who did
an act the document never tells the doer of, a figure of a member of a numbered run the document gives no figure
for. The same kinds of question that the document does answer, in its own words, are answered."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.service import Assistant
from tests.test_own_documents import _ingest

pytestmark = [pytest.mark.slow]

REPORT = """# Uppföljning av närvaroarbetet i Ekby kommun 2024

## Kartläggning

Kartläggningen av elevernas frånvaro genomfördes av skolkuratorerna under hösten 2024. Den visade att frånvaron
var högst i årskurs 8. 40 elever hade en frånvaro över 15 procent. 12 av de 40 eleverna gick i årskurs 8, och 25 av
de 40 eleverna hade kontakt med elevhälsan.

## Regionalt nätverk

Skolorna i Ekby deltar i ett regionalt nätverk för närvarofrågor. Nätverket träffas två gånger per termin och
tar upp frågor om frånvaro och skolanknytning. Den 3 juni 2024 hölls ett möte i nätverket där man kom fram till att
skolorna ska införa gemensamma rutiner för frånvaroanmälan.

## Workshoppar för personalen

Under våren 2024 hölls fyra workshoppar för personalen om tidiga insatser vid frånvaro. Efter workshop 1 svarade
32 personer på utvärderingsenkäten. Efter workshop 3 svarade 28 personer på utvärderingsenkäten.

## Föräldraträffar

Tre föräldraträffar hölls under hösten 2024. Till den andra träffen kom 41 vårdnadshavare.
"""

# Minutes dated only by their title: the month is the document's, not a line's.
MINUTES = """# Barn- och utbildningsnämndens protokoll 2024-03-12

## § 5 Handlingsplan mot skolfrånvaro

Nämnden beslutade att anta handlingsplanen mot skolfrånvaro och att följa upp den i december.
"""

# A project's own report that tells who did things without the asked verb: by a role noun ('Projektledare är …'), a
# passive with a particle ('skickades ut av'), a label ('Författare: …') and a role holding the responsibility.
PROJECT = """# Projektet Trygg skolväg i Ekby kommun

## Organisation

Arbetet i projektet Trygg skolväg startade hösten 2023. Projektledare är Anna Svensson.

## Elevenkäten

Enkäten om skolvägen skickades ut av Novus i mars 2024.

## Slutrapporten

Författare till slutrapporten: Anna Berg.

## Kartläggning av skolvägarna

Kartläggningen av skolvägarna gjordes under våren 2023. Rektor har huvudansvaret för kartläggningen.

## Vad hände i skolan under 2020

Den 2 juni 2020 beslutade kommunen att bygga en ny skolgård och en ny matsal för skolan.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    bot, stats, _ = _ingest(tmp_path_factory.mktemp("subject"), {"narvaro-uppfoljning.md": REPORT,
                                                                 "bun-protokoll.md": MINUTES,
                                                                 "trygg-skolvag.md": PROJECT})
    assert stats.documents == 3 and not stats.skipped
    return bot


def test_who_did_an_act_is_answered_by_a_passive_and_refused_where_no_doer_is_told(bot: Assistant) -> None:
    """The document tells who carried out the survey only in the passive ('genomfördes av skolkuratorerna'): that
    answers 'Vem genomförde …?'. It names the network but never who leads it: 'Vem leder …?' is refused."""
    answered = bot.respond({"message": "Vem genomförde kartläggningen av frånvaron?"})
    assert answered.grounded and "skolkuratorerna" in answered.text, answered.text
    refused = bot.respond({"message": "Vem leder det regionala nätverket för närvarofrågor?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om vem som leder"), refused.text


def test_a_figure_of_one_member_of_a_numbered_run_is_no_figure_of_another(bot: Assistant) -> None:
    """The survey figures are of workshop 1 and 3: asked of workshop 2, neither is its figure, so it is refused,
    not answered with 32 or 28. Asked of workshop 3, the document's own figure answers; a member the document names
    by an ordinal ('den andra träffen') answers 'träff 2'."""
    refused = bot.respond({"message": "Hur många svarade på utvärderingsenkäten efter workshop 2?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om hur många som svarade på utvärderingsenkäten "
                                   "efter workshop 2."), refused.text
    answered = bot.respond({"message": "Hur många svarade på utvärderingsenkäten efter workshop 3?"})
    assert answered.grounded and "28" in answered.text, answered.text
    ordinal = bot.respond({"message": "Hur många vårdnadshavare kom till föräldraträff 2?"})
    assert ordinal.grounded and "41" in ordinal.text, ordinal.text


def test_what_was_done_in_a_month_is_refused_only_where_the_act_is_dated_to_another_month(bot: Assistant) -> None:
    """The network's meeting is dated 3 June 2024: asked what it came to in October 2024, that is another meeting,
    so it is refused; asked of June, the same line answers. Minutes dated only by their title ('protokoll
    2024-03-12') answer what the board decided in March 2024."""
    refused = bot.respond({"message": "Vad kom man fram till på mötet i nätverket i oktober 2024?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om"), refused.text
    answered = bot.respond({"message": "Vad kom man fram till på mötet i nätverket i juni 2024?"})
    assert answered.grounded and "gemensamma rutiner" in answered.text, answered.text
    minutes = bot.respond({"message": "Vad beslutade barn- och utbildningsnämnden i mars 2024?"})
    assert minutes.grounded and "handlingsplanen" in minutes.text, minutes.text


def test_a_share_of_a_set_by_what_its_members_had_needs_that_group_named(bot: Assistant) -> None:
    """The document gives parts of the 40 pupils by grade and by contact with the pupil health team, none by
    background: 'Hur stor andel av de 40 eleverna hade utländsk bakgrund?' is refused, not answered with 12 or 25;
    the share that had contact with the team is answered with its own part."""
    refused = bot.respond({"message": "Hur stor andel av de 40 eleverna hade utländsk bakgrund?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om"), refused.text
    answered = bot.respond({"message": "Hur stor andel av de 40 eleverna hade kontakt med elevhälsan?"})
    assert answered.grounded and "25 av" in answered.text, answered.text


@pytest.mark.parametrize(("question", "doer"), [
    ("Vem leder arbetet i projektet?", "Anna Svensson"),
    ("Vem utförde enkäten om skolvägen?", "Novus"),
    ("Vem skrev slutrapporten?", "Anna Berg"),
    ("Vem ansvarar för kartläggningen av skolvägarna?", "Rektor"),
])
def test_who_did_an_act_is_answered_by_a_role_a_label_or_a_passive_with_a_particle(bot: Assistant, question: str,
                                                                                  doer: str) -> None:
    """The doer is told without the asked verb's own form: a role noun holding the verb inside it ('Projektledare'),
    a passive with a particle ('skickades ut av'), a label ('Författare: Anna Berg'), a role with the responsibility
    ('Rektor har huvudansvaret'). Naming a person, role or body by the asked thing answers 'Vem …?'."""
    answered = bot.respond({"message": question})
    assert answered.grounded and doer in answered.text, answered.text


# Parts of one set said in the document's own words: the asked group may be paraphrased ('var frånvarande' for 'hade
# hög frånvaro'); a grade is another group.
ABSENCE = """# Frånvaro i Västby skola 2024

## Elever med frånvaro

Skolan följde upp 40 elever under läsåret. 25 av de 40 eleverna var frånvarande mer än 15 procent av tiden.
12 av de 40 eleverna gick i årskurs 9.
"""


@pytest.fixture(scope="module")
def absence_bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    bot, stats, _ = _ingest(tmp_path_factory.mktemp("absence"), {"franvaro-vastby.md": ABSENCE})
    assert stats.documents == 1 and not stats.skipped
    return bot


def test_a_share_of_a_set_said_in_other_words_is_answered(absence_bot: Assistant) -> None:
    """'hade hög frånvaro' is said 'var frånvarande mer än 15 procent': the same group in other words, not another
    group, so the part is the answer; a group the parts do not name ('utländsk bakgrund', where the other part is of
    a grade) is still refused."""
    answered = absence_bot.respond({"message": "Hur många av de 40 eleverna hade hög frånvaro?"})
    assert answered.grounded and "25 av" in answered.text, answered.text
    refused = absence_bot.respond({"message": "Hur många av de 40 eleverna hade utländsk bakgrund?"})
    assert not refused.grounded, refused.text


def test_what_happened_in_a_month_names_no_deed_so_another_months_act_does_not_refuse_it(bot: Assistant) -> None:
    """'Vad hände i skolan i oktober 2020?' asks of no particular deed: a decision dated June 2020 that names the
    school is no act of the same kind dated elsewhere, so the month rule does not refuse it."""
    answered = bot.respond({"message": "Vad hände i skolan i oktober 2020?"})
    assert answered.grounded, answered.text


@pytest.mark.parametrize("hostile", ["a" * 100_000, "a" * 100_000 + "@ekby.se", "a." * 50_000 + "@", "-" * 100_000])
def test_a_way_to_reach_someone_is_read_in_linear_time_from_hostile_text(hostile: str) -> None:
    """A document may hold a 100 000-character token (a pasted hash, a run of dashes): reading it for an e-mail
    address is linear (the local part is anchored and at most 64 characters), so such a token is no address, while
    an address beside it still is (the contact rule of a 'Vem kan jag kontakta …?' question)."""
    assert lex.CONTACT_WAY_RE.search(hostile) is None
    found = lex.CONTACT_WAY_RE.search(f"{hostile} Kontakt: anna.berg@ekby.se")
    assert found is not None and found.group(0) == "anna.berg@ekby.se"
