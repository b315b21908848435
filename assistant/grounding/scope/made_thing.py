"""The thing a how-to question asks to make or pick, named by the best units (answers38, trial 37 K3).

'Hur ska enhetscheferna välja en indikator att följa upp …?' was answered with the metodstöd's criteria for
prioritising problems ('För att prioritera bland jämställdhetsproblem … kan ni utgå ifrån följande:'): a way to choose,
produce or measure one thing is no answer about another. The asked thing is the object of the question's verb of
choosing or producing (lexicon.HOW_TO_MAKE_QUESTION_RE: 'välja en indikator', 'ta fram ett lokalt mål'); among the
best units (as asked_kind: the first KIND_POOL scoring at least KIND_CLOSE of the best) one must name it in its line,
its list's intro or its headings (asked_kind.names_thing). Where none does, the refusal says the material has nothing
on it and shows the closest passage as being about something else. Only a thing the documents do name somewhere is
judged, or a long specific word they never use ('Hur väljer man en referensgrupp …?'): a short unused word is left to
the other checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import Question, verb_form
from assistant.grounding.scope.asked_kind import KIND_CLOSE, KIND_POOL, names_thing
from assistant.grounding.scope.terms import term_forms
from assistant.grounding.selection import Scored
from assistant.index.lexical import tokenize

# A thing the documents never name is judged too when it is a word this long (a specific compound: 'referensgrupp');
# a short one may be a word the spelling check left odd.
UNUSED_THING_LETTERS = 8


def made_thing(question: Question) -> str:
    """The thing a how-to question asks to make or pick, as written, or ''.

    >>> from assistant.grounding.question import analyse
    >>> [made_thing(analyse(q)) for q in ("Hur ska enhetscheferna välja en indikator att följa upp?",
    ...  "Hur tar vi fram ett lokalt mål?", "Hur kan vi minska frånvaron?", "Hur väljer man ut rätt insatser?")]
    ['indikator', 'mål', '', 'insatser']
    """
    m = lex.HOW_TO_MAKE_QUESTION_RE.search(question.cue_text)
    return m.group("thing") if m is not None and not verb_form(m.group("thing")) else ""


def thing_unmade(question: Question, evidence: Sequence[Scored], weights: TermWeights | None) -> str:
    """The asked thing (as written) where no best unit names it and the documents name it somewhere; '' otherwise."""
    thing = made_thing(question)
    terms = tokenize(thing) if thing else []
    if not terms or not evidence or weights is None or \
            (weights.chunk_share(terms[0]) <= 0 and len(thing) < UNUSED_THING_LETTERS):
        return ""
    pool = [s for s in evidence[:KIND_POOL] if s.score >= KIND_CLOSE * evidence[0].score]
    if any(names_thing(s.unit, form) for s in pool for form in term_forms(question, terms[0])):
        return ""
    return thing
