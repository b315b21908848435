"""What counts something in a text: the one notion of "a count" that selection scores and scope judges by.

A number in a text is not always a count: a list item's number ('5. Elever som …'), a school grade
('årskurs 6'), a date, a diary number or an amount counts no pupils. `count_text` blanks such numbers, and
`states_count` reads a count of a noun in what is left, so a unit is not chosen as the answer to 'Hur många
elever …?' for a number that counts nothing, nor judged to answer it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.index.lexical import fold, inflection_stem, tokenize
from assistant.index.units import Unit, row_label, units_of  # noqa: F401 (units_of: doctests)

# A list item's number at the start of a unit ('1. Erbjud …', '5) Elever …').
ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s+")
# The next item's number inside a unit that opens with one: a number and a point before a capital ('… 4. Elever').
_RUN_ON_ITEM_RE = re.compile(r"(?<=\s)\d{1,2}[.)]\s+(?=[A-ZÅÄÖ])")
# A count in folded text: digits, or lexicon.NUMBER_WORD_RE's words folded as the text is ('hälften' -> 'halften');
# scope.counts_asked reads counts by it too.
COUNT_RE = re.compile(r"\d+(?:[ ,.]\d+)*|" + fold(lex.NUMBER_WORD_RE.pattern), re.I)
# Prepositions that end the phrase a number before a counted noun belongs to (lexicon.PREPOSITIONS but the
# partitive 'av'), folded.
_COUNT_BREAKERS = frozenset(fold(w) for w in lex.PREPOSITIONS - {"av"})
# lexicon.REPRESENTATIVE_NOUN_RE and its prepositions, folded as the words they are matched against.
_REPRESENTATIVE_RE = re.compile(fold(lex.REPRESENTATIVE_NOUN_RE.pattern), re.I)
_REPRESENTATIVE_PREPOSITIONS = frozenset(fold(w) for w in lex.REPRESENTATIVE_PREPOSITIONS)


def count_text(text: str, counted: str | None = None) -> str:
    """`text` with the numbers that count nothing blanked: dates, school years, list and paragraph numbers,
    footnote marks, and (for a count of `counted`, folded) ages, lengths of time, amounts and grades.

    >>> count_text("5. Elever som ej var behöriga i årskurs 6", "elever").split()
    ['Elever', 'som', 'ej', 'var', 'behöriga', 'i']
    >>> count_text("3. Elever som ej var behöriga 4. Elever som var det", "elever").split()
    ['Elever', 'som', 'ej', 'var', 'behöriga', 'Elever', 'som', 'var', 'det']
    """
    text = re.sub(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}\b", " ", text)  # dates are not counts
    text = lex.SCHOOL_YEAR_RE.sub(" ", text)  # nor a school year ('läsårsvis 2015/16 och 2016/17')
    text = lex.INLINE_ENUMERATOR_RE.sub(" ", text)  # nor an enumerator in running text ('har (1) fått …')
    if ITEM_NUMBER_RE.match(text):  # nor is a list item's number ('1. Erbjud modersmålsstöd …'), nor the next
        # item's where a line break was lost and two items run together ('3. Elever som … 4. Elever som …')
        text = _RUN_ON_ITEM_RE.sub(" ", ITEM_NUMBER_RE.sub("", text))
    text = lex.NOTE_REFERENCE_RE.sub("", text)  # nor a footnote's number after a word ('… plan)34')
    text = lex.REFERENCE_NUMBER_RE.sub(" ", text)  # nor a paragraph or diary number ('[BUN 2016-05-16 §50]')
    if counted and not lex.TIME_NOUN_RE.search(counted):
        text = lex.TIME_AMOUNT_RE.sub(" ", text)  # nor an age or a length of time ('ungdomar (16-20 år)')
    if counted:
        text = lex.MONEY_RE.sub(" ", text)  # nor an amount ('Verksamhetsutvecklare 1 300 tkr' counts no one)
        if not lex.GRADE_RE.fullmatch(counted):
            text = lex.GRADE_RE.sub(" ", text)  # nor a grade ('årskurs 1 till och med årskurs 9')
    return text


def states_count(unit: Unit, counted: str, text: str | None = None) -> bool:
    """Whether a unit gives a count of `counted` (folded): a number that counts something (count_text) within
    four words of the noun ('Omkring 180 personer …', 'personerna var 180'), or a table row whose column names
    hold the noun. `text` is the unit's text already blanked (count_text), when the caller has it.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="counts-doctest-1", source="s", title="t", doc_type="rapport", heading_path=[],
    ...           text="Omkring 180 personer har lyssnat.", start_line=1, end_line=1)
    >>> states_count(units_of(c)[0], "personer"), states_count(units_of(c)[0], "elever")
    (True, False)
    >>> c2 = Chunk(chunk_id="counts-doctest-2", source="s", title="t", doc_type="rapport", heading_path=[],
    ...           text="Nämnden informeras vid två tillfällen om antalet elever med frånvaro. 8 av de 23 eleverna kom in. "
    ...                "Eleverna följdes under de tre åren. Eleverna med frånvaro var 38.",
    ...           start_line=1, end_line=1)
    >>> [states_count(u, "elever") for u in units_of(c2)]
    [False, True, False, True]
    """
    stem = inflection_stem(counted)
    if unit.kind == "row":  # the noun in its column names, or in its own label cells ('Antal kvinnor | 23')
        # (not as what the figures are per: 'dagar per föräldraledig medarbetare' counts days, no employees)
        return bool(lex.DIGIT_RE.search(unit.text)) and any(
            stem in lex.PER_DIVISOR_RE.sub(" ", fold(said)) for said in (unit.context(), row_label(unit)))
    folded = fold(count_text(unit.text, counted) if text is None else text)
    if abbreviated_count(folded, counted):
        return True  # 'kursen …, 15hp' counts högskolepoäng
    words = folded.split()
    for i, word in enumerate(words):
        if _inflects(word, stem) or _is_compound_head(word, counted):
            # A number before the noun with a preposition between counts another thing ('vid två tillfällen om
            # antalet elever' counts occasions): only the words after the last such preposition count ('av' is a
            # share's: '8 av de 23 eleverna').
            start = max(0, i - 4)
            cut = next((i - k for k, w in enumerate(reversed(words[start:i])) if w in _COUNT_BREAKERS), start)
            if not _counted_through_representatives(words, cut, word, counted):
                start = cut
            after = words[i + 1: i + 5]
            # After the noun, a number that opens a prepositional phrase counts that phrase's noun ('dessa elevers
            # utveckling under de tre högstadieåren').
            after = [w for k, w in enumerate(after) if not _in_phrase_of_preposition(after[:k])]
            window = " ".join([*words[start: i + 1], *after])
            if any(not lex.YEAR_RE.fullmatch(m.group(0)) for m in COUNT_RE.finditer(window)):
                return True
    return False


def _counted_through_representatives(words: Sequence[str], after: int, word: str, counted: str) -> bool:
    """Whether the preposition ending at `after` (its index + 1 in `words`, all folded) joins a noun for
    representatives to the plural counted noun `word`: 'ett sjuttiotal företrädare för olika verksamheter' counts the
    verksamheter it reached through them (lexicon.REPRESENTATIVE_NOUN_RE); 'tio företrädare för kommunen' (one body,
    singular) and 'två möten för elever' do not.

    >>> w = "ett sjuttiotal foretradare for olika verksamheter har kontaktats".split()
    >>> _counted_through_representatives(w, 4, "verksamheter", "verksamheter")
    True
    >>> w2 = "tio foretradare for kommunen deltog".split()
    >>> _counted_through_representatives(w2, 3, "kommunen", "kommuner")
    False
    >>> w3 = "tva moten for elever".split()
    >>> _counted_through_representatives(w3, 3, "elever", "elever")
    False
    """
    if after < 2 or words[after - 1] not in _REPRESENTATIVE_PREPOSITIONS:
        return False
    return bool(_REPRESENTATIVE_RE.fullmatch(words[after - 2])) and word.startswith(fold(counted))


def counts_the_asked_deed(unit: Unit, counted: str, terms: frozenset[str]) -> bool:
    """Whether a unit counts what a count question asks as one compound of the counted noun and another of the
    question's words (`terms`, stemmed as `tokenize`): 'Åtta elevintervjuer genomfördes.' for 'Hur många elever
    intervjuades?'. Swedish names a deed done to or by the counted thing by a compound whose first part is that
    noun and whose head is the deed ('elevintervjuer', 'lärarbesök'): such a count is no count of pupils
    (`_inflects`), but it answers how many were interviewed beside any count of the pupils themselves.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="counts-doctest-3", source="s", title="t", doc_type="rapport", heading_path=[],
    ...           text="Åtta elevintervjuer genomfördes. Två elevgrupper bildades.", start_line=1, end_line=1)
    >>> [counts_the_asked_deed(u, "elever", frozenset({"elev", "intervju"})) for u in units_of(c)]
    [True, False]
    """
    first = tokenize(counted)
    if not first:
        return False
    stem = first[0]
    others = [t for t in terms if len(t) >= 4 and t != stem]
    for word in fold(count_text(unit.text, counted)).split():
        term = next(iter(tokenize(word)), "")
        if not term.startswith(stem) or len(term) < len(stem) + 4:
            continue
        rest = term[len(stem):]
        rest = rest[1:] if rest.startswith("s") and not any(rest.startswith(t) for t in others) else rest
        if any(rest.startswith(t) or (len(rest) >= 4 and t.startswith(rest)) for t in others) and \
                states_count(unit, word):
            return True
    return False


# How many more letters than the counted noun's stem a word's own stem may have and still be a form of that noun
# ('eleverna' -> 'eleve' for 'elev'); a compound that only begins with the noun is another thing ('elevintervjuer').
INFLECTION_REACH = 2


def _inflects(word: str, stem: str) -> bool:
    """Whether `word` (folded) is a form of the noun whose stem is `stem`, not a compound it only begins: 'Åtta
    elevintervjuer' counts interviews, not pupils, and 'två elevgrupper' groups (Swedish compounds name their head
    last).

    >>> [_inflects(w, "elev") for w in ("elever", "eleverna", "elevernas", "elevintervjuer", "elevgrupper")]
    [True, True, True, False, False]
    >>> _inflects("lan/regioner", "lan")  # 'fem län/regioner': two words joined by a slash
    True
    """
    if not word.startswith(stem):
        return False
    own = re.match(r"\w+", word)  # 'län/regioner' is 'län' and another word
    return own is not None and len(inflection_stem(own.group(0))) - len(stem) <= INFLECTION_REACH


def _is_compound_head(word: str, counted: str) -> bool:
    """Whether `word` is the last part of the compound `counted` (both folded): a text names a compound once and
    then counts it by its head ('formella kvalitetsdialoger … till två dialoger per läsår').

    >>> _is_compound_head("dialoger", "kvalitetsdialoger"), _is_compound_head("moten", "uppfoljningsmoten")
    (True, True)
    >>> _is_compound_head("elever", "elever"), _is_compound_head("ar", "skolar"), _is_compound_head("skolor", "elever")
    (False, False, False)
    """
    head = inflection_stem(word)
    return len(word) >= 5 and len(counted) >= len(word) + 3 and head in counted[-len(word) - 2:]


def _in_phrase_of_preposition(before: Sequence[str]) -> bool:
    """Whether the word after `before` stands right after a preposition (an article between): 'under de tre'."""
    if before and before[-1] in _COUNT_BREAKERS:
        return True
    return len(before) >= 2 and before[-1] in lex.PHRASE_DETERMINERS and before[-2] in _COUNT_BREAKERS


def abbreviated_count(folded: str, counted: str) -> bool:
    """Whether `folded` gives a number with the unit abbreviation of `counted` ('15hp', '180 tkr').

    >>> abbreviated_count("kursen psykosocial halsa, 15hp.", "hogskolepoang"), abbreviated_count("15hp", "elever")
    (True, False)
    """
    return any(re.search(rf"\d\s?{re.escape(a)}\b", folded) for a in lex.COUNT_ABBREVIATIONS.get(counted, ()))



def per_head(text: str, head: str) -> bool:
    """Whether `text` states a figure per `head` ('6 000 kronor per deltagare', '450 kr/elev', 'för varje elev',
    'elevkostnad'), the head's inflections and compounds too.

    >>> per_head("Kostnaden var 6 000 kronor per deltagare.", "deltagare"), per_head("Garanti 1 700 tkr", "elev")
    (True, False)
    >>> per_head("Kostnad per elev och år: 450 kr", "elev"), per_head("500 kr/elev", "elev")
    (True, True)
    >>> per_head("Kostnaden var 6 000 kronor per deltagare.", "elev"), per_head("2 000 kr per skola", "elev")
    (True, False)
    """
    heads = lex.PUPIL_HEADS if head.lower() in lex.PUPIL_HEADS else (head.lower(),)
    stem = "(?:" + "|".join(map(re.escape, heads)) + ")"
    return bool(re.search(rf"(?:\b(?:per|för varje|för var|varje)\s+|/\s*){stem}|\b{stem}\w*kostnad", text, re.I))
