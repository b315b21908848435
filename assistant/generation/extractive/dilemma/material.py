"""Perspectives and questions found in the report's passages: what a passage is about and whether it fits."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import simplemma
from wordfreq import zipf_frequency

from assistant import lexicon as lex
from assistant.generation.extractive.dilemma.items import _key
from assistant.generation.extractive.dilemma.participant import _names, _sentences
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, units_of

if TYPE_CHECKING:
    from assistant.generation.extractive.backend import ExtractiveBackend


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


@lru_cache(maxsize=4096)
def _sensed(text: str) -> str:
    """`text` with a word the sentence gives another sense said in that sense's own word: 'norm' as common practice
    ('Det är norm att läxor ges varje vecka', 'normen för hur lärare planerar sina kurser') as 'praxis', where the
    sentence names no gender or group and no verb done to a social norm (`lexicon.GENDER_CONTEXT_RE`; 'boken förstärker
    normen att vissa yrken är för män' keeps it). What is asked and what a passage says are read alike, so a practice
    meets lines on practice and a gender norm lines on gender norms (session 30: 'Vad är normen i skolan för hur man
    väljer läromedel?' met 'könsnormer'; session 31: 'det är norm att läxor ges' drew 'hedersnormer').

    >>> _sensed("På vår skola är det norm att läxor ges varje vecka. Pojkarna gör dem sällan.")
    'På vår skola är det praxis att läxor ges varje vecka. Pojkarna gör dem sällan.'
    >>> _sensed("Boken förstärker normen att vissa yrken är för män.")
    'Boken förstärker normen att vissa yrken är för män.'
    """
    if "norm" not in text.lower():
        return text
    sentences = re.split(r"(?<=[.!?])(\s+)", text)
    return "".join(lex.PRACTICE_NORM_RE.sub(lex.PRACTICE_NORM_WORD, part) if not lex.GENDER_CONTEXT_RE.search(part)
                   else part for part in sentences)


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
            and not lex.CAPTION_RE.match(text)  # a table's caption argues nothing (drafts37: 'Tabell 2. Tilldelade …')
            and not lex.GOAL_STATEMENT_RE.search(text)
            and not lex.NOT_A_PERSPECTIVE_RE.search(text)
            and not lex.READER_SINGULAR_RE.search(text)
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
    reasons = " ".join(m.group(1) for m in lex.REASON_CLAUSE_RE.finditer(_sensed(text)))
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
    plain = lex.DISCOURSE_WORDS_RE.sub(" ", lex.QUESTION_WORDS.sub(" ", _sensed(subject)))
    return frozenset(t for w in re.findall(r"\w{5,}", plain) if zipf_frequency(w.lower(), "sv") < lex.CORE_WORD_ZIPF
                     for t in tokenize(w) if t not in known)


# The forms of the groups the material compares ('pojkars', 'kvinnor', 'killarna'; `lexicon.CONTRAST_GROUPS`) and of
# everyday people nouns (`lexicon.PEOPLE_GROUP_FORMS`): a practice of one group ('unga kvinnors fritid') is the same
# practice where a passage names another ('pojkars fritid').
_CONTRAST_FORMS = frozenset(fold(w) for pair in lex.CONTRAST_GROUPS for forms in pair for w in forms)
_GROUP_FORMS = _CONTRAST_FORMS | frozenset(fold(w) for w in lex.PEOPLE_GROUP_FORMS)


def _practice(subject: str) -> tuple[frozenset[str], frozenset[str], str] | None:
    """The practice a question asks about when it is named by a noun and what modifies it: an adjective or participle
    ('könsuppdelad undervisning') or a genitive ('unga mäns läsning', 'barns lek') before the noun, up to a preposition
    ('uppföljningen av stödet' names 'uppföljningen'). As (the noun's terms, the modifiers' terms, 'contrast' where a
    modifier is one of the compared genders, 'people' where it is people at large ('barns'), '' else); None for a
    phrase of one word or a verb and its object ('jämföra resultat'). A passage is on the practice only with its noun
    and a modifier together (`_about_practice`): 'Tips på vidare läsning' shares only the noun of 'unga mäns läsning'
    (session 30 left it).

    >>> _practice("unga mäns läsning"), _practice("nyanlända elevers läsning")
    ((frozenset({'lasning'}), frozenset(), 'contrast'), (frozenset({'lasning'}), frozenset({'nyanland'}), 'people'))
    >>> _practice("könsuppdelad undervisning")[:2], _practice("jämföra resultat mellan klasser")
    ((frozenset({'undervisning'}), frozenset({'konsuppdel'})), None)
    """
    words: list[str] = []
    for word in re.findall(r"[\w-]+", lex.QUESTION_WORDS.sub(" ", subject)):
        if words and word.lower() in lex.PREPOSITIONS:
            break
        words.append(word)
    if len(words) < 2 or not (_modifying(words[-2]) or words[-2].lower().endswith(lex.ADJECTIVE_ENDINGS)):
        return None
    # every attribute before the noun ('unga' of 'unga mäns läsning'), not a determiner ('sina', 'alla')
    modifiers = [w for w in words[:-1] if w.lower() not in lex.DETERMINERS_AND_POSSESSIVES]
    groups = "contrast" if any(fold(w) in _CONTRAST_FORMS for w in modifiers) else \
        "people" if any(fold(w) in _GROUP_FORMS for w in modifiers) else ""
    own = frozenset(t for w in modifiers if fold(w) not in _GROUP_FORMS
                    for t in tokenize(w[:-1] if _modifying(w) else w) if len(t) >= MODIFIER_LETTERS)
    head = frozenset(tokenize(words[-1]))
    return (head, own, groups) if head and (own or groups) else None


def _modifying(word: str) -> bool:
    """Whether a word is a genitive ('mäns', 'kvinnors', 'barns'): it ends in -s and the word without it is the commoner
    (general Swedish morphology; 'plus', 'hus' are no genitives of 'plu', 'hu')."""
    w = word.lower()
    return len(w) >= 4 and w.endswith("s") and not w.endswith("ss") and fold(w) in _GROUP_FORMS or (
        len(w) >= 4 and w.endswith("s") and zipf_frequency(w[:-1], "sv") > zipf_frequency(w, "sv") + 0.5)


def _about_practice(text: str, practice: tuple[frozenset[str], frozenset[str], str]) -> bool:
    """Whether a passage is on the asked practice: it holds the noun and one of its modifiers, or, for a practice of one
    of the compared groups, the noun and a group ('pojkars fritid' for 'unga kvinnors fritid')."""
    head, own, groups = practice
    words = tokenize(text)
    # a short noun in its inflections too ('lek' in 'lekte', 'leken'), where `_holds` takes a short stem only as it is
    if not (_holds(text, head) or any(len(t) < HEAD_LETTERS and w.startswith(t)
                                      and len(w) - len(t) <= INFLECTION_LETTERS for w in words for t in head)):
        return False
    # ... a practice of one gender ('unga mäns läsning') where another gender is named ('pojkars läsning'), not
    # pupils at large ('Egen läsning med böcker som eleverna själva väljer'); one of people at large where any group is
    return (bool(own) and _holds(text, own)) or (groups and any(fold(w) in (_CONTRAST_FORMS if groups == "contrast"
                                                                            else _GROUP_FORMS)
                                                                 for w in re.findall(r"\w+", text)))


def _topic_words(text: str, topic: frozenset[str]) -> str:
    """The words of `text` that carry its `topic` ('mattelektionerna förstärker könsnormer'): a search for passages on
    the dilemma when the whole talk, searched as it stands, finds only passages on its everyday words."""
    return " ".join(w for w in re.findall(r"\w+", _sensed(text)) if set(tokenize(w)) & topic)


# The least wordfreq Zipf frequency each part of a compound must have to be read as two everyday words joined: a
# word about once in 100 000 (general Swedish; 'idrott' and 'lektioner' are, 'idro' is not).
COMPOUND_PART_ZIPF = 3.0
# The fewest letters of a compound's first part that names a field of its own ('idrott', 'simning', 'läxa').
FIELD_LETTERS = 5


def _compound_fields(backend: ExtractiveBackend, text: str, topic: frozenset[str]) -> frozenset[str]:
    """The fields the situation's compound topic words belong to: the first part of a compound that is two everyday
    words ('idrott' of 'idrottslektionerna', a linking s dropped), not a compared group ('flick' of 'flickgrupper') nor
    the collection's own vocabulary. The material may speak of the field in other compounds ('idrottshallen',
    'idrottsaktiviteter', 'organiserad idrott') where it never names the situation's own (trial 35 D1: a fritidsgård's
    girls' evenings in the sports hall and a changing-room plan were 'not about' splitting PE by gender)."""
    fields: set[str] = set()
    for word in re.findall(r"\w+", text.lower()):
        if len(word) < 2 * FIELD_LETTERS or not set(tokenize(word)) & topic:
            continue
        for cut in range(FIELD_LETTERS, len(word) - 3):
            head, tail = word[:cut], word[cut:]
            head = head[:-1] if head.endswith("s") and zipf_frequency(head, "sv") < COMPOUND_PART_ZIPF else head
            if len(head) >= FIELD_LETTERS and zipf_frequency(head, "sv") >= COMPOUND_PART_ZIPF and \
                    zipf_frequency(tail, "sv") >= COMPOUND_PART_ZIPF:
                terms = tokenize(head)
                if terms and not any(t in _group_terms() or _collection_wide(backend, t) for t in terms):
                    fields.add(fold(head))  # the word as written: a stem's prefix ('aldr') opens other words
                break
    return frozenset(fields - topic)


def _in_field(text: str, fields: frozenset[str]) -> bool:
    """Whether `text` holds a word of one of `fields` (`_compound_fields`): the field's word itself or a compound it
    opens ('idrott', 'idrotta', 'idrottshallen')."""
    return bool(fields) and any(w.startswith(f) for w in re.findall(r"\w+", fold(text)) for f in fields)


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
    text = lex.OPENING_CONNECTIVE_RE.sub("", text)  # 'å andra sidan: …' (trial 31 D3)
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
    place = tokenize(_sensed(f"{u.chunk.title} {u.chunk.text}"))
    return len(topic if strict else seen) < 2 or sum(any(_word_holds(w, t) for w in place) for t in seen) >= 2


def _query_terms(backend: ExtractiveBackend, query: str) -> frozenset[str]:
    """The words of a searched claim that a passage must hold to answer it: not the groups, not the collection's own
    vocabulary (`SUBJECT_MAX_SHARE`), no short stem."""
    return frozenset(t for t in tokenize(_sensed(query)) if len(t) >= HEAD_LETTERS and t not in _group_terms()
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
    query = _sensed(query)  # a practice searched as practice, not as a gender norm
    if not query.strip():
        return []  # nothing to search for (a turn's words that carry the topic can be none)
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
    hits = [h for q in dict.fromkeys(_sensed(q) for q in queries) for h in backend.evidence.search(q, k=10)]
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
    text = _sensed(text)
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
    plain = lex.DISCOURSE_WORDS_RE.sub(" ", lex.QUESTION_WORDS.sub(" ", _sensed(text)))
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
    query = _sensed(query)
    selection = evidence.select(evidence.analyse(query), evidence.search(query, k=10))
    total = sum(own.values())
    for scored in selection.ranked[:10]:
        held = sum(w for t, w in own.items() if _holds(scored.unit.text, frozenset([t])))
        if held >= OWN_SUBJECT_SHARE * total:
            return True
    return False


def _names_groups(text: str) -> tuple[bool, bool]:
    """Whether `text` names one of the compared groups (`lexicon.CONTRAST_GROUPS`), and both groups of one pair."""
    words = {fold(w) for w in re.findall(r"\w+", text)}
    one = both = False
    for first, second in lex.CONTRAST_GROUPS:
        a, b = words & {fold(f) for f in first}, words & {fold(f) for f in second}
        one, both = one or bool(a or b), both or bool(a and b)
    return one, both


def _space_tension(situation: str) -> bool:
    """Whether a situation's tension is who gets a shared space or activity: it says one group takes it or another is
    kept from it (`lexicon.SHARED_SPACE_TENSION_RE`: 'pojkarna tar över'), or it names both groups of a pair each with
    their own play or activity ('pojkarna leker fotboll på gården och flickorna sitter inne och pysslar').

    >>> _space_tension("Pojkarna leker fotboll på gården och flickorna pysslar inne.")
    True
    >>> _space_tension("Pojkar läser mindre.")
    False
    """
    return bool(lex.SHARED_SPACE_TENSION_RE.search(situation)) or (
        _names_groups(situation)[1] and bool(lex.GROUP_ACTIVITY_RE.search(situation)))


def _shared_space_passages(backend: ExtractiveBackend, situation: str, n: int) -> list[Unit]:
    """Up to `n` passages, from different documents first, in which one of the compared groups takes a shared space or
    activity or another is kept from it (`lexicon.SHARED_SPACE_TENSION_RE`): the same tension in another place (a
    förskola's bygghörna, a fritidsgård's hall) for a situation whose words the material never uses (trial 36 D1)."""
    found: list[Unit] = []
    seen: set[str] = set()
    for hit in backend.evidence.search(f"{situation} {lex.SHARED_SPACE_SEARCH_WORDS}", k=30):
        for u in units_of(hit.chunk):
            if u.unit_id in seen:
                continue
            seen.add(u.unit_id)
            if _is_perspective(u) and lex.SHARED_SPACE_TENSION_RE.search(u.text) and _names_groups(u.text)[0]:
                found.append(u)
    sources: set[str] = set()
    first = [u for u in found if not (u.chunk.source in sources or sources.add(u.chunk.source))]
    return [*first, *(u for u in found if u not in first)][:n]


def _tried_measures(backend: ExtractiveBackend, situation: str, near: Sequence[Unit], n: int) -> list[Unit]:
    """Up to `n` measures others tried on the same tension, from the documents of the `near` passages first: a sentence
    that tells a measure brought in (`lexicon.TRIED_MEASURE_RE`: 'Därför införde arbetslagen … Byggtid för alla'), or
    an entry of a numbered list that such a sentence opens ('Projektet prövade sex insatser …: 1. Tjejkvällar i
    idrottshallen …'), naming one of the compared groups or standing in a passage on the tension. Offered as tried,
    never as what the participants should choose (trial 36 D4: 'första litet steg' got a generic prompt)."""
    places = list(dict.fromkeys(u.chunk.chunk_id for u in near))
    sources = {u.chunk.source for u in near}
    hits = backend.evidence.search(f"{situation} {lex.TRIED_SEARCH_WORDS}", k=20)
    chunks = {h.chunk.chunk_id: h.chunk for h in hits}
    for u in near:
        chunks.setdefault(u.chunk.chunk_id, u.chunk)
    order = [*places, *(c for c in chunks if c not in places)]
    found: list[Unit] = []
    for chunk_id in order:
        chunk = chunks[chunk_id]
        on_tension = bool(lex.SHARED_SPACE_TENSION_RE.search(chunk.text)) or chunk.source in sources
        if not on_tension:
            continue
        lead = False
        for u in sorted(units_of(chunk), key=lambda v: v.seq):
            numbered = bool(lex.LIST_NUMBER_RE.match(u.text))
            if not numbered:
                lead = bool(lex.TRIED_MEASURE_RE.search(u.text)) and u.text.rstrip().endswith(":")
            tried = (numbered and lead) or (not numbered and lex.TRIED_MEASURE_RE.search(u.text)
                                            and _names_groups(u.text)[0] and not u.text.rstrip().endswith(":"))
            if tried and u.role == "body" and not u.is_label and u.words >= 5 and "?" not in u.text:
                found.append(u)
                break  # one measure a passage: the list's first, or the sentence
    return found[:n]
