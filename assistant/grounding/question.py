"""What a question asks for: its answer type, language, the specific subject it names, and how to search for it.

Pure functions over the question text (and the corpus vocabulary for restoring
diacritics); the wording cues come from `assistant.lexicon`.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import simplemma

from assistant import lexicon as lex
from assistant.grounding.dates import Day, days
from assistant.grounding.guard import without_instructions
from assistant.index.lexical import fold, inflection_stem, stopwords, tokenize

AnswerType = str  # list | number | definition | cause | consequence | how | evaluation | yesno | who | fact

_WORD_RE = re.compile(r"[#\w][\w\-#/]*", re.UNICODE)
_NAME_SUFFIXES = ("kommun", "kommuns", "stad", "stads", "skola", "skolan", "skolans", "region", "regions", "län",
                  "läns", "gymnasium", "gymnasiet", "förskola", "universitet")


@dataclass(frozen=True)
class Subject:
    """A specific thing a question is about: a named place/organisation/person, a year, or a grade."""

    text: str
    kind: str  # name | year | form | grade ('årskurs 4–6', grades.py) | unit (a förvaltning, nämnd: org_units)

    @property
    def folded(self) -> str:
        return fold(self.text)


@dataclass(frozen=True)
class Ask:
    """One ask of a question that joins several ('Vem ska utreda det, och när ska det vara klart?'): its own words and
    what answers it (`ask_kind`). `bare` is an ask that is only its question word ('… och när?')."""

    text: str
    kind: str  # who | when | number | money | frequency | cause | where | action | and answer_type's other kinds
    word: str  # its question word(s), lower case ('när', 'hur ofta', 'vem')
    bare: bool = False


@dataclass
class Question:
    """A standalone question, analysed."""

    text: str
    language: str  # sv | en | other
    answer_type: AnswerType
    money: bool = False
    date: bool = False
    subjects: list[Subject] = field(default_factory=list)
    own_context: list[Subject] = field(default_factory=list)
    search_text: str = ""
    asks_for: frozenset[str] = frozenset()
    definiendum: str = ""
    content_terms: frozenset[str] = frozenset()
    wants_person: bool = False
    counted: str = ""  # what a count or share is of ('elever' in 'hur många elever'), folded
    inherited_terms: frozenset[str] = frozenset()  # words a follow-up took from earlier turns (its topic)
    # A follow-up's own words where they ask with a question phrase of their own ('Och hur många lärare ska delta i
    # den?'): what kind of thing is asked (a count, an amount, a time) is read from them, not from the earlier
    # question its rewrite carries ('… i pengar är avsatt för matematiksatsningen' asks no amount; refusalA34).
    asked_text: str = ""
    # The content terms a follow-up's own words add to the earlier question: the new detail it asks of the topic.
    new_terms: frozenset[str] = frozenset()
    # A particle verb's compound and the prefix that meets its other forms ('följs upp': 'uppfoljning' -> 'uppfolj').
    prefix_terms: dict[str, str] = field(default_factory=dict)
    # Its words whose stem their other forms do not begin with, stem -> the start those forms share (lemma_prefixes).
    lemma_prefixes: dict[str, str] = field(default_factory=dict)
    ordinal: int = 0  # 'den fjärde träffen' -> 4: the item numbered so answers it
    label: tuple[str, int] | None = None  # 'under mål 3' -> ('mål', 3): the part at that label answers it
    typed: str = ""  # the question with words typed without å/ä/ö respelt as the documents write them
    courtesy: str = ""  # 'greeting' or 'thanks' for a message that is nothing else ('Hej!', 'Tack för hjälpen!')
    school_forms: tuple[str, ...] = ()  # the school forms the question asks of ('i förskolan': 'förskola')
    section: str = ""  # the numbered section it names ('avsnitt 2.3.1' -> '2.3.1')
    days: tuple[Day, ...] = ()  # the days it names ('mötet den 20 maj 2025'): what is filed under them answers
    goal: str = ""  # for 'Vad är målet/syftet för X?': the folded stem of the goal noun ('mal', 'syft'): goal_asked
    asks: tuple[Ask, ...] = ()  # its asks, in order, where it joins two or more ('Vem …, och när …?'): split_asks
    points: int = 0  # the points it asks the answer in ('… i tre punkter' -> 3): answer_form
    # the compounds the documents never use that were split into parts they do, each with its first and last part
    # ('lokalbidrag' -> ('lokalbidrag', 'lokal', 'bidrag')): the kind of the thing the first part says (scope.compounds)
    split_compounds: tuple[tuple[str, str, str], ...] = ()
    # For 'Vad säger metodstödet om läxhjälp?' (mention_topic): the content term that names the thing asked about
    # ('laxhjalp'), whose descriptions and lists answer; '' for other questions.
    mention: str = ""
    # The words read as slips of the keyboard, each with the documents' word it was read as ('anlysen' ->
    # 'analysen'; `mistyped`): said in a note, so that the asker sees how the question was read.
    slips: tuple[tuple[str, str], ...] = ()

    @property
    def cue_text(self) -> str:
        """The text the wording cues read ('vilka fragor' reads as 'vilka frågor')."""
        return self.typed or self.text

    @property
    def kind_text(self) -> str:
        """The text the asked kind is read from: a follow-up's own question (asked_text), else the cue text."""
        return self.asked_text or self.cue_text

    @property
    def embedding_text(self) -> str:
        """The query whose closeness to the units places the question on topic: the search text, its opening respelt
        as the question was meant ('vad star sso for i it-satsningen' as 'vad står sso for …'). e5 reads a word typed
        without å/ä/ö as another word or none, so the question lies further from the passage that answers it than
        the same question typed with them (blind17 A21: 0.834 against 0.865, across the topic floor)."""
        if self.typed and self.typed != self.text and self.search_text.startswith(self.text):
            return self.typed + self.search_text[len(self.text):]
        return self.search_text or self.text

    @property
    def subject_terms(self) -> frozenset[str]:
        """The content terms that name the question's named subjects: they place it, they do not answer it.
        (Years stay: a unit that states the asked year itself is the better answer.)"""
        named = frozenset(t for s in self.subjects if s.kind == "name" for t in tokenize(s.text))
        return self.content_terms & named

    @property
    def wants_list(self) -> bool:
        return self.answer_type in ("list", "how", "evaluation")


@lru_cache(maxsize=1)
def _language_detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    # Only Swedish and English: questions without diacritics otherwise read as Danish or Norwegian.
    return LanguageDetectorBuilder.from_languages(Language.SWEDISH, Language.ENGLISH).build()


def detect_language(text: str) -> str:
    """'sv', 'en', or 'other' for text mostly outside the Latin script.

    >>> detect_language("Which actors can help with homework support?")
    'en'
    >>> detect_language("vem kan ordna laxhjalp for pojkar")
    'sv'
    >>> detect_language("Vad är Progression 02?"), detect_language("Who runs #jagmed?")
    ('sv', 'en')
    >>> detect_language("Miten koulu voi edistää tasa-arvoa tytöille ja pojille?")
    'other'

    """
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ch.isascii() or ch in "åäöÅÄÖéüÉÜ" for ch in letters) / len(letters) < 0.5:
        return "other"
    if _other_language(text):
        return "other"
    from lingua import Language

    values = _language_detector().compute_language_confidence_values(text)
    best = values[0] if values else None
    if best is not None and best.value < LANGUAGE_SURE:
        # A short question with a name in it ('Vad är Progression 02?', 'Who runs #jagmed?') is close to a coin toss
        # for the detector; its function words decide (BM25's Swedish stop words against common English ones).
        typed = re.findall(r"[A-Za-zÅÄÖåäöÉé]+", text)
        words = [w.lower() for w in typed]
        # A capital 'I' is English ('Can I …'); a lower-case 'i' Swedish.
        english = sum(w in lex.ENGLISH_WORDS or t == "I" for w, t in zip(words, typed, strict=True))
        swedish = sum(w in _swedish_stopwords() and w not in lex.ENGLISH_WORDS and t != "I"
                      for w, t in zip(words, typed, strict=True))
        if english != swedish:
            return "en" if english > swedish else "sv"
    return "en" if best is not None and best.language == Language.ENGLISH else "sv"


# The detector's confidence below which a question's function words decide its language.
LANGUAGE_SURE = 0.7
# A question in the Latin script of another language (Finnish, German, Somali: trial 36 got a flat 'Underlaget tar
# inte upp …') is told by a detector of more languages, asked only where fewer than OTHER_LANGUAGE_KNOWN_SHARE of the
# question's words (at least OTHER_LANGUAGE_MIN_WORDS) are among the COMMON_WORDS most frequent Swedish or English
# words (wordfreq, folded: 'Nar gors nasta …' keeps its words): its models load only then, and a short Swedish
# question is never put to it. Its fast mode (trigrams: 0.6 s and a few MB to load, against 14 s and ~300 MB) is sure
# of a foreign question (1.0 on trial 36's) but reads some short Swedish ones as German at up to 0.89 ('Vad innehöll
# den nionde modulen i kursprototypen?'): 'other' only where it is OTHER_LANGUAGE_SURE of a language that is not
# Swedish, English or a Scandinavian neighbour.
OTHER_LANGUAGE_MIN_WORDS = 3
OTHER_LANGUAGE_KNOWN_SHARE = 0.7
OTHER_LANGUAGE_SURE = 0.97
COMMON_WORDS = 10_000


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The COMMON_WORDS most frequent Swedish and English words, folded (wordfreq's lists: seconds to load the first
    time, so the service's warm-up loads them)."""
    from wordfreq import top_n_list

    from assistant.index.lexical import fold

    return frozenset(fold(w) for lang in ("sv", "en") for w in top_n_list(lang, COMMON_WORDS))


@lru_cache(maxsize=1)
def _other_languages_detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in lex.DETECTED_LANGUAGES)).with_low_accuracy_mode().build()


def _other_language(text: str) -> bool:
    """Whether `text` is written in a language other than Swedish, English or their Scandinavian neighbours.

    >>> _other_language("Nar gors nasta trygghetsundersokning i Sorbyholm?"), _other_language("Miten koulu voi auttaa?")
    (False, True)
    """
    from assistant.index.lexical import fold

    words = [fold(w) for w in re.findall(r"[^\W\d_]{2,}", text)]
    if len(words) < OTHER_LANGUAGE_MIN_WORDS:
        return False
    common = common_words()
    known = sum(w in common or w in _swedish_stopwords() or w in lex.ENGLISH_WORDS for w in words)
    if known >= OTHER_LANGUAGE_KNOWN_SHARE * len(words):
        return False
    values = _other_languages_detector().compute_language_confidence_values(text)
    return bool(values) and values[0].value >= OTHER_LANGUAGE_SURE and \
        values[0].language.name not in lex.ANSWERED_LANGUAGES


@lru_cache(maxsize=1)
def _swedish_stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_SWEDISH

    return frozenset(STOPWORDS_SWEDISH)


def asked_of_source(text: str) -> str | None:
    """The question 'Vad säger <källa> om hur …?' asks the source, in a main clause's order ('Vad säger metodstödet om
    hur vi ska följa upp …?' -> 'hur ska vi följa upp …'); None for any other question."""
    says = lex.SOURCE_SAYS_ABOUT_RE.match(text)
    return main_clause_order(says["topic"]) if says is not None and lex.ASKED_WORD_RE.match(says["topic"]) else None


def mention_topic(text: str) -> str:
    """The thing a question asks what the material (or one document of it) says about, as the question words it:
    'Vad säger metodstödet om läxhjälp?' -> 'läxhjälp', 'Hur beskriver metodstödet mentorer?' -> 'mentorer'; '' for
    any other question, and for one whose topic is a question of its own ('… om hur vi följer upp …').

    >>> [mention_topic(q) for q in ("Vad säger metodstödet om läxhjälp?", "Vad står det om fritidsgårdar i planen?",
    ...  "Hur beskriver metodstödet mentorer för pojkar?", "Hur beskrivs elevhälsan?",
    ...  "Hur beskriver Solbackens plan barnböcker?", "Vad säger metodstödet om hur vi följer upp?",
    ...  "Vad står det i planen?", "Hur beskriver ni er verksamhet?", "Vad säger rapporten om simhallen om simskolan?")]
    ['läxhjälp', 'fritidsgårdar i planen', 'mentorer för pojkar', 'elevhälsan', 'barnböcker', '', '', '', 'simskolan']
    """
    t = lex.QUESTION_HEDGE_RE.sub("", " ".join(text.split()))
    about = lex.MENTION_ABOUT_RE.match(t)
    if about is not None:
        # ('Vad säger rapporten om simhallen om simskolan?': the first 'om' names the document, the last the thing)
        topic = about["topic"].rsplit(" om ", 1)[-1]
    elif (described := lex.MENTION_DESCRIBED_RE.match(t)) is not None:
        words = described["topic"].split()
        if described["active"]:  # its subject, the document, comes first: 'metodstödet', 'Solbackens plan'
            if len(words) > 1 and lex.DOCUMENT_KIND_RE.search(words[0]):
                words = words[1:]
            elif len(words) > 2 and words[0][:1].isupper() and words[0].endswith("s") and \
                    lex.GENITIVE_DOCUMENT_KIND_RE.search(words[1]):
                words = words[2:]
            else:
                return ""  # 'Hur beskriver ni …?' asks the asker's own account, no document's
        topic = " ".join(words)
    else:
        return ""
    return "" if lex.ASKED_WORD_RE.match(topic) else topic


def answer_type(text: str) -> AnswerType:
    """The kind of answer a question asks for.

    >>> [answer_type(q) for q in ["Vilka aktörer kan bidra?", "Hur mycket kostade läxhjälpen?",
    ...  "Vad är antipluggkultur?", "Varför presterar pojkar sämre?", "Hur kan vi minska frånvaron?",
    ...  "Finns det stöd för nyanlända?", "Vem ansvarar för uppföljningen?", "Vilken tid börjar träffen?",
    ...  "Vilket lokalt mål föreslås?", "Vilket datum var sista anmälningsdag?",
    ...  "Vad är den nya rutinen för frånvaro på Ekbyskolan?", "Vad var svårast med läxhjälpen?"]]
    ['list', 'number', 'definition', 'cause', 'how', 'yesno', 'who', 'number', 'fact', 'number', 'fact', 'fact']
    >>> answer_type("Vad var det som gjorde att det gick sämre på högstadiet?")  # a cleft asks no definition
    'fact'
    >>> [answer_type(q) for q in ["Vad blir följden av hög frånvaro?",
    ...  "Vilka konsekvenser får det att pojkar hoppar av?", "Vad händer om en elev halkar efter?",
    ...  "Vad innebär det för eleverna att skolan stänger?", "Vilken effekt fick satsningen på betygen?"]]
    ['consequence', 'consequence', 'consequence', 'consequence', 'fact']
    >>> [answer_type(q) for q in ["Hur vet vi om läxhjälpen gör skillnad?", "Hur följer vi upp insatserna?",
    ...  "Hur mäter man trygghet?", "Hur kan man märka att ett barn mår dåligt?"]]
    ['evaluation', 'evaluation', 'evaluation', 'how']
    """
    t = lex.QUESTION_HEDGE_RE.sub("", " ".join(text.split()))
    if (request := lex.REQUEST_OPENER_RE.match(t)) is not None:
        # 'Kan du ge några exempel på …?' asks for what the imperative names, not whether the assistant can
        kind = answer_type(t[request.end():])
        return "fact" if kind == "yesno" else kind
    if (fronted := _after_fronted_clause(t)) is not None:
        return answer_type(fronted)
    if (asked := asked_of_source(t)) is not None:
        # 'Vad säger metodstödet om hur vi ska följa upp …?' asks the source that question ('Hur ska vi följa upp …?')
        kind = answer_type(asked)
        if kind not in ("fact", "yesno"):
            return kind
    if goal_asked(t):
        return "definition"  # 'Vad är målet för andelen …?' asks the goal set, which may be no figure ('ska öka')
    if lex.FIGURES_EXIST_QUESTION_RE.match(t):
        return "number"  # 'Finns det statistik på hur många …?' is answered by the figure, or not at all
    if lex.CONSEQUENCE_QUESTION_RE.match(t) and not asks_outcome(t):
        # 'Vad blir följden av …?', 'Vilka konsekvenser får …?', 'Vad händer om …?': what something leads to, said
        # by a sentence that gives a consequence ('… leder till …', '… löper högre risk för …'); a done measure's
        # effect ('Vilken effekt fick satsningen?') is its outcome, a fact (selection.OUTCOME_FIT).
        return "consequence"
    if lex.EVALUATION_QUESTION_RE.search(t):
        # 'Hur vet vi om … gör skillnad?', 'Hur följer vi upp …?', 'Hur mäter man …?': what the material says about
        # following up or measuring such work.
        return "evaluation"
    if re.match(r"^\s*(vilka|which)\s+\w+", t, re.I) and not lex.NUMBER_OPENER_RE.match(t) and not \
            lex.TIME_QUESTION_RE.search(t):
        return "list"
    if lex.NUMBER_OPENER_RE.match(t) or lex.MONEY_QUESTION_RE.search(t) or lex.SHARE_WORD_RE.search(t) or \
            lex.TIME_QUESTION_RE.search(t):
        return "number"
    if lex.DEFINITION_QUESTION_RE.search(t) and not lex.LIST_NOUN_RE.search(t) and not \
            lex.NOT_A_TERM_AFTER_IS_RE.match(t):
        return "definition"
    if lex.CAUSE_QUESTION_RE.search(t) and not re.match(r"^\s*(vilka|which)\b", t, re.I):
        return "cause"
    if lex.WHO_QUESTION_RE.match(t):
        return "who"
    if lex.HOW_QUESTION_RE.search(t):
        return "how"
    if re.match(r"^\s*(vilket|vilken)\b", t, re.I):
        # 'Vilket datum …?' asks for a date, 'Vilket lokalt mål …?' for one thing, not a list.
        return "number" if lex.EXACT_DATE_QUESTION_RE.search(t) else "fact"
    if re.match(r"^\s*(vilka|which|what are|list|räkna upp|ge exempel|nämn)\b", t, re.I) or (
        lex.LIST_QUESTION_RE.search(t) and lex.LIST_NOUN_RE.search(t)
    ):
        return "list"
    if lex.YESNO_QUESTION_RE.match(t):
        return "yesno"
    if lex.LIST_NOUN_RE.search(lex.TOPIC_PHRASE_RE.sub(" ", t)) and re.match(r"^\s*(vad|what)\b", t, re.I):
        return "list"
    if lex.WHO_QUESTION_RE.search(t):
        return "who"
    return "fact"


def main_clause_order(text: str) -> str:
    """A question clause in subordinate order in main-clause order, the verb before its subject: 'hur vi ska följa
    upp X' -> 'hur ska vi följa upp X'; other text as it is.

    >>> main_clause_order("hur vi ska följa upp skillnader"), main_clause_order("hur man kommer igång")
    ('hur ska vi följa upp skillnader', 'hur man kommer igång')
    """
    m = lex.SUBORDINATE_ASK_RE.match(text)
    return text if m is None else f"{m['word']} {m['verb']} {m['subject']}{text[m.end():]}"


def _after_fronted_clause(text: str) -> str | None:
    """The question after a fronted subordinate clause ('När allt är klart, vad ska analysen ta upp?' -> 'vad ska
    analysen ta upp?'), which says what is asked; None when the text opens on its question word ('När ska planen vara
    klar, och vem …?': 'När' followed by its finite verb asks a time), see lexicon.FRONTED_CLAUSE_RE.

    >>> _after_fronted_clause("När allt är klart, vad ska den sammanfattande analysen ta upp?")
    'vad ska den sammanfattande analysen ta upp?'
    >>> _after_fronted_clause("När ska planen vara klar, vilket datum?") is None
    True
    """
    m = lex.FRONTED_CLAUSE_RE.match(text)
    if m is None or _verb_form(m.group("first").lower()):
        return None
    return m.group("question")


def ask_kind(text: str) -> str:
    """What answers one ask: 'who' a role or a name, 'when' a time, 'number' a figure, 'frequency' how often,
    'cause' a reason, 'where' a place, 'money' an amount; otherwise the answer type of the ask read as a question of its own.

    >>> [ask_kind(a) for a in ("när ska det vara klart?", "Vem ansvarar?", "hur ofta följs det upp?",
    ...  "vad beror den på?", "Hur stor var skillnaden", "var redovisas den?", "when", "what can they do?")]
    ['when', 'who', 'frequency', 'cause', 'number', 'where', 'when', 'fact']
    """
    t = lex.QUESTION_HEDGE_RE.sub("", text).strip()
    if lex.ACTION_ASK_RE.match(t):
        return "action"  # 'behöver vi göra något': what is done or to be done next
    if lex.DATE_QUESTION_RE.match(t) or lex.EXACT_DATE_QUESTION_RE.match(t):
        return "when"
    if lex.HOW_OFTEN_RE.match(t):
        return "frequency"
    if lex.WHERE_ASK_RE.match(t):
        return "where"
    if lex.MONEY_QUESTION_RE.search(t):
        return "money"
    kind = answer_type(t)
    return "who" if kind != "who" and re.match(r"^\s*(vem|who)\b", t, re.I) else kind


def split_asks(text: str) -> tuple[Ask, ...]:
    """A question's asks where it joins two or more question words ('Vem ska utreda X, och när ska det vara klart?'
    -> 'Vem ska utreda X' (who), 'när ska det vara klart' (when)); () for a question with one ask. Each part must open
    with a question word: 'Hur många pojkar och flickor deltog?' joins no asks.

    >>> [(a.text, a.kind) for a in split_asks("Vem ska utreda flickornas trygghet, och när ska det vara klart?")]
    [('Vem ska utreda flickornas trygghet', 'who'), ('när ska det vara klart', 'when')]
    >>> [(a.kind, a.bare) for a in split_asks("Vem fastställde planen, och när?")]
    [('who', False), ('when', True)]
    >>> ([a.kind for a in split_asks("Vad kostade det och hur många deltog?")],
    ...  split_asks("Hur många pojkar och flickor?"))
    (['money', 'number'], ())
    >>> [(a.text, a.kind) for a in split_asks("Vad och varför ändrades i rutinen?")]
    [('Vad ändrades i rutinen', 'fact'), ('varför ändrades i rutinen', 'cause')]
    """
    t = " ".join(lex.QUESTION_HEDGE_RE.sub("", text).split()).rstrip(" ?!.")
    pair = lex.ASK_PAIR_OPENING_RE.match(t)
    if pair is not None:
        rest = t[pair.end():]
        parts = [pair.group("first") + rest, pair.group("second") + rest]
    else:
        parts = [p.strip(" ,") for p in lex.ASK_JOIN_RE.split(t)]
        # '…, och behöver vi göra något?': a yes/no ask about what to do joined to a question-word ask
        parts = [q.strip(" ,") for p in parts for q in lex.YESNO_ASK_JOIN_RE.split(p)]
    if len(parts) < 2 or not all(p for p in parts) or not re.match(rf"^{lex.ASK_WORD}\b", parts[0], re.I) or \
            lex.BETWEEN_ASK_RE.search(parts[0]):
        return ()
    asks = []
    for part in parts:
        word = re.match(rf"^(?:hur\s+\w+|{lex.ASK_WORD})\b", part, re.I)
        bare = word is not None and word.end() == len(part)
        asks.append(Ask(part, ask_kind(part), word.group(0).lower() if word else "", bare))
    return tuple(asks)


def ask_queries(asks: tuple[Ask, ...]) -> list[str]:
    """Each ask as a question of its own: the first as it is, a later one with the first ask's words after its
    question word (what 'dem', 'det' stand for), a bare one ('och när?') with the first ask's words too.

    >>> ask_queries(split_asks("Hur stora är läsgrupperna på sommarskolan och vem håller i dem?"))
    ['Hur stora är läsgrupperna på sommarskolan', 'vem håller i dem (är läsgrupperna på sommarskolan)']
    """
    first = asks[0].text if asks else ""
    body = first[len(asks[0].word):].strip() if asks and first.lower().startswith(asks[0].word) else first
    return [first, *(f"{a.text} ({body})" if body else a.text for a in asks[1:])]


def _subtitle_word(between: str, word: str) -> bool:
    """Whether `word`, after `between`, opens the subtitle of a title ('#jagmed – Gör det möjligt!'): after a dash a
    common Swedish word is capitalised as a sentence's first word is, and names nothing (a rare word may be a name).

    >>> _subtitle_word(" – ", "Gör"), _subtitle_word(" – ", "Björkskolan"), _subtitle_word(" ", "Gör")
    (True, False, False)
    """
    from wordfreq import zipf_frequency

    return between.strip() in ("–", "-", "—") and zipf_frequency(word.lower(), "sv") >= lex.COMMON_WORD_ZIPF


def _english_word(word: str) -> bool:
    """A capitalised word of an English question that is an ordinary English word ('Inspectorate'), not a name.

    wordfreq's English frequencies: a place such as 'Umeå' or 'Borås' is rare in English text; a word spelt with
    å, ä or ö ('Malmö', common enough in English news) is never an English word.
    """
    from wordfreq import zipf_frequency

    return not re.search(r"[åäöÅÄÖ]", word) and zipf_frequency(word.lower(), "en") >= lex.ENGLISH_COMMON_ZIPF


def goal_asked(text: str) -> str:
    """For 'Vad är målet/syftet/planen för/med X?': the folded stem of the goal noun its heading or sentence uses
    (lexicon.GOAL_QUESTION_RE); '' for any other question. Such a question is put as one for a definition (the
    definition path finds 'Syftet med X är …'), but is answered by the goal stated, not refused as an undefined term.

    >>> goal_asked("Vad är målet för föreningsbidragen 2026?"), goal_asked("Vad är syftet med uppföljningen?")
    ('mal', 'syft')
    >>> goal_asked("Vad är ett mål?"), goal_asked("Vad är målgruppen för insatsen?")
    ('', '')
    """
    m = lex.GOAL_QUESTION_RE.match(text)
    return lex.GOAL_STEMS[m.group(1).lower()] if m else ""


_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A word in capitals up to this long inside normal text is read as an acronym (SCB, SYV, NPF, ADHD, BUF).
_ACRONYM_MAX = 5


def unshouted(text: str) -> str:
    """The text with capitals read as lower case: a message written mostly in capitals is lowered whole (its
    first letter kept upper), and in normal text a run of three or more words in capitals, or one such word longer
    than an acronym, is lowered; acronyms (SCB, NPF) in normal text stay. Names and missing diacritics are then
    read as in any lower-case question.

    >>> unshouted("HUR KAN MAN MINSKA FRANVARON BLAND POJKAR PA HOGSTADIET")
    'Hur kan man minska franvaron bland pojkar pa hogstadiet'
    >>> unshouted("Vad säger SCB och SYV om NPF?"), unshouted("Hur många deltog i NORRBRINKS SOMMARSKOLA 2024?")
    ('Vad säger SCB och SYV om NPF?', 'Hur många deltog i norrbrinks sommarskola 2024?')
    >>> unshouted("Hej! Vi på BUF undrar VAD SOM GÄLLER NU")
    'Hej! Vi på BUF undrar vad som gäller nu'
    >>> unshouted("DROP TABLE x; SELECT * FROM users WHERE 1=1; vilka insatser finns?")
    'drop table x; select * from users where 1=1; vilka insatser finns?'
    """
    words = list(_LETTER_WORD_RE.finditer(text))
    caps = [w.group(0).isupper() for w in words]
    if len(words) >= 3 and sum(caps) >= 0.7 * len(words):
        low = text.lower()
        return low[:1].upper() + low[1:]
    out = list(text)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and caps[j] and (j == i or not any(
                ch.isalpha() and ch.islower() for ch in text[words[j - 1].end():words[j].start()])):
            j += 1
        if j > i and (j - i >= 3 or any(_not_acronym(words[k].group(0)) for k in range(i, j))):
            for k in range(i, j):
                if j - i >= 3 or _not_acronym(words[k].group(0)):
                    out[words[k].start():words[k].end()] = words[k].group(0).lower()
        i = max(j, i + 1)
    return "".join(out)


def _not_acronym(word: str) -> bool:
    """A word in capitals that is no acronym: longer than one (_ACRONYM_MAX), or a common English word ('TABLE',
    'FROM', 'WHERE' of SQL pasted before a question; trial 34 B: 'Underlaget har inga uppgifter om TABLE, FROM,
    WHERE'). Acronyms of Swedish bodies and terms are rare as English words ('SIP', 'PISA', 'NPF').

    >>> [_not_acronym(w) for w in ("WHERE", "TABLE", "SIP", "PISA", "NPF", "SELECT")]
    [True, True, False, False, False, True]
    """
    from wordfreq import zipf_frequency

    return len(word) > _ACRONYM_MAX or (len(word) >= 4 and zipf_frequency(word.lower(), "en") >= lex.ENGLISH_WORD_ZIPF)


def subjects(text: str, language: str = "sv") -> tuple[list[Subject], list[Subject]]:
    """Named things and years the question is about, and those that only describe the user's own setting.

    >>> subjects("Hur många elever har Alingsås kommun i årskurs 9 2024?")
    ([Subject(text='Alingsås kommun', kind='name'), Subject(text='2024', kind='year')], [])
    >>> subjects("Vi i Borås vill minska frånvaron, vilka insatser finns?")[1]
    [Subject(text='Borås', kind='name')]
    >>> subjects("hur manga elever i lerum har hog franvaro")[0], subjects("Vad kan vara bra att veta?")[0]
    ([Subject(text='Lerum', kind='name')], [])
    >>> subjects("Hur många lyssnade på föreläsningarna i #jagmed – Gör det möjligt!?")[0]
    [Subject(text='#jagmed', kind='name')]
    >>> subjects("Vilken kommun ligger i Skaraborg?")[0], subjects("Hjo kommun har en plan.")[0]
    ([Subject(text='Skaraborg', kind='name')], [Subject(text='Hjo kommun', kind='name')])
    """
    found: list[Subject] = []
    own: list[Subject] = []
    words = list(_WORD_RE.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        w = m.group(0)
        # (what stands between the word and the one before, not all the text before it: a long message read in one pass)
        sentence_start = i == 0 or bool(_SENTENCE_END_RE.search(text, words[i - 1].end(), m.start())) or (
            _subtitle_word(text[words[i - 1].end():m.start()], w))
        is_name = (w[:1].isupper() and w.lower() not in lex.NOT_NAMES and not sentence_start) or (
            sentence_start and w[:1].isupper() and i + 1 < len(words)
            and words[i + 1].group(0).lower() in _NAME_SUFFIXES
            and w.lower() not in lex.NOT_NAMES and w.lower() not in lex.BODY_DETERMINERS  # not 'Vilken kommun'
        ) or (w.startswith("#") and len(w) > 2)
        if is_name and language == "en" and _english_word(w):
            is_name = False
        if is_name and not (w.isupper() and len(w) <= 5 and not w.startswith("#")):
            j = i + 1
            while j < len(words) and (
                (words[j].group(0)[:1].isupper() and words[j].group(0).lower() not in lex.NOT_NAMES)
                or words[j].group(0).lower() in _NAME_SUFFIXES
            ) and text[words[j - 1].end():words[j].start()].strip() == "":
                j += 1
            phrase = text[m.start():words[j - 1].end()]
            subject = Subject(place_of_compound(phrase) or phrase, "name")
            (own if _own_context(text, m.start()) else found).append(subject)
            i = j
            continue
        i += 1
    named = {fold(s.text) for s in found + own}  # each name once: a long message repeats its names
    named_already: dict[str, bool] = {}
    for m in _municipality_re().finditer(fold(text)):
        key = m.group(0)
        if key not in named_already:  # 'Alingsås kommun' found above already
            named_already[key] = any(key in n for n in named)
        if not named_already[key]:
            (own if _own_context(text, m.start()) else found).append(Subject(_MUNICIPALITY_BY_FOLD[key], "name"))
    for y in lex.YEAR_RE.finditer(text):
        found.append(Subject(y.group(0), "year"))
    return found, own


def org_units(text: str) -> tuple[list[Subject], list[Subject]]:
    """The organisational units a question names (lexicon.ORG_UNIT_RE), in the form without the genitive, and
    those that only describe the user's own setting ('Vi på socialförvaltningen …'): a förvaltning asked about
    must be the one the answering document is of, as a named place must.

    >>> org_units("Vilka åtgärder har utbildningsförvaltningen i Norrvik beslutat om?")
    ([Subject(text='utbildningsförvaltningen', kind='unit')], [])
    >>> org_units("Vad står i socialnämndens protokoll?")[0], org_units("Hur många dialoger blir det på skolenheten?")
    ([Subject(text='socialnämnden', kind='unit')], ([], []))
    """
    found: list[Subject] = []
    own: list[Subject] = []
    for m in lex.ORG_UNIT_RE.finditer(text):
        name = m.group(1)
        if re.search(r"(?:en|et)s$", name, re.I):
            name = name[:-1]
        base = re.sub(r"(?:en|et)$", "", name.split()[-1].lower())
        if base in lex.GENERIC_ORG_UNITS or lex.QUALITY_ENHET_RE.search(base) or any(s.folded == fold(name) for s in found + own):
            continue
        (own if _own_context(text, m.start()) else found).append(Subject(name, "unit"))
    return found, own


def place_of_compound(word: str) -> str:
    """The place a one-word compound names a piece of work by ('Karlskogarapporten' -> 'Karlskoga',
    'Stockholmsmodellen' -> 'Stockholm'), '' for any other word: the documents name the place, not the compound.

    >>> place_of_compound("Karlskogarapporten"), place_of_compound("Örebroprojektet"), place_of_compound("Karlskoga")
    ('Karlskoga', 'Örebro', '')
    >>> place_of_compound("Karlskogaskolan"), place_of_compound("Lundaskolan")
    ('', '')
    """
    if " " in word:
        return ""
    low = word.lower()
    for name in _COMPOUND_PLACES:
        rest = low[len(name):] if low.startswith(name.lower()) else ""
        if rest.startswith("s") and not any(rest.startswith(h) for h in lex.PLACE_COMPOUND_HEADS):
            rest = rest[1:]  # the joining s ('Stockholmsmodellen')
        if rest and any(rest.startswith(h) for h in lex.PLACE_COMPOUND_HEADS):
            return name
    return ""


# Longest first: 'Stockholmsmodellen' is Stockholm's, not another name's it begins with.
_COMPOUND_PLACES = sorted((n for n in lex.MUNICIPALITIES if n not in lex.MUNICIPALITIES_ALSO_WORDS and " " not in n),
                          key=len, reverse=True)
_MUNICIPALITY_BY_FOLD = {fold(n): n for n in lex.MUNICIPALITIES}
_SENTENCE_END_RE = re.compile(r"[.!?:]\s*$")
# lexicon.OWN_CONTEXT_RE's longest phrase ('jag arbetar på') fits well within this many characters.
_OWN_CONTEXT_REACH = 40


def _own_context(text: str, start: int) -> bool:
    """Whether the words right before `start` make a name the user's own context ('vi i Borås'), read from the
    last few characters, not from all the text before (each name of a long pasted message would read it all)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return lex.OWN_CONTEXT_RE.search(text, max(0, end - _OWN_CONTEXT_REACH), start) is not None


@lru_cache(maxsize=1)
def _municipality_re() -> re.Pattern[str]:
    """Municipality names in folded text; those that are also ordinary words only as the capitalised names the
    loop in `subjects` finds."""
    usable = sorted((fold(n) for n in lex.MUNICIPALITIES if n not in lex.MUNICIPALITIES_ALSO_WORDS), key=len,
                    reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, usable)) + r")(?![\w-])")


def search_text(text: str, language: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """The query retrieval uses: everyday and English words mapped to the documents' terms, diacritics restored.

    >>> search_text("skolk bland killar", "sv")
    'skolk bland killar frånvaro pojkar'
    >>> search_text("eleven sitter hemma", "sv")
    'eleven sitter hemma hemmasittande frånvaro'
    """
    extra = [new for _, new, _ in expansions(text, language, vocabulary)]
    return " ".join([text, *dict.fromkeys(extra)]).strip()


def expansions(text: str, language: str, vocabulary: frozenset[str]) -> list[tuple[str, str, bool]]:
    """(word, what it adds to the query, whether it replaces the word): a mapped everyday or English word adds
    the documents' term; a word the documents don't have is replaced by its spelling with diacritics or by its
    compound parts."""
    out: list[tuple[str, str, bool]] = []
    lowered = text.lower()
    for phrase, terms in lex.EVERYDAY_PHRASES.items():  # 'sitter hemma' -> hemmasittande
        found = re.search(rf"\b{phrase}\b", lowered)
        if found:
            out.append((found.group(0), terms, False))
    for acronym in dict.fromkeys(lex.ACRONYM_RE.findall(text)):  # 'VGR' searched as 'Västra Götalandsregionen'
        if acronym in lex.ACRONYM_FORMS and vocabulary and acronym.lower() not in vocabulary:
            out.append((acronym.lower(), " ".join(acronym_forms(acronym, text)), False))
    for found_word in re.finditer(r"[\w-]+", text):
        w = found_word.group(0).lower()
        mapped = (lex.ENGLISH_TERMS if language == "en" else lex.EVERYDAY_TERMS).get(w)
        if mapped is None and language == "en":
            mapped = lex.EVERYDAY_TERMS.get(w)
        if mapped:
            out.append((w, mapped, False))
            continue
        if not vocabulary or w in vocabulary:
            continue
        everyday = everyday_compound(w, vocabulary) if language == "sv" else None
        if everyday:  # 'tjejlag' -> 'flicklag', as 'tjejer' -> 'flickor'
            out.append((w, everyday, False))
            continue
        restored = restore_diacritics(w, vocabulary) if w.isascii() else None
        if restored and restored != w and restored in vocabulary:
            out.append((w, restored, True))
            continue
        inflected = other_inflection(w, vocabulary) if language == "sv" else None
        if inflected:
            out.append((w, inflected, True))
            continue
        parts = decompound(restored or w, vocabulary, language)
        if parts:
            out.append((w, " ".join(parts), True))
            continue
        corrected = mistyped(found_word.group(0), found_word.start(), text, vocabulary) if language == "sv" else None
        if corrected:
            out.append((w, corrected, True))
    return out


def mistyped(word: str, start: int, text: str, vocabulary: frozenset[str]) -> str | None:
    """The documents' word that `word`, found at `start` in `text`, is mistyped for: a word in lower case (or opening
    a sentence) by `typo_corrected`; a capitalised one within a sentence is a name, respelt only as `one_typo_away`
    respells one; an acronym ('APT', 'SvA') never.

    >>> vocabulary = frozenset({"elever"})
    >>> [mistyped(w, text.index(w), text, vocabulary) for text, w in [("Hur många elver?", "elver"),
    ...  ("Elver?", "Elver"), ("Hur går det för Elver?", "Elver"), ("Vad gör ELVER?", "ELVER")]]
    ['elever', 'elever', None, None]
    """
    low = word.lower()
    if any(c.isupper() for c in word[1:]) or low in lex.EVERYDAY_TERMS or everyday_compound(low, vocabulary):
        return None  # an acronym; an everyday word the documents' term is searched for ('killag': 'pojklag')
    if word[:1].isupper() and not _opens_sentence(text, start):
        return one_typo_away(low, vocabulary)
    # (a form a dictionary has may still be one slip from the documents' spelling of the same word: 'workshopparna'
    # searched as their 'workshoparna', as before typos37)
    return typo_corrected(low, vocabulary) or one_typo_away(low, vocabulary)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens `text` or a sentence of it (after '.', '!', '?' or ':')."""
    at = start
    while at > 0 and text[at - 1].isspace():  # (read back from the word, not from the text's start: a long text)
        at -= 1
    return at == 0 or text[at - 1] in ".!?:"


# The shortest word read as mistyped: a shorter one a letter off is as often another word ('samma'/'sama').
TYPO_MIN_LENGTH = 7
# The letters an inflection ending differs in: a word the documents have with the same beginning is no slip.
TYPO_ENDING = 3
# The shortest lower-case word that is neither the documents' nor Swedish read as mistyped (`typo_corrected`): of
# shorter ones ('sit', 'bir') too many real words lie one letter away.
TYPO_SHORTEST = 4
# The shortest such word read as two slips from the documents' word (one in a long word is one in a short one).
TYPO_TWO_SLIPS_LENGTH = 9
# A word at least this common in Swedish (wordfreq Zipf) is the word it is, never a slip ('normkritik' 2.7); a rarer
# word wordfreq has met is a slip only of a word this much commoner: the web's own slips are in its counts
# ('kvinnnor' 1.3 against 'kvinnor' 5.6, 'klassrumet' 1.2 against 'klassrummet' 3.9, 'elver' 1.7 against 'elever').
TYPO_WORD_ZIPF = 2.5
TYPO_COMMONER_ZIPF = 2.0


def acronym_forms(acronym: str, text: str) -> tuple[str, ...]:
    """The written-out forms of an acronym to search for: of one with two meanings ('VG': the region or a grade)
    the one the word before it picks ('fick VG' a grade, 'i VG' the region); all when it picks none.

    >>> acronym_forms("VG", "Hur många elever fick VG i matematik?"), acronym_forms("VG", "Vilka kommuner i VG deltog?")
    (('väl godkänt',), ('Västra Götaland',))
    """
    forms = lex.ACRONYM_FORMS.get(acronym, ())
    senses = lex.ACRONYM_SENSE_BEFORE.get(acronym)
    if not senses:
        return forms
    before = re.search(rf"(\w+)\W+{re.escape(acronym)}\b", text)
    word = before.group(1).lower() if before else ""
    picked = tuple(form for form, neighbours in senses.items() if re.fullmatch(neighbours, word))
    return picked if len(picked) == 1 else forms


def one_typo_away(word: str, vocabulary: frozenset[str], name: bool = False) -> str | None:
    """The one word of the documents that `word` (which they lack) is with one slip of the keyboard undone: two
    letters swapped, one left out, one too many or one wrong ('vårdnadhsavare' -> 'vårdnadshavare'); None when
    none or more than one is, or the word is short. A `name` has no other inflection to be, so a slip near its end
    counts too ('sörbyhlom' -> 'sörbyholm', whose start the documents' word shares).

    >>> one_typo_away("vårdnadhsavare", frozenset({"vårdnadshavare"})), one_typo_away("insaterna", frozenset())
    ('vårdnadshavare', None)
    >>> one_typo_away("tillgänglig", frozenset({"tillgängliga"}))  # another inflection of a word they have
    
    >>> one_typo_away("sörbyhlom", frozenset({"sörbyholm"})), one_typo_away("sörbyhlom", frozenset({"sörbyholm"}), True)
    (None, 'sörbyholm')
    """
    if len(word) < TYPO_MIN_LENGTH or not word.isalpha():
        return None
    if not name and _inflection_index(vocabulary).begins_a_word(word[: len(word) - TYPO_ENDING]):
        return None  # the documents have the word in another inflection ('ovanligt' for 'ovanlig'): no slip
    found = _typo_index(vocabulary).near(word, 1)  # (the index `typo_corrected` reads: one way to find a slip)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    """How common `word` is in Swedish (wordfreq's Zipf scale, offline; 0 for a word it never met)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv")


def typo_corrected(word: str, vocabulary: frozenset[str]) -> str | None:
    """The documents' word that a lower-case `word` the asker mistyped stands for: `word` is neither a word of
    theirs nor a Swedish word (wordfreq), and one word of theirs is within one slip of the keyboard of it (a letter
    doubled, left out, wrong, or two swapped: 'anlysen' -> 'analysen', 'åtgärer' -> 'åtgärder', 'undvikre' ->
    'undviker'), or, for a long word, within two ('kompettensutvecklnig' -> 'kompetensutveckling'). Where several
    are equally near, they must be forms of one word (the same stem) or one far commoner in Swedish; None
    otherwise, for short words (too many words lie one letter apart), and for digits. A parent's typed question
    otherwise misses the lexical index and is refused as off topic (trial 37 K7: 'hur undvikre man att anlysen bara
    bir en siffersamling …').

    >>> vocabulary = frozenset({"analysen", "åtgärder", "undviker", "efteråt", "vänlig", "kompetensutveckling"})
    >>> [typo_corrected(w, vocabulary) for w in ("anlysen", "åtgärer", "undvikre", "efterråt", "kompettensutvecklnig")]
    ['analysen', 'åtgärder', 'undviker', 'efteråt', 'kompetensutveckling']
    >>> [typo_corrected(w, vocabulary) for w in ("vanlig", "analys2", "anl")]  # a real word, a digit, too short
    [None, None, None]
    >>> typo_corrected("workshoppen", frozenset({"workshopen"}))  # a form simplemma knows, though wordfreq does not
    
    >>> typo_corrected("klassrumet", frozenset({"klassrummet"}))  # a slip wordfreq has met, of a far commoner word
    'klassrummet'
    >>> typo_corrected("elver", frozenset({"eller", "elever"}))  # not the function word
    'elever'
    """
    if len(word) < TYPO_SHORTEST or not word.isalpha() or word in vocabulary:
        return None
    memo = _typo_index(vocabulary).read
    if word not in memo:  # a long pasted question repeats its words: each is looked up once per vocabulary
        memo[word] = _typo_corrected(word, vocabulary)
    return memo[word]


def _typo_corrected(word: str, vocabulary: frozenset[str]) -> str | None:
    if _inflection_known(word, vocabulary):
        return None
    seen = _zipf(word)
    if seen >= TYPO_WORD_ZIPF or simplemma.is_known(word, lang="sv"):
        # a word in common use, or a form simplemma's dictionary has ('workshoppen', 'institutionaliserats',
        # 'budgetera': the documents' 'workshopen', 'institutionaliseras', 'budgeten' are other words or spellings)
        return None
    index = _typo_index(vocabulary)
    near = index.near(word, 1)
    if not near and len(word) >= TYPO_TWO_SLIPS_LENGTH:
        # (not a word the typed one starts or ends with: 'föräldraråd' is a compound of 'föräldrar', no slip of it;
        # review37)
        near = [w for w in index.near(word, 2) if not word.startswith(w) and not word.endswith(w)]
    if seen:  # a rare word wordfreq has met: a slip only of a far commoner one ('klassrumet', not 'vanlig' of 'vänlig')
        near = [w for w in near if _zipf(w) - seen >= TYPO_COMMONER_ZIPF]
    # A function word is never what was meant: it is searched for by nothing ('elver' is 'elever', not 'eller').
    near = [w for w in near if tokenize(w)]
    if not near or set(tokenize(word)) & {t for w in near for t in tokenize(w)}:
        return None  # another inflection of a word of theirs ('elevhälsans' of 'elevhälsan'): the index meets it
    if len({tuple(tokenize(w)) for w in near}) == 1:
        return near[0]
    # Words of different stems equally near: the one far commoner in Swedish than each other is the one meant
    # ('mobbnig' of 'mobbning', not of the documents' rarer 'mobbing'); none when none stands out.
    ranked = sorted(near, key=_zipf, reverse=True)
    return ranked[0] if _zipf(ranked[0]) - _zipf(ranked[1]) >= TYPO_COMMONER_ZIPF / 2 else None


class _TypoIndex:
    """The documents' words by each spelling of them with up to one letter left out: a word one slip from a typed
    one shares such a spelling with one of the typed word's, so it is found by a few dozen lookups, not by comparing
    the typed word with every word of theirs (a 30 000-character question stays fast). Two slips are found where the
    typed word has the more letters of the two ('skolhuvudmannnen', 'kompetensutvecklnig'); a long word with two
    letters left out is not (that would take each word's spellings with two left out: seconds per upload)."""

    def __init__(self, vocabulary: frozenset[str]) -> None:
        self.vocabulary = vocabulary
        self.read: dict[str, str | None] = {}  # typed word -> the word it was read as (`typo_corrected`)
        self.by_deleted: dict[str, list[str]] = {}
        for word in vocabulary:
            if len(word) >= TYPO_SHORTEST - 1 and word.isalpha():
                for variant in _deletes(word, 1):
                    self.by_deleted.setdefault(variant, []).append(word)

    def near(self, word: str, slips: int) -> list[str]:
        """The documents' words `slips` slips from `word` (see the class for which are found with two), sorted."""
        found = {w for variant in _deletes(word, slips) for w in self.by_deleted.get(variant, ())}
        return sorted(w for w in found if _slips(word, w) == slips)


def _deletes(word: str, n: int) -> set[str]:
    """`word` and its spellings with up to `n` letters left out."""
    out = {word}
    last = {word}
    for _ in range(n):
        last = {w[:i] + w[i + 1:] for w in last for i in range(len(w))}
        out |= last
    return out


def _slips(a: str, b: str) -> int:
    """The optimal-string-alignment distance between `a` and `b` (letters added, left out, replaced, or two
    neighbours swapped)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


_TYPO_CACHE: list[_TypoIndex] = []


def _typo_index(vocabulary: frozenset[str]) -> _TypoIndex:
    if not (_TYPO_CACHE and _TYPO_CACHE[0].vocabulary is vocabulary):
        _TYPO_CACHE[:] = [_TypoIndex(vocabulary)]
    return _TYPO_CACHE[0]


def _inflection_known(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether the documents have `word` in another inflection ('områdeschef' for 'områdeschefen')."""
    for ending in lex.INFLECTIONS[1:]:
        if word.endswith(ending):
            base = word[: len(word) - len(ending)]
            if any(base + other in vocabulary for other in lex.INFLECTIONS):
                return True
    return any(word + other in vocabulary for other in lex.INFLECTIONS[1:])


def everyday_compound(word: str, vocabulary: frozenset[str]) -> str | None:
    """A compound the documents never use whose first part is an everyday word (lexicon.EVERYDAY_COMPOUND_MODIFIERS),
    as the documents' compound of that head ('tjejlagen' -> 'flicklagen', 'killag' -> 'pojklag'): one they use,
    in this or another inflection. None when they use no such compound.

    >>> vocabulary = frozenset({"flicklagen", "pojklag", "flickor"})
    >>> [everyday_compound(w, vocabulary) for w in ("tjejlagen", "killag", "tjejlag", "killar", "tjejkvällar",
    ...                                             "tjejen", "tjejer")]
    ['flicklagen', 'pojklag', 'flicklag', None, None, None, None]
    """
    stems = _inflection_index(vocabulary).stems
    for modifier, theirs in lex.EVERYDAY_COMPOUND_MODIFIERS.items():
        rest = word[len(modifier):]
        if not word.startswith(modifier) or len(rest) < 2:
            continue
        # (a head that begins with the modifier's last, doubled consonant lost one of three: 'kill|ag' of 'lag')
        heads = [rest, modifier[-1] + rest] if modifier[-1] == modifier[-2] and rest[0] in "aeiouyåäö" else [rest]
        for head in heads:
            joined = theirs + head
            terms = tokenize(joined)
            # (a stem of more than the modifier: 'tjejen' is no compound, 'flicken' no word; review33)
            if joined in vocabulary or (len(terms) == 1 and terms[0] in stems and len(terms[0]) > len(theirs) + 1):
                return joined
    return None


def decompound(word: str, vocabulary: frozenset[str], language: str = "sv") -> list[str]:
    """A compound the documents never use, as two parts they do, or as their own compound when the head maps
    to one through the everyday-word map ('mattesatsningen' -> 'matematiksatsning'). Swedish writes compounds
    as one word, so a user's compound often differs from the documents' ('läxhjälpsinsatsen' vs 'läxhjälp').
    Empty when no split has both parts known.

    >>> decompound("mattesatsningen", frozenset({"satsningen", "matematik"}))
    ['matematik', 'satsningen']
    >>> decompound("mattesatsningen", frozenset({"satsningen", "matematiksatsningen"}))
    ['matematiksatsningen']
    >>> decompound("lärarstödet", frozenset({"stödet", "lärare"}))
    ['lärare', 'stödet']
    >>> decompound("foraldrasamtal", frozenset({"samtal", "föräldrar"}))
    ['föräldrar', 'samtal']
    """
    if language != "sv" or len(word) < 8 or not word.isalpha() or _inflection_known(word, vocabulary):
        return []
    terms = lex.EVERYDAY_TERMS
    # A compound typed without å/ä/ö ('foraldrasamtal') has its parts spelt as the documents spell them
    # ('föräldrar', 'samtal'), as its spelt form's parts are found (trial 34 F6 was refused for want of the compound).
    restored = _restore_index(vocabulary) if word.isascii() else {}

    def known(part: str) -> str | None:
        return part if part in vocabulary else restored.get(part)

    for cut in range(4, len(word) - 4):  # the longest known tail first: 'satsningen' before 'ningen'
        head, tail = word[:cut], known(word[cut:])
        if tail is None or not tokenize(tail):  # a tail must be a word of its own, not 'ingen'
            continue
        for h in (head, head[:-1] if head.endswith("s") else None):  # a linking s: 'läxhjälps|insatsen'
            if not h or len(h) < 4:
                continue
            if known(h):
                return [known(h), tail]
            # A first part drops its word's final vowel or plural r ('lärar|stödet' of lärare, 'skol|gården' of
            # skola, 'föräldra|mötet' of föräldrar): the documents may write the word whole ('Stöd till lärare').
            whole = next((known(h + end) for end in lex.COMPOUND_FIRST_PART_ENDINGS if known(h + end)), None)
            if whole:
                return [whole, tail]
            mapped = terms.get(h)
            if mapped:
                # The documents' own compound, in any inflection ('matematiksatsning' for 'mattesatsningen').
                for ending in lex.INFLECTIONS:
                    base = tail[: len(tail) - len(ending)] if ending and tail.endswith(ending) else tail
                    for joined in (mapped + base, mapped + "s" + base):
                        if " " not in mapped and joined in vocabulary:
                            return [joined]
                return [mapped, tail]
    return []


def restore_diacritics(word: str, vocabulary: frozenset[str]) -> str | None:
    """The corpus word that `word` is when typed without å/ä/ö ('laxhjalp' -> 'läxhjälp'), if any; for a form the
    documents lack, the documents' word of the same stem ('forelasningarna' -> 'föreläsningar')."""
    exact = _restore_index(vocabulary).get(word)
    if exact:
        return exact
    # Of the documents' words of that stem, the form nearest the typed one ('jamstallda' -> 'jämställd', not
    # 'jämställdhet'): the fewest letters apart, then the first.
    forms = _restore_stem_index(vocabulary).get(_stem_of(word), ())
    return min(forms, key=lambda w: abs(len(w) - len(word)), default=None)


def other_inflection(word: str, vocabulary: frozenset[str]) -> str | None:
    """The documents' own form of a word they only have in another inflection whose stem differs: a strong verb's
    past ('anslöt' -> 'anslutna'), an irregular plural ('städer' -> 'stad'). Snowball stemming leaves such forms
    apart; their dictionary form (simplemma) joins them. None when the documents have the word's own stem, or
    when one stem begins the other (an ending prefix matching meets). Only the documents' words that begin as
    the word and its dictionary form both do are lemmatised (a strong verb keeps its first letters: 'skrev' /
    'skriva'), once per vocabulary and beginning."""
    index = _inflection_index(vocabulary)
    own = set(tokenize(word))
    if not own or own & index.stems:
        return None
    lemma = simplemma.lemmatize(word, lang="sv")
    start = os.path.commonprefix([word, lemma])
    if len(start) < MIN_INFLECTION_PREFIX:
        return None
    for form in index.forms_by_lemma(start).get(lemma, ()):
        stems = set(tokenize(form))
        if stems and not _stems_meet(own, stems):
            return form
    return None


def load_lemmatizer() -> None:
    """Load simplemma's Swedish dictionary (seconds) at start, not in the first question that needs it."""
    simplemma.lemmatize("skolor", lang="sv")


# The first letters a word and its dictionary form must share (`other_inflection`).
MIN_INFLECTION_PREFIX = 2


class _InflectionIndex:
    """One vocabulary's stems, and its words by dictionary form for each beginning looked up (`other_inflection`),
    each computed on first use."""

    def __init__(self, vocabulary: frozenset[str]) -> None:
        self.vocabulary = vocabulary
        self._by_start: dict[str, dict[str, list[str]]] = {}

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(t for w in self.vocabulary for t in tokenize(w))

    @cached_property
    def _sorted(self) -> list[str]:
        return sorted(self.vocabulary)

    def begins_a_word(self, start: str) -> bool:
        """Whether some word of the documents begins with `start` (a lookup in the sorted words, not a scan)."""
        words = self._sorted
        at = bisect.bisect_left(words, start)
        return at < len(words) and words[at].startswith(start)

    def forms_by_lemma(self, start: str) -> dict[str, list[str]]:
        if start not in self._by_start:
            words = self._sorted
            forms: dict[str, list[str]] = {}
            for form in words[bisect.bisect_left(words, start):]:
                if not form.startswith(start):
                    break
                forms.setdefault(simplemma.lemmatize(form, lang="sv"), []).append(form)
            self._by_start[start] = forms
        return self._by_start[start]


# The last vocabulary's index, held by reference (as _RESTORE_CACHE).
_INFLECTION_CACHE: list[_InflectionIndex] = []


def _inflection_index(vocabulary: frozenset[str]) -> _InflectionIndex:
    if not (_INFLECTION_CACHE and _INFLECTION_CACHE[0].vocabulary is vocabulary):
        _INFLECTION_CACHE[:] = [_InflectionIndex(vocabulary)]
    return _INFLECTION_CACHE[0]


def _stems_meet(own: set[str], other: set[str]) -> bool:
    """Whether one stem begins the other ('workshopp' / 'workshop'): an ending Snowball leaves, which prefix
    matching meets, not a changed stem."""
    return any(a.startswith(b) or b.startswith(a) for a in own for b in other)


# The last vocabulary and its index, held by reference: an id() key could be reused by a new, freed-and-
# reallocated vocabulary.
_RESTORE_CACHE: list[tuple[frozenset[str], dict[str, str]]] = []


def _stem_of(word: str) -> str:
    stems = tokenize(word)
    return stems[0] if len(stems) == 1 else ""


def _restore_stem_index(vocabulary: frozenset[str]) -> dict[str, list[str]]:
    """Folded stem -> the documents' words with å/ä/ö of that stem (sorted), for stems no word without them has."""
    if _RESTORE_STEM_CACHE and _RESTORE_STEM_CACHE[0][0] is vocabulary:
        return _RESTORE_STEM_CACHE[0][1]
    plain = {_stem_of(w) for w in vocabulary if fold(w) == w}
    index: dict[str, list[str]] = {}
    for w in sorted(vocabulary):
        stem = _stem_of(w) if fold(w) != w else ""
        if stem and stem not in plain:
            index.setdefault(stem, []).append(w)
    _RESTORE_STEM_CACHE[:] = [(vocabulary, index)]
    return index


# As _RESTORE_CACHE, for `_restore_stem_index`.
_RESTORE_STEM_CACHE: list[tuple[frozenset[str], dict[str, list[str]]]] = []


def _restore_index(vocabulary: frozenset[str]) -> dict[str, str]:
    if _RESTORE_CACHE and _RESTORE_CACHE[0][0] is vocabulary:
        return _RESTORE_CACHE[0][1]
    index: dict[str, str] = {}
    for w in sorted(vocabulary):
        f = fold(w)
        if f != w and f not in vocabulary:
            index.setdefault(f, w)
    _RESTORE_CACHE[:] = [(vocabulary, index)]
    return index


def definiendum(text: str) -> str:
    """The term a definition question asks about: 'Vad är antipluggkultur?' -> 'antipluggkultur'.

    >>> definiendum("Förklara begreppet styrkedja."), definiendum("Vad står SIP för?")
    ('styrkedja', 'SIP')
    >>> definiendum("Vad menas med begreppet normkritik?"), definiendum("Definiera institutionalisering")
    ('normkritik', 'institutionalisering')
    >>> definiendum("Vad betyder det att ett förbättringsarbete har institutionaliserats?")  # the deed's noun
    'institutionalisering'
    >>> definiendum("Vad innebär det att skolan har anpassad studiegång?")
    'det att skolan har anpassad studiegång'
    >>> definiendum("Hur definieras trygghet i vår jämställdhetsrapport?")
    'trygghet'
    >>> definiendum("Vad innebär jämställdhetsintegrering för oss i förskolan?")  # the asker's setting is no part
    'jämställdhetsintegrering'
    >>> definiendum("Vad räknas som omsorgsinsatser i Granlidas analys av hemtjänsten?")  # nor the document's name
    'omsorgsinsatser'
    """
    stands = re.search(r"^\s*vad står\s+(.{1,40}?)\s+för\s*\??$", text.strip(), re.I)
    if stands:
        return stands.group(1).strip(" ?.!\"”'")
    m = re.search(r"(?:vad (?:är|var|menas med|betyder|innebär|avses med|kallas|räknas som)|förklara|definiera|what is|"
                  r"what does|hur definieras)\s+(?:(?:begreppet|termen|ordet|uttrycket)\s+)?"
                  r"(?:en |ett |a |an |the )?"
                  # ('för oss i förskolan': the asker's setting, no part of the term)
                  r"(.+?)(?:\s+(?:för något|för nåt|för (?:mig|oss|er)(?:\s+(?:i|på|inom|som)\s+[^?]{1,60})?|"
                  r"mean|(?:i|enligt) (?:materialet|underlaget|"
                  r"rapporten|(?:vår|er|den|det)\s+\w*(?:rapport|plan|underlag|dokument)\w*|"
                  # ('i Granlidas analys av hemtjänsten': the document it is asked of, no part of the term)
                  r"\w+s\s+\w*(?:rapport|plan|analys|underlag|dokument|uppföljning|utredning)\w*"
                  r"(?:\s+(?:av|om)\s+[^?]{1,40})?)))?"
                  r"\s*[?.!]?$", text.strip(), re.I)
    term = m.group(1).strip(" ?.!\"”'") if m else ""
    deed = lex.DEED_DEFINIENDUM_RE.match(term)
    return f"{deed.group('stem').lower()}ing" if deed else term  # (an -era verb's deed: lexicon)


def spelled_out_terms(text: str) -> str:
    """A school term or year written short spelled out as documents date things.

    >>> spelled_out_terms("Vad gjorde skolan VT21 och ht 2020?"), spelled_out_terms("Hur gick läsåret 20/21?")
    ('Vad gjorde skolan våren 2021 och hösten 2020?', 'Hur gick läsåret 2020/21?')
    >>> [spelled_out_terms(t) for t in ("Hur många skadades vintern 23/24?", "Kostnad 24/25?", "den 12/3", "2023/24")]
    ['Hur många skadades vintern 2023/24?', 'Kostnad 2024/25?', 'den 12/3', '2023/24']
    """
    def term(m: re.Match[str]) -> str:
        year = m.group(2)
        return f"{lex.SHORT_TERM_WORDS[m.group(1).lower()]} {year if len(year) == 4 else '20' + year}"

    def split_year(m: re.Match[str]) -> str:  # 'vintern 23/24' -> 'vintern 2023/24' (lexicon.SHORT_SPLIT_YEAR_RE)
        first, second = m.group(1), m.group(2)
        timed = lex.SPLIT_YEAR_BEFORE_RE.search(m.string[max(0, m.start() - 20):m.start()]) or \
            lex.SPLIT_YEAR_AFTER_RE.match(m.string[m.end():m.end() + 12])
        return f"20{first}/{second}" if timed and int(first) + 1 == int(second) else m.group(0)

    text = lex.SHORT_TERM_RE.sub(term, text)
    text = lex.SHORT_SCHOOL_YEAR_RE.sub(lambda m: f"{m.group(1)} 20{m.group(2)}/{m.group(3)}", text)
    return lex.SHORT_SPLIT_YEAR_RE.sub(split_year, text)


def spelled_numbers(text: str) -> list[str]:
    """The figures of the number words above twelve a question spells out, in digits as documents write them.

    >>> spelled_numbers("Vilken workshop hade trettiosex deltagare?"), spelled_numbers("Hur många var sjutton år?")
    (['36'], ['17'])
    >>> spelled_numbers("Vilka tre mål finns?"), spelled_numbers("Hur gick det för de trettio eleverna?")
    ([], ['30'])
    """
    out = []
    for m in lex.SPELLED_NUMBER_RE.finditer(text):
        teen, tens, unit = (g.lower() if g else "" for g in m.groups())
        out.append(str(lex.TEEN_WORDS[teen] if teen else lex.TENS_WORDS[tens] + lex.UNIT_WORDS.get(unit, 0)))
    return out


def without_courtesies(text: str) -> str:
    """The message without a greeting before it or a closing after it ('Hej! …', '… Snälla svara kort.', '… Tack på
    förhand!'); the message as it is when nothing else is left.

    >>> without_courtesies("Hej! Vilka insatser finns? Tack på förhand!")
    'Vilka insatser finns?'
    >>> without_courtesies("vilka mål finns Snälla svara kort."), without_courtesies("Tack!")
    ('vilka mål finns', 'Tack!')
    """
    bare = _without_greeting_and_closing(text).strip()
    return bare if tokenize(bare) else text


def _without_greeting_and_closing(text: str) -> str:
    return lex.CLOSING_RE.sub("", lex.LEADING_THANKS_RE.sub("", lex.GREETING_RE.sub("", text)))


def courtesy_of(text: str) -> str:
    """'greeting' or 'thanks' for a message that only greets or thanks ('Hej!', 'Tack för hjälpen!'), '' for one
    that asks something too: a courtesy is answered in kind, not searched for in the documents.

    >>> courtesy_of("Hej!"), courtesy_of("Tack så mycket!"), courtesy_of("Hej! Vilka insatser finns?"), courtesy_of("")
    ('greeting', 'thanks', '', '')
    >>> courtesy_of("Hej! Vad är det?"), courtesy_of("Hej! Hur då?")  # a question of words too common to search for
    ('', '')
    """
    rest = _without_greeting_and_closing(text)
    word = re.search(r"\w", rest)  # a question mark after a word: read once, not from each word ('\w[^?]*\?' was)
    if not text.strip() or tokenize(rest) or (word is not None and "?" in rest[word.start():]):
        return ""
    return "greeting" if lex.GREETING_RE.match(text) else "thanks" if lex.THANKS_RE.search(text) else ""


def asked_part(text: str) -> str:
    """The question a message wraps: without a sentence that only introduces the asker ('Jag jobbar som …') and
    without the frame before the question word ('Kan du berätta …', 'Vi är en skola i … och undrar …'), so the
    wording cues read the question's own first words.

    >>> asked_part("Vi är en skola i en liten kommun och undrar hur stor andel av eleverna som har hög frånvaro?")
    'Hur stor andel av eleverna som har hög frånvaro?'
    >>> asked_part("Jag jobbar som rektor och har en fråga. Vem leder arbetet?"), asked_part("Vi i Borås, vilka finns?")
    ('Vem leder arbetet?', 'Vi i Borås, vilka finns?')
    >>> asked_part("Jag är förskolechef och ska börja jobba med jämställdhetsintegrering. Vad innebär det för oss?")
    'Vad innebär jämställdhetsintegrering för oss?'
    """
    intro = lex.ASKER_INTRO_RE.match(text)
    bare = lex.ASK_FRAME_RE.sub("", lex.ASKER_INTRO_RE.sub("", lex.ASKER_NOTE_RE.sub("", text))).strip()
    if bare == text or not tokenize(bare):
        return text
    work = lex.INTRO_WORK_RE.search(intro.group(0)) if intro is not None else None
    if work is not None and (back := lex.POINTS_AT_INTRO_RE.match(bare)) is not None:
        # 'Jag är förskolechef och ska börja jobba med X. Vad innebär det för oss?': 'det' is X
        bare = f"{back.group(1)} {work['work']}{bare[back.end():]}"
    if (embedded := lex.EMBEDDED_DEFINITION_RE.match(bare)) is not None:
        # '… vad jämställdhetsintegrering är' after a frame asks 'Vad är jämställdhetsintegrering?'
        bare = f"{embedded['word']} {embedded['verb']} {embedded['term']}{embedded['end'] or '?'}"
    bare = main_clause_order(bare)  # '… hur vi ska följa upp X' asks 'hur ska vi följa upp X'
    return bare[:1].upper() + bare[1:]


def answer_form(text: str) -> tuple[str, int]:
    """The question without the form it asks its answer in, and the number of points asked (0 for none; 3 where it
    asks 'i punktform' with no count): 'i tre punkter' says how to write, not what about.

    >>> answer_form("kan du sammanfatta det viktigaste för förskolan i tre punkter?")
    ('kan du sammanfatta det viktigaste för förskolan?', 3)
    >>> answer_form("Vilka punkter tar planen upp?")
    ('Vilka punkter tar planen upp?', 0)
    """
    m = lex.ANSWER_FORM_RE.search(text)
    if m is None:
        return text, 0
    count = m["n"] or "3"
    points = int(count) if count.isdigit() else lex.CARDINALS.get(count.lower(), 3)
    return (text[: m.start()] + text[m.end():]).strip(), points


def analyse(text: str, vocabulary: frozenset[str] = frozenset()) -> Question:
    """Everything the answer engine needs to know about a standalone question."""
    text, points = answer_form(spelled_out_terms(" ".join(without_instructions(text).split())))
    polite = without_courtesies(text)
    text = asked_part(polite)
    language = detect_language(text)
    # Names and years are read in the whole message: 'Vi är en skola i Borås och undrar hur många …' asks of Borås.
    found, own = subjects(polite, language)
    if language == "sv" and vocabulary:
        # A place misspelt ('Lomaryds kommun', 'Sörbyhlom') is the documents' place, not one they never name.
        found, own = [respelt_name(s, vocabulary) for s in found], [respelt_name(s, vocabulary) for s in own]
    if language == "sv":
        units, own_units = org_units(polite)
        found, own = found + units, own + own_units
    expanded = expansions(text, language, vocabulary)
    # The wording cues read the question as if typed with å/ä/ö ('vad kan vi gora at …' asks how).
    typed = respelt(text, vocabulary) if language == "sv" else text
    if (topic := asked_of_source(typed)) is not None:
        # 'Vad säger metodstödet om hur vi ska följa upp …?' is cued as the question it asks the source ('Hur ska vi
        # följa upp …?'): the how-question's wording cues read its opening (trial 32 U5); the source still places it
        typed = f"{topic[:1].upper()}{topic[1:]}?"
    kind = answer_type(typed)
    asks: set[str] = set()
    if lex.ASKS_FOR_REFERENCES_RE.search(typed):
        asks |= {"references", "footnote"}
    if any(r.search(typed) for r in (lex.ASKS_FOR_SCHEDULE_RE, lex.TIME_QUESTION_RE, lex.DAY_QUESTION_RE)):
        asks.add("schedule")  # 'Vilken tid …?', 'Hur dags …?', 'Vilken dag …?' are answered by a timetable's line
    if lex.ASKS_FOR_TOC_RE.search(typed):
        asks.add("toc")
    query = " ".join([text, *dict.fromkeys(new for _, new, _ in expanded), *spelled_numbers(typed)]).strip()
    if kind == "evaluation" and not lex.FOLLOW_UP_MARKER_RE.search(query):  # (with its expansions: 'foljer upp')
        # 'Hur vet vi om läxhjälpen gör skillnad?' is answered where the material speaks of following up such work
        query = f"{query} {lex.EVALUATION_SEARCH_WORDS}"
    if kind == "how" and lex.START_QUESTION_RE.search(typed) and not lex.START_SENTENCE_RE.search(query):
        query = f"{query} {lex.START_SEARCH_WORDS}"  # 'hur kommer man igång?' is answered by 'Börja med att …'
    # A word the documents don't have, once respelt or split, is no longer one of the question's own terms.
    replaced = {t for w, new, replaces in expanded if replaces for t in set(tokenize(w)) - set(tokenize(new))}
    # An idiom's words say how the question is put, not what it is about ('ta reda på', 'få tag på').
    def terms(words: str) -> frozenset[str]:
        # 'sammanfatta det viktigaste för X' is about X ('Sammanfatta det viktigaste i metodstödet' keeps its words:
        # nothing else is left to search for)
        return own_terms(lex.SUMMARY_FRAME_RE.sub(" ", words)) or own_terms(words)

    def own_terms(words: str) -> frozenset[str]:
        words = lex.EXAMPLES_FRAME_RE.sub(" ", words)
        asked = {fold(t) for m in lex.ASKED_MATERIAL_RE.finditer(words) for t in tokenize(m.group(1))}
        return frozenset(t for t in tokenize(lex.IDIOM_RE.sub(" ", lex.CLAIM_FRAME_RE.sub(" ", words)))
                         if (fold(t) not in _FRAMING or fold(t) in asked) and t not in replaced)

    # 'Vad säger handlingsplanen om …?': the document's name there says which document, not what about (its word
    # elsewhere in the question stays; 'Vad står det i broschyren?' asks about nothing else, and keeps it)
    unnamed = without_named_document(query)
    content = (unnamed != query and terms(unnamed)) or terms(query)
    if kind == "number" and not lex.IN_THE_MATERIAL_RE.search(typed):
        # a count asked by someone who names their own setting is a count of that setting ('Jag är rektor på X. Hur
        # många elever har hög frånvaro?'), unless it is asked of the material ('… enligt rapporten?')
        found, own = found + own, []
    forms = school_forms(typed) if language == "sv" else ()
    if kind != "number":  # guidance asked for one's own schools is guidance for the form in general
        forms = own_forms_only(typed, forms)
    courtesy = courtesy_of(text)
    if courtesy:
        content = frozenset()  # nothing to search for: the courtesy is answered in kind
    return Question(
        courtesy=courtesy,
        text=text, language=language, answer_type=kind, money=bool(lex.MONEY_QUESTION_RE.search(typed)),
        date=bool(lex.DATE_QUESTION_RE.search(typed)), subjects=found, own_context=own, search_text=query,
        asks_for=frozenset(asks), definiendum=definiendum(typed) if kind == "definition" else "",
        content_terms=content, wants_person=wants_person(typed),
        counted=documents_count_word(counted_noun(typed), vocabulary) if kind == "number" else "",
        ordinal=ordinal(typed), label=numbered_label(typed), typed=typed, school_forms=forms, days=days(polite),
        section=(m.group(1) if (m := lex.SECTION_QUESTION_RE.search(typed)) else ""),
        goal=goal_asked(lex.QUESTION_HEDGE_RE.sub("", typed)),
        asks=split_asks(typed) if language in ("sv", "en") else (),
        points=points,
        split_compounds=tuple((w, new.split()[0], new.split()[-1]) for w, new, replaces in expanded
                              if replaces and len(new.split()) > 1),
        lemma_prefixes={t: p for t, p in lemma_prefixes(typed).items() if t in content} if language == "sv" else {},
        mention=next((t for t in tokenize(mention_topic(typed)) if t in content), "") if kind == "fact" else "",
        slips=slips(text, vocabulary) if language == "sv" else (),
    )


# The fewest letters a word's stem and its dictionary form must share for that start to stand for the word.
LEMMA_PREFIX_MIN = 4


def lemma_prefixes(text: str) -> dict[str, str]:
    """The words of one question that Snowball stems apart from their other forms, each as its stem mapped to the
    start it shares with its dictionary form (simplemma), folded: 'mötena' is stemmed 'möten', while 'möte', 'mötet'
    and 'mötestillfälle' begin 'möte', so a line saying 'varje mötestillfälle' never met the question's word. A word
    whose dictionary form begins with its stem ('skolorna' -> 'skol', 'skola') needs none. Only a noun's plural or
    definite form (lexicon.NOUN_FORM_ENDINGS). Built for each question from its own words, nothing kept between
    questions.

    >>> lemma_prefixes("Hur ofta har processtödet tagit fram presentationer till mötena?")
    {'moten': 'mote'}
    >>> lemma_prefixes("Vilka av områdena gav exemplen?"), lemma_prefixes("Hur många deltog i skolorna?")
    ({'omraden': 'omrade', 'exempl': 'exemp'}, {})
    """
    out: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        terms = tokenize(word)
        if len(terms) != 1 or not word.endswith(lex.NOUN_FORM_ENDINGS):
            continue
        lemma = fold(simplemma.lemmatize(word, lang="sv"))
        start = os.path.commonprefix([terms[0], lemma])
        if not lemma.startswith(terms[0]) and len(start) >= LEMMA_PREFIX_MIN and lemma not in stopwords():
            out[terms[0]] = start
    return out


def school_forms(text: str) -> tuple[str, ...]:
    """The school forms (lexicon.SCHOOL_FORMS) a question asks of: those it names other than as where pupils go or
    come from. `text` is the question without its frame ('Vi är en grundskola i … och undrar …' asks of no form).

    >>> school_forms("Hur många barn i förskolan har plats på fritids?"), school_forms("Hur många på högstadiet?")
    (('förskola', 'fritidshem'), ('högstadiet',))
    >>> school_forms("Hur många elever blev behöriga till gymnasiet?"), school_forms("Hur gick det i skolan?")
    ((), ())
    """
    return tuple(form for form in lex.SCHOOL_FORMS if form_as_written(text, form))


def own_forms_only(text: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """`forms` without those the asker names only as their own ('på våra högstadieskolor', 'i vår förskola'):
    asking what can be done there, the asker describes a setting, and guidance for the school form in general applies (a
    figure of 'våra' schools is still one of that form).

    >>> own_forms_only("vi har obehöriga lärare på vara högstadieskolor, vad kan man göra?", ("högstadiet",))
    ()
    >>> own_forms_only("Vad kan man göra på högstadiet?", ("högstadiet",))
    ('högstadiet',)
    >>> own_forms_only("Hur många var högstadieelever?", ("högstadiet",))
    ('högstadiet',)

    A stage of the grundskola named where the asker asks what they can do (`lexicon.OWN_GUIDANCE_RE`) is their own
    pupils' too; a school form of its own (förskola, gymnasieskola) is still asked of.

    >>> own_forms_only("Vem kan vi samarbeta med för att få pojkar i mellanstadiet att läsa mer?", ("mellanstadiet",))
    ()
    >>> own_forms_only("Vad kan vi göra i förskolan?", ("förskola",)), own_forms_only("Vad gör mellanstadiet?",
    ...                                                                                  ("mellanstadiet",))
    (('förskola',), ('mellanstadiet',))
    >>> own_forms_only("Vad innebär jämställdhetsintegrering för oss i förskolan?", ("förskola",))
    ()
    """
    stages = {stage for parts in lex.SCHOOL_FORM_PARTS.values() for stage in parts}
    guidance = bool(lex.OWN_GUIDANCE_RE.search(text))

    def own(form: str) -> bool:
        found = list(re.finditer(rf"\b(?:{lex.SCHOOL_FORMS[form][0]})\b", text, re.I))
        before = (text[max(0, m.start() - 10):m.start()].lower() for m in found)
        return bool(found) and all(lex.OWN_SETTING_WORD_RE.search(b) for b in before)

    return tuple(f for f in forms if not own(f) and not (guidance and f in stages))


# How far before a school form's name a word of going there or coming from it is looked for ('vidare till gymnasiet').
_TRANSITION_REACH = 60


def form_as_written(text: str, form: str) -> str:
    """Where a question asks of a school form, as it writes it, with its preposition ('i förskolan'); '' when it
    names the form only as where pupils go or come from, or not at all.

    >>> form_as_written("Hur många barn finns i förskolan?", "förskola"), form_as_written("Behöriga till gymnasiet?",
    ...  "gymnasieskola")
    ('i förskolan', '')
    """
    for m in re.finditer(rf"(?:\b(?:i|på|inom|för)\s+)?\b(?:{lex.SCHOOL_FORMS[form][0]})\b", text, re.I):
        # only the words just before it are read: a long message naming a form often is read once, not once a name
        if not lex.SCHOOL_FORM_TRANSITION_RE.search(text, max(0, m.start() - _TRANSITION_REACH), m.start()):
            return m.group(0)
    return ""


# 'den fjärde', 'det tredje'; 'andra' only after 'den'/'the' ('Finns det andra sätt?' asks for others).
_ORDINAL_AFTER_ARTICLE_RE = re.compile(
    r"\b(?:(?:den|det|the)\s+(" + "|".join(o for o in lex.ORDINALS if o != "andra") + r")|(?:den|the)\s+(andra))\b",
    re.I)


def numbered_label(text: str) -> tuple[str, int] | None:
    """The numbered label a question names ('Vilka delmål finns under mål 3?' -> ('mål', 3)); None when none.

    >>> numbered_label("Vad visar Tabell 3 i uppföljningen?"), numbered_label("Vilka mål har kommunen 2025?")
    (('tabell', 3), None)
    >>> numbered_label("Vem ansvarar för det tredje av målen i planen?"), numbered_label("den första träffen")
    (('mål', 3), None)
    >>> numbered_label("Vad beslutade nämnden i § 14?"), numbered_label("Vad står i paragraf 7?")
    (('§', 14), ('§', 7))
    >>> numbered_label("Vad säger paragraf 4 i skollagen?"), numbered_label("Vad står i § 3 i diskrimineringslagen?")
    (None, None)
    """
    m = lex.NUMBERED_LABEL_RE.search(text)
    if m:
        return m.group(1).lower(), int(m.group(2))
    for m in lex.SECTION_SIGN_RE.finditer(text):  # a protocol's paragraph: 'Vad beslutades i § 14?'
        between = lex.STATUTE_AFTER_SECTION_RE.match(text, m.end())
        if lex.LAW_NAME_RE.match(text, between.end() if between else m.end()) is None:
            return lex.SECTION_SIGN_LABEL, int(m.group(1))  # not a statute's section ('paragraf 4 i skollagen')
    # 'det tredje målet', 'det tredje av målen': an ordinal of a labelled kind points at that number's label.
    m = _ORDINAL_LABEL_RE.search(text)
    return (m.group(2).lower(), lex.ORDINALS[m.group(1).lower()]) if m else None


_ORDINAL_LABEL_RE = re.compile(
    r"\b(?:den|det|de)\s+(" + "|".join(lex.ORDINALS) + r")\s+(?:av\s+)?(" + "|".join(lex.ORDINAL_LABEL_WORDS)
    + r")(?:en|et|na|erna|arna|ar|er)?\b", re.I)


def ordinal(text: str) -> int:
    """The ordinal a question asks about: 'Hur lång är den fjärde träffen?' -> 4; 0 when none. 'andra' counts
    only after den/det ('de andra aktörerna' are the others).

    >>> ordinal("Hur lång är den fjärde träffen?"), ordinal("Vilka andra aktörer finns?"), ordinal("första mötet")
    (4, 0, 1)
    >>> ordinal("Finns det andra yrkesgrupper?"), ordinal("Vad gör vi i första hand?"), ordinal("den andra träffen")
    (0, 0, 2)
    >>> ordinal("Hur lång tid tar det från första till sista träffen?")
    0
    """
    text = lex.ORDINAL_IDIOM_RE.sub(" ", text)  # 'i första hand' picks no item
    m = _ORDINAL_AFTER_ARTICLE_RE.search(text)
    if m:
        return lex.ORDINALS[(m.group(1) or m.group(2)).lower()]
    bare = next((o for o in lex.ORDINAL_RE.finditer(text) if o.group(1).lower() != "andra"), None)
    return lex.ORDINALS[bare.group(1).lower()] if bare else 0


def respelt_name(subject: Subject, vocabulary: frozenset[str]) -> Subject:
    """A named subject with each word the documents lack respelt as the one word of theirs it is one slip of the
    keyboard from (`one_typo_away`); a Swedish municipality's own name stays as written (lexicon.MUNICIPALITIES: it
    names that place, which the documents may not cover). Coordinators misspell the kommun they ask about; refusing
    for 'no information about Lomaryds kommun' where the documents are Lommaryd's tells them nothing.

    >>> vocabulary = frozenset({"lommaryds", "kommun", "sörbyholm"})
    >>> [respelt_name(Subject(n, "name"), vocabulary).text for n in ("Lomaryds kommun", "Sörbyhlom")]
    ['Lommaryds kommun', 'Sörbyholm']
    >>> respelt_name(Subject("Sollentuna", "name"), frozenset({"sollentuna"})).text
    'Sollentuna'
    """
    if subject.kind != "name":
        return subject

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in vocabulary or fold(low) in _MUNICIPALITY_BY_FOLD or \
                fold(low).removesuffix("s") in _MUNICIPALITY_BY_FOLD:
            return word
        fixed = one_typo_away(low, vocabulary, name=True)
        if not fixed:
            return word
        return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed

    text = re.sub(r"[^\W\d_]+", one, subject.text)
    return subject if text == subject.text else Subject(text, subject.kind)


def respelt(text: str, vocabulary: frozenset[str]) -> str:
    """The question with each word typed without å/ä/ö, or with one slip of the keyboard, respelt as the documents
    write it, when they do ('vad kan vi gora at mobbningen' -> 'vad kan vi göra åt mobbningen'); other words as
    typed.

    >>> respelt("Vad kan vi gora at det?", frozenset({"göra", "åt", "det", "vad"}))
    'Vad kan vi göra åt det?'
    """
    if not vocabulary:
        return text

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in vocabulary:
            return word
        restored = (restore_diacritics(low, vocabulary) if low.isascii() else None) or \
            mistyped(word, m.start(), text, vocabulary)
        if not restored:
            return word
        return restored[:1].upper() + restored[1:] if word[:1].isupper() else restored

    return re.sub(r"[^\W\d_]+", one, text)


def slips(text: str, vocabulary: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The words of `text` read as slips of the keyboard (`mistyped`), each once, with the word read.

    >>> slips("hur görs anlysen, och anlysen igen?", frozenset({"analysen", "hur", "görs"}))
    (('anlysen', 'analysen'),)
    """
    if not vocabulary:
        return ()
    out: dict[str, str] = {}
    seen: set[tuple[str, bool]] = set()
    for m in re.finditer(r"[^\W\d_]+", text):
        word = m.group(0)
        low = word.lower()
        at = (word, _opens_sentence(text, m.start()))
        if at in seen or low in vocabulary:
            continue
        seen.add(at)  # (each word once where it stands alike: a long pasted text repeats its words)
        if low.isascii() and restore_diacritics(low, vocabulary):
            continue
        fixed = mistyped(word, m.start(), text, vocabulary)
        if fixed:
            out[word] = fixed
    return tuple(out.items())


def particle_compounds(text: str) -> list[str]:
    """How a particle verb of the question begins the compound a document writes, folded and stemmed:
    'Hur följs insatsen upp?' -> 'uppfolj' (to meet 'uppföljning'). Only candidates: the caller keeps those the
    corpus has words for.

    >>> particle_compounds("Hur följs insatsen upp?"), particle_compounds("Hur stor del av budgeten?")
    (['uppfolj', 'uppinsats'], [])
    >>> particle_compounds("Hur följer vi upp insatser för nyanlända?"), particle_compounds("Hur följer vi upp dem?")
    (['uppfolj'], ['uppfolj'])
    """
    tokens = re.findall(r"[a-zåäöéü]+|[?.!,;:]", text.lower())
    out: list[str] = []
    for i, word in enumerate(tokens):
        if word not in lex.VERB_PARTICLES or (i and tokens[i - 1] in lex.VERB_PARTICLES):
            continue  # in 'kom fram till' only the first particle belongs to the verb
        # Only a particle that ends the clause ('följs insatsen upp?') or has a pronoun for its object ('följer vi
        # upp dem') is taken: elsewhere the word is as often a preposition ('ta del av budgeten'). A particle that
        # is hardly ever a preposition ('upp', 'fram') is also taken right after its verb and its subject ('Hur
        # ska vi följa upp insatserna?', 'Hur följer vi upp insatser …?').
        if i + 1 < len(tokens) and tokens[i + 1].isalpha():
            if word not in lex.ADVERB_PARTICLES or i == 0:
                continue
            if tokens[i + 1] not in lex.OBJECT_PRONOUNS:
                verb = tokens[i - 2] if tokens[i - 1] in lex.PARTICLE_VERB_SUBJECTS and i >= 2 else tokens[i - 1]
                stem = tokenize(verb) if verb.isalpha() else []
                if stem and len(stem[0]) >= 3 and verb not in lex.VERB_PARTICLES:
                    out.append(fold(word) + stem[0])
                continue
        # The verb may stand anywhere earlier in the clause ('Hur följs <a long resolved topic> upp?', and with a
        # pronoun object, 'Hur följer vi upp dem?').
        clause = max((j for j in range(i) if not tokens[j].isalpha()), default=-1) + 1
        for verb in (w for w in tokens[clause:i] if w.isalpha()):
            stem = tokenize(verb)
            if stem and len(stem[0]) >= 3 and verb not in lex.VERB_PARTICLES:
                out.append(fold(word) + stem[0])
    return list(dict.fromkeys(out))


def documents_count_word(counted: str, vocabulary: frozenset[str]) -> str:
    """What a count is of, in the documents' word when they never use the asker's everyday one ('killar' ->
    'pojkar', lexicon.EVERYDAY_TERMS): a figure of '14 pojkar' counts the boys asked about.

    >>> documents_count_word("killar", frozenset({"pojkar"})), documents_count_word("killar", frozenset({"killarna"}))
    ('pojkar', 'killar')
    """
    mapped = _EVERYDAY_BY_FOLD.get(counted)
    if not mapped or not vocabulary:
        return counted
    stem = inflection_stem(counted)
    if any(fold(w).startswith(stem) for w in vocabulary):
        return counted
    return fold(mapped.split()[0])


_EVERYDAY_BY_FOLD = {fold(w): terms for w, terms in lex.EVERYDAY_TERMS.items()}


def everyday_forms(word: str) -> tuple[str, ...]:
    """The documents' words (folded) for an asker's everyday word (lexicon.EVERYDAY_TERMS: 'killar' -> 'pojkar'),
    whether or not some document also uses the everyday one: a document that writes 'Pojkar' in its table counts
    the boys asked about as 'killar' though another document says 'killar' (documents_count_word reads the whole
    collection); () for any other word.

    >>> everyday_forms("killar"), everyday_forms("föräldrarna"), everyday_forms("femman"), everyday_forms("elever")
    (('pojkar',), ('vardnadshavare', 'foraldrar'), ('arskurs',), ())
    """
    mapped = _EVERYDAY_BY_FOLD.get(fold(word), "")
    return tuple(fold(w) for w in mapped.split() if not w.isdigit())


def counted_noun(text: str) -> str:
    """What a count is of, folded: 'Hur många pojkar gick …?' -> 'pojkar'; '' when the question names none.

    >>> counted_noun("Ungefär hur många personer lyssnade på föreläsningarna?")
    'personer'
    >>> counted_noun("How many lectures were given in 2019?")
    'forelasningar'
    >>> counted_noun("Hur många delar hade kursen?")  # a word for whatever is counted: no noun to stand beside
    ''
    >>> counted_noun("Hur ofta fick nämnden information om antalet elever med frånvaro?")  # how often, no count
    ''
    """
    m = lex.COUNTED_NOUN_RE.search(text)
    if not m or lex.HOW_OFTEN_RE.search(text[:m.start()]):
        # 'Hur ofta … om antalet elever' asks how often the board was told ('vid två tillfällen'), not how many pupils
        # (refuse22b): a figure need not count elever
        return ""
    word = m.group(1).lower()
    if m.group(0).lower().startswith(("how many", "what share")):
        # The documents are Swedish: 'how many lectures' counts 'föreläsningar'.
        word = lex.ENGLISH_TERMS.get(word, word).split()[0]
    else:
        if counts_by_verb(word, text[m.end(1):]):
            return ""  # 'Hur många deltog i …?' counts whoever did it: '28 personer' as well as '28 deltagare'
        word = noun_after_adjective(word, text[m.end(1):])
    if word in _FRAMING_TOKENS:
        return ""
    return fold(word)


def wants_person(text: str) -> bool:
    """Whether a question asks who someone is: 'Vem är …?', or 'Vad heter …?' of a person or role ('Vad heter
    rektorn?'). 'Vad heter metoden/projektet/kursen …?' asks the name of a thing, which any passage naming it
    answers (overref21: 'Vad heter den där metoden för att …?' was refused for want of a person's name).

    >>> [wants_person(q) for q in ("Vem var rektor?", "Vad heter rektorn på skolan?", "Vad hette hon?",
    ...  "Vad heter den där metoden för att upptäcka frånvaro?", "Vad heter projektet?", "Vad heter det på engelska?")]
    [True, True, True, False, False, False]
    >>> [wants_person(q) for q in ("Vad heter biträdande rektor?", "Vad heter förvaltningens sjuksköterska?",
    ...  "Vad heter kommunens projekt?")]
    [True, True, False]
    >>> [wants_person(q) for q in ("Vilken författare besökte sommarskolan?", "Vilken chef ansvarar för planen?")]
    [True, False]
    """
    m = lex.PERSON_QUESTION_RE.search(text)
    if m is None:
        return bool(lex.PERSON_NOUN_QUESTION_RE.search(text))  # 'Vilken författare besökte …?'
    if not re.match(r"\s*vad\s+het", m.group(0), re.I):
        return True
    words = [w for w in re.findall(r"[a-zåäöé]+", text[m.end():].lower()) if w not in lex.NAME_QUESTION_FILLERS]
    # (past an owner's genitive, 'förvaltningens sjuksköterska', to the noun it owns; refusal35b probes)
    while len(words) > 1 and words[0].endswith("s") and not lex.PERSON_TITLE_RE.match(words[0]):
        words = words[1:]
    head = words[0] if words else ""
    # (a title of two words, 'biträdande rektor', is matched whole: PERSON_TITLE_RE)
    return head in ("han", "hon", "hen", "person", "personen", "personerna") or bool(
        lex.PERSON_TITLE_RE.match(head) or lex.PERSON_TITLE_RE.match(" ".join(words[:2]))) or \
        any(head in pair for pair in lex.PERSON_NOUN_DEFINITES.items())


def partitive_part(text: str) -> tuple[str, str]:
    """The group a count of part of a set asks for and the set's number ('' when not given), folded; ('', '') when
    the question counts no part of a set.

    >>> partitive_part("Hur många av de 39 eleverna som var obehöriga i årskurs 9 var flickor?")
    ('flickor', '39')
    >>> partitive_part("Hur många av deltagarna på workshopen var studenter?"), partitive_part("Hur många deltog?")
    (('studenter', ''), ('', ''))
    >>> partitive_part("Hur många av deltagarna i processtödet kom från en folkhögskola?")
    ('folkhogskola', '')
    >>> partitive_part("Hur många av de intervjuade gick på fritids?")  # as the documents write it
    ('fritidshem', '')
    >>> partitive_part("Hur många av de 23 eleverna var utrikes födda flickor?")  # a narrowed group
    ('utrikes fodda flickor', '23')
    >>> partitive_part("Hur många av de unga ledarna är kvar som ledare?")  # a predicate, no narrowed group
    ('ledare', '')
    """
    m = lex.PARTITIVE_COUNT_RE.search(text)
    if m is None:
        return "", ""
    group = fold(m.group("group"))
    mapped = _EVERYDAY_BY_FOLD.get(group, "").split()
    group = fold(mapped[0]) if mapped else group
    # words narrowing the group ('utrikes födda flickor') stay with it: a count of all girls is no answer
    mod = [w.lower() for w in (m.group("mod") or "").split() if w.lower() not in lex.DEGREE_ADVERBS]
    if any(w in lex.PARTITIVE_COORDINATORS or w in lex.PARTITIVE_PREDICATE_WORDS for w in mod):
        mod = []  # 'tjejer och killar': two groups, neither narrowed by the other; 'kvar som ledare': a predicate
    narrowed = " ".join(fold(w) for w in mod)
    return f"{narrowed} {group}".strip(), re.sub(r"\s", "", m.group("whole") or "")


def partitive_had(text: str) -> tuple[str, str, str]:
    """A share or part of a set asked by what its members had or were, where `partitive_part` reads none: (group,
    the set's number or '', the set's noun), folded; ('', '', '') for none, and where the verb is a perfect tense
    ('har fått extra anpassningar' names what was done, not a group; fixa24 fb134c5).

    >>> partitive_had("Hur stor andel av de 23 eleverna hade utländsk bakgrund?")
    ('utlandsk bakgrund', '23', 'elev')
    >>> partitive_had("Hur många av de intervjuade eleverna i Karlskoga hade adhd?")
    ('adhd', '', 'elev')
    >>> partitive_had("Hur många av eleverna har fått extra anpassningar?"), partitive_had("Hur många deltog?")
    (('', '', ''), ('', '', ''))
    """
    if lex.PARTITIVE_COUNT_RE.search(text):
        return "", "", ""
    m = lex.PARTITIVE_HAD_RE.search(text)
    if m is None or _supine(m.group("group").split()[0].lower()):
        return "", "", ""
    words = [w for w in re.split(r"\s+", m.group("set").strip()) if w]
    before = []
    for w in words:
        if w.lower() in lex.PREPOSITIONS or w.lower() == "som":
            break
        before.append(w)
    stem = inflection_stem(fold(before[-1])) if before else ""
    noun = stem[:max(4, len(stem) - 1)]  # 'eleve' of 'eleverna' is to meet 'elev' too
    return fold(m.group("group")), re.sub(r"\s", "", m.group("whole") or ""), noun


def _supine(word: str) -> bool:
    """A supine or past participle ('fått', 'genomgått', 'använts', 'deltagit'): a word in -t/-ts whose dictionary
    form (simplemma) is another word ending in a vowel, as a verb's infinitive does ('gott' -> 'god' is none).

    >>> [_supine(w) for w in ("fått", "använts", "deltagit", "haft", "adhd", "utländsk", "gott")]
    [True, True, True, True, False, False, False]
    """
    if not word.endswith(("t", "ts")):
        return False
    lemma = simplemma.lemmatize(word, lang="sv")
    return lemma != word and lemma[-1:] in set("aåeiouy")


def counts_by_verb(word: str, rest: str) -> bool:
    """Whether the word after 'hur många' is the question's verb, not a noun ('Hur många deltog i processtödet?'
    counts those who took part): a verb form (simplemma's dictionary form is an infinitive) with no verb after it
    ('Hur många träffar hölls?' counts meetings). A present form in -r (like a noun's plural: 'träffar', 'killar')
    or a participle in -nde ('studerande') is a verb only with a word after it that is none.

    >>> [counts_by_verb(w, r) for w, r in (("deltog", " i processtödet?"), ("kom", " till mötet?"), ("deltog", "?"),
    ...  ("träffar", " hölls?"), ("träffar", "?"), ("deltar", " i kursen?"), ("elever", " deltog?"),
    ...  ("flickor", " i kursen?"), ("studerande", " på kursen?"), ("blev", " godkända?"))]
    [True, True, True, False, False, True, False, False, False, True]
    """
    nxt = re.match(r"\s+([a-zåäöé][\w-]*)", rest)
    if word in lex.EVERYDAY_TERMS or word in lex.COUNTED_PEOPLE:
        return False  # a word for people ('killar', lemmatized as if a verb 'killa') is what is counted
    if not _verb_form(word) or word.endswith("nde") or (nxt is not None and _verb_form(nxt.group(1).lower())):
        return False
    return nxt is not None or not word.endswith("r")


def verb_form(word: str) -> bool:
    """Whether `word` is a finite verb or supine (`_verb_form`)."""
    return _verb_form(word.lower())


def doer_verb(text: str) -> str | None:
    """The verb of a 'Vilka <verb> …?' question ('Vilka deltar i satsningen?'), or of 'Vilka <people> <verb> …?'
    ('Vilka lärare deltar …?'): like 'Vem <verb> …?' (lexicon.WHO_VERB_RE) it asks who does it, and the statement
    with that verb names them ('Politiker, förvaltningsledning, rektorer och lärare f-3 deltar.'). Not a copula or
    an auxiliary ('Vilka kan bidra?', HELPER_QUESTION_RE), and not after a noun for anything but people ('Vilka
    brister krävde de …?' asks which shortcomings).

    >>> [doer_verb(q) for q in ("Vilka deltar i SKR:s matematiksatsning?", "Vilka lärare deltar i satsningen?",
    ...  "Vilka aktörer kan bidra?", "Vilka brister krävde de att kommunen skulle åtgärda?", "Vilka är med?",
    ...  "Vilka teman hade workshoparna?")]
    ['deltar', 'deltar', None, None, None, None]
    """
    m = lex.DOER_VERB_QUESTION_RE.match(text)
    if m is None:
        return None
    word, rest = m.group(1).lower(), text[m.end():]
    if word in lex.COUNTED_PEOPLE:
        nxt = re.match(r"\s+([a-zåäö]{4,})\b", rest)
        if nxt is None:
            return None
        word, rest = nxt.group(1).lower(), rest[nxt.end():]
        if lex.NOT_DOER_VERB_RE.fullmatch(word) or not _verb_form(word):
            return None
        return word
    if lex.NOT_DOER_VERB_RE.fullmatch(word) or not counts_by_verb(word, rest):
        return None
    return word


def has_finite_verb(text: str) -> bool:
    """Whether `text` holds a verb form (`_verb_form`): a statement does; a title or heading run on as a line of its
    own does not ('Digitala workshops november 2020').

    >>> has_finite_verb("Digitala workshops november 2020"), has_finite_verb("Rektor deltar också.")
    (False, True)
    >>> has_finite_verb("Workshop på digital plattform 4 eller 5 maj 2020")
    False
    >>> has_finite_verb("Kommunen anställde 2022 en samordnare.")  # simplemma reads 'anställde' as the participle
    True
    """
    return any(_verb_form(w) for w in re.findall(r"[a-zåäöé]+", text.lower()) if w not in _MONTH_WORDS)


def _weak_past(word: str) -> bool:
    """A weak verb's past tense that simplemma takes for its participle ('anställde' -> 'anställd'): the present
    built on the same stem ('anställer') is a verb's form."""
    if not word.endswith(("de", "te")) or len(word) < 5:
        return False
    present = word[:-2] + "er"
    lemma = simplemma.lemmatize(present, lang="sv")
    return lemma != present and lemma.endswith(("a", "å"))


_MONTH_WORDS = frozenset(lex.MONTHS)  # ('maj' is no verb, though simplemma reads it as one)


def _verb_form(word: str) -> bool:
    """A finite verb or supine by the lexicon's common verbs or simplemma's dictionary form (an infinitive in -a or
    -å: 'deltog' -> 'delta', 'gick' -> 'gå'; a noun's plural in -or is the noun: 'flickor' -> 'flicka'), or a weak
    verb's past tense that simplemma takes for its participle ('anställde', `_weak_past`).

    >>> [_verb_form(w) for w in ("deltog", "anställde", "flickor", "samordnare", "gett")]
    [True, True, False, False, True]
    """
    if word in lex.FINITE_VERBS or word in lex.YES_NO_VERBS or word in lex.OBJECT_QUESTION_VERBS:
        return True
    lemma = simplemma.lemmatize(word, lang="sv")
    # (or one of the few verbs whose infinitive ends in -e: 'gett', 'sett'; trial 38 L3 'Har det gett resultat?' was
    # refused for want of the word 'gett')
    return (lemma != word and (lemma.endswith(("a", "å")) or lemma in lex.E_VERB_LEMMAS) and not word.endswith("or")) \
        or _weak_past(word)


def noun_after_adjective(word: str, rest: str) -> str:
    """The noun an adjective in its plural form stands before ('formella kvalitetsdialoger' -> 'kvalitetsdialoger'),
    else `word`: a figure is of the noun, and a document seldom repeats the adjective next to it. An adjective
    followed by a verb is itself the noun ('Hur många unga deltog?').

    >>> [noun_after_adjective(w, r) for w, r in (("formella", " kvalitetsdialoger har skolan?"),
    ...  ("unga", " deltog?"), ("unga", " kvinnor deltog?"), ("elever", " gick ut?"), ("kommunala", " finns?"))]
    ['kvalitetsdialoger', 'unga', 'kvinnor', 'elever', 'kommunala']

    A superlative in its definite form stands before its noun the same way ('Hur stor del av de populäraste
    halltiderna …?' counts halltider, not 'populäraste'; tune ED18 was refused for want of that word):

    >>> noun_after_adjective("populäraste", " halltiderna på vardagskvällarna fick …?")
    'halltiderna'
    >>> noun_after_adjective("äldre", " männen med hemtjänst får …?"), noun_after_adjective("lärare", " finns?")
    ('männen', 'lärare')
    """
    lemma = simplemma.lemmatize(word, lang="sv")
    # (a comparative stands before its noun too: 'de äldre männen' counts männen; wrongref36 probes)
    comparative = word.endswith("re") and lemma != word
    if lemma + "a" != word and lemma + "aste" != word and not comparative:
        return word  # no adjective in its plural, definite or superlative form ('formell' + 'a', 'populär' + 'aste')
    nxt = re.match(r"\s+([a-zåäöé][\w-]{2,})", rest)
    if nxt is None:
        return word
    noun = nxt.group(1)
    if noun in lex.YES_NO_VERBS or noun in lex.OBJECT_QUESTION_VERBS:
        return word
    lemma = simplemma.lemmatize(noun, lang="sv")
    if lemma.endswith("a") and lemma != noun and not noun.endswith("or"):
        return word  # a verb after its infinitive ('deltog' -> 'delta'); 'kvinnor' -> 'kvinna' is a noun's plural
    return noun


_FRAMING = frozenset(fold(t) for w in lex.FRAMING_WORDS for t in tokenize(w))
_FRAMING_TOKENS = frozenset(lex.FRAMING_WORDS) | lex.COUNT_UNIT_WORDS | lex.GENERIC_COUNTED_WORDS


def common_terms(text: str) -> frozenset[str]:
    """The terms of words that are common in Swedish at large ('gick', 'tog', 'sommaren'): they say how a thing
    is asked about, not which thing (wordfreq's Swedish frequencies)."""
    from wordfreq import zipf_frequency

    return frozenset(t for w in re.findall(r"[a-zåäöéü]+", text.lower())
                     if max(zipf_frequency(s, "sv") for s in _spellings(w)) >= lex.COMMON_WORD_ZIPF
                     for t in tokenize(w))


def _spellings(word: str) -> list[str]:
    """A word as typed and, typed without å/ä/ö, the ways it may be spelt with them ('raknat' -> 'räknat'): a common
    word is as common typed on a keyboard without them. At most four letters are varied.

    >>> "räknat" in _spellings("raknat"), _spellings("läxa")
    (True, ['läxa'])
    """
    if not word.isascii():
        return [word]
    spots = [i for i, c in enumerate(word) if c in "ao"][:4]
    out = [word]
    for i in spots:
        options = "aåä" if word[i] == "a" else "oö"
        out = [w[:i] + c + w[i + 1:] for w in out for c in options]
    return out


def asks_outcome(text: str) -> bool:
    """A question about what something has led to, not about what is planned.

    >>> [asks_outcome(q) for q in ["Vilka resultat har SKR:s matematiksatsning gett i kommunen?",
    ...  "Vilka resultat ska följas upp?", "Hur har pojkars skolresultat utvecklats?",
    ...  "Vilken effekt fick satsningen på betygen?", "Blev resultaten bättre efter åtgärderna?",
    ...  "Hur mycket har skolket minskat sedan 2019?", "Har pojkar lägre betyg än flickor?",
    ...  "Vilka insatser finns för elever vars frånvaro har ökat?", "Hur gick det till när projektet startade?"]]
    [True, False, False, True, True, True, False, False, False]
    >>> [asks_outcome(q) for q in ["Hur mycket ökade närvaron efter den nya rutinen?",
    ...  "Hur blev resultaten i matematik efter satsningen?", "Hur ökade man närvaron?", "Hur blev arbetet organiserat?",
    ...  "Hur blev arbetet organiserat efter omorganisationen?"]]
    [True, True, False, False, False]
    >>> [asks_outcome(q) for q in ["Hur har huvudmännen fått till tätare kontakt med rektorerna på skolorna med "
    ...  "låga resultat?", "Vilka resultat har skolorna med låga resultat fått?"]]
    [False, True]
    """
    if lex.OUTCOME_QUESTION_RE.search(text):
        return True
    # ('skolorna med låga resultat' says which schools: no outcome asked, lexicon.OUTCOME_DESCRIBING_RE)
    text = lex.OUTCOME_DESCRIBING_RE.sub(" ", text)
    return bool(lex.OUTCOME_NOUN_RE.search(text) and lex.OUTCOME_VERB_RE.search(text))


def changed_thing(text: str) -> list[str]:
    """The words naming what a question asks whether it changed, with the measure's opposite where a report of
    that answers it too; [] when none is named (or only a pronoun).

    >>> changed_thing("Blev kunskapsresultaten bättre på de 28 skolorna?"), changed_thing("Har närvaron ökat?")
    (['kunskapsresultaten'], ['närvaron', 'frånvaro'])
    >>> changed_thing("Blev det bättre?"), changed_thing("Vilka resultat gav satsningen?")
    ([], [])
    >>> changed_thing("Blev det faktiskt bättre för ungdomarna?")
    []
    """
    m = lex.CHANGED_THING_RE.search(text)
    if m is None:
        return []
    # (an adverb of the asker's stance names no thing: 'Blev det faktiskt bättre …?', trial 30 N2)
    words = [w for w in re.findall(r"\w+", m.group(1) or m.group(2)) if fold(w) not in _VAGUE_THINGS
             and w.lower() not in lex.CLAUSE_ADVERBS and w.lower() not in lex.STANCE_ADVERBS]
    if not words:
        return []
    head = words[-1]  # 'pojkarnas betyg' -> 'betyg'
    opposite = next((o for w, o in lex.OPPOSITE_MEASURES.items() if head.lower().startswith(w)), None)
    return [head] + ([opposite] if opposite else [])


_VAGUE_THINGS = frozenset(fold(w) for w in lex.VAGUE_THINGS)


# The material itself named as the one who 'says' ('Vad säger underlaget/rapporten om …?'): lexicon.MATERIAL_WORDS.
_THE_MATERIAL = frozenset(fold(w) for w in (*lex.MATERIAL_WORDS.split(), "källorna", "texterna", "dokumenten"))


def opinion_holder(text: str) -> str:
    """Who a question asks the view of ('Vad tyckte föräldrarna om processtödet?' -> 'föräldrarna'); '' when it
    asks no one's view.

    >>> opinion_holder("Vad tyckte föräldrarna om processtödet?"), opinion_holder("Hur nöjda var lärarna med kursen?")
    ('föräldrarna', 'lärarna')
    >>> opinion_holder("Vad har Skolverket sagt om planen?"), opinion_holder("Vad säger skollagen om frånvaro?")
    ('Skolverket', 'skollagen')
    >>> opinion_holder("Vad är en SIP?"), opinion_holder("Vad tycker du att vi ska göra?")
    ('', '')
    >>> opinion_holder("Vad säger materialet om föräldrar med kort utbildning?")
    ''
    >>> opinion_holder("Vad säger handlingsplanen om tjejkvällar?"), opinion_holder("Vad säger läroplanen om lek?")
    ('', 'läroplanen')
    >>> opinion_holder("Vad säger avsnitt 4 om vårdnadshavarna?"), opinion_holder("Vad säger kapitlet om lek?")
    ('', '')
    >>> opinion_holder("Vad säger arbetsgivarsidan om heltid?"), opinion_holder("Vad tyckte utvärderingen om det?")
    ('arbetsgivarsidan', 'utvärderingen')
    >>> opinion_holder("Vad säger Skolverkets nya allmänna råd (2025) om frånvaro?")
    'Skolverkets nya allmänna råd (2025)'
    >>> opinion_holder("Var studenterna nöjda med kursen?"), opinion_holder("Är föräldrarna inte nöjda med läxhjälpen?")
    ('studenterna', 'föräldrarna')
    >>> opinion_holder("Vad säger Solbackens jämställdhetsplan om barnböcker?")
    ''

    """
    m = lex.OPINION_QUESTION_RE.search(text)
    if m is None:
        return ""
    holder = m.group("h") or m.group("h2") or m.group("h3") or m.group("h4")
    if holder.lower() in lex.QUANTIFIER_HOLDERS:
        return ""  # 'Var alla nöjda …?': no one in particular (quantified_view)
    if fold(holder) in _VAGUE_THINGS | _ADDRESSED | _THE_MATERIAL or (
            (_is_own_document(holder) or lex.DOCUMENT_PART_RE.match(holder)) and lex.SAYING_VERB_RE.search(m.group(0))):
        return ""  # 'Vad säger materialet / handlingsplanen om …?' asks what the sources say, no one's view
    if holder[:1].isupper() and holder.endswith("s"):  # a name's genitive: whose is the rest of the name
        rest = _GENITIVE_REST_RE.match(text[text.index(holder) + len(holder):])
        if rest and lex.GENITIVE_DOCUMENT_KIND_RE.search(rest.group(0).split()[0]) and \
                lex.SAYING_VERB_RE.search(m.group(0)) and not lex.NATIONAL_AUTHORITY_GENITIVE_RE.search(holder):
            return ""  # 'Vad säger Solbackens jämställdhetsplan om …?': an organisation's document, no one's view
        holder += rest.group(0) if rest else ""
    return holder


def _is_own_document(word: str) -> bool:
    """A kind of document an organisation writes, named definite ('handlingsplanen', 'minnesanteckningarna'): one of
    the ingested documents; the national curricula are not."""
    return bool(lex.DOCUMENT_KIND_RE.search(word)) and not lex.NATIONAL_STEERING_RE.match(word)


def without_named_document(text: str) -> str:
    """The question with the document it names as the one that says it left out ('Vad säger handlingsplanen om
    planens mål?' -> 'Vad säger  om planens mål?').

    >>> without_named_document("Vad säger planen om hur planen ska följas upp?")
    'Vad säger  om hur planen ska följas upp?'
    """
    m = lex.DOCUMENT_POINTER_RE.search(text)
    return text[: m.start("d")] + text[m.end("d"):] if m and _is_own_document(m.group("d")) else text


def named_document(text: str) -> str:
    """The document a question names as the one that says it ('Vad säger handlingsplanen om tjejkvällar?' ->
    'handlingsplanen'); '' when none. Its words say which document, not what the question is about.

    >>> named_document("Vad säger handlingsplanen om tjejkvällar?"), named_document("Vad står det i broschyren?")
    ('handlingsplanen', 'broschyren')
    >>> named_document("Vilka frågor ställs i uppföljningen?"), named_document("Vad säger läroplanen om lek?")
    ('', '')
    """
    m = lex.DOCUMENT_POINTER_RE.search(text)
    return m.group("d") if m and _is_own_document(m.group("d")) else ""


# What a name's genitive owns, up to what the view is of: 'Skolverkets| nya allmänna råd (2025)| om frånvaro' (a bare
# number after it is a year the question names, not part of the name).
_GENITIVE_REST_RE = re.compile(r"(?:\s+(?!(?:om|med|kring|angående|gällande|att|när|i|på|till|för|och|eller)\b|\d+\b)"
                               r"[\w()\-–]+){1,6}", re.I)


def owned_phrase(text: str, name: str) -> str:
    """A name in the genitive with what it owns in `text`, so that a refusal names the thing and not a bare genitive
    ('Skolverkets' in 'Vad säger Skolverkets nya allmänna råd (2025) om …?' -> 'Skolverkets nya allmänna råd
    (2025)'); the name as it is when it is no genitive ('Borås', 'Alingsås kommun').

    >>> owned_phrase("Vad säger Skolverkets nya allmänna råd (2025) om frånvaro?", "Skolverkets")
    'Skolverkets nya allmänna råd (2025)'
    >>> owned_phrase("Hur många elever i Borås har hög frånvaro?", "Borås")
    'Borås'
    """
    at = text.find(name)
    if not name.endswith("s") or name in lex.MUNICIPALITIES or at < 0:
        return name
    rest = _GENITIVE_REST_RE.match(text[at + len(name):])
    if rest is None or not rest.group(0).split()[0][:1].islower():
        return name
    return name + rest.group(0)


def quantified_view(text: str) -> str:
    """The quantifier a view question asks in its holder's place ('Var alla nöjda med kursen?' -> 'alla'), '' for
    none: such a question is answered by anyone's view told, with a word of view.

    >>> quantified_view("Var alla nöjda med kursen?"), quantified_view("Var eleverna nöjda med kursen?")
    ('alla', '')
    """
    m = lex.OPINION_QUESTION_RE.search(text)
    holder = next((g for g in (m.groups() if m else ()) if g), "")
    return holder if holder.lower() in lex.QUANTIFIER_HOLDERS else ""


def view_phrase(text: str, holder: str) -> str:
    """A view question in the word order of an indirect one, the holder whole ('Vad säger Skolverkets nya allmänna
    råd (2025) om frånvaro?' -> 'vad Skolverkets nya allmänna råd (2025) säger om frånvaro'); the question as it
    is when the holder is not in it after a verb.

    >>> view_phrase("Vad tyckte föräldrarna om processtödet?", "föräldrarna")
    'vad föräldrarna tyckte om processtödet'
    >>> view_phrase("Vad har Skolverket sagt om planen?", "Skolverket")
    'vad Skolverket har sagt om planen'
    >>> view_phrase("Hur nöjda var lärarna med kursen?", "lärarna")
    'hur nöjda lärarna var med kursen'
    """
    text = " ".join(text.split()).rstrip("?!. ")
    at = text.find(holder)
    before = text[:at].split()
    if at < 0 or len(before) < 2:
        return text
    return " ".join([before[0].lower(), *before[1:-1], holder, before[-1], text[at + len(holder):].strip()]).strip()


_ADDRESSED = frozenset(("du", "ni", "jag", "vi"))


# A sentence that asks (up to its question mark), as a follow-up template does: 'Vad har kartläggningen lett till?'.
QUESTION_SENTENCE_RE = re.compile(r"[^.!?\n]*\?")


def reports_outcome(text: str) -> bool:
    """Whether a passage reports what something led to, not what it should lead to.

    >>> [reports_outcome(t) for t in ["Andelen behöriga var 85 procent 2021.", "Effekten ska utvärderas 2022.",
    ...  "Frånvaron minskade från 12 till 8 procent.", "Vi vet ännu inte om resultatet har fallit väl ut.",
    ...  "4. Vad har kartläggningen lett till? Har resultaten analyserats?"]]
    [True, False, True, False, False]
    """
    text = QUESTION_SENTENCE_RE.sub(" ", text)  # a question asked in the text reports nothing ('Vad har … lett till?')
    return bool(lex.OUTCOME_REPORTED_RE.search(text)) and not lex.PLANNED_RE.search(text) \
        and not lex.UNCERTAIN_RE.search(text)
