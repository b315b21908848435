"""A coordinator's question read for what it asks (trial 32): a polite request ('Kan du förklara …', 'Vet du …') and
'Finns det några siffror på …?' ask for content, not yes or no; 'Vad säger X om hur vi ska …?' asks X a
how-question; a follow-up that names its own subject gets no stray word of the turn before; an invitation does not
answer how to begin; a numbered item quoted alone leaves its number in its list; 'i tre punkter' asks three points
and is no search word; a refusal keeps a particle verb whole ('hur X på Y såg ut')."""

from __future__ import annotations

import pytest

from assistant import lexicon as lex
from assistant.generation.wording import indirect_question
from assistant.grounding.followups import rewrite_follow_up
from assistant.grounding.question import analyse, answer_type
from assistant.schema import Turn
from assistant.service import Assistant
from tests.test_own_documents import _ingest


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Kan du förklara enkelt vad jämställdhetsintegrering är? Jag har svårt med svenska.", "definition"),
        ("Kan ni berätta vad en förändringsteori innebär?", "definition"),
        ("Kan du beskriva hur man gör en kartläggning?", "how"),
        ("Kan du beskriva hur vi ska följa upp arbetet?", "evaluation"),
        ("Kan du ge några exempel på åtgärder?", "list"),
        ("Vet du vilka aktörer som kan bidra till läxhjälp?", "list"),
        ("Finns det några siffror på hur stora skillnaderna är mellan pojkar och flickor?", "number"),
        ("Finns det siffror på frånvaron?", "number"),
        ("Vad säger metodstödet om hur vi ska följa upp skillnader mellan flickor och pojkar?", "evaluation"),
        ("Vad säger planen om hur skolan arbetar med trygghet?", "how"),
        ("Vad säger rapporten om varför pojkar halkar efter?", "cause"),
        # still yes/no: whether, not what
        ("Finns det uppgifter om hur skolan arbetar?", "yesno"),
        ("Kan skolan söka bidrag för läxhjälp?", "yesno"),
        ("Finns det stöd för nyanlända elever?", "yesno"),
    ],
)
def test_a_request_for_content_is_no_yes_no_question(question: str, kind: str) -> None:
    assert analyse(question).answer_type == kind


def test_a_polite_request_is_read_as_its_imperative() -> None:
    assert answer_type("Kan du sammanfatta metodstödet?") == "fact"
    assert answer_type("Skulle du kunna beskriva arbetsgången?") == "fact"
    assert answer_type("Kan du tipsa om en bra restaurang?") != "yesno"


def test_the_asked_term_is_read_from_the_frame_and_the_introduction() -> None:
    """'… vad X är' after a frame asks 'Vad är X?'; the asker's setting is no part of the term; an introduction's
    work is what the question's 'det' means; a note on the asker's Swedish is no search word."""
    q = analyse("Kan du förklara enkelt vad jämställdhetsintegrering är? Jag har svårt med svenska.")
    assert q.definiendum == "jämställdhetsintegrering" and q.content_terms == frozenset({"jamstalldhetsintegrering"})
    q = analyse("Hej! Jag är förskolechef i en liten kommun och ska börja jobba med jämställdhetsintegrering. "
                "Vad innebär det för oss i förskolan?")
    assert q.answer_type == "definition" and q.definiendum == "jämställdhetsintegrering"
    assert q.school_forms == ()  # the asker's own setting, not a form the answer must be of


def test_the_form_of_the_answer_is_no_search_word() -> None:
    q = analyse("tack. kan du sammanfatta det viktigaste för förskolan i tre punkter?")
    assert q.points == 3 and q.content_terms == frozenset({"forskolan"})
    assert analyse("Vilka punkter tar planen upp?").points == 0
    assert analyse("Sammanfatta metodstödet i fem punkter.").points == 5


def test_a_follow_up_naming_its_own_subject_gets_no_stray_word() -> None:
    history = [Turn(role="user", content="hur kommer man igång? vad gör man först"),
               Turn(role="assistant", content="…")]
    assert rewrite_follow_up("Vilka bör vara med i arbetet?", history) == "Vilka bör vara med i arbetet?"
    history = [Turn(role="user", content="Hur kommer vi igång med kartläggningen?"),
               Turn(role="assistant", content="…")]
    assert "kartläggningen" in rewrite_follow_up("Vilka bör vara med?", history)


def test_a_refusal_keeps_a_particle_verb_whole() -> None:
    assert indirect_question("hur såg trygghetsenkäten på Granbackaskolan ut förra året, 2024") == \
        "hur trygghetsenkäten på Granbackaskolan såg ut förra året, 2024"
    assert indirect_question("hur ser könsfördelningen ut") == "hur könsfördelningen ser ut"


# An invented method support and an invitation from the same organisation, written as Swedish public documents are.
GUIDE = """# Metodstöd för jämställdhetsarbete i Lindby kommun

## Kom igång

Börja med att läsa in er på de problem som kommunens strategi skriver fram. Undersök sedan vilka skillnader mellan \
flickor och pojkar som finns i er egen verksamhet.

## Stöd i att följa upp

Följ upp arbetet i er ordinarie uppföljning av verksamheten. Använd den könsuppdelade statistiken från \
kartläggningen som jämförelsepunkter när ni följer upp skillnader mellan flickor och pojkar.

## Frågor att diskutera i arbetslaget

1. Hur fördelas talutrymmet i klassrummet?
2. Vilka elever får mest stöd av lärarna?
3. Använd olika metoder, som bildstöd och praktiska övningar, för att möta alla elever.
"""

INVITATION = """# Workshop om skolutveckling i Lindby

Välkommen till en kreativ digital workshop!

Nu kör vi igång med att utveckla vår verksamhet. Vi kommer jobba utifrån våra användares perspektiv och testa nya \
saker tillsammans med er.

Anmäl dig senast den 24 april till kansliet.
"""


@pytest.fixture(scope="module")
def lindby(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _ingest(tmp_path_factory.mktemp("asks32"), {"stod.md": GUIDE, "workshop.md": INVITATION})[0]


def _ask(bot: Assistant, message: str, **options: object) -> str:
    request: dict[str, object] = {"message": message, "mode": "fraga", "history": []}
    if options:
        request["options"] = options
    return str(bot.respond(request).text)


@pytest.mark.slow
def test_how_to_begin_is_answered_by_the_instruction_not_the_invitation(lindby: Assistant) -> None:
    text = _ask(lindby, "hur kommer man igång? vad gör man först")
    assert text.startswith("Börja med att läsa in er"), text
    assert "Nu kör vi igång" not in text


@pytest.mark.slow
def test_what_a_source_says_about_how_to_follow_up_is_its_follow_up_section(lindby: Assistant) -> None:
    text = _ask(lindby, "Vad säger metodstödet om hur vi ska följa upp skillnader mellan flickor och pojkar?")
    assert "ordinarie uppföljning" in text.split("\n")[0], text
    assert lex.UNDECIDED_LEAD not in text


@pytest.mark.slow
def test_a_polite_request_is_answered_with_content_not_yes_or_no(lindby: Assistant) -> None:
    text = _ask(lindby, "Kan du beskriva hur man följer upp skillnader mellan flickor och pojkar?", easy_swedish=True)
    assert "rakt ja eller nej" not in text and "uppfölj" in text, text


@pytest.mark.slow
def test_a_numbered_item_quoted_alone_leaves_its_number(lindby: Assistant) -> None:
    """A term the guide only uses in a numbered item: the refusal quotes the item without its number."""
    text = _ask(lindby, "Vad betyder bildstöd?")
    assert "”Använd olika metoder" in text and "3. Använd" not in text, text
