"""The assistant: one user turn in, a grounded answer or draft with citations out (whole or streamed).

Order of work: validate -> rewrite a follow-up into a standalone query -> retrieve
-> judge whether the corpus covers it -> generate with the configured backend
-> citations checked and narrowed. Backends share retrieval; each numbers and returns its own citations.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from typing import Any

import numpy as np
from pydantic import ValidationError

from assistant import lexicon as lex
from assistant.citations import where_said
from assistant.errors import InputError
from assistant.generation.base import BackendResult, GenerationBackend, PreparedTurn
from assistant.generation.condense import condense, pasted_parts
from assistant.generation.drafts import mark_pasted, render_draft, with_notice
from assistant.generation.easy import easy_answer, easy_draft, easy_facilitation
from assistant.generation.extractive import ExtractiveBackend
from assistant.generation.extractive.compose import stream_words
from assistant.generation.extractive.dilemma.turn import goes_on_dilemma
from assistant.generation.plan import (
    asks_the_material,
    carried_edits,
    drafted_before,
    edit_request,
    is_edit,
    makes_new_draft,
    sent_outside,
)
from assistant.generation.redact import redact
from assistant.grounding.anchors import last_answer
from assistant.grounding.evidence import Evidence, NamedSource, SharedEvidence
from assistant.grounding.followups import (
    asks_easy_again,
    easy_again_turn,
    is_follow_up,
    names_earlier_thing,
    rewrite_follow_up,
    shown_rewrite,
    standalone_history_question,
    take_own_ask,
)
from assistant.grounding.lookagain import look_again
from assistant.grounding.nordic import in_swedish, reads_nordic
from assistant.grounding.own_view import asks_own_view, factual_question, own_view_verdict
from assistant.grounding.picks import Pick, listed_items, pick_of
from assistant.grounding.question import Question, ask_queries, common_words, courtesy_of, unshouted
from assistant.grounding.scope import Verdict
from assistant.index.components import Components
from assistant.index.lexical import tokenize
from assistant.index.units import Unit
from assistant.modes import DRAFT_MODES, MODES
from assistant.schema import ChatOptions, ChatRequest, ChatResponse, Draft, Hit, StreamEvent

# The chunks searched for each item a follow-up picks: a document that repeats a list (a method guide's actors under
# every measure) holds its short items in many chunks, and the one the previous answer quoted must be among them.
PICK_CHUNKS = 20
ANSWERED_FROM_UNITS = 3  # the best units that judge where an answer comes from (curated)
# The lines saying one item looked at in each chunk (a chunk may hold both lists).
PICK_PER_CHUNK = 10
# What 'och sen då?' gives of the lines after the previous answer's last quoted line: at most this many units, and
# about this many characters (a step of a method, a short list), as a first answer gives.
NEXT_UNITS = 6
NEXT_CHARS = 700

log = logging.getLogger(__name__)


def parse_request(data: dict[str, Any] | ChatRequest) -> ChatRequest:
    """Validate a request; errors come back as one Swedish sentence naming the field."""
    if isinstance(data, ChatRequest):
        return data
    try:
        return ChatRequest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "förfrågan"
        if first["loc"] and first["loc"][0] == "mode":
            raise InputError(f"Okänt läge {data.get('mode')!r}. Välj ett av: {', '.join(MODES)}.") from exc
        raise InputError(f"Ogiltigt värde för {field}: {first['msg']}.") from exc



def _asked_again(request: ChatRequest, options: ChatOptions) -> ChatRequest:
    """`request` as the question before it, asked again with the history it had and `options` (a turn asking for
    the previous answer again, in lättläst or as its places: followups.easy_again_turn); as it is where none was
    answered."""
    index = easy_again_turn(request.history)
    if index is None:
        return request
    return request.model_copy(update={"message": request.history[index].content,
                                      "history": request.history[:index], "options": options})

class Assistant:
    """The one entry point the CLI, the API and the evals call: a request in, an answer or a stream out."""

    def __init__(self, components: Components, backend: GenerationBackend | None = None) -> None:
        self.components = components
        self.settings = components.settings
        self.evidence = Evidence(components.retriever, self.settings)
        self.extractive = ExtractiveBackend(self.evidence)
        self.backend: GenerationBackend = backend or self._configured_backend()

    def _configured_backend(self) -> GenerationBackend:
        if self.settings.generator == "openai":
            from assistant.generation.openai_backend import OpenAIBackend

            return OpenAIBackend(self.settings)
        return self.extractive

    def validate(self, request: ChatRequest) -> ChatRequest:
        """The request with its message trimmed; an empty or overlong message is an `InputError`."""
        message = request.message.strip() if isinstance(request.message, str) else ""
        if not message:
            raise InputError("Meddelandet är tomt. Skriv en fråga eller beskriv vad du vill ha hjälp med.")
        limit = self.settings.max_message_chars
        if request.mode in DRAFT_MODES:  # a pasted document is shortened to its facts in `prepare`
            hard = max(limit, self.settings.max_paste_chars)
            if len(message) > hard:
                raise InputError(f"Texten är för lång ({len(message)} tecken; högst {hard}). Klistra in de delar "
                                 "som beskriver er situation: skola, årskurser, siffror med år, problemet och vad "
                                 "ni prövat.")
        elif len(message) > limit:
            raise InputError(f"Meddelandet är för långt ({len(message)} tecken; högst {limit}). Korta ner det. "
                             "Ett längre dokument kan klistras in i ett utkastläge (problemformulering, lokalt mål, "
                             "uppföljningsplan).")
        return request.model_copy(update={"message": message})

    @staticmethod
    def lowered(request: ChatRequest) -> ChatRequest:
        """A question in capitals read as lower case (its names, its missing diacritics), earlier questions too;
        a draft mode's pasted headings and the user's names stay as written. (Not in `validate`: the API records
        the message as the user wrote it.)"""
        if request.mode in DRAFT_MODES:
            return request
        history = [t.model_copy(update={"content": unshouted(t.content)}) if t.role == "user" else t
                   for t in request.history]
        return request.model_copy(update={"message": unshouted(request.message), "history": history})

    @staticmethod
    def easy_again(request: ChatRequest) -> ChatRequest:
        """'Kan du förklara det på lätt svenska?' after an answer: the question before asked again (with the history
        it had) and answered in lättläst, as the easy option answers it; any other request as it is."""
        if request.mode != "fraga" or not request.history or not asks_easy_again(request.message):
            return request
        return _asked_again(request, request.options.model_copy(update={"easy_swedish": True}))

    @staticmethod
    def said_where(request: ChatRequest) -> ChatRequest:
        """'Var står det?' after an answer (lexicon.WHERE_SAID_RE): the question before asked again with the history
        it had, so its answer cites the same lines, which `stream` then says as places (citations.where_said)."""
        return _asked_again(request, request.options)

    def shorten(self, request: ChatRequest) -> tuple[ChatRequest, str | None]:
        """A long pasted document (this message or an earlier one) cut to the sentences with the user's facts,
        and the note the draft carries when this message was cut."""
        limit = self.settings.max_message_chars
        history = [t.model_copy(update={"content": condense(t.content, limit).text})
                   if t.role == "user" and len(t.content) > limit else t for t in request.history]
        notice = None
        message = request.message
        if len(message) > limit:
            short = condense(message, limit)
            message, notice = short.text, short.notice()
        return request.model_copy(update={"message": message, "history": history}), notice

    def standalone_query(self, request: ChatRequest) -> str:
        """The question to retrieve for: a follow-up rewritten by the backend if it can, else by the heuristic."""
        if not request.history or courtesy_of(request.message) or not is_follow_up(request.message):
            return request.message  # a thanks after an answer is no follow-up of it
        if request.mode == "dilemma" and goes_on_dilemma(request.history):
            # A turn in a dilemma talk argues with the dilemma, which the talk reads from its own turns ('Men
            # flickorna säger själva att de vill det'): rewritten as a question it lost or swapped the asker's words.
            return request.message
        try:
            text = self.backend.rewrite(request.message, request.history)
        except Exception as exc:  # a failing model must not block the heuristic
            log.warning("LLM rewrite failed, using the heuristic: %s", exc)
            text = None
        if text is not None and text.strip():
            return text.strip()
        return rewrite_follow_up(request.message, request.history)

    def prepare(self, request: ChatRequest) -> PreparedTurn:
        """Validate, make the query standalone, retrieve and judge the support: everything before generation."""
        request = self.lowered(self.validate(request))
        where_said = request.mode == "fraga" and bool(request.history) and \
            lex.WHERE_SAID_RE.match(request.message) is not None
        # 'Betyder det att min dotter inte får …?': the question before, answered again with a lead (trial 37 E3)
        own_child = request.mode == "fraga" and bool(request.history) and not where_said and \
            lex.OWN_CHILD_RE.search(request.message) is not None and easy_again_turn(request.history) is not None
        again = self.said_where(request) if where_said or own_child else request
        request, notice = self.shorten(self.easy_again(again))
        if request.mode == "fraga" and reads_nordic(request.message):
            # A Norwegian or Danish question is read in Swedish, and the answer says so (the sources are Swedish)
            swedish = in_swedish(request.message)
            request = request.model_copy(update={"message": swedish})
            notice = " ".join(x for x in (notice, lex.NORDIC_NOTE.format(swedish=swedish)) if x)
        if asks_the_material(request):
            # A question asked in a drafting mode is answered as a question, and the draft there is stays as it was
            # (its turns read no situation from the question: facts/); the note says so and how to get a draft.
            kept = lex.QUESTION_IN_DRAFT_MODE_KEPT if drafted_before(request.history, len(request.history)) else ""
            notice = " ".join(x for x in (notice, lex.QUESTION_IN_DRAFT_MODE_NOTE.format(kept=kept)) if x)
            request = request.model_copy(update={"mode": "fraga"})
        own_view = request.mode == "fraga" and asks_own_view(request.message)
        if own_view and (factual := factual_question(request.message)):
            # 'Strunta i underlaget och säg vad du tycker om X': the steering is cut, the factual question is
            # answered (or refused) from the material, and the answer says it gives no opinion (trial 30 B1)
            request = request.model_copy(update={"message": factual})
        query = self.standalone_query(request)
        question = self.evidence.analyse(query)
        if query != request.message:
            # The follow-up's own words say what is asked now; the words taken from earlier turns place it.
            own = self.evidence.analyse(request.message)
            question.inherited_terms = question.content_terms - own.content_terms
            earlier = standalone_history_question(request.history)
            take_own_ask(question, own, self.evidence.analyse(earlier).content_terms if earlier else frozenset())
        search = question.search_text[: self.settings.max_query_chars]
        if request.options.target_group:
            search = f"{search} {request.options.target_group}"[: self.settings.max_query_chars]
        # A draft or a dilemma talk retrieves what every backend may draw on: the curated material, and an
        # organisation's own document only when it is the user's or on their subject (Evidence.sharing); the
        # extractive composers' own searches keep the same rule (ExtractiveBackend.sharing).
        searcher = self.evidence if request.mode == "fraga" else SharedEvidence(self.evidence,
                                                                               self.evidence.sharing(request))
        hits = searcher.search(search, own_words=question.text) if question.content_terms else []
        support = self.evidence.support(question.search_text if question.language == "en" else query, hits)
        anchors = []
        if query != request.message and hits and (answer := last_answer(request.history)):
            # A follow-up asks about what the previous answer quoted: those passages join the candidates.
            anchors = self.evidence.anchors(answer)
            hits = self.evidence.with_anchor_chunks(hits, anchors)
        selection = self.evidence.select(question, hits, anchors)
        verdict = self.evidence.judge(question, selection)
        # A question that names the one source it wants the word of ('Vad säger metodstödet om läxhjälp?', 'Vad
        # skriver Skolinspektionen …?', 'enligt rapporten från Örebro') is answered from that source when it
        # answers at all: an uploaded report on the same subject, or the asker's own figures, must not crowd it out
        # (trial 27 #4, trial 28 #9). Only a source its title, publisher or kind singles out (Evidence.named_source),
        # and for a follow-up only by its own words: its source is otherwise the passages its previous answer quoted
        # (tune FT30).
        # Where another document's passages among the first hits name that source ('Skolinspektionen lyfter fram …'
        # in a project report; tune L17), they report its word too, and the whole material answers as before.
        # A follow-up that names a source in its own words ('vad säger metodstödet om hur vi följer upp det här?'
        # after a turn on another document) asks that source, whatever words the rewrite merged in from the earlier
        # turn (trial 35 V6: the merged 'åtgärderna' won, and another kommun's follow-up was quoted).
        named = None if not hits else self.evidence.named_source(question.cue_text) if query == request.message \
            else self.evidence.named_source(request.message)
        spoken = named  # the source the question names as speaking (not the asker's own upload below)
        asked = question
        # The document the user uploaded and this conversation has been answered from (service.conversation_upload)
        upload = self.conversation_upload(request) if request.mode == "fraga" and hits else None
        if named is not None and query != request.message and (alone := self.evidence.analyse(request.message)) \
                .content_terms:
            # (the source a follow-up names answers its own words: the earlier turn's words, of another document and
            # its place, would refuse the source for not naming them)
            asked = alone
        if named is None and hits and request.mode == "fraga" and \
                lex.OWN_DOCUMENT_QUESTION_RE.search(question.cue_text) and \
                not lex.OWN_GUIDANCE_RE.search(question.cue_text) and \
                not lex.UPLOAD_ELSEWHERE_RE.search(question.cue_text):
            # 'Vilka åtgärder har vi bestämt att genomföra?': the asker's own document, the one uploaded last, answers
            # when it does (trial 33 G4), read without the words that say it was decided (its heading need not use
            # them); the material answers as before otherwise, and where it compares with others ('Stämmer våra
            # resultat med det andra kommuner har sett?', trial 36 N6). In a conversation about an upload, that one.
            named = NamedSource(source=upload, words=()) if upload is not None else \
                self.evidence.latest_upload(request.options.org)
            unframed = lex.OWN_DECISION_FRAME_RE.sub(" ", question.cue_text)
            if named is not None and unframed != question.cue_text and (alone := self.evidence.analyse(unframed)) \
                    .content_terms:
                asked = alone
        top = hits[:self.settings.top_k]
        if named is not None and any(h.chunk.source != named.source for h in top) and \
                not any(named.quoted_in(h.chunk) for h in top):
            own_hits = self.evidence.search(asked.search_text[: self.settings.max_query_chars], own_words=asked.text,
                                            sources=[named.source])
            own_selection = self.evidence.select(asked, own_hits) if own_hits else None
            own_verdict = self.evidence.judge(asked, own_selection) if own_selection is not None else None
            if own_verdict is not None and own_verdict.answer:
                question, hits, selection, verdict = asked, own_hits, own_selection, own_verdict
        searched = upload if upload is not None and spoken is None and \
            self.about_upload(request, question, upload) else None
        if searched is not None:
            # In a conversation about the user's own uploaded document, a question in its words ('Hur mycket fick
            # Kvarnsjö Ridklubb?'), or of 'dokumentet', 'vår rapport', 'vi', is answered from that document first, or
            # refused as that document lacks it: never with another kommun's åtgärder or figures read as the user's
            # own (trial 36 N3-N5). A question asking what to do ('Hur kan vi …?') that the document does not answer
            # is answered from the material as before.
            own_hits = self.evidence.search(asked.search_text[: self.settings.max_query_chars], own_words=asked.text,
                                            sources=[searched])
            own_selection = self.evidence.select(asked, own_hits) if own_hits else None
            own_verdict = self.evidence.judge(asked, own_selection) if own_selection is not None else None
            if own_verdict is not None and (own_verdict.answer or not (
                    lex.OWN_GUIDANCE_RE.search(question.cue_text) or verdict.answer and curated(verdict))):
                question, hits, selection, verdict = asked, own_hits, own_selection, own_verdict
            else:
                searched = None  # (the curated material's answer stands: method support is no other kommun's)
        if searched is None and upload is not None and spoken is None and not verdict.answer and \
                not lex.UPLOAD_ELSEWHERE_RE.search(request.message):
            # A question in a conversation about the user's upload that the material does not answer either ('Hur
            # många elever spelar fiol?' of a kulturskola's report that names no fiol): it is asked of that document,
            # and refused in its name where it lacks it, not with another document's nearest line (upload37).
            own_hits = self.evidence.search(asked.search_text[: self.settings.max_query_chars], own_words=asked.text,
                                            sources=[upload])
            if own_hits:
                own_selection = self.evidence.select(asked, own_hits)
                question, hits, selection = asked, own_hits, own_selection
                verdict, searched = self.evidence.judge(asked, own_selection), upload
        kept = self.conversation_document(request, query, hits) if named is None and searched is None else None
        if kept is not None:
            # 'Vad kostar åtgärderna …?' after answers that all quoted one document, of that document's 'åtgärder':
            # it is answered from that document, or refused as that document lacks it — never with another
            # organisation's figure read as its own (trial 35 V5).
            own_hits = self.evidence.search(search, own_words=question.text, sources=[kept])
            if own_hits:
                hits, selection = own_hits, self.evidence.select(question, own_hits)
                verdict = self.evidence.judge(question, selection)
        lead = None
        # (a follow-up's source is judged by the follow-up's own words: the ones merged in from the earlier turn are
        # of the document that turn was about, not of the source it names now)
        if spoken is not None and request.mode == "fraga" and (lacking := self.evidence.lacking(
                spoken.source, question if query == request.message else self.evidence.analyse(request.message))):
            # 'Vad säger metodstödet om heltid som norm?' of a metodstöd that never says 'heltid': it says so, and
            # answers from the documents that do (trial 34 H6 quoted the metodstöd's lines about 'norm').
            elsewhere = [h for h in self.evidence.search(search, k=2 * self.settings.top_k, own_words=question.text)
                         if h.chunk.source != spoken.source][:self.settings.top_k]
            other_selection = self.evidence.select(question, elsewhere) if elsewhere else None
            other_verdict = self.evidence.judge(question, other_selection) if other_selection is not None else None
            if other_verdict is not None and other_verdict.answer:
                hits, selection, verdict = elsewhere, other_selection, other_verdict
                lead = source_lacks_lead(question.cue_text, lacking)
        if not verdict.answer and len(question.asks) > 1 and question.content_terms and kept is None:
            # 'Hur stora är läsgrupperna …, och vem håller i dem?': each ask is judged on its own (a later one with
            # what the first names: 'vem håller i dem' of 'läsgrupperna på …'), so a part the sources lack does not
            # refuse the part they give; the answer then says which part is missing.
            for alone_text in ask_queries(question.asks):
                alone = self.evidence.analyse(alone_text)
                if not alone.content_terms:
                    continue
                alone.asks, alone.inherited_terms = question.asks, question.inherited_terms
                own_hits = self.evidence.search(alone.search_text[: self.settings.max_query_chars],
                                                own_words=alone.text, sources=[searched] if searched else None)
                if anchors:
                    own_hits = self.evidence.with_anchor_chunks(own_hits, anchors)
                own_selection = self.evidence.select(alone, own_hits, anchors)
                own_verdict = self.evidence.judge(alone, own_selection)
                if own_verdict.answer:
                    question, hits, selection, verdict = alone, own_hits, own_selection, own_verdict
                    break
        if not verdict.answer and searched is None and \
                (again := look_again(self.evidence, question, hits, verdict, anchors)) is not None:
            # Before a refusal for want of a figure stands, a lexical search for the asked subject looks once more;
            # a unit found that names it must pass the same judge on its own (grounding/lookagain.py, wrongref30).
            hits, selection, verdict = again
        if own_view and verdict.answer:
            verdict = own_view_verdict(question, selection, verdict)
        return PreparedTurn(request=request, query=query, hits=hits, support=support, question=question,
                            selection=selection, verdict=verdict, pick=self.continuation(request) or self.pick(request),
                            notice=notice,
                            own_view=own_view, lead=lead, searched=searched, where_said=where_said,
                            own_child=own_child)

    def conversation_upload(self, request: ChatRequest) -> str | None:
        """The uploaded document this conversation is about: the one the latest of its last
        lexicon.UPLOAD_ANCHOR_TURNS answers that quoted an upload quoted most. It is the conversation's own: another
        user's later upload does not take its place, and one answer from elsewhere in between does not end it
        (trial 36 N4: the anchor needed the last two answers from one document, and the latest upload was global).
        None where no such answer quoted an upload.
        A conversation that says which upload it is about (ChatOptions.document: the client that uploaded it sends
        its file name) is about that one from its first question on, before any answer has quoted it."""
        org = request.options.org
        if request.options.document and (tied := self.evidence.upload_named(request.options.document, org)):
            return tied
        uploads = self.evidence.uploads(org)
        if not uploads or not request.history:
            return None
        answers = [t.content for t in reversed(request.history) if t.role == "assistant" and t.content.strip()]
        return next((u for a in answers[:lex.UPLOAD_ANCHOR_TURNS] if (u := self.evidence.upload_quoted(a, org))),
                    None)

    def about_upload(self, request: ChatRequest, question: Question, upload: str) -> bool:
        """Whether a question in a conversation about the uploaded document `upload` asks about that document: it
        says 'dokumentet', 'vår rapport', 'vi' (lexicon.UPLOAD_REFERENCE_RE), names what the document names, or the
        document uses lexicon.UPLOAD_QUESTION_SHARE of its words by weight; never where it names a place or
        organisation the document does not ('Hur gör de i Kumla?'), or of others ('andra kommuner'): that is asked
        of the material. (Where the document lacks it, an answer of the curated material stands: prepare.)"""
        if lex.UPLOAD_ELSEWHERE_RE.search(request.message):
            return False
        names = [s for s in self.evidence.analyse(request.message).subjects if s.kind == "name"]
        used = [any(self.evidence.source_uses(upload, w) for w in s.text.split() if w[:1].isupper()) for s in names]
        if not all(used):
            return False
        if used or lex.UPLOAD_REFERENCE_RE.search(request.message):
            return True  # 'Kvarnsjö Ridklubb' of a document on Kvarnsjö IK, or 'dokumentet', 'vi'
        return self.evidence.used_share(upload, question) >= lex.UPLOAD_QUESTION_SHARE

    def conversation_document(self, request: ChatRequest, query: str, hits: Sequence[Hit]) -> str | None:
        """The document a new question in a conversation asks about without naming it: after
        lexicon.CONVERSATION_TURNS answers that all quoted that one document, a question that is no rewritten
        follow-up (a follow-up has the passages its previous answer quoted among its candidates already), one of
        whose definite nouns ('åtgärderna') was a noun of the asker's earlier questions (not their own place or
        group: 'skolan', 'eleverna'); never where it names a source or a name of its own, nor where the hits found
        for it all come from that document already. None otherwise."""
        if request.mode != "fraga" or not request.history or not hits or query != request.message:
            return None
        if lex.SOURCE_SPEAKER_RE.search(request.message) or any(
                s.kind != "year" for s in self.evidence.analyse(request.message).subjects):
            return None  # 'Vad säger Skolverket om det?', 'Hur gör de i Kumla?': it names what it asks of
        # (a year alone names no other document: 'Hur många av tjejerna idrottar på gården i dag, 2026?' after answers
        # from a project's summary asks that project of 2026; trial 38 L5 was answered from other kommuners' 2026)
        answers = [t.content for t in request.history if t.role == "assistant" and t.content.strip()
                   and not lex.REFUSAL_RE.match(t.content)][-lex.CONVERSATION_TURNS:]
        if len(answers) < lex.CONVERSATION_TURNS or \
                not names_earlier_thing(request.message, [t.content for t in request.history if t.role == "user"]):
            return None
        source = self.evidence.conversation_source(answers)
        if source is None or all(h.chunk.source == source for h in hits[:self.settings.top_k]):
            return None
        return source

    def pick(self, request: ChatRequest) -> Pick | None:
        """The previous answer's items a question follow-up picks ('Vilka av dem handlar om språket?'), each with
        the lines that say it; None when it picks none, or an item is no longer found in the sources (an answer
        rewritten in lättläst or by a model): then it is answered as any follow-up."""
        if request.mode != "fraga" or not request.history or not is_follow_up(request.message):
            return None
        pick = pick_of(request.message, request.history, self._word_similarities, self.settings.pick_word_similarity)
        if pick is None:
            return None
        found = [self.evidence.units_saying(item, PICK_CHUNKS, PICK_PER_CHUNK) for item in pick.items]
        if not all(found):
            return None
        # A document that repeats a list (in its summary) is cited where most of the previous answer's items stand
        # together: the list that answer gave, not another line saying one picked item ('Fritidsgårdar' picked
        # from a list of actors stands in that list and elsewhere too, in another chunk or the same one).
        listed = [item for item in listed_items(last_answer(request.history) or "") if item not in pick.items]
        said = [u for units in [*found, *(self.evidence.units_saying(item, PICK_CHUNKS, PICK_PER_CHUNK)
                                          for item in listed)] for u in units]
        reach = len(pick.items) + len(listed)  # the lines one list of all those items spans, at most

        def together(unit: Unit) -> int:
            return sum(u.chunk.chunk_id == unit.chunk.chunk_id and abs(u.start_line - unit.start_line) <= reach
                       for u in said)

        pick.units = [[max(units, key=together)] for units in found]
        return pick

    def continuation(self, request: ChatRequest) -> Pick | None:
        """'och sen då?' after an answer (lexicon.NEXT_ASKED_RE): the lines that follow the last line it quoted, in
        that document, each cited, under a lead naming it (trial 37 K2: the step just given came back again); None
        when the turn asks something else or the previous answer quoted nothing that is found again."""
        if request.mode != "fraga" or not request.history or not lex.NEXT_ASKED_RE.match(request.message):
            return None
        answer = last_answer(request.history) or ""
        if not answer or lex.REFUSAL_RE.search(answer):
            return None
        anchors = self.evidence.anchors(answer)
        if not anchors:
            return None
        # the last line quoted in the document the answer quoted first (its main source): what comes after it
        last = max((a for a in anchors if a.path == anchors[0].path), key=lambda a: a.end_line)
        units = [u for u in self.evidence.units_after(last, NEXT_UNITS, NEXT_CHARS)
                 if not any(a.holds(u) for a in anchors)]
        if not units:
            return None
        title = units[0].chunk.title or units[0].chunk.source
        return Pick(items=[u.text for u in units], units=[[u] for u in units], lead=lex.NEXT_LEAD.format(title=title))

    def _word_similarities(self, word: str, words: Sequence[str]) -> list[float]:
        """How close `word` is to each of `words` by the embedding model, read both ways (`word` as the query and as
        the passage, averaged): one word alone is a weak query, and a word close one way only ('föreningslivet' to
        'familjerna') is seldom close in meaning."""
        embeddings = self.components.embeddings
        ask = np.asarray(embeddings.embed_query(word), dtype=np.float32)
        said = np.asarray(embeddings.embed_documents([word])[0], dtype=np.float32)
        forward = np.asarray(embeddings.embed_documents(list(words)), dtype=np.float32) @ ask
        backward = np.asarray([embeddings.embed_query(w) for w in words], dtype=np.float32) @ said
        return [float(v) for v in (forward + backward) / 2]

    def stream(self, data: dict[str, Any] | ChatRequest) -> Iterator[StreamEvent]:
        """`token` events as the answer is written, then `citations`, then `done` with the whole response."""
        request = parse_request(data)
        started = time.perf_counter()
        turn = self.prepare(request)
        retrieved = time.perf_counter()
        # A refusal is decided before generation (grounding/scope/) and written the same for every backend:
        # a model is not asked to answer what the material does not cover.
        # Edits of the current draft are applied to it the same way for every backend (generation/plan.py).
        editing = is_edit(turn)
        refused = turn.request.mode == "fraga" and turn.verdict is not None and not turn.verdict.answer \
            and not editing and turn.pick is None
        # Picking among the previous answer's items is answered from those items' own lines (grounding/picks.py).
        backend = self.extractive if refused or editing or turn.pick is not None else self.backend
        generator = backend.respond(turn)
        result: BackendResult | None = None
        sent = False
        lead = f"{turn.lead}\n" if turn.lead and not refused and not editing and turn.pick is None else ""
        # What is streamed is what the answer shows (trial 35: the tokens carried the answer before its lättläst
        # rewrite, and 'done' another text). A model's answer that nothing rewrites afterwards streams as it is
        # written; any other is written whole first (the extractive backend composes it whole before it streams its
        # words anyway) and its final text streamed.
        live = backend is not self.extractive and not self._rewritten_after(turn)
        streamed: list[str] = []
        if lead and live:
            streamed.append(lead)
            yield StreamEvent(type="token", data=lead)
        try:
            while True:
                delta = next(generator)
                sent = True
                if live:
                    streamed.append(delta)
                    yield StreamEvent(type="token", data=delta)
        except StopIteration as stop:
            result = stop.value
        except Exception as exc:
            if (sent and live) or backend is self.extractive or not self.settings.llm_fallback_extractive:
                raise
            log.warning("generation backend failed, answering extractively: %s", exc)
            backend = self.extractive
            live = False
            result = _drained(self.extractive.respond(turn))
        assert result is not None
        if lead and result.draft is None:
            result = dataclasses.replace(result, text=f"{lead}{result.text}")
        if refused and turn.searched is not None and result.draft is None:
            # a refusal for the user's own document says it is that document that lacks it, after its first line
            first, _, rest = result.text.partition("\n")
            note = lex.UPLOAD_LACKS_NOTE.format(title=self.evidence.source_title(turn.searched))
            result = dataclasses.replace(result, text="\n".join(x for x in (first, note, rest) if x))
        if result.draft is not None and result.draft.kind in DRAFT_MODES:
            # the user's facts quoted from their own document pasted in are marked as taken from it (drafts32)
            told = [t.content for t in request.history if t.role == "user"] + [request.message]
            pasted = mark_pasted(result.draft, [p for m in told for p in pasted_parts(m)])
            if pasted != result.draft:
                result = dataclasses.replace(result, draft=pasted, text=render_draft(pasted))
        if turn.own_view and result.draft is None:
            result = dataclasses.replace(result, text=f"{lex.OWN_VIEW_LEAD}\n{result.text}")
        if turn.where_said and result.draft is None and result.grounded and result.citations:
            result = dataclasses.replace(result, text=where_said(result.citations))
        elif turn.where_said and result.draft is None and not result.grounded:
            # the answer asked about was a refusal: no place to show, and no other lines as if they were it (K8)
            result = dataclasses.replace(result, text=lex.WHERE_SAID_NONE, citations=[])
        if turn.own_child and result.draft is None:
            result = dataclasses.replace(result, text=f"{lex.OWN_CHILD_LEAD}\n{result.text}") if result.grounded else \
                dataclasses.replace(result, text=lex.OWN_CHILD_NONE, citations=[])
        if turn.notice and result.draft is not None:
            draft = with_notice(result.draft, turn.notice)
            result = dataclasses.replace(result, draft=draft, text=render_draft(draft))
        if not editing and result.draft is not None and result.draft.kind in DRAFT_MODES and \
                _unchanged(result.text, turn.request.history, result.draft.kind):
            # a turn that gives back the draft there was, unchanged: said so, never the same text without a word
            # (trial 31: a rewrite the edits did not know came back byte for byte); an edit says it itself
            draft = with_notice(result.draft, _unchanged_note(result.draft, turn.request.message))
            result = dataclasses.replace(result, draft=draft, text=render_draft(draft))
        # lättläst asked for in the options, or in words of the current draft ('Gör planen på lättläst svenska')
        asked = edit_request(turn.request.message, drafted_before(turn.request.history, len(turn.request.history))) \
            if editing else None
        # ... or by the request that makes the draft ('Skriv en problemformulering på lättläst svenska')
        # ... or by a rewrite for people outside the organisation ('så att den passar att skicka till vårdnadshavarna')
        # ... and by an earlier edit of the same draft that still stands ('kortare' after 'skriv om för vårdnadshavare')
        on_current = editing or not makes_new_draft(turn.request.message)
        easy = turn.request.options.easy_swedish or (asked is not None and (asked[0] == "easy" or (
            asked[0] == "audience" and lex.OUTSIDE_AUDIENCE_RE.match(asked[1]) is not None))) or (
            result.draft is not None and ("easy", "") in carried_edits(turn.request.message)) or (
            result.draft is not None and result.draft.kind in DRAFT_MODES and on_current and
            sent_outside(turn.request, result.draft.kind, asked))
        if easy and (result.grounded or result.draft is not None or lex.EASY_REFUSAL_RE.match(result.text)):
            # Lättläst rewrites the whole answer or draft, for every backend; citations keep their numbers. A draft
            # built from the user's facts alone (no source fits) is rewritten too, and so is a refusal: it opens in
            # words that later turns still recognise it by (lexicon.REFUSAL_RE, 'Våra texter har inga uppgifter om').
            if result.draft is not None and result.draft.kind in DRAFT_MODES:  # the draft, then its text from it
                draft = easy_draft(result.draft)
                result = dataclasses.replace(result, text=render_draft(draft), draft=draft)
            elif turn.request.mode == "dilemma":  # the facilitator's own lines only: the quoted sources stay
                result = dataclasses.replace(result, text=easy_facilitation(result.text, turn.request.message))
            else:
                asked = f"{turn.request.message} {turn.query}"  # the asker's words stay in the easy answer
                result = dataclasses.replace(result, text=easy_answer(result.text, asked),
                                             draft=easy_draft(result.draft) if result.draft else None)
            # The easy text says the cited lines again in other words; each citation's quote stays the original.
            if turn.request.mode != "dilemma":
                result = dataclasses.replace(result, citations=[c.model_copy(update={"rewritten": True})
                                                                for c in result.citations])
        notes = self._notes(turn, backend, refused or editing or turn.pick is not None, editing, result.draft)
        response = ChatResponse(
            mode=turn.request.mode,
            text=result.text,
            citations=result.citations,
            grounded=result.grounded,
            draft=result.draft,
            # An edit of the draft ('kortare', 'skriv om för rektorer') is no question: the query it was searched
            # with (the edit joined to the previous turn's words: 'Kortare – vill att ingen grupp …?', trial 28 R4)
            # is not shown as what was asked.
            query=turn.request.message if editing else turn.query,
            backend=backend.name,
            notes=notes,
            timings={
                "retrieval_ms": round((retrieved - started) * 1000, 1),
                "generation_ms": round((time.perf_counter() - retrieved) * 1000, 1),
            },
        )
        log.info("answered mode=%s grounded=%s in %.0f ms", response.mode, response.grounded,
                 (time.perf_counter() - started) * 1000)
        if not live:
            said = "".join(streamed)  # a lead streamed before the model failed is not streamed again
            rest = response.text[len(said):] if response.text.startswith(said) else response.text
            for delta in stream_words(rest):
                yield StreamEvent(type="token", data=delta)
        elif "".join(streamed) != response.text:  # nothing should rewrite a live answer (`_rewritten_after`)
            log.warning("the streamed text differs from the answer's text (mode=%s)", response.mode)
        yield StreamEvent(type="citations", data=[c.model_dump() for c in response.citations])
        yield StreamEvent(type="done", data=response)

    @staticmethod
    def _rewritten_after(turn: PreparedTurn) -> bool:
        """Whether the answer may be rewritten after the backend wrote it (`stream`): lättläst asked for, a draft (the
        user's pasted facts marked, notes, an edit's own rewrite), a lead put before it, or a dilemma talk."""
        request = turn.request
        return request.options.easy_swedish or request.mode != "fraga" or bool(turn.own_view) or \
            bool(turn.notice) or turn.pick is not None or turn.where_said or turn.own_child

    def warm_up(self) -> None:
        """Load the search snapshot and build the answer engine's term weights, goal cards and section texts,
        which the first answer would otherwise build (they grow with the store: ~17 s at 300k chunks)."""
        started = time.perf_counter()
        self.evidence.warm()
        common_words()  # every question's language check reads them (grounding/question.py)
        log.info("assistant warmed up in %.1f s (store version %s)", time.perf_counter() - started,
                 self.evidence.built_for)

    def warm_up_in_background(self) -> threading.Thread:
        """`warm_up` on a thread of its own, so a server answers /healthz and a terminal takes its first question
        meanwhile; a question asked before it is done waits for the same build (its lock), never a second one.
        A failure (the store unreachable) is logged: the first answer then builds what it needs, as before."""

        def run() -> None:
            try:
                self.warm_up()
            except Exception as exc:  # noqa: BLE001 - a warm-up must never take the process down
                log.warning("warm-up at start failed (the first answer will build the index): %s", exc)

        thread = threading.Thread(target=run, name="jamplan-warm-up", daemon=True)
        thread.start()
        return thread

    def respond(self, data: dict[str, Any] | ChatRequest) -> ChatResponse:
        """The whole answer at once."""
        for event in self.stream(data):
            if event.type == "done":
                return event.data  # type: ignore[no-any-return]
        raise RuntimeError("stream ended without a response")

    def _notes(self, turn: PreparedTurn, backend: GenerationBackend, refused: bool = False,
               editing: bool = False, draft: Draft | None = None) -> list[str]:
        notes: list[str] = [turn.notice] if turn.notice else []
        if backend is not self.extractive and self.settings.redact_pii:
            found = redact(turn.request.message).counts
            if found:
                notes.append("Personuppgifter togs bort innan frågan skickades till språkmodellen: "
                             + ", ".join(f"{k} ({v})" for k, v in sorted(found.items())))
        if backend is self.extractive and self.backend is not self.extractive and not refused:
            notes.append("Språkmodellen svarade inte; svaret är sammanställt direkt ur underlaget.")
        if turn.pick is not None:  # answered from the previous answer's list, not from the rewritten question
            about = f" som handlar om ”{turn.pick.about}”" if turn.pick.about else ""
            notes.append(f"Tolkad som: punkterna i förra svaret{about}")
        elif turn.query != turn.request.message and not editing:  # an edit changes the draft; no question to read
            # A rewrite that does not read as the asker's own question is shown as their words and the question
            # they follow up (followups.shown_rewrite), so that the note never puts other words in their mouth.
            shown = turn.query if draft is not None and draft.kind in DRAFT_MODES or backend is not self.extractive \
                else shown_rewrite(turn.request.message, turn.request.history, turn.query)
            notes.append(f"Tolkad som: {interpreted_as(shown, draft)}")
        if turn.question is not None and turn.question.slips and not editing:
            # the words read as slips of the keyboard, so that a wrong reading can be seen and asked again (typos37)
            notes.append("Stavning tolkad: " + ", ".join(f"{typed} → {read}" for typed, read in turn.question.slips))
        return notes


# A 'Tolkad som' note longer than this many words is cut: it tells what was understood, it does not repeat it.
_NOTE_WORDS = 20


def interpreted_as(query: str, draft: Draft | None) -> str:
    """What a turn was taken to ask, in a line: for a draft its title (type and subject: 'Gör ett lokalt mål för
    det' -> 'Lokalt mål – Björkskolan, åk 7–9: …'), else the rewritten question, cut short.

    >>> interpreted_as("Vilka aktörer kan bidra till pojkars skolresultat?", None)
    'Vilka aktörer kan bidra till pojkars skolresultat?'
    """
    if draft is not None and draft.kind in DRAFT_MODES and draft.title:
        return draft.title
    words = query.split()
    return query if len(words) <= _NOTE_WORDS else " ".join(words[:_NOTE_WORDS]) + " …"


def curated(verdict: Verdict) -> bool:
    """Whether an answer's best evidence all comes from the curated material (origin 'korpus': method support,
    inspections, research), no organisation's own document."""
    best = verdict.evidence[:ANSWERED_FROM_UNITS]
    return bool(best) and all(s.unit.chunk.origin == "korpus" for s in best)


def _drained(generator: Generator[str, None, BackendResult]) -> BackendResult:
    """A backend's result, its deltas read and dropped (`stream` streams the final text)."""
    while True:
        try:
            next(generator)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def source_lacks_lead(asked: str, lacking: Sequence[str]) -> str:
    """The line that says the source a question names does not take up what it asks (lexicon.SOURCE_LACKS_LEAD):
    the source as the asker named it, the topic as they put it after 'om' (else their words of the lacking terms).

    >>> source_lacks_lead("vad säger metodstödet om heltid som norm?", ["heltid"])
    'Metodstödet tar inte upp heltid som norm. Det som står om det på andra ställen i underlaget:'
    """
    word = next((w for m in lex.SOURCE_SPEAKER_RE.finditer(asked) for w in (m.group("a"), m.group("c"), m.group("b"))
                 if w and not lex.QUESTION_WORDS.fullmatch(w)), "")
    about = lex.SOURCE_SAYS_ABOUT_RE.match(asked)
    topic = about.group("topic") if about else " ".join(
        w for w in re.findall(r"[\w-]+", asked) if any(t in tokenize(w) for t in lacking))
    source = word[:1].upper() + word[1:] if word else lex.SOURCE_LACKS_DEFAULT_NAME
    return lex.SOURCE_LACKS_LEAD.format(source=source, topic=topic.strip())


def _unchanged_note(draft: Draft, message: str) -> str:
    """The note on a turn that gave back the draft there was: for a question on it ('Vilka insatser kan vi göra och
    vilka aktörer behöver vara med?') the sections whose headings share its words hold the answer
    (`lexicon.DRAFT_QUESTION_NOTE`); else that nothing changed (`lexicon.UNCHANGED_DRAFT_NOTE`)."""
    asked = set(tokenize(message))
    if not any(lex.QUESTION_SENTENCE_RE.search(s) for s in re.split(r"(?<=[.!?])\s+", message.strip())):
        return lex.UNCHANGED_DRAFT_NOTE
    named = [f"”{s.heading}”" for s in draft.sections  # a part a question asks of by name ('insatser', 'aktörer')
             if s.key.split("_")[0] in lex.DRAFT_PARTS_ASKED_OF and asked & set(tokenize(s.heading))]
    # ... of something besides the part: its rarer words must stand in the draft ('… indikator för trygghet')
    from wordfreq import zipf_frequency

    said = set(tokenize(" ".join([draft.title, *(s.heading for s in draft.sections),
                                  *(i.text for s in draft.sections for i in s.items)])))
    lacking = [w for w in re.findall(r"[\wåäö-]+", message)
               if (terms := set(tokenize(w))) and not terms & said and zipf_frequency(w.lower(), "sv") <
               lex.DRAFT_QUESTION_TOPIC_ZIPF and not any(t in lex.DRAFT_PARTS_ASKED_OF for t in terms)]
    if named and lacking:
        return lex.DRAFT_QUESTION_ELSEWHERE_NOTE.format(terms=" och ".join(dict.fromkeys(w.lower() for w in lacking)))
    return lex.DRAFT_QUESTION_NOTE.format(sections=" och ".join(named)) if named else lex.UNCHANGED_DRAFT_NOTE


def _unchanged(text: str, history: Sequence[Any], kind: str) -> bool:
    """Whether `text` reads as the conversation's latest draft of `kind` (`edits.same_text`)."""
    from assistant.generation.extractive.edits import same_text
    from assistant.generation.plan import draft_kind
    before = next((t.content for t in reversed(history) if t.role == "assistant"), "")
    return bool(before) and draft_kind(history[-1]) == kind and same_text(text, before)
