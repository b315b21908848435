"""A conversation about the user's own uploaded report (trial 36, persona N): a nämndsekreterare uploads a two-page Word
report on föreningsbidrag (a table of bidrag and deltagartillfällen per förening, findings, a numbered list of decided
åtgärder with ansvarig), and another organisation's report on other åtgärder and a 2024 distribution is uploaded after
it. Questions in the conversation are answered from the user's report, or refused as that report lacks the thing:
never with the other organisation's åtgärder or figures given as the user's (trial 36 N4, N5). The report's own
headings each start a chunk (its 'Beslut och åtgärder' had been merged under 'Iakttagelser' and was never
retrieved), and a difference of two count columns is said in their noun, not in the unit of the table's money column
(N2: '1 720 kr' of deltagartillfällen)."""

from __future__ import annotations

import io
import os
import time

import pytest

from assistant.service import Assistant
from tests.conftest import corpus_with_uploads, word_table

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]

OWN = "vasterlunda-foreningsbidrag-idrott-2025.docx"
OTHER = "tallby-ekonomiskt-bistand-2025.md"


def _report() -> bytes:
    """The trial's upload (trial36-transcripts/make_doc.py): Word headings, a table, bullets and a numbered list."""
    import docx

    d = docx.Document()
    d.add_heading("Uppföljning av föreningsbidrag till idrott 2025", 0)
    d.add_paragraph("Västerlunda kommun, Kultur- och fritidsnämnden. Tjänsteskrivelse till nämndens sammanträde "
                    "2026-02-11, dnr KFN 2026/14. Handläggare: Maria Lindqvist, fritidskonsulent.")
    d.add_heading("Bakgrund", 1)
    d.add_paragraph("Kultur- och fritidsnämnden beslutade 2024-10-16 (§ 58) att det lokala aktivitetsstödet och "
                    "grundbidraget till idrottsföreningar ska följas upp uppdelat på kön. Uppföljningen avser "
                    "bidragsåret 2025 och bygger på föreningarnas egna närvarolistor i bokningssystemet. "
                    "Deltagartillfällen avser barn och unga 7–20 år.")
    d.add_heading("Tabell 1. Bidrag och deltagartillfällen per förening 2025", 1)
    word_table(d, [["Förening", "Bidrag (kr)", "Deltagartillfällen flickor", "Deltagartillfällen pojkar"],
                   ["Kvarnsjö IK fotboll", "412 000", "3 150", "9 870"],
                   ["Kvarnsjö BK basket", "138 000", "1 240", "2 960"],
                   ["Västerlunda Gymnastikförening", "205 000", "6 480", "1 720"],
                   ["Åsby Innebandyklubb", "176 000", "1 010", "4 390"],
                   ["Västerlunda Simsällskap", "94 000", "2 230", "1 980"],
                   ["Totalt", "1 025 000", "14 110", "20 920"]])
    d.add_heading("Iakttagelser", 1)
    for s in ["Pojkarna står för 60 procent av alla deltagartillfällen men de föreningar där pojkarna dominerar får "
              "71 procent av bidragen.",
              "Flickornas deltagande minskar tydligt efter 13 års ålder i fotboll och innebandy.",
              "Gymnastikföreningen har flest deltagartillfällen bland flickor men får lägre bidrag per "
              "deltagartillfälle eftersom grundbidraget räknas på antal lag.",
              "Tre av fem föreningar saknar en uttalad plan för att rekrytera det underrepresenterade könet."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Beslut och åtgärder", 1)
    d.add_paragraph("Kultur- och fritidsnämnden beslutade 2026-02-11 (§ 12) om följande åtgärder:")
    for s in ["Grundbidraget räknas från 2027 på antal deltagartillfällen i stället för antal lag. Ansvarig: "
              "fritidschefen. Klart: 2026-09-30.",
              "Föreningar med mer än 70 procent av ett kön ska redovisa en plan för att nå det andra könet i sin "
              "bidragsansökan. Ansvarig: fritidskonsulenten. Klart: 2026-12-31.",
              "Förvaltningen erbjuder föreningarnas ledare en utbildning om jämställd idrott tillsammans med "
              "RF-SISU. Ansvarig: fritidskonsulenten. Klart: 2026-06-30.",
              "Uppföljningen upprepas varje år och redovisas för nämnden i februari. Ansvarig: förvaltningschefen. "
              "Klart: 2027-02-28."]:
        d.add_paragraph(s, style="List Number")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


OTHER_TEXT = """# Jämställdhetsanalys av arbetsmarknadsinsatser 2025 – Tallby kommun, socialförvaltningen

## Fördelning

År 2024 var fördelningen 66 och 34 procent mellan män och kvinnor bland dem som fick arbetsträning.
Av alla deltagartillfällen i öppen fritidsverksamhet var 38 procent flickornas.
Kvarnsjö Ridklubb fick 55 000 kronor i bidrag för sin verksamhet med arbetsträning.

## Beslutade åtgärder

Socialnämnden beslutade 2025-11-19 om följande åtgärder:

1. Steget erbjuder arbetsträning på deltid från 2026-03-01. Ansvarig: enhetschef Jonas Berglund.
2. Handläggarna får en utbildning i jämställd handläggning under våren 2026. Ansvarig: Karin Holmgren.
3. Alla beslut om tillfälligt hinder följs upp efter tre månader. Ansvarig: enhetschef Lena Åkesson.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The corpus, the user's report and, uploaded after it by someone else, the other organisation's report."""
    assistant = corpus_with_uploads(tmp_path_factory.mktemp("upload36"), {OWN: _report(), OTHER: OTHER_TEXT})
    folder = assistant.settings.uploads_dir
    now = time.time()
    os.utime(folder / OWN, (now - 60, now - 60))
    os.utime(folder / OTHER, (now, now))  # the latest upload is the other organisation's
    return assistant


def _converse(bot: Assistant, questions: list[str]) -> list:
    history: list[dict[str, str]] = []
    answers = []
    for q in questions:
        r = bot.respond({"message": q, "mode": "fraga", "history": history})
        answers.append(r)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": r.text}]
    return answers


def _sources(r) -> set[str]:  # noqa: ANN001
    return {c.source.rsplit("/", 1)[-1] for c in r.citations}


def test_the_uploads_own_headings_start_its_chunks(bot: Assistant) -> None:
    chunks = [c for c in bot.evidence.retriever.current().chunks.values() if c.source.endswith(OWN)]
    decided = [c for c in chunks if "Fritidschefen" in c.text or "fritidschefen" in c.text]
    assert decided and all(c.heading_path[-1] == "Beslut och åtgärder" for c in decided), \
        [(c.heading_path, c.start_line) for c in chunks]
    assert not any("Iakttagelser" in c.heading_path_text for c in decided)


def test_a_difference_of_two_count_columns_is_said_in_their_noun(bot: Assistant) -> None:
    r = bot.respond({"message": "Hur stor är skillnaden mellan flickornas och pojkarnas deltagartillfällen i "
                                "Kvarnsjö BK basket?"})
    assert r.grounded, r.text
    assert "1 720 deltagartillfällen" in r.text and "1 720 kr" not in r.text, r.text


def test_the_decided_measures_come_from_the_users_report_after_a_turn_answered_elsewhere(bot: Assistant) -> None:
    answers = _converse(bot, ["Hur mycket bidrag fick Kvarnsjö IK fotboll 2025?",
                              "Vad säger metodstödet om könsuppdelad statistik?",
                              "Vilka åtgärder ska göras, vem har beslutat dem och vem är ansvarig?"])
    assert _sources(answers[0]) == {OWN}, answers[0].text
    last = answers[-1]
    assert last.grounded and _sources(last) == {OWN}, last.text
    assert "fritidschefen" in last.text and "Berglund" not in last.text, last.text


def test_what_the_users_report_lacks_is_refused_for_it_not_given_from_another_report(bot: Assistant) -> None:
    answers = _converse(bot, ["Hur mycket bidrag fick Kvarnsjö IK fotboll 2025?",
                              "Hur såg fördelningen ut 2024, och hur mycket fick Kvarnsjö Ridklubb?"])
    last = answers[-1]
    assert OTHER not in _sources(last) and "66" not in last.text and "55 000" not in last.text, last.text
    assert "ditt dokument ”Uppföljning av föreningsbidrag till idrott 2025”" in last.text, last.text


def test_a_question_naming_the_method_support_still_goes_there(bot: Assistant) -> None:
    answers = _converse(bot, ["Hur mycket bidrag fick Kvarnsjö IK fotboll 2025?",
                              "Vad säger metodstödet om könsuppdelad statistik?"])
    assert answers[-1].grounded and OWN not in _sources(answers[-1]), answers[-1].text


def test_a_share_of_all_participations_is_worked_out_from_the_total_row(bot: Assistant) -> None:
    """Trial 36 N3: 'andel av deltagartillfällena var flickornas' is 14 110 of 35 030 in the report's own Totalt row,
    not another kommun's 38 %."""
    answers = _converse(bot, ["Hur mycket bidrag fick Kvarnsjö IK fotboll 2025?",
                              "Hur stor andel av deltagartillfällena var flickornas?"])
    last = answers[-1]
    assert last.grounded and _sources(last) == {OWN}, last.text
    assert "40,3 %" in last.text and "14 110 av 35 030" in last.text, last.text
