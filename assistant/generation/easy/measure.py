"""Lättläst: LIX, the readability index the easy rewrite is measured by, and the sentences it counts.
"""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.citations import MARKER_RE
from assistant.generation.easy.grammar import WORD_RE, is_finite_verb

_ANNOTATION_RE = re.compile(rf"\((?:{lex.DRAFT_MARK_ALTERNATION})\)")


def lix(text: str) -> float:
    """The LIX readability index: words per sentence + percentage of words longer than six letters.

    A sentence ('period', Björnsson 1968) ends at a full stop, '!', '?' or a colon, or where a new one opens with a
    capital: a heading or list item on a line of its own that opens with a capital is a sentence of its own. A list
    item in lower case without a full stop ('- tid', '- tålamod') goes on with the sentence before it, as its words
    would in running text; each list item is no sentence just for standing on its own line. Citation markers
    and the provenance labels '(förslag)', '(ni angav)' are annotations, not words.

    >>> lix("Vi läser. Det går bra.")
    2.5
    >>> lix("Vi läser [1]. Det går bra. (förslag)")
    2.5
    >>> lix("Vi läser t.ex. Kolada.")  # an abbreviation is one word, and its periods end no sentence
    4.0
    >>> lix("Det gäller:\\n- tid\\n- ork"), lix("Det gäller:\\n- Tid.\\n- Ork.")  # 2 sentences, and 3
    (2.0, 1.3)
    """
    clean = re.sub(r"[ \t]+([.!?,;:])", r"\1", _ANNOTATION_RE.sub(" ", MARKER_RE.sub(" ", text)))
    words = WORD_RE.findall(_DOTTED_ABBREVIATION_RE.sub(lambda m: m.group(0).replace(".", ""), clean))
    if not words:
        return 0.0
    sentences = max(1, _periods(clean))
    long_words = sum(len(w) > 6 for w in words)
    return round(len(words) / sentences + 100 * long_words / len(words), 1)


# A list item's mark in an answer's Markdown: nested under a numbered item ('  - ') or as a model writes it ('* ',
# '• '), which units.ITEM_PREFIX_RE, reading a document's own lines, does not take.
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+\.)\s+")


def _periods(clean: str) -> int:
    """The sentences LIX counts in `clean` (no markers): each line's (`lix_sentences`), less one for each line in
    lower case that goes on with a sentence the line before left open (no . ! ? or colon at its end)."""
    count, open_end = 0, False
    for line in clean.splitlines():
        body = _BULLET_RE.sub("", line).strip()
        pieces = [s for s in lix_sentences(body) if WORD_RE.search(s)]
        if not pieces:
            continue
        count += len(pieces) - (open_end and body[:1].islower())
        open_end = not body.endswith((".", "!", "?", ":"))
    return count


# A dotted abbreviation ('t.ex.', 'bl.a.', 'fr.o.m.'): one word for LIX, not two or three.
_DOTTED_ABBREVIATION_RE = re.compile(r"(?<![\w.])(?:[A-Za-zÅÄÖåäö]{1,3}\.){2,}")
_INNER_ABBREVIATION_RE = re.compile(
    rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, lex.INNER_ABBREVIATIONS))})\.$", re.I)


def lix_sentences(line: str) -> list[str]:
    """One line as the sentences LIX counts: the project's sentence split (`units.split_sentences`, which keeps
    'kl. 9.00', a web address or a decimal inside its sentence), pieces it ended at 't.ex.' or 'bl.a.' joined again
    (`lex.INNER_ABBREVIATIONS`), and a full stop after a figure and a colon before a space ending a sentence, as
    Björnsson counts it.

    >>> lix_sentences("Det gäller t.ex. Kolada och bl.a. SCB. Se skolverket.se/statistik: där finns mer.")
    ['Det gäller t.ex. Kolada och bl.a. SCB.', 'Se skolverket.se/statistik', 'där finns mer.']

    A sentence that ends in a figure ends there, as any other:

    >>> lix_sentences("Modellen tar sex månader från träff 1 till träff 4. Verksamheter kan få fler träffar.")
    ['Modellen tar sex månader från träff 1 till träff 4.', 'Verksamheter kan få fler träffar.']
    """
    from assistant.index.units import split_sentences

    pieces: list[str] = []
    for piece in split_sentences(line.strip()) if line.strip() else []:
        if pieces and _INNER_ABBREVIATION_RE.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return [c.strip() for p in pieces for n in _NUMBER_END_RE.split(p) for c in re.split(r":(?=\s|$)", n)
            if c.strip()]


# A full stop after a figure, then a capital: a sentence ends there ('… till träff 4. Verksamheter …'). The
# splitter keeps it inside as a German-style ordinal ('4.'), which Swedish does not write (Swedish: '4:e');
# Björnsson's LIX counts every full stop that ends a sentence.
_NUMBER_END_RE = re.compile(r"(?<=\d\.)\s+(?=[A-ZÅÄÖ])")


# A figure as the text writes it ('2 264', '38', '1,5', '2019/20'); thousands written with spaces are one figure.
_FIGURE_RE = re.compile(r"\d+(?:[ ,./]\d+)*")
# Words that deny (general Swedish): a lättläst rewrite may add one ('obehöriga' -> 'utan rätt utbildning') but never
# drop one. The 'inte' of a correlative pair ('inte bara A utan också B', `lex.EASY_PAIR_OPENERS`) denies nothing: it
# says A and B, as the easy words 'A. … också B.' do.
_NEGATION_RE = re.compile(r"\b(?:inte(?!\s+(?:bara|enbart|endast)\b)|ej|icke|aldrig|ingen|inget|inga|ingenting|"
                          r"varken)\b", re.I)


def meaning_lost(normal: str, easy: str) -> list[str]:
    """What the easy rewrite `easy` of `normal` lost that changes the meaning, as short notes (none: kept):
    a figure of the normal text missing from the easy one, fewer words of negation, or a statement that opens with
    its finite verb where no sentence of the normal text did (its subject was cut off: 'Känner sig uthängda …').

    >>> meaning_lost("Två kollegor vars pojkar har låga resultat känner sig inte trygga. [1]",
    ...              "Två kollegor har pojkar. Har låga resultat. Känner sig trygga. [1]")
    ['negation: 1 -> 0', "subject lost: 'Har låga resultat.'", "subject lost: 'Känner sig trygga.'"]
    >>> meaning_lost("Stöd till lärare, enhet 2 264 tkr [1]", "Stöd till lärare, enhet 2 264 tusen kronor. [1]")
    []
    """
    plain_normal, plain_easy = (MARKER_RE.sub(" ", t) for t in (normal, easy))
    notes = [f"figure: {f}" for f in dict.fromkeys(_FIGURE_RE.findall(plain_normal))
             if f not in plain_easy and f.replace(" ", "\u00a0") not in plain_easy]
    before, after = len(_NEGATION_RE.findall(plain_normal)), len(_NEGATION_RE.findall(plain_easy))
    if after < before:
        notes.append(f"negation: {before} -> {after}")
    openers = {_first_word(s) for line in plain_normal.splitlines() for s in lix_sentences(_BULLET_RE.sub("", line))}
    # an opening verb said in its plain word ('Genomför en analys.' -> 'Gör en analys.') opens the same way
    openers |= {lex.EASY_WORDS[o].split()[0] for o in openers if o in lex.EASY_WORDS}
    for line in plain_easy.splitlines():
        for sentence in lix_sentences(_BULLET_RE.sub("", line)):
            first = _first_word(sentence)
            if first and first not in openers and not sentence.rstrip().endswith("?") and is_finite_verb(first) \
                    and line.strip()[:1] not in ("-", "*", "•"):
                notes.append(f"subject lost: {' '.join(sentence.split())!r}")
    return notes


def _first_word(sentence: str) -> str:
    words = WORD_RE.findall(sentence)
    return words[0].lower() if words else ""
