"""A question whose specific words stand in different documents, none of which uses them all (trial 36 F7).

'När ska vårdnadshavare involveras i kartläggningen?' was answered with a pay survey's 'Kartläggningen avser lönerna
den 1 oktober 2025' and a school plan's 'Vårdnadshavare till elever under 18 år informeras': each line meets one of
the asked words, the answer as a whole meets the question, and no document speaks of the thing asked. Questions
that join two subjects of the material ('Vem ansvarar för läxhjälpen i hemtjänsten?', 'Vilken roll har elevhälsan i
snöröjningen?') were answered the same way.

So: of the question's specific words that the documents use (scope.terms.asked_terms, with chunk_share > 0: a word
no document uses is the everyday-word and absent-word rules' to judge, not this one's), one that the answer's
document never uses, in any form the question's word takes (term_forms: inflections, the documents' terms for an
everyday word), while no document among the best CROSSED_POOL units uses them all, leaves the asked thing untold.
Positive evidence only: the word is the material's own, and the document that answers lacks it from its first line
to its last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.grounding.passages import TermWeights
from assistant.grounding.question import Question
from assistant.grounding.scope.gaps import names_word
from assistant.grounding.scope.terms import term_forms
from assistant.grounding.selection import Scored
from assistant.index.lexical import tokenize
from assistant.schema import Chunk

# How many of the best units are read for a document that uses every asked word.
CROSSED_POOL = 8


def crossed_words(question: Question, evidence: Sequence[Scored], asked: Sequence[str], weights: TermWeights | None,
                  document_text: Callable[[Chunk], str] | None) -> list[str]:
    """The asked words the answer's document (that of the best unit) never uses, where other documents do and no
    document among the best uses them all; [] where the answer's document speaks of everything asked."""
    if weights is None or document_text is None or not evidence:
        return []
    # The kind a 'vilken …' question asks one of is no topic the document must use ('Vilken statlig utredning …' is
    # answered by 'SOU 2016:69'; blind40 KS22).
    kind = {t for m in lex.WHICH_PHRASE_RE.finditer(question.cue_text) for w in m.groups() if w for t in tokenize(w)}
    known = [t for t in asked if weights.chunk_share(t) > 0 and t not in kind]
    if len(known) < 2:  # one specific word is the topic, met or not by every other rule
        return []

    def lacking(text: str) -> list[str]:
        return [t for t in known if not any(names_word(text, f) for f in term_forms(question, t))]

    def whole(s: Scored) -> str:
        c = s.unit.chunk
        return f"{c.title} {c.heading_path_text} {document_text(c) or c.text}"

    missing = lacking(whole(evidence[0]))
    if not missing or len(missing) == len(known):
        return []
    seen: set[str] = set()
    for s in evidence[:CROSSED_POOL]:
        key = s.unit.chunk.path or s.unit.chunk.source
        if key not in seen:
            seen.add(key)
            if not lacking(whole(s)):
                return []
    return missing
