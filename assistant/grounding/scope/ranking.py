"""A superlative asked of one member of a set (refusalA33, issue 12): 'Vilken fritidsgård i Sjöhamn hade flest besök
2024?' was answered with 'Kommunens tre fritidsgårdar … hade 2024 sammanlagt 38 400 besök', and 'Vilken av Kupolens
insatser var mest uppskattad av tjejerna?' with the list of the insatser: a line about the set that ranks nothing is
no answer, the member asked is named only by a line that ranks or compares ('Flest nya deltagare kom till dans och
boxning', 'Skillnaden är störst i åldern 13–16 år') where it names what is measured, or by a table that holds the
measure for every member (the answer then picks the row: tables.extreme_row).

So among the best units one must be such a line or a row of such a table; where none is, the refusal says that the
material ranks nothing of the kind and shows what it says of the set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant import lexicon as lex
from assistant.grounding.question import Question
from assistant.grounding.scope.terms import _says_word
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, cells_in_place, header_rows, row_frame, row_label, table_rows
from assistant.schema import Chunk

# How many of the best units are read for a ranking line or table, and how close to the best one's score they must be.
RANK_POOL = 8
RANK_CLOSE = 0.5
# A table ranks the members of a set where at least this many of its rows hold a figure.
RANK_ROWS = 3
# The shortest compound head of a measure word that a ranking line's noun may be ('bidrag' of 'aktivitetsbidrag').
MEASURE_HEAD = 4


@dataclass(frozen=True)
class RankGap:
    """A superlative asked of one member of a set that no best unit ranks: the set's noun as the question writes it,
    the superlative and what it measures, and the best units that name the set (what the material says of it)."""

    set_word: str
    most: str
    measure: str
    naming: list[Scored]


def measure_terms(question_text: str) -> list[str]:
    """The words a line ranking the asked members must name, folded and stemmed (lexical.tokenize): the first word
    after the superlative (what it measures: 'besök' in 'flest besök 2024'), else the words between the set's noun
    and the superlative ('skillnaden i aktivitetsstöd' in 'I vilken ålder är skillnaden i aktivitetsstöd störst'); not
    names or years, which place the question, and not figures. Empty for no superlative asked of one member.

    >>> measure_terms("Vilken fritidsgård i Sjöhamn hade flest besök 2024?")
    ['besok']
    >>> measure_terms("I vilken ålder är skillnaden i aktivitetsstöd störst i Sjöhamn?")
    ['skillnad', 'aktivitetsstod']
    >>> measure_terms("Vilka aktörer har störst betydelse?"), measure_terms("Vilka aktörer finns?")
    (['betyd'], [])
    """
    m = lex.RANK_QUESTION_RE.search(question_text)
    if m is None:
        return []
    after = _content(m.group("measure"))
    # (the words between are the measure only where none follows: 'var mest uppskattad' after 'Vilken av insatserna
    # på fritidsgårdarna' measures being liked, not the fritidsgårdar that place the insatser)
    return after[:1] or list(dict.fromkeys(_content(question_text[m.end("set"):m.start("most")])))


def _content(text: str) -> list[str]:
    """The content words of `text`, folded and stemmed, less names, years and figures."""
    words = [w for w in re.findall(r"[\wåäöé-]+", text) if not w[:1].isupper() and not w[:1].isdigit()]
    return [t for w in words for t in tokenize(w) if not t.isdigit()]


def ranks(unit: Unit, terms: Sequence[str], set_word: str = "") -> bool:
    """Whether a unit's own line ranks or compares (lexicon.RANKING_TOLD_RE), or a sentence gives figures for two or
    more members side by side ('682 450 kronor … till flickors deltagande och 955 110 kronor till pojkars'), and names
    what is measured (one of `terms`; any such line where the question names no measure)."""
    # (figures of one measure: each followed by the same word, '682 450 kronor … 955 110 kronor'; not '2 480 000
    # kronor … till 46 föreningar')
    units = [fold(m.group(1)) for m in re.finditer(r"(?<![\d,.])\d[\d  ]*(?:[,.]\d+)?\s*(%|[^\W\d]+)", unit.text)]
    side_by_side = any(units.count(u) >= 2 for u in units)
    # (a comparison of women and men, 'går och åker buss mer än män', ranks the genders, not the members of another
    # set asked: 'Vilken busshållplats har flest halkolyckor?'; refusal38b probes)
    told = lex.RANKING_TOLD_RE.search(lex.GENDER_COMPARED_RE.sub(" ", unit.text) if set_word and
                                      _not_a_group(set_word) else unit.text)
    if not told and (not side_by_side or unit.kind == "row"):
        return False  # (a table row's figures are of its columns, not of members: ranking_table reads those)
    long_terms = [t for t in terms if len(t) >= MEASURE_HEAD]
    if told and long_terms and all(_ranks_the_measure(unit.text, t) for t in long_terms):
        # 'Det största bidraget är aktivitetsbidraget' ranks kinds of bidrag, the measure itself, not its receivers:
        # the noun after the superlative is the measure's head ('Vilken idrottsförening får mest aktivitetsbidrag?')
        return False
    if not told and set_word and _not_a_group(set_word) and lex.GENDER_ANY_FORM.search(unit.text):
        # figures side by side for women and men ('682 450 kronor … till flickors deltagande och 955 110 kronor till
        # pojkars') compare the genders, not the members of another set asked ('Vilken idrottsförening …?')
        return False
    line = f"{unit.text} {unit.context()}"
    return not terms or any(_says_word(line, t) for t in terms)


def _ranks_the_measure(text: str, term: str) -> bool:
    """Whether a ranking line's superlative ranks the measured thing itself: the noun after it is a compound head of
    the measure's word ('största bidraget' of 'aktivitetsbidrag'), not the word whole.

    >>> _ranks_the_measure("Det största bidraget är aktivitetsbidraget.", "aktivitetsbidrag")
    True
    >>> _ranks_the_measure("Flest besök hade Ljusbacken.", "besok"), _ranks_the_measure("Dans var störst.", "besok")
    (False, False)
    """
    for m in lex.RANKING_TOLD_RE.finditer(text):
        after = tokenize(text[m.end():].split(".")[0])[:1]
        if after and len(after[0]) >= MEASURE_HEAD and term != after[0] and term.endswith(after[0]):
            return True
    return False


def ranking_table(unit: Unit, set_word: str, terms: Sequence[str]) -> bool:
    """Whether a unit is a row of a table that holds a figure for each of several members of the asked set: its
    caption, column names or own label name what is measured, or the set where the question names no measure
    ('Årskurs | Flickor | Pojkar | Totalt' for 'Vilken årskurs …'), and at least RANK_ROWS of its rows hold a figure."""
    if unit.kind != "row":
        return False
    rows = table_rows(unit)
    if sum(1 for r in rows if re.search(r"\|\s*[<>≈~−-]?\s?\d", r.text)) < RANK_ROWS:
        return False
    frame = fold(row_frame(unit))
    # (what is measured where the question names it: a table of yrkesgrupper and their pay ranks no 'löneökning',
    # blind36 LK31; the set's noun only where no measure is named)
    return any(_says_word(frame, t) for t in terms) if terms else _says_word(frame, fold(set_word))


def of_the_set(unit: Unit, set_word: str, document_text: Callable[[Chunk], str] | None = None) -> bool:
    """Whether a ranking line's or table's members may be of the asked set: its passage, headings, title or document
    name the set's noun, or the noun is a common word that a passage need not name ('sport' over rows 'Fotboll', 'Innebandy';
    'aktivitet' for 'Flest nya deltagare kom till dans och boxning'). A rare noun the passage never names is a set it
    does not rank (blind37 HT29: 'Vilket hemtjänstområde beviljar flest timmar per brukare …' over a table by kön and
    åldersgrupp and 'Män beviljades fler timmar per brukare än kvinnor', which hold no områden).

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> rows = "| Grupp | Timmar per brukare |\\n| Kvinnor 65–79 år | 21,5 |\\n| Män 65–79 år | 24,0 |"
    >>> row = units_of(Chunk(chunk_id="c", source="s", title="Analys av hemtjänsten", doc_type="rapport",
    ...                      heading_path=["Tabell 1"], start_line=1, end_line=3, text=rows))[-1]
    >>> of_the_set(row, "hemtjänstområde"), of_the_set(row, "grupp"), of_the_set(row, "sport")
    (False, True, True)
    """
    from wordfreq import zipf_frequency

    chunk = unit.chunk
    document = document_text(chunk) if document_text is not None else ""
    if _says_word(f"{chunk.text} {chunk.heading_path_text} {chunk.title} {document}", fold(set_word)):
        return True
    return zipf_frequency(set_word.lower(), "sv") >= lex.RANKED_SET_ZIPF


def rows_of_groups(unit: Unit, set_word: str) -> bool:
    """Whether a table row's table labels its rows by groups of people only (kön, age, period:
    lexicon.GROUP_LABEL_REST_RE) while the set asked is no such group: 'Vilken idrottsförening i Lommaryd får mest
    aktivitetsbidrag?' over rows 'Flickor 7–12 år', 'Samtliga pojkar' ranks no förening (refusal37b probes;
    tests/test_refusal37b.py).
    """
    from assistant.grounding.scope.absent_rows import _labels

    if unit.kind != "row" or not _not_a_group(set_word):
        return False
    labels = [label for _, label in _labels(table_rows(unit))]
    return bool(labels) and all(lex.GROUP_LABEL_REST_RE.fullmatch(lex.GENDER_ANY_FORM.sub(" ", label))
                                for label in labels)


def labels_other_set(unit: Unit, set_word: str) -> bool:
    """Whether a table row's table heads its row labels with a noun for another set than the asked one: 'Idrott' over
    'Innebandy', 'Futsal' ranks idrotter, not the idrottshallar 'Vilken idrottshall har mest ojämn fördelning?' asks
    of, though its caption names them ('timmar i kommunens idrottshallar … per idrott'); 'Verksamhet och mått' ranks
    verksamheter, not fritidsgårdar (refusal38b probes). The head and the set's noun are one set where their stems are
    one ('Ämne' for 'ämnen') or one ends the other, a compound's head ('lag' of 'fotbollslag'); a head for no set of
    its own (lexicon.GENERIC_ROW_HEADS: 'Grupp') or none leaves the table to the other tests.

    >>> [_same_set(h, "idrottshall") for h in ("Idrott", "Hall", "Idrottshallar", "Verksamhet")]
    [False, True, True, False]
    """
    if unit.kind != "row":
        return False
    headers = header_rows(unit)
    cells = cells_in_place(headers[0]) if headers else []
    words = re.findall(r"[^\W\d_]+", cells[0]) if cells else []
    if not words or fold(words[0]) in lex.GENERIC_ROW_HEADS:
        return False
    return not _same_set(words[0], set_word)


def _same_set(head: str, set_word: str) -> bool:
    """Whether a row-label head and a set's noun name one set: one stem, or one ends the other (a compound's head);
    True (nothing to tell) for a head too short to judge."""
    a, b = tokenize(head)[:1], tokenize(set_word)[:1]
    if not a or not b or len(a[0]) < 3:
        return True
    return a[0] == b[0] or a[0].endswith(b[0]) or b[0].endswith(a[0])


def _not_a_group(set_word: str) -> bool:
    """Whether a superlative's set noun is no group of people by kön, age or period (lexicon.GROUP_SET_RE)."""
    return not (lex.GROUP_SET_RE.fullmatch(set_word) or lex.GENDER_ANY_FORM.search(set_word))


def rank_untold(question: Question, evidence: Sequence[Scored],
                document_text: Callable[[Chunk], str] | None = None) -> RankGap | None:
    """The superlative asked of one member of a set ('Vilken fritidsgård hade flest besök?') where none of the best
    units (the first RANK_POOL scoring at least RANK_CLOSE of the best) ranks or compares in a line naming what is
    measured, and none is a row of a table of the set's members; None where one is, or where no such superlative is
    asked.

    >>> from assistant.grounding.question import analyse
    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> q = analyse("Vilken fritidsgård hade flest besök 2024?")
    >>> gap = rank_untold(q, scored("Kommunens tre fritidsgårdar hade 2024 sammanlagt 38 400 besök."))
    >>> gap.set_word, gap.most, [s.unit.text for s in gap.naming]
    ('fritidsgård', 'flest', ['Kommunens tre fritidsgårdar hade 2024 sammanlagt 38 400 besök.'])
    >>> rank_untold(q, scored("Flest besök hade Ljusbacken, 16 000 under 2024.")) is None
    True
    >>> rank_untold(q, scored("Under 2024 hade Tornet 12 000 besök och Bryggan 9 500 besök.")) is None  # side by side
    True
    """
    m = lex.RANK_QUESTION_RE.search(question.cue_text)
    if m is None or not evidence or m.group("which").lower() == "vilka":
        return None  # (the plural asks for some important members, which a list of them may name)
    terms = measure_terms(question.cue_text)
    set_word = m.group("set")
    pool = [s for s in evidence[:RANK_POOL] if s.score >= RANK_CLOSE * evidence[0].score]
    # (a table holds the measure where its caption or columns name any word said of it: 'störst skillnad mellan
    # flickor och pojkar i behörighet' over '| Skola | Flickor | Pojkar |', the difference computed from its cells)
    measured = list(dict.fromkeys([*terms, *_content(m.group("measure"))]))
    # (a line ranking a row of a table whose rows are another set, 'Futsal har den mest ojämna fördelningen' over
    # 'Idrott | …' rows, ranks that set, not the asked idrottshallar: labels_other_set; refusal38b probes)
    others = {fold(row_label(r)) for s in pool if labels_other_set(s.unit, set_word) for r in table_rows(s.unit)}
    # (not a year, gender or total: 'Flest besök hade Ljusbacken 2024' names a year any table may label rows by)
    others = {label for label in others if len(label) >= MEASURE_HEAD
              and not lex.GROUP_LABEL_REST_RE.fullmatch(lex.GENDER_ANY_FORM.sub(" ", label))}
    if any(((ranks(s.unit, terms, set_word) and not any(_says_word(s.unit.text, label) for label in others))
            or (ranking_table(s.unit, set_word, measured) and not rows_of_groups(s.unit, set_word)
                and not labels_other_set(s.unit, set_word)))
           and of_the_set(s.unit, set_word, document_text) for s in pool):
        return None
    naming = [s for s in evidence[:RANK_POOL] if _says_word(s.unit.text, fold(set_word)) and not s.unit.is_label]
    return RankGap(set_word, m.group("most").lower(), m.group("measure").strip(), naming)

