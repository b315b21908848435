"""Refusing by a passage's own scope (session 30): the passage that looks like the answer is about something next to
what is asked — households counted where people are asked, a doer named for another action, a plan's baseline or a
planned inquiry where an outcome or a finding is asked, an intervention described where 'did it work?' is asked, a
price of another thing, the asked thing where people of a role are asked. Each is refused with 'Underlaget har inga
uppgifter om …' and the closest passage shown as what it is; the same kinds of question the documents do answer are
answered.

Two fixtures: a municipality's own Word report (a table of households per district, an action list with
responsible persons), ingested through the real pipeline; and the bundled corpus (the 2020 plan of a municipality's
development areas, the Örebro reports)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats
from tests.test_own_documents import _ingest

pytestmark = pytest.mark.slow

INTRO = ("Jämställdhetsanalys av ekonomiskt bistånd i Västerbo kommun 2024. Analysen följer hushåll med "
         "försörjningsstöd per stadsdel och hur många som deltar i en arbetsmarknadsinsats.")
CAPTION = "Tabell 1. Hushåll med försörjningsstöd och andel i insats per stadsdel 2024"
HEADER = ["Stadsdel", "Hushåll kvinnor (antal)", "Hushåll män (antal)", "Andel i insats kvinnor (procent)",
          "Andel i insats män (procent)"]
ROWS = [["Åsen", "164", "149", "27", "43"], ["Dalby", "121", "133", "31", "45"]]
STAFF_CAPTION = "Tabell 2. Andel heltidsanställda per yrkesgrupp 2024 (procent)"
STAFF = [["Yrkesgrupp", "Kvinnor", "Män"], ["Undersköterskor", "61", "74"], ["Lokalvårdare", "58", "81"]]
ACTIONS_INTRO = "Socialnämnden beslutade den 12 mars 2025 om följande åtgärder:"
ACTIONS = ["En plan för att öka andelen heltidsanställda bland lokalvårdarna tas fram. Ansvarig: "
           "servicechef Lena Borg. Klart senast den 30 juni 2025.",
           "Alla chefer inom socialförvaltningen utbildas i jämställd rekrytering. Ansvarig: socialchef Per Ek. "
           "Klart senast den 15 november 2025."]


def _docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Jämställdhetsanalys 2024", 0)
    d.add_paragraph(INTRO)
    for caption, rows in ((CAPTION, [HEADER, *ROWS]), (STAFF_CAPTION, STAFF)):
        d.add_paragraph(caption)
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    d.add_heading("Åtgärder 2025", 1)
    d.add_paragraph(ACTIONS_INTRO)
    for action in ACTIONS:
        d.add_paragraph(action, style="List Number")
    d.save(str(path))


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant, stats, _ = _ingest(tmp_path_factory.mktemp("ownscope"), {"analys.docx": _docx})
    assert stats.documents == 1 and not stats.skipped
    return assistant


def test_people_counted_by_households_are_refused_and_the_households_shown(own: Assistant) -> None:
    """'Hur många kvinnor i Åsen …?' is not answered by 'Hushåll kvinnor (antal) | 164': the column counts households.
    The refusal says so and shows the row; the households asked are answered with it."""
    refused = own.respond({"message": "Hur många kvinnor i Åsen deltog i en arbetsmarknadsinsats 2024?"})
    assert not refused.grounded, refused.text
    lines = refused.text.split("\n")
    assert lines[0].startswith("Underlaget har inga uppgifter om antalet kvinnor"), refused.text
    assert "gäller hushåll, inte kvinnor" in lines[1] and "164" in lines[1], refused.text
    answered = own.respond({"message": "Hur många hushåll med kvinnor i Åsen hade försörjningsstöd 2024?"})
    assert answered.grounded, answered.text
    assert "164" in answered.text.split("\n")[0], answered.text


def test_a_doer_named_for_another_action_is_no_answer(own: Assistant) -> None:
    """Who answers for the undersköterskornas heltid is not the one named for the lokalvårdarnas (the asked group has
    its own row in the material, but no action); the lokalvårdarnas is answered with the name."""
    refused = own.respond({"message": "Vem ansvarar för att öka andelen heltidsanställda bland undersköterskorna?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om vem som ansvarar"), refused.text
    answered = own.respond({"message": "Vem ansvarar för att öka andelen heltidsanställda bland lokalvårdarna?"})
    assert answered.grounded and "Lena Borg" in answered.text, answered.text


@pytest.fixture(scope="module")
def bot(corpus_components: tuple[Components, IngestStats]) -> Assistant:
    return Assistant(corpus_components[0])


@pytest.mark.needs_corpus_index
def test_an_effect_met_by_a_plans_baseline_is_refused_as_planned(bot: Assistant) -> None:
    """The 2020 plan's 'Vår nulägesanalys visar att …' is the state the elevhälsa work starts from, not its effect."""
    r = bot.respond({"message": "Vilken effekt fick de förebyggande insatserna i elevhälsan?"})
    assert not r.grounded, r.text
    assert r.text.startswith("Underlaget har inga uppgifter"), r.text
    assert "planerat, inte vad det har gett" in r.text, r.text


@pytest.mark.needs_corpus_index
def test_a_finding_of_an_inquiry_only_planned_is_refused_as_planned(bot: Assistant) -> None:
    """'Vi behöver kartlägga risker för elever i arbetsmiljön' plans the survey; what it found is not there."""
    r = bot.respond({"message": "Vad visade kartläggningen av riskerna för elever i arbetsmiljön socialt och "
                                "pedagogiskt?"})
    assert not r.grounded, r.text
    assert "planerat, inte vad det har gett" in r.text and "kartlägga" in r.text, r.text


@pytest.mark.needs_corpus_index
def test_which_people_of_a_role_needs_the_people_or_the_role_named(bot: Assistant) -> None:
    """'Vilka lärare på Böle skola …' is not answered by the rektor's coordinating role at the school; the teachers
    taking part in the matematiksatsning, named by their role ('lärare f-3'), answer 'Vilka lärare …'."""
    refused = bot.respond({"message": "Vilka lärare på Böle skola undervisar i matematik?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter"), refused.text
    answered = bot.respond({"message": "Vilka lärare deltar i matematiksatsningen?"})
    assert answered.grounded and "lärare f-3" in answered.text, answered.text


@pytest.mark.needs_corpus_index
def test_did_it_work_needs_a_told_outcome_not_the_plan(bot: Assistant) -> None:
    """'Fungerade lågstadiesatsningen?' is met only by the plan to continue it: refused. The process support's
    report says its model works well ('fungerar väl'): answered."""
    refused = bot.respond({"message": "Fungerade lågstadiesatsningen?"})
    assert not refused.grounded, refused.text
    assert refused.text.startswith("Underlaget har inga uppgifter om huruvida lågstadiesatsningen"), refused.text
    answered = bot.respond({"message": "Fungerade processtödet?"})
    assert answered.grounded, answered.text


@pytest.mark.needs_corpus_index
def test_a_price_of_another_thing_is_no_cost_of_the_asked_one(bot: Assistant) -> None:
    """The invitation's 'Plats: Digital kostnadsfri workshop.' prices the workshops, not the university course."""
    r = bot.respond({"message": "Hur mycket kostar kursen Samverkan för att främja skolnärvaro och psykosocial hälsa?"})
    assert not r.grounded, r.text
    assert "kostnadsfri" not in r.text.split("\n")[0], r.text
