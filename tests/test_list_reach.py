"""Which list a list question reaches, on small documents of their own (lists22).

A project report dates its whole content once ('Projektet pågick från 2023-01-01 …'), so a list in its results
section answers a question naming that year though its own lines give none. A follow-up asking for another kind
('Och vilka aktörer …?') is not answered by the list of measures just quoted, however well that one holds the
conversation's topic. A guide that repeats a list is quoted from one copy, and every copy places the follow-up. A
list led by a sentence ending in ':' that shares the question's words competes with the best single statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.generation.extractive.answer import _items_compete
from assistant.grounding.anchors import locate
from assistant.grounding.selection.scored import ListCandidate, Scored
from assistant.index.units import units_of
from assistant.schema import Chunk
from assistant.service import Assistant
from tests.test_answer_engine import _ingest_folder

REPORT = (
    "Slutrapport: Läsambassadörer i Norrbacka\n\n"
    "Bakgrund\n\n"
    "Läsförståelsen bland pojkar i årskurs 4–6 i Norrbacka kommun har under flera år legat lägre än bland flickor. "
    "Skolförvaltningen sökte därför medel för ett projekt där äldre elever skulle bli läsambassadörer för yngre elever "
    "och där skolbiblioteken skulle få en tydligare roll i undervisningen.\n\n"
    "Projekttid och organisation\n\n"
    "Projektet Läsambassadörer pågick från 2023-01-01 till och med 2023-12-31. Projektet leddes av två projektledare "
    "med stöd av en styrgrupp med rektorer från fyra skolor. Skolbibliotekarierna deltog i styrgruppens möten två "
    "gånger per termin.\n\n"
    "Syfte och mål\n\n"
    "Syftet var att öka läslusten bland pojkar och att ge lärare verktyg för att arbeta med högläsning och "
    "boksamtal. Målet var att andelen pojkar som läser på fritiden skulle öka med tio procentenheter jämfört med "
    "tidigare mätningar.\n\n"
    "Genomförande\n\n"
    "Under våren rekryterades trettio läsambassadörer bland eleverna i årskurs 8. Läsambassadörerna fick en halv dags "
    "utbildning i att leda boksamtal och träffade därefter en klass i årskurs 4 varannan vecka. Skolbibliotekarierna "
    "valde ut böcker tillsammans med ambassadörerna och såg till att det fanns flera exemplar av varje titel.\n\n"
    "Under hösten utvidgades arbetet till ytterligare två skolor. Lärarna fick handledning i hur boksamtalen kunde "
    "kopplas till svenskundervisningen, och vårdnadshavare bjöds in till en läskväll på biblioteket.\n\n"
    "Utmaningar\n\n"
    "Det var svårt att hitta tider som passade både högstadiet och mellanstadiet. Några ambassadörer slutade under "
    "hösten, och i två klasser fick läraren själv ta över boksamtalen. Bokinköpen blev dyrare än beräknat.\n\n"
    "Spridning\n\n"
    "Projektledarna har informerat följande aktörer om arbetssättet och om vad projektet har lärt sig:\n\n"
    "- Rektorer och förstelärare i samtliga kommunala grundskolor\n"
    "- Barn- och utbildningsnämnden\n"
    "- Folkbibliotekets barnavdelning\n"
    "- Lärarutbildningen vid Mittlands högskola\n"
    "- Nätverket för skolbibliotek i länet\n"
    "- Föräldraföreningen Läsande familjer\n\n"
    "Resultat\n\n"
    "Enkäten vid projektets slut visade att fler pojkar läste på fritiden än vid projektets start. Lärarna uppgav att "
    "boksamtalen gjorde eleverna mer vana vid att prata om texter.\n"
)


def _area(number: int, name: str, goal: str, measures: list[str], actors: list[str]) -> str:
    return (f"Område {number}: {name}\n\nFörslag på mål\n\n{goal}\n\nFörslag på insatser\n\n"
            + "".join(f"{i}. {m}\n" for i, m in enumerate(measures, 1))
            + "\nFörslag på aktörer som kan bidra till insatserna\n\n" + "".join(f"- {a}\n" for a in actors) + "\n")


ABSENCE_MEASURES = [
    "Registrera frånvaro digitalt varje lektion och följ upp den veckovis i arbetslaget.",
    "Kontakta vårdnadshavare samma dag som en elev uteblir utan anmälan.",
    "Inför en gemensam rutin för när elevhälsoteamet kopplas in vid upprepad frånvaro.",
    "Ge mentorer avsatt tid för samtal med elever som börjat vara borta ofta.",
]
GUIDE = (
    "Vägledning: Närvaro i grundskolan\n\nInledning\n\n"
    "Den här vägledningen ger förslag på hur skolor och förvaltningar kan arbeta för att fler elever ska vara "
    "närvarande i skolan. Varje område har förslag på mål, insatser och aktörer som kan bidra.\n\n"
    + _area(1, "Rutiner i arbetslaget", "Frånvaro upptäcks och följs upp inom en vecka på alla skolor i kommunen.",
            ABSENCE_MEASURES, ["Elevhälsoteamet", "Mentorer och klasslärare", "Vårdnadshavare",
                               "Socialtjänstens familjestöd"])
    + _area(2, "Skolmiljön", "Eleverna upplever att skolan är en trygg plats under hela skoldagen.",
            ["Schemalägg rastvakter så att vuxna finns där eleverna är.",
             "Gör trygghetsvandringar tillsammans med elevrådet varje termin.",
             "Utbilda personalen i att förebygga och hantera kränkningar."],
            ["Elevrådet", "Fritidshemmet", "Skolvärdar"])
    + _area(3, "Studiero i klassrummet", "Lektionerna startar i tid och eleverna får arbeta i lugn och ro.",
            ["Inför gemensamma lektionsstarter på hela skolan.",
             "Ge lärare kollegial handledning i ledarskap i klassrummet."],
            ["Förstelärare", "Specialpedagoger", "Skolledningen"])
    + _area(4, "Övergångar mellan stadier", "Ingen elev tappar stöd när hen byter stadium eller skola.",
            ["Ordna överlämningssamtal mellan avlämnande och mottagande lärare.",
             "Låt elever besöka sin nya skola före sommarlovet."],
            ["Studie- och yrkesvägledare", "Skolsköterskor", "Kommunens fritidsgårdar"])
    + "Sammanfattning av alla insatser\n\n"
    "Här följer samtliga insatser för tidig upptäckt av frånvaro samlade, som stöd när skolan gör sin "
    "årsplanering.\n\n"
    + "".join(f"{i}. {m}\n" for i, m in enumerate(ABSENCE_MEASURES, 1))
    + "\nUppföljning\n\nFölj upp arbetet vid varje terminsslut genom att jämföra frånvaron med föregående termin och "
    "samtala med eleverna om vad som har hjälpt.\n"
)


@pytest.fixture
def report_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"slutrapport-lasambassadorer.txt": REPORT})
    assert stats.documents == 1 and not stats.skipped
    return bot


@pytest.fixture
def guide_bot(tmp_path: Path, corpus_components: tuple) -> Assistant:
    bot, stats = _ingest_folder(tmp_path, corpus_components, {"vagledning-narvaro.txt": GUIDE})
    assert stats.documents == 1 and not stats.skipped
    return bot


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_list_without_a_year_of_its_own_answers_for_the_year_its_report_covers(report_bot: Assistant) -> None:
    """The report says once when the project ran; its 'Spridning' list names no year and answers a question that
    asks about that year, instead of the sentence that gives the project's dates."""
    answer = report_bot.respond({"message": "Vilka har projektledarna i Läsambassadörer informerat om arbetssättet "
                                            "under 2023?"})
    assert answer.grounded, answer.text
    assert all(a in answer.text for a in ("Barn- och utbildningsnämnden", "Folkbibliotekets barnavdelning",
                                          "Mittlands högskola")), answer.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_follow_up_asking_for_actors_is_not_answered_by_the_measures_just_quoted(guide_bot: Assistant) -> None:
    """After the measures (quoted from the summary's copy), 'Vilka aktörer … då?' gets the actors listed with the
    measures in their own area, not the measures' list again."""
    history: list[dict[str, str]] = []
    for message in ("Vilka insatser finns för att upptäcka frånvaro tidigt?", "Vilka aktörer kan bidra till det då?"):
        answer = guide_bot.respond({"message": message, "history": history})
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": answer.text}]
    assert all(a in answer.text for a in ("Elevhälsoteamet", "Socialtjänstens familjestöd")), answer.text
    assert "Registrera frånvaro digitalt" not in answer.text, answer.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_who_helps_with_it_asks_for_actors_without_naming_them(guide_bot: Assistant) -> None:
    """'Vilka kan stötta oss …?', 'Vilka borde vara med …?': 'vilka' as the subject of a verb of helping or taking
    part asks who, as 'Vilka aktörer …' does (follow23): the actors' list answers, not the measures again."""
    first = "Vad kan skolan göra för att se tidigt att en elev börjar vara borta?"
    answer = guide_bot.respond({"message": first})
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer.text}]
    for message in ("Vilka kan ställa upp för oss i det?", "vilka borde vara med i det?"):
        answer = guide_bot.respond({"message": message, "history": history})
        assert all(a in answer.text for a in ("Elevhälsoteamet", "Socialtjänstens familjestöd")), answer.text
        assert "Registrera frånvaro digitalt" not in answer.text, answer.text


def _chunk(chunk_id: str, source: str, lines: list[str], roles: list[str], start: int = 1) -> Chunk:
    return Chunk(chunk_id=chunk_id, source=source, title="Vägledning", doc_type="vägledning", heading_path=[],
                 start_line=start, end_line=start + len(lines) - 1, text="\n".join(lines),
                 line_spans=[(start + i, start + i) for i in range(len(lines))], line_roles=roles, path=source)


def test_each_copy_of_a_repeated_list_in_one_document_anchors_a_follow_up() -> None:
    """A claim the previous answer quoted stands in two chunks of one guide (a list repeated in its summary): both
    copies are anchors, so what follows either can answer the follow-up; another document saying it is not."""
    item = "Kontakta vårdnadshavare samma dag som en elev uteblir utan anmälan."
    summary = _chunk("summary", "guide.txt", ["Sammanfattning", item], ["h", "i1"], start=80)
    area = _chunk("area", "guide.txt", ["Förslag på insatser", item, "Förslag på aktörer", "Elevhälsoteamet"],
                  ["h", "i1", "h", "i1"], start=10)
    other = _chunk("other", "annan-plan.txt", [item], ["p"], start=5)
    chunks = {c.chunk_id: c for c in (summary, area, other)}
    anchors = locate([item], lambda text, k: ["summary", "other", "area"][:k], chunks)
    assert sorted((a.path, a.start_line) for a in anchors) == [("guide.txt", 11), ("guide.txt", 81)], anchors


def test_a_list_led_by_a_colon_sentence_holding_the_question_words_competes() -> None:
    """Short imperative items share few of the question's words; the sentence that leads into them with ':' does.
    When it shares as many as the best single statement, the list competes with that statement; a short heading line
    ending in ':' does not speak for its list that way, nor does a lead sharing fewer words."""
    lines = ["Det kan också innebära att informationen behöver anpassas på olika sätt, till exempel:",
             "översätt breven till familjernas språk", "texta filmerna", "Insatser:", "Läxhjälp", "Lovskola"]
    chunk = _chunk("c", "guide.txt", lines, ["p", "i1", "i1", "p", "i1", "i1"])
    units = units_of(chunk)
    lead, heading = (next(u for u in units if u.text.startswith(w)) for w in ("Det kan", "Insatser"))
    items = [u for u in units if u.is_item]
    statement = units_of(_chunk("b", "guide.txt", ["Föräldramöten med tolk ger information på flera språk."], ["p"],
                                start=40))[0]
    best = Scored(statement, 1.0, 0.6, 0.24)
    led = ListCandidate(items[:2], lead, 1.1, item_scores=[0.7, 0.6])
    assert _items_compete(led, best, [best, Scored(lead, 0.0, 0.2, 0.24)])
    assert not _items_compete(led, best, [best, Scored(lead, 0.0, 0.2, 0.1)])
    headed = ListCandidate(items[2:], heading, 1.1, item_scores=[0.7, 0.6])
    assert not _items_compete(headed, best, [best, Scored(heading, 0.0, 0.2, 0.3)])
