"""A Norwegian or Danish question read in Swedish (trial 35 B): the sources are Swedish, and the question's words are
mapped to the Swedish the documents use (lexicon.NORDIC_TO_SWEDISH), as an English question's terms are mapped
(question.expansions); the answer says so (lexicon.NORDIC_NOTE)."""

from __future__ import annotations

import re

from assistant import lexicon as lex

_WORD_RE = re.compile(r"[^\W\d_]+")


def reads_nordic(text: str) -> bool:
    """Whether a question reads as Norwegian or Danish: a word with æ or ø, or at least lexicon.NORDIC_MARKER_MIN
    words Swedish never writes so ('hvordan', 'ikke', 'gutter').

    >>> reads_nordic("Hvordan kan skolen jobbe med likestilling?"), reads_nordic("Hur kan skolan arbeta med det?")
    (True, False)
    >>> reads_nordic("Hva sier veiledningen om fravær?"), reads_nordic("Vad säger Skolverket om Ørebro?")
    (True, False)
    >>> reads_nordic("Vad säger rapporten om Bærum och Tromsø?")
    False
    """
    words = [w.lower() for w in _WORD_RE.findall(text)]
    markers = sum(w in lex.NORDIC_MARKERS for w in words)
    # a place's name spelt with ø or æ ('Bærum och Tromsø' in a Swedish question) says nothing of the language
    foreign = sum(("æ" in w or "ø" in w) for w in _WORD_RE.findall(text) if w[:1].islower())
    return markers >= lex.NORDIC_MARKER_MIN or (foreign > 0 and markers + foreign >= lex.NORDIC_MARKER_MIN)


def in_swedish(text: str) -> str:
    """The question with its Norwegian or Danish words spelt as the Swedish ones (case of the first letter kept).

    >>> in_swedish("Hvordan kan skolen jobbe med likestilling og gutters skoleresultater?")
    'Hur kan skolan arbeta med jämställdhet och pojkars skolresultat?'
    >>> in_swedish("Hvor mange elever har fravær?")
    'Hur många elever har frånvaro?'
    """
    text = re.sub(r"\bhvor\s+(?=(?:mange|mye|stor|store|lang|lenge|længe|ofte)\b)", lambda m: "hur " if
                  m.group(0)[0] == "h" else "Hur ", text, flags=re.I)

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        swedish = lex.NORDIC_TO_SWEDISH.get(word.lower())
        if swedish is None:
            return word
        return swedish[:1].upper() + swedish[1:] if word[:1].isupper() else swedish

    return _WORD_RE.sub(swap, text)
