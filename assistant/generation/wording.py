"""Swedish wording of the assistant's own sentences around what the sources say."""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.generation.easy import is_definite_noun, is_finite_verb

_QUESTION_WORDS = ("vad", "vem", "vems", "när", "var", "varför", "vart", "varifrån", "hur")
_WHICH = ("vilka", "vilken", "vilket")
# 'fler elever' after the verb is what is had, not who has ('vilka skolor har fler elever').
_COMPARATIVES = frozenset("fler färre mer mindre".split())


def indirect_question(text: str) -> str:
    """A Swedish direct question in the word order of an indirect one, to follow 'Underlaget har inga uppgifter
    om': the subject before the finite verb, or 'som' after the question phrase when that is the subject. A
    question it cannot read with certainty keeps its order.

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
    >>> indirect_question("vad är antipluggkultur"), indirect_question("varför slutar pojkar gå i skolan")
    ('vad antipluggkultur är', 'varför pojkar slutar gå i skolan')
    >>> indirect_question("när startade projektet"), indirect_question("hur ser könsfördelningen ut")
    ('när projektet startade', 'hur könsfördelningen ser ut')
    >>> indirect_question("vem leder arbetet"), indirect_question("Alingsås kommun 2024")
    ('vem leder arbetet', 'Alingsås kommun 2024')
    >>> indirect_question("blev närvaron bättre på gymnasiet")
    'om närvaron blev bättre på gymnasiet'
    >>> indirect_question("vilka resultat gav projektet #jagmed")
    'vilka resultat projektet #jagmed gav'
    """
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
    elif is_finite_verb(first) and len(words) > 1:  # a yes/no question: 'om' and the subject first
        n = _subject_length(words[1:], words[0])
        return " ".join(["om", *words[1:n + 1], first, *words[n + 1:]]) if n else text
    else:
        return text  # a phrase that is no question
    if i >= len(words) or not is_finite_verb(words[i]):
        return text
    verb, rest = words[i], words[i + 1:]
    n = _subject_length(rest, verb)
    copula_last = len(rest) == 1 and verb.lower() in ("är", "var")  # 'vad är antipluggkultur'
    if n and first in ("vad", "vem", "vems") + _WHICH and not _certain_subject(rest) \
            and verb.lower() not in lex.OBJECT_QUESTION_VERBS and not copula_last:
        return text  # 'Vem leder arbetet': the question word may be the subject
    if n:
        return " ".join(words[:i] + rest[:n] + [verb] + rest[n:])
    if first in ("vad", "vem") + _WHICH or (first == "hur" and i == 3):
        return " ".join(words[:i] + ["som", verb] + rest)  # the question phrase is the subject
    return text


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
        return n
    if len(rest) == 1 and verb.lower() in ("är", "var"):
        return 1  # 'vad är antipluggkultur'
    if is_definite_noun(low) or (len(low) > 6 and low.isalpha() and low.endswith(("et", "en", "na", "an", "on", "un"))
                                 and not is_finite_verb(low)):
        n = 1  # 'skolket', 'processtödet', 'föräldrarna', with a name after it: 'projektet #jagmed'
        while n < len(rest) and (rest[n][:1] == "#" or rest[n][:1].isupper()):
            n += 1
        return n
    if len(rest) > 1 and low.isalpha() and low.endswith(("ar", "er", "or")) and not is_finite_verb(rest[1]) \
            and verb.lower() not in ("är", "var", "har", "hade"):
        return 1  # an indefinite plural before an infinitive: 'varför slutar pojkar gå'
    return 0
