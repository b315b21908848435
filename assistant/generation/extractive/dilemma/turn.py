"""One turn of the dilemma talk (first turn, follow-ups, two sides, summary), built from the other modules."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.citations import CitationBook
from assistant.generation.audience import reword_phrases
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, source_item, suggestion, user_item
from assistant.generation.extractive.dilemma.items import (
    _TRAILING_MARKERS_RE,
    _cite,
    _earlier_items,
    _key,
    _turn_result,
    _unit_of,
)
from assistant.generation.extractive.dilemma.material import (
    HEAD_LETTERS,
    _about_practice,
    _asked_terms,
    _collection_wide,
    _compound_fields,
    _continuation,
    _group_terms,
    _holds,
    _in_field,
    _in_topic_passage,
    _material_questions,
    _named_sources,
    _on_subject,
    _on_topic,
    _own_claim,
    _perspectives,
    _practice,
    _query_terms,
    _reason_terms,
    _shared_space_passages,
    _space_tension,
    _specific_terms,
    _spoken,
    _takes_up,
    _topic,
    _topic_words,
    _tried_measures,
)
from assistant.generation.extractive.dilemma.participant import (
    ASKED_BACK,
    _also_asked,
    _argument,
    _asks_the_material,
    _claim,
    _counter_view,
    _lower_first,
    _material_subject,
    _names,
    _own_question,
    _parties_ask,
    _restate,
    _second_person,
    _sentences,
    _sides,
    _subject_of,
    _their_argument,
    _turn_query,
    _without_intro,
    asks_for_more_perspectives,
)
from assistant.generation.extractive.dilemma.workshops import (
    Workshop,
    _card_counter,
    _card_questions,
    _card_views,
    _dilemma_card,
    _dilemma_head,
    _distinct_questions,
    _fitting_questions,
    _match,
    _named,
    _rare_shared_words,
    _shared_words,
    _supported,
    _theme,
    _title_only,
    general_questions,
    title_only_note,
    workshops,
)
from assistant.generation.facts.model import org_kind
from assistant.grounding.catalogue import DilemmaCase
from assistant.index.lexical import tokenize
from assistant.index.units import Unit
from assistant.modes import MODES, Mode
from assistant.schema import DraftItem, DraftSection, Turn

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


# The closing hands the choice back; each turn asks something new instead of repeating the first turn's words.
CLOSINGS = (
    "Det finns inget givet svar här – vilka värden och vilka elevers behov väger tyngst för er, och vad skulle få er "
    "att se annorlunda på saken?",
    "Det finns inget givet svar här – hur väger ni ditt argument mot det andra perspektivet, och vem påverkas mest "
    "av det ni väljer?",
    "Det finns inget givet svar här – vad behöver ni veta mer om, och vilka behöver ni höra, innan ni bestämmer er?",
    # (the pupils of the situation, not one pupil: trial 28 closed a class's talk with 'eleven och vårdnadshavarna')
    "Det finns inget givet svar här – vilket beslut kan ni stå för inför eleverna och vårdnadshavarna, och hur "
    "följer ni upp att det blev rätt?",
)
# A summary hands the choice back as every turn does: it says what was weighed, not what to choose.
SUMMARY_CLOSING = ("Det finns inget givet svar här – sammanfattningen visar vad ni har vägt, och valet är ert. "
                   "Vilket perspektiv väger tyngst för er, och vad behöver ni fortfarande ta reda på?")
# How a summary sums up: at most this many perspectives and workshop questions, the latest of these.
SUMMARY_PERSPECTIVES = 3
SUMMARY_QUESTIONS = 2
# The question a turn asks when the workshop has none (left) to ask.
OWN_QUESTION = "Vad skulle få er att ändra uppfattning – och vem behöver ni höra innan ni bestämmer er?"
# ... and the next ones, each asked once, when the talk goes on after it (the workshop's questions that fit the
# dilemma can be few).
MORE_OWN_QUESTIONS = ("Vilka elever påverkas mest av det ni väljer, och hur får ni veta vad de själva tycker?",
                      "Vad säger skollagen och läroplanen om situationen, och vad lämnar de åt er att avgöra?")


def _meeting_questions(message: str, opening: str, said: str) -> list[DraftItem]:
    """What to prepare for a talk the participant has ahead with a party ('Vad ska jag säga till pappan på mötet på
    torsdag?', `lexicon.MEETING_PREP_RE`): questions for their own preparation, the party's and the pupil's voice,
    never what to say (trial 34 D4 got 'tänk framåt' and nothing for the meeting). None for any other turn, and
    none asked already.

    >>> [i.text for i in _meeting_questions("Vad ska jag säga till pappan på mötet?", "En pappa vill att hans dotter \
ska slippa simningen.", "")][0]
    'Vad vill du att pappan ska få veta på mötet, och vad vill du fråga om för att förstå skälen bakom önskemålet?'
    """
    m = lex.MEETING_PREP_RE.search(message)
    if not m:
        return []
    party = next((p.group(1).lower() for p in lex.DILEMMA_PARTY_RE.finditer(m.group(0))), "") or \
        next((lex.DILEMMA_PARTY_DEFINITE[p.group(1).lower()] for p in lex.DILEMMA_PARTY_INDEFINITE_RE.finditer(
            m.group(0))), "") or lex.MEETING_PARTY_FALLBACK
    child = next((p.group(1).lower() for p in lex.DILEMMA_PARTY_RE.finditer(opening)
                  if p.group(1).lower() in lex.DILEMMA_CHILD_PARTIES), "") or next(
        (lex.DILEMMA_PARTY_DEFINITE[p.group(1).lower()] for p in lex.DILEMMA_PARTY_INDEFINITE_RE.finditer(opening)
         if lex.DILEMMA_PARTY_DEFINITE[p.group(1).lower()] in lex.DILEMMA_CHILD_PARTIES), "") or lex.MEETING_CHILD_FALLBACK
    questions = [q.format(party=party, child=child) for q in lex.MEETING_PREP_QUESTIONS]
    return [suggestion(q) for q in questions if q.lower() not in said]


def _trial_questions(message: str, said: str) -> list[DraftItem]:
    """Questions for designing the trial a participant asks how to run ('Hur kan vi pröva något annat under en termin
    och se om det funkar?', `lexicon.TRIAL_REQUEST_RE`): what is tried, for how long, what is measured before and
    after by gender, the pupils' voice and the decision at the end (trial 35 D4 got 'tänk framåt' and no help).
    Never what to try; none for any other turn, and none asked already.

    >>> [i.text for i in _trial_questions("Okej. Hur kan vi pröva något annat under en termin?", "")][1]
    'Hur lägger ni upp försöket under en termin – när börjar ni, och när stämmer ni av halvvägs?'
    >>> _trial_questions("Ska vi dela klassen?", "")
    []
    """
    if not lex.TRIAL_REQUEST_RE.search(message):
        return []
    span = lex.TRIAL_SPAN_RE.search(message)
    named = f"{lex.TRIAL_SPAN_FALLBACK} {span.group(0).lower()}" if span else lex.TRIAL_SPAN_FALLBACK
    questions = [q.format(span=named) for q in lex.TRIAL_DESIGN_QUESTIONS]
    return [suggestion(q) for q in questions if q.lower() not in said]


def _detail_questions(message: str, said: str) -> list[DraftItem]:
    """A question on the span of time the participant names ('De har haft hela våren på sig'): what was tried in it
    is what the talk needs to weigh their argument (trial 27 left 'hela våren' aside). None when they name none, or
    when it was asked already.

    >>> [i.text for i in _detail_questions("De har haft hela våren på sig och inget har hänt.", "")]
    ['Ni nämner ”hela våren”: vad har prövats under den tiden, och vad säger det om nästa steg?']
    """
    m = lex.TALK_SPAN_RE.search(message)
    if not m:
        return []
    question = f"Ni nämner ”{m.group(0).lower()}”: vad har prövats under den tiden, och vad säger det om nästa steg?"
    return [] if question.lower() in said else [suggestion(question)]


def _earlier_turns(history: Sequence[Turn]) -> list[Turn]:
    """The assistant's earlier dilemma turns: those that asked the workshop's questions under their heading."""
    heading = f"{MODES['dilemma'].heading('fragor')}:"
    return [t for t in history if t.role == "assistant" and heading in t.content]


def goes_on_dilemma(history: Sequence[Turn]) -> bool:
    """Whether a conversation is a dilemma talk under way: an earlier dilemma turn asked the workshop's questions."""
    return bool(_earlier_turns(history))


def in_dilemma_talk(turn: PreparedTurn) -> bool:
    """Whether the turn goes on a dilemma talk: an earlier dilemma turn asked the workshop's questions."""
    return turn.request.mode == "dilemma" and bool(_earlier_turns(turn.request.history))


def dilemma(backend: ExtractiveBackend, turn: PreparedTurn, book: CitationBook) -> BackendResult:
    """Restate, bring grounded perspectives, hand back the workshop's questions; over turns, respond."""
    mode: Mode = "dilemma"
    request = turn.request
    earlier = _earlier_turns(request.history)
    said = " ".join(t.content for t in request.history if t.role == "assistant").lower()
    user_turns = [t.content for t in request.history if t.role == "user"]
    opening = user_turns[-len(earlier)] if earlier and len(user_turns) >= len(earlier) else request.message
    opening = _without_intro(opening)  # who the participant is is no part of the dilemma
    found = workshops(backend)
    # The participant's dilemma is the one their opening described: later turns argue about it and stay with its
    # workshop (matched on the opening alone, as the first turn was), whatever words their arguments use.
    workshop, case = _match(backend, opening, found)
    kind = org_kind(opening)  # a socialtjänst's dilemma is discussed with its own parties, not a school's
    if not kind and lex.PRESCHOOL_RE.search(opening) and not lex.PUPIL_WORDS_RE.search(opening):
        # ... and a förskola's with its children, whoever leads it ('rektorn': session 29 said 'elever' to a förskola)
        kind = "förskola"
    topic = _topic(backend, opening)  # perspectives on what the dilemma is about come first
    groups = _group_terms()
    core = topic | frozenset(t for t in _reason_terms(opening) if t not in groups  # ... and on its reason
                             and not _collection_wide(backend, t) and len(t) >= HEAD_LETTERS)
    # the situation in the documents' words too ('mamman' -> vårdnadshavare): a title is read against both
    in_their_words = f"{opening} {backend.evidence.analyse(opening).search_text}"
    if case is not None and not _named(opening, case) and _title_only(case) and \
            not _shared_words(case.title, in_their_words):
        # Matched by meaning to a bare title that shares none of the situation's words ('Ett autentiskt fall från en
        # skolverksamhet' for splitting a class by gender): nothing shows that case is like theirs.
        case = None
    # The method support's goal card the dilemma is about, matched by meaning as a draft's problem is: the material's
    # own words for the participant's subject ('resultatskillnader mellan klasser' for showing each teacher's classes'
    # grades; trial 26 said the material did not take that up).
    card = _dilemma_card(backend, opening, kind)
    # A workshop dilemma whose title shares the situation's own words (in the documents' words) is one like it: the
    # talk is the material's, its workshop's questions fit (dilemma27: a mentor calling a silent father was 'not
    # covered' though the report's workshop discussed 'Vårdnadshavaren').
    covered = turn.support.supported or card is not None or (
        opening != request.message and _supported(backend, opening)) or (
        case is not None and bool(_rare_shared_words(case.title, in_their_words)))
    # a dilemma told without a school's words (a care unit's schedule, a board's nominations) is discussed without the
    # workshops' questions on the school and the home, and closed without them
    school = bool(lex.SCHOOL_SITUATION_RE.search(opening)) or kind in ("", "förskola") and bool(
        lex.SCHOOL_SITUATION_RE.search(" ".join(user_turns)))
    wording = kind or ("" if school else "allmän")
    if not earlier and not covered and not (case is not None and _named(request.message, case)):
        # (A dilemma named by its title is the material's own, whatever else the message holds.)
        return _ours(_uncovered_opening(backend, book, request.message, found), wording)
    if earlier and _UNCOVERED_RE.search(earlier[0].content):
        # The opening was one the material does not cover: no workshop's dilemma is claimed to be like it, and the
        # questions asked are the workshops' general ones.
        workshop, case = Workshop("", [], general_questions(found)), None
    avoid = {" ".join(s.lower().split()) for s in re.split(r"\n", said)}
    # The report's description of its workshops (who was interviewed, when) is programme, not a perspective.
    starts = [d.start_line for w in found for d in w.dilemmas]
    skip = (found[0].dilemmas[0].chunk.source, min(starts) - 20, max(starts) + 40) if found else ("", 0, 0)

    def unsaid(u: Unit) -> bool:
        return " ".join(_spoken(u).lower().split())[:60] not in said

    seen = backend.evidence.weights.seen
    fitting = [q for q in _fitting_questions(workshop, case, found, core)
               if school or not lex.SCHOOL_SITUATION_RE.search(q.text)]

    sections = []
    built: list[DraftItem] = []  # discussion questions built from the situation, when the turn asks for them
    if earlier and lex.SUMMARY_REQUEST_RE.search(request.message):
        # 'Kan du sammanfatta vad vi bör göra?': what was said, weighed and asked so far – never what to choose.
        # The turn that asks for the summary may argue first ('Fast jag landar ändå i att … Sammanfatta
        # argumenten.'): that position is summed up too (trial 30 D4 left the participant's last stance out).
        arguments = user_turns[-len(earlier) + 1:] if len(earlier) > 1 else []
        answers = [t.content for t in request.history if t.role == "assistant"]
        own = " ".join(t for t in _sentences(request.message) if not lex.SUMMARY_REQUEST_RE.search(t))
        if own and not own.endswith("?") and not lex.ACKNOWLEDGEMENT_RE.match(own):
            arguments, answers = [*arguments, own], [*answers, ""]
        return _ours(_summary(backend, book, opening, arguments, answers, workshop, case, fitting,
                              topic if lex.BOTH_SIDES_RE.search(request.message) else None), wording)
    if not earlier:
        sections.append(draft_section(mode, "dilemmat", _dilemma_head(book, request.message, workshop, case)))
        focus = {t: w for t, w in _specific_terms(backend, opening).items() if seen(t)}
        top = frozenset(sorted(focus, key=lambda t: -focus[t])[:1])
        views = [u for u in _perspectives(backend, f"{opening} {_theme(workshop.theme) if workshop else ''}",
                                          avoid, 3, skip=skip, focus=top, contrast_last=True, topic=core)
                 if unsaid(u)]
        if card is not None:
            # The card's passages first, one closest to the whole situation and one to each sentence that tells it
            # (the other party's position last told comes first: 'Två kollegor … känner sig uthängda'); the
            # situation's own search fills the rest.
            told = [t for t in _sentences(opening) if not t.endswith("?")]
            from_card = _card_views(backend, card, [opening, *reversed(told)], avoid, skip, unsaid, 3)
            views = [*from_card, *(u for u in views if u.unit_id not in {c.unit_id for c in from_card}
                                   and _on_topic(u, core))][:3]
        # Perspectives are on the situation's subject: where none of them holds one of its words, they only share
        # its groups ('pojkar', 'flickor') and are on something else (trial 23: boys' grades and violence for
        # splitting PE by gender). (Beside one that is on it, a weighing one stays: 'påverkas av mer än bara kön'.)
        off_subject = bool(core) and card is None and not any(_on_topic(u, core) for u in views)
        if off_subject and (words := _topic_words(request.message, core)):
            # searched by the situation's own words, as `_more_perspectives` does, for passages on it
            views = [u for u in _perspectives(backend, words, avoid, 3, skip=skip, topic=core)
                     if unsaid(u) and _on_topic(u, core)]
            off_subject = not views
        # ... and each of them is: a passage beside them that holds none of its words is on something else (trial 28:
        # Karlskoga's pupil groups beside a class's talk time), but for one that weighs the others in their own
        # passage ('… påverkas av mer än bara kön' after a line on riktad läxhjälp)
        near_chunks = {u.chunk.chunk_id for u in views if _on_subject(backend, u, core)}
        views = [] if off_subject else [u for u in views if card is not None or _on_subject(backend, u, core)
                                        or (lex.CONTRAST_RE.search(u.text) and u.chunk.chunk_id in near_chunks)]
        off_subject = off_subject or (bool(core) and card is None and not views)
        note = [suggestion(title_only_note(case, workshop))] \
            if case is not None and workshop is not None and _named(request.message, case) and _title_only(case) else []
        near = _near_tension(backend, opening) if off_subject else []
        if near:  # passages on the same tension, in the documents' words, labelled as near, not as on their case
            views = near
            note.append(suggestion(NEAR_TENSION_NOTE))
        elif off_subject:
            note.append(suggestion(NO_PERSPECTIVE_NOTE))
            built = [suggestion(OWN_VIEW_QUESTION)]  # their own view first: the material has none to offer
        sections.append(draft_section(mode, "perspektiv", note + [source_item(_spoken(u), [_cite(book, u)])
                                                                  for u in views]))
        # the material's questions on the subject (the goal card's first), then the workshop's; three at most
        from_card = _card_questions(backend, card, opening, unsaid)
        asked = [*from_card, *(q for q in _material_questions(backend, (opening,), core, unsaid, said)
                               if q.unit_id not in {c.unit_id for c in from_card})][:2]
        asked = asked + [q for q in fitting if unsaid(q)][:3 - len(asked)]
    elif lex.DISCUSSION_QUESTIONS_RE.search(request.message):
        # 'Vilka frågor ska vi ta upp på nästa ämneskonferens?' asks the facilitator for questions on their situation:
        # each side's arguments as told and as the material's perspectives weigh on them, then questions built from
        # the sides and perspectives, with the workshop's own that fit.
        sections.append(draft_section(mode, "svar", [user_item(_their_argument(request.message), request.message)]))
        answers = [t.content for t in request.history if t.role == "assistant"]
        arguments = user_turns[-len(earlier) + 1:] if len(earlier) > 1 else []
        sides = _two_sides(backend, book, opening, arguments, answers, topic)
        sections += sides
        built = _situation_questions(opening, arguments, sides, said)
        asked = [q for q in fitting if unsaid(q)][:2]
    elif lex.NEXT_STEP_ASK_RE.search(request.message) and not lex.ASKS_FOR_THE_ANSWER_RE.search(request.message):
        # 'Vad skulle vara ett första litet steg vi kan ta nästa vecka?' asks what to do, not what is right: what
        # others tried on the same tension, cited and said to be tried, not chosen for them, and the choice of a step
        # handed back with how they would see whether it helped (trial 36 D4 got a generic 'tänk framåt').
        sections.append(draft_section(mode, "svar", [user_item(_their_argument(request.message), request.message)]))
        wide = copy.copy(backend)
        wide.evidence = getattr(backend.evidence, "whole", backend.evidence)
        tried = [u for u in _tried_measures(wide, opening, _near_tension(backend, opening), TRIED_MEASURES)
                 if unsaid(u)]
        sections.append(draft_section(mode, "perspektiv", [
            suggestion(TRIED_LEAD if tried else NO_TRIED_NOTE),
            *(source_item(_spoken(u), [_cite(book, u)]) for u in tried)]))
        built = [suggestion(q) for q in STEP_QUESTIONS if q.lower() not in said]
        asked = [q for q in fitting if unsaid(q)][:1]
    elif asks_for_more_perspectives(request.message):
        # 'Vilka perspektiv har vi missat?' asks the facilitator, it argues nothing: a perspective of the material on
        # the dilemma not yet given, none for a dilemma the material does not cover.
        sections.append(draft_section(mode, "perspektiv", _more_perspectives(
            backend, book, opening, workshop, avoid, unsaid, skip, core,
            covered=not _UNCOVERED_RE.search(earlier[0].content))))
        asked = [q for q in fitting if unsaid(q)][:1]
    else:
        # said back whole: what else the turn told is the participant's own detail ('De har haft hela våren på sig
        # och inget har hänt'; trial 27 left it out)
        back = _their_argument(request.message)
        said_back = [user_item(back + ("" if back.startswith(ASKED_BACK) else
                                       _rest_of(request.message) + _also_asked(request.message)), request.message)]
        built = _detail_questions(request.message, said) + _meeting_questions(request.message, opening, said) + \
            _trial_questions(request.message, said)
        argument = _argument(request.message)
        wants_answer = bool(lex.ASKS_FOR_THE_ANSWER_RE.search(request.message))
        # what the turn argues beside its demand ('Fast kollegorna har rätt i att tiden inte räcker. Vilket är det
        # rätta svaret?'; session 31 said back only an earlier turn), else what they argued last
        own_position = _last_position([" ".join(t for t in _sentences(request.message)
                                                if not lex.ASKS_FOR_THE_ANSWER_RE.search(t))])
        argued = _positions(user_turns[-len(earlier) + 1:] if len(earlier) > 1 else [])
        position = own_position or (argued[-1] if argued else "")
        if wants_answer:
            # 'Säg bara vad vi ska göra': the choice is handed back, and what they argued last is weighed against the
            # other side (trial 28 D4 quoted a line on something else; the answer request is no argument of theirs).
            # What they weighed so far is said back first, each position briefly (trial 31 D4 recapped neither the
            # merit gap nor the girls' ill-health), then what the turn itself argues.
            told = [_past(_their_argument(a)) + _rest_of(a) for a in argued[-RECAPPED_POSITIONS:]] + (
                [_their_argument(own_position)] if own_position else [])
            said_back = [suggestion(" ".join([ANSWER_ASKED, *told]))]
            argument = _argument(position) if position else opening
        # a turn argues when a sentence of it is no question ('Flickorna mår sämre. Blir det inte orättvist …?')
        argues = any(not t.endswith("?") for t in _sentences(argument))
        reason = _reason(argument) if not argument.endswith("?") else ""
        if reason:
            # their reason, not only their words: the next question asks what it rests on and what the other side
            # would answer to it
            question = REASON_QUESTION.format(reason=_second_person(reason))
            built = built + ([] if question.lower() in said else [suggestion(question)])
        own = _specific_terms(backend, _turn_query(argument), opening)
        followed = bool(own) and _takes_up(backend, _turn_query(argument), own)
        asked = "" if wants_answer else _own_question(request.message)
        asked_own = _specific_terms(backend, _turn_query(asked), opening) if asked else {}
        uncovered = bool(asked_own) and not _takes_up(backend, _turn_query(asked), asked_own)
        if back.startswith(ASKED_BACK) and (uncovered or _asks_the_material(request.message)) and not wants_answer:
            # A question the material answers, or is said not to take up, goes straight to the material: a
            # facilitator does not quote it back ('Du frågar: ”Vad säger underlaget om …?”'; session 30 left it).
            said_back = said_back[1:]
        uncovered_nearest: list[Unit] = []
        if uncovered:
            # Asked about something the material does not take up: say so, then the nearest lines on the dilemma
            # (labelled as near; none that holds the asked words in another sense), then go on facilitating it.
            # (none where the first turn found nothing on the dilemma: a line then only shares its words)
            uncovered_nearest = [] if _UNCOVERED_RE.search(earlier[0].content) or \
                NO_PERSPECTIVE_NOTE in earlier[0].content else _nearest_on_dilemma(
                backend, f"{argument} {opening}", avoid, skip, topic, unsaid, frozenset(asked_own))
            said_back.append(suggestion(f"Underlaget tar inte upp {_subject_of(request.message)}." + (
                NEAREST_LEAD if uncovered_nearest else NO_NEAREST)))
            said_back += [source_item(_spoken(u), [_cite(book, u)]) for u in uncovered_nearest]
            avoid |= {" ".join(u.text.lower().split()) for u in uncovered_nearest}
        if said_back:
            sections.append(draft_section(mode, "svar", said_back))
        on_point: list[Unit] = []
        off_practice: frozenset[str] = frozenset()  # the asked practice's words, when the material does not discuss it
        if _asks_the_material(request.message) and not uncovered:
            # Asked what the material says: its closest statements on what is asked come first, then the other side.
            # What is asked is searched in its own words ('jämföra resultat mellan klasser'), and by the goal card
            # it is about (the material's words for it), before the argument beside it (trial 26: a direct question
            # got no source at all).
            subject = _material_subject(request.message)
            asked_card = _dilemma_card(backend, subject, kind) or card
            on_point = _card_views(backend, asked_card, [subject], avoid, skip, unsaid, 1) \
                if asked_card is not None else []
            named = _named_sources(backend, request.message)
            if named:  # the document they named speaks first ('Säger metodstödet något om …?')
                on_point = [u for u in on_point if u.chunk.source in named] + \
                    [u for u in _perspectives(backend, subject, avoid, 2, skip=skip, sources=named) if unsaid(u)]
            on_point += [u for query in (subject, f"{argument} {opening}", argument)
                         for u in _perspectives(backend, query, avoid, 2, skip=skip) if unsaid(u)]
            # What is asked about names its own subject ('höga förväntningar', 'aktörer'): a passage that holds none
            # of its words answers something else (dilemma27: 'Säger metodstödet något om hur man når alla
            # vårdnadshavare?' got 'resultatskillnader mellan klasser', the dilemma's card, and a plan's schedule).
            asked_about = _asked_terms(subject)
            asked_practice = _practice(subject)
            if asked_about and asked_practice is None:
                # (a practice is held to its noun and a modifier below, a group by any group: 'barns lek' is met by
                # 'Flickorna valde sällan bygghörnan när … pojkar redan lekte där', which holds no 'barn')
                on_point = [u for u in on_point if _holds(u.text, asked_about)]
            # A practice is named by all its words: a passage that shares one of them only ('könsuppdelad statistik'
            # for 'könsuppdelad undervisning', trial 30 #6) is on another practice. Where none holds them all, the
            # turn says the material does not discuss it and gives the nearest lines on the dilemma, labelled so.
            # Only the practice's own phrase counts, not a complement after a preposition: 'uppföljningen av stödet'
            # is discussed where 'Uppföljningen …' is (the stöd is the dilemma's own subject).
            # ... and only a practice named by a modifier and its noun ('könsuppdelad undervisning', 'unga mäns
            # läsning'), not a verb and its object ('jämföra resultat', which the material says as
            # 'resultatskillnader'): a line on it holds its noun and a modifier together (`_about_practice`; session 31:
            # 'Tips på vidare läsning' shares only the noun of 'unga mäns läsning')
            practice = frozenset() if asked_practice is None else asked_practice[0] | asked_practice[1]
            found_lines = bool(on_point)  # (none found not yet said is no sign the material does not discuss it)
            if asked_practice is not None:
                on_point = [u for u in on_point if _about_practice(u.text, asked_practice)]
            not_discussed = asked_practice is not None and found_lines and not on_point
            on_point = list({u.unit_id: u for u in on_point}.values())[:2]
            if not_discussed:
                nearest = _nearest_on_dilemma(backend, f"{argument} {opening}", avoid, skip, topic, unsaid,
                                              asked_about)
                sections.append(draft_section(mode, "perspektiv", [
                    suggestion(NOT_DISCUSSED_NOTE.format(subject=_second_person(subject)) +
                               (NEAREST_LEAD if nearest else NO_NEAREST)),
                    *(source_item(_spoken(u), [_cite(book, u)]) for u in nearest)]))
                on_point, off_practice = nearest, practice
            elif on_point:
                sections.append(draft_section(mode, "perspektiv", [source_item(_spoken(u), [_cite(book, u)])
                                                                    for u in on_point]))
            avoid |= {" ".join(u.text.lower().split()) for u in on_point}
        other = _counter_view(opening, argument)
        # A point of the participant's own that a passage takes up is answered by that passage ('Vem bestämmer i
        # slutändan?' by who is responsible), not by the opening's subject again.
        on_turn = [u for u in _perspectives(backend, _turn_query(argument), avoid, 4, skip=skip,
                                            focus=frozenset(own)) if unsaid(u) and _holds(u.text, frozenset(own))] \
            if followed and (other is None or asked_own) else []
        # Searched for the view argued against, else for the participant's own claim (what they hold, without
        # 'Jag tycker att'), before the whole talk: the opening's words drew passages on the dilemma's title instead
        # of on what they argued (trial 27: 'föräldrarnas ansvar' got a line on contacts with socialtjänsten).
        queries = [_claim(other)] if other else [opening] if lex.ASKS_FOR_THE_ANSWER_RE.search(argument) else \
            [_own_claim(argument), f"{opening} {argument}"]
        if reason:  # ... and for their reason, what the material says on what it rests on
            queries.insert(1, reason)
        # Nothing in the material is about what they asked: no passage on something else is passed off as a view.
        # A counter-perspective is on the dilemma or the participant's point (`_on_topic`), never a passage that
        # only shares its everyday words ('pojkar', 'flickor').
        on_dilemma = topic | _topic(backend, argument)
        # The dilemma's own words are searched only when the whole talk finds no passage on it.
        # A dilemma the material does not take up (the first turn said so) gets no passage that merely shares its
        # words ('nämnden' in a protocol line) as a counter-perspective: only one that takes up the turn's own point,
        # not just the groups every passage names ('pojkarna').
        not_covered = _UNCOVERED_RE.search(earlier[0].content) is not None
        # ... nor one whose first turn found no passage on its subject (NO_PERSPECTIVE_NOTE): a later counter takes up
        # the turn's own point or is none (session 30: 'kränkande behandling' against a förskola's way of naming
        # the children, 'kunskapskraven' against separate changing rooms)
        # ... nor one whose first turn had only passages near its tension (NEAR_TENSION_NOTE): a passage that shares
        # an everyday word of the situation ('aktiviteter') is on something else (drafts37: 'Som verksamhetsmål anges
        # olika aktiviteter …' against a fritids' free play); the same tension elsewhere still speaks to it
        near_talk = NEAR_TENSION_NOTE in earlier[0].content
        nothing_close = not_covered or NO_PERSPECTIVE_NOTE in earlier[0].content or near_talk
        point = frozenset(own) - groups
        counter = [] if uncovered else [u for u in on_turn[:1] if _holds(u.text, point)] if nothing_close else \
            on_turn[:1] or _card_counter(backend, card, queries[0], avoid, skip, unsaid) or next(
            ([u] for q, near in (*((q, near) for q in dict.fromkeys(queries) for near in (False, True)),
                                 (_topic_words(f"{opening} {argument}", on_dilemma), False))
             for u in _perspectives(backend, q, avoid, 4, prefer_contrast=other is None, skip=skip, topic=on_dilemma)
             if unsaid(u) and (not topic or _in_topic_passage(u, topic))  # in a passage on the dilemma itself
             and (_on_subject(backend, u, on_dilemma) or near and _in_topic_passage(u, on_dilemma)
                  and _holds(u.text, _query_terms(backend, q)))), [])
        if not counter and not uncovered and near_talk and _space_tension(opening):
            wide = copy.copy(backend)
            wide.evidence = getattr(backend.evidence, "whole", backend.evidence)
            counter = [u for u in _shared_space_passages(wide, opening, 6) if unsaid(u)][:1]
        if not counter and not uncovered and not nothing_close:
            # No passage not yet given takes the other side: the material's next sentence after a perspective
            # given earlier that weighed the view against another.
            given = [_unit_of(backend, t) for t in _earlier_items(
                [t.content for t in request.history if t.role == "assistant"],
                (MODES[mode].heading("perspektiv"), MODES[mode].heading("motperspektiv")))]
            # ... on the dilemma's subject too (session 28: after a line on a board's way of working, its next
            # sentence on course participants' homework was given for a parent's objection)
            more = _continuation([u for u in given if u is not None], lambda v: unsaid(v) and _on_subject(
                backend, v, on_dilemma) and (not topic or _in_topic_passage(v, topic)))
            counter = [more] if more is not None else []
        # A document that lists one proposal in two places ('4. Anställ elevassistenter …', '5. Anställ …') gave one
        # turn the same words as perspective and as counter-perspective (dilemma27): each passage once a turn.
        given = {_key(_spoken(u)) for u in on_point}
        counter = [u for u in counter if _key(_spoken(u)) not in given]
        # ... and no line that only shares a word of a practice the material does not discuss is the other side
        counter = [u for u in counter if not (off_practice and _holds(u.text, off_practice))]
        # ... nor one that holds the noun of what the turn names with a modifier but not the modifier ('skolfrånvaro'
        # in a line on honour norms for 'stressrelaterad frånvaro', trial 31 D3): it is on another kind of it
        named_kinds = _modified_nouns(argument)
        counter = [u for u in counter if not _other_kind(u.text, named_kinds)]
        items = [source_item(_spoken(u), [_cite(book, u)]) for u in counter]
        if not items:
            # the situation's own parties, as `_more_perspectives` asks: a school's trio is no socialtjänst's; a
            # prompt once given is not given again (trial 26 had the same one in two turns running)
            # ... the party of the view they argue against when there is one (trial 28's talks asked for the view of
            # the party the participant had just sided with)
            against = other if other and lex.DILEMMA_PARTY_RE.search(other) else opening
            prompts = [p.format(parties=_parties_ask(against)) for p in OTHER_SIDE_PROMPTS]
            # ... said plainly first: the material does not take their point up; the nearest lines on the dilemma
            # follow, labelled as near, and their reason is asked for when they gave none (trial 29 #9, trial 30 D2:
            # a prompt alone read as if the material had been weighed)
            shown = {u.unit_id for u in on_point}
            nearest = [] if nothing_close or not topic or uncovered else [
                u for u in _perspectives(backend, f"{opening} {argument}", avoid, 4, skip=skip, topic=on_dilemma)
                if unsaid(u) and u.unit_id not in shown and _on_subject(backend, u, on_dilemma)
                and not _other_kind(u.text, named_kinds)][:1]
            # (a question asked of the material was answered above: no second 'tar inte upp' for it)
            lead = "" if wants_answer or uncovered or off_practice or not argues else \
                NO_COUNTER_NOTE + (NEAREST_COUNTER_LEAD if nearest else "")
            items = [*([suggestion(lead)] if lead else []),
                     *(source_item(_spoken(u), [_cite(book, u)]) for u in nearest),
                     suggestion(next((p for p in prompts if p.lower() not in said), prompts[-1]))]
            if not wants_answer and not reason and argues and REASON_ASKED.lower() not in said:
                built = [*built, suggestion(REASON_ASKED)]
        sections.append(draft_section(mode, "motperspektiv", items))
        material = [] if uncovered or not_covered else _material_questions(
            backend, (f"{argument} {opening}", argument), on_dilemma, lambda u: unsaid(u) and u not in counter, said)
        asked = material + [q for q in fitting if unsaid(q)][:1]
    own = next((q for q in (OWN_QUESTION, *MORE_OWN_QUESTIONS) if q.lower() not in said), OWN_QUESTION)
    asked = _distinct_questions(asked)
    questions = [*built, *(source_item(_spoken(q), [_cite(book, q)]) for q in asked)] or [suggestion(own)]
    sections.append(draft_section(mode, "fragor", questions))
    return _ours(_turn_result(sections, CLOSINGS[min(len(earlier), len(CLOSINGS) - 1)],
                              f"Diskussionsstöd{': ' + case.title if case else ''}"),
                 wording)


def _modified_nouns(argument: str) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """The things a participant's turn names by a rare modifier and its noun ('stressrelaterad frånvaro',
    'normkritisk undervisning'), read as `_practice` reads an asked one; the modifier is rare
    (`lexicon.COMMON_WORD_ZIPF`): 'hög frånvaro' names frånvaro itself."""
    words = re.findall(r"\w+", argument)
    found = []
    for first, second in zip(words, words[1:], strict=False):
        if len(first) >= 6 and first.lower().endswith(lex.ADJECTIVE_ENDINGS) and len(second) >= 4 and \
                zipf_frequency(first.lower(), "sv") < lex.COMMON_WORD_ZIPF and second.lower() not in lex.PREPOSITIONS:
            named = _practice(f"{first} {second}")
            if named is not None and named[1]:
                found.append(named)
    return found


def _other_kind(text: str, kinds: list[tuple[frozenset[str], frozenset[str], str]]) -> bool:
    """Whether a line holds the noun of one of the turn's modified nouns but none of its modifiers: another kind."""
    return any(_holds(text, head) and not _holds(text, own) for head, own, _ in kinds)


def _nearest_on_dilemma(backend: ExtractiveBackend, query: str, avoid: set[str], skip: tuple[str, int, int],
                        topic: frozenset[str], unsaid: Callable[[Unit], bool], asked: frozenset[str]) -> list[Unit]:
    """The nearest lines on the dilemma when the material does not take up what the turn asks: on its topic (its own
    words), not yet said, and none that holds the asked words (a line that only shares them is on something else)."""
    return [u for u in _perspectives(backend, query, avoid, 4, skip=skip, topic=topic)
            if unsaid(u) and (not topic or _on_topic(u, topic)) and not (asked and _holds(u.text, asked))][:2]


# What a turn says when no passage of the material takes up the participant's point, before the nearest line on the
# dilemma and the facilitator's prompt; and the question on their reason when they gave none (facilitator's wording).
NO_COUNTER_NOTE = "Underlaget tar inte upp just det du säger här."
NEAREST_COUNTER_LEAD = " Det närmaste det säger om dilemmat är det här – läs det som närliggande:"
REASON_ASKED = "Vad är ditt viktigaste skäl för det, och vad skulle få dig att se annorlunda på saken?"
# What a turn says when the material names the practice asked about nowhere, only some of its words (trial 30 #6:
# 'könsuppdelad statistik' offered on 'könsuppdelad undervisning'): it does not discuss it, the nearest lines follow
# labelled as near (the facilitator's wording).
NOT_DISCUSSED_NOTE = "Underlaget diskuterar inte {subject} – de stycken som delar något av orden handlar om annat."
NEAREST_LEAD = " Det närmaste underlaget säger om ert dilemma är det här; läs det som närliggande, inte som ett svar:"
NO_NEAREST = " Där får ni resonera utifrån era egna erfarenheter och styrdokument."


# How a turn that asks the facilitator to settle the dilemma is said back: the choice is handed back (the facilitator's
# wording; `evals.drafts.SETTLING_RE` reads none of it as settling).
ANSWER_ASKED = "Du vill ha ett rakt svar. Det avgör inte jag – valet är ert, men här är något att väga in innan ni " \
    "bestämmer er."
# The question on the reason a participant gave for their position (`_reason`): what it rests on, and what the other
# side would answer to it (the facilitator's wording; trial 28: the boys' fairness argument was not taken up).
REASON_QUESTION = "Ditt skäl är att {reason}. Vad vet ni om att det stämmer, och vad skulle den andra sidan svara på " \
    "just det?"


def _reason(argument: str) -> str:
    """The reason a participant's argument gives for its position ('Jag håller med rektorn, för pojkarna skäms över att
    be om hjälp' -> 'pojkarna skäms över att be om hjälp'): the clause after a causal conjunction
    (`lexicon.ARGUMENT_REASON_RE`); '' for none.

    >>> _reason("Jag håller med rektorn, för pojkarna skäms över att be om hjälp när flickorna är med.")
    'pojkarna skäms över att be om hjälp när flickorna är med'
    >>> _reason("Jag tycker att vi ska vänta."), _reason("Vi ska kvotera, annars tar det trettio år.")
    ('', 'det annars tar trettio år')
    >>> _reason("Jag tycker att vi ska göra det. Skillnaden i meritvärde är stor.")
    'skillnaden i meritvärde är stor'
    """
    m = lex.ARGUMENT_REASON_RE.search(" ".join(argument.split()))
    if m is None:
        # a bare stance and the reason in the next sentence ('Jag tycker att vi ska göra det. Skillnaden i meritvärde
        # är stor …'; trial 31 D2 was asked for the reason it had given)
        told = _sentences(argument)
        if len(told) > 1 and lex.STANCE_RE.match(lex.OPENING_INTERJECTION_RE.sub("", told[0])) and \
                not told[1].endswith("?") and len(told[1].split()) >= 4:
            return _lower_first(told[1].rstrip(".!"))
        return ""
    reason = m.group("reason").strip(" .!,")
    if not m.group("otherwise"):
        return reason
    # 'annars kommer det att ta …' said after 'att': its subject first, 'annars' before the verb
    inverted = re.match(r"^(\w+)\s+(det|de|den|vi|ni|jag|du|han|hon|hen|man)\s+(.*)$", reason, re.I)
    return f"{inverted.group(2)} annars {inverted.group(1)} {inverted.group(3)}" if inverted else f"annars {reason}"


# How many of the positions argued so far a turn that demands the answer says back.
RECAPPED_POSITIONS = 2


def _positions(arguments: Sequence[str]) -> list[str]:
    """The participant's turns that argued a position of theirs, in order: as `_last_position` reads them, or with a
    sentence of their own before a question ('Flickorna mår sämre. Blir det inte orättvist …?', trial 31 D3)."""
    return [a for a in arguments if _last_position([a]) or (
        _last_position([" ".join(t for t in _sentences(_argument(a)) if not t.endswith("?"))])
        and not lex.ASKS_FOR_THE_ANSWER_RE.search(a))]


def _last_position(arguments: Sequence[str]) -> str:
    """The participant's latest turn that argued a position of theirs: not a question, a request for a summary, for
    more perspectives or for the answer; '' for none."""
    return next((a for a in reversed(arguments) if not _argument(a).endswith("?")
                 and not lex.SUMMARY_REQUEST_RE.search(a) and not asks_for_more_perspectives(a)
                 and not lex.ASKS_FOR_THE_ANSWER_RE.search(a) and not lex.DISCUSSION_QUESTIONS_RE.search(a)), "")


def _ours(result: BackendResult, kind: str) -> BackendResult:
    """A turn's own sentences (closing, fallback questions) in the participant's organisation's parties and law
    (`lexicon.DILEMMA_WORDING`): a socialtjänst's dilemma is no school's. Quoted sources stay as they stand."""
    if kind not in lex.DILEMMA_WORDING or result.draft is None:
        return result
    sections = [sec.model_copy(update={"items": [i if i.provenance == "source" else
                                                 i.model_copy(update={"text": reword_phrases(i.text, kind)})
                                                 for i in sec.items]}) for sec in result.draft.sections]
    closing = result.text.rsplit("\n", 1)[-1]
    again = _turn_result(sections, reword_phrases(closing, kind), result.draft.title)
    return again


def _more_perspectives(backend: ExtractiveBackend, book: CitationBook, opening: str, workshop: Workshop | None,
                       avoid: set[str], unsaid: Callable[[Unit], bool], skip: tuple[str, int, int],
                       topic: frozenset[str], covered: bool) -> list[DraftItem]:
    """Up to two perspectives on the opening's dilemma that no earlier turn gave, each on its own words (`_on_topic`:
    not a passage on school meals that merely was not said yet); when the material has none left, it says so and
    hands the participants a way to find one themselves."""
    views: list[Unit] = []
    # The lines earlier turns quoted ('- … [2]') are left out before the choice, not after: a chunk gives only two.
    avoid = avoid | {" ".join(_TRAILING_MARKERS_RE.sub("", line[2:]).split()) for line in sorted(avoid)
                     if line.startswith("- ")}
    if covered:
        for query in (f"{opening} {_theme(workshop.theme) if workshop else ''}", _topic_words(opening, topic)):
            if not query.strip():
                continue
            views = [u for u in _perspectives(backend, query, avoid, 8, skip=skip, topic=topic)
                     if unsaid(u) and _on_topic(u, topic)][:2]
            if views:
                break
    if views:
        return [source_item(_spoken(u), [_cite(book, u)]) for u in views]
    return [suggestion("Underlaget har inga fler perspektiv på dilemmat än dem ni redan har fått. Pröva att se "
                       f"situationen från den andra partens håll: {_parties_ask(opening)}")]


# What the first turn says when no passage of the material is on the situation's own subject (its passages only share
# the groups it names): the sides are the participants' own to weigh.
NO_PERSPECTIVE_NOTE = ("Inget i underlaget handlar om just det här – de stycken som delar orden handlar om annat, så "
                       "jag ger er inga perspektiv ur det. Utgå från era egna erfarenheter och styrdokument när ni "
                       "väger de två sidorna.")
# What the first turn asks first when the material has nothing close to the situation: the participant's own view and
# reason, which the next turns then take up (the facilitator's wording; trial 28 offered weak perspectives instead).
OWN_VIEW_QUESTION = "Vad tycker du själv – vilken sida lutar du åt, och vad är ditt viktigaste skäl?"
# What a turn offers as the other side when the material has no passage left for it, each once in a talk: the
# situation's parties first, then the facilitator's own turns of view (the facilitator's wording).
OTHER_SIDE_PROMPTS = (
    "Pröva att se situationen från den andra partens håll: {parties}",
    "Pröva att vända på det: vad skulle den som ser annorlunda på saken lyfta fram som viktigast, och vad skulle få "
    "er att hålla med?",
    "Pröva att tänka framåt: vad händer för eleverna om ni väljer det ena, och vad händer om ni väljer det andra?",
)


# How a discussion question on one side of the situation is put ('Hur tar ni hänsyn till att flera flickor säger att
# de inte vågar vara aktiva …?'), and on a perspective the material gave (the facilitator's own wording).
SIDE_QUESTION = "Hur tar ni hänsyn till att {}?"
PERSPECTIVE_QUESTION = "Vad betyder det för ert beslut att underlaget säger: ”{}”?"
# At most this many questions built from the situation (its sides and the participant's points) and from perspectives.
BUILT_QUESTIONS = 3
BUILT_FROM_PERSPECTIVES = 1


def _situation_questions(opening: str, arguments: list[str], sides: list[DraftSection], said: str) -> list[DraftItem]:
    """Discussion questions built from the participant's situation: one on each side it sets against the other and on
    a point a later turn raised ('Hur tar ni hänsyn till att …?'), one on a perspective of the material that weighs on
    a side; none already said."""
    first, second = _sides(opening)
    points = [*first[:1], *second[:1],
              *(_argument(a) for a in arguments if not lex.SUMMARY_REQUEST_RE.search(a)
                and not lex.DISCUSSION_QUESTIONS_RE.search(a) and not asks_for_more_perspectives(a)
                and not _argument(a).endswith("?"))]
    texts = [SIDE_QUESTION.format(_lower_first(_second_person(p.strip(" .!")))) for p in points if p.strip()]
    texts = texts[:BUILT_QUESTIONS]
    quoted = [i.text for side in sides for i in side.items if i.provenance == "source"][:BUILT_FROM_PERSPECTIVES]
    texts += [PERSPECTIVE_QUESTION.format(q.rstrip(". ")) for q in quoted]
    return [suggestion(t) for t in dict.fromkeys(texts) if t.lower() not in said]


# How the first turn of a dilemma the material does not cover begins its perspectives; later turns know the talk by it.
UNCOVERED_LEAD = "Underlaget tar inte upp just det här dilemmat"
# ... as written, or in lättläst ('Våra texter tar inte upp …': lexicon.REFUSAL_RE reads it the same way).
_UNCOVERED_RE = re.compile(r"(?:Underlaget|Våra texter)" + re.escape(UNCOVERED_LEAD.removeprefix("Underlaget")))


def _uncovered_opening(backend: ExtractiveBackend, book: CitationBook, situation: str,
                       found: list[Workshop]) -> BackendResult:
    """A dilemma the material does not cover: restated, what is not covered named (the situation's words the material
    does not use), no unrelated passage passed off as a perspective, and the workshops' general questions to discuss
    it with – the talk goes on, it is not refused."""
    mode: Mode = "dilemma"
    seen = backend.evidence.weights.seen
    terms = _specific_terms(backend, situation)
    missing = [t for t in sorted(terms, key=lambda t: -terms[t]) if not seen(t)][:3]
    names = _names(situation)
    words = [w for w in re.findall(r"\w+", situation) if set(tokenize(w)) & set(missing) and w not in names]
    what = f" ({', '.join(f'”{w}”' for w in dict.fromkeys(words))})" if words else ""
    note = f"{UNCOVERED_LEAD}{what}, och därför finns här inga perspektiv ur underlaget. Resonera utifrån era egna " \
        "erfarenheter och styrdokument."
    if found:
        note = f"{note[:-1]} – frågorna nedan är de som rapportens workshoppar ställde om varje dilemma."
    near = _near_tension(backend, situation)
    if near:
        note = f"{UNCOVERED_LEAD}{what}, men de här styckena i underlaget talar till samma spänning – läs dem som " \
            "närliggande, inte som svar på ert fall:"
    views = [source_item(_spoken(u), [_cite(book, u)]) for u in near]
    # with nothing close in the material, the participant's own view and reason are asked first
    own_view = [] if near else [suggestion(OWN_VIEW_QUESTION)]
    questions = [source_item(q.text, [_cite(book, q)]) for q in general_questions(found)[:3 - len(own_view)]]
    sections = [draft_section(mode, "dilemmat", [user_item(_restate(situation), situation)]),
                draft_section(mode, "perspektiv", [suggestion(note), *views]),
                draft_section(mode, "fragor", [*own_view, *questions] or [suggestion(OWN_QUESTION)])]
    return _turn_result(sections, CLOSINGS[0], "Diskussionsstöd")


# How a turn that asks for a first step offers what others tried (`_tried_measures`), and what it says when the
# material tells of none; the questions that hand the step back (the facilitator's wording; trial 36 D4).
TRIED_MEASURES = 2
TRIED_LEAD = ("Så här har andra prövat när samma spänning fanns – det är deras erfarenheter, inte ett svar på vad ni "
              "ska välja:")
NO_TRIED_NOTE = ("Underlaget berättar inte om något som andra har prövat i just en sådan situation, så stegen behöver "
                 "komma ur er egen erfarenhet.")
STEP_QUESTIONS = (
    "Vilket litet steg skulle ni kunna pröva under en vecka, och hur märker ni om det gör skillnad för alla som "
    "berörs?",
    "Hur kan de som berörs själva vara med och forma steget innan ni bestämmer er?",
)
# How passages on the same tension are labelled when none is on the situation's own words.
NEAR_TENSION_NOTE = ("De här styckena i underlaget handlar inte om just ert fall, men de talar till samma spänning – "
                     "läs dem som närliggande:")
# At most this many passages on the same tension for a situation the material does not take up as such.
NEAR_TENSION_VIEWS = 2


def _near_tension(backend: ExtractiveBackend, situation: str) -> list[Unit]:
    """Passages that speak to the situation's tension though the material does not take the situation up: searched
    in the documents' words for the participant's ('mamman', 'pappan' -> vårdnadshavare: `lexicon.EVERYDAY_TERMS`),
    each holding one of its specific words (`_on_topic`; a name is none). The first turn labels them as near, not as
    perspectives on the case (issue 13: a situation that matches no workshop dilemma still gets the sources' views;
    dilemma27: a mentor calling a silent father got none)."""
    told = _without_intro(situation)
    mapped = backend.evidence.analyse(told).search_text or told
    names = set(tokenize(" ".join(_names(told))))
    topic = frozenset(t for t in _topic(backend, mapped) if t not in names)
    # ... the same tension of a shared space in another place first, where the situation is about who gets the room or
    # the activity ('pojkarna tog mer plats i bygghörnan' for fotboll on a fritids' gård, 'inte välkomna i hallen när
    # killarna spelade' for a trumgrupp the boys take over; trial 36 D1): closer than a passage sharing a field word
    space: list[Unit] = []
    if _space_tension(told):
        wide = copy.copy(backend)
        wide.evidence = getattr(backend.evidence, "whole", backend.evidence)
        space = _shared_space_passages(wide, mapped, NEAR_TENSION_VIEWS)
    if not topic:
        return space
    near = [u for u in _perspectives(backend, mapped, set(), 6, topic=topic) if _on_subject(backend, u, topic, True)]
    near = [*space, *(u for u in near if u.unit_id not in {v.unit_id for v in space})]
    # ... or in the field of its compound words, where the material never names the compound itself: 'idrott' in
    # 'idrottshallen', 'organiserad idrott' for 'idrottslektionerna' (trial 35 D1)
    # ... in any organisation's document: a passage near the tension is labelled as near (NEAR_TENSION_NOTE) and
    # cited, and the field's word must stand in it (Evidence.shared keeps a draft to the user's own organisation's)
    fields = _compound_fields(backend, told, topic)
    if len(near) < NEAR_TENSION_VIEWS and fields:
        seen = {u.unit_id for u in near}
        wide = copy.copy(backend)
        wide.evidence = getattr(backend.evidence, "whole", backend.evidence)
        near += [u for u in _perspectives(wide, f"{mapped} {' '.join(sorted(fields))}", set(), 6,
                                          topic=topic | fields)
                 if u.unit_id not in seen and _in_field(u.text, fields)]
    return near[:NEAR_TENSION_VIEWS]


def _side_of(argument: str, opening: str, first: list[str]) -> int:
    """Which side (0: the opening's own concern, 1: the positions against it) a participant's turn argues: the side
    whose view it does not counter (`_counter_view`); a turn that objects ('Men …', 'Fast …') argues against the
    concern; any other its own concern."""
    other = _counter_view(opening, argument)
    if other is not None:
        return 1 if any(_key(other) == _key(v) for v in first) else 0
    return 1 if lex.OBJECTION_RE.match(argument.strip()) else 0


def _two_sides(backend: ExtractiveBackend, book: CitationBook, opening: str, arguments: list[str],
               answers: list[str], topic: frozenset[str]) -> list[DraftSection]:
    """'Sammanfatta argumenten på båda sidor': each side's arguments from what the participant told and argued, and
    the material's perspectives that spoke to it (a counter-perspective given against a turn weighs on the other
    side), each cited; nothing is settled. Empty when the talk names no two sides."""
    mode: Mode = "dilemma"
    first, second = _sides(opening)
    if not first or not second:
        return []
    sides: list[list[DraftItem]] = [
        [user_item(f"I er beskrivning: {_lower_first(_second_person(v))}.", v) for v in first],
        [user_item(f"I er beskrivning: {_lower_first(_second_person(v))}.", v) for v in second]]
    counter_heading = MODES[mode].heading("motperspektiv")
    for argument, answer in zip(arguments, answers[1:], strict=False):
        if lex.SUMMARY_REQUEST_RE.search(argument) or asks_for_more_perspectives(argument) or \
                lex.ASKS_FOR_THE_ANSWER_RE.search(argument):
            continue  # a request to the facilitator argues no side ('Håll med mig nu': session 30)
        said = _their_argument(argument)
        side = _side_of(_argument(argument), opening, first)
        if not said.startswith(ASKED_BACK):
            sides[side].append(user_item(said, argument))
        for text in _earlier_items([answer], (counter_heading,)):
            u = _unit_of(backend, text)
            if u is not None:  # given against this turn: it weighs on the other side
                sides[1 - side].append(source_item(_spoken(u), [_cite(book, u)]))
    if topic and not (answers and _UNCOVERED_RE.search(answers[0])):  # an uncovered dilemma gets no passage that
        cited = {_key(i.text) for side in sides for i in side}             # only shares its words
        for side, views in zip(sides, (first, second), strict=True):
            if any(i.provenance == "source" for i in side):
                continue
            found = [u for u in _perspectives(backend, _claim(views[0]), set(cited), 4, topic=topic)
                     if _on_topic(u, topic) and _key(u.text) not in cited][:1]
            side += [source_item(_spoken(u), [_cite(book, u)]) for u in found]
            cited |= {_key(u.text) for u in found}
    return [draft_section(mode, "sida_1", sides[0], heading="Argument på ena sidan"),
            draft_section(mode, "sida_2", sides[1], heading="Argument på andra sidan")]


def _summary(backend: ExtractiveBackend, book: CitationBook, opening: str, arguments: list[str],
             answers: list[str], workshop: Workshop | None, case: DilemmaCase | None,
             fitting: list[Unit], sides_on: frozenset[str] | None = None) -> BackendResult:
    """The talk summed up, not gathered: the dilemma restated, the participant's positions said back, the
    perspectives that answered them (then the first turn's, at most `SUMMARY_PERSPECTIVES`, cited again), and what
    is still open – their own questions first, then the last workshop questions raised; the choice handed back."""
    mode: Mode = "dilemma"
    head = [i.model_copy(update={"text": i.text.replace(*lex.SUMMARY_CHOICE_LEAD, 1)}) if i.provenance == "user"
            else i for i in _dilemma_head(book, opening, workshop, case)]  # said anew, not the first turn's words
    sections = [draft_section(mode, "dilemmat", head)]
    # A question to the facilitator ('Vilka perspektiv har vi missat?') is no position of theirs.
    # A question to the material that an earlier turn answered from the sources is no open question either.
    replies = dict(zip(arguments, answers[1:], strict=False))
    # A request to settle it ('Håll med mig nu', 'Säg bara svaret') is no position either (session 30).
    turns = [a for a in arguments if not lex.SUMMARY_REQUEST_RE.search(a) and not asks_for_more_perspectives(a)
             and not lex.ACKNOWLEDGEMENT_RE.match(a.strip())
             and not lex.ASKS_FOR_THE_ANSWER_RE.search(a) and not _answered_from_the_material(a, replies.get(a, ""))]
    said = [(a, _their_argument(a)) for a in turns]
    # each position whole: what else the turn told ('Innan vi bestämmer oss behöver vi höra de två kollegorna …')
    positions = [user_item(_past(back) + _rest_of(a), a) for a, back in said if not back.startswith(ASKED_BACK)]
    # asked for both sides ('sammanfatta argumenten på båda sidor'): the positions are said back on their sides
    sides = _two_sides(backend, book, opening, arguments, answers, sides_on) if sides_on is not None else []
    if sides:
        sections += sides
    elif positions:
        sections.append(draft_section(mode, "svar", positions))
    spec = MODES[mode]
    # the perspectives given against their arguments first: they weigh the positions; then the opening's
    raised = _earlier_items(answers, (spec.heading("motperspektiv"),)) + _earlier_items(
        answers, (spec.heading("perspektiv"),))
    views = list({u.unit_id: u for u in (_unit_of(backend, text) for text in raised) if u is not None}.values())
    on_sides = {_key(i.text) for side in sides for i in side.items}
    views = [u for u in views if _key(_spoken(u)) not in on_sides]  # each passage once: on its side if it has one
    # A summary sums the perspectives up, it does not quote them all again (session 25): one passage a source
    # document, the first (the one weighed against their argument), and none of a document the summary already cites
    # (the dilemma's own case).
    cited_sources = {c.source for c in book.citations}
    one_each: dict[str, Unit] = {}
    for u in views:
        if u.chunk.source not in cited_sources:
            one_each.setdefault(u.chunk.source, u)
    views = list(one_each.values())
    if views:
        sections.append(draft_section(mode, "perspektiv", [source_item(_spoken(u), [_cite(book, u)])
                                                            for u in views[:SUMMARY_PERSPECTIVES]]))
    own_questions = [user_item(f"Öppen fråga från er: {back[len(ASKED_BACK):].strip()}", a)
                     for a, back in said if back.startswith(ASKED_BACK)]
    asked = _earlier_items(answers, (spec.heading("fragor"),))
    known = {_key(q.text): q for q in [*(workshop.questions if workshop else []), *fitting]}
    workshop_questions = [q for q in (known.get(_key(t)) for t in asked) if q is not None][-SUMMARY_QUESTIONS:]
    questions = own_questions + [source_item(q.text, [_cite(book, q)]) for q in workshop_questions]
    sections.append(draft_section(mode, "fragor", questions or [suggestion(OWN_QUESTION)]))
    return _turn_result(sections, SUMMARY_CLOSING,
                        f"Sammanfattning av diskussionen{': ' + case.title if case else ''}")


def _answered_from_the_material(argument: str, reply: str) -> bool:
    """Whether the turn only asked what the material says (no argument of its own beside it) and the reply quoted
    the material on it, not that it does not take it up (trial 26 listed such a question as 'Öppen fråga från er')."""
    return _asks_the_material(argument) and _argument(argument) == " ".join(argument.split()) and \
        bool(_earlier_items([reply], (MODES["dilemma"].heading("perspektiv"),))) and "tar inte upp" not in reply \
        and "diskuterar inte" not in reply


def _rest_of(argument: str) -> str:
    """The sentences of a participant's turn after the one said back (`_their_argument`), in the facilitator's voice:
    ' Innan ni bestämmer er behöver ni höra de två kollegorna och elevrådet.' ('' for none). A summary says each
    position whole (trial 26 left out the plan to hear the colleagues and the pupils' council)."""
    rest = [t for t in _sentences(_argument(argument))[1:] if not t.endswith("?")]
    if not rest:
        return ""
    told = " ".join(_second_person(t).rstrip(".!") + "." for t in rest)
    return " " + told[:1].upper() + told[1:]


def _past(said_back: str) -> str:
    """A participant's argument as a summary says it back: its stance verb in the past tense ('Du menar att …' ->
    'Du menade att …'), so the summary does not repeat the turn that said it back first.

    >>> _past("Du tycker ändå att mentorn har rätt."), _past("Du vill att klubben får tiderna.")
    ('Du tyckte ändå att mentorn har rätt.', 'Du ville att klubben får tiderna.')
    """
    return re.sub(r"^Du (\w+)", lambda m: f"Du {lex.PAST_STANCE.get(m.group(1), m.group(1))}", said_back, count=1)
