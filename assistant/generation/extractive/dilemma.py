"""The `dilemma` discussion support: match the situation to the report's workshop dilemmas by meaning (or
title), restate it, bring grounded perspectives, ask the workshop's own questions; over several turns take up
the participant's argument, offer the counter-perspective and the next question – never settle it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import simplemma
from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.citations import MARKER_RE, CitationBook, markers
from assistant.generation.audience import reword_phrases
from assistant.generation.base import BackendResult, PreparedTurn
from assistant.generation.drafts import draft_section, source_item, suggestion, user_item
from assistant.generation.extractive.cards import CardMatch, fit, goal_text
from assistant.generation.facts import org_kind
from assistant.grounding.catalogue import DilemmaCase, GoalCard
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold, tokenize
from assistant.index.sentences import split_at_stops
from assistant.index.units import Unit, units_of
from assistant.modes import MODES, Mode
from assistant.schema import Draft, DraftItem, DraftSection, Turn

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
_VIEW_SPLIT_RE = re.compile(r",?\s+(?:men|medan|samtidigt som|däremot)\s+", re.I)
_VIEW_STOPWORDS = frozenset("att det den som har är och för med inte han hon hen de ska vill kan får men till "
                            "från om ett en på av så när då ju väl".split())
# A summary hands the choice back as every turn does: it says what was weighed, not what to choose.
SUMMARY_CLOSING = ("Det finns inget givet svar här – sammanfattningen visar vad ni har vägt, och valet är ert. "
                   "Vilket perspektiv väger tyngst för er, och vad behöver ni fortfarande ta reda på?")
# How a summary sums up: at most this many perspectives and workshop questions, the latest of these.
SUMMARY_PERSPECTIVES = 3
SUMMARY_QUESTIONS = 2
# How a turn says a participant's question back (`_their_argument`): a summary lists it among what is still open.
ASKED_BACK = "Du frågar:"
# The question a turn asks when the workshop has none (left) to ask.
OWN_QUESTION = "Vad skulle få er att ändra uppfattning – och vem behöver ni höra innan ni bestämmer er?"
# ... and the next ones, each asked once, when the talk goes on after it (the workshop's questions that fit the
# dilemma can be few).
MORE_OWN_QUESTIONS = ("Vilka elever påverkas mest av det ni väljer, och hur får ni veta vad de själva tycker?",
                      "Vad säger skollagen och läroplanen om situationen, och vad lämnar de åt er att avgöra?")
# How many opening words make two of the material's questions the same question (`_material_questions`).
QUESTION_OPENING_WORDS = 7
# Share of the weight of a turn's own specific words that one passage must hold to take the turn's subject up.
OWN_SUBJECT_SHARE = 0.5
# What a passage holding the situation's most specific word gains among the first turn's perspectives.
FOCUS_BONUS = 0.15
# The largest share of the collection's chunks a word may stand in and still name what a dilemma is about: a word in
# more than a tenth of them ('vikten', 'förvaltningen', 'rektor' in a school collection) is the collection's own
# vocabulary, and a passage holding it is on anything (session 29: 'Rektorn för även samtal om vikten av …' was
# brought as a perspective on a preschool teacher's parental leave). A share means the same in 3 documents as in 3 000.
SUBJECT_MAX_SHARE = 0.1
COLLECTION_WORD_CHUNKS = 3
_MODAL_Q_RE = re.compile(r"^(ska|skall|bör|kan|måste|får|borde|är|har|finns|blir|går|gör)\s+(\S+)\s+(.*?)\??$", re.I)


@dataclass
class Workshop:
    """One workshop of the report: its theme line, its dilemmas and its own discussion questions."""

    theme: str
    dilemmas: list[DilemmaCase]
    questions: list[Unit]

    def text(self) -> str:
        return " ".join([self.theme, *(d.title for d in self.dilemmas), *(q.text for q in self.questions)])


def workshops(backend: ExtractiveBackend) -> list[Workshop]:
    """The report's workshops with their dilemmas and the discussion questions listed under them."""
    cases = backend.evidence.dilemmas
    by_theme: dict[str, list[DilemmaCase]] = {}
    for case in cases:
        by_theme.setdefault(case.workshop, []).append(case)
    starts = sorted((min(c.start_line for c in group), theme, group) for theme, group in by_theme.items())
    chunks = list(backend.evidence.retriever.current().chunks.values())
    out: list[Workshop] = []
    for i, (start, theme, group) in enumerate(starts):
        source = group[0].chunk.source
        end = starts[i + 1][0] if i + 1 < len(starts) else start + 40
        questions: dict[str, Unit] = {}
        for chunk in chunks:
            if chunk.source != source or chunk.end_line < start or chunk.start_line > end:
                continue
            for u in units_of(chunk):
                if start < u.start_line < end and u.text.rstrip().endswith("?") and u.words >= 4:
                    questions.setdefault(" ".join(u.text.lower().split()), u)
        ordered = sorted(questions.values(), key=lambda u: u.start_line)
        out.append(Workshop(theme, group, ordered))
    return out


def _match(backend: ExtractiveBackend, situation: str, found: list[Workshop]) -> tuple[Workshop | None,
                                                                                       DilemmaCase | None]:
    """The workshop (and dilemma) closest to the situation: a named title first, else by meaning."""
    folded = fold(situation)
    for w in found:
        for d in w.dilemmas:
            if len(d.title) > 8 and fold(d.title) in folded:
                return w, d
    if not found:
        return None, None
    # ... then a title that shares the situation's own words, in the documents' words ('mamman' -> vårdnadshavare:
    # 'Vårdnadshavaren'); the rarest shared words in the collection win (dilemma27 matched a mentor calling a silent
    # father to 'När tar skolans uppdrag slut?' by meaning alone)
    told = f"{situation} {backend.evidence.analyse(situation).search_text}"
    idf = backend.evidence.weights.idf
    shared = [(sum(idf(t) for t in _rare_shared_words(d.title, told)), i, w, d) for i, w in enumerate(found)
              for d in w.dilemmas if _rare_shared_words(d.title, told)]
    if shared:
        _, _, w, d = max(shared, key=lambda x: (x[0], -x[1]))
        return w, d
    emb = backend.evidence.retriever.embeddings
    query = backend.cards.search_text(situation)
    qv = np.asarray(emb.embed_query(query), dtype=np.float32)
    vectors = np.asarray(emb.embed_documents([w.text() for w in found]), dtype=np.float32)
    best = int(np.argmax(vectors @ qv))
    w = found[best]
    titles = np.asarray(emb.embed_documents([d.title for d in w.dilemmas]), dtype=np.float32)
    return w, w.dilemmas[int(np.argmax(titles @ qv))]


def _is_perspective(u: Unit, proposals: frozenset[tuple[str, int]] = frozenset()) -> bool:
    """A statement of the material's view: body text, not a question (nor one with a question inside: 'Vilka orsaker
    har problemen? Försök tänka …' is a task), a numbered task (a numbered proposal of the material is a view:
    `_is_proposal`, or one of `proposals`, the goal cards' interventions), a list entry's lower-case continuation
    ('vilka resurser ni planerar …'), half an argument whose first half stands before it ('Men eftersom
    orsakssambandet är komplexa …'), text broken by extraction, a time, a date, a programme line or an organisation's
    goal ('Andelen … ska öka från 78 procent till 88 procent': a target argues nothing about the choice), or a
    meeting's procedure ('Under punkten Förvaltningsinformation informerar …')."""
    text = u.text
    return (u.role == "body" and not u.is_label and u.words >= 8 and "?" not in text and not text[:1].islower()
            and (not lex.LIST_NUMBER_RE.match(text) or _is_proposal(text)
                 or (u.chunk.source, u.start_line) in proposals)
            and not lex.BROKEN_EXTRACTION_RE.search(text)
            and not lex.TIME_RANGE_RE.search(text) and not lex.DATE_RE.search(text)
            and not lex.DILEMMA_LINE.match(text) and not lex.WORKSHOP_LINE.match(text)
            and not lex.DOCUMENT_SIGNPOST_RE.search(text) and not lex.HALF_ARGUMENT_RE.match(text)
            and not lex.MINUTES_PROCEDURE_RE.search(text)
            and not lex.GOAL_STATEMENT_RE.search(text)
            and not lex.NOT_A_PERSPECTIVE_RE.search(text)
            and "genomfördes" not in text.lower() and not re.search(r"\bi (?:våra|de här|dessa) workshop", text, re.I))


def _is_proposal(text: str) -> bool:
    """A numbered entry in which the material proposes an action ('1. Koppla pojkar till mentorer från näringslivet
    …'): it opens with an imperative and speaks to no reader (a workshop's task does: '3. Diskutera i er grupp …').

    >>> _is_proposal("1. Koppla pojkar till mentorer som kan vara förebilder."), _is_proposal("4. Resultat")
    (True, False)
    >>> _is_proposal("2. Diskutera i er grupp vad ni ser."), _is_proposal("3. Anställ fler lärare i matematik.")
    (False, True)
    """
    number = lex.LIST_NUMBER_RE.match(text)
    words = re.findall(r"\w+", text[number.end():]) if number else []
    if not words or not words[0][:1].isupper() or len(words[0]) < 4:
        return False
    first = words[0].lower()
    lemma = simplemma.lemmatize(first, lang="sv")
    return lemma.endswith("a") and lemma in (first, first + "a") and not lex.READER_ADDRESS_RE.search(text)


def _proposals(backend: ExtractiveBackend) -> frozenset[tuple[str, int]]:
    """Where the goal cards' interventions stand (source, line): the method's own proposals ('3. Normkritisk
    undervisning om hur könsnormer påverkar …'), views to discuss though numbered and without a verb."""
    return frozenset((line.chunk.source, line.start_line) for card in backend.evidence.cards
                     for line in card.interventions)


def _spoken(u: Unit) -> str:
    """The passage as a perspective says it: a numbered proposal without its number (its [n] gives the place), and
    without footnote marks."""
    number = lex.LIST_NUMBER_RE.match(u.text)
    text = u.text[number.end():].strip() if number else u.text
    # a footnote mark glued to a word or a closing quote is no part of what the source says (trial 27: 'rätt tid”14')
    return lex.NOTE_REFERENCE_RE.sub("", text)


@lru_cache(maxsize=1)
def _group_terms() -> frozenset[str]:
    """The terms of the groups the material compares throughout (`lex.COUNTERPARTS`: 'pojkar', 'flickor'): nearly
    every passage names them, so they say nothing of what a dilemma is about."""
    return frozenset(tokenize(" ".join(w for pair in lex.COUNTERPARTS for w in pair)))


def _topic(backend: ExtractiveBackend, text: str) -> frozenset[str]:
    """What a dilemma or a turn is about: its own specific words (`_specific_terms`: 'mentorer', 'könsnormer',
    'trauman'), not the groups the material compares throughout (`lex.COUNTERPARTS`: 'pojkar', 'flickor'), which
    nearly every passage names, nor the collection's own vocabulary (`SUBJECT_MAX_SHARE`), nor a stem the stemmer
    cut to three letters ('led' is of 'ledighet' and 'ledare' alike)."""
    groups = _group_terms()
    names = set(tokenize(" ".join(_names(text))))  # 'Elias' is nobody the material speaks of
    return frozenset(t for t in _specific_terms(backend, text) if t not in groups and t not in names
                     and not _collection_wide(backend, t) and len(t) >= HEAD_LETTERS)


def _collection_wide(backend: ExtractiveBackend, term: str) -> bool:
    """Whether `term` is the collection's own vocabulary: in more than `SUBJECT_MAX_SHARE` of its chunks, and in more
    than `COLLECTION_WORD_CHUNKS` of them (in a collection of six chunks one holding the word is a sixth of them)."""
    weights = backend.evidence.weights
    return weights.chunk_share(term) > SUBJECT_MAX_SHARE and \
        weights.chunk_share(term) * weights.n > COLLECTION_WORD_CHUNKS


def _reason_terms(text: str) -> list[str]:
    """The words of the reason the dilemma gives ('eftersom pojkarna tar all uppmärksamhet' -> 'uppmärksamhet'):
    part of its core though everyday, not the commonest words ('tar', 'all'). They rank the perspectives the
    facilitator brings on the dilemma; a counter-perspective to an argument keeps to `_topic` (an everyday word has
    other senses: 'rikta uppmärksamhet på systemfel')."""
    reasons = " ".join(m.group(1) for m in lex.REASON_CLAUSE_RE.finditer(text))
    return [t for w in re.findall(r"\w{4,}", reasons) if zipf_frequency(w.lower(), "sv") < lex.CORE_WORD_ZIPF
            for t in tokenize(w)]


def _named_sources(backend: ExtractiveBackend, message: str) -> frozenset[str]:
    """The documents a question to the material names: by the kind of document ('metodstödet' -> a document whose
    title or file name holds 'metodstöd') or by its author ('Skolinspektionen'); none when it names none that the
    collection holds (dilemma27: 'Säger metodstödet något om hur man når alla vårdnadshavare?' was answered from a
    school's plan, and the method support's lines on reaching every guardian were left out)."""
    asked = " ".join(s for s in _sentences(message) if lex.ASKS_THE_MATERIAL_RE.search(s))
    kinds = [w for w in re.findall(r"\w+", asked.lower()) if w in lex.MATERIAL_WORDS.split() and w != "enligt"]
    names = [w.lower() for w in re.findall(r"\w+", asked)[1:] if w[:1].isupper() and len(w) >= 5]
    stems = {fold(w)[: max(6, len(w) - 3)] for w in [*kinds, *names]}
    if not stems:
        return frozenset()
    chunks = backend.evidence.retriever.current().chunks.values()
    return frozenset(c.source for c in chunks
                     if any(stem in fold(f"{c.title} {c.source.rsplit('/', 1)[-1]}") for stem in stems))


def _asked_terms(subject: str) -> frozenset[str]:
    """The words that name what a question to the material asks about ('höga förväntningar' -> 'förväntning'): not
    only its rare words (`_topic`: 'förväntningar' is everyday Swedish, yet it is the whole subject), but every word
    under the commonest (`lexicon.CORE_WORD_ZIPF`: not 'höga', 'alla', 'når'), the groups and the material's words
    aside."""
    groups = _group_terms()
    known = set(tokenize(f"{lex.MATERIAL_WORDS} {lex.SAYING_WORDS}")) | groups
    plain = lex.DISCOURSE_WORDS_RE.sub(" ", lex.QUESTION_WORDS.sub(" ", subject))
    return frozenset(t for w in re.findall(r"\w{5,}", plain) if zipf_frequency(w.lower(), "sv") < lex.CORE_WORD_ZIPF
                     for t in tokenize(w) if t not in known)


def _topic_words(text: str, topic: frozenset[str]) -> str:
    """The words of `text` that carry its `topic` ('mattelektionerna förstärker könsnormer'): a search for passages on
    the dilemma when the whole talk, searched as it stands, finds only passages on its everyday words."""
    return " ".join(w for w in re.findall(r"\w+", text) if set(tokenize(w)) & topic)


def _on_topic(u: Unit, topic: frozenset[str]) -> bool:
    """Whether the passage is about the participant's dilemma: it holds one of its specific words ('mentorer',
    'könsnormer'); without such words every passage is."""
    return not topic or _holds(u.text, topic)


def _own_claim(argument: str) -> str:
    """What the participant's turn holds, without its stance words: 'Jag tycker att föräldrarnas vilja ska
    respekteras' -> 'föräldrarnas vilja ska respekteras'; 'Jag håller inte med om att vi måste …' -> 'vi måste …'.

    >>> _own_claim("Jag tycker att föräldrarnas vilja ska respekteras, det är ju deras barn.")
    'föräldrarnas vilja ska respekteras, det är ju deras barn'
    >>> _own_claim("Men det är väl ändå föräldrarnas ansvar att han går till skolan, inte vårt?")
    'det är väl ändå föräldrarnas ansvar att han går till skolan, inte vårt'
    """
    text = re.sub(r"^(men|och|fast)\s+", "", lex.OPENING_INTERJECTION_RE.sub("", " ".join(argument.split())),
                  flags=re.I).strip(" .!?")
    rejected = lex.REJECTS_PARTY_RE.search(text)
    stance = lex.STANCE_RE.match(text)
    return rejected.group("what") if rejected else stance.group(3) if stance else text


def _on_subject(backend: ExtractiveBackend, u: Unit, topic: frozenset[str], strict: bool = False) -> bool:
    """Whether the passage is on the dilemma's subject, not only on one of its words in another sense: it holds one
    of them (`_on_topic`), and its chunk holds two of those the collection holds, where it holds two ('heltid som norm
    i äldreomsorgen' is not on 'Normer och ideal kring maskulinitet … i skolan'; session 29) – or, `strict`, where the
    topic has two words at all (a passage near a dilemma the material does not take up)."""
    if not _on_topic(u, topic):
        return False
    seen = [t for t in topic if backend.evidence.weights.seen(t)]
    place = tokenize(f"{u.chunk.title} {u.chunk.text}")
    return len(topic if strict else seen) < 2 or sum(any(_word_holds(w, t) for w in place) for t in seen) >= 2


def _query_terms(backend: ExtractiveBackend, query: str) -> frozenset[str]:
    """The words of a searched claim that a passage must hold to answer it: not the groups, not the collection's own
    vocabulary (`SUBJECT_MAX_SHARE`), no short stem."""
    return frozenset(t for t in tokenize(query) if len(t) >= HEAD_LETTERS and t not in _group_terms()
                     and not _collection_wide(backend, t))


def _in_topic_passage(u: Unit, topic: frozenset[str]) -> bool:
    """Whether the passage around `u` (its chunk and title) is on the dilemma's topic, though the sentence itself says
    it in other words ('I gårdens enkät svarade tjejerna att de inte kände sig välkomna i hallen …' in a fritidsgård's
    report, for girls' evenings in the sports hall): the closest answer to the view argued against, searched by its
    claim, is on topic when its passage is (session 28's talks got a count of visits instead)."""
    return bool(topic) and _holds(f"{u.chunk.title} {u.chunk.text}", topic)


def _perspectives(backend: ExtractiveBackend, query: str, avoid: set[str], n: int,
                  prefer_contrast: bool = False, skip: tuple[str, int, int] = ("", 0, 0),
                  focus: frozenset[str] = frozenset(), contrast_last: bool = False,
                  topic: frozenset[str] = frozenset(), sources: frozenset[str] = frozenset()) -> list[Unit]:
    """Up to `n` grounded perspectives on `query` from different passages (at most two lines of one chunk, three when
    the third weighs the two against each other: a long chunk holds several passages, 'boys' results are lower' and
    'results depend on more than gender'), none already
    said. A passage holding a `focus` word (what the situation is about: 'läxhjälp') comes first; `contrast_last`
    keeps the last place for one that weighs a view against another ('… påverkas av mer än bara kön'). A passage on
    the dilemma's `topic` (`_on_topic`) comes before one that is not; the same words in two places count once."""
    evidence = backend.evidence
    # searched in the documents the participant named ('Säger metodstödet …?'), when they named one
    hits = [h for h in evidence.search(query, k=30) if h.chunk.source in sources][:10] if sources else \
        evidence.search(query, k=10)
    question = evidence.analyse(query)
    selection = evidence.select(question, hits)

    def weight(s: Scored) -> float:
        contrast = 0.2 if prefer_contrast and lex.CONTRAST_RE.search(s.unit.text) else 0.0
        return s.score + contrast + (FOCUS_BONUS if focus and _holds(s.unit.text, focus) else 0.0)

    ranked = sorted(selection.ranked, key=lambda s: (not _on_topic(s.unit, topic), -weight(s)))
    proposals = _proposals(backend)  # once per search, not once per ranked unit
    eligible: list[Unit] = []
    for scored in ranked:
        u = scored.unit
        key = " ".join(u.text.lower().split())
        in_programme = u.chunk.source == skip[0] and skip[1] <= u.start_line <= skip[2]
        if _is_perspective(u, proposals) and key not in avoid and not in_programme:
            eligible.append(u)
    chosen: list[Unit] = []

    def take(u: Unit, per_chunk: int = 2) -> bool:
        same_chunk = sum(c.chunk.chunk_id == u.chunk.chunk_id for c in chosen)
        if same_chunk >= per_chunk or any((c.chunk.chunk_id, c.start_line) == (u.chunk.chunk_id, u.start_line)
                                          or _key(c.text) == _key(u.text) for c in chosen):
            return False
        chosen.append(u)
        return True

    for u in eligible:
        if len(chosen) >= (n - 1 if contrast_last else n):
            break
        take(u)
    if contrast_last:
        # The contrast weighs the views just given: one beside them in their own passage first (after 'pojkar når
        # lägre …', '… påverkas av mer än bara kön'), else the closest anywhere.
        contrasts = [u for u in eligible if u not in chosen and lex.CONTRAST_RE.search(u.text)]
        near = {c.chunk.chunk_id for c in chosen}
        next((u for u in contrasts if u.chunk.chunk_id in near and take(u, per_chunk=3)), None) or \
            next((u for u in contrasts if take(u)), None)
        next((u for u in eligible if len(chosen) < n and u not in chosen and take(u)), None)
    return chosen


def _material_questions(backend: ExtractiveBackend, queries: Sequence[str], topic: frozenset[str],
                        unsaid: Callable[[Unit], bool], said: str, n: int = 1) -> list[Unit]:
    """The material's own questions on the dilemma's subject, from any document: a method support's follow-up or
    analysis questions that name what the situation is about ('Hur många pojkar och flickor tar del av
    läxhjälpen/extra studietiden?' for homework help meant for boys only). They ask what a participant needs to know
    to weigh the choice, where a workshop's questions are general ('Vad ser ni som problematiskt i situationen?');
    trial 25 missed them. None without a `topic`: a question that only shares the groups is on something else. One
    that opens as a question already asked is the same question of another list ('… tar del av läxhjälpen/extra
    studietiden?' after '… tar del av läxhjälpen/ studieverkstäderna?')."""
    if not topic:
        return []
    found: list[Unit] = []
    hits = [h for q in dict.fromkeys(queries) for h in backend.evidence.search(q, k=10)]
    for hit in hits:
        for u in units_of(hit.chunk):
            text = _spoken(u)
            opens = " ".join(text.lower().split()[:QUESTION_OPENING_WORDS])
            if (u.role == "body" and text.endswith("?") and len(text.split()) >= 5 and text[:1].isupper()
                    and _holds(text, topic) and unsaid(u) and opens not in said
                    and all(not _key(_spoken(f)).startswith(opens) for f in found)):
                found.append(u)
    return found[:n]


def _continuation(earlier: list[Unit], unsaid: Callable[[Unit], bool]) -> Unit | None:
    """What the material goes on to say after a perspective that weighed the view against another ('Pojkars och
    flickors skolresultat påverkas av mer än bara kön.' -> 'Familjeförhållanden, boendeförhållanden och
    uppväxtområdet har stor betydelse.'): the next sentence of the same passage, not yet said. A pushback gets it as the
    counter-perspective when no passage not yet given takes the other side (trial 25: a generic unsourced line)."""
    ordered = sorted(earlier, key=lambda u: not lex.CONTRAST_RE.search(u.text))
    for u in ordered:
        after = sorted((v for v in units_of(u.chunk) if v.seq > u.seq), key=lambda v: v.seq)[:2]
        for v in after:
            if v.start_line > u.end_line + 1 or v.role != "body" or v.is_label:
                break
            if "?" not in v.text and len(v.text.split()) >= 5 and not v.text[:1].islower() and unsaid(v) \
                    and not lex.HALF_ARGUMENT_RE.match(v.text):
                return v
    return None


def _holds(text: str, terms: frozenset[str]) -> bool:
    """Whether `text` holds one of `terms` (stems) as a word of its own (`_word_holds`), or as the first part of a
    compound participle, which is about it ('traumarelaterade' svårigheter are trauma's, `_modifies`)."""
    words = tokenize(text)
    return any(_word_holds(w, t) for w in words for t in terms) or \
        any(_modifies(w, t) for w in re.findall(r"\w+", fold(text)) for t in terms)


def _modifies(word: str, term: str) -> bool:
    """Whether a compound participle or adjective opens with the term ('traumarelaterade', 'heltidsanställda'): its
    last part ends as a participle (`lexicon.PARTICIPLE_ENDINGS`), so the word says something of the term, where a
    compound noun is a kind of its last part ('heltidspraktik' is a praktik).

    >>> _modifies("traumarelaterade", "trauman"), _modifies("heltidspraktik", "heltid")
    (True, False)
    """
    for stem in {term, term[:-1]}:
        if len(stem) < 5 or not word.startswith(stem):
            continue
        rest = word[len(stem):]
        if len(rest) >= 6 and rest.endswith(lex.PARTICIPLE_ENDINGS):
            return True
    return False


# The most letters an inflection the stemmer left on a word may add to its stem ('trauman' of 'trauma'); a longer
# rest is another word compounded on it ('heltid' + 'spraktik').
INFLECTION_LETTERS = 2
# The fewest letters of a term matched inside a compound, and of the compound's first part ('norm' in 'könsnorm').
HEAD_LETTERS = 4
MODIFIER_LETTERS = 3


def _word_holds(word: str, term: str) -> bool:
    """Whether a text's word (a stem, as `tokenize` gives it) is the term, or a compound whose head is the term: a
    Swedish compound is about its last part ('könsnormer' is a kind of 'normer'), not its first ('heltidspraktik' is
    a praktik, not heltid: session 28 read an uncovered subject as covered by it, and 'led' of 'ledighet' found
    'ledningen'). A short stem matches only itself.

    >>> _word_holds("konsnorm", "norm"), _word_holds("heltidspraktik", "heltid"), _word_holds("ledning", "led")
    (True, False, False)
    >>> _word_holds("mentorer", "mentor"), _word_holds("heltid", "heltid")
    (True, True)
    """
    if word == term:
        return True
    if len(term) < HEAD_LETTERS:
        return False
    rest = len(word) - len(term)
    # ... an everyday head ('grupp', zipf 5.05) is the head of countless compounds on other things ('personalgruppen')
    return (word.startswith(term) and rest <= INFLECTION_LETTERS) or \
        (word.endswith(term) and rest >= MODIFIER_LETTERS and zipf_frequency(term, "sv") < lex.CORE_WORD_ZIPF)


def _specific_terms(backend: ExtractiveBackend, text: str, said: str = "") -> dict[str, float]:
    """The words of `text` that name its subject, with their weight: not question or discourse words ('vem', 'i
    slutändan'), not words of the material ('underlaget'), not what `said` already holds (nor its counterpart:
    'flickor' beside 'pojkar') and no everyday word ('eftersom', 'lägre', 'elever': `lexicon.COMMON_WORD_ZIPF`; a
    share of the chunks would not tell them in a small collection)."""
    weights = backend.evidence.weights
    plain = lex.DISCOURSE_WORDS_RE.sub(" ", lex.QUESTION_WORDS.sub(" ", text))
    known = set(tokenize(f"{said} {lex.MATERIAL_WORDS} {lex.SAYING_WORDS}"))
    for a, b in lex.COUNTERPARTS:
        if fold(a) in fold(said) or fold(b) in fold(said):
            known |= set(tokenize(f"{a} {b}"))
    rare = [t for w in re.findall(r"\w+", plain) if zipf_frequency(w.lower(), "sv") < lex.COMMON_WORD_ZIPF
            for t in tokenize(w)]
    # A rare word whose stem is one of the commonest words ('dockor' -> 'dock', 'bokar' -> 'bok') would find every
    # 'dock' and 'bok' (session 28: 'Förutsättningen är dock …' passed as on a preschool's dolls)
    return {t: weights.idf(t) for t in rare if t not in known and zipf_frequency(t, "sv") < lex.FUNCTION_WORD_ZIPF}


def _takes_up(backend: ExtractiveBackend, query: str, own: dict[str, float]) -> bool:
    """Whether a passage found for `query` holds most of the weight of the turn's `own` words: the material takes
    up what the participant raised ('elever som inte identifierar sig som pojke eller flicka' is not taken up by
    passages on boys and girls that never say 'identifierar')."""
    if not own:
        return True
    evidence = backend.evidence
    selection = evidence.select(evidence.analyse(query), evidence.search(query, k=10))
    total = sum(own.values())
    for scored in selection.ranked[:10]:
        held = sum(w for t, w in own.items() if _holds(scored.unit.text, frozenset([t])))
        if held >= OWN_SUBJECT_SHARE * total:
            return True
    return False


def _own_question(message: str) -> str:
    """The question the turn asks of its own ('Vad gör vi med elever som …?'); '' for none or 'Vad är rätt?'."""
    sentences = _sentences(message)
    asked = sentences[-1] if sentences else ""
    return asked if asked.endswith("?") and not lex.OPEN_DILEMMA_QUESTION_RE.match(asked) else ""


def _subject_of(message: str) -> str:
    """What a question asks about: 'Vad gör vi med elever som …?' -> 'elever som …'; the question itself else."""
    asked = next((s for s in reversed(_sentences(message)) if s.endswith("?")), " ".join(message.split()))
    subject = lex.SUBJECT_QUESTION_FRAME_RE.sub("", asked).strip(" ?")
    return _second_person(subject if subject != asked.strip(" ?") else f"det du frågar om – ”{asked}”")


def _turn_query(argument: str) -> str:
    """What to search for the participant's turn: 'Vem bestämmer …?' asked as the documents put it (responsibility)."""
    return lex.WHO_DECIDES_RE.sub(lex.WHO_DECIDES_TERMS, argument)


def _restate(situation: str) -> str:
    """'… vill inte att skolan kontaktar socialtjänsten. Ska skolan ändå göra det?' -> one sentence naming
    the choice and the situation (who the participant is aside: `_without_intro`)."""
    sentences = [lex.DILEMMA_LABEL_RE.sub("", s) for s in _sentences(_without_intro(situation))]
    asked = next((s for s in sentences if s.endswith("?")), "")
    told = [_subject_first(s.rstrip(".!")) for s in sentences if s != asked]  # said after 'när': subject first
    # The participant's own stance ('Jag tycker att orosanmälan är rätt väg') is one side, said back when they argue
    # it, not part of a neutral restatement (trial 27 closed the dilemma with '– du tycker att …').
    told = [t for t in told if not lex.STANCE_RE.match(t)] or told
    proposal = next((p for t in told if (p := lex.PROPOSAL_RE.match(_VIEW_SPLIT_RE.split(t, maxsplit=1)[0]))), None)
    asked = re.sub(r"^[^:?]{1,60}:\s+", "", asked)  # 'Samhällsfostran: ska skolan …?' -> the question itself
    if lex.OPEN_DILEMMA_QUESTION_RE.match(asked) and len(told) == 1:
        return f"Ni står inför ett val när {_negation_first(_lower_first(_second_person(told[0])))}."
    if lex.OPEN_DILEMMA_QUESTION_RE.match(asked) and len(told) > 1:
        # 'Vad är rätt?' names no choice: the choice is the sentence that sets two views against each other.
        views = next((t for t in told[1:] if lex.CONTRAST_RE.search(t)), None)
        if views is None:  # 'Några vill dela grupperna. Andra säger att …': the first two sentences are the views
            return f"Ni står inför ett val: {_lower_first(_second_person(told[0]))}, men " \
                   f"{_lower_first(_second_person(told[1]))}."
        return f"Ni står inför ett val: {_lower_first(_second_person(views))} – när " \
               f"{_negation_first(_lower_first(_second_person(told[0])))}."
    m = _MODAL_Q_RE.match(asked)
    choice = asked.rstrip("?").lower()
    if m:
        # A subordinate clause puts the adverb before the verb: 'om skolan ändå ska göra det'.
        adverb = re.match(r"(ändå|inte|alltid|aldrig|också|verkligen|redan|fortfarande)\s+(.*)", m.group(3), re.I)
        rest = f"{adverb.group(1)} {m.group(1).lower()} {adverb.group(2)}" if adverb else \
            f"{m.group(1).lower()} {m.group(3)}"
        choice = _second_person(f"om {m.group(2).lower()} {rest}")  # 'om vi ska göra så' -> 'om ni ska …'
        if proposal is not None and lex.POINTING_BACK_RE.match(m.group(3).strip()):
            # 'Ska jag göra det?' points back at the proposal told before it: the choice is that proposal
            # ('om du ska införa en regel om att …'), and the sentence says only what else it told
            choice = _second_person(f"om {proposal.group('who').lower()} ska {proposal.group('what')}")
            told = [_VIEW_SPLIT_RE.split(t, maxsplit=1)[1] if t.startswith(proposal.group(0)) and
                    len(_VIEW_SPLIT_RE.split(t, maxsplit=1)) == 2 else t for t in told
                    if not (t == proposal.group(0))]
    else:
        choice = _second_person(choice)  # 'hur bemöter jag det' -> 'hur bemöter du det'
    if not asked and len(told) > 1:
        # Told in several sentences without a question ('Nämnden vill … Klubben säger att … Politikerna är oeniga'):
        # the whole situation, the parties' positions with it, not its first sentence alone.
        return _situation(told)
    # Every sentence told, not the first alone: a party's position after it is the other side of the choice
    # ('En vårdnadshavare vill inte … Mentorn menar att … Ska skolan ändå …?'; trial 25 dropped the colleagues' side).
    told = [t for t in told if not t.endswith("?")]  # a second question is no side ('Ska lärarna …?')
    context = _negation_first(_told_back(told[:1])) + _told_back(told, start=1) if told else ""
    if len(context) > 360:
        context = context[:359].rsplit(" ", 1)[0] + "…"  # a cut ends with '…': no stop is added after it ('….')
    stop = "" if context.endswith("…") else "."
    if choice and context:
        return f"Ni står inför ett val – {choice} – när {context}{stop}"
    if choice:
        return f"Ni står inför ett val: {choice}."
    return f"Situationen: {context}{stop}" if context else "Beskriv situationen ni står inför."


def _situation(told: list[str], limit: int = 360) -> str:
    """A situation told in sentences, said back whole: a party's position after the first is set against it ('…, men
    den största fotbollsklubben … säger att …'), the rest follows; cut at a sentence when it grows long.

    >>> _situation(["Vår nämnd vill ge bidrag till föreningar som når flickor", "Klubben säger att de straffas",
    ...             "Politikerna är oeniga"])
    'Ni står inför ett val: er nämnd vill ge bidrag till föreningar som når flickor, men klubben säger att de \
straffas – politikerna är oeniga.'
    >>> _situation(["Rektorn vill dela grupperna", "Några föräldrar kräver det, men elevrådet är emot"])
    'Ni står inför ett val: rektorn vill dela grupperna – några föräldrar kräver det, men elevrådet är emot.'
    """
    return f"Ni står inför ett val: {_told_back(told, limit=limit)}."


def _told_back(told: list[str], start: int = 0, limit: int = 360) -> str:
    """The sentences told joined into one, in the second person (`_situation`); from `start` on, only what follows
    the sentences before it (', men klubben säger …')."""
    parts = [_lower_first(_second_person(_subject_first(t))) for t in told]  # main clauses: 'inte' stays after the verb
    text = parts[0] if parts else ""
    for n, part in enumerate(parts[1:], start=1):
        # ... one 'men' only: a sentence that sets views against each other itself follows a dash
        against = n == 1 and lex.STANCE_VERB_RE.search(part) and not re.search(r"\bmen\b", part)
        joint = ", men " if against else " – " if n == len(parts) - 1 else "; "
        if len(text) + len(part) > limit:
            break
        text = f"{text}{joint}{part}"
    if start:
        return text[len(parts[0]):] if parts else ""
    return text


# A told sentence that opens with where or when, its verb before its subject ('På vår skola har vi …', 'I höstas
# började vi …'): general Swedish word order (V2).
_FRONTED_RE = re.compile(r"^((?:På|I|Hos|Vid|Inom|Under|Efter|Sedan|Hemma|Nu|Ofta|Ibland)\b[^,.;:?!]{0,40}?)\s+"
                         r"(\w+)\s+(vi|jag|ni|du|de|han|hon|hen|man|det|den|(?:en|ett)\s+\w+)\s+(.+)$")


def _subject_first(sentence: str) -> str:
    """A sentence with its subject first, the fronted adverbial after it, as a clause said back after 'när' or ':'
    reads: 'På vår skola har vi flera nyanlända pojkar' -> 'vi på vår skola har flera nyanlända pojkar' (dilemma27:
    'när på er skola har ni …').

    >>> _subject_first("På vår skola har vi flera nyanlända pojkar i åk 7")
    'vi på vår skola har flera nyanlända pojkar i åk 7'
    >>> _subject_first("Rektorn vill dela upp eleverna")
    'Rektorn vill dela upp eleverna'
    """
    m = _FRONTED_RE.match(sentence)
    if not m or m.group(2).lower() in ("och", "att", "som", "när", "där"):
        return sentence
    return f"{m.group(3)} {m.group(1)[:1].lower()}{m.group(1)[1:]} {m.group(2)} {m.group(4)}"


def _lower_first(text: str) -> str:
    """'Klassläraren vill …' -> 'klassläraren vill …' inside a longer sentence; 'NA-klassen' keeps its capitals."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if not any(c.isupper() for c in first[1:]) else text


def _negation_first(text: str) -> str:
    """A subordinate clause puts 'inte' before its verb: 'när en pappa vill inte …' -> 'när en pappa inte vill …'."""
    text = re.sub(r"^(ni|vi|du|jag|de|han|hon|hen|man)\s+(\w+)\s+(alltid|ofta|ibland|redan|också|aldrig|inte)\b",
                  r"\1 \3 \2", text, count=1)  # 'när ni ringer alltid …' -> 'när ni alltid ringer …' (dilemma27)
    return re.sub(r"\b(vill|kan|ska|får|har|är|gör|vet)\s+(inte|aldrig)\b", r"\2 \1", text, count=1)


def _second_person(text: str) -> str:
    """The participant's 'vi/vår/oss' said back as 'ni/er' ('när vi har en elev' -> 'när ni har en elev'), and their
    'jag/mig/min' as 'du/dig/din' ('om jag ändrar mig' -> 'om du ändrar dig'): the facilitator's voice, never the
    participant's (trial 26). A figure's 'min' is a minute.

    >>> _second_person("Jag skulle nog ändra mig om vi får 30 min till.")
    'Du skulle nog ändra dig om ni får 30 min till.'
    """
    swaps = lex.FIRST_TO_SECOND_PERSON | lex.FIRST_SINGULAR_TO_SECOND_PERSON

    def said_back(m: re.Match[str]) -> str:
        word = swaps[m.group(1).lower()]
        return word[:1].upper() + word[1:] if m.group(1)[:1].isupper() else word
    return re.sub(rf"(?<!\d )\b({'|'.join(swaps)})\b", said_back, text, flags=re.I)


def _without_intro(message: str) -> str:
    """The situation without the sentence that only introduces the participant ('Jag är förstelärare på en
    högstadieskola.', `lexicon.ASKER_INTRO_RE`): who asks is no side of the choice, and its words drew the search
    and the restatement away from the dilemma (trial 26: '… när jag är förstelärare …')."""
    sentences = _sentences(message)
    first = f"{sentences[0]} ." if sentences else ""  # the first sentence alone
    if len(sentences) > 1 and (lex.ASKER_INTRO_RE.match(first) or lex.COURSE_INTRO_RE.match(first)):
        return " ".join(sentences[1:])
    return message


def _asks_the_material(message: str) -> bool:
    """Whether a sentence of the turn asks what the material says ('Säger inte metodstödet något om …?')."""
    return any(lex.ASKS_THE_MATERIAL_RE.search(s) for s in _sentences(message))


def _material_subject(message: str) -> str:
    """What a question to the material asks about: 'Fast säger inte metodstödet något om att jämföra resultat mellan
    klasser?' -> 'jämföra resultat mellan klasser' (searched as the material puts it, not with the asking words)."""
    asked = [s for s in _sentences(message) if lex.ASKS_THE_MATERIAL_RE.search(s)]
    text = lex.IN_THE_MATERIAL_RE.sub("", " ".join(asked) or message)  # '… enligt metodstödet?' names no subject
    subject = re.split(r"\b(?:om|kring|angående|gällande)\s+(?:att\s+)?", text, maxsplit=1)
    return (subject[1] if len(subject) == 2 and subject[1].strip(" ?") else text).strip(" ?")


def _sentences(text: str) -> list[str]:
    """A participant's message in sentences, spacing normalised."""
    return [s.strip() for s in split_at_stops(" ".join(text.split())) if s.strip()]


def _argument(message: str) -> str:
    """What the participant argues: their message without a request for what the material says."""
    return " ".join(s for s in _sentences(message) if not lex.ASKS_THE_MATERIAL_RE.search(s)) or \
        " ".join(message.split())


def _their_argument(message: str) -> str:
    """The participant's argument said back: a stance in the second person with its verb and adverbs before 'att'
    ('Jag tycker ändå mentorn har rätt' -> 'Du tycker ändå att mentorn har rätt'), a question quoted as asked."""
    sentences = _sentences(_argument(message))
    first = sentences[0] if sentences else " ".join(message.split())
    first = lex.OPENING_INTERJECTION_RE.sub("", first)  # 'Okej, jag håller med …': no part of the argument
    first = re.sub(r"^(men|och|fast)\s+", "", first, flags=re.I)
    if first.endswith("?"):
        return f"{ASKED_BACK} ”{first[:1].upper() + first[1:]}”"
    first = first.rstrip(".!")
    trailing = lex.TRAILING_STANCE_RE.match(first)
    if trailing:  # '…, tycker jag' -> 'jag tycker att …'
        first = f"{trailing.group(3)} {trailing.group(2)} att {_lower_first(trailing.group(1))}"
    swaps = lex.FIRST_TO_SECOND_PERSON | lex.FIRST_SINGULAR_TO_SECOND_PERSON
    agrees = lex.AGREES_WITH_PARTY_RE.match(first)
    if agrees:  # 'Kollegan menar att …, och där håller jag faktiskt med' -> 'Du håller faktiskt med kollegan: …'
        claim = " ".join(swaps.get(w.lower(), w) for w in agrees.group("claim").split())
        adverbs = " ".join(f"{agrees.group('adverbs')} {agrees.group('neg') or ''}".split())
        return f"Du håller {adverbs + ' ' if adverbs else ''}med {_lower_first(agrees.group('party'))}: {claim}."
    stance = lex.STANCE_RE.match(first)
    clause = stance.group(3) if stance else first
    text = " ".join(swaps.get(w.lower(), w) for w in clause.split())
    if stance:
        adverbs = " ".join(stance.group(2).split())
        return f"Du {stance.group(1).lower()}{' ' + adverbs if adverbs else ''} att {text}."
    if re.match(r"^jag\s+\w+", first, re.I):
        # The participant's own 'jag …' said back as it stands, a main clause in the facilitator's voice ('Du håller
        # inte med om att …'), not as 'Du menar att du håller inte med …' (trial 27's word order).
        return f"Du {text.split(' ', 1)[1] if ' ' in text else ''}".rstrip() + "."
    return f"Du menar att {_subordinate_order(text[:1].lower() + text[1:])}."


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


def _subordinate_order(clause: str) -> str:
    """A main clause said as a subordinate one after 'att': its sentence adverbs before the finite verb ('flickorna
    kommer inte …' -> 'flickorna inte kommer …'; `lexicon.SAID_BACK_ADVERBS`). A clause opening with an adverbial ('då
    riskerar ni …', `lexicon.FRONTED_ADVERBS`) or a subordinate clause keeps its order.

    >>> _subordinate_order("flickorna kommer inte för att de aldrig har fått plats")
    'flickorna inte kommer för att de aldrig har fått plats'
    >>> _subordinate_order("det är ju föräldrarnas ansvar"), _subordinate_order("då riskerar ni att förlora det")
    ('det ju är föräldrarnas ansvar', 'då riskerar ni att förlora det')
    """
    adverbs = "|".join(lex.SAID_BACK_ADVERBS)
    m = re.match(rf"^((?:(?:en|ett|alla|många|några|flera|vissa|de|den|det|min|din|er|vår)\s+)?(\w+))\s+(\w+)\s+"
                 rf"((?:(?:{adverbs})\s+)+)(.*)$", clause, re.I)
    if not m or m.group(2).lower() in lex.FRONTED_ADVERBS or m.group(3).lower() in lex.SAID_BACK_ADVERBS:
        return clause
    return f"{m.group(1)} {m.group(4)}{m.group(3)} {m.group(5)}".rstrip()


def _views(opening: str) -> list[str]:
    """The two positions the opening sets against each other: the halves of a 'A vill …, men B menar …' sentence,
    or the other party's wish and the question asked ('En vårdnadshavare vill inte att … Ska skolan ändå …?')."""
    sentences = _sentences(_without_intro(opening))
    for s in sentences:
        parts = [p.strip(" .!?") for p in _VIEW_SPLIT_RE.split(s, maxsplit=1)]
        if len(parts) == 2 and all(len(p.split()) >= 3 for p in parts):
            return parts
    asked = next((s for s in sentences if s.endswith("?")), "")
    told = [s.rstrip(".!") for s in sentences if s != asked]
    if asked and told and not lex.OPEN_DILEMMA_QUESTION_RE.match(asked) and _MODAL_Q_RE.match(asked):
        # a yes/no question holds a position ('Ska skolan ändå kontakta …?'); 'Hur bemöter jag det?' holds none
        return [told[0], asked.rstrip("?")]
    return []


def _claim(view: str) -> str:
    """What a view holds, without who holds it: 'elevhälsan menar att det gör det lättare att stanna hemma' ->
    'det gör det lättare att stanna hemma'. The party's own word would draw passages about the party instead."""
    return re.sub(r"^(?:\w+\s+){1,3}?(?:vill|menar|säger|tycker|anser|tror|önskar|kräver)\s+(?:att\s+)?",
                  "", view, count=1, flags=re.I) or view


def _content_stems(text: str) -> set[str]:
    """The stems of a view's or an argument's words ('anpassar', 'anpassa' -> one), no stopwords."""
    return {t for t in tokenize(text) if len(t) > 2 and t not in _VIEW_STOPWORDS}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 2 and w not in _VIEW_STOPWORDS}


def _counter_view(opening: str, argument: str) -> str | None:
    """The position the participant argues against: the view whose party or words their argument does not take up
    ('Jag tycker att mentorn har rätt' sides with the mentor's view, so the counter is elevhälsan's). None when
    the argument takes up both alike, or neither: it then raises a point of its own."""
    views = _views(opening)
    if len(views) != 2:
        # Told in sentences with an open question ('Några lärare vill … Andra kollegor tycker att det är orättvist
        # mot flickorna … Hur ska vi tänka?'): the sides are what is told and the positions reported against it.
        first, second = _sides(opening)
        views = [first[0], second[0]] if first and second else []
    if len(views) != 2:
        return None
    rejected = lex.REJECTS_PARTY_RE.search(argument)
    if rejected:  # 'Jag håller inte med fritidsledarna': their view is the one argued against
        what = _content_words(rejected.group("what"))
        parties = [next(iter(re.findall(r"\w+", fold(_subject_first(v)))), "") for v in views]
        hit = [v for v, p in zip(views, parties, strict=True) if p and p not in _VIEW_STOPWORDS and p in what]
        if len(hit) == 1:
            return hit[0]
    said = _content_stems(argument)
    # A word the argument negates ('Vi kan inte anpassa för varje elev') rejects the view that holds it (trial 27's
    # 'föräldrarnas ansvar' turn was read as siding with the guardians who wanted the teaching adapted).
    negated = {w for w in _content_stems(" ".join(re.findall(rf"\b(?:{lex.NEGATION_WORDS})\s+(?:\w+\s+){{0,2}}?(\w+)",
                                                                 argument, re.I)))}
    scores = []
    for view in views:
        words = _content_stems(view)
        party = next(iter(tokenize(view)), "")  # 'mentorn vill …': the view's own party
        shared = words & said
        scores.append(len(shared - negated) - len(shared & negated) +
                      (2 if party in said and party not in _VIEW_STOPWORDS else 0))
    if scores[0] == scores[1]:
        return None
    return views[1] if scores[0] > scores[1] else views[0]


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
        return _ours(_summary(backend, book, opening, user_turns[-len(earlier) + 1:] if len(earlier) > 1 else [],
                              [t.content for t in request.history if t.role == "assistant"], workshop, case, fitting,
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
        said_back = [user_item(back + ("" if back.startswith(ASKED_BACK) else _rest_of(request.message)),
                               request.message)]
        built = _detail_questions(request.message, said)
        argument = _argument(request.message)
        wants_answer = bool(lex.ASKS_FOR_THE_ANSWER_RE.search(request.message))
        position = _last_position(user_turns[-len(earlier) + 1:] if len(earlier) > 1 else [])
        if wants_answer:
            # 'Säg bara vad vi ska göra': the choice is handed back, and what they argued last is weighed against the
            # other side (trial 28 D4 quoted a line on something else; the answer request is no argument of theirs)
            said_back = [suggestion(ANSWER_ASKED + (f" {_past(_their_argument(position))}" if position else ""))]
            argument = _argument(position) if position else opening
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
        if uncovered:
            # Asked about something the material does not take up: say so, then go on facilitating the dilemma.
            said_back.append(suggestion(f"Underlaget tar inte upp {_subject_of(request.message)}. Där får ni "
                                        "resonera utifrån era egna erfarenheter och styrdokument."))
        sections.append(draft_section(mode, "svar", said_back))
        on_point: list[Unit] = []
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
            if asked_about:
                on_point = [u for u in on_point if _holds(u.text, asked_about)]
            on_point = list({u.unit_id: u for u in on_point}.values())[:2]
            if on_point:
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
        point = frozenset(own) - groups
        counter = [] if uncovered else [u for u in on_turn[:1] if _holds(u.text, point)] if not_covered else \
            on_turn[:1] or _card_counter(backend, card, queries[0], avoid, skip, unsaid) or next(
            ([u] for q, near in (*((q, near) for q in dict.fromkeys(queries) for near in (False, True)),
                                 (_topic_words(f"{opening} {argument}", on_dilemma), False))
             for u in _perspectives(backend, q, avoid, 4, prefer_contrast=other is None, skip=skip, topic=on_dilemma)
             if unsaid(u) and (not topic or _in_topic_passage(u, topic))  # in a passage on the dilemma itself
             and (_on_subject(backend, u, on_dilemma) or near and _in_topic_passage(u, on_dilemma)
                  and _holds(u.text, _query_terms(backend, q)))), [])
        if not counter and not uncovered and not not_covered:
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
        items = [source_item(_spoken(u), [_cite(book, u)]) for u in counter]
        if not items:
            # the situation's own parties, as `_more_perspectives` asks: a school's trio is no socialtjänst's; a
            # prompt once given is not given again (trial 26 had the same one in two turns running)
            # ... the party of the view they argue against when there is one (trial 28's talks asked for the view of
            # the party the participant had just sided with)
            against = other if other and lex.DILEMMA_PARTY_RE.search(other) else opening
            prompts = [p.format(parties=_parties_ask(against)) for p in OTHER_SIDE_PROMPTS]
            items = [suggestion(next((p for p in prompts if p.lower() not in said), prompts[-1]))]
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
    """
    m = lex.ARGUMENT_REASON_RE.search(" ".join(argument.split()))
    if m is None:
        return ""
    reason = m.group("reason").strip(" .!,")
    if not m.group("otherwise"):
        return reason
    # 'annars kommer det att ta …' said after 'att': its subject first, 'annars' before the verb
    inverted = re.match(r"^(\w+)\s+(det|de|den|vi|ni|jag|du|han|hon|hen|man)\s+(.*)$", reason, re.I)
    return f"{inverted.group(2)} annars {inverted.group(1)} {inverted.group(3)}" if inverted else f"annars {reason}"


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


def _fitting_questions(workshop: Workshop | None, case: DilemmaCase | None, found: list[Workshop],
                       core: frozenset[str]) -> list[Unit]:
    """The discussion questions that fit the participant's dilemma: the workshop's own when its case is like theirs
    (they were written for such cases); else those of that workshop that hold a word of the dilemma or ask about the
    situation as such ('Vad ser ni som problematiskt i situationen?'), not on a workshop's own subject ('… främja
    skolnärvaro och uppnå en skola för alla …' for splitting a class by gender); when it has none, those of the
    workshop with the most such questions (the talk stays with one workshop)."""
    own = workshop.questions if workshop else []
    if case is not None:
        return own

    def fits(q: Unit) -> bool:
        return bool(core and _holds(q.text, core)) or bool(lex.CASE_QUESTION_RE.search(q.text))
    fit = [q for q in own if fits(q)] or max(([q for q in w.questions if fits(q)] for w in found), key=len,
                                             default=[])
    return list({_key(q.text): q for q in fit}.values())


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


def _dilemma_card(backend: ExtractiveBackend, situation: str, kind: str) -> GoalCard | None:
    """The method support's goal card the situation is about, matched by meaning as a draft's problem is
    (`CardMatcher.rank`, then `cards.fit`: it fits, and leads the next card); None when none fits. Cards parsed twice
    from one goal (a goal whose follow-up stands apart from it) count as one: the one with most lines speaks for it."""
    if not situation.strip():
        return None
    same: dict[str, list[CardMatch]] = {}
    for m in backend.cards.rank(_without_intro(situation), org_kind=kind):
        same.setdefault(_key(goal_text(m.card)), []).append(m)
    fitting = fit([group[0] for group in same.values()])
    if fitting is None:
        return None
    group = same[_key(goal_text(fitting.card))]
    card = max((m.card for m in group), key=lambda c: len(c.followup) + len(c.interventions))
    return card if _card_shares_words(backend, card, situation) else None


# The fewest letters a word the situation shares with a goal card must have to show the card is about it ('bar' of
# 'bara' shows nothing).
CARD_SHARED_WORD_LETTERS = 5


def _card_shares_words(backend: ExtractiveBackend, card: GoalCard, situation: str) -> bool:
    """Whether a card matched by meaning shares a word of its own with the situation (its goal, problem,
    interventions or follow-up; not the groups every card names): meaning alone matched girls' evenings at a youth
    centre to the card on honour-related violence (dilemma27), while 'betygen för varje lärares klasser' and the card
    on results differences between classes share 'klass' and 'resultat'."""
    groups = _group_terms()
    told = {t for t in backend.evidence.analyse(_without_intro(situation)).content_terms
            if t not in groups and len(t) >= CARD_SHARED_WORD_LETTERS}
    said = card.terms() | (set(tokenize(card.problem.text)) if card.problem else set())
    return any(c.startswith(t[: max(5, len(t) - 2)]) for t in told for c in said)


def _supported(backend: ExtractiveBackend, text: str) -> bool:
    """Whether the material speaks to `text` by the support gate every turn is judged by."""
    evidence = backend.evidence
    return evidence.support(text, evidence.search(text)).supported


def _card_views(backend: ExtractiveBackend, card: GoalCard, against: Sequence[str], avoid: set[str],
                skip: tuple[str, int, int], unsaid: Callable[[Unit], bool], n: int) -> list[Unit]:
    """Up to `n` perspectives from the goal card a dilemma is about: the passages its problem and goal find in the
    material's own words (the goal, the problem it answers, its interventions: 'Det saknas ett arbete där
    resultatskillnader mellan klasser synliggörs …', '… prata om resultatskillnader utan att skuldbelägga lärare'),
    for each text of `against` (the situation, each of its sides, an argument) the one closest to it in meaning."""
    pool = [u for u in _perspectives(backend, goal_text(card), avoid, 8, skip=skip) if unsaid(u)]
    chosen: list[Unit] = []
    for text in against:
        left = [u for u in pool if u not in chosen]
        if len(chosen) >= n or not left or not text.strip():
            continue
        chosen.append(backend.cards.rank_lines(text, left)[0][0])
    return chosen


def _card_counter(backend: ExtractiveBackend, card: GoalCard | None, argument: str, avoid: set[str],
                  skip: tuple[str, int, int], unsaid: Callable[[Unit], bool]) -> list[Unit]:
    """The passage of the dilemma's goal card not yet given that is closest in meaning to the participant's argument
    ('… annars blir det bara att peka ut lärare' -> '… prata om resultatskillnader utan att skuldbelägga lärare'):
    the material's own view on their point, before a passage that only shares the dilemma's words."""
    return _card_views(backend, card, [argument], avoid, skip, unsaid, 1) if card is not None else []


def _distinct_questions(asked: list) -> list:
    """The questions asked, without one that asks what an earlier one asks in other words ('Vilka principer kan ni
    se är vägledande i dessa case?' and '… skulle ni vilja se som vägledande i casen?' from two workshops): most of
    the shorter one's longer words, read by their first five letters, stand in the other."""
    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"\w{4,}", text.lower())}

    kept: list = []
    for q in asked:
        mine = stems(q.text)
        if all(len(mine & (theirs := stems(k.text))) < 0.6 * min(len(mine), len(theirs)) or not mine or not theirs
               for k in kept):
            kept.append(q)
    return kept


def _card_questions(backend: ExtractiveBackend, card: GoalCard | None, situation: str,
                    unsaid: Callable[[Unit], bool]) -> list[Unit]:
    """The material's question on the dilemma's goal card closest to the situation ('… Hur fungerar mötena? Finns det
    en öppenhetskultur?'): a follow-up question that the card's goal finds and that names its subject, what the
    participants need to know to weigh the choice."""
    if card is None:
        return []
    goal = goal_text(card)
    subject = _topic(backend, goal)
    asked = [u for h in backend.evidence.search(goal, k=10) for u in units_of(h.chunk)
             if u.role == "body" and _spoken(u).endswith("?") and len(_spoken(u).split()) >= 5
             and _holds(u.text, subject) and unsaid(u)]
    asked = list({u.unit_id: u for u in asked}.values())
    return [backend.cards.rank_lines(situation, asked)[0][0]] if asked else []


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


def _parties_ask(situation: str) -> str:
    """The question that hands the participants the situation's own parties to take the view of ('vad skulle
    nämnden, tjänstepersonerna eller föreningen säga?'), never parties of another kind of place; who is affected,
    when it names none.

    >>> _parties_ask("Nämnden vill stänga en förening för flickor, men tjänstepersonerna tvekar.")
    'vad skulle nämnden eller tjänstepersonerna säga?'
    >>> _parties_ask("Ska vi dela klassen efter kön på idrotten?")
    'vad skulle var och en av dem som berörs säga?'
    """
    named = list(dict.fromkeys(m.group(1).lower() for m in lex.DILEMMA_PARTY_RE.finditer(situation)))[:3]
    if not named:
        return "vad skulle var och en av dem som berörs säga?"
    said = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} eller {named[-1]}"
    return f"vad skulle {said} säga{', och de som berörs av det' if len(named) == 1 else ''}?"


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
    if not topic:
        return []
    return [u for u in _perspectives(backend, mapped, set(), 6, topic=topic) if _on_subject(backend, u, topic, True)][
        :NEAR_TENSION_VIEWS]


def _names(text: str) -> set[str]:
    """The names in a participant's message: capitalised words inside a sentence ('när Elias är borta'). A name is
    nobody the material could speak of, so it is never what the material is said not to take up (dilemma27: 'tar inte
    upp just det här dilemmat (”Elias”)').

    >>> sorted(_names("Vi ringer mamman när Elias är borta. Pappan svarar inte."))
    ['Elias']
    """
    return {w for sentence in _sentences(text) for w in re.findall(r"\w+", sentence)[1:] if w[:1].isupper()
            and not w.isupper()}


def general_questions(found: list[Workshop]) -> list[Unit]:
    """The workshops' questions asked of every dilemma ('Vad ser ni som problematiskt i situationen?'): those more
    than one workshop asks, else each workshop's first question – none of a workshop's own subject."""
    asked: dict[str, list[Unit]] = {}
    for w in found:
        for q in w.questions:
            asked.setdefault(_key(q.text), []).append(q)
    shared = [units[0] for units in asked.values() if len(units) > 1]
    return shared or list({_key(w.questions[0].text): w.questions[0] for w in found if w.questions}.values())


def _dilemma_head(book: CitationBook, situation: str, workshop: Workshop | None,
                  case: DilemmaCase | None) -> list[DraftItem]:
    """The dilemma restated in a sentence, and the report's workshop case like it (cited) when there is one. A case
    of which the material holds only the title is said to be one: the perspectives then come from related material,
    not from the case (`title_only_note`)."""
    if case is not None and _named(situation, case) and "?" not in situation:
        # 'Vi vill diskutera dilemmat Tack, men nej tack.': the choice is the named dilemma, not the sentence.
        head: list[DraftItem] = [user_item(f"Ni vill diskutera dilemmat ”{case.title}”.", situation)]
    else:
        head = [user_item(_restate(situation), situation)]
    if case is not None and workshop is not None:
        n = book.cite(case.chunk, case.start_line, case.end_line, case.title)
        kind = "dilemmat" if _named(situation, case) else "ett liknande dilemma:"
        bare = " – underlaget har bara dilemmats rubrik, inte själva fallet" if _title_only(case) else ""
        head.append(source_item(f"Rapportens workshop ”{_theme(workshop.theme)}” diskuterade {kind} "
                                f"”{case.title}”{bare}", [n]))
    return head


def _named(situation: str, case: DilemmaCase) -> bool:
    """Whether the participant named the case by its title ('Vi vill diskutera dilemmat Tack, men nej tack')."""
    return len(case.title) > 8 and fold(case.title) in fold(situation)


def _rare_shared_words(title: str, situation: str) -> set[str]:
    """The words a title shares with the situation that are no everyday words (`lexicon.COMMON_WORD_ZIPF`:
    'vårdnadshavaren', not 'skolans' or 'uppdrag'): enough to call the workshop's dilemma one like theirs."""
    def words(text: str) -> set[str]:
        return {t for w in re.findall(r"\w{4,}", text) if zipf_frequency(w.lower(), "sv") < lex.COMMON_WORD_ZIPF
                for t in tokenize(w)}
    return words(title) & words(situation)


def _shared_words(title: str, situation: str) -> set[str]:
    """The words a bare title shares with the situation, but for the commonest ('När tar skolans uppdrag slut?' and
    '… När tar skolans uppdrag slut? En elev …' share 'skolans', 'uppdrag'; 'Ett autentiskt fall …' and a class split
    by gender share none)."""
    def words(text: str) -> set[str]:
        return {t for w in re.findall(r"\w{4,}", text) if zipf_frequency(w.lower(), "sv") < lex.CORE_WORD_ZIPF
                for t in tokenize(w)}
    return words(title) & words(situation)


def _title_only(case: DilemmaCase) -> bool:
    """Whether the material holds only the case's title: what follows its line is another dilemma, a workshop, a
    question or a lead-in to questions ('Frågeställningarna … handlade om:'), not a description of the case."""
    after = sorted((u for u in units_of(case.chunk) if u.start_line > case.end_line), key=lambda u: u.start_line)
    if not after:
        return True
    text = after[0].text.strip()
    return bool(lex.DILEMMA_LINE.match(text) or lex.WORKSHOP_LINE.match(text) or text.endswith(("?", ":")))


def title_only_note(case: DilemmaCase, workshop: Workshop) -> str:
    """What labels the perspectives on a case of which the material holds only the title."""
    return (f"Underlaget har bara rubriken på dilemmat ”{case.title}”, inte själva fallet. Perspektiven nedan är "
            f"närliggande material om workshoppens tema ”{_theme(workshop.theme)}”, inte om fallet självt – beskriv "
            "gärna situationen ni tänker på.")


def _turn_result(sections: list[DraftSection], closing: str, title: str) -> BackendResult:
    """A dilemma turn as text (each section's heading and its cited items, then the closing) and as its draft."""
    lines: list[str] = []
    for section in sections:
        lines.append(f"{section.heading}:")
        lines += [f"- {i.text}{markers(i.citations)}" for i in section.items]
        lines.append("")
    lines.append(closing)
    grounded = any(i.citations for section in sections for i in section.items)
    return BackendResult(text="\n".join(lines), grounded=grounded,
                         draft=Draft(kind="dilemma", title=title, sections=sections))


def _sides(opening: str) -> tuple[list[str], list[str]]:
    """The two sides the opening sets against each other, as told: the halves of an 'A vill …, men B menar …'
    sentence (or the wish and the question asked), else what the participant sees (the first sentences) against
    the positions of others they report ('En handläggare säger att …': `lexicon.STANCE_VERB_RE`).

    >>> _sides("Det är nästan alltid mammorna som kallas. En handläggare säger att det vore ineffektivt.")
    (['Det är nästan alltid mammorna som kallas'], ['En handläggare säger att det vore ineffektivt'])
    """
    views = _views(opening)
    if len(views) == 2:
        return [views[0]], [views[1]]
    told = [s.rstrip(".!") for s in _sentences(_without_intro(opening)) if not s.endswith("?")]
    reported = [s for s in told[1:] if lex.STANCE_VERB_RE.search(s)]
    return [s for s in told if s not in reported][:2], reported


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
        if lex.SUMMARY_REQUEST_RE.search(argument) or asks_for_more_perspectives(argument):
            continue  # a request to the facilitator argues no side
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
    turns = [a for a in arguments if not lex.SUMMARY_REQUEST_RE.search(a) and not asks_for_more_perspectives(a)
             and not _answered_from_the_material(a, replies.get(a, ""))]
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
        bool(_earlier_items([reply], (MODES["dilemma"].heading("perspektiv"),))) and "tar inte upp" not in reply


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


# The citation markers ('[3]', '[1, 2]') that end a quoted line.
_TRAILING_MARKERS_RE = re.compile(rf"(?:{MARKER_RE.pattern})+\s*$")


def _key(text: str) -> str:
    """A quoted line compared with another: its markers ('[3]') and a list number ('1. ') dropped, case and spacing
    normalised."""
    text = lex.NOTE_REFERENCE_RE.sub("", _TRAILING_MARKERS_RE.sub("", text))  # as `_spoken` says it
    return " ".join(lex.LIST_NUMBER_RE.sub("", text).lower().split())[:60]


def _earlier_items(answers: list[str], headings: tuple[str, ...]) -> list[str]:
    """The cited items ('- … [n]') under `headings` in the assistant's earlier turns, in order, each once."""
    found: dict[str, str] = {}
    for answer in answers:
        current = ""
        for line in answer.splitlines():
            if line.endswith(":") and not line.startswith("- "):
                current = line[:-1]
            elif line.startswith("- ") and current in headings and _TRAILING_MARKERS_RE.search(line):
                text = _TRAILING_MARKERS_RE.sub("", line[2:])
                found.setdefault(_key(text), text)
    return list(found.values())


def _unit_of(backend: ExtractiveBackend, text: str) -> Unit | None:
    """The passage an earlier turn quoted, found again so the summary can cite it."""
    for hit in backend.evidence.search(text, k=5):
        for u in units_of(hit.chunk):
            if _key(u.text) == _key(text):
                return u
    return None


def _cite(book: CitationBook, u: Unit) -> int:
    return book.cite(u.chunk, u.start_line, u.end_line, u.text)


def _theme(line: str) -> str:
    """'Workshop 3, Tema Vårdnadshavare som resurs (genomfördes 30/11)' -> 'Vårdnadshavare som resurs'."""
    m = re.search(r"Tema:?\s*(.+?)\s*(\(|$)", line)
    return m.group(1).strip() if m else re.sub(r"\(.*?\)", "", line).strip()


def asks_for_more_perspectives(message: str) -> bool:
    """Whether a turn asks the facilitator for perspectives not yet given ('Vilka perspektiv har vi missat?', 'Ge oss
    fler perspektiv'), not argues one of its own ('Det finns fler perspektiv än pojkarnas, till exempel …').

    >>> asks_for_more_perspectives("Vilka perspektiv har vi missat?"), asks_for_more_perspectives("Ge oss fler perspektiv.")
    (True, True)
    >>> asks_for_more_perspectives("Jag tycker att vi glömmer de andra elevernas perspektiv, de vill ha arbetsro.")
    False
    """
    return bool(lex.MORE_PERSPECTIVES_RE.search(message) and lex.MORE_PERSPECTIVES_ASKED_RE.search(message))
