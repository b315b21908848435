"""A name that a document gives only once, in its opening line or its file name ('Fritidshemmet Ugglan, Sjöviks
kommun' under a plan's title), places every passage of it: a question naming it is answered, not refused
(fresh document, real ingest and answer)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.test_own_documents import _ingest

PLAN = """# Plan för trygghet och studiero 2025/2026

Fritidshemmet Ugglan, Sjöviks kommun. Fastställd av rektor i augusti 2025.

## Kartläggning

Personalen observerar rastgården under två veckor i september och noterar var konflikter uppstår.
""" + "".join(f"""
## Område {n}: {place}

Under hösten går personalen igenom hur {place} används av barnen. Barnen i alla grupper får beskriva var de
känner sig trygga och var de inte gör det, med bilder, promenader och korta samtal i små grupper. Personalen
skriver ned vad barnen säger, jämför med förra årets svar och markerar på en karta var vuxna behöver finnas.
Resultatet diskuteras på arbetsplatsträffen och vårdnadshavarna får en kort sammanfattning i veckobrevet.
""" for n, place in enumerate(["matsalen", "kapprummet", "skogsdungen", "bollplanen", "biblioteket",
                               "ateljén"], start=1)) + """

## Uppföljning

Enhetschef Tove Lundqvist sammanställer observationerna och redovisar dem för arbetslaget senast den 15 oktober 2025.
"""

NOTE = """# Rutin för utflykter

Inför varje utflykt lämnar personalen en deltagarlista till expeditionen. Barnen bär reflexvästar.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("opening"), {
        "trygghetsplan-2025.md": PLAN, "utflykter-kometen.md": NOTE})
    assert stats.documents == 2
    return assistant


@pytest.mark.slow
def test_a_name_given_only_in_the_opening_line_places_the_documents_passages(bot: Assistant) -> None:
    response = bot.respond({"message": "Vem ska sammanställa observationerna på fritidshemmet Ugglan?"})
    assert response.grounded, response.text
    assert "Tove Lundqvist" in response.text


@pytest.mark.slow
def test_a_name_given_only_in_the_file_name_places_the_documents_passages(bot: Assistant) -> None:
    response = bot.respond({"message": "Vad ska barnen bära på utflykterna från Kometen?"})
    assert response.grounded, response.text
    assert "reflexvästar" in response.text


@pytest.mark.slow
def test_a_name_no_document_gives_is_still_refused(bot: Assistant) -> None:
    response = bot.respond({"message": "Vem ska sammanställa observationerna på fritidshemmet Falken?"})
    assert not response.grounded


LEKGRUPPER = """# Plan mot kränkande behandling 2025

## Främjande arbete

Pedagogerna delar in barnen i nya lekgrupper varje månad så att alla barn leker med varandra.
"""


@pytest.mark.slow
def test_a_school_form_named_only_in_the_file_name_places_the_document(tmp_path) -> None:
    bot, stats, _ = _ingest(tmp_path, {"trygghetsplan-fritidshemmet-ugglan.md": LEKGRUPPER,
                                       "utflykter-kometen.md": NOTE})
    assert stats.documents == 2
    response = bot.respond({"message": "Hur delas barnen in i lekgrupper på fritidshemmet?"})
    assert response.grounded and "nya lekgrupper varje månad" in response.text, response.text
    assert not bot.respond({"message": "Hur delas barnen in i lekgrupper på förskolan?"}).grounded
