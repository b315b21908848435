"""Lättläst: one long sentence as short ones: cuts at clauses (conjunctions, commas, relative clauses, purposes,
conditions, causes), each piece a main clause with its own subject and verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from assistant import lexicon as lex
from assistant.generation.easy.grammar import (
    FUNCTION_WORDS,
    WORD_RE,
    attributive,
    definite_after_r,
    definite_n,
    has_verb,
    is_definite_noun,
    is_finite_verb,
    is_infinitive,
    is_noun,
    is_past,
    is_past_passive,
    is_plural,
    is_supine,
    noun_gender,
    person_definite,
    predicate_of,
    pronoun_of,
    subject_size,
    subject_size_at_start,
    takes_object,
)

# A conjunction between two main clauses; not before 'att'/'som' (the clause that follows depends on the first).
CONJUNCTION_RE = re.compile(r"\s+(?=(?:men|och|samt|eller|eftersom)\s+(?!att\b|som\b|för\b)\S+\s+\S+)",
                             re.I)
SHORT_SENTENCE_WORDS = 8  # a sentence of more words than this is cut where it can be


_PURPOSE_RE = re.compile(rf"\s+(?:{lex.EASY_PURPOSE_OPENERS})\s+att\s+", re.I)


def trailing_purpose(piece: str) -> list[str]:
    """A long sentence with its purpose at the end as two: 'Vi köper X för att göra Y.' -> 'Vi köper X.' and
    'Det är för att göra Y.' (the first half must be a clause of its own, a goal's infinitive clause: 'Genom
    bättre system kunna ta fram …', or a request: 'Använd följande frågor').

    >>> trailing_purpose("Genom funktionella system kunna ta fram information om elevens kunskaper för att se till "
    ...                  "att eleven når så långt som möjligt.")
    ['Genom funktionella system kunna ta fram information om elevens kunskaper', 'det är för att se till att eleven \
når så långt som möjligt.']
    >>> trailing_purpose("Använd följande frågor för att ta reda på ifall det är viktigt för er att samverka med "
    ...                  "andra.")
    ['Använd följande frågor', 'det är för att ta reda på ifall det är viktigt för er att samverka med andra.']
    >>> trailing_purpose("En analys som ska ge en djupare bild och bättre underlag för att kunna rikta stöd har "
    ...                  "gjorts på alla skolor.")
    ['En analys som ska ge en djupare bild och bättre underlag för att kunna rikta stöd har gjorts på alla skolor.']
    >>> trailing_purpose("Flexibel skolgång genom att eleverna har chans att läsa upp ämnen i en annan takt för att "
    ...                  "minska pressen på dem.")
    ['Flexibel skolgång genom att eleverna har chans att läsa upp ämnen i en annan takt', 'det är för att minska \
pressen på dem.']
    >>> len(trailing_purpose("De svarande angav som vanligaste skäl dålig belysning, öde platser samt rädsla för "
    ...                      "att bli trakasserad eller ofredad."))  # what the fear is of
    1
    >>> len(trailing_purpose("Gruppens olikheter är avgörande för vilka typer av insatser som behövs för att komma "
    ...                      "till rätta med problemet."))  # the purpose of the relative clause right before it
    1
    """
    m = _PURPOSE_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or piece.rstrip().endswith(("?", ":")):
        return [piece]  # a lead into a list ('… metoder för att förebygga detta:') stays whole: cut, 'Det är för att
        # … detta:' would lead the list (trial 26 review of tune answers)
    left, right = piece[:m.start()], piece[m.end():]
    if left.split() and left.split()[-1].lower() in lex.EASY_FOR_ATT_NOUNS:
        return [piece]  # 'rädsla för att bli rånad' (`lex.EASY_FOR_ATT_NOUNS`): what the fear is of, no purpose
    bidding = _imperative_clause(left)  # 'Använd följande frågor för att …': a request whole in three words
    if len(left.split()) < (3 if bidding else 5) or len(right.split()) < 3 or \
            not (has_verb(left) or _infinitive_clause(left) or bidding):
        return [piece]
    inner = _SUBORDINATOR_RE.search(left)
    if inner is not None and not has_verb(left[:inner.start()]) and not _infinitive_clause(left) and not bidding \
            and has_verb(right):
        return [piece]  # 'En analys som ska ge underlag för att rikta stöd har gjorts': the main verb comes after
        # (easy31: with none after it either, the piece is a list entry that names a deed, 'Flexibel skolgång genom
        # att eleverna läser i egen takt för att minska pressen': its purpose is a sentence of its own)
    if re.search(r"(?<!\boch)(?<!\bsamt)(?<!,) för att ", right):
        return [piece]  # '… genom A för att B eller genom C för att D': two means, each with its purpose
    if not left.rstrip().endswith(",") and re.search(r"\bsom\s+(?:\w+\s+)?\w+\s*$", left) and \
            is_finite_verb(left.split()[-1]):
        # easy30: '… vilka insatser som behövs för att komma till rätta med problemet': the purpose is the relative
        # clause's, right before it; cut off it said the main clause's (trial 30 E1: 'Det är för att komma till rätta
        # med problemet.' followed a sentence about the group's differences)
        return [piece]
    return [left, *_purposes(right)]


def _imperative_clause(text: str) -> bool:
    """A request that opens with its imperative ('Använd följande frågor', 'Samla statistik'): a clause of its own
    without a finite verb. The imperative is the infinitive's stem ('använd' of 'använda') or, for a verb in '-a',
    the infinitive itself.

    >>> _imperative_clause("Använd följande frågor"), _imperative_clause("Samla statistik om frånvaro")
    (True, True)
    >>> _imperative_clause("Följande frågor"), _imperative_clause("Skolans arbete")
    (False, False)
    """
    first = WORD_RE.match(text.strip())
    if first is None or first.start() != 0 or not first.group(0)[:1].isupper():
        return False
    low = first.group(0).lower()
    if is_finite_verb(low) or low in lex.SUBJECT_DETERMINERS or low in lex.PREPOSITIONS:
        return False
    return simplemma.lemmatize(low, lang="sv") == low + "a" or is_infinitive(low)


def _infinitive_clause(text: str) -> bool:
    """A goal or task written as an infinitive clause around a modal ('… kunna ta fram information'): it says
    something whole without a finite verb (`lex.INFINITIVE_MODALS`)."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    return any(w in lex.INFINITIVE_MODALS and is_infinitive(n) for w, n in zip(words, words[1:], strict=False))


_MORE_PURPOSES_RE = re.compile(r",?\s+(?:och|samt)\s+för att\s+|,\s+för att\s+", re.I)


def _purposes(right: str) -> list[str]:
    """Purposes joined by 'och för att', 'samt för att' or a comma as a sentence each: 'det är för att A' and then
    'det är också för att B' (lättläst: one idea per sentence).

    >>> _purposes("ta vara på lärande från arbetet och för att använda det som en drivkraft framåt.")
    ['det är för att ta vara på lärande från arbetet.', 'det är också för att använda det som en drivkraft framåt.']
    >>> _purposes("tydliggöra vilket stöd som finns och för att anpassa stödet efter skolans behov, samt för att "
    ...           "stärka dialogen med rektorn.")  # doctest: +NORMALIZE_WHITESPACE
    ['det är för att tydliggöra vilket stöd som finns.', 'det är också för att anpassa stödet efter skolans behov.',
     'det är också för att stärka dialogen med rektorn.']
    """
    parts = [p.strip(" ,") for p in _MORE_PURPOSES_RE.split(right)]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [f"det är för att {right}"]
    return [f"det är för att {parts[0]}.", *(f"det är också för att {p}." for p in parts[1:-1]),
            f"det är också för att {parts[-1]}"]


_SO_THAT_RE = re.compile(r",?\s+så att\s+", re.I)


def so_that(piece: str) -> list[str]:
    """A long sentence with its result after 'så att' as two: '… del av arbetet så att den bidrar till …' -> '… del
    av arbetet.' and 'Det gör att den bidrar till …' (lättläst: one idea per sentence; the 'att' clause keeps its
    own word order). Only where both halves are clauses; never inside a quotation or a question.

    >>> so_that("Varje skola ska kunna utveckla sin del av arbetet så att den bidrar till ökad jämställdhet.")
    ['Varje skola ska kunna utveckla sin del av arbetet.', 'det gör att den bidrar till ökad jämställdhet.']
    >>> so_that("Rektorn och lärarna ska se till så att alla elever får stöd i tid varje termin.")
    ['Rektorn och lärarna ska se till så att alla elever får stöd i tid varje termin.']
    """
    m = _SO_THAT_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or '"' in piece or piece.rstrip().endswith(("?", ":")):
        return [piece]
    left, right = piece[:m.start()], piece[m.end():]
    last = left.split()[-1].lower().strip(",") if left.split() else ""
    if len(left.split()) < 5 or len(right.split()) < 3 or not has_verb(left) or not has_verb(right) or \
            _OPENS_SUBORDINATE_RE.match(left) or last in lex.VERB_PARTICLES or is_finite_verb(last) or \
            is_infinitive(last):
        return [piece]  # 'ska se till så att …' (a particle, `lex.VERB_PARTICLES`): the clause is what the verb needs
    return [left.rstrip(" ,") + ".", f"det gör att {right}"]


# A reason or a concession after its main clause ('… eftersom …', '… även om …').
_TRAILING_CLAUSE_RE = re.compile(r",?\s+(?P<word>eftersom|därför att|även om|trots att)\s+", re.I)


def trailing_clause(piece: str) -> list[str]:
    """A long sentence with a reason or a concession after its main clause as two (lättläst: one idea per
    sentence): a reason as 'Det beror på att …' (the clause keeps its own word order), a concession as 'Samtidigt'
    with the verb before its subject, only where the verb follows the subject directly ('även om de inte …' would
    need its adverb moved, and stays). Never inside a quotation or a question.

    >>> trailing_clause("Normerna gör att pojkar inte behöver goda betyg eftersom de ska arbeta direkt efter skolan.")
    ['Normerna gör att pojkar inte behöver goda betyg.', 'det beror på att de ska arbeta direkt efter skolan.']
    >>> trailing_clause("Det är vanligare att pojkar utsätts för hot i skolan än flickor även om flickor utsätts "
    ...                 "för trakasserier mer än pojkar.")
    ['Det är vanligare att pojkar utsätts för hot i skolan än flickor.', 'samtidigt utsätts flickor för \
trakasserier mer än pojkar.']
    >>> trailing_clause("Resultaten har blivit bättre i alla ämnen trots att lärarna inte har fått mer tid.")
    ['Resultaten har blivit bättre i alla ämnen trots att lärarna inte har fått mer tid.']
    """
    m = _TRAILING_CLAUSE_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():].strip()
    if len(left.split()) < 5 or len(right.split()) < 3 or not has_verb(left) or not has_verb(right) or \
            _OPENS_SUBORDINATE_RE.match(left) or _TRAILING_CLAUSE_RE.search(right):
        return [piece]
    if m.group("word").lower() in ("eftersom", "därför att"):
        return [f"{left}.", f"det beror på att {right}"]
    words = right.split()
    size = _clause_subject(words)
    if size == 0:
        return [piece]
    return [f"{left}.", " ".join(["samtidigt", words[size], *words[:size], *words[size + 1:]])]


# A contrast after its main clause ('…, medan män oftare angav …') and a part of a whole ('…, varav tre av dem
# läser …').
_CONTRAST_RE = re.compile(r",\s+medan\s+", re.I)
_PART_OF_RE = re.compile(r",\s+varav\s+", re.I)
_COUNT_WORDS = ("en", "ett", *lex.CARDINALS)
# A part's count: a figure or a number word (general Swedish), with or without 'av dem'/'av dessa' after it.
_PART_COUNT_RE = re.compile(rf"^(?P<count>\d+(?:[ ,]\d+)*|{'|'.join(_COUNT_WORDS)})"
                            r"(?P<noun>\s+[a-zåäö]+)??(?:\s+av\s+(?:dem|dessa))?\s+(?P<verb>\S+)\s+(?P<rest>\S.*)$",
                            re.I)


def contrast_clause(piece: str) -> list[str]:
    """A long sentence with a contrast after its main clause (', medan …') as two (lättläst: one idea per sentence):
    the contrast opens with 'samtidigt' and its verb before its subject, a subordinate clause's adverbs after the verb
    as a main clause has them ('medan män oftare angav' -> 'samtidigt angav män oftare'). Only where the clause opens
    with its subject, at most two adverbs and its finite verb; never inside a quotation or a question.

    >>> contrast_clause("Kvinnor angav oftare än män rädsla för sexuella trakasserier som skäl, medan män oftare angav "
    ...                 "rädsla för att bli rånade.")
    ['Kvinnor angav oftare än män rädsla för sexuella trakasserier som skäl.', 'samtidigt angav män oftare rädsla \
för att bli rånade.']
    >>> contrast_clause("Eleverna läste mycket i skolan, medan de som var hemma läste mindre.")  # short: one sentence
    ['Eleverna läste mycket i skolan, medan de som var hemma läste mindre.']
    """
    m = _CONTRAST_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, words = piece[:m.start()].rstrip(" ,"), piece[m.end():].split()
    if len(left.split()) < 5 or len(words) < 3 or not has_verb(left) or _OPENS_SUBORDINATE_RE.match(left) or \
            _CONTRAST_RE.search(piece[m.end():]):
        return [piece]
    for size in (1, 2):
        head = [w.lower() for w in words[:size]]
        if any(is_finite_verb(w) or w in lex.SENTENCE_ADVERBS or w in lex.EASY_DEGREE_ADVERBS for w in head) or not (
                (size == 1 and (head[0] in lex.SUBJECT_PRONOUNS or is_noun(head[0]))) or
                (size == 2 and head[0] in lex.SUBJECT_DETERMINERS and is_noun(head[1]))):
            continue
        adverbs = 0
        while size + adverbs < len(words) - 1 and adverbs < 2 and \
                words[size + adverbs].lower() in (*lex.SENTENCE_ADVERBS, *lex.EASY_DEGREE_ADVERBS):
            adverbs += 1
        verb = words[size + adverbs].strip(",")
        if words[size + adverbs].endswith(",") or not is_finite_verb(verb) or \
                any(w.lower() in ("inte", "ej", "aldrig") for w in words[size:size + adverbs]):
            continue  # a negation keeps its clause whole: its place decides what it denies
        return [f"{left}.", " ".join(["samtidigt", verb, *words[:size], *words[size:size + adverbs],
                                      *words[size + adverbs + 1:]])]
    return [piece]


def part_of(piece: str) -> list[str]:
    """A long sentence with a part of its whole after ', varav' and a verb of its own as two: 'Av dem' with the verb
    before the part's count ('…, varav tre av dem läser ett program' -> 'Av dem läser tre ett program'). A 'varav'
    with no verb of its own ('350 elever, varav 12 flickor') stays: it is no clause.

    >>> part_of("Dessa 8 elever har efter det att betygen var satta blivit behöriga till nationellt program, varav "
    ...         "tre av dem läser ett högskoleförberedande program.")
    ['Dessa 8 elever har efter det att betygen var satta blivit behöriga till nationellt program.', 'av dem läser \
tre ett högskoleförberedande program.']
    >>> part_of("I kommunen gick 350 elever i årskurs 9 under läsåret 2019 och 2020, varav 12 flickor och 15 pojkar.")
    ['I kommunen gick 350 elever i årskurs 9 under läsåret 2019 och 2020, varav 12 flickor och 15 pojkar.']
    """
    m = _PART_OF_RE.search(piece)
    if m is None or len(piece.split()) <= 14 or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():].strip()
    part = _PART_COUNT_RE.match(right)
    if part is None or len(left.split()) < 5 or not has_verb(left) or not is_finite_verb(part.group("verb")) or \
            (part.group("noun") and is_finite_verb(part.group("noun").strip())):
        return [piece]
    counted = part.group("count") + (part.group("noun") or "")
    return [f"{left}.", f"av dem {part.group('verb')} {counted} {part.group('rest')}"]


# The first word of a correlative pair ('inte bara', 'dels'); `lex.EASY_PAIR_OPENERS` gives the words that close it.
_PAIR_OPEN_RE = re.compile(r"(?<!\S)(?P<open>" + "|".join(sorted(map(re.escape, lex.EASY_PAIR_OPENERS), key=len,
                                                                 reverse=True)) + r")\s+", re.I)
_PAIR_HEAD_WORDS = 6  # a main clause's start said again before B: a subject and its verb, a fronted phrase at most


def correlative_pair(piece: str) -> list[str]:
    """A correlative pair ('inte bara A utan också B', 'dels A, dels B') said as A, then B with 'också' (lättläst: one
    idea per sentence). After a main clause's subject and finite verb ('Arbetet handlar', 'I skolan arbetar vi') the
    pair becomes two sentences, each with that start; inside a clause that cannot be said twice (a relative clause, an
    object before the pair) it becomes 'A och även B' in one run. Both say A and B, as the pair did; the 'inte' of
    'inte bara' denies nothing. Never in a question or a quotation, nor where a pair is left open or goes on ('dels A,
    dels B, dels C').

    >>> correlative_pair("Arbetet handlar inte bara om att höja resultaten utan också om att skapa en trygg miljö.")
    ['Arbetet handlar om att höja resultaten.', 'Det handlar också om att skapa en trygg miljö.']
    >>> correlative_pair("Huvudmännen har dels utvecklat sin uppföljning, dels vidtagit åtgärder för skolorna.")
    ['Huvudmännen har utvecklat sin uppföljning.', 'Huvudmännen har också vidtagit åtgärder för skolorna.']
    >>> correlative_pair("Använd bedömningsformer som inte bara mäter provresultat utan även process och samarbete.")
    ['Använd bedömningsformer som mäter provresultat och även process och samarbete.']
    >>> correlative_pair("Frånvaron kan dels ses som en orsak till sämre betyg, dels som en reaktion på skolvardagen.")
    ['Frånvaron kan ses som en orsak till sämre betyg och även som en reaktion på skolvardagen.']
    >>> correlative_pair("Det räcker inte bara att vilja.")  # no pair: the words stay
    ['Det räcker inte bara att vilja.']
    """
    m = _PAIR_OPEN_RE.search(piece)
    if m is None or m.start() == 0 or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    closers = lex.EASY_PAIR_OPENERS[m.group("open").lower()]
    close_re = re.compile(r",?\s+(?:" + "|".join(map(re.escape, closers)) + r")\s+", re.I)
    close = close_re.search(piece, m.end())
    if close is None:
        return [piece]
    left, first, second = piece[:m.start()].rstrip(), piece[m.end():close.start()].strip(" ,"), \
        piece[close.end():].strip()
    if not WORD_RE.search(first) or not WORD_RE.search(second) or close_re.search(second) or \
            _PAIR_OPEN_RE.search(second):
        return [piece]
    if _main_clause_head(left) and not _gapped(first, second):
        return [f"{left} {first}.", f"{_said_again(left)} också {second}"]
    return [f"{left} {first} {lex.EASY_PAIR_INSIDE} {second}"]


def _said_again(head: str) -> str:
    """A main clause's start said a second time: a subject of one definite noun becomes its pronoun ('Arbetet
    handlar' -> 'Det handlar', 'Huvudmännen har' -> 'De har'), as Swedish refers back; a person in the singular
    ('Rektorn') or a name is said again, and so is any other start.

    >>> _said_again("Arbetet handlar"), _said_again("Kommunen har"), _said_again("Lärarna vill")
    ('Det handlar', 'Den har', 'De vill')
    >>> _said_again("Huvudmännen har"), _said_again("Rektorn har"), _said_again("Barnen får")
    ('Huvudmännen har', 'Rektorn har', 'Barnen får')
    """
    words = head.split()
    low = words[0].lower()
    if len(words) != 2 or not is_definite_noun(low):
        return head
    # The ending tells the pronoun only where it is one form's: '-na' plural, '-et' an 'ett' word, '-an' and an 'en'
    # word's '-en' ('kommunen'); a plural in '-en' ('huvudmännen', 'barnen') is said again.
    lemma = simplemma.lemmatize(low, lang="sv")
    pronoun = "de" if low.endswith("na") else "det" if low.endswith("et") else "den" if low.endswith("an") or (
        low == f"{lemma}en" and noun_gender(lemma) == "common") else None
    person = any(low.endswith(d) for d in lex.PERSON_NOUN_DEFINITES.values())
    if pronoun is None or (person and pronoun != "de"):
        return head
    return f"{pronoun[:1].upper()}{pronoun[1:]} {words[1]}"


def _gapped(first: str, second: str) -> bool:
    """B of a pair leaves out the verb or the preposition A opens with ('kan dels ses som X, dels som Y', 'bottnar inte
    bara i A utan även B'): said after the main clause's start alone, B would have neither ('Frånvaron kan också som
    Y', 'Frånvaron bottnar också B').

    >>> _gapped("ses som en orsak", "som en reaktion"), _gapped("i skolans faktorer", "individuella faktorer")
    (True, True)
    >>> _gapped("om att höja resultaten", "om att skapa trygghet"), _gapped("utvecklat sin uppföljning", "tagit steg")
    (False, False)
    """
    a, b = (WORD_RE.findall(t)[0].lower() for t in (first, second))
    if a in lex.PHRASE_PREPOSITIONS:
        return b not in lex.PHRASE_PREPOSITIONS
    opens_phrase = lex.PREPOSITIONS | FUNCTION_WORDS | {"en", "ett", "den", "det", "de"}
    return a not in opens_phrase and b in lex.PREPOSITIONS | FUNCTION_WORDS


def _main_clause_head(left: str) -> bool:
    """The words before a pair are a main clause's start and end in its finite verb, or in the verb and a pronoun
    subject after a fronted phrase ('Arbetet handlar', 'Huvudmännen har', 'I skolan arbetar vi'): said again, they
    open a sentence of their own. Not a clause that opens with a subordinator or holds one ('… former som'), nor a
    start that goes on past the verb ('Arbetet ger eleverna')."""
    words = [w.lower() for w in left.split()]
    if not 2 <= len(words) <= _PAIR_HEAD_WORDS or "," in left or _SUBORDINATOR_RE.search(left) or \
            FRONT_SUBORDINATE_RE.match(left) or not all(w.isalpha() for w in words):
        return False
    if words[-1] in lex.SUBJECT_PRONOUNS and is_finite_verb(words[-2]):
        return len(words) >= 3 and not any(is_finite_verb(w) for w in words[:-2])
    return is_finite_verb(words[-1]) and not any(is_finite_verb(w) for w in words[:-1])


# A cleft ('Det är rektorn som …', 'Det var Skolverket som …'): its focus, a noun phrase of at most three words, and
# the clause after 'som'.
_CLEFT_RE = re.compile(r"^(?P<det>det)\s+(?:är|var)\s+(?P<focus>(?:[\wåäöÅÄÖ-]+\s+){0,2}?[\wåäöÅÄÖ-]+)\s+som\s+"
                       r"(?P<rest>\S.*)$", re.I)
_CLEFT_VERB_AT = 3  # the clause's finite verb within this many words after 'som' (adverbs or one phrase before it)


def without_cleft(piece: str) -> str:
    """A cleft sentence said straight, its focus as the subject ('Det är rektorn som ansvarar för planen.' -> 'Rektorn
    ansvarar för planen.'; lättläst: the plain order, subject then verb, Myndigheten för tillgängliga medier). Only
    where the focus is one thing named (its last word a definite noun or a name, no 'bara', 'även', 'alla' … that
    make it a matter of degree, `lex.CLEFT_NOT_ONE_DOER`) and 'som' is the clause's subject: its finite verb follows
    within a few words, only adverbs or one phrase of place or rule before it, which go after the verb as a main clause
    has them. A question, a quotation or any other 'Det är … som' stays as it is.

    >>> without_cleft("Det var rektorn som tog initiativ till samarbetet med socialtjänsten.")
    'Rektorn tog initiativ till samarbetet med socialtjänsten.'
    >>> without_cleft("Det är huvudmannen som enligt skollag är ytterst ansvarig för att utbildningen följer lagen.")
    'Huvudmannen är enligt skollag ytterst ansvarig för att utbildningen följer lagen.'
    >>> without_cleft("Det är även färre pojkar som når gymnasiebehörighet.")  # a degree: no one thing named
    'Det är även färre pojkar som når gymnasiebehörighet.'
    >>> without_cleft("Det är rapporten som vi har läst.")  # 'som' is the object: the sentence stays
    'Det är rapporten som vi har läst.'
    >>> without_cleft("Det är en fråga som ofta kommer upp.")  # no cleft: an indefinite noun is presented
    'Det är en fråga som ofta kommer upp.'
    """
    m = _CLEFT_RE.match(piece.strip())
    if m is None or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return piece
    focus, rest = m.group("focus").split(), m.group("rest").split()
    last = focus[-1]
    if any(w.lower() in lex.CLEFT_NOT_ONE_DOER or w.lower() in lex.PREPOSITIONS or w.lower() in FUNCTION_WORDS or
           is_finite_verb(w) for w in focus) or not (is_definite_noun(last.lower()) or last[:1].isupper() or
                                                     any(last.lower().endswith(d)  # 'rektorn', 'kuratorn'
                                                         for d in lex.PERSON_NOUN_DEFINITES.values())):
        return piece
    verb = next((i for i, w in enumerate(rest[:_CLEFT_VERB_AT + 1]) if is_finite_verb(w.strip(",."))), None)
    if verb is None or len(rest) - verb < 2:
        return piece
    before = [w.lower() for w in rest[:verb]]
    adverbs = all(w in lex.SENTENCE_ADVERBS or w in lex.AMOUNT_TIME_ADVERBS for w in before)
    phrase = bool(before) and before[0] in lex.PHRASE_PREPOSITIONS and len(before) <= 2 and \
        not any(w in FUNCTION_WORDS or is_finite_verb(w) for w in before)
    if not (adverbs or phrase) or any(w in ("inte", "ej", "aldrig") for w in before):
        return piece  # a negation before the verb stays where the cleft put it
    subject = " ".join(focus)
    return " ".join([subject[:1].upper() + subject[1:], rest[verb], *rest[:verb], *rest[verb + 1:]])


# A 'vilket' with no comma before it that opens a clause of its own about all that was said ('… hedersnormer vilket
# kan innebära …'); after a comma the splitter's `lex.EASY_SPLIT_RE` cuts there already.
_WHICH_RE = re.compile(r"(?<=[a-zåäöé])\s+vilket\s+(?=(?P<verb>[a-zåäö]+)\s)", re.I)


def sentential_which(piece: str) -> list[str]:
    """A long sentence whose last clause is a 'vilket' about the whole clause before it, written without its comma, as
    two: the second opens with 'det' ('… utsätts för hedersnormer vilket kan innebära skolfrånvaro' -> '… utsätts för
    hedersnormer.' and 'det kan innebära skolfrånvaro'), as `demonstrative` says a cut 'vilket'. Only where the clause
    before has its own finite verb and ends in a noun or adjective (not a preposition or verb: 'beror på vilket är
    bäst' asks a question), and a finite verb follows 'vilket'; never in a question or a quotation.

    >>> sentential_which("Barn, framför allt flickor, utsätts för hedersnormer vilket kan innebära bland annat "
    ...                  "skolfrånvaro och psykisk ohälsa.")
    ['Barn, framför allt flickor, utsätts för hedersnormer.', 'det kan innebära bland annat skolfrånvaro och \
psykisk ohälsa.']
    >>> sentential_which("Valet av arbetssätt beror i hög grad på vilket är bäst för eleverna.")
    ['Valet av arbetssätt beror i hög grad på vilket är bäst för eleverna.']
    >>> sentential_which("Vi visade dem vilket stöd som finns för eleverna i skolan.")
    ['Vi visade dem vilket stöd som finns för eleverna i skolan.']
    """
    m = _WHICH_RE.search(piece)
    if m is None or len(piece.split()) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()].rstrip(), piece[m.end():]
    last = left.split()[-1].lower()
    if not is_finite_verb(m.group("verb")) or len(left.split()) < 3 or not has_verb(left) or \
            not _clause_ends(left) or last in lex.PREPOSITIONS or last in FUNCTION_WORDS or is_finite_verb(last) or \
            len(right.split()) < 3:
        return [piece]
    return [f"{left}.", f"det {right}"]


def _clause_subject(words: list[str]) -> int:
    """How many of a subordinate clause's first words are its subject, when its finite verb follows them directly
    (a pronoun, a noun, or a determiner with its noun: 'de ska', 'flickor utsätts', 'många elever saknar'); 0 when
    the words do not open that way (an adverb before the verb, a verb first)."""
    for size in (1, 2):
        if len(words) <= size or not is_finite_verb(words[size].strip(",")):
            continue
        head = [w.lower() for w in words[:size]]
        if any(is_finite_verb(w) or w in lex.SENTENCE_ADVERBS for w in head):
            return 0
        if size == 1 and (head[0] in lex.SUBJECT_PRONOUNS or is_noun(head[0])):
            return 1
        if size == 2 and head[0] in lex.SUBJECT_DETERMINERS and is_noun(head[1]):
            return 2
    return 0


_FRONTED_PURPOSE_RE = re.compile(r"^för att\s+", re.I)


def fronted_purpose(sentence: str) -> list[str]:
    """A sentence that opens with its purpose as two, the main clause first (lättläst: the point first, one idea
    per sentence): 'För att nå fler elever kan skolan samarbeta med biblioteket.' -> 'Skolan kan samarbeta med
    biblioteket.' and 'Det är för att nå fler elever.'; unchanged when the main clause's subject is not clear.

    >>> fronted_purpose("För att nå fler elever kan skolan samarbeta med biblioteket.")
    ['Skolan kan samarbeta med biblioteket.', 'det är för att nå fler elever']
    """
    m = _FRONTED_PURPOSE_RE.match(sentence)
    if m is None or sentence.rstrip().endswith("?") or "”" in sentence:
        return [sentence]
    tokens = list(re.finditer(r"[^\s,]+", sentence))
    for i in range(3, len(tokens) - 2):  # 'för att' + at least one word of purpose before the main verb
        verb = tokens[i].group(0)
        if not is_finite_verb(verb):
            continue
        after = [t.group(0) for t in tokens[i + 1:i + 4]]
        size = subject_size(after) or _genitive_subject(after)
        purpose = sentence[m.end():tokens[i].start()].strip(" ,")
        before = tokens[i - 1].group(0).lower()
        if size == 0 and _presented_by_passive(verb, after) and not is_finite_verb(before) and \
                before not in ("att", "och", "eller", "samt"):  # 'ska användas': an infinitive of the purpose
            # 'För att X krävs stöd …' / 'görs numera analyser …': a passive verb before a new thing, said as
            # Swedish says it without a fronted clause: 'Det krävs stöd …'
            rest = sentence[tokens[i].end():].strip()
            return [f"Det {verb} {rest}", f"det är för att {purpose}"]
        if size == 0 or i + size + 1 >= len(tokens):
            continue
        subject = sentence[tokens[i + 1].start():tokens[i + size].end()]
        rest = sentence[tokens[i + size].end():].strip()
        main = f"{subject[:1].upper()}{subject[1:]} {verb} {rest}"
        return [main, f"det är för att {purpose}"]
    return [sentence]


def _genitive_subject(words: list[str]) -> int:
    """2 where `words` open with a genitive and its noun ('skolans lärare', 'Skolverkets stöd'): a plain subject,
    as a possessive pronoun with its noun is; 0 otherwise."""
    if len(words) < 2 or not words[0].isalpha() or not words[0].endswith("s") or not words[1].isalpha():
        return 0
    owner, noun = words[0][:-1], words[1]
    owned = owner[:1].isupper() or is_definite_noun(owner.lower())
    return 2 if owned and is_noun(noun.lower()) and not is_finite_verb(noun.lower()) else 0


def _presented_by_passive(verb: str, after: list[str]) -> bool:
    """An '-s' passive ('krävs', 'görs') before a new, indefinite thing ('stödjande funktioner', 'numera analyser'),
    which a main clause of its own presents with 'det' ('Det krävs stödjande funktioner')."""
    words = [w.lower() for w in after if w.lower() not in lex.SENTENCE_ADVERBS and w.lower() not in ("numera", "nu")]
    return verb.lower().endswith("s") and is_finite_verb(verb.lower()) and bool(words) and words[0].isalpha() and \
        words[0] not in lex.SUBJECT_PRONOUNS and not is_definite_noun(words[0]) and not is_finite_verb(words[0]) and \
        words[0] not in lex.PREPOSITIONS


_QUESTION_PURPOSE_RE = re.compile(r"^(?P<lead>[^:”\"]+:\s+)?(?P<asked>(?P<qword>vad|hur|vilka|vilken|vilket|när|var)\s+"
                                  r"(?P<verb>\w+)\s+"
                                  r"(?P<rest>.+?))\s+för att\s+(?P<aim>\w+\s.+?)\?$", re.I)


def question_purpose(sentence: str) -> list[str]:
    """A long question with its purpose inside as a statement of the aim and a short question (lättläst: one idea
    per sentence, the point first): 'Vad behöver ledningen veta för att kunna följa målen för arbetet?' ->
    'Ledningen ska kunna följa målen för arbetet.' and 'Vad behöver ledningen veta för det?'. Only where the
    question's subject is plain (a pronoun, a name, a definite noun) and the purpose is 'för att kunna …' (a need
    the subject has, so 'X ska kunna …' says what the question takes for given; 'Hur kan skolan arbeta för att
    minska frånvaron?' is not made into a claim that it shall); never inside a quotation. A lead-in before a
    colon stays in front.

    >>> question_purpose("Vad behöver ledningen i kommunen veta för att kunna följa de mål ni har satt upp?")
    ['Ledningen ska kunna följa de mål ni har satt upp.', 'Vad behöver ledningen i kommunen veta för det?']
    >>> question_purpose("Vad krävs det för att kunna följa de mål som ni har satt upp?")
    ['Vad krävs det för att kunna följa de mål som ni har satt upp?']
    >>> question_purpose("Hur kan skolan arbeta för att minska frånvaron bland pojkar i årskurs 7–9?")
    ['Hur kan skolan arbeta för att minska frånvaron bland pojkar i årskurs 7–9?']
    """
    m = _QUESTION_PURPOSE_RE.match(sentence.strip())
    if m is None or len(sentence[m.start("asked"):].split()) <= 12 or "”" in sentence or '"' in sentence or \
            not is_finite_verb(m.group("verb")):
        return [sentence]
    rest = m.group("rest").split()
    size = subject_size(rest[:3])
    aim = m.group("aim")
    if size == 0 or rest[0].lower() in ("det", "detta", "den", "denna") or len(aim.split()) < 3 or \
            aim.split()[0].lower() != "kunna" or " för att " in f" {aim} ":
        return [sentence]
    subject = " ".join(rest[:size])
    subject = subject if subject[:1].isupper() and subject.lower() not in lex.SUBJECT_PRONOUNS else subject.lower()
    lead = f"{m.group('lead').strip()} " if m.group("lead") else ""
    return [f"{lead}{subject[:1].upper()}{subject[1:]} ska {aim}.", f"{m.group('asked')} för det?"]


_OPENS_SUBORDINATE_RE = re.compile(rf"^\W*(?:{'|'.join(lex.FRONT_SUBORDINATORS)}|att)\b", re.I)


def subject_comma(piece: str) -> list[str]:
    """Two main clauses joined by a bare comma as two sentences, when the second opens with its own subject (a noun
    phrase of up to three words) and its verb: 'Personal är rekryterad, nya insatser påbörjas våren 2020.' ->
    'Personal är rekryterad.' and 'Nya insatser påbörjas våren 2020.'. Not after a subordinate clause ('Om …, …'),
    not before a subordinate clause ('…, när tidsplanen har löpt ut'), not for a list or a phrase that opens with a
    preposition or an adverb, never inside a quotation.

    >>> subject_comma("Personal är rekryterad, nya insatser påbörjas våren 2020 och väntas vara klara hösten 2021.")
    ['Personal är rekryterad.', 'nya insatser påbörjas våren 2020 och väntas vara klara hösten 2021.']
    >>> subject_comma("Skolan har arbetat med läsning, till exempel lärare läser högt varje dag för eleverna.")
    ['Skolan har arbetat med läsning, till exempel lärare läser högt varje dag för eleverna.']
    """
    if len(piece.split()) <= SHORT_SENTENCE_WORDS or _OPENS_SUBORDINATE_RE.match(piece):
        return [piece]
    for m in re.finditer(r",\s+", piece):
        left, right = piece[:m.start()], piece[m.end():]
        if left.count("”") % 2 or left.count('"') % 2 or len(left.split()) < 3 or not _clause_ends(left) or \
                _OPENS_SUBORDINATE_RE.match(right) or _SUBORDINATOR_RE.match(right) or \
                re.match(r"(?:hur|vad|var|vem|vilken|vilket|vilka|varför|då|där)\b", right, re.I):
            continue  # '…, när tidsplanen har löpt ut': a subordinate clause is no sentence of its own
        words = right.split()
        verb_at = next((i for i, w in enumerate(words[:4]) if is_finite_verb(w.strip(",.")) and
                        not attributive(words[i - 1] if i else "", w)), None)
        if verb_at is None or verb_at == 0 or len(words) - verb_at < 3:
            continue
        subject = [w.lower() for w in words[:verb_at]]
        if any(not w.isalpha() or w in lex.PREPOSITIONS or w in lex.SENTENCE_ADVERBS or w in ("och", "eller", "men",
               "samt", "som", "att", "till", "exempel", "så") for w in subject) or not is_noun(subject[-1]):
            continue
        if "," in right[:right.find(words[verb_at])]:
            continue
        return [left.rstrip() + ".", *subject_comma(right)]
    return [piece]


# 'samt' joins as 'och' does, in a more official register ('… ger mandat samt efterfrågar uppföljning').
_AND_VERB_RE = re.compile(r"\s+(?:och|samt)\s+(?=(\w+))", re.I)


def shared_subject(piece: str) -> list[str]:
    """Two main clauses that share their subject as two sentences, the subject repeated (lättläst: one idea per
    sentence, no subject left for the reader to carry over): 'Skolan har anställt fler lärare och har minskat
    klasserna.' -> 'Skolan har anställt fler lärare.' and 'Skolan har minskat klasserna.'. Only where the first
    clause opens with a plain subject (a pronoun, a name, a definite noun or a possessive and its noun).

    >>> shared_subject("Kommunen har anställt fler lärare och har minskat klasserna i alla skolor.")
    ['Kommunen har anställt fler lärare.', 'Kommunen har minskat klasserna i alla skolor.']
    """
    if len(piece.split()) <= SHORT_SENTENCE_WORDS:
        return [piece]
    for m in _AND_VERB_RE.finditer(piece):
        left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
        if not is_finite_verb(m.group(1)) or left.count("”") % 2 or left.count('"') % 2 or \
                len(left.split()) < 4 or len(right.split()) < 3:
            continue
        words = left.split()
        verb_at = next((i for i, w in enumerate(words) if is_finite_verb(w.strip(","))), None)
        if verb_at is None or not 1 <= verb_at <= 2 or subject_size_at_start(words[:verb_at]) != verb_at:
            return [piece]
        subject = " ".join(words[:verb_at])
        if _SUBORDINATOR_RE.search(" ".join(words[verb_at + 1:])):
            return [piece]  # '… program som ges vid X och drivs …': the 'och' may go on with the inner clause
        if subject.lower() in ("det", "detta"):  # 'Det finns … och behövs …': a dummy subject is not repeated
            return [piece]
        return [left + ("" if left.endswith((".", "!", "?")) else "."), f"{subject} {right}"]
    return [piece]


@lru_cache(maxsize=8192)
def _verb_infinitive(word: str) -> bool:
    """An infinitive of a verb ('kartlägga', 'ta', 'göra'), not a noun in '-a' ('skola', 'flicka'): its present form is
    a word readers meet (`lex.INFINITIVE_PRESENT_ZIPF`) or one of the common finite verbs ('gör').

    >>> [_verb_infinitive(w) for w in ("kartlägga", "ta", "göra", "skola", "flicka", "samma")]
    [True, True, True, False, False, False]
    """
    from wordfreq import zipf_frequency

    low = word.lower().strip(",")
    if not is_infinitive(low):
        return False
    return low[:-1] in lex.FINITE_VERBS or max(zipf_frequency(low + "r", "sv"), zipf_frequency(
        low[:-1] + "er", "sv")) >= lex.INFINITIVE_PRESENT_ZIPF


def shared_auxiliary(piece: str) -> list[str]:
    """Two things done that share their subject and 'har' ('Processtödjarna har spridit information om X samt berättat
    om Y.') as two sentences, the subject and 'har' repeated (lättläst: one idea per sentence,
    `lex.PERFECT_AUXILIARIES`). Only where the first clause opens with a plain subject and its 'har' and has a supine
    of its own before the 'och' or 'samt'; never where a clause word ('som', 'att', 'när' …) before the conjunction
    opens a clause with a verb of its own, which the second supine may go on with, never inside a quotation.

    >>> shared_auxiliary("Kommunen har gjort en kartläggning av frånvaron och tagit fram en plan för alla skolor.")
    ['Kommunen har gjort en kartläggning av frånvaron.', 'Kommunen har tagit fram en plan för alla skolor.']
    >>> shared_auxiliary("Skolan ska kartlägga frånvaron i alla klasser och ta fram en plan för varje elev.")
    ['Skolan ska kartlägga frånvaron i alla klasser.', 'Skolan ska ta fram en plan för varje elev.']
    >>> shared_auxiliary("Skolan har anställt lärare som har arbetat med läsning och fått goda resultat med det.")
    ['Skolan har anställt lärare som har arbetat med läsning och fått goda resultat med det.']
    """
    words = piece.split()
    if len(words) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece:
        return [piece]
    verb_at = next((i for i, w in enumerate(words[:3]) if is_finite_verb(w.strip(","))), None)
    aux = words[verb_at].lower() if verb_at is not None else ""
    done = is_supine if aux in lex.PERFECT_AUXILIARIES else _verb_infinitive  # the verb form the 'har'/'ska' takes
    if verb_at is None or not 1 <= verb_at <= 2 or aux not in lex.PERFECT_AUXILIARIES | lex.SHARED_MODALS or \
            subject_size_at_start(words[:verb_at]) != verb_at and not (verb_at == 1 and definite_n(words[0])) or \
            words[0].lower() in ("det", "detta"):
        return [piece]
    for k in range(verb_at + 2, len(words) - 3):
        if words[k].lower() not in ("och", "samt") or not done(words[k + 1]) or words[k - 1].endswith(","):
            continue
        tail = [w.lower().strip(",") for w in words[verb_at + 1:k]]
        if not any(done(w) for w in tail[:-1]):
            return [piece]  # 'De har ökat och minskat …': two verbs of one thing said, no two things done
        for j, w in enumerate(tail):
            if (_SUBORDINATOR_RE.fullmatch(w) or w in lex.QUESTION_CLAUSE_OPENERS) and \
                    any(is_finite_verb(x) or is_supine(x) or _verb_infinitive(x) for x in tail[j + 1:]):
                return [piece]  # '… lärare som har arbetat … och fått …': the second supine may be the inner clause's
        subject = " ".join(words[:verb_at])
        first = subject if subject[:1].isupper() and subject.split()[0].lower() not in lex.SUBJECT_PRONOUNS and \
            not is_definite_noun(subject.split()[0]) and not definite_n(subject.split()[0]) else subject.lower()
        return [" ".join(words[:k]).rstrip(",") + ".",
                " ".join([first[:1].upper() + first[1:], words[verb_at].lower(), *words[k + 1:]])]
    return [piece]


def fronted_shared_subject(piece: str) -> list[str]:
    """A sentence that opens with a subordinate clause ('När …', 'Om …'), then its main verb and subject, and a
    second verb of that subject after 'och', as two sentences, the subject repeated (lättläst: one idea per
    sentence): 'När en elev har mycket frånvaro bjuder mentorn in eleven till ett samtal och skriver ner vad som
    bestäms.' -> '… bjuder mentorn in eleven till ett samtal.' and 'Mentorn skriver ner vad som bestäms.'. The main
    verb is the first finite verb followed by a plain subject; an 'och' before it belongs to the subordinate
    clause; never across a 'som', 'att' or other clause word, never inside a quotation.

    >>> fronted_shared_subject("När en elev har mycket frånvaro bjuder mentorn in eleven och föräldrarna till ett "
    ...                        "samtal och skriver ner vad som bestäms.")  # doctest: +NORMALIZE_WHITESPACE
    ['När en elev har mycket frånvaro bjuder mentorn in eleven och föräldrarna till ett samtal.',
     'Mentorn skriver ner vad som bestäms.']
    >>> fronted_shared_subject("Om eleven är sjuk och har feber ska mentorn ringa hem till föräldrarna samma dag.")
    ['Om eleven är sjuk och har feber ska mentorn ringa hem till föräldrarna samma dag.']
    """
    words = piece.split()
    if len(words) <= SHORT_SENTENCE_WORDS or not FRONT_SUBORDINATE_RE.match(piece) or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?"):
        return [piece]
    def subject_after(at: int) -> int:
        after = [w.strip(",") for w in words[at + 1:at + 4]]
        return subject_size(after) or (1 if after and definite_after_r(after[0]) else 0)

    verbs = [i for i in range(1, len(words) - 2) if is_finite_verb(words[i].strip(","))]
    # The subordinate clause's own verb comes first; the main verb is a later one with its subject after it.
    main = next((i for i in verbs[1:] if subject_after(i) and not _SUBORDINATOR_RE.fullmatch(words[i - 1].lower())),
                None)
    if main is None:
        return [piece]
    size = subject_after(main)
    subject = " ".join(words[main + 1:main + 1 + size]).strip(",")
    for k in range(main + size + 2, len(words) - 2):
        if _SUBORDINATOR_RE.fullmatch(words[k - 1].lower().strip(",")):
            return [piece]  # the 'och' may go on with a clause inside the main clause
        if words[k - 1].lower() == "och" and is_finite_verb(words[k]) and not words[k - 2].endswith(","):
            left, right = " ".join(words[:k - 1]), " ".join(words[k:])
            if len(right.split()) < 3:
                return [piece]
            first = subject if subject[:1].isupper() and subject.lower() not in lex.SUBJECT_PRONOUNS else \
                subject.lower()
            return [left + ".", f"{first[:1].upper()}{first[1:]} {right}"]
    return [piece]


_CONDITION_RE = re.compile(rf"^(?P<opener>{'|'.join(lex.EASY_CONDITION_OPENERS)})\s+", re.I)
_CONDITION_SUBJECT_WORDS = 3  # 'en elev', 'frånvaron inte', 'ert arbete': a short subject, then its verb


def fronted_condition(piece: str) -> list[str]:
    """A sentence that opens with a condition ('Om …', 'När …' of a routine) before its main clause as two: the
    condition as a yes/no question, its verb first, and the main clause opened by 'Då' (lättläst: one idea per
    sentence; `lex.EASY_CONDITION_OPENERS`). The main clause's verb is the first finite verb after the condition's
    own with a plain subject after it; never where another clause stands inside the condition ('som', 'att', 'vad'
    …), never inside a quotation.

    >>> fronted_condition("Om frånvaron inte har minskat efter fyra veckor lämnar mentorn ärendet till elevhälsan.")
    ['Har frånvaron inte minskat efter fyra veckor?', 'Då lämnar mentorn ärendet till elevhälsan.']
    >>> fronted_condition("Om eleven är sjuk och har feber, ska mentorn ringa hem samma dag.")
    ['Är eleven sjuk och har feber?', 'Då ska mentorn ringa hem samma dag.']

    A past 'När' tells a time, not a condition, and a clause inside the condition may hold the verb taken for the
    main one: both stay whole.

    >>> fronted_condition("När projektet startade hösten 2019 deltog tolv skolor från hela länet.")
    ['När projektet startade hösten 2019 deltog tolv skolor från hela länet.']
    >>> fronted_condition("När ni vet vad ni ska göra och varför ni gör det kan ni lägga fram planen.")
    ['När ni vet vad ni ska göra och varför ni gör det kan ni lägga fram planen.']
    >>> fronted_condition("Om detta beslutar nämnden i maj och rektorn informerar personalen sedan.")
    ['Om detta beslutar nämnden i maj och rektorn informerar personalen sedan.']
    """
    opener = _CONDITION_RE.match(piece)
    words = piece.split()
    if opener is None or len(words) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?"):
        return [piece]
    # The condition's subject (a plain one, sentence adverbs after it) and its finite verb.
    verb = next((i for i in range(2, min(len(words), 2 + _CONDITION_SUBJECT_WORDS + 1))
                 if is_finite_verb(words[i].strip(","))), None)
    if verb is None:
        return [piece]
    subject = words[1:verb]
    size = subject_size([w.lower() for w in subject]) or int(definite_n(subject[0]))
    if not size or any(w.lower() not in lex.SENTENCE_ADVERBS for w in subject[size:]) or \
            lex.EASY_CONDITION_NOT_RE.match(piece) or \
            opener.group("opener").lower() in lex.EASY_CONDITION_PRESENT_ONLY and is_past(words[verb]):
        return [piece]
    main = None
    for i in range(verb + 1, len(words) - 2):
        bare = words[i].lower().strip(",")
        if _SUBORDINATOR_RE.fullmatch(bare) or bare in lex.QUESTION_CLAUSE_OPENERS:
            return [piece]  # a clause inside the condition: its verb may be taken for the main one
        after = [w.lower().strip(",") for w in words[i + 1:i + 4]]
        if is_finite_verb(bare) and words[i - 1].lower() not in ("och", "eller") and \
                (subject_size(after) or after and definite_n(after[0])):
            main = i
            break
    if main is None or main - verb < 2 or len(words) - main < 3:
        return [piece]
    if any(is_finite_verb(words[i].lower().strip(",")) and words[i - 1].lower() not in ("och", "eller")
           for i in range(verb + 1, main)):
        return [piece]  # a second clause with a subject of its own ('… och skolan inte har fått …') keeps its order
    if not words[main - 1].endswith(",") and words[main + 1].lower() not in lex.SUBJECT_PRONOUNS and any(
            words[i].lower() in ("och", "eller") and not is_finite_verb(words[i + 1].lower().strip(","))
            for i in range(verb + 1, main - 1)):
        # '… i maj och rektorn informerar personalen …': after 'och' + a noun the verb may be a second clause's, its
        # subject before it; only a comma, or a pronoun subject after it ('… och underlag behöver ni …'), shows
        # the main clause's inverted order.
        return [piece]
    first = subject[0] if subject[0][1:].islower() and subject_size_at_start(subject[:1]) and \
        subject[0].lower() not in lex.SUBJECT_PRONOUNS and not is_definite_noun(subject[0]) else subject[0].lower()
    asked = " ".join([words[verb].strip(",").capitalize(), first, *subject[1:], *words[verb + 1:main]]).rstrip(",")
    return [f"{asked}?", " ".join([lex.EASY_CONDITION_THEN, words[main].lower(), *words[main + 1:]])]


_CAUSE_RE = re.compile(rf"^(?:{'|'.join(lex.EASY_CAUSE_OPENERS)})\s+", re.I)


def fronted_cause(piece: str) -> list[str]:
    """A sentence that opens with a cause ('Eftersom …,') before its main clause as two: the cause as a statement in a
    main clause's order and the main clause opened by 'Därför' (`lex.EASY_CAUSE_OPENERS`). Only where a comma ends
    the cause, the cause's subject is plain (sentence adverbs after it) with no clause inside it, and the main
    clause opens with its finite verb and a plain subject; never in a question or a quotation.

    >>> fronted_cause("Eftersom skolan inte har någon kurator i dag, får eleverna stöd av skolsköterskan varje vecka.")
    ['Skolan har inte någon kurator i dag.', 'Därför får eleverna stöd av skolsköterskan varje vecka.']

    A clause inside the cause, or a main clause that does not open with its verb, keeps the sentence whole:

    >>> fronted_cause("Eftersom eleverna som har hög frånvaro saknar stöd, behöver skolan en ny plan för närvaron.")
    ['Eftersom eleverna som har hög frånvaro saknar stöd, behöver skolan en ny plan för närvaron.']
    >>> fronted_cause("Eftersom skolan saknar kurator i dag, eleverna får stöd av skolsköterskan varje vecka.")
    ['Eftersom skolan saknar kurator i dag, eleverna får stöd av skolsköterskan varje vecka.']
    """
    opener = _CAUSE_RE.match(piece)
    if opener is None or len(piece.split()) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?"):
        return [piece]
    comma = piece.find(", ", opener.end())
    if comma < 0:
        return [piece]
    cause, main = piece[opener.end():comma].split(), piece[comma + 2:].split()
    if len(cause) < 3 or len(main) < 3:
        return [piece]
    verb = next((i for i in range(1, min(len(cause), _CONDITION_SUBJECT_WORDS + 2)) if is_finite_verb(cause[i])), None)
    if verb is None:
        return [piece]
    subject = cause[:verb]
    size = subject_size([w.lower() for w in subject]) or int(definite_n(subject[0]))
    if not size or any(w.lower() not in lex.SENTENCE_ADVERBS for w in subject[size:]) or \
            any(_SUBORDINATOR_RE.fullmatch(w.lower()) or w.lower() in lex.QUESTION_CLAUSE_OPENERS
                for w in cause[verb + 1:]):
        return [piece]
    after = [w.lower().strip(",.") for w in main[1:4]]
    if not is_finite_verb(main[0].lower()) or not (subject_size(after) or definite_n(after[0])):
        return [piece]
    first = subject[0] if subject[0][1:].islower() and subject_size_at_start(subject[:1]) and \
        subject[0].lower() not in lex.SUBJECT_PRONOUNS and not is_definite_noun(subject[0]) else subject[0].lower()
    said = " ".join([first, *subject[1:size], cause[verb], *subject[size:], *cause[verb + 1:]])
    return [f"{said[:1].upper()}{said[1:]}.", " ".join([lex.EASY_CAUSE_THEN, main[0].lower(), *main[1:]])]


# Words that make a sentence's opening noun phrase plural, whatever clause stands inside it ('Några av de områden som
# …', 'Många elever vi träffade …'; Svenska Akademiens grammatik: quantifiers and plural determiners).
_PLURAL_OPENERS = frozenset("några många alla flera dessa båda samtliga".split())


def plural_subject(piece: str) -> list[str]:
    """A sentence whose long plural subject (with a clause of its own inside) has two verbs joined by 'och' as two
    sentences, the second with 'De' for the subject (lättläst: one idea per sentence): 'Några av de områden som vi
    ska gå vidare med är redan påbörjade och har kommit olika långt.' -> '… är redan påbörjade.' and 'De har kommit
    olika långt.'. Only where the main verb is clear: the last finite verb before 'och' follows no 'som', 'att' or
    pronoun (which would make it the inner clause's verb), at most four words stand between it and 'och', and no
    verb follows the one after 'och'.

    >>> plural_subject("Några av de andra områden som vi ska gå vidare med är redan påbörjade och har kommit olika "
    ...                "långt.")
    ['Några av de andra områden som vi ska gå vidare med är redan påbörjade.', 'De har kommit olika långt.']
    >>> plural_subject("Alla elever som är trötta och har svårt att sova i skolan får extra stöd.")
    ['Alla elever som är trötta och har svårt att sova i skolan får extra stöd.']
    """
    words = piece.split()
    if len(words) <= SHORT_SENTENCE_WORDS or words[0].lower() not in _PLURAL_OPENERS or "”" in piece or '"' in piece:
        return [piece]
    m = _AND_VERB_RE.search(piece)
    if m is None or not is_finite_verb(m.group(1)):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
    left_words = left.split()
    verbs = [i for i, w in enumerate(left_words) if is_finite_verb(w.strip(",")) and
             not attributive(left_words[i - 1] if i else "", w)]
    if not verbs or not _SUBORDINATOR_RE.search(" ".join(left_words[:verbs[-1]])):
        return [piece]  # no clause inside the subject: `shared_subject` repeats a short subject itself
    last = verbs[-1]
    while len(verbs) > 1 and predicate_of(left_words, last, verbs[-2]):
        verbs.pop()  # 'är redan påbörjade': the participle belongs to the verb before it
        last = verbs[-1]
    before = left_words[last - 1].lower().strip(",")
    after = left_words[last + 1:]
    if before in ("som", "att") or _SUBORDINATOR_RE.fullmatch(before) or before in lex.SUBJECT_PRONOUNS or \
            not 1 <= len(after) <= 4 or _SUBORDINATOR_RE.search(" ".join(after)) or "," in " ".join(after) or \
            len(right.split()) < 3 or has_verb(" ".join(right.split()[1:])):
        return [piece]
    return [left + ("" if left.endswith((".", "!", "?")) else "."), f"De {right}"]


_RELATIVE_RE = re.compile(r",\s+som\s+|\s+vars\s+", re.I)


def relative_clause(piece: str) -> list[str]:
    """A long sentence that ends in a relative clause as two: '…, som …' -> '….' and 'De/Den/Det …' (or the noun
    repeated), '… vars …' -> '….' and 'Dess/Deras …'. A restrictive 'som' (no comma) picks out which thing is
    meant and stays; so does a clause inside a quotation or one whose main clause has no verb of its own.

    >>> relative_clause("Vi samarbetar med socialtjänsten, som har ansvar för stödet till familjer.")
    ['Vi samarbetar med socialtjänsten.', 'Socialtjänsten har ansvar för stödet till familjer.']
    >>> relative_clause("Skolan har en sammanhållen utbildning vars kurser stärker elevernas lärande.")
    ['Skolan har en sammanhållen utbildning.', 'Dess kurser stärker elevernas lärande.']
    """
    m = _RELATIVE_RE.search(piece)
    if m is None or len(piece.split()) <= SHORT_SENTENCE_WORDS:
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
    if left.count("”") % 2 or left.count('"') % 2 or len(left.split()) < 3 or len(right.split()) < 3 or \
            not _clause_ends(left) or not has_verb(right) or is_finite_verb(left.split()[-1]) or \
            _runs_into_main_verb(right) or not any(is_finite_verb(w.strip(",")) for w in left.split()):
        return [piece]
    words = left.split()
    noun, before = words[-1], (words[-2].lower() if len(words) > 1 else "")
    if not noun.isalpha():
        return [piece]
    end = "" if left.endswith((".", "!", "?")) else "."
    if len(words) > 2 and before in lex.PREPOSITIONS and is_noun(words[-3].strip(",")) and \
            not is_infinitive(words[-3]):
        # 'föräldrar i området, som …': 'som' may point at either noun. Where both take the same pronoun ('en
        # struktur för samverkan, som …' -> 'Den …') the pronoun points as 'som' did and the clause can go; a third
        # noun before them ('en plan för arbetet med frånvaro, som …') or a 'vars' keeps the sentence whole, and so
        # does 'det', which a reader may take for the empty subject ('Det bedömer om …').
        first = pronoun_of(words[-3].strip(","), words[-4].lower() if len(words) > 3 else "")
        if "vars" in m.group(0).lower() or first not in ("den", "de") or first != pronoun_of(noun, "") or \
                (len(words) > 3 and words[-4].lower() in lex.PREPOSITIONS):
            return [piece]
        return [left + end, f"{first[:1].upper()}{first[1:]} {_in_main_order(right)}"]
    if "vars" in m.group(0).lower():
        owner = "deras" if is_plural(noun, before) else "dess"
        return [left + end, f"{owner[:1].upper()}{owner[1:]} {right}"]
    if noun[:1].isupper() or is_definite_noun(noun):
        subject = noun  # the noun repeated: 'socialtjänsten, som …' -> 'Socialtjänsten …'
    elif is_plural(noun, before):
        subject = "de"
    elif before in ("ett", "något", "detta") or (noun.endswith("et") and before not in ("en", "någon", "denna")):
        subject = "det"
    elif before in ("en", "någon", "denna"):
        subject = "den"
    else:
        return [piece]  # neither article nor ending tells which pronoun: the sentence stays whole
    return [left + end, f"{subject[:1].upper()}{subject[1:]} {_in_main_order(right)}"]


def _runs_into_main_verb(clause: str) -> bool:
    """The words after 'som'/'vars' hold a second finite verb with nothing between that opens a clause of its own (no
    conjunction, comma or subordinator): the relative clause stands inside the subject and that verb is the main
    clause's ('Två kollegor vars pojkar har låga resultat känner sig uthängda'), so cutting at 'vars' would give the
    main verb to the wrong subject ('Deras pojkar har låga resultat känner sig …', trial 26 E1).

    >>> _runs_into_main_verb("pojkar har låga resultat känner sig uthängda")
    True
    >>> _runs_into_main_verb("kurser stärker elevernas lärande och gör dem trygga")
    False
    """
    words = clause.split()
    finite = [k for k, w in enumerate(words) if is_finite_verb(w.strip(",."))]
    for a, b in zip(finite, finite[1:], strict=False):
        between = words[a + 1:b]
        if not any(w.endswith(",") for w in words[a:b]) and \
                not any(w.lower() in lex.CONJUNCTIONS or _SUBORDINATOR_RE.fullmatch(w.lower()) for w in between):
            return True
    return False


_SUBJECT_ASIDE_RE = re.compile(r"^(?P<subject>[^,]{3,80}?),\s+som\s+(?P<clause>[^,]{6,}?),\s+(?P<verb>[a-zåäö]+)\s+"
                               r"(?P<rest>\S.*)$")


def subject_aside_relative(piece: str) -> list[str]:
    """A sentence whose subject carries a relative clause between commas (it tells more about the subject, it does not
    pick it out) as two: the subject with what the clause says, then a pronoun with the main clause (lättläst: one
    idea per sentence, no clause to read past between subject and verb): 'Den externa utvärderingen, som genomfördes
    av tre forskare, lyfter fram X.' -> 'Den externa utvärderingen genomfördes av tre forskare.' and 'Den lyfter fram
    X.'. Both say what the sentence said. Only where the words before the comma are a subject of one noun phrase (no
    verb, no preposition: 'som' could point at either noun of 'resultatet av studien, som …'), its last word is a
    definite noun or a name, its pronoun is told by its form, the clause has a verb of its own and a finite verb opens
    the main clause after it; never in a question or a quotation.

    >>> subject_aside_relative("Den externa utvärderingen, som genomfördes av tre följeforskare vid Linköpings "
    ...                        "universitet, lyfter särskilt fram hur arbetet utgår från eleverna.")
    ['Den externa utvärderingen genomfördes av tre följeforskare vid Linköpings universitet.', 'Den lyfter särskilt \
fram hur arbetet utgår från eleverna.']
    >>> subject_aside_relative("Resultatet av studien, som gjordes i fyra kommuner, visar att fler elever klarar "
    ...                        "skolan.")
    ['Resultatet av studien, som gjordes i fyra kommuner, visar att fler elever klarar skolan.']
    """
    m = _SUBJECT_ASIDE_RE.match(piece.strip())
    if m is None or len(piece.split()) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?"):
        return [piece]
    subject, clause, verb = m.group("subject").split(), m.group("clause"), m.group("verb")
    if any(is_finite_verb(w) or w.lower() in lex.PREPOSITIONS or not w.isalpha() for w in subject) or \
            not is_finite_verb(verb) or not has_verb(clause) or _SUBORDINATOR_RE.match(m.group("rest")):
        return [piece]
    noun = subject[-1]
    if not (is_definite_noun(noun.lower()) or noun[:1].isupper() and len(subject) == 1):
        return [piece]
    pronoun = pronoun_of(noun, subject[-2].lower() if len(subject) > 1 else "") if not noun[:1].isupper() else None
    if pronoun is None:
        if len(subject) > 1:
            return [piece]
        pronoun = noun  # a name is said again: 'Skolverket, som …, har …' -> 'Skolverket …' and 'Skolverket har …'
    said = clause.split()
    if said[0].lower() in ("inte", "ej", "aldrig") and len(said) > 2 and is_finite_verb(said[1].strip(",.")):
        ordered: list[str] | None = [said[1], said[0], *said[2:]]  # between commas a negation tells, not defines
    else:
        ordered = said if is_finite_verb(said[0].strip(",.")) or is_past_passive(said[0].strip(",.")) else \
            _relative_main_order(said)
    if ordered is None:
        return [piece]
    first = " ".join(subject) + " " + " ".join(ordered).rstrip(" .") + "."
    second = f"{pronoun[:1].upper()}{pronoun[1:]} {verb} {m.group('rest')}"
    return [first, second]


def _in_main_order(clause: str) -> str:
    """A relative clause's words after 'som' with the verb before its adverbs, as a main clause has it ('ofta har
    ansvar' -> 'har ofta ansvar'); as they stand where no verb follows the adverbs."""
    ordered = _relative_main_order(clause.split())
    return " ".join(ordered) if ordered is not None else clause


_NEW_THING_WORDS = 14  # a sentence of more words than this says a new thing and its relative clause apart


def new_thing_relative(piece: str) -> list[str]:
    """A long sentence whose main clause ends in a new thing ('en'/'ett', at most two words, its noun) and a relative
    clause about it as two, the clause with 'Den'/'Det' for its subject (a person's noun repeated, definite:
    'Kuratorn'; lättläst: one idea per sentence). An indefinite noun is new to the reader, so its
    clause tells more about it rather than picking out which one is meant (the restrictive 'de elever som …',
    definite, stays whole). Only where 'som' is the clause's subject (its verb follows), the noun is an object or
    follows a preposition (a subject's clause would take the main verb with it), the main clause has a verb of its
    own before it, and no subordinate opener, question or quotation surrounds it.

    >>> new_thing_relative("Förvaltningen har tagit fram en gemensam plan som ska gälla för alla skolor i kommunen.")
    ['Förvaltningen har tagit fram en gemensam plan.', 'Den ska gälla för alla skolor i kommunen.']
    >>> new_thing_relative("Det är skolans ansvar att ge eleverna en sådan miljö som gör att alla kan lära sig.")
    ['Det är skolans ansvar att ge eleverna en sådan miljö som gör att alla kan lära sig.']
    >>> new_thing_relative("Hon säger att synsättet i kommunen är att ett barn som inte går i skolan far illa.")
    ['Hon säger att synsättet i kommunen är att ett barn som inte går i skolan far illa.']
    >>> new_thing_relative("Stöd gavs även till en skola i kommunen som dock ville avbryta på grund av tidsbrist.")
    ['Stöd gavs även till en skola i kommunen som dock ville avbryta på grund av tidsbrist.']
    >>> new_thing_relative("Kommunen gav även stöd till en högstadieskola som dock ville avbryta arbetet redan i våras.")
    ['Kommunen gav även stöd till en högstadieskola.', 'Den ville dock avbryta arbetet redan i våras.']
    >>> new_thing_relative("Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan.")
    ['Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan.']

    A person is named again, not called 'den' as a thing is:
    >>> new_thing_relative("Skolan har anställt en kurator som arbetar med elevernas hälsa och trygghet i hela skolan.")
    ['Skolan har anställt en kurator.', 'Kuratorn arbetar med elevernas hälsa och trygghet i hela skolan.']
    """
    words = piece.split()
    if len(words) <= _NEW_THING_WORDS or "”" in piece or '"' in piece or piece.rstrip().endswith("?") or \
            _OPENS_SUBORDINATE_RE.match(piece):
        return [piece]
    for at, word in enumerate(words):
        if word.lower() != "som" or at < 4 or len(words) - at - 1 < 3:
            continue
        start = next((i for i in range(at - 2, max(at - 5, -1), -1) if words[i].lower() in ("en", "ett")), None)
        if start is None or not takes_object(words[start - 1].lower().strip(",")):
            continue  # 'att ett barn som inte går i skolan far illa': the noun is a subject, its verb comes later
        between = [w.lower() for w in words[start + 1:at]]
        if any(not w.isalpha() or w in lex.PREPOSITIONS or w in lex.COMPARING_DETERMINERS or w in FUNCTION_WORDS
               for w in between) or not is_noun(between[-1]):
            continue
        # 'en elevhälsa som arbetar med frånvaro och som träffar …': two clauses about the new thing, each a
        # sentence of its own with the pronoun (lättläst: one idea per sentence); a third 'och som' keeps all whole.
        parts = _SECOND_RELATIVE_RE.split(" ".join(words[at + 1:]))
        if len(parts) > 2:
            continue
        clauses = [_relative_main_order(p.split()) for p in parts]
        if any(c is None for c in clauses):
            continue
        left = " ".join(words[:at]).rstrip(",")
        if len(words[:start]) < 3 or not has_verb(" ".join(words[:start])):
            continue
        person = person_definite(words[at - 1])  # 'en kurator som arbetar …' -> 'Kuratorn arbetar …'
        pronoun = person[:1].upper() + person[1:] if person else "Den" if words[start].lower() == "en" else "Det"
        said = [f"{pronoun} {' '.join(c)}" for c in clauses if c is not None]
        return [left + ".", *(f"{c.rstrip(' ,')}." for c in said[:-1]), said[-1]]
    return [piece]


def known_thing_relative(piece: str) -> list[str]:
    """A long sentence that ends in a thing named in full ('de fem framgångsfaktorerna', 'den nya planen': 'de'/'den'/
    'det', a figure or an adjective, the noun in its definite form) and a relative clause that tells what happened to
    it, as two: the thing, then 'De'/'Den'/'Det' and what happened ('… efter de fem framgångsfaktorerna som togs fram
    i projektet.' -> '… efter de fem framgångsfaktorerna.' and 'De togs fram i projektet.'; lättläst: one idea per
    sentence). The doubly definite noun is known without the clause, so splitting it off picks out no other thing;
    'de elever som …' (no definite ending) and a present rule ('den plan som gäller') stay whole, and so do a negated
    clause, a clause that goes on past its verb phrase (a comma, another clause) and a question or quotation.

    >>> known_thing_relative("Något annat som bestått är arbetet med denna målgrupp efter de fem framgångsfaktorerna "
    ...                      "som togs fram i de lokala projekten.")
    ['Något annat som bestått är arbetet med denna målgrupp efter de fem framgångsfaktorerna.', 'De togs fram i de \
lokala projekten.']
    >>> known_thing_relative("Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan.")
    ['Vi har bjudit in de elever som saknar godkända betyg i matematik till sommarskolan.']
    >>> known_thing_relative("Skolorna arbetar varje vecka efter den gemensamma planen som gäller för alla skolor.")
    ['Skolorna arbetar varje vecka efter den gemensamma planen som gäller för alla skolor.']
    """
    words = piece.split()
    if len(words) <= _NEW_THING_WORDS or "”" in piece or '"' in piece or piece.rstrip().endswith("?") or \
            _OPENS_SUBORDINATE_RE.match(piece):
        return [piece]
    at = next((i for i in range(len(words) - 1, 3, -1) if words[i].lower() == "som"), None)
    if at is None:
        return [piece]
    noun = words[at - 1].strip(",")
    start = next((i for i in (at - 2, at - 3) if words[i].lower() in ("de", "den", "det")), None)
    if start is None or not noun.isalpha() or not (is_definite_noun(noun.lower()) or noun.lower().endswith("na")):
        return [piece]
    between = [w.lower() for w in words[start + 1:at - 1]]
    if not between or any(not (w.isdigit() or w in lex.CARDINALS or (w.isalpha() and not is_noun(w) and
                                                                    w not in lex.PREPOSITIONS)) for w in between):
        return [piece]  # 'de fem framgångsfaktorerna', 'den nya planen': a figure or an adjective makes it known
    clause = words[at + 1:]
    ordered = _relative_main_order(clause)
    right = " ".join(clause)
    if ordered is None or len(clause) < 3 or "," in right or _SUBORDINATOR_RE.search(right) or \
            not (_tells_past(ordered, 0) or ordered[0].lower().removesuffix("s") in lex.STRONG_PAST_FORMS) or \
            not has_verb(" ".join(words[:start])) or len(words[:start]) < 3:
        return [piece]  # ('togs', 'gavs': a strong past's passive tells what happened too)
    pronoun = words[start].lower()
    return [" ".join(words[:at]).rstrip(",") + ".", f"{pronoun[:1].upper()}{pronoun[1:]} {' '.join(ordered)}"]


# A second relative clause about the same noun: '… som arbetar med frånvaro och som träffar …'.
_SECOND_RELATIVE_RE = re.compile(r",?\s+och som\s+", re.I)


def _relative_main_order(clause: list[str]) -> list[str] | None:
    """The words of a relative clause after its 'som' (the subject) in a main clause's order, for a sentence that
    opens with a pronoun for 'som': 'dock ville …' -> 'ville dock …'. None where 'som' is no subject (no
    finite verb within a sentence adverb of it), the clause is a negation (which defines: 'ett barn som inte går i
    skolan') or too short to stand alone.

    >>> _relative_main_order("dock ville avbryta".split()), _relative_main_order("inte går i skolan".split())
    (['ville', 'dock', 'avbryta'], None)
    >>> " ".join(_relative_main_order("även idag används i kommunen".split()))
    'används även idag i kommunen'
    """
    if len(clause) < 2 or clause[0].lower() in ("inte", "ej", "aldrig"):
        return None
    verb = next((i for i in range(min(_ADVERBS_BEFORE_VERB + 1, len(clause)))
                 if clause[i].lower() not in lex.SENTENCE_ADVERBS and clause[i].lower() not in lex.AMOUNT_TIME_ADVERBS),
                None)
    if verb is None or not (is_finite_verb(clause[verb].strip(",.")) or is_past_passive(clause[verb].strip(",."))):
        return None
    return [clause[verb], *clause[:verb], *clause[verb + 1:]]


# 'som även idag används …': a relative clause's adverbs stand before its verb, a main clause's after it.
_ADVERBS_BEFORE_VERB = 2


# An inner clause's words that may stand between the relative clause's verb and the main verb: an infinitive
# marker ('för att kunna rikta') opens no clause of its own.
_NESTED_CLAUSE_RE = re.compile(r"\b(?:som|när|om|eftersom|medan|där|vars|vilka|vilket|vilken|hur|vad|varför|vem|"
                               r"innan|tills|ifall|då)\b", re.I)


def _tells_past(words: list[str], at: int) -> bool:
    """The finite verb at `at` tells what happened: a past form ('ledde', 'gjordes', 'blev') or 'har'/'hade' with a
    supine after it ('har testats', 'hade fått')."""
    low = words[at].lower().strip(",.")
    if low in ("har", "hade"):
        return any(is_supine(w) or (w.endswith("s") and is_supine(w[:-1]))  # 'har gjorts', 'har testats'
                   for w in (w.lower().strip(",.") for w in words[at + 1:at + 4]))
    return low in lex.STRONG_PAST_FORMS or is_past_passive(low) or (low.endswith(("ade", "de", "te")) and
                                                                      is_finite_verb(low))


def subject_relative(piece: str) -> list[str]:
    """A sentence whose subject carries a relative clause before the main verb as two, the main clause first and the
    relative clause after it with a pronoun for the subject (lättläst: one idea per sentence, the reader does not
    hold the subject over a clause): 'En förstärkt analys som ska ge en djupare bild av skolans behov har gjorts på
    alla skolor.' -> 'En förstärkt analys har gjorts på alla skolor.' and 'Den ska ge en djupare bild av skolans
    behov.'. Only where the subject opens the sentence with 'en' or 'ett' (one new thing, and the pronoun it takes),
    the main verb is clear (a later finite verb after no 'och', comma or clause word) and tells what happened (past
    or perfect), and both sentences keep three words or more; never in a question or a quotation. A present rule
    ('En elev som saknar betyg får stöd') stays whole: split, it would say that any pupil gets support.

    >>> subject_relative("En förstärkt analys som ska ge en djupare bild av skolans behov har gjorts på alla skolor.")
    ['En förstärkt analys har gjorts på alla skolor.', 'Den ska ge en djupare bild av skolans behov.']
    >>> subject_relative("Ett nytt arbetssätt som bygger på samverkan har testats på två skolor i kommunen.")
    ['Ett nytt arbetssätt har testats på två skolor i kommunen.', 'Det bygger på samverkan.']
    >>> subject_relative("En elev som sa att hon inte trivdes fick stöd av elevhälsan direkt.")  # a clause inside
    ['En elev som sa att hon inte trivdes fick stöd av elevhälsan direkt.']
    >>> subject_relative("En elev som saknar godkända betyg i svenska får stöd av elevhälsan.")
    ['En elev som saknar godkända betyg i svenska får stöd av elevhälsan.']
    """
    words = piece.split()
    if len(words) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or piece.rstrip().endswith("?"):
        return [piece]
    at = next((i for i, w in enumerate(words[:5]) if w.lower() == "som"), None)
    if at is None or at < 2 or any(not w.isalpha() or is_finite_verb(w) for w in words[:at]):
        return [piece]
    first, noun = words[0].lower(), words[at - 1]
    if first not in ("en", "ett") or not is_noun(noun) or any(w.lower() in lex.PREPOSITIONS for w in words[1:at]):
        return [piece]  # 'En del av de elever som …': which noun 'som' points at is not clear
    pronoun = "den" if first == "en" else "det"
    verbs = [i for i in range(at + 1, len(words)) if (is_finite_verb(words[i].strip(",.")) or
             is_past_passive(words[i].strip(",."))) and not attributive(words[i - 1], words[i])]
    # After the inner clause's verb, a present '-s' form may be a genitive ('varje skolas behov'); the main verb, which
    # tells what happened, is no such form.
    later = [i for i in verbs[1:] if not (words[i].endswith("s") and not is_past_passive(words[i]))]
    if not verbs or not later:
        return [piece]
    inner, main = verbs[0], later[0]
    if not _tells_past(words, main):
        return [piece]  # 'En elev som saknar betyg får stöd': a rule for any such pupil, not one pupil and her story
    between = " ".join(words[inner + 1:main])
    before = words[main - 1]
    if before.endswith(",") or before.lower() in ("och", "eller", "samt", "men", "att", "som") or \
            before.lower() in lex.SUBJECT_PRONOUNS or _NESTED_CLAUSE_RE.search(between) or "," in between or \
            re.search(r"\batt$", between) or \
            any(not is_infinitive(m.group(1)) for m in re.finditer(r"\batt\s+(\S+)", between)):
        return [piece]  # the later verb may be an inner clause's ('som säger att hon inte trivs får …')
    main_clause = " ".join(words[:at] + words[main:])
    relative = " ".join(words[at + 1:main])
    if len(words[main:]) < 3 or len(relative.split()) < 3:
        return [piece]
    end = "" if main_clause.endswith((".", "!", "?")) else "."
    return [main_clause + end, f"{pronoun[:1].upper()}{pronoun[1:]} {relative}."]


_WHERE_RE = re.compile(r",?\s+där\s+", re.I)
_WHERE_SUBJECT_WORDS = 3  # 'där praktiknära forskning är …': a subject of a few words, then its verb


def where_clause(piece: str) -> list[str]:
    """A long sentence whose last clause opens with 'där' after a noun ('… en grupp där eleverna får läxhjälp …') as
    two, the second a main clause that opens with 'Där' and puts its verb before its subject (lättläst: one idea per
    sentence): '… en grupp.' and 'Där får eleverna läxhjälp …'. Only where the main clause has a verb of its own,
    'där' follows a noun, a subject of at most three words (no verb, preposition or clause word) comes before the
    clause's finite verb and three words or more follow; never in a question, a quotation or a sentence that opens
    with a subordinate clause, whose 'där' may belong to it.

    >>> where_clause("Vi har startat en ny läxgrupp där lärarna ger läxhjälp två eftermiddagar i veckan.")
    ['Vi har startat en ny läxgrupp.', 'Där ger lärarna läxhjälp två eftermiddagar i veckan.']

    A sentence adverb stays after the subject ('där eleverna inte får' -> 'Där får eleverna inte'):

    >>> where_clause("Skolan har tagit fram en ny modell där eleverna inte får välja sina egna kurser.")
    ['Skolan har tagit fram en ny modell.', 'Där får eleverna inte välja sina egna kurser.']

    A clause that picks out which things are meant (a plural, after a denial) stays with them, and so does a short
    sentence:

    >>> where_clause("Stödet ska ges till skolor i hela kommunen där eleverna har låga resultat i matematik.")
    ['Stödet ska ges till skolor i hela kommunen där eleverna har låga resultat i matematik.']
    >>> where_clause("Det saknas ett gemensamt arbete där skillnader mellan klasserna synliggörs och granskas.")
    ['Det saknas ett gemensamt arbete där skillnader mellan klasserna synliggörs och granskas.']
    >>> where_clause("Målet är att bidra till en bra utbildning i en trygg miljö där alla elever når målen.")
    ['Målet är att bidra till en bra utbildning i en trygg miljö där alla elever når målen.']
    >>> where_clause("Vi har en grupp där alla får hjälp.")
    ['Vi har en grupp där alla får hjälp.']
    """
    words = piece.split()
    if len(words) <= 12 or "”" in piece or '"' in piece or piece.rstrip().endswith("?") or \
            _OPENS_SUBORDINATE_RE.match(piece) or FRONT_SUBORDINATE_RE.match(piece):
        return [piece]
    m = _WHERE_RE.search(piece)
    if m is None or _WHERE_RE.search(piece, m.end()) is not None:
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():].split()
    before = left.split()
    if len(before) < 3 or not is_noun(before[-1].strip(",")) or not has_verb(left) or not _clause_ends(left) or \
            any(w.lower() in lex.EASY_WHERE_DENIED for w in WORD_RE.findall(left)) or \
            any(is_infinitive(a.group(1)) for a in re.finditer(r"\batt\s+(\w+)", left, re.I)):
        return [piece]
    # The noun is a new thing ('en'/'ett', at most two words before it, none a preposition) after a verb or a
    # preposition, as in `new_thing_relative`: the clause then tells more about it. A plural or definite noun ('till
    # skolor där …') is picked out by the clause, and a thing wished for ('att skapa en miljö där …') is not there yet:
    # both stay whole.
    start = next((i for i in range(len(before) - 2, max(len(before) - 5, 0), -1)
                  if before[i].lower() in ("en", "ett")), None)
    if start is None or not takes_object(before[start - 1].lower().strip(",")) or \
            any(not w.isalpha() or w.lower() in lex.PREPOSITIONS or w.lower() in FUNCTION_WORDS
                for w in before[start + 1:]):
        return [piece]
    verb = next((i for i, w in enumerate(right[:_WHERE_SUBJECT_WORDS + 3]) if is_finite_verb(w.strip(",.")) or
                 is_past_passive(w.strip(",."))), None)
    if verb is None or len(right) - verb < 3:
        return [piece]
    adverbs = 0
    while adverbs < verb and right[verb - 1 - adverbs].lower() in lex.SENTENCE_ADVERBS:
        adverbs += 1
    subject = right[:verb - adverbs]
    if not 1 <= len(subject) <= _WHERE_SUBJECT_WORDS or \
            any(not w.isalpha() or w.lower() in lex.PREPOSITIONS or w.lower() in FUNCTION_WORDS or
                is_finite_verb(w) for w in subject):
        return [piece]
    said = ["Där", right[verb], *subject, *right[verb - adverbs:verb], *right[verb + 1:]]
    return [left + ".", " ".join(said)]


# 'och' before a second subject that contrasts with the first ('en annan grupp', 'de andra skolorna') and no verb of
# its own: the verb of the first clause is understood (gapping, Svenska Akademiens grammatik).
_GAPPED_RE = re.compile(r",?\s+och\s+(?P<subject>(?:en annan|ett annat|den andra|det andra|de andra|andra|en tredje|"
                        r"ett tredje)\s+[a-zåäö]+)\s+(?P<rest>(?:med|på|i|för|om|av|till|inom|mot|kring)\s+.+)$", re.I)


def gapped_verb(piece: str) -> list[str]:
    """Two clauses of which the second leaves out the verb ('En grupp arbetar med ledning och en annan grupp med
    inkludering.') as two sentences, the verb said again (lättläst: one idea per sentence, nothing left for the
    reader to fill in): 'En grupp arbetar med ledning.' and 'En annan grupp arbetar med inkludering.'. Only where
    the first clause has one finite verb among its first five words, a preposition right after it and no inner
    clause, and the second has no verb; never in a quotation or a question.

    >>> gapped_verb("En grupp av lärarna arbetar med ledning och stimulans och en annan grupp med inkludering.")
    ['En grupp av lärarna arbetar med ledning och stimulans.', 'En annan grupp arbetar med inkludering.']
    >>> gapped_verb("Skolan samarbetar med polisen och en annan grupp med föräldrar som vill hjälpa till.")
    ['Skolan samarbetar med polisen och en annan grupp med föräldrar som vill hjälpa till.']
    """
    m = _GAPPED_RE.search(piece)
    if m is None or len(piece.split()) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or \
            piece.rstrip().endswith("?") or has_verb(m.group("rest")):
        return [piece]
    left = piece[:m.start()]
    words = left.split()
    verbs = [i for i, w in enumerate(words) if is_finite_verb(w.strip(",")) and
             not attributive(words[i - 1] if i else "", w)]
    if len(verbs) != 1 or not 1 <= verbs[0] <= 4 or _SUBORDINATOR_RE.search(left) or verbs[0] + 1 == len(words) or \
            words[verbs[0] + 1].lower() not in lex.PREPOSITIONS:
        return [piece]  # 'ska arbeta med …' leaves out two verbs: one said again would not do
    subject = m.group("subject")
    return [left.rstrip(" ,") + ".", f"{subject[:1].upper()}{subject[1:]} {words[verbs[0]]} {m.group('rest')}"]


# An aside between two commas that says what a noun is about ('gruppens sammansättning, avseende vilka som …, är
# avgörande'), and the finite verb of the main clause right after it; 'om' only before a question word ('om vilka'),
# not as 'if' ('om det behövs').
_ASIDE_RE = re.compile(r",\s+(?P<aside>(?:avseende|gällande|rörande|beträffande|om(?=\s+(?:vilka|vilken|vilket|hur|"
                       r"vad|varför)\b))\s+[^,;:()”\"]+),\s+(?P<verb>[a-zåäö]+)\s", re.I)


def inserted_aside(piece: str) -> list[str]:
    """A sentence with an aside between commas that says what its subject is about, before the main verb, as two:
    the sentence without the aside, then the aside as 'Det gäller …' (lättläst: one idea per sentence, no clause to
    read past in the middle of another): 'Gruppens sammansättning, om vilka som har hög frånvaro, är avgörande för
    stödet.' -> 'Gruppens sammansättning är avgörande för stödet.' and 'Det gäller vilka som har hög frånvaro.'.
    Only where a finite verb follows the aside and the words before it read as a subject; never in a quotation.

    >>> inserted_aside("Gruppens sammansättning, om vilka elever som har hög frånvaro och varför, är avgörande för "
    ...                "vilket stöd som behövs.")
    ['Gruppens sammansättning är avgörande för vilket stöd som behövs.', 'Det gäller vilka elever som har hög \
frånvaro och varför.']
    >>> inserted_aside("Skolan ska, om det behövs, kontakta socialtjänsten samma dag som frånvaron upptäcks.")
    ['Skolan ska, om det behövs, kontakta socialtjänsten samma dag som frånvaron upptäcks.']
    """
    m = _ASIDE_RE.search(piece)
    if m is None or len(piece.split()) <= SHORT_SENTENCE_WORDS or "”" in piece or '"' in piece or \
            not is_finite_verb(m.group("verb")) or len(m.group("aside").split()) < 3:
        return [piece]
    left = piece[:m.start()]
    if len(left.split()) < 2 or left.count(",") or not is_noun(left.split()[-1]):
        return [piece]  # the words before the aside end in a noun it is about
    aside = re.sub(r"^(?:avseende|gällande|rörande|beträffande|om)\s+", "", m.group("aside"), flags=re.I)
    main = f"{left} {piece[m.start('verb'):]}"
    return [main, f"Det gäller {aside.rstrip(' .')}."]


def by_means(piece: str) -> list[str]:
    """A long sentence with its means at the end as two: 'Skolan har minskat frånvaron genom att mentorn ringer
    hem.' -> 'Skolan har minskat frånvaron.' and 'Det görs genom att mentorn ringer hem.' (lättläst: one idea per
    sentence). Only after a whole clause, and not inside a quotation or a question.

    >>> by_means("Arbetet har bedrivits mellan skolan och socialtjänsten genom att gemensamma möten har hållits "
    ...          "varje månad under hela läsåret.")
    ['Arbetet har bedrivits mellan skolan och socialtjänsten.', 'Det har gjorts genom att gemensamma möten har hållits \
varje månad under hela läsåret.']
    >>> by_means("Genom att ringa hem samma dag kan mentorn minska frånvaron bland eleverna i klassen.")[0][:5]
    'Genom'
    """
    m = lex.EASY_MEANS_RE.search(piece)
    if m is None or len(piece.split()) <= 2 * SHORT_SENTENCE_WORDS or "”" in piece or piece.rstrip().endswith("?"):
        return [piece]
    left, right = piece[:m.start()].rstrip(" ,"), piece[m.end():]
    if len(left.split()) < 5 or len(right.split()) < 3 or not has_verb(left) or not _clause_ends(left) or \
            _SUBORDINATOR_RE.search(left.split()[-1]):
        return [piece]
    return [left + ".", f"{_means_lead(left)} genom att {right}"]


def _means_lead(clause: str) -> str:
    """'Det görs' in the tense (or with the modal) of the clause's first finite verb: the means said in a sentence of
    its own happens when the clause does ('Skolan minskade frånvaron' -> 'Det skedde', 'kan minska' -> 'Det kan
    göras', 'har minskat' -> 'Det har gjorts').

    >>> [_means_lead(c) for c in ("Skolan minskade frånvaron", "Skolan kan minska frånvaron",
    ...                           "Skolan har minskat frånvaron", "Skolan minskar frånvaron", "Skolan gav stöd",
    ...                           "Mentorn ledde arbetet")]
    ['Det skedde', 'Det kan göras', 'Det har gjorts', 'Det görs', 'Det skedde', 'Det skedde']

    A modal or 'har' without a verb after it is the clause's own verb, and keeps only its tense ('Eleverna får stöd'
    -> 'Det görs', not 'Det får göras'; 'Skolan hade ett nära samarbete' -> 'Det skedde', not 'Det hade gjorts'):

    >>> [_means_lead(c) for c in ("Eleverna får stöd", "Eleverna fick stöd", "Skolan har ett nära samarbete",
    ...                           "Skolan hade ett samarbete", "Skolan kan inte minska frånvaron", "Arbetet har bedrivits")]
    ['Det görs', 'Det skedde', 'Det görs', 'Det skedde', 'Det kan göras', 'Det har gjorts']
    """
    words = WORD_RE.findall(clause)
    for i, w in enumerate(words):
        low = w.lower()
        if not (is_finite_verb(low) or is_past_passive(low)) or attributive(words[i - 1] if i else "", w):
            continue
        verb = next((v for v in words[i + 1:] if v.lower() not in lex.SENTENCE_ADVERBS), "")
        if low in lex.EASY_MEANS_MODALS and is_infinitive(verb):
            return f"Det {low} göras"
        if low in lex.EASY_MEANS_PERFECT and (is_supine(verb) or verb.endswith("s") and is_supine(verb[:-1])):
            return lex.EASY_MEANS_PERFECT[low]
        past = low in lex.STRONG_PAST_FORMS or is_past_passive(low) or low.endswith(("ade", "de", "te"))
        return "Det skedde" if past else "Det görs"
    return "Det görs"


def reported_clause(piece: str) -> list[str]:
    """A long sentence that reports what a source says or shows as two: the report, ending in 'detta:', and what it
    reports, as a sentence of its own (lättläst: one idea per sentence; a colon ends a sentence for the reader as for
    LIX). Only where the reported clause reads as a main clause too: a finite verb, and no sentence adverb before it
    ('att eleverna inte får …' keeps its 'att'), no quotation open across the cut.

    >>> reported_clause("Rapporten visar att elever med hög frånvaro behöver stöd från både skolan och "
    ...                 "socialtjänsten under hela läsåret.")
    ['Rapporten visar detta:', 'Elever med hög frånvaro behöver stöd från både skolan och socialtjänsten under hela \
läsåret.']
    >>> len(reported_clause("Rapporten visar att eleverna inte får det stöd som de har rätt till under hela läsåret."))
    1

    An adverb of degree goes after the verb, where a main clause has it:

    >>> reported_clause("Av skolans rapport för läsåret framgår att analysen av resultaten mer utgår från det som "
    ...                 "skolan själv kan påverka.")
    ['Av skolans rapport för läsåret framgår detta:', 'Analysen av resultaten utgår mer från det som skolan själv kan \
påverka.']

    A finding named by a longer subject (`_finding`) is said the same way; an aim ('är att' + an infinitive) is not:

    >>> reported_clause("Den gemensamma nämnaren för eleverna i rapporten är att alla har haft en hög frånvaro under "
    ...                 "flera år.")
    ['Den gemensamma nämnaren för eleverna i rapporten är detta:', 'Alla har haft en hög frånvaro under flera år.']
    >>> len(reported_clause("Syftet med insatsen är att öka kunskapen om frånvaro hos alla lärare och all personal "
    ...                     "på skolan."))
    1
    """
    reported = lex.EASY_REPORTING_RE.search(piece)
    m = reported or _finding(piece)
    if m is None or len(piece.split()) <= 2 * SHORT_SENTENCE_WORDS:
        return [piece]
    left, right = piece[:m.end()].rstrip(), piece[m.end():]
    left = left[: -len("att")].rstrip()
    words = right.split()
    if words and _verb_infinitive(words[0]) and not is_finite_verb(words[0].strip(",")):
        return [piece]  # 'Syftet är att öka …': an aim, no statement that reads as a main clause
    verb = next((i for i, w in enumerate(words) if is_finite_verb(w.strip(",.")) and
                 not attributive(words[i - 1] if i else "", w)), None)
    if len(left.split()) < 2 or len(words) < SHORT_SENTENCE_WORDS or verb is None or left.count("”") % 2 or \
            left.count('"') % 2 or any(w.lower().strip(",") in lex.SENTENCE_ADVERBS for w in words[:verb]) or \
            _SUBORDINATOR_RE.search(" ".join(words[:verb])) or lex.NEGATION_RE.search(left) or \
            _SUBORDINATOR_RE.search(left):
        return [piece]  # 'Det finns ingen forskning som visar att …', 'Om enkäten visar att …': no statement of it
    if verb >= 2 and words[verb - 1].lower() in lex.EASY_DEGREE_ADVERBS:  # 'analysen mer utgår' -> 'utgår mer'
        words[verb - 1], words[verb] = words[verb], words[verb - 1]
        right = " ".join(words)
    # what it reports may be a finding said the same way in turn ('Skolinspektionen lyfter fram att en central
    # utgångspunkt i arbetet är att …'; easy30)
    if right.lstrip()[:1] in ('”', '"'):
        return [piece]  # a quotation opens it ('att ”övergångar” är …'): its words stay as quoted, in lower case
    return [f"{left} detta:", *reported_clause(right[:1].upper() + right[1:])]


def _finding(piece: str) -> re.Match[str] | None:
    """'… är/var/blev att' after a subject that names a finding by a definite noun, with its article and adjectives
    before it or phrases opened by a preposition after it ('Den gemensamma nämnaren för eleverna i rapporten',
    'Resultatet i Karlskoga efter projektet'), at the start of a statement (`lex.EASY_FINDING_RE`); None where the
    words before hold a verb, a clause word, a figure or a comma, or open with no definite noun.

    >>> _finding("Den gemensamma nämnaren för eleverna är att alla har haft hög frånvaro.") is not None
    True
    >>> _finding("En central utgångspunkt i arbetet är att gruppen är olika.") is not None  # an indefinite one too
    True
    >>> [_finding(s) for s in ("Det viktiga är att alla har fått stöd.", "Skolan som vi besökte var att alla …",
    ...                        "Vi vet nu att alla har fått stöd.", "Var det så att alla har fått stöd?")]
    [None, None, None, None]
    """
    m = lex.EASY_FINDING_RE.search(piece)
    if m is None or piece.rstrip().endswith("?"):
        return None
    words = piece[:m.start()].split()
    if not 1 <= len(words) <= lex.EASY_FINDING_SUBJECT_WORDS or not words[0][:1].isupper() or \
            any(not w.isalpha() or is_finite_verb(w) or is_past_passive(w) or w.lower() in FUNCTION_WORDS
                for w in words):
        return None
    head = 0
    if words[0].lower() in ("den", "det", "de"):  # the article and up to two adjectives before the noun
        head = next((k for k in range(1, min(4, len(words))) if is_definite_noun(words[k].lower())), 0)
        if not head or any(w.lower() in lex.PREPOSITIONS for w in words[1:head]):
            return None
    elif words[0].lower() in ("en", "ett"):  # easy30: 'En central utgångspunkt i arbetet är att …' (trial 30, E1)
        # the noun is the last word before the first preposition, after at most two adjectives
        head = next((k for k in range(1, len(words)) if words[k].lower() in lex.PREPOSITIONS), len(words)) - 1
        return m if 1 <= head <= 3 and is_noun(words[head].lower()) else None
    if not is_definite_noun(words[head].lower()) or \
            (len(words) > head + 1 and words[head + 1].lower() not in lex.PREPOSITIONS):
        return None
    return m


_PAREN_ANY_RE = re.compile(rf"\s*\((?!{lex.DRAFT_MARK_ALTERNATION})([^()]{{1,200}})\)")
EXAMPLE_RE = re.compile(r"^(?:t\.ex\.|till exempel|exempelvis|bland annat|bl\.a\.)\s+", re.I)


def parentheses_out(text: str) -> str:
    """A long parenthesis (more than three words) taken out of its sentence and put after it as a sentence of
    its own (lättläst avoids asides inside a sentence); a short one ('(SSPF)', '(t.ex. LUPP)') and one with
    figures stay where they are, and a reference to the literature ('(Johansson, 2019)') is left out.

    >>> parentheses_out("Det viktiga är uthållighet (tid, tålamod, håll i och håll ut) i arbetet.")
    'Det viktiga är uthållighet i arbetet. Det handlar om tid, tålamod, håll i och håll ut.'
    >>> parentheses_out("I kommunens (och kanske hela landets) arbete är analys viktig.")
    'I kommunens (och kanske hela landets) arbete är analys viktig.'

    A reference to the literature is left out (`lex.EASY_REFERENCE_RE`); a year or a figure of the text's own stays:

    >>> parentheses_out("Avbrott leder till sociala kostnader (Owens och Ek, 2004; Skolverket, 2010a).")
    'Avbrott leder till sociala kostnader.'
    >>> parentheses_out("Planen gäller från hösten (augusti 2024) för alla skolor.")
    'Planen gäller från hösten (augusti 2024) för alla skolor.'
    """
    moved: list[str] = []

    def take(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        if lex.EASY_REFERENCE_RE.match(inner):
            return ""  # a reference to the literature ('(Johansson, 2019)'): the line's [n] points at its source
        example = EXAMPLE_RE.match(inner)
        if len(inner.split()) <= 3 or re.search(r"\d", inner) or \
                (example is None and inner.split()[0].lower() in lex.PREPOSITIONS | lex.CONJUNCTIONS):
            # A parenthesis that opens with a preposition qualifies the words before it ('(för kommuner också
            # Kolada, …)'): out of its sentence it would lose what it qualifies ('Det handlar om för kommuner …');
            # one that opens with a conjunction adds to them ('Karlskogas (och kanske hela landets) arbete') and
            # would be no sentence ('Det handlar om och kanske …').
            return m.group(0)
        if example:
            moved.append(f"Det kan till exempel vara {inner[example.end():]}")
        elif has_verb(inner) and (inner[:1].isupper() or _opens_main_clause(inner)):
            moved.append(inner[:1].upper() + inner[1:])  # a clause of its own: a sentence, not 'Det handlar om …'
        else:
            moved.append(f"Det handlar om {inner}")
        return ""

    body = _PAREN_ANY_RE.sub(take, text).strip()
    if not moved:
        return body
    stop = re.search(r"[.!?]$", body)
    body = body if stop else body + "."
    return " ".join([body, *(t.rstrip(".") + "." for t in moved)])


def demonstrative(piece: str) -> str:
    """A cut-off relative clause as a sentence of its own: 'vilka ska …' -> 'de ska …', 'där de …' -> 'de …'. A
    'där' with its verb right after opens a main clause already ('Där ger lärarna läxhjälp', `where_clause`): without
    it the verb would come first, as in a question.

    >>> demonstrative("där de får stöd"), demonstrative("Där får de stöd")
    ('de får stöd', 'Där får de stöd')
    """
    first = re.match(r"^(\w+)\s+(\w+)?", piece)
    if first and first.group(1).lower() == "där" and first.group(2) and is_finite_verb(first.group(2)):
        return piece
    if first and first.group(1).lower() in lex.EASY_RELATIVE:
        plain = lex.EASY_RELATIVE[first.group(1).lower()]
        return f"{plain} {piece[first.end(1):].lstrip()}".strip()
    return piece


_SUBORDINATOR_RE = re.compile(rf"\b(?:{'|'.join(lex.PHRASE_OR_CLAUSE_OPENERS + lex.CLAUSE_OPENERS)})\b", re.I)


# Words that open a clause with its own subject and verb ('att' and 'om' also lead an infinitive or a noun).
_CLAUSE_OPENER_RE = re.compile(rf"\b(?:{'|'.join(lex.CLAUSE_OPENERS)})\b", re.I)


# A subordinator or a question word: the words after it are a clause that needs a verb of its own.
_WAITING_CLAUSE_RE = re.compile(rf"{_SUBORDINATOR_RE.pattern}|\b(?:{'|'.join(lex.QUESTION_CLAUSE_OPENERS)})\b",
                                re.I)


_ARTICLES = frozenset("den det de denna detta dessa en ett".split())


def _clause_ends(text: str) -> bool:
    """The text's last clause (after its last 'att', 'som' …) has its verb: a conjunction after it starts a new
    clause, not a second object ('… till att Googles plattform för lärare och elever behöver …').

    >>> _clause_ends("Vi ser att det arbete som har påbörjats utifrån modellen"), _clause_ends("Vi ser att det finns "
    ...     "elever som har påbörjats"), _clause_ends("Vi ser att eleverna som kom hade stöd")
    (False, True, True)
    """
    # 'om' before an article ('beslutat om en ny plan') is a preposition and 'att' before an infinitive ('beslutat att
    # satsa') an infinitive marker: neither opens a clause that still waits for its verb.
    # A question word opens a clause too ('… en modell för hur skolan och socialtjänsten kan …': 'skolan' still
    # waits for its verb).
    openers = [m for m in _WAITING_CLAUSE_RE.finditer(text) if not _opens_no_clause(m, text)]
    ends = [m.end() for m in openers]
    first = _CLAUSE_OPENER_RE.search(text)
    if first is not None and first.start() > 0 and not has_verb(text[:first.start()]):
        return False  # 'Andelen elever som känner sig otrygga …': the main clause still waits for its verb
    if len(openers) >= 2 and openers[-1].group(0).lower() == "som" and openers[-2].group(0).lower() != "som":
        # easy30: 'Vi uppfattar att det arbete som har påbörjats utifrån modellen': the 'att' clause's subject has a
        # relative clause of its own and still waits for its verb after it (tune N13 was cut there: 'Med stöd av
        # processtödjarna ger en snabbare utveckling.' lost its subject); a second finite verb after 'som' is that
        # verb ('att eleverna som kom hade stöd').
        subject = text[openers[-2].end():openers[-1].start()]
        after = WORD_RE.findall(text[openers[-1].end():])
        # a past form between an article and its noun describes the noun ('den tillämpade modellen')
        verbs = sum(is_finite_verb(w) and not (k and after[k - 1].lower() in _ARTICLES and k + 1 < len(after) and
                                              is_noun(after[k + 1].lower())) for k, w in enumerate(after))
        if WORD_RE.search(subject) and not has_verb(subject) and verbs < 2:
            return False
    last = text[ends[-1]:] if ends else text
    # In a subordinate clause 'har' may be left out: 'att eleven haft godkända betyg' has its verb.
    return has_verb(last) or (bool(ends) and any(w.lower() in lex.SUPINES for w in WORD_RE.findall(last)))


def _opens_no_clause(m: re.Match[str], text: str) -> bool:
    """'om' + an article or a question word, 'att' + an infinitive, 'som' after a verb: a preposition, an infinitive
    marker, a comparison.

    >>> texts = ("beslutat om en plan", "om eleven kommer", "beslutat att satsa", "till att Googles plattform")
    >>> [_opens_no_clause(re.search(r"\\b(?:om|att)\\b", t), t) for t in texts]
    [True, False, True, False]

    'som' after a verb says what as, it opens no clause ('beskrivits som svår'); after a noun it does:

    >>> [_opens_no_clause(re.search(r"\\bsom\\b", t), t) for t in ("har beskrivits som svår", "de elever som kom")]
    [True, False]
    """
    following = WORD_RE.match(text[m.end():].lstrip())
    if following is None:
        return False
    word, opener = following.group(0).lower(), m.group(0).lower()
    if opener == "om":
        return word in lex.PREPOSITION_OM_NEXT
    if opener == "som":
        return _after_verb(text[:m.start()])
    return opener == "att" and is_infinitive(word) and not is_finite_verb(word)


def _after_verb(before: str) -> bool:
    """The words before a 'som' end in a verb: the 'som' says what as ('beskrivits som problematisk', 'fungerar som
    stöd', 'ses som en risk'), it opens no relative clause, which follows a noun or a pronoun."""
    words = WORD_RE.findall(before)
    if not words:
        return False
    last = words[-1].lower()
    return last not in lex.SUBJECT_PRONOUNS and not attributive(words[-2] if len(words) > 1 else "", last) and \
        (is_finite_verb(last) or is_past_passive(last) or is_supine(last) or
         (last.endswith("s") and is_supine(last[:-1])))


def split_outside_quotes(text: str, splitter: re.Pattern[str], clauses: bool) -> list[str]:
    """`text` split at `splitter`'s matches that stand outside ”quotes” (and, with `clauses`, only where both
    sides hold a finite verb)."""
    pieces: list[str] = []
    start = 0
    for m in splitter.finditer(text):
        left, right = text[start:m.start()], text[m.end():]
        if text[:m.start()].count("”") % 2 == 1 or text[:m.start()].count('"') % 2 == 1:
            continue
        if left.rstrip().endswith("-"):
            continue  # 'förvaltnings- och politisk nivå': a compound's first part shares the head after the 'och'
        if clauses and not (_clause_ends(left) and _opens_main_clause(right)):
            continue
        if clauses and splitter is CONJUNCTION_RE and FRONT_SUBORDINATE_RE.match(text[:m.start()].lstrip("•-* ")):
            continue  # 'Om ni saknar system och underlag behöver ni …': the 'och' is inside the subordinate clause
        first = WORD_RE.match(re.sub(r"^(?:och|men|samt|eller|så)\s+", "", right.strip(), flags=re.I))
        if clauses and splitter is CONJUNCTION_RE and first is not None and \
                first.group(0).lower() in lex.PLACE_PREPOSITIONS and not _fronted_place_clause(right):
            continue  # '… som får examen eller på andra sätt kommer närmare …': the place goes with the verb before
        if clauses and first is not None and is_finite_verb(first.group(0)):
            continue  # '… är påbörjade och har kommit långt': the second half has no subject of its own
        if clauses and _open_question(text, left):
            continue  # 'Kommer intressenter eller andra verksamheter eller invånare påverkas …?': subjects, one verb
        if clauses and splitter is CONJUNCTION_RE and _open_conjunct(left, right):
            continue  # '… och skillnaden mellan pojkar och flickor ska minska': 'pojkar och flickor' is one phrase
        pieces.append(left)
        start = m.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _open_conjunct(left: str, right: str) -> bool:
    """The words before a cut end in a conjunct without a verb after a clause that had its own ('… klara skolan och
    skillnaden mellan pojkar'), and the first word after the cut is a noun of the same form as that conjunct's last
    ('pojkar' … 'flickor', both indefinite): the two nouns are one phrase, a subject that goes on after the cut, and
    a cut there would split it ('… och pojkar.' + 'Flickor ska minska.'). A noun of another form opens a clause of its
    own ('… läser böcker och tidningar och lärarna skriver …').

    >>> _open_conjunct("Fler ska klara skolan och skillnaden mellan pojkar", "och flickor ska minska")
    True
    >>> _open_conjunct("Eleverna läser böcker och tidningar", "och lärarna skriver")
    False
    >>> _open_conjunct("Eleverna läser böcker", "och lärarna skriver")
    False
    """
    cuts = list(re.finditer(r"\s(?:och|samt|eller)\s", left, re.I))
    m = cuts[-1] if cuts else None
    if m is None or not has_verb(left[:m.start()]) or has_verb(left[m.end():]) or "," in left[m.end():]:
        return False
    last = WORD_RE.findall(left[m.end():])
    first = WORD_RE.findall(re.sub(r"^\s*(?:och|samt|eller)\s+", "", right, flags=re.I))
    return bool(last and first) and first[0].lower() not in lex.SUBJECT_PRONOUNS and \
        is_definite_noun(last[-1]) == is_definite_noun(first[0])


def _fronted_place_clause(right: str) -> bool:
    """The words after a conjunction open with a place or time ('i …', 'på …') and then a main clause with its verb
    before its subject, Swedish word order after a fronted phrase ('… och på en annan lektion var det bestämda
    platser'); without a subject right after the verb the place belongs to a verb phrase that shares the subject
    before the conjunction ('… och på sikt ökar antalet …' in a relative clause).

    >>> [_fronted_place_clause(t) for t in ("och på en annan lektion var det bestämda platser",
    ...                                     "och på fredagarna hade rektorn ett möte")]
    [True, True]
    >>> _fronted_place_clause("eller på andra sätt kommer närmare arbetsmarknaden")
    False
    """
    words = [w.strip(",") for w in right.split()[1:]]
    verb = next((i for i, w in enumerate(words[:7]) if i >= 2 and is_finite_verb(w)), None)
    if verb is None or verb + 1 >= len(words) or any(w.lower() in FUNCTION_WORDS for w in words[:verb]):
        return False
    subject = words[verb + 1]
    return subject.lower() in lex.SUBJECT_PRONOUNS or is_definite_noun(subject) or definite_after_r(subject) or \
        subject[:1].isupper()


def _open_question(text: str, left: str) -> bool:
    """A yes/no question ('Kommer A eller B påverkas …?') whose only finite verb so far is its first word: the words
    before a cut are still its subject, so a conjunction there joins subjects, not clauses.

    >>> _open_question("Kommer lärare eller elever påverkas av det?", "Kommer lärare")
    True
    >>> _open_question("Eleverna läser och lärarna skriver.", "Eleverna läser")
    False
    """
    words = WORD_RE.findall(left)
    return text.rstrip().endswith("?") and bool(words) and is_finite_verb(words[0]) and \
        not has_verb(" ".join(words[1:]))


_NO_MAIN_CLAUSE_OPENER_RE = re.compile(r"^(?:att|som|hur|vad|varför|vem|vilken|om|när|eftersom|medan|innan|"
                                       r"tills|inte|ej|även|också)\b", re.I)


def _opens_main_clause(right: str) -> bool:
    """The words after a cut start a main clause: its finite verb comes before any 'som', 'att' … (in '… unga
    kvinnor och män som inte fullföljer …' the verb belongs to the relative clause, 'män' is a second object),
    they open with no subordinating or question word ('… men att det kan komma', '… och hur de hanterade …'),
    and a relative 'vilket'/'vilka' is the subject of its own verb ('…, vilket ledde till …', not '… eller vilket
    program de läste').

    >>> [_opens_main_clause(t) for t in ("och män som inte fullföljer sin utbildning", "och hur de hanterade det",
    ...  "eller vilket program de läste", "vilket ledde fram till en plan", "men eleverna saknar stöd",
    ...  "vilka insatser som väljs beror på planen")]
    [False, False, False, True, True, True]
    """
    rest = re.sub(r"^\s*(?:och|men|samt|eller|så)\s+", "", right.strip(), flags=re.I)
    words = rest.split()
    if not words:
        return False
    first = words[0].lower().strip(",")
    if first in ("vilket", "vilka"):
        if len(words) > 1 and is_finite_verb(words[1].strip(",")):
            return True
        # After a comma, '…, vilka insatser som väljs beror på …' is a clause whose subject is a question; after
        # 'och' it goes on with the question before it ('prata om vad våld är och vilket stöd som finns').
        return rest == right.strip() and has_verb(_first_clause(right))
    if _NO_MAIN_CLAUSE_OPENER_RE.match(first):
        return False
    clause = _first_clause(right)
    # a clause inside the words after a cut ('tydlig bild över vad ni ska göra': 'ska' is not theirs)
    inner = _WAITING_CLAUSE_RE.search(clause) if first != "där" else None
    return has_verb(clause[:inner.start()] if inner else clause)



# A sentence that opens with a subordinate clause ('Om …', 'För att …'); not 'Att dokumentera tar tid', whose 'att'
# clause is the subject of a main clause.
FRONT_SUBORDINATE_RE = re.compile(rf"^\W*(?:{'|'.join(lex.FRONT_SUBORDINATORS)})\b", re.I)


def _first_clause(text: str) -> str:
    """The words up to the next comma or conjunction: '…, men inte i årskurs 9 och syftet har …' -> 'inte i
    årskurs 9', which has no verb of its own (a contrast left short), so no sentence starts there."""
    rest = re.sub(r"^\s*(?:och|men|samt|eller|så)\s+", "", text, flags=re.I)
    return re.split(r",\s|\s(?:och|men|samt|eller)\s", rest, maxsplit=1)[0]



def join_short(pieces: list[str], least: int = 3) -> list[str]:
    """Pieces of `least` words or fewer go back onto their neighbour: a sentence needs a verb."""
    out: list[str] = []
    for p in pieces:
        p = p.strip()
        if out and (len(p.split()) <= least or len(out[-1].split()) <= least):
            out[-1] = f"{out[-1]} {p}" if re.match(r"^(och|men|samt|eller|så)\b", p, re.I) else f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out
