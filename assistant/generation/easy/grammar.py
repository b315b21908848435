"""Lättläst: what a word is (a finite verb, a noun, its definite form, the pronoun it takes) by `simplemma`,
`wordfreq` and the lexicon, for the rewrites of `assistant.generation.easy`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from assistant import lexicon as lex
from assistant.index.lexical import has_definite_ending

WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")


@lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
    """A word wordfreq knows in Swedish at all (a school's or a project's own name is not one)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv") > 0


@lru_cache(maxsize=8192)
def is_rare(word: str) -> bool:
    """A word most Swedish readers meet seldom (wordfreq's Swedish frequencies, offline)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "sv") < lex.RARE_ZIPF


def is_supine(word: str) -> bool:
    """A supine ('nått', 'arbetat', 'skrivit', 'köpt'): a clause's verb when 'har' is left out ('när ni nått målen').

    >>> [is_supine(w) for w in ("nått", "arbetat", "skrivit", "köpt", "gett", "klart", "ut", "arbetet")]
    [True, True, True, True, True, False, False, False]
    """
    low = word.lower()
    if low in lex.SUPINES:
        return True
    lemma = simplemma.lemmatize(low, lang="sv")
    if lemma == low or not (lemma.endswith(("a", "å")) or lemma in lex.SHORT_INFINITIVES) or not low.endswith("t"):
        return False
    return low in {lemma + "t", lemma + "tt", lemma[:-1] + "it", lemma[:-1] + "t"}


def subject_size(words: list[str]) -> int:
    """How many of `words` (those after a finite verb) form its subject: a pronoun, a name, a definite noun,
    or a possessive or quantifier with its noun; 0 when they do not look like a subject."""
    if not words:
        return 0
    first = words[0].lower()
    if first in lex.SUBJECT_PRONOUNS:
        if first == "det" and len(words) > 1 and _neuter_predicative(words[1]):
            return 1  # 'är det viktigt att …': 'det' is the subject, not the determiner of 'det viktiga målet'
        return 0 if len(words) > 1 and first in ("den", "det", "de") and words[1].lower() not in \
            lex.SENTENCE_ADVERBS and not is_finite_verb(words[1]) and not is_infinitive(words[1]) else 1
    if first in lex.SUBJECT_DETERMINERS and len(words) > 1 and is_noun(words[1]):
        return 2
    if words[0][:1].isupper() and words[0].isalpha():
        return 1  # a name ('Skolverket', 'Karlskoga')
    return 1 if is_definite_noun(first) else 0


def _neuter_predicative(word: str) -> bool:
    """An adjective in its neuter indefinite form ('viktigt', 'nödvändigt', 'möjligt'): after 'det' it says what
    something is; a determiner 'det' takes the definite form ('det viktiga') or a definite noun ('det arbetet').

    >>> [_neuter_predicative(w) for w in ("viktigt", "angeläget", "viktiga", "arbetet", "målet")]
    [True, True, False, False, False]
    """
    low = word.lower().strip(",.")
    lemma = simplemma.lemmatize(low, lang="sv")
    if not low.endswith("t") or not low.isalpha():
        return False
    if low.endswith("et") and lemma == f"{low[:-2]}en":
        return True  # 'angeläget' of 'angelägen'
    return lemma == low[:-1] and not is_definite_noun(low)


def is_infinitive(word: str) -> bool:
    low = word.lower()
    return low.endswith(("a", "å")) and simplemma.lemmatize(low, lang="sv") == low and not is_rare(low)


def is_noun(word: str) -> bool:
    low = word.lower()
    return low.isalpha() and not is_finite_verb(low) and low not in lex.SUBJECT_PRONOUNS and \
        low not in lex.SENTENCE_ADVERBS and not is_infinitive(low) and low not in FUNCTION_WORDS and \
        low not in lex.PREPOSITIONS


# Words that open a clause or join two: never the noun of a subject ('Alla som arbetar …' has no subject 'Alla som').
FUNCTION_WORDS = frozenset((*lex.CLAUSE_OPENERS, *lex.PHRASE_OR_CLAUSE_OPENERS, *lex.CONJUNCTIONS))


def is_definite_noun(word: str) -> bool:
    """'skolan', 'arbetet', 'eleverna', 'kommunen': a noun in its definite form (wordfreq and simplemma agree that
    it is an inflected form ending like one)."""
    low = word.lower()
    if len(low) < 5 or not low.isalpha() or low in lex.SENTENCE_ADVERBS or is_finite_verb(low):
        return False
    return has_definite_ending(low)


def is_past(word: str) -> bool:
    """A finite verb in the past tense ('kom', 'ledde', 'stärkte', 'hade'); 'måste' is present too."""
    low = word.lower()
    return low in lex.STRONG_PAST_FORMS or low in lex.PAST_AUXILIARIES or \
        (low.endswith(("de", "te")) and low != "måste")


def definite_n(word: str) -> bool:
    """A definite noun that is its base form and '-n' ('frånvaron', 'mentorn', 'skolan'), which `is_definite_noun`
    (endings '-en', '-et', '-na', '-an') does not all see."""
    low = word.lower()
    return low.isalpha() and low.endswith("n") and simplemma.lemmatize(low, lang="sv") + "n" == low and \
        not is_finite_verb(low)


def definite_after_r(word: str) -> bool:
    """A definite noun whose base form ends in '-r' and takes only '-n' ('mentorn', 'doktorn'), which
    `is_definite_noun` (endings '-en', '-et', '-na', '-an') does not see."""
    low = word.lower()
    return low.isalpha() and low.endswith("rn") and simplemma.lemmatize(low, lang="sv") + "n" == low and \
        not is_finite_verb(low)


def predicate_of(words: list[str], at: int, verb: int) -> bool:
    """The verb form at `at` follows the finite verb at `verb` with only sentence adverbs between ('är redan
    påbörjade'): a participle of that verb's predicate, not a verb of its own."""
    return all(w.lower().strip(",") in lex.SENTENCE_ADVERBS for w in words[verb + 1:at])


def subject_size_at_start(words: list[str]) -> int:
    """Like `subject_size`, for the words that open a sentence: its capital does not make a word a name."""
    if not words:
        return 0
    first = words[0]
    if len(words) == 2 and first.endswith("s") and first.isalpha() and is_noun(words[1]) and \
            not is_finite_verb(first):
        return 2  # a genitive and its noun: 'Skolans ledning', 'Framtidens lärarutbildning'
    if first[:1].isupper() and first.lower() not in lex.SUBJECT_PRONOUNS and \
            first.lower() not in lex.SUBJECT_DETERMINERS and not is_definite_noun(first):
        return 1 if len(words) == 1 and first.isalpha() and is_rare(first.lower()) else 0  # a name: 'Karlskoga'
    return subject_size([first.lower(), *words[1:]]) if len(words) > 1 else \
        (1 if first.lower() in lex.SUBJECT_PRONOUNS or is_definite_noun(first) else 0)


def pronoun_of(noun: str, before: str) -> str | None:
    """The pronoun that stands for `noun` ('de', 'den' or 'det'), by the word before it (an article, a determiner, a
    figure), its definite ending, or an ending that tells its gender (`lex.COMMON_GENDER_ENDINGS`,
    `lex.NEUTER_ENDINGS`); None where none of them tells.

    >>> [pronoun_of(n, b) for n, b in (("struktur", "en"), ("samverkan", ""), ("arbetet", "i"), ("tjejer", "12"),
    ...                                  ("utbildning", ""), ("material", ""))]
    ['den', 'den', 'det', 'de', 'den', None]
    """
    low = noun.lower()
    if not low.isalpha():
        return None
    if is_plural(noun, before) or (re.fullmatch(r"\d+(?:[–-]\d+)?", before) and before != "1"):
        return "de"
    if before in ("ett", "något", "detta", "varje"):
        return "det" if before != "varje" else None
    if before in ("en", "någon", "denna"):
        return "den"
    if is_definite_noun(low):
        return "de" if low.endswith("na") else "det" if low.endswith("et") else "den"
    if low.endswith(lex.COMMON_GENDER_ENDINGS):
        return "den"
    if low.endswith(lex.NEUTER_ENDINGS):
        return "det"
    return None


def person_definite(noun: str) -> str:
    """A noun of a person in its definite form ('kurator' -> 'kuratorn', 'skolkurator' -> 'skolkuratorn'), by
    lexicon.PERSON_NOUN_DEFINITES; '' for a noun that names no person."""
    low = noun.lower()
    key = max((k for k in lex.PERSON_NOUN_DEFINITES if low.endswith(k)), key=len, default="")
    return noun[: len(noun) - len(key)] + lex.PERSON_NOUN_DEFINITES[key] if key else ""


def takes_object(word: str) -> bool:
    """A word after which a noun phrase is an object or a preposition's noun, not a clause's subject: a preposition,
    a finite verb or supine, or a sentence adverb ('tagit fram en plan', 'genom en strategi', 'har också en plan').
    Not an infinitive: 'behöver införa ett system som …', 'för att skapa en miljö som …' is a thing wished for,
    which the clause describes; said apart, it would read as one that is already there."""
    if word in lex.COPULAS:
        return False  # 'är en lärare som kan …': a predicative noun needs its clause, which says what kind
    return word in lex.PREPOSITIONS or word in lex.NAME_FOLLOWS_WORDS or word in lex.SENTENCE_ADVERBS or \
        is_finite_verb(word) or is_past_passive(word) or is_supine(word) or \
        word in ("fram", "in", "ut", "upp", "till")


def is_plural(noun: str, before: str) -> bool:
    if before in lex.PLURAL_DETERMINERS:
        return True
    if before in ("en", "ett", "någon", "något", "denna", "detta"):
        return False
    low = noun.lower()
    return low.endswith(("ar", "er", "or", "na")) and simplemma.lemmatize(low, lang="sv") != low and \
        not is_finite_verb(low)


def has_verb(text: str) -> bool:
    words = WORD_RE.findall(text)
    return any((is_finite_verb(w) or is_past_passive(w)) and not attributive(words[i - 1] if i else "", w)
               for i, w in enumerate(words))


def attributive(before: str, word: str) -> bool:
    """A past form after a determiner or a genitive is a participle describing a noun, not the clause's verb:
    'skolans prioriterade områden', 'våra planerade insatser', 'sina beslutade mål' (an -ade/-de/-te form); not
    after a pronoun or quantifier, which may be the subject ('de ledde', 'många trodde').

    >>> attributive("skolans", "prioriterade"), attributive("vi", "prioriterade")
    (True, False)
    """
    low, prev = word.lower(), before.lower()
    if not low.endswith(("ade", "de", "te")):
        return False
    return prev in lex.POSSESSIVES or (len(prev) > 3 and prev.endswith("s") and prev.isalpha() and
                                       not is_finite_verb(prev))


@lru_cache(maxsize=8192)
def is_finite_verb(word: str) -> bool:
    """A finite verb form: one of the common ones (`lex.FINITE_VERBS`), or a present, past or passive form of a
    verb whose infinitive `simplemma` gives ('arbetar', 'leder', 'ledde', 'stärkte', 'används' …).

    >>> [is_finite_verb(w) for w in ("arbetar", "leder", "stärkte", "pojkar", "flickor", "elever", "studier")]
    [True, True, True, False, False, False, False]
    """
    low = word.lower()
    if low in lex.FINITE_VERBS:
        return True
    lemma = simplemma.lemmatize(low, lang="sv")
    if lemma == low or len(lemma) < 2:
        return False
    if not lemma.endswith("a"):  # short verbs: 'bero' -> 'beror', 'tro' -> 'tror' (not 'studie' -> 'studier')
        return lemma.endswith(("o", "å", "u", "y")) and low == lemma + "r"
    stem = lemma[:-1]
    if stem.endswith("r") and low == stem and len(stem) > 3:  # 'beröra' -> 'berör', 'lära' -> 'lär'
        return True
    return low in {lemma + "r", stem + "er", stem + "ade", stem + "de", stem + "te", lemma + "s", stem + "s"}


def is_past_passive(word: str) -> bool:
    """A past passive ('genomfördes', 'startades', 'gjordes'): the finite verb of a clause, which lättläst may end a
    sentence after ('Det gjordes en kartläggning, vilket ledde …'); for the easy rewrite's clause tests only.

    >>> [is_past_passive(w) for w in ("genomfördes", "gjordes", "startades", "kommunes", "ledde", "elevernas")]
    [True, True, True, False, False, False]
    >>> [is_past_passive(w) for w in ("saknades", "ställdes", "byttes", "kurses", "mötes")]
    [True, True, True, False, False]
    """
    low = word.lower()
    if not low.endswith(("des", "tes")):
        return False
    if low[:-1] in lex.FINITE_VERBS or is_finite_verb(low[:-1]):  # 'gjorde' -> 'gjordes', 'saknade' -> 'saknades'
        return True
    lemma = simplemma.lemmatize(low, lang="sv")
    return lemma != low and lemma.endswith("a") and low in {lemma[:-1] + "ades", lemma[:-1] + "des",
                                                             lemma[:-1] + "tes", lemma + "des"}


@lru_cache(maxsize=8192)
def noun_gender(noun: str) -> str | None:
    """'common' ('en'-word) or 'neuter' ('ett'-word) for a noun in its indefinite singular, by which definite form
    Swedish text uses (wordfreq: 'undervisningen', never 'undervisninget'); None when both are used or neither is
    ('året'/'åren': the '-en' form may be the plural).

    >>> noun_gender("undervisning"), noun_gender("skola"), noun_gender("år")
    ('common', 'common', None)
    """
    from wordfreq import zipf_frequency

    low = noun.lower()
    vowel = low.endswith(("a", "e", "i", "o", "u", "y", "å", "ä", "ö"))
    common = zipf_frequency(low + ("n" if vowel else "en"), "sv")
    neuter = zipf_frequency(low + ("t" if vowel else "et"), "sv")
    if common >= lex.COMPOUND_PART_ZIPF and neuter < common - 1.5:
        return "common"
    if neuter >= lex.COMPOUND_PART_ZIPF and common < neuter - 1.5:
        return "neuter"
    return None


def attributive_form(before: str, noun: str) -> str | None:
    """The form an adjective standing between `before` and `noun` takes: 'weak' (the -a form: after 'den', 'de', a
    possessive or a genitive, or before a plural), 'common' (before an 'en' noun in the indefinite singular) or
    'neuter' (an 'ett' noun so); None where the code cannot tell (a noun whose plural is its singular, 'lärare').

    >>> attributive_form("i", "undervisning"), attributive_form("den", "undervisningen")
    ('common', 'weak')
    >>> attributive_form("ett", "möte")
    'neuter'
    >>> attributive_form("skolans", "schema"), attributive_form("med", "lärare"), attributive_form("i", "klasser")
    ('weak', None, 'weak')
    """
    prev, low = before.lower(), noun.lower()
    if prev in ("den", "det", "de") and not (is_definite_noun(low) or definite_n(low)):
        return None  # a pronoun ('är det viktigt att'), not the article of a definite noun ('det nya arbetet')
    if prev in lex.WEAK_ADJECTIVE_AFTER or prev in lex.POSSESSIVES or prev in lex.PLURAL_DETERMINERS or \
            (len(prev) > 3 and prev.endswith("s") and prev.isalpha() and is_noun(prev) and
             simplemma.lemmatize(prev, lang="sv") != prev):
        return "weak"
    if prev in lex.COMMON_ADJECTIVE_AFTER:
        return "common"
    if prev in lex.NEUTER_ADJECTIVE_AFTER:
        return "neuter"
    if not low.isalpha() or not is_noun(low) or is_definite_noun(low) or definite_n(low):
        return None
    if is_plural(low, prev):
        return "weak"
    if simplemma.lemmatize(low, lang="sv") != low or low.endswith(("are", "ande", "ende", "er")):
        return None  # an inflected form the code does not know, or a plural that is its singular ('lärare')
    gender = noun_gender(low)
    # An 'ett' noun ending in a consonant has its plural the same ('ett år', 'två år'): its form is not known.
    return "common" if gender == "common" else None


def adjective_form(word: str) -> str | None:
    """The form of a Swedish adjective by its ending, where its other forms are words ('vanliga' -> 'weak',
    'vanligt' -> 'neuter', 'vanlig' -> 'common'; 'planerade', 'planerat', 'planerad'); None for a word with one
    form ('bra', 'ordinarie', 'pågående') or no adjective's endings.

    >>> [adjective_form(w) for w in ("vanliga", "vanligt", "vanlig", "planerade", "bra", "ordinarie", "skola")]
    ['weak', 'neuter', 'common', 'weak', None, None, None]
    """
    from wordfreq import zipf_frequency

    low = word.lower()
    if low in lex.INDECLINABLE_ADJECTIVES or low.endswith(("ande", "ende", "ie")) or len(low) < 4 or \
            low in lex.CONJUNCTIONS or low in lex.PREPOSITIONS:
        return None  # 'samt' is no '-sam' adjective
    if low.endswith("ade"):
        return "weak"
    if low.endswith("ad"):
        return "common" if zipf_frequency(low[:-1] + "t", "sv") > 0 else None
    if low.endswith("a") and re.search(r"(?:ig|lig|isk|sam|bar|ad)a$", low):
        return "weak"
    if low.endswith("t") and re.search(r"(?:igt|iskt|samt|bart)$", low):
        return "neuter"
    if re.search(r"(?:ig|isk|sam|bar)$", low):
        return "common"
    return None


def agreement_clash(before: str, adjective: str, noun: str) -> bool:
    """An attributive adjective whose form does not fit its noun ('i vanliga undervisning', 'en vanligt skola'), as far
    as `adjective_form` and `attributive_form` can tell; False where either cannot.

    >>> agreement_clash("i", "vanliga", "undervisning"), agreement_clash("den", "vanliga", "undervisningen")
    (True, False)
    >>> agreement_clash("i", "vanlig", "undervisning"), agreement_clash("med", "viktiga", "lärare")
    (False, False)
    >>> agreement_clash("det", "viktigt", "att"), agreement_clash("all", "viktig", "anteckningar")
    (False, True)
    """
    form = adjective_form(adjective)
    want = attributive_form(before, noun) if form else None
    return form is not None and want is not None and form != want
