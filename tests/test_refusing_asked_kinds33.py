"""A kind of detail the material never gives (refusalA33, issue 12): a superlative asked of one member of a set the
report does not rank, a weekday, a length of time where only an age band is given, the name of a person the report
names only by role — refused (main answered each with a line on the topic), while the neighbouring questions the
report does answer (a superlative it states, a weekday it gives, the member a table's figures pick) are answered. A
fictional fritidsgård report is uploaded beside the corpus."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

REPORT = """Uppföljning: Fritidsgårdarna i Åsträsk kommun 2024
Fritidsförvaltningen, Åsträsk kommun, februari 2025

Bakgrund
Kommunens fyra fritidsgårdar, Tornet, Bryggan, Källan och Ladan, hade 2024 sammanlagt 41 200 besök. Andelen besök
av flickor var 31 procent.

Vad vi gjorde
Fritidsgårdarna prövade fem insatser för att fler flickor skulle komma till gårdarna:
1. Tjejkvällar i idrottshallen två kvällar i veckan, med kvinnliga ledare.
2. Prova-på-pass i klättring, padel och dans tillsammans med två lokala föreningar.
3. Ledarutbildning för tio tjejer i åldern 14–16 år, som sedan höll i egna pass.
4. Nya omklädningsrum med enskilda duschbås på Tornet.
5. Läxhjälp i gårdarnas studierum.

Resultat
Flest nya besökare kom till klättringen. Andelen flickor bland besökarna ökade från 24 procent till 31 procent.
På Bryggan har tjejkvällarna hållits varje torsdag sedan hösten 2023.

Kostnad
Insatserna kostade 410 000 kronor under 2024. Föreningskonsulenten ansvarar för samarbetet med föreningarna.

Aktivitetsstöd per förening 2024

| Förening | Aktivitetsstöd (kr) |
|---|---|
| Åsträsk IF | 310 000 |
| Åsträsk Klätterklubb | 145 000 |
| Dansstudion Åsträsk | 92 000 |
| Åsträsk Padel | 61 000 |
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("asked-kinds33"), {"astrask-fritidsgardar-2024.txt": REPORT})


@pytest.mark.parametrize("question", [
    "Vilken fritidsgård i Åsträsk hade flest besök 2024?",  # only the four gårdar's total: no gård ranked
    "Vilken av insatserna på fritidsgårdarna i Åsträsk var mest uppskattad av tjejerna?",  # listed, not ranked
    "Vilka veckodagar har fritidsgårdarna i Åsträsk tjejkvällar i idrottshallen?",  # 'två kvällar i veckan'
    "Hur länge pågick ledarutbildningen för tjejerna i Åsträsk?",  # 'i åldern 14–16 år' is no length of time
    "Vad heter föreningskonsulenten i Åsträsk?",  # named by role only
])
def test_a_kind_of_detail_the_report_never_gives_is_refused(bot: Assistant, question: str) -> None:
    r = bot.respond({"message": question})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text


def test_a_superlative_not_ranked_says_no_ranking_and_shows_the_set(bot: Assistant) -> None:
    r = bot.respond({"message": "Vilken fritidsgård i Åsträsk hade flest besök 2024?"})
    assert not r.grounded
    assert "rangordning" in r.text and "41 200 besök" in r.text, r.text


def test_the_neighbouring_questions_it_answers_are_answered(bot: Assistant) -> None:
    ranked = bot.respond({"message": "Vilken aktivitet på fritidsgårdarna i Åsträsk fick flest nya besökare?"})
    assert ranked.grounded and "klättring" in ranked.text, ranked.text  # 'Flest nya besökare …' ranks: not refused
    weekday = bot.respond({"message": "Vilken veckodag har Bryggan tjejkvällar?"})
    assert weekday.grounded and "torsdag" in weekday.text, weekday.text
    table = bot.respond({"message": "Vilken förening i Åsträsk fick mest aktivitetsstöd 2024?"})
    assert table.grounded and "Åsträsk IF" in table.text, table.text
