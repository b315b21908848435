"""A school's or committee's own uploads name their organisation once, at the top; a question naming it is answered
from any passage of them, while another place stays refused (trial 18, problems 1, 8 and 12).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.load import load_document
from ingest.pipeline import run
from tests.conftest import EMBED_CACHE, copy_sqlite, make_settings

pytestmark = [pytest.mark.slow]

PLAN_TOP = ("Björkskolan, Sjöviks kommun. Förskoleklass och årskurs 1–9, cirka 420 elever. Planen gäller från "
            "1 augusti 2025 till 31 juli 2026.")
PLAN = [
    ("Syfte", ["Planen ska främja barns och elevers lika rättigheter och möjligheter oavsett kön, "
               "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
               "funktionsnedsättning, sexuell läggning eller ålder.", "Planen ska också förebygga och förhindra "
               "kränkande behandling av barn och elever i förskoleklass, grundskola och fritidshem."]),
    ("Definitioner", ["Med kränkande behandling avses ett uppträdande som utan att vara diskriminering kränker ett "
                      "barns eller en elevs värdighet.", "Med trakasserier avses ett uppträdande som kränker någons "
                      "värdighet och som har samband med någon av diskrimineringsgrunderna.", "Med sexuella "
                      "trakasserier avses ett uppträdande av sexuell natur som kränker någons värdighet."]),
    ("Kartläggning", ["Kartläggningen genomfördes i september 2025 genom en elevenkät, trygghetsvandringar med "
                      "elevrådet och samtal i klassråden.", "Enkäten besvarades av 356 av 398 elever i årskurs 2–9.",
                      "Eleverna pekade ut omklädningsrummen vid idrottshallen, toaletterna i B-huset och "
                      "skolgården bakom matsalen som otrygga platser.", "Flickor i årskurs 7–9 känner sig minst "
                      "trygga, och flest kränkningar sker på raster och i chattgrupper på kvällstid."]),
    ("Främjande arbete", ["Alla klasser arbetar med värdegrundsfrågor på klassråd varannan vecka.", "Elevrådet "
                          "deltar i planeringen av rastaktiviteter och föreslår förbättringar av skolgården.",
                          "Vårdnadshavare får information om planen vid höstens föräldramöten."]),
    ("Mål och åtgärder", ["Mål 1: Andelen elever som känner sig trygga i omklädningsrummen ska öka.",
                          "Mål 3: All personal ska ha genomgått utbildning om diskrimineringslagen senast "
                          "31 mars 2026.", "Ansvarig för utbildningen är rektor Lena Ekström."]),
]

PROTOCOL = """Barn- och utbildningsnämnden, protokoll 2025-03-12
Sjöviks kommun. Sammanträde i kommunhuset, kl. 13.00–15.40.
Beslutande: Anna Berg (S), ordförande; Johan Nilsson (M); Karin Öberg (V).
§ 14 Jämställdhetsanalys av resursfördelningen
Förvaltningen redovisar en analys av hur resurserna fördelas mellan flickor och pojkar.
Yrkande: Karin Öberg (V) yrkar att nämnden ska avsätta 1,5 miljoner kronor till läsfrämjande insatser för pojkar.
Beslut: Nämnden beslutar att förvaltningen ska ta fram en handlingsplan till den 15 oktober 2025.
§ 15 Skolnärvaro
Den genomsnittliga frånvaron i grundskolan var 9,8 procent under höstterminen 2024, 10,4 procent för flickor och
9,2 procent för pojkar.
"""

# A report that names another municipality once, in passing: it is not that municipality's document.
REPORT = """# Trygghetsvandringar i skolan

Trygghetsvandringar är ett sätt att låta elever visa var de känner sig otrygga.

## Erfarenheter

Förvaltningen har studerat hur Lerums kommun arbetar med trygghetsvandringar. Eleverna går runt i skolan med
personal och markerar otrygga platser på en karta.
"""


def _plan(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Plan mot diskriminering och kränkande behandling 2025/2026", level=1)
    document.add_paragraph(PLAN_TOP)
    for heading, paragraphs in PLAN:
        document.add_heading(heading, level=1)  # each part a top-level section, as in a Word plan
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(str(path))


@pytest.fixture(scope="module")
def uploaded(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The plan (.docx), the protocol (.txt) and the report (.md) uploaded and ingested through the pipeline."""
    settings = make_settings(tmp_path_factory.mktemp("own-organisation"))
    uploads = settings.uploads_dir
    uploads.mkdir(parents=True, exist_ok=True)
    _plan(uploads / "bjorkskolan-plan.docx")
    (uploads / "bun-protokoll-2025-03-12.txt").write_text(PROTOCOL, "utf-8")
    (uploads / "trygghetsvandringar.md").write_text(REPORT, "utf-8")
    if EMBED_CACHE.exists():
        copy_sqlite(EMBED_CACHE, settings.embedding_cache_path)
    components = Components(settings)
    stats = run(settings, components.store, components.embeddings, paths=[uploads])
    assert stats.documents == 3 and not stats.skipped, stats.skipped
    return Assistant(components)


def test_the_organisation_a_document_names_at_its_top_is_its_publisher(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    (tmp_path / "protokoll.txt").write_text(PROTOCOL, "utf-8")
    (tmp_path / "rapport.md").write_text(REPORT, "utf-8")
    assert load_document(tmp_path / "plan.docx")[0].publisher == "Björkskolan, Sjöviks kommun"
    assert load_document(tmp_path / "protokoll.txt")[0].publisher == "Sjöviks kommun"
    assert load_document(tmp_path / "rapport.md")[0].publisher == ""  # named in passing: no publisher
    # Where the first lines name none, an organisation as the file's author (a person there is no publisher).
    for author, publisher in [("Sjöviks kommun", "Sjöviks kommun"), ("Lena Ekström", "")]:
        memo = docx.Document()
        memo.core_properties.author = author
        memo.add_heading("Rutin för frånvarouppföljning", level=1)
        memo.add_paragraph("Mentorn kontaktar vårdnadshavare samma dag när en elev har ogiltig frånvaro.")
        memo.save(str(tmp_path / "rutin.docx"))
        assert load_document(tmp_path / "rutin.docx")[0].publisher == publisher
    # A person named at the top or as the author is no publisher, a title or a label before the name or not:
    # else every passage would count as about her ('Vad säger Lena Ekström om …?').
    for top in ["Kontakt: Sara Lind, Björkskolan", "Rektor Lena Ekström, Björkskolan"]:
        (tmp_path / "info.txt").write_text(f"Information till vårdnadshavare\n{top}\nSkolan har öppet hus i maj.\n",
                                           "utf-8")
        assert load_document(tmp_path / "info.txt")[0].publisher == "Björkskolan"
    memo = docx.Document()
    memo.core_properties.author = "Lena Ekström, Sjöviks kommun"
    memo.add_paragraph("Mentorn kontaktar vårdnadshavare samma dag när en elev har ogiltig frånvaro.")
    memo.save(str(tmp_path / "rutin.docx"))
    assert load_document(tmp_path / "rutin.docx")[0].publisher == "Sjöviks kommun"
    # A manifest's publisher is the catalogue's word: kept as it is.
    assert load_document(tmp_path / "plan.docx", {"publisher": "Sjöviks kommun"})[0].publisher == "Sjöviks kommun"


@pytest.mark.parametrize(("question", "answer"), [
    ("När ska all personal på Björkskolan ha utbildats om diskrimineringslagen?", "31 mars 2026"),
    ("Hur många elever svarade på enkäten i kartläggningen på Björkskolan?", "356 av 398"),
    ("Hur stor var frånvaron för flickor höstterminen 2024 i Sjöviks grundskolor?", "10,4 procent"),
])
def test_a_question_naming_the_documents_own_organisation_is_answered_from_any_of_its_passages(
        uploaded: Assistant, question: str, answer: str) -> None:
    response = uploaded.respond({"message": question})
    assert response.grounded and answer in response.text, response.text


def test_a_place_named_in_passing_or_not_at_all_is_still_refused(uploaded: Assistant) -> None:
    for question in ["När ska all personal i Lerums kommun ha utbildats om diskrimineringslagen?",
                     "Hur stor var frånvaron för flickor höstterminen 2024 i Lerums grundskolor?"]:
        response = uploaded.respond({"message": question})
        assert not response.grounded and "Lerum" in response.text, response.text


def test_a_past_tense_question_is_met_by_the_present_tense_line_that_holds_all_its_words(uploaded: Assistant
                                                                                         ) -> None:
    response = uploaded.respond({"message": "Vad yrkade Karin Öberg?"})
    assert response.grounded and "1,5 miljoner kronor" in response.text, response.text


@pytest.mark.needs_corpus_index
def test_an_off_topic_refusal_of_a_question_naming_a_place_says_what_is_missing_and_where_it_is_found(
        corpus_components: tuple[Components, object]) -> None:
    bot = Assistant(corpus_components[0])
    response = bot.respond({"message": "Vad säger Skolverkets statistik om flickors meritvärde i Karlskoga 2019?"})
    assert not response.grounded
    assert response.text.startswith("Underlaget har inga uppgifter om flickors meritvärde i Karlskoga 2019."), \
        response.text
    assert "Sådana uppgifter finns oftast i Skolverkets statistik" in response.text
    # A question that names nothing is refused in general words, not said back.
    response = bot.respond({"message": "Hur bygger man en rymdstation?"})
    assert not response.grounded and response.text.startswith("Underlaget tar inte upp det du frågar om")


@pytest.mark.needs_corpus_index
def test_an_off_topic_refusal_of_a_yes_no_question_says_om_once(corpus_components: tuple[Components, object]
                                                                 ) -> None:
    # Karlskoga is in the corpus (so the place is not what is missing); swimming pools and airports are not.
    bot = Assistant(corpus_components[0])
    for question in ["Finns det en simhall i Karlskoga?", "Har Karlskoga kommun en flygplats?"]:
        response = bot.respond({"message": question})
        assert not response.grounded and response.text.startswith("Underlaget har inga uppgifter om huruvida "), \
            response.text
        assert " om om " not in response.text and "Karlskoga" in response.text, response.text
    # A condition first is no yes/no question: refused in general words, not said back half reordered.
    response = bot.respond({"message": "Om man badar i Karlskoga, hur varmt är vattnet?"})
    assert not response.grounded and response.text.startswith("Underlaget tar inte upp det du frågar om"), \
        response.text
