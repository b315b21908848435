"""Whether a cause question's cause is stated in the best units (refusalC34, issue 12): one general test for
'Varför …?', 'Vad beror det på att …?' and 'Vad är orsaken till …?'.

A passage that describes the asked state or event gives no cause: 'Flest nya deltagare kom till dans och boxning.'
does not say why, and 'Män | 4,7 | 5,0 | 5,3' does not say why men's sick leave rose. A cause is stated in a line
with a causal link (lexicon.CAUSE_GIVEN_RE: 'beror på', 'på grund av', 'eftersom', 'orsak', 'för att', 'svarade
att' …) that is about the asked thing: beside the best unit (the line closest to the question), or a line that
names an asked word or follows one that does ('Kvinnornas medianlön motsvarade 95,1 procent av männens. HR ser två
orsaker till att skillnaden har minskat.'). A line that says the cause is not known (lexicon.CAUSE_UNKNOWN_RE) gives
none. Where none of the best units names any asked word at all, their causes are of other things ('Vad denna
avvikelse beror på …' for a question about mathematics results). A question for an argument ('Varför är det bra
att …?', lexicon.ARGUMENT_QUESTION_RE) is answered by a statement of benefit and left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import lexicon as lex
from assistant.grounding.passages import SENTENCE_SPLIT_RE, TermWeights
from assistant.grounding.question import Question, verb_form
from assistant.grounding.scope.terms import _says_word
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold, tokenize
from assistant.index.units import Unit, units_of

# How many of the best units are read for a stated cause (as views.CAUSE_POOL).
CAUSE_LINE_POOL = 8


def _gives_cause(unit: Unit) -> bool:
    """Whether a unit's own text gives a reason and does not say that the reason is unknown, nor only states the aim
    of its own document (lexicon.OWN_AIM_RE: 'Syftet med analysen är att ta reda på om …') or the aim of a decided
    measure (lexicon.MEASURE_OWNER_FIELD_RE: '… ses över så att … Ansvarig: …')."""
    return bool(lex.CAUSE_GIVEN_RE.search(unit.text)) and not lex.CAUSE_UNKNOWN_RE.search(unit.text) and \
        not lex.OWN_AIM_RE.match(unit.text) and not lex.MEASURE_OWNER_FIELD_RE.search(unit.text)


def _cause_of_other(unit: Unit, things: Sequence[str], question_text: str) -> bool:
    """Whether each sentence of a unit giving a reason is about another thing than the asked one: it names no asked
    word, and it names a proper noun the question does not ('Tjärnmyra har också många äldre …, men för Tjärnmyra går
    det inte att ta fram siffror, eftersom …' after a line on centrala Kärrnäs; refusal38b probes). A causal sentence
    of pronouns only ('Det beror på att …') is of what the sentence before it names, and left to the caller.

    >>> from assistant.schema import Chunk
    >>> u = units_of(Chunk(chunk_id="c", source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...     end_line=1, text="I centrum skedde 31 olyckor. I Tjärnmyra saknas siffror, eftersom platsen saknas."))[-1]
    >>> _cause_of_other(u, ["olyck"], "Varför skedde flest olyckor i centrum?")
    True
    >>> _cause_of_other(u, ["tjarnmyr"], "Varför saknas siffror för Tjärnmyra?")
    False
    """
    asked_names = {fold(w) for w in re.findall(r"\w+", question_text)}
    causal = [t for t in SENTENCE_SPLIT_RE.split(unit.text) if lex.CAUSE_GIVEN_RE.search(t)]
    return bool(causal) and all(
        not any(_says_word(t, w) for w in things)
        # (a name in the genitive is the asked one: 'Karlskogas skolor' for 'Karlskoga'; tune M25)
        and any(w[:1].isupper() and not {fold(w), fold(w).removesuffix("s")} & asked_names
                for w in re.findall(r"\w+", t)[1:])
        for t in causal)


def _names(unit: Unit, things: Sequence[str]) -> bool:
    return any(_says_word(unit.text, t) for t in things)


def cause_untold(question: Question, evidence: Sequence[Scored], asked: Sequence[str],
                 weights: TermWeights | None) -> bool:
    """True where a Swedish cause question's asked words include one the documents use and either none of the best
    CAUSE_LINE_POOL units names any of them (in its text or context), or no causal line is about the asked thing:
    none beside the best unit, and none beside another of the best that names an asked word or follows a line that
    does. False where a cause is given, where the question asks no cause or an argument, or where no asked word
    names a thing the documents use (nothing to judge by).

    >>> from assistant.grounding.question import analyse
    >>> from assistant.schema import Chunk
    >>> class W:
    ...     def chunk_share(self, t): return 0.01
    >>> def scored(*texts): return [Scored(u, 1.0, 1.0, 0.0) for text in texts for u in units_of(Chunk(
    ...     chunk_id=text[:20], source="s", title="t", doc_type="rapport", heading_path=[], start_line=1,
    ...     end_line=1, text=text))]
    >>> q = analyse("Varför kom flest nya deltagare till boxningen?")
    >>> cause_untold(q, scored("Flest nya deltagare kom till boxningen. Projektet pågick i två år."), ["boxning"],
    ...              W())
    True
    >>> cause_untold(q, scored("Flest kom till boxningen. Det beror på att tränaren var populär."), ["boxning"],
    ...              W())
    False
    >>> cause_untold(q, scored("Boxningen växte. Om tränaren har påverkat det vet vi inte."), ["boxning"], W())
    True
    >>> cause_untold(q, scored("Flest kom till dansen. Det beror på att tränaren var populär."), ["boxning"], W())
    True
    """
    if question.language != "sv" or question.answer_type != "cause" or not evidence or weights is None or \
            lex.ARGUMENT_QUESTION_RE.search(question.cue_text):
        return False
    words = [w.strip(",.;:!?()”\"") for w in question.cue_text.split()]
    # the thing is named by nouns: a verb ('bedömer', 'ökade') names the asked deed, which the causal line may word
    # otherwise (as asked_kind.kind_untold)
    own = [t for t in asked if weights.chunk_share(t) > 0 and not lex.CAUSE_FRAME_RE.match(fold(t))
           and not verb_form(next((w for w in words if w and _says_word(w, t)), t))]
    referent = _referent(question, weights)
    if referent:
        # 'Varför gör skolan det?' after '… pratade de om normkritik': the reason must be of normkritik, and the best
        # unit's reason is no answer unless it names it (trial 37 E1)
        own = [referent]
    if not own:
        return False
    pool = evidence[:CAUSE_LINE_POOL]
    if not question.inherited_terms and \
            not any(_names(s.unit, own) or any(_says_word(s.unit.context(), t) for t in own) for s in pool):
        return True
    for rank, scored in enumerate(pool):
        units = units_of(scored.unit.chunk)
        at = scored.unit.seq
        for i in range(max(0, at - 1), min(len(units), at + 2)):
            unit = units[i]
            if _gives_cause(unit) and not _cause_of_other(unit, own, question.cue_text) and \
                    ((rank == 0 and (not referent or _names(scored.unit, own))) or _names(unit, own)
                     or (i > 0 and _names(units[i - 1], own))):
                return False
    return True


def _referent(question: Question, weights: TermWeights) -> str:
    """The thing a cause question's pronoun points back to ('det' in '… pratade de om normkritik och jämställdhet.
    Varför gör skolan det?'): the rarest term the documents use among the ANTECEDENT_WORDS words before the question
    phrase that are not verbs; '' where the question asks of no pronoun or nothing stands before it."""
    m = lex.PRO_FORM_CAUSE_RE.search(question.cue_text)
    if m is None:
        return ""
    words = [w.strip(",.;:!?()”\"") for w in question.cue_text[: m.start()].split()][-lex.ANTECEDENT_WORDS:]
    terms = [t for w in words if w and not verb_form(w) for t in tokenize(w)[:1]
             if weights.chunk_share(t) > 0 and not lex.CAUSE_FRAME_RE.match(fold(t))]
    return min(terms, key=weights.chunk_share) if terms else ""


def of_referent(question: Question, evidence: Sequence[Scored], weights: TermWeights | None) -> list[Scored]:
    """The evidence for a cause question whose pronoun points back to a thing (_referent): the units naming the thing,
    those that give a reason first, in place of causes of other things that scored above them ('Varför gör skolan
    det?' after '… pratade de om normkritik' is answered by 'Normkritisk undervisning … om hur könsnormer påverkar
    …', not by why pupils skip lessons: trial 37 E1); the evidence as it was where none names it."""
    if weights is None or question.answer_type != "cause":
        return list(evidence)
    referent = _referent(question, weights)
    naming = [s for s in evidence if referent and _names(s.unit, [referent])]
    if not naming:
        return list(evidence)
    return sorted(naming, key=lambda s: not _gives_cause(s.unit))
