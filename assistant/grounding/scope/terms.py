"""The question's words and whether a passage says them (stems, compounds), read one way by every check."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import simplemma

from assistant import lexicon as lex
from assistant.grounding.glosses import names_glossed
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import (
    Question,
    Subject,
    common_terms,
    everyday_forms,
    expansions,
)
from assistant.grounding.selection import (
    Scored,
    subject_is_covered,
)
from assistant.index.lexical import (
    fold,
    inflection_stem,
    tokenize,
    word_list_terms,
)
from assistant.index.units import (
    Unit,
    cells_in_place,
    column_names,
    header_rows,
    items_led_by,
    list_of,
    record_head,
    units_of,
)
from assistant.schema import Chunk

# The largest share of the chunks a question word may stand in and still be the thing a figure must be about:
# a word in a quarter of the chunks places nothing (about idf 1.3 in a large collection; a share, unlike idf, means
# the same in three documents as in 3 000).
HEAD_MAX_SHARE = 0.25
# Words of figure questions that say how a figure is given, not what it is about; school subjects.
_FIGURE_FRAME = " ".join(lex.FIGURE_FRAME_WORDS)
_SCHOOL_SUBJECTS = " ".join(lex.SCHOOL_SUBJECT_WORDS)
_ITEM_FRAME = frozenset(fold(w) for w in lex.ITEM_FRAME_WORDS)
# From this share of the question's idf weight in a unit, the embedding similarity the unit needs to count as on
# topic is lowered in step with the share, by at most MAX_SIMILARITY_SLACK (reached at about 0.57 of the weight):
# 'Vad kom analysen av IT-stödet fram till?' is met by 'Analysen har därför kommit fram till att …' just under
# the embedding threshold, with the question's rarer words in it.
SOME_OVERLAP = 0.35
SIMILARITY_SLACK_PER_OVERLAP = 0.035
MAX_SIMILARITY_SLACK = 0.02
# A question in everyday words ('datorerna och it-systemen' for 'elevdatorer', 'systemstöd') holds few of a unit's
# own words and embeds a little further from it; the passage the best units stand in (its headings and its other
# lines) holding this share of the question's weight, compounds counted, places it on topic at a little less
# closeness. How many of the best units' passages are read.
PASSAGE_SUPPORT = 0.55
PASSAGE_SLACK = 0.015
PASSAGE_POOL = 3
# A unit that holds every word of a question of at least FULL_TERMS words (inflections met by their stem) is on topic
# a little further from it: e5 embeds a tense and a person's name poorly ('Vad yrkade Karin Öberg?' lies 0.82 from
# 'Yrkande: Karin Öberg (V) yrkar …', below the threshold that 'Vad yrkar Karin Öberg?' passes).
FULL_TERMS = 3
FULL_OVERLAP_SLACK = 0.03


def _says_word(text: str, term: str) -> bool:
    """Whether `text` holds the word `term` (a stem, folded), inflected or as the head of a compound's start. A
    long term is cut by up to three letters: the stemmer leaves some inflections whole ('närvaron'). An acronym
    and its spelled-out form name one thing (other_forms).

    >>> _says_word("SYV + samordnare nyanlända 700 tkr", "yrkesvagledning"), _says_word("Ett EHT-möte", "syv")
    (True, False)
    >>> _says_word("Studie- och yrkesvägledare har rekryterats", "syv")
    True
    """
    term = fold(term)
    stem = term[: max(5, len(term) - 3)] if len(term) > 6 else term  # 'mentorsprogrammet' meets 'mentorsprogram'
    folded = fold(text)
    if re.search(rf"\b{re.escape(stem)}", folded) is not None:
        return True
    other = other_forms(term)
    return other is not None and other.search(folded) is not None


# The shortest head word of an acronym's spelled-out form that names it alone ('yrkesvägled' of 'studie- och
# yrkesvägled' does; 'plan' of 'samordnad individuell plan' names any plan).
ACRONYM_HEAD_MIN = 8
# How many letters a stem may lack of that head and still be it ('yrkesvägl' of 'yrkesvägled'; 'utbildning' is not
# 'utbildningsnämnd').
STEM_CUT = 3


@lru_cache(maxsize=4096)
def other_forms(term: str) -> re.Pattern[str] | None:
    """The other ways a thing is written when `term` (folded) is an acronym or the head of its spelled-out form
    (lexicon.ACRONYM_FORMS, descriptive forms only: a proper name's words — 'Kommuner' of 'Sveriges Kommuner och
    Regioner' — name other things too, and an acronym of two senses is left to its context): 'Vad kostar
    studie- och yrkesvägledningen?' is answered by 'SYV + samordnare nyanlända 700 tkr' (trial32), 'Vad kostar
    SYV?' by 'studie- och yrkesvägledning'. None where the term has no other form.

    >>> [bool(other_forms(t).search("studie- och yrkesvagledning")) for t in ("syv", "yrkesvagled")]
    [True, False]
    >>> bool(other_forms("yrkesvagledare").search("syv + samordnare")), other_forms("plan"), other_forms("utbildning")
    (True, None, None)
    """
    found: list[str] = []
    for acronym, forms in lex.ACRONYM_FORMS.items():
        spelled = [fold(f) for f in forms if f[:1].islower()]
        if len(forms) != 1 or not spelled:
            continue
        head = spelled[0].split()[-1]
        if term == fold(acronym):
            found += [re.escape(spelled[0])] + ([re.escape(head)] if len(head) >= ACRONYM_HEAD_MIN else [])
        elif len(head) >= ACRONYM_HEAD_MIN and (term.startswith(head) or (len(term) >= len(head) - STEM_CUT
                                                                          and head.startswith(term))):
            found.append(rf"{re.escape(fold(acronym))}\b")
    if not found:
        return None
    return re.compile(rf"\b(?:{'|'.join(found)})")


def term_forms(question: Question, term: str) -> tuple[str, ...]:
    """A question's term and, where Snowball stems the question's word apart from its other forms, the start they
    share (question.lemma_prefixes: 'moten' of 'mötena' with 'mote', met by 'mötet' and 'mötestillfälle'), and for
    an everyday word the documents' terms for it (question.everyday_forms: 'skolkar' is said by 'frånvaro'): a text
    that says either says the word.

    >>> from assistant.grounding.question import analyse
    >>> term_forms(analyse("Vem ringer föräldrarna när en elev skolkar?"), "skolk")
    ('skolk', 'franvaro')
    """
    start = question.lemma_prefixes.get(term)
    forms = (term, start) if start else (term,)
    return forms + _everyday_terms(question.text).get(term, ())


@lru_cache(maxsize=256)
def _everyday_terms(text: str) -> dict[str, tuple[str, ...]]:
    """Each everyday word's term (as tokenize gives it) -> the documents' terms for it, of a question's text."""
    out: dict[str, tuple[str, ...]] = {}
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        terms = tokenize(word)
        mapped = tuple(t for w in everyday_forms(word) for t in tokenize(w))
        if len(terms) == 1 and mapped:
            out[terms[0]] = tuple(dict.fromkeys(out.get(terms[0], ()) + mapped))
    return out


def asked_terms(question: Question, weights: TermWeights) -> list[str]:
    """What a figure question asks about beyond what places it (named subjects, years), what is counted and how
    the figure is given: its specific words ('sommarskolan' in 'Hur många elever gick sommarskolan i X 2018?').
    It is also what a question with named subjects, or about an outcome, must find named. Every such word is
    kept whether or not the retrieved passages use it: a passage that does not name it is about something else."""
    counted = inflection_stem(question.counted) if question.counted else ""
    # A school subject is common in Swedish but says which figure is asked for ('godkänt i engelska').
    common = common_terms(question.search_text or question.text) - word_list_terms(_SCHOOL_SUBJECTS)
    # The asker's own words, not what the word maps added to the search ('lärarna' also searches 'pedagoger').
    found = [(w, new) for w, new, replaces in expansions(question.text, question.language, frozenset()) if not replaces]
    mapped = frozenset(t for _, new in found for t in tokenize(new)) - frozenset(tokenize(question.text))
    # An everyday word the documents never use ('sexan') is asked for as the documents write it ('årskurs 6').
    alias = {t: [a for a in tokenize(new) if not a.isdigit()] for w, new in found for t in tokenize(w)}
    terms = [a for t in question.content_terms - question.subject_terms - mapped
             for a in ((not weights.chunk_share(t) and alias.get(t)) or [t])]
    rest = [t for t in dict.fromkeys(terms)
            if not t.isdigit() and not (counted and (fold(t).startswith(counted) or counted.startswith(fold(t))))
            and t not in word_list_terms(_FIGURE_FRAME) and t not in common
            and weights.chunk_share(t) <= HEAD_MAX_SHARE]
    # A specific word stays whether or not the retrieved passages use it: a figure in a passage that does not
    # name it is about something else ('Vad kostar en skolsocionom?' is not answered by what a summer school
    # cost, even where another passage mentions skolsocionomer).
    return sorted(rest)


def asked_doer(question: Question) -> str:
    """The term (as tokenize gives it) of the doer a count question names as its subject ('Hur många verksamheter
    hörde projektledarna av sig till?' -> 'projektled'; lexicon.COUNT_QUESTION_DOER_RE), '' when it names none. A
    passage stating the count in a passive without a doer ('… har kontaktats') answers it without naming them.

    >>> from assistant.grounding.question import analyse
    >>> asked_doer(analyse("Ungefär hur många olika verksamheter hörde projektledarna av sig till under året?"))
    'projektled'
    >>> asked_doer(analyse("Hur många elever deltog i sommarskolan?")), asked_doer(analyse("Vem leder gruppen?"))
    ('', '')
    """
    if not question.counted:
        return ""
    m = lex.COUNT_QUESTION_DOER_RE.search(question.cue_text)
    if m is None or fold(m.group("counted")) != fold(question.counted):
        return ""
    terms = tokenize(m.group("doer"))
    return terms[0] if len(terms) == 1 else ""


def unheard_of(question: Question, weights: TermWeights) -> list[str]:
    """School subjects a figure question names that no document uses in any form ('godkänt i engelska' where
    no document mentions engelska): a figure about such a subject cannot stand in the material. Only this closed
    class of words: other words the documents lack are as often a user's everyday wording for what they say.
    (`asked_terms` finds them too in a large collection, but not where every word's idf is low.)"""
    out = []
    words = re.findall(r"[a-zåäöéü]+", question.text.lower())
    for i, word in enumerate(words):
        terms = set(tokenize(word))
        # Before the counted noun it describes ('hur många svenska elever') it is no subject taught.
        describes = question.counted and i + 1 < len(words) and fold(words[i + 1]).startswith(question.counted[:4])
        if terms and terms <= word_list_terms(_SCHOOL_SUBJECTS) and not describes and not any(
                weights.known(t) for t in terms):
            out.append(word)
    return out


def asked_per_head(text: str) -> str:
    """What a figure question asks the figure per: one of the heads lexicon.PER_HEAD_QUESTION_RE lists ('per elev'),
    else any other noun after 'per' that is no period or breakdown ('per deltagartillfälle'); '' for none.

    >>> asked_per_head("Vad kostar läxhjälpen per elev?"), asked_per_head("Vad får en förening per deltagartillfälle?")
    ('elev', 'deltagartillfälle')
    >>> asked_per_head("Hur många kvalitetsdialoger per termin blir det?"), asked_per_head("Hur många deltog per kön?")
    ('', '')
    """
    closed = lex.PER_HEAD_QUESTION_RE.search(text)
    if closed:
        return closed.group(1)
    open_head = lex.OPEN_PER_HEAD_QUESTION_RE.search(text)
    word = open_head.group(1).lower() if open_head else ""
    return "" if word in lex.RATE_NOT_ASKED_WORDS or lex.RATE_NOT_ASKED_RE.fullmatch(word) else word


def statistic_terms(question: Question) -> list[str]:
    """The statistic a figure question asks for, as terms, with the words the lexicon maps it to ('Hur hög var
    svarsfrekvensen …?' -> ['svarsfrekvens']): a figure's passage must speak of it, not only of the survey."""
    m = lex.STATISTIC_QUESTION_RE.search(question.text)
    if m is None:
        return []
    word = m.group(1)
    if word.lower() in lex.MEASURE_NOUNS:  # 'Hur stor är skillnaden i meritvärde …': how, not which figure
        return []
    mapped = [t for _, new, _ in expansions(word, question.language, frozenset()) for t in tokenize(new)]
    return list(dict.fromkeys([*tokenize(word), *mapped]))


# The words a question asking a figure per head frames it with ('Vad kostar …', 'hur mycket pengar …').
_PER_HEAD_FRAME = ("kost", "pris", "belopp", "mycket", "pengar", "summa", "avgift")
_PER_WORDS = frozenset({"per", "varje", "var"})


@lru_cache(maxsize=4096)
def _definite_of_a_noun(word: str) -> bool:
    """Whether `word` is the definite form of a noun in -a ('halkan' of 'halka'; simplemma)."""
    return simplemma.lemmatize(word, lang="sv") == word[:-1]


def _term_stem(term: str) -> str:
    """The stem a term is met by: a long word less its last two letters (at least five kept), so inflected and
    compound forms ('Sommarskola' for 'sommarskolan') count. A noun in -a asked in its definite form, which the
    stemmer leaves whole ('halkan'), is met by the compounds that drop its -a ('halkolyckor', 'halkbekämpning'):
    its stem is the word less '-an', four letters kept (wrongref38 probes: 'skadade sig i halkan' was refused over
    a table of 'Fotgängare som skadats i halkolyckor'). Only such a noun (its lemma the word less '-n'): 'mellan' and
    the name 'Julian' keep the usual stem (mend38).

    >>> _term_stem("sommarskolan"), _term_stem("halkan"), _term_stem("gatan"), _term_stem("flickan")
    ('sommarskol', 'halk', 'gatan', 'flick')
    >>> _term_stem("mellan"), _term_stem("julian")
    ('mella', 'julia')
    """
    if len(term) == 6 and term.endswith("an") and _definite_of_a_noun(term):
        return term[:4]
    return term[: max(5, len(term) - 2)] if len(term) > 5 else term


def says_stem(text: str, term: str) -> bool:
    """Whether `text` has a word beginning with `term`'s stem (as names_term, in this text only)."""
    stem = _term_stem(term)
    if re.search(r"\b" + re.escape(fold(stem)), fold(text)) is not None:
        return True
    other = other_forms(fold(term))  # an acronym or its spelled-out form (as _says_word)
    return other is not None and other.search(fold(text)) is not None


def names_asked(unit: Unit, term: str, document_text: Callable[[Chunk], str] | None, near: bool = False) -> bool:
    """names_term, or the unit names the thing by another name its own document gives it ('bistånd' under
    'Ekonomiskt bistånd' for 'försörjningsstöd' where the report writes 'ekonomiskt bistånd (försörjningsstöd)':
    grounding/glosses.py)."""
    return names_term(unit, term, near) or (
        document_text is not None and names_glossed(unit, term, document_text(unit.chunk)))


def names_term(unit: Unit, term: str, near: bool = False) -> bool:
    """Whether a unit's passage (its chunk), its context, its headings or its document title have a word that
    begins with `term` (a stem: 'sommarskolan' is met by 'Sommarskola', and as the start of a compound). The
    passage counts: a group named once ('… benämns grön, gul respektive rosa grupp') is what its figures are of.
    `near`: of the rest of the passage only the unit just before counts ('Dessa 8 elever blev behöriga …' is no
    count of summer-school pupils because a later sentence of its paragraph names sommarskola)."""
    c = unit.chunk
    stem = _term_stem(term)
    pattern = re.compile(r"\b" + re.escape(stem))
    # Each piece folded on its own: the fold cache then holds one entry per chunk, not one per unit.
    pieces = (unit.text, unit.context(), c.heading_path_text, c.title)
    if any(pattern.search(fold(piece)) for piece in pieces):
        return True
    if names_parts(fold(unit.text), term):  # the unit's own words only: its passage may name anything
        return True
    other = other_forms(fold(term))  # 'SYV + samordnare nyanlända 700 tkr' names studie- och yrkesvägledningen
    if other is not None and any(other.search(fold(piece)) for piece in pieces):
        return True
    if near:  # (another item of its list names another item's thing: '1. Simkurser …' over '2. Läxläsning för 14 …')
        units = units_of(c)
        before = units[unit.seq - 1] if 0 < unit.seq <= len(units) else None
        if unit.is_label and any(pattern.search(fold(u.text)) for u in _under_label(unit)):
            return True  # a heading's figure ('3 Hur går det? (3 timmar)') is of the passage it heads
        if before is not None and not (unit.is_item and before.is_item) and \
                pattern.search(fold(before.text)) is not None:
            return True
        return refers_back(unit, term)
    return pattern.search(fold(c.text)) is not None and pattern.search(fold(_passage_outside_siblings(unit))) is not None


# The fewest letters of an asked word read as the head (last part) of a text's compound, and the fewest letters
# before it: 'grupp' in 'samtalsgrupper', 'utbild' in 'ledarutbildning', not 'lag' in 'förslag'.
COMPOUND_HEAD_TERM_MIN = 5
COMPOUND_HEAD_LEAD_MIN = 3


def names_as_head(text: str, term: str) -> bool:
    """Whether `text` names `term` as the head of one of its compounds: Swedish names a kind of thing by a compound
    ending in the kind ('Samtalsgrupper om stress' are groups, 'Ledarutbildning för 12 tjejer' is a training), so a
    question's 'grupperna', 'utbildades' is met there. Only a term of COMPOUND_HEAD_TERM_MIN letters (a short one ends
    many unrelated words), with COMPOUND_HEAD_LEAD_MIN letters before it in the same word; the term's own inflection
    may follow.

    >>> [names_as_head(t, "grupp") for t in ("Samtalsgrupper om stress", "i varje grupp", "Gruppen")]
    [True, False, False]
    >>> names_as_head("5. Ledarutbildning för 12 tjejer", "utbild"), names_as_head("Förslag", "slag")
    (True, False)
    >>> names_as_head("Idrottsföreningsbidraget", "förening")
    False
    """
    stem = _term_stem(fold(term))
    if len(stem) < COMPOUND_HEAD_TERM_MIN:
        return False
    # (the word ends within an inflection of the term: 'Idrottsföreningsbidraget' names no 'förening'; review33)
    return re.search(rf"\w{{{COMPOUND_HEAD_LEAD_MIN},}}{re.escape(stem)}\w{{0,7}}\b", fold(text)) is not None


def named_by_title(unit: Unit, term: str) -> bool:
    """Whether a unit names `term` by the noun its document's title sets it beside: a title that names its subject
    by a kind and a name ('Läsfrämjande sommarskola Läslust för årskurs 4–6') calls the thing by its kind in the
    text ('Kommunens kostnad för sommarskolan 2024 var 486 000 kronor …'), so a line naming the kind names the
    named one (own probes, wrongref37: 'Vad kostade Läslust per deltagare?' was refused). Callers ask it of the asked
    thing's own word (the rarest asked word the documents use): a commoner word the title holds is no such name.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="nt", source="s", title="Läsfrämjande sommarskola Läslust för årskurs 4–6",
    ...           doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="Kommunens kostnad för sommarskolan var 486 000 kronor. Lunch ingår i priset.")
    >>> [named_by_title(u, "laslust") for u in units_of(c)], named_by_title(units_of(c)[0], "arskurs")
    ([True, False], False)
    """
    words = re.findall(r"[^\W\d_][\w-]*", fold(unit.chunk.title))
    stem = _term_stem(term)
    at = next((i for i, w in enumerate(words) if w.startswith(stem)), None)
    if not at:  # absent, or the title's first word: no kind before it
        return False
    kind = words[at - 1]
    if len(kind) < COMPOUND_HEAD_TERM_MIN or not tokenize(kind):
        return False
    return re.search(rf"\b{re.escape(_term_stem(kind))}", fold(unit.text)) is not None


def names_own_document(unit: Unit, term: str, document_text: Callable[[Chunk], str] | None) -> bool:
    """Whether an asked word names the unit's own document by its kind (lexicon.OWN_DOCUMENT_KIND_RE): its document
    speaks of itself by that kind ('Enkäten skickades i mars 2025 …') and, for a compound, its title names what the
    compound's first part does ('trygghetsenkäten' of 'Trygghetsundersökning … 2025'). Such a word places the figure
    in that document; it is no thing in it (as lexicon.DOCUMENT_KIND_WORD_RE for asked kinds).

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="od", source="s", title="Trygghetsundersökning 2025", doc_type="rapport", heading_path=[],
    ...           start_line=1, end_line=1, text="Män 65 år | 16 | 295\\n\\nEnkäten skickades i mars.")
    >>> u = units_of(c)[0]
    >>> [names_own_document(u, t, lambda ch: ch.text) for t in ("trygghetsenkat", "enkat", "foraldraenkat", "belysn")]
    [True, True, False, False]
    """
    m = lex.OWN_DOCUMENT_KIND_RE.search(term)
    if m is None or document_text is None:
        return False
    kind, first = term[m.start():], term[:m.start()]
    if not says_stem(document_text(unit.chunk), kind[:max(4, len(kind) - 2)]):
        return False
    first = first[:-1] if first.endswith("s") and len(first) > 4 else first
    return not first or (len(first) >= 4 and re.search(rf"\b{re.escape(first)}", fold(unit.chunk.title)) is not None)


def counts_respondents(unit: Unit, counted: str) -> bool:
    """Whether a table row counts those who answered (`counted`, folded, one of lexicon.RESPONDENT_WORDS) in a
    column the statistician's 'n' names ('Kvinnor 16–29 år | 54 | 212 | 47 | 198' under '… | n 2023 | … | n 2025'):
    'Hur många svarande fanns i gruppen …?' is answered there (wrongref37 probes).

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="cr", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...           end_line=1, text="Grupp | Andel 2025 | n 2025\\nMän | 14 | 311\\nKvinnor | 30 | 400")
    >>> row = units_of(c)[1]
    >>> counts_respondents(row, "svarande"), counts_respondents(row, "elever")
    (True, False)
    """
    if unit.kind != "row" or not any(counted.startswith(w) for w in lex.RESPONDENT_WORDS):
        return False
    headers = [h for h in header_rows(unit) if h is not unit]
    names = column_names(headers, len(cells_in_place(unit))) if headers else None
    return bool(names) and any(lex.RESPONDENT_COLUMN_RE.match(n.strip()) for n in names)


def named_by_own_item(unit: Unit, term: str) -> bool:
    """Whether the numbered item a field sentence runs on from names `term` (units.record_head): 'Kostnad: 1 450 000
    kronor.' two fields after '1. Ny LED-belysning sätts upp längs gång- och cykelvägen genom Ekdalsparken.' is the
    cost of the light along the cycle path, and of nothing else. Callers ask it of the asked thing's own word (the
    rarest asked word the documents use), not of any asked word: another item's field names its item only, and an
    item that shares a commoner word with the question ('årskurs') is another measure.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="nb", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="1. Ny belysning längs cykelvägen.\\n\\nAnsvarig: parkenheten. Kostnad: 450 000 kronor.\\n"
    ...                "2. Tunneln målas om.\\n\\nAnsvarig: trafikenheten.")
    >>> cost = units_of(c)[2]
    >>> named_by_own_item(cost, "cykelvag"), named_by_own_item(cost, "tunnel")
    (True, False)
    """
    head = record_head(unit)
    if head is None:
        return False
    said = fold(head.text)
    return re.search(rf"\b{re.escape(_term_stem(term))}", said) is not None or names_parts(said, term) or \
        names_as_head(said, term)


# The shortest first and last part of a compound a text may write apart ('lärar|stöd' as 'Stöd till lärare').
COMPOUND_PART_MIN_FIRST = 4
COMPOUND_PART_MIN_LAST = 4


def refers_back(unit: Unit, term: str) -> bool:
    """Whether a unit names a compound term by its last part after an earlier unit of its passage named it whole:
    Swedish names a thing once in full and then by its head ('… skickades en utvärderingsenkät ut …' then 'På den
    första enkäten … kom 19 svar in'), so the head there is the compound. Only an earlier unit counts (a head
    before the compound is named is another thing's), and only a last part of COMPOUND_PART_MIN_LAST letters.

    >>> from assistant.schema import Chunk
    >>> c = Chunk(chunk_id="rb", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1,
    ...           text="Första enkäten fick 4 svar. Sedan skickades en utvärderingsenkät ut. På enkäten kom 19 svar in.")
    >>> [refers_back(u, "utvarderingsenkat") for u in units_of(c)]
    [False, False, True]
    """
    stem = fold(term)
    earlier = units_of(unit.chunk)[: unit.seq]
    whole = re.compile(r"\b" + re.escape(_term_stem(stem)))
    if not any(whole.search(fold(u.text)) for u in earlier):
        return False
    own = fold(unit.text)
    return any(re.search(r"\b" + re.escape(stem[cut:]), own)
               for cut in range(COMPOUND_PART_MIN_FIRST, len(stem) - COMPOUND_PART_MIN_LAST + 1))


def names_parts(folded: str, term: str) -> bool:
    """Whether a folded text writes a compound term apart as Swedish does: its last part, a preposition (and at
    most a determiner), then its first part as a word of its own ('lärarstödet' is the budget line 'Stöd till
    lärare', 'datorproblem' is 'problem med datorerna'). The first part must be a whole word with at most an
    inflection ('lärare', 'datorerna'), not the start of another compound; two word-starts anywhere ('under
    sommaren hade skolan' for 'sommarskol') are no compound.

    >>> names_parts("stod till larare, enhet 2 264 tkr", "lararstod"), names_parts("stod till rektor", "lararstod")
    (True, False)
    >>> names_parts("under sommaren hade skolan 45", "sommarskol"), names_parts("lararna stod for 20", "lararstod")
    (False, False)
    """
    stem = fold(term)
    links = "|".join(fold(w) for w in lex.COMPOUND_APART_PREPOSITIONS)
    determiners = "|".join(fold(w) for w in lex.COMPOUND_APART_DETERMINERS)
    endings = "|".join(sorted({fold(a + b) for a in ("", *lex.COMPOUND_FIRST_PART_ENDINGS) for b in lex.INFLECTIONS},
                              key=len, reverse=True))
    for cut in range(COMPOUND_PART_MIN_FIRST, len(stem) - COMPOUND_PART_MIN_LAST + 1):
        first, last = stem[:cut], stem[cut:]
        # the last part less the term's own inflection ('lärarstöd|et' is met by 'Stöd till lärare')
        last = min((last[: len(last) - len(e)] for e in lex.INFLECTIONS
                    if last.endswith(e) and len(last) - len(e) >= COMPOUND_PART_MIN_LAST), key=len)
        pattern = (rf"\b{re.escape(last)}\w*\s+(?:{links})\s+(?:(?:{determiners})\s+)?"
                   rf"{re.escape(first)}(?:{endings})\b")
        if re.search(pattern, folded):
            return True
    return False


def _under_label(unit: Unit) -> list[Unit]:
    """The units a heading line heads: those after it in its chunk, up to the next heading line."""
    out: list[Unit] = []
    for u in units_of(unit.chunk)[unit.seq + 1:]:
        if u.is_label and not u.text.rstrip().endswith(":"):
            break
        out.append(u)
    return out


def _passage_outside_siblings(unit: Unit) -> str:
    """A unit's chunk without the other items of its list (those it leads into, and those above it at a shallower
    level, stay): sibling items are parallel things, so '5. Ledarutbildning för 12 tjejer' is no figure of the padel
    named in item 2 of the same list."""
    if not unit.is_item:
        return unit.chunk.text
    keep = {u.unit_id for u in items_led_by(unit)}
    lines = unit.chunk.text.split("\n")
    for item in list_of(unit):
        if item is unit or item.unit_id in keep or (item.depth < unit.depth and item.line < unit.line):
            continue
        for i in range(item.line, item.line + item.end_line - item.start_line + 1):
            if 0 <= i < len(lines):
                lines[i] = ""
    return "\n".join(lines)


def corpus_mentions(corpus_text: str, subject: Subject) -> bool:
    return subject_is_covered(subject, [corpus_text])


def fold_text(texts: Sequence[str]) -> str:
    return fold("\n".join(texts))


# The shortest question term that is looked for inside a compound ('dator' in 'elevdatorer').
COMPOUND_PART_MIN = 5


def holds_every_word(question: Question, ranked: Sequence[Scored], weights: TermWeights) -> bool:
    """Whether one of the best units holds every content word of a question of FULL_TERMS words or more (a word
    by its stem: 'yrkade' and 'yrkar' are both 'yrk')."""
    return len(question.content_terms) >= FULL_TERMS and any(
        weights.overlap(question.content_terms, s.unit.match_terms, prefixes=question.prefix_terms) >= 1.0
        for s in ranked[:PASSAGE_POOL])


def passage_support(question: Question, ranked: Sequence[Scored], weights: TermWeights) -> float:
    """The largest share of the question's weight that the passage of one of the best units (its chunk and
    headings) holds, a word also met as part of a compound ('dator' by 'elevdator', 'system' by 'systemstöd'):
    the passage, not one line, says what a question in everyday words is about."""
    best = 0.0
    seen: set[str] = set()
    for s in ranked[:PASSAGE_POOL]:
        chunk = s.unit.chunk
        if chunk.chunk_id in seen:
            continue
        seen.add(chunk.chunk_id)
        words = frozenset(tokenize(f"{chunk.heading_path_text} {chunk.text}"))
        best = max(best, weights.share(question.content_terms, lambda t, words=words: t in words or (
            len(t) >= COMPOUND_PART_MIN and any(w.startswith(t) or w.endswith(t) for w in words))))
    return best
