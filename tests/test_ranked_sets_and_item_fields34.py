"""Two faults blind37's tune half showed on a PDF social-services report (issue 12), checked here on a fictional
report of another kind uploaded beside the corpus:

- a superlative asked of a set the report never names ('Vilket hemtjänstområde …', 'Vilken simhall …') was answered
  with a table or a comparison of other members (kön, åldersgrupp): refused now, while the set the table does hold
  (named in its caption) is still answered from it;
- a numbered measure asked who answers for it and when it is done was quoted without its field lines ('Ansvarig: …',
  'Klart senast …'), which the report sets as a paragraph of their own after the item: now quoted with it.
"""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

REPORT = """Jämställdhetsanalys av simskolan i Varvsnäs kommun 2025
Kultur- och fritidsförvaltningen, Varvsnäs kommun, november 2025

Deltagare efter kön och åldersgrupp
Tabell 1 visar antal deltagare i kommunens simskola hösten 2025 efter kön och åldersgrupp.

Tabell 1. Deltagare i simskolan efter kön och åldersgrupp, hösten 2025

| Åldersgrupp | Flickor | Pojkar | Totalt |
|---|---|---|---|
| 4–6 år | 88 | 95 | 183 |
| 7–9 år | 64 | 71 | 135 |
| 10–12 år | 21 | 38 | 59 |

Pojkar deltog i högre grad än flickor i alla tre åldersgrupperna.

Åtgärder
Kultur- och fritidsnämnden beslutade den 4 december 2025 om följande åtgärder:
1. Simskolan erbjuder egna grupper för flickor 10–12 år med kvinnliga instruktörer.

Ansvarig: badmästaren på Varvsnäsbadet. Klart senast den 15 mars 2026.
2. Informationen om simskolan översätts till fem språk. Ansvarig: kommunikatören på förvaltningen.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("ranked-sets34"), {"varvsnas-simskola-2025.txt": REPORT})


@pytest.mark.parametrize("question", [
    "Vilket simskoleområde i Varvsnäs har flest flickor?",
    "Vilken simskolegrupp i Varvsnäs har flest pojkar?",
])
def test_a_superlative_over_a_set_the_report_never_names_is_refused(bot: Assistant, question: str) -> None:
    r = bot.respond({"message": question})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text


def test_the_set_the_table_holds_is_still_ranked_from_it(bot: Assistant) -> None:
    r = bot.respond({"message": "Vilken åldersgrupp i Varvsnäs simskola har flest deltagare?"})
    assert r.grounded and "4–6 år" in r.text, r.text


def test_a_measure_asked_who_and_when_is_quoted_with_its_field_lines(bot: Assistant) -> None:
    r = bot.respond({"message": "Vem ansvarar för de egna grupperna för flickor i Varvsnäs simskola och när ska det "
                                "vara klart?"})
    assert r.grounded, r.text
    assert "badmästaren" in r.text and "15 mars 2026" in r.text, r.text
