"""A figure asked of a thing the figures' documents never name: 'Hur stor andel av männen beviljades dagverksamhet?'
over a home-care analysis whose figures are of matdistribution and trygghetslarm.

A figure question names what its figure is of by a specific word (terms.asked_terms: not a place or year, not how the
figure is given, not a word most documents use). Where no line of any of the best figures' documents uses that word
(by its stem, as a compound's first part, or written apart, 'stöd till lärare' for 'lärarstöd'), or a word the
lexicon maps it to, none of their figures is of that thing: the figure a neighbouring row or sentence gives is of
something else (another insats, occupation, room, budget line). This generalises scope.qualifiers (a rare qualifier of
a group noun, tune NM29) to any specific word of the question, with two limits that keep the asker's own phrasing from
counting as a missing subject. Only a specialist's word (rare in Swedish, lexicon.UNSPOKEN_WORD_MAX_ZIPF) is one a
document must use to speak of the thing ('lamporna' may be its 'belysning'), and a verb form
(lexicon.VERB_FORM_ENDINGS, 'avsattes'), a number word ('sjuhundra'), a word asking for an amount or line ('belopp',
lexicon.ITEM_FRAME_WORDS) or the noun after 'vilken' ('för vilken nämnd', what the answer names) says how the question
is put, not what the figure is of. A compound both of whose parts the documents use ('städhjälp' by 'städning' and
'hjälp') is their thing in the asker's words. Only on that positive evidence (the documents read whole, not the
figure's line) is a question refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import Question, everyday_compound, expansions
from assistant.grounding.scope.terms import asked_terms, names_parts, says_stem
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import fold, inflection_stem, tokenize
from assistant.schema import Chunk


def subject_word(word: str) -> bool:
    """Whether a question's word may name what its figure is of: written in lower case (a name is a subject of its
    own, scope.subjects), no verb form, number word or amount frame, rare in common Swedish.

    >>> [subject_word(w) for w in ("dagverksamhet", "avsattes", "beviljades", "timmar", "Granlida", "sjuhundra")]
    [True, False, False, False, False, False]
    """
    from wordfreq import zipf_frequency

    low = word.lower()
    if word != low or low.endswith(lex.VERB_FORM_ENDINGS) or low in lex.MODAL_VERBS or \
            low in lex.ITEM_FRAME_WORDS or lex.SPELT_NUMBER_RE.fullmatch(low):
        return False
    return zipf_frequency(low, "sv") < lex.UNSPOKEN_WORD_MAX_ZIPF


# The fewest letters of each part of a compound read as two words of the documents ('städ|hjälp').
COMPOUND_PART_LETTERS = 4


def parts_said(word: str, words: frozenset[str]) -> bool:
    """Whether a compound's first part begins a word of `words` and its last part (less its inflection) stands in one:
    'städhjälp' by 'städning' and 'hjälp', 'vardagskvällarna' by 'vardagar' and 'tjejkvällar'. A linking 's' or 'e'
    may join them.

    >>> parts_said("städhjälp", frozenset({"stadning", "hjalp"})), parts_said("dockvran", frozenset({"dock", "hornan"}))
    (True, False)
    """
    folded = fold(word)
    for cut in range(COMPOUND_PART_LETTERS, len(folded) - COMPOUND_PART_LETTERS + 1):
        first, last = folded[:cut], inflection_stem(folded[cut:])
        if len(last) < COMPOUND_PART_LETTERS or not any(w.startswith(first) for w in words):
            continue
        heads = {last, last[1:]} if last[:1] in "se" else {last}  # 'vardag|s|kvällarna'
        if any(h in w for h in heads if len(h) >= COMPOUND_PART_LETTERS for w in words):
            return True
    return False


def unspoken_terms(question: Question, weights: TermWeights | None, figures: Sequence[Scored],
                   document_text: Callable[[Chunk], str] | None) -> list[str]:
    """The question's words (as written) that name what the figure is of and that no line of the best figures'
    documents uses (module doc); [] otherwise."""
    if weights is None or document_text is None or not figures or question.language != "sv":
        return []
    asked = asked_terms(question, weights)
    if not asked:
        return []
    words = re.findall(r"[^\W\d_][\w-]*", question.text)
    asked_nouns = {m.group(1).lower() for m in lex.ASKED_WH_NOUN_RE.finditer(question.text)}
    # a word the lexicon maps to the documents' term ('killar' -> 'pojkar') is said by that term too
    mapped = [(set(tokenize(w)), set(tokenize(new))) for w, new, _ in expansions(question.text, "sv", frozenset())]
    documents = {s.unit.chunk.source: fold(document_text(s.unit.chunk)) for s in figures}
    vocabulary = frozenset(w for text in documents.values() for w in re.findall(r"\w+", text))
    lowered = frozenset(w for s in figures for w in re.findall(r"\w+", document_text(s.unit.chunk).lower()))
    missing: list[str] = []
    for term in asked:
        said = [w for w in words if term in tokenize(w)]
        if not said or not all(subject_word(w) and w.lower() not in asked_nouns for w in said):
            continue
        forms = {term} | {t for own, new in mapped if term in own for t in new}
        # an everyday compound is the documents' one ('tjejlagen' -> 'flicklagen'; question.everyday_compound)
        theirs = everyday_compound(said[0].lower(), lowered)
        forms |= set(tokenize(theirs)) if theirs else set()
        if any(says_stem(text, form) or names_parts(text, form) for text in documents.values() for form in forms) \
                or parts_said(said[0], vocabulary) or _mistyped(said[0], vocabulary):
            continue
        missing.append(said[0])
    return missing


def _mistyped(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a word is one the documents use, mistyped: one letter added, dropped, changed or two swapped
    ('frånvarno' for 'frånvaron'), or written with letters Swedish lacks ('høyt' in a Norwegian question): no thing
    of its own is asked by it (review35: 'Hvor mange elever hadde høyt fravær …' was refused for 'høyt')."""
    if re.search(r"[æøÆØ]", word):
        return True
    folded = fold(word.lower())
    return any(_one_edit(folded, w) for w in vocabulary
               if abs(len(w) - len(folded)) <= 1 and w[:1] == folded[:1] and w != folded)


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one inserted, dropped or changed letter, or two neighbours swapped.

    >>> _one_edit("franvarno", "franvaron"), _one_edit("dagverksamhet", "dagverksamhet"), _one_edit("logoped", "pedagog")
    (True, False, False)
    """
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]
