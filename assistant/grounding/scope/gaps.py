"""A sentence in which the material itself says that it does not measure or know the asked thing ('Hall- och
planbokningar för vuxna över 20 år följs inte upp per kön.'): a refusal says that sentence, cited, as the closest
thing, rather than a neighbouring table row (trial 29 #3), and where it names the organisation's own records of the
thing ('Kulturskolan har ett eget elevregister'), points there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.question import Question
from assistant.grounding.scope.terms import _term_stem, says_stem
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold

# How many of the best units (and of the verdict's evidence) are read for such a sentence.
GAP_POOL = 60


def gap_words(question: Question) -> list[str]:
    """The question's words that name the asked thing, rarest in Swedish at large first (wordfreq): its words less
    the common ones (lexicon.COMMON_WORD_ZIPF), the gender words (every sentence of a gender report names them), the
    named places and years, the verb after a question word, and short words."""
    from wordfreq import zipf_frequency

    named = {s.text.lower() for s in question.subjects}
    verb = lex.ASKING_VERB_RE.match(question.text)  # ('Vem utförde …': the asking verb names no thing)
    named |= {verb.group("verb").lower()} if verb else set()
    words = [w for w in dict.fromkeys(re.findall(r"[a-zåäöéü]+", question.text.lower()))
             if len(w) >= 4 and w not in named and not lex.GENDER.fullmatch(w)
             and zipf_frequency(w, "sv") < lex.COMMON_WORD_ZIPF]
    return sorted(words, key=lambda w: zipf_frequency(w, "sv"))


def names_word(text: str, word: str) -> bool:
    """Whether a text names a word, also as the first part of a compound whose head it shares with the next one
    ('Hall- och planbokningar' names 'hallbokningarna').

    >>> names_word("Hall- och planbokningar för vuxna följs inte upp.", "hallbokningarna")
    True
    >>> names_word("Hall- och planbokningar för vuxna följs inte upp.", "hallhyran")
    False
    """
    if says_stem(text, word):
        return True
    for m in re.finditer(r"\b(\w+)-\s+(?:och|eller|samt)\s+(\w+)", text):
        first, rest = m.group(1).lower(), word.lower()
        if len(first) >= 3 and rest.startswith(first) and len(rest) - len(first) >= 4 and \
                fold(_term_stem(rest[len(first):])) in fold(m.group(2)):
            return True
    return False


def stated_gap(question: Question, pool: Sequence[Scored]) -> Scored | None:
    """The unit among `pool` (best first) whose own text says the material does not measure, record or know something
    (lexicon.NOT_MEASURED_RE) and names the asked thing: the rarest of its words (gap_words), then the most of them;
    None where none does.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> text = ("Tabell 2 visar bidrag per förening och andelen flickor bland medlemmarna. Hall- och planbokningar "
    ...         "för vuxna över 20 år följs inte upp per kön. Vi vet i dag inte hur kulturskolans elever fördelar sig.")
    >>> c = Chunk(chunk_id="gap-doctest", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=1, text=text)
    >>> pool = [Scored(u, 1.0, 0.5, 0.5) for u in units_of(c)]
    >>> def Q(text): return Question(text=text, language="sv", answer_type="number")
    >>> stated_gap(Q("Hur stor andel av hallbokningarna för vuxna lag gick till kvinnor?"), pool).unit.text
    'Hall- och planbokningar för vuxna över 20 år följs inte upp per kön.'
    >>> stated_gap(Q("Hur fördelades aktivitetsstödet mellan flickor och pojkar 2021?"), pool) is None
    True
    """
    words = gap_words(question)
    if not words:
        return None
    best, hits = None, 0
    unique = list({s.unit.unit_id: s for s in reversed(pool)}.values())[::-1]  # first of each unit, best first
    for s in unique[:GAP_POOL]:
        unit = s.unit
        if unit.is_label or unit.kind == "row":
            continue
        said = gap_scope(unit.text)
        if not said or not names_word(said, words[0]):
            continue
        found = sum(1 for w in words if names_word(said, w))
        if found > hits:
            best, hits = s, found
    return best


def gap_scope(text: str) -> str:
    """What a sentence says is not measured or left out: the whole sentence where it says the material does not
    measure or know something (lexicon.NOT_MEASURED_RE), the thing left out where it delimits what the report covers
    (LEFT_OUT_AFTER_RE / LEFT_OUT_BEFORE_RE); '' for any other sentence.

    >>> gap_scope("Analysen omfattar inte vuxna över 20 år, eftersom aktivitetsbidraget bara betalas ut till unga.")
    ' vuxna över 20 år'
    >>> gap_scope("Timavlönade och visstidsanställda ingår inte."), gap_scope("Planen omfattar inte bara eleverna.")
    ('Timavlönade och visstidsanställda ', '')
    """
    if lex.NOT_MEASURED_RE.search(text):
        return text
    things = [m.group("thing") for m in lex.LEFT_OUT_AFTER_RE.finditer(text)]
    # the clause before 'ingår/jämförs inte' (read back to a stop, at most LEFT_OUT_CLAUSE characters: a pattern
    # reading it forward was quadratic on a long line, own last read)
    things += [re.split(r"[.;:,]", text[max(0, m.start() - LEFT_OUT_CLAUSE): m.start()])[-1]
               for m in lex.LEFT_OUT_BEFORE_RE.finditer(text)]
    return " ".join(t for t in things if t.strip())


# How far back from 'ingår inte' the thing left out is read.
LEFT_OUT_CLAUSE = 300


def own_records(text: str) -> str:
    """The organisation's own records a sentence names ('ett eget elevregister'), or ''.

    >>> own_records("Kulturskolan har ett eget elevregister, och dess deltagare ingår därför inte i analysen.")
    'ett eget elevregister'
    >>> own_records("Hall- och planbokningar följs inte upp per kön.")
    ''
    """
    m = lex.OWN_RECORDS_RE.search(text)
    return m.group(0) if m else ""
