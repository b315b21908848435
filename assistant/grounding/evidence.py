"""Finding support in the corpus: searches, the best sentences for a query, and whether there is any support.

Shared by both generation backends so that they ground answers the same way.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.config import Settings
from assistant.grounding.anchors import MAX_CLAIM_CHARS, Anchor, locate, normalised, quoted_claims
from assistant.grounding.catalogue import DilemmaCase, GoalCard, find_dilemmas, parse_cards
from assistant.grounding.passages import Sentence, TermWeights, sentence_score, split_sentences
from assistant.grounding.question import (
    Question,
    analyse,
    load_lemmatizer,
    mention_topic,
    particle_compounds,
    restore_diacritics,
)
from assistant.grounding.scope import Verdict, file_name_words, fold_text, judge
from assistant.grounding.scope.refusal_focus import focus_refusal
from assistant.grounding.selection import NeighbourLookup, Scored, Selection, UnitSelector
from assistant.index.documents import document_file, document_name
from assistant.index.lexical import fold, tokenize, word_list_terms
from assistant.index.retrieval import HybridRetriever, cut_query
from assistant.index.units import Unit, units_of
from assistant.lexicon import ENGLISH_WORDS, MATERIAL_WORDS, QUESTION_WORDS
from assistant.schema import ChatRequest, Chunk, Hit

SentenceFilter = Callable[[Sentence], bool]

# How many of the best hits bring the chunk that continues them into selection.
NEXT_CHUNK_POOL = 3
# For 'Vad säger X om Y?' (Question.mention): how many chunks naming Y a lexical search adds to the pool, and of the
# sources of how many first hits when the question names no source (Evidence._with_mention_chunks).
MENTION_CHUNKS = 4
MENTION_SOURCES_OF_TOP = 3
# How many of the best units' documents are read for phases when the steps of a process are asked (Evidence.phased).
PHASED_POOL = 8
# A word of a question used by an uploaded document inflected: at most this many letters after its stem
# (Evidence.used_share: 'frånvaron' of 'frånvaro', 'sjukfrånvaron' of 'sjukfrånvaro').
UPLOAD_INFLECTION = 3


def _continues(chunk: Chunk, nxt: Chunk) -> bool:
    """Whether `nxt` carries on the passage `chunk` ends with: `chunk` ends leading into something (':'), or `nxt`
    opens with a list item or a sentence that points back ('Det kan också innebära …', 'Dessa …')."""
    ending, opening = units_of(chunk), units_of(nxt)
    if not ending or not opening:
        return False
    first = opening[0]
    return ending[-1].text.rstrip().endswith(":") or first.is_item or bool(
        lex.CONTINUES_PREVIOUS_RE.match(first.text))


@dataclass
class Support:
    """Whether the corpus speaks to a query, and how strongly (for the refusal decision)."""

    supported: bool
    dense: float
    coverage: float
    unknown: float = 0.0
    english: bool = False


# A word of a draft's or dilemma's subject says what it is about only when under this share of all passages use it
# ('skola', 'elever', 'insats' are in a third of the corpus; 'läxhjälp', 'examen', 'fritidsgård' in a few): Evidence.shared.
SUBJECT_WORD_SHARE = 0.1
# A capitalised word after a sentence's first: a name ('Ekedals gymnasieskola', 'Norrby'), not what one is about.
_NAME_IN_TEXT_RE = re.compile(r"(?<![.!?:]\s)(?<!^)(?<=\s)[A-ZÅÄÖ][\w-]*")


def organisation_keys(text: str) -> frozenset[str]:
    """The organisations a text names, each as a key another spelling of it meets ('Granviks kommun' and 'Granvik'
    -> 'granvik'; 'Björkskolan' -> 'bjorkskolan'); a text that names none by those patterns is one key itself, when
    short ('Ekedals gymnasieskola' -> 'ekedals gymnasieskola'), so that an org option the patterns miss still meets
    the same words in a publisher.

    >>> sorted(organisation_keys("Lönnhagens förskoleområde, Granviks kommun"))
    ['granvik']
    >>> sorted(organisation_keys("Ekedals gymnasieskola")), sorted(organisation_keys("Region Halland, Björkskolan"))
    (['ekedals gymnasieskola'], ['bjorkskolan', 'halland'])
    """
    names = [m.group(1) or m.group(2) for p in (lex.ORG_NAME_RE, lex.SCHOOL_NAME_RE) for m in p.finditer(text)]
    if not names and text.strip() and len(text.split()) <= 4:
        names = [text]
    keys = set()
    for name in names:
        head = re.sub(r"\s+(?:kommun|stad)$", "", " ".join(fold(name).split()))
        head = re.sub(r"^region\s+", "", head)
        keys.add(head[:-1] if head.endswith("s") and len(head) > 4 and not head.endswith("ss") else head)
    return frozenset(keys)


@dataclass(frozen=True)
class NamedSource:
    """The one source a question names as the one speaking, and the words it names it by (folded)."""

    source: str
    words: tuple[str, ...]

    def quoted_in(self, chunk: Chunk) -> bool:
        """Whether another document's passage names the source ('Skolinspektionen lyfter fram …' in a project
        report): what it reports there is that source's word too."""
        text = fold(chunk.text)
        return chunk.source != self.source and any(w in text for w in self.words)


class Evidence:
    """Retrieval plus sentence selection over one retriever; term weights and goal cards follow the store."""

    def __init__(self, retriever: HybridRetriever, settings: Settings) -> None:
        self.retriever = retriever
        self.settings = settings
        self._lock = threading.Lock()
        self._version: str | None = None
        self._weights: TermWeights | None = None
        self._cards: list[GoalCard] = []
        self._dilemmas: list[DilemmaCase] = []
        self._corpus_text = ""
        self._vocabulary: frozenset[str] = frozenset()
        self._neighbours: NeighbourLookup | None = None
        self._sections: dict[tuple[str, str], str] = {}
        self._documents: dict[str, str] = {}
        self._described: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._issuers: dict[str, str] = {}
        self._headings: dict[str, frozenset[str]] = {}
        self._owners: dict[str, frozenset[str]] = {}
        self._uploads: dict[str, str] = {}
        self._document_keys: dict[str, str] = {}
        self._source_words: dict[str, frozenset[str]] = {}

    def warm(self) -> None:
        """Build the term weights, goal cards and section texts over every chunk now, not in the first answer
        (over 300k chunks that took ~17 s; the API and `jamplan chat` call it at start, Assistant.warm_up)."""
        self.retriever.snapshot()
        self._refresh()
        load_lemmatizer()

    @property
    def built_for(self) -> str | None:
        """The store version the term weights and goal cards were built for; None until the first build."""
        return self._version if self._weights is not None else None

    def _refresh(self) -> None:
        snap = self.retriever.current()
        if self._version == snap.version and self._weights is not None:
            return
        with self._lock:
            if self._version == snap.version and self._weights is not None:
                return
            chunks = list(snap.chunks.values())
            self._weights = TermWeights(c.embedding_text() for c in chunks)
            by_source: dict[str, list[Chunk]] = {}
            for c in chunks:
                by_source.setdefault(c.source, []).append(c)
            self._cards = [card for group in by_source.values() for card in parse_cards(group)]
            self._by_source = by_source
            self._dilemmas = find_dilemmas(chunks)
            # a document's file name names what it is about as its title does (scope.covers)
            texts = [f"{c.title}\n{c.publisher}\n{file_name_words(c.source)}\n{c.heading_path_text}\n{c.text}"
                     for c in chunks]
            self._corpus_text = fold_text(texts)
            self._vocabulary = frozenset(w for t in texts for w in re.findall(r"[a-zåäöéü]+", t.lower()))
            self._neighbours = NeighbourLookup(chunks)
            sections: dict[tuple[str, str], list[str]] = {}
            for c in chunks:
                sections.setdefault(_section_key(c), []).append(f"{c.heading_path_text}\n{c.text}")
            self._sections = {key: "\n".join(texts) for key, texts in sections.items()}
            documents: dict[str, list[str]] = {}
            for c in chunks:
                documents.setdefault(c.path or c.source, []).append(f"{c.heading_path_text}\n{c.text}")
            self._documents = {key: "\n".join(texts) for key, texts in documents.items()}
            self._document_keys = {c.source: c.path or c.source for c in chunks}
            self._source_words = {}
            # what each source is called as ingest stored it (never its file name): the words of its titles (a
            # part's too) and doc type, and those of its publisher (author or own organisation)
            described: dict[str, tuple[set[str], set[str]]] = {}
            for c in chunks:
                kind, issuer = described.setdefault(c.source, (set(), set()))
                kind.update(re.findall(r"[a-z]+", fold(f"{c.title} {c.doc_type}")))
                issuer.update(re.findall(r"[a-z]+", fold(f"{c.title} {c.publisher}")))
            self._described = {s: (frozenset(k), frozenset(i)) for s, (k, i) in described.items()}
            # who issued each document, as its title and publisher say ('… (Tallmarka kommun) Tallmarka kommun,
            # socialförvaltningen'): the kind of unit a report is of (drafts.actors._closest_sources)
            self._issuers = {c.source: f"{c.title} {c.publisher}" for c in chunks}
            # what an organisation's own document (not curated material) is about and whose it is: the words of its
            # titles (a part's too), and the organisations its title and publisher name (Evidence.shared)
            headings: dict[str, set[str]] = {}
            owners: dict[str, set[str]] = {}
            for c in chunks:
                if c.origin != "korpus":
                    headings.setdefault(c.source, set()).update(tokenize(c.title))
                    owners.setdefault(c.source, set()).update(organisation_keys(f"{c.title}, {c.publisher}"))
            self._headings = {s: frozenset(w) for s, w in headings.items()}
            self._uploads = {c.source: c.path for c in chunks if c.origin == "uppladdad" and c.path}
            self._owners = {s: frozenset(w) for s, w in owners.items()}
            from wordfreq import zipf_frequency

            zipf_frequency("och", "sv")  # load the Swedish word list now, not in the first figure question
            self._version = snap.version

    def issuers(self) -> dict[str, str]:
        """Per source, its title and publisher ('Jämställdhetsanalys av ekonomiskt bistånd … Tallmarka kommun,
        socialförvaltningen')."""
        self._refresh()
        return self._issuers

    @property
    def weights(self) -> TermWeights:
        self._refresh()
        assert self._weights is not None
        return self._weights

    @property
    def cards(self) -> list[GoalCard]:
        self._refresh()
        return self._cards

    @property
    def dilemmas(self) -> list[DilemmaCase]:
        self._refresh()
        return self._dilemmas

    def continued(self, chunk: Chunk, n: int = 2) -> list[Chunk]:
        """`chunk` and the next `n` chunks that continue it in its document (a list split by chunking)."""
        self._refresh()
        out = [chunk]
        while len(out) <= n:
            nxt = self._neighbours.following(out[-1])
            if nxt is None:
                break
            out.append(nxt)
        return out

    def restore_diacritics(self, text: str) -> str:
        """`text` with each word typed without å/ä/ö spelt as the corpus spells it ('kanner sig otrygga' -> 'känner
        sig otrygga'); words the corpus does not know stay as typed."""
        self._refresh()

        def one(m: re.Match[str]) -> str:
            word = m.group(0)
            found = restore_diacritics(word.lower(), self._vocabulary) if word.isascii() else None
            return found if found and word.islower() else word

        # whole words: an ASCII run inside a word with å/ä/ö is no word of its own ('läsa' read as 'l' + 'ä' + 'sa'
        # became 'läså' in a draft's title, own trial, session 28)
        return re.sub(r"\w+", one, text)

    def analyse(self, query: str) -> Question:
        """The question's answer type, language, subjects and search text (diacritics restored from the corpus)."""
        self._refresh()
        question = analyse(query, self._vocabulary)
        weights = self.weights
        if question.language == "en":
            # English words the Swedish documents never use ('the', 'target') cannot be met; the Swedish terms
            # they were mapped to carry the question.
            from wordfreq import zipf_frequency

            known = frozenset(t for t in question.content_terms
                              if weights.seen(t) and zipf_frequency(t, "en") < lex.ENGLISH_FUNCTION_ZIPF)
            question.content_terms = known or question.content_terms
        if question.language == "sv":
            # 'följs upp' also meets 'uppföljning': the compound joins the question as the documents' most common
            # word that begins with it (weighted as that word), and meets any other word that begins the same.
            extra = {weights.commonest_with_prefix(t): t for t in particle_compounds(question.text)}
            extra.pop(None, None)
            if extra:
                question.content_terms = question.content_terms | set(extra)
                question.prefix_terms = extra
        return question

    def anchors(self, answer: str) -> list[Anchor]:
        """The passages an earlier answer quoted, found again in the current snapshot (grounding/anchors.py)."""
        claims = quoted_claims(answer)
        if not claims:
            return []
        snap = self.retriever.current()
        return locate(claims, lambda text, k: [cid for cid, _ in snap.index.search(text, k)], snap.chunks)

    def units_saying(self, text: str, chunks: int = 5, per_chunk: int = 1) -> list[Unit]:
        """The units that say `text` word for word (an item of an earlier answer, found again to cite it), at most
        `per_chunk` per chunk, a unit that says nothing else first (a list's own item line, not a longer sentence elsewhere
        that merely holds its words), then best found first; [] when no chunk the lexical index finds for it says
        it."""
        key = normalised(text[:MAX_CLAIM_CHARS])
        if not key:
            return []
        snap = self.retriever.current()
        out: list[Unit] = []
        for chunk_id, _ in snap.index.search(text[:MAX_CLAIM_CHARS], chunks):
            chunk = snap.chunks.get(chunk_id)
            found = [u for u in units_of(chunk) if key in normalised(u.text)] if chunk is not None else []
            out += sorted(found, key=lambda u: normalised(u.text) != key)[:per_chunk]
        return sorted(out, key=lambda u: normalised(u.text) != key)

    def conversation_source(self, answers: Sequence[str]) -> str | None:
        """The one document the given earlier answers all quoted (each quoting something, all of it there); None
        where they quoted none, or more than one document."""
        snap = self.retriever.current()
        sources: set[str] = set()
        for answer in answers:
            found = {snap.chunks[a.chunk_id].source for a in self.anchors(answer) if a.chunk_id in snap.chunks}
            if not found:
                return None
            sources |= found
        return next(iter(sources)) if len(sources) == 1 else None

    def units_after(self, anchor: Anchor, count: int, chars: int) -> list[Unit]:
        """The units that follow `anchor`'s lines in its document, in order: from its chunk and the chunks after it,
        at most `count` of them and about `chars` characters (what comes next after a passage an answer quoted)."""
        self._refresh()
        chunk = self.retriever.current().chunks.get(anchor.chunk_id)
        out: list[Unit] = []
        size = 0
        while chunk is not None and len(out) < count and size < chars:
            for unit in units_of(chunk):
                if unit.start_line > anchor.end_line and len(out) < count and size < chars and \
                        not any(u.start_line == unit.start_line for u in out):
                    out.append(unit)
                    size += len(unit.text)
            chunk = self._neighbours.following(chunk) if self._neighbours is not None else None
        return out

    def with_anchor_chunks(self, hits: list[Hit], anchors: Sequence[Anchor]) -> list[Hit]:
        """`hits` with the chunks that hold the anchors and the lines right after them: in a document written to
        a template, what a follow-up asks about the cited passage stands there. A chunk that continues a
        retrieved one follows it in the ranking; others come last."""
        self._refresh()
        snap = self.retriever.current()
        out = list(hits)
        have = {h.chunk.chunk_id for h in hits}
        for anchor in anchors:
            chunk = snap.chunks.get(anchor.chunk_id)
            if chunk is None:
                continue
            following = self._neighbours.following(chunk) if self._neighbours is not None else None
            for c in (chunk, following):
                if c is None or c.chunk_id in have:
                    continue
                have.add(c.chunk_id)
                at = next((i + 1 for i, h in enumerate(out) if h.chunk.chunk_id == chunk.chunk_id), len(out))
                out.insert(at, Hit(chunk=c, score=out[at - 1].score if 0 < at <= len(out) else 0.0))
        return out

    def _with_mention_chunks(self, question: Question, hits: list[Hit]) -> list[Hit]:
        """`hits` with the chunks a lexical search finds that name what 'Vad säger metodstödet om läxhjälp?' asks
        about (Question.mention), of the source the question names, else of the sources of the first hits: a
        question about where and how a document treats a thing is answered by the sentence that describes it,
        which the closest chunks (lists that only name it) may crowd out of the pool (mentions36: the metodstöd's
        '… att erbjuda riktad läxhjälp' was never a candidate). At most MENTION_CHUNKS, after the hits."""
        if not hits:
            return hits
        named = self.named_source(question.cue_text)
        sources = [named.source] if named is not None else \
            list(dict.fromkeys(h.chunk.source for h in hits[:MENTION_SOURCES_OF_TOP]))
        found = self.retriever.search(mention_topic(question.cue_text)[: self.settings.max_query_chars],
                                      k=self.settings.top_k, mode="lexical", sources=sources)
        have = {h.chunk.chunk_id for h in hits}
        term = question.mention
        new = [h for h in found if h.chunk.chunk_id not in have and any(
            t == term or (len(term) >= 5 and t.startswith(term)) for t in tokenize(h.chunk.text))][:MENTION_CHUNKS]
        floor = hits[-1].score
        return [*hits, *(Hit(chunk=h.chunk, score=floor) for h in new)]

    def select(self, question: Question, hits: Sequence[Hit], anchors: Sequence[Anchor] = ()) -> Selection:
        """Score the units of `hits` for `question` (unit embeddings when the index holds them); `anchors` are
        the passages the previous answer quoted, for a follow-up."""
        # Cut as Assistant.prepare cuts its search, so a long message is answered, with the same query vector.
        limit = self.settings.max_query_chars
        query = (question.search_text or question.text)[:limit]
        hits = self._with_next_chunks(hits)
        if question.mention:
            hits = self._with_mention_chunks(question, hits)
        snap, sims = self.retriever.query_unit_similarities(query)
        unit_sims: dict[str, float] = {}
        wanted = {u.unit_id for h in hits for u in units_of(h.chunk)}
        if sims is not None:
            unit_sims = {uid: float(sims[snap.unit_row[uid]]) for uid in wanted if uid in snap.unit_row}
        selection = UnitSelector(self.weights, unit_sims, anchors).select(question, hits, self._neighbours)
        respelt = question.embedding_text[:limit]
        if sims is not None and respelt != query:
            # A question typed without å/ä/ö is as close to the material as the same question typed with them
            # (Question.embedding_text): its respelt wording places it on topic. The ranking stays with the search
            # text (which adds the restored words): the respelt embedding ranked a list of measures over the
            # sentence that answers 'vad kan skolan gora forebyggande for att killarnas betyg ska bli battre'.
            # (only the wanted units' rows, and the last query's remembered similarities stay: review of int24)
            again = self.retriever.unit_similarities_of(respelt, sorted(wanted))
            closest = max(again.values(), default=0.0)
            selection.max_similarity = max(selection.max_similarity, closest)
        return selection

    def _with_next_chunks(self, hits: Sequence[Hit]) -> list[Hit]:
        """`hits` and, after them, the chunk that continues each of the best few in the same section: a paragraph
        that says what is needed ('… alla i målgruppen kan nås av informationen') often has its list or its
        point in the next chunk, which the query's words alone may not reach."""
        self._refresh()
        seen = {h.chunk.chunk_id for h in hits}
        extra: list[Hit] = []
        for hit in hits[:NEXT_CHUNK_POOL]:
            nxt = self._neighbours.following(hit.chunk)
            if nxt is not None and nxt.chunk_id not in seen and nxt.heading_path == hit.chunk.heading_path \
                    and _continues(hit.chunk, nxt):
                seen.add(nxt.chunk_id)
                extra.append(Hit(chunk=nxt, score=0.0))
            # 'Svaren på ovanstående fyra frågor …' opening a chunk is about what the chunk before it ends with.
            opening = units_of(hit.chunk)[:2]
            prev = self._neighbours.preceding(hit.chunk) if any(
                lex.POINTS_ABOVE_RE.search(u.text) for u in opening) else None
            if prev is not None and prev.chunk_id not in seen:
                seen.add(prev.chunk_id)
                extra.append(Hit(chunk=prev, score=0.0))
        return [*hits, *extra]

    def judge(self, question: Question, selection: Selection) -> Verdict:
        """Answer or refuse (see assistant.scope)."""
        self._refresh()
        st = self.settings
        def document_text(c: Chunk) -> str:
            return self._documents.get(c.path or c.source, "")

        verdict = judge(question, selection, self._corpus_text, st.min_unit_score, st.min_unit_similarity,
                        section_text=self._context_of(question, selection), weights=self.weights,
                        document_text=document_text)
        if not verdict.answer and verdict.reason == "statistic" and verdict.asked == lex.ASKED_KIND_NAMES["steps"]:
            # No ordered list or 'först … sedan' names the asked thing, but a document among the best that speaks of it
            # is written as phases, one section each ('Stöd i att kartlägga …', '… planera …', '… följa upp'):
            # those are its steps (trial 35 K1).
            named = self.named_source(question.cue_text)
            phases = self.phased(selection.ranked, verdict.given, named.source if named is not None else "")
            if phases:
                return Verdict(True, evidence=[s for _, s in phases], phases=phases)
        # a refusal points within the document the question names, and says missing only what it lacks
        return focus_refusal(verdict, question, selection.ranked, document_text)

    def phases(self, source: str) -> list[tuple[str, Chunk]]:
        """A document's phases: the longest run of at least lexicon.PHASES_MIN top-level sections in a row whose
        headings open with the same lexicon.PHASE_SHARED_WORDS words or name a step ('Steg 2'), each heading with the
        first chunk under it, in the document's order; [] where it has none."""
        self._refresh()
        firsts: list[tuple[str, Chunk]] = []
        for c in sorted(self._by_source.get(source, []), key=lambda c: c.start_line):
            if c.heading_path and (not firsts or firsts[-1][0] != c.heading_path[0]):
                if all(h != c.heading_path[0] for h, _ in firsts):
                    firsts.append((c.heading_path[0], c))

        def opening(heading: str) -> str:
            if lex.PHASE_HEADING_RE.match(heading):
                return "steg"
            words = fold(heading).split()
            return " ".join(words[:lex.PHASE_SHARED_WORDS]) if len(words) > lex.PHASE_SHARED_WORDS else ""

        best: list[tuple[str, Chunk]] = []
        run: list[tuple[str, Chunk]] = []
        for heading, chunk in firsts:
            if run and opening(heading) and opening(heading) == opening(run[-1][0]):
                run.append((heading, chunk))
            else:
                run = [(heading, chunk)]
            if len(run) > len(best):
                best = list(run)
        return best if len(best) >= lex.PHASES_MIN else []

    def phased(self, ranked: Sequence[Scored], thing: str, named: str = "") -> list[tuple[str, Scored]]:
        """The phases (`phases`) of the first document among the best units that has them and is about `thing` (the
        asked thing as written): the question names that document (`named`, its source) and it speaks of the thing,
        or its title or phase headings name the thing. Each heading with the first statement under it; [] where
        none has. (A document naming the thing in passing is no description of its steps: 'Hur går man tillväga
        för att söka statsbidrag för lovskola?' is not answered by the metodstöd's phases, whose measures name
        lovskola.)"""
        seen: set[str] = set()
        stem = fold(thing)[:max(5, len(thing) - 2)]
        for s in ranked[:PHASED_POOL]:
            source = s.unit.chunk.source
            if source in seen:
                continue
            seen.add(source)
            phases = self.phases(source)
            text = fold(self._documents.get(self._document_keys.get(source, source), "")) if source == named else \
                fold(" ".join([s.unit.chunk.title, *(h for h, _ in phases)]))
            if not phases or (stem and stem not in text):
                continue
            firsts = [(h, next((u for u in units_of(c) if not u.is_label), None)) for h, c in phases]
            if phases and all(u is not None for _, u in firsts):
                return [(h, Scored(u, s.score, 0.0, 0.0)) for h, u in firsts if u is not None]
        return []

    def _context_of(self, question: Question, selection: Selection) -> Callable[[Chunk], str]:
        """Where a named subject may be set for a passage: its section for a figure, list or fact (a wrong
        municipality's figures must not answer), its whole document for a definition, cause, 'how' or yes/no,
        or when the best unit is as close to the question as answers are (a passage that close is about it)."""
        close = selection.max_similarity >= self.settings.min_unit_similarity + self.settings.subject_document_margin
        if close or question.answer_type in ("definition", "cause", "how", "yesno", "consequence", "evaluation"):
            return lambda c: self._documents.get(c.path or c.source, "")
        return lambda c: self._sections.get(_section_key(c), "")

    def search(self, query: str, k: int | None = None, doc_types: Sequence[str] | None = None,
               own_words: str | None = None, sources: Sequence[str] | None = None) -> list[Hit]:
        """Search with a long message cut to `max_query_chars` (a long description is still answered); `own_words`
        is the question before expansion (see HybridRetriever.search); `sources` restricts it to those documents."""
        limit = self.settings.max_query_chars
        return self.retriever.search(cut_query(query, limit), k=k or self.settings.top_k, doc_types=doc_types,
                                     sources=sources, own_words=cut_query(own_words, limit) if own_words else None)

    def named_source(self, text: str) -> NamedSource | None:
        """The one source a question names as the one speaking (lexicon.SOURCE_SPEAKER_RE: 'Vad säger metodstödet
        …?', 'Vad skriver Skolinspektionen …?', 'enligt rapporten från Örebro'), by what ingest stored of it: a kind
        word ('metodstödet', 'inspektionen') fits the sources whose title, doc type or publisher holds it, a name
        ('Skolinspektionen', 'Örebro') those whose title or publisher holds it. None unless what it names fits
        exactly one source: a kind several documents share ('rapporten', 'planen') singles none out, and a
        document's file name is never read."""
        self._refresh()
        fitting: set[str] | None = None
        words: list[str] = []
        for m in lex.SOURCE_SPEAKER_RE.finditer(text):
            word = m.group("a") or m.group("b") or m.group("c")
            kind = lex.SOURCE_KIND_RE.match(word)
            if kind:
                said = fold(kind.group("stem"))
                found = self._fitting(said, by_kind=True)
            elif word[:1].isupper() and m.group("b") is None:
                said = fold(word)
                found = self._fitting(said, by_kind=False)
            else:
                continue
            if m.group("org") and m.group("org")[:1].isupper():  # 'rapporten från Örebro': the kind from there
                found &= self._fitting(fold(m.group("org")), by_kind=False)
            if found:
                fitting = found if fitting is None else fitting & found
                words.append(said[:-1] if said.endswith("s") and len(said) > 4 and not kind else said)
        if fitting is None or len(fitting) != 1 or len(self._described) < 2:
            return None
        return NamedSource(source=next(iter(fitting)), words=tuple(words))

    def lacking(self, source: str, question: Question) -> list[str]:
        """The question's terms that the document `source` never uses while the rest of the material does, when they
        carry at least lexicon.NAMED_SOURCE_LACKS_SHARE of the question's weight: 'Vad säger metodstödet om heltid
        som norm?' of a metodstöd that never says 'heltid' (trial 34 H6 quoted its lines about the word 'norm').
        A term is used where a word of the document is it or begins with it (a compound: 'heltidsanställda')."""
        words = self._words_of(source)

        def absent(term: str) -> bool:
            return term not in words and not (len(term) >= 5 and any(w.startswith(term) for w in words))

        terms = question.content_terms
        if not words or not terms:
            return []
        lacking = [t for t in sorted(terms) if absent(t)]
        if not lacking or not all(self.weights.seen(t) for t in lacking) or \
                self.weights.share(terms, absent) < lex.NAMED_SOURCE_LACKS_SHARE:
            return []
        return lacking

    def uploads(self, org: str | None = None) -> frozenset[str]:
        """The sources of the documents users uploaded (origin 'uppladdad'); where `org` is named, only that
        organisation's (their title or publisher names it, as `latest_upload` reads them: review36)."""
        self._refresh()
        keys = organisation_keys(org) if org else frozenset()
        return frozenset(s for s in self._uploads if not keys or keys & self._owners.get(s, frozenset()))

    def upload_named(self, name: str, org: str | None = None) -> str | None:
        """The uploaded document whose file is `name` (as uploaded: POST /v1/ingest keeps the file name, its odd
        characters made '_': staging.clean_upload_name), the one a conversation says it is about
        (ChatOptions.document); only `org`'s uploads where it is named, as `uploads` reads them (review37: the tie
        reached another organisation's upload). None where no upload is named so (not uploaded, not readable)."""
        from ingest.staging import clean_upload_name

        wanted = clean_upload_name(name)
        own = self.uploads(org)
        return next((s for s, key in sorted(self._uploads.items()) if s in own and document_name(key) == wanted), None)

    def upload_quoted(self, answer: str, org: str | None = None) -> str | None:
        """The uploaded document an earlier answer quoted: the upload most of its located quotes stand in; where none
        is located (a table row said as 'Åsby Innebandyklubb, Deltagartillfällen pojkar: 4 390', a refusal's quoted
        nearest line or the document's title), the upload whose words carry at least lexicon.UPLOAD_ANSWER_SHARE of
        the weight of what the answer quotes. None where it quoted another document, or nothing. Only `org`'s
        uploads where it is named."""
        uploads = self.uploads(org)
        if not uploads:
            return None
        snap = self.retriever.current()
        found = [snap.chunks[a.chunk_id].source for a in self.anchors(answer) if a.chunk_id in snap.chunks]
        quoted = [s for s in found if s in uploads]
        if quoted:
            return max(dict.fromkeys(quoted), key=quoted.count)
        if found:
            return None
        said = quoted_claims(answer) or lex.QUOTED_TEXT_RE.findall(answer)
        terms = frozenset(t for t in tokenize(" ".join(said)) if len(t) >= 4)
        if len(terms) < lex.UPLOAD_ANSWER_MIN_WORDS:
            return None
        shares = {u: self.weights.share(terms, lambda t, w=self._words_of(u): t in w) for u in sorted(uploads)}
        best = max(shares, key=lambda u: shares[u])
        if shares[best] >= lex.UPLOAD_ANSWER_SHARE:
            return best
        # ... or claim by claim: a computed difference says the assistant's own words ('skillnaden är 17
        # procentenheter (64 − 47, uträknat …)') beside the rows it cites ('Åk 9, Studiero flickor: 47 %'), so the
        # whole answer's words fall short while most of its claims are the upload's (test_asks35, trial 35 V5)
        claims = [t for t in (frozenset(w for w in tokenize(c) if len(w) >= 4) for c in said)
                  if len(t) >= 2]  # ('Åk 9, Studiero flickor: 47 %' is a row's claim of two words)
        words = self._words_of(best)
        held = sum(self.weights.share(t, lambda w: w in words) >= lex.UPLOAD_ANSWER_SHARE for t in claims)
        return best if claims and 2 * held > len(claims) else None

    def source_title(self, source: str) -> str:
        """A document's title as ingest stored it ('' where it has none)."""
        self._refresh()
        issuer = self._issuers.get(source, "")
        chunk = next((c for c in self.retriever.current().chunks.values() if c.source == source), None)
        return chunk.title if chunk is not None else issuer

    def source_uses(self, source: str, text: str) -> bool:
        """Whether the document `source` uses the word or name `text` (folded, a compound's first part counts)."""
        words = self._words_of(source)
        said = [w for w in tokenize(text) if len(w) >= 4]
        return bool(said) and all(_word_used(w, words) for w in said)

    def used_share(self, source: str, question: Question) -> float:
        """The share of the question's weight (its content terms, as TermWeights weighs them) that the document
        `source` uses: a question in the words of one document is about it."""
        words = self._words_of(source)
        terms = question.content_terms
        if not words or not terms:
            return 0.0
        return self.weights.share(terms, lambda t: _word_used(t, words))

    def _words_of(self, source: str) -> frozenset[str]:
        """The words of document `source`, tokenized once per store version (`lacking`, `upload_quoted`, `source_uses`)."""
        self._refresh()
        words = self._source_words.get(source)
        if words is None:
            text = self._documents.get(self._document_keys.get(source, source), "")
            words = self._source_words[source] = frozenset(tokenize(text))
        return words

    def latest_upload(self, org: str | None = None) -> NamedSource | None:
        """The document uploaded last (its file's time in the uploads folder), as the source a question about the
        asker's own decisions or findings names ('Vilka åtgärder har vi bestämt …?':
        lexicon.OWN_DOCUMENT_QUESTION_RE); None when nothing was uploaded. Uploads are not tied to a conversation, so
        the latest one stands for the document the user has just given; where the request names its organisation
        (`org`), only that organisation's uploads (their title or publisher names it), so another organisation's
        report never answers for it (review33)."""
        self._refresh()
        keys = organisation_keys(org) if org else frozenset()
        times: dict[str, float] = {}
        for source, key in self._uploads.items():
            if keys and not keys & self._owners.get(source, frozenset()):
                continue
            try:
                times[source] = document_file(key, self.settings).stat().st_mtime
            except OSError:
                continue  # removed since it was read in
        if not times:
            return None
        return NamedSource(source=max(times, key=lambda s: (times[s], s)), words=())

    def sharing(self, request: ChatRequest) -> Callable[[Chunk], bool]:
        """Which chunks a draft or a dilemma talk of `request` may draw on (`shared`, decided once per document): the
        organisation is the org option and the schools or municipalities the user's turns name, the subject the
        user's turns and the target group. One rule for every backend: the extractive composers' searches
        (SharedEvidence) and the retrieval a model is given (`AssistantService.prepare`; session 29 left the openai
        backend's drafts with another organisation's upload)."""
        said = " ".join([*(t.content for t in request.history if t.role == "user"), request.message])
        names = [m.group(0) for p in (lex.ORG_NAME_RE, lex.SCHOOL_NAME_RE) for m in p.finditer(said)]
        org = ", ".join(n for n in [request.options.org or "", *names] if n)
        subject = f"{said} {request.options.target_group or ''}"
        from assistant.generation.facts.model import org_kind  # the facts import grounding: read here, not at load

        kind = org_kind(said)
        kept: dict[str, bool] = {}  # per document: a draft searches many times

        def keep(chunk: Chunk) -> bool:
            if chunk.source not in kept:
                kept[chunk.source] = self.shared(chunk, org, subject, kind)
            return kept[chunk.source]

        return keep

    def shared(self, chunk: Chunk, org: str, subject: str, kind: str = "") -> bool:
        """Whether a draft or a dilemma talk may draw on `chunk`'s document: curated material (origin 'korpus':
        the method support, inspections, research) always; an organisation's own document (an upload, or a folder
        ingested beside the corpus) only when it is the user's own organisation's (its title or publisher names an
        organisation `org` names) or it is about the subject (a word of `subject` that few passages use, no name
        and no word every equality document uses, stands in its title). Trial 29: a gymnasieskola's goal got 'Föreningslivet' from a kultur- och
        fritidsförvaltning's bidrag analysis, and a dilemma on läxhjälp that analysis as its other perspective."""
        self._refresh()
        if chunk.origin == "korpus" or chunk.source not in self._headings:
            return True
        if organisation_keys(org) & self._owners[chunk.source]:
            return True
        # ... or one issued by the same kind of adult unit as the user's (`kind`, facts.org_kind: a socialförvaltning's
        # analysis for a socialtjänst, a personalavdelning's lönekartläggning for an HR unit): the same kind of service,
        # whose decided measures are the closest sources its plan has (session 34: none reached them)
        if kind in lex.ADULT_ORG_KINDS and kind == next(
                (k for pattern, k in lex.ORG_KINDS if pattern.search(self._issuers.get(chunk.source, ""))), ""):
            return True
        weights = self._weights
        assert weights is not None
        # what the user's words are about, not whom they name ('Ekedals' would meet any Ekedal document's title)
        common = _NAME_IN_TEXT_RE.sub(" ", subject)
        said = [t for t in tokenize(common) if len(t) >= 5 and not t.isdigit() and not lex.EQUALITY_WORD_RE.match(t)
                and weights.chunk_share(t) < SUBJECT_WORD_SHARE]
        # the same word inflected or as a compound's first part ('förening', 'föreningsbidrag'), or a compound of
        # the word as its head ('fritidsgårdarna' of a title's 'gården')
        return any(t == h or (len(h) >= 5 and (h.startswith(t) or t.startswith(h))) or (len(h) >= 4 and t.endswith(h))
                   or _same_compound_stem(t, h) for t in said for h in self._headings[chunk.source])

    def _fitting(self, word: str, by_kind: bool) -> set[str]:
        """The sources a folded kind stem is part of a title or doc-type word of ('inspektion' of
        'skolinspektionen'), or whose title or publisher holds a folded name (a genitive 's' read off)."""
        if by_kind:
            return {s for s, (kinds, issuer) in self._described.items()
                    if any(word in w for w in kinds | issuer)}
        names = {word, word[:-1]} if word.endswith("s") and len(word) > 4 else {word}
        return {s for s, (_, issuer) in self._described.items() if names & issuer}

    def query_terms(self, query: str) -> frozenset[str]:
        """The words of a query that say what it is about (not which document it asks about)."""
        return frozenset(tokenize(query)) - word_list_terms(MATERIAL_WORDS)

    def best_sentences(
        self,
        query: str,
        hits: Sequence[Hit],
        n: int,
        keep: SentenceFilter | None = None,
        per_chunk: int = 2,
        min_score: float = 0.12,
        cue: re.Pattern[str] | None = None,
    ) -> list[Sentence]:
        """The `n` sentences of `hits` that best cover `query`, at most `per_chunk` from one chunk.

        `cue` lifts sentences of the kind the question asks for (a cause for 'varför', a number for 'hur många').
        """
        terms = self.query_terms(query)
        weights = self.weights
        scored: list[tuple[float, Sentence]] = []
        for rank, hit in enumerate(hits):
            for sentence in split_sentences(hit.chunk):
                if keep is not None and not keep(sentence):
                    continue
                score = sentence_score(sentence, terms, weights, rank)
                if cue is not None and cue.search(sentence.text):
                    # A short line of the asked-for kind ("Totalt 8 464 tkr") is an answer, not a fragment.
                    score += 0.3 if sentence.words < 5 else 0.15
                scored.append((score, sentence))
        scored.sort(key=lambda pair: -pair[0])
        chosen: list[Sentence] = []
        count: dict[str, int] = {}
        seen_text: set[str] = set()
        for score, sentence in scored:
            if score < min_score or len(chosen) >= n:
                break
            key = " ".join(sentence.text.lower().split())
            if count.get(sentence.chunk.chunk_id, 0) >= per_chunk or any(
                key in other or other in key for other in seen_text
            ):
                continue
            count[sentence.chunk.chunk_id] = count.get(sentence.chunk.chunk_id, 0) + 1
            seen_text.add(key)
            chosen.append(sentence)
        return chosen

    def support(self, query: str, hits: Sequence[Hit]) -> Support:
        """Is anything retrieved actually about `query`? Needs semantic closeness and shared specific words."""
        dense = max((h.dense_score or 0.0 for h in hits), default=0.0)
        content = frozenset(tokenize(QUESTION_WORDS.sub(" ", query)))
        weights = self.weights
        coverage = 0.0
        for hit in hits[:5]:
            coverage = max(coverage, weights.overlap(content, frozenset(tokenize(hit.chunk.embedding_text()))))
        english = _looks_english(query)
        # Words the corpus has never seen (nor their inflections or compound parts) mark a foreign topic.
        unknown = 0.0 if english else weights.share(content, lambda t: not weights.known(t))
        if english:
            # Swedish term overlap cannot work for an English question; semantic closeness decides alone.
            supported = dense >= self.settings.min_dense_support_english
        else:
            st = self.settings
            supported = (
                dense >= st.min_dense_support
                and coverage >= st.min_term_support
                and coverage - unknown >= st.min_support_margin
            ) or (dense >= st.strong_dense_support and unknown < st.max_unknown_share)
        return Support(bool(hits) and supported, dense, coverage, unknown, english)


def _word_used(term: str, words: frozenset[str]) -> bool:
    """Whether a document's `words` use `term`: as it is, as a compound's first part ('sjukfranvaro' of
    'sjukfranvarodagar'), or inflected ('sjukfranvaron', 'franvaron' of 'sjukfranvaro', 'franvaro': an ending of at
    most UPLOAD_INFLECTION letters).

    >>> _word_used("franvaron", frozenset({"franvaro"})), _word_used("naturvetenskap", frozenset({"natur"}))
    (True, False)
    """
    if term in words:
        return True
    if len(term) >= 5 and any(w.startswith(term) for w in words):
        return True
    return any(len(w) >= 5 and term.startswith(w) and len(term) - len(w) <= UPLOAD_INFLECTION for w in words)


def _looks_english(query: str) -> bool:
    words = re.findall(r"[a-zåäö]+", query.lower())
    return bool(words) and sum(w in ENGLISH_WORDS for w in words) / len(words) >= 0.25 and not re.search(
        "[åäö]", query.lower()
    )


def _section_key(chunk: Chunk) -> tuple[str, str]:
    """A chunk's document and top-level section (an appendix, a chapter): where a name may be set once."""
    return (chunk.path or chunk.source, chunk.heading_path[0] if chunk.heading_path else "")


class SharedEvidence:
    """`evidence` whose searches leave out the documents a draft or a dilemma talk may not draw on (`keep`:
    Evidence.shared for the user's organisation and subject); everything else is the evidence's own. A search that
    lost hits to `keep` is asked again for more, so the kept ones still number `k`; one that lost none is unchanged."""

    def __init__(self, evidence: Evidence, keep: Callable[[Chunk], bool]) -> None:
        self._evidence = evidence
        self._keep = keep

    def __getattr__(self, name: str) -> object:
        return getattr(self._evidence, name)

    @property
    def whole(self) -> Evidence:
        """The evidence without `keep`: every document (a dilemma's passages near its tension, labelled as near)."""
        return self._evidence

    def search(self, query: str, k: int | None = None, doc_types: Sequence[str] | None = None,
               own_words: str | None = None, sources: Sequence[str] | None = None) -> list[Hit]:
        k = k or self._evidence.settings.top_k
        hits = self._evidence.search(query, k, doc_types, own_words, sources)
        kept = [h for h in hits if self._keep(h.chunk)]
        if len(kept) < len(hits):
            wider = self._evidence.search(query, SHARED_WIDER * k, doc_types, own_words, sources)
            kept = [h for h in wider if self._keep(h.chunk)][:k]
        return kept


def _same_compound_stem(word: str, heading: str) -> bool:
    """Whether a word and a title's word are one stem, the word as a compound's first part with its linking vowel
    ('elevhalsochef', 'elevhalsoenkat' of the title's 'elevhalsan': Swedish 'elevhälsa' becomes 'elevhälso-'; trial
    34's elevhälsochef got no causes from an elevhälsa report): they share all of the title's word but its last three
    letters, at least seven.

    >>> _same_compound_stem("elevhalsochef", "elevhalsan"), _same_compound_stem("skolarbet", "skolans")
    (True, False)
    """
    shared = 0
    for a, b in zip(word, heading, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(COMPOUND_STEM_MIN, len(heading) - 3)


# The fewest letters a compound's first part and a title's word share to be one stem (`_same_compound_stem`).
COMPOUND_STEM_MIN = 7
# How many times `k` a search whose hits lost some to SharedEvidence's test is asked for again.
SHARED_WIDER = 3
