"""An HR department's own report with tables, uploaded beside the corpus (trial 30, failures #1, #5 and #7): a column
the table has is read from its column names (not denied from the prose), a row it lacks is refused naming the rows it
has, a refusal points within the document the question names and says missing only what that document lacks; and on
the corpus, a sum asked is found in a cost line labelled by a noun phrase, and a plain outcome sentence answers
whether it got better."""

from __future__ import annotations

import re

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

# A fictional municipality's lönekartläggning, as trial 30's Word upload has it (its tables in Markdown).
REPORT = """# Lönekartläggning och jämställdhetsplan för medarbetare 2025

Hagsjö kommun, kommunstyrelseförvaltningen, personalavdelningen

## 1. Syfte och underlag

Underlaget är lönerna för alla tillsvidareanställda med månadslön den 1 november 2025, omräknade till heltid. Med
medellön menas det aritmetiska medelvärdet av gruppens månadslöner. Med medianlön menas mittvärdet.

## 2. Lön per yrkesgrupp och kön

Tabell 1. Antal anställda, medellön och medianlön (kronor per månad, heltid) per yrkesgrupp och kön, november 2025

| Yrkesgrupp | Antal kvinnor | Antal män | Medellön kvinnor | Medellön män | Medianlön kvinnor | Medianlön män |
|---|---|---|---|---|---|---|
| Undersköterska | 412 | 58 | 31 240 | 31 610 | 31 100 | 31 400 |
| Förskollärare | 186 | 9 | 36 880 | 36 120 | 36 900 | 36 050 |
| Grundskollärare | 254 | 71 | 40 950 | 41 720 | 40 800 | 41 500 |
| Socialsekreterare | 97 | 18 | 39 410 | 40 260 | 39 200 | 40 100 |
| Drifttekniker | 6 | 64 | 33 900 | 35 480 | 33 750 | 35 300 |
| Enhetschef | 48 | 21 | 50 120 | 52 340 | 49 800 | 51 900 |

Kvinnornas medellön i hela kommunen var 35 480 kronor i november 2025 och männens 37 050 kronor. År 2024 var
kvinnornas medellön 34 120 kronor och männens 35 900 kronor.

## 3. Sjukfrånvaro

Tabell 2. Sjukfrånvaro per kön 2024 och 2025

| Nyckeltal | Kvinnor 2024 | Män 2024 | Kvinnor 2025 | Män 2025 |
|---|---|---|---|---|
| Total sjukfrånvaro (procent av ordinarie arbetstid) | 8,4 | 5,1 | 7,9 | 5,3 |
| Långtidssjukfrånvaro 60 dagar eller mer (procent av den totala sjukfrånvaron) | 49 | 38 | 46 | 40 |

Sjukfrånvaron är högst bland kvinnor inom vård och omsorg.
"""
UPLOAD = "hagsjo-lonekartlaggning-2025.md"


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpus_with_uploads(tmp_path_factory.mktemp("tables30"), {UPLOAD: REPORT})


def _ask(bot: Assistant, question: str):
    return bot.respond({"message": question})


def test_a_median_column_of_the_table_answers_with_the_two_cells_and_their_difference(bot: Assistant) -> None:
    r = _ask(bot, "Hur många kronor skiljer medianlönen mellan kvinnliga och manliga enhetschefer hos oss?")
    assert r.grounded, r.text
    assert "49 800" in r.text and "51 900" in r.text
    assert "2 100 kronor" in r.text
    assert "inga uppgifter" not in r.text


def test_a_row_the_table_lacks_is_refused_naming_the_rows_it_has(bot: Assistant) -> None:
    r = _ask(bot, "Vilken medellön hade kvinnliga sjuksköterskor i vår lönekartläggning?")
    assert not r.grounded, r.text
    assert "inga uppgifter om sjuksköterskor" in r.text
    for label in ("Undersköterska", "Förskollärare", "Enhetschef"):
        assert label in r.text
    assert "31 240" not in r.text  # another row's figure is no answer
    assert any(c.source.endswith(UPLOAD) for c in r.citations)


def test_a_row_the_table_has_is_still_answered(bot: Assistant) -> None:
    r = _ask(bot, "Vilken medellön hade kvinnliga socialsekreterare i vår lönekartläggning?")
    assert r.grounded, r.text
    assert "39 410" in r.text


def test_a_year_missing_from_the_own_report_is_the_only_thing_said_missing(bot: Assistant) -> None:
    r = _ask(bot, "Hur hög var männens sjukfrånvaro i Hagsjö kommun 2022?")
    assert not r.grounded, r.text
    first = r.text.splitlines()[0]
    assert "2022" in first and "Hagsjö" not in first
    assert "2024 och 2025" in r.text  # the measure is there for other years: said so


def test_a_refusal_about_a_named_municipality_points_within_its_own_report(bot: Assistant) -> None:
    r = _ask(bot, "Hur många procentenheter minskade frånvaron i Karlskogas grundskolor efter projektet?")
    assert not r.grounded, r.text
    assert r.citations
    assert not any(c.source.endswith(UPLOAD) for c in r.citations), r.text
    # ('… som besvarar din fråga om Karlskogas grundskolor' names the question; 'inga uppgifter om Karlskoga' would
    # say the report has nothing on Karlskoga)
    assert not re.search(r"inga uppgifter (?:om|för)[^.\n]*Karlskoga", r.text)


def test_a_sum_asked_is_found_in_a_cost_line_labelled_by_a_noun_phrase(bot: Assistant) -> None:
    r = _ask(bot, "Vilken summa avsattes för att anställa fler i elevhälsan i kommunens utvecklingsplan 2020?")
    assert r.grounded, r.text
    assert "2 400 tkr" in r.text


def test_a_plain_outcome_sentence_answers_whether_it_got_better(bot: Assistant) -> None:
    r = _ask(bot, "Blev det faktiskt bättre för ungdomarna med hög frånvaro i Karlskoga – gick de mer i skolan sen?")
    assert r.grounded, r.text
    assert "har ökat sin närvaro" in r.text
