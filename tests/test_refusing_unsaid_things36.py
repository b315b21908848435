"""A thing asked of the material that its documents never name (refusal36b, issue 12): a question on what a named
report says of a topic ('Vad säger
rapporten om X?', 'Hur beskriver rapporten X?') and a comparison with a measure outside the material ('… jämfört med
rikssnittet?') — refused (main answered the yes/no ones 'Det framgår inte som ett rakt ja eller nej. Underlaget
säger: …' with the report's lines on other things, the others with its nearest lines), while the same forms asking
what the report does take up are answered. A fictional report is uploaded beside the corpus. (The yes/no form is not
judged so: asked in everyday words no document uses, answerable ones were refused; see scope/unsaid.py.)"""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

REPORT = """Jämställdhetsrapport för simhallen i Västra Bergby 2025
Västra Bergby kommun, fritidsförvaltningen. Fastställd av fritidsnämnden den 4 mars 2025.

Bakgrund
Simhallen Delfinen är kommunens enda simhall. Under 2024 hade den 61 000 besök, varav 45 procent av flickor och
kvinnor. Fritidsförvaltningen har undersökt hur simskolan och de allmänna badtiderna fördelas mellan könen.

Simskolan
I simskolan deltog 410 barn under 2024, 212 flickor och 198 pojkar. Simskolan leds av sex simlärare.

Åtgärder
1. Simhallen inför två badkvällar i veckan med enskilda omklädningsrum från hösten 2025. Ansvarig: badchefen.
2. Simskolan erbjuds också på lördagar från januari 2026. Ansvarig: simskolans samordnare.

Kontakt: badchefen, fritidsförvaltningen, Västra Bergby kommun.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("unsaid36"), {"vastra-bergby-simhall-2025.txt": REPORT})


@pytest.mark.parametrize("question", [
    "Vad säger Västra Bergbys rapport om simhallen om livräddarnas arbetsmiljö?",
    "Hur beskriver Västra Bergbys jämställdhetsrapport simhallens energiförbrukning?",
    "Hur står sig simhallen Delfinen i Västra Bergby jämfört med rikssnittet för besök?",
])
def test_a_thing_the_report_never_names_is_refused(bot: Assistant, question: str) -> None:
    r = bot.respond({"message": question})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text


@pytest.mark.parametrize(("question", "told"), [
    ("Har Västra Bergby kommun beslutat om simskola på lördagar?", "lördagar"),
    ("Vad säger Västra Bergbys rapport om simhallen om simskolan?", "410"),
    ("Hur beskriver Västra Bergbys jämställdhetsrapport simskolan?", "simskola"),
])
def test_the_same_forms_asking_what_it_takes_up_are_answered(bot: Assistant, question: str, told: str) -> None:
    r = bot.respond({"message": question})
    assert r.grounded, r.text
    assert told in r.text.lower(), r.text
