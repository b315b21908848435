"""One word identity for the refusal judge's lexical tests: is the asked word said in a passage?

The judge's tests (scope.terms `_says_word`, `says_stem`, `names_term`; lookagain; lowrows; precise) meet a
question's term, a Snowball stem as `tokenize` gives it, by a prefix of the passage's words. The stemmer parts
some inflections of one word ('mötena' -> 'moten' but 'möten' -> 'mot'; 'anslutit' -> 'anslutit' but 'anslutna' ->
'anslutn'), so a passage that says the asked word in another form or as a compound's first part ('mötestillfälle'
for 'mötena') failed the test, and the question was refused (tune OT16, LQ14). Here a term is also met by its
dictionary form (simplemma, Swedish, offline): a passage word of the same dictionary form, or one beginning with
it (a compound's start, as the stem test reads a compound).

A term is a stem, which has lost the letters the lemmatizer needs; the question's own words give them: `learn`
records, for each word the question reading sees, the stem it tokenizes to and its dictionary form, and `lemmas`
looks a stem up there. A stem with no recorded word (a term from elsewhere) is met by the stem test alone.

`names_head` is the other direction of a compound: the asked word as the last part of a passage's compound
('mötestillfälle' for 'tillfälle', 'gästföreläsningar' for 'föreläsningarna'), which Swedish uses to name a kind of
the thing; it is kept out of `says_word`, since an everyday head ('grupp') ends countless compounds on other
things ('personalgruppen'), and is read only where a caller asks for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from assistant.index.lexical import fold, inflection_stem, tokenize

# The fewest letters of a dictionary form that is looked for as a word's start: a shorter one ('mot' of 'möte' is
# also the preposition) begins too many other words.
LEMMA_MIN_LETTERS = 4
# A dictionary form from this length drops its final vowel when looked for as a start ('anslut|a' begins 'anslutna',
# 'anslutit'); a shorter one keeps it ('möte' would otherwise be 'möt', the verb 'möta').
LEMMA_CUT_LETTERS = 6
# The letters a word needs to be lemmatised when a passage's words are read (shorter ones are function words).
WORD_MIN_LETTERS = 3
# How many recorded stems are kept (the question words of a long-running service; the oldest are dropped).
MAX_LEARNED = 50_000

_LEARNED: dict[str, frozenset[str]] = {}
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65_536)
def lemma(word: str) -> str:
    """The folded dictionary form of a word (simplemma, Swedish): 'mötena' -> 'mote', 'anslutna' -> 'ansluta'.

    >>> lemma("mötena"), lemma("anslutit"), lemma("anslutna")
    ('mote', 'ansluta', 'ansluta')
    """
    return fold(simplemma.lemmatize(word.lower(), lang="sv"))


def learn(text: str) -> None:
    """Record, for each word of `text` (a question as read), the stem it tokenizes to and its dictionary form."""
    for word in _WORD_RE.findall(text.lower()):
        if len(word) < WORD_MIN_LETTERS:
            continue
        for term in tokenize(word):
            form = lemma(word)
            known = _LEARNED.get(term, frozenset())
            if form in known:
                continue
            if len(_LEARNED) >= MAX_LEARNED:
                _LEARNED.pop(next(iter(_LEARNED)))
            _LEARNED[term] = known | {form}
            _start.cache_clear()


def lemmas(term: str) -> frozenset[str]:
    """The dictionary forms of the question words recorded for `term` (a stem, folded); empty when none is."""
    return _LEARNED.get(fold(term), frozenset())


@lru_cache(maxsize=16_384)
def _start(term: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The word starts that meet `term` by its dictionary forms beyond its stem, and those forms themselves."""
    forms = lemmas(term)
    starts = []
    for form in forms:
        if len(form) < LEMMA_MIN_LETTERS:
            continue
        start = form[:-1] if len(form) >= LEMMA_CUT_LETTERS and form[-1] in "aeiouy" else form
        if not start.startswith(term):  # (one the stem begins meets no word the stem misses)
            starts.append(start)
    return tuple(sorted(starts)), frozenset(f for f in forms if len(f) >= LEMMA_MIN_LETTERS)


def says_lemma(text: str, term: str) -> bool:
    """Whether `text` says the term's word by its dictionary form where the stem does not meet it: a word of the
    same dictionary form ('anslutna' for 'anslutit'), or a word beginning with it, a compound's first part
    ('mötestillfälle' for 'mötena'). False for a term no question word was recorded for.

    >>> learn("Hur ofta togs presentationer fram till mötena?")
    >>> says_lemma("presentationer för varje mötestillfälle", "moten"), says_lemma("mot strömmen", "moten")
    (True, False)
    >>> learn("Vilka har anslutit sig?")
    >>> says_lemma("Aktörer anslutna till målet", "anslutit"), says_lemma("Aktörer i nätverket", "anslutit")
    (True, False)
    """
    starts, forms = _start(fold(term))
    if not forms:
        return False
    folded = fold(text)
    if starts and re.search(r"\b(?:" + "|".join(re.escape(s) for s in starts) + ")", folded):
        return True
    return any(lemma(w) in forms for w in set(_WORD_RE.findall(text.lower())) if len(w) >= WORD_MIN_LETTERS)


def says_word(text: str, term: str) -> bool:
    """Whether `text` holds the word `term` (a stem, folded), inflected or as a compound's start: a word beginning
    with the stem (a long one cut by up to three letters, five kept: the stemmer leaves some inflections whole,
    'närvaron'; 'mentorsprogrammet' meets 'mentorsprogram'), or by its dictionary form (`says_lemma`)."""
    term = fold(term)
    stem = term[: max(5, len(term) - 3)] if len(term) > 6 else term
    return re.search(rf"\b{re.escape(stem)}", fold(text)) is not None or says_lemma(text, term)


def names_head(text: str, term: str) -> bool:
    """Whether `text` has a compound whose last part is the term's word ('mötestillfälle' for 'tillfälle',
    'gästföreläsningar' for 'föreläsningarna'): three letters or more before it, an ending after.

    >>> names_head("vid varje mötestillfälle", "tillfall"), names_head("fem gästföreläsningar", "forelasningarna")
    (True, True)
    >>> names_head("tillfället", "tillfall")
    False
    """
    stem = inflection_stem(fold(term))
    # (the stem keeps all but three letters: those and an ending, 'föreläsn|ingarna', may follow it)
    return len(stem) >= 5 and re.search(rf"\w{{3,}}{re.escape(stem)}\w{{0,7}}\b", fold(text)) is not None
