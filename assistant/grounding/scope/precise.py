"""Refusing precisely (refusal30): checks that a passage which looks like the answer is about the very thing asked,
read from the passage's own words — an outcome that is only the baseline a plan starts from, a doer named for
another thing than the asked one. Each refuses only on positive evidence in the passage itself; a passage that says
nothing either way keeps the question."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant import lexicon as lex
from assistant.grounding.question import reports_outcome
from assistant.grounding.scope.terms import _says_word, named_by_own_item, named_by_title, names_parts, says_stem
from assistant.grounding.selection import Scored
from assistant.index.lexical import fold
from assistant.index.units import Unit, split_sentences, units_of
from assistant.schema import Chunk

# How many of the best units an outcome question's baseline check reads (as views.OUTCOME_POOL).
BASELINE_POOL = 5


def baseline_only(evidence: Sequence[Scored], asked: Sequence[str]) -> list[Scored]:
    """The plans among the best units (best first) where the only outcome the best units (and their passages)
    report of the asked thing is the baseline a plan starts from ('Vår nulägesanalys visar att det till viss del
    genomförs insatser …', lexicon.BASELINE_FINDING_RE) and one of them is a plan ('Vi kommer att göra insatser …'):
    what the insatser led to is not there (blind23 HW40: 'Vad fick elevhälsans nya insatser för effekt …?' was
    answered with the plan's baseline). [] where the best units report another outcome, or none is a plan.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> plan = "Vår nulägesanalys visar att elevhälsan saknar struktur. Vi kommer att göra insatser i elevhälsan."
    >>> [s.unit.text for s in baseline_only(scored(plan), ["elevhals"])]
    ['Vi kommer att göra insatser i elevhälsan.']
    >>> baseline_only(scored(plan + " Uppföljningen visar att frånvaron minskade i elevhälsan."), ["elevhals"])
    []
    """
    pool = list(evidence[:BASELINE_POOL])
    plans = [s for s in pool if lex.PLANNED_RE.search(s.unit.text) or lex.PLANNED_HEADING_RE.search(s.unit.context())]
    if not plans:
        return []
    same = [s for s in pool if not asked or any(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in asked)]
    reported = [t for s in same for t in [s.unit.text, *split_sentences(s.unit.chunk.text)] if reports_outcome(t)]
    return plans if reported and all(lex.BASELINE_FINDING_RE.search(t) for t in reported) else []


def doer_of_other_thing(evidence: Sequence[Scored], acting: Sequence[Scored], rarest: str, pool_size: int) -> bool:
    """Whether the passages naming a doer ('Ansvarig: samhällsbyggnadschef Tomas Lindqvist') are all about another
    thing than the asked one while the asked thing has passages of its own among the best: `rarest`, the rarest
    asked word the documents use ('barnskötarna'), is in none of the doers' own lines (text and context) but in
    another of the best `pool_size` units' ('Barnskötare | 64 | 77'). Who answers for the lokalvårdarnas heltid is
    then no answer to who answers for the barnskötarnas (blind27 BK39)."""
    if not rarest or not acting:
        return False

    def own(s: Scored) -> bool:
        return says_stem(f"{s.unit.text} {s.unit.context()}", rarest) or says_stem(_sentence_before(s.unit), rarest)

    def alone_in_its_passage(s: Scored) -> bool:
        """The one doer of a passage that names the asked thing in another line ('En närvarosamordnare kontaktar
        hemmet …' / 'Ansvar' / 'Förvaltningschefen ansvarar för att tjänsten …'): the doer of that thing."""
        same = [o for o in evidence if o.unit.chunk.chunk_id == s.unit.chunk.chunk_id]
        return (sum(o in acting for o in same) == 1
                and any(o is not s and says_stem(o.unit.text, rarest) for o in same))

    if any(own(s) or alone_in_its_passage(s) for s in acting):
        return False
    return any(own(s) for s in evidence[:pool_size] if s not in acting)


def _sentence_before(unit: Unit) -> str:
    """The sentence right before a sentence of running text, '' for any other unit: a doer's sentence names its thing
    there when it points back at it ('Planen följs upp med nya observationsveckor …' / 'Jämställdhetsombudet Sara
    Eklund … sammanställer resultaten.'; wrongref36 probes)."""
    if unit.kind != "sentence" or unit.seq < 1:
        return ""
    units = units_of(unit.chunk)
    before = units[unit.seq - 1] if unit.seq <= len(units) else None
    return before.text if before is not None and before.kind == "sentence" else ""


def role_unnamed(question_text: str, evidence: Sequence[Scored], pool_size: int, close: float) -> str:
    """The plural role a 'Vilka lärare …?' question asks which people of (lexicon.ROLE_LIST_QUESTION_RE), where none
    of the best units (the first `pool_size` scoring at least `close` of the best) names a person or that role in its
    own text or context: the material says nothing of who they are ('Vilka lärare på Böle skola deltar i
    matematiksatsningen?' met by the application to the satsning; blind18 C26). '' otherwise.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> role_unnamed("Vilka lärare deltar i satsningen?", scored("Ansökan om satsningen är inskickad."), 8, 0.5)
    'lärare'
    >>> role_unnamed("Vilka lärare deltar i satsningen?", scored("Två lärare i åk 3 deltar i satsningen."), 8, 0.5)
    ''
    >>> role_unnamed("Vilka deltar i satsningen?", scored("Ansökan om satsningen är inskickad."), 8, 0.5)
    ''
    """
    from assistant.grounding.scope.views import names_person

    m = lex.ROLE_LIST_QUESTION_RE.search(question_text)
    if m is None or not evidence:
        return ""
    role = m.group("role")
    # the plural's stem, unfolded ('lärare' -> 'lärar', not 'lära' of 'lärande'; folded 'larar' is in 'klarar'),
    # also inside a compound ('matematiklärarna')
    stem = re.sub(r"(?:er|or|ar|e)$", "", role.lower()) if len(role) > 5 else role.lower()
    pool = [s for s in evidence[:pool_size] if s.score >= close * evidence[0].score]
    if any(names_person(s.unit, "") or stem in f"{s.unit.text} {s.unit.context()}".lower() for s in pool):
        return ""
    if role.lower() in lex.GENERIC_PERSON_ROLES:
        # 'Vilka personer …?' names no role to find: a line naming a role, a body or the make-up of a group answers
        from assistant.grounding.scope.views import names_doer

        if any(names_doer(s.unit) or lex.GROUP_MAKEUP_RE.search(f"{s.unit.text} {s.unit.context()}") for s in pool):
            return ""
    return role


def findings_only_planned(question_text: str, evidence: Sequence[Scored], pool_size: int,
                          close: float) -> list[Scored]:
    """For a question on what an inquiry found ('Vilka risker har kartläggningen visat?', lexicon.FINDINGS_QUESTION_RE
    and INQUIRY_NOUN_RE): the best units (the first `pool_size` scoring at least `close` of the best) that name the
    inquiry, where each only plans it ('Vi behöver kartlägga risker för elever i arbetsmiljön', INQUIRY_PLANNED_RE, in
    its text or context) and none of them or their passages reports a finding of it; [] otherwise (blind20 P36,
    blind26 LQ38: the plan was given as what the dialogue and the survey found).

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> q = "Vilka risker har kartläggningen visat?"
    >>> [s.unit.text for s in findings_only_planned(q, scored("Vi behöver kartlägga risker i arbetsmiljön."), 5, 0.5)]
    ['Vi behöver kartlägga risker i arbetsmiljön.']
    >>> findings_only_planned(q, scored("Kartläggningen visade att trängseln i matsalen är en risk."), 5, 0.5)
    []
    """
    finding = lex.FINDINGS_QUESTION_RE.search(question_text)
    inquiry = lex.INQUIRY_NOUN_RE.search(question_text)
    if finding is None or inquiry is None or not evidence:
        return []
    stem = inquiry.group("inquiry").lower()
    pool = [s for s in evidence[:pool_size] if s.score >= close * evidence[0].score]
    naming = [s for s in pool if stem in s.unit.text.lower()]
    if not naming or not all(lex.INQUIRY_PLANNED_RE.search(f"{s.unit.text} {s.unit.context()}") for s in naming):
        return []
    told = [t for s in naming for t in [s.unit.text, *split_sentences(s.unit.chunk.text)] if stem in t.lower()]
    return [] if any(reports_outcome(t) and not lex.INQUIRY_PLANNED_RE.search(t) for t in told) else naming


def asks_if_it_worked(text: str) -> bool:
    """Whether a question asks whether something worked in everyday words ('Fungerade läxhjälpen?', 'Gav
    satsningen något?', 'Vad har satsningen lett till?'; lexicon.WORKED_QUESTION_RE): an outcome question.

    >>> [asks_if_it_worked(q) for q in ("Fungerade läxhjälpen?", "Hur fungerar läxhjälpen?", "Gav satsningen något?",
    ...  "Har kommunen gjort något för flickorna?", "Blev det någon skillnad efter insatsen?")]
    [True, False, True, False, True]
    """
    return bool(lex.WORKED_QUESTION_RE.search(text))


def worked_untold(evidence: Sequence[Scored], thing: Sequence[str], pool_size: int,
                  document_text: Callable[[Chunk], str] | None = None) -> list[Scored]:
    """For a 'did it work?' question (asks_if_it_worked): the best units (the first `pool_size`) that name the thing
    asked about (`thing`: its rarest asked word) in their own text or context, where none of them, nor a sentence of
    their passages naming it, tells an outcome or whether it worked (question.reports_outcome,
    lexicon.WORKED_TOLD_RE): the material describes the intervention, not what it gave. [] where one does, or none
    names the thing (absence alone refuses nothing here), and where a sentence of their documents
    (`document_text`) tells a measured outcome, one with a figure (a 'Resultat' section whose sentences do not name
    the thing: '58 av de 81 eleverna hade bättre resultat …' in the sommarskola's report), the nulägesanalys a plan
    starts from aside.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="t", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> len(worked_untold(scored("Läxhjälpen erbjuds två dagar i veckan på biblioteket."), ["laxhjalp"], 5))
    1
    >>> worked_untold(scored("Läxhjälpen erbjuds på biblioteket. Läxhjälpen har fungerat bra."), ["laxhjalp"], 5)
    []
    """
    if not thing:
        return []
    same = [s for s in evidence[:pool_size] if any(_says_word(f"{s.unit.text} {s.unit.context()}", t) for t in thing)]
    if not same:
        return []
    told = [t for s in same for t in [s.unit.text, *split_sentences(s.unit.chunk.text)]
            if t == s.unit.text or any(_says_word(t, w) for w in thing)]
    def tells(t: str) -> bool:
        return (reports_outcome(t) or bool(lex.WORKED_TOLD_RE.search(t) and not lex.PLANNED_RE.search(t))) \
            and not lex.BASELINE_FINDING_RE.search(t)

    if any(tells(t) for t in told):
        return []
    if document_text is not None:
        documents = {s.unit.chunk.source: s.unit.chunk for s in same}
        if any(reports_outcome(t) and re.search(r"\d", t) and not lex.BASELINE_FINDING_RE.search(t)
               for c in documents.values() for t in split_sentences(document_text(c))):
            return []
    return same


def priced_of_asked(figures: Sequence[Scored], asked: Sequence[str], thing: str = "") -> list[Scored]:
    """The figures of a cost question ('Vad kostar det att gå kursen …?') whose own line (the unit's text and
    context: a row's caption and columns, a list's intro) names something asked: a price or a 'kostnadsfri' in a
    passage about another thing ('Plats: Digital kostnadsfri workshop.' in an invitation, for the course; blind11
    S45) is no cost of the asked one, though the document's title names it.

    >>> from assistant.index.units import units_of
    >>> from assistant.schema import Chunk
    >>> def scored(text): return [Scored(u, 1.0, 1.0, 0.0) for u in units_of(Chunk(chunk_id=str(len(text)), source="s",
    ...     title="Kursen", doc_type="rapport", heading_path=[], start_line=1, end_line=1, text=text))]
    >>> [len(priced_of_asked(scored(t), ["kurs"])) for t in ("Plats: Digital kostnadsfri workshop.",
    ...  "Kursen kostar 2 000 kronor.")]
    [0, 1]
    """
    def names(text: str, term: str) -> bool:  # also a compound written apart ('lärarstödet': 'Stöd till lärare')
        return _says_word(text, term) or names_parts(fold(text), term)

    # (or, a field run on after a numbered item, its item names the asked thing, `thing`: terms.named_by_own_item;
    # or the line names the kind its document's title sets the asked name beside: terms.named_by_title)
    return [s for s in figures if any(names(f"{s.unit.text} {s.unit.context()}", t) for t in asked)
            or (thing and (named_by_own_item(s.unit, thing) or named_by_title(s.unit, thing)))]
