"""A municipality's own report, uploaded and asked over real HTTP (trial 27): every citation of an uploaded Word, PDF
or HTML file opens exactly its cited lines, read as the ingest read them; a survey definition is not taken for an
instruction to the assistant; a table row is said with its column names and a difference asked of it is computed
from the cited cells (the report's own statement of a change first); a refusal shows the line naming the asked school
and subject; decisions that concern other school forms are not given as the answer for the asked one."""

from __future__ import annotations

import io
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.auth import create_key
from api.persistence import Database
from assistant.config import Settings
from assistant.index.components import Components
from assistant.service import Assistant
from evals.answer_eval import EXTRA_DOCS_DIR, normalise, quote_pieces
from ingest.load import shown_lines
from tests.conftest import make_settings
from tests.live import LiveServer

pytestmark = [pytest.mark.slow, pytest.mark.integration]

REPORT = "sjovik-jamstalldhetsrapport-2025.docx"
PDF = "alvmora-delarsrapport-2025-jamstalldhet.pdf"
HTML = "bjorkvalla-gymnasium-likabehandlingsplan-2025.html"
# Ordinary report sentences with the words of survey answers and reported speech ('svarat', 'alltid eller oftast',
# 'säger att'): none of them addresses the assistant.
SURVEY_SENTENCES = [
    "Trygghet avser andelen elever i årskurs 8 som svarat att de känner sig trygga i skolan alltid eller oftast.",
    "Eleverna svarade att de sällan eller aldrig får hjälp med läxorna hemma.",
    "Rektorerna säger att arbetet med könsuppdelad statistik har tagit mer tid än väntat.",
]


def report_docx() -> bytes:
    """A grundskola report of the kind a municipality uploads: a definition, a table of schools with the unit in
    its column names, a sentence that states a change, decisions for the grundskola's grades."""
    import docx

    d = docx.Document()
    d.core_properties.author = "Sjöviks kommun, barn- och utbildningsförvaltningen"
    d.add_heading("Jämställdhetsrapport för grundskolan 2025", 0)
    d.add_paragraph("Sjöviks kommun, barn- och utbildningsförvaltningen. Fastställd av barn- och utbildningsnämnden "
                    "den 20 maj 2025.")
    d.add_heading("1. Trygghet och resultat", 1)
    d.add_paragraph("Rapporten bygger på kommunens elevenkät och betygsstatistik. " + " ".join(SURVEY_SENTENCES))
    d.add_paragraph("Flickornas trygghet i årskurs 8 har minskat med sju procentenheter sedan 2022, medan pojkarnas "
                    "trygghet är oförändrad.")
    d.add_heading("2. Skolorna", 1)
    d.add_paragraph("Tabell 2 visar behörigheten till yrkesprogram 2024 för skolorna med årskurs 9.")
    rows = [("Skola", "Flickor (%)", "Pojkar (%)", "Antal elever åk 9"),
            ("Ekbackeskolan", "91", "68", "104"),
            ("Lundaskolan", "87", "80", "88"),
            ("Hagaskolan", "90", "83", "71")]
    table = d.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.add_paragraph("Elevhälsan på Ekbackeskolan bedömer att många pojkar i årskurs 9 inte har klarat engelska.")
    d.add_heading("3. Beslut", 1)
    d.add_paragraph("Barn- och utbildningsnämnden beslutade den 20 maj 2025:")
    for item in ("att avsätta 2 miljoner kronor för läsfrämjande insatser för pojkar i årskurs 4–6,",
                 "att Ekbackeskolan får en studiecoach för pojkar i årskurs 7–9 från augusti 2025,",
                 "att alla skolor ska redovisa frånvaro uppdelat på kön."):
        d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@dataclass
class Site:
    settings: Settings
    user: httpx.Client
    job: dict


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("uploaded-report")
    corpus = root / "corpus"
    corpus.mkdir()
    settings = make_settings(root / "data", corpus_dir=corpus, auth_enabled=True)
    shutil.copy(Path(__file__).resolve().parents[1] / ".cache" / "test-embedding-cache.sqlite",
                settings.embedding_cache_path)
    components = Components(settings)
    db = Database.from_settings(settings)
    app = create_app(settings, components, Assistant(components), db)
    admin_key, user_key = create_key(db, "admin", "admin")[0], create_key(db, "user", "anna")[0]
    server = LiveServer(app)
    try:
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {admin_key}"}, timeout=300) as a, \
                httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {user_key}"}, timeout=120) as u:
            files = [("files", (REPORT, report_docx())),
                     ("files", (PDF, (EXTRA_DOCS_DIR / PDF).read_bytes())),
                     ("files", (HTML, (EXTRA_DOCS_DIR / HTML).read_bytes()))]
            r = a.post("/v1/ingest", files=files)
            assert r.status_code == 202, r.text
            job = r.json()
            deadline = time.monotonic() + 600
            while job["status"] == "running" and time.monotonic() < deadline:
                time.sleep(0.5)
                job = a.get(f"/v1/ingest/{job['id']}").json()
            assert job["status"] == "done" and job["stats"]["skipped"] == [], job
            yield Site(settings, u, job)
    finally:
        server.stop()


def ask(site: Site, question: str) -> dict:
    r = site.user.post("/v1/chat", json={"message": question, "mode": "fraga"})
    assert r.status_code == 200, r.text
    return r.json()


def test_every_citation_of_an_uploaded_word_pdf_or_html_file_opens_its_cited_lines(site: Site) -> None:
    """/v1/sources read a Word file (and a PDF) as UTF-8 text, so no line matched and `context` was [] for every
    upload citation (trial 27, failure 9). The lines are those the ingest's own reader gives, marked as cited."""
    questions = {REPORT: "Hur stor andel av pojkarna på Lundaskolan var behöriga till yrkesprogram 2024?",
                 PDF: "Hur stor var sjukfrånvaron bland kvinnorna i Älvmora kommun i augusti 2025?",
                 HTML: "Hur hög var svarsfrekvensen på Björkvalla gymnasiums trygghetsenkät i mars 2025?"}
    for name, question in questions.items():
        citations = [c for c in ask(site, question)["citations"] if c["source"] == f"uppladdad/{name}"]
        assert citations, (name, question)
        lines = shown_lines(site.settings.uploads_dir / name)
        for c in citations:
            r = site.user.get(f"/v1/sources/{c['chunk_id']}",
                              params={"context": 2, "start_line": c["start_line"], "end_line": c["end_line"]})
            assert r.status_code == 200, r.text
            context = r.json()["context"]
            cited = [line for line in context if line["cited"]]
            assert [line["n"] for line in cited] == list(range(c["start_line"], c["end_line"] + 1)), (name, c)
            assert [line["text"] for line in cited] == lines[c["start_line"] - 1:c["end_line"]]
            window = normalise("".join(line["text"] for line in cited))
            assert all(normalise(piece) in window for piece in quote_pieces(c["quote"])), (name, c["quote"])


def test_a_survey_definition_is_not_flagged_as_an_instruction_and_answers_its_question(site: Site) -> None:
    """'… som svarat att de känner sig trygga i skolan alltid eller oftast' was flagged as addressed to the assistant
    and dropped, so 'Hur definieras trygghet …?' got other sentences (trial 27, failure 3)."""
    assert site.job["stats"]["flagged"] == []
    answer = ask(site, "Hur definieras trygghet i vår jämställdhetsrapport?")
    assert answer["grounded"] and answer["text"].startswith(SURVEY_SENTENCES[0]), answer["text"]


def test_a_difference_asked_of_a_table_row_is_computed_from_its_cells_with_their_column_names(site: Site) -> None:
    """'Norrbyskolan: 93, 71, 112. Skola: Flickor (%), Pojkar (%), …' was the answer (trial 27, failure 5): the row is
    read with its column names and the unit after each figure, and the difference is given in procentenheter, said to
    be computed from the cited cells."""
    answer = ask(site, "Hur stor är skillnaden mellan flickor och pojkar i behörighet på Ekbackeskolan?")
    text = answer["text"]
    assert "Ekbackeskolan: Flickor 91 %, Pojkar 68 %" in text, text
    assert "Skillnaden är 23 procentenheter (91 − 68, uträknat ur de citerade cellerna)" in text, text
    assert "Skola: Flickor (%)" not in text  # the header is no sentence of its own
    quotes = " ".join(c["quote"] for c in answer["citations"])
    assert "Ekbackeskolan; 91; 68" in quotes and "Flickor (%)" in quotes


def test_the_row_with_the_largest_gap_or_lowest_figure_is_found_over_the_whole_table(site: Site) -> None:
    """'Vilken skola har störst skillnad …?' was answered with the row retrieval ranked first, the school with the
    smallest gap (trial 28, failure 1): the row is found over all the table's rows, the gap computed and said to be,
    the other rows' values given, the whole table cited."""
    answer = ask(site, "Vilken skola har störst skillnad mellan flickor och pojkar i behörighet?")
    text = answer["text"]
    assert text.startswith("Störst skillnad har Ekbackeskolan: Flickor 91 %, Pojkar 68 %, skillnaden är 23 "
                           "procentenheter (uträknat ur tabellens rader; övriga: Lundaskolan 7, Hagaskolan 7)"), text
    quotes = " ".join(c["quote"] for c in answer["citations"])
    assert all(school in quotes for school in ("Ekbackeskolan", "Lundaskolan", "Hagaskolan")), quotes
    lowest = ask(site, "Vilken skola har lägst andel behöriga flickor?")["text"]
    assert lowest.startswith("Lägst har Lundaskolan: Flickor 87 %"), lowest
    # a further ask of the same row is answered from its cells (trial 29 left the club's bidrag out)
    both = ask(site, "Vilken skola har lägst andel behöriga flickor, och hur många elever går i årskurs 9 där?")
    assert both["text"].startswith("Lägst har Lundaskolan: Flickor 87 %"), both["text"]
    assert "Lundaskolan: Antal elever åk 9 88" in both["text"], both["text"]


def test_a_decision_item_is_quoted_with_who_decided_it_and_when(site: Site) -> None:
    """'att ge elevhälsochefen i uppdrag …,' was the answer, with no nämnd and no date (trial 28, failure 10): a
    decision item is quoted with the line it stands under, both cited."""
    answer = ask(site, "Hur mycket pengar avsattes till läsfrämjande insatser för pojkar?")
    text = answer["text"]
    assert "Barn- och utbildningsnämnden beslutade den 20 maj 2025: att avsätta 2 miljoner kronor" in text, text
    quotes = " ".join(c["quote"] for c in answer["citations"])
    assert "beslutade den 20 maj 2025" in quotes and "att avsätta 2 miljoner kronor" in quotes, quotes


def test_a_change_asked_of_a_table_is_answered_first_by_the_reports_own_statement(site: Site) -> None:
    answer = ask(site, "Hur har flickornas trygghet i årskurs 8 förändrats sedan 2022?")
    first = answer["text"].split("[1]")[0]
    assert "minskat med sju procentenheter sedan 2022" in first, answer["text"]


def test_a_refusal_shows_the_line_that_names_the_asked_school_and_subject(site: Site) -> None:
    """The closest passage was a table row on feeling safe, which only says 'Pojkar' (trial 27, U10)."""
    answer = ask(site, "Hur många pojkar på Ekbackeskolan saknar godkänt betyg i engelska?")
    assert not answer["grounded"]
    closest = re.search(r"Det närmaste underlaget[^\n]*", answer["text"])
    assert closest and "Elevhälsan på Ekbackeskolan bedömer" in closest.group(0), answer["text"]


def test_decisions_for_other_school_forms_are_not_the_answer_for_the_asked_one(site: Site) -> None:
    """'Vad beslutade nämnden om gymnasieskolan?' got all decisions, each about the grundskola's grades (trial 27,
    U15): the answer says that none concerns the asked form and which form they concern, and cites them."""
    answer = ask(site, "Vad beslutade barn- och utbildningsnämnden om gymnasieskolan?")
    assert not answer["grounded"], answer["text"]
    assert answer["text"].startswith("Underlaget har inga uppgifter om gymnasieskolan i det du frågar om.\n"
                                     "Det som står om det gäller grundskolan"), answer["text"]
    assert any("årskurs 4–6" in c["quote"] for c in answer["citations"])
    asked_plainly = ask(site, "Vad beslutade barn- och utbildningsnämnden den 20 maj 2025?")
    assert asked_plainly["grounded"] and "årskurs 4–6" in asked_plainly["text"], asked_plainly["text"]
