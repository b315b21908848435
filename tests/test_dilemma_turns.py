"""Dilemma facilitation over several turns, on documents of the test's own (a workshop report and a method
support of an invented municipality): each turn's perspectives follow what the participant raised, a subject the
documents do not take up is said to be missing (and the talk goes on), and a summary says the talk back – never
settling the dilemma."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.service import Assistant
from evals.drafts import citations_valid
from tests.test_answer_engine import _ingest_folder

WORKSHOPS = """Rapport om samverkan kring elevernas lärande i Ekby kommun

Workshop 1, Tema: Stöd och resurser (genomfördes 4/3)

Dilemma 1: Riktat stöd till en grupp elever

Med utgångspunkt i dilemmat fick deltagarna diskutera följande frågor i smågrupper:

• Vilka elever når ni i dag med ert stöd, och vilka når ni inte?

• Hur kan ni fördela stödet så att det blir rättvist för alla elever?

• Vilka risker ser ni med att rikta stöd till en grupp?

Workshop 2, Tema: Samarbete med hemmen (genomfördes 18/3)

Dilemma 2: När vårdnadshavarna inte vill samarbeta

• Hur kan skolan bygga förtroende hos vårdnadshavare som är kritiska?
"""

SECTIONS = {
    "Resultat i Ekby": "Pojkar når i lägre utsträckning än flickor kunskapskraven i de flesta ämnen i Ekbys "
                       "grundskolor. Pojkarna har lägre betyg eftersom fler av dem saknar godkänt i matematik.",
    "Orsaker": "Elevernas skolresultat påverkas av mer än bara kön. Familjens ekonomi, boendet och "
               "föräldrarnas utbildning har stor betydelse för hur eleverna lyckas.",
    "Insatser efter skoltid": "En skola kan erbjuda riktad läxhjälp till de elever som har störst behov av stöd "
                              "med skolarbetet. Läxhjälpen bör vara öppen för alla som behöver den.",
    "Trygghet": "Pojkar utsätts oftare för våld i skolmiljön än flickor, medan flickor oftare utsätts för "
                "sexuella trakasserier. Otrygghet påverkar elevernas möjlighet att koncentrera sig.",
    "Ansvar": "Rektorn ansvarar för att insatserna genomförs på skolan. Huvudmannen är ytterst ansvarig för att "
              "skolorna har resurser för stödet.",
    "Uppföljning": "Uppföljningen görs varje termin med hjälp av betygsstatistik uppdelad på kön. Resultaten "
                   "redovisas för nämnden i kvalitetsrapporten.",
    "Lokaler": "Flera skolor i kommunen har renoverat sina lokaler under året. Skolgårdarna har fått nya "
               "planteringar och sittplatser.",
    "Måltider": "Skolmaten lagas i varje skolas eget kök. Eleverna får vara med och tycka till om matsedeln "
                "två gånger per år.",
    "Skolskjuts": "Elever som bor långt från skolan har rätt till skolskjuts. Turerna planeras varje sommar "
                  "tillsammans med kollektivtrafiken.",
    "Personal": "Andelen legitimerade lärare har ökat i kommunen. Nyanställda lärare får en mentor under det "
                "första året.",
}
METHOD = "Metodstöd för elevernas skolresultat i Ekby\n\n" + "\n\n".join(
    f"{heading}\n\n{text}" for heading, text in SECTIONS.items()) + "\n"


@pytest.fixture(scope="module")
def ekby(tmp_path_factory: pytest.TempPathFactory, corpus_components) -> Assistant:  # type: ignore[no-untyped-def]
    bot, _ = _ingest_folder(tmp_path_factory.mktemp("ekby"), corpus_components,
                            {"ekby-workshoprapport.txt": WORKSHOPS, "ekby-metodstod.txt": METHOD})
    return bot


def _converse(bot: Assistant, messages: list[str], easy: bool = False) -> list:  # type: ignore[type-arg]
    history: list[dict[str, str]] = []
    out = []
    for message in messages:
        response = bot.respond({"message": message, "mode": "dilemma", "history": history,
                                "options": {"easy_swedish": easy}})
        out.append(response)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    return out


def _cited_exactly(bot: Assistant, response) -> None:  # type: ignore[no-untyped-def]
    valid, total = citations_valid(response, [bot.settings.corpus_dir])
    assert total and valid == total, response.citations


def _sources(response, items) -> set[str]:  # type: ignore[no-untyped-def]
    """The source documents the items cite."""
    by_n = {c.n: c.source for c in response.citations}
    return {by_n[n] for i in items for n in i.citations}


def _views(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for s in response.draft.sections if s.key in ("perspektiv", "motperspektiv") for i in s.items
            if i.provenance == "source"]


pytestmark = pytest.mark.needs_corpus_index  # the session store lends its embedding cache

OPENING = "Rektorn vill ha läxhjälp bara för pojkar eftersom det är de som har lägre betyg. Är det okej?"


def test_the_first_turn_brings_the_passage_on_what_is_chosen_and_one_that_weighs_it(ekby: Assistant) -> None:
    (first,) = _converse(ekby, [OPENING])
    views = _views(first)
    # What the situation is about ('läxhjälp') and a statement that weighs the boys' lower grades against more than
    # gender – not only the closest statements about boys and girls.
    assert any("läxhjälp" in v for v in views), views
    assert any("mer än bara kön" in v for v in views), views
    _cited_exactly(ekby, first)


def test_a_later_turns_perspective_follows_its_own_question(ekby: Assistant) -> None:
    _, who = _converse(ekby, [OPENING, "Vem bestämmer i slutändan?"])
    views = _views(who)
    assert views and all("ansvar" in v for v in views), views  # who decides: the documents say who is responsible
    assert "tar inte upp" not in who.text
    _cited_exactly(ekby, who)


def test_a_subject_the_documents_do_not_take_up_is_named_and_the_talk_goes_on(ekby: Assistant) -> None:
    _, other = _converse(ekby, [OPENING, "Vad gör vi med elever som inte identifierar sig som pojke eller flicka?"])
    said = [i.text for i in other.draft.section("svar").items]
    assert any(t.startswith("Underlaget tar inte upp elever som inte identifierar sig som pojke eller flicka")
               for t in said), said
    assert not any("våld" in v for v in _views(other))  # no passage on boys and girls passed off as the answer
    assert other.draft.section("fragor").items and "inget givet svar" in other.text


def test_a_summary_says_the_talk_back_without_settling_it(ekby: Assistant) -> None:
    turns = _converse(ekby, [OPENING, "Jag tycker att läxhjälpen borde vara öppen för alla.",
                             "Vem bestämmer i slutändan?", "Kan du sammanfatta vad vi bör göra?"])
    summary = turns[-1]
    assert summary.draft.section("motperspektiv") is None
    # positions said back; their own question among what is still open, first (session 18)
    said = [i.text for i in summary.draft.section("svar").items]
    assert said == ["Du tyckte att läxhjälpen borde vara öppen för alla."]  # in its own words (trial 25)
    still_open = [q.text for q in summary.draft.section("fragor").items]
    assert still_open[0] == "Öppen fråga från er: ”Vem bestämmer i slutändan?”", still_open
    raised = {v for r in turns[:-1] for v in _views(r)}
    summed = [i for i in summary.draft.section("perspektiv").items]
    assert summed and {i.text for i in summed} <= raised and len(summed) <= 3 and all(i.citations for i in summed)
    # it sums the perspectives up, not quotes them all again: one passage of each source document (session 26)
    assert len(raised) > len(summed) == len(_sources(summary, summed)), (raised, summed)
    asked = {q.text for r in turns[:-1] for q in r.draft.section("fragor").items if q.citations}
    assert set(still_open[1:]) <= asked
    assert "inget givet svar" in summary.text and "valet är ert" in summary.text
    _cited_exactly(ekby, summary)


def test_an_acknowledgement_is_no_position_in_the_summary(ekby: Assistant) -> None:
    """Trial 32 D4: 'Okej. Kan du sammanfatta …' was summed up as 'Du menade att okej.'; a bare 'Ja.' turn alike."""
    turns = _converse(ekby, [OPENING, "Jag tycker att läxhjälpen borde vara öppen för alla.", "Ja.",
                             "Okej. Kan du sammanfatta vad jag kan ta med mig till nästa arbetsplatsträff?"])
    said = [i.text for i in turns[-1].draft.section("svar").items]
    assert said == ["Du tyckte att läxhjälpen borde vara öppen för alla."], said


def test_own_subject_words_leave_out_everyday_and_opening_words(ekby: Assistant) -> None:
    from assistant.generation.extractive.dilemma import _specific_terms

    own = _specific_terms(ekby.extractive, "Vad gör vi med flickorna som inte identifierar sig?", OPENING)
    assert list(own) == ["identifier"]  # not 'gör' (everyday), not 'flickorna' (the counterpart of the opening's)


def test_a_summary_in_easy_swedish_still_cites_the_earlier_perspectives(ekby: Assistant) -> None:
    # Lättläst: a facilitator turn is no rewritten source text (no such lead), and the perspectives it quotes stay
    # word for word, so the summary finds them again in the history and cites them.
    turns = _converse(ekby, [OPENING, "Kan du sammanfatta vad vi bör göra?"], easy=True)
    summary = turns[-1]
    assert not any(t.text.startswith(lex.EASY_REWRITE_LEAD) for t in turns)
    raised = {v for v in _views(turns[0])}
    summed = [i for i in summary.draft.section("perspektiv").items]
    assert raised and summed and {i.text for i in summed} <= raised and all(i.citations for i in summed)
    assert len(summed) == len(_sources(summary, summed))  # one passage a source document
    _cited_exactly(ekby, summary)
