"""Swedish sentence helpers the fact readers and drafts share: finite verbs, clause order, groups, sources."""

from __future__ import annotations

import re

from assistant import lexicon as lex
from assistant.generation.easy import is_finite_verb as _finite
from assistant.index.lexical import fold


def _content_words(text: str) -> list[str]:
    """The words of a measure that say what is measured: not who, where or how much ('andelen pojkar som läser varje
    dag' -> ['läser', 'dag'])."""
    return [w for w in re.findall(r"[\wåäö-]+", text.lower())
            if len(w) >= 3 and not w.isdigit() and w not in lex.GROUP_WORDS and w not in lex.PREPOSITIONS
            and w not in lex.SUBJECT_PRONOUNS and w not in lex.SUBJECT_DETERMINERS and w not in lex.SENTENCE_ADVERBS
            and w not in lex.TARGET_WORDS and w not in lex.CARD_GENERIC_WORDS and w != "som"
            and w not in lex.CONJUNCTIONS]  # 'och' names no measure (trial 31: it tied a clause to any indicator)


def _alike(a: str, b: str) -> bool:
    """Two forms of one word, leniently ('läser' and 'läste', 'trygga' and 'tryggheten', 'frånvaron' and 'frånvaro'):
    their first letters agree up to the last two of the shorter, and at least three."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= 3 and common >= min(len(a), len(b)) - 2


def is_finite_verb(word: str) -> bool:
    """`easy.is_finite_verb`, or a strong past form a user's figure is told with (`lexicon.FIGURE_PAST_VERBS`:
    'avbröt 34 procent av kvinnorna …' keeps its verb, so the goal knows the measure should fall)."""
    return _finite(word) or word.lower() in lex.FIGURE_PAST_VERBS


def user_source(sentence: str) -> str:
    """The user's own data source named in a sentence, spelt properly ('i var elevenkat' -> 'er elevenkät',
    'I trivselenkäten 2024' -> 'trivselenkäten'); '' when none.

    >>> user_source("i var elevenkat 2024 svarade 31 %"), user_source("I trivselenkäten 2024 uppgav 27 %")
    ('er elevenkät', 'trivselenkäten')
    >>> user_source("enligt Skolverkets statistik"), user_source("I vårens trivselenkät svarade 31 %")
    ('', 'er trivselenkät')
    """
    folded = fold(sentence)
    m = lex.USER_SOURCE_RE.search(folded)
    if m is None:
        return ""
    owner, prefix, kind, ending = m.group(1) or "", m.group(2) or "", m.group(3), m.group(4) or ""
    if kind == "statistik" and not prefix and owner not in ("var", "vart", "vara", "er", "ert", "era"):
        return ""  # 'enligt statistiken' names no source of their own
    if len(folded) == len(sentence):  # the prefix as the user wrote it ('trivsel', 'Elev')
        prefix = sentence[m.start(2):m.end(2)].lower()
    word = f"{prefix}{lex.USER_SOURCE_KINDS[kind]}{ending}"
    possessive = {"var": "er", "er": "er", "vart": "ert", "ert": "ert", "vara": "era", "era": "era"}.get(owner, "")
    if owner in lex.USER_SOURCE_TIME_OWNERS:  # 'i vårens trivselenkät': their own survey's latest round
        possessive, ending = "er", ""
    if owner in ("skolans", "kommunens"):
        possessive = owner
    return f"{possessive} {word}".strip()


def for_group(subject: str, group: str) -> str:
    """What a group's value measures, said of the group: '… går till aktiviteter för pojkar'; a recipient told by who
    makes up most of it takes the group word itself (`lexicon.MAJORITY_END_RE`).

    >>> for_group("andel av bidragen som går till föreningar där majoriteten av medlemmarna är", "flickor")
    'andel av bidragen som går till föreningar där majoriteten av medlemmarna är flickor'
    >>> for_group("frånvaron", "pojkar"), for_group("frånvaron", "")
    ('frånvaron för pojkar', 'frånvaron')
    """
    if not group:
        return subject
    return f"{subject} {group}" if lex.MAJORITY_END_RE.search(subject) else f"{subject} för {group}"


def for_both(subject: str) -> str:
    """`for_group` for both groups: '… för pojkar och för flickor', '… är pojkar respektive flickor'."""
    return f"{subject} pojkar respektive flickor" if lex.MAJORITY_END_RE.search(subject) else \
        f"{subject} för pojkar och för flickor"


def around(sentence: str, start: int, end: int) -> str:
    """The words of `sentence` from `start` to `end`, widened to whole words: a quote of the user's own clause never
    begins or ends inside a word ('varon var 14 procent …' was cut from 'Frånvaron var 14 procent …').

    >>> around("Frånvaron var 14 procent bland pojkarna.", 5, 24)
    'Frånvaron var 14 procent'
    """
    start, end = max(0, start), min(len(sentence), end)
    while start > 0 and not sentence[start - 1].isspace():
        start -= 1
    while end < len(sentence) and not sentence[end].isspace():
        end += 1
    return sentence[start:end].strip()


def genitive_group(word: str) -> str:
    """The group a genitive names ('pojkarnas', 'flickors', 'elevernas' -> 'pojkar', 'flickor', 'elever'); ''
    when the word is none.

    >>> genitive_group("Pojkarnas"), genitive_group("flickors"), genitive_group("frånvaros")
    ('pojkar', 'flickor', '')
    """
    low = word.lower()
    return lex.GROUP_WORDS.get(low[:-1], "") if low.endswith("s") and len(low) > 3 else ""


def without_time(subject: str) -> str:
    """What a figure measures without the time it was measured ('fick minst E i svenska våren' -> 'fick minst E i
    svenska'): the year is the figure's own field.

    >>> without_time("fick minst E i matematik efteråt"), without_time("får hjälp med läxor hemma hösten")
    ('fick minst E i matematik', 'får hjälp med läxor hemma')
    """
    return " ".join(lex.TIME_ADVERBIAL_RE.sub(" ", subject).split()).strip(" ,-–")


def relative(subject: str) -> str:
    """What a figure measures as a relative clause after 'som': the negation before the verb ('nådde inte godkänt'
    -> 'inte nådde godkänt').

    >>> relative("nådde inte godkänt i engelska"), relative("saknar godkänt i matematik")
    ('inte nådde godkänt i engelska', 'saknar godkänt i matematik')
    """
    m = re.match(r"^(\S+)((?:\s+(?:sig|mig|dig|oss))?)\s+(inte|aldrig|ej)\s+(.*)$", subject)
    if m and is_finite_verb(m.group(1)):
        return f"{m.group(3)} {m.group(1)}{m.group(2)} {m.group(4)}"
    return subject


def main_order(clause: str) -> str:
    """A subordinate clause in a main clause's word order (V2): the adverbs between subject and verb go after the
    verb and its reflexive (`lexicon.CLAUSE_ADVERBS`); clauses joined by 'och att' / 'men att' each on their own.
    The inverse of `relative` for a clause cut from 'Lärarna ser att …' or 'svarade … att de …'.

    >>> main_order("pojkarna oftare skickas ut från lektionerna och att flickorna sällan tar ordet")
    'pojkarna skickas oftare ut från lektionerna och flickorna tar sällan ordet'
    >>> main_order("inte känner sig trygga i omklädningsrummen"), relative("känner sig inte trygga")
    ('känner sig inte trygga i omklädningsrummen', 'inte känner sig trygga')
    >>> main_order("flickorna mår sämre men att de inte söker sig till oss")
    'flickorna mår sämre men de söker sig inte till oss'
    >>> main_order("pojkar som inte läser hemma får sämre betyg"), main_order("pojkarna har inte godkänt")
    ('pojkar som inte läser hemma får sämre betyg', 'pojkarna har inte godkänt')
    """
    parts = re.split(r"\s+(och|men)\s+att\s+", clause)
    if len(parts) > 1:
        out = [main_order(parts[0])]
        for k in range(1, len(parts), 2):
            out.append(f"{parts[k]} {main_order(parts[k + 1])}")
        return " ".join(out)
    words = clause.split()
    k = next((i for i, w in enumerate(words[:6]) if w.lower() in lex.CLAUSE_ADVERBS), None)
    openers = {*lex.CLAUSE_OPENERS, *lex.PHRASE_OR_CLAUSE_OPENERS, *lex.FRONT_SUBORDINATORS}
    if k is None or any(is_finite_verb(w) or w.lower() in openers for w in words[:k]):
        return clause  # main order already, or the adverb stands in a clause of its own ('pojkar som inte …')
    j = k
    while j < len(words) and words[j].lower() in lex.CLAUSE_ADVERBS:
        j += 1
    if j >= len(words) or not is_finite_verb(words[j]):
        return clause
    v = j + 1 + (j + 1 < len(words) and words[j + 1].lower() in lex.REFLEXIVES)
    return " ".join([*words[:k], *words[j:v], *words[k:j], *words[v:]])


def _definite(group: str) -> str:
    return lex.DEFINITE_GROUP.get(group, group)


def shorten_topic(text: str, limit: int = 70) -> str:
    """A problem clause as a title: figures, years and filler words dropped ('många har hög frånvaro' -> 'hög
    frånvaro').

    >>> shorten_topic("38 % av pojkarna och 22 % av flickorna saknar godkänt i matematik 2024")
    'saknar godkänt i matematik'
    """
    t = lex.INTRO_PREFIX_RE.sub("", text)
    t = lex.FIGURE_RE.sub(" ", t)
    t = lex.FACT_YEAR_RE.sub(" ", t)
    t = re.sub(r"\b(?:i|för|bland)\s+(?=(?:åk|ak|årskurs|år|klass)\s*\d)", " ", t, flags=re.I)
    t = lex.GRADE_RE.sub(" ", t)
    # the school goes with its preposition: 'Pojkarna på Kvarnbyskolan hänger …' is 'Pojkarna hänger …'
    t = re.sub(rf"(?:\b(?:på|vid|från|i)\s+)?(?:{lex.SCHOOL_NAME_RE.pattern})", " ", t)
    t = re.sub(r"\b(?:på|vid|från)\s+(?=(?:i|på|vid)\s)", "", t)  # 'i sexan på Kvarnbyskolan i Mölndal': 'på' goes too
    t = lex.ORG_NAME_RE.sub(" ", t)
    for stage in lex.STAGE_GRADES:
        t = re.sub(rf"\b(?:(?:i|på|för|bland)\s+)?{stage}\b", " ", t, flags=re.I)
    t = re.sub(r"^[\W\d]*(och\W+)*", "", " ".join(t.split()))
    t = re.sub(r"^.*?:\s*(?=\S)", "", t) if re.match(r"^[^:]{0,25}:\s", t) else t
    prev = None
    while prev != t:
        prev = t
        t = lex.TITLE_FILLER_RE.sub("", t).strip(" ,.:;-–")
        t = lex.TITLE_TAIL_RE.sub("", t).strip(" ,.:;-–")
    t = " ".join(t.split())
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


def coordinated_clauses(clause: str) -> list[str]:
    """A problem clause split where 'och' opens a clause with a subject of its own: two problems, each measured on
    its own ('Flickor anmäler oftare trakasserier och många flickor undviker rummet' -> both halves).

    >>> coordinated_clauses("Flickor anmäler oftare trakasserier och många flickor undviker uppehållsrummet")
    ['Flickor anmäler oftare trakasserier', 'många flickor undviker uppehållsrummet']
    >>> coordinated_clauses("Pojkar och flickor läser mindre")
    ['Pojkar och flickor läser mindre']
    """
    words = clause.split()
    cuts = [j for j in range(1, len(words) - 2) if words[j].lower() == "och" and _own_subject(words[j + 1:j + 4])
            and any(is_finite_verb(w) for w in words[:j])]
    parts, start = [], 0
    for j in cuts:
        parts.append(" ".join(words[start:j]))
        start = j + 1
    parts.append(" ".join(words[start:]))
    return [p for p in parts if p]


def _own_subject(words: list[str]) -> bool:
    """Whether the words after an 'och' open a clause of their own: a group (with a quantifier) and then a verb
    ('många flickor undviker …', 'de flesta pojkar slutar …')."""
    for k, word in enumerate(words[:-1]):
        if lex.GROUP_WORDS.get(word.lower().strip(".,:;")):
            return any(is_finite_verb(w) for w in words[k + 1:k + 2])
        if word.lower() not in lex.SUBJECT_DETERMINERS and word.lower() not in lex.GROUP_QUANTIFIERS:
            return False
    return False


def _group_is_subject(words: list[str]) -> bool:
    """Whether the words before a clause's verb name a group as its subject ('Pojkarna i sexan', 'många av
    flickorna'), not as the complement of another noun ('Frånvaron bland flickorna', 'Bland flickorna'): the
    clause then says something of the group."""
    for k, word in enumerate(words):
        if lex.GROUP_WORDS.get(word.lower().strip(".,:;")):
            return not any(w.lower() in lex.PREPOSITIONS and w.lower() != "av" for w in words[:k])
    return False


def predicate(clause: str) -> str:
    """What a problem clause says about its group, as a relative clause after 'som': the words from its first finite
    verb, when the words before it name the group ('Pojkarna i sexan på Kvarnbyskolan hänger inte med i läsningen
    och får ingen hjälp hemma' -> 'inte hänger med i läsningen'); '' when the clause does not open with a group.

    >>> predicate("Pojkarna i sexan på Kvarnbyskolan hänger inte med i läsningen och får ingen hjälp hemma")
    'inte hänger med i läsningen'
    >>> predicate("Flickor anmäler oftare sexuella trakasserier i korridorerna och många flickor undviker rummet")
    'anmäler sexuella trakasserier i korridorerna'
    >>> predicate("flickorna mår sämre men de söker sig inte till oss")
    'mår sämre'
    >>> predicate("hög frånvaro"), predicate("Frånvaron bland flickorna är hög")
    ('', '')
    """
    words = lex.INTRO_PREFIX_RE.sub("", clause).split(",")[0].split()
    for i, word in enumerate(words[1:], start=1):
        if is_finite_verb(word) and word.lower() not in lex.SUBJECT_PRONOUNS:
            if not _group_is_subject(words[:i]):
                return ""
            rest = words[i:]
            # a second clause after 'och' with a verb of its own is another problem ('… och får ingen hjälp', '… och
            # många flickor undviker uppehållsrummet')
            # ... and one after 'men' is a contrast, no part of the measure ('mår sämre men söker sig inte till oss')
            cut = next((j for j in range(1, len(rest) - 1) if rest[j] == "men" or rest[j] == "och" and (
                any(is_finite_verb(w) for w in rest[j + 1:j + 3]) or _own_subject(rest[j + 1:j + 4]))), len(rest))
            # a comparing adverb after the verb compares the groups ('anmäler oftare'): each group's share drops it
            rest = [w for k, w in enumerate(rest[:cut]) if k != 1 or w.lower() not in lex.COMPARING_ADVERBS]
            said = " ".join(rest).rstrip(".!?")
            # a comparison of the groups ('sämre betyg än tjejerna') is no measure of each group
            than = re.findall(r"\b(?:än|an)\s+(?:\w+\s+)?(\w+)", said)  # 'an' is 'än' typed without diacritics
            if any(lex.GROUP_WORDS.get(w.lower()) for w in than):
                return ""
            return relative(said)
    return ""


def fact_year(m: re.Match[str]) -> str:
    """The year a `lexicon.FACT_YEAR_RE` match names, as a figure's year: '2024', '2023/24', 'ht23' -> '2023',
    'läsåret 24/25' -> '2024/25', 'hösten -24' -> '2024'.

    >>> import re as _re
    >>> from assistant import lexicon as _lex
    >>> [fact_year(_lex.FACT_YEAR_RE.search(t)) for t in ("år 2024", "läsåret 2023/24", "ht23", "läsåret 24/25",
    ...                                                   "hösten -24")]
    ['2024', '2023/24', '2023', '2024/25', '2024']
    """
    if m.group(1):
        return m.group(1).replace(" ", "")
    short = m.group(2).replace(" ", "")
    if "/" in short:
        first, last = short.split("/")
        return f"20{first[-2:]}/{last[-2:]}"
    return f"20{short[-2:]}"

