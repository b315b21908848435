"""Refusing by the asked kind on the real corpus index (scope.asked_kind, refusal31): a question asking an amount, a
date, a timetable or the steps of a process is answered only by a unit that states that kind where it names the asked
thing; an amount, date or list of another thing is no answer, and the refusal shows what the material does say of
the thing, labelled as such. The same kinds asked of things the material does give them for are answered."""

from __future__ import annotations

import pytest

from assistant.grounding.scope import verdict
from assistant.index.components import Components
from assistant.service import Assistant
from ingest.pipeline import IngestStats

pytestmark = [pytest.mark.slow, pytest.mark.needs_corpus_index]


@pytest.fixture(scope="module")
def bot(corpus_components: tuple[Components, IngestStats]) -> Assistant:
    return Assistant(corpus_components[0])


def _without_kind_check(bot: Assistant, question: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether the question is answered with the asked-kind check left out: the refusal is then this check's own."""
    with monkeypatch.context() as m:
        m.setattr(verdict, "kind_untold", lambda *args, **kwargs: None)
        return bot.respond({"message": question}).grounded


def test_a_timetable_asked_of_work_the_material_dates_not_is_refused(bot: Assistant,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The method guide speaks of the development work's 'tidsplan' without giving one: its lines on the work are no
    timetable, and were the answer before. The refusal names the timetable missing for the work and shows the guide's
    line on it as what the material says of it."""
    question = "Hur ser tidsplanen ut för utvecklingsarbetet i metodstödet?"
    r = bot.respond({"message": question})
    assert not r.grounded
    assert r.text.startswith("Underlaget har inga uppgifter om hur tidsplanen ser ut för utvecklingsarbetet"), r.text
    assert "gäller utvecklingsarbetet, inte någon tidsplan" in r.text.split("\n")[1], r.text
    assert _without_kind_check(bot, question, monkeypatch)


def test_an_amount_asked_of_a_priced_thing_is_answered(bot: Assistant) -> None:
    """The plan's cost calculation prices the maths initiative: the amount and the thing stand in one row."""
    r = bot.respond({"message": "Hur mycket pengar är avsatt för matematiksatsningen?"})
    assert r.grounded and "tkr" in r.text


def test_steps_asked_of_a_process_the_material_does_not_describe_are_refused(bot: Assistant,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """How to apply for a state grant for lovskola: the guide names lovskola only as an item of its suggested
    measures, which are no steps of applying; a list whose intro names the asked process is answered."""
    question = "Hur går man tillväga för att söka statsbidrag för lovskola?"
    refused = bot.respond({"message": question})
    assert not refused.grounded and "inte några steg i ordning" in refused.text
    assert _without_kind_check(bot, question, monkeypatch)
    answered = bot.respond({"message": "Vilka steg ingår när vi ska planera och utforma utvecklingsarbetet?"})
    assert answered.grounded


def test_a_date_or_timetable_asked_needs_one_told_of_the_asked_thing(bot: Assistant,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """When the follow-up of the measures against mobbning is to be made: the guide's mobbning lines give no time;
    when Borås Stad joined the goal is its member line's month, which is answered."""
    question = "När ska uppföljningen av insatserna mot mobbning göras?"
    refused = bot.respond({"message": question})
    assert not refused.grounded and "inte någon tidpunkt" in refused.text
    assert _without_kind_check(bot, question, monkeypatch)
    answered = bot.respond({"message": "När anslöt sig Borås Stad till målet att pojkar ska uppnå goda skolresultat?"})
    assert answered.grounded and "september 2024" in answered.text
    length = bot.respond({"message": "Hur lång tid tar processtödet från första till fjärde träffen?"})
    assert length.grounded and "månader" in length.text
