"""A kind of detail asked where a line of that kind about something else is near (refusal35b, issue 12): the name of
a person in a role the report names without a name ('Vad heter biträdande rektor …?', a genitive before the role,
'samordnas' for 'samordnare'), a calendar day within a month the report gives only as a month, a count of something
the report does not count while it counts a neighbouring thing — refused (main answered each with the other line),
while the neighbouring questions the report does answer are answered. A fictional school routine is uploaded beside
the corpus."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

ROUTINE = """Rutin för uppföljning av närvaro på Furuviksskolan
Furuviksskolan, Åsträsk kommun. Fastställd av rektor den 3 februari 2025.

Bakgrund
Under höstterminen 2024 hade 27 av skolans 300 elever mer än 15 procent frånvaro. Arbetet med närvaron samordnas
av kommunens närvarostrateg Eva Lindholm.

Så gör vi
1. Mentorn kontaktar vårdnadshavare samma dag när en elev har ogiltig frånvaro.
2. Rektor anmäler till huvudmannen när en elev har upprepad ogiltig frånvaro.
3. Skolans närvarosamordnare går igenom frånvaron varje månad.

Ansvar
Biträdande rektor ansvarar för att rutinen följs. Elevhälsans sjuksköterska deltar i samtalen med eleverna.

Utvärdering
Rutinen utvärderas i maj 2025.

Rektor på Furuviksskolan är Karl Ekström.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("asked-kinds35"), {"furuviksskolan-narvaro-2025.txt": ROUTINE})


@pytest.mark.parametrize("question", [
    "Vad heter biträdande rektor på Furuviksskolan?",  # by role only; the name given is the rektor's
    "Vad heter elevhälsans sjuksköterska på Furuviksskolan?",  # a genitive before the role
    "Vem är samordnare för närvaroarbetet på Furuviksskolan?",  # 'samordnas av … Eva Lindholm' names no samordnare
    "Vilket datum i maj 2025 ska Furuviksskolans närvarorutin utvärderas?",  # 'i maj 2025' only
])
def test_a_kind_of_detail_told_only_of_something_else_is_refused(bot: Assistant, question: str) -> None:
    r = bot.respond({"message": question})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text


def test_the_neighbouring_questions_it_answers_are_answered(bot: Assistant) -> None:
    rector = bot.respond({"message": "Vad heter rektorn på Furuviksskolan?"})
    assert rector.grounded and "Karl Ekström" in rector.text, rector.text
    strategist = bot.respond({"message": "Vem är närvarostrateg i Åsträsk kommun?"})
    assert strategist.grounded and "Eva Lindholm" in strategist.text, strategist.text
    day = bot.respond({"message": "Vilket datum fastställdes Furuviksskolans närvarorutin?"})
    assert day.grounded and "3 februari" in day.text, day.text
    count = bot.respond({"message": "Hur många elever på Furuviksskolan hade mer än 15 procent frånvaro hösten 2024?"})
    assert count.grounded and "27" in count.text, count.text
