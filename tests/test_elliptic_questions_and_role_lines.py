"""Wrong refusals of answerable questions (session 26): an elliptic follow-up ('Vilka aktörer kan bidra?'), a
'Name, role' line as the answer to who held a role, a year set for the whole page while the chunk runs on into a
sub-section of another year, and a förvaltning named by its head noun alone ('Förvaltningen bedömer …')."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.grounding.followups import is_follow_up, rewrite_follow_up
from assistant.grounding.question import has_finite_verb, verb_form
from assistant.index.units import units_of
from assistant.schema import Chunk, Turn
from tests.test_answer_engine import _ingest_folder


def test_a_question_of_a_kind_and_verbs_only_leans_on_the_turn_before() -> None:
    """'Vilka aktörer kan bidra?' says nothing of what to contribute to: it is a follow-up, and takes the earlier
    question's aim; a question that names its own object stands as written."""
    previous = "Vad föreslår metodstödet för att fler pojkar ska bli motiverade i skolan?"
    history = [Turn(role="user", content=previous), Turn(role="assistant", content="Förslag på insatser: …")]
    assert is_follow_up("Vilka aktörer kan bidra?") and is_follow_up("Hur många elever deltog?")
    rewritten = rewrite_follow_up("Vilka aktörer kan bidra?", history)
    assert rewritten.startswith("Vilka aktörer kan bidra") and "pojkar ska bli motiverade" in rewritten, rewritten
    for standalone in ("Vilka aktörer kan bidra till skolnärvaron?", "Hur många elever har klarat kursen?"):
        assert not is_follow_up(standalone)
        assert rewrite_follow_up(standalone, history) == standalone


def test_an_ordinal_takes_up_the_things_a_count_question_asked_for() -> None:
    """'Vad är den första av dem …?' after 'Hur många formella kvalitetsdialoger … beslutade huvudmannen om …?'
    means one of those dialogues, not a garbled piece of the earlier question."""
    previous = "Hur många formella kvalitetsdialoger per läsår beslutade huvudmannen om i Skolinspektionens exempel?"
    history = [Turn(role="user", content=previous), Turn(role="assistant", content="Två dialoger per läsår.")]
    rewritten = rewrite_follow_up("Vad är den första av dem för slags samtal?", history)
    assert "den första av de formella kvalitetsdialoger per läsår som huvudmannen beslutade om" in rewritten, rewritten


def test_a_weak_past_tense_is_a_verb_wherever_verbs_are_told() -> None:
    """simplemma reads 'anställde' as the participle 'anställd'; every verb test (`verb_form`, `has_finite_verb`)
    reads it as the verb it is, and a noun stays a noun."""
    assert verb_form("anställde") and verb_form("Nämnde") and has_finite_verb("Kommunen anställde 2022 en samordnare.")
    assert not verb_form("samordnare") and not verb_form("flickor") and not has_finite_verb("Digitala workshops 2020")


def _chunk(text: str, roles: list[str] | None = None) -> Chunk:
    lines = text.split("\n")
    return Chunk(chunk_id=f"t-{abs(hash(text))}", source="t.txt", title="T", doc_type="övrigt", heading_path=["T"],
                 text=text, start_line=1, end_line=len(lines), line_spans=[(i, i) for i in range(1, len(lines) + 1)],
                 line_roles=roles or ["p"] * len(lines))


def test_a_name_and_role_line_is_a_statement_not_a_heading() -> None:
    units = units_of(_chunk("Lasse Jonsson, Projektledare/processtöd\nAnna Svensson, rektor\nÖrebro, Kumla\n"
                            "Uppföljning och utvärdering"))
    assert [u.kind for u in units] == ["sentence", "sentence", "label", "label"], [(u.text, u.kind) for u in units]
    assert units[0].embeddable and units[1].embeddable


_PROJECT = (
    "# Slutrapport för projektet Läslyftet i Norrvik\n\n"
    "Projektet Läslyftet i Norrvik pågick under 2023 och 2024. Projektet har drivits av kommunens "
    "barn- och utbildningsförvaltning tillsammans med stadsbiblioteket och har nått elever i årskurs 4–6 på "
    "fem skolor.\n\n"
    "Norrvik i januari 2025\n\n"
    "Karin Ek, Projektledare\n\n"
    "Omar Said, Projektledare\n\n"
    "## Sammanfattning\n\n"
    "Läslyftet ville öka elevernas läslust genom högläsning, boksamtal och besök på biblioteket. Lärare och "
    "bibliotekarier planerade arbetet tillsammans under hela projekttiden.\n"
)

_SUMMER = (
    "# Sommarskolan Bokbussen i Västby\n\n"
    "Bokbussen är kommunens sommarskola för elever i årskurs 3–5. Sommarskolan 2024 pågick i tre veckor i juni "
    "och hölls på Ekskolan.\n\n"
    "## Resultat\n\n"
    "Eleverna gjorde ett läsförståelsetest första och sista veckan. Andelen elever som säger att de läser "
    "varje dag ökade från 35 procent till 58 procent.\n\n"
    "## Anmälan till sommarskolan 2025\n\n"
    "Vårdnadshavare anmäler sitt barn i e-tjänsten senast den 15 april 2025.\n"
)

_PROTOCOL = (
    "# Protokollsutdrag, fritidsnämnden i Sjöby 2025-03-18\n\n"
    "Fritidsnämnden gav i december 2023 fritidsförvaltningen i uppdrag att varje år följa upp hur stödet till "
    "barns fritid fördelas mellan flickor och pojkar.\n\n"
    "## Förvaltningens bedömning\n\n"
    "Förvaltningen bedömer att stödet i dag gynnar pojkars fritid. Förvaltningen ser två orsaker:\n\n"
    "- halltiderna fördelas efter föreningarnas historiska tider,\n"
    "- flickornas idrotter bedrivs ofta i lokaler utanför aktivitetsstödet.\n"
)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_wrongly_refused_answers_are_given(tmp_path: Path, corpus_components: tuple) -> None:
    bot, _ = _ingest_folder(tmp_path, corpus_components, {"laslyftet.md": _PROJECT, "bokbussen.md": _SUMMER,
                                                          "protokoll.md": _PROTOCOL})
    # Who held the role: both 'Name, role' lines, quoted where they stand.
    leaders = bot.respond({"message": "Vilka var projektledare för Läslyftet i Norrvik?"})
    assert leaders.grounded and "Karin Ek" in leaders.text and "Omar Said" in leaders.text, leaders.text
    assert any("Karin Ek" in c.quote for c in leaders.citations), leaders.citations
    # The results section is the summer school of 2024 (the page says so); the next sub-section's 2025, in the same
    # chunk, does not date it. Another year is still refused.
    share = bot.respond({"message": "Hur stor andel av eleverna på sommarskolan Bokbussen 2024 läser varje dag "
                                    "efter sommarskolan?"})
    assert share.grounded and "58 procent" in share.text, share.text
    other = bot.respond({"message": "Hur stor andel av eleverna på sommarskolan Bokbussen 2022 läser varje dag "
                                    "efter sommarskolan?"})
    assert not other.grounded, other.text
    # 'Förvaltningen' in a protocol whose only förvaltning is fritidsförvaltningen is that one; another förvaltning
    # the protocol never names is still refused.
    causes = bot.respond({"message": "Vilka orsaker ser fritidsförvaltningen i Sjöby till att stödet gynnar "
                                     "pojkars fritid?"})
    assert causes.grounded and "historiska tider" in causes.text, causes.text
    social = bot.respond({"message": "Vilka orsaker ser socialförvaltningen i Sjöby till att stödet gynnar "
                                     "pojkars fritid?"})
    assert not social.grounded, social.text


_GUIDE = (
    "# Metodstöd för pojkars skolresultat\n\n"
    "## Läxhjälp\n\n"
    "Förslag på insatser:\n\n"
    "- Läxhjälp på biblioteket två kvällar i veckan.\n\n"
    "Förslag på aktörer som kan bidra till insatsen\n\n"
    "- Skolor\n- Fritidsgårdar\n- Bibliotek\n- Trossamfund\n\n"
    "## Motivation i skolan\n\n"
    "Förslag på insatser för att fler pojkar ska bli motiverade i skolan:\n\n"
    "- Mentorer från näringslivet som förebilder.\n"
    "- Normkritisk undervisning om könsnormer och skolarbete.\n\n"
    "Förslag på aktörer som kan bidra till insatser\n\n"
    "- Förskolor och skolor\n- Fritidsgårdar\n- Studie- och yrkesvägledare\n- Näringslivet\n"
)


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_an_elliptic_follow_up_and_a_pick_from_its_answer(tmp_path: Path, corpus_components: tuple) -> None:
    """'Vilka aktörer kan bidra?' after a question on motivation is answered (not refused as offtopic), and picking
    'de som har med fritiden att göra' cites the item in the list that answer gave, not the same word in the
    document's other list of actors."""
    bot, _ = _ingest_folder(tmp_path, corpus_components, {"metodstod.md": _GUIDE})
    history: list[dict[str, str]] = []
    for message in ("Vad föreslår metodstödet för att fler pojkar ska bli motiverade i skolan?",
                    "Vilka aktörer kan bidra?"):
        response = bot.respond({"message": message, "history": list(history)})
        assert response.grounded, response.text
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": response.text}]
    assert "Näringslivet" in history[-1]["content"], history[-1]["content"]
    listed = next(c for c in response.citations if "Näringslivet" in c.quote)
    picked = bot.respond({"message": "Vilka av dem har med fritiden att göra?", "history": history})
    assert picked.grounded and "Fritidsgårdar" in picked.text and "Näringslivet" not in picked.text, picked.text
    cited = picked.citations[0]
    assert listed.start_line <= cited.start_line <= listed.end_line, (cited, listed)
