"""Session 28: a question with two asks ('Vem ska utreda flickornas trygghet, och när ska det vara klart?') is answered
part by part: each ask's unit in the order asked, each cited to its own lines, and a part the sources do not give is
said to be missing for that part only (trial 27: the deadline on the next line was neither given nor said missing).

Through the real pipeline (ingest, retrieval, selection, verdict, answer) on an extra document of the eval
(evals/extra_docs: the Älvmora PDF, where each action's responsible and deadline stand on neighbouring lines) and on a
document of the tests' own, where the deadline is a line of its own after the responsible's sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.grounding.question import analyse, split_asks
from evals.answer_eval import EXTRA_DOCS_DIR
from tests.test_answer_engine import _ingest_folder

TRYGGHET = (
    "# Handlingsplan för trygghet på Ekbyskolan 2025\n\n"
    "## Bakgrund\n\n"
    "I trygghetsenkäten våren 2025 svarade färre flickor än pojkar att de känner sig trygga i omklädningsrummen. "
    "Skolan har därför tagit fram tre åtgärder för läsåret 2025/26.\n\n"
    "## Åtgärder\n\n"
    "Flickornas trygghet i omklädningsrummen ska utredas. Utredningen görs av skolkuratorn Maria Lund tillsammans "
    "med elevrådet.\n"
    "Utredningen ska vara klar senast i december 2025.\n\n"
    "Rastvakternas schema ska ses över så att fler vuxna finns ute vid lunchrasten. Biträdande rektor Olle Berg "
    "ansvarar för schemat, som ska gälla från och med januari 2026.\n\n"
    "Skolans ordningsregler ska diskuteras i alla klasser. Mentorerna leder samtalen, som ska vara genomförda "
    "senast i mars 2026.\n"
)
# A report's measures as numbered paragraphs right under a heading, apart by blank lines, one item's start date set
# apart on a line of its own (trial 29's uploaded PDF): no lead-in with a colon says a list begins.
ATGARDER = (
    "# Jämställdhetsanalys av fritidsverksamheten 2024\n\n"
    "Tabell 1 och föreningarnas redovisning visar att flickorna är färre än pojkarna i alla åldrar.\n\n"
    "## 5. Åtgärder 2025–2026\n\n"
    "1. Fördelningsmodellen för aktivitetsstöd ses över så att även kulturföreningar kan få stöd. Ansvarig:\n"
    "bidragshandläggaren Maria Lindqvist. Klart: 31 december 2025.\n\n"
    "2. Tjejkvällar införs på Strandgården en kväll i veckan. Ansvarig: fritidsgårdschefen Johan Berg.\n\n"
    "Start: januari 2026.\n\n"
    "3. Sporthallen i Norrby hålls öppen för dans och parkour på lördagar. Ansvarig: enhetschefen för idrott\n"
    "Sara Ekholm. Start: hösten 2025.\n\n"
    "4. En enkät till föreningarna kartlägger antalet ledare per kön. Ansvarig: föreningskonsulenten Ali\n"
    "Haddad. Redovisas för nämnden: juni 2026.\n"
)
OTHER_TASKS = ("Helena Strand", "Sara Wikström", "Per-Olof Nyberg", "Amira Haddad")


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, corpus_components: tuple):
    tmp_path: Path = tmp_path_factory.mktemp("two_asks")
    pdf = (EXTRA_DOCS_DIR / "alvmora-delarsrapport-2025-jamstalldhet.pdf").read_bytes()
    assistant, _ = _ingest_folder(tmp_path, corpus_components, {
        "alvmora-delarsrapport-2025-jamstalldhet.pdf": pdf, "ekbyskolan-trygghet.md": TRYGGHET,
        "ekedal-fritid-atgarder.md": ATGARDER})
    return assistant


def _first_part(text: str) -> str:
    """The answer up to its first citation marker: what it says first."""
    m = re.search(r"\[\d+\]", text)
    return text[: m.end()] if m else text


def test_a_question_is_split_into_its_asks_each_with_what_answers_it() -> None:
    cases = {
        "Vem ska utreda flickornas trygghet, och när ska det vara klart?": ["who", "when"],
        "Hur stor var skillnaden och vad beror den på?": ["number", "cause"],
        "Vad kostade det och hur många deltog?": ["money", "number"],
        "Vem ansvarar och hur ofta följs det upp?": ["who", "frequency"],
        "Vem fastställde planen, och när?": ["who", "when"],
        "Who is responsible for the survey and when is it due?": ["who", "when"],
    }
    for question, kinds in cases.items():
        assert [a.kind for a in split_asks(question)] == kinds, question
    assert [a.text for a in split_asks("Vad och varför ändrades i rutinen?")] == \
        ["Vad ändrades i rutinen", "varför ändrades i rutinen"]
    assert split_asks("Vem fastställde planen, och när?")[1].bare
    # one ask: two things counted, two things compared, a question with no second question word
    for question in ("Hur många pojkar och flickor deltog?", "Vem ansvarar för uppföljningen och utvärderingen?",
                     "Vad är skillnaden mellan vad pojkar och vad flickor tycker?", "Vilka aktörer kan bidra?"):
        assert split_asks(question) == (), question
    assert analyse("Vem ansvarar och när ska det vara klart?").asks  # the analysed question carries them


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_who_and_when_on_neighbouring_lines_of_one_action_are_both_answered_first(bot) -> None:
    """The Älvmora report lists five actions, each 'Ansvarig: <role name>. Klart senast <date>.' over two lines: asked
    who and when of one, the answer gives its responsible and deadline first, from its own lines, and no other
    action's responsible."""
    reply = bot.respond({"message": "Vem ska analysera löneskillnaderna i Älvmora, och när ska det vara klart?"})
    assert reply.grounded, reply.text
    first = _first_part(reply.text)
    assert "Jonas Ek" in first and "31 december 2025" in first, reply.text
    assert not any(name in reply.text for name in OTHER_TASKS), reply.text
    cited = reply.citations[0]
    assert cited.source.startswith("alvmora") and cited.start_line <= 93 <= cited.end_line, reply.citations


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_deadline_on_the_next_line_answers_the_second_ask_right_after_the_first(bot) -> None:
    """Trial 27's question: the responsible's sentence answers who; the deadline is a line of its own after it and is
    given next, cited to that line, before anything else (not another action's 'senast i mars 2026')."""
    reply = bot.respond({"message": "Vem ska utreda flickornas trygghet i omklädningsrummen, och när ska det vara "
                                    "klart?"})
    assert reply.grounded, reply.text
    text = reply.text
    assert "Maria Lund" in text and "december 2025" in text, text
    assert text.index("Maria Lund") < text.index("december 2025"), text
    assert "Underlaget anger inte" not in text, text
    deadline = [c for c in reply.citations if "december 2025" in c.quote]
    assert deadline and all(c.source == "ekbyskolan-trygghet.md" for c in deadline), reply.citations
    # the two parts come first: nothing stands between the responsible and the deadline
    between = text[text.index("Maria Lund"): text.index("december 2025")]
    assert "mars 2026" not in between and "Olle Berg" not in between, text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_a_part_the_sources_lack_is_said_missing_and_the_other_part_is_answered(bot) -> None:
    """Asked who and what it costs, where the document names who but no cost: the answer gives the responsible and
    says the cost is not given, for that part only, with no figure made up."""
    reply = bot.respond({"message": "Vem ska utreda flickornas trygghet i omklädningsrummen, och vad kostar "
                                    "utredningen?"})
    assert reply.grounded, reply.text
    assert "Maria Lund" in _first_part(reply.text), reply.text
    assert "Underlaget anger inte någon kostnad" in reply.text, reply.text
    assert not re.search(r"\d[\d\s]*(?:kr|kronor)\b", reply.text), reply.text


@pytest.mark.slow
@pytest.mark.needs_corpus_index
def test_numbered_measures_under_a_heading_are_one_list_and_other_measures_stay_out(bot) -> None:
    """Numbered paragraphs under a heading are read as one list of measures, an item's start date set apart on its own
    line as that item's: asked who runs one measure and when it starts, the answer gives that measure's responsible
    and start, cited to its lines, and none of the other measures (trial 29 appended measures 3 and 4 and, asked
    of measure 4 in a follow-up, three unrelated passages of other documents)."""
    reply = bot.respond({"message": "Vem ansvarar för tjejkvällarna på fritidsgården, och när startar de?"})
    assert "Johan Berg" in reply.text and "januari 2026" in reply.text, reply.text
    assert not any(name in reply.text for name in ("Maria Lindqvist", "Sara Ekholm", "Ali Haddad")), reply.text
    cited = [c for c in reply.citations if c.source.endswith("ekedal-fritid-atgarder.md")]
    assert cited and all(c.start_line >= 9 and c.end_line <= 13 for c in cited), [
        (c.start_line, c.end_line) for c in reply.citations]
    follow = bot.respond({"message": "Och enkäten till föreningarna – vem håller i den och när får nämnden se den?",
                          "history": [{"role": "user", "content": "Vem ansvarar för tjejkvällarna på fritidsgården, "
                                       "och när startar de?"}, {"role": "assistant", "content": reply.text}]})
    assert "Ali" in follow.text and "juni 2026" in follow.text, follow.text
    assert not any(name in follow.text for name in ("Johan Berg", "Sara Ekholm", "Maria Lindqvist")), follow.text
