"""The thing a question asks the material about, when the documents that answer it never name it (refusal36b).

Three forms of question name a thing the material must itself speak of, whatever neighbouring lines say:
a yes/no question ('Har kommunen en plan mot hedersrelaterat våld?', 'Ingår övertid i lönekartläggningen?'), a
question on what a source says of a topic ('Vad säger analysen om kulturskolan?', 'Hur beskriver planen arbetet mot
rasism?') and a comparison with a measure outside the material ('… jämfört med rikssnittet?'). Met by lines of the
right document about something else, the extractive answer quoted them ('Det framgår inte som ett rakt ja eller nej.
Underlaget säger: …'), as if they were the material's word on the thing.

The asked thing is the rarest of the question's own terms in the part that names it (thing_slot: the compared
side, the topic after the source, a yes/no question less its opening verb and the named body's document), leaving
out named subjects (scope.subjects judges them), everyday words the search put in the documents' words, and words in
more than HEAD_MAX_SHARE of the chunks; a compound the search split because no document writes it whole
('kulturskolan') is kept as typed. A yes/no question names its thing among verbs and framing words, so there only a
word no document uses (or such a compound) counts, a follow-up (whose thing is the carried topic) is left alone,
and a best unit saying no (main clause negated) answers. The thing is untold only on positive evidence of absence:
neither any of the best UNSAID_POOL units (line, context, headings, title) nor the whole of any of their documents
names it, inflected or as a compound's part (gaps.names_word; a hyphenated word also by its leading parts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import simplemma

from assistant import lexicon as lex
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import Question, expansions, verb_form
from assistant.grounding.scope.gaps import names_word
from assistant.grounding.scope.terms import HEAD_MAX_SHARE
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold, tokenize
from assistant.schema import Chunk

# How many of the best units (and their documents) must leave the asked thing unnamed.
UNSAID_POOL = 5
# The shortest part of a hyphenated word that names its thing ('anti-plugg-attityd' is named by 'Anti-pluggkultur').
PART_LETTERS = 4
_HYPHENATED_RE = re.compile(r"\w+(?:-\w+)+")
# A word followed by an att-clause: a verb or adjective framing what is asked ("bestämt att", "viktigt att").
_FRAMES_CLAUSE_RE = re.compile(r"(\w+)\s+att\b")


def thing_slot(question: Question) -> str:
    """The part of the question naming the thing it asks the material about: the compared side of an outside
    comparison, the topic after the source of a what-does-it-say question, a yes/no question less the named body's
    document it looks in; '' for any other question.

    >>> from assistant.grounding.question import analyse
    >>> thing_slot(analyse("Hur ligger sjukfrånvaron jämfört med rikssnittet?"))
    'rikssnittet'
    >>> thing_slot(analyse("Vad säger Lommaryds analys om kulturskolan?"))
    'kulturskolan'
    >>> thing_slot(analyse("Hur beskriver Solbackens jämställdhetsplan bygghörnan?"))
    'bygghörnan?'
    >>> thing_slot(analyse("Ingår övertid i Stenåkers lönekartläggning?"))
    'Ingår övertid  ?'
    >>> thing_slot(analyse("Hur många elever deltog?"))
    ''
    """
    text = question.kind_text
    compared = lex.OUTSIDE_COMPARED_RE.search(text)
    if compared:
        return compared.group("other")
    about = lex.SOURCE_SAYS_ABOUT_RE.match(text)
    if about:
        return about.group("topic")
    describes = lex.SOURCE_DESCRIBES_RE.match(text)
    if describes:
        return text[describes.end():].strip()
    if question.answer_type == "yesno":
        return lex.NAMED_SOURCE_PHRASE_RE.sub(" ", text)
    mention = lex.MENTION_QUESTION_RE.match(text)
    if mention:  # 'Nämns våld i nära relationer i Granlidas analys?': the thing, less the source looked in
        return lex.NAMED_SOURCE_PHRASE_RE.sub(" ", text[mention.end():])
    return ""


def thing_words(question: Question, weights: TermWeights) -> list[str]:
    """The question's own terms in thing_slot that may name the thing: not an everyday word the search put in the
    documents' words ('killar' -> 'pojkar': that word stands for it), nor a named subject's (it places the question;
    scope.subjects judges it), nor one in more than HEAD_MAX_SHARE of the chunks (it places nothing), nor a number."""
    slot = thing_slot(question)
    if not slot:
        return []
    opener = lex.YESNO_QUESTION_RE.match(slot)
    if opener:  # 'Ingår …?', 'Har …?': the verb frames the question
        slot = slot[opener.end():]
    everyday = {t for w, _, replaces in expansions(slot, question.language, frozenset()) if not replaces
                for t in tokenize(w)}
    return [t for t in dict.fromkeys(tokenize(slot)) if (t in question.content_terms or _split(t, question))
            and t not in everyday and t not in question.subject_terms and not t.isdigit()
            and t not in _COUNT_TERMS and weights.chunk_share(t) <= HEAD_MAX_SHARE]


# A count said in words ('fem uppföljningsmöten') is a figure, no thing: a source that gives another count answers
# no (claims; test_yes_no_claims was refused with 'fem' as the thing no document names).
_COUNT_TERMS = frozenset(t for w in lex.COUNT_WORDS for t in tokenize(w))


def _split(term: str, question: Question) -> bool:
    """Whether the question's term is a compound the search split into parts because the documents never write it
    whole ('kulturskolan' searched as 'kultur' and 'skolan', 'babysim' as 'sim'): it is none of the question's terms,
    and some of them are parts of it."""
    if term in question.content_terms:
        return False
    parts = [t for t in question.content_terms if len(t) >= 3 and t in term]
    return bool(parts) and 2 * sum(len(t) for t in parts) >= len(term)


def _said(texts: Sequence[str], word: str, question: Question) -> bool:
    """Whether one of `texts` names `word`, or, for a part of a hyphenated word of the question, another of its
    parts before the last ('anti-plugg-attityd' by 'Anti-pluggkultur': the thing named by what qualifies it)."""
    if any(names_word(t, word) for t in texts):
        return True
    for m in _HYPHENATED_RE.finditer(question.kind_text):
        parts = m.group(0).split("-")
        if word in tokenize(m.group(0)) and any(
                len(p) >= PART_LETTERS and names_word(t, tokenize(p)[0] if tokenize(p) else p)
                for p in parts[:-1] for t in texts):
            return True
    return False


def thing_unsaid(question: Question, evidence: Sequence[Scored], weights: TermWeights | None,
                 document_text: Callable[[Chunk], str] | None) -> str:
    """The asked thing (thing_words' rarest) that none of the best UNSAID_POOL units, nor any of their documents,
    names; '' when it is named, the question is of another form, or a yes/no question's best unit says no (its
    main clause negated: 'Arbetet kan inte drivas ensamt' answers 'Kan strategen sköta arbetet på egen hand?')."""
    if question.language != "sv" or weights is None or document_text is None or not evidence:
        return ""
    words = thing_words(question, weights)
    yesno = (question.answer_type == "yesno" or bool(lex.MENTION_QUESTION_RE.match(question.kind_text))) and \
        not lex.OUTSIDE_COMPARED_RE.search(question.kind_text)
    if yesno:
        # A yes/no question names its thing among the asker's everyday words, which no document uses while one
        # answers it ('Stämmer det att karlarna …' by the table's 'Män'; tune SN02, Z38 were refused by the bare
        # absent-word rule, sessions 34–36). So its word counts as absent only when none of its document synonyms
        # is said either: its lemma, or the word the lexicon's everyday maps give for it or its leading part.
        # Its verbs, and a word that takes an att-clause, frame the question ('Har kommunen bestämt att …?' is
        # answered by 'Nämnden beslutade …').
        slot = thing_slot(question)
        verbs = {t for w in re.findall(r"[\w-]+", slot) if verb_form(w) for t in tokenize(w)}
        verbs |= {t for m in _FRAMES_CLAUSE_RE.finditer(slot) for t in tokenize(m.group(1))}
        # Its thing is a noun: an adjective, adverb or participle ('Är vi tvungna att …?', 'Har kön blivit längre?')
        # says what is asked of it, which the material answers in other words (tune PR15, KS06; refusal38b).
        verbs |= {t for w in re.findall(r"[\w-]+", slot) if modifier_form(w) for t in tokenize(w)}
        words = [w for w in words if not _synonym_known(w) and w not in verbs]
    if not words:
        return ""
    if question.answer_type == "yesno" and lex.NEGATION_RE.search(
            lex.MAIN_CLAUSE_END_RE.split(" ".join(evidence[0].unit.text.split()), maxsplit=1)[0]):
        return ""
    rarest = min(words, key=weights.chunk_share)
    pool = evidence[:UNSAID_POOL]
    texts = [f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text} {s.unit.chunk.title}" for s in pool]
    documents = {s.unit.chunk.source: s.unit.chunk for s in pool}
    texts += [document_text(chunk) for chunk in documents.values()]
    if _said(texts, rarest, question):
        return ""
    if _head_said(question, rarest, [f"{s.unit.text} {s.unit.context()}" for s in pool]):
        return ""
    lemma = simplemma.lemmatize(rarest, lang="sv").lower()
    if yesno and lemma != rarest and _said(texts, lemma, question):
        return ""
    return rarest


def modifier_form(word: str) -> bool:
    """Whether a question's word has the shape of an adjective, adverb or participle rather than a noun (lexicon's
    COMPARISON_ENDINGS, ADJECTIVE_LEMMA_SUFFIXES, PARTICIPLE_FORM_ENDINGS, read with simplemma's lemma): a comparative
    or superlative of its lemma, a lemma with an adjective's suffix, a verb's form with a participle's ending, or a
    basic adjective or quantifier (lexicon.BASIC_MODIFIERS: 'liten', 'lite').

    >>> [modifier_form(w) for w in ("tvungna", "längre", "större", "avgiftsfri", "obligatoriskt", "anpassade",
    ...  "jämställd", "liten", "lite")]
    [True, True, True, True, True, True, True, True, True]
    >>> [modifier_form(w) for w in ("cello", "ridsport", "hemlöshet", "elsparkcyklar", "lärare", "flickorna",
    ...  "skolan", "schemat", "bussar", "kostnad", "föräldraledighet", "bild")]
    [False, False, False, False, False, False, False, False, False, False, False, False]
    """
    w = word.lower()
    if len(w) < 3 or not w.isalpha():
        return False
    lemma = simplemma.lemmatize(w, lang="sv").lower()
    if w in lex.BASIC_MODIFIERS or lemma in lex.BASIC_MODIFIERS:
        return True
    if lemma != w and w.endswith(lex.COMPARISON_ENDINGS) and not w.startswith(lemma + "s"):
        return True
    if len(lemma) > 4 and lemma.endswith(lex.ADJECTIVE_LEMMA_SUFFIXES):
        return True
    return lemma.endswith("a") and lemma != w and w != lemma + "t" and w.endswith(lex.PARTICIPLE_FORM_ENDINGS) \
        and not lex.NOUN_INFLECTION_RE.search(w)


def _head_said(question: Question, word: str, texts: Sequence[str]) -> bool:
    """Whether `word` stands only in the field a what-does-it-say question places its topic in ('i
    personalpolitiken' of 'Vad säger materialet om könsuppdelad statistik i personalpolitiken?'), while one of the
    best units names every word of the topic's head ('könsuppdelad statistik', two words or more: a term of its own):
    that unit is the material's word on the thing, and the field's word, absent, refuses nothing (trial 38 H1 quoted
    Ljungfors' definition of exactly that as 'något annat'). A one-word head ('läxhjälp i förskolan') places too
    little: the field's absence still refuses.

    >>> from assistant.grounding.question import analyse
    >>> q = analyse("Vad säger materialet om könsuppdelad statistik i personalpolitiken?")
    >>> _head_said(q, "personalpolitik", ["En redovisning av könsuppdelad statistik om kommunen som arbetsgivare."])
    True
    >>> _head_said(q, "personalpolitik", ["En redovisning av statistik om kommunen som arbetsgivare."])
    False
    >>> _head_said(analyse("Vad säger planen om läxhjälp i förskolan?"), "forskolan", ["Läxhjälp ges i skolan."])
    False
    """
    about = lex.SOURCE_SAYS_ABOUT_RE.match(" ".join(question.kind_text.split()))
    placed = lex.TOPIC_FIELD_RE.match(about.group("topic")) if about else None
    if placed is None or word not in tokenize(placed.group("field")) or word in tokenize(placed.group("head")):
        return False
    head = [t for t in dict.fromkeys(tokenize(placed.group("head"))) if t in question.content_terms]
    return len(head) >= 2 and any(all(names_word(text, t) for t in head) for text in texts)



def _synonym_known(word: str) -> bool:
    """Whether the lexicon maps the word, its lemma or its compound's leading part to a document word: an everyday
    word the search expands (EVERYDAY_TERMS, EVERYDAY_COMPOUND_MODIFIERS) or a loose word for people or a role that
    documents name by a formal title (EVERYDAY_PERSON_STEMS: 'karlarna' for 'män')."""
    lemma = simplemma.lemmatize(word, lang="sv").lower()
    if word in lex.EVERYDAY_TERMS or lemma in lex.EVERYDAY_TERMS:
        return True
    forms = (fold(word), fold(lemma))
    # (a modifier leads its compound, 'tjejlaget'; a person word may stand anywhere in one, 'jämställdhetsexperten')
    return any(w.startswith(fold(m)) for w in forms for m in lex.EVERYDAY_COMPOUND_MODIFIERS) or \
        any(_person_word(w, fold(stem)) for w in forms for stem in lex.EVERYDAY_PERSON_STEMS)


def _person_word(word: str, stem: str) -> bool:
    """Whether a (folded) word is the person word `stem` inflected ('karlarna'), or a compound it ends ('jämställdhets-
    experten', a stem of PERSON_HEAD_LETTERS or more): not a word it only starts or holds ('Karlskoga', 'konstant').

    >>> [_person_word(w, s) for w, s in (("karlarna", "karl"), ("jamstalldhetsexperten", "expert"),
    ...  ("karlskoga", "karl"), ("konstant", "tant"), ("snubbla", "snubb"))]
    [True, True, False, False, False]
    """
    ending = r"(?:en|et|ar|arna|er|erna|or|orna|na|n|a|s)?"
    return bool(re.fullmatch(stem + ending, word) or
                (len(stem) >= PERSON_HEAD_LETTERS and re.search(rf"\w{stem}{ending}$", word)))


# The shortest person word read as the last part of a compound ('expert' in 'jämställdhetsexperten'; not 'tant' in
# 'konstant').
PERSON_HEAD_LETTERS = 5
