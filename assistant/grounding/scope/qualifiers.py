"""A part of a group asked by a qualifier the figures' documents never use: 'de nyanlända eleverna' in a report
that never speaks of newly arrived pupils.

'Hur hög var skolnärvaron bland de nyanlända eleverna i internkontrollgruppen i Karlskoga?' is not answered by the
cohort's figures (tune NM29): the report follows the whole cohort and no line of it uses the word 'nyanlända', so
none of its figures is of that part of the group. The qualifier is a rare word before a group noun
(lexicon.QUALIFIED_GROUP_RE); only on that positive evidence (the best figures' documents lack its stem in every
line, not only the figure's own line) is the question refused: a document that names the group keeps it, whatever
its figure's line says (refusalB34).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.grounding.scope.terms import says_stem
from assistant.grounding.selection.scored import Scored
from assistant.index.lexical import tokenize
from assistant.schema import Chunk


def group_qualifier(text: str) -> tuple[str, str] | None:
    """(the qualifier, the group noun) of a group asked by a rare qualifying word ('nyanlända', 'eleverna'); None.

    >>> group_qualifier("Hur hög var skolnärvaron bland de nyanlända eleverna i Karlskoga?")
    ('nyanlända', 'eleverna')
    >>> group_qualifier("Hur många kvinnliga medarbetare finns?"), group_qualifier("Hur många svenska elever?")
    (None, None)
    >>> group_qualifier("Hur stor andel av de tillfrågade eleverna kände sig trygga?")  # the whole surveyed group
    >>> group_qualifier("Hur många timmar får de äldsta kvinnorna?")  # an age band, asked by its order
    """
    from wordfreq import zipf_frequency

    for m in lex.QUALIFIED_GROUP_RE.finditer(text):
        word = m.group("qual")
        if lex.GENDER.fullmatch(word) or zipf_frequency(word.lower(), "sv") >= lex.ROW_WORD_MAX_ZIPF or \
                word.lower() in lex.WHOLE_GROUP_QUALIFIERS or lex.AGE_EXTREME_RE.fullmatch(word):
            # ('de äldsta kvinnorna' asks the oldest age band's row, which no document names by that word:
            # scope.age_rows; wrongref36 probes)
            continue
        if len(tokenize(word)) != 1:
            continue
        return word, m.group("noun")
    return None


def unspoken_qualifier(text: str, figures: Sequence[Scored],
                       document_text: Callable[[Chunk], str] | None) -> tuple[str, str] | None:
    """The asked group's qualifier and noun where no line of any of the best figures' documents uses the qualifier
    (module doc); None otherwise."""
    asked = group_qualifier(text)
    if asked is None or not figures or document_text is None:
        return None
    stem = tokenize(asked[0])[0]
    if any(says_stem(document_text(s.unit.chunk), stem) for s in figures):
        return None
    return asked
