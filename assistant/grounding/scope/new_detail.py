"""The new detail a follow-up asks of the carried topic, named by a best unit (refusalA34, issue 12).

A follow-up is rewritten with the earlier question's topic, and the previous answer's passages join its candidates:
the evidence that answered the earlier question is at hand, and it passes every check that reads the topic. 'Hur
fördelas den summan mellan skolorna?' after 'Vad kostar elevhälsopersonalen?' was answered with 'Elevhälsopersonal
2 400 tkr' again, 'Hur har pojkarnas skolresultat i Borås förändrats sedan dess?' after a list of the municipalities
that joined a goal with the goal's own lines (tune I31, PR22). What the follow-up asks anew is in the words its own
question adds to the earlier one (Question.new_terms): among the best units one must name one of them — in its line,
its context, its headings or its document's title (asked_kind.names_thing). Words that only frame the asked kind
('timmar', 'kostar'), what a count counts (figures.counts_asked judges that), a verb, a list noun ('insatser', said
by a list's intro in other words) and a noun its pronoun points back with ('den summan', 'det tredje steget') are
not the new detail.

'Vad heter de?' after 'Vem leder nätverket?' asks the names the earlier answer did not give: one of the best units
must hold a name (views.names_person) or a capitalised word its question does not (a school, a programme).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.question import Question, verb_form
from assistant.grounding.scope.asked_kind import KIND_CLOSE, KIND_POOL, _framing, asked_kind
from assistant.grounding.scope.figures import counts_asked, unit_has_figure
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold, has_definite_ending, inflection_stem, tokenize
from assistant.index.units import Unit, split_sentences, units_of

_WORD_RE = re.compile(r"[\wåäöéÅÄÖÉ-]+")
_ENUMERATOR_RE = re.compile(r"^\W*(?:\d{1,2}|[a-z])[.)]\s+")
# How many letters an inflection may add to a stem ('socialstyr' -> 'Socialstyrelsens'), and how many a
# compound's first part has before the named head ('fritids|gården').
INFLECTION_ENDING = 7
COMPOUND_LEAD = 3
# How many letters an inflection may add to the counted noun's stem ('besökarna' of 'besökare').
COUNTED_ENDING = 3


def new_words(question: Question) -> list[str]:
    """The terms of a follow-up's own question that ask its new detail of the carried topic (see the module).

    >>> from assistant.grounding.question import analyse
    >>> def own(text, earlier):
    ...     q = analyse(text)
    ...     q.asked_text, q.new_terms = text, q.content_terms - analyse(earlier).content_terms
    ...     q.inherited_terms = frozenset({"x"})
    ...     return new_words(q)
    >>> own("Hur fördelas den summan mellan skolorna?", "Vad kostar elevhälsopersonalen?")
    ['skol']
    >>> own("Hur har pojkarnas skolresultat i Borås förändrats sedan dess?", "Vilka kommuner har anslutit sig "
    ...     "till målet att pojkar ska uppnå goda skolresultat?")
    ['boras']
    >>> own("Och hur många timmar ska vi lägga på det tredje steget?", "Vilka steg ingår i arbetet?")
    []
    >>> own("Vilka aktörer kan bidra till det?", "Vilka insatser finns för att minska frånvaron?")
    []
    >>> own("Hur många elever deltog?", "Vad är sommarskolan?"), own("Vem ansvarar för det?", "Vad är läxhjälpen?")
    ([], [])
    >>> own("Och hur många tjejer deltog i tjejkvällarna?", "Vilka insatser prövade Kupolen?")
    ['tjejkvall']
    >>> own("Vad har hon för telefonnummer?", "Vem är kontaktperson?")
    ['telefonnumm']
    >>> own("Var ligger den organisatoriskt?", "Vad är samordnarrollen?")
    []
    >>> own("Hur gör man det i praktiken?", "Hur ska vi analysera observationerna?")
    []
    """
    if not question.asked_text or not question.inherited_terms or not question.new_terms:
        return []
    kind = asked_kind(question.asked_text)
    counted = inflection_stem(question.counted) if question.counted else ""
    # ('Hur gör man det i praktiken?': an idiom of manner asks of the carried thing itself, lexicon.MANNER_IDIOM_RE)
    words = _WORD_RE.findall(lex.MANNER_IDIOM_RE.sub(" ", question.asked_text))
    pointed: set[int] = set()
    for i, word in enumerate(words):
        if word.lower() in lex.POINTER_DETERMINERS and i + 1 < len(words):
            # 'den summan', 'det tredje steget', 'de här insatserna': the noun points back at the earlier turn's thing
            nxt = i + 1 + (words[i + 1].lower() in lex.POINTER_PLACE_WORDS)
            pointed.add(nxt)
            if nxt < len(words) and (words[nxt].lower() in lex.ORDINALS or words[nxt].lower().endswith(("a", "e"))):
                pointed.add(nxt + 1)
    out: list[str] = []
    for i, word in enumerate(words):
        infinitive = i > 0 and (words[i - 1].lower() in lex.MODAL_VERBS or words[i - 1].lower() == "att") \
            and not has_definite_ending(word)  # ("kan skolan göra": the subject after the modal is kept)
        if i in pointed or infinitive or (verb_form(word) and not has_definite_ending(word)) or \
                lex.LIST_NOUN_RE.fullmatch(word) or word.lower() in lex.ORDINALS or \
                word.lower() in lex.KIND_OF_WORDS:  # ('för slags samtal': the kind word frames)
            continue
        before = words[i - 1].lower() if i else ""
        named = before in lex.NOUN_INTRODUCERS or (i > 1 and words[i - 2].lower() in lex.NOUN_INTRODUCERS
                                                    and before.endswith(("a", "t", "n", "e"))) or \
            (before == "för" and words[0].lower() == "vad")  # 'ett annat modersmål', 'Vad har hon för telefonnummer'
        if not (named or has_definite_ending(word) or (i and word[:1].isupper()) or lex.YEAR_RE.fullmatch(word)):
            # a thing the detail is of is named by a definite noun ('skolorna', 'tjejkvällarna'), a name or a year;
            # an adverb or an idiom ('organisatoriskt', 'finns kvar', 'på plats') asks of the carried thing itself
            continue
        for term in tokenize(word):
            if term not in question.new_terms or term in out or _framing(term, kind):
                continue
            if counted and (counted.startswith(fold(term)) or (fold(term).startswith(counted)
                                                               and len(term) <= len(counted) + COUNTED_ENDING)):
                continue  # what is counted ('tjejer'), not a compound of it ('tjejkvällarna')
            out.append(term)
    return out


def detail_untold(question: Question, evidence: Sequence[Scored]) -> list[str]:
    """The new detail's terms where none of the best units (the first KIND_POOL scoring at least KIND_CLOSE of the
    best) names any of them; [] where one does or the follow-up asks nothing new (new_words)."""
    words = new_words(question)
    if not words or not evidence:
        return []
    pool = [s for s in evidence[:KIND_POOL] if s.score >= KIND_CLOSE * evidence[0].score]
    if question.answer_type == "number":
        # a figure asked of the new detail stands in a line naming it: 'Och hur många tjejer deltog i
        # tjejkvällarna?' is not answered by 'Ledarutbildning för 12 tjejer …' beside 'Tjejkvällar i idrottshallen …'
        pool = [s for s in pool if unit_has_figure(s.unit, question)
                and (not question.counted or counts_asked(s.unit, question))]
    if any(_names_detail(s.unit, t) for s in pool for t in words):
        return []
    return words


def _names_detail(unit: Unit, term: str) -> bool:
    """Whether a unit's line, context, headings or title, the heading lines above it or the line leading into it (a
    nested list's parent item: 'CAN-drogvaneundersökningen – …' over 'Rullar du ner på sidan …') name the term:
    inflected or as a compound's head ('fritidsgården' for 'gården'), not as a compound's first part
    ('skolbiblioteken' names no 'skolorna').

    >>> from assistant.schema import Chunk
    >>> unit = units_of(Chunk(chunk_id="nd", source="s", title="Bokbron", doc_type="rapport", heading_path=["Kost"],
    ...     start_line=1, end_line=1, text="Böcker till skolbiblioteken på fritidsgården 210 tkr."))[0]
    >>> _names_detail(unit, "skol"), _names_detail(unit, "gard"), _names_detail(unit, "bibliotek")
    (False, True, True)
    """
    before = units_of(unit.chunk)[unit.seq - 1: unit.seq] if unit.seq else []
    said = " ".join(u.text for u in units_of(unit.chunk) if u.line == unit.line) or unit.text
    line = fold(" ".join([said, unit.context(), unit.chunk.title, unit.chunk.heading_path_text,
                          *(u.text for u in (*unit.labels_above, *before))]))
    term = fold(term)
    return re.search(rf"(?:\b|\w{{{COMPOUND_LEAD},}}){re.escape(term)}\w{{0,{INFLECTION_ENDING}}}\b", line) is not None


def name_untold(question: Question, evidence: Sequence[Scored]) -> bool:
    """Whether a follow-up asks a name ('Vad heter de?', lexicon.NAME_ASKED_RE) and none of the best units holds one:
    a person's (views.names_person) or a capitalised word inside a sentence that its question does not use.

    >>> from assistant.grounding.question import analyse
    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=text, source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> q = analyse("Vad heter skolledarnas professionsnätverk?")
    >>> q.asked_text = "Vad heter de?"
    >>> name_untold(q, scored("Nätverket leds av biträdande förvaltningschefer. Några chefer deltar."))
    True
    >>> name_untold(q, scored("6. Följeslagare till busshållplatsen efter kvällspassen."))
    True
    >>> name_untold(q, scored("Nätverket leds av förvaltningschefen Anna Berg.")), name_untold(q, scored(
    ...     "Skolledarna möts i nätverket Ledarforum varje månad."))
    (False, False)
    """
    if not question.asked_text or not lex.NAME_ASKED_RE.match(question.asked_text):
        return False
    from assistant.grounding.scope.views import names_person

    asked = {fold(w) for w in _WORD_RE.findall(question.text)}
    pool = [s for s in evidence[:KIND_POOL] if s.score >= KIND_CLOSE * evidence[0].score] if evidence else []
    for s in pool:
        if names_person(s.unit, ""):
            return False
        for sentence in split_sentences(s.unit.text):
            # (a sentence's or list item's first word is capitalised as such: '6. Följeslagare till …')
            words = _WORD_RE.findall(_ENUMERATOR_RE.sub("", sentence))
            if any(w[:1].isupper() and fold(w) not in asked and not w.isupper() for w in words[1:]):
                return False
    return True
