"""Swedish wording of the assistant's own sentences around what the sources say."""

from __future__ import annotations

from collections.abc import Sequence

import simplemma

from assistant import lexicon as lex
from assistant.generation.easy import is_definite_noun, is_finite_verb

_QUESTION_WORDS = ("vad", "vem", "vems", "när", "var", "varför", "vart", "varifrån", "hur")
_WHICH = ("vilka", "vilken", "vilket")
# 'fler elever' after the verb is what is had, not who has ('vilka skolor har fler elever').
_COMPARATIVES = frozenset("fler färre mer mindre".split())


def indirect_question(text: str) -> str | None:
    """A Swedish direct question in the word order of an indirect one, to follow 'Underlaget har inga uppgifter
    om': the subject before the finite verb, 'som' after a question phrase that is the subject, 'om' before a
    yes/no question. None for a question whose subject it cannot tell with certainty (the caller then quotes the
    question); a phrase that is no question comes back as it is.

    >>> indirect_question("hur mycket har skolket minskat i Karlskoga efter #jagmed")
    'hur mycket skolket har minskat i Karlskoga efter #jagmed'
    >>> indirect_question("vad kostade processtödet per skola")
    'vad processtödet kostade per skola'
    >>> indirect_question("hur många elever har Alingsås kommun i årskurs 9 2024")
    'hur många elever Alingsås kommun har i årskurs 9 2024'
    >>> indirect_question("vilka andra skolor har fler elever"), indirect_question("vem är rektor på skolan")
    ('vilka andra skolor som har fler elever', 'vem som är rektor på skolan')
    >>> indirect_question("vad tyckte de unga om läxhjälpen"), indirect_question("hur nöjda var lärarna med kursen")
    ('vad de unga tyckte om läxhjälpen', 'hur nöjda lärarna var med kursen')
    >>> indirect_question("vad är antipluggkultur"), indirect_question("vad är problemet med antipluggkulturen")
    ('vad antipluggkultur är', 'vad problemet med antipluggkulturen är')
    >>> indirect_question("när startade projektet"), indirect_question("hur ser könsfördelningen ut")
    ('när projektet startade', 'hur könsfördelningen ser ut')
    >>> indirect_question("vad heter de två skolorna som testade arbetssättet")
    'vad de två skolorna som testade arbetssättet heter'
    >>> indirect_question("hur många av deltagarna i processtödet kom från folkhögskolan")
    'hur många av deltagarna i processtödet som kom från folkhögskolan'
    >>> indirect_question("hur många svarade på enkäten efter workshop två")
    'hur många som svarade på enkäten efter workshop två'
    >>> indirect_question("hur stor andel av de 23 eleverna hade utländsk bakgrund")
    'hur stor andel av de 23 eleverna som hade utländsk bakgrund'
    >>> indirect_question("blev närvaron bättre på gymnasiet")
    'om närvaron blev bättre på gymnasiet'
    >>> indirect_question("vilka resultat gav projektet #jagmed")
    'vilka resultat projektet #jagmed gav'
    >>> indirect_question("vad kostade Karlskogas projekt Progression 02")
    'vad Karlskogas projekt Progression 02 kostade'
    >>> indirect_question("hur många elever har Borås totalt")  # an adverb, no noun the name owns
    'hur många elever Borås har totalt'
    >>> indirect_question("när startade Alingsås arbetet")  # a definite noun is owned by no genitive
    'när Alingsås startade arbetet'
    >>> [indirect_question(q) for q in ("vem leder arbetet", "vad betyder normkritisk", "vem sa det",
    ...  "vilket stöd får nyanlända elever", "hur många elever gick sommarskolan 2018", "jämför Alingsås och Tranemo")]
    [None, None, None, None, None, 'jämför Alingsås och Tranemo']
    >>> indirect_question("Alingsås kommun 2024")
    'Alingsås kommun 2024'
    >>> indirect_question("2022 – vad kostade processtödet"), indirect_question("2022 – pengar lade kommunen på X")
    ('vad processtödet kostade (2022)', None)
    >>> indirect_question("stämmer det att kommunen anställde tio kuratorer 2022")  # a claim: what it states
    'att kommunen anställde tio kuratorer 2022'
    """
    claim = lex.CLAIM_FRAME_RE.match(text)
    if claim is not None and text[claim.end():].strip():
        # 'Stämmer det att X?' asks whether X holds: the material has nothing on X ('inga uppgifter om att X'), not
        # on the frame that asks it (trial 24: 'inga uppgifter om stämmer det att …')
        return f"att {text[claim.end():].strip()}"
    if " – " in text:  # a follow-up rewritten as 'addition – earlier topic' ('Och 2022?')
        head, _, tail = text.partition(" – ")
        inner = indirect_question(tail)
        return f"{inner} ({head})" if inner and inner != tail else None
    part = lex.PARTITIVE_COUNT_RE.match(text) or lex.PARTITIVE_HAD_RE.match(text)
    if part is not None:  # 'hur många av eleverna i X som var pojkar': the question phrase is the subject
        return f"{text[:part.end('set')].rstrip()} som {text[part.end('set'):].lstrip()}"
    words = text.split()
    first = words[0].lower() if words else ""
    if first == "hur":
        i = 1 if len(words) > 1 and is_finite_verb(words[1]) else 2  # 'hur gick det' | 'hur nöjda var …'
        if i == 2 and len(words) > 3 and not is_finite_verb(words[2]):
            i = 3  # 'hur många elever har …'
    elif first in _WHICH:
        i = 2
        while i < min(len(words), 4) and words[i - 1].lower() in lex.QUESTION_PHRASE_ADJECTIVES:
            i += 1
    elif first in _QUESTION_WORDS:
        i = 1
    elif len(words) > 1 and first in lex.YES_NO_VERBS:  # a yes/no question: 'om' and the subject first
        n = _subject_length(words[1:], words[0])
        after = words[n + 1].lower() if n + 1 < len(words) else ""
        if not n or (not _certain_subject(words[1:]) and words[1].lower() not in lex.SUBJECT_DETERMINERS
                     and after and not _ends_subject(after)):
            return None  # 'Ökade andelen behöriga elever …?': where the subject ends is unclear
        return " ".join(["om", *words[1:n + 1], first, *words[n + 1:]])
    else:
        return text  # a phrase that is no question
    if i >= len(words) or not is_finite_verb(words[i]):
        return None
    verb, rest = words[i], words[i + 1:]
    low_verb = verb.lower()
    copula = low_verb in ("är", "var", "heter", "hette")  # 'vad X heter': what is named stands last, as with 'är'
    if copula and first in ("vad", "vilka", "vilken", "vilket") and rest and (
            len(rest) == 1 or rest[0].lower() in lex.PLURAL_DETERMINERS or _definite(rest[0])):
        return " ".join(words[:i] + rest + [verb])  # 'vad problemet med X är', 'vilka de viktigaste … är'
    if first == "vem" and rest and rest[0].lower() in ("det", "den", "de"):
        return None  # 'Vem sa det': the pronoun may be the object
    n = _subject_length(rest, verb)
    object_phrase = first in ("vad", "vem", "vems") + _WHICH or (first == "hur" and i == 3)
    if n and object_phrase and not _certain_subject(rest) and low_verb not in lex.OBJECT_QUESTION_VERBS:
        return None  # 'Vem leder arbetet', 'Hur många elever gick sommarskolan': who does what is unclear
    if n:
        n = _through_particle(rest, n)
        return " ".join(words[:i] + rest[:n] + [verb] + rest[n:])
    if first == "hur" and i == 2 and words[1].lower() in ("många", "få") and (
            not rest or rest[0].lower() in lex.PREPOSITIONS):
        return " ".join(words[:i] + ["som", verb] + rest)  # 'hur många som svarade på enkäten': they answered
    if object_phrase and (not rest or copula or rest[0].lower() in lex.PREPOSITIONS | _COMPARATIVES
                          or rest[0].lower() in lex.SENTENCE_ADVERBS):
        return " ".join(words[:i] + ["som", verb] + rest)  # the question phrase is the subject
    return None


def _through_particle(rest: Sequence[str], n: int) -> int:
    """Where the verb goes in an indirect question whose particle verb is split by a phrase of place after the subject
    ('hur såg trygghetsenkäten på Granbackaskolan ut' -> 'hur trygghetsenkäten på Granbackaskolan såg ut', not '…
    såg på Granbackaskolan ut': trial 32): the verb stands before its particle; `n` where no such phrase comes between.

    >>> _through_particle("trygghetsenkäten på Granbackaskolan ut förra året".split(), 1)
    3
    >>> _through_particle("könsfördelningen ut".split(), 1), _through_particle("skolan på måndagar".split(), 1)
    (1, 1)
    """
    if n >= len(rest) or rest[n].lower() not in lex.PREPOSITIONS:
        return n
    for k in range(n + 1, min(len(rest), n + 6)):
        word = rest[k].lower()
        if word in lex.SPLIT_VERB_PARTICLES:
            return k
        if word.endswith((",", ".")) or is_finite_verb(rest[k]):
            break
    return n


def agent_question(text: str) -> str | None:
    """A who-question about an act ('vem leder SSPF-gruppen', 'av vem utvärderades satsningen') in the word order of
    an indirect one: there the question word is the doer, so 'vem som leder …'; after 'av' the thing acted on is the
    subject ('av vem satsningen utvärderades'). None when the order cannot be told.

    >>> agent_question("vem leder SSPF-gruppen i kommunen"), agent_question("av vem utvärderades satsningen")
    ('vem som leder SSPF-gruppen i kommunen', 'av vem satsningen utvärderades')
    """
    words = text.split()
    if len(words) > 1 and words[0].lower() == "vem" and is_finite_verb(words[1]):
        return " ".join(["vem", "som", *words[1:]])
    if len(words) > 2 and [w.lower() for w in words[:2]] == ["av", "vem"]:
        inner = indirect_question(" ".join(["när", *words[2:]]))  # an adverbial question word keeps the subject
        if inner and inner.startswith("när "):
            return f"av vem {inner[4:]}"
        if len(words) > 3 and _definite(words[3]):  # a passive the verb test misses: a definite noun is its subject
            return " ".join(["av", "vem", words[3], words[2], *words[4:]])
    return None


def _owned_noun(word: str) -> bool:
    """A lower-case word that can be the noun a genitive owns: no preposition, adverb or verb."""
    low = word.lower()
    if not (word[:1].islower() and low.isalpha()) or is_finite_verb(low) or low in lex.SUBJECT_PRONOUNS \
            or low in lex.AMOUNT_TIME_ADVERBS or _definite(low):
        return False  # 'Borås totalt', 'Alingsås arbetet': a genitive owns an indefinite noun ('Karlskogas projekt')
    lemma = simplemma.lemmatize(low, lang="sv")
    supine = low.endswith("t") and lemma != low and lemma.endswith("a")  # 'Vad har Lars gjort'
    return not supine and low not in lex.PREPOSITIONS and low not in lex.SENTENCE_ADVERBS \
        and low not in _COMPARATIVES


def _ends_subject(word: str) -> bool:
    """A word that cannot carry on a noun phrase: a preposition, an adverb, a comparative or a supine."""
    return word in lex.PREPOSITIONS or word in lex.SENTENCE_ADVERBS or word in _COMPARATIVES \
        or word in ("bättre", "sämre", "högre", "lägre", "större") or (len(word) > 3 and word.endswith(("t", "ts")))


def _definite(word: str) -> bool:
    low = word.lower()
    return is_definite_noun(low) or (len(low) > 6 and low.isalpha() and low.endswith(("et", "en", "na"))
                                     and not is_finite_verb(low))


def _certain_subject(rest: Sequence[str]) -> bool:
    """A pronoun or a name after the verb is its subject whatever the question word."""
    return rest[0].lower() in lex.SUBJECT_PRONOUNS or rest[0][:1].isupper()


def _subject_length(rest: Sequence[str], verb: str) -> int:
    """How many of the words after the finite verb make its subject (0: none recognised)."""
    if not rest:
        return 0
    word, low = rest[0], rest[0].lower()
    after = rest[1] if len(rest) > 1 else ""
    if low in lex.PLURAL_DETERMINERS | lex.SUBJECT_DETERMINERS and low not in _COMPARATIVES and after \
            and not is_finite_verb(after):
        return 3 if after[:1].isdigit() and len(rest) > 2 else 2  # 'de 28 skolorna', 'de unga', 'våra elever'
    if low in lex.SUBJECT_PRONOUNS:
        return 1
    if word[:1].isupper():  # a name, with its kind word: 'Alingsås kommun', 'Region Örebro län'
        n = 1
        while n < len(rest) and (rest[n][:1].isupper() or rest[n].lower() in lex.NAME_KINDS):
            n += 1
        if rest[n - 1].endswith("s") and n < len(rest) and _owned_noun(rest[n]):
            n += 1  # a genitive owns the noun after it: 'Karlskogas projekt Progression 02'
            while n < len(rest) and (rest[n][:1].isupper() or rest[n][:1].isdigit()):
                n += 1
        return n
    if len(rest) == 1 and verb.lower() in ("är", "var"):
        return 1  # 'vad är antipluggkultur'
    if _definite(low) or (len(low) > 6 and low.endswith(("an", "on")) and not low.endswith(("tion", "sion", "son"))):
        n = 1  # 'skolket', 'processtödet', 'närvaron', with a name after it: 'projektet #jagmed'
        while n < len(rest) and (rest[n][:1] == "#" or rest[n][:1].isupper()):
            n += 1
        return n
    return 0


def listed(names: Sequence[str]) -> str:
    """'A', 'A och B', 'A, B och C' ('' for none).

    >>> listed(["flickor"]), listed(["flickor", "pojkar"]), listed(["A", "B", "C"]), listed([])
    ('flickor', 'flickor och pojkar', 'A, B och C', '')
    """
    return " och ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
