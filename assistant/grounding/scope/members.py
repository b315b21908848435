"""Members of numbered lists, groups and sets: whether evidence names the member or item asked, or only others."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant import lexicon as lex
from assistant.grounding.counts import states_count
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
    verb_form,
)
from assistant.grounding.scope.terms import (
    _ITEM_FRAME,
    _says_word,
    says_stem,
)
from assistant.grounding.selection import (
    Scored,
)
from assistant.index.lexical import (
    fold,
    inflection_stem,
    tokenize,
)
from assistant.index.units import (
    Unit,
    row_frame,
    split_sentences,
    units_of,  # noqa: F401 (the doctests' examples build units with it)
)
from assistant.numbers import count_word
from assistant.schema import Chunk  # noqa: F401 (the doctests' examples build chunks with it)


def qualified_noun(text: str) -> tuple[str, str] | None:
    """The one of a set a question names by its qualifier and definite noun ('i den gröna gruppen' -> ('gron',
    'grupp')), folded stems; None when it names none."""
    m = lex.QUALIFIED_NOUN_RE.search(text)
    if m is None or m.group(1).lower() in lex.NOT_QUALIFIERS:
        return None
    return inflection_stem(fold(m.group(1)))[:4], inflection_stem(fold(m.group(2)))[:5]


def labelled_other(unit: Unit, qualifier: str, noun: str) -> bool:
    """Whether a unit stands in a paragraph (or opens one) labelled with another one of the set: '”Rosa grupp”. 11 av
    de 23 eleverna …' is about the pink group, so its '8 av de 11 … är pojkar' is no figure of the green one. A label
    is a paragraph's first sentence of at most three words ('”Grön grupp”.', 'Grupp 5.') naming the noun.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="lab", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="”Rosa grupp”. 11 av de 23 eleverna sjönk. Noterbart är att 8 av de 11 är pojkar.")
    >>> [labelled_other(u, "gron", "grupp") for u in units_of(c)], labelled_other(units_of(c)[-1], "rosa", "grupp")
    ([True, True, True], False)
    >>> c = Chunk(chunk_id="lab2", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=1, text="”Röd grupp”. 15 av de 30 sjönk. Noterbart är att 10 av de 15 är pojkar.")
    >>> labelled_other(units_of(c)[-1], "roda", "grupp"), labelled_other(units_of(c)[-1], "bla", "grupp")
    (False, True)
    """
    lines = unit.chunk.text.split("\n")  # a chunk's line is a block: the unit's paragraph
    paragraph = lines[unit.line] if unit.kind == "sentence" and 0 <= unit.line < len(lines) else unit.text
    opening = split_sentences(paragraph.strip())[:1]
    if not opening:
        return False
    label = fold(opening[0]).strip(" .:")
    words = re.findall(r"\w+", label)
    if not 1 < len(words) <= 3 or not any(w.startswith(noun) for w in words):
        return False
    # the label's qualifier in its own form ('Röd grupp' for 'den röda gruppen', 'Grön' for 'gröna')
    return not any(w.startswith(qualifier) or (len(w) >= 3 and qualifier.startswith(w)) for w in words)


def numbered_members(text: str, lenient: bool = False) -> list[tuple[str, frozenset[int]]]:
    """The members of numbered runs `text` names, as (noun stem, numbers): 'efter workshop två' -> [('works', {2})],
    'som gällde workshop tre och fyra' -> [('works', {3, 4})]. Stop words and the nouns of grades, sections, bounds
    and the like (lexicon.NUMBERED_MEMBER_SKIP) name no run. A question's number must end the phrase (or a finite
    verb follow it); `lenient` (a passage) takes any noun and number ('På workshop 2 deltog 25 personer') and an
    ordinal before its noun ('den andra workshopen').

    >>> numbered_members("Hur många svarade på utvärderingsenkäten efter workshop två?")
    [('works', frozenset({2}))]
    >>> numbered_members("På den första enkäten, som gällde workshop tre och fyra, kom 19 svar in.")
    [('works', frozenset({3, 4}))]
    >>> numbered_members("Hur många i årskurs 9 deltog efter två veckor?"), numbered_members("Grupp 5. 15 elever")
    ([], [('grup', frozenset({5}))])
    >>> numbered_members("Hur många deltog i workshop 2 (den om normer)?")
    [('works', frozenset({2}))]
    >>> numbered_members("Krävs minst 5 års erfarenhet?"), numbered_members("Hur många i åldern 6 till 9 finns?")
    ([], [])
    >>> [('works', frozenset({2})) in numbered_members(t, lenient=True) for t in ("På workshop 2 deltog 25 personer",
    ...  "Workshop 2 (25 deltagare)", "I workshop nr 2 fick 19 elever", "Under den andra workshopen kom 19")]
    [True, True, True, True]
    """
    out = []
    for m in lex.NUMBERED_MEMBER_RE.finditer(text):
        noun = m.group("noun").lower()
        if noun in lex.NUMBERED_MEMBER_SKIP or fold(noun) in _stopwords_folded() or (
                noun.endswith("t") and verb_form(noun)):
            continue  # (a supine: 'efter att de fyllt sju' names no member)
        if not lenient and not lex.NUMBERED_MEMBER_END_RE.match(text, m.end()):
            after = re.match(r"\s+([a-zåäöé]+)", text[m.end():])
            if after is None or not verb_form(after.group(1)):
                continue  # 'workshop två dagar' counts days
        numbers = frozenset(_member_number(n) for n in (m.group("n"), m.group("n2")) if n)
        out.append((inflection_stem(fold(noun))[:5], numbers))
    if lenient:
        for m in _ORDINAL_MEMBER_RE.finditer(fold(text)):
            if fold(m.group(2)) not in _stopwords_folded():
                out.append((inflection_stem(m.group(2))[:5], frozenset({_FOLDED_ORDINALS[m.group(1)]})))
    return out


# An ordinal before its noun ('den andra workshopen', folded): a passage's name for a member of a run.
_FOLDED_ORDINALS = {fold(w): v for w, v in lex.ORDINALS.items()}
_ORDINAL_MEMBER_RE = re.compile(rf"\b(?:den|det)\s+({'|'.join(_FOLDED_ORDINALS)})\s+([a-z][a-z-]{{3,}})")


def _member_number(word: str) -> int:
    return count_word(word) or 0  # (NUMBERED_MEMBER_RE reads only counts)


@lru_cache(maxsize=1)
def _stopwords_folded() -> frozenset[str]:
    from assistant.index.lexical import stopwords

    return stopwords()


def names_member(unit: Unit, asked: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """Whether a unit, its context, the heading lines above it or its headings name each asked member of a run
    ('Workshop 2' over the passage, or 'efter workshop två' in it): a figure of the run's other members ('som gällde
    workshop tre och fyra') or of none named is no figure of it."""
    above = " . ".join(u.text for u in unit.labels_above)
    own = numbered_members(f"{unit.text} . {unit.context()} . {above} . {unit.chunk.heading_path_text}",
                           lenient=True)
    return all(any(o == noun and numbers & n for o, n in own) for noun, numbers in asked)


def names_other_member(unit: Unit, asked: Sequence[tuple[str, frozenset[int]]]) -> bool:
    """Whether a unit (as `names_member` reads it) names a member of an asked run by another number and not the
    asked one ('som gällde workshop tre och fyra' for workshop två): its figure is of that other member."""
    above = " . ".join(u.text for u in unit.labels_above)
    own = numbered_members(f"{unit.text} . {unit.context()} . {above} . {unit.chunk.heading_path_text}",
                           lenient=True)
    return any(any(o == noun and not numbers & n for o, n in own) and not any(o == noun and numbers & n for o, n in own)
               for noun, numbers in asked)


def only_subjects_shared(question: Question, pool: Sequence[Scored]) -> bool:
    """Whether the units of `pool` (those about every named subject) share no word with the question but its named
    subjects: not one of its other content words stands in their text, context or headings. Narrower than asking
    for the question's specific words (`asked_terms`), which a passage may put in other words: here it puts none
    of them at all, so it matched on the year or name alone."""
    named = {fold(s.text) for s in question.subjects}
    rest = [t for t in question.content_terms - question.subject_terms if t not in named and not t.isdigit()]
    return bool(rest) and bool(pool) and not any(
        _says_word(f"{s.unit.text} {s.unit.context()} {s.unit.chunk.heading_path_text}", t) for s in pool for t in rest)


def enumerated_with(figures: Sequence[Scored], name: str) -> list[str]:
    """The sentences of the figures' chunks that enumerate `name` among other names (lexicon.ENUMERATED_NAMES_RE:
    'Hamnen, Kvarnen och Ljusbacken'); [] for none."""
    folded = fold(name)
    out: list[str] = []
    for chunk_text in dict.fromkeys(s.unit.chunk.text for s in figures):
        for m in lex.ENUMERATED_NAMES_RE.finditer(chunk_text):
            if re.search(rf"\b{re.escape(folded)}\b", fold(m.group())):
                start = max(chunk_text.rfind(".", 0, m.start()), chunk_text.rfind("\n\n", 0, m.start())) + 1
                end = chunk_text.find(".", m.end())
                out.append(chunk_text[start:end if end >= 0 else len(chunk_text)])
    return out


def _own_line(unit: Unit) -> str:
    """What a unit's own line says: a table row with its caption and column names (units.row_frame), else its text
    without the heading above it (review27: a heading naming the statistic is no line stating it)."""
    return row_frame(unit) if unit.kind == "row" else unit.text


def figure_frame(unit: Unit) -> str:
    """What says what a figure is of: a table row's caption, column names and label (units.row_frame), else the
    unit's text and context."""
    return row_frame(unit) if unit.kind == "row" else f"{unit.text} {unit.context()}"


def qualifier_words(group: str) -> list[str]:
    """The content words of a count's qualifier ('med annat modersmål än svenska' -> ['modersmål', 'svenska']): no
    stopword, no word of three letters or fewer."""
    stop = _stopwords_folded()
    return [w for w in re.findall(r"[a-zåäö-]+", group.lower())
            if len(w) > 3 and fold(w) not in stop and w not in ("utan", "annat", "andra", "annan")]


def split_by_other_group(unit: Unit, noun: str) -> bool:
    """Whether a figure's frame splits the counted `noun` by a group of another kind ('Flickor 2025', 'Pojkar
    2025' over 'Inskrivna barn …'): it names a group word (lexicon.GROUP_WORDS) of a slot other than the noun's."""
    frame = figure_frame(unit)
    own = lex.GROUP_WORDS.get(noun.lower())
    return any(slot != own and not fold(w).startswith(fold(noun)[:4])
               for w, slot in lex.GROUP_WORDS.items() if re.search(rf"\b{re.escape(w)}\b", frame, re.I))


def enumerated_names(sentences: Sequence[str], name: str) -> list[str]:
    """The other names the sentences enumerate `name` with ('Hamnen', 'Ljusbacken' for 'Kvarnen')."""
    names = [w for sentence in sentences for m in lex.ENUMERATED_NAMES_RE.finditer(sentence)
             for w in re.findall(r"[A-ZÅÄÖ][\wåäöé-]+", m.group())]
    return [w for w in dict.fromkeys(names) if fold(w) != fold(name)]


def names_singly(text: str, name: str) -> bool:
    """Whether `text` names `name` outside an enumeration of names ('På Ljusbacken, som har tjejkvällar …', not
    'Hamnen, Kvarnen och Ljusbacken').

    >>> names_singly("På Ljusbacken var andelen 44 procent.", "Ljusbacken")
    True
    >>> names_singly("De tre gårdarna, Hamnen, Kvarnen och Ljusbacken, hade 38 400 besök.", "Kvarnen")
    False
    """
    rest = lex.ENUMERATED_NAMES_RE.sub(" ", text)
    return re.search(rf"\b{re.escape(fold(name))}\b", fold(rest)) is not None


def part_set_noun(text: str) -> str:
    """The stem of the set's noun a part of a set is asked of ('skol' of 'Hur många av skolorna … hade …?'), '' for
    none (lexicon.PART_OF_SET_QUESTION_RE)."""
    m = lex.PART_OF_SET_QUESTION_RE.search(text)
    if m is None or fold(m.group("set")) in _stopwords_folded():
        return ""
    stem = inflection_stem(fold(m.group("set")))
    return stem[:max(4, len(stem) - 1)]


def counts_whole(unit: Unit, noun: str) -> bool:
    """Whether every number in a unit is a year or a count of the set `noun` names ('en granskning av 28 skolor' for
    'skol'), at least one the latter: the unit gives the set's size, not a part of it. A share ('procent', '%') is
    a part.

    >>> def unit(text): return units_of(Chunk(chunk_id=text, source="s", title="t", doc_type="", heading_path=[],
    ...                                        start_line=1, end_line=1, text=text))[0]
    >>> counts_whole(unit("Skolinspektionen publicerade 2021 en granskning av 28 skolor."), "skol")
    True
    >>> counts_whole(unit("Av de 28 skolorna hade 12 förbättrat sina resultat."), "skol")
    False
    """
    text = fold(unit.text)
    if "%" in text or "procent" in text:
        return False
    whole = False
    for m in lex.PLAIN_NUMBER_RE.finditer(text):
        if lex.YEAR_RE.fullmatch(m.group()):
            continue
        if not re.match(rf"\s+(?:[a-z]+\s+)?{re.escape(noun)}", text[m.end():]):
            return False
        whole = True
    return whole


def lacks_item(figures: Sequence[Scored], asked: Sequence[str], weights: TermWeights, text: str = "") -> str:
    """Whether the best figures are rows of one list (at least LIST_ROWS under one title, the first among them) and an
    asked word that is no word of the title and that no document holds as such names none of its rows: the list
    names its items, and the asked one is not among them ('skolskjuts' in a cost calculation of six posts). That word
    (the first such), '' for none."""
    if not figures or figures[0].unit.kind != "row":
        return ""

    def title(s: Scored) -> str:
        return fold(f"{s.unit.context()} {s.unit.chunk.heading_path_text}")

    rows = [s for s in figures if s.unit.kind == "row" and title(s) == title(figures[0])]
    if len(rows) < LIST_ROWS:
        return ""
    # A word that asks for the amount or points at a line ('belopp', 'raden', 'post') or spells out a figure
    # ('sjuhundra') names no item.
    frame = [w for w in re.findall(r"[\w-]+", text) if _item_frame(fold(w)) or lex.SPELT_NUMBER_RE.fullmatch(w)]
    items = [t for t in asked if not says_stem(title(figures[0]), t) and not any(says_stem(w, t) for w in frame)]
    unseen = [t for t in items if not weights.seen(t)]
    # the item is what the sum is for ('raden för skolskjuts'), not how it is asked ('Vilket belopp …')
    after = [m.group(1) for m in lex.ITEM_OF_SUM_RE.finditer(text)]
    after = [inflection_stem(fold(w)) for w in after if w not in frame]
    after = [w for w in after if not says_stem(title(figures[0]), w)]
    # A row that names the words the sum is asked for ('Stöd till lärare, enhet 2 264 tkr' for '… raden för stöd
    # till lärare och enhet') or states the asked figure ('700 tkr') is the asked item: positive evidence kept.
    numbers = {re.sub(r"\s", "", n) for n in lex.PLAIN_NUMBER_RE.findall(text) if not lex.YEAR_RE.fullmatch(n)}
    if not unseen or any(says_stem(s.unit.text, t) for s in rows for t in items) or any(
            says_stem(s.unit.text, w) for s in rows for w in after) or any(
            re.sub(r"\s", "", n) in numbers for s in rows for n in lex.PLAIN_NUMBER_RE.findall(s.unit.text)):
        return ""
    return next((t for t in unseen for w in after if says_stem(w, t) or w.startswith(t)), unseen[0])


def _item_frame(word: str) -> bool:
    """Whether a folded word is a frame word of a sum (lexicon.ITEM_FRAME_WORDS) or an inflection of one ('raden',
    'beloppet', 'posterna')."""
    return word in _ITEM_FRAME or any(len(f) >= 3 and word.startswith(f) and len(word) - len(f) <= 3
                                      for f in _ITEM_FRAME)


# How many rows of one list the best figures must be for the list to be read as naming its items.
LIST_ROWS = 3


def states_part(unit: Unit, group: str, whole: str) -> bool:
    """Whether a unit gives the count of `group` (folded) within a whole: where the question names the whole's
    number `whole`, as a part of that number ('8 av de 11 …', '…, varav 15 …'); else a part of any whole or a
    count of the group.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="sp", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="Noterbart är att 8 av de 11 i denna grupp är pojkar. Flickor 9, pojkar 11, totalt 20.")
    >>> [(states_part(u, "pojkar", "11"), states_part(u, "pojkar", "39"), states_part(u, "pojkar", ""))
    ...  for u in units_of(c)]
    [(True, False, True), (False, False, True)]
    >>> aims = Chunk(chunk_id="sp2", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...              end_line=1, text="Ett av målen är att flickorna ska trivas. En av de 12 flickorna slutade.")
    >>> [states_part(u, "flickor", "") for u in units_of(aims)]  # 'Ett av målen' is no part of the girls
    [False, True]
    """
    text = fold(unit.text)
    stem = inflection_stem(group)
    if stem not in text and stem not in fold(unit.context()):
        return False
    if not whole:
        return bool(lex.PART_FIGURE_RE.search(unit.text)) or states_count(unit, group)
    if not lex.PART_FIGURE_RE.search(unit.text):
        return False
    joined = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)  # '1 300' is one number
    return not whole or re.search(rf"(?<!\d){re.escape(whole)}(?!\d)", joined) is not None


def names_group(unit: Unit, group: str) -> bool:
    """Whether a unit or its context names a folded group ('utlandsk bakgrund'): every word of it, inflected, or a
    content word of five letters or more by its first five ('var frånvarande' for 'hög frånvaro'; review of int25: a
    paraphrase is the same group). A share of it may be said in any form ('87 procent av eleverna var behöriga'), so
    naming it is enough to keep a figure.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="ng", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="25 av de 40 eleverna var frånvarande mer än 15 procent. 12 av de 40 eleverna gick i årskurs 9.")
    >>> [names_group(u, "hog franvaro") for u in units_of(c)]
    [True, False]
    """
    text = fold(f"{unit.text} {unit.context()}")
    words = [w for w in group.split() if w not in lex.PREPOSITIONS]
    return all(re.search(rf"\b{re.escape(inflection_stem(w)[:max(4, len(inflection_stem(w)) - 1)])}", text)
               for w in words) or any(re.search(rf"\b{re.escape(w[:5])}", text) for w in words if len(w) >= 5)


# Words of a part's sentence that name no group of the set: its measure ('procent', 'andel') and its frame.
_NO_GROUP_STEMS = ("procent", "andel", "antal", "totalt")


def names_other_group(unit: Unit, group: str, noun: str) -> bool:
    """Whether a unit's part of a set names a group other than the folded asked `group` (the set's folded `noun`
    aside): a group word of another slot (lexicon.GROUP_WORDS), a grade, a programme, or a content word of five
    letters or more sharing no five-letter start with the asked group's words. Positive evidence that the part is of
    another group; a paraphrase of the asked one ('var frånvarande' for 'hög frånvaro') is none.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="nog", source="s", title="t", doc_type="rapport", heading_path=["Frånvaro i årskurs 9"],
    ...           start_line=1, end_line=1, text="x")
    >>> [names_other_group(Unit(t, c, 0, 1, 1, "sentence", "body"), "hog franvaro", "elev") for t in (
    ...  "15 av de 23 eleverna var frånvarande.", "8 av de 23 eleverna gick i årskurs 9.",
    ...  "3 av de 23 eleverna var pojkar.", "5 av de 23 eleverna kom in på ett nationellt program.")]
    [False, True, True, True]
    """
    text = unit.text
    asked = [w for w in group.split() if w not in lex.PREPOSITIONS]
    slots = {lex.GROUP_WORDS[w] for w in asked if w in lex.GROUP_WORDS}
    if any(slot not in slots and not fold(w).startswith(noun[:4])
           for w, slot in lex.GROUP_WORDS.items() if re.search(rf"\b{re.escape(w)}\b", text, re.I)):
        return True
    if lex.GRADE_RE.search(text) or re.search(r"\bprogram", fold(text)):
        return True
    return any(len(t) >= 5 and not t.isdigit() and not (noun and t.startswith(noun[:4]))
               and not t.startswith(_NO_GROUP_STEMS) and not any(t[:5] == w[:5] for w in asked)
               for t in tokenize(text))


def part_of_set(unit: Unit, group: str, whole: str, noun: str) -> bool:
    """Whether a unit gives a part of the asked set ('8 av de 23 eleverna kom …': of its number `whole`, else a part
    naming the set's noun) that is of another group than the asked one (folded `group` not in it).

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="ps", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="8 av de 23 eleverna kom in på ett nationellt program. Tre av de tio eleverna hade adhd.")
    >>> [(part_of_set(u, "utlandsk bakgrund", "23", "elev"), part_of_set(u, "adhd", "", "elev")) for u in units_of(c)]
    [(True, True), (False, False)]
    """
    text = fold(unit.text)
    if inflection_stem(group) in text or not lex.PART_FIGURE_RE.search(unit.text):
        return False
    if whole:
        joined = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)
        return re.search(rf"\bav\s+(?:de\s+|dem\s+|dessa\s+|alla\s+)?{re.escape(whole)}(?!\d)", joined) is not None
    return bool(noun) and re.search(rf"\b{re.escape(noun)}", text) is not None
